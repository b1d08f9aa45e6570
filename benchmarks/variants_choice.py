"""How versions of a quote are found: winnowed fingerprints (what On Record uses) against
MinHash LSH (datasketch), both checked against an exhaustive search.

    .venv/bin/python benchmarks/variants_choice.py LIBRARY.db [--write]

Every quote of the library is taken in import order and looked up among the quotes
before it, as an import does. The reference is exhaustive: every earlier quote sharing
any run of three words, each aligned by ``core.variants.align``. Each method proposes
candidates that the same alignment then checks; recall is the share of the reference's
pairs it finds. MinHash LSH needs ``pip install datasketch`` (it is not a dependency).
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from common import options, report

from core.variants import (
    PER_PRINT,
    SHINGLE,
    VERIFIED,
    WINDOW,
    Words,
    align,
    can_group,
    fingerprints,
    likely,
)

Pair = tuple[int, int]


def runs(words: Words) -> set[str]:
    return {" ".join(words.norm[i : i + SHINGLE]) for i in range(len(words.norm) - SHINGLE + 1)}


def exhaustive(quotes: list[tuple[int, int, Words]]) -> set[Pair]:
    index: dict[str, list[int]] = defaultdict(list)
    found = set()
    for n, (_, article, words) in enumerate(quotes):
        if not can_group(words):
            continue
        earlier = {m for run in runs(words) for m in index[run]}
        for m in earlier:
            if quotes[m][1] != article and align(quotes[m][2], words) is not None:
                found.add((m, n))
        for run in runs(words):
            index[run].append(n)
    return found


def winnowed(quotes: list[tuple[int, int, Words]]) -> tuple[set[Pair], int]:
    """The pairs found as ``core.variant_groups`` looks them up, and the fingerprints kept."""
    index: dict[int, list[int]] = defaultdict(list)
    found, kept = set(), 0
    for n, (_, article, words) in enumerate(quotes):
        prints = fingerprints(words)
        shared = Counter(m for p in prints for m in index[p][:PER_PRINT])
        worth = [m for m in likely(shared, len(prints)) if quotes[m][1] != article]
        found |= {(m, n) for m in worth[:VERIFIED] if align(quotes[m][2], words) is not None}
        for p in prints:
            index[p].append(n)
        kept += len(prints)
    return found, kept


def minhash(quotes: list[tuple[int, int, Words]], threshold: float) -> set[Pair]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    found = set()
    for n, (_, article, words) in enumerate(quotes):
        if not can_group(words):
            continue
        signature = MinHash(num_perm=128)
        signature.update_batch([run.encode() for run in runs(words)])
        for m in lsh.query(signature):
            if quotes[m][1] != article and align(quotes[m][2], words) is not None:
                found.add((m, n))
        lsh.insert(n, signature)
    return found


def timed(method, *arguments):  # noqa: ANN001, ANN201
    began = time.perf_counter()
    result = method(*arguments)
    return result, time.perf_counter() - began


def main() -> int:
    parser = options("Finding versions: winnowing against MinHash LSH")
    parser.add_argument("db", type=Path, help="a library, e.g. PolNeAR imported")
    args = parser.parse_args()
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT id, article_id, text FROM quotes ORDER BY id").fetchall()
    quotes = [(q, a, Words.of(t)) for q, a, t in rows]
    reference, exhaustive_s = timed(exhaustive, quotes)
    (ours, kept), ours_s = timed(winnowed, quotes)
    n = len(quotes)
    lines = [
        f"Library `{args.db.name}`: {n:,} quotes; the exhaustive search finds"
        f" {len(reference):,} pairs of versions ({exhaustive_s:.1f} s).",
        "",
        "| method | pairs found | recall | time per quote | what it keeps |",
        "| --- | --- | --- | --- | --- |",
        f"| winnowed {SHINGLE}-word fingerprints (window {WINDOW}), {PER_PRINT} read per print |"
        f" {len(ours & reference):,} | {len(ours & reference) / max(len(reference), 1):.3f} |"
        f" {ours_s / n * 1e3:.2f} ms | {kept / n:.1f} fingerprints a quote, in an SQLite index |",
    ]
    if importlib.util.find_spec("datasketch") is not None:
        for threshold in (0.5, 0.3):
            pairs, seconds = timed(minhash, quotes, threshold)
            lines.append(
                f"| MinHash LSH (datasketch), Jaccard threshold {threshold}, 128 permutations |"
                f" {len(pairs & reference):,} | {len(pairs & reference) / len(reference):.3f} |"
                f" {seconds / n * 1e3:.2f} ms | its index in memory (or Redis), built again"
                " in each process |"
            )
    else:
        lines.append("| MinHash LSH | (datasketch is not installed) | | | |")
    return report("Finding versions of a quote", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
