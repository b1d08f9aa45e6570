"""The speaker ranker's features: how far each candidate stands from the quotation (in
paragraphs, and in the article's Punkt sentences, not every full stop), whether the
quotation speaks in the first person; and the shipped model weighs the templates they write."""

from __future__ import annotations

from core.extract import attribute
from core.speaker_choice import shipped

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


def distance(features: list[str]) -> list[str]:
    return sorted(f for f in features if f.startswith(("paras=", "sents=", "after|")))


def test_paragraphs_between_a_mention_and_a_lone_quotation_are_counted() -> None:
    text = (
        f"Ana Ruiz said the council had {L}failed.{R}\n\n"
        "Sheriff Tom Bly was unmoved.\n\n"
        f"{L}We are stretched thin on weekends.{R}"
    )
    found = candidate_features(text, "We are stretched")
    assert distance(found["Tom Bly"]) == ["paras=1|role=subject", "sents=3|role=subject|name"]
    assert distance(found["Ana Ruiz"]) == ["paras=2|role=cue", "sents=3|role=cue|name"]


def test_sentences_between_are_counted_within_the_quotations_paragraph() -> None:
    text = (
        "Mayor Jo Kent wants more deputies. The sheriff has none to spare, Ana Ruiz said. "
        f"{L}It is a matter of safety,{R} she added."
    )
    found = candidate_features(text, "It is a matter")
    assert distance(found["she"]) == ["after|role=cue|pronoun"]
    assert distance(found["Ana Ruiz"]) == ["paras=0|role=cue", "sents=1|role=cue|name"]


def test_sentences_between_are_punkt_sentences_not_every_stop() -> None:
    # "Mr. " ends no sentence: one sentence lies between Jana Holm and the quotation
    text = f"Jana Holm thanked Mr. Tribe for the grant. {L}It changes everything for us.{R}\n"
    found = candidate_features(text, "It changes")
    sents = [f for f in found["Jana Holm"] if f.startswith("sents=")]
    assert sents == ["sents=1|role=cue|name"]  # "Mr. " and "grant. " were two stops


def first_person(features: list[str]) -> list[str]:
    return [f for f in features if f.startswith("first-person|")]


def test_a_quotation_in_the_first_person_is_told_from_a_quoted_phrase() -> None:
    text = (
        f"Nora Vance, the union's treasurer, called the offer {L}a rounding error.{R} "
        f"{L}We’ll strike if we must,{R} Ida Moss said after the vote."
    )
    phrase = candidate_features(text, "a rounding error")
    whole = candidate_features(text, "We’ll strike")
    assert first_person(phrase["Nora Vance"]) == ["first-person|kind=False|name"]
    assert first_person(whole["Ida Moss"]) == ["first-person|kind=True|name"]


def test_the_shipped_model_weighs_the_templates_the_features_write() -> None:
    """The model file and ``features`` are in step: a template the code writes and the model
    never learnt (code changed, model not retrained), or one the model weighs and the code
    no longer writes (templates cut from the code and the model not retrained), fails
    here. ``no-person`` (a mention the cast holds no person for) needs no sentence."""
    text = (
        "Harbour plan\n\n"
        f"Mayor Jo Kent said the harbour plan was {L}a disgrace.{R} "
        f"{L}We were never asked,{R} she added.\n\n"
        "Sheriff Tom Bly, who opposes it, was unmoved. The council met on Monday.\n\n"
        f"{L}It is a matter of safety; we need the deputies,{R} said Bly, whose office told "
        "reporters it had no comment.\n\n"
        f"Ana Ruiz, a spokeswoman for the port, called it {L}overdue{R} and {L}the right call.{R}"
        f"\n\n{L}Nobody wants this,{R} one resident said. The company wrote that the plan was "
        f"{L}sound.{R}\n"
    )
    written = {
        f.split("=", 1)[0]
        for att in attribute(text, model=None).attributions
        for c in att.candidates
        for f in c.features
    }
    weighed = {f.split("=", 1)[0] for f in shipped().weights}
    assert written == weighed - {"no-person"}
