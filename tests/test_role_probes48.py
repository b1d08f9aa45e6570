"""roleprobes48: roles judged on invented political and world news, in forms batches 46 and
47 did not cover. 30 short stories (every person and quotation invented for this batch;
real bodies such as the State Department are named as offices) with 121 quoted speakers:
a role given only in a later sentence than the name ("Greer has led Local 19 ...",
"Sandoval is the chief negotiator for ..."), a possessive role before the name and nothing
else ("the ministry's top lawyer, Ana Belén Ruiz"), "head of" / "chief of" appositives,
offices with chains of "of" and "for" ("Deputy Secretary of State for Management and
Resources Carla Wynn"), parentheses ("(R-Texas)", "(D)", "(a former aide to Whitcombe)",
"(no relation)"), roles in relative clauses ("who chairs ...", "who served as Treasury
secretary under President Obama"), foreign titles and word orders ("the Taoiseach, Ciarán
Mulvey", "Japan's economy, trade and industry minister, Kubota Shinji"), roles that change
over the story ("Deputy Chief ... was named interim police chief"), a speaker with two roles
where the canonical short one should win ("Mayor Ruth Dolan of Tulsa, a mother of four and
a former nurse"), a campaign's name before a role ("Castor spokeswoman Jill Amos"), a role
given only by a nominal ("the Ohio Republican") or the headline ("Mayor Quinlan vows ..."),
bylines and photo credits whose people must not become speakers (NOT_SPEAKERS_48), and
people given no role at all (expected "").

Every role was written before On Record read the stories: the role a journalist would print
beside the name in a short citation, with variants where reasonable. A variant is parts
joined by ";", each of which the role shown must hold, with at most ``SLACK`` words besides
(tests/test_role_sample.py's rule, as in tests/test_role_probes46.py); "" is no role.

First judged on main 450fcf5: 99 of 121 roles right (81.8%), 120 speakers found, none of
the eleven NOT_SPEAKERS_48 found. Of the 22 misses, eight keep a relative clause (or a
second true role) past a right role, which the hand samples' rule would pass (a "who"
clause optional there) but the gold's slack does not. After the mends of branch
roleprobes48 (an office with its own "of ... for" or list set before a name; a
capitalised title after an owner's possessive; "said state Rep. X"; "X heads / has run
the <named body>" in the name's own clause): 104; 105 after roles49 (a lower-case list of
fields before the role noun: "Japan's economy, trade and industry minister, X,"); 106 after
roleprobes49 ("said the president of the Chamber of Deputies, X.": the office's complement
goes on past its second "of" to the name). The rows still wrong are in KNOWN_WRONG_48.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_role_probes46 import judged_role_batch_tests, said

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_48.json").read_text(encoding="utf-8")
)

ROLES_48: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('t01', 'Dale Whitcombe', ('Sen.;R-Texas', 'Sen.', 'Sen.;R-Texas;wrote much of the measure')),
    ('t01', 'Lorna Vick', ('Sen.;D-Ill.', 'Sen.')),
    ('t01', 'Hector Olmos', ('Rep.;D-Calif.', 'Rep.')),
    ('t01', 'Marty Keane', ('former aide to Whitcombe', 'former aide')),
    ('t02', 'Ana Belén Ruiz', ("ministry's top lawyer",)),
    ('t02', 'Tomás Echeverría', ("minister's chief of staff",)),
    ('t02', 'Inés Carvajal', ("refugee council's legal director",)),
    ('t02', 'Iker Goñi', ("prime minister's spokesman",)),
    ('t03', 'Lamont Greer', ("led Local 19 of the dockworkers' union",
                             "leader of Local 19 of the dockworkers' union")),
    ('t03', 'Jill Sandoval', ('chief negotiator for the Pacific Shipping Council',)),
    ('t03', 'Ed Moraga', ('grows almonds near Modesto', 'almond grower',
                          'grows almonds on 600 acres near Modesto')),
    ('t03', 'Rita Ocasio', ('',)),
    ('t04', 'Margit Solberg', ('head of the U.N. humanitarian office for the region',
                               'head of the U.N. humanitarian office')),
    ('t04', 'Yusuf Adeyemi', ('chief of staff of the regional peacekeeping force',
                              'Col.;chief of staff of the regional peacekeeping force', 'Col.')),
    ('t04', 'Pieter de Vries', ('head of mission for Médecins Sans Frontières',)),
    ('t04', 'Fatima Nour', ("chief of the border authority's northern district",)),
    ('t05', 'Carla Wynn', ('Deputy Secretary of State for Management and Resources',)),
    ('t05', 'Omar Feliciano', ('ranking member of the Subcommittee on the Western Hemisphere',
                               'Rep.;ranking member of the Subcommittee on the Western '
                               'Hemisphere')),
    ('t05', 'Gwen Harlow', ('former Under Secretary of State for Political Affairs',)),
    ('t05', 'Raymond Achebe', ('Director of the Bureau of Diplomatic Security',)),
    ('t06', 'Ellen Marsh', ('Gov.;R', 'Gov.')),
    ('t06', 'Paul Ibarra', ('State Sen.;D', 'State Sen.')),
    ('t06', 'Terry Dunlap', ('former aide to the governor', 'lobbyist;former aide to the governor',
                             'lobbyist')),
    ('t06', 'Mark Ibarra', ('runs a job center in Yuma', 'runs a job center')),
    ('t07', 'Dolores Waite', ("chairs the state Senate's health committee",
                              "chair of the state Senate's health committee")),
    ('t07', 'Ian Prescott', ("heads the nurses' union at Saint Agnes Medical Center",
                             "head of the nurses' union at Saint Agnes Medical Center",
                             "heads the nurses' union")),
    ('t07', 'Benita Cruz', ('runs a free clinic in Elmwood', 'runs a free clinic')),
    ('t07', 'Leon Abernathy', ('teaches health economics at Rowan University',
                               'professor of health economics at Rowan University')),
    ('t08', 'Roger Tillman', ('served as Treasury secretary under President Obama',
                              'former Treasury secretary', 'Treasury secretary')),
    ('t08', 'Celia Brandt', ('former ambassador to Russia', 'was ambassador to Russia',
                             'ambassador to Russia')),
    ('t08', 'Dov Akerman', ('Treasury official in the first Bush administration',
                            'former Treasury official', 'Treasury official')),
    ('t08', 'Nadine Oyelowo', ('served on the National Security Council staff',
                               'former National Security Council staff member')),
    ('t09', 'Ciarán Mulvey', ('Taoiseach',)),
    ('t09', 'Zbigniew Malecki', ('Polish foreign minister', 'foreign minister')),
    ('t09', 'Teodora Ionescu', ('Executive Vice-President of the European Commission',)),
    ('t09', 'Nasser bin Faisal Al Mansouri', ("Qatar's minister of state for foreign affairs",)),
    ('t10', 'Monica Kessler', ('interim police chief', 'Deputy Chief;interim police chief')),
    ('t10', 'Robert Haynes', ('Chief', 'former police chief', 'police chief',
                              'led the department for 11 years')),
    ('t10', 'Amy Grell', ('county executive',)),
    ('t10', 'Lou Brandt', ('Mayor',)),
    ('t11', 'Dale Kirkwood', ('Gov.;Nebraska', 'Gov.')),
    ('t11', 'Ruth Dolan', ('Mayor;Tulsa', 'Mayor')),
    ('t11', 'Warren Pike', ('Sen.;R-Wyo.', 'Sen.')),
    ('t11', 'Janet Okoro', ('president and chief executive of the American Road Builders Council',
                            'chief executive of the American Road Builders Council',
                            'president of the American Road Builders Council')),
    ('t12', 'Tricia Baum', ('', 'whose basement filled with four feet of water')),
    ('t12', 'Curtis Hale', ("Federal Emergency Management Agency's regional administrator",
                            'regional administrator')),
    ('t12', 'Joan Whitaker', ('Mayor',)),
    ('t12', 'Arnold Pruett', ('',)),
    ('t13', 'Mary Quinlan', ('Mayor',)),
    ('t13', 'Ed Barros', ('Councilman',)),
    ('t13', 'Sue Tamura', ('Head librarian',)),
    ('t13', 'Ollie Stamp', ('',)),
    ('t14', 'Oleh Marchuk', ('Ukrainian defence minister', 'defence minister')),
    ('t14', 'Anders Lykke', ('NATO Secretary General',)),
    ('t14', 'Hanna Kovalenko', ('', 'lives in Kharkiv', 'Kharkiv resident')),
    ('t14', 'Taras Bondar', ('military analyst at the Kyiv Institute for Defence Studies',)),
    ('t15', 'Linda Harkins', ('', 'drove up from Osceola')),
    ('t15', 'Joe Pacheco', ('',)),
    ('t15', 'Bev Lindqvist', ('',)),
    ('t15', 'Dwight Emmons', ('', 'has shown cattle at the fair for 40 years')),
    ('t15', 'Gary Ott', ('Fair manager',)),
    ('t16', 'Raymond Kettle', ('senator', 'Ohio Republican', 'Ohio Republican;senator')),
    ('t16', 'Corinne Hale', ('Majority Leader',)),
    ('t16', 'Brad Nunn', ("Kettle's chief of staff",)),
    ('t16', 'Hollis Varner', ('trade lawyer', 'trade lawyer;used to work for the committee')),
    ('t17', 'Lee Hobart', ('Castor campaign manager', 'campaign manager')),
    ('t17', 'Jill Amos', ('Castor spokeswoman', 'spokeswoman')),
    ('t17', 'Jim Castor', ('Republican presidential candidate', 'presidential candidate')),
    ('t17', 'Ken Mott', ('Republican strategist',)),
    ('t18', 'Carl Denning', ('Former Ohio Gov.', 'former Gov.', 'former Ohio governor')),
    ('t18', 'Rita Vos', ('Ohio Democratic Party Chairwoman',)),
    ('t18', 'Paula Greenleaf', ('State Treasurer',)),
    ('t18', 'Dana Lyle', ('White House press secretary',)),
    ('t19', 'Adel Fahmy', ('Maj. Gen.', 'Egyptian intelligence officer',
                           'Maj. Gen.;Egyptian intelligence officer')),
    ('t19', 'Eitan Malkiel', ("Israel's national security adviser",)),
    ('t19', 'Dana Whitlock', ('U.S. special envoy for the Middle East',
                              'special envoy for the Middle East')),
    ('t19', 'Samir Khalil', ('head of the Palestinian Red Crescent',
                             'Dr.;head of the Palestinian Red Crescent')),
    ('t20', 'Gillian Rourke', ('Secretary of State for Transport',)),
    ('t20', 'Owen Pritchard', ("Labour's transport spokesman", 'transport spokesman')),
    ('t20', 'Malcolm Henty', ('chairman of the Commons Transport Select Committee',
                              'Sir;chairman of the Commons Transport Select Committee')),
    ('t20', 'Ruth Ashworth', ('former rail minister',)),
    ('t21', 'Priya Deshmukh', ("Halden Pharma's general counsel", 'general counsel')),
    ('t21', 'Mark Rudd', ('Ohio Attorney General', 'Attorney General')),
    ('t21', 'Jerome Batts', ('lead lawyer for the counties',)),
    ('t21', 'Carol Wynne', ('', 'son died of an overdose in 2017')),
    ('t22', 'Leonard Ogle', ('Secretary of Health and Human Services',)),
    ('t22', 'Andrea Kwan', ('administrator of the Environmental Protection Agency',)),
    ('t22', 'Ross Pellam', ('commanding general of the Army Corps of Engineers',
                            'Gen.;commanding general of the Army Corps of Engineers')),
    ('t22', 'Bertrand Guidry', ("Louisiana's lieutenant governor", 'lieutenant governor')),
    ('t23', 'Luo Xinyi', ('Foreign Ministry spokeswoman',)),
    ('t23', 'Kubota Shinji', ("Japan's economy, trade and industry minister",
                              'economy, trade and industry minister')),
    ('t23', 'Wen Haoran', ('chief executive of the Shenzhen chipmaker Lanxin Semiconductor',
                           'chief executive of Lanxin Semiconductor')),
    ('t23', 'Cho Eun-ha', ("South Korea's Minister of Trade, Industry and Energy",
                           'Minister of Trade, Industry and Energy')),
    ('t24', 'Artur Lemos Prado', ('president of the Chamber of Deputies',)),
    ('t24', 'Renata Vasconcelos', ('Finance Minister',)),
    ('t24', 'Jurema Tavares', ('Senator', "Senator;Workers' Party")),
    ('t24', 'Edilson Rocha', ('bus driver in São Paulo', 'bus driver')),
    ('t25', 'Paul Renner', ('senator-elect', 'Republican', 'Republican;ran Delmont Energy')),
    ('t25', 'Sara Quint', ('Democrat',)),
    ('t25', 'Daniel Ebert', ('political scientist at the University of Nevada, Reno',
                             'political scientist')),
    ('t25', 'Grant Pell', ("Renner's campaign chairman", 'campaign chairman')),
    ('t26', 'Marisol Vega', ('U.S. District Judge',)),
    ('t26', 'Wade Colter', ('Texas Attorney General', 'Attorney General')),
    ('t26', 'Nina Ruggles', ('lawyer with the Texas Civil Rights Project',)),
    ('t26', 'Kayla Begay', ("Navajo Nation's voting rights coordinator",)),
    ('t27', 'Carla Jeske', ('has run the Glenwood Mercantile', 'runs the Glenwood Mercantile',
                            'owner of the Glenwood Mercantile')),
    ('t27', 'Dennis Roe', ('president of the Glenwood Chamber of Commerce',)),
    ('t27', 'Pete Lindahl', ('Town council member',)),
    ('t27', 'Rick Salas', ('spokesman for Vantage Retail Partners', 'spokesman')),
    ('t28', 'Wanjiru Mbatia', ("Kenya's Cabinet Secretary for Health",
                               'Cabinet Secretary for Health')),
    ('t28', 'Otieno Kibet', ("secretary-general of the doctors' union",
                             "Dr.;secretary-general of the doctors' union")),
    ('t28', 'Moses Keter', ('Speaker of the National Assembly',)),
    ('t28', 'Grace Wambui', ('nurse at Kenyatta National Hospital',)),
    ('t29', 'Will Davenport', ('state Rep.', 'state Rep.;Chicago Democrat',
                               'state Rep.;Chicago Democrat;sponsored the bill')),
    ('t29', 'Jim Tuttle', ('House Minority Leader', 'House Minority Leader;R-Effingham')),
    ('t29', 'Nakia Oyer', ('teacher at Carver Elementary in Peoria',
                           'teacher at Carver Elementary')),
    ('t29', 'Frank Dorsey', ("Illinois Education Association's president",
                             'president of the Illinois Education Association')),
    ('t30', 'Marcy Ellwood', ('retired schoolteacher',)),
    ('t30', 'Tom Braddock', ("utility's general manager", 'general manager')),
    ('t30', 'Ruth Ames', ('former councilwoman', 'Then-councilwoman',
                          'leads a group opposing this one')),
    ('t30', 'Dev Pathak', ('Utility board chair',)),
]  # fmt: skip

# People named in a byline, photo credit or reporting line, and one who says nothing.
NOT_SPEAKERS_48: list[tuple[str, str]] = [
    ('t01', 'Jenna Ruthven'), ('t02', 'Marta Soler'), ('t02', 'Hugh Lyle'),
    ('t12', 'Kevin Ashdown'), ('t12', 'Lila Marquez'), ('t12', 'Dana Crewe'),
    ('t12', 'Sam Reyes'), ('t12', 'Alan Price'), ('t17', 'Tyler Vance'),
    ('t29', 'Diane Corwin'), ('t29', 'Luis Ferraro'),
]  # fmt: skip
FIRST_JUDGED = (99, 120)  # (roles right, speakers found) on main 450fcf5, of 121

KNOWN_WRONG_48: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('t03', 'Lamont Greer'): (
        None,
        '"Greer has led Local 19 of the dockworkers\' union since 2018.": the tagger reads '
        '"Local" as an adjective, so no noun phrase opens after "led" ("has led the '
        'Tarrow Union" is read)',
    ),
    ('t03', 'Ed Moraga'): (
        None, '"Moraga grows almonds on 600 acres near Modesto": "grows" is no verb of a role'
    ),
    ('t05', 'Gwen Harlow'): (
        'former Under Secretary of State for Political Affairs who now teaches at Georgetown '
        'University',
        'the relative clause after the appositive is kept; right by the hand samples\' rule '
        '(a "who" clause optional), past the gold\'s slack',
    ),
    ('t06', 'Terry Dunlap'): (
        None,
        '"Terry Dunlap (a former aide to the governor, now a lobbyist) said": a parenthesis '
        'holding a comma is not read (without it, it is); rare on train',
    ),
    ('t07', 'Leon Abernathy'): (
        'teaches health economics at Rowan University and has studied hospital deals for two '
        'decades',
        'a second clause joined by "and" is kept; right by reading, past the slack',
    ),
    ('t08', 'Dov Akerman'): (
        'Treasury official in the first Bush administration who now advises banks on compliance',
        'the relative clause after the appositive is kept; right by the hand samples\' rule',
    ),
    ('t08', 'Nadine Oyelowo'): (
        'served on the National Security Council staff during the Iran talks',
        'a time ("during the Iran talks") is kept in a "who served on" clause; right by '
        'reading, one word past the slack',
    ),
    ('t09', 'Ciarán Mulvey'): (
        None, '"the Taoiseach, Ciarán Mulvey,": "Taoiseach" is in no list of role words'
    ),
    ('t11', 'Dale Kirkwood'): (
        'Nebraska Gov., also chairman of the National Governors Association',
        'two roles; the canonical short one ("Gov.") should win; the second is true',
    ),
    ('t11', 'Warren Pike'): (
        'Sen. (R-Wyo.), rancher and the senior Republican on the Environment and Public Works '
        'Committee',
        'two more roles after the party tag are joined to the title; true, but not what a '
        'citation prints',
    ),
    ('t14', 'Oleh Marchuk'): (
        None,
        'the role is given only by the headline ("Ukrainian defence minister: \u2018We need '
        'shells ...\u2019"); a headline\'s "role: quote" is not read',
    ),
    ('t17', 'Ken Mott'): (
        'Republican strategist who is not aligned with any candidate',
        'the relative clause after the appositive is kept; right by the hand samples\' rule',
    ),
    ('t20', 'Ruth Ashworth'): (
        'former rail minister who now sits in the House of Lords',
        'the relative clause after the appositive is kept; right by the hand samples\' rule',
    ),
    ('t25', 'Paul Renner'): (
        'Republican who ran Delmont Energy for a decade',
        'the relative clause after the appositive is kept; right by the hand samples\' rule',
    ),
    ('t26', 'Nina Ruggles'): (
        'lawyer with the Texas Civil Rights Project who argued the case',
        'the relative clause after the appositive is kept; right by the hand samples\' rule',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 30 and len(ROLES_48) == 121


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_48_figure = (
    judged_role_batch_tests(
        "role probes 48", PROBES, ROLES_48, KNOWN_WRONG_48, FIRST_JUDGED, NOT_SPEAKERS_48
    )
)


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        ("The Secretary of State for Transport, Nell Barker, told MPs.",
         "Secretary of State for Transport"),
        ("\u201cWe are ready,\u201d said Peru's Minister of State for Mining, Nell Barker.",
         "Peru's Minister of State for Mining"),
        ("Chile's Minister of Labour, Housing and Welfare, Nell Barker, spoke.",
         "Chile's Minister of Labour, Housing and Welfare"),
        ("Ghana's Deputy Minister for Roads, Nell Barker, spoke.",
         "Ghana's Deputy Minister for Roads"),
        ("In the Department of Health, Nell Barker spoke.", None),
        ("After meeting Ann Lee's Secretary, Nell Barker spoke.", None),
    ],
)  # fmt: skip
def test_an_office_with_its_chain_set_before_a_name_is_the_role(
    middle: str, role: str | None
) -> None:
    """An office with "of" and "for" after its own "of" ("Secretary of State for ..."), or
    with a list of fields, set before a name by a comma, and a capitalised office after an
    owner's possessive ("Ghana's Deputy Minister for Roads"): before, the walk back stopped
    at the second preposition or the list's comma, and a capitalised phrase was refused
    unless the possessive stood right before its head."""
    assert said(middle) == role


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        ("\u201cIt is fair,\u201d said state Rep. Nell Barker.", "state Rep."),
        ("\u201cIt is fair,\u201d said state Sen. Nell Barker, a Dayton Republican.",
         "Dayton Republican, state Sen."),
        ("\u201cIt is fair,\u201d said Sen. Nell Barker.", "Sen."),
    ],
)  # fmt: skip
def test_a_noun_after_an_inverted_cue_opens_an_abbreviated_title(
    middle: str, role: str | None
) -> None:
    """ "..., said state Rep. Ann Lee": "state" after the cue is the title's (it was kept
    after a comma or a determiner, dropped after "said")."""
    assert said(middle) == role


@pytest.mark.parametrize(
    ("middle", "role"),
    [
        ("Nell Barker spoke. Barker heads the Tarrow Tenants Association.",
         "heads the Tarrow Tenants Association"),
        ("Nell Barker has run the Mill Street Pantry for 12 years. She spoke.",
         "has run the Mill Street Pantry"),
        ("Nell Barker has chaired the state Senate Finance Committee since 2019.",
         "has chaired the state Senate Finance Committee"),
        ("Nell Barker leads Ann Lee by five points.", None),
        ("Nell Barker spoke. Barker leads the polls.", None),
        ("Nell Barker has led the field since June.", None),
        ("Nell Barker led the Tarrow Tenants Association in 2008.", None),
    ],
)  # fmt: skip
def test_a_name_heading_a_named_body_in_its_own_clause(middle: str, role: str | None) -> None:
    """ "Ann Lee heads the ...", "Ann Lee has run the ... for 12 years": a present or a
    present perfect verb of heading, its object a named body, gives the role a relative
    clause would ("who heads the ..."); not a lead in a poll nor a past event."""
    assert said(middle) == role
