"""A nominal speaker set beside a name is that person: after a dash, or before a verb where
the writer left out the closing comma (sentences written for the test)."""

from __future__ import annotations

from core.extract import extract

L, R = "\u201c", "\u201d"


def speaker_of(text: str, fragment: str) -> str | None:
    for quote in extract(text).quotes:
        if quote.text.startswith(fragment):
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation starts with {fragment!r}")


def test_a_name_after_a_dash_is_the_nominal_speaker() -> None:
    text = (
        "Veterans rally against the deal.\n\n"
        "Several speakers addressed the crowd. A former Republican presidential candidate -- "
        f"John Hale, who served two terms -- called the deal {L}a disgrace.{R} "
        f"A retired admiral \u2014 Gary Mott, who led the fleet \u2014 said it was "
        f"{L}a betrayal.{R}"
    )
    assert speaker_of(text, "a disgrace") == "John Hale"
    assert speaker_of(text, "a betrayal") == "Gary Mott"


def test_an_appositive_left_unclosed_before_a_verb_is_the_name_before_it() -> None:
    text = (
        "Ann Mills Accused Of Rage In New Book.\n\n"
        "Colin Hartley, a former Secret Service agent for President Tom Reyes has written a "
        f"book in which he exposes the rage and {L}eruptive{R} behavior of Ann Mills during "
        "her time as first lady."
    )
    assert speaker_of(text, "eruptive") == "Colin Hartley"
    # a cue verb after the nominal is its own: "Trump, a spokesman said, will ..."
    text = (
        "Dinner plans change.\n\n"
        f"Tom Reyes, an aide said, will miss the dinner because of {L}other plans.{R}"
    )
    assert speaker_of(text, "other plans") != "Tom Reyes"
    # a day opening the sentence is no name the nominal stands beside
    text = (
        "Mills on the trail.\n\n"
        "Tuesday, a local senator opened a rally blasting Ann Mills for "
        f"{L}promoting fracking.{R}"
    )
    assert speaker_of(text, "promoting fracking") == "a local senator"


def test_names_listed_after_a_dash_are_no_one_speaker() -> None:
    text = (
        "Scholars weigh in.\n\n"
        "The three legal scholars -- Mr. Rand, Ms. Ortiz and Mr. Bell -- agreed that the "
        f"court was {L}out of its depth.{R}"
    )
    assert speaker_of(text, "out of its depth") not in {"Rand", "Mr. Rand"}
