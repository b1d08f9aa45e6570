""" "The embassy said", "the board said" after an organisation the article named with that
noun as its name's head ("the British Embassy", "the Kessling County Board of Elections",
"the Chamber of Commerce"): the noun is that organisation, though no list holds it as an
organisation's word, and the name may be sentences back (attrib60). On sentences written
for the test."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract
from tests.test_pronouns import L, R


def speaker(text: str, fragment: str) -> tuple[str | None, SpeakerKind | None]:
    for quote in extract(text).quotes:
        if quote.text.startswith(fragment):
            who = quote.speaker
            return (who.name, who.kind) if who else (None, None)
    raise AssertionError(f"no quotation starts with {fragment!r}")


EMBASSY = (
    "Travel warning issued\n\n"
    "The Norwegian Embassy in Nairobi issued a warning on Monday. Travelers were told to "
    "avoid the coast road after dark. Tour operators said bookings had already fallen.\n\n"
    f"{L}We urge every citizen to register with us,{R} the embassy said."
)
BOARD_OF = (
    "Candidate stays on ballot\n\n"
    "The Kessling County Board of Elections met on Monday to hear two objections. Both "
    "objectors had argued that Dale Orvin missed the filing deadline.\n\n"
    f"{L}The petition was filed on time,{R} the board said."
)
CHAMBER_OF = (
    "Business groups split on tax\n\n"
    "The Chamber of Commerce came out against the levy last week. Its members run most of the "
    "shops on Main Street.\n\n"
    f"{L}This tax will close stores,{R} the chamber said."
)
AND_INSIDE = (
    "Temple found under plaza\n\n"
    "Workers digging a drain uncovered the wall on Friday, and the Provincial Institute of "
    "Archaeology and History took over the site. Its staff fenced off the plaza.\n\n"
    f"{L}The find is of great value,{R} the institute said."
)
NO_NAME = (
    "Hearing delayed\n\n"
    "Several officials met on Monday to hear the objections. Both objectors had argued that "
    f"Dale Orvin missed the filing deadline.\n\n{L}The petition was filed on time,{R} the board "
    "said."
)
TITLE_OF = (
    "Talks resume\n\n"
    "Secretary of State Mara Velden flew to Geneva on Monday. She met the delegates there.\n\n"
    f"{L}We are ready to sign,{R} the state said."
)


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (EMBASSY, "We urge", "Norwegian Embassy"),
        (BOARD_OF, "The petition", "Kessling County Board of Elections"),
        (CHAMBER_OF, "This tax", "Chamber of Commerce"),
        (AND_INSIDE, "The find", "Provincial Institute of Archaeology and History"),
    ],
)
def test_noun_is_the_organisation_it_heads(text: str, fragment: str, name: str) -> None:
    assert speaker(text, fragment) == (name, SpeakerKind.ORGANISATION)


def test_no_name_with_the_head_leaves_the_noun() -> None:
    assert speaker(NO_NAME, "The petition")[0] == "board"


def test_an_office_of_a_place_is_no_organisation_of_that_head() -> None:
    assert speaker(TITLE_OF, "We are ready")[0] != "Secretary of State"
