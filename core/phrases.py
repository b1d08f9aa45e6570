"""Noun phrases, clauses and names over tagged tokens: the grammar attribution reads.

Each function takes the tokens of a stretch of sentence outside its quotations (tagged
by :mod:`core.nlp`) and a position in them; a phrase comes back as the token range
``(first, last + 1)``. The tagger was trained on little news and errs, so several rules
say which of its mistakes they forgive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.document import Token
from core.lexicons import is_title_word

APPOSITIVE_START = frozenset({"DT", "PRP$", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "CD"})
DETERMINERS = frozenset({"the", "a", "an", "these", "those", "some", "many", "one"})
STANDALONE_DETERMINERS = frozenset({"another", "others", "one", "some", "many", "both"})
# quantifiers that stand as a clause's subject ("many followed", "both oppose"); not the
# generic "one" ("One would need")
QUANTIFIER_SUBJECTS = frozenset({"others", "some", "many", "both", "most", "several", "few"})
NOT_NP_TAGS = frozenset({"WRB", "WDT", "WP", "IN", "CC", "RB", "PRP", "TO", "MD", "UH"})
NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "PRP"})
FINITE_TAGS = nlp.TENSED_TAGS | {"MD"}
NOUN_MODIFIER_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "JJS", "CD", "NN", "NNS", "NNP"})
# The tokens no clause runs across: a sentence's end, a semicolon or colon, a quotation
# mark. A clause break, not a sentence end: these rules walk a stretch's tokens to the
# edge of one clause, and a colon or a quotation mark starts other words there (the
# stretch has no sentence spans of its own; the article's sentences are Punkt's).
CLAUSE_BREAKS = frozenset({".", ";", "!", "?", ":", '"', "\u201c", "\u201d", "``", "''"})
NP_INNER = frozenset(
    {"of", "for", "at", "with", "to", "from", "on", "in", "close", "familiar",
     "outside", "inside", "across", "above", "behind", "near", "around", "along"}
)  # fmt: skip
NP_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "CD", "POS", "PRP$"})
PEOPLE_NOUNS = frozenset(
    {"source", "official", "aide", "person", "people", "analyst", "expert", "insider",
     "member", "resident", "voter", "supporter", "critic", "observer", "witness", "diplomat"}
)  # fmt: skip
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
SKIPPABLE = frozenset(
    {"himself", "herself", "themselves", "also", "later", "then", "previously", "once",
     "recently", "has", "have", "had", "was",
     "is", "were", "would", "will", "repeatedly", "often", "again", "further", "simply",
     "just", "quickly", "first", "earlier", "reportedly", "flatly", "bluntly", "separately",
     "publicly", "privately", "frequently", "emphatically", "ultimately", "finally", "still",
     "even", "only", "now", "already", "actually", "not", "never", "did", "does", "do", "be",
     "been", "being", "can", "could", "may", "might", "must", "should", "shall"}
)  # fmt: skip
# "has" contracted onto the subject ("he's said", "who's argued"); not "they've told",
# whose "they" the pronoun reading gives to the wrong group more often than not on train
CONTRACTED = frozenset({"'s", "\u2019s"})
SUBORDINATORS = frozenset(
    {"while", "although", "though", "as", "when", "after", "because", "since"}
)
TIME_NOUNS = WEEKDAYS | {  # what a time phrase after a subject ends with ("on Thursday")
    "today", "yesterday", "tonight", "week", "month", "year", "night", "morning", "afternoon",
    "evening", "weekend",
}  # fmt: skip
TIME_OPENERS = frozenset({"on", "last", "this", "early", "late", "earlier", "later"})
TIME_MODIFIERS = TIME_OPENERS - {"on"} | {"next", "that"}  # "last year", "that March"
# the words of a time phrase skipped back from a cue ("Clinton on Tuesday said")
TIME_WORDS = TIME_NOUNS - {"weekend"} | {"day", "on", "last", "this", "earlier", "later"}
# "ago" and what measures it, skipped back from a cue ("the council two days ago said",
# "X less than a week ago told"); the units end with "s" or not
AGO_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
AGO_WORDS = frozenset(
    {"a", "an", "few", "several", "many", "some", "about", "nearly", "almost", "just",
     "only", "less", "more", "than", "over", "couple", "of", "two", "three", "four", "five",
     "six", "seven", "eight", "nine", "ten"}
)  # fmt: skip
WH_WORDS = frozenset(
    {"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "that", "whatever"}
)
# what may follow a verb but not a noun's last word inside a noun phrase
VERB_FOLLOWERS = frozenset({"DT", "IN", "WDT", "TO", "PRP", "PRP$", "RP"})
CLOSING_MARKS = frozenset({"\u201d", '"', "''"})
MAX_MODIFIERS = 2  # prepositional phrases read after a subject before its verb
# words tagged IN that open a clause or a comparison rather than a noun's modifier
CLAUSAL_IN = SUBORDINATORS | {"that", "if", "whether", "than", "like"}
INNER = CLAUSAL_IN | {"who", "which", "whom", "whose"}  # opening a clause inside a phrase
YEAR = re.compile(r"(?:1[89]|20)\d\d")
RELATIVE_WORDS = frozenset({"who", "that", "which"})
CLAUSE_WORDS = WH_WORDS | SUBORDINATORS | {"whenever", "wherever", "however", "whoever", "if"}
# "None has offered plans", "Nobody opposed him", "Others are": no name
INDEFINITE_PRONOUNS = frozenset(
    {"none", "nobody", "nothing", "anybody", "anyone", "anything", "everybody", "everyone",
     "everything", "somebody", "someone", "something", "whichever", "whatever", "others"}
)  # fmt: skip
FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})  # "they both said"
RELATIVE_OPENERS = frozenset({"who", "whose", "which"})  # of a clause set off by commas
# words that open a clause or an adjunct, never a name, whatever the tagger says ("~ As/NNP
# Vulture put it", "So/NNP says a booming voice"); not "After" ("After School Matters")
CLAUSE_OPENERS = SUBORDINATORS - {"after"} | {"so", "if", "whether"}
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
FINITE_BE = BE_FORMS - {"be", "been", "being"}  # "That was", "The words are"
# finite auxiliaries that open a question before its subject ("Was Szlachta satisfied?",
# "Does Rubio agree?"); not "will" or "may", which are first names too
QUESTION_AUXILIARIES = FINITE_BE | {
    "do", "does", "did", "has", "have", "had", "can", "could", "would", "should", "must"
}  # fmt: skip
ORG_JOINERS = frozenset({"of", "for", "to"})  # inside an organisation's name
ASIDE_DASHES = frozenset({"\u2014", "\u2013", "\u2015", "--"})  # a pair sets off an aside
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | {"him", "her"}
# adverbs and auxiliaries that may stand between a subject and its verb, not after it
SKIPPABLE_AFTER_SUBJECT = SKIPPABLE - {"has", "have", "had", "was", "is", "were"}


def verbish(tokens: list[Token], k: int, quote_after: bool = False) -> bool:
    """Is the cue word at ``k`` a verb here? A tagger trained on little news calls
    "writes" or "read" a noun after a quotation; right after the quotation, between
    its subject and the end of the clause, or between a noun and the quotation that
    follows ("a banner read “...”"), it is the verb."""
    if tokens[k].tag.startswith("VB"):
        return True
    word = tokens[k].text.lower()
    if quote_after and k == len(tokens) - 1 and k > 0 and tokens[k - 1].tag in {"NN", "NNS"}:
        return True
    colon = quote_after and k + 2 == len(tokens) and tokens[k + 1].text == ":"
    if colon and (k == 0 or tokens[k - 1].tag not in NOUN_MODIFIER_TAGS):
        return True  # "could only quip/RB:", "with Trump reportedly yelling/NN:" (not "his post:")
    lemma = lexicons.verb_forms().get(word)
    if lemma == word and 0 < k < len(tokens) - 1 and tokens[k - 1].tag == "NNS":
        return tokens[k + 1].text.lower() == "that"  # "the authors caution/NN that"
    if lemma == word:
        return False  # "state", "post", "call": nouns as often as verbs
    if lemma and not word.endswith(("s", "ing")) and k and tokens[k - 1].tag in NOUN_TAGS:
        return True  # a past form after its subject: "the mayor told/NN reporters"
    if stretch_start(tokens, k):
        return True  # "…,” writes Kevin Williamson"
    if lemma and lemma != word and not word.endswith(("s", "ing")) and _after_appositive(tokens, k):
        return True  # "His lawyer, Mark Stein, argued/RB in court that", "spoke/NN of"
    if word.endswith("ing") and k and tokens[k - 1].text.lower() in {"as", "by", "while"}:
        return True  # "is quoted as saying/NN", "began by saying"
    n = k + 1
    while n < len(tokens) and tokens[n].tag == "RB" and tokens[n].text.endswith("ly"):
        n += 1  # "Sanders replied evenly,"
    after = tokens[n].text if n < len(tokens) else "."
    before = tokens[k - 1]
    past = word.endswith("ed")  # "the 43-year-old/JJ asked/NN in", not "Republican claims"
    return (before.tag in NOUN_TAGS or past and before.tag == "JJ") and (
        after in {".", ",", ":", "that", "of", "in", "on", "at", "during", "for"}
        or after[:1].isupper()
    )  # "Mr. Clarke recalled/NN of the proceedings", "the Utah Republican asks/NN for"


def _after_appositive(tokens: list[Token], k: int) -> bool:
    """Does the word at ``k`` follow the comma closing a name in apposition ("His lawyer,
    Mark Stein, argued"), where the tagger, reading a reduced relative, may call the
    verb anything? The name is the subject np_before finds across the comma."""
    if k < 3 or tokens[k - 1].text != "," or tokens[k - 2].tag not in nlp.PROPER_TAGS:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "by":
        return False  # "Stein, backed by the union, said": a participle aside
    np = np_before(tokens, k)
    return np is not None and np[1] >= k - 2 and np[0] > 0 and tokens[np[0] - 1].text == ","


def words_of(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker of "in the words of a senior adviser" or "in Forbes' words"."""
    before = [t.text.lower() for t in tokens[max(0, k - 2) : k]]
    if before == ["in", "the"] and k + 1 < len(tokens) and tokens[k + 1].text == "of":
        return np_after(tokens, k + 2)
    if before[-1:] and before[-1] in {"'s", "\u2019s", "'", "\u2019"}:
        np = np_before(tokens, k - 1)
        if np is not None and np[0] > 0 and tokens[np[0] - 1].text.lower() == "in":
            return np
    return None


def absolute_clause(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Is ``np`` a name opening a clause of its own after a break ("– Ryan saying",
    "and Trump calling it")?"""
    i, j = np
    breaks = {",", "\u2013", "\u2014", "--", ";", "and"}
    return i > 0 and tokens[i - 1].text in breaks and holds_name(tokens[i:j])


def after_link(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The part of a noun phrase after a "with" or "of" in or just before it: the X of
    "footage of X asking" or "with X telling", "with X and Y chanting"."""
    i, j = np
    if i > 1 and tokens[i - 1].text.lower() in {"and", "or"}:
        first = np_before(tokens, i - 1)
        i = first[0] if first is not None else i
    links = [
        n
        for n in range(max(i - 1, 0), j)
        if tokens[n].text.lower() in {"with", "of"} and not _inside_organisation(tokens, n)
    ]
    return (links[-1] + 1, j) if links and links[-1] + 1 < j else None


def _inside_organisation(tokens: list[Token], n: int) -> bool:
    """Is the "of" at ``n`` inside an organisation's name ("with the American Federation of
    Teachers calling"), so that what follows it is no one of its own?"""
    return (
        tokens[n].text.lower() == "of"
        and n + 1 < len(tokens)
        and _capitalised(tokens[n + 1])
        and _organisation_start(tokens, n + 1) < n
    )


def passive(tokens: list[Token], k: int) -> bool:
    """Is the cue at ``k`` a participle after a form of "be" ("was called", "is told")?"""
    if (
        tokens[k].text.lower() in {"said", "told", "called", "asked", "quoted"}
        or tokens[k].tag == "VBN"
    ):
        j = k - 1
        while j >= 0 and tokens[j].tag == "RB":
            j -= 1
        return j >= 0 and tokens[j].text.lower() in BE_FORMS
    return False


def opens_clause(tokens: list[Token], k: int) -> bool:
    """Does a clause with its own subject and verb follow the cue ("said all members
    agreed", "said he was")? Then the words after the cue are not its speaker."""
    np = np_after(tokens, k + 1)
    if np is None:
        return False
    j = np[1]
    while j < len(tokens) and tokens[j].tag == "RB":
        j += 1
    if j >= len(tokens) or tokens[j].tag not in FINITE_TAGS:
        return False
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    # "said MSNBC host Chris Matthews": "host" tagged as a verb is no clause
    return following is None or following.tag not in nlp.PROPER_TAGS


def stretch_start(tokens: list[Token], k: int) -> bool:
    """Only punctuation and adverbs between the quotation's close and the cue."""
    return all(not t.text[0].isalnum() or t.text.lower() in SKIPPABLE for t in tokens[:k])


def clause_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject of a clause: the first noun phrase that a verb follows, past any
    opening phrase ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried ...").
    (``core.cast_patterns.noun_phrase_subject`` asks something narrower: whether a definite
    common noun, "the pontiff", is the subject of the first verb that is not a copula.)"""
    starts = [0] + [n + 1 for n, t in enumerate(tokens) if t.text == "," or aside_dash(tokens, n)]
    if tokens and tokens[0].text.lower() in SUBORDINATORS:
        # the main clause first; else "While Will acknowledges ... “...”": Will's words
        starts = [*starts[1:], 1]
    for i in starts:
        if (np := _subject_at(tokens, i)) is not None:
            return np
    repaired = _verb_repaired(tokens)
    return clause_subject(repaired) if repaired is not None else None


def _verb_repaired(tokens: list[Token]) -> list[Token] | None:
    """A clause with no finite verb has one the tagger took for a noun: the first
    lower-case noun after a noun that no noun follows ("The survey asks/NN whether",
    "Clinton supports/NNS “...”"); the tokens with it tagged a verb, or None."""
    if any(t.tag in FINITE_TAGS for t in tokens):
        return None
    for n in range(1, len(tokens)):
        token, after = tokens[n], tokens[n + 1].tag if n + 1 < len(tokens) else "."
        if (
            token.tag in {"NN", "NNS"}
            and nlp.is_lower_word(token.text)
            and tokens[n - 1].tag in NOUN_TAGS - {"PRP"}
            and (after in VERB_FOLLOWERS or after == ".")
        ):
            tag = "VBZ" if token.text.endswith("s") else "VBD"
            return [*tokens[:n], Token(token.span, token.text, tag), *tokens[n + 1 :]]
    return None


def last_clause_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject of the last clause that has one: the clause nearest what follows
    ("Walter Hewlett led the charge, and within weeks the opposition effort had sent
    letters ... calling the deal “...”": the opposition effort)."""
    breaks = {",", ";", "\u2014", "--", "and", "but", "who", "which"} | SUBORDINATORS
    starts = [0] + [n + 1 for n, t in enumerate(tokens) if t.text.lower() in breaks]
    for i in reversed(starts):
        if i < len(tokens) and _object_list_before(tokens, i) is not None:
            continue  # "Dozens of nurses, doctors and | aides gathered": the last item of
            # a preposition's objects, no clause of its own
        if (np := _subject_at(tokens, i)) is not None:
            return np
    return None


GERUND_OPENERS = frozenset({"by", "after", "before", "while", "without", "in", "for", ","})
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})


def fragment_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject of the clause whose verb governs a fragment quoted right after
    ``tokens`` (a sentence's words before the quotation), read back from the last verb
    through auxiliaries, coordinated verbs ("make a joke and call Trump “...”"), gerunds
    and participles ("by promising “...”", ", citing “...”") and infinitives. An
    infinitive's own subject is the object of the verb that controls it ("That prompted
    Rubio to call Trump “...”"), as is a bare verb's after a verb of perception ("she
    watches Sanders thrill a crowd with “...”"); else the controlling verb's subject is
    ("Cruz vowed to end “...”"). A relative clause's subject is its antecedent; a clause
    that is a verb's object ("the judge determined that the agency's handling had
    created a “...”") is no user of the words: the verb above it is read."""
    k = len(tokens)
    while (k := _verb_left(tokens, k)) >= 0:  # k only falls: the loop ends
        j = k - 1
        while j >= 0 and tokens[j].tag == "RB":
            j -= 1
        if j < 0:
            return None
        word = tokens[j].text.lower()
        if word == "to" or tokens[k].tag == "VB" and tokens[j].tag in NOUN_TAGS - {"PRP"}:
            held = np_before(tokens, j if word == "to" else k)
            if held is not None and _verb_left(tokens, held[0]) == held[0] - 1:
                return held if _plain_subject(tokens, held) else None  # "prompted Rubio
                # to", "watches Mr. Sanders thrill"
        if word == "to" or tokens[j].tag == "CC" or _verb(tokens[j]):
            k = j + 1 if _verb(tokens[j]) else j  # an auxiliary: its own turn next
            continue
        if tokens[k].tag in {"VBG", "VBN"} and word in GERUND_OPENERS:
            k = j
            continue
        if tokens[j].tag in {"WP", "WDT"}:
            return relative_antecedent(tokens, j)  # "a website that has run “...”"
        np = np_before(tokens, k)
        if np is None:
            return None
        before = tokens[np[0] - 1] if np[0] > 0 else None
        if before and (before.text.lower() in COMPLEMENTIZERS or _verb(before)):
            k = np[0]  # a clause that is a verb's object: the verb above it
            continue
        inner = before is not None and _inner_noun_phrase(tokens, np[0])
        return np if not inner and _plain_subject(tokens, np) else None
    return None


def _plain_subject(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Does ``np`` end in a noun, and is it no pronoun but "he", "she", "him" or "her" (a
    "they" or "it" is too often resolved to the wrong group or thing to name whose words
    they are)?"""
    i, j = np
    if tokens[i].tag == "PRP":
        return j - i == 1 and tokens[i].text.lower() in {"he", "she", "him", "her"}
    return tokens[j - 1].tag in NOUN_TAGS


def _inner_noun_phrase(tokens: list[Token], i: int) -> bool:
    """Is the noun phrase opening at ``i`` part of a longer subject, whose head the
    reading back from the verb missed: a preposition's object ("The audience in the East
    Room followed"; not after "although", "because"), or one of two joined ("Clinton and
    Sanders ended")?"""
    before = tokens[i - 1]
    joined = before.tag == "CC" and i > 1 and tokens[i - 2].tag in NOUN_TAGS
    preposition = before.tag in {"IN", "TO"} and before.text.lower() not in SUBORDINATORS
    return joined or preposition or before.tag in NOUN_TAGS | {"VBN", "VBG", "POS", "WP$"}


def _verb(token: Token) -> bool:
    return token.tag[:2] == "VB" or token.tag == "MD"


def _verb_left(tokens: list[Token], k: int) -> int:
    """The index of the last verb before ``k``, or -1."""
    return next((n for n in range(k - 1, -1, -1) if _verb(tokens[n])), -1)


def _subject_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase at ``i`` (past conjunctions and adverbs) if a verb follows it."""
    while i < len(tokens) and (tokens[i].tag == "CC" or tokens[i].text.lower() in SKIPPABLE):
        if _quantifier_subject(tokens, i):
            return (i, i + 1)  # "On Social Security, both/CC oppose"
        i += 1  # "And Mr. Christie gloated:"
    if i >= len(tokens) or opening_participle(tokens, i):
        return None  # "Based on the statement released by ...,": an adjunct, no subject
    if _quantifier_subject(tokens, i):
        return (i, i + 1)
    if tokens[i].text.lower() in SUBJECT_PRONOUNS | {"who", "which"}:
        np: tuple[int, int] | None = (i, i + 1)
    else:
        np = np_after(tokens, i)
    if np is None:
        return None
    owned = np[1] + 1 < len(tokens) and tokens[np[1] + 1].tag in NOUN_TAGS
    if tokens[np[1] - 1].tag == "POS" and owned:
        return None  # "Donald Trump's fired campaign manager": an owner; not "Christie's been"
    np = _with_modifiers(tokens, np)
    after = skip_right(tokens, np[1])
    verb = after < len(tokens) and (tokens[after].tag[:2] == "VB" or tokens[after].tag == "MD")
    if verb and any(
        t.tag in NOUN_TAGS | {"WP", "WDT"} or t.tag in {"RB", "JJ"} and _unknown_capitalised(t)
        for t in tokens[np[0] : np[1]]
    ):
        return np
    return None


def _quantifier_subject(tokens: list[Token], i: int) -> bool:
    """Is ``tokens[i]`` a quantifier standing alone as a subject, a verb right after it
    ("many followed/VBN the dictum", "both/CC oppose", "some argue"), whatever the tagger
    took it for (an adjective, a conjunction)?"""
    return tokens[i].text.lower() in QUANTIFIER_SUBJECTS and _verb_at(
        tokens, skip_right(tokens, i + 1)
    )


def _with_modifiers(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int]:
    """A subject with the prepositional phrases that modify it, when a verb follows them
    ("A footnote in the report makes", "a paper from the Brookings Institution had"),
    else as it stands."""
    end = np[1]
    if _verb_at(tokens, skip_right(tokens, end)):
        return np
    if any(t.tag == "IN" for t in tokens[np[0] : end]):  # "Thousands of teachers and ..."
        end = _conjuncts_end(tokens, end)
        if _verb_at(tokens, skip_right(tokens, end)):
            return (np[0], end)
    for _ in range(MAX_MODIFIERS):
        if end + 1 >= len(tokens) or tokens[end].tag != "IN":
            break
        if tokens[end].text.lower() in CLAUSAL_IN:
            break
        inner = np_after(tokens, end + 1)
        if inner is None or inner[0] != end + 1:
            break
        end = _conjuncts_end(tokens, inner[1])
        if _verb_at(tokens, skip_right(tokens, end)):
            return (np[0], end)
    return np


def _conjuncts_end(tokens: list[Token], end: int) -> int:
    """Where a preposition's object that ends at ``end`` ends with the objects coordinated
    with it ("Thousands of teachers | , firefighters and state workers filled", "four
    House Democrats from Arizona | and New Mexico wrote"): a list of bare noun phrases
    (no determiner: "the mayor of Boston and the governor" are two subjects) closed by
    "and" or "or"; ``end`` where no such list follows."""
    j = end
    while j + 1 < len(tokens) and tokens[j].text in {",", "and", "or"}:
        if tokens[j + 1].text.lower() in DETERMINERS or tokens[j + 1].tag in {"PRP", "PRP$"}:
            return end
        conjunct = np_after(tokens, j + 1)
        if conjunct is None or conjunct[0] != j + 1:
            return end
        if tokens[j].text != ",":  # "and" or "or" closes the list, read back as one
            return conjunct[1] if _object_list_before(tokens, j + 1) is not None else end
        j = conjunct[1]
    return end


def _verb_at(tokens: list[Token], j: int) -> bool:
    """Is ``tokens[j]`` a verb that may follow a subject (not an -ing form)?"""
    tag = tokens[j].tag if j < len(tokens) else ""
    return tag[:2] == "VB" and tag != "VBG" or tag == "MD"


def skip_right(tokens: list[Token], j: int) -> int:
    """Past adverbs, a parenthesis or an appositive after a subject
    ("Reid (D-Nev.) also said", "Huma Abedin, vice chairwoman ..., emailed")."""
    while j < len(tokens):
        token = tokens[j]
        if token.tag == "RB" or token.text.lower() in SKIPPABLE_AFTER_SUBJECT:
            j += 1
        elif (end := _time_phrase(tokens, j)) > j:
            j = end  # "Donald Trump on Thursday ratcheted up ..."
        elif token.text in {"(", ","}:
            close = ")" if token.text == "(" else ","
            end = next((n for n in range(j + 1, len(tokens)) if tokens[n].text == close), None)
            if end is None or close == "," and not _aside(tokens[j + 1 : end]):
                return j
            j = end + 1
        else:
            return j
    return j


def _time_phrase(tokens: list[Token], j: int) -> int:
    """Where a time phrase starting at ``j`` ends ("on Thursday", "last week", "Tuesday
    night"), or ``j``."""
    k = j + (tokens[j].text.lower() in TIME_OPENERS)
    end = k
    while end < len(tokens) and end < k + 2 and tokens[end].text.lower() in TIME_NOUNS:
        end += 1
    return end if end > k else j


def clause_start(tokens: list[Token], k: int) -> bool:
    """Does a clause start at ``k``, past adverbs and auxiliaries? A closing mark that
    closes no quotation counts as none (`... against Israel,” wrote Morton Klein`)."""
    j = k - 1
    while j >= 0 and (tokens[j].text.lower() in SKIPPABLE or tokens[j].text in CLOSING_MARKS):
        j -= 1
    return j < 0 or tokens[j].text in {",", ";", ":", "--", "\u2014", "\u2013", "(", "and"}


def _modifier_may_follow(before: Token) -> bool:
    """May a participle after ``before`` modify a noun to come ("the retired
    neurosurgeon", "one unaligned strategist"), rather than be a name's or a noun's verb
    ("Perez hammered", "Clinton's right-hand woman rallied supporters")?"""
    if before.tag in {"DT", "PRP$", "CD"}:
        return True
    return before.text[:1].islower() and before.tag not in {"NN", "NNS"}


def _unknown_capitalised(token: Token) -> bool:
    """A capitalised word that is no frequent word and no "-ly" adverb ("Blackwell")."""
    text = token.text
    if not text[:1].isupper() or text.endswith("ly") or nlp.is_frequent_word(text):
        return False
    return text.lower() not in lexicons.function_words()


# The tags of words that end a name where a headline capitalises them (a verb, modal,
# adverb, determiner, preposition or conjunction): see :func:`_headline_capital`
_NO_NAME_WORD_TAGS = frozenset(
    {"MD", "RB", "RBR", "RBS", "DT", "PDT", "EX", "RP", "TO", "IN", "CC", "WDT", "WP", "WRB"}
)


def _headline_capital(token: Token) -> bool:
    """Is the token's capital only a headline's style ("Trump Stands/VBZ Tall",
    "Clinton Are/VBP", "Howard Dean Tells/VBZ Democratic Convention"): a word of a line
    in title case that the article's running text writes in lower case
    (:func:`nlp.written_lower`) and that the tagger, reading it so, takes for a verb or
    a closed-class word? Nouns and adjectives keep their capital ("Major Companies")."""
    tag = token.tag
    return nlp.written_lower(token) and (tag[:2] == "VB" or tag in _NO_NAME_WORD_TAGS)


def _participle_of_person(tokens: Sequence[Token], k: int, i: int) -> bool:
    """Is ``tokens[i]``, inside a noun phrase opening at ``k``, a lower-case past
    participle ("briefed", "involved") right after a noun for people ("official",
    "aides", "lobbyist")?"""
    if i - 1 < k:
        return False  # the noun before it is the phrase's own
    word, noun = tokens[i].text, tokens[i - 1].text.lower()
    return (
        nlp.is_lower_word(word)
        and word.endswith("ed")
        and (noun.removesuffix("s") in PEOPLE_NOUNS or lexicons.is_role_noun(noun))
    )


def _np_tok(token: Token) -> bool:
    if _headline_capital(token):  # read as the article writes it: no name's word
        token = Token(token.span, token.text.lower(), token.tag)
    word = token.text.lower()
    if glued_particle(token.text):
        return True  # "al-Amin/VBD": a surname, whatever the tagger says
    if word in CLAUSE_OPENERS:
        return False  # "(As/NNP BuzzFeed News first reported": the clause's subordinator
    if word in DETERMINERS or token.tag in NP_TAGS or word in lexicons.role_nouns():
        return True  # "one Clinton aide/RB said": a role noun, whatever the tagger says
    if token.tag in {"WP", "WDT", "WRB"} and word not in WH_WORDS:
        return token.text[:1].isupper()  # "Weaver" is no wh-word, whatever the tagger says
    if token.tag == "RB" and _unknown_capitalised(token):
        return True  # "Blackwell/RB also took": a name the tagger never met
    if token.tag in NOT_NP_TAGS:
        return False
    if token.tag.startswith("VB"):
        # "Husted", "Reed": unknown names ending like verbs; "Following ...," is no name
        return token.text[:1].isupper() and token.tag != "VBG"
    return (
        token.text[:1].isupper() or token.text in {"-", "&", ".", "/"} or token.text.endswith(".")
    )


def _skip_left(tokens: list[Token], j: int) -> int:
    """Past adverbs, auxiliaries, times ("on Tuesday", "in 2010") and a parenthesis
    ("(D-Nev.)")."""
    while j >= 0:
        word = tokens[j].text.lower()
        if tokens[j].tag in nlp.PROPER_TAGS and word in SKIPPABLE:
            return j  # "Will said": George Will, not an auxiliary
        if word in SKIPPABLE or word in TIME_WORDS or tokens[j].tag == "RB" and word.endswith("ly"):
            j -= 1  # "Clinton boldly suggested"
        elif word in CONTRACTED and tokens[j].tag != "POS":
            j -= 1  # "he's said"
        elif word == "ago" and j > 0 and tokens[j - 1].text.lower().removesuffix("s") in AGO_UNITS:
            j -= 2  # "two days ago"
            while j >= 0 and (tokens[j].tag == "CD" or tokens[j].text.lower() in AGO_WORDS):
                j -= 1
        elif YEAR.fullmatch(word):
            j -= 1
            if j >= 0 and tokens[j].text.lower() in {"in", "since"}:
                j -= 1
        elif word == ")":
            opening = j
            while opening >= 0 and tokens[opening].text != "(":
                opening -= 1
            if opening < 0:
                return j
            j = opening - 1
        else:
            return j
    return j


def np_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of the cue at ``k``: "Borrell said", "Josep Borrell, the ..., said"."""
    np = _np_before(tokens, k)
    if np is None or _wordless(tokens[np[0] : np[1]]):
        return None  # "the so- called", "she did - indirectly": a dash is no one
    owner = next((n for n in range(np[1] - 2, np[0], -1) if tokens[n].tag == "PRP$"), None)
    if owner is not None and all(_time_word(t) for t in tokens[np[0] : owner]):
        return (owner, np[1])  # "In 2021 his predecessor called", "last year her deputy
        # said": a possessive determiner opens its noun phrase, the time before is none of it
    return np


def relative_antecedent(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The noun phrase the relative pronoun at ``i`` ("who", "which") stands for: the
    subject ``np_before`` reads past asides ("McConnell, the leader, who said":
    McConnell), but not past an "according to" phrase, whose object is the source the
    pronoun goes on to describe ("will close in May, according to a memo from its chief
    executive, Lars Berg, who called it": the memo's author, not May)."""
    if i > 1 and tokens[i - 1].text == ",":
        opening = i - 2
        while opening >= 0 and tokens[opening].text != ",":
            opening -= 1
        inner = [t.text.lower() for t in tokens[opening + 1 : opening + 3]]
        if opening >= 0 and inner == ["according", "to"]:
            return np_before(tokens, i - 1)
    antecedent = np_before(tokens, i)
    if antecedent is None and i > 0 and (tokens[i - 1].text == "," or aside_dash(tokens, i - 1)):
        antecedent = np_before(tokens, i - 1)
    return antecedent


def _time_word(token: Token) -> bool:
    """A year, a number or a word of a time phrase ("2021", "last", "year", "March")."""
    word = token.text.lower()
    return token.tag == "CD" or word in TIME_NOUNS or word in TIME_MODIFIERS or token.text in MONTHS


def _np_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    j = _skip_left(tokens, k - 1)
    if j < 0:
        return None
    if j > 0 and tokens[j].tag == "VBN" and tokens[j - 1].tag in {"NN", "NNS"}:
        j -= 1  # a reduced relative clause: "the ruling issued Monday said": the ruling
    if j > 0 and tokens[j].text.lower() in FLOATING_QUANTIFIERS and tokens[j - 1].tag in NOUN_TAGS:
        j = _skip_left(tokens, j - 1)  # "what the Times and the Post each called"
    if j > 0 and tokens[j].text == "," and tokens[j - 1].text == ")":
        j = _skip_left(tokens, j - 1)  # "Gov. John Kasich (R-OH), said"
    if j > 0 and aside_dash(tokens, j):  # "Gingrich — mentioned by ... — told"
        opening = dash_aside_opening(tokens, j)
        if opening is not None:
            j = _skip_left(tokens, opening - 1)
            if j >= 0 and tokens[j].tag in {"DT", "PRP$", "JJ", "JJR", "JJS"}:
                return None  # "His strong - and unwavering - support": one phrase, no subject
    # Asides skipped: "X, president of Y, which represents Z, said": two at most, not
    # counting an age or a region ("X, 22, of Flint, Mich., said").
    skipped, asides, listing, place = False, 0, False, False
    while j >= 0 and tokens[j].text == ",":
        opening = j - 1  # an appositive: skip back to the comma that opens it
        while opening >= 0 and tokens[opening].text not in {",", "\u201d", '"'}:
            opening -= 1
        inner = tokens[opening + 1 : j]
        if opening > 0 and _list_item(inner, listing):
            # "X, assistant secretary for population, refugees, and migration, said": the
            # items of a list inside the aside are no asides of their own
            j, skipped, listing = opening, True, True
            continue
        listing = False
        if opening > 0 and _opens_with_subordinator(tokens, opening, inner):
            return (opening + 2, j)  # "Or, as Tom Ridge, a former secretary, put it:"
        if opening > 0 and (what := _free_relative(inner)) is not None:
            return (opening + 1 + what, j)  # "in what Bay Buchanan, ..., called"
        if asides == 2 and not _age_or_region(inner):
            break  # "Ana Ruiz, 67, a retired nurse ..., who ..., said": the age is passed
        region = _age_or_region(inner) and opening > 0 and tokens[opening - 1].text[:1].isupper()
        named = bool(inner) and (all(t.tag in nlp.PROPER_TAGS for t in inner) or joined_name(inner))
        if named and all(m == "LOC" for m in nlp.gazetteer_marks([t.text for t in inner])):
            named = False  # "..., outside the state capital, Sacramento, said": a place
        if named and opening > 0 and not region and not _names_an_aside(tokens, opening):
            return (opening + 1, j)  # "her adviser, Jake Sullivan, said": the name speaks
        if place and opening > 0 and tokens[opening].text == ",":
            # "X, now retired in Cambridge, Mass., said": what ends in the place whose
            # region was just passed is an aside, whatever the tagger made of its verb
            j, asides, place, skipped = opening, asides + 1, False, True
            continue
        place = region and inner[0].tag in nlp.PROPER_TAGS and not inner[0].text.isdigit()
        if opening > 0 and tokens[opening].text == "," and _opening_adjunct(tokens, opening):
            if (ran_on := _name_closing_adjunct(tokens, opening)) is not None:
                return ran_on  # "On that question Kessel, a hunter, said": the adjunct,
                # closed by no comma, ran on into the subject the aside describes
            # "Speaking on the same show, Sen. Claire McCaskill (D-Mo.), who ..., said":
            # what stands before the comma is an adjunct, so the name is the subject
            tag = next((n for n, t in enumerate(inner) if t.text == "("), len(inner))
            if (name := name_tokens(inner[:tag])) is not None:  # without "(D-Mo.)"
                return (opening + 1, opening + 1 + name[1])
            if inner and (person_noun(head := head_word(inner)) or lexicons.agent_noun(head)):
                # "Asked about the plan, a spokesman for the mayor, who ..., said";
                # "Talking to Dawn, a dealer, Ali Raza, said": not the one talked to
                return (opening + 1, j)
        if opening > 0 and (given := naming_aside(inner)) is not None:
            return (opening + 1 + given, j)  # "A fighter, who gave his name as Ali, said"
        if opening <= 0 or tokens[opening].text != "," or not _aside(inner):
            if skipped:
                break  # this comma opens the aside already skipped
            relative = _relative_opening(tokens, j)
            if relative is None:
                return None
            j, asides, skipped = relative, asides + 1, True
            continue
        j, asides = opening, asides + (not _age_or_region(inner))
        skipped = True
    if skipped:
        j = _skip_left(tokens, j - 1)
    if j < 0 or tokens[j].text == ",":
        return None
    if tokens[j].text.lower() == "who" and (j == 0 or tokens[j - 1].text != ","):
        return None  # "anybody who complains": a restrictive clause names no speaker
    if tokens[j].text.lower() in SUBJECT_PRONOUNS | {"who"}:
        return (j, j + 1)
    _plural_noun(tokens, j, k)
    end = j + 1
    if tokens[j].text.lower() in STANDALONE_DETERMINERS and (j == 0 or not _np_tok(tokens[j - 1])):
        return (j, end)  # "Some have urged", "another says"
    if not _np_tok(tokens[j]) or tokens[j].tag in {"DT"} or aside_dash(tokens, j):
        return None
    while j > 0:
        prev = tokens[j - 1]
        if _new_phrase(tokens, j):
            break  # "At one point the crowd chanted": the crowd
        if (
            _np_tok(prev)
            and prev.text not in {".", ","}
            and not opening_participle(tokens, j - 1)
            and not aside_dash(tokens, j - 1)
            or prev.text.lower() in NP_INNER
            and j > 1
            and _np_tok(tokens[j - 2])
            and not opening_participle(tokens, j - 2)
        ):
            j -= 1
        elif (joined := _organisation_before_and(tokens, j)) is not None:
            j = joined  # "the Department of Health and Social Care": one name
        elif (listed := _object_list_before(tokens, j)) is not None:
            j = listed  # "four House Democrats from Arizona and New Mexico wrote"
        elif prev.text.isalpha() and j + 1 < len(tokens) and hyphen_glued(tokens, j + 1):
            j -= 1  # "ex | - | governor Tom Hale said": a word's first part, whatever its tag
        elif person_compound(tokens, j):
            j -= 1  # "his running mate said": one noun, though the tagger reads a verb
        else:
            break
    while j < end and (tokens[j].text.lower() in NP_INNER or tokens[j].tag in {"IN", "WDT"}):
        j += 1
    if j >= end:
        return None
    return _participle_head(tokens, j) or (j, end)


def _object_list_before(tokens: list[Token], j: int) -> int | None:
    """Where the first of the objects coordinated with the one at ``j`` starts, all of a
    preposition after a noun ("Democrats from | Arizona and New Mexico", "Thousands of |
    teachers, firefighters and state workers"): bare noun phrases, the last after "and"
    or "or", the others after commas; None where one opens with a determiner ("the mayor
    of Boston and the governor": two subjects) or no preposition after a noun opens the
    list ("Clinton and Sanders": two subjects)."""
    if j < 3 or tokens[j - 1].text not in {"and", "or"} or not _bare_word(tokens[j]):
        return None
    n = j - 2
    while n >= 0:
        end = n
        while n >= 0 and _bare_word(tokens[n]) and tokens[n].text.lower() not in NP_INNER:
            n -= 1
        if n == end or n < 1:
            return None  # an empty item, or nothing before the list
        if tokens[n].text == ",":
            n -= 1
            continue
        opener, head = tokens[n].text.lower(), tokens[n - 1]
        common = head.tag in {"NN", "NNS", "NNPS"} or nlp.is_frequent_word(head.text)
        after_noun = head.tag in NOUN_TAGS and common and not _speech_word(head.text.lower())
        # not a name's last word ("Ted Cruz of Texas and Senator Rand Paul"), nor speech
        # ("criticism from Democrats and Republicans"); "— Thousands/NNP of" is common
        last = j
        while last + 1 < len(tokens) and _bare_word(tokens[last + 1]):
            last += 1
        people = (
            _people_word(head)
            or head.text.lower() in lexicons.organisation_nouns()  # "an army of"
            or opener == "of"
            and _people_word(tokens[last])
        )  # "Thousands of ... and state workers", "a group of ... and scientists"; not
        # "Signs of momentum shifts and evangelical turnout", "a backlash from ... leaders"
        listed = opener in NP_INNER and tokens[n].tag == "IN" and after_noun and people
        return n + 1 if listed else None
    return None


def _people_word(token: Token) -> bool:
    """Is ``token`` a noun for a person or people, or a party's members ("spokesman",
    "workers", "Democrats")?"""
    word = token.text.lower()
    singular = _singular_of(word)
    return token.tag in {"NN", "NNS", "NNPS"} and (
        lexicons.party_member(singular)
        or person_noun(word)
        or person_noun(singular)
        or lexicons.agent_noun(singular)
    )


def _singular_of(plural: str) -> str:
    """A lower-case plural noun's singular as a person noun's is formed ("congressmen":
    congressman, "workers": worker); a word with no plural "s" as it is."""
    return plural[:-3] + "man" if plural.endswith("men") else plural.removesuffix("s")


def _speech_word(word: str) -> bool:
    """Is the lower-case noun ``word``, or its singular, a noun of speech ("criticism")?"""
    return word in lexicons.speech_nouns() or word.removesuffix("s") in lexicons.speech_nouns()


def _bare_word(token: Token) -> bool:
    """A word of a noun phrase with no determiner: a noun, an adjective or a number."""
    return token.tag in {"NN", "NNS", "NNP", "NNPS", "JJ", "CD"}


def person_compound(tokens: Sequence[Token], j: int) -> bool:
    """Do the lower-case word before ``tokens[j]`` and it make a two-word noun for a
    person (``lexicons.person_phrases``: "running mate", "managing editor", "commanding
    officer"), whose first word the tagger may read as a verb?"""
    first, second = tokens[j - 1].text, tokens[j].text
    return nlp.is_lower_word(first) and (f"{first} {second.lower()}" in lexicons.person_phrases())


def _organisation_before_and(tokens: list[Token], j: int) -> int | None:
    """Where an organisation's name begins whose last words, from ``j``, follow "and"
    ("Department of Health and | Social Care", "Ministry of Culture and | Sport"): an
    organisation word, "of" or "for", capitalised words, "and"; None when the words
    before "and" are no such name ("Clinton and | Sanders")."""
    if j < 4 or tokens[j - 1].text != "and" or not _capitalised(tokens[j]):
        return None
    if is_title_word(tokens[j].text) or nlp.is_first_name(tokens[j].text):
        return None  # "of the University of Chicago and Professor Knittel": a person
    n = j - 2
    while n >= 0 and _capitalised(tokens[n]):
        n -= 1
    if n == j - 2 or n < 1 or tokens[n].text not in {"of", "for"} and not _topic_on(tokens, n):
        return None
    return _organisation_head_start(tokens, n - 1)  # "the Centers for Disease Control and"


def _new_phrase(tokens: list[Token], j: int) -> bool:
    """Does an article at ``j`` open a noun phrase of its own after a common noun ("one
    point the crowd", "this week the governor"), not a name in apposition ("the civil
    rights organization the Anti-Defamation League"), or after a day, month or year ("On
    Wednesday the restaurant's account", "In 2019 the White House")?"""
    following = tokens[j + 1].tag if j + 1 < len(tokens) else ""
    return (
        tokens[j].tag == "DT"
        and tokens[j].text.lower() in {"the", "a", "an"}
        and (
            tokens[j - 1].tag in {"NN", "NNS"}
            and following not in nlp.PROPER_TAGS
            or _time_word(tokens[j - 1])
            and (tokens[j - 1].tag != "CD" or YEAR.fullmatch(tokens[j - 1].text) is not None)
        )
    )


def _names_an_aside(tokens: list[Token], comma: int) -> bool:
    """Is the phrase before ``comma`` itself an aside after a name, so that a name after
    the comma names what the aside speaks of ("Giovanni Maria Vian, the editor in chief
    of the Vatican's newspaper, L'Osservatore Romano, said": Vian speaks)?"""
    opening = comma - 1
    while opening >= 0 and tokens[opening].text not in {",", "\u201d", '"'}:
        opening -= 1
    inner = tokens[opening + 1 : comma]
    if not (opening > 0 and tokens[opening].text == "," and inner):
        return False
    if inner[0].text.lower() == "who" and inner[-1].tag in {"NN", "NNS"}:
        # "Michael Seaman, who lives outside the state capital, Sacramento, said"; not "A
        # fisherman, who gave only his family name, Higa, said": the name is his own
        return not gives_a_name(inner)
    return (
        tokens[opening - 1].tag in nlp.PROPER_TAGS
        and inner[0].tag in {"DT", "PRP$"}
        and not any(t.text.lower() in RELATIVE_OPENERS | RELATIVE_WORDS for t in inner)
        and _appositive(inner)
    )  # not "Russia, a country that the nominee, Mitt Romney, called": Romney does


NAMING_ASIDES = (
    ("who", "gave", "*", "name", "as"),
    ("who", "gave", "*", "name", "only", "as"),
    ("who", "gave", "*", "name", "simply", "as"),
    ("identified", "only", "as"),
    ("identified", "as"),
    ("known", "only", "as"),
)  # the words of an aside that gives a name ("*": "his", "her" or "their")


# a relative clause that gives its antecedent's name, the name standing after it set off
# by a comma ("who gave only his family name, Kim,"; "who would give only her first name,
# Lena,"; "who asked to be identified only by his first name, Ali,"): "who", a verb of
# giving or of being identified, up to a possessive, then at most one word and "name"
NAME_GIVING = re.compile(
    r"who (?:would |only )*(?:gave|gives|give|provided|offered|asked to be identified"
    r"(?: only)? by|agreed to be identified(?: only)? by)(?: only)? (?:his|her|their)"
    r"(?: \S+)? name"
)


def gives_a_name(inner: Sequence[Token]) -> bool:
    """Is the aside ``inner`` a relative clause giving the name that follows it (see
    ``NAME_GIVING``)?"""
    return NAME_GIVING.fullmatch(" ".join(t.text.lower() for t in inner)) is not None


def naming_clause_start(tokens: Sequence[Token], i: int) -> int | None:
    """Where a clause giving its noun phrase the name that starts at token ``i`` after a
    comma begins ("a major | who gave only his first name, | Andriy": ``NAME_GIVING``);
    None for any other words before it."""
    if i < 2 or tokens[i - 1].text != ",":
        return None
    for w in range(i - 2, max(-1, i - 14), -1):
        if tokens[w].text in {",", ";", ":", "."}:
            return None
        if gives_a_name(tokens[w : i - 1]):
            return w
    return None


def naming_aside(inner: list[Token]) -> int | None:
    """Where the name begins in an aside ``inner`` that gives one to the noun phrase
    before it ("A fighter, | who gave his name only as Abu Bakr |, said"; "A mother of
    five, | identified only as Mariam |, said"): the rest of the aside in capitalised words
    and name particles ("Umm al-Khair"), no title, read as a name by grammar whatever list
    holds its words; None for any other aside. ("named" and "called" may name a firm.)"""
    lower = [t.text.lower() for t in inner]
    for words in NAMING_ASIDES:
        n = len(words)
        if len(lower) > n and all(
            w == "*" and word in {"his", "her", "their"} or w == word
            for w, word in zip(words, lower[:n], strict=False)
        ):
            name = inner[n:]
            capitalised = name[0].text[:1].isupper() and all(
                t.text[:1].isupper() or t.text.lower() in nlp.NAME_PARTICLES or t.text == "-"
                for t in name
            )
            if len(name) <= 6 and capitalised and not any(is_title_word(t.text) for t in name):
                return n
    return None


def _relative_opening(tokens: list[Token], j: int) -> int | None:
    """The comma opening a relative clause that runs, commas and all, to the comma at
    ``j`` ("Marco Rubio, whose hometown, Miami, is projected ..., argues"), within the
    sentence; not where a verb after a comma follows the clause's own verb ("Estonia,
    which is already training forces, is prepared to ..., said X": the main clause's)."""
    for w in range(j - 1, 0, -1):
        if tokens[w].text in CLAUSE_BREAKS:
            return None
        if tokens[w].text.lower() in RELATIVE_OPENERS and tokens[w - 1].text == ",":
            finite = [n for n in range(w + 1, j) if tokens[n].tag in FINITE_TAGS]
            if any(tokens[n - 1].text == "," for n in finite[1:]):
                return None
            return w - 1
    return None


def dash_aside_opening(tokens: list[Token], close: int, reach: int | None = None) -> int | None:
    """The dash that opens the aside the dash at ``close`` ends ("Gingrich — mentioned by
    Newsmax — told"), within ``reach`` tokens before it if given; None when there is
    none, or it would open the words."""
    stop = 0 if reach is None else max(0, close - 1 - reach)
    return next((n for n in range(close - 1, stop, -1) if aside_dash(tokens, n)), None)


def aside_dash(tokens: list[Token], n: int) -> bool:
    """Is ``tokens[n]`` a dash that may set off an aside: a dash, or a hyphen with a space
    on either side, as some papers write one ("Mr. Trump - who ... - could")?"""
    token = tokens[n]
    if token.text in ASIDE_DASHES:
        return True
    return (
        token.text == "-"
        and 0 < n < len(tokens) - 1
        and tokens[n - 1].span.end < token.span.start
        and token.span.end < tokens[n + 1].span.start
    )


def _list_item(inner: list[Token], listing: bool) -> bool:
    """Is ``inner``, set off by commas, the last item of a list (", and migration,") or,
    once one is, an earlier one (", refugees,")? A few nouns and adjectives."""
    if inner and inner[0].text.lower() in {"and", "or"}:
        inner = inner[1:]
    elif not listing:
        return False
    return 0 < len(inner) <= 3 and all(t.tag[:2] in {"NN", "JJ"} for t in inner)


def _opens_with_subordinator(tokens: list[Token], opening: int, inner: list[Token]) -> bool:
    """Does ``inner`` open its clause with a subordinator before a noun phrase, nothing
    but a conjunction or adverb before it ("Or, as Tom Ridge, ..., put it") or a clause of
    its own ("... at the 1992 convention, when Mr. Buchanan, who had failed ..., called")?
    Then the noun phrase is the subject, not an aside ("Sanders, as a senator, said" has a
    subject before it and no verb)."""
    before = tokens[:opening]
    return (
        len(inner) > 1
        and inner[0].text.lower() in SUBORDINATORS
        and inner[1].tag in nlp.PROPER_TAGS
        and not any(t.tag in FINITE_TAGS for t in inner)
        and (
            all(t.tag in {"CC", "RB"} for t in before) or any(t.tag in FINITE_TAGS for t in before)
        )
    )


def _free_relative(inner: list[Token]) -> int | None:
    """Where the subject starts in words set off by commas that open a clause with
    "what", a preposition before it ("..., in what Bay Buchanan, national treasurer for
    Reagan's campaign, called “...”"): a name after "what" is the subject of the verb past
    the aside, not an aside of its own."""
    n = 1 if inner and inner[0].tag == "IN" else 0
    if len(inner) <= n + 1 or inner[n].text.lower() != "what":
        return None
    if inner[n + 1].tag not in nlp.PROPER_TAGS or any(t.tag in FINITE_TAGS for t in inner):
        return None
    return n + 1


def _participle_head(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """ "Another source speaking to Fox News said", "A lawyer representing Ana Ruiz said":
    the noun phrase that a participle phrase ending in the one at ``j`` modifies speaks,
    not the participle's object (after a preposition or directly)."""
    v = j - 1
    while v > 0 and tokens[v].tag in {"IN", "TO", "RB"}:
        v -= 1
    if v < 1 or tokens[v].tag != "VBG" or not tokens[v].text.islower():
        return None
    if v == j - 1 and (
        tokens[v - 1].tag not in NOUN_TAGS
        or hyphen_glued(tokens, v)
        or tokens[j].tag in {"NN", "NNS"}
    ):
        return None  # a participle right before its object follows a noun, and the object
        # is no bare common noun: not "One sweeping question asked", "the Nobel-winning
        # novelist Ana Ruiz told", "A Reuters rolling poll shows", "growing numbers have"
    if not _np_tok(tokens[v - 1]) or tokens[v - 1].tag.startswith(("VB", "W")):
        return None  # "who is running for Congress": a verb of its own, not a modifier
    head = np_before(tokens, v)
    return head if head is not None and speaker_like(tokens[head[0] : head[1]]) else None


def opening_participle(tokens: list[Token], n: int) -> bool:
    """Does the word at ``n`` open its clause as the participle of an adjunct that runs
    to a comma ("Based on the statement released by Fox News,", "Asked about the plan,",
    "Reached by phone,"): a verb the tagger reads as a participle, a preposition after it
    and no finite verb before the comma? It is no name's word ("Husted on Tuesday said"
    has its verb), and the noun phrase after it is none of the clause's subject."""
    if tokens[n].tag not in {"VBN", "VBG"} or n + 1 >= len(tokens):
        return False
    if n > 0 and tokens[n - 1].text[:1].isalnum():
        return False
    if tokens[n + 1].tag not in {"IN", "TO"} or tokens[n + 1].text.lower() == "of":
        return False
    comma = next((c for c in range(n + 2, len(tokens)) if tokens[c].text == ","), None)
    return comma is not None and _opening_adjunct(tokens, comma)


def adjunct_end(tokens: list[Token]) -> int | None:
    """The comma ending the adjunct that opens a sentence's ``tokens`` (their first comma;
    for a subordinate clause whose subject an appositive follows, the one past its verb:
    "When the union leader, Irena Bosko, asked about pensions,"), carried past the
    relative clauses and verbless appositives its last noun takes ("Asked about Carl
    Whitby, who has said ..., the governor laughed") to the last comma of that run that a
    subject and its verb follow.
    None where the sentence has no comma."""
    commas = [n for n, t in enumerate(tokens) if t.text == ","]
    if len(commas) > 2 and tokens[0].text.lower() in SUBORDINATORS:
        first, second = commas[:2]
        if (
            not any(t.tag in FINITE_TAGS for t in tokens[:second])
            and tokens[second + 1].tag in FINITE_TAGS
        ):
            commas = commas[2:]  # the clause's subject, its appositive, then its verb
    if not commas:
        return None
    run = commas[:1]
    for comma in commas[1:]:
        words = tokens[run[-1] + 1 : comma]
        if not words or not (
            words[0].text.lower() in RELATIVE_OPENERS
            or not any(t.tag in FINITE_TAGS for t in words)
        ):
            break
        run.append(comma)
    k = run[-1] + 1
    while k < len(tokens) and tokens[k].tag == "RB":
        k += 1
    if k < len(tokens) and tokens[k].tag in FINITE_TAGS:
        return run[0]  # the run is the subject and its appositive: "In a sign of change,
        # Reeves, the judge hearing the case, is ..."
    subject = (
        c
        for c in reversed(run)
        if c + 1 < len(tokens)
        and tokens[c + 1].text.lower() not in RELATIVE_OPENERS
        and (np := clause_subject(tokens[c + 1 :])) is not None
        and np[0] == 0
    )
    return next(subject, run[0])


def _name_closing_adjunct(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The name that ends an opening adjunct before ``comma`` where the writer set no
    comma after the adjunct ("On that question Kessel,", "In 2014 Joe Kessel,", "On Monday
    Kessel,"): a run of proper nouns after the adjunct's own noun, a number or a time word,
    not its object ("In Vermont,", "About Trump,", "In New York Kessel," is unsure)."""
    start = comma
    while start > 0 and tokens[start - 1].tag in nlp.PROPER_TAGS:
        start -= 1
    while start < comma and (
        tokens[start].text.lower() in WEEKDAYS or tokens[start].text in MONTHS
    ):
        start += 1  # "On Monday | Kessel": the day is the adjunct's
    if start == comma or start < 2:
        return None
    before = tokens[start - 1]
    if before.tag not in {"NN", "NNS", "CD"} and not _time_word(before):
        return None
    name = name_tokens(tokens[start:comma])
    return (start, comma) if name is not None and name == (0, comma - start) else None


def _opening_adjunct(tokens: list[Token], comma: int) -> bool:
    """Do the words of the sentence before ``comma`` form an adjunct opening it
    ("Speaking later on the same show,", "In Vermont,"): a preposition, participle or
    adverb first, and no finite verb; or a subordinate clause ("As the crowd applauded,")?"""
    start = comma
    while start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    words = tokens[start:comma]
    if not words or any(w.text == "," for w in words):
        return False
    if words[0].text.lower() in SUBORDINATORS and any(w.tag in FINITE_TAGS for w in words):
        return True  # a whole subordinate clause: "As the crowd applauded the veterans,";
        # not its subject alone ("When Ms. Friedan, during a debate, recommended")
    return words[0].tag in {"IN", "VBG", "VBN", "RB", "TO"} and not any(
        w.tag in FINITE_TAGS for w in words
    )


def relative_head(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The noun phrase a relative clause ending before ``j`` belongs to: "a White House
    official" of "a White House official who spoke anonymously to discuss internal
    strategy", "a headline" of "a headline that said". The clause holds no other
    relative word and no sentence break."""
    n = j - 1
    while n > 0 and tokens[n].text.lower() not in RELATIVE_WORDS:
        if tokens[n].text in {";", ":", ".", "\u2014", "--"} or n < j - 14:
            return None
        n -= 1
    if n <= 0 or tokens[n].text.lower() not in RELATIVE_WORDS:
        return None
    head = np_before(tokens, n) or (np_before(tokens, n - 1) if tokens[n - 1].text == "," else None)
    if head is None or not speaker_like(tokens[head[0] : head[1]]):
        return None
    return head


def relative_word(tokens: list[Token], k: int) -> Token | None:
    """The relative pronoun that is the subject of the verb at ``k`` ("critics who
    say", "a message that said", "which notes"), past adverbs between them."""
    j = _skip_left(tokens, k - 1)
    return tokens[j] if j > 0 and tokens[j].text.lower() in RELATIVE_WORDS else None


def _plural_noun(tokens: list[Token], j: int, k: int) -> None:
    """Retag ``tokens[j]`` a plural noun when the tagger took it for a verb between a
    noun and the cue's own finite verb ("Court filings/VBZ describe/VBP")."""
    token = tokens[j]
    if (
        token.tag == "VBZ"
        and nlp.is_lower_word(token.text)
        and token.text not in {"has", "is", "does"}  # "he's/has predicted": perfect tense
        and j > 0
        and tokens[j - 1].tag in NOUN_TAGS | {"JJ"}
        and k < len(tokens)
        and tokens[k].tag in {"VBP", "VBD", "VBN"}  # the tagger's VBN for a VBD, too
    ):
        tokens[j] = Token(token.span, token.text, "NNS")


def _age_or_region(words: list[Token]) -> bool:
    """ ", 22," after a name (an age), ", Mich.," after a place (its region)."""
    if len(words) == 1 and words[0].text.isdigit():
        return len(words[0].text) <= 3
    proper = words[:-1] if len(words) == 2 and words[-1].text == "." else words
    return len(proper) == 1 and proper[0].tag in nlp.PROPER_TAGS


def _aside(words: list[Token]) -> bool:
    """Words set off by commas between a subject and its verb: an appositive, or a
    phrase of time, place or manner (", at a later press gaggle,", ", speaking to
    reporters,")."""
    # a participle the tagger took for a past tense: ", led by X,", ", asked about Y,",
    # ", filed Tuesday in federal court,"
    passive = (
        len(words) > 1
        and words[0].tag == "VBD"
        and (words[1].tag == "IN" or _time_phrase(words, 1) > 1)
    )
    if len(words) > 1 and words[0].text.lower() in SUBORDINATORS:
        return True  # ", when asked what was wrong,": a clause of its own
    if words and (words[0].tag in {"IN", "RB", "VBG", "VBN"} or passive):
        # the verbs of a clause inside the phrase are its own: ", speaking on condition of
        # anonymity because he was not authorized to discuss it,"
        opened = sum(w.text == "(" for w in words) > sum(w.text == ")" for w in words)
        inner = next((n for n, w in enumerate(words) if n and w.text.lower() in INNER), len(words))
        inner = len(words) if opened else inner  # its comma is inside a parenthesis
        return not any(w.tag in FINITE_TAGS for w in words[passive:inner])
    return _appositive(words)


def _appositive(words: list[Token]) -> bool:
    """ ", the EU's top diplomat," describes; ", is prepared to act," does not."""
    if words and words[0].text.lower() in {"who", "whose", "which"}:
        return True
    if len(words) > 1 and words[0].text.lower() in REFLEXIVES:
        words = words[1:]  # ", herself a Sanders supporter,": the pronoun stresses the subject
    if not words or words[0].tag not in APPOSITIVE_START and words[0].text.lower() != "both":
        return False  # ", both Republicans,": "both/CC" floats off the subject
    for n, word in enumerate(words):
        if word.text.lower() in {"who", "which", "that", "whose"}:
            return True
        following = words[n + 1].tag if n + 1 < len(words) else ""
        if (
            word.tag in FINITE_TAGS
            and not following.startswith("NN")
            and word.text.lower() not in lexicons.role_nouns()
        ):
            return False  # a verb, unless a noun follows ("the firefighters union") or it
            # is a role noun the tagger took for a verb ("a former ambassador/VBP to")
    return True


def _untagged_title(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` a lower-case word the tagger took for an adverb or an adjective
    alone, standing before a name of two proper nouns ("said sophomore/RBR Tyler
    Grimes"): a title before the name, as a noun there would be? Not a verb ("are
    Supreme Court precedents", "advising Williams College graduates")."""
    word = tokens[k].text
    return (
        k + 2 < len(tokens)
        and nlp.is_lower_word(word)
        and tokens[k].tag in MISTAKEN_TITLE_TAGS
        and word not in DETERMINERS
        and word not in lexicons.cue_forms()
        and all(t.tag in nlp.PROPER_TAGS for t in tokens[k + 1 : k + 3])
    )


MISTAKEN_TITLE_TAGS = frozenset({"RB", "RBR", "RBS", "JJ", "JJR", "JJS"})


def np_after(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker after an inverted cue: "said Defense Minister Danno Pevkur in ..."."""
    while k < len(tokens) and tokens[k].text.lower() in SKIPPABLE:
        if tokens[k].tag in nlp.PROPER_TAGS:
            break  # "said Will": George Will
        k += 1
    if k >= len(tokens):
        return None
    following = tokens[k + 1].tag if k + 1 < len(tokens) else ""
    possessive = tokens[k].text.lower() == "her" and following in {"NN", "NNS", "JJ", "NNP"}
    if tokens[k].text.lower() in PERSONAL_PRONOUNS and not possessive:  # not "her father"
        return (k, k + 1)
    end = k + 1 if _untagged_title(tokens, k) else k
    while end < len(tokens):
        tok = tokens[end]
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        joins = nxt is not None and (
            _np_tok(nxt) and nxt.text not in {",", "."} or _participle_before_name(tokens, end + 1)
        )
        if (
            end > k
            and tok.tag == "DT"
            and tokens[end - 1].tag in {"NN", "NNS"}
            and (nxt is None or nxt.tag not in nlp.PROPER_TAGS)
        ):  # "The rationale these proven liars use": a determiner opens another phrase
            break  # (but "the civil rights organization the Anti-Defamation League")
        if aside_dash(tokens, end):
            break  # "the candidate - who has chafed": a dash ends the phrase
        if _np_tok(tok) and tok.text not in {",", "."} or hyphen_glued(tokens, end):
            end += 1
        elif tok.text == "and" and (
            _titles_joined(tokens, end) or _title_phrases_joined(tokens, end)
        ):
            end += 1  # "said President and CEO Angela Freeman": two titles of one person
        elif tok.text == "and" and _fields_joined(tokens, k, end):
            end += 1  # "Secretary of Health and Human Services Ann Lee"
        elif tok.text in {"and", ","} and _body_title_joined(tokens, k, end):
            end += 1  # "said House Ways and Means Chairman Kent Bradley": a body's name
        elif (
            tok.text.lower() in {"with", "to"}
            and end > k
            and tokens[end - 1].text.lower() in {"familiar", "close"}
            and joins
        ):
            end += 1  # "sources familiar with the matter", "people close to him"
        elif (
            tok.text.lower() in {"on", "in", "about"}
            and joins
            and _participle_of_person(tokens, k, end - 1)
        ):
            end += 1  # "said an official briefed on the talks": the participle (tagged a
            # noun, so read into the phrase) takes its complement, as "familiar" does
        elif (
            tok.text.lower() in {"of", "for"}
            and end > k
            and joins
            and not _adjunct_for(tokens, k, end)
            and (
                not holds_name(tokens[k:end])
                or _organisation_word(tokens[end - 1])
                or _office_word(tokens[end - 1])
                or _office_complement(tokens, k, end)
                or end - 1 == k
                and (_cause_named(tokens, k) or _people_for_cause(tokens, k))
            )
        ):
            # "Secretary of State John Kerry", "a spokesman for the Bank of America", "Ohio
            # Secretary of State Jon Husted", "a spokeswoman for the Port of Seattle", "the
            # Secretary of State for Transport", "said Citizens for Clean Air", not "Cameron
            # Easley for Morning Consult"
            end += 1
        elif (
            tok.text.lower() == "to"
            and end > k
            and joins
            and (_capitalised(tokens[end - 1]) or _named_after_complement(tokens, end))
            and _office_word(tokens[end - 1])
            and nxt is not None
            and (_capitalised(nxt) or nxt.text.lower() == "the")
        ):
            end += 1  # "said Ambassador to the United Nations Samantha Power": a capitalised
            # office's complement (not "adviser to Sen. Cruz", a lower-case role's), or a
            # lower-case one's set before its holder's name ("said the U.S. ambassador to
            # the United Nations, Ann Lee")
        elif (
            tok.tag in {"VBN", "VBG"}
            and (
                end == k
                and tok.tag == "VBN"
                or end > k
                and (_modifier_may_follow(tokens[end - 1]) or _role_modified_after(tokens, end))
            )
            and joins
        ):
            end += 1  # "one unaligned Florida strategist", "(a) retired general"
        elif (
            end == k
            and tok.text.islower()
            and nxt is not None
            and (
                tok.tag == "VBG"
                and nxt.text.lower() in lexicons.role_nouns()
                or end + 2 < len(tokens)
                and hyphen_glued(tokens, end + 2)
                and tokens[end + 2].text.lower() in lexicons.role_nouns()
            )
        ):
            end += 1  # "said acting/VBG mayor Tom Hale", "said ex/FW-governor Tom Hale": a
            # role's modifier opening the subject, read as part of it
        elif (
            tok.text.islower()
            and tok.text in lexicons.person_nouns()
            and nxt is not None
            and nxt.tag in nlp.PROPER_TAGS
        ):
            end += 1  # "said senior forward/RB Jaylen Ames": a kind of person before a name,
            # whatever the tagger says
        elif tok.tag == "RBS" and end > k and tokens[end - 1].tag == "DT" and nxt is not None:
            if not nxt.tag.startswith("JJ"):
                break
            end += 1  # "the most recent poll": a superlative's adverb after its "the"
        elif _adverb_of_modifier(tokens, end) and end > k and tokens[end - 1].tag in {"DT", "PRP$"}:
            end += 1  # "the recently court-released playbook", "a newly obtained memo"
        else:
            break
    if end == k or tokens[k].text.lower() in {"that", "this"}:
        return None
    if all(t.tag == "DT" or t.text.lower() in DETERMINERS for t in tokens[k:end]):
        if end - k == 1 and tokens[k].text.lower() in STANDALONE_DETERMINERS:
            return (k, end)  # "said another", "others said"
        return None
    return None if _wordless(tokens[k:end]) else (k, end)


def _adverb_of_modifier(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` an "-ly" adverb of the participle or adjective after it, or of a
    hyphenated one ("recently released", "newly court-ordered", "widely shared")?"""
    j = k + 1
    return (
        tokens[k].tag == "RB"
        and tokens[k].text.lower().endswith("ly")
        and j < len(tokens)
        and (tokens[j].tag in {"VBN", "JJ"} or j + 2 < len(tokens) and hyphen_glued(tokens, j + 2))
    )


def _role_modified_after(tokens: list[Token], k: int) -> bool:
    """Is the lower-case participle at ``k``, after a capitalised word, a lower-case role
    noun's modifier before its holder's name ("Budget Committee | ranking member Ann Lee")?"""
    return (
        _capitalised(tokens[k - 1])
        and tokens[k].text.islower()
        and k + 2 < len(tokens)
        and tokens[k + 1].text in lexicons.role_nouns()
        and tokens[k + 2].tag in nlp.PROPER_TAGS
    )


def _wordless(words: list[Token]) -> bool:
    """Are ``words`` marks alone, with no letter or digit ("-", "&")?"""
    return not any(c.isalnum() for t in words for c in t.text)


def _fields_joined(tokens: list[Token], k: int, i: int) -> bool:
    """Does the "and" at ``i`` join two fields of one office's complement, a name after it
    ("Secretary of Health and Human Services Ann Lee", "the Minister for Foreign Affairs
    and Trade, Ann Lee", "Minister of Finance and Coordinating Minister of the Economy,
    Ann Lee"), not two bodies or people ("the heads of the Army and Navy", "officials of
    the State Department and the Pentagon")? An office word before the phrase's first "of"
    or "for", capitalised words either side of "and", and the capitalised run after it
    (across "of", "for" and "the") holding a first name or set before ", Name"."""
    first = _office_complement_start(tokens, k, i)
    if first is None:
        return False
    if not _capitalised(tokens[i - 1]) or i + 1 >= len(tokens) or not _capitalised(tokens[i + 1]):
        return False
    if nlp.written_first_name(tokens[i + 1].text) or is_title_word(tokens[i + 1].text):
        return False  # "the mayor of Paris and Ann Lee", "... and Sen. Ann Lee": two people
    if any(nlp.written_first_name(t.text) for t in tokens[first:i]):
        return False  # "Secretary of State Hillary Clinton and ...": a person named before
    m = _complement_run_end(tokens, i)
    return any(nlp.written_first_name(t.text) for t in tokens[i + 1 : m]) or _name_set_at(tokens, m)


def _body_title_joined(tokens: list[Token], k: int, i: int, named: bool = False) -> bool:
    """Does the "and" or comma at ``i`` go on with a body's name that a title and its
    holder's first name close ("said House Ways and Means Chairman Kent Bradley", "Senate
    Health, Education, Labor and Pensions Committee Chair Ann Lee"), not list people or
    bodies ("Mark Dolan and Sue Price", "Senate Democrats and House Speaker Ann Lee",
    "Ohio and Texas Gov. Ann Lee")? No first name, title, people's noun nor place is
    written before the "and", and two words at least before its first "and" or comma
    ("Trump and | House Speaker Ann Lee", "Trump, Ryan and | Party Chairman Ann Lee" list
    people); capitalised words follow it, then an office word (not the first of
    them) and a first name (any name where ``named``: the title's reader knows one follows)."""
    if i == k or not all(
        _capitalised(t) or t.text in {",", "of", "and"} or n == k and t.tag == "DT"
        for n, t in enumerate(tokens[k:i], k)
    ):
        return False
    j = i
    while j + 1 < len(tokens) and tokens[j].text == "," and _capitalised(tokens[j + 1]):
        j += 1  # ", Education, Labor": more words of the body's name listed
        while j < len(tokens) and _capitalised(tokens[j]):
            j += 1
    j += j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text == "and"
    if j + 2 >= len(tokens) or tokens[j].text != "and" or not _capitalised(tokens[j + 1]):
        return False
    body = [t for t in tokens[k:j] if _capitalised(t)]
    head = next(n for n in range(k, j + 1) if tokens[n].text in {",", "and"})
    if (
        sum(_capitalised(t) for t in tokens[k:head]) < 2
        or any(_person_or_place(t.text) for t in body)
        or _person_or_place(tokens[j + 1].text)
    ):
        return False
    n = j + 2
    while n < len(tokens) and (_capitalised(tokens[n]) or tokens[n].text.islower()):
        holder = tokens[n + 1] if n + 1 < len(tokens) else None
        if _office_word(tokens[n]) and (named or holder and nlp.written_first_name(holder.text)):
            return named or holder is not None and holder.tag in nlp.PROPER_TAGS
        if not _capitalised(tokens[n]) and tokens[n].tag not in {"JJ", "VBG", "NN"}:
            return False  # "ranking member": a role's lower-case words only
        n += 1
    return False


def body_words_joined(tokens: Sequence[Token], k: int) -> bool:
    """Is the "and" or comma at ``k`` one inside a body's name that a title and its
    holder's name close (:func:`_body_title_joined`), read back from it to where the
    body's name begins ("House Ways | and | Means Chairman Kent Bradley")?"""
    if not 0 < k < len(tokens) - 1 or tokens[k].text not in {"and", ","}:
        return False
    start = k
    while start > 0 and (
        _capitalised(tokens[start - 1]) or tokens[start - 1].text in {",", "of", "and"}
    ):
        start -= 1
    while start < k and not _capitalised(tokens[start]):
        start += 1  # not from a comma, "of" or "and" before the name
    return _body_title_joined(list(tokens), start, k, named=True)


def _person_or_place(word: str) -> bool:
    """Is ``word`` a first name, a title, a noun for people ("Democrats") or a place: no
    word of a body's name that "and" goes on with?"""
    return (
        nlp.written_first_name(word)
        or is_title_word(word)
        or person_noun(word.lower())
        or lexicons.party_word(word)
        or nlp.gazetteer_marks([word]) == ["LOC"]
    )


def _named_after_complement(tokens: list[Token], i: int) -> bool:
    """Does the capitalised run after ``i`` (across "of", "for" and "the") end before ",
    Name" ("to | the United Nations, Ann Lee")?"""
    m = _complement_run_end(tokens, i)
    return m > i + 1 and _name_set_at(tokens, m)


def _complement_run_end(tokens: list[Token], i: int) -> int:
    """The end of the capitalised run after ``i``, across "of", "for" and "the" ("and |
    Human Services", "to | the United Nations")."""
    m = i + 1
    while m < len(tokens) and (_capitalised(tokens[m]) or tokens[m].text in {"of", "for", "the"}):
        m += 1
    return m


def _name_set_at(tokens: list[Token], m: int) -> bool:
    """Does a name set off by a comma stand at ``m`` (", Ann Lee")?"""
    return m + 1 < len(tokens) and tokens[m].text == "," and tokens[m + 1].tag in nlp.PROPER_TAGS


def _office_complement(tokens: list[Token], k: int, end: int) -> bool:
    """Do the names in ``tokens[k:end]`` stand only in the complement of the role or office
    the phrase opens with, so that another "of" or "for" may go on with it ("a spokeswoman
    for | the Port of Seattle", "the Secretary of | State for Transport", "Union Minister of
    | State for Home Affairs")? The word before its first "of" or "for" is an office word
    (whatever names come before: "Union Minister"), and no first name is written after it
    ("a spokesman for | Ted Cruz of Texas" names a person, not a body)."""
    first = _office_complement_start(tokens, k, end)
    if first is None:
        return False  # not "a 9-to-6 vote of | the Court of Appeals for ..."
    return not any(nlp.written_first_name(t.text) for t in tokens[first:end])


def _office_complement_start(tokens: list[Token], k: int, end: int) -> int | None:
    """Where the first "of" or "for" of ``tokens[k:end]`` stands, if an office word
    stands right before it ("Secretary | of State", "a spokeswoman | for the Port"), else
    None (as where the phrase opens with it)."""
    first = next((n for n in range(k, end) if tokens[n].text.lower() in {"of", "for"}), None)
    if first is None or first == k or not _office_word(tokens[first - 1]):
        return None
    return first


def _participle_before_name(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a participle in lower case modifying the proper noun after it ("the
    mayor of neighboring Leicester Corners", "the people of war-torn Gaza")?"""
    return (
        k + 1 < len(tokens)
        and tokens[k].tag in {"VBG", "VBN"}
        and tokens[k].text.islower()
        and tokens[k + 1].tag in nlp.PROPER_TAGS
    )


ADJUNCT_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _adjunct_for(tokens: list[Token], k: int, end: int) -> bool:
    """Does the "for" at ``tokens[end]`` open an adjunct of the clause rather than the
    phrase from ``k``'s employer ("rebuked by opponents [for his proposal]", "attacked by
    Democrats [for failing to ...]", a second "for": "a spokesman for his campaign [for
    the delay]"), where "a spokesman for his campaign" and "a spokesman for the Bank of
    America" hold it? A gerund after it, another "for" before it in the phrase, or a
    possessive after it that no office or role noun stands before."""
    if tokens[end].text.lower() != "for" or end + 1 >= len(tokens):
        return False
    nxt = tokens[end + 1]
    if nxt.tag == "VBG" or any(t.text.lower() == "for" for t in tokens[k:end]):
        return True
    return nxt.text.lower() in ADJUNCT_POSSESSIVES and not _office_word(tokens[end - 1])


def holds_name(words: list[Token], titles: bool = False) -> bool:
    """Do the words hold a proper name ("Cameron Easley"), a title counting as one only
    with ``titles``?"""
    return any(w.tag in nlp.PROPER_TAGS and (titles or not is_title_word(w.text)) for w in words)


APPOSITIVE_DASHES = frozenset({"--", "\u2014", "\u2013"})


def appositive_name(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The name set off by commas right after a noun phrase ending at ``j``, or by a
    comma and the end of the sentence; or after a dash, up to a comma or a dash ("A former
    candidate -- John Hale, who ... -- said")."""
    dash = j < len(tokens) and tokens[j].text in APPOSITIVE_DASHES
    if j >= len(tokens) or tokens[j].text != "," and not dash:
        return None
    begin = j + 1  # "Clinton's introducer, actress Jamie Lee Curtis": past a role noun
    begin += _age_before(tokens, begin)  # "One delegate, 24-year-old Kayla Brandstetter,"
    while begin < len(tokens) and tokens[begin].text.islower() and person_noun(tokens[begin].text):
        begin += 1
    if begin == j + 1 or begin < len(tokens) and tokens[begin].text == "of":
        # "A colleague, the anaesthetist Robert Kerr,": past "the" and a role; "the aide,
        # deputy chief of staff Marcus Tillery,": a role with "of" the loop stopped in
        begin = max(begin, _past_the_role(tokens, j + 1))
    styled = (
        not dash
        and begin == j + 1
        and begin + 1 < len(tokens)
        and tokens[begin].text.lower() == "the"
        and tokens[begin + 1].text[:1].isupper()
    )  # "The Bishop of Oxford, the Rt Rev Steven Croft,": "the" and a style of address
    begin += styled
    if not dash and (called := _called_in_appositive(tokens, j + 1)) is not None:
        return called  # "The witness, a taxi driver named Segun Ade, said"
    opened = begin  # "a longtime friend, former Delaware Attorney General Nancy Ferrante,"
    if (
        not dash
        and begin + 1 < len(tokens)
        and tokens[begin].text.lower() in TITLE_OPENERS
        and tokens[begin + 1].tag in nlp.PROPER_TAGS
    ):
        begin += 1
    end = begin
    while end < len(tokens):
        if tokens[end].tag in nlp.PROPER_TAGS or _of_in_title(tokens, begin, end):
            end += 1
        elif end > begin and end + 1 < len(tokens) and hyphen_glued(tokens, end + 1):
            end += 2  # "Lee Soo-yeon", "Ban Ki-moon": a given name's lower-case second part
        else:
            break
    closed = end >= len(tokens) or tokens[end].text in {",", "."} and end + 1 >= len(tokens)
    closed = closed or end - begin > 1 and _affiliation_closes(tokens, end)  # not ",
    # Republican of New York,"
    if end == begin or not (
        closed or tokens[end].text == "," or dash and tokens[end].text in APPOSITIVE_DASHES
    ):
        return None
    if dash and end < len(tokens) and tokens[end].text == "," and _listed_after(tokens, end + 1):
        return None  # "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar --"
    name = name_tokens(tokens[begin:end])
    if name is None or name[1] != end - begin:
        return None
    before = tokens[begin : begin + name[0]]
    titled = all(is_title_word(t.text) or person_noun(t.text.lower()) for t in before)
    if styled:  # the style's words unlisted ("Rt", "Venerable"): a listed first name after
        titled = 0 < len(before) <= 3 and nlp.is_first_name(tokens[begin + name[0]].text)
    elif not titled and not dash and before and _office_title(before):
        titled = True  # "Secretary of State X", "Delaware Attorney General X": an office
    # "Sir Alan Price": a title before the name; "fellow Democrat Bernie Sanders": a noun
    return (opened, end) if titled else None


TITLE_OPENERS = frozenset({"former", "then", "acting", "interim"})


def _of_in_title(tokens: list[Token], begin: int, k: int) -> bool:
    """ "of" inside a capitalised office ("Secretary of State", "Minister of Finance"):
    after a title word, before a capitalised word or "the" and one ("Secretary of the
    Commonwealth", whose "the" counts too)."""
    if tokens[k].text == "the" and k > begin and tokens[k - 1].text == "of":
        k -= 1  # "Secretary of the Commonwealth": "the" after the office's "of"
    the = k + 2 < len(tokens) and tokens[k + 1].text == "the"
    return (
        tokens[k].text == "of"
        and k > begin
        and is_title_word(tokens[k - 1].text)
        and k + 1 + the < len(tokens)
        and tokens[k + 1 + the].tag in nlp.PROPER_TAGS
    )


def _office_title(before: list[Token]) -> bool:
    """Capitalised words before a name that read as an office: a title word last, or
    "Title of Place" ("Secretary of State"), with a place or body before it ("Delaware
    Attorney General")."""
    words = [t.text for t in before]
    if "of" in words:
        k = words.index("of")
        return 0 < k < len(words) - 1 and is_title_word(words[k - 1]) and "of" not in words[k + 1 :]
    return is_title_word(words[-1])


def _age_before(tokens: list[Token], begin: int) -> int:
    """How many tokens from ``begin`` spell an age before a name ("24-year-old"): 5, else 0."""
    words = [t.text.lower() for t in tokens[begin : begin + 5]]
    aged = len(words) == 5 and words[0].isdigit() and words[1:] == ["-", "year", "-", "old"]
    return 5 if aged else 0


def _called_in_appositive(tokens: list[Token], begin: int) -> tuple[int, int] | None:
    """The name "named" gives an indefinite description set off by commas from ``begin``
    (", a taxi driver named Segun Ade,", ", an engineer named Ana Ruiz."): the described
    one is the named one."""
    if begin >= len(tokens) or tokens[begin].text.lower() not in {"a", "an"}:
        return None
    n = begin + 1
    while n < len(tokens) and n - begin <= 10 and tokens[n].text != "named":
        age = tokens[n].tag in {"CD", "HYPH"}  # "a 33-year-old welder named Josh Kreider"
        if not (age or tokens[n].text.islower()) or tokens[n].tag not in DESCRIPTION_TAGS | {"NNS"}:
            return None
        n += 1
    if n >= len(tokens) or n == begin + 1 or not tokens[n - 1].tag.startswith("NN"):
        return None
    end = n + 1
    while end < len(tokens) and tokens[end].tag in nlp.PROPER_TAGS:
        end += 1
    closed = (
        end >= len(tokens)
        or tokens[end].text == ","
        or (tokens[end].text == "." and end + 1 >= len(tokens))
    )
    name = name_tokens(tokens[n + 1 : end]) if end > n + 1 and closed else None
    return (n + 1, end) if name == (0, end - n - 1) else None


def _affiliation_closes(tokens: list[Token], end: int) -> bool:
    """Does an appositive name ending at ``end`` go on only with the place it belongs to,
    "of"/"at" and a phrase without a verb up to a comma or the sentence's end ("the study's
    lead author, Dr. Ann Kowalski of the University of Leeds.")?"""
    if end + 1 >= len(tokens) or tokens[end].text not in {"of", "at"}:
        return False
    for k in range(end + 1, len(tokens)):
        if tokens[k].text == ",":
            return k > end + 1
        if tokens[k].text in CLAUSE_BREAKS or tokens[k].tag.startswith(("VB", "MD")):
            return tokens[k].text == "." and k + 1 >= len(tokens) and k > end + 1
    return True


DESCRIPTION_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNP", "CD", "HYPH"})  # "former senator"


def _listed_after(tokens: list[Token], k: int) -> bool:
    """Does another name (or "and") follow at ``k``, making a list of names?"""
    return k < len(tokens) and (tokens[k].tag in nlp.PROPER_TAGS or tokens[k].text == "and")


def _past_the_role(tokens: list[Token], begin: int) -> int:
    """Where a name starts after "the" and a lower-case description ending in a singular
    noun ("the late Nobel laureate Ingrid Solberg", "the former attorney general Mark
    Reid"); ``begin`` when the words there are no such description."""
    if begin >= len(tokens):
        return begin
    if tokens[begin].text.lower() == "the" or tokens[begin].tag == "PRP$":
        n = begin + 1  # "the anaesthetist Robert Kerr", "his cousin James York"
    elif tokens[begin].text.isalpha() and (
        tokens[begin].text.islower() or begin + 1 < len(tokens) and tokens[begin + 1].text.islower()
    ):
        n = begin  # "former senator Bob Kerrey", "Chicago lawyer Ann Roe": no "the"
    else:
        return begin
    bare = n == begin
    while n < len(tokens) and n - begin <= 5 and tokens[n].tag not in {",", "."}:
        word = tokens[n].text
        if word == "of" and n > begin and n + 1 < len(tokens) and tokens[n + 1].text.islower():
            n += 1  # "deputy chief of staff Marcus Tillery": "of" inside the role
            continue
        if bare and tokens[n].tag not in DESCRIPTION_TAGS:
            return begin  # ", led by campaign manager Robby Mook,": an aside, no description
        if word.islower() and (person_noun(word) or tokens[n].tag == "NN") and n + 1 < len(tokens):
            nxt = tokens[n + 1]
            if nxt.tag in nlp.PROPER_TAGS and nxt.text[:1].isupper():
                return n + 1
        if (
            word.islower()
            and tokens[n].tag == "JJ"
            and n + 1 < len(tokens)
            and nlp.is_first_name(tokens[n + 1].text)
        ):
            return n + 1  # "independent Leah Ortiz": an adjective before a first name
        if not (word.islower() or n + 1 < len(tokens) and tokens[n + 1].text.islower()):
            return begin  # a capitalised word only before a lower-case one ("Nobel laureate")
        n += 1
    return begin


def name_before_appositive(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The name a person noun phrase stands in apposition to: "Andrew J. Tabler, an expert
    on Syria, noted", "said Elizabeth Arnold, 32, a former staff member ... who said"
    (an age or a region between them); the phrase is closed by a comma or "who", and the
    name is no preposition's object ("Asked about Trump, a spokesman, who ...")."""
    i, j = np
    closed = j < len(tokens) and tokens[j].text.lower() in {",", "who", "whose"}
    if not closed or not person_noun(head_word(tokens[i:j])) or plural_head(tokens[i:j]):
        return None  # "Asked about Trump, a spokesman said": the spokesman is a subject
    comma = i - 1
    if comma >= 0 and tokens[comma].text != ",":
        return None
    opening = comma - 1  # ", 32," or ", of Flint,": skip back over it
    while opening >= 0 and tokens[opening].text != ",":
        opening -= 1
    if opening > 0 and _age_or_region(tokens[opening + 1 : comma]):
        comma = opening
    end = start = comma
    while start > 0 and tokens[start - 1].tag in nlp.PROPER_TAGS:
        start -= 1
    before = tokens[start - 1] if start > 0 else None
    if (
        start == end
        or before
        and before.tag in {"IN", "TO"}
        and before.text.lower() not in SUBORDINATORS
    ):
        return None
    name = name_tokens(tokens[start:end])
    return (
        (start + name[0], start + name[1]) if name is not None and name[1] == end - start else None
    )


def described_by_role(words: list[Token], name_start: int) -> bool:
    """Is the name in ``words`` only the complement of a lower-case role ("a spokeswoman
    for the Pentagon", "an aide to Hillary Clinton") or of a lower-case noun for a body of
    people, its "of" ("the family of Cpl. Daniel Reyes": the family speaks, not he)?"""
    preposition = next(
        (n for n, w in enumerate(words[:name_start]) if n and w.text.lower() in NP_INNER), None
    )
    if preposition is None:
        return False
    head = head_word(words[:preposition])
    lower = words[preposition - 1].text.islower() or _opening_plural(words, preposition, name_start)
    before = words[name_start - 1]
    if before.tag in {"NN", "NNS"} and before.text.islower() and not person_noun(before.text):
        return False  # "her chief of staff Cheryl Mills": the name stands beside the role
    body = head in lexicons.organisation_nouns() and words[preposition].text.lower() == "of"
    return lower and (person_noun(head) or body)


def _opening_plural(words: list[Token], preposition: int, name_start: int) -> bool:
    """Is the word before the preposition a plural noun opening the phrase, capitalised
    as a sentence's first word is, with nothing but abbreviated titles between the
    preposition and the name ("Aides to Mr. Sanders", "Advisers to Sen. Rubio")? A title
    is singular ("Secretary of State John Kerry"), and an organisation's name goes on
    past the preposition ("Americans for Prosperity president Tim Phillips")."""
    return (
        preposition == 1
        and words[0].tag in {"NNS", "NNPS"}
        and words[0].text.endswith("s")
        and all(w.text.endswith(".") for w in words[2:name_start])
    )


def head_word(words: list[Token]) -> str:
    """The head noun of a noun phrase, singular and in lower case: "spokeswoman" in "a
    spokeswoman for the Pentagon", "source" in "sources familiar with the matter",
    "front-runner" (a hyphenated person noun) in "the Democratic front-runner"."""
    n = _head(words)
    head = words[n].text.lower()
    if hyphen_glued(words, n):
        glued = f"{words[n - 2].text.lower()}-{head}"
        head = glued if person_noun(glued) or person_noun(glued.removesuffix("s")) else head
    return head[:-1] if head.endswith("s") and person_noun(head[:-1]) else head


def people_head(words: list[Token]) -> bool:
    """Is the head of the noun phrase ``words`` a noun for people or a party's member, in
    the singular or the plural ("aides to the governor", "Democrats on the House Select
    Committee on Benghazi", "one Republican on the Intelligence Committee")? Whatever body
    a preposition after it names, the phrase describes people, no organisation."""
    head = words[_head(words)].text
    return person_noun(head_word(words)) or lexicons.party_member(head.removesuffix("s"))


def plural_head(words: list[Token]) -> bool:
    """Is the head noun of the noun phrase plural ("the ministers", "sources close to")?"""
    head = words[_head(words)]
    return head.tag in {"NNS", "NNPS"} or not head_word(words).endswith(head.text.lower())


def _head(words: list[Token]) -> int:
    """Where the head noun of the noun phrase ``words`` stands."""
    end = next(
        (n for n, w in enumerate(words) if n and w.text.lower() in NP_INNER | {"familiar"}),
        len(words),
    )
    return end - 1


def person_noun(word: str) -> bool:
    """A noun for a person or people: a role ("spokeswoman") or "source", "official"."""
    return word in lexicons.role_nouns() or word in PEOPLE_NOUNS


def hyphen_glued(tokens: list[Token], j: int) -> bool:
    """Is ``tokens[j]`` the end of a hyphenated word ("Ki-moon", "anti-war")?"""
    return (
        j >= 2
        and tokens[j - 1].text == "-"
        and tokens[j - 2].span.end == tokens[j - 1].span.start
        and tokens[j - 1].span.end == tokens[j].span.start
    )


def speaker_like(words: list[Token]) -> bool:
    """ "said Smith", "said the minister", "said a spokesman" — not "continued struggles"."""
    first = words[0]
    head = head_word(words)
    return (
        person_noun(head)
        or first.text.lower() in DETERMINERS
        or first.tag in {"PRP", "PRP$", "DT"}
        or holds_name(words, titles=True)
    )


def name_tokens(words: list[Token]) -> tuple[int, int] | None:
    """The last run of capitalised words in an NP that is not a title: the name."""
    end = len(words)
    while end > 0 and not _capitalised(words[end - 1]):
        if words[end - 1].text in {"'s", "\u2019s", "\u2019", "'"}:
            return None  # "Clinton's spokesman": the head is the spokesman
        if words[end - 1].tag in {"NN", "NNS"} or person_noun(words[end - 1].text.lower()):
            return None  # "a Pentagon spokesman", "the Trump campaign", "the Vermont senator"
        end -= 1
    start = end
    while start > 0 and (
        _capitalised(words[start - 1])
        and not is_title_word(words[start - 1].text)
        or words[start - 1].text.lower() in nlp.NAME_PARTICLES
    ):
        start -= 1
        if start >= 4 and nlp.elided_article(words, start - 3) and _capitalised(words[start - 4]):
            start -= 3  # "Sophie | in 't | Veld": a particle and its elided article
    if _given_name_owns(words, start, end):
        start -= 2  # "Emily's | List": a body named for someone by a given name alone
    if end - start >= 3 and postnominal([w.text for w in words[start:end]]):
        end -= 1  # "Bernard Okonkwo | KC", "Jane Hale | MP": an honour or office after it
    suffixed = start == end - 1 and words[start].text.lower().rstrip(".") in lexicons.NAME_SUFFIXES
    if suffixed:
        end = start  # "Martin Luther King | Jr.": the run stopped at a title word
    initials = end - 1
    while initials > 0 and nlp.INITIAL.fullmatch(words[initials - 1].text):
        initials -= 1  # "Peter T. | King": a middle initial between
    if start == end and initials >= 1 and nlp.is_first_name(words[initials - 1].text):
        start = initials - 1  # "Charlie King", "Dana Bishop": a surname that is also a title
        while (
            start > 0
            and nlp.is_first_name(words[start - 1].text)
            and _capitalised(words[start - 1])
        ):
            start -= 1  # "Billie Jean King": every first name before it
    if start == end:
        return None
    end += suffixed
    if end - start == 1 and words[start].text.lower() in CLAUSE_WORDS | INDEFINITE_PRONOUNS:
        return None  # "Whenever asked about it, they", "None has": a clause word, a pronoun
    if (person := _person_of_place(words, start, end)) is not None:
        return person
    if words[0].text.lower() in INDEFINITE_OPENERS and person_noun(words[end - 1].text.lower()):
        return None  # "a South Carolina Democrat", "another New Hampshire Republican": a
        # description of someone unnamed
    if _plural_name(words, start, end):
        return None  # "both Clintons", "The Brujas hope": a family or a group, no person
    named = (
        any(nlp.written_first_name(words[n].text) for n in range(start, end)) and end - start > 1
    )
    if not named and (prep := _preposition_before(words, start)) is not None:
        if (owner := _first_name_before_preposition(words, prep)) is not None:
            return owner  # "Holger Schmieding of Berenberg": the person, not the firm
        if _place_after(words, prep, start, end):
            return _surname_of_place(words, prep)  # "Collins of Maine": Collins; "Democrats
            # in Iowa", "voters in Ohio": no one named, the people the phrase heads speak
        if (head := _named_before_place(words, prep, start, end)) is not None:
            return head  # "The United States Embassy in Beijing": the embassy, not Beijing
        if thing_noun(words[prep - 1]) and not _organisation_named(words[start:end]):
            return None  # "ties to both Clintons", "a poll in January": the thing heads
        if _people_head(words, prep):
            return None  # "Analysts at Goldman Sachs", "Fishermen in Brixham": the people
            # the phrase heads speak, not the firm or the place they belong to
    given = next((n for n in range(start, end - 1) if nlp.written_first_name(words[n].text)), None)
    if given is not None and _body_after_the(words, start, end):
        given = None  # "the Lone Star Election Integrity Project": "Star" is no given name there
    if given is not None:
        given = _given_after_role(words, given, end)
        given = _unseen_before_given(words, start, given)
    if (
        given == start
        and (listed := _listed_office_object(words, start, end))
        and nlp.written_first_name(words[start + listed].text)
    ):
        given = start + listed  # "Ambassador to Israel | Dan Shapiro": a listed place the
        # office's object, though a first name too, then a name opening with one
    if given is None and _office_of_place(words, start, end):
        return None  # "the Attorney General of Texas": an office, no person named
    if given is None and (office := _office_before_of(words, start)) is not None:
        if all(nlp.is_frequent_word(w.text) for w in words[start:end]):
            return None  # "the Secretary of State", "the Chief of Staff": an office, no name
        if end - start == 1 and _capitalised(words[office]) and _rank(words[office]):
            return None  # "the Archbishop of Canterbury", "the Emir of Qatar": one word
            # after a capitalised title or role noun's "of" is what the office is of, no surname
        if end - start > 1 and words[start - 1].text.lower() == "the":
            start += 1  # "Secretary of the Treasury | Okonjo Iweala": a name takes no article
        while end - start > 1 and office_object_word(words[start].text):
            start += 1  # "Secretary of State | Clinton", "Chief of Staff | Reince Priebus",
            # "Vice Minister of Commerce | Gao Shuping": the office's object in common
            # words or nouns, then the name
    if given is None and (listed := _listed_office_object(words, start, end)):
        start += listed  # "Envoy to Sudan | Pieter Aalbers"
    # "City Attorney Brad Holm", "Secretary of State John F. Kerry"; "Bank of America"
    start = given if given is not None else _organisation_start(words, start)
    if given is None and people_of_body(words, start) is not None:
        return None  # "Democrats on | the House Select Committee on Benghazi": the people
        # speak, whatever the name read back across its "on" topic
    if given is None:
        start = _after_person_noun(words, start, end)  # "Reporter Jomana Karadsheh",
        # "Opposition NDP Leader Marit Stiles", "Commuter Tigist Alemayehu": a role
        # before a name whose first name is unlisted
    while end + 1 < len(words) and hyphen_glued(words, end + 1):
        end += 2  # "Ban Ki-moon"
    if words[start].text.lower() == "the":
        start += 1
    if end - start == 1 and words[start].tag == "NNS" and nlp.is_common_word(words[start].text):
        return None  # "Officials present at the meeting": a plural noun opening a sentence
    return (start, end) if start < end else None


INDEFINITE_OPENERS = frozenset({"a", "an", "one", "another", "every", "each", "no"})
PLURAL_OPENERS = frozenset({"the", "both", "all", "many", "several", "some", "most"})


def _plural_name(words: list[Token], start: int, end: int) -> bool:
    """Is the run ``words[start:end]`` one capitalised word in the plural: ending in "s"
    after a quantifier, a number or "the", past lower-case modifiers ("both Clintons",
    "The Brujas hope", "70 super PACs focused", "many more Latinos said")? A family or a
    group. (The tagger's NNS alone is no sign: "- Sanders/NNS.")"""
    word = words[start]
    if end - start != 1 or not word.text.endswith("s") or len(word.text) < 4:
        return False
    n = start - 1
    while (
        n >= 0
        and words[n].text[:1].islower()
        and words[n].tag in {"JJ", "JJR", "RBR", "NN"}
        and words[n].text not in PLURAL_OPENERS
    ):
        n -= 1  # "super", "more" ("many more Latinos"); not "many" (tagged JJ)
    return n >= 0 and (words[n].text.lower() in PLURAL_OPENERS or words[n].tag == "CD")


def _place_after(words: list[Token], prep: int, start: int, end: int) -> bool:
    """Is the run ``words[start:end]`` a listed place that the preposition at ``prep``
    ties to a plural, lower-case or person noun before it ("Democrats in Iowa", "voters in
    Ohio"), or, after "of", to a capitalised word that may be a surname ("Collins of
    Maine")? Not an organisation's or an office's "of" ("Bank of America", "Governor of
    Texas")."""
    if not all(mark == "LOC" for mark in nlp.gazetteer_marks([w.text for w in words[start:end]])):
        return False
    if words[prep].text == "of":
        return _surname_of_place(words, prep) is not None
    before = words[prep - 1]
    word = before.text.lower()
    return (
        before.tag in {"NNS", "NNPS"}
        or before.text.islower()
        or person_noun(word)
        or person_noun(word.removesuffix("s"))
    )


def _named_before_place(
    words: list[Token], prep: int, start: int, end: int
) -> tuple[int, int] | None:
    """The name a capitalised run before "in" gives, when the run ``words[start:end]``
    after it, the phrase's last words, is a listed place where that one is ("The United
    States Embassy in Beijing", "The Chamber of Commerce in Denver"): the place only says
    where, the run before it is who."""
    if end != len(words) or not _capitalised(words[prep - 1]) or not in_a_place(words, prep):
        return None
    if not all(w.tag in {"DT", "PDT"} or _capitalised(w) for w in words[:prep]):
        return None  # "an official at the Hopi Tribal Housing Authority in Arizona": the
        # capitalised run is not the phrase's head
    return name_tokens(words[:prep])


def in_a_place(words: list[Token], k: int) -> bool:
    """Are ``words[k:]`` "in" and a listed place, past a determiner ("in Beijing", "in the
    Bronx")?"""
    rest = words[k + 1 :]
    while rest and rest[0].tag in {"DT", "PDT"}:
        rest = rest[1:]
    return (
        k < len(words)
        and words[k].text == "in"
        and bool(rest)
        and all(mark == "LOC" for mark in nlp.gazetteer_marks([w.text for w in rest]))
    )


def _people_head(words: list[Token], prep: int) -> bool:
    """Is the word before the preposition at ``prep`` a plural noun for people
    (:func:`_people_word`), written in lower case or opening the phrase ("analysts at",
    "Fishermen in", "Doctors from")? Not a title ("Secretary of"), a thing ("Documents
    from") or a surname the tagger made plural ("Sanders in Iowa"). So is a party's member
    or members wherever they stand ("senior Democrats on the House Judiciary Committee",
    "one Republican on the panel"): they speak, not the body."""
    before = words[prep - 1]
    word = before.text
    if lexicons.party_member(word.removesuffix("s")):
        return True
    if _people_for_cause(words, prep - 1):
        return False  # "Voters for Clean Water": a body's name
    if before.tag != "NNS" or is_title_word(word) or not _people_word(before):
        return False
    return word.islower() or prep == 1 and word[1:].islower()


def _surname_of_place(words: list[Token], prep: int) -> tuple[int, int] | None:
    """The one capitalised word before "of" a place follows, when it may be a surname:
    no determiner before it, no title, role, frequent word or word the gazetteer knows
    ("Collins of Maine"; not "the Republic of Turkey")."""
    before = words[prep - 1]
    if (
        words[prep].text != "of"
        or not _capitalised(before)
        or before.tag not in nlp.PROPER_TAGS
        or (prep >= 2 and (_capitalised(words[prep - 2]) or words[prep - 2].tag == "DT"))
        or _office_word(before)
        or nlp.is_frequent_word(before.text)
        or any(nlp.gazetteer_marks([before.text]))
    ):
        return None
    return prep - 1, prep


def _preposition_before(words: list[Token], start: int) -> int | None:
    """Where a preposition inside a noun phrase ("of", "to", "in" ...) stands before the
    run at ``start``, past determiners ("ties to both Clintons") or the objects listed
    before it ("Democrats from Arizona and | New Mexico"), with a word before it."""
    if (listed := _object_list_before(words, start)) is not None:
        return listed - 1
    n = start - 1
    while n >= 0 and words[n].tag in {"DT", "PDT"}:
        n -= 1
    if n >= 1 and words[n].text in NP_INNER - {"close", "familiar"}:
        return n
    return None


def _first_name_before_preposition(words: list[Token], prep: int) -> tuple[int, int] | None:
    """The name before the first of a chain of prepositional phrases ending at ``prep``
    ("Aris Shirvanian of the Armenian Patriarchate of Jerusalem"): the person, not the
    body between the phrases; else the name before ``prep`` alone."""
    owner, at = None, prep
    while at is not None:
        owner = _name_before_preposition(words, at) or owner
        start = at
        while start > 0 and _capitalised(words[start - 1]) and words[start - 1].text not in ".,":
            start -= 1
        at = _preposition_before(words, start) if start < at else None
    return owner


def _name_before_preposition(words: list[Token], prep: int) -> tuple[int, int] | None:
    """The name of two or more capitalised words before "of" or "at" ("Holger Schmieding
    of Berenberg", "Ross Eisenbrey of the Economic Policy Institute"): what follows names
    where the person works. Not an office ("Attorney General of"), an organisation ("Bank
    of America", "Federal Bureau of") or a place ("United States of America"): its last
    word is no frequent word, its first a first name or no frequent word either."""
    if words[prep].text not in {"of", "at"}:
        return None
    first = prep
    while (
        first > 0
        and _capitalised(words[first - 1])
        and not is_title_word(words[first - 1].text)
        and words[first - 1].text not in {".", ","}
    ):
        first -= 1
    if prep - first < 2:
        return None
    opening, last = words[first].text, words[prep - 1].text
    if nlp.is_frequent_word(last) or _organisation_word(words[prep - 1]):
        return None
    if nlp.is_frequent_word(opening) and not nlp.is_first_name(opening):
        first = _given_after_words(words, first, prep)  # "Detective Constable | Ryan Hollis
        if first is None:  # of Lancashire Police": unlisted rank words, then the name
            return None
    if all(mark == "LOC" for mark in nlp.gazetteer_marks([w.text for w in words[first:prep]])):
        return None
    return first, prep


def _given_after_words(words: list[Token], first: int, prep: int) -> int | None:
    """Where a listed first name opens a name of two words or more after the capitalised
    words from ``first``, which open with a frequent word (a rank or office the title list
    lacks: "Detective Constable Ryan Hollis of"), else None."""
    given = (n for n in range(first + 1, prep - 1) if nlp.written_first_name(words[n].text))
    return next(given, None)


def _organisation_named(run: list[Token]) -> bool:
    """Does a word of the run name an organisation ("The Boston Herald")? It may speak
    through a thing of its own ("the front page of The Boston Herald")."""
    orgs = lexicons.organisation_words()
    return any(w.text in orgs or mark == "org" for w, mark in
               zip(run, nlp.gazetteer_marks([w.text for w in run]), strict=True))  # fmt: skip


def thing_noun(head: Token) -> bool:
    """Is ``head``, before a preposition, a common noun for no person, no speech and no
    time ("ties", "fusillade", "poll"), so that a name after the preposition is only what
    the phrase is about, not the speaker?"""
    word = head.text
    return (
        head.tag in {"NN", "NNS"}
        and word.islower()
        and not person_noun(word)
        and not person_noun(word.removesuffix("s"))
        and not _speech_word(word)
        and word.removesuffix("s") not in TIME_NOUNS
    )


def _person_of_place(words: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The person named before "of" and the place the run ``words[start:end]`` names
    ("Rep. G.K. Butterfield of North Carolina", "Sen. Pell of Ohio"): a name after a
    title, no organisation ("University of Texas") and no office ("Attorney General of
    Texas")."""
    if not _place_after_of(words, start, end):
        return None
    first = start - 1
    while first > 0 and _capitalised(words[first - 1]) and not is_title_word(words[first - 1].text):
        first -= 1
    named = words[first : start - 1]
    titled = first > 0 and is_title_word(words[first - 1].text)
    if not named or not titled or any(nlp.gazetteer_marks([w.text for w in named])):
        return None
    return first, start - 1


def _after_person_noun(words: list[Token], start: int, end: int) -> int:
    """Where a name without a listed first name begins in the run ``words[start:end]``:
    after the last role or agent noun that leaves two words or more ("Chief Financial
    Officer | Yoichi Miyazaki", "Meteorologist | Dwikorita Karnawati"), unless a
    frequent word follows it ("Officer Down"); ``start`` when none stands there. A
    listed first name is no such noun ("Tucker Carlson")."""
    nouns = [
        n
        for n in range(start, end - 2)
        if (
            words[n].text.lower() in lexicons.role_nouns()
            or lexicons.agent_noun(words[n].text.lower())
            and nlp.dictionary_tag(words[n].text) in {None, "NN", "NNS"}  # not "Greater"
        )
        and not nlp.is_first_name(words[n].text)
        and not words[n].text.isupper()  # "AUSTRALIAN OLYMPIC TEAM"
        and not nlp.is_frequent_word(words[n + 1].text)
        and words[n + 1].text[:1].isupper()  # not "Pieter | van Dam"
        or _acronym_before_name(words, n)
    ]
    return nouns[-1] + 1 if nouns else start


def _acronym_before_name(words: list[Token], n: int) -> bool:
    return acronym_before_name([w.text for w in words[n : n + 3]], 0)


def postnominal(words: list[str]) -> bool:
    """Does a run of three capitalised words or more end in an acronym of two to four
    capitals after a name written with a listed first name and words in lower case after
    their capital ("Bernard Okonkwo KC", "Jane Hale MP")? No personal name ends in one:
    the acronym is an honour or an office written after the name (as
    :func:`acronym_before_name` reads one before it)."""
    last = words[-1]
    return (
        len(words) >= 3
        and 2 <= len(last) <= 4
        and last.isalpha()
        and last.isupper()
        and last.strip("IVXLCDM") != ""  # "Brent Bozell III": a Roman numeral is the name's
        and nlp.written_first_name(words[0])
        and all(w[:1].isupper() and not w.isupper() for w in words[:-1])
        and not any(nlp.gazetteer_marks(words[:-1]))  # "America Rising PAC": a place's name
    )


def acronym_before_name(words: list[str], n: int) -> bool:
    """Is ``words[n]`` an acronym of two to four capitals before two words written in
    lower case after their capital ("Western Isles MSP | Alasdair Allan", "Kerry TD |
    Danny Healy-Rae"), the first no frequent word ("NY Daily News")? No personal name
    holds one between its words (initials carry their points or stand alone: "J.D.
    Vance", "JB Pritzker" before a surname only)."""
    if n + 2 >= len(words):
        return False
    word, after, last = words[n], words[n + 1], words[n + 2]
    return (
        2 <= len(word) <= 4
        and word.isalpha()
        and word.isupper()
        and after[:1].isupper()
        and after[1:].islower()
        and not nlp.is_frequent_word(after)  # "NY Daily News", "EU Member States"
        and last[:1].isupper()
        and not last.isupper()
    )


def _given_after_role(words: list[Token], given: int, end: int) -> int:
    """The first name of a run ``words[given:end]`` that starts with a first name, past
    the last role noun before a later first name ("Clark County Sheriff | Joe Lombardo":
    "Clark" is a first name too); ``given`` when no role noun stands between ("Dean
    Baker", "Mary Ann Smith")."""
    roles = [
        n
        for n in range(given, end - 2)
        if words[n].text.lower() in lexicons.role_nouns() or _acronym_before_name(words, n)
    ]  # "Kerry TD | Danny Healy-Rae": an office's acronym too
    if not roles:
        return given
    later = (
        n
        for n in range(roles[-1] + 1, end - 1)
        if nlp.is_first_name(words[n].text) and words[n].text.lower() not in nlp.NAME_PARTICLES
    )  # not "Marine | Le Pen"
    return next(later, given)


def _unseen_before_given(words: list[Token], start: int, given: int) -> int:
    """Where a name whose first listed first name is ``words[given]`` begins: earlier
    when the words just before it are names the tagger never saw, shaped as no English
    noun is (:func:`_foreign_name_word`), neither titles nor role nouns nor places or
    organisations ("Lim | Bee Hoon", "João | Pedro dos Santos",
    "María | Fernanda de la Cruz": a family name first, or a given name the list lacks),
    or any such word before a capitalised particle a list holds as a first name
    ("Dearbhla | Mac Giolla Phádraig"), or before a lower-case particle ahead of the
    listed name, a patronymic ("Mohd Faizal | bin | Abdul Rahman").
    A word the tagger knows stays a modifier before the name ("Republican | Ted Cruz",
    "Obama | ..."), as a place or an organisation does ("Vermont | ...")."""
    particle = False  # past a lower-case particle: "Mohd Faizal | bin | Abdul Rahman"
    while given > start:
        if (
            words[given - 1].text in nlp.TAGGED_PARTICLES
            and given - 1 > start
            and words[given - 2].text[:1].isupper()
        ):
            given, particle = given - 1, True
            continue
        word = words[given - 1].text
        if not (
            (
                particle
                and word.isalpha()
                or _foreign_name_word(word)
                or words[given].text in nlp.CAPITAL_PARTICLES
                and word.isalpha()
            )  # "Dearbhla | Mac Giolla Phádraig": "Mac" opens her surname, not her name
            and nlp.unseen_name(word)
            and not is_title_word(words[given - 1].text)
            and words[given - 1].text.lower() not in lexicons.role_nouns()
            and nlp.gazetteer_marks([words[given - 1].text]) == [""]
        ):
            break
        given -= 1
    while words[given].text in nlp.TAGGED_PARTICLES:
        given += 1  # no given name before the particle after all
    return given


def _foreign_name_word(word: str) -> bool:
    """A capitalised word shaped as no English noun is: with a letter outside ASCII
    ("João", "Hoàng"), or of two or three letters, no acronym ("Lim", "Ng", "Zaw")."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    return not word.isascii() or len(word) <= 3


def _office_before_of(words: list[Token], start: int) -> int | None:
    """Where the title or role noun stands whose "of" or "for" (or "of the") the run from
    ``start`` follows ("Secretary of | State", "Speaker of the | House", "Minister for |
    Home Affairs"); None when no office does."""
    of = start - 1
    if of >= 2 and words[of].text.lower() == "the":
        of -= 1
    if of < 1 or words[of].text not in {"of", "for"}:
        return None
    office = of - 1
    while office > 1 and not _office_word(words[office]) and words[office - 1].text == "of":
        office -= 2  # "Minister of | State for | Home Affairs": an office's chain
    return office if _office_word(words[office]) else None


OFFICE_OBJECT_TAGS = frozenset({"NN", "NNS", "NNPS"})


def office_object_word(word: str) -> bool:
    """Is ``word`` part of what an office is of, not of its holder's name: a frequent word,
    or one the tagger reads as a noun, common or plural, whatever its context ("State",
    "Staff", "Commerce", "Veterans", "Fisheries"; not "Gao" or "Priebus")?"""
    return nlp.is_frequent_word(word) or nlp.context_free_tag(word) in OFFICE_OBJECT_TAGS


def _listed_office_object(words: list[Token], start: int, end: int) -> int | None:
    """How many words a listed place or organisation opening ``words[start:end]`` takes,
    where it is the object of an office's "of" or "to" before it and a name of two words or
    more follows it ("Envoy to | Sudan Pieter Aalbers"); None otherwise."""
    if start < 2 or words[start - 1].text.lower() not in {"of", "to"}:
        return None
    if not _office_word(words[start - 2]):
        return None
    listed = nlp.known_spans([w.text for w in words[start:end]])
    if not listed or listed[0][0] != 0 or end - start - listed[0][1] < 2:
        return None
    return listed[0][1]


def _office_of_place(words: list[Token], start: int, end: int) -> bool:
    """Is the run ``words[start:end]`` a place that an office before "of" is of ("the
    Attorney General of Texas", "Governor of New York"), so that the phrase names an
    office, not a person?"""
    return _place_after_of(words, start, end) and is_title_word(words[start - 2].text)


def _place_after_of(words: list[Token], start: int, end: int) -> bool:
    """Is the run ``words[start:end]`` a listed place after "of", with a word before that
    ("Sen. Pell of Ohio", "the Attorney General of Texas")?"""
    return (
        start >= 2
        and words[start - 1].text == "of"
        and all(mark == "LOC" for mark in nlp.gazetteer_marks([w.text for w in words[start:end]]))
    )


def _titles_joined(tokens: list[Token], i: int) -> bool:
    """Does the "and" at ``i`` join two capitalised titles before one name ("President and
    CEO Angela Freeman", "Chairman and Chief Executive Ana Ruiz"), not two people ("Obama
    and Biden")? The word before is a title or role noun, the word after a capitalised
    title or role noun, and a capitalised run after it holds a name."""
    if i == 0 or i + 2 >= len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if not (_capitalised(before) and _office_word(before)):
        return False
    if not (_capitalised(after) and (_office_word(after) or after.text.isupper())):
        return False
    run = i + 1
    while run < len(tokens) and _capitalised(tokens[run]):
        run += 1
    return run - (i + 1) >= 2 and not all(_office_word(t) for t in tokens[i + 1 : run])


TITLE_PHRASE_WORDS = 6  # "Democratic National Committee Chairman": a body and its title


def _title_phrases_joined(tokens: list[Token], i: int) -> bool:
    """Does the "and" at ``i`` join two title phrases of one person named after the second
    ("former Ohio Gov. and Democratic National Committee Chairman Ted Strickland", "former
    senator and party chairman Bob Walters")? The word before is a title or role noun with
    no name after it; after "and", within ``TITLE_PHRASE_WORDS`` words of a noun phrase, a
    title or role noun is followed by a capitalised name."""
    if i == 0 or not _office_word(tokens[i - 1]):
        return False
    for j in range(i + 1, min(len(tokens) - 1, i + 1 + TITLE_PHRASE_WORDS)):
        if not _np_tok(tokens[j]) or tokens[j].text in {",", "."}:
            return False
        name = tokens[j + 1]
        if _office_word(tokens[j]) and name.tag in nlp.PROPER_TAGS and not _office_word(name):
            return _capitalised(name)
    return False


def _rank(token: Token) -> bool:
    """A title, or a role noun no everyday word is ("Emir", "Duke", "CEO"; not "Friend",
    "Mother"): an office or rank that "of" and a place or body may follow."""
    return is_title_word(token.text) or not nlp.is_frequent_word(token.text)


def _office_word(token: Token) -> bool:
    """A title or role noun that an office's "of" or "for" may follow ("Secretary", "chief")."""
    return is_title_word(token.text) or token.text.lower() in lexicons.role_nouns()


def _body_after_the(words: list[Token], start: int, end: int) -> bool:
    """Is the capitalised run ``words[start:end]`` an organisation's name after "the", an
    organisation word ending it ("the Lone Star Election Integrity Project", "the Grace
    Church Council")? A person's name takes no article, so a first name inside is a word of
    the body's name."""
    after_the = start >= 1 and words[start - 1].text.lower() == "the"
    return after_the and _organisation_word(words[end - 1])


def _organisation_word(token: Token) -> bool:
    """A capitalised organisation word ("Bank", "University", "Committee")."""
    return _capitalised(token) and nlp.gazetteer_marks([token.text]) == ["org"]


def _organisation_start(words: list[Token], start: int) -> int:
    """Where a name that an organisation word heads across "of", "for" or "to" begins
    ("Bank of America", "University of Virginia", "Committee to Protect Journalists"):
    the capitalised run from ``start`` is only its end."""
    joined = start
    if (before_and := _organisation_before_and(words, start)) is not None:
        joined = before_and  # "Department of Health and | Social Care"
    while joined >= 2:
        joiner = joined - 1
        if words[joiner].text.lower() in {"the", "a"} and joiner >= 2:
            joiner -= 1  # "the Institute for the | Study of War", "the Friends of the | Earth",
            # "Americans for a | Strong Economy"
        if words[joiner].text.lower() not in ORG_JOINERS and not _topic_on(words, joiner):
            break
        head = _organisation_head_start(words, joiner - 1)
        if head is None:
            break
        joined = head
    return joined


def _topic_on(words: list[Token], on: int) -> bool:
    """Is the "on" at ``on`` inside an organisation's name, before what the body is on ("the
    Council on Foreign Relations", "the Center on Budget and Policy Priorities")? A listed
    organisation word before it, capitalised words after it that hold no time ("the Senate
    on Tuesday", "on Super Tuesday") and no first name ("the Committee on Hillary Clinton's
    emails"): a body named for its subject."""
    if words[on].text.lower() != "on" or on < 1 or not _organisation_word(words[on - 1]):
        return False
    after = on + 1 + (on + 1 < len(words) and words[on + 1].text.lower() == "the")
    end = after
    while end < len(words) and (
        _capitalised(words[end])
        or words[end].text == "and"
        and end + 1 < len(words)
        and _capitalised(words[end + 1])
    ):
        end += 1
    topic = words[after:end]
    return bool(topic) and not any(_time_word(w) or nlp.written_first_name(w.text) for w in topic)


def organisation_reading(words: list[Token], from_start: bool) -> tuple[int, int]:
    """The words of ``words`` (capitalised runs that "of", "for", "to" or "and" may join,
    after any "the") that read as one organisation's name, as :func:`name_tokens` reads
    one across its joiners: from the end back ("the Department of Veterans Affairs | sent
    a letter") or, ``from_start``, from the start on ("issued by | the Department of
    Veterans Affairs on"). "Friends of Hillary Clinton" joins no name."""
    first = 1 if words and words[0].text.lower() == "the" else 0
    runs = [
        n
        for n in range(first, len(words))
        if _capitalised(words[n]) and (n == first or not _capitalised(words[n - 1]))
    ]
    if len(runs) < 2:
        return 0, len(words)
    ends = [next((m for m in range(n, len(words)) if not _capitalised(words[m])), len(words))
            for n in runs]  # fmt: skip
    if not from_start:
        begins = _joined_start(words, runs[-1], ends[-1])
        return (0 if begins == first else begins), len(words)
    reach = ends[0]
    for k in range(1, len(runs)):
        if _joined_start(words[: ends[k]], runs[k], ends[k]) <= first:
            reach = ends[k] if k + 1 < len(runs) else len(words)  # with a word after the
            # last run ("the Sanders campaign")
    return 0, reach


PEOPLE_PREPOSITIONS = frozenset({"on", "in", "for", "to", "of", "at", "with", "from"})


def people_of_body(words: list[Token], start: int) -> int | None:
    """Where the noun phrase for people begins whose preposition the organisation's name
    ending the capitalised run from ``start`` is the object of ("Democrats on | the House
    Select Committee on Benghazi", "senior Republicans in | Congress", "aides to | the
    Governor"): they speak, not the body. None where no noun for people or party's
    members (:func:`_people_head`) stands before the preposition."""
    prep = _organisation_start(words, start) - 1
    if prep >= 1 and words[prep].text.lower() == "the":
        prep -= 1
    if prep < 1 or words[prep].text.lower() not in PEOPLE_PREPOSITIONS:
        return None
    if not _people_head(words, prep):
        return None
    begin = prep - 1
    while begin > 0 and words[begin - 1].tag in PEOPLE_MODIFIER_TAGS:
        begin -= 1  # "senior", "House", "two"; not "the" ("the Republicans on")
    return begin


PEOPLE_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "NNP"})


def _joined_start(words: list[Token], start: int, end: int) -> int:
    """Where :func:`name_tokens` reads the name that the capitalised run from ``start`` to
    ``end`` ends to begin: no earlier where a first name is written in the run ("the
    Friends of | Hillary Clinton"), else as :func:`_organisation_start` joins it."""
    if any(nlp.written_first_name(words[n].text) for n in range(start, end - 1)):
        return start
    return _organisation_start(words, start)


def _organisation_head_start(words: list[Token], head: int) -> int | None:
    """Where the name begins that the word at ``head``, before an "of", "for" or "to", heads
    as an organisation's: a listed organisation word with the capitalised words before it
    ("Bank", "Bureau"); or a noun no list holds that "the" opens the name of ("the Chamber
    of Commerce", "the U.S. Chamber of Commerce"; not "Friends of Hillary Clinton"); or
    one that such a name joined before it opens ("the League of Women Voters of")."""
    listed = _organisation_word(words[head])
    for_cause = not listed and _people_for_cause(words, head)
    if not listed and not for_cause and not _unlisted_head(words[head]):
        return None
    if for_cause or not listed and (_purpose_named(words, head) or _cause_named(words, head)):
        return head  # "Right to Rise USA", "super PAC Right to | Rise", "Citizens for |
        # Growth": no "the" needed
    while head > 0 and _capitalised(words[head - 1]) and not is_title_word(words[head - 1].text):
        head -= 1
    if not listed and (head == 0 or words[head - 1].text.lower() != "the"):
        chained = head >= 2 and words[head - 1].text.lower() in ORG_JOINERS
        if chained and _organisation_head_start(words, head - 2) is not None:
            return head  # "the League of | Women Voters of Kansas", "the Chamber of |
            # Commerce of Kansas": the middle of a name an organisation heads before it
        return None
    return head


def _purpose_named(words: list[Token], head: int) -> bool:
    """Does the common noun at ``head`` name a body by what it is for, "to" and a
    capitalised verb after it ("Right to Rise", "Citizens to Save Main Street"), as no
    surname or headline's subject does ("Obama to Visit Cuba")? Both frequent words, the
    one after "to" a verb there."""
    if head + 2 >= len(words) or words[head + 1].text != "to":
        return False
    verb = words[head + 2]
    if not (_capitalised(verb) and nlp.is_frequent_word(words[head].text)):
        return False
    if not nlp.is_frequent_word(verb.text):
        return False
    to = Token(words[head + 1].span, "to", "")
    return nlp.tag([to, Token(verb.span, verb.text.lower(), "")])[1].tag == "VB"


def _cause_named(words: list[Token], head: int) -> bool:
    """Does the one capitalised common noun at ``head`` name a body by the cause it is for
    ("Citizens for | Growth", "Democracy for | America", "Americans for a | Strong
    Economy"), as a person's name does not ("Cameron Easley for | Morning Consult")? A
    :func:`cause_word`, with no capitalised word before it."""
    if head + 1 >= len(words) or words[head + 1].text.lower() != "for":
        return False
    return cause_word(words[head].text) and (head == 0 or not _capitalised(words[head - 1]))


def _people_for_cause(words: list[Token], head: int) -> bool:
    """Does the capitalised plural noun for people at ``head`` name a body by the cause its
    members stand for ("Voters for | Clean Water", "Moms for | Safer Schools", "Students
    for a | Debt-Free College"), not people who work or vote for someone ("voters for
    Hillary Clinton", "Students for Sanders", "Lawyers for Goldman Sachs", "aides for the
    Red Cross", "Lawyers for Apple")? The cause follows "for" (or "for a") and ends the
    name: two capitalised words or more, none a first name or a title, the last a frequent
    word; or one common noun no listed organisation is ("Citizens for | Responsibility",
    "Veterans for | Peace")."""
    word = words[head]
    plural = word.tag == "NNS" or nlp.context_free_tag(word.text.lower()) == "NNS"
    if not (_capitalised(word) and plural) or word.text.isupper():
        return False
    if head + 1 >= len(words) or words[head + 1].text.lower() != "for":
        return False
    cause = head + 2 + (head + 2 < len(words) and words[head + 2].text.lower() == "a")
    end = cause
    while end < len(words) and _capitalised(words[end]):
        if nlp.written_first_name(words[end].text) or is_title_word(words[end].text):
            return False
        end += 1
    if end == cause or end < len(words) and words[end].text.lower() in ORG_JOINERS:
        return False
    last = words[end - 1].text
    if end - cause == 1:
        return nlp.common_noun(last) and nlp.gazetteer_marks([last]) != ["ORG"]
    return nlp.is_frequent_word(last)


def _given_name_owns(words: list[Token], start: int, end: int) -> bool:
    """Is the one capitalised word ``words[start:end]`` owned by a given name alone before
    it, so that the three are one body's name ("Emily's List", "Bernie's Army")? News
    names a person who owns something by the surname ("Clinton's Campaign" is a
    headline's), and no title or noun for a person is named so ("Hillary's Chief"); nor is
    a place ("Nevada's Democratic caucuses"). The name closes the phrase."""
    if end != len(words) or end - start != 1 or start < 2 or words[start - 1].tag != "POS":
        return False  # the name closes the phrase: not "Nevada's Democratic | caucuses"
    owner, owned = words[start - 2], words[start]
    return (
        _capitalised(owner)
        and nlp.written_first_name(owner.text)
        and nlp.gazetteer_marks([owner.text]) != ["LOC"]  # "Nevada's": a place's
        and nlp.context_free_tag(owned.text.lower()) in {"NN", "NNS"}  # not "Hillary's Shocking"
        and (start == 2 or not _capitalised(words[start - 3]))
        and not _office_word(owned)
        and not person_noun(owned.text.lower())
    )


def joined_name(words: list[Token]) -> bool:
    """Are ``words`` one name joined across "for" or "to", and nothing else ("Citizens for
    Growth", "Right to Rise"), as :func:`name_tokens` reads a name? Not across "of", which
    may tell where a body is ("Tidemark Partners of Atlanta")."""
    return any(w.text.lower() in {"for", "to"} for w in words) and name_tokens(words) == (
        0,
        len(words),
    )


def cause_word(word: str) -> bool:
    """May the capitalised ``word`` open a body's name by the cause it is for, "for" after
    it ("Citizens", "Democracy", "Americans", "Veterans"), where a person's name may not
    ("Easley", "Jones", "Adams")? A frequent word or a common plural, no first name and
    no function word."""
    if nlp.written_first_name(word) or word.lower() in lexicons.function_words():
        return False  # not "As for | Mr. Kim"
    plural = nlp.context_free_tag(word) in {"NNS", "NNPS"} or (
        word.endswith("s") and nlp.context_free_tag(word[:-1]) in {"JJ", "NN"}
    )
    return nlp.is_frequent_word(word) or plural


def _unlisted_head(token: Token) -> bool:
    """A capitalised noun that may head an organisation's name before "of", "for" or "to"
    though no list has it ("Chamber", "House", "Campaign"): no title and no noun for a
    person ("Secretary of State", "Mayor of Boston", "Leader of the House" name offices)."""
    return (
        _capitalised(token)
        and token.text.isalpha()
        and not _office_word(token)
        and not person_noun(token.text.lower())
    )


def _capitalised(token: Token) -> bool:
    text = token.text
    return (
        (text[:1].isupper() and not _headline_capital(token) or glued_particle(text))
        and token.tag not in {"PRP", "DT", "IN", "CC"}
        and text.lower() not in SUBJECT_PRONOUNS
    )


def strip_determiner(phrase: str) -> str:
    return re.sub(r"^(?:the)\s+", "", phrase.strip(), flags=re.IGNORECASE)


def all_caps_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 5 and "." not in name


GLUED_PARTICLE = re.compile(rf"(?:{'|'.join(sorted(nlp.NAME_PARTICLES))})-[A-Z]")


def glued_particle(word: str) -> bool:
    """Is ``word`` a surname with a name particle glued to it by a hyphen ("al-Sayed",
    "el-Baz"), written in lower case but part of a name?"""
    return "-" in word and GLUED_PARTICLE.match(word) is not None


def headline_name_end(
    text: str,
    names: list[str],
    begin: int,
    stop: int,
    headline: Callable[[int], bool],
    lowered: Sequence[bool],
) -> int:
    """Where a name read from ``names[begin:stop]`` in a title-case line ends: before the
    first word past its first that is no listed first name, initial or particle and that
    the article writes in lower case elsewhere ("Obama Claims Hillary Most Qualified
    ...", the body's "the most populous state": no "Hillary Most") or that the tagger
    knows and reads as the running text would write it, in lower case (``lowered``, one
    flag a word: ``nlp.running_lower_starts``; "Paul Scores Direct Hit On ...": no "Paul
    Scores"; not a surname it never saw, "Captain Siyabonga Ntuli:", lowered for want of
    any evidence), unless the article writes the name up to that word outside lines in title
    case (``headline(at)``), as a name ("Donald Trump Wins ...", the body's "Donald Trump
    said" despite "trump card")."""
    starts = nlp.word_starts(text)
    for n in range(begin + 1, stop):
        word = names[n].rstrip(".,")
        if (
            not word.isalpha()
            or nlp.is_first_name(word)
            or word.lower() in nlp.NAME_PARTICLES
            or not (lowered[n] and nlp.context_free_tag(word) or word.lower() in starts)
        ):
            continue
        name = [w.rstrip(".,") for w in names[begin : n + 1]]
        if not any(not headline(at) for at in spaced_name_starts(text, name)):
            return n
    return stop


_WORD_RUN = re.compile(r"\w+")


def spaced_name_starts(text: str, words: list[str]) -> Iterator[int]:
    """Where ``text`` writes ``words`` one after another with white space between them, as
    ``re.finditer`` finds ``\\bW1\\s+W2...\\b`` (each place past the last one's end). A name
    whose words are runs of ``\\w`` is read from the article's word index
    (``nlp.word_starts``), not by a pattern compiled for it (perf43: per-name compiles)."""
    if not words or not all(_WORD_RUN.fullmatch(w) for w in words):
        pattern = r"\s+".join(re.escape(w) for w in words)
        yield from (m.start() for m in re.finditer(rf"\b{pattern}\b", text))
        return
    last = 0
    for at in nlp.word_starts(text).get(words[0], ()):
        if at < last:
            continue  # inside the place found before (finditer does not overlap)
        end = at + len(words[0])
        for word in words[1:]:
            space = end
            while space < len(text) and text[space].isspace():
                space += 1
            if space == end or not text.startswith(word, space):
                break
            end = space + len(word)
        else:
            if end == len(text) or _WORD_RUN.match(text, end) is None:
                last = end
                yield at
