"""The language core with the shipped models, read from the package resources."""

from __future__ import annotations

import dataclasses
import gc
import importlib
import json
import os
import pickle
import random
import re
import shutil
import sys
from importlib import resources
from pathlib import Path

import pytest
from nltk.tokenize.punkt import PunktSentenceTokenizer

from core import nlp, statement_model
from core.document import Span, Token
from core.pos_training import PerceptronTagger, TrainableTagger
from core.speaker_choice import MODEL_FILE

SAMPLE = resources.files("resources.samples").joinpath("eu-training-mission.txt")


@pytest.fixture(scope="module")
def text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sentences(text: str) -> list[str]:
    return [span.of(text) for span in nlp.split_sentences(text)]


@pytest.fixture(scope="module")
def nltk_tagger() -> TrainableTagger:
    """The shipped model on NLTK's own tagger, which tags as NLTK does."""
    tagger = TrainableTagger()
    nlp.read_model(nlp.POS_FILE, lambda data: nlp.tagger_from_json(data, tagger))
    return tagger


@pytest.fixture(scope="module")
def tokens(text: str) -> list[Token]:
    found: list[Token] = []
    for span in nlp.split_sentences(text):
        found += nlp.tag(nlp.tokenize(text, span.start, span.end))
    return found


@pytest.fixture
def fresh_models():
    """Loaded models forgotten before and after the test."""
    nlp.unload()
    yield
    nlp.unload()


def test_load_all_reads_every_shipped_file(fresh_models: None) -> None:
    seconds = nlp.load_all()
    assert set(seconds) >= {nlp.PUNKT_FILE, nlp.POS_FILE, MODEL_FILE, nlp.FIRST_NAMES_FILE}
    assert all(0 <= s < 10 for s in seconds.values())
    assert all(s < 0.01 for s in nlp.load_all().values())  # once per process


def test_quotation_followed_by_attribution_is_one_sentence(sentences: list[str]) -> None:
    brieger = [s for s in sentences if "Brieger" in s]
    assert brieger == [
        "“A training mission outside of Ukraine is not a signal of warfighting,” Austrian Army "
        "Gen. Robert Brieger, the current chairman of the European Union Military Committee, "
        "told reporters."
    ]


def test_sentence_after_a_period_starts_at_its_quotation_mark(sentences: list[str]) -> None:
    assert "Many member nations in the EU" in sentences[4]
    assert sentences[4].endswith("he noted.")
    assert sentences[5].startswith("“But the needs are enormous")


def test_initialism_before_a_price_does_not_split(sentences: list[str]) -> None:
    assert any(s.endswith("about €5.7 billion (U.S. $5.72 billion).") for s in sentences)


def test_a_party_label_ending_in_a_period_does_not_end_the_sentence() -> None:
    text = (
        "Harry Reid (D-Nev.), in particular, has been calling him a liar. "
        "Ted Cruz (R-Tex.) said no. Then he left."
    )
    assert [s.of(text) for s in nlp.split_sentences(text)] == [
        "Harry Reid (D-Nev.), in particular, has been calling him a liar.",
        "Ted Cruz (R-Tex.) said no.",
        "Then he left.",
    ]


def test_split_sentences_offsets_are_into_the_text_and_trimmed() -> None:
    text = "Intro.  One here. Two there.  \n"
    spans = nlp.split_sentences(text, 7)
    assert [s.of(text) for s in spans] == ["One here.", "Two there."]
    assert spans[0] == Span(8, 17)


def test_punkt_reads_a_wording_around_a_period_once_as_punkt_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    punkt = nlp._punkt()
    assert isinstance(punkt, nlp.NewsPunkt)
    monkeypatch.setattr(punkt, "_breaks", {})
    monkeypatch.setattr(nlp.NewsPunkt, "BREAKS_KEPT", 2)
    text = "Mr. Okafor spoke. Mr. Okafor left. Sen. Ted Cruz stayed. Then Gen. Lee came."
    expected = [
        "Mr. Okafor spoke.", "Mr. Okafor left.", "Sen. Ted Cruz stayed.", "Then Gen. Lee came.",
    ]  # fmt: skip
    assert [s.of(text) for s in nlp.split_sentences(text)] == expected
    assert [s.of(text) for s in nlp.split_sentences(text)] == expected  # read from the store
    assert 0 < len(punkt._breaks) <= 2  # all forgotten past BREAKS_KEPT
    for wording, found in punkt._breaks.items():
        assert PunktSentenceTokenizer.text_contains_sentbreak(punkt, wording) == found


def test_spans_and_tokens_stay_frozen_records() -> None:
    span, token = Span(3, 7), Token(Span(3, 7), "word")
    assert (span, token.tag, len(span)) == (Span(start=3, end=7), "", 4)
    assert token == Token(span, "word", "") and hash(token) == hash(Token(span, "word"))
    assert sorted([Span(4, 5), span, Span(3, 5)]) == [Span(3, 5), span, Span(4, 5)]
    assert dataclasses.replace(token, tag="NN") == Token(span, "word", "NN")
    assert pickle.loads(pickle.dumps(token)) == token
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        token.tag = "NN"  # type: ignore[misc]


def test_the_tokenizers_and_taggers_quick_tokens_are_the_frozen_records() -> None:
    """nlp makes its Spans and Tokens through classes of the same slots (nlp._SpanMade):
    what it returns must be the records themselves, every field set, still frozen."""
    made = nlp._token_at(3, 7, "word")
    tagged = nlp._tagged([made], ["NN"])[0]
    for quick, plain in (
        (made, Token(Span(3, 7), "word")),
        (tagged, Token(Span(3, 7), "word", "NN")),
    ):
        assert type(quick) is Token and type(quick.span) is Span
        assert quick == plain and hash(quick) == hash(plain) and repr(quick) == repr(plain)
        assert [getattr(quick, f.name) for f in dataclasses.fields(Token)] == [
            getattr(plain, f.name) for f in dataclasses.fields(Token)
        ]
        assert pickle.loads(pickle.dumps(quick)) == plain
        with pytest.raises(dataclasses.FrozenInstanceError):
            quick.tag = "VB"  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            quick.span.start = 0  # type: ignore[misc]
    tokens = nlp.tag(nlp.tokenize("Ms. Berg said it was fine."))
    assert tokens == [Token(t.span, t.text, t.tag) for t in tokens]
    assert all(type(t) is Token and type(t.span) is Span for t in tokens)


def test_tokenize_splits_clitics_and_quotes_with_spans() -> None:
    text = "“Borrell’s plan isn’t new,” he said of the U.S. Army."
    tokens = nlp.tokenize(text)
    assert [t.text for t in tokens] == [
        "“", "Borrell", "’s", "plan", "is", "n’t", "new", ",", "”",
        "he", "said", "of", "the", "U.S.", "Army", ".",
    ]  # fmt: skip
    assert all(t.span.of(text) == t.text for t in tokens)


def test_tokenize_a_region_only() -> None:
    text = "Skip this. Take Mrs. Smith's car-free day."
    tokens = nlp.tokenize(text, 11)
    assert [t.text for t in tokens] == [
        "Take", "Mrs.", "Smith", "'s", "car", "-", "free", "day", ".",
    ]  # fmt: skip
    assert tokens[0].span == Span(11, 15)


def test_tokenize_kept_lines_give_what_a_fresh_scan_gives() -> None:
    """Stretches of a text tokenized again take the kept tokens of its lines (see
    nlp._LineTokens); every stretch, whether it opens or ends inside a word, across line
    breaks or not, gets the tokens a scan of the stretch alone finds."""
    text = (
        "Gen. Smith's Hee-Chan plan -- isn't U.S. policy, said Ph.D. holder\n"
        "PeÃ±a Nieto and MUÃ‘OZ met e\u0301lan at 10:30 in the 1990s... ``Yes'' a-\n\n"
        "Borrell\u2019s self-driving 2,500 cars. Mrs. Lee said: \u201cNo.\u201d\n"
    )
    for start in range(-1, len(text) + 1):
        for end in range(start, len(text) + 2, 7):
            got = nlp.tokenize(text, start, end)
            fresh = nlp._scan(text, start, end, [])
            assert [(t.span, t.text) for t in got] == [(t.span, t.text) for t in fresh]
    assert nlp.tokenize(text) == nlp._scan(text, 0, len(text), [])


def test_tokenize_keeps_the_lines_of_the_few_texts_last_asked_about() -> None:
    """Texts asked about in turn each keep their lines (nlp._KEPT_TEXTS of them, by
    identity): a text asked about again, after others, gives the tokens its lines gave
    before (the same objects, not scanned again) and what a fresh scan gives; a text past
    the few kept, or an equal text that is another string, is scanned afresh."""
    texts = [
        f"Mr. Lee{n} said: it's the U.S.\nNo{n}, she didn't, said Ms. Day.\n" for n in range(9)
    ]
    texts = [text * (1 + n % 3) for n, text in enumerate(texts)]

    def asked(text: str, start: int = 3) -> list[nlp.Token]:
        got = nlp.tokenize(text, start, len(text))
        fresh = nlp._scan(text, start, len(text), [])
        assert [(t.span, t.text) for t in got] == [(t.span, t.text) for t in fresh]
        return got

    kept = nlp._KEPT_TEXTS
    first = [asked(text) for text in texts[:kept]]
    for _ in range(3):
        for text, tokens in zip(texts[:kept], first, strict=True):
            again = asked(text, 0)
            assert all(any(t is k for k in again) for t in tokens)  # kept, not rescanned
    for text in texts[kept:]:
        asked(text)
    assert not any(t is k for k in asked(texts[0]) for t in first[0])  # let go of
    copy = "".join(list(texts[1]))
    assert copy == texts[1] and copy is not texts[1]
    assert asked(copy) and all(nlp._kept_texts[0].text is not t for t in texts)


def test_a_hyphened_adverb_in_ly_is_one_adverb_token() -> None:
    """Words joined by hyphens whose last is an adverb "-ly" makes of an adjective are one
    token, an adverb, with its span into the text; other compounds keep GUM's hyphens (an
    adjective or noun in "-ly": "family-friendly", "print-only", "no-fly"), and so do
    "ex-minister", "well-known", "anti-war", "vice-president", "a 34-year-old"; a
    hyphened name stays whole. Kept lines give what a fresh scan gives."""
    text = (
        "The panel half-jokingly called it a self-consciously, only-slightly family-friendly,"
        " print-only no-fly plan. Half-heartedly, the ex-minister, a well-known anti-war\n"
        "vice-president, Jean-Claude Morel, a 34-year-old, agreed half-jokingly."
    )
    tokens = nlp.tag(nlp.tokenize(text))
    assert all(t.span.of(text) == t.text for t in tokens)
    tags = {t.text: t.tag for t in tokens}
    for adverb in ("half-jokingly", "self-consciously", "only-slightly", "Half-heartedly"):
        assert tags[adverb] == "RB"
    assert [t.text for t in tokens[:4]] == ["The", "panel", "half-jokingly", "called"]
    assert [t.text for t in tokens][-3:] == ["agreed", "half-jokingly", "."]
    words = " ".join(t.text for t in tokens)
    for split in (
        "family - friendly",
        "print - only",
        "no - fly",
        "ex - minister",
        "well - known",
        "anti - war",
        "vice - president",
        "34 - year - old",
    ):
        assert split in words
    assert tags["Jean-Claude"] == "NNP"
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 9):
            got = nlp.tokenize(text, start, end)
            fresh = nlp._scan(text, start, end, [])
            assert [(t.span, t.text) for t in got] == [(t.span, t.text) for t in fresh]


def test_an_adverb_in_ly_is_one_made_of_an_adjective() -> None:
    """:func:`nlp.ly_adverb`: "-ly" of an adjective or participle, not a word in "-ly"
    the tagger reads as an adjective or noun, nor one of no adjective."""
    for word in ("jokingly", "consciously", "slightly", "marginally", "heartedly", "happily"):
        assert nlp.ly_adverb(word), word
    for word in ("only", "friendly", "family", "fly", "early", "daily", "rally", "elderly"):
        assert not nlp.ly_adverb(word), word
    assert not nlp.ly_adverb("Jokingly") and not nlp.hyphened_adverb("Hee-Chanly")


def test_the_tokenizers_quick_alternatives_match_what_the_plain_pattern_matches() -> None:
    """The tokenizer's pattern with its quick alternatives (a plain ASCII word first, runs
    of word characters taken whole) matches what it matched without them, one word
    character a turn: the same spans, of the same kinds, at every start and end of a
    text of words joined and cut in every way (clitics, hyphens, periods, digits,
    mojibake, combining marks) and of random strings of those characters."""
    slow = re.compile(
        rf"""
        (?P<initials>(?:[^\W\d_]{{1,2}}\.){{2,}})
      | (?P<dotted>[^\W\d_]+\.)
      | (?P<number>\d+(?:[.,:]\d+)*[^\W_]*)
      | (?P<word>{nlp.WORD_CHAR}+(?:(?:['’]|-(?=[A-ZÀ-ÖØ-Þ])){nlp.WORD_CHAR}+)*)
      | (?P<punct>\.\.\.|--|``|''|\S)
        """,
        re.VERBOSE,
    )

    def found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[object]:
        return [
            (m.span(), "word" if m.lastgroup == "plain" else m.lastgroup)
            for m in pattern.finditer(text, start, end)
        ]

    text = (
        "Gen. Smith's Hee-Chan plan -- isn't U.S. policy, said Ph.D. holder a-b x_y ab1 "
        "PeÃ±a MUÃ‘OZ Ã± élan 10:30 1990s... ``Yes'' "
        "Borrell’s self-driving 2,500 cars. Mrs. Lee said: “No.” Ã“ "
        "café naïve O'Neil rock'n'roll end"
    )
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1, 5):
            assert found(nlp._TOKEN_RE, text, start, end) == found(slow, text, start, end)
    assert any(m.lastgroup == "plain" for m in nlp._TOKEN_RE.finditer(text))
    pieces = ["a", "Z", "é", "Ã", "±", "“", "́", "'", "’", "-",
              ".", "1", "_", " ", ",", "s", "t"]  # fmt: skip
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 14)))
        assert found(nlp._TOKEN_RE, text, 0, len(text)) == found(slow, text, 0, len(text))


def test_tags(tokens: list[Token]) -> None:
    words = [t.text for t in tokens]
    defense = words.index("Pevkur") - 3
    assert words[defense : defense + 4] == ["Defense", "Minister", "Danno", "Pevkur"]
    assert [t.tag for t in tokens[defense : defense + 4]] == ["NNP"] * 4
    assert {t.tag for t in tokens if t.text == "said"} == {"VBD"}
    assert {t.tag for t in tokens if t.text == "“"} == {"``"}
    assert {t.tag for t in tokens if t.text == "’s"} == {"POS"}


def test_packed_scores_give_nltks_tags(text: str, nltk_tagger: TrainableTagger) -> None:
    """The packed scorer tags as NLTK's own averaged perceptron does, word for word."""
    tagger = nlp._tagger()
    for span in nlp.split_sentences(text):
        words = nlp.tagger_forms(nlp.tokenize(text, span.start, span.end))
        assert tagger.tag_words(words) == [tag for _, tag in nltk_tagger.tag(words)]


def _words(text: str) -> list[str]:
    return nlp.tagger_forms(nlp.tokenize(text))


def test_a_word_placed_as_before_takes_the_tag_found_then(
    monkeypatch: pytest.MonkeyPatch, nltk_tagger: TrainableTagger
) -> None:
    tagger = nlp._tagger()
    words = _words("The minister said Borrell will hold the line on Ukraine.")
    first = tagger.tag_words(words)
    remembered = len(tagger.memo)
    assert tagger.tag_words(words) == first and len(tagger.memo) == remembered
    other = _words("Will Borrell hold the line?")  # the same words, placed otherwise
    assert tagger.tag_words(other) == [tag for _, tag in nltk_tagger.tag(other)]
    monkeypatch.setattr(tagger, "MEMO", 2)
    tagger.tag_words(_words("Josep Borrell Fontelles told reporters so."))
    assert len(tagger.memo) <= 2


def test_packed_scores_add_each_features_weights() -> None:
    scorer = nlp.DenseScorer.of_weights({"a": {"X": 1.0, "Y": 1.5}, "b": {"X": 1.0}}, ["X", "Y"])
    assert scorer.best(["a", "b"]) == "X"  # 2.0 against 1.5
    assert scorer.best(["a"]) == "Y"  # 1.0 against 1.5
    assert scorer.best(["a", "unknown"]) == "Y"
    assert scorer.best(["unknown"]) == "Y"  # nothing known: the last label, as in NLTK
    assert set(scorer.rows) == {"a", "b"}
    scorer = nlp.DenseScorer.of_weights({"a": {"X": 1.5, "Y": 1.5}, "b": {}}, ["X", "Y"])
    assert scorer.best(["a"]) == "Y"  # a tie: the last label, as in NLTK
    assert scorer.best(["b"]) == "Y"  # a feature whose weights all averaged to 0
    heaviest = {"a": {"X": -1.0, "Y": -nlp.DenseScorer.LARGEST}}
    assert nlp.DenseScorer.of_weights(heaviest, ["X", "Y"]).best(["a"]) == "X"  # it fits
    with pytest.raises(nlp.ModelError, match="cannot be packed"):
        nlp.DenseScorer.of_weights({**heaviest, "b": {"X": 16_777.216}}, ["X", "Y"])


def test_the_shipped_tagger_is_read_packed_and_keeps_nltks_closed_classes(
    nltk_tagger: TrainableTagger,
) -> None:
    """The shipped tagger's rows, packed once into its marshal copy, are its weights'; a
    field above the offset is a weight above 0, as the closed classes are read."""
    tagger = nlp._tagger()
    assert tagger.scorer is not None and not tagger.model.weights
    weights = nltk_tagger.model.weights
    assert tagger.scorer.rows.whole() == nlp.pack_rows(weights, nltk_tagger.classes)
    words = [f[len("i word ") :] for f in weights if f.startswith("i word ")]
    for word in words + ["neverseen"]:
        favoured = {t for t, w in weights.get("i word " + word, {}).items() if w > 0}
        assert tagger._closed_tags(word) == favoured & nlp.CLOSED_TAGS


def test_the_taggers_features_are_nltks_and_ours_each_once(
    text: str, nltk_tagger: TrainableTagger
) -> None:
    """Our features are written out in full: NLTK's come first, as NLTK builds them, and no
    feature is counted twice (the packed scorer counts each once)."""
    tagger = nltk_tagger
    words = _words(text) + ["1990", "3.5", "self-driving", "-", "--"]
    normal = [PerceptronTagger.normalize(tagger, w) for w in words]
    assert [nlp.NewsTagger.normalize(w) for w in words] == normal  # ours is NLTK's
    assert normal[-5:] == ["!YEAR", "!DIGITS", "!HYPHEN", "-", "--"]
    context = tagger.START + normal + tagger.END
    tags = ["-START2-", "-START-", *nlp._tagger().tag_words(words)]
    for i, word in enumerate(words):
        ours = tagger._get_features(i, word, context, tags[i + 1], tags[i])
        nltks = PerceptronTagger._get_features(tagger, i, word, context, tags[i + 1], tags[i])
        assert list(ours.items())[: len(nltks)] == list(nltks.items())
        assert set(ours.values()) == {1} and len(ours) in (len(nltks) + 3, len(nltks) + 4)


def test_a_word_takes_a_closed_class_only_where_its_weights_favour_it() -> None:
    """The perceptron put "neurosurgeon" (never seen) among the particles and "tech" among
    the infinitive markers; "up" and "to" keep theirs."""
    tokens = nlp.tag(nlp.tokenize("said retired neurosurgeon Ben Carson, a former tech executive"))
    tags = {t.text: t.tag for t in tokens}
    assert tags["neurosurgeon"] == "NN" and tags["tech"] in {"NN", "JJ"}
    tokens = nlp.tag(nlp.tokenize("He gave up trying to win."))
    assert [t.tag for t in tokens if t.text in {"up", "to"}] == ["RP", "TO"]


def test_straight_quotes_tag_as_opening_and_closing() -> None:
    tokens = nlp.tag(nlp.tokenize('He said "no" to it.'))
    assert [t.tag for t in tokens if t.text == '"'] == ["``", "''"]


def test_word_shape_is_the_punctuation_pattern() -> None:
    assert [nlp.word_shape(w) for w in ("Borrell", "U.S.", "9/11", "O'Neil", "Zürich")] == [
        "x", "x.x.", "x/x", "x'x", "x",
    ]  # fmt: skip


def test_first_name_gender() -> None:
    assert nlp.first_name_gender("Nathalie") == "f"
    assert nlp.first_name_gender("josep") == "m"
    assert nlp.first_name_gender("Kim") is None  # given to both
    assert nlp.first_name_gender("Ukraine") is None


def _fake_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, drop: str) -> Path:
    """A copy of the models package without ``drop``, put in place of the real one."""
    name = "fake_models_" + re.sub(r"\W", "_", tmp_path.name)  # new per test: no import cache
    package = tmp_path / name
    shutil.copytree(Path(str(resources.files(nlp.MODELS))), package)
    (package / drop).unlink()
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(nlp, "MODELS", name)
    return package


@pytest.mark.parametrize("name", [nlp.PUNKT_FILE, nlp.POS_FILE, MODEL_FILE])
def test_missing_model_names_the_file(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_models: None
) -> None:
    _fake_models(tmp_path, monkeypatch, name)
    with pytest.raises(nlp.ModelError, match=name.replace(".", r"\.")):
        nlp.load_all()


@pytest.mark.parametrize("content", ["{not json", '{"abbrev_types": []}', "[1, 2]"])
def test_corrupt_model_names_the_file(
    content: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_models: None
) -> None:
    package = _fake_models(tmp_path, monkeypatch, nlp.PUNKT_FILE)
    (package / nlp.PUNKT_FILE).write_text(content)
    with pytest.raises(nlp.ModelError, match=r"corrupt model file .*punkt_en\.json"):
        nlp.split_sentences("One. Two.")


def test_corrupt_tagger_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_models: None
) -> None:
    package = _fake_models(tmp_path, monkeypatch, nlp.POS_FILE)
    (package / nlp.POS_FILE).write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(nlp.ModelError, match=r"pos_perceptron_en\.json"):
        nlp.tag(nlp.tokenize("One two."))


def test_loading_leaves_the_collector_as_it_found_it(fresh_models: None) -> None:
    """The models are built with the cycle collector paused, and only then."""
    assert gc.isenabled()
    nlp.load_all()
    assert gc.isenabled()
    nlp.unload()
    gc.disable()
    try:
        nlp.load_all()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_statement_model_weight_that_is_no_number_is_refused() -> None:
    data = statement_model.model().to_json()
    assert statement_model.StatementModel.from_json(data).end.weights == data["end"]
    data["end"] = {**data["end"], "bias": "0.5"}
    with pytest.raises(ValueError, match="numbers"):
        statement_model.StatementModel.from_json(data)


def _punkt_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A copy of the models package without marshal copies; its Punkt file and where that
    file's marshal copy goes."""
    package = _fake_models(tmp_path, monkeypatch, nlp.POS_FILE)  # one less to copy
    shutil.rmtree(package / "__pycache__", ignore_errors=True)
    marshalled = f"{nlp.PUNKT_FILE}.{sys.implementation.cache_tag}.marshal"
    return package / nlp.PUNKT_FILE, package / "__pycache__" / marshalled


def _unparsed(text: str) -> object:
    raise AssertionError("the JSON was parsed")


def test_a_models_data_is_read_again_from_its_marshal_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, copy = _punkt_data(tmp_path, monkeypatch)
    data = nlp.read_model(nlp.PUNKT_FILE, lambda data: data)
    assert data == json.loads(source.read_text()) and copy.exists()
    with monkeypatch.context() as patched:
        patched.setattr(nlp.json, "loads", _unparsed)
        assert nlp.read_model(nlp.PUNKT_FILE, lambda data: data) == data
    source.write_text(json.dumps({**data, "abbrev_types": ["xyz"]}))  # a new model
    assert nlp.read_model(nlp.PUNKT_FILE, lambda data: data)["abbrev_types"] == ["xyz"]
    copy.write_bytes(copy.read_bytes()[:40])  # damaged: the JSON is read, the copy mended
    assert nlp.read_model(nlp.PUNKT_FILE, lambda data: data)["abbrev_types"] == ["xyz"]
    monkeypatch.setattr(nlp.json, "loads", _unparsed)
    assert nlp.read_model(nlp.PUNKT_FILE, lambda data: data)["abbrev_types"] == ["xyz"]


def test_a_prepared_copy_is_made_again_when_the_code_preparing_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _punkt_data(tmp_path, monkeypatch)
    code = tmp_path / "onrecord_test_preparing.py"
    code.write_text("def prepared(data):\n    return {**data, 'prepared': True}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, code.stem, raising=False)
    preparing = importlib.import_module(code.stem)

    def read() -> dict:
        return nlp.read_model(nlp.PUNKT_FILE, dict, prepare=preparing.prepared)

    assert read()["prepared"]
    with monkeypatch.context() as patched:
        patched.setattr(nlp.json, "loads", _unparsed)
        assert read()["prepared"]  # from the copy
    edited = code.stat().st_mtime_ns + 10**9
    os.utime(code, ns=(edited, edited))  # what it prepares may have changed: no copy read
    monkeypatch.setattr(nlp.json, "loads", _unparsed)
    with pytest.raises(AssertionError, match="parsed"):
        read()


def test_a_model_is_read_where_no_copy_can_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, copy = _punkt_data(tmp_path, monkeypatch)
    copy.parent.write_text("a file where the folder would be")
    assert nlp.read_model(nlp.PUNKT_FILE, lambda data: data) == json.loads(source.read_text())
    assert [p.name for p in source.parent.iterdir() if ".marshal" in p.name] == []


def test_a_lexicon_is_made_again_from_its_marshal_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word list or table made from a lexicon's text is kept in a marshal copy, read
    while the file is unchanged; a changed file is read again."""
    name = "lexicon_" + re.sub(r"\W", "_", tmp_path.name)  # new per test: no import cache
    package = tmp_path / name
    package.mkdir()
    (package / "__init__.py").write_text("")
    words = package / "words.txt"
    words.write_text("# a comment\nAlpha\n\n  beta \n")
    monkeypatch.syspath_prepend(str(tmp_path))
    made = nlp._build(name, "words.txt", nlp._lowered_words)
    assert made == frozenset({"alpha", "beta"})
    assert list((package / "__pycache__").glob("words.txt._lowered_words.*.marshal"))
    with monkeypatch.context() as patched:
        patched.setattr(nlp, "_resource_text", _unparsed)
        assert nlp._build(name, "words.txt", nlp._lowered_words) == made  # the copy
    words.write_text("Gamma\n")
    assert nlp._build(name, "words.txt", nlp._lowered_words) == frozenset({"gamma"})


def test_the_shipped_lexicons_read_from_their_copies_are_their_texts() -> None:
    def text(name: str) -> str:
        return nlp._resource_text(nlp.LEXICONS, name)

    assert nlp._first_names() == nlp._first_name_table(text(nlp.FIRST_NAMES_FILE))
    assert list(nlp._first_names()) == list(nlp._first_name_table(text(nlp.FIRST_NAMES_FILE)))
    assert nlp.common_words() == nlp._lowered_words(text(nlp.COMMON_WORDS_FILE))
    assert nlp.organisation_name_words() == nlp._lowered_words(text(nlp.ORG_WORDS_FILE))


def test_no_downloads_in_the_product() -> None:
    root = Path(__file__).resolve().parents[1]
    for folder in ("core", "gui"):
        for path in (root / folder).rglob("*.py"):
            assert "nltk.download" not in path.read_text(encoding="utf-8"), path


def test_the_shared_word_index_reads_as_the_patterns_it_replaced() -> None:
    from core import person_names, roles

    text = "Amar said. Mr. Amar's aide, Amar-Smith, met\xa0Amar and\tAmar; Amara and Amar\nAmar-"
    assert nlp.word_starts(text)["Amar"] == [m.start() for m in re.finditer(r"\bAmar\b", text)]
    spaced = [m.start() for m in re.finditer(r"(?<=[ \t\xa0])Amar(?![\w\-])", text)]
    assert person_names.written_at(text, "Amar") == spaced == [15, 44, 53, 69]
    assert person_names.times_written(text, "Amar") == len(re.findall(r"\bAmar\b", text)) == 7
    assert (
        person_names.times_written(text, "Amara") == 1
        and person_names.times_written(text, "Smith") == 1
    )
    irish = "O'Neil said. O'Neil's aide and O'Neill met O'Neil-Smith"  # not a run of \w
    assert person_names.times_written(irish, "O'Neil") == len(re.findall(r"\bO'Neil\b", irish)) == 3
    from core import kind_evidence

    firms = "Ford said. Mr.Ford, Fords, Ford-Smith, Ford's and Hewlett Packard; Hewlett Packard"
    for form in ("Ford", "Hewlett Packard", "Amar"):  # one \w run, two words, none there
        pattern = rf"(?<![\w.]){re.escape(form)}(?!\w)"
        spans = [m.span() for m in re.finditer(pattern, firms)]
        assert kind_evidence._form_spans(form, firms) == spans
    assert len(kind_evidence._form_spans("Ford", firms)) == 3
    starts = [0, 15, 28, 44, 53, 69, 74]  # a newline before the last: no space
    assert [at for at, _ in roles.occurrences(text, "Amar")] == starts


def test_known_spans_take_the_longest_listed_name_at_each_word() -> None:
    # "New York" and "New York Times" are both listed: the longer one wins where it stands
    words = ["an", "office", "of", "the", "New", "York", "Times", "in", "New", "York"]
    words += ["and", "one", "in", "Paris"]
    assert nlp.known_spans(words) == [(4, 7, "ORG"), (8, 10, "LOC"), (13, 14, "LOC")]
    # a longer name cut off by the end of the words is no match; the shorter one is
    assert nlp.known_spans(["reporters", "of", "the", "New", "York"]) == [(3, 5, "LOC")]
    assert nlp.known_spans([]) == []


@pytest.mark.parametrize(
    ("text", "word", "verb"),
    [
        ("Maria Lindqvist spoke for an hour.", "spoke", True),
        ("after Trump spoke to the crowd", "spoke", True),
        ("All told, the bill passed.", "told", False),  # an opener, no name before it
    ],
)
def test_a_speech_verbs_past_after_a_name_is_a_verb(text: str, word: str, verb: bool) -> None:
    tags = {t.text: t.tag for t in nlp.tag(nlp.tokenize(text))}
    assert (tags[word] == "VBD") is verb


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("said union steward Hanna Berg.", "steward", "NN"),  # unseen: a title's end
        ("told voters here Sunday that", "here", "RB"),  # a known adverb stays one
        ("fishing expeditions off Long Island", "off", "RB"),
    ],
)
def test_an_unseen_word_before_a_name_is_no_adverb(text: str, word: str, tag: str) -> None:
    tags = {t.text: t.tag for t in nlp.tag(nlp.tokenize(text))}
    assert tags[word] == tag


# ---------------------------------------------------------------- lines in title case
HEADLINE_ARTICLE = (
    "Okafor May Not Run, But Dalgaard Will Stand Tall On Proposal.\n\n"
    "Emeka Okafor said on Monday that he may not run in May, and he may wait. Mr. Okafor,"
    " who will decide"
    " soon, met Dalgaard. The FBI declined to comment, and the report was dismissed.\n"
)


def _tags_of(text: str, line: int) -> dict[str, str]:
    start = sum(len(x) + 1 for x in text.split("\n")[:line])
    end = start + len(text.split("\n")[line])
    return {t.text: t.tag for t in nlp.tagged(text, start, end)}


def test_a_title_case_line_is_tagged_as_the_running_text_writes_its_words() -> None:
    written = _tags_of(HEADLINE_ARTICLE, 0)
    assert written["May"] == "MD"  # the body writes "may" more than "May" mid-sentence
    assert written["Will"] == "MD"
    assert written["Dalgaard"] == "NNP"  # a name the body writes
    assert written["Tall"] != "NNP"  # never in the body: the lower case, a word the
    # tagger may know in lower case
    alone = {t.text: t.tag for t in nlp.tag(nlp.tokenize(HEADLINE_ARTICLE.split("\n")[0]))}
    assert alone["May"] == "NNP"  # without the article, the title case misleads it


def test_the_running_forms_keep_offsets_and_names() -> None:
    line = HEADLINE_ARTICLE.split("\n")[0]
    tokens = nlp.tokenize(HEADLINE_ARTICLE, 0, len(line))
    seen = nlp.running_forms(tokens, HEADLINE_ARTICLE)
    assert [t.span for t in seen] == [t.span for t in tokens]
    assert [t.text for t in seen][:6] == ["Okafor", "may", "not", "run", ",", "but"]
    tagged = nlp.tagged(HEADLINE_ARTICLE, 0, len(line))
    assert [t.text for t in tagged] == [t.text for t in tokens]  # the tokens' own text
    body = HEADLINE_ARTICLE.index("Emeka")
    assert nlp.running_forms(nlp.tokenize(HEADLINE_ARTICLE, body), HEADLINE_ARTICLE)[0].text == (
        "Emeka"
    )  # running text is read as written


def test_a_sentence_opening_capital_is_no_evidence_of_a_name() -> None:
    text = "Wins Pile Up For Okafor Today.\n\nWins came early. He counted his wins at home.\n"
    assert [t.text for t in nlp.running_forms(nlp.tokenize(text, 0, 29), text)][:3] == [
        "Wins",  # the line's first word keeps its capital
        "pile",
        "up",
    ]
    later = "Big Wins Pile Up For Okafor Today.\n\nWins came early. He counted his wins.\n"
    assert nlp.running_forms(nlp.tokenize(later, 0, 33), later)[1].text == "wins"


def test_an_article_all_in_title_case_is_tagged_as_written() -> None:
    text = "Okafor May Not Run Again.\nDalgaard Will Stand Tall.\n"
    tokens = nlp.tokenize(text, 0, 24)
    assert nlp.running_forms(tokens, text) is tokens


def test_title_case_lines_are_those_kind_evidence_reads() -> None:
    assert nlp.in_title_case_line(HEADLINE_ARTICLE, 5)
    assert nlp.in_title_case_line(HEADLINE_ARTICLE, HEADLINE_ARTICLE.index("\n"))  # its break
    assert not nlp.in_title_case_line(HEADLINE_ARTICLE, HEADLINE_ARTICLE.index("Emeka"))
    assert not nlp.in_title_case_line("Ann Berg met Bob Okafor", 3)  # "met": running text
    assert not nlp.in_title_case_line("Ann Berg", 3)  # two capitalised words only


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Dalgaard Warns Voters to Wait on the Levy", True),  # minor words kept small
        ("Okafor: I Still Think Dalgaard Can\u2019t Be Trusted with the Budget.", True),
        ("Paul Scores Direct Hit on Dana Kessler in the Debate", True),
        ("\u2018We Will Not Fold\u2019: Pell Vows to Fight On", True),  # a quoted opening
        ("Kessler has won Ohio, Iowa and Maine on Tuesday.", False),  # short verbs in lower case
        ("Ms. Varga is Director of the Institute for Rural Studies at Kent College.", False),
        ("Rep. Ann Marlow, D-Ohio, chairs the House Rules Committee.", False),  # a caption
        (
            "Mayor Pell Said The Budget Was \u201cBalanced.\u201d \u201cWe worked hard,\u201d "
            "she added.",
            False,
        ),  # a list item: its title case opening, then running text
    ],
)
def test_a_title_case_line_leaves_only_minor_words_in_lower_case(line: str, title: bool) -> None:
    text = f"{line}\n\nThe council met on Monday and voted to wait.\n"
    assert nlp.in_title_case_line(text, 0) is title


RUN_ON_ARTICLE = (
    "Okafor Stands Tall As Dalgaard Reed Warns Voters To Wait\n\n"
    "Emeka Okafor stands by the plan, and he met Dalgaard Reed, who warns that it stands. The"
    " voters were tall. Reed warns them often.\n"
)


def _line_tokens(text: str) -> list[Token]:
    return nlp.tagged(text, 0, text.index("\n"))


def test_a_headline_word_the_body_writes_in_lower_case_is_marked_and_keeps_its_text() -> None:
    tokens = _line_tokens(RUN_ON_ARTICLE)
    marked = {t.text for t in tokens if nlp.written_lower(t)}
    assert {"Stands", "Warns"} <= marked
    assert not marked & {"Okafor", "Dalgaard", "Reed"}  # names the body writes
    assert [t.text for t in tokens][:3] == ["Okafor", "Stands", "Tall"]
    assert not any(nlp.written_lower(t) for t in nlp.tag(nlp.tokenize(RUN_ON_ARTICLE)))
    # without the article, nothing is marked


def test_a_name_ends_at_a_headline_verb_the_body_writes_in_lower_case() -> None:
    from core.phrases import np_before

    tokens = _line_tokens(RUN_ON_ARTICLE)
    words = [t.text for t in tokens]
    for after in ("Tall", "Voters"):  # the phrase before each word runs through no verb
        found = np_before(tokens, words.index(after))
        assert found is None or not {"Stands", "Warns"} & set(words[found[0] : found[1]])
    found = np_before(tokens, words.index("Warns"))
    assert found is not None and words[found[0] : found[1]] == ["Dalgaard", "Reed"]
    alone = nlp.tag(nlp.tokenize(RUN_ON_ARTICLE, 0, RUN_ON_ARTICLE.index("\n")))
    found = np_before(alone, words.index("Voters"))  # without the article, as before
    assert found is not None and "Warns" in [t.text for t in alone[found[0] : found[1]]]


@pytest.mark.parametrize(
    ("sentence", "word", "past"),
    [
        ("The dockers jeered and walked out.", "jeered", True),
        ("The judge, visibly tired, sighed and said no.", "sighed", True),
        ("The dockers jeered, and walked out.", "jeered", False),  # a comma, not "and"
        ("The dockers jeered loudly and walked out.", "jeered", False),
        ("Inge Hald and Ned Lowe arrived.", "Hald", False),
        ("The dockers Jeered and walked out.", "Jeered", False),  # capitalised
    ],
)
def test_ed_before_and_reads_a_past_form_coordinated_by_and(
    sentence: str, word: str, past: bool
) -> None:
    tokens = nlp.tokenize(sentence)
    at = [t.text for t in tokens].index(word)
    assert nlp.ed_before_and(tokens, at) is past


def test_a_stretch_asked_again_is_mended_by_each_asks_surnames() -> None:
    """The kept tags of a stretch asked with other surnames are those its own tagging
    gives with them ("From said" is a name's only once "From" is a surname)."""
    text = "Voters saw it as \u201cthe party of spending,\u201d From said. Al From smiled.\n"
    end = text.index(".") + 1
    tags = {}
    for surnames in ({"From"}, set(), {"From", "Roe"}, {"Roe"}, {"From"}):
        kept = [(t.text, t.tag) for t in nlp.tagged(text, 0, end, surnames)]
        fresh = nlp.tag(nlp.tokenize(text, 0, end), surnames=surnames, text=text)
        assert kept == [(t.text, t.tag) for t in fresh]
        tags[frozenset(surnames)] = dict(kept)["From"]
    assert tags[frozenset({"From"})] == "NNP" != tags[frozenset()]
