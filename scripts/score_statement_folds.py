"""Score statements on PolNeAR train honestly: each article extracted with the fold model
that never saw it.

    .venv/bin/python scripts/train_statements.py --fold-models /tmp/folds
    .venv/bin/python scripts/score_statement_folds.py /tmp/folds /tmp/cv.json [--jobs 2]

``train_statements.py --fold-models`` writes one model per fold and ``folds.json`` (which
fold held out each article). This script extracts every train article as ``onrecord
extract --json`` does, but with its own fold's statement model, writes the predictions
and prints the statement measure (``../shared/tools/polnear_attributions.py``) on them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import statement_model  # noqa: E402
from core.cli import analysis_json  # noqa: E402
from core.ingest import analyse_file  # noqa: E402
from core.readers import display_path  # noqa: E402

TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
MEASURE = ROOT.parent / "shared" / "tools" / "polnear_attributions.py"


def extract(job: tuple[Path, int, list[str]]) -> list[dict[str, Any]]:
    """The extraction of ``names`` with the model of fold ``fold`` (in a worker process:
    the model is swapped for the process's lifetime)."""
    folder, fold, names = job
    held = statement_model.StatementModel.from_json(
        json.loads((folder / f"fold{fold}.json").read_text(encoding="utf-8"))
    )
    statement_model.model = lambda: held
    out = []
    for name in names:
        path = TRAIN / "text" / f"{name}.txt"
        out.append(analysis_json(display_path(str(path)), analyse_file(path).analysis))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folds", type=Path, help="the folder of train_statements --fold-models")
    parser.add_argument("output", type=Path, help="where to write the predictions (JSON)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    args = parser.parse_args()
    held_by: dict[str, int] = json.loads((args.folds / "folds.json").read_text(encoding="utf-8"))
    jobs = [
        (args.folds, fold, sorted(n for n, f in held_by.items() if f == fold))
        for fold in sorted(set(held_by.values()))
    ]
    with Pool(args.jobs, maxtasksperchild=1) as pool:
        parts = pool.map(extract, jobs, chunksize=1)
    predictions = sorted((p for part in parts for p in part), key=lambda p: p["file"])
    args.output.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    return subprocess.call([sys.executable, str(MEASURE), str(TRAIN), str(args.output)])


if __name__ == "__main__":
    sys.exit(main())
