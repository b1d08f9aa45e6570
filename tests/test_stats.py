"""``onrecord stats`` and ``core.stats``: every figure equals a count made here from the
articles themselves, for the whole library and for each filter; the timeline's data."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from core.cli import main
from core.document import Metadata, Quote
from core.ingest import analyse
from core.library import Library
from core.person_roles import RolePeriod, role_history
from core.stats import filled_months, source_stats
from core.timeline import person_timeline

ARTICLES = [  # (text, outlet, date): people, organisations, anonymous sources, a quote of nobody
    (
        "\u201cWe will rebuild the bridge,\u201d said Maria Lindqvist, the mayor. \u201cIt will"
        " take a year,\u201d she added.\n\n\u201cWe regret the delay,\u201d the company said in a"
        " statement.\n\n\u201cWe were not told,\u201d a senior official said.",
        "Gazette", "2024-01-15",
    ),
    (
        "Daniel Okafor, the union leader, said: \u201cWe strike on Monday.\u201d Mr. Okafor has"
        " led the union since 2019.\n\n\u201cThe budget is fair,\u201d said Tomas Brandt, the"
        " finance minister.\n\n\u201cNobody listens,\u201d one resident said.",
        "Gazette", "2024-02-03",
    ),
    (
        "\u201cNobody saw it coming, and nobody will forget it.\u201d\n\n\u201cThe rules apply to"
        " everyone,\u201d the European Commission said.\n\n\u201cWe will rebuild it twice,\u201d"
        " said Maria Lindqvist, the governor.\n\n\u201cTaxes will not rise,\u201d Tomas Brandt told"
        " reporters. \u201cNot this year,\u201d he said.\n\n\u201cThe harbour is closed,\u201d said"
        " Robert Keller, the harbour master.",
        "Courier", "2024-04-20",
    ),
    ("\u201cWe strike again,\u201d said Daniel Okafor. \u201cAnd again,\u201d Mr. Okafor added.",
     None, None),
]  # fmt: skip
GENDER = {  # what the articles state: "she added", "Mr. Okafor", "he said", nothing
    "Maria Lindqvist": "female",
    "Daniel Okafor": "male",
    "Tomas Brandt": "male",
    "Robert Keller": "not stated",
}
TAGGED = ("We strike on Monday.", "The rules apply to everyone,")
HIDDEN = "Nobody listens,"


@dataclass(frozen=True)
class Said:
    """One visible quote as the test sees it, from the extraction's own output."""

    quote: Quote
    outlet: str | None
    date: str | None

    @property
    def kind(self) -> str:
        return self.quote.speaker.kind.value if self.quote.speaker else "unattributed"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Said]]]:
    """A library of the articles above, two quotes tagged and one hidden."""
    db = tmp_path_factory.mktemp("stats") / "library.db"
    said = []
    with Library(db) as library:
        for n, (text, outlet, date) in enumerate(ARTICLES):
            analysis = analyse(text, Metadata(title=f"Story {n}", outlet=outlet, published=date))
            library.add_article(analysis)
            said += [Said(q, outlet, date) for q in analysis.quotes if q.text != HIDDEN]
        for row in library.quotes(limit=100):
            if row.text in TAGGED:
                library.add_tag(row.id, "strike")
            if row.text == HIDDEN:
                library.hide_quote(row.id)
    yield db, said


def counted(said: list[Said]) -> dict[str, Any]:
    """The figures ``onrecord stats --json`` should print, counted one quote at a time."""
    people = {q.quote.speaker.name for q in said if q.kind == "person"}  # type: ignore[union-attr]
    speakers = Counter(
        (q.quote.speaker.name, q.kind)  # type: ignore[union-attr]
        for q in said
        if q.kind in ("person", "organisation")
    )
    by_kind = Counter(q.kind for q in said)
    by_gender = Counter(GENDER[q.quote.speaker.name] for q in said if q.kind == "person")  # type: ignore[union-attr]
    attributed = len(said) - by_kind["unattributed"]
    return {
        "quotes": len(said),
        "by_kind": {k: by_kind[k] for k in ("person", "organisation", "anonymous", "unattributed")},
        "anonymous_share": by_kind["anonymous"] / attributed if attributed else None,
        "by_gender": {g: by_gender[g] for g in ("female", "male", "not stated")},
        "people_by_gender": {
            g: sum(GENDER[p] == g for p in people) for g in ("female", "male", "not stated")
        },
        "by_outlet": dict(Counter(q.outlet or "unknown" for q in said)),
        "by_month": dict(Counter(q.date[:7] if q.date else "undated" for q in said)),
        "top_speakers": sorted(
            ({"name": name, "kind": kind, "quotes": n} for (name, kind), n in speakers.items()),
            key=lambda s: (-s["quotes"], s["name"].casefold()),
        ),
    }


def stats_json(db: Path, capsys: pytest.CaptureFixture[str], *options: str) -> dict[str, Any]:
    assert main(["stats", "--db", str(db), "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


FILTERS: dict[str, tuple[list[str], Callable[[Said], bool]]] = {
    "whole library": ([], lambda q: True),
    "outlet": (["--outlet", "Gazette"], lambda q: q.outlet == "Gazette"),
    "dates": (["--from", "2024-02-01", "--to", "2024-04-30"],
              lambda q: q.date is not None and "2024-02-01" <= q.date <= "2024-04-30"),
    "tag": (["--tag", "strike"], lambda q: q.quote.text in TAGGED),
    "search": (["--search", "rebuild"], lambda q: "rebuild" in q.quote.text),
    "kind": (["--kind", "person"], lambda q: q.kind == "person"),
}  # fmt: skip


@pytest.mark.parametrize("name", FILTERS)
def test_every_figure_equals_a_count_of_the_quotes(
    built: tuple[Path, list[Said]], capsys: pytest.CaptureFixture[str], name: str
) -> None:
    db, said = built
    options, keep = FILTERS[name]
    selected = [q for q in said if keep(q)]
    assert selected, "each filter keeps some quotes"
    figures = stats_json(db, capsys, *options)
    assert {**figures, "by_outlet": dict(figures["by_outlet"])} == counted(selected)


def test_the_articles_say_what_the_test_expects(built: tuple[Path, list[Said]]) -> None:
    """The counts above rest on the extraction finding these speakers and kinds."""
    _, said = built
    kinds = Counter(q.kind for q in said)
    assert kinds == {"person": 10, "organisation": 2, "anonymous": 1, "unattributed": 1}
    assert {q.quote.speaker.name for q in said if q.kind == "person"} == set(GENDER)  # type: ignore[union-attr]


def test_stored_counts_give_the_same_figures_as_counting(
    built: tuple[Path, list[Said]],
) -> None:
    """The whole library reads speakers' stored counts; a filter that keeps every dated
    quote counts them one by one. Both agree (the undated article set apart)."""
    db, _ = built
    with Library(db) as library:
        stored = source_stats(library)
        dated = source_stats(library, date_from="2000-01-01")
        undated = source_stats(library, date_to="1999-12-31")  # none: nothing is that old
        okafor = stored.top_speakers[[s.name for s in stored.top_speakers].index("Daniel Okafor")]
        assert undated.quotes == 0
        assert stored.quotes == dated.quotes + stored.by_month["undated"]
        assert stored.by_kind["person"] == dated.by_kind["person"] + 2  # Okafor's undated two
        assert okafor.quotes == 3
        assert source_stats(library, kinds=["person"]).by_gender == stored.by_gender


def test_text_output_names_every_table(
    built: tuple[Path, list[Said]], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = built
    assert main(["stats", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for title in ("by kind of source", "Gender of the people quoted", "Most quoted",
                  "per outlet", "per month", "Maria Lindqvist", "2024-03"):  # fmt: skip
        assert title in out


def test_filled_months_has_no_gaps() -> None:
    assert filled_months({"2023-11": 2, "2024-02": 1, "undated": 4}) == {
        "2023-11": 2, "2023-12": 0, "2024-01": 0, "2024-02": 1,
    }  # fmt: skip
    assert filled_months({"undated": 1}) == {}


def test_csv_cells_never_run_as_formulas(built: tuple[Path, list[Said]], tmp_path: Path) -> None:
    db, _ = built
    with Library(db) as library:
        table = source_stats(library).tables()["outlet"]
    hostile = type(table)(table.title, table.header, (("=HYPERLINK(1)", 3),))
    out = tmp_path / "t.csv"
    with open(out, "w", encoding="utf-8", newline="") as handle:
        hostile.write_csv(handle)
    assert out.read_text(encoding="utf-8").splitlines() == ["outlet,quotes", "'=HYPERLINK(1),3"]


def test_a_persons_timeline(built: tuple[Path, list[Said]]) -> None:
    db, said = built
    with Library(db) as library:
        maria = library.find_speaker("Maria Lindqvist")
        timeline = person_timeline(library, maria)
        okafor = person_timeline(library, library.find_speaker("Daniel Okafor"))
        texts = [library.quote(p.quote_id).text for p in timeline.points]
    mine = [q for q in said if q.quote.speaker and q.quote.speaker.name == "Maria Lindqvist"]
    assert [p.date for p in timeline.points] == sorted(q.date for q in mine)  # type: ignore[type-var]
    assert texts == [q.quote.text for q in mine]
    assert {p.kind for p in timeline.points} == {"quote"}
    assert [(r.role, r.start, r.end) for r in timeline.roles] == [
        ("mayor", "2024-01-15", "2024-01-15"), ("governor", "2024-04-20", "2024-04-20"),
    ]  # fmt: skip
    assert (len(okafor.points), okafor.undated) == (1, 2)


def test_role_history_follows_each_quarters_choice() -> None:
    dated = [("2016-01-04", "Secretary of State"), ("2016-01-20", "Democrat"),
             ("2016-02-22", "Secretary of State"), ("2016-05-02", "secretary of state"),
             ("2016-07-01", "Democratic nominee"), ("2016-09-02", "front-runner")]  # fmt: skip
    assert role_history(dated) == [
        RolePeriod("2016-01-04", "2016-05-02", "Secretary of State", 4),  # an office, not a party
        RolePeriod("2016-07-01", "2016-09-02", "Democratic nominee", 2),
    ]
