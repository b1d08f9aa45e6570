"""A definite description that names an organisation by the kind its name ends in: "the
ferry line" after "Sound Island Ferries", "the market" after "Linden Grove Markets" (the
head, or the first of two words before a head no agent noun, is the name's last word,
singular or plural). Sentences written for these tests."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"

FERRIES = (
    "Harbor Point Ferries said on Monday that storms had forced it to cancel 80 sailings."
    + N
    + "“Our boats stay in port until the wind drops,” the ferry line said."
)


def test_the_kind_before_a_head_refers_to_the_named_organisation() -> None:
    """ "the ferry line said" and then "it said": Harbor Point Ferries (main: "ferry line",
    a description of its own, and "it" the same)."""
    text = (
        FERRIES
        + N
        + "The ferry line said it would refund tickets. “Every ticket will be repaid,” it said."
    )
    assert _speaker(text, "Our boats stay") == "Harbor Point Ferries"
    assert _speaker(text, "Every ticket") == "Harbor Point Ferries"


def test_the_kind_as_head_refers_to_the_named_organisation() -> None:
    """ "the market said" after "Linden Grove Markets": the grocer (main: "market")."""
    text = (
        "Linden Grove Markets said on Friday that it had pulled its bagged lettuce from 40 stores."
        + N
        + "“No customer has fallen ill,” the market said."
    )
    assert _speaker(text, "No customer") == "Linden Grove Markets"


def test_an_agent_noun_after_the_kind_is_another() -> None:
    """Guard (passes on main too): "the ferry regulator" is not the ferry line."""
    text = FERRIES + N + "“We are looking at every cancellation,” the ferry regulator said."
    assert _speaker(text, "every cancellation") != "Harbor Point Ferries"
