"""How long the listing commands take from the shell, start-up included:
``benchmarks/cli_start.py LIBRARY.db [--runs N] [--root TREE]``. Each command runs
``--runs`` times in a fresh process (hyperfine's way: the same command again and again,
alternated with the others so a burst of load on the machine falls on all of them), and
the median wall time and CPU time (user + system) are printed. ``--root`` runs another
checkout's code (``PYTHONPATH``); ``--against OTHER`` runs a second checkout's in the same
rounds, turn about, to compare before and after on the same library under the same load."""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commands(db: str) -> dict[str, list[str]]:
    cli = [sys.executable, "-m", "core.cli"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "onrecord --version": [*cli, "--version"],
        "onrecord speakers --limit 20": [*cli, "speakers", "--db", db, "--limit", "20"],
        "onrecord quotes --limit 20": [*cli, "quotes", "--db", db, "--limit", "20"],
        "onrecord quotes --search said --limit 20": [
            *cli,
            "quotes",
            "--db",
            db,
            "--search",
            "said",
            "--limit",
            "20",
        ],  # fmt: skip
    }


def timed(command: list[str], root: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` with the code at ``root`` (its
    folder, which ``python -m`` puts first on the path), its output thrown away."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=root, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a library (opened, never written, by the listings)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--root", type=Path, default=ROOT, help="the code to run")
    parser.add_argument("--against", type=Path, help="another checkout, run turn about")
    args = parser.parse_args()
    roots = [args.root.resolve(), *([args.against.resolve()] if args.against else [])]
    todo = commands(args.db)
    runs = [(root, name) for name in todo for root in roots]
    for root, name in runs:  # warm: the files cached, the pyc written
        timed(todo[name], root)
    walls: dict[tuple[Path, str], list[float]] = {run: [] for run in runs}
    cpus: dict[tuple[Path, str], list[float]] = {run: [] for run in runs}
    load = os.getloadavg()[0]
    for _ in range(args.runs):
        for root, name in runs:
            wall, cpu = timed(todo[name], root)
            walls[root, name].append(wall)
            cpus[root, name].append(cpu)
    end = os.getloadavg()[0]
    print(f"{args.runs} runs each, load average {load:.1f} at the start, {end:.1f} at the end")
    print("| code | command | wall (median) | CPU (median) | wall (min) |")
    print("| --- | --- | --- | --- | --- |")
    for root, name in runs:
        print(
            f"| {root.name} | `{name}` | {statistics.median(walls[root, name]) * 1000:.0f} ms"
            f" | {statistics.median(cpus[root, name]) * 1000:.0f} ms"
            f" | {min(walls[root, name]) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
