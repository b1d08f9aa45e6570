"""``onrecord ingest`` of the PolNeAR train split (840 articles) into a fresh library.

    .venv/bin/python benchmarks/ingest.py [--write]

Runs the real command as a separate process, once with ``--jobs 1`` and once with the
default (every core), each into a new library file; reports wall time, articles per
second, peak memory and the library's size. ``--write`` records them in BENCHMARKS.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, corpus, options, report


def run_ingest(folder: Path, db: Path, jobs: int | None) -> tuple[float, float]:
    """Wall seconds and peak memory (MB, the largest of its processes) of one ingest."""
    onrecord = Path(sys.executable).with_name("onrecord")
    command = [str(onrecord), "ingest", "--db", str(db), "--quiet", str(folder)]
    if jobs is not None:
        command[2:2] = ["--jobs", str(jobs)]
    began = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    summary = process.stderr.read().strip().splitlines() if process.stderr else []
    if process.returncode != 0:
        raise SystemExit(f"ingest failed: {summary[-1:] or process.returncode}")
    return seconds, usage.ru_maxrss / 1024


def main() -> int:
    args = options("onrecord ingest of PolNeAR train").parse_args()
    paths = corpus("train")
    folder = paths[0].parent
    n = len(paths)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for label, jobs in (("`--jobs 1`", 1), (f"default ({os.cpu_count()} workers)", None)):
            db = Path(scratch) / f"jobs-{jobs}.db"
            seconds, peak = run_ingest(folder, db, jobs)
            size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
            rows.append(
                f"| {label} | **{n / seconds:.0f} articles/s** | {seconds:.1f} s |"
                f" {peak:.0f} MB | {size / 2**20:.0f} MB |"
            )
    lines = [
        f"`onrecord ingest --db NEW.db --quiet {os.path.relpath(folder, ROOT)}`"
        f" ({n} articles), start-up and model loading included.",
        "",
        "| jobs | throughput | wall time | peak memory (largest process) | library size |",
        "| --- | --- | --- | --- | --- |",
        *rows,
    ]
    return report("Ingest", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
