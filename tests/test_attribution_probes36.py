"""attrib36: the twelfth batch of invented probes (issue 15), written like the held-out
split: US political news of 2016 in the house styles of AP, Reuters, the New York Times, the
Washington Post, Politico, The Hill, CNN, Fox News, Breitbart, HuffPost, the Daily Caller and
local papers. Campaign rallies, debates, Congress, courts, polls, scandals and foreign policy;
quotations running across paragraphs, "he added", "the senator said", spokespeople named and
unnamed, tweets, statements, partial and scare quotes, nested quotes, reported speech beside
quotations, people of one surname (a senator and his son, husbands and wives, a mother and a
father), two candidates of one gender for a pronoun, speakers introduced by their job first,
long appositives between the name and the verb, quotations whose own subject is a person, a
list article and two op-eds whose authors speak as "I". The people and events are invented.

Every expected speaker was written before On Record read the probes (the articles and this
list were committed first, 6469d5e). First judged on main (9a790d4): 289 of 319 right (9.4%
wrong); counting the right person named in another form (an office kept before the name) as
right, 291 of 319 (8.8%). After the mends below: 300 of 319. The quotations still wrong are
listed in KNOWN_WRONG_36 with what On Record gives and why; the figure is printed by
``test_twelfth_batch_figure`` (run with -s)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_36.json")
FIRST_JUDGED = 289  # right on main before any mend, of 319

PROBES_36: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('s01', 'written off', ('Dwayne Pruett',)),
    ('s01', 'they eat a cheesesteak', ('Dwayne Pruett',)),
    ('s01', "I'm not leaving", ('Dwayne Pruett',)),
    ('s01', 'insulting people instead of', ('Tasha Greer',)),
    ('s01', 'Voters can tell the difference', ('Tasha Greer',)),
    ('s01', 'Not this time', ('Lou Bertolli',)),
    ('s01', 'They stopped listening to us', ('Lou Bertolli',)),
    ('s02', 'at least 30', ('Kirk Haldane',)),
    ('s02', 'We were told in June', ('Kirk Haldane',)),
    ('s02', 'Here we are again', ('Kirk Haldane',)),
    ('s02', 'keep the government open, period', ('Frank Castellanos',)),
    ('s02', 'twice this morning', ('Frank Castellanos',)),
    ('s02', 'They own this', ('Alicia Monroe',)),
    ('s02', 'count to 218', ('Alicia Monroe',)),
    ('s02', 'peel off',
     ('A senior GOP aide', 'senior GOP aide',
      'A senior GOP aide, speaking on condition of anonymity to discuss internal deliberations')),
    ('s03', 'not a use-it-or-lose-it privilege', ('Harriet Komansky',)),
    ('s03', 'invites fraud and confusion', ('Glenn Rasmussen',)),
    ('s03', 'ask the Sixth Circuit to act quickly', ('Glenn Rasmussen',)),
    ('s03', 'a victory for every Ohioan', ('Derek Ambrose',)),
    ('s03', 'prove that they still exist', ('Derek Ambrose',)),
    ('s04', 'holding its nose', ('Peter Vandermolen',)),
    ('s04', "They're voting against someone", ('Peter Vandermolen',)),
    ('s04', 'Debates matter more than people think', ('Peter Vandermolen',)),
    ('s04', 'six-point swing', ('Peter Vandermolen',)),
    ('s04', 'say something I believe', ('Carla Dunphy',)),
    ('s05', "Let's make sure Bayside gets a fair look", ('Evan Lidell',)),
    ('s05', 'The Governor would appreciate it', ('Evan Lidell',)),
    ('s05', 'taken completely out of context', ('Evan Lidell',)),
    ('s05', 'means a fair look', ('Evan Lidell',)),
    ('s05', 'had no involvement whatsoever', ('Colin Abernathy',)),
    ('s05', 'never discussed it with anyone', ('Colin Abernathy',)),
    ('s05', 'there would already be a grand jury', ('Mary Beth Kessling',)),
    ('s05', 'we want them under oath', ('Mary Beth Kessling',)),
    ('s06', 'rewards Russia for bombing hospitals', ('Warren Pickett',)),
    ('s06', 'I have seen this movie before', ('Warren Pickett',)),
    ('s06', "naive about Russia's intentions", ('Ruth Ellenberg',)),
    ('s06', 'the alternative to a flawed cease-fire', ('Ruth Ellenberg',)),
    ('s06', 'I want this to work', ('Diane Kowalczyk',)),
    ('s06', "the people we're negotiating with do", ('Diane Kowalczyk',)),
    ('s06', 'what happens when Russia breaks the deal', ('Warren Pickett',)),
    ('s07', "I've carried a rifle in Afghanistan", ('Jason Harmon',)),
    ('s07', "I don't need a lecture from Senator Boyce", ('Jason Harmon',)),
    ('s07', 'a vote for her agenda', ('Curtis Boyce',)),
    ('s07', "said all I'm going to say", ('Curtis Boyce',)),
    ('s07', 'focused on Missouri', ('Jason Harmon',)),
    ('s07', 'a bad deal for farmers in this state', ('Curtis Boyce',)),
    ('s07', 'On that, and only that', ('Jason Harmon',)),
    ('s07', "you're eating into their time", ('Janet Kessler',)),
    ('s08', 'let it go', ('Gregory Tate',)),
    ('s08', 'This is above our pay grade', ('Gregory Tate',)),
    ('s08', 'I had never heard that in two decades', ('Gregory Tate',)),
    ('s08', 'does not confirm or deny', ('The FBI', 'FBI', 'the bureau', 'bureau')),
    ('s08', 'who made that call', ('Lyle Brandt',)),
    ('s09', 'openly defying federal law', ('Vance Coulter',)),
    ('s09', "that's not compassion, that's lawlessness", ('Vance Coulter',)),
    ('s09', 'Every dollar should be on the table', ('Vance Coulter',)),
    ('s09', 'Her family is still waiting', ('Vance Coulter',)),
    ('s09', 'waiting a long time', ('Vance Coulter',)),
    ('s09', 'The base is furious', ('Vance Coulter',)),
    ('s10', 'I have to sit in class next to it', ('Caleb Langford',)),
    ('s10', "I love you, but you're wrong", ('Caleb Langford',)),
    ('s10', 'talk about it at Thanksgiving', ('Bill Langford',)),
    ('s10', 'have a right to defend themselves', ('Bill Langford',)),
    ('s10', 'I look at the exits now', ('Priya Raman',)),
    ('s10', 'I never used to do that', ('Priya Raman',)),
    ('s11', 'lost its way', ('Earl Whitacre',)),
    ('s11', 'kept the lights on', ('Earl Whitacre',)),
    ('s11', 'not in spite of them', ('Earl Whitacre',)),
    ('s11', 'those folks were the enemy', ('Earl Whitacre',)),
    ('s11', 'Ask me in November', ('Earl Whitacre',)),
    ('s11', 'values every member of the caucus', ('A DCCC aide', 'DCCC aide')),
    ('s11', 'too little, too late', ('Todd Milburn',)),
    ('s11', '89 percent of the time', ('Todd Milburn',)),
    ('s11', "can't run away from that record", ('Todd Milburn',)),
    ('s12', 'I take full responsibility', ('Roger Stahl',)),
    ('s12', 'These were my ballots and my mistake', ('Roger Stahl',)),
    ('s12', 'become the story', ('Roger Stahl',)),
    ('s12', 'Every voter who received the wrong ballot', ('Ann Kucera',)),
    ('s12', 'it will be set aside', ('Ann Kucera',)),
    ('s12', 'I noticed the names were strange', ('Marjorie Hillis',)),
    ('s13', 'Make sure that gets on Facebook', ('Lorraine Ashcroft-Reyes',)),
    ('s13', 'Write speeches', ('chief of staff', 'her chief of staff')),
    ('s13', 'let go for performance', ('Adam Pryor',)),
    ('s13', 'the senator you pretend to be', ('Melissa Garrity',)),
    ('s14', 'nobody cares', ('Kellan Moss',)),
    ('s14', 'insulting to every family', ('Patricia Voigt',)),
    ('s14', 'reporters in Washington and New York', ('Kellan Moss',)),
    ('s14', 'Voters in Ohio want to know about jobs', ('Kellan Moss',)),
    ('s14', 'falls apart the moment', ('Patricia Voigt',)),
    ('s14', 'Every nominee since Nixon', ('Patricia Voigt',)),
    ('s14', 'What is he hiding?', ('Patricia Voigt',)),
    ('s14', "He's said he would, and he will", ('Kellan Moss',)),
    ('s14', 'When the lawyers say so', ('Kellan Moss',)),
    ('s15', 'the dog and the Raiders', ('Richard Quintana',)),
    ('s15', "That's about it", ('Richard Quintana',)),
    ('s15', 'watching too much cable news', ('Dolores Quintana',)),
    ('s15', 'I tell him that every night', ('Dolores Quintana',)),
    ('s15', "it's exhausting listening", ('Sofia Quintana',)),
    ('s15', 'I just want Thanksgiving to be normal', ('Sofia Quintana',)),
    ('s15', 'Legal is legal', ('Richard Quintana',)),
    ('s15', 'His grandmother would have something to say', ('Dolores Quintana',)),
    ('s16', 'simply asking us to ignore', ('Anita Forsberg',)),
    ('s16', 'never subjected to notice and comment', ('Clayton Hewes',)),
    ('s16', 'An agency cannot rewrite a law', ('Clayton Hewes',)),
    ('s16', 'Where do we draw the line?', ('Martin Lowery',)),
    ('s16', 'Locker rooms? Dormitories?', ('Martin Lowery',)),
    ('s16', 'nerve-racking', ('Jordan Ellery',)),
    ('s16', 'go to school like everybody else', ('Jordan Ellery',)),
    ('s17', "eating America's lunch", ('Howard Lindqvist',)),
    ('s17', 'run a trade surplus with us every year', ('Howard Lindqvist',)),
    ('s17', 'That is a strategy', ('Howard Lindqvist',)),
    ('s17', 'profound misunderstanding', ('Ignacio Barrientos',)),
    ('s17', 'crossed our border eight times', ('Ignacio Barrientos',)),
    ('s17', 'prepared for any scenario', ('Ignacio Barrientos',)),
    ('s17', 'campaigns are not governments',
     ('the ambassador', 'ambassador', 'A U.S. official at the embassy', 'A U.S. official')),
    ('s18', 'My brother Marcus wore the badge', ('Anthony Reyes',)),
    ('s18', 'what party they belonged to', ('Anthony Reyes',)),
    ('s18', "He didn't ask what color they were", ('Anthony Reyes',)),
    ('s18', "Don't let the people who killed him decide", ('Anthony Reyes',)),
    ('s18', 'embarrassed by all the fuss', ('Gloria Reyes',)),
    ('s18', 'He was a quiet boy', ('Gloria Reyes',)),
    ('s19', 'senior strategist', ('Harlan Tibbs', 'a statement from the candidate')),
    ('s19', 'the best in the business', ('Harlan Tibbs',)),
    ('s19', 'a loyal friend and will remain one', ('Harlan Tibbs',)),
    ('s19', 'stop the bleeding', ('Simone Delacroix',)),
    ('s19', "We've been talking to ourselves", ('Simone Delacroix',)),
    ('s19', 'That ends today', ('Simone Delacroix',)),
    ('s19', 'answer to no one', ('One of them', 'one', 'Two people close to the campaign')),
    ('s19', "I'm a volunteer", ('Grant Tibbs',)),
    ('s19', 'I stuff envelopes', ('Grant Tibbs',)),
    ('s20', 'process people out the back door', ('Chris Navarro',)),
    ('s20', 'catch and release on steroids', ('Chris Navarro',)),
    ('s20', 'never been lower', ('Chris Navarro',)),
    ('s20', 'applies it consistently', ('Daniel Whitford',)),
    ('s20', 'Any suggestion otherwise is false', ('Daniel Whitford',)),
    ('s20', "Of course they'd say that", ('Chris Navarro',)),
    ('s20', 'see for yourself', ('Chris Navarro',)),
    ('s21', 'keeping rates low to help her friends', ('Rand Hollister',)),
    ('s21', 'acting like a campaign committee', ('Rand Hollister',)),
    ('s21', 'Audit the Fed', ('Rand Hollister',)),
    ('s21', 'strongly', ('Mitchell Grady',)),
    ('s21', "without questioning somebody's integrity", ('Mitchell Grady',)),
    ('s21', 'delete those tweets', ('Mitchell Grady',)),
    ('s21', 'stands by every word', ('Kelsey Farnham',)),
    ('s22', 'prove it in a court of law', ('Darnell Rowe',)),
    ('s22', 'politically motivated fishing expedition', ('Lydia Sandoval',)),
    ('s22', 'betrayed the trust', ('Gerald Mabry',)),
    ('s22', 'additional charges are possible', ('Gerald Mabry',)),
    ('s22', "This isn't about guilt or innocence", ('Teresa Oakes',)),
    ('s22', "He can't", ('Teresa Oakes',)),
    ('s23', 'un-American and unconstitutional', ('Douglas Fenwick',)),
    ('s23', 'My grandfather came to this country', ('Douglas Fenwick',)),
    ('s23', "I'm supporting the ticket", ('Douglas Fenwick',)),
    ('s23', 'have it both ways', ('Joanne Pelletier',)),
    ('s23', "You don't get credit for condemning", ('Joanne Pelletier',)),
    ('s24', 'we are not going to settle', ('Rosalind Avery',)),
    ('s24', 'closer than it looks', ('Gary Tillman',)),
    ('s24', 'about words, not values', ('Gary Tillman',)),
    ('s24', 'disappointed but not surprised', ('Kamal Haddad',)),
    ('s24', 'whether it wants to or not', ('Kamal Haddad',)),
    ('s25', 'insubordination', ("Kesner's office", 'Kesner office', 'Tom Kesner')),
    ('s25', 'run this department like a private club', ('Ray Dominguez',)),
    ('s25', 'Deputies are afraid to speak up', ('Ray Dominguez',)),
    ('s25', "I'm one of them", ('Ray Dominguez',)),
    ('s25', 'by the book', ('Tom Kesner',)),
    ('s25', "airing the department's dirty laundry", ('Tom Kesner',)),
    ('s25', 'every opportunity to bring them to me', ('Tom Kesner',)),
    ('s25', 'Twice. In writing', ('Ray Dominguez',)),
    ('s26', 'most experienced external operations planners', ('Neil Harrington',)),
    ('s26', 'His death will disrupt', ('Neil Harrington',)),
    ('s26', "I'm not going to get into intelligence matters", ('Neil Harrington',)),
    ('s27', 'creature of Tallahassee', ('Carl Jennings',)),
    ('s27', 'changed the day he got elected', ('Mark Ostrowski',)),
    ('s27', 'Every cent', ('Mark Ostrowski',)),
    ('s27', 'Carl knows that', ('Mark Ostrowski',)),
    ('s27', 'after the Times wrote about it', ('Carl Jennings',)),
    ('s27', "That's damage control", ('Carl Jennings',)),
    ('s27', 'Not really', ('Mark Ostrowski',)),
    ('s27', 'I miss it, honestly', ('Mark Ostrowski',)),
    ('s28', 'This was not a ransom', ('Jonathan Barclay',)),
    ('s28', 'a decades-old claim at The Hague', ('Jonathan Barclay',)),
    ('s28', 'leverage', ('Jonathan Barclay',)),
    ('s28', 'We took advantage of the moment', ('Jonathan Barclay',)),
    ('s28', 'puts a price on the head', ('Raymond Eckhart',)),
    ('s28', 'grateful to be home', ('Daniel Kessel',)),
    ('s28', "I don't know what was agreed to", ('Daniel Kessel',)),
    ('s28', 'kept us waiting at the airport', ('Daniel Kessel',)),
    ('s29', 'temperamentally unfit for the office', ('Alan Verhoeven',)),
    ('s29', 'writing in a name I can live with', ('Alan Verhoeven',)),
    ('s29', 'I have given 30 years to this party', ('Alan Verhoeven',)),
    ('s29', 'It left me', ('Alan Verhoeven',)),
    ('s29', 'dozens', ('Alan Verhoeven',)),
    ('s29', 'sad to see Alan go', ('Jeff Kauffman',)),
    ('s29', 'united behind the ticket', ('Jeff Kauffman',)),
    ('s29', 'One resignation in one county', ('Jeff Kauffman',)),
    ('s30', 'tough on crime', ('Gordon Pike',)),
    ('s30', 'we got a murder spike in Chicago', ('Gordon Pike',)),
    ('s30', 'The experiment is over', ('Gordon Pike',)),
    ('s30', 'rewriting history', ('Vanita Greer-Hollis',)),
    ('s30', 'at or near historic lows', ('Vanita Greer-Hollis',)),
    ('s30', 'he knows it', ('Vanita Greer-Hollis',)),
    ('s30', 'respectfully disagrees', ('Charles Brandeis',)),
    ('s31', 'Does he believe in a God', ('Mark Pelley',)),
    ('s31', 'lol, good idea', ('Another staffer', 'another staffer')),
    ('s31', 'deeply regrets', ('Carla Burris',)),
    ('s31', "do not reflect the DNC's values", ('Carla Burris', 'the statement', 'statement')),
    ('s31', "what we've been saying for a year", ('Jeff Milgram',)),
    ('s31', 'The fix was in', ('Jeff Milgram',)),
    ('s31', 'Now we have it in writing', ('Jeff Milgram',)),
    ('s32', 'Take care of it', ('Philip Marchand',)),
    ('s32', 'I asked him if he meant the money', ('Dana Whitcomb',)),
    ('s32', "So you're testifying to save yourself", ('Stephen Ogilvy',)),
    ('s32', "I'm testifying because it's true", ('Dana Whitcomb',)),
    ('s33', 'I posted something that was hurtful', ('Wade Lorimer',)),
    ('s33', 'My dad had nothing to do with it', ('Wade Lorimer',)),
    ('s33', 'Wade is a grown man', ('Hank Lorimer',)),
    ('s33', "I'm proud of him for that", ('Hank Lorimer',)),
    ('s33', 'a start', ('Linda Carraway',)),
    ('s33', 'not just that his son is sorry', ('Linda Carraway',)),
    ('s34', 'standing in line for two hours', ('Teodoro Maldonado',)),
    ('s34', 'That tells you something', ('Teodoro Maldonado',)),
    ('s34', 'enormous', ('Drew Fennimore',)),
    ('s34', 'The math is getting very hard', ('Drew Fennimore',)),
    ('s34', 'Early vote numbers are not votes counted', ('Brandon Huff',)),
    ('s34', 'We like where we are', ('Brandon Huff',)),
    ('s35', 'the next 30 years of the court', ('Roger Whitfield',)),
    ('s35', 'you have to show up', ('Roger Whitfield',)),
    ('s35', 'abandoned the Constitution', ('Ellen Marsh',)),
    ('s35', 'The job description is pretty simple', ('Ellen Marsh',)),
    ('s35', "It doesn't say rubber stamp", ('Roger Whitfield',)),
    ('s35', 'on day one', ('Ellen Marsh',)),
    ('s36', 'New Hampshire is ground zero', ('Erin Calloway',)),
    ('s36', 'we can win anywhere', ('Erin Calloway',)),
    ('s36', 'fired up', ('Martin Dreyfuss',)),
    ('s36', 'Granite Staters know their rights', ('Martin Dreyfuss', 'the statement', 'statement')),
    ('s36', 'about a hundred', ('Steve',)),
    ('s36', 'I mute them all', ('Steve',)),
    ('s37', "People ask me why I'm doing this", ('Gary Lomax',)),
    ('s37', 'somebody has to', ('Gary Lomax',)),
    ('s37', 'Well, now you have', ('Gary Lomax',)),
    ('s37', 'He looked me in the eye', ('Barbara Kline',)),
    ('s37', 'The other two just send me mail', ('Barbara Kline',)),
    ('s37', "He promised me it's the last time", ('Theresa Lomax',)),
    ('s37', 'He said that in 2012, too', ('Theresa Lomax',)),
    ('s38', 'does not itself indicate',
     ('The committee', 'committee', 'The House Ethics Committee', 'House Ethics Committee')),
    ('s38', 'welcomes the opportunity to set the record straight', ('Bethany Crowe',)),
    ('s38', 'was pre-approved by the committee itself', ('Bethany Crowe',)),
    ('s38', 'a fact-finding mission on energy security', ('Stuart Nagle',)),
    ('s38', 'free vacations from oil-rich dictatorships', ('Walter Ambrose',)),
    ('s39', 'I found out about the evacuation order', ('Russell Tate',)),
    ('s39', 'no idea', ('Henry Bascombe',)),
    ('s39', 'Russell was on every briefing call', ('Henry Bascombe',)),
    ('s39', 'Every single one', ('Henry Bascombe',)),
    ('s39', 'not going to get into a back-and-forth', ('Russell Tate',)),
    ('s39', 'The phone records speak for themselves', ('Russell Tate',)),
    ('s40', 'Our elections are run by your neighbors', ('Marisol Gutierrez-Banks',)),
    ('s40', 'insulting to them', ('Marisol Gutierrez-Banks',)),
    ('s40', 'I tell every one of them the same thing', ('Marisol Gutierrez-Banks',)),
    ('s40', 'The doors are open', ('Marisol Gutierrez-Banks',)),
    ('s40', 'full confidence', ('Steven Hausmann',)),
    ('s40', 'legitimate', ('Steven Hausmann',)),
    ('s41', 'never asked a single question about security', ('Bryce Paquin',)),
    ('s41', 'everyone else has been telling my story', ('Bryce Paquin',)),
    ('s41', 'I was the guy who kept it running', ('Bryce Paquin',)),
    ('s41', 'Nobody told me to do anything at all', ('Bryce Paquin',)),
    ('s41', 'cooperated fully with the FBI', ('Sheila Mortimer',)),
    ('s41', 'nothing to hide', ('Sheila Mortimer',)),
    ('s41', 'ready to talk to Congress', ('Jared Chalmers',)),
    ('s42', 'You don’t know who these people are', ('Dale Munson',)),
    ('s42', 'That’s the problem', ('Dale Munson',)),
    ('s42', 'the most rigorous screening', ('Zeynep Aksoy',)),
    ('s42', 'They are vetted by the FBI', ('Zeynep Aksoy',)),
    ('s42', 'We can disagree', ('Nikki Harwood',)),
    ('s42', 'We cannot threaten people', ('Nikki Harwood',)),
    ('s42', 'He was out of line', ('Dale Munson',)),
    ('s43', 'we lose a person every day to an overdose', ('Maureen Daley',)),
    ('s43', 'This isn’t a Democratic problem', ('Maureen Daley',)),
    ('s43', 'Maureen told me about a mother', ('Gregory Wolcott',)),
    ('s43', 'runs out of Narcan every weekend', ('Gregory Wolcott',)),
    ('s43', 'Probably not', ('Maureen Daley',)),
    ('s43', 'But it will pass', ('Maureen Daley',)),
    ('s44', 'The people of this district have spoken', ('Rick Haverford',)),
    ('s44', 'Washington, we’re coming', ('Rick Haverford',)),
    ('s44', 'I congratulate Rick and wish him well', ('Lyle Danbury',)),
    ('s44', 'the honor of my life', ('Lyle Danbury',)),
    ('s44', 'a wake-up call to every Republican', ('Mitchell Brody',)),
    ('s45', 'not going to set the world on fire', ('Nancy Ferrante',)),
    ('s45', 'the guy you call at 3 in the morning', ('Nancy Ferrante',)),
    ('s45', 'boring, and proud of it', ('Miles Lassiter',)),
    ('s45', 'Then I went home and told my wife', ('Miles Lassiter',)),
    ('s45', 'Mostly', ('Kathleen Lassiter',)),
    ('s46', 'honest and at times uncomfortable', ('Raymond Okoro',)),
    ('s46', 'I heard things I needed to hear', ('Raymond Okoro',)),
    ('s46', 'The chief told me he wants to release it', ('Curtis Haynes',)),
    ('s46', 'wanting isn’t enough', ('Curtis Haynes',)),
    ('s46', 'I’m bound by the law', ('Raymond Okoro',)),
    ('s46', 'They talk about us, not to us', ('Terrance Wiley',)),
    ('s47', 'never apologize for loving this country', ('Harlan Tibbs',)),
    ('s47', 'a tax cut for hedge funds', ('Patricia Voigt',)),
    ('s47', 'The polls were wrong in the primary', ('Dwayne Pruett',)),
    ('s47', 'Write it down', ('Tamara Ellwood',)),
    ('s47', 'debate him in a parking lot', ('Marian Olesky',)),
    ('s48', 'I don’t recognize this party', ('My father', 'father', "Curtis Ahlberg's father")),
    ('s48', 'throwing my vote away', ('a county chairman', 'One of them', 'county chairman')),
    ('s48', 'The party is a tool', ('Lucille Harmon',)),
    ('s49', 'They told us he fell', ('Yolanda Dubois',)),
    ('s49', 'Then they stopped calling', ('Yolanda Dubois',)),
    ('s49', 'I wore the uniform for 26 years', ('Gerald Dubois',)),
    ('s49', 'treat a family like this', ('Gerald Dubois',)),
    ('s49', 'thorough and complete', ('Brian Okafor',)),
    ('s49', 'offered the family every opportunity', ('Brian Okafor',)),
    ('s49', 'We asked for the report in June', ('Yolanda Dubois',)),
    ('s49', 'We’re still waiting', ('Yolanda Dubois',)),
    ('s50', 'Ruth Kaminski has lied about my record', ('Jim Sorensen',)),
    ('s50', 'I have never, ever supported privatizing it', ('Jim Sorensen',)),
    ('s50', 'Jim Sorensen wrote, and I quote', ('Ruth Kaminski',)),
    ('s50', 'Those are his words, not mine', ('Ruth Kaminski',)),
    ('s50', 'Personal accounts are not privatization', ('Jim Sorensen',)),
    ('s50', 'we have 12 minutes left', ('Charlie Morrow',)),
]  # fmt: skip


KNOWN_WRONG_36: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('s32', 'Take care of it'): (
        'Dana Whitcomb',
        '"X told jurors that the senator called her into his office ... and said, “…”": the '
        'ranker\'s close call between the one who tells and the senator who said it; it flips '
        'with retrains (right after the forty-sixth session\'s, wrong after the forty-seventh\'s)',
    ),
    ('s13', 'Write speeches'): (
        'Adam Pryor',
        'an op-ed: "her chief of staff, he told me, “…”": "he" not tied to the nominal; the '
        'spokesman named in the next paragraph taken',
    ),
    ('s13', 'the senator you pretend to be'): (
        None,
        'an op-ed: "I told her, “…”": the writer (the byline) speaks as "I"',
    ),
    ('s14', 'nobody cares'): (
        'a top adviser',
        'a lede\'s "a top adviser insisting that “…”" named in the next paragraph (Kellan '
        'Moss): the right person described, not named',
    ),
    ('s14', 'insulting to every family'): (
        'a Democratic senator',
        'the same: "a Democratic senator" named in the third paragraph (Patricia Voigt)',
    ),
    ('s14', "He's said he would, and he will"): (
        'an IRS audit',
        '"Moss, asked on CBS\'s “Face the Nation” whether … after an IRS audit concluded, said,":'
        ' the aside holds a quotation and a clause of its own',
    ),
    ('s17', "eating America's lunch"): (
        'Mexican officials on Wednesday sharply',
        'a lede\'s "remarks by a senior adviser … who said that …": the relative clause\'s '
        'antecedent (named later) not taken',
    ),
    ('s19', 'senior strategist'): (
        'a statement',
        '"according to a statement from the candidate, Harlan Tibbs": the statement, not the '
        'candidate named in apposition',
    ),
    ('s19', 'answer to no one'): (
        'campaign',
        '"One of them said": "one" is no subject the grammar reads',
    ),
    ('s25', 'run this department like a private club'): (
        "Kesner's office",
        '"Dominguez, a veteran who was disciplined for what Kesner\'s office described as “…,” '
        'said the sheriff had “…”": the cue inside the aside taken for the main verb\'s',
    ),
    ('s30', 'tough on crime'): (
        'drew swift criticism from civil rights groups',
        '"A speech by Sen. Gordon Pike calling for a return to “…” … drew": the speech\'s '
        'agent not taken',
    ),
    ('s41', 'never asked a single question about security'): (
        None,
        'a lede\'s "A former State Department technology staffer … has broken his silence, '
        'telling NPR that …" named in the next paragraph',
    ),
    ('s48', 'I don’t recognize this party'): (
        'Curtis Ahlberg',
        'an op-ed: "My father … called me. “…,” he said": the writer\'s father, not the writer',
    ),
    ('s48', 'throwing my vote away'): (
        None,
        '"One of them, a county chairman I have known for 20 years, told me": "one" as subject',
    ),
}  # fmt: skip


test_probe_speaker_twelfth_batch, test_twelfth_batch_figure = judged_batch_tests(
    "probes36", PROBES, PROBES_36, KNOWN_WRONG_36, FIRST_JUDGED, size=319
)


# ---- mends (sentences written for the tests, not the probes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The deal was signed on Friday. "It is a good day," said an old friend, former '
         'Ohio Attorney General Dana Whitby.', "Dana Whitby"),
        ('Turnout rose. "The lines were long," said the official, Secretary of State Omar '
         'Kessel.', "Omar Kessel"),
        ('His Republican rival, former Gov. Tilda Brandt, said the plan was "dead on '
         'arrival."', "Tilda Brandt"),
    ],
)  # fmt: skip
def test_a_name_with_an_office_set_off_after_a_nominal(text: str, speaker: str) -> None:
    """The name set off after a nominal may carry an office ("former Ohio Attorney
    General X", "Secretary of State X", "former Gov. X"): it names the one described
    (main gives "an old friend", "official", "his Republican rival")."""
    assert _speaker(text) == speaker


def test_a_first_name_after_a_kin_noun_of_a_possessive_name() -> None:
    """ "Ryder's husband, Paul," is the sentence's subject, not Ryder (main gives the
    woman quoted before for "he said")."""
    text = (
        'June Ryder runs the shop. One customer, Tom Hale, 40, said it was "the best in '
        'town."\n\nRyder\'s husband, Paul, said the rent had doubled. "We may close," he said.'
    )
    assert _speaker(text, "We may close") == "Paul Ryder"


def test_a_surname_alone_is_the_one_named_in_full_not_the_relative() -> None:
    """ "Ryder says" after "Mark Ryder's son, Paul," is Mark Ryder, whom the article named
    in full, not the son given his surname (the son, once a subject, had taken it)."""
    text = (
        "Mark Ryder's son, Paul, was one of six people hurt in the crash.\n\n"
        'Ryder now leads a campaign. He says that "the road must be fixed."'
    )
    assert _speaker(text, "the road must be fixed") == "Mark Ryder"


def test_an_aside_with_a_quotation_before_said_and_what_was_said() -> None:
    """ "X, appearing on “Face the Nation,” said Lee's plan “…”": the noun phrase after the
    cue opens what was said (main gives "Lee's plan")."""
    text = (
        'Rep. Ana Marsh, appearing on "Face the Nation," said Lee\'s plan "would never pass '
        'the House."'
    )
    assert _speaker(text, "would never pass") == "Ana Marsh"


def test_a_verb_and_said_after_an_aside_and_the_senator_described_otherwise() -> None:
    """ "The senator, clearly taken aback, smiled and said": the senator, not the student
    quoted last, whom the article described as a student (main finds no speaker)."""
    text = (
        "Sen. Ruth Dale met students on Monday.\n\n"
        '"You broke your promise," said Omar Finch, a 19-year-old sophomore.\n\n'
        'The senator, clearly taken aback, smiled and said she would "keep listening."'
    )
    assert _speaker(text, "keep listening") == "Ruth Dale"


def test_a_local_office_before_a_name_is_a_title() -> None:
    """ "Linn County Auditor Roger Stahl": the office is no part of the name (main gives
    the whole run as the name)."""
    text = 'Dane County Comptroller Iris Vance resigned. "I take the blame," Vance said.'
    assert _speaker(text, "I take the blame") == "Iris Vance"
