"""The SQLite library: articles, speakers, quotes, and the reporters' corrections.

One file, written through sqlite-utils, readable in any SQLite browser (see
``docs/SCHEMA.md``). Machine output and human corrections are kept apart: every
correction is a row of ``corrections`` as well as a change to the data, and
``reanalyse()`` replays them, so a re-analysis never overwrites a human decision.
Reads are paged (``offset``/``limit``) so that a view never loads the whole library.

:class:`Library` is what callers open. This module stores analyses, re-analyses them,
and holds the people, versions and articles; :mod:`core.queries` has the paged reads,
:mod:`core.corrections` the corrections and their replay, and :mod:`core.store` the
connection, transactions and derived columns under both.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from core import source_counts, variant_groups
from core.corrections import VARIANTS, Corrections
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
from core.gender import FEMALE, MALE
from core.identity import (
    Known,
    ReadSpeaker,
    article_tag,
    gender_hint,
    given_names_before,
    name_gender,
    name_in_phrase,
    names_no_one,
    offices,
    parse_name,
    read_speaker,
    spokesperson_of,
    title_offices,
    written_in_capitals,
)
from core.markup import one_line, safe_url
from core.people import Suggestion, name_columns, now, shown_name
from core.person_names import library_key
from core.queries import JOINS, QUOTE_COLUMNS, Queries
from core.records import (
    PAGE,
    QUOTE_KIND,
    AddResult,
    ArticleSummary,
    QuoteEvidence,
    RemovedArticle,
    Version,
    quote_row,
)
from core.schema import default_path as default_path  # where it was, for gui.app
from core.store import ARTICLE_FIELDS, content_hash
from core.variants import Words, compare


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


@dataclass(frozen=True)
class ArticleContext:
    """What storing a speaker needs of its article."""

    id: int
    text: str
    tag: str  # binds a surname-only speaker to the article
    published: str | None
    readings: dict[tuple[str, SpeakerKind], ReadSpeaker | None] = field(
        default_factory=dict, compare=False, repr=False
    )  # what each speaker's name names here (:meth:`reading`), a cache

    def reading(self, name: str, kind: SpeakerKind) -> ReadSpeaker | None:
        """What a speaker's name names, as this article shows it; None for no one (a
        headline, a stray phrase). Read once per name: an article quoting one person a
        hundred times reads the article's text for that name once, not a hundred times."""
        key = (name, kind)
        if key not in self.readings:
            read = read_speaker(name, kind)
            if read is not None and not names_no_one(read, self.text):
                read = name_in_phrase(written_in_capitals(read, self.text), self.text)
            else:
                read = None  # "Anti-Trump sentiment extends to ...": an adjective
            self.readings[key] = read
        return self.readings[key]


def _gender_origin(origin: str, bound: bool, hinted: bool) -> str:
    """Where a speaker row's gender comes from once an article genders the person, from
    ``origin`` before: ``bound`` when only a "he" or "she" the attribution bound says it,
    ``hinted`` when the row has a gender hint of its own (its first name's, an earlier
    article's). A reporter's word ('human') stays; a gender the article states is the
    machine's ('machine'), no longer a bound pronoun's guess alone; a bound pronoun that
    gives the row its hint is its only source ('pronoun'), and one that does not leaves
    the origin as it was."""
    if origin not in ("machine", "pronoun"):
        return origin
    if not bound:
        return "machine"
    return origin if hinted else "pronoun"


def _key(read: ReadSpeaker, tag: str) -> str:
    """The key of a speaker whose name the library read again ("Trump last week" is
    Trump): as ``core.speakers`` makes keys, a surname alone bound to its article."""
    alone = read.kind == SpeakerKind.PERSON and len(read.name.split()) == 1
    return library_key(read.kind, read.name, tag, bound=alone)


def _form_of(form: str, speaker: ReadSpeaker) -> bool:
    """Is a form an article bound to a speaker a name of theirs, as it stands? Not
    "Clinton Friday", nor for a person another surname ("Trump" bound to a Clinton)."""
    read = read_speaker(form, speaker.kind)
    if read is None or read.name != form:
        return False
    if speaker.kind != SpeakerKind.PERSON:
        return True
    theirs, this = parse_name(speaker.name), parse_name(form)
    # a middle name alone is one too where the article calls them by it ("Lula")
    return this.surname in (theirs.surname, theirs.first) or (
        not this.full and this.surname in theirs.given[1:]
    )


def _known(speaker: Speaker, read: ReadSpeaker, article: ArticleContext) -> Known:
    """What a speaker's own article says of them, to compare with the library's people."""
    words = offices(speaker.role) | offices(" ".join(read.titles))
    seen = (article.published, article.published) if article.published else None
    named = given_names_before(article.text, read.name) if " " not in read.name else frozenset()
    return Known(
        gender_hint(speaker.gender), title_offices(words), words, seen, named,
        gender_bound=speaker.gender_bound,
    )  # fmt: skip


class Library(Corrections, Queries):
    """One library file. Not thread-safe: open one per thread."""

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
                 fmt, analysis.text, digest, now()],
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
        read = article.reading(speaker.name, speaker.kind)
        if read is None:
            return None
        same = (read.name, read.kind) == (speaker.name, speaker.kind)
        key = speaker.key if same else _key(read, article.tag)
        short_form_of = (
            self.people.short_form_target(read.name, article.text)
            if read.kind == SpeakerKind.ORGANISATION
            else None
        )
        if short_form_of is not None and "@" not in key:
            key = f"{key}@{article.tag}"  # "the Times" is the one "... Times" its article
            # names, another in another
        own = self._one("SELECT id FROM speakers WHERE key = ?", [key])
        new = own is None
        if own is None:
            own = self._new_row(read, key, speaker.gender, speaker.gender_bound)
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
        elif new and read.kind == SpeakerKind.ORGANISATION:
            person = self.people.place_organisation(own, short_form_of)
        elif new and read.kind == SpeakerKind.ANONYMOUS and (body := spokesperson_of(read.name)):
            person = self._spoken_for(own, body, article)
        else:
            person = self.people.root(own)
        if person != own:
            self.people.add_forms(person, forms)
            self._seen(person, article.published)
        if speaker.gender:
            if speaker.gender in (FEMALE, MALE):  # stated, not the first-name guess ("m")
                self.db.execute(
                    "INSERT OR REPLACE INTO speaker_genders (speaker_id, article_id, gender)"
                    " VALUES (?, ?, ?)",
                    [own, article.id, speaker.gender],
                )
            for row in {own, person}:  # no first name gave a hint: what articles say gives it
                origin, hint = self.db.execute(
                    "SELECT gender_origin, gender_hint FROM speakers WHERE id = ?", [row]
                ).fetchone()
                self.db.execute(
                    "UPDATE speakers SET gender_hint = ?, gender_origin = ? WHERE id = ?",
                    [hint if hint is not None else gender_hint(speaker.gender),
                     _gender_origin(origin, speaker.gender_bound, hinted=hint is not None), row],
                )  # fmt: skip
        return person, own

    def _new_row(self, read: ReadSpeaker, key: str, gender: str | None, bound: bool) -> int:
        """A new speaker row for a name as the library reads it, under ``key``."""
        columns = name_columns(read.name, read.kind.value, gender)
        named = read.kind == SpeakerKind.PERSON and name_gender(parse_name(read.name))
        cursor = self.db.execute(
            "INSERT INTO speakers (name, kind, key, role, role_origin, quote_count, surname,"
            " given, suffix, gender_hint, gender_origin)"
            " VALUES (?, ?, ?, NULL, 'machine', 0, ?, ?, ?, ?, ?)",
            [shown_name(read.name, read.kind), read.kind.value, key, *columns.values(),
             _gender_origin("machine", bound, hinted=bool(named))],
        )  # fmt: skip
        return int(cursor.lastrowid or 0)

    def _spoken_for(self, own: int, body: str, article: ArticleContext) -> int:
        """Fold a new row of an unnamed spokesperson ("a Clinton campaign spokesman") into
        the organisation they speak for, as a reader reads their words as the body's: its
        row when the library has it, else a new one (placed as any organisation is), so
        that the order articles come in does not matter. Returns the row's person."""
        read = ReadSpeaker(body, SpeakerKind.ORGANISATION)
        key = _key(read, article.tag)
        org = self._one("SELECT id FROM speakers WHERE key = ?", [key])
        if org is None:
            org = self.people.place_organisation(self._new_row(read, key, None, False), None)
        org = self.people.root(org)
        self.people.add_forms(org, [body])
        self._seen(org, article.published)
        return self.people.place_spokesperson(own, org)

    def _seen(self, speaker_id: int, published: str | None) -> None:
        if published:
            self.db.execute(
                "UPDATE speakers SET seen_from = min(coalesce(seen_from, ?), ?),"
                " seen_to = max(coalesce(seen_to, ?), ?) WHERE id = ?",
                [published, published, published, published, speaker_id],
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

    # ------------------------------------------------------------ people
    def count_suggestions(self) -> int:
        """Pairs of speakers that may be one person, for a reporter to decide."""
        return self.people.count_suggestions()

    def suggestions(self, offset: int = 0, limit: int = PAGE) -> list[Suggestion]:
        return self.people.suggestions(offset, limit)

    def is_suggested(self, speaker_id: int, candidate_id: int) -> bool:
        return self.people.is_suggested(speaker_id, candidate_id)

    def accept_suggestion(self, speaker_id: int, candidate_id: int) -> int:
        """One person: the row with a full name (a given name, not an initial; else more
        quotes) keeps the other; returns the merge id, for ``unmerge``."""

        def fullness(i: int) -> tuple[bool, bool, int]:
            given, quotes = self.db.execute(
                "SELECT given, quote_count FROM speakers WHERE id = ?", [i]
            ).fetchone()
            initials = given is not None and all(len(w.strip(".")) <= 1 for w in given.split())
            return given is None, initials, -quotes

        keep, merged = sorted((candidate_id, speaker_id), key=fullness)
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
        quotes = [quote_row(r) for r in rows]
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


SPEAKER_TABLES = ("roles", "speaker_genders")  # what an article says of a speaker


def _speakers_of(removed: RemovedArticle) -> set[int]:
    """The speakers a removed article quoted or said something of."""
    rows = [*removed.quotes, *(r for rows in removed.speakers_in_article.values() for r in rows)]
    return {row["speaker_id"] for row in rows} - {None}


def _fields(metadata: Metadata) -> dict[str, str | None]:
    """The article columns of ``metadata``, each on one line, empty ones None."""
    return {name: one_line(getattr(metadata, name)) or None for name in ARTICLE_FIELDS}
