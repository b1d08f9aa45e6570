"""A transcript's speaker label may carry a role after the name, after a comma or in
brackets ("BEN ORTEGA, HOST:", "SEN. X (R-OHIO):"): the turn is the name's (core.transcripts)."""

from __future__ import annotations

from core.extract import extract

RADIO = (
    "Transcript: the morning show\n\n"
    "This is an edited transcript of Monday's program.\n\n"
    "MIRIAM OSTROWSKI, HOST: Good morning. My guest is the county clerk. "
    "Will the count be late?\n\n"
    "HALVARD PENNYWORTH: Not if the machines behave. We tested every one of them.\n\n"
    "OSTROWSKI: And if they don't?\n\n"
    "PENNYWORTH: Then we count by hand, as we did in 1998.\n"
)
HEARING = (
    "Senators spar over the bridge\n\n"
    "The committee heard from two members on Tuesday.\n\n"
    "SEN. GRETCHEN VASQUEZ (R-OHIO): The bridge is thirty years late. Who pays?\n\n"
    "SEN. TOBIAS WENTWORTH (D-MAINE): The states pay, as they always have.\n\n"
    "VASQUEZ: Then the states should say so.\n"
)


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in extract(text).quotes}


def test_a_role_after_a_comma_is_no_part_of_the_label() -> None:
    said = _speakers(RADIO)
    assert said["Good morning. My guest is the county clerk. Will the count be late?"] == (
        "Miriam Ostrowski"
    )
    assert said["Not if the machines behave. We tested every one of them."] == (
        "Halvard Pennyworth"
    )
    assert said["And if they don't?"] == "Miriam Ostrowski"


def test_a_party_and_state_in_brackets_is_no_part_of_the_label() -> None:
    said = _speakers(HEARING)
    assert said["The bridge is thirty years late. Who pays?"] == "Gretchen Vasquez"
    assert said["The states pay, as they always have."] == "Tobias Wentworth"
    assert said["Then the states should say so."] == "Gretchen Vasquez"


def test_a_label_with_a_role_standing_once_is_no_transcript() -> None:
    text = (
        "Mayor names a new clerk\n\n"
        "The appointment was announced on Monday.\n\n"
        "MIRIAM OSTROWSKI, CLERK: a profile of the new clerk appears on page 4.\n\n"
        "The council meets again in May.\n"
    )
    assert extract(text).quotes == ()


def _roles(text: str) -> dict[str, str | None]:
    return {q.speaker.name: q.role for q in extract(text).quotes if q.speaker}


def test_a_role_after_a_comma_is_the_speakers_role() -> None:
    """ "MIRIAM OSTROWSKI, HOST:" gives her the role "host", as ", the host," would."""
    assert _roles(RADIO) == {"Miriam Ostrowski": "host", "Halvard Pennyworth": None}


def test_a_title_and_a_party_tag_in_a_label_are_the_speakers_role() -> None:
    """ "SEN. GRETCHEN VASQUEZ (R-OHIO):" gives "Sen. (R-Ohio)", as "Sen. Gretchen Vasquez
    (R-Ohio) said" does."""
    assert _roles(HEARING) == {
        "Gretchen Vasquez": "Sen. (R-Ohio)",
        "Tobias Wentworth": "Sen. (D-Maine)",
    }


def test_a_role_in_capitals_reads_as_prose_writes_it() -> None:
    """Its words lower case, a listed organisation or place and a short acronym as they
    are written; a full name with a role names a person though its first name is in no
    list ("Halvard")."""
    text = RADIO.replace("MIRIAM OSTROWSKI, HOST:", "MIRIAM OSTROWSKI, NPR CORRESPONDENT:")
    text = text.replace("HALVARD PENNYWORTH:", "HALVARD PENNYWORTH, COUNTY CLERK:")
    assert _roles(text) == {
        "Miriam Ostrowski": "NPR correspondent",
        "Halvard Pennyworth": "county clerk",
    }
    text = HEARING.replace("(R-OHIO)", "(R-CALIF.)").replace("(D-MAINE)", "(D-N.M.)")
    assert _roles(text) == {
        "Gretchen Vasquez": "Sen. (R-Calif.)",
        "Tobias Wentworth": "Sen. (D-N.M.)",
    }


def test_a_hyphenated_surname_label_is_the_full_name_an_earlier_label_gave() -> None:
    """ "VASQUEZ-LORD:" after "SEN. GRETCHEN VASQUEZ-LORD (R-OHIO):" is her, as "VASQUEZ:"
    after "SEN. GRETCHEN VASQUEZ (R-OHIO):" is."""
    said = _speakers(HEARING.replace("VASQUEZ", "VASQUEZ-LORD"))
    assert said["The bridge is thirty years late. Who pays?"] == "Gretchen Vasquez-Lord"
    assert said["Then the states should say so."] == "Gretchen Vasquez-Lord"
    said = _speakers(RADIO.replace("OSTROWSKI", "OSTROWSKI-BANE"))
    assert said["And if they don't?"] == "Miriam Ostrowski-Bane"
