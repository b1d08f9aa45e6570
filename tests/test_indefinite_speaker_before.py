"""A pronoun after a sentence an unnamed indefinite subject opens ("A retired plumber said
the roads were worse. “…,” he said"): the unnamed one, not the man named before him.
Three things had hidden the indefinite (sweep53; probes44 a22, probes65 t18, probes79 e02,
probes81 f04 are the kind): the nominal's own mention at its head read as someone named
since, a "he" or "his" of its own sentence that the cast took for the named man, and the
speaker's "my" inside the quotation taken for the writer's."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story as _speaker

MAYOR = "Mayor Tom Harlan spoke first. \u201cWe will fix the roads,\u201d Harlan said.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the nominal's own mention, at "plumber", is no one named since
        (MAYOR + "A retired plumber said the roads were worse. "
         "\u201cYou said that last year,\u201d he said.", "A retired plumber"),
        # a "his" of its own relative clause is the plumber's
        (MAYOR + "A retired plumber who declined to give his name said the roads were worse. "
         "\u201cYou said that last year,\u201d he said.", "A retired plumber"),
        # a "he" of its reported clause is the plumber's
        (MAYOR + "Not everyone agreed. A retired plumber said he had heard it all before. "
         "\u201cYou said that last year,\u201d he said.", "A retired plumber"),
        # the speaker's "my" inside the quotation is no nominal of the writer's
        (MAYOR + "A retired plumber said the roads were worse. "
         "\u201cMy street has a crater,\u201d he said.", "A retired plumber"),
    ],
)  # fmt: skip
def test_a_pronoun_after_an_indefinite_subject_is_its_person(text: str, speaker: str) -> None:
    assert _speaker(text, "last year" if "last year" in text else "crater") == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a man of the pronoun's sex named since, in the indefinite's relative clause
        MAYOR + "A retired plumber who has known Harlan for years said the roads were worse. "
        "\u201cYou said that last year,\u201d he said.",
        # a named man the reported clause brings in
        MAYOR + "A retired plumber said Harlan had promised the same in May. "
        "\u201cYou said that last year,\u201d he said.",
    ],
)
def test_a_man_named_since_still_stops_it(text: str) -> None:
    assert _speaker(text, "last year") == "Tom Harlan"
