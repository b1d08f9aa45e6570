"""The people proxy's reading of annotated Sources (benchmarks/train_people.py), on
Sources written here: who a Source names, and which names are one identity."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import train_people  # noqa: E402


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Senate Majority Leader Mitch McConnell", ["Mitch", "McConnell"]),
        ("Secretary of State John F. Kerry", ["John", "F.", "Kerry"]),
        ("Mr. King", ["King"]),
        ("Mr. Burman of the Tax Policy Center", ["Burman"]),
        ("Sen. Pat Toomey (R-Pa.", ["Pat", "Toomey"]),
        ("the White House press secretary, Josh Earnest,", ["Josh", "Earnest"]),
        ("Dog Andres, a spokesman for House Speaker Paul Ryan,", None),  # not Ryan
        ("White House", None),
    ],
)
def test_a_source_names_the_person_in_it(source: str, name: list[str] | None) -> None:
    found = train_people.name_of(source)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize(
    ("source", "owner"),
    [
        ("Cruz himself", "Cruz"),
        ("Axelrod\u2019s memoir", "Axelrod"),
        ("Clinton's campaign", "Clinton's campaign"),  # an organisation of theirs
        ("Cruz\u2019s lawyers", "Cruz\u2019s lawyers"),  # their people
        ("Trump's campaign manager", "Trump's campaign manager"),
    ],
)
def test_a_thing_of_a_person_stands_for_them(source: str, owner: str) -> None:
    assert train_people._owner(source) == owner


@pytest.mark.parametrize(
    ("source", "two"),
    [
        ("Mark Blumenthal and Jon Cohen", True),
        ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky", True),
        ("Kathleen Hall Jamieson, a professor and the director of a center", False),
        ("Former prosecutor and New York City Mayor Rudy Giuliani", False),
    ],
)
def test_a_source_of_two_people_is_left_out(source: str, two: bool) -> None:
    assert train_people.joint(source) is two


def test_one_identity_per_given_name_not_per_initial() -> None:
    keys = [
        ("Weaver", "Jeff", ""),
        ("Weaver", "John", ""),
        ("Biden", "Joseph", "jr"),
        ("Biden", "Joe", "jr"),
        ("Calder\u00f3n", "Felipe", ""),
        ("Calderon", "Felipe", ""),
        ("Lewis", "J.", ""),
        ("Lewis", "James", ""),
    ]
    forms, groups = train_people.identities(keys)
    identity = {key: groups[train_people.folded(key)] for key in keys}
    assert identity[keys[0]] != identity[keys[1]]  # Jeff and John Weaver
    assert identity[keys[2]] == identity[keys[3]]  # a nickname
    assert identity[keys[4]] == identity[keys[5]]  # an accent
    assert identity[keys[6]] == identity[keys[7]]  # the one first name of that initial
    assert sum(len(counts) for counts in forms.values()) == len(set(keys))


def test_a_person_typed_two_ways_is_one_identity() -> None:
    """Hand rows and proxy rows spell one person alike; two people stay two."""
    typed = ["Wendell P. Harrow", "Wendell Harrow", "Wendell Harrow", "Tom Ostrander",
             "Thomas Ostrander", "Thomas Ostrander", "Lydia Harrow", "Harrow"]  # fmt: skip
    table = [["a", i, i + 1, "source", name, "person", "read"] for i, name in enumerate(typed)]
    table.append(["a", 9, 10, "source", "Wendell Harrow", "organisation", "read"])
    out = [r[4] for r in train_people.unified(table)]
    assert out == ["Wendell Harrow"] * 3 + ["Thomas Ostrander"] * 3 + [
        "Lydia Harrow", "Harrow", "Wendell Harrow"
    ]  # fmt: skip


def test_each_fold_is_read_by_a_ranker_that_never_saw_it(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [f"story-{n}" for n in range(7)]
    monkeypatch.setattr(train_people, "ranker_examples", lambda split: dict.fromkeys(names))
    monkeypatch.setattr(train_people, "held_out_ranker", lambda split, texts: sorted(texts))
    paths = [Path(f"{name}.txt") for name in names]
    readers = train_people.fold_readers(Path("train"), paths, None)
    assert len(readers) == train_people.FOLDS == 5
    for ranker, read in readers:  # article n is in fold n mod 5, its ranker left it out
        assert [p.stem for p in read] == ranker
    assert sorted(p.stem for _, read in readers for p in read) == names
    (only,) = train_people.fold_readers(Path("train"), paths[:4], "2/3")  # "--fold 2/3"
    assert only == (["story-1", "story-4"], [Path("story-1.txt")])


@pytest.mark.parametrize(
    ("name", "kind", "row"),
    [
        ("his chief aide", "anonymous", "nominal"),
        ("influential delegate", "anonymous", "nominal"),
        ("media", "anonymous", "thing or phrase"),
        ("an interview", "anonymous", "thing or phrase"),
        ("Wendell Ashby", "person", "person"),
        ("Harlow County Clerk's Office", "organisation", "organisation"),
    ],
)
def test_an_anonymous_row_is_a_nominal_or_a_thing(name: str, kind: str, row: str) -> None:
    assert train_people._row_kind({"speaker_name": name, "speaker_kind": kind}) == row
