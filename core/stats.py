"""Whom a selection of quotes quotes: counts by kind of source, gender, speaker, outlet and
month, for the Sources view and ``onrecord stats`` alike.

``source_stats(library, **filters)`` selects quotes as the window's toolbar does (outlet,
dates, tag, search, kinds, starred: ``core.library.QuoteFilters``) and computes every
figure with SQL aggregates: one pass groups the selection by speaker, one by article;
what Python adds up afterwards are those groups' totals by kind, gender, outlet and month,
never the quotes. Hidden quotes ("not a quote") are never counted.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from typing import Any, TextIO, Unpack

from core.export import safe_cell
from core.gender import FEMALE, GENDERS, MALE, NOT_STATED
from core.library import Library, QuoteFilters

KINDS = ("person", "organisation", "anonymous")
UNATTRIBUTED = "unattributed"
UNKNOWN_OUTLET = "unknown"
UNDATED = "undated"
TOP = 20

PER_SPEAKER = (
    "WITH per AS MATERIALIZED (SELECT q.speaker_id AS id, count(*) AS n {selected} GROUP BY 1)"
)
# the same figures as PER_SPEAKER when nothing but kinds is chosen, from the counts the
# library keeps on each speaker row
STORED_PER_SPEAKER = (
    "WITH per AS MATERIALIZED (SELECT id, quote_count AS n FROM speakers"
    " WHERE merged_into IS NULL AND quote_count > 0 {kinds}{unattributed})"
)
UNATTRIBUTED_COUNT = (
    " UNION ALL SELECT NULL, count(*) FROM quotes WHERE speaker_id IS NULL AND hidden = 0"
)
# over ``per``, in one statement so that it is counted once: rows ("kind", kind, gender,
# quotes, people), then ("top", id, name, kind, quotes) for the most quoted
KINDS_AND_TOP = (
    " SELECT 'kind', s.kind, CASE WHEN s.kind = 'person' THEN s.gender END, sum(per.n),"
    " count(s.id) FROM per LEFT JOIN speakers s ON s.id = per.id GROUP BY 2, 3"
    " UNION ALL SELECT * FROM (SELECT 'top', s.id, s.name, s.kind, per.n FROM per"
    " JOIN speakers s ON s.id = per.id WHERE s.kind IN ('person', 'organisation')"
    " ORDER BY per.n DESC, s.name COLLATE NOCASE, s.id LIMIT ?)"
)
BY_OUTLET_AND_MONTH = (  # outlet and date from an index, not the articles' rows
    "WITH per AS (SELECT q.article_id AS id, count(*) AS n {selected} GROUP BY 1)"
    " SELECT art.outlet, CASE WHEN art.published GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]*'"
    " THEN substr(art.published, 1, 7) END, sum(per.n)"
    " FROM per JOIN articles art INDEXED BY articles_facets ON art.id = per.id GROUP BY 1, 2"
)


@dataclass(frozen=True)
class TopSpeaker:
    id: int
    name: str
    kind: str
    quotes: int


@dataclass(frozen=True)
class Table:
    """One chart's numbers, as its CSV export and ``onrecord stats`` print them."""

    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str | int, ...], ...]

    def write_csv(self, out: TextIO) -> None:
        """The header and rows as CSV; no cell can run as a spreadsheet formula."""
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(self.header)
        writer.writerows([safe_cell(cell) for cell in row] for row in self.rows)


@dataclass(frozen=True)
class SourceStats:
    """Quotes in the selection, counted several ways; each count is of quotes unless said."""

    quotes: int
    by_kind: dict[str, int]  # person, organisation, anonymous, unattributed (no speaker)
    by_gender: dict[str, int]  # quotes by people: female, male, not stated
    people_by_gender: dict[str, int]  # the people quoted, by the same
    by_outlet: dict[str, int]  # most quotes first
    by_month: dict[str, int]  # "YYYY-MM" in order, then "undated"
    top_speakers: tuple[TopSpeaker, ...]  # people and organisations, most quoted first

    @property
    def attributed(self) -> int:
        return self.quotes - self.by_kind[UNATTRIBUTED]

    @property
    def anonymous_share(self) -> float | None:
        """Anonymous sources' share of the quotes whose source is known."""
        return self.by_kind["anonymous"] / self.attributed if self.attributed else None

    @property
    def women_share(self) -> float | None:
        """Women's share of the quotes by people whose gender the articles state."""
        stated = self.by_gender[FEMALE] + self.by_gender[MALE]
        return self.by_gender[FEMALE] / stated if stated else None

    def as_json(self) -> dict[str, Any]:
        return {
            "quotes": self.quotes,
            "by_kind": self.by_kind,
            "anonymous_share": self.anonymous_share,
            "by_gender": self.by_gender,
            "people_by_gender": self.people_by_gender,
            "by_outlet": self.by_outlet,
            "by_month": self.by_month,
            "top_speakers": [
                {"name": s.name, "kind": s.kind, "quotes": s.quotes} for s in self.top_speakers
            ],
        }

    def tables(self) -> dict[str, Table]:
        """Every chart's numbers by chart: kind, gender, top, outlet, month."""
        return {
            "kind": Table("Quotes by kind of source", ("kind", "quotes"),
                          tuple(self.by_kind.items())),
            "gender": Table("Gender of the people quoted", ("gender", "quotes", "people"),
                            tuple((g, self.by_gender[g], self.people_by_gender[g])
                                  for g in GENDERS)),
            "top": Table("Most quoted people and organisations", ("name", "kind", "quotes"),
                         tuple((s.name, s.kind, s.quotes) for s in self.top_speakers)),
            "outlet": Table("Quotes per outlet", ("outlet", "quotes"),
                            tuple(self.by_outlet.items())),
            "month": Table("Quotes per month", ("month", "quotes"),
                           tuple(filled_months(self.by_month).items())),
        }  # fmt: skip


def source_stats(
    library: Library, *, top: int = TOP, **filters: Unpack[QuoteFilters]
) -> SourceStats:
    """Every figure of the Sources view for the quotes ``filters`` select."""
    selected, params = library.selection(**{**filters, "hidden": False})
    per_speaker, per_params = _per_speaker(filters, selected, params)
    by_kind = dict.fromkeys((*KINDS, UNATTRIBUTED), 0)
    by_gender = dict.fromkeys(GENDERS, 0)
    people_by_gender = dict.fromkeys(GENDERS, 0)
    most_quoted = []
    for what, *row in library.db.execute(per_speaker + KINDS_AND_TOP, [*per_params, top]):
        if what == "top":
            most_quoted.append(TopSpeaker(*row))
            continue
        kind, gender, quotes, people = row
        by_kind[kind or UNATTRIBUTED] += quotes
        if kind == "person":
            by_gender[gender or NOT_STATED] += quotes
            people_by_gender[gender or NOT_STATED] += people
    outlets: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for outlet, month, quotes in library.db.execute(
        BY_OUTLET_AND_MONTH.format(selected=selected), params
    ):
        outlets[outlet or UNKNOWN_OUTLET] += quotes
        months[month or UNDATED] += quotes
    return SourceStats(
        quotes=sum(by_kind.values()),
        by_kind=by_kind,
        by_gender=by_gender,
        people_by_gender=people_by_gender,
        by_outlet=dict(sorted(outlets.items(), key=lambda item: (-item[1], item[0]))),
        by_month=dict(sorted(months.items(), key=lambda item: (item[0] == UNDATED, item[0]))),
        top_speakers=tuple(most_quoted),
    )


def _per_speaker(filters: QuoteFilters, selected: str, params: list[Any]) -> tuple[str, list[Any]]:
    """The ``per`` table (speaker id, quotes) of the selection and its parameters: read
    from the speakers' stored counts when no filter but kinds is set (a whole library of
    a million quotes is not counted again), else counted from the selected quotes."""
    chosen = {key for key, value in filters.items() if value}
    if not chosen <= {"kinds", "hidden"} or filters.get("hidden"):
        return PER_SPEAKER.format(selected=selected), params
    kinds = list(filters.get("kinds", ()))
    if kinds:  # quotes with no speaker are of no kind
        marks = ", ".join("?" * len(kinds))
        return STORED_PER_SPEAKER.format(kinds=f"AND kind IN ({marks})", unattributed=""), kinds
    return STORED_PER_SPEAKER.format(kinds="", unattributed=UNATTRIBUTED_COUNT), []


def filled_months(by_month: dict[str, int]) -> dict[str, int]:
    """``by_month`` with the months between the first and the last that have no quote
    (as 0), so that a chart's time axis has no gaps; "undated" left out."""
    dated = sorted(m for m in by_month if m != UNDATED)
    if not dated:
        return {}
    year, month = map(int, dated[0].split("-"))
    out: dict[str, int] = {}
    while (key := f"{year:04d}-{month:02d}") <= dated[-1]:
        out[key] = by_month.get(key, 0)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out
