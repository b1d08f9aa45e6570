"""The language core: sentences, tokens, part-of-speech tags and name word lists.

Every model ships in the ``resources.models`` package as JSON and is read through
``importlib.resources`` the first time it is needed, once per process (from a marshal
copy in the package's ``__pycache__`` once one is written: :func:`read_model`); nothing
is downloaded. A missing or damaged file raises :class:`ModelError` naming the file.
``scripts/train_models.py`` trains the models and documents how.
"""

from __future__ import annotations

import functools
import gc
import json
import marshal
import re
import struct
import sys
import time
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import Any

from core import dates, lexicons
from core.document import Span, Token
from core.packages import defer_inits, write_whole

# Punkt, not all of NLTK (nor all of its tokenizers)
defer_inits("nltk.tokenize")
from nltk.tokenize.punkt import (  # noqa: E402
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

MODELS = "resources.models"
LEXICONS = "resources.lexicons"
PUNKT_FILE = "punkt_en.json"
POS_FILE = "pos_perceptron_en.json"
FIRST_NAMES_FILE = "first_names.tsv"
GIVEN_NAMES_FILE = "given_names_ssa.tsv"  # the sex of names the first-name list lacks
UNSURE_SHARE = 0.5  # a hyphenated name whose parts' sexes differ: its first part's, unsure
PLACES_FILE = "names_places.txt"
ORGANISATIONS_FILE = "names_organisations.txt"
ORG_WORDS_FILE = "names_org_words.txt"
COMMON_WORDS_FILE = "common_words.txt"


class ModelError(RuntimeError):
    """A shipped model or word list is missing or unreadable."""


def read_model(
    name: str, build: Callable[[Any], Any], prepare: Callable[[Any], Any] | None = None
) -> Any:
    """``build(the JSON data of the model file name)``, any failure reported as a
    ModelError; ``build(prepare(the JSON data))`` if ``prepare`` is given.

    Python keeps a compiled copy of a module beside it, in ``__pycache__``, and reads
    that while the module's size and time are the same; so with a model's data in
    marshal form, read twice as fast as its JSON is parsed (in a fresh process, the
    tagger's and the statement model's: 0.065 s against 0.145 s of each start-up). A
    folder that cannot be written is read without a copy. What ``prepare`` makes of the
    data is kept in the copy instead (a copy named after ``prepare``), so made once; the
    copy is made again when the model file or the module defining ``prepare`` changes
    (what it makes may have changed with the code).
    """
    with _making(MODELS, name):
        return build(_json_data(MODELS, name, prepare))


def _json_data(package: str, name: str, prepare: Callable[[Any], Any] | None = None) -> Any:
    if prepare is None:
        return _kept(package, name, json.loads, None)
    return _kept(package, name, lambda text: prepare(json.loads(text)), prepare)


def _kept(
    package: str, name: str, make: Callable[[str], Any], maker: Callable[..., Any] | None
) -> Any:
    """``make(the text of file name)``, read from its marshal copy while the file, and the
    module defining ``maker`` (the function the copy is named after), are unchanged."""
    source = resources.files(package).joinpath(name)
    if not isinstance(source, Path):  # inside a zip: no folder for a copy
        return make(_resource_text(package, name))
    try:
        found = source.stat()
    except OSError as error:
        raise ModelError(f"cannot read model file {package}/{name}: {error}") from error
    stamp = _STAMP.pack(found.st_size, found.st_mtime_ns)
    if maker is not None:
        code = Path(sys.modules[maker.__module__].__file__ or "").stat()
        stamp += _STAMP.pack(code.st_size, code.st_mtime_ns)
    made = f".{maker.__name__}" if maker else ""
    copy = source.parent / "__pycache__" / f"{name}{made}.{sys.implementation.cache_tag}.marshal"
    try:
        kept = copy.read_bytes()
        if kept.startswith(stamp):
            return marshal.loads(memoryview(kept)[len(stamp) :])
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no copy yet, or a damaged one: the file, and a new copy
    data = make(_resource_text(package, name))
    with suppress(ValueError):  # something marshal cannot write: no copy
        write_whole(copy, stamp + marshal.dumps(data))
    return data


_STAMP = struct.Struct("<QQ")  # a model file's size and time (ns), heading its marshal copy


def _resource_text(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ModelError(f"cannot read model file {package}/{name}: {error}") from error


def _build(package: str, name: str, build: Callable[[str], Any]) -> Any:
    """``build(text of the file)``, with any failure reported as a ModelError; kept in a
    marshal copy as a model's data is (:func:`read_model`): the first names' table and
    the common words took 5 ms of CPU to make from their text at every start, their
    copies a fifth of that."""
    with _making(package, name):
        return _kept(package, name, build, build)


@contextmanager
def _making(package: str, name: str) -> Iterator[None]:
    """Any failure to make a model of the file reported as a ModelError, and no cycle
    collection meanwhile: a model is a tree of dicts and lists, which the collector walked
    again and again as it grew (a tenth of loading the models)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    except (ValueError, KeyError, TypeError, IndexError, AttributeError) as error:
        raise ModelError(f"corrupt model file {package}/{name}: {error!r}") from error
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------- sentences


def punkt_to_json(params: PunktParameters) -> dict[str, Any]:
    """Punkt parameters as plain, sorted JSON data."""
    return {
        "abbrev_types": sorted(params.abbrev_types),
        "collocations": sorted([a, b] for a, b in params.collocations),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": dict(sorted(params.ortho_context.items())),
    }


def punkt_from_json(data: dict[str, Any]) -> PunktParameters:
    return punkt_from_typed(punkt_typed(data))


def punkt_typed(data: dict[str, Any]) -> dict[str, Any]:
    """Punkt's JSON data as its parameters hold it (words as text, pairs as tuples,
    flags as integers): what the model's marshal copy keeps, so that reading 10,800
    words' flags anew (1 ms of CPU) is done once, not at every start."""
    return {
        "abbrev_types": [str(word) for word in data["abbrev_types"]],
        "collocations": [(str(a), str(b)) for a, b in data["collocations"]],
        "sent_starters": [str(word) for word in data["sent_starters"]],
        "ortho_context": {str(word): int(flags) for word, flags in data["ortho_context"].items()},
    }


def punkt_from_typed(data: dict[str, Any]) -> PunktParameters:
    """The parameters of :func:`punkt_typed`'s data."""
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = set(data["collocations"])
    params.sent_starters = set(data["sent_starters"])
    params.ortho_context = defaultdict(int, data["ortho_context"])
    return params


@functools.cache
def _punkt_params() -> PunktParameters:
    return read_model(PUNKT_FILE, punkt_from_typed, prepare=punkt_typed)


_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "u.s", Punkt's type of "U.S."


_QUOTES = "\u2018\u2019\u201c\u201d\xab\xbb"  # ‘ ’ “ ” « »


def _untimed(pattern: Any) -> Any:
    """One of Punkt's own patterns without the time limit that NLTK 3.10 puts on every
    match (its ``redos`` guard against caller-supplied patterns): the same pattern of the
    same engine (``regex``), matched eight times as fast, which took a sixth of splitting
    sentences. Punkt's patterns are fixed and linear since NLTK 3.8.2; an older NLTK's
    stdlib pattern is kept as it is."""
    return getattr(pattern, "_rx", pattern)


class NewsLanguageVars(PunktLanguageVars):
    """English Punkt variables that treat curly quotes and guillemets as closing
    punctuation, as NLTK 3.9.2+ does, whichever NLTK is installed; with Punkt's patterns
    :func:`_untimed`."""

    re_boundary_realignment = re.compile(rf"[\"\')\]}}{_QUOTES}]+?(?:\s+|(?=--)|$)", re.MULTILINE)

    def __init__(self) -> None:
        super().__init__()
        # made here, not at their first use: before a pool's workers fork, so made once
        self._words_pattern = _untimed(super()._word_tokenizer_re())
        self._period_context = _untimed(super().period_context_re())

    @property
    def _re_non_word_chars(self) -> str:
        return rf"(?:[)\";}}\]\*:@\'\({{\[{_QUOTES}?!])"

    def _word_tokenizer_re(self) -> Any:
        return self._words_pattern

    def period_context_re(self) -> Any:
        return self._period_context


class NewsToken(PunktToken):
    """Punkt's token with its patterns :func:`_untimed`."""

    __slots__ = ()
    _RE_ELLIPSIS = _untimed(PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _untimed(PunktToken._RE_NUMERIC)
    _RE_INITIAL = _untimed(PunktToken._RE_INITIAL)
    _RE_ALPHA = _untimed(PunktToken._RE_ALPHA)


class NewsPunkt(PunktSentenceTokenizer):
    """Punkt that keeps an initialism or an initial with the capitalised word after it
    ("U.S. Environmental Protection Agency", "Laurence H. Tribe") unless that word often starts
    sentences ("... in the U.S. The ..."), and never ends a sentence at a title put
    before a name ("Mr. Tribe", "Gen. Brieger"), whatever the name's word means.

    Whether the few words around a period hold a sentence break is read once per
    wording (up to ``BREAKS_KEPT``, then all forgotten): the same ones recur ("Mr.
    Trump", "Sen. Ted": a quarter of those over train), and reading them is two thirds
    of splitting sentences."""

    BREAKS_KEPT = 50_000

    def __init__(self, params: PunktParameters, lang_vars: PunktLanguageVars) -> None:
        super().__init__(params, lang_vars=lang_vars, token_cls=NewsToken)
        self._breaks: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        found = self._breaks.get(text)
        if found is None:
            if len(self._breaks) >= self.BREAKS_KEPT:
                self._breaks.clear()
            found = self._breaks[text] = super().text_contains_sentbreak(text)
        return found

    def _second_pass_annotation(
        self, aug_tok1: PunktToken, aug_tok2: PunktToken | None
    ) -> str | None:
        reason = super()._second_pass_annotation(aug_tok1, aug_tok2)
        if (
            aug_tok2 is not None
            and aug_tok1.sentbreak
            and aug_tok1.period_final
            and aug_tok2.first_upper
            and (
                (aug_tok1.abbr and aug_tok1.type_no_period in lexicons.title_words())
                or (
                    aug_tok1.type_no_period in lexicons.abbreviated_title_words()
                    and aug_tok2.type_no_sentperiod not in self._params.sent_starters
                )
                or (
                    (_INITIALISM.fullmatch(aug_tok1.type_no_period) or aug_tok1.is_initial)
                    and aug_tok2.type_no_sentperiod not in self._params.sent_starters
                )
            )
        ):
            aug_tok1.sentbreak = False
            aug_tok1.abbr = True
        if (
            aug_tok2 is not None
            and aug_tok1.tok.lower() in CLOCK_SUFFIXES
            and aug_tok2.first_upper
            and not _time_after_clock(aug_tok2.tok)
        ):  # "at 4 a.m. Kulwant Kaur Sandhu has ...": a new sentence (not "4 a.m. Tuesday")
            aug_tok1.sentbreak = True
        return reason


CLOCK_SUFFIXES = frozenset({"a.m.", "p.m."})
# what may follow a clock time in the same sentence: a day, a month, a time zone
TIMES_AFTER_CLOCK = frozenset(
    {*dates.WEEKDAYS, *(m.lower() for m in dates.MONTHS), *(m.lower()[:3] for m in dates.MONTHS)}
    | {"sept", "eastern", "central", "mountain", "pacific", "local", "et", "est", "edt", "ct"}
    | {"cst", "cdt", "mt", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "ist", "jst", "aest"}
    | {"today", "tomorrow", "tonight"}
)


def _time_after_clock(word: str) -> bool:
    """Does ``word``, capitalised after "a.m." or "p.m.", go on telling the time ("9 a.m.
    Tuesday", "7 p.m. ET", "8 a.m. Sept. 4") rather than open a sentence?"""
    return word.lower().rstrip(".") in TIMES_AFTER_CLOCK


@functools.cache
def _punkt() -> PunktSentenceTokenizer:
    return NewsPunkt(_punkt_params(), lang_vars=NewsLanguageVars())


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]``, as offsets into ``text``, whitespace trimmed."""
    end = len(text) if end is None else end
    region = text[start:end]
    spans: list[Span] = []
    for s, e in _punkt().span_tokenize(region):
        piece = region[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right <= left:
            continue
        span = Span(start + s + left, start + s + right)
        if spans and _inside_aside(text, spans[-1], span):
            span = Span(spans.pop().start, span.end)
        spans.append(span)
    return spans


@functools.lru_cache(maxsize=4)
def _whole_text_sentences(text: str) -> tuple[Span, ...]:
    return tuple(split_sentences(text))


def sentence_holding(text: str, at: int) -> Span | None:
    """The sentence of ``text``, split whole, that holds offset ``at``; None between
    sentences. The split is kept for the last few texts: an article's words ask it often."""
    sentences = _whole_text_sentences(text)
    k = bisect_right(sentences, at, key=lambda s: s.start) - 1
    return sentences[k] if k >= 0 and at < sentences[k].end else None


def _inside_aside(text: str, before: Span, after: Span) -> bool:
    """Did Punkt break at the period of an abbreviation closing a parenthesis inside a
    sentence ("Harry Reid (D-Nev.), in particular,", "Ted Cruz (R-Tex.) said")? What
    follows starts with the closing mark or a comma, or in lower case after it."""
    head = text[after.start]
    if head in ")],;":
        return True
    ending = text[before.start : before.end]
    opened = ending.rfind("(")
    return ending.endswith(".)") and opened > 0 and head.islower()


# ---------------------------------------------------------------- tokens

# Text saved with the wrong encoding: a letter's two UTF-8 bytes read as Latin-1 or cp1252
# ("PeÃ±a" for "Peña", "TrÃ©vidic"; read so twice, "SarukhÃ\x83Â¡n"), sometimes with the
# lead letter decomposed ("A" + U+0303 for "Ã"). The second character (a byte 0x80-0xBF:
# a control, a sign, or a cp1252 letter or mark) is no word character to ``\w``, so a
# word would end there. It belongs to the word after a lead (U+00C2-U+00DF, composed or
# not); a quotation mark, dash, ellipsis or no-break space only when a letter follows
# ("MUÃ‘OZ"), as otherwise it is the text's own punctuation.
_CP1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"  # cp1252's characters for bytes 0x80-0x9F
_MOJIBAKE_LEADS = "".join(map(chr, range(0xC2, 0xE0)))
_LEAD_BEHIND = f"(?:(?<=[{_MOJIBAKE_LEADS}])|(?<=[ACEIN-OUY][\u0300-\u0328]))"
_TAIL_MARKS = "\x85\x91\x92\x93\x94\x96\x97\xa0…‘’“”–—"  # a tail only before a letter
_TAILS = "".join(  # the other tails, none a word character: a word matches in one way only
    c for c in [*map(chr, range(0x80, 0xC0)), *_CP1252] if not c.isalnum() and c not in _TAIL_MARKS
)
MOJIBAKE_TAIL = rf"{_LEAD_BEHIND}(?:[{_TAILS}]|[{_TAIL_MARKS}](?=\w))"
NOT_W_LETTER = rf"(?:[\u0300-\u036f]|{MOJIBAKE_TAIL})"  # a word's character ``\w`` misses
# a character of a word: a word character, a combining mark ("e" + U+0301), a tail above
WORD_CHAR = rf"(?:\w|{NOT_W_LETTER})"

# WORD_CHAR, as fast to match: runs of ``\w`` taken whole rather than one character
# a time (each a turn of a group of three choices, lookbehinds and all, the tokenizer's
# slowest part); the same characters either way
_WORD_RUN = rf"(?:\w+|{NOT_W_LETTER})+"

_TOKEN_RE = re.compile(
    rf"""
    (?P<plain>[A-Za-z]++(?![\w.'’\-\u0300-\u036f&]))  # said  (a word as below, found at once)
  | (?P<ampersand>[A-Z]{{1,4}}&[A-Z]{{1,4}}(?:['’]s)?(?![\w&]))  # P&G  AT&T's  (capitals)
  | (?P<initials>(?:[^\W\d_]{{1,2}}\.){{2,}}(?:['’]s(?!\w))?)  # U.S.  e.g.  Ph.D.  U.N.'s
  | (?P<dotted>[^\W\d_]+\.)                         # Gen.  or a word ending a sentence
  | (?P<number>\d+(?:[.,:]\d+)*[^\W_]*)             # 5.72  2,500  10:30  1990s
  | (?P<prefixed>[A-Za-z][a-z]+-[A-Z][a-z]{{1,4}}\.)   # then-Sen.  ex-Gov.  (split below)
  | (?P<hyphened>[A-Za-z]+(?:-[a-z]+)*-[a-z]+ly(?![\w'’\-\u0300-\u036f&]))  # half-jokingly
  | (?P<word>{_WORD_RUN}(?:(?:['’]|-(?=[A-ZÀ-ÖØ-Þ])){_WORD_RUN})*)  # Borrell's  Hee-Chan
  | (?P<punct>\.\.\.|--|``|''|\S)
    """,
    re.VERBOSE,
)
# "plain": the commonest token, ASCII letters that nothing joins to a longer token (no
# word character, period, apostrophe, hyphen or combining mark follows; after an ASCII
# letter no mojibake tail can), matched before the other kinds try each letter in turn.
# Where it matches, "initials", "dotted" and "number" cannot, and "word" matches the
# same letters; the possessive ``++`` gives up at once where it does not.
# "hyphened": words joined by hyphens, the last in "-ly", one token where that word is an
# adverb (:func:`_add_hyphened`), else the words and hyphens "word" and "punct" would give.
_CLITIC_RE = re.compile(r"(?i)(?:n['’]t|['’](?:s|m|d|ll|re|ve))$")


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (without its final period) keeps the period as part of it."""
    return (len(word) == 1 and word.isupper()) or word.lower() in _punkt_params().abbrev_types


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Treebank-like word tokens of ``text[start:end]`` with spans into ``text``.

    Punctuation and quotation marks are tokens of their own, clitics are split
    ("Borrell's" -> "Borrell", "'s"; "don't" -> "do", "n't"), hyphens are split off
    as in GUM unless a capital follows ("self - driving", "Hee-Chan"), and known
    abbreviations keep their period.

    An article's stretches are tokenized again and again (a sentence by the speaker
    finder, the role finder and the statement finder; a cue's surroundings by each of
    the attributor's readings): half the tokens asked for over train had been made
    before. Each line of the text last asked about is tokenized once and kept
    (:class:`_LineTokens`); a stretch takes the kept tokens of the matches that lie
    within it, and tokenizes afresh only a word it cuts. The lines of the few texts last
    asked about are kept (``_KEPT_TEXTS``): the readers alternate between an article and
    its parts, and a third of the lines scanned over train had been scanned before when
    only the last text's were kept.
    """
    global _kept_texts
    end = len(text) if end is None else end
    if end - start < _LINES_FROM:
        return _scan(text, start, end, [])
    kept_texts = _kept_texts
    kept = kept_texts[0]
    if kept.text is not text:
        kept = next((k for k in kept_texts if k.text is text), None) or _LineTokens(text)
        # a new list, the most recent first, put in place at once (not changed where
        # another thread may be reading it: the window tokenizes beside an import)
        _kept_texts = [kept, *(k for k in kept_texts if k is not kept)][:_KEPT_TEXTS]
    return kept.tokens(start, end)


class _SpanMade:
    """A :class:`Span` being made: the same slots, but not frozen, so that they are set as
    plainly as any attribute; :func:`_token_at` then makes it a Span (a class of the same
    layout may be given to an object). Three times as fast as the frozen class's own
    ``__init__``, whose slot setters are each a call with its arguments packed; the
    tokenizer and the tagger make a Span or a Token for every word they read, again and
    again (a tenth of tagging and tokenizing went to them)."""

    __slots__ = Span.__slots__


class _TokenMade:
    """A :class:`Token` being made (see :class:`_SpanMade`)."""

    __slots__ = Token.__slots__


def _token_at(start: int, end: int, text: str) -> Token:
    """``Token(Span(start, end), text)``, made faster (see :class:`_SpanMade`)."""
    span = _SpanMade()
    span.start, span.end = start, end
    span.__class__ = Span  # type: ignore[assignment]
    token = _TokenMade()
    token.span, token.text, token.tag = span, text, ""
    token.__class__ = Token  # type: ignore[assignment]
    return token  # type: ignore[return-value]


class RunningLower(Token):
    """A token of a capitalised word in a line in title case that the article's running
    text writes in lower case ("Stands" in "Trump Stands Tall On Proposal"): its text
    and span are the token's own, and :func:`written_lower` tells a reader of names that
    the capital is the headline's, not the word's."""

    __slots__ = ()


def written_lower(token: Token) -> bool:
    """Is ``token`` a capitalised word of a title-case line that the article's running
    text writes in lower case (:func:`tag` given the article)? Its capital is then the
    headline's style and no evidence of a name."""
    return token.__class__ is RunningLower


def _tagged(
    tokens: Sequence[Token], tags: Iterable[str], lowered: Sequence[bool] = ()
) -> list[Token]:
    """The tokens with the tags ``tags``: ``[Token(t.span, t.text, tag) ...]``, made faster
    (see :class:`_SpanMade`); a :class:`RunningLower` where ``lowered`` says so."""
    out = []
    add, made, token_class = out.append, _TokenMade, Token
    for old, tag in zip(tokens, tags, strict=True):
        token = made()
        token.span, token.text, token.tag = old.span, old.text, tag
        token.__class__ = token_class  # type: ignore[assignment]
        add(token)
    for i, low in enumerate(lowered):
        if low:  # the same slots, set while the token is still in the making
            token = made()
            token.span, token.text, token.tag = out[i].span, out[i].text, out[i].tag
            token.__class__ = RunningLower  # type: ignore[assignment]
            out[i] = token  # type: ignore[call-overload]
    return out  # type: ignore[return-value]


def _scan(
    text: str, start: int, end: int, tokens: list[Token], bounds: list[int] | None = None
) -> list[Token]:
    """``tokens`` with the tokens of ``text[start:end]`` added (see :func:`tokenize`);
    for each match of the tokenizer, its start, its end and the number of tokens after
    it added to ``bounds`` when given."""
    add = tokens.append
    for match in _TOKEN_RE.finditer(text, start, end):
        s, e = match.span()
        kind = match.lastgroup
        if kind == "dotted" and (
            not (is_abbreviation(text[s : e - 1]) or _title_before_name(text, s, e, end))
            or _letter_ending_sentence(text, s, e)
        ):
            add(_token_at(s, e - 1, text[s : e - 1]))
            add(_token_at(e - 1, e, "."))
        elif kind == "prefixed":
            _add_prefixed(text, s, e, add)
        elif kind == "hyphened":
            _add_hyphened(text, s, e, add)
        else:
            word = match[0]
            clitic = None
            if kind in ("word", "ampersand", "initials") and ("'" in word or "’" in word):
                clitic = _CLITIC_RE.search(word)
            if clitic and clitic.start():
                c = s + clitic.start()
                add(_token_at(s, c, text[s:c]))
                add(_token_at(c, e, text[c:e]))
            else:
                add(_token_at(s, e, word))
        if bounds is not None:
            bounds += (s, e, len(tokens))
    return tokens


_CAPITAL_NEXT = re.compile(r"\s+[A-ZÀ-ÖØ-Þ]")
# what no name goes on to after an initial: a quotation mark
_NO_NAME_NEXT = re.compile(r"[ \t\xa0]*[\"“”‘’«»]")


def _letter_ending_sentence(text: str, s: int, e: int) -> bool:
    """A capital letter and period that end a sentence, not a name's initial: a letter is
    an initial only as part of a name, which goes on after it to a word ("Michael J.
    Fox", "J. Crew"), not to a quotation mark ("in a post on X. “...”"). (At a line's end
    the letter keeps its period: "said Ms. R." is a surname written as an initial.) Read
    past a stretch's end within its line, so that a stretch's token is the line's."""
    return e - s == 2 and text[s].isupper() and _NO_NAME_NEXT.match(text, e) is not None


def _title_before_name(text: str, s: int, e: int, end: int) -> bool:
    """A title written only abbreviated, with its period, before a capitalised word
    ("Del. Mary Beth Kessling", "Supt. Ross"; "Atty." as "Sen." is): the period is the
    title's, not a sentence's, though the word is no abbreviation of its own ("Del Rio")."""
    return (
        text[s].isupper()
        and text[s : e - 1].lower() in lexicons.abbreviated_title_words()
        and _CAPITAL_NEXT.match(text, e, end) is not None
    )


def _add_prefixed(text: str, s: int, e: int, add: Callable[[Token], None]) -> None:
    """A word prefixed to a title's abbreviation by a hyphen ("then-Sen.", "ex-Gov."): the
    prefix, the hyphen and the title with its period, as "then Sen." would be, so that the
    name after it is read as after any title ("said then-Sen. Barack Obama"). Another
    word before a period keeps the hyphen and leaves the period ("self-Made.")."""
    hyphen = text.index("-", s, e)
    if not is_abbreviation(text[hyphen + 1 : e - 1]):
        add(_token_at(s, e - 1, text[s : e - 1]))
        add(_token_at(e - 1, e, "."))
        return
    add(_token_at(s, hyphen, text[s:hyphen]))
    add(_token_at(hyphen, hyphen + 1, "-"))
    add(_token_at(hyphen + 1, e, text[hyphen + 1 : e]))


def _add_hyphened(text: str, s: int, e: int, add: Callable[[Token], None]) -> None:
    """Words joined by hyphens, the last ending in "-ly": one token, an adverb, where the
    last is an adverb made of an adjective ("half-jokingly", "only-slightly",
    "self-consciously"), lest "the group half - jokingly put it" read as a noun phrase;
    else each word and hyphen a token, as in GUM ("family - friendly", "print - only")."""
    if ly_adverb(text[text.rindex("-", s, e) + 1 : e]):
        add(_token_at(s, e, text[s:e]))
        return
    at = s
    for part in text[s:e].split("-"):
        if at > s:
            add(_token_at(at - 1, at, "-"))
        add(_token_at(at, at + len(part), part))
        at += len(part) + 1


_LINES_FROM = 40  # characters: a shorter stretch is tokenized as it is


class _LineTokens:
    """The tokens of one text, line by line, each line tokenized the first time a
    stretch reaches it.

    No match of the tokenizer holds a line break, nor looks past one (its lookaheads
    ask for a word character or a capital after a hyphen, its lookbehinds see before a
    search's start), so a line's matches are the whole text's there. A match of the
    whole text that ends by a stretch's end is the stretch's match too, when the
    stretch opens between matches: the pattern asserts nothing that an earlier end of
    the text could make true (no negative lookaround, no ``$`` or ``\\b``), and a match
    that does not reach the end reads nothing past it. A stretch that opens inside a
    match is tokenized afresh; so is its end from the last whole match before it."""

    __slots__ = ("text", "breaks", "lines")

    def __init__(self, text: str) -> None:
        self.text = text
        # each line's start and end (its break, or the text's end)
        self.breaks = [0, *(m.end() for m in _LINE_BREAK.finditer(text)), len(text) + 1]
        self.lines: dict[int, tuple[list[int], list[int], list[int], list[Token]]] = {}

    def _line(self, n: int) -> tuple[list[int], list[int], list[int], list[Token]]:
        """Line ``n``'s match starts, match ends, the number of tokens before each match
        (and after the last), and tokens."""
        line = self.lines.get(n)
        if line is None:
            bounds: list[int] = []
            tokens = _scan(self.text, self.breaks[n], self.breaks[n + 1] - 1, [], bounds)
            line = self.lines[n] = (bounds[0::3], bounds[1::3], [0, *bounds[2::3]], tokens)
        return line

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``, as :func:`_scan` finds them."""
        text, breaks = self.text, self.breaks
        if start < 0 or end > len(text):
            return _scan(text, start, end, [])
        n = bisect_right(breaks, start) - 1
        starts, ends, cuts, tokens = self._line(n)
        j = bisect_right(ends, start)  # the first match ending after the start
        if j < len(starts) and starts[j] < start:  # the start cuts a match
            return _scan(text, start, end, [])
        out: list[Token] = []
        at = start  # where the whole text's matches taken so far end
        while True:
            k = bisect_right(ends, end, j)  # the matches from j on that end by the end
            if k > j:
                out += tokens[cuts[j] : cuts[k]]
                at = ends[k - 1]
            if k < len(starts) or end < breaks[n + 1]:  # the end falls in this line
                if k < len(starts) and starts[k] < end:  # and cuts a match
                    _scan(text, at, end, out)
                return out
            n += 1
            starts, ends, cuts, tokens = self._line(n)
            j, at = 0, breaks[n]


_LINE_BREAK = re.compile("\n")
_KEPT_TEXTS = 4  # texts whose lines are kept (by identity), the most recent first
_kept_texts = [_LineTokens("")]


# ---------------------------------------------------------------- part of speech

_TAGGER_FORMS = {"“": "``", "”": "''", "‘": "`", "’": "'", "…": "...", "„": "``"}


def tagger_forms(tokens: Sequence[Token]) -> list[str]:
    """Token texts in the Penn Treebank spelling the tagger was trained on.

    Curly quotes and apostrophes become their ASCII forms; a straight double quote
    becomes `````` when it opens (nothing glued before it) and ``''`` when it closes; a
    hyphened adverb, which GUM splits, its last word (:func:`hyphened_adverb`).
    """
    forms = []
    for i, token in enumerate(tokens):
        word = token.text
        if word == '"':
            glued = i > 0 and tokens[i - 1].span.end == token.span.start
            opening = not glued or tokens[i - 1].text in "([{“‘"
            word = "``" if opening else "''"
        elif "-" in word and hyphened_adverb(word):  # the test first: a call per word
            word = word.rpartition("-")[2]  # "half-jokingly": the tagger knows "jokingly"
        else:
            word = _TAGGER_FORMS.get(word) or word.replace("’", "'")
        forms.append(word)
    return forms


def pack_rows(weights: dict[str, dict[str, float]], classes: Iterable[str]) -> dict[str, int]:
    """Each feature's weights for every label (of ``classes``) packed into one integer, as
    :class:`DenseScorer` adds them: a label's field is ``(OFFSET + weight) << its place``."""
    shift = {label: DenseScorer.FIELD * i for i, label in enumerate(sorted(classes))}
    offsets = sum(DenseScorer.OFFSET << place for place in shift.values())
    scale, largest = DenseScorer.SCALE, DenseScorer.LARGEST
    rows = {}
    for feature, by_label in weights.items():
        values = by_label.values()  # none at all for some features
        if not -largest <= min(values, default=0) <= max(values, default=0) <= largest:
            raise ModelError(f"a weight beyond ±{largest} cannot be packed: {by_label}")
        rows[feature] = offsets + sum(
            round(w * scale) << shift[label] for label, w in by_label.items()
        )
    return rows


# The closed classes: a word takes one only where its own weights favour it (see
# NewsTagger._closed_tags).
CLOSED_TAGS = frozenset(
    {"CC", "DT", "EX", "IN", "MD", "PDT", "POS", "PRP", "PRP$", "RP", "TO", "UH", "WDT", "WP",
     "WP$", "WRB"}
)  # fmt: skip


class DenseScorer:
    """An averaged perceptron's weights packed for fast scoring: the label
    ``AveragedPerceptron.predict`` gives, several times faster.

    NLTK rounds averaged weights to thousandths, so each is an exact integer of
    thousandths; a feature's weights for all labels are packed into one Python integer,
    a 32-bit field per label, each offset by ``OFFSET`` to stay positive. Adding the
    integers of a word's features adds every label's score at once, in C. A weight under
    ``OFFSET`` thousandths in size (the tagger's are under 33) and fewer than 32 features
    to a word (ours have 18 at most) keep each field under 2**30: the fields cannot carry
    into each other, and each score is a one-digit Python integer, quick to unpack and
    compare (64-bit fields took half as long again).
    """

    SCALE = 1000
    OFFSET = 1 << 24
    FIELD = 32
    LARGEST = (OFFSET - 1) / SCALE  # the largest weight in size that can be packed

    def __init__(self, rows: dict[str, int], classes: Iterable[str]) -> None:
        """``rows``: every feature's weights, packed (:func:`pack_rows`), or
        :class:`PackedRows` that make them as they are asked for."""
        self.classes = sorted(classes)
        self.rows = rows if isinstance(rows, PackedRows) else PackedRows(rows)
        self.fields = struct.Struct(f"<{len(self.classes)}I")  # a score per label

    @classmethod
    def of_weights(
        cls, weights: dict[str, dict[str, float]], classes: Iterable[str]
    ) -> DenseScorer:
        return cls(pack_rows(weights, classes), classes)

    def best(self, features: Iterable[str], closed: frozenset[str] = CLOSED_TAGS) -> str:
        """The top-scoring label for ``features``, each counted once (as
        :meth:`NewsTagger._get_features` gives them); ties go to the last label in sorted
        order, as in NLTK. ``closed``: the closed-class labels the word may take (all of
        them by default)."""
        return self.label(self.total(features), closed)

    def total(self, features: Iterable[str]) -> int:
        """The packed rows of ``features`` added: every label's score at once."""
        return sum(map(self.rows.__getitem__, features))  # a feature the model lacks: 0

    def label(self, total: int, closed: frozenset[str] = CLOSED_TAGS) -> str:
        """The top-scoring label of the packed scores ``total`` (see :meth:`best`)."""
        if not total:
            return self.classes[-1]
        fields = self.fields  # self.scores(total), without a call for each word met
        scores = fields.unpack(total.to_bytes(fields.size, "little"))
        best = self.classes[len(scores) - 1 - scores[::-1].index(max(scores))]
        if best in CLOSED_TAGS and best not in closed:
            _, best = max(
                (score, label)
                for score, label in zip(scores, self.classes, strict=True)
                if label not in CLOSED_TAGS or label in closed
            )
        return best

    def scores(self, total: int) -> tuple[int, ...]:
        """Each label's field of the packed scores ``total``, in the order of ``classes``."""
        return self.fields.unpack(total.to_bytes(self.fields.size, "little"))


class PackedRows(dict[str, int]):
    """The packed rows of :class:`DenseScorer` by feature; 0 for a feature the model
    lacks. Given ``index`` (a feature -> the offset of its row in ``blob``, each row
    ``size`` bytes, little-endian), a row becomes its integer the first time it is asked
    for: the shipped tagger's 41,564 rows took 190M instructions to unmarshal at every
    start, before the fork, and a batch asks for a fraction of them."""

    __slots__ = ("_blob", "_index", "_size")

    def __init__(
        self, rows: dict[str, int] | None = None, index: dict[str, int] | None = None,
        blob: bytes = b"", size: int = 0,
    ) -> None:  # fmt: skip
        super().__init__(rows or {})
        self._index, self._blob, self._size = index or {}, blob, size

    def __missing__(self, feature: str) -> int:
        at = self._index.get(feature)
        if at is None:
            return 0
        row = self[feature] = int.from_bytes(self._blob[at : at + self._size], "little")
        return row

    def __contains__(self, feature: object) -> bool:
        return dict.__contains__(self, feature) or feature in self._index

    def whole(self) -> dict[str, int]:
        """Every row, made."""
        return {feature: self[feature] for feature in [*self._index, *self]}


class Computed(dict[Any, Any]):
    """``make(key)`` for each key, made the first time it is asked for."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.make(key)
        return value


class _GroupRows(Computed):
    """A group of the tagger's features' packed rows added, by what the group depends on
    (see :meth:`NewsTagger._parts`): ``DenseScorer.total(features(key))`` for each key,
    added here at once (without a call of a lambda and of ``total`` for each key met)."""

    __slots__ = ("rows",)

    def __init__(self, features: Callable[[Any], list[str]], rows: dict[str, int]) -> None:
        super().__init__(features)
        self.rows = rows

    def __missing__(self, key: Any) -> int:
        value = self[key] = sum(map(self.rows.__getitem__, self.make(key)))
        return value


_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=65536)
def word_shape(word: str) -> str:
    """A word's punctuation pattern, blind to case: each run of letters or digits becomes
    ``x`` (``Borrell`` -> ``x``, ``U.S.`` -> ``x.x.``, ``9/11`` -> ``x/x``, ``O'Neil`` ->
    ``x'x``). The tagger sees case through NLTK's first-letter feature and the name
    recogniser through the tags; shapes that kept case ("Xx") measured worse."""
    return _LETTERS_AND_DIGITS.sub("x", word)


class PerceptronWeights:
    """An averaged perceptron's weights as NLTK keeps them: feature -> label -> weight."""

    def __init__(self) -> None:
        self.weights: dict[str, dict[str, float]] = {}
        self.classes: set[str] = set()


class NewsTagger:
    """NLTK's averaged perceptron tagger with word-shape, longer-suffix and first-name
    features (the last tells "Kathryn" at a sentence start from an adjective).

    Tagging needs NLTK's weights, tag dictionary and normalisation, not its tagger module,
    whose import pulls in numpy and much of NLTK (a tenth of a second of each start):
    :class:`core.pos_training.TrainableTagger` is this tagger on NLTK's, to train.
    """

    START = ["-START-", "-START2-"]
    END = ["-END-", "-END2-"]

    def __init__(self) -> None:
        self.model = PerceptronWeights()
        self.tagdict: dict[str, str] = {}
        self.classes: set[str] = set()

    @staticmethod
    def normalize(word: str) -> str:
        """A word as NLTK's tagger sees it (``PerceptronTagger.normalize``): hyphenated
        words, four-digit years and numbers fold into one form each, the rest in lower
        case."""
        if "-" in word and word[0] != "-":
            return "!HYPHEN"
        if word.isdigit() and len(word) == 4:
            return "!YEAR"
        if word and word[0].isdigit():
            return "!DIGITS"
        return word.lower()

    def _get_features(
        self, i: int, word: str, context: list[str], prev: str, prev2: str
    ) -> dict[str, int]:
        """NLTK's features (``PerceptronTagger._get_features``, in its order) and ours,
        each counted once: no feature name followed by a space starts another, and no
        token or tag holds a space, so no two features can be one string. Written out
        rather than built by NLTK's ``add``, which took half the time of tagging; in groups
        by what each depends on (:meth:`_parts`), which :meth:`tag_words` scores apart."""
        i += len(self.START)
        own, tags, tag_word = self._own(word), _tags((prev, prev2)), self._tag_word((prev, word))
        features = [
            *own[:3],
            *tags,
            own[3],
            tag_word[0],
            *_before(context[i - 1]),
            *_two_before(context[i - 2]),
            *_after(context[i + 1]),
            *_two_after(context[i + 2]),
            *own[4:6],
            tag_word[1],
            *own[6:],
        ]
        return dict.fromkeys(features, 1)

    def _own(self, word: str) -> list[str]:
        """The features of the word alone: the bias, its suffixes, first letter, normal
        form and shape, and whether it is a first name."""
        shape = word_shape(word)
        own = ["bias", "i suffix " + word[-3:], "i pref1 " + word[:1]]
        own += ["i word " + self.normalize(word), "i shape " + shape, "i suffix4 " + word[-4:]]
        if word[:1].isupper() and word.lower() in _first_names():
            own.append("i first name")
        return own

    def _tag_word(self, tag_and_word: tuple[str, str]) -> list[str]:
        """The features of the tag before and the word (its normal form, its shape)."""
        prev, word = tag_and_word
        return [
            "i-1 tag+i word " + prev + " " + self.normalize(word),
            "i-1 tag+i shape " + prev + " " + word_shape(word),
        ]

    def _parts(self, scorer: DenseScorer) -> list[Computed]:
        """The packed rows of each group of features added, by what the group depends on,
        in the order :meth:`tag_words` reads them: the word; the two tags before; the tag
        before and the word; the normal forms of the words one and two before and after.
        Integers add exactly: the groups' sums make the total the features' rows make."""

        def rows(features: Callable[[Any], list[str]]) -> Computed:
            return _GroupRows(features, scorer.rows)

        groups = (self._own, _tags, self._tag_word, _before, _two_before, _after, _two_after)
        return [rows(features) for features in groups]

    scorer: DenseScorer | None = None  # loaded, or made by the first tag_words once trained
    memo: dict[tuple[str, ...], str]  # a placed word -> its tag, made with the scorer
    closed: dict[str, frozenset[str]]  # a normalised word -> the closed classes it may take
    normal: Computed  # a word -> its normal form
    parts: list[Computed] | None = None  # see _parts; made by the first tag_words
    MEMO = 50_000  # placed words remembered; all forgotten past it

    def _forget(self, scorer: DenseScorer) -> list[Computed]:
        """Nothing remembered of the words met before; the new :meth:`_parts`."""
        self.memo, self.closed, self.normal = {}, {}, Computed(self.normalize)
        self.parts = self._parts(scorer)
        return self.parts

    def tag_words(self, words: list[str]) -> list[str]:
        """The tags NLTK's ``PerceptronTagger.tag`` gives, found faster (see :class:`DenseScorer`),
        but for a closed class the word's own weights do not favour (:meth:`_closed_tags`).

        A word's features, so its tag, depend only on the word, the two tags before it and
        the normalised words two either side: a word met again so placed takes the tag
        found then (the stretches that attributions, roles and statements tag overlap).
        A word met for the first time adds its groups' packed rows (:meth:`_parts`), each
        group's sum found once for its word, tags or neighbour.
        """
        scorer = self._dense()
        parts = self.parts or self._forget(scorer)
        memo, in_dictionary, closed_of = self.memo, self.tagdict.get, self.closed
        own, tags_, tag_word, before, two_before, after, two_after = parts
        prev, prev2 = self.START
        context = self.START + list(map(self.normal.__getitem__, words)) + self.END
        tags: list[str] = []
        # each word with the normal forms of the two words either side of it (the words
        # end first: the context runs on past them)
        windows = zip(
            words, context, context[1:], context[2:], context[3:], context[4:], strict=False
        )
        for word, c0, c1, c2, c3, c4 in windows:
            tag = in_dictionary(word)
            if not tag:
                placed = (word, prev, prev2, c0, c1, c2, c3, c4)
                tag = memo.get(placed)
                if tag is None:
                    total = (
                        own[word]
                        + tags_[prev, prev2]
                        + tag_word[prev, word]
                        + before[c1]
                        + two_before[c0]
                        + after[c3]
                        + two_after[c4]
                    )
                    closed = closed_of.get(c2) if word.isalpha() else CLOSED_TAGS
                    if closed is None:
                        closed = closed_of[c2] = self._closed_tags(c2)
                    tag = scorer.label(total, closed)
                    if len(memo) >= self.MEMO:
                        parts = self._forget(scorer)
                        memo, closed_of = self.memo, self.closed
                        own, tags_, tag_word, before, two_before, after, two_after = parts
                    memo[placed] = tag
            tags.append(tag)
            prev2, prev = prev, tag
        return tags

    def knows(self, word: str) -> bool:
        """Did the model keep weights for ``word`` itself (normalised), or list it in its
        tag dictionary?"""
        return word in self.tagdict or "i word " + self.normalize(word) in self._dense().rows

    def own_tag(self, word: str) -> str | None:
        """The tag the model's weights for ``word`` itself (normalised) favour, None for a
        word it kept no weights for: what the word is read as, its context aside
        ("Tower": NN, "Trump": NNP)."""
        row = self._dense().rows["i word " + self.normalize(word)]
        if not row:
            return None
        scores = zip(self._dense().scores(row), self._dense().classes, strict=True)
        return max(scores)[1]

    def _dense(self) -> DenseScorer:
        """The weights packed for scoring, packed the first time they are needed."""
        if self.scorer is None:
            self.scorer = DenseScorer.of_weights(self.model.weights, self.classes)
        return self.scorer

    def _closed_tags(self, word: str) -> frozenset[str]:
        """The closed classes a word of letters (normalised) may belong to: those its own
        weights favour, so those it was seen in ("up": RP and IN); none for a word the
        model never saw or saw only in open classes ("said retired neurosurgeon/RP Ben
        Carson", "former tech/TO executive")."""
        assert self.scorer is not None  # made before words are tagged
        row = self.scorer.rows["i word " + word]
        if not row:
            return frozenset()
        fields = zip(self.scorer.classes, self.scorer.scores(row), strict=True)
        return frozenset(t for t, f in fields if f > DenseScorer.OFFSET and t in CLOSED_TAGS)


def _tags(tags: tuple[str, str]) -> list[str]:
    """The tagger's features of the two tags before a word."""
    prev, prev2 = tags
    return ["i-1 tag " + prev, "i-2 tag " + prev2, "i tag+i-2 tag " + prev + " " + prev2]


def _before(word: str) -> list[str]:
    """The tagger's features of the word before (normalised)."""
    return ["i-1 word " + word, "i-1 suffix " + word[-3:]]


def _two_before(word: str) -> list[str]:
    return ["i-2 word " + word]


def _after(word: str) -> list[str]:
    """The tagger's features of the word after (normalised)."""
    return ["i+1 word " + word, "i+1 suffix " + word[-3:]]


def _two_after(word: str) -> list[str]:
    return ["i+2 word " + word]


def tagger_from_json(data: list[Any], tagger: NewsTagger | None = None) -> NewsTagger:
    """The tagger of the model's data: ``tagger`` (a new :class:`NewsTagger` by default)
    given its weights, tag dictionary and classes."""
    tagger = tagger or NewsTagger()
    weights, tagdict, classes = data
    if not isinstance(weights, dict) or not isinstance(tagdict, dict) or not classes:
        raise ValueError("expected [weights, tagdict, classes]")
    tagger.model.weights, tagger.tagdict = weights, tagdict
    tagger.classes = tagger.model.classes = set(classes)
    return tagger


def packed_tagger(data: list[Any]) -> list[Any]:
    """The tagger's JSON data with its weights packed (:func:`pack_rows`): what the shipped
    tagger's marshal copy keeps, read three times as fast as the weights, which every
    process (each worker of a pool) then packed again as it met them. The rows are kept
    as one run of bytes and each feature's offset in it (see :class:`PackedRows`)."""
    weights, tagdict, classes = data
    if not isinstance(weights, dict) or not isinstance(tagdict, dict) or not classes:
        raise ValueError("expected [weights, tagdict, classes]")
    size = DenseScorer.FIELD // 8 * len(set(classes))
    rows = pack_rows(weights, classes)
    index = {feature: n * size for n, feature in enumerate(rows)}
    blob = b"".join(row.to_bytes(size, "little") for row in rows.values())
    return [index, blob, size, tagdict, sorted(classes)]


def tagger_from_packed(data: list[Any]) -> NewsTagger:
    """The tagger of :func:`packed_tagger`'s data."""
    index, blob, size, tagdict, classes = data
    tagger = NewsTagger()
    tagger.tagdict, tagger.classes = tagdict, set(classes)
    tagger.scorer = DenseScorer(PackedRows(index=index, blob=blob, size=size), classes)
    return tagger


@functools.cache
def _tagger() -> NewsTagger:
    return read_model(POS_FILE, tagger_from_packed, prepare=packed_tagger)


# Tags no unknown capitalised word takes: the closed classes, and "-ing" forms ("Schilling")
NOT_FOR_NAMES = frozenset(  # "LS": a list marker ("Whitfield/LS left the courthouse")
    {"RB", "IN", "DT", "CC", "PRP", "MD", "WP", "WDT", "WRB", "TO", "UH", "VBG", "LS"}
)


# "From said", "Will, 74,", "said May."; VBN: "From said/VBN" (no preposition or modal
# takes a bare past participle)
SURNAME_FOLLOWERS = frozenset({"VBD", "VBN", "VBZ", ",", "."})


def tagged(
    text: str, start: int, end: int, surnames: AbstractSet[str] = frozenset()
) -> list[Token]:
    """The tokens of ``text[start:end]``, tagged (:func:`tag`) as words of the article
    ``text``: those of a line in title case as the article's running text writes them.

    The readers of an article ask for the same stretch again (a sentence by the subject
    finder, the role finder and the statement finder): an eighth of the stretches asked
    for over train had been tagged before, most with other ``surnames``. The tagger's own
    tags of the stretches of the texts last asked about are kept
    (:class:`_TaggedStretches`); ``surnames`` mend them afresh at each ask."""
    global _tagged_kept
    tagger = _tagger()
    kept = next((k for k in _tagged_kept if k.text is text and k.tagger is tagger), None)
    if kept is None or kept is not _tagged_kept[0]:
        kept = kept or _TaggedStretches(text, tagger)  # the most recent first, as tokenize's
        _tagged_kept = [kept, *(k for k in _tagged_kept if k is not kept)][:_KEPT_TEXTS]
    tokens, seen, tags = kept.tagged(start, end)
    return _with_tags(tokens, seen, kept.mended(start, end, seen, tags, surnames))


class _TaggedStretches:
    """The stretches of one text tagged by one tagger: for each ``(start, end)`` its
    tokens, the tokens as the tagger reads them (:func:`running_forms`) and the tagger's
    tags of those, before :func:`_names_retagged` (which the surnames asked with change).
    A text's tokens, running forms and the tagger's tags depend on nothing else; their
    mended tags only on the surnames among the stretch's words besides."""

    __slots__ = ("text", "tagger", "stretches", "mends")
    MOST = 2048  # stretches (and mended tags) kept for a text; all forgotten past it

    def __init__(self, text: str, tagger: NewsTagger) -> None:
        self.text, self.tagger = text, tagger
        self.stretches: dict[tuple[int, int], tuple[list[Token], list[Token], list[str]]] = {}
        self.mends: dict[tuple[int, int, frozenset[str]], list[str]] = {}

    def tagged(self, start: int, end: int) -> tuple[list[Token], list[Token], list[str]]:
        """The tokens of ``text[start:end]``, their running forms and the tagger's tags
        (neither list to be changed: they are kept)."""
        found = self.stretches.get((start, end))
        if found is None:
            tokens = tokenize(self.text, start, end)
            seen, tags = _tagger_view(tokens, self.text, self.tagger)
            found = tokens, seen, tags
            if len(self.stretches) >= self.MOST:
                self.stretches = {}
            self.stretches[start, end] = found
        return found

    def mended(
        self, start: int, end: int, seen: list[Token], tags: list[str], surnames: AbstractSet[str]
    ) -> list[str]:
        """:func:`_names_retagged` of the stretch's running forms ``seen`` and ``tags``
        (neither changed; the list returned is kept, not to be changed either). It reads
        ``surnames`` only for the stretch's own words, so those key what is kept: a
        stretch asked again with other surnames is mended once."""
        named = frozenset(t.text for t in seen if t.text in surnames) if surnames else _NO_NAMES
        found = self.mends.get((start, end, named))
        if found is None:
            found = _names_retagged(seen, list(tags), self.tagger.tagdict, named)
            if len(self.mends) >= self.MOST:
                self.mends = {}
            self.mends[start, end, named] = found
        return found


_tagged_kept: list[_TaggedStretches] = []
_NO_NAMES: frozenset[str] = frozenset()


def tag(
    tokens: list[Token],
    tagger: NewsTagger | None = None,
    surnames: AbstractSet[str] = frozenset(),
    text: str | None = None,
) -> list[Token]:
    """The same tokens with Penn Treebank part-of-speech tags set (by the shipped tagger
    unless ``tagger`` is given).

    Given the article ``text`` the tokens come from, the words of a line it writes in
    title case (a headline: "Trump May Not Have Suggested ...") are tagged as its
    running text would write them (:func:`running_forms`: "Trump may not have
    suggested ..."), not as a run of proper nouns; the tokens keep their own text, and
    those the running text writes in lower case come as :class:`RunningLower`.

    A capitalised word inside a sentence that the model puts in a closed class ("But
    Flynn/RB said") or takes for an "-ing" form ("said Schilling/VBG") is a proper noun:
    the closed classes' words are all in the tag dictionary, so an unknown word never
    belongs to them. So is one of ``surnames`` (those the article gives people it names
    in full: "Al From", "George Will") in a closed class where a finite verb or a comma
    follows it ("…,” From said", "Will wrote"), not its own use ("From a $15 wage").
    """
    tagger = tagger or _tagger()
    seen, tags = _tagger_view(tokens, text, tagger)
    return _with_tags(tokens, seen, _names_retagged(seen, tags, tagger.tagdict, surnames))


def _tagger_view(
    tokens: list[Token], text: str | None, tagger: NewsTagger
) -> tuple[list[Token], list[str]]:
    """The tokens as the tagger reads them (:func:`running_forms` of the article
    ``text``, if given) and the tagger's own tags of those, before
    :func:`_names_retagged`: what :func:`tag` and :class:`_TaggedStretches` both start
    from."""
    seen = running_forms(tokens, text) if text else tokens
    return seen, tagger.tag_words(tagger_forms(seen))


def _with_tags(tokens: list[Token], seen: list[Token], tags: list[str]) -> list[Token]:
    """The tokens with ``tags``, those whose running form ``seen`` is in lower case a
    :class:`RunningLower`."""
    if seen is tokens:
        return _tagged(tokens, tags)
    lowered = [s is not t and s.text[:1].islower() for s, t in zip(seen, tokens, strict=True)]
    return _tagged(tokens, tags, lowered)


def _names_retagged(
    tokens: list[Token], tags: list[str], known: dict[str, str], surnames: AbstractSet[str]
) -> list[str]:
    """``tags``, the tagger's tags of the tokens as it sees them, changed in place where
    :func:`tag` reads a name or a speech verb the tagger missed (``known``: its tag
    dictionary)."""
    if _modal_name_opens(tokens, tags):
        tags[0] = tags[1] = "NNP"  # "Will/MD Hurd/VB said": a first name, a surname
    for i, token in enumerate(tokens):
        word = token.text
        if tags[i] not in NOT_FOR_NAMES or not word[:1].isupper():
            continue
        if word in known:
            if word in surnames and i + 1 < len(tags) and tags[i + 1] in SURNAME_FOLLOWERS:
                tags[i] = "NNP"
            continue
        following = tags[1] if len(tags) > 1 else ""
        verb_after = following[:2] == "VB" and following != "VBG" or following == "POS"
        verb_after = verb_after or word in surnames and following in SURNAME_FOLLOWERS
        if i == 0 and tags[0] == "VBG" and not verb_after and not is_frequent_word(word):
            verb_after = _name_run_opens(tokens, tags)  # "Downing/VBG Street said"
        if i == 0 and (word.lower() in known or not verb_after):
            continue  # opening a sentence, only before a verb or as an owner: "Ramos/RB
            # lamented", "Schilling/VBG 's son"; not "Hastily/RB politicizing"
        tags[i] = "NNP"
    for i in range(1, len(tokens)):
        # each mend asks a noun or an adjective, or an adverb (_past_before_and and
        # _speech_past_before_object a noun or an adjective): the tag first, not a call
        # of each test for every word
        if tags[i] in NOUN_OR_ADJECTIVE:
            if tags[i - 1] == "NNP" and _speech_past(tokens, i):
                tags[i] = "VBD"
            elif (
                tags[i - 1] in NOUN_OR_ADJECTIVE
                and (i + 1 == len(tokens) or tokens[i + 1].text in CLAUSE_CLOSERS)
                and _speech_past(tokens, i)
            ):  # "“...,” the 23-year-old said/NN.", "the debutant said/NN:": a past form
                tags[i] = "VBD"  # after a noun phrase and before the clause's end, its verb
            elif _after_age(tokens, i) and _speech_past(tokens, i):
                tags[i] = "VBD"  # "the 61-year-old said/NN on Friday": an age ends a noun
                # phrase
            elif _past_before_and(tokens, tags, i):
                tags[i] = "VBD"  # "When the mayor arrived, the crowd booed/NN and chanted"
            elif _speech_past_before_object(tokens, tags, i):
                tags[i] = "VBD"  # "An official told/NN reporters that ...": a verb, its
                # object
        elif tags[i] == "RB" and (
            _noun_before_name(tokens, tags, i) or _ly_noun_heads(tokens, tags, i)
        ):
            tags[i] = "NN"  # "said union steward/RB Hanna Berg"; "an organizer of the
            # September rally/RB against the deal"
    for i, token in enumerate(tokens):
        if "-" not in token.text:
            continue
        if hyphened_adverb(token.text):
            tags[i] = "RB"  # "the group, half-jokingly/NN, said"
        elif tags[i] not in PROPER_TAGS and _particle_glued(token.text):
            tags[i] = "NNP"  # "Abdullah al-Shammari/UH", "Othaimeen/CD": a surname whose
            # lower-case particle the hyphen glues on is unknown to the model, a name
    for i in range(len(tokens) - 1):
        if tags[i + 1] == "NNP" and _unknown_person_noun(tokens[i].text, tags[i], known):
            tags[i] = "NN"  # "Department of Conservation ranger/VBZ Ben Haliday": a kind
            # of person the model never met, read by its ending, before a name is a noun
    for i in range(len(tokens) - 1):
        if tags[i] == "JJ" and tags[i + 1] == "NNP" and _hyphenated_given(tokens[i].text):
            tags[i] = "NNP"  # "Pierre-Antoine/JJ Roux": a given name in two parts
    for i in range(1, len(tokens) - 1):
        if (
            tags[i - 1] == "NNP"
            and tokens[i].text in _PARTICLE_OPENERS  # else no particle follows (a cheap test)
            and tokens[i - 1].text[:1].isupper()
        ):
            for k in _particles_in_name(tokens, tags, i):
                tags[k] = "NNP"  # "Sanne van/VBD der/NN Berg", "Siân ap/FW Rhys"
    return tags


def _unknown_person_noun(word: str, tag: str, known: AbstractSet[str] | dict[str, str]) -> bool:
    """A lower-case word the model never met, no frequent word, tagged no noun and not
    as the verb form its ending spells ("ranger/JJR", "ranger/VBD"; not "accused/VBD", a
    verb before a name), whose first sense in WordNet names a person
    (``lexicons.person_nouns``)."""
    return (
        tag not in NOUNS
        and not (tag in PAST_OR_GERUND and word.endswith(("ed", "en", "ing")))
        and word.islower()
        and word not in known
        and not is_frequent_word(word)
        and word in lexicons.person_nouns()
    )


PAST_OR_GERUND = frozenset({"VBD", "VBN", "VBG"})


# ---------------------------------------------------------------- lines in title case

_SENTENCE_MARKS = frozenset(".?!:")
# stepped over, back from a word to the end of a sentence before it
_BETWEEN_SENTENCES = frozenset(" \t\xa0\"'\u201c\u201d\u2018\u2019([")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")  # the word before a period
_LOOK_BACK = 12  # characters read back from a word for the end of a sentence before it
_OPENING_MARKS = "\"'\u201c\u2018(["  # stripped from a word's front before its case is read
_TRAILING_MARKS = ".,;:!?\"'\u201d\u2019)]"  # stripped from a word's end to find a minor word


def _line_case(line: str) -> bool | None:
    """True for a line in title case, as headlines and list items' titles are written:
    three capitalised words and no word in lower case but the minor words title case
    keeps small (``lexicons.MINOR_WORDS``: "Why Does Israel Refuse to Recognize the
    ..."); False for a line with another word in lower case (running text: "Trump has
    won Georgia, Virginia and Texas", "It's a win for Hillary Clinton"); None for
    neither. Words opening with no letter ("2016", "@handle") and words with a capital
    inside ("iPhone") count neither way."""
    capitalised = 0
    for word in line.split():
        word = word.lstrip(_OPENING_MARKS)
        first = word[:1]
        if not first.isalpha():
            continue
        if first.isupper():
            capitalised += 1
        elif word.islower() and word.rstrip(_TRAILING_MARKS) not in lexicons.MINOR_WORDS:
            return False
    return True if capitalised >= 3 else None


class _TitleLines:
    """An article's lines in title case (headlines, list items' titles), found in one
    pass over its lines, and the form its running text gives the words of those lines,
    found for each word the first time it is asked about (:meth:`form`)."""

    __slots__ = ("text", "starts", "ends", "body", "forms")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.body = False  # a line of running text to read the words' use in
        at = 0
        for line in text.split("\n"):
            case = _line_case(line)
            if case:
                self.starts.append(at)
                self.ends.append(at + len(line))
            elif case is False:
                self.body = True
            at += len(line) + 1
        self.forms: dict[tuple[str, bool, bool], str] = {}

    def inside(self, at: int) -> bool:
        """Is ``at`` in a line in title case (at its line break too)?"""
        k = bisect_right(self.starts, at) - 1
        return k >= 0 and at <= self.ends[k]

    def touches(self, start: int, end: int) -> bool:
        """Does ``text[start:end]`` reach into a line in title case?"""
        k = bisect_right(self.starts, end - 1) - 1
        return k >= 0 and self.ends[k] > start

    def form(self, token: Token, after_given: bool = False) -> str:
        """The token's text as the article's running text writes its word: for a
        capitalised word of a line in title case, the form the article writes it in most
        often outside such lines, a capital counted only where no sentence opens ("may",
        not "May"; "Trump"; "FBI"). A word the running text never writes takes the
        lower case ("Refuse": "refuse") unless the tagger reads it as a proper noun
        whatever its context ("Obama"), or knows nothing of it and it is a listed first
        name or an acronym (:func:`_name_or_acronym`), or follows a given name
        (``after_given``: "Marco Rubio", "Michelle Marks"). A line's or a sentence's
        first word keeps its capital."""
        word = token.text
        if not word[:1].isupper() or not word.isalpha() or not self.inside(token.span.start):
            return word
        key = (word, self._opens(token.span.start), after_given)
        found = self.forms.get(key)
        if found is None:
            found = self.forms[key] = self._running_form(*key)
        return found

    def _running_form(self, word: str, opening: bool, after_given: bool) -> str:
        lower = word.lower()
        capitalised = word[0] + lower[1:] if word.isupper() and len(word) > 1 else word
        forms = dict.fromkeys((word, capitalised, *(() if opening else (lower,))))
        counts = [(self._written(form, form is not lower), form) for form in forms]
        most = max(counts, key=lambda counted: counted[0])  # the first of a tie: as written
        if most[0]:
            return most[1]
        read = context_free_tag(word)
        if read in PROPER_TAGS or read is None and (after_given or _name_or_acronym(word)):
            return word
        return capitalised if opening else lower

    def _written(self, form: str, capital: bool) -> int:
        """How often the running text writes ``form``, a capitalised form only where no
        sentence opens."""
        return sum(
            1
            for at in word_starts(self.text).get(form, ())
            if not self.inside(at) and not (capital and self._opens(at))
        )

    def _opens(self, at: int) -> bool:
        """Does a line or a sentence open at ``at``: the line's start, or a sentence's end
        (no abbreviation's period: "Mr. Trump", "U.S. Senate"), then spaces or quotation
        marks, before it?"""
        text = self.text
        j = at
        while j > 0 and at - j < _LOOK_BACK and text[j - 1] in _BETWEEN_SENTENCES:
            j -= 1
        if j == 0 or text[j - 1] == "\n":
            return True
        if text[j - 1] not in _SENTENCE_MARKS:
            return False
        if text[j - 1] != ".":
            return True
        word = _WORD_BEFORE.search(text, max(0, j - 1 - _LOOK_BACK), j - 1)
        return word is None or not is_abbreviation(word.group())


def _name_or_acronym(word: str) -> bool:
    """Is ``word``, which the tagger knows nothing of, a listed first name or an acronym
    ("Kaine", "DNC"), and no frequent word ("Pull", "Tall", "Will")?"""
    return (is_first_name(word) or len(word) > 1 and word.isupper()) and not is_frequent_word(word)


@functools.lru_cache(maxsize=4)
def _title_lines(text: str) -> _TitleLines:
    return _TitleLines(text)


def in_title_case_line(text: str, at: int) -> bool:
    """Is the line of ``text`` holding ``at`` (or ending at it) written in title case
    (:func:`_line_case`)? The one test of a headline's line for every reader of names
    and tags. The article's lines are read once (a line of many names is asked about
    once for each)."""
    return _title_lines(text).inside(at)


def running_lower_starts(text: str, start: int, end: int) -> frozenset[int]:
    """Where the capitalised words of ``text[start:end]`` stand whose capital is only a
    title-case line's: :func:`running_forms` gives them in lower case, as :func:`tag`
    reads them ("Stands" in "Trump Stands Tall On Proposal", "Scores" in "Paul Scores
    Direct Hit"); none where the span reaches no such line (nothing is tokenized)."""
    lines = _title_lines(text)
    if not lines.body or start >= end or not lines.touches(start, end):
        return frozenset()
    tokens = tokenize(text, start, end)
    return frozenset(
        token.span.start
        for seen, token in zip(running_forms(tokens, text), tokens, strict=True)
        if seen is not token and seen.text[:1].islower()
    )


def running_forms(tokens: list[Token], text: str) -> list[Token]:
    """The tokens, those of capitalised words in a line of ``text`` in title case
    standing for the word as the article's running text writes it
    (:meth:`_TitleLines.form`: "Hillary Clinton Are Neck And Neck" read as "Hillary
    Clinton are neck and neck"), with no tag: what :func:`tag` gives the tagger to read.
    An article with no running text (every line in title case) is read as written."""
    if not tokens:
        return tokens
    lines = _title_lines(text)
    if not lines.body or not lines.touches(tokens[0].span.start, tokens[-1].span.end):
        return tokens
    out: list[Token] = []
    given = False  # did a given name come just before, kept as written?
    for token in tokens:
        form = lines.form(token, given)
        out.append(token if form == token.text else Token(token.span, form, ""))
        given = form == token.text and _name_or_acronym(form) and is_first_name(form)
    return out


MODAL_VERB_AFTER = frozenset({"VBD", "VBN", "VBZ"})  # no modal's verb: "Will Obama sign/VB"


def _modal_name_opens(tokens: list[Token], tags: list[str]) -> bool:
    """Does a sentence open with a first name the model took for a modal ("Will", "May"),
    a capitalised word and a finite or past verb ("Will/MD Hurd/VB said/VBD")? A modal's
    verb is bare ("Will Obama sign it?", "Will Democrats win?"), so the two are a name."""
    return (
        len(tokens) > 2
        and tags[0] == "MD"
        and written_first_name(tokens[0].text)
        and tokens[1].text[:1].isupper()
        and tokens[1].text.isalpha()
        and tags[2] in MODAL_VERB_AFTER
    )


def _name_run_opens(tokens: list[Token], tags: list[str]) -> bool:
    """Do capitalised proper nouns follow a sentence's first word, then a speech verb's
    finite form ("Downing Street said", "Banning Lewis told") or a possessive ending
    ("Downing Street's spokesman", "Lansing Township's police chief")? Then the first
    word is the name's too, whatever "-ing" form the model took it for; not "Leaving King
    Charles Street, he said", where a comma closes the participle's phrase."""
    k = 1
    while k < len(tokens) and tags[k] == "NNP" and tokens[k].text[:1].isupper():
        k += 1
    return (
        k > 1
        and k < len(tokens)
        and (
            tags[k] == "POS"
            or tags[k] in ("VBD", "VBZ")
            and tokens[k].text.lower() in lexicons.cue_forms()
        )
    )


NOUN_OR_ADJECTIVE = frozenset({"NN", "NNS", "JJ"})
CLAUSE_CLOSERS = frozenset({".", ",", ":", ";", '"', "\u201c", "\u201d"})
NOUNS = frozenset({"NN", "NNS", "NNP"})
TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb with its tense: a finite one, no modal
ANY_NOUN = NOUNS | {"NNPS"}  # a plural name too ("the Democrats")


def _particles_in_name(tokens: list[Token], tags: list[str], i: int) -> range:
    """The lower-case name particles from token ``i`` on, after a proper noun, when a
    capitalised proper noun follows them ("Sanne | van der | Berg", "Saud | bin | Hamdan",
    "Siân | ap | Rhys"): words of the name, whatever the model makes of them; else none."""
    k = i
    while k < len(tokens):
        if elided_article(tokens, k):
            k += 3  # "in 't"
        elif tokens[k].text in TAGGED_PARTICLES:
            k += 1
        else:
            break
    if k == i or k == len(tokens) or not tokens[k].text[:1].isupper():
        return range(0)
    return range(i, k) if tags[k] == "NNP" else range(0)


def elided_article(tokens: list[Token], k: int) -> bool:
    """Does token ``k`` open a Dutch particle with its article elided, "in 't" or "van 't"
    ("Sophie in 't Veld"): the word, then "'" and "t" written together?"""
    return (
        tokens[k].text in ELIDED_BEFORE
        and k + 2 < len(tokens)
        and tokens[k + 1].text in ("'", "\u2019")
        and tokens[k + 2].text == "t"
        and tokens[k + 1].span.end == tokens[k + 2].span.start
    )


def _particle_glued(word: str) -> bool:
    """Is ``word`` a lower-case particle of a name and a capitalised word joined by a
    hyphen ("al-Shammari", "el-Sisi", "bin-Talal"; not "anti-Trump", "at-Large")?"""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in TAGGED_PARTICLES and rest[:1].isupper() and rest.isalpha()


def _hyphenated_given(word: str) -> bool:
    """Is ``word`` two capitalised parts joined by a hyphen, the first a listed first
    name ("Pierre-Antoine", "Anne-Marie"; not "Anglo-Saxon")?"""
    first, _, second = word.partition("-")
    return second[:1].isupper() and second[1:].islower() and is_first_name(first)


def _noun_before_name(tokens: list[Token], tags: list[str], i: int) -> bool:
    """Is token ``i``, read as an adverb between a noun and a name ("said union
    steward/RB Hanna Berg"), a word the model never saw as one: lower case, no "-ly",
    unknown to its weights? Or, after a noun or an adjective, a kind of person WordNet
    gives first ("said senior forward/RB Ann Lee"), the name no day or month ("moved the
    bill forward Tuesday")? Then it ends a title before the name. The adverbs that stand
    there ("here", "next", "back", "only") are all words the model knows and none names
    a person first."""
    word = tokens[i].text
    if i + 1 == len(tokens) or tags[i + 1] != "NNP" or not tokens[i + 1].text[:1].isupper():
        return False
    if not is_lower_word(word) or word.endswith("ly"):
        return False
    if tags[i - 1] in NOUNS and not _tagger().knows(word):
        return True
    following = tokens[i + 1].text.lower()
    return (
        (tags[i - 1] in NOUNS or tags[i - 1] == "JJ")
        and word in lexicons.person_nouns()
        and following not in dates.WEEKDAYS | _MONTHS
    )


_MONTHS = frozenset(month.lower() for month in dates.MONTHS)


def _ly_noun_heads(tokens: list[Token], tags: list[str], i: int) -> bool:
    """Is token ``i``, read as an adverb after a singular noun (a proper one too), a word
    in "-ly" that makes no adverb of an adjective (:func:`ly_adverb`) and that the model
    reads as a noun or as nothing sure out of context ("rally", "tally"; not "early" or
    "daily"), before a preposition or punctuation ("the September rally/RB against ...",
    "according to a CNN tally/RB,")? Then it heads the noun phrase. After a plural the
    word is the verb's adverb ("gripped his hands tensely/RB")."""
    word = tokens[i].text
    return (
        word.islower()
        and word.endswith("ly")
        and tags[i - 1] in {"NN", "NNP"}
        and (i + 1 == len(tokens) or tags[i + 1] in {"IN", ",", "."})
        and not ly_adverb(word)
        and context_free_tag(word) in {None, "NN"}
    )


def unseen_name(word: str) -> bool:
    """Is ``word`` a capitalised word the tagger's model never saw, in either case, and
    no demonym ("Iker", "Tadeusz", "Ifeanyi"; not "Republican", "Nigerian", "Kurdish",
    "Kazakhstani": a word ending in "i" only where a listed place makes it)?"""
    tagger = _tagger()
    return (
        word[:1].isupper()
        and not _demonym_shaped(word.lower())
        and not tagger.knows(word)
        and not tagger.knows(word.lower())
    )


DEMONYM_ENDINGS = ("an", "ese", "ish", "i")  # "Nigerian", "Congolese", "Kurdish", "Iraqi"


def _demonym_shaped(lower: str) -> bool:
    """May ``lower`` be a demonym by its ending: "-an", "-ese", "-ish", or an "-i" that a
    listed place makes ("kazakhstani"; a given name often ends in "i": "Ifeanyi", "Kofi")?"""
    if lower.endswith("i"):
        return lower in _demonyms()
    return lower.endswith(DEMONYM_ENDINGS)


def _past_before_and(tokens: list[Token], tags: list[str], i: int) -> bool:
    """Is token ``i`` a lower-case past form in "-ed" right after a noun, which "and" and a
    finite verb follow ("the crowd booed/NN and chanted", "the audience laughed/NN and
    applauded", "the 6th Circuit overruled/NNS and said")? The model, reading a noun
    phrase on, took the first of two coordinated verbs for its head; so a fronted
    clause's subject was read as the speaker ("When the mayor arrived, the crowd booed
    and chanted “...”": the mayor)."""
    return (
        tags[i] in NOUN_OR_ADJECTIVE
        and tags[i - 1] in ANY_NOUN
        and ed_before_and(tokens, i)
        and i + 2 < len(tokens)
        and tags[i + 2] in TENSED_TAGS
    )


# what opens a noun phrase: the object or addressee after a verb ("told reporters")
OBJECT_OPENERS = frozenset({"DT", "NNS", "NNP", "NNPS", "PRP", "PRP$"})


def _speech_past_before_object(tokens: list[Token], tags: list[str], i: int) -> bool:
    """Is token ``i`` a speech verb's past form that the model took for a noun, the head
    of the adjective before it, though a noun phrase follows ("An official/JJ told/NN
    reporters that ...")?"""
    return (
        tags[i] == "NN"
        and tags[i - 1] == "JJ"
        and i + 1 < len(tokens)
        and tags[i + 1] in OBJECT_OPENERS
        and _speech_past(tokens, i)
    )


def ed_before_and(tokens: Sequence[Token], i: int) -> bool:
    """Is token ``i`` a lower-case word in "-ed" that "and" follows ("booed and", "laughed
    and"): a past form, the first of two coordinated verbs, whatever the tagger made of
    it?"""
    word = tokens[i].text
    return (
        word.endswith("ed")
        and is_lower_word(word)
        and i + 1 < len(tokens)
        and tokens[i + 1].text.lower() == "and"
    )


def _after_age(tokens: list[Token], i: int) -> bool:
    """Does an age adjective, "69-year-old" in five tokens, end right before token ``i``?
    Then the phrase it closes ("the 69-year-old") is a person, and no noun follows it."""
    if i < 5 or tokens[i - 1].text.lower() != "old":
        return False  # most tokens, before their five words are made
    words = [t.text.lower() for t in tokens[i - 5 : i]]
    return words[0].isdigit() and words[1:] == ["-", "year", "-", "old"]


def _speech_past(tokens: list[Token], i: int) -> bool:
    """Is token ``i``, after a proper noun, a speech verb's past form ("Maria Lindqvist
    spoke/NN for an hour", "Furman argued/NN"), which the model, reading a noun phrase
    on, took for its head? Not after a lone capitalised opener ("All told, ...")."""
    word = tokens[i].text
    forms = lexicons.cue_forms()
    lemma = forms.get(word)
    if lemma is None or word == lemma or word.endswith(("s", "ing")):
        return False
    before = tokens[i - 1].text
    return i > 1 or before.lower() not in common_words()


# ---------------------------------------------------------------- names


@functools.cache
def _first_names() -> dict[str, tuple[str, float]]:
    return _build(LEXICONS, FIRST_NAMES_FILE, _first_name_table)


@functools.cache
def _given_names() -> dict[str, tuple[str, float]]:
    return _build(LEXICONS, GIVEN_NAMES_FILE, _first_name_table)


def _first_name_table(text: str) -> dict[str, tuple[str, float]]:
    names = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, gender, *share = line.split("\t")
            names[name.lower()] = (gender, float(share[0]) if share else 1.0)
    return names


def _lines(text: str) -> list[str]:
    """The stripped lines of a lexicon file, less blanks and ``#`` comments."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _word_list(name: str) -> frozenset[str]:
    return _build(LEXICONS, name, _lowered_words)


def _lowered_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _lines(text))


@functools.cache
def organisation_name_words() -> frozenset[str]:
    """The words that close organisations' names, lower-case ("bank", "council", "inc.")."""
    return _word_list(ORG_WORDS_FILE)


@functools.cache
def common_words() -> frozenset[str]:
    """Words seen in lower case in the GUM training documents: capitalised in a
    headline, they are no name ("Refuses", "Team")."""
    return _word_list(COMMON_WORDS_FILE)


@functools.cache
def _known_names() -> tuple[dict[tuple[str, ...], str], dict[str, list[int]]]:
    """Listed place and organisation names, as written, word by word -> their kind; and
    by first word, the lengths of the names it opens, longest first."""
    known = {}
    for name, kind in ((PLACES_FILE, "place"), (ORGANISATIONS_FILE, "organisation")):
        known.update({tuple(n.split()): kind for n in _build(LEXICONS, name, _lines)})
    sizes: defaultdict[str, set[int]] = defaultdict(set)
    for words in filter(None, known):
        sizes[words[0]].add(len(words))
    return known, {first: sorted(s, reverse=True) for first, s in sizes.items()}


def listed_organisations() -> list[str]:
    """The organisation names the lexicons list, as written."""
    return [" ".join(words) for words, kind in _known_names()[0].items() if kind == "organisation"]


def listed_kind(words: Sequence[str]) -> str | None:
    """ "place" or "organisation" where ``words`` are a name the lexicons list whole, else
    None."""
    return _known_names()[0].get(tuple(words))


DEMONYM_SUFFIXES = ("an", "ian", "n", "er", "ite", "ean", "ese", "ish", "i")


@functools.cache
def _demonyms() -> dict[str, frozenset[str]]:
    """The demonyms the listed places' names make by the regular endings, lower-cased ->
    the places ("texan" -> Texas, "south carolinian" -> South Carolina, "new yorker",
    "kentuckian", "iraqi"): the place's name, less a last vowel, "s" or "y" ("y" as
    "i"), and an ending of :data:`DEMONYM_SUFFIXES`. Irregular ones ("Hoosier",
    "Briton") are not made."""
    found: defaultdict[str, set[str]] = defaultdict(set)
    for words, kind in _known_names()[0].items():
        name = " ".join(words)
        if kind != "place" or len(name) < 4:
            continue
        stems = {name, name[:-1]} if name[-1] in "aeiosy" else {name}
        stems |= {name[:-1] + "i"} if name.endswith("y") else set()
        for stem in stems:
            for end in DEMONYM_SUFFIXES:
                found[(stem + end).lower()].add(name)
    return {demonym: frozenset(places) for demonym, places in found.items()}


def demonym_places(words: Sequence[str]) -> frozenset[str]:
    """The listed places whose demonym ``words`` end with ("the South Carolinian" ->
    South Carolina; "the Texan" -> Texas), its last two words tried before its last
    one; empty where they end with none."""
    for size in (2, 1):
        if len(words) >= size and (places := _demonyms().get(" ".join(words[-size:]).lower())):
            return places
    return frozenset()


def known_spans(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, last + 1, "LOC" | "ORG")`` for the longest listed names in ``words``."""
    known, sizes = _known_names()
    spans, i = [], 0
    while i < len(words):
        for size in sizes.get(words[i], ()):
            kind = known.get(tuple(words[i : i + size])) if i + size <= len(words) else None
            if kind:
                spans.append((i, i + size, "LOC" if kind == "place" else "ORG"))
                i += size - 1
                break
        i += 1
    return spans


def gazetteer_marks(words: Sequence[str]) -> list[str]:
    """Per token: ``"LOC"`` or ``"ORG"`` inside a listed name, else ``"org"`` for an
    organisation word, else ``""``."""
    org_words = organisation_name_words()
    marks = ["org" if w.lower() in org_words else "" for w in words]
    for a, b, kind in known_spans(words):
        marks[a:b] = [kind] * (b - a)
    return marks


def is_title(word: str) -> bool:
    """Whether a capitalised ``word`` is a title put before names ("Minister", "Gen.",
    "Committeeman"): ``titles.txt`` is the one list of them."""
    return word[:1].isupper() and lexicons.is_title_word(word)


def is_lower_word(word: str) -> bool:
    """Is ``word`` letters alone, all in lower case ("senator"; not "Senator", "co-chair",
    "2nd")?"""
    return word.isalpha() and word.islower()


def is_common_word(word: str) -> bool:
    """Whether ``word``, capitalised or not, is a frequent word that is no proper noun
    ("After", "Goes", "In"): the tagger's dictionary of unambiguous words says so."""
    tag = dictionary_tag(word)
    return tag is not None and tag not in PROPER_TAGS


def common_noun(word: str) -> bool:
    """Is ``word`` read as a common noun by the tagger, whatever its context: its tag
    dictionary's one tag, or the tag its own weights favour, is NN or NNS ("Tower",
    "Pollster"; not "Trump" or an unseen word)?"""
    return context_free_tag(word) in ("NN", "NNS")


def context_free_tag(word: str) -> str | None:
    """What the tagger reads ``word`` as, its context aside: its dictionary's one tag, else
    the tag its own weights favour ("most": JJS, "Tower": NN); None for a word it may tag
    several ways and kept no weights for."""
    return dictionary_tag(word) or _tagger().own_tag(word)


# endings of adjectives and participles, which "-ly" makes adverbs of ("jokingly",
# "consciously", "marginally"); the words before them have three letters or more
ADJECTIVE_ENDINGS = ("ing", "ed", "al", "ous", "ful", "ive", "ent", "ant", "able", "ible", "ic")
ADJECTIVE_ENDINGS += ("less", "ate", "ish")
ADJECTIVE_TAGS = frozenset({"JJ", "VBG", "VBN"})


@functools.lru_cache(maxsize=4096)
def ly_adverb(word: str) -> bool:
    """Is ``word`` (in lower case) an adverb that "-ly" makes of an adjective or a
    participle ("slightly", "jokingly", "happily", "possibly")? One the tagger reads as an
    adverb out of context, of a stem of three letters or more ("closely"; not "only"),
    or one it does not know that an adjective's stem or ending opens ("consciously",
    "heartedly"); not one it reads as another part of speech ("friendly", "early",
    "family", "fly") nor one of no adjective ("rally", "elderly", "lovely")."""
    if not (word.endswith("ly") and is_lower_word(word) and len(word) > 4):
        return False
    tag = context_free_tag(word)
    if tag == "RB":
        return True
    if tag is not None:
        return False
    stem = word[:-2]
    # the stem, as "-ily" and "-bly" write it: "happily": "happy", "possibly": "possible"
    stems = (stem, stem[:-1] + "y" if stem.endswith("i") else stem, word[:-1] + "e")
    return any(
        context_free_tag(form) in ADJECTIVE_TAGS
        or any(form.endswith(end) and len(form) - len(end) >= 3 for end in ADJECTIVE_ENDINGS)
        for form in stems
    )


def hyphened_adverb(word: str) -> bool:
    """Is ``word`` words joined by hyphens, the last an adverb in "-ly" ("half-jokingly",
    "self-consciously"): one adverb, which the tokenizer keeps whole?"""
    return word.endswith("ly") and "-" in word and ly_adverb(word.rpartition("-")[2])


def dictionary_tag(word: str) -> str | None:
    """The one tag the tagger's dictionary gives ``word`` in lower case ("greater": JJR,
    "leader": NN), None for a word it may tag several ways or never saw."""
    tag: str | None = _tagger().tagdict.get(word.lower())
    return tag


def is_frequent_word(word: str) -> bool:
    """Whether ``word``, capitalised or not, is a frequent word rather than a name: in
    the list of common words, or one the tagger always tags as no proper noun ("Said",
    "Over", "Audiences")."""
    return word.lower() in common_words() or is_common_word(word)


# Letters Unicode does not decompose into a base letter and a mark, written as an English
# text writes them without their diacritics ("Sigurður" -> "Sigurdur", "Łukasz" -> "Lukasz").
_UNDECOMPOSED = str.maketrans("ðÐđĐøØłŁıħĦ", "dDdDoOlLihH") | str.maketrans(
    {"þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss"}
)


_ODD = re.compile(rf"[\x80-\xbf{_CP1252}]|[\xc2\xc3]")  # what mojibake is made of


def _latin_bytes(text: str) -> bytes | None:
    """``text`` as the bytes a Latin-1/cp1252 reading would have made it of, or None."""
    out = bytearray()
    for c in text:
        if ord(c) < 0x100:
            out.append(ord(c))
        elif (at := _CP1252.find(c)) >= 0:
            out.append(_CP1252_BYTES[at])
        else:
            return None
    return bytes(out)


_CP1252_BYTES = [ord(c.encode("cp1252")) for c in _CP1252]


def repaired(text: str) -> str:
    """``text`` with UTF-8 read as Latin-1 or cp1252 read back ("PeÃ±a Nieto" -> "Peña
    Nieto", twice for text read so twice): only where its bytes decode as UTF-8 and leave
    fewer of mojibake's characters; any other text unchanged (NFC where it was repaired)."""
    fixed = text
    for _ in range(3):
        composed = unicodedata.normalize("NFC", fixed)
        if not _ODD.search(composed):
            break
        raw = _latin_bytes(composed)
        try:
            candidate = raw.decode("utf-8") if raw is not None else None
        except UnicodeDecodeError:
            candidate = None
        if candidate is None or len(_ODD.findall(candidate)) >= len(_ODD.findall(composed)):
            break
        fixed = candidate
    return fixed


def unaccented(text: str) -> str:
    """``text`` without its accents ("Siobhán" -> "Siobhan", "Šimić" -> "Simic", "Bjørn"
    -> "Bjorn")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _first_name_entry(word: str) -> tuple[str, float] | None:
    """The list's entry for ``word``; a name written with accents the list holds without
    them is the same name ("Siobhán", "Renée", "Seán" for "Siobhan", "Renee", "Sean")."""
    names = _first_names()
    lower = word.lower()
    entry = names.get(lower)
    if entry is None and not lower.isascii():
        entry = names.get(unaccented(lower))
    return entry


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a listed first name ("Maria", "Josep", "Siobhán")."""
    return _first_name_entry(word) is not None


def written_first_name(word: str) -> bool:
    """Whether ``word`` is a listed first name written as one, capitalised ("Maria"; not
    the "in" of "activist in Kinshasa" nor the "van" of "Pieter van Dam", though "In" and
    "Van" are listed)."""
    return word[:1].isupper() and is_first_name(word)


def first_name_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for a first name mostly given to men or to women, else None."""
    gender, _ = _first_name_entry(word) or ("", 0.0)
    return gender if gender in ("m", "f") else None


def first_name_share(word: str) -> float:
    """The share of the people given the first name ``word`` whose sex is the one
    :func:`first_name_gender` gives (census counts: "Kelly" 0.82 women), 1.0 where the
    lists count it for one sex only; 0.0 for a name of no stated gender."""
    gender, share = _first_name_entry(word) or ("", 0.0)
    return share if gender in ("m", "f") else 0.0


def _given_name_entry(word: str) -> tuple[str, float] | None:
    """The sex of the given name ``word`` and its share: the first-name list's where it
    gives one, else the baby-name counts' ("Barack", "Aoife": ``given_names_ssa.tsv``),
    else a hyphenated name's parts' (:func:`_joined_name_entry`)."""
    entry = _first_name_entry(word)
    if entry is not None and entry[0] in ("m", "f"):
        return entry
    lower = word.lower()
    found = _given_names().get(lower) or _given_names().get(unaccented(lower))
    return found or (_joined_name_entry(word) if "-" in word else None)


def _joined_name_entry(word: str) -> tuple[str, float] | None:
    """A hyphenated given name's sex, every part a given name: the one its parts give
    where they agree ("Mei-Lin", "Hye-Jin": a part of no sex aside), else the first part's,
    at a share a pronoun may overturn ("Jean-Marie"); None where a part is no given name
    ("North-Rhine")."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    entries = [_first_name_entry(p) or _given_names().get(unaccented(p.lower())) for p in parts]
    if any(e is None for e in entries):
        return None
    sexed = [e for e in entries if e is not None and e[0] in ("m", "f")]
    if not sexed:
        return None
    if all(e[0] == sexed[0][0] for e in sexed):
        return sexed[0][0], max(e[1] for e in sexed)
    return sexed[0][0], min(sexed[0][1], UNSURE_SHARE)


def given_name_gender(word: str) -> str | None:
    """``"m"`` or ``"f"`` for a person's given name ``word`` mostly given to men or to
    women, by the first-name list or, for a name it lacks, the baby-name counts or a
    hyphenated name's parts; else None. Only a person's sex is read from this: whether a
    word is a first name at all (the tagger's feature) is the first-name list's alone."""
    gender, _ = _given_name_entry(word) or ("", 0.0)
    return gender or None


def given_name_share(word: str) -> float:
    """:func:`first_name_share` for :func:`given_name_gender`'s sex."""
    _, share = _given_name_entry(word) or ("", 0.0)
    return share


_WORD_RUN = re.compile(r"\w+")


class EndPattern:
    """A pattern searched for at the end of a stretch (``...,\\s+$``, ``...and\\s+\\Z``),
    told what every match's end holds: ``tail`` (one of them) once trailing whitespace
    is stripped, and whitespace after it where ``spaced``. A stretch that does not end
    so holds no match and is not searched: sre tries such a pattern at every offset of
    the stretch, and most stretches a reader asks about end otherwise (after "Lee and
    ", "The moderator, ")."""

    __slots__ = ("pattern", "tail", "spaced")

    def __init__(self, pattern: re.Pattern[str], tail: tuple[str, ...], spaced: bool) -> None:
        self.pattern, self.tail, self.spaced = pattern, tail, spaced

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, None at once where the stretch ends
        otherwise (``\\s`` and :meth:`str.rstrip` strip the same characters; ``$`` may
        also match before a final line break, which is whitespace too)."""
        end = min(endpos, len(text))
        if pos < end and (
            self.spaced
            and not text[end - 1].isspace()
            or not text[max(pos, 0) : end].rstrip().endswith(self.tail)
        ):
            return None
        return self.pattern.search(text, pos, endpos)


@functools.lru_cache(maxsize=4)
def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word of ``text`` starts (a word: a run of ``\\w``), found in one pass: the
    index that looking names up across an article reads (names' places, counts and places
    after a space), made once per article rather than once per reader."""
    starts: dict[str, list[int]] = {}
    for match in _WORD_RUN.finditer(text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


PROPER_TAGS = frozenset({"NNP", "NNPS"})
OWNER_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")  # "Putin's", "the Clintons'", either apostrophe
INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")  # a name's initial: "W.", "J.M."
# fmt: off
# Lower-case particles of people's names ("Ursula von der Leyen", "Charles de Gaulle"; the
# Filipino and Spanish "dela Cruz", "de los Santos"; the Urdu "ul Haq", "ud Din").
NAME_PARTICLES = frozenset((
    "de", "del", "della", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "der", "den",
    "bin", "binti", "binte", "bint", "ibn", "das", "al", "el", "ap", "ter", "dela", "los", "las",
    "ul", "ud",
))
# Particles of Irish and Scottish surnames, written capitalised ("Dearbhla Mac Giolla
# Phádraig", "Orla Ní Chonaill", "Seán Ó Sé"): some are also listed first names ("Mac").
CAPITAL_PARTICLES = frozenset(("Mac", "Mc", "Ó", "Ní", "Nic", "Ui", "Uí", "Ua"))
TAGGED_PARTICLES = NAME_PARTICLES - {"do", "das"}  # not "Did Trump do Iran's bidding"
ELIDED_BEFORE = frozenset(("in", "van", "op"))  # a Dutch particle before "'t": "in 't Veld"
_PARTICLE_OPENERS = TAGGED_PARTICLES | ELIDED_BEFORE  # what a name's particles begin with
# fmt: on


def particle_first(words: Sequence[str]) -> bool:
    """Does a name open with a particle of its surname, not a first name ("von der Leyen",
    "Von der Leyen" opening a sentence; not "Von Miller")?"""
    return (
        len(words) > 1
        and words[0].lower() in NAME_PARTICLES
        and (words[0].islower() or words[1].lower() in NAME_PARTICLES)
    )


def _loaders() -> dict[str, Any]:
    """Each shipped file (or pair of files) and its cached loader."""
    from core import speaker_choice, statement_model  # they read their models through here

    return {
        speaker_choice.MODEL_FILE: speaker_choice.shipped,
        statement_model.MODEL_FILE: statement_model.model,
        PUNKT_FILE: _punkt,
        POS_FILE: _tagger,
        FIRST_NAMES_FILE: _first_names,
        GIVEN_NAMES_FILE: _given_names,
        ORG_WORDS_FILE: organisation_name_words,
        COMMON_WORDS_FILE: common_words,
        f"{PLACES_FILE}, {ORGANISATIONS_FILE}": _known_names,
    }


def unload() -> None:
    """Forget every loaded model; the next use reads the files again."""
    for load in (_punkt_params, *_loaders().values()):
        load.cache_clear()


def load_all() -> dict[str, float]:
    """Load every model and word list; seconds spent per file (0 when already loaded)."""
    seconds = {}
    for name, load in _loaders().items():
        began = time.perf_counter()
        load()
        seconds[name] = time.perf_counter() - began
    return seconds
