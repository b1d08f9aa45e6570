"""Where the wall time of ``onrecord extract --json`` goes, in pieces that add up to it:
``benchmarks/extract_timeline.py [--root TREE] [--runs N] [--jobs N] [FILE ...]``
(default files: issue 15's side-by-side set, every 10th PolNeAR train article).

Each run is a fresh process of the command (``core.cli.run``, with the code at
``--root``) with marks added around its stages: the interpreter's start, the imports,
the models loaded before the fork, each worker's start and each article's analysis (in
the worker), the output. The critical path is the parent's start-up, then the worker
that ends last, from its start to its last article, then the parent's output and exit;
the other worker's end, and the gaps between a worker's articles, are shown beside it.
The medians of ``--runs`` runs are printed, with the load average before each run."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"


def side_by_side_files() -> list[str]:
    """``benchmarks/side_by_side.sh``'s files: every 10th train article."""
    return [str(path) for path in sorted(TEXTS.glob("*.txt"))[::10]]


def child(files: list[str], jobs: int, marks: str, began: float) -> None:
    """In the measured process: the command with its stages marked (lines of JSON
    appended to ``marks``, the workers' too). ``began``: when the parent started it."""
    here = time.time()

    def mark(what: str, **more: Any) -> None:
        line = json.dumps({"what": what, "at": time.time() - began, "pid": os.getpid(), **more})
        with open(marks, "a", encoding="utf-8") as out:  # one short append: whole lines
            out.write(line + "\n")

    mark("interpreter", at_start=here - began)
    import core.cli as cli

    mark("import core.cli")
    cli._analysis()
    mark("analysis imported")
    from core import byline, ingest, nlp

    def after(function: Callable[..., Any], what: str) -> Callable[..., Any]:
        def marked(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            mark(what)
            return result

        return marked

    nlp.load_all = after(nlp.load_all, "models loaded")
    byline.prepare = after(byline.prepare, "name parser")
    ingest._end_with = after(ingest._end_with, "worker up")
    cli.json_list = after(cli.json_list, "output joined")
    extracted = cli.extracted

    def article(name: str, *, as_json: bool) -> Any:
        start = time.time() - began
        result = extracted(name, as_json=as_json)
        mark("article", start=start, size=os.path.getsize(name))
        return result

    article.__module__, article.__qualname__ = __name__, "article"  # pickled by name
    globals()["article"] = article
    cli.extracted = article
    cli.main = after(cli.main, "end")  # then the command's own exit (cli.run's)
    sys.argv = ["onrecord", "extract", "--json", "--jobs", str(jobs), *files]
    cli.run()


def run_once(root: Path, files: list[str], jobs: int) -> dict[str, float]:
    """One measured run: its pieces in seconds."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as handle:
        marks = handle.name
    env = {**os.environ, "PYTHONPATH": str(root)}
    began = time.time()
    command = [sys.executable, __file__, "--child", marks, str(began), "--jobs", str(jobs)]
    subprocess.run([*command, *files], env=env, cwd=root, stdout=subprocess.DEVNULL, check=True)
    wall = time.time() - began
    rows = [json.loads(line) for line in Path(marks).read_text(encoding="utf-8").splitlines()]
    os.unlink(marks)
    at = {row["what"]: row["at"] for row in rows if row["what"] != "article"}
    parent = next(row["pid"] for row in rows if row["what"] == "interpreter")
    by_worker: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        if row["what"] == "article":
            by_worker.setdefault(row["pid"], []).append(row)
    ups = {row["pid"]: row["at"] for row in rows if row["what"] == "worker up"}
    ends = {pid: max(row["at"] for row in arts) for pid, arts in by_worker.items()}
    last = max(ends, key=ends.__getitem__)
    fork = ups.get(last, at.get("name parser", at["analysis imported"]))
    if last == parent:  # one process (--jobs 1, or one file): its models load lazily
        fork = min(row["start"] for row in by_worker[last])
    busy = sum(row["at"] - row["start"] for row in by_worker[last])
    loaded = at.get("models loaded", at["analysis imported"])
    pieces = {
        "interpreter and site": rows[0]["at_start"],
        "import core.cli": at["import core.cli"] - rows[0]["at_start"],
        "analysis imported": at["analysis imported"] - at["import core.cli"],
        "models loaded": loaded - at["analysis imported"],
        "name parser": at.get("name parser", loaded) - loaded,
        "the pool started (fork)": fork - at.get("name parser", loaded),
        "its articles (busy)": busy,
        "its gaps between articles": ends[last] - fork - busy,
        "results and output": at["end"] - ends[last],
        "exit": wall - at["end"],
    }
    pieces["wall"] = wall
    pieces["other worker ends before"] = ends[last] - min(ends.values())
    pieces["articles per worker"] = min(map(len, by_worker.values()))
    return pieces


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        marks, began, _, jobs, *files = sys.argv[2:]
        child(files, int(jobs), marks, float(began))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="articles (default: the side-by-side set)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the code to run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    files = args.files or side_by_side_files()
    runs, loads = [], []
    run_once(args.root, files, args.jobs)  # untimed: bytecode and kept copies written
    for _ in range(args.runs):
        loads.append(os.getloadavg()[0])
        runs.append(run_once(args.root, files, args.jobs))
    print(f"{len(files)} files, --jobs {args.jobs}, {args.runs} runs, load average "
          f"{min(loads):.1f} to {max(loads):.1f}; medians (ms), and share of the wall")  # fmt: skip
    wall = statistics.median(run["wall"] for run in runs)
    for piece in runs[0]:
        value = statistics.median(run[piece] for run in runs)
        if piece == "articles per worker":
            print(f"  {piece:34} {value:8.0f} (the fewer)")
        else:
            print(f"  {piece:34} {value * 1000:8.1f} {value / wall:7.1%}")


if __name__ == "__main__":
    main()
