"""Whom a selection of quotes quotes: counts by kind of source, gender, speaker, outlet and
month, for the Sources view and ``onrecord stats`` alike.

``source_stats(library, **filters)`` selects quotes as the window's toolbar does (outlet,
dates, tag, search, kinds, starred: ``core.records.QuoteFilters``) and computes every
figure with SQL aggregates: one pass groups the selection by speaker, one by article;
what Python adds up afterwards are those groups' totals by kind, gender, outlet and month,
never the quotes. Hidden quotes ("not a quote") are never counted.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO, Unpack

from core import source_counts
from core.export import safe_cell
from core.gender import FEMALE, GENDERS, MALE, NOT_STATED
from core.library import Library
from core.records import QUOTE_KIND, QuoteFilters, speech_kinds

KINDS = ("person", "organisation", "anonymous")
UNATTRIBUTED = "unattributed"
UNKNOWN_OUTLET = "unknown"
UNDATED = "undated"
TOP = 20

PER_SPEAKER = (
    "WITH per AS MATERIALIZED (SELECT q.speaker_id AS id, count(*) AS n {selected} GROUP BY 1)"
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
# quotes by month, outlet, kind and gender from ``core.source_counts``, read in its order
COUNTED = (
    "SELECT CASE WHEN month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' THEN month END, outlet,"
    " kind, gender, sum(quotes) FROM source_counts WHERE {where} GROUP BY month, 2, 3, 4"
)
# when nothing but kinds is chosen: the people and the most quoted from the counts the
# library keeps on each speaker row (index ``speakers_quoted``; the most quoted read in
# the order of idx_speakers_merged_into_quote_count, "+" keeping the kind from choosing)
QUOTED = "merged_into IS NULL AND quote_count > 0"
STORED_PEOPLE = (
    f"SELECT gender, count(*) FROM speakers WHERE {QUOTED} AND kind = 'person' GROUP BY 1"
)
STORED_TOP = (
    f"SELECT id, name, kind, quote_count FROM speakers WHERE {QUOTED}"
    " AND +kind IN ({kinds}) ORDER BY quote_count DESC, name COLLATE NOCASE, id LIMIT ?"
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
    """Every figure of the Sources view for the quotes ``filters`` select: from
    ``core.source_counts`` and the speakers' stored counts when the filters allow, else
    counted over the selected quotes by speaker and by article."""
    figures = _Figures()
    counted = source_counts.covers(filters)
    speech = speech_kinds(filters)
    if counted:
        where, params = source_counts.where(filters, speech)
        for month, outlet, kind, gender, quotes in library.db.execute(
            COUNTED.format(where=where), params
        ):
            figures.add(kind, gender, quotes)
            figures.outlets[outlet or UNKNOWN_OUTLET] += quotes
            figures.months[month or UNDATED] += quotes
    chosen = {key for key, value in filters.items() if value} - {"statement_kinds"}
    if counted and chosen <= {"kinds"} and speech == [QUOTE_KIND]:  # stored: quotations
        _stored_speakers(library, filters.get("kinds", ()), top, figures)
    else:
        _count_speakers(library, filters, top, figures, kinds_too=not counted)
    if not counted:
        selected, params = library.selection(**{**filters, "hidden": False})
        for outlet, month, quotes in library.db.execute(
            BY_OUTLET_AND_MONTH.format(selected=selected), params
        ):
            figures.outlets[outlet or UNKNOWN_OUTLET] += quotes
            figures.months[month or UNDATED] += quotes
    return figures.stats()


@dataclass
class _Figures:
    """The figures as ``source_stats`` adds them up."""

    by_kind: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys((*KINDS, UNATTRIBUTED), 0)
    )
    by_gender: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GENDERS, 0))
    people_by_gender: dict[str, int] = field(default_factory=lambda: dict.fromkeys(GENDERS, 0))
    outlets: Counter[str] = field(default_factory=Counter)
    months: Counter[str] = field(default_factory=Counter)
    most_quoted: list[TopSpeaker] = field(default_factory=list)

    def add(self, kind: str | None, gender: str | None, quotes: int) -> None:
        self.by_kind[kind or UNATTRIBUTED] += quotes
        if kind == "person":
            self.by_gender[gender or NOT_STATED] += quotes

    def stats(self) -> SourceStats:
        return SourceStats(
            quotes=sum(self.by_kind.values()),
            by_kind=self.by_kind,
            by_gender=self.by_gender,
            people_by_gender=self.people_by_gender,
            by_outlet=dict(sorted(self.outlets.items(), key=lambda item: (-item[1], item[0]))),
            by_month=dict(
                sorted(self.months.items(), key=lambda item: (item[0] == UNDATED, item[0]))
            ),
            top_speakers=tuple(self.most_quoted),
        )


def _stored_speakers(library: Library, kinds: Sequence[str], top: int, figures: _Figures) -> None:
    """The people by gender and the most quoted of ``kinds`` (any: none given), from the
    speaker rows' stored counts."""
    if not kinds or "person" in kinds:
        for gender, people in library.db.execute(STORED_PEOPLE):
            figures.people_by_gender[gender or NOT_STATED] += people
    listed = [k for k in ("person", "organisation") if not kinds or k in kinds]
    if listed:
        query = STORED_TOP.format(kinds=", ".join("?" * len(listed)))
        figures.most_quoted += [TopSpeaker(*r) for r in library.db.execute(query, [*listed, top])]


def _count_speakers(
    library: Library, filters: QuoteFilters, top: int, figures: _Figures, *, kinds_too: bool
) -> None:
    """The selected quotes counted by speaker: the people by gender, the most quoted, and
    (``kinds_too``) the quotes by kind and gender."""
    selected, params = library.selection(**{**filters, "hidden": False})
    query = PER_SPEAKER.format(selected=selected) + KINDS_AND_TOP
    for what, *row in library.db.execute(query, [*params, top]):
        if what == "top":
            figures.most_quoted.append(TopSpeaker(*row))
            continue
        kind, gender, quotes, people = row
        if kinds_too:
            figures.add(kind, gender, quotes)
        if kind == "person":
            figures.people_by_gender[gender or NOT_STATED] += people


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
