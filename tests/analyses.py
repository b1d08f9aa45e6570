"""Analyses of PolNeAR articles for the hand-read sample tests, made once per test run.

The samples name over 1,700 articles between them but fewer than 800 different ones, and
pytest-xdist spreads their tests over processes. The first process to ask for an article
analyses it and leaves a pickle in the run's folder (named by ``RUN_FOLDER``, set by
``tests/conftest.py``); the others load that (about 2 ms against 100 ms). Without the
folder (a single test file run by hand), each process keeps its own analyses.
"""

from __future__ import annotations

import os
import pickle
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from core.document import Analysis
    from core.ingest import Analysed

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear"
RUN_FOLDER = "ONRECORD_TEST_ANALYSES"


def analysis(split: str, article: str) -> Analysis:
    """On Record's analysis of ``article`` (a text file's name, with or without ".txt")
    of the PolNeAR ``split``, as ``onrecord ingest`` makes it."""
    name = article if article.endswith(".txt") else f"{article}.txt"
    return analysed(POLNEAR / split / "text" / name).analysis


@cache
def analysed(path: Path) -> Analysed:
    """``path`` read and analysed as ``onrecord ingest`` does (``core.ingest.analyse_file``:
    the title and date its name gives go into the metadata), made once per test run."""
    from core.ingest import analyse_file  # not at import: conftest.py reads RUN_FOLDER

    folder = os.environ.get(RUN_FOLDER)
    kept = Path(folder) / f"{path.parent.parent.name}-{path.name}.pickle" if folder else None
    if kept and kept.is_file():
        return pickle.loads(kept.read_bytes())
    found = analyse_file(path)
    if kept:
        part = kept.with_name(f"{kept.name}.{os.getpid()}")
        part.write_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        part.replace(kept)  # whole or absent for a process reading it
    return found


@overload
def speaker_of(
    text: str, fragment: str, *, inside: bool = False, kind: Literal[False] = False
) -> str | None: ...
@overload
def speaker_of(
    text: str, fragment: str, *, inside: bool = False, kind: Literal[True]
) -> tuple[str | None, str | None]: ...
def speaker_of(
    text: str, fragment: str, *, inside: bool = False, kind: bool = False
) -> str | None | tuple[str | None, str | None]:
    """The speaker of the first quotation ``core.extract.extract`` finds in ``text`` that
    opens with ``fragment`` (or, ``inside``, holds it anywhere): its name, or with
    ``kind`` its ``(name, kind)`` ("person", "organisation", "anonymous"); None, or
    ``(None, None)``, for a quotation with no speaker. A test written on sentences of its
    own fails where no quotation fits."""
    from core.extract import extract  # not at import: conftest.py reads RUN_FOLDER

    quotes = extract(text).quotes
    for quote in quotes:
        if fragment in quote.text if inside else quote.text.startswith(fragment):
            speaker = quote.speaker
            if kind:
                return (speaker.name, speaker.kind.value) if speaker else (None, None)
            return speaker.name if speaker else None
    found = [(q.text, q.speaker.name if q.speaker else None) for q in quotes]
    fits = "holds" if inside else "starts with"
    raise AssertionError(f"no quotation {fits} {fragment!r} in {found}")


def role_at(text: str, name: str) -> list[str]:
    """The roles the article ``text`` gives the mention of ``name`` (its first), read by
    :func:`core.roles.mention_roles` ("<" and ">" written for the curly quotation marks)."""
    from core.roles import mention_roles

    text = text.replace("<", "\u201c").replace(">", "\u201d")
    at = text.index(name)
    return mention_roles(text, at, at + len(name))


def roles_of(text: str) -> dict[str, str | None]:
    """The role of each speaker of ``text``'s quotations, by name ("<" and ">" written for
    the curly quotation marks)."""
    from core.extract import extract

    text = text.replace("<", "\u201c").replace(">", "\u201d")
    return {q.speaker.name: q.speaker.role for q in extract(text).quotes if q.speaker}


def draw_role_sample() -> Any:
    """scripts/draw_role_sample.py, loaded as a module (the scripts are no package)."""
    import importlib.util

    script = Path(__file__).resolve().parents[1] / "scripts" / "draw_role_sample.py"
    spec = importlib.util.spec_from_file_location("draw_role_sample", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reported(sentence: str) -> list[tuple[str | None, str]]:
    """The cue and the content of each reported statement of ``sentence``."""
    from core.extract import extract
    from core.statements import StatementKind

    return [
        (s.cue, s.text) for s in extract(sentence).statements if s.kind is not StatementKind.DIRECT
    ]
