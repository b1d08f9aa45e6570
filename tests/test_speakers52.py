"""Branch roles52: a one-word name cited in a clause of saying opened by "as" ("As
Examplia put it, ...") is an outlet's when no person in the article bears it, as after
"according to" (train_roles_52's "As Vulture put it" was listed as a person). With near
misses: a surname of someone named in full, or after a title, stays the person's."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import extract


def _speaker(text: str, quoted: str) -> tuple[str, SpeakerKind]:
    text = text.replace("<", "\u201c").replace(">", "\u201d")
    for quote in extract(text).quotes:
        if quoted in text[quote.span.start : quote.span.end] and quote.speaker:
            return quote.speaker.name, quote.speaker.kind
    raise AssertionError(f"no speaker for {quoted!r}")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The senator's hearing ran long. As Gawkerly put it, <The man never stops"
            " talking.> Nobody left early.",
            "Gawkerly",
            SpeakerKind.ORGANISATION,
        ),
        (
            "The senator's hearing ran long, as Gawkerly reported: <The man never stops talking.>",
            "Gawkerly",
            SpeakerKind.ORGANISATION,
        ),
        # a surname of someone the article names in full is that person's
        (
            "Sen. Dana Pruitt chaired the hearing. As Pruitt put it, <The man never stops"
            " talking.> Nobody left early.",
            "Dana Pruitt",
            SpeakerKind.PERSON,
        ),
        (
            "The hearing ran long. As Professor Pruitt put it, <The man never stops"
            " talking.> Nobody left early.",
            "Pruitt",
            SpeakerKind.PERSON,
        ),
    ],
)
def test_a_name_cited_after_as_is_an_outlet_unless_a_person_bears_it(
    text: str, name: str, kind: SpeakerKind
) -> None:
    assert _speaker(text, "never stops") == (name, kind)
