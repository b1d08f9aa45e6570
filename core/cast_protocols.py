"""What the resolvers of an article's :class:`~core.speakers.Cast` read of it and of one
another, written down as protocols.

A resolver (:mod:`core.cast_names`, :mod:`core.cast_pronouns`, :mod:`core.cast_nominals`,
:mod:`core.cast_pairs`, :mod:`core.cast_groups`) is given the cast: it reads the article's
records through it (:class:`CastRecord`: its text and sentences, who is named and
mentioned where, the subjects read) and asks the other resolvers it needs through it
(:class:`NameLookup`, :class:`PronounLookup`, :class:`NominalLookup`, :class:`PairLookup`,
:class:`GroupLookup`: what the others ask of each). Each resolver's module declares the
cast it needs as one protocol made of these, so it depends on this module and not on the
Cast nor on another resolver's module, and a test may give it a small fake cast.

Resolving stays recursive where the grammar is ("his wife" reads "his" first; "he" may
mean "the senator" opening a sentence): the Cast wires the resolvers to one another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

from core.cast_patterns import SubjectRead
from core.document import Span, SpeakerKind
from core.person import Person


@runtime_checkable
class ArticleText(Protocol):
    """The article's text and its sentences."""

    text: str

    def sentences(self) -> list[Span]: ...

    def sentence_at(self, at: int) -> Span | None: ...

    def sentence_number(self, sentence: Span) -> int: ...


@runtime_checkable
class Namings(Protocol):
    """The people named, where each is named, and the registering of a name."""

    people: list[Person]
    namings: list[tuple[Span, Person]]  # in text order
    name_ends: dict[str, list[Person]]  # the first and last words of every name
    first_naming_offsets: dict[int, int]  # id(person): offset of the first naming
    roles_at: Callable[[int, int], Iterable[str]] | None  # the roles written at a naming

    def namings_before(self, at: int) -> int: ...

    def last_naming(self, at: int) -> tuple[Span, Person] | None: ...

    def first_named(self, person: Person) -> int | None: ...

    def surnames(self) -> AbstractSet[str]: ...

    def name(
        self,
        name: str,
        at: int,
        role: str | None = None,
        title: str | None = None,
        recent: bool = True,
    ) -> Person: ...

    def add(self, person: Person) -> None: ...


@runtime_checkable
class Mentions(Protocol):
    """Where each person is mentioned (named, or referred to), and who came last."""

    mentions: list[tuple[int, Person]]  # (offset, person) in text order
    heard: dict[int, list[tuple[int, int]]]  # id(person): (offset, order) of its mentions
    appearance: dict[int, int]  # id(person): its place in ``people``

    def mention(self, at: int, person: Person) -> None: ...

    def hypothetical(self) -> AbstractContextManager[list[tuple[int, Person]]]: ...

    def recent_first(self, at: int) -> Iterator[Person]: ...

    def recent_among(
        self, people: list[Person], at: int, prominent: bool = False
    ) -> list[Person]: ...

    def mentioned_between(self, start: int, end: int) -> list[Person]: ...

    def mentioned_back(self, at: int, begin: int) -> Iterator[tuple[int, Person]]: ...

    def mention_count(self, person: Person, at: int) -> int: ...

    def last_mention(self, person: Person, at: int) -> int: ...


@runtime_checkable
class SubjectReads(Protocol):
    """The subjects read of the article's sentences (see :class:`SubjectRead`)."""

    subject_reads: list[SubjectRead]  # in the order of the sentences

    def subject_before(self, at: int, pronoun: bool = False) -> SubjectRead | None: ...

    def read_holding(self, at: int) -> SubjectRead | None: ...

    def past_noun_before(self, at: int) -> bool: ...

    def after_subject(self, at: int) -> bool: ...


@runtime_checkable
class CastRecord(ArticleText, Namings, Mentions, SubjectReads, Protocol):
    """All the records of an article's cast a resolver reads."""


@runtime_checkable
class NameLookup(Protocol):
    """What the other resolvers ask :class:`~core.cast_names.NameMatcher`."""

    def find_named(self, name: str, at: int, gender: str | None = None) -> Person | None: ...

    def known(self, word: str, at: int) -> Person | None: ...

    def may_be(self, person: Person, gender: str | None) -> bool: ...

    def named_before_in_sentence(self, sentence: Span, at: int) -> bool: ...

    def named_beside_subject(self, at: int, gender: str | None) -> Person | None: ...

    def named_later(self, at: int) -> set[int]: ...

    def relative_after(
        self, sentence: Span, subject_words: Span, subject: Person, gender: str | None
    ) -> Person | None: ...

    def of_elder(self, description: str, at: int) -> Person | None: ...


@runtime_checkable
class PronounLookup(Protocol):
    """What the other resolvers ask :class:`~core.cast_pronouns.PronounResolver`."""

    def pronoun(self, word: str, at: int) -> Person | None: ...

    def the_one_asked(self, gender: str | None, at: int) -> Person | None: ...


@runtime_checkable
class PairLookup(Protocol):
    """What the other resolvers ask :class:`~core.cast_pairs.PairResolver`."""

    def couple_nominal(self, description: str, at: int, speaking: bool = True) -> Person | None: ...

    def pair_named_before(self, at: int) -> Person | None: ...

    def plural_subject_before(self, at: int) -> Person | None: ...

    def they_person(self, at: int) -> Person | None: ...

    def former_or_latter(self, word: str, at: int) -> Person | None: ...


@runtime_checkable
class GroupLookup(Protocol):
    """What the other resolvers ask :class:`~core.cast_groups.GroupResolver`."""

    def group(self, description: str, kind: SpeakerKind, at: int) -> Person: ...


@runtime_checkable
class NominalLookup(Protocol):
    """What the other resolvers ask :class:`~core.cast_nominals.NominalResolver`."""

    def nominal(self, head: str, at: int, words: Sequence[str] = ()) -> Person | None: ...

    def definite(
        self,
        head: str,
        at: int,
        words: Sequence[str] = (),
        subordinate: bool = False,
        bound: Person | None = None,
    ) -> Person | None: ...

    def described(
        self,
        head: str,
        at: int,
        words: Sequence[str],
        roles_at: Callable[[int, int], Iterable[str]],
        written_so: bool = False,
    ) -> Person | None: ...

    def unnamed_antecedent(self, gender: str, at: int) -> Person | None: ...

    def owned_kin(self, owner: Person | None, noun: str, at: int) -> Person | None: ...

    def family_unnamed(self, owner: Person) -> bool: ...

    def of_family(self, owner: Sequence[str], gender: str) -> bool: ...

    def kin_reciprocal(self, head: str, at: int) -> Person | None: ...

    def ranked(self, words: Sequence[str], at: int) -> Person | None: ...

    def role_given(self, word: str, at: int) -> bool: ...

    def lede_noun(self, word: str, at: int) -> bool: ...

    def lede_person(self, head: str, at: int) -> Person | None: ...
