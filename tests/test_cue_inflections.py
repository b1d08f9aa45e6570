"""Speech verbs in every form: the -s, past and -ing forms are made from the lemma by
spelling rules (core/lexicons.py), and resources/lexicons/cue_verbs.txt lists only the
irregular ones; a form that is also a noun is a cue only where tagged as a verb, and a
phrasal verb only before its particle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from core import lexicons, nlp
from core.document import Token
from tests.analyses import speaker_of
from tests.test_attribution_probes import quotes_of

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
    assert lexicons.inflections("put", ["put", "-putting"]) == ["put", "puts", "put"]
    assert "putting" not in lexicons.verb_forms()


def test_a_form_that_is_also_a_noun_is_no_cue_by_its_text() -> None:
    forms = lexicons.cue_forms()
    assert "attacked" in forms and "questioned" in forms
    assert not {"attacks", "questions", "names", "offers", "labels"} & set(forms)
    assert lexicons.verb_forms()["attacks"] == "attack"
    assert "attack" in lexicons.cue_lemmas()


def _tokens(text: str) -> list[Token]:
    return nlp.tagged(text, 0, len(text))


def _cue_at(text: str, word: str) -> bool:
    tokens = _tokens(text)
    return lexicons.is_cue(tokens, next(k for k, t in enumerate(tokens) if t.text == word))


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("The mayor attacks the plan as a giveaway.", "attacks", True),
        ("After the attacks, the mayor spoke.", "attacks", False),
        ("He brands the plan a giveaway.", "brands", True),
        ("The two brands sold out.", "brands", False),
        ("The questions were about the budget.", "questions", False),
        # left out even as a verb: on train only a thing offered ("the benefits it offers")
        ("The diversity the county offers is fertile ground.", "offers", False),
        ("The reporter said nothing.", "said", True),
    ],
)  # fmt: skip
def test_a_noun_form_is_a_cue_where_tagged_as_a_verb(text: str, word: str, cue: bool) -> None:
    assert _cue_at(text, word) is cue


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("Then Ann Lowry weighed in on the plan.", "weighed", True),
        ("The package weighed ten pounds.", "weighed", False),
        ("Ann Lowry cut in.", "cut", True),
        ("The council cut taxes again.", "cut", False),
        ("The plan makes a cut in spending.", "cut", False),
        ("A reporter piped up from the back.", "piped", True),
    ],
)  # fmt: skip
def test_a_phrasal_cue_needs_its_particle(text: str, word: str, cue: bool) -> None:
    assert _cue_at(text, word) is cue


def test_the_particle_is_written_on_the_lemma_line() -> None:
    assert [lexicons.cue_particle(v) for v in ("chime", "speak", "weigh", "cut", "say")] == [
        "in", "up", "in", "in", ""]  # fmt: skip
    assert "cut" not in lexicons.cue_forms() and "spoke" in lexicons.cue_forms()


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


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (f"The board met late. {L}This budget is a fantasy,{R} Ann Lowry weighed in.",
         "This budget", "Ann Lowry"),
        (f"{L}Who pays for the bridge?{R} piped up Tomas Reyes, a retired engineer.",
         "Who pays", "Tomas Reyes"),
    ],
)  # fmt: skip
def test_phrasal_cues(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("pronoun", ["they", "we", "I"])
def test_an_unlisted_verb_after_a_pronoun_cues_by_its_frame(pronoun: str) -> None:
    text = f"The gates opened at noon.\n\n{L}Not one more acre,{R} {pronoun} hollered."
    assert [q.cue for q in quotes_of(text)] == ["hollered"]
