"""Nominals to the organisation the article names (issues 14, 15): "his campaign" is the
campaign of the person "his" stands for, named as "the Alder campaign" is where the article
writes that; "the
newspaper" or "the conservative-leaning newspaper" is the outlet the sentence before named.
On sentences written for the test."""

from __future__ import annotations

from core.document import SpeakerKind
from core.extract import extract
from tests.test_pronouns import L, R

ALDER = (
    "Alder opens Keene office\n\n"
    "Sen. Tom Alder of Vermont opened a field office in Keene on Monday. "
    "The senator has trailed Maria Okafor in the polls since the summer, and the Alder "
    "campaign has spent heavily on ads.\n\n"
    f"Alder spoke for an hour. {L}We have never seen crowds like this,{R} his campaign said "
    "in an email on Tuesday."
)
OKAFOR = (
    "Okafor rallies in Dover\n\n"
    "Maria Okafor, a former governor, spoke in Dover on Friday. Okafor's presidential "
    "campaign says it has 4,000 volunteers.\n\n"
    f"{L}We will win this state,{R} her campaign said in a statement."
)
COURIER = (
    "Bridge plan divides Kessel Bay\n\n"
    "The Kessel Courier called on the council to drop the bridge plan on Sunday. "
    f"{L}A bridge will not save the bay,{R} the {{noun}} wrote."
)


def speaker(text: str, fragment: str) -> tuple[str | None, SpeakerKind | None]:
    for quote in extract(text).quotes:
        if quote.text.startswith(fragment):
            return (quote.speaker.name, quote.speaker.kind) if quote.speaker else (None, None)
    raise AssertionError(f"no quotation starts with {fragment!r}")


def test_his_campaign_is_the_campaign_of_the_one_he_stands_for() -> None:
    assert speaker(ALDER, "We have never") == ("Alder campaign", SpeakerKind.ORGANISATION)


def test_her_campaign_is_hers() -> None:
    assert speaker(OKAFOR, "We will win") == ("Okafor campaign", SpeakerKind.ORGANISATION)


def test_his_campaign_is_the_one_the_article_writes_most_of() -> None:
    text = ALDER.replace(", and the Alder campaign has spent heavily on ads", "")
    assert speaker(text, "We have never") == ("Alder campaign", SpeakerKind.ORGANISATION)


def test_a_campaign_of_one_named_in_passing_keeps_its_words() -> None:
    text = ALDER.replace(", and the Alder campaign has spent heavily on ads", "").replace(
        "Alder spoke for an hour.", "The pollster Geoff Garin, who once worked for Okafor, spoke."
    )  # "his" reads as Garin, whose campaign the article never writes, nor writes him most
    assert speaker(text, "We have never")[0] != "Garin campaign"


def test_her_team_is_hers_where_the_article_writes_her_as_an_owner() -> None:
    text = (
        "Okafor courts farmers\n\n"
        "Maria Okafor, a former governor, toured dairy farms in Dover on Friday, and "
        "Okafor's team says she will return in May. Gov. Ed Brandt, her rival, stayed in "
        "Concord, and Brandt spoke twice about the budget.\n\n"
        f"Okafor listened to farmers for an hour. {L}She came to hear them out,{R} her team "
        "said."
    )
    assert speaker(text, "She came") == ("Okafor team", SpeakerKind.ORGANISATION)


def test_his_office_is_his_where_the_article_writes_his_campaign() -> None:
    text = ALDER.replace("his campaign said", "his office said")
    assert speaker(text, "We have never") == ("Alder office", SpeakerKind.ORGANISATION)


def test_a_campaign_of_no_one_named_keeps_its_words() -> None:
    text = OKAFOR.replace("Maria Okafor, a former governor,", "The governor")
    assert speaker(text, "We will win")[0] == "her campaign"


def test_another_campaign_of_the_owner_is_not_the_one_running() -> None:
    text = OKAFOR.replace("her campaign said", "her 2008 campaign said")
    assert speaker(text, "We will win")[0] != "Okafor campaign"


def test_the_newspaper_is_the_outlet_named_just_before() -> None:
    for noun in ("newspaper", "conservative-leaning newspaper", "paper"):
        found = speaker(COURIER.format(noun=noun), "A bridge")
        assert found == ("Kessel Courier", SpeakerKind.ORGANISATION), noun


def test_a_newspaper_named_by_capitals_is_its_own() -> None:
    found = speaker(COURIER.format(noun="Harbour Times newspaper"), "A bridge")
    assert found[0] != "Kessel Courier"


def test_the_newspaper_after_a_person_is_no_one_named() -> None:
    text = COURIER.replace("The Kessel Courier", "Mayor Ann Lind")
    assert speaker(text.format(noun="newspaper"), "A bridge")[0] != "Ann Lind"


def test_a_thing_sent_from_a_person_is_their_words() -> None:
    text = (
        "Club closes\n\nThe Kessel Rowing Club will close. An email was sent from the club's "
        "executive director, Jeremy Boreing, to the members. "
        f"The email said, {L}We are going to wind down the club.{R}"
    )
    assert speaker(text, "We are going") == ("Jeremy Boreing", SpeakerKind.PERSON)


def test_a_note_from_a_person_is_theirs_whoever_the_subject_is() -> None:
    text = (
        "A note\n\nOn his wall, the writer Mark Singer has a framed, handwritten note from "
        f"Donald J. Trump. {L}Mark, you are a total loser!{R} the note says."
    )
    assert speaker(text, "Mark, you are") == ("Donald J. Trump", SpeakerKind.PERSON)


def test_a_note_to_a_person_is_not_theirs() -> None:
    text = (
        "A note\n\nOn his wall, the writer Mark Singer has a framed note to Donald J. Trump. "
        f"{L}Donald, you are a total loser!{R} the note says."
    )
    assert speaker(text, "Donald, you are")[0] != "Donald J. Trump"


MUSEUM = (
    "Museum speaks\n\nDays after its report was issued, {issuer} issued a statement of "
    f"concern about the bridge. Recalling the flood, the statement urged the council to "
    f"{L}think again.{R}"
)


def test_the_named_thing_that_issued_a_statement_speaks_it() -> None:
    found = speaker(MUSEUM.format(issuer="the Kessel Maritime Museum"), "think again")
    assert found == ("Kessel Maritime Museum", SpeakerKind.ORGANISATION)


def test_a_person_after_the_and_a_title_is_no_organisation() -> None:
    found = speaker(MUSEUM.format(issuer="the Rev. Tom Harlan"), "think again")
    assert found == ("Tom Harlan", SpeakerKind.PERSON)


def test_the_thing_again_is_still_the_senders() -> None:
    text = (
        "Club closes\n\nThe Kessel Rowing Club will close. An email was sent from the club's "
        "executive director, Jeremy Boreing, to the members. "
        f"The email said, {L}We are going to wind down the club.{R} "
        f"The email went on to say, {L}Fewer people pay the dues.{R}"
    )
    assert speaker(text, "Fewer people") == ("Jeremy Boreing", SpeakerKind.PERSON)


def test_the_thing_again_after_another_is_not_the_first_senders() -> None:
    text = (
        "Club closes\n\nThe Kessel Rowing Club will close. An email was sent from the club's "
        "executive director, Jeremy Boreing, to the members. Days later an email reached the "
        f"press. The email went on to say, {L}Fewer people pay the dues.{R}"
    )
    assert speaker(text, "Fewer people")[0] != "Jeremy Boreing"
