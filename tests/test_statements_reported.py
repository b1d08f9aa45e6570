"""Issue 16: the grammar of reported speech around a cue (the subject of a passive that
names no source, participle clauses before the main clause)."""

from __future__ import annotations

from core.extract import extract


def statements_of(sentence: str) -> list[tuple[str | None, str, str | None]]:
    """The cue, the content and the source's words of each statement."""
    return [
        (s.cue, s.text, s.mention and sentence[s.mention.start : s.mention.end])
        for s in extract(sentence).statements
    ]


def test_a_passive_naming_no_source_holds_its_subject_in_its_content() -> None:
    """What is deemed or seen is the subject and its complement together, the cue between."""
    assert statements_of("Two of the new delegates were deemed ineligible.") == [
        ("deemed", "Two of the new delegates … ineligible", None)
    ]
    assert statements_of("The new mayor was seen as a reformer.") == [
        ("seen as", "The new mayor … a reformer", None)
    ]


def test_the_subject_of_a_passive_in_a_that_clause_starts_after_that() -> None:
    found = statements_of("Officials said that the new mayor was seen as a reformer.")
    assert found[0] == ("said", "that the new mayor was seen as a reformer", "Officials")


def test_a_participle_clause_after_a_comma_and_a_subordinator_is_the_main_subjects() -> None:
    """ "while discussing" after the when and where: the mayor discusses, as after "After"
    at the sentence's start."""
    sentence = (
        "On the radio on Tuesday, while discussing the new bridge, the mayor said it would open."
    )
    assert statements_of(sentence) == [
        ("discussing", "the new bridge", "the mayor"),
        ("said", "it would open", "the mayor"),
    ]


def test_a_participle_asked_after_a_comma_and_when_names_no_source() -> None:
    """The grammar of "..., when asked about X, Y said": the question names no source.
    (The sentence was "Speaking on the radio, when asked ...", where the statement model
    retrained with averaged weights scores "asked" 0.05 under its threshold: a margin of the
    cue model, which "when asked" cues 34 of 48 times on train, not of this grammar.)"""
    sentence = "At the meeting, when asked about the bridge, the mayor said it would open."
    assert statements_of(sentence) == [
        ("asked about", "the bridge", None),
        ("said", "it would open", "the mayor"),
    ]


def test_a_participle_after_a_comma_alone_is_the_clause_befores() -> None:
    sentence = "The mayor spoke for an hour, adding that the bridge would open in May."
    assert statements_of(sentence) == [("adding", "that the bridge would open in May", "The mayor")]


def test_the_end_model_sees_the_head_after_a_preposition_and_a_second_that() -> None:
    from core.document import Span
    from core.statement_model import end_features, frame_words

    text = "She repeated them on a local radio show."
    words = frame_words(text, Span(0, len(text)), [])
    features = end_features(words, 2, 3, len(words), "repeated", False)
    assert {"head show", "noverb head show", "w head on show"} <= set(features)
    text = "He said that the bridge is safe, but that it is old."
    words = frame_words(text, Span(0, len(text)), [])
    features = end_features(words, 2, 7, len(words), "said", True)
    assert "opening that next first that w ," in features


def test_the_question_of_a_fronted_asked_is_no_piece_of_the_answer() -> None:
    """The words between "Asked" and "said" are what was asked; what was said is the
    quotation alone."""
    sentence = (
        "Asked what kind of bridge he would like the county to build, John Roe said, "
        "\u201cOne that lasts a hundred years.\u201d"
    )
    found = [(s.cue, s.kind.value, s.text) for s in extract(sentence).statements]
    assert found == [
        ("Asked", "reported", "what kind of bridge he would like the county to build"),
        ("said", "direct", "One that lasts a hundred years."),
    ]


def test_a_short_subject_before_a_cue_set_off_by_commas_is_a_piece_of_its_content() -> None:
    """ "A, he says, B" where B is a predicate: A is its subject, however short, and the
    content is both pieces; not so where B has a subject of its own ("Still, ...")."""
    assert statements_of("This campaign, the mayor says, is different.") == [
        ("says", "This campaign … is different", "the mayor")
    ]
    assert statements_of("Taxes, the mayor told reporters, would rise.") == [
        ("told", "Taxes … would rise", "the mayor")
    ]
    assert statements_of("The plan, said Jane Roe, was a failure.") == [
        ("said", "The plan … was a failure", "Jane Roe")
    ]
    assert statements_of("Still, the mayor said, the plan would fail.") == [
        ("said", "the plan would fail", "the mayor")
    ]
