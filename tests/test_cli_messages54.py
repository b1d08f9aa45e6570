"""Command-line refusals that say why: a screenshot's file Qt cannot write, a negative
--limit, a split the command line cannot make, a folder with nothing to read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.library import Library
from tests.conftest import ScreenshotRun


def test_a_screenshot_in_a_format_qt_cannot_write_says_which_it_can(
    tmp_path: Path, gui_screenshot: ScreenshotRun
) -> None:
    shot = tmp_path / "shot.txt"
    done = gui_screenshot(shot, "--db", str(tmp_path / "lib.db"))
    assert done.returncode == 2 and not shot.exists()
    [line] = done.stderr.splitlines()
    assert line.startswith(
        f"onrecord: cannot write the screenshot {shot}: Qt writes no \u201c.txt\u201d image;"
        " name it .png, or one of"
    )
    assert ".png" in line and ".jpg" in line
    assert not (tmp_path / "lib.db").exists()  # refused before the window was built


@pytest.fixture(scope="module")
def library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lib")
    for n, name in enumerate(["Jane Roe", "Tom Pike", "Ana Lind"]):
        (folder / f"{n}.txt").write_text(
            f"\u201cWe will see about number {n},\u201d {name} said.\n", encoding="utf-8"
        )
    db = folder / "lib.db"
    paths = [str(folder / f"{n}.txt") for n in range(3)]
    assert main(["ingest", *paths, "--db", str(db), "--quiet", "--jobs", "1"]) == 0
    return db


@pytest.mark.parametrize(
    "command",
    [
        ["quotes", "--limit"],
        ["speakers", "--limit"],
        ["article", "list", "--limit"],
        ["people", "suggest", "--limit"],
        ["stats", "--top"],
    ],
)
def test_a_negative_number_of_rows_is_refused_not_read_as_all(
    command: list[str], library_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*command, "-5", "--db", str(library_file)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith(
        f"error: argument {command[-1]}: {command[-1]} must be a number of rows to list,"
        " 0 or more, not '-5'\n"
    )


def test_a_limit_still_limits(library_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["quotes", "--limit", "2", "--json", "--db", str(library_file)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_a_split_the_command_line_cannot_make_says_what_it_can(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = {
        "a": "Vote\n\n\u201cWe will win,\u201d said President Barack Obama. He smiled.\n",
        "b": "Ready\n\n\u201cWe are ready for it,\u201d said President Obama.\n",
        "c": "Weather\n\n\u201cNot today,\u201d Jane Roe said.\n",
        "d": "Rain\n\n\u201cMaybe tomorrow,\u201d Tom Pike said.\n",
    }
    for name, text in said.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = ["--db", str(tmp_path / "lib.db")]
    assert main(["ingest", str(tmp_path), *db, "--quiet", "--jobs", "1"]) == 0
    assert main(["speaker", "merge", "Jane Roe", "Tom Pike", *db]) == 0
    library = Library(tmp_path / "lib.db")
    try:
        obama = library.find_speaker("Barack Obama")
        [joined] = library.person(obama).variants  # "Obama", joined by the library
        [pike] = library.person(library.find_speaker("Jane Roe")).variants
    finally:
        library.close()
    assert (joined.by, pike.by) == ("machine", "human")
    capsys.readouterr()

    assert main(["people", "split", str(pike.id), *db]) == 1
    err = capsys.readouterr().err
    assert "undo a merge" not in err  # it says which command takes a merge back
    assert err == (
        f"onrecord: Tom Pike (id:{pike.id}) was merged into Jane Roe by a reporter, not joined"
        " by the library: only the library's joins split off. `onrecord people variants NAME`"
        " lists the rows folded into NAME: those joined by the machine split off by their id;"
        f" `onrecord speaker unmerge id:{pike.id}` takes back a reporter's merge\n"
    )
    assert main(["people", "split", str(obama), *db]) == 1
    assert capsys.readouterr().err == (
        f"onrecord: Barack Obama (id:{obama}) is joined to no one: nothing to split off."
        " `onrecord people variants NAME` lists the rows folded into NAME: those joined by the"
        " machine split off by their id\n"
    )
    assert main(["people", "split", "999", *db]) == 1
    assert capsys.readouterr().err == "onrecord: no speaker 999 in the library\n"
    assert main(["people", "split", str(joined.id), *db]) == 0  # what it can do, it does


@pytest.mark.parametrize("as_json", [[], ["--json"]])
def test_extract_of_a_folder_with_nothing_to_read_fails(
    as_json: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A script's `onrecord extract DIR && ...` must not go on as if the folder was read;
    a folder beside files that were read still exits 0 (test_cli's folder walk)."""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.xyz").write_text("not an article", encoding="utf-8")
    assert main(["extract", str(empty), *as_json, "--jobs", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"onrecord: {empty}: no articles in this folder\n"
    assert captured.out == ("[]\n" if as_json else "")  # the JSON contract: a list, if empty


def test_ingest_of_a_folder_with_nothing_to_read_says_so_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As extract does: `onrecord ingest EMPTY_FOLDER` had printed '0 imported, ...' and
    exited 0, so `ingest DIR && ...` went on as if the folder had been read."""
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.xyz").write_text("not an article", encoding="utf-8")
    db = tmp_path / "lib.db"
    assert main(["ingest", str(empty), "--db", str(db), "--jobs", "1"]) == 1
    assert f"onrecord: {empty}: no articles in this folder\n" in capsys.readouterr().err
    article = tmp_path / "full"
    article.mkdir()
    (article / "a.txt").write_text("“We will win,” Ada Lind said.\n", encoding="utf-8")
    assert main(["ingest", str(empty), str(article), "--db", str(db), "--jobs", "1"]) == 0
    assert main(["ingest", str(article), "--db", str(db), "--jobs", "1"]) == 0  # all stored


def test_a_merge_made_on_the_command_line_is_taken_back_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`speaker merge` names the ids it merged in, and `speaker unmerge id:N` gives that
    row its quotes back: a merge made on the command line could be taken back nowhere."""
    article = tmp_path / "a.txt"
    article.write_text(
        "“We will win,” Ada Lind said.\n\n“We will lose,” Bo Sten said.\n", encoding="utf-8"
    )
    db = str(tmp_path / "lib.db")
    assert main(["ingest", str(article), "--db", db, "--jobs", "1"]) == 0
    with Library(db) as library:
        sten = library.find_speaker("Bo Sten")
    capsys.readouterr()
    assert main(["speaker", "merge", "Ada Lind", "Bo Sten", "--db", db]) == 0
    assert f"(id:{sten}) merged into Ada Lind" in capsys.readouterr().err
    assert main(["speaker", "unmerge", f"id:{sten}", "--db", db]) == 0
    assert "Bo Sten" in capsys.readouterr().err
    with Library(db) as library:
        counts = {s.name: s.quote_count for s in library.speakers()}
    assert counts == {"Ada Lind": 1, "Bo Sten": 1}
    assert main(["speaker", "unmerge", f"id:{sten}", "--db", db]) == 1  # nothing to take back
    assert "merged into no one" in capsys.readouterr().err
    assert main(["speaker", "rename", "Ada Lind", "--db", db]) == 1  # a rename needs its name
    assert "needs a value" in capsys.readouterr().err
