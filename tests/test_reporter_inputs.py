"""What a reporter actually has (session 54): saved pages of four news CMSs, a one- and a
two-column PDF, a Windows-1252 text, a text without quotations, an archive's file name
and two broken downloads, all in tests/data/reporter_inputs (made by hand; the PDFs by
its make_pdfs.py). Each test failed before its fix, but the first, which holds what
already worked."""

from __future__ import annotations

from pathlib import Path

from core.readers import read
from core.readers.html import read_html

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


def test_a_byline_of_touching_labels_reads_as_name_then_job() -> None:
    """A page's byline block of a name, a job and an outlet, each in its own element
    with nothing between them (a style sheet sets them apart): the author had been
    "Fiona MacAulayHighlands", cited as "MacAulayHighlands, F.", and the text read
    "By Fiona MacAulayHighlands and Islands reporter"."""
    article = read(INPUTS / "public-broadcaster.html")
    assert article.metadata.author == "Fiona MacAulay"
    assert "By Fiona MacAulay\n\nHighlands and Islands reporter" in article.text
    assert "LandryMetro" not in read(INPUTS / "metro-daily_gannett.html").text


def test_touching_words_of_one_word_stay_one() -> None:
    """A drop capital ("<span>T</span><span>he</span>") and words spaced inside their
    elements are not labels: the paragraph stays whole."""
    page = (
        b"<html><head><title>Pier closes</title></head><body><article><h1>Pier closes</h1>"
        b'<p><span class="drop">T</span><span>he pier will close on Friday, the council '
        b"said on Monday after a long meeting about the budget and repairs.</span></p>"
        b"<p><span>\xe2\x80\x9cWe had no choice,\xe2\x80\x9d </span><span>said Councillor "
        b"Ann Verity, who chairs the harbour committee and voted for it.</span></p>"
        b"</article></body></html>"
    )
    text = read_html(page, float("inf")).text
    assert "The pier will close on Friday" in text
    assert "\u201cWe had no choice,\u201d said Councillor Ann Verity" in text
