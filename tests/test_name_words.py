"""Person rows that are words of a sentence, not names (issue 14): a capitalised verb or
superlative after a name in a headline ("Why Does Israel Refuse to ...", "Obama Claims
Hillary Most Qualified ..."), and a hyphened adjective ("Anti-Trump sentiment extends to
..."). Articles and names written here; each rule beside close cases that must stay
people."""

from __future__ import annotations

import pytest

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.identity import ReadSpeaker, name_in_phrase, names_no_one
from core.library import Library

PERSON = SpeakerKind.PERSON

REFUSE = (
    "Why Does Varnia Refuse to Sign the Treaty?\n\n"
    "Varnia refuses to sign the treaty, its ministers said on Monday."
)
MOST = (
    "Halvorsen Claims Marla Most Qualified Candidate Ever, But ...\n\n"
    "Donald Halvorsen said on Monday that Marla Quell is more qualified than anyone."
)


@pytest.mark.parametrize(
    ("name", "text", "read"),
    [
        ("Varnia Refuse", REFUSE, "Varnia"),  # "Varnia refuses": a verb's ending
        ("Marla Most", MOST, "Marla"),  # "most", lower-cased: a superlative
        # close cases, people all
        (  # "Best" capitalised alone too: a surname
            "Pete Best",
            "Pete Best, the drummer, spoke on Monday. Best said the band was good.",
            "Pete Best",
        ),
        (  # a preposition is no verb or adverb
            "Al From",
            "Al From, a strategist, said the party had lost its way.",
            "Al From",
        ),
        (  # a word the tagger never saw: whatever it guesses in context
            "Dana Fiorina",
            "Dana Fiorina said on Monday that she would run.",
            "Dana Fiorina",
        ),
        (  # a noun ("cook"), and no verb's ending after the owner
            "Tim Cook",
            "Tim Cook said the phone was fine. Tim cooks dinner on Sundays.",
            "Tim Cook",
        ),
        (  # a first name after a first name
            "Joan Will",
            "Joan Will said she would come.",
            "Joan Will",
        ),
    ],
)
def test_a_verb_or_superlative_after_a_name_is_no_part_of_it(
    name: str, text: str, read: str
) -> None:
    found = name_in_phrase(ReadSpeaker(name, PERSON), text)
    assert (found.name, found.kind) == (read, PERSON)


def test_the_library_makes_no_row_of_a_name_and_a_verb(library: Library) -> None:
    statement = "Varnia refuses to sign the treaty"
    start = REFUSE.index(statement)
    speaker = Speaker("Varnia Refuse", PERSON, "person:varnia refuse", None, ("Varnia Refuse",))
    quote = Quote(Span(start, start + len(statement)), statement, speaker, Span(0, 1), "said")
    library.add_article(Analysis(REFUSE, Metadata(title="Varnia"), quotes=(quote,)))
    names = [row[0] for row in library.db.execute("SELECT name FROM speakers")]
    assert names == ["Varnia"]


@pytest.mark.parametrize(
    ("name", "text", "no_one"),
    [
        ("Anti-Halvorsen", "Anti-Halvorsen sentiment extends to the party, too.", True),
        (
            "Varnian-Ostrian",
            "The two states are at odds. Varnian-Ostrian talks broke down on Monday.",
            True,
        ),
        # close cases: hyphened names, read as proper nouns
        ("Holtz-Quellan", "\u201cWe will see,\u201d Holtz-Quellan said on Monday.", False),
        ("Ki-moon", "Secretary-General Ban Ki-moon said the talks would go on.", False),
        (  # once an adjective, once a name: not every time an adjective
            "Anti-Halvorsen",
            "Anti-Halvorsen sentiment grew. Anti-Halvorsen, a band, said it would play.",
            False,
        ),
    ],
)
def test_a_hyphened_adjective_names_no_one(name: str, text: str, no_one: bool) -> None:
    assert names_no_one(ReadSpeaker(name, PERSON), text) is no_one


def test_the_library_makes_no_row_of_a_hyphened_adjective(library: Library) -> None:
    text = "Halvorsen loses ground\n\nAnti-Halvorsen sentiment extends to the party, too."
    statement = "Anti-Halvorsen sentiment extends to the party, too."
    start = text.index(statement)
    speaker = Speaker("Anti-Halvorsen", PERSON, "person:anti-halvorsen@1", None, ())
    quote = Quote(Span(start, start + len(statement)), statement, speaker, Span(0, 1), "")
    library.add_article(Analysis(text, Metadata(title="Halvorsen"), quotes=(quote,)))
    assert library.db.execute("SELECT name FROM speakers").fetchall() == []
    assert library.db.execute("SELECT speaker_id FROM quotes").fetchall() == [(None,)]
