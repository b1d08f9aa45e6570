"""The organisation a noun refers back to (core.organisation_antecedents), on invented
articles: the name written before "the campaign", "the board", "the agency"."""

from core.organisation_antecedents import organisation_named_by, owned_body, public_body_named

HEADLINE = "Budget fight goes on\n"


def _at(text: str, noun: str) -> int:
    return text.rindex(noun)


def test_the_campaign_is_the_one_named_by_its_owner() -> None:
    text = HEADLINE + "The Marlow campaign spent heavily in March. Later the campaign said it"
    assert organisation_named_by(text, "campaign", _at(text, "the campaign"), {"Marlow"}) == (
        "Marlow campaign"
    )


def test_a_possessive_owner_names_the_campaign_as_the_surname_does() -> None:
    text = HEADLINE + "Ada Marlow's campaign spent heavily. Later the campaign said it"
    found = organisation_named_by(text, "campaign", _at(text, "the campaign"), {"Marlow"})
    assert found == "Marlow campaign"
    assert owned_body("Marlow's", "campaign", {"Marlow"}) == "Marlow campaign"
    assert owned_body("Tuesday's", "campaign", {"Tuesday"}) is None  # a day owns no body


def test_the_board_is_the_one_its_head_opens() -> None:
    text = HEADLINE + "The Ashdown Board of Elections met on Monday. Then the board said"
    assert organisation_named_by(text, "board", _at(text, "the board"), set()) == (
        "Ashdown Board of Elections"
    )


def test_the_agency_is_the_public_body_named_before() -> None:
    text = HEADLINE + "The Coastal Weather and Fisheries Administration warned. The agency said"
    assert public_body_named(text, _at(text, "The agency")) == (
        "Coastal Weather and Fisheries Administration"
    )


def test_no_name_before_the_noun_names_nothing() -> None:
    text = HEADLINE + "Critics spoke for hours. Later the campaign said it"
    assert organisation_named_by(text, "campaign", _at(text, "the campaign"), set()) is None
    assert public_body_named(text, _at(text, "the campaign")) is None
