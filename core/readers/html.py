"""HTML (.html, .htm): the main article text and its metadata, through trafilatura.

Nothing is fetched: trafilatura gets the page's bytes and no URL to download. Inline
``data:`` resources (images, fonts) are dropped first: over 10 MB, one makes the HTML
parser stop there and lose the rest of the page, and none of them is article text.
Inline elements whose words touch are set on lines of their own (a byline's name, job
and outlet, which the page's style sheet sets apart). A field trafilatura leaves blank is
read from the page's JSON-LD article (schema.org's NewsArticle and other Article types:
``url`` or ``mainEntityOfPage``, ``publisher.name``, ``author.name``, ``datePublished``),
where some pages alone state it: trafilatura reads no address there, nor a publisher or
a date written as plain text.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any

from trafilatura import bare_extraction

from core.byline import listed_names
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
_JSON_LD = re.compile(
    rb"<script[^>]*\btype=[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S
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
    return Extracted(text, metadata.merged(json_ld_metadata(data)), warnings=warnings)


def json_ld_metadata(data: bytes) -> Metadata:
    """The address, outlet, author and date the page's first JSON-LD article states
    (a node whose ``@type`` ends in "Article", at the top, in a list or in an ``@graph``;
    a publisher given by its ``@id`` alone is looked up there)."""
    nodes = [node for block in _JSON_LD.findall(data) for node in _nodes(_loaded(block))]
    known = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        types = node.get("@type")
        if not any(t.endswith("Article") for t in _strings(types)):
            continue
        authors = [_name(a, known) for a in _listed(node.get("author"))]
        return Metadata(
            outlet=_name(node.get("publisher"), known),
            author=listed_names([a for a in authors if a]) or None,
            published=clean_field(_text(node.get("datePublished"))),
            url=clean_field(_text(node.get("url")) or _address(node.get("mainEntityOfPage"))),
        )
    return Metadata()


def _loaded(block: bytes) -> Any:
    try:
        return json.loads(block.decode("utf-8", "replace"))
    except ValueError:
        return None  # a page's broken JSON-LD says nothing


def _nodes(value: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD block: itself, the items of a list, an ``@graph``'s."""
    for item in _listed(value):
        if isinstance(item, dict):
            yield item
            yield from _nodes(item.get("@graph"))


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _strings(value: Any) -> list[str]:
    return [v for v in _listed(value) if isinstance(v, str)]


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _address(page: Any) -> str | None:
    """The address ``mainEntityOfPage`` gives: itself, or the page's ``@id`` or ``url``."""
    if isinstance(page, dict):
        return _text(page.get("@id")) or _text(page.get("url"))
    return _text(page)


def _name(value: Any, known: dict[str, dict[str, Any]]) -> str | None:
    """A person's or organisation's name: the string itself, the object's ``name``, or
    that of the node its ``@id`` names."""
    if isinstance(value, str):
        return clean_field(value)
    if not isinstance(value, dict):
        return None
    if "name" not in value and isinstance(value.get("@id"), str):
        value = known.get(value["@id"], value)
    return clean_field(_text(value.get("name")))


def _declares_known_charset(data: bytes) -> bool:
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared is None:
        return False
    try:
        codecs.lookup(declared[1].decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return False
    return True
