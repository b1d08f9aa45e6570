"""What a user types in the search box, made into a safe SQLite FTS5 query.

Words become quoted terms (so ``AND (``, ``NEAR`` or a lone ``"`` are just text),
``"a phrase"`` stays a phrase, and ``word*`` is a prefix query. The result always parses.
A term given twice is searched once, and only the first :data:`MAX_TERMS` distinct terms
are searched: each term of an FTS5 query reads its whole list of matches, so a pasted page
of 2,000 words took 37 s and gave no more precise an answer than its first few dozen.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"[\w'\u2019-]+")
FTS_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 32


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
