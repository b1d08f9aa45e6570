"""Issue 16: statements, everything a source is reported to have said, quoted or not:
their extraction on sentences written for each cue form and kind, the JSON contract, and
their storage, search, export and corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core import statement_model
from core.cli import main
from core.document import Span, SpeakerKind, Statement, StatementKind
from core.extract import extract
from core.library import Library
from core.records import ALL_KINDS, marked_kind
from core.statement_model import Linear, StatementModel, Words, frame_words
from tests.adversarial.test_extract_properties import seconds

# (sentence, kind, speaker, cue word, the content's words)
CUE_FORMS = [
    ("Jane Roe said that the bridge would reopen in May.", "reported", "Jane Roe", "said",
     "that the bridge would reopen in May"),
    ("Jane Roe said the bridge would reopen in May.", "reported", "Jane Roe", "said",
     "the bridge would reopen in May"),
    ("Jane Roe told reporters the bridge would reopen in May.", "reported", "Jane Roe", "told",
     "the bridge would reopen in May"),
    ("Jane Roe believes the bridge will reopen in May.", "reported", "Jane Roe", "believes",
     "the bridge will reopen in May"),
    ("John Doe warned that the river could rise again.", "reported", "John Doe", "warned",
     "that the river could rise again"),
    ("Jane Roe called for a new bridge over the river.", "reported", "Jane Roe", "called for",
     "a new bridge over the river"),
    ("According to John Doe, the river rose overnight.", "reported", "John Doe",
     "According to", "the river rose overnight"),
    ("According to John Doe, the city's chief engineer, the river rose overnight.", "reported",
     "John Doe", "According to", "the river rose overnight"),  # "'s" of an apposition
    ("The river rose overnight, according to John Doe.", "reported", "John Doe",
     "according to", "The river rose overnight"),
    ("In the view of John Doe, the river will rise again.", "reported", "John Doe", "view of",
     "the river will rise again"),
    ("Jane Roe's claim that the bridge is safe was disputed by engineers.", "reported",
     "Jane Roe", "claim", "that the bridge is safe"),
    ("The Pentagon's statement that the mission will take a year was welcomed.", "reported",
     "Pentagon", "statement", "that the mission will take a year"),
    ("The report found that the bridge was unsafe.", "reported", "report", "found",
     "that the bridge was unsafe"),
    ("The talks stalled, officials said.", "reported", "officials", "said", "The talks stalled"),
    ("Jane Roe said Tuesday the bridge would reopen in May.", "reported", "Jane Roe", "said",
     "the bridge would reopen in May"),  # when, between the cue and its content
    ("Jane Roe said in a statement released by the city the bridge would reopen.", "reported",
     "Jane Roe", "said", "the bridge would reopen"),
    ("The bridge will reopen in May, city spokeswoman Jane Roe said Tuesday.", "reported",
     "Jane Roe", "said", "The bridge will reopen in May"),  # the break before her title
    ("As the river rose overnight, two bridges were closed, officials said.", "reported",
     "officials", "said", "As the river rose overnight, two bridges were closed"),
    ('Jane Roe said the bridge was "perfectly safe" and would reopen in May.', "mixed",
     "Jane Roe", "said", 'the bridge was "perfectly safe" and would reopen in May'),
    ("The bridge will reopen in May, Mr. Doe said.", "reported", "Doe", "said",
     "The bridge will reopen in May"),  # an abbreviated title keeps its period
    ("The bridge will reopen in May, Dr. Jane Roe said.", "reported", "Jane Roe", "said",
     "The bridge will reopen in May"),
    ("Jane Roe pointed out that the bridge was old.", "reported", "Jane Roe", "pointed out",
     "that the bridge was old"),  # a phrasal cue keeps its particle
    ("Jane Roe asked the mayor if the bridge would reopen.", "reported", "Jane Roe", "asked",
     "if the bridge would reopen"),  # the person asked, then what
    ("In May, the new bridge was sharply criticized by the city engineers.", "reported",
     "city engineers", "sharply criticized", "the new bridge"),  # a passive: its subject
    # (an "-ly" word just before a cue verb is inside PolNeAR's cue 233 times in 257)
    ("The closure was first reported by Politico.", "reported", "Politico", "reported",
     "The closure"),  # past an adverb
    # what describes a source named after its cue is no content of its own
    ("The bridge is unsafe, said Jane Roe, a city engineer.", "reported", "Jane Roe", "said",
     "The bridge is unsafe"),
    ("The bridge is unsafe, said John Doe, who runs the city's works department.", "reported",
     "John Doe", "said", "The bridge is unsafe"),
    ("The repairs were late, said Jane Roe, head of a union that has long opposed the plan.",
     "reported", "Jane Roe", "said", "The repairs were late"),
    ("The river will crest on Friday, according to John Doe, the city's chief engineer.",
     "reported", "John Doe", "according to", "The river will crest on Friday"),
    # when, between a cue and the infinitive or the question it opens
    ("Jane Roe vowed Tuesday to rebuild the bridge by May.", "reported", "Jane Roe", "vowed",
     "to rebuild the bridge by May"),
    ("John Doe asked Monday whether the bridge would reopen.", "reported", "John Doe", "asked",
     "whether the bridge would reopen"),
]  # fmt: skip


def only(statements: tuple[Statement, ...], kind: str) -> Statement:
    found = [s for s in statements if s.kind.value == kind]
    assert len(found) == 1, found
    return found[0]


def assert_reported(sentence: str, content: str, source: str) -> None:
    """The sentence's one reported statement says ``content``, its source ``source``."""
    statement = only(extract(sentence).statements, "reported")
    assert statement.text == content
    assert statement.mention is not None
    assert sentence[statement.mention.start : statement.mention.end] == source


@pytest.mark.parametrize(("sentence", "kind", "speaker", "cue", "content"), CUE_FORMS)
def test_each_cue_form(sentence: str, kind: str, speaker: str, cue: str, content: str) -> None:
    statement = only(extract(sentence).statements, kind)
    assert statement.text == content
    assert statement.speaker is not None and statement.speaker.name == speaker
    assert statement.cue == cue
    assert statement.content == (statement.span,)
    assert sentence[statement.span.start : statement.span.end] == content
    assert statement.mention is not None and speaker in sentence[statement.mention.start :]


def test_a_content_resumes_past_the_apposition_of_a_source_named_after_its_cue() -> None:
    sentence = (
        "The old bridge over the river has been unsafe for years, said Jane Roe, a city"
        " engineer, and it must close."
    )
    statement = only(extract(sentence).statements, "reported")
    pieces = [sentence[p.start : p.end] for p in statement.content]
    assert pieces == [
        "The old bridge over the river has been unsafe for years",
        "and it must close",
    ]
    sentence = 'Over the long term, according to John Doe, the rise in the river "is due to rain."'
    statement = only(extract(sentence).statements, "mixed")  # a clause of its own goes on
    pieces = [sentence[p.start : p.end] for p in statement.content]
    assert pieces == ["Over the long term", 'the rise in the river "is due to rain."']


def test_a_participle_clause_after_a_comma_says_what_its_main_clause_subject_says() -> None:
    sentence = (
        "\u201cThe bridge is safe,\u201d said Jane Roe during the council meeting,"
        " noting that engineers had inspected it twice."
    )
    statement = only(extract(sentence).statements, "reported")
    assert (statement.cue, statement.text) == ("noting", "that engineers had inspected it twice")
    assert statement.speaker is not None and statement.speaker.name == "Jane Roe"


def test_a_source_further_back_than_the_words_tagged_around_the_cue() -> None:
    sentence = (
        "Hillary Clinton set out ten months ago to rebuild the old bridges of the county,"
        " hoping to win the votes of the north."
    )
    statement = only(extract(sentence).statements, "reported")
    assert (statement.cue, statement.text) == ("hoping", "to win the votes of the north")
    assert statement.speaker is not None and statement.speaker.name == "Hillary Clinton"


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "speaker"),
    [
        ("After thanking the crowd, which chanted his name, John Doe left the stage.",
         "thanking", "the crowd", "John Doe"),
        ("Despite criticizing the council, Jane Roe voted for the plan.", "criticizing",
         "the council", "Jane Roe"),
    ],
)  # fmt: skip
def test_a_participle_clause_opening_the_sentence_is_the_main_clause_subjects(
    sentence: str, cue: str, content: str, speaker: str
) -> None:
    statement = next(s for s in extract(sentence).statements if s.cue == cue)
    assert statement.text == content
    assert statement.speaker is not None and statement.speaker.name == speaker


def test_a_relative_before_its_cue_is_the_mention_of_its_antecedent() -> None:
    sentence = (
        "Jane Roe has two-thirds of the voters who care most about roads, while John Doe is"
        " dominating by 6 in 10 voters who says the bridge is most important."
    )
    statement = next(s for s in extract(sentence).statements if s.cue == "says")
    assert statement.text == "the bridge is most important"
    assert statement.mention is not None
    assert sentence[statement.mention.start : statement.mention.end] == "who"
    assert statement.speaker is not None and statement.speaker.name == "6 in 10 voters"


def test_a_name_and_a_colon_opening_a_paragraph_label_what_follows() -> None:
    text = (
        "Roe: The bridge will not reopen before May.\n\n"
        "City engineer Jane Roe spoke to the council on Monday.\n\n"
        "The Latest: Water levels rise across the county.\n\n"
        "Roe: 1,547.\n"
    )
    labelled = [s for s in extract(text).statements if s.cue == ":"]
    assert [(s.text, s.kind.value) for s in labelled] == [
        ("The bridge will not reopen before May", "reported")
    ]  # "The Latest" names no one the article names; "1,547." says nothing
    assert labelled[0].speaker is not None and labelled[0].speaker.name == "Jane Roe"


def test_a_run_in_heading_labels_no_more_than_its_words_before_the_person_named_again() -> None:
    text = (
        "Jane Roe: Bridge tolls In her plan for the county, Mayor Jane Roe proposes "
        "to scrap the tolls on the old bridge.\n\n"
        "City engineer John Doe spoke to the council on Monday.\n\n"
        "Doe: The bridge will not reopen before May, and the council knows it.\n"
    )
    labelled = [(s.text, s.speaker and s.speaker.name) for s in extract(text).statements]
    assert ("Bridge tolls In her plan for the county", "Jane Roe") in labelled
    assert ("to scrap the tolls on the old bridge", "Jane Roe") in labelled
    assert ("The bridge will not reopen before May, and the council knows it", "John Doe") in (
        labelled
    )  # a label whose person is not named again keeps its whole paragraph


def test_an_interviews_turns_a_clock_and_a_plain_headline_label_no_one() -> None:
    text = (
        "Election night live: results from the county\n\n"
        "10:42 pm \u2014 City engineer Jane Roe spoke to the council about the bridge.\n\n"
        "Q: Will the bridge reopen before May?\n\n"
        "Roe: The bridge will not reopen before May.\n\n"
        "Q: The council disagrees with you on the date.\n\n"
        "10:15 pm \u2014 Turnout was higher than expected at the county hall.\n"
    )
    labelled = [s for s in extract(text).statements if s.cue == ":"]
    assert [(s.text, s.speaker and s.speaker.name) for s in labelled] == [
        ("The bridge will not reopen before May.", "Jane Roe")  # a transcript's turn: a
    ]  # quotation (core/transcripts.py), so a direct statement, its period and all


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cWe ran a clean race,\u201d Devlin's campaign manager, Tess Harlow, said."
        " \u201cWhatever happens, we are proud.\u201d",
        "\u201cWe ran a clean race,\u201d his campaign manager, Tess Harlow, said in a"
        " statement. \u201cWhatever happens, we are proud.\u201d",
        "\u201cWe ran a clean race,\u201d Acme's chief human resources executive, Tess Harlow,"
        " told The Times in 2013. \u201cWhatever happens, we are proud.\u201d",
    ],
)
def test_a_role_set_off_before_the_name_is_the_sources_not_what_was_said(sentence: str) -> None:
    statement = only(extract(sentence).statements, "direct")
    pieces = [sentence[p.start : p.end] for p in statement.content]
    assert pieces == ["We ran a clean race,", "Whatever happens, we are proud."]
    assert statement.speaker is not None and statement.speaker.name == "Tess Harlow"


@pytest.mark.parametrize(
    "dateline", ["ROME (Reuters) - ", "PORTLAND, Maine \u2014 ", "LISBON, June 24 (UPI) \u2014 "]
)
def test_a_ledes_dateline_is_no_part_of_what_was_said(dateline: str) -> None:
    assert_reported(
        dateline + "The city will close the old bridge in May, the mayor said on Friday.",
        "The city will close the old bridge in May",
        "the mayor",
    )


def test_a_clock_time_says_nothing() -> None:
    text = "Vote count\n\n10:42 pm \u2014 Governor Jane Roe has conceded.\n"
    assert [s.text for s in extract(text).statements] == []


def test_a_subject_before_a_pronouns_aside_stays_in_what_was_said() -> None:
    assert_reported(
        "A new campaign manager, he said, could set a new tone.",
        "A new campaign manager \u2026 could set a new tone",
        "he",
    )


@pytest.mark.parametrize(
    ("sentence", "cue", "content", "speaker"),
    [
        ("Two council members on Wednesday became the first local officials to endorse the"
         " bid of the mayor.", "endorse", "the bid of the mayor", "two council members"),
        ("Most of the town voted in favor of rebuilding the bridge.", "voted in",
         "rebuilding the bridge", "most of the town"),  # the start model begins it past "favor of"
    ],
)  # fmt: skip
def test_the_last_clause_subject_is_the_source_when_no_other_is_found(
    sentence: str, cue: str, content: str, speaker: str
) -> None:
    statement = only(extract(sentence).statements, "reported")
    assert (statement.cue, statement.text) == (cue, content)
    assert statement.speaker is not None and statement.speaker.name == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        ("Nearly eight in 10 voters in the county overall said the bridge should reopen.",
         "the bridge should reopen", "eight in 10 voters in the county"),  # an adverb
        ("Engineers don't think the bridge will reopen in May.", "the bridge will reopen in May",
         "Engineers"),  # the negation
        ("Inspectors from two cities \u2014 Springfield and Shelbyville \u2014 said the bridge"
         " was unsafe.", "the bridge was unsafe", "Inspectors from two cities"),  # an aside
        ("Two hours later the inspectors closed the road, moved the cars and said the bridge"
         " was unsafe.", "the bridge was unsafe", "the inspectors"),  # the first verb's subject
        ("The council met. Most of them said the bridge was unsafe.", "the bridge was unsafe",
         "Most of them"),  # a part of a group, described whole
        ("Polls there show Jane Roe trailing by ten points.", "Jane Roe trailing by ten points",
         "Polls"),  # "by" after an active cue names no agent
    ],
)  # fmt: skip
def test_the_subject_of_a_cue_past_adverbs_asides_and_other_verbs(
    sentence: str, content: str, source: str
) -> None:
    assert_reported(sentence, content, source)


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("City officials have since balked at the owner's proposal to build a hotel.",
         "balked at", "the owner's proposal to build a hotel"),
        ("Jane Roe said at a meeting that the bridge was unsafe.", "said",
         "that the bridge was unsafe"),  # "at" is no part of "said": when and where
    ],
)  # fmt: skip
def test_a_cue_takes_the_prepositions_the_model_learnt_it_takes(
    sentence: str, cue: str, content: str
) -> None:
    statement = only(extract(sentence).statements, "reported")
    assert (statement.cue, statement.text) == (cue, content)


def test_the_model_keeps_the_prepositions_of_cues_by_stem() -> None:
    data = statement_model.model().to_json()
    model = StatementModel.from_json({**data, "complements": ["balk at"]})
    assert model.takes("balked", "at") and model.takes("balks", "at")
    assert not model.takes("balked", "in") and not model.takes("said", "at")
    assert StatementModel.from_json(model.to_json()).complements == model.complements


def test_a_content_runs_to_the_end_of_a_quotation_its_cue_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def at_first_comma(
        self: StatementModel, words: Words, start: int, limit: int, cue: str, first: int | None
    ) -> int:
        return next((n for n in range(start, limit) if words.texts[n] == ","), limit)

    monkeypatch.setattr(StatementModel, "content_end", at_first_comma)
    sentence = 'Jane Roe argued the bridge, which the city built in 1950, was "falling apart."'
    statement = only(extract(sentence).statements, "mixed")
    assert statement.cue == "argued"
    assert statement.text == 'the bridge, which the city built in 1950, was "falling apart."'
    assert not [s for s in extract(sentence).statements if s.kind.value == "direct"]


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        ("The survey, released on Monday by the county, showed Jane Roe leading John Doe by"
         " ten points.", "Jane Roe leading John Doe by ten points", "The survey"),
        ("John Doe, who has run as a reformer, has also hit Jane Roe over her budget.",
         "Jane Roe over her budget", "John Doe"),
    ],
)  # fmt: skip
def test_a_name_after_a_cue_that_is_no_inverted_speech_verb_is_its_object(
    sentence: str, content: str, source: str
) -> None:
    assert_reported(sentence, content, source)


def test_the_cue_of_a_quotation_before_a_titled_name_says_nothing_more() -> None:
    sentence = "\u201cThe bridge is safe,\u201d Mr Doe told City Radio\u2019s Morning Show, adding"
    sentence += " that it would reopen."
    statements = extract(sentence).statements
    assert [(s.kind.value, s.text) for s in statements] == [
        ("direct", "The bridge is safe,"),
        ("reported", "that it would reopen"),
    ]


def test_an_owned_nominal_cue_in_the_plural_after_an_adjective() -> None:
    sentence = "Nobody doubted Jane Roe's public statements that the bridge was safe."
    (statement,) = [s for s in extract(sentence).statements if s.cue == "statements"]
    assert statement.text == "that the bridge was safe"
    assert statement.speaker is not None and statement.speaker.name == "Jane Roe"


@pytest.mark.slow  # a growth check in CPU time, with the others .ci/run runs after the README's
def test_looking_back_for_sources_keeps_time_linear_in_one_long_sentence() -> None:
    """Each cue without a nearer source looks back a bounded stretch for its subject
    (the whole frame: 400 such cues took 6.7 s against 0.4 s for 100)."""
    unit = "most of the town voted in favor of rebuilding the bridge and "
    small, large = ("Voters " + unit * n + "left." for n in (100, 400))
    small_seconds, large_seconds = seconds(small, large)
    assert large_seconds / max(small_seconds, 0.01) < 10


def test_according_to_a_source_with_a_phrase_after_its_head() -> None:
    sentence = (
        "According to a survey conducted by the city council last spring,"
        " most residents want a new bridge."
    )
    (statement,) = [s for s in extract(sentence).statements if s.cue == "According to"]
    assert statement.text == "most residents want a new bridge"
    assert statement.speaker is not None and statement.speaker.name == "a survey"


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("The bridge will reopen in May, analysts said.", "analysts",
         "The bridge will reopen in May"),
        ("In addition to the bridge, aides say Jane Roe also wants a new tunnel.", "aides",
         "Jane Roe also wants a new tunnel"),
        ("Mrs. Roe, analysts said, has other reasons for staying.", "analysts", None),
    ],
)  # fmt: skip
def test_a_plural_subject_the_tagger_took_for_another_word(
    sentence: str, source: str, content: str | None
) -> None:
    statement = only(extract(sentence).statements, "reported")
    assert statement.mention is not None
    assert sentence[statement.mention.start : statement.mention.end] == source
    assert content is None or statement.text == content


@pytest.mark.parametrize(
    ("sentence", "asked", "said"),
    [
        ("When asked whether the bridge would reopen, Jane Roe said it was safe.",
         "whether the bridge would reopen", "it was safe"),
        ("Asked about the bridge, Jane Roe said it was safe.", "the bridge", "it was safe"),
        ("When asked how the bridge fell, most residents blamed the storm.",
         "how the bridge fell", "the storm"),
    ],
)  # fmt: skip
def test_a_participle_clause_opening_the_sentence_is_a_sourceless_statement_of_its_own(
    sentence: str, asked: str, said: str
) -> None:
    statements = extract(sentence).statements
    assert [(s.text, s.mention is None) for s in statements] == [(asked, True), (said, False)]


def test_a_content_whose_subject_is_this_says_something() -> None:
    """ "this" opens when ("this week") but also a clause ("this provides ...")."""
    assert_reported(
        "Engineers believe this provides no safety margin for the bridge.",
        "this provides no safety margin for the bridge",
        "Engineers",
    )
    sentence = "Engineers said this week the bridge was safe."
    assert only(extract(sentence).statements, "reported").text == "the bridge was safe"


@pytest.mark.parametrize(
    ("label", "source"), [("River Daily", "River Daily"), ("Wow", None), ("The Latest", None)]
)
def test_a_headline_label_of_two_words_names_its_source_whoever_it_is(
    label: str, source: str | None
) -> None:
    text = f"{label}: The old bridge will reopen in May.\n\nThe mayor spoke on Monday."
    found = [(s.speaker.name if s.speaker else None, s.text) for s in extract(text).statements]
    assert found == ([(source, "The old bridge will reopen in May")] if source else [])


def test_a_perfect_participle_opening_the_sentence_is_the_main_clause_subjects() -> None:
    sentence = "Having announced that the bridge would close, Jane Roe left the city."
    assert_reported(sentence, "that the bridge would close", "Jane Roe")


def test_frame_words_keep_the_period_of_an_abbreviation_only() -> None:
    text = "Mr. Doe of the U.S. Senate said so."
    words = frame_words(text, Span(0, len(text)), [])
    assert words.texts == ["Mr.", "Doe", "of", "the", "U.S.", "Senate", "said", "so", "."]


def test_frame_words_keep_a_numbers_thousands_as_one_word() -> None:
    # a number's commas are no clause breaks: "Walker, who charges $20,000 for a speech,
    # has lost" opens no aside at "20,"; a list of years keeps its commas
    text = "Walker, who charges $20,000 or 1,110.5, has lost a 5,125-foot lot in 2001, 2003, 12,34."
    words = frame_words(text, Span(0, len(text)), [])
    assert words.texts == [
        "Walker", ",", "who", "charges", "$", "20,000", "or", "1,110.5", ",", "has", "lost", "a",
        "5,125-foot", "lot", "in", "2001", ",", "2003", ",", "12", ",", "34", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (["plan", "plans", "planned", "planning"], "plan"),
        (["deny", "denies", "denied"], "deny"),
        (["warn", "warns", "warned", "warning"], "warn"),
    ],
)
def test_the_forms_of_a_cue_word_share_a_stem(forms: list[str], stem: str) -> None:
    assert {statement_model.stem(form) for form in forms} == {stem}


def test_a_content_stops_where_the_next_attribution_begins() -> None:
    sentence = "Jane Roe said the bridge was safe and John Doe said it was not."
    found = [(s.speaker and s.speaker.name, s.text) for s in extract(sentence).statements]
    assert found == [("Jane Roe", "the bridge was safe"), ("John Doe", "it was not")]


def test_a_content_holds_an_attribution_after_a_clause_fronted_in_it() -> None:
    sentence = (
        "Later, she stressed that while the council had not made any decision on the plan, "
        "all member states agreed to repair the bridge."
    )
    found = {s.cue: s.text for s in extract(sentence).statements}
    assert found["stressed"] == (
        "that while the council had not made any decision on the plan, "
        "all member states agreed to repair the bridge"
    )
    assert found["agreed"] == "to repair the bridge"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Jane Roe said the plan was good, and reminded the audience of the cost.",
         [("said", "the plan was good"), ("reminded", "the cost")]),
        ("Jane Roe said the plan was \u201cgood for the city,\u201d claiming that it would pay.",
         [("said", "the plan was \u201cgood for the city,\u201d"),
          ("claiming", "that it would pay")]),
    ],
)  # fmt: skip
def test_a_content_stops_before_a_second_verb_of_its_source(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    """The next cue shares the source, which stands before the first cue: the first
    content stops at the break before the second cue, a quotation's closing comma too."""
    assert [(s.cue, s.text) for s in extract(sentence).statements] == found


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("John Doe argued that the plan, which the council passed in May, would fail.",
         "that the plan, which the council passed in May, would fail"),
        ("John Doe said the tax was too high, calling it a burden on families.",
         "the tax was too high"),
    ],
)  # fmt: skip
def test_a_content_reads_what_follows_a_comma(sentence: str, content: str) -> None:
    """A content goes on past a comma when the clause it opens has no verb yet and what
    follows holds none before the next break ("the plan, which ..., would fail"), and
    stops before a participle phrase ("..., calling it")."""
    assert extract(sentence).statements[0].text == content


def _at_each_mark(
    self: StatementModel, words: Words, start: int, limit: int, cue: str, first: int | None
) -> int:
    """An end model that stops a content at every comma or dash (from ``first`` on)."""
    first = start + 1 if first is None else first
    return next((n for n in range(first, limit) if words.texts[n] in {",", "-"}), limit)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("John Doe wondered how, with so little money left, the town would pay for the bridge.",
         "how, with so little money left, the town would pay for the bridge"),
        ("Jane Roe wrote that in the weeks after the flood, when the river was still high, the"
         " town ran out of sandbags.",
         "that in the weeks after the flood, when the river was still high, the town ran out"
         " of sandbags"),
        ("Jane Roe said Smith, despite his age, is the best man for the job.",
         "Smith, despite his age, is the best man for the job"),
        ("Jane Roe said the mayor, who has run the city since 2010, wants a new bridge.",
         "the mayor, who has run the city since 2010, wants a new bridge"),
        ("John Doe asked what steps, if any, the council would take.",
         "what steps, if any, the council would take"),
        ("Jane Roe wrote that the states - and not Congress - were in charge of the vote.",
         "that the states - and not Congress - were in charge of the vote"),
        ("John Doe said that the mayor, and the council with her, wants a new bridge.",
         "that the mayor, and the council with her, wants a new bridge"),
        ("Jane Roe praised the mayor, a Democrat, and the council.", "the mayor"),
        ("Jane Roe praised the mayor, who runs the city.", "the mayor"),
    ],
)  # fmt: skip
def test_a_clause_content_does_not_stop_before_its_verb(
    monkeypatch: pytest.MonkeyPatch, sentence: str, content: str
) -> None:
    """A content that opens a clause runs past a comma where the end model stops it when
    the clause's verb stands further on: one a "that" or wh-word opens ("how, with ...,
    [the town would pay]"), or one whose verb follows an aside ("Smith, despite his age,
    [is]"); a verb of a relative or adverbial clause inside it is not its own ("the mayor,
    who runs the city": a noun phrase, stopped where the model stops it)."""
    monkeypatch.setattr(StatementModel, "content_end", _at_each_mark)
    assert extract(sentence).statements[0].text == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The sheriff doubted that, but the county clerk signed the order anyway.", "that"),
        ("Jane Roe explained how to file the form, so the line at the desk was short.",
         "how to file the form"),
        ("John Doe asked whether the levee held, and the engineers checked it again.",
         "whether the levee held"),
    ],
)  # fmt: skip
def test_a_clause_content_stops_before_a_new_clause(
    monkeypatch: pytest.MonkeyPatch, sentence: str, content: str
) -> None:
    """After a comma, "but", "and" or "so" opens a clause of its own: its verb is not the
    content's ("doubted [that], but the clerk signed"). A wh-word with an infinitive ("how
    to file the form") is a whole clause with no finite verb."""
    monkeypatch.setattr(StatementModel, "content_end", _at_each_mark)
    assert extract(sentence).statements[0].text == content


def test_a_content_stops_before_an_aside_whose_verb_is_another_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(StatementModel, "content_end", _at_each_mark)
    sentence = "One man supporting Jane Roe, John Doe of the river board, said the bridge was safe."
    assert [s.text for s in extract(sentence).statements][:1] == ["Jane Roe"]


def test_a_content_stops_at_a_dash_closing_an_aside_opened_before_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(StatementModel, "content_end", _at_each_mark)
    sentence = "Jane Roe -- who urged the council to rebuild the bridge -- is running for mayor."
    assert "running" not in extract(sentence).statements[0].text


@pytest.mark.parametrize(
    ("text", "b", "ahead"),
    [
        ("The tax was too high, he added, and rising.", 5, "clause 2"),
        ("The tax was too high, calling the tax a burden.", 5, "phrase 5"),
    ],
)
def test_the_end_model_reads_what_stands_before_the_next_break(
    text: str, b: int, ahead: str
) -> None:
    words = frame_words(text, Span(0, len(text)), [])
    assert words.texts[b] == ","
    assert statement_model._ahead(words, b, len(words)) == ahead


@pytest.mark.parametrize(
    ("text", "b", "aside"),
    [
        ("He said that the letter - sent in May - was lost.", 5,
         ["aside then aux w -", "aside then was w -"]),
        ("He said that the letter was lost - and found.", 7, ["aside open w -"]),
        ("He said that the letter was lost in May.", 6, []),
    ],
)  # fmt: skip
def test_the_end_model_reads_whether_a_mark_opens_an_aside(
    text: str, b: int, aside: list[str]
) -> None:
    """A dash, comma or bracket that the same mark closes a few words on opens an aside,
    and what follows the closing mark says whether the content goes on past it."""
    words = frame_words(text, Span(0, len(text)), [])
    assert statement_model._aside(words, b, len(words) - 1) == aside


def test_a_participle_after_a_break_is_no_verb_of_the_content() -> None:
    """ "that the letter, postmarked from Boston, ...": the content has no verb yet, so the
    end model does not read it as a clause that may stop at the next comma."""
    lowers = ["that", "the", "letter", ",", "postmarked", "from", "boston", ",", "was", "closed"]
    assert not statement_model.clause_verb(lowers, 4, 0)
    assert statement_model.clause_verb(lowers, 8, 0)  # "was"
    assert statement_model.clause_verb(lowers, 9, 0)  # "closed", after no break
    assert statement_model.finite("postmarked")  # what the flag read before


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge seemed to hold through the storm.",
        "The council is expected to vote on the plan.",
    ],
)
def test_a_raising_cue_stands_inside_a_content_without_source(sentence: str) -> None:
    """PolNeAR annotates "X seems to Y" as a content holding its cue, with no source."""
    statement = only(extract(sentence).statements, "reported")
    assert statement.speaker is None and statement.mention is None
    assert statement.text == sentence.rstrip(".")


def test_two_cues_of_one_content_give_one_statement() -> None:
    sentence = "Officials present at the meeting were quick to deny that the mission is aggressive."
    [statement] = extract(sentence).statements
    assert statement.text == "that the mission is aggressive"


@pytest.mark.parametrize("noun", ["Officials", "Critics", "Residents"])
def test_a_plural_noun_opening_a_sentence_is_a_group_not_a_person(noun: str) -> None:
    sentence = f"{noun} present at the meeting said the mission is aggressive."
    [statement] = extract(sentence).statements
    assert statement.speaker is not None
    assert statement.speaker.kind == SpeakerKind.ANONYMOUS
    assert statement.speaker.name.startswith(noun.lower())  # "according to officials ..."


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Roe said — on the radio, as it happens — that the bridge would reopen in May.",
        "Jane Roe said, twice, that the bridge would reopen in May.",
    ],
)
def test_a_content_begins_past_an_aside_after_its_cue(sentence: str) -> None:
    assert_reported(sentence, "that the bridge would reopen in May", "Jane Roe")


def test_a_content_runs_past_an_aside_after_its_that() -> None:
    sentence = "Jane Roe said that, despite the storm last week, the bridge would reopen in May."
    assert_reported(sentence, sentence[14:-1], "Jane Roe")


def test_a_clause_opening_with_a_word_of_when_is_content() -> None:
    """ "this" may open a when ("said this week") or a subject ("this bridge would")."""
    sentence = "Jane Roe said this bridge would reopen in May."
    assert_reported(sentence, "this bridge would reopen in May", "Jane Roe")


def test_a_word_cues_when_its_score_passes_the_model_threshold() -> None:
    words = frame_words("Jane Roe said so.", Span(0, 17), [])
    model = StatementModel(
        frozenset({"said"}), frozenset(), Linear({"bias": -0.5}), Linear({}), threshold=-1
    )
    assert model.cues(words) == [2]
    model = StatementModel.from_json(json.loads(json.dumps(model.to_json())))
    assert model.threshold == -1
    model.threshold = 0
    assert model.cues(words) == []


def test_every_form_of_a_cue_family_is_a_candidate() -> None:
    """A family train qualifies ("assail": "assailed") makes each of its forms a
    candidate, even one train never showed ("assails"); a closed-class word or another
    family's form is none."""
    text = "Jane Roe assails the plan and assesses it."
    words = frame_words(text, Span(0, len(text)), [])
    model = StatementModel(
        frozenset({"assailed"}), frozenset(), Linear({"bias": 1}), Linear({}),
        families=frozenset({"assail"}),
    )  # fmt: skip
    model = StatementModel.from_json(json.loads(json.dumps(model.to_json())))
    assert model.families == {"assail"}
    assert model.candidate("assails") and model.candidate("assailing")
    assert not model.candidate("assesses") and not model.candidate("the")
    assert [words.texts[i] for i in model.cues(words)] == ["assails"]
    assert model.may_hold_cue(text) and not model.may_hold_cue("Jane Roe assesses it.")


def test_according_to_names_its_source_after_it_never_before() -> None:
    """The source of "A, according to X" is X or no one, never the subject of A (whose
    words would then stand as the content)."""
    sentence = (
        "The town had 115 robberies last year, according to the most recent data"
        " available from the county."
    )
    for statement in extract(sentence).statements:
        assert statement.speaker is None or "robberies" not in statement.speaker.name
        assert "most recent data" not in statement.text
    (statement,) = [s for s in extract(sentence).statements if s.cue == "according to"]
    assert statement.text == "The town had 115 robberies last year"


def test_a_content_begins_where_the_start_model_begins_it() -> None:
    """Past the words of a long cue ("plans to address"), no further than a clause break,
    and where the grammar opens it when the model begins it nowhere."""
    text = "Jane Roe has plans to address the flooding, and more."
    words = frame_words(text, Span(0, len(text)), [])
    opening = words.lowers.index("to")
    start = Linear({"bias": -1, "p address": 2})
    model = StatementModel(frozenset(), frozenset(), Linear({}), Linear({}), start=start)
    model = StatementModel.from_json(json.loads(json.dumps(model.to_json())))
    assert words.texts[model.content_start(words, opening, "plans")] == "the"
    model.start = Linear({"bias": -1, "p and": 2})  # "and" stands past the comma
    assert model.content_start(words, opening, "plans") == opening
    model.start = Linear({})
    assert model.content_start(words, opening, "plans") == opening


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("John Doe has taken a shot at the mayor of the city over the bridge.",
         "the mayor of the city over the bridge"),
        ("John Doe voiced support for rebuilding the bridge.", "rebuilding the bridge"),
    ],
)  # fmt: skip
def test_a_content_begins_past_the_words_of_a_long_cue(sentence: str, content: str) -> None:
    assert_reported(sentence, content, "John Doe")


def test_when_and_where_alone_are_no_content() -> None:
    sentence = "Jane Roe said in a televised address, before entering the meeting Tuesday morning."
    assert not extract(sentence).statements


def test_a_pronoun_is_resolved_as_for_quotations() -> None:
    text = "Jane Roe spoke to the council on Monday. She said the bridge would reopen in May."
    statement = next(s for s in extract(text).statements if s.cue == "said")
    assert statement.text == "the bridge would reopen in May"
    assert statement.speaker is not None and statement.speaker.name == "Jane Roe"
    assert statement.mention is not None and text[statement.mention.start :].startswith("She")


def test_one_direct_statement_holds_the_quotations_of_one_attribution() -> None:
    text = (
        "Jane Roe spoke on Monday. \u201cThe bridge is safe,\u201d she said."
        " \u201cIt will reopen.\u201d"
    )
    analysis = extract(text)
    assert [q.text for q in analysis.quotes] == ["The bridge is safe,", "It will reopen."]
    statement = only(analysis.statements, "direct")
    assert [text[p.start : p.end] for p in statement.content] == [q.text for q in analysis.quotes]
    assert statement.text == "The bridge is safe, \u2026 It will reopen."
    assert statement.speaker is not None and statement.speaker.name == "Jane Roe"


def test_a_partial_quotation_stays_a_quotation_inside_a_mixed_statement() -> None:
    text = 'Jane Roe said the bridge was "perfectly safe" and would reopen in May.'
    analysis = extract(text)
    assert [q.text for q in analysis.quotes] == ["perfectly safe"]
    assert [s.kind for s in analysis.statements] == [StatementKind.MIXED]


def test_marked_kind_follows_the_quotation_marks() -> None:
    text = 'Jane Roe said the bridge was "perfectly safe" and would reopen.'
    inside = text.index("perfectly")
    assert marked_kind(text, inside, inside + len("perfectly safe")) == "quote"
    assert marked_kind(text, text.index("the bridge"), len(text) - 1) == "mixed"
    assert marked_kind(text, 0, len("Jane Roe said")) == "reported"


def test_extract_json_lists_statements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Jane Roe said the bridge would reopen in May. \u201cIt is safe,\u201d she added.",
        encoding="utf-8",
    )
    assert main(["extract", str(path), "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    text = path.read_text(encoding="utf-8")
    assert [q["text"] for q in result["quotes"]] == ["It is safe,"]  # as before statements
    kinds = {s["kind"]: s for s in result["statements"]}
    assert set(kinds) == {"reported", "direct"}
    for statement in result["statements"]:
        assert set(statement) == {"kind", "content", "text", "speaker", "speaker_start",
                                  "speaker_end", "cue", "cue_start", "cue_end", "role"}  # fmt: skip
        assert statement["speaker"] == "Jane Roe"
        pieces = [text[s:e] for s, e in statement["content"]]
        assert statement["text"] == " \u2026 ".join(pieces)
        assert text[statement["cue_start"] : statement["cue_end"]] == statement["cue"]
    reported = kinds["reported"]
    assert reported["text"] == "the bridge would reopen in May"
    assert text[reported["speaker_start"] : reported["speaker_end"]] == "Jane Roe"


ARTICLE = (
    "Jane Roe, the mayor of Riverton, said the bridge would reopen in May.\n\n"
    "\u201cWe will win,\u201d Jane Roe told reporters.\n\n"
    "The river rose overnight, according to John Doe."
)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.db") as lib:
        lib.add_article(extract(ARTICLE))
        yield lib


def texts(lib: Library, **filters: object) -> set[str]:
    return {q.text for q in lib.quotes(**filters)}  # type: ignore[arg-type]


def test_statements_are_stored_beside_quotes(library: Library) -> None:
    assert texts(library) == {"We will win,"}  # quotations alone unless asked
    assert texts(library, statement_kinds=("reported",)) == {
        "the bridge would reopen in May",
        "The river rose overnight",
    }
    jane = library.find_speaker("Jane Roe")
    assert jane is not None
    row = library.speaker(jane)
    assert (row.quote_count, row.statement_count) == (1, 1)
    assert row.role == "mayor of Riverton"
    counts = library.counts()
    assert (counts.quotes, counts.statements) == (1, 2)
    doe = library.find_speaker("John Doe")  # only reported: still a speaker of the library
    assert doe in [s.id for s in library.speakers()]
    assert texts(library, search="bridge", statement_kinds=ALL_KINDS) == {
        "the bridge would reopen in May"
    }
    assert texts(library, search="bridge") == set()


def test_corrections_to_statements_survive_reanalysis(library: Library) -> None:
    reported = {q.text: q for q in library.quotes(statement_kinds=("reported",))}
    river = reported["The river rose overnight"]
    jane = library.find_speaker("Jane Roe")
    assert jane is not None
    library.reassign_quote(river.id, jane)
    library.hide_quote(reported["the bridge would reopen in May"].id)
    start = ARTICLE.index("the mayor of Riverton")
    added = library.add_quote(river.article_id, start, start + 21, jane, "reported")
    library.reanalyse(river.article_id, extract(ARTICLE))
    after = {q.text: q for q in library.quotes(statement_kinds=ALL_KINDS)}
    assert after["The river rose overnight"].speaker_name == "Jane Roe"
    assert "the bridge would reopen in May" not in after
    assert after["the mayor of Riverton"].id == added and after["the mayor of Riverton"].reported
    hidden = texts(library, statement_kinds=ALL_KINDS, hidden=True)
    assert hidden == {"the bridge would reopen in May"}
    assert after["We will win,"].speaker_name == "Jane Roe"  # the quote was not touched


def test_cli_lists_and_exports_statements(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(library.path)
    assert main(["quotes", "--db", db, "--json"]) == 0
    assert [r["kind"] for r in json.loads(capsys.readouterr().out)] == ["quote"]
    assert main(["quotes", "--db", db, "--json", "--speech", "statements"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} == {"reported"} and len(rows) == 2
    assert main(["export", "--db", db, "--format", "json", "--speech", "all"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert sorted(r["statement"] for r in exported) == ["quote", "reported", "reported"]
    assert main(["export", "--db", db, "--format", "md", "--speech", "reported"]) == 0
    markdown = capsys.readouterr().out
    assert "*Reported:* The river rose overnight" in markdown and "> " not in markdown


def test_a_search_counts_only_to_just_past_at_most(library: Library) -> None:
    """Statements more than double the rows a common word matches: the window counts a
    search's matches only as far as it shows them."""
    assert library.count_quotes(search="river", statement_kinds=ALL_KINDS) == 1
    assert library.count_quotes(search="the", statement_kinds=ALL_KINDS) == 2
    assert library.count_quotes(search="the", statement_kinds=ALL_KINDS, at_most=1) == 2
    assert library.count_quotes(search="the", statement_kinds=ALL_KINDS, at_most=0) == 1
    assert library.count_quotes(search="the", statement_kinds=("reported",), at_most=0) == 1


def _training_script():  # noqa: ANN202 - the script module, loaded from its file
    import importlib.util
    import sys

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "train_statements", root / "scripts" / "train_statements.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_statements", script)
    spec.loader.exec_module(script)
    return script


def test_a_cue_word_is_a_candidate_when_its_forms_together_are_cues_often_enough() -> None:
    """ "plans" (twice) and "planned" (once) are cues three times together: both are
    candidates, and so is "planning", never seen inside a cue, a form of their family."""
    script = _training_script()
    articles = []
    sentences = ["Roe plans to go.", "Doe plans to stay.", "Roe planned a visit."]
    sentences.append("The planning took a year.")
    for n, sentence in enumerate(sentences):
        words = frame_words(sentence, Span(0, len(sentence)), [])
        cue = [(words.starts[1], words.ends[1])] if n < 3 else []
        gold = [script.Gold(cue, [(words.ends[1] + 1, len(sentence) - 1)])] if cue else []
        articles.append(script.Article(str(n), [words], gold))
    vocabulary, families = script.vocabulary(articles)
    assert {"plans", "planned", "planning"} <= vocabulary and families == {"plan"}


def test_a_form_that_cues_often_is_a_candidate_whatever_its_stem() -> None:
    """ "stated" cues three times in three, but the noun "state" shares its stem and cues
    nothing: the form alone passes the counts."""
    script = _training_script()
    articles = []
    sentences = ["Roe stated it.", "Doe stated it.", "Roe stated so."]
    sentences += ["The state paid."] * 40
    for n, sentence in enumerate(sentences):
        words = frame_words(sentence, Span(0, len(sentence)), [])
        cue = [(words.starts[1], words.ends[1])] if n < 3 else []
        gold = [script.Gold(cue, [(words.ends[1] + 1, len(sentence) - 1)])] if cue else []
        articles.append(script.Article(str(n), [words], gold))
    vocabulary, families = script.vocabulary(articles)
    assert "stated" in vocabulary and "state" not in vocabulary and not families


def test_a_cue_word_whose_attributions_mostly_name_no_source_may_cue_alone() -> None:
    """ "disclosure" cues five attributions of no one's and one of someone's; "warned"
    cues five of someone's."""
    script = _training_script()
    articles = []
    sentences = ["The disclosure that it fell shocked us."] * 5 + ["Roe's disclosure that it fell."]
    sentences += ["Roe warned that it fell."] * 5
    for n, sentence in enumerate(sentences):
        words = frame_words(sentence, Span(0, len(sentence)), [])
        k = words.lowers.index("disclosure" if n < 6 else "warned")
        cue = [(words.starts[k], words.ends[k])]
        gold = script.Gold(cue, [(words.ends[k] + 1, words.ends[k + 4])], sourced=n >= 5)
        articles.append(script.Article(str(n), [words], [gold]))
    vocabulary = frozenset({"disclosure", "warned"})
    assert script.sourceless_words(articles, vocabulary) == {"disclosure"}


def test_a_sourceless_cue_word_makes_a_statement_of_no_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentence = "Residents left after the disclosure that the bridge was unsafe."
    data = statement_model.model().to_json()
    data["threshold"] = -1.0  # "disclosure" cues here: the test is of what follows
    for sourceless, found in (([], []), (["disclosure"], ["that the bridge was unsafe"])):
        model = StatementModel.from_json({**data, "sourceless": sourceless})
        assert StatementModel.from_json(model.to_json()).sourceless == set(sourceless)
        monkeypatch.setattr(statement_model, "model", lambda model=model: model)
        statements = extract(sentence).statements
        assert [s.text for s in statements] == found
        assert all(s.mention is None for s in statements)


def test_training_is_deterministic_and_loads() -> None:
    """The training script on a few PolNeAR train articles: the same weights twice, and
    a model that reads them back (the full training is `scripts/train_statements.py`)."""
    root = Path(__file__).resolve().parents[1]
    if not (root.parent / "shared" / "corpora" / "polnear" / "train").is_dir():
        pytest.skip("PolNeAR train not found at ../shared/corpora/polnear/train")
    script = _training_script()
    articles = script.load(script.POLNEAR, limit=6)
    first, second = (script.train(articles).to_json() for _ in range(2))
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    model = StatementModel.from_json(json.loads(json.dumps(first)))
    words = frame_words("Jane Roe said the bridge would reopen.", Span(0, 38), [])
    assert model.vocabulary and "said" in model.vocabulary
    assert model.cues(words) == [2]


def test_the_owner_of_a_nominal_cue_is_named_without_its_possessive() -> None:
    text = (
        "Mayor Jane Ostrander spoke on Monday. The mayor's repeated claims that the "
        "budget was balanced drew criticism."
    )
    [statement] = [s for s in extract(text).statements if s.kind == StatementKind.REPORTED]
    assert statement.speaker is not None and statement.speaker.name == "Jane Ostrander"


@pytest.mark.parametrize(
    ("text", "b", "clause"),
    [
        ("He said the tax was high, and reminded the council of it.", 6,
         ["next predicate", "next predicate 5"]),
        ("He said the tax was high, and she added that it was rising.", 6,
         ["next clause", "next clause 8", "next speech clause"]),
        ("He praised the plan at a rally in Iowa.", 4, ["next phrase", "next phrase 5",
         "next name phrase"]),
        ("He said the tax was high, claiming it hurt families.", 6,
         ["next predicate", "next predicate 5", "next speech predicate first"]),
    ],
)  # fmt: skip
def test_the_end_model_reads_what_the_next_clause_is(text: str, b: int, clause: list[str]) -> None:
    """A predicate with no subject of its own, a clause with one, a phrase, whether a
    speech verb stands in it and whether a name does."""
    words = frame_words(text, Span(0, len(text)), [])
    assert statement_model._next_clause(words, b, len(words) - 1) == clause


@pytest.mark.parametrize(
    ("text", "word", "subject", "negated", "opens"),
    [
        ("They don't want Trump to win.", "want", "pronoun", True, "phrase"),
        ("A new poll shows Clinton leads Sanders.", "shows", "word", False, "clause"),
        ("Two polls show the race tightened.", "show", "plural", False, "clause"),
        ("Even Smith now says the deal would fail.", "says", "name", False, "clause"),
        ("Clinton's support among women held.", "support", "owner", False, "other"),
        ("Voters who have never supported him left.", "supported", "relative", True, "other"),
        ("The senator strongly supports raising taxes.", "supports", "word", False, "other"),
        ("Asked, aides said that the deal would fail.", "said", "plural", False, "that"),
        ("He wants to win, she thinks.", "thinks", "pronoun", False, "break"),
    ],
)  # fmt: skip
def test_the_cue_model_reads_a_cue_words_subject_and_what_it_opens(
    text: str, word: str, subject: str, negated: bool, opens: str
) -> None:
    """Broad cues ("want", "show", "support") cue by what stands around them: a subject
    past auxiliaries, adverbs and a negation, and a clause with or without "that"."""
    words = frame_words(text, Span(0, len(text)), [])
    i = words.lowers.index(word)
    assert statement_model._subject_kind(words, i) == (subject, negated)
    assert statement_model._opens(words, i) == opens


@pytest.mark.parametrize(
    ("text", "word", "near"),
    [
        ("Trump said on Monday that voters want change, Smith added.", "want", ("5", "5")),
        ("Voters want change.", "want", ("none", "none")),
        ("Voters want change, he said.", "want", ("none", "5")),
    ],
)
def test_the_cue_model_reads_how_far_the_nearest_speech_verb_stands(
    text: str, word: str, near: tuple[str, str]
) -> None:
    words = frame_words(text, Span(0, len(text)), [])
    assert statement_model._speech_near(words, words.lowers.index(word)) == near


def test_a_speech_verb_is_not_its_own_neighbour() -> None:
    text = "He said they said it."
    words = frame_words(text, Span(0, len(text)), [])
    assert statement_model._speech_near(words, 1) == ("none", "2")


def test_verbs_and_breaks_are_counted_over_any_stretch_of_the_frame() -> None:
    text = "He said the plan, which failed, was dead and buried."
    words = frame_words(text, Span(0, len(text)), [])
    comma = words.lowers.index(",")
    assert words.verbs_and_breaks(comma + 1, len(words)) == (3, 3)  # failed, was, buried; , and .
    assert words.verbs_and_breaks(comma + 1, comma + 3) == (1, 0)  # "which failed"
    assert words.verbs_and_breaks(len(words), len(words)) == (0, 0)


@pytest.mark.parametrize(
    ("text", "fronted"),
    [
        ("Although he said the tax was high, the council passed it.", True),
        ("But while he said the tax was high, the council passed it.", True),
        ("He said the tax was high, although the council passed it.", False),
        ("As expected, he said the tax was high.", False),
    ],
)
def test_the_end_model_knows_a_content_inside_a_fronted_clause(text: str, fronted: bool) -> None:
    words = frame_words(text, Span(0, len(text)), [])
    start = words.lowers.index("said") + 1
    assert statement_model._fronted(words, start) is fronted


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana Ruiz told reporters that the budget was balanced, and warned that cuts"
        " would follow.",
        "Mayor Ana Ruiz told the crowd that taxes would fall next year, and repeated her call"
        " for a new bridge.",
    ],
)
def test_a_verb_after_and_shares_its_clauses_subject_not_the_object_before_that(
    text: str,
) -> None:
    """ "told reporters that ..., and warned": "that" is the first verb's complement, not a
    relative clause making "reporters" speak."""
    found = extract(text).statements
    assert len(found) == 2
    assert [s.speaker.name if s.speaker else None for s in found] == ["Ana Ruiz", "Ana Ruiz"]


def cueing(monkeypatch: pytest.MonkeyPatch, cue_words: set[str]) -> None:
    """Let the statement model cue exactly the words of ``cue_words``."""

    def cues(self: StatementModel, words: Words) -> list[int]:
        return [i for i, word in enumerate(words.lowers) if word in cue_words]

    monkeypatch.setattr(StatementModel, "cues", cues)


def test_a_cue_in_the_clause_a_content_opens_is_no_statement_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What "believe" attributes is Jane Roe's claim about the ministers."""
    cueing(monkeypatch, {"said", "believe"})
    sentence = "Jane Roe said that the ministers believe the bridge will reopen in May."
    found = [(s.cue, s.text) for s in extract(sentence).statements]
    assert found == [("said", "that the ministers believe the bridge will reopen in May")]


def test_a_cue_past_a_break_in_a_content_keeps_its_statement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cueing(monkeypatch, {"said", "believe"})
    sentence = "Jane Roe said the bridge is unsafe, and the ministers believe it will close."
    found = {s.cue: s.text for s in extract(sentence).statements}
    assert found == {"said": "the bridge is unsafe", "believe": "it will close"}


def test_a_content_before_its_cue_runs_back_over_a_statement_in_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cueing(monkeypatch, {"said", "expect"})
    sentence = "The talks stalled, but the ministers expect a deal, Jane Roe said."
    found = {s.cue: s.text for s in extract(sentence).statements}
    assert found["said"] == "The talks stalled, but the ministers expect a deal"
    assert found["expect"] == "a deal"


def test_the_agent_of_a_passive_cue_may_follow_a_determiner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cueing(monkeypatch, {"confirmed"})
    sentence = "Her death was confirmed by the Eagle Forum, the group she founded in 1975."
    statement = only(extract(sentence).statements, "reported")
    assert (statement.text, statement.speaker and statement.speaker.name) == (
        "Her death",
        "Eagle Forum",
    )


def test_a_cue_with_no_subject_of_its_own_shares_the_one_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cueing(monkeypatch, {"questions", "called"})
    sentence = "Jane Roe often questions the budget and has called for a new bridge."
    found = [(s.cue, s.speaker and s.speaker.name, s.text) for s in extract(sentence).statements]
    assert found == [
        ("questions", "Jane Roe", "the budget"),
        ("called for", "Jane Roe", "a new bridge"),
    ]


def test_a_quotation_opening_the_next_paragraph_goes_on_with_the_statement_before() -> None:
    text = (
        "\u201cThe bridge is safe,\u201d Jane Roe said.\n\n"
        "\u201cWe will reopen it in May.\u201d\n\n"
        "\u201cThe river rose overnight,\u201d she added.\n\n"
        "The council met on Tuesday.\n\n"
        "\u201cNo,\u201d she said."
    )
    direct = [s for s in extract(text).statements if s.kind is StatementKind.DIRECT]
    assert [[text[p.start : p.end] for p in s.content] for s in direct] == [
        ["The bridge is safe,", "We will reopen it in May."],  # one quotation, two paragraphs
        ["The river rose overnight,"],  # a cue of its own: a statement of its own
        ["No,"],
    ]


def test_a_quoted_fragment_no_statement_holds_is_no_statement_of_its_own() -> None:
    text = "The two candidates ended in a \u201cvirtual tie\u201d on Tuesday."
    analysis = extract(text)
    assert not [s for s in analysis.statements if s.kind is StatementKind.DIRECT]
    assert [text[q.span.start : q.span.end] for q in analysis.quotes] == ["virtual tie"]


def test_the_end_model_sees_a_list_going_on_and_a_fronted_clause_closing() -> None:
    text = "She criticized Roe, Doe, and Poe for the delay, and they left."
    words = frame_words(text, Span(0, len(text)), [])
    comma = words.lowers.index(",")
    features = statement_model.end_features(words, 2, comma, len(words) - 1, "criticized", False)
    assert "listed True 1" in features  # ", Doe, and Poe": the list goes on
    later = words.lowers.index("delay") + 1
    features = statement_model.end_features(words, 2, later, len(words) - 1, "criticized", False)
    assert not any(f.startswith("listed") for f in features)  # ", and they left": a clause
    text = "He said that if the river rises, the bridge will close."
    words = frame_words(text, Span(0, len(text)), [])
    comma = words.lowers.index(",")
    features = statement_model.end_features(words, 2, comma, len(words) - 1, "said", True)
    assert "opened fronted first True w ," in features  # the main clause follows the comma


def test_the_end_model_sees_a_second_verb_of_the_cue_form() -> None:
    text = "Jane Roe called for a new bridge and proposed a tax to pay for it."
    words = frame_words(text, Span(0, len(text)), [])
    joined = words.lowers.index("and")
    features = statement_model.end_features(words, 4, joined, len(words) - 1, "called", False)
    assert "parallel True ed w and" in features  # her second predicate, not the content's
    text = "Jane Roe says the bridge is safe and the engineers agree."
    words = frame_words(text, Span(0, len(text)), [])
    joined = words.lowers.index("and")
    features = statement_model.end_features(words, 3, joined, len(words) - 1, "says", True)
    assert not any(f.startswith("parallel") for f in features)  # a clause of its own


def test_a_title_after_a_preposition_or_an_owner_is_no_statement() -> None:
    text = (
        "Speaking on the station\u2019s \u201cMorning Show,\u201d Jane Roe said the bridge"
        " was safe."
    )
    statements = extract(text).statements
    assert [(s.kind, s.text) for s in statements] == [
        (StatementKind.REPORTED, "the bridge was safe")
    ]


def test_a_quotation_after_the_cue_goes_on_with_the_mixed_statement_before_it() -> None:
    text = (
        "Yet the bridge is also a \u201creal asset,\u201d Roe said."
        " \u201cThat is what the town wants.\u201d"
    )
    statements = extract(text).statements
    assert [(s.kind, [text[p.start : p.end] for p in s.content]) for s in statements] == [
        (
            StatementKind.MIXED,
            ["Yet the bridge is also a \u201creal asset,\u201d", "That is what the town wants."],
        )
    ]


def test_the_words_before_a_relative_source_are_not_its_content() -> None:
    text = (
        "The mayor thanked Jane Roe, who declared at the meeting, \u201cThe bridge is safe.\u201d"
    )
    statements = extract(text).statements
    assert not [s for s in statements if s.text.startswith("The mayor")]
    assert [s.text for s in statements if s.kind is StatementKind.DIRECT] == ["The bridge is safe."]


def test_a_quotation_the_cue_leads_in_to_ends_reported_speech() -> None:
    from core.quotes import scan
    from core.statements import _led_in

    def led(text: str, cue: str) -> bool:
        start = text.index(cue)
        return _led_in(text, Span(start, start + len(cue)), scan(text)[0])

    assert led("He warns that the mayor would \u201cclose the bridge.\u201d", "warns")
    assert led("She adds that the town has two choices: \u201cRepair it or close it.\u201d", "adds")
    assert not led("\u201cThe bridge is safe,\u201d she said.", "said")  # the cue after it
    assert not led("She said: \u201cThe bridge is safe.\u201d", "said")  # nothing between
    assert not led("She proclaimed at a meeting, \u201cThe bridge is safe.\u201d", "proclaimed")


def test_a_question_asked_of_someone_opens_with_its_wh_phrase() -> None:
    assert_reported(
        "Reporters asked Jane Roe which bridge the city would close.",
        "which bridge the city would close",
        "Reporters",
    )


@pytest.mark.parametrize(
    ("sentence", "cue", "source"),
    [
        ("Jane Roe was asked on Monday about the closing of the old bridge.", "asked", None),
        ("The mayor has been widely criticized for the closing of the old bridge.",
         "criticized", None),
        ("The mayor was criticized by John Doe for the closing of the old bridge.",
         "criticized", "John Doe"),
        ("Jane Roe is asking the council about the closing of the old bridge.", "asking",
         "Jane Roe"),
    ],
)  # fmt: skip
def test_an_agentless_passive_cue_the_model_learnt_names_no_source(
    monkeypatch: pytest.MonkeyPatch, sentence: str, cue: str, source: str | None
) -> None:
    data = statement_model.model().to_json()
    model = StatementModel.from_json(
        {**data, "passive": ["asked", "asking", "criticized"], "vocabulary": [cue]}
    )
    monkeypatch.setattr(statement_model, "model", lambda: model)
    monkeypatch.setattr(StatementModel, "cues", lambda self, words: [words.lowers.index(cue)])
    statement = only(extract(sentence).statements, "reported")
    assert statement.cue.split()[0] == cue
    mention = statement.mention
    assert (mention and sentence[mention.start : mention.end]) == source


def test_a_passive_cue_is_a_participle_after_a_form_of_be() -> None:
    from core.statements import passive_cue

    words = frame_words("He was widely seen as weak.", Span(0, 27), [])
    assert passive_cue(words, 3)
    words = frame_words("She is saying it.", Span(0, 17), [])
    assert not passive_cue(words, 2)
    words = frame_words("She saw it.", Span(0, 11), [])
    assert not passive_cue(words, 1)


@pytest.mark.parametrize(
    ("sentence", "content", "source"),
    [
        ("Jane Roe was asked on Monday about the closing of the old bridge.",
         "the closing of the old bridge", None),
        ("John Doe was accused of taking bribes from the developers of the bridge.",
         "John Doe … taking bribes from the developers of the bridge", None),  # the subject:
        # what is alleged is that he took them
        ("Jane Roe was convinced that the old bridge would fall.",
         "that the old bridge would fall", "Jane Roe"),
    ],
)  # fmt: skip
def test_the_shipped_model_learnt_which_agentless_passives_name_no_source(
    sentence: str, content: str, source: str | None
) -> None:
    statement = only(extract(sentence).statements, "reported")
    mention = statement.mention
    assert (statement.text, mention and sentence[mention.start : mention.end]) == (content, source)
