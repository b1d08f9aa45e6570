"""A pronoun after a sentence whose subject is a definite noun phrase naming someone by
their role ("The Republican did not back down. “…,” he said"): the person whose role it
is, not the man last named as a subject (coref38; probes45 h11)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

DEBATE = (
    "The two candidates met in Tucson on Tuesday night. \u201cMy opponent would abolish every "
    "detention facility,\u201d said Republican Mark Harmon, a rancher.\n\n"
    "Democrat Luis Delgado, a former federal prosecutor, said the charge was false. "
    "\u201cOne facility. One,\u201d he said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (DEBATE + "The Republican did not back down. \u201cHe can parse it,\u201d he said.",
         "Mark Harmon"),
        # past a sentence whose subject is the same pronoun
        (DEBATE + "The Republican did not back down. He shook his head. "
         "\u201cHe can parse it,\u201d he said.", "Mark Harmon"),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_role_subject_means_its_person(text: str, speaker: str) -> None:
    assert _speaker(text, "parse") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun no one's role fits: the pronoun as before
        (DEBATE + "The moderator did not step in. \u201cHe can parse it,\u201d he said.",
         "Luis Delgado"),
        # the noun phrase is no subject before its verb
        (DEBATE + "The Republican of the two did not back down. \u201cHe can parse it,\u201d "
         "he said.", "Luis Delgado"),
    ],
)  # fmt: skip
def test_no_role_subject_leaves_the_pronoun_alone(text: str, speaker: str) -> None:
    assert _speaker(text, "parse") == speaker
