"""A live article (AP's "The Latest") is a string of short stories, each opened by a line
holding its time stamp alone ("4:30 p.m."); a reference in one item ("he", "the
presidential candidate") is to someone that item names, not to a person of an earlier
item (train, breitbart_2016-01-05_the-latest-cruz-to-give-away-eng: "Rubio says ... The
GOP presidential candidate says" read as Ted Cruz, so called in the opening item).
Sentences written for the test; the people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

OPENING = (
    "The Latest: The campaign trail\n\n5:10 p.m.\n\n"
    "Sen. Wade Corley is mailing supporters a signed football. The Republican presidential "
    "candidate says fans can enter the raffle online.\n\n"
    "Corley says the raffle ends Friday.\n\n___.\n\n4:30 p.m.\n\n"
)


def test_a_nominal_is_someone_its_own_item_names() -> None:
    text = OPENING + (
        "Ohio Sen. Glenn Morrow says the new rules go too far. Morrow told reporters in "
        "Dayton that the rules were rushed. The Republican presidential candidate says he "
        "will \u201cfight them in court.\u201d\n"
    )
    assert _speaker(text, "fight them in court") == "Glenn Morrow"


def test_a_pronoun_does_not_reach_into_an_earlier_item() -> None:
    text = OPENING + (
        "Rep. Joanna Pike says the budget is late. Pike called the delay \u201ca "
        "disgrace.\u201d\n\nHe joked that \u201cnobody reads it anyway.\u201d\n"
    )
    assert _speaker(text, "nobody reads it") is None


def test_a_pronoun_reaches_its_own_items_subject() -> None:
    text = OPENING + (
        "Rep. Joanna Pike says the budget is late.\n\n"
        "She joked that \u201cnobody reads it anyway.\u201d\n"
    )
    assert _speaker(text, "nobody reads it") == "Joanna Pike"
