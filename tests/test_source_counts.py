"""``core.source_counts`` stays exact through every way a library changes: after each
change, the Sources view's figures equal a count of the quotes made here, and the
triggers' rows equal a count made afresh."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from core import source_counts
from core.document import Metadata
from core.extract import extract
from core.library import Library
from core.records import ALL_KINDS
from core.stats import source_stats

ARTICLES = [  # (text, outlet, date)
    ("\u201cWe will rebuild the bridge,\u201d said Maria Lindqvist, the mayor. \u201cIt will"
     " take a year,\u201d she added.\n\n\u201cWe regret the delay,\u201d the company said in a"
     " statement.\n\n\u201cWe were not told,\u201d a senior official said.\n\nLindqvist said"
     " the bridge would reopen in May.\n\nThe company said it would pay for the repairs.",
     "Gazette", "2024-01-15"),
    ("\u201cWe will win the state,\u201d said Barack Obama, the president. \u201cWe are"
     " ready,\u201d he added.", "Courier", "2024-02-03"),
    ("\u201cThe economy is strong,\u201d President Obama said.", "Courier", "2024-02-20"),
    ("\u201cNobody saw it coming.\u201d\n\n\u201cWe will win,\u201d Hillary Clinton said."
     " \u201cWe are ready,\u201d Clinton added.", None, None),
    ("\u201cIt will grow,\u201d Bill Clinton said. \u201cIt is strong,\u201d Clinton added.",
     None, "2024-03"),
    ("\u201cNothing is settled,\u201d Clinton said.", "Gazette", "2023-12-31"),
]  # fmt: skip
FILTERS: list[dict[str, Any]] = [
    {},
    {"kinds": ("person",)},
    {"kinds": ("organisation", "anonymous")},
    {"outlet": "Courier"},
    {"date_from": "2024-02", "date_to": "2024-02-20"},
    {"date_from": "2024-01-15"},
    {"date_to": "2024", "kinds": ("person",)},
    {"outlet": "Gazette", "date_from": "2024-01-16T08:00"},  # longer than a day: counted
    {"statement_kinds": ("reported", "mixed")},  # reported speech, not quotations
    {"statement_kinds": ALL_KINDS, "kinds": ("organisation",)},
    {"statement_kinds": ("quote", "reported"), "outlet": "Gazette"},
]
MONTH = re.compile(r"\d{4}-[01]\d")


def counted(library: Library, filters: dict[str, Any]) -> dict[str, Any]:
    """The figures, one quote at a time from the rows, with the filters applied here."""
    speech = filters.get("statement_kinds", ("quote",))
    rows = library.db.execute(
        "SELECT a.outlet, a.published, s.kind, s.gender, q.kind FROM quotes q"
        " JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"
        " WHERE q.hidden = 0"
    ).fetchall()
    since, until = filters.get("date_from"), filters.get("date_to")
    chosen = [
        (outlet, published, kind or "unattributed", gender)
        for outlet, published, kind, gender, said in rows
        if said in speech
        and filters.get("outlet") in (None, outlet)
        and (since is None or (published is not None and published >= since))
        and (until is None or (published is not None and published <= until + "\uffff"))
        and (not filters.get("kinds") or kind in filters["kinds"])
    ]
    return {
        "quotes": len(chosen),
        "by_kind": +Counter(kind for _, _, kind, _ in chosen),
        "by_gender": +Counter(gender or "not stated" for _, _, k, gender in chosen
                              if k == "person"),
        "by_outlet": Counter(outlet or "unknown" for outlet, _, _, _ in chosen),
        "by_month": Counter(p[:7] if p and MONTH.match(p) else "undated"
                            for _, p, _, _ in chosen),
    }  # fmt: skip


def figures(library: Library, filters: dict[str, Any]) -> dict[str, Any]:
    stats = source_stats(library, **filters)
    return {
        "quotes": stats.quotes,
        "by_kind": +Counter(stats.by_kind),
        "by_gender": +Counter(stats.by_gender),
        "by_outlet": Counter(stats.by_outlet),
        "by_month": Counter(stats.by_month),
    }


def rows(library: Library) -> list[tuple[Any, ...]]:
    return library.db.execute(
        "SELECT * FROM source_counts WHERE quotes <> 0 ORDER BY 1, 2, 3, 4, 5"
    ).fetchall()


def check(library: Library, step: str) -> None:
    for filters in FILTERS:
        assert figures(library, filters) == counted(library, filters), (step, filters)
    kept = rows(library)
    with library.db.conn:
        source_counts.rebuild(library.db)
    assert kept == rows(library), step
    assert all(n > 0 for *_, n in library.db.execute("SELECT * FROM source_counts")), step


def quote_id(library: Library, text: str) -> int:
    return next(q.id for q in library.quotes(limit=100) if q.text.startswith(text))


def speaker_id(library: Library, name: str) -> int:
    found = library.find_speaker(name)
    assert found is not None, name
    return found


def library_of_articles(path: Path) -> Library:
    """A library of ``ARTICLES``, each titled by its first words."""
    library = Library(path)
    for text, outlet, date in ARTICLES:
        library.add_article(extract(text, Metadata(title=text[:20], outlet=outlet, published=date)))
    return library


Step = tuple[str, Callable[[], object]]  # a change to a library, named for the checks


def write_paths(
    library: Library,
    corrections: Sequence[Step],
    people: Sequence[Step] = (),
    restored: Sequence[Step] = (),
) -> Iterator[str]:
    """The ways a library of ``ARTICLES`` changes that every stored count must survive,
    made in turn: a quote hidden and shown, reassigned (to nobody too), a speaker's kind
    corrected and given back, then the caller's own ``corrections``; people merged and
    the merge undone, a person split off and joined again, then the caller's ``people``;
    a quote added and deleted, an article removed and restored, then the caller's
    ``restored``; an article re-analysed, and the whole library. Yields each step's name
    once it is made, for the caller to check the counts (the next waits until it has)."""
    first = library.article_ids()[0]
    obama, lindqvist = speaker_id(library, "Barack Obama"), speaker_id(library, "Maria Lindqvist")
    hidden, win = quote_id(library, "We regret"), quote_id(library, "We will win the")
    nobody = quote_id(library, "Nobody")
    steps: list[Step] = [
        ("hide", lambda: library.hide_quote(hidden)),
        ("unhide", lambda: library.hide_quote(hidden, False)),
        ("reassign", lambda: library.reassign_quote(win, lindqvist)),
        ("reassign to nobody", lambda: library.reassign_quote(nobody, None)),
        ("kind corrected", lambda: library.set_speaker_kind(lindqvist, "organisation")),
        ("kind back", lambda: library.set_speaker_kind(lindqvist, "person")),
        *corrections,
    ]
    for step, change in steps:
        change()
        yield step

    merge = library.merge_speakers(obama, lindqvist)
    yield "merge"
    library.unmerge(merge)
    yield "unmerge"

    [variant] = [v for v in library.person(obama).variants if v.name == "Obama"]
    person = library.split_speaker(variant.id)
    yield "person split"
    library.rejoin_speaker(variant.id, person)
    yield "person joined"
    for step, change in people:
        change()
        yield step

    article = library.article_ids()[-1]
    added = library.add_quote(article, 0, 10, obama)
    yield "quote added"
    library.delete_human_quote(added)
    yield "quote deleted"

    removed = library.remove_article(article)
    yield "article removed"
    library.restore_article(removed)
    yield "article restored"
    for step, change in restored:
        change()
        yield step

    library.reanalyse(first, extract(library.article(first).text))
    yield "article re-analysed"
    library.reanalyse_all(lambda text, metadata: extract(text, metadata))
    yield "library re-analysed"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    return library_of_articles(tmp_path / "library.db")


def test_every_write_path_keeps_the_counts_exact(library: Library) -> None:
    reported = counted(library, {"statement_kinds": ("reported",)})["quotes"]
    assert reported >= 2  # the Gazette's reported speech is stored, and counted apart
    check(library, "import")
    first = library.article_ids()[0]
    obama = speaker_id(library, "Barack Obama")

    def accept_suggestion() -> None:
        suggestion = library.suggestions()[0]
        library.accept_suggestion(suggestion.speaker_id, suggestion.candidate_id)

    corrections: list[Step] = [
        ("gender corrected", lambda: library.set_speaker_gender(obama, "female")),
        ("gender given back", lambda: library.set_speaker_gender(obama, None)),
        ("article's outlet and date", lambda: library.update_article_metadata(
            first, Metadata(title="Bridge", outlet="Courier", published="2024-02-10"))),
        ("article undated", lambda: library.update_article_metadata(
            first, Metadata(title="Bridge", outlet=None, published=None))),
    ]  # fmt: skip
    for step in write_paths(library, corrections, [("suggestion accepted", accept_suggestion)]):
        check(library, step)
        if step == "article re-analysed":  # the whole library's re-analysis recounts
            library.db.execute("UPDATE source_counts SET quotes = quotes + 5")
