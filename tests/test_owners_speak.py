"""A speaker phrase that is a thing of someone's ("His assumption was that “…”", "her
ads") gives its owner's words: before, each was a row of its own ("his assumption")
beside the owner's in the people table (issue 14). A possessive before a noun for people
("his chief aide", "her advisers") is someone else, and stays so. Sentences written for
the test."""

from __future__ import annotations

import pytest

from tests.test_speaking_it import speakers


@pytest.mark.parametrize(
    "text",
    [
        (
            "Last spring, Marta Kellner told a radio host that the toll road was a mistake."
            " Her assumption, stated on air, was that \u201cthe drivers will simply go"
            " around it,\u201d and that the county would pay.\n"
        ),
        (
            "Tomas Reyve, whose uncle ran the ferry, remembers the harbour as a busy place."
            " His enduring image is of a crowded quay \u201cwith nets piled to the"
            " roof.\u201d\n"
        ),
    ],
)
def test_a_thing_of_the_owners_speaks_for_the_owner(text: str) -> None:
    names = speakers(text)
    assert names and names[0] in {"Marta Kellner", "Tomas Reyve"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Marta Kellner spent the week in the capital.\n\nHer chief aide said the"
            " county \u201cwill not pay another cent.\u201d\n",
            "Marta Kellner",
        ),
        (
            "Tomas Reyve spent the week in the capital.\n\nHis advisers said the"
            " county \u201cwill not pay another cent.\u201d\n",
            "Tomas Reyve",
        ),
    ],
)
def test_a_person_of_the_owners_is_someone_else(text: str, owner: str) -> None:
    assert speakers(text) != [owner]
