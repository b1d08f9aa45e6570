"""A relative named once, with an age set off after the name, is a person of their own:
"Ivanka Trump, 34, could be ..." beside Donald Trump, her given name in no list and
opening the sentence (train, usa-today_2016-07-18_convention-is-trump-s-chance-to-, where
"She has pushed back ... calling him “a feminist.”" went to Melania Trump; issue 14,
people54). Sentences written for the test; the people invented."""

from __future__ import annotations

from tests.test_attribution_probes import speaker_in_a_story as _speaker

FAMILY = (
    'Walter Brandvold spoke on Monday. "We will win," Brandvold said.\n\n'
    'At a rally, Brandvold\'s wife, Marit, described Brandvold as "kind."\n\n'
)


def test_a_relative_named_once_with_an_age_is_her_own_person() -> None:
    text = FAMILY + (
        "Sigrunn Brandvold, 34, could be a bridge to young voters. She has pushed back "
        'against accusations of sexism against her father, calling him "a feminist."'
    )
    assert _speaker(text, "a feminist") == "Sigrunn Brandvold"


def test_a_newcomer_named_once_with_an_age_opening_the_sentence() -> None:
    """A guard: no relative, the name read as before."""
    text = (
        "The mayor spoke on Monday. \u201cWe will rebuild,\u201d the mayor said.\n\n"
        "Odalys Quaresma, 41, runs the bakery on Main Street. \u201cWe lost everything,\u201d "
        "she said. Quaresma has worked there for ten years."
    )
    assert _speaker(text, "lost everything") == "Odalys Quaresma"
