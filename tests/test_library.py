"""The SQLite library: storage round trip, identity, search, corrections that survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.extract import extract
from core.library import Library
from core.schema import SCHEMA_VERSION, LibraryError


def person(name: str, key: str | None = None, role: str | None = None) -> Speaker:
    return Speaker(name, SpeakerKind.PERSON, key or f"person:{name.lower()}", role, (name,))


def analysis(text: str, said: list[tuple[str, Speaker]], **meta: str) -> Analysis:
    quotes = []
    for words, speaker in said:
        start = text.index(words)
        quotes.append(
            Quote(
                span=Span(start, start + len(words)),
                text=words,
                speaker=speaker,
                mention=Span(0, 4),
                cue="said",
                role=speaker.role,
            )
        )
    return Analysis(text=text, metadata=Metadata(**meta), quotes=tuple(quotes))


JANE = person("Jane Roe", role="Mayor of Springfield")
TEXT_A = "Jane Roe said: \u201cWe will rebuild the bridge.\u201d Then \u201cIt is done.\u201d"
TEXT_B = "Jane Roe added: \u201cThe river is calm.\u201d"


def test_round_trip(library: Library) -> None:
    added = library.add_article(
        analysis(TEXT_A, [("We will rebuild the bridge.", JANE)], title="Bridge", outlet="Gazette"),
        "/tmp/a.txt",
    )
    assert not added.duplicate
    [row] = library.quotes()
    assert row.text == "We will rebuild the bridge."
    assert TEXT_A[row.start : row.end] == row.text
    assert (row.speaker_name, row.role, row.article_title, row.outlet) == (
        "Jane Roe",
        "Mayor of Springfield",
        "Bridge",
        "Gazette",
    )
    article = library.article(row.article_id)
    assert article.text == TEXT_A and article.source_path == "/tmp/a.txt"
    assert library.counts().quotes == 1


def test_same_text_is_a_duplicate(library: Library) -> None:
    first = library.add_article(analysis(TEXT_A, [("It is done.", JANE)]))
    second = library.add_article(analysis(TEXT_A, [("It is done.", JANE)]))
    assert second.duplicate and second.article_id == first.article_id
    assert library.counts().articles == 1


def test_same_full_name_is_one_speaker_across_articles(library: Library) -> None:
    library.add_article(analysis(TEXT_A, [("It is done.", JANE)], published="2022-01-01"))
    newer = person("Jane Roe", role="Governor")
    library.add_article(analysis(TEXT_B, [("The river is calm.", newer)], published="2023-01-01"))
    [speaker] = library.speakers()
    assert (speaker.name, speaker.quote_count, speaker.article_count) == ("Jane Roe", 2, 2)
    assert speaker.role == "Governor"  # the most recent article's role
    roles = {q.text: q.role for q in library.quotes(speaker_id=speaker.id)}
    assert roles == {"It is done.": "Mayor of Springfield", "The river is calm.": "Governor"}


def test_different_keys_stay_apart(library: Library) -> None:
    hillary, bill = person("Hillary Clinton"), person("Bill Clinton")
    text = "\u201cOne.\u201d \u201cTwo.\u201d"
    library.add_article(analysis(text, [("One.", hillary), ("Two.", bill)]))
    assert sorted(s.name for s in library.speakers()) == ["Bill Clinton", "Hillary Clinton"]


@pytest.mark.parametrize(
    "typed", ['"', "*", "AND (", "NEAR", "'", "\U0001f600", "", "bridge OR", '"unclosed phrase']
)
def test_search_never_raises(library: Library, typed: str) -> None:
    library.add_article(analysis(TEXT_A, [("We will rebuild the bridge.", JANE)]))
    assert isinstance(library.quotes(search=typed), list)
    assert library.count_quotes(search=typed) >= 0


def test_search_ranks_prefix_and_phrase(library: Library) -> None:
    library.add_article(
        analysis(TEXT_A, [("We will rebuild the bridge.", JANE), ("It is done.", JANE)])
    )
    assert [q.text for q in library.quotes(search="rebu*")] == ["We will rebuild the bridge."]
    assert [q.text for q in library.quotes(search='"the bridge"')] == [
        "We will rebuild the bridge."
    ]
    assert library.quotes(search='"bridge the"') == []
    [hit] = library.quotes(search="bridge")
    assert "\x02bridge\x03" in (hit.snippet or "")
    assert library.count_quotes(search="roe") == 2  # the speaker's name is searched too


def test_filters_combine(library: Library) -> None:
    library.add_article(
        analysis(TEXT_A, [("It is done.", JANE)], outlet="Gazette", published="2022-05-01")
    )
    library.add_article(
        analysis(TEXT_B, [("The river is calm.", JANE)], outlet="Herald", published="2023-05-01")
    )
    assert [q.text for q in library.quotes(outlet="Herald")] == ["The river is calm."]
    assert [q.text for q in library.quotes(date_from="2023-01-01")] == ["The river is calm."]
    assert [q.text for q in library.quotes(date_to="2022-12-31")] == ["It is done."]
    assert library.quotes(kinds=["organisation"]) == []
    assert library.outlets() == ["Gazette", "Herald"]


def test_speaker_filter_by_word_prefix(library: Library) -> None:
    library.add_article(analysis(TEXT_A, [("It is done.", JANE)]))
    assert [s.name for s in library.speakers(text="ro")] == ["Jane Roe"]
    assert [s.name for s in library.speakers(text="spring")] == ["Jane Roe"]  # the role
    assert library.speakers(text="oe") == []
    assert library.count_speakers(text="%") == 0


def test_corrections_and_their_undo(library: Library) -> None:
    article_id = library.add_article(
        analysis(TEXT_A, [("We will rebuild the bridge.", JANE), ("It is done.", JANE)])
    ).article_id
    first, second = sorted(library.quotes(article_id=article_id), key=lambda q: q.start)
    jane = library.find_speaker("Jane Roe")
    assert jane is not None
    john = library.create_speaker("John Doe", role="Engineer")
    library.reassign_quote(second.id, john)
    assert library.quote(second.id).speaker_name == "John Doe"
    library.reassign_quote(second.id, jane)
    assert library.quote(second.id).speaker_name == "Jane Roe"

    library.hide_quote(first.id)
    assert library.count_quotes() == 1 and [q.id for q in library.quotes(hidden=True)] == [first.id]
    library.hide_quote(first.id, False)
    assert library.count_quotes() == 2

    library.rename_speaker(jane, "Jane Q. Roe")
    assert library.speakers()[0].name == "Jane Q. Roe"
    library.set_speaker_role(jane, "Chief engineer")
    assert library.speakers()[0].role == "Chief engineer"

    added = library.add_quote(article_id, 0, 8, john)
    assert library.quote(added).origin == "human" and library.quote(added).text == "Jane Roe"
    library.delete_human_quote(added)
    with pytest.raises(KeyError):
        library.quote(added)

    library.add_tag(first.id, "bridge story")
    library.set_starred(first.id, True)
    assert [q.id for q in library.quotes(tag="bridge story", starred=True)] == [first.id]
    library.remove_tag(first.id, "bridge story")
    assert library.tags() == []


def test_merge_and_unmerge(library: Library) -> None:
    library.add_article(analysis(TEXT_A, [("It is done.", JANE)]))
    library.add_article(analysis(TEXT_B, [("The river is calm.", person("J. Roe"))]))
    jane, other = library.find_speaker("Jane Roe"), library.find_speaker("J. Roe")
    assert jane is not None and other is not None
    merge = library.merge_speakers(jane, other)
    [speaker] = library.speakers()
    assert speaker.quote_count == 2 and "J. Roe" in speaker.aliases
    library.unmerge(merge)
    assert sorted(s.quote_count for s in library.speakers()) == [1, 1]


def test_unmerge_after_reanalysis_gives_every_quote_back(library: Library) -> None:
    """A merge recorded the ids of the quotes it moved, and a re-analysis that draws a quote
    differently (a new model: "Again 0" without its comma) stores it anew: undone
    afterwards, the merged speaker came back with 0 of its quotes."""
    trump, donald = person("Donald Trump"), person("Mike Pence")  # two people: no join
    texts = [
        f"Story {n}. \u201cWe win {n},\u201d he said. \u201cAgain {n},\u201d he said."
        for n in range(3)
    ]
    ids = [
        library.add_article(
            analysis(t, [(f"We win {n},", trump), (f"Again {n},", donald)])
        ).article_id
        for n, t in enumerate(texts)
    ]
    keep, merged = library.find_speaker("Donald Trump"), library.find_speaker("Mike Pence")
    assert keep is not None and merged is not None
    merge = library.merge_speakers(keep, merged)
    assert library.speaker(keep).quote_count == 6
    for n, article_id in enumerate(ids):
        library.reanalyse(
            article_id, analysis(texts[n], [(f"We win {n},", trump), (f"Again {n}", donald)])
        )
    library.unmerge(merge)
    assert library.speaker(keep).quote_count == 3
    assert library.speaker(merged).quote_count == 3
    assert {q.text for q in library.quotes(speaker_id=merged)} == {"Again 0", "Again 1", "Again 2"}
    assert [q.id for q in library.quotes(search="Again")] == [
        q.id for q in library.quotes(search="Again", speaker_id=merged)
    ]
    assert {q.speaker_name for q in library.quotes(search="Pence")} == {"Mike Pence"}


def test_reanalysis_keeps_every_human_decision(library: Library) -> None:
    text = (
        "\u201cWe will win,\u201d Jane Roe said. \u201cThe bridge stands,\u201d she added.\n\n"
        "Officials called it a \u201cmiracle\u201d on Tuesday. John Doe shrugged."
    )
    article_id = library.add_article(extract(text)).article_id
    quotes = {q.text: q for q in library.quotes(article_id=article_id)}
    win, bridge = quotes["We will win,"], quotes["The bridge stands,"]
    john = library.create_speaker("John Doe")
    library.reassign_quote(bridge.id, john)
    library.hide_quote(win.id)
    library.add_tag(bridge.id, "story")
    start = text.index("John Doe shrugged")
    added = library.add_quote(article_id, start, start + len("John Doe shrugged"), john)
    jane = library.find_speaker("Jane Roe")
    assert jane is not None
    library.rename_speaker(jane, "Jane Q. Roe")

    library.reanalyse(article_id, extract(text))

    hidden = library.quotes(article_id=article_id, hidden=True)
    assert [q.text for q in hidden] == ["We will win,"]
    visible = {q.text: q for q in library.quotes(article_id=article_id)}
    assert visible["The bridge stands,"].speaker_name == "John Doe"
    assert visible["The bridge stands,"].tags == ("story",)
    assert library.quote(added).text == "John Doe shrugged"
    assert library.speaker(jane).name == "Jane Q. Roe"
    assert library.integrity_ok()


def test_wal_and_integrity(library: Library) -> None:
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.integrity_ok()


def test_not_a_library_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="notes.db"):
        Library(path)
    assert path.read_bytes() == before


def test_other_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    with pytest.raises(LibraryError, match="not an On Record library"):
        Library(path)


def test_newer_schema_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer On Record"):
        Library(path)
    assert path.read_bytes() == before


def test_merged_quotes_are_found_by_the_name_they_now_have(library: Library) -> None:
    """A search by speaker name finds the quotes a merge moved, and after the merge is
    undone, under their own name again."""
    text = "\u201cWe win,\u201d he said. \u201cAgain,\u201d he said."
    library.add_article(analysis(text, [("We win,", person("Donald Trump")),
                                        ("Again,", person("Mike Pence"))]))  # fmt: skip
    keep, merged = library.find_speaker("Donald Trump"), library.find_speaker("Mike Pence")
    assert keep is not None and merged is not None
    merge = library.merge_speakers(keep, merged)
    assert {q.text for q in library.quotes(search="Trump")} == {"We win,", "Again,"}
    assert library.quotes(search="Pence") == []
    library.unmerge(merge)
    assert {q.text for q in library.quotes(search="Pence")} == {"Again,"}
