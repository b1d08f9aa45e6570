"""Two people as one speaker in an article's :class:`~core.speakers.Cast`: couples, families
and pairs ("the couple said", "the Kesslers", "both", "the former", "the two officials").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from typing import Protocol, runtime_checkable

from core import lexicons, nlp
from core.cast_patterns import (
    APPOSED_JOINED,
    CHAIN,
    COORDINATED,
    COUPLE_OR_FAMILY,
    COUPLE_REACH,
    COUPLE_SAID,
    FAMILY_PLURAL,
    NAME_OR_PLACE_ENDING,
    NEAR,
    PAIR_JOINED,
    PAIR_NOUNS,
    PAIR_OPENERS,
    PAIR_REACH,
    PLURAL_OPENING,
    SPOUSE_JOINED,
    SURNAME_PAIR,
    THEY_PRONOUNS,
    THEY_REACH,
    before_titles,
    in_closed_quotation,
    naming_opens_sentence,
)
from core.cast_protocols import CastRecord, GroupLookup, NameLookup
from core.document import Span, SpeakerKind
from core.name_runs import COUPLE, LISTED_BEFORE, THEY
from core.nominals import people_plural
from core.person import Person
from core.person_names import PLACE_PREPOSITIONS, name_words, normalise

NOUNS_PLACE = re.compile(  # "sisters from Glendale,", "nurses at Mercy Hospital," (a pair after)
    rf"\b[a-z]+[ \t\xa0]+(?:{'|'.join(sorted(PLACE_PREPOSITIONS))})"
    r"(?:[ \t\xa0]+[A-Z][\w.'-]*){1,4},$"
)


@runtime_checkable
class PairsCast(CastRecord, Protocol):
    """What :class:`PairResolver` reads of the cast: its records and these."""

    names: NameLookup
    groups: GroupLookup


class PairResolver:
    """Couples, families and pairs the cast's mentions may stand for, and which of two
    people "the former" or "the latter" means."""

    def __init__(self, cast: PairsCast) -> None:
        self.cast = cast

    def couple_nominal(self, description: str, at: int, speaking: bool = True) -> Person | None:
        """The first named of the couple "the couple" at ``at``, the subject of a speech
        verb, means: the man and the woman sharing a surname mentioned last before it, within
        ``COUPLE_REACH`` ("Lucinda Roe and her husband, Raymond, ... The couple said":
        Lucinda Roe; a couple speaks as one, the row goes to the first named, as for
        "they" after a pair, see :meth:`pair_named_before`). Their surname made plural
        ("The Gilchrists rarely speak", "the Kesslers said") means them too, as subject of
        any verb (see :meth:`_family_first`); "the couple" too where not ``speaking`` (the
        subject a later "they said" goes on with: "The couple traded a look. “...,” they
        said")."""
        if (family := FAMILY_PLURAL.fullmatch(description)) is not None:
            return self._family_first(normalise(family.group(1)), at)
        if normalise(description) != "couple":
            return None
        found = COUPLE_SAID.search(self.cast.text, max(0, at - 5), at + 30)
        if speaking and (found is None or found.group(1).lower() not in lexicons.cue_forms()):
            return None  # "The couple started a foundation that focuses on ...": no speaker
        if (family := self._family_written_last(at)) is not None:
            return self._family_first(normalise(family.group(1)), family.start())  # "The
            # Lefflers will caucus ... “...,” the couple said": not a couple named since
        return self._man_and_wife(at)

    def _family_written_last(self, at: int) -> re.Match[str] | None:
        """The surname made plural ("The Lefflers") where it is the last "the couple" or
        such surname written before ``at`` (see :meth:`_couple_written_last`); its match
        of :data:`FAMILY_PLURAL`."""
        last = self._couple_written_last(at)
        family = last and FAMILY_PLURAL.fullmatch(self.cast.text, last.start(1), last.end(1))
        return family or None

    @staticmethod
    def _bears_surname(person: Person, family: re.Match[str]) -> bool:
        """Does ``person`` bear the surname made plural in ``family`` ("the Orrs")?"""
        return name_words(person.name)[-1:] == [normalise(family.group(1))]

    def _man_and_wife(self, at: int, family: str = "") -> Person | None:
        """The first named of the man and the woman sharing a surname (``family``, where
        given) mentioned last before ``at``, within ``COUPLE_REACH``, or named there though
        no mention of them was counted ("Joana and Paulo Reis run a bakery": the subject's
        first only)."""
        since = self.cast.namings_before(at - COUPLE_REACH)
        upto = self.cast.namings_before(at)
        named = {id(p) for _, p in self.cast.namings[since:upto]}
        people = []
        for person in self.cast.recent_first(at):
            if self.cast.last_mention(person, at) < at - COUPLE_REACH and id(person) not in named:
                continue
            if person.kind == SpeakerKind.PERSON and person.full and person.gender:
                people.append(person)
        for k, one in enumerate(people):
            last = name_words(one.name)[-1:]
            if family and last != [family]:
                continue
            for other in people[k + 1 :]:
                if other.gender != one.gender and name_words(other.name)[-1:] == last:
                    pair = sorted((one, other), key=lambda p: self.cast.appearance[id(p)])
                    return pair[0]
        return None

    def _family_first(self, family: str, at: int) -> Person | None:
        """The couple the surname ``family`` made plural at ``at`` means ("Walt and Irene
        Sobczak ... The Sobczaks said": Walt Sobczak, the first named, as for "the
        couple"): the couple last written so ("X and Y Sobczak") within ``COUPLE_REACH``,
        else the man and the woman of that surname mentioned last (not their son, whom
        "the Khans" does not mean alone)."""
        j = self.cast.namings_before(at - COUPLE_REACH)
        k = self.cast.namings_before(at)
        for span, _ in reversed(self.cast.namings[j:k]):
            couple = self._couple_at(span)
            if couple is not None and normalise(couple.group(3)) == family:
                first = f"{couple.group(1)} {couple.group(3)}"  # made a person where the
                return self.cast.name(first, couple.start(1), recent=False)  # article never
                # names them in full
        return self._man_and_wife(at, family)

    def couple_before(self, at: int) -> Person | None:
        """The first of the couple a speaking "they" at ``at`` stands for, where "the
        couple" or their surname made plural ("the Kesslers") was written last within
        ``NEAR`` before it, with no one named since ("The couple said they would stay.
        “...,” they said"; see :meth:`couple_nominal`)."""
        last = self._couple_written_last(at)
        if last is None:
            return None
        return self.couple_nominal(last.group(1), last.start(), speaking=False)

    def _couple_written_last(self, at: int) -> re.Match[str] | None:
        """The last "the couple" or surname made plural ("the Kesslers") written within
        ``NEAR`` before ``at``, outside a quotation (not "“... the Colts,” the brothers
        said"), where no one is named between it and ``at``."""
        written = COUPLE_OR_FAMILY.finditer(self.cast.text, max(0, at - NEAR), at)
        last = next(
            (
                m
                for m in reversed(list(written))
                if not in_closed_quotation(self.cast.text, m.start(), at)
            ),
            None,
        )
        if last is None:
            return None
        k = self.cast.namings_before(last.start())
        return None if k < len(self.cast.namings) and self.cast.namings[k][0].start < at else last

    def both_before(self, gender: str | None, at: int) -> Person | None:
        """Whom "both women" or "the two men" before ``at`` means: the two people (of
        ``gender``, if given) named before it and mentioned last, the first named of them
        (a pair's row goes to its first); None where fewer than two are."""
        people = (p for p in self.cast.recent_first(at) if p.kind == SpeakerKind.PERSON)
        fits = (p for p in people if gender in (None, p.gender) and self._named_before(p, at))
        two = list(islice(fits, 2))
        if len(two) < 2:
            return None
        return min(two, key=lambda p: self.cast.first_naming_offsets.get(id(p), at))

    def _named_before(self, person: Person, at: int) -> bool:
        """Is ``person`` named before ``at``?"""
        return self.cast.first_naming_offsets.get(id(person), at) < at

    def plural_subject_before(self, at: int) -> Person | None:
        """The people a plural noun phrase opening the sentence before the pronoun "they"
        at ``at`` names as its subject ("The farmers, most of them growers, said ... |
        “...,” they said"; "Three nurses who spoke outside said ..."), past sentences that
        open with "They": a group, where its head is a plural noun of people by what they
        are or do, and no one is named from it to the pronoun."""
        sentences = self.cast.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        if here < 1 or self.cast.names.named_before_in_sentence(sentences[here], at):
            return None
        n = here - 1
        while n > 0 and here - n < CHAIN and self.cast.text.startswith("They ", sentences[n].start):
            n -= 1  # "They said they would return on Friday."
        found = PLURAL_OPENING.match(self.cast.text, sentences[n].start, sentences[n].end)
        if found is None or not people_plural(found.group(2)):
            return None
        if any(p.kind == SpeakerKind.PERSON for p in self.cast.mentioned_between(found.end(), at)):
            return None  # "The farmers met Gill. “...,” they said": maybe whom they met
        description = found.group(1).removeprefix("The ").removeprefix("the ")
        return self.cast.groups.group(description, SpeakerKind.ANONYMOUS, found.start())

    def pair_named_before(self, at: int) -> Person | None:
        """The first of two people named one after the other, joined by "and" ("Gordon and
        Elise Thibault", "The company's founders, Aditi Rao and Marcus Lindqvist,"), whom a
        speaking "they" at ``at`` stands for: they are the last people named before it,
        within ``NEAR``, no one else is mentioned since, and the pair opens its sentence
        or is set off by a comma (a couple or two partners speak as one; the row goes to
        the first named). A person named after the pair inside a sentence, not opening one
        ("Earl and Joyce Tidwell knocked on doors for Gov. Stuart Brennan."), leaves it the
        subject; two do where "they" is written between them and ``at`` ("They started in
        August.")."""
        k = self.cast.namings_before(at)
        named = [n for n in self.cast.namings[:k] if n[1].kind == SpeakerKind.PERSON]
        named = [n for j, n in enumerate(named) if j == 0 or n[0] != named[j - 1][0]]  # once
        if not named or at - named[-1][0].end > NEAR:
            return None
        passing: list[Span] = []  # named after the pair, inside a sentence
        while (pair := self._pair_ending(named)) is None and len(named) > 1 and len(passing) < 2:
            passing.append(named.pop()[0])
            if naming_opens_sentence(self.cast.text, passing[-1]):
                return None  # "... Brennan. Larrabee, a businessman, ...": a new subject
        if (
            pair is None
            or len(passing) > 1
            and not THEY.search(self.cast.text, passing[-1].end, at)
        ):
            return None
        before = self.cast.text[: pair[0]].rstrip(" \t\xa0")  # a paragraph's opening too
        if (
            before[-1:] not in PAIR_OPENERS
            and (titled := before_titles(self.cast.text, pair[0]))[-1:] in PAIR_OPENERS
        ):
            before = titled  # ". Mayor |Ada Roe and her husband, Al,"
        if before[-1:] not in PAIR_OPENERS or listed_before(before):
            return None  # "a study with Ada Roe and Al Poe", "are Ada Roe and Al Poe": not
            # the subject nor set off as one; "Brandy, Monica and Lauryn Hill": a list's end
        if passing and before[-1:] == ",":
            return None  # only a pair opening its sentence stays its subject
        other = named[-1][1]
        lo = bisect_left(self.cast.mentions, pair[0], key=lambda m: m[0])
        hi = bisect_left(self.cast.mentions, at, key=lambda m: m[0])
        for offset, person in self.cast.mentions[lo:hi]:
            if any(offset == span.start for span in passing):
                continue
            if (
                person is not pair[1]
                and person is not other
                and not THEY.match(self.cast.text, offset)
            ):
                return None  # someone else mentioned since (not by a "they" read before)
        return pair[1]

    def pair_meant(self, at: int, noun: str, gender: str | None = None) -> Person | None:
        """The first of the two people a definite plural nominal of ``noun`` at ``at``
        means ("Two election officials, Ada Pruett and Wes Harnish, ... “...,” the two
        officials said"; "Dale and Russ Orr ... the brothers said"; "two students, Kia
        Mensah and Ty Bell, ... the pair said"): the last two people named before it,
        within ``PAIR_REACH``, named one after the other joined by "and" (a place or a role
        beside either name), of ``gender`` where given, with no other person mentioned
        since. The pair opens its sentence, or ``noun`` ends the words before it ("two
        election officials, |"), or is "pair" or "couple" and the pair is set off by a
        comma: not "The lawyers pointed to two hopefuls, Al Roe and Bo Poe, ... the lawyers
        said". A pair speaks as one; the row goes to the first named, as for "they"
        (:meth:`pair_named_before`). Another family's surname made plural written since
        ("The Mosses will vote") is the couple meant (see :meth:`couple_nominal`)."""
        k = self.cast.namings_before(at)
        named = [n for n in self.cast.namings[:k] if n[1].kind == SpeakerKind.PERSON]
        named = [n for j, n in enumerate(named) if j == 0 or n[1] is not named[j - 1][1]]
        if not named or at - named[-1][0].end > PAIR_REACH:
            return None
        second, other = named[-1]
        one: Person | str
        if (couple := self._couple_written(second)) is not None:
            start, one = couple  # "Dale and Russ Orr": Dale Orr, named so nowhere yet
        elif len(named) > 1 and PAIR_JOINED.fullmatch(
            self.cast.text, named[-2][0].end, second.start
        ):
            start, one = named[-2][0].start, named[-2][1]
        elif (pair := self._pair_ending(named)) is not None:
            start, one = pair
        else:
            return None
        if len(named) > 2 and self.cast.text[named[-3][0].end : start].strip() in ("", ","):
            return None  # "Ada Roe, Al Poe and Bo Lee": a list's end, not a pair
        family = self._family_written_last(at)
        if family is not None and family.start() > start and not self._bears_surname(other, family):
            return None  # "... The Mosses will vote. “...,” the couple said": that couple
        before = before_titles(self.cast.text, start)
        written = re.findall(r"[\w'-]+", before[-60:].lower())[-4:]
        if not (
            before[-1:] in ("", ".", "—", "\n")
            or noun in written
            or noun in PAIR_NOUNS
            and before[-1:] == ","
        ):
            return None
        sexes = {
            other.gender,
            one.gender if isinstance(one, Person) else nlp.given_name_gender(one.split()[0]),
        }
        if gender is not None and not sexes <= {None, gender}:
            return None
        one = one if isinstance(one, Person) else self.cast.name(one, start, recent=False)
        for person in self.cast.mentioned_between(start, at - 1):
            if person.kind == SpeakerKind.PERSON and person is not one and person is not other:
                return None  # "... Ada Pruett and Wes Harnish. Gov. Ray Toll said": no pair
        return one

    def _couple_written(self, second: Span) -> tuple[int, str] | None:
        """Where the first of a couple written "Dale and | Russ Orr" is named and his name
        in full (the article may never name him so), whose second is named at ``second``:
        the first word a given name, not the end of a name nor a place after "of" ("Kia
        Mensah and Ty Bell", "Al Hask of Kentucky and Tom Roe")."""
        couple = self._couple_at(second)
        if couple is None or nlp.given_name_gender(couple.group(1)) is None:
            return None
        if NAME_OR_PLACE_ENDING.search(
            self.cast.text, max(0, couple.start(1) - 40), couple.start(1)
        ):
            return None
        return couple.start(1), f"{couple.group(1)} {couple.group(3)}"

    def former_or_latter(self, word: str, at: int) -> Person | None:
        """The person "the former" or "the latter" (``word``) at ``at`` stands for: the
        first or the second of the last two people named before it, where they are named
        one after the other joined by "and", a place or a role beside either name
        ("Gerald Fenwick and Omar Haddad served together ... “...,” the former said":
        Fenwick; "Al Hask of Kentucky and Tom Roe ... said the former")."""
        k = self.cast.namings_before(at)
        named = [n for n in self.cast.namings[:k] if n[1].kind == SpeakerKind.PERSON]
        pair = self._surname_pair_before(at, named[-1][0].start if named else 0)
        if pair is None and (len(named) < 2 or named[-1][1] is named[-2][1]):
            return None
        if pair is None:
            (first, one), (second, other) = named[-2:]
            if PAIR_JOINED.fullmatch(self.cast.text, first.end, second.start) is None:
                return None  # "Al Hask of Kentucky and Tom Roe": a place beside a name too
            pair = (one, other)
        return pair[0] if word == "former" else pair[1]

    def _surname_pair_before(self, at: int, since: int) -> tuple[Person, Person] | None:
        """The last two people written by their surnames alone joined by "and" between
        ``since`` (the last naming in full) and ``at``, each the one person named in full
        with that surname ("Blaine and Ruiz both spoke"), if any."""
        pairs = list(SURNAME_PAIR.finditer(self.cast.text, since, at))
        if not pairs:
            return None
        fits = [
            [
                p
                for p in self.cast.name_ends.get(normalise(surname), ())
                if p.full
                and p.kind == SpeakerKind.PERSON
                and name_words(p.name)[-1:] == [normalise(surname)]
            ]
            for surname in pairs[-1].groups()
        ]
        if any(len(f) != 1 for f in fits) or fits[0][0] is fits[1][0]:
            return None
        return fits[0][0], fits[1][0]

    def _pair_ending(self, named: list[tuple[Span, Person]]) -> tuple[int, Person] | None:
        """Where the first of a pair joined by "and" whose second is the last of ``named``
        is named, and who ("Gordon and | Elise Thibault", "Aditi Rao and | Marcus Lind",
        "Harlan Pruitt and his wife, | Celeste", "Ruth Ashby, a Democrat, and | Jan Coll")."""
        second, other = named[-1]
        pair = self._couple_first(second)
        if pair is None and len(named) > 1:
            first, one = named[-2]
            joined = COORDINATED.fullmatch(self.cast.text, first.end, second.start)
            joined = joined or SPOUSE_JOINED.fullmatch(self.cast.text, first.end, second.start)
            joined = joined or APPOSED_JOINED.fullmatch(self.cast.text, first.end, second.start)
            pair = (first.start, one) if joined else None
        return None if pair is None or pair[1] is other else pair

    def _couple_first(self, second: Span) -> tuple[int, Person] | None:
        """Where the first of a couple is named and who, where ``second`` is the naming of
        the second ("Gordon and | Elise Thibault": Gordon Thibault, named so nowhere)."""
        if (couple := self._couple_at(second)) is None:
            return None
        full = name_words(f"{couple.group(1)} {couple.group(3)}")
        people = self.cast.name_ends.get(full[0], []) if full else []
        found = [p for p in people if name_words(p.name) == full]
        return (couple.start(1), found[0]) if found else None

    def _couple_at(self, second: Span) -> re.Match[str] | None:
        """The couple written "Walt and | Irene Sobczak" whose second is named at
        ``second``, if any (:data:`COUPLE`)."""
        for couple in COUPLE.finditer(self.cast.text, max(0, second.start - 40), second.end):
            if couple.start(2) == second.start:
                return couple
        return None

    def they_person(self, at: int) -> Person | None:
        """The person a singular "they" at ``at`` refers to: one the article says uses
        "they" of themselves, named in the clause just before that statement ("Sam Okafor,
        who uses they/them pronouns, said"), and mentioned within ``NEAR`` before ``at``."""
        for said in THEY_PRONOUNS.finditer(self.cast.text, 0, at):
            k = self.cast.namings_before(said.start() + 1)
            named = [
                person
                for span, person in self.cast.namings[max(0, k - 3) : k]
                if person.kind == SpeakerKind.PERSON and said.start() - span.end <= THEY_REACH
            ]
            if named and at - self.cast.last_mention(named[-1], at) <= NEAR:
                return named[-1]
        return None


def listed_before(before: str) -> bool:
    """Does ``before``, the text before a pair, end in a capitalised word and a comma that
    opens a list the pair ends ("Brandy, |Monica and Lauryn Hill")? Not a place after a
    noun's preposition: "Two sisters from Glendale, |Rosa and Imelda Garza," and "Two nurses
    at Mercy Hospital, |..." set the pair off after the noun it names."""
    return LISTED_BEFORE.search(before) is not None and not NOUNS_PLACE.search(before)
