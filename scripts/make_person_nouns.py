"""Write resources/lexicons/person_nouns.txt from WordNet 3.0 (Debian's wordnet-base,
/usr/share/wordnet): every one-word lower-case noun whose first sense, the one WordNet
counts most often in text, is a kind of person at least ``MIN_DEPTH`` hypernym steps
below "person" ("landlord", "quarterback", "registrar", "defendant"): a kind so specific
names what someone does or is in a matter, not who they are ("man", "child", "friend",
"hater", two steps or fewer; nor a kind by sex or age, "guy", "teenager",
"septuagenarian"), nor a group or a body part first ("party", "head"), nor one
named person ("Dylan"). Beside it, resources/lexicons/person_phrases.txt holds the
two-word nouns and letter abbreviations of the same kinds ("running mate", "vp"), and
resources/lexicons/person_kinds.txt the one-word nouns one or two steps below person, too
general to stand alone as a title ("friend", "leader", "dissident", "expert"). Run by
hand when the lists are to be made again:
``python -m scripts.make_person_nouns [/usr/share/wordnet]`` (from the repository's root)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from scripts.wordnet_lists import below, hypernyms, hyponyms, index_entries, write_list

PERSON = "00007846"  # person.n.01
MIN_DEPTH = 3
# Kinds of person by sex or age, whose hyponyms say what someone is, not what they do
# ("guy", "widow", "teenager", "septuagenarian"): male, female, juvenile, old person.
SEX_AGE = frozenset({"09624168", "09619168", "09622049", "10376523"})
OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicons" / "person_nouns.txt"
PHRASES_OUT = OUT.with_name("person_phrases.txt")
KINDS_OUT = OUT.with_name("person_kinds.txt")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
TWO_WORDS = re.compile(r"[a-z]{2,}_[a-z]{3,}")
LETTERS = re.compile(r"(?:[a-z]\.){2,3}")
HEADER = """\
# One-word nouns whose first (most frequent) sense in WordNet 3.0 is a kind of person at
# least three hypernym steps below "person" and none by sex or age, made by
# scripts/make_person_nouns.py.
"""
KINDS_HEADER = """\
# One-word nouns whose first (most frequent) sense in WordNet 3.0 is a kind of person one
# or two hypernym steps below "person" and none by sex or age, too general to stand alone
# as a title ("friend", "leader", "dissident"), made by scripts/make_person_nouns.py.
"""


def depths(up: dict[str, list[str]]) -> dict[str, int]:
    """Each synset's fewest hypernym steps down from person.n.01, for those below it."""
    down = hyponyms(up)
    out, frontier, depth = {PERSON: 0}, [PERSON], 0
    while frontier:
        depth += 1
        frontier = [c for s in frontier for c in down.get(s, []) if c not in out]
        out.update((c, depth) for c in frontier)
    return out


def person_nouns(
    index: Path, depth: dict[str, int], steps: range = range(MIN_DEPTH, 99)
) -> list[str]:
    """Lemmas of ``index`` whose first synset is ``steps`` steps below person (deep
    enough, by default)."""
    out = []
    for fields in index_entries(index):
        lemma, synsets = fields[0], int(fields[2])
        first = fields[-synsets]
        if WORD.fullmatch(lemma) and len(lemma) >= 3 and depth.get(first, 0) in steps:
            out.append(lemma)
    return sorted(out)


def person_phrases(index: Path, depth: dict[str, int]) -> list[str]:
    """Two-word lemmas ("running_mate", "vice_president") and abbreviations of letters
    ("v.p." written "vp") of ``index`` whose first synset is deep enough below person."""
    out = []
    for fields in index_entries(index):
        lemma, synsets = fields[0], int(fields[2])
        if depth.get(fields[-synsets], 0) < MIN_DEPTH:
            continue
        if TWO_WORDS.fullmatch(lemma):
            out.append(lemma.replace("_", " "))
        elif LETTERS.fullmatch(lemma):
            out.append(lemma.replace(".", ""))
    return sorted(out)


def main(folder: str = "/usr/share/wordnet") -> None:
    root = Path(folder)
    up = hypernyms(root / "data.noun")
    excluded = below(up, SEX_AGE)
    depth = {s: d for s, d in depths(up).items() if s not in excluded}
    words = person_nouns(root / "index.noun", depth)
    write_list(OUT, HEADER, words)
    phrases = person_phrases(root / "index.noun", depth)
    header = HEADER.replace("One-word nouns", "Two-word nouns and abbreviations (no dots)")
    write_list(PHRASES_OUT, header, phrases)
    shallow = person_nouns(root / "index.noun", depth, range(1, MIN_DEPTH))
    write_list(KINDS_OUT, KINDS_HEADER, shallow)


if __name__ == "__main__":
    main(*sys.argv[1:])
