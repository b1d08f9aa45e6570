"""Role quality across a library holding all 924 PolNeAR articles (train and dev).

    .venv/bin/python benchmarks/role_quality.py [--db FILE] [--write]

Imports both splits into a new library (or reads ``--db``, a library that holds them),
then counts, over the person rows of the speaker list, the role each row shows and the
roles their articles give them: how many are over 60 characters, how many hold a photo
credit. ``--write`` records the figures in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from common import ONRECORD, ROOT, corpus, report

LONG = 60  # characters


def imported_library(folder: Path) -> Path:
    """A new library holding both PolNeAR splits, imported as a reporter would."""
    db = folder / "library.db"
    dev, train = corpus("dev"), corpus("train")
    subprocess.run(
        [ONRECORD, "ingest", str(dev[0].parent), str(train[0].parent), "--db", str(db)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
    )  # fmt: skip
    return db


def person_roles(db: Path) -> tuple[int, list[str], list[str]]:
    """The person rows of the speaker list: how many, the role each shows where it has
    one, and the roles their articles give them (one per person and article)."""
    from core.library import Library

    with Library(db) as library:
        rows = library.speakers(kinds=["person"], limit=10**7)
        phrases = [role for row in rows for _, _, role in library.speaker_roles(row.id)]
    return len(rows), [row.role for row in rows if row.role], phrases


def figures(people: int, shown: list[str], phrases: list[str]) -> list[str]:
    from core.role_grammar import CREDIT

    def share(roles: list[str], test: object) -> str:
        count = sum(1 for r in roles if test(r))  # type: ignore[operator]
        return f"{count} ({count / max(len(roles), 1):.1%})"

    def long(role: str) -> bool:
        return len(role) > LONG

    def credit(role: str) -> bool:
        return bool(CREDIT.search(role))

    return [
        f"- person rows: {people}; showing a role: {len(shown)}"
        f" ({len(shown) / max(people, 1):.1%})",
        f"- roles the rows show, over {LONG} characters: {share(shown, long)}"
        f" ({sum(map(long, shown)) / max(people, 1):.1%} of the person rows);"
        f" holding a photo credit: {share(shown, credit)}",
        f"- roles as their articles give them ({len(phrases)}, one per person and article),"
        f" over {LONG} characters: {share(phrases, long)};"
        f" holding a photo credit: {share(phrases, credit)}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a library already holding both splits")
    parser.add_argument("--write", action="store_true", help="record in BENCHMARKS.md")
    args = parser.parse_args()
    if args.db:
        return report("Roles", figures(*person_roles(args.db)), args.write)
    with tempfile.TemporaryDirectory() as folder:
        return report("Roles", figures(*person_roles(imported_library(Path(folder)))), args.write)


if __name__ == "__main__":
    raise SystemExit(main())
