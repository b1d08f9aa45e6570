"""An article's facts as a form: title, author, outlet, date and link, checked as typed.

Used by the Article details dialog and the paste dialog. The date is read as it is
written ("Sept. 30, 2016", "30/09/2016", "September 2016") and the form says how it was
read, or that it cannot be; a link must be http(s). OK stays disabled until both are
right, so a citation never gets a date it cannot use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.dates import DateError, read_date, written_date
from core.document import Metadata
from core.markup import safe_url
from core.records import ArticleRow

ERROR_STYLE = "color: #c62828"


class ArticleFactsForm(QWidget):
    """The five facts a citation needs; ``metadata()`` gives them once ``ok()``."""

    changed = Signal()

    def __init__(self, facts: Metadata | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        facts = facts or Metadata()
        self.title = QLineEdit(facts.title or "")
        self.author = QLineEdit(facts.author or "")
        self.author.setPlaceholderText("Jane Doe and John Roe, or an organisation")
        self.outlet = QLineEdit(facts.outlet or "")
        self.published = QLineEdit(facts.published or "")
        self.published.setPlaceholderText("2016-09-30, Sept. 30, 2016 or September 2016")
        self.url = QLineEdit(facts.url or "")
        self.url.setPlaceholderText("https://\u2026")
        self.date_note, self.url_note = _plain_label(), _plain_label()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("Title", self.title)
        form.addRow("Author", self.author)
        form.addRow("Outlet", self.outlet)
        form.addRow("Date", self.published)
        form.addRow("", self.date_note)
        form.addRow("URL", self.url)
        form.addRow("", self.url_note)
        for field in (self.title, self.author, self.outlet, self.published, self.url):
            field.textChanged.connect(self._check)
        self._check()

    def date(self) -> str | None:
        """The date as an ISO date; raises DateError when it cannot be read."""
        typed = self.published.text().strip()
        return read_date(typed) if typed else None

    def ok(self) -> bool:
        return not self.date_note.property("error") and not self.url_note.property("error")

    def metadata(self) -> Metadata:
        """The facts as typed, the date read into ISO (call only when ``ok()``)."""
        return Metadata(
            title=self.title.text().strip() or None,
            outlet=self.outlet.text().strip() or None,
            author=self.author.text().strip() or None,
            published=self.date(),
            url=self.url.text().strip() or None,
        )

    def _check(self) -> None:
        try:
            iso = self.date()
            _note(self.date_note, f"Read as {written_date(iso)}" if iso else "", error=False)
        except DateError as error:
            _note(self.date_note, f"Cannot read this date: {error}", error=True)
        url = self.url.text().strip()
        bad_url = bool(url) and safe_url(url) is None
        _note(self.url_note, "Only http:// and https:// links" if bad_url else "", error=bad_url)
        self.changed.emit()


def _plain_label(text: str = "") -> QLabel:
    """A label that shows its text literally (a path or a typed date may hold "<b>")."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _note(label: QLabel, text: str, *, error: bool) -> None:
    label.setText(text)
    label.setVisible(bool(text))
    label.setProperty("error", error)
    label.setStyleSheet(ERROR_STYLE if error else "")


def buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def guard(form: ArticleFactsForm, box: QDialogButtonBox) -> None:
    """Keep OK disabled while the form holds a date or link it cannot use."""
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    form.changed.connect(lambda: ok.setEnabled(form.ok()))
    ok.setEnabled(form.ok())


class ArticleDetailsDialog(QDialog):
    """Article details…: the facts of one article, to correct them."""

    def __init__(self, article: ArticleRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article details")
        self.form = ArticleFactsForm(
            Metadata(article.title, article.outlet, article.author, article.published, article.url)
        )
        origin = _plain_label(_origin(article))
        origin.setEnabled(False)  # read-only facts, shown dimmed
        box = buttons(self)
        guard(self.form, box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(origin)
        layout.addWidget(box)
        self.resize(560, self.sizeHint().height())

    def metadata(self) -> Metadata:
        return self.form.metadata()


def _origin(article: ArticleRow) -> str:
    """Where the article came from and when, as plain text."""
    source = article.source_path or "pasted text"
    return f"Imported from {source} ({article.format}) on {article.imported_at[:10]}."
