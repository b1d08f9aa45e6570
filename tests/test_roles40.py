"""Branch roles40: an untitled name's "of" and an organisation the gazetteer does not list,
the way a reporter gives an affiliation ("Holger Schmieding of Berenberg, Germany's largest
private bank, warned"), shown as the affiliation grammar already shows a listed one ("of
Berenberg", as "of the American Enterprise Institute"). An unlisted town reads the same,
so the text must say it is a body: a capitalised "The" opening it, or an appositive after
it headed by an organisation's noun. Sentences written for these forms, with near misses."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Markus Feld of Ostwald, a Hamburg investment bank, warned that <the vote may"
            " trigger a sell-off.>",
            "Markus Feld",
            "of Ostwald",
        ),
        (
            "<The committee never read the bill,> Dana Whitlow of The Sentinel wrote.",
            "Dana Whitlow",
            "of The Sentinel",
        ),
        (  # a listed place is where she is from
            "<We will win this seat,> Ann Petrakis of New York said.",
            "Ann Petrakis",
            None,
        ),
        (  # an unlisted town, no word that says a body: no role
            "<I cried the whole parade,> said Tomas Reyna of Marlowe.",
            "Tomas Reyna",
            None,
        ),
        (  # a town with its state
            "<I like him a lot,> said Tomas Reyna of Laconia, N.H.",
            "Tomas Reyna",
            None,
        ),
        (  # a town and its county: the appositive's noun is no organisation's
            "Tomas Reyna of Marlowe, a small farming town, said <I like him a lot.>",
            "Tomas Reyna",
            None,
        ),
        (  # another name after "and": "Mr. Altman of Evercore and Mr. Rubin"
            "Donors included Mr. Varga of Ostwald and Mr. Lind, a banker. <Above a certain"
            " size, no one matters,> Mr. Varga said.",
            "Varga",
            None,
        ),
    ],
)
def test_an_untitled_name_of_an_unlisted_body(text: str, name: str, role: str | None) -> None:
    roles = roles_of(text)
    assert name in roles
    assert roles[name] == role


def test_a_titled_name_of_a_place_keeps_its_title() -> None:
    roles = roles_of("<We will win this seat,> Rep. Peter King of New York said.")
    assert roles["Peter King"] == "New York Rep."
