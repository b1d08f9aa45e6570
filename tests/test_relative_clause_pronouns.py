"""A pronoun inside a relative clause, and the relative "who" after a noun for a thing:
the person the clause describes, on sentences written for the test (coref40)."""

from __future__ import annotations

from core.extract import attribute
from tests.test_pronouns import speaker_of

L, R = "\u201c", "\u201d"


def test_a_pronoun_in_the_subjects_relative_clause_is_the_subject() -> None:
    text = (
        "The transport board's chair, Peter Okafor, said the plan was late.\n\n"
        f"{L}We will not wait for the ministry,{R} he added.\n\n"
        "One driver, who asked not to be named because he is negotiating with the board, "
        f"said the new fares were {L}twice what I pay now{R}."
    )
    assert speaker_of(text, "twice what I pay") == "one driver"


def test_an_official_speaking_on_condition_of_anonymity_is_the_official() -> None:
    text = (
        "Ghana's trade minister, Kwame Mensah, told reporters that the remarks reflected "
        f"{L}a profound misunderstanding of how cocoa markets work.{R} {L}A bar made in "
        f"Ohio has beans that crossed our border twice,{R} he said.\n\n"
        f"Mensah added that Ghana was {L}prepared for any scenario{R} after the election.\n\n"
        "A U.S. official at the embassy, who spoke on condition of anonymity because he was "
        "not authorized to discuss the talks, said the ambassador had sought to reassure "
        f"Ghanaian counterparts that {L}talks are not treaties.{R}"
    )
    assert speaker_of(text, "talks are not") == "A U.S. official at the embassy"


def test_the_clause_binds_only_while_open_and_naming_no_one() -> None:
    opening = "Peter Okafor opened the session on Monday.\n\n"
    texts = {
        "open": "One delegate, who asked not to be named because he is a minister, said so.",
        "named": "One delegate, who said Tom Mbeki phoned before he arrived, said so.",
        "closed": "One delegate, who arrived late, said he was a minister.",
        "woman": "One mother, who asked not to be named because he is a minister, said so.",
    }
    found = {}
    for kind, sentence in texts.items():
        text = opening + sentence
        cast = attribute(text).cast
        head = cast.pronouns._relative_clause_head("m", text.index(" he ") + 1)
        found[kind] = head.name if head is not None else None
    assert found == {"open": "one delegate", "named": None, "closed": None, "woman": None}


def test_who_after_a_noun_for_speech_is_the_person_it_came_from() -> None:
    text = (
        "President Enrique Tovar met Peter Okafor in Lagos on Wednesday.\n\n"
        "In Lagos, Okafor endured without complaint a lecture from the Mexican president, "
        f"who said that trade had been good for {L}both of our countries{R} for decades."
    )
    assert speaker_of(text, "both of our countries") == "Enrique Tovar"


def test_who_after_a_person_noun_and_a_name_is_the_person_noun() -> None:
    text = (
        "Peter Okafor spoke at the rally.\n\n"
        "A spokesman for Okafor, who declined to give his name, called the report "
        f"{L}pure fiction.{R}"
    )
    assert speaker_of(text, "pure fiction") != "Peter Okafor"


def test_a_pronoun_after_a_joined_clause_is_that_clauses_subject() -> None:
    text = (
        "In this town, Ada Mensah, 43, is a fervent supporter of Peter Okafor.\n\n"
        "Ms. Mensah avoids discussing the election with her mother, but their neighbor "
        "Kwame Boateng, 83, knows just what the capital needs. "
        f"{L}It will take a junkyard dog to straighten this country out,{R} he said."
    )
    assert speaker_of(text, "It will take") == "Kwame Boateng"


def test_a_joined_clause_leaves_a_main_subject_of_the_pronouns_gender_alone() -> None:
    text = (
        "Tom Mbeki opened the session on Monday.\n\n"
        "Peter Okafor spoke first, and their host Kwame Boateng listened from the back. "
        f"{L}We have waited long enough,{R} he said."
    )
    assert speaker_of(text, "We have waited") == "Peter Okafor"


def test_a_nominal_after_a_preposition_is_not_its_clauses_subject() -> None:
    text = (
        "President Enrique Tovar and Peter Okafor met for an hour.\n\n"
        "Okafor praised the port, the schools and the new bridge at length.\n\n"
        "Later Okafor spoke of the trip.\n\n"
        "In Lagos, Okafor endured without complaint a lecture from the Mexican president, "
        f"who said that trade had been good for {L}both of our countries{R} for decades."
    )
    assert speaker_of(text, "both of our countries") == "Enrique Tovar"


def test_who_after_a_thing_in_a_series_of_relative_clauses_is_the_first_whos() -> None:
    text = (
        "Peter Okafor spoke in Abuja on Monday.\n\n"
        "This was the Okafor we all knew, the Okafor who questions the independence of a "
        "judge because of his Nigerian heritage, who fights with reporters, and claims that "
        f"the broadcaster {L}takes its orders{R} from abroad."
    )
    assert speaker_of(text, "takes its orders") == "Peter Okafor"


def test_a_pronoun_closing_a_sentence_is_the_subject_of_its_fronted_clause() -> None:
    text = (
        "Ada Mensah and Grace Boateng skate together.\n\n"
        f"{L}Skating is a political act,{R} said Ms. Mensah, whose family moved uptown in "
        "2009.\n\n"
        "These changes are a fact of life for the group. Though Ms. Boateng has spent most "
        "of her life uptown, the influx of wealthier residents has led to more police, she "
        f"said.\n\n{L}The police are here for the people moving in, not us,{R} she said."
    )
    assert speaker_of(text, "The police are here") == "Grace Boateng"


def test_a_fronted_clause_decides_only_for_its_one_named_subject() -> None:
    opening = "Ada Mensah and Grace Boateng skate together.\n\n"
    texts = {
        "one": "Though Ms. Boateng has spent her life uptown, the rents have doubled, she said.",
        "two": "Though Ms. Boateng lives with Ms. Mensah's sister, the rents doubled, she said.",
        "later": "Though the rents have doubled, Ms. Boateng stays uptown, she said.",
        "inside": "Though Ms. Boateng stays uptown, she said the rents have doubled.",
    }
    found = {}
    for kind, sentence in texts.items():
        text = opening + sentence
        cast = attribute(text).cast
        person = cast.pronouns._fronted_clause_subject("f", text.index(" she ") + 1)
        found[kind] = person.name if person is not None else None
    assert found == {"one": "Grace Boateng", "two": None, "later": None, "inside": None}


def test_who_after_a_noun_for_no_person_is_the_person_of_its_object() -> None:
    text = (
        "Nine tenant groups are asking Mayor Ada Nwosu to refuse the support of a retired "
        f"judge who suggested in June that the city should {L}fence off{R} the old market."
    )
    assert speaker_of(text, "fence off") == "a retired judge"


def test_who_after_a_person_of_someone_is_the_whole_phrase() -> None:
    text = (
        "The unions want nothing to do with the wife of the senator who said last month "
        f"that the state should {L}close its borders{R} to imported grain."
    )
    assert speaker_of(text, "close its borders") == "wife of the senator"


def test_who_after_a_place_is_not_the_place() -> None:
    text = (
        f"{L}We will march on Friday,{R} said Grace Obi, 41, a former organiser for the "
        "campaign in Philadelphia who said she would join the protest. "
        f"{L}I do not like crowds, but this one matters.{R}"
    )
    speaker = speaker_of(text, "I do not like crowds")
    assert speaker in {"Grace Obi", "a former organiser for the campaign in Philadelphia"}
