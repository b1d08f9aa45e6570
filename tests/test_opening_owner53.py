"""A sentence opening with a name's possessive is about that person: "Perhaps Mr. Comey's
most surprising suggestion was that Mrs. Clinton had used ... what he called “...”" finds
Comey, though the cheap subject reading takes Mrs. Clinton, the subject of the clause
after it, and the man named last as a subject is someone else (train,
nyt_2016-07-07_in-criticizing-clinton-hi, issue 14). Sentences written for the test; the
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
