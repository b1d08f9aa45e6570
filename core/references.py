"""Reference-list entries for a news article: APA 7, MLA 9 and Chicago 17 (author-date).

Each style is one function from :class:`Source` to formatted runs, written from its
manual's rules for newspaper articles (APA 10.1 and 9.12; MLA 9's core elements; CMOS
15.49 and 15.42) and checked against their examples in ``tests/test_citation.py``:

- APA: ``Carey, B. (2019, March 22). Title as given. *The New York Times*. URL``; no
  author: the title moves first; no date: ``(n.d.)``.
- MLA: ``Manjoo, Farhad. “Title in Title Case.” *The New York Times*, 8 Mar. 2017,
  www.nytimes.com/...``; no author: the title first; an outlet signing as author is left
  out; no date: nothing.
- Chicago: ``Manjoo, Farhad. 2017. “Title in Title Case.” *New York Times*, March 8,
  2017. URL.``; no author: the paper stands first; no date: ``n.d.``; neither author nor
  paper: ``*Title*. 2017. March 8.`` (the title leads, and the year is not said twice in
  a row).

An untitled article is named by its description, ``[Untitled article]`` (APA 9.21),
never quoted nor italic.

Without an outlet (or when the outlet signs it) the article stands alone and its title is
italic, as each manual treats a web page. APA titles keep the case they were given (a
program cannot tell proper nouns to turn them to sentence case); MLA and Chicago titles
are put in headline case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core import lexicons
from core.byline import Author, parse_byline
from core.dates import MONTHS, date_parts
from core.markup import Run, one_line, safe_url


@dataclass(frozen=True)
class Source:
    """The facts a reference is made of, read and checked (see :meth:`of`)."""

    authors: tuple[Author, ...] = ()
    title: str = ""
    outlet: str = ""
    date: tuple[int, ...] = ()  # (year,), (year, month) or (year, month, day)
    url: str | None = None  # http(s) only

    @classmethod
    def of(
        cls,
        title: str | None,
        outlet: str | None,
        author: str | None,
        published: str | None,
        url: str | None,
    ) -> Source:
        outlet = one_line(outlet)
        return cls(
            authors=parse_byline(one_line(author), outlet),
            title=one_line(title),
            outlet=outlet,
            date=date_parts(published),
            url=safe_url(url),
        )

    @property
    def signed_by_outlet(self) -> bool:
        """The outlet is the only author ("Reuters" for Reuters): named once."""
        return len(self.authors) == 1 and _bare(self.authors[0].name) == _bare(self.outlet)

    @property
    def container(self) -> str:
        """The outlet, when it is a paper the article appears in rather than its author."""
        return "" if self.signed_by_outlet else self.outlet


class Entry:
    """An entry put together element by element, each closed by its punctuation once."""

    def __init__(self) -> None:
        self.runs: list[Run] = []

    def add(self, text: str, *, italic: bool = False, href: str | None = None) -> Entry:
        if text:
            if self.runs and not self.runs[-1].text.endswith(" "):
                self.runs.append(Run(" "))
            self.runs.append(Run(text, italic=italic, href=href))
        return self

    def close(self, mark: str = ".") -> Entry:
        """End the element with ``mark`` unless it ends with a stop already ("Jr.", "?",
        or a quoted title's own: “Title.”)."""
        if self.runs and not self.runs[-1].text.rstrip("\u201d").endswith((".", "?", "!", mark)):
            self.runs.append(Run(mark))
        return self

    def quoted(self, title: str, mark: str = ".") -> Entry:
        """A title in quotation marks with ``mark`` inside them: “Title.” or “Title?”;
        no title: the description, neither quoted nor italic ("[Untitled article].")."""
        if not title:
            return self.add(UNTITLED).close(mark)
        end = "" if title.endswith((".", "?", "!")) else mark
        return self.add(f"\u201c{title}{end}\u201d")

    def title(self, title: str, *, italic: bool) -> Entry:
        """A title standing alone (italic when asked), or the description when untitled."""
        return self.add(title or UNTITLED, italic=italic and bool(title)).close()


UNTITLED = "[Untitled article]"  # APA 9.21's bracketed description; no title case, no italic


# ------------------------------------------------------------------ APA 7
def apa(source: Source) -> list[Run]:
    entry = Entry()
    when = f"({_apa_date(source.date)})"
    alone = not source.container
    if source.authors:
        entry.add(_apa_authors(source.authors)).close()
        entry.add(when).close()
        entry.title(source.title, italic=alone)
    else:
        entry.title(source.title, italic=alone)
        entry.add(when).close()
    if source.container:
        entry.add(source.container, italic=True).close()
    if source.url:
        entry.add(source.url, href=source.url)
    return entry.runs


def _apa_authors(authors: tuple[Author, ...]) -> str:
    names = [_inverted(a, initials) for a in authors]
    if len(names) == 1:
        return names[0]
    if len(names) > 20:  # the first 19, an ellipsis, the last
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def initials(given: str) -> str:
    """ "James B." → "J. B."; "Jean-Claude" → "J.-C."; "J.R.R." and "AWR" → "J. R. R."."""
    out = []
    for word in given.split():
        if re.fullmatch(r"(?:\w\.)+|[A-Z]{2,3}", word):  # initials, with or without stops
            out.extend(f"{letter}." for letter in word.replace(".", ""))
        else:
            out.append("-".join(f"{part[0]}." for part in word.split("-") if part))
    return " ".join(out)


def _apa_date(parts: tuple[int, ...]) -> str:
    if not parts:
        return "n.d."
    if len(parts) == 1:
        return str(parts[0])
    day = f" {parts[2]}" if len(parts) == 3 else ""
    return f"{parts[0]}, {MONTHS[parts[1] - 1]}{day}"


# ------------------------------------------------------------------ MLA 9
MLA_MONTHS = (
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
)  # fmt: skip


def mla(source: Source) -> list[Run]:
    entry = Entry()
    if source.authors and not source.signed_by_outlet:
        entry.add(_mla_authors(source.authors)).close()
    title = headline_case(source.title)
    if source.outlet:  # MLA keeps the paper as container even when it signs
        entry.quoted(title)
    else:
        entry.title(title, italic=True)
    tail = [
        Run(source.outlet, italic=True),
        Run(_mla_date(source.date)),
        Run(_bare_url(source.url or ""), href=source.url),
    ]
    for n, run in enumerate(r for r in tail if r.text):
        if n:
            entry.close(",")
        entry.add(run.text, italic=run.italic, href=run.href)
    return entry.close().runs


def _mla_authors(authors: tuple[Author, ...]) -> str:
    first = _inverted(authors[0])
    if len(authors) == 1:
        return first
    if len(authors) == 2:
        return f"{first}, and {authors[1].name}"
    return f"{first}, et al."


def _mla_date(parts: tuple[int, ...]) -> str:
    if len(parts) == 3:
        return f"{parts[2]} {MLA_MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MLA_MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0]) if parts else ""


def _bare_url(url: str) -> str:
    """MLA prints a URL without its http:// or https://."""
    return re.sub(r"^https?://", "", url, flags=re.I)


# ------------------------------------------------------------------ Chicago 17 author-date
def chicago(source: Source) -> list[Run]:
    entry = Entry()
    paper = re.sub(r"^The\s+", "", source.outlet)  # CMOS 14.170: "New York Times"
    title = headline_case(source.title)
    lead_title = False
    if source.authors and not source.signed_by_outlet:
        entry.add(_chicago_authors(source.authors)).close()
    elif paper:
        entry.add(paper, italic=True).close()
        paper = ""
    else:
        entry.title(title, italic=True)
        lead_title = True
    entry.add(str(source.date[0]) if source.date else "n.d.").close()
    if not lead_title:
        if source.outlet:
            entry.quoted(title)
        else:
            entry.title(title, italic=True)
    day = _chicago_date(source.date)
    if lead_title:  # the year follows the title at once: the month and day, not it again
        day = day.rsplit(",", 1)[0] if len(source.date) == 3 else ""
    if paper:
        entry.add(paper, italic=True)
        if day:
            entry.close(",").add(day)
    else:
        entry.add(day)
    entry.close()
    if source.url:
        entry.add(source.url, href=source.url).close()
    return entry.runs


def _chicago_authors(authors: tuple[Author, ...]) -> str:
    if len(authors) > 10:  # CMOS 15.29: the first seven, then et al.
        return ", ".join([_inverted(authors[0]), *(a.name for a in authors[1:7])]) + ", et al."
    first = _inverted(authors[0])
    if len(authors) == 1:
        return first
    rest = [a.name for a in authors[1:]]
    return ", ".join([first, *rest[:-1]]) + ", and " + rest[-1]


def _chicago_date(parts: tuple[int, ...]) -> str:
    """The full date after the paper; a year alone is not repeated."""
    if len(parts) == 3:
        return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return ""


# ------------------------------------------------------------------ shared
def _inverted(author: Author, given: Callable[[str], str] = str) -> str:
    """ "Manjoo, Farhad"; "King, Martin Luther, Jr."; an organisation as it is. ``given``
    writes the given names: APA's ``initials`` ("Manjoo, F.")."""
    if author.literal:
        return author.literal
    name = f"{author.family}, {given(author.given)}"
    return f"{name}, {author.suffix}" if author.suffix else name


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold())


def headline_case(title: str) -> str:
    """Title case as MLA and Chicago want it: major words capitalised, articles,
    conjunctions and short prepositions lower-cased inside the title; words with capitals
    of their own ("EU", "iPhone", "McCain") are left alone."""
    words = title.split(" ")
    out = []
    for n, word in enumerate(words):
        edge = n == 0 or n == len(words) - 1 or out[-1].endswith((":", "\u2014", "?", "!"))
        parts = word.split("-")  # "Up-to-Date": later parts follow the same rule inside
        out.append("-".join(_cased(part, edge and i == 0) for i, part in enumerate(parts)))
    return " ".join(out)


def _cased(word: str, edge: bool) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if not letters or re.search(r"\d|\.\w", word):  # "3rd", "U.S.", "e.g."
        return word
    if any(c.isupper() for c in word[letters[0] + 1 :]):  # "EU", "iPhone", "McCain"
        return word
    bare = word.strip("\u201c\u201d\u2018\u2019\"'(),:;").lower()
    if bare in lexicons.MINOR_WORDS and not edge:
        return word.lower()
    first = letters[0]
    return word[:first] + word[first].upper() + word[first + 1 :]


REFERENCES: dict[str, Callable[[Source], list[Run]]] = {"apa": apa, "mla": mla, "chicago": chicago}
