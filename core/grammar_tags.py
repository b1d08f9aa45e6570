"""Tag sets, marks and one-token tests that the attribution grammar's modules share:
what may stand in a noun phrase, what opens a clause, dashes and quotation marks, a dash
set apart, a word for a time."""

from __future__ import annotations

import re

from core.dates import MONTHS
from core.document import Token
from core.phrases import NP_TAGS, SUBORDINATORS, TIME_NOUNS
from core.quotes import CLOSERS, OPENERS

CLAUSE_OPENERS = SUBORDINATORS | {"before", "if", "until", "once"}
# What may stand in a noun phrase: determiners and predeterminers ("all the"), numbers,
# adjectives, nouns, possessives ("his", "the mayor's") and the hyphen of a compound. The
# rules that read a noun phrase over tagged words (an object, a subject, an opening before
# an aside, a record's heading, a holder, a place) share it.
NOUN_PHRASE_TAGS = NP_TAGS | {"PDT", "HYPH"}
DASHES = "-\u2013\u2014\u2015"  # - – — ―
QUOTE_MARK = re.compile("[" + re.escape("".join([*OPENERS, *CLOSERS])) + "\"]|''")


def time_word(token: Token) -> bool:
    """A month's or a day's name, or a word for a span of time ("month", "Tuesday")."""
    return token.text in MONTHS or token.text.lower() in TIME_NOUNS


def spaced_dash(tokens: list[Token], n: int) -> bool:
    """Is ``tokens[n]`` a dash standing apart from the word before it ("TIME - Jones")?"""
    token = tokens[n]
    return not token.text.strip(DASHES) and (n == 0 or tokens[n - 1].span.end < token.span.start)
