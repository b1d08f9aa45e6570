"""Articles from the web: a page by its address, and the items of an RSS or Atom feed.

Only what a reporter asks for is fetched (``onrecord ingest https://…``, ``--feed``, File →
Import from link…), over http(s) only, with a deadline for the whole transfer
(:data:`FETCH_SECONDS`) and a size cap (the file limit, :data:`MAX_BYTES`). Every failure
is a :class:`~core.readers.ReadError` naming the address: one line. A page is read as an
HTML file is, so its own metadata (author, date, outlet, canonical URL) makes the
citation; the address it was fetched from is the article's URL unless the page names a
canonical one. Feeds are parsed by feedparser from bytes fetched here (it never goes
online itself); each item's link is then fetched, the item's title, author and date
filling what its page does not say.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from functools import partial
from pathlib import Path
from typing import IO, Any

from core import __version__, readers
from core.document import Metadata
from core.readers import MAX_BYTES, ReadArticle, ReadError, parse_date, read_extracted
from core.readers.base import clean_field
from core.readers.text import read_text

FETCH_SECONDS = 30.0  # for the whole transfer, not only between two packets
CHUNK = 64 * 1024
SCHEMES = ("http://", "https://")
HEADERS = {
    "User-Agent": f"OnRecord/{__version__} (article import)",
    "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5",
}
_MAILBOX = re.compile(r"\S+@\S+\s*\((?P<after>[^)]+)\)|(?P<before>[^<]+?)\s*<\S+@\S+>")


@dataclass(frozen=True)
class Link:
    """A page to fetch; ``metadata`` fills what the page does not say (a feed item's)."""

    url: str
    metadata: Metadata = field(default_factory=Metadata)


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes


def is_url(text: str) -> bool:
    return text.strip().lower().startswith(SCHEMES)


def fetch(url: str, *, seconds: float = FETCH_SECONDS, max_bytes: int = MAX_BYTES) -> Fetched:
    """The body at ``url`` (redirects followed); ReadError for anything else."""
    if not is_url(url):
        raise ReadError(url, "not a web address (http:// or https://)")
    deadline = time.monotonic() + seconds
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    try:
        with opener.open(urllib.request.Request(url, headers=HEADERS), timeout=seconds) as answer:
            _check_length(url, answer.headers, max_bytes)
            data = _read_capped(url, answer, max_bytes, deadline, seconds)
            return Fetched(answer.geturl(), answer.headers.get_content_type(), data)
    except urllib.error.HTTPError as error:
        raise ReadError(url, f"the server answered {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ReadError(url, f"no answer within {seconds:g} s") from error
        raise ReadError(url, f"cannot be reached ({error.reason})") from error
    except TimeoutError as error:
        raise ReadError(url, f"no answer within {seconds:g} s") from error
    except (OSError, ValueError) as error:  # a connection reset, a malformed address
        raise ReadError(url, f"cannot be fetched ({error})") from error


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects followed to http(s) addresses only (urllib would also go to ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        if not is_url(newurl):
            raise urllib.error.URLError(f"redirected to {newurl!r}, not a web page")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_length(url: str, headers: Message, max_bytes: int) -> None:
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ReadError(url, f"the page is {_mb(int(declared))}, over the {_mb(max_bytes)} limit")


def _read_capped(
    url: str, answer: IO[bytes], max_bytes: int, deadline: float, seconds: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := answer.read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(url, f"the page is over the {_mb(max_bytes)} limit; stopped")
        if time.monotonic() > deadline:
            raise ReadError(url, f"the page took longer than {seconds:g} s to arrive; stopped")
        chunks.append(chunk)
    if not size:
        raise ReadError(url, "the server sent an empty page")
    return b"".join(chunks)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"


def read_link(link: Link) -> ReadArticle:
    """Fetch and read one page (HTML, PDF or plain text) as an article."""
    page = fetch(link.url)
    if page.content_type == "application/pdf":
        kind, reader = "pdf", readers.reader("pdf")
    elif page.content_type == "text/plain":
        kind, reader = "txt", read_text
    else:
        kind, reader = "html", partial(readers.reader("html"), url=page.url)
    article = read_extracted(link.url, kind, reader, page.data, Metadata(url=page.url))
    return ReadArticle(
        article.text,
        article.metadata.merged(link.metadata),
        link.url,
        kind,
        article.warnings,
    )


def feed_links(source: str | Path) -> list[Link | ReadError]:
    """The items of the feed at an address or in a saved file: a Link for each, or the
    ReadError of an item that has none. ReadError when the feed cannot be read at all."""
    if isinstance(source, str) and is_url(source):
        data = fetch(source).data
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as error:
            raise ReadError(source, f"cannot be read ({error.strerror or error})") from error
    import feedparser  # only a feed needs it

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise ReadError(source, f"no items found: not an RSS or Atom feed? ({problem or 'empty'})")
    return [_link(source, number, entry) for number, entry in enumerate(parsed.entries, 1)]


def _author_name(author: str) -> str | None:
    """The name in an RSS author: ``kim@herald.example (Kim Poe)`` or ``Kim Poe
    <kim@herald.example>`` give Kim Poe, a bare address nothing (feedparser 6.0 cuts
    the first form's name wrongly)."""
    if named := _MAILBOX.fullmatch(author.strip()):
        return clean_field(named["before"] or named["after"])
    return None if "@" in author else clean_field(author)


def _link(source: str | Path, number: int, entry: dict[str, Any]) -> Link | ReadError:
    url = str(entry.get("link") or "")
    if not is_url(url):
        title = clean_field(entry.get("title")) or "untitled"
        return ReadError(f"{source} item {number}", f"{title!r} has no web address")
    published = entry.get("published") or entry.get("updated")
    return Link(
        url,
        Metadata(
            title=clean_field(entry.get("title")),
            author=_author_name(str(entry.get("author") or "")),
            published=parse_date(published) if published else None,
        ),
    )
