"""Issue 5: every way news gives a role, and who is who, on sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.document import Analysis, Speaker, SpeakerKind
from core.extract import extract
from core.library import Library
from core.roles import appositive_role, copula_roles, party_tag, title_role


def speaker_of(analysis: Analysis, fragment: str) -> Speaker:
    for quote in analysis.quotes:
        if quote.text.startswith(fragment):
            assert quote.speaker is not None, f"{fragment!r} has no speaker"
            return quote.speaker
    raise AssertionError(f"no quote starts with {fragment!r}")


def role_of(text: str, fragment: str) -> str | None:
    return speaker_of(extract(text), fragment).role


# ---- the role patterns, through the whole pipeline
def test_appositive() -> None:
    text = (
        "\u201cWe need to ensure coherence,\u201d Josep Borrell, the EU\u2019s High "
        "Representative for Foreign Affairs and Security Policy, said on Tuesday."
    )
    speaker = speaker_of(extract(text), "We need")
    assert speaker.name == "Josep Borrell"
    assert speaker.role == "EU\u2019s High Representative for Foreign Affairs and Security Policy"


def test_appositive_without_an_article() -> None:
    text = (
        "\u201cThe answers are not meeting the demand,\u201d said Paul Reed, founder and chief "
        "executive of the Veterans Alliance. \u201cWe often compare it to a war.\u201d"
    )
    assert role_of(text, "The answers") == "founder and chief executive of the Veterans Alliance"


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Defense Minister Danno Pevkur said", "Danno Pevkur", "Defense Minister"),
        ("Austrian Army Gen. Robert Brieger said", "Robert Brieger", "Austrian Army Gen."),
        ("Sen. Tim Kaine said", "Tim Kaine", "Sen."),
        (
            "Republican vice-presidential nominee Gov. Mike Pence (R-Ind.) said",
            "Mike Pence",
            "Republican vice-presidential nominee Gov. (R-Ind.)",
        ),
        (
            "retired Air Force general Lloyd Newton said",
            "Lloyd Newton",
            "retired Air Force general",
        ),
        ("Trump campaign spokesman Jason Miller said", "Jason Miller", "Trump campaign spokesman"),
    ],
)
def test_title_before_the_name(sentence: str, name: str, role: str) -> None:
    text = f"\u201cThe mission will go ahead as planned,\u201d {sentence} on Monday."
    speaker = speaker_of(extract(text), "The mission")
    assert (speaker.name, speaker.role) == (name, role)


def test_relative_clause_after_an_appositive() -> None:
    text = (
        "Nathalie Loiseau, a member of the European Parliament from France who sits on the "
        "Subcommittee on Security and Defense, said: \u201cWe have to stay the course.\u201d"
    )
    assert role_of(text, "We have to") == (
        "member of the European Parliament from France who sits on the Subcommittee on "
        "Security and Defense"
    )


def test_relative_clause_alone() -> None:
    text = (
        "\u201cIt was like pushing on an open door,\u201d said Victor Chan, who served as Asia "
        "director for the National Security Council."
    )
    assert role_of(text, "It was like") == (
        "served as Asia director for the National Security Council"
    )


def test_relative_clause_that_is_no_role() -> None:
    text = "\u201cI will not stop,\u201d said Mary Jones, who has never been charged with a crime."
    assert role_of(text, "I will not") is None


def test_copula_later_in_the_article() -> None:
    text = (
        "\u201cA training mission is not a signal of warfighting,\u201d Robert Brieger told "
        "reporters.\n\nBrieger is the current chairman of the European Union Military Committee."
    )
    assert (
        role_of(text, "A training") == "current chairman of the European Union Military Committee"
    )


def test_role_given_at_one_mention_serves_another() -> None:
    text = (
        "\u201cWe are ready,\u201d said Robert Brieger, chairman of the Military Committee.\n\n"
        "\u201cThe mission is not a signal of warfighting,\u201d the chairman told reporters."
    )
    analysis = extract(text)
    first, second = speaker_of(analysis, "We are"), speaker_of(analysis, "The mission")
    assert second.name == first.name == "Robert Brieger"
    assert second.role == "chairman of the Military Committee"


def test_role_at_a_mention_without_a_quote_reaches_the_quote() -> None:
    text = (
        "Derek Mitchell, a former U.S. ambassador to Burma, met the delegation on Monday.\n\n"
        "\u201cOur approach has worked,\u201d Mitchell said."
    )
    assert role_of(text, "Our approach") == "former U.S. ambassador to Burma"


def test_possessive_spokesman_as_a_title() -> None:
    text = "\u201cWe are pleased with the decision,\u201d Trump\u2019s lawyer Marc Kasowitz said."
    speaker = speaker_of(extract(text), "We are pleased")
    assert (speaker.name, speaker.role) == ("Marc Kasowitz", "Trump\u2019s lawyer")


def test_spokeswoman_for_as_an_appositive() -> None:
    text = (
        "\u201cWe were there under legitimate pretenses,\u201d said Melezia Figueroa, a "
        "spokeswoman for the Green Party."
    )
    assert role_of(text, "We were there") == "spokeswoman for the Green Party"


@pytest.mark.parametrize(
    ("speaker", "role"),
    [
        ("Clinton\u2019s spokesman", "Clinton\u2019s spokesman"),
        ("a spokeswoman for the mayor", "spokeswoman for the mayor"),
        ("a senior administration official", "senior administration official"),
    ],
)
def test_anonymous_speakers_keep_their_description_and_role(speaker: str, role: str) -> None:
    text = f"\u201cThe talks will resume next week,\u201d {speaker} said."
    found = speaker_of(extract(text), "The talks")
    assert found.kind == SpeakerKind.ANONYMOUS
    assert found.name.lower().endswith(speaker.split(" ", 1)[-1].lower())
    assert found.role == role


@pytest.mark.parametrize(
    ("speaker", "name"), [("the Pentagon", "Pentagon"), ("the Kremlin", "Kremlin")]
)
def test_organisations(speaker: str, name: str) -> None:
    text = f"\u201cThe talks will resume next week,\u201d {speaker} said in a statement."
    found = speaker_of(extract(text), "The talks")
    assert (found.kind, found.name) == (SpeakerKind.ORGANISATION, name)


# ---- the pieces, on their own
@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Mr.", None),
        ("Ms. ", None),
        ("Secretary of State ", "Secretary of State"),
        ("memorable footage of ", None),
        ("a pardon to ", None),
        ("68-year-old ", None),
        ("the Rev. ", "Rev."),
        ("NBC\u2019s ", "NBC\u2019s"),
        ("the debate. Sen. ", "Sen."),
        ("Tulsa police Chief ", "Tulsa police Chief"),
        ("According to conservative talk radio host ", "conservative talk radio host"),
        ("released part of Republican presidential nominee ", "Republican presidential nominee"),
        ("what Australian Prime Minister ", "Australian Prime Minister"),
        ("to take unilateral action President ", "President"),
        ("the way FBI Director ", "FBI Director"),
        ("Clinton Calls ", None),
        ("the then-secretary of State ", "then-secretary of State"),
    ],
)
def test_title_role(title: str, role: str | None) -> None:
    assert title_role(title) == role


@pytest.mark.parametrize(
    ("after", "tag"),
    [(" (R-Ind.) said", "(R-Ind.)"), (" (D-N.C.),", "(D-N.C.)"), (" (R) said", "(R)"),
     (" (D-Newport News)", "(D-Newport News)"), (" (the senator)", None)],
)  # fmt: skip
def test_party_tag(after: str, tag: str | None) -> None:
    assert party_tag("Name" + after, 4) == tag


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", 25, said", None),
        (", Iowa, on Sunday", None),
        (", Clinton and Sanders said", None),
        (", a day later, said", None),
        (
            ", a historian who attended the session, recalled",
            "a historian who attended the session",
        ),
        (", one of the president's closest aides, said", "one of the president's closest aides"),
        (", a harsh critic of Mr. Pe\u00f1a Nieto. He", "a harsh critic of Mr. Pe\u00f1a Nieto"),
        (", union members and leaders say, back him", None),
        (", unlike more conventional Republicans, won", None),
        (", head of the Tax Policy Center.", "head of the Tax Policy Center"),
        (", warning voters that a victory would bring scandal back", None),
        (", the move reeks of \u201cfear\u201d and desperation.", None),
        (", his evolution on climate was an intellectual journey.", None),
        (", the Patriot agreement opened the door to other deals.", None),
        (", Mr. Barrett said.", None),
        (", a former tax commissioner. ''The sooner he", "a former tax commissioner"),
        (
            ", now a consultant on Burma in the private sector.",
            "now a consultant on Burma in the private sector",
        ),
    ],
)
def test_appositive_role(after: str, role: str | None) -> None:
    assert appositive_role("Name" + after, 4) == role


def test_copula_roles() -> None:
    text = (
        "Holtz-Eakin served as director of the Congressional Budget Office and is now "
        "president of the American Action Forum. Holtz-Eakin is a good cook. Holtz-Eakin is "
        "demanding President Obama make a pledge. (Holtz-Eakin is now the chairman of the "
        "campaign.)"
    )
    assert copula_roles(text, "Holtz-Eakin") == [
        "served as director of the Congressional Budget Office",
        "president of the American Action Forum",
        "the chairman of the campaign",
    ]


def test_a_role_given_after_an_honorific_and_surname() -> None:
    text = (
        "\u201cWe did not support him,\u201d Donald J. Trump said.\n\n"
        "Allies met Mr. Trump, the presumed Republican favorite, on Monday."
    )
    assert role_of(text, "We did not") == "presumed Republican favorite"


def test_a_name_is_not_the_role_of_an_anonymous_source() -> None:
    text = "\u201cTurnout makes a difference,\u201d Charlie King said, according to aides."
    speaker = speaker_of(extract(text), "Turnout")
    assert speaker.role != speaker.name
    officials = speaker_of(extract("\u201cWe are ready for the storm,\u201d officials said."), "We")
    assert (officials.kind, officials.role) == (SpeakerKind.ANONYMOUS, None)


# ---- identity
def test_one_person_through_name_surname_pronoun_and_role() -> None:
    text = (
        "\u201cWe are taking action,\u201d Josep Borrell, the EU\u2019s top diplomat, said.\n\n"
        "\u201cThe needs are enormous,\u201d Borrell said. "
        "\u201cWe will meet them,\u201d he added.\n\n"
        "\u201cIt is not only about spending more,\u201d the diplomat told reporters."
    )
    analysis = extract(text)
    keys = {speaker_of(analysis, f).key for f in ("We are", "The needs", "We will", "It is")}
    assert len(keys) == 1
    assert [s.name for s in analysis.speakers] == ["Josep Borrell"]


def test_clintons_stay_apart() -> None:
    text = (
        "\u201cWe will win,\u201d Hillary Clinton said.\n\n"
        "\u201cShe is ready,\u201d Bill Clinton said.\n\n"
        "\u201cMy mother is tireless,\u201d Chelsea Clinton said.\n\n"
        "\u201cThe polls are tightening,\u201d Hillary Clinton said later."
    )
    analysis = extract(text)
    assert speaker_of(analysis, "We will").name == "Hillary Clinton"
    assert speaker_of(analysis, "She is").name == "Bill Clinton"
    assert speaker_of(analysis, "My mother").name == "Chelsea Clinton"
    assert speaker_of(analysis, "The polls").key == speaker_of(analysis, "We will").key
    assert len({s.key for s in analysis.speakers}) == 3


@pytest.mark.parametrize(
    ("mention", "name", "in_role"),
    [
        ("Gen. Robert Brieger", "Robert Brieger", "Gen."),
        ("Ms. Jane Roe", "Jane Roe", None),
        ("Dr. Jane Roe", "Jane Roe", "Dr."),
        ("Rep. Jim Clyburn (D-S.C.)", "Jim Clyburn", "(D-S.C.)"),
    ],
)
def test_titles_and_honorifics_are_not_the_name(
    mention: str, name: str, in_role: str | None
) -> None:
    text = f"\u201cThe talks will resume next week,\u201d said {mention}."
    speaker = speaker_of(extract(text), "The talks")
    assert speaker.name == name
    if in_role is None:
        assert speaker.role is None
    else:
        assert speaker.role is not None and in_role in speaker.role


def test_surname_alone_binds_only_within_its_article() -> None:
    first = extract("\u201cWe will win,\u201d Jane Roe said. \u201cNo doubt,\u201d Roe added.")
    second = extract("\u201cThe river is calm,\u201d Roe said on Friday.")
    assert speaker_of(first, "No doubt").key == speaker_of(first, "We will").key
    assert speaker_of(second, "The river").key != speaker_of(first, "We will").key
    assert (
        speaker_of(second, "The river").key
        != speaker_of(
            extract("\u201cAll is well,\u201d Roe said again on Monday."), "All is well"
        ).key
    )


def test_library_one_full_name_across_articles_two_people_one_surname(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as library:
        library.add_article(extract("\u201cThe bridge stands,\u201d Jane Roe said on Monday."))
        library.add_article(
            extract("Flooding continued.\n\n\u201cThe river is calm,\u201d said Jane Roe.")
        )
        library.add_article(extract("\u201cThe dam will hold,\u201d John Roe said on Friday."))
        jane = library.find_speaker("Jane Roe")
        john = library.find_speaker("John Roe")
        assert jane is not None and john is not None and jane != john
        assert sorted(q.text for q in library.quotes(speaker_id=jane)) == [
            "The bridge stands,",
            "The river is calm,",
        ]
        assert library.speaker(jane).article_count == 2
        assert [q.text for q in library.quotes(speaker_id=john)] == ["The dam will hold,"]
