"""roleprobes93: roles judged on invented news of the 2016 US election in the forms earlier
batches hold few of (issue 15: the role sample falls from 97% on dev to 78% held out; train's
role rows the grammar misses are time possessives, an outlet after "of", "known as", and
role nouns no list holds). 12 short stories (every person and quotation invented for this
batch; real bodies such as the Brookings Institution, Gawker or Fudan University are named as
offices) with 83 quoted speakers:
- time possessives before an apposed name ("Last year's host, X,", "This year's headliner,
  X,", "Last cycle's top bundler, X,", "Last month's winner of the county straw poll, X,");
- an outlet or body after "of" or "at" and nothing else ("said X of Gawker.", "X of the
  Cato Institute said", "said X at the Urban Institute.");
- a role after the name with a relative clause to cut ("X, a lawyer who represented the
  Trump campaign ...", "a demographer at the University of Michigan who has studied ...");
- titles with "of" before the name ("Secretary of Agriculture X", "Former Secretary of Labor
  X", "Deputy Secretary of Commerce X", "Attorney General X of Nevada");
- family-name-first names ("Liu Yanping", "Park Min-jun", "Hoang Minh Tuan", "Zhao
  Lintao", "Kim Seong-ho", "Choi Eun-mi", "Tran Duc Minh"), later called by the family name;
- roles split across "and" ("a lawyer and longtime donor to Democrats", "a satirist and
  former late-night writer", "a retired welder and union steward");
- a role given in a later sentence ("said X. || X is the association's treasurer.");
- nicknames ("a blogger known as “Patriot Pen,”", "the radio host known as “the Colonel,”
  X", "a Colorado delegate known on the floor as “Mr. Liberty,”");
- hyphenated and compound role nouns ("co-founder", "vice-chairwoman", "co-chairwoman",
  "sergeant-at-arms", "attorney general", "solicitor general", "general counsel");
- agent nouns that may be in no lexicon, plainly roles by their shape after an article in
  an appositive ("a beekeeper", "an agronomist", "a psephologist", "a mortician", "an
  auctioneer", "an orthodontist", "a barista", "a paralegal");
- a state's abbreviation ending the sentence ("an almond grower from Fresno, Calif.").

How the gold was decided (written down before On Record read the stories, as batches 62, 90
and 92 were): the role a reporter would print beside the name in a short citation. The
role's noun phrase with its "of", "for", "at", "to", "with", "from" and "in" complements is
the role; a relative clause of what the person did, gave or wrote ("who worked for two
Republican presidents", "who voted for Mr. Obama twice", "who gave $250,000 to ...") is not
printed. Where a person is given only a body ("X of Gawker", "X at the Urban Institute"),
the body is the role. A nickname is no role; the noun it follows is. A time possessive
("Last year's") may be shown or not. An owner before the role ("Japan's", "the
association's") may be shown or not. An age and a town alone are no role. A variant is parts
joined by ";", each of which the role shown must hold, with at most ``SLACK`` words besides
(tests/test_role_sample.py's rule); "" is no role. The people of bylines must not become
speakers (NOT_SPEAKERS_93).

First judged on main 80f4a5fc (stories and gold committed first, in 1260798e): 60 of 83
roles right (72.3%), 80 speakers found, no byline's person found. The 23 wrong by kind:
eight keep a relative clause of what the person did after the role (house style, as batch
92's); five are a bare body after "at" or "of" ("said X at the Urban Institute.", "said X
of Gawker."); three a time's possessive opening the phrase before the name ("This year's
headliner, X,", "Last month's winner of the county straw poll, X,"); three no speaker (a
family name first not joined, a nickname's quotation marks before the apposed name, "she
said" given to another); two agent nouns no list holds ("top bundler", "a vendor who
sells ..."); one a later sentence's role for a family-name-first name ("Hu is the deputy
director ..."); one an owner shown past the slack. Branch roles53 read the time's
possessive as an owner (63 of 83: Teague, Moran, Gaines). See KNOWN_WRONG_93.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_role_probes46 import judged_role_batch_tests

PROBES: dict[str, str] = json.loads(
    (Path(__file__).parent / "data" / "role_probes_93.json").read_text(encoding="utf-8")
)

ROLES_93: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('f01', 'Dwayne Ritter', ('host',)),
    ('f01', 'Celia Marsh', ('Gawker',)),
    ('f01', 'Owen Pratley', ('speechwriter',)),
    ('f01', 'Marcus Teague', ('headliner',)),
    ('f01', 'Liu Yanping', ('correspondent for Xinhua',)),
    ('f01', 'Greta Holm', ('satirist;former late-night writer',)),
    ('f01', 'Ben Achterberg', ('treasurer',)),
    ('f02', 'Harriet Coyle', ('senior fellow at the Brookings Institution',)),
    ('f02', 'Dmitri Volkov', ('Cato Institute',)),
    ('f02', 'Lena Orr', ('demographer at the University of Michigan',)),
    ('f02', 'Paul Benning', ('Urban Institute',)),
    ('f02', 'Park Min-jun', ('economist at the Korea Development Institute',)),
    ('f02', 'Tessa Fairbanks', ('statistician;longtime adviser to the Census Bureau',)),
    ('f02', 'Alan Whitcomb', ('Former Secretary of Labor',)),
    ('f03', 'Glen Ashby', ('Secretary of Agriculture',)),
    ('f03', 'Dale Kroeger', ('hog farmer near Pella', 'hog farmer')),
    ('f03', 'Ruth Ann Sievers', ('beekeeper from Decorah', 'beekeeper')),
    ('f03', 'Nora Lindgren', ('secretary of agriculture',)),
    ('f03', 'Hoang Minh Tuan', ('agronomist with Iowa State University Extension',)),
    ('f03', 'Marco Alvarez', ('almond grower from Fresno, Calif.', 'almond grower')),
    ('f03', 'Jill Baird', ('lobbyist;former aide to Sen. Ken Hollis',)),
    ('f04', 'Renee Castillo', ('Attorney General',)),
    ('f04', 'Max Heilbron', ('lawyer',)),
    ('f04', 'Paula Dunmore', ('solicitor general',)),
    ('f04', 'Victor Lam', ('election-law specialist at Georgetown University',)),
    ('f04', 'Ingrid Solberg', ('paralegal;volunteer poll watcher',)),
    ('f04', 'Frank Dimarco', ('former attorney general of Ohio',)),
    ('f04', 'Kate Lorimer', ('general counsel',)),
    ('f05', 'Adele Grimsby', ('vice-chairwoman of the Florida Democratic Party',)),
    ('f05', 'Rick Danvers', ('co-founder of Conservatives for Change',)),
    ('f05', 'Terrence Boyd', ('vice-chairman for outreach',)),
    ('f05', 'Wendell Pruitt', ('blogger',)),
    ('f05', 'Andre Laurent', ('retired welder;union steward',)),
    ('f05', 'Bud Farris', ('radio host',)),
    ('f05', 'Tina Marquez', ('Orlando field director', 'field director')),
    ('f06', 'Zhao Lintao', ("spokesman for China's Foreign Ministry",
                            'spokesman for Foreign Ministry')),
    ('f06', 'Kim Seong-ho', ('lawmaker from the ruling Saenuri Party',)),
    ('f06', 'Kenji Moriyama', ('deputy chief cabinet secretary',)),
    ('f06', 'Li Wenjing', ('political scientist at Fudan University in Shanghai',
                           'political scientist at Fudan University')),
    ('f06', 'Choi Eun-mi', ('shopkeeper in Seoul', 'shopkeeper')),
    ('f06', 'Hu Jiaming', ('deputy director of the Institute of American Studies',)),
    ('f07', 'Stanley Orloff', ('Manhattan lawyer;longtime donor to Democrats',
                               'lawyer;longtime donor to Democrats')),
    ('f07', 'Greer Whitley', ('finance co-chairwoman of the campaign', 'finance co-chairwoman')),
    ('f07', 'Howard Keane', ('top bundler',)),
    ('f07', 'Sheila Trout', ('Center for Responsive Politics',)),
    ('f07', 'Vivian Ashcombe', ('heiress and philanthropist in Palm Beach',
                                'heiress;philanthropist')),
    ('f07', 'Ray Cobbett', ('venture capitalist',)),
    ('f07', 'Molly Graves', ('treasurer',)),
    ('f08', 'Wendy Cho', ('statistician',)),
    ('f08', 'Gordon Hale', ('most accurate forecaster', 'forecaster')),
    ('f08', 'Rob Steers', ('Pew Research Center',)),
    ('f08', 'Amir Hosseini', ('data scientist;former Google engineer',)),
    ('f08', 'Lisa Brandt', ('Deputy Secretary of Commerce',)),
    ('f08', 'Erik Mott', ('barista from Eugene, Ore.', 'barista')),
    ('f08', 'Irving Falk', ('psephologist at the University of Essex',)),
    ('f09', 'Arlo Jennings', ('Colorado delegate', 'delegate')),
    ('f09', 'Pete Navarro', ('sergeant-at-arms',)),
    ('f09', 'Beverly Quist', ('co-founder of Delegates for Conscience',)),
    ('f09', 'Colleen Hardy', ('vice-chairwoman',)),
    ('f09', 'Martin Ogle', ('safety director',)),
    ('f09', 'Tyrone Bates', ('vendor',)),
    ('f09', 'Jess Kowalczyk', ('bartender at a pub in the Flats', 'bartender')),
    ('f10', 'Hector Ruelas', ('rancher from Douglas, Ariz.', 'rancher')),
    ('f10', 'Bryce Langley', ('attorney general',)),
    ('f10', 'Maribel Soto', ('organizer;longtime volunteer with the Arizona Dream Act Coalition',)),
    ('f10', 'Gil Varner', ('union representative for Border Patrol agents in Tucson',
                           'union representative for Border Patrol agents')),
    ('f10', 'Ana Lucero', ('director',)),
    ('f10', 'Jorge Ibarra', ('Migration Policy Institute',)),
    ('f10', 'Luis Madrigal', ('pastor in Yuma', 'Rev.;pastor in Yuma', 'pastor')),
    ('f11', 'Priya Raman', ('co-founder of the voter app BallotBox',)),
    ('f11', 'Sam Oduya', ('BuzzFeed',)),
    ('f11', 'Kevin Strand', ('product manager at Facebook',)),
    ('f11', 'Alicia Moran', ('keynote speaker',)),
    ('f11', 'Tran Duc Minh', ('software engineer',)),
    ('f11', 'Gordon Lisle', ('venture capitalist;early investor in Stripe',)),
    ('f11', 'Tabitha Reese', ('chief technologist',)),
    ('f12', 'Loretta Vinson', ('librarian in Bellevue', 'librarian')),
    ('f12', 'Clint Rademacher', ('auctioneer from Kearney, Neb.', 'auctioneer')),
    ('f12', 'Darlene Fitch', ('mortician',)),
    ('f12', 'Gus Petrakis', ('retired machinist;Teamsters steward',)),
    ('f12', 'Wade Hollis', ('orthodontist',)),
    ('f12', 'Opal Meeks', ('longtime treasurer', 'treasurer')),
    ('f12', 'Delbert Gaines', ('winner of the county straw poll',)),
]  # fmt: skip

# The people named in bylines.
NOT_SPEAKERS_93: list[tuple[str, str]] = [
    ("f01", "Nora Pell"),
    ("f02", "Abel Croft"),
    ("f03", "Kara Lindqvist"),
    ("f04", "Simon Achebe"),
    ("f05", "Helen Marsh"),
    ("f06", "Grant Tolliver"),
    ("f07", "Peter Vance"),
    ("f08", "Lydia Crane"),
    ("f09", "Dana Whitcomb"),
    ("f10", "Manuel Ortiz"),
    ("f11", "Celeste Wong"),
    ("f12", "Warren Eble"),
]
FIRST_JUDGED = (60, 80)  # (roles right, speakers found) on main 80f4a5fc, of 83

KNOWN_WRONG_93: dict[tuple[str, str], tuple[str | None, str]] = {  # shown, why
    ('f01', 'Celia Marsh'): (
        None,
        '"said X of Gawker.": one capitalised word after "of" may be a town ("X of Oakland"), '
        'and the story says nothing more of Gawker',
    ),
    ('f01', 'Owen Pratley'): (
        'speechwriter who worked for two Republican presidents',
        'a relative clause of what he did kept whole (house style, as batch 92\'s Lavin)',
    ),
    ('f01', 'Ben Achterberg'): (
        "White House Correspondents' Association's treasurer",
        '"the association\'s" shown as the body it names: an owner the docstring lets be shown, '
        'but four words past the slack',
    ),
    ('f02', 'Lena Orr'): (
        'demographer at the University of Michigan who has studied turnout since 1992',
        'a relative clause of what she did kept whole (house style)',
    ),
    ('f02', 'Paul Benning'): (
        None,
        '"said X at the Urban Institute.": a body after "at" is not read as "of the Urban '
        'Institute" is (no such "at" after a name in whole train)',
    ),
    ('f03', 'Hoang Minh Tuan'): (
        None,
        'no speaker: the quotation goes to a "Hoang" of its own, the family name first not '
        'joined to the full name ("Park", "Liu", "Zhao" are joined)',
    ),
    ('f04', 'Max Heilbron'): (
        'lawyer who represented the Trump campaign',
        'a relative clause of what he did kept in part (house style)',
    ),
    ('f05', 'Bud Farris'): (
        None,
        'no speaker: "said the radio host known as “the Colonel,” X." (the nickname\'s '
        'quotation marks before the apposed name)',
    ),
    ('f06', 'Li Wenjing'): (
        'political scientist at Fudan University in Shanghai who has written two books on '
        'American elections',
        'a relative clause of what she did kept whole (house style)',
    ),
    ('f06', 'Hu Jiaming'): (
        None,
        '"said X. || Hu is the deputy director of ...": the later sentence\'s role is not '
        'joined to the family-name-first name',
    ),
    ('f07', 'Howard Keane'): (
        None,
        '"Last cycle\'s top bundler, X,": "bundler", a role by its shape, no list holds '
        '("The party\'s top bundler, X," gives none either)',
    ),
    ('f07', 'Ray Cobbett'): (
        'venture capitalist who gave $250,000 to the super PAC supporting Jeb Bush',
        'a relative clause of what he gave kept whole (house style)',
    ),
    ('f08', 'Wendy Cho'): (
        'statistician who built the model for the site',
        'a relative clause of what she did kept whole (house style)',
    ),
    ('f08', 'Rob Steers'): (
        None,
        '"said X at the Pew Research Center.": a body after "at" (as Benning)',
    ),
    ('f09', 'Tyrone Bates'): (
        None,
        '"X, a vendor who sells buttons outside the arena": an agent noun no list holds '
        'with a clause of a deed after it ("X, a vendor." is read)',
    ),
    ('f09', 'Jess Kowalczyk'): (
        None,
        'no speaker: "..., she said" after her sentence goes to Colleen Hardy, named two '
        'paragraphs up',
    ),
    ('f10', 'Jorge Ibarra'): (
        None,
        '"said X at the Migration Policy Institute.": a body after "at" (as Benning)',
    ),
    ('f10', 'Luis Madrigal'): (
        'Rev., pastor in Yuma who runs a food bank',
        'a relative clause of a deed kept whole (house style)',
    ),
    ('f11', 'Sam Oduya'): (
        None,
        '"X of BuzzFeed said": one capitalised word after "of" (as Marsh)',
    ),
    ('f12', 'Wade Hollis'): (
        'orthodontist who hosted a fund-raiser for Ted Cruz in the spring',
        'a relative clause of what he did kept whole (house style)',
    ),
}  # fmt: skip


def test_the_batch_is_whole() -> None:
    assert len(PROBES) == 12 and len(ROLES_93) == 83


test_every_judged_speaker_is_in_their_story, test_probe_role, test_role_probes_93_figure = (
    judged_role_batch_tests(
        "role probes 93", PROBES, ROLES_93, KNOWN_WRONG_93, FIRST_JUDGED, NOT_SPEAKERS_93
    )
)
