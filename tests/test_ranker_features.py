"""The speaker ranker's sentence feature: the sentences between a candidate and its
quotation are the article's Punkt sentences, not every full stop."""

from __future__ import annotations

from core.extract import attribute

L, R = "\u201c", "\u201d"


def candidate_features(text: str, fragment: str) -> dict[str, list[str]]:
    """Each candidate's features for the quotation starting with ``fragment``, by the
    words of its mention."""
    for att in attribute(text, model=None).attributions:
        if text[att.quote.span.start :].lstrip(L).startswith(fragment):
            return {
                text[c.mention.span.start : c.mention.span.end]: c.features for c in att.candidates
            }
    raise AssertionError(f"no quotation starts with {fragment!r}")


def test_sentences_between_are_punkt_sentences_not_every_stop() -> None:
    # "Mr. " ends no sentence: one sentence lies between Jana Holm and the quotation
    text = f"Jana Holm thanked Mr. Tribe for the grant. {L}It changes everything for us.{R}\n"
    found = candidate_features(text, "It changes")
    sents = [f for f in found["Jana Holm"] if f.startswith("sents=")]
    assert sents == ["sents=1|role=cue|name"]  # "Mr. " and "grant. " were two stops
