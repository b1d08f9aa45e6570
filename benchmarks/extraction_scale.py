"""How extraction time grows with the size of one text: generated news articles (three
attributed quotations each, ten first names by ten surnames) joined into one text.

    .venv/bin/python benchmarks/extraction_scale.py [ARTICLES...]   # default 1200 2400 4800 9600

Prints the characters and the CPU seconds of ``core.ingest.analyse`` for each size (CPU
time, so that other work on the machine does not blur the growth); twice the text
taking twice the time is linear.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "adversarial"))

from adversarial_support import article  # noqa: E402

from core.ingest import analyse  # noqa: E402


def main(sizes: list[int]) -> None:
    analyse("\u201cWarm up,\u201d he said.")  # load the models first
    for articles in sizes:
        text = "\n".join(article(n) for n in range(articles))
        start = time.process_time()
        analyse(text)
        seconds = time.process_time() - start
        print(f"{articles:6,} articles {len(text):10,} characters {seconds:6.2f} s")


if __name__ == "__main__":
    main([int(n) for n in sys.argv[1:]] or [1200, 2400, 4800, 9600])
