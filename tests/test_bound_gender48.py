"""A gender the attribution only guessed, by binding a "he" or "she" to a person, is
weaker than one the article states (an honorific, a kin noun, a listed first name) (issue
14): a name whose article shows it to be an organisation is one though a "she" was bound
to it, and a surname-only row whose only gender is such a guess joins the one full-name
person of that surname whose stated gender disagrees, where a role word agrees. A stated
"Mrs." does not. Every article and name is written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.document import Metadata, SpeakerKind
from core.extract import extract
from core.ingest import analyse
from core.library import Library


def _speakers(text: str, name: str) -> set[tuple[str, str | None, bool]]:
    analysis = extract(text)
    said = [q.speaker for q in (*analysis.quotes, *analysis.statements) if q.speaker]
    return {(s.kind.value, s.gender, s.gender_bound) for s in said if s.name == name}


def test_a_she_bound_to_an_organisation_yields_to_the_article() -> None:
    text = (
        "Big consulting firms like Quenmark have advised the campaign for years. Quenmark "
        "said on Tuesday that she would not comment on the contract."
    )
    assert _speakers(text, "Quenmark") == {(SpeakerKind.ORGANISATION.value, "f", True)}


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        # an honorific states it
        ('Mrs. Quenmark spoke in Ohio. "We will win this state," Mrs. Quenmark said.',
         "Quenmark", "female"),
        # a listed first name states it, a pronoun agreeing or not
        ('Mary Quenmark spoke in Ohio. Quenmark said she would campaign in the state.',
         "Mary Quenmark", "f"),
    ],
)  # fmt: skip
def test_a_stated_gender_is_not_bound(text: str, name: str, gender: str) -> None:
    assert _speakers(text, name) == {(SpeakerKind.PERSON.value, gender, False)}


@pytest.mark.parametrize(
    "text",
    [
        "Quenmark spoke in Ohio on Monday. Quenmark said that she would campaign there.",
        # a noun for an organisation ending the sentence before is not the name's
        "Clashes with protesters had dominated the news. Quenmark said she was alarmed by "
        "the images and wanted to see the rally.",
    ],
)
def test_a_she_bound_person_with_no_organisation_evidence_stays_a_person(text: str) -> None:
    assert _speakers(text, "Quenmark") == {(SpeakerKind.PERSON.value, "f", True)}


FULL = (
    'Vice President Joe Bantry spoke in Ohio on Monday. "We will win this state," Vice '
    "President Joe Bantry said. Bantry said he would return next week."
)
BOUND = (
    "The vice president, Bantry, spoke in Iowa on Tuesday. Bantry said she would campaign "
    "in the state."
)
STATED = (
    "The vice president, Mrs. Bantry, spoke in Iowa on Tuesday. Mrs. Bantry said she "
    "would campaign in the state."
)
NO_ROLE = "Bantry spoke in Iowa on Tuesday. Bantry said she would campaign in the state."


def _joined(tmp_path: Path, second: str, *, first_full: bool = True) -> bool:
    """Does the surname-only speaker of ``second`` join Joe Bantry, whichever article the
    library reads first?"""
    texts = [FULL, second] if first_full else [second, FULL]
    with Library(tmp_path / f"g{int(first_full)}.db") as library:
        for n, text in enumerate(texts):
            library.add_article(analyse(text, Metadata(title=f"t{n}", published="2016-06-01")))
        rows = library.db.execute(
            "SELECT DISTINCT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id"
        ).fetchall()
    return {name for (name,) in rows} == {"Joe Bantry"}


@pytest.mark.slow
@pytest.mark.parametrize("first_full", [True, False])
def test_a_bound_she_joins_the_man_whose_role_agrees(tmp_path: Path, first_full: bool) -> None:
    assert _joined(tmp_path, BOUND, first_full=first_full)


@pytest.mark.slow
@pytest.mark.parametrize("first_full", [True, False])
@pytest.mark.parametrize("second", [STATED, NO_ROLE])
def test_a_stated_woman_or_no_role_stays_apart(
    tmp_path: Path, second: str, first_full: bool
) -> None:
    assert not _joined(tmp_path, second, first_full=first_full)
