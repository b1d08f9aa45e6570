""" "Why this speaker?": the evidence of a quote's attribution, shown in the article.

On request (the quote's context menu, or Ctrl+Shift+E) the article view marks the cue
("said", "according to"), the mention the attribution rests on ("he"), the earlier
naming that mention refers to ("Josep Borrell") and, lightly, the other candidates the
sieves found in reach; a line over the text says who decided and how. Selecting another
quote, the line's Hide link or Escape puts the view back as it was.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit

from core.evidence import explain
from core.library import Library
from core.records import QuoteEvidence
from gui.article_view import ArticleView

SHORTCUT = "Ctrl+Shift+E"
MARKS = {  # part: (light colour, dark colour, what the legend calls it)
    "cue": ("#bbdefb", "#1e4f7a", "cue"),
    "mention": ("#a5d6a7", "#2e6b34", "speaker mention"),
    "refers_to": ("#e1bee7", "#5e3270", "refers to"),
    "candidate": ("#e0e0e0", "#4a4a4a", "other candidates"),
}


class WhySpeaker(QObject):
    """Explains one quote at a time in an :class:`ArticleView`."""

    def __init__(self, library: Library, article: ArticleView) -> None:
        super().__init__(article)
        self.library = library
        self.article = article
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.banner.linkActivated.connect(lambda _: self.dismiss())
        self.banner.setContentsMargins(8, 4, 8, 4)
        self.banner.setObjectName("whySpeaker")
        self.banner.hide()
        article.layout().insertWidget(1, self.banner)
        # the explanation belongs to the quote it marks: gone with it, whether another
        # quote is read, a timeline point opens one the list leaves out, or a search
        # empties the list ("No quote to show." under a stale "Why this speaker?")
        article.changed.connect(self.clear)
        # Escape takes it away where it was asked for (the list, the article): only while
        # shown, so that Escape keeps its other uses (emptying a search box) the rest
        self.dismiss_action = QAction("Hide the explanation", article, shortcut=QKeySequence("Esc"))
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.dismiss_action.setEnabled(False)
        self.dismiss_action.triggered.connect(self.dismiss)
        article.addAction(self.dismiss_action)
        self.marked: dict[str, list[tuple[int, int]]] = {}  # part -> spans shown

    def action(self, parent: QObject, current_quote: Callable[[], int | None]) -> QAction:
        """The "Why this speaker?" action, explaining the quote ``current_quote`` gives."""
        act = QAction("Why this speaker?", parent, shortcut=QKeySequence(SHORTCUT))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda: self.explain(current_quote()))
        return act

    def explain(self, quote_id: int | None) -> str | None:
        """Mark the evidence of quote ``quote_id`` and show its line; returns the line."""
        if quote_id is None:
            return None
        found = self.library.quote_evidence(quote_id)
        if found is None:
            return None
        line = explanation(found, self.library.quote(quote_id).reported)
        self.marked = marks(found)
        self._paint()
        self.banner.setText(
            f"<b>Why this speaker?</b> {html.escape(line)}"
            f"<br>{self._legend()}&nbsp; <a href='hide'>Hide</a>"  # beside the short legend
        )
        self.banner.show()
        self.dismiss_action.setEnabled(True)
        return line

    def clear(self) -> None:
        """Forget the explanation (the view repaints itself)."""
        self.marked = {}
        self.banner.hide()
        self.dismiss_action.setEnabled(False)

    def dismiss(self) -> None:
        """Hide the explanation and its marks, the quote still read (Hide, Escape)."""
        view = self.article.text
        view.setExtraSelections(
            [
                selection
                for selection in view.extraSelections()
                if not selection.format.property(QTextCharFormat.Property.UserProperty + 1)
            ]
        )
        self.clear()

    def _dark(self) -> bool:
        return self.article.palette().color(QPalette.ColorRole.Base).lightness() < 128

    def _legend(self) -> str:
        dark = self._dark()
        return " ".join(
            f"<span style='background:{MARKS[part][1 if dark else 0]}'>&nbsp;"
            f"{MARKS[part][2]}&nbsp;</span>"
            for part in MARKS
            if self.marked.get(part)
        )

    def _paint(self) -> None:
        view = self.article.text
        dark = self._dark()
        selections = list(view.extraSelections())
        for part in ("candidate", "refers_to", "mention", "cue"):  # the last drawn wins
            for start, end in self.marked.get(part, ()):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(view.document())
                cursor.setPosition(view.offsets.to_qt(start))
                cursor.setPosition(view.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(MARKS[part][1 if dark else 0]))
                fmt.setFontUnderline(part in {"cue", "mention"})
                fmt.setProperty(QTextCharFormat.Property.UserProperty + 1, part)
                selection.format = fmt
                selections.append(selection)
        view.setExtraSelections(selections)

    def shown(self) -> dict[str, list[tuple[int, int]]]:
        """The spans marked in the view now, by part (for tests and checks)."""
        out: dict[str, list[tuple[int, int]]] = {}
        view = self.article.text
        for selection in view.extraSelections():
            part = selection.format.property(QTextCharFormat.Property.UserProperty + 1)
            if part:
                c = selection.cursor
                span = (
                    view.offsets.from_qt(c.selectionStart()),
                    view.offsets.from_qt(c.selectionEnd()),
                )
                out.setdefault(part, []).append(span)
        return out


def marks(found: QuoteEvidence) -> dict[str, list[tuple[int, int]]]:
    """The spans to mark for a stored quote's evidence, by part."""
    out: dict[str, list[tuple[int, int]]] = {}
    if found.cue is not None:
        out["cue"] = [(found.cue.start, found.cue.end)]
    if found.mention is not None:
        out["mention"] = [(found.mention.start, found.mention.end)]
    evidence = found.evidence or {}
    if refers := evidence.get("refers_to"):
        out["refers_to"] = [(refers["start"], refers["end"])]
    chosen = out.get("mention", [])
    others = [(c["start"], c["end"]) for c in evidence.get("candidates") or ()]
    if others := [span for span in others if span not in chosen]:
        out["candidate"] = others
    return out


def explanation(found: QuoteEvidence, reported: bool = False) -> str:
    """The one line for a stored quote: the machine's reasons, and any reporter's change.
    Reported speech keeps no reasons (only its cue and mention): re-analysing would not
    bring them, so the line does not send the reporter to do it."""
    if found.origin == "human":
        return f"Marked by a reporter as said by {found.speaker_name or 'nobody'}."
    if found.evidence is None and reported:
        marked = "; its cue and speaker mention are marked" if found.cue or found.mention else ""
        return f"On Record keeps no reasons for reported speech{marked}."
    if found.evidence is None:
        return "This quote was stored before On Record kept its reasons; re-analyse the library."
    # said afresh from the evidence: a line stored by an earlier version may be worded
    # as no longer (a raw "margin 71.4")
    line = explain(found.evidence, found.evidence.get("speaker", found.speaker_name))
    if found.speaker_name != found.evidence.get("speaker"):
        now = found.speaker_name or "nobody"
        line = f"A reporter attributed it to {now}. The machine had said: {line}"
    return line
