"""blocks60: a block of quotation after a paragraph that ends in a colon and names its
source. Sentences written for these tests."""

from __future__ import annotations

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
