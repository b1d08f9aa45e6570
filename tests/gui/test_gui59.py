"""What gui58's tour left (gui59): each test drives the window as a reporter would and
failed before its mend."""

from __future__ import annotations

from collections.abc import Callable

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind, Statement
from core.document import StatementKind as Kind
from core.library import Library
from gui.main_window import MainWindow
from tests.gui.test_corrections import select_speaker

POE = Speaker("Tom Poe", SpeakerKind.PERSON, "person:tom poe")


def said(date: str, words: str, role: str, kind: Kind = Kind.DIRECT) -> Analysis:
    """A one-paragraph article in which Tom Poe, ``role``, says ``words`` (a quote) or
    is reported to have said them."""
    if kind is Kind.DIRECT:
        text = f"\u201c{words}\u201d said Tom Poe, the {role}.\n"
    else:
        text = f"Tom Poe, the {role}, said that {words}.\n"
    start = text.index(words)
    span = Span(start, start + len(words))
    mention = Span(text.index("Tom Poe"), text.index("Tom Poe") + 7)
    meta = Metadata(title=f"County news of {date}", published=date)
    if kind is Kind.DIRECT:
        quote = Quote(span, words, POE, mention, "said", role=role)
        statement = Statement(kind, (span,), words, POE, mention, "said", role=role)
        return Analysis(text, meta, quotes=(quote,), statements=(statement,))
    return Analysis(
        text, meta, statements=(Statement(kind, (span,), words, POE, mention, "said", role=role),)
    )


def test_the_timeline_tells_the_roles_the_panel_above_it_lists(
    library: Library,
    make_window: Callable[[Library], MainWindow],
) -> None:
    """Quoted as treasurer, then only reported as commissioner and as senator: the
    panel listed three roles while the timeline, which read the roles of the quotes'
    articles alone, said one ("34 quotes …" and no change). It plots reported
    statements too, marked apart, and its summary counts the panel's roles."""
    library.add_article(said("2016-01-12", "The books balance to the cent", "county treasurer"))
    library.add_article(
        said("2016-05-03", "the levy would pass", "county commissioner", Kind.REPORTED)
    )
    library.add_article(
        said("2016-10-20", "the road fund was safe", "state senator", Kind.REPORTED)
    )
    window = make_window(library)
    select_speaker(window, "Tom Poe")
    panel = window.speaker_panel.text()
    assert all(
        role in panel for role in ("county treasurer", "county commissioner", "state senator")
    )
    timeline = window.timeline
    assert [r.role for r in timeline.timeline.roles] == [
        "county treasurer", "county commissioner", "state senator",
    ]  # fmt: skip
    summary = timeline.summary.text()
    assert "1 quote and \u25c7 2 reported statements, 2016-01-12 to 2016-10-20" in summary
    assert "the role changed 2 times" in summary
    plot = timeline.plot
    assert plot is not None and plot.isVisible()
    assert sorted(len(s.data) for s in plot.scatters) == [1, 2]  # two kinds, two markers
