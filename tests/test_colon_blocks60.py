"""blocks60: a block of quotation after a paragraph that ends in a colon and names its
source. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story

INTRO = "As the Ledger's Mara Quinlan reported after the hearing:\n\n"


def test_a_straight_block_holding_a_curly_quotation_is_the_introducers() -> None:
    """The block's inner quotation closes first; the block is still listed, and both are
    the words of the source the colon paragraph names."""
    block = (
        '"The county spent the grant on consultants. Its filing calls the spending '
        '\u201ca prudent use of scarce funds,\u201d and the audit disagrees."'
    )
    assert speaker_in_a_story(INTRO + block, "The county spent") == "Mara Quinlan"
    assert speaker_in_a_story(INTRO + block, "a prudent use") == "Mara Quinlan"


LEAD = (
    "Sen. Ray Tolliver said on Monday that the plan would cut waiting lists in half.\n\n"
    "The Herald's analyst Nora Beck looked at the figures.\n\n"
)
BLOCK = '"The waiting lists have grown every year since 2011, and the plan adds no staff."'


@pytest.mark.parametrize(
    "intro",
    [
        "Here is the heart of her reasoning:",
        "Her verdict is short. Here is the gist of Beck's analysis:",
    ],
)
def test_the_owner_of_the_noun_a_colon_closes_speaks_the_block(intro: str) -> None:
    """A colon clause with no subject and no cue: the owner of the noun before the colon
    is whose words follow, not the speaker of the paragraph before."""
    text = LEAD + intro + "\n\n" + BLOCK
    assert speaker_in_a_story(text, "waiting lists have grown") == "Nora Beck"


def test_a_colon_clause_with_it_for_subject_leaves_the_voice_before() -> None:
    """ "Wait, it gets better:" names no one: the block after it is the last voice's."""
    text = (
        "As Nora Beck of the Herald wrote on Monday:\n\n" + BLOCK + "\n\n"
        "Wait, it gets better:\n\n"
        '"Nor does the plan say where the money for new clinics would come from."'
    )
    assert speaker_in_a_story(text, "Nor does the plan") == "Nora Beck"


def test_a_topic_label_with_no_verb_leaves_the_speaker_before() -> None:
    """ "On his captain's injury:" is what the coach goes on to talk about, no source."""
    text = (
        "Coach Dale Imrie, asked about the penalty:\n\n"
        '"I will not talk about the referee."\n\n'
        'On his captain\'s injury: "Pete is a tough man. We will know more on Monday."'
    )
    assert speaker_in_a_story(text, "tough man") == "Dale Imrie"
