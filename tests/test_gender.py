"""Gender as the articles state it: pronouns and honorifics, never first names; stored per
article, combined per person, and a reporter's word that outlasts a re-analysis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.cli import main
from core.document import Metadata
from core.gender import stated_genders
from core.ingest import analyse, sample_paths
from core.library import Library


def genders(text: str) -> dict[str, str | None]:
    analysis = analyse(text)
    stated = stated_genders(analysis)
    return {s.name: stated.get(s.key) for s in analysis.speakers}


def test_a_pronoun_resolved_to_the_speaker_states_it() -> None:
    text = "\u201cWe will rebuild,\u201d said Maria Lindqvist. \u201cSoon,\u201d she added."
    assert genders(text) == {"Maria Lindqvist": "female"}


def test_an_honorific_before_the_name_states_it() -> None:
    text = "Daniel Okafor said: \u201cWe strike.\u201d Mr. Okafor leads the union."
    assert genders(text) == {"Daniel Okafor": "male"}


def test_a_first_name_alone_states_nothing() -> None:
    """Maria and Daniel are listed first names; the article says nothing of gender."""
    text = "\u201cWe will rebuild,\u201d said Maria Lindqvist. \u201cNo,\u201d said Daniel Okafor."
    assert genders(text) == {"Maria Lindqvist": None, "Daniel Okafor": None}


def test_an_honorific_shared_by_two_quoted_people_needs_the_full_name() -> None:
    text = (
        "\u201cWe will win,\u201d said Hillary Clinton. \u201cYes,\u201d said Bill Clinton.\n\n"
        "Mrs. Clinton spoke first. Mr. Bill Clinton spoke second."
    )
    assert genders(text) == {"Hillary Clinton": None, "Bill Clinton": "male"}


def test_the_seed_article() -> None:
    [seed] = [p for p in sample_paths() if p.name == "eu-training-mission.txt"]
    assert genders(seed.read_text(encoding="utf-8")) == {
        "Josep Borrell": "male",
        "Nathalie Loiseau": "female",
        "Danno Pevkur": "male",
        "Robert Brieger": None,
    }


def speakers_json(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str | None]:
    assert main(["speakers", "--db", str(db), "--json"]) == 0
    quoted = (s for s in json.loads(capsys.readouterr().out) if s["quote_count"])
    return {s["name"]: s["gender"] for s in quoted}  # not those only reported


def test_seed_genders_in_onrecord_speakers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "seed.db"
    [seed] = [p for p in sample_paths() if p.name == "eu-training-mission.txt"]
    assert main(["ingest", str(seed), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert speakers_json(db, capsys) == {
        "Josep Borrell": "male",
        "Nathalie Loiseau": "female",
        "Danno Pevkur": "male",
        "Robert Brieger": "not stated",
    }


ARTICLES = {  # who states what of Tomas Brandt: two articles "he", one "Ms." (a slip)
    "a": "\u201cTaxes will not rise,\u201d Tomas Brandt said. \u201cNot this year,\u201d he said.",
    "b": "\u201cThe budget is fair,\u201d said Tomas Brandt. \u201cTruly,\u201d he added.",
    "c": "\u201cWe hold firm,\u201d said Tomas Brandt. Ms. Brandt spoke for an hour.",
    "d": "\u201cA good week,\u201d said Eva Brandt. Ms. Eva Brandt is the minister's sister.",
}


def library_of(tmp_path: Path, *names: str) -> Library:
    library = Library(tmp_path / "genders.db")
    for name in names:
        library.add_article(analyse(ARTICLES[name], Metadata(title=name)))
    return library


def test_most_articles_decide_and_a_tie_states_nothing(tmp_path: Path) -> None:
    with library_of(tmp_path, "a", "c") as library:
        brandt = library.find_speaker("Tomas Brandt")
        assert library.speaker_gender(brandt).value == "not stated"  # one article each
        library.add_article(analyse(ARTICLES["b"], Metadata(title="b")))
        assert library.speaker_gender(brandt).value == "male"  # two articles to one


def test_a_merge_pools_the_articles(tmp_path: Path) -> None:
    with library_of(tmp_path, "a", "d") as library:
        tomas, eva = library.find_speaker("Tomas Brandt"), library.find_speaker("Eva Brandt")
        library.add_article(analyse(ARTICLES["c"], Metadata(title="c")))
        assert library.speaker_gender(tomas).value == "not stated"  # a: male, c: female
        merge = library.merge_speakers(eva, tomas)  # say they are one person, wrongly
        assert library.speaker_gender(eva).value == "female"  # c and d to a
        library.unmerge(merge)
        assert library.speaker_gender(eva).value == "female"
        assert library.speaker_gender(tomas).value == "not stated"


def test_a_reporters_gender_is_recorded_kept_and_given_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with library_of(tmp_path, "a") as library:
        brandt = library.find_speaker("Tomas Brandt")
        article = library.article_ids()[0]
        db = library.path
    assert main(["speaker", "gender", "Tomas Brandt", "not-stated", "--db", str(db)]) == 0
    assert speakers_json(db, capsys)["Tomas Brandt"] == "not stated"
    with Library(db) as library:
        assert library.corrections()[-1][1:] == ("gender", {"gender": "not stated"})
        library.reanalyse(article, analyse(ARTICLES["a"]))
        gender = library.speaker_gender(brandt)
        assert (gender.value, gender.stated, gender.human) == ("not stated", "male", True)
    assert main(["speaker", "gender", "Tomas Brandt", "auto", "--db", str(db)]) == 0
    assert speakers_json(db, capsys)["Tomas Brandt"] == "male"
    assert main(["speaker", "gender", "Tomas Brandt", "unknown", "--db", str(db)]) == 1
    assert "not a gender" in capsys.readouterr().err


def test_organisations_have_no_gender(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Library(tmp_path / "org.db") as library:
        text = "\u201cThe rules apply to everyone,\u201d the European Commission said."
        library.add_article(analyse(text))
        db = library.path
    assert speakers_json(db, capsys) == {"European Commission": None}


def test_a_first_name_guess_is_never_stored_as_stated(tmp_path: Path) -> None:
    """The attribution's guess from a listed first name helps join people, but
    speaker_genders holds only what the article states ("female" or "male")."""
    text = (
        "Mark Kessler said the plan was sound. \u201cWe will win,\u201d Kessler said.\n\n"
        "\u201cWe have the votes,\u201d Grace Tamsin said. \u201cAll of them,\u201d she added."
    )
    with Library(tmp_path / "lib.db") as library:
        library.add_article(analyse(text, Metadata(title="t")))
        rows = library.db.execute(
            "SELECT s.name, g.gender FROM speaker_genders g JOIN speakers s ON s.id = g.speaker_id"
        ).fetchall()
    assert sorted(rows) == [("Grace Tamsin", "female")]
