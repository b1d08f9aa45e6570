"""HTML (.html, .htm): the main article text and its metadata, through trafilatura.

Nothing is fetched: trafilatura gets the page's bytes and no URL to download. Inline
``data:`` resources (images, fonts) are dropped first: over 10 MB, one makes the HTML
parser stop there and lose the rest of the page, and none of them is article text.
Inline elements whose words touch are set on lines of their own (a byline's name, job
and outlet, which the page's style sheet sets apart).
"""

from __future__ import annotations

import codecs
import re

from trafilatura import bare_extraction

from core.document import Metadata
from core.readers.base import Extracted, Unreadable, binary, clean_field
from core.readers.text import decode, normalise_newlines

_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([\w.:-]+)""", re.I)
_DATA_URI = re.compile(rb"""(?<=["'(=])data:[^,"'\s>)]*,[^"'\s>)]*""", re.I)
_INLINE = rb"(?:a|abbr|b|cite|em|i|small|span|strong|time|u)"
# Two inline elements whose words touch ("<a>Fiona MacAulay</a><span>Islands reporter")
# are labels a style sheet sets apart (name, job, outlet), not one word: a line break
# keeps "MacAulayIslands" out of the byline. A letter alone before ("<span>T</span>")
# is a drop capital, not a label.
_TOUCHING_LABELS = re.compile(
    rb"(?<=\w\w)(</" + _INLINE + rb">)(?=<" + _INLINE + rb"\b[^>]*>\w)", re.I
)


def read_html(data: bytes, deadline: float, url: str | None = None) -> Extracted:
    """Main text with one blank line between blocks; title, author, date, site and canonical URL.

    ``deadline`` is enforced by the caller's timeout: trafilatura has no hook for it.
    ``url``, where the page was fetched from, helps trafilatura name the site.
    """
    if b"\x00" in data[:4096]:
        raise binary(data, "HTML")
    data = _TOUCHING_LABELS.sub(rb"\1<br>", _DATA_URI.sub(b"data:,", data))
    warnings: tuple[str, ...] = ()
    # trafilatura honours a declared charset; without one, decode as plain text files are.
    page: bytes | str = data
    if not _declares_known_charset(data):
        page, warnings = decode(data)
    try:
        found = bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError, AttributeError, LookupError) as err:
        raise Unreadable(f"corrupt HTML ({err})") from err
    if found is None or not (found.text or "").strip():
        raise Unreadable("no article text found in the HTML")
    blocks = (line.strip() for line in normalise_newlines(found.text).split("\n"))
    text = "\n\n".join(block for block in blocks if block)
    metadata = Metadata(
        title=clean_field(found.title),
        outlet=clean_field(found.sitename),
        author=clean_field(found.author),
        published=found.date,  # ISO from trafilatura; read_article checks it
        url=clean_field(found.url),
    )
    return Extracted(text, metadata, warnings=warnings)


def _declares_known_charset(data: bytes) -> bool:
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared is None:
        return False
    try:
        codecs.lookup(declared[1].decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return False
    return True
