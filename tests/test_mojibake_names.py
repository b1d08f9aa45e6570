"""Names in text saved with the wrong encoding (UTF-8 read as Latin-1/cp1252) and with
plain accents, apostrophes and hyphens: every letter kept, shown repaired, one person.
Names and sentences invented."""

import pytest

from core import nlp
from core.document import SpeakerKind
from core.extract import extract
from core.person_names import clean_name, library_key, normalise


@pytest.mark.parametrize(
    "written, shown",
    [
        ("Lucía Ib\u00c3\u00a1\u00c3\u00b1ez", "Lucía Ibáñez"),  # one reading, word by word
        ("Ren\u00c3\u00a9 Dub\u00c3\u00a9", "René Dubé"),
        ("Ren\u00c3\u0083\u00c2\u00a9 Ortiz", "René Ortiz"),  # read so twice
        ("Pe\u00c3\u00b1a Nieto", "Peña Nieto"),
        ("Pe" + "A\u0303" + "\u00b1a Nieto", "Peña Nieto"),  # the lead decomposed
        ("Jos\u00e9 Rodr\u00edguez", "José Rodríguez"),  # plain accents: unchanged
        ("Recep Erdo\u011fan", "Recep Erdoğan"),
        ("Seán O’Toole-Brady", "Seán O’Toole-Brady"),
        ("Caf\u00e9 \u00c3", "Café Ã"),  # does not decode: unchanged
    ],
)
def test_a_name_is_shown_repaired(written, shown):
    assert clean_name(written) == shown


def test_repaired_and_clean_spellings_are_one_person_across_articles():
    key = library_key(SpeakerKind.PERSON, "Enrique Pe\u00c3\u00b1a Nieto", "a", bound=False)
    assert key == library_key(SpeakerKind.PERSON, "Enrique Peña Nieto", "b", bound=False)
    assert normalise("Pe\u00c3\u00b1a") == normalise("Pena") == "pena"


@pytest.mark.parametrize(
    "name",
    ["Pe\u00c3\u00b1a", "Pe" + "A\u0303" + "\u00b1a", "Ren\u00c3\u0083\u00c2\u00a9",
     "Tr\u00c3\u00a9vidic", "O’Toole", "Jean-Étienne", "Dubé", "MU\u00c3\u2018OZ"],
)  # fmt: skip
def test_a_name_token_keeps_all_its_letters(name):
    text = f"Said {name} today."
    assert [t.text for t in nlp.tokenize(text)][1] == name


def test_punctuation_after_a_lead_letter_stays_punctuation():
    assert [t.text for t in nlp.tokenize("S\u00c3\u2019 \u00c3\u2026 ok")] == [
        "S\u00c3", "\u2019", "\u00c3", "\u2026", "ok"]  # fmt: skip


@pytest.mark.parametrize(
    "written, shown",
    [
        ("Enrique Pe\u00c3\u00b1a Nieto", "Enrique Peña Nieto"),
        ("Enrique Pe" + "A\u0303" + "\u00b1a Nieto", "Enrique Peña Nieto"),
        ("Marc Tr\u00c3\u00a9vidic", "Marc Trévidic"),
        ("Lucía Ibáñez-O’Neill", "Lucía Ibáñez-O’Neill"),
    ],
)
def test_the_speaker_reads_the_whole_name_repaired(written, shown):
    text = (
        f'"We will not pay for the wall," the Mexican president, {written}, said on Monday.\n\n'
        f'"It is a crisis," {written.split()[-1]} added.\n'
    )
    doc = extract(text)
    assert [q.speaker.name for q in doc.quotes] == [shown, shown]
    start = text.index(written)
    assert (doc.quotes[0].mention.start, doc.quotes[0].mention.end) == (
        start, start + len(written))  # fmt: skip
