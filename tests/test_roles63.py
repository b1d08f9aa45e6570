"""Branch roles63: an organisation's name before a title, holding words a title read back
from a name stops at (issue 15). Found in the train role-sample misses: "Fight for $15
organizing director Kendall Fells" gave "director", "CBS This Morning co-Anchor DeMarco
Morgan" gave "Morning co-Anchor". Sentences written for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import role_at, roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("<No,> Fight for $15 organizing director Nell Barker told reporters.",
         "Fight for $15 organizing director"),
        ("<No,> Fight for $15 organizer Nell Barker told reporters.", "Fight for $15 organizer"),
        ("<No,> said the Fight for $15 organizing director Nell Barker.",
         "Fight for $15 organizing director"),
        ("<We win,> Friends of the Earth policy director Nell Barker said.",
         "Friends of the Earth policy director"),
        ("<We win,> Americans for Prosperity spokesman Nell Barker said.",
         "Americans for Prosperity spokesman"),
        ("<We win,> Democracy for America executive director Nell Barker said.",
         "Democracy for America executive director"),
        ("<It was late, senator,> WXYZ This Morning co-host Nell Barker said.",
         "WXYZ This Morning co-host"),
        ("<We win,> Girls Who Code founder Nell Barker said.", "Girls Who Code founder"),
        ("<We win,> Sen. Omar Vance and Americans for Prosperity director Nell Barker said.",
         "Americans for Prosperity director"),
    ],
)  # fmt: skip
def test_an_organisation_before_a_title_is_read_into_it(text: str, role: str) -> None:
    assert role_at(text, "Nell Barker") == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a headline in title case: its words are no organisation's
        ("Barker Hits Back At Tidemark Campaign Manager Nell Barker", "Tidemark Campaign Manager"),
        # a common word opening the sentence, capitalised by its place
        ("Thousands of Americans for Tidemark supporter Nell Barker marched.",
         "Tidemark supporter"),
        # a verb opening a show's name
        ("<We win,> Meet the Press host Nell Barker said.", "Press host"),
        # an article opening the words before the title
        ("The wall is bad. A Plus reporter Nell Barker noted that.", "reporter"),
    ],
)  # fmt: skip
def test_words_before_a_title_that_name_no_organisation_stay_out(text: str, role: str) -> None:
    assert role_at(text, "Nell Barker") == [role]


def test_an_aside_comparing_the_subject_to_a_name_describes_the_subject() -> None:
    """In "X — like Reid, a supporter of Murphy — recalled" the phrase after the name is
    the comparison's predicate, said of X (found in train: Lois Frankel and Harry Reid)."""
    text = (
        "Rep. Nell Barker \u2014 like Reid, a supporter of the governor\u2019s primary opponent,"
        " Rep. Omar Vance \u2014 recalled the talk. <He promised,> Barker said. <No,> Reid said."
    )
    roles = roles_of(text)
    assert roles["Nell Barker"] == "Rep., supporter of the governor\u2019s primary opponent"
    assert roles["Reid"] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "like" after a plural noun gives examples: the appositive is the name's
        ("Some defenders of trade, like Omar Vance, a senior fellow at the Tidemark Institute,"
         " disagree. <No,> Vance said.", "Omar Vance", "senior fellow at the Tidemark Institute"),
        # a comparison opening the sentence compares the main clause's predicate
        ("Like Vance, the former Tidemark customer, Nell Barker does not want to talk. <No,>"
         " Vance said.", "Vance", "former Tidemark customer"),
    ],
)  # fmt: skip
def test_a_name_after_like_outside_an_aside_keeps_its_appositive(
    text: str, name: str, role: str
) -> None:
    assert roles_of(text)[name] == role
