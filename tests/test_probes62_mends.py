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
