"""Names to people in an article's :class:`~core.speakers.Cast`: which person already known a
name, a surname, a first name or a middle name means ("Okafor" → Chidi Okafor), the
surname a relative's first name takes, and full names introduced before or after.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Protocol, runtime_checkable

from core import lexicons, nlp
from core.cast_patterns import (
    APPOSITIVE_CLOSED,
    CAPITALISED_WORD,
    COORDINATED,
    COPULA_BEFORE,
    ELDER_KIN_TITLED,
    GENERATION_BEFORE,
    GENERATION_REACH,
    KEPT_WHOLE,
    NAME_CUE_AFTER_CLOSER,
    NEAR,
    OWNER_NAMED,
    PRONOUN_CUE,
    SENTENCE_BREAK,
    SENTENCE_END_AFTER,
    SON_BESIDE,
    SURNAME_KIN,
    UNLISTED_FIRST,
    one_name_in_other,
    other_sex,
)
from core.cast_protocols import CastRecord, PronounLookup
from core.document import Span, SpeakerKind
from core.generations import age_and_generation
from core.name_runs import (
    GIVEN_NAME,
    POSSESSIVE,
    RUNNING_TEXT,
    NamedPerson,
    couples_named_in,
    name_written,
)
from core.person import (
    PRONOUN_GENDER,
    PRONOUN_GENDERS,
    Person,
    kin_surname_of,
    may_be_he_or_she,
    person_of_gender,
    surnames_first,
)
from core.person_names import (
    AGE_APPOSED,
    LONE_SURNAME,
    alone_at,
    beside_a_name,
    compatible_first,
    family_name_first,
    given_before_known_surname,
    given_name,
    in_running_text,
    introduced_name,
    kin_introducing,
    kin_owned,
    kin_owner,
    lone_names,
    name_suffix,
    name_words,
    normalise,
    one_slip,
    short_given,
    surname_of,
    times_written,
    unlisted_family,
    unseen_given,
    word_given_shown,
    written_alone,
)
from core.quotes import leaves_open

WORD_RIGHT_BEFORE = re.compile(r"([\w.'\u2019-]+)\s+\Z")  # "Mr. |Trump": the word before, if
# only spaces part them (searched with an end position at the surname)


@runtime_checkable
class NamesCast(CastRecord, Protocol):
    """What :class:`NameMatcher` reads of the cast: its records and these."""

    middles: dict[str, list[Person]]  # a first of two surnames ("Acosta" of "Melba Acosta Febo")
    called: dict[str, list[Person]]  # the word before a particle ("Lula" of "... Lula da Silva")
    kin_surnamed: set[int]  # ids of those given a relative's surname
    pronouns: PronounLookup


class NameMatcher:
    """Which known person a written name means, over the cast's people and their names."""

    def __init__(self, cast: NamesCast) -> None:
        self.cast = cast
        self._full_names: dict[str, str | None] = {}  # see full_name_of
        self._introductions: dict[str, str | None] = {}  # see introduced
        self._kin: set[tuple[str, str]] = set()  # see _after_unlisted
        self._unlisted: set[str] | None = None  # see _after_unlisted
        self._lone: dict[int, list[NamedPerson]] = {}  # lone_names by sentence start, no pronoun

    def named_before_in_sentence(self, sentence: Span, at: int) -> bool:
        """Does ``sentence`` name a person before ``at``, outside any quotation? Its lone
        names are read once per sentence, not once per pronoun in it (a long sentence of
        many quotations grew quadratically)."""
        start = sentence.start
        j = self.cast.namings_before(start)
        spans = [span.start for span, p in self.cast.namings[j:] if span.start < at]
        lone = self._lone.get(start)
        if lone is None:  # a capitalised pronoun ("He said “yes” and He said ...") names
            # no one: not kept to be asked about
            names = lone_names(self.cast.text, start, sentence.end)
            lone = [n for n in names if n.name.lower() not in PRONOUN_GENDERS]
            self._lone[start] = lone
        before = lone[: bisect_left(lone, at, key=lambda n: n.at)]
        spans += [n.at for n in before if self.known(n.name, n.at)]
        return any(not leaves_open(self.cast.text[start:x]) for x in spans)

    def kin_surname(self, name: str, at: int) -> str | None:
        """The surname a first name alone takes as the appositive of a relative of
        someone named in full before ("Schilling's son, Grant," after "Curt Schilling";
        "Clinton's husband, Bill,"; "His son Eskil, a carpenter,": a given name in no list
        that the tagger never saw and that names no place; "Their daughter, Simran,": one
        the baby-name counts give a sex), else None."""
        words = name.split()
        if len(words) != 1 or not (
            nlp.is_first_name(words[0])
            or unseen_given(words[0])
            or nlp.given_name_gender(words[0]) is not None
        ):
            return None
        found = name_written(self.cast.text, name, at)
        owned = kin_owned(self.cast.text, found) if found > 0 else None
        if owned is None or owned.group("kin") not in SURNAME_KIN:
            return None  # "Schilling's granddaughter, Maeve": of another surname, maybe
        pronoun = (owned.group("pronoun") or "").lower()
        if pronoun == "their":
            return self._kin_of_family(owned, found)
        if pronoun:
            return self._kin_of_pronoun(owned, found)
        written = owned.group("name")
        owner = name_words(written)[-1:] if written[0].isupper() else []
        named = self.cast.name_ends.get(owner[0], ()) if owner else ()
        full = any(p.full and name_words(p.name)[-1:] == owner for p in named)
        return written if full else None

    def _kin_of_pronoun(self, owned: re.Match[str], found: int) -> str | None:
        """The surname of the person named in full whom the pronoun owning a relative
        (``owned``, :data:`KIN_INTRODUCING`) refers to, where the relative's listed first
        name alone stands at ``found`` as its appositive ("Sen. Bernie Sanders ... his
        wife, Jane," is Jane Sanders) and that person is the subject of the sentence
        before; None otherwise (a pronoun read wrong would give the relative a stranger's
        surname)."""
        if not APPOSITIVE_CLOSED.match(self.cast.text, found):
            return None  # not "Beloved by her husband, Nancy was": no appositive
        coordinated = self._coordinated_owner(owned.group("pronoun").lower(), owned.start())
        if coordinated is not None:
            return coordinated  # "Andre Baptiste and his wife, Mireille,": his, whoever
            # the sentence before was about
        with self.cast.hypothetical():
            person = self.cast.pronouns.pronoun(owned.group("pronoun").lower(), owned.start())
            topic = self.cast.subject_before(owned.start(), pronoun=True)
        if person is None or person.kind != SpeakerKind.PERSON or not person.full:
            return None
        if not self._named_last_in_sentence(person, owned.start()) and (
            topic is None
            or topic.person is not person
            or SENTENCE_BREAK.search(self.cast.text, topic.sentence.end, owned.start())
        ):
            return None  # only the subject of the sentence just before, or the one named
            # last before the pronoun in its own ("Jean-Luc Moreau and his son, Théo,"):
            # "The plot is slight. Ines takes ...; her husband, Daniel," is the narrator's
        return kin_surname_of(person)

    def _kin_of_family(self, owned: re.Match[str], found: int) -> str | None:
        """The surname of the family "their" owning a relative (``owned``,
        :data:`KIN_INTRODUCING`) refers to, where the relative's given name alone stands
        at ``found`` as its appositive ("Loren and Patrice Haskell ... Their son, Garrett,
        29,"): the surname of the last two people named in full before it, both of it and
        no one else named between; None otherwise."""
        if not APPOSITIVE_CLOSED.match(self.cast.text, found):
            return None
        k = self.cast.namings_before(owned.start())
        last: list[Person] = []
        for _, person in reversed(self.cast.namings[:k]):
            if person not in last:
                last.append(person)
            if len(last) == 2:
                break
        if len(last) < 2 or not all(p.kind == SpeakerKind.PERSON and p.full for p in last):
            return None
        surnames = {tuple(name_words(p.name)[-1:]) for p in last}
        return kin_surname_of(last[0]) if len(surnames) == 1 else None  # not "Jr."

    def _coordinated_owner(self, pronoun: str, at: int) -> str | None:
        """The surname of the person named in full right before "and" and the owning
        pronoun at ``at`` ("Andre Baptiste and |his wife, Mireille,"; "Lucinda Arceneaux and
        |her husband, Raymond,"): the one the pronoun means, as a writer joins a couple so,
        unless the name's sex is known and is not the pronoun's. None otherwise."""
        last = self.cast.last_naming(at - 1)
        if last is None:
            return None
        span, person = last
        if not COORDINATED.fullmatch(self.cast.text, span.end, at):
            return None
        if person.kind != SpeakerKind.PERSON or not person.full:
            return None
        if person.gender not in (None, PRONOUN_GENDER[pronoun]):
            return None
        return kin_surname_of(person)

    def _named_last_in_sentence(self, person: Person, at: int) -> bool:
        """Is ``person`` the one named last before ``at`` in its sentence?"""
        sentence = self.cast.sentence_at(at)
        if sentence is None:
            return False
        last = self.cast.last_naming(at - 1)
        return last is not None and last[1] is person and last[0].start >= sentence.start

    def pronoun_after(self, name: str, at: int) -> str | None:
        """The gender of the first subject pronoun after a surname in its own clause,
        before any other capitalised word, quotation mark or sentence end: whom of two
        people of that surname the article means ("Clinton said as he introduced his
        wife": Bill, not Hillary Clinton)."""
        found = name_written(self.cast.text, name, at)
        if found < 0:
            return None
        after = self.cast.text[found + len(name) : found + len(name) + 120]
        clause = re.split(r"[\u201c\u201d\u2018\u2019\"'.;:!?()\n]", after, maxsplit=1)[0]
        for word in re.findall(r"[A-Za-z]+", clause):
            if word[0].isupper():
                return None
            if word in ("he", "she"):  # a subject; "his vote" may be another's
                return PRONOUN_GENDER[word]
        return None

    def relatives(self, name: str) -> int:
        """How many people the article names in full with the surname ``name`` alone."""
        words = name_words(name)
        if len(words) != 1:
            return 0
        named = self.cast.name_ends.get(words[0], ())
        return sum(
            p.full and p.kind == SpeakerKind.PERSON and name_words(p.name)[-1] == words[0]
            for p in named
        )

    def group_word_alone(self, word: str, shortest: int = 5, first_names: bool = True) -> bool:
        """Whether a capitalised plural standing alone as a speaker names a group, not a
        family: a plural demonym ("Americans", "African-Americans") or a plural noun the
        tagger reads as common at the head of its sentence ("Congregants pass"), that is
        no first name and no word of a full name the article gives someone."""
        if (
            not (word.endswith("s") and len(word) >= shortest)
            or first_names
            and nlp.is_first_name(word[:-1])
        ):
            return False
        if any(p.full for p in self.cast.name_ends.get(normalise(word), ())):
            return False
        if self.cast.name_ends.get(normalise(word[:-1])):
            return False  # "the Evans" after Lee Evan
        return not any(
            beside_a_name(self.cast.text, at, word) for at in alone_at(self.cast.text, word)
        )

    def common_word_alone(self, word: str) -> bool:
        """Whether a capitalised word standing alone as a speaker names no one: a frequent
        word ("Nothing", "Poll", "Voters") or the plural of one or of a person noun
        ("Pollsters", "Aides") that is no word of a full name the article gives someone
        (:func:`beside_a_name`)."""
        one = word[:-1].lower()
        plural = word.endswith("s") and (nlp.is_frequent_word(one) or one in lexicons.role_nouns())
        if not (plural or nlp.is_frequent_word(word)):
            return False
        if any(p.full for p in self.cast.name_ends.get(normalise(word), ())):
            return False
        return not any(
            beside_a_name(self.cast.text, at, word) for at in alone_at(self.cast.text, word)
        )

    def full_name_of(self, word: str) -> str | None:
        """The one full name the article writes ending in the surname ``word`` (see
        :func:`introduced_name`): "Akhil Amar" for "Mr. Amar". Only one whose first name
        is in no list is taken here; a listed one ("Barack Obama") is a person the
        article's names already give, joined by the library's own rules."""
        if word not in self._full_names:
            found = introduced_name(self.cast.text, word)
            listed = found is not None and nlp.is_first_name(found.split()[0])
            self._full_names[word] = None if listed else found
        return self._full_names[word]

    def full_name_before(self, word: str, at: int) -> str | None:
        """Where the article writes two full names ending in the surname ``word`` (so
        :meth:`full_name_of` gives none), the one it wrote before ``at``, if one only,
        whose first name is in no list: "Running back Chidi Okafor ... “...,” Okafor
        said. His mother, Ngozi Okafor, ..." is Chidi, not the mother named later."""
        words = name_words(word)
        if len(words) != 1 or not word[:1].isupper():
            return None
        later = [
            p
            for p in self.cast.name_ends.get(words[0], ())
            if p.full and p.kind == SpeakerKind.PERSON
        ]
        if not later or any(self.cast.first_naming_offsets.get(id(p), at) < at for p in later):
            return None  # no full name of it yet, or one named before: that one
        if introduced_name(self.cast.text, word) is not None:
            return None
        found = introduced_name(self.cast.text[:at], word)
        return None if found is None or nlp.is_first_name(found.split()[0]) else found

    def introduced(self, word: str) -> str | None:
        """The full name the article writes for the surname ``word`` with a first name in
        no list ("Reince Priebus": see :meth:`full_name_of`), looked for only where such a
        word stands before it (:meth:`_after_unlisted`); not where the surname is also a
        common word ("Patriot Coal ... coal miners") or an organisation the gazetteer
        knows ("Brookings Institution"), nor where the article writes the first name alone
        more often than the name ("Trump Train"). Given two words, the name itself where
        the article shows its first word a given name beside a relative whose first name
        is listed ("Jeb Bush" beside "George W. Bush": :meth:`_kin_name`)."""
        if " " in word:
            self._after_unlisted()
            return word if tuple(word.split()) in self._kin else None
        if word not in self._after_unlisted():
            return None
        if word not in self._introductions:
            common = nlp.gazetteer_marks([word])[0] or times_written(self.cast.text, word.lower())
            full = None if common else self.full_name_of(word)
            words = full.split() if full else []
            if words and (
                any(nlp.gazetteer_marks(words))
                or times_written(self.cast.text, words[0])
                > 2 * self.cast.text.count(" ".join(words))
            ):
                full = None
            self._introductions[word] = full
        return self._introductions[word]

    def _after_unlisted(self) -> AbstractSet[str]:
        """The words the article writes after a capitalised word that is no listed first
        name, title or frequent word ("Groberg" in "Florent Groberg"), never after a
        listed first name ("Ivanka Trump" beside "Donald Trump": :meth:`full_name_of`
        would find none or two) and no frequent word themselves ("Act", "Union"): a
        cheap pass, once."""
        if self._unlisted is None:
            pairs = {m.groups() for m in UNLISTED_FIRST.finditer(self.cast.text)}
            listed = {last for first, last in pairs if nlp.is_first_name(first)}
            unlisted = {
                (first, last)
                for first, last in pairs
                if not nlp.is_frequent_word(last)
                and not lexicons.is_title_word(first)
                and not (
                    nlp.is_frequent_word(first)
                    and not word_given_shown(self.cast.text, first, POSSESSIVE.sub("", last))
                )  # "the moderator, Felicity Ransome": shown a given name
                and not nlp.is_first_name(first)
            }
            self._unlisted = {  # "Oluwaseun Adebayo-Hart's novel": the surname
                POSSESSIVE.sub("", last) for _, last in unlisted if last not in listed
            }
            kin = {(first, POSSESSIVE.sub("", last)) for first, last in unlisted}
            self._kin = {(f, last) for f, last in kin if last in listed and self._kin_name(f, last)}
            self._kin |= {  # "Lior Ben-Ami ... Lior's father, Amir Ben-Ami"
                (f, last)
                for f, last in kin
                if last in listed and kin_owner(self.cast.text, f, last)
            }
            family = kin - {(f, last) for f, last in kin if last in listed}
            self._kin |= unlisted_family(self.cast.text, family)
            self._kin |= given_before_known_surname(self.cast.text, family)
        return self._unlisted

    def _kin_name(self, first: str, last: str) -> bool:
        """Does the article show ``first`` to be the given name of a relative of someone
        whose listed first name it writes before ``last`` ("Jeb" beside "George W. Bush",
        "Ivanka" beside "Donald Trump")? The name is written more than once, in running
        text; ``first`` stands before no other capitalised word ("Republican Party"), is
        no place, organisation or title word, is never written as a surname after a
        listed first name, and the name is written a third time or is a proper noun to
        the tagger where written once more (or written once, with an age set off after
        it: "Ivanka Trump, 34, could be"). ``last`` is a surname: no common word or
        organisation, and written alone in running text or after an honorific ("Trump
        declined", "Mr. Bush"), which a place's "County" never is."""
        if not GIVEN_NAME.fullmatch(first) or first.isupper() or nlp.gazetteer_marks([first])[0]:
            return False
        if nlp.is_common_word(first) or first.lower() in lexicons.role_nouns():
            return False
        alone = LONE_SURNAME.format(re.escape(last))
        if (
            nlp.is_common_word(last)
            or nlp.gazetteer_marks([last])[0]
            or not re.search(alone, self.cast.text)
        ):
            return False  # "Andrean High", "Log Cabin Republicans", "Polk County"
        spaced = r"[ \t\xa0]+"
        after = re.finditer(rf"\b{re.escape(first)}{spaced}([A-Z][\w'\u2019-]*)", self.cast.text)
        if any(POSSESSIVE.sub("", m.group(1)) != last for m in after):
            return False
        named = list(
            re.finditer(
                rf"\b{re.escape(first)}{spaced}{re.escape(last)}\b(?:['\u2019]s?)?", self.cast.text
            )
        )
        once_aged = len(named) == 1 and AGE_APPOSED.match(self.cast.text, named[0].end())
        if len(named) < 2 and not once_aged:
            return False  # once, only with an age set off after it ("Ivanka Trump, 34,")
        if not any(RUNNING_TEXT.match(self.cast.text, m.end()) for m in named):
            return False
        before = re.finditer(rf"\b([A-Z][a-z]+){spaced}{re.escape(first)}\b", self.cast.text)
        if any(nlp.is_first_name(m.group(1)) for m in before):
            return False  # "Donald Jeb": a surname of its own
        if len(named) > 2:
            return True  # a name the article keeps writing whole
        return any(
            given_name(
                self.cast.text, [(m.start(), first)], last, m.start() + len(first) + 1 + len(last)
            )
            for m in named
        )  # a headline or a sentence's start may tag it otherwise: "Ivanka Trump champions"

    def generation_written(self, name: str, at: int) -> Person | None:
        """Of the people named in full with the surname ``name``, the one "the elder" or
        "the younger" written before it at ``at`` means, where the article tells their
        generations apart (:meth:`_of_generation`); None otherwise."""
        words = name_words(name)
        fits = [p for p in self.cast.name_ends.get(words[-1], ()) if words and p.full]
        fits = [p for p in fits if name_words(p.name)[-1:] == words and may_be_he_or_she(p)]
        if len(fits) < 2:
            return None  # first: the search below read the text up to the name each time
        found = self.cast.text.find(name, at, at + len(name) + 20) if " " not in name else -1
        if found <= 0:
            return None
        return self._of_generation_before(fits, found)

    def _of_generation_before(self, fits: list[Person], at: int) -> Person | None:
        """Of ``fits``, people sharing a surname, the one "the elder", "the older" or "the
        younger" written right before ``at`` means (:meth:`_of_generation`)."""
        older = GENERATION_BEFORE.search(self.cast.text, max(0, at - GENERATION_REACH), at)
        if older is None:
            return None
        return self._of_generation(fits, older.group(1).lower() != "younger")

    def of_elder(self, description: str, at: int) -> Person | None:
        """The person "the elder Voss" or "the younger Lindgren" is, where the article
        tells the generations of those sharing the surname apart (:meth:`known`)."""
        words = description.split()
        if len(words) != 2 or words[0].lower() not in ("elder", "older", "younger"):
            return None
        found = self.cast.text.find(description, at, at + len(description) + 8)
        if found < 0 or not words[1][:1].isupper():
            return None
        return self.known(words[1], found + len(words[0]) + 1)

    def find_named(self, name: str, at: int, gender: str | None = None) -> Person | None:
        """The person an earlier naming gave that ``name`` refers to, if any, of
        ``gender`` if given: "Mrs. Schlafly" is Phyllis, not John Schlafly named since
        (a caller falls back to any gender, as a first name's may be wrong: "Mr. Graham"
        is Lindsey Graham)."""
        words = name_words(name)
        if not words or words[-1] not in self.cast.name_ends:
            return self._middle_named(words, gender)  # or a first surname: "Ms. Acosta"
        alone = len(words) == 1  # "Sanders" alone: the Sanders mentioned most, not Jane
        candidates = self.cast.recent_among(self.cast.name_ends[words[-1]], at, prominent=alone)
        if alone and len(candidates) > 1:
            candidates = surnames_first(candidates, words[0])
            candidates = self._kept_whole_last(candidates, words[0], at)
            candidates = self._named_in_paragraph_first(candidates, words[0], at)
            candidates = self._mentioned_just_before_first(candidates, at)
        for person in candidates:
            if person.kind != SpeakerKind.PERSON or gender and person.gender not in (None, gender):
                continue
            if person.suffix_differs(name):
                continue
            theirs = name_words(person.name)
            if theirs == words:
                return person
            if len(words) == 1 and words[0] in (theirs[-1], theirs[0]):
                return person  # a surname (or first name) alone refers back
            if len(theirs) == 1 and theirs[0] == words[-1] and not other_sex(person, name):
                return person  # the surname came first, the full name now
            if surname_of(name, words, theirs):
                return person  # "Lopez-Cantera", "de Blasio": a surname of several words
            if len(words) > 1 and theirs[-1] == words[-1] and compatible_first(words, theirs):
                return person
            if self.titled_again(name, person.name):
                return person  # "Coroner Heather Lang ... Coroner Lang"
        return None

    def named_any_sex(self, name: str, at: int, honorific: str | None) -> tuple[Person | None, str]:
        """The person ``name`` refers to whatever their sex, as :meth:`find_named` falls
        back to (a first name's guess may be wrong: "Mr. Graham" is Lindsey Graham), and
        the name; but not one the article states to be of the other sex than the honorific
        or noun written at this naming. "Mrs. Pell" after "Naghmeh Pell" and "her husband,
        Saeed Pell" is no one named yet, and her name the full one the article writes for
        the surname besides his."""
        person = self.find_named(name, at)
        if (
            person is None
            or honorific is None
            or person.gender in (None, honorific)
            or person.gender_source != "stated"
        ):
            return person, name
        if len(name_words(name)) != 1:
            return None, name
        text = self.cast.text
        for alias in person.aliases:
            if len(alias.split()) > 1:  # his full names written, blanked out
                text = text.replace(alias, " " * len(alias))
        return None, introduced_name(text, name) or name

    def parent_of_junior(self, person: Person, name: str, at: int) -> bool:
        """Is ``name``, written without a suffix after a parent's noun set off ("His
        father, former Rep. Howard Pell,"), the parent of ``person``, named before with
        "Jr." (which a later naming without it otherwise keeps: "Joseph R. Biden Jr." is
        "Joe Biden")? So is the very name without the suffix where the article writes the
        suffix more than once ("Lyman Trask Jr. ... Lyman Trask Jr. told ... Lyman Trask
        said") or calls the Jr. a son beside it ("Chase Wexford Jr., the candidate's eldest
        son,"): it tells the son from the father."""
        if (
            person.suffix != "jr"
            or name_suffix(name)
            or (found := name_written(self.cast.text, name, at)) < 0
        ):
            return False
        if name_words(name) == name_words(person.name) and len(name_words(name)) > 1:
            last = re.escape(name.split()[-1])
            suffixed = list(re.finditer(rf"\b{last},?\s+Jr\b\.?", self.cast.text))
            if len(suffixed) > 1 or any(
                SON_BESIDE.search(self.cast.text, max(0, j.start() - 60), j.end() + 60)
                for j in suffixed
            ):  # "Chase Wexford Jr., the candidate's eldest son," is told from his father
                return True
        return ELDER_KIN_TITLED.search(self.cast.text, max(0, found - 50), found) is not None

    def titled_again(self, name: str, theirs: str) -> bool:
        """Is ``name`` a word and a surname (after frequent words), the word one that
        stood before the full name ``theirs`` where the article named the person
        ("Magistrate Bronwyn Tait ... Magistrate Tait", "Cllr Sandra Obi ... Later Cllr
        Obi"): a title no list holds, not a first name of the person's own?"""
        written, full = name.split(), theirs.split()
        return (
            len(written) >= 2
            and len(full) > 1
            and normalise(written[-1]) == normalise(full[-1])
            and not nlp.is_first_name(title := written[-2])
            and all(nlp.is_frequent_word(w) for w in written[:-2])  # "Later Cllr Pugh"
            and re.search(rf"\b{re.escape(title)}\s+{re.escape(theirs)}\b", self.cast.text)
            is not None
        )

    def _middle_named(self, words: Sequence[str], gender: str | None = None) -> Person | None:
        """The one person named in full whose name has ``words`` (one word) between its
        first and last words, where no name begins or ends with it: the first of two
        surnames ("Melba Acosta Febo ... Ms. Acosta", "Alejandro García Padilla ... Mr.
        García"). Not an initial or a listed first name, which is a middle name ("Lee
        Harvey Oswald" leaves "Harvey" alone). Else the one whose surname it is with two
        letters swapped, a slip of the writer's ("Gary Byrne ... Bryne said"). A name of
        four words or more with a surname after a particle is called by the word before
        the particle, even a listed first name ("Luiz Inácio Lula da Silva ... Lula").
        Words that open with a lower-case particle are the one person's whose name holds
        them past its first word ("Saud bin Hamdan al-Thani ... bin Hamdan")."""
        if len(words) > 1 and words[0] in nlp.NAME_PARTICLES:
            return self._particle_named(words, gender)
        if len(words) > 1:
            return self._opening_named(words, gender)
        if len(words) != 1 or len(word := words[0]) < 3:
            return None
        called = [p for p in self.cast.called.get(word, ()) if person_of_gender(p, gender)]
        if called:
            return called[0] if len(called) == 1 else None
        if nlp.is_first_name(word):
            return None
        fits = [p for p in self.cast.middles.get(word, ()) if person_of_gender(p, gender)]
        if not fits and len(word) >= 5:
            size = len(word.lower())  # an ASCII end of another length is no slip: not asked
            fits = [  # "Bryne" for Byrne, "Sweeny" for Sweeney: a writer's slip
                p
                for end in sorted(self.cast.name_ends)
                if (-2 < len(end) - size < 2 or not end.isascii()) and one_slip(word, end)
                for p in self.cast.name_ends[end]
                if person_of_gender(p, gender) and p.full and name_words(p.name)[-1] == end
            ]
            fits = fits if fits and self._may_be_slip(word) else []  # the text read only then
        return fits[0] if len(fits) == 1 else None

    def _may_be_slip(self, word: str) -> bool:
        """May the lone surname ``word`` (as :func:`name_words` gives it) be a misspelling
        of another: not a frequent word, a listed place or organisation, nor a surname the
        article writes after a first name or an initial anywhere ("Ben Carson" is no slip
        for Tucker Carlson)?"""
        if nlp.is_frequent_word(word) or nlp.listed_kind([word.capitalize()]) is not None:
            return False
        before = re.finditer(rf"([A-Z][\w'.-]*)\s+(?i:{re.escape(word)})\b", self.cast.text)
        return not any(nlp.is_first_name(m[1]) or re.fullmatch(r"[A-Z]\.", m[1]) for m in before)

    def _opening_named(self, words: Sequence[str], gender: str | None) -> Person | None:
        """The one person named in full whose name opens with ``words`` (two or more, the
        last no name's end) and goes on past them: a name with no family name, called by
        its given names ("Ahmad Zahir Ismail ... Ahmad Zahir", "Nurul Aisyah binti Hamzah
        ... Nurul Aisyah")."""
        n = len(words)
        fits = [
            p
            for p in self.cast.people
            if person_of_gender(p, gender)
            and p.full
            and len(theirs := name_words(p.name)) > n
            and list(theirs[:n]) == list(words)
            and in_running_text(self.cast.text, p.name)  # not "Mike Pence Calls for …"
        ]
        return fits[0] if len(fits) == 1 else None

    def _particle_named(self, words: Sequence[str], gender: str | None) -> Person | None:
        """The one person named in full whose name holds ``words``, a lower-case particle
        first, after its first word: a patronymic or a family name the article calls
        them by ("Saud bin Hamdan al-Thani ... bin Hamdan", "Mohd Faizal bin Abdul
        Rahman ... bin Abdul")."""
        n = len(words)
        fits = [
            p
            for p in self.cast.people
            if person_of_gender(p, gender)
            and p.full
            and any(
                list(theirs[k : k + n]) == list(words)
                for theirs in [name_words(p.name)]
                for k in range(1, len(theirs) - n + 1)
            )
        ]
        return fits[0] if len(fits) == 1 else None

    def _kept_whole_last(self, people: list[Person], word: str, at: int) -> list[Person]:
        """``people`` with, last, those of the surname ``word`` the article has named in
        full ``KEPT_WHOLE`` times or more before ``at``, after it named another person of
        the surname whom it has named so fewer times: a writer who keeps writing "Eric
        Trump" after "Donald Trump" does so to leave "Trump" alone to the father. Not the
        subject of the sentence just before ("Then Eric Trump called. “...,” Trump said"
        is Eric); not where the one so named came first ("Marco Rubio" before one "Mario
        Rubio", a slip)."""
        first = self.cast.first_naming_offsets
        fits = [
            p
            for p in people
            if p.kind == SpeakerKind.PERSON
            and name_words(p.name)[-1:] == [word]
            and first.get(id(p), at) < at
        ]
        if len(fits) < 2:
            return people
        whole: dict[int, set[int]] = {id(p): set() for p in fits}
        for span, person in self.cast.namings:
            if span.start >= at:
                break
            if id(person) in whole and " " in self.cast.text[span.start : span.end].strip():
                whole[id(person)].add(span.start)  # a naming is read more than once
        kept = {k for k, spans in whole.items() if len(spans) >= KEPT_WHOLE}
        others = [first[k] for k in whole if k not in kept]
        kept = {k for k in kept if others and min(others) < first[k]}
        if not kept:
            return people
        found = self.cast.subject_before(at)
        if found is not None and at - found.sentence.end <= NEAR:
            words = self.cast.text[found.subject.start : found.subject.end + 2]
            if not re.search(r"\w['\u2019]s?\b", words):
                kept.discard(id(found.person))  # not "Eric Trump's comments came ..."
        return [p for p in people if id(p) not in kept] + [p for p in people if id(p) in kept]

    def _named_in_paragraph_first(self, people: list[Person], word: str, at: int) -> list[Person]:
        """``people`` with, first, the one person of the surname ``word`` that a sentence of
        the paragraph before ``at`` has as subject written in full: "Bill Clinton spoke
        with voters ... and Clinton said" is Bill, in an article quoting Hillary Clinton
        more. Where the paragraph has none or both so, the order stands."""
        start = self.cast.text.rfind("\n", 0, at) + 1
        k0 = bisect_left(self.cast.subject_reads, start, key=lambda r: r.sentence.start)
        local = {
            id(person): person
            for subject, person in ((r.subject, r.person) for r in self.cast.subject_reads[k0:])
            if subject.end <= at
            and person is not None
            and person.kind == SpeakerKind.PERSON
            and len(named := name_words(self.cast.text[subject.start : subject.end])) > 1
            and named[-1] == word
        }
        if len(local) != 1:
            return people
        one = next(iter(local.values()))
        if not any(p is one for p in people):
            return people
        return [one, *(p for p in people if p is not one)]

    def _mentioned_just_before_first(self, people: list[Person], at: int) -> list[Person]:
        """``people``, sharing a surname written alone at ``at``, with first the one last
        mentioned before it, in an earlier sentence within ``NEAR`` characters, however
        written there (a name, a noun for them): "former president Bill Clinton said ...
        \n\nClinton said" is Bill, not Hillary, mentioned more; "The senator laughed.
        Then he turned serious. “...,” Langford said" is the senator, not his son. Not one
        named there as an owner ("Eric Trump's comments"), nor one first named as another's
        relative while another is not (the surname alone is the article's subject's), nor
        one whose name ends another's (one person named twice)."""
        k = bisect_left(self.cast.mentions, at, key=lambda m: m[0]) - 1
        if k < 0 or at - self.cast.mentions[k][0] > NEAR:
            return people
        since = self.cast.text[self.cast.mentions[k][0] : at]
        if not SENTENCE_END_AFTER.search(since):
            return people  # "Said Comey,": the name itself, read there as another's
        if OWNER_NAMED.match(self.cast.text, self.cast.mentions[k][0]):
            return people  # "Eric Trump's comments came after his father unveiled ...
            # Trump tweeted": an owner, not who acts (here his father)
        one = self.cast.mentions[k][1]
        if not any(p is one for p in people):
            return people
        others = [p for p in people if p is not one]
        if self._introduced_as_kin(one) and not all(map(self._introduced_as_kin, others)):
            return people  # "Oakes's son, Daniel, said ... “...,” he said. \n\n“...,” Oakes
            # said": a relative's; the surname alone stays the article's subject's
        if any(one_name_in_other(one.name, p.name) for p in others):
            return people  # "Parliamentary Affairs Azam Nazeer Tarar": one person misread
        return [one, *(p for p in people if p is not one)]

    def titled(self, name: str, role: str | None) -> Person | None:
        """The one person named in full with the surname ``name`` whose roles hold the
        title it comes with alone: "President Clinton" is Bill Clinton, named so before,
        not Hillary Clinton, mentioned more."""
        words = name_words(name)
        if len(words) != 1 or not role or words[0] not in self.cast.name_ends:
            return None
        head = lexicons.spelled_out(role.split()[-1]).lower()
        fits = [
            p
            for p in self.cast.name_ends[words[0]]
            if p.kind == SpeakerKind.PERSON
            and name_words(p.name)[-1] == words[0]
            and p.matches_nominal(head)
        ]
        return fits[0] if len(fits) == 1 else None

    def relative_after(
        self, sentence: Span, subject_words: Span, subject: Person, gender: str | None
    ) -> Person | None:
        """The first person of the subject's surname that ``sentence`` names after its
        subject, if any: "Jeb Bush ... brought his older brother, George W. Bush, and the
        former first lady, Laura Bush. “...,” the former president said" is George; the
        subject would be "he" or "Mr. Bush"."""
        last = name_words(subject.name)[-1:]
        n = self.cast.namings_before(subject_words.end)
        for span, person in self.cast.namings[n:]:
            if span.start >= sentence.end:
                break
            if (
                person is not subject
                and name_words(person.name)[-1:] == last
                and len(name_words(person.name)) > 1
                and self.may_be(person, gender)
            ):
                return person
        return None

    @staticmethod
    def may_be(person: Person, gender: str | None) -> bool:
        """May a nominal of the noun's ``gender`` (or none) refer to ``person``?"""
        return may_be_he_or_she(person) and (gender is None or person.gender in (None, gender))

    def named_later(self, at: int) -> set[int]:
        """The people (their ids) named after ``at`` in its sentence: "“...,” the cautious
        candidate said of running against Mr. Okafor" is not Okafor; but a name after a
        copula may be the nominal's ("the candidate holding the spotlight was Okafor")."""
        read = self.cast.read_holding(at)
        if read is None:
            return set()
        end = read.sentence.end
        n = self.cast.namings_before(at + 1)
        return {
            id(p)
            for span, p in self.cast.namings[n:]
            if span.start < end and not COPULA_BEFORE.search(self.cast.text, at, span.start)
        }

    def named_beside_subject(self, at: int, gender: str | None) -> Person | None:
        """The person last named before ``at`` in its sentence, past the sentence's
        subject and other than it: "Trump said he would not work with Cameron because the
        British prime minister ..." (of the subject, the text would say "he")."""
        k = bisect_right(self.cast.subject_reads, at, key=lambda r: r.sentence.start) - 1
        if k < 0 or not self.cast.after_subject(at):
            return None
        subject_words, subject = (
            self.cast.subject_reads[k].subject,
            self.cast.subject_reads[k].person,
        )
        n = self.cast.namings_before(at + 1)
        for span, person in reversed(self.cast.namings[:n]):
            if span.start <= subject_words.start:
                break
            fits = gender is None or person.gender in (None, gender)
            if person is not subject and span.end <= at and may_be_he_or_she(person) and fits:
                return person
        return None

    def known(self, word: str, at: int) -> Person | None:
        """The person named before whose surname ``word`` is ("Sanders" alone after
        "Bernie Sanders" or "Sen. Sanders", "Lopez-Cantera"); of several, the one the
        article mentions most ("Sanders" is Bernie, not Jane). A surname the article wrote
        only after a first name in no list ("Florent Groberg ... Groberg, 33, said") makes
        that person known here (see :meth:`full_name_of`)."""
        words = name_words(word)
        if words and words[-1] not in self.cast.name_ends and (full := self.introduced(word)):
            return self.cast.name(full, at, recent=False)
        if not words or words[-1] not in self.cast.name_ends:
            return self._middle_named(words)
        fits = (
            [
                person
                for person in self.cast.name_ends[words[-1]]
                if may_be_he_or_she(person) and name_words(person.name)[-len(words) :] == words
            ]
            or self._family_name_first(words)
            or self._of_couple(words)
        )
        if not fits:
            return None
        if len(words) == 1 and (other := self._middle_named_by_pronoun(fits, word, words, at)):
            return other  # "Andrés Sáez" last, then "Sáez said she would": his daughter
        one = self._of_generation_before(fits, at) if len(fits) > 1 else None
        if len(words) == 1 and one is not None:
            return one  # "the elder Delisle" after "His father, Robert Delisle"
        if len(words) == 1:  # "Barden says" after "Mark Barden's son, Daniel,": the one
            # the article named in full, not the son it never called "Daniel Barden"
            fits = [p for p in fits if id(p) not in self.cast.kin_surnamed] or fits
            if GENERATION_BEFORE.search(self.cast.text, max(0, at - GENERATION_REACH), at) is None:
                fits = self._not_kin_unless_heard(fits, at)  # "Obi said" after "Ada Obi,
                # a designer" and "The designer's mother, Ngozi Obi": Ada; not "the younger
                # Obi", whom the generations tell
        fits = self.cast.recent_among(fits, at, prominent=True)
        return self._kept_whole_last(fits, words[-1], at)[0] if len(words) == 1 else fits[0]

    def given_alone(self, word: str, at: int) -> Person | None:
        """The one person named in full before ``at`` whose first name is ``word``, a
        listed given name that ends no one's name ("Janet Kroll keeps a sign in the yard
        ... At the end of the afternoon, Janet walked out"): the article calls them by it.
        None where two people named share the given name ("Bill Clinton" and "Bill Smith"),
        or share the surname that the article also writes alone: "Freddy" beside "Donald
        J. Trump" leaves "Mr. Trump" to the one it names so most, which counting "Freddy"
        as a mention of a Trump would overturn (a couple called by given names alone,
        "Janet" and "Dennis" Kroll, is no such family)."""
        words = name_words(word)
        if len(words) != 1 or not nlp.is_first_name(word) or nlp.is_common_word(word):
            return None
        named = self.cast.name_ends.get(words[0], [])
        fits = [p for p in named if p.full and name_words(p.name)[0] == words[0]]
        if len(fits) != 1 or len(named) != 1 or fits[0].kind != SpeakerKind.PERSON:
            return None  # a surname too ("Grant"), or given to two people
        if family_name_first(fits[0].name.split(), 0):
            return None  # "Kim Dae-ho": "Kim" is his family name ("Another Kim — Kim Hye-jin")
        surname = fits[0].name.split()[-2 if name_suffix(fits[0].name) else -1].rstrip(",")
        if self.cast.name_ends.get(name_words(surname)[0]) != fits and self._written_alone(surname):
            return None
        first = self.cast.first_naming_offsets.get(id(fits[0]))
        return fits[0] if first is not None and first < at else None

    def _written_alone(self, surname: str) -> bool:
        """Does the article write ``surname`` with no given name before it, after a title
        at most ("Mr. Trump", "Trump said")?"""
        text = self.cast.text
        for start, _ in written_alone(text, surname):
            before = WORD_RIGHT_BEFORE.search(text, max(0, start - 30), start)
            word = before.group(1) if before else ""
            if not word[:1].isupper() or lexicons.is_title_word(word):
                return True
        return False

    def _not_kin_unless_heard(self, fits: list[Person], at: int) -> list[Person]:
        """Of ``fits``, those sharing a lone surname, the ones not first named as someone's
        relative (:meth:`_introduced_as_kin`); but where only relatives have been heard
        speaking before ``at``, those relatives: "opened by Walter Weller ... Their son,
        Dennis Weller, has run it. “...,” he said. ... Weller shook his head" is the son.
        One quoted by a cue naming them is heard too ("Evelyn Marsh ... “...,” Marsh said
        ... Her brother, Clive Marsh ... “...,” he said ... Marsh keeps a logbook": her)."""
        others = [p for p in fits if not self._introduced_as_kin(p)]
        if not others or len(others) == len(fits):
            return fits
        heard = [p for p in fits if self._heard_by_pronoun(p, at) or self._heard_by_name(p, at)]
        if heard and not any(p in others for p in heard):
            return heard
        return others

    def _heard_by_pronoun(self, person: Person, at: int) -> bool:
        """Has ``person`` been quoted before ``at`` through a pronoun cue ("“...,” he
        said") whose sex they share, with no one else of that sex named since their own
        naming before it?"""
        if person.gender is None:
            return False
        cues = lexicons.cue_forms()
        for span, named in self.cast.namings:
            if span.start >= at:
                break
            if named is not person:
                continue
            for cue in PRONOUN_CUE.finditer(self.cast.text, span.end, min(at, span.end + NEAR * 2)):
                said = cue.group(2).lower()
                if PRONOUN_GENDERS.get(cue.group(1).lower()) == person.gender and said in cues:
                    between = (p for x, p in self.cast.namings if span.end <= x.start < cue.start())
                    if not any(p is not person and p.gender == person.gender for p in between):
                        return True
                    break
        return False

    def _heard_by_name(self, person: Person, at: int) -> bool:
        """Is ``person`` mentioned before ``at`` as the subject of a cue right after a
        quotation closes ("“...,” Marsh said", "“...,” said Marsh")?"""
        return any(
            NAME_CUE_AFTER_CLOSER.search(self.cast.text, max(0, offset - 12), offset)
            for offset, _ in self.cast.heard.get(id(person), [])
            if offset < at
        )

    def _introduced_as_kin(self, person: Person) -> bool:
        """Was ``person`` first named in full as someone's relative ("The designer's mother,
        | Ngozi Obi", "His father, | Paul Obi")? A surname alone shared with the one whose
        relative they are is that one's, the article's subject."""
        first = next((span for span, p in self.cast.namings if p is person), None)
        if first is None or not person.full:
            return False
        return kin_introducing(self.cast.text, first.start) is not None

    def _middle_named_by_pronoun(
        self, fits: list[Person], word: str, words: Sequence[str], at: int
    ) -> Person | None:
        """The one person of the other sex whose first of two surnames the lone surname
        ``word`` (compared as ``words``) is (:meth:`_middle_named`), where the subject
        pronoun after it in its clause fits none of ``fits``, those whose last name it is
        ("Lucía Sáez Moreno ... her father, Andrés Sáez ... Sáez said she": the daughter)."""
        gender = self.pronoun_after(word, at)
        if gender is None or any(p.gender in (None, gender) for p in fits):
            return None
        return self._middle_named(words, gender)

    def _of_couple(self, words: Sequence[str]) -> list[Person]:
        """The one person named in full as ``words`` (a listed given name alone) and the
        surname of a pair the article introduces together ("Dale and Curtis Lindqvist"
        ... "Curtis, 59, wants"): the family is told apart by given names. Never a given
        name met in passing ("Freddy was dead", "not Bill"), which names no such pair."""
        if len(words) != 1 or not nlp.is_first_name(words[0].capitalize()):
            return []
        found = []
        for first, second, family in couples_named_in(self.cast.text):
            if not (short_given(first) and short_given(second)):
                continue
            given = first if normalise(first) == words[0] else second
            if normalise(given) == words[0]:
                full = name_words(f"{given} {family}")
                people = self.cast.name_ends.get(words[0], [])
                found += [p for p in people if name_words(p.name) == full]
        return found if len({id(p) for p in found}) == 1 else []

    def _family_name_first(self, words: Sequence[str]) -> list[Person]:
        """The one person named in full whose first word is ``words`` (one word) where no
        name ends with it: a family name written first ("Wang Lixin ... Wang, the
        spokesman,"; "Tóth Gábor ... Tóth said"), as :meth:`find_named` reads it; not
        a given name the first-name lists give a sex, nor a family name the article writes
        before two given names ("Kim Dae-ho ... Another Kim — Kim Hye-jin")."""
        if len(words) != 1 or nlp.first_name_share(words[0]) > 0.0:
            return []  # "Freddy", "Bill": a given name the lists give a sex, no family name
        fits = [
            person
            for person in self.cast.name_ends[words[0]]
            if may_be_he_or_she(person) and person.full and name_words(person.name)[0] == words[0]
        ]
        given = set(
            re.findall(rf"\b(?i:{re.escape(words[0])})\s+([A-Z][\w'\u2019-]*)", self.cast.text)
        )
        return fits if len(fits) == 1 and len(given) <= 1 else []

    def _of_generation(self, fits: list[Person], elder: bool) -> Person | None:
        """Of people sharing a surname, the elder (or the younger) one, where the article
        tells: "Sr."/"Jr." in the name, a kin noun before a naming ("His father, Robert
        Delisle"; "her son, Tom Hale") or an age written by it ("Chase Pryor ... the
        38-year-old", "Robert Delisle, 74,"). None where it does not tell two apart.
        Where two or more of them bear a suffix ("Robert Ellis Sr." and "Robert Ellis
        Jr."), only they are told apart: the lede's suffix-less "Robert Ellis" is either,
        and "his wife and mother, Judy Ellis" is none of the two."""
        suffixed = [person for person in fits if name_suffix(person.name)]
        fits = suffixed if len(suffixed) >= 2 else fits
        alone = [  # and where a word of their name alone mentions them: "Dale, the older
            (Span(at, at + len(word.group())), person)  # brother at 63,"
            for at, person in self.cast.mentions
            if any(person is p for p in fits)
            and (word := CAPITALISED_WORD.match(self.cast.text, at))
        ]
        namings = sorted([*self.cast.namings, *alone], key=lambda n: n[0].start)
        known = [age_and_generation(self.cast.text, person, namings) for person in fits]
        ages, kin = [k[0] for k in known], [k[1] for k in known]
        if None not in ages:
            ranks = ages
        elif any(k is not None for k in kin):  # a parent's or a child's noun marks one, the
            ranks = [100.0 if k is None else k for k in kin]  # other is in between
        else:
            return None
        ranked = [(rank, person) for rank, person in zip(ranks, fits, strict=True)]
        ranked.sort(key=lambda r: r[0], reverse=elder)
        return ranked[0][1] if ranked[0][0] != ranked[1][0] else None
