"""A demonstrative "that" with only when or where after it is the object of its cue, not
the opening of a clause: the content is "that" ("Ruiz proposed [that] in 2014"), as PolNeAR
annotates it, not "that in 2014", a fragment a reporter cannot read (sentences written for
the tests; the first four fail on main cd12b808). A "that" opening a clause keeps it, and
so does one whose phrase goes on as a complement ("described that as a mistake")."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.statements import StatementKind


def _reported(sentence: str) -> list[tuple[str | None, str]]:
    """The cue and the content of each reported statement."""
    return [
        (s.cue, s.text) for s in extract(sentence).statements if s.kind is StatementKind.REPORTED
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Governor Ruiz proposed just that in 2014.", "proposed", "that"),
        ("The mayor hinted at that in a radio interview on Monday.", "hinted at", "that"),
        ("Ms. Okafor told me that in private.", "told", "that"),
        ("Lee has said that in 2012.", "said", "that"),
        (
            "Senator Dale said that in 2012 the fund had run dry.",
            "said",
            "that in 2012 the fund had run dry",
        ),
        ("Ms. Okafor described that as a mistake.", "described", "that as a mistake"),
    ],
)
def test_a_demonstrative_object_stands_alone(sentence: str, cue: str, content: str) -> None:
    assert _reported(sentence) == [(cue, content)]
