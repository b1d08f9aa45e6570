"""Branch roles50: a verb the tagger reads as a plural noun ("accuses/NNS", "names/NNS")
right before "one of the <role nouns>, <name>," opens the phrase set beside the name, as
a verb it reads as one does ("accused one of the reporters, Ann Lee, of ..."). Sentences
written for the form, with a near miss."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The letter also accuses one of the journalists, Mia Tovar, of ignoring the"
            " facts. <It is not true,> Ms. Tovar said.",
            "one of the journalists",
        ),
        (
            "The complaint names one of the organizers, Mia Tovar, as its author. <We"
            " will fight it,> Ms. Tovar said.",
            "one of the organizers",
        ),
        # no phrase set beside the name: the plural is the verb's object alone
        (
            "The letter also accuses one of the journalists of bias. <It is not true,>"
            " said Mia Tovar.",
            None,
        ),
    ],
)
def test_a_verb_read_as_a_plural_noun_opens_one_of_beside_a_name(
    text: str, role: str | None
) -> None:
    assert roles_of(text)["Mia Tovar"] == role
