"""Print the extraction timings quoted in the README's Reliability section.

    .venv/bin/python tests/adversarial/timings.py

Each repeated unit of ``test_extract_properties.UNITS``, and quotations by distinct
people, at 20,000 and 80,000 characters (best of three runs; a ratio near 4 is linear
time, 16 quadratic), then each of its ``EXTREMES`` once.
"""

from __future__ import annotations

import time

from test_extract_properties import EXTREMES, UNITS, distinct_people, seconds

from core.extract import extract


def main() -> None:
    print("| repeated unit | 20,000 chars | 80,000 chars | ratio |\n| --- | --- | --- | --- |")
    units = {name: (unit * (80_000 // len(unit) + 1)) for name, unit in UNITS.items()}
    for name, text in {**units, "distinct people": distinct_people(80_000)}.items():
        small, large = text[:20_000], text[:80_000]
        a, b = seconds(small, large)
        print(f"| {name} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | {b / a:.1f} |", flush=True)
    print("\n| extreme input | characters | quotes | seconds |\n| --- | --- | --- | --- |")
    for name, text in EXTREMES.items():
        started = time.perf_counter()
        found = len(extract(text).quotes)
        took = time.perf_counter() - started
        print(f"| {name} | {len(text):,} | {found:,} | {took:.2f} |", flush=True)


if __name__ == "__main__":
    main()
