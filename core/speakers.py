"""Mentions to speakers within one article: names, surnames, pronouns, roles and kinds.

A :class:`Cast` holds the people an article names, in the order it names them. It
binds a surname to the full name given earlier ("Borrell" → Josep Borrell), a pronoun
to the last person of a compatible gender, a nominal ("the minister") to the person
whose role says so, and keeps the role each person is given. People who share a surname
stay apart when their first names differ (Hillary, Bill and Chelsea Clinton).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager

from core import lexicons, nlp
from core.cast_groups import GroupResolver
from core.cast_names import NameMatcher
from core.cast_pairs import PairResolver
from core.cast_patterns import (
    AFTER_HEAD,
    ANOTHERS_ROLE,
    ANOTHERS_ROLE_AFTER,
    ANOTHERS_ROLE_BEFORE,
    ANSWER_BETWEEN,
    APPOSED_LATER_REACH,
    APPOSED_NAME_BEFORE,
    APPOSED_OWNER,
    ASK_REACH,
    ASKED,
    ASKED_ABOUT,
    ASKED_QUESTION,
    ASKING_WORD,
    ATTRIBUTION_CLOSING,
    ATTRIBUTION_OPENING,
    BREAKS,
    CAPITALISED_WORD,
    CHAIN,
    CLAUSE_LEAD,
    CLAUSE_OPENING_INDEFINITE,
    CLAUSE_RUN_BREAK,
    COORDINATE_CLAUSE,
    COORDINATED_CLAUSE,
    DEFINITE_LEDE,
    DEFINITE_ROLE,
    DESCRIBED_BEFORE,
    FRONTED_CLAUSE,
    FRONTED_PHRASE,
    IDENTIFYING_COPULA,
    INDEFINITE,
    INDEFINITE_FRONTED,
    INDEFINITE_OPENING,
    INDEFINITE_SUBJECT,
    KIN_APPOSED,
    KIN_RECIPROCAL,
    KIN_SUBJECT,
    KIN_SUBJECT_FRONTED,
    LOOK_PAST_UNKNOWN,
    NEAR,
    NOMINAL_FRONTED,
    NOMINAL_OPENING,
    NOT_A_VERB,
    NOUN_PRONOUN,
    OBJECT_OF_PREPOSITION,
    OBJECT_PRONOUN,
    OPENING_TITLES,
    OWN_SENTENCE_REACH,
    OWNED_SUBJECT,
    PARTICIPLE_OPENING,
    PARTY_OF_ROLE,
    PHRASE_TAIL,
    PLURAL_PRONOUNS,
    POSSESSIVE_AFTER,
    PRONOUN_OBJECT,
    PRONOUN_OF_GENDER,
    PRONOUN_SUBJECTS,
    PRONOUN_WORD,
    QUOTATION_ALONE,
    QUOTED_ASKED,
    QUOTED_JUST_BEFORE,
    RANK_AFTER,
    RANK_BEFORE,
    RANKS,
    RELATIVE_CLOSED,
    RELATIVE_HEAD,
    SAID_AFTER,
    SAME_PRONOUN_SUBJECT,
    SUBJECT_OF_SEX,
    SUBJECT_OWN_PRONOUNS,
    SURE_SHARE,
    THE_NOMINAL_OPENING,
    TIMED_ITEM,
    TITLED_OPENING,
    TOPIC_BEFORE,
    TOPIC_OPENERS,
    UNNAMED_NOMINAL,
    UNNAMED_OPENING,
    WHO_AFTER,
    WHOSE_KIN,
    WORD_AT,
    WRITER_BEFORE,
    WRITER_CLAUSE_BEFORE,
    WRITER_CLAUSE_THEN,
    WRITERS_NOMINAL,
    YOUNG_AGES,
    SubjectRead,
    marks_left_open,
    name_gender,
    noun_phrase_subject,
    past_affiliation,
)
from core.cast_patterns import FIRST_PERSON as FIRST_PERSON
from core.cast_patterns import OVERRULED_SHARE as OVERRULED_SHARE
from core.cast_patterns import PAIR_NOUNS as PAIR_NOUNS
from core.cast_patterns import SENTENCE_END_AFTER as SENTENCE_END_AFTER
from core.cast_patterns import TITLES_AT_END as TITLES_AT_END
from core.dates import WEEKDAYS
from core.document import Span, Speaker, SpeakerKind
from core.generations import age_and_generation
from core.kind_evidence import OWNED_HEADS, kin_noun, noun_gender
from core.name_runs import (
    POSSESSIVE,
    NamedPerson,
    honorific_gender,
    kin_gender_before,
    name_written,
    noun_gender_beside,
)
from core.nominals import (
    AGED,
    DESCRIBED_AFTER,
    DESCRIBED_BEFORE_NAMING,
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
    one_of_people,
    owned_by_other,
    person_head,
    place_complement,
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
    GUESSED_FROM_NAME,
    PARTY_WORDS,
    PRONOUN_GENDER,
    PRONOUN_GENDERS,
    Person,
    is_group,
    kind_shown,
    may_be_he_or_she,
    person_of_gender,
    the_one_of_gender,
)
from core.person_names import (
    DATELINE,
    STATE_DATELINE,
    WORD,
    alias_of,
    called_before_particle,
    clean_name,
    fuller,
    in_prose_case,
    inner_surnames,
    library_key,
    lone_names,
    name_share,
    name_words,
    normalise,
    people_noun,
    possessive,
    singular_person,
    surname,
    times_written,
)
from core.phrases import CLAUSAL_IN, FINITE_TAGS, SUBORDINATORS, adjunct_end
from core.quotes import CLOSERS, leaves_open
from core.quotes import OPENERS as QUOTE_OPENERS
from core.roles import mention_roles


class Cast:
    """The people of one article and the mentions that refer to them."""

    def __init__(self, text: str, sentences: Sequence[Span] | None = None) -> None:
        self.text = text
        self._sentences = None if sentences is None else list(sentences)  # see sentences
        self._askings: list[int] | None = None  # see _asked_between
        self.people: list[Person] = []
        self._mentions: list[tuple[int, Person]] = []  # (offset, person) in text order
        self._name_ends: dict[str, list[Person]] = {}  # first and last words of every name
        self._middles: dict[str, list[Person]] = {}  # see _middle_named
        self._called: dict[str, list[Person]] = {}  # see _middle_named
        self._heard: dict[int, list[tuple[int, int]]] = {}  # id(person): (offset, order)
        self._appearance: dict[int, int] = {}  # id(person): its place in ``people``
        self.namings: list[tuple[Span, Person]] = []  # where each person is named, in order
        self.quiet = False  # mentions resolved now are not remembered (see hypothetical)
        self._withheld: list[tuple[int, Person]] = []  # the mentions quiet kept back
        self.subject_reads: list[SubjectRead] = []  # in the order of the sentences (read_subject)
        self._lone: dict[int, list[NamedPerson]] = {}  # lone_names by sentence start, no pronoun
        self._first_named: dict[int, int] = {}  # id(person): offset of the first naming
        self._article = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        self._surnames: set[str] = set()  # see surnames
        self._written_roles: dict[int, list[str]] = {}  # see given_as_role
        # the roles written at a naming, as the attribution reads them (see _role_given)
        self.roles_at: Callable[[int, int], Iterable[str]] | None = None
        self._kin_surnamed: set[int] = set()  # ids of those given a relative's surname
        self._noun_subjects: dict[int, str | None] = {}  # see _noun_subject
        items = [m.start() for m in TIMED_ITEM.finditer(text)]
        self._items = items if len(items) > 1 else []  # see _item_start
        self.groups = GroupResolver(self)
        self.pairs = PairResolver(self)
        self.names = NameMatcher(self)

    def sentences(self) -> list[Span]:
        """The article's sentences in order, Punkt's spans: those it was given (as
        ``extract`` splits each paragraph), else each line's."""
        if self._sentences is None:
            lines = (line.span() for line in re.finditer(r"[^\n]+", self.text))
            self._sentences = [s for line in lines for s in nlp.split_sentences(self.text, *line)]
        return self._sentences

    def sentence_number(self, sentence: Span) -> int:
        """Where ``sentence``, one of :meth:`sentences`, stands among them (by a search,
        not a scan: a long article's pronouns ask it often)."""
        return bisect_left(self.sentences(), sentence.start, key=lambda s: s.start)

    def sentence_at(self, at: int) -> Span | None:
        """The sentence holding offset ``at``, if any."""
        sentences = self.sentences()
        k = bisect_right(sentences, at, key=lambda s: s.start) - 1
        return sentences[k] if k >= 0 and at < sentences[k].end else None

    def namings_before(self, at: int) -> int:
        """How many of :attr:`namings` start before offset ``at``: the index of the first
        that starts at or after it (``namings_before(at + 1)`` counts those at ``at`` too)."""
        return bisect_left(self.namings, at, key=lambda n: n[0].start)

    def last_naming(self, at: int) -> tuple[Span, Person] | None:
        """The last of :attr:`namings` that starts at or before offset ``at``, if any."""
        k = self.namings_before(at + 1)
        return self.namings[k - 1] if k else None

    def surnames(self) -> AbstractSet[str]:
        """The last words of the people named in full so far ("From" for Al From): the
        tagger reads them as names even where they are also frequent words."""
        return self._surnames

    # ---- registering mentions
    def name(
        self,
        name: str,
        at: int,
        role: str | None = None,
        title: str | None = None,
        recent: bool = True,
    ) -> Person:
        """The person named ``name`` at offset ``at``; new unless an earlier one fits.

        ``recent=False`` makes the person known without counting this as the mention a
        pronoun after it would refer to.
        """
        written = name  # "Grant" of "Schilling's son, Grant," names Grant Schilling there
        if (kin := self.names.kin_surname(name, at)) is not None:
            name = f"{name} {kin}"  # "Schilling's son, Grant": Grant Schilling
        if (before := self.names._introduced_before(name, at)) is not None:
            name = before  # "Chidi Okafor ... Okafor said", his mother named in full later
        stated = name_gender(name)
        honorific = honorific_gender(title) or noun_gender_beside(self.text, at, name, role)
        honorific = honorific or kin_gender_before(self.text, at, written)
        titled = self.names._titled(name, role)
        sex = honorific
        if sex is None and self.names._relatives(name) > 1:
            sex = self.names._pronoun_after(name, at)  # "Clinton said as he introduced his wife"
        person = titled or self.names._generation_written(name, at)
        person = person or self.names.find_named(name, at, sex)
        if person is None:
            person, name = self.names._named_any_sex(name, at, honorific)
        if person is None and (alias := alias_of(self.text, name)) is not None:
            name = alias  # "Guccifer said": Marcel Lehel, "the hacker known as Guccifer"
            person = self.names.find_named(name, at)
        if person is not None and self.names._parent_of_junior(person, name, at):
            person = None  # "Howard Pell Jr. ... His father, former Rep. Howard Pell,"
        if role and titled is None and person is not None and self.names._relatives(name) > 1:
            role = None  # "President Bush" beside Jeb and George W. Bush: whose title is unsure
        if person is None:
            words = name_words(name)
            full_name = self.names._introduced(name) if len(words) == 1 else None
            if full_name:
                name, words = full_name, name_words(full_name)  # "Mr. Amar": Akhil Amar
            person = Person(name=name, full=len(words) > 1)
            self._add(person)
            if kin is not None:
                self._kin_surnamed.add(id(person))
        elif fuller(name_words(name), name_words(person.name)) and not self.names._titled_again(
            name, person.name
        ):
            person.name, person.full = name, True  # "Borrell" first, "Josep Borrell" later
        if len(full := person.name.split()) > 1 and person.name[0].isupper():
            self._surnames.add(full[-1])
        if words := name_words(person.name):
            for end in (words[0], words[-1]):
                named = self._name_ends.setdefault(end, [])
                if all(other is not person for other in named):
                    named.append(person)
            for middle in inner_surnames(person.name, self.text):
                named = self._middles.setdefault(middle, [])
                if all(other is not person for other in named):
                    named.append(person)
            if (called := called_before_particle(person.name)) is not None:
                named = self._called.setdefault(called, [])
                if all(other is not person for other in named):
                    named.append(person)
        if name not in person.aliases:
            person.aliases.append(name)
        shown = written if kin is not None else name
        found = name_written(self.text, shown, at)
        if found >= 0:
            insort(self.namings, (Span(found, found + len(shown)), person), key=lambda n: n[0])
        first = self._first_named.get(id(person), at)
        self._first_named[id(person)] = min(first, at)
        if honorific:
            person.state_gender(honorific)
        elif person.gender is None and stated:
            person.gender = stated
            unisex = name_share(name) < SURE_SHARE
            person.gender_source = "unisex name" if unisex else "name"
        person.add_role(role)
        if recent:
            self._remember(at, person)
        return person

    def kin_surname(self, name: str, at: int) -> str | None:
        """See :meth:`NameMatcher.kin_surname`."""
        return self.names.kin_surname(name, at)

    def group_word_alone(self, word: str, shortest: int = 5, first_names: bool = True) -> bool:
        """See :meth:`NameMatcher.group_word_alone`."""
        return self.names.group_word_alone(word, shortest, first_names)

    def common_word_alone(self, word: str) -> bool:
        """See :meth:`NameMatcher.common_word_alone`."""
        return self.names.common_word_alone(word)

    def introduced(self, word: str) -> str | None:
        """See :meth:`NameMatcher.introduced`."""
        return self.names.introduced(word)

    def group(self, description: str, kind: SpeakerKind, at: int) -> Person:
        """See :meth:`GroupResolver.group`."""
        return self.groups.group(description, kind, at)

    def unnamed_source(self, head: str, at: int) -> Person | None:
        """The unnamed source a definite ``head`` at ``at`` that names no one refers back
        to, the one an indefinite noun phrase of that head introduced before it ("A senior
        campaign official, briefing reporters, said ... “...,” the official said"): the
        anonymous source read at that phrase, else one for it. None if no such phrase, or
        if another unnamed source was mentioned since ("telling one person close to her
        ..." then "said a longtime adviser ... “...,” the person added": the adviser); a
        group of unnamed people since ("A senior adviser said several donors had asked him
        to quit. “...,” the adviser said") is no one a singular noun could mean."""
        found = unnamed_introduction(self.text, head, at)
        if found is None:
            return self._last_unnamed_one(at) if head == "person" else None
        for offset, person in self._mentioned_back(at, found.start()):
            if person.kind != SpeakerKind.ANONYMOUS or offset >= found.end() and is_group(person):
                continue
            if offset >= found.end() and not person_head(person.name.split()[-1].lower()):
                continue  # a thing read as a mention ("because the investigation is")
            if offset >= found.end():
                return None  # another unnamed source, nearer
            return person  # "a spokesman for the ministry", as its own quotation read it
        return self.groups.group(found.group(0), SpeakerKind.ANONYMOUS, found.start())

    def unnamed_since(self, person: Person, head: str, at: int) -> Person | None:
        """The unnamed source (:meth:`unnamed_source`) a definite ``head`` at ``at`` refers
        back to where the indefinite phrase introducing it comes after ``person``'s last
        mention: "the official, Naomi Whitfield, ... Whitfield replied. ... An election
        official in Arizona, who ..., said ... “...,” the official said" is the unnamed one."""
        found = unnamed_introduction(self.text, head, at)
        if found is None or found.start() <= self._latest(person, at):
            return None
        return self.unnamed_source(head, at)

    def _last_unnamed_one(self, at: int) -> Person | None:
        """The unnamed source "the person" or "that person" at ``at`` means where no "a
        person" introduced one: the nearest one unnamed source mentioned in reach, of any
        noun ("Another source familiar with his thinking said ... the person added"; "One
        of the people said ... that person said"), not a group nor a bare noun read alone."""
        for _, person in self._mentioned_back(at, max(0, at - NOMINAL_REACH)):
            if person.kind == SpeakerKind.ANONYMOUS and " " in person.name:
                return None if is_group(person) else person
        return None

    def couple_before(self, at: int) -> Person | None:
        """See :meth:`PairResolver.couple_before`."""
        return self.pairs.couple_before(at)

    def _add(self, person: Person) -> None:
        self._appearance[id(person)] = len(self.people)
        self.people.append(person)

    def _remember(self, at: int, person: Person) -> None:
        if self.quiet:
            self._withheld.append((at, person))
            return
        insort(self._mentions, (at, person), key=lambda m: m[0])  # after equal offsets
        insort(self._heard.setdefault(id(person), []), (at, len(self._mentions)))

    @contextmanager
    def hypothetical(self) -> Iterator[list[tuple[int, Person]]]:
        """Resolve mentions without their counting as what a later pronoun refers to:
        for candidates that may not be chosen. Yields the mentions withheld, which
        :meth:`keep` remembers after all where the candidate is chosen."""
        outer, self._withheld = self._withheld, []
        was_quiet, self.quiet = self.quiet, True
        try:
            yield self._withheld
        finally:
            self.quiet = was_quiet
            self._withheld = outer

    def keep(self, withheld: list[tuple[int, Person]]) -> None:
        """Remember the mentions a :meth:`hypothetical` resolution withheld."""
        for at, person in withheld:
            self._remember(at, person)

    def find_named(self, name: str, at: int, gender: str | None = None) -> Person | None:
        """See :meth:`NameMatcher.find_named`."""
        return self.names.find_named(name, at, gender)

    def mentioned_between(self, start: int, end: int) -> list[Person]:
        """The people mentioned from ``start`` up to ``end``, in text order."""
        lo = bisect_left(self._mentions, start, key=lambda m: m[0])
        hi = bisect_right(self._mentions, end, key=lambda m: m[0])
        return [person for _, person in self._mentions[lo:hi]]

    def _recent_first(self, at: int) -> Iterator[Person]:
        """People by their latest mention up to ``at``, most recent first; then those
        mentioned only after it (least preferred), in order of appearance.

        Lazy, so that a caller stopping at the first fit does not walk every mention.
        """
        seen: set[int] = set()
        upto = bisect_right(self._mentions, at, key=lambda m: m[0])
        opens = self._item_start(at)
        for k in range(upto - 1, -1, -1):
            offset, person = self._mentions[k]
            if offset < opens:
                break
            if id(person) not in seen:
                seen.add(id(person))
                yield person
        if opens:  # those mentioned in an earlier item only are out of reach
            seen |= {id(person) for _, person in self._mentions[:upto]}
        yield from (person for person in self.people if id(person) not in seen)

    def _item_start(self, at: int) -> int:
        """Where the item of a live article holding ``at`` opens (its time stamp), 0 in
        an article of no such items or before the first: a reference in one item ("he",
        "the senator") is to someone its item names, not to one of an earlier story."""
        k = bisect_right(self._items, at) - 1
        return self._items[k] if k >= 0 else 0

    def _recent_among(self, people: list[Person], at: int, prominent: bool = False) -> list[Person]:
        """``people`` in the order of :meth:`_recent_first`, found from each one's own
        mentions: a name is compared with those sharing a word with it, not with the
        whole article (a book-length text names thousands). ``prominent``: the most
        mentioned up to ``at`` first, then the most recent."""

        def latest(person: Person) -> tuple[int, int, int, int]:
            heard = self._heard.get(id(person), [])
            k = self._mentioned(person, at) - 1
            if k >= 0:
                return (0, -(k + 1) if prominent else 0, -heard[k][0], -heard[k][1])
            return (1, 0, self._appearance.get(id(person), len(self.people)), 0)  # by appearance

        return sorted(people, key=latest)

    # ---- resolving references
    def pronoun(self, word: str, at: int) -> Person | None:
        """The person a pronoun at ``at`` most likely refers to."""
        lower = word.lower()
        gender = PRONOUN_GENDER.get(lower)
        candidates = (p for p in self._recent_first(at) if may_be_he_or_she(p))
        if lower in {"they", "them"} and (chosen := self.pairs._they_person(at)) is not None:
            return chosen  # "Okafor, who uses they/them pronouns, ... “...,” they said"
        if lower == "they" and (pair := self.pairs.pair_named_before(at)) is not None:
            return pair  # "Gordon and Elise Thibault have tapped ... “...,” they said"
        if lower == "they" and (people := self.pairs._plural_subject_before(at)) is not None:
            return people  # "The farmers ... said ... “...,” they said"
        if lower in PLURAL_PRONOUNS:
            groups = (p for p in self._recent_first(at) if p.kind != SpeakerKind.PERSON)
            return next(groups, None)
        if lower in {"he", "she"} and (start := self._past_verbless_adjunct(at)) is not None:
            return self.pronoun(word, start)  # "Referring to Julian Corvo, he said": not Corvo
        if lower in {"he", "she"} and (earlier := self._same_pronoun_before(lower, at)) is not None:
            return self.pronoun(word, earlier)  # "When Padilla was asked ..., he grinned.
            # “...,” he said": whom the "he" before the quotation meant there
        if gender and (head := self._relative_clause_head(gender, at)) is not None:
            return head
        if gender and (other := self._beside_other_sex(lower, gender, at)) is not None:
            return other
        if (topic := self._topic(gender, at)) is not None:
            return topic
        if gender and (fronted := self._fronted_clause_subject(gender, at)) is not None:
            return fronted
        if gender and (addressed := self._addressed_by_writer(gender, at)) is not None:
            return addressed
        if gender and (one := self._the_one_asked(gender, at)) is not None:
            return one
        if gender and (kin := self._kin_subject_before(gender, at)) is not None:
            return kin
        if gender and (nominal := self._nominal_just_before(gender, at)) is not None:
            return nominal
        if gender and (nominal := self._nominal_subject_before(lower, gender, at)) is not None:
            return nominal
        if gender and (second := self._coordinate_subject(lower, gender, at)) is not None:
            return second
        if gender and (newcomer := self._unisex_newcomer(lower, gender, at)) is not None:
            return newcomer
        if gender and (sole := self._sole_named_before(lower, gender, at)) is not None:
            return sole
        if lower in SUBJECT_OF_SEX and (own := self._named_in_own_sentence(lower, at)):
            return own
        unknown: Person | None = None  # the latest whose gender the article does not give
        unsure = False  # ... or the one just named, whose first name both sexes are given
        others = self._named_in_clause(at + len(word)) | self._named_in_participle(lower, at)
        others |= self._named_in_apposition(gender, at)
        candidates = (p for p in candidates if id(p) not in others)
        for n, person in enumerate(candidates):
            if gender is None or person.gender == gender:
                if unsure:  # "Jan Brewer ... she said": hers, unless a woman is named since
                    since = self._latest(person, at) > self._first_named[id(unknown)]
                    return person if since else unknown
                if gender and person.gender_source == "unisex name" and n == 0:
                    person.gender_source = "name"  # "Kelly Ayotte ... she said": the guess holds
                if unknown is None or self._mentioned(person, at) > self._mentioned(unknown, at):
                    return person  # "Reince Priebus called ... she": Hillary Clinton, not him
                break
            unisex = person.gender_source == "unisex name"
            if (
                n == 0
                and unisex
                and (person.roles or self._introduced_as_subject(person, lower, at))
                and at - self._latest(person, at) <= NEAR
            ):
                unknown, unsure = person, True  # introduced with a role, or as the subject
                continue  # of the sentence before ("Joan Pellegrini said ... “...,” she said")
            if person.gender is None and unknown is None:
                if gender and self._has_object_of(person, gender, at):
                    continue  # "Salon spoke with her by phone. ... she said": not Salon
                unknown = person
                if at - self._latest(person, at) <= NEAR:
                    break  # "his wife, Jane, called for ... “...,” she said": just named
                if gender and self._subject_just_before(person, lower, at):
                    break  # "Raynard Jackson, a ... consultant, is a Virginia resident who
                    # crossed party lines to vote for Obama .... “...,” he said": the
                    # subject of the sentence before, not the more mentioned Obama
            if n >= LOOK_PAST_UNKNOWN and unknown is not None and not unsure:
                break
        if unknown is not None and gender:
            if unknown.gender is None:
                unknown.bind_gender(gender)
            else:  # a first name given to both sexes: the pronoun tells which
                unknown.gender = gender
            if unknown.gender_source == "unisex name":
                unknown.gender_source = "name"
        if unknown is None and gender:
            return self._unnamed_antecedent(gender, at)
        return unknown

    def _same_pronoun_before(self, word: str, at: int) -> int | None:
        """Where the subject of the sentence before a quotation is the same pronoun as
        ``word`` at ``at``, the cue right after that quotation ("When Padilla was asked
        about his poll numbers, he grinned. “Polls don't vote,” he said"; "Although
        reporters had expected Kinsella to leave, she stayed. | “...,” she said"): the
        cue goes on with the subject, so it means whom that pronoun meant where it stands
        (read there, the clause before it names them). The pronoun opens that sentence's
        main clause right past a fronted subordinate clause (:meth:`_after_fronted_clause`);
        the quotation opens its sentence, after at most a paragraph break, and that
        sentence quotes no one."""
        before = self.text[:at].rstrip(" \t\xa0")
        if not before.endswith(tuple(CLOSERS)):
            return None
        opener = max(before.rfind(mark) for mark in QUOTE_OPENERS)
        k = bisect_right(self.subject_reads, opener, key=lambda r: r.sentence.end) - 1
        if opener < 0 or k < 0 or self.subject_reads[k].person is not None:
            return None  # a subject named: the usual reading finds them
        sentence, subject = self.subject_reads[k].sentence, self.subject_reads[k].subject
        gap = self.text[sentence.end : opener]
        if gap.strip() or gap.count("\n") > 2:
            return None
        if any(mark in self.text[sentence.start : sentence.end] for mark in QUOTE_OPENERS):
            return None
        if not self._after_fronted_clause(sentence.start, subject.start):
            return None  # "He paused.": the usual reading; "..., says ... than he is": no
        return subject.start if self.text[subject.start : subject.end].lower() == word else None

    def both_before(self, gender: str | None, at: int) -> Person | None:
        """See :meth:`PairResolver.both_before`."""
        return self.pairs.both_before(gender, at)

    def pair_named_before(self, at: int) -> Person | None:
        """See :meth:`PairResolver.pair_named_before`."""
        return self.pairs.pair_named_before(at)

    def pair_meant(self, at: int, noun: str, gender: str | None = None) -> Person | None:
        """See :meth:`PairResolver.pair_meant`."""
        return self.pairs.pair_meant(at, noun, gender)

    def former_or_latter(self, word: str, at: int) -> Person | None:
        """See :meth:`PairResolver.former_or_latter`."""
        return self.pairs.former_or_latter(word, at)

    def _unisex_newcomer(self, word: str, gender: str, at: int) -> Person | None:
        """The subject of the sentence deciding the pronoun ``word`` of ``gender``, first
        named there after a description set off before the name, whose first name both
        sexes are given and the lists guess the other sex for ("The quarry's manager, Lou
        Galetti, said the company had paid to drill Brandt a well. “...,” he said": Galetti,
        not Brandt, the man named after): the pronoun tells their sex."""
        deciding = self._sentence_deciding(word, at)
        person = deciding[1].person if deciding is not None and deciding[1] is not None else None
        if (
            person is None
            or person.gender_source != "unisex name"
            or person.gender == gender
            or not self._introduced_as_subject(person, word, at)
        ):
            return None
        person.gender, person.gender_source = gender, "name"
        return person

    def _sole_named_before(self, word: str, gender: str, at: int) -> Person | None:
        """The subject of the sentence deciding the pronoun ``word`` of ``gender`` at
        ``at`` (see :meth:`_sentence_deciding`), where it is the one person that sentence
        names and the first-name lists guessed the other sex for them ("Sen. Lindsey
        Graham spoke on Tuesday. He said"; "Lindsey" is listed as a woman's): the
        article's pronoun over the list, where one bearer of the name in twenty or more is
        of the pronoun's sex (Lindsey, 0.90 women; not Joanna, 1.0: gender52's override at
        any share made "Rep. Joanna Pike ... Pike called ... He joked" hers). Someone of the
        pronoun's sex mentioned since the sentence before it leaves the pronoun to them."""
        deciding = self._sentence_deciding(word, at)
        if deciding is None or deciding[1] is None or (person := deciding[1].person) is None:
            return None
        if person.gender_source not in GUESSED_FROM_NAME or person.gender in (None, gender):
            return None
        if name_share(person.name) >= OVERRULED_SHARE:
            return None  # "Joanna Pike ... Pike called ... He joked": someone else's "he"
        sentence, here = deciding[0], self.sentence_at(at)
        if here is None or not QUOTATION_ALONE.fullmatch(self.text, here.start, at):
            return None  # "He said", "“...,” he said": the pronoun opens its clause
        sentences = self.sentences()
        n, k = self.sentence_number(sentence), self.sentence_number(here)
        if k <= n or any(not self._quoted(s.start, at) for s in sentences[n + 1 : k]):
            return None  # the sentence just before decides, or the one opening the quotation
            # whose later sentences come before ("Varga said, “... . ...” He added"), not
            # one past "She was asked"
        if not self._opens(person, sentence):
            return None  # ... and the person opens it
        lone = lone_names(self.text, sentence.start, sentence.end)
        named = [self.names.known(n.name, n.at) for n in lone]
        if any(p is not None and p is not person for p in named):
            return None  # "Schlafly backed Trump's campaign. He ...": maybe Trump
        j = self.namings_before(sentence.start)
        k = self.namings_before(sentence.end)
        if any(p is not person for _, p in self.namings[j:k] if p.kind == SpeakerKind.PERSON):
            return None
        words = re.findall(r"\w+", self.text[here.start : here.end].lower())
        other = any(PRONOUN_GENDER.get(w, gender) != gender for w in words)
        if other and not self._other_sex_named(gender, here):
            return None  # "He acknowledged her": the one the list guessed may be "her"; not
            # "Asked about Dunmore, he said she was the youngest": hers is Dunmore
        since = sentences[max(0, self.sentence_number(sentence) - 1)].start
        if any(p.gender == gender for p in self.mentioned_between(since, at)):
            return None  # "Trump mocked Clinton. Hillary Clinton answered. He said": Trump
        person.state_gender(gender)
        return person

    def _other_sex_named(self, gender: str, sentence: Span) -> bool:
        """Is someone known for the other sex than ``gender`` named in ``sentence`` (as the
        article wrote them before)?"""
        written = self.text[sentence.start : sentence.end]
        return any(
            re.search(rf"\b{re.escape(alias)}\b", written) is not None
            for p in self.people
            if p.kind == SpeakerKind.PERSON and p.gender not in (None, gender)
            for alias in {*p.aliases, p.name.split()[-1]}  # or by the surname alone
        )

    def _named_in_own_sentence(self, word: str, at: int) -> Person | None:
        """The one person of the pronoun ``word``'s sex that its own sentence names before
        it, outside quotations, where the grammar makes them what the sentence is about: a
        possessive ("Mr. Clinton's speeches ..., said he had less magnetism"; "Despite
        Rubio's standing, his donors remain confident that he will win") or the subject of
        a clause opening there ("If Sanders wins by 10 points, it means he succeeded"). A
        subject pronoun so placed means them, not the subject of the sentence before,
        which :meth:`pronoun` otherwise takes by its mentions (a possessive is none).
        None where the pronoun reports what comes before ("Trump isn't a conservative, he
        said"; "“...,” he said"), where a pronoun of its sex comes before the name ("He
        said Grassley could lose because he"), where the sentence names someone else of
        its sex or of no known sex there, or the pronoun's verb or a participle opening
        the sentence names them ("Asked about Reed, he said")."""
        sentence, gender = self.sentence_at(at), PRONOUN_GENDER[word]
        if sentence is None:
            return None
        begin = max(sentence.start, at - OWN_SENTENCE_REACH)  # linear in a long sentence
        named = [
            (x, end, p)
            for x, end, p in self._named_with_ends(begin, at)
            if p is not None and p.kind == SpeakerKind.PERSON and may_be_he_or_she(p)
        ]
        if not any(p.gender == gender for _, _, p in named) or leaves_open(self.text[begin:at]):
            return None
        start = self._clause_run_start(begin, at)
        if self._reports(word, at, start):
            return None
        others = self._named_in_clause(at + len(word)) | self._named_in_participle(word, at)
        named = [
            (x, end, p)
            for x, end, p in named
            if x >= start and id(p) not in others and not leaves_open(self.text[begin:x])
            if not self._quoted(x, at)
        ]
        if any(p.gender is None for _, _, p in named):
            return None  # someone whose sex the article does not give: maybe them
        ours = {id(p): p for _, _, p in named if p.gender == gender}
        if len(ours) != 1:
            return None
        person = next(iter(ours.values()))
        first = min(x for x, _, p in named if p is person)
        if any(
            PRONOUN_GENDERS.get(w) == gender for w in WORD.findall(self.text[start:first].lower())
        ):
            return None  # "He said Grassley could lose ... because he": the first "He"'s
        mine = [(x, end) for x, end, p in named if p is person]
        if any(possessive(self.text, end) or self._opens_clause(start, x) for x, end in mine):
            return person
        return person if self._after_fronted_clause(start, at) else None

    def _after_fronted_clause(self, start: int, at: int) -> bool:
        """Is ``at`` where the main clause opens, right past a subordinate clause opening
        the sentence at ``start`` ("Although reporters had expected Kinsella to leave
        quickly, | she stayed")? The one person of the pronoun's sex named in such a
        clause is whom the main clause's subject pronoun means, whatever their part in
        it (the subject, an object, a possessive)."""
        words = WORD.findall(self.text[start : start + CLAUSE_LEAD].lower())
        if not words or words[0] not in SUBORDINATORS:
            return False
        clause = self.text[start:at].rstrip(" \t\xa0")
        return clause.endswith(",") and "," not in clause[:-1]

    def _clause_run_start(self, start: int, at: int) -> int:
        """Where the run of clauses holding ``at`` opens in the sentence from ``start``:
        past its last colon or semicolon outside a quotation ("... to oppose Mr. Trump's
        candidacy, the president often says: In his view": not Trump's view)."""
        for found in reversed(list(CLAUSE_RUN_BREAK.finditer(self.text, start, at))):
            if not leaves_open(self.text[start : found.start()]):
                return found.end()
        return start

    def _named_with_ends(self, start: int, stop: int) -> Iterator[tuple[int, int, Person | None]]:
        """:meth:`_named_between` with where each naming starts and ends."""
        j = self.namings_before(start)
        for span, person in self.namings[j:]:
            if span.start >= stop:
                break
            yield span.start, span.end, person
        for n in lone_names(self.text, start, stop):
            yield n.at, n.at + len(n.name), self.names.known(n.name, n.at)

    def _reports(self, word: str, at: int, start: int) -> bool:
        """Is the pronoun ``word`` at ``at`` the subject of a cue after what it reports: a
        quotation ("“...,” he told the AP") or a clause set off by a comma (from ``start``:
        "Also, Trump isn't a conservative, he said"; "If Trump loses, he said he would
        ..."), not a phrase ("With Reed's victory secure, he told reporters")?"""
        before = self.text[start:at].rstrip()
        after = WORD.match(self.text, at + len(word) + 1)
        if after is None or after.group(0).lower() not in lexicons.cue_forms():
            return False
        if before.endswith(("\u201d", '"', "''", "\u2019")):
            return True
        tokens = nlp.tagged(self.text, start, at) if before.endswith(",") else []
        return any(t.tag in FINITE_TAGS for t in tokens)

    def _quoted(self, x: int, at: int) -> bool:
        """Is the name at ``x`` inside a quotation that closes before ``at`` (one opened
        in a sentence before: "“... Trump is making our country less safe,” he said")?"""
        return marks_left_open(self.text[x:at], "\u201d", "\u201c")

    def _opens_clause(self, start: int, at: int) -> bool:
        """Does the name at ``at`` open its sentence (from ``start``) or a clause after a
        subordinator or "if", "whether", "that" ("If Sanders wins", "While Clinton is"),
        past titles ("Mr. ")?"""
        lead = self.text[max(start, at - CLAUSE_LEAD) : at]
        titles = TITLES_AT_END.search(lead)
        if titles is not None:
            lead = lead[: titles.start()]
        words = WORD.findall(lead.lower())
        return not words or words[-1] in CLAUSAL_IN

    def _opens(self, person: Person, sentence: Span) -> bool:
        """Is ``person`` named opening ``sentence``, after titles at most ("Sen. Lindsey
        Graham spoke"), or after a quotation and "said" ("“...,” said Lindsey Graham")?"""
        names = [person.name, *person.aliases]
        start = sentence.start
        quoted = QUOTATION_ALONE.match(self.text, start, sentence.end)
        if quoted and quoted.end() > start and (said := SAID_AFTER.match(self.text, quoted.end())):
            start = said.end()  # "“...,” said Robin Maynard"
        opening = OPENING_TITLES.match(self.text, start, sentence.end)
        start = opening.end() if opening else start
        return any(self.text.startswith(name, start) for name in names)

    def _introduced_as_subject(self, person: Person, word: str, at: int) -> bool:
        """Is ``person`` first named in the sentence that decides what the pronoun
        ``word`` at ``at`` means, as its subject, after a description set off before the
        name ("An auto safety advocate, Joan Pellegrini, said"): a newcomer the pronoun
        may be about, whichever sex the first-name lists guess for a unisex name?"""
        deciding = self._sentence_deciding(word, at)
        if deciding is None or deciding[1] is None or deciding[1].person is not person:
            return False
        first = self._first_named.get(id(person), -1)
        if not deciding[0].start <= first < deciding[0].end:
            return False
        set_off = DESCRIBED_BEFORE_NAMING.search(self.text, max(0, first - 60), first)
        return set_off is not None and person_head(set_off.group(1).split()[-1])

    def _relative_clause_head(self, gender: str, at: int) -> Person | None:
        """The unnamed person a pronoun at ``at`` inside a relative clause describes: the
        noun phrase opening the pronoun's sentence, set off by ", who", whose clause is
        still open at the pronoun with no one named in it ("One operator, who asked not
        to be named because he is negotiating ..., said": the operator, not the man quoted
        before; "A U.S. official, who spoke on condition of anonymity because he was not
        authorized ..., said"). A relative clause is about its head: a pronoun in it of
        the head's gender is the head, by binding, whoever the article named before. The
        head noun is a singular noun for people or an agent noun ("operator") of no other
        gender, after "A", "An", "One", "Another" or "The", and no role of a person the
        article names."""
        sentence = self.sentence_at(at)
        if sentence is None:
            return None
        found = RELATIVE_HEAD.match(self.text, sentence.start, at)
        if found is None or RELATIVE_CLOSED.search(self.text, found.end(), at):
            return None  # no relative clause opens the sentence's subject, or it closed
        words = found.group(1).split()
        k = next((k for k, w in enumerate(words) if w in NOT_A_VERB), len(words))
        head = k - 1  # "A U.S. official at the embassy": the noun before its preposition
        noun = words[head].lower() if head >= 1 else ""
        if not (people_noun(noun) or lexicons.agent_noun(noun)):
            return None  # "who" speaks of a person: a role, or one by what they do
        if noun_gender(noun) not in (None, gender):
            return None
        if words[0] == "The" and any(p.matches_nominal(words[head]) for p in self.people):
            return None  # "The senator, who ...": maybe the senator the article names; "A
            # nurse, who ...", "One nurse, who ..." is someone new, whoever else is a nurse
        clause = found.end(1)  # a name in the phrase describes its head: "A Trump aide"
        if any(p is not None for p in self._named_between(clause, at)):
            return None  # someone named in the clause, whom the pronoun may mean
        return self.groups.group(" ".join(words[: head + 1]), SpeakerKind.ANONYMOUS, found.start())

    def _coordinate_subject(self, word: str, gender: str, at: int) -> Person | None:
        """The subject of a clause joined to the sentence that decides what the pronoun
        ``word`` at ``at`` means (:meth:`_sentence_deciding`), where the main clause's
        subject is not of the pronoun's gender: "Ms. Hughes avoids the election with her
        mother, but their neighbor Benjamin Green, 83, knows just what Washington needs.
        “...,” he said": Green, the man that sentence is about, not a man named further
        back. The clause opens with ", but", ", and", ", yet" or ", while", its subject is
        a name of a person of no other gender at most three words in, and a finite verb
        follows the name (past an aside set off by commas: ", 83,")."""
        deciding = self._sentence_deciding(word, at)
        if deciding is None or deciding[1] is None:
            return None
        sentence, (_, _, subject, _) = deciding
        if (
            subject is None
            or subject.kind != SpeakerKind.PERSON
            or subject.gender != ("f" if gender == "m" else "m")
        ):
            return None  # the main clause's subject may be what the pronoun means
        joins = list(COORDINATE_CLAUSE.finditer(self.text, sentence.start, sentence.end))
        joined = joins[-1] if joins else None  # the last clause joined
        if joined is None or leaves_open(self.text[sentence.start : joined.start()]):
            return None
        j = self.namings_before(joined.end())
        if j >= len(self.namings) or self.namings[j][0].start >= sentence.end:
            return None
        span, person = self.namings[j]
        if (
            len(self.text[joined.end() : span.start].split()) > 3
            or "," in self.text[joined.end() : span.start]
        ):
            return None  # "but their neighbor Benjamin Green": the name opens the clause
        if person.kind != SpeakerKind.PERSON or person.gender not in (None, gender):
            return None
        after = span.end
        aside = re.match(r",[^,.;:]{1,40},", self.text[after : sentence.end])
        if aside is not None:
            after += aside.end()  # ", 83,"
        tokens = nlp.tagged(self.text, after, min(sentence.end, after + 40))
        verb = tokens[0] if tokens else None
        if verb is None or not nlp.is_lower_word(verb.text):
            return None
        if verb.tag not in FINITE_TAGS and verb.tag not in ("NNS", "VBN"):
            return None  # right after a name, "knows" tagged as a plural noun is its verb
        return person

    def _sentence_deciding(self, word: str, at: int) -> tuple[Span, SubjectRead | None] | None:
        """The sentence before the pronoun ``word``'s (at ``at``) whose subject decides
        what it means, with the subject read there (None where none was read): past
        sentences whose subject is ``word`` itself ("He stayed home.") or that open with a
        quotation mark (a quotation alone) or inside a quotation closing before the
        pronoun (the later sentences of "Reyes said, “... . ...” | He added"), at most
        ``CHAIN`` of them. None where the
        pronoun's own sentence names someone outside a quotation before it ("Sanders's
        role is under discussion, but he has said"), or no sentence decides."""
        sentences = self.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        if here < 0 or self._named_before_in_sentence(sentences[here], at):
            return None
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.start) - 1
        for n in range(here - 1, max(-1, here - 1 - CHAIN), -1):
            sentence = sentences[n]
            while k >= 0 and self.subject_reads[k].sentence.start > sentence.start:
                k -= 1  # the sentences after it, the pronoun's own among them
            if k >= 0 and self.subject_reads[k].sentence.start == sentence.start:
                words, named = self.subject_reads[k].subject, self.subject_reads[k].person
                opening = self._opening_nominal(sentence.start, words.start)
                if (
                    named is None
                    and self.text[words.start : words.end].lower() == word
                    and opening is None
                ):
                    continue  # "He stayed home": the same person, further back; not "The
                    # 74-year-old said he was no hero", whose subject opens it
                return sentence, self.subject_reads[k]
            if self.text[sentence.start] not in "\u201c\"'" and not self._quoted(
                sentence.start, at
            ):
                return sentence, None
        return None  # a quotation alone, or its later sentences, no subject read: past it

    def _subject_just_before(self, person: Person, word: str, at: int) -> bool:
        """Is ``person`` the subject of the sentence that decides what the pronoun
        ``word`` at ``at`` means (:meth:`_sentence_deciding`)? That subject is what the
        pronoun most likely means, however often the article names someone else."""
        deciding = self._sentence_deciding(word, at)
        return deciding is not None and deciding[1] is not None and deciding[1][2] is person

    def _nominal_subject_before(self, word: str, gender: str, at: int) -> Person | None:
        """The person a definite noun phrase opening the sentence before the pronoun
        ``word``'s names by a role the article gives them, where it is that sentence's
        subject and no one is named before its verb ("Republican Mark Harmon ... “...,”
        Delgado said. The Republican did not back down. “...,” he said": Harmon, not
        Delgado, the man last named as a subject). Past sentences as in
        :meth:`_sentence_deciding`; None where no role of a person named before fits
        the noun, or theirs is the other gender. The noun phrase is "The", at most two
        modifiers and a role noun, before a lower-case word that is no preposition,
        conjunction or relative ("The Florida senator has", not "The senator of Texas",
        "The candidate who won")."""
        deciding = self._sentence_deciding(word, at)
        if deciding is None:
            return None
        sentence, read = deciding
        begin = None  # where a nominal read as the subject past a fronted adjunct begins
        if read is not None and (read.person is not None or read.subject.start < read.subject.end):
            opening = self._opening_nominal(sentence.start, read.subject.start)
            if read.person is None and NOMINAL_FRONTED.match(self.text, read.subject.start):
                begin = read.subject.start  # "Asked about Whitby, who ..., the governor"
            elif read.person is not None or opening is None:
                return None  # a person named, or another pronoun, is the subject; not a
                # pronoun past the nominal's verb ("The 74-year-old said he was no hero")
        nominal = self._nominal_opening(sentence, gender, begin)
        return nominal or self._unnamed_opening(sentence, gender)

    def _nominal_opening(
        self, sentence: Span, gender: str, begin: int | None = None
    ) -> Person | None:
        """The person of ``gender`` (or of none known) whose role the definite noun phrase
        opening ``sentence`` names (see :meth:`_nominal_subject_before`); that at
        ``begin`` where given (the subject read past a fronted adjunct)."""
        if begin is None:
            found = self._opening_nominal(sentence.start, sentence.end)
        else:
            found = NOMINAL_FRONTED.match(self.text, begin, sentence.end)
        if found is None:
            return None

        after = found.group(1).split()
        if after[0] in ("former", "latter") and len(after) > 1 and after[1].islower():
            person = self.pairs.former_or_latter(after[0], found.start(1))  # "The latter was less
            return person if person is not None and person.gender in (None, gender) else None
        if AGED.fullmatch(after[0].rstrip(",")):  # "The 34-year-old, speaking from his bed,"
            return self._aged_opening(after[0], found.start(1) - len("The"), sentence, gender)
        k = next((k for k, w in enumerate(after[:3]) if person_head(w.lower())), None)
        while k is not None and k + 1 < min(3, len(after)) and person_head(after[k + 1].lower()):
            k += 1  # "The Republican nominee": the last noun of the compound
        if k is None:  # a noun no list holds, that the lede brought in: "The rancher said"
            at = found.start(1)
            k = next((k for k, w in enumerate(after[:3]) if self._lede_noun(w, at)), None)
        if k is None:  # a noun no list holds, given as someone's role: "Dr. Ellen Marchetti,
            at = found.start(1)  # a retired veterinarian, ..." before "The veterinarian said"
            k = next((k for k, w in enumerate(after[:2]) if self._role_given(w, at)), None)
        if k is None or k + 1 >= len(after) or after[k][-1] == ".":
            return None
        if after[k][-1] == "," and not after[k + 1].endswith("ing"):
            return None  # not "The billionaire, speaking from his resort, dismissed"
        place = place_complement(after[k + 1 :])  # "The senator from Texas laughed"
        if k + 1 + len(place) >= len(after):
            return None
        following = after[k + 1 + len(place)].removesuffix(".")  # "The judge disagreed.": a
        if not nlp.is_lower_word(following) or following in NOT_A_VERB:
            return None  # verb; not "The candidate who won", "The senator and"
        written = ["The", *after[: k + 1], *place]
        head = after[k].lower()
        if noun_gender(head) not in (None, gender):
            return None
        person = self.ranked(written, found.start(1))  # "The oldest sister said"
        person = person or self.nominal(head, found.start(1) - len("The"), written)
        if person is None and self.roles_at is not None:  # "Kessler's lawyer, Ana Cole,"
            at = found.start(1) - len("The")  # before "The defense lawyer objected": a role
            person = self.described(head, at, written, self.roles_at)  # written at a naming
        if person is None and kin_noun(head):  # "Jean-Luc Moreau and his son, Théo," before
            person = self._kin_reciprocal(head, found.start(1))  # "The father first rode"
        if person is None:  # "A rancher whose family ... \n\nBill Strand, 67, said": the
            person = self.lede_person(head, found.start(1))  # lede's, named after it
        if person is None and person_head(head) and not kin_noun(head):
            person = self.definite(head, found.start(1) - len("The"), written)  # "Kasinski
            # beat Grant Whitcomb. The billionaire dismissed it": a noun no role gives, read
            # as "“...,” the billionaire said" is (the role only the story implies)
        if person is None or person.kind != SpeakerKind.PERSON:
            return None
        named = list(self._named_between(sentence.start, sentence.end))
        if any(p is person for p in named):
            return None  # "The sheriff looked at Olsen": by binding, not Olsen
        unisex = person.gender_source == "unisex name"  # "Joan Whitcombe, a pediatrician,"
        return person if person.gender in (None, gender) or unisex else None

    def _unnamed_opening(self, sentence: Span, gender: str) -> Person | None:
        """The one a definite noun phrase opening ``sentence`` describes where no role of
        anyone the article names fits it ("The hospital's dietitian, who works with the
        kitchen, says the food matters. “...,” she says"): the description, as "the
        dietitian says" gives it. Its head is a singular noun for a person of no other
        gender, before a verb or a relative clause set off, and no one is named in the
        sentence ("The nurse handed Mary a form. She ..." may be Mary's). The phrase tells
        whom it introduces, by an owner or a relative clause ("The school's nurse says",
        "The nurse, who ..., says"): a bare one ("The impostor gushed") refers back."""
        found = UNNAMED_OPENING.match(self.text, sentence.start, sentence.end)
        if found is None:
            return None
        words = list(WORD_AT.finditer(found.group(1)))
        k = next((k for k, w in enumerate(words) if singular_person(w.group())), None)
        if k is None:
            return None
        head, end = words[k].group(), found.start(1) + words[k].end()
        after = AFTER_HEAD.match(self.text, end, sentence.end)
        if after is None or after.group(1) in NOT_A_VERB:
            return None  # "The nurse of ...", "The nurse and", "The nurse who"
        owned = any(w.group().endswith(("'s", "\u2019s")) for w in words[:k])
        if not owned and after.group(1) is not None:
            return None  # "The impostor gushed": a bare definite refers back to someone
        if noun_gender(head) not in (None, gender):
            return None
        at = found.start(1) - len("The")
        written = self.text[at:end].split()
        if self.ranked(written, at) or self.nominal(head, at, written):
            return None  # "The senator" where a senator is named: hers, not someone new
        if self._role_given(head, at) or any(True for _ in self._named_between(end, sentence.end)):
            return None
        return self.groups.group(" ".join(written), SpeakerKind.ANONYMOUS, at)

    def _opening_nominal(self, begin: int, end: int) -> re.Match[str] | None:
        """The definite noun phrase opening the sentence at ``begin`` (``NOMINAL_OPENING``),
        or the one right past a phrase fronted before it (:meth:`_fronted`: "Told of the
        guard's comments, the coach did not back down"; "In a statement, the senator")."""
        found = NOMINAL_OPENING.match(self.text, begin, end)
        if found is not None:
            return found
        fronted = self._fronted(begin, end)
        return None if fronted is None else NOMINAL_FRONTED.match(self.text, fronted, end)

    def _aged_opening(self, aged: str, at: int, sentence: Span, gender: str) -> Person | None:
        """The one person of ``gender`` (or of none known) named before ``at`` with the
        age an age nominal opening ``sentence`` gives ("Frank Oduya, 74," before "The
        74-year-old said he ...", "The 34-year-old, speaking from his bed, said")."""
        person = self.aged(aged, at, gender)
        named = self._named_between(sentence.start, sentence.end)
        return None if person is None or any(p is person for p in named) else person

    def aged(self, aged: str, at: int, gender: str | None = None) -> Person | None:
        """The one person named before ``at`` with the age an age nominal gives ("Imogen
        Thwaite, 29," before "“...,” the 29-year-old said"; ``aged`` is "29-year-old"), of
        ``gender`` or of none known where it is given. None where no one, or more than one,
        is named so."""
        age = float(aged.rstrip(",").split("-")[0])
        before = self._namings_and_lone(at)
        people = {id(p): p for _, p in before if p.kind == SpeakerKind.PERSON}
        aged_so = [
            p
            for p in people.values()
            if (gender is None or p.gender in (None, gender))
            and age_and_generation(self.text, p, before)[0] == age
        ]
        return aged_so[0] if len(aged_so) == 1 else None

    def aged_otherwise(self, person: Person, aged: str, at: int) -> bool:
        """Does the article give ``person``, before ``at``, another age than the age
        nominal's ("Tyler Brandvik, a 24-year-old worker," is not "the 82-year-old")?"""
        age = age_and_generation(self.text, person, self._namings_and_lone(at))[0]
        return age is not None and age != float(aged.rstrip(",").split("-")[0])

    def _namings_and_lone(self, at: int) -> list[tuple[Span, Person]]:
        """Where people are named before ``at``, and where a word of their name alone
        mentions them ("Thwaite, 29,")."""
        k = self.namings_before(at + 1)
        j = bisect_left(self._mentions, at, key=lambda m: m[0])
        alone = [
            (Span(start, start + len(word.group())), person)
            for start, person in self._mentions[:j]
            if (word := CAPITALISED_WORD.match(self.text, start))
        ]
        return [*self.namings[:k], *alone]

    def _named_before_in_sentence(self, sentence: Span, at: int) -> bool:
        """Does ``sentence`` name a person before ``at``, outside any quotation? Its lone
        names are read once per sentence, not once per pronoun in it (a long sentence of
        many quotations grew quadratically)."""
        start = sentence.start
        j = self.namings_before(start)
        spans = [span.start for span, p in self.namings[j:] if span.start < at]
        lone = self._lone.get(start)
        if lone is None:  # a capitalised pronoun ("He said “yes” and He said ...") names
            # no one: not kept to be asked about
            names = lone_names(self.text, start, sentence.end)
            lone = [n for n in names if n.name.lower() not in PRONOUN_GENDERS]
            self._lone[start] = lone
        before = lone[: bisect_left(lone, at, key=lambda n: n.at)]
        spans += [n.at for n in before if self.names.known(n.name, n.at)]
        return any(not leaves_open(self.text[start:x]) for x in spans)

    def _topic(self, gender: str | None, at: int) -> Person | None:
        """The person a sentence opens on as its topic, right before the subject pronoun
        at ``at`` ("As for Trump, he said he's not worried": Trump), where the pronoun
        fits them."""
        start = max(self.text.rfind("\n", 0, at) + 1, at - NEAR)
        topic = TOPIC_BEFORE.search(self.text, start, at)
        if topic is None:
            return None
        j = self.namings_before(topic.start(1))
        named = [p for span, p in self.namings[j:] if span.start < topic.end(1)]
        named = named or [
            self.names.known(n.name, n.at) for n in lone_names(self.text, *topic.span(1))
        ]
        people = {id(p): p for p in named if p is not None and p.kind == SpeakerKind.PERSON}
        one = next(iter(people.values())) if len(people) == 1 else None
        if one is None or (gender and one.gender not in (None, gender)):
            return None
        return one

    def _past_verbless_adjunct(self, at: int) -> int | None:
        """The start of the pronoun's sentence where the pronoun is its subject right past
        a fronted adjunct with no finite verb that names someone ("Referring to Sen. Julian
        Corvo, he said", "Asked about Brandt, she laughed", "Unlike Hale, he"): that person
        is not the subject, who is read as from the sentence's start (the one meant before
        it). Not past a clause with its own subject ("When Brandt landed, he said"), nor
        past a phrase that makes its name the topic ("As for Trump, he said", "For Ban, he
        ...") or names its owner ("With Reed's victory secure, he told reporters": Reed)."""
        sentence = self.sentence_at(at)
        if sentence is None or sentence.start >= at or not self.text.endswith(", ", 0, at):
            return None
        tokens = nlp.tag(nlp.tokenize(self.text, sentence.start, at))
        if len(tokens) < 3 or tokens[0].tag not in {"VBG", "VBN", "IN", "TO", "WRB"}:
            return None  # "Referring to", "Asked about", "Unlike", "When asked about"
        if any(t.tag in FINITE_TAGS or t.tag == "POS" for t in tokens):
            return None  # "Despite Reed's narrow margin, he": the owner is the one meant
        if tokens[0].text.lower() in TOPIC_OPENERS:
            return None  # "As for Trump, he said": the topic is the one meant
        if adjunct_end(tokens) != len(tokens) - 1 or leaves_open(self.text[sentence.start : at]):
            return None
        named = any(p is not None for p in self._named_between(sentence.start, at))
        return sentence.start if named else None

    def _fronted_clause_subject(self, gender: str, at: int) -> Person | None:
        """The person named as the subject of a subordinate clause opening the pronoun's
        sentence, where the pronoun is the subject of an attribution closing it ("Though
        Ms. Olivieri has spent most of her life in Washington Heights, the influx of
        wealthier residents has led to more police, she said": Olivieri, not the woman
        quoted before): the one person the sentence names before the pronoun, of no
        other gender, right after "Though", "Although", "While", "Because", "Since",
        "When" or "After"; or, where it names several, the one of the pronoun's gender when
        every other has the other ("After Acheson accused Pembrook of dodging, he said":
        Pembrook, Acheson a woman)."""
        sentence = self.sentence_at(at)
        if sentence is None or not self.text.endswith(", ", 0, at):
            return None
        opener = FRONTED_CLAUSE.match(self.text, sentence.start, at)
        if opener is None:
            return None
        closing = ATTRIBUTION_CLOSING.match(self.text, at, sentence.end)
        if not closing and not ATTRIBUTION_OPENING.match(self.text, at, sentence.end):
            return None  # ", she said." ends the sentence, or ", he said, “" opens a quotation
        if leaves_open(self.text[sentence.start : at]):
            return None
        people = {id(p): p for p in self._named_between(sentence.start, at) if p is not None}
        if len(people) > 1:
            return the_one_of_gender(people.values(), gender)
        if not closing:
            return None
        j = self.namings_before(sentence.start)
        if len(people) != 1 or j == len(self.namings) or self.namings[j][0].start >= at:
            return None  # one person, named (a surname alone is no clause's subject here)
        span, person = self.namings[j]
        if span.start != opener.end():
            return None  # the name is the clause's subject, right after its conjunction
        if person.kind != SpeakerKind.PERSON or person.gender not in (None, gender):
            return None
        return person

    def _addressed_by_writer(self, gender: str, at: int) -> Person | None:
        """The one person of ``gender`` named in a clause opening the pronoun's sentence
        whose subject is the writer ("Later, when I emailed Brafman to thank him for his
        work, he replied": Brafman, not the judge quoted before), where no one whose sex
        the article does not give is named there too."""
        start = max(self.text.rfind("\n", 0, at) + 1, at - NEAR)
        clause = WRITER_CLAUSE_BEFORE.search(self.text, start, at)
        end = at
        if clause is None:  # "When I read that to the mayor, he paused. “...,” he said"
            clause = WRITER_CLAUSE_THEN.search(self.text, start, at)
            if clause is None or clause.group("pronoun").lower() != PRONOUN_OF_GENDER[gender]:
                return None
            end = clause.start("pronoun")
        named = self._named_between(clause.start(), end)
        people = {id(p): p for p in named if p is not None and p.kind == SpeakerKind.PERSON}
        if not people and (nominal := self._writer_told_nominal(clause.start(), end)) is not None:
            people = {id(nominal): nominal}  # "When I read that to the mayor, he paused"
        if len(people) != 1:
            return None
        one = next(iter(people.values()))
        return one if one.gender == gender else None

    def _asked_between(self, start: int, end: int) -> bool:
        """May a question be put between ``start`` and ``end``: does a word that opens
        :data:`ASKED_QUESTION` start there? Found once per article, so that a paragraph of
        many pronouns is not searched again for each."""
        if self._askings is None:
            self._askings = [m.start() for m in ASKING_WORD.finditer(self.text)]
        k = bisect_left(self._askings, start)
        return k < len(self._askings) and self._askings[k] < end

    def _the_one_asked(self, gender: str | None, at: int) -> Person | None:
        """The one a question was last put to, in the pronoun's paragraph or the one
        before, who answers in the pronoun's quotation ("Scott Conroy asked Sanders whether
        ... | “...,” he said": Sanders; "I asked a longtime Republican senator ... whether
        ... He paused. “...,” he said"; "I put the same question to a veteran House member
        from Texas, ... “...,” she said"), where no one else is named and no other words
        are quoted from the question to the pronoun (not "“...?” Carrow asked. “...,” he
        said", the asker going on); the one asked is a person named, or an indefinite
        nominal for one, of the pronoun's sex (any, for ``gender`` None: a nominal's)."""
        paragraph = self.text.rfind("\n", 0, at)
        start = max(0, self.text.rfind("\n", 0, max(0, paragraph - 1)) + 1)
        if not self._asked_between(start, at):
            return None
        found = list(ASKED_QUESTION.finditer(self.text, start, at))
        if not found:
            return None
        question = found[-1]
        between = self.text[question.end() : at].replace("\u2019\u2019", '"').replace("''", '"')
        if not ANSWER_BETWEEN.fullmatch(between):
            return None
        group = "one" if question.group("one") is not None else "put"
        one_start, one_end = question.span(group)
        if re.search(r"\bto\b", question.group(group)):
            return None  # "asked her to call Mr. Chagoury immediately if": a request
        named = {id(p): p for p in self._named_between(one_start, one_end) if p is not None}
        others = {id(p) for p in self._named_between(one_end, at) if p is not None}
        if len(named) > 1 or not others <= set(named):
            return None  # "Before he could answer, the press secretary, Ian Voss,"
        if self._another_opens_between(question.end(), at, named):
            return None  # "... asked Lindahl how many. The senator closed her eyes. “...”"
        if named:
            person = next(iter(named.values()))
            if person.kind != SpeakerKind.PERSON or gender not in (None, person.gender):
                return None
            return person
        if gender is None:
            return None
        return self._asked_nominal(question.group(group), gender, one_start)

    def _another_opens_between(self, start: int, at: int, asked: dict[int, Person]) -> bool:
        """Does a sentence from ``start`` to the one holding ``at`` open on a definite
        nominal for someone other than the one ``asked`` ("Vinton asked Lindahl how many
        had come. Lindahl told her. The senator closed her eyes. “...,” she said": the
        senator, Vinton, acts after the answer)?"""
        for sentence in self.sentences():
            if not start <= sentence.start < at or sentence.end > at:
                continue
            opening = THE_NOMINAL_OPENING.match(self.text, sentence.start, sentence.end)
            if opening is None:
                continue
            words = opening.group(1).split()
            head = next((w for w in words if lexicons.is_role_noun(w)), None)
            person = self.nominal(head, sentence.start, words) if head else None
            if person is not None and id(person) not in asked:
                return True
        return False

    def _asked_nominal(self, phrase: str, gender: str, at: int) -> Person | None:
        """The unnamed person an indefinite nominal asked a question describes ("a
        longtime Republican senator from the Midwest"): its head a singular noun for
        people of no other gender; None for a thing asked ("the crowd")."""
        if not INDEFINITE.match(phrase):
            return None
        words = phrase.split()
        k = next((k for k in range(len(words) - 1, 0, -1) if nominal_head(words[k])), -1)
        if k < 1 or noun_gender(words[k]) not in (None, gender):
            return None
        return self.groups.group(phrase, SpeakerKind.ANONYMOUS, at)

    def _writer_told_nominal(self, start: int, end: int) -> Person | None:
        """The person the last definite role noun in the writer's clause ``text[start:end]``
        means, when it names no one ("When I read that to the mayor, ": Mayor Phil
        Santangelo, named before)."""
        found = None
        for match in DEFINITE_ROLE.finditer(self.text, start, end):
            if lexicons.is_role_noun(match.group(1)):
                found = match
        if found is None:
            return None
        words, at = found.group(0).split(), found.start()
        for person in self._recent_first(at):  # whose role it is, the subject's salience
            # aside (the object of "to" is not the sentence's subject: see _salient_over)
            if person.kind == SpeakerKind.PERSON and person.matches_nominal(found.group(1), words):
                named = any(self.text.rfind(alias, 0, at) >= 0 for alias in person.aliases)
                return person if named else None
        return None

    def organisation_before(self, head: str, at: int, reach: int) -> Person | None:
        """See :meth:`GroupResolver.organisation_before`."""
        return self.groups.organisation_before(head, at, reach)

    def names_organisation(self, name: str, at: int) -> bool:
        """See :meth:`GroupResolver.names_organisation`."""
        return self.groups.names_organisation(name, at)

    def name_body(self, at: int, name: str, opens: bool) -> None:
        """See :meth:`GroupResolver.name_body`."""
        return self.groups.name_body(at, name, opens)

    def organisation_of_word(self, words: Sequence[str], at: int, reach: int) -> Person | None:
        """See :meth:`GroupResolver.organisation_of_word`."""
        return self.groups.organisation_of_word(words, at, reach)

    def apposed_organisation(self, head: str, at: int, reach: int) -> Person | None:
        """See :meth:`GroupResolver.apposed_organisation`."""
        return self.groups.apposed_organisation(head, at, reach)

    def body_of_same_noun(self, head: str, at: int, reach: int) -> Person | None:
        """See :meth:`GroupResolver.body_of_same_noun`."""
        return self.groups.body_of_same_noun(head, at, reach)

    def _mentioned_back(self, at: int, begin: int) -> Iterator[tuple[int, Person]]:
        """Whom the article mentioned before ``at`` and from ``begin`` on, as (offset,
        person), the nearest first: the walk back of a noun or "it" to what it refers to.
        Lazy, so that a caller stopping at the first fit reads no further."""
        for k in range(bisect_left(self._mentions, at, key=lambda m: m[0]) - 1, -1, -1):
            offset, person = self._mentions[k]
            if offset < begin:
                return
            yield offset, person

    def _named_in_clause(self, end: int) -> set[int]:
        """The people a subject pronoun ending at ``end`` cannot mean: the one its verb
        names right after it ("“...,” he told Hannity", "He has declared Cruz to be ...":
        not Hannity, not Cruz; a pronoun does not stand for a name its own verb governs).
        A clause that begins there ("he said after prosecutor Ryan Dickey read ...") is
        not the pronoun's verb's."""
        clause = PRONOUN_OBJECT.match(self.text, end)
        if clause is None:
            return set()
        return {id(p) for p in self._named_between(*clause.span(1)) if p is not None}

    def _named_in_apposition(self, gender: str | None, at: int) -> set[int]:
        """The people of ``gender`` named in the sentence before a pronoun at ``at`` only
        inside the description set off after another of that sex ("Campaign officials said
        that Brianna Cole, a former student of June Ferris, had recruited ..."): the
        description is Cole's, who goes on as the subject, so a pronoun after it is not
        Ferris's."""
        here = self.sentence_at(at)
        sentences = self.sentences()
        if gender is None or here is None or (n := self.sentence_number(here)) == 0:
            return set()
        before = sentences[n - 1]
        j = self.namings_before(before.start)
        k = self.namings_before(before.end)
        named = [(span, p) for span, p in self.namings[j:k] if p.kind == SpeakerKind.PERSON]
        apposed: dict[int, bool] = {}  # id: named only inside another's description
        for m, (span, person) in enumerate(named):
            inside = m > 0 and (
                (owner := named[m - 1][1]) is not person
                and owner.gender == gender
                and APPOSED_OWNER.fullmatch(self.text, named[m - 1][0].end, span.start) is not None
            )
            apposed[id(person)] = apposed.get(id(person), True) and inside
        return {i for i, inside in apposed.items() if inside}

    def _named_in_participle(self, word: str, at: int) -> set[int]:
        """The people named in a participle clause opening the pronoun's sentence, or the
        sentence before whose subject is the same pronoun ("Asked whether Reid deserved
        the card, he paused. “...,” he said"): the clause's understood subject is the
        pronoun after its comma, so whom it names is the participle's object, not whom
        the pronoun means. The clause opens its sentence with a past participle
        ("Asked", "Pressed", "Reached") and runs to the comma before the pronoun."""
        sentences = self.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        for n in (here, here - 1):
            if n < 0:
                continue
            sentence = sentences[n]
            opened = PARTICIPLE_OPENING.match(self.text, sentence.start, sentence.end)
            if opened is None or opened.group("pronoun").lower() != word:
                continue
            if n == here and opened.start("pronoun") != at:
                continue
            participle = opened.group("participle")
            tagged = nlp.tag(nlp.tokenize(self.text, opened.start("participle"), opened.end()))
            if nlp.is_first_name(participle) or not tagged or tagged[0].tag not in {"VBN", "VBD"}:
                continue  # "Fred Ames, he said": a name, no participle
            return {
                id(p)
                for p in self._named_between(opened.start("participle"), opened.start("pronoun"))
                if p is not None
            }
        return set()

    def _named_between(self, start: int, stop: int) -> Iterator[Person | None]:
        """Whom ``text[start:stop]`` names: the people of its namings, then whom each lone
        name there is (:meth:`known`; None for no one known), read lazily in that order."""
        yield from (person for _, _, person in self._named_with_ends(start, stop))

    def _nominal_just_before(self, gender: str, at: int) -> Person | None:
        """The person a nominal in the pronoun's sentence or the one before it describes,
        in its paragraph, with no one named from there to the pronoun: one the writer's
        "my" owns ("When I told my mother ..., she said"; "My father was a union man. He
        used to say") or an indefinite subject opening a sentence ("One man stood up at
        the back. “...,” he shouted"), not a person named further back. Its head is a
        singular noun for people of no other gender, and no role of a person the article
        names ("A president who ..." may be its President Obama)."""
        start = self.text.rfind("\n", 0, at) + 1
        sentences = self.sentences()
        first, last = (bisect_right(sentences, x, key=lambda s: s.start) for x in (start, at))
        ends = [s.start for s in sentences[first:last]]  # where each after the first starts
        if len(ends) > 1 and QUOTED_ASKED.fullmatch(self.text, ends[-2], ends[-1]):
            ends = ends[:-1]  # "“Where do I go?” she said": one sentence, split at the "?"
        begin = ends[-2] if len(ends) > 1 else start  # the sentence before the pronoun's
        pronoun = PRONOUN_OF_GENDER[gender]
        while len(ends) > 1 and (same := SAME_PRONOUN_SUBJECT.match(self.text, begin, ends[-1])):
            if same.group(1).lower() != pronoun:
                break  # "My nurse, Loretta, ... After he left, she shook her head. “...,”
            ends = ends[:-1]  # she said": the sentence before is about whom the one
            begin = ends[-2] if len(ends) > 1 else start  # before it is
        if leaves_open(self.text[start:begin]):
            return None
        writers = begin
        if not ends and self.text.startswith(("\u201c", '"', "''"), start):
            begin, ends = self._last_sentence_before(start, sentences), [start]
            # "A nurse ... described the night as chaotic." ends a paragraph, the next
            # opens "“...,” she said": the sentence before is the last of the one before
        found = None
        for match in WRITERS_NOMINAL.finditer(self.text, writers, at):
            if not leaves_open(self.text[start : match.start()]):
                found = match  # the latest, not a speaker's "my" inside a quotation
        match = INDEFINITE_SUBJECT.match(self.text, begin, ends[-1]) if ends else None
        match = match or (self._indefinite_after_fronted(begin, ends[-1]) if ends else None)
        clause = None if match or not ends else self._indefinite_in_clause(begin, ends[-1])
        match = match or clause
        owned = OWNED_SUBJECT.match(self.text, begin, ends[-1]) if ends and not match else None
        match = match or owned  # "Kaminski's spokesman said ...": his, not Kaminski
        if match and (found is None or match.start() > found.start()):
            found = match  # the subject of the sentence before, not of the pronoun's own
            # ("A new campaign manager, he said, could set a new tone": what he said)
        before = self.text[start : found.start()] if found else ""
        if found is None or leaves_open(before) or before.count("''") % 2:
            return None  # "''My family ..., including my grandmother, ...'' she said"
        words = found.group(0).split()
        person = people_noun if found.re is WRITERS_NOMINAL else singular_person
        head = next((n for n in range(1, len(words)) if person(words[n])), None)
        while head is not None and head + 1 < len(words) and person(words[head + 1]):
            head += 1  # "Trump's eldest daughter": the last of a run is the head
        new = words[0] in {"One", "Another", "one", "another"}  # never generic: someone new
        indefinite = bool(ends) and found.re in (INDEFINITE_SUBJECT, INDEFINITE_FRONTED)
        if head is None and new and found.re is INDEFINITE_SUBJECT:
            head = one_of_people(words)  # "One of the boys who was with him"
        if (
            head is None
            and found.re is INDEFINITE_SUBJECT
            and words[-1].isalpha()
            and WHO_AFTER.match(self.text, found.end())
        ):
            head = len(words) - 1  # "A recovering addict, who asked ...": "who" tells a
            # person, whatever the noun
        if head is None or noun_gender(words[head].removesuffix("s")) not in (None, gender):
            return None
        end = found.start() + len(" ".join(words[: head + 1]))
        if self.text.startswith(("'s", "\u2019s"), end):
            return None  # "An ambassador's job, he said, should be": no one's words
        if self.text.startswith((" who ", " that "), end) and not (
            new or self._cue_after(end, ends[-1])
        ):
            return None  # "A governor who hired X ... he said": a description of one named
            # (not "One ... who", someone new, nor "A guard who asked ... said": a speaker)
        if (
            not new
            and not (indefinite and self._speaks(end, ends[-1]))
            and any(p.matches_nominal(words[head]) for p in self.people)
        ):
            return None  # "A president has to ...": maybe the president the article names
            # (not "A nurse who asked not to be named said": a speaker brought in)
        if found is owned and kin_noun(words[head]) and self._of_family(words[:head], gender):
            return None  # "Donald Trump's eldest daughter, 34, has built ...": Ivanka Trump
        since = end if owned is not None and found is owned else found.start()  # the owner
        if found is clause:
            since = ends[-1]  # its clause's object is no one since: "when a man accused X"
        j = bisect_left(self._mentions, since, key=lambda m: m[0])  # is no one named since
        while found.re in (INDEFINITE_SUBJECT, INDEFINITE_FRONTED) and j < len(self._mentions):
            if not since <= self._mentions[j][0] < max(end, since + 1):
                break
            j += 1  # the nominal itself, read as its sentence's subject ("A woman said ...")
            # at its start or at its head ("A retired plumber said": at "plumber")
        named = self._mentions[j : bisect_left(self._mentions, at, key=lambda m: m[0])]
        if indefinite:  # "A father of three who declined to give his name said ...": his
            named = [(k, p) for k, p in named if not self._own_pronoun(k, ends[-1])]
        if named and not (indefinite and all(p.gender not in (None, gender) for _, p in named)):
            return None  # someone named since; past the subject before, one of the pronoun's
            # sex: "One guest, ..., said Okafor had once driven him. “...,” he said": his
        return self.groups.group(" ".join(words[: head + 1]), SpeakerKind.ANONYMOUS, found.start())

    def _own_pronoun(self, at: int, stop: int) -> bool:
        """Is the mention at ``at`` a "he", "his", "she" or reflexive before ``stop``, the
        end of a sentence an indefinite subject opens? There it is the indefinite's own ("A
        father of three who declined to give his name said ...", "A man in a cap opened the
        door and shook his head"), whomever the cast took it for, and no one named since."""
        word = PRONOUN_WORD.match(self.text, at)
        return at < stop and word is not None and word.group(0).lower() in SUBJECT_OWN_PRONOUNS

    def _cue_after(self, start: int, end: int) -> bool:
        """Does ``text[start:end]``, a relative clause on an indefinite subject and what
        follows it, end in a cue verb whose subject the indefinite is ("A guard who was on
        duty and asked not to be named said the alarm ..."): a cue word after the
        clause's own first verb."""
        words = re.findall(r"[a-z]+", self.text[start:end])[2:]  # past "who" and its verb
        return any(w in lexicons.cue_forms() for w in words)

    def _speaks(self, at: int, stop: int) -> bool:
        """Does an indefinite subject ending at ``at`` say something before ``stop`` (its
        sentence's end), by a cue verb right after it or after a relative clause on it ("A
        nurse said", "A nurse, who asked not to be named, said")?"""
        after = self.text[at:stop]
        if after.startswith((" who ", ", who ")):
            return self._cue_after(at + after.index("who"), stop)
        words = re.findall(r"[a-z]+", after)
        return bool(words) and words[0] in lexicons.cue_forms()

    def _indefinite_after_fronted(self, begin: int, end: int) -> re.Match[str] | None:
        """An indefinite subject opening the sentence at ``begin`` past one fronted phrase
        (:meth:`_fronted`: "Inside, a replacement nurse from Texas, who declined to give
        her name, said"; "On the picket line, a nurse said")."""
        fronted = self._fronted(begin, end)
        return None if fronted is None else INDEFINITE_FRONTED.match(self.text, fronted, end)

    def _fronted(self, begin: int, end: int) -> int | None:
        """The end of one phrase fronted before the subject of the sentence at ``begin``,
        set off by a comma, whose first word is a common word, not a name or a pronoun,
        and whose last is no name ("Doyle, a nurse, said" and "It is a habit with Rubio, a
        candidate ..." are appositives)."""
        fronted = FRONTED_PHRASE.match(self.text, begin, end)
        if fronted is None:
            return None
        first, last = fronted.group(1), fronted.group(0).rstrip(", \t\xa0").split()[-1]
        if not nlp.is_frequent_word(first.lower()) or first in self._surnames:
            return None
        if first.lower() in PRONOUN_SUBJECTS or (last != first and not last.islower()):
            return None  # "She appeared to imply that Trump, a political outsider, could":
            # a clause, or a name with its appositive, not a phrase fronted
        if nlp.is_first_name(first):
            return None
        head = re.findall(r"[a-z-]+", PHRASE_TAIL.split(fronted[0])[0])[-1:]  # "secretary"
        if first == "The" and head and singular_person(head[0]):
            return None  # "The former secretary of state, a lawyer to her core, excels": a
            # subject with its appositive, not a phrase fronted ("The next day, a nurse")
        return fronted.end()

    def _indefinite_in_clause(self, begin: int, end: int) -> re.Match[str] | None:
        """An indefinite subject of a time or cause clause in the sentence at ``begin``
        whose main clause names no one before it ("The forum grew heated when a man in the
        audience accused the mayor"): the one the sentence brings in."""
        found = CLAUSE_OPENING_INDEFINITE.search(self.text, begin, end)
        if found is None:
            return None
        j = bisect_left(self._mentions, begin, key=lambda m: m[0])
        k = bisect_left(self._mentions, found.end(), key=lambda m: m[0])
        if any(p.kind == SpeakerKind.PERSON for _, p in self._mentions[j:k]):
            return None  # someone named before it: "Ortiz left when a nurse came in"
        return INDEFINITE_FRONTED.match(self.text, found.end(), end)

    def _last_sentence_before(self, start: int, sentences: list[Span]) -> int:
        """Where the last sentence of the paragraph before the one opening at ``start``
        begins, when none of it is left inside a quotation; else ``start``."""
        back = start
        while back > 0 and self.text[back - 1] in "\n \t":
            back -= 1
        k = bisect_right(sentences, back - 1, key=lambda s: s.start) - 1
        para = self.text.rfind("\n", 0, back) + 1
        if k < 0 or sentences[k].start < para or leaves_open(self.text[para:back]):
            return start
        return sentences[k].start

    def _kin_subject_before(self, gender: str, at: int) -> Person | None:
        """The relative a kin noun owned by "his" or "her" opening the sentence before
        the pronoun's (or its own sentence) means, where the article names in full one
        other person of the owner's surname and the noun's gender ("Mike Lindgren ...
        Erik Lindgren ... His son, reached at practice, said ...\n\n“...,” he said" is
        Erik, not his father), with no one named since; the relative as written ("His
        mother") where the article names no one else with the surname of an owner it
        names in full. The noun may open the sentence past a phrase fronted before it ("At
        the end of the day, her son counted ...")."""
        sentences = self.sentences()
        k = bisect_right(sentences, at, key=lambda s: s.start) - 1
        if k < 0:
            return None
        para = self.text.rfind("\n", 0, at) + 1
        starts = [sentences[k].start]
        if sentences[k].start <= para:
            starts.append(self._last_sentence_before(para, sentences))
        elif k > 0 and sentences[k - 1].start >= para:
            starts.append(sentences[k - 1].start)
        for start in starts:
            found = KIN_SUBJECT.match(self.text, start, at)
            if found is None and (fronted := self._fronted(start, at)) is not None:
                found = KIN_SUBJECT_FRONTED.match(self.text, fronted, at)  # "At the end of
                # the day, her son counted the houses. “...,” he said": past a fronted phrase
            if found is None or noun_gender(found.group(2).lower()) != gender:
                continue
            read = self._read_at(found.start(), gender)  # "Her daughter" read as one named
            owner = self.pronoun(found.group(1), found.start(1)) if read is None else read
            noun = found.group(2).lower()
            kin = read or self.owned_kin(owner, noun, found.start())
            if kin is None and found.group(1).lower() == "their":  # "Their nephew, 34, worked the
                kin = self.owned_kin(None, noun, found.start())  # fryer": named as theirs
            j = bisect_left(self._mentions, found.end(), key=lambda m: m[0])
            since = any(m[0] < at and m[1] is not kin for m in self._mentions[j:])
            if since or owner is None and kin is None:
                return None
            if kin is None and self._family_unnamed(owner):  # "His mother, reached by
                # phone, defended him. “...,” she said": no one else of the owner's surname
                return self.groups.group(found.group(0), SpeakerKind.ANONYMOUS, found.start())
            return kin
        return None

    def _read_at(self, at: int, gender: str) -> Person | None:
        """The person of ``gender`` (or of none known) the cast took a mention at ``at`` to
        be, if any ("Her daughter said" read as Dr. Lena Hartwell)."""
        j = bisect_left(self._mentions, at, key=lambda m: m[0])
        found = (p for x, p in self._mentions[j:] if x == at and person_of_gender(p, gender))
        return next(found, None)

    def _family_unnamed(self, owner: Person) -> bool:
        """Does the article name ``owner`` in full and no one else with their surname?"""
        words = name_words(owner.name) if owner.full else []
        return bool(words) and all(
            p is owner or name_words(p.name)[-1:] != words[-1:]
            for p in self._name_ends.get(words[-1], ())
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
            for p in self._name_ends.get(words[-1], ())
            if p is not owner
            and p.full
            and name_words(p.name)[-1:] == words[-1:]
            and person_of_gender(p, gender)
            and (before is None or self._first_named.get(id(p), before) < before)
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
        k = self.namings_before(at + 1)
        owned = {
            id(p): p
            for span, p in self.namings[:k]
            if person_of_gender(p, gender)
            and (
                any(kin_role(r, noun) for r in p.roles + self._roles_written(span))
                or kin_apposed(self.text, span, noun)
            )
        }
        if len(owned) == 1:
            return next(iter(owned.values()))
        return None if owned or owner is None else self.relative(owner, gender, at)

    def _roles_written(
        self, span: Span, roles_at: Callable[[int, int], Iterable[str]] | None = None
    ) -> list[str]:
        """The roles the article writes at the naming ``span``, as ``roles_at`` (by default
        the attribution's reader, ``self.roles_at``) reads them, read once per naming; none
        where no reader is given."""
        reader = roles_at or self.roles_at
        if reader is None:
            return []
        if span.start not in self._written_roles:
            self._written_roles[span.start] = list(reader(span.start, span.end))
        return self._written_roles[span.start]

    def _of_family(self, owner: Sequence[str], gender: str) -> bool:
        """Does the article name someone of ``gender`` by the surname of the possessive in
        ``owner`` ("Donald Trump's eldest"): a relative a kin noun of the owner's may be?"""
        owned = [w for w in owner if re.search(r"['\u2019]s?$", w)]
        surname = name_words(re.sub(r"['\u2019]s?$", "", owned[-1])) if owned else []
        return bool(surname) and any(
            person_of_gender(p, gender) and p.full and name_words(p.name)[-1] == surname[-1]
            for p in self._name_ends.get(surname[-1], ())
        )

    def _unnamed_antecedent(self, gender: str, at: int) -> Person | None:
        """Where the article names no one a pronoun of ``gender`` may mean, the person
        a definite nominal of its paragraph, in reach before ``at`` and outside any
        quotation, describes ("When I put this to the housing minister, she waved it
        away"): the latest whose head is a role noun of no other gender."""
        start = max(self.text.rfind("\n", 0, at) + 1, at - NEAR)
        found: list[str] = []
        for match in UNNAMED_NOMINAL.finditer(self.text, start, at):
            if leaves_open(self.text[start : match.start()]):
                continue  # inside a quotation: someone the speaker speaks of
            words = match.group(1).split()
            k = next((k for k in range(len(words) - 1, -1, -1) if nominal_head(words[k])), -1)
            if k >= 0 and noun_gender(words[k]) in (None, gender):
                found = words[: k + 1]
        return self.groups.group(" ".join(found), SpeakerKind.ANONYMOUS, at) if found else None

    def read_holding(self, at: int) -> SubjectRead | None:
        """The subject read of the sentence holding ``at`` (:meth:`read_subject`), if read."""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.start) - 1
        if k < 0 or not (read := self.subject_reads[k]).sentence.start <= at < read.sentence.end:
            return None
        return read

    def asked(self, word: str, at: int) -> Person | None:
        """The person a pronoun at ``at`` refers to when its sentence's subject asks
        someone about it before: "Hewitt asked Trump about statements he had made" and
        "Hannity asked Trump if he would ..." are Trump, the one asked, named just after
        the verb, the pronoun in what follows."""
        gender = PRONOUN_GENDER.get(word.lower())
        read = self.read_holding(at)
        if gender is None or read is None:
            return None
        subject = read.subject
        found = ASKED.search(self.text, max(subject.end, at - ASK_REACH), at)
        if found is None or not ASKED_ABOUT.match(self.text, found.end(), at):
            return None
        person = self.names.find_named(POSSESSIVE.sub("", found.group(1)), found.start(1))
        if person is None or not self.names._may_be(person, gender):
            return None
        self.mention(at, person)
        return person

    def _beside_other_sex(self, word: str, gender: str, at: int) -> Person | None:
        """The one person of ``gender`` the last sentence with a named subject names
        after it, when that subject is of the other sex and only sentences whose subject
        is ``word`` come between ("Jessica Mendoza replaced Schilling on the broadcasts.
        He was reassigned. Last month, he said ...": Schilling, the object, before anyone
        named earlier)."""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.start) - 1
        for n in range(k, max(-1, k - CHAIN), -1):
            read = self.subject_reads[n]
            sentence, words, person = read.sentence, read.subject, read.person
            if person is None and self._names_of_sex(sentence.start, min(words.start, at), gender):
                return None  # "When Padilla was asked ..., he grinned": named since
            if words.start >= at:
                continue  # the pronoun's own sentence, its subject after it
            if person is None:
                said = self.text[words.start : words.end].lower()
                if said == word:
                    continue  # "He was reassigned": the same person, further back
                if PRONOUN_GENDER.get(said) in (None, gender) or said not in SUBJECT_OF_SEX:
                    return None  # another pronoun or an unnamed subject
                if not (sentence.start <= at < sentence.end or self._next_holds(sentence, at)):
                    return None  # a sentence further back, or someone named since
                # its subject is a pronoun of the other sex: "For that she drew Trump's
                # ire - he called her" (Trump, the one man named in it); "Last year he
                # persuaded the prosecutor, Deborah Kline, to .... “...,” she said"
            elif person.gender in (None, gender) or person.kind != SpeakerKind.PERSON:
                return None
            elif not self._acts(sentence, words, person.gender_source != "unisex name"):
                return None  # "The Sanders campaign was ...": not the person the subject
            end = min(sentence.end, at)
            j = self.namings_before(words.end)
            named = [p for span, p in self.namings[j:] if span.start < end]
            alone = (self.names.known(n.name, n.at) for n in lone_names(self.text, words.end, end))
            fits = {
                id(p): p
                for p in [*named, *alone]
                if p is not None
                and p is not person
                and p.kind == SpeakerKind.PERSON
                and p.gender in (None, gender)
            }  # one of the pronoun's sex, and no one whose sex is unknown
            one = next(iter(fits.values())) if len(fits) == 1 else None
            return one if one is not None and one.gender == gender else None
        return None

    def _names_of_sex(self, start: int, stop: int, gender: str) -> bool:
        """Does ``text[start:stop]`` name a person of ``gender`` or of no known sex?"""
        return any(
            p is not None and p.kind == SpeakerKind.PERSON and p.gender in (None, gender)
            for p in self._named_between(start, stop)
        )

    def _next_holds(self, sentence: Span, at: int) -> bool:
        """Is ``at`` in the sentence right after ``sentence``, no one named before it
        there ("Lawmakers are uneasy about Trump's statements, his ...": Trump's)?"""
        sentences = self.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        return (
            here >= 1
            and sentences[here - 1].start == sentence.start
            and not self._named_before_in_sentence(sentences[here], at)
        )

    def _acts(self, sentence: Span, words: Span, apposed: bool = True) -> bool:
        """Is the subject ``words`` followed by its finite verb ("Jessica Mendoza
        replaced", "McDonough was responding"), an adverb at most between? Where
        ``apposed``, a name set beside a noun closes its appositive first, with an
        affiliation at most ("The moderator, Joan Pelley of KCCI, asked"; there a past
        participle is the verb, as the tagger may read "asked" after a comma). Callers
        leave out a name both sexes are given ("The quarry's manager, Lou Galetti, said
        ... “...,” he said" may be Lou's own "he")."""
        tokens = nlp.tagged(self.text, sentence.start, sentence.end)
        k = next((k for k, t in enumerate(tokens) if t.span.start >= words.end), len(tokens))
        verbs = FINITE_TAGS
        if apposed and APPOSED_NAME_BEFORE.search(self.text, sentence.start, words.start):
            closed = past_affiliation(tokens, k)
            verbs |= {"VBN"} if closed > k else set()  # the tagger's "asked" after a comma
            k = closed
        k += 1 if k < len(tokens) and tokens[k].tag == "RB" else 0
        return k < len(tokens) and tokens[k].tag in verbs

    def _has_object_of(self, person: Person, gender: str, at: int) -> bool:
        """Does the sentence of the latest mention of ``person`` before ``at`` go on to an
        object pronoun of ``gender`` ("Salon spoke with her by phone")? Then the pronoun
        means another than them, whose gender the article does not give."""
        latest = self._latest(person, at)
        if latest < 0:
            return False
        sentence = self.sentence_at(latest)
        clause = self.text[latest : min(sentence.end, at) if sentence else at]
        found = OBJECT_PRONOUN.search(clause)
        return (
            found is not None
            and found.group(1).lower() == ("her" if gender == "f" else "him")
            and not leaves_open(clause[: found.start()])
        )

    def _latest(self, person: Person, at: int) -> int:
        """Where the article last mentions ``person`` up to ``at``."""
        k = self._mentioned(person, at) - 1
        return self._heard[id(person)][k][0] if k >= 0 else -NEAR - 1

    def _mentioned(self, person: Person, at: int) -> int:
        """How often the article mentions ``person`` up to ``at``."""
        return bisect_right(self._heard.get(id(person), []), (at, len(self._mentions) + 1))

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
            for person in self._recent_first(at)
            if person.kind == SpeakerKind.PERSON and person.matches_nominal(head, words)
        ]
        fitting = [p for p in fitting if not p.written_otherwise(head, words)]
        fitting = [p for p in fitting if not self._of_party_unwritten(p, words, at)]
        modifiers = modifiers_before(head, words)
        if modifiers and len(fitting) > 1:
            written = [p for p in fitting if p.written_with(modifiers)]
            fitting = written + [p for p in fitting if p not in written]
        if modifiers and self.roles_at and not any(p.written_with(modifiers) for p in fitting):
            so = self.described(head, at, words, self.roles_at, written_so=True)
            if so is not None:
                return so  # "Crewe's spokesman said" after "the spokesman" was taken to be
                # Tilley: the one whose role is written "Sen. Alan Crewe's spokesman"
            owners = named_modifiers(head, words)
            fitting = [p for p in fitting if not self._owned_by_another(p, owners, at)]
        if len(fitting) > 1 and (one := self._the_one_asked(None, at)) in fitting:
            fitting.remove(one)  # "X asked Estes to respond. “...,” the former governor
            fitting.insert(0, one)  # said": of two former governors, the one asked
        for person in fitting:
            if any(self.text.rfind(alias, 0, at) >= 0 for alias in person.aliases):
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
        named = (p for p in self._recent_first(at) if self._mentioned(p, at))
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
        for alias in names if self.roles_at is not None else ():
            if len(self._name_ends.get(alias, [])) > 1:
                continue  # a surname two people share: whose role it is is unsure
            for found in re.finditer(rf"\b(?i:{re.escape(alias)})\b", self.text[:at]):
                if found.group()[:1].isupper():
                    roles += self._roles_written(Span(found.start(), found.end()))
        return any(given.search(role) for role in roles)

    def _owned_by_another(self, person: Person, owners: AbstractSet[str], at: int) -> bool:
        """Is ``person`` named before ``at`` with a role a named owner holds who is none of
        the nominal's ``owners`` ("Sen. Alan Crewe's spokesman, Jared Flint," is not "the
        Whitaker campaign's spokesman")?"""
        k = self.namings_before(at + 1)
        for span, named in self.namings[:k]:
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
        k = self.namings_before(at + 1)
        j = self.namings_before(at - NOMINAL_REACH + 1)
        seen: set[int] = set()
        for span, person in self.namings[j:k]:
            if span.end > at or person.kind != SpeakerKind.PERSON or span.start in seen:
                continue
            seen.add(span.start)  # a naming is read more than once
            if any(role_head(role) == head for role in person.roles):
                return True
            if not (
                in_appositive(self.text, span.end, head)
                or titles_naming(self.text, span.start, head)
                or described_before(self.text, span.start, head)
            ):
                continue  # the roles written there, read only where the noun stands by it
            if any(role_head(role) == head for role in self._roles_written(span, roles_at)):
                return True
            if described_unread(self.text, span, head):
                return True  # "A city inspector, Marguerite Blaise,"
        return False

    def owner_campaign(self, at: int, head: str = "campaign") -> str:
        """ "his campaign sent out a fundraising email": the ``head`` (campaign, office,
        team: :data:`OWNED_HEADS`) of the person "his" refers to, named as "the Sanders
        campaign" would be; "" where the word before ``at`` is no such pronoun or it
        refers to no one named."""
        person = self._campaign_owner(at)
        return self.owned_name(person, head) if person is not None else ""

    def _campaign_owner(self, at: int) -> Person | None:
        """The person named in full whom the "his" or "her" just before ``at`` refers to."""
        owner = re.search(r"\b(his|her)\s+$", self.text[max(0, at - 8) : at], re.IGNORECASE)
        if owner is None:
            return None
        start = at - len(owner.group(0)) + (owner.start(1) - owner.start(0))
        person = self.pronoun(PRONOUN_OF_OWNER[owner.group(1).lower()], start)
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
            and (first := self.first_named(p)) is not None
            and first < at
            for p in self.people
        )

    @staticmethod
    def owned_name(person: Person, head: str) -> str:
        """What ``person`` owns that speaks (``head``: a campaign, an office, a team),
        named as "the Sanders campaign" would be: "Sanders campaign"."""
        last = surname(person.name)
        written = [w for w in person.name.split() if normalise(w).split()[-1:] == [last]]
        return f"{written[-1] if written else last.title()} {head}"

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
        owned = self.owned_name(person, head)
        owner = re.escape(owned.removesuffix(f" {head}"))
        heads = "|".join(sorted(OWNED_HEADS))
        written = rf"\b{owner}(?:['\u2019]s?)?\s+(?:[a-z-]+\s+)?(?:{heads})\b"
        if re.search(written, self.text) or self._sole_of_sex(person, at):
            return owned  # "Her campaign said": the one woman named before it
        return owned if self._most_written(owned.removesuffix(f" {head}")) else ""

    def _most_written(self, owner: str) -> bool:
        """Is ``owner`` the surname of the person the article writes most often, one with a
        listed first name ("Hillary Clinton" in an article about her), more often than any
        other person's surname? Not a name read as a person's that is none ("Super
        Tuesday")."""
        counts: dict[str, int] = {}
        first = ""
        for person in self.people:
            words = person.name.split()
            if person.kind != SpeakerKind.PERSON or len(words) < 2:
                continue
            last = words[-1]
            if last not in counts:
                counts[last] = times_written(self.text, last)  # the article's word index
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
        sentence = self.sentence_at(at)
        if (
            sentence is not None
            and self._latest(subject, at) >= sentence.start
            and OBJECT_OF_PREPOSITION.search(self.text, max(sentence.start, at - 12), at)
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
        last = max(self._latest(fit, at), *(self.text.rfind(a, 0, at) for a in written))
        # "asked Wojcik how many": a surname written alone keeps one described in reach
        far = len(BREAKS.findall(self.text, max(last, 0), at)) >= 2
        return subject if far and last < self._latest(subject, at) else fit

    def _works_for_another(self, person: Person, at: int) -> bool:
        """Is ``person`` given, at a naming before ``at``, a role owned by another ("The
        speaker's spokesman, Steve Ellison,", "Steve Ellison, Kempner's spokesman,"), and
        no role that is not? Read from the text, as the roles are set later."""
        if person.roles:
            return all(ANOTHERS_ROLE.match(role) for role in person.roles)
        k = self.namings_before(at + 1)
        for span, named in self.namings[:k]:
            if named is person and (
                ANOTHERS_ROLE_BEFORE.search(self.text, max(0, span.start - 60), span.start)
                or ANOTHERS_ROLE_AFTER.match(self.text, span.end)
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
        k = self.namings_before(at + 1)
        for span, named in self.namings[:k]:
            if named is person and (found := DESCRIBED_AFTER.match(self.text, span.end)):
                return head not in found.group(1).lower().split()
            before = DESCRIBED_BEFORE.search(self.text, max(0, span.start - 60), span.start)
            last = before.group(1).split()[-1] if before else ""
            if named is person and before and (person_head(last) or singular_person(last)):
                return head not in before.group(1).lower().split()  # "The moderator, |"
        if not person.full or not (last_name := person.name.split()[-1]).isalpha():
            return False
        for alone in re.compile(rf"\b{re.escape(last_name)}\b").finditer(self.text, 0, at):
            if found := DESCRIBED_AFTER.match(self.text, alone.end()):  # "Dalby, a former
                return head not in found.group(1).lower().split()  # state secretary,"
        return False

    def _turn_after(self, subject: Person, at: int) -> bool:
        """Is the nominal at ``at`` the next turn of a quoted exchange: the sentence just
        before quotes ``subject`` ahead of their name ("“...,” Mr Lowe replied."), and the
        nominal's own sentence quotes before it ("“...,” the senator shot back") or the
        nominal opens the next paragraph ("“...,” Kearney said.\n\nThe principal said")? A
        writer who goes on with the same speaker writes "he"; a role noun is the other
        party."""
        found = self.subject_before(at)
        if found is None or found.person is not subject:
            return False
        sentence, words = found.sentence, found.subject
        opens = self.text.rfind("\n", 0, sentence.start) + 1  # a question's mark may end a
        # sentence of its own: "“Did you read it?” Oyelaran asked." is read from the name
        between = self.text[sentence.end : at]
        return bool(
            QUOTED_JUST_BEFORE.search(self.text, opens, words.start)
            and (
                QUOTED_JUST_BEFORE.search(self.text, sentence.end, at)
                or "\n" in between
                and not between.strip()
            )
        )

    def _subject_at(self, at: int) -> Person | None:
        """The person the sentence holding ``at`` has as subject before it, else the
        subject of the sentence just before (ending within ``NEAR``). Not a person read
        there past the verb of a noun phrase (see :meth:`_noun_subject`): the pontiff's
        co-argument in "The pontiff met Sanders" is no one a nominal after it names."""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.start) - 1
        found: SubjectRead | None = None
        sentence = self.subject_reads[k].sentence if k >= 0 else None
        inside = sentence is not None and sentence.start <= at < sentence.end
        if inside and at > self.subject_reads[k].subject.end:
            found = self.subject_reads[k]
        if found is None and (before := self.subject_before(at)) is not None:
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
        before = self.text[sentence.start : words.start]
        if words.start > sentence.start and not re.search('["\u201c\u201d]', before):
            tokens = nlp.tagged(self.text, sentence.start, sentence.end)
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
        k = self.namings_before(at + 1)
        modifiers, owners = modifiers_before(head, words), named_modifiers(head, words)
        first: Person | None = None
        for span, person in reversed(self.namings[:k]):
            if span.end > at or person.kind != SpeakerKind.PERSON:
                continue
            if at - span.start > NOMINAL_REACH:
                break
            if self._of_party_unwritten(person, words, at):
                continue  # "the Democratic nominee" is not "The Republican nominee, X,"
            fits = roles_fitting(span, head, words, roles_at)
            if written_so and not any(modifiers <= role_words(role) for role in fits):
                continue
            if not fits and described_unread(self.text, span, head):
                return self._salient_over(person, head, at)  # "Jake Sorensen, an American
                # from Boulder," before "the American said"; "A city inspector, Ann Lee,"
            if not fits and does_as_verb(self.text, span.end, head):
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
        k = self.namings_before(at + 1)
        for span, person in self.namings[k:]:
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
        paragraph = BREAKS.search(self.text, at)
        following = paragraph and BREAKS.search(self.text, paragraph.end())
        end = following.start() if following else len(self.text)
        k = self.namings_before(at + 1)
        known = {id(person) for _, person in self.namings[:k]}
        for span, person in self.namings[k:]:
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
                or not self.names._may_be(person, noun_gender(head))
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
        sentences = self.sentences()
        for at in sorted(mentioned):
            here = bisect_right(sentences, at, key=lambda s: s.start)
            if 0 < here < len(sentences):
                named = self._identified(person, head, sentences[here])
                if named is not None:
                    first = min(mentioned)
                    written = self.text.rfind(person.name, 0, first)  # "A woman ... stood"
                    first = written if written >= 0 else first
                    return named if self._sole_of_sex_since(person, first, named) else None
        return None

    def _apposed_later(self, head: str, mentioned: Sequence[int]) -> Person | None:
        """The person a sentence after an unnamed description's mentions names by setting
        the name off after the description's own noun, the first time the article names
        them ("“...,” the sheriff said. ... \n\nThe sheriff, Darrell Upton of Menard
        County, endorsed"), within reach of the last mention and of a sex the noun allows."""
        last = max(mentioned)
        found = re.compile(rf"\bThe {re.escape(head)},[ \t\xa0]+").search(
            self.text, last, last + APPOSED_LATER_REACH
        )
        if found is None or self.sentence_at(found.start()) != self.sentence_at(found.end()):
            return None
        k = self.namings_before(found.end())
        if k >= len(self.namings):
            return None
        span, named = self.namings[k]
        if (
            TITLED_OPENING.fullmatch(self.text, found.end(), span.start) is None
            or named.kind != SpeakerKind.PERSON
            or len(name_words(named.name)) < 2
            or any(p is named for _, p in self.namings[:k])
            or not self.pairs._opens_sentence(Span(found.start(), found.start()))
        ):
            return None
        return named if self.names._may_be(named, noun_gender(head)) else None

    def _identified(self, person: Person, head: str, sentence: Span) -> Person | None:
        """The person first named in ``sentence`` whom it identifies as the description
        ``person`` (:meth:`_naming_gender`), someone the article has not named before."""
        k = self.namings_before(sentence.start)
        if k >= len(self.namings) or self.namings[k][0].start >= sentence.end:
            return None
        span, named = self.namings[k]
        if named.kind != SpeakerKind.PERSON or any(p is named for _, p in self.namings[:k]):
            return None
        if re.search(rf"\b{re.escape(surname(named.name))}\b", self.text[: span.start], re.I):
            return None  # the one she spoke of: "“Free Dara Finch!” she shouted. Dara Finch, ..."
        gender = self._naming_gender(person, head, (span, named), sentence)
        return named if gender is not None and named.gender in (None, gender) else None

    def _sole_of_sex_since(self, person: Person, first: int, named: Person) -> bool:
        """Is no one of ``named``'s sex other than the description ``person`` a sentence's
        subject from ``first`` up to where ``named`` is first named ("A woman ... said.
        Another woman, ..., disagreed. Her name is ...")?"""
        k = self.namings_before(first)
        for span, other in self.namings[k:]:
            if other is named:
                break
            if other.gender in (None, named.gender) and self._introduced_at(span):
                return False  # "Mayor Lena Voss frowned at her"
        k = bisect_left(self.subject_reads, first, key=lambda r: r.sentence.start)
        for read in self.subject_reads[k:]:
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
        copula = IDENTIFYING_COPULA.fullmatch(self.text, sentence.start, span.start)
        if copula is not None:
            pronoun = copula.group("pronoun") or copula.group("owner")
            said = "f" if pronoun in ("She", "Her") else "m"
            return said if noun in (None, said) else None
        if (
            noun is None
            or not INDEFINITE_OPENING.match(person.name)
            or span.start != sentence.start
            or len(name_words(self.text[span.start : span.end])) < 2
            or not self.text.startswith(",", span.end)
        ):
            return None
        return noun if named.gender == noun else None

    def anyone_named_before(self, at: int) -> bool:
        """Does the article name a person before ``at``?"""
        k = self.namings_before(at + 1)
        return any(person.kind == SpeakerKind.PERSON for _, person in self.namings[:k])

    def introduced_next(self, head: str, at: int) -> Person | None:
        """The person a nominal no one named before fits names when the sentence right
        after its own, in its paragraph, opens by naming them in full for the first time
        ("“...,” the retired farmer said. Harlan Odegaard, 74, said he had caucused ...":
        the paragraph's quotation first, then whose it was); of a sex the noun allows."""
        sentences = self.sentences()
        k = bisect_right(sentences, at, key=lambda s: s.start)  # the sentence after at's
        if k >= len(sentences) or "\n" in self.text[at : sentences[k].start]:
            return None
        following = sentences[k]
        known = {id(person) for _, person in self.namings[: self.namings_before(at + 1)]}
        for span, person in self.namings[self.namings_before(following.start) :]:
            if span.start >= following.end:
                break
            if (
                id(person) in known
                or person.kind != SpeakerKind.PERSON
                or len(name_words(person.name)) < 2
                or not self._introduced_at(span)
                or TITLED_OPENING.fullmatch(self.text[following.start : span.start]) is None
            ):
                return None  # only the one the sentence opens with
            return person if self.names._may_be(person, noun_gender(head)) else None
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
        namings = self.namings[: self.namings_before(at)]
        for n, (span, person) in enumerate(namings):
            if person.kind != SpeakerKind.PERSON:
                continue
            sentence = self.sentence_at(span.start)
            begin = sentence.start if sentence is not None else max(0, span.start - 200)
            sides = None
            if (owned := race_owned(self.text, span.start)) is not None:
                owner = self._race_owner(owned, namings[:n], begin, person)
                if owner is not None:
                    sides = (owner, person, person if owned.group("noun") == "challenger" else None)
            elif n > 0 and namings[n - 1][0].start >= begin:
                first, other = namings[n - 1]
                verb = race_between(self.text, first, span, begin)
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
                and self.names._may_be(person, gender)
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
        return any(p is person and incumbent_at(self.text, s) for s, p in self.namings)

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
        sentence = self.sentence_at(span.start)
        if sentence is None or len(self.text[span.end : sentence.end].split()) < 3:
            return False
        before = self.text[sentence.start : span.start]
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
        (see :meth:`_named_beside_subject`). An unnamed lede's person named in the
        paragraph after it is no one else (see :meth:`_lede_named`). Never ``bound``, a
        person the nominal's own verb names ("the billionaire told Cruz")."""
        if unnamed_before(self.text, head, at) and not self._lede_named(head, at):
            return None
        if (young := self.of_young_age(head, at)) is not None:
            return young  # "One of her students, Noah Ferris, 9," before "the boy said"
        if kin_noun(head) and list(words[-1:]) == [head]:
            return self._kin_reciprocal(head, at)  # "Daniel Ortiz was killed. “...,” the
            # father said": his father, someone the article calls so (a role) or no one it
            # names, never the subject; but the owner of a relative named as his child
            # ("Harold Finch, 79, and his granddaughter, Maya Finch," → "the grandfather")
        gender = noun_gender(head)
        if subordinate and (other := self.names._named_beside_subject(at, gender)) is not None:
            return other
        found = self.subject_before(at)
        person: Person | None = None
        bound_ids = {id(bound)} if bound is not None else set()  # and the co-argument of
        if found is not None and self._noun_subject(found.sentence, found.subject) == head:
            bound_ids.add(id(found.person))  # a noun phrase (see _noun_subject): "The pontiff
            # met Sanders. “...,” the pontiff said"
        elif found is not None and self._past_noun_before(at):
            bound_ids.add(id(found.person))  # the object of a sentence whose subject is no
            # one known: "Activists had gathered, giving Cruz nine delegates. The
            # front-runner complained": not Cruz
        elif (
            found is not None
            and at - found.sentence.end <= NEAR
            and id(found.person) not in bound_ids
        ):
            person = found.person  # the subject of the sentence before: what the text is about
            person = person if self.names._may_be(person, gender) else None
            relative = person and self.names._relative_after(found[0], found[1], person, gender)
            if relative is not None:
                return None if relative.holds_other_office(head, words) else relative
        if person is None:
            person = self.pronoun(NOUN_PRONOUN.get(gender or "", ""), at)
        if person is not None and id(person) in (later := self.names._named_later(at) | bound_ids):
            others = (p for p in self._recent_first(at) if id(p) not in later)
            person = next((p for p in others if self.names._may_be(p, gender)), None)
        if person is None or not self._mentioned(person, at):
            if any(p.kind == SpeakerKind.PERSON and self._mentioned(p, at) for p in self.people):
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
        others = (p for p in self._recent_first(at) if p is not person and self._mentioned(p, at))
        fits = (  # "the president" after Sen. X; "the Republican" after "Democrat Y"
            p
            for p in others
            if self.names._may_be(p, gender) and not self.of_another_party(p, head, at)
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
        for found in described.finditer(self.text, 0, at):
            sentence = self.sentence_at(found.start())
            if sentence is None or self._in_quotation(found.start()):
                continue
            named = {
                id(p)
                for span, p in self.namings
                if sentence.start <= span.start < found.start() and p.kind == SpeakerKind.PERSON
            }
            if len(named) == 1 and id(person) not in named:
                return True
        return False

    def _in_quotation(self, x: int) -> bool:
        """Is offset ``x`` inside a quotation opened in its paragraph?"""
        return marks_left_open(self.text[self.text.rfind("\n", 0, x) + 1 : x], "\u201c", "\u201d")

    def subject_before_at(self, at: int) -> Person | None:
        """The person the subject of the sentence holding ``at`` names (a name, or "he" or
        "she" as resolved), when ``at`` stands past that subject: whom a nominal at ``at``
        cannot refer to ("She attacked Trump, saying the nominee ...": not she)."""
        read = self.read_holding(at)
        if read is None or not self.after_subject(at):
            return None
        if POSSESSIVE_AFTER.match(self.text, read.subject.end):
            return None  # "Fiorina's plight meant | the former CEO ...": an owner binds nothing
        if self._participle_object(read):
            return None  # "the group backing | Nell Barker is ...": no subject, binds nothing
        word = self.text[read.subject.start : read.subject.end]
        if read.person is None and word.lower() in ("he", "she"):
            return self.pronoun(word, read.subject.start)
        return read.person

    def _participle_object(self, read: SubjectRead) -> bool:
        """Is the name read as a sentence's subject the object of a participle after a
        noun ("the super PAC backing | Hillary Clinton is using ...": the tagger may read
        the participle as a noun), no subject at all?"""
        tokens = nlp.tagged(self.text, read.sentence.start, read.subject.start)
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
        if not COORDINATED_CLAUSE.search(self.text, max(0, at - 8), at):
            return False
        if not (
            subject.may_hold_office(head, words) and self.names._may_be(subject, noun_gender(head))
        ):
            return False
        read = self.read_holding(at)
        begin = read.subject.end if read is not None else at
        named = (p for span, p in self.namings if begin <= span.start < at and p is not subject)
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
        with self.hypothetical():
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
        paragraphs = list(BREAKS.finditer(self.text, 0, at))
        begin = paragraphs[-2].end() if len(paragraphs) > 1 else 0
        near = [
            (max(self.text.rfind(w, begin, at) for w in [*p.aliases, surname(p.name)]), p)
            for p in self.people
            if p is not person and id(p) not in bound and p.kind == SpeakerKind.PERSON and p.full
        ]  # written there as an object too: "Tisch accused Whitcomb of ..."
        fits = [  # one known for a man or a woman, and no day ("Super Tuesday", "Easter
            (offset, p)  # Sunday") read as a name
            for offset, p in near
            if offset >= 0
            and p.gender
            and self.names._may_be(p, gender)
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
        k = self.namings_before(at + 1)
        before = self.namings[:k]
        people = {id(p): p for _, p in before if p.kind == SpeakerKind.PERSON}
        young = [
            p
            for p in people.values()
            if p.gender in (None, gender)
            and (age := age_and_generation(self.text, p, before)[0]) is not None
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
        k = self.namings_before(at + 1)
        fits = {id(p): p for span, p in self.namings[:k] if self._rank_at(span) == rank}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _rank_at(self, span: Span) -> str | None:
        """The rank by age written beside the naming ``span`` (:data:`RANKS`), if any."""
        found = RANK_AFTER.match(self.text, span.end) or RANK_BEFORE.search(
            self.text, max(0, span.start - 30), span.start
        )
        return RANKS[found.group(1).lower()] if found is not None else None

    def _kin_reciprocal(self, head: str, at: int) -> Person | None:
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
        k = self.namings_before(at + 1)
        j = self.namings_before(at - NOMINAL_REACH + 1)
        for n in range(j, k):
            span, person = self.namings[n]
            whose = WHOSE_KIN.match(self.text, span.end)  # "Ray Tillotson, whose son was
            if (  # killed": the owner, named just before
                whose is not None
                and (whose.group(1) in others or whose.group(2) in others)
                and person.gender in (None, noun_gender(kin))
                and person not in found
            ):
                found.append(person)
            owned = KIN_APPOSED.search(self.text, max(0, span.start - 40), span.start)
            if owned is None or owned.group(2).lower() not in others or span.end > at:
                continue
            gender = PRONOUN_GENDER[owned.group(1).lower()]
            if noun_gender(kin) not in (None, gender):
                continue
            sentence = self.sentence_at(owned.start())
            begin = sentence.start if sentence is not None else owned.start() - 200
            owners = [
                p
                for s, p in self.namings[j:n]
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
            for p in self.people
            if p.kind == SpeakerKind.PERSON and p.matches_nominal(head, words)
        ]
        if len(fits) != 1 or self._mentioned(fits[0], at):
            return None
        first = self._first_named.get(id(fits[0]))
        if first is None or first <= at:
            return None
        if person is not None and len(BREAKS.findall(self.text, at, first)) > 1:
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
        k = self.namings_before(at + 1)
        j = self.namings_before(at - 2 * NOMINAL_REACH + 1)
        for span, named in self.namings[j:k]:
            if named is not person or span.end > at:
                continue
            if span.start not in self._written_roles:
                self._written_roles[span.start] = mention_roles(self.text, span.start, span.end)
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

    def _role_given(self, word: str, at: int) -> bool:
        """Is ``word``, a lower-case noun, the head of a role the article gives a person
        named before ``at`` ("veterinarian" of "a retired veterinarian, Dr. Ellen
        Marchetti,"; :meth:`given_as_role`)?"""
        if self.roles_at is None or not nlp.is_lower_word(word):
            return False
        return self.given_as_role(word, at, self.roles_at)

    def _lede_noun(self, word: str, at: int) -> bool:
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
        if self.text.find(head, 0, at) < 0:
            return None  # no match can be found: no pattern is compiled for the noun
        introduced = [
            m for m in indefinite_of(head).finditer(self.text, 0, at) if introduces(self.text, m)
        ]
        headline = BREAKS.search(self.text, 0, at)
        if not introduced and headline is not None:  # "The founder of Lumenbyte, a ...,"
            lede = DEFINITE_LEDE.search(self.text, headline.end(), min(at, headline.end() + 60))
            if lede is not None and lede.group(1).split()[-1] in (head, head + "s"):
                introduced = [lede] if introduces(self.text, lede) else []
        if len(introduced) != 1:
            return None
        breaks = list(BREAKS.finditer(self.text, 0, introduced[0].start()))
        if len(breaks) != 1:
            return None  # not opening the paragraph after the headline
        before = self.text[breaks[0].end() : introduced[0].start()]
        if before.strip(DATELINE) and not STATE_DATELINE.fullmatch(before):
            return None  # more than a dateline ("WASHINGTON — ", "PENDLETON, Ore. — ")
        lede_end = BREAKS.search(self.text, introduced[0].end())
        if lede_end is None:
            return None
        following = BREAKS.search(self.text, lede_end.end())
        end = following.start() if following else len(self.text)
        k = self.namings_before(lede_end.end())
        named = next((p for span, p in self.namings[k:] if span.start < end), None)
        gender = noun_gender(head)
        if (
            named is None
            or not self.names._may_be(named, gender)
            or named.kind != SpeakerKind.PERSON
        ):
            return None
        return named

    def known(self, word: str, at: int) -> Person | None:
        """See :meth:`NameMatcher.known`."""
        return self.names.known(word, at)

    def read_subject(
        self, sentence: Span, subject: Span, person: Person | None, past_noun: bool = False
    ) -> None:
        """The subject of ``sentence`` is the words ``subject`` (a person, or a pronoun
        keeping one: ``person`` None): people the grammar finds after it are not what a
        later pronoun means. ``past_noun``: the person stands past the main verb, after a
        noun phrase that names no one known (see :meth:`definite`)."""
        insort(
            self.subject_reads,
            SubjectRead(sentence, subject, person, past_noun),
            key=lambda r: r.sentence.start,
        )

    def subject_before(self, at: int, pronoun: bool = False) -> SubjectRead | None:
        """The last sentence read ending by ``at``, when its subject names a person: its
        reading, whose ``person`` is then never None ("Sheriff Bly was unmoved." before
        “...”). With ``pronoun``, also a subject that is "he" or "she", read as the person
        it refers to there ("Then he laughed." before “...”)."""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.end) - 1
        if k < 0:
            return None
        read = self.subject_reads[k]
        word = self.text[read.subject.start : read.subject.end]
        if read.person is None and pronoun and word.lower() in ("he", "she"):
            read = read._replace(person=self.pronoun(word, read.subject.start))
        return None if read.person is None else read

    def _past_noun_before(self, at: int) -> bool:
        """Was the subject of the last sentence read ending by ``at`` (that of
        :meth:`subject_before`) read past the main verb and a noun phrase?"""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.end) - 1
        return k >= 0 and self.subject_reads[k].past_noun

    def after_subject(self, at: int) -> bool:
        """Is ``at`` past the known subject of its sentence?"""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.start) - 1
        if k < 0:
            return False
        sentence, subject = self.subject_reads[k].sentence, self.subject_reads[k].subject
        return sentence.start <= at < sentence.end and at > subject.start

    def first_named(self, person: Person) -> int | None:
        """Where the article names ``person`` first, as far as read."""
        return self._first_named.get(id(person))

    def person_at(self, at: int) -> Person | None:
        """Whom the mention read at ``at`` refers to, if one was."""
        k = bisect_left(self._mentions, at, key=lambda m: m[0])
        found = self._mentions[k] if k < len(self._mentions) else None
        return found[1] if found is not None and found[0] == at else None

    def mention(self, at: int, person: Person) -> None:
        self._remember(at, person)

    def naming_before(self, person: Person, mention: Span) -> Span | None:
        """Where the article last named ``person`` before ``mention`` in full (or at all):
        what "he added", "the minister" or a lone surname refers to."""
        fallback = None
        k = self.namings_before(mention.start + 1)
        for span, named in reversed(self.namings[:k]):
            if named is not person or span.overlaps(mention):
                continue
            if normalise(self.text[span.start : span.end]) == normalise(person.name):
                return span
            fallback = fallback or span
        return fallback

    # ---- output
    def speaker(self, person: Person) -> Speaker:
        kind = kind_shown(person, self.text)
        name = clean_name(person.name)
        return Speaker(
            name=in_prose_case(name) if kind == SpeakerKind.PERSON else name,
            kind=kind,
            key=self.key(person),
            role=person.role,
            aliases=tuple(dict.fromkeys(map(clean_name, person.aliases))),
            gender=person.gender,
            gender_bound=person.gender_source == "pronoun" and person.gender is not None,
        )

    def key(self, person: Person) -> str:
        """Identity across articles: full names bind everywhere, a surname or a
        description only here."""
        bound = person.kind == SpeakerKind.PERSON and not person.full
        return library_key(person.kind, person.name, self._article, bound=bound)
