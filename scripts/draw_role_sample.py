"""Draw a role sample: speakers On Record names in full in a PolNeAR split, to be judged
by reading their articles (tests/data/train_roles.tsv was drawn with the defaults).

    .venv/bin/python scripts/draw_role_sample.py train > rows.tsv
    .venv/bin/python scripts/draw_role_sample.py train --contexts > contexts.txt

Articles are drawn in a seeded random order and each gives at most ``--per-article`` of
its named speakers (drawn too), until ``--size`` speakers: fewer articles to read and to
extract when the sample is tested, more articles than one speaker per draw would cost.
``--contexts`` prints every mention of each speaker's name with the text around it, the
material a judge reads (the roles an article gives stand at mentions of the name).

``--strata`` (tests/data/train_roles_17.tsv) is the design once nearly every speaker On
Record names in full in an unsampled train article had been judged (13 were left after
train_roles_16.tsv). It draws from every person On Record lists as a speaker of a train
article, the articles earlier samples drew from included, leaving out only the rows an
``--exclude`` sample judged (same article, same name as the test matches it). Each person
falls in one stratum, read from the article and the attribution, never from the role:

- ``spokes``: a mention of the surname follows "spokesman", "spokeswoman", "spokesperson",
  "press secretary" or "communications director" (with the given names between), or
  opens an appositive holding one ("Brian Fallon, a spokesman for"): an organisation's
  spokesperson;
- ``anaphor``: no quote is attributed at a mention holding the surname: On Record reached
  the person only through "he", "she" or a nominal ("the senator");
- ``surname``: the article first names the person by the surname, alone or after a title
  ("Mr. Trump", "Sen. Cruz"), or On Record lists only a surname;
- ``full``: the rest, first named in full.

The sample takes from each stratum its share of ALL the person rows of train (judged or
not: the mix a reporter sees in the speaker list), largest remainders rounding, drawn in a
seeded random order at most ``--per-article`` a stratum and article (``--only surname
anaphor``: the sample is drawn from those strata alone, each its share of their rows, as
tests/data/train_roles_20.tsv was, to measure the weak strata). Persons On Record lists
wrongly (a pronoun phrase, a person who says nothing) stay in: they are rows a reporter
sees, judged as people who say nothing. Rows print their stratum as the set column.

``--surname-at-quote`` (tests/data/train_roles_40.tsv) keeps only the persons On Record
reaches at the quotation by the surname alone or after a title ("Obama said", "said Mr.
Obama", "Sen. Cruz said"): some quote's mention holds the surname and none holds another
of the name's words. The ``surname`` stratum was all judged by train_roles_39.tsv; this
reads the same weakness where the article names the person in full earlier.

``--hard`` (tests/data/train_roles_41.tsv) keeps only the persons whose role is hard to
reach from their quotes: those reached only through "he", "she" or a nominal
(``anaphor``), spokespeople (``spokes``), and those no quote of whom stands in the
paragraph that first names them (the naming, where an article gives the role, is a
paragraph or more from every quote: ``far_from_quotes``).

``--bare`` (tests/data/train_roles_46.tsv; the ``--hard`` pool all judged) keeps only the
persons whose first naming stands bare (``bare_naming``): no title or role noun right
before the name ("Sen.", "spokesman", "Vermont's"), nor an appositive, bracket or dash right
after it (an age alone, ", 45,", a reporting verb or a conjunction after the comma do not
count). Where such an article gives a role it gives it elsewhere: in a later sentence, a
copula ("X is the ..."; "He is the ..."), a relative clause or a list.

``--statements`` (tests/data/train_roles_47.tsv; the ``--bare`` pool all judged) keeps only
the persons who are the source of a reported or mixed statement ("Lee said the plan would
fail") and of no quotation in the article: every earlier sample drew from quotations'
speakers, yet the library lists these sources, with their roles, beside their statements.
Their stratum is read from the statements' mentions as a quotation's speaker's is from the
quotations'. A sample of them is tested with the statements' sources among the speakers
(tests/test_role_sample.py ``STATEMENT_SAMPLES``).

``--fresh`` (tests/data/train_roles_60.tsv) draws only from the articles no ``--exclude``
sample used (role and people samples alike, named with or without ".txt"): a sample of
articles never read for tuning. By the forty-seventh session the 63 such train articles
held no person who is a quotation's speaker, only the sources of statements.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.document import Analysis, SpeakerKind, StatementKind  # noqa: E402
from core.ingest import analyse_all  # noqa: E402
from core.person_names import name_words, normalise  # noqa: E402
from core.role_grammar import role_word  # noqa: E402
from core.roles import occurrences  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
SEED = 2016
BEFORE, AFTER = 120, 180  # characters shown around a mention


def named_speakers(paths: list[Path], jobs: int) -> dict[str, list[str]]:
    """The people each article names in full among its speakers, in order of first quote."""
    found: dict[str, list[str]] = {}
    for path, analysed in analyse_all(paths, jobs):
        if isinstance(analysed, str):
            continue
        found[path.name] = [
            s.name
            for s in analysed.analysis.speakers
            if s.kind == SpeakerKind.PERSON and len(name_words(s.name)) > 1
        ]
    return found


SPOKES = r"(?i:spokes(?:man|woman|person)|press secretary|communications director)"
SPOKES_BEFORE = re.compile(SPOKES + r"\s+(?:[A-Z][\w.'’-]*\s+)*$")  # "spokesman Brian "
SPOKES_AFTER = re.compile(r",\s[^,.;]*?" + SPOKES)  # ", a spokesman for"
STRATA = ("full", "surname", "anaphor", "spokes")


def stratum(text: str, name: str, mentions: list[str]) -> str:
    """The stratum of a person On Record lists: how the article names and reaches them."""
    words = name.split()
    last = words[-1]
    found = [m.start() for m in re.finditer(rf"\b{re.escape(last)}\b", text)]
    for start in found:
        before = text[max(0, start - 60) : start]
        after = text[start + len(last) : start + len(last) + 80]
        if SPOKES_BEFORE.search(before) or SPOKES_AFTER.match(after):
            return "spokes"
    if all(last not in mention for mention in mentions):
        return "anaphor"
    if len(words) < 2 or not found or words[0] not in text[max(0, found[0] - 30) : found[0]]:
        return "surname"
    return "full"


def surname_at_quote(name: str, mentions: list[str]) -> bool:
    """Whether some quote's mention holds the surname and none holds another name word."""
    words = name.split()
    others = [w for w in words[:-1] if len(w.strip(".")) > 1]
    holding = [m for m in mentions if re.search(rf"\b{re.escape(words[-1])}\b", m)]
    return bool(holding) and not any(
        re.search(rf"\b{re.escape(w)}\b", m) for m in holding for w in others
    )


def paragraph_of(text: str, offset: int) -> int:
    """The index of the paragraph (blank-line separated) holding a character offset."""
    return len(re.findall(r"\n\s*\n", text[:offset]))


def far_from_quotes(text: str, name: str, quote_starts: list[int]) -> bool:
    """Whether no quote stands in the paragraph of the first mention of the surname."""
    first = re.search(rf"\b{re.escape(name.split()[-1])}\b", text)
    if first is None:
        return False
    named = paragraph_of(text, first.start())
    return all(paragraph_of(text, start) != named for start in quote_starts)


_WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \t]+$")  # the word right before, same line
_AGE = re.compile(r",\s*\d{1,3},")  # ", 45,"
_NOT_APPOSED = re.compile(
    r"\s*(?:and|or|but|who|whose|said|says|told|added|asked|wrote|tweeted|[\"“”'‘’])\b",
    re.IGNORECASE,
)


def bare_naming(text: str, name: str) -> bool:
    """Whether the first naming of ``name`` in ``text`` (in full, else by the surname)
    has no title or role noun right before it and no appositive, bracket or dash after."""
    first = next(occurrences(text, name), None) or next(occurrences(text, name.split()[-1]), None)
    if first is None:
        return False
    start, end = first
    window = text[max(0, start - 40) : start]
    before = _WORD_BEFORE.search(window)
    if before is not None:
        word = before.group(1)
        opens = re.search(r"(?:^|[.!?\n\"“”]\s*)$", window[: before.start(1)]) is not None
        if word.endswith(("'s", "’s", ".")) or role_word(word):
            return False  # "Vermont's", "Sen.", "spokesman"
        if word[0].isupper() and not opens:
            return False  # a capitalised word within the sentence: "Republican"
    after = text[end:]
    age = _AGE.match(after)
    if age is not None:
        after = after[age.end() - 1 :]
    after = after.lstrip(" ")
    if after.startswith(("(", "—", "–", "--")):
        return False
    return not after.startswith(",") or bool(_NOT_APPOSED.match(after[1:]))


def sources_said(
    analysis: Analysis, statements: bool = False
) -> tuple[dict[str, list[str]], dict[str, list[int]]]:
    """Each person's mentions at the quotations attributed to them, and where those start;
    with ``statements`` the same for the reported and mixed statements of the persons who
    are the source of no quotation."""
    mentions: dict[str, list[str]] = {}
    starts: dict[str, list[int]] = {}
    quoted = {q.speaker.name for q in analysis.quotes if q.speaker is not None}
    said = analysis.quotes
    if statements:
        said = tuple(
            s
            for s in analysis.statements
            if s.kind is not StatementKind.DIRECT
            and s.speaker is not None
            and s.speaker.name not in quoted
        )
    for item in said:
        if item.speaker is not None and item.speaker.kind == SpeakerKind.PERSON:
            span = item.mention
            text = analysis.text[span.start : span.end] if span else ""
            mentions.setdefault(item.speaker.name, []).append(text)
            starts.setdefault(item.speaker.name, []).append(item.span.start)
    return mentions, starts


def people(
    paths: list[Path],
    jobs: int,
    at_quote: bool = False,
    hard: bool = False,
    bare: bool = False,
    statements: bool = False,
) -> list[tuple[str, str, str]]:
    """Every person On Record lists as a speaker (article, name, stratum); with
    ``at_quote`` only those reached at a quotation by the surname alone, with ``hard``
    only those whose role is hard to reach, with ``bare`` only those first named bare,
    with ``statements`` only the sources of statements alone (above)."""
    out = []
    for path, analysed in analyse_all(paths, jobs):
        if isinstance(analysed, str):
            continue
        analysis = analysed.analysis
        mentions, starts = sources_said(analysis, statements)
        for name, said in mentions.items():
            if at_quote and not surname_at_quote(name, said):
                continue
            st = stratum(analysis.text, name, said)
            far = st in ("anaphor", "spokes") or far_from_quotes(analysis.text, name, starts[name])
            if hard and not far or bare and not bare_naming(analysis.text, name):
                continue
            out.append((path.name, name, st))
    return out


def judged_before(samples: list[Path]) -> set[tuple[str, tuple[str, ...]]]:
    rows = set()
    for sample in samples:
        for line in sample.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                article, speaker = line.split("\t")[:2]
                rows.add((article, tuple(normalise(speaker).split())))
    return rows


def is_judged(article: str, name: str, judged: set[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether a sample judged this person: the test's match (same name, or a name
    holding the sample's with the same last word)."""
    words = normalise(name).split()
    for row_article, row in judged:
        if row_article == article and (
            list(row) == words or (row[-1:] == tuple(words[-1:]) and set(row) <= set(words))
        ):
            return True
    return False


def draw_strata(
    found: list[tuple[str, str, str]],
    judged: set[tuple[str, tuple[str, ...]]],
    size: int,
    per_article: int,
    seed: int,
    strata: tuple[str, ...] = STRATA,
) -> list[tuple[str, str, str]]:
    counts = {s: sum(1 for *_, st in found if st == s) for s in strata}
    total = sum(counts.values())
    quota = {s: size * counts[s] // total for s in strata}
    by_remainder = sorted(strata, key=lambda s: -(size * counts[s] % total))
    for s in by_remainder[: size - sum(quota.values())]:
        quota[s] += 1
    print(f"person rows {len(found)}, strata {counts}, quota {quota}", file=sys.stderr)
    rng = random.Random(seed)
    rows = []
    for s in strata:
        pool = [r for r in found if r[2] == s and not is_judged(r[0], r[1], judged)]
        rng.shuffle(pool)
        taken: dict[str, int] = {}
        for article, name, st in pool:
            if sum(1 for r in rows if r[2] == s) >= quota[s]:
                break
            if taken.get(article, 0) < per_article:
                taken[article] = taken.get(article, 0) + 1
                rows.append((article, name, st))
    return rows


def draw(
    found: dict[str, list[str]], size: int, per_article: int, seed: int = SEED
) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    articles = sorted(found)
    rng.shuffle(articles)
    rows: list[tuple[str, str]] = []
    for article in articles:
        names = found[article]
        for name in rng.sample(names, min(per_article, len(names))):
            rows.append((article, name))
        if len(rows) >= size:
            break
    return rows[:size]


def contexts(text: str, name: str) -> list[str]:
    """The mentions of the full name or its last word, with the text around them
    (overlapping stretches joined)."""
    forms = {name, name.split()[-1]}
    pattern = re.compile("|".join(rf"\b{re.escape(f)}\b" for f in sorted(forms, key=len)[::-1]))
    stretches: list[list[int]] = []
    for match in pattern.finditer(text):
        start, end = max(0, match.start() - BEFORE), match.end() + AFTER
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = end
        else:
            stretches.append([start, end])
    return [" ".join(text[start:end].split()) for start, end in stretches]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split", choices=["train", "dev"])
    parser.add_argument("--size", type=int, default=150)
    parser.add_argument("--per-article", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--contexts", action="store_true")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--strata", action="store_true", help="the stratified design (above)")
    parser.add_argument(
        "--only",
        nargs="+",
        choices=STRATA,
        default=list(STRATA),
        help="with --strata, draw only from these strata, each its share of their rows",
    )
    parser.add_argument(
        "--exclude",
        type=Path,
        action="append",
        default=[],
        help="a sample whose articles to leave out (may be given more than once)",
    )
    parser.add_argument(
        "--surname-at-quote",
        action="store_true",
        help="with --strata, only persons a quotation names by the surname alone (above)",
    )
    parser.add_argument(
        "--hard",
        action="store_true",
        help="with --strata, only persons whose role is hard to reach from their quotes",
    )
    parser.add_argument(
        "--bare",
        action="store_true",
        help="with --strata, only persons first named with no title before, no appositive after",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="with --strata, only articles no --exclude sample used (above)",
    )
    parser.add_argument(
        "--statements",
        action="store_true",
        help="with --strata, only persons who are the source of statements and of no quote",
    )
    args = parser.parse_args()
    folder = POLNEAR / args.split / "text"
    skip = set()
    for sample in args.exclude:
        lines = sample.read_text(encoding="utf-8").splitlines()
        skip |= {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    if args.strata:
        paths = sorted(folder.glob("*.txt"))
        if args.fresh:
            paths = [p for p in paths if p.name not in skip and p.stem not in skip]
        found = people(
            paths, args.jobs, args.surname_at_quote, args.hard, args.bare, args.statements
        )
        drawn = draw_strata(
            found,
            judged_before(args.exclude),
            args.size,
            args.per_article,
            args.seed,
            tuple(args.only),
        )
        rows = [(article, name) for article, name, _ in drawn]
        sets = [st for *_, st in drawn]
    else:
        paths = [p for p in sorted(folder.glob("*.txt")) if p.name not in skip]
        rows = draw(named_speakers(paths, args.jobs), args.size, args.per_article, args.seed)
        sets = [args.split] * len(rows)
    for (article, name), st in zip(rows, sets, strict=True):
        if args.contexts:
            print(f"\n=== {article} | {name} | {st}")
            text = (folder / article).read_text(encoding="utf-8")
            print("\n".join(f"  - {c}" for c in contexts(text, name)))
        else:
            print(f"{article}\t{name}\t\t\t{st if args.strata else 'train'}")


if __name__ == "__main__":
    main()
