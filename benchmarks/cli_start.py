"""How long the listing commands take from the shell, start-up included:
``benchmarks/cli_start.py LIBRARY.db [--runs N] [--root TREE]``. Each command runs
``--runs`` times in a fresh process (hyperfine's way: the same command again and again,
alternated with the others so a burst of load on the machine falls on all of them), and
the median wall time and CPU time (user + system) are printed. ``--root`` runs another
checkout's code (``PYTHONPATH``), to compare before and after on the same library."""

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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command``, its output thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a library (opened, never written, by the listings)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--root", type=Path, default=ROOT, help="the code to run")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(args.root.resolve())}
    todo = commands(args.db)
    for command in todo.values():  # warm: the files cached, the pyc written
        timed(command, env)
    walls: dict[str, list[float]] = {name: [] for name in todo}
    cpus: dict[str, list[float]] = {name: [] for name in todo}
    for _ in range(args.runs):
        for name, command in todo.items():
            wall, cpu = timed(command, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(f"{args.root.resolve()}, {args.runs} runs each, load {os.getloadavg()[0]:.1f} at the end")
    print("| command | wall (median) | CPU (median) | wall (min) |")
    print("| --- | --- | --- | --- |")
    for name in todo:
        print(
            f"| `{name}` | {statistics.median(walls[name]) * 1000:.0f} ms"
            f" | {statistics.median(cpus[name]) * 1000:.0f} ms | {min(walls[name]) * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
