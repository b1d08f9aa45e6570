"""The ``onrecord`` command line: thin over core (and gui for ``onrecord gui``).

Errors print one line to stderr naming the file and the problem; a batch goes on past a
bad file and the exit code says whether any failed.
"""

from __future__ import annotations

import argparse
import gc
import glob
import importlib
import io
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from functools import partial
from json.encoder import encode_basestring
from math import isfinite
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from core import __version__
from core.schema import LibraryError

if TYPE_CHECKING:  # imported with the analysis (``_analysis``), its classes kept compiled
    from core.document import Analysis, Quote, Statement

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
JSON_INDENT = 1  # onrecord extract --json
SQLITE_MAX_ID = 2**63 - 1
# what a terminal would act on rather than show: C0 and C1 controls (escape sequences),
# bidirectional overrides and isolates (text shown in another order than it is)
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SPEECH_CHOICES = {  # --speech: the rows of the library's quotes table listed
    "quote": ("quote",),
    "reported": ("reported",),
    "mixed": ("mixed",),
    "statements": ("reported", "mixed"),
    "all": ("quote", "reported", "mixed"),
}
SPEECH_HELP = (
    "quotations (the default), reported speech without quotation marks, mixed (reported"
    " speech holding a partial quote), statements (reported and mixed) or all"
)


def quote_json(quote: Quote, text: str | None = None) -> dict[str, Any]:
    """One quote in the ``onrecord extract --json`` contract; with the article ``text``,
    its cue's offsets and the evidence of its attribution too."""
    out = {
        "text": quote.text,
        "start": quote.span.start,
        "end": quote.span.end,
        "speaker": quote.speaker.name if quote.speaker else None,
        "speaker_start": quote.mention.start if quote.mention else None,
        "speaker_end": quote.mention.end if quote.mention else None,
        "role": quote.role,
        "cue": quote.cue,
    }
    if text is not None:
        out["cue_start"] = quote.cue_span.start if quote.cue_span else None
        out["cue_end"] = quote.cue_span.end if quote.cue_span else None
        from core.evidence import evidence_json

        out["evidence"] = evidence_json(quote, text)
    return out


def statement_json(statement: Statement) -> dict[str, Any]:
    """One statement in the ``onrecord extract --json`` contract."""
    mention, cue = statement.mention, statement.cue_span
    return {
        "kind": statement.kind.value,
        "content": [[piece.start, piece.end] for piece in statement.content],
        "text": statement.text,
        "speaker": statement.speaker.name if statement.speaker else None,
        "speaker_start": mention.start if mention else None,
        "speaker_end": mention.end if mention else None,
        "cue": statement.cue,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "role": statement.role,
    }


def analysis_json(path: str, analysis: Analysis) -> dict[str, Any]:
    return {
        "file": path,
        "title": analysis.metadata.title,
        "quotes": [quote_json(q, analysis.text) for q in analysis.quotes],
        "statements": [statement_json(s) for s in analysis.statements],
    }


def printable(text: str) -> str:
    """``text`` for a terminal: control characters (escape sequences, newlines in a
    field) and direction overrides shown as ``\\x1b``-style escapes, not acted on."""
    return UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


def _error(message: str) -> None:
    print(f"onrecord: {printable(message)}", file=sys.stderr)


def _library_path(args: argparse.Namespace) -> Path:
    from core.schema import default_path

    db = getattr(args, "db", None)
    return Path(db) if db else default_path()


def _open_library(
    args: argparse.Namespace, *, create: bool = False, check: bool = False, reads: bool = False
):  # noqa: ANN202 - Library imported lazily
    """The library of ``--db``; ``create`` makes a missing one (only an import should),
    ``check`` reads it for damage first and refuses a damaged one (before bulk writes).
    Returns a ``Library``, imported lazily so that ``extract`` starts fast; with
    ``reads``, the same file opened as ``core.queries.Queries`` (the listings), which
    imports none of the analysis or writing code."""
    from core.schema import LibraryError

    if reads:
        from core.queries import Queries as Library
    else:
        from core.library import Library
    library = Library(_library_path(args), create=create)
    if check:
        problem = library.check()
        if problem is not None:
            library.close()
            raise LibraryError(problem)
    return library


# ---- commands
def cmd_extract(args: argparse.Namespace) -> int:
    in_workers = _analysis().in_workers

    failed = 0
    items = []
    files = _article_files(args.files)
    for failure, warnings, output in in_workers(
        partial(extracted, as_json=args.json), files, args.jobs
    ):
        if failure is not None:
            _error(failure)
            failed += 1
            continue
        for warning in warnings:
            _error(f"warning: {warning}")
        if args.json:
            items.append(output)
        else:
            sys.stdout.write(output)
    if args.json:
        sys.stdout.write(json_list(items) + "\n")
    global _written_whole
    _written_whole = True
    # nothing read (a folder holding no articles, said above) is no success to a script
    return EXIT_FAILED if failed or not files else EXIT_OK


def _article_files(names: Sequence[str]) -> list[str]:
    """The files named, as written, with each folder's supported articles in their place
    (as ``ingest`` walks them); a folder holding none is reported."""
    from core.readers import iter_article_files

    files: list[str] = []
    for name in names:
        if not Path(name).is_dir():
            files.append(name)
            continue
        found = [str(path) for path in iter_article_files([name])]
        if not found:
            _error(f"{name}: no articles in this folder")
        files.extend(found)
    return files


def extracted(name: str, *, as_json: bool) -> tuple[str | None, tuple[str, ...], str]:
    """A file's ``(the reason it failed or None, warnings, what extract prints of it)``:
    its JSON object, for :func:`json_list`, or its quotes as text. Run in a worker
    process, so that only this text crosses back, not the analysis."""
    from core.ingest import analyse_or_reason
    from core.readers import display_path

    analysed = analyse_or_reason(Path(name))
    if isinstance(analysed, str):
        return analysed, (), ""
    shown = display_path(name)
    if as_json:
        data = analysis_json(shown, analysed.analysis)
        output = json_text(data)
    else:
        buffer = io.StringIO()
        _print_quotes_text(shown, analysed.analysis, buffer)
        output = buffer.getvalue()
    return None, analysed.article.warnings, output


def json_text(data: Any) -> str:
    """``json.dumps(data, ensure_ascii=False, indent=JSON_INDENT)``, byte for byte, of
    plain data (dicts with text keys, lists, text, numbers, booleans and None) in two
    thirds of the time: the standard library indents through Python generators, a
    fortieth of ``onrecord extract --json``'s CPU time."""
    parts: list[str] = []
    _json_parts(data, parts.append, "\n")
    return "".join(parts)


def _json_parts(data: Any, add: Callable[[str], object], newline: str) -> None:
    if isinstance(data, str):
        add(encode_basestring(data))
    elif data is None or data is True or data is False:
        add("null" if data is None else "true" if data else "false")
    elif isinstance(data, int):  # int.__repr__, as json does, for an IntEnum too
        add(int.__repr__(data))
    elif isinstance(data, float):
        add(float.__repr__(data) if isfinite(data) else json.dumps(data))
    elif isinstance(data, dict):
        inner = newline + " " * JSON_INDENT
        for n, (key, item) in enumerate(data.items()):
            if not isinstance(key, str):
                raise TypeError(f"a JSON key must be text, not {key!r}")
            add(("," if n else "{") + inner + encode_basestring(key) + ": ")
            _json_parts(item, add, inner)
        add(newline + "}" if data else "{}")
    elif isinstance(data, list | tuple):
        inner = newline + " " * JSON_INDENT
        for n, item in enumerate(data):
            add(("," if n else "[") + inner)
            _json_parts(item, add, inner)
        add(newline + "]" if data else "[]")
    else:
        raise TypeError(f"{type(data).__name__} is not JSON data")


def json_list(items: Sequence[str]) -> str:
    """The JSON list of the objects ``items`` (each :func:`json_text`),
    byte for byte what ``json.dumps`` of the list of those objects gives: each line of an
    item takes one more indent (a JSON string holds no newline of its own)."""
    if not items:
        return "[]"
    indent = "\n" + " " * JSON_INDENT
    return "[" + indent + ("," + indent).join(i.replace("\n", indent) for i in items) + "\n]"


def _print_quotes_text(name: str, analysis: Analysis, out: TextIO) -> None:
    out.write(f"{printable(name)}: {_count(len(analysis.quotes), 'quote')}\n")
    for q in analysis.quotes:
        who = q.speaker.name if q.speaker else "(unattributed)"
        role = f" ({q.role})" if q.role else ""
        out.write(printable(f"  {who}{role}: \u201c{_elide(q.text, 90)}\u201d") + "\n")


def _elide(text: str, width: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def cmd_ingest(args: argparse.Namespace) -> int:
    from core.fetch import Link, is_url
    from core.ingest import ingest, ingest_feeds, ingest_jsonl

    library = _open_library(args, create=True, check=True)
    library.require_writable()
    before = library.counts().articles
    progress = _progress_bar(args)
    on_progress = progress.update if progress else None
    try:
        reanalyse = args.reanalyse
        if args.feed:
            report = ingest_feeds(args.paths, library, jobs=args.jobs, on_progress=on_progress)
        elif args.jsonl:
            paths = [Path(p) for p in args.paths]
            report = ingest_jsonl(paths, library, on_progress=on_progress, reanalyse=reanalyse)
        else:
            sources = [Link(p.strip()) if is_url(p) else Path(p) for p in args.paths]
            report = ingest(
                sources, library, jobs=args.jobs, on_progress=on_progress, reanalyse=reanalyse
            )
    except OSError as error:
        _error(f"{error.filename}: cannot be read ({error.strerror})")
        return EXIT_FAILED
    except KeyboardInterrupt:
        report = None
    finally:
        if progress:
            progress.close()
        library.close()  # an article being stored when interrupted is rolled back whole
    if report is None:
        return _interrupted(args, before)
    for _, reason in report.failed:
        _error(reason)
    for warning in report.warnings:
        _error(f"warning: {warning}")
    for path in report.duplicates:
        print(printable(f"{path}: already in the library"), file=sys.stderr)
    if not args.feed and not args.jsonl:
        _empty_folders(args.paths)
    print(report.summary, file=sys.stderr)
    read = report.imported or report.duplicates or report.reanalysed
    # nothing read at all (a folder holding no articles) is no success to a script
    return EXIT_FAILED if report.failed or not read else EXIT_OK


def _empty_folders(names: Sequence[str]) -> None:
    """Report each folder named that holds no article (as extract does)."""
    from core.readers import iter_article_files

    for name in names:
        if Path(name).is_dir() and next(iter(iter_article_files([name])), None) is None:
            _error(f"{name}: no articles in this folder")


def _interrupted(args: argparse.Namespace, before: int) -> int:
    """After Ctrl+C in an import: what it had stored, read afresh, and how to go on."""
    library = _open_library(args, reads=True)
    try:
        stored = library.counts().articles - before
    finally:
        library.close()
    _error(
        f"interrupted; {_count(stored, 'article')} {'was' if stored == 1 else 'were'} stored"
        " whole before it, nothing half-written. The same command again imports the rest"
        " (what is stored is skipped)"
    )
    return EXIT_INTERRUPTED


def cmd_dask_extract(args: argparse.Namespace) -> int:
    try:  # the extra's packages too: core.distributed imports them only once it runs
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401

        from core.distributed import connect, extract_to_jsonl
    except ImportError as error:
        _error(f"dask-extract needs the dask extra: pip install 'onrecord[dask]' ({error})")
        return EXIT_USAGE
    if not Path(args.source).exists() and not glob.glob(args.source):
        _error(f"{args.source}: no such file or folder")
        return EXIT_USAGE
    with connect(args.scheduler, args.workers) as client:
        written = extract_to_jsonl(args.source, Path(args.out), client, args.partition_size)
    print(f"{written.articles} articles, {written.failed} failed -> {args.out}", file=sys.stderr)
    return EXIT_FAILED if written.failed else EXIT_OK


class _Bar:
    """tqdm over ingest's (done, total, path) callback, shown only on a terminal."""

    def __init__(self) -> None:
        from tqdm import tqdm

        self._bar = tqdm(unit="file", file=sys.stderr, dynamic_ncols=True)

    def update(self, done: int, total: int, path: str) -> None:
        self._bar.total = total
        self._bar.n = done
        self._bar.set_postfix_str(Path(path).name[:30], refresh=True)

    def close(self) -> None:
        self._bar.close()


def _progress_bar(args: argparse.Namespace) -> _Bar | None:
    return _Bar() if sys.stderr.isatty() and not args.quiet else None


def cmd_speakers(args: argparse.Namespace) -> int:
    library = _open_library(args, reads=not args.json)  # a person's roles and gender: Library
    rows = library.speakers(text=args.filter or "", limit=args.limit)
    if args.json:
        _dump([_speaker_dict(library, r) for r in rows])
    else:
        _table(
            ["id", "name", "kind", "quotes", "statements", "role"],
            [
                [
                    f"id:{r.id}",
                    r.listed_name,
                    r.kind,
                    str(r.quote_count),
                    str(r.statement_count),
                    r.role or "",
                ]
                for r in rows
            ],  # fmt: skip
        )
    library.close()
    return EXIT_OK


def _speaker_dict(library: Any, row: Any) -> dict[str, Any]:
    """A person once: every name form seen, the role chosen across their articles, the
    role history by date, the role each article gives, and the name forms folded in."""
    person = library.person(row.id, roles=-1)
    return {
        **_row_dict(row),
        "role_history": [{"from": p.start, "to": p.end, "role": p.role} for p in person.history],
        "roles": [
            {"article_id": article_id, "article_title": title, "published": date, "role": role}
            for article_id, title, date, role in person.roles
        ],
        "gender": library.speaker_gender(row.id).value,
        "variants": [
            {"id": v.id, "name": v.name, "quotes": v.quote_count, "joined_by": v.by}
            for v in person.variants
        ],
    }


def cmd_reanalyse(args: argparse.Namespace) -> int:
    from core.ingest import analyse

    library = _open_library(args, check=True)
    library.require_writable()
    progress = _progress_bar(args)
    reached = [0, library.counts().articles]  # articles done, of how many

    def on_progress(done: int, total: int) -> None:
        reached[:] = done, total
        if progress:
            progress.update(done, total, "")

    try:
        count = library.reanalyse_all(analyse, on_progress)
    except KeyboardInterrupt:  # each article is one transaction: none is left half done
        _error(
            f"interrupted; {reached[0]:,} of {_count(reached[1], 'article')} re-analysed, each"
            " whole; the others keep their earlier analysis (`onrecord reanalyse` again runs"
            " over all)"
        )
        return EXIT_INTERRUPTED
    finally:
        if progress:
            progress.close()
        library.close()
    noun = "article" if count == 1 else "articles"
    print(f"{count} {noun} re-analysed; corrections re-applied", file=sys.stderr)
    return EXIT_OK


def cmd_quotes(args: argparse.Namespace) -> int:
    from core.search import fts_query

    if args.search is not None and not fts_query(args.search):
        _error(f"the search {args.search!r} has no word to look for")
        return EXIT_USAGE
    opened = _open_with_speaker(args, reads=True)
    if opened is None:
        return EXIT_FAILED
    library, speaker_id = opened
    rows = library.quotes(
        speaker_id=speaker_id,
        search=args.search or "",
        statement_kinds=SPEECH_CHOICES[args.speech],
        limit=args.limit,
        **_order(args),
    )
    if args.json:
        _dump([_row_dict(r) for r in rows])
    else:
        _table(
            ["id", "speaker", "kind", "quote or statement", "article"],
            [
                [
                    str(r.id),
                    r.speaker_name or "",
                    r.kind,
                    _elide(r.text, 70),
                    _elide(r.article_title or "", 30),
                ]
                for r in rows
            ],  # fmt: skip
        )
    library.close()
    return EXIT_OK


def _order(args: argparse.Namespace) -> dict[str, Any]:
    """The list order of ``--sort`` and ``--reverse``, as the window's column headers give
    it: dates newest first, speakers and articles A to Z, unless reversed."""
    return {"order": args.sort, "descending": (args.sort == "date") != args.reverse}


# what display_path escapes: a surrogate, which no UTF-8 text holds
SURROGATE = re.compile(r"[\ud800-\udfff]")
# core.queries.SORTS, written out: importing it would load the storage stack at every start
SORTS = ("date", "speaker", "article")


def _add_order(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sort", choices=SORTS, default="date",
                   help="date (newest first), speaker or article (A to Z)")  # fmt: skip
    p.add_argument("--reverse", action="store_true", help="the other way round")


def _add_dates(p: argparse.ArgumentParser) -> None:
    for flag, dest, when in (
        ("--from", "date_from", "on or after"),
        ("--to", "date_to", "on or before"),
    ):
        written = "2016-09-30, Sept. 30, 2016, 2016-09 or 2016"
        p.add_argument(flag, dest=dest, metavar="DATE", help=f"published {when} ({written})")


def _open_with_speaker(args: argparse.Namespace, *, reads: bool = False):  # noqa: ANN202
    """The library of ``--db`` (``reads``: for listing, see ``_open_library``) and the id
    of ``--speaker`` (None when not given), or None after saying that no speaker has that
    name."""
    library = _open_library(args, reads=reads)
    try:
        return library, (_speaker_id(library, args.speaker) if args.speaker else None)
    except KeyError as error:
        library.close()
        _error(error.args[0])
        return None


def cmd_variants(args: argparse.Namespace) -> int:
    opened = _open_with_speaker(args)
    if opened is None:
        return EXIT_FAILED
    library, speaker_id = opened
    groups = library.variant_groups(speaker_id=speaker_id, misquotes=args.misquotes)
    if args.json:
        _dump([{"quotes": [_version_dict(v) for v in group]} for group in groups])
    else:
        for group in groups:
            _print_versions(group)
    library.close()
    return EXIT_OK


def _version_dict(version: Any) -> dict[str, Any]:
    quote = version.quote
    return {
        "id": quote.id,
        "text": quote.text,
        "speaker": quote.speaker_name,
        "outlet": quote.outlet,
        "published": quote.published,
        "article": quote.article_title,
        "misquote": version.misquote,
        "changes": [{"removed": c.removed, "added": c.added} for c in version.changes],
    }


def _print_versions(group: list[Any]) -> None:
    """A group as lines: who said it (and who else it is attributed to), then each
    version, earliest first, with its changes as ``[-removed-]{+added+}``."""
    from core.variants import marked

    speakers = list(dict.fromkeys(v.quote.speaker_name or "(unattributed)" for v in group))
    also = f"; also attributed to {', '.join(speakers[1:])}" if len(speakers) > 1 else ""
    print(printable(f"{len(group)} versions, first by {speakers[0]}{also}"))
    wrap = {"same": "{}", "added": "{{+{}+}}", "removed": "[-{}-]"}
    for version in group:
        quote = version.quote
        pieces = marked(quote.text, version.changes)
        text = "".join(wrap[kind].format(piece) for kind, piece in pieces)
        where = " · ".join(
            part for part in (quote.published, quote.outlet, quote.article_title) if part
        )
        flag = "  possible misquote" if version.misquote else ""
        print(printable(f"  {quote.id}  {quote.speaker_name or '(unattributed)'} ({where}){flag}"))
        print(f"      “{_elide(text, 400)}”")
    print()


def cmd_export(args: argparse.Namespace) -> int:
    return _with_library(args, _export)


def _export(library: Any, args: argparse.Namespace) -> None:
    """The quotes the filters select, as the window's export writes what it shows."""
    from core.export import export

    date_from, date_to = _dates(args)
    rows = library.iter_quotes(
        speaker_id=_speaker_id(library, args.speaker) if args.speaker else None,
        search=args.search or "",
        outlet=args.outlet,
        date_from=date_from,
        date_to=date_to,
        kinds=args.kind or (),
        tag=args.tag,
        starred=args.starred,
        hidden=args.hidden,
        statement_kinds=SPEECH_CHOICES[args.speech],
        **_order(args),
    )
    if args.output:
        try:
            out = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as error:
            raise ValueError(f"{args.output}: cannot be written ({error.strerror})") from error
        with out:
            export(rows, args.format, out)
    else:
        export(rows, args.format, sys.stdout)


def _dates(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """``--from`` and ``--to`` read as written ("Sept. 30, 2016", "2016"), as ISO dates
    as precise as they are; ``DateError`` (a ValueError) for one that cannot be read."""
    from core.dates import read_date

    return tuple(read_date(d) if d else None for d in (args.date_from, args.date_to))


def cmd_article(args: argparse.Namespace) -> int:
    return _with_library(args, _article)


def _article(library: Any, args: argparse.Namespace) -> None:
    """``article list``, ``article edit ID --title ...``, ``article remove ID``."""
    if args.action == "list":
        rows = library.article_list(limit=args.limit)
        if args.json:
            _dump([_row_dict(r) for r in rows])
        else:
            _table(
                ["id", "date", "outlet", "quotes", "title"],
                [[str(r.id), r.published or "", r.outlet or "", str(r.quotes), r.title or ""]
                 for r in rows],
            )  # fmt: skip
    elif args.action == "edit":
        _edit_article(library, args)
    else:
        removed = library.remove_article(args.id)
        quotes = _count(len(removed.quotes), "quote")
        title = removed.article["title"] or "untitled"
        print(f"removed article {args.id} \u201c{title}\u201d and its {quotes}", file=sys.stderr)


def _edit_article(library: Any, args: argparse.Namespace) -> None:
    from dataclasses import replace

    from core.dates import read_date
    from core.document import Metadata

    given = {field: getattr(args, field) for field in ("title", "author", "outlet", "url")}
    given["published"] = args.date
    changes = {k: (v.strip() or None) for k, v in given.items() if v is not None}
    if not changes:
        raise ValueError("nothing to change: give --title, --author, --outlet, --date or --url")
    if changes.get("published"):
        changes["published"] = read_date(changes["published"])
    article = library.article(args.id)
    known = Metadata(article.title, article.outlet, article.author, article.published, article.url)
    library.update_article_metadata(args.id, replace(known, **changes))
    said = ", ".join(
        f"{'date' if field == 'published' else field} {value or 'cleared'}"
        for field, value in changes.items()
    )
    _done(f"article {args.id} corrected: {said}")


def cmd_speaker(args: argparse.Namespace) -> int:
    return _with_library(args, _speaker_correction)


def _speaker_correction(library: Any, args: argparse.Namespace) -> None:
    from core.document import SpeakerKind

    if args.action == "unmerge":
        _unmerge(library, args.name)
        return
    if args.value is None:
        raise ValueError(f"speaker {args.action} needs a value: {_SPEAKER_VALUE}")
    target = _speaker_id(library, args.name)
    if args.action == "merge":
        merged = _speaker_ids(library, args.value, every=args.all) - {target}
        if not merged:
            raise ValueError("a speaker cannot be merged into itself")
        for speaker_id in sorted(merged):
            library.merge_speakers(target, speaker_id)
        kept = library.speaker(target)
        ids = ", ".join(f"id:{i}" for i in sorted(merged))
        _done(f"{_count(len(merged), 'speaker')} ({ids}) merged into {kept.name} (id:{target}),"
              f" now {_count(kept.quote_count, 'quote')}; `onrecord speaker unmerge ID` takes"
              " one back")  # fmt: skip
        return
    name = library.speaker(target).name
    if args.action == "rename":
        library.rename_speaker(target, args.value)
        _done(f"{name} (id:{target}) renamed {library.speaker(target).name}")
    elif args.action == "role":
        library.set_speaker_role(target, args.value or None)
        role = library.speaker(target).role
        _done(
            f"{name} (id:{target}): role {role or 'none'}"
            + ("" if args.value else ", as the articles give it")
        )
    elif args.action == "kind":
        kinds = [kind.value for kind in SpeakerKind]
        if args.value not in kinds:
            raise ValueError(f"{args.value!r} is not a kind; choose from {', '.join(kinds)}")
        library.set_speaker_kind(target, args.value)
        _done(f"{name} (id:{target}): kind {args.value}")
    elif args.action == "gender":
        gender = args.value.replace("-", " ")
        library.set_speaker_gender(target, None if gender == "auto" else gender)
        given = library.speaker_gender(target).value
        _done(
            f"{name} (id:{target}): gender {given}"
            + (", as the articles state it" if gender == "auto" else "")
        )


_SPEAKER_VALUE = (
    "new name, role or kind; for merge, the speaker merged in; for gender, female, male,"
    " not-stated, or auto (as the articles state it); none for unmerge"
)


def _unmerge(library: Any, name: str) -> None:
    """Take back the merge that folded the row ``name`` (``id:N``, as merge printed it)
    into another: its quotes go back to it."""
    written = _written_id(name)
    if written is None:
        raise ValueError(
            f"unmerge takes the id of the row merged in (id:N, as merge said), not {name!r}"
        )
    merged = library.speaker(written).id
    merge = library.merge_of(merged)
    if merge is None:
        raise ValueError(f"{name} was merged into no one by a reporter: nothing to take back")
    library.unmerge(merge)
    row = library.speaker(merged)
    _done(f"{row.name} ({name}) is its own speaker again, {_count(row.quote_count, 'quote')}")


def cmd_stats(args: argparse.Namespace) -> int:
    from core.stats import UNDATED, source_stats

    try:
        date_from, date_to = _dates(args)
    except ValueError as error:
        _error(str(error))
        return EXIT_FAILED
    library = _open_library(args)
    try:
        stats = source_stats(
            library, top=args.top, outlet=args.outlet, date_from=date_from, date_to=date_to,
            tag=args.tag, search=args.search or "", kinds=[args.kind] if args.kind else [],
            starred=args.starred,
        )  # fmt: skip
    finally:
        library.close()
    if args.json:
        _dump(stats.as_json())
        return EXIT_OK
    print(f"{stats.quotes:,} quotes")
    if stats.anonymous_share is not None:
        print(f"anonymous sources: {stats.anonymous_share:.1%} of the attributed quotes")
    if stats.women_share is not None:
        print(f"women: {stats.women_share:.1%} of the quotes by people whose gender is stated")
    for key, table in stats.tables().items():
        rows = [[_figure(cell) for cell in row] for row in table.rows]
        if key == "month" and (undated := stats.by_month.get(UNDATED)):
            rows.append([UNDATED, _figure(undated)])  # a time axis has no place for them
        print(f"\n{table.title}")
        _table(list(table.header), rows)
    return EXIT_OK


def _figure(cell: str | int) -> str:
    return f"{cell:,}" if isinstance(cell, int) else cell


def cmd_people(args: argparse.Namespace) -> int:
    return _with_library(args, _people)


def _people(library: Any, args: argparse.Namespace) -> None:
    """Possible duplicates and the reporter's decisions on them."""
    if args.action == "suggest":
        found = library.suggestions(limit=args.limit)
        if args.json:
            _dump([_row_dict(s) for s in found])
            return
        total = library.count_suggestions()
        print(f"{total} possible duplicate{'' if total == 1 else 's'}", file=sys.stderr)
        for s in found:
            print(f"{s.speaker_id} {s.speaker!r} ~ {s.candidate_id} {s.candidate!r}")
            for line in s.evidence:
                print(f"    {line}")
        return
    if args.action == "variants":
        person = library.person(_speaker_id(library, " ".join(args.ids)))
        _table(
            ["id", "name", "quotes", "joined by"],
            [[str(v.id), v.name, str(v.quote_count), v.by] for v in person.variants],
        )
        return
    ids = [_number(i) for i in args.ids]
    if args.action == "split":
        if len(ids) != 1:
            raise ValueError("people split takes one speaker id (see `onrecord people variants`)")
        try:
            person = library.split_speaker(ids[0])
        except ValueError as error:  # what the command line can do instead
            merged = library.people.root(ids[0]) != ids[0]
            raise ValueError(
                f"{error}. `onrecord people variants NAME` lists the rows folded into NAME:"
                " those joined by the machine split off by their id"
                + (
                    f"; `onrecord speaker unmerge id:{ids[0]}` takes back a reporter's merge"
                    if merged
                    else ""
                )
            ) from None
        print(f"split from {library.speaker(person).name}", file=sys.stderr)
        return
    if len(ids) != 2:
        raise ValueError(
            f"people {args.action} takes two speaker ids (see `onrecord people suggest`)"
        )
    if not library.is_suggested(*ids):
        raise ValueError(
            f"id:{ids[0]} and id:{ids[1]} are not a possible duplicate (see `onrecord people"
            " suggest`); `onrecord speaker merge` joins any two"
        )
    names = [library.speaker(i).name for i in ids]
    if args.action == "accept":
        library.accept_suggestion(*ids)
        kept = library.speaker(library.people.root(ids[0]))
        merged = names[1] if kept.id == ids[0] else names[0]
        _done(f"{merged} merged into {kept.name} (id:{kept.id}),"
              f" now {_count(kept.quote_count, 'quote')}")  # fmt: skip
    else:
        library.reject_suggestion(*ids)
        _done(f"{names[0]} and {names[1]} are two people")


def _number(text: str) -> int:
    if not text.isdigit():
        raise ValueError(f"{text!r} is not a speaker id")
    return int(text)


def cmd_quote(args: argparse.Namespace) -> int:
    return _with_library(args, _quote_correction)


def _quote_correction(library: Any, args: argparse.Namespace) -> None:
    if args.action in {"hide", "unhide"}:
        library.hide_quote(args.id, args.action == "hide")
        restore = f"`onrecord quote unhide {args.id}` restores it"
        _done(
            f"quote {args.id} "
            + (f"marked not a quote ({restore})" if args.action == "hide" else "restored")
        )
    elif args.action == "reassign":
        if not args.speaker:
            raise ValueError("quote reassign needs the speaker: a name, or id:N")
        speaker_id = _speaker_id(library, args.speaker)
        was = library.quote(args.id).speaker_name or "no one"
        library.reassign_quote(args.id, speaker_id)
        _done(f"quote {args.id} attributed to {library.speaker(speaker_id).name} (was {was})")


def _with_library(
    args: argparse.Namespace, apply: Callable[[Any, argparse.Namespace], None]
) -> int:
    """Run ``apply`` on the library; a missing speaker or quote, or a value that cannot
    be, is one line on stderr and exit code 1."""
    library = _open_library(args)
    try:
        apply(library, args)
    except (KeyError, ValueError) as error:
        _error(str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error))
        return EXIT_FAILED
    finally:
        library.close()
    return EXIT_OK


def _speaker_id(library: Any, name: str) -> int:
    """The one speaker ``name`` (or ``id:N``) stands for; KeyError when it names none or
    several, listing them with their ids."""
    (found,) = _speaker_ids(library, name, every=False)
    return found


def _written_id(name: str) -> int | None:
    """The id a speaker written ``id:N`` names; None for a name."""
    match = re.fullmatch(r"id:(\d{1,18})", name.strip())
    return int(match[1]) if match else None


def _speaker_ids(library: Any, name: str, *, every: bool) -> set[int]:
    """The speakers ``name`` (or ``id:N``) stands for: one, or with ``every`` all."""
    if (written := _written_id(name)) is not None:
        try:
            return {library.speaker(written).id}
        except KeyError:
            raise KeyError(f"no speaker {name} in the library") from None
    rows = library.speakers_named(name)
    if not rows:
        raise KeyError(f"no speaker named {name!r} in the library")
    if len(rows) > 1 and not every:
        listed = "; ".join(f"{r.name} id:{r.id} ({_count(r.quote_count, 'quote')})"
                           for r in rows[:8])  # fmt: skip
        more = f"; and {len(rows) - 8} more" if len(rows) > 8 else ""
        raise KeyError(
            f"{name!r} names {len(rows)} speakers: {listed}{more}. Give one as id:N"
            " (see `onrecord speakers`), or for merge add --all to merge them all"
        )
    return {r.id for r in rows}


def cmd_eval(args: argparse.Namespace) -> int:
    from core.evaluation import PredictedQuote, evaluate, write_errors
    from core.ingest import analyse

    split = Path(args.dir)
    if not (split / "text").is_dir() or not (split / "attributions").is_dir():
        _error(f"{split}: not a PolNeAR split (needs text/ and attributions/)")
        return EXIT_USAGE

    def predict(text: str) -> list[PredictedQuote]:
        return [PredictedQuote.from_json(quote_json(q)) for q in analyse(text).quotes]

    scores, articles, seconds = evaluate(split, predict)
    print(scores.summary(articles, seconds))
    if args.errors:
        from core.evaluation import load_split

        write_errors(scores, load_split(split), Path(args.errors))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    screenshot = Path(args.screenshot) if getattr(args, "screenshot", None) else None
    if sys.platform.startswith("linux") and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):  # Qt would abort the process, saying that reinstalling may help
        if screenshot is None:
            _error(
                "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is"
                " set). The other commands need none (onrecord --help); a picture of the"
                " window: onrecord gui --screenshot shot.png"
            )
            return EXIT_USAGE
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no screen
    from gui.app import run

    db = Path(args.db) if args.db else None
    return run(db, screenshot=screenshot, dark=getattr(args, "dark", None))


# ---- output helpers
def _row_dict(row: Any) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(row)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}


def _done(message: str) -> None:
    """What a correction did, on stderr (standard output stays the listings')."""
    print(printable(message), file=sys.stderr)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _table(header: list[str], rows: list[list[str]]) -> None:
    widths = [
        min(60, max(len(h), *(len(r[i]) for r in rows))) if rows else len(h)
        for i, h in enumerate(header)
    ]
    for line in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(cell[:w].ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


# ---- parser
def _jobs(text: str) -> int:
    """A number of worker processes: 1 to twice the cores."""
    max_jobs = _analysis().max_jobs
    if not text.strip().lstrip("-").isdigit() or not 1 <= int(text) <= max_jobs():
        raise argparse.ArgumentTypeError(
            f"--jobs must be a number from 1 to {max_jobs()} (twice this machine's cores),"
            f" not {text!r}"
        )
    return int(text)


def _rows(option: str) -> Callable[[str], int]:
    """The type of ``option``, a number of rows to list, 0 or more: SQLite reads a
    negative LIMIT as no limit at all, so ``--limit -5`` listed everything."""

    def rows(text: str) -> int:
        if not text.strip().isdigit() or int(text) > SQLITE_MAX_ID:
            raise argparse.ArgumentTypeError(
                f"{option} must be a number of rows to list, 0 or more, not {text!r}"
            )
        return int(text)

    return rows


def _quote_id(text: str) -> int:
    if not text.isdigit() or int(text) > SQLITE_MAX_ID:
        raise argparse.ArgumentTypeError(f"{text!r} is not a quote id (see `onrecord quotes`)")
    return int(text)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="onrecord", description="On Record: find who said what in news articles."
    )
    top.add_argument("--version", action="version", version=f"onrecord {__version__}")
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", help="library file (default: $ONRECORD_DB or the user data folder)")
    sub = top.add_subparsers(dest="command")

    p = sub.add_parser("extract", help="print the quotes of files (writes nothing)")
    p.add_argument("files", nargs="+", metavar="PATH", help="a file or a folder of articles")
    p.add_argument("--json", action="store_true", help="JSON: one object per file")
    p.add_argument("--jobs", type=_jobs, default=None, help="worker processes (default: all cores)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "ingest", parents=[db], help="import files, folders or web pages into the library"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder or an https:// page")
    p.add_argument("--jobs", type=_jobs, default=None, help="worker processes (default: all cores)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument(
        "--jsonl", action="store_true", help="the paths are JSONL from `onrecord dask-extract`"
    )
    p.add_argument(
        "--feed",
        action="store_true",
        help="the paths are RSS or Atom feeds (addresses or saved files): import every item",
    )
    p.add_argument(
        "--reanalyse",
        action="store_true",
        help="articles already in the library take the new analysis, corrections replayed",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "dask-extract", help="extract over a folder tree or JSONL articles on a Dask cluster"
    )
    p.add_argument("source", metavar="SRC", help="a folder of articles, or JSONL (file or glob)")
    p.add_argument("out", metavar="OUT.jsonl", help="analysed articles, for `ingest --jsonl`")
    p.add_argument("--scheduler", metavar="ADDR", help="a running scheduler (default: local)")
    p.add_argument("--workers", type=_jobs, help="local worker processes (default: all cores)")
    p.add_argument("--partition-size", type=int, default=50, help="articles per task")
    p.set_defaults(func=cmd_dask_extract)

    p = sub.add_parser(
        "reanalyse", parents=[db], help="extract every stored article again, keeping corrections"
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_reanalyse)

    p = sub.add_parser("speakers", parents=[db], help="list speakers")
    p.add_argument("--filter", help="names, aliases or roles starting with this")
    p.add_argument("--limit", type=_rows("--limit"), default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_speakers)

    p = sub.add_parser("quotes", parents=[db], help="list quotes (or statements: --speech)")
    p.add_argument("--speaker", help="only this speaker's quotes")
    p.add_argument("--search", help="full-text search")
    p.add_argument("--speech", choices=list(SPEECH_CHOICES), default="quote", help=SPEECH_HELP)
    p.add_argument("--limit", type=_rows("--limit"), default=1000)
    p.add_argument("--json", action="store_true")
    _add_order(p)
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("variants", parents=[db], help="versions of one quote across articles")
    p.add_argument("--speaker", help="only groups with a quote by this speaker (name or id:N)")
    p.add_argument("--misquotes", action="store_true", help="only groups whose words differ")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_variants)

    p = sub.add_parser("export", parents=[db], help="export quotes with citation fields")
    p.add_argument("--format", choices=["csv", "json", "md"], default="csv")
    p.add_argument("--speaker", help="only this speaker's quotes")
    p.add_argument("--search", help="full-text search, as in the window")
    p.add_argument("--outlet", help="only articles of this outlet")
    _add_dates(p)
    p.add_argument("--kind", action="append", choices=["person", "organisation", "anonymous"])
    p.add_argument("--tag", help="only quotes with this tag")
    p.add_argument("--starred", action="store_true", help="only starred quotes")
    p.add_argument("--hidden", action="store_true", help="only quotes marked not a quote")
    p.add_argument("--speech", choices=list(SPEECH_CHOICES), default="quote", help=SPEECH_HELP)
    p.add_argument("--output", "-o", help="file to write (default: standard output)")
    _add_order(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("article", help="list, correct or remove articles")
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("list", parents=[db], help="articles with their quote counts")
    a.add_argument("--limit", type=_rows("--limit"), default=1000)
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("edit", parents=[db], help="correct an article's facts")
    a.add_argument("id", type=int, help="article id (see `onrecord article list`)")
    for name in ("title", "author", "outlet", "date", "url"):
        a.add_argument(f"--{name}", help=f"the article's {name} ('' clears it)")
    a = actions.add_parser("remove", parents=[db], help="remove an article and its quotes")
    a.add_argument("id", type=int, help="article id (see `onrecord article list`)")
    p.set_defaults(func=cmd_article)

    p = sub.add_parser("speaker", parents=[db], help="correct a speaker")
    p.add_argument("action", choices=["rename", "role", "kind", "merge", "unmerge", "gender"])
    p.add_argument(
        "name", help="the speaker to correct: a name, or id:N; for unmerge, the id merged in"
    )
    p.add_argument("value", nargs="?", help=_SPEAKER_VALUE)
    p.add_argument(
        "--all", action="store_true", help="merge: every speaker VALUE names, not just one"
    )
    p.set_defaults(func=cmd_speaker)

    p = sub.add_parser("stats", parents=[db], help="whom the library quotes: the Sources figures")
    p.add_argument("--outlet", help="only articles of this outlet")
    _add_dates(p)
    p.add_argument("--tag", help="only quotes with this tag")
    p.add_argument("--search", help="only quotes matching this full-text search")
    p.add_argument("--kind", choices=["person", "organisation", "anonymous"])
    p.add_argument("--starred", action="store_true", help="only starred quotes")
    p.add_argument(
        "--top", type=_rows("--top"), default=20, help="how many most quoted (default 20)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "people", parents=[db], help="possible duplicates: list, accept, reject, split"
    )
    p.add_argument("action", choices=["suggest", "accept", "reject", "split", "variants"])
    p.add_argument(
        "ids",
        nargs="*",
        metavar="ID",
        help="accept/reject: the two speaker ids of a suggestion; split: the id of a name"
        " form the library joined; variants: a speaker's name",
    )
    p.add_argument("--limit", type=_rows("--limit"), default=1000)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_people)

    p = sub.add_parser("quote", parents=[db], help="correct a quote")
    p.add_argument("action", choices=["reassign", "hide", "unhide"])
    p.add_argument("id", type=_quote_id, help="quote id (see `onrecord quotes`)")
    p.add_argument("speaker", nargs="?", help="for reassign: the speaker's name")
    p.set_defaults(func=cmd_quote)

    p = sub.add_parser("eval", help="score extraction on a PolNeAR-layout folder")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--errors", metavar="FILE", help="write every miss and wrong speaker here")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("gui", parents=[db], help="open the window (the default)")
    p.add_argument(
        "--screenshot",
        metavar="IMAGE",
        help="render the window to IMAGE (.png; its extension picks the format) and exit",
    )
    p.add_argument("--dark", action="store_true", default=None, help="force the dark palette")
    p.set_defaults(func=cmd_gui)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    argv = _db_last(list(sys.argv[1:] if argv is None else argv))
    if not argv or argv[0].startswith("--") and argv[0] not in {"--help", "--version"}:
        argv = ["gui", *argv]  # `onrecord` alone opens the window
    args = parser().parse_args(argv)
    if unreadable := _not_text(args):
        _error(f"{unreadable}: not valid UTF-8 text")
        return EXIT_USAGE
    if getattr(args, "jobs", 0) is None:
        args.jobs = _analysis().default_jobs()
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except LibraryError as error:  # missing, damaged, read-only, not a library
        _error(str(error))
        return EXIT_FAILED
    except sqlite3.Error as error:  # locked past the busy timeout, a full disk, ...
        _error(f"{_library_path(args)}: {_library_problem(error)}")
        return EXIT_FAILED


def _library_problem(error: sqlite3.Error) -> str:
    """What stopped a command at the library file, and that nothing is half-written."""
    kept = "everything stored before it is whole"
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        from core.schema import BUSY_TIMEOUT_MS

        waited = f"{BUSY_TIMEOUT_MS / 1000:g} s"
        return (
            f"busy: another program (the window, an import) kept it locked past {waited};"
            f" {kept}. Try again once that is done"
        )
    return f"{error}; {kept}"


def _db_last(argv: list[str]) -> list[str]:
    """``onrecord --db FILE COMMAND ...`` as ``onrecord COMMAND ... --db FILE``, where
    each command's parser reads it (``--db FILE`` alone still opens the window)."""
    given = 2 if argv[:1] == ["--db"] else 1 if argv[:1] and argv[0].startswith("--db=") else 0
    if given and len(argv) > given and not argv[given].startswith("-"):
        return [*argv[given:], *argv[:given]]
    return argv


def _analysis() -> ModuleType:
    """``core.ingest``, imported with the cycle collector paused: importing the analysis
    code makes tens of thousands of containers that all live on (classes, functions,
    compiled patterns, word lists), and the 47 collections that walked them meanwhile
    were 7% of ``onrecord extract``'s start-up instructions (116M of 1,603M). Its
    dataclasses' generated methods and its regular expressions come compiled from a copy
    kept beside this module (:func:`core.packages.compiled_kept`)."""
    if "core.ingest" in sys.modules:
        return sys.modules["core.ingest"]
    from core.packages import compiled_kept

    enabled = gc.isenabled()
    gc.disable()
    try:
        with compiled_kept("compiled-analysis"):
            importlib.import_module("core.evidence")  # quote_json's, before workers fork
            return importlib.import_module("core.ingest")
    finally:
        if enabled:
            gc.enable()


def _not_text(args: argparse.Namespace) -> str | None:
    """A name, value or search typed with bytes that are not UTF-8 (they reach Python as
    surrogates, which no library text can hold), shown escaped; else ``None``."""
    for field in ("name", "value", "speaker", "search", "filter", "tag"):
        value = getattr(args, field, None)
        if isinstance(value, str) and SURROGATE.search(value):
            from core.readers import display_path  # here: core.readers is 0.1 s of import

            return display_path(value)
    return None


_written_whole = False  # extract has written all it prints: nothing is left to close


def run() -> NoReturn:
    """The ``onrecord`` command: :func:`main`, then the exit, with what is left frozen out
    of the collector's sight. Python walks the whole heap at exit, models and all (a tenth
    of a second of ``onrecord extract``), to collect cycles that the process's end frees
    anyway; a finalizer it would run thus is one Python does not promise at exit either.
    After ``extract``, which holds no library, files or workers open by then, the process
    ends once its output is flushed, without Python's teardown: freeing every model's
    objects one by one took 15 ms of CPU, on the run's critical path. Not under a profiler or
    tracer (``python -m cProfile``, coverage), whose report the teardown writes."""
    global _written_whole
    _written_whole = False
    code = main()
    gc.freeze()
    if _written_whole and sys.getprofile() is None and sys.gettrace() is None:
        # (a profiler's or a coverage tracer's report is written by the teardown)
        with suppress(OSError):  # a closed pipe: the ordinary exit says so and returns 120
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    run()
