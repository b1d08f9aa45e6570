"""``onrecord ingest`` of the PolNeAR train split (840 articles) into a fresh library.

    .venv/bin/python benchmarks/ingest.py [--write]

Runs the real commands as separate processes, each into a new library: ``--jobs 1``, the
default (every core), and with the dask extra installed the Dask path on a local cluster
(``dask-extract``, then ``ingest --jsonl``, which is the storage alone). Reports wall
time, articles per second, peak memory and output size; ``--write`` records them in
BENCHMARKS.md.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ONRECORD, ROOT, corpus, options, report


def run(*arguments: str) -> tuple[float, float]:
    """Wall seconds and peak memory (MB, the largest of its processes) of one
    ``onrecord`` command."""
    began = time.perf_counter()
    process = subprocess.Popen([str(ONRECORD), *arguments], stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - began
    summary = process.stderr.read().strip().splitlines() if process.stderr else []
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"onrecord {arguments[0]} failed: {summary[-1:]}")
    return seconds, usage.ru_maxrss / 1024


def size_mb(path: Path) -> float:
    """A file's size with its SQLite journal files, in MB."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 2**20


def main() -> int:
    args = options("onrecord ingest of PolNeAR train").parse_args()
    paths = corpus("train")
    folder = str(paths[0].parent)
    n = len(paths)
    cores = os.cpu_count()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        new = Path(scratch)
        runs = [
            ("`onrecord ingest --jobs 1 DIR`", ["ingest", "--jobs", "1", folder], new / "one.db"),
            (
                f"`onrecord ingest DIR` (default: {cores} workers)",
                ["ingest", folder],
                new / "all.db",
            ),
        ]
        if importlib.util.find_spec("distributed") is not None:
            jsonl = new / "train.jsonl"
            runs += [
                (f"`onrecord dask-extract DIR OUT.jsonl` (local cluster, {cores} workers)",
                 ["dask-extract", folder, str(jsonl)], jsonl),
                ("`onrecord ingest --jsonl OUT.jsonl` (the storage alone)",
                 ["ingest", "--jsonl", str(jsonl)], new / "jsonl.db"),
            ]  # fmt: skip
        for label, arguments, output in runs:
            if arguments[0] == "ingest":
                arguments = [*arguments[:1], "--db", str(output), "--quiet", *arguments[1:]]
            seconds, peak = run(*arguments)
            rows.append(
                f"| {label} | **{n / seconds:.0f} articles/s** | {seconds:.1f} s |"
                f" {peak:.0f} MB | {size_mb(output):.0f} MB |"
            )
    lines = [
        f"DIR = `{os.path.relpath(folder, ROOT)}` ({n} articles), each command into a new"
        " library, start-up and model loading included.",
        "",
        "| command | throughput | wall time | peak memory (largest process) | output size |",
        "| --- | --- | --- | --- | --- |",
        *rows,
    ]
    return report("Ingest", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
