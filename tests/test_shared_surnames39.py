"""Two people of one surname in an article (issue 14): a lone surname, "the elder X" or
a kin noun is the person the article tells apart, not whoever was named last."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as speaker


def test_elder_by_a_child_noun_after_the_naming() -> None:
    """ "Mike Lindgren ... his son" makes Mike the parent: "the elder Lindgren" is him,
    though only the son's age is written."""
    text = (
        "Paul Berglund has run the bakery on Main Street for 40 years. Last spring his "
        "son joined him behind the counter.\n\n"
        "Tom Berglund, 26, now makes the bread.\n\n"
        "“He still checks every loaf,” the elder Berglund said."
    )
    assert speaker(text, "He still checks") == "Paul Berglund"


def test_younger_by_a_child_noun_after_the_naming() -> None:
    text = (
        "When Ruth Amsel opened the shop in 1990, her daughter was a baby. Now Clara "
        "Amsel runs the till.\n\n"
        "“I grew up under this counter,” the younger Amsel said."
    )
    assert speaker(text, "I grew up") == "Clara Amsel"


def test_his_son_said_then_he_is_the_son() -> None:
    """ "His son, reached at home, said ..." then "“...,” he said": the one other man of
    the father's surname, not the father just quoted."""
    text = (
        "Paul Berglund has run the bakery for 40 years. Tom Berglund, 26, joined him "
        "in the spring.\n\n"
        "“He still checks every loaf,” Paul Berglund said.\n\n"
        "His son, reached at home, said his father worried too much.\n\n"
        "“I know how to bake,” he said."
    )
    assert speaker(text, "I know how to bake") == "Tom Berglund"


def test_a_lone_surname_is_the_one_named_before_not_after() -> None:
    """ "Okafor said" after only Chidi Okafor was named is Chidi, though his mother
    Ngozi Okafor (whose first name the lists know) is named later."""
    text = (
        "Striker Obinna Eze scored twice on Saturday.\n\n"
        "“I just kept running,” Eze said.\n\n"
        "His mother, Ngozi Eze, was in the stands. “He never stops,” she said."
    )
    assert speaker(text, "I just kept running") == "Obinna Eze"
