"""The reporter's corrections as a log to read: each row of ``corrections`` said in words
("“more value added” attributed to Nathalie Loiseau"), newest first, with when it was
made and the quote, speaker or article it concerns, so that a correction made in an
earlier session (which Ctrl+Z no longer reaches) can be found and changed.

Read only; the words are the ones the window's status bar uses for the same change."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from core.records import QUOTE_KIND

if TYPE_CHECKING:
    from core.library import Library

WORDS = 48  # a quote is named by its first words, as in the status bar
TITLE = 40  # an article named to tell two speakers of one name apart


@dataclass(frozen=True)
class LoggedCorrection:
    id: int
    made: str  # ISO time, UTC, as stored
    what: str  # the correction in words
    article_id: int | None = None
    article_title: str | None = None
    quote_id: int | None = None  # the quote it concerns, where it is still in the library
    speaker_id: int | None = None  # the speaker it concerns (a speaker's correction)

    def local_time(self) -> str:
        """When it was made, in this computer's time zone, to the minute."""
        try:
            return datetime.fromisoformat(self.made).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.made


def correction_log(library: Library, limit: int = 1000) -> list[LoggedCorrection]:
    """The ``limit`` latest corrections, newest first, each said in words."""
    reader = _Reader(library)
    rows = library.db.execute(
        "SELECT id, target, action, payload, created_at FROM corrections ORDER BY id DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [reader.read(r[0], r[1], r[2], json.loads(r[3] or "{}"), r[4]) for r in rows]


class _Reader:
    def __init__(self, library: Library) -> None:
        self.db = library.db
        self.speakers: dict[str, tuple[int, str] | None] = {}
        self.articles: dict[int, tuple[str | None, str] | None] = {}

    def speaker(self, key: str | None) -> tuple[int, str] | None:
        if key is None:
            return None
        if key not in self.speakers:
            row = self.db.execute(  # a merged speaker's correction opens the one kept
                "SELECT coalesce(merged_into, id), name FROM speakers WHERE key = ?", [key]
            ).fetchone()
            self.speakers[key] = None if row is None else (int(row[0]), str(row[1]))
        return self.speakers[key]

    def name(self, key: str | None, absent: str = "a speaker no longer in the library") -> str:
        found = self.speaker(key)
        return found[1] if found else absent

    def told_apart(self, key: str, name: str) -> str:
        """A name with what tells its row from another of the same name, as the speaker
        list does: the article a surname alone or a description is bound to ("Obama in
        “Obama lays out stakes”"), else how many articles quote the row."""
        row = self.db.execute("SELECT id FROM speakers WHERE key = ?", [key]).fetchone()
        if row is None:
            return name
        found = self.db.execute(  # its own quotes: a merged row's are now the kept one's
            "SELECT a.title, count(DISTINCT a.id) FROM quotes q JOIN articles a"
            " ON a.id = q.article_id WHERE q.own_speaker_id = ?",
            [row[0]],
        ).fetchone()
        title, articles = found if found else (None, 0)
        if "@" in key and title:
            short = title if len(title) <= TITLE else title[: TITLE - 1].rstrip() + "\u2026"
            return f"{name} in \u201c{short}\u201d"
        return f"{name} ({articles} article{'' if articles == 1 else 's'})" if articles else name

    def role_given_back(self, key: str, name: str) -> str:
        """A reporter's role taken back: the role the articles give came back (the
        speaker's now, while no later correction has set one)."""
        found = self.speaker(key)  # the row kept, if merged
        query = "SELECT role, role_origin FROM speakers WHERE id = ?"
        row = found and self.db.execute(query, [found[0]]).fetchone()
        if not row or row[1] == "human":
            return f"{name}: role given back to the articles"
        if not row[0]:
            return f"{name}: role given back to the articles (they give none)"
        return f"{name}: role back to \u201c{row[0]}\u201d from the articles"

    def article(self, article_id: int) -> tuple[str | None, str] | None:
        if article_id not in self.articles:
            row = self.db.execute(
                "SELECT title, text FROM articles WHERE id = ?", [article_id]
            ).fetchone()
            self.articles[article_id] = None if row is None else (row[0], row[1])
        return self.articles[article_id]

    def read(
        self, id_: int, target: str, action: str, payload: dict[str, Any], made: str
    ) -> LoggedCorrection:
        if target.startswith("article:"):
            return self._article(id_, int(target.split(":", 1)[1]), action, payload, made)
        if target.startswith("speaker:"):
            return self._speaker(id_, target.split(":", 1)[1], action, payload, made)
        said = {"split": "marked not the same quote", "join": "joined as one quote"}
        count = len(payload.get("quotes", ()))
        what = f"Versions: {count} {said.get(action, action)}"
        return LoggedCorrection(id_, made, what)

    def _article(
        self, id_: int, article_id: int, action: str, payload: dict[str, Any], made: str
    ) -> LoggedCorrection:
        article = self.article(article_id)
        title = article[0] if article else payload.get("title")
        if action in ("metadata", "remove", "restore"):
            what = {
                "metadata": "Article details corrected: " + ", ".join(sorted(payload)),
                "remove": "Article removed",
                "restore": "Article put back",
            }[action]
            return LoggedCorrection(id_, made, what, article_id, title)
        kind = payload.get("kind", QUOTE_KIND)
        start, end = payload.get("start"), payload.get("end")
        quote_id = None
        words = "a quote"
        if article is not None and isinstance(start, int) and isinstance(end, int):
            words = named(article[1][start:end], kind)
            row = self.db.execute(
                'SELECT id FROM quotes WHERE article_id = ? AND start = ? AND "end" = ?'
                " AND kind = ? ORDER BY id LIMIT 1",
                [article_id, start, end, kind],
            ).fetchone()
            quote_id = None if row is None else int(row[0])
        noun = "quote" if kind == QUOTE_KIND else "statement"
        if action == "reassign":
            what = f"{words} attributed to {self.name(payload.get('key'), 'no one')}"
            if "was" in payload:  # recorded since the twenty-sixth session
                what += f" (was {self.name(payload['was'], 'no one')})"
        elif action == "hide":
            what = f"{words} marked not a {noun}" if payload.get("hidden") else f"{words} restored"
        elif action == "add":
            what = f"{words} added, attributed to {self.name(payload.get('key'))}"
        elif action == "delete":
            what = f"{words}: the {noun} added by hand taken out"
        elif action == "star":
            what = f"{words} starred" if payload.get("starred") else f"{words}: star taken off"
        elif action == "tag":
            tag = payload.get("tag", "")
            present = payload.get("present")
            what = (
                f"{words} tagged \u201c{tag}\u201d"
                if present
                else f"{words}: tag \u201c{tag}\u201d taken off"
            )
        else:
            what = f"{words}: {action}"
        return LoggedCorrection(id_, made, what, article_id, title, quote_id)

    def _speaker(
        self, id_: int, key: str, action: str, payload: dict[str, Any], made: str
    ) -> LoggedCorrection:
        found = self.speaker(key)
        name = found[1] if found else payload.get("name") or "a speaker no longer in the library"
        other = {"merge": "into", "split": "from", "rejoin": "into",
                 "distinct": "other", "same": "other"}.get(action)  # fmt: skip
        second = self.name(payload.get(other)) if other else ""
        if second and second.casefold() == name.casefold():  # never "Obama merged into Obama"
            name, second = self.told_apart(key, name), self.told_apart(payload[other], second)
        what = {
            "create": f"New speaker {name}",
            "rename": f"Speaker renamed {payload.get('name')}",
            "role": f"{name}: role set to \u201c{payload.get('role')}\u201d"
            if payload.get("role")
            else self.role_given_back(key, name),
            "kind": f"{name}: kind set to {payload.get('kind')}",
            "gender": f"{name}: gender set to {payload.get('gender')}"
            if payload.get("gender")
            else f"{name}: gender as the articles state it",
            "merge": f"{name} merged into {second}",
            "unmerge": f"{name}: merge undone",
            "split": f"{name} split off from {second}",
            "rejoin": f"{name} joined to {second} again",
            "distinct": f"{name} and {second}: different people",
            "same": f"{name} and {second}: possibly the same again",
        }.get(action, f"{name}: {action}")
        return LoggedCorrection(id_, made, what, speaker_id=found[0] if found else None)


def named(text: str, kind: str) -> str:
    """A quote by its first words inside quotation marks; reported speech without (the
    words the status bar names it by too)."""
    words = " ".join(text.split())
    if len(words) > WORDS:
        words = words[: WORDS - 1].rstrip(" .\u2026") + "\u2026"  # never "today ……"
    return f"\u201c{words}\u201d" if kind == QUOTE_KIND else f"Reported speech: {words}"
