"""A quotation the attributor leaves with no speaker, held by a statement a named person
reports with a verb, is that person's; a term in the writer's own noun phrase is not."""

from __future__ import annotations

from core.extract import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and its speaker's name."""
    return [(q.text, q.speaker and q.speaker.name) for q in extract(text).quotes]


def test_words_uttered_by_a_named_person_in_a_passive_are_theirs() -> None:
    text = (
        "Senator Dana Kellerman spoke twice in the debate. "
        "The phrase “school vouchers” was uttered once, by Ms. Kellerman."
    )
    assert speakers(text) == [("school vouchers", "Dana Kellerman")]


def test_a_term_in_the_writers_noun_phrase_is_no_ones_though_a_statement_holds_it() -> None:
    """ "support a “living wage” law": the statement is theirs, the term the writer's."""
    assert speakers("Both Tom Alder and Ruth Baird support a “living wage” law.") == [
        ("living wage", None)
    ]
