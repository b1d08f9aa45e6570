"""roleprobes90: roles judged on invented news outside politics (business, economics,
police, fire, hospitals, churches, sport, unions, courts, election offices, a start-up and
housing, written as the AP and the big papers write them). 12 short stories (every person
and quotation invented for this batch; real bodies such as Tufts University, Moody's or the
Brookings Institution are named as offices) with 64 quoted speakers, in the kinds earlier
batches cover least:
- academics ("a professor of economics at Tufts University who studies how minimum wages
  affect small family businesses", "who teaches labor law at Boston College", "a robotics
  professor at Carnegie Mellon University", "The study's lead author, X, an assistant
  professor of public policy at Northeastern University");
- analysts and fellows ("an analyst with Moody's", "A senior fellow at the Brookings
  Institution, Rhea Castellanos, was", "chief economist at the Mortgage Bankers
  Association", "a senior analyst at the Bipartisan Policy Center who studies election
  administration");
- company people ("the chief executive of Harrowgate, Dana Ruiz, said", "Harrowgate's chief
  financial officer, Pete Sorensen,", "a vice president at Ridgeway Partners, which owns 4
  percent of Harrowgate's shares", "The head of research at the brokerage Halcyon Realty,
  Roberta Quist,", "a co-founder of the company, Roverly,");
- police and fire ("the officer, Tom Beale, a 12-year veteran of the department", "Sgt. Ana
  Vidal, a department spokeswoman,", "Fire Capt. Lee Ortiz, whose engine company was the
  first on the scene", "Battalion Chief", "The city's fire marshal, Glen Oduya,");
- doctors and nurses ("Dr. Nadia Okonkwo, an emergency physician at Mercy Hospital", "Dr.
  Anita Rao, who directs the hospital's burn center", "Mercy's chief nursing officer");
- clergy ("the Rev. Samuel Okafor, pastor of Grace Baptist Church", "Rabbi Miriam Adler of
  Temple Beth Shalom", "Imam Yusuf Haddad, who leads the Lake Street Islamic Center", "The
  archbishop of Saint Paul and Minneapolis, the Most Rev. Thomas Kearney,", "Deacon");
- coaches and players ("the Hawks' starting goalkeeper, Ryan Doyle", "Hawks defender Sam
  Otieno, who scored the tying goal", "Rovers head coach Marty Kessler", "Coach");
- union officers ("president of Local 412 of the United Nurses of Pennsylvania", "the
  union's chief negotiator", "The hospital's vice president of labor relations");
- lawyers ("who represents the family", "His defense attorney, Grace Liu,");
- a role given in a later paragraph than the quotation ("“...,” Marisol Fenn told reporters
  || Fenn, a division chief with Cal Fire who was sent to help, said"; "“...,” Nate Gorski
  said || Gorski is the president of Keystone Ballot Printing"; "“...,” Nadia Farrow said ||
  Farrow, the company's head of operations, said");
- a role before the name in a sentence-opening phrase ("The state's top election official,
  Maria Díaz, said", "A real estate agent in Scottsdale, Bev Harmon, said", "A classmate
  who saw the crash, Jada Whitfield, said");
- two people sharing one plural title ("Hawks forwards Jamal Price and Theo Lund", "Shop
  stewards Carla Núñez and Dev Patel", "County commissioners Hal Greer and Sue Tanaka"),
  each quoted later by surname;
- people given no role (a clause of where they live or what befell them, an age and town).

How the gold was decided (written down before On Record read the stories, as batches 55,
59 and 62 did): the role a journalist would print beside the name in a short citation, the
current one where the story gives two (another alongside is a variant). A plural title
shared by two people is each one's role, singular or plural as written. Where a person is
introduced by a clause of the work they do or the post they hold ("who teaches labor law at
Boston College", "who represents the family", "who directs the hospital's burn center",
"who owns a diner in Dorchester"), the reporter prints that verb phrase as the role, not a
noun the article does not give. A clause of what a person did, studies or suffered ("who
studies how ...", "whose engine company was the first on the scene", "who scored the tying
goal", "whose father, 81, was admitted"), where they live ("who lives across the street")
and "41, of Mesa" are no role and must not be shown with one. A relation ("His mother",
"A classmate") is the role of a person given no other. A title alone ("Coach", "Rabbi",
"Police Chief") is the role where the story gives no other; "Dr." alone is no role. A
variant is parts joined by ";", each of which the role shown must hold, with at most
``SLACK`` words besides (tests/test_role_sample.py's rule); "" is no role. The byline's
person must not become a speaker (NOT_SPEAKERS_90).

First judged on main c5b54ce1 (stories and gold committed first, in d15e48e6): 55 of 64
roles right (85.9%), 63 speakers found, the byline's person not found. The nine wrong by
kind: three keep a relative clause of what the person studies or was sent to do (the
speaker's role keeps an appositive's clause as the article gives it, house style); three
are a phrase before an apposed name not read (an owner's compound headed by a kind of
person no list holds, "The city's fire marshal, X,"; a phrase with a relative clause of its
own, "A classmate who saw the crash, X,"; an article and honorific between the comma and
the name, "The archbishop of ..., the Most Rev. X,"); two share a plural title whose
singular no role list holds ("Hawks forwards X and Y"); one is no speaker ("said the Hawks'
starting goalkeeper, X.": a participle after the owner ends the phrase). After the mend of
branch roles90 (a plural kind of person shared by two names, "Hawks forwards X and Y", and
a plural alone naming what each does, "economists X and Y", no relation, "rivals X and
Y"): 57, 63 found. The other three phrase kinds were mended in trials and not kept: none
stands in whole train. Merged with roles64 (a phrase ending in a two-word person noun set
beside a name is its role): 58, 63 found ("The city's fire marshal, Glen Oduya,"). See
KNOWN_WRONG_90.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_role_probes46 import judged_role_batch_tests

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_90.json").read_text(encoding="utf-8")
)

ROLES_90: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('p01', 'Margaret Haldane', ('professor of economics at Tufts University',)),
    ('p01', 'Rhea Castellanos', ('senior fellow at the Brookings Institution',)),
    ('p01', 'Priya Venkataraman', ('assistant professor of public policy at Northeastern '
                                   'University', "study's lead author",
                                   "study's lead author;assistant professor of public policy at "
                                   "Northeastern University")),
    ('p01', 'Devin Achterberg', ('teaches labor law at Boston College',)),
    ('p01', 'Luis Brandão', ('owns a diner in Dorchester',)),
    ('p02', 'Dana Ruiz', ('chief executive', 'chief executive of Harrowgate')),
    ('p02', 'Pete Sorensen', ('chief financial officer',)),
    ('p02', 'Ibrahim Koné', ("analyst with Moody's",)),
    ('p02', 'Jill Marchetti', ('vice president at Ridgeway Partners',)),
    ('p02', 'Bill Theriault', ('town manager',)),
    ('p02', 'Gail Pelletier', ('', 'worked at the mill since she was 19')),
    ('p03', 'Kamala Brewer', ('Police Chief',)),
    ('p03', 'Tom Beale', ('officer', '12-year veteran of the department',
                          'officer;12-year veteran of the department')),
    ('p03', 'Ana Vidal', ('department spokeswoman', 'Sgt.;department spokeswoman')),
    ('p03', 'Rick Hammond', ('president of the Dayton Fraternal Order of Police lodge',
                             'Det.;president of the Dayton Fraternal Order of Police lodge')),
    ('p03', 'Chantelle Morris', ('',)),
    ('p03', 'Glen Ashworth', ('Montgomery County Prosecutor',)),
    ('p04', 'Lee Ortiz', ('Fire Capt.',)),
    ('p04', 'Renee Hartwell', ('Battalion Chief',)),
    ('p04', 'Glen Oduya', ('fire marshal',)),
    ('p04', 'Marisol Fenn', ('division chief with Cal Fire',)),
    ('p04', 'Ray Kessling', ('owner of Kessling Produce',)),
    ('p05', 'Nadia Okonkwo', ('emergency physician at Mercy Hospital',)),
    ('p05', 'Anita Rao', ("directs the hospital's burn center",)),
    ('p05', 'Colleen Brandt', ('chief nursing officer',)),
    ('p05', 'Samuel Ibe', ('public health director',)),
    ('p05', 'Teresa Gómez', ('',)),
    ('p06', 'Samuel Okafor', ('pastor of Grace Baptist Church',
                              'Rev.;pastor of Grace Baptist Church')),
    ('p06', 'Miriam Adler', ('Rabbi', 'Rabbi;Temple Beth Shalom')),
    ('p06', 'Yusuf Haddad', ('Imam', 'leads the Lake Street Islamic Center',
                             'Imam;leads the Lake Street Islamic Center')),
    ('p06', 'Thomas Kearney', ('archbishop of Saint Paul and Minneapolis',
                               'Most Rev.;archbishop of Saint Paul and Minneapolis')),
    ('p06', 'Walt Iverson', ('Deacon', "runs the overnight shift at St. Mark's",
                             "Deacon;runs the overnight shift at St. Mark's")),
    ('p07', 'Ryan Doyle', ('starting goalkeeper',)),
    ('p07', 'Sam Otieno', ('defender',)),
    ('p07', 'Jamal Price', ('forward', 'forwards')),
    ('p07', 'Theo Lund', ('forward', 'forwards')),
    ('p07', 'Beth Lindgren', ('Coach',)),
    ('p07', 'Marty Kessler', ('head coach',)),
    ('p07', 'Carol Voss', ('general manager',)),
    ('p08', 'Rosa Méndez', ('president of Local 412 of the United Nurses of Pennsylvania',)),
    ('p08', 'Ken Albright', ('chief negotiator',)),
    ('p08', 'Janet Pruitt', ('vice president of labor relations',)),
    ('p08', 'Carla Núñez', ('shop steward', 'shop stewards')),
    ('p08', 'Dev Patel', ('shop steward', 'shop stewards')),
    ('p08', "Maureen O'Shea", ('cardiac nurse',)),
    ('p09', 'Paul Navarro', ('represents the family',)),
    ('p09', 'Loretta Lyle', ('mother',)),
    ('p09', 'Grace Liu', ('defense attorney',)),
    ('p09', 'Erin Maddox', ('teaches constitutional law at the University of Kansas',)),
    ('p10', 'Maria Díaz', ('top election official',)),
    ('p10', 'Hal Greer', ('commissioner', 'commissioners')),
    ('p10', 'Sue Tanaka', ('commissioner', 'commissioners')),
    ('p10', 'Nate Gorski', ('president of Keystone Ballot Printing',)),
    ('p10', 'Ruth Abelson', ('senior analyst at the Bipartisan Policy Center',)),
    ('p11', 'Nadia Farrow', ('head of operations',)),
    ('p11', 'Jada Whitfield', ('classmate',)),
    ('p11', 'Loren Beck', ('vice president for campus safety',)),
    ('p11', 'Marcus Oyelaran', ('robotics professor at Carnegie Mellon University',)),
    ('p11', 'Kip Delaney', ('co-founder', 'co-founder of Roverly',
                            'co-founder of the company Roverly')),
    ('p12', 'Greg Halvorsen', ('chief economist at the Mortgage Bankers Association',)),
    ('p12', 'Lena Fong', ("senior fellow at the Urban Institute's Housing Finance Policy "
                          "Center",)),
    ('p12', 'Bev Harmon', ('real estate agent in Scottsdale', 'real estate agent')),
    ('p12', 'Roberta Quist', ('head of research at Halcyon Realty',
                              'head of research at the brokerage Halcyon Realty')),
    ('p12', 'Tom Sayles', ('',)),
]  # fmt: skip

# The person named in a byline.
NOT_SPEAKERS_90: list[tuple[str, str]] = [("p02", "Karen Holt")]
FIRST_JUDGED = (55, 63)  # (roles right, speakers found) on main c5b54ce1, of 64

KNOWN_WRONG_90: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('p01', 'Margaret Haldane'): (
        'professor of economics at Tufts University who studies how minimum wages affect '
        'small family businesses',
        'a relative clause of what she studies kept whole: the speaker\'s role keeps an '
        'appositive\'s "who" clause as the article gives it (house style; short_role and the '
        'hand samples, which count such clauses optional, drop it), and this gold counts it '
        'no role',
    ),
    ('p04', 'Marisol Fenn'): (
        'division chief with Cal Fire who was sent to help',
        'a relative clause of what she was sent to do kept whole (house style, as Haldane)',
    ),
    ('p06', 'Thomas Kearney'): (
        'Most Rev.',
        '"The archbishop of Saint Paul and Minneapolis, the Most Rev. Thomas Kearney, asked": '
        'an article and an honorific title between the comma and the name stop the phrase '
        'before it being read as his role; the title alone is shown',
    ),
    ('p07', 'Ryan Doyle'): (
        None,
        'no speaker: "“...,” said the Hawks\' starting goalkeeper, Ryan Doyle." gives the '
        'quotation to "Hawks": a participle ("starting/VBG") after an owner\'s possessive '
        'ends the phrase before the name ("said the school\'s founding director, X" too; '
        '"said the starting goalkeeper, X" is read). Read as the role\'s modifier (tried in '
        'branch roles90), the participle gives "The team\'s starting goalkeeper, X, said" its '
        'role, but the inverted cue\'s speaker is chosen in core.attribution, and no such '
        'phrase stands in whole train: not kept',
    ),
    ('p10', 'Ruth Abelson'): (
        'senior analyst at the Bipartisan Policy Center who studies election administration',
        'a relative clause of what she studies kept whole (house style, as Haldane)',
    ),
    ('p11', 'Jada Whitfield'): (
        None,
        '"A classmate who saw the crash, Jada Whitfield, said": a phrase before an apposed '
        'name is not read past a relative clause of its own (as batch 83\'s Higa)',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 12 and len(ROLES_90) == 64


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_90_figure = (
    judged_role_batch_tests(
        "role probes 90", PROBES, ROLES_90, KNOWN_WRONG_90, FIRST_JUDGED, NOT_SPEAKERS_90
    )
)
