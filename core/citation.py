"""A quote with its citation, as plain text and HTML for the clipboard.

APA, MLA and Chicago (author-date) come from the official CSL styles shipped in
``resources/styles`` and rendered by citeproc-py; "plain" and "markdown" are On Record's
own short forms. Missing facts (no author, no date) are left out, never printed as None.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON

STYLES: dict[str, str] = {
    "apa": "APA",
    "mla": "MLA",
    "chicago": "Chicago (author-date)",
    "plain": "Plain",
    "markdown": "Markdown",
}
CSL_FILES = {
    "apa": "apa.csl",
    "mla": "modern-language-association.csl",
    "chicago": "chicago-author-date.csl",
}


@dataclass(frozen=True)
class CitedQuote:
    quote: str
    speaker: str | None = None
    role: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    url: str | None = None
    accessed: str | None = None


@dataclass(frozen=True)
class Citation:
    text: str
    html: str


def csl_json(c: CitedQuote, item_id: str = "article") -> dict[str, Any]:
    """The CSL-JSON item for the quote's article."""
    item: dict[str, Any] = {"id": item_id, "type": "article-newspaper"}
    if c.title:
        item["title"] = c.title
    if c.outlet:
        item["container-title"] = c.outlet
    if c.author:
        item["author"] = [_name(part) for part in c.author.replace(" and ", ", ").split(", ")]
    if c.published and (parts := _date_parts(c.published)):
        item["issued"] = {"date-parts": [parts]}
    if c.accessed and (parts := _date_parts(c.accessed)):
        item["accessed"] = {"date-parts": [parts]}
    if c.url:
        item["URL"] = c.url
    return item


def _name(name: str) -> dict[str, str]:
    words = name.split()
    if len(words) < 2:
        return {"literal": name}
    return {"given": " ".join(words[:-1]), "family": words[-1]}


def _date_parts(value: str) -> list[int] | None:
    try:
        parts = [int(p) for p in value.split("-")[:3]]
    except ValueError:
        return None
    return parts or None


@cache
def _style(style: str) -> CitationStylesStyle:
    path = resources.files("resources.styles").joinpath(CSL_FILES[style])
    with resources.as_file(path) as file:
        return CitationStylesStyle(str(file), validate=False)


def _bibliography(c: CitedQuote, style: str, fmt: Any) -> str:
    bib = CitationStylesBibliography(_style(style), CiteProcJSON([csl_json(c)]), fmt)
    bib.register(CslCitation([CitationItem("article")]))
    entries = bib.bibliography()
    return str(entries[0]).strip() if entries else ""


def cite(c: CitedQuote, style: str) -> Citation:
    """The quote and its citation in ``style`` (one of ``STYLES``)."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; choose from {', '.join(STYLES)}")
    words = _quote_words(c.quote)
    who = ", ".join(p for p in (c.speaker, c.role) if p)
    if style in CSL_FILES:
        attribution = f" \u2014 {who}." if who else ""
        entry = _bibliography(c, style, formatter.plain)
        text = f"\u201c{words}\u201d{attribution}" + (f"\n{entry}" if entry else "")
        html_who = f" \u2014 {html.escape(who)}." if who else ""
        body = _bibliography(c, style, formatter.html)
        lead = f"<p>\u201c{html.escape(words)}\u201d{html_who}</p>"
        return Citation(text, lead + (f"<p>{body}</p>" if body else ""))
    when = _written_date(c.published)
    if style == "plain":
        return _plain(c, words, who, when)
    return _markdown(c, words, when)


def _join(*parts: str | None) -> str:
    return ", ".join(p for p in parts if p)


def _plain(c: CitedQuote, words: str, who: str, when: str | None) -> Citation:
    """“Quote,” Speaker, Role, in Title, Outlet, Date"""
    title = c.title and f"in {c.title}"
    title_html = c.title and f"in <i>{html.escape(c.title)}</i>"
    text = _join(f"\u201c{words},\u201d", who, _join(title, c.outlet, when))
    body = _join(
        f"\u201c{html.escape(words)},\u201d",
        html.escape(who),
        _join(title_html, c.outlet and html.escape(c.outlet), when),
    )
    # the comma inside the marks already separates the quote from what follows
    return Citation(text.replace(",\u201d,", ",\u201d"), body.replace(",\u201d,", ",\u201d"))


def _markdown(c: CitedQuote, words: str, when: str | None) -> Citation:
    """> Quote / — **Speaker**, Role, in [*Title*](url), *Outlet*, Date"""
    title = c.title and (f"[*{c.title}*]({c.url})" if c.url else f"*{c.title}*")
    line = _join(
        c.speaker and f"**{c.speaker}**",
        c.role,
        _join(title and f"in {title}", c.outlet and f"*{c.outlet}*", when),
    )
    line_html = _join(
        c.speaker and f"<b>{html.escape(c.speaker)}</b>",
        c.role and html.escape(c.role),
        _join(
            c.title and f"in {_linked_title(c)}",
            c.outlet and f"<i>{html.escape(c.outlet)}</i>",
            when,
        ),
    )
    text = f"> {words}" + (f"\n\n\u2014 {line}" if line else "")
    body = f"<blockquote>{html.escape(words)}</blockquote>"
    return Citation(text, body + (f"<p>\u2014 {line_html}</p>" if line_html else ""))


def _linked_title(c: CitedQuote) -> str:
    title = f"<i>{html.escape(c.title or '')}</i>"
    if c.url:
        return f'<a href="{html.escape(c.url, quote=True)}">{title}</a>'
    return title


def _quote_words(quote: str) -> str:
    """The quote without its closing comma (“… of warfighting,” → “… of warfighting”)."""
    words = " ".join(quote.split())
    return words[:-1] if words.endswith(",") else words


def _written_date(value: str | None) -> str | None:
    """ "2022-08-30" → "August 30, 2022"; partial dates as far as they go."""
    parts = _date_parts(value) if value else None
    if not parts:
        return None
    if len(parts) == 1:
        return str(parts[0])
    month = date(parts[0], parts[1], 1).strftime("%B")
    return f"{month} {parts[2]}, {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
