"""Runs of capitalised words read as names: the patterns for a name's words, a run of them
and what stands around one, :class:`NamedPerson`, and the small readings of the sex the words
beside a name give (an honorific, a woman's noun, a kin noun set off before it).

Split from :mod:`core.speakers`, which resolves the cast of an article from these readings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core import nlp
from core.dates import WEEKDAYS
from core.kind_evidence import HONORIFIC_GENDER, KIN_GENDER, noun_gender
from core.quotes import NICKNAME

INITIAL_WORD = re.compile(r"[A-Z]\.?")  # a middle initial: "J." of "Donald J. Trump"


# a capital of the Latin alphabets, accented too ("Ó Sé", "Šimić", "Łukasz", "Émile")
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
NAME_WORD = rf"[{CAPITALS}](?:[\w'\u2019.\-]|{nlp.NOT_W_LETTER})*"  # "PeÃ±a": mojibake too
QUOTED_NICKNAME = (  # Margaret "Peggy" Lindqvist: a nickname as core.quotes.scan reads one
    rf"(?:\"{NICKNAME}\"|\u201c{NICKNAME}\u201d)(?=[ \t\xa0]+[A-Z])"
)
NAME_RUN = re.compile(  # capitalised words, name particles, a quoted nickname, on one line
    rf"{NAME_WORD}(?:[ \t\xa0]+(?:{NAME_WORD}|{QUOTED_NICKNAME}"
    rf"|(?:{'|'.join(sorted(nlp.NAME_PARTICLES))})(?:-{NAME_WORD})?\b))*"
)  # "Ibrahim al-Sayed": a particle glued to the surname by a hyphen goes with it
NAMES_BEFORE = re.compile(rf"(?:{NAME_WORD}[ \t\xa0]+){{1,3}}\Z")  # up to a surname
RUN_GOES_ON = re.compile(rf"['\u2019]?s?[ \t\xa0]+{NAME_WORD}")  # after one
RUN_REACH = 200  # characters before a surname that its first and middle names may take
RUN_OPENERS = WEEKDAYS | {
    "on", "in", "at", "by", "for", "with", "from", "after", "before", "when", "while",
    "as", "but", "and", "or", "the", "a", "an", "then", "last", "this", "today",
    "yesterday", "former", "so",
}  # fmt: skip
POSSESSIVE = re.compile(r"(?:'s?|\u2019s?)$")
LISTED_BEFORE = re.compile(r"[A-Z][\w.'-]*,$")  # "Brandy," before "Monica and Lauryn Hill"
THEY = re.compile(r"(?:they|them|their)\b", re.IGNORECASE)
WORD_ENDING = re.compile(r"(\S+)[ \t\xa0]+$")  # the word a stretch ends in, and its spaces

COUPLE = re.compile(  # "Omar and Leyla Haddad", "Ed and Lorraine Pulaski" (see _short_given)
    r"([A-Z](?<!\w[A-Z])[a-z]+)[ \t\xa0]+and[ \t\xa0]+([A-Z][a-z]+)"  # \b as roles._DEFINITE
    r"[ \t\xa0]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


@lru_cache(maxsize=4)
def couples_named_in(text: str) -> tuple[tuple[str, ...], ...]:
    """The given names and the surname of each couple ``text`` names (COUPLE), read once
    for the article rather than once for each given name asked about."""
    return tuple(couple.groups() for couple in COUPLE.finditer(text))


WORD_BEFORE_REACH = 40  # characters before a name where the word before it is read
QUANTIFIERS = frozenset(
    {"many", "most", "some", "few", "several", "all", "both", "more", "other"}
)  # "Many Americans": no name
NAME_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*[ \t\xa0]+$")  # a capitalised word just before
NAME_FOLLOWS = re.compile(r"[ \t\xa0]+[A-Z]")  # "Omar Haddad": a given name, not a surname
OWNER_WORD = re.compile(r"\w(?:['\u2019]s|s['\u2019])$")  # "Obama's", "Sanders'"; not "Clinton.''"
SPACED_WORD = re.compile(r"\S+")
GIVEN_NAME = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters, hyphenated parts
RUNNING_TEXT = re.compile(r"[ \t\xa0]+[a-z]|['\u2019,;:]")  # no headline: "George Will said"


@dataclass(frozen=True)
class NamedPerson:
    """A person named in running text: "Defense Minister Maria Lindqvist"."""

    at: int  # offset of the name
    name: str
    title: str  # the title words before the name, or ""


@lru_cache(maxsize=4)
def capitalised_runs(
    text: str, start: int, end: int | None
) -> tuple[tuple[int, int, tuple[tuple[int, str], ...]], ...]:
    """Each run of capitalised words in ``text[start:end]``: where it starts and ends, and
    its words with their offsets in the run (read once for :func:`named_people` and
    :func:`lone_names`, which read the same sentence in turn)."""
    return tuple(
        (
            run.start(),
            run.end(),
            tuple((m.start(), m.group(0)) for m in SPACED_WORD.finditer(run.group(0))),
        )
        for run in NAME_RUN.finditer(text, start, len(text) if end is None else end)
    )


def honorific_gender(title: str | None) -> str | None:
    """ "m" or "f" for "Mr." or "Mrs." in a title before a name."""
    for word in (title or "").split():
        if gender := HONORIFIC_GENDER.get(word.rstrip(".").lower()):
            return gender
    return None


NAME_REACH = 80  # characters past a name's length from a naming's offset it is sought in


def name_written(text: str, name: str, at: int) -> int:
    """Where ``name``, as a naming at ``at`` gives it, stands in ``text``: sought from
    ``at`` to ``NAME_REACH`` characters past its length (the naming's text may open with
    more than the name), -1 where it is not there."""
    return text.find(name, at, at + len(name) + NAME_REACH)


APPOSED_NOUN = re.compile(
    r",\s+(?:an?|the)\s+(?:(?!(?:of|for|at|in|to|with|from|and|who)\s)[\w\-\u2019']+\s+){0,3}?"
    r"([a-z]+)[,.;]"
)  # "Jean Mulder, a retired actress,": not past a preposition ("the husband of an actress")


def noun_gender_beside(text: str, at: int, name: str, role: str | None) -> str | None:
    """ "f" where a woman's noun stands right before the name or in apposition after it
    ("party chairwoman Jean Mulder", "Jean Mulder, an actress,", a role "Chairwoman"): the
    article's word over the first name's guess ("Jean" is listed as a man's). Not a
    "-man" noun ("chairman", "spokesman"), which articles also write for women."""
    heads = [(role or "").split()[-1:]]
    found = name_written(text, name, at)
    if found >= 0:
        heads.append(text[max(0, found - 30) : found].split()[-1:])
        if apposed := APPOSED_NOUN.match(text, found + len(name)):
            heads.append([apposed.group(1)])
    for head in heads:
        word = head[0].lower() if head else ""
        if word.isalpha() and noun_gender(word) == "f" and word not in KIN_GENDER:
            return "f"
    return None


def kin_gender_before(text: str, at: int, name: str) -> str | None:
    """The sex of a kin noun the given name ``name`` alone is set off after ("whose
    husband, Tom,", "Their daughter, Simran,"): a word alone is no name the lists may
    sex (it may be a surname), but the kin noun tells."""
    if " " in name or (found := name_written(text, name, at)) < 0:
        return None
    before = KIN_SET_OFF.search(text, max(0, found - 20), found)
    return KIN_GENDER.get(before.group(1).lower()) if before is not None else None


KIN_SET_OFF = re.compile(r"\b([A-Za-z]+),[ \t\xa0]+$")  # "husband, " before "Tom"
