"""Quotes and statements out of the library with their citation fields: CSV, JSON or
Markdown. ``statement`` says which a row is: a quotation ("quote"), reported speech
("reported") or reported speech holding a partial quote ("mixed"); Markdown shows only
quotations as block quotes.

CSV starts with a UTF-8 byte order mark, without which Excel reads the file as Windows-1252
and garbles curly apostrophes; cells that a spreadsheet would run as a formula (starting
with = + - @, a tab or a carriage return) get a leading apostrophe, so an exported quote can
never execute. Markdown escapes everything it quotes (no HTML, link or heading of an
article's own) and links only http(s) addresses.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from itertools import groupby
from typing import Any, TextIO

from core.markup import markdown_text, markdown_url, one_line, safe_url
from core.records import QuoteRow

FORMATS = ("csv", "json", "md")
FIELDS = (
    "speaker", "role", "kind", "quote", "article_title", "outlet", "author", "date", "url",
    "start", "end", "statement",
)  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE_END_PUNCTUATION = ",;: "  # "“We will win,” she said": the comma is the sentence's, not hers


def record(row: QuoteRow) -> dict[str, Any]:
    return {
        "speaker": row.speaker_name, "role": row.role, "kind": row.speaker_kind,
        "quote": row.text, "article_title": row.article_title, "outlet": row.outlet,
        "author": row.author, "date": row.published, "url": row.url,
        "start": row.start, "end": row.end, "statement": row.kind,
    }  # fmt: skip


def safe_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never evaluates."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def export(rows: Iterable[QuoteRow], fmt: str, out: TextIO) -> int:
    """Write ``rows`` to ``out`` in ``fmt``; returns how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    records = [record(row) for row in rows]
    if fmt == "csv":
        out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in r.items()} for r in records)
    elif fmt == "json":
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        _markdown(records, out)
    return len(records)


def _markdown(records: list[dict[str, Any]], out: TextIO) -> None:
    """One section per speaker (with their kind), each quote with its citation fields."""
    key = lambda r: one_line(r["speaker"]) or "Unattributed"  # noqa: E731
    for speaker, group in groupby(sorted(records, key=key), key=key):
        quotes = list(group)
        kind = quotes[0]["kind"]
        out.write(f"## {markdown_text(speaker)}" + (f" ({kind})" if kind else "") + "\n\n")
        for r in quotes:
            fields = [one_line(r[k]) for k in ("role", "article_title", "outlet", "author")]
            role, title, outlet, author = (markdown_text(f) for f in fields)
            source = ", ".join(
                p for p in (role, title and f"*{title}*", outlet, author and f"by {author}",
                            r["date"]) if p
            )  # fmt: skip
            url = safe_url(r["url"])
            link = url and f"<{markdown_url(url)}>"
            offsets = f"(characters {r['start']}\u2013{r['end']})"
            words = one_line(r["quote"])
            if r["statement"] == "quote":  # a block quote ends on its words, as citations do
                said = f"> {markdown_text(words.rstrip(QUOTE_END_PUNCTUATION))}"
            else:
                said = f"*Reported:* {markdown_text(words)}"
            out.write(f"{said}\n\n\u2014 ")
            out.write(" ".join(p for p in (source, link, offsets) if p) + "\n\n")
