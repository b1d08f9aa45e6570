"""Citations against the style manuals' news-article examples, as text and HTML.

APA: Publication Manual, 7th ed., 10.1 (newspaper article) and 9.12 (no author); MLA
Handbook, 9th ed. (author, "Title," container, date, location; no author); Chicago
Manual of Style, 17th ed., author-date (15.49 news articles, 15.42 no author). Each manual
example is written out here in full, so the rules of a style are read off a test.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from core.citation import STYLES, CitedQuote, as_written, cite, paraphrase

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
ROLE = WHO.removeprefix("Robert Brieger, ")

EXPECTED = {
    "apa": (
        f"{QUOTE} \u2014 {WHO}.\nMachi, V. (2022, August 30). EU training mission. Defense News.",
        f"<p>{QUOTE} \u2014 {WHO}.</p><p>Machi, V. (2022, August 30). EU training mission. "
        "<i>Defense News</i>.</p>",
    ),
    "mla": (
        f"{QUOTE} \u2014 {WHO}.\nMachi, Vivienne. \u201cEU Training Mission.\u201d "
        "Defense News, 30 Aug. 2022.",
        f"<p>{QUOTE} \u2014 {WHO}.</p><p>Machi, Vivienne. \u201cEU Training Mission.\u201d "
        "<i>Defense News</i>, 30 Aug. 2022.</p>",
    ),
    "chicago": (
        f"{QUOTE} \u2014 {WHO}.\nMachi, Vivienne. 2022. \u201cEU Training Mission.\u201d "
        "Defense News, August 30, 2022.",
        f"<p>{QUOTE} \u2014 {WHO}.</p><p>Machi, Vivienne. 2022. \u201cEU Training Mission.\u201d "
        "<i>Defense News</i>, August 30, 2022.</p>",
    ),
    "plain": (
        "\u201cA training mission outside of Ukraine is not a signal of warfighting,\u201d "
        f"{WHO}, in EU training mission, Defense News, August 30, 2022",
        "\u201cA training mission outside of Ukraine is not a signal of warfighting,\u201d "
        f"{WHO}, in <i>EU training mission</i>, Defense News, August 30, 2022",
    ),
    "markdown": (
        "> A training mission outside of Ukraine is not a signal of warfighting\n\n"
        f"\u2014 **Robert Brieger**, {ROLE}, in *EU training mission*, *Defense News*, "
        "August 30, 2022",
        "<blockquote>A training mission outside of Ukraine is not a signal of warfighting"
        f"</blockquote><p>\u2014 <b>Robert Brieger</b>, {ROLE}, "
        "in <i>EU training mission</i>, <i>Defense News</i>, August 30, 2022</p>",
    ),
}


@pytest.mark.parametrize("style", list(STYLES))
def test_each_style_for_the_demo_quote(style: str) -> None:
    citation = cite(BRIEGER, style)
    assert (citation.text, citation.html) == EXPECTED[style]


def reference(style: str, **facts: str | None) -> str:
    """The reference line alone (the citation's second line) for an article."""
    return cite(CitedQuote(quote="x", **facts), style).text.split("\n", 1)[1]


def reference_html(style: str, **facts: str | None) -> str:
    return cite(CitedQuote(quote="x", **facts), style).html.split("</p>", 1)[1]


# --- the manuals' own examples ---------------------------------------------------------

CAREY = {
    "author": "Benedict Carey",
    "title": "Can We Get Better at Forgetting?",
    "outlet": "The New York Times",
    "published": "2019-03-22",
    "url": "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html",
}
MANJOO = {
    "author": "Farhad Manjoo",
    "title": "Snap Makes a Bet on the Cultural Supremacy of the Camera",
    "outlet": "The New York Times",
    "published": "2017-03-08",
    "url": "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-"
    "supremacy-of-the-camera.html",
}


def test_apa_newspaper_article() -> None:  # APA 7, 10.1, example 16
    title = "Can we get better at forgetting?"
    assert reference("apa", **{**CAREY, "title": title}) == (
        "Carey, B. (2019, March 22). Can we get better at forgetting? The New York Times. "
        "https://www.nytimes.com/2019/03/22/health/memory-forgetting-psychology.html"
    )
    assert reference_html("apa", **{**CAREY, "title": title}) == (
        "<p>Carey, B. (2019, March 22). Can we get better at forgetting? <i>The New York "
        'Times</i>. <a href="https://www.nytimes.com/2019/03/22/health/memory-forgetting-'
        'psychology.html">https://www.nytimes.com/2019/03/22/health/memory-forgetting-'
        "psychology.html</a></p>"
    )


def test_chicago_news_articles() -> None:  # CMOS 17, 15.49, the reference-list examples
    assert reference("chicago", **MANJOO) == (
        "Manjoo, Farhad. 2017. \u201cSnap Makes a Bet on the Cultural Supremacy of the "
        "Camera.\u201d New York Times, March 8, 2017. https://www.nytimes.com/2017/03/08/"
        "technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html."
    )
    mead = {"author": "Rebecca Mead", "title": "The Prophet of Dystopia", "outlet": "New Yorker"}
    assert reference("chicago", **mead, published="2017-04-17") == (
        "Mead, Rebecca. 2017. \u201cThe Prophet of Dystopia.\u201d New Yorker, April 17, 2017."
    )


def test_chicago_unsigned_article_puts_the_paper_first() -> None:  # CMOS 17, 15.42
    unsigned = {"title": "In Texas, Ad Heats Up Race for Governor", "outlet": "New York Times"}
    assert reference("chicago", **unsigned, published="2002-07-30") == (
        "New York Times. 2002. \u201cIn Texas, Ad Heats Up Race for Governor.\u201d July 30, 2002."
    )
    assert reference_html("chicago", **unsigned, published="2002-07-30").startswith(
        "<p><i>New York Times</i>. 2002."
    )


def test_mla_newspaper_article() -> None:  # MLA 9: full given name, period inside the quote
    assert reference("mla", **MANJOO) == (
        "Manjoo, Farhad. \u201cSnap Makes a Bet on the Cultural Supremacy of the Camera.\u201d "
        "The New York Times, 8 Mar. 2017, www.nytimes.com/2017/03/08/technology/snap-makes-a-"
        "bet-on-the-cultural-supremacy-of-the-camera.html."
    )


# --- missing parts ----------------------------------------------------------------------

FULL = {
    "author": "Vivienne Machi",
    "title": "EU training mission",
    "outlet": "Defense News",
    "published": "2022-08-30",
    "url": "https://www.defensenews.com/eu",
}
MISSING = {
    "no author": (
        {"author": None},
        "EU training mission. (2022, August 30). Defense News. https://www.defensenews.com/eu",
        "\u201cEU Training Mission.\u201d Defense News, 30 Aug. 2022, www.defensenews.com/eu.",
        "Defense News. 2022. \u201cEU Training Mission.\u201d August 30, 2022. "
        "https://www.defensenews.com/eu.",
    ),
    "no date": (
        {"published": None},
        "Machi, V. (n.d.). EU training mission. Defense News. https://www.defensenews.com/eu",
        "Machi, Vivienne. \u201cEU Training Mission.\u201d Defense News, www.defensenews.com/eu.",
        "Machi, Vivienne. n.d. \u201cEU Training Mission.\u201d Defense News. "
        "https://www.defensenews.com/eu.",
    ),
    "no outlet": (
        {"outlet": None},
        "Machi, V. (2022, August 30). EU training mission. https://www.defensenews.com/eu",
        "Machi, Vivienne. EU Training Mission. 30 Aug. 2022, www.defensenews.com/eu.",
        "Machi, Vivienne. 2022. EU Training Mission. August 30, 2022. "
        "https://www.defensenews.com/eu.",
    ),
    "no URL": (
        {"url": None},
        "Machi, V. (2022, August 30). EU training mission. Defense News.",
        "Machi, Vivienne. \u201cEU Training Mission.\u201d Defense News, 30 Aug. 2022.",
        "Machi, Vivienne. 2022. \u201cEU Training Mission.\u201d Defense News, August 30, 2022.",
    ),
    "no author, outlet or date": (
        {"author": None, "outlet": None, "published": None},
        "EU training mission. (n.d.). https://www.defensenews.com/eu",
        "EU Training Mission. www.defensenews.com/eu.",
        "EU Training Mission. n.d. https://www.defensenews.com/eu.",
    ),
    "only a year": (
        {"published": "2022"},
        "Machi, V. (2022). EU training mission. Defense News. https://www.defensenews.com/eu",
        "Machi, Vivienne. \u201cEU Training Mission.\u201d Defense News, 2022, "
        "www.defensenews.com/eu.",
        "Machi, Vivienne. 2022. \u201cEU Training Mission.\u201d Defense News. "
        "https://www.defensenews.com/eu.",
    ),
    "the outlet as author": (
        {"author": "Defense News"},
        "Defense News. (2022, August 30). EU training mission. https://www.defensenews.com/eu",
        "\u201cEU Training Mission.\u201d Defense News, 30 Aug. 2022, www.defensenews.com/eu.",
        "Defense News. 2022. \u201cEU Training Mission.\u201d August 30, 2022. "
        "https://www.defensenews.com/eu.",
    ),
}


@pytest.mark.parametrize("case", list(MISSING))
@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_missing_parts_follow_each_style(case: str, style: str) -> None:
    changes, apa, mla, chicago = MISSING[case]
    expected = {"apa": apa, "mla": mla, "chicago": chicago}[style]
    assert reference(style, **{**FULL, **changes}) == expected


@pytest.mark.parametrize("style", list(STYLES))
def test_missing_facts_never_print_none_nor_retrieved(style: str) -> None:
    citation = cite(CitedQuote(quote="We will win.", url="https://example.com/a"), style)
    for text in (citation.text, citation.html):
        assert "None" not in text and "Retrieved" not in text
    assert "We will win" in citation.text


def test_a_title_ending_in_a_question_mark_takes_no_second_mark() -> None:
    facts = {**FULL, "title": "Will the EU train Ukraine's army?"}
    assert "Army?\u201d Defense News" in reference("mla", **facts)
    assert "Army?\u201d Defense News, August" in reference("chicago", **facts)
    assert "army? Defense News." in reference("apa", **facts)


# --- authors ----------------------------------------------------------------------------

AUTHORS = [
    # byline as stored, outlet -> APA, MLA, Chicago
    ("By JAMES B. STEWART", "The New York Times",
     "Stewart, J. B.", "Stewart, James B.", "Stewart, James B."),
    ("David Jackson, @djusatoday, USA TODAY", "USA TODAY",
     "Jackson, D.", "Jackson, David", "Jackson, David"),
    ("Breitbart News", "Breitbart", "Breitbart News", "Breitbart News", "Breitbart News"),
    ("Sean Sullivan,Sari Horwitz", "The Washington Post",
     "Sullivan, S., & Horwitz, S.", "Sullivan, Sean, and Sari Horwitz",
     "Sullivan, Sean, and Sari Horwitz"),
    ("Jill Colvin, Zeke Miller and Darlene Superville", "AP",
     "Colvin, J., Miller, Z., & Superville, D.", "Colvin, Jill, et al.",
     "Colvin, Jill, Zeke Miller, and Darlene Superville"),
    ("Martin Luther King, Jr.", "Defense News",
     "King, M. L., Jr.", "King, Martin Luther, Jr.", "King, Martin Luther, Jr."),
    ("AWR Hawkins", "Breitbart News", "Hawkins, A. W. R.", "Hawkins, AWR", "Hawkins, AWR"),
    ("Jean-Claude Juncker", "Politico",
     "Juncker, J.-C.", "Juncker, Jean-Claude", "Juncker, Jean-Claude"),
]  # fmt: skip


@pytest.mark.parametrize(("byline", "outlet", "apa", "mla", "chicago"), AUTHORS)
def test_bylines_become_the_authors_each_style_asks_for(
    byline: str, outlet: str, apa: str, mla: str, chicago: str
) -> None:
    facts = {"author": byline, "outlet": outlet, "title": "T", "published": "2016-09-30"}

    def closed(authors: str) -> str:
        return authors if authors.endswith(".") else f"{authors}."

    assert reference("apa", **facts).startswith(f"{closed(apa)} (2016")
    assert reference("mla", **facts).startswith(f"{closed(mla)} \u201cT.\u201d")
    assert reference("chicago", **facts).startswith(f"{closed(chicago)} 2016.")


# --- the quote and who said it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "plain"),
    [
        ("We will win.", "\u201cWe will win,\u201d"),
        ("Will we win?", "\u201cWill we win?\u201d"),
        ("We will win!", "\u201cWe will win!\u201d"),
        ("We will win,", "\u201cWe will win,\u201d"),
        ("We will win", "\u201cWe will win,\u201d"),
    ],
)
def test_plain_style_closes_the_quote_once(quote: str, plain: str) -> None:
    text = cite(CitedQuote(quote=quote, speaker="Jane Roe"), "plain").text
    assert text == f"{plain} Jane Roe"


def test_quotes_inside_the_quote_become_single_marks() -> None:
    quote = "He called it \u201ca miracle\u201d and \"a gift,\" she said of ''the deal''"
    for style in ("apa", "mla", "chicago", "plain"):
        text = cite(CitedQuote(quote=quote), style).text
        assert "\u2018a miracle\u2019" in text and "\u2018a gift,\u2019" in text, style
        assert "\u2018the deal" in text and "''" not in text, style  # '' as in the NYT
        assert text.count("\u201c") == 1 and '"' not in text, style


@pytest.mark.parametrize("style", list(STYLES))
def test_html_is_escaped(style: str) -> None:
    citation = cite(CitedQuote(quote="a < b & c", speaker="<script>", title="Q&A"), style)
    assert "<script>" not in citation.html
    assert "a &lt; b &amp; c" in citation.html


HOSTILE = CitedQuote(
    quote="<b>bold</b> [x](javascript:alert(1)) # not a heading",
    speaker="Jane\nRoe <img src=x onerror=alert(1)>",
    role="*mayor*\n\n# of Riverton",
    title="<img src=x onerror=alert(1)> [click](javascript:alert(2))",
    outlet="<script>alert(3)</script>",
    author="<svg onload=alert(4)> Jane Doe",
    published="2022-08-30",
    url="javascript:alert(5)",
)


@pytest.mark.parametrize("style", list(STYLES))
def test_nothing_from_an_article_is_live_in_html(style: str) -> None:
    body = cite(HOSTILE, style).html
    for live in ("<img", "<script", "<svg", "href"):
        assert live not in body, (style, live, body)


def test_markdown_escapes_what_it_quotes() -> None:
    text = cite(HOSTILE, "markdown").text
    assert not re.search(r"(?<!\\)\]\(javascript", text), text
    assert not re.search(r"(?<!\\)<", text), text  # every < escaped: no HTML of its own
    assert "\\[x\\]" in text and "\\*mayor\\*" in text and "\\<b\\>" in text
    lines = text.split("\n")
    assert lines[0].startswith("> ") and len(lines) == 3  # quote, blank, attribution
    assert "Jane Roe" in lines[2] and " # of Riverton" in lines[2]


def test_markdown_links_only_http_titles() -> None:
    linked = cite(replace(BRIEGER, url="https://example.com/a_(b)"), "markdown")
    assert "[*EU training mission*](https://example.com/a_%28b%29)" in linked.text
    assert '<a href="https://example.com/a_(b)">' in linked.html
    unlinked = cite(replace(BRIEGER, url="data:text/html,hi"), "markdown")
    assert "data:" not in unlinked.text and "href" not in unlinked.html


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown citation style"):
        cite(BRIEGER, "harvard")


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "plain", "markdown"])
def test_a_role_that_repeats_the_speaker_is_not_printed_twice(style: str) -> None:
    said = CitedQuote(
        quote="We will build it.", speaker="a spokeswoman for the mayor",
        role="a spokeswoman for the mayor", title="Bridge", outlet="Gazette",
        published="2024-01-15",
    )  # fmt: skip
    for citation in (cite(said, style), paraphrase(said, style)):
        assert citation.text.count("spokeswoman") == 1, citation.text


# --- every combination of missing facts, in every style (gui27) -------------------------
# Key: A(uthor) O(utlet) P(ublished) T(itle), "-" where missing. Each row: the reference
# entry and the in-text citation of a paraphrase, for APA, MLA and Chicago. An entry is
# named in the text by what leads it: the author, else (APA, MLA) the title, quoted when
# the entry quotes it, or (Chicago) the paper; an untitled article by its description,
# never in quotation marks or italic.
COMBINATIONS = {
    "AOPT": (
        ("Machi, V. (2022, August 30). EU training mission. Defense News.", "(Machi, 2022)"),
        (
            "Machi, Vivienne. \u201cEU Training Mission.\u201d Defense News, 30 Aug. 2022.",
            "(Machi)",
        ),
        (
            "Machi, Vivienne. 2022. \u201cEU Training Mission.\u201d Defense News, "
            "August 30, 2022.",
            "(Machi 2022)",
        ),
    ),
    "AOP-": (
        ("Machi, V. (2022, August 30). [Untitled article]. Defense News.", "(Machi, 2022)"),
        ("Machi, Vivienne. [Untitled article]. Defense News, 30 Aug. 2022.", "(Machi)"),
        (
            "Machi, Vivienne. 2022. [Untitled article]. Defense News, August 30, 2022.",
            "(Machi 2022)",
        ),
    ),
    "AO-T": (
        ("Machi, V. (n.d.). EU training mission. Defense News.", "(Machi, n.d.)"),
        ("Machi, Vivienne. \u201cEU Training Mission.\u201d Defense News.", "(Machi)"),
        ("Machi, Vivienne. n.d. \u201cEU Training Mission.\u201d Defense News.", "(Machi n.d.)"),
    ),
    "AO--": (
        ("Machi, V. (n.d.). [Untitled article]. Defense News.", "(Machi, n.d.)"),
        ("Machi, Vivienne. [Untitled article]. Defense News.", "(Machi)"),
        ("Machi, Vivienne. n.d. [Untitled article]. Defense News.", "(Machi n.d.)"),
    ),
    "A-PT": (
        ("Machi, V. (2022, August 30). EU training mission.", "(Machi, 2022)"),
        ("Machi, Vivienne. EU Training Mission. 30 Aug. 2022.", "(Machi)"),
        ("Machi, Vivienne. 2022. EU Training Mission. August 30, 2022.", "(Machi 2022)"),
    ),
    "A-P-": (
        ("Machi, V. (2022, August 30). [Untitled article].", "(Machi, 2022)"),
        ("Machi, Vivienne. [Untitled article]. 30 Aug. 2022.", "(Machi)"),
        ("Machi, Vivienne. 2022. [Untitled article]. August 30, 2022.", "(Machi 2022)"),
    ),
    "A--T": (
        ("Machi, V. (n.d.). EU training mission.", "(Machi, n.d.)"),
        ("Machi, Vivienne. EU Training Mission.", "(Machi)"),
        ("Machi, Vivienne. n.d. EU Training Mission.", "(Machi n.d.)"),
    ),
    "A---": (
        ("Machi, V. (n.d.). [Untitled article].", "(Machi, n.d.)"),
        ("Machi, Vivienne. [Untitled article].", "(Machi)"),
        ("Machi, Vivienne. n.d. [Untitled article].", "(Machi n.d.)"),
    ),
    "-OPT": (
        (
            "EU training mission. (2022, August 30). Defense News.",
            "(\u201cEU Training Mission,\u201d 2022)",
        ),
        (
            "\u201cEU Training Mission.\u201d Defense News, 30 Aug. 2022.",
            "(\u201cEU Training Mission\u201d)",
        ),
        (
            "Defense News. 2022. \u201cEU Training Mission.\u201d August 30, 2022.",
            "(Defense News 2022)",
        ),
    ),
    "-OP-": (
        ("[Untitled article]. (2022, August 30). Defense News.", "([Untitled article], 2022)"),
        ("[Untitled article]. Defense News, 30 Aug. 2022.", "([Untitled article])"),
        ("Defense News. 2022. [Untitled article]. August 30, 2022.", "(Defense News 2022)"),
    ),
    "-O-T": (
        ("EU training mission. (n.d.). Defense News.", "(\u201cEU Training Mission,\u201d n.d.)"),
        ("\u201cEU Training Mission.\u201d Defense News.", "(\u201cEU Training Mission\u201d)"),
        ("Defense News. n.d. \u201cEU Training Mission.\u201d", "(Defense News n.d.)"),
    ),
    "-O--": (
        ("[Untitled article]. (n.d.). Defense News.", "([Untitled article], n.d.)"),
        ("[Untitled article]. Defense News.", "([Untitled article])"),
        ("Defense News. n.d. [Untitled article].", "(Defense News n.d.)"),
    ),
    "--PT": (
        ("EU training mission. (2022, August 30).", "(EU Training Mission, 2022)"),
        ("EU Training Mission. 30 Aug. 2022.", "(EU Training Mission)"),
        ("EU Training Mission. 2022. August 30.", "(EU Training Mission 2022)"),
    ),
    "--P-": (
        ("[Untitled article]. (2022, August 30).", "([Untitled article], 2022)"),
        ("[Untitled article]. 30 Aug. 2022.", "([Untitled article])"),
        ("[Untitled article]. 2022. August 30.", "([Untitled article] 2022)"),
    ),
    "---T": (
        ("EU training mission. (n.d.).", "(EU Training Mission, n.d.)"),
        ("EU Training Mission.", "(EU Training Mission)"),
        ("EU Training Mission. n.d.", "(EU Training Mission n.d.)"),
    ),
    "----": (
        ("[Untitled article]. (n.d.).", "([Untitled article], n.d.)"),
        ("[Untitled article].", "([Untitled article])"),
        ("[Untitled article]. n.d.", "([Untitled article] n.d.)"),
    ),
}
FACTS = {
    "author": "Vivienne Machi",
    "outlet": "Defense News",
    "published": "2022-08-30",
    "title": "EU training mission",
}


def facts_of(key: str) -> dict[str, str | None]:
    marks = zip(FACTS.items(), key, strict=True)
    return {name: (value if mark != "-" else None) for (name, value), mark in marks}


@pytest.mark.parametrize("key", list(COMBINATIONS))
@pytest.mark.parametrize("style", ["apa", "mla", "chicago"])
def test_each_combination_of_missing_facts(key: str, style: str) -> None:
    entry, in_text = COMBINATIONS[key][["apa", "mla", "chicago"].index(style)]
    said = CitedQuote(quote="We will win.", speaker="Robert Brieger", **facts_of(key))
    assert cite(said, style).text.split("\n")[1] == entry
    assert paraphrase(said, style).text.split("\n") == [
        f"According to Robert Brieger, we will win {in_text}.",
        entry,
    ]


@pytest.mark.parametrize("key", list(COMBINATIONS))
@pytest.mark.parametrize("style", list(STYLES))
def test_no_combination_prints_a_fact_twice_or_a_stray_mark(key: str, style: str) -> None:
    said = CitedQuote(quote="We will win.", speaker="Robert Brieger", **facts_of(key))
    for citation in (cite(said, style), paraphrase(said, style)):
        text = citation.text
        for stray in ("None", "..", ". .", ",,", " ,", " .", "()", "( ", " )", ".\u201d."):
            assert stray not in text, (stray, text)
        for date in ("August 30, 2022", "30 Aug. 2022", "2022, August 30"):
            assert text.count(date) <= 1, text
        assert "2022. August 30, 2022" not in text  # the year said twice in a row
        assert "\u201c[" not in text and "<i>[" not in citation.html  # a description as is


def test_chicago_without_author_or_paper_gives_the_day_once() -> None:
    facts = {"title": "EU training mission", "published": "2022-08-30"}
    assert reference("chicago", **facts) == "EU Training Mission. 2022. August 30."
    assert (
        reference_html("chicago", **facts) == "<p><i>EU Training Mission</i>. 2022. August 30.</p>"
    )
    assert reference("chicago", title="EU training mission", published="2022-08") == (
        "EU Training Mission. 2022."
    )


def test_an_in_text_title_is_italic_where_the_entry_sets_it_alone() -> None:
    said = CitedQuote(quote="We will win", speaker="Robert Brieger", title="EU training mission")
    for style in ("apa", "mla", "chicago"):
        assert "<i>EU Training Mission</i>" in paraphrase(said, style).html.split("</p>")[0]


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        ("European Union", "The European Union said so. Envoys of the European Union met.",
         "the European Union"),
        ("Microsoft", "Microsoft said so; the Microsoft team and Microsoft's lawyers met.",
         "Microsoft"),
        ("Fox News", "Fox News reported it before the Fox News debate.", "Fox News"),
        ("Pentagon", "a bomb the Pentagon's Pentagonese called nothing", "the Pentagon"),
        ("Acme", "no mention at all", "Acme"),
    ],
)  # fmt: skip
def test_an_organisation_is_named_as_its_article_writes_it(name, text, written):
    assert as_written(name, text) == written
    said = paraphrase(replace(BRIEGER, speaker=written, role=None), "plain").text
    assert said.startswith(f"According to {written}, ")


@pytest.mark.parametrize(
    ("statement", "ends"),
    [
        ("the plan was \u201cmessy,\u201d", "the plan was \u201cmessy\u201d (Machi, 2022)."),
        ("the talks were over.", "the talks were over (Machi, 2022)."),
        ("she would run \u201cagain.\u201d", "she would run \u201cagain\u201d (Machi, 2022)."),
        ("it was the voters'", "it was the voters' (Machi, 2022)."),
    ],
)
def test_a_paraphrase_drops_the_stop_its_sentence_put_inside_a_closing_mark(
    statement: str, ends: str
) -> None:
    said = CitedQuote(quote=statement, speaker="Robert Brieger", **FACTS)
    assert paraphrase(said, "apa").text.split("\n")[0] == f"According to Robert Brieger, {ends}"


@pytest.mark.parametrize("style", list(STYLES))
def test_nyt_doubled_apostrophes_are_cited_as_quotation_marks(style: str) -> None:
    """NYT writes a quotation mark as two apostrophes: a paraphrase printed them raw
    ("…, ''to make it fair''"), a quote holding them gets single marks inside."""
    said = CitedQuote("a tax credit, ''to make it fair.''", "Ann Fox", outlet="The Times")
    assert "a tax credit, \u201cto make it fair\u201d" in paraphrase(said, style).text
    quoted = CitedQuote("We said ''no'' and meant it.", "Ann Fox")
    assert "We said \u2018no\u2019 and meant it" in cite(quoted, style).text


@pytest.mark.parametrize(
    ("role", "who"),
    [
        ("Sen.", "Sen. Ted Cruz"),
        ("Sen. (R-Tex.)", "Sen. Ted Cruz (R-Tex.)"),
        ("Lt. Gov.", "Lt. Gov. Ted Cruz"),
        ("senator from Texas", "Ted Cruz, senator from Texas"),
        ("U.S.", "Ted Cruz, U.S."),  # no title: after the name, and one full stop
    ],
)
def test_a_title_written_abbreviated_stands_before_the_name(role: str, who: str) -> None:
    """ "According to Bernie Sanders, Sen., he opposed …": the role the articles gave was
    the title before his name, which a citation puts back there."""
    cited = CitedQuote("he opposed the bill", "Ted Cruz", role, "Cruz on the bill", "Politico")
    assert paraphrase(cited, "apa").text.startswith(f"According to {who}, he opposed the bill")
    ended = who.removesuffix(".") + "."
    assert cite(cited, "apa").text.startswith(f"\u201che opposed the bill\u201d \u2014 {ended}\n")
    assert cite(cited, "plain").text.startswith(f"\u201che opposed the bill,\u201d {who}, in ")
