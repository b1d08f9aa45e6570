"""A newspaper's editorial voice ("the editorial board wrote", "the paper's editorial
board", "the editorial said") is the paper the article named as the owner of editorials or
editors, or set beside "newspaper" (Attributor._paper_of_editorials); sentences written
for these tests."""

import pytest

from tests.analyses import speaker_of

QUOTE = " “She has earned another term,” {} wrote."


@pytest.mark.parametrize(
    ("before", "nominal"),
    [
        (
            "The Harbor Ledger, the city's largest newspaper, endorsed the mayor.",
            "the editorial board",
        ),
        (
            "A sharp Harbor Ledger editorial endorsed the mayor on Sunday.",
            "the paper's editorial board",
        ),
        ("The editors of the Harbor Ledger endorsed the mayor on Sunday.", "the editorial"),
        ("The pro-labor Harbor Ledger, a daily paper, backed the mayor.", "the editorial board"),
        (
            "The editors of the Harbor Ledger aimed their Sunday editorial at the mayor.",
            "the editorial",
        ),
    ],
)
def test_the_editorial_voice_is_the_paper_named(before: str, nominal: str) -> None:
    text = before + QUOTE.format(nominal)
    assert speaker_of(text, "She has", kind=True) == ("Harbor Ledger", "organisation")


@pytest.mark.parametrize(
    "before",
    [
        "The mayor was endorsed on Sunday.",  # no paper named
        "Sen. Ann Lowry's editorial praised the mayor on Sunday.",  # a person's
    ],
)
def test_no_paper_named_leaves_the_noun(before: str) -> None:
    name, kind = speaker_of(before + QUOTE.format("the editorial board"), "She has", kind=True)
    assert kind != "organisation" or name == "editorial board"


@pytest.mark.parametrize(
    "before",
    [
        "The editors of the Harbor Ledger aimed their Sunday editorial at the mayor.",
        "The Harbor Ledger, the city's largest newspaper, has run a string of editorials.",
    ],
)
def test_the_newspaper_is_the_paper_named_a_paragraph_before(before: str) -> None:
    text = before + " The council met on Monday.\n\nThe vote was close."
    text += " “She has earned another term,” the newspaper said."
    assert speaker_of(text, "She has", kind=True) == ("Harbor Ledger", "organisation")
