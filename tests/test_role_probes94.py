"""roleprobes94: roles judged on invented news of the 2015-16 US election in the house styles
of different outlets and in the forms earlier batches hold few of (issue 15: the role sample
falls from 97% on dev to 78% held out). 12 stories (every person and quotation invented for
this batch; real bodies such as the Ohio State Highway Patrol, Sciences Po or the Defense
Intelligence Agency are named as offices), written as wire copy (g01, g07), a tabloid (g02,
g11), a local paper (g03, g08, g12), a long feature (g04, g09), a live blog (g05) and
transcript-heavy pieces (g06, g10), with 83 quoted speakers:
- acting, interim, outgoing, incoming, -designate and -elect offices ("Ohio's acting
  secretary of state, X,", "The county's interim elections director", "County Auditor-elect
  X", "Britain's ambassador-designate to Washington", "U.N. Ambassador-designate X", "The
  city's safety director-designate", "State Rep.-elect X (R-N.H.)", "Outgoing Sen. X");
- two roles joined by "and" before the name ("The lawyer and activist X", "Trump pal and
  ex-casino exec X", "The economist and former Fed governor X", "Washington lobbyist and
  former Trump campaign aide X");
- a role before the name with its own possessive owner ("Franklin County's top election
  official, X,", "The local's president, X,", "Keystone Forward's treasurer, X,", "The
  precinct's chairwoman, X,");
- foreign officials and diplomats ("Mexico's ambassador to the U.S., X,", "The acting consul
  general of Mexico in Phoenix, X,", "a spokesman for the Russian Embassy in Washington",
  "Former Japanese trade minister X");
- military and police ranks ("Sgt. X of the Ohio State Highway Patrol", "Retired Lt. Col.
  X", "Ex-NYPD Deputy Chief X", "Master Sgt. X of the Ohio National Guard", "Lt. Gen. X",
  "Cmdr. X", "Deputy X of the Washoe County Sheriff's Office");
- academic titles ("Professor X of the University of Michigan", "Temple University
  Professor X", "X, who teaches law at Wayne State University");
- a role in a parenthesis or after a dash ("said Ray Dolan (the Florida GOP's interim
  executive director).", "Clinton aide X (the campaign's deputy press secretary)", "said X —
  a Queens real-estate broker who ...", "said X — a former classification officer at the
  State Department —", "Walsh's campaign spokeswoman — X — said");
- "former", "then-" and "ex-" ("Former Mayor X", "then-state Rep. X", "Ex-Rep. X", "Former
  state Sen. X, D-Las Vegas,");
- a party and state tag ("Sen. X (R-Ohio)", "Rep. X, D-Calif.,");
- a role given only in a first reference far before the quotation (Whitfield in g04, Boyd
  in g09: the article's opening, several paragraphs and other speakers before her words);
- a person described only by an evaluation ("a fierce critic of the wall", "a longtime
  skeptic of both parties", "a longtime Trump loyalist", "an outspoken opponent of
  fracking") or a relation ("Her husband, X,", "Her son, X, 19,", "Crowder's brother, X,",
  "said his wife, X.").

How the gold was decided (written down before On Record read the stories, as batches 62, 90,
92 and 93 were): the role a reporter would print beside the name in a short citation. The
role's noun phrase with its "of", "for", "at", "to", "with" and "in" complements is the role;
a relative clause of what the person did ("who ran a voter hotline", "who lost his seat in
2012") is not printed. Where a person is introduced by a clause of the work they do ("who
teaches law at Wayne State University"), that verb phrase is the role. A qualifier of time
in office ("acting", "interim", "outgoing", "incoming", "-designate", "-elect", "former",
"ex-", "then-") is part of the role and must be shown: without it the role says the person
holds the office now. A rank or title before the name ("Sgt.", "Lt. Col.", "Deputy Chief",
"Professor") is the role, with the body after the name ("of the Ohio State Highway Patrol")
as a variant's second part or left out; "Gen." and the like before a role after the name
may be shown or not. Two roles joined by "and" are both the role. A member of Congress given
a title and a party tag has both ("Sen.;R-Ohio"). An owner before the role ("Ohio's",
"Mexico's", "The local's") may be shown or not. A role in a parenthesis or between dashes is
the role as if it stood in commas. A role given in a first reference is the person's role
however far before the quotation it stands. An evaluation that is a person's only
description ("a fierce critic of the wall", "a longtime Trump loyalist") is the role, as
train's rows print "supporter of Republican Donald Trump" and "prominent Trump supporter"; a
relation ("her husband", "his wife") is the role of a person given no other (batches 62 and
90). An age and a town alone are no role. A variant is parts joined by ";", each of which
the role shown must hold, with at most ``SLACK`` words besides (tests/test_role_sample.py's
rule); "" is no role. The people of bylines and the live blog's credit line must not become
speakers (NOT_SPEAKERS_94).

First judged on main 41aa140a (stories and gold committed first, in 7988ca08): 64 of 83
roles right (77.1%), 82 speakers found, no byline's or credit's person found. The 19 wrong
by kind:
- seven are an office with "-elect" or "-designate": a title before the name ("County
  Auditor-elect X", "Mayor-elect X", "Councilman-elect X", "U.N. Ambassador-designate X")
  gives no role, "State Rep.-elect X (R-N.H.)" only the tag, and a role noun apposed before
  the name ("Britain's ambassador-designate to Washington, X,", "The city's safety
  director-designate, X,") none;
- three are two roles joined by "and" before the name: the first lost ("The lawyer and
  activist X" gives "activist", "The economist and former Fed governor X" "former Fed
  governor") or both ("Trump pal and ex-casino exec X");
- three keep a relative clause of what the person did or does after the role (house style,
  as batches 92's and 93's);
- three are a head apposed before the name that no list holds ("The acting consul general
  of Mexico in Phoenix, X,", "The consul of Mexico in Las Vegas, X,", "Washoe County's
  registrar of voters, X,");
- one loses "Former state" before a title ("Former state Sen. X, D-Las Vegas," gives "Sen.
  (D-Las Vegas)");
- one is an owner shown past the slack ("House Oversight Committee's chairman" beside
  "Rep. (R-Utah)");
- one is no speaker: "Pieter Van Aelst" split at the surname particle.
The ranks, the academic titles, parentheses and dashes, party tags, "acting", "interim",
"outgoing", "incoming", "then-" and "ex-", the owned roles, the first references far before
the quotation, the evaluations and the relations were right. Branch roles56 read a role or
title word with "-elect" or "-designate" after it as the word alone (71 of 83: the seven
such rows right). Branch roles60 keeps "Former state" before the title: a capitalised
modifier opening the sentence is no subject of "state" read as a verb (72 of 83). See
KNOWN_WRONG_94.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_role_probes46 import judged_role_batch_tests

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_94.json").read_text(encoding="utf-8")
)

ROLES_94: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('g01', 'Darren Fleck', ('acting secretary of state',)),
    ('g01', 'Paula Renner', ('Sen.;R-Ohio',)),
    ('g01', 'Marcy Dunleavy', ('top election official',)),
    ('g01', 'Luis Ferrante', ('Sgt.;Ohio State Highway Patrol', 'Sgt.')),
    ('g01', 'Beth Harlan', ('outgoing campaign manager',)),
    ('g01', 'Nadia Qureshi', ('lawyer;activist',)),
    ('g01', 'Tom Kessler', ('husband',)),
    ('g02', 'Frank Mulroy', ('Ex-;Deputy Chief',)),
    ('g02', 'Brenda Oakes', ('critic of the wall',)),
    ('g02', 'Lou Brancato', ('pal;ex-casino exec',)),
    ('g02', 'Dwight Ambers', ('Lt. Col.;Trump surrogate', 'Retired Lt. Col.')),
    ('g02', 'Rafael Quintero', ('ambassador to the U.S.',)),
    ('g02', 'Vinnie Sposato', ('Queens real-estate broker', 'real-estate broker')),
    ('g02', 'Jordan Meeks', ('deputy press secretary',)),
    ('g03', 'Janine Voss', ('Auditor-elect',)),
    ('g03', 'Hal Dempsey', ('Former Mayor',)),
    ('g03', 'Ruth Kapp', ('interim elections director',)),
    ('g03', 'Carl Ostrowski', ('Deputy Sheriff',)),
    ('g03', 'Ed Lind', ('Pastor;First Lutheran Church', 'Pastor')),
    ('g03', 'Marjorie Teig', ('teaches civics at Ames High School',)),
    ('g03', 'Derek Teig', ('son',)),
    ('g04', 'Lorraine Whitfield', ('outgoing chairwoman of the Michigan Democratic Party',)),
    ('g04', 'Anton Greaves', ('Professor;University of Michigan', 'Professor')),
    ('g04', 'Dana Kirchner', ('teaches law at Wayne State University',)),
    ('g04', 'Walter Pryce', ('then-state Rep.', 'then;Rep.')),
    ('g04', 'Sandra Kowal', ('president',)),
    ('g04', 'Gerald Banks', ('skeptic of both parties',)),
    ('g04', 'Edward Lang', ('Sen.;D-Mich.',)),
    ('g05', 'Barbara Eckhart', ('Outgoing Sen.;D-Md.',)),
    ('g05', 'Tanya Brooks', ('Mayor-elect',)),
    ('g05', 'Julian Marsh-Tate', ('ambassador-designate to Washington', 'ambassador-designate')),
    ('g05', 'Rhonda Ellis', ('Capt.;spokeswoman for the Philadelphia Police Department',
                             'spokeswoman for the Philadelphia Police Department')),
    ('g05', 'Ray Dolan', ('interim executive director',)),
    ('g05', 'Kendra Bryce', ('poll worker in Durham', 'poll worker')),
    ('g06', 'Curtis Boyle', ('Rep.;R-Texas',)),
    ('g06', 'Paula Whitacre', ('Acting Inspector General',)),
    ('g06', 'Anita Velez', ('Rep.;D-Calif.',)),
    ('g06', 'Hollis Grant', ('chairman',)),
    ('g06', 'Marcus Dole', ('former director of the Defense Intelligence Agency',)),
    ('g06', 'Kevin Oyelaran', ('Deputy Assistant Secretary of State',)),
    ('g06', 'Harriet Ng', ('former classification officer at the State Department',
                           'former classification officer')),
    ('g07', 'Klaus Reinholt', ('outgoing ambassador to Washington', 'outgoing ambassador')),
    ('g07', 'Elena Sarmiento', ('acting consul general of Mexico in Phoenix',
                                'acting consul general;Mexico')),
    ('g07', 'Henrik Dahl', ('spokesman;Lt. Col.',)),
    ('g07', 'Hiroshi Tanabe', ('Former Japanese trade minister', 'Former trade minister')),
    ('g07', 'Pieter Van Aelst', ('ambassador to the United States',)),
    ('g07', 'Igor Lavrenko', ('spokesman for the Russian Embassy in Washington',
                              'spokesman for the Russian Embassy')),
    ('g07', 'Mireille Aubry', ('teaches international relations at Sciences Po',)),
    ('g08', 'Angela Ruiz', ('Deputy Chief;Cleveland Division of Police', 'Deputy Chief')),
    ('g08', 'Joel Pruitt', ('Master Sgt.;Ohio National Guard', 'Master Sgt.')),
    ('g08', 'Dana Voigt', ("Lt.;spokeswoman for the Cuyahoga County Sheriff's Office",
                           "spokeswoman for the Cuyahoga County Sheriff's Office")),
    ('g08', 'Omar Whitlock', ('safety director-designate',)),
    ('g08', 'Bernard Sykes', ('Interim Police Chief',)),
    ('g08', 'Malik Crowder', ('brother',)),
    ('g08', 'Tessa Yarrow', ('Cmdr.',)),
    ('g09', 'Caroline Boyd', ('chairwoman of the Bucks County Democratic Committee',)),
    ('g09', 'Lyman Pratt', ('economist;former Fed governor',)),
    ('g09', 'Terrence Odom', ('Councilman-elect',)),
    ('g09', 'Dominic Falco', ('Ex-Rep.',)),
    ('g09', 'Alan Mercer', ('treasurer',)),
    ('g09', 'Ruth Okafor', ('Temple University Professor', 'Professor')),
    ('g09', 'Wayne Stull', ('Trump loyalist',)),
    ('g10', 'Derek Sloane', ('moderator', 'anchor')),
    ('g10', 'Ronald Fitch', ('Sen.;R-Pa.',)),
    ('g10', 'Erin Walsh', ('Democratic nominee', 'nominee')),
    ('g10', 'Mina Castellano', ('Acting State Treasurer',)),
    ('g10', 'Bria Lowell', ('spokeswoman',)),
    ('g10', 'Jim Harlan', ('opponent of fracking',)),
    ('g10', 'Kyle Benner', ('Former Marine Sgt.',)),
    ('g11', 'Rick Lorenz', ('incoming White House deputy chief of staff',
                            'incoming deputy chief of staff')),
    ('g11', 'Corinne Hale', ('U.N. Ambassador-designate', 'Ambassador-designate')),
    ('g11', 'Glenn Ortiz', ('Outgoing Labor Department spokesman', 'Outgoing spokesman')),
    ('g11', 'Harlan Voss', ('Gen.;Trump adviser', 'Retired Army Gen.')),
    ('g11', 'Dana Whitlow', ('Rep.-elect;R-N.H.', 'State Rep.-elect')),
    ('g11', 'Barry Kahn', ('lobbyist;former Trump campaign aide',)),
    ('g11', 'Monica Lorenz', ('wife',)),
    ('g12', 'Luanne Cortez', ('registrar of voters',)),
    ('g12', 'Adriana Pereda', ('consul of Mexico',)),
    ('g12', 'Tomas Escobar', ('Professor;University of Nevada', 'Professor')),
    ('g12', 'Raul Mendez', ('teaches history at Reno High School',)),
    ('g12', 'Irma Beltran', ('chairwoman',)),
    ('g12', 'Manny Ochoa', ('Former state Sen.;D-Las Vegas', 'Former state Sen.')),
    ('g12', 'Jesse Kroll', ("Deputy;Washoe County Sheriff's Office", 'Deputy')),
]  # fmt: skip

# The people named in bylines and the live blog's credit line.
NOT_SPEAKERS_94: list[tuple[str, str]] = [
    ("g01", "Martin Hale"),
    ("g02", "Vic Marino"),
    ("g03", "Ann Halvorsen"),
    ("g04", "Celia Brandt"),
    ("g05", "Amy Stroud"),
    ("g05", "Paul Keane"),
    ("g06", "Grace Lindell"),
    ("g07", "Stefan Vogel"),
    ("g08", "Joe Kalinski"),
    ("g09", "Hannah Gerber"),
    ("g10", "Luis Ortega"),
    ("g11", "Frankie Delgado"),
    ("g12", "Teresa Vidal"),
]
FIRST_JUDGED = (64, 82)  # (roles right, speakers found) on main 41aa140a, of 83

KNOWN_WRONG_94: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('g01', 'Nadia Qureshi'): (
        'activist, ran a voter hotline in Cleveland',
        '"The lawyer and activist X, who ...": the first of two roles joined by "and" before '
        'the name is lost, and the deed of the clause after it kept',
    ),
    ('g02', 'Frank Mulroy'): (
        'Ex-NYPD Deputy Chief, runs a private security firm',
        'a relative clause of what he does now kept beside the title (house style)',
    ),
    ('g02', 'Lou Brancato'): (
        None,
        '"Trump pal and ex-casino exec X": two roles joined by "and" before the name, '
        'neither read',
    ),
    ('g02', 'Vinnie Sposato'): (
        'Queens real-estate broker who has known Trump since grade school',
        'a relative clause of a deed kept whole after a dash (house style)',
    ),
    ('g06', 'Hollis Grant'): (
        "Rep. (R-Utah), House Oversight Committee's chairman",
        '"the committee\'s" shown as the body it names beside the title and tag: an owner the '
        'docstring lets be shown, but past the slack',
    ),
    ('g07', 'Elena Sarmiento'): (
        None,
        '"The acting consul general of Mexico in Phoenix, X,": "consul general" apposed '
        'before the name is not read',
    ),
    ('g07', 'Pieter Van Aelst'): (
        None,
        'no speaker of that name: "Pieter Van Aelst" is split, "Van Aelst" the name and '
        '"Pieter" its role (a surname particle; identity work)',
    ),
    ('g09', 'Lyman Pratt'): (
        'former Fed governor',
        '"The economist and former Fed governor X": the first of two roles joined by "and" '
        'before the name is lost (as Qureshi)',
    ),
    ('g10', 'Kyle Benner'): (
        'Former Marine Sgt., Iraq War veteran who watched at a bar in Media',
        'a relative clause of a deed kept whole (house style), past the slack',
    ),
    ('g12', 'Luanne Cortez'): (
        None,
        '"Washoe County\'s registrar of voters, X,": "registrar" apposed before the name is '
        'not read (as batch 92\'s Clark County registrar)',
    ),
    ('g12', 'Adriana Pereda'): (
        None,
        '"The consul of Mexico in Las Vegas, X,": "consul" apposed before the name (as '
        'Sarmiento)',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 12 and len(ROLES_94) == 83


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_94_figure = (
    judged_role_batch_tests(
        "role probes 94", PROBES, ROLES_94, KNOWN_WRONG_94, FIRST_JUDGED, NOT_SPEAKERS_94
    )
)
