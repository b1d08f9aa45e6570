"""attrib44: the fifteenth batch of invented probes (issue 15): the genres the earlier
batches under-cover — foreign affairs and diplomacy (a summit, foreign ministers,
ambassadors, a UN Security Council live blog, trade talks), courts and crime (trials,
judges, prosecutors, defence lawyers, witnesses, police statements, a sentencing, an
appeals ruling with a dissent), business and economy (an earnings call, a central bank,
a takeover, a strike, a press-release rewrite, a CEO profile), health and science
(officials, researchers, doctors, patients), local government (a council, a school
board, a mayor's budget, commissioners, a council live blog) and features, profiles and
obituaries with long pronoun chains; from varied house styles (wire copy, NYT "Mr./Ms.",
a tabloid, British papers with single quotation marks, magazine features, live blogs,
press-release rewrites, Q&A interviews). Speakers introduced by role before name,
titles with "of", roles after possessives, "head of", family-name-first names (Chinese,
Korean, Hungarian), cues like "texted", "emailed", "chimed in", "wrote", documents and
organisations as sources, addressees, speakers in subordinate clauses, split and
multi-sentence quotations, people sharing a surname, quotations inside quotations, and
scare quotes and titles that quote nobody (they expect no speaker or no quotation).

Every person is invented, and every quotation is written for this batch. Every expected
speaker was written before On Record read the probes (the articles and this list were
committed first, 9867eab). First judged on main (343e584): 398 of 455 right (12.5% wrong);
counting the right person or source named in another form (a verb or rank kept, an
organisation cut at its possessive or its case changed, a statement's owner for the
statement) as right, 405 (11.0% wrong); counting also the right person given by a
description or a bare nominal (a lede's "a prosecutor", "A federal judge", "her
counterpart across the table", a headline's "CEO"), 413 (9.2% wrong); and the four
readings the list did not allow but a reader would defend (a ministry for its spokesman's
words in the lede, a law's own term, a headline's quoted word given to the body that said
it), 417 (8.4% wrong). After the mends below: 405; 411 after attrib49's places and
streets ("the Star Tribune", "King Charles Street", "Downing Street said"). The
quotations still wrong are listed
in KNOWN_WRONG_44 with what On Record gives and why; the figure is printed by
``test_fifteenth_batch_figure`` (run with -s).
attrib92: a quotation inside a quotation is now judged as the outer speaker's words
(OUTER_44, 5 judged again), not as the inner speaker's: train's gold decides, and none of
the 255 single-mark quotations inside double ones in PolNeAR train has a source of its own
(the outer quotation's Content holds them). On Record lists such words only inside the
outer quotation. a09, a31 come off KNOWN_WRONG: 417/455 -> 419/455.
"""

from __future__ import annotations

from tests.test_attribution_probes import NO_QUOTATION, batch, judged_batch_tests, said_outside
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_44.json")
FIRST_JUDGED = 398  # right on main before any mend, of 455

PROBES_44: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('a01', 'first real down payment', ('Amara Okonkwo-Bell',)),
    ('a01', 'This is not charity', ('Amara Okonkwo-Bell',)),
    ('a01', 'It is repair', ('Amara Okonkwo-Bell',)),
    ('a01', 'welcome but nowhere near enough', ('Tevita Ravuvu',)),
    ('a01', 'Our people are already moving inland', ('Tevita Ravuvu',)),
    ('a01', 'Some of our villages', ('Tevita Ravuvu',)),
    ('a01', 'We can argue about the number', ('Katrin Vollmer',)),
    ('a01', 'no longer argue about whether', ('Katrin Vollmer',)),
    ('a01', 'predict what Congress will do', ('Harold Fenwick-Ames',)),
    ('a01', 'a loan with a smile', ('Rajiv Malhotra',)),
    ('a01', 'better than the cynics expected', ('Lise Andersen',)),
    ('a01', 'left with photo opportunities',
     ('A delegate from a Caribbean state', 'delegate', 'A delegate')),
    ('a01', 'scale up finance with urgency',
     ('The summit’s final communique', 'communique', 'final communique',
      'The summit’s final communique commits signatories')),
    ('a02', 'run out of road', ('Dragan Korvat',)),
    ('a02', 'We have been patient for thirty years', ('Ioana Petrescu-Vladu',)),
    ('a02', 'thirty more days', ('Ioana Petrescu-Vladu',)),
    ('a02', 'every reasonable compromise', ('Dragan Korvat',)),
    ('a02', 'becomes a performance', ('Dragan Korvat',)),
    ('a02', 'I would say it was a meeting', ('Johann Pichler',)),
    ('a02', 'That is progress of a kind', ('Johann Pichler',)),
    ('a02', 'put something concrete on the table', ('Adriana Lungu',)),
    ('a02', 'It was not discussed', ('Adriana Lungu',)),
    ('a02', 'nobody at our embassy reads',
     ('A senior Lusatian official', 'official', 'the official')),
    ('a02', 'Walking away is what they want', ('Ioana Petrescu-Vladu',)),
    ('a02', 'not going to give it to them', ('Ioana Petrescu-Vladu',)),
    ('a03', 'tourists with clipboards', ('Stefan Oravec',)),
    ('a03', 'deeply insulting to people', ('Philippa Ashcombe',)),
    ('a03', 'not how friends speak', ('Philippa Ashcombe',)),
    ('a03', 'We expect an apology', ('Philippa Ashcombe',)),
    ('a03', 'I had a frank conversation', ('Stefan Oravec',)),
    ('a03', 'letting an ambassador run rings', ('Gareth Pryce-Morgan',)),
    ('a03', 'A summons is a slap on the wrist', ('Gareth Pryce-Morgan',)),
    ('a03', 'on a plane home', ('Gareth Pryce-Morgan',)),
    ('a03', 'seen things no tourist ever would', ('Aid Without Borders', 'The charity', 'charity')),
    ('a03', 'deserve better than a soundbite', ('Miriam Okafor',)),
    ('a03', 'more sad than angry-making', ('Tom Hesketh',)),
    ('a03', 'Tourists don’t get shot at', ('Tom Hesketh',)),
    ('a03', 'full confidence', ('Downing Street',)),
    ('a04', 'didn’t send me here for the weather', ('Rosalind Achterberg',)),
    ('a04', 'shut up and listen', ('Rosalind Achterberg',)),
    ('a04', 'a statement is a tool', ('Rosalind Achterberg',)),
    ('a04', 'Every day. Anyone in this job', ('Rosalind Achterberg',)),
    ('a04', 'She never looked like', ('Marcus Oyelaran',)),
    ('a04', 'calmest person in the building', ('Marcus Oyelaran',)),
    ('a04', 'Fewer cables, more coffee', ('Rosalind Achterberg',)),
    ('a05', 'History has weighed on us', ('Park Min-jun',)),
    ('a05', 'stop letting it decide everything', ('Park Min-jun',)),
    ('a05', 'deeply regrets', ('Haruto Ishikawa',)),
    ('a05', 'to listen as well as to speak', ('Haruto Ishikawa',)),
    ('a05', 'a handshake without an apology', ('Lee Soo-yeon',)),
    ('a05', 'traded our history for a photo', ('Lee Soo-yeon',)),
    ('a05', 'Nobody is going to fall in love', ('Kim Dae-ho',)),
    ('a05', 'that is not nothing', ('Kim Dae-ho',)),
    ('a05', 'He said regret', ('Kim Hye-jin',)),
    ('a05', 'someone who means it', ('Kim Hye-jin',)),
    ('a06', 'interference', (None, NO_QUOTATION)),
    ('a06', 'pure fabrication', ('Wang Lixin',)),
    ('a06', 'China has never interfered', ('Wang Lixin',)),
    ('a06', 'look in the mirror', ('Wang Lixin',)),
    ('a06', 'regrettable but not surprising', ('Chen Yu-ting',)),
    ('a06', 'for scheduling reasons', ('Faridah Hassan', 'Datuk Faridah Hassan')),
    ('a06', 'The schedule is the schedule', ('Faridah Hassan', 'Datuk Faridah Hassan')),
    ('a06', 'can do the arithmetic', ('Zhao Jianguo',)),
    ('a06', 'largest trading partner', ('Zhao Jianguo',)),
    ('a06', 'I have already answered this question', ('Wang Lixin',)),
    ('a07', 'a lecture from people', ('Szalai Dóra',)),
    ('a07', 'copied paragraphs from French', ('Szalai Dóra',)),
    ('a07', 'undemocratic in Paris', ('Szalai Dóra',)),
    ('a07', 'foreign-supported media', (None, NO_QUOTATION)),
    ('a07', 'creative', ('Margarethe Lindqvist',)),
    ('a07', 'decide who is a journalist', ('Margarethe Lindqvist',)),
    ('a07', 'first test case', ('Tóth Gábor',)),
    ('a07', 'probably lose again', ('Tóth Gábor',)),
    ('a07', 'Gábor always expects the worst', ('Tóth Eszter',)),
    ('a07', 'survived so long in this job', ('Tóth Eszter',)),
    ('a07', 'Nobody is closing any newspaper', ('Nagy Péter',)),
    ('a07', 'Is that so terrible?', ('Nagy Péter',)),
    ('a08', 'The convoy was clearly marked', ('Gustavo Ferreira-Lima',)),
    ('a08', 'no version of events', ('Gustavo Ferreira-Lima',)),
    ('a08', 'let the trucks through', ('Gustavo Ferreira-Lima',)),
    ('a08', 'seen no evidence that its forces', ('Viktor Dragomir',)),
    ('a08', 'The word impartial is important', ('Viktor Dragomir',)),
    ('a08', 'Everyone in this room has seen the evidence', ('Denise Whitfield-Carter',)),
    ('a08', 'quiet but deliberate', ('Nadia Qureshi',)),
    ('a08', 'Four or five of them', ('Nadia Qureshi',)),
    ('a08', 'unlikely before tomorrow', ('A council diplomat', 'council diplomat', 'diplomat')),
    ('a08', 'reconvene at ten tomorrow', ('Ingrid Solheim',)),
    ('a08', 'use the night well', ('Ingrid Solheim',)),
    ('a09', 'chose', (None, NO_QUOTATION)),
    ('a09', 'made a choice, every single night', ('Gregory Tannenbaum',)),
    ('a09', 'The charts say Mrs. Sullivan ate', ('Gregory Tannenbaum',)),
    ('a09', 'which one is lying', ('Gregory Tannenbaum',)),
    ('a09', 'dangerously, chronically understaffed', ('Rachel Soong',)),
    ('a09', 'doing the work of three people', ('Rachel Soong',)),
    ('a09', 'They should be', ('Rachel Soong',)),
    ('a09', 'I’ll handle it', ('Lorraine Bickford',)),
    ('a09', 'She told me', ('Kayla Dupree',)),
    ('a09', 'Some nights it was 25', ('Kayla Dupree',)),
    ('a09', 'This is a courtroom', ('Harriet Mulcahy',)),
    ('a09', 'watch the rest of this trial from the hallway', ('Harriet Mulcahy',)),
    ('a09', 'answers, not just a verdict', ('Michael Sullivan',)),
    ('a10', 'breathtaking', (None, NO_QUOTATION, 'Carolyn Osei-Mensah')),
    ('a10', 'taken textbooks out of children’s hands', ('Carolyn Osei-Mensah',)),
    ('a10', 'breathtaking in its scale', ('Carolyn Osei-Mensah',)),
    ('a10', 'golf memberships', ('prosecutors',)),
    ('a10', 'pattern of concealment', ('Court filings', 'filings')),
    ('a10', 'lost everything that made his life', ('Stuart Feldkamp',)),
    ('a10', 'I am ashamed', ('Dennis Varga',)),
    ('a10', 'family not be punished', ('Dennis Varga',)),
    ('a10', 'a moment of weakness', ('Natalie Brougham',)),
    ('a10', 'booking a tee time', ('Natalie Brougham',)),
    ('a10', 'cannot return what was taken', ('Anthony Reyes-Carrillo',)),
    ('a10', 'Whatever it takes', ('Carolyn Osei-Mensah',)),
    ('a11', 'less than two seconds', ('Darnell Whitaker',)),
    ('a11', 'indistinguishable from a real firearm', ('Darnell Whitaker',)),
    ('a11', 'He called me at midnight', ('Teresa Lavergne',)),
    ('a11', 'I didn’t want this', ('Teresa Lavergne',)),
    ('a11', 'possibly suicidal male',
     ('The department’s statement', 'statement', 'department’s statement')),
    ('a11', 'standard procedure', ('Darnell Whitaker',)),
    ('a11', 'every second of it', ('Alan Hutchins',)),
    ('a11', 'Then we’ll decide', ('Alan Hutchins',)),
    ('a11', 'A mother called for help', ('Kenya Mitchell',)),
    ('a11', 'She got a gun', ('Kenya Mitchell',)),
    ('a12', 'ruthless', (None, NO_QUOTATION)),
    ('a12', 'treated children as disposable', ('Patricia Hallworth',)),
    ('a12', 'sat at the top of this enterprise', ('Patricia Hallworth',)),
    ('a12', 'cheapest raw material', ('Andrew Castleford',)),
    ('a12', 'This was a business', ('Andrew Castleford',)),
    ('a12', 'a product of exactly the system', ('Nia Abernethy',)),
    ('a12', 'victims, not criminals', ('Graham Whitlow',)),
    ('a12', 'My son is safe now', ('The mother of one of the boys', 'mother', 'The mother')),
    ('a13', 'Never Lied', (None, NO_QUOTATION, 'Julian Strachey-Holt')),
    ('a13', 'never once lied', ('Julian Strachey-Holt',)),
    ('a13', 'turned on a dime', ('Julian Strachey-Holt',)),
    ('a13', 'Did you ever tell an investor', ('Benjamin Oduya',)),
    ('a13', 'Never', ('Julian Strachey-Holt',)),
    ('a13', 'Not once', ('Julian Strachey-Holt',)),
    ('a13', 'make the March numbers look like February', ('Julian Strachey-Holt',)),
    ('a13', 'What did you mean by that?', ('Felicity Marchetti',)),
    ('a13', 'formatting should be consistent', ('Julian Strachey-Holt',)),
    ('a13', 'change the returns', ('Priya Venkataraman',)),
    ('a13', 'no other way to read it', ('Priya Venkataraman',)),
    ('a13', 'before the holiday', ('Warren Eichler',)),
    ('a13', 'the jury would like that too', ('Warren Eichler',)),
    ('a14', 'the condition of having nowhere to go',
     ('Lucinda Marbury', 'the majority', 'majority')),
    ('a14', 'ignored the plain facts', ('Lucinda Marbury',)),
    ('a14', 'can be obeyed only by those', ('Lucinda Marbury',)),
    ('a14', 'a law about status', ('Lucinda Marbury',)),
    ('a14', 'written a policy paper', ('Raymond Tillotson',)),
    ('a14', 'Cities, not courts', ('Raymond Tillotson',)),
    ('a14', 'considering all options', ('Gail Henderson-Park',)),
    ('a14', 'arrest someone for being tired', ('Omar Siddiqui',)),
    ('a14', 'It’s that simple', ('Omar Siddiqui',)),
    ('a14', 'I’ve had four tickets', ('Deborah Kline',)),
    ('a14', 'Every one of them was for sleeping', ('Deborah Kline',)),
    ('a15', 'choppy', (None, NO_QUOTATION, 'Margaret Osterhaus')),
    ('a15', 'a choppy year, possibly two', ('Margaret Osterhaus',)),
    ('a15', 'Consumers are trading down', ('Margaret Osterhaus',)),
    ('a15', 'That’s on me', ('Margaret Osterhaus',)),
    ('a15', 'run their course', ('Devin Acheson',)),
    ('a15', 'price our way out of this', ('Devin Acheson',)),
    ('a15', 'private-label threat is overstated', ('Rebecca Lindqvist',)),
    ('a15', 'no longer overstated', ('Margaret Osterhaus',)),
    ('a15', 'finally said out loud', ('Kenneth Mbeki',)),
    ('a15', 'Every time they miss a number', ('Sharon Dwyer',)),
    ('a15', 'efficiency', ('Sharon Dwyer', None, NO_QUOTATION)),
    ('a15', 'We know what that means', ('Sharon Dwyer',)),
    ('a16', 'not imminent', (None, NO_QUOTATION, 'Fiona Drummond-Hay')),
    ('a16', 'Inflation is coming down', ('Fiona Drummond-Hay',)),
    ('a16', 'late and right than early and wrong', ('Fiona Drummond-Hay',)),
    ('a16', 'upside risks', ('The bank’s statement', 'statement', 'bank’s statement')),
    ('a16', 'slowing more than our forecasts', ('Alasdair Menzies',)),
    ('a16', 'Waiting has a cost too', ('Alasdair Menzies',)),
    ('a16', 'sounded tougher than the statement', ('Kirsty Baillie',)),
    ('a16', 'tougher than the data', ('Kirsty Baillie',)),
    ('a16', 'a coin toss', ('Lachlan Reid',)),
    ('a16', 'I would prefer a lot of things', ('Andrew Kinnaird',)),
    ('a16', 'doesn’t take instructions from me', ('Andrew Kinnaird',)),
    ('a17', 'We didn’t want this', ('Amalia Fuentes',)),
    ('a17', 'eight months to make a fair offer', ('Amalia Fuentes',)),
    ('a17', 'a generous, responsible package', ('Curtis Bellweather',)),
    ('a17', 'Our riders are the ones paying', ('Curtis Bellweather',)),
    ('a17', 'working split shifts', ('Luis Ochoa',)),
    ('a17', 'safely at hour 13', ('Luis Ochoa',)),
    ('a17', 'I get it, I really do', ('Hannah Pruitt',)),
    ('a17', 'before my feet give out', ('Hannah Pruitt',)),
    ('a17', 'Nobody wins a long strike', ('Keith Dunmore',)),
    ('a17', 'Least of all the people', ('Keith Dunmore',)),
    ('a17', 'monitoring the situation closely', ('Lena Castañeda',)),
    ('a18', 'I hired people who were smarter', ('Celeste Amundsen',)),
    ('a18', 'It really is the whole trick', ('Celeste Amundsen',)),
    ('a18', 'most competitive person I have ever met', ('Graham Oyelowo',)),
    ('a18', 'taken your best route', ('Graham Oyelowo',)),
    ('a18', 'gate C14', ('Celeste Amundsen',)),
    ('a18', 'rebook a stranded family', ('Celeste Amundsen',)),
    ('a18', 'The margins are real', ('Dale Hruska',)),
    ('a18', 'haven’t had a real raise', ('Dale Hruska',)),
    ('a18', 'Dale’s not wrong about the raises', ('Celeste Amundsen',)),
    ('a18', 'That’s next', ('Celeste Amundsen',)),
    ('a19', 'most promising oral pipeline', ('Nathan Feld',)),
    ('a19', 'years faster than Osprey could alone', ('Nathan Feld',)),
    ('a19', 'never about selling', ('Ling Huang',)),
    ('a19', 'It was about scale', ('Ling Huang',)),
    ('a19', 'paying for a lot of hope', ('Martin Sauer',)),
    ('a19', 'Phase two data', ('Martin Sauer',)),
    ('a19', 'expensive but strategically inevitable', ('Elena Marchetti',)),
    ('a19', 'someone else would have by Christmas', ('Elena Marchetti',)),
    ('a19', 'They don’t expect a fight',
     ('A person familiar with the matter', 'person', 'the person')),
    ('a20', 'right leader at the right time', ('Gerald Koenig',)),
    ('a20', 'she knows where this industry is going', ('Gerald Koenig',)),
    ('a20', 'honored and humbled', ('Patricia Oduya-Sands',)),
    ('a20', 'still special twenty years from now', ('Patricia Oduya-Sands',)),
    ('a20', 'learn to sail for 40 years', ('Walter Brinkman',)),
    ('a20', 'running out of excuses', ('Walter Brinkman',)),
    ('a20', 'depend on your ZIP code', ('Patricia Oduya-Sands',)),
    ('a21', 'The recession everyone expected never came', ('Hamid Rostami',)),
    ('a21', 'looking at the wrong numbers', ('Hamid Rostami',)),
    ('a21', 'refused to cooperate', ('Hamid Rostami',)),
    ('a21', 'labour hoarding', ('Hamid Rostami',)),
    ('a21', 'Joanna may well be right', ('Hamid Rostami',)),
    ('a21', 'Hamid is an optimist', ('Joanna Whitlock',)),
    ('a21', 'most dangerous one', ('Joanna Whitlock',)),
    ('a22', 'entirely preventable', ('Yvonne Castellanos',)),
    ('a22', 'didn’t have to get sick', ('Yvonne Castellanos',)),
    ('a22', 'no known link to the original cluster', ('Raymond Achebe',)),
    ('a22', 'community transmission', ('Raymond Achebe',)),
    ('a22', 'I put it off', ('Jessica Harlan',)),
    ('a22', 'what am I waiting for', ('Jessica Harlan',)),
    ('a22', 'I’ll take my chances',
     ('A father of three', 'father', 'A father of three who declined to give his name')),
    ('a22', 'not a mild illness', ('Yvonne Castellanos',)),
    ('a22', 'would not wish it on any family', ('Yvonne Castellanos',)),
    ('a23', 'association was strong', ('Sunniva Haugland',)),
    ('a23', 'can’t prove that walking prevents dementia', ('Sunniva Haugland',)),
    ('a23', 'consistent with a protective effect', ('The paper itself', 'paper', 'The paper')),
    ('a23', 'size of the study is impressive', ('Benedict Okoye',)),
    ('a23', 'simply walk less', ('Benedict Okoye',)),
    ('a23', 'Benedict is right to raise it', ('Sunniva Haugland',)),
    ('a23', 'The effect was still there', ('Sunniva Haugland',)),
    ('a23', 'encouraging', ('The Alzheimer’s Research Trust', 'Alzheimer’s Research Trust')),
    ('a23', 'more work is needed',
     ('The Alzheimer’s Research Trust', 'Alzheimer’s Research Trust')),
    ('a24', 'I thought I was just tired', ('Maribel Quintero',)),
    ('a24', 'three doctors before anyone said', ('Maribel Quintero',)),
    ('a24', 'very typical', ('Elliot Brennan-Shaw',)),
    ('a24', 'won’t do what she tells it', ('Elliot Brennan-Shaw',)),
    ('a24', 'sounds like doing nothing', ('Elliot Brennan-Shaw',)),
    ('a24', 'very hard work', ('Elliot Brennan-Shaw',)),
    ('a24', 'She apologizes all the time', ('Raúl Quintero',)),
    ('a24', 'apologize for being sick', ('Raúl Quintero',)),
    ('a24', 'people telling me I look fine', ('Maribel Quintero',)),
    ('a24', 'That’s the problem', ('Maribel Quintero',)),
    ('a25', 'gives families an option', ('Miriam Castellano-Reyes',)),
    ('a25', 'lived in fear of a crumb', ('Anand Iyer',)),
    ('a25', 'peanut butter sandwich', ('Colleen Marsh',)),
    ('a25', 'end in the emergency room', ('Colleen Marsh',)),
    ('a25', 'life-altering', ('Rachel Adeyemi',)),
    ('a25', 'his first sleepover', ('Rachel Adeyemi',)),
    ('a26', 'exhausted', ('NHS trust', 'trust', 'East Riding Hospitals Trust', 'managers')),
    ('a26', 'never done this', ('Bernadette Kavanagh',)),
    ('a26', 'Somebody is going to die', ('Bernadette Kavanagh',)),
    ('a26', 'remains our absolute priority', ('Colin Ashworth',)),
    ('a26', 'every effort', ('Colin Ashworth',)),
    ('a26', 'refused to put a single extra nurse', ('Janet Okonjo',)),
    ('a26', 'Show us', ('Janet Okonjo',)),
    ('a26', 'Who’s striking for me?', ('Derek Simmons',)),
    ('a26', 'a matter for the trust', ('Eleanor Vaughan-Pryce',)),
    ('a26', 'from Whitehall', ('Eleanor Vaughan-Pryce',)),
    ('a27', 'most important economic development vote', ('Rosa Delgado-Whitman',)),
    ('a27', 'paid for by the renters', ('Frank Ostrowski',)),
    ('a27', 'while we close two libraries', ('Frank Ostrowski',)),
    ('a27', 'not going to try', ('Frank Ostrowski',)),
    ('a27', 'took a swing tonight', ('Janet Kwiatkowski',)),
    ('a27', 'We’ll make you proud', ('Harold Treadwell',)),
    ('a27', 'My rent went up $400', ('Monique Bell',)),
    ('a27', 'Nobody built me a stadium', ('Monique Bell',)),
    ('a28', 'more time to get the language right', ('Dwayne Eckhart',)),
    ('a28', 'Passion is not the same as clarity', ('Dwayne Eckhart',)),
    ('a28', 'giving parents a voice', ('Lori Vanterpool',)),
    ('a28', 'books get removed', ('Kevin Asante',)),
    ('a28', 'That’s not a prediction', ('Kevin Asante',)),
    ('a28', 'Three', ('Susan Marchbanks',)),
    ('a28', 'I checked twice', ('Susan Marchbanks',)),
    ('a28', 'You can’t even listen to it', ('Tabitha Morrow',)),
    ('a28', 'want my daughter to read it', ('Tabitha Morrow',)),
    ('a28', 'follow whatever policy the board adopts', ('Paul Nakagawa',)),
    ('a29', 'asking police officers to be social workers', ('Andre Whitcombe',)),
    ('a29', 'let them be police officers', ('Andre Whitcombe',)),
    ('a29', 'Overtime isn’t a luxury', ('Brian Kowalczyk',)),
    ('a29', '200 officers short', ('Brian Kowalczyk',)),
    ('a29', 'no intention of leaving any shift unfilled', ('Ana Ruiz-Kemp',)),
    ('a29', 'I want to see the math', ('Gloria Hutchins',)),
    ('a29', 'where the 18 percent comes from', ('Gloria Hutchins',)),
    ('a29', 'It’s not a guess', ('Samuel Oyeyemi',)),
    ('a29', 'walk anyone through it', ('Samuel Oyeyemi',)),
    ('a29', 'Nothing in this document is final', ('Gloria Hutchins',)),
    ('a29', 'until this council says it is', ('Gloria Hutchins',)),
    ('a30', 'listen to the people who actually live out there', ('Earl Stuckey',)),
    ('a30', 'nothing against solar', ('Earl Stuckey',)),
    ('a30', 'biggest check this county', ('Linda Haverford',)),
    ('a30', 'remember that at budget time', ('Linda Haverford',)),
    ('a30', 'disappointed', ('Sunfield Renewables',)),
    ('a30', 'including legal options', ('Sunfield Renewables',)),
    ('a30', 'protecting farmland', ('Gene Albrecht',)),
    ('a30', 'Nobody asked me', ('Gene Albrecht',)),
    ('a30', 'not against progress', ('Patty Lindquist',)),
    ('a30', 'somewhere else', ('Patty Lindquist',)),
    ('a31', 'a great deal of nerve', ('Harriet Okonkwo-Lindgren',)),
    ('a31', 'The man who told me that was a judge', ('Harriet Okonkwo-Lindgren',)),
    ('a31', 'he was wrong', ('Harriet Okonkwo-Lindgren',)),
    ('a31', 'Why?', ('Harriet Okonkwo-Lindgren',)),
    ('a31', 'one word in the margin', ('Thomas Bjornstad',)),
    ('a31', 'decided what happened to people', ('Harriet Okonkwo-Lindgren',)),
    ('a31', 'decide for themselves', ('Harriet Okonkwo-Lindgren',)),
    ('a31', 'correcting my grammar on Thursday', ('Adaeze Lindgren',)),
    ('a31', 'so happy to be corrected', ('Adaeze Lindgren',)),
    ('a32', 'the Pothole King', (None, NO_QUOTATION)),
    ('a32', 'CARDELLO FIXES WHAT ALBANY',
     ('his homemade billboard', 'homemade billboard', 'billboard', None, NO_QUOTATION)),
    ('a32', 'Dad would have hated that', ('Anthony Cardello',)),
    ('a32', 'go out on a paver', ('Anthony Cardello',)),
    ('a32', 'He didn’t expect them to', ('Anthony Cardello',)),
    ('a32', 'pile of invoices', ('Anthony Cardello',)),
    ('a32', 'God’s way of reminding us', ('Vince Cardello',)),
    ('a32', 'a pain in my neck', ('Maryanne Pirozzi',)),
    ('a32', 'wrong about half the time', ('Maryanne Pirozzi',)),
    ('a32', 'change one word', ('Paul Cardello',)),
    ('a32', 'CARDELLOS', ('Paul Cardello', None, NO_QUOTATION)),
    ('a32', 'a good man with a loud mouth', ('Rosemarie Cardello', 'Rosemarie')),
    ('a33', 'Some judges sit back', ('Michael Okafor',)),
    ('a33', 'explain it to me like I’m a juror', ('Beatrix Szőke',)),
    ('a33', 'the whole case changes', ('Michael Okafor',)),
    ('a33', 'never trusted anything he didn’t understand', ('Beatrix Szőke',)),
    ('a33', 'promoted twice for it', ('Beatrix Szőke',)),
    ('a33', 'do the defense’s job for them',
     ('One veteran assistant state’s attorney', 'assistant state’s attorney', 'attorney')),
    ('a33', 'I must be doing something right', ('Beatrix Szőke',)),
    ('a33', 'without being cross-examined', ('Daniel Reiss',)),
    ('a33', 'haven’t finished a sentence', ('Daniel Reiss',)),
    ('a34', 'glad he’s finally behind bars',
     ('Sandra Pickles', 'Julie Marsden', 'one of his victims')),
    ('a34', 'most charming man I ever met', ('Sandra Pickles',)),
    ('a34', 'I was paying for them', ('Sandra Pickles',)),
    ('a34', 'Do you know a Barry Thwaite?', ('The officer', 'officer')),
    ('a34', 'I’m married to him', ('Julie Marsden',)),
    ('a34', 'So are three other women', ('The officer', 'officer')),
    ('a34', 'a practised and heartless fraudster', ('Ryan Hollis',)),
    ('a34', 'recently been widowed', ('Ryan Hollis',)),
    ('a34', 'broken hearts and empty bank accounts', ('Michael Whitcroft',)),
    ('a35', 'within weeks, not months', ('Thomas Ridgeway',)),
    ('a35', 'I’ve seen a lot of floods', ('Thomas Ridgeway',)),
    ('a35', 'hit this many families this fast', ('Thomas Ridgeway',)),
    ('a35', 'saw it with his own eyes', ('Kristin Ahlquist',)),
    ('a35', 'as fast as the water did', ('Kristin Ahlquist',)),
    ('a35', 'seems like a decent guy', ('Duane Hostetler',)),
    ('a35', 'In 2019 it was eleven months', ('Duane Hostetler',)),
    ('a35', 'third major flood in six years', ('Lorraine Vandermeer',)),
    ('a35', 'not just the checks', ('Lorraine Vandermeer',)),
    ('a35', 'That’s fair criticism', ('Thomas Ridgeway',)),
    ('a35', 'Hold me to it', ('Thomas Ridgeway',)),
    ('a36', 'Can we hold off on Sal’s places', ('Brenda Tolliver',)),
    ('a36', 'He’s got a lot going on', ('Brenda Tolliver',)),
    ('a36', 'on the regular schedule, Brenda', ('Kwame Asante',)),
    ('a36', 'can’t move them without a reason', ('Kwame Asante',)),
    ('a36', 'Find a reason', ('Brenda Tolliver',)),
    ('a36', 'never asked anyone for any favor', ('Salvatore Benedetto',)),
    ('a36', 'kept the texts', ('Kwame Asante',)),
    ('a36', 'scheduled efficiently', ('Greg Feeney',)),
    ('a36', 'taken wildly out of context', ('Greg Feeney',)),
    ('a36', 'The context is worse', ('Ruth Oyelaran',)),
    ('a37', 'expecting to confirm the models', ('Ingrid Halvorsen',)),
    ('a37', 're-checking our instruments', ('Ingrid Halvorsen',)),
    ('a37', 'Half a degree doesn’t sound like much', ('Takeshi Moriyama',)),
    ('a37', 'an enormous amount of heat', ('Takeshi Moriyama',)),
    ('a37', 'working inside a freezer', ('Fatima Al-Rashid',)),
    ('a37', 'a very important data point', ('Peter Lindemann',)),
    ('a37', 'It is one data point', ('Peter Lindemann',)),
    ('a37', 'Peter is right to ask for more data', ('Ingrid Halvorsen',)),
    ('a37', 'going back in November', ('Ingrid Halvorsen',)),
    ('a38', 'The Weight of Small Things', (None, NO_QUOTATION)),
    ('a38', 'by a paraffin lamp', ('Cordelia Ashdown',)),
    ('a38', 'I had electricity', ('Cordelia Ashdown',)),
    ('a38', 'The sea talks enough', ('Morag',)),
    ('a38', 'Salt Year', (None, NO_QUOTATION)),
    ('a38', 'Cordelia writes like', ('Jonathan Pryce-Evans',)),
    ('a38', 'The reader ends up wanting', ('Jonathan Pryce-Evans',)),
    ('a38', 'never leaves the harbour',
     ('The Literary Quarterly’s reviewer', 'reviewer', 'The Literary Quarterly')),
    ('a39', 'It costs what it costs', ('Dale Pruett',)),
    ('a39', 'I’m not running a charity', ('Dale Pruett',)),
    ('a39', 'highway robbery', ('Roy Pruett',)),
    ('a39', 'Dale knows the city can’t absorb that', ('Roy Pruett',)),
    ('a39', 'at Thanksgiving', ('Roy Pruett',)),
    ('a39', 'We have options', ('Olivia Grantham',)),
    ('a39', 'rather not use them', ('Olivia Grantham',)),
    ('a39', 'fought over the top bunk', ('Evelyn Pruett',)),
    ('a39', 'They always do', ('Evelyn Pruett',)),
    ('a39', 'isn’t the sheriff’s number', ('Bill Hanover',)),
    ('a39', 'It’s the auditor’s', ('Bill Hanover',)),
    ('a40', 'moved the goalposts', ('Mateusz Wierzbicki',)),
    ('a40', 'close a deal', ('Mateusz Wierzbicki',)),
    ('a40', 'open a new one', ('Mateusz Wierzbicki',)),
    ('a40', 'clear from day one', ('Caroline Ashby-Nunez',)),
    ('a40', 'finally read our proposal', ('Caroline Ashby-Nunez',)),
    ('a40', 'frosty but professional',
     ('A senior EU diplomat', 'diplomat', 'A senior EU diplomat involved in the negotiations')),
    ('a40', 'Not everything is likely', ('Another', 'another')),
    ('a40', 'costs our members jobs', ('Heinrich Baumann',)),
    ('a40', 'the bargaining chip', ('Leo Kaczmarek',)),
    ('a40', 'My phone is always on', ('Mateusz Wierzbicki',)),
    ('a41', 'on track', (None, NO_QUOTATION, 'Liu Zhenhua')),
    ('a41', 'not a company that builds politics', ('Liu Zhenhua',)),
    ('a41', 'keep our promise to Hungary', ('Liu Zhenhua',)),
    ('a41', 'counting the days', ('Kovács László',)),
    ('a41', 'worried about jobs', ('Kovács László',)),
    ('a41', 'prepared for several scenarios', ('Sun Meiling',)),
    ('a41', 'European plant is on schedule', ('Julia Hoffmeister',)),
    ('a41', 'Very few of them are', ('Julia Hoffmeister',)),
    ('a41', 'You are right to ask', ('Liu Zhenhua',)),
    ('a41', 'you will not need to', ('Liu Zhenhua',)),
    ('a42', '58 people signed up', ('Theresa Quinlan',)),
    ('a42', 'Please be kind', ('Theresa Quinlan',)),
    ('a42', 'out-of-state corporation', ('Doug Ferreira',)),
    ('a42', 'This is my pension', ('Doug Ferreira',)),
    ('a42', 'Doug’s a nice guy', ('Karen Yoshida',)),
    ('a42', 'It would be challenged', ('Nora Fitzgerald',)),
    ('a42', 'I’d want more time', ('Nora Fitzgerald',)),
    ('a42', 'a hypocrite', ('A speaker', 'speaker')),
    ('a42', 'My sister is an adult', ('Sheila Ortiz-Grant',)),
    ('a42', 'right, not fast', ('Andre Bellamy',)),
    ('a42', 'Thank you all for coming', ('Theresa Quinlan',)),
    ('a42', 'the ending anyone wanted', ('Theresa Quinlan',)),
    ('a43', 'He leaned over the bar', ('Alicia Brandt',)),
    ('a43', 'If Marcus comes in, call somebody', ('Terrell Jennings',)),
    ('a43', 'You’ll know', ('Terrell Jennings',)),
    ('a43', 'goes to the victim’s state of mind', ('Annette Kowalski',)),
    ('a43', 'for that purpose only', ('Annette Kowalski',)),
    ('a43', 'Four, maybe five', ('Alicia Brandt',)),
    ('a43', 'So he was drunk', ('Jerome Whitfield',)),
    ('a43', 'He was scared', ('Alicia Brandt',)),
    ('a43', 'That wasn’t drunk', ('Alicia Brandt',)),
    ('a43', 'exactly what we expected', ('Monica Lee-Harrington',)),
    ('a43', 'Read the transcript', ('Jerome Whitfield',)),
    ('a44', 'How much of this job is phone calls', ('Naledi Mokoena-Briggs',)),
    ('a44', 'I’m careful with that phrase', ('Naledi Mokoena-Briggs',)),
    ('a44', '2,100 families who did', ('Naledi Mokoena-Briggs',)),
    ('a44', 'at a generational low', ('Alan Grieves',)),
    ('a44', 'Alan was right', ('Naledi Mokoena-Briggs',)),
    ('a44', 'more certainty than we had', ('Naledi Mokoena-Briggs',)),
    ('a44', 'Naledi is being generous', ('Alan Grieves',)),
    ('a44', 'most of the reason', ('Alan Grieves',)),
    ('a44', 'School nurses', ('Naledi Mokoena-Briggs',)),
    ('a45', 'I’ve been to the scenes', ('Raymond Castillo',)),
    ('a45', 'My opponent has read about it', ('Raymond Castillo',)),
    ('a45', 'Ray is a good man', ('Ellen Birkeland',)),
    ('a45', 'arrest your way out of a housing shortage', ('Ellen Birkeland',)),
    ('a45', 'I favor whoever wins', ('Dennis Haugen',)),
    ('a45', 'hand them the keys', ('Dennis Haugen',)),
    ('a45', 'a superpower', ('Patricia Stroud',)),
    ('a45', 'He just also acts', ('Teddy Ruiz',)),
    ('a45', 'Teddy’s doing his job', ('Ellen Birkeland',)),
    ('a45', 'I taught half his cousins', ('Ellen Birkeland',)),
]  # fmt: skip

KNOWN_WRONG_44: dict[tuple[str, str], tuple[str | None, str]] = {  # what it gives, why
    ('a01', 'scale up finance with urgency'): (
        'summit’s final communique commits',
        'the right document in another form: "The summit’s final communique commits '
        'signatories to “…”": the verb kept in the name',
    ),
    ('a02', 'run out of road'): (
        'her counterpart across the table',
        'the right person given by a description: "her counterpart across the table said '
        'they had “…”" — Mr. Korvat is named in the next paragraph',
    ),
    ('a03', 'tourists with clipboards'): (
        NO_QUOTATION,
        '"he described British aid workers as ‘tourists with clipboards’ in a television '
        'interview": a short single-quoted phrase in a British paper read as a scare quote',
    ),
    ('a06', 'interference'): (
        'China',
        'a headline\'s scare quote ("China rejects ‘interference’ claims") given the '
        "headline's subject",
    ),
    ('a06', 'pure fabrication'): (
        'China’s Foreign Ministry',
        'a defensible reading the list did not allow: "China’s Foreign Ministry … dismissed'
        ' accusations …, calling the reports “…”" — the ministry is the sentence\'s subject;'
        ' its spokesman is named after',
    ),
    ('a07', 'foreign-supported media'): (
        'law',
        'a defensible reading the list did not allow: "The law requires news outlets … to '
        'register as “…”": the law\'s own term',
    ),
    ('a09', 'chose'): (
        'prosecutor',
        'a headline\'s quoted word given the headline\'s subject ("Prosecutor tells jury '
        'nurse ‘chose’ …"): defensible, the prosecutor says it in the lede',
    ),
    ('a09', 'made a choice, every single night'): (
        'a prosecutor',
        'the right person given by a description: the lede\'s "a prosecutor told jurors", '
        'named in the next paragraph',
    ),
    ('a10', 'breathtaking'): (
        'judge sentences former treasurer to 9 years',
        'a headline\'s quoted word ("Judge sentences former treasurer to 9 years, citing '
        '‘breathtaking’ betrayal"): the headline\'s clause up to its comma is taken for a '
        'name',
    ),
    ('a10', 'taken textbooks out of children’s hands'): (
        'A federal judge',
        'the right person given by a description: the lede\'s "A federal judge", named in '
        'the next paragraph',
    ),
    ('a11', 'possibly suicidal male'): (
        'department',
        'the right source in another form: "The department’s statement said …": the '
        "statement's owner",
    ),
    ('a12', 'My son is safe now'): (
        'Nia Abernethy',
        '"The mother of one of the boys, who cannot be named …, said: ‘…’": the nominal '
        'with "of" and a relative clause is not read as the subject; the speaker goes to a '
        'woman named before',
    ),
    ('a13', 'never once lied'): (
        'founder of a collapsed Manhattan hedge fund',
        'the right person given by a description: the lede\'s nominal, named in the next '
        'paragraph as "Mr. Julian Strachey-Holt, 46," (main gave the byline\'s "THOMAS '
        'ABERNATHY", read as a person the nominal referred to)',
    ),
    ('a13', 'turned on a dime'): (
        'founder of a collapsed Manhattan hedge fund',
        'the same',
    ),
    ('a15', 'choppy'): (
        'CEO',
        'a headline\'s quoted word given the headline\'s bare nominal ("CEO warns of ‘choppy’'
        ' year"): the right person given by a role',
    ),
    ('a15', 'a choppy year, possibly two'): (
        'Harrowgate Foods',
        '"after the packaged-food maker cut its forecast and its chief executive told '
        'analysts to expect “…”": the subordinate clause\'s second subject is not read, the '
        "main clause's company is given",
    ),
    ('a16', 'not imminent'): (
        'central bank',
        'a headline\'s quoted words given the headline\'s subject ("Central bank holds rates,'
        ' signals cut ‘not imminent’"): defensible, the bank says it through its governor',
    ),
    ('a16', 'upside risks'): (
        'bank',
        'the right source in another form: "The bank’s statement said …": the statement\'s '
        'owner',
    ),
    ('a21', 'The recession everyone expected never came'): (
        'an economist',
        'the right person given by a description: the Q&A headline\'s "an economist '
        'explains", named in the standfirst',
    ),
    ('a22', 'I’ll take my chances'): (
        'A father',
        'right person in another form: "A father of three who declined to give his name '
        'said …. “…,” he said" gives the indefinite cut at its head (sweep53; first judged: '
        'Raymond Achebe, as the speaker\'s "my" inside the quotation hid the indefinite)',
    ),
    ('a23', 'consistent with a protective effect'): (
        None,
        '"The paper itself describes the findings as “…”": the reflexive "itself" after the'
        ' subject leaves "describes … as" with no subject found',
    ),
    ('a23', 'encouraging'): (
        'Research Trust',
        'the right organisation in another form: "The Alzheimer’s Research Trust" cut at '
        'its possessive',
    ),
    ('a23', 'more work is needed'): (
        'Research Trust',
        'the same',
    ),
    ('a24', 'I thought I was just tired'): (
        None,
        'a feature\'s headline quotation with no cue ("‘…’: a patient’s year with long '
        'COVID"): the patient is named only in the body',
    ),
    ('a31', 'correcting my grammar on Thursday'): (
        'Harriet Okonkwo-Lindgren',
        '"Ms. Lindgren said" goes to the article\'s subject, whose hyphenated surname ends '
        'in Lindgren, not to the daughter named "Adaeze Lindgren"',
    ),
    ('a31', 'so happy to be corrected'): (
        'Harriet Okonkwo-Lindgren',
        'the same',
    ),
    ('a32', 'God’s way of reminding us'): (
        'Anthony Cardello',
        '"He was fond of telling customers that potholes were “…”": "He" (the man the '
        'obituary is about) goes to the son quoted last',
    ),
    ('a33', 'do the defense’s job for them'): (
        'Michael Okafor',
        '"One veteran assistant state’s attorney, who asked not to be named …, said her '
        'questions sometimes “…”": the indefinite subject with a relative clause is no '
        'mention; the last speaker is given',
    ),
    ('a34', 'Do you know a Barry Thwaite?'): (
        'Julie Marsden',
        'a quotation inside a quotation (‘The officer said, “…?” and I said, “…”’): the '
        'inner one\'s "The officer" is not given, the outer speaker is kept',
    ),
    ('a34', 'So are three other women'): (
        'Julie Marsden',
        'the same ("He said, “…”" inside her quotation)',
    ),
    ('a34', 'recently been widowed'): (
        'DC Hollis',
        'the right person in another form: "DC Hollis said" — the abbreviated rank "DC" '
        'kept in the name',
    ),
    ('a38', 'never leaves the harbour'): (
        'literary Quarterly’s reviewer',
        'the right person in another form: "The Literary Quarterly’s reviewer" with its '
        'case changed',
    ),
    ('a39', 'highway robbery'): (
        'his younger brother',
        'the right person given by a description: "His younger brother called the increase '
        '“…”": the kin nominal left bare',
    ),
    ('a41', 'on track'): (
        'Chinese EV maker’s chief',
        "a headline's quoted words given the headline's nominal: the right person given by "
        'a description',
    ),
    ('a42', 'out-of-state corporation'): (
        'Live Updates',
        'the live blog\'s heading "LIVE UPDATES:" read as a person, and "First speaker is '
        'Doug Ferreira, who …" (a copular sentence) names no subject, so "he tells" goes to'
        ' it',
    ),
    ('a42', 'This is my pension'): (
        'Live Updates',
        'the same',
    ),
}  # fmt: skip

OUTER_44 = {  # inside a quotation: the outer speaker's words (train's gold, attrib92)
    ('a09', 'I’ll handle it'): ('Kayla Dupree',),
    ('a31', 'Why?'): ('Thomas Bjornstad',),
    ('a33', 'explain it to me like I’m a juror'): ('Michael Okafor',),
    ('a43', 'If Marcus comes in, call somebody'): ('Alicia Brandt',),
    ('a43', 'You’ll know'): ('Alicia Brandt',),
}  # fmt: skip

test_probe_speaker_fifteenth_batch, test_fifteenth_batch_figure = judged_batch_tests(
    "probes44", PROBES, said_outside(PROBES_44, OUTER_44), KNOWN_WRONG_44, FIRST_JUDGED, size=455
)


# ---- mends (sentences written for the test, not the probes; each fails on main 343e584
# but the guard test_a_family_name_shared_by_two_is_no_one_alone, which holds there too)


def test_a_rank_the_title_list_lacks_before_a_name_of_a_body() -> None:
    """ "Detective Constable Nia Bell of Merseyside Police said": unlisted rank words, then a
    listed first name, then "of" and the body she serves — the person speaks, not the
    force (main gives "Merseyside Police")."""
    text = (
        "Detective Constable Nia Bell of Merseyside Police said the boys were \u201cvery "
        "brave.\u201d"
    )
    assert _speaker(text, "very brave") == "Nia Bell"


def test_a_family_name_written_first_is_the_name_alone_later() -> None:
    """ "Deng Huiming ... Deng, the ministry's spokesman, declined": the family name opens
    the full name, and alone it is that person (main: the last person named)."""
    text = (
        "Deng Huiming said the report was \u201cuntrue.\u201d\n\nA trade official, Joe "
        "Kerr, said it was \u201caccurate.\u201d\n\nDeng, the ministry\u2019s spokesman, "
        "declined to say more. \u201cI have answered that,\u201d he said."
    )
    assert _speaker(text, "I have answered that") == "Deng Huiming"


def test_a_family_name_shared_by_two_is_no_one_alone() -> None:
    """ "Another Ahn — Ahn Ji-woo, 88, …": the article writes the family name before two
    given names, so "Ahn" alone is neither; the one set off by dashes speaks."""
    text = (
        "Ahn Tae-sik, a professor, said it was \u201ca start.\u201d\n\nAnother Ahn \u2014 "
        "Ahn Ji-woo, 88, who lost her brother in the war \u2014 watched at home. "
        "\u201cI have heard that word before,\u201d she told a reporter."
    )
    assert _speaker(text, "heard that word before") == "Ahn Ji-woo"


def test_a_surname_the_tagger_makes_a_list_marker_opens_the_clause() -> None:
    """ "Whitfield/LS left the courthouse, telling one reporter: “…”": a list marker is a
    closed class no unknown capitalised word belongs to, so the surname is the subject of
    the participle's clause (main gives no speaker)."""
    text = (
        "Dana Whitfield is a defence lawyer.\n\nWhitfield left the courthouse, telling one "
        "reporter: \u201cRead the transcript.\u201d"
    )
    assert _speaker(text, "Read the transcript") == "Dana Whitfield"


def test_an_appositive_name_whose_given_name_has_a_lower_case_part() -> None:
    """ "Its floor leader, Lee Soo-yeon, called it “…”": the hyphenated given name's
    lower-case second part goes on the appositive name (main: the nominal)."""
    text = (
        "The opposition party objected.\n\nIts floor leader, Cho Min-seo, called the deal "
        "\u201ca photo opportunity.\u201d"
    )
    assert _speaker(text, "a photo opportunity") == "Cho Min-seo"


def test_a_byline_names_no_one_the_story_refers_to() -> None:
    """ "By JANE ROE" on a line of its own is the writer: the lede's nominal is no
    reference to her (main gives "JANE ROE")."""
    text = (
        "By JANE ROE\n\nThe chairwoman of a failed bank told the court on Monday that she "
        "had \u201cnever hidden a thing\u201d from regulators.\n\nMs. Ida Kessler, 61, is "
        "charged with fraud."
    )
    assert _speaker(text, "never hidden a thing") != "JANE ROE"
