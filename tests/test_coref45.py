"""coref45 (issue 15): a nominal subject past a fronted phrase, and a lede's noun no list
holds, each deciding the "he"/"she" of the quotation after it. Sentences written for the
tests, not the probes (probes44 p38 and p39 are the cases these come from)."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker
from tests.test_attribution_probes import speaker_of

N = "\n\n"


def test_a_nominal_subject_past_a_fronted_participle_clause() -> None:
    """ "Told of the pitcher's comments, the manager did not back down.": the subject is the
    manager, not the pitcher quoted just before, so the "he said" after it is his (main:
    the pitcher)."""
    text = (
        "Manager Walt Prescott said the team had lost because its hitters stopped running."
        + N
        + "“We were lazy on the bases,” the manager said."
        + N
        + "Hugo Damerell, the veteran pitcher who lost the final game, said he had pitched well."
        + N
        + "“I gave up two runs in eight innings,” he said."
        + N
        + "Told of the pitcher's comments, the manager did not back down. "
        "“Two was enough,” he said."
    )
    assert _speaker(text, "Two was enough") == "Walt Prescott"


def test_a_fronted_name_with_its_appositive_is_no_phrase() -> None:
    """ "Prescott, the governor, ..." is an appositive, not a phrase fronted: nothing past
    it is read as the nominal subject (the sentence's subject is the man named)."""
    text = (
        "Manager Walt Prescott said the team had lost because its hitters stopped running."
        + N
        + "Hugo Damerell, the veteran pitcher who lost the final game, said he had pitched well."
        + N
        + "Later, Damerell, the pitcher, shrugged. “Two was plenty,” he said."
    )
    assert _speaker(text, "Two was plenty") == "Hugo Damerell"


def test_a_lede_s_noun_no_list_holds_opening_a_sentence_before_a_pronoun() -> None:
    """ "A beekeeper whose hives ..." opens the lede; the man named in the paragraph after
    is the beekeeper, so "The beekeeper said he ..." and the "he said" after it are his
    (main: the man quoted last)."""
    text = (
        "BOISE, Idaho — A beekeeper whose hives line the county road is suing the state "
        "over a spraying program."
        + N
        + "Otto Lindgren, 58, said the spraying killed half his bees in June."
        + N
        + "A state agronomist, Pete Walcott, said the spray was approved. "
        "“It is used on every farm in the valley,” he said."
        + N
        + "The beekeeper said he would not settle. “My bees are not every farm,” he said."
    )
    assert _speaker(text, "My bees are") == "Otto Lindgren"


def test_a_definite_lede_named_in_the_paragraph_after_it() -> None:
    """ "The founder of Pellucid, a ..., resigned ...": a lede opening on a definite noun
    names its person in the paragraph after it, so "the founder said" is that man even
    though the headline's "Drone maker's founder" came before (main: no one)."""
    text = (
        "Drone maker's founder resigns"
        + N
        + "HOUSTON — The founder of Pellucid, a small drone maker, resigned on Friday after "
        "investors questioned the company's accounts."
        + N
        + "Marco Bellini, 44, started the company in a garage in 2012. He will keep his shares."
        + N
        + "“I made mistakes with the books,” the founder said in a letter to employees."
    )
    assert speaker_of(text + "\n", "I made mistakes") == "Marco Bellini"


def test_a_lede_s_company_is_not_the_person_named_after_it() -> None:
    """ "A company that ..." opening the lede is no person: "The company said he ..." is
    not read as the man the next paragraph names, and the "he said" stays with the man
    quoted before it."""
    text = (
        "DAYTON, Ohio — A company that makes school buses is moving its plant to Mexico."
        + N
        + "Otto Lindgren, 58, has worked at the plant for 30 years."
        + N
        + "A union official, Pete Walcott, said the workers were never asked. "
        "“Nobody called us,” he said."
        + N
        + "The company said he had been told in May. “They called nobody,” he said."
    )
    assert _speaker(text, "They called nobody") != "Otto Lindgren"
