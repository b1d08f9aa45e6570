"""nextcue95: a quotation standing alone whose speaker the sentence after it names,
pointing back at it (issue 15: cues in another sentence than the quotation). Sentences
written for the tests.

- "“...” That was the message from X", "Those were the words of X", "That was Gov. X,
  speaking ...", "Such was X's verdict": a demonstrative subject and a copula.
- "“...” The quip came from X", "The line, from X, got a laugh", "The words are those of
  X", "The words belong to X": a noun for words said and the preposition naming its source.
- "“...” X's retort came at once": the owner of one thing said, in the same paragraph.
- "“...” / So said X": an inverted cue after a paragraph of quotation alone.
- "“...,” chimed in X": an inverted cue's particle before its speaker.
- "X's verdict: “...”", "X's assessment was blunt:": the owner of a noun for words said
  that no speech verb gives ("verdict", "assessment", "message", "advice") speaks.
"""

from __future__ import annotations

import pytest

from core import nlp
from core.named_after import speaker_named_after
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"
LEAD = "The county board met on Monday to vote on the new landfill. Lena Marsh spoke first."


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("That was the message from Tom Reyes to the board.", "Tom Reyes"),
        ("Those were the words of Tom Reyes, a farmer from Ames.", "Tom Reyes"),
        ("That was Tom Reyes, speaking at the end of the meeting.", "Tom Reyes"),
        ("That was County Clerk Tom Reyes, speaking at the end of the meeting.", "Tom Reyes"),
        ("Such was Tom Reyes's verdict on the plan.", "Tom Reyes"),
        ("That was the answer, given twice in an hour, from Tom Reyes.", "Tom Reyes"),
        ("The quip came from Tom Reyes, a farmer from Ames.", "Tom Reyes"),
        ("The sharpest warning came from Tom Reyes, who farms near the site.", "Tom Reyes"),
        ("The line, from Tom Reyes of Ames, got the loudest cheer.", "Tom Reyes"),
        ("The words are those of Tom Reyes, a farmer from Ames.", "Tom Reyes"),
        ("The words belong to Tom Reyes, a farmer from Ames.", "Tom Reyes"),
        ("Tom Reyes's retort came before she had sat down.", "Tom Reyes"),
        ("Tom Reyes's reply, by text message, came within the hour.", "Tom Reyes"),
    ],
)
def test_the_sentence_after_names_the_speaker(after: str, speaker: str) -> None:
    """The speaker named after the quotation, not the voice before it (Lena Marsh)."""
    text = LEAD + N + "“The landfill will poison our wells.” " + after
    assert _speaker(text, "poison our wells") == speaker


@pytest.mark.parametrize(
    "after",
    [
        "That was Tom Reyes, speaking at the end of the meeting.",
        "So said Tom Reyes, a farmer from Ames, at the end of the meeting.",
        "The quip came from Tom Reyes, a farmer from Ames.",
    ],
)
def test_the_next_paragraph_names_the_speaker(after: str) -> None:
    """A paragraph of quotation alone, its speaker named by the next one's first sentence."""
    text = LEAD + N + "“The landfill will poison our wells.”" + N + after
    assert _speaker(text, "poison our wells") == "Tom Reyes"


def test_past_a_dateline() -> None:
    text = "AMES, Iowa — “We are going to win this county.” That was Tom Reyes, at a rally."
    assert _speaker(text, "win this county") == "Tom Reyes"


@pytest.mark.parametrize(
    "after",
    [
        "The line drew loud applause from the farmers in the hall.",  # no source named
        "That was the mood of the farmers in the back rows.",  # no noun for words said
    ],
)
def test_a_sentence_about_the_words_that_names_no_source_keeps_the_voice_before(
    after: str,
) -> None:
    text = "“The landfill will poison our wells,” Lena Marsh said. “It is a disgrace.” " + after
    assert _speaker(text, "a disgrace") == "Lena Marsh"


def test_an_owner_opening_the_next_paragraph_turns_to_another_matter() -> None:
    """ "Reyes's attacks were echoed ..." opening a paragraph says nothing of the quotation
    before it, which goes on with its paragraph's speaker."""
    text = (
        LEAD
        + N
        + "Marsh shot back in a statement, saying she had “read every page.”"
        + N
        + "“Frankly, nobody else on this board has.”"
        + N
        + "Tom Reyes's attacks were echoed by two other members."
    )
    assert _speaker(text, "nobody else") == "Lena Marsh"


def test_the_grammar_over_tagged_words() -> None:
    """The cue found is the noun for words said, and the phrase its speaker's."""
    sentence = "The quip came from Tom Reyes, a farmer."
    tokens = nlp.tagged(sentence, 0, len(sentence))
    found = speaker_named_after(tokens, same_paragraph=True)
    assert found is not None
    cue, (start, end) = found
    assert tokens[cue].text == "quip"
    assert [t.text for t in tokens[start:end]] == ["Tom", "Reyes"]
    other = "Tom Reyes's retort came at once."
    assert speaker_named_after(nlp.tagged(other, 0, len(other)), same_paragraph=False) is None


def test_an_inverted_cue_with_its_particle() -> None:
    """ "chimed in X": the particle stands between the inverted cue and its speaker."""
    text = LEAD + " “It is a disgrace,” chimed in Tom Reyes, a farmer from Ames."
    assert _speaker(text, "disgrace") == "Tom Reyes"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + N + "Tom Reyes's verdict: “The landfill will poison our wells.”",
        LEAD + N + "Tom Reyes's assessment was blunt: “The landfill will poison our wells.”",
        LEAD + " Tom Reyes's message that the landfill will “poison our wells” won cheers.",
    ],
)
def test_the_owner_of_a_noun_for_words_said(text: str) -> None:
    """ "X's verdict:", "X's assessment was blunt:", "X's message that ... “...”": the owner
    said the words, as with "X's reply:" (not a speaker named "Tom Reyes's verdict")."""
    assert _speaker(text, "poison our wells") == "Tom Reyes"
