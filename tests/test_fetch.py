"""Import from a link and a feed, against an HTTP server on 127.0.0.1 started here (never
the internet): a page, a redirect, a 404, a timeout, an oversized body, a feed of three
items one of which is broken."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core import fetch
from core.cli import main
from core.fetch import Link, feed_links, read_link
from core.ingest import ingest, ingest_feeds
from core.library import Library
from core.readers import ReadError

PAGE = """<!doctype html><html><head><title>Bridge vote | The Herald</title>
<meta name="author" content="Kim Poe">
<meta property="og:site_name" content="The Riverton Herald">
<meta property="article:published_time" content="2025-03-04T10:00:00Z">
<link rel="canonical" href="https://herald.example/2025/bridge-vote">
</head><body><article><h1>Council backs the bridge</h1>
<p>\u201cWe will rebuild the old bridge by spring,\u201d said Mayor Jane Roe on Tuesday.</p>
<p>John Doe, a council member, disagreed. \u201cIt costs far too much for a town this
size,\u201d Doe told reporters after the vote.</p></article></body></html>"""


def feed(base: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><author>{author}</author>"
        "<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate></item>"
        for title, path, author in (
            ("Bridge vote", "/page", "kim@herald.example (Kim Poe)"),
            ("Gone", "/missing", "x@herald.example (X)"),
            ("School budget", "/other", "lee@herald.example (Ann Lee)"),
        )
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>The Herald</title>'
        f"<link>{base}</link><description>News</description>{items}</channel></rss>"
    )


OTHER = (
    PAGE.replace('<link rel="canonical" href="https://herald.example/2025/bridge-vote">', "")
    .replace('<meta name="author" content="Kim Poe">', "")
    .replace("bridge", "school")
    .replace("Jane Roe", "Ann Lee")
)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        base = f"http://127.0.0.1:{self.server.server_port}"
        routes = {
            "/page": ("text/html; charset=utf-8", PAGE),
            "/other": ("text/html; charset=utf-8", OTHER),
            "/feed.xml": ("application/rss+xml", feed(base)),
        }
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/page")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(2)  # the test's deadline is 0.5 s
            self._send("text/html", PAGE)
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must stop the reading
            try:
                for _ in range(100):
                    self.wfile.write(b"<p>" + b"x" * 65_536 + b"</p>")
            except OSError:
                pass
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self.send_error(404, "Not Found")

    def _send(self, content_type: str, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_is_read_with_its_own_metadata(server: str) -> None:
    article = read_link(Link(f"{server}/page"))
    assert "We will rebuild the old bridge by spring" in article.text
    meta = article.metadata
    assert (meta.author, meta.outlet, meta.published) == (
        "Kim Poe",
        "The Riverton Herald",
        "2025-03-04",
    )
    assert meta.url == "https://herald.example/2025/bridge-vote"  # the canonical address
    assert (article.source_path, article.format) == (f"{server}/page", "html")


def test_a_redirect_is_followed_and_the_address_kept(server: str) -> None:
    article = read_link(Link(f"{server}/moved"))
    assert article.source_path == f"{server}/moved"
    assert "Mayor Jane Roe" in article.text
    other = read_link(Link(f"{server}/other"))
    assert other.metadata.url == f"{server}/other"  # no canonical: where it was fetched


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/slow", "no answer within 0.5 s"),
        ("/huge", "the page is over the 1 MB limit; stopped"),
    ],
)
def test_a_failure_is_one_line_naming_the_address(
    server: str, path: str, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetch, "FETCH_SECONDS", 0.5)
    monkeypatch.setattr(fetch, "MAX_BYTES", 1024 * 1024)
    with pytest.raises(ReadError) as failed:
        fetch.fetch(f"{server}{path}", seconds=fetch.FETCH_SECONDS, max_bytes=fetch.MAX_BYTES)
    assert str(failed.value) == f"{server}{path}: {reason}"


def test_an_unreachable_address_and_a_bad_scheme(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    closed = f"http://127.0.0.1:{port + 1 if port < 65535 else port - 1}/x"
    with pytest.raises(ReadError, match="cannot be reached"):
        fetch.fetch(closed)
    with pytest.raises(ReadError, match="not a web address"):
        fetch.fetch("file:///etc/passwd")


def test_ingest_a_link_stores_its_address_and_citation(
    server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "lib.db"
    assert main(["ingest", f"{server}/page", f"{server}/missing", "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert f"onrecord: {server}/missing: the server answered 404 Not Found\n" in err
    assert "1 imported, 0 already in the library, 1 failed" in err
    with Library(db) as library:
        (article_id,) = library.article_ids()
        article = library.article(article_id)
        assert (article.source_path, article.url) == (
            f"{server}/page",
            "https://herald.example/2025/bridge-vote",
        )
        assert {q.speaker_name for q in library.quotes()} == {"Jane Roe", "John Doe"}
        report = ingest([Link(f"{server}/page")], library)
        assert report.duplicates == [f"{server}/page"]


def test_a_feed_of_three_items_one_broken(server: str, tmp_path: Path) -> None:
    links = feed_links(f"{server}/feed.xml")
    assert [link.url for link in links if isinstance(link, Link)] == [
        f"{server}/page",
        f"{server}/missing",
        f"{server}/other",
    ]
    saved = tmp_path / "feed.xml"
    saved.write_text(feed(server), encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        report = ingest_feeds([saved], library)
        assert [source for source, _ in report.imported] == [f"{server}/page", f"{server}/other"]
        assert report.failed == [
            (f"{server}/missing", f"{server}/missing: the server answered 404 Not Found")
        ]
        school = library.article(report.imported[1][1])
        assert (school.author, school.published) == ("Ann Lee", "2025-03-04")  # from the feed


def test_a_feed_that_is_not_one(server: str, tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        report = ingest_feeds([f"{server}/page", f"{server}/missing", tmp_path / "no.xml"], library)
    reasons = [reason for _, reason in report.failed]
    assert reasons[0].startswith(f"{server}/page: no items found: not an RSS or Atom feed?")
    assert reasons[1] == f"{server}/missing: the server answered 404 Not Found"
    assert reasons[2] == f"{tmp_path / 'no.xml'}: cannot be read (No such file or directory)"
