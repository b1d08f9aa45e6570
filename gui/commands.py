"""Every correction as an undoable command (Ctrl+Z / Ctrl+Shift+Z).

Each command calls a ``core.library`` correction and, on undo, its exact inverse; the
library records both, so the stored history matches what the reporter did. A command
finds its quote again by what the correction stored (article and offsets), never by an
id kept from before: a re-analysis stores an article's quotes anew.

The window applies a command (:meth:`LibraryCommand.apply`) before it goes on the stack,
and reverts it before the stack moves back, so a correction the library refuses (read-only,
locked, a full disk) is reported once and leaves the stack as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from core.document import Metadata
from core.library import Library
from core.records import QUOTE_KIND, REPORTED_KINDS, QuoteRow, RemovedArticle
from core.schema import LibraryError

# what a correction can fail with: the library's own refusal, SQLite's (locked past the
# busy timeout, read-only, disk full), the file system's, and a target no longer there
FAILURES = (LibraryError, sqlite3.Error, OSError, KeyError, ValueError)


class TargetGone(KeyError):
    """The quote a command works on is no longer in its article."""


class LibraryCommand(QUndoCommand):
    """A correction and its inverse, applied at most once in each direction."""

    def __init__(
        self,
        text: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        quote: QuoteRef | None = None,
    ) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self.applied = False
        self.quote = quote  # the quote it changes: the window selects it after undo or redo
        self.done = text  # what the status bar said when it was made (and says on redo)
        self.undone = ""  # what undoing it brings back, in a reporter's words, if said apart

    def said(self, done: str | None, undone: str | None = None) -> None:
        """The reporter's sentences for making it (``done``) and for undoing it
        (``undone``; without one, undo says "Undone:" and what was done)."""
        self.done, self.undone = done or self.text(), undone or ""

    def apply(self) -> None:
        """Make the correction; raises one of ``FAILURES`` and changes nothing if refused."""
        self._do()
        self.applied = True

    def revert(self) -> None:
        self._undo()
        self.applied = False

    def redo(self) -> None:  # called by the stack: a no-op when the window applied it
        if not self.applied:
            self.apply()

    def undo(self) -> None:
        if self.applied:
            self.revert()


def failure(error: BaseException) -> str:
    """Why a correction failed, in a reporter's words."""
    text = str(error).strip("'\"")
    if isinstance(error, TargetGone):
        return f"{text} is no longer there (a re-analysis no longer finds it)"
    if isinstance(error, LibraryError):
        return str(error)  # the library's own sentence (read-only, damaged: and why)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered:
        return "the library cannot be written (it is read-only)"
    if "locked" in lowered or "busy" in lowered:
        return "another program is writing to the library; try again in a moment"
    if "full" in lowered:
        return "the disk is full"
    return text


@dataclass(frozen=True)
class QuoteRef:
    """A quote as a correction knows it: its article and offsets."""

    article_id: int
    start: int
    end: int
    origin: str = "machine"
    kind: str = QUOTE_KIND  # a quotation, or reported speech (reported or mixed)

    @classmethod
    def of(cls, lib: Library, quote_id: int) -> QuoteRef:
        quote = lib.quote(quote_id)
        return cls(quote.article_id, quote.start, quote.end, quote.origin, quote.kind)

    def find(self, lib: Library) -> int:
        """The quote's id now: the one at these offsets (hidden or not), else the one of
        the same origin overlapping them most (a re-analysis may redraw it a little); a
        statement's, among the statements (reported may come back mixed)."""
        kinds = (QUOTE_KIND,) if self.kind == QUOTE_KIND else REPORTED_KINDS
        candidates = [
            q
            for hidden in (False, True)
            for q in lib.quotes(
                article_id=self.article_id, hidden=hidden, statement_kinds=kinds, limit=100_000
            )
            if q.origin == self.origin and q.start < self.end and q.end > self.start
        ]
        if not candidates:
            raise TargetGone(f"the quote at {self.start}-{self.end} of article {self.article_id}")

        def closeness(q: QuoteRow) -> tuple[int, bool]:
            overlap = min(q.end, self.end) - max(q.start, self.start)
            return overlap, (q.start, q.end) == (self.start, self.end)

        return max(candidates, key=closeness).id


def hide_quote(lib: Library, quote_id: int, hidden: bool) -> LibraryCommand:
    ref = QuoteRef.of(lib, quote_id)
    noun = lib.quote(quote_id).noun  # as the menu says
    return LibraryCommand(
        f"Mark as not a {noun}" if hidden else f"Restore {noun}",
        lambda: lib.hide_quote(ref.find(lib), hidden),
        lambda: lib.hide_quote(ref.find(lib), not hidden),
        ref,
    )


def reassign_quote(
    lib: Library, quote_id: int, speaker_id: int, name: str | None = None
) -> LibraryCommand:
    ref, before = QuoteRef.of(lib, quote_id), lib.quote(quote_id).speaker_id
    return LibraryCommand(
        f"Attribute quote to {name}" if name else "Reassign quote",
        lambda: lib.reassign_quote(ref.find(lib), speaker_id),
        lambda: lib.reassign_quote(ref.find(lib), before),
        ref,
    )


def edit_speaker(
    lib: Library, speaker_id: int, name: str, role: str | None, kind: str
) -> LibraryCommand:
    before = lib.speaker(speaker_id)
    human = lib.role_is_human(speaker_id)

    def apply(n: str, r: str | None, k: str, own_role: bool = True) -> None:
        if n != lib.speaker(speaker_id).name:
            lib.rename_speaker(speaker_id, n)
        if not own_role:
            if lib.role_is_human(speaker_id):
                lib.set_speaker_role(speaker_id, None)  # the articles give the role again
        elif r != lib.speaker(speaker_id).role:
            lib.set_speaker_role(speaker_id, r)
        if k != lib.speaker(speaker_id).kind:
            lib.set_speaker_kind(speaker_id, k)

    return LibraryCommand(
        f"Edit speaker {before.name}",
        lambda: apply(name, role, kind),
        lambda: apply(before.name, before.role, before.kind, own_role=human),
    )


def merge_speakers(lib: Library, keep_id: int, merged_id: int) -> LibraryCommand:
    merges: list[int] = []
    return LibraryCommand(
        f"Merge {lib.speaker(merged_id).name} into {lib.speaker(keep_id).name}",
        lambda: merges.append(lib.merge_speakers(keep_id, merged_id)),
        lambda: lib.unmerge(merges.pop()),
    )


def add_quote(
    lib: Library, article_id: int, start: int, end: int, speaker_id: int, kind: str = QUOTE_KIND
) -> LibraryCommand:
    """A quote, or (``kind`` reported or mixed) a statement, the machine missed."""
    ref = QuoteRef(article_id, start, end, "human", kind)
    return LibraryCommand(
        "Add quote" if kind == QUOTE_KIND else "Add reported speech",
        lambda: lib.add_quote(article_id, start, end, speaker_id, kind),
        lambda: lib.delete_human_quote(ref.find(lib)),
        ref,
    )


def star_quote(lib: Library, quote_id: int, starred: bool) -> LibraryCommand:
    ref = QuoteRef.of(lib, quote_id)
    noun = lib.quote(quote_id).noun  # as the menu says
    return LibraryCommand(
        f"Star {noun}" if starred else f"Unstar {noun}",
        lambda: lib.set_starred(ref.find(lib), starred),
        lambda: lib.set_starred(ref.find(lib), not starred),
        ref,
    )


def tag_quote(lib: Library, quote_id: int, tag: str) -> LibraryCommand:
    ref = QuoteRef.of(lib, quote_id)
    return LibraryCommand(
        f"Tag \u201c{tag}\u201d",
        lambda: lib.add_tag(ref.find(lib), tag),
        lambda: lib.remove_tag(ref.find(lib), tag),
        ref,
    )


def set_gender(lib: Library, speaker_id: int, gender: str | None) -> LibraryCommand:
    """A reporter's gender for a person (``None``: back to what the articles state)."""
    before = lib.speaker_gender(speaker_id)
    return LibraryCommand(
        "Set gender" if gender else "Gender as the articles state it",
        lambda: lib.set_speaker_gender(speaker_id, gender),
        lambda: lib.set_speaker_gender(speaker_id, before.value if before.human else None),
    )


def accept_suggestion(lib: Library, speaker_id: int, candidate_id: int) -> LibraryCommand:
    """A possible duplicate is one person: merged, as a reporter's merge is."""
    merges: list[int] = []
    return LibraryCommand(
        f"Same person: {lib.speaker(speaker_id).name} and {lib.speaker(candidate_id).name}",
        lambda: merges.append(lib.accept_suggestion(speaker_id, candidate_id)),
        lambda: lib.unmerge(merges.pop()),
    )


def reject_suggestion(lib: Library, speaker_id: int, candidate_id: int) -> LibraryCommand:
    """A possible duplicate is two people: never joined nor suggested again."""
    return LibraryCommand(
        f"Different people: {lib.speaker(speaker_id).name} and {lib.speaker(candidate_id).name}",
        lambda: lib.reject_suggestion(speaker_id, candidate_id),
        lambda: lib.reject_suggestion(speaker_id, candidate_id, rejected=False),
    )


def split_speaker(lib: Library, speaker_id: int) -> LibraryCommand:
    """A name form the library joined to a person is someone else."""
    people: list[int] = []
    return LibraryCommand(
        f"Split off {lib.speaker(speaker_id).name}",
        lambda: people.append(lib.split_speaker(speaker_id)),
        lambda: lib.rejoin_speaker(speaker_id, people.pop()),
    )


def edit_article(lib: Library, article_id: int, facts: Metadata) -> LibraryCommand:
    before = lib.article(article_id)
    old = Metadata(before.title, before.outlet, before.author, before.published, before.url)
    return LibraryCommand(
        "Edit article details",
        lambda: lib.update_article_metadata(article_id, facts),
        lambda: lib.update_article_metadata(article_id, old),
    )


def remove_article(lib: Library, article_id: int) -> LibraryCommand:
    """Remove an article; undo puts it back (under a new id if its old one was reused)."""
    ids = [article_id]
    removed: list[RemovedArticle] = []
    return LibraryCommand(
        f"Remove \u201c{lib.article(article_id).title or 'article'}\u201d",
        lambda: removed.append(lib.remove_article(ids[-1])),
        lambda: ids.append(lib.restore_article(removed.pop())),
    )


def split_versions(lib: Library, quote_ids: list[int]) -> LibraryCommand:
    """ "Not the same quote": the versions leave their group; undo joins them back."""
    refs = [QuoteRef.of(lib, q) for q in quote_ids]
    rest = next(v.quote.id for v in lib.versions(quote_ids[0]) if v.quote.id not in quote_ids)
    kept = QuoteRef.of(lib, rest)
    return LibraryCommand(
        "Not the same quote",
        lambda: lib.split_versions([r.find(lib) for r in refs]),
        lambda: lib.join_versions(refs[0].find(lib), kept.find(lib)),
    )


def join_versions(lib: Library, quote_id: int, other_id: int) -> LibraryCommand:
    """ "The same quote": one group; undo splits the other quote's versions off again."""
    ref, other = QuoteRef.of(lib, quote_id), QuoteRef.of(lib, other_id)
    others = [QuoteRef.of(lib, v.quote.id) for v in lib.versions(other_id)] or [other]
    return LibraryCommand(
        "Join versions",
        lambda: lib.join_versions(ref.find(lib), other.find(lib)),
        lambda: lib.split_versions([o.find(lib) for o in others]),
    )
