"""Issue 14: one row per person across the library, and a role a reporter can print.

Each joining and non-joining rule on small articles written here, through the library as
an import stores them; the pure rules (``core.identity``, ``core.person_roles``) beside.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core import list_counts, source_counts
from core.cli import main
from core.document import (
    Analysis,
    Metadata,
    Quote,
    Span,
    Speaker,
    SpeakerKind,
    Statement,
    StatementKind,
)
from core.extract import extract
from core.identity import Fit, ReadSpeaker, full_fit, parse_name, read_speaker, written_in_capitals
from core.ingest import analyse
from core.library import Library
from core.organisation_names import looks_like_organisation
from core.person_roles import canonical_role, printable, role_history
from core.records import said_count
from core.schema import MIGRATIONS, SOURCE_INDEXES_V10

PERSON = SpeakerKind.PERSON


def said(
    library: Library,
    name: str,
    *,
    role: str | None = None,
    gender: str | None = None,
    published: str | None = "2016-05-01",
    words: str = "We will see.",
    kind: SpeakerKind = PERSON,
    text: str = "",
    aliases: tuple[str, ...] = (),
) -> int:
    """Store an article in which ``name`` says ``words``; returns the article id. A name
    of one word is bound to its article, as ``core.speakers`` makes keys."""
    body = f"{text}\n\u201c{words}\u201d {name} said. ({len(library.article_ids())})"
    start = body.index(words)
    alone = kind == PERSON and len(name.split()) == 1
    key = f"{kind.value}:{name.lower()}" + (f"@{len(library.article_ids())}" if alone else "")
    speaker = Speaker(name, kind, key, role, (name, *aliases), gender)
    quote = Quote(Span(start, start + len(words)), words, speaker, Span(0, 1), "said", role=role)
    analysis = Analysis(body, Metadata(title=name, published=published), quotes=(quote,))
    return library.add_article(analysis).article_id


def rows(library: Library) -> list[tuple[str, int]]:
    return sorted((s.name, s.quote_count) for s in library.speakers())


# ---------------------------------------------------------------- name variants
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Donald Trump", "Donald J. Trump"),  # a middle initial
        ("Hillary Clinton", "Hillary Rodham Clinton"),  # a middle name
        ("Joe Biden", "Joseph R. Biden Jr."),  # a nickname, and a formal suffix
        ("Bernie Sanders", "Bernard Sanders"),  # a nickname
        ("Len Cole", "Leonard Cole"),
        ("Bill Hale", "William Hale"),
        ("Jeb Barlow", "John Ellis Barlow"),  # the initials of the name spelt as one
        ("John Ellis Barlow", "Jeb Barlow"),
        ("Sorin Vasile Dragan", "Sorin Dragăn Vasile"),  # the family name written elsewhere
        ("Sorin Dragăn Vasile", "Sorin Vasile Dragan"),
    ],
)
def test_name_variants_are_one_person(library: Library, first: str, second: str) -> None:
    said(library, first)
    said(library, second)
    [(name, count)] = rows(library)
    assert count == 2 and name in (first, second)
    [person] = library.speakers()
    assert {first, second} <= set(person.aliases)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Donald Trump", "Donald Trump Jr."),  # the son
        ("Donald Trump", "Melania Trump"),
        ("Donald Trump", "Donald Tusk"),
        ("George W. Bush", "George H. W. Bush"),
        ("Will Hale", "Fred Hale"),  # two short forms the nickname list ties through Wilfred
        ("Abe Evans", "Alan Bert Evans"),  # a first name of its own, not initials
        ("Jeb Barlow", "James Barlow"),
        ("Scott Thomas", "Thomas Scott"),  # two words in another order: two people
    ],
)
def test_different_people_stay_apart(library: Library, first: str, second: str) -> None:
    said(library, first)
    said(library, second)
    assert rows(library) == sorted([(first, 1), (second, 1)])
    assert library.count_suggestions() == 0


def test_an_initial_for_a_first_name_is_only_suggested(library: Library) -> None:
    said(library, "Jane Roe")
    said(library, "J. Roe")
    assert rows(library) == [("J. Roe", 1), ("Jane Roe", 1)]
    [pair] = library.suggestions()
    assert {pair.speaker, pair.candidate} == {"J. Roe", "Jane Roe"}


@pytest.mark.parametrize("initial_first", [True, False])
def test_an_accepted_pair_is_named_by_the_given_name_not_the_initial(
    library: Library, initial_first: bool
) -> None:
    """Accepting "Jane Roe ~ J. Roe" names the person Jane Roe, even when "J. Roe" has
    more quotes: an initial had counted as a given name, and the person became "J. Roe"."""
    for name in ["J. Roe", "J. Roe", "Jane Roe"] if initial_first else ["Jane Roe", "J. Roe"]:
        said(library, name)
    [pair] = library.suggestions()
    library.accept_suggestion(pair.speaker_id, pair.candidate_id)
    assert [s.name for s in library.speakers()] == ["Jane Roe"]


def test_the_usual_name_names_the_person(library: Library) -> None:
    said(library, "Donald J. Trump")
    for _ in range(2):
        said(library, "Donald Trump")
    assert rows(library) == [("Donald Trump", 3)]


@pytest.mark.parametrize(
    ("formal", "goes_by"),
    [("Richard J. Hollins", "Dick Hollins"), ("Robert P. Marsh Jr.", "Bob Marsh")],
)
def test_a_formal_name_yields_to_the_nickname_the_person_goes_by(
    library: Library, formal: str, goes_by: str
) -> None:
    for _ in range(2):
        said(library, formal)
    said(library, goes_by)
    assert rows(library) == [(goes_by, 3)]


def test_a_nickname_written_once_does_not_rename_a_plain_name(library: Library) -> None:
    for _ in range(2):
        said(library, "Donald Pratt")
    said(library, "Don Pratt")
    assert rows(library) == [("Donald Pratt", 3)]


# ---------------------------------------------------------------- surnames alone
def test_a_surname_joins_the_one_person_it_fits(library: Library) -> None:
    said(library, "Barack Obama", role="President", gender="m")
    said(library, "Michelle Obama", role="first lady", gender="f")
    said(library, "Obama", role="President")  # title and role agree with one
    said(library, "Obama", gender="m")  # "Mr. Obama": the honorific's gender
    assert rows(library) == [("Barack Obama", 3), ("Michelle Obama", 1)]


def test_a_title_and_surname_join_by_the_title(library: Library) -> None:
    said(library, "Ted Cruz", role="Sen.", gender="m")
    said(library, "Ana Cruz", role="teacher", gender="f")
    said(library, "Cruz", role="Sen.")
    assert rows(library) == [("Ana Cruz", 1), ("Ted Cruz", 2)]


def test_a_surname_fitting_two_people_stays_apart_as_a_suggestion(library: Library) -> None:
    for name, gender in (("Hillary Clinton", "f"), ("Bill Clinton", "m")):
        said(library, name, gender=gender, aliases=("Clinton",))  # "Clinton added"
    said(library, "Clinton")  # nothing says which Clinton
    assert rows(library) == [("Bill Clinton", 1), ("Clinton", 1), ("Hillary Clinton", 1)]
    assert sorted(s.candidate for s in library.suggestions()) == [
        "Bill Clinton",
        "Hillary Clinton",
    ]


def test_a_surname_only_reported_is_suggested_too(library: Library) -> None:
    """ "Clinton hopes to win" with no quotation of its own: the row a reporter sees
    beside Hillary and Bill Clinton is offered in Possible duplicates like a quoted one."""
    for name, gender in (("Hillary Clinton", "f"), ("Bill Clinton", "m")):
        said(library, name, gender=gender, aliases=("Clinton",))
    body = "Clinton hopes to win the state. (2)"
    speaker = Speaker("Clinton", PERSON, "person:clinton@2", None, ("Clinton",))
    statement = Statement(
        StatementKind.REPORTED, (Span(8, 30),), body[8:30], speaker, Span(0, 7), "hopes"
    )
    library.add_article(Analysis(body, Metadata(title="Clinton"), statements=(statement,)))
    assert sorted(s.candidate for s in library.suggestions()) == [
        "Bill Clinton",
        "Hillary Clinton",
    ]


def test_a_surname_joins_the_one_person_known_by_it_when_nearly_all_quotes_are_theirs(
    library: Library,
) -> None:
    """ "Pelletrik said ... he said", in an article naming no Pelletrik in full: the one the
    library calls Pelletrik and quotes, not his father, quoted once by his full name."""
    for n in range(10):
        said(library, "Tadeo Pelletrik", gender="m", aliases=("Pelletrik",), words=f"No {n}.")
    said(library, "Ramon Pelletrik", role="father", gender="m")
    said(library, "Pelletrik", gender="m")
    assert rows(library) == [("Ramon Pelletrik", 1), ("Tadeo Pelletrik", 11)]


def test_a_surname_stays_apart_when_two_fitting_people_are_both_quoted(library: Library) -> None:
    for n in range(3):
        said(library, "Tadeo Pelletrik", gender="m", aliases=("Pelletrik",), words=f"No {n}.")
        said(library, "Ramon Pelletrik", gender="m", words=f"Yes {n}.")
    said(library, "Pelletrik", gender="m")
    assert rows(library) == [("Pelletrik", 1), ("Ramon Pelletrik", 3), ("Tadeo Pelletrik", 3)]


def test_a_surname_the_article_names_in_full_joins_that_person(library: Library) -> None:
    said(library, "Barack Obama", role="President", gender="m")
    said(library, "Michelle Obama", role="first lady", gender="f")
    said(library, "Obama", role="President", text="Michelle Obama arrived in Denver.")
    assert rows(library) == [("Barack Obama", 1), ("Michelle Obama", 2)]


def test_a_surname_the_article_names_without_a_suffix_is_not_the_son(library: Library) -> None:
    said(library, "Dorian Vasko", role="mayor", gender="m", aliases=("Vasko",))
    said(library, "Dorian Vasko Jr.", role="lawyer", gender="m")
    said(library, "Vasko", text="Dorian Vasko spoke in Ohio.")  # the father, not the son
    assert rows(library) == [("Dorian Vasko", 2), ("Dorian Vasko Jr.", 1)]
    said(library, "Vasko", text="Dorian Vasko Jr. spoke in Ohio.")
    assert rows(library) == [("Dorian Vasko", 2), ("Dorian Vasko Jr.", 2)]


def test_a_surname_after_a_middle_name_is_that_person(library: Library) -> None:
    said(library, "Norbert Leo Pelletrik", role="actor")
    said(library, "Pelletrik", text="The series stars Norbert Leo Pelletrik.")
    assert rows(library) == [("Norbert Leo Pelletrik", 2)]


def test_a_surname_quoted_in_two_articles_joins_by_the_full_name_each_writes(
    library: Library,
) -> None:
    for topic in ("the budget", "the schools"):
        library.add_article(
            extract(
                f"The council heard Zorvan Pelletrik, who chairs it, on {topic}.\n\n"
                "\u201cWe will not wait,\u201d Mr. Pelletrik said."
            )
        )
    assert rows(library) == [("Zorvan Pelletrik", 2)]  # "Zorvan" is in no first-name list


def test_a_surname_with_nothing_known_joins_no_one(library: Library) -> None:
    said(library, "Sadiq Khan", role="mayor", gender="m")
    said(library, "Khan")  # no gender, no role: maybe someone the library never met
    assert rows(library) == [("Khan", 1), ("Sadiq Khan", 1)]


def test_a_surname_stored_first_is_adopted_by_the_full_name(library: Library) -> None:
    said(library, "Obama", role="President")
    said(library, "Barack Obama", role="President", gender="m")
    assert rows(library) == [("Barack Obama", 2)]


def test_a_surname_left_apart_joins_once_the_person_is_known_better(library: Library) -> None:
    """The library does not depend on the order articles come in: "Kasich, the governor"
    fits no John Kasich never called governor, until an article calls him one."""
    said(library, "John Kasich")
    said(library, "Kasich", role="Governor")
    assert rows(library) == [("John Kasich", 1), ("Kasich", 1)]
    said(library, "John Kasich", role="Ohio Governor")
    assert rows(library) == [("John Kasich", 3)]


def test_years_apart_do_not_join(library: Library) -> None:
    said(library, "George Bush", role="President", gender="m", published="1990-01-01")
    said(library, "Bush", role="President", published="2016-01-01")
    assert rows(library) == [("Bush", 1), ("George Bush", 1)]


def test_a_first_name_alone_never_joins_across_articles(library: Library) -> None:
    said(library, "Bob")
    said(library, "Bob")
    assert rows(library) == [("Bob", 1), ("Bob", 1)]


POPE = (
    "\u201cMercy is not a weakness,\u201d Pope Clement told pilgrims in St. Peter\u2019s Square on"
    " Sunday.",
    "The pope flew to Lesbos on Saturday.\n\n\u201cYou are not alone,\u201d Pope Clement told"
    " the refugees at the camp.",
)


def test_a_pope_named_alone_is_one_person_across_articles(library: Library) -> None:
    """A pope's or a monarch's one name with the title is all a reader knows them by:
    "Pope Clement" of two articles is one person, though "Clement" alone would not be."""
    for text in POPE:
        library.add_article(extract(text))
    assert rows(library) == [("Clement", 2)]


@pytest.mark.parametrize(
    ("role", "published"),
    [
        ("Pope", "1990-01-01"),  # years apart: another pope of that name
        ("King", "2016-05-01"),  # another title: a king of that name
        (None, "2016-05-01"),  # no title: a first name alone joins no one
    ],
)
def test_a_one_name_sovereign_stays_apart_from_another_of_that_name(
    library: Library, role: str | None, published: str
) -> None:
    said(library, "Clement", role="Pope", gender="m")
    said(library, "Clement", role=role, published=published)
    assert rows(library) == [("Clement", 1), ("Clement", 1)]


LULA = (
    "Luiz Inácio Lula da Silva, the former president of Brazil, spoke in São Paulo on Monday."
    "\n\n\u201cWe will win again,\u201d Lula said."
)


@pytest.mark.parametrize("first", [True, False])
def test_a_middle_name_a_person_is_called_by_joins_them_across_articles(
    library: Library, first: bool
) -> None:
    """ "Lula" alone in another article is Luiz Inácio Lula da Silva, whom an article
    called by that middle name (in either order of import), when a role agrees: "Lula" is
    also a listed first name, and a first name alone joins no one on its own."""
    alone = "\u201cThe court is wrong,\u201d said Lula, the former president, on Tuesday."
    for text in (LULA, alone) if first else (alone, LULA):
        library.add_article(extract(text))
    assert rows(library) == [("Luiz Inácio Lula da Silva", 2)]


def test_a_middle_name_alone_with_another_role_stays_apart(library: Library) -> None:
    library.add_article(extract(LULA))
    library.add_article(
        extract("\u201cThe court is wrong,\u201d said Lula, a union organiser, on Tuesday.")
    )
    assert rows(library) == [("Luiz Inácio Lula da Silva", 1), ("Lula", 1)]


def test_a_middle_name_never_called_alone_joins_no_one(library: Library) -> None:
    said(library, "Norbert Quillon Pelletrik", role="actor")
    said(library, "Quillon", role="actor")  # no article called Pelletrik "Quillon"
    assert rows(library) == [("Norbert Quillon Pelletrik", 1), ("Quillon", 1)]


# ---------------------------------------------------------------- phrases are no people
@pytest.mark.parametrize(
    ("given", "stored", "kind"),
    [
        ("Paul Scores Direct Hit On Donald Trump", "Paul", "person"),
        ("John Leguizamo On How U.S", "John Leguizamo", "person"),
        ("Trump last week", "Trump", "person"),
        ("Clinton Friday", "Clinton", "person"),
        ("Clinton's response", "Clinton", "person"),
        ("Hillary Clinton\u2019s Attacks On Donald Trump", "Hillary Clinton", "person"),
        ("Clinton's spokesman", "Clinton's spokesman", "anonymous"),
        ("Clinton Foundation", "Clinton Foundation", "organisation"),
        ("Florida Gov. Jeb Bush", "Jeb Bush", "person"),
        ("Clinton Senior Adviser Sidney Blumenthal", "Sidney Blumenthal", "person"),
        ("Bernie Sanders T-shirts", "Bernie Sanders", "person"),
        ("Clinton Over Trump", "Clinton", "person"),  # a short headline
        ("Bernie Sanders To", "Bernie Sanders", "person"),
        ("Theresa May", "Theresa May", "person"),  # a surname that is a function word
        ("Al From", "Al From", "person"),
        ("Does Rubio", "Rubio", "person"),  # a frequent word opens no name
        ("Team Clinton", "Clinton", "person"),
        ("Flight Attendants", "Flight Attendants", "organisation"),
        ("New Poll", "New Poll", "organisation"),
        ("Will Hurd", "Will Hurd", "person"),  # a frequent word that is a first name
        ("National Review", "National Review", "organisation"),  # frequent words only
        ("Black Lives Matter", "Black Lives Matter", "organisation"),
        ("Norm Coleman", "Norm Coleman", "person"),  # a surname ends it
        ("Marine Jon \u201cTig\u201d Dorrance", "Jon Dorrance", "person"),  # a quoted nickname
        ("Anton Edward \u201cTed\u201d Marsh", "Ted Marsh", "person"),  # the name they go by
        ("Stated Marsh", "Marsh", "person"),  # a label's speech verb: "Stated Marsh: ..."
        ("Continued Marsh", "Marsh", "person"),
        ("Stan Greenberg", "Stan Greenberg", "person"),
        # an organisation's whole name, not a person named by its first words
        ("Nevada State Democratic Party", "Nevada State Democratic Party", "organisation"),
        ("St. Paul City Council", "St. Paul City Council", "organisation"),
        ("Florida Department of State", "Florida Department of State", "organisation"),
    ],
)
def test_a_phrase_never_becomes_a_person(
    library: Library, given: str, stored: str, kind: str
) -> None:
    said(library, given)
    [speaker] = library.speakers()
    assert (speaker.name, speaker.kind) == (stored, kind)


@pytest.mark.parametrize(
    ("given", "stored", "kind"),
    [
        ("Clinton’s response", "Clinton", "person"),  # a thing of theirs: the owner speaks
        ("Hillary Clinton's campaign slogan", "Hillary Clinton", "person"),
        ("Bernie Sanders’ email", "Bernie Sanders", "person"),
        ("Axelrod's memoir", "Axelrod", "person"),
        ("Clinton's aides", "Clinton's aides", "anonymous"),  # their people
        ("Trump's wife", "Trump's wife", "anonymous"),
        ("Obama's first five questioners", "Obama's first five questioners", "anonymous"),
        ("Clinton's attacks", "Clinton's attacks", "anonymous"),  # things, in the plural
        ("People's Daily newspaper", "People's Daily newspaper", "anonymous"),  # no name
        ("Europeans' hostility", "Europeans' hostility", "anonymous"),
        ("Tuesday\u2019s primary", "Tuesday\u2019s primary", "anonymous"),  # a day owns it
    ],
)
def test_an_unnamed_speaker_that_is_someone_s_thing_is_them(
    library: Library, given: str, stored: str, kind: str
) -> None:
    said(library, given, kind=SpeakerKind.ANONYMOUS)
    [speaker] = library.speakers()
    assert (speaker.name, speaker.kind) == (stored, kind)


@pytest.mark.parametrize(
    "given", ["D.C.", "A", "AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY IN", "Going To"]
)
def test_no_one_is_no_speaker(library: Library, given: str) -> None:
    said(library, given)
    assert library.speakers() == [] and library.count_quotes() == 1


def test_names_that_are_names_stay_as_they_are() -> None:
    names = ["Martin Luther King Jr.", "Billie Jean King", "Mark Green", "Paul Ryan",
             "Jorge Antonio Villasenor Llamas", "Robert P. Casey Jr.", "DONALD TRUMP",
             "Said Jalili"]  # fmt: skip
    for name in names:
        read = read_speaker(name, PERSON)
        assert read is not None and (read.name, read.kind) == (name, PERSON)


def test_name_parts() -> None:
    assert parse_name("Sen. Joseph R. Biden Jr.") == parse_name("Joseph R. Biden Jr")
    biden = parse_name("Joseph R. Biden Jr.")
    assert (biden.given, biden.surname, biden.suffix) == (("joseph", "r"), "biden", "jr")
    assert full_fit(parse_name("Rence Priebus"), parse_name("Reince Priebus")) == Fit.LOOSE
    # a misspelling is suggested, never joined: letters swapped, or 3 letters, one no name
    assert full_fit(parse_name("Kristen Ollivant"), parse_name("Kirsten Ollivant")) == Fit.LOOSE
    assert full_fit(parse_name("Joh Pardew"), parse_name("Jon Pardew")) == Fit.LOOSE
    assert full_fit(parse_name("Tim Pardew"), parse_name("Tom Pardew")) == Fit.NONE
    assert full_fit(parse_name("Karen Ollivant"), parse_name("Kiran Ollivant")) == Fit.NONE
    assert full_fit(parse_name("Stan Greenberg"), parse_name("Stanley B. Greenberg")) == Fit.SAME
    assert full_fit(parse_name("Eric Holder"), parse_name("Erica Holder")) != Fit.SAME


def test_a_family_name_before_a_hyphenated_given_name_is_kept_whole() -> None:
    for name in ["Ban Ki-moon", "Yoo Ji-hye", "Kim Jong-un"]:
        read = read_speaker(name, PERSON)
        assert read is not None and (read.name, read.kind) == (name, PERSON)
    assert read_speaker("T-shirts", PERSON) is None  # a word like "T-shirts" is no name
    ban = parse_name("Ban Ki-moon")
    assert (ban.given, ban.surname) == (("kimoon",), "ban")  # the family name comes first
    assert parse_name("Mr. Ban").surname == ban.surname


def test_a_family_name_first_joins_across_articles_as_written(library: Library) -> None:
    said(library, "Ban Ki-moon", role="secretary general", gender="m")
    said(library, "Ban Ki-moon")
    said(library, "Ban", role="secretary general")  # "Secretary General Ban"
    assert rows(library) == [("Ban Ki-moon", 3)]


# ---------------------------------------------------------------- decisions
def test_accept_and_reject_are_corrections_kept_through_reanalysis(tmp_path: Path) -> None:
    texts = [
        "\u201cWe will win the state,\u201d Hillary Clinton said. \u201cWe are ready,\u201d"
        " Clinton added.",
        "\u201cThe economy is strong,\u201d Bill Clinton said. \u201cIt will grow,\u201d"
        " Clinton added.",
        "\u201cNothing is settled,\u201d Clinton said.",
    ]
    with Library(tmp_path / "lib.db") as library:
        for text in texts:
            library.add_article(extract(text))
        pairs = {s.candidate: s for s in library.suggestions()}
        assert set(pairs) == {"Hillary Clinton", "Bill Clinton"}
        library.reject_suggestion(
            pairs["Bill Clinton"].speaker_id, pairs["Bill Clinton"].candidate_id
        )
        assert [s.candidate for s in library.suggestions()] == ["Hillary Clinton"]
        hillary = pairs["Hillary Clinton"]
        library.accept_suggestion(hillary.speaker_id, hillary.candidate_id)
        assert rows(library) == [("Bill Clinton", 2), ("Hillary Clinton", 3)]
        assert library.count_suggestions() == 0

        library.reanalyse_all(lambda text, metadata: extract(text, metadata))
        assert rows(library) == [("Bill Clinton", 2), ("Hillary Clinton", 3)]
        assert library.count_suggestions() == 0
        actions = [action for _, action, _ in library.corrections()]
        assert actions == ["distinct", "merge"]


def test_an_automatic_join_can_be_split_and_stays_split(library: Library) -> None:
    said(library, "Barack Obama", role="President", gender="m")
    article = said(library, "Obama", role="President")
    [person] = library.speakers()
    [variant] = [v for v in library.person(person.id).variants if v.name == "Obama"]
    assert variant.by == "machine" and variant.quote_count == 1
    library.split_speaker(variant.id)
    assert rows(library) == [("Barack Obama", 1), ("Obama", 1)]
    text = library.article(article).text
    library.reanalyse(article, extract(text))  # the same key comes again: not joined again
    assert ("Barack Obama", 1) in rows(library)
    library.rejoin_speaker(variant.id, person.id)
    assert library.person(person.id).speaker.quote_count >= 1


def test_an_old_library_joins_its_people_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Library(path) as library:
        said(library, "Donald Trump", role="Republican presidential nominee")
        said(library, "Donald J. Trump")
    with sqlite3.connect(path) as conn:  # as version 4 left it: one row per name
        conn.execute("UPDATE speakers SET merged_into = NULL, joined = NULL")
        conn.execute("DROP INDEX speakers_surname")
        conn.execute("UPDATE quotes SET speaker_id = own_speaker_id")
        before_people = [m.__name__ for m in MIGRATIONS].index("_people_v6")
        conn.execute(f"PRAGMA user_version = {before_people}")
        for column in ("cue_start", "cue_end", "evidence"):  # added after people (v7)
            conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
        for table in ("variant_prints", "variant_members", "variant_groups"):  # and versions
            conn.execute(f"DROP TABLE {table}")
        list_counts.drop(conn)  # the list's counts (v12)
        source_counts.drop(conn)  # source counts (v10), and its indexes holding kind
        for index in SOURCE_INDEXES_V10:
            conn.execute(f"DROP INDEX {index}")
        conn.execute("DROP INDEX quotes_kind")  # statements (v9)
        conn.execute("ALTER TABLE quotes DROP COLUMN kind")
        conn.execute("ALTER TABLE speakers DROP COLUMN statement_count")
        for column in ("surname", "given", "suffix", "gender_hint", "offices", "seen_from",
                       "seen_to", "joined", "join_forms", "name_origin"):  # fmt: skip
            conn.execute(f"ALTER TABLE speakers DROP COLUMN {column}")
        conn.execute("DROP INDEX quotes_speaker_own")
        conn.execute("ALTER TABLE quotes DROP COLUMN own_speaker_id")
        conn.execute("DROP TABLE suggestions")
        conn.execute("DROP TABLE distinct_people")
    with Library(path) as library:
        assert rows(library) == [("Donald Trump", 2)]
        assert library.speakers()[0].role == "Republican presidential nominee"


def test_speakers_json_lists_each_person_once(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "lib.db")
    with Library(db) as library:
        said(library, "Hillary Clinton", role="Secretary of State", published="2014-03-01")
        said(library, "Hillary Rodham Clinton", role="Democratic presidential nominee")
    assert main(["speakers", "--json", "--db", db]) == 0
    [person] = json.loads(capsys.readouterr().out)
    assert person["role"] == "Democratic presidential nominee"
    assert {"Hillary Clinton", "Hillary Rodham Clinton"} <= set(person["aliases"])
    assert [p["role"] for p in person["role_history"]] == [
        "Secretary of State",
        "Democratic presidential nominee",
    ]
    assert [v["joined_by"] for v in person["variants"]] == ["machine"]


def test_people_commands(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = str(tmp_path / "lib.db")
    with Library(db) as library:
        said(library, "Jane Roe")
        said(library, "J. Roe")
        [pair] = library.suggestions()
    assert main(["people", "suggest", "--db", db]) == 0
    assert "J. Roe" in capsys.readouterr().out
    assert main(["people", "reject", str(pair.speaker_id), str(pair.candidate_id), "--db", db]) == 0
    assert main(["people", "suggest", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["people", "accept", "x", "--db", db]) == 1
    assert main(["people", "split", str(pair.speaker_id), "--db", db]) == 1  # not joined


# ---------------------------------------------------------------- roles
def test_a_role_that_reads_like_a_role() -> None:
    assert printable("developer who came to epitomize opulent wealth") is None
    assert printable("Getty ImagesRepublican presidential candidates") is None
    assert printable("chairs the Senate Armed Services Committee") is None
    assert printable("Sen. (R-Pa.)") == "Senator (R-Pa.)"
    assert printable("activist in Kinshasa") == "activist in Kinshasa"  # "in" names no one
    assert printable("truck driver from Ava, Mo.") == "truck driver from Ava, Mo."
    assert printable("executive director of the U.S.") == "executive director of the U.S."
    assert printable("Democratic nominee.") == "Democratic nominee"  # the sentence's stop
    assert printable("Donald Trump Finally Endorses House Speaker") is None
    history = [
        ("2016-01-02", "Democrat"),
        ("2016-02-02", "Republican presidential nominee, developer who came to epitomize"),
        ("2016-03-02", "Republican presidential nominee"),
        ("2016-04-02", "businessman"),
    ]
    assert canonical_role(history) == "Republican presidential nominee"
    assert canonical_role([("2016-01-01", "Mr.")]) is None


def test_a_job_the_lexicons_lack_is_a_job_too() -> None:
    history = [(f"2016-0{m}-01", "retired neurosurgeon") for m in range(1, 4)]
    history += [("2016-04-01", "Dr., only doctor on stage, fellow candidate")]
    assert canonical_role(history) == "retired neurosurgeon"
    assert canonical_role([("2016-01-01", "a host on the TV show")]) == "host on the TV show"


def test_the_role_most_given_leads_the_roles_shown_beside_it() -> None:
    history = [(f"2016-0{m}-01", "Republican presidential front-runner") for m in range(1, 4)]
    history += [("2016-04-01", "Florida primary winner, Republican presidential front-runner")]
    assert canonical_role(history) == "Republican presidential front-runner, Florida primary winner"
    one_article = [("2022-08-30", "Austrian Army General, chairman of the Military Committee")]
    assert (
        canonical_role(one_article) == "Austrian Army General, chairman of the Military Committee"
    )


def test_the_recent_year_decides_the_role() -> None:
    history = [(f"2013-0{m}-01", "Secretary of State") for m in range(1, 6)]
    history += [("2016-07-01", "Democratic presidential nominee")]
    assert canonical_role(history) == "Democratic presidential nominee"
    periods = role_history(history)
    assert [(p.role, p.start[:7], p.end[:7]) for p in periods] == [
        ("Secretary of State", "2013-01", "2013-05"),
        ("Democratic presidential nominee", "2016-07", "2016-07"),
    ]


def test_each_quote_keeps_its_articles_role(library: Library) -> None:
    said(library, "Hillary Clinton", role="Secretary of State", published="2013-01-01")
    said(library, "Hillary Clinton", role="Democratic presidential nominee")
    roles = sorted(q.role or "" for q in library.quotes())
    assert roles == ["Democratic presidential nominee", "Secretary of State"]


def test_a_role_given_far_more_often_decides(library: Library) -> None:
    for _ in range(3):
        said(library, "Barack Obama", role="President", gender="m")
    said(library, "Michelle Obama", role="President", gender="f")  # an article mixed them
    said(library, "Obama", role="President")
    assert rows(library) == [("Barack Obama", 4), ("Michelle Obama", 1)]


@pytest.mark.parametrize(
    "name", ["Michael Bloomberg", "Robert S. Ford", "Don Guardian", "Mary Fox"]
)
def test_a_first_name_before_an_organisation_s_name_makes_a_person(name: str) -> None:
    read = read_speaker(name, SpeakerKind.PERSON)
    assert read is not None and read.kind == SpeakerKind.PERSON
    assert not looks_like_organisation(name)


@pytest.mark.parametrize("name", ["Clinton Foundation", "Carter Center", "Fox News"])
def test_an_organisation_s_head_noun_after_a_first_name_stays_an_organisation(name: str) -> None:
    read = read_speaker(name, SpeakerKind.PERSON)
    assert read is not None and read.kind == SpeakerKind.ORGANISATION
    assert looks_like_organisation(name)


# ---------------------------------------------------------------- people16
def test_a_first_name_that_is_also_a_particle_is_a_first_name(library: Library) -> None:
    """ "Al" in "Al Gore" is his first name, so "Mr. Gore" elsewhere can join him; "al-"
    and a lower-case particle stay particles."""
    said(library, "Al Gore", gender="male")
    said(library, "Gore", gender="male")
    assert rows(library) == [("Al Gore", 2)]
    assert parse_name("Al Franken").given == ("al",)
    assert parse_name("Van Jones").given == ("van",)
    assert parse_name("Bill de Blasio").given == ("bill",)
    assert parse_name("Bashar al-Assad").surname == "assad"
    assert parse_name("Le Pen").given == ()
    assert parse_name("Von der Leyen").given == ()  # opening a sentence: no first name "Von"


def test_a_surname_opening_with_its_particle_joins_the_full_name(library: Library) -> None:
    said(library, "Ursula von der Leyen", gender="female")
    said(library, "Von der Leyen", gender="female")
    said(library, "Luiz Inácio Lula da Silva", gender="male")  # "da" ends no headline's name
    assert rows(library) == [("Luiz Inácio Lula da Silva", 1), ("Ursula von der Leyen", 2)]


def test_curly_and_straight_apostrophes_are_one_person_shown_plain(library: Library) -> None:
    said(library, "Martin O\u2019Malley")
    said(library, "Martin O'Malley")
    assert rows(library) == [("Martin O'Malley", 2)]
    said(library, "Kathleen O\u2019Dowd-Reyes")  # a row of one article shows it plain too
    assert ("Kathleen O'Dowd-Reyes", 1) in rows(library)


def test_a_surname_shown_plain_still_finds_the_given_name_its_article_writes(
    library: Library,
) -> None:
    said(library, "Ned O\u2019Fallon", gender="m")
    said(library, "Sara O\u2019Fallon", gender="f")
    said(library, "O\u2019Fallon", text="Sara O\u2019Fallon came to town on Tuesday.")
    assert rows(library) == [("Ned O'Fallon", 1), ("Sara O'Fallon", 2)]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mr. Bishop", "Bishop"),  # a surname that is also a role noun
        ("representative Jane Q. Doe", "Jane Q. Doe"),
        ("U.S. District Judge Carl W. Roe late Thursday night", "Carl W. Roe"),
    ],
)
def test_a_title_and_a_name_read_as_unnamed_is_a_person(written: str, name: str) -> None:
    read = read_speaker(written, SpeakerKind.ANONYMOUS)
    assert read is not None and (read.name, read.kind) == (name, PERSON)


@pytest.mark.parametrize(
    "written",
    ["Mr. Doe's advisers", "a former chairman of Mr. Doe's council", "Mr. Doe - 60 percent"],
)
def test_a_phrase_about_a_titled_person_stays_unnamed(written: str) -> None:
    read = read_speaker(written, SpeakerKind.ANONYMOUS)
    assert read is not None and read.kind == SpeakerKind.ANONYMOUS


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("ACME", "The ACME board met.", SpeakerKind.ORGANISATION),  # only ever in capitals
        ("ACME-TV", "ACME-TV reported it.", SpeakerKind.ORGANISATION),
        ("FALLON", "Gov. Mary Fallon spoke.", PERSON),  # written in lower case too
        ("FALLON", "FALLON: We will.\nROE: We won't.", PERSON),  # a transcript's label
        ("JANE ROE", "JANE ROE wrote it.", PERSON),  # a first name
    ],
)
def test_a_name_in_capitals_is_an_organisation_on_its_article_s_evidence(
    name: str, text: str, kind: SpeakerKind
) -> None:
    assert written_in_capitals(ReadSpeaker(name, PERSON), text).kind == kind


def test_an_organisation_described_in_lower_case_is_another_in_each_article(
    library: Library,
) -> None:
    """ "the company said" in two articles is two companies; "the Pentagon said" is one."""
    for company, day in (("Acme Widgets", "Monday"), ("Borlo Foods", "Friday")):
        text = (
            f"{company} will cut 200 jobs, the company said on {day}.\n\n"
            f"\u201cWe regret this,\u201d the company said in a statement.\n\n"
            f"\u201cThe budget is final,\u201d the Pentagon said on {day}."
        )
        library.add_article(analyse(text, Metadata(title=company)))
    assert rows(library) == [("Pentagon", 2), ("company", 1), ("company", 1)]
    # the list tells the two apart by their article; a row alone of its name needs none
    shown = sorted((s.name, s.article) for s in library.speakers())
    assert shown == [
        ("Pentagon", None), ("company", "Acme Widgets"), ("company", "Borlo Foods")
    ]  # fmt: skip


def test_an_organisation_described_at_a_sentence_s_start_is_another_in_each_article(
    library: Library,
) -> None:
    """ "Her campaign said" opens a sentence in capitals and names no campaign (her is no
    one named: "her campaign" of a person named is that person's, "Okafor campaign")."""
    for name, day in (("Ada Okafor", "Monday"), ("Rita Mbeki", "Friday")):
        text = (
            f"The governor toured the state on {day}.\n\n"
            f"Her campaign said in a statement: \u201cThe tour goes on.\u201d"
        )
        library.add_article(analyse(text, Metadata(title=name)))
    assert rows(library) == [("Her campaign", 1), ("Her campaign", 1)]


def test_an_organisation_owned_or_not_is_one_row(library: Library) -> None:
    """ "Okafor's campaign" and "the Okafor campaign" are one campaign."""
    for owner, day in (("Okafor\u2019s campaign", "Monday"), ("the Okafor campaign", "Friday")):
        text = (
            f"Ada Okafor toured the state on {day}.\n\n"
            f"\u201cThe tour goes on,\u201d {owner} said in a statement."
        )
        library.add_article(analyse(text, Metadata(title=day)))
    assert [row for row in rows(library) if "campaign" in row[0]] == [("Okafor campaign", 2)]


# ---------------------------------------------------------------- organisations
ORG = SpeakerKind.ORGANISATION


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The New York Times", "New York Times"),  # a leading "the"
        ("PolitiFact", "Politifact.com"),  # case, and a web tail
        ("Apple Inc.", "Apple"),  # a legal tail
        ("National Rifle Association", "NRA"),  # initials, stored after the name
        ("NYT", "The New York Times"),  # initials, stored before the name
        ("U.N.", "United Nations"),
        ("Anti-Defamation League", "ADL"),  # each part of a hyphened word
        ("John Kasich\u2019s presidential campaign", "the Kasich campaign"),
        ("Presidential candidate Marco Rubio\u2019s campaign", "Rubio campaign"),
    ],
)
def test_an_organisations_forms_are_one_row(library: Library, first: str, second: str) -> None:
    said(library, first, kind=ORG)
    said(library, second, kind=ORG)
    [(name, count)] = rows(library)
    assert count == 2 and name in (first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Clinton Foundation", "Clinton campaign"),  # one owner, two organisations
        ("New York Times", "New York Post"),  # shared words
        ("Los Angeles Times", "New York Times"),
        ("PolitiFact", "Politico"),  # one begins the other
        ("White House team", "White House staff"),  # no person owns them
    ],
)
def test_different_organisations_stay_apart(library: Library, first: str, second: str) -> None:
    said(library, first, kind=ORG)
    said(library, second, kind=ORG)
    assert rows(library) == sorted([(first, 1), (second, 1)])


def test_initials_two_organisations_share_join_neither(library: Library) -> None:
    said(library, "American Conservative Union", kind=ORG)
    said(library, "American Civil Union", kind=ORG)
    said(library, "ACU", kind=ORG)
    assert ("ACU", 1) in rows(library) and len(rows(library)) == 3


def test_a_short_form_joins_the_one_longer_name_its_article_gives(library: Library) -> None:
    said(library, "The New York Times", kind=ORG)
    said(library, "Los Angeles Times", kind=ORG)
    text = "The New York Times reported it on Monday."
    said(library, "the Times", kind=ORG, text=text)
    assert ("The New York Times", 2) in rows(library)
    # another article's "the Times" is the Los Angeles Times: bound to its own article
    said(library, "the Times", kind=ORG, text="The Los Angeles Times had it first.")
    assert ("Los Angeles Times", 2) in rows(library)


def test_a_short_form_in_an_article_naming_two_stays_apart(library: Library) -> None:
    said(library, "The New York Times", kind=ORG)
    text = "The New York Times and the Los Angeles Times both reported it."
    said(library, "the Times", kind=ORG, text=text)
    assert ("the Times", 1) in rows(library)


def test_a_short_form_of_a_name_the_library_lacks_stays_one_row_across_articles(
    library: Library,
) -> None:
    said(library, "the Senate", kind=ORG, text="The United States Senate met; the Senate voted.")
    said(library, "the Senate", kind=ORG, text="Later the Senate adjourned.")
    assert rows(library) == [("the Senate", 2)]


def test_a_word_that_is_not_the_head_of_the_longer_name_is_no_short_form(
    library: Library,
) -> None:
    said(library, "Library of Congress", kind=ORG)
    said(library, "the Congress", kind=ORG, text="The Library of Congress and the Congress met.")
    assert rows(library) == [("Library of Congress", 1), ("the Congress", 1)]


def test_a_name_with_words_dropped_joins_the_one_its_article_writes_in_full(
    library: Library,
) -> None:
    said(library, "Tarn Valley Heritage Museum", kind=ORG)
    said(library, "Interior Department", kind=ORG)
    text = "The Tarn Valley Heritage Museum and the Interior Department met. Interior said no."
    said(library, "Interior", kind=ORG, text=text)
    text = "The Tarn Heritage Museum opened; the Tarn Museum said it was full."
    said(library, "Tarn Museum", kind=ORG, text="Tarn Valley Museum " + text)
    said(library, "Tarn Museum", kind=ORG, text="The Tarn Valley Heritage Museum opened.")
    assert rows(library) == [
        ("Interior Department", 2),
        ("Tarn Museum", 1),  # an article writing two fuller names: neither
        ("Tarn Valley Heritage Museum", 2),
    ]


def test_an_organisation_shows_its_plainer_name(library: Library) -> None:
    said(library, "Presidential candidate Marco Rubio\u2019s campaign", kind=ORG)
    said(library, "Mr. Rubio's campaign", kind=ORG)
    assert rows(library) == [("Mr. Rubio's campaign", 2)]
    said(library, "The NRA", kind=ORG)
    said(library, "National Rifle Association", kind=ORG)
    assert ("National Rifle Association", 2) in rows(library)


def test_a_pair_s_evidence_counts_quotes_and_reported_speech_apart(library: Library) -> None:
    said(library, "Jane Roe")
    said(library, "J. Roe")
    [pair] = library.suggestions()
    assert "Jane Roe: no role (1 quote, 2016-05)" in pair.evidence  # one month, once
    assert [said_count(q, r) for q, r in [(2, 0), (1, 3), (0, 3), (0, 0), (1200, 1)]] == [
        "2 quotes", "1 quote, 3 reported", "3 reported", "0 quotes", "1,200 quotes, 1 reported"
    ]  # fmt: skip


def test_a_pair_s_evidence_gives_the_months_a_person_was_quoted_over() -> None:
    """A span of months with a spaced dash, as the person panel writes it (gui61 saw
    "2016-02\u20132016-07" beside the panel's "2016-02 \u2013 2016-07"); a single month once
    (gui59 saw "2016-07\u20132016-07")."""
    from core.people import _months

    assert _months("2016-02-11", "2016-07-30") == ", 2016-02 \u2013 2016-07"
    assert _months("2016-07-01", "2016-07-30") == ", 2016-07"
    assert _months(None, "2016-07-30") == ""
