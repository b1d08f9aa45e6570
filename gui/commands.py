"""Every correction as an undoable command (Ctrl+Z / Ctrl+Shift+Z).

Each command calls a ``core.library`` correction and, on undo, its exact inverse; the
library records both, so the stored history matches what the reporter did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from core.library import Library


class LibraryCommand(QUndoCommand):
    """A correction with its inverse; ``changed`` runs after either, to refresh views."""

    def __init__(
        self,
        text: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._changed = do, undo, changed

    def redo(self) -> None:
        self._do()
        self._changed()

    def undo(self) -> None:
        self._undo()
        self._changed()


def hide_quote(
    lib: Library, quote_id: int, hidden: bool, changed: Callable[[], None]
) -> LibraryCommand:
    label = "Mark as not a quote" if hidden else "Restore quote"
    return LibraryCommand(
        label,
        lambda: lib.hide_quote(quote_id, hidden),
        lambda: lib.hide_quote(quote_id, not hidden),
        changed,
    )


def reassign_quote(
    lib: Library, quote_id: int, speaker_id: int, changed: Callable[[], None]
) -> LibraryCommand:
    before = lib.quote(quote_id).speaker_id
    return LibraryCommand(
        "Reassign quote",
        lambda: lib.reassign_quote(quote_id, speaker_id),
        lambda: lib.reassign_quote(quote_id, before),
        changed,
    )


def edit_speaker(
    lib: Library,
    speaker_id: int,
    name: str,
    role: str | None,
    kind: str,
    changed: Callable[[], None],
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
        changed,
    )


def merge_speakers(
    lib: Library, keep_id: int, merged_id: int, changed: Callable[[], None]
) -> LibraryCommand:
    merges: list[int] = []
    name = lib.speaker(merged_id).name
    return LibraryCommand(
        f"Merge {name}",
        lambda: merges.append(lib.merge_speakers(keep_id, merged_id)),
        lambda: lib.unmerge(merges.pop()),
        changed,
    )


def add_quote(
    lib: Library,
    article_id: int,
    start: int,
    end: int,
    speaker_id: int,
    changed: Callable[[], None],
) -> LibraryCommand:
    added: list[int] = []
    return LibraryCommand(
        "Add quote",
        lambda: added.append(lib.add_quote(article_id, start, end, speaker_id)),
        lambda: lib.delete_human_quote(added.pop()),
        changed,
    )


def star_quote(
    lib: Library, quote_id: int, starred: bool, changed: Callable[[], None]
) -> LibraryCommand:
    return LibraryCommand(
        "Star quote" if starred else "Unstar quote",
        lambda: lib.set_starred(quote_id, starred),
        lambda: lib.set_starred(quote_id, not starred),
        changed,
    )


def tag_quote(lib: Library, quote_id: int, tag: str, changed: Callable[[], None]) -> LibraryCommand:
    return LibraryCommand(
        f"Tag \u201c{tag}\u201d",
        lambda: lib.add_tag(quote_id, tag),
        lambda: lib.remove_tag(quote_id, tag),
        changed,
    )


def set_gender(
    lib: Library, speaker_id: int, gender: str | None, changed: Callable[[], None]
) -> LibraryCommand:
    """A reporter's gender for a person (``None``: back to what the articles state)."""
    before = lib.speaker_gender(speaker_id)
    return LibraryCommand(
        "Set gender" if gender else "Gender as the articles state it",
        lambda: lib.set_speaker_gender(speaker_id, gender),
        lambda: lib.set_speaker_gender(speaker_id, before.value if before.human else None),
        changed,
    )


def accept_suggestion(
    lib: Library, speaker_id: int, candidate_id: int, changed: Callable[[], None]
) -> LibraryCommand:
    """A possible duplicate is one person: merged, as a reporter's merge is."""
    merges: list[int] = []
    return LibraryCommand(
        f"Same person: {lib.speaker(speaker_id).name} and {lib.speaker(candidate_id).name}",
        lambda: merges.append(lib.accept_suggestion(speaker_id, candidate_id)),
        lambda: lib.unmerge(merges.pop()),
        changed,
    )


def reject_suggestion(
    lib: Library, speaker_id: int, candidate_id: int, changed: Callable[[], None]
) -> LibraryCommand:
    """A possible duplicate is two people: never joined nor suggested again."""
    return LibraryCommand(
        f"Different people: {lib.speaker(speaker_id).name} and {lib.speaker(candidate_id).name}",
        lambda: lib.reject_suggestion(speaker_id, candidate_id),
        lambda: lib.reject_suggestion(speaker_id, candidate_id, rejected=False),
        changed,
    )


def split_speaker(lib: Library, speaker_id: int, changed: Callable[[], None]) -> LibraryCommand:
    """A name form the library joined to a person is someone else."""
    people: list[int] = []
    return LibraryCommand(
        f"Split off {lib.speaker(speaker_id).name}",
        lambda: people.append(lib.split_speaker(speaker_id)),
        lambda: lib.rejoin_speaker(speaker_id, people.pop()),
        changed,
    )
