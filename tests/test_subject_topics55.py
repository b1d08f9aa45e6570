"""What a later "he" or "she" refers to when a sentence's subject is no person named
(issue 14, people55): a name that modifies an organisation's noun ("The Cruz campaign
picked up on ...") names the campaign, not a person who is the subject, so "he told the
show" a sentence later is the one the paragraphs are about (train,
politico_2016-02-05_carson-cruz-taking-benghazi-appr, where Ben Carson's words went to Ted
Cruz); and the owner of a subject that is no person ("Marsh's future is unclear, but she
said") is the topic a pronoun opening the next clause refers to, as it is when no clause
follows. Sentences written for the test; the people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_a_name_modifying_campaign_is_not_the_subject_a_pronoun_finds() -> None:
    text = (
        "Daniel Okoro told supporters in Dayton on Friday that he would stay in the race. "
        "His rival is Martin Feld, a former mayor.\n\n"
        "The Feld campaign on Thursday told donors that Okoro was about to drop out.\n\n"
        "\u201cThat is simply false, and they know it,\u201d he told reporters."
    )
    assert _speaker(text, "simply false") == "Daniel Okoro"


def test_the_administration_of_a_name_is_not_its_person_either() -> None:
    text = (
        "Gov. Rosa Delgado signed the water bill on Monday. Senator Paul Winther, who "
        "voted against it, watched from the gallery. Ken Adair, the state engineer, "
        "welcomed the law.\n\n"
        "The Winther office later said the law would raise rates.\n\n"
        "\u201cIt will not cost families a cent,\u201d Adair said. \u201cThe pipes are "
        "paid for,\u201d he added."
    )
    assert _speaker(text, "pipes are paid") == "Ken Adair"


def test_the_owner_of_a_subject_is_the_pronoun_of_the_next_clause() -> None:
    text = (
        "Votes were still being counted in the port city on Tuesday.\n\n"
        "Helen Marsh, a councillor, called the count \u201cslow but fair.\u201d Greta "
        "Olafsdottir, who runs the local food bank, said she had voted early.\n\n"
        "Marsh's future is still unclear, but she said on Monday that she would stay on "
        "the council. \u201cI am not going anywhere,\u201d she said."
    )
    assert _speaker(text, "not going anywhere") == "Helen Marsh"


def test_a_person_named_in_the_next_clause_is_still_its_subject() -> None:
    text = (
        "Helen Marsh, a councillor, called the count \u201cslow but fair.\u201d\n\n"
        "Marsh's plan was rejected, but Greta Olafsdottir said on Monday that she would "
        "back it next year. \u201cIt deserves a second look,\u201d she said."
    )
    assert _speaker(text, "second look") == "Greta Olafsdottir"


def test_an_owner_of_a_person_noun_is_not_the_pronoun_of_the_next_clause() -> None:
    # "teammate" is a person only by WordNet's list, not the role-noun list: the subject
    # is the teammate Remy Laurent, whose "he" it is, not the owner Okafor
    text = (
        "Sprinter Tunde Okafor lost his appeal on Friday.\n\n"
        "Okafor\u2019s former teammate, Remy Laurent, said he believed him. \u201cTunde "
        "never took a shortcut,\u201d he said."
    )
    assert _speaker(text, "never took a shortcut") == "Remy Laurent"
