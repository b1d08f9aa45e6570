"""The grammar of roles before a name, over a sentence's tagged tokens: a title
("Defense Minister Danno Pevkur", "the governor's press secretary Ana Ruiz";
:func:`title_before`), a noun phrase the name is set beside ("a Twitter spokesman,
Christopher Abboud, said"; :func:`apposed_before`), a role the name is given by "known
as", "named" or "called" ("an economist named Ann Lee"; :func:`named_before`), and a
copula's subject ("The county's top prosecutor is Lisa Grant."; :func:`copula_before`).
The words of roles and the readers after a name are :mod:`core.role_grammar`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.document import Token
from core.kind_evidence import KIN_GENDER
from core.person_names import GRADE, TENURE_PREFIXES
from core.phrases import (
    ASIDE_DASHES,
    BE_FORMS,
    FINITE_TAGS,
    TIME_WORDS,
    body_words_joined,
    hyphen_glued,
    naming_clause_start,
    person_compound,
)
from core.role_grammar import (
    CLAUSE_OPENERS,
    CLAUSE_STOPS,
    CLOSED_TAGS,
    CLOSED_WORDS,
    CLOSING_QUOTES,
    COPULAS,
    DASHES,
    FUNCTION_TAGS,
    MODIFIER_TAGS,
    MODIFIERS,
    NAME_ON,
    NOUN_TAGS,
    OPENING_ADVERBS,
    OPENING_MODIFIERS,
    OPENING_QUOTES,
    PREPOSITIONS,
    RELATIVES,
    SAID_FORMS,
    SPAN_OF_YEARS,
    TENURE_ADVERBS,
    TITLE_STOP,
    WHEN_NOUNS,
    Sentence,
    and_in_named,
    and_inside_name,
    cue_verb,
    honorific,
    inside_name,
    is_capitalised,
    is_place,
    is_possessive,
    misread_verb,
    modified_noun,
    names_role,
    past_origin,
    person_title,
    phrase_noun,
    plural_role,
    possessor,
    role_phrase,
    role_word,
    strong_role,
    title_noun,
)


def title_before(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The title right before a name starting at token ``i``, less honorifics.

    Read back from the name while the words can be part of a title ("retired Air Force
    general", "Trump campaign spokesman", "the governor's press secretary"); the word
    next to the name must name a role, be a possessive ("NBC's") or end "X of Y" with X
    a role ("Secretary of State", "chief of staff"), so "footage of" gives nothing; nor
    does a plural, the role of a group ("Democratic candidates Clinton and Sanders").
    """
    tokens = sentence.tokens
    end = _past_honorifics(sentence, i)
    k = end - 1
    if k < 0 or sentence.boundary(k):
        return None
    k = _before_grade(tokens, k)  # "Sgt. | First Class | Luis Carrasco": the rank is read
    office = _office_of(sentence, k)
    verb = tokens[k].tag in {"VB", "VBP"} and k > 0 and tokens[k - 1].tag in {"MD", "TO"}
    if office is not None:
        k = office - 1
    elif verb or not (
        names_role(tokens[k])
        or title_noun(tokens[k].text, tokens[k].tag)
        or possessor(tokens, k)
        or modified_noun(sentence, k)
        or end == i
        and _foreign_title(sentence, k)
        or person_title(sentence, k, i)
    ):
        return _adjectives_after_title(sentence, k, end) or _adjective_as_noun(sentence, k, end)
    else:
        k -= 1
    start = _organisation_before(sentence, _title_start(sentence, k), end)
    start = _past_imperative(sentence, _after_subject_verb(tokens, start, end), end)
    owner = [t.text for t in tokens[start : end - 1]] if possessor(tokens, end - 1) else []
    if (
        start > 1
        and tokens[start - 1].text.lower() == "the"
        and _abbreviated(tokens, start, end)
        and tokens[start - 2].text.islower()
        and strong_role(tokens[start - 2])
    ):
        earlier = title_before(sentence, start - 1)  # "Vatican spokesman | the Rev.": the
        if earlier is not None:  # role before a name the abbreviated title honours
            return earlier
    if start < end and _superlative(tokens, start):
        return None  # "he is the most able candidate | Viguerie argues": a comparison
    if (
        start == end - 1
        and start > 0
        and is_capitalised(tokens[start])
        and tokens[start - 1].text.lower() in {"a", "an"}
    ):
        return None  # "an agenda a President Clinton could hope to see work": one title
        # with an indefinite article makes the name a kind (an office imagined), no title
    if start >= end or is_place(owner):
        return None  # "New Jersey's Steve Lonegan": where he is from, not what he does
    if owner and start > 0 and tokens[start - 1].tag == "PRP$":
        return None  # "His Campaign's Trump Tower": a common noun's, no affiliation
    return (_from_former(tokens, _past_joined_title(sentence, start, end), end), end)


def _past_honorifics(sentence: Sentence, i: int) -> int:
    """Where a title before the name at token ``i`` ends: before its honorifics ("Mr.",
    "Sen.") and an academic "Dr" after a role."""
    tokens = sentence.tokens
    end = i
    while end > 0 and honorific(tokens[end - 1]):
        end -= 1
    if (
        end > 1
        and tokens[end - 1].text.rstrip(".").lower() == "dr"
        and not sentence.boundary(end - 2)
        and tokens[end - 2].tag in NOUN_TAGS
    ):
        end -= 1  # "Senior coroner Dr Siân Rees": the academic title after the role is no part
        # of it, as "Mrs" is not ("Coroner Dr" is no role the coroner is known by)
    return end


def _title_start(sentence: Sentence, k: int) -> int:
    """Where a title whose word next to the name is ``tokens[k + 1]`` starts, read back
    from ``k`` while the words can stand in it."""
    tokens = sentence.tokens
    start = k + 1
    while k >= 0:
        token = tokens[k]
        if sentence.boundary(k) or honorific(token):
            break
        if k + 1 < len(tokens) and hyphen_glued(tokens, k + 1) and tokens[k - 1].text.isalpha():
            start = k = k - 1  # "ex-governor", read as one word: "ex | - | governor"
            k -= 1
            continue
        office = _office_of(sentence, k)
        quoted = _quoted_back(tokens, k)
        state = _state_inside(tokens, k)
        if state is not None and state > 0 and is_capitalised(tokens[state - 1]):
            k = state - 1  # "Maricopa County | (Ariz.) | Sheriff": read on past the state
            continue
        if office is not None:
            start = k = office
        elif quoted is not None and tokens[start].text[:1].islower():
            start = k = quoted  # "MSNBC's “Morning Joe” host"
        elif _title_word(token, tokens[start], tokens[k - 1] if k else None) or (
            (
                inside_name(tokens, k, NAME_ON)
                or and_in_named(tokens, k)
                or body_words_joined(tokens, k)
            )
            and start == k + 1
            and not names_role(tokens[start])
        ):
            start = k  # "University | of | Virginia political science professor", not
            # "the death Saturday | of | Justice Antonin Scalia"
        elif _opening_compound(tokens, k, start):
            start = k = k - 1  # "...,” central bank Vice-Governor Ann Lee said"
        else:
            break
        k -= 1
    return start


def _past_joined_title(sentence: Sentence, start: int, end: int) -> int:
    """Where a title from ``start`` to ``end`` starts with another joined to it by "and"
    ("columnist and Fox News contributor", "former prosecutor and now state Sen.")."""
    tokens = sentence.tokens
    tenure = start - 1 if start > 2 and tokens[start - 1].text.lower() in TENURE_ADVERBS else start
    if (
        tenure > 1
        and tokens[tenure - 1].text.lower() == "and"
        and not _abbreviated(tokens, start, end)
    ):
        start = tenure  # "former prosecutor and | now | state Sen.": the adverb with the title
        earlier = title_before(sentence, start - 1)  # "columnist and Fox News contributor"
        if earlier is not None and _holds_a_name(tokens, *earlier):
            earlier = None  # "Republican Rep. Dale Merriwether and Democrat Lucinda X": the
            # words before "and" are another's title and name, no title of hers
        elif earlier is not None and _opens_phrase(tokens, earlier[0]):
            start = earlier[0]
        elif earlier is None:
            opened = _coordinated_modifiers(sentence, start - 1)
            start = start if opened is None else opened
    return start


# Lower-case words inside an organisation's name that a title before a name reads across
# ("Fight | for | $15", "Friends | of the | Earth"); "the" only after one of the others.
ORGANISATION_JOINS = frozenset({"of", "for", "on", "and", "&", "the"})


MAX_ORGANISATION = 8  # tokens of an organisation's name read back before a title


def _organisation_before(sentence: Sentence, start: int, end: int) -> int:
    """Where a title read back to ``start`` begins when an organisation's name stands
    before it, holding a word the reading stops at: a lower-case joining word, a number
    or "$", a capitalised closed-class word ("Fight for $15 | organizing director",
    "Friends of the | Earth policy director", "CBS This | Morning co-Anchor"); else
    ``start``. Not in a headline's title case ("Clinton Hits Back At | Trump Campaign
    Manager"), where any capitalised word may be read as a name's."""
    tokens = sentence.tokens
    m = start - 1
    while m > 0 and m >= start - 2 and _organisation_modifier(tokens[m]):
        m -= 1  # "Fight for $15 | organizing | director": modifiers the reading refused
    if m < start - 1 and tokens[m].tag != "CD":
        m = start - 1  # refused only after a number ("$15")
    if m == start - 1 and start < end - 1 and _name_end(tokens[start]):
        m = start  # "Friends of the | Earth policy director": the name's end read already
    first = _organisation_start(sentence, m)
    if first is None or any(_headline_joiner(t) for t in tokens[1:]):
        return start
    return min(first, start)


def _organisation_modifier(token: Token) -> bool:
    """A lower-case noun or adjective between an organisation's name and its title."""
    return (
        nlp.is_lower_word(token.text)
        and token.tag in {"NN", "JJ", "VBG"}
        and token.text not in TITLE_STOP
    )


def _organisation_start(sentence: Sentence, m: int) -> int | None:
    """Where an organisation's name ending at ``tokens[m]`` opens, if it holds a word a
    title read back from a name stops at (see :func:`_organisation_before`), else None."""
    tokens = sentence.tokens
    if m < 1 or not _name_end(tokens[m]):
        return None
    first = m
    n = m
    while n >= 0 and m - n < MAX_ORGANISATION and not sentence.boundary(n):
        token = tokens[n]
        if _name_end(token):
            first = n
        elif token.text == "$" and n < m and tokens[n + 1].tag == "CD":
            pass
        elif not (
            token.text in ORGANISATION_JOINS
            and n > 0
            and (token.text != "the" or tokens[n - 1].text in ORGANISATION_JOINS)
        ):
            break
        n -= 1
    if _organisation_words(sentence, first, m):
        return first
    joined = [n for n in range(first + 1, m) if tokens[n].text in {"and", "&"}]
    if joined and _organisation_words(sentence, joined[-1] + 1, m):
        return joined[-1] + 1  # "Sen. Ann Lee and | Friends of the Earth director"
    return None


def _organisation_words(sentence: Sentence, first: int, m: int) -> bool:
    """Are ``tokens[first : m + 1]`` an organisation's name that a title's reading stops
    in: opened by a capitalised word that is no function word, verb, month or day (nor a
    common word capitalised only by opening the sentence), holding no verb, role,
    honorific or person's name, and holding a word the reading stops at (a joining word,
    a capitalised closed-class word, a number)? Not when they open a window cut out of a
    sentence, where the name may begin before it."""
    tokens = sentence.tokens
    name = tokens[first : m + 1]
    opening = name[0]
    return not (
        first == 0
        and not sentence.opens
        or not is_capitalised(opening)
        or opening.tag in CLOSED_TAGS
        or opening.tag.startswith("VB")
        or opening.text.lower() in TITLE_STOP | WEEKDAYS
        or opening.text in MONTHS
        or _opens_sentence(tokens[first - 1] if first else None)
        and _common_opening(opening)
        or not any(
            t.text in {"of", "for", "on", "$"}
            or is_capitalised(t)
            and (t.text.lower() in TITLE_STOP or t.tag in CLOSED_TAGS)
            or t.tag == "CD"
            for t in name
        )
        or any(t.tag in {"VB", "VBD", "VBP", "VBZ"} or names_role(t) or honorific(t) for t in name)
        or _holds_a_name(tokens, first, m + 1)
    )


def _common_opening(token: Token) -> bool:
    """Is ``token``, opening a sentence, a common word or a function word in lower case,
    capitalised by its place ("Thousands | of Americans for Trump supporter Ann Lee")?"""
    lower = token.text.lower()
    return lower in nlp.common_words() or nlp.context_free_tag(lower) in CLOSED_TAGS


def _name_end(token: Token) -> bool:
    """Can ``token`` close an organisation's name: a capitalised word or a number?"""
    return token.tag == "CD" or is_capitalised(token) and token.text[-1:].isalnum()


def _headline_joiner(token: Token) -> bool:
    """A preposition or conjunction capitalised inside a sentence: a headline's title case."""
    return is_capitalised(token) and token.text.lower() in {
        "of", "for", "to", "in", "on", "at", "with", "by", "from", "and", "or", "as", "into"
    }  # fmt: skip


def _past_imperative(sentence: Sentence, start: int, end: int) -> int:
    """Past a verb opening the sentence as a command, no word of the title after it
    ("Enter | President Trump.", "Recall | Sen. John McCain ...", "Take | Idaho Republican
    Sens. ..."): tagged a base verb, or read as one out of context (tagged NNP in the
    run of capitals), before a capitalised title (not "Watch commander"); else ``start``."""
    tokens = sentence.tokens
    opens = tokens[start - 1].tag == "." if start > 0 else sentence.opens
    first = tokens[start]
    if (
        opens
        and start < end - 1
        and is_capitalised(tokens[start + 1])
        and "VB" in (first.tag, nlp.context_free_tag(first.text))
    ):
        return start + 1
    return start


def _before_grade(tokens: Sequence[Token], k: int) -> int:
    """The token before a grade that ends at ``k`` ("First Class", "2nd Class"), which
    a rank before it takes ("Sgt. First Class", "Petty Officer 2nd Class"), else ``k``."""
    if (
        k >= 2
        and tokens[k].text == "Class"
        and GRADE.fullmatch(tokens[k - 1].text)
        and tokens[k - 2].text[:1].isupper()
    ):
        return k - 2
    return k


def _holds_a_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Do ``tokens[start:end]`` hold a person's name: a listed first name, capitalised,
    before another capitalised word ("Rep. Dale Merriwether")?"""
    return any(
        is_capitalised(tokens[n])
        and is_capitalised(tokens[n + 1])
        and nlp.is_first_name(tokens[n].text)
        for n in range(start, end - 1)
    )


def _from_former(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a title read back to ``start`` begins when "former" stands inside it after
    capitalised words that name no place, organisation or party: "former" opens the
    noun phrase, so those words are no part of it ("Count former Mexican President
    Felipe Calderon among ...": a verb opening the sentence; not "Connecticut former
    lawmaker", "Republican/JJ former Gov.")."""
    for m in range(start + 1, end):
        if tokens[m].text.lower() == "former":
            before = tokens[start:m]
            if all(
                t.tag == "NNP" and is_capitalised(t) and not nlp.known_spans([t.text])
                for t in before
            ):
                return m
            break
    return start


def _superlative(tokens: Sequence[Token], start: int) -> bool:
    """Does a title read back to ``start`` open with a superlative, or follow "most" or
    "least" ("the most able candidate", "the best candidate"): a comparison made of
    someone, which names no title a name before it holds?"""
    first = tokens[start]
    if first.tag == "JJS" and first.text.islower():
        return True
    return start > 0 and tokens[start - 1].tag == "RBS"


def _adjectives_after_title(sentence: Sentence, k: int, end: int) -> tuple[int, int] | None:
    """A title coordinated with lower-case adjectives standing as a noun, or ending in a
    lower-case noun no role list holds, before the name ending at ``k`` ("presidential
    candidate and proud progressive | Bernie Sanders", "author and liberal firebrand |
    Cornel West"): the whole coordination, when a title ends before "and" (joined to a
    role, the other conjunct names one too)."""
    tokens = sentence.tokens
    m = k - 1 if tokens[k].tag == "NN" and nlp.is_lower_word(tokens[k].text) else k
    while m > 0 and tokens[m].tag == "JJ" and tokens[m].text.islower() and not sentence.boundary(m):
        m -= 1
    if m == k or tokens[m].text.lower() != "and" or m < 1 or not names_role(tokens[m - 1]):
        return None
    earlier = title_before(sentence, m)
    return None if earlier is None else (earlier[0], end)


def _adjective_as_noun(sentence: Sentence, k: int, end: int) -> tuple[int, int] | None:
    """A lower-case adjective standing as a noun, or a noun for a kind of person too
    general to stand alone as a title, after the capitalised noun or adjective that opens
    the phrase, right before a full name ("Tennis great | Billie Jean King", "Hollywood
    great", "Soviet dissident | Milovan Djilas"): the word follows no noun it qualifies,
    and the capitalised word says what kind, so the two make a title. A kind of person
    may stand before a first name no list holds ("Milovan"), when a surname follows it."""
    tokens = sentence.tokens
    if k < 1 or end >= len(tokens):
        return None
    word, noun = tokens[k], tokens[k - 1]
    kind = word.tag == "NN" and word.text in lexicons.person_kinds()
    if not (nlp.is_first_name(tokens[end].text) or kind and _full_name_at(tokens, end)):
        return None
    if not (
        (word.tag == "JJ" or kind)
        and nlp.is_lower_word(word.text)
        and not word.text.endswith(("ed", "ing"))
        and not _verbish(word.text)
        and (noun.tag in NOUN_TAGS or kind and noun.tag == "JJ")
        and is_capitalised(noun)
        and noun.text.isalpha()
        and not honorific(noun)
        and not nlp.is_first_name(noun.text)
        and not sentence.boundary(k - 1)
    ):
        return None
    before = tokens[k - 2] if k > 1 else None
    if before is None and not sentence.opens:
        return None
    if before is not None and not (
        before.text in CLAUSE_OPENERS | OPENING_QUOTES | SAID_FORMS or before.tag in FUNCTION_TAGS
    ):
        return None
    return (k - 1, end)


def _full_name_at(tokens: Sequence[Token], end: int) -> bool:
    """Do two capitalised proper nouns start at ``end``, a name's first and last words?"""
    pair = tokens[end : end + 2]
    return len(pair) == 2 and all(t.tag == "NNP" and is_capitalised(t) for t in pair)


def _coordinated_modifiers(sentence: Sentence, k: int) -> int | None:
    """Where a title starts whose modifiers are coordinated at the "and" at ``k``
    ("Clinton's top national security | and foreign policy staffer", "Popular Christian |
    and corporate speaker"): lower-case nouns and adjectives before it, or capitalised
    adjectives, an adjective among them, opened by a possessive, a modifier such as "top"
    or the start of the sentence or clause (not "the economy and foreign policy adviser",
    nor "attacked Trump's plan and campaign manager Corey Lewandowski"), and the title
    read back from there."""
    tokens = sentence.tokens
    m = k - 1
    while (
        m >= 0
        and (tokens[m].text.islower() and tokens[m].tag == "NN" or tokens[m].tag == "JJ")
        and tokens[m].text.lower() not in TITLE_STOP
        and not names_role(tokens[m])
        and not sentence.boundary(m)
    ):
        m -= 1
    opens = sentence.opens if m < 0 else tokens[m].text in CLAUSE_OPENERS
    if (
        not any(t.tag == "JJ" for t in tokens[m + 1 : k])  # not "Trump's plan and"
        or not (opens or m >= 0 and (is_possessive(tokens[m]) or tokens[m].text in MODIFIERS))
    ):
        return None
    start = m + 1
    while m >= 0 and not sentence.boundary(m):
        if not _title_word(tokens[m], tokens[start], tokens[m - 1] if m else None):
            break
        start, m = m, m - 1
    return start


def _quoted_back(tokens: Sequence[Token], k: int) -> int | None:
    """Where a short quoted name of a show or a work closing at ``tokens[k]`` opens (its
    words capitalised but the small ones: “Morning Joe”, “Meet the Press”), or None."""
    if tokens[k].text not in CLOSING_QUOTES:
        return None
    for n in range(k - 1, max(-1, k - 8), -1):
        if tokens[n].text in OPENING_QUOTES and n < k - 1:
            inside = tokens[n + 1 : k]
            titled = all(is_capitalised(t) or t.text.lower() in TITLE_STOP for t in inside)
            return n if titled and is_capitalised(inside[0]) else None
        if not tokens[n].text[:1].isalnum() and tokens[n].text not in {"&", "'s", "\u2019s"}:
            return None
    return None


def _state_inside(tokens: Sequence[Token], k: int) -> int | None:
    """Where a state in parentheses closing at token ``k`` opens, inside a title
    ("Maricopa County (Ariz.) Sheriff"): an abbreviation or a listed place."""
    if tokens[k].text != ")" or k < 2:
        return None
    opening = next((n for n in range(k - 1, max(-1, k - 4), -1) if tokens[n].text == "("), None)
    if opening is None or opening + 1 == k:
        return None
    words = [t.text for t in tokens[opening + 1 : k]]
    abbreviated = re.fullmatch(r"[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.", "".join(words))
    return opening if abbreviated or is_place(words) else None


def _abbreviated(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Is the title ``tokens[start:end]`` an abbreviation alone ("Sen."), which makes a
    titled name of its own ("an Obama adviser and Sen. Tim Kaine": two people)?"""
    return end - start == 1 and tokens[start].text.endswith(".")


def _opens_phrase(tokens: Sequence[Token], k: int) -> bool:
    """Does a title read back to ``k`` open its phrase, so that a title coordinated after
    it qualifies the same name? Not after a determiner ("the president | and first lady
    Michelle Obama": two people) nor inside capitalised words ("Real/RB | estate mogul
    and reality television star": cut short)."""
    if k == 0:
        return True
    before = tokens[k - 1]
    if before.tag in {"DT", "PRP$"}:
        return False
    return not is_capitalised(before) or before.text.lower() in TITLE_STOP


def _office_of(sentence: Sentence, k: int) -> int | None:
    """Where "Secretary of Agriculture", "chief of staff", "Speaker of the House",
    "Chairman of the Joint Chiefs of Staff", "Secretary of Health and Human Services" or,
    capitalised, "Ambassador to the United Nations" and "Special Envoy for Climate Change"
    starts, if the words ending at ``k`` are one: nouns (a name, "of" or "and" inside it)
    after an "of" (a "to" or "for") that follows a role; not "adviser to | Sen.", the
    name's own title."""
    tokens = sentence.tokens
    m = k
    while (
        m > 0
        and (
            tokens[m].tag in NOUN_TAGS
            or is_capitalised(tokens[m])
            and tokens[m].tag == "JJ"  # "the European Commission"
            or m < k
            and (
                inside_name(tokens, m)
                or and_inside_name(tokens, m)
                or _and_of_nouns(tokens, m)  # "Vice President for news | and | talk"
                or _listed_field(tokens, m, k)
            )
        )
        and not sentence.boundary(m)
    ):
        if role_word(tokens[m].text) and m < k:
            return None  # "Senate candidate of Ohio": "of" would join two roles
        m -= 1
    if m < k and tokens[m].text.lower() == "the":
        if any(names_role(t) for t in tokens[m + 1 : k + 1]):
            return None  # "the daughter of the Republican nominee": another's relation
        m -= 1  # "Speaker of the House", "Chairman of the Joint Chiefs of Staff"
    if m == k or m < 1:
        return None
    joins = tokens[m].text.lower()
    office = tokens[m - 1]
    if joins in {"to", "for"}:
        if not is_capitalised(office) or role_word(tokens[k].text):
            return None  # "a pardon to", "senior adviser to | Sen. Ted Cruz"
        if not names_role(office) and not sentence.boundary(m - 1):
            return _office_of(sentence, m - 1)  # "Undersecretary of State | for Political
            # Affairs": a complement after an office's own "of"
    elif joins != "of":
        return None
    return m - 1 if names_role(office) and not sentence.boundary(m - 1) else None


def _first_of_joined_offices(sentence: Sentence, office: int) -> int:
    """Where the first of two offices with their own "of" begins that "and" joins to the
    one whose role word stands at ``office`` ("Minister of Finance | and | Coordinating
    Minister of the Economy"): ``office`` when none is joined."""
    tokens = sentence.tokens
    m = office - 1
    while m > 0 and is_capitalised(tokens[m]) and not sentence.boundary(m):
        m -= 1  # "Coordinating", "Deputy": the second office's own modifiers
    if m > 1 and tokens[m].text == "and" and (first := _office_of(sentence, m - 1)) is not None:
        return first
    return office


def _listed_field(tokens: Sequence[Token], m: int, k: int) -> bool:
    """Is ``tokens[m]`` a comma in a list of capitalised fields that "and" closes before
    ``k``, inside an office ("Minister of Agriculture | , | Food and Rural Affairs")?"""
    return (
        0 < m < k
        and tokens[m].text == ","
        and is_capitalised(tokens[m - 1])
        and is_capitalised(tokens[m + 1])
        and any(t.text == "and" for t in tokens[m + 1 : k])
    )


def _and_of_nouns(tokens: Sequence[Token], k: int) -> bool:
    """Does "and" at ``k`` join two lower-case common nouns ("news | and | talk")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "and"
        and all(t.tag in {"NN", "NNS"} and t.text.islower() for t in (tokens[k - 1], tokens[k + 1]))
    )


def _and_in_title(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` an "and" between two capitalised fields of the title that closes
    the phrase ending at ``end`` ("The Police | and | Crime Commissioner", "the Trade | and
    | Industry Minister"), not between two people ("Ann | and | Bob Lee")?"""
    return (
        and_inside_name(tokens, k)
        and end - k >= 3
        and all(is_capitalised(t) for t in tokens[k + 1 : end])
        and nlp.is_title(tokens[end - 1].text)
        and not nlp.written_first_name(tokens[k - 1].text)
    )


def _title_word(token: Token, after: Token, before: Token | None) -> bool:
    """Can ``token`` stand in a title, ``after`` following it and ``before`` preceding it?

    Capitalised words can (but not a headline's verb, "Calls"); so can role words and
    their modifiers ("retired"), a possessive ("Trump's lawyer"), and lower-case nouns
    and adjectives that qualify a lower-case word ("campaign spokesman", "presidential
    nominee") or follow a capitalised one ("Tulsa police Chief"): not "unilateral
    action President", "the way FBI Director".
    """
    if (dated := _dated_word(token)) is not None:
        return _title_word(dated, after, before)  # "then-Trade Minister": as "Trade Minister"
    lower = token.text.lower()
    if not token.text[:1].isalnum():  # "Trump's lawyer", "the governor's press secretary"
        return (
            is_possessive(token)
            and before is not None
            and (is_capitalised(before) or before.tag in NOUN_TAGS)
        )
    if token.text == "Under" and after.text == "Secretary":
        return True  # "Under Secretary of Defense for Policy Ann Lee": the preposition
        # opens the American title, written in two words
    if lower in TITLE_STOP:
        return False
    if _participial(token) and (after.text[:1].islower() or is_capitalised(after)):
        return True  # "best-selling author", "Oscar-winning actress", "Texas-based lawyer";
        # before a capitalised word too, where a headline's verb would be no hyphenated
        # participle ("The Nobel-winning Peruvian novelist")
    if is_capitalised(token) and (token.tag in CLOSED_TAGS or lower in CLOSED_WORDS["CC"]):
        # "No wonder Donald Trump", "Even HBO comedian", "“Neither/NNP Speaker Ryan nor";
        # but a sentence's first word is capitalised by its place: read as in lower case
        # ("Real/RB estate mogul")
        return _opens_sentence(before) and _lower_case_tag(token, after) in MODIFIER_TAGS
    if is_capitalised(token):
        return _capitalised_title_word(token, after)
    if _participle_modifier(token, after, before):
        return True  # "the decorated war veteran", ", syndicated radio host"
    if plural_role(token.text):
        return False  # "Republican presidential candidates Sen. Marco Rubio (R-Fla.), ..."
    if names_role(token) or lower in MODIFIERS:
        return True
    if _noun_read_as_verb(token, after, before):
        return True
    if _frequency_adjective(token, after):
        return True  # "the network's nightly/RB news anchor", "weekly/RB radio host"
    if token.tag in CLOSED_TAGS or token.tag.startswith("VB") and token.tag != "VBN":
        return False
    if _opens_title_after(token, after, before):
        return True
    if _verbish(token.text) or after.text.lower() in OPENING_MODIFIERS:
        return False  # "the challenge | former Alaska Gov. Sarah Palin"
    if (
        token.tag == "JJ"
        and is_capitalised(after)
        and names_role(after)
        and (before is None or before.tag in FUNCTION_TAGS or not before.text[:1].isalnum())
    ):
        return True  # "by | progressive Democrat Zephyr Teachout": an adjective opening
        # the title, not "whose views | resemble/JJ Sen. Warren's"
    return (
        after.text[:1].islower() or is_possessive(after) or bool(before and is_capitalised(before))
    )


def _dated_word(token: Token) -> Token | None:
    """The word a prefix of time hyphened to ``token`` dates ("Trade" of "then-Trade",
    "Labor" of "ex-Labor"), tagged as a proper noun when capitalised (the tagger reads the
    whole as a common noun or an adjective at random); None without such a prefix."""
    prefix, hyphen, word = token.text.partition("-")
    if not hyphen or prefix.lower() not in TENURE_PREFIXES or not word[:1].isalpha():
        return None
    return Token(token.span, word, "NNP" if word[:1].isupper() else token.tag)


def _capitalised_title_word(token: Token, after: Token) -> bool:
    """Can a capitalised ``token`` stand in a title before ``after``? Not a headline's
    verb ("Calls", "Says") nor another the tagger read as one, unless it is a title's
    modifier or names the office's field."""
    lower = token.text.lower()
    headline_verb = lower.endswith("s") and not lower.endswith("ss") and _verbish(lower)
    if lower in MODIFIERS and is_capitalised(after):
        return True  # "Acting/VBG Attorney General Sally Yates", "Retired Gen.": a
        # title's modifier capitalised with it, which the tagger read as a verb
    if token.tag == "VBG" and names_role(after) and nlp.context_free_tag(lower) == "NN":
        return True  # "Housing/VBG Minister", "Planning Commissioner": a gerund the
        # tagger reads as a noun out of context, naming the office's field (not
        # "Joining Mayor ...", "Following President ...")
    return not (token.tag in {"VBD", "VBZ", "VBG"} or headline_verb)


def _noun_read_as_verb(token: Token, after: Token, before: Token | None) -> bool:
    """Is lower-case ``token`` a noun the tagger took for a verb or a gerund, qualifying
    the role after it ("talk show host", "super PAC spokeswoman", "polling director")?"""
    if (
        token.tag in {"VB", "VBP"}
        and after.text.islower()
        and names_role(after)
        and not (before and before.tag in {"TO", "MD", "PRP", "RB"})
    ):
        return True  # "Talk show/VBP host": a noun the tagger took for a verb
    if (
        token.tag == "VB"
        and before is not None
        and before.text in CLOSING_QUOTES | {","}
        and not _verbish(token.text)
        and (is_capitalised(after) or names_role(after))
    ):
        return True  # "“...,” super/VB PAC spokeswoman Kellyanne Conway said": no subject,
        # auxiliary nor "to" before it, a bare verb could only open a sentence
    # "policy planning director", "polling director": a gerund its context aside the
    # tagger reads as a noun ("planning", not "hurting": "race hurting rivals Sanders,
    # O'Malley"), qualifying the role noun right after it; not after a number, which is no
    # title's: "Fight for $15 | organizing director" takes it with the whole name
    # (_organisation_before)
    return (
        token.tag in {"NN", "VBG"}
        and nlp.is_lower_word(token.text)
        and token.text.endswith("ing")
        and nlp.context_free_tag(token.text) == "NN"
        and after.text.islower()
        and names_role(after)
        and not (before is not None and before.tag == "CD")
    )


def _opens_title_after(token: Token, after: Token, before: Token | None) -> bool:
    """Does lower-case ``token`` open the title after it where its phrase opens ("and |
    state Sen.", "said | county Sheriff", "by | state House Speaker", "Ohio | state Sen.")?"""
    lower = token.text.lower()
    if (
        token.tag == "NN"
        and (after.text.endswith(".") or lower == "state" and _elected_title(after))
        and names_role(after)
        and before is not None
        and (
            before.tag in FUNCTION_TAGS - {"TO", "MD"}
            or before.text in CLAUSE_OPENERS
            or cue_verb(before)  # "...,” said | state Rep. Will Davenport"
            or before.text.lower() in MODIFIERS | TENURE_ADVERBS
            or SPAN_OF_YEARS.fullmatch(before.text) is not None
        )
    ):
        return True  # "and | state Sen. Richard Black", "...,” | state Sen. Jason Holsman
        # said", "her rival, | state Treasurer Ann Lee": a noun opening an abbreviated title
        # ("state" a capitalised title word too) where its phrase opens, though it may be a
        # verb ("state"; not "the reason | President Obama"), or
        # after a modifier of the title's tenure ("34-year | state Sen. Pat Miller",
        # "longtime | state Sen.", "and now | state Sen."); not "to | re-elect Sen. Portman"
    if _qualifies_office(token, after, before):
        return True  # "...,” police Chief Ann Lee said", "said county Sheriff Ann Lee": a
        # noun opening the subject (after a clause's punctuation or an inverted cue)
        # qualifies the capitalised office after it
    if (
        token.tag == "NN"
        and nlp.is_lower_word(token.text)
        and is_capitalised(after)
        and before is not None
        and before.tag == "IN"
        and before.text.islower()
    ):
        return True  # "authored by | state House Speaker Philip Gunn": a singular noun
        # with no determiner right after a preposition is no noun phrase of its own but
        # the modifier of the capitalised title after it (not "the way | FBI Director")
    if (
        token.tag in {"JJ", "VBN"}
        and token.text.islower()
        and is_capitalised(after)
        and before is not None
        and before.tag == "VBD"
        and before.text in lexicons.cue_forms()
    ):
        return True  # "said | undecided Republican voter Stephanie Hooton": after an
        # inverted cue the words up to the name are its subject, the title whole (an
        # adjective or a participle: "said" takes no participle as a verb)
    if (
        token.tag in {"NN", "NNP"}
        and nlp.is_lower_word(token.text)
        and before is not None
        and is_capitalised(before)
        and is_place([before.text])
        and (names_role(after) or is_capitalised(after))
    ):
        return True  # "Minnesota | state delegate", "Ohio | state Sen.": a noun read as
        # one (not a verb) between a place and the role it qualifies, though it may be a
        # verb ("state")
    # "filed by | state attorney Dave Aronberg", "said state senator ..."
    return _noun_before_role(token, after)


def _opening_compound(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Are ``tokens[k - 1 : k + 1]`` a lower-case adjective and noun that open the subject
    (after a clause's punctuation or an inverted cue) and qualify the capitalised office
    right after them ("...,” | central bank | Vice-Governor Ann Lee said"), as a noun alone
    does ("police Chief")? Not where they close another phrase ("the sort of unilateral
    action | President Obama took")."""
    return (
        start == k + 1
        and k >= 2
        and tokens[k - 1].tag == "JJ"
        and nlp.is_lower_word(tokens[k - 1].text)
        and _qualifies_office(tokens[k], tokens[start], tokens[k - 2])
    )


def _elected_title(token: Token) -> bool:
    """A capitalised title word ("Treasurer", "Auditor", "Senator")."""
    return is_capitalised(token) and lexicons.is_title_word(token.text)


def _qualifies_office(noun: Token, office: Token, before: Token | None) -> bool:
    """Does a lower-case singular noun opening the subject (``before`` it a clause's
    punctuation or an inverted cue) qualify the capitalised office right after it
    ("...,” | police Chief Ann Lee said", "said | county Sheriff Ann Lee")? Not a word
    that may be a verb (:func:`_verbish`, or a verb to the tagger out of context)."""
    return (
        noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and is_capitalised(office)
        and names_role(office)
        and before is not None
        and (before.text in CLAUSE_OPENERS or cue_verb(before))
        and not _verbish(noun.text)
        and (nlp.context_free_tag(noun.text) or "NN").startswith("NN")
    )


def _frequency_adjective(token: Token, after: Token) -> bool:
    """Is a lower-case word the tagger read as an adverb an adjective of frequency made
    from a time noun ("nightly", "weekly", "daily"), before a lower-case noun: an adverb
    qualifies no noun, so it opens the noun phrase of a title ("nightly news anchor")?"""
    lower = token.text.lower()
    stem = lower[:-3] + "y" if lower.endswith("ily") else lower[:-2]
    return (
        token.tag == "RB"
        and token.text.islower()
        and lower.endswith("ly")
        and stem in WHEN_NOUNS
        and nlp.is_lower_word(after.text)
        and after.tag in NOUN_TAGS
    )


def _noun_before_role(token: Token, after: Token) -> bool:
    """Is a lower-case word that is also a verb's form ("state", "report") read as a
    singular noun in its sentence and out of it, right before a lower-case role noun:
    the noun qualifies the role ("state attorney", "state senator"), which
    :func:`_verbish` would otherwise stop at?"""
    return (
        token.tag == "NN"
        and nlp.is_lower_word(token.text)
        and nlp.context_free_tag(token.text) == "NN"
        and after.text.islower()
        and names_role(after)
    )


def _after_subject_verb(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a title read back to ``start`` from a name at ``end`` begins when a name
    opening it and its sentence is the subject of a verb the tagger took for a noun:
    "Clinton beat rival Bernie Sanders in the caucuses" -> "rival". The word after that
    name is a past or present verb after "he", it and the next word make no role
    ("Clinton press secretary"), and the sentence has no finite verb after the name (so
    "Radio talk show host Glenn Beck said" keeps its title)."""
    k = start + 1  # the word after the name that opens the title and its sentence
    if k >= end - 1 or end >= len(tokens):
        return start  # no words after the name to tell a verb by ("Tulsa police Chief")
    if start > 0 and tokens[start - 1].text not in {".", "!", "?"}:
        return start
    token, before, after = tokens[k], tokens[start], tokens[k + 1]
    if not (nlp.is_lower_word(token.text) and before.tag == "NNP"):
        return start
    if is_place([before.text]):
        return start  # "Tulsa police Chief Chuck Jordan": a place, no subject
    if before.text.lower() in MODIFIERS:
        return start  # "Former state Sen. Ann Lee": the title's modifier, no subject
    if not is_capitalised(before) or lexicons.is_role_noun(f"{token.text} {after.text.lower()}"):
        return start
    he = Token(before.span, "he", "")
    tags = nlp.tag([he, Token(token.span, token.text, ""), Token(after.span, after.text, "")])
    if tags[1].tag not in {"VBD", "VBZ"}:
        return start
    for later in tokens[end:]:
        if later.text in {".", ";", "!", "?"}:
            break
        if later.tag in FINITE_TAGS:
            return start
    return k + 1


def _participle_modifier(token: Token, after: Token, before: Token | None) -> bool:
    """Is a lower-case word in "-ed" an adjective qualifying the title after it, as where
    no subject or auxiliary stands before it to make it a verb: after a determiner, a
    possessive, or where its phrase opens ("the decorated war veteran", ", syndicated radio
    host"), not "the board has hired | campaign manager", "said | campaign manager"?"""
    lower = token.text.lower()
    return (
        token.text.islower()
        and lower.endswith("ed")
        and lower not in lexicons.cue_forms()
        and after.text.islower()
        and (
            before is None
            or before.tag in {"DT", "PRP$"}
            or is_possessive(before)
            or before.text in CLAUSE_OPENERS | OPENING_QUOTES
        )
    )


DEGREE_PREFIXES = ("best", "well", "long", "top", "hard", "far")  # not "high": "highlighting"


def _participial(token: Token) -> bool:
    """A hyphenated participle, an adjective ("best-selling", "Oscar-winning"), or one
    written as one word after an adverb of degree ("bestselling", "hardworking"): a verb
    so compounded takes no object."""
    first, _, last = token.text.rpartition("-")
    if not first:
        lower = token.text.lower()
        return token.text.isalpha() and any(
            lower.startswith(p) and len(lower) - len(p) >= 6 and lower.endswith("ing")
            for p in DEGREE_PREFIXES
        )
    return nlp.is_lower_word(last) and last.endswith(("ing", "ed"))


def _foreign_title(sentence: Sentence, k: int) -> bool:
    """Is ``tokens[k]``, right before a name, a title in another language ("said
    Ayatollah Ali Khamenei", "Taoiseach Enda Kenny said", "Datuk Seri Najib Razak"): a
    capitalised word no English text writes in lower case, no first name nor listed place
    or organisation, which the name does not take in, where a noun phrase opens (the
    sentence, a quotation's close, a comma or a verb of saying before it; not inside a
    run of capitalised words), right before the name (no honorific between: "#Franceisstrong
    Mr. Trump")?"""
    tokens = sentence.tokens
    if tokens[k].tag not in NOUN_TAGS or not _foreign_title_word(tokens[k]):
        return False  # (a noun: "Ayatollah" is tagged NN when read alone)
    if k + 1 < len(tokens) and not is_capitalised(tokens[k + 1]):
        return False  # "Trump | and Texas Sen. Ted Cruz": the word before "and" is no
        # title of the name after it
    m = k
    while m > 0 and not sentence.boundary(m - 1) and _foreign_title_word(tokens[m - 1]):
        m -= 1  # "Datuk | Seri"
    before = tokens[m - 1] if m > 0 and not sentence.boundary(m - 1) else None
    return (
        before is None
        or before.text in CLOSING_QUOTES | {",", ":"}
        or before.text.lower() in {"said", "says", "told", "the"}
    )


def _foreign_title_word(token: Token) -> bool:
    """A capitalised word of four letters or more that no English text writes in lower
    case, no first name, listed place or organisation ("Ayatollah", "Datuk", "Seri")."""
    word = token.text
    return (
        len(word) > 3
        and word.isalpha()
        and word.istitle()
        and word.lower() not in nlp.common_words()
        and not nlp.is_first_name(word)
        and not nlp.known_spans([word])
    )


def _opens_sentence(before: Token | None) -> bool:
    return before is None or before.text in {".", "!", "?"} | OPENING_QUOTES


def _lower_case_tag(token: Token, after: Token) -> str:
    """The tag of ``token`` written in lower case, before ``after``."""
    lowered = [Token(token.span, token.text.lower(), ""), Token(after.span, after.text, "")]
    return nlp.tag(lowered)[0].tag


def _verbish(word: str) -> bool:
    """ "said", "warning", "reported": a verb, not part of a title."""
    lower = word.lower()
    return lower not in MODIFIERS and (
        lower in lexicons.cue_forms()
        or lower.endswith(("ed", "ing"))
        and not role_word(lower)
        or lower.endswith("s")
        and not lower.endswith("ss")
        and lower[:-1] in lexicons.cue_forms()
    )


def _participle_before_name(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is token ``k`` a participle the tagger made of an adjective before a place's name
    ("the governor of neighboring/VBG Utah, Martin Oakes,")?"""
    return tokens[k].tag == "VBG" and k + 1 < end and tokens[k + 1].tag == "NNP"


def apposed_before(sentence: Sentence, i: int, after_name: int) -> tuple[int, int] | None:
    """The noun phrase a name starting at token ``i`` is set beside: "a spokeswoman, Anna
    White, said", "said the governor's press secretary, Ana Ruiz.", "Another superdelegate,
    Michael Brown of Washington, D.C., explained" — the phrase names a role and opens its
    clause (not "In a statement to a reporter, Smith said"); or a dash opens the aside the
    name stands in ("A former Republican presidential candidate -- John McCain, who lost
    the 2008 election to Obama -- said")."""
    tokens = sentence.tokens
    while i > 2 and _courtesy_before_name(tokens[i - 1]):
        i -= 1  # "Its spokeswoman, Mrs. | Ann Lee,", "Britain's ambassador, Sir | Ann Lee,"
    if i < 2 or tokens[i - 1].text != "," and tokens[i - 1].text not in ASIDE_DASHES:
        return None
    if naming_clause_start(tokens, i) is not None:
        return None  # "a nurse who gave only her family name, | Kim": "her family name" is
        # what the clause gives, no role
    after_name = past_origin(tokens, after_name)
    if after_name < len(tokens) and not (
        tokens[after_name].text in {",", ".", ";", ":", ")"} | DASHES
        or tokens[after_name].tag in FINITE_TAGS
    ):
        return None
    end = i - 1
    k = _apposed_opener(sentence, end)
    start = k + 1
    one_of = (  # "One of his advisers, Tad Devine,": a plural role, the phrase opened by "one"
        k > 1
        and tokens[k].tag in {"DT", "PRP$"}
        and [t.text.lower() for t in tokens[k - 2 : k]] == ["one", "of"]
    )
    if one_of:
        k -= 3
        start = k + 1
    opener = tokens[k] if k >= 0 else None
    if opener is None and not sentence.opens:
        return None  # the words before are cut off: no telling where the phrase begins
    if (
        start >= end
        or opener is not None
        and not _opens_apposed(tokens, k, end, after_name, one_of)
    ):
        return None
    if opener is not None and opener.text.lower() in {"that", "this", "these", "those"}:
        return None  # "that candidate, Bernie Sanders": a reference back, not a role
    opens_clause = after_name < len(tokens) and tokens[after_name].tag in FINITE_TAGS
    if opens_clause and (_predicate_of_another(tokens, k) or _object_of_verb_before(tokens, k)):
        return None  # "if Trump is the GOP nominee, Rubio gave": the copula's predicate
    if _after_apposed_name(tokens, k):
        return None  # "Dean Johnson, a salesman from Sumter, South Carolina": another's
    phrase = start + 3 if one_of else start  # past "one of his"
    if not one_of and tokens[phrase].text == "One" and tokens[phrase].tag == "CD":
        phrase += 1  # "One | plaintiff, Ollie Banks,": the number opening the sentence as
        # its article, capitalised by its place
    if not _apposed_role_head(tokens, k, phrase, end, after_name, one_of):
        return None
    return (start - 1 if opener is not None and opener.tag in {"DT", "PRP$"} else start, end)


def _apposed_opener(sentence: Sentence, end: int) -> int:
    """Where the phrase before the comma (or dash) at ``end`` stops, read back while its
    words can make a role's noun phrase: the index of the word before it (an article or
    possessive that opens it, or what the phrase follows), -1 at the sentence's start."""
    tokens = sentence.tokens
    office = _office_of(sentence, end - 1)  # "Secretary of State for Transport", "Minister
    if office is not None:  # of Trade, Industry and Energy": whole
        office = _first_of_joined_offices(sentence, office)
    k = end - 1 if office is None else office - 1
    while k >= 0 and not sentence.boundary(k):
        if tokens[k].tag in {"DT", "PRP$"}:
            if _time_possessive(tokens, k):
                k -= 1  # "This year's | headliner, X,": the time owns the role as "Last
                continue  # year's" does, no reference back ("that candidate, X")
            if k > 1 and tokens[k - 1].text.lower() in PREPOSITIONS and _role_before(tokens, k - 2):
                k -= 2  # "a spokesman for | the Green Party", "secretary of state for | the
                continue  # elderly", not "a statement to | a reporter"
            break
        if _when_noun(tokens, k):
            break  # "misstated the year | Pershing Square's founder, William A. Ackman,"
        if not _apposed_word(tokens, k, end):
            break
        k -= 1
    return k


def _apposed_word(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Can ``tokens[k]`` stand inside a role's noun phrase ending at ``end`` ("the
    chancellor | of Baylor University, Starr" goes on)?"""
    token = tokens[k]
    return (
        phrase_noun(token)
        or is_possessive(token)
        or token.tag in {"JJ", "JJS", "VBN", "CD"}
        or inside_name(tokens, k)
        or and_in_named(tokens, k)  # "a spokesman for the Department of Health | and
        # | Human Services, Rob Tate,"
        or _and_in_title(tokens, k, end)  # "The Police | and | Crime Commissioner, X,"
        or _and_of_roles(tokens, k, end)
        or _field_list(tokens, k, end)  # "Japan's economy | , | trade | and | industry
        # minister, Kubota Shinji,"
        or token.text.lower() in PREPOSITIONS
        and k > 0
        and strong_role(tokens[k - 1])
        or _grading_adverb(tokens, k, end)
        or _participle_before_name(tokens, k, end)
    )


def _opens_apposed(
    tokens: Sequence[Token], k: int, end: int, after_name: int, one_of: bool
) -> bool:
    """Does ``tokens[k]`` open the phrase set beside the name: an article or possessive
    opening its clause, or one of a clause's openers, a finite verb, a time ("the year")
    or, where the name's clause is closed, a conjunction or relative?"""
    opener = tokens[k]
    closed = (
        _closed_before_verb(tokens, after_name)
        or _object_beside(tokens, k, after_name)
        or _closes_sentence(tokens, after_name)
        or _relative_beside(tokens, k, end, after_name)
        or _verb_object_beside(tokens, k, after_name)
    )
    return (
        opener.tag in {"DT", "PRP$"}
        and (_clause_starts(tokens, k) or closed)
        or opener.text in CLAUSE_OPENERS
        or opener.tag in FINITE_TAGS
        or _when_noun(tokens, k)
        or one_of
        and (cue_verb(opener) or misread_verb(opener))
        or closed
        and opener.tag in {"CC", "WDT", "WP"}  # not "who served as | White House
        # counsel under Mr. Bush's father, George Bush, ticked": a clause's predicate
        or _beside_named_conjunct(tokens, k if opener.tag in {"DT", "PRP$"} else k + 1, after_name)
    )


def _apposed_role_head(
    tokens: Sequence[Token], k: int, phrase: int, end: int, after_name: int, one_of: bool
) -> bool:
    """Does the phrase from ``phrase`` to ``end`` (``tokens[k]`` before it) have a head
    that names a role, and is it no capitalised name of something else?"""
    head = _first_head(tokens, _past_owner(tokens, phrase, end), end)
    if head is None or not (
        strong_role(tokens[head])
        or one_of
        and plural_role(tokens[head].text)
        or _owned_beside_last(tokens, k, head, after_name)
        or _definite_agent_beside(tokens, k, head, after_name)
        or _dated_agent_beside(tokens, phrase, head, after_name)
        or _person_phrase_head(tokens, phrase, head)
    ):
        return False
    # "The Transport Secretary, Mark Harper, said", "The Opposition Leader, X,", "Kenya's
    # Cabinet Secretary for Health, Ann Lee,": a title capitalised, a definite's or an owner's
    return not is_capitalised(tokens[phrase]) or (
        any(role_word(t.text) and t.text.islower() for t in tokens[phrase:end])
        or any(possessor(tokens, m) for m in range(phrase + 1, head))
        or k >= 0
        and tokens[k].tag == "DT"
        and _capitalised_office(tokens[head])
    )


def _beside_named_conjunct(tokens: Sequence[Token], first: int, after_name: int) -> bool:
    """Does a phrase from ``first`` follow a name and "and" or "or", and the name after the
    phrase close with a comma ("should provide Obama and | this year's entertainer, Larry
    Wilmore, | plenty of material"), so that the phrase is set beside the second of two
    people joined, wherever the pair stands in its clause?"""
    return (
        first > 1
        and tokens[first - 1].text.lower() in {"and", "or"}
        and tokens[first - 2].tag in nlp.PROPER_TAGS
        and after_name < len(tokens)
        and tokens[after_name].text == ","
    )


def _time_possessive(tokens: Sequence[Token], k: int) -> bool:
    """Does the word at ``k`` open a time's possessive ("this year's", "that week's",
    "Last month’s")?"""
    return (
        tokens[k].text.lower() in {"this", "that", "next", "last"}
        and k + 2 < len(tokens)
        and tokens[k + 1].text.lower() in WHEN_NOUNS
        and is_possessive(tokens[k + 2])
    )


def _capitalised_office(token: Token) -> bool:
    """A capitalised title or role noun ("Secretary", "Leader", "Commissioner")."""
    return nlp.is_title(token.text) or (
        token.text[:1].isupper() and token.text.lower() in lexicons.role_nouns()
    )


def _and_of_roles(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` an "and" joining two roles of one person in a phrase set beside a
    name ("Kestrel's co-founder | and | chief technology officer, Owen Pryce"): a role
    word before it, no determiner after it (two people: "the senator and the governor's
    aide, Ann Ruiz"), and a role word heading what follows up to the comma?"""
    return (
        0 < k < end - 1
        and tokens[k].text == "and"
        and strong_role(tokens[k - 1])
        and tokens[k + 1].tag not in {"DT", "PRP$"}
        and not is_possessive(tokens[k + 1])
        and any(strong_role(t) for t in tokens[k + 1 : end])
    )


def _field_list(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` a comma or an "and" in a list of lower-case fields qualifying the
    role noun after them, in a phrase set beside a name ("the economy | , | trade | and |
    industry minister, Ann Lee,")? The words joined are singular common nouns that name no
    person (not "doctors, nurses and hospital staff"), and an "and" closes the list before
    the role noun."""
    if not 0 < k < end - 2 or tokens[k].text not in {",", "and"}:
        return False
    closing = next((m for m in range(k, end) if tokens[m].text == "and"), None)
    return (
        closing is not None
        and closing + 2 < end
        and all(_field(t) for t in tokens[k - 1 : closing + 2] if t.text not in {",", "and"})
        and strong_role(tokens[closing + 2])
    )


def _field(token: Token) -> bool:
    """Is ``token`` a lower-case common noun that names no person ("trade", "fisheries")?"""
    return (
        token.tag in {"NN", "NNS"}
        and nlp.is_lower_word(token.text)
        and not role_word(token.text)
        and not plural_role(token.text)
    )


def _when_noun(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` a lower-case noun of time a capitalised word follows, so that a
    clause of its own opens after it with "when" left out ("the year | Pershing Square's
    founder ... first began", "the week | Trump's campaign manager ... was charged")? The
    noun is no part of the phrase after it."""
    token = tokens[k]
    return token.text in WHEN_NOUNS and k + 1 < len(tokens) and is_capitalised(tokens[k + 1])


def _grading_adverb(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Does an adverb at ``k`` grade the adjective after it, inside a phrase before a
    name ("the most influential leader of Iowa's politically activist evangelicals, |
    Bob"): "most", "more", "very" or one in "-ly", not "also" or "not"?"""
    token = tokens[k]
    return (
        token.tag in {"RB", "RBR", "RBS"}
        and k + 1 < end
        and tokens[k + 1].tag in {"JJ", "JJR", "JJS", "VBN"}
        and (token.tag != "RB" or token.text.lower() == "very" or token.text.endswith("ly"))
    )


def named_before(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The noun phrase naming a role that a name starting at token ``i`` is given to by
    "known as", "named" or "called" ("said the base chief known as | Bob", "an economist
    named | Ann Lee"): a determiner, modifiers and a strong role noun right before the
    participle, not "a man named Bob" (no role) nor "the group called" (no person); a noun
    that is a role by its "-er" ending alone only in an indefinite phrase ("a worker named
    Antonio Arroyo")."""
    tokens = sentence.tokens
    words = [t.text.lower() for t in tokens[max(0, i - 2) : i]]
    if words[-2:] == ["known", "as"]:
        end = i - 2
    elif words[-1:] and words[-1] in {"named", "called"} and tokens[i - 1].tag == "VBN":
        end = i - 1
    else:
        return None
    if end < 2 or not names_role(tokens[end - 1]) or not tokens[end - 1].text.islower():
        return None
    weak = not strong_role(tokens[end - 1])  # "a worker named": a role by its "-er" alone
    k = end - 2
    while k >= 0:
        placed = _place_with_state(tokens, k)  # "a Salem, N.H., | resident named"
        if placed is not None:
            k = placed - 1
            continue
        if not (tokens[k].tag in MODIFIER_TAGS | NOUN_TAGS or is_possessive(tokens[k])):
            break
        if sentence.boundary(k):
            return None
        k -= 1
    if k < 0 or tokens[k].tag not in {"DT", "PRP$"}:
        return None  # no determiner opening the phrase: unsure where it begins
    if weak and tokens[k].text.lower() not in {"a", "an"}:
        return None  # "the server named ...": only an indefinite phrase introducing a
        # person by name ("a worker named Antonio Arroyo") makes an "-er" noun a role
    return (k + 1 if tokens[k].text.lower() in {"a", "an", "the"} else k, end)


def copula_before(sentence: Sentence, i: int, after_name: int) -> tuple[int, int] | None:
    """The role a sentence gives a name starting at token ``i`` as its copula's complement:
    "The county's top prosecutor is | Lisa Grant.", "The new chairman of the party is | Tom
    Hale." — a noun phrase naming a role opens the sentence, "is" or "was" follows it and
    the name ends the clause; not "The latest is Rep. Joe Wilson" (no role), nor a phrase
    cut off by the window (no telling where it begins)."""
    tokens = sentence.tokens
    if i < 2 or tokens[i - 1].text.lower() not in COPULAS:
        return None
    if after_name < len(tokens) and tokens[after_name].text not in {",", ".", ";", "!", "?"}:
        return None  # "The question is Trump's": the name opens a longer phrase
    k = i - 2
    while k >= 0 and tokens[k].text not in CLAUSE_STOPS and not sentence.boundary(k):
        k -= 1
    if k < 0 and not sentence.opens or k >= 0 and tokens[k].text != ".":
        return None  # cut off, or a clause after a comma ("If elected, the mayor is ...")
    start = k + 1
    if tokens[start].tag not in {"DT", "PRP$"} and not is_possessive(tokens[start]):
        return None  # "Among the speakers was Ann Lee"
    found = role_phrase(sentence, start, ends_clause=False)
    if found is None or found[1] != i - 1:
        return None
    head = _first_head(tokens, start, i - 1)
    if head is None or not strong_role(tokens[head]):
        return None
    return (start + 1 if tokens[start].text.lower() in {"a", "an", "the"} else start, i - 1)


def _place_with_state(tokens: Sequence[Token], k: int) -> int | None:
    """Where a place and its state set off by commas, ending with the comma at ``k``,
    begin inside a noun phrase ("a 52-year-old | Salem, N.H., | resident"): a capitalised
    word, a comma, an abbreviated state or a listed place, a comma."""
    if k < 3 or tokens[k].text != "," or tokens[k - 2].text != ",":
        return None
    state, place = tokens[k - 1].text, tokens[k - 3]
    abbreviated = re.fullmatch(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}", state)
    if not (abbreviated or is_place([state])) or not is_capitalised(place):
        return None
    return k - 3


def _person_phrase_head(tokens: Sequence[Token], phrase: int, head: int) -> bool:
    """Do the lower-case noun ``tokens[head]`` and the word before it, both inside the
    phrase from ``phrase``, make a two-word noun for a person
    (:func:`core.phrases.person_compound`: "Trump's | running mate, | Mike Pence")? Neither
    word need be a role noun alone."""
    return phrase < head and nlp.is_lower_word(tokens[head].text) and person_compound(tokens, head)


def _owned_beside_last(tokens: Sequence[Token], k: int, head: int, after_name: int) -> bool:
    """Is a phrase before a name opened (at ``k``) by "his", "her", "its" or "their", its
    head a lower-case singular noun, and the name the last words of its sentence ("would
    not exist if not for his corporate patron, | Rupert Murdoch."), or the phrase and the
    name set off by commas together the subject of a clause ("His digital mastermind, |
    Teddy Goff, helms"), so that the phrase says what the person is to its owner, whatever
    the noun (not "In his response, Steve Coll, said", where a preposition governs it)?"""
    noun = tokens[head]
    owned = k >= 0 and (
        tokens[k].tag == "PRP$"  # "his digital mastermind", or a noun's: "the band's singer"
        or tokens[k].text.lower() == "the"
        and head == k + 3
        and is_possessive(tokens[k + 2])
        and tokens[k + 1].tag == "NN"
        and tokens[k + 1].text.islower()
    )
    return (
        owned
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and noun.text not in TIME_WORDS
        and (
            _closes_sentence(tokens, after_name)
            or noun.text in KIN_GENDER
            or _clause_starts(tokens, k)
            and _closed_before_predicate(tokens, after_name)
            or _verb_object_beside(tokens, k, after_name)
        )
    )


def _verb_object_beside(tokens: Sequence[Token], k: int, after_name: int) -> bool:
    """Is a phrase opened at ``k`` the object of a verb right before it (no copula), the
    name after it set off by commas and closed before a participle, a relative pronoun or
    a preposition ("has sued | the band's singer, Casey Lamb, claiming", "fired | his
    campaign manager, Ann Lee, on Monday"), so that the phrase is set beside the name?"""
    return (
        k > 0
        and tokens[k - 1].tag in {"VBD", "VBN", "VBZ", "VBP", "VB"}
        and tokens[k - 1].text.lower() not in BE_FORMS
        and after_name + 1 < len(tokens)
        and tokens[after_name].text == ","
        and (
            tokens[after_name + 1].tag in {"VBG", "IN", "TO"}
            or tokens[after_name + 1].text.lower() in RELATIVES
        )
    )


def _definite_agent_beside(tokens: Sequence[Token], k: int, head: int, after_name: int) -> bool:
    """Is a phrase before a name "the" (or "a", "another", "one") and a lower-case
    singular noun, the two set off by commas together the subject opening a clause ("The
    instructor, | Ron Kessler, 61, said", "The defendant, | Wesley Crane, apologized", "One
    plaintiff, | Ollie Banks, 81, of Kansas City, has"), so that the noun is the person's
    role though no list holds it (strong_role refuses a bare "-er" or "-or", "server", and
    knows no "defendant")? The apposition says what the person is, as a possessive's does
    (_owned_beside_last), when the noun names a person by what they do or is a kind of
    person (not "The latter, | Ann Lee,", "One woman, | Ann Lee,"); only where the name
    closes before the clause's predicate, and no time ("The next day, | Ann Lee, ...")."""
    noun = tokens[head]
    aged = [t.text if t.tag != "CD" else "CD" for t in tokens[after_name : after_name + 3]]
    if aged == [",", "CD", ","]:
        after_name += 2  # past an age: "Ron Kessler, | 61, | said"
    if head == k + 2 and tokens[k + 1].text.lower() == "one":
        k += 1  # "One | plaintiff, Ollie Banks, 81,": the number as an article
    return (
        k >= 0
        and tokens[k].text.lower() in _AGENT_ARTICLES
        and head == k + 1
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and noun.text not in TIME_WORDS | WHEN_NOUNS
        and (lexicons.agent_noun(noun.text) or noun.text in lexicons.person_nouns())
        and _clause_starts(tokens, k)
        and _closed_before_predicate(tokens, after_name)
    )


def _dated_agent_beside(tokens: Sequence[Token], phrase: int, head: int, after_name: int) -> bool:
    """Is the phrase before a name a time's possessive and a lower-case singular noun
    naming a person by what they do, the two set off by commas together the subject of a
    clause ("Last month's | winner of the county straw poll, Delbert Gaines, said")? The
    time marks the role as "the" does (:func:`_definite_agent_beside`)."""
    noun = tokens[head]
    return (
        _time_possessive(tokens, phrase)
        and head == phrase + 3
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and (lexicons.agent_noun(noun.text) or noun.text in lexicons.person_nouns())
        and _closed_before_predicate(tokens, after_name)
    )


_AGENT_ARTICLES = frozenset({"the", "a", "an", "another", "one"})  # "A plaintiff, | X,"


def _closed_before_predicate(tokens: Sequence[Token], after_name: int) -> bool:
    """Is a name closed by a comma before its clause's predicate: a verb, or any lower-case
    word but a conjunction (the tagger reads "helms" of "Teddy Goff, helms Clinton's
    efforts" as a proper noun; "Ann Lee, and" goes on with a list)?"""
    if _closed_before_verb(tokens, after_name):
        return True
    if after_name + 1 >= len(tokens) or tokens[after_name].text != ",":
        return False
    word = tokens[after_name + 1]
    return nlp.is_lower_word(word.text) and word.tag != "CC"


def _relative_beside(tokens: Sequence[Token], k: int, end: int, after_name: int) -> bool:
    """Is the phrase before a name "his", "her" or "their" and a relative alone, the name
    set off by commas ("and his wife, | Ann Lee, 27, pleaded"): the person is that relative
    wherever the phrase stands (a relative is no response or statement a name could follow
    as a new clause's subject)?"""
    return (
        k >= 0
        and tokens[k].tag == "PRP$"
        and end == k + 2
        and tokens[k + 1].text in KIN_GENDER
        and after_name < len(tokens)
        and tokens[after_name].text == ","
    )


def _closed_before_verb(tokens: Sequence[Token], after_name: int) -> bool:
    """Is a name closed by a comma before its clause's verb, so that a phrase before it
    and its comma is set beside it wherever the phrase stands: after a preposition ("a
    study by | an influential Russian sociologist, Mikhail E. Dmitriyev, concluded": its
    determiner opens it), a conjunction ("The company and | France's secretary of state
    for the elderly, Pascale Boistard, confirmed") or a relative pronoun ("that | the
    previous Republican presidential nominee, Mitt Romney, called"); not a phrase ending
    where the name's clause opens ("In a statement to a reporter, Smith said")?"""
    return (
        after_name + 1 < len(tokens)
        and tokens[after_name].text == ","
        and (tokens[after_name + 1].tag in FINITE_TAGS or cue_verb(tokens[after_name + 1]))
    )


def _closes_sentence(tokens: Sequence[Token], after_name: int) -> bool:
    """Does a name end its sentence, so that a phrase before it and its comma, wherever
    it stands, is set beside it ("holdouts such as Ryan and | the party's 2012 nominee,
    Mitt Romney."): no list goes on with one more item after its "and"?"""
    return after_name == len(tokens) or tokens[after_name].text in {".", "!", "?"}


def _object_of_verb_before(tokens: Sequence[Token], k: int) -> bool:
    """Does a phrase opened by a determiner at ``k`` follow a verb other than a copula or
    one of saying, so that it is that verb's object ("where voters support | the
    president, Mrs. Clinton devotes ...") and no phrase set beside a name that opens a
    clause of its own?"""
    verb = tokens[k - 1] if k > 0 else None
    return (
        verb is not None
        and tokens[k].tag in {"DT", "PRP$"}
        and verb.tag in FINITE_TAGS | {"VB"}
        and verb.text.lower() not in BE_FORMS
        and not cue_verb(verb)
    )


def _predicate_of_another(tokens: Sequence[Token], k: int) -> bool:
    """Does a phrase opened at ``k`` follow a copula whose subject is no "he" or "she"
    ("if Trump is | the GOP nominee, Rubio gave": Trump's, where the name opens a clause of
    its own; not "Now that he is | the presumptive Republican nominee, Donald Trump has",
    which tells of the name after it)?"""
    for b in (k, k - 1):
        if b >= 0 and tokens[b].text.lower() in BE_FORMS:
            return not (b > 0 and tokens[b - 1].text.lower() in {"he", "she"})
    return False


def _object_beside(tokens: Sequence[Token], k: int, after_name: int) -> bool:
    """Is a name closed by a comma before a relative pronoun, "that" or a preposition, with
    the phrase before it the object of a preposition inside its clause, so that the phrase
    is set beside the name ("complaints by | the secretary of the Treasury, Jacob J. Lew,
    that ...", "came from | the chairman, Ann Lee, who ...", "was sent from | the club's
    executive director, Jeremy Boreing, to ..."); not an opening adjunct ("In a statement
    to a reporter, Smith, who ...")?"""
    if not (
        k > 1
        and tokens[k].tag in {"DT", "PRP$"}
        and tokens[k - 1].tag == "IN"
        and after_name + 1 < len(tokens)
        and tokens[after_name].text == ","
        and (
            tokens[after_name + 1].text.lower() in RELATIVES
            or tokens[after_name + 1].tag in {"IN", "TO"}
        )
    ):
        return False
    m = k - 2
    while m > 0 and tokens[m - 1].text not in CLAUSE_OPENERS:
        m -= 1
    return m < k - 1 and tokens[m].tag not in {"IN", "TO"}  # the clause opens no adjunct


def _role_before(tokens: Sequence[Token], k: int) -> bool:
    """Does a role noun end at ``tokens[k]`` or head the nouns and complements that do
    ("secretary of state | for the elderly"), within a few words? Not a title before a
    name, which takes no complement ("conflated candidate Ted Cruz | with the former
    governor, George Wallace.")."""
    for m in range(k, max(-1, k - 6), -1):
        if strong_role(tokens[m]):
            named = m < k and tokens[m + 1].tag in nlp.PROPER_TAGS and is_capitalised(tokens[m + 1])
            return not named
        if not (phrase_noun(tokens[m]) or tokens[m].text.lower() in PREPOSITIONS | {"the"}):
            return False
    return False


def _after_apposed_name(tokens: Sequence[Token], k: int) -> bool:
    """Does a name with a comma end at ``tokens[k]``, so that a phrase after it is that
    name's appositive, not one set beside the name that follows? Not a name in a fronted
    phrase ("In Tamarac, the owner of the club, Mark Schmidt, ...", "On CNN Tuesday, his
    wife, Jane, called"), but one compared ("Like Ann Lee, the former customer, X")."""
    if k < 2 or tokens[k - 1].text != "," or tokens[k - 2].tag not in nlp.PROPER_TAGS:
        return False
    m = k - 2
    while m >= 0 and tokens[m].tag in nlp.PROPER_TAGS:
        m -= 1  # back over the capitalised run: "On | CNN Tuesday, his wife, Jane, called"
    return not (
        m >= 0 and tokens[m].tag in {"IN", "TO"} and tokens[m].text.lower() not in COMPARING
    )


# Prepositions that compare the person they name with the clause's subject: the phrase
# after "Like Ann Lee," is hers ("Like Ann Lee, the former Acme customer, Bob Roffman
# wants ..."), not Roffman's, as a place's is not ("In Tamarac, the owner ..., X,").
COMPARING = frozenset({"like", "unlike"})


def _clause_starts(tokens: Sequence[Token], k: int) -> bool:
    """Does a clause start at ``tokens[k]``, past an opening adverb ("Now | the chancellor
    of Baylor University, Starr has ...")?"""
    if k > 0 and tokens[k - 1].text.lower() in OPENING_ADVERBS:
        k -= 1
    return k == 0 or tokens[k - 1].text in CLAUSE_OPENERS or tokens[k - 1].tag in FINITE_TAGS


def _courtesy_before_name(token: Token) -> bool:
    """An honorific ("Mrs.") or a capitalised title word not read as the name's title
    ("Sir")."""
    return honorific(token) or token.text[:1].isupper() and lexicons.is_title_word(token.text)


_NAME_JOINERS = frozenset({"of", "on", "for", "and", "&", "the"})  # "Council on Foreign Relations"


def _past_owner(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the phrase ``tokens[start:end]`` goes on past its owner, a name with a
    possessive that opens it ("The Bank of America's | chief economist"), so that the
    owner's own preposition is not taken for the phrase's; ``start`` where no owner opens
    it."""
    if start >= end or not is_capitalised(tokens[start]):
        return start  # "a spokesman for Sen. Rubio's campaign": the role noun opens it
    for k in range(start + 1, end):
        if possessor(tokens, k):
            return k + 1
        if not is_capitalised(tokens[k]) and tokens[k].text not in _NAME_JOINERS:
            return start  # "the most influential leader of | Iowa's ...": no owner opens it
    return start


def _first_head(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The last noun before the first preposition of ``tokens[start:end]``."""
    head = None
    for k in range(start, end):
        if tokens[k].text.lower() in PREPOSITIONS and head is not None:
            break
        if phrase_noun(tokens[k]):
            head = k
    return head
