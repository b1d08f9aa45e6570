"""What a user types in the search box, made into a safe SQLite FTS5 query.

Words become quoted terms (so ``AND (``, ``NEAR`` or a lone ``"`` are just text),
``"a phrase"`` stays a phrase, and ``word*`` is a prefix query. The result always parses.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r'"([^"]*)"|(\S+)')
WORD = re.compile(r"[\w'\u2019-]+")
FTS_WORD = re.compile(r"[^\W_]+")


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression for ``text``, or "" when there is nothing to search."""
    terms: list[str] = []
    for phrase, bare in TOKEN.findall(text):
        if phrase:
            words = WORD.findall(phrase)
            if words:
                terms.append(_quoted(" ".join(words)))
            continue
        prefix = bare.endswith("*")
        words = WORD.findall(bare)
        for i, word in enumerate(words):
            star = "*" if prefix and i == len(words) - 1 else ""
            terms.append(_quoted(word) + star)
    return " ".join(terms)


def prefix_query(text: str) -> str:
    """An FTS5 MATCH expression finding rows with a word starting with each word of
    ``text`` (split as FTS5 splits: letters and digits), or "" when it has none."""
    return " ".join(_quoted(word) + "*" for word in FTS_WORD.findall(text))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'
