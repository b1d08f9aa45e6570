"""The speaker that the sentence after a quotation names, pointing back at it.

A quotation may stand alone, its speaker named only by the sentence after it: an inverted
cue behind "So" or "Thus" ("“...” So said Sen. Ann Lowry"), a demonstrative subject and a
copula ("That was the message from X", "Those were the words of X", "That was Gov. X,
speaking in Joplin", "Such was X's verdict"), a noun for words said whose source a
preposition names ("The quip came from X", "The line, from X, got a laugh", "The words are
those of X", "The words belong to X") or whose owner opens the sentence ("X's retort came
before ..."). Pure grammar over tagged tokens: :meth:`core.attribution.Attributor` decides
where such a sentence stands and resolves the phrase found.
"""

from __future__ import annotations

from core import lexicons, nlp
from core.document import Token
from core.phrases import FINITE_BE, np_after

FRONTED_ADVERBS = frozenset({"so", "thus"})  # "So said X", "Thus spoke X"
POINTING_SUBJECTS = frozenset({"that", "this", "those", "these", "such"})
SOURCE_PREPOSITIONS = frozenset({"from", "of", "by"})  # "the words of X", "the line from X"
PREPOSITION_OF_VERB = {"came": "from", "comes": "from", "come": "from", "belong": "to",
                       "belongs": "to", "belonged": "to"}  # fmt: skip
UTTERANCE_NOUNS = frozenset(  # nouns for words said that are no speech verb's noun
    {"line", "lines", "message", "verdict", "assessment", "word", "sentiment", "quote",
     "advice", "diagnosis", "summary"}
)  # fmt: skip
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "VBN", "CD", "HYPH"})
LEADING_TAGS = MODIFIER_TAGS | {"RBS"}  # "the most memorable line"
FOLLOWING_TAGS = MODIFIER_TAGS | {"NNS"}
MAX_ASIDE = 12  # words of an aside set off between the noun and its source


def utterance(token: Token) -> bool:
    """Does ``token`` name words said ("quip", "retort", "message", "words")?"""
    word = token.text.lower()
    return token.tag in {"NN", "NNS"} and (word in UTTERANCE_NOUNS or lexicons.speech_act(word))


def speaker_named_after(
    tokens: list[Token], same_paragraph: bool
) -> tuple[int, tuple[int, int]] | None:
    """In the sentence ``tokens`` after a quotation standing alone: the index of the word
    that points back at the quotation (its cue) and the noun phrase of its speaker. An
    owner's noun opens a sentence about the quotation only in its paragraph: a paragraph
    opened by "Clinton's attacks were echoed" turns to another matter."""
    if len(tokens) < 3:
        return None
    first = tokens[0].text.lower()
    if first in FRONTED_ADVERBS:
        verb = tokens[1].text.lower()
        if verb not in lexicons.cue_forms() or verb.endswith("ing"):
            return None
        np = np_after(tokens, 2)
        return (1, np) if np is not None else None
    if first in POINTING_SUBJECTS and tokens[1].text.lower() in FINITE_BE:
        return _predicate_source(tokens, 2)
    if tokens[0].text == "The":
        head = _head_after(tokens, 1)
        np = _source_after(tokens, head + 1, subject=True) if head is not None else None
        return (head, np) if head is not None and np is not None else None
    return _owner_source(tokens) if same_paragraph else None


def _predicate_source(tokens: list[Token], k: int) -> tuple[int, tuple[int, int]] | None:
    """After "That was": the source of the noun ("the message from X"), the owner of an
    owned one ("X's verdict") or the person named ("Gov. X, speaking ...")."""
    if tokens[k].tag == "DT":
        head = _head_after(tokens, k + 1)
        if head is None:
            return None
        np = _source_after(tokens, head + 1, subject=False)
        return (head, np) if np is not None else None
    if tokens[k].tag not in nlp.PROPER_TAGS and not tokens[k].text[:1].isupper():
        return None  # "That was Culinary/JJ Union organizer X": capitals open a name
    np = np_after(tokens, k)
    if np is None:
        return None
    owner = next((n for n in range(np[0], np[1]) if tokens[n].tag == "POS"), None)
    if owner is None:
        return (k - 1, np)  # "That was Gov. Burt Calhoun, ..."
    head = _head_after(tokens, owner + 1)
    return (head, (np[0], owner)) if head is not None else None


def _owner_source(tokens: list[Token]) -> tuple[int, tuple[int, int]] | None:
    """A sentence opened by the owner of one thing said, the verb or an aside after it:
    "X's retort came before ...", "X's reply, by text message, arrived" (not "X's attacks
    were echoed": many, said before)."""
    n = 0
    while n < len(tokens) and tokens[n].tag in nlp.PROPER_TAGS:
        n += 1
    if not n or n >= len(tokens) or tokens[n].tag != "POS":
        return None
    head = _head_after(tokens, n + 1)
    if head is None or head + 1 >= len(tokens) or tokens[head].tag != "NN":
        return None
    after = tokens[head + 1]
    return (head, (0, n)) if after.text == "," or after.tag.startswith("VB") else None


def _head_after(tokens: list[Token], k: int) -> int | None:
    """The index of a noun for words said heading the words from ``k`` (its modifiers
    before it: "the most memorable line")."""
    n = k
    while n + 1 < len(tokens) and tokens[n].tag in LEADING_TAGS:
        if tokens[n + 1].tag not in FOLLOWING_TAGS:
            break
        n += 1
    return n if n < len(tokens) and utterance(tokens[n]) else None


def _source_after(tokens: list[Token], k: int, subject: bool) -> tuple[int, int] | None:
    """The noun phrase a preposition after the noun ending at ``k`` names as its source:
    "from X" (past an aside set off by commas: "the answer, repeated four times, from X"),
    or, after a noun that is the subject, its verb's: "came from X", "are those of X",
    "belong to X"."""
    n = k
    if n < len(tokens) and tokens[n].text == ",":
        if n + 1 < len(tokens) and tokens[n + 1].text.lower() in {"from", "by"}:
            return np_after(tokens, n + 2)  # "The line, from a county chairman, got"
        close = next(
            (m for m in range(n + 1, min(len(tokens), n + MAX_ASIDE)) if tokens[m].text == ","),
            None,
        )
        if close is None:
            return None
        n = close + 1
    if n >= len(tokens):
        return None
    prepositions = SOURCE_PREPOSITIONS
    verb = tokens[n].text.lower()
    if subject and verb in FINITE_BE | PREPOSITION_OF_VERB.keys():
        be = verb in FINITE_BE
        prepositions = frozenset({"from", "of"} if be else {PREPOSITION_OF_VERB[verb]})
        n += 1
        if be and n < len(tokens) and tokens[n].text.lower() == "those":
            n += 1  # "The words are those of X"
    if n < len(tokens) and tokens[n].text.lower() in prepositions:
        return np_after(tokens, n + 1)
    return None
