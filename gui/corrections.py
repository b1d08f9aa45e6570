"""The reporter's corrections, each pushed as an undoable command (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMainWindow

from core.library import Library
from gui import commands
from gui.dialogs import SpeakerChooser, SpeakerEditor


class CorrectionsMixin(QMainWindow):
    """Corrections of :class:`gui.main_window.MainWindow`; every one goes on the undo stack
    and refreshes the window."""

    library: Library
    undo_stack: QUndoStack

    def _push(self, command: commands.LibraryCommand) -> None:
        self.undo_stack.push(command)

    def hide_quote(self, quote_id: int, hidden: bool) -> None:
        self._push(commands.hide_quote(self.library, quote_id, hidden, self.refresh))

    def set_speaker_gender(self, speaker_id: int, gender: str | None) -> None:
        self._push(commands.set_gender(self.library, speaker_id, gender, self.refresh))

    def reassign_quote(self, quote_id: int, speaker_id: int | None = None) -> None:
        if speaker_id is None:
            speaker_id = SpeakerChooser(self.library, "Attribute quote to", self).speaker_id()
        if speaker_id is not None:
            self._push(commands.reassign_quote(self.library, quote_id, speaker_id, self.refresh))

    def edit_speaker(
        self, speaker_id: int, values: tuple[str, str | None, str] | None = None
    ) -> None:
        if values is None:
            dialog = SpeakerEditor(self.library.speaker(speaker_id), self)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            values = dialog.values()
        name, role, kind = values
        if name:
            self._push(
                commands.edit_speaker(self.library, speaker_id, name, role, kind, self.refresh)
            )

    def merge_into(self, merged_id: int) -> None:
        keep = SpeakerChooser(self.library, "Merge into speaker", self).speaker_id()
        if keep is not None and keep != merged_id:
            self.merge_speakers(keep, merged_id)

    def merge_speakers(self, keep_id: int, merged_id: int) -> None:
        self._push(commands.merge_speakers(self.library, keep_id, merged_id, self.refresh))
        self.select_speaker(keep_id)

    def add_quote(self, start: int, end: int, speaker_id: int | None = None) -> None:
        article = self.article.article
        if article is None:
            return
        if speaker_id is None:
            speaker_id = SpeakerChooser(self.library, "Attribute selection to", self).speaker_id()
        if speaker_id is not None:
            self._push(
                commands.add_quote(self.library, article.id, start, end, speaker_id, self.refresh)
            )

    def tag_quote(self, quote_id: int, tag: str | None = None) -> None:
        if tag is None:
            tag, ok = QInputDialog.getText(self, "Tag quote", "Tag (a story, a topic):")
            if not ok:
                return
        if tag.strip():
            self._push(commands.tag_quote(self.library, quote_id, tag.strip(), self.refresh))
