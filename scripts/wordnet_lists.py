"""What the scripts that make word lists from WordNet 3.0 (Debian's wordnet-base,
/usr/share/wordnet) share: scripts/make_person_nouns.py, make_organisation_nouns.py and
make_thing_nouns.py read its noun files the same way and write each list under the same
copyright notice (the licence itself is in NOTICE.md)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the
# WordNet 3.0 license (see NOTICE.md): THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
"""


def index_entries(index: Path) -> Iterator[list[str]]:
    """The fields of each lemma's line of a WordNet index file ("index.noun"): the lemma,
    its part of speech, its synset count, its pointer count, the pointers, the sense and
    tagged-sense counts, then its synsets, most frequent first (the licence's lines, which
    open with a space, are passed over)."""
    for line in index.read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):
            yield line.split()


def hypernyms(data: Path) -> dict[str, list[str]]:
    """Each noun synset's hypernyms (not instance hypernyms: a synset with one is one
    named person, and gets none)."""
    out: dict[str, list[str]] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if not line[:1].isdigit():
            continue
        fields = line.split(" | ")[0].split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        pointers = [fields[at + 1 + 4 * n : at + 5 + 4 * n] for n in range(int(fields[at]))]
        if any(p[0] == "@i" for p in pointers):
            continue
        out[fields[0]] = [p[1] for p in pointers if p[0] == "@"]
    return out


def hyponyms(up: dict[str, list[str]]) -> dict[str, list[str]]:
    """The synsets right below each synset, from ``up`` (:func:`hypernyms`)."""
    down: dict[str, list[str]] = {}
    for synset, parents in up.items():
        for parent in parents:
            down.setdefault(parent, []).append(synset)
    return down


def below(up: dict[str, list[str]], roots: Iterable[str]) -> set[str]:
    """The synsets any number of hypernym steps below one of ``roots``, and the roots."""
    down = hyponyms(up)
    out = set(roots)
    frontier = list(out)
    while frontier:  # each round adds only synsets not yet in ``out``: it ends
        frontier = [c for s in frontier for c in down.get(s, []) if c not in out]
        out.update(frontier)
    return out


def write_list(out: Path, header: str, words: list[str]) -> None:
    """Write ``words`` a line each to ``out`` under ``header`` and the licence's notice."""
    out.write_text(header + LICENCE + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {out}")
