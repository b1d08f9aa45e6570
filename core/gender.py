"""Gender as an article states it, never as a first name suggests it.

Two kinds of evidence count, both written in the article about the person:

- a pronoun that the attribution resolved to the speaker: the "she" of "she told
  reporters" (one vote per distinct mention, however many quotes it introduces);
- an honorific before the speaker's name: "Mrs. Loiseau", "Mr. Josep Borrell". When two
  people quoted in the article share the surname, only the full name counts.

The article states the gender with more votes; a tie, or no evidence, states none. The
first-name guess that helps resolve pronouns (``core.speakers``) is not evidence here.
A gender that rests on pronouns alone, where the cast had none but such a pronoun either,
stays marked ``gender_bound``: the attribution's guess, which the library lets a stated
gender of the same person override (``core.identity.surname_fits``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from core.document import Analysis, Speaker, SpeakerKind
from core.kind_evidence import HONORIFIC_GENDER
from core.name_runs import NAME_WORD
from core.person_names import name_words

FEMALE, MALE, NOT_STATED = "female", "male", "not stated"
GENDERS = (FEMALE, MALE, NOT_STATED)
PRONOUNS = {"she": FEMALE, "her": FEMALE, "he": MALE, "him": MALE}
WORDS = {"f": FEMALE, "m": MALE}
HONORIFIC = re.compile(  # "Mrs. Nathalie Loiseau", "Mr Borrell": up to four name words
    rf"\b({'|'.join(h.capitalize() for h in HONORIFIC_GENDER)})\b\.?[ \t\xa0]+"
    rf"({NAME_WORD}(?:[ \t\xa0]+{NAME_WORD}){{0,3}})"
)


def stated_genders(analysis: Analysis) -> dict[str, str]:
    """Speaker key -> "female" or "male", for the people this article states it of."""
    return _stated(analysis)[0]


def _stated(analysis: Analysis) -> tuple[dict[str, str], set[str]]:
    """:func:`stated_genders`, and the keys an honorific gave a vote to."""
    people = [s for s in analysis.speakers if s.kind == SpeakerKind.PERSON]
    votes: dict[str, Counter[str]] = {person.key: Counter() for person in people}
    mentions = {
        (q.speaker.key, q.mention)
        for q in analysis.quotes
        if q.speaker is not None and q.mention is not None and q.speaker.key in votes
    }
    for key, mention in mentions:
        gender = PRONOUNS.get(mention.of(analysis.text).lower())
        if gender:
            votes[key][gender] += 1
    honoured = set()
    for key, gender in _honorifics(analysis.text, people):
        votes[key][gender] += 1
        honoured.add(key)
    genders = {key: gender for key, count in votes.items() if (gender := _majority(count))}
    return genders, honoured


def with_genders(analysis: Analysis) -> Analysis:
    """``analysis`` with each quote's speaker carrying the gender the article states."""
    genders, honoured = _stated(analysis)
    if not genders:
        return analysis
    speakers: dict[str, Speaker] = {
        s.key: replace(
            s,
            gender=genders[s.key],
            # pronouns alone, where the cast knew no gender but a bound pronoun's either
            gender_bound=s.key not in honoured and (s.gender is None or s.gender_bound),
        )
        for s in analysis.speakers
        if s.key in genders
    }
    quotes = tuple(
        replace(q, speaker=speakers[q.speaker.key])
        if q.speaker is not None and q.speaker.key in speakers
        else q
        for q in analysis.quotes
    )
    statements = tuple(  # the same speakers in their reported statements
        replace(s, speaker=speakers[s.speaker.key])
        if s.speaker is not None and s.speaker.key in speakers
        else s
        for s in analysis.statements
    )
    return replace(analysis, quotes=quotes, statements=statements)


def _honorifics(text: str, people: list[Speaker]) -> list[tuple[str, str]]:
    """(speaker key, gender) for each honorific placed before a quoted person's name."""
    by_surname: dict[str, list[tuple[str, list[str]]]] = {}
    for person in people:
        if words := name_words(person.name):
            by_surname.setdefault(words[-1], []).append((person.key, words))
    found = []
    for match in HONORIFIC.finditer(text):
        gender = WORDS[HONORIFIC_GENDER[match.group(1).lower()]]
        run = name_words(re.sub(r"(?:'s?|\u2019s?)(?=\s|$)", "", match.group(2)))
        for surname in dict.fromkeys(run):  # only the people whose surname is in the run
            named = by_surname.get(surname, ())
            found += [(key, gender) for key, words in named if _names(run, words, len(named) > 1)]
    return found


def _names(run: list[str], words: list[str], full: bool) -> bool:
    """Does the run of words after an honorific name this person ("Borrell", "Josep
    Borrell")? With ``full``, the first name must be there too."""
    if words[-1] not in run:
        return False
    before = run[: run.index(words[-1])]
    if full or before:
        return len(words) > 1 and words[0] in before
    return True


def _majority(votes: Counter[str]) -> str | None:
    """The gender with more votes than the other; none on a tie."""
    if votes[FEMALE] == votes[MALE]:
        return None
    return FEMALE if votes[FEMALE] > votes[MALE] else MALE
