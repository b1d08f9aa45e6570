"""The statement model: which words cue an attribution, and where its content ends.

A frame's text outside its quotations is split into plain words (a quotation stands as
one ``<Q>`` word). A word of the model's vocabulary ("said", "believes", "according",
"claim", "endorsed"), or another form of one of its families ("assails"), is a
candidate cue, and one logistic regression over the words around it decides whether it
cues an attribution here ("Clinton endorsed the deal") or not ("the deal she endorsed").
A second one reads the content that follows a cue word by
word and decides where it stops ("endorsed [Cruz] - the first time ...", "says [he
respects Clinton] and calls her ..."). Neither reads part-of-speech tags, so that only
frames holding a cue are ever tagged. ``scripts/train_statements.py`` trains both on
PolNeAR train; ``resources/models/README.md`` gives their provenance and figures.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

from core import lexicons
from core.document import Span
from core.nlp import is_abbreviation, read_model

MODEL_FILE = "statements_en.json"
QUOTE = "<Q>"
# a number's thousands stay one word ("1,110", "$20,000", "a 5,125-square-foot space": its
# commas are no clause breaks)
WORD = re.compile(
    r"\d{1,3}(?:,\d{3})+(?!\d)(?:['\u2019.\-]\w+)*\.?|\w+(?=['\u2019]s\b)|['\u2019]s\b"
    r"|\w+(?:['\u2019.\-]\w+)*\.?|[^\w\s]"
)
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"})
CLASSES = {word: "PRON" for word in PRONOUNS} | {word: "DET" for word in DETERMINERS}
AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
     "could", "should", "may", "might", "must", "does", "did", "do", "'s", "\u2019s"}
)  # fmt: skip
INFLECTIONS = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
OPENINGS = frozenset({"that", "to", "whether", "if", QUOTE})  # what a content may begin with
FRONTING_WORDS = frozenset(  # what opens a clause before the main one
    {"although", "though", "while", "if", "as", "when", "because", "since", "whereas",
     "unless", "until", "after", "before", "even", "once", "despite", "whether"}
)  # fmt: skip
JOINED = frozenset({"and", "but", "or"})  # words that join two clauses
BREAKS = frozenset({",", ";", ":", "\u2014", "\u2013", "--", "-", "(", ".", QUOTE})
OPENERS = BREAKS | JOINED  # what stands before the next clause's first word
ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--", "-", "("})  # may open an aside
ASIDE_REACH = 25  # words from a mark opening an aside to the one closing it
NEGATIONS = frozenset({"not", "n't", "never"})
MODIFIERS = NEGATIONS | {"also", "still", "just", "even", "now", "only", "really", "to"}
OWNER = frozenset({"'s", "\u2019s"})
AUXILIARY_VERBS = AUXILIARIES - OWNER  # an owner's "'s" is no verb: "Clinton's support"
WH_WORDS = frozenset({"whether", "if", "how", "what", "why"})
NEAR, AROUND = 4, 5  # words each side in the cue model's bags of the words around
CANDIDATES_KEPT = 200_000  # words whose candidacy the model remembers
SOURCE_HEAD_REACH = 7  # words after a preposition to the head of the source it may name
SOURCE_SCAN_REACH = 12  # words after it to a noun naming a source past the head
HEAD_STOPS = frozenset(  # what ends the noun phrase after a preposition
    {"of", "in", "on", "at", "by", "for", "from", "to", "with", "about", "among", "under",
     "that", "which", "who", "and", "or", "but", "as", "than", "when", "where", "while"}
)  # fmt: skip
STRIP = ".,;:!?\"'()[]\u201c\u201d\u2018\u2019\u2014\u2013-"  # around a word split at spaces


class Words:
    """A frame's words in parallel lists (offsets, text, lower case), cheap to build for
    every frame that may hold a cue."""

    __slots__ = ("starts", "ends", "texts", "lowers", "_speech", "_running")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.lowers: list[str] = []
        self._speech: list[int] | None = None
        self._running: tuple[list[int], list[int]] | None = None

    def speech_verbs(self) -> list[int]:
        """Where the frame's speech verbs stand, in order (found once, when first asked:
        the frame's words are all added by then)."""
        if self._speech is None:
            forms = lexicons.cue_forms()
            self._speech = [k for k, word in enumerate(self.lowers) if word in forms]
        return self._speech

    def __len__(self) -> int:
        return len(self.texts)

    def verbs_and_breaks(self, first: int, end: int) -> tuple[int, int]:
        """How many likely finite verbs and how many clause breaks or joining words stand
        from word ``first`` to before ``end`` (running counts, made once when first asked,
        so that asking at every word of a long sentence stays linear)."""
        if self._running is None:
            verbs, breaks = [0], [0]
            for word in self.lowers:
                verbs.append(verbs[-1] + finite(word))
                breaks.append(breaks[-1] + (word in OPENERS))
            self._running = verbs, breaks
        verbs, breaks = self._running
        return verbs[end] - verbs[first], breaks[end] - breaks[first]

    def span(self, first: int, end: int | None = None) -> Span:
        """From ``first``'s start to the end of the word before ``end`` (``first`` alone
        when ``end`` is not given)."""
        return Span(self.starts[first], self.ends[first if end is None else end - 1])

    def index_at(self, offset: int) -> int:
        """The first word ending after ``offset``."""
        return bisect_right(self.ends, offset)

    def lower(self, k: int) -> str:
        """The word at ``k`` in lower case, or a boundary marker outside the frame."""
        return self.lowers[k] if 0 <= k < len(self.lowers) else ("<S>" if k < 0 else "</S>")

    def shape(self, k: int) -> str:
        """``X`` capitalised, ``x`` lower case, ``d`` digits, ``Q`` a quotation, else the
        punctuation mark itself (``_`` outside the frame)."""
        return _shape(self.texts[k]) if 0 <= k < len(self.texts) else "_"


@functools.lru_cache(maxsize=4096)
def _shape(text: str) -> str:
    first = text[:1]
    if first.isupper():
        return "X"
    if first.isalpha():
        return "x"
    if first.isalnum():
        return "d"
    return "Q" if text == QUOTE else first


def frame_words(text: str, span: Span, quotes: Sequence[Span]) -> Words:
    """The words of ``span``; each quotation in ``quotes`` (marks included) is one word."""
    words = Words()
    cursor = span.start
    for quote in sorted(quotes):
        _add_words(words, text, cursor, max(cursor, quote.start))
        words.starts.append(quote.start)
        words.ends.append(quote.end)
        words.texts.append(QUOTE)
        words.lowers.append(QUOTE)
        cursor = max(cursor, quote.end)
    _add_words(words, text, cursor, span.end)
    return words


def _add_words(words: Words, text: str, start: int, end: int) -> None:
    starts, ends, texts, lowers = words.starts, words.ends, words.texts, words.lowers
    for match in WORD.finditer(text, start, end):
        word = match.group()
        s, e = match.span()
        if word[-1] == "." and len(word) > 1 and not is_abbreviation(word[:-1]):
            word = word[:-1]  # the word, then its full stop
            starts += (s, e - 1)
            ends += (e - 1, e)
            texts += (word, ".")
            lowers += (word.lower(), ".")
            continue
        starts.append(s)
        ends.append(e)
        texts.append(word)
        lowers.append(word.lower())


@functools.lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """``word`` without its inflection ("plans", "planned", "planning": "plan"), so that
    the forms of one verb or noun share what the cue model learns of them."""
    for suffix, stand in INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + stand
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "planned": "plann" -> "plan"
    return word.rstrip("e")


def cue_features(words: Words, i: int) -> list[str]:
    """What the cue model sees of the candidate word ``i``."""
    lowers, shape, n = words.lowers, words.shape, len(words)
    w = lowers[i]
    s = stem(w)  # asked once: each feature below that names the stem reads it
    p1 = lowers[i - 1] if i >= 1 else "<S>"
    p2 = lowers[i - 2] if i >= 2 else "<S>"
    n1 = lowers[i + 1] if i + 1 < n else "</S>"
    n2 = lowers[i + 2] if i + 2 < n else "</S>"
    s0, sp, sn = shape(i), shape(i - 1), shape(i + 1)
    c1, cn = CLASSES.get(p1, ""), CLASSES.get(n1, "")
    ahead = lowers[i + 1 : i + 4]
    behind = lowers[max(0, i - 3) : i]
    out = [
        "bias",
        "w " + w,
        "stem " + s,
        "stem n1 " + s + " " + n1,
        "p1 stem " + p1 + " " + s,
        "suffix " + w[-3:],
        "p1 " + p1,
        "p2 " + p2,
        "n1 " + n1,
        "n2 " + n2,
        "p1 w " + p1 + " " + w,
        "w n1 " + w + " " + n1,
        "p1 n1 " + p1 + " " + n1,
        "shapes " + sp + s0 + sn,
        "w shape " + w + " " + s0,
        "p1 class " + c1,
        "n1 class " + cn,
        "w p1 class " + w + " " + c1 + sp,
        "w n1 class " + w + " " + cn + sn,
        "position " + str(min(i, 3)),
        "left " + str(min(n - 1 - i, 3)),
    ]
    if QUOTE in ahead:
        out.append("quote after")
    if QUOTE in behind:
        out.append("quote before")
    if "that" in ahead:
        out.append("w that after " + w)
    if "," in behind:
        out.append("comma before")
    k, verb = i - 1, False  # a likely verb before the word in its clause: "has never blamed"
    while k >= 0 and lowers[k] not in BREAKS:
        verb = verb or finite(lowers[k])
        k -= 1
    out += ["verb before " + str(verb), "w verb before " + w + " " + str(verb)]
    out.append("clause start " + _length(i - k - 1))
    out += ["w n1 n2 " + w + " " + n1 + " " + n2, "p2 p1 w " + p2 + " " + p1 + " " + w]
    # the words around, as bags: with the word's stem near it, on their side without
    out += ["stem near " + s + " " + x for x in lowers[max(0, i - NEAR) : i + NEAR + 1]]
    out += ["before " + x for x in lowers[max(0, i - AROUND) : i]]
    out += ["after " + x for x in lowers[i + 1 : i + AROUND + 1]]
    # for a broad cue ("support", "want", "show"): its subject's kind, a negation, and
    # what it opens ("that", "to", a clause with no "that": "they show [Clinton leads]")
    subject, negated = _subject_kind(words, i)
    opens = _opens(words, i)
    out += [
        "opens " + opens,
        "stem opens " + s + " " + opens,
        "subject " + subject,
        "stem subject " + s + " " + subject,
        "stem negated " + s + " " + str(negated),
        "stem subject opens " + s + " " + subject + " " + opens,
    ]
    # how far the nearest speech verb stands each side ("Trump said voters *want* ...")
    for side, far in zip(("before ", "after "), _speech_near(words, i), strict=True):
        out += ["speech " + side + far, "stem speech " + side + s + " " + far]
    return out


def _speech_near(words: Words, i: int) -> tuple[str, str]:
    """How many words back and ahead of the word ``i`` the nearest speech verb stands in
    its frame ("none" where none does)."""
    verbs = words.speech_verbs()
    at = bisect_left(verbs, i)
    back = i - verbs[at - 1] if at else None
    at += at < len(verbs) and verbs[at] == i  # the word itself is none of its neighbours
    ahead = verbs[at] - i if at < len(verbs) else None
    return _far(back), _far(ahead)


def _far(n: int | None) -> str:
    return "none" if n is None else _length(n)


def _subject_kind(words: Words, i: int) -> tuple[str, bool]:
    """The kind of the word before the word ``i`` past its auxiliaries and adverbs (a
    pronoun, a relative, a name, a determiner, an owner's "'s", a plural, a break), and
    whether a negation stands between ("they don't want", "has never backed")."""
    lowers, k, negated = words.lowers, i - 1, False
    while k >= 0 and (_modifier(lowers[k]) or lowers[k] in AUXILIARY_VERBS):
        negated = negated or lowers[k] in NEGATIONS
        k -= 1
    while k >= 0 and lowers[k].endswith(("n't", "n\u2019t")):  # "don't", "doesn't"
        negated, k = True, k - 1
    if k < 0:
        return "start", negated
    x = lowers[k]
    if x in OWNER:
        kind = "owner"  # "Clinton's support"
    elif x in {"who", "which", "that"}:
        kind = "relative"
    elif x in PRONOUNS:
        kind = "pronoun"
    elif words.shape(k) == "X":
        kind = "name"
    elif x in BREAKS or x in DETERMINERS:
        kind = x if x in DETERMINERS else "break"
    else:
        kind = "plural" if x.endswith("s") else "word"
    return kind, negated


def _modifier(word: str) -> bool:
    """Is ``word`` an adverb or "to" between a cue word and its subject or object?"""
    return word in MODIFIERS or word.endswith("ly")


def _opens(words: Words, i: int) -> str:
    """What follows the word ``i`` past its adverbs: "that", "to", a wh-word, a
    quotation, a break, a clause with no "that" (a subject, then a likely finite verb:
    "polls show [Clinton leads]"), a noun phrase or another word."""
    lowers, n, k = words.lowers, len(words), i + 1
    while k < n and lowers[k] != "to" and _modifier(lowers[k]):
        k += 1
    if k >= n:
        return "end"
    x = lowers[k]
    if x in {"that", "to", QUOTE} or x in WH_WORDS:
        return x
    if x in BREAKS:
        return "break"
    if x in PRONOUNS or x in DETERMINERS or words.shape(k) == "X":
        for m in range(k + 1, min(n, k + 5)):
            if lowers[m] in BREAKS:
                break
            present = m == k + 1 and words.shape(m) == "x" and lowers[m].endswith("s")
            if finite(lowers[m]) or present and x not in DETERMINERS:  # "Clinton leads"
                return "clause"
        return "phrase"
    return "other"


def source_head(words: Words, i: int) -> int | None:
    """The head of the noun phrase after the preposition at word ``i``: its last word
    before a clause break, another preposition or joining word, or a likely finite verb
    ("in [a national CNN/ORC poll] released Monday": "poll"), else None."""
    lowers, head = words.lowers, None
    for k in range(i + 1, min(len(words), i + 1 + SOURCE_HEAD_REACH)):
        word = lowers[k]
        if word in BREAKS or word in HEAD_STOPS or k > i + 1 and finite(word):
            break
        head = k
    return None if head is None or lowers[head] in DETERMINERS else head


def _length(n: int) -> str:
    """The least of 1, 2, 3, 5, 8, 12 and 20 that ``n`` does not pass, else "more"."""
    if n <= 1:
        return "1"
    return _LENGTHS[n] if n <= 20 else "more"


_LENGTHS = tuple(next(str(b) for b in (1, 2, 3, 5, 8, 12, 20) if n <= b) for n in range(21))


def end_features(words: Words, start: int, b: int, limit: int, cue: str, clause: bool) -> list[str]:
    """What the end model sees of stopping the content that begins at word
    ``start`` before word ``b`` (of at most ``limit``), for the cue word ``cue``;
    ``clause``: whether a word of a finite verb stands in the content so far."""
    lower = words.lower
    w, p1, n1, n2 = lower(b), lower(b - 1), lower(b + 1), lower(b + 2)
    first = words.lowers[start]
    opening = first if first in OPENINGS else "np"
    length = _length(b - start)
    verb = "verb " if clause else "noverb "
    ahead, following = _ahead(words, b, limit), _next_clause(words, b, limit)
    n = _past_openers(words.lowers, b, limit)
    head = words.lowers[n] if n < limit else "</S>"  # the next clause's first word
    verbs, breaks = words.verbs_and_breaks(b + 1, limit)
    return [
        "bias",
        "w " + w,
        "p1 " + p1,
        "n1 " + n1,
        "p1 w " + p1 + " " + w,
        "w n1 " + w + " " + n1,
        "w n1 n2 " + w + " " + n1 + " " + n2,
        "w n1 suffix " + w + " " + n1[-3:],
        "shapes " + words.shape(b - 1) + words.shape(b) + words.shape(b + 1),
        "length " + length,
        "left " + w + " " + _length(limit - b),
        "opening " + opening + " w " + w,
        "opening " + opening + " p1 w " + p1 + " " + w,
        verb + "opening " + opening + " w " + w,
        verb + "w n1 " + w + " " + n1,
        verb + "length " + length + " w " + w,
        "cue " + cue + " w " + w,
        "cue " + cue + " length " + length,
        "n1 class " + CLASSES.get(n1, "") + " w " + w,
        "cue stem " + stem(cue) + " w " + w,
        "n1 form " + _form(n1) + " w " + w,
        verb + "n1 form " + _form(n1) + " w " + w,
        "ahead " + ahead + " w " + w,
        verb + "ahead " + ahead + " w " + w,
        *(f + " w " + w for f in following),
        "p1 w n1 " + p1 + " " + w + " " + n1,
        "next first " + head + " w " + w,
        "opening " + opening + " next first " + head + " w " + w,  # "that A, but that B"
        "rest verb " + str(verbs > 0) + " w " + w,
        "rest breaks " + _length(breaks) + " w " + w,
        *_aside(words, b, limit),
        *_opened(words, start, b),
        *_listed(words, b, limit),
        *_parallel(words, b, limit, cue),
        *_headed(words, b, limit, verb),
    ] + (["fronted w " + w + " " + following[0]] if _fronted(words, start) else [])


def _headed(words: Words, b: int, limit: int, verb: str) -> list[str]:
    """The head of the noun phrase after the preposition at ``b`` ("on [a radio show]",
    "in [a June letter]"), and whether the content so far holds a verb: after an object,
    where or how the source spoke more than what they said ("reiterated [them] on ...")."""
    if words.lower(b) not in HEAD_STOPS:
        return []
    head = source_head(words, b)
    if head is None or head >= limit:
        return []
    noun = stem(words.lowers[head])
    return ["head " + noun, verb + "head " + noun, "w head " + words.lowers[b] + " " + noun]


def _opened(words: Words, start: int, b: int) -> list[str]:
    """Whether the content from ``start`` opens with a clause fronted before its main
    one ("that as voters learn more about him, [they] will ...", "if elected, she would")
    and the word ``b`` is its first clause break: the main clause follows it."""
    lowers = words.lowers
    k = start + (lowers[start] == "that")
    if k >= b or lowers[k] not in FRONTING_WORDS:
        return []
    first = not any(lowers[n] in BREAKS for n in range(k + 1, b))
    return ["opened fronted first " + str(first) + " w " + lowers[b]]


def _parallel(words: Words, b: int, limit: int, cue: str) -> list[str]:
    """Whether the "and", "but" or "or" at ``b`` (or after a comma there) joins a verb of
    the cue's form ("called for a plan and proposed ...", "says he respects her and calls
    her ..."): a second predicate of the source, not more of the content."""
    lowers, n = words.lowers, b
    if lowers[n] == "," and n + 1 < limit:
        n += 1
    if lowers[n] not in JOINED or n + 1 >= limit:
        return []
    k = n + 1
    while k < limit - 1 and _modifier(lowers[k]):
        k += 1  # "and also called", "but never said"
    form = _form(lowers[k])
    if form not in {"ed", "s", "ing"} or words.shape(k) != "x":
        return []
    return ["parallel " + str(form == _form(cue)) + " " + form + " w " + lowers[b]]


def _listed(words: Words, b: int, limit: int) -> list[str]:
    """Whether the comma at ``b`` goes on with a list: the words to the next break hold no
    likely verb and an "and" or "or", or the break after them is a comma before
    one ("Trump, Carson, and Fiorina", "between himself, Trump and Cruz")."""
    lowers = words.lowers
    if lowers[b] != ",":
        return []
    n, verb, joined = b + 1, False, False
    while n < limit and lowers[n] not in BREAKS:
        verb = verb or finite(lowers[n]) or lowers[n] in PRONOUNS
        joined = joined or lowers[n] in {"and", "or"}
        n += 1
    if verb or n == b + 1:
        return []
    then = n + 1 < limit and lowers[n] == "," and lowers[n + 1] in {"and", "or"}
    return ["listed " + str(joined or then) + " " + _length(n - b - 1)]


def _aside(words: Words, b: int, limit: int) -> list[str]:
    """Whether the comma, dash or bracket at ``b`` opens an aside that the same mark closes
    a few words on, and what follows the closing mark ("that the report - in which he
    struggled - [raised] questions": the content goes on past the aside)."""
    lowers, mark = words.lowers, words.lower(b)
    if mark not in ASIDE_MARKS:
        return []
    close = ")" if mark == "(" else mark
    end = next((k for k in range(b + 1, min(limit, b + ASIDE_REACH)) if lowers[k] == close), None)
    if end is None:
        return ["aside open w " + mark]
    after = words.lower(end + 1) if end + 1 < limit else "</S>"
    return ["aside then " + _form(after) + " w " + mark, "aside then " + after + " w " + mark]


def _past_openers(lowers: Sequence[str], b: int, limit: int) -> int:
    """The first word after ``b`` that is no clause break or joining word (or ``limit``):
    where the next clause begins."""
    n = b + 1
    while n < limit and lowers[n] in OPENERS:
        n += 1
    return n


def _form(word: str) -> str:
    """A word's likely part of speech by its ending or class ("aux", "ing", "ed", "ly",
    "s", "PRON", "DET"), for words the end model has not seen."""
    if word in AUXILIARIES:
        return "aux"
    if word in CLASSES:
        return CLASSES[word]
    return next((suffix for suffix in ("ing", "ed", "ly", "s") if word.endswith(suffix)), "other")


def _ahead(words: Words, b: int, limit: int) -> str:
    """What stands between word ``b`` and the next clause break (or ``limit``): a clause
    of its own (a likely finite verb or a subject pronoun: "..., he added") or a phrase
    (", illogically tying ..."), and how many words."""
    lowers, n, clause = words.lowers, b + 1, False
    while n < limit and lowers[n] not in BREAKS:
        clause = clause or finite(lowers[n]) or lowers[n] in PRONOUNS
        n += 1
    return ("clause " if clause else "phrase ") + _length(n - b - 1)


def _next_clause(words: Words, b: int, limit: int) -> list[str]:
    """What the words from ``b`` on to the next clause break (past ``b`` itself) are: a
    predicate with no subject of its own ("..., and reminded", "and criticizing"), a
    clause with its own subject ("and he added"), or a phrase; whether a speech verb
    stands in them (what follows is itself attributed: "..., claiming that"), and
    whether a name or a number does (when and where: "at a rally in Iowa", "in 2001")."""
    lowers, forms = words.lowers, lexicons.cue_forms()
    first = end = _past_openers(lowers, b, limit)
    while end < limit and lowers[end] not in BREAKS:
        end += 1
    segment = lowers[first:end]
    if not segment:
        return ["next none"]
    head = segment[0]
    if finite(head) or head.endswith(("ing", "s")) and head not in CLASSES:
        kind = "predicate"
    elif any(finite(x) for x in segment[1:]) or head in PRONOUNS:
        kind = "clause"
    else:
        kind = "phrase"
    out = ["next " + kind, "next " + kind + " " + _length(len(segment))]
    if any(x in forms for x in segment):
        out.append("next speech " + kind + (" first" if head in forms else ""))
    if any(words.shape(k) in {"X", "d"} for k in range(first, min(end, first + 4))):
        out.append("next name " + kind)
    return out


_JOINED_OR_QUOTE = JOINED | {QUOTE}


def _fronted(words: Words, start: int) -> bool:
    """Whether the content at ``start`` stands in a clause that a subordinator opens
    before the sentence's main clause ("Although X argues that A, [Obama] has ..."): its
    content then ends where the main clause begins."""
    lowers, k = words.lowers, 0
    while k < start and lowers[k] in _JOINED_OR_QUOTE:
        k += 1
    return k < start and lowers[k] in FRONTING_WORDS and "," not in lowers[k:start]


def clause_verb(lowers: Sequence[str], k: int, start: int) -> bool:
    """Is the word ``k`` of a content that begins at word ``start`` likely a finite verb
    of it? An "-ed" word just after a clause break is a participle ("that the letter,
    postmarked from Boston, [was] sent ...")."""
    word = lowers[k]
    if k > start and word.endswith("ed") and lowers[k - 1] in BREAKS:
        return False
    return finite(word)


def finite(word: str) -> bool:
    """Is ``word`` likely a finite verb or an auxiliary ("was", "would", "raised")?"""
    return word in AUXILIARIES or word.endswith("ed")


START_REACH = 8  # words past where the grammar opens a content that it may begin at


def start_features(words: Words, opening: int, k: int, cue: str) -> list[str]:
    """Features of a content of the cue word ``cue`` beginning at word ``k``, where the
    grammar opens it at ``opening`` (a long cue's words may stand between: "have plans
    to address [climate change]")."""
    lowers, c = words.lowers, stem(cue)
    w, p = lowers[k], lowers[k - 1] if k else ""
    n = lowers[k + 1] if k + 1 < len(lowers) else ""
    d = str(k - opening)
    return [
        "bias",
        "d " + d,
        "w " + w,
        "p " + p,
        "n " + n,
        "p w " + p + " " + w,
        "w n " + w + " " + n,
        "d w " + d + " " + w,
        "c d " + c + " " + d,
        "c w " + c + " " + w,
        "c p " + c + " " + p,
        "c p w " + c + " " + p + " " + w,
        "form " + _form(w) + " " + _form(p),
        "shape " + words.shape(k) + " " + d,
    ]


class Linear:
    """A binary linear model's weights (a logistic regression's: a score is the log-odds
    of yes)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    def score(self, features: list[str]) -> float:
        return sum(map(self.weights.get, features, repeat(0.0)))


class StatementModel:
    """The candidate cue words, the words a content may stop before, the cue words that
    stand inside a sourceless content ("inside": "the deal *seems* to hold", "the vote is
    *expected* Tuesday"), those whose attributions mostly name no source, which cue even
    where the grammar finds none ("sourceless": "a *disclosure* that ..."), the stems whose
    every form is a candidate ("families": "assail" for "assails", "assailing"), those whose
    passive without an agent names no source, its subject being what is talked of
    ("passive": "Roe was *asked* about ...", "he is *accused* of ..."), the two linear
    models, the prepositions that belong to a cue
    ("complements": the stem of the cue word and the preposition, "balk at") and the cue
    model's score above which a word cues ("threshold"), and the end model's
    above which a content stops ("end_threshold"); the prepositions that name a source
    after them ("sources": the preposition and its noun phrase's head's stem, "in poll"
    for "In a new poll, ..." and "... in the polls"), whose preposition is then a
    candidate cue, scored by a model of its own ("source_cue") against the same
    threshold."""

    def __init__(
        self,
        vocabulary: frozenset[str],
        stops: frozenset[str],
        cue: Linear,
        end: Linear,
        inside: frozenset[str] = frozenset(),
        complements: frozenset[str] = frozenset(),
        threshold: float = 0.0,
        end_threshold: float = 0.0,
        start: Linear | None = None,
        start_threshold: float = 0.0,
        sourceless: frozenset[str] = frozenset(),
        passive: frozenset[str] = frozenset(),
        families: frozenset[str] = frozenset(),
        sources: frozenset[str] = frozenset(),
        source_cue: Linear | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.families = families
        self._candidates: dict[str, bool] = {}  # by word: whether it is a candidate
        self._hints: dict[str, bool] = {}  # by word: a candidate or a source's head
        self.sources = sources
        self.source_cue = Linear({}) if source_cue is None else source_cue
        pairs = [pair.split(" ", 1) for pair in sources]
        self.source_prepositions = frozenset(p for p, _ in pairs)
        self._source_heads = frozenset(head for _, head in pairs)
        self.stops = stops
        self.cue = cue
        self.end = end
        self.inside = inside
        self.complements = complements
        self.threshold = threshold
        self.end_threshold = end_threshold
        self.start = Linear({}) if start is None else start
        self.start_threshold = start_threshold
        self.sourceless = sourceless
        self.passive = passive

    def takes(self, cue: str, preposition: str) -> bool:
        """Does the cue word ``cue`` take ``preposition`` as part of the cue ("balked at",
        "described as", "believe in"), as annotated cues mostly do?"""
        return stem(cue) + " " + preposition in self.complements

    def candidate(self, word: str) -> bool:
        """Is the lower-case ``word`` a candidate cue: of the vocabulary, or a form of one
        of its families ("assails" beside "assailed") that train did not show? (Each word
        is asked once, then looked up.)"""
        known = self._candidates.get(word)
        if known is None:
            known = word in self.vocabulary or word.isalpha() and stem(word) in self.families
            if len(self._candidates) >= CANDIDATES_KEPT:
                self._candidates.clear()  # a long-running library's every word: kept bounded
            self._candidates[word] = known
        return known

    def names_source(self, words: Words, i: int) -> bool:
        """Is the word ``i`` a preposition whose noun phrase's head makes one of the
        model's ``sources`` ("In [a new poll], ...")?"""
        lowers = words.lowers
        if lowers[i] not in self.source_prepositions:
            return False
        head = source_head(words, i)
        if head is not None and lowers[i] + " " + stem(lowers[head]) in self.sources:
            return True
        # any noun of the phrase, further than the head's reach or before words that
        # lengthen it ("In an NBC News/Wall Street Journal [poll] released Monday", "in a
        # Des Moines Register [poll] last month")
        for k in range(i + 1, min(len(words), i + 1 + SOURCE_SCAN_REACH)):
            word = lowers[k]
            if word in BREAKS or word in HEAD_STOPS or k > i + 1 and finite(word):
                break
            if lowers[i] + " " + stem(word) in self.sources:
                return True
        return False

    def may_hold_cue(self, text: str) -> bool:
        """Does ``text`` hold a candidate cue word or the head of a source after a
        preposition? (Cheaper than splitting it into words.)"""
        hints, candidate, heads = self._hints, self.candidate, self._source_heads
        for w in text.split():
            word = w.strip(STRIP).lower()
            hinted = hints.get(word)
            if hinted is None:
                hinted = candidate(word) or bool(heads) and stem(word) in heads
                if len(hints) >= CANDIDATES_KEPT:
                    hints.clear()
                hints[word] = hinted
            if hinted:
                return True
        return False

    def cues(self, words: Words) -> list[int]:
        """The indexes of the words that cue an attribution: candidates the cue model
        scores past the threshold, and prepositions naming a source that the source cue
        model does."""
        known, candidate = self._candidates, self.candidate
        score, threshold = self.cue.score, self.threshold
        prepositions, source_score = self.source_prepositions, self.source_cue.score
        return [
            i
            for i, word in enumerate(words.lowers)
            if (known.get(word) or known.get(word) is None and candidate(word))
            and score(cue_features(words, i)) > threshold
            or word in prepositions
            and self.names_source(words, i)
            and source_score(cue_features(words, i)) > threshold
        ]

    def content_start(self, words: Words, opening: int, cue: str) -> int:
        """Where the content of the cue word ``cue`` that the grammar opens at word
        ``opening`` begins: the first word from there on, up to ``START_REACH`` and short
        of a clause break, that the start model begins it at, else ``opening``."""
        if not self.start.weights:
            return opening
        score, texts = self.start.score, words.texts
        for k in range(opening, min(len(words), opening + START_REACH)):
            if k > opening and texts[k] in BREAKS:
                break
            if score(start_features(words, opening, k, cue)) > self.start_threshold:
                return k
        return opening

    def content_end(
        self, words: Words, start: int, limit: int, cue: str, first: int | None = None
    ) -> int:
        """Where the content from word ``start`` (up to ``limit``) of the cue word ``cue``
        stops: before the first word of ``stops`` (from ``first`` on, if given) that the
        end model stops at."""
        stops, score, lowers = self.stops, self.end.score, words.lowers
        threshold = self.end_threshold
        clause, first = False, start + 1 if first is None else first
        for b in range(start + 1, limit):
            clause = clause or clause_verb(lowers, b - 1, start)
            if (
                b >= first
                and lowers[b] in stops
                and score(end_features(words, start, b, limit, cue, clause)) > threshold
            ):
                return b
        return limit

    def to_json(self) -> dict[str, object]:
        def rounded(p: Linear) -> dict[str, float]:
            return {f: round(w, 4) for f, w in p.weights.items() if round(w, 4)}  # in order

        return {
            "vocabulary": sorted(self.vocabulary),
            "stops": sorted(self.stops),
            "inside": sorted(self.inside),
            "sourceless": sorted(self.sourceless),
            "passive": sorted(self.passive),
            "families": sorted(self.families),
            "sources": sorted(self.sources),
            "source_cue": rounded(self.source_cue),
            "complements": sorted(self.complements),
            "cue": rounded(self.cue),
            "end": rounded(self.end),
            "start": rounded(self.start),
            "start_threshold": self.start_threshold,
            "threshold": self.threshold,
            "end_threshold": self.end_threshold,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> StatementModel:
        return cls.from_checked(checked(data))

    @classmethod
    def from_checked(cls, data: dict[str, Any]) -> StatementModel:
        """The model of JSON data that :func:`checked` passed."""
        threshold, end_threshold, start_threshold = map(float, _thresholds(data))
        return cls(
            frozenset(data["vocabulary"]),
            frozenset(data["stops"]),
            Linear(data["cue"]),  # as read: a copy took a fifth of the model's load
            Linear(data["end"]),
            frozenset(data["inside"]),
            frozenset(str(pair) for pair in data.get("complements", [])),
            threshold,
            end_threshold,
            Linear(data.get("start", {})),  # models of before the start model have none
            start_threshold,
            frozenset(data.get("sourceless", [])),  # nor of before the sourceless cue words
            frozenset(data.get("passive", [])),  # nor of before the agentless passives
            frozenset(data.get("families", [])),  # nor of before the families of forms
            # nor of before the prepositions naming a source
            frozenset(str(pair) for pair in data.get("sources", [])),
            Linear(data.get("source_cue", {})),
        )


def checked(data: dict[str, object]) -> dict[str, object]:
    """The model's JSON data, if its parts are of the kinds :meth:`StatementModel.from_checked`
    reads (else a ValueError; a missing part, a KeyError)."""
    keys = ("vocabulary", "stops", "inside", "cue", "end")
    vocabulary, stops, inside, cue, end = (data[k] for k in keys)
    start = data.get("start", {})
    sourceless, passive = data.get("sourceless", []), data.get("passive", [])
    families, sources = data.get("families", []), data.get("sources", [])
    lists = (vocabulary, stops, inside, sourceless, passive, families, sources)
    if not all(isinstance(words, list) for words in lists):
        raise ValueError("expected word lists for the vocabulary, the stops and inside")
    source_cue = data.get("source_cue", {})
    if not all(isinstance(weights, dict) for weights in (cue, end, start, source_cue)):
        raise ValueError("expected weight objects for the cue, the content end and start")
    thresholds = _thresholds(data)
    if not all(
        _numbers(weights.values()) for weights in (cue, end, start, source_cue)
    ) or not _numbers(thresholds):
        raise ValueError("expected numbers for the weights and the thresholds")
    return data


def _thresholds(data: dict[str, object]) -> list[Any]:
    """The model's thresholds as its JSON data holds them: the cue's, the content end's
    and the start's, 0 where missing (models of before the end or start model have none)."""
    return [data.get(k, 0.0) for k in ("threshold", "end_threshold", "start_threshold")]


def _numbers(values: Iterable[object]) -> bool:
    """Are all ``values`` numbers (as JSON gives them)?"""
    return set(map(type, values)) <= {float, int}


def shared_weights(data: dict[str, object]) -> dict[str, object]:
    """The model's JSON data with each weight value one float object, however many
    features share it (its marshal copy keeps them so, :func:`core.nlp.read_model`): the
    261,000 weights take 7,400 values, so the copy is an eighth smaller and unmarshalled
    in a seventh less time, and the weights take 6 MB less memory in each process."""
    values: dict[float, float] = {}
    for part in ("cue", "end", "start", "source_cue"):
        weights = data.get(part)
        if isinstance(weights, dict):
            data[part] = {f: values.setdefault(w, w) for f, w in weights.items()}
    return data


def checked_shared_weights(data: dict[str, object]) -> dict[str, object]:
    """The model's JSON data :func:`checked`, with its weights shared
    (:func:`shared_weights`): what its marshal copy keeps, so that the checks, which read
    every weight (4 ms of CPU), are made once, not at every start."""
    return shared_weights(checked(data))


@functools.cache
def model() -> StatementModel:
    return read_model(MODEL_FILE, StatementModel.from_checked, prepare=checked_shared_weights)
