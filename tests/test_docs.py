"""The examples in the documentation run."""

from __future__ import annotations

import re
from pathlib import Path

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
