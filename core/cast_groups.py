"""Groups, organisations and anonymous sources of one article's :class:`~core.speakers.Cast`:
whom a description that names no one person stands for ("a senior official", "the
company", "its spokesman"), and the bodies the article names.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from core import lexicons, nlp
from core.cast_patterns import AGENT_END, APPOSED_GAP, FULL_NAME_REACH, sentence_case_undone
from core.cast_protocols import CastRecord, NameLookup, PairLookup, PronounLookup
from core.document import SpeakerKind
from core.kind_evidence import speaks_for_owner
from core.nominals import CHANNEL_NOUNS, DOCUMENT_NOUNS, PRONOUN_OF_OWNER, person_head
from core.organisation_names import (
    another_described,
    body_fits,
    last_apposed_body,
    looks_like_organisation,
    singulars,
)
from core.person import Person, named_body, thing_described
from core.person_names import (
    OWNED_ORGANISATION_HEADS,
    after_capitalised,
    family_name_first,
    normalise,
)
from core.quotes import leaves_open


@runtime_checkable
class GroupsCast(CastRecord, Protocol):
    """What :class:`GroupResolver` reads of the cast: its records and these."""

    names: NameLookup
    pairs: PairLookup
    pronouns: PronounLookup


class GroupResolver:
    """The cast's groups and organisations: one per kind and description, the bodies named
    and not heard, and what an organisation's noun or short name refers back to."""

    def __init__(self, cast: GroupsCast) -> None:
        self.cast = cast
        self._groups: dict[tuple[SpeakerKind, str], Person] = {}  # by kind and description
        self._organisations: list[tuple[int, str, bool]] = []  # named, unspoken: name_body

    def group(self, description: str, kind: SpeakerKind, at: int) -> Person:
        """An organisation or an anonymous source, as the article describes it."""
        if kind == SpeakerKind.ANONYMOUS:
            description = sentence_case_undone(description)
            if (owner := self._pronoun_owner(description, at)) is not None:
                self.cast.mention(at, owner)
                return owner  # "her Twitter account posted": hers, as "Bush's post" is his
            words = description.split()
            family_first = len(words) == 2 and family_name_first(words, 0)
            named = self.cast.names.find_named(description, at) if family_first else None
            named = (
                named or self._apposed(description, at) or self.cast.names.of_elder(description, at)
            )
            named = named or self.cast.pairs.couple_nominal(description, at)
            if named is not None:
                self.cast.mention(at, named)
                return named  # "Ban Ki-moon, the secretary general": a name
        if kind == SpeakerKind.ORGANISATION:
            description = self._placed_in_full(description, at)
        key = normalise(description)
        person = self._groups.get((kind, key))
        if person is None or person.kind != kind or normalise(person.name) != key:
            person = Person(name=description, kind=kind, full=True)
            self.cast.add(person)
            self._groups[(kind, key)] = person
        self.cast.mention(at, person)
        return person

    def _placed_in_full(self, description: str, at: int) -> str:
        """An organisation named by what follows a place in its name ("the Post", "the
        Times", "the Journal"), where the article wrote it in full in reach before
        ``at`` with one place only ("The Washington Post", "The New York Times"): the name in full,
        as "Sanders" is Bernie Sanders. A name listed in its own right ("Senate") stays."""
        words = description.split()
        if re.fullmatch(r"[A-Z]{2,5}", description):
            return self._spelt_out(description, at)
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return description
        if nlp.listed_kind(words):
            return description
        if not after_capitalised(self.cast.text, description, max(0, at - FULL_NAME_REACH), at):
            return description  # not after a capital's word in reach: no pattern compiled
        placed = re.compile(
            rf"\b((?:[A-Z][\w.\-]*[ \t\xa0]+){{1,3}}){re.escape(description)}\b(?!['\u2019])"
        )
        found = set()
        for match in placed.finditer(self.cast.text, max(0, at - FULL_NAME_REACH), at):
            before = match.group(1).split()
            k = next((k for k in range(len(before)) if nlp.listed_kind(before[k:])), None)
            if k is not None and nlp.listed_kind(before[k:]) == "place":
                found.add(" ".join([*before[k:], *words]))
        return found.pop() if len(found) == 1 else description

    def _spelt_out(self, acronym: str, at: int) -> str:
        """An organisation's initials ("AP", "FBI", "DNC") where the article spelt out, in
        reach before ``at``, one organisation's name of those initials, listed or holding an
        organisation's word ("the Associated Press", "the Democratic National Committee"):
        that name, one row for both; else the initials."""
        word = r"(?:[ \t\xa0]+(?:of|for|and|the)?[ \t\xa0]*[A-Z][\w.\-]*)"
        run = rf"[A-Z][\w.\-]*{word}{{{len(acronym) - 1},{len(acronym) + 2}}}"
        found = set()
        for match in re.finditer(run, self.cast.text[max(0, at - FULL_NAME_REACH) : at]):
            words = match.group(0).split()
            for i in range(len(words)):
                for j in range(len(words), i + 1, -1):
                    name = words[i:j]
                    initials = "".join(w[0] for w in name if w[0].isupper())
                    if initials == acronym and (
                        nlp.listed_kind(name) == "organisation"
                        or looks_like_organisation(" ".join(name))
                    ):
                        found.add(" ".join(name))
        return found.pop() if len(found) == 1 else acronym

    def _apposed(self, description: str, at: int) -> Person | None:
        """The person named just before a description that stands beside their name as
        an appositive closed by a comma ("Harlan Crow, a Texas developer, who had
        supported ...") or a relative clause ("Jolly, who was elected ..."); not a speaker
        set between commas ("Clinton, a top aide said, ...")."""
        span, person = self.cast.last_naming(at) or (None, None)
        if span is None or person.kind != SpeakerKind.PERSON or span.end > at:
            return None
        if APPOSED_GAP.fullmatch(self.cast.text, span.end, at) is None:
            return None
        words = description.split()
        first = words[0].lower() if words else ""
        if first == "who":
            return person
        if first not in {"a", "an", "the"}:
            return None
        last = words[-1]
        end = self.cast.text.find(last, at)
        return person if end >= 0 and self.cast.text.startswith(",", end + len(last)) else None

    def _pronoun_owner(self, description: str, at: int) -> Person | None:
        """The person a description owned by "his" or "her" speaks for, a document, a
        speech act or a channel they write in ("her Twitter account", "his Facebook post",
        "his response", "her warning"; not "her spokesman", "his campaign", "her aides"
        or "his eyes"): whom the pronoun refers to (see :meth:`pronoun`)."""
        words = description.split()
        pronoun = PRONOUN_OF_OWNER.get(words[0].lower(), "") if len(words) > 1 else ""
        if not pronoun:
            return None
        head = words[-1].lower()
        if head not in DOCUMENT_NOUNS | CHANNEL_NOUNS and not lexicons.speech_act(head):
            return None  # "his eyes gleaming", "his enduring image": not what speaks
        if not speaks_for_owner(words[1:]):
            return None
        person = self.cast.pronouns.pronoun(pronoun, at)
        return person if person is not None and person.kind == SpeakerKind.PERSON else None

    def organisation_before(self, head: str, at: int, reach: int) -> Person | None:
        """The organisation a definite noun ``head`` at ``at`` that names none ("the
        company said", "the group wrote") refers back to: the one the article mentioned
        last, in the noun's sentence or the one before (a subject read there), within its
        paragraph or the one before and ``reach`` characters, by a name of its own
        ("Twitter said ... the company said"); none if the last mention of what is not a
        person is a common noun only or no organisation ("a group of voters"). Not for a
        noun that names an organisation by its owner ("the campaign", "the
        administration": someone's, see ``organisation_antecedents.organisation_named_by``)."""
        if head in OWNED_ORGANISATION_HEADS:
            return None
        end = self.cast.text.rfind("\n", 0, at)  # the break before the noun's paragraph
        while end > 0 and self.cast.text[end - 1] in "\n \t":
            end -= 1  # blank lines
        begin = max(at - reach, self.cast.text.rfind("\n", 0, max(end, 0)) + 1)
        k = bisect_right(self.cast.subject_reads, at, key=lambda r: r.sentence.start) - 1
        if k >= 0 and self.cast.subject_reads[k].sentence.end > at:
            k -= 1  # the noun's own sentence: the one before it
        begin = max(begin, self.cast.subject_reads[k].sentence.start if k >= 0 else 0)
        named_at, name = next(
            (
                (o, n)
                for o, n, opens in reversed(self._organisations)
                if begin <= o < at and (opens or head != "it") and body_fits(n, head)
            ),
            (-1, ""),
        )
        for offset, person in self.cast.mentioned_back(at, begin):
            if offset < named_at:
                break  # an organisation named since, that has not spoken
            if offset < named_at + len(name):
                continue  # a piece of its name ("com" of "GunBroker.com" read alone)
            if head in ("it", "company", "firm") and self._short_organisation_name(person):
                return person  # "Skylark Air canceled ... Skylark said ... “…,” it said"
                # (or "the company said")
            if thing_described(person):
                continue  # "... after a state test found E. coli": no one "the company" means
            said = person.name.split()[-1].lower()
            if person.kind == SpeakerKind.ANONYMOUS and (
                person_head(said) or said in lexicons.person_nouns()
            ):
                continue  # "The mayor has not replied", "a narrator says": a person, no body
            if person.kind != SpeakerKind.PERSON:
                named = named_body(person)
                if leaves_open(self.cast.text[offset:at]):
                    return None  # the noun inside a quotation: the quoted one's words
                return person if named else None
        if named_at < 0 or leaves_open(self.cast.text[named_at:at]):
            return None
        if another_described(self.cast.text, head, named_at + len(name), at):
            return None  # "UnitedHealth Group ... the trade group for the Blue Cross plans
            # ... the group wrote": the one described since, not the one named
        return self.group(name, SpeakerKind.ORGANISATION, named_at)

    def names_organisation(self, name: str, at: int) -> bool:
        """Has the article named an organisation ``name`` before ``at``, read as one by
        its grammar (:meth:`name_body`) or speaking as one ("Pew Research said")?"""
        return any(o < at and n == name for o, n, _ in self._organisations) or any(
            p.kind == SpeakerKind.ORGANISATION and p.name == name for p in self.cast.people
        )

    def name_body(self, at: int, name: str, opens: bool) -> None:
        """Know that the article names an organisation ``name`` at ``at``, outside any
        quotation, so that "the company said" after it may refer to it before it has
        spoken (:meth:`organisation_before`), and "it said" where the name ``opens`` its
        sentence ("Acme Holdings announced ..."); no mention, so no candidate speaker."""
        insort(self._organisations, (at, name, opens), key=lambda o: o[0])

    def organisation_of_word(self, words: Sequence[str], at: int, reach: int) -> Person | None:
        """The organisation a definite lower-case description ``words`` (no determiner) at
        ``at`` names by the kind its name ends in: the description's head is that last
        word or its singular ("Linden Grove Markets ... the market said", "the National
        Golf Foundation ... the foundation predicts"; "the national unions" are more than
        the "Chicago Teachers Union"), or, in a description
        of two words whose head is no agent noun ("the ferry regulator" is another), the
        first is the singular of that last word, a plural, as a noun before a noun is
        ("Sound Island Ferries said ... the ferry line said"; not "news" of "Fox News").
        The last one the article named so within ``reach`` characters and past its
        headline, by a capitalised name of two words or more read as an organisation."""
        said = [w.lower() for w in words]
        attributive = len(said) == 2 and not AGENT_END.search(said[-1])
        begin = max(at - reach, self.cast.text.find("\n") + 1)  # past the headline's capitals
        for _, person in self.cast.mentioned_back(at, begin):
            name = person.name.split()
            if person.kind != SpeakerKind.ORGANISATION or len(name) < 2:
                continue
            last = name[-1].lower()
            if not (name[0][:1].isupper() and name[-1][:1].isupper()):
                continue  # "a deadlocked Supreme Court": no name
            if said[-1] in (last, *singulars(last)) or attributive and said[0] in singulars(last):
                return person
        return None

    def apposed_organisation(self, head: str, at: int, reach: int) -> Person | None:
        """The organisation a definite description of a body ("the company", "the
        union") at ``at`` names where the article set its name beside the same noun as
        an appositive, there or within ``reach`` characters before: "The company,
        Atlantic Breeze Power, said ...", "The pilots' union, the Sunward Pilots
        Association, denied ... “...,” the union said", "The fashion house that sponsored
        the show, Maison Verlaine, said". None if a person is named there."""
        begin = max(at - reach, self.cast.text.find("\n") + 1)
        stop = min(len(self.cast.text), at + 200)  # the name set off after the noun at ``at``
        found = last_apposed_body(self.cast.text, head, begin, stop, at)
        if found is None:
            return None
        name, at_name = found
        named = self.cast.namings[self.cast.namings_before(at_name) :]
        if named and named[0][0].start == at_name and named[0][1].kind != SpeakerKind.PERSON:
            return named[0][1]
        if nlp.is_first_name(name.split()[0]) or nlp.is_title(name.split()[0]):
            return None  # "the firm, Ann Lowry, ...", "the group, Councillor Tom Harwell,": a
            # person; but not "the fashion house ..., Maison Verlaine,", which the cheap pass
            # may read as one
        return self.group(name, SpeakerKind.ORGANISATION, at_name)

    def body_of_same_noun(self, head: str, at: int, reach: int) -> Person | None:
        """The organisation a definite noun ``head`` at ``at`` ("the ministry") refers to
        where nothing named is in its reach, but the same noun, definite, named a body the
        article read before it within ``reach`` characters ("China's foreign ministry said
        ... the ministry said ... The ministry later added"): that body, the noun's nearest
        earlier use first; none if that use named nothing by a capitalised name or sits in
        a quotation (the quoted one's words), or if another body of the kind is named
        ("Acme Rail said") or described ("another ministry") since."""
        begin = max(at - reach, self.cast.text.find("\n") + 1)
        same = re.compile(rf"[Tt]he[ \t\xa0]+{re.escape(head)}\b")
        others: list[str] = []  # the bodies mentioned since, by name
        for offset, person in self.cast.mentioned_back(at, begin):
            if not same.match(self.cast.text, offset):
                if named_body(person):
                    others.append(person.name)
                continue
            named = named_body(person)
            if not named or leaves_open(self.cast.text[offset:at]):
                return None
            since = others + [n for o, n, _ in self._organisations if offset < o < at]
            if any(n != person.name and body_fits(n, head) for n in since):
                return None
            if another_described(self.cast.text, head, offset + len(head) + 4, at):
                return None
            return person
        return None

    def _short_organisation_name(self, person: Person) -> bool:
        """Is ``person``, read as a person, one capitalised word that is no listed first
        name, never after an honorific, and that the article also writes opening a longer
        name (a capitalised word after it, no first name or title: "Skylark" beside
        "Skylark Air canceled ..."), so an organisation's short name, which "it" may mean?"""
        name = person.name
        if person.kind != SpeakerKind.PERSON or " " in name or not name[:1].isupper():
            return False
        word = re.escape(name)
        if nlp.is_first_name(name) or re.search(rf"\b(?:Mr|Ms|Mrs|Dr)\.? {word}\b", self.cast.text):
            return False
        longer = re.findall(rf"\b{word} ([A-Z][\w&]*)\b", self.cast.text)
        return any(not nlp.is_first_name(w) and not lexicons.is_title_word(w) for w in longer)
