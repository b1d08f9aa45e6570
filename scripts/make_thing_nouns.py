"""Write resources/lexicons/thing_nouns.txt from WordNet 3.0 (Debian's wordnet-base,
/usr/share/wordnet): every one-word lower-case noun met in WordNet's sense-tagged text
(a tagged sense count of one or more) whose first sense, the one WordNet counts most
often, is a quality, feeling, state, process, event, phenomenon, time, quantity, place,
object, body part, living thing, substance or possession ("strength", "growth",
"optimism", "vacation", "island", "raven"), and whose second sense, if any, is no person,
group or communication ("audience", "complaint", "passage" are left out): a thing that
says nothing, though a news sentence may make it the subject of a verb before someone's
words ("His strengths include “…”"). Not an act, a thought or an artefact first ("deal",
"plan", "photo"): a deal, a plan and a photo may carry words of their own. Run by hand
when the list is to be made again, from the repository's root:
``python -m scripts.make_thing_nouns [/usr/share/wordnet]``."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from scripts.wordnet_lists import index_entries, write_list

OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicons" / "thing_nouns.txt"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
# WordNet's lexicographer files (lexnames) of nouns, by number
THING_FILES = frozenset(
    {7, 12, 26, 22, 11, 19, 28, 23, 15, 17, 8, 20, 5, 13, 27, 16, 21, 25, 24}
)  # attribute feeling state process event phenomenon time quantity location object body
# plant animal food substance motive possession shape relation
SPEAKING_FILES = frozenset({18, 14, 10})  # person, group, communication
HEADER = """\
# One-word nouns whose first (most frequent) sense in WordNet 3.0 is a thing that says
# nothing (a quality, feeling, state, event, place, object, ...), and whose second sense
# is no person, group or communication, made by scripts/make_thing_nouns.py.
"""


def lexicographer_files(data: Path) -> dict[str, int]:
    """Each noun synset's lexicographer file number."""
    out: dict[str, int] = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line[:1].isdigit():
            fields = line.split(maxsplit=2)
            out[fields[0]] = int(fields[1])
    return out


def thing_nouns(index: Path, files: dict[str, int]) -> list[str]:
    """Lemmas of ``index`` met in tagged text whose first two senses are as above."""
    out = []
    for fields in index_entries(index):
        lemma, synsets, pointers = fields[0], int(fields[2]), int(fields[3])
        tagged = int(fields[5 + pointers])
        kinds = [files[s] for s in fields[-synsets:][:2]]
        if (
            WORD.fullmatch(lemma)
            and len(lemma) >= 3
            and tagged >= 1
            and kinds[0] in THING_FILES
            and not SPEAKING_FILES.intersection(kinds[1:])
        ):
            out.append(lemma)
    return sorted(out)


def main(folder: str = "/usr/share/wordnet") -> None:
    root = Path(folder)
    words = thing_nouns(root / "index.noun", lexicographer_files(root / "data.noun"))
    write_list(OUT, HEADER, words)


if __name__ == "__main__":
    main(*sys.argv[1:])
