"""Whose words a quotation is when the cue nearest it stands in another clause: a fronted
subordinate clause, or a relative clause in a fronted phrase, set off by a comma before
the main clause that holds the quotation. The main clause's subject uses the words (on
sentences written for the test; in train the rule moves 2 quotations, both right)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import decided


def speaker(text: str, fragment: str) -> tuple[str | None, str]:
    """The name of the speaker of the quotation holding ``fragment``, and the sieve."""
    _, person, sieve = decided(text, fragment)
    return person, sieve


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The emails came out on Friday. While Ellery Marsh proclaims the plan a "
            "\u201ctriumph of design,\u201d Dana Kovac fixates on the \u201cbudget\u201d line.",
            "budget",
            "Dana Kovac",
        ),
        (
            "The tapes were played in court. In a speech that Judge Ira Bell called \u201creckless,"
            "\u201d Tom Varga expressed a desire to \u201ctear the agency down.\u201d",
            "tear the agency",
            "Tom Varga",
        ),
    ],
)
def test_the_main_clause_subject_speaks_past_a_clause_set_off(
    text: str, fragment: str, name: str
) -> None:
    assert speaker(text, fragment) == (name, "clause")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (  # "As X noted, ...": X's words follow
            "The mayor spoke on Monday. As Ellery Marsh noted, Dana Kovac has been "
            "\u201cless than honest\u201d about the budget.",
            "less than honest",
            "Ellery Marsh",
        ),
        (  # the quotation inside the subordinate clause, the content of its verb
            "The vote was close. While Ellery Marsh said that Dana Kovac was \u201ca fine "
            "mayor,\u201d the council disagreed.",
            "a fine mayor",
            "Ellery Marsh",
        ),
    ],
)
def test_a_clause_that_carries_the_words_keeps_its_speaker(
    text: str, fragment: str, name: str
) -> None:
    found, sieve = speaker(text, fragment)
    assert found == name
    assert sieve != "clause"


def test_a_thing_as_the_main_clause_subject_speaks_no_words() -> None:
    text = (
        "The mayor spoke on Monday. While Ellery Marsh proclaims the plan a \u201ctriumph of "
        "design,\u201d the budget remains \u201ca mess\u201d for the town."
    )
    assert speaker(text, "a mess")[1] != "clause"
