"""Mentions to speakers within one article: names, surnames, pronouns, roles and kinds.

A :class:`Cast` holds the people an article names, in the order it names them. It
binds a surname to the full name given earlier ("Borrell" → Josep Borrell), a pronoun
to the last person of a compatible gender, a nominal ("the minister") to the person
whose role says so, and keeps the role each person is given. People who share a surname
stay apart when their first names differ (Hillary, Bill and Chelsea Clinton).

The Cast keeps the article's state (its people, where each is named and mentioned, its
sentences and their subjects) and registers names and mentions. Resolving a mention is
handed to a resolver given the cast, each in its own module: names to
:class:`~core.cast_names.NameMatcher`, pronouns to
:class:`~core.cast_pronouns.PronounResolver`, nominals to
:class:`~core.cast_nominals.NominalResolver`, couples and pairs to
:class:`~core.cast_pairs.PairResolver`, organisations and anonymous sources to
:class:`~core.cast_groups.GroupResolver`; :mod:`core.cast_patterns` holds the patterns
they share. Each resolver's module declares what it reads of the cast, the records and
the other resolvers it asks, as a protocol built of those of :mod:`core.cast_protocols`,
so that it depends on no other resolver's module nor on this one. Callers ask the
resolver itself (``cast.pronouns.pronoun(word, at)``, ``cast.nominals.described(...)``),
so a call says which kind of mention it resolves.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager

from core import nlp
from core.cast_groups import GroupResolver
from core.cast_names import NameMatcher
from core.cast_nominals import NominalResolver
from core.cast_pairs import PairResolver
from core.cast_patterns import FIRST_PERSON as FIRST_PERSON
from core.cast_patterns import NEAR, SURE_SHARE, TIMED_ITEM, SubjectRead, name_gender
from core.cast_patterns import OVERRULED_SHARE as OVERRULED_SHARE
from core.cast_patterns import PAIR_NOUNS as PAIR_NOUNS
from core.cast_patterns import SENTENCE_END_AFTER as SENTENCE_END_AFTER
from core.cast_patterns import TITLES_AT_END as TITLES_AT_END
from core.cast_pronouns import PronounResolver
from core.document import Span, Speaker, SpeakerKind
from core.name_runs import honorific_gender, kin_gender_before, name_written, noun_gender_beside
from core.person import Person, kind_shown
from core.person_names import (
    alias_of,
    called_before_particle,
    clean_name,
    fuller,
    in_prose_case,
    inner_surnames,
    library_key,
    name_share,
    name_words,
    normalise,
    surname,
)


class Cast:
    """The people of one article and the mentions that refer to them: the state every
    resolver reads and the registering of names and mentions. Resolving a mention is
    handed to :attr:`names`, :attr:`pronouns`, :attr:`nominals`, :attr:`pairs` and
    :attr:`groups`, each given the cast."""

    def __init__(self, text: str, sentences: Sequence[Span] | None = None) -> None:
        self.text = text
        self._sentences = None if sentences is None else list(sentences)  # see sentences
        self.people: list[Person] = []
        self.mentions: list[tuple[int, Person]] = []  # (offset, person) in text order
        self.name_ends: dict[str, list[Person]] = {}  # first and last words of every name
        self.middles: dict[str, list[Person]] = {}  # see NameMatcher._middle_named
        self.called: dict[str, list[Person]] = {}  # see NameMatcher._middle_named
        self.heard: dict[int, list[tuple[int, int]]] = {}  # id(person): (offset, order)
        self.appearance: dict[int, int] = {}  # id(person): its place in ``people``
        self.namings: list[tuple[Span, Person]] = []  # where each person is named, in order
        self.quiet = False  # mentions resolved now are not remembered (see hypothetical)
        self._withheld: list[tuple[int, Person]] = []  # the mentions quiet kept back
        self.subject_reads: list[SubjectRead] = []  # in the order of the sentences (read_subject)
        self.first_naming_offsets: dict[int, int] = {}  # id(person): offset of the first naming
        self._article = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        self._surnames: set[str] = set()  # see surnames
        # the roles written at a naming, as the attribution reads them (NominalResolver.role_given)
        self.roles_at: Callable[[int, int], Iterable[str]] | None = None
        self.kin_surnamed: set[int] = set()  # ids of those given a relative's surname
        items = [m.start() for m in TIMED_ITEM.finditer(text)]
        self._items = items if len(items) > 1 else []  # see _item_start
        self.groups = GroupResolver(self)
        self.pairs = PairResolver(self)
        self.names = NameMatcher(self)
        self.nominals = NominalResolver(self)
        self.pronouns = PronounResolver(self)

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
        if (before := self.names.full_name_before(name, at)) is not None:
            name = before  # "Chidi Okafor ... Okafor said", his mother named in full later
        stated = name_gender(name)
        honorific = honorific_gender(title) or noun_gender_beside(self.text, at, name, role)
        honorific = honorific or kin_gender_before(self.text, at, written)
        titled = self.names.titled(name, role)
        sex = honorific
        if sex is None and self.names.relatives(name) > 1:
            sex = self.names.pronoun_after(name, at)  # "Clinton said as he introduced his wife"
        person = titled or self.names.generation_written(name, at)
        person = person or self.names.find_named(name, at, sex)
        if person is None:
            person, name = self.names.named_any_sex(name, at, honorific)
        if person is None and (alias := alias_of(self.text, name)) is not None:
            name = alias  # "Guccifer said": Marcel Lehel, "the hacker known as Guccifer"
            person = self.names.find_named(name, at)
        if person is not None and self.names.parent_of_junior(person, name, at):
            person = None  # "Howard Pell Jr. ... His father, former Rep. Howard Pell,"
        if role and titled is None and person is not None and self.names.relatives(name) > 1:
            role = None  # "President Bush" beside Jeb and George W. Bush: whose title is unsure
        if person is None:
            words = name_words(name)
            full_name = self.names.full_name_of(name) if len(words) == 1 else None
            if full_name:
                name, words = full_name, name_words(full_name)  # "Mr. Amar": Akhil Amar
            person = Person(name=name, full=len(words) > 1)
            self.add(person)
            if kin is not None:
                self.kin_surnamed.add(id(person))
        elif fuller(name_words(name), name_words(person.name)) and not self.names.titled_again(
            name, person.name
        ):
            person.name, person.full = name, True  # "Borrell" first, "Josep Borrell" later
        if len(full := person.name.split()) > 1 and person.name[0].isupper():
            self._surnames.add(full[-1])
        if words := name_words(person.name):
            for end in (words[0], words[-1]):
                named = self.name_ends.setdefault(end, [])
                if all(other is not person for other in named):
                    named.append(person)
            for middle in inner_surnames(person.name, self.text):
                named = self.middles.setdefault(middle, [])
                if all(other is not person for other in named):
                    named.append(person)
            if (called := called_before_particle(person.name)) is not None:
                named = self.called.setdefault(called, [])
                if all(other is not person for other in named):
                    named.append(person)
        if name not in person.aliases:
            person.aliases.append(name)
        shown = written if kin is not None else name
        found = name_written(self.text, shown, at)
        if found >= 0:
            insort(self.namings, (Span(found, found + len(shown)), person), key=lambda n: n[0])
        first = self.first_naming_offsets.get(id(person), at)
        self.first_naming_offsets[id(person)] = min(first, at)
        if honorific:
            person.state_gender(honorific)
        elif person.gender is None and stated:
            person.gender = stated
            unisex = name_share(name) < SURE_SHARE
            person.gender_source = "unisex name" if unisex else "name"
        person.add_role(role)
        if recent:
            self.mention(at, person)
        return person

    def add(self, person: Person) -> None:
        self.appearance[id(person)] = len(self.people)
        self.people.append(person)

    def mention(self, at: int, person: Person) -> None:
        """Record that ``person`` is mentioned at offset ``at``: what a later pronoun may
        refer to (withheld while :meth:`hypothetical`)."""
        if self.quiet:
            self._withheld.append((at, person))
            return
        insort(self.mentions, (at, person), key=lambda m: m[0])  # after equal offsets
        insort(self.heard.setdefault(id(person), []), (at, len(self.mentions)))

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
            self.mention(at, person)

    def mentioned_between(self, start: int, end: int) -> list[Person]:
        """The people mentioned from ``start`` up to ``end``, in text order."""
        lo = bisect_left(self.mentions, start, key=lambda m: m[0])
        hi = bisect_right(self.mentions, end, key=lambda m: m[0])
        return [person for _, person in self.mentions[lo:hi]]

    def recent_first(self, at: int) -> Iterator[Person]:
        """People by their latest mention up to ``at``, most recent first; then those
        mentioned only after it (least preferred), in order of appearance.

        Lazy, so that a caller stopping at the first fit does not walk every mention.
        """
        seen: set[int] = set()
        upto = bisect_right(self.mentions, at, key=lambda m: m[0])
        opens = self._item_start(at)
        for k in range(upto - 1, -1, -1):
            offset, person = self.mentions[k]
            if offset < opens:
                break
            if id(person) not in seen:
                seen.add(id(person))
                yield person
        if opens:  # those mentioned in an earlier item only are out of reach
            seen |= {id(person) for _, person in self.mentions[:upto]}
        yield from (person for person in self.people if id(person) not in seen)

    def _item_start(self, at: int) -> int:
        """Where the item of a live article holding ``at`` opens (its time stamp), 0 in
        an article of no such items or before the first: a reference in one item ("he",
        "the senator") is to someone its item names, not to one of an earlier story."""
        k = bisect_right(self._items, at) - 1
        return self._items[k] if k >= 0 else 0

    def recent_among(self, people: list[Person], at: int, prominent: bool = False) -> list[Person]:
        """``people`` in the order of :meth:`recent_first`, found from each one's own
        mentions: a name is compared with those sharing a word with it, not with the
        whole article (a book-length text names thousands). ``prominent``: the most
        mentioned up to ``at`` first, then the most recent."""

        def latest(person: Person) -> tuple[int, int, int, int]:
            heard = self.heard.get(id(person), [])
            k = self.mention_count(person, at) - 1
            if k >= 0:
                return (0, -(k + 1) if prominent else 0, -heard[k][0], -heard[k][1])
            return (1, 0, self.appearance.get(id(person), len(self.people)), 0)  # by appearance

        return sorted(people, key=latest)

    def mentioned_back(self, at: int, begin: int) -> Iterator[tuple[int, Person]]:
        """Whom the article mentioned before ``at`` and from ``begin`` on, as (offset,
        person), the nearest first: the walk back of a noun or "it" to what it refers to.
        Lazy, so that a caller stopping at the first fit reads no further."""
        for k in range(bisect_left(self.mentions, at, key=lambda m: m[0]) - 1, -1, -1):
            offset, person = self.mentions[k]
            if offset < begin:
                return
            yield offset, person

    def mention_count(self, person: Person, at: int) -> int:
        """How often the article mentions ``person`` up to ``at``."""
        return bisect_right(self.heard.get(id(person), []), (at, len(self.mentions) + 1))

    def last_mention(self, person: Person, at: int) -> int:
        """Where the article last mentions ``person`` up to ``at``."""
        k = self.mention_count(person, at) - 1
        return self.heard[id(person)][k][0] if k >= 0 else -NEAR - 1

    @staticmethod
    def owned_name(person: Person, head: str) -> str:
        """What ``person`` owns that speaks (``head``: a campaign, an office, a team),
        named as "the Sanders campaign" would be: "Sanders campaign"."""
        last = surname(person.name)
        written = [w for w in person.name.split() if normalise(w).split()[-1:] == [last]]
        return f"{written[-1] if written else last.title()} {head}"

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
            read = read._replace(person=self.pronouns.pronoun(word, read.subject.start))
        return None if read.person is None else read

    def read_holding(self, at: int) -> SubjectRead | None:
        """The subject read of the sentence holding ``at`` (:meth:`read_subject`), if read."""
        k = bisect_right(self.subject_reads, at, key=lambda r: r.sentence.start) - 1
        if k < 0 or not (read := self.subject_reads[k]).sentence.start <= at < read.sentence.end:
            return None
        return read

    def past_noun_before(self, at: int) -> bool:
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
        return self.first_naming_offsets.get(id(person))

    def person_at(self, at: int) -> Person | None:
        """Whom the mention read at ``at`` refers to, if one was."""
        k = bisect_left(self.mentions, at, key=lambda m: m[0])
        found = self.mentions[k] if k < len(self.mentions) else None
        return found[1] if found is not None and found[0] == at else None

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
