"""Small dialogs: choose a speaker, edit a speaker, paste an article, the import report."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.document import Metadata, SpeakerKind
from core.fetch import is_url
from core.ingest import IngestReport
from core.library import Library
from core.records import SpeakerRow
from gui.article_details import ArticleFactsForm, buttons, guard
from gui.models import counted

KINDS = [kind.value for kind in SpeakerKind]


class SpeakerChooser(QDialog):
    """A name with completion over the library's speakers; a new name makes a new one.
    ``about`` says what is being attributed (a quote's first words). Enter on a name typed
    in full, or on a name picked from the completions, is the choice: one key, not two.
    A new name that begins or is part of names in the library ("Nathalie Lois", the
    first letters typed and Enter pressed for "Nathalie Loiseau") is taken at a second
    Enter: the first says it would make a new speaker, so that a name cut short is not
    stored as someone else. Rows of one name ("Trump") are listed with what tells them
    apart (role, article, quote count), and that text chooses its row; the bare name
    typed asks the same way before a second Enter takes the most quoted."""

    def __init__(
        self, library: Library, title: str, parent: QWidget | None = None, about: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.library = library
        self.created = False  # did the name typed make a new speaker
        self._confirmed = ""  # the new name a first Enter was told about
        self.name = QLineEdit()
        self.name.setPlaceholderText("A speaker's name, or a new one")
        self.name.setMinimumWidth(self.name.fontMetrics().horizontalAdvance("x" * 40))
        choices = library.speaker_choices(limit=5000)
        # rows of one name ("Trump") listed with what tells them apart, each text its row's
        self.choices = {text: speaker_id for speaker_id, _, text in choices}
        self._named = Counter(name.casefold() for _, name, _ in choices)
        self.completer = completer = QCompleter([text for _, _, text in choices], self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.name.setCompleter(completer)
        longest = max(
            (self.name.fontMetrics().horizontalAdvance(t) for t in self.choices), default=0
        )
        # the list as wide as its longest text, up to twice the box: what tells two apart
        # comes last, and is what an elided row would lose
        completer.popup().setMinimumWidth(min(longest + 40, 2 * self.name.minimumWidth()))
        # the completions' popup takes the first Enter: a name picked or typed is chosen
        completer.activated.connect(lambda text: (self.name.setText(text), self._enter()))
        self.name.returnPressed.connect(self._enter)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.name.textEdited.connect(lambda _: self.note.hide())
        form = QFormLayout(self)
        if about:
            label = QLabel(about)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            form.addRow(label)
        form.addRow("Speaker", self.name)
        form.addRow(self.note)
        form.addRow(buttons(self))

    def _enter(self) -> None:
        if self.name.text().strip() and self.isVisible():
            self.accept()

    def accept(self) -> None:  # Enter in the box, or OK
        if self._ready():
            super().accept()

    def _ready(self) -> bool:
        """False, with a note saying why, for a new name like names in the library, or a
        name several rows share, that no Enter has yet confirmed."""
        name = self.name.text().strip()
        if not name or name == self._confirmed or name in self.choices:
            return True
        named = self._named[name.casefold()]
        if named < 2 and self.library.find_speaker(name) is not None:
            return True
        self.completer.setCompletionPrefix(name)
        similar = self.completer.completionCount()
        if not similar:
            return True
        # confirmed from the next key on: one Enter reaches both the box and the default
        # button (OK), and the second must not count as a second Enter
        QTimer.singleShot(0, lambda: setattr(self, "_confirmed", name))
        self.note.setText(
            f"{named} speakers are called \u201c{name}\u201d: Down to pick one, or Enter"
            " again for the most quoted."
            if named > 1
            else f"\u201c{name}\u201d is not in the library; {counted(similar, 'speaker')} "
            f"{'has' if similar == 1 else 'have'} a name like it: Down to pick one, "
            "or Enter again for a new speaker."
        )
        self.note.show()
        self.adjustSize()  # the note whole, however it wraps
        # the names like it again, for Down to reach (once the completer has closed its
        # list on this Enter)
        QTimer.singleShot(0, self.completer.complete)
        return False

    def speaker_id(self) -> int | None:
        """The chosen speaker, created when the name is new; None if cancelled or empty."""
        if self.exec() != QDialog.DialogCode.Accepted or not self.name.text().strip():
            return None
        name = self.name.text().strip()
        found = self.choices.get(name) or self.library.find_speaker(name)
        if found is not None:
            return found
        self.created = True
        return self.library.create_speaker(name)


class SpeakerEditor(QDialog):
    """Name, role and kind of a speaker."""

    def __init__(self, speaker: SpeakerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Edit {speaker.name}")
        self.name = QLineEdit(speaker.name)
        self.role = QLineEdit(speaker.role or "")
        self.kind = QComboBox()
        self.kind.addItems(KINDS)
        self.kind.setCurrentText(speaker.kind)
        form = QFormLayout(self)
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        form.addRow("Kind", self.kind)
        form.addRow(buttons(self))
        self.resize(460, self.sizeHint().height())

    def values(self) -> tuple[str, str | None, str]:
        return self.name.text().strip(), self.role.text().strip() or None, self.kind.currentText()


class PasteDialog(QDialog):
    """Text pasted from a browser, with the facts a citation needs (the date read as
    written; OK waits for a date and a link it can use)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste article")
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(
            "Paste the article\u2019s text here (Ctrl+V), then give its title, author, outlet"
            " and date below for its citations."
        )
        self.facts = ArticleFactsForm()
        box = buttons(self)
        guard(self.facts, box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.facts)
        layout.addWidget(box)
        self.resize(640, 560)

    def metadata(self) -> Metadata:
        return self.facts.metadata()


class LinkDialog(QDialog):
    """The address of a web page to import, or of a feed whose every item to import."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import from link")
        self.address = QLineEdit()
        self.address.setPlaceholderText("https://")
        self.address.setMinimumWidth(420)
        self.feed = QCheckBox("An RSS or Atom feed: import the page of every item")
        box = buttons(self)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Import")
        ok.setEnabled(False)
        self.address.textChanged.connect(lambda text: ok.setEnabled(is_url(text)))
        form = QFormLayout(self)
        form.addRow("Address", self.address)
        form.addRow(self.feed)
        form.addRow(box)

    def url(self) -> str:
        return self.address.text().strip()


def report_html(report: IngestReport) -> str:
    """The import report: what came in, what was there already, what failed and why."""
    import html

    rows = [f"<p><b>{html.escape(report.summary)}</b></p>"]
    if report.failed:
        rows.append("<p>Failed:</p><ul>")
        rows += [f"<li>{html.escape(reason)}</li>" for _, reason in report.failed]
        rows.append("</ul>")
    if report.warnings:
        rows.append("<p>Imported with a repair:</p><ul>")
        rows += [f"<li>{html.escape(warning)}</li>" for warning in report.warnings]
        rows.append("</ul>")
    if report.duplicates:
        rows.append("<p>Already in the library:</p><ul>")
        rows += [f"<li>{html.escape(path)}</li>" for path in report.duplicates]
        rows.append("</ul>")
    return "".join(rows)


class ReportDialog(QDialog):
    def __init__(self, report: IngestReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setHtml(report_html(report))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        box.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(box)
        self.resize(560, 360)
