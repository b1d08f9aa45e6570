"""Branch roles51: role readers on sentences written for the forms of the role probes
still wrong: a kind of person in "-or"/"-er" that no list holds ("relief coordinator"),
the phrase after "Like <name>," as that name's appositive, an opening "-ing" word before a
capitalised owner ("Lansing/VBG Township's police chief"), and a kind of person read as an
adverb before a name ("senior forward/RB"). With near misses."""

from __future__ import annotations

import pytest

from core import nlp
from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The agency's deputy relief coordinator, Bob Roffman, said the camps were full."
            " <We need tents,> Roffman said.",
            "agency's deputy relief coordinator",
        ),
        (
            "<The shelters are full,> said the county's housing administrator, Bob Roffman.",
            "county's housing administrator",
        ),
        # the phrase after "Like <name>," is that name's, whatever its head
        (
            "Like Ann Lee, the former Acme customer, Bob Roffman wants his money back."
            " <It was a scam,> Roffman said.",
            None,
        ),
        (
            "Like Ann Lee, the former Acme lawyer, Bob Roffman wants the case closed."
            " <It was a scam,> Roffman said.",
            None,
        ),
        # a fronted place keeps the phrase for the name after it
        (
            "In Tamarac, the owner of the club, Bob Roffman, said he would reopen."
            " <We will be back,> Roffman said.",
            "owner of the club",
        ),
    ],
)
def test_a_kind_of_person_heads_a_role_but_not_a_compared_names(
    text: str, role: str | None
) -> None:
    assert roles_of(text)["Bob Roffman"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Lansing Township's police chief, Bob Roffman, said the road was closed."
            " <Stay home,> Roffman said.",
            "Lansing Township's police chief",
        ),
        ("<We were ready,> said senior forward Bob Roffman.", "senior forward"),
        ("<We were ready,> said Senior forward Bob Roffman.", "Senior forward"),
        # an adverb before a day is no title
        (
            "The council moved the bill forward Tuesday. <We were ready,> said Bob Roffman.",
            None,
        ),
    ],
)
def test_a_tagger_slip_before_a_name_no_longer_hides_the_role(text: str, role: str | None) -> None:
    assert roles_of(text)["Bob Roffman"] == role


def test_the_tags_of_the_slips() -> None:
    tags = [t.tag for t in nlp.tag(nlp.tokenize("Downing Street's spokesman said no."))]
    assert tags[:3] == ["NNP", "NNP", "POS"]
    tags = [t.tag for t in nlp.tag(nlp.tokenize("They pushed the bill forward Monday."))]
    assert tags[4] == "RB"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Bob Roffman is the Clark County registrar of voters. <We count every ballot,>"
            " Roffman said.",
            "Clark County registrar of voters",
        ),
        (
            "Bob Roffman, the Dunmore Township registrar, said it was slow. <We count every"
            " ballot,> Roffman said.",
            "Dunmore Township registrar",
        ),
        # a kind of person serving no body named: no role
        (
            "Bob Roffman was the guest of honor at the dinner. <We count every ballot,>"
            " Roffman said.",
            None,
        ),
        ("Bob Roffman is a serial liar. <We count every ballot,> Roffman said.", None),
    ],
)
def test_a_kind_of_person_serving_a_named_body_is_a_role(text: str, role: str | None) -> None:
    assert roles_of(text)["Bob Roffman"] == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Bob Roffman runs the county food bank. <We need tents,> Roffman said.",
            "runs the county food bank",
        ),
        ("Bob Roffman heads the school. <We need tents,> Roffman said.", "heads the school"),
        # no body as the object: no role
        ("Bob Roffman runs the risk of losing. <We need tents,> Roffman said.", None),
        ("Bob Roffman runs the show. <We need tents,> Roffman said.", None),
        ("Bob Roffman leads the polls in Iowa. <We need tents,> Roffman said.", None),
    ],
)
def test_heading_a_body_named_by_a_common_noun_is_a_role(text: str, role: str | None) -> None:
    assert roles_of(text)["Bob Roffman"] == role
