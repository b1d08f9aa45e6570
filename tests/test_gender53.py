"""gender53: a person's sex where the first-name list gives none, and the article's
pronoun over the list's guess only below a cap on its share. A given name the list lacks
takes the US baby-name counts' sex ("Declan"; resources/lexicons/given_names_ssa.tsv;
not a Chinese, Korean or Vietnamese family name written first: "Gao"), a hyphenated one
its parts' ("Mei-Lin", "Jean-Pierre"), and a Sikh surname tells the sex a given name both
sexes are given does not ("Gurpreet Kaur"). Sentences written for the
tests; the people invented."""

from __future__ import annotations

import pytest

from core import nlp
from core.person_names import name_share
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
        ("Sarah Kent", "Declan Walsh", "she"),  # "Declan": the baby-name counts
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


def test_a_name_known_to_neither_list_gives_no_sex() -> None:
    """A hyphenated run whose parts are no given names ("North-Rhine"), a word the
    articles use for something else ("Super"), a name given to both sexes alike."""
    assert nlp.given_name_gender("North-Rhine") is None
    assert nlp.given_name_gender("Super") is None
    assert nlp.given_name_gender("Oluwaseun") is None
    assert nlp.given_name_gender("Aoife") == "f"


def test_parts_of_either_sex_leave_a_joined_name_unsure() -> None:
    """ "Jean-Marie": its first part's sex, at a share a pronoun may overturn."""
    assert nlp.given_name_gender("Jean-Marie") == "m"
    assert name_share("Jean-Marie Colin") < 0.9
    assert name_share("Harpreet Kaur") == 1.0


def test_the_baby_name_list_is_made_as_its_script_says() -> None:
    """scripts/make_given_names.py on counts written for the test: a name one sex holds
    nine tenths of, given often enough, not a listed first name nor a word."""
    from scripts.make_given_names import lines

    counts = {
        "declan": [900, 10],  # kept, a man's
        "ottilie": [0, 700],  # kept, a woman's
        "oluwaseun": [229, 130],  # both sexes: left out
        "paddy": [81, 248],  # a quarter of either: left out
        "tang": [0, 47],  # too few babies
        "gao": [0, 900],  # a Chinese family name, written first: "Gao Zhisheng"
        "maria": [50, 9000],  # the first-name list's own
        "summer": [100, 9000],  # a frequent word
    }
    assert lines(counts) == ["Declan\tm\t0.99", "Ottilie\tf\t1.00"]


def test_the_shipped_baby_name_list_adds_to_the_first_name_list() -> None:
    table = nlp._given_names()
    assert len(table) > 25_000
    assert not any(nlp.is_first_name(name) for name in list(table)[:2000])
    assert all(sex in ("m", "f") and share >= 0.9 for sex, share in table.values())


def test_a_pronoun_overrules_a_name_both_sexes_are_given() -> None:
    """ "Lindsey" is listed as a woman's at 0.90: the "he" opening the sentence after the
    one Lindsey Hale opens, naming no one else, is his."""
    text = (
        "Mayor Ruth Okonjo opened the new library on Monday."
        + N
        + "Lindsey Hale, who designed it, led the first tour. "
        "“The light was the whole point,” he said."
    )
    assert _speaker(text, "whole point") == "Lindsey Hale"


def test_a_pronoun_does_not_overrule_a_name_one_sex_is_given() -> None:
    """ "Joanna" is a woman's alone: the "he" after the sentence she opens is not hers."""
    text = (
        "Mayor Ruth Okonjo opened the new library on Monday."
        + N
        + "Joanna Hale, who designed it, led the first tour. "
        "“The light was the whole point,” he said."
    )
    assert _speaker(text, "whole point") != "Joanna Hale"
