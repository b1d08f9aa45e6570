"""Issue 16: prepositions that name a source after them ("In a new survey, most residents
backed the bridge", "The mayor leads in the latest polls"): learnt as pairs of a
preposition and its noun phrase's head from annotated cues, a candidate cue where the
pair stands, the noun phrase its source and the clause it attaches to its content."""

from __future__ import annotations

import json
import sys
from functools import cache
from importlib import util
from pathlib import Path
from types import ModuleType

import pytest

from core import statement_model
from core.document import Span
from core.extract import extract
from core.statement_model import Linear, StatementModel, Words, frame_words, source_head
from core.statements import source_follows


def _training_script() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "scripts" / "train_statements.py"
    spec = util.spec_from_file_location("train_statements", path)
    assert spec is not None and spec.loader is not None
    module = util.module_from_spec(spec)
    sys.modules.setdefault("train_statements", module)  # its dataclasses look it up
    spec.loader.exec_module(module)
    return module


def words_of(text: str) -> Words:
    return frame_words(text, Span(0, len(text)), [])


def test_the_head_of_the_noun_phrase_after_a_preposition() -> None:
    words = words_of("In a county survey released Monday, most residents backed it.")
    assert words.lowers[source_head(words, 0) or 0] == "survey"  # "released": a verb
    words = words_of("She leads in the average of three surveys.")
    assert words.lowers[source_head(words, 2) or 0] == "average"  # "of" ends it
    words = words_of("It rose in the.")
    assert source_head(words, 2) is None  # a determiner heads nothing


def test_a_source_noun_past_the_heads_reach_or_before_more_words_of_the_phrase() -> None:
    """The head stops at seven words or at the phrase's last noun; a noun of a source
    pair further on or before it still makes the preposition name a source."""
    data = statement_model.model().to_json()
    model = StatementModel.from_json({**data, "sources": ["in survey"]})
    for sentence in (
        "In a Fairview County Gazette/Channel Nine survey released Monday, most backed it.",
        "In a county survey last month, most residents backed the bridge.",
    ):
        assert model.names_source(words_of(sentence), 0), sentence
    for sentence in (
        "In a county hall, the survey was read out.",  # past a break
        "In the hall renovated after the survey, it was read out.",  # past a likely verb
        "In the hall, which the survey named, it was read out.",  # past a relative
    ):
        assert not model.names_source(words_of(sentence), 0), sentence


def test_training_learns_a_preposition_before_a_source_it_names() -> None:
    """ "in" is the whole cue and "survey" in its source three times out of four; "in"
    before "May" never cues; "in hopes" cues, but its source is no noun after it."""
    script = _training_script()
    articles = []
    sentences = ["In a new survey, most residents backed the bridge."] * 3
    sentences += ["Work on the bridge was set out in a survey last year."]
    sentences += ["In May, the bridge reopened."] * 3
    sentences += ["Jane Roe wrote in hopes of a new bridge."] * 3
    for n, sentence in enumerate(sentences):
        words = words_of(sentence)
        golds = []
        if n < 3:  # "In" the cue, "a new survey" the source, the rest the content
            source = [(words.starts[1], words.ends[3])]
            golds = [script.Gold([(0, 2)], [(words.starts[5], len(sentence) - 1)], True, source)]
        elif n >= 7:  # "in hopes" the cue, "Jane Roe" the source
            cue = [(words.starts[3], words.ends[4])]
            source = [(0, words.ends[1])]
            golds = [script.Gold(cue, [(words.starts[5], len(sentence) - 1)], True, source)]
        articles.append(script.Article(str(n), [words], golds))
    assert script.source_pairs(articles) == {"in survey"}


def test_a_preposition_before_a_learnt_source_is_a_candidate_cue() -> None:
    model = StatementModel(
        frozenset({"said"}), frozenset(), Linear({"bias": 1}), Linear({}),
        sources=frozenset({"in survey"}), source_cue=Linear({"bias": 1}),
    )  # fmt: skip
    model = StatementModel.from_json(json.loads(json.dumps(model.to_json())))
    assert model.sources == {"in survey"} and model.source_prepositions == {"in"}
    assert model.source_cue.weights == {"bias": 1}
    text = "In a new survey, most residents backed the bridge in May."
    words = words_of(text)
    assert model.cues(words) == [0]  # not "in May"
    assert model.may_hold_cue(text)  # "survey": no candidate word, yet a frame to read
    assert not model.may_hold_cue("Most residents backed the bridge in May.")
    assert source_follows("in", model) and source_follows("according", model)
    assert not source_follows("said", model)


@cache
def surveys_model() -> StatementModel:
    """The shipped model with "in poll" and "in survey" among its sources, made once per
    test process (0.13 s of CPU each time)."""
    data = statement_model.model().to_json()
    return StatementModel.from_json({**data, "sources": ["in poll", "in survey"]})


@pytest.fixture
def surveys(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped model, with "in" before "survey" or "poll" cueing wherever it stands."""
    model = surveys_model()
    monkeypatch.setattr(statement_model, "model", lambda: model)
    cues = StatementModel.cues

    def with_sources(self: StatementModel, words: Words) -> list[int]:
        found = {i for i in range(len(words)) if self.names_source(words, i)}
        return sorted(found | set(cues(self, words)))

    monkeypatch.setattr(StatementModel, "cues", with_sources)


def statements_of(sentence: str) -> list[tuple[str | None, str, str | None]]:
    """The cue, the content and the source's words of each statement."""
    return [
        (s.cue, s.text, s.mention and sentence[s.mention.start : s.mention.end])
        for s in extract(sentence).statements
    ]


@pytest.mark.usefixtures("surveys")
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("In a new survey by the county, most residents backed the bridge.",
         ("In", "most residents backed the bridge", "a new survey")),
        ("Most residents backed the new bridge in a county survey.",
         ("in", "Most residents backed the new bridge", "a county survey")),
        ("The town, where the mayor has a wide lead in the latest polls, votes on Tuesday.",
         ("in", "the mayor has a wide lead", "the latest polls")),
        ("The mayor's lead held, in the latest poll.",
         ("in", "The mayor's lead held", "the latest poll")),
        ("Most residents backed the bridge in the most recent county survey.",
         ("in", "Most residents backed the bridge", "the most recent county survey")),
        ("In the latest county survey, conducted in May, most residents backed the bridge.",
         ("In", "most residents backed the bridge", "the latest county survey")),
    ],
)  # fmt: skip
def test_a_preposition_names_its_source_and_attributes_its_clause(
    sentence: str, found: tuple[str, str, str]
) -> None:
    assert statements_of(sentence) == [found]


@pytest.mark.usefixtures("surveys")
def test_a_cue_in_the_clause_a_survey_attributes_is_its_content() -> None:
    """What the voters said is what the survey found: one statement, the survey's."""
    sentence = "In a poll released Monday, most voters said they would back the bridge."
    assert statements_of(sentence) == [
        ("In", "most voters said they would back the bridge", "a poll")
    ]


@pytest.mark.usefixtures("surveys")
def test_a_preposition_before_a_source_in_a_noun_phrase_attributes_nothing() -> None:
    assert statements_of("Her lead in the polls has grown since May.") == []


def test_according_to_the_most_recent_data_names_the_data() -> None:
    """A superlative's adverb after "the" stands in the source's noun phrase; a
    comparative's after "a" does not make what follows "said" its speaker."""
    sentence = "The town had 115 robberies last year, according to the most recent data."
    assert statements_of(sentence) == [
        ("according to", "The town had 115 robberies last year", "the most recent data")
    ]
    sentence = "Jane Roe said a more immediate worry was the bridge."
    assert [s[2] for s in statements_of(sentence)] == ["Jane Roe"]


def test_the_shipped_model_learnt_that_a_poll_names_its_source() -> None:
    assert "in poll" in statement_model.model().sources
    sentence = "In a new poll by the county, most residents backed the bridge."
    assert statements_of(sentence) == [("In", "most residents backed the bridge", "a new poll")]
