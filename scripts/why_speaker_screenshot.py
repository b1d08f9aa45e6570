"""Render "Why this speaker?" for the README: docs/why-this-speaker.png, from the seed
article, with Josep Borrell's quotes listed, "But the needs are enormous ..." selected
and its evidence marked in the article (the cue, the "he" and the naming it refers to).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/why_speaker_screenshot.py
"""

from __future__ import annotations

from pathlib import Path

from statements_screenshot import render  # scripts/, beside this one

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "But the needs are enormous"  # the quote explained


def main() -> int:
    render(ROOT / "docs" / "why-this-speaker.png", SHOWN, show="Quotes", explain=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
