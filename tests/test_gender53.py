"""gender53: a person's sex where the first-name list gives none, and the article's
pronoun over the list's guess only below a cap on its share. A hyphenated given name the
list lacks takes its parts' sex ("Mei-Lin", "Jean-Pierre"), and a Sikh surname tells the
sex a given name both sexes are given does not ("Gurpreet Kaur"). Sentences written for the
tests; the people invented."""

from __future__ import annotations

import pytest

from core import nlp
from core.speakers import name_share
from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def _rally(first: str, second: str, pronoun: str) -> str:
    """A story where the pronoun after the second speaker is the first one's, by sex."""
    return (
        f"{first} opened the rally on Friday. {second} spoke next. "
        f"“We will win this seat,” {pronoun} said."
    )


@pytest.mark.parametrize(
    ("first", "second", "pronoun"),
    [
        ("Sarah Kent", "Jean-Pierre Morel", "she"),  # Jean and Pierre, both men's
        ("Tom Walsh", "Mei-Lin Chou", "he"),  # Mei and Lin, both women's
        ("Tom Walsh", "Hye-Jin Park", "he"),  # Hye, either; Jin, a woman's
        ("Tom Walsh", "Gurpreet Kaur", "he"),  # Gurpreet, on no list; Kaur, a woman
        ("Sarah Kent", "Gurpreet Singh", "she"),  # ... Singh, a man
    ],
)
def test_the_pronoun_passes_over_someone_of_the_other_sex(
    first: str, second: str, pronoun: str
) -> None:
    assert _speaker(_rally(first, second, pronoun), "win this seat") == first


def test_a_hyphenated_run_of_no_given_names_gives_no_sex() -> None:
    """A hyphenated run whose parts are no given names ("North-Rhine", "Nevada-Las")."""
    assert nlp.given_name_gender("North-Rhine") is None
    assert nlp.given_name_gender("Nevada-Las") is None


def test_parts_of_either_sex_leave_a_joined_name_unsure() -> None:
    """ "Jean-Marie": its first part's sex, at a share a pronoun may overturn."""
    assert nlp.given_name_gender("Jean-Marie") == "m"
    assert name_share("Jean-Marie Colin") < 0.9
    assert name_share("Harpreet Kaur") == 1.0
