"""A definite nominal whose head is an agent noun closed by "man", "woman" or "person"
("the radioman", "the cameraman") is a person whatever list holds it, so it refers back
to the one the text is about as "the senator" does, rather than making a speaker row of
its own named "radioman" (train, west-journal_2016-01-20_wow-glenn-beck-just-responded-to:
"The radioman pointed out" after Glenn Beck; issue 14, people55). Sentences written for
the test; the people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker


def test_the_radioman_is_the_host_the_text_is_about() -> None:
    text = (
        "Longtime talk show host Arlo Pruitt spent Tuesday's broadcast on the mayor's "
        "budget.\n\n"
        "In a post after the show, Pruitt wrote that the plan \u201cspends money the city "
        "does not have.\u201d\n\n"
        "The radioman pointed out that the plan was \u201ca tax hike by another name.\u201d"
    )
    assert _speaker(text, "tax hike") == "Arlo Pruitt"


def test_the_cameraman_is_the_one_just_named() -> None:
    text = (
        "Police cleared the square after midnight. Dale Ortiz filmed the whole night for "
        "a local station.\n\n"
        "\u201cWe got every minute of it on tape,\u201d the cameraman said."
    )
    assert _speaker(text, "every minute") == "Dale Ortiz"
