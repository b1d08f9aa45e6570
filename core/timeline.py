"""One person's quotes and reported statements on a time axis, with the roles their
articles gave them.

Each point is a quote or a reported statement at its article's date; ``kind`` says
which (``QUOTE`` or ``REPORTED``), so a view can mark them apart. Roles come from the
``roles`` rows (one per article) of the person and the rows folded into them, made
periods by ``person_roles.role_history``: the articles of both kinds, as the speaker
panel above the timeline reads them, so the two tell the same roles.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from core.kinds import ALL_KINDS, QUOTE_KIND
from core.library import Library
from core.people import FOLDED
from core.person_roles import RolePeriod, role_history

QUOTE = QUOTE_KIND
REPORTED = "reported"  # reported speech, with or without a quoted phrase in it
POINTS = (  # from indexes alone: the rows' article ids, the articles' outlet and date
    "SELECT sel.id, sel.article_id, substr(art.published, 1, 10), sel.kind, art.outlet"
    " FROM (SELECT q.id, q.article_id,"
    f" CASE q.kind WHEN '{QUOTE}' THEN '{QUOTE}' ELSE '{REPORTED}' END AS kind"
    " {selected}) sel"
    " JOIN articles art INDEXED BY articles_facets ON art.id = sel.article_id"
    " WHERE art.published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]*'"
    " ORDER BY art.published, sel.article_id, sel.id"
)
ROLES = f"{FOLDED} SELECT article_id, role FROM roles WHERE speaker_id IN (SELECT id FROM folded)"


class TimelinePoint(NamedTuple):  # a tuple: a person may have 45,000 of them
    quote_id: int
    article_id: int
    date: str  # YYYY-MM-DD
    kind: str  # QUOTE or REPORTED
    outlet: str | None


@dataclass(frozen=True)
class Timeline:
    points: tuple[TimelinePoint, ...]
    roles: tuple[RolePeriod, ...]
    undated: int  # quotes and statements in articles with no date, not on the axis

    def count(self, kind: str) -> int:
        """How many points are of ``kind``."""
        return sum(point.kind == kind for point in self.points)


def person_timeline(library: Library, speaker_id: int) -> Timeline:
    """The speaker's visible quotes and reported statements in dated articles, oldest
    first, and the roles the articles of those give them (theirs and those of the rows
    folded into them). A point's words are read when shown (``Library.quote``): a person
    quoted 40,000 times is drawn from indexes alone."""
    selected, params = library.selection(speaker_id=speaker_id, statement_kinds=ALL_KINDS)
    points = tuple(
        map(TimelinePoint._make, library.db.execute(POINTS.format(selected=selected), params))
    )
    dates = {p.article_id: p.date for p in points}
    dated_roles = [
        (dates[article_id], role)
        for article_id, role in library.db.execute(ROLES, [speaker_id])
        if article_id in dates and role
    ]
    undated = library.count_quotes(speaker_id=speaker_id, statement_kinds=ALL_KINDS) - len(points)
    return Timeline(points, tuple(role_history(dated_roles)), undated)
