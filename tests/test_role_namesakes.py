"""A definite nominal after people of one surname: given to the one namesake it agrees
with (the office one already holds, the gender the text tells, the one not introduced as
a relative), withheld when it could mean either."""

from __future__ import annotations

from core.document import Span, SpeakerKind
from core.extract import extract
from core.person import Person
from core.roles import add_article_roles


def _roles_of(text: str, people: list[Person], nominal: str) -> dict[str, list[str]]:
    """Everyone's roles when the attribution read ``nominal`` as the first of ``people``."""
    at = text.index(nominal)
    add_article_roles(text, people, people, [(Span(at, at + len(nominal)), people[0])])
    return {p.name: p.roles for p in people}


def _person(name: str, roles: list[str], gender: str | None = None) -> Person:
    return Person(name, SpeakerKind.PERSON, gender, roles, aliases=[name, name.split()[-1]])


def test_the_office_one_namesake_holds_is_theirs_beside_a_relative() -> None:
    text = (
        "Sen. Ada Corwin spoke in Dover on Monday. She was joined by her husband, Paul"
        " Corwin, who waved to the crowd.\n\n\u201cWe will keep going,\u201d the senator"
        " from Delaware said.\n"
    )
    quote = next(q for q in extract(text).quotes if "keep going" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Ada Corwin"
    assert "senator from Delaware" in (quote.speaker.role or "")


def test_an_office_both_namesakes_hold_is_withheld() -> None:
    text = (
        "Sen. Ada Corwin met Sen. Paul Corwin in Dover on Monday.\n\n\u201cWe will keep"
        " going,\u201d the senator from Delaware said.\n"
    )
    ada, paul = _person("Ada Corwin", ["Sen."], "f"), _person("Paul Corwin", ["Sen."], "m")
    assert _roles_of(text, [ada, paul], "the senator from Delaware") == {
        "Ada Corwin": ["Sen."],
        "Paul Corwin": ["Sen."],
    }


def test_the_gender_the_text_tells_picks_the_namesake() -> None:
    text = (
        "Ada Corwin spoke in Dover on Monday with Paul Corwin.\n\n\u201cWe will keep"
        " going,\u201d the mayor of Dover said, and she left.\n"
    )
    ada, paul = _person("Ada Corwin", [], "f"), _person("Paul Corwin", [], "m")
    assert _roles_of(text, [ada, paul], "the mayor of Dover")["Ada Corwin"] == ["mayor of Dover"]
    unknown = text.replace(", and she left", "")  # nothing tells whom: withheld
    ada, paul = _person("Ada Corwin", [], "f"), _person("Paul Corwin", [], "m")
    assert _roles_of(unknown, [ada, paul], "the mayor of Dover")["Ada Corwin"] == []


def test_a_surname_alone_after_a_relative_named_is_the_other_namesakes() -> None:
    text = (
        "Ada Corwin came to Dover on Monday with her sister, Lee Corwin.\n\nCorwin then"
        " walked the block. \u201cWe will keep going,\u201d the mayor of Dover said.\n"
    )
    ada, lee = _person("Ada Corwin", []), _person("Lee Corwin", [])
    assert _roles_of(text, [ada, lee], "the mayor of Dover")["Ada Corwin"] == ["mayor of Dover"]
    no_kin = text.replace("her sister, Lee Corwin", "Lee Corwin and friends")
    ada, lee = _person("Ada Corwin", []), _person("Lee Corwin", [])
    assert _roles_of(no_kin, [ada, lee], "the mayor of Dover")["Ada Corwin"] == []


def test_a_nominal_apart_after_a_shared_surname_goes_to_the_namesake_it_fits() -> None:
    text = (
        "Sen. Ada Corwin toured Dover on Monday with her husband, Paul Corwin, and aides."
        "\n\nCorwin waved to the crowd. The senator from Delaware then walked the block.\n"
    )
    ada, paul = _person("Ada Corwin", ["Sen."], "f"), _person("Paul Corwin", [], "m")
    add_article_roles(text, [ada, paul], [ada, paul])
    assert (ada.roles, paul.roles) == (["Sen.", "senator from Delaware"], ["her husband"])
    ada, paul = _person("Ada Corwin", ["Sen."], "f"), _person("Paul Corwin", ["Sen."], "m")
    add_article_roles(text, [ada, paul], [ada, paul])  # two senators Corwin: withheld
    assert (ada.roles, paul.roles) == (["Sen."], ["Sen.", "her husband"])
