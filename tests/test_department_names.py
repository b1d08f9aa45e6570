"""orgs63: a government department is one row however a reporter writes it ("the Justice
Department", "the Department of Justice", "the U.S. Justice Department", "Justice
Dept."); a place's department keeps its own name. Names written for these tests."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.library import Library
from core.people import department_of, shown_name
from tests.test_identity import rows, said

ORG = SpeakerKind.ORGANISATION


@pytest.mark.parametrize(
    ("written", "form"),
    [
        ("the Justice Department", "Department of Justice"),
        ("U.S. Department of Labor", "Department of Labor"),
        ("Labor Dept.", "Department of Labor"),
        ("Health and Human Services Department", "Department of Health and Human Services"),
        ("the Department of the Treasury", "Department of Treasury"),
        ("Chicago Police Department", "Chicago Police Department"),  # a place's
        ("Florida Department of Health", "Florida Department of Health"),
        ("State Department spokesman", "State Department spokesman"),  # not the name alone
    ],
)
def test_the_department_s_form(written: str, form: str) -> None:
    assert department_of(written) == form


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Justice Department", "Department of Justice"),
        ("Department of Homeland Security", "Homeland Security Department"),
        ("U.S. Department of State", "State Department"),
        ("Labor Dept.", "Department of Labor"),
        ("Department of Homeland Security", "DHS"),  # initials still name it
    ],
)
def test_one_department_is_one_row(library: Library, first: str, second: str) -> None:
    said(library, first, kind=ORG)
    said(library, second, kind=ORG)
    assert len(rows(library)) == 1


def test_a_place_s_department_stays_apart(library: Library) -> None:
    said(library, "Chicago Police Department", kind=ORG)
    said(library, "Department of Police", kind=ORG)
    assert len(rows(library)) == 2
    assert (shown_name("Chicago Police Department", ORG), 1) in rows(library)
