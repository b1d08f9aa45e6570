"""attrib25: the fourth batch of invented probes (sports press conferences, medical
studies, inquests, council meetings, war dispatches with translated quotes, wire chains,
long profiles, social-media posts, parentheses, long split attributions, Irish, Indian,
Nigerian and Singaporean English, Spanish, Portuguese, Arabic, Chinese and Vietnamese
names), and the mends they and attrib24's leftovers led to, on sentences written for
the tests."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, speaker_of  # the probes' own reading
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_25.json")


EXPECTED_25: list[tuple[str, str, tuple[str | None, ...]]] = [  # right on attrib25
    ("w01", "never a penalty", ("Declan Furlong",)),
    ("w01", "goes down like", ("Declan Furlong",)),
    ("w01", "What's the point", ("Declan Furlong",)),
    ("w03", "stopped believing", ("Chidi Okafor",)),
    ("w03", "still together", ("Liam Brennan",)),
    ("w04", "We were soft,", ("Marisol Vega",)),
    ("w04", "Soft in the tackle", ("Marisol Vega",)),
    ("w04", "A good point for us", ("Gerrit Janssen",)),
    ("w05", "trying to land it", ("Harpreet Sandhu",)),
    ("w05", "toss it up", ("Harpreet Sandhu",)),
    ("w06", "It's fine", ("Ruiz",)),
    ("w06", "coach's decision", ("Ruiz",)),
    ("w07", "bleeding risk outweighs", ("Nguyen Thi Lan",)),
    ("w07", "convincing but not", ("Alastair Begg",)),
    ("w08", "first-line quitting aid", ("researchers",)),
    ("w08", "twenty years of this", ("Rosa Cardenas",)),
    ("w09", "three times the usual", ("Obinna Eze",)),
    ("w09", "more than adequate", ("A spokeswoman for the health ministry",)),
    ("w10", "bigger than we expected", ("Wei Jing",)),
    ("w11", "missed opportunities", ("A coroner",)),
    ("w11", "not done as often", ("Pádraig Cullen",)),
    ("w12", "a campaign of fear", ("Helen Marsh",)),
    ("w12", "rumour, spite", ("Kwame Asante",)),
    ("w13", "abused the trust", ("Ruth Kellerman",)),
    ("w13", "some relief", ("Lucía Morales",)),
    ("w14", "came out of nowhere", ("Segun Adebayo",)),
    ("w14", "much too fast", ("Segun Adebayo",)),
    ("w15", "no choice", ("Tom Hegarty",)),
    ("w15", "Nobody likes it", ("Tom Hegarty",)),
    ("w16", "Who approved this", ("Dana Whitfield",)),
    ("w16", "every proper channel", ("Carl Osei",)),
    ("w17", "block out the sun", ("residents",)),
    ("w17", "two hundred homes", ("Alvarez Gutiérrez",)),
    ("w18", "Every night they come", ("Olena",)),
    ("w18", "Here was my garage", ("Mykola Hrytsenko",)),
    ("w19", "food rotting", ("Ahmad Khalil",)),
    ("w19", "situation is catastrophic", ("Tor Wennesland",)),
    ("w20", "We walked for six days", ("Amna Abdelrahman",)),
    ("w21", "complete control", ("Yuri Ignat",)),
    ("w22", "monitor the market closely", ("OPEC",)),
    ("w23", "not there yet", ("Josep Borrell",)),
    ("w23", "closer than last week", ("Josep Borrell",)),
    ("w23", "possible by Friday", ("German foreign minister",)),
    ("w24", "not fly a single plane", ("Priya Venkataraman",)),
    ("w24", "disappointed", ("airline",)),
    ("w25", "absolutely baseless", ("Dmitry Peskov",)),
    ("w27", "come for the game", ("Emeka Nwosu",)),
    ("w27", "nobody shouts", ("Emeka Nwosu",)),
    ("w28", "disgrace to the people", ("Ronan Keogh",)),
    ("w28", "hasn't met us once", ("Mairéad Nolan",)),
    ("w29", "got it wrong", ("Diego Salazar",)),
    ("w30", "made my whole week", ("caption",)),
    ("w31", "no new cases", ("Akin Abayomi",)),
    ("w32", "never lost an argument", ("one aide",)),
    ("w33", "It is", ("Chen Meiling",)),
    ("w33", "the end of something", ("Chen Meiling",)),
    ("w34", "did not choose this fight", ("Elaine Mbeki-Shaw",)),
    ("w34", "we will finish it", ("Elaine Mbeki-Shaw",)),
    ("w35", "if you like salt", ("Carmen",)),
    ("w35", "Mine has a queue", ("Rosa",)),
    ("w35", "post office", ("Carmen",)),
    ("w36", "best deal we'll get", ("Seán Daly",)),
    ("w36", "best deal for the processors", ("Eamon Fitzgerald",)),
    ("w36", "Not for us", ("Eamon Fitzgerald",)),
    ("w36", "vote against it", ("Seán Daly",)),
    ("w37", "fully geared up", ("Eknath Pawar",)),
    ("w37", "hollow", ("Ambadas Kulkarni",)),
    ("w37", "same drama happens", ("Ambadas Kulkarni",)),
    ("w38", "paper was leaked", ("Rohit Meena",)),
    ("w38", "made scapegoats", ("Rohit Meena",)),
    ("w39", "sharp practices", ("Independent Petroleum Marketers Association of Nigeria",)),
    ("w40", "mischief makers", ("Ayo Adekunle",)),
    ("w40", "nothing to hide", ("Ayo Adekunle",)),
    ("w41", "not hesitate to step in", ("Desmond Lee",)),
    ("w41", "giving up", ("Louis Chua",)),
    ("w42", "Rent go up", ("Lim Bee Hoon",)),
    ("w43", "cold comfort", ("Mary Lou McDonald",)),
    ("w44", "O Brasil voltou", ("Luiz Inácio Lula da Silva",)),
    ("w44", "Brazil is back", ("Luiz Inácio Lula da Silva",)),
    ("w44", "respect the constitution", ("Jair Messias Bolsonaro",)),
    ("w45", "keep pumping the aquifer", ("María Fernanda de la Cruz",)),
    ("w45", "literally sinking", ("María Fernanda de la Cruz",)),
    ("w46", "motorbike is our legs", ("Trần Văn Hùng",)),
    ("w46", "for rich people", ("Phạm Thị Hoa",)),
    ("w47", "firmly opposes", ("Mao Ning",)),
    ("w47", "stop its wrong practice", ("Mao Ning",)),
    ("w48", "at a critical stage", ("Mohammed bin Abdulrahman Al Thani",)),
    ("w49", "gateway to Europe", ("João Pedro dos Santos",)),
    ("w49", "reckless", ("Environmental groups",)),
    ("w50", "race is won in November", ("Aoife Kinsella",)),
    ("w50", "irreplaceable", ("Athletics Ireland",)),
    ("w51", "annoy someone every week", ("Nadia Chowdhury",)),
    ("w52", "brightest comet", ("Kavya Raman",)),
    ("w53", "like a pop chart", ("Ellen Garland",)),
    ("w53", "new hit comes along", ("Ellen Garland",)),
    ("w54", "not for sale", ("Florentino Ibáñez",)),
    ("w55", "held together with hope", ("Hugh Brennan",)),
    ("w55", "imminent failure", ("Hugh Brennan",)),
    ("w56", "pretty dismal", ("Zainab Hassan",)),
    ("w57", "nothing left", ("Rosa Elena Chávez",)),
    ("w57", "Not a house", ("Rosa Elena Chávez",)),
    ("w59", "push back", ("Kieran Moloney",)),
    ("w59", "disappointed by the tone", ("Norma Foley",)),
    ("w60", "only came for the food", ("Park Chan-wook",)),
    ("w60", "masterpiece of restraint", ("Juliette Binoche",)),
    ("w61", "found a way", ("Zheng Qinwen",)),
    ("w61", "proud to finish", ("Paula Badosa",)),
    ("w62", "beaten by a better team", ("Kevin McStay",)),
    ("w62", "lads were brilliant", ("Seán O'Shea",)),
    ("w63", "He's scared", ("Mendoza",)),
    ("w63", "in his eyes", ("Mendoza",)),
    ("w63", "Let him talk", ("Gianni Russo",)),
    ("w64", "The soldiers ran", ("Thunder",)),
    ("w64", "fake news spread", ("Zaw Min Tun",)),
    ("w65", "Four wars", ("Hussein Fadlallah",)),
    ("w66", "stay high for longer", ("Ewa Kowalczyk",)),
    ("w66", "stickier than expected", ("Ewa Kowalczyk",)),
    ("w67", "2,000 jobs", ("Sipho Dlamini",)),
    ("w67", "not yet final", ("A government official",)),
    ("w68", "absolute disgrace", ("Gráinne Mulligan",)),
    ("w68", "my own doorstep", ("Gráinne Mulligan",)),
    ("w68", "not enough for a county", ("Gráinne Mulligan",)),
    ("w69", "least tired part", ("Aisha Bello-Osagie",)),
    ("w69", "families in the corridor", ("Aisha Bello-Osagie",)),
    ("w69", "carry their faces home", ("Aisha Bello-Osagie",)),
    ("w70", "best decision we could", ("Lisa Williams",)),
    ("w70", "no comfort", ("Malcolm Mulholland",)),
    ("w71", "paid every artist", ("organisers",)),
    ("w72", "Thank you for raising", ("Hoàng Minh Tuấn",)),
    ("w73", "does not clearly state", ("Supreme Court",)),
    ("w73", "read the statute too narrowly", ("Aoife Gallagher",)),
    ("w74", "been vindicated", ("Darragh Coyle",)),
    ("w74", "study the judgment", ("newspaper",)),
    ("w75", "every redundancy package", ("Rodrigo Almeida",)),
    ("w76", "plot to make his children", ("Fatima Abubakar",)),
    ("w76", "I asked him who told", ("Fatima Abubakar",)),
    ("w78", "It's not over", ("Ng Kai Xiang",)),
    ("w79", "big boats take everything", ("K. Selvaraj",)),
    ("w80", "running out of everything", ("another doctor",)),
]


@pytest.mark.parametrize(("probe", "fragment", "speakers"), EXPECTED_25)
def test_probe_speaker_fourth_batch(
    probe: str, fragment: str, speakers: tuple[str | None, ...]
) -> None:
    assert speaker_of(PROBES[probe], fragment) in speakers


# ---- mends (sentences written for the tests, not the probes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The river is rising," said Ngo Bao Chau, a hydrologist.', "Ngo Bao Chau"),
        ('"We will rebuild," said Joaquím Pedro Alves, the mayor.', "Joaquím Pedro Alves"),
        ('"It is too late," said Lívia Sofia Reis of the Lisbon Institute.',
         "Lívia Sofia Reis"),
        # a known word or a place before the first name stays out of the name
        ('"We will win," said Republican Ted Marlow.', "Ted Marlow"),
        ('"We will win," said Texas Sheriff Joe Dalby.', "Joe Dalby"),
    ],
)  # fmt: skip
def test_an_unseen_word_before_a_first_name_is_part_of_the_name(text: str, speaker: str) -> None:
    """A family name first, or a given name the first-name list lacks ("Ngo | Bao Chau",
    "Joaquím | Pedro Alves"): the name began at the listed first name and lost it."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Nobody saw it coming," said the study\'s lead author, Dr. Ines Marlow of the '
         "University of Leeds.", "Ines Marlow"),
        ('"Nobody saw it coming," said the report\'s author, Ines Marlow of Leeds, in a '
         "statement.", "Ines Marlow"),
    ],
)  # fmt: skip
def test_an_appositive_name_with_its_affiliation(text: str, speaker: str) -> None:
    """ "the study's lead author, Dr. X of the University of Y.": the name in apposition
    goes on with "of" and the place it belongs to (it gave "study's lead author")."""
    assert _speaker(text) == speaker


def test_a_name_given_by_named_inside_an_appositive() -> None:
    """ "The witness, a taxi driver named X, said": the described one is named."""
    text = 'The witness, a bus driver named Tunde Bakare, said the van "never slowed down."'
    assert _speaker(text) == "Tunde Bakare"


def test_a_colon_label_with_a_past_verb_after_the_name() -> None:
    """ "Mayor X disagreed:": the past verb after the name is no part of it."""
    text = 'Residents oppose the plan. Mayor Ines Marlow disagreed: "It brings homes."'
    assert _speaker(text, "brings homes") == "Ines Marlow"


def test_a_surname_that_is_a_preposition_before_a_participle() -> None:
    """ "…,” From said": the tagger reads "From/IN said/VBN"; a surname of the article
    before a bare past participle is the name (it gave the subject of "saw")."""
    text = (
        '"We lost three times," said Al From, its founder.\n\n'
        'Many voters then saw the party as "the party of big spending," From said.'
    )
    assert _speaker(text, "big spending") == "Al From"


def test_so_i_is_no_name() -> None:
    """ "So I registered ...": no person "So I", whom a later "she" could refer to."""
    text = (
        "I got two years. So I kept a blank face, though it hurt.\n\n"
        'Later she called. "Only you, Dinesh," she said.'
    )
    assert _speaker(text) != "So I"


def test_an_answer_is_the_interviewees() -> None:
    """ "A:" answers are the interviewee's, the first person the introduction names; a
    cue of the answer's own still gives its quotation."""
    text = (
        "Q&A with the new harbour master\n\n"
        "Harbour master Ines Marlow took over in March. She spoke to reporter Tom Hale.\n\n"
        'Q: "What comes first?"\n\n'
        'A: "Dredging. The channel is silting up."\n\n'
        'A: It is tight. As my predecessor said, "You cannot dredge on air."\n'
    )
    assert speaker_of(text, "Dredging") == "Ines Marlow"
    assert speaker_of(text, "What comes first") is None
    assert speaker_of(text, "dredge on air") != "Ines Marlow"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Nurse Ada Obi works nights. Her answer to the new rota is short: "It was designed '
         'by people who never worked a night."', "Ada Obi"),
        ('Coach Ben Lusk lost again. The coach\'s answer was blunt: "We were soft."',
         "Ben Lusk"),
    ],
)  # fmt: skip
def test_an_owned_speech_act_before_a_colon_is_the_owners(text: str, speaker: str) -> None:
    """ "Her answer to the new rota is short: “...”": the owner of the answer speaks, not
    the answer (it gave "her answer to the new rota")."""
    assert _speaker(text) == speaker


def test_an_outlet_reporting_a_voice_is_not_the_next_quotations() -> None:
    """ "“...,” X wrote in the memo, which was first reported by AP. “...”": the lone
    quotation after is X's, not the outlet's that reported the memo (it gave "Associated
    Press")."""
    text = (
        '"We kept the rules," Dale Ashby wrote in the memo, which was first reported by The '
        'Associated Press. "Reopening the vote now would be a disaster."'
    )
    assert _speaker(text, "Reopening") == "Dale Ashby"
