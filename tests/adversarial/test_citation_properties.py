"""Citations of hostile articles, bylines read twice, dates in every written form.

Generated titles, outlets, bylines, speakers, roles, quotes and links (markup, Markdown,
``javascript:`` and ``data:`` links, line breaks, control characters) go through the five
citation styles and the Markdown export: the HTML may hold only the tags On Record writes
and links only to http(s); the Markdown no HTML, no link but http(s) and no line an
article started. A stored byline read again is unchanged; a date written in any of the
common forms reads back as itself.
"""

from __future__ import annotations

import io
import re
from datetime import date

from hypothesis import example, given
from hypothesis import strategies as st

from core.byline import tidy_byline
from core.citation import STYLES, CitedQuote, cite
from core.dates import read_date
from core.export import export
from core.records import QuoteRow

HOSTILE = [
    "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "[x](javascript:alert(1))",
    "![i](http://x/i.png)", "<https://evil.example>", "javascript:alert(1)", "data:text/html,x",
    "# heading", "> quote", "- item", "1. item", "**bold**", "_it_", "`code`", "&lt;", "&#60;",
    "\n", "\r\n", "\u2028", "\x1b[31m", "\x00", "\u202e", '"', "\u201c", "\u2019", "|", "\\",
    "By JAMES B. STEWART", "Jane Doe, @jdoe, USA TODAY", "Reuters", "Sean Sullivan,Sari Horwitz",
]  # fmt: skip
FIELD = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=8), max_size=5).map("".join)
LINK = st.sampled_from(
    ["https://example.com/a?b=(c)&d=<e>", "javascript:alert(1)", "JaVaScRiPt:x", "data:x",
     "java\nscript:x", "file:///etc/passwd", "http://", "//evil.example", ""]
) | FIELD  # fmt: skip
WRITTEN_TAG = re.compile(r"</?([a-z]+)([^>]*)>")
ALLOWED = {"p", "i", "b", "blockquote", "a"}


def cited(speaker: str, role: str, title: str, outlet: str, author: str, url: str) -> CitedQuote:
    return CitedQuote(
        quote=f"{title} {speaker}", speaker=speaker, role=role, title=title, outlet=outlet,
        author=author, published="2022-08-30", url=url,
    )  # fmt: skip


def assert_safe_html(body: str) -> None:
    for tag, attributes in WRITTEN_TAG.findall(body):
        assert tag in ALLOWED, body
        if tag == "a" and attributes:
            assert re.fullmatch(r' href="https?://[^"<>\s]+"', attributes), body
        else:
            assert not attributes, body
    assert "<" not in WRITTEN_TAG.sub("", body), body


def assert_safe_markdown(text: str) -> None:
    bare = re.sub(r"(?<!\\)<https?://[^<>\s]+>", "", text)  # an http(s) autolink is fine
    assert not re.search(r"(?<!\\)<", bare), text  # no HTML, no other autolink
    for target in re.findall(r"(?<!\\)\]\(([^)]*)\)", text):
        assert re.match(r"https?://", target), text


@given(FIELD, FIELD, FIELD, FIELD, FIELD, LINK)
def test_no_citation_carries_live_markup(
    speaker: str, role: str, title: str, outlet: str, author: str, url: str
) -> None:
    quote = cited(speaker, role, title, outlet, author, url)
    for style in STYLES:
        citation = cite(quote, style)
        assert_safe_html(citation.html)
        assert "\x1b" not in citation.text and "\x00" not in citation.text
        if style == "markdown":
            assert_safe_markdown(citation.text)
            lines = citation.text.split("\n")
            assert len(lines) in (1, 3) and lines[0].startswith("> "), citation.text
        else:
            assert len(citation.text.split("\n")) <= 2, citation.text  # quote, reference


@given(FIELD, FIELD, FIELD, FIELD, FIELD, LINK)
def test_markdown_export_carries_no_live_markup(
    speaker: str, role: str, title: str, outlet: str, author: str, url: str
) -> None:
    row = QuoteRow(
        id=1, article_id=1, speaker_id=1, text=f"{title} {speaker}", start=0, end=1, cue=None,
        role=role, origin="machine", hidden=False, starred=False, tags=(),
        speaker_name=speaker, speaker_kind="person", article_title=title, outlet=outlet,
        author=author, published="2022-08-30", url=url, source_path=None, snippet=None,
    )  # fmt: skip
    out = io.StringIO()
    export([row], "md", out)
    markdown = out.getvalue()
    assert_safe_markdown(markdown)
    assert [line[:2] for line in markdown.split("\n") if line] == ["##", "> ", "\u2014 "]


@example([("AA. # heading", "")])  # read as a title, a "#" and a word: three readings
@example([("\u3400 \u3401", ", ")])  # a script without case, reordered at each reading
@given(st.lists(st.tuples(FIELD, st.sampled_from([", ", ",", " and ", " & ", "; ", " | "]))))
def test_a_stored_byline_reads_back_the_same(parts: list[tuple[str, str]]) -> None:
    stored = tidy_byline("".join(name + sep for name, sep in parts))
    assert tidy_byline(stored) == stored


FORMS = [
    "%Y-%m-%d", "%B %d, %Y", "%b. %d, %Y", "%d %B %Y", "%A, %B %d, %Y", "%m/%d/%Y", "%d %b %Y",
    "%Y-%m-%dT%H:%M:%S", "%B %d %Y", "%a, %d %b %Y %H:%M:%S", "%Y/%m/%d", "%b %d, %Y",
]  # fmt: skip


@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), st.sampled_from(FORMS))
def test_a_written_date_reads_back_as_itself(day: date, form: str) -> None:
    assert read_date(day.strftime(form)) == day.isoformat()
