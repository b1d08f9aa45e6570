"""roleprobes62: roles judged on invented news (world, local, business, courts, health and
campaign stories written as the AP, Reuters and the New York Times write them). 12 short
stories (every person and quotation invented for this batch; real bodies such as the
Jagiellonian University or the Fiscal Policy Institute are named as offices) with 54 quoted
speakers, in role forms earlier batches lack:
- a role given only in a later paragraph ("“...,” Howard Pell said || ... Pell, the Senate
  minority leader, said"; "Maris Kalnins spoke first ... || Kalnins, Latvia's defence
  minister, has pressed");
- a role in a relative clause between name and cue ("Elena Ruiz, who chairs the county's
  zoning board, said");
- "of", "for" and "at" chains naming an organisation in full ("the EU High Representative
  for Foreign Affairs and Security Policy", "chairman of the European Union Military
  Committee", "president of Local 227 of the United Food and Commercial Workers
  International Union", "a spokesman for the Joint Chiefs of Staff of the Armed Forces");
- a possessive organisation before the role ("Brightwater Foods' chief financial officer,
  Alan Fitch,", "Halvorsen Logistics' vice president of real estate", "said the Citizens
  Budget Commission's research director, Owen Pryce");
- academic and professional roles ("a professor of health policy at the University of
  Michigan School of Public Health", "an emergency-room nurse at Mercy General", "a
  pediatrician in Flint", "a meat cutter at the plant");
- two roles, past and present ("a former governor of Oregon and now the
  ambassador-designate", "a retired Navy admiral and now president of the Pacific Forum");
- a relation as the only description ("said her sister, Carla Benning", "A neighbor, Frank
  Delucca,", "said Dorsey's mother, Evelyn Dorsey", "His wife, Rosa Ortega,");
- people given no role at all (a clause of what they did, an age and a town, or nothing).

How the gold was decided (written down before On Record read the stories, as batch 59's):
the role a journalist would print beside the name in a short citation, the current one where
the story gives two (the past one alongside is a variant); a relation is the role of a person
given no other; a clause of what a person did ("who lives two blocks from the site", "who
drove from Denver to help") and "71, of Ames" are no role. A variant is parts joined by ";",
each of which the role shown must hold, with at most ``SLACK`` words besides
(tests/test_role_sample.py's rule); "" is no role. The bylines' people must not become
speakers (NOT_SPEAKERS_62).

First judged on main 7dc4fc08 (stories and gold committed first, in 3b02f1ad): 51 of 54
roles right (94.4%), 53 speakers found, neither byline's person found. The three wrong: Maris
Kalnins is no speaker ("“...,” he said, according to two diplomats" after "Maris Kalnins
spoke first"); Alan Fitch has no role ("Brightwater Foods' chief financial officer, Alan
Fitch,": the tagger reads "Brightwater" as a comparative and the apostrophe as a closing
quotation mark); Victor Salinas has none ("Salinas, who kept the company's books from 2009
to 2014, is the prosecution's main witness": the possessive inside the insertion stopped
the copula's reading). Unchanged by branch roles62: the mends tried for Fitch and Salinas
were not kept (see their KNOWN_WRONG_62 rows).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_role_probes46 import judged_role_batch_tests

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_62.json").read_text(encoding="utf-8")
)

ROLES_62: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('t01', 'Liesbeth Verhoeven', ('High Representative for Foreign Affairs and Security Policy',)),
    ('t01', 'Anders Holmqvist', ('chairman of the European Union Military Committee',)),
    ('t01', 'Maris Kalnins', ('defence minister',)),
    ('t01', 'Tomasz Nowak', ('professor of security studies at the Jagiellonian University',)),
    ('t02', 'Elena Ruiz', ("chairs the county's zoning board", "chair of the county's zoning board",
                           "chairwoman of the county's zoning board",
                           "chairman of the county's zoning board")),
    ('t02', 'Greg Tamblyn', ('vice president of real estate',)),
    ('t02', 'Donna Petrakis', ('',)),
    ('t02', 'Walt Becker', ('neighbor',)),
    ('t02', 'Mark Oyelowo', ('attorney for Save Marston Green',
                             "attorney for the residents' group Save Marston Green")),
    ('t03', 'Sandra Oyler', ('chief executive',)),
    ('t03', 'Alan Fitch', ('chief financial officer',)),
    ('t03', 'Priya Natarajan', ('senior analyst at Keel Capital Markets',)),
    ('t03', 'Rod Emery', ('',)),
    ('t04', 'Maya Castellanos', ('emergency-room nurse',)),
    ('t04', 'Kevin Abernathy', ('chief medical officer',)),
    ('t04', 'Joan Mercer', ('daughter',)),
    ('t04', 'Harold Stauber', ('president of the Michigan Nurses Association',)),
    ('t04', 'Linda Foye', ('professor of health policy at the University of Michigan School of '
                           'Public Health',)),
    ('t05', 'Margaret Whitfield', ('ambassador-designate', 'ambassador to Japan',
                                   'former governor of Oregon;ambassador-designate',
                                   'former governor of Oregon;ambassador to Japan')),
    ('t05', 'Rupert Kearns', ('Sen.;R-Idaho',
                              'chairman of the Senate Foreign Relations Subcommittee on East Asia '
                              'and the Pacific',
                              'Sen.;R-Idaho;chairman of the Senate Foreign Relations Subcommittee '
                              'on East Asia and the Pacific')),
    ('t05', 'Louis Amberg', ('deputy assistant secretary of state for East Asian and Pacific '
                             'affairs',)),
    ('t05', 'Dennis Oakes', ('president of the Pacific Forum',
                             'retired Navy admiral;president of the Pacific Forum')),
    ('t05', 'Keiko Tanabe', ('',)),
    ('t06', 'Carla Benning', ('sister',)),
    ('t06', 'Ben Aldrich', ('incident commander for Garfield County Search and Rescue',)),
    ('t06', 'Frank Delucca', ('neighbor',)),
    ('t06', 'Jenny Kwan', ('',)),
    ('t06', 'Dwayne Pickett', ('Sheriff',)),
    ('t07', 'Howard Pell', ('Senate minority leader',)),
    ('t07', 'Trish Galvan', ('Assemblywoman;D-Bronx',)),
    ('t07', 'Owen Pryce', ('research director',)),
    ('t07', 'Sam Reilly', ('senior economist at the Fiscal Policy Institute',)),
    ('t08', 'Aisha Rahman', ('associate professor of epidemiology at the Johns Hopkins Bloomberg '
                             'School of Public Health',)),
    ('t08', 'Noel Garrity', ('pediatrician',)),
    ('t08', 'Lisa Huang', ('director of the Center for Environmental Health at the University of '
                           'Michigan',)),
    ('t08', 'Tanya Brooks', ('',)),
    ('t08', 'Ben Osei', ('colleague', 'colleague at Hurley Medical Center')),
    ('t09', 'Victor Salinas', ('former accountant', "prosecution's main witness",
                               'former accountant for Dorsey Land Co.')),
    ('t09', 'Ruth Abernathy', ('attorney',)),
    ('t09', 'Evelyn Dorsey', ('mother',)),
    ('t09', 'Martin Ellery', ('',)),
    ('t10', 'Raúl Ibarra', ('Defense Minister',)),
    ('t10', 'Sergio Mena', ('spokesman for the Joint Chiefs of Staff of the Armed Forces',)),
    ('t10', 'Lucía Ferrer', ('researcher at the Migration Policy Center of the Diego Portales '
                             'University',)),
    ('t10', 'Óscar Quiroga', ('Foreign Minister',)),
    ('t11', 'Dale Hurst', ('president of Local 227 of the United Food and Commercial Workers '
                           'International Union',)),
    ('t11', 'Nina Caldwell', ('senior vice president for human resources',)),
    ('t11', 'Luis Ortega', ('meat cutter',)),
    ('t11', 'Rosa Ortega', ('wife',)),
    ('t11', 'Gary Pohl', ('',)),
    ('t12', 'Tim Harlan', ('executive director',)),
    ('t12', 'Gina Fallon', ('partner at the consulting firm Ridgeline Strategies',
                            'former Clinton aide;partner at the consulting firm Ridgeline '
                            'Strategies')),
    ('t12', 'Jo Ann Pettis', ('state director',)),
    ('t12', 'Bev Lundgren', ('',)),
]  # fmt: skip

# People named in a byline.
NOT_SPEAKERS_62: list[tuple[str, str]] = [("t01", "Karin Dahl"), ("t05", "Evan Strouse")]
FIRST_JUDGED = (51, 53)  # (roles right, speakers found) on main 7dc4fc08, of 54

KNOWN_WRONG_62: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('t01', 'Maris Kalnins'): (
        None,
        'no speaker: "“...,” he said, according to two diplomats in the room" after "Maris '
        'Kalnins spoke first when the ministers met": "he" is read as the speaker before '
        '(Holmqvist), not the subject of the sentence before; an attribution miss, not a role',
    ),
    ('t03', 'Alan Fitch'): (
        None,
        '"Brightwater Foods\' chief financial officer, Alan Fitch,": the tagger reads '
        '"Brightwater" as a comparative (JJR) and the apostrophe as a closing quotation mark, '
        'so no possessive organisation opens the role ("Halvorsen Logistics\'" is read). '
        'Reading an unknown capitalised word before a two-word owner as a name (tried in '
        'branch roles62) mends it but moves nothing on whole train, and read as names the '
        'gerunds and adjectives opening "Debating Clinton\'s character", "Absent Sanders\' '
        'campaign"',
    ),
    ('t09', 'Victor Salinas'): (
        None,
        '"Salinas, who kept the company\'s books from 2009 to 2014, is the prosecution\'s main '
        'witness": the possessive inside the insertion ends the reading before the copula. '
        'Reading on past it (tried in branch roles62) made this right, but on train gave '
        'Morton Klein "organizer of the September rally" ("Klein, an influential activist who '
        'did not attend Thursday\'s summit, was an organizer of ..."), a past activity '
        'tests/data/train_roles_21.tsv counts no role: the sample lost a row',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 12 and len(ROLES_62) == 54


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_62_figure = (
    judged_role_batch_tests(
        "role probes 62", PROBES, ROLES_62, KNOWN_WRONG_62, FIRST_JUDGED, NOT_SPEAKERS_62
    )
)
