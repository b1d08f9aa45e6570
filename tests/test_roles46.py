"""Branch roles46: roles the sample of speakers first named bare
(tests/data/train_roles_46.tsv) missed, read as grammar. A role noun the tagger read as a
past participle after a copula ("who was coordinator/VBN for ...") is a noun. Sentences
written for these forms, with their near misses."""

from __future__ import annotations

import pytest

from core.extract import extract


def roles_of(text: str) -> dict[str, str | None]:
    text = text.replace("<", "\u201c").replace(">", "\u201d")
    return {q.speaker.name: q.speaker.role for q in extract(text).quotes if q.speaker}


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "<The plan is a mess,> said Pieter Jansen, who was coordinator for water policy"
            " at the Interior Department from 2009 to 2012.",
            "former coordinator for water policy at the Interior Department",
        ),
        (
            "<It will fail,> said Pieter Jansen, who is administrator for the county's hospitals.",
            "administrator for the county's hospitals",
        ),
        ("<It will fail,> said Pieter Jansen, who was elected in 2010.", None),
    ],
)
def test_a_role_noun_read_as_a_participle_is_a_noun(text: str, role: str | None) -> None:
    assert roles_of(text)["Pieter Jansen"] == role
