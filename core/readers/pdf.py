"""PDF: the text layer through pypdf, re-flowed into paragraphs.

A PDF stores lines, not paragraphs. Lines are joined back: a line ending in a hyphen joins
the next word (keeping the hyphen only when the document spells that word with one
elsewhere), and a paragraph ends where the page leaves more space than between its lines,
at a line clearly shorter than the text's usual width that does not end in a hyphen,
before a bulleted line, and around a byline (which a narrow column's headline, as long as
its lines, would otherwise run into).
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import time

from pypdf import PageObject, PdfReader

from core.document import Metadata
from core.readers.base import Extracted, Unreadable, clean_field
from core.readers.metadata import is_byline
from core.readers.text import normalise_newlines

_PAGE_NUMBER = re.compile(r"\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*", re.I)
_HYPHENATED = re.compile(r"([A-Za-z]+)[-\u00ad]$")
# a file name, or the name a layout or word processor gives a new document ("Layout 1")
_FILE_TITLE = re.compile(r"\.(?:docx?|pdf|indd|odt|rtf|txt)$", re.I)
_DEFAULT_TITLE = re.compile(r"(?:untitled\b.*|(?:layout|document|slide|page)[ _-]?\d+)", re.I)
_GENERATOR_TITLE = re.compile(r"^(?:Microsoft (?:Word|PowerPoint) - )", re.I)
_BULLETS = "•◦▪‣●■"  # a line opening with one starts a paragraph
_END_OF_FILE = b"%%EOF"  # a whole PDF's last marker, within its last bytes
_END_REACH = 1024
_HEADER_LINES = 6  # a byline is among the first lines; a body line may open "By Jane Doe's"
_PARAGRAPH_GAP = 1.3  # times the usual line spacing: the space between two paragraphs
_SHORT_LINE = 0.75  # of the usual line width: a line this short ends its paragraph
_LIGATURES = str.maketrans(  # typeset letters joined in one glyph: "ﬁnance" is "finance"
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
     "\ufb05": "st", "\ufb06": "st"}
)  # fmt: skip
# pypdf logs what it repairs ("EOF marker not found") to stderr; a damaged file is already
# reported once, by name, through Unreadable.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(data: bytes, deadline: float) -> Extracted:
    """Text of every page, re-flowed; title and author from the info dictionary."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted PDF (a password is needed)")
        pages = reader.pages
        lines: list[str] = []
        for number, page in enumerate(pages, 1):
            if time.monotonic() > deadline:
                stopped = f"stopped at page {number} of {len(pages)}"
                raise Unreadable(f"parsing took too long ({stopped})")
            lines.extend(_page_lines(_page_text(page)))
        info = reader.metadata
    except Unreadable:
        raise
    except Exception as err:  # pypdf raises many kinds on damaged files; all mean the same here
        if _END_OF_FILE not in data[-_END_REACH:]:
            raise Unreadable(
                "corrupt PDF: the file stops short of its end (a download or copy cut off?)"
            ) from err
        raise Unreadable(f"corrupt PDF ({type(err).__name__}: {err})") from err
    text = reflow(lines)
    if not text:
        raise Unreadable("no text layer (image-only PDF?)")
    if info is None:
        return Extracted(text, Metadata())
    created = info.creation_date if info.get("/CreationDate") else None
    return Extracted(
        text,
        Metadata(title=_title(info.title), author=clean_field(info.author)),
        created.date().isoformat() if created else None,
    )


def reflow(lines: list[str]) -> str:
    """Lines of extracted text → paragraphs separated by one blank line."""
    lengths = [len(line) for line in lines if line]
    if not lengths:
        return ""
    usual = statistics.quantiles(lengths, n=5)[-1] if len(lengths) > 1 else lengths[0]
    words = set(re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", " ".join(lines)))
    paragraphs: list[str] = []
    current = ""
    for number, line in enumerate(lines):
        byline = number < _HEADER_LINES and bool(line) and is_byline(line)
        if not line or line[0] in _BULLETS or byline:
            if current:
                paragraphs.append(current)
            current = ""
            if not line:
                continue
        current = _join(current, line, words)
        if byline or len(line) < _SHORT_LINE * usual and not _HYPHENATED.search(line):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _page_text(page: PageObject) -> str:
    """The page's text with a blank line where two lines stand further apart than the
    page's usual line spacing: a paragraph's spacing, which the text layer does not
    keep as text. A step up the page (the next column) is no gap."""
    pieces: list[tuple[str, float | None]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        height = cm[1] * tm[4] + cm[3] * tm[5] + cm[5] if text.strip() else None
        pieces.append((text, height))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece for piece, _ in pieces) != text:
        return text
    lines, heights = [""], [None]
    for piece, height in pieces:
        first, *rest = piece.split("\n")
        lines[-1] += first
        if heights[-1] is None and first.strip():
            heights[-1] = height
        for part in rest:
            lines.append(part)
            heights.append(height if part.strip() else None)
    placed = [height for height in heights if height is not None]
    steps = [above - below for above, below in itertools.pairwise(placed) if above > below]
    if len(steps) < 3:
        return text
    usual = statistics.median(steps)
    spaced: list[str] = []
    above = None
    for line, height in zip(lines, heights, strict=True):
        if height is not None:
            if above is not None and above - height > _PARAGRAPH_GAP * usual:
                spaced.append("")
            above = height
        spaced.append(line)
    return "\n".join(spaced)


def _page_lines(page_text: str) -> list[str]:
    """A page's lines, white space collapsed, ligatures spelt out, page numbers left out."""
    page_text = normalise_newlines(page_text).translate(_LIGATURES)
    lines = [" ".join(line.split()) for line in page_text.split("\n")]
    return [line for line in lines if not _PAGE_NUMBER.fullmatch(line)]


def _join(current: str, line: str, words: set[str]) -> str:
    if not current:
        return line
    broken = _HYPHENATED.search(current)
    if broken and line[0].islower():
        head, tail = broken[1], re.match(r"[A-Za-z]*", line)[0]
        keep = current.endswith("-") and f"{head}-{tail}" in words and f"{head}{tail}" not in words
        return current[: broken.end(1)] + ("-" if keep else "") + line
    return f"{current} {line}"


def _title(value: str | None) -> str | None:
    title = clean_field(_GENERATOR_TITLE.sub("", value or ""))
    if title and (_FILE_TITLE.search(title) or _DEFAULT_TITLE.fullmatch(title)):
        return None
    return title
