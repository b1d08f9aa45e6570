"""roleprobes55: roles judged on invented news of PolNeAR's genre (US politics and
government). 14 short stories (every person and quotation invented for this batch; real
bodies such as the Sierra Club or the Brotherhood of Locomotive Engineers and Trainmen are
named as offices) with 102 quoted speakers, in forms batch 53 left unprobed:
- a role given only by a nominal in an earlier sentence or paragraph ("The county's top
  election official said ... “...,” Dana Ruiz told reporters"; "a setback for the state's
  top prosecutor, who argued the case himself. “...,” Mark Bell said"; "The city's chief
  financial officer warned ... “...,” Priya Raman told the council");
- a role only in the headline or the dek ("Speaker Hollis: ‘We Have the Votes’", body "Glen
  Hollis, R-La., told reporters"; dek "Treasury Secretary Ann Pardo warns ...", body "Pardo
  ... wrote"; dek "Secretary of State Lorna Beck calls the count ...", body "Beck said");
- party-state tags after commas and in parentheses ("Rep. Dean Marsh, R-Ariz.,", "Sen. Joan
  Reyna (D-Nev.)", "Rep. Sam Ortiz, D-Chicago,");
- compound roles before a name ("Former prosecutor and now state Sen. Rick Alder",
  "Lawyer and union negotiator Pat Sorensen", "Army veteran and first-time candidate Jake
  Rourke", "Businesswoman and former state Rep. Linda Cho", "Democratic strategist and former
  party chairman Hank Doyle", "Real estate agent and mother of two Jo Anne Ruiz");
- people named in a list, quoted later by surname ("Sens. Amy Holt, D-Minn., and Ron Vail,
  R-Iowa,", "Reps. Tanya Greer, D-Ohio, Phil Moreno, R-Pa., and Joe Kasper, R-Ohio", "Reps.
  Will Grady of Virginia, Omar Saleh of Michigan and Betsy Lund of Arizona", "— Reps. Amy
  Ruiz, Derek Kell and Sal Pacheco —", a live blog's "The candidates on stage tonight: Sen.
  X (D-Calif.), former Housing Secretary Y, ...");
- organisation roles ("a spokeswoman for the Sierra Club", "the group's vice president for
  upstream policy", "A spokeswoman for the Association of American Railroads, Jessica
  Trent,", "Moms Demand Action volunteer leader Tasha Reed", "The Brady Campaign's president,
  Kris Hallett,");
- roles that change over a story ("then-Gov. Ed Haines ... Haines, now a partner at a
  Chicago law firm"; "Then a freshman lawmaker, Rep. Sam Ortiz ... said Ortiz, now the House
  majority leader"; "Marla Jenkins, who was Haines' budget director then and is now the
  state comptroller"; "under then-Mayor Ann Fisk. ... Fisk, now a lobbyist in Sacramento");
- "Dr." alone, which is a title and no role (Nadia Farah, Grace Wen, Ken Ishii);
- people introduced by what they do for a living;
- private citizens with age and town ("Walt Ennis, 77, of Sun Lakes", "Beth Ryder, 55, of
  Media", "Glenda Pike, 68, a retired schoolteacher from Decatur").

How the gold was decided (written down before On Record read the stories): the role a
journalist would print beside the name in a short citation, the current one where the
story gives several (the earlier office is a variant only where the quotation is of that
time). Where a person is introduced by a clause of the work they do for a living or the
post they hold ("Gaines runs a food bank in Flint", "who runs a charter fishing boat out of
Wanchese", "who owns a dairy in Yakima", "who directs the Hartwell University poll", "who
ran the public defender's office then"), the reporter prints that verb phrase as the role,
as batch 53 did (Diane Ferro "manages a welding shop in Enid", Kevin Orr "heads ..."); the
phrase is not turned into a noun ("food bank director"), since the article does not give
one. A clause of what a person did once or is like ("who voted against certifying", "who
took office in 2021", "who has been polling at 2 percent", "whose blood tests first showed
...", "who lives on the north side with his three children") is no role. "Dr." alone is a
title, not a role: "" is right and so is "Dr." (as the train samples judge Ben Carson's
"Dr."), but nothing taken from elsewhere. A home town alone is no role ("" or the town). A
party-state tag is part of the role with the title ("Rep.;R-Ariz."); a role from a headline
or dek counts as the article's. A variant is parts joined by ";", each of which the role
shown must hold, with at most ``SLACK`` words besides (tests/test_role_sample.py's rule);
"" is no role. Bylines, a photo credit, a live blog's sign-off and an opinion writer's
tagline name people who must not become speakers (NOT_SPEAKERS_55).

First judged on main 542b672 (stories and gold committed first, in 1711de5): 76 of 102
roles right (74.5%), 101 speakers found, none of the 16 NOT_SPEAKERS_55 people found.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_role_probes46 import judged_role_batch_tests

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_55.json").read_text(encoding="utf-8")
)

ROLES_55: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('t01', 'Dana Ruiz', ("county's top election official", 'top election official')),
    ('t01', 'Lorna Beck', ('Secretary of State',)),
    ('t01', 'Hal Tovar', ('Supervisor', 'Supervisor;Republican')),
    ('t01', 'Dean Marsh', ('Rep.;R-Ariz.',)),
    ('t01', 'Nina Olsen', ('lawyer for the county Democratic Party',)),
    ('t01', 'Walt Ennis', ('', 'Sun Lakes')),
    ('t01', 'Edna Pruett', ('poll worker',)),
    ('t02', 'Amy Holt', ('Sen.;D-Minn.',)),
    ('t02', 'Ron Vail', ('Sen.;R-Iowa', 'Sen.;former railroad lawyer')),
    ('t02', 'Joe Kasper', ('Rep.;R-Ohio',)),
    ('t02', 'Tanya Greer', ('Rep.;D-Ohio',)),
    ('t02', 'Phil Moreno', ('Rep.;R-Pa.',)),
    ('t02', 'Jessica Trent', ('spokeswoman for the Association of American Railroads',)),
    ('t02', 'Lyle Dobbs', ('Senate Commerce Committee Chairman;R-Miss.',)),
    ('t02', 'Cal Decker', ('president of the Brotherhood of Locomotive Engineers and Trainmen',)),
    ('t03', 'Lena Park', ('spokeswoman for the Sierra Club',)),
    ('t03', 'Tom Ohr', ('vice president for upstream policy',)),
    ('t03', 'Gail Ritter', ('Interior Department spokeswoman',)),
    ('t03', 'Rob Easley', ('Gov.',)),
    ('t03', 'Ken Lusby', ('runs a charter fishing boat out of Wanchese',
                          'runs a charter fishing boat')),
    ('t03', 'Mara Quist', ('lawyer at Earthjustice',)),
    ('t03', 'Bo Tanner', ('Rep.;R-S.C.',)),
    ('t04', 'Ed Haines', ('then-Gov.', 'former Gov.', 'partner at a Chicago law firm')),
    ('t04', 'Rick Alder', ('state Sen.', 'state Sen.;R-Peoria', 'former prosecutor;state Sen.',
                           'former prosecutor;state Sen.;R-Peoria')),
    ('t04', 'Marla Jenkins', ('state comptroller',)),
    ('t04', 'Pat Sorensen', ('Lawyer;union negotiator', 'union negotiator')),
    ('t04', 'Abe Cruz', ('spokesman',)),
    ('t04', 'Sam Ortiz', ('House majority leader', 'Rep.;House majority leader')),
    ('t04', 'Glenda Pike', ('retired schoolteacher',)),
    ('t05', 'Loretta Gaines', ('runs a food bank in Flint', 'runs a food bank')),
    ('t05', 'Marcus Hale', ('drives a school bus for the Flint Community Schools',
                            'drives a school bus')),
    ('t05', 'Nadia Farah', ('', 'Dr.')),
    ('t05', 'Sheldon Kirk', ('Mayor',)),
    ('t05', 'Erin Walsh', ('state health department spokeswoman', 'spokeswoman')),
    ('t05', 'Deshawn Little', ('',)),
    ('t05', 'Alvin Mercer', ('pastor of Greater Bethel Baptist Church',)),
    ('t06', 'Maria Delacroix', ('Sen.;D-Calif.', 'California senator')),
    ('t06', 'Leon Shaw', ('former Housing Secretary',)),
    ('t06', 'Dev Anand', ('Rep.;D-Wash.',)),
    ('t06', 'Paula Brandt', ('Colorado Gov.', 'Gov.')),
    ('t06', 'Tyler Voss', ('campaign manager',)),
    ('t06', 'Hank Doyle', ('Democratic strategist;former party chairman',
                           'Democratic strategist')),
    ('t06', 'Kim Ferris', ('',)),
    ('t07', 'Patrick Neal', ('directs the Hartwell University poll',)),
    ('t07', 'Sam Kettering', ('political psychologist at Emory University',)),
    ('t07', 'Amanda Cole', ('nurse',)),
    ('t07', 'Beth Ryder', ('', 'Media')),
    ('t07', 'Jo Anne Ruiz', ('Real estate agent', 'Real estate agent;mother of two')),
    ('t07', 'Ford Pierce', ('Republican consultant',)),
    ('t07', 'Sarah Lindqvist', ('executive director of Women Vote PA',)),
    ('t08', 'Helen Okafor', ("Cook County state's attorney", "state's attorney")),
    ('t08', 'Lamar Hughes', ("ran the public defender's office",
                             "former head of the public defender's office")),
    ('t08', 'Colin Marsh', ('State Treasurer',)),
    ('t08', 'Ray Dunning', ('police superintendent', 'former police superintendent')),
    ('t08', 'Julia Banks', ('campaign manager',)),
    ('t08', 'Pat Doyle', ('Alderman',)),
    ('t08', 'Lynn Crowder', ('political scientist at the University of Illinois Chicago',)),
    ('t09', 'Glen Hollis', ('Speaker;R-La.', 'House Speaker;R-La.')),
    ('t09', 'Ann Pardo', ('Treasury Secretary',)),
    ('t09', 'Joel Frame', ('House Minority Leader;D-N.Y.',)),
    ('t09', 'Lucy Tran', ('Rep.;R-Texas',)),
    ('t09', 'Ines Vela', ('spokeswoman for the Congressional Hispanic Caucus',)),
    ('t09', 'Will Grady', ('Rep.',)),
    ('t09', 'Omar Saleh', ('Rep.',)),
    ('t09', 'Betsy Lund', ('Rep.',)),
    ('t10', 'Carla Womack', ('U.S. District Judge',)),
    ('t10', 'Mark Bell', ("state's top prosecutor", 'top prosecutor')),
    ('t10', 'Denise Lott', ('lawyer for the American Civil Liberties Union of Missouri',)),
    ('t10', 'Kurt Voss', ('Secretary of State',)),
    ('t10', 'Ollie Banks', ('plaintiff',)),
    ('t10', 'Tina Rowe', ('Rep.;R-Joplin', 'Rep.;R-Joplin;sponsored the law')),
    ('t10', 'Ed Corley', ('professor of election law at Saint Louis University',)),
    ('t11', 'Dale Kruger', ('Rep.;R-Wash.',)),
    ('t11', 'Sofia Mendez', ('owns a dairy in Yakima', 'owns a dairy')),
    ('t11', 'Lyle Hatch', ('spokesman for the Washington State Farm Bureau',)),
    ('t11', 'Ana Ruelas', ('Teacher;school board member', 'school board member')),
    ('t11', 'Victor Lopez', ('', 'Toppenish')),
    ('t11', 'Grace Wen', ('', 'Dr.', 'Selah')),
    ('t11', 'Bob Udell', ('Sheriff',)),
    ('t11', 'Nate Pham', ('district director',)),
    ('t12', 'Jake Rourke', ('Army veteran;first-time candidate',
                            'first-time candidate;Republican')),
    ('t12', 'Linda Cho', ('Businesswoman;former state Rep.', 'former state Rep.')),
    ('t12', 'Eli Fenn', ('campaign spokesman',)),
    ('t12', 'Karen Holm', ('Former Rep.',)),
    ('t12', 'Patricia Owens', ('chairwoman of the Cobb County Republican Party',)),
    ('t12', 'Robert Garber', ('Emory political scientist',)),
    ('t12', 'Dwayne Mills', ('pharmacist',)),
    ('t13', 'Amy Ruiz', ('Rep.',)),
    ('t13', 'Derek Kell', ('Rep.',)),
    ('t13', 'Sal Pacheco', ('Rep.',)),
    ('t13', 'Carl Boyd', ('spokesman for the National Rifle Association',)),
    ('t13', 'Tasha Reed', ('volunteer leader',)),
    ('t13', 'Kris Hallett', ("Brady Campaign's president",)),
    ('t13', 'Joan Reyna', ('Sen.;D-Nev.',)),
    ('t14', 'Priya Raman', ("city's chief financial officer", 'chief financial officer')),
    ('t14', 'Tom Becker', ('Mayor',)),
    ('t14', 'Rosa Ibanez', ('Council member', 'Council member;chairs the finance committee')),
    ('t14', 'Luis Ortega', ('Council President',)),
    ('t14', 'Ann Fisk', ('then-Mayor', 'former Mayor', 'lobbyist in Sacramento')),
    ('t14', 'Jen Moody', ('spokeswoman for SEIU Local 1021',)),
    ('t14', 'Ken Ishii', ('', 'Dr.')),
    ('t14', 'Barb Stokes', ('',)),
]  # fmt: skip

# People named in a byline, a photo credit, a live blog's sign-off or an opinion writer's
# tagline.
NOT_SPEAKERS_55: list[tuple[str, str]] = [
    ("t01", "Pete Alcott"),
    ("t01", "Jorge Villa"),
    ("t02", "Maya Friedman"),
    ("t03", "Greg Tolliver"),
    ("t03", "Sue Lam"),
    ("t04", "Ruth Kline"),
    ("t05", "Jonah Bell"),
    ("t05", "Tess Ward"),
    ("t06", "Ali Mansour"),
    ("t07", "Erica Stahl"),
    ("t09", "Kyle Brennan"),
    ("t10", "Meg Harlan"),
    ("t11", "Dana Whitcomb"),
    ("t12", "Toni Alvarez"),
    ("t13", "Nick Oyama"),
    ("t14", "Lupe Castaneda"),
]
FIRST_JUDGED = (76, 101)  # (roles right, speakers found) on main 542b672, of 102

KNOWN_WRONG_55: dict[tuple[str, str], tuple[str | None, str]] = {}  # shown, why


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 14 and len(ROLES_55) == 102


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_55_figure = (
    judged_role_batch_tests(
        "role probes 55", PROBES, ROLES_55, KNOWN_WRONG_55, FIRST_JUDGED, NOT_SPEAKERS_55
    )
)
