"""Write resources/lexicons/organisation_nouns.txt from WordNet 3.0 (Debian's wordnet-base,
/usr/share/wordnet): every one-word noun, written in lower case there, whose first sense,
the one WordNet counts most often in text, is a kind of organization ("church", "club",
"school", "institution", "team", "brokerage"): the word that closes an organisation's
name ("King Solomon Missionary Baptist Church", "Carlton Golf Club"), as the lexicon of
person nouns (scripts/make_person_nouns.py) gives a person's. Not a word WordNet also
has as an adjective ("friendly", "military", "underground": a name may close with them
as a word for a quality), nor a plural whose singular is a noun ("marines", "baptists":
the members, not their body), nor one named organisation ("Greenpeace", "NATO": an
instance, or a word its first sense writes capitalised: "doe" is "DOE" first). Run by
hand when the list is to be made again:
``python -m scripts.make_organisation_nouns [/usr/share/wordnet]`` (from the repository's root)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from scripts.wordnet_lists import below, hypernyms, index_entries, write_list

ORGANIZATION = "08008335"  # organization.n.01
OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicons" / "organisation_nouns.txt"
WORD = re.compile(r"[a-z]{3,}")
HEADER = """\
# One-word nouns whose first (most frequent) sense in WordNet 3.0 is a kind of
# organization, no adjective too and no plural of a noun, made by
# scripts/make_organisation_nouns.py.
"""


def synset_words(data: Path) -> dict[str, list[str]]:
    """Each noun synset's words, as written ("church"; "NATO", "Allies")."""
    out = {}
    for line in data.read_text(encoding="latin-1").splitlines():
        if line[:1].isdigit():
            fields = line.split(" | ")[0].split()
            out[fields[0]] = [fields[4 + 2 * n] for n in range(int(fields[3], 16))]
    return out


def lemmas(index: Path) -> dict[str, str]:
    """Each lemma of ``index`` and its first synset."""
    return {fields[0]: fields[-int(fields[2])] for fields in index_entries(index)}


def organisation_nouns(root: Path) -> list[str]:
    """The lemmas whose first synset is below organization.n.01, as the module says."""
    kinds = below(hypernyms(root / "data.noun"), [ORGANIZATION])
    nouns = lemmas(root / "index.noun")
    adjectives = lemmas(root / "index.adj")
    written = synset_words(root / "data.noun")
    return sorted(
        lemma
        for lemma, first in nouns.items()
        if first in kinds
        and WORD.fullmatch(lemma)
        and lemma in written[first]  # in lower case there: not "DOE", "Allies"
        and lemma not in adjectives
        and not (lemma.endswith("s") and lemma[:-1] in nouns)
    )


def main(folder: str = "/usr/share/wordnet") -> None:
    words = organisation_nouns(Path(folder))
    write_list(OUT, HEADER, words)


if __name__ == "__main__":
    main(*sys.argv[1:])
