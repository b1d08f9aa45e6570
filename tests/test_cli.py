"""The command line: the `extract --json` contract, errors, and a library round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.ingest import sample_paths

KEYS = {"text", "start", "end", "speaker", "speaker_start", "speaker_end", "role", "cue"}


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
