"""Speech verbs in every form: the -s, past and -ing forms are made from the lemma by
spelling rules (core/lexicons.py), and resources/lexicons/cue_verbs.txt lists only the
irregular ones. Sentences written for these tests."""

from __future__ import annotations

import pytest

from core import lexicons
from tests.analyses import speaker_of

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("accuse", ["accuse", "accuses", "accused", "accusing"]),
        ("testify", ["testify", "testifies", "testified", "testifying"]),
        ("stress", ["stress", "stresses", "stressed", "stressing"]),
        ("gush", ["gush", "gushes", "gushed", "gushing"]),
        ("portray", ["portray", "portrays", "portrayed", "portraying"]),
        ("quip", ["quip", "quips", "quipped", "quipping"]),
        ("snap", ["snap", "snaps", "snapped", "snapping"]),
        ("agree", ["agree", "agrees", "agreed", "agreeing"]),
        ("mutter", ["mutter", "mutters", "muttered", "muttering"]),
        ("vow", ["vow", "vows", "vowed", "vowing"]),
        ("text", ["text", "texts", "texted", "texting"]),
    ],
)  # fmt: skip
def test_regular_forms_are_made_by_spelling_rules(verb: str, forms: list[str]) -> None:
    assert lexicons.inflections(verb) == forms


def test_listed_irregular_forms_replace_the_made_ones() -> None:
    assert lexicons.inflections("say", ["said"]) == ["say", "says", "said", "saying"]
    assert lexicons.inflections("admit", ["admitted", "admitting"]) == [
        "admit", "admits", "admitted", "admitting"]  # fmt: skip


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("accuses", "accuse"), ("exclaims", "exclaim"), ("testifies", "testify"),
     ("muses", "muse"), ("said", "say"), ("wrote", "write"), ("spoke", "speak"),
     ("emphasised", "emphasize"), ("criticising", "criticize"), ("e-mailed", "email"),
     ("labelled", "label"), ("beginning", "begin")],
)  # fmt: skip
def test_every_form_of_a_listed_verb_is_a_cue(form: str, lemma: str) -> None:
    assert lexicons.cue_forms()[form] == lemma


def test_a_form_listed_with_a_minus_is_left_out() -> None:
    assert lexicons.inflections("attack", ["-attacks"]) == ["attack", "attacked", "attacking"]
    forms = lexicons.cue_forms()
    assert "attacked" in forms and "questioned" in forms
    assert not {"attacks", "questions", "names", "offers", "putting"} & set(forms)


def test_no_made_form_of_an_irregular_verb() -> None:
    forms = lexicons.cue_forms()
    assert not {"sayed", "telled", "writed", "finded", "putted", "admited"} & set(forms)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (f"{L}We never saw the money,{R} testifies Mara Quill, a former clerk.",
         "We never", "Mara Quill"),
        (f"{L}What a night for the party!{R} exclaims Tomas Reyes.", "What a night",
         "Tomas Reyes"),
    ],
)  # fmt: skip
def test_present_tense_cues(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker
