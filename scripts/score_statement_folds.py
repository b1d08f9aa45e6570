"""Score statements on PolNeAR train honestly: each article extracted with the fold model
that never saw it.

    .venv/bin/python scripts/train_statements.py --fold-models /tmp/folds
    .venv/bin/python scripts/score_statement_folds.py /tmp/folds /tmp/cv.json [--jobs 2]
        [--misses /tmp/misses.txt] [--false /tmp/false.txt] [--reuse]

``train_statements.py --fold-models`` writes one model per fold and ``folds.json`` (which
fold held out each article). This script extracts every train article as ``onrecord
extract --json`` does, but with its own fold's statement model, writes the predictions
and prints the statement measure (``../shared/tools/polnear_attributions.py``) on them.
``--misses`` writes why each reported-speech attribution went unmatched: its cue word was
never a candidate (not in the fold model's vocabulary), a candidate the cue model scored
low, scored as a cue but dropped by the grammar (no source, no content), or taken with a
content too long, too short or elsewhere; with the cue texts most often missed.
``--false`` writes why each predicted statement matched no gold attribution: its content
overlaps no gold content (its cue inside a gold content or not: a statement nested in
another one's content), barely overlaps one (under a fifth of itself), is too long for
the gold it overlaps most, too short, neither (shifted), or overlaps a gold attribution
another prediction matched (a split or a duplicate); by kind, with the cue words most
often seen, and ``--examples`` of each written with their sentence. ``--categories``
counts where reported and mixed speech is lost, by kind: no predicted cue in the
annotated cue's sentence, another cue there, another statement's content over it; the cue
found but the content's start or end wrong (early, late, short, long); the content in
pieces or over several sentences; matched with a wrong source; and ``--examples`` of each
kind lost, with the prediction nearest it. ``--reuse`` scores the
predictions already written to the output instead of extracting again. ``--threshold``
extracts with the fold models' cue threshold set to another value, ``--end-threshold``
with their end model's and ``--start-threshold`` with their start model's (a sweep of
any needs no retraining).
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import subprocess
import sys
from bisect import bisect_right
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import nlp, statement_model  # noqa: E402
from core.cli import analysis_json  # noqa: E402
from core.extract import paragraphs  # noqa: E402
from core.ingest import analyse_file  # noqa: E402
from core.readers import display_path  # noqa: E402

TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
MEASURE = ROOT.parent / "shared" / "tools" / "polnear_attributions.py"


def fold_model(
    folder: Path,
    fold: int,
    threshold: float | None,
    end: float | None = None,
    start: float | None = None,
) -> statement_model.StatementModel:
    """The model of fold ``fold``, with its cue threshold ``threshold``, its end model's
    threshold ``end`` and its start model's ``start`` if given."""
    model = statement_model.StatementModel.from_json(
        json.loads((folder / f"fold{fold}.json").read_text(encoding="utf-8"))
    )
    if threshold is not None:
        model.threshold = threshold
    if end is not None:
        model.end_threshold = end
    if start is not None:
        model.start_threshold = start
    return model


def extract(
    job: tuple[Path, int, list[str], float | None, float | None, float | None],
) -> list[dict[str, Any]]:
    """The extraction of ``names`` with the model of fold ``fold`` (in a worker process:
    the model is swapped for the process's lifetime)."""
    folder, fold, names, threshold, end, start = job
    held = fold_model(folder, fold, threshold, end, start)
    statement_model.model = lambda: held
    out = []
    for name in names:
        path = TRAIN / "text" / f"{name}.txt"
        out.append(analysis_json(display_path(str(path)), analyse_file(path).analysis))
    return out


def _measure() -> Any:
    spec = importlib.util.spec_from_file_location("polnear_attributions", MEASURE)
    measure = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(measure)  # type: ignore[union-attr]
    return measure


def _pairs(golds: list[set[int]], preds: list[set[int]]) -> dict[int, int]:
    """The measure's one-to-one pairs of gold ``i`` and prediction ``j``, as {j: i}."""
    pairs = sorted(
        (2 * len(g & p) / (len(g) + len(p)), i, j)
        for i, g in enumerate(golds)
        for j, p in enumerate(preds)
        if g and p and len(g & p) >= 0.5 * len(g) and len(g & p) >= 0.5 * len(p)
    )
    matched: dict[int, int] = {}
    for _, i, j in reversed(pairs):
        if i not in matched.values() and j not in matched:
            matched[j] = i
    return matched


def false_positives(predictions: Path, output: Path, examples: int = 12) -> None:
    """Write the breakdown of the predicted statements that matched no gold (see above)."""
    measure = _measure()
    gold = measure.load_gold(str(TRAIN))
    raw = {Path(item["file"]).stem: item for item in json.loads(predictions.read_text("utf-8"))}
    why: Counter[str] = Counter()
    cues: dict[str, Counter[str]] = {}
    shown: dict[str, list[str]] = {}
    total = 0
    for name, (text, attributions) in sorted(gold.items()):
        found = raw.get(name, {}).get("statements") or []
        total += len(found)
        golds = [measure.chars(text, g["content"]) for g in attributions]
        preds = [measure.chars(text, [tuple(r) for r in p["content"]]) for p in found]
        matched = _pairs(golds, preds)
        taken = set(matched.values())
        inside = [piece for g in attributions for piece in g["content"]]
        for j, p in enumerate(found):
            if j in matched or not preds[j]:
                continue
            best = max(range(len(golds)), key=lambda i: len(golds[i] & preds[j]), default=None)
            overlap = 0 if best is None else len(golds[best] & preds[j])
            if not overlap:
                cue = p.get("cue_start")
                nested = cue is not None and any(s <= cue < e for s, e in inside)
                reason = "no gold content overlapped, " + (
                    "its cue inside a gold content" if nested else "its cue outside"
                )
            elif overlap < 0.2 * len(preds[j]):
                reason = "barely overlaps a gold content (under a fifth of itself)"
            elif best in taken:
                reason = "overlaps a gold another prediction matched (split or duplicate)"
            elif overlap >= 0.5 * len(golds[best]):
                reason = "too long for the gold it overlaps"
            elif overlap >= 0.5 * len(preds[j]):
                reason = "too short for the gold it overlaps"
            else:
                reason = "overlaps a gold, neither half (shifted)"
            reason += f" [{p['kind']}]"
            why[reason] += 1
            cues.setdefault(reason, Counter())[(p.get("cue") or "-").lower()] += 1
            if len(shown.setdefault(reason, [])) < examples:
                shown[reason].append(_example(text, p, attributions[best] if overlap else None))
    lines = [f"unmatched predictions: {sum(why.values())} of {total}"]
    for reason, n in why.most_common():
        common = ", ".join(f"{c} {k}" for c, k in cues[reason].most_common(25))
        lines += [f"{n:6d} {reason}", f"       {common}"]
    for reason, _ in why.most_common():
        lines += ["", f"== {reason}", *shown[reason]]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def categories(predictions: Path, output: Path, examples: int = 12) -> None:
    """Write the counts of where reported and mixed speech is lost (see above), then
    ``examples`` of each kind lost: the gold in its paragraph and the prediction nearest
    it (the statement of its cue, else the one overlapping its content most)."""
    measure = _measure()
    gold = measure.load_gold(str(TRAIN))
    pred = measure.load_pred(str(predictions), gold)
    counts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    for name, (text, attributions) in sorted(gold.items()):
        found = pred.get(name, [])
        golds = [measure.chars(text, g["content"]) for g in attributions]
        preds = [measure.chars(text, p["content"]) for p in found]
        matched = {i: j for j, i in _pairs(golds, preds).items()}
        ends = [s.end for p in paragraphs(text) for s in nlp.split_sentences(text, p.start, p.end)]
        sentence = functools.partial(bisect_right, ends)  # the sentence of an offset
        for i, g in enumerate(attributions):
            kind = g["type"]
            if kind == "direct" or not golds[i]:
                continue
            if i in matched:
                right = measure.source_right(text, g, found[matched[i]])
                counts[f"{kind}: matched, source {'right' if right else 'wrong'}"] += 1
                continue
            first, last = min(golds[i]), max(golds[i])
            cue = g["cue"]
            at = sentence(cue[0][0] if cue else first)
            same = [
                j
                for j, p in enumerate(found)
                if cue and p["cue"] and measure.overlaps(p["cue"], cue)
            ]
            if len(g["content"]) > 1:
                reason = "content in pieces"
            elif sentence(first) != sentence(last):
                reason = "content over several sentences"
            elif same and same[0] in matched.values():
                reason = "cue found, its statement matched another attribution"
            elif same and preds[same[0]]:
                p = preds[same[0]]
                start = "early" if min(p) < first else "late" if min(p) > first else "right"
                end = "short" if max(p) < last else "long" if max(p) > last else "right"
                reason = f"cue found, start {start}, end {end}"
            elif any(preds[j] & golds[i] for j in range(len(found))):
                reason = "no cue of it, another statement's content over it"
            elif any(p["cue"] and sentence(p["cue"][0][0]) == at for p in found):
                reason = "another cue in its sentence, not its own"
            else:
                reason = "no predicted cue in its sentence"
            counts[f"{kind}: {reason}"] += 1
            if len(shown.setdefault(f"{kind}: {reason}", [])) < examples:
                nearest = _nearest(preds, golds[i], same)
                shown[f"{kind}: {reason}"].append(
                    _lost(text, g, None if nearest is None else found[nearest])
                )
    lines = [f"{n:6d} {reason}" for reason, n in sorted(counts.items())]
    for reason, lost in sorted(shown.items()):
        lines += ["", f"== {reason}", *lost]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _nearest(preds: list[set[int]], gold: set[int], same: list[int]) -> int | None:
    """The prediction nearest a gold content: the first with its cue (``same``), else the
    one overlapping it most, if any does."""
    if same:
        return same[0]
    best = max(range(len(preds)), key=lambda j: len(preds[j] & gold), default=None)
    return best if best is not None and preds[best] & gold else None


def _lost(text: str, gold: dict[str, Any], pred: dict[str, Any] | None) -> str:
    """A gold attribution lost, in its paragraph: its content [[in brackets]], its cue
    <<so>>, and the prediction nearest it (content and cue text)."""
    shown = {"content": sorted(gold["content"]), **_cue_offsets(gold["cue"])}
    example = _example(text, shown, None)
    if pred is None:
        return example + "\n    pred: -"
    cue = " ".join(text[s:e] for s, e in pred["cue"])
    return example + f"\n    pred: <<{cue}>> " + " | ".join(text[s:e] for s, e in pred["content"])


def _cue_offsets(cue: list[tuple[int, int]]) -> dict[str, int]:
    """The first piece of a cue as a statement's cue_start and cue_end, if any."""
    return {"cue_start": cue[0][0], "cue_end": cue[0][1]} if cue else {}


def _example(text: str, pred: dict[str, Any], gold: dict[str, Any] | None) -> str:
    """A prediction in its paragraph: the content [[in brackets]], the cue <<so>>, and the
    gold content it overlaps most."""
    first, last = pred["content"][0][0], pred["content"][-1][1]
    start = text.rfind("\n", 0, first) + 1
    end = text.find("\n", last)
    end = len(text) if end < 0 else end
    marks = [(s, "[[") for s, _ in pred["content"]] + [(e, "]]") for _, e in pred["content"]]
    if pred.get("cue_start") is not None:
        marks += [(pred["cue_start"], "<<"), (pred["cue_end"], ">>")]
    out, cursor = [], start
    for at, mark in sorted(m for m in marks if start <= m[0] <= end):
        out += [text[cursor:at], mark]
        cursor = at
    out.append(text[cursor:end])
    line = "- " + "".join(out)
    if gold is not None:
        line += "\n    gold: " + " | ".join(text[s:e] for s, e in gold["content"])
    return line


def misses(folder: Path, predictions: Path, output: Path, threshold: float | None = None) -> None:
    """Write the breakdown of the unmatched reported-speech attributions (see above)."""
    from scripts.train_statements import load

    measure = _measure()
    held_by: dict[str, int] = json.loads((folder / "folds.json").read_text(encoding="utf-8"))
    models = {fold: fold_model(folder, fold, threshold) for fold in set(held_by.values())}
    gold = measure.load_gold(str(TRAIN))
    pred = measure.load_pred(str(predictions), gold)
    articles = {a.name: a for a in load(TRAIN)}
    why: Counter[str] = Counter()
    cues: dict[str, Counter[str]] = {}
    for name, (text, attributions) in gold.items():
        found = pred.get(name, [])
        golds = [measure.chars(text, g["content"]) for g in attributions]
        preds = [measure.chars(text, p["content"]) for p in found]
        pairs = _pairs(golds, preds)
        matched, used = set(pairs.values()), set(pairs)
        model = models[held_by[name]]
        for i, g in enumerate(attributions):
            if g["type"] != "indirect" or i in matched or not golds[i] or not g["cue"]:
                continue
            cue = " ".join(text[s:e] for s, e in g["cue"]).lower()
            taken = [
                j for j, p in enumerate(found) if p["cue"] and measure.overlaps(p["cue"], g["cue"])
            ]
            if taken:
                overlap = len(golds[i] & preds[taken[0]])
                reason = (
                    "cue taken, its statement matched another attribution" if taken[0] in used
                    else "cue taken, content elsewhere" if not overlap
                    else "cue taken, content too short" if overlap < 0.5 * len(golds[i])
                    else "cue taken, content too long"
                )  # fmt: skip
            else:
                reason = _cue_miss(articles[name].sentences, g["cue"], model)
            why[reason] += 1
            cues.setdefault(reason, Counter())[cue] += 1
    lines = [f"unmatched reported-speech attributions: {sum(why.values())}"]
    for reason, n in why.most_common():
        common = ", ".join(f"{c} {k}" for c, k in cues[reason].most_common(25))
        lines += [f"{n:6d} {reason}", f"       {common}"]
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cue_miss(
    sentences: list[statement_model.Words],
    cue: list[tuple[int, int]],
    model: statement_model.StatementModel,
) -> str:
    """Why no statement took the annotated ``cue``: none of its words is a candidate, the
    cue model scored them low, or the grammar dropped the cue the model found."""
    start = cue[0][0]
    words = next((w for w in sentences if len(w) and w.starts[0] <= start < w.ends[-1]), None)
    if words is None:
        return "cue in no frame (inside a quotation)"
    inside = [
        k
        for k in range(len(words))
        if any(s <= words.starts[k] < e or words.starts[k] <= s < words.ends[k] for s, e in cue)
        and model.candidate(words.lowers[k])
    ]
    if not inside:
        return "cue word never a candidate"
    score = max(model.cue.score(statement_model.cue_features(words, k)) for k in inside)
    return (
        "cue scored as one, dropped by the grammar"
        if score > model.threshold
        else ("candidate cue scored low")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folds", type=Path, help="the folder of train_statements --fold-models")
    parser.add_argument("output", type=Path, help="where to write the predictions (JSON)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--misses", type=Path, help="write why reported speech was missed here")
    parser.add_argument("--false", type=Path, help="write why predictions matched nothing here")
    parser.add_argument("--categories", type=Path, help="write where reported speech is lost")
    parser.add_argument(
        "--examples", type=int, default=12, help="examples per reason (--false, --categories)"
    )
    parser.add_argument("--reuse", action="store_true", help="score the output already written")
    parser.add_argument(
        "--threshold", type=float, help="the cue threshold instead of each fold model's own"
    )
    parser.add_argument(
        "--end-threshold", type=float, help="the end model's threshold instead of each model's"
    )
    parser.add_argument(
        "--start-threshold", type=float, help="the start model's threshold instead of each's"
    )
    args = parser.parse_args()
    held_by: dict[str, int] = json.loads((args.folds / "folds.json").read_text(encoding="utf-8"))
    jobs = [
        (
            args.folds,
            fold,
            sorted(n for n, f in held_by.items() if f == fold),
            args.threshold,
            args.end_threshold,
            args.start_threshold,
        )
        for fold in sorted(set(held_by.values()))
    ]
    if not args.reuse:
        with Pool(args.jobs, maxtasksperchild=1) as pool:
            parts = pool.map(extract, jobs, chunksize=1)
        predictions = sorted((p for part in parts for p in part), key=lambda p: p["file"])
        args.output.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
    status = subprocess.call([sys.executable, str(MEASURE), str(TRAIN), str(args.output)])
    if args.misses is not None:
        misses(args.folds, args.output, args.misses, args.threshold)
    if args.false is not None:
        false_positives(args.output, args.false, args.examples)
    if args.categories is not None:
        categories(args.output, args.categories, args.examples)
    return status


if __name__ == "__main__":
    sys.exit(main())
