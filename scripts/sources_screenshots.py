"""Render the Sources view and a person's timeline, light and dark, for the README.

    .venv/bin/python scripts/sources_screenshots.py [--library FILE] [--out docs]

The library is PolNeAR's 840 training articles (``../shared/corpora/polnear/train``),
imported once with each file name's outlet and date as its metadata
(``nyt_2016-03-02_....txt``) and kept at ``--library``; without the corpus the script
says so and stops. Writes sources.png, timeline.png and their -dark twins.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear" / "train" / "text"
OUTLETS = {"breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "The New York Times",
           "politico": "Politico", "usa-today": "USA Today", "wash-post": "The Washington Post",
           "west-journal": "Western Journal"}  # fmt: skip
PERSON = "Hillary Clinton"  # the timeline's person: her role changes over the primaries
SIZE = (1400, 860)


def build_library(path: Path) -> None:
    """Import the corpus with outlet, date and title from each file."""
    from core.ingest import ingest
    from core.library import Library

    with tempfile.TemporaryDirectory() as folder:
        for text in sorted(CORPUS.glob("*.txt")):
            outlet, date, _ = text.stem.split("_", 2)
            copy = Path(folder) / text.name
            body = text.read_text(encoding="utf-8")
            copy.write_text(body, encoding="utf-8")
            meta = {"outlet": OUTLETS[outlet], "published": date, "title": body.split("\n")[0]}
            copy.with_name(f"{copy.stem}.meta.json").write_text(json.dumps(meta))
        with Library(path) as library:
            report = ingest([Path(folder)], library, jobs=2)
    print(report.summary, file=sys.stderr)


def render(library: Path, out: Path, view: str, dark: bool) -> None:
    """One screenshot, in this process: ``view`` is "sources" or "timeline"."""
    from PySide6.QtWidgets import QApplication

    from core.library import Library
    from gui.app import application, default_settings, open_window

    default_settings()
    app = application(dark)
    window = open_window(Library(library))
    window.resize(*SIZE)
    window.show()
    app.processEvents()
    if view == "sources":
        window.tabs.setCurrentWidget(window.sources)
    else:  # the speakers pane alone, wider than by default (the articles are not ours)
        window.splitter.setSizes([640, 400, 360])
        window.open_speaker(window.library.find_speaker(PERSON))
    for _ in range(3):
        app.processEvents()
    shown = window if view == "sources" else window.timeline.parentWidget()
    target = out / f"{view}{'-dark' if dark else ''}.png"
    if not shown.grab().save(str(target)):
        raise SystemExit(f"could not write {target}")
    print(target)
    QApplication.closeAllWindows()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--library", type=Path, default=Path(tempfile.gettempdir()) / "polnear-sources.db"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--child", nargs=2, metavar=("VIEW", "DARK"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        render(args.library, args.out, args.child[0], args.child[1] == "dark")
        return 0
    if not CORPUS.is_dir():
        print(f"{CORPUS}: not found; the screenshots need PolNeAR's training articles")
        return 1
    if not args.library.exists():
        build_library(args.library)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for view in ("sources", "timeline"):
        for dark in ("light", "dark"):
            subprocess.run(
                [sys.executable, __file__, "--library", str(args.library), "--out", str(args.out),
                 "--child", view, dark],
                env=env, check=True,
            )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
