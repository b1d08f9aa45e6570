"""coref51: a description of a body set beside the body's name ("The union, the Harbor
Nurses Association, said ...") names that body, there and when the article uses the same
noun again ("“...,” the union said"), instead of staying a description ("union"); and a
sentence opening "The college said" does not hide the name "Eastbrook College" from the
next "the college"."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def test_the_union_said_is_the_union_named_beside_the_noun_before() -> None:
    """main 92628e7: "union"."""
    text = (
        "The union, the Harbor Nurses Association, said its members would walk out on"
        " Monday. “We have asked for more staff for three years,” the union said."
    )
    assert _speaker(text, "We have asked") == "Harbor Nurses Association"


def test_a_description_with_a_modifier_and_a_relative_clause_takes_the_name() -> None:
    """ "The film studio that made the series, Greyfield Pictures, said ... the studio
    said" (main 92628e7: "studio")."""
    text = (
        "Ratings fell by half after the second season."
        + N
        + "The film studio that made the series, Greyfield Pictures, said it would not"
        " renew it. “We are proud of every episode,” the studio said."
    )
    assert _speaker(text, "We are proud") == "Greyfield Pictures"


def test_it_after_the_company_named_beside_its_noun_is_that_company() -> None:
    """ "The company, Northgate Rail Freight, said it ... “...,” it said" (main 92628e7:
    "company")."""
    text = (
        "A freight train left the tracks near Dunmore on Sunday night."
        + N
        + "The company, Northgate Rail Freight, said it had halted all shipments through"
        " the valley. “No one was hurt,” it said."
    )
    assert _speaker(text, "No one was hurt") == "Northgate Rail Freight"


def test_the_union_is_not_its_president_named_after_its_possessive() -> None:
    """A guard: "The union's president, Marta Ruiz," names a person, not the union."""
    text = (
        "The union's president, Marta Ruiz, said the vote was close. “We will strike"
        " if we must,” the union said."
    )
    assert _speaker(text, "We will strike") != "Marta Ruiz"


def test_a_person_named_after_of_the_group_is_no_organisation() -> None:
    """A guard: in "The leader of the Liberal group, Councillor Hamish Dorr," the name is
    the leader's, not the group's (the noun is the object of "of")."""
    text = (
        "The leader of the Liberal group, Councillor Hamish Dorr, called the plan"
        " “reckless and rushed.”"
    )
    assert _speaker(text, "reckless") == "Hamish Dorr"


def test_the_noun_again_after_a_sentence_opening_with_it_is_still_the_name() -> None:
    """ "Eastbrook College ... The college said ... The college said ... it said": the
    second "The college" still reaches the name; a sentence that opens "The college" names
    nothing (main 92628e7: "college")."""
    text = (
        "Talks between Eastbrook College and its librarians ended on Monday."
        + N
        + "The college said the new contract would cost $2 million a year."
        + N
        + "The librarians said they would vote on Friday."
        + N
        + "The college said it would reopen the reading rooms on Tuesday. “We missed our"
        " students,” it said."
    )
    assert _speaker(text, "We missed") == "Eastbrook College"
