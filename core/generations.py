"""How old a person is and of which generation, as far as an article tells.

Two people of one surname (a father and a son, "the elder Delisle") are told apart by
the age written after a naming ("Robert Delisle, 74,"), "Sr." or "Jr.", a parent's or a
child's noun before a naming or owned by "his" or "her" after it, or "the older
brother" after one. :class:`core.speakers.Cast` sets these side by side."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.document import Span
from core.person import PRONOUN_GENDER, Person, person_of_gender

ELDER_KIN = re.compile(r"\b(?:father|mother|dad|mom|grandfather|grandmother),\s*$")
YOUNGER_KIN = re.compile(r"\b(?:son|daughter|grandson|granddaughter),\s*$")
AGE_AFTER = re.compile(  # "Robert Delisle, 74,", "Tyler Brandvik, a 24-year-old worker",
    r",\s+(\d{1,3}),|,\s+an?\s+(\d{1,3})-year-old\b"  # "Margaret Sorensen is 82 and"
    r"|\s+(?:is|was|turned|turns)\s+(\d{1,3})(?=[,.;]|\s+(?:and|but|years?\s+old)\b)"
)
SIBLING_AFTER = re.compile(  # "Dale, the older brother at 63,": of siblings, the elder
    r",\s+(?:the|his|her|their)\s+(?:(older|elder|oldest|eldest)|younger|youngest)\s+"
    r"(?:brother|sister|sibling|son|daughter|child)\b"
)
KIN_OWNED = re.compile(  # "Carla Voss took over ..., her daughter was not yet born"
    r"\b(?:(?P<elder>his|her) (?:son|daughter|grandson|granddaughter)"
    r"|(?P<younger>his|her) (?:father|mother|dad|mom|grandfather|grandmother))\b",
    re.IGNORECASE,
)
SENTENCE_AFTER = re.compile(r"[.!?][\u201d\u2019\"']?\s+[^.!?]*[.!?]")  # to the next one's end


def age_and_generation(
    text: str, person: Person, namings: Sequence[tuple[Span, Person]]
) -> tuple[float | None, float | None]:
    """How old ``person`` is as far as the article tells, to set beside another of their
    surname: the age written after a naming ("Robert Delisle, 74,"), and their generation,
    200 for "Sr." or a parent's noun before a naming ("His father, Robert Delisle"), 0 for
    "Jr." or a child's, 150 or 50 for "the older" or "the younger brother" after one;
    None for what it does not tell."""
    age = kin = None
    bare = person.name.rstrip(".")
    if bare.endswith((" Sr", " Jr")):
        kin = 200.0 if bare.endswith(" Sr") else 0.0
    for span, named in namings:
        if named is not person:
            continue
        if age is None and (found := AGE_AFTER.match(text, span.end)) is not None:
            age = float(next(filter(None, found.groups())))
        before = text[max(0, span.start - 30) : span.start]
        if kin is None and ELDER_KIN.search(before):
            kin = 200.0
        elif kin is None and YOUNGER_KIN.search(before):
            kin = 0.0
        elif kin is None and (owned := _kin_owned(text, span, person, namings)) is not None:
            kin = owned
        if kin is None and (sibling := SIBLING_AFTER.match(text, span.end)) is not None:
            kin = 150.0 if sibling.group(1) else 50.0  # between a parent's and a child's
    return age, kin


def _kin_owned(
    text: str, span: Span, person: Person, namings: Sequence[tuple[Span, Person]]
) -> float | None:
    """200 where a child's noun owned by "his" or "her" follows the naming ``span`` of
    ``person`` before anyone else is named, in its sentence or the next ("Mike Lindgren
    has coached ... This winter, his son is on the other bench"; "When Carla Voss took
    over ..., her daughter was not yet born"): ``person`` is the parent; 0 for a
    parent's noun ("..., his father said"); None where none follows."""
    reach = SENTENCE_AFTER.search(text, span.end)
    found = KIN_OWNED.search(text, span.end, reach.end() if reach else len(text))
    if found is None:
        return None
    gender = PRONOUN_GENDER[(found.group("elder") or found.group("younger")).lower()]
    if person.gender not in (None, gender) or any(
        span.end <= s.start < found.start() and p is not person and person_of_gender(p, gender)
        for s, p in namings
    ):
        return None  # another person named between may own the noun
    return 200.0 if found.group("elder") else 0.0
