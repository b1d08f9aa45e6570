"""roleprobes96: roles judged on invented news of the 2015-16 US election, in the styles
earlier role batches hold least (issue 15: the role sample falls from 97% on dev to 78% held
out). 11 stories (every person and quotation invented for this batch; real bodies such as
United Steelworkers, Georgetown University or the House Administration Committee are named
as offices), written as a long Sunday feature (t01), wire copy (t02, t05), a paper's
analysis (t03), a statehouse story (t04), a campaign feature (t06, t08), a vox pop (t07), a
Washington story (t09), a protest story (t10) and a local feature (t11), with 49 quoted
speakers:
- a role given once in a long feature and the person quoted by surname paragraphs later
  (Hruska in t01), or only by a definite nominal with an age ("Tom Brekke wants to be ... ||
  “...,” the 54-year-old former prosecutor said", "“...,” the longtime judge of elections
  said");
- roles after the quotation and after a bare surname ("“...,” said Banks, a 31-year-old
  youth pastor from Charlotte", "said X, 71, a Democrat and retired schoolteacher from
  Bethlehem");
- union leaders and state and local officials ("president of United Steelworkers Local
  1190", "who runs the Ohio AFL-CIO's political program", "County Recorder X", "Secretary of
  State X, the state's top election official,", "City Commissioner X, who chairs ...");
- role lists ("a Democrat who represents west Phoenix and sits on the House elections
  committee", "a Republican who represents Mesa on the county Board of Supervisors and
  chairs its budget committee", "a Democrat who represents Oregon and is the ranking member
  of the Rules Committee");
- pollsters and professors ("who directs the Keystone Poll at ...", "Pollster X, whose firm
  ...", "Political scientist X of Temple University");
- foreign officials ("Mexico's undersecretary for North America", "a senator from the
  ruling Institutional Revolutionary Party", "then-Trade Minister X");
- roles that changed ("X was a deputy chief of staff in the Clinton White House. Now ...",
  "X, then the state party chairwoman,", "Former Gov. X", "Sanders's New Hampshire political
  director until March", "Former Senate Majority Leader X, now a lobbyist at ...");
- ordinary voters with occupations and towns ("a dental hygienist from Appleton", "a dairy
  farmer in Kaukauna", "who teaches fourth grade in Neenah", "a Vietnam veteran and retired
  paper-mill worker"), and one with none ("X, 58, who waited five hours at a church");
- a role given by an inverted copula ("Reardon's campaign chairman is X, a retired steel
  executive.").

How the gold was decided (written down before On Record read the stories, as batches 62 and
90-95 were): the role a reporter would print beside the name in a short citation. The
role's noun phrase with its "of", "for", "at", "to", "with" and "in" complements is the
role; a relative clause of what the person did ("who waited five hours", "who came to see
Clinton") is not printed. Where a person is introduced by a clause of the work they do
("who runs the Ohio AFL-CIO's political program"), that verb phrase is the role. A definite
nominal that stands for a named person gives that person's role when the article gives no
other. An owner before the role may be shown or not. A variant is parts joined by ";", each
of which the role shown must hold, with at most ``SLACK`` words besides
(tests/test_role_sample.py's rule); "" is no role. The people of bylines and photo credits
must not become speakers (NOT_SPEAKERS_96).

First judged on main ffed3fa5 (stories and gold committed first, in 8186b1e6): 42 of 49
roles right (85.7%), 49 speakers found, no byline's or credit's person found. The seven
wrong: "then-Trade Minister X" shown "Minister" (the tagger reads "then-Trade" as a common
noun, so the title stops at "Minister"); "X, the local's president from 1988 to 2004," no
role (the tagger reads the owner "local" as an adjective); "the first-term Republican she
hopes to unseat" kept whole (a clause with no relative pronoun read as the appositive's
tail); two titled members whose appositive "a Democrat who represents ... and ..." is
shown after the title (train's role samples hold such a clause as optional, so there they
would count right; here the gold, written first, asks for the short citation); a title
before the name shown with a clause of what the strategist did after it ("who managed
Reardon's two races for district attorney"); and a relative clause of what a voter did
kept whole (house style, as batches 92, 94 and 95). Every long feature's surname and
definite nominal ("the 54-year-old former prosecutor", "the longtime judge of elections"),
every role after the quotation, the union leaders, pollsters, professors, foreign officials,
voters, changed roles and the inverted copula were right.

Branch roles96 mended the first three as grammar over the tagged words (tests/
test_roles96.py): 45 of 49. See KNOWN_WRONG_96.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_role_probes46 import judged_role_batch_tests

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_96.json").read_text(encoding="utf-8")
)

ROLES_96: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('t01', 'Marlene Hruska', ('retired nurse',)),
    ('t01', 'Dale Vostrey', ('union electrician',)),
    ('t01', 'Gary Lindahl', ('Republican chairman',)),
    ('t01', 'Tom Brekke', ('former prosecutor',)),
    ('t02', 'Leo Farrington', ('president of United Steelworkers Local 1190',)),
    ('t02', 'Donna Kuehl', ("runs the Ohio AFL-CIO's political program",)),
    ('t02', 'Bernard Sato', ('crane operator at the Mingo Junction mill', 'crane operator')),
    ('t02', 'Jim Tolliver', ("local's president from 1988 to 2004", 'former president')),
    ('t02', 'Megan Ruddy', ('Clinton campaign spokeswoman', 'campaign spokeswoman')),
    ('t03', 'Owen Ferris', ('directs the Keystone Poll at Franklin & Marshall College',
                            'directs the Keystone Poll')),
    ('t03', 'Greta Lindqvist', ('pollster',)),
    ('t03', 'Lena Osei', ('associate professor of government at Georgetown University',)),
    ('t03', 'Arturo Bellamy', ('political scientist;Temple University', 'political scientist')),
    ('t03', 'Ruth Pelham', ('retired schoolteacher from Bethlehem', 'retired schoolteacher')),
    ('t04', 'Carmen Olivares', ('State Rep.',
                                'Democrat who represents west Phoenix;House elections committee')),
    ('t04', 'Bill Arkwright', ('represents Mesa on the county Board of Supervisors;'
                               'chairs its budget committee',
                               'represents Mesa on the county Board of Supervisors',
                               'county supervisor')),
    ('t04', 'Nadine Voigt', ('County Recorder',)),
    ('t04', 'Ruth Ahlgren', ('Secretary of State', "state's top election official")),
    ('t04', 'Elaine Baca', ('',)),
    ('t05', 'Claudia Ibarra', ('undersecretary for North America',)),
    ('t05', 'Javier Robles', ('senator from the ruling Institutional Revolutionary Party',
                              'senator')),
    ('t05', 'Arturo Cienfuegos', ('Former foreign minister',)),
    ('t05', 'Stefan Kohlhaas', ('government spokesman',)),
    ('t05', 'Louise Garneau', ('Trade Minister',)),
    ('t06', 'Dennis Whalley', ('deputy chief of staff in the Clinton White House',
                               'deputy chief of staff')),
    ('t06', 'Marla Quist', ('state party chairwoman',)),
    ('t06', 'Hal Brennan', ('Former Gov.',)),
    ('t06', 'Rhonda Till', ('New Hampshire political director until March',
                            'former political director')),
    ('t07', 'Karen Dorsch', ('dental hygienist',)),
    ('t07', 'Tim Oberle', ('dairy farmer',)),
    ('t07', 'Jessica Van Dyke', ('teaches fourth grade',)),
    ('t07', 'Ron Prieur', ('Vietnam veteran;retired paper-mill worker',
                           'retired paper-mill worker')),
    ('t07', 'Marcus Lee', ('freshman at the University of Wisconsin-Oshkosh',)),
    ('t08', 'Joanne Reardon', ('former federal prosecutor',)),
    ('t08', 'Paul Ketter', ('Sen.',)),
    ('t08', 'Walt Dressler', ('campaign chairman', 'retired steel executive')),
    ('t08', 'Gail Munro', ('Democratic strategist',)),
    ('t09', 'Alma Whitford', ('Sen.', 'ranking member of the Rules Committee')),
    ('t09', 'Dale Horvath', ('Rep.', 'chairs the House Administration Committee',
                             'Rep.;R-Mich.;chairs the House Administration Committee')),
    ('t09', 'Kirsten Abel', ('top Democratic staffer',)),
    ('t09', 'Ray Dunleavy', ('Former Senate Majority Leader',
                             'Former Senate Majority Leader;lobbyist at Holland & Pierce')),
    ('t10', 'Tyrell Banks', ('youth pastor from Charlotte', 'youth pastor')),
    ('t10', 'Rodney Maye', ('police Chief',)),
    ('t10', 'Priya Natarajan', ('Clinton aide',)),
    ('t10', 'Harold Briggs', ('senior pastor at Friendship Baptist', 'senior pastor')),
    ('t10', 'Shonda Maxey', ('home health aide',)),
    ('t11', 'Vera Okafor', ('City Commissioner',
                            'chairs the three-member board that runs elections in the city')),
    ('t11', 'Bryce Templeton', ('lawyer for the state Republican Party',)),
    ('t11', 'Martha Greer', ('judge of elections',)),
]  # fmt: skip

# The people named in bylines and photo credits.
NOT_SPEAKERS_96: list[tuple[str, str]] = [
    ("t01", "Hannah Lorimer"),
    ("t02", "Rafael Quintero"),
    ("t03", "Carla Benedetti"),
    ("t04", "Mira Chatterjee"),
    ("t05", "Lucia Ferrer"),
    ("t07", "Anna Kowal"),
    ("t09", "Sean Whitlock"),
    ("t11", "Luis Ortega"),
]
FIRST_JUDGED = (42, 49)  # (roles right, speakers found) on main ffed3fa5, of 49

KNOWN_WRONG_96: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('t04', 'Carmen Olivares'): (
        'State Rep., Democrat who represents west Phoenix and sits on the House elections '
        'committee',
        'a party and district clause shown after the title (optional in train\'s samples)',
    ),
    ('t08', 'Gail Munro'): (
        "longtime Democratic strategist, managed Reardon's two races for district attorney",
        'a clause of what she did shown after the title before the name',
    ),
    ('t09', 'Alma Whitford'): (
        'Sen., Democrat who represents Oregon and is the ranking member of the Rules Committee',
        'a party and state clause shown after the title (optional in train\'s samples)',
    ),
    ('t10', 'Shonda Maxey'): (
        '44-year-old home health aide who came to see Clinton',
        'a relative clause of what she did kept whole (house style)',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 11 and len(ROLES_96) == 49


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_96_figure = (
    judged_role_batch_tests(
        "role probes 96", PROBES, ROLES_96, KNOWN_WRONG_96, FIRST_JUDGED, NOT_SPEAKERS_96
    )
)
