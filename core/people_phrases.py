"""Noun phrases for people and things, and the pronouns and names around them.

Whether a phrase names someone who can speak ("the senator", "protesters", "both
women") or a thing that cannot ("the risk", "something"); where its determiner stands
past its modifiers; whose it is ("the daughter of one victim", "his longtime
physician"); what a name before an adjunct, a title's acronym or "the Kerry woman" tells;
and the gender a pronoun after a name gives. Pure grammar over tagged tokens."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from core import lexicons, nlp
from core.document import SpeakerKind, Token
from core.grammar_tags import CLAUSE_OPENERS, NOUN_PHRASE_TAGS, time_word
from core.kind_evidence import noun_gender, organisation_noun
from core.nominals import CHANNEL_NOUNS, DOCUMENT_NOUNS
from core.organisation_names import looks_like_organisation
from core.person import PRONOUN_GENDERS, Person
from core.phrases import (
    ASIDE_DASHES,
    FINITE_TAGS,
    INDEFINITE_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    head_word,
    holds_name,
    hyphen_glued,
    people_head,
    person_noun,
    plural_head,
)
from core.speakers import Cast
from core.subjects import joins_another_subject

INDEFINITE = frozenset(
    {"a", "an", "another", "some", "many", "several", "one", "two", "three", "other"}
)
POSSESSIVE_INSIDE = re.compile(r"['\u2019]s?\b")  # "the project's website": the project's
THING_PRONOUNS = frozenset(w for w in INDEFINITE_PRONOUNS if w.endswith("thing"))  # no voice


def surnames_of(person: Person) -> set[str]:
    """The last words of ``person``'s capitalised names, as a sentence's tokens show them."""
    return {alias.split()[-1] for alias in person.aliases if alias[:1].isupper()}


def gender_after(tokens: list[Token], before: Sequence[Token] = ()) -> str | None:
    """ "Zeynep Akar told CNN that the truck drove past her home": the gender of the
    first pronoun after a name, when no other name comes between; not of one opening a
    clause joined by a bare "and" ("Biden decided not to run and she ...": see
    :func:`core.subjects.joins_another_subject`), nor of a possessive the words
    ``before`` the name hold already ("His deputy, Thandeka Mokoena, said his ...": the
    owner's again)."""
    owners = {t.text.lower() for t in before} & {"his", "her"}
    for k, token in enumerate(tokens):
        word = token.text.lower()
        if token.tag in nlp.PROPER_TAGS and not token.text.isupper():
            return None
        if word in {"he", "she"} and joins_another_subject(
            " ".join(t.text for t in tokens[:k]) + " "
        ):
            return None
        owner = word == "her" and k + 1 < len(tokens) and tokens[k + 1].tag[:2] in {"NN", "JJ"}
        if word in owners:
            return None
        if word in {"he", "she", "his", "hers", "himself", "herself"} or owner:
            return PRONOUN_GENDERS[word]  # not "him" or "told her": someone else
        if word in {"him", "her"}:
            return None  # "Salon spoke with her by phone from her home": hers, not its
    return None


def unlisted_person(words: list[Token]) -> bool:
    """Is the phrase "the", at most two modifiers and a singular common noun no list holds
    as anything ("the teenager", "the left-hander", "the Nigerian-born printer"): a noun
    that, if a quotation in the first person shows it is someone, is a person noun? Not a
    speech noun ("the statement") nor an organisation's ("the company")."""
    head = words[-1]
    return (
        2 <= len(words) <= 6
        and head.tag == "NN"
        and nlp.is_lower_word(head.text)
        and head.text not in lexicons.speech_nouns()
        and head.text not in lexicons.ORGANISATION_HEADS
    )


def refers_back(tokens: list[Token], i: int, j: int) -> bool:
    """May the definite noun phrase ``tokens[i:j]`` refer back to someone, as a pronoun
    does? Not when it is someone's ("The Pentagon's top adviser", as "his wife"), nor
    when a relative clause after it defines whom it means ("the candidate who won")."""
    if any(w.tag == "POS" for w in tokens[i:j]):
        return False
    return j >= len(tokens) or tokens[j].text.lower() not in {"who", "that", "whose"}


def determiner_before(tokens: list[Token], i: int, j: int) -> int | None:
    """Where the determiner stands of a noun phrase ``tokens[i:j]`` read past the
    modifiers before it ("the gambling/VBG tycoon told": the tycoon, definite), or past
    one modifier and a comma when the phrase opens with a modifier of its own and its head
    is one person ("the bespectacled, 71-year-old diplomat"; not "At the same time, the
    person", "In the end, former aides")."""
    if (the := _coordinate_modifier(tokens, i, j)) is not None:
        return the
    return _the_before_modifiers(tokens, i - 1, {"JJ", "VBG", "VBN", "NN"})


def _coordinate_modifier(tokens: list[Token], i: int, j: int) -> int | None:
    """Where "the" stands when ``tokens[i:j]``, a modifier and a singular noun for a
    person, is the rest of a phrase opened by "the", a modifier and a comma ("the
    bespectacled, | 71-year-old diplomat", "the soft-spoken, | 64-year-old engineer"; not
    "the big, | political personal finance"); None if it is not."""
    if not (
        i >= 3
        and j - i > 1
        and tokens[i - 1].text == ","
        and tokens[i].tag in {"JJ", "CD", "VBN"}
        and not plural_head(tokens[i:j])
        and person_noun(head_word(tokens[i:j]))
    ):
        return None
    return _the_before_modifiers(tokens, i - 2, {"JJ", "VBN", "NN", "HYPH"})


def _the_before_modifiers(tokens: list[Token], last: int, tags: AbstractSet[str]) -> int | None:
    """Where "the" stands right before the words up to ``tokens[last]`` tagged one of
    ``tags`` (one at least), or None."""
    k = last
    while k > 0 and tokens[k].tag in tags:
        k -= 1
    return k if k < last and tokens[k].text.lower() == "the" else None


def personal(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Does the noun phrase name someone who can speak: a name or title, a personal
    pronoun, a noun for people ("protesters", "the senator")?"""
    words = tokens[np[0] : np[1]]
    if len(words) == 1 and words[0].text.lower() in SUBJECT_PRONOUNS - {"it"}:
        return True
    return holds_name(words, titles=True) or person_noun(head_word(words))


ITS_OR_HE = re.compile(r"\b(?:(it|its)|he|she|his|her|him)\b|[.!?]")


def its_after(text: str, at: int, end: int | None = None) -> bool:
    """Is the first third-person pronoun after ``at`` in its sentence (and before ``end``)
    "it" or "its" (the thing a run of names just before names takes, not "he" or "she")?"""
    match = ITS_OR_HE.search(text, at, len(text) if end is None else end)
    return match is not None and match.group(1) is not None


def name_before_adjunct(words: list[Token]) -> int | None:
    """Where a name ends that a prepositional phrase with no name in it follows inside
    the noun phrase ("Trump at the time said", "Trump in his announcement speech
    said"): the name speaks. "of" continues a name or a role ("Bank of America") unless
    a person's name stands before it ("Paul D. Ryan of Wisconsin", "Holger Schmidt of
    Berenberg": :func:`_person_before_of`), after any description in lower case
    ("conservative commentator Jonah Goldberg of the National Review"); not "Saturday at
    the convention Sen. Warren said", "Republicans in Congress"."""
    first = next((n for n, w in enumerate(words) if w.tag in nlp.PROPER_TAGS), 0)
    described = first > 0 and all(w.text.islower() for w in words[:first])
    for n, word in enumerate(words[first:] if described else words, first if described else 0):
        if word.tag not in nlp.PROPER_TAGS:
            if n > 0 and word.text.lower() == "of":
                # "Paul D. Ryan of Wisconsin", "Amy Glasmeier of the Massachusetts
                # Institute of Technology": a person's name, then where they come from
                return n if _person_before_of(words, n) else None
            adjunct = n > 0 and word.tag == "IN"
            named = (w.tag in nlp.PROPER_TAGS and not time_word(w) for w in words[n + 1 :])
            if adjunct and not any(named):  # "Clinton in December", not "of Columbia"
                return n
            return None
    return None


def title_acronym(cast: Cast, words: list[str]) -> str | None:
    """The acronym a definite nominal ends in ("the SNP MSP", "the Waterford TD", "the
    MP"), when someone in the article holds a role that ends in it, before any "of", or
    has it written right before their name ("Western Isles MSP Alasdair Allan", "Kerry TD
    Danny Healy-Rae"): an office's short
    form, which refers back as "the senator" does, not a name. Capitalised words
    between ("SNP", "Waterford") are what the nominal adds."""
    if len(words) < 2 or words[0].lower() != "the":
        return None
    last = words[-1]
    if not (2 <= len(last) <= 4 and last.isalpha() and last.isupper()):
        return None
    if not all(w[:1].isupper() for w in words[1:-1]):
        return None
    for person in cast.people:
        if person.kind != SpeakerKind.PERSON:
            continue
        for role in person.roles:
            office = re.split(r"\s+of\s+", role)[0].split()
            if office and office[-1] == last:
                return last
        if any(f"{last} {alias}" in cast.text for alias in person.aliases):
            return last  # "Western Isles MSP Alasdair Allan", where no role was read
    return None


def man_of_a_place(words: list[str]) -> bool:
    """Is a definite nominal "the", capitalised words and a noun for a man or a woman ("the
    Limerick man", "the Kerry woman", "the Northern Irishman"): someone named by where
    they are from, as a demonym names them ("the Texan")?"""
    if len(words) < 3 or words[0].lower() != "the" or not words[-1].isalpha():
        return False
    head = words[-1]
    if noun_gender(head.lower()) is None or not head.lower().endswith(("man", "woman")):
        return False
    return all(w[:1].isupper() and w.isalpha() for w in words[1:-1])


def _person_before_of(words: list[Token], n: int) -> bool:
    """Is the capitalised run before the "of" at ``n`` a person's name: a listed first
    name before its last word ("Paul D. Ryan"), or two words or more of which none is a
    title, a frequent word or a word of an organisation's or place's name the gazetteer
    knows ("Holger Schmidt"; not "Bank", "Islamic State", "Federal Reserve Bank", "New
    York")?"""
    start = n
    while start > 0 and words[start - 1].tag in nlp.PROPER_TAGS:
        start -= 1
    run = [w.text for w in words[start:n]]
    if any(
        nlp.is_first_name(w.text) and not _place_before_title(words, m, n)
        for m, w in enumerate(words[: n - 1])
    ):
        return True
    return (
        len(run) >= 2
        and not any(nlp.gazetteer_marks(run))
        and not looks_like_organisation(" ".join(run))
        and not any(lexicons.is_title_word(w) or nlp.is_frequent_word(w) for w in run)
    )


def _place_before_title(words: list[Token], m: int, n: int) -> bool:
    """Is ``words[m]``, a first name, a place the gazetteer knows with a title after it
    before ``n`` ("Georgia | Secretary of State", "Virginia | Gov."), not a person's
    given name ("Peter T. King", "Dana Bishop")?"""
    return nlp.gazetteer_marks([words[m].text]) == ["LOC"] and any(
        lexicons.is_title_word(w.text) for w in words[m + 1 : n]
    )


POSSESSIVE_CLAUSE_BREAKS = (
    CLAUSE_OPENERS | {"and", "but", "or", "that", "who", "which"} | set(",;:")
)
POSSESSIVE_REACH = 6  # words at most between the clause's opening name and "his"/"her"
MISREAD_VERB_TAGS = frozenset({"NNP", "NN"})  # "Trump stood/NNP", "Obama stood/NN"
BETWEEN_NAME_AND_POSSESSIVE = frozenset({"DT", "PRP", "PRP$", "WP", "WDT", "CD", "POS"})


def clause_opening_name(before: list[Token]) -> tuple[int, int] | None:
    """The name that opens the clause ending where ``before`` ends (the words before a
    possessive pronoun): a run of capitalised proper nouns right after the clause's start
    (a comma, a dash, "and", a subordinator, a quotation mark or the stretch's start),
    followed by its verb and at most ``POSSESSIVE_REACH`` words in all, with no
    determiner, pronoun, number, other proper noun or quotation mark ("Trump stood by");
    None otherwise."""
    k = len(before)
    while k > 0:
        token = before[k - 1]
        if token.text.lower() in POSSESSIVE_CLAUSE_BREAKS or token.text in ASIDE_DASHES:
            break
        k -= 1
    j = k
    while j < len(before) and before[j].tag in nlp.PROPER_TAGS and before[j].text[:1].isupper():
        j += 1
    between = before[j:]
    if j == k or not between or len(between) > POSSESSIVE_REACH:
        return None
    verb = between[1] if between[0].tag == "RB" and len(between) > 1 else between[0]
    if verb.tag not in FINITE_TAGS and not (verb.tag in MISREAD_VERB_TAGS and verb.text.islower()):
        return None  # the name's own verb (or a verb the tagger took for a noun: "Trump
        # stood/NNP"), not "ads in New Hampshire using her comments"
    for token in between:
        if token.tag in BETWEEN_NAME_AND_POSSESSIVE or not token.text[:1].isalpha():
            return None
        if token.text[:1].isupper():
            return None  # another name, or a sentence's first word
    return (k, j)


PREDETERMINERS = frozenset({"all", "both", "half", "such", "quite", "what", "many"})


def article_opening(tokens: list[Token], start: int, end: int) -> int:
    """Where the noun phrase ``tokens[start:end]`` opens: at its last article ("the", "a",
    "an") when words stand before it that are no predeterminer ("all the"), since an article
    opens its phrase ("read with dismay the council member's remark": the council member,
    whatever the tagger made of "dismay")."""
    for n in range(end - 1, start, -1):
        if tokens[n].tag == "DT" and tokens[n].text.lower() in {"the", "a", "an"}:
            return start if tokens[n - 1].text.lower() in PREDETERMINERS else n
    return start


def past_preposition(tokens: list[Token], start: int, end: int) -> int:
    """Where the noun phrase ``tokens[start:end]`` opens: past its last preposition ("the
    pull of |Obama's “...” promise": Obama's), at ``start`` where none stands in it."""
    return max((n + 1 for n in range(start, end) if tokens[n].tag == "IN"), default=start)


def of_one(words: list[Token]) -> bool:
    """Does the nominal ``words`` tell whose it is by "of" and an indefinite ("the daughter
    of one victim", "the owner of a shop nearby"): someone new, no one named before? Not
    a count of children ending it ("the mother of three"): a description of someone."""
    return any(
        w.text == "of" and nxt.text.lower() in INDEFINITE and nxt is not words[-1]
        for w, nxt in itertools.pairwise(words)
    )


def _plural_people_noun(token: Token) -> bool:
    """A plural noun for people: "employees", "nurses", "colleagues"."""
    word = token.text.lower()
    bare = word.removesuffix("s")
    return (
        token.tag == "NNS"
        and bare != word
        and (person_noun(bare) or lexicons.is_role_noun(bare) or lexicons.agent_noun(bare))
    )


def opens_with_both(words: list[Token]) -> bool:
    """Does the noun phrase ``words`` open with "both" or "the two" ("Both women", "the
    two senators"): two people the article has named?"""
    said = [w.text.lower() for w in words[:2]]
    return said[:1] == ["both"] or said == ["the", "two"]


def plural_gender(words: list[Token]) -> str | None:
    """The sex a plural head gives ("women", "congressmen"), if any."""
    head = head_word(words).lower()
    return noun_gender(head[:-3] + "man" if head.endswith("men") else head)


# before a plural noun for people, its determiner and modifiers, a participle among them
# ("two laid-off employees")
PEOPLE_PHRASE_TAGS = NOUN_PHRASE_TAGS | {"VBN"}


def people_phrase(tokens: list[Token]) -> tuple[int, int] | None:
    """The first noun phrase for people in the sentence ``tokens`` (its subject, most
    often: "Two nurses spoke to reporters": the nurses), with its determiner and
    modifiers and a "who" clause after it up to a comma or "and" ("two employees who were
    laid off and who spoke ...": "two employees who were laid off"); None if none."""
    at = next((n for n, token in enumerate(tokens) if _plural_people_noun(token)), None)
    if at is None:
        return None
    i = at
    while i > 0 and tokens[i - 1].tag in PEOPLE_PHRASE_TAGS:
        i -= 1
    j = at + 1
    if j < len(tokens) and tokens[j].text.lower() == "who":
        j += 1
        while j < len(tokens) and tokens[j].text.lower() not in {",", "and", ".", ";", "who"}:
            j += 1
    return (i, j)


def possessive_owner(written: Sequence[str]) -> str | None:
    """The owner word of a possessive nominal of a relation ("his" in "his longtime
    physician", "Hale" in "Hale 's campaign manager", "city" in "the city 's new mayor"),
    if the nominal is one: a possessive pronoun first, or a possessive before the head."""
    if written and written[0].lower() in {"his", "her"}:
        return written[0].lower()
    inside = [n for n in range(1, len(written) - 1) if POSSESSIVE_INSIDE.fullmatch(written[n])]
    return written[inside[-1] - 1] if inside else None


def thing_phrase(words: list[Token]) -> bool:
    """Is the noun phrase ``words`` a pronoun for a thing (:data:`THING_PRONOUNS`), or a
    phrase whose head is a lower-case noun for a quality, feeling, state, event, place or
    object (``lexicons.thing_noun``), no noun for a person, organisation, document or
    speech act, and that holds no name before its head?"""
    if len(words) == 1 and words[0].text.lower() in THING_PRONOUNS:
        return True
    head = head_word(words)
    at = next((n for n, w in enumerate(words) if w.text.lower() == head), None)
    if at is None or words[at].tag not in {"NN", "NNS"} or hyphen_glued(words, at):
        return False  # "the non-profit": the head is "non-profit"
    if words[0].tag == "CD" or head in TIME_NOUNS:
        return False  # "73 percent of Americans", "a study last year"
    if any(
        w.tag == "NNP" and words[n + 1].tag not in {"NNP", "POS"} for n, w in enumerate(words[:at])
    ):
        return False  # "Judge Carlton W. Reeves late Thursday night": a name; not
    return (  # "Donald Trump's latest victories"
        lexicons.thing_noun(head)
        and not people_head(words)
        and not organisation_noun(head)
        and head not in DOCUMENT_NOUNS | CHANNEL_NOUNS
        and not lexicons.speech_act(head)
    )
