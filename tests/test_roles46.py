"""Branch roles46: roles the sample of speakers first named bare
(tests/data/train_roles_46.tsv) missed, read as grammar. A role noun the tagger read as a
past participle after a copula ("who was coordinator/VBN for ...") is a noun; and the
sentence right after one naming a person as its subject, opening "He is ..." or "She
was ...", gives the person its copula's role ("“...,” Ann Lee said. She is the county's
chief prosecutor."), as a fronted nominal before the pronoun already did. Roles listed
after a name each with "a" or "an" are one list ("a lawyer, a former judge and an
author"), as they were without it. A relative clause in the present whose verb has an
object and then "for" or "at" a named body tells the person's work ("who appraises golf
course properties for the firm Cushman & Wakefield"), as "works for" did.
Sentences written for these forms, with their near misses; and the sample's filter
(scripts/draw_role_sample.py --bare) on namings written for it."""

from __future__ import annotations

import pytest

from tests.analyses import draw_role_sample, roles_of


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "<The plan is a mess,> said Pieter Jansen, who was coordinator for water policy"
            " at the Interior Department from 2009 to 2012.",
            "former coordinator for water policy at the Interior Department",
        ),
        (
            "<It will fail,> said Pieter Jansen, who is administrator for the county's hospitals.",
            "administrator for the county's hospitals",
        ),
        ("<It will fail,> said Pieter Jansen, who was elected in 2010.", None),
    ],
)
def test_a_role_noun_read_as_a_participle_is_a_noun(text: str, role: str | None) -> None:
    assert roles_of(text)["Pieter Jansen"] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "<We will win,> Pieter Jansen said. He is the county's chief prosecutor.",
            "Pieter Jansen",
            "county's chief prosecutor",
        ),
        (
            "<We will win,> said Maria Lopes. She was the town's first librarian.",
            "Maria Lopes",
            "town's first librarian",
        ),
        (
            "Pieter Jansen spoke to reporters on Monday. He has been the district's water"
            " commissioner since 2011.\n\n<We will win,> he said.",
            "Pieter Jansen",
            "district's water commissioner",
        ),
    ],
)
def test_a_pronoun_after_the_subject_named_takes_its_copula(
    text: str, name: str, role: str
) -> None:
    assert roles_of(text)[name] == role


@pytest.mark.parametrize(
    "text",
    [
        # someone else named in the naming's sentence: "he" may be either
        "Pieter Jansen met Karl Mohr on Monday. He is the county's chief prosecutor.\n\n"
        "<We will win,> Jansen said.",
        # the naming's sentence goes on past a relative clause naming another
        "<We will win,> said Pieter Jansen, who met Karl Mohr. He is the county's chief"
        " prosecutor.",
        # no role after the copula
        "<We will win,> Pieter Jansen said. He is the favorite to win.",
        # the pronoun opens a sentence that does not follow the naming's
        "<We will win,> Pieter Jansen said. The vote is Tuesday. He is the county's chief"
        " prosecutor.",
    ],
)
def test_no_copula_role_where_he_may_be_another_or_names_none(text: str) -> None:
    assert roles_of(text)["Pieter Jansen"] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "<We will win,> said Pieter Jansen, a lawyer, a former judge and an author.",
            "lawyer, a former judge and an author",
        ),
        (
            "Pieter Jansen, a farmer, a beekeeper and a county commissioner, said the plan"
            " would fail. <It will,> he said.",
            "farmer, a beekeeper and a county commissioner",
        ),
        # "the" opens another person, not a role of the name's
        ("Pieter Jansen, a lawyer, and the mayor agreed. <It will,> Jansen said.", "lawyer"),
        # the list is a clause's subject: no list of roles
        ("Pieter Jansen, a lawyer, a spokesman said, left. <It will,> Jansen said.", "lawyer"),
    ],
)
def test_roles_listed_each_with_its_article(text: str, role: str) -> None:
    assert roles_of(text)["Pieter Jansen"] == role


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        (
            "who appraises farm properties for the brokerage firm Hale & Dorn",
            "appraises farm properties for the brokerage firm Hale & Dorn",
        ),
        ("who sells used cars at Ames Motors", "sells used cars at Ames Motors"),
        ("who votes for Lee", None),  # no object: no work done for a body
        ("who sued the city for damages", None),  # past, and no name after "for"
    ],
)
def test_a_present_verb_done_for_a_named_body_gives_a_role(clause: str, role: str | None) -> None:
    text = f"<It is bad,> said Pieter Jansen, {clause}."
    assert roles_of(text)["Pieter Jansen"] == role


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("<No,> said Ann Lee. She is the county's chief prosecutor.", True),
        ("<No,> said Ann Lee, 45, who runs the shop.", True),
        ("But Ann Lee said no.", True),
        ("Ann Lee, Tom Reed and Jo Fox said no.", False),  # a list after the name
        ("<No,> said Sen. Ann Lee.", False),
        ("<No,> said spokeswoman Ann Lee.", False),
        ("<No,> said Republican Ann Lee.", False),
        ("<No,> said Ann Lee, a lawyer.", False),
        ("<No,> said Ann Lee (D-Ohio).", False),
        ("<No,> said Ann Lee -- a lawyer.", False),
    ],
)
def test_the_sample_filter_reads_a_bare_first_naming(text: str, bare: bool) -> None:
    script = draw_role_sample()
    text = text.replace("<", "\u201c").replace(">", "\u201d")
    assert script.bare_naming(text, "Ann Lee") is bare
