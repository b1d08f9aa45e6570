"""What the quote list shows, and the heading that says so.

A search looks through the whole library unless the reporter narrows it to the selected
speaker; picking a speaker shows that speaker's quotes; a click on another speaker's quote
in the article shows that article's quotes. The heading always names the scope and offers
the way out of it as a link (``scope:all``, ``scope:speaker``, ``filters:clear``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gui.models import COUNTED_AT_MOST

ALL, SPEAKER, CLEAR, BACK = "scope:all", "scope:speaker", "filters:clear", "scope:back"
UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # refused in file names (by Windows: all)


@dataclass(frozen=True)
class Scope:
    """Whose quotes the list holds: everyone's, one speaker's or one article's."""

    speaker_id: int | None = None
    speaker_name: str = ""
    article_id: int | None = None
    article_title: str | None = None


@dataclass(frozen=True)
class Place:
    """Where the reporter was before a click on another speaker's quote in the article
    listed that article's quotes: the list, the speaker selected, the search typed and
    the quote read. Back (Alt+Left, or the heading's link) returns there."""

    scope: Scope
    speaker_id: int | None
    search: str
    quote_id: int | None

    def label(self) -> str:
        """ "Hillary Clinton", "the search “wall”", "all quotes"."""
        if self.scope.speaker_id is not None:
            return _short(self.scope.speaker_name, 40)
        if self.scope.article_id is not None:
            return f"\u201c{_short(self.scope.article_title or 'Untitled article', 40)}\u201d"
        search = " ".join(self.search.split())
        return f"the search \u201c{_short(search, 40)}\u201d" if search else "all quotes"


def heading(
    scope: Scope,
    search: str,
    total: int,
    filtered: bool,
    selected_speaker: str | None,
    listed: str = "Quotes",
    back: str | None = None,
    order: str = "",
    narrowed: Sequence[str] = (),
) -> str:
    """The list's heading as rich text: what is ``listed`` ("Quotes", "Reported speech"),
    narrowed by the toolbar's filters in words (``narrowed``, :func:`filter_words`), how
    many, and the way to widen it (or to narrow it to ``selected_speaker``), or ``back``
    to the list the reporter came from; ``order``: a search's order in words ("most
    relevant first"), said after the count; everything from the library escaped."""
    search = _short(" ".join(search.split()))
    by = f" by {scope.speaker_name}" if scope.speaker_id is not None else ""
    narrow = " " + ", ".join(narrowed) if narrowed else ""
    if scope.article_id is not None:
        title = _short(scope.article_title or "Untitled article")
        what = f"{listed} in \u201c{title}\u201d{narrow}"
    elif search:
        what = f"{listed}{by} matching \u201c{search}\u201d" + ("" if by else " from all speakers")
        what += "," + narrow if narrow else ""
    elif by or narrow:  # not "All quotes" for a list the filters narrow (gui61)
        what = f"{listed}{by}{narrow}"
    else:
        what = f"All {listed[:1].lower()}{listed[1:]}"
    if scope.speaker_id is not None or scope.article_id is not None:
        wider = (("search all speakers" if search else "all quotes"), ALL)
    else:
        wider = (f"only {selected_speaker}", SPEAKER) if selected_speaker and search else None
    if total:
        counted = f"more than {COUNTED_AT_MOST:,}" if total > COUNTED_AT_MOST else f"{total:,}"
        text = f"<b>{html.escape(what)}</b> ({counted}{', ' + order if order else ''})"
    elif search and scope.article_id is None:
        text = f"<b>No quotes{html.escape(by)} match \u201c{html.escape(search)}\u201d</b>"
        wider = ("search all speakers?", ALL) if by else None  # not "only X": none to narrow
        if not by and not filtered and " " in search:  # (one word: none fewer to try)
            text += " \u2014 try fewer words"
    else:
        text = f"<b>{html.escape(what)}</b> \u2014 none" + (
            " with these filters" if filtered and not narrow else ""
        )
    links = [_link(f"back to {back}", BACK)] if back else []
    if wider:
        links.append(_link(*wider))
    if filtered:
        links.append(_link("clear filters", CLEAR))
    return "\u00a0\u00b7\u00a0".join([text, *links])  # the count and its links wrap as one


def filter_words(filters: Mapping[str, Any]) -> list[str]:
    """The toolbar's filters in words, as the quote list's heading and the Sources view
    say them: "from The Herald", "published 2016-09 to \u2026", "by anonymous sources",
    "tagged \u201cbudget\u201d", "starred", "marked not a quote" (the search apart)."""
    words = []
    if filters.get("outlet"):
        words.append(f"from {_short(filters['outlet'], 40)}")
    if filters.get("date_from") or filters.get("date_to"):
        since, until = filters.get("date_from") or "\u2026", filters.get("date_to") or "\u2026"
        words.append(f"published {since} to {until}")
    if filters.get("kinds"):
        words.append(f"by {' or '.join(filters['kinds'])} sources")
    if filters.get("tag"):
        words.append(f"tagged \u201c{_short(filters['tag'], 40)}\u201d")
    if filters.get("starred"):
        words.append("starred")
    if filters.get("hidden"):
        words.append("marked not a quote")
    return words


def file_stem(scope: Scope, search: str) -> str:
    """A file name for what the list shows: "Bernie Sanders quotes", "quotes in Flood
    defences hold", "quotes matching wall", "quotes"; no character a file system refuses."""
    search = " ".join(search.split())
    if scope.article_id is not None:
        stem = f"quotes in {(scope.article_title or 'untitled article')[:40]}"
    elif scope.speaker_id is not None:
        stem = f"{scope.speaker_name} quotes"
    else:
        stem = "quotes"
    if search and scope.article_id is None:
        stem += f" matching {search[:30]}"
    return " ".join(UNSAFE.sub(" ", stem).split()).rstrip(".") or "quotes"


WHOLE_AT_MOST = 30  # a link label this short is never broken across lines
WHOLE = "<span style='white-space:nowrap'>"


def _link(label: str, href: str) -> str:
    """A link of the heading; a short label ("all quotes", "clear filters") kept on one
    line (a long one, "back to “a title”", may break where the heading wraps)."""
    link = f"<a href='{href}'>{html.escape(label)}</a>"
    return f"{WHOLE}{link}</span>" if len(label) <= WHOLE_AT_MOST else link


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"
