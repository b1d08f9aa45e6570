"""Each resolver of the cast on its own: run over a small fake cast that satisfies the
protocol its module declares (core/cast_protocols.py), a few people named in a few
sentences written for the test, the other resolvers answered by stubs. No extraction."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

import pytest

from core.cast_groups import GroupResolver, GroupsCast
from core.cast_names import NameMatcher, NamesCast
from core.cast_nominals import NominalResolver, NominalsCast
from core.cast_pairs import PairResolver, PairsCast
from core.cast_patterns import NEAR, SubjectRead
from core.cast_pronouns import PronounResolver, PronounsCast
from core.cast_protocols import (
    CastRecord,
    GroupLookup,
    NameLookup,
    NominalLookup,
    PairLookup,
    PronounLookup,
)
from core.document import Span, SpeakerKind
from core.person import Person
from core.person_names import name_words
from core.speakers import Cast

L, R = "\u201c", "\u201d"


class Unknowing:
    """A resolver of no answers: every question it is asked gets None."""

    def __getattr__(self, question: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


class Answering(Unknowing):
    """A resolver answering one question with one person, None to any other."""

    def __init__(self, question: str, person: Person) -> None:
        setattr(self, question, lambda *args, **kwargs: person)


class FakeCast:
    """A cast of a few people, each named where the text first writes the given words
    after the naming before: its records are plain lists read by scans, the resolvers
    of names, pronouns, nominals, pairs and groups stubs answering nothing."""

    def __init__(self, text: str, named: Sequence[tuple[str, Person]] = ()) -> None:
        self.text = text
        self.people: list[Person] = []
        self.namings: list[tuple[Span, Person]] = []
        self.mentions: list[tuple[int, Person]] = []
        self.heard: dict[int, list[tuple[int, int]]] = {}
        self.appearance: dict[int, int] = {}
        self.name_ends: dict[str, list[Person]] = {}
        self.middles: dict[str, list[Person]] = {}
        self.called: dict[str, list[Person]] = {}
        self.kin_surnamed: set[int] = set()
        self.first_naming_offsets: dict[int, int] = {}
        self.subject_reads: list[SubjectRead] = []
        self.roles_at: Callable[[int, int], Iterable[str]] | None = None
        self.withheld: list[tuple[int, Person]] | None = None
        self.names = self.pronouns = self.nominals = self.pairs = self.groups = Unknowing()
        at = 0
        for written, person in named:
            at = text.index(written, at)
            self._know(person, at)
            self.mention(at, person)
            self.namings.append((Span(at, at + len(written)), person))
            at += len(written)

    def _know(self, person: Person, at: int) -> None:
        if person not in self.people:
            self.add(person)
            for end in {name_words(person.name)[0], name_words(person.name)[-1]}:
                self.name_ends.setdefault(end, []).append(person)
        if person.name not in person.aliases:
            person.aliases.append(person.name)
        self.first_naming_offsets.setdefault(id(person), at)

    def sentences(self) -> list[Span]:
        return [Span(*m.span()) for m in re.finditer(r"[^\s.!?][^.!?]*[.!?]*", self.text)]

    def sentence_at(self, at: int) -> Span | None:
        return next((s for s in self.sentences() if s.start <= at < s.end), None)

    def sentence_number(self, sentence: Span) -> int:
        return self.sentences().index(sentence)

    def namings_before(self, at: int) -> int:
        return sum(span.start < at for span, _ in self.namings)

    def last_naming(self, at: int) -> tuple[Span, Person] | None:
        k = self.namings_before(at + 1)
        return self.namings[k - 1] if k else None

    def first_named(self, person: Person) -> int | None:
        return self.first_naming_offsets.get(id(person))

    def surnames(self) -> set[str]:
        return {p.name.split()[-1] for p in self.people if p.full}

    def name(
        self,
        name: str,
        at: int,
        role: str | None = None,
        title: str | None = None,
        recent: bool = True,
    ) -> Person:
        """The person of this name, made known here if none is."""
        person = next((p for p in self.people if p.name == name), None)
        person = person or Person(name=name, full=len(name.split()) > 1)
        self._know(person, at)
        person.add_role(role)
        if recent:
            self.mention(at, person)
        return person

    def add(self, person: Person) -> None:
        self.appearance[id(person)] = len(self.people)
        self.people.append(person)

    def mention(self, at: int, person: Person) -> None:
        if self.withheld is not None:
            self.withheld.append((at, person))
            return
        self.mentions = sorted([*self.mentions, (at, person)], key=lambda m: m[0])
        self.heard.setdefault(id(person), []).append((at, len(self.mentions)))

    @contextmanager
    def hypothetical(self) -> Iterator[list[tuple[int, Person]]]:
        outer, self.withheld = self.withheld, []
        try:
            yield self.withheld
        finally:
            self.withheld = outer

    def _last_at(self, person: Person, at: int) -> int | None:
        return max((x for x, p in self.mentions if p is person and x <= at), default=None)

    def recent_first(self, at: int) -> Iterator[Person]:
        heard = [p for p in self.people if self._last_at(p, at) is not None]
        yield from sorted(heard, key=lambda p: -(self._last_at(p, at) or 0))
        yield from (p for p in self.people if p not in heard)

    def recent_among(self, people: list[Person], at: int, prominent: bool = False) -> list[Person]:
        ordered = [p for p in self.recent_first(at) if p in people]
        if prominent:
            ordered.sort(key=lambda p: -self.mention_count(p, at))
        return ordered

    def mentioned_between(self, start: int, end: int) -> list[Person]:
        return [p for x, p in self.mentions if start <= x <= end]

    def mentioned_back(self, at: int, begin: int) -> Iterator[tuple[int, Person]]:
        yield from reversed([(x, p) for x, p in self.mentions if begin <= x < at])

    def mention_count(self, person: Person, at: int) -> int:
        return sum(p is person and x <= at for x, p in self.mentions)

    def last_mention(self, person: Person, at: int) -> int:
        last = self._last_at(person, at)
        return -NEAR - 1 if last is None else last

    def read_holding(self, at: int) -> SubjectRead | None:
        return next(
            (r for r in self.subject_reads if r.sentence.start <= at < r.sentence.end), None
        )

    def subject_before(self, at: int, pronoun: bool = False) -> SubjectRead | None:
        reads = [r for r in self.subject_reads if r.sentence.end <= at]
        return reads[-1] if reads and reads[-1].person is not None else None

    def past_noun_before(self, at: int) -> bool:
        reads = [r for r in self.subject_reads if r.sentence.end <= at]
        return bool(reads) and reads[-1].past_noun

    def after_subject(self, at: int) -> bool:
        read = self.read_holding(at)
        return read is not None and at > read.subject.start

    @staticmethod
    def owned_name(person: Person, head: str) -> str:
        return f"{person.name.split()[-1]} {head}"


def at_word(text: str, word: str, nth: int = 0) -> int:
    """Where ``text`` writes ``word`` the ``nth`` time (from 0)."""
    return [m.start() for m in re.finditer(re.escape(word), text)][nth]


@pytest.mark.parametrize("protocol", [NamesCast, PronounsCast, NominalsCast, PairsCast, GroupsCast])
def test_the_cast_and_the_fake_satisfy_each_resolvers_protocol(protocol: type) -> None:
    assert isinstance(Cast("Ada Okafor spoke."), protocol)
    assert isinstance(FakeCast("Ada Okafor spoke."), protocol)
    assert not isinstance(object(), CastRecord)


def test_each_resolver_answers_what_the_others_ask_of_it() -> None:
    cast = Cast("Ada Okafor spoke.")
    assert isinstance(cast.names, NameLookup)
    assert isinstance(cast.pronouns, PronounLookup)
    assert isinstance(cast.nominals, NominalLookup)
    assert isinstance(cast.pairs, PairLookup)
    assert isinstance(cast.groups, GroupLookup)


def test_names_a_surname_alone_is_the_one_of_the_sex_asked() -> None:
    chidi, ada = Person("Chidi Okafor", gender="m"), Person("Ada Okafor", gender="f")
    text = "Chidi Okafor farms. His sister Ada Okafor teaches. Okafor said it rained."
    names = NameMatcher(FakeCast(text, [("Chidi Okafor", chidi), ("Ada Okafor", ada)]))
    at = at_word(text, "Okafor", 2)
    assert names.find_named("Okafor", at, "f") is ada
    assert names.find_named("Okafor", at, "m") is chidi
    assert names.find_named("Lutz", at) is None


def test_pronouns_she_is_the_one_woman_named_before() -> None:
    ada, ben = Person("Ada Okafor", gender="f"), Person("Ben Lutz", gender="m")
    text = f"Ada Okafor met Ben Lutz on Monday. {L}It went well,{R} she said."
    pronouns = PronounResolver(FakeCast(text, [("Ada Okafor", ada), ("Ben Lutz", ben)]))
    assert pronouns.pronoun("she", at_word(text, "she")) is ada


def test_nominals_the_senator_is_the_one_the_article_calls_so() -> None:
    ada, ben = Person("Ada Okafor", gender="f"), Person("Ben Lutz", gender="m")
    ada.add_role("senator")
    text = f"Sen. Ada Okafor met Ben Lutz on Monday. {L}It went well,{R} the senator said."
    nominals = NominalResolver(FakeCast(text, [("Ada Okafor", ada), ("Ben Lutz", ben)]))
    assert nominals.nominal("senator", at_word(text, "the senator")) is ada


def test_pairs_the_former_and_the_latter_of_two_joined_by_and() -> None:
    ada, ben = Person("Ada Okafor", gender="f"), Person("Ben Lutz", gender="m")
    text = f"Ada Okafor and Ben Lutz ran the farm. {L}We held on,{R} the latter said."
    pairs = PairResolver(FakeCast(text, [("Ada Okafor", ada), ("Ben Lutz", ben)]))
    at = at_word(text, "the latter")
    assert pairs.former_or_latter("latter", at) is ben
    assert pairs.former_or_latter("former", at) is ada


def test_groups_one_organisation_however_often_described_and_her_post_hers() -> None:
    ada = Person("Ada Okafor", gender="f")
    text = "Ada Okafor ran. The campaign said so. Her Twitter post said so. The campaign agreed."
    cast = FakeCast(text, [("Ada Okafor", ada)])
    cast.pronouns = Answering("pronoun", ada)  # whom "her" means: the pronouns' answer
    groups = GroupResolver(cast)
    first = groups.group("the campaign", SpeakerKind.ORGANISATION, at_word(text, "The campaign"))
    again = groups.group("the campaign", SpeakerKind.ORGANISATION, at_word(text, "The campaign", 1))
    assert again is first and first.kind == SpeakerKind.ORGANISATION
    post = groups.group("Her Twitter post", SpeakerKind.ANONYMOUS, at_word(text, "Her"))
    assert post is ada
