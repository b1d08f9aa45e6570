"""attrib56: the twentieth batch of invented probes (issue 15): 35 stories in the shape of
the held-out split, 2016-style US political and campaign news (caucus night, a Senate
debate, a governor's veto message, rallies, a director's letter to Congress, super PAC
filings, a convention rules fight and walkout, an appeals-court ruling, polls and
memos, debate prep told by anonymous advisers, endorsements by a mayor and a newspaper
editorial board, a watchdog report, retirements and tributes, early-voting lines, a
third-party candidate, a court vacancy, a town hall, a union local, misprinted ballots,
a running-mate search, a resignation over old posts, a fact check, a religious-liberty
bill, an attack ad and a lawyers' letter, canvassers in Spanish, a concession, a
cabinet pick, a recount, a House hearing, a State Department briefing, a father and son
on opposite sides of a race, a campus protest and an obituary with old interviews).
Long stories with four to eight speakers each, pronoun and nominal references ("the
senator said", "the elder Whitmire", "he added"), quotations split across sentences,
quotations with no cue continuing a speaker, officials quoted through spokespeople,
documents and organisations as sources ("the letter said", "the editorial said", "it
wrote"), and reported speech beside direct quotes.

Every person is invented (Clinton, Trump and Sanders are named as PolNeAR names them),
and every quotation is written for this batch. Every expected speaker was written before
On Record read the probes (the articles and this list were committed first, 6c9e243).
First judged on main (ff70177): 366 of 390 right (6.2% wrong); counting the right
person named in another form (a first name without the surname the husband's gives,
"message" for the veto message, "A spokesman for Gov. Evan Hollister") as right, 373
(4.4% wrong); counting also the right person given by a description ("leader of the
effort") or through whom the words came ("his campaign said"), 375 (3.8% wrong). After
the mends below: 371 (4.9% wrong); 378 and 380 counted the same two ways (3.1%, 2.6%).
The quotations still wrong are listed in KNOWN_WRONG_56 with what On Record gives and
why; the figure is printed by ``test_twentieth_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_56.json")
FIRST_JUDGED = 366  # right on main before any mend, of 390

PROBES_56: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('p01', "Iowa doesn't take shortcuts, and neither", ('Curtis Hargrove',)),
    ('p01', 'We went to the diners. We', ('Curtis Hargrove',)),
    ('p01', 'opened every door in Iowa', ('Curtis Hargrove',)),
    ('p01', 'basically a tie', ('Wade Lindell',)),
    ('p01', 'win big', ('Wade Lindell',)),
    ('p01', 'We came into this state with', ('Wade Lindell',)),
    ('p01', 'Think about that', ('Wade Lindell',)),
    ('p01', 'The lines in Sioux County were', ('Deb Kastner',)),
    ('p01', 'I have never seen that. Nobody', ('Deb Kastner',)),
    ('p01', 'He stayed until every question was', ('Marlene Pfaff',)),
    ('p01', 'Forty minutes after he was supposed', ('Marlene Pfaff',)),
    ('p01', 'thrilled', ('Scott Brennan',)),
    ('p01', 'We have the resources to go', ('Scott Brennan',)),
    ('p01', 'Wade Lindell bought a lot of', ('Roy Emmert',)),
    ('p01', 'Curtis Hargrove bought a lot of', ('Roy Emmert',)),
    ('p02', 'Marcus stood on a stage in', ('Gail Sorensen',)),
    ('p02', 'Go to Lordstown and say that', ('Gail Sorensen',)),
    ('p02', 'from the day the text came', ('Marcus Whitlow',)),
    ('p02', 'She voted for the bill that', ('Marcus Whitlow',)),
    ('p02', 'You can’t set the fire and', ('Marcus Whitlow',)),
    ('p02', 'Congresswoman, we need to move on', ('Denise Albrecht',)),
    ('p02', 'You’ll have your chance at rebuttal', ('Denise Albrecht',)),
    ('p02', 'I’ve owned a shotgun since I', ('Marcus Whitlow',)),
    ('p02', 'My father taught me that the', ('Marcus Whitlow',)),
    ('p02', 'turn law-abiding Ohioans into paperwork criminals', ('Gail Sorensen',)),
    ('p02', 'These are two well-known candidates, and', ('Peter Langley',)),
    ('p02', 'What Ohio hasn’t made up its', ('Peter Langley',)),
    ('p02', 'flatly false',
     ('Marcus Whitlow', 'Whitlow’s campaign', 'campaign', 'Whitlow campaign')),
    ('p02', 'That’s not a fact sheet', ('Kyle Arbogast',)),
    ('p02', 'That’s a press release with footnotes', ('Kyle Arbogast',)),
    ('p03', 'a solution in search of a', ('Thomas Keel',)),
    ('p03', 'on the wrong side of history', ('Thomas Keel',)),
    ('p03', 'singles out children who are already',
     ('Thomas Keel', 'veto message', 'The veto message')),
    ('p03', 'It is not the role of', ('Thomas Keel', 'veto message', 'The veto message')),
    ('p03', 'The governor can call it whatever', ('Robert Marsh',)),
    ('p03', 'Parents in my district are not', ('Robert Marsh',)),
    ('p03', "That's not nothing in a district", ('Robert Marsh',)),
    ('p03', 'He listened to them for two', ('Rachel Ottley',)),
    ('p03', "He's not going to apologize for", ('Rachel Ottley',)),
    ('p03', 'My son just wants to go', ('Andrea Liu',)),
    ('p03', "That's the whole story. There isn't", ('Andrea Liu',)),
    ('p03', 'an insult to the parents of',
     ('Family Foundation of Virginia', 'The Family Foundation of Virginia', 'Family Foundation',
      'statement')),
    ('p03', 'Virginia is open for business',
     ('Virginia Chamber of Commerce', 'The Virginia Chamber of Commerce', 'letter')),
    ('p03', 'This bill would hang a different',
     ('Virginia Chamber of Commerce', 'The Virginia Chamber of Commerce', 'letter')),
    ('p04', 'the jobs they stole from you', ('Donald Trump',)),
    ('p04', 'We are going to win Pennsylvania', ('Donald Trump',)),
    ('p04', "They say it can't be done", ('Donald Trump',)),
    ('p04', 'I said I was sorry, and', ('Donald Trump',)),
    ('p04', "Now let's talk about your jobs", ('Donald Trump',)),
    ('p04', 'Is it nice? No', ('Dale Kowalczyk',)),
    ('p04', 'Is it going to get my', ('Dale Kowalczyk',)),
    ('p04', 'with my eyes open', ('Theresa Kowalczyk',)),
    ('p04', "I'm a mother and a grandmother", ('Theresa Kowalczyk',)),
    ('p04', "But I don't like what I've", ('Theresa Kowalczyk',)),
    ('p04', 'We just wanted people to know', ('Maya Grabowski',)),
    ('p04', 'People are coming out of the', ('Lou Ferrante',)),
    ('p04', "I've had registered Democrats call my", ('Lou Ferrante',)),
    ('p04', 'as empty as his apology', ('Jesse Ortega',)),
    ('p05', 'that may bear on', ('FBI director', 'letter', 'The letter', 'the director')),
    ('p05', 'We have not yet determined whether',
     ('FBI director', 'letter', 'The letter', 'the director')),
    ('p05', 'extraordinary', ('Paul Redfield',)),
    ('p05', 'The director owes the American people', ('Paul Redfield',)),
    ('p05', "Eleven days out, you don't drop", ('Paul Redfield',)),
    ('p05', 'confident', ('Hillary Clinton',)),
    ('p05', 'Voting is already under way', ('Hillary Clinton',)),
    ('p05', 'If the director has something to', ('Hillary Clinton',)),
    ('p05', "We said all along this wasn't", ('Nolan Petrie',)),
    ('p05', 'It turns out we were right', ('Nolan Petrie',)),
    ('p05', "There's a long tradition that you", ('Laurence Whitcomb',)),
    ('p05', 'That tradition exists for a reason', ('Laurence Whitcomb',)),
    ('p05', 'The letter speaks for itself', ('Andrea Kimball',)),
    ('p06', 'voting with Washington insiders',
     ('Floridians for a Fair Future', 'The group', 'group', 'ads', 'the ads')),
    ('p06', 'Every claim in those ads is', ('Brent Cahill',)),
    ('p06', 'If she doesn’t like her record', ('Brent Cahill',)),
    ('p06', 'every right to participate in the', ('Sheila Vance',)),
    ('p06', 'Mr. Alarcón has given to Democrats', ('Sheila Vance',)),
    ('p06', 'He has never hidden a dollar', ('Sheila Vance',)),
    ('p06', 'a hostile takeover attempt', ('Loretta Haines',)),
    ('p06', 'He came to me for a', ('Loretta Haines',)),
    ('p06', 'This is the bill for saying', ('Loretta Haines',)),
    ('p06', 'I didn’t ask for it, I', ('Derek Osei',)),
    ('p06', 'Loretta has been in Washington for', ('Derek Osei',)),
    ('p06', 'In a primary with 40,000 voters', ('Meredith Stanley',)),
    ('p06', 'That’s what Citizens United looks like', ('Meredith Stanley',)),
    ('p07', 'rigged from the start', ('Kendra Voss',)),
    ('p07', 'They twisted arms all night', ('Kendra Voss',)),
    ('p07', 'Members were getting calls from the', ('Kendra Voss',)),
    ('p07', 'the overwhelming will of the delegates', ('Harlan Drew',)),
    ('p07', 'We heard every amendment', ('Harlan Drew',)),
    ('p07', 'Some of them twice', ('Harlan Drew',)),
    ('p07', 'The party is united and ready', ('Neil Sarkis',)),
    ('p07', "I'm a rule-follower", ('Lyle Bentsen',)),
    ('p07', "That's the whole problem. I follow", ('Lyle Bentsen',)),
    ('p07', "He didn't threaten me", ('Priscilla Ahn',)),
    ('p07', 'He just reminded me who writes', ('Priscilla Ahn',)),
    ('p08', 'I came here to vote for', ('Rosa Delgado',)),
    ('p08', 'But I’m not going to stand', ('Rosa Delgado',)),
    ('p08', 'They wrote it down', ('Rosa Delgado',)),
    ('p08', 'We don’t have to guess anymore', ('Rosa Delgado',)),
    ('p08', 'Let the record show that Vermont', ('Bernie Sanders',)),
    ('p08', 'Bernie asked us to do this', ('Gerald Mack',)),
    ('p08', 'If he can vote for her', ('Gerald Mack',)),
    ('p08', 'Some of what was written in', ('Lorraine Beckett',)),
    ('p08', 'They do not reflect this party’s', ('Lorraine Beckett',)),
    ('p08', 'Passion is not the enemy', ('Tyrone Haskell',)),
    ('p08', 'Apathy is the enemy', ('Tyrone Haskell',)),
    ('p09', 'by design, not by accident',
     ('the court', 'court', 'The court', 'the panel', 'The panel', 'opinion', 'the opinion',
      'Miriam Castellano')),
    ('p09', 'A legislature that asks which voters',
     ('Miriam Castellano', 'the court', 'court', 'The court', 'the panel', 'The panel', 'opinion',
      'the opinion')),
    ('p09', 'Photo ID is required to board', ('Raymond Pruitt',)),
    ('p09', 'This ruling says it is too', ('Raymond Pruitt',)),
    ('p09', 'I told the legislature in 2013', ('Joseph Calloway',)),
    ('p09', 'It didn’t', ('Joseph Calloway',)),
    ('p09', 'a powerful rebuke', ('Allison Ferebee',)),
    ('p09', 'This was never about fraud', ('Allison Ferebee',)),
    ('p09', 'The state couldn’t point to a', ('Allison Ferebee',)),
    ('p09', 'seem determined to disregard the will',
     ('Republican legislative leaders', 'legislative leaders', 'statement', 'the statement',
      'joint statement')),
    ('p10', 'This is a close race in', ('Gordon Lasky',)),
    ('p10', 'That alone tells you something about', ('Gordon Lasky',)),
    ('p10', "We're not one state anymore", ('Gordon Lasky',)),
    ('p10', "We're two states that happen to", ('Gordon Lasky',)),
    ('p10', 'Our internal numbers show a dead', ('Ed Kacinski', 'memo', 'the memo')),
    ('p10', 'not taking a single vote for', ('Aisha Brantley',)),
    ('p10', 'We have 54 offices open in', ('Aisha Brantley',)),
    ('p10', 'They have eleven', ('Aisha Brantley',)),
    ('p10', 'One poll is a snapshot', ('Irene Castellucci',)),
    ('p10', 'Wait for the average', ('Irene Castellucci',)),
    ('p11', "He doesn't want to stand at",
     ('a senior adviser', 'senior adviser', 'adviser', 'One senior adviser', 'one senior adviser')),
    ('p11', 'He thinks it makes him sound',
     ('a senior adviser', 'senior adviser', 'adviser', 'One senior adviser', 'one senior adviser')),
    ('p11', 'got bored after about twenty minutes',
     ('person familiar with the preparations', 'Another person familiar with the preparations',
      'another person familiar with the preparations', 'person')),
    ('p11', "He's been preparing for this debate", ('Kirsten Dahl',)),
    ('p11', "He's been on a stage before", ('Kirsten Dahl',)),
    ('p11', 'What happens in debate camp stays', ('Philippe Rines',)),
    ('p11', 'The primaries had ten people on', ('Wendell Strauss',)),
    ('p11', "Here there's nowhere to hide. If", ('Wendell Strauss',)),
    ('p12', 'ignored the opioid crisis for two', ('Walter Pelletier',)),
    ('p12', 'I’ve been to eleven funerals this', ('Walter Pelletier',)),
    ('p12', 'Eleven. I didn’t see the Democratic', ('Walter Pelletier',)),
    ('p12', 'She wasn’t happy', ('Walter Pelletier',)),
    ('p12', 'I didn’t expect her to be', ('Walter Pelletier',)),
    ('p12', 'made a political calculation, and he’s', ('Hannah Joyce',)),
    ('p12', 'Nancy wrote the bill that expanded', ('Hannah Joyce',)),
    ('p12', 'The mayor knows that. He voted', ('Hannah Joyce',)),
    ('p12', 'from anyone who puts New Hampshire', ('Brian Sundquist',)),
    ('p12', 'Walter called me', ('Brian Sundquist',)),
    ('p12', 'I said yes before he finished', ('Brian Sundquist',)),
    ('p12', 'Walter Pelletier has been looking for', ('Roland Quimby',)),
    ('p12', 'Now he’s found it', ('Roland Quimby',)),
    ('p12', 'Mayors don’t move votes outside their', ('Martin Cloutier',)),
    ('p12', 'Sometimes they don’t move them inside', ('Martin Cloutier',)),
    ('p13', 'Leadership PACs were meant to help',
     ('Campaign Integrity Project', 'report', 'The report', 'the report')),
    ('p13', 'Too often they have become a',
     ('Campaign Integrity Project', 'report', 'The report', 'the report')),
    ('p13', 'His PAC spent more at one', ('Sandra Kemp',)),
    ('p13', "That's not a leadership PAC. That's", ('Sandra Kemp',)),
    ('p13', 'Donors expect to meet the senator', ('Wes Talbert',)),
    ('p13', 'Every dollar was reported to the', ('Wes Talbert',)),
    ('p13', "I've got a day job", ('Dwight Connors',)),
    ('p13', 'exactly the kind of thing that', ('Lowell Fairbanks',)),
    ('p14', 'I have loved every day of', ('Harold Veach',)),
    ('p14', 'But I have been in Washington', ('Harold Veach',)),
    ('p14', 'The people of Indiana don’t need', ('Harold Veach',)),
    ('p14', 'They picked me six times, and', ('Harold Veach',)),
    ('p14', 'a senator’s senator', ('Arthur Bellamy',)),
    ('p14', 'Harold never once in thirty years', ('Arthur Bellamy',)),
    ('p14', 'We disagreed about almost everything except', ('Joan Pickering',)),
    ('p14', 'seriously considering', ('Trent Adkisson',)),
    ('p14', 'has no interest', ('Evan Hollister', 'spokesman', 'A spokesman', 'a spokesman')),
    ('p14', 'I’m getting my husband back', ('Margaret Veach',)),
    ('p14', 'I’m told I have to share', ('Margaret Veach',)),
    ('p15', 'I brought a folding chair and', ('Yolanda Pettiford',)),
    ('p15', "I've voted in every election since", ('Yolanda Pettiford',)),
    ('p15', 'Nobody on this board wants anybody', ('Dwayne Hatcher',)),
    ('p15', "We're doing what we can with", ('Dwayne Hatcher',)),
    ('p15', 'We had names of people willing', ('Corinne Abernathy',)),
    ('p15', 'We gave the list to the', ('Corinne Abernathy',)),
    ('p15', 'focused on running the election', ('Tasha Grier',)),
    ('p15', "I'll come back Saturday", ('Jamal Wynn',)),
    ('p15', "They're not going to make me", ('Jamal Wynn',)),
    ('p15', 'at or above 2012 levels', ('Kimberly Ashcraft', 'memo', 'the memo')),
    ('p16', 'the only conservative left in the', ('Evan Carrow',)),
    ('p16', 'Utah has a chance to tell', ('Evan Carrow',)),
    ('p16', 'We will choose a third, and', ('Evan Carrow',)),
    ('p16', 'I can’t vote for Trump. I', ('Heather Lindquist',)),
    ('p16', 'I can’t vote for Clinton either', ('Heather Lindquist',)),
    ('p16', 'throw away', ('Russell Oaks',)),
    ('p16', 'A vote for Evan Carrow is', ('Russell Oaks',)),
    ('p16', 'It’s math', ('Russell Oaks',)),
    ('p16', 'People have been told that for', ('Lorna Pettibone',)),
    ('p16', 'That’s how we got here', ('Lorna Pettibone',)),
    ('p16', 'He has to hold these voters', ('Garrett Holm',)),
    ('p16', 'That’s a long time in this', ('Garrett Holm',)),
    ('p17', 'The American people are choosing a', ('Garrett Lindqvist',)),
    ('p17', 'That is not a new principle', ('Garrett Lindqvist',)),
    ('p17', 'as a courtesy', ('Garrett Lindqvist',)),
    ('p17', 'a historic dereliction of duty', ('Roberta Quiñones',)),
    ('p17', 'I’ve read this thing a lot', ('Roberta Quiñones',)),
    ('p17', 'I keep looking for the part', ('Roberta Quiñones',)),
    ('p17', 'Judge Marquand is exactly the kind', ('Owen Teague',)),
    ('p17', 'Now they don’t want her. That', ('Owen Teague',)),
    ('p17', 'I think the process should go', ('Claire Holcomb',)),
    ('p17', 'She should have a hearing, and', ('Claire Holcomb',)),
    ('p17', 'calling senators one by one',
     ('Justice Department official', 'official', 'A Justice Department official',
      'a Justice Department official')),
    ('p18', "I'm not going to pretend I", ('Dale Fortenberry',)),
    ('p18', 'hiding from the people who elected',
     ('Lupe Carrasco', 'woman', 'a woman', 'A woman', 'a woman in the front row')),
    ('p18', "I'm here, ain't I? I'm standing", ('Dale Fortenberry',)),
    ('p18', 'They ask me every night when', ('Lupe Carrasco',)),
    ('p18', 'I wanted him to tell them', ('Lupe Carrasco',)),
    ('p18', 'We have laws. Enforce them', ('Gary Hostetler',)),
    ('p18', 'a fair process', ('Dale Fortenberry',)),
    ('p18', "You can't please everybody", ('Dale Fortenberry',)),
    ('p18', 'Tonight I pleased nobody, so I', ('Dale Fortenberry',)),
    ('p18', 'We booked the biggest room we', ('Angela Rios-Kemper',)),
    ('p18', "Next time we'll find a bigger", ('Angela Rios-Kemper',)),
    ('p18', 'has no plan', ('Tomás Villanueva',)),
    ('p18', 'He has a slogan about a', ('Tomás Villanueva',)),
    ('p18', "That's not a plan. A plan", ('Tomás Villanueva',)),
    ('p19', 'The international can endorse whoever they', ('Rick Zabrowski',)),
    ('p19', 'I’m the one who has to', ('Rick Zabrowski',)),
    ('p19', 'I’ve watched this mill go from', ('Teresa Solano',)),
    ('p19', 'When somebody stands up and says', ('Teresa Solano',)),
    ('p19', 'more than a press release', ('Teresa Solano',)),
    ('p19', 'Send Hillary here', ('Teresa Solano',)),
    ('p19', 'Let her walk through the mill', ('Teresa Solano',)),
    ('p19', 'a long record of standing with', ('Dennis Harrow',)),
    ('p19', 'because I remember who bailed out', ('Ernestine Cobb',)),
    ('p19', 'These young guys think the mill’s', ('Ernestine Cobb',)),
    ('p19', 'Honey, the mill isn’t coming back', ('Ernestine Cobb',)),
    ('p20', "It's a printing error, and it's", ('Susan Ertl',)),
    ('p20', "Nobody's vote is going to be", ('Susan Ertl',)),
    ('p20', 'We regret the error and are',
     ('Fox Valley Print Services', 'statement', 'the statement', 'The company', 'company')),
    ('p20', 'no reason to think anything improper', ('Duane Gilbertson',)),
    ('p20', 'people want to see it with', ('Duane Gilbertson',)),
    ('p20', "We'll be standing right next to", ('Pat Lindgren-Moore',)),
    ('p20', "That's how it should be", ('Pat Lindgren-Moore',)),
    ('p20', 'a normal and accepted part of', ('Mark Thiel', 'letter', 'the letter')),
    ('p21', 'She wants someone who could be',
     ('person familiar with the process', 'people familiar with the process', 'one of the people',
      'One of the people')),
    ('p21', 'The secretary will make her decision', ('Paul Redfield',)),
    ('p21', 'I have nothing to say about', ('Graham Tolliver',)),
    ('p21', 'Absolutely nothing. You can print that', ('Graham Tolliver',)),
    ('p21', 'focused on the job I have', ('Consuela Ybarra',)),
    ('p21', 'speculate about a job I don’t', ('Consuela Ybarra',)),
    ('p21', 'He called me and said, pray', ('Alfred Dunmore',)),
    ('p21', 'I prayed. I don’t know if', ('Alfred Dunmore',)),
    ('p22', 'a welfare queen', ('Tyler Brandt',)),
    ('p22', 'stupid, hurtful and wrong', ('Tyler Brandt',)),
    ('p22', 'I wrote them years ago, but', ('Tyler Brandt',)),
    ('p22', 'I am resigning so that this', ('Tyler Brandt',)),
    ('p22', 'with regret', ('Kimberly Haas',)),
    ('p22', 'Tyler is a talented young man', ('Kimberly Haas',)),
    ('p22', 'He has owned them. I hope', ('Kimberly Haas',)),
    ('p22', "I've been called worse by better", ('Lorraine Gaddis',)),
    ('p22', 'What bothers me is that this', ('Lorraine Gaddis',)),
    ('p22', "He didn't deny any of it", ('Glenn Sayers',)),
    ('p23', 'half of its manufacturing jobs since', ('Roger Albrecht',)),
    ('p23', 'Half', ('Roger Albrecht',)),
    ('p23', 'Think about your father’s job. Think', ('Roger Albrecht',)),
    ('p23', 'If you measure from the peak', ('Dana Whitford',)),
    ('p23', 'NAFTA is part of the story', ('Marjorie Quast',)),
    ('p23', 'The China shock after 2001 was', ('Marjorie Quast',)),
    ('p23', 'directionally right even if the number', ('Paul Krieger',)),
    ('p23', 'Michigan got hammered, and trade policy', ('Paul Krieger',)),
    ('p23', 'But I wouldn’t use the word', ('Paul Krieger',)),
    ('p24', 'Mississippians should never have to choose', ('Reginald Tubb',)),
    ('p24', 'Nothing in it takes away a', ('Reginald Tubb',)),
    ('p24', 'the most sweeping anti-LGBT bill',
     ('Equality Mississippi Alliance', 'The Equality Mississippi Alliance')),
    ('p24', 'This law says a county clerk', ('Robin Hilliard',)),
    ('p24', 'And the state will protect them', ('Robin Hilliard',)),
    ('p24', 'Nobody is going to be turned', ('Wyatt Pennebaker',)),
    ('p24', 'This is about a baker, a', ('Wyatt Pennebaker',)),
    ('p24', 'any legislation that would allow discrimination', ('Magnolia Aerospace',)),
    ('p24', 'disappointed', ('Gulfline Shipyards',)),
    ('p24', 'My church will not marry two', ('Cedric Washburn',)),
    ('p24', 'But if the clerk down the', ('Cedric Washburn',)),
    ('p25', 'a danger to the party he',
     ('Arizona Sentinel', 'The Arizona Sentinel', 'editorial', 'The editorial', 'editorial board',
      'The editorial board', 'the editorial board', 'The Sentinel', 'Sentinel')),
    ('p25', 'We looked for a reason to',
     ('Arizona Sentinel', 'The Arizona Sentinel', 'editorial', 'The editorial', 'editorial board',
      'The editorial board', 'the editorial board', 'The Sentinel', 'Sentinel')),
    ('p25', 'Clinton is the only candidate who',
     ('Arizona Sentinel', 'The Arizona Sentinel', 'editorial', 'The editorial', 'editorial board',
      'The editorial board', 'the editorial board', 'The Sentinel', 'Sentinel')),
    ('p25', 'Readers will remember how often this',
     ('Arizona Sentinel', 'The Arizona Sentinel', 'editorial', 'The editorial', 'editorial board',
      'The editorial board', 'the editorial board', 'The Sentinel', 'Sentinel')),
    ('p25', 'We have not changed our minds',
     ('Arizona Sentinel', 'The Arizona Sentinel', 'editorial', 'The editorial', 'editorial board',
      'The editorial board', 'the editorial board', 'The Sentinel', 'Sentinel')),
    ('p25', 'There were people in that room', ('Frank Delahunt',)),
    ('p25', 'Not one of them argued for', ('Frank Delahunt',)),
    ('p25', 'One man called and said he', ('Frank Delahunt',)),
    ('p25', 'I wrote his number down and', ('Frank Delahunt',)),
    ('p25', 'Our editorial board does not exist', ('Miriam Castaneda-Hoyt',)),
    ('p25', 'It exists to tell you what', ('Miriam Castaneda-Hoyt',)),
    ('p25', 'Nobody in this state reads editorials', ('Wendell Pryor',)),
    ('p25', 'They read Twitter', ('Wendell Pryor',)),
    ('p26', 'let a child predator walk free', ('Colorado Forward', 'ad', 'The ad', 'the ad')),
    ('p26', 'Ms. Marsh fought to keep that',
     ('Howard Brandeis-Kerr', 'letter', 'The letter', 'the letter')),
    ('p26', 'Your station is now broadcasting the',
     ('Howard Brandeis-Kerr', 'letter', 'The letter', 'the letter')),
    ('p26', 'sickened', ('Lucinda Marsh',)),
    ('p26', 'That case is the one I', ('Lucinda Marsh',)),
    ('p26', "They know that. That's why they", ('Lucinda Marsh',)),
    ('p26', 'The judge dismissed the case because', ('Kent Rasmussen',)),
    ('p26', "That's in the court record. She", ('Kent Rasmussen',)),
    ('p26', "didn't like the odds", ('manager', 'A manager', 'a manager')),
    ('p26', 'keep it clean', ('Glenn Stuckey',)),
    ('p27', '¿Ya se registró para votar', ('Carmen Otero',)),
    ('p27', 'Nobody told me I could vote', ('Javier Colón',)),
    ('p27', 'In Puerto Rico we can’t vote', ('Javier Colón',)),
    ('p27', 'Every week there are new families', ('Carmen Otero',)),
    ('p27', 'Every week. From Caguas, from Ponce', ('Carmen Otero',)),
    ('p27', 'Puerto Ricans are not a monolith', ('Alberto Rivas-Funes',)),
    ('p27', 'A lot of us are evangelicals', ('Alberto Rivas-Funes',)),
    ('p27', 'Hillary', ('Yesenia Colón',)),
    ('p27', 'He’ll decide. I already decided for', ('Yesenia Colón',)),
    ('p28', 'The people of New Hampshire have', ('Patricia Renfrew',)),
    ('p28', 'It was a close race. It', ('Patricia Renfrew',)),
    ('p28', 'whatever help a lame duck can', ('Patricia Renfrew',)),
    ('p28', 'a gracious call', ('Miles Harnett',)),
    ('p28', 'Senator Renfrew has served this state', ('Miles Harnett',)),
    ('p28', 'We disagreed about a great many', ('Miles Harnett',)),
    ('p28', 'Our count is accurate', ('Warren Pike',)),
    ('p28', "We've been doing this since 1776", ('Warren Pike',)),
    ('p28', "A thousand votes isn't a hundred", ('Josh Ellery',)),
    ('p28', "She didn't want to put the", ('Josh Ellery',)),
    ('p28', "I cried, she didn't", ('Bev Santangelo',)),
    ('p28', 'She was the one comforting us', ('Bev Santangelo',)),
    ('p29', 'Dwight is a builder and a', ('Donald Trump',)),
    ('p29', 'He will unleash American energy and', ('Donald Trump',)),
    ('p29', 'honored and humbled', ('Dwight Calhoun',)),
    ('p29', 'I’ve got a lot to learn', ('Dwight Calhoun',)),
    ('p29', 'I’m going to listen before I', ('Dwight Calhoun',)),
    ('p29', 'The Energy Department is not the', ('Maria Cantrell',)),
    ('p29', 'Most of its budget goes to', ('Maria Cantrell',)),
    ('p29', 'I’m sure he’s a fine businessman', ('Bert Aldane',)),
    ('p29', 'not an oil field', ('Bert Aldane',)),
    ('p29', 'He’s going to be a great', ('Jason Keel-Myers',)),
    ('p29', 'The senators will see that when', ('Jason Keel-Myers',)),
    ('p30', 'We’re not saying the outcome was', ('Rhea Halloran',)),
    ('p30', 'We’re saying we should check. That’s', ('Rhea Halloran',)),
    ('p30', 'We have no evidence of any', ('Margaret Thorsen',)),
    ('p30', 'But the law allows a recount', ('Margaret Thorsen',)),
    ('p30', 'a fundraising scam', ('Eric Dahlberg',)),
    ('p30', 'The election is over', ('Eric Dahlberg',)),
    ('p30', 'Dr. Halloran got one percent of', ('Eric Dahlberg',)),
    ('p30', 'We have two weeks to count', ('Barbara Fiedler',)),
    ('p30', 'We’ll get it done. I’m just', ('Barbara Fiedler',)),
    ('p31', 'The cupboard is close to bare', ('Howard Feldmann',)),
    ('p31', "If we don't get it soon", ('Howard Feldmann',)),
    ('p31', "You're asking us for a blank", ('Tim Gruver',)),
    ('p31', 'Show me where the last check', ('Tim Gruver',)),
    ('p31', "I'd be happy to walk your", ('Howard Feldmann',)),
    ('p31', 'a poison pill', ('Diana Kettering',)),
    ('p31', 'This is a virus that causes', ('Diana Kettering',)),
    ('p31', 'And we are fighting about Planned', ('Diana Kettering',)),
    ('p31', "The House has acted. It's time", ('Brendan Lusk',)),
    ('p31', 'We are spraying, we are dumping', ('Chalmers Vasquez-Orr',)),
    ('p31', "What we're not doing is waiting", ('Chalmers Vasquez-Orr',)),
    ('p32', 'This was a settlement of an', ('Mark Tollefson',)),
    ('p32', 'The timing was a result of', ('Mark Tollefson',)),
    ('p32', 'There was no other way to', ('Mark Tollefson',)),
    ('p32', 'I’m not going to speculate on', ('Mark Tollefson',)),
    ('p32', 'They were released, and the payment', ('Mark Tollefson',)),
    ('p32', 'Every tyrant in the world just', ('Byron Castell',)),
    ('p32', 'the price America paid to get',
     ('senior Iranian general', 'A senior Iranian general', 'general', 'Iranian general')),
    ('p32', 'at the very least, bad optics', ('Nicholas Reinholt',)),
    ('p32', 'You can say they were separate', ('Nicholas Reinholt',)),
    ('p32', 'But if the plane doesn’t leave', ('Nicholas Reinholt',)),
    ('p33', 'I love my boy', ('Carl Whitmire',)),
    ('p33', "I just think he's wrong about", ('Carl Whitmire',)),
    ('p33', "He's been saying that since I", ('Daniel Whitmire',)),
    ('p33', 'He said it about my haircut', ('Daniel Whitmire',)),
    ('p33', 'nothing but respect', ('Gordon Leake',)),
    ('p33', "It's a good family. I go", ('Gordon Leake',)),
    ('p33', "I'd just rather the son wait", ('Gordon Leake',)),
    ('p33', 'I buy paper for my classroom', ('Daniel Whitmire',)),
    ('p33', 'Every teacher in this county does', ('Daniel Whitmire',)),
    ('p33', "It's a secret ballot", ('Carl Whitmire',)),
    ('p33', "All right. I won't. But I'll", ('Carl Whitmire',)),
    ('p33', 'a little tense', ('Rachel Whitmire',)),
    ('p33', "We've got a rule", ('Rachel Whitmire',)),
    ('p33', 'No politics until after pie. Nobody', ('Rachel Whitmire',)),
    ('p34', 'We’re not against free speech. We’re', ('Amara Oduya',)),
    ('p34', 'There’s a difference, and the university', ('Amara Oduya',)),
    ('p34', 'Our commitment to free expression is', ('Nils Darrow', 'email', 'the email')),
    ('p34', 'It has never been', ('Nils Darrow', 'email', 'the email')),
    ('p34', 'Someone put a note on my', ('Connor Delacroix-Hale',)),
    ('p34', 'That’s not protest. That’s intimidation', ('Connor Delacroix-Hale',)),
    ('p34', 'We are prepared for a peaceful', ('Marisa Quan',)),
    ('p34', 'If anything happens tonight, it won’t', ('Amara Oduya',)),
    ('p34', 'But I can’t speak for everybody', ('Amara Oduya',)),
    ('p35', 'He read the newspaper every morning', ('Ellen Haverkamp-Rowe',)),
    ('p35', 'He would circle the mistakes in', ('Ellen Haverkamp-Rowe',)),
    ('p35', 'I am not against anybody voting', ('Eugene Haverkamp',)),
    ('p35', 'I am against anybody voting twice', ('Eugene Haverkamp',)),
    ('p35', 'about everything, every day, for twenty', ('Lyle Ostrander',)),
    ('p35', "And then we'd go get a", ('Lyle Ostrander',)),
    ('p35', 'Gene never held a grudge past', ('Lyle Ostrander',)),
    ('p35', 'a legislator who read every word', ('Rick Calder',)),
    ('p35', 'That I never once voted for', ('Eugene Haverkamp',)),
    ('p35', "And that's rarer than you'd think", ('Eugene Haverkamp',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, so it must be there."""
    assert len(PROBES) == 35
    assert all(fragment in PROBES[probe] for probe, fragment, _ in PROBES_56)


KNOWN_WRONG_56: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('p03', 'It is not the role of'): (
        'message',
        'right by its document in another form: "the message said" (the veto message)',
    ),
    ('p05', 'We have not yet determined whether'): (
        'A letter from the FBI director to congressional leaders',
        'right by its document in another form: "The letter, addressed to ..., “...,” it '
        'said" is the letter the lede brought in, now given as that row (attrib73)',
    ),
    ('p04', 'with my eyes open'): (
        'Theresa',
        'right person in another form: "His wife, Theresa," (Dale Kowalczyk\'s) is not '
        'given her husband\'s surname',
    ),
    ('p04', "I'm a mother and a grandmother"): ('Theresa', 'the same'),
    ('p04', "But I don't like what I've"): ('Theresa', 'the same'),
    ('p05', 'that may bear on'): (
        'bureau',
        'dateline: "WASHINGTON - A letter from the FBI director ... saying the bureau had '
        'found new emails “...”": the quoted phrase is the letter\'s words, given to "the '
        'bureau" its clause names (the spaced dash no longer joins the dateline to "A")',
    ),
    ('p09', 'by design, not by accident'): (
        None,
        '"A federal appeals court ... struck down ..., ruling that its ... requirement fell '
        'hardest on black voters “...”": the participle\'s subject, the court, is not read',
    ),
    ('p11', 'got bored after about twenty minutes'): (
        'preparations',
        '"Another person familiar with the preparations said": the tagger gives '
        '"familiar" RB after "Another person" (NN after "A person"), so the subject is cut '
        'to the object of "with"',
    ),
    ('p14', 'has no interest'): (
        'A spokesman for Gov. Evan Hollister',
        'right person in another form: the spokesman, named with whom he speaks for',
    ),
    ('p16', 'the only conservative left in the'): (
        'PROVO',
        'dateline: "PROVO, Utah — Evan Carrow, the former CIA officer ..., told a crowd": '
        'the dateline outscores the subject (Evan Carrow is the runner-up)',
    ),
    ('p17', 'calling senators one by one'): (
        'Eleanor Marquand',
        '"A Justice Department official who is helping to prepare her said she was “...”": '
        'the tagger reads "her said" as a possessive and a noun, so the official is never '
        'found and the reported clause\'s "she" speaks',
    ),
    ('p26', "didn't like the odds"): (
        "station's lawyers",
        '"A manager at one of them, who asked not to be named ..., said the station\'s '
        'lawyers “...”": the aside is not read past "one of them", and the noun phrase after '
        '"said" is taken for an inverted subject',
    ),
}  # fmt: skip  # p27 "His wife, Yesenia," x2 right since people54 (Yesenia Colón)


test_probe_speaker_twentieth_batch, test_twentieth_batch_figure = judged_batch_tests(
    "probes56", PROBES, PROBES_56, KNOWN_WRONG_56, FIRST_JUDGED, size=390
)


# ---- mends (sentences written for the tests, not the probes; each fails on main ff70177)

N = "\n\n"


def test_a_name_set_off_by_a_kin_noun_takes_its_gender() -> None:
    """ "announced by his granddaughter, Leslie Voigt-Amsel, who said he had been in
    hospice": a first name given to both sexes, set off by a kin noun after a possessive,
    is of the kin noun's gender (it was taken as a man's from the "he" after it, which is
    the grandfather), so "she said" after it is her."""
    text = (
        "Harlan Voigt, who ran the county feed store for forty years, died Tuesday. He was "
        "91." + N + "His death was announced by his granddaughter, Leslie Voigt-Amsel, who "
        "said he had been in hospice since June." + N + "“He kept the books by hand until "
        "the very end,” she said."
    )
    assert _speaker(text, "kept the books") == "Leslie Voigt-Amsel"
    text = (
        "Harlan Voigt died Tuesday." + N + "His daughter, Casey Amsel, said he had been ill "
        "for a year." + N + "“He kept the books by hand,” she said."
    )
    assert _speaker(text, "kept the books") == "Casey Amsel"


def test_the_subject_after_an_inverted_be_past_a_phrase_naming_someone() -> None:
    """ "Among those who met Brandt was Andrea Pelham": the fronted phrase names someone,
    and the subject is still the name after "was" (it was Brandt, so "she" went to the
    woman quoted before)."""
    text = (
        "Gov. Lyle Brandt met the families on Monday. His press secretary, Mara Quist, said "
        "he had listened for an hour."
        + N
        + "“He took notes the whole time,” Quist said."
        + N
        + "Among those who met Brandt was Andrea Pelham of Vienna, whose daughter is in "
        "the fourth grade." + N + "“My daughter just wants to go to school,” she said."
    )
    assert _speaker(text, "go to school") == "Andrea Pelham"


def test_a_participle_on_the_object_of_a_preposition_is_no_cue() -> None:
    """ "said the candidate, Rhea Okafor, in a video posted on her website. “...”": the
    participle modifies the object of "in" (what was posted, not who posted it), so the
    quotation after goes on with the candidate, not "a video"."""
    text = (
        "“We are not saying the count was wrong,” said the candidate, Rhea Okafor, in a "
        "video posted on her campaign website. “We are saying we should check.”"
    )
    assert _speaker(text, "should check") == "Rhea Okafor"
