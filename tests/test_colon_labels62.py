"""colon62: a label before a colon that names its speaker and goes on with a party-state
tag or a verbless aside ("Rep. Ana Ruiz, D-Texas, on the vote: “...”"). The tag is the
speaker's role and the aside says where, when or as what they spoke; neither is the
speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from core.labels import colon_label
from core.nlp import tagged
from tests.test_attribution_probes import speaker_in_a_story

LEAD = "The Senate voted 52-48 on Tuesday to confirm the nominee, said Jane Orloff.\n\n"
WORDS = "\u201cThis was a long time coming.\u201d"


@pytest.mark.parametrize(
    ("label", "speaker"),
    [
        ("Rep. Lena Obi, D-Ore., on the vote:", "Lena Obi"),
        ("Rep. Lena Obi, D-Ore.:", "Lena Obi"),
        ("Sen. Hal Benning, R-Texas:", "Hal Benning"),
        ("House Ways and Means Chairman Hal Benning, R-Texas:", "Hal Benning"),
        ("Gov. Rita Sandell (D-Wash.), in a statement:", "Rita Sandell"),
        ("Sen. Tom Ekdahl (R-Mont.), the bill\u2019s sponsor:", "Tom Ekdahl"),
        ("Former Gov. Ned Farrow (D-Md.), ending his campaign:", "Ned Farrow"),
        ("Labor Secretary Ana Paredes, on MSNBC:", "Ana Paredes"),
        ("Ana Paredes, after the hearing:", "Ana Paredes"),
        ("The White House, in a statement:", "White House"),
    ],
)
def test_a_label_names_its_speaker_past_a_tag_or_an_aside(label: str, speaker: str) -> None:
    """The name before the tag or the aside is the speaker, not the tag nor the noun of
    the aside, nor the speaker of the paragraph before."""
    assert speaker_in_a_story(LEAD + label + " " + WORDS, "long time") == speaker


@pytest.mark.parametrize(
    "label",
    [
        "2. On schools:",  # a topic heading stays no one's
        "Sen. Hal Benning, who voted no, put it this way:",  # a clause: its own reading
    ],
)
def test_labels_that_are_not_a_name_and_an_aside_are_left(label: str) -> None:
    """A heading, or a label holding a verb, is not read as a name with an aside."""
    tokens = tagged(label, 0, len(label))
    found = colon_label(tokens)
    words = [] if found is None else [t.text for t in tokens[found[0] : found[1]]]
    assert words != ["2."] and "who" not in words
