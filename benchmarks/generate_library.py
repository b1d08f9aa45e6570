"""Generate a large library for the scale benchmarks: articles, speakers, quotes and
reported statements.

    .venv/bin/python benchmarks/generate_library.py OUT.db [--quotes 1000000]
        [--statements 1500000] [--speakers 100000] [--articles 200000] [--seed 9]

Quotes and statements are made of pseudo-words drawn with Zipf frequencies (so a search
finds a few words everywhere and most words rarely, as in news), speakers get
Zipf-distributed counts (a few are quoted thousands of times, most once or twice), and
every row sits at its offsets in its article's text. Statements are reported speech
("X said that ..."), one in six holding a partial quote (mixed), 1.5 per quote as On
Record finds them in PolNeAR train; their rows are numbered after the quotes'. Two people
in five are women; an article states a person's gender (a "she said", a "Mr.") three
times in five. A share of the quotes (``--versions``, 5%) repeat an earlier quote in
another article, as outlets do: the same words, an excerpt, or one word changed, now and
then attributed to someone else; they are stored as variant groups. The rows go in
through ``core.bulkload``, which fingerprints every quotation.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.bulkload import bulk_load
from core.library import Library
from core.records import Counts

SYLLABLES = [a + b for a in "bdfgklmnprstvz" for b in ("a", "e", "i", "o", "u", "ar", "en", "is")]
FIRST = ["Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jamal",
         "Karin", "Luis", "Maria", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Sam", "Tomas",
         "Uma", "Victor", "Wen", "Xavier", "Yara", "Zoe"]  # fmt: skip
ROLES = ["senator", "spokesperson", "mayor", "chief executive", "professor", "minister",
         "analyst", "governor", "economist", "lawyer", "director", "police chief"]  # fmt: skip
OUTLETS = [f"The {place} {paper}" for place in ("Daily", "Northern", "City", "Valley", "Coast")
           for paper in ("Herald", "Times", "Post", "Courier")]  # fmt: skip
KINDS = ["person"] * 17 + ["organisation"] * 2 + ["anonymous"]
CUES = ["said", "added", "told reporters", "wrote", "explained"]
REPEATED_BY_OTHERS = 0.2  # of the repeated quotes, attributed to someone else
REPORTING = ["said", "believes", "warned", "argued", "told reporters"]
MIXED_EVERY = 6  # one statement in six holds a partial quote


def vocabulary(size: int, rng: random.Random) -> list[str]:
    """``size`` distinct pseudo-words of two to four syllables."""
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choices(SYLLABLES, k=rng.randint(2, 4)))] = None
    return list(words)


def zipf_weights(n: int, exponent: float) -> list[float]:
    """Cumulative weights of ranks 1..n under a Zipf law, for ``random.choices``."""
    return list(itertools.accumulate(1 / rank**exponent for rank in range(1, n + 1)))


@dataclass(frozen=True)
class Plan:
    quotes: int
    speakers: int
    articles: int
    seed: int = 9
    versions: float = 0.05  # share of quotes that repeat an earlier one
    statements: int = 0


@dataclass
class Versions:
    """The repeated quotes so far: each quote's text, and the variant group rows."""

    said: list[str]
    groups: dict[int, int]  # quote id -> group id
    members: list[dict[str, Any]]

    def repeat(self, quote_id: int, rng: random.Random) -> tuple[str, int]:
        """An earlier quote (its id) in another outlet's words: the same, an excerpt or
        one word changed."""
        earlier = rng.randrange(1, quote_id)
        words = self.said[earlier - 1].rstrip(".").split()
        way = rng.random()
        if way < 0.25 and len(words) > 10:
            start = rng.randrange(len(words) // 3)
            words = words[start : start + max(8, len(words) * 2 // 3)]
        elif way < 0.5:
            words[rng.randrange(1, len(words))] = rng.choice(self.said[-1].split()).strip(".")
        return " ".join(words).capitalize() + ".", earlier

    def join(self, earlier: int, quote_id: int) -> None:
        group = self.groups.get(earlier)
        if group is None:
            group = self.groups[earlier] = len(self.members) + 1
            self.members.append({"quote_id": earlier, "group_id": group, "origin": "machine"})
        self.groups[quote_id] = group
        self.members.append({"quote_id": quote_id, "group_id": group, "origin": "machine"})


def speaker_rows(plan: Plan, rng: random.Random, words: list[str]) -> list[dict[str, Any]]:
    """People, organisations and anonymous sources with unique names and keys."""
    rows = []
    for i in range(1, plan.speakers + 1):
        kind = rng.choice(KINDS)
        surname = words[rng.randrange(len(words))].capitalize()
        if kind == "person":
            name = f"{rng.choice(FIRST)} {surname}{'' if i % 7 else ' Jr.'}"
        elif kind == "organisation":
            name = f"{surname} Institute"
        else:
            name = f"a {rng.choice(ROLES)} at {surname}"
        rows.append(
            {"id": i, "name": name, "kind": kind, "key": f"{kind}:{name.lower()}#{i}",
             "role": None, "role_origin": "machine", "merged_into": None, "quote_count": 0,
             "statement_count": 0}
        )  # fmt: skip
    return rows


def article_rows(
    plan: Plan,
    rng: random.Random,
    words: list[str],
    speakers: list[dict[str, Any]],
    versions: Versions,
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]]:
    """Each article with its quotes and statements and the speakers' roles in it;
    repeated quotes are recorded in ``versions``."""
    word_weights = zipf_weights(len(words), 1.1)
    speaker_weights = zipf_weights(len(speakers), 0.9)
    per_article, extra = divmod(plan.quotes, plan.articles)
    reported, reported_extra = divmod(plan.statements, plan.articles)
    quote_id = statement_id = 0  # statements' rows are numbered after the quotes'
    quotes_by: dict[int, int] = {}  # quote id -> speaker id
    for article_id in range(1, plan.articles + 1):
        n = per_article + (1 if article_id <= extra else 0)
        cast = rng.choices(speakers, cum_weights=speaker_weights, k=n)
        pieces: list[str] = []
        at = 0
        quotes, roles = [], {}
        m = reported + (1 if article_id <= reported_extra else 0)
        for speaker in rng.choices(speakers, cum_weights=speaker_weights, k=m):
            statement_id += 1
            lead = f"{speaker['name']} {rng.choice(REPORTING)} "
            words_said = rng.choices(words, cum_weights=word_weights, k=rng.randint(6, 20))
            mixed = statement_id % MIXED_EVERY == 0
            if mixed:
                words_said[2:4] = ["\u201c" + words_said[2], words_said[3] + "\u201d"]
            said = "that " + " ".join(words_said)
            start = at + len(lead)
            pieces.append(f"{lead}{said}.\n\n")
            at += len(pieces[-1])
            quotes.append(
                {"id": plan.quotes + statement_id, "article_id": article_id,
                 "speaker_id": speaker["id"], "start": start,
                 "end": start + len(said), "text": said, "cue": lead.split()[-1],
                 "mention_start": at - len(pieces[-1]),
                 "mention_end": at - len(pieces[-1]) + len(speaker["name"]), "role": None,
                 "partial": 0, "origin": "machine", "hidden": 0, "starred": 0,
                 "kind": "mixed" if mixed else "reported"}
            )  # fmt: skip
        for speaker in cast:
            quote_id += 1
            said = " ".join(rng.choices(words, cum_weights=word_weights, k=rng.randint(6, 30)))
            said = said.capitalize() + "."
            if quote_id > 1000 and rng.random() < plan.versions:
                said, earlier = versions.repeat(quote_id, rng)
                versions.join(earlier, quote_id)
                if rng.random() > REPEATED_BY_OTHERS:
                    speaker = speakers[quotes_by[earlier] - 1]
            versions.said.append(said)
            quotes_by[quote_id] = speaker["id"]
            role = rng.choice(ROLES)
            lead = f"{speaker['name']}, {role}, {rng.choice(CUES)}: \u201c"
            start = at + len(lead)
            pieces.append(f"{lead}{said}\u201d\n\n")
            at += len(pieces[-1])
            quotes.append(
                {"id": quote_id, "article_id": article_id, "speaker_id": speaker["id"],
                 "start": start, "end": start + len(said), "text": said, "cue": "said",
                 "mention_start": at - len(pieces[-1]),
                 "mention_end": at - len(pieces[-1]) + len(speaker["name"]), "role": role,
                 "partial": 0, "origin": "machine", "hidden": 0, "starred": 0, "kind": "quote"}
            )  # fmt: skip
            roles[speaker["id"]] = role
        day = rng.randrange(3650)
        text = "".join(pieces)
        article = {
            "id": article_id,
            "title": " ".join(rng.choices(words, cum_weights=word_weights, k=6)).title(),
            "outlet": rng.choice(OUTLETS),
            "author": f"{rng.choice(FIRST)} {rng.choice(words).capitalize()}",
            "published": f"{2015 + day // 365:04d}-{day % 365 // 31 + 1:02d}-{day % 28 + 1:02d}",
            "url": f"https://news.example/{article_id}",
            "source_path": None,
            "format": "txt",
            "text": text,
            "sha256": f"generated-{plan.seed}-{article_id}",
            "imported_at": "2026-01-01T00:00:00+00:00",
        }
        role_rows = [
            {"speaker_id": s, "article_id": article_id, "role": r} for s, r in roles.items()
        ]
        yield article, quotes, role_rows


def gender_rows(
    plan: Plan, speakers: list[dict[str, Any]], roles: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The gender each article states of the people it quotes, from a random generator of
    its own (the rest of the library stays as it was before genders were generated)."""
    rng = random.Random(plan.seed + 1)
    gender = {
        s["id"]: "female" if rng.random() < 0.4 else "male"
        for s in speakers
        if s["kind"] == "person"
    }
    return [
        {"speaker_id": r["speaker_id"], "article_id": r["article_id"],
         "gender": gender[r["speaker_id"]]}
        for r in roles
        if r["speaker_id"] in gender and rng.random() < 0.6
    ]  # fmt: skip


def generate(path: Path, plan: Plan) -> Counts:
    """Write a new library at ``path`` (which must not exist) following ``plan``."""
    if path.exists():
        raise FileExistsError(f"{path} exists; choose a new file")
    rng = random.Random(plan.seed)
    words = vocabulary(20_000, rng)
    speakers = speaker_rows(plan, rng, words)
    articles, quotes, roles = [], [], []
    versions = Versions([], {}, [])
    for article, article_quotes, article_roles in article_rows(
        plan, rng, words, speakers, versions
    ):
        articles.append(article)
        quotes.extend(article_quotes)
        roles.extend(article_roles)
    aliases = [{"speaker_id": s["id"], "form": s["name"]} for s in speakers]
    with Library(path) as library:
        return bulk_load(
            library,
            articles=articles,
            speakers=speakers,
            aliases=aliases,
            roles=roles,
            genders=gender_rows(plan, speakers, roles),
            quotes=quotes,
            variant_groups=[
                {"id": g, "size": n}
                for g, n in Counter(m["group_id"] for m in versions.members).items()
            ],
            variant_members=versions.members,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the new library file")
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--statements", type=int, default=1_500_000, help="reported speech")
    parser.add_argument("--speakers", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--versions", type=float, default=0.05, help="share of repeated quotes")
    args = parser.parse_args()
    started = time.perf_counter()
    plan = Plan(
        args.quotes, args.speakers, args.articles, args.seed, args.versions, args.statements
    )
    counts = generate(args.out, plan)
    print(
        f"{args.out}: {counts.quotes} quotes, {counts.statements} statements,"
        f" {counts.speakers} speakers quoted, {counts.articles} articles"
        f" in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
