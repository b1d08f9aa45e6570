"""Transcripts without quotation marks (core/transcripts.py): each labelled turn of an
interview, a broadcast or a news conference is a quotation of the person its label names.
Every article here was written for these tests."""

from __future__ import annotations

import pytest

from core.cli import quote_json
from core.document import Quote
from core.evaluation import PredictedQuote, load_split, score
from core.extract import extract, paragraphs
from core.transcripts import transcripts
from tests.test_evaluation import write_split

RADIO = (
    "Council leader answers flood critics\n\n"
    "The following is an edited transcript of Tuesday's Drive Time programme on Radio "
    "Tamar with the council leader, Morwenna Pascoe. The presenter was Declan Hughes.\n\n"
    "HUGHES: Residents in Lower Town say the pumps arrived two days late.\n\n"
    "PASCOE: That is simply not right. I was in Lower Town on Sunday night myself.\n\n"
    "HUGHES: Will anyone lose their job over it?\n\n"
    "PASCOE: If the contractor failed us, we will not pay the contractor a penny.\n"
)

INTERVIEW = (
    "'I only ever wanted to climb': an interview with Ingrid Solberg\n\n"
    "The Norwegian mountaineer Ingrid Solberg spoke to us in Bergen a month after her "
    "winter ascent. The interview has been edited for length.\n\n"
    "Q: What did you think about at the summit?\n\n"
    "A: Getting down. The summit is only halfway, and I have buried friends who forgot it.\n\n"
    "Q: Sponsors call you a brand now. Does that bother you?\n\n"
    "A: I never wanted to be a brand. I wanted to climb, and I still do.\n"
)

CONFERENCE = (
    "Varga: ankle holding up after Rotterdam win\n\n"
    "ROTTERDAM \u2014 Varga Eszter reached the semi-finals on Friday, beating the second "
    "seed in straight sets. Excerpts from her news conference:\n\n"
    "Q. How is the ankle?\n\n"
    "VARGA: It's holding up. The physio says it is fine, and I believe her.\n\n"
    "Q. You were a break down in the second set. What changed?\n\n"
    "VARGA: I stopped thinking about the ankle and started thinking about the ball.\n"
)

PANEL = (
    "Panel doubts the harbour tax\n\n"
    "A panel of reporters on Channel Nine agreed on Sunday that the harbour levy would "
    "not pay for the new ferries.\n\n"
    "Tom Brennan: The figures the council gave do not add up, and everybody in the room "
    "knew it.\n\n"
    "Sen. Ahern: I have read the report twice and I cannot find the money either.\n\n"
    "Brennan: So who pays for the ferries?\n"
)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.name if q.speaker else None) for q in extract(text).quotes]


def the_quote(text: str, words: str) -> Quote:
    [quote] = [q for q in extract(text).quotes if words in q.text]
    return quote


def test_a_radio_transcript_in_capital_surnames() -> None:
    """The capital surnames "HUGHES" and "PASCOE" are the people the introduction names."""
    assert quotes(RADIO) == [
        ("Residents in Lower Town say the pumps arrived two days late.", "Declan Hughes"),
        ("That is simply not right. I was in Lower Town on Sunday night myself.",
         "Morwenna Pascoe"),
        ("Will anyone lose their job over it?", "Declan Hughes"),
        ("If the contractor failed us, we will not pay the contractor a penny.",
         "Morwenna Pascoe"),
    ]  # fmt: skip


def test_an_interview_in_q_and_a() -> None:
    """An answer, "A", is the interviewee's, whom the introduction names; "Q" is the
    publication's own question, no source's words, so it is no quotation."""
    found = quotes(INTERVIEW)
    assert [name for _, name in found if name is not None] == ["Ingrid Solberg"] * 2
    assert not any(text.startswith(("What did you", "Sponsors")) for text, _ in found)
    assert the_quote(INTERVIEW, "Getting down").speaker.name == "Ingrid Solberg"


def test_a_news_conference_with_q_dot() -> None:
    """Questions set as "Q."; "VARGA" is Varga Eszter, named family name first."""
    assert quotes(CONFERENCE) == [
        ("It's holding up. The physio says it is fine, and I believe her.", "Varga Eszter"),
        ("I stopped thinking about the ankle and started thinking about the ball.",
         "Varga Eszter"),
    ]  # fmt: skip


def test_labels_in_title_case_a_full_name_and_a_title() -> None:
    """The label "Tom Brennan" is a full name the article gives nowhere else: it
    introduces him; "Sen. Ahern", a title and a surname, is read too; "Brennan" is then
    Tom Brennan."""
    text = PANEL.replace("agreed on Sunday", "agreed on Sunday, with Senator Niamh Ahern as guest,")
    assert quotes(text) == [
        ("The figures the council gave do not add up, and everybody in the room knew it.",
         "Tom Brennan"),
        ("I have read the report twice and I cannot find the money either.", "Niamh Ahern"),
        ("So who pays for the ferries?", "Tom Brennan"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # one label alone: a dateline, an update, an editor's note
        "Storm closes port\n\nUpdate: The harbour master reopened the port at 6 p.m. after "
        "the wind dropped.\n\nShips waited outside the breakwater all afternoon.\n",
        "Storm closes port\n\nWashington: The White House said nothing about the port.\n\n"
        "Editor's note: An earlier version misspelt the harbour master's name.\n",
        # subheads, each followed by its own prose
        "How each candidate wins\n\nBernie Sanders and Hillary Clinton go into Tuesday "
        "level.\n\nSanders: Win in a walk.\n\nHe leads in every poll of the state by double "
        "digits and needs only turnout.\n\nClinton: Keep it close.\n\nShe trails, but a "
        "narrow loss would still be read as a draw.\n",
        # a tally
        "Delegates so far\n\nBernie Sanders and Hillary Clinton counted their delegates."
        "\n\nClinton: 2,316.\n\nSanders: 1,547.\n",
        # places, not people
        "Who backs whom\n\nThe campaign listed its backers by state.\n\nIowa: Tim Albrecht, "
        "Brad Anderson and Rob Barron.\n\nNevada: Adam Khan and Andres Ramirez.\n",
    ],
)
def test_no_transcript_no_quotation(text: str) -> None:
    assert extract(text).quotes == ()


def test_an_explainers_answers_are_no_ones() -> None:
    """Answers in the third person are the writer's own explanation, not an interview."""
    text = (
        "What the harbour levy means for you\n\n"
        "Councillor Morwenna Pascoe announced the levy on Monday.\n\n"
        "Q: Who pays the levy?\n\n"
        "A: Every boat owner whose vessel is longer than eight metres pays it from April.\n\n"
        "Q: How much is it?\n\n"
        "A: It is two pounds a metre a year, collected with the mooring fee.\n"
    )
    assert extract(text).quotes == ()


def test_quotation_marks_inside_a_turn() -> None:
    """The turn is one quotation holding the marks where the speaker quotes with no cue
    of the turn's naming another ("... and people keep saying it: “you came at last.”");
    where a cue of the turn gives them to a third voice ("a man told me “...”"), they are
    that voice's and the turn stops before them, as an interview's answer's do (attrib79:
    a named label no longer overrules the cue)."""
    text = RADIO.replace(
        "I was in Lower Town on Sunday night myself.",
        "I was in Lower Town on Sunday night, and a man told me \u201cyou came at last.\u201d",
    )
    quote = the_quote(text, "simply not right")
    assert quote.speaker.name == "Morwenna Pascoe"
    assert quote.text.endswith("and a man told me")
    assert the_quote(text, "you came at last").speaker.name == "a man"
    text = RADIO.replace(
        "I was in Lower Town on Sunday night myself.",
        "I was in Lower Town on Sunday night. \u201cYou came at last,\u201d I heard twice.",
    )
    quote = the_quote(text, "simply not right")
    assert quote.speaker.name == "Morwenna Pascoe"
    assert "\u201cYou came at last,\u201d" in quote.text


def test_a_turn_in_quotation_marks_is_read_as_before() -> None:
    text = RADIO.replace(
        "PASCOE: That is simply not right. I was in Lower Town on Sunday night myself.",
        "PASCOE: \u201cThat is simply not right. I was in Lower Town on Sunday night.\u201d",
    )
    quote = the_quote(text, "simply not right")
    assert quote.text == "That is simply not right. I was in Lower Town on Sunday night."
    assert text[quote.span.start - 1] == "\u201c"


@pytest.mark.parametrize("text", [RADIO, INTERVIEW, CONFERENCE])
def test_offsets_highlight_the_turns_words(text: str) -> None:
    """Each turn's quotation runs from after its label's colon to its paragraph's end."""
    for quote in extract(text).quotes:
        if quote.evidence is None or quote.evidence.decided_by != "transcript":
            continue
        assert text[quote.span.start : quote.span.end] == quote.text
        line_start = text.rfind("\n", 0, quote.span.start) + 1
        label = text[line_start : quote.span.start]
        assert label.rstrip().endswith((":", "Q.", "A.")) and len(label.split()) <= 2
        assert text[quote.span.end : quote.span.end + 1] in {"\n", ""}
        assert quote.mention is not None and quote.mention.end <= quote.span.start


def test_the_evidence_says_a_transcript_label() -> None:
    analysis = extract(RADIO)
    quote = next(q for q in analysis.quotes if q.text.startswith("That is simply"))
    assert quote.evidence is not None and quote.evidence.decided_by == "transcript"
    assert quote.mention is not None and quote.mention.of(RADIO) == "PASCOE"
    assert quote.cue == ":"
    evidence = quote_json(quote, RADIO)["evidence"]
    assert "transcript label" in evidence["explanation"]
    assert evidence["refers_to"]["text"] == "Morwenna Pascoe"
    answer = the_quote(INTERVIEW, "Getting down")
    assert answer.mention is not None and answer.mention.of(INTERVIEW) == "A"


def test_a_turn_is_one_statement_not_two() -> None:
    """A named turn was a reported statement of its label; as a quotation it is a direct
    statement, and the library would store it twice if it were both."""
    analysis = extract(RADIO)
    turn = the_quote(RADIO, "simply not right").span
    held = [s for s in analysis.statements if any(p.overlaps(turn) for p in s.content)]
    assert [s.kind.value for s in held] == ["direct"]


def test_the_transcripts_found() -> None:
    paras = paragraphs(RADIO)
    [run] = transcripts(RADIO, paras)
    assert [t.label.of(RADIO) for t in run] == ["HUGHES", "PASCOE", "HUGHES", "PASCOE"]


def test_the_quotation_measure_counts_a_turn_as_the_reference_scorer_does(tmp_path) -> None:
    """Gold quotations are the text between marks, and ``onrecord eval`` prints what
    ``polnear_score.py`` prints: a turn, opened by no mark, is a prediction no gold
    quotation matches (PolNeAR's statements measure is the one that scores turns)."""
    split = write_split(tmp_path / "s", "a", RADIO, "")
    turn = the_quote(RADIO, "simply not right")
    prediction = PredictedQuote(turn.span.start, turn.span.end, "Morwenna Pascoe")
    assert score(load_split(split), {"a": [prediction]}).fp == 1


def test_a_turn_opening_inside_a_quotation_mark() -> None:
    """A mark before the label ("“Tom Brennan: Seriously, ...") quotes a whole turn: the
    quotation the marks make is his, as the label says."""
    text = (
        "Panel doubts the harbour tax\n\n"
        "A panel of reporters on Channel Nine agreed on Sunday that the harbour levy would "
        "not pay for the new ferries, as Niamh Ahern had argued all week.\n\n"
        "\u201cTom Brennan: Seriously, the council says the levy pays for the ferries. It "
        "pays for a third of one.\u201d\n\n"
        "Niamh Ahern: I have read the report twice and I cannot find the money either.\n\n"
        "Brennan: So who pays for the ferries?\n"
    )
    found = quotes(text)
    assert found[0] == (
        "Tom Brennan: Seriously, the council says the levy pays for the ferries. It pays for "
        "a third of one.",
        "Tom Brennan",
    )
    assert [name for _, name in found] == ["Tom Brennan", "Niamh Ahern", "Tom Brennan"]


def test_a_quotation_a_turn_gives_to_someone_else_stands_apart() -> None:
    """An answer quoting another by a cue of its own: the quotation is that one's, and
    the answer's quotation goes round it."""
    text = INTERVIEW.replace(
        "I wanted to climb, and I still do.",
        "I wanted to climb. As my first guide said, \u201cThe mountain owes you nothing.\u201d "
        "I still believe him.",
    )
    found = quotes(text)
    assert ("The mountain owes you nothing.", "Ingrid Solberg") not in found
    assert [q for q, _ in found if "brand" in q or "believe him" in q] == [
        "I never wanted to be a brand. I wanted to climb. As my first guide said,",
        "I still believe him.",
    ]


def test_answers_after_unlabelled_questions() -> None:
    """Answers set as "A:" after questions with no label (a bold "Q" the text lost, run
    into the question's first word) are the interviewee's: two answers one paragraph
    apart make the interview, as a "Q:" before each would. One answer alone does not."""
    text = (
        "Ten minutes with a ferry captain\n\nCaptain Morwenna Tregothnan has crossed the"
        " Fal for thirty years. Questions and answers have been edited.\n\n"
        "QYou have seen the river change. How?\n\n"
        "A: The water is warmer. I see fish I never saw as a girl.\n\n"
        "QThe council wants a bridge instead.\n\n"
        "A: They have wanted one since 1962. I will believe it when I drive over it.\n"
    )
    assert quotes(text) == [
        ("The water is warmer. I see fish I never saw as a girl.", "Morwenna Tregothnan"),
        ("They have wanted one since 1962. I will believe it when I drive over it.",
         "Morwenna Tregothnan"),
    ]  # fmt: skip
    assert quotes(text[: text.index("QThe council")]) == []
