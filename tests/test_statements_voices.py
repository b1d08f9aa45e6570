"""Who a reported statement's source is when the grammar first finds someone else
(sentences written for the tests; each fails on main 542b672):

- the agent after "by" of a passive participle with no "be" ("a tactic seen by her
  advisers as ...") says it, not the noun the participle follows;
- a fragment of a hyphened word ("-constant" of "near-constant") is no source: the
  statement has none, and the quotations it holds are still quotations, of no one."""

from __future__ import annotations

from core.extract import extract


def _sources(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.cue, s.speaker and s.speaker.name) for s in extract(text).statements]


def test_the_agent_of_a_passive_participle_is_the_source() -> None:
    text = (
        "Senator Ada Voss met donors on Friday. The meeting will also cover a write-in drive,"
        " a tactic seen by her advisers as a \u201clast resort\u201d for the party."
    )
    assert ("seen by", "her advisers") in _sources(text)


def test_a_fragment_of_a_hyphened_word_says_nothing() -> None:
    text = (
        "There were near-constant shouts of \u201cFour more years\u201d and \u201cWe love you,"
        " Dana\u201d as she passed."
    )
    analysis = extract(text)
    assert [s.speaker for s in analysis.statements] == [None]
    assert [(q.text, q.speaker) for q in analysis.quotes] == [
        ("Four more years", None),
        ("We love you, Dana", None),
    ]
