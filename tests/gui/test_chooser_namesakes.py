""" "Attribute to..." (Ctrl+R) over several rows of one name: each listed with what tells
it apart, and the one picked is the one attributed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from core.document import Analysis, Metadata, Quote, Span
from core.library import Library
from gui.dialogs import SpeakerChooser
from gui.main_window import MainWindow
from tests.gui.test_corrections import choose_in_menu, choose_speaker, quote_menu


def four_trumps(lib: Library) -> list[int]:
    """Four rows named "Trump": two told apart by their roles, two with no role and one
    quote each, in two articles (their latest article tells them apart)."""
    president = lib.create_speaker("Trump", role="President of the United States")
    developer = lib.create_speaker("Trump", role="property developer")
    first, second = lib.create_speaker("Trump"), lib.create_speaker("Trump")
    text = "Tower plans\n\n\u201cThe tower will rise by spring and stand for a century,\u201d."
    start = text.index("The tower")
    end = start + len("The tower will rise by spring and stand for a century,")
    quote = Quote(Span(start, end), text[start:end])
    lib.add_article(Analysis(text, quotes=(quote,), metadata=Metadata(title="Tower plans")))
    [tower] = [q for q in lib.quotes() if q.text.startswith("The tower")]
    demo = next(q for q in lib.quotes() if q.speaker_name == "Josep Borrell")
    lib.reassign_quote(tower.id, second)
    lib.reassign_quote(demo.id, first)
    return [president, developer, first, second]


def test_rows_of_one_name_are_listed_with_what_tells_them_apart(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    lib = window.library
    trumps = four_trumps(lib)
    dialog = SpeakerChooser(lib, "Attribute to", window)
    qtbot.addWidget(dialog)
    completer = dialog.name.completer()
    completer.setCompletionPrefix("trump")
    listed = [completer.completionModel().index(n, 0).data() for n in range(4)]
    assert completer.completionCount() == 4
    assert len(set(listed)) == 4, f"rows of one name read alike: {listed}"
    assert all(text.startswith("Trump \u2014 ") for text in listed)
    told = {dialog.choices[text]: text for text in listed}
    assert set(told) == set(trumps)
    assert "President of the United States" in told[trumps[0]]
    assert "property developer" in told[trumps[1]]
    assert "1 quote" in told[trumps[2]] and "1 quote" in told[trumps[3]]
    assert "\u201cTower plans\u201d" in told[trumps[3]]
    assert "\u201cTower plans\u201d" not in told[trumps[2]]
    assert dialog.choices["Josep Borrell"] == lib.find_speaker("Josep Borrell")  # one: bare


def test_the_trump_picked_is_the_one_attributed(window: MainWindow) -> None:
    lib = window.library
    developer = four_trumps(lib)[1]
    window.speech.setCurrentIndex(window.speech.findText("Quotes"))
    window.select_speaker(lib.find_speaker("Danno Pevkur"))
    window.quote_view.setCurrentIndex(window.quotes.index(0, 0))
    quote_id = window.current_quote_id()
    assert quote_id is not None
    choose_in_menu("Attribute to\u2026")
    choose_speaker("Trump \u2014 property developer, 0 quotes")
    quote_menu(window)
    assert lib.quote(quote_id).speaker_id == developer
    assert len(lib.speakers_named("Trump")) == 4  # no new speaker named after the list's text
    assert not lib.speakers_named("Trump \u2014 property developer, 0 quotes")


def test_a_bare_name_several_rows_share_asks_which(
    window: MainWindow,
    qtbot,  # noqa: ANN001
) -> None:
    four_trumps(window.library)
    dialog = SpeakerChooser(window.library, "Attribute to", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name.setText("Trump")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible(), "one Enter took one of four Trumps unasked"
    assert dialog.note.text().startswith("4 speakers are called \u201cTrump\u201d")
    QApplication.processEvents()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # again: the most quoted
    assert dialog.result() == QDialog.DialogCode.Accepted
