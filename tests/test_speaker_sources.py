"""Which words may be a quotation's speaker: the grammar that proposes speaker mentions
should offer noun phrases that can speak, not the object of a clause, an adverb or a
time phrase. Sentences written for the test."""

from __future__ import annotations

import pytest

from core import nlp
from core.extract import attribute, extract
from core.phrases import clause_subject
from tests.analyses import speaker_of


def speaker(text: str) -> str | None:
    """The speaker name of the only quotation in ``text``."""
    (quote,) = extract(text).quotes
    return quote.speaker.name if quote.speaker else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject with a prepositional phrase after it is still the subject
        (
            "A footnote in the audit makes that clear: \u201cThe funds were never spent on"
            " the bridge.\u201d",
            "A footnote in the audit",
        ),
        (
            "Likewise, a memo from the city treasurer had this to say about the fare plan:"
            " \u201cRiders from the suburbs would pay more than anyone.\u201d",
            "a memo from the city treasurer",
        ),
        # a label before a colon: after a headline's dash, or a source's "From"
        (
            "RENTS RISE FASTER THAN WAGES - Tomas Berg: \u201cThe gap has widened every year"
            " since the survey began in 2009.\u201d",
            "Tomas Berg",
        ),
        (
            "The mayor spoke for an hour. From the report: \u201cSpending on roads fell by a"
            " third over the decade.\u201d",
            "report",
        ),
    ],
)
def test_colon_source(text: str, expected: str) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        (
            "One advert stars a retired teacher who promises that the mayor \u201cwill never"
            " raise the fares again in this city\u201d.",
            "a retired teacher",
            "who",
        ),
        (
            "The page was replaced by a message that said, \u201cSorry, the item you requested"
            " is no longer available.\u201d",
            "a message",
            "that",
        ),
        # the relative clause ends before the cue: its head is the cue's subject
        (
            "Some critics of the mayor who spoke anonymously to discuss the budget said it"
            " was \u201ca mess from start to finish\u201d.",
            "some critics of the mayor",
            "Some critics of the mayor",
        ),
    ],
)
def test_relative_pronoun_speaks(text: str, name: str, mention: str) -> None:
    """The relative pronoun right before a cue is the speaker's mention, standing for
    the noun phrase it belongs to."""
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == name
    assert quote.mention is not None and text[quote.mention.start : quote.mention.end] == mention


def test_object_after_and_is_no_speaker() -> None:
    """A cue verb after "and" shares the clause's subject; the noun phrase after it is
    its object, not an inverted speaker ("and recalled the long strike": not the strike)."""
    text = (
        "Ingrid Solberg supports \u201cfair pay for every driver,\u201d and recalled the long"
        " strike of 2009: \u201cWe never gave up on the city, not for one day.\u201d"
    )
    named = [q.speaker.name for q in extract(text).quotes if q.speaker]
    assert not any("strike" in name for name in named)
    assert (
        speaker(
            "The union thanked the drivers and recalled the long strike of 2009: \u201cWe never"
            " gave up on the city, not for one day.\u201d"
        )
        == "union"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unlisted past-tense verb after a quotation speaks with a name after it ...
        (
            "\u201cIt is about time we had a woman running this city,\u201d exhorted Jane Roe.",
            "Jane Roe",
        ),
        # ... not with an object that merely holds one ("Monday")
        (
            "And Tomas Berg, after a long speech about the \u201chousing crisis that is hurting"
            " every family in the capital,\u201d revamped his plans for an important Monday"
            " appearance.",
            None,
        ),
    ],
)
def test_unlisted_verb_after_quotation(text: str, expected: str | None) -> None:
    assert speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "House Speaker Paul D. Ryan of Wisconsin said the party was \u201cin a very bad"
            " place right now\u201d.",
            "Paul D. Ryan",
        ),
        (
            "Amy Glasmeier of the Massachusetts Institute of Technology said the wage was"
            " \u201cfar too low for any family\u201d.",
            "Amy Glasmeier",
        ),
        (
            "Secretary of State John Kerry said the talks were \u201cvery productive for both"
            " sides\u201d.",
            "John Kerry",
        ),
    ],
)
def test_name_before_of_speaks(text: str, expected: str) -> None:
    """A person's name before "of" speaks, not the place or body after it."""
    assert speaker(text) == expected


def test_coordinated_cue_in_subordinate_clause() -> None:
    """ "... when X lamented A and criticized B": X is the subject of both verbs, not the
    subject of the main clause."""
    text = (
        "The worry grew on Wednesday when Mayor Ingrid Solberg lamented the \u201cbroken\u201d"
        " budget and criticized the \u201creckless spending by the council over the last"
        " decade\u201d in a speech."
    )
    reading = attribute(text, model=None)
    cues = {m.cue: m.span.of(text) for f in reading.frames for m in f.mentions}
    assert cues == {"lamented": "Ingrid Solberg", "criticized": "Ingrid Solberg"}


def mentions(text: str) -> dict[str, str]:
    """Each cue the grammar finds in ``text`` -> the words of its speaker mention."""
    reading = attribute(text, model=None)
    return {m.cue: m.span.of(text) for f in reading.frames for m in f.mentions}


def test_which_stands_for_its_antecedent() -> None:
    text = (
        "And how about this new column from the Gazette, which sums it up: \u201cRents rise"
        " faster than wages in every district of the city.\u201d"
    )
    (quote,) = extract(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Gazette"
    assert quote.mention is not None and text[quote.mention.start : quote.mention.end] == "which"


def test_name_after_dash_labels_over_clause_subject() -> None:
    text = (
        "The gap between rents and wages has been growing for years - Tomas Berg: \u201cThe"
        " gap has widened every year since the survey began in 2009.\u201d"
    )
    assert mentions(text) == {":": "Tomas Berg"}


def test_agent_of_reduced_passive_speaks() -> None:
    text = (
        "Democrats blocked the package because of \u201cpoison pill\u201d measures added by"
        " Republicans on other issues."
    )
    assert mentions(text) == {"added": "Republicans"}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a determiner after a noun opens another phrase (a clause with its own subject)
        ("The rationale these critics use to attack the mayor is simple.", None),
        # but not a name set in apposition
        (
            "The prominent civil rights organization the Urban League said it was wrong.",
            "The prominent civil rights organization the Urban League",
        ),
        ("A footnote in the audit makes that clear.", "A footnote in the audit"),
    ],
)
def test_clause_subject(sentence: str, subject: str | None) -> None:
    tokens = nlp.tag(nlp.tokenize(sentence, 0, len(sentence)))
    found = clause_subject(tokens)
    assert (found and " ".join(t.text for t in tokens[found[0] : found[1]])) == subject


def test_object_with_as_is_no_inverted_speaker() -> None:
    """ "described the impact as “...”": the noun phrase after the verb is its object."""
    text = (
        "Marvin Roffman, who estimates that his legal costs were \u201cin the seven figures,\u201d"
        " described the emotional impact as \u201chorrendous for the whole family\u201d."
    )
    assert "described" not in mentions(text)
    assert all(q.speaker and q.speaker.name == "Marvin Roffman" for q in extract(text).quotes)


def test_participle_aside_between_subject_and_cue() -> None:
    """ "X, asked about Y, had said": the aside (a participle the tagger may read as a
    past tense) stands between the speaker and the cue."""
    text = (
        "The issue had come up Friday after Mayor Solberg, asked about the delays on the"
        " bridge, had said, \u201cI think our city does plenty of waiting also.\u201d"
    )
    assert mentions(text) == {"said": "Solberg"}


def test_last_voice_is_not_in_a_subordinate_clause() -> None:
    """A quotation standing alone continues the last voice of the main clause before it,
    not the subject of a cue in a subordinate clause ("while the members said ...")."""
    text = (
        "\u201cThe bridge will open in May, whatever the council decides,\u201d Ingrid Solberg"
        " told reporters on Tuesday, while the council members said nothing. \u201cWe are"
        " ready for it, and so is the city.\u201d"
    )
    reading = attribute(text, model=None)
    named = [a.mention.person.name for a in reading.attributions if a.mention and a.mention.person]
    assert named == ["Ingrid Solberg", "Ingrid Solberg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oslo was not far from the thoughts of celebrants, with many marchers and"
            " spectators chanting \u201cWe are Oslo\u201d and \u201cDisarm hate.\u201d",
            {"chanting": "many marchers and spectators"},
        ),
        (
            "As reported by the Gazette, the mayor has \u201cno plan at all for the bridge or"
            " the tunnel\u201d.",
            {"reported": "the Gazette"},  # an organisation: its mention keeps "the"
        ),
    ],
)
def test_agent_or_absolute_subject(text: str, expected: dict[str, str]) -> None:
    """ "with X and Y chanting": X and Y chant; "As reported by X": X reports."""
    assert mentions(text) == expected


def test_a_subordinator_opening_the_clause_leaves_its_name_the_subject() -> None:
    """ "Or, as Tom Ridge, ..., put it:" — the name after "as" speaks, not "it"; but in
    "Sanders, as a senator, said" the phrase is an aside."""
    text = (
        "Senator Chris Coons spoke first.\n\n"
        "Or, as Tom Ridge, a former secretary of homeland security, put it: "
        "\u201cThe barbarians are no longer at the gate.\u201d\n\n"
        "Bernie Sanders, as a senator, said it was \u201cwrong.\u201d"
    )
    assert speaker_of(text, "The barbarians", inside=True) == "Tom Ridge"
    assert speaker_of(text, "wrong", inside=True) == "Bernie Sanders"


def test_the_items_of_a_list_inside_an_aside_are_no_asides() -> None:
    text = (
        "The plans \u201care steps in the right direction,\u201d Anne Richards, assistant "
        "secretary of state for population, refugees, and migration, said on the call."
    )
    assert speaker_of(text, "are steps", inside=True) == "Anne Richards"


def test_a_name_after_a_comma_and_a_cue_behind_a_clause_speaks() -> None:
    """ "..., forcing her to fend off Sanders, said Brad Bannon": the name after the cue,
    not the clause's last noun; a subject with an aside keeps speaking ("Sanders, in a
    statement, said Clinton ...")."""
    text = (
        "That would create a \u201csummer of agony\u201d for Clinton, forcing her to fend "
        "off both Trump and Sanders, said Brad Bannon, a Democratic pollster.\n\n"
        "\u201cIt is over,\u201d Bernie Sanders, in a statement, said Clinton, who lost."
    )
    assert speaker_of(text, "summer of agony", inside=True) == "Brad Bannon"
    assert speaker_of(text, "It is over", inside=True) == "Bernie Sanders"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Bank of America said the deal was \u201cfinal.\u201d", "Bank of America"),
        (
            "The University of Virginia said the report was \u201cflawed.\u201d",
            "University of Virginia",
        ),
        (
            "The Committee to Protect Journalists called it \u201ca disgrace.\u201d",
            "Committee to Protect Journalists",
        ),
    ],
)
def test_an_organisation_word_heads_its_name_across_of(sentence: str, name: str) -> None:
    """The name does not start after "of" ("America" was a person); a person's name after
    a title with "of" still does ("Secretary of State John Kerry")."""
    [quote] = extract(sentence).quotes
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind.value) == (name, "organisation")
    assert (
        speaker("Secretary of State John Kerry called it \u201ca disgrace.\u201d") == "John Kerry"
    )
    spokesman = "\u201cWe disagree,\u201d said a spokesman for the Bank of America."
    assert speaker(spokesman) == "a spokesman for the Bank of America"


def test_a_dash_aside_between_subject_and_cue_and_quoted_as_saying() -> None:
    """ "Gingrich — mentioned by Newsmax as ... — told": the subject before the dashes
    speaks; "Braynard is quoted as saying" says the quotation before it."""
    text = (
        "Newt Gingrich spoke on Thursday. Tom Braynard spoke too.\n\n"
        "On Friday, Gingrich \u2014 mentioned by Newsmax as a leading choice \u2014 told "
        "reporters that \u201cI would be honored.\u201d\n\n"
        "\u201cWe are in and out,\u201d Braynard is quoted as saying."
    )
    assert speaker_of(text, "honored", inside=True) == "Newt Gingrich"
    assert speaker_of(text, "in and out", inside=True) == "Tom Braynard"
