"""Relatives as speakers (kin68): a given name set off after a kin noun, the family's
surname it takes, the rank by age a family member is given at naming, the reciprocal
relative of one named as someone's child, and a lone surname shared by a father and a
daughter with two surnames. Every story here is written for these tests."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

N = "\n\n"


def test_a_child_named_beside_a_parent_takes_the_surname_and_the_elder_or_younger() -> None:
    """ "Walter Fenwick and his daughter, Ione," then "The younger Fenwick": Ione Fenwick,
    the child named beside her father in his own sentence (main: the father)."""
    text = (
        "Walter Fenwick and his daughter, Ione, rowed across Lake Superior this summer."
        + N
        + "“We argued for three days,” the elder Fenwick said."
        + N
        + "The younger Fenwick rolled her eyes. “Four days,” she said."
    )
    assert _speaker(text, "Four days") == "Ione Fenwick"


def test_his_father_opening_a_sentence_is_the_parent_of_the_one_named_as_a_son() -> None:
    """ "Walter Fenwick and his son, Olin," then "Olin said ... “...”. His father
    disagreed. “...,” he said": Walter, the father of the son named beside him (main: the
    son, the man named last)."""
    text = (
        "Walter Fenwick and his son, Olin, rowed across Lake Superior this summer."
        + N
        + "Olin said the second night was the worst. “The waves were taller than me,” he said."
        + N
        + "His father disagreed. “They were knee high,” he said."
    )
    assert _speaker(text, "knee high") == "Walter Fenwick"


def test_the_father_opening_a_sentence_is_the_owner_of_the_son_named() -> None:
    """ "Walter Fenwick and his son, Olin Fenwick," and the son quoted, then "The father
    rowed it first ... “...,” he said": Walter, the owner of the son named beside him
    (main: Olin, the man named last)."""
    text = (
        "Walter Fenwick and his son, Olin Fenwick, rowed across Lake Superior this summer."
        + N
        + "“The waves were taller than me,” Olin Fenwick said."
        + N
        + "The father first crossed the lake in 1991. “Nothing has changed,” he said."
    )
    assert _speaker(text, "Nothing has changed") == "Walter Fenwick"


def test_a_given_name_after_her_sister_with_no_comma_takes_the_surname() -> None:
    """ "Her sister Agnieszka, a pharmacist," after "Ilona Wrobel": Agnieszka Wrobel,
    who speaks next (main: "Agnieszka", the name alone)."""
    text = (
        "Ilona Wrobel opened the bakery in 2019. “I knew nothing about bread,” she said."
        + N
        + "Her sister Agnieszka, a pharmacist, does the accounts. “She still knows nothing,”"
        + " she said."
    )
    assert _speaker(text, "still knows nothing") == "Agnieszka Wrobel"


def test_an_unlisted_given_name_after_his_son_takes_the_surname() -> None:
    """ "His son Eskil, a carpenter," (a given name in no list) after "Harold Brandvold":
    Eskil Brandvold, whom "The younger Brandvold" then means (main: Harold)."""
    text = (
        "Harold Brandvold ran the bakery on Fourth Street for forty years. His son Eskil,"
        " a carpenter, took it over in 2009."
        + N
        + "“We never changed the rye,” Brandvold said."
        + N
        + "The younger Brandvold laughed. “He changed it twice,” he said."
    )
    assert _speaker(text, "changed it twice") == "Eskil Brandvold"


def test_the_oldest_sister_is_the_one_named_as_the_oldest() -> None:
    """ "Ruth Okonjo, the oldest," and "The youngest, Grace Okonjo," then "The oldest
    sister said ... “...,” she said": Ruth (main: the woman named last)."""
    text = (
        "Three sisters run the laundromat on Elm Street."
        + N
        + "Ruth Okonjo, the oldest, does the repairs. “Machines like me,” she said."
        + N
        + "The youngest, Grace Okonjo, handles the customers. “People like me,” she said."
        + N
        + "The oldest sister said the dryers were forty years old. “They outlived two"
        " owners,” she said."
    )
    assert _speaker(text, "outlived two") == "Ruth Okonjo"


def test_the_youngest_at_a_cue_is_the_one_named_as_the_youngest() -> None:
    """ "“...,” the youngest sister said" after "The youngest, Grace Okonjo,": Grace."""
    text = (
        "Ruth Okonjo, the oldest, does the repairs at the family laundromat."
        + N
        + "The youngest, Grace Okonjo, handles the customers."
        + N
        + "“Machines are easier than people,” Ruth Okonjo said."
        + N
        + "“People tip,” the youngest sister said."
    )
    assert _speaker(text, "People tip") == "Grace Okonjo"


def test_a_lone_surname_before_she_is_the_daughter_with_two_surnames() -> None:
    """ "Marta Ibarra Solís ... her father, Tomás Ibarra, ... Ibarra said she would": the
    daughter, whose first surname it is (main: the father, last named with it)."""
    text = (
        "Marta Ibarra Solís, 17, won the junior title in Bilbao on Sunday."
        + N
        + "Her father, Tomás Ibarra, watched from the stands. “I could not breathe,” he said."
        + N
        + "Asked about her next event, Ibarra said she would rest. “I need to sleep for a"
        " week,” the teenager said."
    )
    assert _speaker(text, "sleep for a week") == "Marta Ibarra Solís"


def test_a_lone_surname_before_he_stays_the_father_guard() -> None:
    """The same story with "he" after the lone surname: the father, whose last name it
    is (the pronoun fits him)."""
    text = (
        "Marta Ibarra Solís, 17, won the junior title in Bilbao on Sunday."
        + N
        + "Her father, Tomás Ibarra, watched from the stands."
        + N
        + "Ibarra said he had not slept. “I could not breathe,” he said."
    )
    assert _speaker(text, "could not breathe") == "Tomás Ibarra"


def test_my_father_in_a_mothers_words_is_not_her_son_given_her_surname() -> None:
    """ "Her son Tobias, who ..." takes her surname; "My father told me, ‘...’" in her
    words stays hers, as train's gold keeps a quotation inside a quotation (attrib92),
    not the son's (the kin noun he was named with)."""
    text = (
        "Renate Kowalczyk opened the shop in 1988."
        + N
        + "“My father told me, ‘Never sell the ladder.’ I never did,” she said."
        + N
        + "Her son Tobias, who runs it now, says she still sweeps it every morning."
    )
    from tests.analyses import speaker_of

    assert speaker_of("News\n\n" + text + "\n", "Never sell", inside=True) == "Renate Kowalczyk"


def test_a_relative_named_by_a_given_name_keeps_his_role_and_not_the_surnames() -> None:
    """ "His son Pieter, a lawyer in Fargo," takes the surname Halvorsen, but the article
    never writes it for him: "Halvorsen" alone stays the governor's (his role "stubborn
    critic" is not the son's), and the son keeps the role written at his naming."""
    from tests.analyses import roles_of

    text = (
        "Gov. Ray Halvorsen signed the water bill on Tuesday. His son Pieter, a lawyer in"
        " Fargo, watched from the gallery."
        + N
        + "Halvorsen has been a stubborn critic of the pipeline. <This bill protects the"
        " aquifer,> Halvorsen said." + N + "<He has waited ten years for this,> Pieter said."
    )
    roles = roles_of("News\n\n" + text + "\n")
    assert roles == {
        "Ray Halvorsen": "Gov., stubborn critic of the pipeline",
        "Pieter Halvorsen": "son, lawyer in Fargo",
    }


def test_a_surname_given_to_a_relative_by_the_kin_rule_leaves_the_roles_alone() -> None:
    """ "his son Pieter, who died in 2019," takes the surname Halvorsen, but "Mr.
    Halvorsen has been a stubborn critic" is still the governor's role (kin68's first
    form counted the son a namesake and dropped it)."""
    from tests.analyses import roles_of

    text = (
        "Gov. Ray Halvorsen signed the water bill on Tuesday."
        + N
        + "He added that if his son Pieter, who died in 2019, were alive, he would be proud."
        " <This bill protects the aquifer,> Mr. Halvorsen said."
        + N
        + "Mr. Halvorsen has been a stubborn critic of the pipeline."
    )
    assert roles_of("News\n\n" + text + "\n") == {
        "Ray Halvorsen": "Gov., stubborn critic of the pipeline"
    }
