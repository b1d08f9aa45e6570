"""Person rows that are a place and a word, a people's adjective alone, or a name after a
word opening its sentence ("Meanwhile Rihanna, who ...") (issue 14):
"The South Carolina Republican admitted ..." read as "Carolina Republican" (the place cut
short), "Florida Latino voters said ..." as "Florida Latino" (a place and the word after it,
modifying a noun), "one kind-hearted Canadian wants ..." as "Canadian". The article shows
each: the place's cut word before every naming, the lower-case noun after every naming,
the tagger's adjective used as a noun. Sentences and people written here; each rule beside
close cases that must stay people."""

from __future__ import annotations

import pytest

from core.document import Analysis, Metadata, Quote, Span, Speaker, SpeakerKind
from core.identity import ReadSpeaker, name_in_phrase, names_no_one
from core.library import Library

PERSON, ANONYMOUS = SpeakerKind.PERSON, SpeakerKind.ANONYMOUS
ORGANISATION = SpeakerKind.ORGANISATION
GOWDER = "Dale Gowder spoke first. The South Carolina Republican admitted that the plan failed."


@pytest.mark.parametrize(
    ("name", "text", "read", "kind"),
    [
        # the place cut short: read with the word before it
        ("Carolina Republican", GOWDER, "South Carolina Republican", ANONYMOUS),
        # a place and a word, modifying a lower-case noun wherever written
        ("Nevada Latino", "Poll: Halvorsen a turnoff for Nevada Latino voters.\n\nBut 58 "
         "percent of Nevada Latino voters said they would stay home.", "Nevada Latino",
         ANONYMOUS),
        ("Ohio Democratic", "Six in 10 Ohio Democratic primary voters said the race was "
         "fair.", "Ohio Democratic", ANONYMOUS),
        ("Ohio Varnels", "The Ohio Varnels football stadium will host the rally, the mayor "
         "said.", "Ohio Varnels", ORGANISATION),
        # close cases, people all
        ("Virginia Foxx", "Virginia Foxx said on Monday that it was over. Virginia Foxx "
         "spoke first.", "Virginia Foxx", PERSON),  # a verb after the name
        ("Georgia Pettigrew", "Georgia Pettigrew ran the shelter. Georgia Pettigrew voters "
         "were happy.", "Georgia Pettigrew", PERSON),  # once before a verb
        ("Carolina Quell", "Mayor Carolina Quell said the plan failed.", "Carolina Quell",
         PERSON),  # "Mayor Carolina" is no place
        ("Carolina Quell", "South Carolina Quell said the plan failed.", "Carolina Quell",
         PERSON),  # read with "South", still a person's name
    ],
)  # fmt: skip
def test_a_phrase_opening_with_a_place(name: str, text: str, read: str, kind: SpeakerKind) -> None:
    found = name_in_phrase(ReadSpeaker(name, PERSON), text)
    assert (found.name, found.kind) == (read, kind)


@pytest.mark.parametrize(
    ("name", "text", "kind", "no_one"),
    [
        ("Canadian", "Now one kind-hearted Canadian wants to help Americans keep that "
         "promise.", ANONYMOUS, False),
        ("Republican", "Six in 10 Republican said that the delegates should vote freely.",
         ANONYMOUS, False),
        ("Japanese", "WHERE JAPAN STANDS.\n\nJapanese are mulling changing the symbol.",
         ANONYMOUS, False),
        # an adjective only: no one
        ("Amid", "Voters wary.\n\nAmid fury at the system, she is seen as an insider.",
         PERSON, True),
        # close case: a surname that is an adjective, written as a name
        ("Strong", "Strong said the bill was bad. Strong voted against it.", PERSON, False),
    ],
)  # fmt: skip
def test_a_peoples_adjective_alone(name: str, text: str, kind: SpeakerKind, no_one: bool) -> None:
    read = ReadSpeaker(name, PERSON)
    assert names_no_one(read, text) is no_one
    assert name_in_phrase(read, text).kind == kind


def test_the_library_makes_no_person_of_a_place_cut_short(library: Library) -> None:
    statement = "that the plan failed"
    start = GOWDER.index(statement)
    speaker = Speaker(
        "Carolina Republican", PERSON, "person:carolina republican", None, ("Carolina Republican",)
    )
    quote = Quote(Span(start, start + len(statement)), statement, speaker, Span(0, 1), "admitted")
    library.add_article(Analysis(GOWDER, Metadata(title="Gowder"), quotes=(quote,)))
    rows = library.db.execute("SELECT name, kind FROM speakers").fetchall()
    assert rows == [("South Carolina Republican", "anonymous")]


@pytest.mark.parametrize(
    ("name", "text", "read"),
    [
        ("Meanwhile Rianna", "Speakers included women like Rianna, Dana Kell and others.\n\n"
         "Meanwhile Rianna, who was honored, spoke about self-love.", "Rianna"),
        # close cases: an introduction (the rest not named alone before), a relative
        # (the rest written after another given name), a word written within a sentence
        ("Ivanka Halvorsen", "Ivanka Halvorsen spoke first. Halvorsen said so.",
         "Ivanka Halvorsen"),
        ("Ivanka Halvorsen", "Donald Halvorsen spoke. Halvorsen said so. Ivanka Halvorsen "
         "agreed.", "Ivanka Halvorsen"),
        ("Tiko Oduya", "Oduya spoke first. Tiko Oduya, his son, said so. We met Tiko "
         "later.", "Tiko Oduya"),
    ],
)  # fmt: skip
def test_a_word_opening_a_sentence_before_a_name(name: str, text: str, read: str) -> None:
    found = name_in_phrase(ReadSpeaker(name, PERSON), text)
    assert (found.name, found.kind) == (read, PERSON)
