"""orgs58: a day of the week ends a name. "Super Tuesday", "won South Carolina Saturday" or
"asked Clinton Friday whether" named a person "Super Tuesday" (or "Carolina Saturday",
"Clinton Friday") in the cast: 23 such cast persons on whole train, 12 of them "Super
Tuesday", which then took "his" ("his campaign sent a text message" was "Tuesday campaign")."""

from __future__ import annotations

from core.document import SpeakerKind
from core.extract import attribute
from tests.test_attribution_probes import speaker_in_a_story as _speaker


def _cast_people(text: str) -> set[str]:
    return {p.name for p in attribute(text, model=None).cast.people if p.kind == SpeakerKind.PERSON}


def test_an_event_named_for_a_day_is_no_person() -> None:
    text = (
        "Gov. Anne Rourke will campaign in Georgia before Super Tuesday.\n\n"
        "She flew to Atlanta late Tuesday. Her rival, Dale Ames, stayed home."
    )
    people = _cast_people(text)
    assert "Super Tuesday" not in people
    assert {"Anne Rourke", "Dale Ames"} <= people


def test_a_day_after_a_name_is_no_surname() -> None:
    text = (
        "Kendra Molloy won South Carolina Saturday, and a reporter asked Molloy Friday "
        "whether she would debate Lyle Stroud Tuesday."
    )
    people = _cast_people(text)
    assert not {p for p in people if p.split()[-1].endswith("day")}
    assert "Kendra Molloy" in people


def test_his_campaign_is_not_the_days() -> None:
    text = (
        "Eleven states vote on March 1, a date known as Super Tuesday.\n\n"
        "Sen. Tom Brevard is betting on the South. On Sunday his campaign sent a text "
        "message to supporters. \u201cTuesday is the day,\u201d his campaign said."
    )
    assert _speaker(text, "Tuesday is the day") == "Brevard campaign"
