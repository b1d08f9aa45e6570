"""Short formatted text (italics, bold, links) written out as plain text, HTML or Markdown.

Everything in a citation comes from an article or a reporter: a page title may hold
``<img src=x onerror=...>``, a speaker's name a newline, a link ``javascript:``. Each run
is escaped for the format it is written in, and only http(s) links are ever links.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([#+=-])")
_STRAIGHT_OPEN = re.compile(r'(^|[\s(\[{\u2014\u2013-])"')
_NUMBERED = re.compile(r"^(\s*\d+)([.)])")
_CLOSING_HASHES = re.compile(r"(?<!\\)(#+)$")


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one format; ``href`` is an http(s) URL (see :func:`safe_url`)."""

    text: str
    italic: bool = False
    bold: bool = False
    href: str | None = None


def curled(words: str, inner: bool = False) -> str:
    """Straight double marks, and NYT's two apostrophes standing for one (''to make it
    fair''), made curly: opening after a space, a bracket or a dash, else closing.
    ``inner``: the words go inside double marks, so theirs become single."""
    words = _STRAIGHT_OPEN.sub("\\1\u201c", words.replace("''", '"')).replace('"', "\u201d")
    return words.replace("\u201c", "\u2018").replace("\u201d", "\u2019") if inner else words


def one_line(text: str | None) -> str:
    """``text`` on one line: line breaks and runs of white space become one space; control
    characters and invisible format characters (a right-to-left override that would turn
    a citation around) go, but for the joiners some scripts need; so do code points Unicode
    leaves unassigned or private (an icon font's glyph before a byline's name), which no
    reader can be shown and which name no one."""
    return " ".join("".join(map(_shown, text or "")).split())


def _shown(c: str) -> str:
    """A character as ``one_line`` shows it: a control character as a space, nothing for an
    invisible, unassigned or private one, any other as itself."""
    category = unicodedata.category(c)
    if category == "Cc":
        return " "
    if category in ("Cn", "Co") or category == "Cf" and c not in JOINERS:
        return ""
    return c


JOINERS = frozenset("\u200c\u200d")


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address with a host, else None (``javascript:``,
    ``data:``, ``file:``, a URL hiding white space or control characters)."""
    url = (url or "").strip()
    if not url or any(c.isspace() or unicodedata.category(c) == "Cc" for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in {"http", "https"} and parts.hostname else None


def plain(runs: Iterable[Run]) -> str:
    return "".join(run.text for run in runs)


def to_html(runs: Iterable[Run]) -> str:
    out = []
    for run in runs:
        text = html.escape(run.text, quote=False)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        if run.href:
            text = f'<a href="{html.escape(run.href, quote=True)}">{text}</a>'
        out.append(text)
    return "".join(out)


def to_markdown(runs: Iterable[Run]) -> str:
    out = []
    for run in runs:
        text = markdown_text(run.text)
        if run.italic:
            text = f"*{text}*"
        if run.bold:
            text = f"**{text}**"
        if run.href:
            text = f"[{text}]({markdown_url(run.href)})"
        out.append(text)
    return "".join(out)


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows it literally: no markup, link or HTML of its own,
    even at the start of a line (a heading, a list, a quotation)."""
    text = _ENTITY_LIKE.sub(r"\\&", _MARKDOWN_SPECIAL.sub(r"\\\1", text))
    text = _NUMBERED.sub(r"\1\\\2", _LINE_START.sub(r"\1\\\2", text))
    return _CLOSING_HASHES.sub(lambda m: "\\#" * len(m[1]), text)


def markdown_url(url: str) -> str:
    """A link destination that Markdown cannot end early: spaces, brackets and
    parentheses percent-encoded."""
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")
