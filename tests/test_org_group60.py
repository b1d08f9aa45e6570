"""orggroup60: a body of the same kind described since the name ("a group of protesters",
"the trade group for the dairy farmers") is another one, so the name named earlier does not
speak for "the group"; a person described since ("the mayor") is no such body. (The wider
window for "the group said" two paragraphs on was tried and dropped: see the report.)"""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

Q = "\u201c"
E = "\u201d"

FAR = (
    "The Harbor Tenants Union filed suit on Monday against the city's housing board.\n\n"
    "The suit says rents rose by a third in two years. The board has not answered it. "
    "Hearings begin in March, and the mayor has called for calm.\n\n"
    f"{Q}We will see them in court,{E} the union said."
)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (FAR, "see them in court", "Harbor Tenants Union"),
        ("Citizens for Clear Water bought airtime in Dayton. The spots run through "
         f"November. The mayor has not replied. {Q}Voters deserve the facts,{E} the "
         "group said.", "deserve the facts", "Citizens for Clear Water"),
    ],
)  # fmt: skip
def test_the_noun_refers_back_past_a_person(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "wrong"),
    [
        ("Pellam Foods Group cut its forecast. Later, the trade group for the dairy farmers "
         f"weighed in. {Q}Prices are out of balance,{E} the group wrote.",
         "out of balance", "Pellam Foods Group"),
        ("Citizens for Clear Water bought airtime in Dayton. Outside the studio, a group of "
         f"protesters waved signs. {Q}Shame on you,{E} the group shouted.",
         "Shame on you", "Citizens for Clear Water"),
    ],
)  # fmt: skip
def test_another_body_described_since_is_not_the_named_one(
    text: str, fragment: str, wrong: str
) -> None:
    assert _speaker(text, fragment) != wrong


def test_an_appositive_right_after_the_name_is_the_same_body() -> None:
    text = (
        "Citizens for Clear Water, a group of river guides, bought airtime in Dayton. "
        f"{Q}Voters deserve the facts,{E} the group said."
    )
    assert _speaker(text, "deserve the facts") == "Citizens for Clear Water"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("The Marlow County Board of Elections met on Friday. Later, the board of elections "
         f"ruled for him. {Q}He may stand,{E} the board said.", "He may stand",
         "Marlow County Board of Elections"),
        ("KVTN pushed back after the senator blamed the network for reporting the rumor. "
         f"In a statement, the network said his account was {Q}untrue.{E}", "untrue",
         "KVTN"),
    ],
)  # fmt: skip
def test_the_same_body_again_is_no_other(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker
