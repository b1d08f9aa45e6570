"""One person's quotes on a time axis, with the roles their articles gave them.

Each point is a quote at its article's date; ``kind`` says what the point is (every
point is a direct quote today; reported statements will be another kind), so a view can
mark kinds apart. Roles come from ``Library.speaker_roles`` (one per article) and are
folded into spans of the role each month's articles mostly give.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from core.library import Library

QUOTE = "quote"
POINTS = (  # articles' outlet and date from an index, not their rows
    "SELECT sel.id, sel.article_id, substr(art.published, 1, 10), sel.kind, sel.text,"
    " art.outlet FROM (SELECT q.id, q.article_id, '" + QUOTE + "' AS kind,"
    " substr(q.text, 1, 300) AS text {selected}) sel"
    " JOIN articles art INDEXED BY articles_facets ON art.id = sel.article_id"
    " WHERE art.published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'"
    " ORDER BY art.published, sel.article_id, sel.id"
)


@dataclass(frozen=True)
class TimelinePoint:
    quote_id: int
    article_id: int
    date: str  # YYYY-MM-DD
    kind: str  # "quote"
    text: str  # the first 300 characters
    outlet: str | None


@dataclass(frozen=True)
class RoleSpan:
    """A role held from the first article's date to the last's, over ``articles``."""

    role: str
    start: str
    end: str
    articles: int


@dataclass(frozen=True)
class Timeline:
    points: tuple[TimelinePoint, ...]
    roles: tuple[RoleSpan, ...]
    undated: int  # quotes in articles with no date, not on the axis


def person_timeline(library: Library, speaker_id: int) -> Timeline:
    """The speaker's visible quotes in dated articles, oldest first, and their roles."""
    selected, params = library.selection(speaker_id=speaker_id)
    points = tuple(
        TimelinePoint(*row) for row in library.db.execute(POINTS.format(selected=selected), params)
    )
    dates = {p.article_id: p.date for p in points}
    dated_roles = [
        (dates[article_id], role)
        for article_id, _, role in library.speaker_roles(speaker_id)
        if article_id in dates and role
    ]
    undated = library.count_quotes(speaker_id=speaker_id) - len(points)
    return Timeline(points, tuple(role_spans(dated_roles)), undated)


def role_spans(dated_roles: Iterable[tuple[str, str]]) -> list[RoleSpan]:
    """(date, role) pairs, one per article, as the roles a person held over time: each
    month's role is the one most of that month's articles give (compared without case;
    the later one on a tie), and consecutive months of the same role make one span, from
    its first article's date to its last's. Articles disagree ("former secretary of
    state", "Democratic front-runner" in one week); a month's majority is what changed."""
    months: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for date, role in sorted(dated_roles):
        months[date[:7]].append((date, role))
    spans: list[RoleSpan] = []
    for _, articles in sorted(months.items()):
        counts = Counter(role.casefold() for _, role in articles)
        most = max(counts.values())
        role = next(r for _, r in reversed(articles) if counts[r.casefold()] == most)
        first, last = articles[0][0], articles[-1][0]
        if spans and spans[-1].role.casefold() == role.casefold():
            held = spans[-1]
            spans[-1] = RoleSpan(held.role, held.start, last, held.articles + len(articles))
        else:
            spans.append(RoleSpan(role, first, last, len(articles)))
    return spans
