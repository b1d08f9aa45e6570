"""Citations of the demo article's Brieger quote, in every style, as text and HTML."""

from __future__ import annotations

import pytest

from core.citation import STYLES, CitedQuote, cite, csl_json

BRIEGER = CitedQuote(
    quote="A training mission outside of Ukraine is not a signal of warfighting,",
    speaker="Robert Brieger",
    role="Austrian Army Gen., current chairman of the European Union Military Committee",
    title="EU training mission",
    outlet="Defense News",
    author="Vivienne Machi",
    published="2022-08-30",
)
QUOTE = "\u201cA training mission outside of Ukraine is not a signal of warfighting\u201d"
WHO = (
    "Robert Brieger, Austrian Army Gen., current chairman of the European Union Military Committee"
)

EXPECTED = {
    "apa": (
        f"{QUOTE} \u2014 {WHO}.\nMachi, V. (2022, August 30). EU training mission. Defense News.",
        f"<p>{QUOTE} \u2014 {WHO}.</p><p>Machi, V. (2022, August 30). EU training mission. "
        "<i>Defense News</i>.</p>",
    ),
    "mla": (
        f"{QUOTE} \u2014 {WHO}.\nMachi, V. \u201cEU Training Mission\u201d. "
        "Defense News, 30 Aug. 2022.",
        f"<p>{QUOTE} \u2014 {WHO}.</p><p>Machi, V. \u201cEU Training Mission\u201d. "
        "<i>Defense News</i>, 30 Aug. 2022.</p>",
    ),
    "chicago": (
        f"{QUOTE} \u2014 {WHO}.\nMachi, V. 2022. \u201cEU Training Mission\u201d. "
        "Defense News, August 30.",
        f"<p>{QUOTE} \u2014 {WHO}.</p><p>Machi, V. 2022. \u201cEU Training Mission\u201d. "
        "<i>Defense News</i>, August 30.</p>",
    ),
    "plain": (
        "\u201cA training mission outside of Ukraine is not a signal of warfighting,\u201d "
        f"{WHO}, in EU training mission, Defense News, August 30, 2022",
        "\u201cA training mission outside of Ukraine is not a signal of warfighting,\u201d "
        f"{WHO}, in <i>EU training mission</i>, Defense News, August 30, 2022",
    ),
    "markdown": (
        "> A training mission outside of Ukraine is not a signal of warfighting\n\n"
        f"\u2014 **Robert Brieger**, {WHO.removeprefix('Robert Brieger, ')}, "
        "in *EU training mission*, *Defense News*, August 30, 2022",
        "<blockquote>A training mission outside of Ukraine is not a signal of warfighting"
        f"</blockquote><p>\u2014 <b>Robert Brieger</b>, {WHO.removeprefix('Robert Brieger, ')}, "
        "in <i>EU training mission</i>, <i>Defense News</i>, August 30, 2022</p>",
    ),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_each_style_for_the_demo_quote(style: str) -> None:
    citation = cite(BRIEGER, style)
    assert (citation.text, citation.html) == EXPECTED[style]


@pytest.mark.parametrize("style", list(STYLES))
def test_missing_facts_never_print_none(style: str) -> None:
    citation = cite(CitedQuote(quote="We will win."), style)
    assert "None" not in citation.text and "None" not in citation.html
    assert "We will win." in citation.text


@pytest.mark.parametrize("style", list(STYLES))
def test_html_is_escaped(style: str) -> None:
    citation = cite(CitedQuote(quote="a < b & c", speaker="<script>", title="Q&A"), style)
    assert "<script>" not in citation.html
    assert "a &lt; b &amp; c" in citation.html


def test_csl_json_item() -> None:
    item = csl_json(BRIEGER)
    assert item["type"] == "article-newspaper"
    assert item["author"] == [{"given": "Vivienne", "family": "Machi"}]
    assert item["issued"] == {"date-parts": [[2022, 8, 30]]}
    assert item["container-title"] == "Defense News"


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown citation style"):
        cite(BRIEGER, "harvard")
