"""Asides, appositives and relative clauses set off around a speaker's name.

A sentence may set words off between a speaker and the cue ("X, the minister, told
reporters", "X, who still writes, said"), name a speaker in an appositive ("said one, a
welder, Josh Kreider", "a teacher named Olaf Kessler") or hang a relative clause on a
name ("a frontal attack on Trump, who has ..."). Here is the grammar over tagged tokens
that reads past such asides to the subject, finds the name an appositive or "named"
gives, and the antecedent a "who" or a reduced relative takes."""

from __future__ import annotations

from core import lexicons, nlp
from core.document import Token
from core.grammar_tags import CLAUSE_OPENERS, NOUN_PHRASE_TAGS
from core.kind_evidence import kin_noun, organisation_appositive, organisation_noun
from core.phrases import (
    CLAUSAL_IN,
    FINITE_TAGS,
    NOUN_MODIFIER_TAGS,
    NP_INNER,
    RELATIVE_WORDS,
    appositive_name,
    aside_dash,
    head_word,
    holds_name,
    name_tokens,
    person_noun,
    plural_head,
    relative_antecedent,
    thing_noun,
)

ACCESS_PARTICIPLES = frozenset({"seen", "obtained", "reviewed", "viewed", "acquired", "examined"})
DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their"})
DESCRIBING_TAGS = frozenset({"JJ", "NN", "CD", "HYPH", "VBN"})  # "the deputy press secretary"


def object_named(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The antecedent of "who": a name that is the object of the noun phrase's last
    preposition after a noun for a thing ("a frontal attack on Trump, who has said":
    Trump; no place: "a staff member for the campaign in Philadelphia who"), since "who"
    stands for a person, or a noun for a person there after a noun for no person, people
    or organisation ("a lecture from the Mexican president, who said": the president;
    "the support of a retired general who suggested": the general, not the support);
    else the whole noun phrase ("a spokesman for Clinton, who", "the wife of the
    senator, who")."""
    i, j = np
    for n in range(j - 2, i, -1):
        if tokens[n].text in NP_INNER:
            named = tokens[n + 1 : j]
            if (
                thing_noun(tokens[n - 1])
                and name_tokens(named) is not None
                and not _place(named)  # "the campaign in Philadelphia who": no "who"
            ):
                return (n + 1, j)
            last = named[-1]
            if (
                last.tag == "NN"
                and person_noun(last.text.lower())
                and not _holds_someone(tokens[n - 1])
            ):
                return (n + 1, j)
            return np
    return np


def _place(words: list[Token]) -> bool:
    """Are ``words`` a place the gazetteer lists ("Philadelphia", "New Mexico")?"""
    return all(mark == "LOC" for mark in nlp.gazetteer_marks([w.text for w in words]))


def _holds_someone(noun: Token) -> bool:
    """Can the noun ``noun``, the head before a preposition, be the one a "who" after
    its object stands for: a noun for a person or people ("spokesman", "wife", "aides",
    "Democrats", "gunman") or an organisation ("campaign", "union"), or no common
    noun at all?"""
    word = noun.text.lower()
    bare = word.removesuffix("s")
    return (
        noun.tag not in {"NN", "NNS"}
        or person_noun(word)
        or person_noun(bare)
        or kin_noun(bare)
        or lexicons.agent_noun(bare)
        or lexicons.party_member(bare)
        or organisation_noun(word)
    )


def participle_holder(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The antecedent of "who" when ``np`` is a thing's noun phrase after a participle
    or adjective and its preposition, that after a noun for a person: the whole phrase
    from the person's ("one Republican involved in the planning, who spoke": not "the
    planning", which ``np_before`` stops at, since "who" stands for a person and the
    thing is only the participle's object); else ``np``."""
    i, j = np
    if i < 3 or not thing_noun(tokens[j - 1]) or name_tokens(tokens[i:j]) is not None:
        return np
    if tokens[i - 1].tag != "IN" or tokens[i - 2].tag not in {"VBN", "VBD", "VBG", "JJ"}:
        return np
    head = tokens[i - 3]
    if not (
        head.tag in {"NN", "NNS"}
        and (person_noun(head.text.lower()) or lexicons.agent_noun(head.text.lower()))
        or lexicons.party_member(head.text.removesuffix("s"))
    ):
        return np
    start = i - 3
    while start > 0 and tokens[start - 1].tag in NOUN_PHRASE_TAGS:
        start -= 1
    return (start, j)


def name_of_appositive(
    text: str, tokens: list[Token], np: tuple[int, int]
) -> tuple[int, int] | None:
    """The name an indefinite noun phrase for an organisation stands beside as its
    appositive ("Lumen Trust, a foundation that says": Lumen Trust; see
    :func:`kind_evidence.organisation_appositive`), the words from the name's first
    capitalised word (across "for", "of", "and": "Democracy for America") to the comma,
    which a relative pronoun after the phrase stands for; None otherwise."""
    i, _ = np
    if i < 2 or tokens[i - 1].text != "," or tokens[i].text.lower() not in {"a", "an"}:
        return None
    k = i - 1
    while k > 0 and (
        tokens[k - 1].tag in {"NNP", "NNPS"}
        or k > 1
        and tokens[k - 1].text in {"for", "of", "and"}
        and tokens[k - 2].tag in {"NNP", "NNPS"}
    ):  # "Democracy for America, an organization that": the whole name
        k -= 1
    if k == i - 1 or not organisation_appositive(text, tokens[i - 2].span.end):
        return None
    return (k, i - 1)


def series_antecedent(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """The antecedent of "who" after a noun phrase for a thing, in a series of relative
    clauses: the earlier "who"'s ("the Trump who questions a judge because of his
    Mexican heritage, who fights with journalists, claims": the Trump, not the heritage);
    else ``np``. The phrase is a thing's when its last word is a common noun for no person
    and it holds no name; it stands inside the earlier relative clause, no comma between
    (in "Trump, who has hit Clinton ..., released a video featuring ... two of the women
    who have accused", the first clause closed before the second "who")."""
    i, j = np
    last = tokens[j - 1]
    if last.tag != "NN" or not thing_noun(last) or name_tokens(tokens[i:j]) is not None:
        return np
    earlier = next((n for n in range(i - 1, -1, -1) if tokens[n].text.lower() == "who"), None)
    if earlier is None or any(t.text in {",", ".", ";", ":"} for t in tokens[earlier:i]):
        return np
    first = relative_antecedent(tokens, earlier)
    if first is None or first[1] > earlier:
        return np
    first = object_named(tokens, first)
    return np if thing_noun(tokens[first[1] - 1]) else first


def description_before_and(tokens: list[Token], i: int, j: int) -> int | None:
    """Where a description of the same person starts that shares its determiner with the
    one ``tokens[i:j]`` after "and" ("the Florida senator and Republican presidential
    candidate said": the senator, of one person; not "the senator and his wife")."""
    if i < 3 or tokens[i - 1].text.lower() != "and" or tokens[i].tag in {"DT", "PRP$"}:
        return None
    k = i - 2
    while k > 0 and tokens[k].tag in {"JJ", "NN", "NNP", "VBN", "HYPH"}:  # "front-runner"
        k -= 1
    if tokens[k].text.lower() != "the" or k + 1 >= i - 1:
        return None
    before, after = tokens[k : i - 1], tokens[i:j]
    nouns = lexicons.role_nouns()
    if plural_head(before) or head_word(before) not in nouns:
        return None
    return k if head_word(after) in nouns else None


def unclosed_appositive(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """ "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted", "Anthony
    Anton, president and CEO of the association stated": a name opens the clause and a
    description follows it whose closing comma the article left out; the name speaks,
    not the noun before the cue. None when a comma, a name alone ("Clinton, Sanders
    said") or no person noun stands between."""
    comma = next((n for n in range(k) if tokens[n].text == ","), None)
    if comma is None or comma == 0 or comma + 1 >= k:
        return None
    described = tokens[comma + 1 : k]
    if any(_ends_description(described, n) for n in range(len(described))):
        return None
    if (
        name_tokens(tokens[:comma]) != (0, comma)
        or not all(t.tag in nlp.PROPER_TAGS for t in tokens[:comma])  # not "Today,"
        or name_tokens(described) == (0, len(described))
    ):
        return None
    first = described[0].text.lower()
    if not (first in {"the", "a", "an"} or person_noun(first)):
        return None
    personal = any(person_noun(t.text.lower()) or t.text.lower() == "who" for t in described)
    return (0, comma) if personal else None  # "the polling guru who": a person


ASIDE_RELATIVES = frozenset({"who", "whom", "whose", "which", "where", "when", "that"})
# the words that open a clause inside an aside, whose finite verb is the clause's own
NESTED_OPENERS = ASIDE_RELATIVES | CLAUSE_OPENERS
POSSESSIVE_OPENERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def coordinated_past_asides(tokens: list[Token], a: int) -> tuple[int, int] | None:
    """The subject of a verb coordinated with the cue by "and" at ``a``, when the verb
    opens the stretch after the last comma and asides stand between it and the subject
    ("The senator, visibly caught off guard, laughed and said")."""
    c = max((n for n in range(a) if tokens[n].text == ","), default=-1)
    if c < 0 or c + 1 >= a:
        return None
    verb = tokens[c + 1]
    past = c + 2 == a and nlp.ed_before_and(tokens, c + 1)  # "laughed/NN and"
    if verb.tag not in nlp.TENSED_TAGS and not past:
        return None
    return subject_past_asides(tokens, c + 1)


def _aside_bracket(tokens: list[Token], n: int) -> bool:
    """Does ``tokens[n]`` open or close an aside: a comma or a dash set off?"""
    return tokens[n].text == "," or aside_dash(tokens, n)


def subject_past_asides(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence before the cue ``tokens[k]``, when every
    stretch between commas (or dashes) after it up to the cue is an aside about it: an
    appositive or a participle with no finite verb, a relative clause, or either holding
    a clause its own subordinator opens ("Paweł Zieliński, a chess prodigy whom she met
    in 2015 and who still writes code, said", "Helga Björnsdóttir of deCODE genetics,
    where the sequencing was done, called", "An official, speaking on condition of
    anonymity because he was not authorized to speak, said"). None unless the opening
    phrase holds a name or a person noun and a comma or dash stands before the cue."""
    if k < 4 or not _aside_bracket(tokens, k - 1):
        return None
    commas = [n for n in range(k) if _aside_bracket(tokens, n)]
    if len(commas) < 2:
        return None  # no aside ("Sanders wins R.I., vows to press on")
    first = commas[0]
    opening = tokens[:first]
    if not opening or any(
        t.tag not in NOUN_PHRASE_TAGS and not (n == 0 and t.text.lower() in POSSESSIVE_OPENERS)
        for n, t in enumerate(opening)
    ):
        return None
    if not (
        holds_name(opening)
        and opening[-1].tag in nlp.PROPER_TAGS
        or person_noun(head := opening[-1].text.lower())
        or lexicons.agent_noun(head)
    ):
        return None  # not "Low oil prices, seen as a boon, have"
    if any(t.text.lower() in lexicons.cue_forms() for t in opening):
        return None  # a headline's clause ("Rep. Gwen Graham Slams Trump, Praises ...")
    for a, b in zip(commas, commas[1:], strict=False):
        aside = tokens[a + 1 : b]
        if not aside:
            return None
        for n, token in enumerate(aside):
            if token.text in {";", ":", ".", "(", ")"}:
                return None
            if token.tag in FINITE_TAGS and not any(
                t.text.lower() in NESTED_OPENERS for t in aside[:n]
            ):
                if token.tag == "VBD" and not any(
                    t.tag[:2] in {"NN", "PR", "CD"} for t in aside[:n]
                ):
                    continue  # nothing to be its subject: a participle ("visibly caught/VBD")
                return None  # a clause of its own ("Tom Hale, Ana said, ..."): no aside
    return (0, first)


def opening_past_aside(
    tokens: list[Token], subject: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The sentence's opening subject where the last clause's ``subject`` is that of a
    clause nested in an aside set off before a finite verb of the opening's ("A government
    official, speaking on condition of anonymity because he was not authorized to speak,
    said": the official, not "he"), by :func:`subject_past_asides`; None otherwise, and
    where the subject is a relative word (it stands for its head already) or is the
    aside's own ("X, an aide named Walter Fiske, shot back": the name is the speaker's)."""
    if subject is None or tokens[subject[0]].text.lower() in RELATIVE_WORDS:
        return None
    for n in range(len(tokens) - 1, subject[1], -1):
        if tokens[n].tag in FINITE_TAGS and _aside_bracket(tokens, n - 1):
            opening = subject_past_asides(tokens, n)
            nested = opening is not None and any(
                t.text.lower() in NESTED_OPENERS for t in tokens[opening[1] : subject[0]]
            )
            return opening if nested else None
    return None


def in_closed_relative(tokens: list[Token], k: int) -> bool:
    """Is the cue ``tokens[k]`` the verb of a relative clause that a comma closes before
    the main clause's finite verb, in the same stretch ("X, who still writes the code,
    put it differently: “...”")? What follows is the main verb's, not the cue's. A finite
    verb between the relative word and the cue ("X, who declined to be named because the
    talks were continuing, said") keeps the cue in the clause only when a comma sets the
    clause off."""
    j, finite = k - 1, False
    while j >= 0 and tokens[j].text.lower() not in {"who", "whom", "which"}:
        if tokens[j].text in {",", ";", ":", ".", "(", ")"}:
            return False
        finite = finite or tokens[j].tag in FINITE_TAGS
        j -= 1
    if j < 0 or finite and (j == 0 or tokens[j - 1].text != ","):
        return False
    comma = next((m for m in range(k + 1, len(tokens)) if tokens[m].text == ","), None)
    return comma is not None and comma + 1 < len(tokens) and tokens[comma + 1].tag in FINITE_TAGS


def named_after(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The name that "named" gives a noun phrase of a person ending at ``j`` ("a
    70-year-old teacher named Olaf Kessler said"): that person speaks."""
    if j + 1 >= len(tokens) or tokens[j].text.lower() != "named":
        return None
    end = j + 1
    while end < len(tokens) and tokens[end].tag in nlp.PROPER_TAGS:
        end += 1
    name = name_tokens(tokens[j + 1 : end]) if end > j + 1 else None
    return (j + 1, end) if name == (0, end - j - 1) else None


def in_office_complement(words: list[Token], name: tuple[int, int]) -> bool:
    """Does the name ``name`` of ``words`` stand in an office's complement, after "of",
    "for" or "to" ("The Archdeacon of | Birmingham", "the ambassador to | the United
    Nations") or after an "and" joining two of its fields ("the Secretary of Health and |
    Human Services")?"""
    joined, n = {"of", "for", "to"}, name[0]
    if any(w.text in joined for w in words[max(n - 1, 1) : name[1]]):
        return True
    return n >= 2 and words[n - 1].text == "and" and any(w.text in joined for w in words[1:n])


def named_past_description(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The name set off after a first appositive that describes a noun phrase ending at
    ``j`` ("said one, a welder, Josh Kreider", "said the other, his brother, Caleb
    Kreider, 29"): two appositives of one person, the description and the name."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    if j + 1 >= len(tokens) or tokens[j + 1].text.lower() not in DESCRIPTION_OPENERS:
        return None
    k = j + 2
    while k < len(tokens) and k - j <= 8 and tokens[k].tag in DESCRIBING_TAGS:
        k += 1
    if k == j + 2 or k >= len(tokens) or tokens[k].text != "," or tokens[k - 1].tag != "NN":
        return None
    named = appositive_name(tokens, k)
    return named if named is not None and named[0] == k + 1 else None


PLACE_PREPOSITIONS = frozenset({"at", "in", "from"})  # "his friend at Lehigh, Bruce Turry"


def named_past_place(tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """The name set off after a noun for one person ``tokens[i:j]`` and a phrase of place
    or time ("said his best friend at Lehigh, Bruce Turry", "wrote the American
    ambassador at the time, John E. Herbst"): the name is the person's, as right after
    the noun. Not after "of", "for" or "to", whose object may be the one the name sets off
    ("an aide to the senator, Jo Hale"), nor after a phrase ending in a person noun."""
    head = tokens[j - 1].text if j > i else ""
    if not (head.islower() and person_noun(head)) or tokens[j - 1].tag != "NN":
        return None
    if j + 2 >= len(tokens) or tokens[j].text.lower() not in PLACE_PREPOSITIONS:
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 4 and tokens[k].tag in NOUN_PHRASE_TAGS:
        k += 1
    if k == j + 1 or k >= len(tokens) or tokens[k].text != ",":
        return None
    if tokens[k - 1].text.islower() and person_noun(tokens[k - 1].text):
        return None  # "a friend at the mayor, ...": whose the name is, is unsure
    named = appositive_name(tokens, k)
    return named if named is not None and named[0] == k + 1 else None


def _ends_description(described: list[Token], n: int) -> bool:
    """Does ``described[n]`` end the description after a name: punctuation, or a verb
    that is not the verb of a relative clause ("who founded")?"""
    token = described[n]
    if token.text in {",", ";", ":", "(", ")", "-", "--"}:
        return True
    relative = n > 0 and described[n - 1].text.lower() in {"who", "that"}
    return token.tag.startswith("VB") and not relative


def modifies_object_of_preposition(tokens: list[Token], k: int) -> bool:
    """Is the past participle ``tokens[k]`` a reduced relative on the object of a
    preposition ("in a video posted on her campaign website", "in a letter sent to
    members")? Then it is no finite verb: the noun before it is what was posted, not
    who posted it, and no cue. The noun phrase is common nouns and their modifiers
    right after a preposition (not a subordinator: "as the heckler yelled"), the
    participle with no "by" after it (an agent names the speaker: "in a statement
    released by his office"), and a finite verb before the preposition: the clause has
    its verb already (the tagger gives VBN to many a finite past: "a staffer in the
    room wondered", "Democrats with ties to both Clintons cited")."""
    if tokens[k].tag != "VBN" or k < 2 or tokens[k - 1].tag not in {"NN", "NNS"}:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "by":
        return False
    j = k - 1
    while j > 0 and tokens[j - 1].tag in NOUN_MODIFIER_TAGS | {"NN", "NNS"}:
        j -= 1
    if j == 0 or tokens[j - 1].tag != "IN" or tokens[j - 1].text.lower() in CLAUSAL_IN:
        return False
    return any(t.tag in FINITE_TAGS for t in tokens[: j - 1])


def reduced_passive_head(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase a reduced passive relative modifies when ``np`` is its agent: "An
    internal email seen by the Guardian described", "a report obtained by Reuters said":
    the email and the report are the verb's subject, not the agent after "by", who only
    came by it (a participle of getting or seeing, not of writing or issuing)."""
    by = np[0] - 1
    if by < 2 or tokens[by].text.lower() != "by" or tokens[by - 1].tag != "VBN":
        return None
    if tokens[by - 1].text.lower() not in ACCESS_PARTICIPLES:
        return None  # "a statement released by the White House said": its author speaks
    head = by - 2
    if tokens[head].tag not in {"NN", "NNS", "NNP", "NNPS"}:
        return None  # "X, who was backed by Y": no noun right before the participle
    start = head
    while start > 0 and tokens[start - 1].tag in NOUN_MODIFIER_TAGS:
        start -= 1
    return (start, head + 1)
