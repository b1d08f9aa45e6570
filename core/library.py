"""The SQLite library: articles, speakers, quotes, and the reporters' corrections.

One file, written through sqlite-utils, readable in any SQLite browser (see
``docs/SCHEMA.md``). Machine output and human corrections are kept apart: every
correction is a row of ``corrections`` as well as a change to the data, and
``reanalyse()`` replays them, so a re-analysis never overwrites a human decision.
Reads are paged (``offset``/``limit``) so that a view never loads the whole library.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypedDict, Unpack

import platformdirs
import sqlite_utils

from core import source_counts, statements, variant_groups
from core.dates import date_parts
from core.document import (
    Analysis,
    Metadata,
    Quote,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)
from core.evidence import evidence_json
from core.gender import GENDERS, NOT_STATED
from core.identity import (
    Known,
    ReadSpeaker,
    article_tag,
    gender_hint,
    given_names_before,
    offices,
    parse_name,
    read_speaker,
    stored_role_counts,
    title_offices,
    written_in_capitals,
)
from core.markup import one_line, safe_url
from core.people import FOLDED, People, Suggestion, Variant, name_columns
from core.person_roles import RolePeriod, canonical_role, role_history
from core.schema import (
    SCHEMA_VERSION,
    LibraryError,
    check_version,
    connect,
    damage,
    immediate,
    migrate,
)
from core.search import fts_query, prefix_query
from core.speakers import clean_name, normalise
from core.variants import Change, Words, compare

PAGE = 200
RANKED_AT_MOST = 25_000  # search matches ranked by relevance; more are listed newest first
PLAIN = "q.hidden = ?"  # the filter of a search with no other filter
HIDDEN = "(SELECT id FROM quotes INDEXED BY quotes_hidden WHERE hidden = 1)"
REPLAYED = frozenset({"hide", "reassign", "star", "tag"})  # corrections to machine quotes
PEOPLE_VERSION = 6  # the first library version that joins speakers into people
ROLES_READ = 500  # a person's canonical role is chosen among their latest articles' roles
HISTORY_READ = 2000  # the role history a person's panel shows covers this many articles
VARIANTS = "variants"  # the target of splits and joins of versions, which span articles
QUOTE_KIND = "quote"  # a row that is a quotation; the others are statements without marks
REPORTED_KINDS = ("reported", "mixed")  # reported speech, and reported speech with a quote
ALL_KINDS = (QUOTE_KIND, *REPORTED_KINDS)


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


def default_path() -> Path:
    """``$ONRECORD_DB`` if set, else ``library.db`` in the user's data folder."""
    env = os.environ.get("ONRECORD_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("onrecord", "OnRecord")) / "library.db"


def speech_kinds(filters: QuoteFilters) -> list[str]:
    """The kinds of row (``quotes.kind``) the filters select, in ``ALL_KINDS`` order:
    quotations alone unless ``statement_kinds`` says otherwise."""
    return [k for k in ALL_KINDS if k in filters.get("statement_kinds", (QUOTE_KIND,))]


def marked_kind(text: str, start: int, end: int) -> str:
    """The ``quotes.kind`` of a stretch of an article a reporter marked: a quotation when
    it lies within quotation marks, else reported (or mixed) speech."""
    kind = statements.marked_kind(text, Span(start, end))
    return QUOTE_KIND if kind is StatementKind.DIRECT else kind.value


def stored_rows(analysis: Analysis) -> list[tuple[Quote, str]]:
    """The rows of ``quotes`` an analysis gives, with their kind: its quotations, and its
    reported and mixed statements (a direct statement is its quotations, stored as they
    are), each from the start of its first piece to the end of its last."""
    return [(quote, QUOTE_KIND) for quote in analysis.quotes] + [
        (_as_row(s, analysis.text), s.kind.value)
        for s in analysis.statements
        if s.kind is not StatementKind.DIRECT
    ]


def _as_row(statement: Statement, text: str) -> Quote:
    span = statement.span
    return Quote(
        span=span,
        text=text[span.start : span.end],
        speaker=statement.speaker,
        mention=statement.mention,
        cue=statement.cue,
        cue_span=statement.cue_span,
        role=statement.role,
    )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ArticleContext:
    """What storing a speaker needs of its article."""

    id: int
    text: str
    tag: str  # binds a surname-only speaker to the article
    published: str | None


def _key(read: ReadSpeaker, tag: str) -> str:
    """The key of a speaker whose name the library read again ("Trump last week" is
    Trump): as ``core.speakers`` makes keys, a surname alone bound to its article."""
    base = f"{read.kind.value}:{normalise(read.name)}"
    alone = read.kind == SpeakerKind.PERSON and len(read.name.split()) == 1
    return f"{base}@{tag}" if alone or read.kind == SpeakerKind.ANONYMOUS else base


def _form_of(form: str, speaker: ReadSpeaker) -> bool:
    """Is a form an article bound to a speaker a name of theirs, as it stands? Not
    "Clinton Friday", nor for a person another surname ("Trump" bound to a Clinton)."""
    read = read_speaker(form, speaker.kind)
    if read is None or read.name != form:
        return False
    if speaker.kind != SpeakerKind.PERSON:
        return True
    theirs, this = parse_name(speaker.name), parse_name(form)
    return this.surname in (theirs.surname, theirs.first)


def _known(speaker: Speaker, read: ReadSpeaker, article: ArticleContext) -> Known:
    """What a speaker's own article says of them, to compare with the library's people."""
    words = offices(speaker.role) | offices(" ".join(read.titles))
    seen = (article.published, article.published) if article.published else None
    named = given_names_before(article.text, read.name) if " " not in read.name else frozenset()
    return Known(gender_hint(speaker.gender), title_offices(words), words, seen, named)


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


# a quote's role is its article's, unless a reporter gave the speaker one
QUOTE_COLUMNS = """
    q.id, q.article_id, q.speaker_id, q.text, q.start, q."end", q.cue,
    CASE WHEN s.role_origin = 'human' THEN s.role ELSE q.role END, q.origin,
    q.hidden, q.starred,
    (SELECT group_concat(tag, char(31)) FROM tags WHERE quote_id = q.id) AS tags,
    s.name, s.kind, a.title, a.outlet, a.author, a.published, a.url, a.source_path, q.kind
"""
# a person's gender: the one most of their articles (and those of speakers merged into
# them) state, none when as many state one as the other (core.gender decides per article)
STATED_GENDER = """
    WITH RECURSIVE folded(id) AS (SELECT speakers.id UNION SELECT m.id FROM speakers m
        JOIN folded f ON m.merged_into = f.id)
    SELECT CASE WHEN sum(g.gender = 'female') > sum(g.gender = 'male') THEN 'female'
        WHEN sum(g.gender = 'male') > sum(g.gender = 'female') THEN 'male' END
    FROM speaker_genders g WHERE g.speaker_id IN folded
"""
JOINS = " LEFT JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id"
SNIPPET = "snippet(quotes_fts, 0, '\u00ab', '\u00bb', '\u2026', 24)"  # «match» in context


class Library:
    """One library file. Not thread-safe: open one per thread."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        """Open (or with ``create``, make) the library at ``path``: read-only, with
        :attr:`read_only` saying why, when it cannot be written."""
        self.path = Path(path)
        conn, self.read_only = connect(self.path, create=create)
        try:
            self.db = sqlite_utils.Database(conn)
            before = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if self.read_only:
                check_version(self.db, self.path)
            else:
                migrate(self.db, self.path)
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as error:
            conn.close()
            raise LibraryError(f"{self.path}: not an On Record library ({error})") from error
        except LibraryError:
            conn.close()
            raise
        self.people = People(self.db, self._refresh_speaker, self._record)
        if 0 < before < PEOPLE_VERSION and not self.read_only:
            self._join_stored_speakers()

    def check(self) -> str | None:
        """Read every page for damage; a damaged library becomes read-only (nothing more
        is written into it) and the reason is returned, else ``None``."""
        problem = damage(self.db)
        return None if problem is None else self.mark_damaged(problem)

    def mark_damaged(self, problem: str) -> str:
        """Make the library read-only for the damage ``problem`` names (what ``check`` or
        a check on another connection found); returns the reason to show."""
        self.read_only = (
            f"{self.path}: damaged ({problem}); opened read-only so that nothing more is"
            " written into it. Restore a backup, or save what is left with the sqlite3"
            " tool's .recover command"
        )
        return self.read_only

    def require_writable(self) -> None:
        """Raise :class:`LibraryError` saying why, when nothing may be written."""
        if self.read_only:
            raise LibraryError(self.read_only)

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def version(self) -> int:
        return SCHEMA_VERSION

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction: all of the block's writes or none (inner blocks: savepoints).

        ``BEGIN IMMEDIATE`` takes the write lock first, waiting up to the busy timeout, so a
        block that reads before it writes does not fail with "database is locked" when
        another process (an import) wrote in between. Not ``with conn:``, under which
        sqlite-utils commits each statement by itself.
        """
        self.require_writable()
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield
            return
        with immediate(self.db):
            yield

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ machine output
    def add_article(
        self, analysis: Analysis, source_path: str | None = None, *, fmt: str = "txt"
    ) -> AddResult:
        """Store an analysed article in one transaction; a known text is a duplicate."""
        digest = content_hash(analysis.text)
        existing = self._one("SELECT id FROM articles WHERE sha256 = ?", [digest])
        if existing is not None:
            return AddResult(existing, True)
        meta = analysis.metadata
        with self._tx():
            cursor = self.db.execute(
                "INSERT INTO articles (title, outlet, author, published, url, source_path, format,"
                " text, sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (sha256) DO NOTHING",
                [meta.title, meta.outlet, meta.author, meta.published, meta.url, source_path,
                 fmt, analysis.text, digest, _now()],
            )  # fmt: skip
            if not cursor.rowcount:  # another process stored the same text since the check
                return AddResult(
                    self._one("SELECT id FROM articles WHERE sha256 = ?", [digest]), True
                )
            article_id = int(cursor.lastrowid or 0)
            variant_groups.add(
                self.db,
                self._insert_machine_quotes(article_id, stored_rows(analysis), analysis.text),
            )
        return AddResult(article_id, False)

    def _insert_machine_quotes(
        self,
        article_id: int,
        quotes: Sequence[tuple[Quote, str]],
        text: str,
        reuse: dict[tuple[int, int, str], int] | None = None,
    ) -> list[int]:
        """Store an article's machine quotes and statements, each with its ``kind``, and
        return the quotations' ids (versions group quotations only); a row at the offsets
        and of the kind of a row in ``reuse`` updates that row in place (its id stays)
        instead of inserting a new one."""
        article = self._article_context(article_id)
        touched: set[int] = set()
        stored: list[int] = []
        for quote, kind in quotes:
            placed = self._speaker_for(quote, article) if quote.speaker else None
            speaker_id, own_id = placed if placed else (None, None)
            evidence = evidence_json(quote, text)
            values = [speaker_id, own_id, quote.text, quote.cue,
                      quote.mention.start if quote.mention else None,
                      quote.mention.end if quote.mention else None,
                      quote.role, int(quote.partial),
                      quote.cue_span.start if quote.cue_span else None,
                      quote.cue_span.end if quote.cue_span else None,
                      json.dumps(evidence, ensure_ascii=False) if evidence else None]  # fmt: skip
            quote_id = (reuse or {}).get((quote.span.start, quote.span.end, kind))
            if quote_id is None:
                cursor = self.db.execute(
                    "INSERT INTO quotes (speaker_id, own_speaker_id, text, cue, mention_start,"
                    " mention_end, role, partial, cue_start, cue_end, evidence, article_id, start,"
                    ' "end", kind, origin, hidden, starred)'
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'machine', 0, 0)",
                    [*values, article_id, quote.span.start, quote.span.end, kind],
                )
                quote_id = int(cursor.lastrowid or 0)
            else:
                self.db.execute(
                    "UPDATE quotes SET speaker_id = ?, own_speaker_id = ?, text = ?, cue = ?,"
                    " mention_start = ?, mention_end = ?, role = ?, partial = ?, cue_start = ?,"
                    " cue_end = ?, evidence = ?, hidden = 0, starred = 0 WHERE id = ?",
                    [*values, quote_id],
                )
            self._index_quote(quote_id)
            if kind == QUOTE_KIND:
                stored.append(quote_id)
            if speaker_id is not None:
                touched.add(speaker_id)
        for speaker_id in touched:
            self._refresh_speaker(speaker_id)
        for person in touched:  # known better now: surname-only rows left apart may fit
            self.people.adopt(person)
        return stored

    def _article_context(self, article_id: int) -> ArticleContext:
        text, published = self.db.execute(
            "SELECT text, published FROM articles WHERE id = ?", [article_id]
        ).fetchone()
        return ArticleContext(article_id, text, article_tag(text), published)

    def _speaker_for(self, quote: Quote, article: ArticleContext) -> tuple[int, int] | None:
        """(the person, the row of the quote's own name) for a quote's speaker; a new row
        is joined to the library's people as it is created. None when the "name" names no
        one (a headline, a stray phrase)."""
        assert quote.speaker is not None
        speaker = quote.speaker
        read = read_speaker(speaker.name, speaker.kind)
        if read is None:
            return None
        read = written_in_capitals(read, article.text)
        same = (read.name, read.kind) == (speaker.name, speaker.kind)
        key = speaker.key if same else _key(read, article.tag)
        own = self._one("SELECT id FROM speakers WHERE key = ?", [key])
        new = own is None
        if own is None:
            columns = name_columns(read.name, read.kind.value, speaker.gender)
            cursor = self.db.execute(
                "INSERT INTO speakers (name, kind, key, role, role_origin, quote_count, surname,"
                " given, suffix, gender_hint) VALUES (?, ?, ?, NULL, 'machine', 0, ?, ?, ?, ?)",
                [read.name, read.kind.value, key, *columns.values()],
            )
            own = int(cursor.lastrowid or 0)
        forms = [read.name, *(a for a in speaker.aliases if _form_of(a, read))]
        self.people.add_forms(own, forms)
        self._seen(own, article.published)
        if quote.role:
            self.db.execute(
                "INSERT OR REPLACE INTO roles (speaker_id, article_id, role) VALUES (?, ?, ?)",
                [own, article.id, quote.role],
            )
        if new and read.kind == SpeakerKind.PERSON:
            person = self.people.place(own, _known(speaker, read, article))
        else:
            person = self.people.root(own)
        if person != own:
            self.people.add_forms(person, forms)
            self._seen(person, article.published)
        if speaker.gender:
            self.db.execute(
                "INSERT OR REPLACE INTO speaker_genders (speaker_id, article_id, gender)"
                " VALUES (?, ?, ?)",
                [own, article.id, speaker.gender],
            )
            self.db.execute(  # a person whose first name says nothing: what articles say
                "UPDATE speakers SET gender_hint = ? WHERE id IN (?, ?) AND gender_hint IS NULL",
                [gender_hint(speaker.gender), own, person],
            )
        return person, own

    def _seen(self, speaker_id: int, published: str | None) -> None:
        if published:
            self.db.execute(
                "UPDATE speakers SET seen_from = min(coalesce(seen_from, ?), ?),"
                " seen_to = max(coalesce(seen_to, ?), ?) WHERE id = ?",
                [published, published, published, published, speaker_id],
            )

    def _join_stored_speakers(self) -> None:
        """A library made before people were joined: name parts for every speaker row,
        then each person row placed in turn, full names first."""
        with self._tx():
            rows = self.db.execute("SELECT id, name, kind FROM speakers").fetchall()
            for speaker_id, name, kind in rows:
                columns = name_columns(name, kind)
                self.db.execute(
                    "UPDATE speakers SET surname = ?, given = ?, suffix = ?, gender_hint = ?"
                    " WHERE id = ?",
                    [*columns.values(), speaker_id],
                )
                self._refresh_offices(speaker_id)
            people = self.db.execute(
                "SELECT id FROM speakers WHERE kind = 'person' AND merged_into IS NULL"
                " ORDER BY given IS NULL, id"
            ).fetchall()
            for (speaker_id,) in people:  # full names first: surnames alone see them all
                self.people.place(speaker_id, self.people.known_of_row(speaker_id))

    def _refresh_speaker(self, speaker_id: int) -> None:
        """Keep the denormalised count, the person's role and name, and that name in the
        search index."""
        before = self._one("SELECT name FROM speakers WHERE id = ?", [speaker_id])
        self._refresh_speakers("id = ?", [speaker_id])
        name = self._one("SELECT name FROM speakers WHERE id = ?", [speaker_id])
        if name != before:
            self.db.execute(
                "UPDATE quotes_fts SET speaker = ? WHERE rowid IN"
                " (SELECT id FROM quotes WHERE speaker_id = ?)",
                [name, speaker_id],
            )

    def _refresh_speakers(self, where: str, params: Sequence[Any] = ()) -> None:
        """The quote and statement counts, the gender the articles state, the role chosen
        across articles, the office words and the usual name of the speakers ``where``
        selects."""
        self.db.execute(
            "UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes q"
            " WHERE q.speaker_id = speakers.id AND q.hidden = 0 AND q.kind = 'quote'),"
            " statement_count = (SELECT count(*) FROM quotes q"
            " WHERE q.speaker_id = speakers.id AND q.hidden = 0 AND q.kind != 'quote')"
            f" WHERE {where}",
            params,
        )
        self.db.execute(
            f"UPDATE speakers SET gender = ({STATED_GENDER})"
            f" WHERE ({where}) AND gender_origin IS NOT 'human'",
            params,
        )
        ids = [r[0] for r in self.db.execute(f"SELECT id FROM speakers WHERE {where}", params)]
        for speaker_id in ids:
            self._refresh_person(speaker_id)

    def _refresh_person(self, speaker_id: int) -> None:
        human_role, human_name, kind = self.db.execute(
            "SELECT role_origin = 'human', name_origin = 'human', kind FROM speakers WHERE id = ?",
            [speaker_id],
        ).fetchone()
        history = self._refresh_offices(speaker_id)
        if not human_role:
            self.db.execute(
                "UPDATE speakers SET role = ? WHERE id = ?", [canonical_role(history), speaker_id]
            )
        folds = self._one("SELECT 1 FROM speakers WHERE merged_into = ? LIMIT 1", [speaker_id])
        if folds and not human_name and kind == SpeakerKind.PERSON.value:
            usual = self._one(
                "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.own_speaker_id"
                " WHERE q.speaker_id = ? AND s.given IS NOT NULL"
                " AND (s.id = ? OR s.joined = 'machine')"
                " GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1",
                [speaker_id, speaker_id],
            )
            if usual:
                self.db.execute("UPDATE speakers SET name = ? WHERE id = ?", [usual, speaker_id])

    def _refresh_offices(self, speaker_id: int) -> list[tuple[str | None, str]]:
        """The office words of a person's latest roles (what joining compares); returns
        those roles."""
        history = self._dated_roles(speaker_id, ROLES_READ)
        counts = Counter(word for _, role in history for word in offices(role))
        self.db.execute(
            "UPDATE speakers SET offices = ? WHERE id = ?",
            [stored_role_counts(counts), speaker_id],
        )
        return history

    def _dated_roles(self, speaker_id: int, limit: int = -1) -> list[tuple[str | None, str]]:
        """(article date, role) of the articles giving this person, or a row folded into
        them, a role (of the ``limit`` imported last, when given); oldest first."""
        return [(date or None, role) for _, _, date, role in self.role_entries(speaker_id, limit)]

    def _index_quote(self, quote_id: int) -> None:
        self.db.execute("DELETE FROM quotes_fts WHERE rowid = ?", [quote_id])
        self._index_quotes("q.id = ?", [quote_id])

    def _index_quotes(self, where: str, params: Sequence[Any] = ()) -> None:
        """Search-index rows for the quotes ``where`` selects (over ``q``)."""
        self.db.execute(
            "INSERT INTO quotes_fts (rowid, text, speaker) SELECT q.id, q.text,"
            " coalesce(s.name, '') FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id"
            f" WHERE {where}",
            params,
        )

    def rebuild_derived(self) -> None:
        """Quote counts, machine roles, the search index and the quotes' fingerprints
        recomputed for the whole library (after rows were loaded in bulk, outside the
        methods above; variant groups are loaded with the rows, not made here)."""
        unnamed = self.db.execute(
            "SELECT id, name, kind FROM speakers WHERE surname IS NULL AND kind = 'person'"
        ).fetchall()
        for speaker_id, name, kind in unnamed:
            self.db.execute(
                "UPDATE speakers SET surname = ?, given = ?, suffix = ?, gender_hint = ?"
                " WHERE id = ?",
                [*name_columns(name, kind).values(), speaker_id],
            )
        self._refresh_speakers("1")
        self.db.execute("DELETE FROM quotes_fts")
        self._index_quotes("1")
        self.db.execute("DELETE FROM variant_prints")
        variant_groups.fill(
            self.db, self.db.execute("SELECT id, text FROM quotes WHERE kind = 'quote'").fetchall()
        )

    def reanalyse(self, article_id: int, analysis: Analysis) -> None:
        """Bring an article's machine quotes and statements up to a new analysis, then
        replay every human correction. A quote found again at the same offsets (a
        statement: of the same kind) keeps its row and id (so links, merges and undo keep
        pointing at it) and takes the new speaker, cue and role; new quotes are inserted
        and vanished ones deleted. The article's facts take the analysis's where it has
        them, before the reporter's are replayed."""
        with self._tx():
            variant_groups.forget(self.db, self._article_quote_ids(article_id))
            stored = self.article(article_id)
            known = Metadata(
                stored.title, stored.outlet, stored.author, stored.published, stored.url
            )
            self._set_article_fields(article_id, _fields(analysis.metadata.merged(known)))
            old_speakers = [
                r[0]
                for r in self.db.execute(
                    "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ?", [article_id]
                )
            ]
            machine = {
                (r[1], r[2], r[3]): r[0]
                for r in self.db.execute(
                    'SELECT id, start, "end", kind FROM quotes WHERE article_id = ?'
                    " AND origin = 'machine'",
                    [article_id],
                )
            }
            self.db.execute("DELETE FROM roles WHERE article_id = ?", [article_id])
            self.db.execute(
                "DELETE FROM tags WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = ?"
                " AND origin = 'machine')",
                [article_id],
            )  # tags on machine quotes are corrections: the replay below puts them back
            self.db.execute("DELETE FROM speaker_genders WHERE article_id = ?", [article_id])
            added = [
                (Span(r[0], r[1]), r[2] == QUOTE_KIND)
                for r in self.db.execute(
                    'SELECT start, "end", kind FROM quotes WHERE article_id = ?'
                    " AND origin = 'human'",
                    [article_id],
                )
            ]
            fresh = [  # a quote (or statement) a reporter added is kept once, as marked
                (q, kind)
                for q, kind in stored_rows(analysis)
                if not any(
                    q.span.overlaps(a) and (kind == QUOTE_KIND) == quoted for a, quoted in added
                )
            ]
            kept = {(q.span.start, q.span.end, kind) for q, kind in fresh}
            for row, quote_id in machine.items():
                if row not in kept:
                    self.db.execute("DELETE FROM quotes_fts WHERE rowid = ?", [quote_id])
                    self.db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])
            self._insert_machine_quotes(article_id, fresh, analysis.text, reuse=machine)
            for speaker_id in old_speakers:
                if speaker_id is not None:
                    self._refresh_speaker(speaker_id)
            variant_groups.add(self.db, self._article_quote_ids(article_id))
            self._replay(article_id)

    def _article_quote_ids(self, article_id: int) -> list[int]:
        """The article's quotations (versions group quotations, not reported speech)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM quotes WHERE article_id = ? AND kind = 'quote' ORDER BY id",
                [article_id],
            )
        ]

    def _replay(self, article_id: int) -> None:
        """Apply again the corrections to this article's machine quotes, in order."""
        rows = self.db.execute(
            "SELECT action, payload FROM corrections WHERE target = ? ORDER BY id",
            [f"article:{article_id}"],
        ).fetchall()
        for action, payload in rows:
            if action == "metadata":
                self._set_article_fields(article_id, json.loads(payload))
            if action not in REPLAYED:
                continue  # added quotes are kept as they are
            data = json.loads(payload)
            kind = data.get("kind", QUOTE_KIND)
            quote_id = self._quote_at(
                article_id, data["start"], data["end"], machine=True, kind=kind
            )
            if quote_id is None:
                continue
            if action == "hide":
                self._set_hidden(quote_id, data["hidden"])
            elif action == "reassign" and data["key"] is None:
                self._move_quote(quote_id, None)
            elif action == "reassign":
                speaker_id = self._one("SELECT id FROM speakers WHERE key = ?", [data["key"]])
                if speaker_id is not None:
                    self._move_quote(quote_id, self.people.root(speaker_id))
            elif action == "star":
                self.db.execute(
                    "UPDATE quotes SET starred = ? WHERE id = ?", [int(data["starred"]), quote_id]
                )
            elif action == "tag":
                self._set_tag(quote_id, data["tag"], data["present"])
        self._replay_versions(article_id)

    def _replay_versions(self, article_id: int) -> None:
        """Apply again, in order, the splits and joins of versions that involve a quote
        of this article (they are few: a reporter makes each)."""
        for action, payload in self.db.execute(
            "SELECT action, payload FROM corrections WHERE target = ? ORDER BY id", [VARIANTS]
        ).fetchall():
            data = json.loads(payload)
            places = [*data["quotes"], *data.get("apart", [])]
            if all(place[0] != article_id for place in places):
                continue
            quotes = [self._quote_at(*place) for place in data["quotes"]]
            if action == "split":
                apart = [self._quote_at(*place) for place in data["apart"]]
                variant_groups.split(
                    self.db, [q for q in quotes if q is not None], [q for q in apart if q]
                )
            elif action == "join" and None not in quotes:
                variant_groups.join(self.db, *quotes)

    def _quote_at(
        self,
        article_id: int,
        start: int,
        end: int,
        *,
        machine: bool = False,
        kind: str = QUOTE_KIND,
    ) -> int | None:
        """The quotation (or statement: ``kind``; with ``machine``, the machine's) at these
        offsets, or the one overlapping them most; a statement corrected as reported may
        come back mixed."""
        only = " AND origin = 'machine'" if machine else ""
        row = self.db.execute(
            f'SELECT id FROM quotes WHERE article_id = ? AND start < ? AND "end" > ?{only}'
            " AND (kind = 'quote') = ? ORDER BY min(\"end\", ?) - max(start, ?) DESC LIMIT 1",
            [article_id, end, start, kind == QUOTE_KIND, end, start],
        ).fetchone()
        return row[0] if row else None

    def reanalyse_all(
        self,
        analyse: Callable[[str, Metadata], Analysis],
        on_progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> int:
        """Run ``analyse`` again over every stored article (a new model, better rules) and
        replay the corrections; returns how many articles were re-analysed. Each article
        is one transaction, so a cancel between two leaves none half done."""
        from core.readers.metadata import tidy_metadata  # the readers load lazily

        ids = self.article_ids()
        for done, article_id in enumerate(ids, start=1):
            if should_cancel is not None and should_cancel():
                return done - 1
            article = self.article(article_id)
            metadata = tidy_metadata(
                Metadata(
                    article.title, article.outlet, article.author, article.published, article.url
                )
            )  # bylines and dates read as this version reads them
            self.reanalyse(article_id, analyse(article.text, metadata))
            if on_progress is not None:
                on_progress(done, len(ids))
        with self._tx():  # the triggers kept them exact; counted afresh all the same
            source_counts.rebuild(self.db)
        return len(ids)

    def article_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]

    # ------------------------------------------------------------ reading
    def speakers(
        self,
        *,
        text: str = "",
        kinds: Sequence[str] = (),
        order: str = "quotes",
        descending: bool = True,
        offset: int = 0,
        limit: int = PAGE,
    ) -> list[SpeakerRow]:
        where, params = self._speaker_where(text, kinds)
        column = {"quotes": "s.quote_count", "name": "s.name COLLATE NOCASE",
                  "role": "coalesce(s.role, '') COLLATE NOCASE", "kind": "s.kind",
                  "statements": "s.statement_count"}.get(order, "s.quote_count")  # fmt: skip
        direction = "DESC" if descending else "ASC"
        rows = self.db.execute(
            f"SELECT s.id, s.name, s.kind, s.role, s.quote_count,"
            f" (SELECT count(DISTINCT article_id) FROM quotes WHERE speaker_id = s.id),"
            f" (SELECT group_concat(form, char(31)) FROM aliases WHERE speaker_id = s.id),"
            f" s.statement_count FROM speakers s WHERE {where}"
            f" ORDER BY {column} {direction}, s.name COLLATE NOCASE, s.id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [_speaker_row(r) for r in rows]

    def count_speakers(self, *, text: str = "", kinds: Sequence[str] = ()) -> int:
        where, params = self._speaker_where(text, kinds, ordered=False)
        return int(self._one(f"SELECT count(*) FROM speakers s WHERE {where}", params))

    @staticmethod
    def _speaker_where(
        text: str, kinds: Sequence[str], ordered: bool = True
    ) -> tuple[str, list[Any]]:
        """The WHERE clause over ``s`` (speakers) and its parameters; ``ordered`` when the
        rows are listed in order rather than counted."""
        clauses = ["s.merged_into IS NULL", "(s.quote_count > 0 OR s.statement_count > 0)"]
        params: list[Any] = []
        if text.strip():
            if words := prefix_query(text):
                # the word index picks the candidates and the LIKEs below decide; for a
                # listing, "+" keeps the walk in list order so no candidates are sorted
                clauses.append(
                    f"{'+' if ordered else ''}s.id IN"
                    " (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?)"
                )
                params.append(words)
            needle = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like = "LIKE ? ESCAPE '\\'"
            clauses.append(
                f"(s.name {like} OR s.name {like} OR s.role {like} OR s.role {like}"
                f" OR EXISTS (SELECT 1 FROM aliases al WHERE al.speaker_id = s.id"
                f" AND (al.form {like} OR al.form {like})))"
            )
            params.extend([f"{needle}%", f"% {needle}%"] * 3)
        if kinds:
            clauses.append(f"s.kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        return " AND ".join(clauses), params

    def quotes(
        self, *, offset: int = 0, limit: int = PAGE, **filters: Unpack[QuoteFilters]
    ) -> list[QuoteRow]:
        query = fts_query(filters.get("search", ""))
        if not query and filters.get("search", "").strip():
            return []  # a search for no word ("*", an emoji) finds nothing, not everything
        where, params, joins = self._quote_where(filters)
        if query:
            return self._search_page(query, where, params, joins, offset, limit)
        sql = (
            f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS}"
            f" WHERE {where}"
            " ORDER BY coalesce(a.published, a.imported_at) DESC, a.id, q.start"
            " LIMIT ? OFFSET ?"
        )
        rows = self.db.execute(sql, [*params, limit, offset]).fetchall()
        return [_quote_row(r) for r in rows]

    def count_quotes(self, *, at_most: int | None = None, **filters: Unpack[QuoteFilters]) -> int:
        """How many quotes match; with ``at_most``, a search stops counting past it (and
        returns ``at_most + 1``): a common word matches millions of rows, and counting
        them all would take longer than listing the first page."""
        query = fts_query(filters.get("search", ""))
        if not query and filters.get("search", "").strip():
            return 0
        hidden = filters.get("hidden", False)
        where, _, _ = self._quote_where(filters)
        limit = -1 if at_most is None else at_most + 1  # SQLite: LIMIT -1 is no limit
        if query and where == PLAIN:  # a plain search: read the index, not the rows
            hidden_matches = int(
                self._one(
                    "SELECT count(*) FROM quotes_fts"
                    f" WHERE quotes_fts MATCH ? AND rowid IN {HIDDEN}",
                    [query],
                )
            )
            if hidden:
                return hidden_matches
            if at_most is not None:  # enough matches to tell past at_most visible ones
                limit += hidden_matches
            return self._matches(query, limit) - hidden_matches
        if (
            not query
            and where == PLAIN
            and not hidden
            and len(filters.get("statement_kinds", ())) == len(ALL_KINDS)
        ):  # every visible row: counted as the status bar counts them
            counts = self.counts()
            return counts.quotes + counts.statements
        selected, params = self.selection(**filters)
        return int(
            self._one(f"SELECT count(*) FROM (SELECT 1 {selected} LIMIT ?)", [*params, limit])
        )

    def selection(self, **filters: Unpack[QuoteFilters]) -> tuple[str, list[Any]]:
        """``FROM … WHERE …`` over ``q`` (quotes) for the quotes the filters select, and
        its parameters: what counts and aggregates (``core.stats``) are computed over."""
        query = fts_query(filters.get("search", ""))
        where, params, joins = self._quote_where(filters, ordered=False)
        if query:
            return (
                f"FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid{joins}"
                f" WHERE quotes_fts MATCH ? AND {where}",
                [query, *params],
            )
        return f"FROM quotes q{joins} WHERE {where}", params

    def _search_page(
        self, query: str, where: str, params: list[Any], joins: str, offset: int, limit: int
    ) -> list[QuoteRow]:
        """A page of search results: ranked with only the joins the filters need, then
        those rows alone read in full (all matches of a common word would take seconds)."""
        too_many = self._one(
            "SELECT count(*) > ? FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
            [RANKED_AT_MOST, query, RANKED_AT_MOST + 1],
        )
        order = "quotes_fts.rowid DESC" if too_many else "bm25(quotes_fts)"
        if where == PLAIN:  # hidden quotes are few: leave them out (or keep them) by id
            source = f"quotes_fts WHERE quotes_fts.rowid {'' if params[0] else 'NOT '}IN {HIDDEN}"
            params = []
        else:
            source = f"quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid{joins} WHERE {where}"
        ranked = self.db.execute(
            f"SELECT quotes_fts.rowid, {SNIPPET} FROM {source}"
            f" AND quotes_fts MATCH ? ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, query, limit, offset],
        ).fetchall()
        found: dict[int, Sequence[Any]] = {}
        for start in range(0, len(ranked), PAGE):
            ids = [quote_id for quote_id, _ in ranked[start : start + PAGE]]
            rows = self.db.execute(
                f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS}"
                f" WHERE q.id IN ({', '.join('?' * len(ids))})",
                ids,
            )
            found.update((r[0], r) for r in rows)
        return [_quote_row((*found[i][:-1], snippet)) for i, snippet in ranked if i in found]

    def _matches(self, query: str, limit: int = -1) -> int:
        """Quotes matching an FTS query, hidden or not, counted from the index alone (up
        to ``limit``)."""
        return int(
            self._one(
                "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
                [query, limit],
            )
        )

    @staticmethod
    def _quote_where(filters: QuoteFilters, ordered: bool = True) -> tuple[str, list[Any], str]:
        """The WHERE clause over ``q`` (quotes), ``s`` (speakers) and ``a`` (articles), its
        parameters, and the joins it needs beyond ``quotes q``; ``ordered`` when the rows
        are listed in order rather than counted."""
        speaker_id, article_id = filters.get("speaker_id"), filters.get("article_id")
        outlet, tag = filters.get("outlet"), filters.get("tag")
        date_from, date_to = filters.get("date_from"), filters.get("date_to")
        kinds = filters.get("kinds", ())
        clauses = ["q.hidden = ?"]
        params: list[Any] = [int(filters.get("hidden", False))]
        statement_kinds = speech_kinds(filters)
        if len(statement_kinds) < len(ALL_KINDS):  # all kinds: no clause, a plain search
            # quotations are nearly every row: never looked up by kind ("+"), but tested in
            # the index that serves the other filters (schema 10 puts kind in them)
            plus = "+" if QUOTE_KIND in statement_kinds else ""
            marks = ", ".join(["?"] * len(statement_kinds)) or "NULL"
            clauses.append(f"{plus}q.kind IN ({marks})")
            params.extend(statement_kinds)
        # listed, dates bound the key of the index the list is read in (articles_newest),
        # so that a year's first page is read in order rather than all its quotes sorted
        published = "coalesce(a.published, a.imported_at)" if ordered else "a.published"
        dated = " AND a.published IS NOT NULL" if ordered else ""
        optional = [
            (speaker_id is not None, "q.speaker_id = ?", speaker_id),
            (article_id is not None, "q.article_id = ?", article_id),
            (bool(outlet), "a.outlet = ?", outlet),
            (bool(date_from), f"{published} >= ?{dated}", date_from),
            (bool(date_to), f"{published} <= ?{dated}", f"{date_to}\uffff" if date_to else None),
            (bool(tag), "q.id IN (SELECT quote_id FROM tags WHERE tag = ?)", tag),
        ]  # fmt: skip
        for present, clause, value in optional:
            if present:
                clauses.append(clause)
                params.append(value)
        if filters.get("starred"):
            clauses.append("q.starred = 1")
        if kinds:
            # counted, the quotes of each speaker of the kinds are read from an index; for a
            # listing, "+" keeps the walk in list order, testing each quote's speaker
            marks = ", ".join("?" * len(kinds))
            clauses.append(
                f"{'+' if ordered else ''}q.speaker_id IN"
                f" (SELECT id FROM speakers WHERE kind IN ({marks}))"
            )
            params.extend(kinds)
        joins = " JOIN articles a ON a.id = q.article_id" if outlet or date_from or date_to else ""
        return " AND ".join(clauses), params, joins

    def iter_quotes(self, **filters: Unpack[QuoteFilters]) -> Iterator[QuoteRow]:
        """Every quote matching the filters, fetched page by page."""
        offset = 0
        while True:
            page = self.quotes(**filters, offset=offset, limit=PAGE)
            yield from page
            if len(page) < PAGE:
                return
            offset += PAGE

    def quote(self, quote_id: int) -> QuoteRow:
        row = self.db.execute(
            f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS} WHERE q.id = ?",
            [quote_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no quote {quote_id}")
        return _quote_row(row)

    def article(self, article_id: int) -> ArticleRow:
        row = self.db.execute(
            "SELECT id, title, outlet, author, published, url, source_path, text, sha256,"
            " imported_at, format FROM articles WHERE id = ?",
            [article_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no article {article_id}")
        return ArticleRow(*row)

    def article_quotes(
        self, article_id: int, statement_kinds: Sequence[str] = (QUOTE_KIND,)
    ) -> list[QuoteRow]:
        """The article's quotes (or rows of ``statement_kinds``: reported speech too), hidden
        ones left out, in text order."""
        marks = ", ".join("?" * len(statement_kinds)) or "NULL"
        rows = self.db.execute(
            f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS}"
            f" WHERE q.article_id = ? AND q.hidden = 0 AND q.kind IN ({marks}) ORDER BY q.start",
            [article_id, *statement_kinds],
        ).fetchall()
        return [_quote_row(r) for r in rows]

    def outlets(self) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
            )
        ]

    def tags(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]

    def counts(self) -> Counts:
        """Articles, speakers listed, visible quotes and statements: the speakers' own
        counts summed, and the unattributed rows, so that the counts of millions of rows
        are read from 100,000 speakers rather than from the rows."""
        quotes, statements = self.db.execute(
            "SELECT coalesce(sum(quote_count), 0), coalesce(sum(statement_count), 0) FROM speakers"
        ).fetchone()
        unattributed = dict(
            self.db.execute(
                "SELECT kind = 'quote', count(*) FROM quotes WHERE speaker_id IS NULL"
                " AND hidden = 0 GROUP BY kind = 'quote'"
            ).fetchall()
        )
        return Counts(
            int(self._one("SELECT count(*) FROM articles")),
            int(
                self._one(
                    "SELECT count(*) FROM speakers WHERE merged_into IS NULL"
                    " AND (quote_count > 0 OR statement_count > 0)"
                )
            ),
            int(quotes) + unattributed.get(1, 0),
            int(statements) + unattributed.get(0, 0),
        )

    def speaker_names(self, prefix: str = "", limit: int = 50) -> list[tuple[int, str]]:
        needle = prefix.replace("%", "").replace("_", "")
        rows = self.db.execute(
            "SELECT id, name FROM speakers WHERE merged_into IS NULL AND name LIKE ?"
            " ORDER BY quote_count DESC, name LIMIT ?",
            [f"{needle}%", limit],
        )
        return [(r[0], r[1]) for r in rows]

    def speaker_roles(self, speaker_id: int) -> list[tuple[int, str | None, str]]:
        """(article id, article title, role) for each article that gives this person, or
        a row folded into them, a role; oldest article first."""
        return [(a, title, role) for a, title, _, role in self.role_entries(speaker_id)]

    def role_entries(
        self, speaker_id: int, limit: int = -1
    ) -> list[tuple[int, str | None, str | None, str]]:
        """(article id, article title, article date, role) for each article that gives this
        person, or a row folded into them, a role; oldest article first (of the ``limit``
        articles imported last, when given)."""
        rows = self.db.execute(
            f"{FOLDED}, latest AS (SELECT article_id, role FROM roles"
            " WHERE speaker_id IN (SELECT id FROM folded) ORDER BY article_id DESC LIMIT ?)"
            " SELECT l.article_id, a.title, a.published, l.role FROM latest l"
            " JOIN articles a ON a.id = l.article_id"
            " ORDER BY coalesce(a.published, a.imported_at), a.id",
            [speaker_id, limit],
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def person(self, speaker_id: int, roles: int = HISTORY_READ) -> PersonDetail:
        """A speaker with their role history (over their latest ``roles`` articles) and
        the name forms folded into them."""
        read = self.role_entries(speaker_id, roles)
        return PersonDetail(
            self.speaker(speaker_id),
            tuple(role_history((date, role) for _, _, date, role in read)),
            tuple(read),
            tuple(self.people.variants(speaker_id)),
        )

    # ------------------------------------------------------------ people
    def count_suggestions(self) -> int:
        """Pairs of speakers that may be one person, for a reporter to decide."""
        return self.people.count_suggestions()

    def suggestions(self, offset: int = 0, limit: int = PAGE) -> list[Suggestion]:
        return self.people.suggestions(offset, limit)

    def accept_suggestion(self, speaker_id: int, candidate_id: int) -> int:
        """One person: the row with a full name (else more quotes) keeps the other; returns
        the merge id, for ``unmerge``."""
        keep, merged = sorted(
            (candidate_id, speaker_id),
            key=lambda i: self.db.execute(
                "SELECT given IS NULL, -quote_count FROM speakers WHERE id = ?", [i]
            ).fetchone(),
        )
        return self.merge_speakers(keep, merged)

    def reject_suggestion(self, speaker_id: int, candidate_id: int, rejected: bool = True) -> None:
        """Two people, never joined nor suggested again (``rejected=False`` takes it back)."""
        with self._tx():
            self.people.set_distinct(
                speaker_id,
                candidate_id,
                self._speaker_key(speaker_id),
                self._speaker_key(candidate_id),
                rejected,
            )

    def split_speaker(self, speaker_id: int) -> int:
        """Undo the library's join of a name form (a row folded into a person); returns
        the person it was split from, for ``rejoin_speaker``."""
        with self._tx():
            person = self.people.split(speaker_id)
            self._record(
                f"speaker:{self._speaker_key(speaker_id)}",
                "split",
                {"from": self._speaker_key(person)},
            )
        return person

    def rejoin_speaker(self, speaker_id: int, person: int) -> None:
        """Undo ``split_speaker``."""
        with self._tx():
            self.people.rejoin(speaker_id, person)
            self._record(
                f"speaker:{self._speaker_key(speaker_id)}",
                "rejoin",
                {"into": self._speaker_key(person)},
            )

    def find_speaker(self, name: str) -> int | None:
        """The speaker with this name or alias (case-insensitive), most quoted first."""
        found = self._one(
            "SELECT id FROM speakers WHERE merged_into IS NULL AND (name = ? COLLATE NOCASE"
            " OR id IN (SELECT speaker_id FROM aliases WHERE form = ? COLLATE NOCASE))"
            " ORDER BY quote_count DESC LIMIT 1",
            [name, name],
        )
        return None if found is None else int(found)

    def speakers_named(self, name: str) -> list[SpeakerRow]:
        """Every speaker with this name (case-insensitive), or failing that with it among
        their name forms; most quoted first. Surnames alone are one speaker per article,
        so "Obama" may name forty."""
        for where in (
            "name = ? COLLATE NOCASE",
            "id IN (SELECT speaker_id FROM aliases WHERE form = ? COLLATE NOCASE)",
        ):
            ids = [r[0] for r in self.db.execute(
                f"SELECT id FROM speakers WHERE merged_into IS NULL AND {where}"
                " ORDER BY quote_count DESC, id", [name.strip()])]  # fmt: skip
            if ids:
                return [self.speaker(speaker_id) for speaker_id in ids]
        return []

    def speaker(self, speaker_id: int) -> SpeakerRow:
        row = self.db.execute(
            "SELECT id, name, kind, role, quote_count,"
            " (SELECT count(DISTINCT article_id) FROM quotes WHERE speaker_id = s.id),"
            " (SELECT group_concat(form, char(31)) FROM aliases WHERE speaker_id = s.id),"
            " statement_count FROM speakers s WHERE id = ?",
            [speaker_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no speaker {speaker_id}")
        return _speaker_row(row)

    # ------------------------------------------------------------ versions of a quote
    def versions(self, quote_id: int) -> list[Version]:
        """The versions of this quote in other articles with it, earliest first (who
        reported it first), each read against an earlier one; empty when it has none.
        Quotes marked "not a quote" are left out."""
        return self._versions(variant_groups.group_of(self.db, quote_id))

    def _versions(self, group_id: int | None) -> list[Version]:
        if group_id is None:
            return []
        rows = self.db.execute(
            f"SELECT {QUOTE_COLUMNS}, NULL FROM variant_members m JOIN quotes q"
            f" ON q.id = m.quote_id{JOINS} WHERE m.group_id = ? AND q.hidden = 0"
            " ORDER BY coalesce(a.published, a.imported_at), a.id, q.start",
            [group_id],
        ).fetchall()
        if len(rows) < 2:
            return []
        quotes = [_quote_row(r) for r in rows]
        compared = compare([Words.of(q.text) for q in quotes])
        return [
            Version(q, base, changes) for q, (base, changes) in zip(quotes, compared, strict=True)
        ]

    def version_counts(self, quote_ids: Sequence[int]) -> dict[int, int]:
        """How many other versions each of these quotes has (only those with any)."""
        return variant_groups.visible_others(self.db, quote_ids)

    def variant_groups(
        self, *, speaker_id: int | None = None, misquotes: bool = False
    ) -> Iterator[list[Version]]:
        """Every group of versions (with one of this speaker's quotes; with
        ``misquotes``, only groups where words differ), largest first."""
        for group_id in variant_groups.group_ids(self.db, speaker_id=speaker_id):
            versions = self._versions(group_id)
            if versions and (not misquotes or any(v.misquote for v in versions)):
                yield versions

    def split_versions(self, quote_ids: Sequence[int]) -> None:
        """A reporter's "not the same quote": these quotes leave their group (together,
        as a group of their own if several) and stay apart from the rest."""
        group_id = variant_groups.group_of(self.db, quote_ids[0]) if quote_ids else None
        rest = [q for q in variant_groups.members(self.db, group_id) if q not in quote_ids]
        if not rest:
            return
        with self._tx():
            self._record(
                VARIANTS,
                "split",
                {"quotes": self._places(quote_ids), "apart": self._places(rest)},
            )
            variant_groups.split(self.db, quote_ids, rest)

    def join_versions(self, first: int, second: int) -> None:
        """A reporter's "the same quote": one group for both and their versions."""
        with self._tx():
            self._record(VARIANTS, "join", {"quotes": self._places([first, second])})
            variant_groups.join(self.db, first, second)

    def _places(self, quote_ids: Sequence[int]) -> list[list[int]]:
        """Where quotes stand, [article, start, end] each, as corrections find them again."""
        places = []
        for quote_id in quote_ids:
            target, where, _ = self._quote_target(quote_id)
            places.append([int(target.split(":")[1]), where["start"], where["end"]])
        return places

    # ------------------------------------------------------------ corrections
    def _record(self, target: str, action: str, payload: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO corrections (target, action, payload, created_at) VALUES (?, ?, ?, ?)",
            [target, action, json.dumps(payload, ensure_ascii=False), _now()],
        )

    def _quote_target(self, quote_id: int) -> tuple[str, dict[str, Any], str]:
        """The correction target of a quote or statement, what finds it again after a
        re-analysis (offsets, and the kind of a statement), and its origin."""
        row = self.db.execute(
            'SELECT article_id, start, "end", origin, kind FROM quotes WHERE id = ?', [quote_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no quote {quote_id}")
        where = {"start": row[1], "end": row[2]}
        if row[4] != QUOTE_KIND:
            where["kind"] = row[4]
        return f"article:{row[0]}", where, row[3]

    def _speaker_key(self, speaker_id: int) -> str:
        key = self._one("SELECT key FROM speakers WHERE id = ?", [speaker_id])
        if key is None:
            raise KeyError(f"no speaker {speaker_id}")
        return str(key)

    def create_speaker(self, name: str, kind: str = "person", role: str | None = None) -> int:
        name = clean_name(name)
        if not name:
            raise ValueError("a speaker needs a name; the name is blank")
        with self._tx():
            key = f"human:{content_hash(name + _now() + os.urandom(4).hex())[:16]}"
            cursor = self.db.execute(
                "INSERT INTO speakers (name, kind, key, role, role_origin, quote_count)"
                " VALUES (?, ?, ?, ?, 'human', 0)",
                [name, kind, key, role],
            )
            speaker_id = int(cursor.lastrowid or 0)
            self.db.execute(
                "INSERT OR IGNORE INTO aliases (speaker_id, form) VALUES (?, ?)", [speaker_id, name]
            )
            self._record(f"speaker:{key}", "create", {"name": name, "kind": kind, "role": role})
        return speaker_id

    def reassign_quote(self, quote_id: int, speaker_id: int | None) -> None:
        """Attribute a quote to another speaker, or to nobody (``None``)."""
        with self._tx():
            target, where, _ = self._quote_target(quote_id)
            key = None if speaker_id is None else self._speaker_key(speaker_id)
            self._record(target, "reassign", {**where, "key": key})
            self._move_quote(quote_id, speaker_id)

    def _move_quote(self, quote_id: int, speaker_id: int | None) -> None:
        """The quote given to ``speaker_id`` with the role its article gives them, else
        their own role, else none (never the previous speaker's)."""
        before = self._one("SELECT speaker_id FROM quotes WHERE id = ?", [quote_id])
        self.db.execute(
            "UPDATE quotes SET speaker_id = ?1, role = coalesce((SELECT role FROM roles"
            " WHERE speaker_id = ?1 AND article_id = quotes.article_id),"
            " (SELECT role FROM speakers WHERE id = ?1)) WHERE id = ?2",
            [speaker_id, quote_id],
        )
        self._index_quote(quote_id)
        for touched in {before, speaker_id} - {None}:
            self._refresh_speakers("id = ?", [touched])  # counts, role: no name changed

    def rename_speaker(self, speaker_id: int, name: str) -> None:
        """A reporter's name for the speaker, cleaned as machine names are (one line, NFC,
        no invisible characters); a blank name is refused (ValueError)."""
        name = clean_name(name)
        if not name:
            raise ValueError("a speaker needs a name; the new name is blank")
        with self._tx():
            self._record(f"speaker:{self._speaker_key(speaker_id)}", "rename", {"name": name})
            self.db.execute(
                "UPDATE speakers SET name = ?, name_origin = 'human' WHERE id = ?",
                [name, speaker_id],
            )
            self.db.execute(
                "INSERT OR IGNORE INTO aliases (speaker_id, form) VALUES (?, ?)", [speaker_id, name]
            )
            self._refresh_speaker(speaker_id)

    def role_is_human(self, speaker_id: int) -> bool:
        """Was this speaker's role set by a reporter (rather than read from articles)?"""
        return self._one("SELECT role_origin FROM speakers WHERE id = ?", [speaker_id]) == "human"

    def set_speaker_role(self, speaker_id: int, role: str | None) -> None:
        """A reporter's role for the speaker; ``None`` gives it back to the articles."""
        with self._tx():
            self._record(f"speaker:{self._speaker_key(speaker_id)}", "role", {"role": role})
            self.db.execute(
                "UPDATE speakers SET role = ?, role_origin = ? WHERE id = ?",
                [role, "human" if role else "machine", speaker_id],
            )
            self._refresh_speaker(speaker_id)

    def set_speaker_kind(self, speaker_id: int, kind: str) -> None:
        with self._tx():
            self._record(f"speaker:{self._speaker_key(speaker_id)}", "kind", {"kind": kind})
            self.db.execute("UPDATE speakers SET kind = ? WHERE id = ?", [kind, speaker_id])

    def speaker_gender(self, speaker_id: int) -> Gender:
        """A person's gender, "female", "male" or "not stated", and who says so."""
        row = self.db.execute(
            f"SELECT kind, gender, gender_origin, ({STATED_GENDER}) FROM speakers WHERE id = ?",
            [speaker_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no speaker {speaker_id}")
        kind, gender, origin, stated = row
        if kind != "person":
            return Gender(None, None, False)
        return Gender(gender or NOT_STATED, stated or NOT_STATED, origin == "human")

    def set_speaker_gender(self, speaker_id: int, gender: str | None) -> None:
        """A reporter's word on a person's gender ("female", "male" or "not stated");
        ``None`` gives it back to what the articles state."""
        if gender is not None and gender not in GENDERS:
            raise ValueError(f"{gender!r} is not a gender; choose from {', '.join(GENDERS)}")
        with self._tx():
            self._record(f"speaker:{self._speaker_key(speaker_id)}", "gender", {"gender": gender})
            self.db.execute(
                "UPDATE speakers SET gender = ?, gender_origin = ? WHERE id = ?",
                [None if gender == NOT_STATED else gender,
                 "machine" if gender is None else "human", speaker_id],
            )  # fmt: skip
            self._refresh_speaker(speaker_id)

    def merge_speakers(self, keep_id: int, merged_id: int) -> int:
        """Fold ``merged_id`` into ``keep_id``; returns the merge id for ``unmerge``."""
        if keep_id == merged_id:
            raise ValueError("a speaker cannot be merged into itself")
        with self._tx():
            # by article and offsets, not ids: a re-analysis stores the quotes anew
            spans = [
                list(r)
                for r in self.db.execute(
                    'SELECT article_id, start, "end" FROM quotes WHERE speaker_id = ?', [merged_id]
                )
            ]
            aliases = [
                r[0]
                for r in self.db.execute(
                    "SELECT form FROM aliases WHERE speaker_id = ? AND form NOT IN"
                    " (SELECT form FROM aliases WHERE speaker_id = ?)",
                    [merged_id, keep_id],
                )
            ]
            cursor = self.db.execute(
                "INSERT INTO merges (keep_id, merged_id, moved, created_at) VALUES (?, ?, ?, ?)",
                [keep_id, merged_id, json.dumps({"spans": spans, "aliases": aliases}), _now()],
            )
            merge_id = int(cursor.lastrowid or 0)
            self._record(
                f"speaker:{self._speaker_key(merged_id)}",
                "merge",
                {"into": self._speaker_key(keep_id), "merge": merge_id},
            )
            self.db.execute(
                "UPDATE speakers SET merged_into = ? WHERE id = ?", [keep_id, merged_id]
            )
            self.db.execute(  # the moved quotes are found under the name they now have
                "UPDATE quotes_fts SET speaker = (SELECT name FROM speakers WHERE id = ?)"
                " WHERE rowid IN (SELECT id FROM quotes WHERE speaker_id = ?)",
                [keep_id, merged_id],
            )
            self.db.execute(
                "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", [keep_id, merged_id]
            )
            self.db.execute(
                "INSERT OR IGNORE INTO aliases (speaker_id, form) SELECT ?, form FROM aliases"
                " WHERE speaker_id = ?",
                [keep_id, merged_id],
            )
            self._refresh_speaker(keep_id)
            self._refresh_speaker(merged_id)
        return merge_id

    def unmerge(self, merge_id: int) -> None:
        """Undo one merge exactly: the quotes it moved go back."""
        row = self.db.execute(
            "SELECT keep_id, merged_id, moved FROM merges WHERE id = ?", [merge_id]
        ).fetchone()
        if row is None:
            raise KeyError(f"no merge {merge_id}")
        keep_id, merged_id, moved = row
        moved = json.loads(moved)
        with self._tx():
            self._record(f"speaker:{self._speaker_key(merged_id)}", "unmerge", {"merge": merge_id})
            self.db.execute("UPDATE speakers SET merged_into = NULL WHERE id = ?", [merged_id])
            for form in moved["aliases"]:
                self.db.execute(
                    "DELETE FROM aliases WHERE speaker_id = ? AND form = ?", [keep_id, form]
                )
            for quote_id in self._moved_quotes(keep_id, moved):
                self.db.execute(
                    "UPDATE quotes SET speaker_id = ? WHERE id = ?", [merged_id, quote_id]
                )
                self._index_quote(quote_id)
            self.db.execute("DELETE FROM merges WHERE id = ?", [merge_id])
            self._refresh_speaker(keep_id)
            self._refresh_speaker(merged_id)

    def _moved_quotes(self, keep_id: int, moved: dict[str, Any]) -> list[int]:
        """The quotes a merge moved that ``keep_id`` still holds: found by the article and
        offsets it recorded (the quote overlapping them most, as a re-analysis may have
        redrawn it), or by id in merges recorded before offsets were."""
        found = []
        for article_id, start, end in moved.get("spans", []):
            quote_id = self._one(
                "SELECT id FROM quotes WHERE article_id = ? AND speaker_id = ? AND start < ?"
                ' AND "end" > ? ORDER BY min("end", ?) - max(start, ?) DESC LIMIT 1',
                [article_id, keep_id, end, start, end, start],
            )
            if quote_id is not None:
                found.append(quote_id)
        old = moved.get("quotes", [])
        marks = ", ".join("?" * len(old))
        found += [
            r[0]
            for r in self.db.execute(
                f"SELECT id FROM quotes WHERE speaker_id = ? AND id IN ({marks})", [keep_id, *old]
            )
        ]
        return found

    def hide_quote(self, quote_id: int, hidden: bool = True) -> None:
        """Mark a quote "not a quote" (or restore it)."""
        with self._tx():
            target, where, _ = self._quote_target(quote_id)
            self._record(target, "hide", {**where, "hidden": hidden})
            self._set_hidden(quote_id, hidden)

    def _set_hidden(self, quote_id: int, hidden: bool) -> None:
        self.db.execute("UPDATE quotes SET hidden = ? WHERE id = ?", [int(hidden), quote_id])
        speaker_id = self._one("SELECT speaker_id FROM quotes WHERE id = ?", [quote_id])
        if speaker_id is not None:  # its count; its name in the search index is unchanged
            self._refresh_speakers("id = ?", [speaker_id])

    def add_quote(
        self, article_id: int, start: int, end: int, speaker_id: int, kind: str = QUOTE_KIND
    ) -> int:
        """A quote the machine missed, marked by a reporter, or (``kind`` one of
        ``REPORTED_KINDS``) a statement; :func:`marked_kind` tells which a stretch is."""
        text = self._one("SELECT text FROM articles WHERE id = ?", [article_id])
        if text is None:
            raise KeyError(f"no article {article_id}")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"offsets {start}-{end} are outside the article")
        if kind not in ALL_KINDS:
            raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(ALL_KINDS)}")
        with self._tx():
            role = self._one("SELECT role FROM speakers WHERE id = ?", [speaker_id])
            cursor = self.db.execute(
                'INSERT INTO quotes (article_id, speaker_id, own_speaker_id, start, "end", text,'
                " cue, role, partial, origin, hidden, starred, kind) VALUES (?, ?, ?, ?, ?, ?,"
                " NULL, ?, 0, 'human', 0, 0, ?)",
                [article_id, speaker_id, speaker_id, start, end, text[start:end], role, kind],
            )
            quote_id = int(cursor.lastrowid or 0)
            payload = {"start": start, "end": end, "key": self._speaker_key(speaker_id)}
            self._record(
                f"article:{article_id}",
                "add",
                payload | ({} if kind == QUOTE_KIND else {"kind": kind}),
            )
            self._index_quote(quote_id)
            self._refresh_speaker(speaker_id)
            if kind == QUOTE_KIND:
                variant_groups.add(self.db, [quote_id])
        return quote_id

    def delete_human_quote(self, quote_id: int) -> None:
        """Undo ``add_quote``; machine quotes are hidden, never deleted."""
        target, where, origin = self._quote_target(quote_id)
        if origin != "human":
            raise ValueError("only quotes added by a reporter can be deleted")
        with self._tx():
            speaker_id = self._one("SELECT speaker_id FROM quotes WHERE id = ?", [quote_id])
            self._record(target, "delete", where)
            variant_groups.forget(self.db, [quote_id])
            self.db.execute("DELETE FROM tags WHERE quote_id = ?", [quote_id])
            self.db.execute("DELETE FROM quotes_fts WHERE rowid = ?", [quote_id])
            self.db.execute("DELETE FROM quotes WHERE id = ?", [quote_id])
            if speaker_id is not None:
                self._refresh_speaker(speaker_id)

    def set_starred(self, quote_id: int, starred: bool) -> None:
        with self._tx():
            target, where, _ = self._quote_target(quote_id)
            self._record(target, "star", {**where, "starred": starred})
            self.db.execute("UPDATE quotes SET starred = ? WHERE id = ?", [int(starred), quote_id])

    def add_tag(self, quote_id: int, tag: str) -> None:
        self._tag(quote_id, tag, True)

    def remove_tag(self, quote_id: int, tag: str) -> None:
        self._tag(quote_id, tag, False)

    def _tag(self, quote_id: int, tag: str, present: bool) -> None:
        tag = tag.strip()
        if not tag:
            raise ValueError("a tag needs a name")
        with self._tx():
            target, where, _ = self._quote_target(quote_id)
            self._record(target, "tag", {**where, "tag": tag, "present": present})
            self._set_tag(quote_id, tag, present)

    def _set_tag(self, quote_id: int, tag: str, present: bool) -> None:
        if present:
            self.db.execute(
                "INSERT OR IGNORE INTO tags (quote_id, tag) VALUES (?, ?)", [quote_id, tag]
            )
        else:
            self.db.execute("DELETE FROM tags WHERE quote_id = ? AND tag = ?", [quote_id, tag])

    # ------------------------------------------------------------ articles
    def article_list(self, offset: int = 0, limit: int = PAGE) -> list[ArticleSummary]:
        """Articles in the order they were imported, with their visible quotes counted."""
        rows = self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.author, a.published, a.url, a.source_path,"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.hidden = 0"
            " AND q.kind = 'quote') FROM articles a ORDER BY a.id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()
        return [ArticleSummary(*r) for r in rows]

    def update_article_metadata(self, article_id: int, metadata: Metadata) -> None:
        """A reporter's facts for the article (all five; None clears one). The fields that
        change are recorded as a correction and set again after every re-analysis.
        Raises ValueError for a date that is not ISO or a link that is not http(s)."""
        fields = _fields(metadata)
        published, url = fields["published"], fields["url"]
        if published is not None and not date_parts(published):
            raise ValueError(f"{published!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
        if url is not None and safe_url(url) is None:
            raise ValueError(f"{url!r} is not an http(s) address")
        with self._tx():
            before = self.article(article_id)
            changed = {k: v for k, v in fields.items() if getattr(before, k) != v}
            if changed:
                self._record(f"article:{article_id}", "metadata", changed)
                self._set_article_fields(article_id, changed)

    def _set_article_fields(self, article_id: int, fields: dict[str, Any]) -> None:
        columns = [name for name in ARTICLE_FIELDS if name in fields]
        if columns:
            self.db.execute(
                f"UPDATE articles SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [*(fields[c] for c in columns), article_id],
            )

    def remove_article(self, article_id: int) -> RemovedArticle:
        """Take the article out of the library with its quotes, tags, search rows, what it
        says of its speakers (roles, genders) and its corrections, in one transaction; the
        rows come back for ``restore_article``."""
        with self._tx():
            target = f"article:{article_id}"
            its_quotes = "(SELECT id FROM quotes WHERE article_id = ?)"
            in_article = f"quote_id IN {its_quotes}"
            own = "target = ? AND action NOT IN ('remove', 'restore')"
            removed = RemovedArticle(
                article=next(iter(self._rows("articles", "id = ?", [article_id])), {}),
                quotes=self._rows("quotes", "article_id = ?", [article_id]),
                tags=self._rows("tags", in_article, [article_id]),
                speakers_in_article={
                    table: self._rows(table, "article_id = ?", [article_id])
                    for table in SPEAKER_TABLES
                },
                corrections=self._rows("corrections", own, [target]),
            )
            if not removed.article:
                raise KeyError(f"no article {article_id}")
            self._record(target, "remove", {"title": removed.article["title"]})
            variant_groups.forget(self.db, self._article_quote_ids(article_id))
            self.db.execute(f"DELETE FROM tags WHERE {in_article}", [article_id])
            self.db.execute(f"DELETE FROM quotes_fts WHERE rowid IN {its_quotes}", [article_id])
            for table in ("quotes", *SPEAKER_TABLES):
                self.db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
            self.db.execute(f"DELETE FROM corrections WHERE {own}", [target])
            self.db.execute("DELETE FROM articles WHERE id = ?", [article_id])
            for speaker_id in _speakers_of(removed):
                self._refresh_speaker(speaker_id)
        return removed

    def restore_article(self, removed: RemovedArticle) -> int:
        """Put back an article :meth:`remove_article` took, under its old ids where they
        are still free; returns its id. Raises ValueError if its text was imported again."""
        article = dict(removed.article)
        with self._tx():
            if self._one("SELECT 1 FROM articles WHERE sha256 = ?", [article["sha256"]]):
                raise ValueError(f"{article['title'] or 'the article'!r} is already in the library")
            article_id = self._insert("articles", article)
            new_quote = {}
            for quote in removed.quotes:
                speaker_id = quote["speaker_id"]
                moved = {"article_id": article_id}
                if speaker_id is not None:
                    moved["speaker_id"] = self.people.root(speaker_id)
                new_quote[quote["id"]] = self._insert("quotes", {**quote, **moved})
            for tag in removed.tags:
                self._insert("tags", {**tag, "quote_id": new_quote[tag["quote_id"]]})
            for table, rows in removed.speakers_in_article.items():
                for row in rows:
                    speaker_id = self.people.root(row["speaker_id"])
                    row = {**row, "speaker_id": speaker_id, "article_id": article_id}
                    self.db.execute(
                        f"INSERT OR REPLACE INTO {table} ({', '.join(row)})"
                        f" VALUES ({', '.join('?' * len(row))})",
                        list(row.values()),
                    )
            for correction in removed.corrections:
                self._insert("corrections", {**correction, "target": f"article:{article_id}"})
            self._record(f"article:{article_id}", "restore", {"title": article["title"]})
            self._index_quotes("q.article_id = ?", [article_id])
            quotations = (
                q["id"] for q in removed.quotes if q.get("kind", QUOTE_KIND) == QUOTE_KIND
            )
            variant_groups.add(self.db, sorted(new_quote[q] for q in quotations))
            self._replay_versions(article_id)
            for speaker_id in {self.people.root(s) for s in _speakers_of(removed)}:
                self._refresh_speaker(speaker_id)
        return article_id

    def _rows(self, table: str, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE {where}", params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert ``row``, keeping its ``id`` unless another row has taken it."""
        if "id" in row and self._one(f"SELECT 1 FROM {table} WHERE id = ?", [row["id"]]):
            row = {k: v for k, v in row.items() if k != "id"}
        columns = ", ".join(f'"{c}"' for c in row)
        cursor = self.db.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return int(row.get("id") or cursor.lastrowid or 0)

    def corrections(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Every correction in the order it was made: (target, action, payload)."""
        return [
            (r[0], r[1], json.loads(r[2]))
            for r in self.db.execute("SELECT target, action, payload FROM corrections ORDER BY id")
        ]

    def quote_evidence(self, quote_id: int) -> QuoteEvidence | None:
        """Why the machine gave a quote its speaker, and who has it now."""
        row = self.db.execute(
            "SELECT q.cue_start, q.cue_end, q.mention_start, q.mention_end, q.evidence,"
            " q.origin, s.name FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id"
            " WHERE q.id = ?",
            [quote_id],
        ).fetchone()
        if row is None:
            return None
        cue = Span(row[0], row[1]) if row[0] is not None else None
        mention = Span(row[2], row[3]) if row[2] is not None else None
        evidence = json.loads(row[4]) if row[4] else None
        return QuoteEvidence(cue, mention, evidence, row[5], row[6])

    def integrity_ok(self) -> bool:
        return self._one("PRAGMA integrity_check") == "ok"


def _quote_row(r: Sequence[Any]) -> QuoteRow:
    return QuoteRow(
        id=r[0], article_id=r[1], speaker_id=r[2], text=r[3], start=r[4], end=r[5], cue=r[6],
        role=r[7], origin=r[8], hidden=bool(r[9]), starred=bool(r[10]),
        tags=tuple(sorted(r[11].split("\x1f"))) if r[11] else (),
        speaker_name=r[12], speaker_kind=r[13], article_title=r[14], outlet=r[15],
        author=r[16], published=r[17], url=r[18], source_path=r[19], kind=r[20], snippet=r[21],
    )  # fmt: skip


def _speaker_row(r: Sequence[Any]) -> SpeakerRow:
    aliases = tuple(sorted((r[6] or "").split("\x1f")))
    return SpeakerRow(r[0], r[1], r[2], r[3], r[4], r[5], aliases, statement_count=r[7])


ARTICLE_FIELDS = ("title", "outlet", "author", "published", "url")
SPEAKER_TABLES = ("roles", "speaker_genders")  # what an article says of a speaker


def _speakers_of(removed: RemovedArticle) -> set[int]:
    """The speakers a removed article quoted or said something of."""
    rows = [*removed.quotes, *(r for rows in removed.speakers_in_article.values() for r in rows)]
    return {row["speaker_id"] for row in rows} - {None}


def _fields(metadata: Metadata) -> dict[str, str | None]:
    """The article columns of ``metadata``, each on one line, empty ones None."""
    return {name: one_line(getattr(metadata, name)) or None for name in ARTICLE_FIELDS}
