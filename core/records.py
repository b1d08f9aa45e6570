"""What the library returns: rows as frozen dataclasses, the filters of a quote
listing, and the kinds of speech a row holds (a quotation, or reported speech)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from core.document import Span, StatementKind
from core.kinds import ALL_KINDS as ALL_KINDS  # the kinds of speech, given here too
from core.kinds import QUOTE_KIND as QUOTE_KIND
from core.kinds import REPORTED_KINDS as REPORTED_KINDS

if TYPE_CHECKING:  # the rows name them; a listing imports none of the analysis code
    from core.people import Variant
    from core.person_roles import RolePeriod
    from core.variants import Change

PAGE = 200  # rows a paged read returns at a time


class QuoteFilters(TypedDict, total=False):
    """What :meth:`Library.quotes` and :meth:`Library.count_quotes` select by; each is
    optional and they combine with AND. ``hidden=True`` lists only the quotes marked "not a
    quote"; ``search`` is full text (``word``, ``"a phrase"``, ``prefix*``)."""

    speaker_id: int | None
    article_id: int | None
    search: str
    outlet: str | None
    date_from: str | None  # YYYY-MM-DD, inclusive
    date_to: str | None
    kinds: Sequence[str]
    tag: str | None
    starred: bool
    hidden: bool
    statement_kinds: Sequence[str]  # of ALL_KINDS; quotations alone when not given


def speech_kinds(filters: QuoteFilters) -> list[str]:
    """The kinds of row (``quotes.kind``) the filters select, in ``ALL_KINDS`` order:
    quotations alone unless ``statement_kinds`` says otherwise."""
    return [k for k in ALL_KINDS if k in filters.get("statement_kinds", (QUOTE_KIND,))]


def marked_kind(text: str, start: int, end: int) -> str:
    """The ``quotes.kind`` of a stretch of an article a reporter marked: a quotation when
    it lies within quotation marks, else reported (or mixed) speech."""
    from core import statements  # here: the attribution stack, which listing never needs

    kind = statements.marked_kind(text, Span(start, end))
    return QUOTE_KIND if kind is StatementKind.DIRECT else kind.value


@dataclass(frozen=True)
class AddResult:
    article_id: int
    duplicate: bool


@dataclass(frozen=True)
class Counts:
    articles: int
    speakers: int
    quotes: int
    statements: int = 0  # reported and mixed speech


@dataclass(frozen=True)
class SpeakerRow:
    id: int
    name: str
    kind: str
    role: str | None
    quote_count: int
    article_count: int
    aliases: tuple[str, ...]
    statement_count: int = 0  # reported and mixed speech
    article: str | None = None  # the title of the one article a speaker bound to it is of
    # ("a spokesman", "the company", a surname alone) where another row has the same name

    @property
    def listed_name(self) -> str:
        """The name as a list shows it: with its article where another row has the name."""
        return f"{self.name} \u2014 {self.article}" if self.article else self.name


@dataclass(frozen=True)
class Gender:
    """A speaker's gender: "female", "male", "not stated", or ``None`` for organisations
    and anonymous sources; ``stated`` is what the articles state, ``human`` whether a
    reporter set ``value`` instead."""

    value: str | None
    stated: str | None
    human: bool


@dataclass(frozen=True)
class PersonDetail:
    """A person as their panel shows them: every name form, the role chosen across their
    articles, the role history by date, the rows folded into them."""

    speaker: SpeakerRow
    history: tuple[RolePeriod, ...]
    roles: tuple[tuple[int, str | None, str | None, str], ...]  # article, title, date, role
    variants: tuple[Variant, ...]


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    source_path: str | None
    text: str
    sha256: str
    imported_at: str
    format: str


@dataclass(frozen=True)
class ArticleSummary:
    """An article as ``onrecord article list`` shows it, with its visible quotes counted."""

    id: int
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    source_path: str | None
    quotes: int


@dataclass(frozen=True)
class RemovedArticle:
    """Every row a removal took, column by column, so :meth:`Library.restore_article`
    can put the article back as it was (the window's undo)."""

    article: dict[str, Any]
    quotes: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    speakers_in_article: dict[str, list[dict[str, Any]]]  # table → rows (SPEAKER_TABLES)
    corrections: list[dict[str, Any]]


@dataclass(frozen=True)
class QuoteRow:
    id: int
    article_id: int
    speaker_id: int | None
    text: str
    start: int
    end: int
    cue: str | None
    role: str | None
    origin: str
    hidden: bool
    starred: bool
    tags: tuple[str, ...]
    speaker_name: str | None
    speaker_kind: str | None
    article_title: str | None
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    source_path: str | None
    snippet: str | None
    kind: str = QUOTE_KIND  # or one of REPORTED_KINDS

    @property
    def reported(self) -> bool:
        """Reported speech: never shown or cited inside quotation marks."""
        return self.kind != QUOTE_KIND

    @property
    def noun(self) -> str:
        """What the window calls the row: "statement" for reported speech, else "quote"."""
        return "statement" if self.reported else "quote"


@dataclass(frozen=True)
class QuoteEvidence:
    """A stored quote's cue and mention, the evidence of its attribution (the JSON of
    ``core.evidence.evidence_json``; None for a quote a reporter added or stored before
    evidence was kept), its origin and its speaker's name now."""

    cue: Span | None
    mention: Span | None
    evidence: dict[str, Any] | None
    origin: str
    speaker_name: str | None


@dataclass(frozen=True)
class Version:
    """A quote as one version of a group, read against an earlier version (``base``, an
    index into the group, earliest first; ``None`` for the earliest)."""

    quote: QuoteRow
    base: int | None
    changes: tuple[Change, ...]

    @property
    def misquote(self) -> bool:
        """Are words inside the quotation marks different from the earlier version's?"""
        return bool(self.changes)


def quote_row(r: Sequence[Any]) -> QuoteRow:
    return QuoteRow(
        id=r[0], article_id=r[1], speaker_id=r[2], text=r[3], start=r[4], end=r[5], cue=r[6],
        role=r[7], origin=r[8], hidden=bool(r[9]), starred=bool(r[10]),
        tags=tuple(sorted(r[11].split("\x1f"))) if r[11] else (),
        speaker_name=r[12], speaker_kind=r[13], article_title=r[14], outlet=r[15],
        author=r[16], published=r[17], url=r[18], source_path=r[19], kind=r[20], snippet=r[21],
    )  # fmt: skip


def speaker_row(r: Sequence[Any]) -> SpeakerRow:
    aliases = tuple(sorted((r[6] or "").split("\x1f")))
    return SpeakerRow(
        r[0], r[1], r[2], r[3], r[4], r[5], aliases, statement_count=r[7], article=r[8]
    )


def speaker_columns(
    quotes: str = "s.quote_count",
    statements: str = "s.statement_count",
    articles: str = "(SELECT count(DISTINCT article_id) FROM quotes WHERE speaker_id = s.id)",
) -> str:
    """What :func:`speaker_row` reads, over ``speakers s``; the three counts may be read
    elsewhere (a list narrowed by the quote filters counts its speakers there)."""
    return (
        f"s.id, s.name, s.kind, s.role, {quotes}, {articles},"
        " (SELECT group_concat(form, char(31)) FROM aliases WHERE speaker_id = s.id),"
        f" {statements},"
        " CASE WHEN instr(s.key, '@') AND EXISTS (SELECT 1 FROM speakers t WHERE t.name = s.name"
        " AND t.id != s.id AND t.merged_into IS NULL) THEN (SELECT a.title FROM quotes q"
        " JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = s.id LIMIT 1) END"
    )


SPEAKER_COLUMNS = speaker_columns()


def said_count(quotes: int, reported: int) -> str:
    """A speaker's counts in words: "2 quotes", "1 quote, 3 reported", "3 reported" (a row
    only reported is no "0 quotes": most rows of a library say nothing in quotation marks)."""
    counts = [f"{quotes:,} quote{'' if quotes == 1 else 's'}"] if quotes or not reported else []
    return ", ".join([*counts, *([f"{reported:,} reported"] if reported else [])])
