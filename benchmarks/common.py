"""What the benchmarks share: the machine, the corpus, memory readings and BENCHMARKS.md."""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "BENCHMARKS.md"
ONRECORD = Path(sys.executable).with_name("onrecord")  # the command beside this Python
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
LOAD_AT_START = os.getloadavg()[0]  # other work on the machine slows every figure


def corpus(split: str) -> list[Path]:
    """The article files of a PolNeAR split; exits with a clear message when absent."""
    folder = POLNEAR / split / "text"
    if not folder.is_dir():
        print(f"skipped: {folder} not found (the PolNeAR corpus lives in ../shared)")
        raise SystemExit(0)
    return sorted(folder.glob("*.txt"))


def machine() -> str:
    """Cores, memory, processor, Python and how busy the machine is, on one line."""
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cpu = platform.processor() or platform.machine()
    model = re.search(r"model name\s*:\s*(.+)", _read("/proc/cpuinfo"))
    if model:
        cpu = model.group(1).strip()
    return (
        f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GB memory, {platform.system()}, "
        f"Python {platform.python_version()}, load average {LOAD_AT_START:.1f} at the start"
    )


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    match = re.search(r"VmRSS:\s+(\d+) kB", _read("/proc/self/status"))
    if match:
        return int(match.group(1)) / 1024
    return peak_rss_mb()


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (or of its largest finished child), in MB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def options(description: str) -> argparse.ArgumentParser:
    """A benchmark's command line, with ``--write`` to record the figures."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--write", action="store_true", help="record in BENCHMARKS.md")
    return parser


def report(section: str, lines: list[str], write: bool) -> int:
    """Print the figures; with ``write``, also put them in BENCHMARKS.md under
    ``## section`` with the command, date and machine, replacing earlier figures."""
    if not write:
        print("\n".join(lines))
        return 0
    script = Path(sys.argv[0]).resolve().relative_to(ROOT)
    command = " ".join([".venv/bin/python", str(script), *sys.argv[1:]])
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = [
        f"## {section}",
        "",
        f"`{command}` — {stamp}, {machine()}",
        "",
        *lines,
        "",
    ]
    print("\n".join(body))
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    pattern = re.compile(rf"^## {re.escape(section)}\n.*?(?=^## |\Z)", re.M | re.S)
    block = "\n".join(body) + "\n"
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text + block
    RESULTS.write_text(text, encoding="utf-8")
    return 0
