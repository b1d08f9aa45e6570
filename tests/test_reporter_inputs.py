"""What a reporter actually has (session 54): saved pages of four news CMSs, a one- and a
two-column PDF, a Windows-1252 text, a text without quotations, an archive's file name
and two broken downloads, all in tests/data/reporter_inputs (made by hand; the PDFs by
its make_pdfs.py). Each test failed before its fix, but the first, which holds what
already worked."""

from __future__ import annotations

from pathlib import Path

from core.readers import read

INPUTS = Path(__file__).parent / "data" / "reporter_inputs"


def test_page_furniture_stays_out_of_the_article_text() -> None:
    """Navigation, share buttons, related links, comments, advertisements and the
    footer of the saved pages are not article text (every quotation mark in the text is
    the story's)."""
    furniture = (
        "Subscribe", "Share", "Related", "Advertisement", "Story continues", "Shameful",
        "Privacy", "All rights reserved", "More on", "Show caption", "newsletter",
    )  # fmt: skip
    for page in sorted(INPUTS.glob("*.html")):
        if page.name == "saved-page-image.html":
            continue
        text = read(page).text
        assert not [word for word in furniture if word in text], page.name
        assert text.count("\u201c") == text.count("\u201d"), page.name
