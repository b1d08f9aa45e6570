"""The examples in the documentation run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.cli import main, parser
from core.ingest import import_samples
from core.library import Library

ROOT = Path(__file__).resolve().parents[1]


def test_schema_example_query_runs(tmp_path: Path) -> None:
    sql = re.search(r"```sql\n(.*?)```", (ROOT / "docs" / "SCHEMA.md").read_text(), re.S)
    assert sql is not None
    with Library(tmp_path / "library.db") as library:
        import_samples(library)
        rows = library.db.execute(sql.group(1)).fetchall()
    assert rows and rows[0][0] == "Josep Borrell"


def test_readme_starts_with_the_two_setup_commands() -> None:
    first = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:4]
    assert any("pip install -e . && onrecord" in line for line in first)
    assert any("pip install -e '.[test]' && python -m pytest" in line for line in first)
    assert "python -m pytest" in (ROOT / ".ci" / "run").read_text()


def test_readme_extract_example_is_what_extract_prints(capsys: pytest.CaptureFixture[str]) -> None:
    """Its lines are lines of the output, in order, "..." standing for those left out."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\n\$ onrecord extract (\S+)\n(.*?)```", readme, re.S)
    assert block is not None
    assert main(["extract", str(ROOT / block[1])]) == 0
    printed = capsys.readouterr().out.splitlines()
    printed[0] = printed[0].replace(str(ROOT / block[1]), block[1])
    shown = block[2].splitlines()
    position = 0
    for line in shown:
        if line.strip() == "...":
            continue
        position = printed.index(line, position) + 1
    if shown[-1].strip() != "...":
        assert position == len(printed), "the example's last line is not the last printed"
    assert shown[0] == printed[0]


def test_readme_shows_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = parser()._subparsers._group_actions[0].choices  # noqa: SLF001
    missing = [name for name in commands if f"onrecord {name}" not in readme]
    assert missing == []
