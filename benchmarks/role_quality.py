"""Role quality across a library holding all 924 PolNeAR articles (train and dev).

    .venv/bin/python benchmarks/role_quality.py [--db FILE] [--write]

Imports both splits into a new library (or reads ``--db``, a library that holds them),
then counts, over the person rows of the speaker list, the roles as stored (the
article's phrases, from the speaker's latest article) and their short form
(``core.roles.short_role``, what a speaker row can show): how many are over 60
characters, how many hold a photo credit. ``--write`` records the figures in
BENCHMARKS.md.
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


def person_roles(db: Path) -> list[str]:
    """The role each person row of the speaker list shows, where it has one."""
    from core.library import Library

    with Library(db) as library:
        rows = library.speakers(kinds=["person"], limit=10**7)
    return [row.role for row in rows if row.role]


def figures(roles: list[str]) -> list[str]:
    from core.role_grammar import CREDIT
    from core.roles import short_role

    shorts = [short_role(role) for role in roles]
    n = len(roles)

    def share(count: int) -> str:
        return f"{count} ({count / n:.1%})"

    long_full = sum(len(r) > LONG for r in roles)
    long_short = sum(len(s) > LONG for s in shorts)
    return [
        f"- person rows with a role: {n}",
        f"- roles as stored over {LONG} characters: {share(long_full)};"
        f" holding a photo credit: {share(sum(bool(CREDIT.search(r)) for r in roles))}",
        f"- short roles over {LONG} characters: {share(long_short)};"
        f" holding a photo credit: {share(sum(bool(CREDIT.search(s)) for s in shorts))};"
        f" empty (no role noun left): {share(sum(not s for s in shorts))}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a library already holding both splits")
    parser.add_argument("--write", action="store_true", help="record in BENCHMARKS.md")
    args = parser.parse_args()
    if args.db:
        return report("Roles", figures(person_roles(args.db)), args.write)
    with tempfile.TemporaryDirectory() as folder:
        return report("Roles", figures(person_roles(imported_library(Path(folder)))), args.write)


if __name__ == "__main__":
    raise SystemExit(main())
