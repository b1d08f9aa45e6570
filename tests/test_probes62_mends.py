"""probes62: kinds probes101 showed, mended. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story

KOLBECK = "Iris Kolbeck"
INTERVIEW = (
    "Q&A: Mayor Iris Kolbeck on potholes\n\n"
    "Iris Kolbeck, the mayor of Fenwick, spoke with us on Friday.\n\n"
)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ('Q: You told the council in May that you would "fill every hole by fall."', KOLBECK),
        ('Q: You once said the budget was "a promise with numbers." Is it still?', KOLBECK),
        ('Q: Do you think voters will "see the difference" by fall?', None),
    ],
)  # fmt: skip
def test_a_question_quotes_the_interviewee_back_to_you(question: str, speaker: str | None) -> None:
    """A "Q:" turn's "you" as the subject of a saying verb is the interviewee, whose words
    the interviewer quotes back; a quotation no "you" is said to have said stays no one's."""
    answer = "\n\nA: Most of them. We ran out of asphalt in August."
    assert speaker_in_a_story(INTERVIEW + question + answer, question.split('"')[1][:8]) == speaker


@pytest.mark.parametrize("owner", ["Kessel's", "Kessel’s", "the senator's"])
def test_an_unlisted_given_name_set_off_after_an_owned_role_is_a_person(owner: str) -> None:
    """A name whose first word is in no list of given names ("Felicity") set off after a
    noun for a person that an owner's "'s" opens ("Kessel's press secretary, Felicity
    Abara,") names that person, as after "his" or "the": the "she" after it is hers."""
    text = (
        "Sen. Mark Kessel toured the plant. Doris Ahn, a welder, showed him around.\n\n"
        f"{owner.capitalize()} press secretary, Felicity Abara, handed out the schedule. "
        'Later she called the tour "a good start."'
    )
    assert speaker_in_a_story(text, "good start") == "Felicity Abara"
