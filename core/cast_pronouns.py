"""Pronouns to people in an article's :class:`~core.speakers.Cast`: whom "he", "she" or
"they" refers to, read from the sentences before it (their subjects, who was asked,
who was named in the same clause) and the people of that gender the cast knows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Protocol, runtime_checkable

from core import lexicons, nlp
from core.cast_patterns import (
    AFTER_HEAD,
    ANSWER_BETWEEN,
    APPOSED_NAME_BEFORE,
    APPOSED_OWNER,
    ASK_REACH,
    ASKED,
    ASKED_ABOUT,
    ASKED_QUESTION,
    ASKING_WORD,
    ATTRIBUTION_CLOSING,
    ATTRIBUTION_OPENING,
    CAPITALISED_WORD,
    CHAIN,
    CLAUSE_LEAD,
    CLAUSE_OPENING_INDEFINITE,
    CLAUSE_RUN_BREAK,
    COORDINATE_CLAUSE,
    DEFINITE_ROLE,
    FRONTED_CLAUSE,
    FRONTED_PHRASE,
    INDEFINITE,
    INDEFINITE_FRONTED,
    INDEFINITE_SUBJECT,
    KIN_SUBJECT,
    KIN_SUBJECT_FRONTED,
    LOOK_PAST_UNKNOWN,
    NEAR,
    NOMINAL_FRONTED,
    NOMINAL_OPENING,
    NOT_A_VERB,
    OBJECT_PRONOUN,
    OPENING_TITLES,
    OVERRULED_SHARE,
    OWN_SENTENCE_REACH,
    OWNED_SUBJECT,
    PARTICIPLE_OPENING,
    PHRASE_TAIL,
    PLURAL_PRONOUNS,
    PRONOUN_OBJECT,
    PRONOUN_OF_GENDER,
    PRONOUN_SUBJECTS,
    PRONOUN_WORD,
    QUOTATION_ALONE,
    QUOTED_ASKED,
    RELATIVE_CLOSED,
    RELATIVE_HEAD,
    SAID_AFTER,
    SAME_PRONOUN_SUBJECT,
    SUBJECT_OF_SEX,
    SUBJECT_OWN_PRONOUNS,
    THE_NOMINAL_OPENING,
    TITLES_AT_END,
    TOPIC_BEFORE,
    TOPIC_OPENERS,
    UNNAMED_OPENING,
    WHO_AFTER,
    WORD_AT,
    WRITER_CLAUSE_BEFORE,
    WRITER_CLAUSE_THEN,
    WRITERS_NOMINAL,
    SubjectRead,
    in_closed_quotation,
    past_affiliation,
)
from core.cast_protocols import CastRecord, GroupLookup, NameLookup, NominalLookup, PairLookup
from core.document import Span, SpeakerKind
from core.generations import age_and_generation
from core.kind_evidence import kin_noun, noun_gender
from core.name_runs import POSSESSIVE
from core.nominals import (
    AGED,
    DESCRIBED_BEFORE_NAMING,
    nominal_head,
    one_of_people,
    person_head,
    place_complement,
)
from core.person import (
    GUESSED_FROM_NAME,
    PRONOUN_GENDER,
    PRONOUN_GENDERS,
    Person,
    may_be_he_or_she,
    person_of_gender,
    the_one_of_gender,
)
from core.person_names import WORD, lone_names, name_share, people_noun, possessive, singular_person
from core.phrases import CLAUSAL_IN, FINITE_TAGS, SUBORDINATORS, adjunct_end
from core.quotes import CLOSERS, leaves_open
from core.quotes import OPENERS as QUOTE_OPENERS


@runtime_checkable
class PronounsCast(CastRecord, Protocol):
    """What :class:`PronounResolver` reads of the cast: its records and these."""

    names: NameLookup
    nominals: NominalLookup
    pairs: PairLookup
    groups: GroupLookup


class PronounResolver:
    """Whom a personal pronoun means, from the sentences before it and the cast's people."""

    def __init__(self, cast: PronounsCast) -> None:
        self.cast = cast
        self._askings: list[int] | None = None  # see _asked_between

    def pronoun(self, word: str, at: int) -> Person | None:
        """The person a pronoun at ``at`` most likely refers to."""
        lower = word.lower()
        gender = PRONOUN_GENDER.get(lower)
        candidates = (p for p in self.cast.recent_first(at) if may_be_he_or_she(p))
        if lower in {"they", "them"} and (chosen := self.cast.pairs.they_person(at)) is not None:
            return chosen  # "Okafor, who uses they/them pronouns, ... “...,” they said"
        if lower == "they" and (pair := self.cast.pairs.pair_named_before(at)) is not None:
            return pair  # "Gordon and Elise Thibault have tapped ... “...,” they said"
        if lower == "they" and (people := self.cast.pairs.plural_subject_before(at)) is not None:
            return people  # "The farmers ... said ... “...,” they said"
        if lower in PLURAL_PRONOUNS:
            groups = (p for p in self.cast.recent_first(at) if p.kind != SpeakerKind.PERSON)
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
        if gender and (one := self.the_one_asked(gender, at)) is not None:
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
                    since = (
                        self.cast.last_mention(person, at)
                        > self.cast.first_naming_offsets[id(unknown)]
                    )
                    return person if since else unknown
                if gender and person.gender_source == "unisex name" and n == 0:
                    person.gender_source = "name"  # "Kelly Ayotte ... she said": the guess holds
                if unknown is None or self.cast.mention_count(person, at) > self.cast.mention_count(
                    unknown, at
                ):
                    return person  # "Reince Priebus called ... she": Hillary Clinton, not him
                break
            unisex = person.gender_source == "unisex name"
            if (
                n == 0
                and unisex
                and (person.roles or self._introduced_as_subject(person, lower, at))
                and at - self.cast.last_mention(person, at) <= NEAR
            ):
                unknown, unsure = person, True  # introduced with a role, or as the subject
                continue  # of the sentence before ("Joan Pellegrini said ... “...,” she said")
            if person.gender is None and unknown is None:
                if gender and self._has_object_of(person, gender, at):
                    continue  # "Salon spoke with her by phone. ... she said": not Salon
                unknown = person
                if at - self.cast.last_mention(person, at) <= NEAR:
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
            return self.cast.nominals.unnamed_antecedent(gender, at)
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
        before = self.cast.text[:at].rstrip(" \t\xa0")
        if not before.endswith(tuple(CLOSERS)):
            return None
        opener = max(before.rfind(mark) for mark in QUOTE_OPENERS)
        k = bisect_right(self.cast.subject_reads, opener, key=lambda r: r.sentence.end) - 1
        if opener < 0 or k < 0 or self.cast.subject_reads[k].person is not None:
            return None  # a subject named: the usual reading finds them
        sentence, subject = self.cast.subject_reads[k].sentence, self.cast.subject_reads[k].subject
        gap = self.cast.text[sentence.end : opener]
        if gap.strip() or gap.count("\n") > 2:
            return None
        if any(mark in self.cast.text[sentence.start : sentence.end] for mark in QUOTE_OPENERS):
            return None
        if not self._after_fronted_clause(sentence.start, subject.start):
            return None  # "He paused.": the usual reading; "..., says ... than he is": no
        return (
            subject.start if self.cast.text[subject.start : subject.end].lower() == word else None
        )

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
        sentence, here = deciding[0], self.cast.sentence_at(at)
        if here is None or not QUOTATION_ALONE.fullmatch(self.cast.text, here.start, at):
            return None  # "He said", "“...,” he said": the pronoun opens its clause
        sentences = self.cast.sentences()
        n, k = self.cast.sentence_number(sentence), self.cast.sentence_number(here)
        if k <= n or any(
            not in_closed_quotation(self.cast.text, s.start, at) for s in sentences[n + 1 : k]
        ):
            return None  # the sentence just before decides, or the one opening the quotation
            # whose later sentences come before ("Varga said, “... . ...” He added"), not
            # one past "She was asked"
        if not self._opens(person, sentence):
            return None  # ... and the person opens it
        lone = lone_names(self.cast.text, sentence.start, sentence.end)
        named = [self.cast.names.known(n.name, n.at) for n in lone]
        if any(p is not None and p is not person for p in named):
            return None  # "Schlafly backed Trump's campaign. He ...": maybe Trump
        j = self.cast.namings_before(sentence.start)
        k = self.cast.namings_before(sentence.end)
        if any(p is not person for _, p in self.cast.namings[j:k] if p.kind == SpeakerKind.PERSON):
            return None
        words = re.findall(r"\w+", self.cast.text[here.start : here.end].lower())
        other = any(PRONOUN_GENDER.get(w, gender) != gender for w in words)
        if other and not self._other_sex_named(gender, here):
            return None  # "He acknowledged her": the one the list guessed may be "her"; not
            # "Asked about Dunmore, he said she was the youngest": hers is Dunmore
        since = sentences[max(0, self.cast.sentence_number(sentence) - 1)].start
        if any(p.gender == gender for p in self.cast.mentioned_between(since, at)):
            return None  # "Trump mocked Clinton. Hillary Clinton answered. He said": Trump
        person.state_gender(gender)
        return person

    def _other_sex_named(self, gender: str, sentence: Span) -> bool:
        """Is someone known for the other sex than ``gender`` named in ``sentence`` (as the
        article wrote them before)?"""
        written = self.cast.text[sentence.start : sentence.end]
        return any(
            re.search(rf"\b{re.escape(alias)}\b", written) is not None
            for p in self.cast.people
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
        sentence, gender = self.cast.sentence_at(at), PRONOUN_GENDER[word]
        if sentence is None:
            return None
        begin = max(sentence.start, at - OWN_SENTENCE_REACH)  # linear in a long sentence
        named = [
            (x, end, p)
            for x, end, p in self._named_with_ends(begin, at)
            if p is not None and p.kind == SpeakerKind.PERSON and may_be_he_or_she(p)
        ]
        if not any(p.gender == gender for _, _, p in named) or leaves_open(
            self.cast.text[begin:at]
        ):
            return None
        start = self._clause_run_start(begin, at)
        if self._reports(word, at, start):
            return None
        others = self._named_in_clause(at + len(word)) | self._named_in_participle(word, at)
        named = [
            (x, end, p)
            for x, end, p in named
            if x >= start and id(p) not in others and not leaves_open(self.cast.text[begin:x])
            if not in_closed_quotation(self.cast.text, x, at)
        ]
        if any(p.gender is None for _, _, p in named):
            return None  # someone whose sex the article does not give: maybe them
        ours = {id(p): p for _, _, p in named if p.gender == gender}
        if len(ours) != 1:
            return None
        person = next(iter(ours.values()))
        first = min(x for x, _, p in named if p is person)
        if any(
            PRONOUN_GENDERS.get(w) == gender
            for w in WORD.findall(self.cast.text[start:first].lower())
        ):
            return None  # "He said Grassley could lose ... because he": the first "He"'s
        mine = [(x, end) for x, end, p in named if p is person]
        if any(possessive(self.cast.text, end) or self._opens_clause(start, x) for x, end in mine):
            return person
        return person if self._after_fronted_clause(start, at) else None

    def _after_fronted_clause(self, start: int, at: int) -> bool:
        """Is ``at`` where the main clause opens, right past a subordinate clause opening
        the sentence at ``start`` ("Although reporters had expected Kinsella to leave
        quickly, | she stayed")? The one person of the pronoun's sex named in such a
        clause is whom the main clause's subject pronoun means, whatever their part in
        it (the subject, an object, a possessive)."""
        words = WORD.findall(self.cast.text[start : start + CLAUSE_LEAD].lower())
        if not words or words[0] not in SUBORDINATORS:
            return False
        clause = self.cast.text[start:at].rstrip(" \t\xa0")
        return clause.endswith(",") and "," not in clause[:-1]

    def _clause_run_start(self, start: int, at: int) -> int:
        """Where the run of clauses holding ``at`` opens in the sentence from ``start``:
        past its last colon or semicolon outside a quotation ("... to oppose Mr. Trump's
        candidacy, the president often says: In his view": not Trump's view)."""
        for found in reversed(list(CLAUSE_RUN_BREAK.finditer(self.cast.text, start, at))):
            if not leaves_open(self.cast.text[start : found.start()]):
                return found.end()
        return start

    def _named_with_ends(self, start: int, stop: int) -> Iterator[tuple[int, int, Person | None]]:
        """:meth:`_named_between` with where each naming starts and ends."""
        j = self.cast.namings_before(start)
        for span, person in self.cast.namings[j:]:
            if span.start >= stop:
                break
            yield span.start, span.end, person
        for n in lone_names(self.cast.text, start, stop):
            yield n.at, n.at + len(n.name), self.cast.names.known(n.name, n.at)
        yield from self._surnamed_in_words(start, stop)

    def _surnamed_in_words(self, start: int, stop: int) -> Iterator[tuple[int, int, Person]]:
        """Where ``text[start:stop]`` writes someone by a surname of several words that
        opens with no first name and that no naming there holds ("Aung San Suu Kyi ...
        Suu Kyi's fate is unclear, but she said"): neither a naming nor a lone name."""
        written = self.cast.text[start:stop]
        for person in self.cast.people:
            for alias in person.aliases:
                if " " not in alias or alias not in written:
                    continue  # (a cheap test first: most calls find none)
                if nlp.written_first_name(alias.split()[0]):
                    continue
                named = self.cast.namings[self.cast.namings_before(start) :]
                for found in re.finditer(rf"\b{re.escape(alias)}\b", written):
                    x = start + found.start()
                    if not any(span.start <= x < span.end for span, _ in named):
                        yield x, x + len(alias), person

    def _reports(self, word: str, at: int, start: int) -> bool:
        """Is the pronoun ``word`` at ``at`` the subject of a cue after what it reports: a
        quotation ("“...,” he told the AP") or a clause set off by a comma (from ``start``:
        "Also, Trump isn't a conservative, he said"; "If Trump loses, he said he would
        ..."), not a phrase ("With Reed's victory secure, he told reporters")?"""
        before = self.cast.text[start:at].rstrip()
        after = WORD.match(self.cast.text, at + len(word) + 1)
        if after is None or after.group(0).lower() not in lexicons.cue_forms():
            return False
        if before.endswith(("\u201d", '"', "''", "\u2019")):
            return True
        tokens = nlp.tagged(self.cast.text, start, at) if before.endswith(",") else []
        return any(t.tag in FINITE_TAGS for t in tokens)

    def _opens_clause(self, start: int, at: int) -> bool:
        """Does the name at ``at`` open its sentence (from ``start``) or a clause after a
        subordinator or "if", "whether", "that" ("If Sanders wins", "While Clinton is"),
        past titles ("Mr. ")?"""
        lead = self.cast.text[max(start, at - CLAUSE_LEAD) : at]
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
        quoted = QUOTATION_ALONE.match(self.cast.text, start, sentence.end)
        if (
            quoted
            and quoted.end() > start
            and (said := SAID_AFTER.match(self.cast.text, quoted.end()))
        ):
            start = said.end()  # "“...,” said Robin Maynard"
        opening = OPENING_TITLES.match(self.cast.text, start, sentence.end)
        start = opening.end() if opening else start
        return any(self.cast.text.startswith(name, start) for name in names)

    def _introduced_as_subject(self, person: Person, word: str, at: int) -> bool:
        """Is ``person`` first named in the sentence that decides what the pronoun
        ``word`` at ``at`` means, as its subject, after a description set off before the
        name ("An auto safety advocate, Joan Pellegrini, said"): a newcomer the pronoun
        may be about, whichever sex the first-name lists guess for a unisex name?"""
        deciding = self._sentence_deciding(word, at)
        if deciding is None or deciding[1] is None or deciding[1].person is not person:
            return False
        first = self.cast.first_naming_offsets.get(id(person), -1)
        if not deciding[0].start <= first < deciding[0].end:
            return False
        set_off = DESCRIBED_BEFORE_NAMING.search(self.cast.text, max(0, first - 60), first)
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
        sentence = self.cast.sentence_at(at)
        if sentence is None:
            return None
        found = RELATIVE_HEAD.match(self.cast.text, sentence.start, at)
        if found is None or RELATIVE_CLOSED.search(self.cast.text, found.end(), at):
            return None  # no relative clause opens the sentence's subject, or it closed
        words = found.group(1).split()
        k = next((k for k, w in enumerate(words) if w in NOT_A_VERB), len(words))
        head = k - 1  # "A U.S. official at the embassy": the noun before its preposition
        noun = words[head].lower() if head >= 1 else ""
        if not (people_noun(noun) or lexicons.agent_noun(noun)):
            return None  # "who" speaks of a person: a role, or one by what they do
        if noun_gender(noun) not in (None, gender):
            return None
        if words[0] == "The" and any(p.matches_nominal(words[head]) for p in self.cast.people):
            return None  # "The senator, who ...": maybe the senator the article names; "A
            # nurse, who ...", "One nurse, who ..." is someone new, whoever else is a nurse
        clause = found.end(1)  # a name in the phrase describes its head: "A Trump aide"
        if any(p is not None for p in self._named_between(clause, at)):
            return None  # someone named in the clause, whom the pronoun may mean
        return self.cast.groups.group(
            " ".join(words[: head + 1]), SpeakerKind.ANONYMOUS, found.start()
        )

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
        joins = list(COORDINATE_CLAUSE.finditer(self.cast.text, sentence.start, sentence.end))
        joined = joins[-1] if joins else None  # the last clause joined
        if joined is None or leaves_open(self.cast.text[sentence.start : joined.start()]):
            return None
        j = self.cast.namings_before(joined.end())
        if j >= len(self.cast.namings) or self.cast.namings[j][0].start >= sentence.end:
            return None
        span, person = self.cast.namings[j]
        if (
            len(self.cast.text[joined.end() : span.start].split()) > 3
            or "," in self.cast.text[joined.end() : span.start]
        ):
            return None  # "but their neighbor Benjamin Green": the name opens the clause
        if person.kind != SpeakerKind.PERSON or person.gender not in (None, gender):
            return None
        after = span.end
        aside = re.match(r",[^,.;:]{1,40},", self.cast.text[after : sentence.end])
        if aside is not None:
            after += aside.end()  # ", 83,"
        tokens = nlp.tagged(self.cast.text, after, min(sentence.end, after + 40))
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
        sentences = self.cast.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        if here < 0 or self.cast.names.named_before_in_sentence(sentences[here], at):
            return None
        k = bisect_right(self.cast.subject_reads, at, key=lambda r: r.sentence.start) - 1
        for n in range(here - 1, max(-1, here - 1 - CHAIN), -1):
            sentence = sentences[n]
            while k >= 0 and self.cast.subject_reads[k].sentence.start > sentence.start:
                k -= 1  # the sentences after it, the pronoun's own among them
            if k >= 0 and self.cast.subject_reads[k].sentence.start == sentence.start:
                words, named = self.cast.subject_reads[k].subject, self.cast.subject_reads[k].person
                opening = self._opening_nominal(sentence.start, words.start)
                if (
                    named is None
                    and self.cast.text[words.start : words.end].lower() == word
                    and opening is None
                ):
                    continue  # "He stayed home": the same person, further back; not "The
                    # 74-year-old said he was no hero", whose subject opens it
                return sentence, self.cast.subject_reads[k]
            if self.cast.text[sentence.start] not in "\u201c\"'" and not in_closed_quotation(
                self.cast.text, sentence.start, at
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
            if read.person is None and NOMINAL_FRONTED.match(self.cast.text, read.subject.start):
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
            found = NOMINAL_FRONTED.match(self.cast.text, begin, sentence.end)
        if found is None:
            return None

        after = found.group(1).split()
        if after[0] in ("former", "latter") and len(after) > 1 and after[1].islower():
            person = self.cast.pairs.former_or_latter(
                after[0], found.start(1)
            )  # "The latter was less
            return person if person is not None and person.gender in (None, gender) else None
        if AGED.fullmatch(after[0].rstrip(",")):  # "The 34-year-old, speaking from his bed,"
            return self._aged_opening(after[0], found.start(1) - len("The"), sentence, gender)
        k = next((k for k, w in enumerate(after[:3]) if person_head(w.lower())), None)
        while k is not None and k + 1 < min(3, len(after)) and person_head(after[k + 1].lower()):
            k += 1  # "The Republican nominee": the last noun of the compound
        if k is None:  # a noun no list holds, that the lede brought in: "The rancher said"
            at = found.start(1)
            k = next(
                (k for k, w in enumerate(after[:3]) if self.cast.nominals.lede_noun(w, at)), None
            )
        if k is None:  # a noun no list holds, given as someone's role: "Dr. Ellen Marchetti,
            at = found.start(1)  # a retired veterinarian, ..." before "The veterinarian said"
            k = next(
                (k for k, w in enumerate(after[:2]) if self.cast.nominals.role_given(w, at)), None
            )
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
        person = self.cast.nominals.ranked(written, found.start(1))  # "The oldest sister said"
        person = person or self.cast.nominals.nominal(head, found.start(1) - len("The"), written)
        if person is None and self.cast.roles_at is not None:  # "Kessler's lawyer, Ana Cole,"
            at = found.start(1) - len("The")  # before "The defense lawyer objected": a role
            person = self.cast.nominals.described(
                head, at, written, self.cast.roles_at
            )  # written at a naming
        if person is None and kin_noun(head):  # "Jean-Luc Moreau and his son, Théo," before
            person = self.cast.nominals.kin_reciprocal(
                head, found.start(1)
            )  # "The father first rode"
        if person is None:  # "A rancher whose family ... \n\nBill Strand, 67, said": the
            person = self.cast.nominals.lede_person(head, found.start(1))  # lede's, named after it
        if person is None and person_head(head) and not kin_noun(head):
            person = self.cast.nominals.definite(
                head, found.start(1) - len("The"), written
            )  # "Kasinski
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
        found = UNNAMED_OPENING.match(self.cast.text, sentence.start, sentence.end)
        if found is None:
            return None
        words = list(WORD_AT.finditer(found.group(1)))
        k = next((k for k, w in enumerate(words) if singular_person(w.group())), None)
        if k is None:
            return None
        head, end = words[k].group(), found.start(1) + words[k].end()
        after = AFTER_HEAD.match(self.cast.text, end, sentence.end)
        if after is None or after.group(1) in NOT_A_VERB:
            return None  # "The nurse of ...", "The nurse and", "The nurse who"
        owned = any(w.group().endswith(("'s", "\u2019s")) for w in words[:k])
        if not owned and after.group(1) is not None:
            return None  # "The impostor gushed": a bare definite refers back to someone
        if noun_gender(head) not in (None, gender):
            return None
        at = found.start(1) - len("The")
        written = self.cast.text[at:end].split()
        if self.cast.nominals.ranked(written, at) or self.cast.nominals.nominal(head, at, written):
            return None  # "The senator" where a senator is named: hers, not someone new
        if self.cast.nominals.role_given(head, at) or any(
            True for _ in self._named_between(end, sentence.end)
        ):
            return None
        return self.cast.groups.group(" ".join(written), SpeakerKind.ANONYMOUS, at)

    def _opening_nominal(self, begin: int, end: int) -> re.Match[str] | None:
        """The definite noun phrase opening the sentence at ``begin`` (``NOMINAL_OPENING``),
        or the one right past a phrase fronted before it (:meth:`_fronted`: "Told of the
        guard's comments, the coach did not back down"; "In a statement, the senator")."""
        found = NOMINAL_OPENING.match(self.cast.text, begin, end)
        if found is not None:
            return found
        fronted = self._fronted(begin, end)
        return None if fronted is None else NOMINAL_FRONTED.match(self.cast.text, fronted, end)

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
            and age_and_generation(self.cast.text, p, before)[0] == age
        ]
        return aged_so[0] if len(aged_so) == 1 else None

    def aged_otherwise(self, person: Person, aged: str, at: int) -> bool:
        """Does the article give ``person``, before ``at``, another age than the age
        nominal's ("Tyler Brandvik, a 24-year-old worker," is not "the 82-year-old")?"""
        age = age_and_generation(self.cast.text, person, self._namings_and_lone(at))[0]
        return age is not None and age != float(aged.rstrip(",").split("-")[0])

    def _namings_and_lone(self, at: int) -> list[tuple[Span, Person]]:
        """Where people are named before ``at``, and where a word of their name alone
        mentions them ("Thwaite, 29,")."""
        k = self.cast.namings_before(at + 1)
        j = bisect_left(self.cast.mentions, at, key=lambda m: m[0])
        alone = [
            (Span(start, start + len(word.group())), person)
            for start, person in self.cast.mentions[:j]
            if (word := CAPITALISED_WORD.match(self.cast.text, start))
        ]
        return [*self.cast.namings[:k], *alone]

    def _topic(self, gender: str | None, at: int) -> Person | None:
        """The person a sentence opens on as its topic, right before the subject pronoun
        at ``at`` ("As for Trump, he said he's not worried": Trump), where the pronoun
        fits them."""
        start = max(self.cast.text.rfind("\n", 0, at) + 1, at - NEAR)
        topic = TOPIC_BEFORE.search(self.cast.text, start, at)
        if topic is None:
            return None
        j = self.cast.namings_before(topic.start(1))
        named = [p for span, p in self.cast.namings[j:] if span.start < topic.end(1)]
        named = named or [
            self.cast.names.known(n.name, n.at) for n in lone_names(self.cast.text, *topic.span(1))
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
        sentence = self.cast.sentence_at(at)
        if sentence is None or sentence.start >= at or not self.cast.text.endswith(", ", 0, at):
            return None
        tokens = nlp.tag(nlp.tokenize(self.cast.text, sentence.start, at))
        if len(tokens) < 3 or tokens[0].tag not in {"VBG", "VBN", "IN", "TO", "WRB"}:
            return None  # "Referring to", "Asked about", "Unlike", "When asked about"
        if any(t.tag in FINITE_TAGS or t.tag == "POS" for t in tokens):
            return None  # "Despite Reed's narrow margin, he": the owner is the one meant
        if tokens[0].text.lower() in TOPIC_OPENERS:
            return None  # "As for Trump, he said": the topic is the one meant
        if adjunct_end(tokens) != len(tokens) - 1 or leaves_open(
            self.cast.text[sentence.start : at]
        ):
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
        sentence = self.cast.sentence_at(at)
        if sentence is None or not self.cast.text.endswith(", ", 0, at):
            return None
        opener = FRONTED_CLAUSE.match(self.cast.text, sentence.start, at)
        if opener is None:
            return None
        closing = ATTRIBUTION_CLOSING.match(self.cast.text, at, sentence.end)
        if not closing and not ATTRIBUTION_OPENING.match(self.cast.text, at, sentence.end):
            return None  # ", she said." ends the sentence, or ", he said, “" opens a quotation
        if leaves_open(self.cast.text[sentence.start : at]):
            return None
        people = {id(p): p for p in self._named_between(sentence.start, at) if p is not None}
        if len(people) > 1:
            return the_one_of_gender(people.values(), gender)
        if not closing:
            return None
        j = self.cast.namings_before(sentence.start)
        if len(people) != 1 or j == len(self.cast.namings) or self.cast.namings[j][0].start >= at:
            return None  # one person, named (a surname alone is no clause's subject here)
        span, person = self.cast.namings[j]
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
        start = max(self.cast.text.rfind("\n", 0, at) + 1, at - NEAR)
        clause = WRITER_CLAUSE_BEFORE.search(self.cast.text, start, at)
        end = at
        if clause is None:  # "When I read that to the mayor, he paused. “...,” he said"
            clause = WRITER_CLAUSE_THEN.search(self.cast.text, start, at)
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
            self._askings = [m.start() for m in ASKING_WORD.finditer(self.cast.text)]
        k = bisect_left(self._askings, start)
        return k < len(self._askings) and self._askings[k] < end

    def the_one_asked(self, gender: str | None, at: int) -> Person | None:
        """The one a question was last put to, in the pronoun's paragraph or the one
        before, who answers in the pronoun's quotation ("Scott Conroy asked Sanders whether
        ... | “...,” he said": Sanders; "I asked a longtime Republican senator ... whether
        ... He paused. “...,” he said"; "I put the same question to a veteran House member
        from Texas, ... “...,” she said"), where no one else is named and no other words
        are quoted from the question to the pronoun (not "“...?” Carrow asked. “...,” he
        said", the asker going on); the one asked is a person named, or an indefinite
        nominal for one, of the pronoun's sex (any, for ``gender`` None: a nominal's)."""
        paragraph = self.cast.text.rfind("\n", 0, at)
        start = max(0, self.cast.text.rfind("\n", 0, max(0, paragraph - 1)) + 1)
        if not self._asked_between(start, at):
            return None
        found = list(ASKED_QUESTION.finditer(self.cast.text, start, at))
        if not found:
            return None
        question = found[-1]
        between = (
            self.cast.text[question.end() : at].replace("\u2019\u2019", '"').replace("''", '"')
        )
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
        for sentence in self.cast.sentences():
            if not start <= sentence.start < at or sentence.end > at:
                continue
            opening = THE_NOMINAL_OPENING.match(self.cast.text, sentence.start, sentence.end)
            if opening is None:
                continue
            words = opening.group(1).split()
            head = next((w for w in words if lexicons.is_role_noun(w)), None)
            person = self.cast.nominals.nominal(head, sentence.start, words) if head else None
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
        return self.cast.groups.group(phrase, SpeakerKind.ANONYMOUS, at)

    def _writer_told_nominal(self, start: int, end: int) -> Person | None:
        """The person the last definite role noun in the writer's clause ``text[start:end]``
        means, when it names no one ("When I read that to the mayor, ": Mayor Phil
        Santangelo, named before)."""
        found = None
        for match in DEFINITE_ROLE.finditer(self.cast.text, start, end):
            if lexicons.is_role_noun(match.group(1)):
                found = match
        if found is None:
            return None
        words, at = found.group(0).split(), found.start()
        for person in self.cast.recent_first(at):  # whose role it is, the subject's salience
            # aside (the object of "to" is not the sentence's subject: see _salient_over)
            if person.kind == SpeakerKind.PERSON and person.matches_nominal(found.group(1), words):
                named = any(self.cast.text.rfind(alias, 0, at) >= 0 for alias in person.aliases)
                return person if named else None
        return None

    def _named_in_clause(self, end: int) -> set[int]:
        """The people a subject pronoun ending at ``end`` cannot mean: the one its verb
        names right after it ("“...,” he told Hannity", "He has declared Cruz to be ...":
        not Hannity, not Cruz; a pronoun does not stand for a name its own verb governs).
        A clause that begins there ("he said after prosecutor Ryan Dickey read ...") is
        not the pronoun's verb's."""
        clause = PRONOUN_OBJECT.match(self.cast.text, end)
        if clause is None:
            return set()
        return {id(p) for p in self._named_between(*clause.span(1)) if p is not None}

    def _named_in_apposition(self, gender: str | None, at: int) -> set[int]:
        """The people of ``gender`` named in the sentence before a pronoun at ``at`` only
        inside the description set off after another of that sex ("Campaign officials said
        that Brianna Cole, a former student of June Ferris, had recruited ..."): the
        description is Cole's, who goes on as the subject, so a pronoun after it is not
        Ferris's."""
        here = self.cast.sentence_at(at)
        sentences = self.cast.sentences()
        if gender is None or here is None or (n := self.cast.sentence_number(here)) == 0:
            return set()
        before = sentences[n - 1]
        j = self.cast.namings_before(before.start)
        k = self.cast.namings_before(before.end)
        named = [(span, p) for span, p in self.cast.namings[j:k] if p.kind == SpeakerKind.PERSON]
        apposed: dict[int, bool] = {}  # id: named only inside another's description
        for m, (span, person) in enumerate(named):
            inside = m > 0 and (
                (owner := named[m - 1][1]) is not person
                and owner.gender == gender
                and APPOSED_OWNER.fullmatch(self.cast.text, named[m - 1][0].end, span.start)
                is not None
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
        sentences = self.cast.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        for n in (here, here - 1):
            if n < 0:
                continue
            sentence = sentences[n]
            opened = PARTICIPLE_OPENING.match(self.cast.text, sentence.start, sentence.end)
            if opened is None or opened.group("pronoun").lower() != word:
                continue
            if n == here and opened.start("pronoun") != at:
                continue
            participle = opened.group("participle")
            tagged = nlp.tag(nlp.tokenize(self.cast.text, opened.start("participle"), opened.end()))
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
        start = self.cast.text.rfind("\n", 0, at) + 1
        sentences = self.cast.sentences()
        first, last = (bisect_right(sentences, x, key=lambda s: s.start) for x in (start, at))
        ends = [s.start for s in sentences[first:last]]  # where each after the first starts
        if len(ends) > 1 and QUOTED_ASKED.fullmatch(self.cast.text, ends[-2], ends[-1]):
            ends = ends[:-1]  # "“Where do I go?” she said": one sentence, split at the "?"
        begin = ends[-2] if len(ends) > 1 else start  # the sentence before the pronoun's
        pronoun = PRONOUN_OF_GENDER[gender]
        while len(ends) > 1 and (
            same := SAME_PRONOUN_SUBJECT.match(self.cast.text, begin, ends[-1])
        ):
            if same.group(1).lower() != pronoun:
                break  # "My nurse, Loretta, ... After he left, she shook her head. “...,”
            ends = ends[:-1]  # she said": the sentence before is about whom the one
            begin = ends[-2] if len(ends) > 1 else start  # before it is
        if leaves_open(self.cast.text[start:begin]):
            return None
        writers = begin
        if not ends and self.cast.text.startswith(("\u201c", '"', "''"), start):
            begin, ends = self._last_sentence_before(start, sentences), [start]
            # "A nurse ... described the night as chaotic." ends a paragraph, the next
            # opens "“...,” she said": the sentence before is the last of the one before
        found = None
        for match in WRITERS_NOMINAL.finditer(self.cast.text, writers, at):
            if not leaves_open(self.cast.text[start : match.start()]):
                found = match  # the latest, not a speaker's "my" inside a quotation
        match = INDEFINITE_SUBJECT.match(self.cast.text, begin, ends[-1]) if ends else None
        match = match or (self._indefinite_after_fronted(begin, ends[-1]) if ends else None)
        clause = None if match or not ends else self._indefinite_in_clause(begin, ends[-1])
        match = match or clause
        owned = OWNED_SUBJECT.match(self.cast.text, begin, ends[-1]) if ends and not match else None
        match = match or owned  # "Kaminski's spokesman said ...": his, not Kaminski
        if match and (found is None or match.start() > found.start()):
            found = match  # the subject of the sentence before, not of the pronoun's own
            # ("A new campaign manager, he said, could set a new tone": what he said)
        before = self.cast.text[start : found.start()] if found else ""
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
            and WHO_AFTER.match(self.cast.text, found.end())
        ):
            head = len(words) - 1  # "A recovering addict, who asked ...": "who" tells a
            # person, whatever the noun
        if head is None or noun_gender(words[head].removesuffix("s")) not in (None, gender):
            return None
        end = found.start() + len(" ".join(words[: head + 1]))
        if self.cast.text.startswith(("'s", "\u2019s"), end):
            return None  # "An ambassador's job, he said, should be": no one's words
        if self.cast.text.startswith((" who ", " that "), end) and not (
            new or self._cue_after(end, ends[-1])
        ):
            return None  # "A governor who hired X ... he said": a description of one named
            # (not "One ... who", someone new, nor "A guard who asked ... said": a speaker)
        if (
            not new
            and not (indefinite and self._speaks(end, ends[-1]))
            and any(p.matches_nominal(words[head]) for p in self.cast.people)
        ):
            return None  # "A president has to ...": maybe the president the article names
            # (not "A nurse who asked not to be named said": a speaker brought in)
        if (
            found is owned
            and kin_noun(words[head])
            and self.cast.nominals.of_family(words[:head], gender)
        ):
            return None  # "Donald Trump's eldest daughter, 34, has built ...": Ivanka Trump
        since = end if owned is not None and found is owned else found.start()  # the owner
        if found is clause:
            since = ends[-1]  # its clause's object is no one since: "when a man accused X"
        j = bisect_left(self.cast.mentions, since, key=lambda m: m[0])  # is no one named since
        while found.re in (INDEFINITE_SUBJECT, INDEFINITE_FRONTED) and j < len(self.cast.mentions):
            if not since <= self.cast.mentions[j][0] < max(end, since + 1):
                break
            j += 1  # the nominal itself, read as its sentence's subject ("A woman said ...")
            # at its start or at its head ("A retired plumber said": at "plumber")
        named = self.cast.mentions[j : bisect_left(self.cast.mentions, at, key=lambda m: m[0])]
        if indefinite:  # "A father of three who declined to give his name said ...": his
            named = [(k, p) for k, p in named if not self._own_pronoun(k, ends[-1])]
        if named and not (indefinite and all(p.gender not in (None, gender) for _, p in named)):
            return None  # someone named since; past the subject before, one of the pronoun's
            # sex: "One guest, ..., said Okafor had once driven him. “...,” he said": his
        return self.cast.groups.group(
            " ".join(words[: head + 1]), SpeakerKind.ANONYMOUS, found.start()
        )

    def _own_pronoun(self, at: int, stop: int) -> bool:
        """Is the mention at ``at`` a "he", "his", "she" or reflexive before ``stop``, the
        end of a sentence an indefinite subject opens? There it is the indefinite's own ("A
        father of three who declined to give his name said ...", "A man in a cap opened the
        door and shook his head"), whomever the cast took it for, and no one named since."""
        word = PRONOUN_WORD.match(self.cast.text, at)
        return at < stop and word is not None and word.group(0).lower() in SUBJECT_OWN_PRONOUNS

    def _cue_after(self, start: int, end: int) -> bool:
        """Does ``text[start:end]``, a relative clause on an indefinite subject and what
        follows it, end in a cue verb whose subject the indefinite is ("A guard who was on
        duty and asked not to be named said the alarm ..."): a cue word after the
        clause's own first verb."""
        words = re.findall(r"[a-z]+", self.cast.text[start:end])[2:]  # past "who" and its verb
        return any(w in lexicons.cue_forms() for w in words)

    def _speaks(self, at: int, stop: int) -> bool:
        """Does an indefinite subject ending at ``at`` say something before ``stop`` (its
        sentence's end), by a cue verb right after it or after a relative clause on it ("A
        nurse said", "A nurse, who asked not to be named, said")?"""
        after = self.cast.text[at:stop]
        if after.startswith((" who ", ", who ")):
            return self._cue_after(at + after.index("who"), stop)
        words = re.findall(r"[a-z]+", after)
        return bool(words) and words[0] in lexicons.cue_forms()

    def _indefinite_after_fronted(self, begin: int, end: int) -> re.Match[str] | None:
        """An indefinite subject opening the sentence at ``begin`` past one fronted phrase
        (:meth:`_fronted`: "Inside, a replacement nurse from Texas, who declined to give
        her name, said"; "On the picket line, a nurse said")."""
        fronted = self._fronted(begin, end)
        return None if fronted is None else INDEFINITE_FRONTED.match(self.cast.text, fronted, end)

    def _fronted(self, begin: int, end: int) -> int | None:
        """The end of one phrase fronted before the subject of the sentence at ``begin``,
        set off by a comma, whose first word is a common word, not a name or a pronoun,
        and whose last is no name ("Doyle, a nurse, said" and "It is a habit with Rubio, a
        candidate ..." are appositives)."""
        fronted = FRONTED_PHRASE.match(self.cast.text, begin, end)
        if fronted is None:
            return None
        first, last = fronted.group(1), fronted.group(0).rstrip(", \t\xa0").split()[-1]
        if not nlp.is_frequent_word(first.lower()) or first in self.cast.surnames():
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
        found = CLAUSE_OPENING_INDEFINITE.search(self.cast.text, begin, end)
        if found is None:
            return None
        j = bisect_left(self.cast.mentions, begin, key=lambda m: m[0])
        k = bisect_left(self.cast.mentions, found.end(), key=lambda m: m[0])
        if any(p.kind == SpeakerKind.PERSON for _, p in self.cast.mentions[j:k]):
            return None  # someone named before it: "Ortiz left when a nurse came in"
        return INDEFINITE_FRONTED.match(self.cast.text, found.end(), end)

    def _last_sentence_before(self, start: int, sentences: list[Span]) -> int:
        """Where the last sentence of the paragraph before the one opening at ``start``
        begins, when none of it is left inside a quotation; else ``start``."""
        back = start
        while back > 0 and self.cast.text[back - 1] in "\n \t":
            back -= 1
        k = bisect_right(sentences, back - 1, key=lambda s: s.start) - 1
        para = self.cast.text.rfind("\n", 0, back) + 1
        if k < 0 or sentences[k].start < para or leaves_open(self.cast.text[para:back]):
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
        sentences = self.cast.sentences()
        k = bisect_right(sentences, at, key=lambda s: s.start) - 1
        if k < 0:
            return None
        para = self.cast.text.rfind("\n", 0, at) + 1
        starts = [sentences[k].start]
        if sentences[k].start <= para:
            starts.append(self._last_sentence_before(para, sentences))
        elif k > 0 and sentences[k - 1].start >= para:
            starts.append(sentences[k - 1].start)
        for start in starts:
            found = KIN_SUBJECT.match(self.cast.text, start, at)
            if found is None and (fronted := self._fronted(start, at)) is not None:
                found = KIN_SUBJECT_FRONTED.match(self.cast.text, fronted, at)  # "At the end of
                # the day, her son counted the houses. “...,” he said": past a fronted phrase
            if found is None or noun_gender(found.group(2).lower()) != gender:
                continue
            read = self._read_at(found.start(), gender)  # "Her daughter" read as one named
            owner = self.pronoun(found.group(1), found.start(1)) if read is None else read
            noun = found.group(2).lower()
            kin = read or self.cast.nominals.owned_kin(owner, noun, found.start())
            if kin is None and found.group(1).lower() == "their":  # "Their nephew, 34, worked the
                kin = self.cast.nominals.owned_kin(
                    None, noun, found.start()
                )  # fryer": named as theirs
            j = bisect_left(self.cast.mentions, found.end(), key=lambda m: m[0])
            since = any(m[0] < at and m[1] is not kin for m in self.cast.mentions[j:])
            if since or owner is None and kin is None:
                return None
            if kin is None and self.cast.nominals.family_unnamed(owner):  # "His mother, reached by
                # phone, defended him. “...,” she said": no one else of the owner's surname
                return self.cast.groups.group(found.group(0), SpeakerKind.ANONYMOUS, found.start())
            return kin
        return None

    def _read_at(self, at: int, gender: str) -> Person | None:
        """The person of ``gender`` (or of none known) the cast took a mention at ``at`` to
        be, if any ("Her daughter said" read as Dr. Lena Hartwell)."""
        j = bisect_left(self.cast.mentions, at, key=lambda m: m[0])
        found = (p for x, p in self.cast.mentions[j:] if x == at and person_of_gender(p, gender))
        return next(found, None)

    def asked(self, word: str, at: int) -> Person | None:
        """The person a pronoun at ``at`` refers to when its sentence's subject asks
        someone about it before: "Hewitt asked Trump about statements he had made" and
        "Hannity asked Trump if he would ..." are Trump, the one asked, named just after
        the verb, the pronoun in what follows."""
        gender = PRONOUN_GENDER.get(word.lower())
        read = self.cast.read_holding(at)
        if gender is None or read is None:
            return None
        subject = read.subject
        found = ASKED.search(self.cast.text, max(subject.end, at - ASK_REACH), at)
        if found is None or not ASKED_ABOUT.match(self.cast.text, found.end(), at):
            return None
        person = self.cast.names.find_named(POSSESSIVE.sub("", found.group(1)), found.start(1))
        if person is None or not self.cast.names.may_be(person, gender):
            return None
        self.cast.mention(at, person)
        return person

    def _beside_other_sex(self, word: str, gender: str, at: int) -> Person | None:
        """The one person of ``gender`` the last sentence with a named subject names
        after it, when that subject is of the other sex and only sentences whose subject
        is ``word`` come between ("Jessica Mendoza replaced Schilling on the broadcasts.
        He was reassigned. Last month, he said ...": Schilling, the object, before anyone
        named earlier)."""
        k = bisect_right(self.cast.subject_reads, at, key=lambda r: r.sentence.start) - 1
        for n in range(k, max(-1, k - CHAIN), -1):
            read = self.cast.subject_reads[n]
            sentence, words, person = read.sentence, read.subject, read.person
            if person is None and self._names_of_sex(sentence.start, min(words.start, at), gender):
                return None  # "When Padilla was asked ..., he grinned": named since
            if words.start >= at:
                continue  # the pronoun's own sentence, its subject after it
            if person is None:
                said = self.cast.text[words.start : words.end].lower()
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
            j = self.cast.namings_before(words.end)
            named = [p for span, p in self.cast.namings[j:] if span.start < end]
            alone = (
                self.cast.names.known(n.name, n.at)
                for n in lone_names(self.cast.text, words.end, end)
            )
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
        sentences = self.cast.sentences()
        here = bisect_right(sentences, at, key=lambda s: s.start) - 1
        return (
            here >= 1
            and sentences[here - 1].start == sentence.start
            and not self.cast.names.named_before_in_sentence(sentences[here], at)
        )

    def _acts(self, sentence: Span, words: Span, apposed: bool = True) -> bool:
        """Is the subject ``words`` followed by its finite verb ("Jessica Mendoza
        replaced", "McDonough was responding"), an adverb at most between? Where
        ``apposed``, a name set beside a noun closes its appositive first, with an
        affiliation at most ("The moderator, Joan Pelley of KCCI, asked"; there a past
        participle is the verb, as the tagger may read "asked" after a comma). Callers
        leave out a name both sexes are given ("The quarry's manager, Lou Galetti, said
        ... “...,” he said" may be Lou's own "he")."""
        tokens = nlp.tagged(self.cast.text, sentence.start, sentence.end)
        k = next((k for k, t in enumerate(tokens) if t.span.start >= words.end), len(tokens))
        verbs = FINITE_TAGS
        if apposed and APPOSED_NAME_BEFORE.search(self.cast.text, sentence.start, words.start):
            closed = past_affiliation(tokens, k)
            verbs |= {"VBN"} if closed > k else set()  # the tagger's "asked" after a comma
            k = closed
        k += 1 if k < len(tokens) and tokens[k].tag == "RB" else 0
        return k < len(tokens) and tokens[k].tag in verbs

    def _has_object_of(self, person: Person, gender: str, at: int) -> bool:
        """Does the sentence of the latest mention of ``person`` before ``at`` go on to an
        object pronoun of ``gender`` ("Salon spoke with her by phone")? Then the pronoun
        means another than them, whose gender the article does not give."""
        latest = self.cast.last_mention(person, at)
        if latest < 0:
            return False
        sentence = self.cast.sentence_at(latest)
        clause = self.cast.text[latest : min(sentence.end, at) if sentence else at]
        found = OBJECT_PRONOUN.search(clause)
        return (
            found is not None
            and found.group(1).lower() == ("her" if gender == "f" else "him")
            and not leaves_open(clause[: found.start()])
        )
