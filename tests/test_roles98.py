"""Branch roles62: forms role probes 98 found read wrong, mended as grammar over the tagged
words (issue 15). A body named with a plural proper noun after a modifier is a body one may
head ("chairs the Coconino County Democrats"; not "the Republicans" alone, a party's
people), and a body's noun the tagger read as a past verb ("the credentials committee/VBD")
is a noun, as a role noun so read already is. Sentences written for this branch, people
invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_QUOTED = "\n<We will appeal,> Barker said on Monday.\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker spoke first. Barker, 58, chairs the Tarrow County Democrats." + _QUOTED,
         "chairs the Tarrow County Democrats"),
        ("Nell Barker spoke first. Barker leads the Senate Republicans." + _QUOTED,
         "leads the Senate Republicans"),
        ("Nell Barker spoke first. Barker leads the Republicans in the polls." + _QUOTED,
         None),
        ("Nell Barker spoke first. Barker, 63, has chaired the county party's rules committee "
         "since 2010." + _QUOTED, "has chaired the county party's rules committee"),
    ],
)  # fmt: skip
def test_a_name_heading_a_body_in_a_later_clause(text: str, role: str | None) -> None:
    assert roles_of(text).get("Nell Barker") == role
