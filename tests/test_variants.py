"""Versions of one quote across articles: grouping, differences, corrections, the CLI.

The articles are written here and go through the real extraction, as an import does.
"""

from __future__ import annotations

import json

import pytest

from core import list_counts, source_counts
from core.cli import main
from core.document import Metadata
from core.ingest import analyse
from core.library import Library
from core.records import Version
from core.schema import MIGRATIONS, SOURCE_INDEXES_V10
from core.variants import Words, align, can_group, fingerprints, marked

PENSION = (
    "The reform of the pension system will protect every worker who has paid into it for decades."
)
ARTICLES = {  # outlet: (date, text)
    "Gazette": (
        "2024-03-01",
        f"Finance Minister Maria Lopez said on Monday: \u201c{PENSION}\u201d",
    ),
    "Herald": (
        "2024-03-02",
        f"\u201c{PENSION}\u201d the finance minister Maria Lopez told reporters on Tuesday.",
    ),
    "Courier": ("2024-03-03", f"Maria Lopez, the finance minister, said: \u201c{PENSION}\u201d"),
    "Post": (
        "2024-03-04",
        "The plan will \u201cprotect every worker who has paid into it for decades,\u201d"
        " Maria Lopez said.",
    ),
    "Tribune": (
        "2024-03-05",
        f"\u201c{PENSION.replace('decades', 'years')}\u201d said Finance Minister Maria Lopez.",
    ),
    "Sentinel": ("2024-03-06", f"Deputy minister John Park said: \u201c{PENSION}\u201d"),
}
GENERIC = {  # short common phrases that unrelated quotes share
    "Ledger": (
        "2024-04-01",
        "\u201cWe will see,\u201d said Maria Lopez. \u201cI don't know.\u201d",
    ),
    "Mirror": ("2024-04-02", "\u201cWe will see,\u201d said John Park. \u201cI don't know.\u201d"),
    "Echo": (
        "2024-04-03",
        "\u201cI don't know what is going to happen next, we will see,\u201d said John Park.",
    ),
    "Star": (
        "2024-04-04",
        "\u201cI don't know what is going to happen with the budget,\u201d said Ann Wu.",
    ),
}


def store(library: Library, articles: dict[str, tuple[str, str]]) -> dict[str, int]:
    """Import the articles through the real extraction; each outlet's first quote id."""
    first = {}
    for outlet, (date, text) in articles.items():
        added = library.add_article(analyse(text, Metadata(outlet=outlet, published=date)))
        first[outlet] = library.article_quotes(added.article_id)[0].id
    return first


@pytest.fixture
def quotes(library: Library) -> dict[str, int]:
    return store(library, ARTICLES)


def outlets(versions: list[Version]) -> list[str | None]:
    return [v.quote.outlet for v in versions]


def test_identical_quotes_in_three_outlets_form_one_group(library: Library) -> None:
    ids = store(library, {k: ARTICLES[k] for k in ("Herald", "Gazette", "Courier")})
    versions = library.versions(ids["Courier"])
    assert outlets(versions) == ["Gazette", "Herald", "Courier"]  # earliest first
    assert [v.misquote for v in versions] == [False, False, False]
    assert library.version_counts(list(ids.values())) == dict.fromkeys(ids.values(), 2)


def test_a_sub_span_joins_without_being_a_misquote(
    library: Library, quotes: dict[str, int]
) -> None:
    [post] = [v for v in library.versions(quotes["Gazette"]) if v.quote.outlet == "Post"]
    assert post.quote.text.startswith("protect every worker")
    assert not post.misquote and post.changes == ()


def test_a_one_word_change_is_a_misquote_showing_the_word(
    library: Library, quotes: dict[str, int]
) -> None:
    versions = library.versions(quotes["Tribune"])
    [tribune] = [v for v in versions if v.quote.outlet == "Tribune"]
    assert tribune.misquote
    [change] = tribune.changes
    assert (change.removed, change.added) == ("decades", "years")
    assert tribune.quote.text[change.start : change.end] == "years"
    assert ("added", "years") in marked(tribune.quote.text, tribune.changes)
    assert ("removed", "decades") in marked(tribune.quote.text, tribune.changes)
    assert [v.misquote for v in versions].count(True) == 1


def test_the_same_words_from_two_people_are_one_group(
    library: Library, quotes: dict[str, int]
) -> None:
    versions = library.versions(quotes["Sentinel"])
    assert len(versions) == 6
    assert {v.quote.speaker_name for v in versions} == {"Maria Lopez", "John Park"}
    assert versions[0].quote.outlet == "Gazette"


def test_short_generic_quotes_never_group(library: Library, quotes: dict[str, int]) -> None:
    generic = store(library, GENERIC)
    for quote_id in generic.values():
        assert library.versions(quote_id) == []
    every = [q.id for q in library.quotes(limit=100)]
    assert set(library.version_counts(every)) == set(quotes.values())
    assert not can_group(Words.of("We will see.")) and not fingerprints(Words.of("I don't know"))
    assert not can_group(Words.of("The Late Show With Stephen Colbert"))  # a title
    assert can_group(Words.of("Hillary Clinton turned the State Department into a hedge fund"))


def test_a_reordered_clause_and_typeset_apostrophes_still_match() -> None:
    base = Words.of("We don\u2019t need new taxes, and the budget will balance itself by May.")
    moved = Words.of("The budget will balance itself by May, and we don't need new taxes.")
    assert align(base, moved) is not None
    same = align(
        base, Words.of("We don't need new taxes, and the budget will balance itself by May")
    )
    assert same is not None and same.changes == ()


def test_hidden_quotes_are_not_versions(library: Library, quotes: dict[str, int]) -> None:
    library.hide_quote(quotes["Herald"])
    assert "Herald" not in outlets(library.versions(quotes["Gazette"]))
    assert library.version_counts([quotes["Gazette"]]) == {quotes["Gazette"]: 4}


def test_split_and_join_are_kept_through_reanalysis(
    library: Library, quotes: dict[str, int]
) -> None:
    library.split_versions([quotes["Sentinel"]])
    assert library.versions(quotes["Sentinel"]) == []
    assert "Sentinel" not in outlets(library.versions(quotes["Gazette"]))
    park = store(library, {"Bulletin": ("2024-03-07", ARTICLES["Sentinel"][1].replace(
        "Deputy", "The deputy"))})["Bulletin"]  # fmt: skip
    assert "Sentinel" not in outlets(library.versions(park))  # a new import keeps it apart

    generic = store(library, GENERIC)
    library.join_versions(quotes["Gazette"], generic["Star"])
    assert "Star" in outlets(library.versions(quotes["Gazette"]))

    for article_id in library.article_ids():
        article = library.article(article_id)
        meta = Metadata(outlet=article.outlet, published=article.published)
        library.reanalyse(article_id, analyse(article.text, meta))
    after = outlets(library.versions(quotes["Gazette"]))
    assert "Star" in after and "Sentinel" not in after
    assert [a for _, a, _ in library.corrections()] == ["split", "join"]


def test_joining_back_undoes_a_split(library: Library, quotes: dict[str, int]) -> None:
    before = outlets(library.versions(quotes["Gazette"]))
    library.split_versions([quotes["Post"], quotes["Tribune"]])
    assert outlets(library.versions(quotes["Post"])) == ["Post", "Tribune"]
    library.join_versions(quotes["Post"], quotes["Gazette"])
    assert outlets(library.versions(quotes["Gazette"])) == before


def test_a_reporter_added_quote_is_grouped_and_its_removal_ungroups(
    library: Library, quotes: dict[str, int]
) -> None:
    text = f"At the hearing the minister repeated: {PENSION} Nobody objected."
    article_id = library.add_article(analyse(text, Metadata(outlet="Wire"))).article_id
    start = text.index(PENSION)
    speaker = library.quote(quotes["Gazette"]).speaker_id
    added = library.add_quote(article_id, start, start + len(PENSION), speaker)
    assert "Wire" in outlets(library.versions(quotes["Gazette"]))
    library.delete_human_quote(added)
    assert "Wire" not in outlets(library.versions(quotes["Gazette"]))


def test_variants_command(
    library: Library, quotes: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(library.path)
    assert main(["variants", "--db", path, "--json"]) == 0
    [group] = json.loads(capsys.readouterr().out)
    first, *rest = group["quotes"]
    assert (first["outlet"], first["published"], first["misquote"]) == (
        "Gazette",
        "2024-03-01",
        False,
    )
    assert set(first) >= {"id", "text", "speaker", "outlet", "published", "misquote", "changes"}
    [tribune] = [q for q in rest if q["misquote"]]
    assert tribune["changes"] == [{"removed": "decades", "added": "years"}]

    assert main(["variants", "--db", path, "--misquotes", "--speaker", "John Park"]) == 0
    out = capsys.readouterr().out
    assert "6 versions, first by Maria Lopez; also attributed to John Park" in out
    assert "[-decades-] {+years+}" in out and "possible misquote" in out

    assert main(["variants", "--db", path, "--speaker", "Nobody Known"]) == 1
    assert "no speaker named" in capsys.readouterr().err


def test_a_library_from_before_versions_is_grouped_on_upgrade(
    library: Library, quotes: dict[str, int]
) -> None:
    path = library.path
    for table in ("variant_prints", "variant_members", "variant_groups"):
        library.db.execute(f"DROP TABLE {table}")
    list_counts.drop(library.db)  # the list's counts came after (v12)
    source_counts.drop(library.db)  # source counts came after (v10), and its indexes
    for index in SOURCE_INDEXES_V10:
        library.db.execute(f"DROP INDEX {index}")
    statements = "SELECT id FROM quotes WHERE kind != 'quote'"  # statements came after (v9)
    library.db.execute(f"DELETE FROM quotes_fts WHERE rowid IN ({statements})")
    library.db.execute(f"DELETE FROM quotes WHERE id IN ({statements})")
    library.db.execute("DROP INDEX quotes_kind")
    library.db.execute("ALTER TABLE quotes DROP COLUMN kind")
    library.db.execute("ALTER TABLE speakers DROP COLUMN statement_count")
    before = [step.__name__ for step in MIGRATIONS].index("_variants_v8")
    library.db.execute(f"PRAGMA user_version = {before}")
    library.close()
    with Library(path) as upgraded:
        assert len(upgraded.versions(quotes["Gazette"])) == 6


def test_a_removed_article_leaves_its_group_and_comes_back_with_undo(
    library: Library, quotes: dict[str, int]
) -> None:
    article_id = library.quote(quotes["Herald"]).article_id
    removed = library.remove_article(article_id)
    assert "Herald" not in outlets(library.versions(quotes["Gazette"]))
    library.restore_article(removed)
    assert "Herald" in outlets(library.versions(quotes["Gazette"]))
