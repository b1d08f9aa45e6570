"""One person of an article, as :class:`core.speakers.Cast` keeps them: :class:`Person`.

A person (or an organisation, or an unnamed source) with the names, roles, nominals and
gender the article gives them, and what their record tells alone, without the article's
mentions: how a role given again merges with those kept (:func:`clean_role`; "former
New Mexico Gov." for "former Gov."), where the gender comes from (:data:`GenderSource`;
a pronoun's gender, :data:`PRONOUN_GENDER`), whether a party's noun may be theirs, and
whether the record is a person a pronoun may mean, a group, a thing described or an
organisation the article names. No Cast and no mention state: core.speakers, core.roles
and core.attribution read these.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from core import lexicons, nlp
from core.document import SpeakerKind
from core.kind_evidence import (
    group_in_article,
    organisation_in_article,
    organisation_noun,
    place_not_given_name,
)
from core.nominals import (
    holds_office,
    office_word,
    other_modifier,
    role_fits,
    role_names,
    role_words,
)
from core.person_names import TENURE_PREFIXES, name_suffix, name_words
from core.phrases import person_noun, plural_head

PARTY_WORDS = {  # a party's noun, and the capitalised words of its roles
    "republican": frozenset({"Republican", "GOP"}),
    "democrat": frozenset({"Democrat", "Democratic"}),
}
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
}  # fmt: skip
PRONOUN_GENDERS = {**PRONOUN_GENDER, "himself": "m", "herself": "f"}  # any form


# Where a person's gender comes from, weakest last: the article states it (an honorific, a
# kin noun, "himself"; also any gender set with no source named), their first name
# suggests it ("name"), a first name given to both sexes suggests it ("unisex name": "Jan",
# "Kelly"), or only a "he"/"she" the attribution bound to them ("pronoun", the library's
# gender_origin 'pronoun').
GenderSource = Literal["stated", "name", "unisex name", "pronoun"]
GUESSED_FROM_NAME: frozenset[GenderSource] = frozenset({"name", "unisex name"})


@dataclass
class Person:
    """One person (or organisation, or anonymous source) within an article."""

    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    full: bool = True  # named with more than a surname
    gender_source: GenderSource = "stated"  # where the gender comes from (see GenderSource)
    nominals: list[str] = field(default_factory=list)  # nominals resolved to them, as written

    @property
    def suffix(self) -> str:
        """The suffix any of the person's names was written with ("jr"), else ""."""
        return next(filter(None, map(name_suffix, [self.name, *self.aliases])), "")

    def suffix_differs(self, name: str) -> bool:
        """Is ``name`` another person's for its suffix alone? A name is written in full,
        with any suffix, where a person is first named, then shorter: "Joseph R. Biden
        Jr." is "Joe Biden" later. So a suffix this person was named without ("Donald
        Jr." after "Donald J. Trump"), another suffix ("Charles Elliott III" after
        "Charles Elliott Jr.") and "Sr.", written to tell a father from his son, name
        another person; a surname named alone before ("Biden") does not."""
        theirs, own = self.suffix, name_suffix(name)
        if theirs == own:
            return False
        if not own:
            return theirs == "sr" and len(name_words(name)) > 1
        return bool(theirs) or self.full or own == "sr"

    def state_gender(self, gender: str | None) -> None:
        """The article's own word for the gender ("Mr. Lou", "Obama found himself")
        over a guess from the first name ("Lou" is listed as a woman's)."""
        if gender and (self.gender is None or self.gender_source in GUESSED_FROM_NAME):
            self.gender, self.gender_source = gender, "stated"
        elif gender and gender == self.gender:
            self.gender_source = "stated"  # a bound pronoun's gender, now stated

    def bind_gender(self, gender: str | None) -> None:
        """The gender of a pronoun the attribution took to mean them ("Obama said he
        expected"), where nothing gave one: a guess, weaker than what the article states
        (an honorific, a kin noun, a first name), which it yields to across articles."""
        if gender and self.gender is None:
            self.gender, self.gender_source = gender, "pronoun"

    def add_role(self, role: str | None) -> None:
        role = clean_role(role)
        if role and not any(_holds(r, role) or _modifies_less(r, role) for r in self.roles):
            kept = [r for r in self.roles if not (_holds(role, r) or _place_added(role, r))]
            self.roles = kept + [role]

    @property
    def role(self) -> str | None:
        return ", ".join(self.roles) if self.roles else None

    def matches_nominal(self, head: str, words: Sequence[str] = ()) -> bool:
        """Does a role of theirs, or a nominal the article already took to mean them
        ("the independent Vermont senator" before "the senator"), name what the nominal
        ``head`` does (see :func:`role_fits`); ``words`` are the nominal's words as
        written?"""
        return any(role_fits(written, head, words) for written in self.roles + self.nominals)

    def written_otherwise(self, head: str, words: Sequence[str]) -> bool:
        """Is every role or nominal of theirs that fits the nominal ``words`` written with
        another lower-case word right before ``head`` than the nominal's, a word the
        nominal does not hold ("finance minister" for "the energy minister")?"""
        fits = [w for w in self.roles + self.nominals if role_fits(w, head, words)]
        return bool(fits) and all(other_modifier(w, head, words) for w in fits)

    def written_with(self, modifiers: AbstractSet[str]) -> bool:
        """Is a role of theirs, or a nominal taken to mean them, written with every word of
        ``modifiers`` ("finance" in "Kenya's finance minister")?"""
        return any(modifiers <= role_words(r) for r in self.roles + self.nominals)

    def add_nominal(self, words: Sequence[str]) -> None:
        """Remember a nominal resolved to this person (not a role: it is not shown)."""
        written = " ".join(w for w in words if w.lower() not in {"the", "a", "an"})
        if written and written not in self.nominals:
            self.nominals.append(written)

    def holds_other_office(self, head: str, words: Sequence[str] = ()) -> bool:
        """Does a role of theirs have ``head`` as a word in another office than the
        nominal's ("Lt. Gov." for "the governor")?"""
        return any(
            office_word(written, head) is not None and not role_names(written, head, words)
            for written in self.roles
        )

    def may_hold_office(self, head: str, words: Sequence[str] = ()) -> bool:
        """May they be the office ``head`` names: they hold it under no other title, and
        hold it or no office at all?"""
        return not (self.holds_other_office(head, words) or self.holds_offices_but_not(head, words))

    def holds_offices_but_not(self, head: str, words: Sequence[str] = ()) -> bool:
        """Where ``head`` is itself an office (a title word: "the president", "the
        judge"), do they hold offices and none of them that one ("Sen. Ted Cruz" is not
        "the governor"; "president of Solidarity Strategies" may be "the president")?"""
        offices = [written for written in self.roles if holds_office(written)]
        return (
            lexicons.is_title_word(head)
            and bool(offices)
            and not any(role_names(written, head, words) for written in offices)
        ) or self._of_another_party(head)

    def _of_another_party(self, head: str) -> bool:
        """Is ``head`` a party's noun ("the Republican") and do their roles give them the
        other party only ("Democrat", "Democratic challenger")?"""
        own = PARTY_WORDS.get(head.lower())
        if own is None:
            return False
        other = frozenset().union(*(w for k, w in PARTY_WORDS.items() if k != head.lower()))
        words = {w for role in self.roles for w in re.findall(r"[A-Z][a-z]+", role)}
        return bool(words & other) and not words & own


def person_of_gender(person: Person, gender: str | None) -> bool:
    """Whether ``person`` is a person, not an organisation or a group, of ``gender`` or of
    a gender not known (any, where ``gender`` is None)."""
    return person.kind == SpeakerKind.PERSON and (not gender or person.gender in (None, gender))


def _holds(role: str, part: str) -> bool:
    """Does ``role`` hold ``part``, whatever the case, but not as the end of a hyphenated
    word ("Justice" is not held in "five-justice majority")?"""
    role, part = role.lower(), part.lower()
    at = role.find(part)
    while at > 0 and role[at - 1] == "-" and not _tenure_prefixed(role, at - 1):
        at = role.find(part, at + 1)
    return at != -1


def _place_added(role: str, title: str) -> bool:
    """Is ``role`` the title ``title`` given again with words between ("former New Mexico
    Gov." for "former Gov.", as the title before a name and its place after it print it)?"""
    words = title.split()
    return lexicons.is_title_word(words[-1]) and _modifies_less(role, title)


def _tenure_prefixed(role: str, hyphen: int) -> bool:
    """Is the hyphen at ``hyphen`` of ``role`` (lower case) the end of a prefix of time
    ("then-mayor", "ex-governor"), so that the title after it is held: "then-Mayor" is
    "Mayor" as the article dates it, one role, not two?"""
    words = role[:hyphen].split()
    return bool(words) and words[-1] in TENURE_PREFIXES


def _modifies_less(role: str, other: str) -> bool:
    """Is ``other`` the noun phrase ``role`` with fewer of its modifiers, the same noun
    last ("Republican front-runner" beside "Republican presidential front-runner"): its
    words, two or more, in the same order within ``role``'s, as one role given again at
    another mention?"""
    words, fewer = role.lower().split(), other.lower().split()
    if len(fewer) < 2 or len(fewer) >= len(words) or fewer[-1] != words[-1]:
        return False
    it = iter(words)
    return all(word in it for word in fewer)


def _keeps_period(word: str) -> bool:
    """Is the period ending a role's last ``word`` its own, not the sentence's: a title
    ("Sen.") or a capitalised abbreviation the tokenizer keeps whole ("Acme Corp.",
    "U.S.", "Jr."), whose period also ends the sentence it closes?"""
    bare = word[:-1]
    if bare.rpartition("-")[2].lower() in lexicons.title_words():  # "Sen.", "then-Gov."
        return True
    return bare[:1].isupper() and ("." in bare or len(bare) > 1 and nlp.is_abbreviation(bare))


# A short capitalised word after a town and its comma, closing a role: a state's
# abbreviation ("truck driver from Ava, Mo."), whose period the roles reader keeps only
# where the article writes the word with one before a comma (core.roles._abbreviation_stop).
_STATE_AFTER_TOWN = re.compile(r"[A-Z][\w.-]*, ([A-Z][a-z]{1,4})\.$")


def _state_closing(role: str) -> bool:
    """Does ``role`` close on a state's abbreviation after a town, no listed place
    ("Ava, Mo.", not "Tripoli, Libya.")?"""
    state = _STATE_AFTER_TOWN.search(role)
    return state is not None and nlp.known_spans([state.group(1)]) != [(0, 1, "LOC")]


def keeps_closing_period(role: str) -> bool:
    """Is the period closing ``role`` its last word's own ("state Sen.", "U.S.", "Ava,
    Mo."), not the sentence's?"""
    return role.endswith(".") and (_keeps_period(role.split()[-1]) or _state_closing(role))


def clean_role(role: str | None) -> str | None:
    """The role as the article phrases it, without leading articles or edge punctuation."""
    if not role:
        return None
    role = role.strip(" ,;:\u2013\u2014-\n\t")
    if role.endswith(".") and not keeps_closing_period(role):
        role = role[:-1]
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
    role = re.sub(r"\s+", " ", role)
    return role or None


def kind_shown(person: Person, text: str) -> SpeakerKind:
    """A "person" the article knows by one word alone, with no title, honorific, role or
    gender, where that word is no first name but a frequent word ("Others are having to
    be leaner", a transcript's "VIDEO:") or a listed place ("the Select Committee on
    Benghazi"; a first name too, as "China", where the article never writes it before a
    surname): no one's name. A description (a row of the article's own), or the place
    as an organisation, as "Washington said" is; not a person in the speaker list. A
    "person" with no first name (or one that is a place here: "America Rising") and no
    pronoun the article shows to be an organisation is one
    (:func:`core.kind_evidence.organisation_in_article`), and a plural it also writes in the
    singular a group (:func:`core.kind_evidence.group_in_article`)."""
    words = person.name.split()
    # a gender only bound from a pronoun ("McKinsey ... she said") yields to the evidence
    unstated = not person.gender or person.gender_source == "pronoun"
    given = nlp.is_first_name(words[0]) and not place_not_given_name(words[0], text)
    # a name's guess of a gender is none where the "name" is a place here ("America")
    unstated = unstated or person.gender_source in GUESSED_FROM_NAME and not given
    if person.kind == SpeakerKind.PERSON and unstated and not given:
        if group := group_in_article(person.name, text):
            return group
        if organisation_in_article((person.name, *person.aliases), text):
            return SpeakerKind.ORGANISATION
    if (
        person.kind != SpeakerKind.PERSON
        or person.full
        or len(words) != 1
        or person.roles
        or person.gender
        or given
    ):
        return person.kind
    if nlp.is_frequent_word(words[0]):
        return SpeakerKind.ANONYMOUS
    return SpeakerKind.ORGANISATION if nlp.gazetteer_marks(words) == ["LOC"] else person.kind


def kin_surname_of(person: Person) -> str | None:
    """The surname, as written, that a relative named by a given name alone takes from
    ``person`` ("Bernie Sanders": "Sanders"; "Robert Downey Jr.": "Downey"), or None for a
    one-word name."""
    words = [w for w in person.name.replace(",", "").split() if not name_suffix(f"x {w}")]
    return words[-1] if len(words) > 1 else None


def may_be_he_or_she(person: Person) -> bool:
    """Is ``person`` a person a pronoun may mean: not a place ("Michigan said ...") or a
    common word ("Fundraising was ...") the grammar took for a surname?"""
    return person.kind == SpeakerKind.PERSON and _personal_name(person.name, person.full)


@lru_cache(maxsize=1 << 14)
def _personal_name(name: str, full: bool) -> bool:
    words = name.split()
    listed = nlp.known_spans(words)
    if listed and listed[0][:2] == (0, len(words)):
        return False  # "Michigan", "United States"
    if listed and listed[0][0] == 0 and listed[0][2] == "LOC" and nlp.is_frequent_word(words[-1]):
        return False  # "Wisconsin Republican", "Paris Agreement"
    if any(len(w.rstrip(".")) > 1 and nlp.is_common_word(w) for w in words[1:-1]):
        return False  # a headline: "Clinton Over Trump"
    return full or not (len(words) == 1 and nlp.is_frequent_word(words[0]))  # "Nobody", "Audiences"


def thing_described(person: Person) -> bool:
    """Is ``person`` a thing described in lower case ("a state test", "its own tests"),
    its last word a common noun for no person and no organisation, which "the company"
    or "it" after it passes over as no body that speaks?"""
    words = person.name.split()
    head = words[-1] if words else ""
    return (
        person.kind == SpeakerKind.ANONYMOUS
        and nlp.is_lower_word(head)
        and nlp.context_free_tag(head) in ("NN", "NNS")
        and not any(person_noun(w) for w in (head, head.removesuffix("s")))
        and not organisation_noun(head)
    )


def surnames_first(people: list[Person], word: str) -> list[Person]:
    """``people`` with, first, those whose name of two words or more ends with ``word``: a
    word alone that is one person's surname and another's first name is the surname, as
    news writing calls a person ("Rand Paul ... Paul Ryan ... Paul said" is Rand Paul;
    "John Hammond ... Tom John ... John said" is Tom John). The order stands otherwise."""
    ends = [p for p in people if len(theirs := name_words(p.name)) > 1 and theirs[-1] == word]
    if not ends or len(ends) == len(people):
        return people
    return ends + [p for p in people if not any(p is e for e in ends)]


def named_body(person: Person) -> bool:
    """Is ``person`` an organisation the article names ("Acme Rail"), not one only
    described ("the ministry")?"""
    return person.kind == SpeakerKind.ORGANISATION and person.name[:1].isupper()


def is_group(person: Person) -> bool:
    """Is the unnamed ``person`` a group, its phrase's head plural ("several donors",
    "aides to the governor")?"""
    return plural_head(nlp.tag(nlp.tokenize(person.name)))


def the_one_of_gender(people: Iterable[Person], gender: str) -> Person | None:
    """The one person of ``gender`` among ``people`` where each other is a person whose
    gender the article gives as the other, or no one."""
    people = list(people)
    same = [p for p in people if p.kind == SpeakerKind.PERSON and p.gender == gender]
    others = [p for p in people if not any(p is q for q in same)]
    known = all(p.kind == SpeakerKind.PERSON and p.gender not in (None, gender) for p in others)
    return same[0] if len(same) == 1 and known else None
