"""Metadata inferred from plain article text: headline, byline, dateline, closing author bio.

Everything here is a heuristic over the first and last few paragraphs; each function returns
``None`` (or an empty field) rather than guess when the pattern is not there.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from core import nlp
from core.byline import tidy_byline
from core.dates import DateError, date_parts, read_date
from core.document import Metadata
from core.lexicons import news_outlet_words
from core.markup import one_line, safe_url


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?),?\s+"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})\b"),
    re.compile(rf"\b(?:{_WEEKDAY})?(?P<mon>{_MONTH})\s+{_DAY},?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(
        rf"\b(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>\d{{4}})\b", re.I
    ),
)

_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*[a-z][\w'’-]*|[A-Z]{2,})"
_PARTICLE = r"(?:von|van|de|der|den|da|di|del|la|le|al|bin|ibn)"
_NAME = rf"{_NAME_WORD}(?: (?:{_PARTICLE} )*{_NAME_WORD}){{1,3}}"
# "A", "A and B", "A, B and C": a comma joins names only in a list closed by "and".
_NAMES = rf"{_NAME}(?:(?:, {_NAME})*,? (?:and|&) {_NAME})?"
_OUTLET = r"(?:[A-Z][\w&.-]*)(?: (?:(?:of|the|and|&) )?[A-Z][\w&.-]*)*"
_ROLE_WORDS = (
    r"(?:reporter|correspondent|writer|editor(?:-at-large)?|journalist|columnist|contributor|"
    r"producer|bureau chief|analyst)"
)

_BYLINE = re.compile(rf"^(?:by|BY|By)[ :]+(?P<names>{_NAMES})(?P<rest>.*)$")
_BIO = re.compile(
    rf"^(?P<name>{_NAME}) (?:is|was|has been|serves as|works as) [^.]{{0,120}}?"
    rf"\b(?i:{_ROLE_WORDS})s?\b(?P<rest>[^\n]*)$"
    rf"|^(?P<name2>{_NAME}) (?:covers|reports on|reports for|writes about|writes for)\b"
    rf"(?P<rest2>[^\n]*)$"
)
_FOLLOW = re.compile(rf"^[\"“]?Follow (?P<name>{_NAMES}) [Oo]n Twitter\b")
_REPORTING = re.compile(rf"^[(\[]?(?:Reporting|Written|Story) by (?P<name>{_NAMES})")
# a book excerpt's credit: "From STEALING AMERICA by Jane Doe. Copyright © 2015 by Jane Doe."
_EXCERPT = re.compile(rf"^(?:(?:Excerpted|Adapted) f|F)rom [^\n]{{1,200}}? by (?P<name>{_NAME})\.")
_COPYRIGHT = re.compile(r"\b(?:Copyright|Reprinted)\b|©")
_BIO_OUTLET = (
    re.compile(rf"\bcontributing to (?:the )?(?P<o>{_OUTLET})"),
    re.compile(rf"\b(?:for|at|with|joined) (?P<o>{_OUTLET})"),
)
_DASH = r"(?:\s*[—–]\s*|\s+--?\s+)"
_REGION = r"(?:,\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*){0,2}"
_DATELINE_DATE = rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
_AGENCY = r"\s*\([^()\n]{1,40}\)"
_DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*{_REGION}{_DATELINE_DATE}(?:{_AGENCY})?"
    rf"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*{_REGION}{_DATELINE_DATE}{_AGENCY}){_DASH}"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[A-Z\"“‘])")
_ABBREVIATIONS = _words(
    "mr mrs ms dr st jr sr sen rep gov gen lt col sgt capt adm prof inc co corp no vs "
    "jan feb aug sept oct nov dec mt ft"
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1")
_ACRONYMS = _words(
    "eu us uk un nato usa uae gop fbi cia nsa imf ai nhs bbc cnn ap afp upi nyt ceo "
    "cfo pm mp covid gdp g7 g20 opec ecb nasa"
)
# an archive's "outlet_YYYY-MM-DD_slug" (the outlet's name without "_", then a slug)
_OUTLET_DATE_NAME = re.compile(r"(?P<outlet>[A-Za-z][A-Za-z0-9.-]*)_(?P<date>\d{4}-\d{2}-\d{2})_.")
_NAVIGATION_WORDS = 4  # a page's navigation link is this short ("Skip to main content")
_SMALL_WORDS = _words("a an and as at but by for from in of on or the to vs via with")


def parse_date(text: str) -> str | None:
    """The first date in ``text`` written in a common form, as ISO ``YYYY-MM-DD``."""
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            month = match.groupdict().get("mon")
            number = _MONTHS[month.lower().rstrip(".")] if month else int(match["m"])
            try:
                iso = date(int(match["y"]), number, int(match["d"])).isoformat()
            except ValueError:
                continue
            found.append((match.start(), iso))
            break
    return min(found)[1] if found else None


def tidy_metadata(metadata: Metadata) -> Metadata:
    """Metadata as the library stores it, wherever it was read: each field on one line,
    the byline read into its authors ("By JAMES B. STEWART" → "James B. Stewart"), the
    date as an ISO date (None when it cannot be read), the link only if http(s)."""
    outlet = one_line(metadata.outlet) or None
    published = one_line(metadata.published)
    try:
        iso = published if date_parts(published) else read_date(published) if published else None
    except DateError:
        iso = None
    return Metadata(
        title=one_line(metadata.title) or None,
        outlet=outlet,
        author=tidy_byline(metadata.author, outlet),
        published=iso,
        url=safe_url(metadata.url),
    )


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the blank-line separated paragraphs, surrounding whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + len(chunk.rstrip())))
        if brk:
            start = brk.end()
    return spans


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of a dateline (``STUTTGART, Germany —``) opening one of the first paragraphs."""
    for start, end in paragraph_spans(text)[:4]:
        match = _DATELINE.match(text, start, end)
        if match:
            return start, match.end()
    return None


def bio_span(text: str) -> tuple[int, int] | None:
    """Offsets of the closing author-bio paragraph ("Jane Doe is a reporter for ...")."""
    found = _closing_bio(text)
    return found[0] if found else None


def byline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the byline line among the header lines ("By Jane Doe and John Roe")."""
    return next(((s, e) for s, e in _header_spans(text) if is_byline(text[s:e])), None)


def is_byline(line: str) -> bool:
    """Whether ``line`` is a byline ("By Jane Doe and John Roe", "BY JANE DOE, Reporter")."""
    return _byline(line.strip()) is not None


def metadata_from_text(text: str) -> Metadata:
    """Title, author, outlet and date that the text itself states."""
    header = _header_lines(text)
    bio = _closing_bio(text)
    title = _headline(text, bio[0] if bio else None)
    author = outlet = published = None
    for line in header:
        byline = _byline(line)
        if byline:
            author, outlet, published = byline
            break
    dateline = dateline_span(text)
    if dateline:
        published = published or parse_date(text[dateline[0] : dateline[1]])
    for line in header:
        if published or len(line.split()) > 12:
            break
        published = parse_date(line)
    if bio:
        author = author or bio[1]
        outlet = outlet or bio[2]
    return Metadata(title=title, outlet=outlet, author=author, published=published)


def metadata_from_page_copy(text: str) -> Metadata:
    """:func:`metadata_from_text` of a whole page copied from a browser, whose head may
    open with the site's navigation ("Skip to main content", "Menu", "Search"): when two
    or more short lines (four words at most) come first and a byline follows soon after
    the next line, that line is the headline and the navigation is read past."""
    lines = [(m.start(), m[0].strip()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    top = 0
    while top < len(lines) and len(lines[top][1].split()) <= _NAVIGATION_WORDS:
        top += 1
    following = lines[top + 1 : top + 4]
    if top >= 2 and any(is_byline(line) for _, line in following):
        return metadata_from_text(text[lines[top][0] :])
    return metadata_from_text(text)


def title_from_filename(path: Path) -> str:
    """A readable title from a file name: ``eu-training-mission.txt`` → ``EU training mission``."""
    stem = re.sub(r"\d{4}-\d{2}-\d{2}", " ", path.stem)
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    shaped: list[str] = []
    for i, word in enumerate(words):
        if word.lower() in _ACRONYMS:
            shaped.append(word.upper())
        elif not word.islower():
            shaped.append(word)
        else:
            shaped.append(word.capitalize() if i == 0 else word)
    return " ".join(shaped)


def outlet_from_filename(path: Path) -> str | None:
    """The outlet an archive's file name leads with, before the date
    (``usa-today_2016-08-24_slug.txt`` → ``USA Today``, ``nyt_…`` → ``The New York
    Times``: :func:`outlet_as_written`); None for any other name."""
    match = _OUTLET_DATE_NAME.match(path.stem)
    if match is None or not parse_date(match["date"]) or not _outlet_like(match["outlet"]):
        return None
    words = re.split(r"[\s\-.]+", match["outlet"])
    return outlet_as_written(
        " ".join(w.upper() if w.lower() in _ACRONYMS else w[:1].upper() + w[1:] for w in words)
    )


def outlet_as_written(outlet: str) -> str:
    """An outlet an archive abbreviates ("NYT", "Wash Post") as the news writes it, where
    the lexicons list an outlet's name it shortens ("The New York Times": its initials;
    "The Washington Post": each word begun by the abbreviation's, in turn); the longest
    such name (with its "The"), else ``outlet`` as it is."""
    short = [word.casefold() for word in outlet.split()]
    found = []
    for name in nlp.listed_organisations():
        words = name.split()
        if words[-1].casefold() not in news_outlet_words():
            continue
        core = words[1:] if words[0] == "The" else words
        initials = "".join(word[0] for word in core).casefold()
        acronym = len(short) == 1 < len(core) and short[0] == initials and outlet.isupper()
        shortened = len(short) == len(core) > 1 and all(
            w.casefold().startswith(s) for w, s in zip(core, short, strict=True)
        )
        if acronym or shortened:
            found.append(name)
    return max(found, key=len) if found else outlet


def _outlet_like(name: str) -> bool:
    """Does an archive's leading ``name`` look like an outlet's, as archives write them
    (PolNeAR's "usa-today", "wash-post", "nyt", "politico", "breitbart")? Hyphenated or
    dotted names, acronyms ("nyt", "BBC"), an outlet's word ("times",
    "reuters") and a word no common-word list holds do; a lone common English word
    ("interview_2024-01-02_mayor", "notes_...", "story_...") names what the file is."""
    if re.search(r"[-.]", name) or name.isupper() or name.lower() in _ACRONYMS:
        return True
    return name.lower() in news_outlet_words() or not nlp.is_frequent_word(name)


def date_from_filename(path: Path) -> str | None:
    """An ISO date embedded in a file name (``outlet_2016-10-04_slug.txt``)."""
    return parse_date(path.stem.replace("_", " "))


def _header_lines(text: str) -> list[str]:
    """The lines before the article body: up to the first long line, at most six."""
    return [text[start:end] for start, end in _header_spans(text)]


def _header_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of :func:`_header_lines`, each line's surrounding whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    at = 1 if text.startswith("\ufeff") else 0
    for line in text[at:].splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            if len(stripped.split()) > 30 or len(spans) == 6:
                break
            start = at + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        at += len(line)
    return spans


def _headline(text: str, bio: tuple[int, int] | None) -> str | None:
    """The first line when it reads as a headline.

    A line without closing punctuation qualifies when short; one that ends like a sentence
    (some archives add a period) only when it stands alone and one of the next paragraphs
    (not the author bio) is longer, which tells it from a short opening paragraph.
    """
    spans = [span for span in paragraph_spans(text)[:4] if span != bio]
    paragraphs = [p for a, b in spans if (p := text[a:b].lstrip("\ufeff")).strip()]
    if not paragraphs:  # none, or a byte-order mark alone
        return None
    line = _MARKDOWN_HEADING.sub("", paragraphs[0].splitlines()[0].strip())
    line = _MARKDOWN_EMPHASIS.sub(r"\2", line).strip()
    words = line.split()
    if (
        not words
        or len(words) > 25
        or len(line) > 200
        or _DATELINE.match(line)
        or _BYLINE.match(line)
        or not re.search(r"[A-Za-z]", line)
        or (len(words) <= 6 and parse_date(line))
        or line[-1] in ",:"
    ):
        return None
    if re.search(r"[.!?…][\"”’']*$", line):
        alone = "\n" not in paragraphs[0].strip()
        if not alone or all(len(p.split()) <= len(words) for p in paragraphs[1:]):
            return None
    last = words[-1].rstrip(".\"”’'").lower()
    if "." in last or last in _ABBREVIATIONS:
        return line.rstrip(";").rstrip()
    return re.sub(r"(?<!\.)\.(?=[\"”’']*$)|;$", "", line).rstrip()


def _byline(line: str) -> tuple[str, str | None, str | None] | None:
    if line.isupper():
        line = " ".join(
            w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in line.split()
        )
    match = _BYLINE.match(line)
    if not match:
        return None
    rest = match["rest"]
    outlet = None
    head = re.split(r"\s*[|•·]\s*|" + _DASH, rest, maxsplit=1)[0]
    if head.startswith(","):
        segment = head[1:].strip()
        if re.search(rf"\b{_ROLE_WORDS}|\bstaff\b|\bspecial to\b", segment, re.I):
            inner = re.search(rf"\b(?:for|of|at|to) (?P<o>{_OUTLET})", segment)
            outlet = inner["o"] if inner else None
        elif re.fullmatch(_OUTLET, segment) and not parse_date(segment):
            outlet = segment
    return match["names"], outlet, parse_date(rest)


def _closing_bio(text: str) -> tuple[tuple[int, int], str, str | None] | None:
    """The author-bio paragraph among the last three: its span, author and outlet."""
    for start, end in reversed(paragraph_spans(text)[-3:]):
        paragraph = text[start:end]
        if len(paragraph) > 1500 or len(paragraph.split()) > 120:
            continue
        first = _first_sentence(paragraph)
        bio = _BIO.match(first)
        if bio:
            outlet = None
            for pattern in _BIO_OUTLET:
                found = pattern.search(bio["rest"] or bio["rest2"])
                if found:
                    outlet = found["o"].rstrip(".")  # "Defense News' coverage": no "'"
                    break
            return (start, end), bio["name"] or bio["name2"], outlet
        other = _FOLLOW.match(first) or _REPORTING.match(first)
        if other is None and _COPYRIGHT.search(paragraph):
            other = _EXCERPT.match(paragraph)
        if other:
            return (start, end), other["name"], None
    return None


def _first_sentence(text: str) -> str:
    """``text`` up to its first sentence end, not fooled by initials and common abbreviations."""
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
        word = text[start:end].lstrip("\"“‘'(").lower()
        if len(word) > 1 and word not in _ABBREVIATIONS and "." not in word:
            return text[: end + 1]
    return text
