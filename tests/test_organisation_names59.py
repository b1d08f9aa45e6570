"""orgnames59: an organisation's name is read whole where names are read: capitalised runs
joined by "for", "of" or "on" ("Citizens for Growth", "the Chamber of Commerce", "House
Select Committee on Energy Security"), a given name's possessive ("Emily's List"), an
appositive past its owner's possessive ("The AFL-CIO, the nation's largest labor
federation,"); and a capitalised head refers back to the whole name ("the Chamber said").
A person for an outlet ("Cameron Easley for Morning Consult") and an office before a name
("Secretary of State John Kerry") stay a person's."""

from __future__ import annotations

import pytest

from core.organisation_names import named_organisations
from tests.test_attribution_probes import speaker_in_a_story as _speaker

Q = "\u201c"
E = "\u201d"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (f"{Q}Every vote in this district counts,{E} Democracy for Clean Rivers said.",
         "Every vote", "Democracy for Clean Rivers"),
        (f"Veterans for Fair Pay said it would spend {Q}whatever the race takes.{E}",
         "whatever the race", "Veterans for Fair Pay"),
        (f"{Q}We are only getting started,{E} Marlene\u2019s Network said on Friday.",
         "getting started", "Marlene\u2019s Network"),
        (f"The party\u2019s youth wing, Citizens for Open Books, said: {Q}We will march.{E}",
         "We will march", "Citizens for Open Books"),
        # negatives: a person for an outlet, an office before a name
        (f"{Q}The numbers moved late,{E} said Dana Whitlock for Harbor Analytics.",
         "numbers moved", "Dana Whitlock"),
        (f"{Q}The talks will resume,{E} Secretary of State Ellen Marsh said.",
         "talks will resume", "Ellen Marsh"),
    ],
)  # fmt: skip
def test_a_name_is_read_whole(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (f"The Linden County Chamber of Commerce fought the levy. {Q}It is a mistake,{E} the "
         "Chamber said.", "a mistake", "Linden County Chamber of Commerce"),
        (f"The Alliance for Safer Roads held a vigil. {Q}We are not done,{E} the alliance "
         "said.", "not done", "Alliance for Safer Roads"),
        (f"The NWU, the country\u2019s largest writers union, backed the bill. {Q}Writers "
         f"won today,{E} the union said.", "Writers won", "NWU"),
    ],
)  # fmt: skip
def test_a_head_refers_back_to_the_whole_name(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (f"The panel met. Still, the Westbrook Council of Mayors opposed it. {Q}Leave the "
         f"levy alone,{E} it said.", "Leave the levy", "Westbrook Council of Mayors"),
        (f"As for Mr. Tanaka, the staff memo noted that {Q}morale is low.{E}",
         "morale is low", "staff memo"),
        (f"The builder, Harlow Partners of Denver, said the tower would rise. {Q}It will "
         f"last,{E} the firm said.", "It will last", "Harlow Partners"),
        (f"The poll, taken in Nevada\u2019s Democratic precincts, moved. {Q}It is "
         f"close,{E} her team said.", "It is close", "her team"),
    ],
)  # fmt: skip
def test_words_beside_a_name_stay_out_of_it(text: str, fragment: str, speaker: str) -> None:
    assert _speaker(text, fragment) == speaker


def test_the_cheap_reader_joins_runs_and_keeps_people_apart() -> None:
    text = (
        "The Senate Select Committee on Water Rights met. Dana Whitlock for Harbor "
        "Analytics spoke. The Senate on Tuesday voted."
    )
    names = [name for _, name, _ in named_organisations(text)]
    assert names == ["Senate Select Committee on Water Rights", "Senate"]
