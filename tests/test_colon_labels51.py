"""transcript51: labels before a colon and listed voices, on invented newsletters, feeds and
street interviews.

- A name set off from the clause before by a spaced dash or an ellipsis, right before the
  colon that opens a quotation, labels whose the quotation is, over a cue in the clause
  ("But the polls did predict the race - PollWatch: “...”", "he tweeted about ... Corbin
  Vale: “...”"), as a newsletter or a transcript sets out its sources.
- "“...,” was another." after "“...,” read one.": each of the listed messages or voices is
  its own unnamed source, as "another said" is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from core.extract import extract
from core.labels import colon_label
from core.nlp import tagged
from tests.test_attribution_probes import speaker_in_a_story

NEWSLETTER = (
    "PollWatch: the week in surveys\n\n"
    "Every week PollWatch gathers what the pollsters and the analysts say.\n\n"
    "But the polls did predict the mayoral race - PollWatch: \u201cMost pollsters fared much "
    "better with the mayoral results.\u201d [PollWatch.]\n\n"
    "Turnout models failed again - Nadia Ferro: \u201cNobody modelled the snow.\u201d "
    "[Ferro Report.]\n"
)

FEED = (
    "Reading the senator's feed\n\n"
    "Psychologist Dan Orwell has studied Senator Corbin Vale for a decade, he writes in a "
    "new book.\n\n"
    "The senator's Twitter feed serves as a direct line to his mind, so it was no surprise "
    'that soon after the storm he tweeted about ... Corbin Vale: "Appreciate the praise '
    'for being right on the levees." Anyone expecting a change should wait, Orwell writes.\n'
)

BANNERS = (
    "Banners over the fair\n\n"
    "Planes towed banners over the Marlow county fair on Saturday.\n\n"
    "\u201cVale for mayor!\u201d read one. \u201cAnyone but Vale,\u201d was another. "
    "\u201cVote Ruiz,\u201d was a third.\n"
)

VOICES = (
    "Voters weigh in\n\n"
    "Outside the hall in Marlow, voters were split on Senator Corbin Vale.\n\n"
    "\u201cHe has my vote,\u201d one said. \u201cNever again,\u201d another said. "
    "\u201cI haven't decided,\u201d a third added.\n"
)


def _speakers(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each quotation's first words, with its speaker's name and the mention's words."""
    return {
        q.text.split()[0]: (
            q.speaker.name if q.speaker else None,
            text[q.mention.start : q.mention.end] if q.mention else None,
        )
        for q in extract(text).quotes
    }


def test_a_newsletter_label_after_a_dash_is_the_speaker_over_a_cue_before_it() -> None:
    """The clause before the dash has a cue ("did predict") whose subject ("the polls")
    is no source: the label after the dash names whose words follow."""
    found = _speakers(NEWSLETTER)
    assert found["Most"] == ("PollWatch", "PollWatch")
    assert found["Nobody"] == ("Nadia Ferro", "Nadia Ferro")


def test_a_label_after_an_ellipsis_is_the_speaker_over_the_pronoun_before_it() -> None:
    """ "he tweeted about ... Corbin Vale:" quotes the tweet under its author's name; the
    "he" the coreference gives to the psychologist is not the speaker."""
    assert _speakers(FEED)["Appreciate"] == ("Corbin Vale", "Corbin Vale")


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("Turnout models failed again - Nadia Ferro:", ["Nadia", "Ferro"]),
        ("He tweeted about ... Corbin Vale:", ["Corbin", "Vale"]),
        ("He wrote \u2026 Corbin Vale:", ["Corbin", "Vale"]),
    ],
)
def test_colon_label_stops_at_a_dash_or_an_ellipsis(label: str, words: list[str]) -> None:
    tokens = tagged(label, 0, len(label))
    found = colon_label(tokens)
    assert found is not None and [t.text for t in tokens[found[0] : found[1]]] == words


def test_a_set_off_phrase_that_names_no_one_leaves_the_cue() -> None:
    """ "Rao said the count was close - too close:": no name after the dash, so the cue's
    subject speaks."""
    text = "County clerk Asha Rao spoke on Monday.\n\nRao said the count was close - too close: "
    assert speaker_in_a_story(text + "\u201cWe will ask for a recount.\u201d", "recount") == (
        "Asha Rao"
    )


def test_was_another_is_a_new_unnamed_source() -> None:
    """ "“...,” was another." and "was a third." are not the "one" before them."""
    found = _speakers(BANNERS)
    assert found["Vale"] == ("one", "one")
    assert found["Anyone"] == ("another", "another")
    assert found["Vote"] == ("a third", "a third")


def test_one_another_and_a_third_are_three_voices() -> None:
    """Voices listed as "one said ... another said ... a third added" are three unnamed
    people, none of them the senator the paragraph names."""
    quotes = extract(VOICES).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "one",
        "another",
        "a third",
    ]
    assert len({q.speaker.key for q in quotes if q.speaker}) == 3
