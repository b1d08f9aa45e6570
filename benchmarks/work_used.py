"""How much of the analysis' work feeds the output, stage by stage:
``benchmarks/work_used.py [FILE ...]`` (default files: issue 15's side-by-side set, every
10th PolNeAR train article).

The articles are extracted as ``onrecord extract --json`` does, in one process after a
warm-up article, with a CPU timer around the stages and around the units of work whose
result may feed nothing: a frame the statement finder reads (does it give a statement?),
a frame whose cues the attribution searches (does it find a mention, with or without a
quotation?), a sentence whose subject ``introduce_people`` reads (is there one?). Besides,
how many candidate cue words the statement model scores and how many pass, how many
people the cast holds and how many of them speak, and how many of the frames' mentions
become a quotation's or a statement's. Prints each count and its share of the CPU time of
the whole extraction (each share inclusive: a frame's cues are part of its reading)."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from common import ROOT
from extract_timeline import side_by_side_files

sys.path.insert(0, str(ROOT))

from core import attribution, cli, extract, nlp, statement_model, statements, subjects  # noqa: E402

CALLS: Counter[str] = Counter()
SECONDS: Counter[str] = Counter()


def timed(owner: Any, name: str, kind: Callable[..., str]) -> None:
    """Replace ``owner.name`` by a copy that counts its calls and CPU seconds under the
    key ``kind(result, *args)`` names."""
    function = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        result = function(*args, **kwargs)
        key = kind(result, *args)
        SECONDS[key] += time.process_time() - began
        CALLS[key] += 1
        return result

    setattr(owner, name, counted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*")
    files = parser.parse_args().files or side_by_side_files()
    cli._analysis()
    nlp.load_all()
    statement_model.model()
    cli.extracted(files[0], as_json=True)  # the lazy models and tables, out of the count
    readings: list[extract.Reading] = []
    drafts: list[list[statements.Draft]] = []
    timed(extract, "attribute", lambda r, *_: readings.append(r) or "stage: attribute")
    timed(statements, "find", lambda r, *_: drafts.append(r) or "stage: statements.find")
    timed(extract, "introduce_people", lambda *_: "stage: introduce_people")
    timed(extract, "add_article_roles", lambda *_: "stage: roles")
    timed(
        statements._FrameReader,
        "statements",
        lambda r, *_: "statement finder frame, " + ("gives a statement" if r else "gives none"),
    )
    timed(
        attribution.Attributor,
        "_find_mentions",
        lambda _, self, frame: (
            "attribution's cue search, frame "
            + ("with" if frame.quotes else "without")
            + " quotations, "
            + ("finds a mention" if frame.mentions else "finds none")
        ),
    )
    timed(
        subjects,
        "subject_reference",
        lambda r, _, __, refs: (
            "a sentence's subject read, "
            + ("found" if r else "none, of references" if refs else "none, no reference")
        ),
    )
    timed(statement_model, "cue_features", lambda *_: "cue model: a candidate's features")
    timed(
        statement_model.StatementModel,
        "cues",
        lambda r, *_: CALLS.update(passing=len(r)) or "cue model: a frame's cues",
    )
    began = time.process_time()
    for name in files:
        cli.extracted(name, as_json=True)
    total = time.process_time() - began
    people = speaking = mentions = used = 0
    for reading, found in zip(readings, drafts, strict=True):
        said = [a.mention for a in reading.attributions] + [d.mention for d in found]
        speakers = {id(m.person) for m in said if m is not None and m.person is not None}
        people += len(reading.cast.people)
        speaking += sum(id(p) in speakers for p in reading.cast.people)
        taken = {id(m) for m in said if m is not None}
        mentions += sum(len(f.mentions) for f in reading.frames)
        used += sum(id(m) in taken for f in reading.frames for m in f.mentions)
    passing = CALLS.pop("passing")
    print(f"{len(files)} articles, {total:.2f} s of CPU")
    print("share  calls  work")
    for key in sorted(CALLS):
        print(f"{100 * SECONDS[key] / total:5.1f}% {CALLS[key]:6d}  {key}")
    print(f"cue model: {passing} of the candidates scored pass")
    print(f"cast: {people} people, {speaking} speak in a quotation or statement")
    print(f"frames' mentions: {mentions}, {used} a quotation's or a statement's")


if __name__ == "__main__":
    main()
