"""Bylines read into authors: people with given and family names, or organisations.

Pages and files give bylines as written: "By JAMES B. STEWART", "David Jackson,
@djusatoday, USA TODAY", "Sean Sullivan,Sari Horwitz", "Breitbart News". A citation needs
the people, each split into given and family name (nameparser), with the lead-in, handles,
e-mail addresses, job titles and the outlet taken away; an organisation that signs alone
("Reuters", "Editorial Board") is one literal author. ALL-CAPS names are folded to
capitalised ones ("McDonald", "von der Leyen"); a name written in lower case on purpose
("bell hooks") is left as it is. :func:`authors_text` writes authors back as one line
("Jane Doe and John Roe"), the form stored in the library, which reads back the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.lexicons import NAME_SUFFIXES, news_outlet_words, organisation_words
from core.markup import one_line

_LEAD_IN = re.compile(r"^(?:(?:written|story|reporting|words|text|photos?)\s+)?by\b[\s:]*", re.I)
_NOT_NAMES = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|(?<!\w)@\w+|\(\s*\)|\[\s*\]")
_SEGMENTS = re.compile(r"\s*(?:[,;|/•·]|\s[-–—]+\s)\s*")
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
_EDGES = re.compile(r"^[\W_]+|[^\w.]+$")
_DANGLING_AND = re.compile(r"^(?:(?:and|&)(?:\s+|$))+|(?:\s+(?:and|&))+$", re.I)
_INVERTED = re.compile(r"^(?P<family>[^\W\d][\w'’-]+), (?P<given>[^\W\d][\w'’.-]*(?: [\w'’.-]+)?)$")
_JOB_WORDS = frozenset({
    "reporter", "reporters", "correspondent", "correspondents", "writer", "writers", "editor",
    "editors", "columnist", "contributor", "contributors", "producer", "analyst", "journalist",
    "photographer", "staff"
})  # fmt: skip
# words that make a byline an organisation; a news outlet's words and organisation words
# (lexicons.news_outlet_words, organisation_words) do so only after no first name ("Emily Post")
_ORG_WORDS = frozenset({
    "news", "newsroom", "staff", "desk", "board", "team", "editors", "editorial", "wire", "wires",
    "agency", "bureau", "media", "network", "magazine", "inc", "inc.", "llc", "ltd", "associated",
    "reuters", "bloomberg", "afp", "ap", "upi"
})  # fmt: skip


READINGS = 5  # of a byline at most, until it reads back as itself


@dataclass(frozen=True, slots=True)
class Author:
    """A person (``given``, ``family``, ``suffix``) or an organisation (``literal``)."""

    given: str = ""
    family: str = ""
    suffix: str = ""
    literal: str = ""

    @property
    def name(self) -> str:
        """The name as written in running text: "Martin Luther King Jr.", "Reuters"."""
        return self.literal or " ".join(p for p in (self.given, self.family, self.suffix) if p)


def parse_byline(byline: str | None, outlet: str | None = None) -> tuple[Author, ...]:
    """The authors a byline names, in order; ``outlet`` is left out when people sign."""
    text = one_line(_NOT_NAMES.sub(" ", one_line(byline)))
    text = _LEAD_IN.sub("", text.strip(" ,;:|-–—")).strip(" ,;:|-–—")
    inverted = _INVERTED.match(text)  # "Stewart, James B."
    if inverted and _is_first_name(inverted["given"].split()[0]):
        text = f"{inverted['given']} {inverted['family']}"
    segments: list[str] = []
    for segment in (part for piece in _SEGMENTS.split(text) for part in _names(piece, outlet)):
        if _is_suffix(segment) and segments:
            segments[-1] += f" {segment}"
        else:
            segments.append(segment)
    people: list[Author] = []
    organisations: list[Author] = []
    for segment in segments:
        no_name = not any(c.isalpha() for c in segment) or any(c.isdigit() for c in segment)
        if no_name or _is_job(segment):
            continue
        if _is_organisation(segment, outlet):
            organisations.append(Author(literal=segment))
        else:
            people.append(_person(segment))
    named = [person for person in people if person.family]  # "A" beside "Jane Doe" is none
    return tuple(dict.fromkeys(named or organisations or people))


def authors_text(authors: tuple[Author, ...]) -> str:
    """ "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Lee"; organisations
    (whose names may hold "and" or a comma) are kept apart by semicolons."""
    names = [author.name for author in authors]
    if len(names) > 1 and any(author.literal for author in authors):  # "Procter & Gamble"
        return "; ".join(names)
    return listed_names(names)


def listed_names(names: Sequence[str]) -> str:
    """ "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe and Ann Lee"; "" for none."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def tidy_byline(byline: str | None, outlet: str | None = None) -> str | None:
    """A byline as the library stores it: the authors it names, or None. Read again until
    it no longer changes (a hostile byline can take the name parser a few readings: "AA. #
    heading" → "# heading" → "heading"), so that what is stored reads back as itself."""
    text = byline
    for _ in range(READINGS):
        tidied = authors_text(parse_byline(text, outlet)) or None
        if tidied == text:
            break
        text = tidied
    return text


def _names(piece: str, outlet: str | None) -> list[str]:
    """ "Jane Doe and John Roe" → both; "Procter & Gamble", "Politics and Policy Desk" stay."""
    parts = [part for part in map(_tidy, _AND.split(piece)) if any(c.isalpha() for c in part)]
    whole = _tidy(piece)
    someone = any(len(p.split()) > 1 and not _is_organisation(p, outlet) for p in parts)
    return [whole] if len(parts) > 1 and _is_organisation(whole, outlet) and not someone else parts


def _tidy(segment: str) -> str:
    """A name without what surrounds it: a lead-in, a dangling "and", marks and symbols."""
    while (tidied := _DANGLING_AND.sub("", _LEAD_IN.sub("", _EDGES.sub("", segment)))) != segment:
        segment = tidied  # "and By JANE DOE" → "JANE DOE"
    words = segment.split()
    if words and words[-1].endswith(".") and len(words[-1]) > 2 and not _is_suffix(words[-1]):
        return _tidy(segment[:-1])  # "Jane Doe." but not "James B." nor "Jr."
    return segment


def _is_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in NAME_SUFFIXES


def _person(segment: str) -> Author:
    if not any(c.isupper() or c.islower() for c in segment):
        return Author(literal=segment)  # a script without case: as written, never reordered
    from nameparser import HumanName  # here: its import is 25 ms of every start-up

    name = HumanName(segment)
    if segment.isupper():
        name.capitalize(force=True)
    given = " ".join(p for p in (name.first, name.middle) if p)
    if not given or not name.last:
        return Author(literal=str(name) or segment)
    return Author(given=given, family=name.last, suffix=name.suffix)


def prepare() -> None:
    """Import the name parser and let it make its word lists (29 ms of CPU): done by a
    process pool before it forks, so that its workers share them instead of each making
    them at its first byline."""
    _person("Jane Doe")


def _is_job(segment: str) -> bool:
    """ "Staff Writer", "Senior Correspondent": a job title, not a name."""
    return any(word.lower() in _JOB_WORDS for word in segment.split()) and not any(
        word.lower() in _ORG_WORDS - {"staff"} for word in segment.split()
    )


def _is_organisation(segment: str, outlet: str | None) -> bool:
    words = segment.split()
    if not words:
        return False
    if outlet and _bare(segment) == _bare(outlet):
        return True
    lowered = [w.lower() for w in words]
    if "&" in segment or any(w in _ORG_WORDS for w in lowered):
        return True
    weak = news_outlet_words() | {w.lower() for w in organisation_words()}
    return any(w in weak for w in lowered) and not _is_first_name(words[0])


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold()).strip()


def _is_first_name(word: str) -> bool:
    from core.nlp import is_first_name  # the first-name list loads with the language core

    return is_first_name(word)
