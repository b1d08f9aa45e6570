"""The one kin-noun list (``kind_evidence.KIN_NOUNS``, ``kin_noun``, ``KIN_WORD``) and the
one reading of a naming introduced by a kin noun (``person_names.kin_introducing``), which the
role reader, the reader of speakers inside a quotation and the cast's readers of a
surname alone and of "his mother" share."""

from __future__ import annotations

import re

import pytest

from core.cast_patterns import KIN_SUBJECT
from core.extract import extract
from core.kind_evidence import KIN_WORD, kin_noun
from core.nominals import owned_kin_role
from core.person_names import kin_introducing, named_people


def _first_speaker(text: str) -> str | None:
    """The name of the speaker of the first quotation in ``text``."""
    quote = extract(text).quotes[0]
    return quote.speaker.name if quote.speaker else None


@pytest.mark.parametrize(
    ("word", "kin"),
    [("mother", True), ("grandson", True), ("stepdaughter", True), ("widower", True),
     ("cousin", True), ("queen", False), ("minister", False), ("sonnet", False)],
)  # fmt: skip
def test_kin_word_reads_what_kin_noun_takes(word: str, kin: bool) -> None:
    assert kin_noun(word) is kin
    assert (re.fullmatch(KIN_WORD, word) is not None) is kin


@pytest.mark.parametrize(
    ("text", "kin"),
    [
        ("The grocer sold the shop to his stepson, Arlo Finch", "stepson"),
        ("Since 1990 her late husband Tomas Reyes had run it", "husband"),
        ("Halloran's granddaughter, Maeve, now runs the farm", "granddaughter"),
        ("Her brother, the retired welder Arlo Finch, wrote", "brother"),
        ("The grocer's stepson, Arlo Finch, paid late", "stepson"),  # a lower-case owner
        ("Their nephew Arlo Finch paid late", "nephew"),
        ("Her daughter, Dr. Arlo Finch, spoke", "daughter"),  # an honorific between
        ("The tenant of the son, Arlo Finch, paid late", None),  # no possessive
        ("The mayor's deputy, Arlo Finch, spoke", None),  # no kin noun
    ],
)
def test_kin_apposed_names_the_kin_noun_before_a_naming(text: str, kin: str | None) -> None:
    at = re.search(r"(Arlo|Tomas|Maeve)", text)
    assert at is not None
    assert kin_introducing(text, at.start()) == kin


def test_a_relative_opening_a_sentence_may_be_any_kin_noun() -> None:
    found = KIN_SUBJECT.match("His stepdaughter, reached by phone, said little.")
    assert found is not None and found.group(2) == "stepdaughter"


def test_only_a_relative_who_shares_a_surname_is_given_it() -> None:
    """ "Her fiance, Tomas,": every kin noun introduces a relative, but only those who as a
    rule bear the owner's surname (SURNAME_KIN: "her husband, Tomas," is Tomas Bray) are
    given it."""

    def speaker(kin: str) -> str | None:
        return _first_speaker(
            "News\n\nAgnes Bray, who ran the shop for fifty years, retired on Monday.\n\n"
            f"Her {kin}, Tomas, had the last word: \u201cShe earned it,\u201d he said.\n"
        )

    assert speaker("fiance") == "Tomas"
    assert speaker("husband") == "Tomas Bray"


def test_a_family_s_surname_is_never_a_name_suffix() -> None:
    """ "Their son, Wendell," after a couple named in full takes the couple's surname,
    not "Jr." where the one named last bears it ("Wendell Jr." before: a suffix is no
    surname)."""
    text = (
        "News\n\nThe bees on the ridge belong to Ruth Marchbank and Harold Marchbank Jr. "
        "They have kept them since 1988.\n\n"
        "Their son, Wendell, 31, now does the heavy lifting. \u201cThe hives are older than "
        "I am,\u201d he said.\n"
    )
    assert _first_speaker(text) == "Wendell Marchbank"


def test_a_relative_named_by_a_given_name_alone_after_a_lower_case_owner() -> None:
    """ "The owner's daughter Sunniva, a nurse,": the subjects' reader of a relative named
    by a first name alone reads the one kin pattern (lower-case owner, no comma), so
    "she" is Sunniva, not "the owner"."""
    text = (
        "News\n\nThe mill closed in March, the owner, Gerald Pike, confirmed.\n\n"
        "The owner's daughter Sunniva, a nurse, was blunter. \u201cIt was dying for years,"
        "\u201d she said.\n"
    )
    assert _first_speaker(text) == "Sunniva"


def test_a_named_owner_s_relative_takes_the_surname_with_no_comma_too() -> None:
    """ "Mr. Pike's son Tobias" (no comma) is Tobias Pike, as "Mr. Pike's son, Tobias," and
    "his son Tobias" are: the surname reader asks the one kin pattern."""
    text = (
        "News\n\nThe mill closed in March, its owner, Gerald Pike, confirmed.\n\n"
        "\u201cIt was dying for years,\u201d said Mr. Pike's son Tobias, who ran the night shift.\n"
    )
    assert _first_speaker(text) == "Tobias Pike"


@pytest.mark.parametrize("owner", ["his", "Okafor's", "the coach's"])
def test_an_unlisted_name_set_off_after_any_owner_s_kin_noun_is_a_person(owner: str) -> None:
    text = f"It was not easy for {owner} mother, Thandiwe Mokoena, who watched."
    assert [n.name for n in named_people(text)] == ["Thandiwe Mokoena"]


@pytest.mark.parametrize(
    ("role", "noun", "kin"),
    [("his late wife", "wife", True), ("Winslow's mother", "mother", True),
     ("Their grandson", "grandson", True), ("Her daughter", "son", False),
     ("the mayor's deputy", "deputy", False)],
)  # fmt: skip
def test_a_role_written_as_a_relative_reads_the_same_frame(role: str, noun: str, kin: bool) -> None:
    """A role ("his late wife") is read by the frame that reads a relative before a
    naming (``KIN_OWNED``), whole."""
    assert owned_kin_role(role, noun) is kin
