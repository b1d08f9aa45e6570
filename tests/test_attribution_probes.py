"""Probes: invented news paragraphs in the styles a reporter meets (wire copy, British
single quotes, live blogs, press releases, inverted "said X, the Y of Z", features), each
with a speaker no reader would doubt. Written for issue 15 (attribution on unseen news),
not copied from any corpus; the rules were never tuned on them."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path

import pytest

from core.document import Quote
from core.extract import attribute, extract

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "attribution_probes.json").read_text(encoding="utf-8")
)

EXPECTED = [
    ("p01", "under control", ("Harlow Water Company",)),
    ("p01", "not at risk", ("Harlow Water Company",)),
    ("p02", "reckless", ("Maria Pell",)),
    ("p03", "Talk to your", ("Karin Lind",)),
    ("p04", "Prices are a joke", ("one",)),
    ("p04", "We cannot survive", ("another",)),
    ("p05", "chaotic", ("Jana Holt",)),
    ("p06", "a disgrace", ("Tom Reyes",)),
    ("p07", "Fix this", ("Lena Marsh",)),
    ("p08", "will balance", ("Oskar Dahl",)),
    ("p09", "total failure", ("Dan Cole",)),
    ("p10", "rebuild every", ("Dan Cole",)),
    ("p11", "betrayal", ("Maria Duarte",)),
    ("p12", "pattern of neglect", ("Court filings",)),
    ("p15", "Farmers need", ("Paul Brenner",)),
    ("p16", "surrender", ("Maria Pell",)),
    ("p17", "no comment", ("Ana Ruiz",)),
    ("p18", "focused on", ("Carl Dunn",)),
    ("p19", "simply full", ("Wei Lan",)),
    ("p20", "crazy", ("Zhang Wei",)),
    ("p21", "good day", ("Ken Olsen",)),
    ("p22", "It is a scandal", ("Helen Croft",)),
    ("p22", "Ministers knew", ("Helen Croft",)),
    ("p23", "not decided", ("Pell",)),
    ("p24", "No comment", ("Maria Pell",)),
    ("p24", "We have the votes", ("Ken Olsen",)),
    ("p25", "thrilled", ("Mark Ives",)),
    ("p25", "invaluable", ("Mark Ives",)),
    ("p26", "add up", ("Priya Natarajan",)),
    ("p27", "nobody asked", ("Ken Olsen",)),
    ("p28", "accurate in every", ("a spokesman for the ministry", "a spokesman")),
    ("p29", "painful", ("Lars Berg",)),
    ("p30", "lowest in decades", ("the commission", "commission")),
    ("p31", "regret the error", ("the statement", "statement")),
    ("p32", "Shameful", ("Maria Pell",)),
    ("p33", "NHS is coping", ("Anne Morrow",)),
    ("p34", "smells like rain", ("Olaf Brandt",)),
    ("p35", "no mandate", ("Sara Lind",)),
    ("p36", "coming down", ("Henrik Vass",)),
    ("q01", "We are no closer", ("Gail Porter",)),
    ("q01", "real progress", ("Simon Fry",)),
    ("q01", "expect a deal", ("Simon Fry",)),
    ("q01", "He says that every week", ("a nurse on the picket line", "a nurse")),
    ("q02", "let down my colleagues", ("Alan Briggs",)),
    ("q02", "right decision", ("Janet Cole",)),
    ("q02", "had no choice", ("Janet Cole",)),
    ("q04", "way we wanted", ("Marco Silva",)),
    ("q04", "second to every ball", ("Tom Hale",)),
    ("q06", "hold the line", ("The police chief", "police chief")),
    ("q07", "running from", ("Maria Pell",)),
    ("q07", "career politician", ("Tom Reyes",)),
    ("q09", "about our kids", ("Rosa Diaz",)),
    ("q09", "a waste", ("Greg Lund",)),
    ("q10", "early signs", ("Aisha Khan",)),
    ("q12", "misled the chamber", ("Beth Ames",)),
    ("q12", "Nonsense", ("Ron Platt",)),
    ("q13", "wrong", ("Zentro",)),
    ("q13", "abused its position", ("Margit Vestby",)),
    ("q14", "kindest person", ("Amir",)),
    ("q16", "best day", ("Maggie Thorne",)),
    ("q16", "Everyone comes", ("Maggie Thorne",)),
    ("q16", "just sell tickets", ("Derek", "Derek Thorne")),  # his wife's surname: people54
    ("q19", "eleven years", ("Dan Cole",)),
    ("q19", "proudest moment", ("Lucia Ferri",)),
]


NO_QUOTATION = "(no quotation)"


@cache
def quotes_of(text: str) -> tuple[Quote, ...]:
    """The quotations On Record finds in ``text``, extracted once per test process (a
    probe article is asked about each of its quotations and again for its batch's figure)."""
    return extract(text).quotes


def speaker_of(text: str, fragment: str) -> str | None:
    """The speaker of the innermost quotation holding ``fragment`` (a quotation inside
    another may have its own speaker), the first of equals."""
    quotes = quotes_of(text)
    holding = [q for q in quotes if fragment in q.text]
    for quote in sorted(holding, key=lambda q: len(q.text))[:1]:
        return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation holds {fragment!r}: {[q.text for q in quotes]}")


def decided(text: str, fragment: str) -> tuple[str | None, str | None, str]:
    """The speaker mention's words, its person's name and the deciding sieve for the
    quotation holding ``fragment``."""
    for att in attribute(text).attributions:
        q = att.quote.span
        if fragment in text[q.start : q.end]:
            m = att.mention
            person = m.person.name if m is not None and m.person is not None else None
            return (text[m.span.start : m.span.end] if m else None), person, att.sieve
    raise AssertionError(f"no quotation holds {fragment!r}")


def given(text: str, fragment: str) -> str | None:
    """What On Record gives, or NO_QUOTATION where it finds no quotation holding it."""
    try:
        return speaker_of(text, fragment)
    except AssertionError:
        return NO_QUOTATION


def sentence_misses(
    groups: dict[str, list[tuple[str, str, tuple[str, ...]]]],
) -> list[tuple[str, str | None]]:
    """Each group of invented sentences (text, fragment, right speakers) read as a one-line
    article: its figure printed (run with -s), every miss returned as (fragment, given)."""
    wrong: list[tuple[str, str | None]] = []
    for name, items in groups.items():
        right = 0
        for text, fragment, speakers in items:
            got = given("News\n\n" + text + "\n", fragment)
            right += got in speakers
            wrong += [] if got in speakers else [(fragment, got)]
        print(f"\n{name}: {right}/{len(items)} right")
    return wrong


def batch_figure(
    name: str,
    probes: dict[str, str],
    judged: list[tuple[str, str, tuple[str, ...]]],
    known_wrong: Collection[tuple[str, str]],
    first_judged: int,
) -> None:
    """A later batch's figure, printed (run with -s): every quotation scored, the known
    failures included. ``known_wrong`` lists the judged quotations that are wrong now, no
    more and no fewer: one that a change makes right must be taken off it (its own test
    then holds it)."""
    right = {(p, f) for p, f, s in judged if given(probes[p], f) in s}
    print(f"\n{name}: {len(right)}/{len(judged)} right (first judged {first_judged})")
    assert set(known_wrong) <= {(p, f) for p, f, _ in judged}, "not a judged quotation"
    assert not right & set(known_wrong), f"right now, take off the list: {right & set(known_wrong)}"
    newly_wrong = [
        (p, f, s, given(probes[p], f))
        for p, f, s in judged
        if (p, f) not in right and (p, f) not in known_wrong
    ]
    assert not newly_wrong, "wrong now (probe, fragment, judged, given):\n" + "\n".join(
        map(repr, newly_wrong)
    )


Judged = list[tuple[str, str, tuple[str, ...]]]


def known_wrong_from(
    why: dict[str, str],
    rows: list[tuple[str, str, str | None]] | list[tuple[str, str, str | None, str]],
) -> dict[tuple[str, str], tuple[str | None, str]]:
    """A batch's known failures, (probe, fragment) -> (what On Record gives, why), from rows
    (probe, fragment, given) whose reason ``why`` keeps under the probe, or rows (probe,
    fragment, given, key) whose reason it keeps under the key (one reason for several
    stories)."""
    return {
        (probe, fragment): (given, why[key[0] if key else probe])
        for probe, fragment, given, *key in rows
    }


def said_outside(judged: Judged, outer: dict[tuple[str, str], tuple[str, ...]]) -> Judged:
    """``judged`` with its quotations inside a quotation judged again as the outer
    speaker's words, ``outer`` giving that speaker's accepted forms. Train's gold decides
    (attrib92): none of the 255 single-mark quotations inside double ones in PolNeAR train
    has a source of its own; the outer quotation's Content holds them, under the outer
    speaker, and On Record lists them only inside the outer quotation."""
    assert outer.keys() <= {(p, f) for p, f, _ in judged}, "not a judged quotation"
    return [(p, f, outer.get((p, f), s)) for p, f, s in judged]


def judged_batch_tests(
    name: str,
    probes: dict[str, str],
    judged: Judged,
    known_wrong: Collection[tuple[str, str]],
    first_judged: int,
    size: int | None = None,
) -> tuple[Callable[..., None], Callable[[], None]]:
    """A later batch's two tests, to be bound to ``test_*`` names in its module: one per
    judged quotation not on ``known_wrong`` (its speaker is one of those written down;
    slow, since the figure already checks them all and names any that went wrong), and
    the batch's figure (``batch_figure``; ``size``, when given, is the number judged)."""

    @pytest.mark.slow
    @pytest.mark.parametrize(
        ("probe", "fragment", "speakers"),
        [p for p in judged if (p[0], p[1]) not in known_wrong],
    )
    def speaker_test(probe: str, fragment: str, speakers: tuple[str, ...]) -> None:
        assert given(probes[probe], fragment) in speakers  # NO_QUOTATION for a scare quote

    def figure_test() -> None:
        if size is not None:
            assert len(judged) == size
        batch_figure(name, probes, judged, known_wrong, first_judged)

    return speaker_test, figure_test


def batch(name: str) -> dict[str, str]:
    """A later probe batch's articles by id (``tests/data/attribution_probes_N.json``)."""
    return json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))


def unnamed(*phrases: str) -> tuple[str, ...]:
    """An unnamed source's phrases as a later batch accepts them, each in either case of its
    first letter ("the board" and "The board")."""
    return tuple(
        f(p)
        for p in phrases
        for f in (lambda s: s[0].lower() + s[1:], lambda s: s[0].upper() + s[1:])
    )


def speaker_in_a_story(text: str, fragment: str = "") -> str | None:
    """The speaker of a sentence written for a test, set in a story under a headline."""
    return speaker_of("News\n\n" + text + "\n", fragment)


@pytest.mark.parametrize(("probe", "fragment", "speakers"), EXPECTED)
def test_probe_speaker(probe: str, fragment: str, speakers: tuple[str, ...]) -> None:
    assert speaker_of(PROBES[probe], fragment) in speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Analysts at Goldman Sachs said the rise was "unsustainable."',
         "Analysts at Goldman Sachs"),
        ('Fishermen in Brixham say the new quotas are "unworkable."', "fishermen in Brixham"),
        ('Economists at Berenberg expect "a mild recession."', "Economists at Berenberg"),
        ('Doctors from the Red Cross warned of "a catastrophe in slow motion."',
         "Doctors from the Red Cross"),
        ('Students at Oakwood High described the test as "impossible."',
         "students at Oakwood High"),
        # a surname the tagger makes plural is still the speaker
        ('Holger Brandt of Berenberg expects "a mild recession."', "Holger Brandt"),
        ('A spokesman for Goldman Sachs said the rise was "unsustainable."',
         "A spokesman for Goldman Sachs"),
    ],
)  # fmt: skip
def test_people_before_a_preposition_speak_not_the_firm_or_place(text: str, speaker: str) -> None:
    """A plural noun for people before "at", "in", "from" heads the phrase: the analysts
    speak, not Goldman Sachs; the fishermen, not Brixham."""
    assert speaker_of("Markets\n\n" + text + "\n", "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Protesters outside the embassy chanted "Free them now!" for hours.',
         "Protesters outside the embassy"),
        ('The crowd outside the courthouse chanted "Justice now!"',
         "crowd outside the courthouse"),
        ('Voters across the Midwest told pollsters the economy was "rigged."',
         "voters across the Midwest"),
        ('A banner above the stage read "No more cuts to our schools."',
         "A banner above the stage"),
    ],
)  # fmt: skip
def test_a_place_preposition_inside_the_subject(text: str, speaker: str) -> None:
    """ "outside", "across", "above" tie a place to the subject as "in" does: the place
    is no speaker."""
    assert speaker_of("Rally\n\n" + text + "\n", "") == speaker


@pytest.mark.parametrize(
    "text",
    [
        'His lawyer, Mark Stein, argued in court that the charges were "politically motivated."',
        'His lawyer, Mark Stein, argued in court papers that the charges were "politically '
        'motivated."',
    ],
)
def test_a_cue_after_a_name_in_apposition(text: str) -> None:
    """The tagger reads "argued" after ", Mark Stein," as an adverb or participle; a past
    cue form right after the appositive's closing comma is the verb of the sentence."""
    assert speaker_of("Court\n\n" + text + "\n", "politically") == "Mark Stein"


def test_a_participle_aside_after_a_name_is_no_cue() -> None:
    text = 'Mark Stein, backed by the union, said the charges were "politically motivated."'
    quote = extract("Court\n\n" + text + "\n").quotes[0]
    assert quote.speaker is not None and quote.speaker.name == "Mark Stein"
    assert quote.cue == "said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In a September poll by the Marist Institute, 61 percent of voters said the country '
         'was "on the wrong track."', "a September poll by the Marist Institute"),
        ('In a national poll released Monday, 31% of Republicans and Republican-leaning voters '
         'said they were "extremely enthusiastic" about voting.', "a national poll"),
        ('In a Gallup survey, just 40 percent of Americans said the economy was "getting '
         'better."', "a Gallup survey"),
        # no share of those asked: the sentence's own subject speaks
        ('In a poll on Sunday, Pell said the race was "tight."', "Pell"),
        ('In an interview, 12 of the senators said the bill was "dead."', "12 of the senators"),
    ],
)  # fmt: skip
def test_a_share_of_those_polled_speaks_through_the_poll(text: str, speaker: str) -> None:
    """A number phrase ("61 percent of voters") after a fronted "In a ... poll," is no
    speaker of its own: the poll reports it (PolNeAR's annotators give the poll)."""
    assert speaker_of("Poll\n\n" + text + "\n", "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mr. Okafor, citing "the unique magic of the campaign," said the candidate could win.',
         "Okafor"),
        ('Senator Maria Pell, calling the plan "a fantasy," voted against it.', "Maria Pell"),
        ('And Pell, citing "serious concerns," voted no.', "Pell"),
    ],
)  # fmt: skip
def test_a_participle_aside_after_the_subject(text: str, speaker: str) -> None:
    """ "X, citing “...”, said": the participle's speaker is the subject before its comma,
    whose verb comes only after the quotation."""
    assert speaker_of("Vote\n\n" + text + "\n", "") == speaker


def test_an_adjunct_before_the_participle_is_no_subject() -> None:
    """ "In a statement, citing “...”": the statement is an adjunct, not the speaker (the
    agency after the quotation would be; that reading is not made yet)."""
    text = 'In a statement, citing "serious concerns," the agency withdrew its bid.'
    assert speaker_of("Vote\n\n" + text + "\n", "") in {None, "agency"}


def _speaker(text: str, fragment: str = "") -> tuple[str | None, str | None]:
    quote = next(q for q in extract("News\n\n" + text + "\n").quotes if fragment in q.text)
    return (quote.speaker.name, quote.speaker.kind.value) if quote.speaker else (None, None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Many Evangelicals say the party has "abandoned" them.', "many Evangelicals"),
        ('Some Catholics in the parish say the bishop "abandoned" them.',
         "some Catholics in the parish"),
        ('Latinos say they feel "taken for granted" by both parties.', "Latinos"),
        ('In Norway, Jews fear "a new wave" of hatred.', "Jews"),
        ('Germans have called the decision "a scandal."', "Germans"),
    ],
)  # fmt: skip
def test_a_capitalised_plural_of_people_is_a_group_not_a_person(text: str, speaker: str) -> None:
    """A capitalised plural after a quantifier, or with a plural verb, describes people:
    no person row (a surname takes "says", and never "many")."""
    assert _speaker(text) == (speaker, "anonymous")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Jones says the plan is "dead on arrival."', "Jones"),
        ('Roberts said the plan was "dead on arrival."', "Roberts"),
        ('Hastings, the chairman, says the plan is "dead on arrival."', "Hastings"),
    ],
)  # fmt: skip
def test_a_surname_ending_in_s_stays_a_person(text: str, speaker: str) -> None:
    assert _speaker(text) == (speaker, "person")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A colleague, the anaesthetist Robert Kerr, remembered her as "terrifying in '
         'theatre."', "Robert Kerr"),
        ('Her mentor, the late Nobel laureate Ingrid Solberg, once told her that "curiosity '
         'is the only qualification."', "Ingrid Solberg"),
        ('On Monday, the former governor, Sir Alan Price, argued that rates were "far too '
         'low."', "Alan Price"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_after_the_and_a_role_speaks(text: str, speaker: str) -> None:
    """ "A colleague, the anaesthetist Robert Kerr, remembered": the name set off after
    "the" and a lower-case role (or after a title, "Sir") is the speaker."""
    assert _speaker(text)[0] == speaker


def test_a_quotation_governed_before_it_takes_no_inverted_speaker() -> None:
    """ "whom critics have called “...,” rejected the label": the quotation is the
    complement of "called"; "rejected the label" is the main clause, not "“...,” said X"."""
    text = 'Pell, whom critics have called "the senator from Big Oil," rejected the label.'
    assert _speaker(text)[0] == "critics"
    assert _speaker('"We will win," said the senator.')[0] == "senator"
    assert _speaker('"No to the mine," read a banner.')[0] == "a banner"


def test_a_dateline_label_before_a_cued_clause_is_no_speaker() -> None:
    text = 'NEW DELHI: Union Minister Nitin Rao on Monday said the road was "fully funded."'
    assert _speaker(text)[0] == "Nitin Rao"
    assert _speaker('KAPOOR: "We will meet it, and we will beat it."')[0] == "Kapoor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('An internal email seen by the Guardian described the wards as "unsafe."',
         "an internal email"),
        ('A report obtained by Reuters said the plan was "doomed."', "A report"),
        # an author, not a reader: the White House issued it
        ('A statement released by the White House said the plan was "doomed."', "White House"),
    ],
)  # fmt: skip
def test_a_reduced_passive_of_getting_gives_the_thing_got(text: str, speaker: str) -> None:
    assert _speaker(text)[0] == speaker


# attrib23: a second batch in styles the first did not cover (sports, courts, science,
# business wires, local news, obituaries, long appositives, Q&A, British and Indian
# English, split quotations, several speakers, fronted phrases, documents, family-name-
# first names); scored on main before any mend (90/107 right), kept where right now
EXPECTED_23 = [
    ("r10", "systematic wage theft", ("lawsuit", "The lawsuit")),
    ("r01", "never stops running", ("Sean Doyle",)),
    ("r01", "switched off", ("Luke Barnes",)),
    ("r02", "felt the legs go", ("Halvorsen",)),
    ("r04", "nothing to be ashamed", ("Mia Grant",)),
    ("r05", "nowhere near good", ("Rory Finch",)),
    ("r05", "team effort", ("Dale Hewitt",)),
    ("r06", "copy a temperament", ("Sunil Rane",)),
    ("r07", "flicker of remorse", ("Anne Marlow",)),
    ("r08", "lied to everyone", ("Prosecutors",)),
    ("r08", "a fool, not a crook", ("Nigel Peck",)),
    ("r09", "arbitrarily", ("Karen Wolfe",)),
    ("r11", "finally got some justice", ("Gloria Tan",)),
    ("r12", "vigorously contested", ("Ravi Menon",)),
    ("r13", "time capsule", ("Lena Vogt",)),
    ("r14", "intriguing but preliminary", ("Hamid Rostami",)),
    ("r15", "substantially reduces", ("study", "The study")),
    (
        "r16",
        "not a cure",
        (
            "researchers at the Karolinska Institute",
            "Researchers at the Karolinska Institute",
            "Researchers",
        ),
    ),
    ("r16", "encouraged by the data", ("Nordwell Pharma",)),
    ("r18", "no reason to change", ("Petra Lindqvist",)),
    ("r19", "simply do not add up", ("Omar Haddad",)),
    ("r20", "weeks, not days", ("A person familiar with the talks", "A person", "person")),
    ("r21", "remain cautious", ("T. V. Narendran", "Narendran")),
    ("r22", "a disaster for the street", ("Neighbours in Elm Road", "Neighbours")),
    ("r22", "They never asked us", ("Jean Watts",)),
    ("r23", "best of a bad set", ("Graham Price",)),
    ("r23", "impossible choices", ("Graham Price",)),
    ("r24", "mindless", ("Susan Hart",)),
    ("r26", "refused to be told no", ("Fiona", "Fiona Drummond")),  # her mother's: people54
    ("r27", "terrifying in theatre", ("Robert Kerr",)),
    ("r29", "underestimate how boring", ("Carla Benz",)),
    ("r30", "kept showing up", ("Joaquin Rivas",)),
    ("r31", "curiosity is the only", ("Ingrid Solberg",)),
    ("r32", "meet it, and we will beat", ("Kapoor", "KAPOOR")),
    ("r32", "same thing last year", ("Kapoor", "KAPOOR")),
    ("r33", "did not act sooner", ("Bill Maddox",)),
    ("r34", "damning indictment", ("Harriet Cole",)),
    (
        "r35",
        "full confidence",
        ("A Downing Street spokesman", "Downing Street spokesman", "spokesman"),
    ),
    ("r36", "It is a scandal that we", ("Barclay", "Mr Barclay")),
    ("r36", "Nobody listens", ("Pat",)),
    ("r37", "working", ("Home Office", "The Home Office")),
    ("r37", "rocky few weeks", ("a source close to the Home Secretary", "a source", "source")),
    ("r38", "fully committed", ("Nitin Rao",)),
    ("r39", "did not even file", ("Sunita Devi",)),
    ("r40", "attack on federalism", ("Pawan Khera",)),
    ("r41", "not tolerate any violence", ("Chief Minister", "the Chief Minister")),
    ("r42", "warning about this bridge", ("Tomas Kral",)),
    ("r42", "Every report said", ("Tomas Kral",)),
    ("r43", "This is on the state", ("Linda Shaw",)),
    ("r43", "sat on it", ("Linda Shaw",)),
    ("r44", "It is a good deal", ("Kurt Brandt",)),
    ("r44", "expensive but fair", ("Hans Vogel",)),
    ("r44", "relieved", ("Clara Heim",)),
    ("r45", "a fantasy", ("Pell",)),
    ("r45", "out of touch", ("Reyes",)),
    ("r46", "final", ("Nora Quist",)),
    ("r46", "far from over", ("Dev Patel",)),
    ("r47", "weaker than it looks", ("Svetlana Orlova",)),
    ("r48", "worst disaster", ("governor", "The governor")),
    ("r49", "forgotten", ("Amir Shah",)),
    ("r50", "We have a deal", ("Frances Dole",)),
    ("r51", "deliberate", ("Olena Savchuk",)),
    ("r52", "cheaper than Tesco", ("one",)),
    ("r52", "queues are awful", ("another",)),
    ("r53", "not democracy", ("one",)),
    ("r54", "Find out who leaked", ("president", "The president")),
    ("r55", "Cancel the rest", ("Hale",)),
    ("r56", "irreversible", ("Tarek Aziz",)),
    ("r57", "No to the mine", ("A banner", "banner")),
    ("r58", "knowingly concealed", ("indictment", "The indictment")),
    ("r59", "no reasonable basis", ("filing", "the filing")),
    ("r61", "unsafe", ("an internal email", "An internal email", "email")),
    ("r62", "firmly opposes", ("Wang Wenbin",)),
    ("r63", "will not be intimidated", ("Kishida Fumio",)),
    ("r64", "only option left", ("Park Ji-won",)),
    ("r65", "never been this bad", ("Nguyen Thi Lan",)),
    ("r66", "senator from Big Oil", ("critics",)),
    ("r67", "fiction", ("mayor", "The mayor")),
    ("r67", "written by people", ("Ian Holt",)),
    ("r68", "no evidence of that", ("a police spokeswoman", "police spokeswoman", "spokeswoman")),
    ("r69", "deeply split", ("Rick Dunham",)),
    (
        "r70",
        "abandoned",
        ("many Catholics in the parish", "Many Catholics in the parish", "Catholics"),
    ),
    ("r71", "taken for granted", ("Latinos in the district", "Latinos")),
    ("r72", "what happens next", ("Ahmed",)),
    ("r74", "breaking point", ("Yusuf Bello",)),
    ("r74", "We are exhausted", ("Halima Musa", "one")),
    ("r77", "dead", ("Olsen",)),
    ("r80", "long overdue", ("Supporters of the bill", "Supporters", "Jo Kim")),
    ("r80", "a giveaway", ("opponents", "Opponents")),
    ("r81", "far too low", ("Alan Price",)),
    ("r82", "Go home", ("crowd", "the crowd")),
    ("r83", "no longer defend", ("Kerr", "Mr Kerr")),
    (
        "r84",
        "apologise to all",
        ("A spokesperson for Meridian Airlines", "A spokesperson", "spokesperson"),
    ),
    ("r84", "Nine hours on the tarmac", ("Beth Rowe",)),
    ("r84", "With a baby", ("Beth Rowe",)),
]


@pytest.mark.parametrize(("probe", "fragment", "speakers"), EXPECTED_23)
def test_probe_speaker_second_batch(probe: str, fragment: str, speakers: tuple[str, ...]) -> None:
    assert speaker_of(PROBES[probe], fragment) in speakers


def test_a_participle_aside_with_a_time_after_a_common_noun_subject() -> None:
    """ "The lawsuit, filed Tuesday in federal court, says": the tagger reads "filed" as a
    past tense before "Tuesday"; the aside is skipped and the lawsuit speaks."""
    text = 'The lawsuit, filed Tuesday in federal court, says the firm was guilty of "wage theft."'
    assert _speaker(text)[0] == "lawsuit"


# ---- attrib24: a third batch (transcripts, features, business, op-eds, debates, press
# releases, police and weather, celebrity, tech, Australian/Canadian/South African English,
# live blogs, names from many traditions): the quotations right on the branch
EXPECTED_24 = [
    ("v01", "childcare money in", ("ROSA MENDEZ", "Rosa Mendez")),
    ("v01", "So you'll vote yes", ("Host", "host")),
    ("v01", "I'll vote yes", ("ROSA MENDEZ", "Rosa Mendez", "Mendez")),
    ("v02", "What is your first priority", (None,)),
    ("v03", "prepared to let it happen", ("Lena Ruiz",)),
    ("v03", "whatever it takes", ("Dale Whitcomb",)),
    ("v04", "driving a cab", ("Desmond", "a caller", "caller")),
    ("v05", "clean as a whistle", ("Jim Calloway",)),
    ("v06", "your response", ("MODERATOR", "Moderator", "Anna Kovac", "Kovac", "moderator")),
    ("v06", "My opponent has", ("Briggs",)),
    ("v06", "not true and you know", ("Halvorsen",)),
    ("v06", "Gentlemen, please", ("ANNA KOVAC", "Anna Kovac", "Kovac")),
    ("v07", "People ask if I get lonely", ("Magnus Eriksen",)),
    ("v07", "gulls never stop", ("Magnus Eriksen",)),
    ("v08", "She tastes everything", ("Bruno Terzi",)),
    ("v08", "Even the bread", ("Bruno Terzi",)),
    ("v08", "soup and bread", ("Odile Marchand",)),
    ("v08", "grandmother would laugh", ("Odile Marchand",)),
    ("v09", "forty of us", ("Tran Van Minh", "Minh")),
    ("v09", "Now there is me", ("Tran Van Minh", "Minh")),
    ("v09", "think it is vintage", ("Tran Quoc Bao", "Bao")),
    ("v11", "faster than anticipated", ("Halcyon Foods Inc.", "Halcyon Foods")),
    ("v12", "meaningfully better", ("Marta Sørensen",)),
    ("v12", "heard this before", ("Ravi Kumar",)),
    ("v13", "clean beat", ("Dana Whitfield",)),
    ("v14", "no plans", ("Vexa Telecom",)),
    ("v15", "clear number two", ("Morgan Hale", "Analysts at Morgan Hale", "Analysts")),
    ("v15", "significant remedies", ("Morgan Hale", "Analysts at Morgan Hale", "Analysts")),
    ("v16", "stabilised but not recovered", ("Zhou Meiling",)),
    ("v16", "back to healthy levels", ("Zhou Meiling", "Zhou")),
    (
        "v17",
        "grossly inadequate",
        ("a regulatory filing", "The board", "board", "regulatory filing", "filing"),
    ),
    ("v18", "materially affect", ("company's annual report", "annual report", "report", "company")),
    (
        "v19",
        "a house is only as good",
        ("my late father", "My late father", "late father", "father"),
    ),
    ("v20", "moral document", ("Lise Hammar",)),
    (
        "v22",
        "designed on a napkin",
        ("one senior civil servant", "senior civil servant", "civil servant"),
    ),
    ("v23", "efficiency drive", (None, NO_QUOTATION)),  # a scare quote: none since quotes67
    ("v24", "house of cards", ("Priya Raman",)),
    ("v24", "voted for every card", ("Tom Delaney",)),
    ("v24", "proud of the record", ("Grace Whitlock",)),
    ("v24", "vanity project", ("Tom Delaney", "Delaney")),
    ("v24", "60,000 people", ("Priya Raman", "Raman")),
    ("v24", "ridden them exactly once", ("Grace Whitlock", "Whitlock")),
    ("v25", "Paris did it", ("Anne Leclerc",)),
    ("v25", "Stubborn works", ("Andrés Salcedo",)),
    ("v25", "They will complain", ("Anne Leclerc", "Leclerc")),
    ("v26", "pay for themselves", ("Farid Haddad",)),
    ("v26", "They never have", ("Claire Dunmore",)),
    ("v26", "This time is different", ("Farid Haddad", "Haddad")),
    ("v26", "It always is", ("Claire Dunmore", "Dunmore")),
    ("v27", "simply false", ("Jabu Nkosi", "Nkosi")),
    ("v28", "validates our vision", ("Elena Vasquez",)),
    ("v28", "just getting started", ("Elena Vasquez",)),
    ("v28", "strongest team", ("Marcus Bell",)),
    ("v29", "should not depend on your zip code", ("Angela Freeman",)),
    ("v30", "record year", ("Neil Ashworth",)),
    ("v31", "serious but stable", ("Mark Hughes",)),
    ("v32", "urge anyone", ("Claire Moody",)),
    ("v33", "within minutes", ("Ron DeMarco",)),
    ("v34", "threatened with a knife", ("Greater Manchester Police",)),
    ("v35", "screaming and then a bang", ("A neighbour", "Bev", "neighbour")),
    (
        "v36",
        "unresponsive",
        ("Marion County Sheriff's Office", "the Marion County Sheriff's Office", "deputies"),
    ),
    ("v36", "senseless tragedy", ("Wade Pruitt",)),
    ("v37", "spread faster", ("Mateo Ruiz",)),
    (
        "v38",
        "destructive to very destructive",
        ("Bureau of Meteorology", "The Bureau of Meteorology"),
    ),
    ("v38", "slightly further west", ("Sarah Quill",)),
    (
        "v39",
        "life-threatening",
        (
            "Forecasters at the National Hurricane Center",
            "Forecasters",
            "National Hurricane Center",
        ),
    ),
    ("v40", "freight train", ("Carl Pettibone",)),
    ("v41", "worst this town", ("Lorraine Tuck",)),
    ("v41", "If it's flooded", ("Brett Aldous",)),
    ("v42", "rural communities", ("Paula Nkemelu",)),
    ("v43", "hit a wall", ("Kaya Morales",)),
    ("v44", "close friends", ("A representative for the actor", "representative")),
    ("v45", "whole world just got bigger", ("Rohan Mehra",)),
    ("v46", "separate lives", ("a source close to the couple", "a source", "source")),
    ("v47", "no idea", ("Felix Armitage",)),
    ("v47", "clerical error", ("Felix Armitage",)),
    ("v49", "biggest leap", ("Hana Mori",)),
    ("v49", "400,000 times", ("Raj Iyer",)),
    ("v50", "genuinely stunning", ("Verge", "The Verge")),
    ("v50", "merely fine", ("Wired",)),
    ("v51", "never sold", ("A spokesperson for Vireo", "spokesperson")),
    ("v52", "see out the full term", ("Jacinta Moore",)),
    ("v52", "running scared", ("Brad Keane",)),
    ("v53", "kick in the guts", ("Perry Doyle",)),
    ("v54", "come hell or high water", ("Francine Gagnon",)),
    ("v54", "tax on everything", ("Jasper Koh",)),
    ("v55", "not back down", ("Luc Bérubé",)),
    ("v56", "not be bullied", ("Sizwe Dlamini",)),
    ("v56", "out of touch with ordinary", ("Annelie Botha",)),
    ("v57", "cautiously optimistic", ("Eskom",)),
    ("v58", "dead in the water", ("Rosalind Hart",)),
    ("v59", "con trick", ("Eve Harding",)),
    ("v59", "Rubbish", ("Rupert Vane",)),
    ("v60", "not going back", ("Anika Sorensen",)),
    ("v60", "matter for the states", ("Anika Sorensen", "Sorensen")),
    ("v61", "streets are quiet", ("Wanjiru Kamau",)),
    ("v62", "confession of failure", ("Adebayo Ogunleye", "Ogunleye")),
    ("v63", "bored, honestly", ("Funmilayo Adeyemi",)),
    ("v64", "sat on the bench", ("Harriet Osei",)),
    ("v64", "never asked why", ("Harriet Osei",)),
    ("v66", "read the sky", ("Ibrahim al-Sayed",)),
    ("v66", "sea tells you nothing", ("Ibrahim al-Sayed",)),
    ("v67", "sleep in the car", ("Umm Khaled",)),
    ("v68", "poisoned the creeks", ("Olusegun Bamidele",)),
    ("v69", "welcome investment", ("Le Thanh Hai",)),
    ("v70", "three years of experience", ("Liu Xiaofang", "Liu")),
    ("v70", "get experience", ("Liu Xiaofang", "Liu")),
    ("v72", "almost half", ("Abebe Girma",)),
    ("v72", "never seen frost", ("Abebe Girma", "Abebe")),
    ("v73", "defensive in nature", ("Harold Bishop",)),
    ("v74", "extraordinary courage", ("Susan Kowalski",)),
    ("v75", "cowardly and unprovoked", ("Gary Nolan",)),
    ("v76", "regrettable but unavoidable", ("Amina Yusuf",)),
    ("v77", "surprising, to put it mildly", ("Kenji Watanabe",)),
    ("v78", "an insult", ("union", "The union")),
    ("v78", "fantasy economics", ("management", "Management")),
    ("v79", "followed the rules", ("Hamid Karimi",)),
    ("v80", "Polls go up", ("Nadia Ostrowski",)),
    ("v81", "deeply saddened", ("senator", "The senator")),
    ("v82", "stay home", ("Kwame Asante",)),
    ("v84", "everything humanly possible", ("Farah Naqvi",)),
    ("v85", "never wanted to be", ("Margaret Oyelowo",)),
]


@pytest.mark.parametrize(("probe", "fragment", "speakers"), EXPECTED_24)
def test_probe_speaker_third_batch(
    probe: str, fragment: str, speakers: tuple[str | None, ...]
) -> None:
    assert given(PROBES[probe], fragment) in speakers


# ---- attrib24: mends from the third batch (sentences written for the tests, not the probes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The talks are over," said Khalid al-Rashid, a negotiator.', "Khalid al-Rashid"),
        ('Mona el-Sherif said the vote was "rigged." "We will appeal," el-Sherif said.',
         "Mona el-Sherif"),
        ('Yusuf al-Amin, the group\'s leader, called for "calm on all sides."', "Yusuf al-Amin"),
    ],
)  # fmt: skip
def test_a_particle_glued_to_the_surname_stays_in_the_name(text: str, speaker: str) -> None:
    """ "Khalid al-Rashid": the lower-case particle glued by a hyphen is part of the name
    (it gave "Khalid al", or the first name alone)."""
    assert {q.speaker.name for q in extract(text).quotes if q.speaker} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Demand is back," said Chairman and Chief Executive Nora Lindgren.', "Nora Lindgren"),
        ('"Demand is back," said Orwell Mills President and CEO Nora Lindgren.',
         "Nora Lindgren"),
        ('President and CEO Nora Lindgren said demand was "back."', "Nora Lindgren"),
        # two people joined by "and" stay two: the first still speaks
        ('"It is a good day," said Senator Ruth Abel and Governor Tom Reyes.', "Ruth Abel"),
    ],
)  # fmt: skip
def test_two_titles_joined_before_one_name(text: str, speaker: str) -> None:
    """ "said President and CEO X": the "and" joins two titles of one person (it gave
    "president", or "Orwell Mills President")."""
    assert _speaker(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Councillor Dev Rana groans: "Not this again."', "Dev Rana"),
        (
            'The mayor proposed a levy. Councillor Ada Byrne, laughing: "Good luck with that."',
            "Ada Byrne",
        ),
    ],
)
def test_a_colon_label_with_a_verb_or_participle_after_the_name(text: str, speaker: str) -> None:
    """ "X groans:" (a verb the lexicon lacks, read as a plural noun) and "X, laughing:"
    label the quotation with the name, not the verb or the participle."""
    assert _speaker(text)[0] == speaker


def test_interview_labels_q_and_a_name_no_one() -> None:
    """ "Q:" is the unnamed interviewer; "A:" is whoever answers, never a person "A"."""
    text = 'Interview\n\nQ: "Why now?"\n\nA: "Because the money ran out."\n'
    names = [q.speaker.name if q.speaker else None for q in extract(text).quotes]
    assert len(names) == 2 and names[0] is None and "A" not in names and "Q" not in names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Premier, Ana Whitby, ruled out an election, saying she would "serve the term".',
         "Ana Whitby"),
        ('"It was avoidable," said Chief Superintendent Paul Greaves.', "Paul Greaves"),
    ],
)  # fmt: skip
def test_titles_the_role_lexicon_already_knew(text: str, speaker: str) -> None:
    """ "Premier", "Superintendent": titles once in nlp's title list but not in titles.txt, so the
    name ran over them ("Premier", "Superintendent Paul Greaves")."""
    assert _speaker(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Another critic, former senator Ralph Ekdahl, said the deal was "a giveaway."',
         "Ralph Ekdahl"),
        ('His successor, longtime aide Mara Quint, said the office would be "open to all."',
         "Mara Quint"),
        ('One rival, independent Leah Ortiz, said she had "serious concerns" about it.',
         "Leah Ortiz"),
        ('The other man, his cousin Jim Yorke, 40, said the plan was "a real danger."',
         "Jim Yorke"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_after_a_description_without_the(text: str, speaker: str) -> None:
    """ "Another critic, former senator X, said": the appositive name after a lower-case
    description, as after "the anaesthetist" (it gave "another critic")."""
    assert _speaker(text)[0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        'As Bishop Emil Sarkisov of the Georgian Patriarchate of Tbilisi told reporters, "We '
        'remember every name, and we will go on remembering."',
        '"We remember every name," said Dr. Emil Sarkisov of the Georgian Patriarchate of Tbilisi.',
    ],
)
def test_a_name_before_two_prepositional_phrases(text: str) -> None:
    """ "Emil Sarkisov of the Georgian Patriarchate of Tbilisi": the name before the first
    "of" speaks, not the body between the two (it gave "Georgian Patriarchate")."""
    assert _speaker(text)[0] == "Emil Sarkisov"
