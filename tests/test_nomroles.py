"""Branch nomroles: the role of a speaker reached through a nominal that names them by an
owner ("his longtime family physician" for the one the article names after it), in place
of an honorific alone ("Dr."); and person nouns of two words or an abbreviation from
WordNet ("running mate", "VP") for ``person_head``. Sentences written for the tests."""

from __future__ import annotations

import pytest

from core.nominals import person_head
from tests.analyses import roles_of
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def test_an_owned_nominal_replaces_an_honorific_alone() -> None:
    """The physician named "Dr. Anita Morrow" after "according to his longtime family
    physician" is that physician, not "Dr." (main: "Dr.")."""
    text = (
        "Rep. Wendell Pratt released a letter about his health on Monday. The three-page"
        " letter called him <fit to serve,> according to his longtime family physician."
        + N
        + "The letter was signed by Dr. Anita Morrow, who has treated Pratt since 1998. She"
        " did not return calls."
    )
    assert roles_of(text)["Anita Morrow"] == "longtime family physician"


def test_an_owned_nominal_is_the_role_of_one_named_with_none() -> None:
    """ "“...,” her senior policy adviser said. \\n\\nMarcus Delaney, who joined ...,
    said": the adviser is named with no role (main: none)."""
    text = (
        "Gov. Ruth Ellison toured the plant on Thursday. <We will not let this town die,>"
        " her senior policy adviser said."
        + N
        + "Marcus Delaney, who joined the governor's office in 2019, said the state would pay"
        " for training."
    )
    assert roles_of(text)["Marcus Delaney"] == "senior policy adviser"


def test_an_owned_nominal_leaves_an_office_given_at_the_name() -> None:
    """A role the naming gives ("a former county prosecutor") stays (a guard)."""
    text = (
        "Sen. Amos Ward of Idaho will not seek a fourth term. <He has decided to go home,>"
        " his chief of staff said on Friday."
        + N
        + "Lena Hartsock, a former county prosecutor, has run the office since 2009. She"
        " will stay through January."
    )
    role = roles_of(text)["Lena Hartsock"] or ""
    assert role.startswith("former county prosecutor") and "chief of staff" not in role


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["Hale", "'s", "running", "mate"], True),
        (["the", "running", "mate"], True),
        (["his", "potential", "VP"], True),
        (["the", "V.P."], True),
        (["the", "mate"], False),  # "mate" alone is no role noun
        (["the", "running", "back"], True),
        (["the", "running", "total"], False),
    ],
)
def test_person_phrases_of_two_words_or_an_abbreviation(words: list[str], person: bool) -> None:
    assert person_head(words[-1].lower(), words) is person


def test_a_possessive_vp_is_the_one_introduced_in_the_paragraph_after() -> None:
    """ "“...,” Crane's likely VP told donors. \n\nGov. Ines Varela of Nevada, ..., has":
    an abbreviated office closes a nominal of a person (main: the nominal as an unnamed
    speaker)."""
    text = (
        (
            "LAS VEGAS — <I would be honored to be asked,> Crane's likely VP told donors on"
            " Tuesday."
            + N
            + "Gov. Ines Varela of Nevada, a former rancher, has been on the list since May."
        )
        .replace("<", "\u201c")
        .replace(">", "\u201d")
    )
    assert _speaker(text, "I would be honored") == "Ines Varela"
