"""Word documents (.docx) through python-docx: body paragraphs and table cells, in order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table

from core.document import Metadata
from core.readers.base import Extracted, Unreadable, clean_field

# Authors that are a program's or template's default, not a person.
_PLACEHOLDER_AUTHORS = frozenset(
    {"python-docx", "microsoft office user", "user", "admin", "administrator", "author"}
)


def read_docx(data: bytes, deadline: float) -> Extracted:
    """Paragraphs joined by blank lines; title, author and creation date from core properties.

    ``deadline`` is enforced by the caller's timeout.
    """
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise Unreadable(f"corrupt or not a DOCX file ({type(err).__name__})") from err
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_row_text(row.cells) for row in item.rows)
        else:
            blocks.append(item.text)
    paragraphs = [" ".join(block.split()) for block in blocks]
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise Unreadable("no text in the document")
    props = document.core_properties
    author = clean_field(props.author)
    if author and author.lower() in _PLACEHOLDER_AUTHORS:
        author = None
    created = props.created.date().isoformat() if props.created else None
    return Extracted(text, Metadata(title=clean_field(props.title), author=author), created)


def _row_text(cells: list) -> str:
    """One table row as one paragraph; a merged cell repeats, so it is taken once."""
    seen: list[str] = []
    for cell in cells:
        if cell.text not in seen:
            seen.append(cell.text)
    return " | ".join(t for t in seen if t.strip())
