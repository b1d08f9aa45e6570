"""A word alone that is one person's surname and another's first name is the surname, as
news writing calls people: "John, the district chairman, said" after "John Hammond" and
"Tom John" is Tom John (train, politico_2016-04-09_trump-s-getting-trounced-in-indi, where
"John" went to John Hammond, named first; issue 14, people54). Sentences written for the
test; the people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

TWO = (
    "John Hammond, the state committeeman, said the rules were clear. \u201cWe follow "
    "them,\u201d Hammond said.\n\n"
    "\u201cNobody here backs him,\u201d said Tom John, chairman of the 7th District.\n\n"
)


def test_the_word_alone_is_the_surname_not_the_first_name() -> None:
    text = TWO + "\u201cWe will see,\u201d John said."
    assert _speaker(text, "We will see") == "Tom John"


def test_a_pronoun_after_the_word_alone_is_the_surnames_too() -> None:
    text = TWO + (
        "John, the district chairman, said the campaign sent an email to supporters. "
        "Though he said it drew a \u201chandful of unknown people,\u201d he added that "
        "none made the slate."
    )
    assert _speaker(text, "handful") == "Tom John"


def test_a_senator_called_by_surname_beside_a_speaker_of_that_first_name() -> None:
    text = (
        "Speaker Paul Brandt opened the session on Monday. \u201cWe have work to do,\u201d "
        "Brandt said.\n\nSenator Rand Paul of Kentucky disagreed with the plan.\n\n"
        "\u201cThis bill spends too much,\u201d Paul said."
    )
    assert _speaker(text, "spends too much") == "Rand Paul"


def test_a_first_name_alone_still_finds_its_one_person() -> None:
    text = (
        "Mayor Lucia Ferrante spoke to the council on Monday. \u201cThe budget is "
        "balanced,\u201d Ferrante said.\n\n\u201cWe kept every promise,\u201d Lucia said."
    )
    assert _speaker(text, "every promise") == "Lucia Ferrante"
