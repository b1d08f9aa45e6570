"""Plain text (.txt, .md): bytes to ``str`` in whatever encoding the file was written.

A UTF-8 file yields exactly what ``Path.read_text(encoding="utf-8")`` gives (universal
newlines, nothing else changed), because quote offsets are defined against that string. A
UTF-8 file but for a few stray bytes (four valid UTF-8 characters beyond ASCII or more
to each bad byte) is read as UTF-8 with each bad byte replaced by U+FFFD, as
``read_text(encoding="utf-8", errors="replace")`` gives, and a warning says so.
"""

from __future__ import annotations

import codecs
import re

from core.document import Metadata
from core.readers.base import Extracted, Unreadable, binary

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A Western single-byte encoding is the likeliest among equally plausible guesses.
_PREFERRED = ("cp1252", "iso8859_15", "latin_1")
_CHAOS_TIE = 0.01


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` to ``\\n``, as Python's universal-newline reading does."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes: BOM, then UTF-8 (repaired if only a few bytes are bad), then
    the likeliest legacy encoding. Returns the text and what had to be repaired."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), ()
            except UnicodeDecodeError as err:
                raise Unreadable(f"invalid {encoding} byte sequence at byte {err.start}") from err
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as err:
        utf8_error = err
    repaired = _mostly_utf8(data, utf8_error.start)
    if repaired is not None:
        return repaired
    if b"\x00" in data and not _looks_like_utf16(data):
        raise binary(data, "text")
    guess = _guess_encoding(data)
    if guess is None:
        raise Unreadable(
            f"invalid byte sequences: not UTF-8 (bad byte at {utf8_error.start}) "
            "and no other text encoding fits"
        )
    return data.decode(guess), ()


def _mostly_utf8(data: bytes, first_bad: int) -> tuple[str, tuple[str, ...]] | None:
    """UTF-8 with its bad bytes replaced, when valid UTF-8 characters beyond ASCII
    outnumber them four to one (a legacy encoding's accents are all invalid UTF-8, and
    so is a binary file's every other byte); else ``None``."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    beyond_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad
    if beyond_ascii < 4 * bad:
        return None
    noun = "byte sequence" if bad == 1 else "byte sequences"
    warning = (
        f"{bad} invalid UTF-8 {noun} (the first at byte {first_bad:,}) replaced by \ufffd;"
        " the rest read as UTF-8"
    )
    return text, (warning,)


def read_text(data: bytes, deadline: float) -> Extracted:
    """A text article; metadata is left to the plain-text inference in ``read()``.

    ``deadline`` is unused: decoding takes time linear in the size, which is capped.
    """
    decoded, warnings = decode(data)
    text = normalise_newlines(decoded)
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise binary(data, "text")
    if not text.strip():
        raise Unreadable("no text (the file holds only white space)")
    return Extracted(text, Metadata(), warnings=warnings)


def _looks_like_utf16(data: bytes) -> bool:
    """BOM-less UTF-16 of mostly ASCII text: every other byte is zero."""
    sample = data[:4096]
    return sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # here: only for a file that is not UTF-8

    matches = list(from_bytes(data))
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    for preferred in _PREFERRED:
        for match in matches:
            if match.chaos <= least + _CHAOS_TIE and preferred in match.could_be_from_charset:
                return preferred
    return min(matches, key=lambda m: m.chaos).encoding
