"""The command line: the `extract --json` contract, errors, and a library round trip."""

from __future__ import annotations

import enum
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import cli
from core.cli import JSON_INDENT, json_list, json_text, main
from core.document import SpeakerKind
from core.ingest import sample_paths

KEYS = {"text", "start", "end", "speaker", "speaker_start", "speaker_end", "role", "cue"}
KEYS |= {"cue_start", "cue_end", "evidence"}  # why this speaker (issue 15)


def seed_path() -> Path:
    return next(p for p in sample_paths() if p.suffix == ".txt")


def test_extract_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    path = seed_path()
    assert main(["extract", str(path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [item["file"] for item in result] == [str(path)]
    text = path.read_text(encoding="utf-8")
    quotes = result[0]["quotes"]
    assert len(quotes) >= 16
    for quote in quotes:
        assert set(quote) == KEYS
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["speaker_start"] is not None:
            assert 0 <= quote["speaker_start"] < quote["speaker_end"] <= len(text)
    assert isinstance(result[0]["title"], str)


def test_extract_bad_files_are_reported_and_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("\u201cWe will win,\u201d Jane Roe said.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert main(["extract", str(missing), str(good), "--json"]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    result = json.loads(captured.out)
    assert [Path(r["file"]).name for r in result] == ["good.txt"]
    assert result[0]["quotes"][0]["speaker"] == "Jane Roe"


def test_a_damaged_pdf_is_one_line_on_stderr(tmp_path: Path) -> None:
    """In a fresh process, where no logging is set up: pypdf's own warnings stay quiet."""
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"not a pdf at all")
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "extract", str(damaged), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parents[1],
    )
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith(f"onrecord: {damaged}: corrupt PDF")


def test_extract_walks_a_folder_as_ingest_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    (folder / "inner").mkdir(parents=True)
    (folder / "b.txt").write_text("\u201cWe will win,\u201d Jane Roe said.\n", encoding="utf-8")
    (folder / "inner" / "a.txt").write_text("'Not today,' Ana Lind said.\n", encoding="utf-8")
    (folder / "notes.xyz").write_text("not an article", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["extract", str(folder), str(empty), "--json", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip() == f"onrecord: {empty}: no articles in this folder"
    result = json.loads(captured.out)
    assert [Path(r["file"]).name for r in result] == ["b.txt", "a.txt"]
    assert [r["quotes"][0]["speaker"] for r in result] == ["Jane Roe", "Ana Lind"]


@pytest.mark.parametrize(
    "objects",
    [
        [],
        [{}],
        [{"file": "a.txt", "quotes": [], "statements": [{"content": [[1, 2]], "t": "x\ny"}]}],
        [{"a": [1, {"b": None}]}, {"a": "\u201cquoted\u201d", "c": []}],
    ],
)
def test_json_list_is_the_list_as_json_dumps_writes_it(objects: list) -> None:
    items = [json.dumps(o, ensure_ascii=False, indent=JSON_INDENT) for o in objects]
    assert json_list(items) == json.dumps(objects, ensure_ascii=False, indent=JSON_INDENT)


class _Count(enum.IntEnum):
    ONE = 1


@pytest.mark.parametrize(
    "data",
    [
        {},
        [],
        [[[]], {}],
        {"file": "a.txt", "title": None, "quotes": [{"start": 0, "margin": 1.5, "partial": False}]},
        {"text": '\u201cquoted\u201d \u00e9\n"\\\x00\u2028', "ok": True, "n": -3, "tiny": 1e-07},
        [0.1, -0.0, 1e22, float("nan"), float("inf"), float("-inf")],
        ("a", ("b",)),
        "plain",
        {"kind": SpeakerKind.PERSON, "count": _Count.ONE},
    ],
)
def test_json_text_is_what_json_dumps_writes(data: object) -> None:
    assert json_text(data) == json.dumps(data, ensure_ascii=False, indent=JSON_INDENT)


def test_json_text_refuses_what_is_no_json_data() -> None:
    with pytest.raises(TypeError):
        json_text({1: "a number key"})
    with pytest.raises(TypeError):
        json_text([{"a set"}])


def test_extract_json_is_the_same_in_one_process_and_in_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(seed_path())]
    for n, line in enumerate(["\u201cWe will win,\u201d Jane Roe said.", "No quote here."]):
        paths.append(str(tmp_path / f"{n}.txt"))
        Path(paths[-1]).write_text(line + "\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        assert main(["extract", *paths, "--json", "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert [Path(r["file"]).name for r in json.loads(outputs[0])] == [Path(p).name for p in paths]


def test_ingest_then_list_speakers_and_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "library.db"
    assert main(["ingest", "--db", str(db), "--jobs", "1", str(seed_path())]) == 0
    capsys.readouterr()
    assert main(["speakers", "--db", str(db), "--json"]) == 0
    speakers = json.loads(capsys.readouterr().out)
    names = {s["name"] for s in speakers}
    assert {"Josep Borrell", "Robert Brieger", "Nathalie Loiseau", "Danno Pevkur"} <= names
    assert main(["quotes", "--db", str(db), "--speaker", "Robert Brieger", "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    assert [q["text"] for q in quotes] == [
        "A training mission outside of Ukraine is not a signal of warfighting,"
    ]
    # the same file again is recognised
    assert main(["ingest", "--db", str(db), "--jobs", "1", str(seed_path())]) == 0
    assert "already in the library" in capsys.readouterr().err


def test_unknown_option_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "--bogus"])
    assert exit_info.value.code != 0


def ingest_seed(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", "--db", str(db), "--jobs", "1", "--quiet", str(seed_path())]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("command", [["speakers"], ["quotes"], ["export"], ["reanalyse"]])
def test_read_commands_do_not_create_a_library(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "none.db"
    assert main([*command, "--db", str(db)]) == 1
    assert capsys.readouterr().err == f"onrecord: {db}: no library here; `onrecord ingest" \
        " FILE...` makes one (or give --db)\n"  # fmt: skip
    assert not db.exists()


def test_a_library_under_a_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("x")
    db = tmp_path / "file" / "lib.db"
    assert main(["ingest", "--db", str(db), str(seed_path())]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"onrecord: {db}: a library cannot be made here (")
    assert len(err.splitlines()) == 1
    assert main(["speakers", "--db", str(db)]) == 1
    assert "no library here" in capsys.readouterr().err


def test_escape_sequences_in_articles_are_not_sent_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evil.txt"
    evil = "\u201cWe will \x1b]0;pwned\x07win \x1b[2Jthe \u202evote,\u201d said Jane Roe.\n"
    path.write_text(evil + "The council met on Tuesday to count the votes.\n" * 9, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]0;pwned\\x07win \\x1b[2Jthe \\u202evote" in out
    assert main(["extract", str(path), "--json"]) == 0  # JSON keeps the text as it is
    assert "\x1b[2J" in json.loads(capsys.readouterr().out)[0]["quotes"][0]["text"]
    db = tmp_path / "lib.db"
    assert main(["ingest", "--db", str(db), "--quiet", str(path)]) == 0
    capsys.readouterr()
    assert main(["quotes", "--db", str(db)]) == 0
    assert "\x1b" not in capsys.readouterr().out


@pytest.mark.parametrize("search", ["*", '"', "\U0001f600", " - "])
def test_a_search_with_no_word_lists_nothing(
    tmp_path: Path, search: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    ingest_seed(db, capsys)
    assert main(["quotes", "--db", str(db), "--search", search, "--json"]) == 2
    assert "has no word to look for" in capsys.readouterr().err
    from core.library import Library

    with Library(db) as library:
        assert library.quotes(search=search) == []
        assert library.count_quotes(search=search) == 0


def test_speaker_commands_say_what_went_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    ingest_seed(db, capsys)
    assert main(["speaker", "rename", "Robert Brieger", "  ", "--db", str(db)]) == 1
    assert capsys.readouterr().err == "onrecord: a speaker needs a name; the new name is blank\n"
    assert main(["quote", "reassign", "1", "--db", str(db)]) == 1
    assert "needs the speaker" in capsys.readouterr().err
    assert main(["speaker", "rename", "Robert Brieger", "Rob\udcffert", "--db", str(db)]) == 2
    assert capsys.readouterr().err == "onrecord: Rob\\xffert: not valid UTF-8 text\n"
    with pytest.raises(SystemExit) as stopped:
        main(["quote", "hide", "99999999999999999999", "--db", str(db)])
    assert stopped.value.code == 2
    assert "'99999999999999999999' is not a quote id" in capsys.readouterr().err
    assert main(["quote", "hide", "9223372036854775807", "--db", str(db)]) == 1
    assert capsys.readouterr().err == "onrecord: no quote 9223372036854775807\n"


def test_export_to_an_unwritable_path_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    ingest_seed(db, capsys)
    out = tmp_path / "no" / "such" / "folder.csv"
    assert main(["export", "--db", str(db), "-o", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"onrecord: {out}: cannot be written (No such file or directory)\n"
    )


def test_merge_of_a_name_shared_by_many_speakers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "full.txt").write_text(
        "\u201cWe will win,\u201d said Barack Obama.\n", encoding="utf-8"
    )
    for n in range(3):  # a surname alone is a speaker of its own article
        (folder / f"s{n}.txt").write_text(
            f"\u201cPoint {n} stands,\u201d Obama said.\n", encoding="utf-8"
        )
    db = tmp_path / "lib.db"
    assert main(["ingest", str(folder), "--db", str(db), "--jobs", "1", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["speaker", "merge", "Barack Obama", "Obama", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "'Obama' names 3 speakers: Obama id:" in err and "add --all" in err
    assert main(["speaker", "merge", "Barack Obama", "Obama", "--all", "--db", str(db)]) == 0
    said = capsys.readouterr().err
    assert "3 speakers (id:2, id:3, id:4) merged into Barack Obama (id:1), now 4 quotes" in said
    assert main(["speakers", "--db", str(db), "--json"]) == 0
    assert [(s["name"], s["quote_count"]) for s in json.loads(capsys.readouterr().out)] == [
        ("Barack Obama", 4)
    ]
    assert main(["speaker", "role", "id:1", "President", "--db", str(db)]) == 0
    assert main(["speaker", "role", "id:99", "President", "--db", str(db)]) == 1
    assert "no speaker id:99" in capsys.readouterr().err


def test_the_command_exits_with_mains_code_its_heap_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Frozen, the heap is not walked again by the collections of Python's exit."""
    monkeypatch.setattr(cli, "main", lambda: 3)
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.run()
        assert stopped.value.code == 3 and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


class _Ended(Exception):
    """What the patched ``os._exit`` raises, with the code it was given."""


def _extract_ran(code: int) -> int:
    cli._written_whole = True  # as cmd_extract leaves it
    return code


def _ended(code: int) -> None:
    raise _Ended(code)


def test_after_extract_the_command_ends_once_its_output_is_flushed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No teardown of the models' objects after extract: the output flushed, ``os._exit``
    with main's code."""
    flushed = []
    monkeypatch.setattr(cli, "main", lambda: _extract_ran(1))
    monkeypatch.setattr(cli.os, "_exit", _ended)
    monkeypatch.setattr(sys.stdout, "flush", lambda: flushed.append("out"))
    monkeypatch.setattr(sys.stderr, "flush", lambda: flushed.append("err"))
    try:
        with pytest.raises(_Ended) as ended:
            cli.run()
        assert ended.value.args == (1,) and flushed == ["out", "err"]
    finally:
        gc.unfreeze()


def _closed() -> None:
    raise BrokenPipeError


@pytest.mark.parametrize(
    ("owner", "name", "value"),
    [
        # the output cannot be flushed: the ordinary exit reports it
        (sys.stdout, "flush", _closed),
        # ``python -m cProfile`` (or coverage) writes its report in the teardown
        (sys, "getprofile", lambda: object()),
    ],
    ids=["closed pipe", "profiler"],
)
def test_after_extract_the_ordinary_exit_where_the_teardown_has_work(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, value: object
) -> None:
    """Not ``os._exit`` after extract where the output cannot be flushed or a profiler
    or tracer is set: Python's own exit, with main's code."""
    monkeypatch.setattr(cli, "main", lambda: _extract_ran(0))
    monkeypatch.setattr(cli.os, "_exit", _ended)
    monkeypatch.setattr(owner, name, value)
    try:
        with pytest.raises(SystemExit) as stopped:
            cli.run()
        assert stopped.value.code == 0
    finally:
        gc.unfreeze()


def test_only_extract_ends_without_teardown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command run after an extract in the same process (tests do) exits as before."""
    assert main(["extract", str(sample_paths()[0]), "--jobs", "1"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(cli, "main", lambda: 0)
    monkeypatch.setattr(cli.os, "_exit", _ended)
    try:
        with pytest.raises(SystemExit):
            cli.run()
    finally:
        gc.unfreeze()


def test_quotes_and_export_sort_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core import queries
    from core.cli import SORTS

    assert SORTS == queries.SORTS
    db = tmp_path / "library.db"
    ingest_seed(db, capsys)
    base = ["--db", str(db), "--speech", "all"]

    def speakers(*options: str) -> list[str]:
        assert main(["quotes", *base, "--json", "--limit", "100", *options]) == 0
        return [q["speaker_name"] or "" for q in json.loads(capsys.readouterr().out)]

    by_name = speakers("--sort", "speaker")
    named = [n for n in by_name if n]
    assert named == sorted(named, key=str.lower) and len(set(named)) > 3
    backwards = [n for n in speakers("--sort", "speaker", "--reverse") if n]
    assert backwards == sorted(named, key=str.lower, reverse=True)
    assert sorted(speakers()) == sorted(by_name)  # the same quotes, another order
    assert main(["export", *base, "--format", "json", "--sort", "speaker"]) == 0
    exported = [q.get("speaker") or "" for q in json.loads(capsys.readouterr().out)]
    assert [n for n in exported if n] == named


def test_the_analysis_code_is_imported_with_the_collector_paused_and_left_as_it_was():
    """cli._analysis pauses cycle collection only while it imports core.ingest: the
    collector is on again after it when it was on, and stays off when it was off."""
    assert gc.isenabled()
    assert cli._analysis() is sys.modules["core.ingest"]
    assert gc.isenabled()
    gc.disable()
    try:
        cli._analysis()
        assert not gc.isenabled()
    finally:
        gc.enable()


def people_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, dict, dict]:
    """A library of Jane Roe, J. Roe (a suggestion) and Tom Pike (no one's duplicate):
    its path, the open suggestion and the speakers by name."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, name in enumerate(["Jane Roe", "J. Roe", "Tom Pike"]):
        (folder / f"a{n}.txt").write_text(
            f"\u201cThe bridge will open in May,\u201d {name} said on Tuesday.\n", encoding="utf-8"
        )
    db = str(tmp_path / "lib.db")
    assert main(["ingest", str(folder), "--db", db, "--jobs", "1", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["people", "suggest", "--json", "--db", db]) == 0
    [pair] = json.loads(capsys.readouterr().out)
    assert main(["speakers", "--json", "--db", db]) == 0
    ids = {s["name"]: s["id"] for s in json.loads(capsys.readouterr().out)}
    return db, pair, ids


def test_people_accept_joins_only_a_pair_it_suggests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped id must not merge two people silently (no command undoes a merge)."""
    db, pair, ids = people_pair(tmp_path, capsys)
    unrelated = [str(ids["Tom Pike"]), str(ids["Jane Roe"])]
    for action in ("accept", "reject"):
        assert main(["people", action, *unrelated, "--db", db]) == 1
        assert capsys.readouterr().err == (
            f"onrecord: id:{ids['Tom Pike']} and id:{ids['Jane Roe']} are not a possible"
            " duplicate (see `onrecord people suggest`); `onrecord speaker merge` joins any two\n"
        )
    assert main(["speakers", "--json", "--db", db]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3
    accepted = [str(pair["candidate_id"]), str(pair["speaker_id"])]  # either order
    assert main(["people", "accept", *accepted, "--db", db]) == 0
    said = capsys.readouterr().err
    assert main(["speakers", "--json", "--db", db]) == 0
    [kept] = [s for s in json.loads(capsys.readouterr().out) if s["name"] != "Tom Pike"]
    [merged] = {"Jane Roe", "J. Roe"} - {kept["name"]}
    assert said == f"{merged} merged into {kept['name']} (id:{kept['id']}), now 2 quotes\n"
    assert main(["people", "accept", *accepted, "--db", db]) == 1  # decided already


def test_stats_reads_dates_as_export_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date written out counts what export lists; one that cannot be read is refused,
    not counted as no quotes at all."""
    story = tmp_path / "story.txt"
    story.write_text("\u201cThe bridge will open in May,\u201d Jane Roe said.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"published": "2016-09-30"}', encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["ingest", str(story), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    for written in ("2016-09-30", "Sept. 30, 2016", "2016"):
        assert main(["stats", "--from", written, "--to", written, "--json", "--db", db]) == 0
        assert json.loads(capsys.readouterr().out)["quotes"] == 1, written
    assert main(["stats", "--from", "2016-13-45", "--db", db]) == 1
    assert capsys.readouterr() == (
        "",
        "onrecord: cannot read '2016-13-45' as a date (write e.g. 2016-09-30)\n",
    )


def test_dask_extract_without_the_dask_extra_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for module in ("dask", "dask.bag", "distributed"):  # as if never installed
        monkeypatch.setitem(sys.modules, module, None)
    assert main(["dask-extract", str(seed_path()), str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("onrecord: dask-extract needs the dask extra: pip install")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "out.jsonl").exists()


def test_each_correction_says_what_it_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the window's status bar does: on stderr, standard output left to listings."""
    story = tmp_path / "story.txt"
    story.write_text(
        "\u201cThe bridge will open in May,\u201d Jane Roe said. \u201cIt is paid for,\u201d"
        " Tom Pike said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "lib.db")
    assert main(["ingest", str(story), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["quotes", "--json", "--db", db, "--sort", "article"]) == 0
    first, _ = (q["id"] for q in json.loads(capsys.readouterr().out))
    said = []
    for command in (
        ["speaker", "rename", "Jane Roe", "Jane Roe-Hall"],
        ["speaker", "role", "Jane Roe-Hall", "mayor"],
        ["speaker", "role", "Jane Roe-Hall", ""],
        ["speaker", "kind", "Tom Pike", "organisation"],
        ["speaker", "gender", "Jane Roe-Hall", "female"],
        ["quote", "hide", str(first)],
        ["quote", "unhide", str(first)],
        ["quote", "reassign", str(first), "Tom Pike"],
        ["article", "edit", "1", "--date", "Sept. 30, 2016", "--outlet", ""],
    ):
        assert main([*command, "--db", db]) == 0, command
        captured = capsys.readouterr()
        assert captured.out == ""
        said.append(captured.err)
    assert said == [
        "Jane Roe (id:1) renamed Jane Roe-Hall\n",
        "Jane Roe-Hall (id:1): role mayor\n",
        "Jane Roe-Hall (id:1): role none, as the articles give it\n",
        "Tom Pike (id:2): kind organisation\n",
        "Jane Roe-Hall (id:1): gender female\n",
        f"quote {first} marked not a quote (`onrecord quote unhide {first}` restores it)\n",
        f"quote {first} restored\n",
        f"quote {first} attributed to Tom Pike (was Jane Roe-Hall)\n",
        "article 1 corrected: outlet cleared, date 2016-09-30\n",
    ]


def test_an_interrupted_ingest_says_what_is_stored_and_how_to_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import core.ingest

    stories = []
    for name in ("Jane Roe", "Tom Pike"):
        stories.append(tmp_path / f"{name.split()[1].lower()}.txt")
        stories[-1].write_text(f"\u201cWe will see,\u201d {name} said.\n", encoding="utf-8")
    real = core.ingest.ingest

    def stopped_after_one(sources: list, library: object, **options: object) -> None:
        real(sources[:1], library, **options)
        raise KeyboardInterrupt  # Ctrl+C while the second is read

    monkeypatch.setattr(core.ingest, "ingest", stopped_after_one)
    db = str(tmp_path / "lib.db")
    assert main(["ingest", *map(str, stories), "--db", db, "--quiet", "--jobs", "1"]) == 130
    assert capsys.readouterr().err == (
        "onrecord: interrupted; 1 article was stored whole before it, nothing half-written."
        " The same command again imports the rest (what is stored is skipped)\n"
    )
    monkeypatch.setattr(core.ingest, "ingest", real)
    assert main(["ingest", *map(str, stories), "--db", db, "--quiet", "--jobs", "1"]) == 0
    assert capsys.readouterr().err.endswith("1 imported, 1 already in the library, 0 failed\n")


def test_extract_offsets_skip_a_byte_order_mark_as_readme_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Notepad's UTF-8 starts with one: the offsets index the text after it."""
    path = tmp_path / "notepad.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "\u201cWe will see,\u201d Jane Roe said.\n".encode())
    assert main(["extract", str(path), "--json"]) == 0
    [quote] = json.loads(capsys.readouterr().out)[0]["quotes"]
    text = path.read_text(encoding="utf-8-sig")
    assert text[quote["start"] : quote["end"]] == quote["text"] == "We will see,"


def test_extract_counts_one_quote_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, none = tmp_path / "one.txt", tmp_path / "none.txt"
    one.write_text("\u201cWe will see,\u201d Jane Roe said.\n", encoding="utf-8")
    none.write_text("The council met on Tuesday.\n", encoding="utf-8")
    assert main(["extract", str(one), str(none), "--jobs", "1"]) == 0
    assert capsys.readouterr().out == (
        f"{one}: 1 quote\n  Jane Roe: \u201cWe will see,\u201d\n{none}: 0 quotes\n"
    )


def test_an_interrupted_reanalysis_says_how_far_it_went(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import core.ingest

    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("Jane Roe", "Tom Pike", "Ada Lund"):
        (folder / f"{name.split()[1]}.txt").write_text(
            f"\u201cWe will see,\u201d {name} said.\n", encoding="utf-8"
        )
    db = str(tmp_path / "lib.db")
    assert main(["ingest", str(folder), "--db", db, "--quiet", "--jobs", "1"]) == 0
    real, calls = core.ingest.analyse, []

    def stopped_at_the_second(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(core.ingest, "analyse", stopped_at_the_second)
    capsys.readouterr()
    assert main(["reanalyse", "--db", db, "--quiet"]) == 130
    assert capsys.readouterr().err == (
        "onrecord: interrupted; 1 of 3 articles re-analysed, each whole; the others keep"
        " their earlier analysis (`onrecord reanalyse` again runs over all)\n"
    )


def test_db_may_come_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As README's "`--db FILE` ... choose another file" reads: `onrecord --db F speakers`."""
    db = tmp_path / "lib.db"
    ingest_seed(db, capsys)
    assert main(["--db", str(db), "speakers", "--json"]) == 0
    by_flag = capsys.readouterr().out
    assert main([f"--db={db}", "article", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["quotes"] == 18
    assert main(["speakers", "--json", "--db", str(db)]) == 0
    assert capsys.readouterr().out == by_flag


def test_a_library_another_program_holds_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    import core.schema

    db = tmp_path / "lib.db"
    ingest_seed(db, capsys)
    monkeypatch.setattr(core.schema, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # as a long write elsewhere
    try:
        assert main(["speaker", "rename", "Robert Brieger", "Rob Brieger", "--db", str(db)]) == 1
    finally:
        holder.close()
    assert capsys.readouterr().err == (
        f"onrecord: {db}: busy: another program (the window, an import) kept it locked past"
        " 0.05 s; everything stored before it is whole. Try again once that is done\n"
    )


def test_the_window_without_a_display_is_one_line_not_a_qt_abort(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`onrecord` over SSH: Qt would abort (SIGABRT) saying reinstalling may help."""
    import gui.app

    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(gui.app, "run", lambda *a, **k: pytest.fail("Qt started"))
    assert main([]) == 2
    assert capsys.readouterr().err == (
        "onrecord: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is"
        " set). The other commands need none (onrecord --help); a picture of the window:"
        " onrecord gui --screenshot shot.png\n"
    )
    drawn = []
    monkeypatch.setattr(gui.app, "run", lambda *a, **k: drawn.append(os.environ) or 0)
    assert main(["gui", "--screenshot", "shot.png"]) == 0  # a picture needs no display
    assert drawn[0]["QT_QPA_PLATFORM"] == "offscreen"


def test_stats_text_counts_the_undated_quotes_under_the_months(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Else the months' rows add up to fewer quotes than the total above them."""
    dated, undated = tmp_path / "dated.txt", tmp_path / "undated.txt"
    dated.write_text("\u201cWe will see,\u201d Jane Roe said.\n", encoding="utf-8")
    (tmp_path / "dated.meta.json").write_text('{"published": "2016-09-30"}', encoding="utf-8")
    undated.write_text("\u201cNot today,\u201d Tom Pike said.\n", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["ingest", str(dated), str(undated), "--db", db, "--quiet", "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 quotes\n")
    assert out.endswith(
        "Quotes per month\nmonth    quotes\n-------  ------\n2016-09  1\nundated  1\n"
    )
