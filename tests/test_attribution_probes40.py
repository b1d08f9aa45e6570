"""attrib40: the fourteenth batch of invented probes (issue 14): US political news of 2016
written like PolNeAR's, weighted to state and congressional races, polling stories,
debate-night write-ups and policy explainers, from varied outlets (AP and Reuters wire
copy, NYT "Mr./Ms.", Politico, The Hill, CNN takeaways, Breitbart and Daily Caller
exclusives, HuffPost, local papers, a reporter's notebook, explainers with question
headings, a round-up by state). Many speakers per article, pronoun chains across
paragraphs, nominals ("the senator", "the Democrat's campaign manager", "the
72-year-old"), speakers introduced by role before name, split quotations, quotations
inside quotations, and people sharing a surname (spouses, a father and son, namesakes
who are not related).

Every person is invented, and every quotation is written for this batch. Every expected
speaker was written before On Record read the probes (the articles and this list were
committed first, 363fd0d). First judged on main (e3270ad): 432 of 477 right (9.4% wrong);
counting the right person named in another form (the full stop of "Jr."/"Sr." dropped)
as right, 436 (8.6% wrong); counting also the right person given by a description or a
bare nominal (a lede's "A Republican congressional candidate in Kentucky", "the
candidate", "the attorney general", "a claim her campaign"), 441 (7.5% wrong). After the
mends below: 444; after attrib43's quotations inside quotations (core/inner_quotes.py):
449; 452 after the merges; 454 after attrib47's owner of a subject ("Kaminski's wife,
Patricia Kaminski, has asked him ... He has refused": the owner is mentioned). The
quotations still wrong are listed in KNOWN_WRONG_40 with what On Record gives and why; the
figure is printed by ``test_fourteenth_batch_figure`` (run with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_40, 8 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. p08, p28, p36 come off KNOWN_WRONG: 463/477 -> 466/477.
"""

from __future__ import annotations

from tests.test_attribution_probes import (
    NO_QUOTATION,
    batch,
    judged_batch_tests,
    quotes_of,
    said_outside,
    speaker_of,
)

PROBES = batch("attribution_probes_40.json")
FIRST_JUDGED = 432  # right on main before any mend, of 477

PROBES_40: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('p01', 'hiding behind Donald Trump', ('Teresa Castellano',)),
    ('p01', 'a rubber stamp for Washington', ('Gordon Whitfield',)),
    ('p01', 'I support the nominee', ('Gordon Whitfield',)),
    ('p01', 'agree with every word he says', ('Gordon Whitfield',)),
    ('p01', 'disown him on Tuesday', ('Teresa Castellano',)),
    ('p01', 'Ohioans deserve a straight answer', ('Teresa Castellano',)),
    ('p01', 'more money from Wall Street', ('Gordon Whitfield',)),
    ('p01', 'flat-out false', ('her campaign', 'campaign', "Castellano's campaign")),
    ('p01', 'I sat with the mothers', ('Teresa Castellano',)),
    ('p01', 'You don’t fix this with a slogan', ('Teresa Castellano',)),
    ('p01', 'I’m proud of that work', ('Gordon Whitfield',)),
    ('p01', 'put my record against hers', ('Gordon Whitfield',)),
    ('p01', 'won every exchange', ('Devin Okafor',)),
    ('p01', 'reciting talking points', ('Brent Adair',)),
    ('p02', 'a tax-and-spend insider',
     ('a flier', 'flier', 'a flier paid for by the campaign of Representative Martin Szabo',
      'Martin Szabo')),
    ('p02', 'nothing to run on', ('Eileen Halloran',)),
    ('p02', 'paid every dollar I owe', ('Eileen Halloran',)),
    ('p02', 'Everybody in this county knows that', ('Eileen Halloran',)),
    ('p02', 'still drive a 2009 Camry', ('Patrick Halloran',)),
    ('p02', 'Some insider', ('Patrick Halloran',)),
    ('p02', 'accurate in every detail', ('Lydia Fairbanks',)),
    ('p02', 'never explained the consulting fees', ('Lydia Fairbanks',)),
    ('p02', 'I’m focused on this district', ('Martin Szabo',)),
    ('p02', 'That’s my job', ('Martin Szabo',)),
    ('p02', 'drag a guy like Szabo under', ('Joel Ackerly',)),
    ('p02', 'every single vote in Huntington', ('Joel Ackerly',)),
    ('p03', 'Republicans coming home', ('Howard Mensah',)),
    ('p03', 'They aren’t anymore', ('Howard Mensah',)),
    ('p03', 'He has gotten some of them back', ('Howard Mensah',)),
    ('p03', 'but not all of them', ('Howard Mensah',)),
    ('p03', 'chase individual polls', ('Eric Valdez',)),
    ('p03', 'outworking Ray Tolliver', ('Eric Valdez',)),
    ('p03', 'encouraged but not satisfied', ('Ray Tolliver',)),
    ('p03', 'Polls go up and polls go down', ('Ray Tolliver',)),
    ('p03', 'The only one that counts', ('Ray Tolliver',)),
    ('p03', 'Anybody who tells you', ('Margaret Oyelowo',)),
    ('p04', 'choose between rent and groceries', ('Dolores Ybarra',)),
    ('p04', 'tens of thousands of entry-level jobs', ('Kirk Halvorsen',)),
    ('p04', 'you get less of it', ('Kirk Halvorsen',)),
    ('p04', 'Labor is no exception', ('Kirk Halvorsen',)),
    ('p04', 'mostly reassuring', ('Lena Hoffmann',)),
    ('p04', 'that’s a very big jump', ('Lena Hoffmann',)),
    ('p04', 'watch those counties closely', ('Lena Hoffmann',)),
    ('p04', 'don’t show up at press conferences', ('David Hoffmann',)),
    ('p04', 'disappear from the statistics', ('David Hoffmann',)),
    ('p04', 'Even a third of Republicans', ('Sam Ruelas',)),
    ('p04', 'That surprised me', ('Sam Ruelas',)),
    ('p05', 'not running to be him', ('Chase Pryor',)),
    ('p05', 'He voted for some things', ('Chase Pryor',)),
    ('p05', 'He’s told me that to my face', ('Wendell Pryor',)),
    ('p05', 'I raised him to be stubborn', ('Wendell Pryor',)),
    ('p05', 'hoping nobody reads the fine print', ('Rosa Villanueva',)),
    ('p05', 'a work of fiction',
     ('The Pryor campaign', 'Pryor campaign', 'campaign', 'Tyler Beckham')),
    ('p05', 'buy a lottery ticket', ('Tyler Beckham',)),
    ('p05', 'We polled 400 likely voters', ('Ann Marie Soto',)),
    ('p05', 'invite Mr. Beckham to read them', ('Ann Marie Soto',)),
    ('p05', 'I don’t pay attention to polls', ('Chase Pryor',)),
    ('p06', 'cost us our good name', ('Renee Coburn',)),
    ('p06', 'protecting the privacy of women and girls', ('Lyle Strickland',)),
    ('p06', 'refused to do her job', ('Lyle Strickland',)),
    ('p06', 'She took an oath', ('Lyle Strickland',)),
    ('p06', 'She broke it', ('Lyle Strickland',)),
    ('p06', 'a duty to the Constitution', ('Renee Coburn',)),
    ('p06', 'We’re going to move on', ('Dan Whitcombe',)),
    ('p06', 'whether you two like it or not', ('Dan Whitcombe',)),
    ('p06', 'the attorney general and I agree', ('Lyle Strickland',)),
    ('p06', 'This is a jump ball', ('Gwen Parrish',)),
    ('p06', 'Whoever turns out their base wins', ('Gwen Parrish',)),
    ('p07', 'knocked on this many doors', ('Harold Brandvold',)),
    ('p07', 'That’s my neighbor’s', ('Harold Brandvold',)),
    ('p07', 'nothing personal', ('Harold Brandvold',)),
    ('p07', 'started driving 40 minutes', ('Megan Tiedemann',)),
    ('p07', 'Harold had twenty years', ('Megan Tiedemann',)),
    ('p07', 'Megan has always been like this', ('Carol Tiedemann',)),
    ('p07', 'ran for class treasurer', ('Carol Tiedemann',)),
    ('p07', 'looked at the record', ('Harold Brandvold',)),
    ('p07', 'hoping you haven’t', ('Harold Brandvold',)),
    ('p07', 'nobody would’ve touched this seat', ('Ross Lindgren',)),
    ('p07', 'Now we’ve got a real shot', ('Ross Lindgren',)),
    ('p08', 'I’m proud to support Donald Trump', ('Dale Merriwether',)),
    ('p08', 'Are you still proud?', ('Lucinda Ortega-Baca',)),
    ('p08', 'which is what an honest person does', ('Dale Merriwether',)),
    ('p08', 'changed your mind for thirty-six hours', ('Lucinda Ortega-Baca',)),
    ('p08', 'amnesty for anyone who can get across the border', ('Dale Merriwether',)),
    ('p08', 'he knows it’s a lie', ('Lucinda Ortega-Baca',)),
    ('p08', 'I want yes or no answers', ('Phil Gutierrez',)),
    ('p08', 'held my own', ('Dale Merriwether',)),
    ('p08', 'a lot of one-liners', ('Dale Merriwether',)),
    ('p08', 'I came in with a plan', ('Dale Merriwether',)),
    ('p09', 'whether it’s going to catch fire', ('Barbara Kessler-Doyle',)),
    ('p09', 'That’s what I work on', ('Barbara Kessler-Doyle',)),
    ('p09', 'doesn’t want to talk about the man', ('Anwar Haddad',)),
    ('p09', 'she can’t run from him forever', ('Anwar Haddad',)),
    ('p09', 'hoping you forget', ('Sofia Brennan',)),
    ('p09', 'write in someone I respect', ('Barbara Kessler-Doyle',)),
    ('p09', 'between me and my ballot', ('Barbara Kessler-Doyle',)),
    ('p09', 'closer than it should be', ('Kyle Brandt',)),
    ('p09', 'If Clinton wins this district by ten', ('Kyle Brandt',)),
    ('p09', 'ticket-splitting to ask for', ('Kyle Brandt',)),
    ('p10', 'a serious, bipartisan first step', ('Curtis Hollingsworth',)),
    ('p10', 'Nobody on this committee', ('Curtis Hollingsworth',)),
    ('p10', 'families can’t wait for the last word', ('Curtis Hollingsworth',)),
    ('p10', 'a promise without a check attached', ('Gloria Menendez-Ruiz',)),
    ('p10', 'treat addiction with a press release', ('Gloria Menendez-Ruiz',)),
    ('p10', 'playing politics with a crisis', ('Tom Yancey',)),
    ('p10', 'isn’t politics', ('Gloria Menendez-Ruiz',)),
    ('p10', 'It’s arithmetic', ('Gloria Menendez-Ruiz',)),
    ('p10', 'We’d like to get it done', ('A House GOP leadership aide', 'aide', 'the aide')),
    ('p10', 'better than nothing', ('Janelle Curtis',)),
    ('p11', 'you get the pastelito', ('Yesenia Colón',)),
    ('p11', 'That’s the deal', ('Yesenia Colón',)),
    ('p11', 'a new family at church', ('Yesenia Colón',)),
    ('p11', 'don’t have landlines', ('Fernando Arce',)),
    ('p11', 'take it with a big grain of salt', ('Fernando Arce',)),
    ('p11', 'shown up late but shown up', ('Ricardo Benítez',)),
    ('p11', 'writing off a whole community', ('Ricardo Benítez',)),
    ('p11', 'Why bother? Nothing changes', ('Héctor Colón',)),
    ('p11', 'It changes if you go', ('Yesenia Colón',)),
    ('p12', 'a tidal wave of K Street money', ('Rick Donnelly',)),
    ('p12', 'The establishment bought this seat', ('Rick Donnelly',)),
    ('p12', 'telling people I was something I’m not', ('Rick Donnelly',)),
    ('p12', 'a career politician who never met a tax', ('the group’s ads', 'ads', 'the group')),
    ('p12', 'lies from top to bottom', ('Rick Donnelly',)),
    ('p12', 'choosing results over rhetoric', ('Grant Holcomb',)),
    ('p12', 'take some time with my family', ('Rick Donnelly',)),
    ('p12', 'Then we’ll see', ('Rick Donnelly',)),
    ('p12', 'couldn’t find this district on a map', ('Sharon Donnelly',)),
    ('p13', 'why I’d switched parties', ('Diane Moreno',)),
    ('p13', 'that’s the other Moreno', ('Diane Moreno',)),
    ('p13', 'yelled at me about a mailer', ('Luis Moreno',)),
    ('p13', 'Hers, I think', ('Luis Moreno',)),
    ('p13', 'the Moreno with the better mustache', ('Luis Moreno',)),
    ('p13', 'He’s got me there', ('Diane Moreno',)),
    ('p13', 'The ballots are correct', ('Craig Boyd',)),
    ('p13', 'Each voter will only see one Moreno', ('Craig Boyd',)),
    ('p13', 'People figure it out', ('Mark Ruiz-Pinel',)),
    ('p14', 'broken his promise', ('Kristin Lindqvist',)),
    ('p14', 'Give me six years', ('Allan Ferris',)),
    ('p14', 'we gave him six years', ('Kristin Lindqvist',)),
    ('p14', 'Wisconsin is in ruins', ('Allan Ferris',)),
    ('p14', 'Go to Waukesha', ('Allan Ferris',)),
    ('p14', 'The American people should have a voice', ('Allan Ferris',)),
    ('p14', 'They did have a voice', ('Kristin Lindqvist',)),
    ('p14', 'work ethic', ('Kristin Lindqvist',)),
    ('p14', 'has never given up', ('Allan Ferris',)),
    ('p14', 'remarkably stable', ('Charles Frandsen',)),
    ('p14', 'Nothing we’ve seen this fall', ('Charles Frandsen',)),
    ('p15', 'likely voter', (None, NO_QUOTATION)),
    ('p15', 'a secret sauce', ('Nate Okonkwo',)),
    ('p15', 'the sauce matters more than usual', ('Nate Okonkwo',)),
    ('p15', 'miss a lot of first-time voters', ('Nate Okonkwo',)),
    ('p15', 'and they won’t', ('Nate Okonkwo',)),
    ('p15', 'A robo-poll of Nevada', ('Courtney Baptiste',)),
    ('p15', 'a poll of Nevada’s landlines', ('Courtney Baptiste',)),
    ('p15', 'grasping', ('Whit Colby',)),
    ('p15', 'Every campaign loves the methodology', ('Whit Colby',)),
    ('p15', 'Look at the average', ('Nate Okonkwo',)),
    ('p15', 'never, ever get excited', ('Nate Okonkwo',)),
    ('p16', 'If I can do that, I can fix Jefferson City', ('Beau Kettering',)),
    ('p16', 'Jefferson City is easier', ('Beau Kettering',)),
    ('p16', 'I’ve done the job', ('Lorraine Whitlock',)),
    ('p16', 'He’s talked about it', ('Lorraine Whitlock',)),
    ('p16', 'everything Missourians are sick of', ('Austin Pfeiffer',)),
    ('p16', 'who they’re sick of', ('Lorraine Whitlock',)),
    ('p16', 'Beau wasn’t my first choice', ('Cole Dunaway',)),
    ('p16', 'he’s my choice now', ('Cole Dunaway',)),
    ('p16', 'still not explained', ('Priya Raman',)),
    ('p16', 'who’s paying for this campaign', ('Priya Raman',)),
    ('p17', 'Nobody throw anything', ('Josh Pratley',)),
    ('p17', 'At least not until the commercial', ('Josh Pratley',)),
    ('p17', 'can serve as a role model', ('Kelly Amsden',)),
    ('p17', 'want my kids to grow up like him', ('Maggie Lundqvist',)),
    ('p17', 'I don’t know a parent who would', ('Maggie Lundqvist',)),
    ('p17', 'misspoken',
     ('Amsden’s campaign', 'Amsden campaign', 'campaign', 'a statement', 'statement')),
    ('p17', 'meant to say he is not a role model', ('Liz Garrity',)),
    ('p17', 'She was terrific', ('Tom Lundqvist',)),
    ('p17', 'not exactly an objective observer', ('Tom Lundqvist',)),
    ('p18', 'actually put a public official in prison', ('John Ravenel',)),
    ('p18', 'That’s what this office needs', ('John Ravenel',)),
    ('p18', 'running against the last attorney general', ('Josh Lindemann',)),
    ('p18', 'bring the same discipline to Harrisburg', ('Josh Lindemann',)),
    ('p18', 'Absolutely', ('John Ravenel',)),
    ('p18', 'Without hesitation', ('Josh Lindemann',)),
    ('p18', 'He’s a fine commissioner', ('John Ravenel',)),
    ('p18', 'He’s never tried a case', ('John Ravenel',)),
    ('p18', 'a tired line from a tired campaign', ('Dana Fritz',)),
    ('p19', 'spend less on registration than we spend on catering', ('Yolanda Castro-Pierce',)),
    ('p19', 'somebody has to say it', ('Yolanda Castro-Pierce',)),
    ('p19', 'more on registration this cycle', ('Mark Lowenthal',)),
    ('p19', 'More than nothing is still not enough', ('Yolanda Castro-Pierce',)),
    ('p19', 'Ninety thousand', ('Yolanda Castro-Pierce',)),
    ('p19', 'taking Latino voters for granted', ('Luis Mora-Quintero',)),
    ('p19', 'what the rest of us are thinking', ('Luis Mora-Quintero',)),
    ('p20', 'Those numbers were never going to hold', ('Brian Nashold',)),
    ('p20', 'Republicans come home', ('Brian Nashold',)),
    ('p20', 'Voters want a senator who lives here', ('Gene Ulrich',)),
    ('p20', 'That’s not complicated', ('Gene Ulrich',)),
    ('p20', 'Five points is still five points', ('Fred Ortega',)),
    ('p20', 'a great sign', ('Todd Youngquist',)),
    ('p20', 'has been living in Washington', ('Todd Youngquist',)),
    ('p20', 'focused on the issues Hoosiers care about', ('Ellie Bentz',)),
    ('p21', 'a cheap stunt', ('Roy Blanchard',)),
    ('p21', 'It’s not a stunt, senator', ('Jason Kestler',)),
    ('p21', 'which is more than you can say', ('Jason Kestler',)),
    ('p21', 'I respect his service', ('Roy Blanchard',)),
    ('p21', 'neither does the NRA', ('Roy Blanchard',)),
    ('p21', 'put the rifle together again', ('Jason Kestler',)),
    ('p21', 'if the senator wants to try it too', ('Jason Kestler',)),
    ('p21', 'I’ll pass', ('Roy Blanchard',)),
    ('p21', 'more interested in gimmicks than governing', ('Bob Farrow',)),
    ('p21', 'rich, coming from a campaign', ('Chris Moss',)),
    ('p22', 'buy a thousand rounds', ('Gavin Newbold',)),
    ('p22', 'That is insane', ('Gavin Newbold',)),
    ('p22', 'a tax on law-abiding gun owners', ('Chuck Sotelo',)),
    ('p22', 'Criminals don’t buy their ammo', ('Chuck Sotelo',)),
    ('p22', 'chase paperwork', ('Dean Grover',)),
    ('p22', 'I support every word of it', ('Amanda Tran',)),
    ('p22', 'gives the NRA a fundraising letter', ('Amanda Tran',)),
    ('p23', 'People ask me if it’s confusing', ('Carl Hagen Sr.',)),
    ('p23', 'Vote for both of us', ('Carl Hagen Sr.',)),
    ('p23', 'Don’t you dare', ('his wife', 'My wife', 'my wife', 'wife')),
    ('p23', 'So here we are', ('Carl Hagen Jr.',)),
    ('p23', 'I went to school with Carl', ('Ingrid Solberg-Nash',)),
    ('p23', 'coached my softball team', ('Ingrid Solberg-Nash',)),
    ('p23', 'related to half the courthouse', ('Ingrid Solberg-Nash',)),
    ('p23', 'Only a third of the courthouse', ('Carl Hagen Sr.',)),
    ('p24', 'paying the bills in a state with no budget', ('Leslie Marchand',)),
    ('p24', 'pay the hospice or the hospital', ('Leslie Marchand',)),
    ('p24', 'Nobody should have to make that choice', ('Leslie Marchand',)),
    ('p24', 'the governor’s puppet', ('Susana Reyes-Villa',)),
    ('p24', 'pulls a string, she dances', ('Susana Reyes-Villa',)),
    ('p24', 'I’m nobody’s puppet', ('Leslie Marchand',)),
    ('p24', 'Has she ever disagreed with the speaker?', ('Leslie Marchand',)),
    ('p24', 'a heroic job', ('Bruce Kempner',)),
    ('p24', 'really about November 2018', ('Kent Moorfield',)),
    ('p24', 'gets a megaphone', ('Kent Moorfield',)),
    ('p25', 'broken with my party on immigration', ('Mike Strand',)),
    ('p25', 'Name one time she has broken with hers', ('Mike Strand',)),
    ('p25', 'worked across the aisle', ('Morgan Carrillo',)),
    ('p25', 'vote like a Tea Partier', ('Morgan Carrillo',)),
    ('p25', 'People notice', ('Morgan Carrillo',)),
    ('p25', 'exactly where I stand', ('Mike Strand',)),
    ('p25', 'I’d like to move on', ('Mike Strand',)),
    ('p25', 'He was for him until it was inconvenient', ('Morgan Carrillo',)),
    ('p25', 'laid out a record no Democrat can match', ('Ben Rhoades',)),
    ('p25', 'won on substance', ('Luke Rhoades',)),
    ('p25', 'I’ve never met the guy', ('Luke Rhoades',)),
    ('p25', 'But I like his name', ('Luke Rhoades',)),
    ('p26', 'hasn’t really started for most voters', ('Aaron Featherstone',)),
    ('p26', 'They don’t know much else', ('Aaron Featherstone',)),
    ('p26', 'Every poll I’ve ever been in', ('Doug Pelletier',)),
    ('p26', 'I’m still here', ('Doug Pelletier',)),
    ('p26', 'we’re not measuring drapes', ('Marjorie Fenn',)),
    ('p26', 'every diner we can find', ('Marjorie Fenn',)),
    ('p26', 'four points is noise', ('Aaron Featherstone',)),
    ('p26', 'Ask me again on the 1st', ('Aaron Featherstone',)),
    ('p27', 'anybody’s ticket but mine', ('Teresa Delgado-Marsh',)),
    ('p27', 'I’m running for the Senate in Arizona', ('Teresa Delgado-Marsh',)),
    ('p27', 'will you appear on stage with him', ('Martha Kinsey',)),
    ('p27', 'I’ll probably be in Tucson', ('Teresa Delgado-Marsh',)),
    ('p27', 'trying to have it both ways', ('Alonzo Whitehorse',)),
    ('p27', 'This is the leader we need', ('Teresa Delgado-Marsh',)),
    ('p27', 'Now she’s in Tucson', ('Alonzo Whitehorse',)),
    ('p27', 'quoting a rally from a different campaign season', ('Grant Eberle',)),
    ('p28', 'twisted my father’s words beyond recognition', ('Jared Wexley',)),
    ('p28', 'We can’t keep spending money we don’t have', ('Ron Wexley',)),
    ('p28', 'That’s not editing', ('Jared Wexley',)),
    ('p28', 'cutting schools and calling it fiscal responsibility', ('Carla Ybañez',)),
    ('p28', 'His son can’t change that', ('Carla Ybañez',)),
    ('p28', 'He’s a grown man', ('Ron Wexley',)),
    ('p28', 'I’ve heard worse', ('Ron Wexley',)),
    ('p29', 'saw my own face four times', ('Warren Thibodeau',)),
    ('p29', 'couldn’t find Millinocket with a GPS', ('Warren Thibodeau',)),
    ('p29', 'He’s had plenty of help too', ('Hannah Leclair',)),
    ('p29', 'I’ll tell you where mine comes from', ('Hannah Leclair',)),
    ('p29', 'I’m not going to talk about the presidential race', ('Warren Thibodeau',)),
    ('p29', 'enough on my plate', ('Warren Thibodeau',)),
    ('p29', 'since before there was a mill', ('Roger Thibodeau',)),
    ('p29', 'That counts for something up here', ('Roger Thibodeau',)),
    ('p29', 'a nice touch', ('Ryan Doucette',)),
    ('p29', 'not the family tree', ('Ryan Doucette',)),
    ('p30', 'more than the critics said would sign up', ('Sheila Marquardt',)),
    ('p30', 'Sixty thousand people have a doctor', ('Dale Sorensen',)),
    ('p30', 'the governor who takes that away', ('Dale Sorensen',)),
    ('p30', 'unaffordable in its current form', ('Craig Vandermeer',)),
    ('p30', 'I’d sign a bill that makes it sustainable', ('Craig Vandermeer',)),
    ('p30', 'a dodge wrapped in a press release', ('Dale Sorensen',)),
    ('p30', 'would be in real trouble', ('Alan Rasmussen',)),
    ('p30', 'uncompensated care drop by a third', ('Alan Rasmussen',)),
    ('p30', 'some of these small hospitals close', ('Alan Rasmussen',)),
    ('p30', 'Every expansion state has blown through', ('Bonnie Vandermeer',)),
    ('p30', 'We will too', ('Bonnie Vandermeer',)),
    ('p31', 'People keep writing my obituary', ('Dale Korbin',)),
    ('p31', 'I keep not dying', ('Dale Korbin',)),
    ('p31', 'because I ran half of it', ('Marisol Quintana',)),
    ('p31', 'I know what he’s hiding', ('Marisol Quintana',)),
    ('p31', 'She was a good deputy once', ('Dale Korbin',)),
    ('p31', 'she wanted my job', ('Dale Korbin',)),
    ('p31', 'voted for him four times are tired',
     ('a county Republican Party official', 'official', 'the official')),
    ('p31', 'leave my door unlocked', ('Bill Harkey',)),
    ('p32', 'never seen anything like it', ('Lorin Pettersen',)),
    ('p32', 'he’s somewhere else', ('Lorin Pettersen',)),
    ('p32', 'the impossible is becoming possible', ('Ezra Mullins',)),
    ('p32', 'They told us we couldn’t get on the ballot', ('Ezra Mullins',)),
    ('p32', 'Here we are', ('Ezra Mullins',)),
    ('p32', 'a spoiler who will hand this state', ('Gary Winslow',)),
    ('p32', 'A vote for Ezra is a vote for her', ('Gary Winslow',)),
    ('p32', 'see what the fuss is about', ('Karen Lund',)),
    ('p32', 'I don’t love him', ('Dale Lund',)),
    ('p32', 'But I don’t know this guy', ('Dale Lund',)),
    ('p32', 'That’s the point', ('Karen Lund',)),
    ('p32', 'Nobody knew Reagan either', ('Karen Lund',)),
    ('p33', 'gone missing', ('Jeanine Whitley',)),
    ('p33', 'the senator was in Iowa, running for president', ('Jeanine Whitley',)),
    ('p33', 'It was her party that blocked it', ('Eduardo Pardo',)),
    ('p33', 'She knows that', ('Eduardo Pardo',)),
    ('p33', 'a carnival barker', ('Eduardo Pardo',)),
    ('p33', 'I stand by what I said in the spring', ('Eduardo Pardo',)),
    ('p33', 'I’m not going to vote for Hillary Clinton', ('Eduardo Pardo',)),
    ('p33', 'I made mistakes in how I described', ('Jeanine Whitley',)),
    ('p33', 'and I’ve corrected them', ('Jeanine Whitley',)),
    ('p33', 'dominated', ('Warren Tolle',)),
    ('p33', 'clearly her night', ('Javier Estrada',)),
    ('p34', 'I have a lot of respect for Janet', ('Rhonda Pickard',)),
    ('p34', 'she’s wrong about testing', ('Rhonda Pickard',)),
    ('p34', 'Rhonda is a fine educator', ('Janet Okwu',)),
    ('p34', 'our teachers have gotten poorer', ('Janet Okwu',)),
    ('p34', 'You can’t give what you don’t have', ('Rhonda Pickard',)),
    ('p34', 'I wish we could', ('Rhonda Pickard',)),
    ('p34', 'We had it', ('Janet Okwu',)),
    ('p34', 'We gave it away', ('Janet Okwu',)),
    ('p34', 'She taught fourth grade for 31 years', ('Janet Okwu',)),
    ('p34', 'never once let me get away with anything', ('Janet Okwu',)),
    ('p35', 'We’re not taking anything for granted', ('Tessa Barlow',)),
    ('p35', 'a strong brand of their own', ('Tessa Barlow',)),
    ('p35', 'We’re building a firewall', ('A senior Republican aide', 'aide', 'the aide')),
    ('p35', 'Nobody wants to say it out loud', ('A senior Republican aide', 'aide', 'the aide')),
    ('p35', 'expanding every week', ('Warren Ostby',)),
    ('p35', 'Six months ago nobody in this town', ('Warren Ostby',)),
    ('p35', 'That tells you something', ('Warren Ostby',)),
    ('p35', 'The gerrymander is a big wall', ('Deborah Kessel',)),
    ('p35', 'lose by double digits', ('Deborah Kessel',)),
    ('p36', 'Our bridges are falling apart', ('Lorna Pacheco',)),
    ('p36', 'I can’t pretend otherwise', ('Lorna Pacheco',)),
    ('p36', 'Lorna Pacheco promised no new taxes', ('a flier', 'flier', 'the flier')),
    ('p36', 'Did you say that or didn’t you?', ('Frank DiNapoli',)),
    ('p36', 'I meant it when I said it', ('Lorna Pacheco',)),
    ('p36', 'Then I saw what the bridges look like', ('Lorna Pacheco',)),
    ('p36', 'broken her word to every commuter', ('Vince Albano-Clark',)),
    ('p36', 'She’ll say it was for the bridges', ('Vince Albano-Clark',)),
    ('p36', 'It was for Trenton', ('Vince Albano-Clark',)),
    ('p36', 'She knew this vote would cost her', ('Ed Pacheco',)),
    ('p36', 'That’s my wife', ('Ed Pacheco',)),
    ('p37', 'I said them to get people to call in', ('Jason Lewiston',)),
    ('p37', 'the phones were dead', ('Jason Lewiston',)),
    ('p37', 'Voters are smart enough to know the difference', ('Jason Lewiston',)),
    ('p37', 'apologize for being interesting', ('Jason Lewiston',)),
    ('p37', 'told his listeners for ten years', ('Angela Craighill',)),
    ('p37', 'I believe him', ('Angela Craighill',)),
    ('p37', 'more than 400 hours of tape', ('Rachel Ostrowski',)),
    ('p37', 'gotten to the good stuff', ('Rachel Ostrowski',)),
    ('p37', 'I’ll vote Republican', ('Gene Tollefson',)),
    ('p37', 'I always have', ('Gene Tollefson',)),
    ('p37', 'I’ve listened to some of them', ('Gene Tollefson',)),
    ('p38', 'going to tell you I voted against veterans', ('Frank Delisle',)),
    ('p38', 'It wasn’t true then, either', ('Frank Delisle',)),
    ('p38', 'I wasn’t going to say that', ('Carol Brandeis',)),
    ('p38', 'But since he brought it up', ('Carol Brandeis',)),
    ('p38', 'You are under investigation', ('Carol Brandeis',)),
    ('p38', 'what you did with that money', ('Carol Brandeis',)),
    ('p38', 'paid back every penny', ('Frank Delisle',)),
    ('p38', 'I didn’t know the rules', ('Frank Delisle',)),
    ('p38', 'proud and a little embarrassed', ('Robert Delisle',)),
    ('p38', 'I’m the reason for that loan', ('Robert Delisle',)),
    ('p38', 'Blame me', ('Robert Delisle',)),
    ('p38', 'This isn’t a ballgame', ('Rod Doherty-Mills',)),
    ('p38', 'Though I understand the confusion', ('Rod Doherty-Mills',)),
    ('p39', 'They cut the sites on purpose', ('Tamika Odom',)),
    ('p39', 'acting surprised at the results', ('Tamika Odom',)),
    ('p39', 'Every county followed the law', ('Brent Calloway',)),
    ('p39', 'doesn’t excite their base', ('Brent Calloway',)),
    ('p39', 'Unaffiliated voters are up 40 percent', ('Michael Brantley-Lang',)),
    ('p39', 'is selling something', ('Michael Brantley-Lang',)),
    ('p39', 'steady and strong', ('Derek Hollins',)),
    ('p39', 'run out of ballots', ('Derek Hollins',)),
    ('p39', 'Knock on wood', ('Derek Hollins',)),
    ('p39', 'My mother couldn’t', ('Lillian Pettaway',)),
    ('p39', 'So I always will', ('Lillian Pettaway',)),
    ('p40', 'we get less for it', ('Irene Aguilar-Best',)),
    ('p40', 'This is how you fix that', ('Irene Aguilar-Best',)),
    ('p40', 'you pay a deductible', ('Irene Aguilar-Best',)),
    ('p40', 'you pay the tax and you’re done', ('Irene Aguilar-Best',)),
    ('p40', 'the biggest in state history', ('Jonathan Pettigrew',)),
    ('p40', 'what happens when the money runs short', ('Jonathan Pettigrew',)),
    ('p40', 'I admire the goal', ('Marcus Elling',)),
    ('p40', 'I don’t think this is the vehicle', ('Marcus Elling',)),
    ('p40', 'If you pay hospitals less', ('Kaitlin Brauer',)),
    ('p40', 'That’s really the whole question', ('Kaitlin Brauer',)),
    ('p41', 'switched parties the minute it was convenient', ('Paul Fontenot',)),
    ('p41', 'Jim was a Democrat when that’s what it took', ('Paul Fontenot',)),
    ('p41', 'What will he be in Washington?', ('Paul Fontenot',)),
    ('p41', 'I switched parties in 2007', ('Jim Landreneau',)),
    ('p41', 'nine years to get over it', ('Jim Landreneau',)),
    ('p41', 'taken money from the same utilities', ('Caroline Arceneaux',)),
    ('p41', 'a cheap shot from somebody', ('Foster Duval',)),
    ('p41', 'career politicians or career lawyers', ('Buck Thibodeaux',)),
    ('p41', 'a yellow-dog Democrat who voted for Reagan twice', ('Jim Landreneau',)),
    ('p41', 'get back to you on that', ('Buck Thibodeaux',)),
    ('p42', 'knew where every body in City Hall was buried', ('Peter Szymanski',)),
    ('p42', 'I learned a lot from Victor', ('Peter Szymanski',)),
    ('p42', 'Mostly what not to do', ('Peter Szymanski',)),
    ('p42', 'tired and defensive', ('Peter Szymanski',)),
    ('p42', 'Now he walks from his car to his office', ('Peter Szymanski',)),
    ('p42', 'Pete wrote half my walking-the-neighborhoods speeches', ('Victor Orsini',)),
    ('p42', 'how much walking I do', ('Victor Orsini',)),
    ('p42', 'under circumstances he’d prefer not to discuss', ('Victor Orsini',)),
    ('p42', 'Ask him', ('Victor Orsini',)),
    ('p42', 'couldn’t keep defending decisions', ('Peter Szymanski',)),
    ('p42', 'I’ve known Peter since he was 22', ('Walter Kuehner',)),
    ('p42', 'He’s honest now', ('Walter Kuehner',)),
    ('p42', 'two Democrats who can’t stand each other', ('Ron Amesbury',)),
    ('p42', 'not the voters’', ('Ron Amesbury',)),
    ('p43', 'employed more coal miners than my opponent has met', ('Harlan Mabe',)),
    ('p43', 'Don’t tell me about coal', ('Harlan Mabe',)),
    ('p43', 'unpaid taxes and unpaid fines', ('Bill Colemanton',)),
    ('p43', 'He wants to run the state', ('Bill Colemanton',)),
    ('p43', 'can’t even pay his bills', ('Bill Colemanton',)),
    ('p43', 'a lot of companies went bankrupt', ('Harlan Mabe',)),
    ('p43', 'I’m proud of that', ('Harlan Mabe',)),
    ('p43', 'I like the man', ('Harlan Mabe',)),
    ('p43', 'neither does his wife, probably', ('Harlan Mabe',)),
    ('p43', 'a man who thinks he’s above the rules', ('Sarah Marple',)),
    ('p43', 'the most desperate performance', ('Grant Herring',)),
    ('p44', 'When you have one seller', ('Tara Lindqvist',)),
    ('p44', 'You have a price', ('Tara Lindqvist',)),
    ('p44', 'more than my mortgage', ('Glenn Abernathy',)),
    ('p44', 'people like me', ('Glenn Abernathy',)),
    ('p44', 'collapsing under its own weight', ('Hal Ostergaard',)),
    ('p44', 'I’ll keep voting to repeal it', ('Hal Ostergaard',)),
    ('p44', 'six years to offer a replacement', ('Ruth Ellsworth',)),
    ('p44', 'Where is it?', ('Ruth Ellsworth',)),
    ('p44', 'dozens of families', ('Ruth Ellsworth',)),
    ('p44', 'I’m mad at all of them', ('Glenn Abernathy',)),
    ('p44', 'That’s not a platform', ('Glenn Abernathy',)),
    ('p45', 'reach for the pitchforks', ('Tom Brackett',)),
    ('p45', 'If they steal this thing', ('Tom Brackett',)),
    ('p45', 'I’m not saying that to be cute', ('Tom Brackett',)),
    ('p45', 'dangerous and beneath anyone', ('Nancy Whitcomb-Hale',)),
    ('p45', 'trust the system', ('Nancy Whitcomb-Hale',)),
    ('p45', 'tell them to burn it down', ('Nancy Whitcomb-Hale',)),
    ('p45', 'does not condone calls for violence', ('Lena Marcum',)),
    ('p45', 'is a figure of speech', ('Tom Brackett',)),
    ('p45', 'If they won’t listen, bring the pitchforks',
     ('his grandfather', 'My grandfather', 'grandfather')),
    ('p45', 'he never hurt a fly', ('Tom Brackett',)),
    ('p45', 'I’m not going anywhere', ('Tom Brackett',)),
    ('p45', 'I’ll shake her hand', ('Tom Brackett',)),
    ('p46', 'he’d see me on November 8', ('Dennis Kaminski',)),
    ('p46', 'it doesn’t get to you', ('Dennis Kaminski',)),
    ('p46', 'He’s been counting votes here since Reagan', ('John Amato-Walsh',)),
    ('p46', 'they don’t know him', ('John Amato-Walsh',)),
    ('p46', 'She worries', ('Dennis Kaminski',)),
    ('p46', 'Pat, if I leave, they win', ('Dennis Kaminski',)),
    ('p46', 'very hard to rig', ('Mara Soltys',)),
    ('p46', 'Good luck', ('Mara Soltys',)),
    ('p47', 'the best business climate in the Midwest', ('Eric Holcombe-Vail',)),
    ('p47', 'haven’t felt that climate in their paychecks', ('John Gregor',)),
    ('p47', 'come down to a few thousand votes', ('Maggie Lundqvist',)),
    ('p47', 'Every door you knock on', ('Maggie Lundqvist',)),
    ('p47', 'ready to take the fight to Jefferson City', ('Beau Kettering',)),
    ('p47', 'the most stubborn man I’ve ever met', ('Sheena Kettering',)),
    ('p47', 'that’s why you should vote for him', ('Sheena Kettering',)),
    ('p47', 'celebrate together or commiserate together', ('Carl Hagen Sr.',)),
    ('p47', 'It says ‘Hagen’ on it', ('Carl Hagen Jr.',)),
    ('p47', 'Works either way', ('Carl Hagen Jr.',)),
    ('p47', 'confident but not cocky', ('Kathleen Brandvik',)),
    ('p47', 'taken Oregon for granted', ('Bud Pierson-Hale',)),
    ('p47', 'thinks it’s the whole state', ('Bud Pierson-Hale',)),
]  # fmt: skip

KNOWN_WRONG_40: dict[tuple[str, str], tuple[str | None, str]] = {  # what it gives, why
    ('p33', 'a carnival barker'): (
        'Gloria Estrada-Wynn',
        '"The moderator, X, asked both candidates about Trump, whom Mr. Pardo has said he will '
        'vote for despite calling him “…”": the calling is in a relative clause whose subject '
        'is Pardo; the ranker\'s close call between the sentence\'s subject and Pardo, which '
        'each retrain since the forty-seventh session has turned (wrong at the forty-ninth\'s)',
    ),
    ('p01', 'flat-out false'): (
        'a claim her campaign',
        'the right person in another form, a chunking slip: "a claim her campaign later '
        'called “…”": the reduced relative clause\'s subject "her campaign" is read with the '
        'noun before it',
    ),
    ('p02', 'a tax-and-spend insider'): (
        'Eileen Halloran',
        '"a flier paid for by the campaign of Representative Martin Szabo ... described his '
        'Democratic challenger, Eileen Halloran, as “…”": the object of "described" taken for'
        ' the speaker of a document subject',
    ),
    ('p12', 'a career politician who never met a tax'): (
        'Rick Donnelly',
        '"Donnelly said the group’s ads, which called him “…,” were “lies …”": the relative '
        "clause's subject (the ads) inside a reported clause",
    ),
    ('p16', 'who they’re sick of'): (
        'attorney general',
        'the nominal left bare: "“…,” the attorney general said" — Whitlock is called the '
        'attorney general only in the lede, before her name, and the sentence before has no '
        'subject',
    ),
    # ('p17', 'can serve as a role model'): right since fronted2 ("Asked whether Donald Trump
    # was ..., the senator said": the name in the adjunct's own clause is not the subject)
    ('p23', 'Only a third of the courthouse'): (
        'Carl Hagen Jr.',
        '"The father laughed …. “…,” he said": "the father" is no role the cast holds, "he" '
        'goes to the son quoted last',
    ),
    ('p28', 'He’s a grown man'): (
        'candidate',
        'the nominal left bare: "“…,” the candidate said" after "Ron Wexley, 57, a former '
        'Richardson city councilman, said …"',
    ),
    ('p28', 'I’ve heard worse'): (
        'candidate',
        'the same',
    ),
    ('p36', 'She knew this vote would cost her'): (
        'Vince Albano-Clark',
        '"A second Pacheco — Lorna’s husband, Ed, a union electrician — worked the door": the'
        ' subject set off by dashes after "A second Pacheco" is not read, so "he" goes to the'
        ' man last named',
    ),
    ('p36', 'That’s my wife'): (
        'Vince Albano-Clark',
        'the same',
    ),
    ('p45', 'reach for the pitchforks'): (
        'A Republican congressional candidate in Kentucky',
        "the right person given by a description: the lede's nominal is named only in the "
        'next paragraph',
    ),
}  # fmt: skip

OUTER_40 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('p08', 'I’m proud to support Donald Trump'): ('Lucinda Ortega-Baca',),
    ('p11', 'Why bother? Nothing changes'): ('Yesenia Colón',),
    ('p14', 'Give me six years'): ('Kristin Lindqvist',),
    ('p23', 'Don’t you dare'): ('Carl Hagen Jr.',),
    ('p27', 'This is the leader we need'): ('Alonzo Whitehorse',),
    ('p28', 'We can’t keep spending money we don’t have'): ('Jared Wexley',),
    ('p36', 'Lorna Pacheco promised no new taxes'): ('Frank DiNapoli',),
    ('p45', 'If they won’t listen, bring the pitchforks'): ('Tom Brackett',),
}  # fmt: skip

test_probe_speaker_fourteenth_batch, test_fourteenth_batch_figure = judged_batch_tests(
    "probes40", PROBES, said_outside(PROBES_40, OUTER_40), KNOWN_WRONG_40, FIRST_JUDGED, size=477
)


CASES = {  # the texts of the tests below
    "headline": (
        "Mr. Olsen and Ms. Kendall Spar Over Taxes\n\nDOVER — Senator Karl Olsen and his "
        "challenger, Representative Ada Kendall, met on Monday.\n\nMs. Kendall said the "
        "senator was wrong. “We can do better,” she said."
    ),
    "county": (
        "News\n\nHer Republican opponent, Essex County freeholder Vince Morrow, stood at "
        "the back. Afterward, he said she had “broken her word.”"
    ),
    "ofthe": (
        "News\n\nEd Lyle, a Democrat, spoke first. “Hi,” he said.\n\nThe state’s top election"
        " official, Secretary of the Commonwealth Ana Pruitt, said the system was “hard "
        "to rig.”"
    ),
    "party": (
        "News\n\nCOLUMBUS (AP) — Democrat Jane Moreau accused her opponent of “hiding” and "
        "Rep. Al Fenwick called her “a rubber stamp.”\n\nFenwick, a congressman, said he "
        "would. “I support the nominee,” he said.\n\nMoreau, a former state attorney "
        "general, pounced. “You can’t do both,” she said. “Ohio deserves better.”\n\nThe "
        "61-year-old Republican shot back that Moreau had taken “more money from Wall "
        "Street than anyone.”"
    ),
    "governor": (
        "News\n\nGov. Bruce Kemper backs Comptroller Lisa Marr, a Republican appointed by "
        "the governor in 2015. “I pay the bills,” Marr said.\n\n“I’m nobody’s puppet,” she "
        "said.\n\nThe speaker’s spokesman, Steve Ellis, declined to comment on the race. "
        "The governor, asked about it on Tuesday, said Marr had done “a heroic job.”"
    ),
    "elder": (
        "News\n\nRep. Frank Dell faced questions about a loan. “I fixed it,” he said.\n\n"
        "Dell, 45, said he had repaid it. “I didn’t know the rules,” Dell said.\n\nHis "
        "father, Robert Dell, 74, was in the front row. After the debate, the elder Dell "
        "said he had been “proud.” “Blame me,” he said."
    ),
}


# ---- mends (sentences written for the test, not the probes; each fails on main e3270ad)

N = "\n\n"


def test_a_headlines_surname_after_an_honorific_ends_before_its_verb() -> None:
    """ "Mr. Olsen and Ms. Kendall Spar Over Taxes": the surname the article writes alone
    after "Ms." ends the headline's name (main gives "Kendall Spar", whom "Ms. Kendall"
    then finds)."""
    text = CASES["headline"]
    assert speaker_of(text, "We can do better") == "Ada Kendall"


def test_a_place_before_a_role_noun_and_a_name_is_no_name() -> None:
    """ "Essex County freeholder Vince Morrow": "Essex County" before a lower-case noun and
    a listed first name modifies the role (main makes "Essex County" a person, whom "he"
    then finds)."""
    assert speaker_of(CASES["county"], "broken her word") == "Vince Morrow"


def test_an_office_with_of_the_set_off_after_a_nominal() -> None:
    """ "The state's top election official, Secretary of the Commonwealth Ana Pruitt,
    said" (main: the nominal)."""
    assert speaker_of(CASES["ofthe"], "hard to rig") == "Ana Pruitt"


def test_the_republican_is_not_one_the_article_makes_a_democrat() -> None:
    """ "The 61-year-old Republican shot back" after the Democrat spoke last (main: her)."""
    assert speaker_of(CASES["party"], "more money from Wall Street") == "Al Fenwick"


def test_the_governor_is_not_one_appointed_by_the_governor_nor_anothers_spokesman() -> None:
    """ "a Republican appointed by the governor" is not the governor, and "the speaker's
    spokesman" just before is not either (main: the spokesman)."""
    assert speaker_of(CASES["governor"], "a heroic job") == "Bruce Kemper"


def test_the_elder_of_a_surname_is_the_father() -> None:
    """ "His father, Robert Dell, 74, … the elder Dell said … “Blame me,” he said" (main:
    the son, the Dell the article names most)."""
    assert speaker_of(CASES["elder"], "Blame me") == "Robert Dell"


def test_a_role_before_a_name_does_not_reach_over_another_name() -> None:
    """ "Republican Rep. Dale Merriwether and Democrat Lucinda Ortega-Baca": her role is
    "Democrat" (main: "Republican Rep. Dale Merriwether and Democrat")."""
    text = (
        "News" + N + "Republican Rep. Dale Merriwether and Democrat Lucinda Ortega-Baca "
        "traded accusations." + N + "\u201cBye,\u201d Ortega-Baca said.\n"
    )
    quote = next(q for q in quotes_of(text) if "Bye" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "Lucinda Ortega-Baca"
    assert quote.speaker.role is not None and "Merriwether" not in quote.speaker.role
