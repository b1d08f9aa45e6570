"""Nominals to people in an article's :class:`~core.speakers.Cast`: whom "the senator", "the
campaign's spokesman", "his wife", "the official" or "the challenger" refers to.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol, runtime_checkable

from core import lexicons, nlp
from core.cast_patterns import (
    ANOTHERS_ROLE,
    ANOTHERS_ROLE_AFTER,
    ANOTHERS_ROLE_BEFORE,
    APPOSED_LATER_REACH,
    BREAKS,
    COORDINATED_CLAUSE,
    DEFINITE_LEDE,
    DESCRIBED_BEFORE,
    DESCRIBED_NAMED,
    IDENTIFYING_COPULA,
    INDEFINITE_OPENING,
    KIN_APPOSED,
    KIN_RECIPROCAL,
    NEAR,
    NOUN_PRONOUN,
    OBJECT_OF_PREPOSITION,
    PARTY_OF_ROLE,
    POSSESSIVE_AFTER,
    QUOTED_JUST_BEFORE,
    RANK_AFTER,
    RANK_BEFORE,
    RANKS,
    TITLED_OPENING,
    UNNAMED_NOMINAL,
    WHOSE_KIN,
    WRITER_BEFORE,
    YOUNG_AGES,
    SubjectRead,
    marks_left_open,
    naming_opens_sentence,
    noun_phrase_subject,
)
from core.cast_protocols import CastRecord, GroupLookup, NameLookup, PronounLookup
from core.dates import WEEKDAYS
from core.document import Span, SpeakerKind
from core.generations import age_and_generation
from core.kind_evidence import OWNED_HEADS, kin_noun, noun_gender
from core.name_runs import POSSESSIVE
from core.nominals import (
    DESCRIBED_AFTER,
    NOMINAL_REACH,
    PRONOUN_OF_OWNER,
    described_before,
    described_unread,
    description_head,
    does_as_verb,
    holds_office,
    holds_public_office,
    in_appositive,
    incumbent_at,
    indefinite_of,
    introduces,
    kin_apposed,
    kin_role,
    modifiers_before,
    named_modifiers,
    nominal_head,
    office_head,
    owned_by_other,
    person_head,
    race_between,
    race_owned,
    role_fits,
    role_head,
    role_names,
    role_words,
    roles_fitting,
    titles_naming,
    unnamed_before,
    unnamed_introduction,
)
from core.person import (
    PARTY_WORDS,
    PRONOUN_GENDER,
    Person,
    is_group,
    may_be_he_or_she,
    person_of_gender,
)
from core.person_names import (
    DATELINE,
    STATE_DATELINE,
    name_words,
    singular_person,
    surname,
    times_written,
)
from core.quotes import leaves_open
from core.roles import mention_roles


@runtime_checkable
class NominalsCast(CastRecord, Protocol):
    """What :class:`NominalResolver` reads of the cast: its records and these."""

    names: NameLookup
    pronouns: PronounLookup
    groups: GroupLookup

    def owned_name(self, person: Person, head: str) -> str: ...


class NominalResolver:
    """Whom a definite description, a relative's noun or an unnamed source's noun means."""

    def __init__(self, cast: NominalsCast) -> None:
        self.cast = cast
        self._written_roles: dict[int, list[str]] = {}  # see given_as_role
        self._noun_subjects: dict[int, str | None] = {}  # see _noun_subject
        self._alias_matches: dict[str, list[re.Match[str]]] = {}  # see _written_before

    def unnamed_source(self, head: str, at: int) -> Person | None:
        """The unnamed source a definite ``head`` at ``at`` that names no one refers back
        to, the one an indefinite noun phrase of that head introduced before it ("A senior
        campaign official, briefing reporters, said ... “...,” the official said"): the
        anonymous source read at that phrase, else one for it. None if no such phrase, or
        if another unnamed source was mentioned since ("telling one person close to her
        ..." then "said a longtime adviser ... “...,” the person added": the adviser); a
        group of unnamed people since ("A senior adviser said several donors had asked him
        to quit. “...,” the adviser said") is no one a singular noun could mean."""
        found = unnamed_introduction(self.cast.text, head, at)
        if found is None:
            return self._last_unnamed_one(at) if head == "person" else None
        for offset, person in self.cast.mentioned_back(at, found.start()):
            if person.kind != SpeakerKind.ANONYMOUS or offset >= found.end() and is_group(person):
                continue
            if offset >= found.end() and not person_head(person.name.split()[-1].lower()):
                continue  # a thing read as a mention ("because the investigation is")
            if offset >= found.end():
                return None  # another unnamed source, nearer
            return person  # "a spokesman for the ministry", as its own quotation read it
        return self.cast.groups.group(found.group(0), SpeakerKind.ANONYMOUS, found.start())

    def unnamed_since(self, person: Person, head: str, at: int) -> Person | None:
        """The unnamed source (:meth:`unnamed_source`) a definite ``head`` at ``at`` refers
        back to where the indefinite phrase introducing it comes after ``person``'s last
        mention: "the official, Naomi Whitfield, ... Whitfield replied. ... An election
        official in Arizona, who ..., said ... “...,” the official said" is the unnamed one."""
        found = unnamed_introduction(self.cast.text, head, at)
        if found is None or found.start() <= self.cast.last_mention(person, at):
            return None
        return self.unnamed_source(head, at)

    def _last_unnamed_one(self, at: int) -> Person | None:
        """The unnamed source "the person" or "that person" at ``at`` means where no "a
        person" introduced one: the nearest one unnamed source mentioned in reach, of any
        noun ("Another source familiar with his thinking said ... the person added"; "One
        of the people said ... that person said"), not a group nor a bare noun read alone."""
        for _, person in self.cast.mentioned_back(at, max(0, at - NOMINAL_REACH)):
            if person.kind == SpeakerKind.ANONYMOUS and " " in person.name:
                return None if is_group(person) else person
        return None

    def family_unnamed(self, owner: Person) -> bool:
        """Does the article name ``owner`` in full and no one else with their surname?"""
        words = name_words(owner.name) if owner.full else []
        return bool(words) and all(
            p is owner or name_words(p.name)[-1:] != words[-1:]
            for p in self.cast.name_ends.get(words[-1], ())
        )

    def relative(self, owner: Person, gender: str, before: int | None = None) -> Person | None:
        """The one person other than ``owner`` the article names in full with the
        owner's surname, of ``gender`` (and named before ``before``, if given): whom a kin
        noun of the owner's ("his son", "my mom") means; None where none or several."""
        words = name_words(owner.name) if owner.full else []
        if not words:
            return None
        kin = [
            p
            for p in self.cast.name_ends.get(words[-1], ())
            if p is not owner
            and p.full
            and name_words(p.name)[-1:] == words[-1:]
            and person_of_gender(p, gender)
            and (before is None or self.cast.first_naming_offsets.get(id(p), before) < before)
        ]
        return kin[0] if len(kin) == 1 else None

    def owned_kin(self, owner: Person | None, noun: str, at: int) -> Person | None:
        """The relative a kin ``noun`` of ``owner``'s means at ``at`` ("his mother", "Her
        daughter"): the one person named before ``at`` whose role the article writes as
        that relative ("Her daughter, Dr. Lena Hartwell,", "his brother Alan Reyes";
        whoever the pronoun's owner is taken to be), else the one other person of
        the owner's surname and the noun's gender (:meth:`relative`). None where several
        fit; with no ``owner`` ("Their nephew"), only the one whose role is written so."""
        if (gender := noun_gender(noun)) is None:
            return None
        k = self.cast.namings_before(at + 1)
        owned = {
            id(p): p
            for span, p in self.cast.namings[:k]
            if person_of_gender(p, gender)
            and (
                any(kin_role(r, noun) for r in p.roles + self._roles_written(span))
                or kin_apposed(self.cast.text, span, noun)
            )
        }
        if len(owned) == 1:
            return next(iter(owned.values()))
        return None if owned or owner is None else self.relative(owner, gender, at)

    def _roles_written(
        self, span: Span, roles_at: Callable[[int, int], Iterable[str]] | None = None
    ) -> list[str]:
        """The roles the article writes at the naming ``span``, as ``roles_at`` (by default
        the attribution's reader, ``self.cast.roles_at``) reads them, read once per naming; none
        where no reader is given."""
        reader = roles_at or self.cast.roles_at
        if reader is None:
            return []
        if span.start not in self._written_roles:
            self._written_roles[span.start] = list(reader(span.start, span.end))
        return self._written_roles[span.start]

    def of_family(self, owner: Sequence[str], gender: str) -> bool:
        """Does the article name someone of ``gender`` by the surname of the possessive in
        ``owner`` ("Donald Trump's eldest"): a relative a kin noun of the owner's may be?"""
        owned = [w for w in owner if re.search(r"['\u2019]s?$", w)]
        surname = name_words(re.sub(r"['\u2019]s?$", "", owned[-1])) if owned else []
        return bool(surname) and any(
            person_of_gender(p, gender) and p.full and name_words(p.name)[-1] == surname[-1]
            for p in self.cast.name_ends.get(surname[-1], ())
        )

    def unnamed_antecedent(self, gender: str, at: int) -> Person | None:
        """Where the article names no one a pronoun of ``gender`` may mean, the person
        a definite nominal of its paragraph, in reach before ``at`` and outside any
        quotation, describes ("When I put this to the housing minister, she waved it
        away"): the latest whose head is a role noun of no other gender."""
        start = max(self.cast.text.rfind("\n", 0, at) + 1, at - NEAR)
        found: list[str] = []
        for match in UNNAMED_NOMINAL.finditer(self.cast.text, start, at):
            if leaves_open(self.cast.text[start : match.start()]):
                continue  # inside a quotation: someone the speaker speaks of
            words = match.group(1).split()
            k = next((k for k in range(len(words) - 1, -1, -1) if nominal_head(words[k])), -1)
            if k >= 0 and noun_gender(words[k]) in (None, gender):
                found = words[: k + 1]
        return self.cast.groups.group(" ".join(found), SpeakerKind.ANONYMOUS, at) if found else None

    def nominal(self, head: str, at: int, words: Sequence[str] = ()) -> Person | None:
        """The person whose role this article gives as ``head`` ("the minister"); ``words``
        are the nominal's words as written. Only people the article names before it: "the
        senator" does not point ahead to a senator named later. One whose every fitting
        role or nominal puts another noun before the head is another office ("the energy
        minister" is not Joseph Mwangi, taken for "the finance minister"). Where the
        nominal's own words before its head are written in the role of one who fits and not
        in a more recent one's, that one is meant. A party's noun alone ("the Republican")
        is the one member of that party (:meth:`of_party`)."""
        if len(words) == 2 and (member := self.of_party(head, at)) is not None:
            return member
        fitting = [
            person
            for person in self.cast.recent_first(at)
            if person.kind == SpeakerKind.PERSON and person.matches_nominal(head, words)
        ]
        fitting = [p for p in fitting if not p.written_otherwise(head, words)]
        fitting = [p for p in fitting if not self._of_party_unwritten(p, words, at)]
        modifiers = modifiers_before(head, words)
        if modifiers and len(fitting) > 1:
            written = [p for p in fitting if p.written_with(modifiers)]
            fitting = written + [p for p in fitting if p not in written]
        if modifiers and self.cast.roles_at and not any(p.written_with(modifiers) for p in fitting):
            so = self.described(head, at, words, self.cast.roles_at, written_so=True)
            if so is not None:
                return so  # "Crewe's spokesman said" after "the spokesman" was taken to be
                # Tilley: the one whose role is written "Sen. Alan Crewe's spokesman"
            owners = named_modifiers(head, words)
            fitting = [p for p in fitting if not self._owned_by_another(p, owners, at)]
        if len(fitting) > 1 and (one := self.cast.pronouns.the_one_asked(None, at)) in fitting:
            fitting.remove(one)  # "X asked Estes to respond. “...,” the former governor
            fitting.insert(0, one)  # said": of two former governors, the one asked
        for person in fitting:
            if any(self.cast.text.rfind(alias, 0, at) >= 0 for alias in person.aliases):
                if any(role_fits(said, head, words) for said in person.nominals):
                    return person  # the article calls them so already: "the senator" again
                return self._salient_over(person, head, at)
        return None

    def _of_party_unwritten(self, person: Person, words: Sequence[str], at: int) -> bool:
        """Does the article give ``person`` another party than the one a word before the
        nominal's head names ("The Republican nominee, Wade Collier," is not "the Democratic
        nominee")?"""
        before = " ".join(words[:-1])
        parties = [party for party, given in PARTY_OF_ROLE.items() if given.search(before)]
        return any(self.of_another_party(person, party, at) for party in parties)

    def of_party(self, head: str, at: int) -> Person | None:
        """The one person mentioned before ``at`` whom the article gives the party that
        ``head`` names ("the Democrat" after "Voss, a Democrat who ...", "Democrat Tom
        Hadley" or "Sen. Harlan Voss (D-Nev.)"); None where no one, or more than one, is."""
        if head.lower() not in PARTY_OF_ROLE:
            return None
        named = (p for p in self.cast.recent_first(at) if self.cast.mention_count(p, at))
        members = [p for p in named if self._party_given(p, head, at)]
        return members[0] if len(members) == 1 else None

    def of_another_party(self, person: Person, head: str, at: int) -> bool:
        """Does the article give ``person`` before ``at`` a party, and not the one the
        party's noun ``head`` names ("Sen. Gregory Tallis, R-Nev.," is not "the Democrat")?"""
        others = [party for party in PARTY_OF_ROLE if party != head.lower()]
        return (
            head.lower() in PARTY_OF_ROLE
            and any(self._party_given(person, party, at) for party in others)
            and not self._party_given(person, head, at)
        )

    def _party_given(self, person: Person, head: str, at: int) -> bool:
        """Does a role the article gives ``person`` at a mention of their name before
        ``at`` give the party ``head`` names (PARTY_OF_ROLE)?"""
        given = PARTY_OF_ROLE.get(head.lower())
        if given is None or person.kind != SpeakerKind.PERSON:
            return False
        roles: list[str] = []
        names = {*map(str.lower, person.aliases), *name_words(person.name)[-1:]}
        for alias in names if self.cast.roles_at is not None else ():
            if len(self.cast.name_ends.get(alias, [])) > 1:
                continue  # a surname two people share: whose role it is is unsure
            for found in self._written_before(alias, at):
                if found.group()[:1].isupper():
                    roles += self._roles_written(Span(found.start(), found.end()))
        return any(given.search(role) for role in roles)

    def _written_before(self, alias: str, at: int) -> list[re.Match[str]]:
        """The matches of ``alias`` as a word in any case that ``re.finditer`` finds in
        the text before ``at``: those of the whole text (found once an article) ending
        before ``at``, and one ending at ``at`` after them (a word there as the text cut at
        ``at`` reads it)."""
        pattern = re.compile(rf"\b(?i:{re.escape(alias)})\b")
        every = self._alias_matches.get(alias)
        if every is None:
            every = self._alias_matches[alias] = list(pattern.finditer(self.cast.text))
        at = min(at, len(self.cast.text))
        found = every[: bisect_left(every, at, key=lambda m: m.end())]
        start = at - len(alias)
        after = found[-1].end() if found else 0
        if after <= start and (last := pattern.match(self.cast.text, start, at)):
            found.append(last)
        return found

    def _owned_by_another(self, person: Person, owners: AbstractSet[str], at: int) -> bool:
        """Is ``person`` named before ``at`` with a role a named owner holds who is none of
        the nominal's ``owners`` ("Sen. Alan Crewe's spokesman, Jared Flint," is not "the
        Whitaker campaign's spokesman")?"""
        k = self.cast.namings_before(at + 1)
        for span, named in self.cast.namings[:k]:
            if named is not person:
                continue
            if any(owned_by_other(role, owners) for role in self._roles_written(span)):
                return True
        return False

    def given_as_role(
        self, head: str, at: int, roles_at: Callable[[int, int], Iterable[str]]
    ) -> bool:
        """Has the article given ``head``, a noun no list knows as a person's, as the head
        of the role of someone it names before ``at`` ("Olav Brekke, a ferryman, ..."
        before "the ferryman said")? ``roles_at`` gives the roles written at a naming. The
        head is the role's last word before any preposition ("director of the group" has
        "director", not "group")."""
        organisation = head in lexicons.ORGANISATION_HEADS
        if not head.isalpha() or organisation or head in lexicons.speech_nouns():
            return False  # "the statement said": whose words, not who (see Authorship.author_of)
        if head.endswith("s") and not head.endswith("ss") or head in lexicons.function_words():
            return False  # "the polls", "his": no one's role
        k = self.cast.namings_before(at + 1)
        j = self.cast.namings_before(at - NOMINAL_REACH + 1)
        seen: set[int] = set()
        for span, person in self.cast.namings[j:k]:
            if span.end > at or person.kind != SpeakerKind.PERSON or span.start in seen:
                continue
            seen.add(span.start)  # a naming is read more than once
            if any(role_head(role) == head for role in person.roles):
                return True
            if not (
                in_appositive(self.cast.text, span.end, head)
                or titles_naming(self.cast.text, span.start, head)
                or described_before(self.cast.text, span.start, head)
            ):
                continue  # the roles written there, read only where the noun stands by it
            if any(role_head(role) == head for role in self._roles_written(span, roles_at)):
                return True
            if described_unread(self.cast.text, span, head):
                return True  # "A city inspector, Marguerite Blaise,"
        return False

    def owner_campaign(self, at: int, head: str = "campaign") -> str:
        """ "his campaign sent out a fundraising email": the ``head`` (campaign, office,
        team: :data:`OWNED_HEADS`) of the person "his" refers to, named as "the Sanders
        campaign" would be; "" where the word before ``at`` is no such pronoun or it
        refers to no one named."""
        person = self._campaign_owner(at)
        return self.cast.owned_name(person, head) if person is not None else ""

    def _campaign_owner(self, at: int) -> Person | None:
        """The person named in full whom the "his" or "her" just before ``at`` refers to."""
        owner = re.search(r"\b(his|her)\s+$", self.cast.text[max(0, at - 8) : at], re.IGNORECASE)
        if owner is None:
            return None
        start = at - len(owner.group(0)) + (owner.start(1) - owner.start(0))
        person = self.cast.pronouns.pronoun(PRONOUN_OF_OWNER[owner.group(1).lower()], start)
        if person is None or person.kind != SpeakerKind.PERSON or not person.full:
            return None
        return person

    def _sole_of_sex(self, person: Person, at: int) -> bool:
        """Is ``person``, of known sex, the only one of that sex the article has named
        before ``at``, so that "her" there can mean no one else?"""
        if person.gender is None:
            return False
        return not any(
            p is not person
            and p.kind == SpeakerKind.PERSON
            and p.gender == person.gender
            and (first := self.cast.first_named(p)) is not None
            and first < at
            for p in self.cast.people
        )

    def owner_campaign_attested(self, at: int, head: str = "campaign") -> str:
        """ "his campaign said", "her team said" (the word after the pronoun at ``at``):
        :meth:`owner_campaign`'s answer, kept only where the article attests it: it writes
        that person as the owner of a campaign, office or team (:data:`OWNED_HEADS`: "the
        Sanders campaign", "Sanders's presidential campaign", "Clinton's team") or writes
        them most (:meth:`_most_written`), or the pronoun can mean no one else
        (:meth:`_sole_of_sex`); "" otherwise (a pronoun read as "Super
        Tuesday", or as an adviser named last)."""
        person = self._campaign_owner(at)
        if person is None:
            return ""
        owned = self.cast.owned_name(person, head)
        owner = re.escape(owned.removesuffix(f" {head}"))
        heads = "|".join(sorted(OWNED_HEADS))
        written = rf"\b{owner}(?:['\u2019]s?)?\s+(?:[a-z-]+\s+)?(?:{heads})\b"
        if re.search(written, self.cast.text) or self._sole_of_sex(person, at):
            return owned  # "Her campaign said": the one woman named before it
        return owned if self._most_written(owned.removesuffix(f" {head}")) else ""

    def _most_written(self, owner: str) -> bool:
        """Is ``owner`` the surname of the person the article writes most often, one with a
        listed first name ("Hillary Clinton" in an article about her), more often than any
        other person's surname? Not a name read as a person's that is none ("Super
        Tuesday")."""
        counts: dict[str, int] = {}
        first = ""
        for person in self.cast.people:
            words = person.name.split()
            if person.kind != SpeakerKind.PERSON or len(words) < 2:
                continue
            last = words[-1]
            if last not in counts:
                counts[last] = times_written(self.cast.text, last)  # the article's word index
            if last == owner:
                first = words[0]
        if not first or not nlp.is_first_name(first) or owner not in counts:
            return False
        return all(n < counts[owner] for last, n in counts.items() if last != owner)

    def _salient_over(self, fit: Person, head: str, at: int) -> Person:
        """The subject of the nominal's sentence (or of the one just before) over ``fit``,
        the latest person whose role names the nominal, when that subject is mentioned
        after ``fit``, the article gives it no office (a role with a title word: "Sen.",
        "governor"; a "star" may be "the actress") and ``fit`` was last mentioned before
        the paragraph before: "Cruz defends ... “...,” the senator says" is Cruz, not Sen.
        McCain named paragraphs before."""
        subject = self._subject_at(at)
        if subject is None or subject is fit or any(map(holds_office, subject.roles)):
            return fit
        sentence = self.cast.sentence_at(at)
        if (
            sentence is not None
            and self.cast.last_mention(subject, at) >= sentence.start
            and OBJECT_OF_PREPOSITION.search(self.cast.text, max(sentence.start, at - 12), at)
        ):
            return fit  # "Trump endured a lecture from the Mexican president": the object of
            # a preposition in its subject's clause is someone else, by binding
        if self._described_as_other(subject, head, at):
            return fit  # "said Caleb Morris, a student. “...,” the senator said"; "Another
            # analyst, Claire Dumont, asked ... “...,” the chief executive replied": one the
            # article describes as something else is not what the noun names
        if self._works_for_another(subject, at):
            return fit  # "The speaker's spokesman, Steve Ellison, declined ... The governor
            # said": one who works for another is not the office the noun names
        if self._turn_after(subject, at):
            return fit  # "“...,” Mr Lowe replied. “...,” the senator shot back": the other
        gender = noun_gender(head)
        if not may_be_he_or_she(subject) or gender and subject.gender not in (None, gender):
            return fit
        written = [*fit.aliases, surname(fit.name)] if fit.full else fit.aliases
        last = max(
            self.cast.last_mention(fit, at), *(self.cast.text.rfind(a, 0, at) for a in written)
        )
        # "asked Wojcik how many": a surname written alone keeps one described in reach
        far = len(BREAKS.findall(self.cast.text, max(last, 0), at)) >= 2
        return subject if far and last < self.cast.last_mention(subject, at) else fit

    def _works_for_another(self, person: Person, at: int) -> bool:
        """Is ``person`` given, at a naming before ``at``, a role owned by another ("The
        speaker's spokesman, Steve Ellison,", "Steve Ellison, Kempner's spokesman,"), and
        no role that is not? Read from the text, as the roles are set later."""
        if person.roles:
            return all(ANOTHERS_ROLE.match(role) for role in person.roles)
        k = self.cast.namings_before(at + 1)
        for span, named in self.cast.namings[:k]:
            if named is person and (
                ANOTHERS_ROLE_BEFORE.search(self.cast.text, max(0, span.start - 60), span.start)
                or ANOTHERS_ROLE_AFTER.match(self.cast.text, span.end)
            ):
                return True
        return False

    def _described_as_other(self, person: Person, head: str, at: int) -> bool:
        """Does a naming of ``person`` before ``at`` have an indefinite description set
        off after it that is not ``head`` (", a 20-year-old junior,"), or a definite or
        owned one opening the sentence before it ("The moderator, Leah Brandt,", "His
        deputy, Marcus Greer,": not "the governor", "the chief"), or a surname written
        alone with an indefinite description after it ("Dalby, a former state secretary,")?
        Read from the text: the roles are set after the quotations are attributed."""
        k = self.cast.namings_before(at + 1)
        for span, named in self.cast.namings[:k]:
            if named is person and (found := DESCRIBED_AFTER.match(self.cast.text, span.end)):
                return head not in found.group(1).lower().split()
            before = DESCRIBED_BEFORE.search(self.cast.text, max(0, span.start - 60), span.start)
            last = before.group(1).split()[-1] if before else ""
            if named is person and before and (person_head(last) or singular_person(last)):
                return head not in before.group(1).lower().split()  # "The moderator, |"
        if not person.full or not (last_name := person.name.split()[-1]).isalpha():
            return False
        for alone in re.compile(rf"\b{re.escape(last_name)}\b").finditer(self.cast.text, 0, at):
            if found := DESCRIBED_AFTER.match(self.cast.text, alone.end()):  # "Dalby, a former
                return head not in found.group(1).lower().split()  # state secretary,"
        return False

    def _turn_after(self, subject: Person, at: int) -> bool:
        """Is the nominal at ``at`` the next turn of a quoted exchange: the sentence just
        before quotes ``subject`` ahead of their name ("“...,” Mr Lowe replied."), and the
        nominal's own sentence quotes before it ("“...,” the senator shot back") or the
        nominal opens the next paragraph ("“...,” Kearney said.\n\nThe principal said")? A
        writer who goes on with the same speaker writes "he"; a role noun is the other
        party."""
        found = self.cast.subject_before(at)
        if found is None or found.person is not subject:
            return False
        sentence, words = found.sentence, found.subject
        opens = self.cast.text.rfind("\n", 0, sentence.start) + 1  # a question's mark may end a
        # sentence of its own: "“Did you read it?” Oyelaran asked." is read from the name
        between = self.cast.text[sentence.end : at]
        return bool(
            QUOTED_JUST_BEFORE.search(self.cast.text, opens, words.start)
            and (
                QUOTED_JUST_BEFORE.search(self.cast.text, sentence.end, at)
                or "\n" in between
                and not between.strip()
            )
        )

    def _subject_at(self, at: int) -> Person | None:
        """The person the sentence holding ``at`` has as subject before it, else the
        subject of the sentence just before (ending within ``NEAR``). Not a person read
        there past the verb of a noun phrase (see :meth:`_noun_subject`): the pontiff's
        co-argument in "The pontiff met Sanders" is no one a nominal after it names."""
        k = bisect_right(self.cast.subject_reads, at, key=lambda r: r.sentence.start) - 1
        found: SubjectRead | None = None
        sentence = self.cast.subject_reads[k].sentence if k >= 0 else None
        inside = sentence is not None and sentence.start <= at < sentence.end
        if inside and at > self.cast.subject_reads[k].subject.end:
            found = self.cast.subject_reads[k]
        if found is None and (before := self.cast.subject_before(at)) is not None:
            found = before if at - before.sentence.end <= NEAR else None
        if found is None or self._noun_subject(found.sentence, found.subject) is not None:
            return None
        return found.person

    def _noun_subject(self, sentence: Span, words: Span) -> str | None:
        """The head noun of the definite noun phrase that is the subject of ``sentence``
        when the person read as its subject, at ``words``, stands past its main verb, an
        argument of that verb ("The pontiff met Sanders at the Vatican": "pontiff"). The
        reading took them for the sentence's topic, as no list knew the noun for a person's;
        but by binding no nominal that the noun phrase is, or that refers back to it, is
        that person. None where no such noun phrase and verb come before the person (a
        copula's or a passive's: "The winner was Sanders", "The bill was signed by Obama")."""
        if sentence.start in self._noun_subjects:
            return self._noun_subjects[sentence.start]
        head = None
        before = self.cast.text[sentence.start : words.start]
        if words.start > sentence.start and not re.search('["\u201c\u201d]', before):
            tokens = nlp.tagged(self.cast.text, sentence.start, sentence.end)
            head = noun_phrase_subject([t for t in tokens if t.span.end <= words.start])
        self._noun_subjects[sentence.start] = head
        return head

    def described(
        self,
        head: str,
        at: int,
        words: Sequence[str],
        roles_at: Callable[[int, int], Iterable[str]],
        written_so: bool = False,
    ) -> Person | None:
        """The person last named, in reach before ``at``, with a description there that
        names what the nominal does ("Donald Trump, a billionaire, ..." or "the billionaire
        Donald Trump" before "the billionaire said"): ``roles_at`` gives the roles the
        article gives at a naming's span (descriptions no speaker's role has kept). With
        ``written_so``, only one whose description there holds every word the nominal
        writes before its head ("Crewe" in "Crewe's spokesman")."""
        k = self.cast.namings_before(at + 1)
        modifiers, owners = modifiers_before(head, words), named_modifiers(head, words)
        first: Person | None = None
        for span, person in reversed(self.cast.namings[:k]):
            if span.end > at or person.kind != SpeakerKind.PERSON:
                continue
            if at - span.start > NOMINAL_REACH:
                break
            if self._of_party_unwritten(person, words, at):
                continue  # "the Democratic nominee" is not "The Republican nominee, X,"
            fits = roles_fitting(span, head, words, roles_at)
            if written_so and not any(modifiers <= role_words(role) for role in fits):
                continue
            if not fits and described_unread(self.cast.text, span, head):
                return self._salient_over(person, head, at)  # "Jake Sorensen, an American
                # from Boulder," before "the American said"; "A city inspector, Ann Lee,"
            if not fits and does_as_verb(self.cast.text, span.end, head):
                return self._salient_over(person, head, at)  # "Hannah Kessler, who founded
                # Crumb & Co., ..." before "the founder said"
            if not fits:
                continue
            if not modifiers or any(modifiers <= role_words(role) for role in fits):
                return self._salient_over(person, head, at)
            if not any(owned_by_other(role, owners) for role in fits):
                first = first or person  # "its energy minister" fits "the finance
                # minister" only where no one in reach is written so: "Kenya's finance
                # minister, Joseph Mwangi, and its energy minister, Grace Achieng" → Mwangi;
                # nor one whose role another owns ("Birch's spokesman" is not Lind's)
        return None if first is None else self._salient_over(first, head, at)

    def described_later(
        self,
        head: str,
        at: int,
        words: Sequence[str],
        roles_at: Callable[[int, int], Iterable[str]],
    ) -> Person | None:
        """The person someone's nominal names ahead of naming them ("Sanders's campaign
        manager said ... Sanders's campaign manager, Jeff Weaver, appeared"): of a nominal
        whose owner is named (``words``: a capitalised word and its possessive before the
        head), the first person named after ``at``, within twice the nominal reach, with a
        description there that names what the nominal does and the owner's name too."""
        owner = [words[n - 1] for n in range(1, len(words)) if POSSESSIVE.fullmatch(words[n])]
        if not owner or not owner[-1][:1].isupper():
            return None
        owned = re.compile(rf"\b{re.escape(owner[-1])}\b")
        k = self.cast.namings_before(at + 1)
        for span, person in self.cast.namings[k:]:
            if span.start - at > 2 * NOMINAL_REACH:
                break
            if person.kind != SpeakerKind.PERSON:
                continue
            if any(owned.search(role) for role in roles_fitting(span, head, words, roles_at)):
                return person
        return None

    def introduced_after(
        self, owner: str, head: str, at: int, own_paragraph: bool = True
    ) -> Person | None:
        """The person a possessive nominal of a relation names ahead of naming them: "“...,”
        Hale's campaign manager said. \n\nCurtis Mabry, a former ..., took over" is Mabry.
        Of the people named after ``at`` up to the end of the paragraph after it, the first
        not named before ``at``, if the article names them there as the subject opening a
        sentence, and they are not the ``owner`` (the word before the possessive: "Hale").
        Without ``own_paragraph``, one named first in the nominal's own paragraph is no
        one's ("the pilot asked for volunteers. So Labor Secretary Thomas Perez stood"):
        only the paragraph after may name the one the nominal withheld."""
        paragraph = BREAKS.search(self.cast.text, at)
        following = paragraph and BREAKS.search(self.cast.text, paragraph.end())
        end = following.start() if following else len(self.cast.text)
        k = self.cast.namings_before(at + 1)
        known = {id(person) for _, person in self.cast.namings[:k]}
        for span, person in self.cast.namings[k:]:
            if span.start >= end:
                break
            if id(person) in known or person.kind != SpeakerKind.PERSON:
                continue  # the owner, someone else named before the nominal, or a place
            if len(name_words(person.name)) < 2:
                continue  # not introduced in full ("Massachusetts General Hospital")
            if (
                not own_paragraph
                and paragraph is not None
                and span.start < paragraph.start()
                or owner.lower() in name_words(person.name)
                or not self._introduced_at(span)
                or not self.cast.names.may_be(person, noun_gender(head))
            ):
                return None
            return person
        return None

    def named_afterwards(self, person: Person, mentioned: Sequence[int]) -> Person | None:
        """The person an unnamed description (``person``, mentioned at ``mentioned``) turns
        out to be, where the sentence right after one of its mentions names someone new:
        by a copula on a pronoun of the description ("“...?” she asked. She was Delia
        Franks", "Her name is Rosa Delacroix", "She turned out to be ..."), or, of an
        indefinite one, by opening on that name in full with an apposition or a relative
        after it ("A woman ... said ... \n\nJuanita Broaddrick, who ..."). The sexes agree,
        and no other person of that sex is a sentence's subject from the description's
        first mention on; a name the article gave before is not new."""
        if person.kind != SpeakerKind.ANONYMOUS or is_group(person) or not mentioned:
            return None
        head = description_head(person.name)
        if (apposed := self._apposed_later(head, mentioned)) is not None:
            return apposed
        sentences = self.cast.sentences()
        for at in sorted(mentioned):
            here = bisect_right(sentences, at, key=lambda s: s.start)
            if 0 < here < len(sentences):
                named = self._identified(person, head, sentences[here])
                if named is not None:
                    first = min(mentioned)
                    written = self.cast.text.rfind(person.name, 0, first)  # "A woman ... stood"
                    first = written if written >= 0 else first
                    return named if self._sole_of_sex_since(person, first, named) else None
        return None

    def _apposed_later(self, head: str, mentioned: Sequence[int]) -> Person | None:
        """The person a sentence after an unnamed description's mentions names by setting
        the name off after the description's own noun, the first time the article names
        them ("“...,” the sheriff said. ... \n\nThe sheriff, Darrell Upton of Menard
        County, endorsed"), within reach of the last mention and of a sex the noun allows."""
        last = max(mentioned)
        if self.cast.text.find(f"The {head},", last, last + APPOSED_LATER_REACH) < 0:
            return None  # no match, without compiling the noun's pattern (one per noun)
        found = re.compile(rf"\bThe {re.escape(head)},[ \t\xa0]+").search(
            self.cast.text, last, last + APPOSED_LATER_REACH
        )
        if found is None or self.cast.sentence_at(found.start()) != self.cast.sentence_at(
            found.end()
        ):
            return None
        k = self.cast.namings_before(found.end())
        if k >= len(self.cast.namings):
            return None
        span, named = self.cast.namings[k]
        if (
            TITLED_OPENING.fullmatch(self.cast.text, found.end(), span.start) is None
            and DESCRIBED_NAMED.fullmatch(self.cast.text, found.end(), span.start) is None
            or named.kind != SpeakerKind.PERSON
            or len(name_words(named.name)) < 2
            or any(p is named for _, p in self.cast.namings[:k])
            or not naming_opens_sentence(self.cast.text, Span(found.start(), found.start()))
        ):
            return None
        return named if self.cast.names.may_be(named, noun_gender(head)) else None

    def _identified(self, person: Person, head: str, sentence: Span) -> Person | None:
        """The person first named in ``sentence`` whom it identifies as the description
        ``person`` (:meth:`_naming_gender`), someone the article has not named before."""
        k = self.cast.namings_before(sentence.start)
        if k >= len(self.cast.namings) or self.cast.namings[k][0].start >= sentence.end:
            return None
        span, named = self.cast.namings[k]
        if named.kind != SpeakerKind.PERSON or any(p is named for _, p in self.cast.namings[:k]):
            return None
        if re.search(rf"\b{re.escape(surname(named.name))}\b", self.cast.text[: span.start], re.I):
            return None  # the one she spoke of: "“Free Dara Finch!” she shouted. Dara Finch, ..."
        gender = self._naming_gender(person, head, (span, named), sentence)
        return named if gender is not None and named.gender in (None, gender) else None

    def _sole_of_sex_since(self, person: Person, first: int, named: Person) -> bool:
        """Is no one of ``named``'s sex other than the description ``person`` a sentence's
        subject from ``first`` up to where ``named`` is first named ("A woman ... said.
        Another woman, ..., disagreed. Her name is ...")?"""
        k = self.cast.namings_before(first)
        for span, other in self.cast.namings[k:]:
            if other is named:
                break
            if other.gender in (None, named.gender) and self._introduced_at(span):
                return False  # "Mayor Lena Voss frowned at her"
        k = bisect_left(self.cast.subject_reads, first, key=lambda r: r.sentence.start)
        for read in self.cast.subject_reads[k:]:
            other = read.person
            if other is named:
                return True
            if other is not None and other is not person and other.gender in (None, named.gender):
                return False
        return True

    def _naming_gender(
        self, person: Person, head: str, naming: tuple[Span, Person], sentence: Span
    ) -> str | None:
        """The sex a ``naming`` (where, whom) gives the description ``person`` (of noun ``head``)
        it identifies, as its ``sentence`` names it: the copula's pronoun ("She was ...",
        "His name is ..."), or, of an indefinite description whose noun has a sex, that
        sex where the sentence opens on the full name with an apposition or relative
        after it and the person named there is of it. None if the sentence identifies no
        one, or the sexes differ."""
        (span, named), noun = naming, noun_gender(head)
        copula = IDENTIFYING_COPULA.fullmatch(self.cast.text, sentence.start, span.start)
        if copula is not None:
            pronoun = copula.group("pronoun") or copula.group("owner")
            said = "f" if pronoun in ("She", "Her") else "m"
            return said if noun in (None, said) else None
        if (
            noun is None
            or not INDEFINITE_OPENING.match(person.name)
            or span.start != sentence.start
            or len(name_words(self.cast.text[span.start : span.end])) < 2
            or not self.cast.text.startswith(",", span.end)
        ):
            return None
        return noun if named.gender == noun else None

    def anyone_named_before(self, at: int) -> bool:
        """Does the article name a person before ``at``?"""
        k = self.cast.namings_before(at + 1)
        return any(person.kind == SpeakerKind.PERSON for _, person in self.cast.namings[:k])

    def introduced_next(self, head: str, at: int) -> Person | None:
        """The person a nominal no one named before fits names when the sentence right
        after its own, in its paragraph, opens by naming them in full for the first time
        ("“...,” the retired farmer said. Harlan Odegaard, 74, said he had caucused ...":
        the paragraph's quotation first, then whose it was); of a sex the noun allows."""
        sentences = self.cast.sentences()
        k = bisect_right(sentences, at, key=lambda s: s.start)  # the sentence after at's
        if k >= len(sentences) or "\n" in self.cast.text[at : sentences[k].start]:
            return None
        following = sentences[k]
        known = {id(person) for _, person in self.cast.namings[: self.cast.namings_before(at + 1)]}
        for span, person in self.cast.namings[self.cast.namings_before(following.start) :]:
            if span.start >= following.end:
                break
            if (
                id(person) in known
                or person.kind != SpeakerKind.PERSON
                or len(name_words(person.name)) < 2
                or not self._introduced_at(span)
                or TITLED_OPENING.fullmatch(self.cast.text[following.start : span.start]) is None
            ):
                return None  # only the one the sentence opens with
            return person if self.cast.names.may_be(person, noun_gender(head)) else None
        return None

    def _races(self, at: int) -> list[tuple[Person, Person, Person | None]]:
        """The races the article states before ``at``, each as its two sides and the
        challenger where it says which: a naming set off after someone's race noun ("his
        Democratic challenger, former Gov. Ted Strand": the owner, the one named before in
        its sentence of the pronoun's sex, against Strand, the challenger) or two namings in
        a sentence a verb sets against each other ("Strand, who is challenging Whitcomb",
        "pits Ortiz ... against Rep. Hal Brenner"); of two sides, one written as holding the
        seat ("seeking a fourth term"), the other is the challenger."""
        races: list[tuple[Person, Person, Person | None]] = []
        namings = self.cast.namings[: self.cast.namings_before(at)]
        for n, (span, person) in enumerate(namings):
            if person.kind != SpeakerKind.PERSON:
                continue
            sentence = self.cast.sentence_at(span.start)
            begin = sentence.start if sentence is not None else max(0, span.start - 200)
            sides = None
            if (owned := race_owned(self.cast.text, span.start)) is not None:
                owner = self._race_owner(owned, namings[:n], begin, person)
                if owner is not None:
                    sides = (owner, person, person if owned.group("noun") == "challenger" else None)
            elif n > 0 and namings[n - 1][0].start >= begin:
                first, other = namings[n - 1]
                verb = race_between(self.cast.text, first, span, begin)
                if verb is not None and other is not person and other.kind == SpeakerKind.PERSON:
                    sides = (other, person, other if verb.startswith("challeng") else None)
            if sides is not None:
                races.append(self._with_challenger(*sides))
        return races

    def _race_owner(
        self, owned: re.Match[str], before: list[tuple[Span, Person]], begin: int, named: Person
    ) -> Person | None:
        """Whose race noun ``owned`` is: the one named as "Clinton's" (in its sentence, from
        ``begin``), else the last person named before it of the possessive's sex ("Rep.
        Tamsin Lyle won her seat ... Her opponent, state Sen. Oscar Villanueva")."""
        word = owned.group("owner")
        gender = PRONOUN_GENDER.get(word.lower())
        for span, person in reversed(before):
            if span.start < begin and gender is None:
                break
            if person is named or person.kind != SpeakerKind.PERSON:
                continue
            if gender is None and span.start >= owned.start() and span.end <= owned.end("owner"):
                return person  # "Clinton's rival, |"
            if (
                gender is not None
                and span.end <= owned.start()
                and self.cast.names.may_be(person, gender)
            ):
                return person
        return None

    def _with_challenger(
        self, one: Person, other: Person, challenger: Person | None
    ) -> tuple[Person, Person, Person | None]:
        """The race of ``one`` and ``other`` with its challenger: the one given, else the
        side not written as holding the seat where only the other is."""
        if challenger is None:
            held = [p for p in (one, other) if self._written_incumbent(p)]
            if len(held) == 1:
                challenger = other if held[0] is one else one
        return one, other, challenger

    def _written_incumbent(self, person: Person) -> bool:
        """Is ``person`` named somewhere as the one holding the seat (:func:`incumbent_at`)?"""
        return any(p is person and incumbent_at(self.cast.text, s) for s, p in self.cast.namings)

    def opponent(self, owner: Person | None, at: int) -> Person | None:
        """Whom "his opponent", "her rival" at ``at`` means, the possessive taken as
        ``owner``: the other side of the one race stated before ``at`` that ``owner`` runs
        in (:meth:`_races`); None where none or several."""
        if owner is None:
            return None
        others = {
            id(b if a is owner else a): b if a is owner else a
            for a, b, _ in self._races(at)
            if owner in (a, b)
        }
        return next(iter(others.values())) if len(others) == 1 else None

    def challenger(self, at: int) -> Person | None:
        """Whom "the challenger" at ``at`` means: the one challenger of the races stated
        before it (:meth:`_races`), if the article tells one."""
        found = {id(c): c for _, _, c in self._races(at) if c is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _introduced_at(self, span: Span) -> bool:
        """Is the naming at ``span`` a sentence's subject, opening it past title words
        ("Secretary of State Opal Dunmore, who ..., said"), or the writer of a document
        ("The letter was signed by Dr. Lionel Barstow"), and not a caption (a name and
        little else: "Richard Osman (left), 40.")?"""
        sentence = self.cast.sentence_at(span.start)
        if sentence is None or len(self.cast.text[span.end : sentence.end].split()) < 3:
            return False
        before = self.cast.text[sentence.start : span.start]
        if TITLED_OPENING.fullmatch(before):
            return True
        return WRITER_BEFORE.search(before) is not None

    def definite(
        self,
        head: str,
        at: int,
        words: Sequence[str] = (),
        subordinate: bool = False,
        bound: Person | None = None,
    ) -> Person | None:
        """The person a definite nominal of a person no role matches refers to ("Donald
        Trump held a rally. “...,” the billionaire said"): like a pronoun, the subject of
        the sentence just before, else the person last mentioned, of the noun's gender
        where it has one ("the congresswoman"). None when the article introduced someone
        unnamed by that noun before it ("a senior official said ... “...,” the official
        said"), or when that person holds another office of the noun's word ("Lt. Gov.
        Dan Pryor" is not "the governor"). A nominal opening a ``subordinate`` clause
        after the subject of its sentence is someone else the sentence names before it
        (see :meth:`named_beside_subject`). An unnamed lede's person named in the
        paragraph after it is no one else (see :meth:`_lede_named`). Never ``bound``, a
        person the nominal's own verb names ("the billionaire told Cruz")."""
        if unnamed_before(self.cast.text, head, at) and not self._lede_named(head, at):
            return None
        if (young := self.of_young_age(head, at)) is not None:
            return young  # "One of her students, Noah Ferris, 9," before "the boy said"
        if kin_noun(head) and list(words[-1:]) == [head]:
            return self.kin_reciprocal(head, at)  # "Daniel Ortiz was killed. “...,” the
            # father said": his father, someone the article calls so (a role) or no one it
            # names, never the subject; but the owner of a relative named as his child
            # ("Harold Finch, 79, and his granddaughter, Maya Finch," → "the grandfather")
        gender = noun_gender(head)
        if subordinate and (other := self.cast.names.named_beside_subject(at, gender)) is not None:
            return other
        found = self.cast.subject_before(at)
        person: Person | None = None
        bound_ids = {id(bound)} if bound is not None else set()  # and the co-argument of
        if found is not None and self._noun_subject(found.sentence, found.subject) == head:
            bound_ids.add(id(found.person))  # a noun phrase (see _noun_subject): "The pontiff
            # met Sanders. “...,” the pontiff said"
        elif found is not None and self.cast.past_noun_before(at):
            bound_ids.add(id(found.person))  # the object of a sentence whose subject is no
            # one known: "Activists had gathered, giving Cruz nine delegates. The
            # front-runner complained": not Cruz
        elif (
            found is not None
            and at - found.sentence.end <= NEAR
            and id(found.person) not in bound_ids
        ):
            person = found.person  # the subject of the sentence before: what the text is about
            person = person if self.cast.names.may_be(person, gender) else None
            relative = person and self.cast.names.relative_after(found[0], found[1], person, gender)
            if relative is not None:
                return None if relative.holds_other_office(head, words) else relative
        if person is None:
            person = self.cast.pronouns.pronoun(NOUN_PRONOUN.get(gender or "", ""), at)
        if person is not None and id(person) in (
            later := self.cast.names.named_later(at) | bound_ids
        ):
            others = (p for p in self.cast.recent_first(at) if id(p) not in later)
            person = next((p for p in others if self.cast.names.may_be(p, gender)), None)
        if person is None or not self.cast.mention_count(person, at):
            if any(
                p.kind == SpeakerKind.PERSON and self.cast.mention_count(p, at)
                for p in self.cast.people
            ):
                return None
            return self._titled_only_later(head, at, words)  # "The mayor promised a
            # review. “...,” the mayor said.\n\nMayor Linda Okoro ...": no one before
        if not lexicons.is_title_word(head) and len(words) == 2:  # "the billionaire" alone;
            person = (
                self._untitled_beside(person, head, gender, at, bound_ids) or person
            )  # not "the
            # Russian leader", whose words describe an office
        if person.holds_other_office(head, words):
            return None  # "Lt. Gov. Dan Pryor ... the governor": someone else, unnamed
        if (
            not person.holds_offices_but_not(head, words)
            and not self._written_office_but_not(person, head, words, at)
            and not self.of_another_party(person, head, at)
        ):
            if self._described_as_another(person, head, at):
                return None
            return self._titled_only_later(head, at, words, person) or person
        others = (
            p
            for p in self.cast.recent_first(at)
            if p is not person and self.cast.mention_count(p, at)
        )
        fits = (  # "the president" after Sen. X; "the Republican" after "Democrat Y"
            p
            for p in others
            if self.cast.names.may_be(p, gender) and not self.of_another_party(p, head, at)
        )
        return next((p for p in fits if p.may_hold_office(head, words)), None)

    def _described_as_another(self, person: Person, head: str, at: int) -> bool:
        """Does the article, outside quotations before ``at``, describe someone else than
        ``person`` by an indefinite noun phrase of ``head`` (after "as", "was", "is" or a
        comma) in a sentence that names them alone before it ("Her challenger, Denise
        Maxwell, made her name as a county prosecutor" before "“...,” the former prosecutor
        replied": not Albright, the subject just before)? A description of another, though
        no role was read from it, so the nominal is left a description."""
        described = re.compile(
            rf"\b(?:as|was|is|,)\s+an?\s+(?:[a-z][\w-]*\s+){{0,3}}{re.escape(head)}\b"
        )
        for found in described.finditer(self.cast.text, 0, at):
            sentence = self.cast.sentence_at(found.start())
            if sentence is None or self._in_quotation(found.start()):
                continue
            named = {
                id(p)
                for span, p in self.cast.namings
                if sentence.start <= span.start < found.start() and p.kind == SpeakerKind.PERSON
            }
            if len(named) == 1 and id(person) not in named:
                return True
        return False

    def _in_quotation(self, x: int) -> bool:
        """Is offset ``x`` inside a quotation opened in its paragraph?"""
        return marks_left_open(
            self.cast.text[self.cast.text.rfind("\n", 0, x) + 1 : x], "\u201c", "\u201d"
        )

    def subject_before_at(self, at: int) -> Person | None:
        """The person the subject of the sentence holding ``at`` names (a name, or "he" or
        "she" as resolved), when ``at`` stands past that subject: whom a nominal at ``at``
        cannot refer to ("She attacked Trump, saying the nominee ...": not she)."""
        read = self.cast.read_holding(at)
        if read is None or not self.cast.after_subject(at):
            return None
        if POSSESSIVE_AFTER.match(self.cast.text, read.subject.end):
            return None  # "Fiorina's plight meant | the former CEO ...": an owner binds nothing
        if self._participle_object(read):
            return None  # "the group backing | Nell Barker is ...": no subject, binds nothing
        word = self.cast.text[read.subject.start : read.subject.end]
        if read.person is None and word.lower() in ("he", "she"):
            return self.cast.pronouns.pronoun(word, read.subject.start)
        return read.person

    def _participle_object(self, read: SubjectRead) -> bool:
        """Is the name read as a sentence's subject the object of a participle after a
        noun ("the super PAC backing | Hillary Clinton is using ...": the tagger may read
        the participle as a noun), no subject at all?"""
        tokens = nlp.tagged(self.cast.text, read.sentence.start, read.subject.start)
        if len(tokens) < 2 or not tokens[-2].tag.startswith("NN"):
            return False
        participle = tokens[-1]
        return participle.tag == "VBG" or participle.tag == "NN" and participle.text.endswith("ing")

    def _coordinated_subject(
        self, subject: Person, head: str, at: int, words: Sequence[str]
    ) -> bool:
        """Does a definite nominal at ``at`` open a clause coordinated after its sentence's
        first (", and | the New Jersey governor tripped up Rubio"), that clause's subject
        being ``subject``, who may hold its office, while no one else the sentence names
        before it may ("Christie attacked Rubio" of a senator)?"""
        if not COORDINATED_CLAUSE.search(self.cast.text, max(0, at - 8), at):
            return False
        if not (
            subject.may_hold_office(head, words)
            and self.cast.names.may_be(subject, noun_gender(head))
        ):
            return False
        read = self.cast.read_holding(at)
        begin = read.subject.end if read is not None else at
        named = (
            p for span, p in self.cast.namings if begin <= span.start < at and p is not subject
        )
        return not any(p.may_hold_office(head, words) for p in named)

    def referent(self, head: str, at: int, words: Sequence[str]) -> Person | None:
        """The person a definite nominal at ``at`` anywhere in the text refers to, as the
        attribution resolves one that speaks (:meth:`nominal`, else :meth:`definite`),
        never the subject of its own sentence (:meth:`subject_before_at`) but when it
        opens a clause coordinated after that subject's (:meth:`_coordinated_subject`).
        Nothing is remembered."""
        bound = self.subject_before_at(at)
        if bound is not None and self._coordinated_subject(bound, head, at, words):
            return bound
        with self.cast.hypothetical():
            person = self.nominal(head, at, words)
            if person is None:
                person = self.definite(head, at, words, bound=bound)
        return None if person is bound else person

    def _untitled_beside(
        self, person: Person, head: str, gender: str | None, at: int, bound: set[int]
    ) -> Person | None:
        """Where ``person``, whom a definite nominal of no office (``head``: "the
        billionaire", "the front-runner") would mean, holds an office by its title ("Gov.
        Ted Kasinski"), the one mentioned latest since the paragraph before the nominal's
        who holds none, of the noun's sex: "Kasinski beat Grant Whitcomb by 11 points. The
        billionaire dismissed the result" is Whitcomb; a reporter calls an officeholder by
        the office ("the governor"). None where no such other is mentioned so near. Never
        one of ``bound`` (ids of those the nominal's own sentence or verb names: "The prelate
        met Avery. ... the prelate said" is not Avery)."""
        if not any(map(holds_public_office, person.roles)) or head.lower() in PARTY_WORDS:
            return None
        paragraphs = list(BREAKS.finditer(self.cast.text, 0, at))
        begin = paragraphs[-2].end() if len(paragraphs) > 1 else 0
        near = [
            (max(self.cast.text.rfind(w, begin, at) for w in [*p.aliases, surname(p.name)]), p)
            for p in self.cast.people
            if p is not person and id(p) not in bound and p.kind == SpeakerKind.PERSON and p.full
        ]  # written there as an object too: "Tisch accused Whitcomb of ..."
        fits = [  # one known for a man or a woman, and no day ("Super Tuesday", "Easter
            (offset, p)  # Sunday") read as a name
            for offset, p in near
            if offset >= 0
            and p.gender
            and self.cast.names.may_be(p, gender)
            and not any(w.lower() in WEEKDAYS for w in p.name.split())
        ]
        fits = [(offset, p) for offset, p in fits if not any(map(holds_public_office, p.roles))]
        return max(fits, key=lambda n: n[0])[1] if fits else None

    def of_young_age(self, head: str, at: int) -> Person | None:
        """The one person named before ``at`` whose age, written after a naming ("Noah
        Ferris, 9,"), is one the noun ``head`` of a young person gives ("the boy", "the
        teenager"), of its sex where it has one."""
        if (young := YOUNG_AGES.get(head.lower())) is None:
            return None
        *ages, gender = young
        k = self.cast.namings_before(at + 1)
        before = self.cast.namings[:k]
        people = {id(p): p for _, p in before if p.kind == SpeakerKind.PERSON}
        young = [
            p
            for p in people.values()
            if p.gender in (None, gender)
            and (age := age_and_generation(self.cast.text, p, before)[0]) is not None
            and ages[0] <= age <= ages[1]
        ]
        return young[0] if len(young) == 1 else None

    def ranked(self, words: Sequence[str], at: int) -> Person | None:
        """The one person named before ``at`` whom the article ranks by age among their
        family as the nominal ``words`` does ("the oldest sister", "The youngest" after
        "Marisela Ruelas, the oldest," or "The youngest, Paloma Ruelas,"; "oldest" and
        "eldest" are one rank); None where the nominal holds no rank or one does not fit."""
        rank = next((RANKS[w.lower()] for w in words if w.lower() in RANKS), None)
        if rank is None:
            return None
        k = self.cast.namings_before(at + 1)
        fits = {id(p): p for span, p in self.cast.namings[:k] if self._rank_at(span) == rank}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _rank_at(self, span: Span) -> str | None:
        """The rank by age written beside the naming ``span`` (:data:`RANKS`), if any."""
        found = RANK_AFTER.match(self.cast.text, span.end) or RANK_BEFORE.search(
            self.cast.text, max(0, span.start - 30), span.start
        )
        return RANKS[found.group(1).lower()] if found is not None else None

    def kin_reciprocal(self, head: str, at: int) -> Person | None:
        """The person a kin nominal ``head`` ("the grandfather") names by the relative the
        article gives them before ``at``: the one named just before "his granddaughter,
        Maya Finch," in its sentence, owner of that relative, of the noun's sex (the
        pronoun's), or named just before "whose son" ("Ray Tillotson, whose son was
        killed," is "the father"). Only where one such owner is found in reach."""
        kin = head.lower()
        others: set[str] = set()
        for elder, younger in KIN_RECIPROCAL:
            others |= younger if kin in elder else elder if kin in younger else set()
        found: list[Person] = []
        k = self.cast.namings_before(at + 1)
        j = self.cast.namings_before(at - NOMINAL_REACH + 1)
        for n in range(j, k):
            span, person = self.cast.namings[n]
            whose = WHOSE_KIN.match(self.cast.text, span.end)  # "Ray Tillotson, whose son was
            if (  # killed": the owner, named just before
                whose is not None
                and (whose.group(1) in others or whose.group(2) in others)
                and person.gender in (None, noun_gender(kin))
                and person not in found
            ):
                found.append(person)
            owned = KIN_APPOSED.search(self.cast.text, max(0, span.start - 40), span.start)
            if owned is None or owned.group(2).lower() not in others or span.end > at:
                continue
            gender = PRONOUN_GENDER[owned.group(1).lower()]
            if noun_gender(kin) not in (None, gender):
                continue
            sentence = self.cast.sentence_at(owned.start())
            begin = sentence.start if sentence is not None else owned.start() - 200
            owners = [
                p
                for s, p in self.cast.namings[j:n]
                if begin <= s.start and s.end <= owned.start() and p is not person
            ]
            if owners and owners[-1].gender in (None, gender) and owners[-1] not in found:
                found.append(owners[-1])
        return found[0] if len(found) == 1 else None

    def _titled_only_later(
        self, head: str, at: int, words: Sequence[str], person: Person | None = None
    ) -> Person | None:
        """The one person the article gives the office ``head`` names, as a title, when it
        names them only after the nominal at ``at`` and ``person``, whom the nominal would
        otherwise mean, holds no office ("The judge rubbed his chin ... “...,” the judge
        exclaimed" before "Judge Berman" appears), or where no one is named before it
        (``person`` None: a lede's "The mayor promised ..." before "Mayor Linda Okoro"):
        a reader takes "the judge" for the judge, not the lawyer last quoted. Where the
        one named before holds another office ("Lt. Gov. Dan Pryor ... the governor") the
        nominal still points ahead to no one."""
        if not lexicons.is_title_word(head) or person and any(map(holds_office, person.roles)):
            return None
        fits = [
            p
            for p in self.cast.people
            if p.kind == SpeakerKind.PERSON and p.matches_nominal(head, words)
        ]
        if len(fits) != 1 or self.cast.mention_count(fits[0], at):
            return None
        first = self.cast.first_naming_offsets.get(id(fits[0]))
        if first is None or first <= at:
            return None
        if person is not None and len(BREAKS.findall(self.cast.text, at, first)) > 1:
            return None  # "In his state, Christie said ... The governor claimed", Ohio Gov.
            # John Kasich named four paragraphs on: too far ahead to take from the one meant
        return fits[0]

    def _written_office_but_not(
        self, person: Person, head: str, words: Sequence[str], at: int
    ) -> bool:
        """Where ``head`` is an office and ``person`` has no role yet (their appositive is
        kept only once they speak), does the article give them another office where it
        names them before ``at`` ("Jabu Nkosi, an opposition MP, ..." is not "the
        Speaker")? Read only for an office word, at this person's namings in reach."""
        if person.roles or not lexicons.is_title_word(head):
            return False
        k = self.cast.namings_before(at + 1)
        j = self.cast.namings_before(at - 2 * NOMINAL_REACH + 1)
        for span, named in self.cast.namings[j:k]:
            if named is not person or span.end > at:
                continue
            if span.start not in self._written_roles:
                self._written_roles[span.start] = mention_roles(
                    self.cast.text, span.start, span.end
                )
            offices = [
                role for role in self._written_roles[span.start] if office_head(role)
            ]  # an office its head names: "opposition MP", not "chief rival"
            if offices and not any(role_names(role, head, words) for role in offices):
                return True
        return False

    def _lede_named(self, head: str, at: int) -> bool:
        """Is the one unnamed ``head`` before ``at`` the subject opening the article's
        first paragraph, a lede that names its person only in the paragraph after it ("A
        lawmaker in the Philippines is calling for ...\n\n“...,” Joey Salceda said"): the
        first person named there is that person, whom "the lawmaker" may refer to?"""
        return self.lede_person(head, at) is not None

    def role_given(self, word: str, at: int) -> bool:
        """Is ``word``, a lower-case noun, the head of a role the article gives a person
        named before ``at`` ("veterinarian" of "a retired veterinarian, Dr. Ellen
        Marchetti,"; :meth:`given_as_role`)?"""
        if self.cast.roles_at is None or not nlp.is_lower_word(word):
            return False
        return self.given_as_role(word, at, self.cast.roles_at)

    def lede_noun(self, word: str, at: int) -> bool:
        """Is ``word``, a lower-case noun of a person by what they do ("rancher", not
        "company"), the one a lede before ``at`` opens on and names in the paragraph after
        it (:meth:`lede_person`: "A rancher whose family ...")?"""
        if not nlp.is_lower_word(word):
            return False
        if not lexicons.agent_noun(word) and not lexicons.is_role_noun(word):
            return False  # "A company that ... \n\nJohn Hale, its founder,": not "The company"
        return self.lede_person(word, at) is not None

    def lede_person(self, head: str, at: int) -> Person | None:
        """The person :meth:`_lede_named` finds: the first named in the paragraph after a
        lede opened by the one unnamed ``head`` before ``at``, where the noun may be them."""
        if self.cast.text.find(head, 0, at) < 0:
            return None  # no match can be found: no pattern is compiled for the noun
        introduced = [
            m
            for m in indefinite_of(head).finditer(self.cast.text, 0, at)
            if introduces(self.cast.text, m)
        ]
        headline = BREAKS.search(self.cast.text, 0, at)
        if not introduced and headline is not None:  # "The founder of Lumenbyte, a ...,"
            lede = DEFINITE_LEDE.search(
                self.cast.text, headline.end(), min(at, headline.end() + 60)
            )
            if lede is not None and lede.group(1).split()[-1] in (head, head + "s"):
                introduced = [lede] if introduces(self.cast.text, lede) else []
        if len(introduced) != 1:
            return None
        breaks = list(BREAKS.finditer(self.cast.text, 0, introduced[0].start()))
        if len(breaks) != 1:
            return None  # not opening the paragraph after the headline
        before = self.cast.text[breaks[0].end() : introduced[0].start()]
        if before.strip(DATELINE) and not STATE_DATELINE.fullmatch(before):
            return None  # more than a dateline ("WASHINGTON — ", "PENDLETON, Ore. — ")
        lede_end = BREAKS.search(self.cast.text, introduced[0].end())
        if lede_end is None:
            return None
        following = BREAKS.search(self.cast.text, lede_end.end())
        end = following.start() if following else len(self.cast.text)
        k = self.cast.namings_before(lede_end.end())
        named = next((p for span, p in self.cast.namings[k:] if span.start < end), None)
        gender = noun_gender(head)
        if (
            named is None
            or not self.cast.names.may_be(named, gender)
            or named.kind != SpeakerKind.PERSON
        ):
            return None
        return named
