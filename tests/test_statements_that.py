"""Where a reported content starts when a "that" stands a few words after its cue: the
"that" opens the content only when the words before it are the cue's object or its when
and where ("told reporters that", "said on Tuesday that"); once a clause has begun (a
subject pronoun, an auxiliary) the content is that clause, and its "that" is a pronoun,
a determiner or a complementizer inside it."""

from __future__ import annotations

import pytest

from core.extract import extract


def contents_of(sentence: str) -> list[tuple[str | None, str, str | None]]:
    """The cue, the content and the source's words of each statement."""
    return [
        (s.cue, s.text, s.mention and sentence[s.mention.start : s.mention.end])
        for s in extract(sentence).statements
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The governor also said he understands how hard that can be.",
            "he understands how hard that can be",
        ),
        (
            "The senator insisted she had not discussed that with the mayor.",
            "she had not discussed that with the mayor",
        ),
        ("A third of the voters say they feel that way.", "they feel that way"),
        (
            "The mayor said she believed that the bridge would open in May.",
            "she believed that the bridge would open in May",
        ),
        (
            "The council said it found no evidence that the funds were misused.",
            "it found no evidence that the funds were misused",
        ),
        (
            "The senator said the problem is that nobody reads the bills.",
            "the problem is that nobody reads the bills",
        ),
    ],
)
def test_a_clause_begun_before_that_is_the_content(sentence: str, content: str) -> None:
    assert [text for _, text, _ in contents_of(sentence)] == [content]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The mayor told reporters that the bridge would open in May.",
            "that the bridge would open in May",
        ),
        (
            "The mayor said on Tuesday that the bridge would open in May.",
            "that the bridge would open in May",
        ),
        (
            "The mayor tried to convince you that the bridge would open in May.",
            "that the bridge would open in May",
        ),
    ],
)
def test_that_after_an_object_or_an_adjunct_opens_the_content(sentence: str, content: str) -> None:
    assert [text for _, text, _ in contents_of(sentence)] == [content]


def test_a_sourceless_reading_of_the_same_words_does_not_displace_a_sourced_one() -> None:
    """ "appears" is read inside its content with no source; "According to" names one: the
    statement is the named source's."""
    sentence = "According to the auditor, it appears that the funds were misused in May."
    assert contents_of(sentence) == [
        ("According to", "it appears that the funds were misused in May", "the auditor")
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The state was only doing what other states do, he told the court in his filing.",
            "The state was only doing what other states do",
        ),
        ("The plan will fail, she told the council in a letter.", "The plan will fail"),
        (
            "She told a crowd at a hotel in downtown Baltimore that she would stay in the race.",
            "that she would stay in the race",
        ),
        (
            "She was asked at a lunch held by the Chamber of Commerce if the mayor would resign.",
            "if the mayor would resign",
        ),
        ("She told reporters in a statement the talks stalled.", "the talks stalled"),
        (
            "The minister warned China against provocative behavior in the South China Sea.",
            "China against provocative behavior in the South China Sea",
        ),
    ],
)
def test_where_and_when_after_the_person_told_are_no_content(sentence: str, content: str) -> None:
    """ "in his filing", "at a hotel in Baltimore": a phrase of where or when after the
    person told; what was told is the clause before the cue, or the "that" or question
    after the phrase."""
    assert [text for _, text, _ in contents_of(sentence)] == [content]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The governor signed a bill that created new license plates.",
            "a bill that created new license plates",
        ),
        (
            "The senator proposed a system that would be run by the states.",
            "a system that would be run by the states",
        ),
        (
            "The mayor discussed the recent violence that has marred the rallies.",
            "the recent violence that has marred the rallies",
        ),
        (
            "He devoted enormous resources to that small state.",
            "enormous resources to that small state",
        ),
    ],
)
def test_a_relative_or_a_prepositions_that_is_no_complementizer(
    sentence: str, content: str
) -> None:
    """A "that" followed at once by a verb is a relative pronoun ("a bill that created
    ..."), one after a preposition its object ("to that state"): the content starts at
    the words before it, not at "that"."""
    assert [text for _, text, _ in contents_of(sentence)] == [content]


def test_a_complementizer_after_the_person_told_still_opens_the_content() -> None:
    """ "told reporters that [the plan] ...": a subject follows the "that"."""
    sentence = "The mayor told reporters that the plan would fail."
    assert [text for _, text, _ in contents_of(sentence)] == ["that the plan would fail"]


def test_the_subject_between_the_last_comma_and_a_closing_cue_is_the_source() -> None:
    """ "..., a source close to him said.": the phrase after the comma is the cue's
    subject, though a modifier ("close to him") hides it from the clause grammar; not
    the subject of the clause before."""
    sentence = (
        "Still, Cruz will change how he approaches his colleagues, a source close to him said."
    )
    assert contents_of(sentence) == [
        (
            "said",
            "Still, Cruz will change how he approaches his colleagues",
            "a source close to him",
        )
    ]
