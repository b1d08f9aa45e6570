"""Reading the library: speakers and quotes by page (``offset``/``limit``), so a view
never loads the whole library, with filters and full-text search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any, Unpack

from core import list_counts
from core.records import (
    ALL_KINDS,
    PAGE,
    QUOTE_KIND,
    SPEAKER_COLUMNS,
    ArticleRow,
    Counts,
    PersonDetail,
    QuoteFilters,
    QuoteRow,
    SpeakerRow,
    quote_row,
    said_count,
    speaker_columns,
    speaker_row,
    speech_kinds,
)
from core.search import MARK_END, MARK_START, fts_query, prefix_query
from core.store import Store

RANKED_AT_MOST = 25_000  # search matches ranked by relevance; more are listed newest first
WALK_SHARE = 0.01  # dates holding this share of the articles: the sorted list walks its index
PLAIN = "q.hidden = ?"  # the filter of a search with no other filter
HIDDEN = "(SELECT id FROM quotes INDEXED BY quotes_hidden WHERE hidden = 1)"
# the quote filters that narrow the speaker list to the speakers of the rows they select
# (not "hidden": the speakers beside the rows taken out are those still quoted, so that
# restoring a row brings its speaker back into the list at once)
NARROWING = ("outlet", "date_from", "date_to", "tag", "starred")
SAID = ("s.quote_count", "s.statement_count")  # a speaker's visible quotes and statements
# the speaker list's columns, each speaker counted among the rows the filters select (n)
NARROWED_COLUMNS = speaker_columns("n.quotes", "n.statements", "n.articles")
HISTORY_READ = 2000  # the role history a person's panel shows covers this many articles
# a quote's role is its article's, unless a reporter gave the speaker one
QUOTE_COLUMNS = """
    q.id, q.article_id, q.speaker_id, q.text, q.start, q."end", q.cue,
    CASE WHEN s.role_origin = 'human' THEN s.role ELSE q.role END, q.origin,
    q.hidden, q.starred,
    (SELECT group_concat(tag, char(31)) FROM tags WHERE quote_id = q.id) AS tags,
    s.name, s.kind, a.title, a.outlet, a.author, a.published, a.url, a.source_path, q.kind
"""
JOINS = " LEFT JOIN speakers s ON s.id = q.speaker_id JOIN articles a ON a.id = q.article_id"
# A search match in context, between marks no article prints: the window highlights it.
SNIPPET = f"snippet(quotes_fts, 0, '{MARK_START}', '{MARK_END}', '\u2026', 24)"
# The orders the quote list can be read in, each ending in the row's id so that pages read
# by offset never repeat or skip a row. Each is read from an index in its order (dates:
# articles_newest; speakers: speakers_by_name; articles: articles_by_title; schema 11),
# walked forward or backward, so a first page of a million rows sorts nothing: within an
# article, quotes stay in reading order; within a speaker, newest first (sorted one
# speaker at a time).
NEWEST = "coalesce(a.published, a.imported_at) DESC, a.id, q.start, q.id"
QUOTE_ORDERS = {
    ("date", True): NEWEST,
    ("date", False): "coalesce(a.published, a.imported_at), a.id DESC, q.start, q.id",
    ("speaker", False): f"s.name COLLATE NOCASE, s.id, {NEWEST}",
    ("speaker", True): f"s.name COLLATE NOCASE DESC, s.id DESC, {NEWEST}",
    ("article", False): "a.title COLLATE NOCASE, a.id, q.start, q.id",
    ("article", True): "a.title COLLATE NOCASE DESC, a.id DESC, q.start, q.id",
}
SORTS = ("date", "speaker", "article")  # what the quote list sorts by
# The lists whose places are read from the stored counts (``core.list_counts``, schema
# 12), each order's groups (a speaker's quotes; an article's, in date or title order)
# walked in its order from one index, and the filters the counts answer (for all of
# them: ``hidden`` and ``statement_kinds``).
_TALLY_TITLE = "t.title COLLATE NOCASE"  # an article tally's title, the article list's key
TALLIED = {  # order: (table, the quotes' column, its index in the order, the group keys)
    "speaker": ("speaker_tallies", "speaker_id", "", ("t.name COLLATE NOCASE", "t.speaker_id")),
    "date": ("article_tallies", "article_id", "", ("t.published", "t.article_id")),
    "article": (
        "article_tallies",
        "article_id",
        " INDEXED BY article_tallies_title",
        (_TALLY_TITLE, "t.article_id"),
    ),
}
TALLIED_FILTERS = {"speaker": {"kinds"}, "date": set(), "article": set()}
TALLIED_FROM = 1_000  # offsets from here on are found by adding up whole groups
# Each order's keys as (expression, descending), for counting a quote's row in it
_DATE = "coalesce(a.published, a.imported_at)"
_NEWEST_KEYS = ((_DATE, True), ("a.id", False), ("q.start", False), ("q.id", False))
_NAME, _TITLE = "s.name COLLATE NOCASE", "a.title COLLATE NOCASE"
POSITION_KEYS = {
    ("date", True): _NEWEST_KEYS,
    ("date", False): ((_DATE, False), ("a.id", True), ("q.start", False), ("q.id", False)),
    ("speaker", False): ((_NAME, False), ("s.id", False), *_NEWEST_KEYS),
    ("speaker", True): ((_NAME, True), ("s.id", True), *_NEWEST_KEYS),
    ("article", False): ((_TITLE, False), ("a.id", False), ("q.start", False), ("q.id", False)),
    ("article", True): ((_TITLE, True), ("a.id", True), ("q.start", False), ("q.id", False)),
}


def quote_order(order: str = "date", descending: bool = True) -> str:
    """The ORDER BY of the quote list sorted by ``order`` (one of ``SORTS``): dates newest
    first when ``descending``, speakers and articles A to Z when not."""
    try:
        return QUOTE_ORDERS[order, descending]
    except KeyError:
        raise ValueError(f"the quote list sorts by {', '.join(SORTS)}, not {order!r}") from None


def ranked_by_relevance(search: str, order: str = "date", descending: bool = True) -> bool:
    """Whether the quote list of a search is ranked by relevance: a search for words in the
    default order (newest first), which has no key to count a row's place by."""
    return bool(fts_query(search)) and quote_order(order, descending) == NEWEST


class Queries(Store):
    """The paged reads of speakers, quotes, articles and a person's roles, through the
    plain connection (``Store.conn``): what ``onrecord speakers`` and ``quotes`` open."""

    def speakers(
        self,
        *,
        text: str = "",
        kinds: Sequence[str] = (),
        order: str = "quotes",
        descending: bool = True,
        offset: int = 0,
        limit: int = PAGE,
        within: QuoteFilters | None = None,
    ) -> list[SpeakerRow]:
        """A page of the speakers ``text`` and ``kinds`` select; ``within`` the quote
        list's filters (an outlet, dates, a tag, starred rows), only those with
        a row there, counted there (:meth:`_speaker_source`)."""
        source, columns, params = self._speaker_source(within)
        where, more = self._speaker_where(text, kinds, said=not params)
        quotes, statements = ("n.quotes", "n.statements") if params else SAID
        column = {"quotes": quotes, "name": "s.name COLLATE NOCASE",
                  "role": "coalesce(s.role, '') COLLATE NOCASE", "kind": "s.kind",
                  "statements": statements}.get(order, quotes)  # fmt: skip
        direction = "DESC" if descending else "ASC"
        rows = self.conn.execute(
            f"SELECT {columns} FROM {source} WHERE {where}"
            f" ORDER BY {column} {direction}, s.name COLLATE NOCASE, s.id LIMIT ? OFFSET ?",
            [*params, *more, limit, offset],
        ).fetchall()
        return [speaker_row(r) for r in rows]

    def count_speakers(
        self, *, text: str = "", kinds: Sequence[str] = (), within: QuoteFilters | None = None
    ) -> int:
        source, _, params = self._speaker_source(within)
        where, more = self._speaker_where(text, kinds, ordered=False, said=not params)
        return int(self._one(f"SELECT count(*) FROM {source} WHERE {where}", [*params, *more]))

    def _speaker_source(self, within: QuoteFilters | None) -> tuple[str, str, list[Any]]:
        """What the speaker list reads from, its columns and the parameters of both:
        every speaker with its own counts, or, where the quote filters ``within`` narrow
        the quotes, only the speakers with a row among them, counted there (quotes,
        reported statements and articles), so that an outlet's speakers are its own."""
        picked = {key: value for key in NARROWING if (value := (within or {}).get(key))}
        if not picked:
            return "speakers s", SPEAKER_COLUMNS, []
        selected = QuoteFilters(**picked, statement_kinds=ALL_KINDS)  # type: ignore[typeddict-item]
        where, params, joins = self._quote_where(selected, ordered=False)
        narrowed = (
            f"(SELECT q.speaker_id AS id, sum(q.kind = '{QUOTE_KIND}') AS quotes,"
            f" sum(q.kind != '{QUOTE_KIND}') AS statements,"
            f" count(DISTINCT q.article_id) AS articles FROM quotes q{joins} WHERE {where}"
            " GROUP BY q.speaker_id) n"
        )
        return f"speakers s JOIN {narrowed} ON n.id = s.id", NARROWED_COLUMNS, params

    @staticmethod
    def _speaker_where(
        text: str, kinds: Sequence[str], ordered: bool = True, *, said: bool = True
    ) -> tuple[str, list[Any]]:
        """The WHERE clause over ``s`` (speakers) and its parameters; ``ordered`` when the
        rows are listed in order rather than counted; ``said``: only speakers with a
        visible row (a narrowed list's rows have theirs where it is narrowed)."""
        clauses = ["s.merged_into IS NULL"]
        if said:
            clauses.append(f"({SAID[0]} > 0 OR {SAID[1]} > 0)")
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
        self,
        *,
        offset: int = 0,
        limit: int = PAGE,
        order: str = "date",
        descending: bool = True,
        **filters: Unpack[QuoteFilters],
    ) -> list[QuoteRow]:
        """A page of the quotes the filters select, newest first, or sorted by ``order``
        (``SORTS``; see ``quote_order``). A search is ranked by relevance unless sorted
        some other way than newest first."""
        order_by = quote_order(order, descending)
        query = fts_query(filters.get("search", ""))
        if not query and filters.get("search", "").strip():
            return []  # a search for no word ("*", an emoji) finds nothing, not everything
        if offset >= TALLIED_FROM and not query:  # far down: found from the counts
            page = self._tallied_page(offset, limit, order, descending, filters)
            if page is not None:
                return page
        where, params, joins = self._quote_where(filters)
        if query and order_by == NEWEST:
            return self._search_page(query, where, params, joins, offset, limit)
        # with an outlet or dates, walking the order's index pays when they select much
        # of the library (a year: a page in a few hundred articles); a day is read by
        # date and sorted (walked, every article would be tested)
        walk = not joins or (self._dates_select_much(filters) and not query)
        by_speaker = order == "speaker" and filters.get("speaker_id") is None
        walked = None  # the speaker walk's own WHERE, when it differs
        if by_speaker and walk and (joins or filters.get("kinds") and not query):
            walked = self._quote_where(filters, walked=True)[:2]
        if query:  # sorted otherwise: the matches listed as the rows are, then snippets
            matching = self._matching(query)
            where, params = f"{where} AND {matching}", [*params, query]
            if walked:
                walked = f"{walked[0]} AND {matching}", [*walked[1], query]
        if by_speaker:
            rows = self._by_speaker(
                where, params, joins, order_by, offset, limit, walk, walked,
                starred=bool(filters.get("starred")),
            )  # fmt: skip
        elif order == "article" and walk and joins:
            source = (
                "articles a INDEXED BY articles_by_title CROSS JOIN quotes q"
                " ON q.article_id = a.id LEFT JOIN speakers s ON s.id = q.speaker_id"
            )
            rows = self._page(source, where, params, order_by, offset, limit)
        else:
            rows = self._page(f"quotes q{JOINS}", where, params, order_by, offset, limit)
        return self._with_snippets(query, rows) if query else rows

    def _dates_select_much(self, filters: QuoteFilters) -> bool:
        """Whether the filters hold no dates, or dates whose articles are at least
        ``WALK_SHARE`` of the library's (counted from the index articles_newest)."""
        date_from, date_to = filters.get("date_from"), filters.get("date_to")
        if not (date_from or date_to):
            return True
        within = self._one(
            "SELECT count(*) FROM articles WHERE coalesce(published, imported_at) BETWEEN ? AND ?",
            [date_from or "", f"{date_to}\uffff" if date_to else "\uffff"],
        )
        return int(within) >= WALK_SHARE * int(self._one("SELECT count(*) FROM articles"))

    def _page(
        self, source: str, where: str, params: list[Any], order_by: str, offset: int, limit: int
    ) -> list[QuoteRow]:
        rows = self.conn.execute(
            f"SELECT {QUOTE_COLUMNS}, NULL FROM {source} WHERE {where}"
            f" ORDER BY {order_by} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [quote_row(r) for r in rows]

    def _by_speaker(
        self,
        where: str,
        params: list[Any],
        joins: str,
        order_by: str,
        offset: int,
        limit: int,
        walk: bool = True,
        walked: tuple[str, list[Any]] | None = None,
        *,
        starred: bool = False,
    ) -> list[QuoteRow]:
        """A page sorted by speaker: the attributed quotes walked speaker by speaker in
        name order (an inner join, so that SQLite may read the speakers first, by
        ``speakers_by_name``), then the unattributed ones, newest first, after them in
        either direction. ``walked``: the same selection written for the walk
        (``_quote_where(walked=True)``), which then tests each quote from the index of
        its speaker's quotes, seeking its row only when it is selected."""
        # CROSS JOIN (``walk``): SQLite otherwise reads every quote by its speaker index
        # and sorts them all (seconds for a million); a day's dates are left to its
        # planner, which reads that day's quotes by date and sorts those (walked by name,
        # every quote's article would be tested: 7.5 s). No "q.speaker_id IS NOT NULL":
        # the join says it, and SQLite would take it for a range of the speaker index.
        join = "CROSS JOIN" if walk else "JOIN"
        # the article filters as a list of the articles (made once from their indexes),
        # tested against the article of each entry of quotes_speaker_hidden (speaker,
        # hidden, kind, article): written as a join, SQLite first passes over every
        # article to build a Bloom filter (0.3-0.5 s on a million quotes)
        index = "quotes_starred_speaker" if starred else "quotes_speaker_hidden"
        indexed = f" INDEXED BY {index}" if walk and joins and walked else ""
        source = (
            f"speakers s {join} quotes q{indexed} ON q.speaker_id = s.id"
            " JOIN articles a ON a.id = q.article_id"
        )
        rows = self._page(source, *(walked or (where, params)), order_by, offset, limit)
        if len(rows) == limit:
            return rows
        if rows:
            attributed = offset + len(rows)
        else:  # past their end: how many there are, to know where the others start
            attributed = int(
                self._one(
                    f"SELECT count(*) FROM quotes q{joins} WHERE {where}"
                    " AND q.speaker_id IS NOT NULL",
                    params,
                )
            )
        unattributed = self._page(
            f"quotes q{JOINS}",
            f"{where} AND q.speaker_id IS NULL",
            params,
            NEWEST,
            max(0, offset - attributed),
            limit - len(rows),
        )
        return rows + unattributed

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
        source, params, order = self._ranked(query, where, params, joins)
        ranked = self.conn.execute(
            f"SELECT quotes_fts.rowid, {SNIPPET} FROM {source}"
            f" AND quotes_fts MATCH ? ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, query, limit, offset],
        ).fetchall()
        found: dict[int, Sequence[Any]] = {}
        for start in range(0, len(ranked), PAGE):
            ids = [quote_id for quote_id, _ in ranked[start : start + PAGE]]
            rows = self.conn.execute(
                f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS}"
                f" WHERE q.id IN ({', '.join('?' * len(ids))})",
                ids,
            )
            found.update((r[0], r) for r in rows)
        return [quote_row((*found[i][:-1], snippet)) for i, snippet in ranked if i in found]

    def _ranked(
        self, query: str, where: str, params: list[Any], joins: str
    ) -> tuple[str, list[Any], str]:
        """A search list's source (``… WHERE …``, to be followed by ``AND quotes_fts
        MATCH ?``), its parameters and its ORDER BY: by relevance (bm25) up to
        ``RANKED_AT_MOST`` matches, past that newest first (by id)."""
        too_many = self._too_many(query)
        order = "quotes_fts.rowid DESC" if too_many else "bm25(quotes_fts)"
        if where == PLAIN:  # hidden quotes are few: leave them out (or keep them) by id
            source = f"quotes_fts WHERE quotes_fts.rowid {'' if params[0] else 'NOT '}IN {HIDDEN}"
            params = []
        else:
            source = f"quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid{joins} WHERE {where}"
        return source, params, order

    def _too_many(self, query: str) -> bool:
        """Whether an FTS query matches more than ``RANKED_AT_MOST`` quotes (hidden or
        not), counted from the word index only to just past that."""
        return bool(
            self._one(
                "SELECT count(*) > ? FROM"
                " (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
                [RANKED_AT_MOST, query, RANKED_AT_MOST + 1],
            )
        )

    def search_ranked(self, search: str) -> bool | None:
        """How ``quotes`` lists a search newest first: True ranked by relevance, False
        newest first (more than ``RANKED_AT_MOST`` matches: too many to rank), None for
        no search (nor a word to search for)."""
        query = fts_query(search)
        return None if not query else not self._too_many(query)

    def ranked_position(
        self,
        quote_id: int,
        *,
        order: str = "date",
        descending: bool = True,
        **filters: Unpack[QuoteFilters],
    ) -> int | None:
        """The row (from 0) ``quote_id`` holds in a search list ranked by relevance (what
        ``quotes`` reads for a search newest first), or None when the list does not hold
        it or is no such list. Up to ``RANKED_AT_MOST`` matches, the ranked ids are read
        (what every page of the list costs: each ranks all the matches); past that the
        list is by id, and the matches after it are counted from the word index. A
        quote tied in relevance with others may stand a few rows from the row given
        (SQLite orders ties as it reads them); the caller looks about it."""
        query = fts_query(filters.get("search", ""))
        if not query or not ranked_by_relevance(filters.get("search", ""), order, descending):
            return None
        where, params, joins = self._quote_where(filters)
        source, params, order = self._ranked(query, where, params, joins)
        listed = self.conn.execute(
            f"SELECT 1 FROM {source} AND quotes_fts MATCH ? AND quotes_fts.rowid = ?",
            [*params, query, quote_id],
        ).fetchone()
        if listed is None:
            return None
        if order != "bm25(quotes_fts)":  # newest first: the matches of a higher id
            return int(
                self._one(
                    f"SELECT count(*) FROM {source} AND quotes_fts MATCH ?"
                    " AND quotes_fts.rowid > ?",
                    [*params, query, quote_id],
                )
            )
        ranked = self.conn.execute(
            f"SELECT quotes_fts.rowid FROM {source} AND quotes_fts MATCH ? ORDER BY {order}",
            [*params, query],
        )
        return next((n for n, (rowid,) in enumerate(ranked) if rowid == quote_id), None)

    def _matching(self, query: str) -> str:
        """The WHERE clause (over ``q``, one parameter: ``query``) of a search listed in a
        chosen order. A few matches (up to ``RANKED_AT_MOST``) are read from the word
        index and sorted; more (a common word) are found walking the list in its order
        from its index ("+"), each row tested against the matches, which soon fills a
        page."""
        too_many = self._too_many(query)
        return (
            f"{'+' if too_many else ''}q.id IN"
            " (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
        )

    def _with_snippets(self, query: str, rows: list[QuoteRow]) -> list[QuoteRow]:
        """The rows of a page of search results with their snippets, made for the page
        alone."""
        if not rows:
            return rows
        ids = [r.id for r in rows]
        snippets = dict(
            self.conn.execute(
                f"SELECT rowid, {SNIPPET} FROM quotes_fts WHERE quotes_fts MATCH ?"
                f" AND rowid IN ({', '.join('?' * len(ids))})",
                [query, *ids],
            ).fetchall()
        )
        return [replace(r, snippet=snippets.get(r.id)) for r in rows]

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
    def _quote_where(
        filters: QuoteFilters, ordered: bool = True, *, walked: bool = False
    ) -> tuple[str, list[Any], str]:
        """The WHERE clause over ``q`` (quotes), ``s`` (speakers) and ``a`` (articles), its
        parameters, and the joins it needs beyond ``quotes q``; ``ordered`` when the rows
        are listed in order rather than counted. ``walked``: the same selection for the
        list walked speaker by speaker (``_by_speaker``): the article filters as a list of
        article ids (``q.article_id IN``), the speakers' kinds tested on ``s``, each
        speaker once, rather than every quote against a list of every such speaker."""
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
        if walked:  # the same from indexes alone: reading published from each article's
            # row passes its text (0.14 s for half of a 40,000-article library)
            dated = " AND a.id NOT IN (SELECT id FROM articles WHERE published IS NULL)"
        optional = [  # (present, clause, value, on the article)
            (speaker_id is not None, "q.speaker_id = ?", speaker_id, False),
            (article_id is not None, "q.article_id = ?", article_id, False),
            (bool(outlet), "a.outlet = ?", outlet, True),
            (bool(date_from), f"{published} >= ?{dated}", date_from, True),
            (bool(date_to), f"{published} <= ?{dated}",
             f"{date_to}\uffff" if date_to else None, True),
            (bool(tag), "q.id IN (SELECT quote_id FROM tags WHERE tag = ?)", tag, False),
        ]  # fmt: skip
        articles: list[str] = []  # walked: the article filters, as one list of articles
        for present, clause, value, on_article in optional:
            if not present:
                continue
            if walked and on_article:
                if not articles:  # in the place of the first: the parameters keep order
                    at = len(clauses)
                    clauses.append("")
                articles.append(clause)
            else:
                clauses.append(clause)
            params.append(value)
        if articles:
            clauses[at] = (
                f"+q.article_id IN (SELECT a.id FROM articles a WHERE {' AND '.join(articles)})"
            )
        if filters.get("starred"):
            clauses.append("q.starred = 1")
        if kinds and walked:
            clauses.append(f"s.kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        elif kinds:
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

    def iter_quotes(
        self, *, order: str = "date", descending: bool = True, **filters: Unpack[QuoteFilters]
    ) -> Iterator[QuoteRow]:
        """Every quote matching the filters, fetched page by page, in the list's order."""
        offset = 0
        while True:
            page = self.quotes(
                **filters, order=order, descending=descending, offset=offset, limit=PAGE
            )
            yield from page
            if len(page) < PAGE:
                return
            offset += PAGE

    def quote_position(
        self,
        quote_id: int,
        *,
        order: str = "date",
        descending: bool = True,
        total: int | None = None,
        **filters: Unpack[QuoteFilters],
    ) -> int | None:
        """The row (from 0) ``quote_id`` holds in the list ``quotes`` reads with these
        filters and order, counted rather than read (a list of a million rows is not
        walked to find one), or None when the list does not hold it, or when it is a
        search ranked by relevance (that rank is not a key to count by). Given the
        list's ``total``, the rows after it are counted first, up to a quarter of the
        list: a quote near the end (the newest, once oldest first) costs what the rows
        below it do, not the rows above; elsewhere a quarter more than without."""
        if self._tallies(order, descending, filters) is not None:  # from the counts
            return self._tallied_position(quote_id, order, descending, filters)
        anchored = self._anchored(quote_id, order, descending, filters)
        if anchored is None:
            return None
        if total is not None:  # counted from the end when it stands in the last quarter
            after = self._count_after(anchored, order, total // 4)
            if after < total // 4:
                return total - 1 - after
        source, params, keys, found = anchored
        clauses: list[str] = []
        if order == "speaker":  # the unattributed last, in either direction
            if found[0] is None:
                clauses.append("q.speaker_id IS NOT NULL")
                keys, found = keys[2:], found[2:]
            else:
                source += " AND q.speaker_id IS NOT NULL"
        clause, given = _beyond(keys, found, after=False)
        earlier = " OR ".join([*clauses, clause])
        return int(self._one(f"SELECT count(*) FROM {source} AND ({earlier})", [*params, *given]))

    def _count_after(
        self,
        anchored: tuple[str, list[Any], tuple[tuple[str, bool], ...], tuple[Any, ...]],
        order: str,
        at_most: int,
    ) -> int:
        """The rows after an anchored quote in its list, counted up to ``at_most``."""
        source, params, keys, found = anchored
        clauses: list[str] = []
        if order == "speaker":  # the unattributed last, in either direction
            if found[0] is None:
                source += " AND q.speaker_id IS NULL"
                keys, found = keys[2:], found[2:]
            else:
                clauses.append("q.speaker_id IS NULL")
        clause, given = _beyond(keys, found, after=True)
        later = " OR ".join([clause, *clauses])
        return int(
            self._one(
                f"SELECT count(*) FROM (SELECT 1 FROM {source} AND ({later}) LIMIT ?)",
                [*params, *given, at_most],
            )
        )

    def quotes_from_end(
        self,
        *,
        offset: int = 0,
        limit: int = PAGE,
        order: str = "date",
        descending: bool = True,
        **filters: Unpack[QuoteFilters],
    ) -> list[QuoteRow] | None:
        """The ``limit`` rows of the list that stand ``offset`` rows before its end, in
        list order: the list read backward (its order's index walked from the other
        end), so its last rows cost what its first do. None where ``quotes`` ranks the
        list by relevance (no order to turn round)."""
        listed = self._listed(order, descending, filters)
        if listed is None:
            return None
        if offset >= TALLIED_FROM and (total := self._tallied_total(order, filters)) is not None:
            start = max(0, total - offset - limit)  # far from the end: from the counts
            page = self._tallied_page(start, total - offset - start, order, descending, filters)
            if page is not None:
                return page
        source, params = listed
        keys = POSITION_KEYS[order, descending]
        segments = [("", keys)]
        if order == "speaker":  # backward: the unattributed (last in the list) first
            segments = [
                (" AND q.speaker_id IS NULL", keys[2:]),
                (" AND q.speaker_id IS NOT NULL", keys),
            ]
        rows: list[QuoteRow] = []
        skip = offset
        # the attributed walked speaker by speaker from speakers_by_name's end (as
        # _by_speaker walks it from its start): else SQLite sorts every quote
        crossed = source.replace(
            f"quotes q{JOINS}",
            "speakers s CROSS JOIN quotes q ON q.speaker_id = s.id"
            " JOIN articles a ON a.id = q.article_id",
            1,
        )
        for part, part_keys in segments:
            source = crossed if part == " AND q.speaker_id IS NOT NULL" else listed[0]
            if len(rows) >= limit:
                break
            backward = ", ".join(f"{k} {'ASC' if d else 'DESC'}" for k, d in part_keys)
            page = self.conn.execute(
                f"SELECT {QUOTE_COLUMNS}, NULL FROM {source}{part} ORDER BY {backward}"
                " LIMIT ? OFFSET ?",
                [*params, limit - len(rows), skip],
            ).fetchall()
            rows += [quote_row(r) for r in page]
            if page or not skip:
                skip = 0
            else:  # all of this part skipped: how many it held
                skip -= int(
                    self._one(
                        f"SELECT count(*) FROM (SELECT 1 FROM {source}{part} LIMIT ?)",
                        [*params, skip],
                    )
                )
        rows.reverse()
        query = fts_query(filters.get("search", ""))
        return self._with_snippets(query, rows) if query else rows

    def quotes_beside(
        self,
        quote_id: int,
        *,
        after: bool,
        limit: int = PAGE,
        order: str = "date",
        descending: bool = True,
        **filters: Unpack[QuoteFilters],
    ) -> list[QuoteRow]:
        """Up to ``limit`` rows of the list next to ``quote_id``: the ones after it, or
        the ones before it (in list order), read from its keys on (the order's index
        sought from the quote's own date, name or title) rather than by an offset that
        reads every row above: the list read from a row far down (a quote kept through a
        re-sort) scrolls both ways at the cost of its first page. [] where ``quotes``
        would rank the list by relevance, or when the list does not hold ``quote_id``."""
        anchored = self._anchored(quote_id, order, descending, filters)
        if anchored is None:
            return []
        source, params, keys, found = anchored
        query = fts_query(filters.get("search", ""))
        segments: list[tuple[str, tuple[tuple[str, bool], ...], tuple[Any, ...] | None]] = []
        if order != "speaker":
            segments.append(("", keys, found))
        elif found[0] is not None:  # attributed: by name, then the unattributed after them
            segments.append((" AND q.speaker_id IS NOT NULL", keys, found))
            if after:
                segments.append((" AND q.speaker_id IS NULL", _NEWEST_KEYS, None))
        else:
            segments.append((" AND q.speaker_id IS NULL", keys[2:], found[2:]))
            if not after:
                segments.append((" AND q.speaker_id IS NOT NULL", keys, None))
        rows: list[QuoteRow] = []
        for part, more, part_keys, anchor in _titled(segments, after):
            if len(rows) >= limit:
                break
            where, values = source + part, [*params, *more]
            if anchor is not None:
                clause, given = _beyond(part_keys, anchor, after)
                bound, edge = _bound(part_keys[0], anchor[0], after)
                where += f" AND ({clause}){bound}"
                values += given + edge
            order_by = _order_by(part_keys, reverse=not after)
            page = self.conn.execute(
                f"SELECT {QUOTE_COLUMNS}, NULL FROM {where} ORDER BY {order_by} LIMIT ?",
                [*values, limit - len(rows)],
            ).fetchall()
            rows += [quote_row(r) for r in page]
        if not after:
            rows.reverse()
        return self._with_snippets(query, rows) if query else rows

    def _anchored(
        self, quote_id: int, order: str, descending: bool, filters: QuoteFilters
    ) -> tuple[str, list[Any], tuple[tuple[str, bool], ...], tuple[Any, ...]] | None:
        """The list's source and parameters (:meth:`_listed`), its order's keys and the
        quote's values of them; None where the list is ranked by relevance or does not
        hold the quote."""
        listed = self._listed(order, descending, filters)
        if listed is None:
            return None
        source, params = listed
        keys = POSITION_KEYS[order, descending]
        found = self._keys_of(quote_id, source, params, keys)
        return None if found is None else (source, params, keys, found)

    def _listed(
        self, order: str, descending: bool, filters: QuoteFilters
    ) -> tuple[str, list[Any]] | None:
        """``quotes q … WHERE …`` over the rows the list holds, with its parameters; None
        for a search ranked by relevance."""
        if ranked_by_relevance(filters.get("search", ""), order, descending):
            return None
        query = fts_query(filters.get("search", ""))
        where, params, _ = self._quote_where(filters, ordered=False)
        if query:
            where += " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
            params = [*params, query]
        return f"quotes q{JOINS} WHERE {where}", params

    def _keys_of(
        self, quote_id: int, source: str, params: list[Any], keys: tuple[tuple[str, bool], ...]
    ) -> tuple[Any, ...] | None:
        """A listed quote's values of the order's keys."""
        return self.conn.execute(
            f"SELECT {', '.join(k for k, _ in keys)} FROM {source} AND q.id = ?",
            [*params, quote_id],
        ).fetchone()

    def _tallies(
        self, order: str, descending: bool, filters: QuoteFilters
    ) -> tuple[str, str, list[Any], tuple[tuple[str, bool], ...], str] | None:
        """How the list's groups are walked with their counts (``core.list_counts``):
        the rows a group has of the kinds listed (an SQL sum over ``t``), ``FROM
        tallies t … WHERE …`` (a row per group), its parameters, the group keys in the
        list's direction (the order's first two: name, date or title, then id) and the
        quotes' column of the group; None where the counts do not answer the filters (a
        search, an outlet, dates, a tag, starred quotes, one speaker or article)."""
        chosen = {key for key, value in filters.items() if value not in (None, "", (), [], False)}
        if (
            order not in TALLIED
            or not chosen <= {"hidden", "statement_kinds"} | TALLIED_FILTERS[order]
        ):
            return None
        table, column, index, names = TALLIED[order]
        where, params = "t.hidden = ?", [int(filters.get("hidden", False))]
        source = f"FROM {table} t{index}"
        if speaker_kinds := filters.get("kinds"):  # (speaker order alone)
            source += " CROSS JOIN speakers s ON s.id = t.speaker_id"
            where += f" AND s.kind IN ({', '.join('?' * len(speaker_kinds))})"
            params.extend(speaker_kinds)
        keys = tuple(
            (name, down)
            for name, (_, down) in zip(names, POSITION_KEYS[order, descending], strict=False)
        )
        counted = list_counts.rows(speech_kinds(filters))
        return counted, f"{source} WHERE {where}", params, keys, column

    def _tallied_sum(
        self, tallies: tuple[str, str, list[Any], Any, str], clause: str = "", more: Any = ()
    ) -> int:
        """The rows the groups hold (those ``clause`` selects, with parameters ``more``)."""
        counted, source, params, _, _ = tallies
        return int(
            self._one(f"SELECT coalesce(sum({counted}), 0) {source}{clause}", [*params, *more])
        )

    def _tallied_quote(
        self, position: int, order: str, descending: bool, filters: QuoteFilters
    ) -> int | None:
        """The id of the quote at row ``position`` of the list, found by adding up whole
        speakers or articles (their counts, walked in the list's order from whichever
        end is nearer), then read within its own group; None where the counts do not
        answer the filters, or past the list's end. In speaker order the unattributed
        rows, after every speaker's, are read by their place among themselves."""
        tallies = self._tallies(order, descending, filters)
        if tallies is None:
            return None
        counted, source, params, keys, column = tallies
        grouped = self._tallied_sum(tallies)
        listed = self._listed(order, descending, filters)
        assert listed is not None  # (no search: never ranked)
        rows, values = listed
        if position >= grouped:  # the unattributed (speaker order), or past the end
            if order != "speaker":
                return None
            return self._one(
                f"SELECT q.id FROM {rows} AND q.speaker_id IS NULL ORDER BY {NEWEST}"
                " LIMIT 1 OFFSET ?",
                [*values, position - grouped],
            )
        backward = position >= grouped // 2  # walked from the list's end
        place = grouped - 1 - position if backward else position
        order_by = _order_by(keys, reverse=backward)
        found, passed = None, 0  # the group, and the rows of the groups before it
        for group, count in self.conn.execute(
            f"SELECT {keys[1][0]}, {counted} {source} ORDER BY {order_by}", params
        ):
            if passed + count > place:
                found = group
                break
            passed += count
        if found is None:  # (the counts and the rows disagree: never, but say so)
            return None
        within = _order_by(POSITION_KEYS[order, descending][2:], reverse=backward)
        return self._one(
            f"SELECT q.id FROM {rows} AND q.{column} = ? ORDER BY {within} LIMIT 1 OFFSET ?",
            [*values, found, place - passed],
        )

    def _tallied_total(self, order: str, filters: QuoteFilters) -> int | None:
        """The rows of the list, from the counts (and the unattributed rows, counted, in
        speaker order); None where the counts do not answer the filters."""
        tallies = self._tallies(order, True, filters)
        if tallies is None:
            return None
        total = self._tallied_sum(tallies)
        if order == "speaker":
            listed = self._listed(order, True, filters)
            assert listed is not None
            rows, values = listed
            total += int(self._one(f"SELECT count(*) FROM {rows} AND q.speaker_id IS NULL", values))
        return total

    def _tallied_page(
        self, position: int, limit: int, order: str, descending: bool, filters: QuoteFilters
    ) -> list[QuoteRow] | None:
        """The ``limit`` rows from row ``position`` on, the first found by the counts
        (``_tallied_quote``) and the rest read from its keys (``quotes_beside``): a page
        a million rows down costs what a first page does. None where the counts do not
        answer the filters."""
        if self._tallies(order, descending, filters) is None:
            return None
        first = self._tallied_quote(position, order, descending, filters)
        if first is None or limit < 1:
            return []
        after = self.quotes_beside(
            first, after=True, limit=limit - 1, order=order, descending=descending, **filters
        ) if limit > 1 else []  # fmt: skip
        return [self.quote(first), *after]

    def _tallied_position(
        self, quote_id: int, order: str, descending: bool, filters: QuoteFilters
    ) -> int | None:
        """``quote_position`` from the counts: the rows of the groups before the quote's
        (summed from their counts) and its group's rows before it; None where the counts
        do not answer the filters or the list does not hold the quote."""
        tallies = self._tallies(order, descending, filters)
        if tallies is None:
            return None
        anchored = self._anchored(quote_id, order, descending, filters)
        if anchored is None:
            return None
        _, _, _, keys, column = tallies
        rows, values, all_keys, found = anchored
        inner, given = _beyond(all_keys[2:], found[2:], after=False)
        if order == "speaker" and found[0] is None:  # unattributed: after every speaker
            return self._tallied_sum(tallies) + int(
                self._one(
                    f"SELECT count(*) FROM {rows} AND q.speaker_id IS NULL AND ({inner})",
                    [*values, *given],
                )
            )
        clause, before = _beyond(keys, found[:2], after=False)
        bound, edge = _bound(keys[0], found[0], after=False)
        if found[0] is not None and not bound:  # titles A to Z: NULL titles first, apart
            title = keys[0][0].split()[0]
            groups = self._tallied_sum(
                tallies, f" AND ({clause}) AND {keys[0][0]} <= ?", [*before, found[0]]
            ) + self._tallied_sum(tallies, f" AND {title} IS NULL")
        else:
            groups = self._tallied_sum(tallies, f" AND ({clause}){bound}", [*before, *edge])
        group = self._one(f"SELECT q.{column} FROM {rows} AND q.id = ?", [*values, quote_id])
        return groups + int(
            self._one(
                f"SELECT count(*) FROM {rows} AND q.{column} = ? AND ({inner})",
                [*values, group, *given],
            )
        )

    def quote(self, quote_id: int) -> QuoteRow:
        row = self.conn.execute(
            f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS} WHERE q.id = ?",
            [quote_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no quote {quote_id}")
        return quote_row(row)

    def article(self, article_id: int) -> ArticleRow:
        row = self.conn.execute(
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
        rows = self.conn.execute(
            f"SELECT {QUOTE_COLUMNS}, NULL FROM quotes q{JOINS}"
            f" WHERE q.article_id = ? AND q.hidden = 0 AND q.kind IN ({marks}) ORDER BY q.start",
            [article_id, *statement_kinds],
        ).fetchall()
        return [quote_row(r) for r in rows]

    def outlets(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
            )
        ]

    def tags(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT tag FROM tags ORDER BY tag")]

    def counts(self) -> Counts:
        """Articles, speakers listed, visible quotes and statements: the speakers' own
        counts summed, and the unattributed rows, so that the counts of millions of rows
        are read from 100,000 speakers rather than from the rows."""
        quotes, statements = self.conn.execute(
            "SELECT coalesce(sum(quote_count), 0), coalesce(sum(statement_count), 0) FROM speakers"
        ).fetchone()
        unattributed = dict(
            self.conn.execute(
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

    def speakers_named(self, name: str) -> list[SpeakerRow]:
        """Every speaker with this name (case-insensitive), or failing that with it among
        their name forms; most quoted first. Surnames alone are one speaker per article,
        so "Obama" may name forty."""
        for where in (
            "name = ? COLLATE NOCASE",
            "id IN (SELECT speaker_id FROM aliases WHERE form = ? COLLATE NOCASE)",
        ):
            ids = [r[0] for r in self.conn.execute(
                f"SELECT id FROM speakers WHERE merged_into IS NULL AND {where}"
                " ORDER BY quote_count DESC, id", [name.strip()])]  # fmt: skip
            if ids:
                return [self.speaker(speaker_id) for speaker_id in ids]
        return []

    def speaker(self, speaker_id: int) -> SpeakerRow:
        row = self.conn.execute(
            f"SELECT {SPEAKER_COLUMNS} FROM speakers s WHERE s.id = ?",
            [speaker_id],
        ).fetchone()
        if row is None:
            raise KeyError(f"no speaker {speaker_id}")
        return speaker_row(row)

    def speaker_names(self, prefix: str = "", limit: int = 50) -> list[tuple[int, str]]:
        needle = prefix.replace("%", "").replace("_", "")
        rows = self.conn.execute(
            "SELECT id, name FROM speakers WHERE merged_into IS NULL AND name LIKE ?"
            " ORDER BY quote_count DESC, name LIMIT ?",
            [f"{needle}%", limit],
        )
        return [(r[0], r[1]) for r in rows]

    def speaker_choices(self, limit: int = 5000) -> list[tuple[int, str, str]]:
        """Each speaker's id, name and the name as a chooser lists it, most quoted first:
        a name another row shares has beside it what tells the rows apart, the role, the
        article a description or a surname alone is bound to, the quote count ("Trump
        \u2014 President, 40 quotes"; "Trump \u2014 in \u201cBridge closed\u201d, 1
        quote"), and failing those the latest article quoting the row. Each text is one
        row's."""
        names = self.speaker_names(limit=limit)
        shared = Counter(name.casefold() for _, name in names)
        told = {
            speaker_id: _told_apart(self.speaker(speaker_id))
            for speaker_id, name in names
            if shared[name.casefold()] > 1
        }
        alike = Counter(told.values())
        for speaker_id, text in told.items():
            if alike[text] > 1 and (title := self._latest_title(speaker_id)):
                told[speaker_id] = f"{text}, latest in \u201c{_short(title)}\u201d"
        seen: Counter[str] = Counter()
        choices = []
        for speaker_id, name in names:
            text = told.get(speaker_id, name)
            seen[text] += 1  # the same in every way: numbered, each still its own row
            choices.append(
                (speaker_id, name, text if seen[text] == 1 else f"{text} ({seen[text]})")
            )
        return choices

    def _latest_title(self, speaker_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT a.title FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.speaker_id = ? ORDER BY coalesce(a.published, a.imported_at) DESC,"
            " a.id DESC LIMIT 1",
            [speaker_id],
        ).fetchone()
        return row[0] if row else None

    def speaker_roles(self, speaker_id: int) -> list[tuple[int, str | None, str]]:
        """(article id, article title, role) for each article that gives this person, or
        a row folded into them, a role; oldest article first."""
        return [(a, title, role) for a, title, _, role in self.role_entries(speaker_id)]

    def person(self, speaker_id: int, roles: int = HISTORY_READ) -> PersonDetail:
        """A speaker with their role history (over their latest ``roles`` articles) and
        the name forms folded into them."""
        from core.person_roles import role_history  # here: the role code, which lists skip

        read = self.role_entries(speaker_id, roles)
        return PersonDetail(
            self.speaker(speaker_id),
            tuple(role_history((date, role) for _, _, date, role in read)),
            tuple(read),
            tuple(self.people.variants(speaker_id)),
        )


TITLE = 40  # an article named to tell two speakers of one name apart


def _short(title: str) -> str:
    return title if len(title) <= TITLE else title[: TITLE - 1].rstrip() + "\u2026"


def _told_apart(row: SpeakerRow) -> str:
    """A name with its role, its article where bound to one, and its counts."""
    said = said_count(row.quote_count, row.statement_count)
    where = [f"in \u201c{_short(row.article)}\u201d"] if row.article else []
    return f"{row.name} \u2014 {', '.join([*([row.role] if row.role else []), *where, said])}"


def _beyond(
    keys: Sequence[tuple[str, bool]], values: Sequence[Any], after: bool
) -> tuple[str, list[Any]]:
    """The rows strictly before (or after) the row holding ``values`` in the order of
    ``keys`` as an SQL clause and its parameters: the first key earlier, or equal and
    the second earlier, and so on; NULL first going up, last going down, as SQLite
    sorts it."""
    clauses: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    for n, ((key, down), value) in enumerate(zip(keys, values, strict=True)):
        greater = down != after  # beyond is greater: before going down, after going up
        if value is None:
            beyond = f"{key} IS NOT NULL" if greater else "0"
        else:
            beyond = f"{key} > ?" if greater else f"({key} < ? OR {key} IS NULL)"
        clauses.append("(" + " AND ".join([*equal, beyond]) + ")")
        params += list(values[:n]) + ([] if value is None else [value])
        equal.append(f"{key} IS ?")
    return " OR ".join(clauses), params


def _order_by(keys: Sequence[tuple[str, bool]], reverse: bool = False) -> str:
    """An ORDER BY over ``keys`` (expression, descending), each turned round if ``reverse``."""
    return ", ".join(f"{k} {'DESC' if d != reverse else 'ASC'}" for k, d in keys)


def _titled(
    segments: list[tuple[str, tuple[tuple[str, bool], ...], tuple[Any, ...] | None]], after: bool
) -> list[tuple[str, list[Any], tuple[tuple[str, bool], ...], tuple[Any, ...] | None]]:
    """``segments`` of a read beside a quote, the one that reads toward lesser titles
    from a titled quote split in two: the titled rows, their titles bounded so that
    SQLite seeks ``articles_by_title`` there, then the untitled (a NULL title is less
    than any, so they come last that way). Unsplit, the read had no bound (``_bound``)
    and walked the index from its start: 2.3 s for a page above a row 1.4 million rows
    down a list by article."""
    out: list[tuple[str, list[Any], tuple[tuple[str, bool], ...], tuple[Any, ...] | None]] = []
    for part, keys, anchor in segments:
        (name, down), value = keys[0], None if anchor is None else anchor[0]
        if name != _TITLE or value is None or down != after:  # (greater: bounded)
            out.append((part, [], keys, anchor))
            continue
        out.append((f"{part} AND {_TITLE} <= ?", [value], keys, anchor))
        out.append((f"{part} AND a.title IS NULL", [], keys, anchor))
    return out


def _bound(key: tuple[str, bool], value: Any, after: bool) -> tuple[str, list[Any]]:
    """The first key's range on the side asked for, written so that SQLite seeks its
    index there (the clause of ``_beyond`` alone, an OR, would be tested row by row from
    the list's start). Nothing for a NULL, nor on the side of titles a NULL title is on."""
    name, down = key
    greater = down != after
    if value is None or (name in (_TITLE, _TALLY_TITLE) and not greater):  # NULL: less
        return "", []
    return f" AND {name} {'>=' if greater else '<='} ?", [value]
