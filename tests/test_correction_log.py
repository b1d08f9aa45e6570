"""The corrections log: every kind of correction said in words, newest first, with the
quote or speaker it concerns (``core/correction_log.py``)."""

from __future__ import annotations

from pathlib import Path

from core.correction_log import correction_log
from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.library import Library
from core.records import ALL_KINDS

TEXT = (
    "\u201cWe will build the bridge,\u201d Ann Fox said. Bob Lee said the budget was tight. "
    "\u201cNot this year,\u201d Bob Lee said."
)


def stored(tmp_path: Path) -> tuple[Library, int]:
    lib = Library(tmp_path / "library.db")
    people = {
        n: Speaker(n, SpeakerKind.PERSON, f"person:{n.lower()}") for n in ("Ann Fox", "Bob Lee")
    }
    quotes = []
    for words, who in (("We will build the bridge,", "Ann Fox"), ("Not this year,", "Bob Lee")):
        start = TEXT.index(words)
        quotes.append(Quote(Span(start, start + len(words)), words, people[who], None, "said"))
    article_id = lib.add_article(
        Analysis(TEXT, Metadata(title="Bridge plan"), quotes=tuple(quotes))
    ).article_id
    return lib, article_id


def test_each_correction_in_words_newest_first(tmp_path: Path) -> None:
    lib, article_id = stored(tmp_path)
    first, second = lib.article_quotes(article_id, ALL_KINDS)
    fox, lee = lib.find_speaker("Ann Fox"), lib.find_speaker("Bob Lee")
    assert fox is not None and lee is not None
    lib.reassign_quote(second.id, fox)
    lib.hide_quote(first.id)
    start = TEXT.index("the budget was tight")
    lib.add_quote(article_id, start, start + len("the budget was tight"), lee, "reported")
    lib.add_tag(second.id, "budget")
    lib.set_speaker_role(lee, "city treasurer")
    lib.rename_speaker(fox, "Ann M. Fox")
    new = lib.create_speaker("Cy Day")
    lib.merge_speakers(fox, new)
    lib.update_article_metadata(article_id, Metadata(title="Bridge plan", outlet="Gazette"))

    log = correction_log(lib)
    assert [entry.what for entry in log] == [
        "Article details corrected: outlet",
        "Cy Day merged into Ann M. Fox",
        "New speaker Cy Day",
        "Speaker renamed Ann M. Fox",
        "Bob Lee: role set to \u201ccity treasurer\u201d",
        "\u201cNot this year,\u201d tagged \u201cbudget\u201d",
        "Reported speech: the budget was tight added, attributed to Bob Lee",
        "\u201cWe will build the bridge,\u201d marked not a quote",
        "\u201cNot this year,\u201d attributed to Ann M. Fox (was Bob Lee)",
    ]
    assert log[-1].quote_id == second.id and log[-1].article_title == "Bridge plan"
    assert log[-2].quote_id == first.id  # hidden, still found: the window shows it
    assert log[4].speaker_id == lee and log[4].quote_id is None
    assert len(correction_log(lib, limit=2)) == 2
    assert log[0].local_time()[:2] == "20"
    lib.close()


def test_a_quote_cut_at_its_own_ellipsis_shows_one() -> None:
    from core.correction_log import named

    text = "Some of the needs they explained to us today \u2026 could be better provided"
    assert named(text, "quote") == "\u201cSome of the needs they explained to us today\u2026\u201d"


def test_a_merge_of_two_rows_of_one_name_says_which(tmp_path: Path) -> None:
    """Two articles' "Obama" (a surname alone is a speaker of its own article) merged:
    the log names each by its article, as the speaker list tells them apart, never
    "Obama merged into Obama"."""
    lib = Library(tmp_path / "library.db")
    ids = []
    for title, words in (("Obama lays out stakes", "We can win,"), ("Summit ends", "Enough,")):
        text = f"\u201c{words}\u201d Obama said on {title}."
        obama = Speaker("Obama", SpeakerKind.PERSON, f"person:obama@{title}")
        quote = Quote(Span(1, 1 + len(words)), words, obama, None, "said")
        ids.append(lib.add_article(Analysis(text, Metadata(title=title), quotes=(quote,))))
    rows = [s for s in lib.speakers() if s.name == "Obama"]
    assert len(rows) == 2
    keep, merged = sorted(rows, key=lambda s: s.article or "")
    lib.merge_speakers(keep.id, merged.id)
    lib.create_speaker("Ann Fox")
    fox = lib.find_speaker("Ann Fox")
    assert fox is not None
    lib.merge_speakers(keep.id, fox)

    log = correction_log(lib)
    assert log[0].what == "Ann Fox merged into Obama"  # names that differ are left as they are
    assert log[2].what == (
        "Obama in \u201cSummit ends\u201d merged into Obama in \u201cObama lays out stakes\u201d"
    )
    assert log[2].speaker_id == keep.id
    lib.close()
