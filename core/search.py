"""What a user types in the search box, made into a safe SQLite FTS5 query.

Words become quoted terms (so ``AND (``, ``NEAR`` or a lone ``"`` are just text),
``"a phrase"`` stays a phrase, and ``word*`` is a prefix query. The result always parses.
A term given twice is searched once, and only the first :data:`MAX_TERMS` distinct terms
are searched: each term of an FTS5 query reads its whole list of matches, so a pasted page
of 2,000 words took 37 s and gave no more precise an answer than its first few dozen.
The index stems its words (:data:`TOKENIZE`), so a term finds the word's other forms;
:func:`matches_in` says where a term matches a text the index does not hold (a name).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from functools import lru_cache

TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"[\w'\u2019-]+")
FTS_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 32
# How the quotes' index splits text into words: unicode61's words, each reduced to its
# Porter stem, so that a search finds a word's other forms ("emails": "email"; schema 13)
TOKENIZE = "porter unicode61"
# A match's bounds in a snippet or highlight: marks no article prints (a guillemet is a
# quotation mark in many languages, and shown in a quote it read as one)
MARK_START, MARK_END = "\x02", "\x03"


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression for ``text``, or "" when it has no word to search."""
    return " ".join(search_terms(text)[:MAX_TERMS])


def search_terms(text: str) -> list[str]:
    """The distinct FTS5 terms of ``text`` in order (before the ``MAX_TERMS`` cut)."""
    terms: dict[str, None] = {}
    for phrase, bare in TOKEN.findall(text):
        if phrase:
            words = _words(phrase)
            if words:
                terms[_quoted(" ".join(words))] = None
            continue
        prefix = bare.endswith("*")
        words = _words(bare)
        for i, word in enumerate(words):
            star = "*" if prefix and i == len(words) - 1 else ""
            terms[_quoted(word) + star] = None
    return list(terms)


def prefix_query(text: str) -> str:
    """An FTS5 MATCH expression finding rows with a word starting with each word of
    ``text`` (split as FTS5 splits: letters and digits), or "" when it has none."""
    return " ".join(_quoted(word) + "*" for word in FTS_WORD.findall(text))


def _words(text: str) -> list[str]:
    """The words of ``text``: runs of word characters, apostrophes and hyphens that hold
    a letter or digit (a lone ``-`` is no word to FTS5)."""
    return [word for word in WORD.findall(text) if FTS_WORD.search(word)]


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@lru_cache(maxsize=4096)
def matches_in(text: str, search: str) -> tuple[tuple[int, int], ...]:
    """Where any term of ``search`` matches in ``text``, as the quotes' index matches it
    (a word's other forms, a prefix, a phrase): the (start, end) of each match. A row
    found by its speaker's name alone shows why it is listed."""
    terms = search_terms(search)[:MAX_TERMS]
    text = text.replace(MARK_START, " ").replace(MARK_END, " ")
    if not terms or not text.strip():
        return ()
    with _SCRATCH_LOCK:
        db = _scratch()
        db.execute("DELETE FROM words")
        db.execute("INSERT INTO words (rowid, text) VALUES (1, ?)", [text])
        row = db.execute(
            "SELECT highlight(words, 0, ?, ?) FROM words WHERE words MATCH ?",
            [MARK_START, MARK_END, " OR ".join(terms)],
        ).fetchone()
    return tuple(unmarked(row[0])[1]) if row else ()


def unmarked(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """``marked`` without its match marks, and where the marked stretches stand in it."""
    text: list[str] = []
    spans, start = [], None
    for char in marked:
        if char == MARK_START:
            start = len(text)
        elif char == MARK_END:
            if start is not None and start < len(text):
                spans.append((start, len(text)))
            start = None
        else:
            text.append(char)
    return "".join(text), spans


_SCRATCH_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _scratch() -> sqlite3.Connection:
    """An in-memory index of one row, tokenized as the quotes' index is."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute(f"CREATE VIRTUAL TABLE words USING fts5(text, tokenize='{TOKENIZE}')")
    return db
