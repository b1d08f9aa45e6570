"""What a reporter actually has (session 54): saved pages of four news CMSs, a one- and a
two-column PDF, a Windows-1252 text, a text without quotations, an archive's file name
and two broken downloads, all in tests/data/reporter_inputs (made by hand; the PDFs by
its make_pdfs.py). Each test failed before its fix, but the first, which holds what
already worked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.readers import ReadError, read, read_pasted
from core.readers.html import read_html
from core.readers.metadata import outlet_from_filename
from core.readers.pdf import _title, reflow

INPUTS = Path(__file__).parent / "data" / "reporter_inputs"


@pytest.mark.parametrize(
    ("name", "title", "outlet", "author", "published"),
    [
        (
            "harbour-ledger_wordpress.html",
            "Council votes to close Pier Street ferry terminal",
            "The Harbour Ledger",
            "Maria Okafor",
            "2024-03-12",
        ),
        (
            "valley-gazette_arc.html",
            "Drought forces farmers to sell herds early",
            "The Valley Gazette",
            "Tomasz Wierzbicki and Alicia Fontaine",
            "2023-08-04",
        ),
        (
            "metro-daily_gannett.html",
            "School board bans phones in class",
            "Metro Daily",
            "Keisha Landry",
            "2022-06-09",
        ),
        (
            "public-broadcaster.html",
            "Lighthouse keepers return to Skerry Rock",
            "National News",
            "Fiona MacAulay",
            "2021-11-23",
        ),
        (
            "port-strike-ends.txt",
            "Port strike ends after nine days",
            None,
            "Samuel Achebe",
            "2019-06-02",
        ),
        (
            "canal-road-bridge_one-column.pdf",
            "Bridge inspectors find cracks in Canal Road span",
            None,
            "Odile Marchetti",
            "2024-04-18",
        ),
        (
            "canal-road-bridge_two-column.pdf",
            "Bridge inspectors find cracks in Canal Road span",
            None,
            "Odile Marchetti",
            "2024-04-18",
        ),
        (
            "usa-today_2016-08-24_flood-relief-arrives.txt",
            "Flood relief arrives in river towns",
            "USA Today",
            None,
            "2016-08-24",
        ),
    ],
)
def test_what_a_citation_needs_is_read_from_each_input(
    name: str, title: str, outlet: str | None, author: str | None, published: str
) -> None:
    metadata = read(INPUTS / name).metadata
    assert (metadata.title, metadata.outlet, metadata.author, metadata.published) == (
        title,
        outlet,
        author,
        published,
    )


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


def test_a_layout_programs_default_title_is_not_the_title(tmp_path: Path) -> None:
    """A two-column PDF whose info dictionary holds the layout program's "Layout 1": the
    article had been filed and cited as "Layout 1"."""
    assert read(INPUTS / "canal-road-bridge_two-column.pdf").metadata.title != "Layout 1"


@pytest.mark.parametrize(
    ("given", "title"),
    [
        ("Layout 1", None),
        ("Document1", None),
        ("Untitled-3", None),
        ("page_12", None),
        ("Page 12 of the budget", "Page 12 of the budget"),
        ("Layout changes at City Hall", "Layout changes at City Hall"),
    ],
)
def test_a_default_document_name_is_no_title(given: str, title: str | None) -> None:
    assert _title(given) == title


def test_a_byline_under_a_narrow_columns_headline_is_its_own_paragraph() -> None:
    """In narrow columns the headline is as long as a line of the body, so the byline
    ran into it ("... Canal Road span By Odile Marchetti") and no author was found."""
    lines = [
        "Bridge inspectors find cracks in Canal Road span",
        "By Odile Marchetti",
        "April 18, 2024",
        "Inspectors found cracks in two steel",
        "girders of the Canal Road bridge this",
        "week, and the county will close one lane",
    ]
    paragraphs = reflow(lines).split("\n\n")
    assert paragraphs[:2] == [
        "Bridge inspectors find cracks in Canal Road span",
        "By Odile Marchetti",
    ]


def test_a_body_line_opening_with_by_and_a_name_is_no_byline() -> None:
    """Below the header, "By Jane Doe's count" is a line of a paragraph."""
    lines = [
        "Bridge inspectors find cracks",
        "By Odile Marchetti",
        "April 18, 2024",
        "Inspectors found cracks in two steel girders",
        "of the Canal Road bridge this week, and the",
        "county will close one lane from Monday.",
        "By Rashid Benali's count, the bridge carries",
        "about 14,000 vehicles a day between the harbour",
        "district and the motorway, most of them vans.",
    ]
    assert "from Monday. By Rashid Benali's count, the bridge carries" in reflow(lines)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("usa-today_2016-08-24_flood-relief-arrives.txt", "USA Today"),
        ("politico_2016-03-01_super-tuesday.html", "Politico"),
        ("nyt_2016-06-17_as-its-rivals.txt", "The New York Times"),  # as the lexicon writes it
        ("wash-post_2016-05-03_trump-wins.txt", "The Washington Post"),
        ("huff-post_2016-05-03_trump-wins.txt", "Huff Post"),  # no listed name it shortens
        ("breitbart_2016-02-09_new-hampshire.txt", "Breitbart"),
        ("BBC_2024-01-02_floods.txt", "BBC"),
        ("times_2024-01-02_floods.txt", "Times"),  # a common word, but an outlet's
        ("interview_2024-01-02_mayor.txt", None),  # a lone common word: what the file is
        ("Notes_2024-01-02_council.txt", None),
        ("flood-relief-arrives.txt", None),  # no date
        ("budget_2024-01-02.txt", None),  # a date, but no slug after it: a dated title
        ("draft_v2_2024-01-02_budget.txt", None),  # not an outlet's one name
        ("report_2024-13-45_budget.txt", None),  # no date
    ],
)
def test_an_archives_file_name_names_the_outlet(name: str, outlet: str | None) -> None:
    """ "usa-today_2016-08-24_slug": the citation of such a file had no outlet."""
    assert outlet_from_filename(Path(name)) == outlet


def test_the_arc_pages_address_is_read_from_its_json_ld() -> None:
    """Its address is only its JSON-LD's mainEntityOfPage, which trafilatura does not
    read: the citation had no URL."""
    metadata = read(INPUTS / "valley-gazette_arc.html").metadata
    assert metadata.url == "https://www.valleygazette.example/business/2023/08/04/drought-herds/"


def test_what_only_the_json_ld_states_is_read(tmp_path: Path) -> None:
    """A page with no meta tags and no byline, its article's publisher and date written as
    plain strings in its JSON-LD and the address as the page's @id: trafilatura read
    none of the three."""
    ld = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
        ' "headline": "Ferry stays",'
        ' "mainEntityOfPage": {"@type": "WebPage", "@id": "https://tidewater.example/ferry"},'
        ' "author": [{"@type": "Person", "name": "Ines Halloran"}, "Odhran Pike"],'
        ' "publisher": "Tidewater Courier", "datePublished": "May 2, 2024"}]}'
    )
    words = "The harbour board met on Tuesday and kept the ferry running through winter. "
    page = tmp_path / "ferry.html"
    page.write_text(
        f'<html><head><title>Ferry stays</title><script type="application/ld+json">{ld}'
        f"</script></head><body><article><h1>Ferry stays</h1><p>{words * 4}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    metadata = read(page).metadata
    assert (metadata.outlet, metadata.author, metadata.published, metadata.url) == (
        "Tidewater Courier",
        "Ines Halloran and Odhran Pike",
        "2024-05-02",
        "https://tidewater.example/ferry",
    )


def test_the_pages_own_outlet_outranks_the_file_name(tmp_path: Path) -> None:
    saved = tmp_path / "usa-today_2024-03-12_ferry.html"
    shutil.copyfile(INPUTS / "harbour-ledger_wordpress.html", saved)
    assert read(saved).metadata.outlet == "The Harbour Ledger"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("broken-download.pdf", "corrupt PDF: the file stops short of its end"),
        ("saved-page-image.html", "binary file, not HTML: it holds a JPEG image"),
    ],
)
def test_a_broken_download_says_what_is_wrong(name: str, reason: str) -> None:
    """The reasons had been "corrupt PDF (PdfStreamError: Stream has ended
    unexpectedly)" and "binary file, not HTML": true, but no help to a reporter."""
    with pytest.raises(ReadError) as caught:
        read(INPUTS / name)
    assert caught.value.reason.startswith(reason)
    assert str(caught.value).startswith(f"{INPUTS / name}: ")


def test_a_pdf_saved_as_text_says_so(tmp_path: Path) -> None:
    saved = tmp_path / "story.txt"
    shutil.copyfile(INPUTS / "canal-road-bridge_one-column.pdf", saved)
    with pytest.raises(ReadError, match="it holds a PDF: give it the suffix .pdf"):
        read(saved)


PAGE_COPY = (
    "Skip to main content\nMenu\nSearch\n\n"
    "Council votes to close Pier Street ferry terminal\nBy Maria Okafor\nMarch 12, 2024\n\n"
    "Share\nAdvertisement\n\n"
    "The city council voted 7-2 on Tuesday night to close the Pier Street ferry terminal.\n\n"
    "\u201cWe cannot keep pouring money into a dock that is sinking,\u201d said Derek Halloran.\n"
)


def test_a_whole_page_pasted_from_a_browser_is_titled_by_its_headline() -> None:
    """Ctrl+A, Ctrl+C on a news page, pasted: the article had been titled "Skip to main
    content", its citation with it."""
    metadata = read_pasted(PAGE_COPY).metadata
    assert metadata.title == "Council votes to close Pier Street ferry terminal"
    assert (metadata.author, metadata.published) == ("Maria Okafor", "2024-03-12")


def test_a_short_headline_over_its_standfirst_stays_the_title() -> None:
    """One short line is a headline, not navigation: the title is not the standfirst."""
    text = (
        "Ferry closes\n\nThe council ends a service that has run since 1958\n\nBy Maria Okafor\n\n"
    )
    assert read_pasted(text + "The council voted.").metadata.title == "Ferry closes"


@pytest.mark.parametrize(
    "name", ["canal-road-bridge_one-column.pdf", "canal-road-bridge_two-column.pdf"]
)
def test_a_pdfs_paragraphs_are_where_the_page_spaces_them(name: str) -> None:
    """The page leaves a line's space between paragraphs, which the text layer does not
    keep: a quotation's paragraph had run into the next ("... a second report.” The
    bridge carries ..."), whose speaker the quotation's then stood beside."""
    paragraphs = read(INPUTS / name).text.split("\n\n")
    assert paragraphs[4].endswith("\u201cWe are not going to wait for a second report.\u201d")
    assert paragraphs[5].startswith("The bridge carries about 14,000 vehicles")
    assert len(paragraphs) == 8
