"""Versions of one quote across articles: the same words, a sub-span of a longer quote, a
near-identical wording; the words that differ; who reported it first.

A quote is compared as its words (lower-cased, apostrophes straight, punctuation
dropped). Candidates come from fingerprints: a hash of every run of ``SHINGLE`` words,
winnowed (Schleimer, Wilkerson and Aiken 2003, the method behind MOSS) so that any run
of ``GUARANTEED`` words two quotes share gives them a fingerprint in common. Fingerprints
live in ``variant_prints`` under an index, so grouping a new quote costs a few indexed
lookups, never a pass over the library. A candidate is a version only when difflib
aligns the two: most of the shorter one's words found in order in the other, and at
least ``MIN_DISTINCTIVE`` shared words that are not function words, so that "We will
see" or "I don't know" never join anything.

A group is the set of versions a new quote joined (its best match's group, and any
matching quote not yet in one); groups are never merged by the machine, so two excerpts
of one long statement do not chain unrelated quotes together. Reporters split and join
groups; :mod:`core.library` records those as corrections and replays them.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

from core.lexicons import function_words

APOSTROPHES = "'\u2018\u2019\u02bc`"  # an apostrophe, as typed or as typeset
WORD = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)*")
STRAIGHT = str.maketrans({a: "'" for a in APOSTROPHES})
SHINGLE = 3  # words per fingerprinted run
WINDOW = 3  # runs per winnowing window
GUARANTEED = SHINGLE + WINDOW - 1  # a shared run this long always shares a fingerprint
MIN_DISTINCTIVE = 4  # distinct non-function words two versions must share, in order
MIN_COVER = 0.8  # share of the shorter version's words found in order in the other
MIN_DENSE = 0.75  # matched words over the stretch both versions quote
SHORT_EDGE = 3  # words: a differing end this short is a change, a longer one another excerpt
PER_PRINT = 50  # quotes read per fingerprint (a common phrase holds thousands)
VERIFIED = 12  # candidates aligned per new quote, those sharing most fingerprints first
TITLE_CASE = 0.8  # share of capitalised distinctive words that makes a title, not speech
MASK64 = (1 << 64) - 1
FEW_PRINTS = 4  # a quote with more fingerprints shares two with a version, not just one


@dataclass(frozen=True)
class Words:
    """A quote's words: their offsets in its text and their compared forms."""

    text: str
    spans: tuple[tuple[int, int], ...]
    norm: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Words:
        found = list(WORD.finditer(text))
        return cls(
            text,
            tuple(m.span() for m in found),
            tuple(m[0].lower().translate(STRAIGHT) for m in found),
        )

    @cached_property
    def distinctive(self) -> frozenset[str]:
        return frozenset(self.norm) - function_words()

    def surface(self, start: int, end: int) -> str:
        """The text of words ``start`` to ``end`` (exclusive) as written."""
        if start >= end:
            return ""
        return self.text[self.spans[start][0] : self.spans[end - 1][1]]

    def offset(self, word: int) -> int:
        """Where word number ``word`` starts in the text (the end, past the last word)."""
        return self.spans[word][0] if word < len(self.spans) else len(self.text.rstrip())


def can_group(words: Words) -> bool:
    """Has the quote enough distinctive words to be a version of anything, and is it
    speech rather than a name in title case ("The Late Show With Stephen Colbert")?"""
    if len(words.distinctive) < MIN_DISTINCTIVE:
        return False
    common = function_words()
    content = [
        words.text[start] for (start, _), w in zip(words.spans, words.norm, strict=True)
        if w not in common
    ]  # fmt: skip
    return sum(first.isupper() for first in content) < TITLE_CASE * len(content)


def fingerprints(words: Words) -> set[int]:
    """The winnowed hashes of the quote's runs of ``SHINGLE`` words, as signed 64-bit
    integers; runs of function words alone ("I don't know") are left out."""
    if not can_group(words):
        return set()
    norm, common = words.norm, function_words()
    codes = [zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in norm]
    starts = range(max(1, len(norm) - SHINGLE + 1))
    hashes = [(_run_hash(codes[i : i + SHINGLE]), -i) for i in starts]  # ties: rightmost
    if len(hashes) <= WINDOW:
        picked = hashes
    else:
        picked = [min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)]
    return {h for h, i in picked if not all(w in common for w in norm[-i : -i + SHINGLE])}


def likely(shared: Counter[int], prints: int) -> list[int]:
    """The candidates worth aligning, most shared fingerprints first, from how many of
    the quote's ``prints`` fingerprints each shares: a version shares most of them."""
    enough = 1 if prints <= FEW_PRINTS else 2
    return [c for c, n in shared.most_common(VERIFIED * 2) if n >= enough]


def _run_hash(codes: Sequence[int]) -> int:
    """A signed 64-bit hash of a run of words from their CRC-32s (stable across runs and
    machines, unlike ``hash()``; four times cheaper than a cryptographic hash a run)."""
    value = 0
    for code in codes:
        value = (value * 0x100000001B3 + code) & MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


@dataclass(frozen=True)
class Change:
    """Words of the earlier version (``removed``) that read as ``added`` in this one;
    ``start``/``end`` are where ``added`` stands in this version's text (equal for a
    removal alone)."""

    removed: str
    added: str
    start: int
    end: int


@dataclass(frozen=True)
class Alignment:
    """How a version reads against an earlier one: the words they share in order and
    the changes within the stretch both quote (a shorter excerpt is not a change)."""

    shared: int
    changes: tuple[Change, ...]


def align(base: Words, version: Words) -> Alignment | None:
    """``version`` against ``base``, or ``None`` when they are not versions of one quote."""
    common = sum((Counter(base.norm) & Counter(version.norm)).values())
    if common < MIN_COVER * min(len(base.norm), len(version.norm)):
        return None  # too few words in common, in any order (cheaper than aligning)
    matcher = SequenceMatcher(None, base.norm, version.norm, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    shared = sum(b.size for b in blocks)
    shorter = min(len(base.norm), len(version.norm))
    if not blocks or shared < MIN_COVER * shorter:
        return _reordered(base, version, common)
    matched = {w for b in blocks for w in base.norm[b.a : b.a + b.size]}
    if len(matched - function_words()) < MIN_DISTINCTIVE:
        return None
    stretch = (blocks[-1].a + blocks[-1].size - blocks[0].a) + (
        blocks[-1].b + blocks[-1].size - blocks[0].b
    )
    opcodes = matcher.get_opcodes()
    if 2 * shared < MIN_DENSE * stretch or _diverge(base, version, opcodes):
        return None
    return Alignment(shared, tuple(_changes(base, version, opcodes)))


def _diverge(
    base: Words, version: Words, opcodes: Sequence[tuple[str, int, int, int, int]]
) -> bool:
    """Do the two go separate ways at an end, the shorter side with words of its own
    ("Not fit to serve as president" against a long sentence ending in "to serve as
    president")? An excerpt ends where the other goes on; it does not say something else."""
    for tag, i1, i2, j1, j2 in (opcodes[0], opcodes[-1]):
        if tag != "replace" or max(i2 - i1, j2 - j1) <= SHORT_EDGE:
            continue
        words, start, end = (base, i1, i2) if i2 - i1 <= j2 - j1 else (version, j1, j2)
        if any(w not in function_words() for w in words.norm[start:end]):
            return True
    return False


def _reordered(base: Words, version: Words, common: int) -> Alignment | None:
    """The same words with a clause moved: nearly all words of each (``common`` in all)
    in the other."""
    longer = max(len(base.norm), len(version.norm))
    if common < MIN_COVER * longer or len(base.distinctive & version.distinctive) < (
        MIN_DISTINCTIVE
    ):
        return None
    matcher = SequenceMatcher(None, base.norm, version.norm, autojunk=False)
    return Alignment(common, tuple(_changes(base, version, matcher.get_opcodes())))


def _changes(
    base: Words, version: Words, opcodes: Sequence[tuple[str, int, int, int, int]]
) -> Iterable[Change]:
    """The differing stretches, less the words one version quotes beyond the other's
    ends (an excerpt is shorter, not changed)."""
    last = len(opcodes) - 1
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            continue
        at_edge = n in (0, last)
        if at_edge and (tag != "replace" or max(i2 - i1, j2 - j1) > SHORT_EDGE):
            continue
        start = version.offset(j1)
        end = version.spans[j2 - 1][1] if j2 > j1 else start
        yield Change(base.surface(i1, i2), version.surface(j1, j2), start, end)


def marked(text: str, changes: Sequence[Change]) -> list[tuple[str, str]]:
    """``text`` in pieces for display: ``("same", ...)``, ``("added", ...)`` for a
    version's changed words and ``("removed", ...)`` for the earlier words they replace,
    each removal standing just before what replaced it."""
    pieces: list[tuple[str, str]] = []
    at = 0
    for change in sorted(changes, key=lambda c: c.start):
        if change.start > at:
            pieces.append(("same", text[at : change.start]))
        if change.removed:
            if change.start >= len(text.rstrip()):  # removed after the last word
                pieces.append(("same", " "))
            pieces.append(("removed", change.removed))
            if change.start < len(text.rstrip()):
                pieces.append(("same", " "))
        if change.added:
            pieces.append(("added", text[change.start : change.end]))
        at = max(at, change.end)
    if at < len(text):
        pieces.append(("same", text[at:]))
    return pieces


def compare(versions: Sequence[Words]) -> list[tuple[int | None, tuple[Change, ...]]]:
    """Each version (earliest first) against the earliest one it reads as a version of:
    that one's index and the changes; the first is the reference (``None``, no changes).
    A version joined by a reporter that aligns with none is compared with the first."""
    compared: list[tuple[int | None, tuple[Change, ...]]] = [(None, ())]
    for n, version in enumerate(versions[1:], start=1):
        for earlier in range(n):
            alignment = align(versions[earlier], version)
            if alignment is not None:
                compared.append((earlier, alignment.changes))
                break
        else:
            opcodes = SequenceMatcher(
                None, versions[0].norm, version.norm, autojunk=False
            ).get_opcodes()
            compared.append((0, tuple(_changes(versions[0], version, opcodes))))
    return compared
