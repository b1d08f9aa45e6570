"""Article files of every supported format → text and citation metadata.

``read(path)`` returns a :class:`ReadArticle`; ``read_pasted(text)`` does the same for text
pasted from a browser. Formats: ``.txt`` and ``.md`` (UTF-8, UTF-8/16/32 with BOM, or a
legacy encoding guessed by charset-normalizer; a UTF-8 file gives exactly
``Path.read_text(encoding="utf-8")``), ``.html``/``.htm`` (trafilatura, never online),
``.pdf`` (pypdf text layer, re-flowed) and ``.docx`` (python-docx).

Metadata, first found wins field by field:

1. a sidecar ``NAME.meta.json`` beside the article (``story.txt`` → ``story.meta.json``):
   a JSON object with any of the keys ``title``, ``outlet``, ``author``, ``published``
   (a date in any common written form, stored as ISO ``YYYY-MM-DD``) and ``url``;
   unknown keys are an error, so a typo does not pass unnoticed;
2. what the markup states (HTML meta tags and JSON-LD, PDF info dictionary, DOCX core
   properties);
3. what the text states (:func:`metadata_from_text`: headline, byline, dateline,
   closing author bio);
4. the file name: a humanised title (``eu-training-mission`` → ``EU training mission``),
   a date written in it, else the PDF/DOCX creation date, and the outlet an archive's
   name leads with (``usa-today_2016-08-24_...`` → ``USA Today``).

Any failure is a :class:`ReadError` whose ``str()`` is one line naming the file and the
problem. A file whose size or time changes while it is read (still being copied or
written) is read again, up to :data:`READ_ATTEMPTS` times, then refused. Limits, each
refused with such a message: files over :data:`MAX_BYTES` (before
reading), a paragraph over :data:`MAX_PARAGRAPH_CHARS` characters, and (checked by
``check_quotes`` after extraction) a quotation over :data:`MAX_QUOTE_CHARS`, the sign of a
quotation mark left open. A parse running longer than :data:`PARSE_TIMEOUT` seconds is
stopped and reported.
"""

from __future__ import annotations

import importlib
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from core.document import Metadata, Quote
from core.readers.base import Extracted, ReadError, Unreadable, display_path
from core.readers.metadata import (
    bio_span,
    byline_span,
    date_from_filename,
    dateline_span,
    metadata_from_page_copy,
    metadata_from_text,
    outlet_from_filename,
    parse_date,
    tidy_metadata,
    title_from_filename,
)
from core.readers.sidecar import load_sidecar
from core.readers.text import normalise_newlines, read_text

__all__ = [
    "MAX_BYTES",
    "MAX_PARAGRAPH_CHARS",
    "MAX_QUOTE_CHARS",
    "PARSE_TIMEOUT",
    "SUPPORTED_SUFFIXES",
    "ReadArticle",
    "ReadError",
    "bio_span",
    "byline_span",
    "check_quotes",
    "dateline_span",
    "display_path",
    "iter_article_files",
    "metadata_from_text",
    "parse_date",
    "read",
    "read_extracted",
    "read_pasted",
]

MAX_BYTES = 20 * 1024 * 1024
MAX_PARAGRAPH_CHARS = 100_000  # 40 times the longest line of 924 PolNeAR articles
MAX_QUOTE_CHARS = 10_000  # 6 times the longest quotation found in them
PARSE_TIMEOUT = 60.0  # seconds
READ_ATTEMPTS = 3  # reads of a file that changes while it is read, before it is refused
SETTLE_SECONDS = 0.25
_HIDDEN = (".", "~$")  # dot files and Office lock files

_Reader = Callable[[bytes, float], Extracted]
_FORMATS: dict[str, tuple[str, str]] = {  # suffix → (format, reader module M: read_M)
    ".txt": ("txt", "text"),
    ".md": ("md", "text"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".pdf": ("pdf", "pdf"),
    ".docx": ("docx", "docx"),
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)
PASTED = "pasted"


@dataclass(frozen=True, slots=True)
class ReadArticle:
    """An article's text and metadata, where it came from and in which format.

    ``source_path`` is the absolute path ("" for pasted text, the address for a page
    fetched from the web); ``format`` is one of ``txt md html pdf docx pasted``;
    ``warnings`` say what was repaired to read it (one line each, naming the file).
    """

    text: str
    metadata: Metadata
    source_path: str
    format: str
    warnings: tuple[str, ...] = ()


def read(path: Path | str) -> ReadArticle:
    """Read one article file; raises :class:`ReadError` when it cannot be read as an article."""
    path = Path(path)
    kind, reader = _format_of(path)
    data = _load(path)
    fallback = Metadata(
        title=title_from_filename(path),
        outlet=outlet_from_filename(path),
        published=date_from_filename(path),
    )
    return read_extracted(
        path, kind, reader, data, fallback, given=load_sidecar(path), source_path=path.absolute()
    )


def read_extracted(
    source: Path | str,
    kind: str,
    reader: _Reader,
    data: bytes,
    fallback: Metadata,
    *,
    given: Metadata | None = None,
    source_path: Path | str | None = None,
) -> ReadArticle:
    """Run a format reader on an article's bytes (on a thread stopped past
    :data:`PARSE_TIMEOUT`; plain text's decoding, linear in its capped size, on this one:
    a thread per file was 2% of a one-process batch's wall time on a busy host) and
    make the article: metadata ``given`` first, then what the markup and the text state,
    ``fallback`` and the file's own date last. ``source`` names it in messages."""
    try:
        if reader is read_text:
            extracted = reader(data, time.monotonic() + PARSE_TIMEOUT)
        else:
            extracted = _run_with_timeout(reader, data, PARSE_TIMEOUT)
    except Unreadable as err:
        raise ReadError(source, err.reason) from err
    except Exception as err:  # a parser's own failure on a damaged file: still one message
        raise ReadError(source, f"could not be read ({type(err).__name__}: {err})") from err
    _check_paragraphs(source, extracted.text)
    metadata = (
        (given or Metadata())
        .merged(tidy_metadata(extracted.metadata))
        .merged(metadata_from_text(extracted.text))
        .merged(fallback)
        .merged(Metadata(published=extracted.file_date))
    )
    shown = display_path(source)
    warnings = tuple(f"{shown}: {warning}" for warning in extracted.warnings)
    where = display_path(source if source_path is None else source_path)
    return ReadArticle(extracted.text, tidy_metadata(metadata), where, kind, warnings)


def read_pasted(text: str, metadata: Metadata | None = None) -> ReadArticle:
    """Pasted text with newlines normalised; ``metadata``'s gaps filled from the text
    (read past the navigation of a whole page copied from a browser)."""
    text = normalise_newlines(text)
    if not text.strip():
        raise ReadError("pasted text", "empty text")
    _check_paragraphs("pasted text", text)
    inferred = metadata_from_page_copy(text)
    return ReadArticle(text, tidy_metadata((metadata or Metadata()).merged(inferred)), "", PASTED)


def check_quotes(source: Path | str, quotes: Iterable[Quote]) -> None:
    """Refuse an article whose analysis found a quotation over ``MAX_QUOTE_CHARS``."""
    for quote in quotes:
        if len(quote.span) > MAX_QUOTE_CHARS:
            where = f"characters {quote.span.start:,}-{quote.span.end:,}"
            raise ReadError(
                source,
                f"a quotation of {len(quote.span):,} characters ({where}), over the "
                f"{MAX_QUOTE_CHARS:,} limit: is a quotation mark left open?",
            )


def _check_paragraphs(source: Path | str, text: str) -> None:
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_PARAGRAPH_CHARS:
            raise ReadError(
                source,
                f"a paragraph of {len(line):,} characters (line {number}), over the "
                f"{MAX_PARAGRAPH_CHARS:,} limit: is this an article?",
            )


def iter_article_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files as given; folders walked recursively and sorted, keeping supported, visible files.

    A file named explicitly is yielded whatever its suffix, so ``read()`` reports it
    rather than it vanishing without a word; so is a sub-folder that cannot be listed.
    """
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        found: list[Path] = []
        unlisted: list[OSError] = []
        for folder, folders, names in os.walk(path, onerror=unlisted.append):
            folders[:] = [name for name in folders if not name.startswith(_HIDDEN)]
            found.extend(
                Path(folder, name)
                for name in names
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES
                and not name.startswith(_HIDDEN)
                and Path(folder, name).is_file()
            )
        yield from sorted(found)
        yield from (Path(error.filename) for error in unlisted if error.filename)


def _format_of(path: Path) -> tuple[str, _Reader]:
    if not path.exists():
        raise ReadError(path, "no such file")
    if path.is_dir():
        try:
            with os.scandir(path):
                pass
        except OSError as err:
            reason = err.strerror or type(err).__name__
            raise ReadError(
                path, f"folder cannot be read ({reason}); its articles were skipped"
            ) from err
        raise ReadError(path, "is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        named = f"'{path.suffix}'" if path.suffix else "(no suffix)"
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise ReadError(path, f"unsupported file type {named}; supported: {supported}")
    kind, module = _FORMATS[suffix]
    return kind, reader(module)


def reader(module: str) -> _Reader:
    """The reader of one format, imported on first use: a plain-text batch never loads
    trafilatura, pypdf or python-docx (a quarter of a second of start-up)."""
    if module == "text":
        return read_text
    imported = importlib.import_module(f"core.readers.{module}")
    return getattr(imported, f"read_{module}")


def _load(path: Path) -> bytes:
    """The file's bytes, read again while its size or time changes under the reader (a
    file still being copied or written); refused if it never holds still."""
    try:
        for _ in range(READ_ATTEMPTS):
            before = _checked_size(path)
            data = path.read_bytes()
            after = path.stat()
            held = (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
            if held and len(data) == after.st_size:
                return data
            time.sleep(SETTLE_SECONDS)
    except OSError as err:
        raise ReadError(path, f"cannot be read ({err.strerror or err})") from err
    raise ReadError(path, "kept changing while it was read (still being written?); not imported")


def _checked_size(path: Path) -> os.stat_result:
    status = path.stat()
    if status.st_size > MAX_BYTES:
        size, limit = _megabytes(status.st_size), _megabytes(MAX_BYTES)
        raise ReadError(path, f"file is {size}, over the {limit} size limit")
    if status.st_size == 0:
        raise ReadError(path, "empty file")
    return status


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


def _run_with_timeout(reader: _Reader, data: bytes, timeout: float) -> Extracted:
    """Run a format reader on a thread; stop it and give up after ``timeout`` seconds."""
    outcome: list[Extracted | BaseException] = []

    def work() -> None:
        try:
            outcome.append(reader(data, time.monotonic() + timeout))
        except BaseException as err:  # handed to the calling thread below
            outcome.append(err)

    thread = threading.Thread(target=work, name="onrecord-reader", daemon=True)
    thread.start()
    thread.join(timeout)
    if not outcome:
        _stop(thread)
        raise Unreadable(f"parsing took longer than {timeout:g} s; stopped")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


class _Stopped(Exception):
    """Raised inside a reader thread that ran out of time."""


def _stop(thread: threading.Thread) -> None:
    """Raise ``_Stopped`` in ``thread`` at its next Python instruction, so an abandoned
    parse does not keep a core busy (a long call into C, such as lxml's, ends first)."""
    import ctypes  # here: only a parse that ran out of time needs it (43 classes at import)

    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread.ident), ctypes.py_object(_Stopped)
        )
