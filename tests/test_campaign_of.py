"""orgs63: "the campaign of X" (or office, team) speaks as X's campaign, named as "the X
campaign" names it, not as X. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story

STORY = (
    "Gov. Marla Stennis and Rep. Owen Pardee met voters in Des Moines on Monday.\n\n"
    "The campaign of Marla Stennis said the crowd was “the largest of the week.”\n\n"
    "Pardee went after Stennis on taxes, with the campaign of the congressman from Ames "
    "calling her plan “a hike in disguise.”\n\n"
    "“We will carry the state,” said the campaign of Gov. Marla Stennis.\n\n"
    "The office of Rep. Owen Pardee said he “will not debate in October.”\n\n"
    "Stennis said she would “take the debate anywhere.”"
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("the largest of the week", "Stennis campaign"),
        ("a hike in disguise", "Pardee campaign"),  # the owner a nominal after "of"
        ("carry the state", "Stennis campaign"),  # inverted cue
        ("will not debate", "Pardee office"),
        ("take the debate anywhere", "Marla Stennis"),  # the person herself
    ],
)
def test_the_campaign_of_a_person_is_the_campaign(fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(STORY, fragment) == speaker
