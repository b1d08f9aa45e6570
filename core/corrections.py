"""The reporters' corrections: each is a row of ``corrections`` as well as a change
to the data, and :meth:`Corrections._replay` applies an article's again after a
re-analysis, so that the machine never overwrites a human decision."""

from __future__ import annotations

import json
import os
from typing import Any

from core import variant_groups
from core.gender import GENDERS, NOT_STATED
from core.people import now
from core.person_names import clean_name
from core.records import ALL_KINDS, QUOTE_KIND, Gender
from core.store import STATED_GENDER, Store, content_hash

REPLAYED = frozenset({"hide", "reassign", "star", "tag"})  # corrections to machine quotes
VARIANTS = "variants"  # the target of splits and joins of versions, which span articles


class Corrections(Store):
    """Reassign, rename, merge, hide, star, tag and add quotes, each recorded."""

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

    def create_speaker(self, name: str, kind: str = "person", role: str | None = None) -> int:
        name = clean_name(name)
        if not name:
            raise ValueError("a speaker needs a name; the name is blank")
        with self._tx():
            key = f"human:{content_hash(name + now() + os.urandom(4).hex())[:16]}"
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
            before = self._one("SELECT speaker_id FROM quotes WHERE id = ?", [quote_id])
            was = None if before is None else self._speaker_key(before)  # for the log alone
            self._record(target, "reassign", {**where, "key": key, "was": was})
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
            aliases = self.people.forms_only_of(merged_id, keep_id)
            cursor = self.db.execute(
                "INSERT INTO merges (keep_id, merged_id, moved, created_at) VALUES (?, ?, ?, ?)",
                [keep_id, merged_id, json.dumps({"spans": spans, "aliases": aliases}), now()],
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

    def merge_of(self, merged_id: int) -> int | None:
        """The merge that folded ``merged_id`` into another row, for ``unmerge``; None when
        the row is folded into no one by a reporter."""
        row = self.db.execute(
            "SELECT id FROM merges WHERE merged_id = ? ORDER BY id DESC LIMIT 1", [merged_id]
        ).fetchone()
        return int(row[0]) if row else None

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

    def corrections(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Every correction in the order it was made: (target, action, payload)."""
        return [
            (r[0], r[1], json.loads(r[2]))
            for r in self.db.execute("SELECT target, action, payload FROM corrections ORDER BY id")
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
