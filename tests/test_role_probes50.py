"""roleprobes50: roles judged on invented news of PolNeAR's genre (US politics and
government, 2015-16 style). 30 short stories (every person and quotation invented for this
batch; real bodies such as the Brookings Institution or the Democratic National Committee
are named as offices, and the invented candidates Hale, Corliss and Whitcomb stand for the
campaigns) with 120 quoted speakers: titles with "of" before the name ("Secretary of the
Interior Wendell Ashby", "Under Secretary of Defense for Policy Norma Fisk", "Chairman of
the Joint Chiefs of Staff Gen. Wallace Brandt"), appositives holding a possessive ("Wes
Halloran, Sen. Ruth Abernathy's chief of staff", "Jared Voss, Corliss's campaign
manager"), "head of" appositives, roles followed by relative clauses ("a Republican who
represents Ohio's 8th District", "a lawyer who advised the Romney campaign in 2012"),
state-party titles ("Iowa GOP Chairman X", "chairwoman of the Iowa Democratic Party"),
campaign spokespeople, pollsters, lobbyists, former officials ("a former ambassador to
Mexico", "who was ambassador to Russia from 2009 to 2012"), roles given in a later
sentence ("Lowe is the executive director of ...", "He chairs the ..."), "the group's
president", a role that must be short ("Kerrigan, a Republican from Tennessee who is up for
reelection in 2018 and who has refused ..."), party-and-state tags ("Rep. Jo Hale
(D-Ohio)", "Sen. Maren Tollefson, R-N.D."); a byline and a photo credit whose people must
not become speakers (NOT_SPEAKERS_50).

Every role was written before On Record read the stories (the stories and this list were
committed first): the role a journalist would print beside the name in a short citation,
with variants where reasonable. A variant is parts joined by ";", each of which the role
shown must hold, with at most ``SLACK`` words besides (tests/test_role_sample.py's rule);
"" is no role.

First judged on main 0763bbd: 103 of 120 roles right (85.8%), 119 speakers found, neither
NOT_SPEAKERS_50 person found. After the mends of branch roleprobes50: 111, 120 found ("said
the U.S. ambassador to the United Nations, X"; "He chairs the ... Party." and "Barker
represents the 5th District" in a later sentence; "who lobbies for the X"; "served two
terms as"; "under President X" dating a role; "Under Secretary"). Five of the nine rows
still wrong are an appositive's relative clause kept whole, which the hand samples take as
optional and this batch's gold did not; see KNOWN_WRONG_50.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.extract import extract
from core.roles import short_role
from tests.test_role_probes46 import judged_role_batch_tests, said

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_50.json").read_text(encoding="utf-8")
)

ROLES_50: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('t01', 'Dana Ruhl', ('chairwoman of the Iowa Democratic Party',)),
    ('t01', 'Rick Sandahl', ('Iowa GOP Chairman', 'GOP Chairman')),
    ('t01', 'Marla Quint', ('spokeswoman for the Hale campaign',)),
    ('t01', 'Ann Selby-Ward', ('director of the Harwood College Poll',)),
    ('t02', 'Jo Hale', ('Rep.;D-Ohio',)),
    ('t02', 'Luis Carrillo', ('Rep.;R-Texas',)),
    ('t02', 'Gabe Ostrander', ("represents Ohio's 8th District",)),
    ('t02', 'Maren Tollefson', ('Sen.;R-N.D.',)),
    ('t03', 'Wendell Ashby', ('Secretary of the Interior',)),
    ('t03', 'Judd Farrow', ('top Republican on the committee', 'Sen.;top Republican')),
    ('t03', 'Paul Renner', ('Deputy Secretary of Energy',)),
    ('t03', 'Corinne Blaylock', ('Secretary of Veterans Affairs',)),
    ('t04', 'Wes Halloran', ("Sen. Ruth Abernathy's chief of staff", "Abernathy's chief of staff",
                             'chief of staff')),
    ('t04', 'Ruth Abernathy', ('Democrat from Oregon', 'Sen.', 'Sen.;Democrat from Oregon')),
    ('t04', 'Tina Morales', ("Gov. Bruce Kettleman's press secretary",
                             "Kettleman's press secretary", 'press secretary')),
    ('t04', 'Jared Voss', ("Corliss's campaign manager", 'campaign manager')),
    ('t05', 'Orrin Talbot', ('head of the National Association of County Sheriffs',)),
    ('t05', 'Felicia Mwangi', ("head of the Senate Democrats' campaign arm",)),
    ('t05', 'Lyle Penrose', ("head of the state's Medicaid program",)),
    ('t05', 'Beth Arkwright', ('head of government affairs at the American Trucking Federation',
                               'head of government affairs')),
    ('t06', 'Nadine Colfax', ('represents parts of Queens and the Bronx',)),
    ('t06', 'Harvey Stoltz', ('chairs the House Agriculture Committee',)),
    ('t06', 'Tomasina Reyes', ('lawyer who advised the Romney campaign',)),
    ('t06', 'Earl Tamberlane', ('served as ambassador to Japan', 'former ambassador to Japan')),
    ('t07', 'Roberta Quill', ('former ambassador to Mexico',)),
    ('t07', 'Dennis Hollins', ('former deputy national security adviser',)),
    ('t07', 'Leland Mayhew', ('Former Attorney General',)),
    ('t07', 'Clifford Ames', ('onetime CIA station chief in Islamabad',
                              'onetime CIA station chief')),
    ('t08', 'Kirk Danforth', ('lobbyist for the National Association of Home Builders',)),
    ('t08', 'Sheila Okafor', ('lobbies for the American Beverage Association',
                              'lobbyist for the American Beverage Association')),
    ('t08', 'Grant Willoughby', ('Pharmaceutical lobbyist',)),
    ('t08', 'Mel Prager', ('former congressman', 'former congressman;lobbies for the cable '
                           'industry')),
    ('t09', 'Alicia Vennard', ("group's president",)),
    ('t09', 'Stan Ruiz', ("group's political director",)),
    ('t09', 'Phyllis Dorn', ('president of the Taxpayers Alliance of Ohio',)),
    ('t09', 'Marcus Greeley', ("teachers' union's president", "union's president")),
    ('t10', 'Kendra Lowe', ('executive director of Voters First Ohio',)),
    ('t10', 'Martin Oyelaran', ('chairs the Franklin County Republican Party',
                                'chair of the Franklin County Republican Party',
                                'chairman of the Franklin County Republican Party')),
    ('t10', 'Rosalind Kemper', ('served two terms as Ohio secretary of state',
                                'former Ohio secretary of state', 'former secretary of state')),
    ('t10', 'Terry Vukovich', ('precinct captain for the Hale campaign',)),
    ('t11', 'Peter Farkas', ('directs the Cardwell University Polling Institute',
                             'director of the Cardwell University Polling Institute')),
    ('t11', 'Lindsay Oberg', ('Republican pollster',)),
    ('t11', 'Ivan Teller', ('Democratic pollster',)),
    ('t11', 'Gloria Paik', ('assistant director of the Bayside State University poll',)),
    ('t12', 'Ray Buckland', ('New Hampshire Democratic Party Chairman',
                             'Democratic Party Chairman')),
    ('t12', 'Kathleen Dreyer', ('chairwoman of the New Hampshire Republican Party',)),
    ('t12', 'Curtis Yarrow', ('executive director of the South Carolina GOP',)),
    ('t12', 'Dolores Ybarra', ('Senate minority leader', 'State Sen.;Senate minority leader')),
    ('t13', 'Erin Maddock', ('spokeswoman for the Whitcomb campaign',)),
    ('t13', 'Dale Pruitt', ('Corliss spokesman', 'spokesman')),
    ('t13', 'Hope Vardaman', ("Whitcomb's national press secretary",
                              'national press secretary')),
    ('t13', 'Neil Ostrowski', ('senior adviser to the Corliss campaign',)),
    ('t14', 'Alvin Kerrigan', ('Republican from Tennessee', 'Sen.;Republican from Tennessee',
                               'Sen.')),
    ('t14', 'Gwen Talley', ('Mayor of Memphis', 'Mayor;Memphis')),
    ('t14', 'Oscar Nilsen', ('electrician from Chattanooga', 'electrician')),
    ('t14', 'Harlan Eckert', ('Judge;Davidson County Chancery Court', 'Judge')),
    ('t15', 'Wade Pettibone', ('Ohio Attorney General', 'Attorney General')),
    ('t15', 'Carmen Oakes', ('Lt. Gov.',)),
    ('t15', 'Dwight Fentress', ('Commissioner of Agriculture',)),
    ('t15', 'Jill Varnum', ("state's budget director", 'budget director')),
    ('t16', 'Wallace Brandt', ('Chairman of the Joint Chiefs of Staff',)),
    ('t16', 'Ada Whitlock', ('Sen.;D-N.H.',)),
    ('t16', 'Norma Fisk', ('Under Secretary of Defense for Policy',)),
    ('t16', 'Tad Linder', ('member of the House Armed Services Committee', 'Rep.;R-S.C.')),
    ('t17', 'Eduardo Salcedo', ("Mexico's ambassador to the United States",
                                'ambassador to the United States')),
    ('t17', 'Loretta Haines', ('former ambassador to Mexico',)),
    ('t17', 'Ken Lassiter', ('Border Patrol Chief',)),
    ('t17', 'Rosa Ybanez', ('runs an immigrant legal clinic in El Paso',
                            'runs an immigrant legal clinic')),
    ('t18', 'Dwight Cormier', ('runs Restore Prosperity',)),
    ('t18', 'Amy Lindqvist', ("Restore Prosperity's treasurer", 'treasurer')),
    ('t18', 'Carol Fenn', ('campaign finance lawyer at Perkins Dale',
                           'campaign finance lawyer')),
    ('t18', 'Vic Ammons', ('head of the watchdog group Open Ledger', 'head of Open Ledger')),
    ('t19', 'Hollis Grant', ("county's chief election officer", 'chief election officer')),
    ('t19', 'Betty Ames', ('County Clerk',)),
    ('t19', 'Maxine Ortolan', ('Secretary of State', 'Secretary of State;running for governor')),
    ('t19', 'Jerome Tate', ('poll worker in Ward 6', 'poll worker')),
    ('t20', 'Hank Dorsey', ('Rep.;R-Texas', 'member of the Freedom Caucus',
                            'Rep.;R-Texas;member of the Freedom Caucus')),
    ('t20', 'Stella Kovac', ('House Majority Whip',)),
    ('t20', 'Cole Ardmore', ("party's convention chairman", 'convention chairman')),
    ('t20', 'Martha Fiske', ('Delegate',)),
    ('t21', 'Owen Delacourt', ('White House press secretary',)),
    ('t21', 'Nina Castellano', ('deputy White House press secretary',)),
    ('t21', 'Frank Rudd', ("president's chief economic adviser", 'chief economic adviser')),
    ('t21', 'Alana Byrne', ('Treasury Secretary',)),
    ('t22', 'Ilene Hargrove', ('senior fellow at the Brookings Institution',)),
    ('t22', 'Walt Keener', ('director of economic policy studies at the American Enterprise '
                            'Institute',)),
    ('t22', 'Raymond Ortiz', ("economist at Moody's Analytics",)),
    ('t22', 'Sue Petrakis', ('president of the Fairtax Institute',)),
    ('t23', 'Lonnie Baptiste', ('president of the Ohio AFL-CIO',)),
    ('t23', 'Maureen Kehoe', ("union's political director", 'political director')),
    ('t23', 'Ed Wozniak', ('Steelworkers local president', 'local president')),
    ('t23', 'Ramon Cruz', ('steelworker',)),
    ('t24', 'Corinne Ashe', ('Judge;U.S. Court of Appeals for the 4th Circuit', 'Judge')),
    ('t24', 'Vance Ruddick', ('Deputy Attorney General',)),
    ('t24', 'Dale Whitmer', ('argued the case for the ACLU of North Carolina',)),
    ('t24', 'Gina Castell', ('Law professor;Georgetown University', 'Law professor')),
    ('t25', 'Terrance Buell', ('Gov.',)),
    ('t25', 'Patti Lund', ("Buell's deputy chief of staff", 'deputy chief of staff')),
    ('t25', 'Curtis Oyler', ('State Rep.;Democrat from Flint', 'State Rep.')),
    ('t25', 'Kevin Mercado', ('House Speaker',)),
    ('t26', 'Corinne Ashbury', ('U.S. ambassador to the United Nations',
                                'ambassador to the United Nations')),
    ('t26', 'Bob Wexley', ('ranking Democrat on the Foreign Relations Committee',)),
    ('t26', 'Dana Kirchner', ('Assistant Secretary of State for European Affairs',)),
    ('t26', 'Hal Brenner', ('was ambassador to Russia', 'former ambassador to Russia')),
    ('t27', 'Lorraine Gadsden', ('represents the 5th District on the county council',
                                 'represents the 5th District')),
    ('t27', 'Wendell Sykes', ('county administrator',)),
    ('t27', 'Pauline Ricker', ('heads the Greenville County Taxpayers Association',)),
    ('t27', 'Ahmed Farouk', ('owns a gas station on Route 9', 'owns a gas station')),
    ('t28', 'Colin Marsh', ('Republican National Committee Chairman',)),
    ('t28', 'Tess Onwuka', ('spokeswoman for the Democratic National Committee',)),
    ('t28', 'Greg Hallett', ('Republican strategist',)),
    ('t28', 'Liane Ortiz', ('Democratic consultant',)),
    ('t29', 'Marcy Dunleavy', ('ranking member of the House Oversight Committee', 'Rep.;D-Calif.')),
    ('t29', 'Abe Sorkin', ('Committee spokesman',)),
    ('t29', 'Harold Quist', ("committee's chief counsel", 'chief counsel')),
    ('t29', 'Louise Ferraro', ('former inspector general of the State Department',)),
    ('t30', 'Bill Hardesty', ('Mayor',)),
    ('t30', 'Ana Velez', ('Police Chief',)),
    ('t30', 'Tamika Shaw', ('organizer with Forward Together',)),
    ('t30', 'Ron Ebersole', ('Councilman', 'Councilman;represents the east side')),
]  # fmt: skip

# People named in a byline or a photo credit.
NOT_SPEAKERS_50: list[tuple[str, str]] = [("t13", "Sam Kerr"), ("t30", "Jenna Corr")]
FIRST_JUDGED = (103, 119)  # (roles right, speakers found) on main 0763bbd, of 120

KNOWN_WRONG_50: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('t14', 'Alvin Kerrigan'): (
        'Sen., Republican from Tennessee who is up for reelection in 2018',
        'an appositive keeps its relative clause whole (house style: optional in the hand '
        'samples); the short role for the speaker row, "Sen., Republican from Tennessee", '
        'is right',
    ),
    ('t14', 'Oscar Nilsen'): (
        'electrician from Chattanooga who voted for Obama twice but now backs Corliss',
        'an appositive keeps its relative clause whole, an event ("voted for Obama") too',
    ),
    ('t22', 'Raymond Ortiz'): (
        "economist at Moody's Analytics who advised the McCain campaign",
        'an appositive keeps its relative clause whole (house style)',
    ),
    ('t23', 'Ramon Cruz'): (
        'steelworker who has worked at the Lorain mill',
        'an appositive keeps its relative clause whole (house style)',
    ),
    ('t28', 'Greg Hallett'): (
        "Republican strategist who worked for Jeb Bush's campaign",
        'an appositive keeps its relative clause whole (house style)',
    ),
    ('t14', 'Gwen Talley'): (
        'Mayor',
        '"Mayor Gwen Talley of Memphis": "Memphis" is in no place list, so the office\'s '
        'place after the name is not read (a listed city is: "Mayor Ann Lee of Cleveland")',
    ),
    ('t16', 'Tad Linder'): (
        'Rep. (R-S.C.), member of the House Armed Services Committee',
        'right by reading: the judge splits "(R-S.C.)" into three words, past SLACK',
    ),
    ('t24', 'Dale Whitmer'): (
        None, '"who argued the case for the ACLU of North Carolina": "argued" is no role verb'
    ),
    ('t27', 'Ahmed Farouk'): (
        None,
        '"Farouk owns a gas station on Route 9.": a verb of heading with an indefinite, '
        'lower-case object is read from no main clause',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 30 and len(ROLES_50) == 120


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_50_figure = (
    judged_role_batch_tests(
        "role probes 50", PROBES, ROLES_50, KNOWN_WRONG_50, FIRST_JUDGED, NOT_SPEAKERS_50
    )
)


def speaker_of(middle: str) -> tuple[str, str | None] | None:
    """The name and role of whoever says the quotation in ``middle``."""
    quotes = extract("News\n\n" + middle + "\n").quotes
    return (quotes[0].speaker.name, quotes[0].speaker.role) if quotes[0].speaker else None


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        ("Nell Barker spoke first. She chairs the Dorset County Republican Party.",
         "chairs the Dorset County Republican Party"),
        ("Nell Barker spoke first. He heads the Pine Valley Taxpayers Association.",
         "heads the Pine Valley Taxpayers Association"),
        ("Nell Barker spoke first. She led the march.", None),
        ("Nell Barker spoke first. She leads in the polls.", None),
        ("Nell Barker spoke first. Barker represents the 12th District.",
         "represents the 12th District"),
        ("Nell Barker spoke first. Barker represents the party's worst instincts.", None),
        ("Nell Barker, who lobbies for the American Dairy Council, spoke.",
         "lobbies for the American Dairy Council"),
        ("Nell Barker, who lobbied for the bill, spoke.", None),
        ("Nell Barker spoke first. Barker served two terms as Iowa secretary of state.",
         "former Iowa secretary of state"),
        ("Nell Barker, who served eight years as mayor, spoke.", "former mayor"),
        ("Nell Barker, who served as ambassador to Peru under President Bill Tate, spoke.",
         "former ambassador to Peru"),
        ("Under Secretary of the Navy Nell Barker spoke.", "Under Secretary of the Navy"),
        ("It grew under Secretary Nell Barker.", "Secretary"),
    ],
)  # fmt: skip
def test_roles_of_us_political_news(middle: str, role: str | None) -> None:
    """A later sentence whose subject, "He"/"She" or the surname, heads or holds a seat
    for a named body ("She chairs the ... Party.", "Barker represents the 12th District.";
    not an event, "She led the march", nor a common noun); "who lobbies for" a body (not
    "who lobbied for the bill", an event); "served two terms as" (a tenure before "as");
    "under President X" dating a role as a year does; "Under Secretary" (the preposition
    opens the title, not a lower-case "under")."""
    assert said(middle) == role


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        ("\u201cWe will go,\u201d said the U.S. ambassador to the United Nations, Nell Barker.",
         ("Nell Barker", "U.S. ambassador to the United Nations")),
        ("\u201cWe will go,\u201d said the ambassador to Peru, Nell Barker.",
         ("Nell Barker", "ambassador to Peru")),
        ("\u201cWe will go,\u201d said an adviser to the senator.", ("an adviser", "adviser")),
    ],
)  # fmt: skip
def test_an_office_with_a_to_complement_after_an_inverted_cue_names_its_holder(
    middle: str, speaker: tuple[str, str | None]
) -> None:
    """ "said the U.S. ambassador to the United Nations, X": a lower-case office's "to"
    complement joins the phrase when the holder's name is set after it by a comma (before,
    the speaker was "U.S. ambassador")."""
    assert speaker_of(middle) == speaker


@pytest.mark.parametrize(
    ("role", "short"),
    [
        ("Republican who represents Iowa's 3rd District", "representative of Iowa's 3rd District"),
        ("Democrat who chairs the House Rules Committee", "chair of the House Rules Committee"),
        ("Democrat who served as mayor", "former mayor"),
        ("Republican who served two terms as governor", "former governor"),
        ("Democrat, represents the 9th District", "Democrat, representative of the 9th District"),
        ("Republican, Utah's governor", "Republican, Utah's governor"),
        ("Republican who served in combat as a Marine", "Republican"),
        ("Democrat who is running for governor", "Democrat"),
        ("Republican", "Republican"),
    ],
)  # fmt: skip
def test_a_party_noun_gives_way_to_the_office_in_a_speaker_rows_short_role(
    role: str, short: str
) -> None:
    """A speaker row's short role: a party's noun before a relative clause that names an
    office is the office ("Republican who represents ..." was "Republican"); a party alone
    before another phrase joins it, as a title alone does; the party stays when the clause
    names no office."""
    assert short_role(role) == short


def test_a_state_legislators_title_alone_joins_the_next_part_of_a_short_role() -> None:
    """ "State Sen., Senate minority leader": "state" before a title alone is the state
    legislature's title, which the next part joins (the short role was "State Sen.")."""
    assert short_role("State Sen., Senate minority leader") == "State Sen., Senate minority leader"
