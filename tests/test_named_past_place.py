"""A name set off after a noun for one person and a phrase of place or time ("said his
best friend at Marlow, Dario Fenwick") is that person's, as right after the noun (issue
14: the mention was right, the person behind it another). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.test_speaking_it import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When he enrolled at Marlow College, the boy joined a fraternity. \u201cIt may"
            " have been his first statement to his father,\u201d said his best friend at"
            " Marlow, Dario Fenwick, who remembered him well.",
            "Dario Fenwick",
        ),
        (
            "Dario Fenwick ran the party's office in Kyiv. The party was \u201cworking to"
            " change its image,\u201d wrote the British envoy at the time, Harriet L."
            " Quenby.",
            "Harriet L. Quenby",
        ),
        (
            "\u201cIt was a long night,\u201d said his best friend from the Navy, Oren Laski.",
            "Oren Laski",
        ),
        # after "to" the name may be the senator's: the aide stays unnamed
        (
            "The vote is set for Tuesday. \u201cWe will vote no,\u201d said an aide to the"
            " senator, Jo Hale.",
            "an aide",
        ),
    ],
)
def test_a_name_set_off_past_a_place_names_the_noun(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
