"""A quote with its citation, as plain text and HTML for the clipboard; reported speech
as a paraphrase with its citation, never inside quotation marks.

APA, MLA and Chicago (author-date) put the quote and its speaker over the article's
reference-list entry, built by ``core.references`` from the style manuals' rules; "plain"
and "markdown" are On Record's own one-line forms. Missing facts are left out as each
style says, never printed as None. Everything taken from an article or a reporter is
escaped for HTML and Markdown, and only http(s) addresses become links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core import lexicons
from core.dates import written_date
from core.markup import Run, curled, one_line, plain, to_html, to_markdown
from core.nlp import is_common_word
from core.references import REFERENCES, UNTITLED, Source, headline_case

STYLES: dict[str, str] = {
    "apa": "APA",
    "mla": "MLA",
    "chicago": "Chicago (author-date)",
    "plain": "Plain",
    "markdown": "Markdown",
}


def role_beside(name: str | None, role: str | None) -> str | None:
    """``role`` as shown beside ``name``, or None when the name already says it: an
    anonymous source's role is its description, which is its name ("a spokeswoman for
    the mayor, a spokeswoman for the mayor")."""
    if role and one_line(role).casefold() in one_line(name).casefold():
        return None
    return role


TITLE_ROLE = re.compile(r"((?:\S+\.\s+)*\S+\.)(\s+\([^()]*\))?")  # "Sen.", "Sen. (R-Tex.)"


def _titled(name: str, role: str) -> str | None:
    """The name with its role as a newspaper writes a title abbreviated: before the name,
    a party and state after it ("Sen. Ted Cruz (R-Tex.)", never "Ted Cruz, Sen.
    (R-Tex.)"); None when the role is more than such a title."""
    found = TITLE_ROLE.fullmatch(one_line(role))
    if found is None or not all(lexicons.is_title_word(w) for w in found[1].split()):
        return None
    return f"{found[1]} {one_line(name)}{found[2] or ''}"


@dataclass(frozen=True)
class CitedQuote:
    quote: str
    speaker: str | None = None
    role: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    url: str | None = None

    def __post_init__(self) -> None:
        role = role_beside(self.speaker, self.role)
        if self.speaker and role and (titled := _titled(self.speaker, role)):
            object.__setattr__(self, "speaker", titled)
            role = None
        object.__setattr__(self, "role", role)

    @property
    def source(self) -> Source:
        return Source.of(self.title, self.outlet, self.author, self.published, self.url)

    @property
    def who(self) -> str:
        """ "Speaker, role", on one line."""
        return ", ".join(p for p in (one_line(self.speaker), one_line(self.role)) if p)


@dataclass(frozen=True)
class Citation:
    text: str
    html: str


def cite(c: CitedQuote, style: str) -> Citation:
    """The quote and its citation in ``style`` (one of ``STYLES``)."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}")
    if style == "plain":
        return _plain(c)
    if style == "markdown":
        return _markdown(c)
    words = _quote_words(c.quote).removesuffix(",")
    lead = [Run(f"\u201c{words}\u201d")] + ([Run(f" \u2014 {_ended(c.who)}")] if c.who else [])
    entry = REFERENCES[style](c.source)
    text = plain(lead) + (f"\n{plain(entry)}" if entry else "")
    body = f"<p>{to_html(lead)}</p>" + (f"<p>{to_html(entry)}</p>" if entry else "")
    return Citation(text, body)


def _ended(sentence: str) -> str:
    """``sentence`` with its full stop, one only ("— Ted Cruz, Jr.", not "Jr..")."""
    return sentence if sentence.endswith(".") else f"{sentence}."


def _plain(c: CitedQuote) -> Citation:
    """“Quote,” Speaker, Role, in Title, Outlet, Date"""
    line = _attribution(c, bold=False)
    runs = [
        Run(f"\u201c{_closed(_quote_words(c.quote))}\u201d"),
        *([Run(" ")] if line else []),
        *line,
    ]
    return Citation(plain(runs), to_html(runs))


def _markdown(c: CitedQuote) -> Citation:
    """> Quote / — **Speaker**, Role, in [*Title*](url), *Outlet*, Date"""
    quote = [Run(_quote_words(c.quote).removesuffix(","))]
    line = _attribution(c, bold=True)
    text = f"> {to_markdown(quote)}" + (f"\n\n\u2014 {to_markdown(line)}" if line else "")
    body = f"<blockquote>{to_html(quote)}</blockquote>"
    return Citation(text, body + (f"<p>\u2014 {to_html(line)}</p>" if line else ""))


def _attribution(c: CitedQuote, *, bold: bool) -> list[Run]:
    """Speaker, role, in *Title* (linked), outlet (italic when ``bold``), date."""
    source = c.source
    parts: list[list[Run]] = []
    if speaker := one_line(c.speaker):
        parts.append([Run(speaker, bold=bold)])
    if role := one_line(c.role):
        parts.append([Run(role)])
    if source.title:
        parts.append([Run("in "), Run(source.title, italic=True, href=bold and source.url or None)])
    if source.outlet:
        parts.append([Run(source.outlet, italic=bold)])
    if when := written_date(c.published):
        parts.append([Run(when)])
    return [run for n, part in enumerate(parts) for run in [*([Run(", ")] if n else []), *part]]


def as_written(name: str | None, text: str) -> str | None:
    """An organisation's ``name`` as its article writes it in running text: "the European
    Union" where the article puts "the" before it more often than not ("According to the
    European Union, ..."), "Microsoft" or "Fox News" where it does not."""
    if not name or name[:4].casefold() == "the ":
        return name
    uses = re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text)
    after_the = [text[max(0, m.start() - 4) : m.start()].casefold() == "the " for m in uses]
    return f"the {name}" if 2 * sum(after_the) > len(after_the) else name


def _quote_words(quote: str) -> str:
    """The quote on one line, quotations inside it in single marks (they go inside double)."""
    return curled(one_line(quote), inner=True)


def _closed(words: str) -> str:
    """The quote closed with a comma before its attribution, as news writes it:
    “We will win,” but “Will we win?” (its own mark kept, a full stop made a comma)."""
    core, closing = re.fullmatch(r"(.*?)([\u2019)\]]*)", words, re.S).groups()  # type: ignore[union-attr]
    if core.endswith(("?", "!", "\u2026")):
        return words
    return core.rstrip(",.;: ") + "," + closing


def paraphrase(c: CitedQuote, style: str) -> Citation:
    """Reported speech cited as a paraphrase, never inside quotation marks: "According to
    Josep Borrell, ... (Machi, 2022)." over the article's entry in ``style``; "plain" and
    "markdown" on one line, as :func:`cite` writes them."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}")
    words = _paraphrased(c.quote)
    if style in REFERENCES:
        lead = [Run(f"According to {c.who}, {words}" if c.who else words)]
        said = [*lead, Run(" "), *_in_text(c.source, style), Run(".")]
        entry = REFERENCES[style](c.source)
        text = plain(said) + (f"\n{plain(entry)}" if entry else "")
        body = f"<p>{to_html(said)}</p>" + (f"<p>{to_html(entry)}</p>" if entry else "")
        return Citation(text, body)
    bold = style == "markdown"
    who = _attribution(replace(c, title=None, outlet=None, published=None), bold=bold)
    where = _attribution(replace(c, speaker=None, role=None), bold=bold)
    runs = [*([Run("According to "), *who, Run(", ")] if who else []), Run(words)]
    if bold:
        runs += [Run(" \u2014 "), *where] if where else []
        return Citation(to_markdown(runs), f"<p>{to_html(runs)}</p>")
    runs += [Run(" ("), *where, Run(").")] if where else [Run(".")]
    return Citation(plain(runs), to_html(runs))


def _in_text(source: Source, style: str) -> list[Run]:
    """The parenthetical author-date citation, named by what leads the style's entry:
    APA "(Machi, 2022)", MLA "(Machi)", Chicago "(Machi 2022)". Without an author, APA
    and MLA name the title (in quotation marks when the entry quotes it, italic when it
    stands alone: APA 8.14, MLA 6.13), Chicago the paper, else the title (CMOS 15.42);
    an untitled article its description."""
    year = str(source.date[0]) if source.date else "n.d."
    first = source.authors[0] if source.authors else None
    if style != "apa" and source.signed_by_outlet:
        first = None  # MLA leaves the signing outlet out; Chicago puts the paper first
    after = "" if style == "mla" else ("," if style == "apa" else "") + f" {year}"
    if first:
        return [Run(f"({first.family or first.name}{after})")]
    if style == "chicago" and source.outlet:
        return [Run("("), Run(re.sub(r"^The\s+", "", source.outlet), italic=True), Run(f"{after})")]
    if not source.title:
        return [Run(f"({UNTITLED}{after})")]
    title = source.title if style == "apa" and source.container else headline_case(source.title)
    if style == "apa" and not source.container or style != "apa" and not source.outlet:
        return [Run("("), Run(headline_case(title), italic=True), Run(f"{after})")]
    comma, rest = (after[:1], after[1:]) if after.startswith(",") else ("", after)
    return [Run(f"(\u201c{headline_case(title)}{comma}\u201d{rest})")]


_CLOSING_STOPS = re.compile(r"[\s,;:.]+([\u201d\u2019\"]*)$")  # stops, then closing marks


def _paraphrased(statement: str) -> str:
    """A statement as the end of "According to X, ...": on one line, its quoted words in
    curly marks (never NYT's two apostrophes), without an opening
    "that", its first word in lower case unless a name, no closing punctuation (nor any
    just inside a closing mark: the plan was “messy,” gives “messy”)."""
    words = _CLOSING_STOPS.sub(r"\1", curled(one_line(statement)))
    if words.lower().startswith("that "):
        words = words[5:]
    first = words.split(" ", 1)[0]
    if first != "I" and is_common_word(first):
        words = words[:1].lower() + words[1:]
    return words
