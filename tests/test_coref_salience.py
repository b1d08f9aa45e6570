"""Whom a pronoun means where the subject of the sentence before it is a person whose sex
the article does not give (a first name on no list) and a man of the pronoun's sex was
named more often before them (coref38; train: "Raynard Jackson, a black Republican
campaign consultant ..., is a Virginia resident who crossed party lines to vote for Obama
.... “...,” he said" went to Obama)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

OBAMA = (
    "Barack Obama won Iowa. Obama then won Idaho, and Obama said it changed everything. "
    "Obama thanked his volunteers.\n\n"
)
JACKSON = (  # over 300 characters, so not "just named" by distance alone
    "Raynard Jackson, a black Republican campaign consultant and the host of a satellite "
    "radio show that runs every weekday evening across the South, is a Virginia resident "
    "who crossed party lines to vote for Obama in the state primary, but was uncommitted in "
    "the general election"
)
QUOTE = "\u201cThe whole tide turned in Iowa,\u201d he said."


@pytest.mark.parametrize(
    "text",
    [
        OBAMA + JACKSON + " and stayed home. " + QUOTE,  # the subject right before
        OBAMA + JACKSON + ". He stayed home in November. " + QUOTE,  # past the same pronoun
        OBAMA + JACKSON + ". \u201cI stayed home.\u201d " + QUOTE,  # past a quotation alone
    ],
)
def test_a_pronoun_means_the_subject_just_before(text: str) -> None:
    assert _speaker(text, "tide") == "Raynard Jackson"


@pytest.mark.parametrize(
    "text",
    [
        # a subject of the pronoun's sex comes between: the nearer one
        OBAMA + JACKSON + ". Later Obama spoke to the crowd in Des Moines for an hour and "
        "thanked his supporters. " + QUOTE,
        # the pronoun's own sentence names him before it
        OBAMA + JACKSON + ". Obama's speech is under discussion, but he has said that "
        "\u201cthe whole tide turned in Iowa.\u201d",
    ],
)
def test_the_more_mentioned_keeps_it_where_he_comes_between(text: str) -> None:
    assert _speaker(text, "tide") == "Barack Obama"
