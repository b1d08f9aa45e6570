"""The cheap subject pass: which person a later "he" refers to, on sentences written
for these tests."""

from core.extract import extract


def speaker(text: str) -> str | None:
    """The speaker of the text's last quotation."""
    quote = extract(text).quotes[-1]
    return quote.speaker.name if quote.speaker else None


def test_a_question_states_no_subject_but_its_own() -> None:
    asked = (
        "Peter Okafor spoke on Monday.\n\n"
        "Don't Republicans run the risk of losing more seats than Tom Weller?\n\n"
        "\u201cWe will see,\u201d he said."
    )
    assert speaker(asked) == "Peter Okafor"
    own = (
        "Peter Okafor spoke on Monday.\n\n"
        "Was Tom Weller satisfied with the answer?\n\n"
        "\u201cTo a point,\u201d he said."
    )
    assert speaker(own) == "Tom Weller"


def test_a_quoted_question_leaves_the_sentence_its_subject() -> None:
    text = (
        "Peter Okafor spoke on Monday.\n\n"
        'Then Tom Weller went on the attack, saying, "Is Okafor going to resign? He should!"'
        "\n\n\u201cI will not,\u201d he said."
    )
    assert speaker(text) == "Tom Weller"


def test_a_fronted_phrase_names_no_subject() -> None:
    text = (
        "Peter Okafor spoke on Monday.\n\n"
        "In an interview with radio host Tom Weller, the senator defended the plan.\n\n"
        "\u201cIt works,\u201d he said."
    )
    assert speaker(text) == "Peter Okafor"


def test_a_name_a_preposition_governs_is_no_subject() -> None:
    text = (
        "The crowd at the rally for Tom Weller cheered when Peter Okafor arrived.\n\n"
        "\u201cIt is over,\u201d he said."
    )
    assert speaker(text) == "Peter Okafor"
    titled = (
        "Peter Okafor spoke on Monday.\n\n"
        "Former secretary of state Tom Weller praised the plan.\n\n"
        "\u201cIt is over,\u201d he said."
    )
    assert speaker(titled) == "Tom Weller"


def test_a_name_with_is_or_has_cut_short_is_the_subject() -> None:
    text = (
        "Peter Okafor lit into Tom Weller for giving the same speech again.\n\n"
        "Okafor's been making the case for weeks that Weller is not ready."
        ' "You have not been tested," he said.'
    )
    assert speaker(text) == "Peter Okafor"


def test_a_quotation_whose_marks_slip_does_not_hide_the_paragraphs_after_it() -> None:
    from core.document import Span
    from core.subjects import _within_paragraphs

    slipped = (
        'Analyst Tom Mbeki said it was \u201chard to see. Something would have to happen."\n\n'
        'Okafor, a former teacher, was in the south.\n\nThen "more'
    )
    start = slipped.index("\u201c")
    assert _within_paragraphs(slipped, Span(start, len(slipped))) == Span(
        start, slipped.index("\n")
    )
    going_on = "He said \u201cone thing.\n\n\u201cAnd another,\u201d he said."
    whole = Span(going_on.index("\u201c"), going_on.rindex("\u201d"))
    assert _within_paragraphs(going_on, whole) == whole


def test_a_definite_nominal_is_not_the_object_after_a_subject_no_one_known() -> None:
    activists = (
        "Tom Weller leads the race for the nomination.\n\n"
        "Activists had gathered in Casper on Saturday, giving Peter Okafor nine of the "
        "delegates.\n\n"
        "\u201cIt was rigged,\u201d the front-runner complained."
    )
    assert speaker(activists) == "Tom Weller"


def test_a_pronoun_may_still_mean_the_object_after_a_subject_no_one_known() -> None:
    text = (
        "Tom Weller leads the race for the nomination.\n\n"
        "The committee gave Peter Okafor nine of the delegates.\n\n"
        "\u201cIt was fair,\u201d he said."
    )
    assert speaker(text) == "Peter Okafor"


def test_a_name_with_a_verb_of_its_own_after_a_noun_subject_keeps_its_nominal() -> None:
    text = (
        "Tom Weller spoke on Monday.\n\n"
        "A year ago it seemed unlikely Peter Okafor would win the nomination.\n\n"
        "\u201cWe did it,\u201d the candidate said."
    )
    assert speaker(text) == "Peter Okafor"
