"""attrib32 (issue 15): names with lower-case particles and Irish capitalised particles
after a given name no list holds. Sentences written for these tests, not the probes'."""

from __future__ import annotations

from core import nlp, person_names
from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import speaker_of


def test_a_run_of_particles_after_a_given_name_no_list_holds() -> None:
    """ "Maaike van der Linden": a capitalised word, two particles in lower case, a
    capitalised surname is a name, whatever the first name; "she" then finds her."""
    assert [p.name for p in person_names.named_people("Maaike van der Linden won on Sunday.")] == [
        "Maaike van der Linden"
    ]
    text = (
        "Maaike van der Linden won the final in Utrecht on Sunday.\n\n"
        '"I could not feel my arms," she said.'
    )
    assert _speaker(text, "feel my arms") == "Maaike van der Linden"


def test_a_given_name_no_list_holds_before_an_irish_particle() -> None:
    """ "Sergeant Aoibheann Mac Con Iomaire said": "Mac" is a listed first name, but after
    a capitalised word no list holds and before a capitalised word it opens her surname."""
    assert person_names.name_start(["Aoibheann", "Mac", "Con", "Iomaire"]) == 0
    assert person_names.name_start(["Scottish", "Mac", "Donald"]) == 1  # a demonym before it
    text = (
        "Gardaí closed the road overnight.\n\n"
        'Sergeant Aoibheann Mac Con Iomaire said the crash was "a miracle." '
        '"Nobody was hurt," she said.'
    )
    assert _speaker(text, "a miracle") == "Aoibheann Mac Con Iomaire"
    assert _speaker(text, "Nobody was hurt") == "Aoibheann Mac Con Iomaire"


def test_a_particle_and_a_word_call_the_one_person_whose_name_holds_them() -> None:
    """ "Khalid bin Rashid al-Mansouri ... bin Rashid said": a lower-case particle and
    the word after it, written in the middle of a full name, call that person."""
    text = (
        "Khalid bin Rashid al-Mansouri won the Dubai Classic by two shots on Sunday.\n\n"
        '"My father caddied here," bin Rashid said.'
    )
    assert _speaker(text, "father caddied") == "Khalid bin Rashid al-Mansouri"


def test_lower_case_particles_between_proper_nouns_are_proper_nouns() -> None:
    """ "The head nurse, Eluned ap Gruffydd, said": the tagger reads "ap" as a foreign
    word and "van" as a verb; between a proper noun and a capitalised proper noun, a
    particle is a word of the name, so the appositive holds it. Not "do" ("Did Trump do
    Iran's bidding")."""
    for sentence, particles in (
        ("The head nurse, Eluned ap Gruffydd, said staff were tired.", ["ap"]),
        ("The coach, Femke van der Zee, said it was close.", ["van", "der"]),
    ):
        tags = {t.text: t.tag for t in nlp.tag(nlp.tokenize(sentence))}
        assert all(tags[p] == "NNP" for p in particles)
    tags = {t.text: t.tag for t in nlp.tag(nlp.tokenize("Did Trump do Iran a favour?"))}
    assert tags["do"] != "NNP"
    text = (
        "Heart of the Ward\n\nThe ward reopened on Monday.\n\n"
        'The head nurse, Eluned ap Gruffydd, said staff were "tired but proud."\n'
    )
    assert speaker_of(text, "tired but proud") == "Eluned ap Gruffydd"


def test_a_subject_after_a_fronted_phrase_is_introduced() -> None:
    """ "Thirty years on, Oluwafunmilayo Adeyemi-Cole runs three bakeries": a run of two
    capitalised words no list holds, right after a phrase set off by a comma and before
    a lower-case verb, is the clause's subject, so a person; "she" then finds her. Not
    before a function word ("In Leeds, Iqra Malik and ...")."""
    text = (
        "When she came to Bristol in 1990 she had no English.\n\n"
        "Thirty years on, Oluwafunmilayo Adeyemi-Cole runs three bakeries.\n\n"
        '"I learned the words for bread first," she says.'
    )
    assert _speaker(text, "words for bread") == "Oluwafunmilayo Adeyemi-Cole"
    before = "Thirty years on, "
    assert person_names.subject_after_fronted(before + "Oluwafunmilayo Adeyemi-Cole runs.", 0, 17)
    assert not person_names.subject_after_fronted(before + "Oluwafunmilayo Adeyemi-Cole and", 0, 17)


def test_given_names_before_a_patronymic_particle() -> None:
    """ "said Mohd Faizal bin Abdul Rahman, chief economist": the listed "Abdul" is not where
    the name begins; the words the tagger never saw before "bin" are his given names."""
    text = (
        "Markets\n\nThe ringgit fell again on Monday.\n\n"
        '"Nobody is selling," said Mohd Rizal bin Abdul Karim, a dealer at Seri Muda Bank.\n'
    )
    assert speaker_of(text, "Nobody is selling") == "Mohd Rizal bin Abdul Karim"


def test_places_and_firms_with_particles_are_no_people() -> None:
    """Phrases of the same shape that name places or firms: "of" is no particle ("Bank of
    America", "Court of Appeal", "Port of Spain"); a word no list holds before two
    particles right after a preposition of place is a place or a firm ("in Puerto de la
    Cruz", "at Banco de la Nación"), while the same shape as a subject is a person."""
    for sentence in (
        "Bank of America said profits rose.",
        "The Court of Appeal ruled on Monday.",
        "The University of Leeds said it would appeal.",
        "Port of Spain was quiet on Sunday.",
        "Tourists in Puerto de la Cruz swam.",
        "Sales at Banco de la Nación fell.",
        "Fans in Rio de la Plata cheered.",
    ):
        assert person_names.named_people(sentence) == [], sentence
    assert [p.name for p in person_names.named_people("Marisol de la Fuente won.")] == [
        "Marisol de la Fuente"
    ]
