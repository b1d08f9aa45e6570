"""The reporter's corrections, each pushed as an undoable command (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QInputDialog, QMainWindow, QMessageBox, QTableView

from core.correction_log import LoggedCorrection, named
from core.library import Library
from core.records import ALL_KINDS, QUOTE_KIND, QuoteRow, SpeakerRow, marked_kind
from gui import commands
from gui.dialogs import SpeakerChooser, SpeakerEditor
from gui.duplicates import DuplicatesView
from gui.history import CorrectionsLog
from gui.models import PAGE, QuoteModel, literal_html

UNDO_HINT = "Ctrl+Z undoes it"  # Edit \u2192 Undo's shortcut (Ctrl+Z on every desktop Qt runs)
REDO_HINT = "Ctrl+Shift+Z redoes it"
NOTHING_TO_UNDO = "Nothing to undo this session"
EARLIER = "Earlier corrections are kept: Edit \u2192 Corrections made (Ctrl+Shift+H) lists them"


def quoted(quote: QuoteRow) -> str:
    """A quote named in a status line by its first words: inside quotation marks, or for
    reported speech after "Reported speech:", as the list shows it (never quoted)."""
    return named(quote.text, quote.kind)


OPENING, CLOSING = '\u201c\u201e\u201f\u00ab"', '\u201d\u00bb"'


def inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch a reporter selected without the white space and quotation marks
    around it, as the machine stores a quote (a selection from mark to mark stored the
    marks, and the list then showed ““Last night you”); single marks go only in pairs,
    as a closing one may be an apostrophe (the players\u2019)."""
    first, last = start, end
    while first < last and (text[first].isspace() or text[first] in OPENING):
        first += 1
    while last > first and (text[last - 1].isspace() or text[last - 1] in CLOSING):
        last -= 1
    if last - first > 2 and text[first] in "\u2018'" and text[last - 1] in "\u2019'":
        first, last = first + 1, last - 1
    return (first, last) if first < last else (start, end)


class CorrectionsMixin(QMainWindow):
    """Corrections of :class:`gui.main_window.MainWindow`; every one goes on the undo stack
    and refreshes the window."""

    library: Library
    undo_stack: QUndoStack
    undo_keys: list[QAction]
    duplicates: DuplicatesView | None
    corrections_log: CorrectionsLog | None
    select_quote: Callable[[int], None]
    open_speaker: Callable[[int], None]
    quotes: QuoteModel
    quote_view: QTableView
    speech: QComboBox

    def _build_undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo, named after the correction they would undo or redo. The history
        is this session's, as a word processor's is: corrections are kept in the library
        for good, but Ctrl+Z after a restart has nothing to take back, and says so and how
        to change an earlier correction rather than doing nothing."""
        undo = QAction("Undo", self, shortcut=QKeySequence.StandardKey.Undo)
        undo.triggered.connect(self.undo)
        redo = QAction("Redo", self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        redo.triggered.connect(self.redo)
        nothing = QAction(self, shortcut=QKeySequence.StandardKey.Undo)  # Ctrl+Z, greyed Undo
        nothing.triggered.connect(self._nothing_to_undo)
        self.addAction(nothing)
        for action, can, text, word, idle in (
            (undo, self.undo_stack.canUndoChanged, self.undo_stack.undoTextChanged, "Undo",
             NOTHING_TO_UNDO),
            (redo, self.undo_stack.canRedoChanged, self.undo_stack.redoTextChanged, "Redo",
             "Redo"),
        ):  # fmt: skip
            action.setEnabled(False)
            action.setText(idle)
            can.connect(action.setEnabled)
            text.connect(lambda t, a=action, w=word, i=idle: a.setText(f"{w} {t}" if t else i))
        undo.setToolTip(EARLIER)
        self.undo_stack.canUndoChanged.connect(lambda can: nothing.setEnabled(not can))
        self.undo_keys = [undo, redo, nothing]  # also for the windows beside it
        return undo, redo

    def _nothing_to_undo(self) -> None:
        begun = self.undo_stack.count() > 0  # this session's corrections, all undone
        self.statusBar().showMessage(
            ("Nothing left to undo. " if begun else "Nothing to undo since On Record opened. ")
            + EARLIER,
            15_000,
        )  # the status bar's tooltip holds it whole where the window is narrow

    def _push(
        self, command: commands.LibraryCommand, done: str | None = None, undone: str | None = None
    ) -> bool:
        """Apply ``command`` and put it on the undo stack; a correction the library refuses
        is reported once and not stacked. The status bar says what changed (``done``, else
        the command's name) and how to undo it; undo and redo later say it again, undo with
        ``undone`` where that says better what came back."""
        if not self._attempt(command.apply, command.text()):
            return False
        command.said(done, undone)
        self.undo_stack.push(command)  # already applied: the stack only records it
        self.statusBar().showMessage(f"{command.done}. {UNDO_HINT}", 15_000)
        return True

    def undo(self) -> None:
        index = self.undo_stack.index()
        if index > 0:
            command = self.undo_stack.command(index - 1)
            if self._attempt(command.revert, f"Undo {command.text()}"):  # type: ignore[attr-defined]
                self.undo_stack.undo()
                self._follow(command)  # type: ignore[arg-type]
                said = command.undone or command.done  # type: ignore[attr-defined]
                self.statusBar().showMessage(f"Undone: {said}. {REDO_HINT}", 10_000)

    def redo(self) -> None:
        index = self.undo_stack.index()
        if index < self.undo_stack.count():
            command = self.undo_stack.command(index)
            if self._attempt(command.apply, f"Redo {command.text()}"):  # type: ignore[attr-defined]
                self.undo_stack.redo()
                self._follow(command)  # type: ignore[arg-type]
                said = command.done  # type: ignore[attr-defined]
                self.statusBar().showMessage(f"Redone: {said}. {UNDO_HINT}", 10_000)

    def _follow(self, command: commands.LibraryCommand) -> None:
        """After an undo or redo, the quote it changed is selected if the list holds it
        (a quote put back by undoing "Not a quote", or given back to its speaker), so
        the reporter sees what came back; the list's scope stays as it is."""
        if command.quote is None:
            return
        try:
            quote_id = command.quote.find(self.library)
        except commands.FAILURES:
            return  # an added quote undone: gone
        row = self.quotes.row_of_id(quote_id, 5 * PAGE)
        if row is not None:
            self.quote_view.setCurrentIndex(self.quotes.index(row, 0))
            self.quote_view.scrollTo(self.quotes.index(row, 0))

    def _attempt(self, act: Callable[[], None], what: str) -> bool:
        try:
            act()
        except commands.FAILURES as error:
            message = f"Could not {what[0].lower()}{what[1:]}: {commands.failure(error)}."
            if isinstance(error, commands.TargetGone):
                self.undo_stack.clear()  # what came before it may rest on it
                message += " The undo history was cleared."
            else:
                message += " Nothing was changed."
            QMessageBox.warning(self, "Correction not saved", literal_html(message))
            return False
        return True

    def hide_quote(self, quote_id: int, hidden: bool) -> None:
        quote = self.library.quote(quote_id)
        noun = quote.noun  # as the menu says
        done = (
            f"{quoted(quote)} \u2014 marked as not a {noun}; tick Hidden to see it again"
            if hidden
            else f"{quoted(quote)} \u2014 restored"
        )
        undone = (
            f"{quoted(quote)} \u2014 a {noun} again"
            if hidden
            else f"{quoted(quote)} \u2014 marked as not a {noun} again"
        )
        self._push(commands.hide_quote(self.library, quote_id, hidden), done, undone)

    def set_speaker_gender(self, speaker_id: int, gender: str | None) -> None:
        name = self.library.speaker(speaker_id).name
        stated = self.library.speaker_gender(speaker_id).stated
        done = (
            f"{name}: gender {gender}, set by you"
            if gender
            else f"{name}: gender {stated}, as the articles state it"
        )
        self._push(commands.set_gender(self.library, speaker_id, gender), done)

    def reassign_quote(self, quote_id: int, speaker_id: int | None = None) -> None:
        quote = self.library.quote(quote_id)
        new = ""
        if speaker_id is None:
            about = f"{quoted(quote)}, now attributed to {quote.speaker_name or 'no one'}"
            chooser = SpeakerChooser(self.library, "Attribute to", self, about)
            speaker_id = chooser.speaker_id()
            new = ", a new speaker" if chooser.created else ""
        if speaker_id is None:
            return
        was = quote.speaker_name or "no one"
        now = self.library.speaker(speaker_id).name
        if quote.speaker_id == speaker_id:
            self.statusBar().showMessage(f"{quoted(quote)} \u2014 already {now}\u2019s", 8000)
            return
        done = f"{quoted(quote)} \u2014 attributed to {now}{new} (was {was})"
        undone = f"{quoted(quote)} \u2014 attributed to {was} again (not {now})"
        command = commands.reassign_quote(self.library, quote_id, speaker_id, now)
        self._push(command, done, undone)

    def edit_speaker(
        self, speaker_id: int, values: tuple[str, str | None, str] | None = None
    ) -> None:
        if values is None:
            dialog = SpeakerEditor(self.library.speaker(speaker_id), self)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            values = dialog.values()
        name, role, kind = values
        before = self.library.speaker(speaker_id)
        if (name, role, kind) == (before.name, before.role, before.kind):
            self.statusBar().showMessage(f"{before.name}: nothing changed", 5000)
        elif name:
            done = speaker_change(before, name, role, kind)
            self._push(commands.edit_speaker(self.library, speaker_id, name, role, kind), done)

    def merge_into(self, merged_id: int) -> None:
        name = self.library.speaker(merged_id).name
        about = f"{name}\u2019s quotes and name forms go to the speaker named here."
        keep = SpeakerChooser(self.library, f"Merge {name} into", self, about).speaker_id()
        if keep is not None and keep != merged_id:
            self.merge_speakers(keep, merged_id)

    def merge_speakers(self, keep_id: int, merged_id: int) -> None:
        merged, keep = self.library.speaker(merged_id).name, self.library.speaker(keep_id).name
        done, undone = f"{merged} merged into {keep}", f"{merged} apart from {keep} again"
        if self._push(commands.merge_speakers(self.library, keep_id, merged_id), done, undone):
            self.select_speaker(keep_id)

    def split_speaker(self, variant_id: int) -> None:
        """A name form the library joined to this person (the one selected) is someone else."""
        name, person = self.library.speaker(variant_id).name, self.current_speaker()
        of = person.name if person is not None and person.id != variant_id else "their person"
        done, undone = f"{name} split off from {of}", f"{name} joined to {of} again"
        self._push(commands.split_speaker(self.library, variant_id), done, undone)

    def show_duplicates(self) -> DuplicatesView:
        """The pairs of speakers the library could not decide, to accept or reject."""
        if self.duplicates is None:
            self.duplicates = DuplicatesView(self.library, self._push, self)  # loads itself
            self.duplicates.speakerActivated.connect(self.open_speaker)
            self.duplicates.addActions(self.undo_keys)  # "Ctrl+Z undoes", its title says
        else:
            self.duplicates.reload()
        self.duplicates.show()
        self.duplicates.raise_()
        return self.duplicates

    def show_corrections(self) -> CorrectionsLog:
        """Every correction in the library, this session's and earlier ones."""
        if self.corrections_log is None:
            self.corrections_log = CorrectionsLog(self.library, self.open_correction, self)
            self.corrections_log.addActions(self.undo_keys)
            self.undo_stack.indexChanged.connect(self._corrections_changed)
        else:
            self.corrections_log.reload()
        self.corrections_log.show()
        self.corrections_log.raise_()
        return self.corrections_log

    def _corrections_changed(self) -> None:
        if self.corrections_log is not None and self.corrections_log.isVisible():
            self.corrections_log.reload()  # a correction made or undone: listed at once

    def open_correction(self, entry: LoggedCorrection) -> None:
        """A correction's quote selected in the list (a hidden one with Hidden ticked, and
        the filters cleared if they leave it out), or its speaker's quotes, or its article."""
        self.tabs.setCurrentWidget(self.stack)
        if entry.quote_id is not None:
            quote = self.library.quote(entry.quote_id)
            if quote.hidden and not self.show_hidden.isChecked():
                self.show_hidden.setChecked(True)
            self.select_quote(entry.quote_id)
            if self.current_quote_id() != entry.quote_id:
                self.clear_filters()
                self.show_hidden.setChecked(quote.hidden)
                self.select_quote(entry.quote_id)
            self.quote_view.setFocus()
        elif entry.speaker_id is not None:
            self.open_speaker(entry.speaker_id)
            self.speaker_view.setFocus()
        elif entry.article_id is not None and entry.article_id in self.library.article_ids():
            self.show_article_quotes(entry.article_id)
        else:  # its article removed, or a correction of versions across articles
            self.statusBar().showMessage(f"{entry.what}: nothing left to open", 8000)
            return
        self.statusBar().showMessage(f"Opened: {entry.what}", 8000)

    def add_quote(self, start: int, end: int, speaker_id: int | None = None) -> None:
        """A quote the machine missed, or reported speech when the text marked stands
        outside quotation marks."""
        article = self.article.article
        if article is None:
            return
        start, end = inside_marks(article.text, start, end)
        kind = marked_kind(article.text, start, end)
        what = "quote" if kind == QUOTE_KIND else "reported speech"
        shown = named(article.text[start:end], kind)
        new = ""
        if speaker_id is None:
            about = f"Add as {what}: {shown.removeprefix('Reported speech: ')}"
            chooser = SpeakerChooser(self.library, f"Attribute {what} to", self, about)
            speaker_id = chooser.speaker_id()
            new = ", a new speaker" if chooser.created else ""
        if speaker_id is not None:
            command = commands.add_quote(self.library, article.id, start, end, speaker_id, kind)
            name = self.library.speaker(speaker_id).name
            done = f"{shown} \u2014 added, attributed to {name}{new}"
            if self._push(command, done, f"{shown} \u2014 removed (added by hand)"):
                self._select_added(article.id, start, end)

    def _select_added(self, article_id: int, start: int, end: int) -> None:
        """The quote just added, selected in the list (among its article's quotes when the
        list showed someone else's) and marked in the article."""
        added = [
            q
            for q in self.library.article_quotes(article_id, ALL_KINDS)
            if q.origin == "human" and q.start < end and q.end > start
        ]
        if not added:
            return
        if added[0].kind not in self.speech.currentData():  # "Quotes" listed, speech added
            self.speech.setCurrentIndex(0)  # quotes and reported speech: it shows
        self.select_quote(added[0].id)

    def star_quote(self, quote_id: int, starred: bool) -> None:
        """Starred or not, the status bar naming which ("Star quote" alone had not)."""
        shown = quoted(self.library.quote(quote_id))
        done = f"{shown} \u2014 {'' if starred else 'un'}starred"
        undone = f"{shown} \u2014 {'no longer' if starred else 'again'} starred"
        self._push(commands.star_quote(self.library, quote_id, starred), done, undone)

    def tag_quote(self, quote_id: int, tag: str | None = None) -> None:
        if tag is None:
            tag, ok = QInputDialog.getText(self, "Tag quote", "Tag (a story, a topic):")
            if not ok:
                return
        if tag.strip():
            shown, tag = quoted(self.library.quote(quote_id)), tag.strip()
            done = f"{shown} \u2014 tagged \u201c{tag}\u201d"
            undone = f"{shown} \u2014 no longer tagged \u201c{tag}\u201d"
            self._push(commands.tag_quote(self.library, quote_id, tag), done, undone)


def speaker_change(before: SpeakerRow, name: str, role: str | None, kind: str) -> str:
    """The status line's words for a speaker's correction, saying what changed: "Bernie
    Sanders: role \u201csenator\u201d (was \u201cVermont Senator\u201d)"."""
    changes = [f"named {name}"] if name != before.name else []
    if role != before.role:
        was = f" (was \u201c{before.role}\u201d)" if before.role else ""
        changes.append(f"role \u201c{role}\u201d{was}" if role else f"no role{was}")
    if kind != before.kind:
        changes.append(f"kind {kind} (was {before.kind})")
    return f"{before.name}: {', '.join(changes)}"
