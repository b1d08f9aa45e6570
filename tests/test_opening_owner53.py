"""A sentence opening with a name's possessive is about that person: "Perhaps Mr. Comey's
most surprising suggestion was that Mrs. Clinton had used ... what he called “...”" finds
Comey, though the cheap subject reading takes Mrs. Clinton, the subject of the clause
after it, and the man named last as a subject is someone else (train,
nyt_2016-07-07_in-criticizing-clinton-hi, issue 14). And an aside in parentheses is no
topic: "(As BuzzFeed News first reported, Mr. Trump voiced support ....) On other days, he
has lent his prime-time platform" is still Hannity. Sentences written for the test; the
people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

BEFORE = (
    "The inspector, Martin Hale, criticized the agency in his report on Monday.\n\n"
    "Governor Paul Brandt defended it. \u201cThe records were safe,\u201d he said.\n\n"
    "Brandt later spoke to the legislature about the budget.\n\n"
)


def test_the_owner_opening_the_sentence_is_what_a_pronoun_of_his_sex_finds() -> None:
    text = BEFORE + (
        "Perhaps Mr. Hale's most surprising finding was that Ms. Ortiz had kept the files "
        "at home, in what he called \u201ca standing invitation to thieves.\u201d"
    )
    assert _speaker(text, "standing invitation") == "Martin Hale"


def test_a_pronoun_of_the_subjects_sex_still_finds_the_subject() -> None:
    text = BEFORE + (
        "Perhaps Mr. Hale's most surprising finding was that Ms. Ortiz had kept the files "
        "at home, in what she called \u201ca safe place.\u201d"
    )
    assert _speaker(text, "safe place") == "Ortiz"


ASIDE = (
    "Mr. Hale was there from the beginning. On his show last week he interviewed the "
    "governor. (As the Courier first reported, Mr. Brandt voted for the bill in 2002.) "
)


def test_a_pronoun_after_an_aside_finds_the_topic_before_it() -> None:
    """An aside in parentheses names someone as its subject; "he" after it is still the
    man the sentences around it are about (train, nyt_2016-08-22_pundit-turns-ad)."""
    text = (
        "The inspector, Martin Hale, has a radio show.\n\n"
        + ASIDE
        + "He also shared a report that the files were \u201cgone for good.\u201d"
    )
    assert _speaker(text, "gone for good") == "Martin Hale"


def test_a_pronoun_inside_the_aside_finds_its_subject() -> None:
    text = (
        "The inspector, Martin Hale, has a radio show.\n\n"
        "Mr. Hale was there from the beginning. (Mr. Brandt, a former governor, said he "
        "was \u201cnever consulted.\u201d) "
    )
    assert _speaker(text, "never consulted") == "Brandt"
