"""Binding: a noun phrase that is the subject of a verb is not that verb's object. "The
pontiff met Sanders" leaves the reading with Sanders as the sentence's topic (no list knows
"pontiff" for a person), but a nominal after it ("the pope", "the pontiff") is not Sanders.
Sentences written for the test; the people and places invented."""

from __future__ import annotations

from tests.test_pronouns import L, R, speaker_of

VISIT = (
    "Candidate visits the bishop\n\n"
    "BRUGES - The novelist Tom Avery met privately with Bishop Ansgar Roel on Saturday.\n\n"
    f"{L}He is a man of peace,{R} Avery said in an interview.\n\n"
    "On Sunday, Roel said the meeting was not political, according to local radio.\n\n"
    "The {noun} met Avery at the abbey guest house.\n\n"
    f"{L}When I came down, I greeted him and nothing more,{R} the {{again}} told reporters."
)


def test_a_nominal_is_not_the_object_of_the_noun_phrase_before_it() -> None:
    text = VISIT.format(noun="prelate", again="bishop")  # "prelate": in no list
    assert speaker_of(text, "When I came down") == "Ansgar Roel"


def test_the_same_noun_again_is_not_its_own_object() -> None:
    text = VISIT.format(noun="prelate", again="prelate")
    assert speaker_of(text, "When I came down") != "Tom Avery"


def test_a_noun_phrase_that_is_no_person_leaves_the_object_the_topic() -> None:
    text = (
        "Donald Trump held a rally in Ohio on Monday.\n\n"
        "The crowd cheered Trump at the arena.\n\n"
        f"{L}We will win,{R} the billionaire said."
    )
    assert speaker_of(text, "We will win") == "Donald Trump"


def test_a_lone_surname_written_in_mojibake_is_the_person_named_in_full() -> None:
    mojibake = "Bas\u00c3\u0083\u00c2\u00a1\u00c3\u0083\u00c2\u00b1ez"  # "Basáñez", read so twice
    text = (
        "Mexico changes its envoy\n\n"
        f"After seven months on the job, Miguel {mojibake} Ebergenyi, Mexico's ambassador "
        "to Washington, will be replaced by Carlos Sada, the consul general in Los Angeles.\n\n"
        f"{mojibake} took over the embassy last year after serving as a professor at the "
        "Fletcher School at Tufts University. In his brief tenure, he earned a reputation "
        f"as a quiet leader. Last year, he played down the comments as {L}just part of the "
        f"campaign{R} and argued against a fight."
    )
    assert speaker_of(text, "just part of") == "Miguel Basáñez Ebergenyi"


def test_a_nominal_is_not_the_person_its_own_verb_names() -> None:
    text = (
        "Mara Quist held a rally in Dayton on Monday. Owen Tarr spoke in Toledo.\n\n"
        f"The billionaire told Tarr that {L}we will win in November.{R}"
    )
    assert speaker_of(text, "we will win") == "Mara Quist"


def test_a_nominal_is_not_the_owner_of_its_verbs_object() -> None:
    text = (
        "Mara Quist held a rally in Dayton on Monday. Owen Tarr spoke in Toledo.\n\n"
        f"The billionaire mocked Tarr's speech as {L}a long nap.{R}"
    )
    assert speaker_of(text, "a long nap") != "Owen Tarr"
