"""attrib61: the twenty-second batch of invented probes (issue 15): 30 short stories in the
genres and constructions the earlier batches covered least: sports (a football coach and
players after a loss, a baseball slump told in Q.-and-A. form, a tennis quarterfinal),
weather and disasters (a hurricane, a wildfire, an Italian earthquake), health and
medicine (a flu-vaccine study, a drug shortage told by anonymous officials, an overdose
crisis), business (an earnings call with analysts' questions, a plant closing), obituaries
and profiles (a Memphis trumpeter, a senator, a one-room-school teacher), an interview in
Q.-and-A. form, translated quotes from foreign officials (a French minister, the Russian
foreign ministry, the Italian prime minister), court reporting with lawyers for both sides
(closing arguments, a class-action hearing, a sentencing with victims' statements),
letters to the editor, the campaign trail with a heckler, a chanting crowd and a town hall,
a quotation split across paragraphs with no new cue, documents quoted "according to" and
"the report said", anonymous officials and diplomats, and spokespeople for organisations.

Every person is invented, and every quotation is written for this batch. Every expected
speaker was written before On Record read the probes (the articles and this list were
committed first).
First judged on main (ce2d15b): 284 of 304 right (6.6% wrong); counting the right person
named in another form ("an F.D.A. official" in lower case, "Carrasco" for Sgt. First Class
Luis Carrasco) as right, 288 (5.3% wrong); counting also the right person given by a
description ("woman" for the woman in a wheelchair who gave her name in a relative clause),
290 (4.6% wrong). After the mends below: 292 (3.9% wrong); 296 and 300 counted the same
two ways (2.6%, 1.3%; the second also counts the organisation that released a report).
297 after branch roles44 read "Sgt. First Class Luis Carrasco" whole (the rank's grade is
no part of the name), which made the three s19 quotations given to "Carrasco" right.
The quotations still wrong are listed in KNOWN_WRONG_61 with what On Record gives and
why; the figure is printed by ``test_twenty_second_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, decided, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_61.json")
FIRST_JUDGED = 284  # right on main before any mend, of 304

PROBES_61: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('s01', 'We played fifty-seven good minutes', ('Dale Brannigan',)),
    ('s01', 'You don’t get paid for fifty-seven', ('Dale Brannigan',)),
    ('s01', 'I saw what I saw', ('Dale Brannigan',)),
    ('s01', 'send it to New York', ('Dale Brannigan',)),
    ('s01', 'That one’s on me', ('Marcus Oyelaran',)),
    ('s01', 'I had Tyrell open on the dig', ('Marcus Oyelaran',)),
    ('s01', 'Marcus has won us more games', ('Tyrell Banks',)),
    ('s01', 'We lose together', ('Tyrell Banks',)),
    ('s01', 'Honestly, I didn’t look', ('Anders Lindqvist',)),
    ('s01', 'I heard the crowd', ('Anders Lindqvist',)),
    ('s01', 'Anders is our guy', ('Ray Pruitt',)),
    ('s01', 'He was our guy last week', ('Ray Pruitt',)),
    ('s01', 'Ask the ref', ('DeShawn Mayfield',)),
    ('s02', 'I’m just swinging at ghosts', ('Javier Ramos',)),
    ('s02', 'He told me before he posted it', ('Javier Ramos',)),
    ('s02', 'My wife says I talk about sliders', ('Javier Ramos',)),
    ('s02', 'Javy is going to hit', ('Ned Castellano',)),
    ('s02', 'I’ve seen this movie before', ('Ned Castellano',)),
    ('s02', 'His exit velocity is fine', ('Phil Yarborough',)),
    ('s02', 'The luck isn’t', ('Phil Yarborough',)),
    ('s02', 'He is a dangerous hitter', ('Kenji Morimoto',)),
    ('s02', 'One bad month does not change', ('Kenji Morimoto',)),
    ('s03', 'The wind is not the story', ('Rachel Dominguez',)),
    ('s03', 'The water is the story', ('Rachel Dominguez',)),
    ('s03', 'If you are in one of these river counties', ('Leland Strickland',)),
    ('s03', 'By the time you can see it', ('Leland Strickland',)),
    ('s03', 'Most of those were people', ('Calvin Boatwright',)),
    ('s03', 'This is not Floyd', ('Calvin Boatwright',)),
    ('s03', 'Forty-one years in this house', ('Gloria Maynard',)),
    ('s03', 'Look at it now', ('Gloria Maynard',)),
    ('s03', 'I’ve got a generator', ('Earl Fountain',)),
    ('s03', 'What I don’t have is anywhere', ('Earl Fountain',)),
    ('s03', 'Crews can’t safely work', ('Ted Alcorn',)),
    ('s03', 'As soon as they can, they will', ('Ted Alcorn',)),
    ('s04', 'doubling in size every hour', ('Monica Ferrante',)),
    ('s04', 'There is no amount of air support', ('Monica Ferrante',)),
    ('s04', 'I’m not going to speculate', ('Monica Ferrante',)),
    ('s04', 'We had maybe ten minutes', ('Brent Oakley',)),
    ('s04', 'I grabbed the kids', ('Brent Oakley',)),
    ('s04', 'I recognized the chimney', ('Lorraine Whitfield',)),
    ('s04', 'That’s all that was standing', ('Lorraine Whitfield',)),
    ('s04', 'We are not calling them missing', ('Tom Kessling',)),
    ('s04', 'We are calling them unaccounted', ('Tom Kessling',)),
    ('s04', 'The humidity is in the single digits', ('Alan Petrakis',)),
    ('s04', 'as bad as it gets for fire behavior', ('Alan Petrakis',)),
    ('s04', 'These are working families', ('Nadia Castellanos',)),
    ('s04', 'did not have fire insurance', ('Nadia Castellanos',)),
    ('s05', 'We were genuinely surprised', ('Harriet Lindqvist-Moore',)),
    ('s05', 'For years this was the vaccine', ('Harriet Lindqvist-Moore',)),
    ('s05', 'The confidence interval includes zero', ('study', 'the study', 'paper', 'the paper')),
    ('s05', 'No protective effect can be', ('study', 'the study', 'paper', 'the paper')),
    ('s05', 'Parents should not panic', ('Barbara Kemp',)),
    ('s05', 'The flu shot is available', ('Barbara Kemp',)),
    ('s05', 'disappointed', ('MedImmune', 'statement', 'the statement')),
    ('s05', 'We remain confident in the underlying', ('MedImmune', 'statement', 'the statement')),
    ('s05', 'A lot of kids will cry', ('Samuel Okonkwo',)),
    ('s05', 'A shot they cry about', ('Samuel Okonkwo',)),
    ('s05', 'I’d want to see a second year', ('Irene Vasquez',)),
    ('s06', 'I have had to look a mother', ('Evelyn Marchetti',)),
    ('s06', 'Nobody trained me for that', ('Evelyn Marchetti',)),
    ('s06', 'made progress but not enough',
     ('F.D.A. official', 'An F.D.A. official', 'official', 'F.D.A.')),
    ('s06', 'We can’t approve a line',
     ('F.D.A. official', 'An F.D.A. official', 'official', 'F.D.A.')),
    ('s06', 'We go through the list patient',
     ('pharmacist', 'A pharmacist', 'A pharmacist at a large hospital in Texas',
      'pharmacist at a large hospital')),
    ('s06', 'It is the worst part of my job',
     ('pharmacist', 'A pharmacist', 'A pharmacist at a large hospital in Texas',
      'pharmacist at a large hospital')),
    ('s06', 'working around the clock', ('Halvorsen Pharmaceuticals', 'email', 'an email')),
    ('s06', 'should not be rationing a drug', ('Gwen Albright',)),
    ('s07', 'We are not going to chase revenue', ('Priya Raghunathan',)),
    ('s07', 'Some of the deals we walked away', ('Priya Raghunathan',)),
    ('s07', 'Excluding currency, we were in line', ('Gordon Lessard',)),
    ('s07', 'Can you help us understand', ('Mei Tanaka',)),
    ('s07', 'It’s mostly volume', ('Priya Raghunathan',)),
    ('s07', 'They aren’t leaving us', ('Priya Raghunathan',)),
    ('s07', 'no plans', ('Gordon Lessard',)),
    ('s07', 'more careful about where we add heads', ('Gordon Lessard',)),
    ('s07', 'They told us last quarter', ('Dana Whitcomb',)),
    ('s07', 'Now it’s twice', ('Dana Whitcomb',)),
    ('s08', 'This was a difficult decision',
     ('Brightwell Appliance', 'Brightwell', 'statement', 'a statement')),
    ('s08', 'The economics of the refrigerator',
     ('Brightwell Appliance', 'Brightwell', 'statement', 'a statement')),
    ('s08', 'We will be here for them', ('Lynn Hadley',)),
    ('s08', 'a betrayal',
     ('Local 808', 'union', 'The union',
      'Local 808 of the International Union of Electrical Workers')),
    ('s08', 'These people built this company', ('Gary Szymanski',)),
    ('s08', 'They found out from a press release', ('Gary Szymanski',)),
    ('s08', 'I’m 54', ('Debra Kuhn',)),
    ('s08', 'Who is going to hire me', ('Debra Kuhn',)),
    ('s08', 'We put real money on the table', ('Lloyd Winfrey',)),
    ('s08', 'I don’t think this was ever about', ('Lloyd Winfrey',)),
    ('s09', 'He played until his lips gave out', ('Celeste Granger-Hill',)),
    ('s09', 'The last thing he asked me for', ('Celeste Granger-Hill',)),
    ('s09', 'It had a dent right in the bell', ('Otis Granger',)),
    ('s09', 'I thought that was how trumpets', ('Otis Granger',)),
    ('s09', 'Otis could hear a part', ('Wendell Ashby',)),
    ('s09', 'He’d go out in the hallway', ('Wendell Ashby',)),
    ('s09', 'Everybody knows the song', ('Loretta Vance',)),
    ('s09', 'Nobody knows the man', ('Loretta Vance',)),
    ('s09', 'I’m just passing along', ('Otis Granger',)),
    ('s10', 'People ask me when I’m going to retire', ('Margaret Lindahl',)),
    ('s10', 'I tell them when the county', ('Margaret Lindahl',)),
    ('s10', 'She knows when you didn’t read', ('Caleb Rourke',)),
    ('s10', 'She always knows', ('Caleb Rourke',)),
    ('s10', 'She made me feel like the smartest', ('Jenna Moberg',)),
    ('s10', 'I was also the worst speller', ('Jenna Moberg',)),
    ('s10', 'Both times, the families showed up', ('Howard Pfeiffer',)),
    ('s10', 'Margaret showed up with a binder', ('Howard Pfeiffer',)),
    ('s10', 'You have to keep receipts', ('Margaret Lindahl',)),
    ('s10', 'Especially out here', ('Margaret Lindahl',)),
    ('s11', 'The waiting lists', ('Angela Whitcombe-Reyes',)),
    ('s11', 'That is not a housing program', ('Angela Whitcombe-Reyes',)),
    ('s11', 'You can’t fully', ('Angela Whitcombe-Reyes',)),
    ('s11', 'Fixing the roof is cheaper', ('Angela Whitcombe-Reyes',)),
    ('s11', 'He did, and he was right', ('Angela Whitcombe-Reyes',)),
    ('s11', 'a bureaucracy in search of a mission', ('Russell Keane',)),
    ('s11', 'I have a mission', ('Angela Whitcombe-Reyes',)),
    ('s11', 'The secretary is welcome to visit', ('Trent Ogilvie',)),
    ('s11', 'She should bring a budget', ('Trent Ogilvie',)),
    ('s12', 'We have listened, we have amended', ('Sophie Delacroix-Marchand',)),
    ('s12', 'A reform that everyone approves of', ('Sophie Delacroix-Marchand',)),
    ('s12', 'The minister speaks of courage', ('Thierry Bouchard',)),
    ('s12', 'Courage is working nights', ('Thierry Bouchard',)),
    ('s12', 'The age is not negotiable', ('Alain Verdier',)),
    ('s12', 'Everything else can be discussed', ('Alain Verdier',)),
    ('s12', 'I support the workers', ('Nadia Benali',)),
    ('s12', 'My support has limits', ('Nadia Benali',)),
    ('s12', 'Every week of refinery closures', ('Laurent Giraud',)),
    ('s12', 'Not enough to see yet', ('Laurent Giraud',)),
    ('s13', 'biased and politically motivated',
     ('Foreign Ministry', 'Russia’s Foreign Ministry', 'ministry', 'Yelena Voronova')),
    ('s13', 'Russia was not given access', ('Yelena Voronova',)),
    ('s13', 'a chain of transport', ('report', 'The report', 'the report')),
    ('s13', 'The launcher came from the territory', ('report', 'The report', 'the report')),
    ('s13', 'and returned there after the aircraft', ('report', 'The report', 'the report')),
    ('s13', 'We are not guessing', ('Willem Brouwer',)),
    ('s13', 'We have intercepted calls', ('Willem Brouwer',)),
    ('s13', 'We have waited two years', ('Marieke de Vries',)),
    ('s13', 'Now we want names', ('Marieke de Vries',)),
    ('s13', 'The president has other things', ('Igor Sakhnov',)),
    ('s14', 'You watched him walk in', ('Renee Whitlock',)),
    ('s14', 'The only thing you didn’t see', ('Renee Whitlock',)),
    ('s14', 'Tell me whose face this is', ('Marcus Delgado',)),
    ('s14', 'Neither could the detective', ('Marcus Delgado',)),
    ('s14', 'The state wants you to fill', ('Marcus Delgado',)),
    ('s14', 'That is their job, not yours', ('Marcus Delgado',)),
    ('s14', 'A red jacket with a torn left sleeve', ('Renee Whitlock',)),
    ('s14', 'Found in his closet', ('Renee Whitlock',)),
    ('s14', 'I close my eyes when they play it', ('Donna Petrie', 'Donna')),
    ('s14', 'I know how it ends', ('Donna Petrie', 'Donna')),
    ('s14', 'He was on the couch with me', ('Sharon Tarbell',)),
    ('s14', 'I’ve said it since the day', ('Sharon Tarbell',)),
    ('s15', 'The company controls the price', ('Shannon Ellery',)),
    ('s15', 'That is not a business', ('Shannon Ellery',)),
    ('s15', 'Nobody tells these drivers when', ('Bradley Yoon',)),
    ('s15', 'An employee who can log off', ('Bradley Yoon',)),
    ('s15', 'Counsel, your client deactivates', ('Margaret Osei',)),
    ('s15', 'What do you call that', ('Margaret Osei',)),
    ('s15', 'A customer-service standard', ('Bradley Yoon',)),
    ('s15', 'You want me to certify a class', ('Margaret Osei',)),
    ('s15', 'Tell me why their claims are the same', ('Margaret Osei',)),
    ('s15', 'They all signed the same agreement', ('Shannon Ellery',)),
    ('s15', 'I work more than I did at the warehouse', ('Ahmed Siddiqui',)),
    ('s15', 'The warehouse paid for my gas', ('Ahmed Siddiqui',)),
    ('s16', 'a slow-motion emergency',
     ('editorial', 'Your editorial', 'the editorial', 'Fix It or Close It')),
    ('s16', 'We will have a plan by spring',
     ('transportation commissioner', 'the transportation commissioner', 'commissioner')),
    ('s16', 'a luxury in the age of Google', ('council member', 'the council member')),
    ('s16', 'a success by every measure', ('Dana Mercer',)),
    ('s16', 'Customers will adjust', ('Dana Mercer',)),
    ('s17', 'You voted for NAFTA', ('Rick Pawlowski', 'man', 'the man')),
    ('s17', 'You voted for it', ('Rick Pawlowski', 'man', 'the man')),
    ('s17', 'I was in the ninth grade', ('Craig Hadley',)),
    ('s17', 'But I’ll take the question', ('Craig Hadley',)),
    ('s17', 'He can joke about it', ('Rick Pawlowski',)),
    ('s17', 'My plant’s a parking lot', ('Rick Pawlowski',)),
    ('s17', 'If your tax dollars build a bridge', ('Craig Hadley',)),
    ('s17', 'that bridge ought to be made in Ohio', ('Craig Hadley',)),
    ('s17', 'Made in Ohio! Made in Ohio', ('crowd', 'The crowd', 'the crowd')),
    ('s17', 'I liked him fine', ('Barbara Novak',)),
    ('s17', 'But they all say this in Youngstown', ('Barbara Novak',)),
    ('s17', 'has discovered the steel industry', ('Jordan Ames',)),
    ('s18', 'I am not going to apologize', ('Thomas Ekdahl',)),
    ('s18', 'Ask anybody who runs a store', ('Thomas Ekdahl',)),
    ('s18', 'We tried that for twenty years', ('Layla Haddad',)),
    ('s18', 'We spent more every year', ('Layla Haddad',)),
    ('s18', 'Tom works hard', ('Layla Haddad',)),
    ('s18', 'cardamom bread', ('Layla Haddad',)),
    ('s18', 'shows up', ('Thomas Ekdahl',)),
    ('s18', 'You can disagree with Layla', ('Thomas Ekdahl',)),
    ('s18', 'but you can’t say she isn’t', ('Thomas Ekdahl',)),
    ('s18', 'Nobody called me back',
     ('man', 'a man', 'a man in the audience', 'man in the audience')),
    ('s18', 'I will give you my cell number', ('Layla Haddad',)),
    ('s19', 'The first appointment they gave me', ('Luis Carrasco',)),
    ('s19', 'I called every week', ('Luis Carrasco',)),
    ('s19', 'I was patient for four years', ('Luis Carrasco',)),
    ('s19', 'keep the list short', ('supervisors', 'report', 'the report')),
    ('s19', 'Staff members stated that supervisors', ('report', 'the report')),
    ('s19', 'Dr. Rawlings inherited a clinic', ('Simon Farrow',)),
    ('s19', 'She asked for more staff in writing', ('Simon Farrow',)),
    ('s19', 'Nobody in Washington answered her', ('Simon Farrow',)),
    ('s19', 'unacceptable',
     ('secretary', 'The department’s secretary', 'the secretary', 'statement',
      'department’s secretary')),
    ('s20', 'This segment is in worse shape', ('Karl Fenske',)),
    ('s20', 'I would not want to live on top', ('Karl Fenske',)),
    ('s20', 'does not fit this year’s capital', ('manager', 'a manager')),
    ('s20', 'These documents raise serious questions', ('Rosalind Yates',)),
    ('s20', 'safety is and always has been',
     ('Northgate', 'Northgate Gas', 'statement', 'a statement')),
    ('s20', 'They wrote it down', ('Judith Kowal',)),
    ('s20', 'They wrote down that nobody', ('Judith Kowal',)),
    ('s21', 'The president’s patience is not unlimited',
     ('senior administration official', 'a senior administration official', 'official',
      'administration official')),
    ('s21', 'If there is no movement on the election',
     ('senior administration official', 'a senior administration official', 'official',
      'administration official')),
    ('s21', 'These are people who have bank', ('second official', 'A second official', 'official')),
    ('s21', 'They will notice', ('second official', 'A second official', 'official')),
    ('s21', 'We don’t preview sanctions', ('Nathan Brody',)),
    ('s21', 'all options remain on the table', ('Nathan Brody',)),
    ('s21', 'economic aggression', ('Rafael Quintero',)),
    ('s21', 'Venezuela will not negotiate', ('Rafael Quintero',)),
    ('s21', 'Sanctions that hurt ordinary', ('Julia Santangelo',)),
    ('s21', 'Target the people at the top', ('Julia Santangelo',)),
    ('s21', 'Everyone is tired',
     ('diplomat', 'A diplomat', 'the diplomat', 'A diplomat from a Latin American country')),
    ('s21', 'But walking away now',
     ('diplomat', 'A diplomat', 'the diplomat', 'A diplomat from a Latin American country')),
    ('s22', 'We have recovered pieces of the fan', ('Lorna Pettigrew',)),
    ('s22', 'It is far too early to say', ('Lorna Pettigrew',)),
    ('s22', 'Out of an abundance of caution',
     ('Redwing', 'Redwing Airlines', 'airline', 'the airline')),
    ('s22', 'We expect minimal disruption',
     ('Redwing', 'Redwing Airlines', 'airline', 'the airline')),
    ('s22', 'It sounded like somebody hit', ('Curtis Whelan',)),
    ('s22', 'Then the captain came on', ('Curtis Whelan',)),
    ('s22', 'I’ve never clapped so hard', ('Maria Esposito',)),
    ('s22', 'We are fully supporting', ('Julie Tran',)),
    ('s23', 'I don’t really remember the last three', ('Daria Kovalenko',)),
    ('s23', 'I remember thinking, just hit the ball', ('Daria Kovalenko',)),
    ('s23', 'Nothing went wrong', ('Amelie Brandt',)),
    ('s23', 'Sometimes that’s tennis', ('Amelie Brandt',)),
    ('s23', 'She looked at me like I was crazy', ('Pavel Yurchenko',)),
    ('s23', 'Then she won nine of the last', ('Pavel Yurchenko',)),
    ('s23', 'The rule is the rule', ('Gerald Fenwick',)),
    ('s23', 'We don’t make it up match by match', ('Gerald Fenwick',)),
    ('s23', 'She is the best', ('Daria Kovalenko',)),
    ('s23', 'But I am not scared', ('Daria Kovalenko',)),
    ('s24', 'Half the town is gone', ('Giorgio Pellegrini',)),
    ('s24', 'We need help, we need it now', ('Giorgio Pellegrini',)),
    ('s24', 'No family, no town will be left alone', ('Matteo Ferri',)),
    ('s24', 'Italy has rebuilt before', ('Matteo Ferri',)),
    ('s24', 'There are many people we have not reached', ('Fabrizio Conti',)),
    ('s24', 'In some of these villages, in August', ('Fabrizio Conti',)),
    ('s24', 'I heard the walls move like paper', ('Anna Mancuso',)),
    ('s24', 'My grandson pulled me out', ('Anna Mancuso',)),
    ('s24', 'I keep going back to look', ('Davide', 'Davide Mancuso', 'grandson', 'The grandson')),
    ('s24', 'They are two old people', ('Davide', 'Davide Mancuso', 'grandson', 'The grandson')),
    ('s25', 'I never thought I’d be renting', ('Walter Haines',)),
    ('s25', 'Eleven overdoses in six days', ('Walter Haines',)),
    ('s25', 'My deputies are bringing people', ('Donna Greer',)),
    ('s25', 'Then the same people are in the same', ('Donna Greer',)),
    ('s25', 'We are not a wealthy county', ('Bryce Holloway',)),
    ('s25', 'I can’t pay for a treatment center', ('Bryce Holloway',)),
    ('s25', 'I tell them Kyle was the funniest', ('Tammy Osborne',)),
    ('s25', 'He was somebody like them', ('Tammy Osborne',)),
    ('s25', 'I got a bed because somebody died',
     ('Jason', 'A recovering addict', 'recovering addict')),
    ('s25', 'That’s how it works here', ('Jason', 'A recovering addict', 'recovering addict')),
    ('s26', 'We never sold a name', ('Trevor Lindgren',)),
    ('s26', 'What we sold was anonymous', ('Trevor Lindgren',)),
    ('s26', 'this is a map of one of your users', ('Patricia Moloney',)),
    ('s26', 'Tell me again how that is anonymous', ('Patricia Moloney',)),
    ('s26', 'we don’t know who that person is', ('Trevor Lindgren',)),
    ('s26', 'Anyone with this map does', ('Patricia Moloney',)),
    ('s26', 'My constituents think', ('Roy Underwood',)),
    ('s26', 'follow them to church', ('Roy Underwood',)),
    ('s26', 'Four points are enough', ('Aisha Karimova',)),
    ('s26', 'That’s a fingerprint', ('Aisha Karimova',)),
    ('s26', 'reasonable', ('Meredith Fairbanks',)),
    ('s27', 'Walter was the only member', ('Frances Dunleavy',)),
    ('s27', 'You could not bluff him', ('Frances Dunleavy',)),
    ('s27', 'I was wrong to vote for the Gulf', ('Walter Brennan Ashcroft', 'Walter Ashcroft')),
    ('s27', 'I do not intend to go on being wrong', ('Walter Brennan Ashcroft', 'Walter Ashcroft')),
    ('s27', 'a Democrat in a Republican’s coat', ('Lyle Barrows',)),
    ('s27', 'Vermonters sent me to Washington', ('Walter Brennan Ashcroft', 'Walter Ashcroft')),
    ('s27', 'If they wanted a rubber stamp', ('Walter Brennan Ashcroft', 'Walter Ashcroft')),
    ('s27', 'He wanted to be sure it was counted', ('Peter Ashcroft',)),
    ('s27', 'He called the town clerk twice', ('Peter Ashcroft',)),
    ('s28', 'My daughter was on her way home', ('Carol Dietrich',)),
    ('s28', 'You took hers because you wanted', ('Carol Dietrich',)),
    ('s28', 'Our son is three', ('Michael Ruiz',)),
    ('s28', 'I don’t know what to say to him', ('Michael Ruiz',)),
    ('s28', 'There is nothing I can say', ('Brandon Voss',)),
    ('s28', 'I will be sorry every day', ('Brandon Voss',)),
    ('s28', 'He did not make them go through', ('Gail Pruett',)),
    ('s28', 'That counts for something', ('Gail Pruett',)),
    ('s28', 'had been told by two friends', ('Omar Whitfield',)),
    ('s28', 'He took his keys back', ('Omar Whitfield',)),
    ('s28', 'But you chose to drive', ('Lorraine Abernathy',)),
    ('s28', 'Hannah Dietrich did not choose', ('Lorraine Abernathy',)),
    ('s29', 'My insulin costs more than my rent', ('Linda Parrish',)),
    ('s29', 'What are you going to do about that', ('Linda Parrish',)),
    ('s29', 'Specifically, I’m going to let Medicare', ('Samuel Whitaker',)),
    ('s29', 'The V.A. already does it', ('Samuel Whitaker',)),
    ('s29', 'You said the same thing in Iowa',
     ('man', 'A man', 'A man in a Red Sox cap', 'man in a Red Sox cap')),
    ('s29', 'How are you different',
     ('man', 'A man', 'A man in a Red Sox cap', 'man in a Red Sox cap')),
    ('s29', 'Fair question', ('Samuel Whitaker',)),
    ('s29', 'I’m the only one up here with a receipt', ('Samuel Whitaker',)),
    ('s29', 'He answered me', ('Linda Parrish',)),
    ('s29', 'I’ll give him that', ('Linda Parrish',)),
    ('s29', 'The governor will do as many', ('Amanda Ruelas',)),
    ('s29', 'He likes the hard questions', ('Amanda Ruelas',)),
    ('s30', 'The university takes these allegations seriously', ('Sandra Kilbride',)),
    ('s30', 'Coach Whitmore has been placed on paid', ('Sandra Kilbride',)),
    ('s30', 'Coach Whitmore has never paid', ('Jeffrey Castellano',)),
    ('s30', 'He looks forward to clearing', ('Jeffrey Castellano',)),
    ('s30', 'Everybody was quiet', ('Marcus Lyle',)),
    ('s30', 'Coach recruited every guy', ('Marcus Lyle',)),
    ('s30', 'My job is to coach these kids', ('Ron DeLuca',)),
    ('s30', 'What happens in a lawyer’s office', ('Ron DeLuca',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, once, so it must be there."""
    assert len(PROBES) == 30
    assert all(PROBES[probe].count(fragment) == 1 for probe, fragment, _ in PROBES_61)


KNOWN_WRONG_61: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('s17', 'You voted for NAFTA'): (
        'a man',
        'right in another form (coref59): "the man yelled" is now the unnamed one '
        '"a man near the back of the union hall" introduced, read as "a man"; '
        'the batch lists the bare noun (he names himself only later)',
    ),
    ('s17', 'You voted for it'): (
        'a man',
        'right in another form (coref59): "the man yelled" is now the unnamed one '
        '"a man near the back of the union hall" introduced, read as "a man"; '
        'the batch lists the bare noun (he names himself only later)',
    ),
    ('s06', 'We can’t approve a line'): (
        'an F.D.A. official',
        'right in another form (attrib72): "the official said" is now '
        'the unnamed source the indefinite introduced, '
        'whose row keeps the description in lower case',
    ),
    ('s06', 'made progress but not enough'): (
        'an F.D.A. official',
        'right in another form: the nominal\'s article in lower case',
    ),
    ('s16', 'a slow-motion emergency'): (
        None,
        'letter to the editor: "Your editorial ... (“Fix It or Close It,” Oct. 3) was right '
        'to call the state\'s delay “...”": no speaker (the editorial)',
    ),
    ('s16', 'a luxury in the age of Google'): (
        'Harold Beckwith',
        '"I read with dismay the council member\'s remark that libraries are “...”": the '
        'owner phrase ran back over "dismay" (first judged: "dismay the council member"); '
        'now "the council member", a definite nominal no role fits, goes to the person '
        'last named, the signer of the letter before',
    ),
    ('s19', 'keep the list short'): (
        'Department of Veterans Affairs',
        'right by the organisation: "a report released Tuesday by the Department of Veterans '
        'Affairs inspector general. The report found that schedulers had been told to “...”" '
        '(first judged: "Department", a piece of its name)',
    ),
    ('s19', 'Staff members stated that supervisors'): (
        'Department of Veterans Affairs',
        'right by the organisation: "“...,” the report said" (first judged: "Department")',
    ),
    ('s29', 'My insulin costs more than my rent'): (
        'woman',
        'right by a description: "said the woman, who gave her name as Linda Parrish": the '
        'name in the relative clause is not read as hers',
    ),
    ('s29', 'What are you going to do about that'): (
        'woman',
        'the same as the one before',
    ),
}  # fmt: skip


test_probe_speaker_twenty_second_batch, test_twenty_second_batch_figure = judged_batch_tests(
    "probes61", PROBES, PROBES_61, KNOWN_WRONG_61, FIRST_JUDGED, size=304
)


# ---- mends (sentences written for the tests, not the probes; each fails on main ce2d15b)

N = "\n\n"


def test_an_indefinite_subject_named_by_what_they_do_is_the_pronouns_antecedent() -> None:
    """ "A pharmacist at a clinic in Reno described ... “...,” she said": a noun shaped as one
    for a person by what they do (not a listed role noun) heads the indefinite subject the
    pronoun goes back to (it went to the last woman named)."""
    text = (
        "Clinics in Nevada ran short of the drug in May."
        + N
        + "“We were not warned,” said Dr. Joan Pelletier, a surgeon in Las Vegas."
        + N
        + "A pharmacist at a clinic in Reno described the weekly orders. “We get half of "
        "what we ask for,” she said."
    )
    assert _speaker(text, "half of") == "A pharmacist"
    text = text.replace("A pharmacist at a clinic in Reno described", "My flower shop has")
    assert _speaker(text, "half of") == "Joan Pelletier"  # after "my": a listed noun only


def test_a_thing_cited_after_the_speakers_cue_only_carries_their_words() -> None:
    """ "“...,” the minister told the assembly, according to a translation provided by her
    ministry": a thing (no noun for people) cited after a person's own speech verb in the
    sentence carries that person's words, listed or not (it was "a translation"). One
    cited for people is the source mention, and the person is still the one who spoke
    (the lead's decision, session 49: "according to someone in attendance")."""
    text = (
        "“We will not retreat,” Ms. Aubertin told the assembly, according to a translation "
        "provided by her ministry."
    )
    assert _speaker(text, "not retreat") == "Aubertin"
    text = "“We will not retreat,” Ms. Aubertin told the assembly, according to two aides."
    assert decided(text, "not retreat")[:2] == ("two aides", "Aubertin")
    text = text.replace("two aides", "a person briefed on the call")  # "briefed" an NN
    assert decided(text, "not retreat")[:2] == ("a person briefed on the call", "Aubertin")
    # the participle takes its complement, as "familiar with" does (roleprobes51)


def test_the_official_after_an_official_with_an_initialism_is_that_one() -> None:
    """ "An F.E.M.A. official said ... “...,” the official said": the initialism's periods
    are part of a modifier of the indefinite that introduced someone unnamed, so "the
    official" is that one (it went to the last person named, who is no official)."""
    text = (
        "“We lost everything,” said Rosa Quintanilla, a baker in Lake Charles."
        + N
        + "An F.E.M.A. official said the trailers would arrive “within the week.”"
        + N
        + "“We have four hundred on the road,” the official said."
    )
    assert _speaker(text, "four hundred") == "an F.E.M.A. official"  # its row, not Quintanilla


def test_an_article_opens_the_owner_of_a_speech_noun() -> None:
    """ "I read with dismay the council member's remark that libraries are “...”": the
    tagger makes "dismay" an adjective, but the article after it opens the owner's noun
    phrase (it was "dismay the council member")."""
    text = "I read with dismay the council member’s remark that parks are “a frill.”"
    assert _speaker(text, "a frill") == "council member"
    text = "I read all the senators’ remarks that parks are “a frill.”"
    assert _speaker(text, "a frill") == "senators"  # as before


def test_an_organisation_releasing_a_document_keeps_of_in_its_name() -> None:
    """ "a report released by the Department of Veterans Affairs ... “...,” the report
    said": "of" between capitalised words stays inside the releasing organisation's name
    (it was "Department"), as in "The Chamber of Commerce issued a statement"."""
    text = (
        "Waits were long, according to a report released on Monday by the Department of "
        "Labor. “Nine offices kept two lists,” the report said."
    )
    assert _speaker(text, "two lists") == "Department of Labor"
    text = "The Chamber of Commerce issued a statement. “We object,” the statement said."
    assert _speaker(text, "We object") == "Chamber of Commerce"


def test_the_indefinite_subject_of_a_when_clause_is_the_pronouns_antecedent() -> None:
    """ "The hearing grew tense when a woman in the gallery accused the board of ... “...,”
    she shouted": the main clause names no one, so the indefinite subject of its "when"
    clause is whom the pronoun means, its own object aside (it went to the last woman
    named)."""
    text = (
        "“We did our best,” said Karen Liddell, the board chair."
        + N
        + "The hearing grew tense when a woman in the gallery accused the board of ignoring "
        "her letters. “Nobody wrote back,” she shouted."
    )
    assert _speaker(text, "wrote back") == "a woman"


def test_an_indefinite_subject_before_who_is_a_person_whatever_its_noun() -> None:
    """ "A longtime tenant, who asked that only her first name be used, said ... “...,” she
    said": "who" on the subject tells a person, though no list knows the noun (it went
    to the last woman named)."""
    text = (
        "“We are not a rich state,” said Sen. Alma Ricketts."
        + N
        + "A longtime tenant, who asked that only her first name be used, said the rent "
        "had doubled. “I asked nine times,” she said."
    )
    assert _speaker(text, "nine times") == "A longtime tenant"


def test_a_remark_put_to_the_interviewee_is_a_question() -> None:
    """In an interview the questions already show (two "?" paragraphs each followed by a
    paragraph that is one quotation alone), a paragraph that speaks to the interviewee as
    "you" outside its quotations is the interviewer's too, though it asks nothing or
    quotes someone: the quotation alone after it is the interviewee's answer, not the
    words of the one the remark names. A paragraph of narration that says "you" nowhere
    is no question, and nor is the remark where no questions make an interview."""
    from tests.analyses import speaker_of

    intro = (
        "Five minutes with the harbour master\n\nOlwen Pritchard-Hale has run the port of"
        " Aberdaron for eleven years. She spoke to us on the quay on Friday.\n\n"
        "Why did you stay so long?\n\n\u201cBecause the boats kept coming back.\u201d\n\n"
        "Do the fishermen listen to you?\n\n\u201cWhen the weather turns, always.\u201d\n\n"
    )
    remarks = (
        "Your deputy told the council the same thing.\n\n"
        "\u201cShe did, and she was right to.\u201d\n\n"
        "Councillor Gareth Mold called your harbour \u201ca museum with moorings.\u201d\n\n"
        "\u201cThen it is a busy museum.\u201d\n\n"
        "Mr. Mold said on Saturday that he stood by his words.\n\n"
        "\u201cA museum is still a museum.\u201d\n"
    )
    text = intro + remarks
    assert speaker_of(text, "She did, and she") == "Olwen Pritchard-Hale"
    assert speaker_of(text, "Then it is a busy") == "Olwen Pritchard-Hale"
    assert speaker_of(text, "a museum with moorings") == "Gareth Mold"
    assert speaker_of(text, "A museum is still") == "Gareth Mold"  # narration, no "you"
    one_question = intro[: intro.index("Do the fishermen")] + remarks
    assert speaker_of(one_question, "Then it is a busy") != "Olwen Pritchard-Hale"
