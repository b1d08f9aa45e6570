"""What the format readers share: their result and their errors."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from core.document import Metadata


def display_path(path: Path | str) -> str:
    """A path as text that prints and stores anywhere: bytes of a file name that are not
    UTF-8 (``os.fsdecode``'s surrogates) shown as ``\\xe9``."""
    text = str(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class ReadError(Exception):
    """A file that cannot be read as an article; ``str()`` is one line naming file and problem."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(path, reason)  # both in args, so the error pickles across processes
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{display_path(self.path)}: {self.reason}"


_SIGNATURES = (  # how a file's first bytes name its kind
    (b"%PDF-", "a PDF: give it the suffix .pdf"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (a .docx is one: give it that suffix)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document (.doc): save it as .docx"),
)


def binary(data: bytes, expected: str) -> Unreadable:
    """The error for a binary file read as ``expected`` ("text", "HTML"), saying what it
    holds when its first bytes tell: a picture or a PDF saved under the wrong suffix."""
    kind = next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)
    return Unreadable(f"binary file, not {expected}" + (f": it holds {kind}" if kind else ""))


class Unreadable(Exception):
    """Raised by a format reader with the reason only; ``read()`` adds the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Extracted(NamedTuple):
    """A format reader's result. ``file_date`` is when the file was made (not necessarily
    published), used only when nothing better is known; ``warnings`` are what the reader
    had to repair (one line each, without the file name)."""

    text: str
    metadata: Metadata
    file_date: str | None = None
    warnings: tuple[str, ...] = ()


def clean_field(value: str | None) -> str | None:
    """A metadata value with its white space collapsed; ``None`` when nothing is left."""
    value = " ".join((value or "").split())
    return value or None
