"""The owner of a speech noun whose content or name is the quotation says it, whoever
reports it: "Nadia Pell's claim that the mayor “sold the harbour”" is Pell's, not the
subject's who discusses the claim (on sentences written for the test)."""

from __future__ import annotations

import pytest

from core.lexicons import speech_act
from tests.analyses import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ('Councillor Oskar Brandt on Friday blamed the press for seizing on Nadia Pell\'s '
         'claim that the mayor "sold the harbour," saying reporters missed the point.',
         "sold the harbour", "Nadia Pell"),
        ('The mayor has been dogged by Auditor Lena Varga\'s conclusion that the accounts '
         'were "badly kept."', "badly kept", "Lena Varga"),
        ('Oskar Brandt called Nadia Pell\'s description of the dockers as "idlers" cruel.',
         "idlers", "Nadia Pell"),
        ('Nadia Pell\'s "harbour for sale" remark was as harsh as anything, Oskar Brandt '
         'said.', "harbour for sale", "Nadia Pell"),
        ('As the meeting went on and Nadia Pell stood by her remark Monday that "the docks '
         'are dying," Oskar Brandt tried again to calm the room.', "the docks", "Nadia Pell"),
    ],
)  # fmt: skip
def test_the_owner_of_a_speech_noun_says_its_quotation(
    text: str, fragment: str, speaker: str
) -> None:
    """The sentence's subject (Brandt) discusses Pell's words; they were Pell's."""
    assert speaker_of(text, fragment) == speaker


def test_the_nearest_owner_says_a_remark_named_by_its_words() -> None:
    """ "Brandt's reply to Pell's “...” remark": the remark is Pell's, not Brandt's whose
    reply is about it."""
    text = "Lena Varga praised Oskar Brandt's reply to Nadia Pell's \"idle dockers\" remark."
    assert speaker_of(text, "idle dockers") == "Nadia Pell"


def test_a_possessive_before_a_thing_that_is_no_speech_is_no_owner() -> None:
    """ "Pell's “Save the Docks” banner": a banner says nothing, so Pell is no owner here;
    the quotation stays the subject's (or nobody's), never Pell's by this rule."""
    text = 'Oskar Brandt laughed at Nadia Pell\'s "save the docks" banner.'
    assert speaker_of(text, "save the docks") != "Nadia Pell"


def test_a_clause_with_its_own_speech_verb_is_not_the_nouns_content() -> None:
    """ "Pell's claim that Brandt said “...”": the quotation is what the clause's own verb
    reports, not Pell's claim itself, so the owner rule stays out (which of the others the
    ranker then picks is not this test's)."""
    text = (
        'Lena Varga dismissed Nadia Pell\'s claim that Oskar Brandt said "the docks are finished."'
    )
    assert speaker_of(text, "the docks") != "Nadia Pell"


@pytest.mark.parametrize(
    ("noun", "speech"),
    [("description", True), ("conclusion", True), ("admission", True), ("response", True),
     ("argument", True), ("decision", False), ("mission", False), ("banner", False)],
)  # fmt: skip
def test_a_noun_made_from_a_cue_verb_with_its_ending_changed_is_a_speech_act(
    noun: str, speech: bool
) -> None:
    """ "description" is "describe" made a noun, as "claim" is "claim"; "decision" is no
    listed cue verb's."""
    assert speech_act(noun) is speech
