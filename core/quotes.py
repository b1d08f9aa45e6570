"""The quotation-mark scanner: quoted spans with their offsets, whatever the marks.

Double marks pair the way newspapers use them (and the way the PolNeAR measure reads
them): curly and angle marks by direction, a second opening mark before a close
restarting the quotation (the first was stray); straight marks in order within a
paragraph. A paragraph that ends inside an open quotation is closed there when the next
paragraph reopens it (a quote over several paragraphs); an open straight quotation is
otherwise dropped at its paragraph's end. Single marks (‘…’) pair within a paragraph when
the closing one is not an apostrophe. Nothing here ever gives up on an article: a stray
mark is skipped and the scan goes on, in one pass, linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.document import Span

OPENERS = {"\u201c": "curly", "\u00ab": "angle", "\u201e": "curly"}
CLOSERS = {"\u201d": "curly", "\u00bb": "angle"}
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
QUOTE_MARKS = "\"'\u201d\u2019"  # the marks a quotation may close with, as text
# every character scan() acts on ("'" for two of them standing for a double mark)
_MARKS = re.compile(
    "[" + re.escape("".join([*OPENERS, *CLOSERS, SINGLE_OPEN, SINGLE_CLOSE])) + "\"'\n]"
)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of quotation marks (marks excluded).

    ``opener`` is the offset of the opening mark; ``continued`` is true when the span is
    a paragraph of a quotation that the next paragraph reopens, and ``continues`` when
    this span reopens the previous paragraph's quotation.
    """

    span: Span
    opener: int
    closer: int  # offset of the closing mark, or the paragraph end for a continued span
    single: bool = False
    continued: bool = False
    continues: bool = False
    close_width: int = 1  # two apostrophes ('') make one closing mark

    @property
    def after(self) -> int:
        """Offset just past the closing mark."""
        return self.closer + self.close_width


def _reopening(text: str, i: int) -> tuple[str, int]:
    """The first mark after the line break at ``i`` and the offset just past it.

    Two apostrophes ('') stand for a straight double mark.
    """
    n = len(text)
    while i < n and text[i] in "\n \t\r":
        i += 1
    if text.startswith("''", i):
        return '"', i + 2
    return (text[i], i + 1) if i < n else ("", n)


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' between letters (don’t) or after a plural s (voters’) is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or before in "sS" and after == " ")


def scan(text: str) -> list[QuotedSpan]:
    """Every quoted span in ``text``, in order of their opening marks."""
    found: list[QuotedSpan] = []
    curly: int | None = None  # offset of the open curly/angle mark
    curly_continues = False
    straight: int | None = None  # offset of the open straight mark
    straight_width = 1  # 2 for ''
    straight_continues = False
    single: int | None = None
    i = 0
    while (mark := _MARKS.search(text, i)) is not None:  # what lies between marks is skipped
        i = mark.start()
        ch = text[i]
        width = 1
        if ch == "'" and text.startswith("''", i):
            ch, width = '"', 2
        if ch in OPENERS:
            curly, curly_continues = i, False
        elif ch in CLOSERS:
            if curly is not None:
                found.append(QuotedSpan(Span(curly + 1, i), curly, i, continues=curly_continues))
                curly = None
        elif ch == '"':
            if straight is None:
                straight, straight_width, straight_continues = i, width, False
            else:
                found.append(
                    QuotedSpan(
                        Span(straight + straight_width, i),
                        straight,
                        i,
                        continues=straight_continues,
                        close_width=width,
                    )
                )
                straight = None
        elif ch == SINGLE_OPEN and curly is None and straight is None:
            single = i
        elif ch == SINGLE_CLOSE and single is not None and not _is_apostrophe(text, i):
            found.append(QuotedSpan(Span(single + 1, i), single, i, single=True))
            single = None
        elif ch == "\n":
            single = None
            mark, after_mark = _reopening(text, i)
            if curly is not None and mark in OPENERS:
                found.append(
                    QuotedSpan(
                        Span(curly + 1, i), curly, i, continued=True, continues=curly_continues
                    )
                )
                curly, curly_continues = after_mark - 1, True
                i = after_mark
                continue
            if straight is not None:
                if mark == '"':
                    found.append(
                        QuotedSpan(
                            Span(straight + straight_width, i),
                            straight,
                            i,
                            continued=True,
                            continues=straight_continues,
                        )
                    )
                    width = 2 if text[after_mark - 2 : after_mark] == "''" else 1
                    straight, straight_width = after_mark - width, width
                    straight_continues = True
                    i = after_mark
                    continue
                straight = None
        i += width
    return [
        q for q in found if q.span.end > q.span.start and text[q.span.start : q.span.end].strip()
    ]
