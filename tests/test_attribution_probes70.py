"""attrib70: the twenty-sixth batch of invented probes (issue 15): 30 stories in the genres
and constructions the earlier batches covered least, written as reporters write them: wire
copy with datelines and a Reuters sign-off (a Lufthansa pilots' strike, Lisbon taxi drivers
blocking the airport road, a Lagos bridge closed by a ministry's statement), a Commons urgent
question with five MPs and the Speaker, a state House floor debate with a quotation running
over two paragraphs, a Bristol council vote, a Senate committee grilling a utility chief,
sports press conferences with the reporters' questions printed alone ("Was it a
penalty?"; "Q: ...") and an undrafted rookie, a Dutch coach called "the Dutchman", an
earnings report with a statement and an analyst's question, court reports (a carer jailed,
"Prosecuting, X said", "Defending, Y said", "Sentencing, Judge Z told her:", a victim's
statement read to the court, a hedge killing with a neighbour's overheard shout), an
employment tribunal's written judgment, a Dutch verdict, science (deep-sea microbes with
"the authors wrote" and an outside expert, a lunar lander's ice), local news (a village hall,
floods, a jeweller's robbery with "his nephew said", a mayor's recount and concession, a
head teacher's letter and a petition), an obituary built on old interviews, a hospital
kitchen feature in the present tense with an unnamed dietitian, a port chief's profile with
long insertions between the speaker and the cue and an anonymous shop steward, an audit
quoted "the audit says", a family's statement over three paragraphs, a sheriff's briefing
with a fronted cue ("Said Woods: “...”") and an arrest affidavit, a Kenyan midwife, a farmers'
survey "according to", and organisations and documents as sources throughout.

Every person is invented (a few public names appear in their public roles), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the articles and this list were committed first, 8ceecec). A nominal
speaker counts in either case of its first letter. First judged on main (450fcf5): 267 of
287 right (7.0% wrong) by the list as committed; 268 (6.6%) once its apostrophes were
written as the articles write them (8a84fc4: "Nigeria’s works ministry" was written with a
straight one, so On Record's right answer could not match). After the mends below: 277
(3.5% wrong). The quotations still wrong are listed in KNOWN_WRONG_70 with what On Record
gives and why; the figure is printed by ``test_twenty_sixth_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_70.json")
FIRST_JUDGED = 268  # right on main before any mend, of 287 (267 by the first list: see above)

PROBES_70: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('t01', 'We have made every offer', ('Matthias Kehrer',)),
    ('t01', 'Management has chosen confrontation', ('Matthias Kehrer',)),
    ('t01', 'completely disproportionate', ('Lufthansa',)),
    ('t01', 'We regret that the union',
     ('a Lufthansa spokeswoman', 'Lufthansa spokeswoman', 'spokeswoman')),
    ('t01', 'Passengers will be rebooked',
     ('a Lufthansa spokeswoman', 'Lufthansa spokeswoman', 'spokeswoman')),
    ('t01', 'The bigger risk is that', ('Daniel Roeska',)),
    ('t01', 'Investors can live with one day', ('Daniel Roeska',)),
    ('t01', 'at any hour of the day or night', ('Sabine Hollweg',)),
    ('t01', 'This is not about money for today', ('Sabine Hollweg',)),
    ('t01', 'It is about what a pilot', ('Sabine Hollweg',)),
    ('t02', 'She is 88 years old', ('Rachel Ondaatje',)),
    ('t02', 'She was told to keep warm', ('Rachel Ondaatje',)),
    ('t02', 'not remotely satisfied', ('Jonathan Pryce-Harlow',)),
    ('t02', 'We are opening 800 more beds', ('Jonathan Pryce-Harlow',)),
    ('t02', 'I will not pretend that is enough', ('Jonathan Pryce-Harlow',)),
    ('t02', 'The beds he promised last winter', ('Callum Baird',)),
    ('t02', 'Why should anyone believe', ('Callum Baird',)),
    ('t02', 'for hours at a time', ('Sir Geoffrey Allingham', 'Geoffrey Allingham')),
    ('t02', 'In some trusts, yes', ('Jonathan Pryce-Harlow',)),
    ('t02', 'What happens in England', ('Morag Lennie',)),
    ('t02', 'Resign!', ('Labour backbenchers', 'backbenchers')),
    ('t02', 'My constituent is still in hospital', ('Rachel Ondaatje',)),
    ('t02', 'She is still waiting', ('Rachel Ondaatje',)),
    ('t03', 'We stopped talking on defense in the third', ('Jordi Castells',)),
    ('t03', 'That’s on me', ('Jordi Castells',)),
    ('t03', 'Everybody’s tired in December', ('Jordi Castells',)),
    ('t03', 'Cam kept us in it', ('Jordi Castells',)),
    ('t03', 'I’m not going to sit here', ('Jordi Castells',)),
    ('t03', 'I settled', ('Cam Thomas',)),
    ('t03', 'I took the shots they wanted', ('Cam Thomas',)),
    ('t03', 'Nobody in here is hanging', ('Nic Claxton',)),
    ('t03', 'We’ve got 60 games left', ('Nic Claxton',)),
    ('t03', 'He was patient', ('Joe Mazzulla',)),
    ('t03', 'He let the game come to him', ('Joe Mazzulla',)),
    ('t04', 'Our snacks business had', ('Lorraine Castellanos',)),
    ('t04', 'Shoppers are coming back', ('Lorraine Castellanos',)),
    ('t04', 'We have hedged about 70 percent', ('Arjun Bhattacharya',)),
    ('t04', 'We’re comfortable', ('Arjun Bhattacharya',)),
    ('t04', 'Cereal is a category', ('Lorraine Castellanos',)),
    ('t04', 'We will manage it for cash', ('Lorraine Castellanos',)),
    ('t04', 'We look at everything', ('Lorraine Castellanos',)),
    ('t04', 'Management keeps telling us', ('Erin Walsh',)),
    ('t04', 'At some point the board', ('Erin Walsh',)),
    ('t05', 'She exploited the very vulnerability', ('Imran Qadir',)),
    ('t05', 'The residents could not have known', ('Imran Qadir',)),
    ('t05', 'stripped of the last dignity',
     ('The daughter of one victim', 'daughter of one victim', 'daughter', 'The daughter',
      'statement', 'a statement')),
    ('t05', 'Mum worked in a mill',
     ('The daughter of one victim', 'daughter of one victim', 'daughter', 'The daughter',
      'statement', 'the statement')),
    ('t05', 'She wanted it to go',
     ('The daughter of one victim', 'daughter of one victim', 'daughter', 'The daughter',
      'statement', 'the statement')),
    ('t05', 'She has lost her career', ('Natalie Ferris',)),
    ('t05', 'She will never work in care', ('Natalie Ferris',)),
    ('t05', 'You were in a position of the highest', ('Philip Danvers',)),
    ('t05', 'Only an immediate custodial', ('Philip Danvers',)),
    ('t05', 'I hope this sends a clear message', ('Amy Rourke',)),
    ('t05', 'We will pursue anyone', ('Amy Rourke',)),
    ('t06', 'We expected to find almost nothing', ('Hiroko Tanabe',)),
    ('t06', 'Instead, in some fractures', ('Hiroko Tanabe',)),
    ('t06', 'These organisms live on a timescale',
     ('the authors', 'authors', 'The authors', 'researchers', 'the researchers')),
    ('t06', 'They have done more than most groups', ('Karsten Lindqvist',)),
    ('t06', 'But I would want to see it', ('Karsten Lindqvist',)),
    ('t06', 'We have samples from the Indian Ocean', ('Hiroko Tanabe',)),
    ('t06', 'If they tell the same story', ('Hiroko Tanabe',)),
    ('t06', 'Mars has plenty of basalt', ('Priya Raman',)),
    ('t06', 'If life can make a living', ('Priya Raman',)),
    ('t07', 'I opened the envelope', ('Pauline Gedge',)),
    ('t07', 'There was a cheque', ('Pauline Gedge',)),
    ('t07', 'I’m 76, I shouldn’t', ('Norman', 'Norman Gedge')),
    ('t07', 'My wife told me so', ('Norman', 'Norman Gedge')),
    ('t07', 'Every village round here', ('Daniel Yeo',)),
    ('t07', 'My mum and dad met', ('Sandra Bullimore',)),
    ('t07', 'I’d like to think my grandchildren', ('Sandra Bullimore',)),
    ('t07', 'Whoever you are, thank you', ('Pauline Gedge',)),
    ('t08', 'I had learned in the harbor', ('Ines Calloway',)),
    ('t08', 'I didn’t want any child', ('Ines Calloway',)),
    ('t08', 'She didn’t shout', ('Marcus Calloway',)),
    ('t08', 'She just showed up', ('Marcus Calloway',)),
    ('t08', 'Miss Ines put me in the water', ('Donna Whitfield',)),
    ('t08', 'The next week she put me back', ('Donna Whitfield',)),
    ('t08', 'You did not run on her deck', ('Leonard Pratt',)),
    ('t08', 'Not once', ('Leonard Pratt',)),
    ('t08', 'When the children stop drowning', ('Ines Calloway',)),
    ('t09', 'He thought he was going to die', ('his nephew', 'nephew', 'His nephew')),
    ('t09', 'He kept saying', ('his nephew', 'nephew', 'His nephew')),
    ('t09', 'terrifying', ('Sunita Bains',)),
    ('t09', 'carefully planned', ('Sunita Bains',)),
    ('t09', 'These men knew exactly', ('Sunita Bains',)),
    ('t09', 'Somebody will have seen', ('Sunita Bains',)),
    ('t09', 'This is the third time', ('Harjit Dhillon',)),
    ('t09', 'We asked for more patrols', ('Harjit Dhillon',)),
    ('t10', 'I’m a foreman with a bigger office', ('Sipho Mahlangu',)),
    ('t10', 'The captains used to call us', ('Sipho Mahlangu',)),
    ('t10', 'I wanted to make that joke die', ('Sipho Mahlangu',)),
    ('t10', 'He will walk the quay', ('Thandeka Mokoena',)),
    ('t10', 'Then he fixes it', ('Thandeka Mokoena',)),
    ('t10', 'The numbers look good in Johannesburg',
     ('A union shop steward', 'a union shop steward', 'union shop steward', 'shop steward')),
    ('t10', 'Down here, people are tired',
     ('A union shop steward', 'a union shop steward', 'union shop steward', 'shop steward')),
    ('t10', 'He’s not wrong', ('Sipho Mahlangu',)),
    ('t10', 'We have to hire more people', ('Sipho Mahlangu',)),
    ('t11', 'did not meet the specified strength',
     ('ministry', 'the ministry', 'statement', 'a statement', 'works ministry',
      'Nigeria’s works ministry')),
    ('t11', 'The contractor has been directed',
     ('ministry', 'the ministry', 'statement', 'the statement', 'works ministry',
      'Nigeria’s works ministry')),
    ('t11', 'Failure to comply will attract',
     ('ministry', 'the ministry', 'statement', 'the statement', 'works ministry',
      'Nigeria’s works ministry')),
    ('t11', 'We are committed to the safety',
     ('a spokesman for the company', 'spokesman for the company', 'spokesman', 'a spokesman')),
    ('t11', 'I left my house at 4 a.m.', ('Bolanle Adeyemi',)),
    ('t11', 'This is not life', ('Bolanle Adeyemi',)),
    ('t11', 'a symptom of a culture',
     ('The Nigerian Society of Engineers', 'Nigerian Society of Engineers',
      'the Nigerian Society of Engineers')),
    ('t11', 'I will personally sleep', ('Dave Umahi',)),
    ('t12', 'These are not statistics', ('Alexandra Voss',)),
    ('t12', 'They are children who went home', ('Alexandra Voss',)),
    ('t12', 'a war on the motorist', ('Tom Harwell',)),
    ('t12', 'Nobody in this chamber wants', ('Tom Harwell',)),
    ('t12', 'But a blanket limit on main routes', ('Tom Harwell',)),
    ('t12', 'Twenty is plenty', ('Fatima Osei',)),
    ('t12', 'A sign on a lamp post', ('Fatima Osei',)),
    ('t12', 'I have read all 212 pages', ('Henry Pike',)),
    ('t12', 'This is a council meeting', ('Margaret Dunstan',)),
    ('t12', 'not a pantomime', ('Margaret Dunstan',)),
    ('t13', 'Honestly? After the first one', ('Chidi Ikeme',)),
    ('t13', 'You hear the rim', ('Chidi Ikeme',)),
    ('t13', 'He told me at shootaround', ('Chidi Ikeme',)),
    ('t13', 'He said, ‘Get used to it.’', ('Chidi Ikeme',)),
    ('t13', 'He’s earned a look', ('Steve Kerr',)),
    ('t13', 'We’ve got some guys coming back', ('Steve Kerr',)),
    ('t13', 'I’m not going to do that to him', ('Steve Kerr',)),
    ('t13', 'Let him be Chidi', ('Steve Kerr',)),
    ('t13', 'The kid works', ('Draymond Green',)),
    ('t13', 'He’s here before me', ('Draymond Green',)),
    ('t14', 'I asked whether someone else could cover', ('Margaret Osborne',)),
    ('t14', 'I was told there was nobody', ('Margaret Osborne',)),
    ('t14', 'never intended', ('Graham Tillotson',)),
    ('t14', 'I was under enormous pressure', ('Graham Tillotson',)),
    ('t14', 'I accept I could have handled it', ('Graham Tillotson',)),
    ('t14', 'not credible', ('Caroline Hext',)),
    ('t14', 'The claimant was given an impossible', ('Caroline Hext',)),
    ('t14', 'No reasonable employer', ('Caroline Hext',)),
    ('t14', 'disappointed', ('The academy trust', 'academy trust', 'the academy trust', 'trust')),
    ('t14', 'Teachers are human beings', ('Olu Adebayo',)),
    ('t15', 'You can’t get the smell out', ('Lynne Haskins',)),
    ('t15', 'Last time it took eight months', ('Lynne Haskins',)),
    ('t15', 'The insurance won’t touch us', ('Gary Pruett',)),
    ('t15', 'We’re paying for a house', ('Gary Pruett',)),
    ('t15', 'Every household in this area', ('Kieran Walsh',)),
    ('t15', 'But there is a limit', ('Kieran Walsh',)),
    ('t15', 'These people have done everything', ('Laurence Robertson',)),
    ('t15', 'They should not be punished', ('Laurence Robertson',)),
    ('t15', 'We just thought, people need feeding', ('Yusuf Patel',)),
    ('t15', 'Nobody’s cooking round here', ('Yusuf Patel',)),
    ('t16', 'Breakfast goes up at seven', ('Dennis Varley',)),
    ('t16', 'A diabetic who waits', ('Dennis Varley',)),
    ('t16', 'People laugh at hospital food', ('Dennis Varley',)),
    ('t16', 'Come and cook three courses', ('Dennis Varley',)),
    ('t16', 'Dennis gave me a knife', ('Magdalena Nowak',)),
    ('t16', 'He said: ‘You cut onions', ('Magdalena Nowak',)),
    ('t16', 'If a frail patient stops eating',
     ('The hospital’s dietitian', 'hospital’s dietitian', 'dietitian',
      'the hospital’s dietitian')),
    ('t16', 'The kitchen is part of the treatment',
     ('The hospital’s dietitian', 'hospital’s dietitian', 'dietitian',
      'the hospital’s dietitian')),
    ('t16', 'Better than my wife’s', ('Albert Griggs',)),
    ('t16', 'Don’t print that', ('Albert Griggs',)),
    ('t16', 'Print it', ('Dennis Varley',)),
    ('t17', 'In several cases, the contractor’s invoices', ('the audit', 'audit', 'The audit')),
    ('t17', 'No one in the Department of Public Works', ('the audit', 'audit', 'The audit')),
    ('t17', 'a complete breakdown of basic oversight', ('Bill Christianson',)),
    ('t17', 'This is not a complicated fraud', ('Bill Christianson',)),
    ('t17', 'It’s a contractor sending bills', ('Bill Christianson',)),
    ('t17', 'accepts the findings in full', ('Jerrel Kruschke',)),
    ('t17', 'We plowed every street', ('Patrick Brennan',)),
    ('t17', 'Nobody from the comptroller’s office', ('Patrick Brennan',)),
    ('t17', 'Every dollar', ('Robert Bauman',)),
    ('t17', 'With interest', ('Robert Bauman',)),
    ('t18', 'This is the moment we built', ('Steve Altemus',)),
    ('t18', 'There’s ice, it’s shallow', ('Steve Altemus',)),
    ('t18', 'That doesn’t sound like a lot', ('Kris Zacny',)),
    ('t18', 'But if you process a cubic metre', ('Kris Zacny',)),
    ('t18', 'We are excited by the preliminary', ('Nicky Fox',)),
    ('t18', 'Our scientists will want to see', ('Nicky Fox',)),
    ('t18', 'the first real ground truth', ('Angel Abbud-Madrid',)),
    ('t18', 'Everything before this was from orbit', ('Angel Abbud-Madrid',)),
    ('t18', 'Orbit tells you something is there', ('Angel Abbud-Madrid',)),
    ('t19', 'Mr Tulley came out of his house', ('Michael Auty',)),
    ('t19', 'There was a brief exchange of words', ('Michael Auty',)),
    ('t19', 'I told you to leave it alone', ('Raymond Tulley',)),
    ('t19', 'In my opinion, his ability', ('Anjali Rao',)),
    ('t19', 'I lost my husband over a hedge', ('Sheila', 'Sheila Morrow')),
    ('t19', 'I cannot look at that garden', ('Sheila', 'Sheila Morrow')),
    ('t19', 'a broken man', ('Jonathan Dickinson',)),
    ('t19', 'He does not ask for sympathy', ('Jonathan Dickinson',)),
    ('t19', 'He knows that nothing he can say', ('Jonathan Dickinson',)),
    ('t20', 'These figures should alarm anybody', ('Tom Bradshaw',)),
    ('t20', 'When a farmer leaves', ('Tom Bradshaw',)),
    ('t20', 'committed to a thriving farming sector',
     ('A spokeswoman for the Department for Environment, Food and Rural Affairs',
      'A spokeswoman for the Department for Environment', 'a spokeswoman', 'spokeswoman',
      'A spokeswoman')),
    ('t20', 'We’ve had three wet springs', ('Gwen Pritchard',)),
    ('t20', 'The lambs are dying', ('Gwen Pritchard',)),
    ('t20', 'He’s going to Australia', ('Gwen Pritchard',)),
    ('t20', 'I told him to go', ('Gwen Pritchard',)),
    ('t20', 'Intentions are not the same', ('Sarah Wilson',)),
    ('t20', 'But even half of this', ('Sarah Wilson',)),
    ('t21', 'fallen short', ('Patricia Poppe',)),
    ('t21', 'I will not apologize for turning', ('Patricia Poppe',)),
    ('t21', 'I will apologize, and I do', ('Patricia Poppe',)),
    ('t21', 'This arrived four hours', ('Bill Dodd',)),
    ('t21', 'Four hours. She is on oxygen', ('Bill Dodd',)),
    ('t21', 'We are doing it as fast', ('Patricia Poppe',)),
    ('t21', 'Your customers can’t afford', ('Susan Rubio',)),
    ('t21', 'That’s the problem', ('Susan Rubio',)),
    ('t21', 'Every year the CEO comes up here', ('Mindy Spatt',)),
    ('t21', 'Every year we’re back', ('Mindy Spatt',)),
    ('t22', 'Danny was the kind of brother',
     ('the family of Marine Cpl. Daniel Reyes', 'family', 'the family', 'The family',
      'Reyes family', 'statement', 'The following statement')),
    ('t22', 'He called our mother every Sunday',
     ('the family of Marine Cpl. Daniel Reyes', 'family', 'the family', 'The family',
      'Reyes family', 'statement', 'The following statement')),
    ('t22', 'We ask for privacy',
     ('the family of Marine Cpl. Daniel Reyes', 'family', 'the family', 'The family',
      'Reyes family', 'statement', 'The following statement')),
    ('t22', 'The loss of any Marine', ('Michael Martin',)),
    ('t22', 'Our thoughts are with the Reyes', ('Michael Martin',)),
    ('t22', 'too small for the position', ('Tony Cervantes',)),
    ('t22', 'He’d get knocked down', ('Tony Cervantes',)),
    ('t23', 'We pay licences, we pay insurance', ('Joaquim Ferreira',)),
    ('t23', 'The government treats us like dinosaurs', ('Joaquim Ferreira',)),
    ('t23', 'If nothing changes, we will come back', ('Carlos Ramos',)),
    ('t23', 'open to dialogue with all parties', ('Uber',)),
    ('t23', 'unacceptable', ('Miguel Pinto Luz',)),
    ('t23', 'The right to protest does not include', ('Miguel Pinto Luz',)),
    ('t23', 'It’s the most exercise', ('Helen Marsh',)),
    ('t24', 'like inmates', ('a petition', 'petition', 'the petition', 'The petition')),
    ('t24', 'We are a school that has a duty', ('Alison Carrow',)),
    ('t24', 'I will not wait for a third', ('Alison Carrow',)),
    ('t24', 'a fire risk and an insult', ('The petition', 'petition', 'the petition')),
    ('t24', 'I’m not against safety', ('Donna Fairbrother',)),
    ('t24', 'After what happened last term', ('Priya Sandhu',)),
    ('t24', 'I’d rather that than a phone call', ('Priya Sandhu',)),
    ('t24', 'Nobody is locked in', ('Rory Love',)),
    ('t24', 'Strangers are locked out', ('Rory Love',)),
    ('t25', 'sold the trust of an entire country', ('Marieke van der Velde',)),
    ('t25', 'The damage that this defendant has done', ('Marieke van der Velde',)),
    ('t25', 'It is measured in the violence', ('Marieke van der Velde',)),
    ('t25', 'satisfied that the court has recognised',
     ('the Public Prosecution Service', 'Public Prosecution Service',
      'The Public Prosecution Service')),
    ('t25', 'There is no direct evidence', ('Sander Jansen',)),
    ('t25', 'The court has convicted him', ('Sander Jansen',)),
    ('t25', 'Criminals will always look', ('Boudewijn Siemons',)),
    ('t25', 'Too often that link is a person', ('Boudewijn Siemons',)),
    ('t26', 'From where I was standing, yes', ('Arjen van Bommel',)),
    ('t26', 'But I will not hide behind', ('Arjen van Bommel',)),
    ('t26', 'Maybe a little, at the start', ('Arjen van Bommel',)),
    ('t26', 'Luuk is fine', ('Arjen van Bommel',)),
    ('t26', 'He will play on Sunday', ('Arjen van Bommel',)),
    ('t26', 'We gave them two goals', ('Quinten Timber',)),
    ('t26', 'You cannot give Celtic two goals', ('Quinten Timber',)),
    ('t26', 'earned the right to win', ('Brendan Rodgers',)),
    ('t26', 'The first 45 minutes', ('Brendan Rodgers',)),
    ('t26', 'We pressed, we were brave', ('Brendan Rodgers',)),
    ('t26', 'I’ve seen them given', ('Brendan Rodgers',)),
    ('t26', 'I’ve seen them not given', ('Brendan Rodgers',)),
    ('t26', 'They were incredible tonight', ('Kyogo Furuhashi',)),
    ('t26', 'We play for them', ('Kyogo Furuhashi',)),
    ('t27', 'They are not asking for money', ('Adam Mathews',)),
    ('t27', 'They are asking for the right to teach', ('Adam Mathews',)),
    ('t27', 'I have a teenager', ('Juanita Brent',)),
    ('t27', 'I know exactly what that phone', ('Juanita Brent',)),
    ('t27', 'Every district in this state already', ('Jennifer Gross',)),
    ('t27', 'We are telling locally elected', ('Jennifer Gross',)),
    ('t27', 'What about the student whose mother', ('Dani Isaacsohn',)),
    ('t27', 'This bill has exceptions, I know', ('Dani Isaacsohn',)),
    ('t27', 'The bill lets every district', ('Adam Mathews',)),
    ('t27', 'Nobody is taking a phone', ('Adam Mathews',)),
    ('t27', 'the goal of this legislation',
     ('The Ohio Education Association', 'Ohio Education Association',
      'the Ohio Education Association')),
    ('t27', 'The governor thanks the House', ('Dan Tierney',)),
    ('t28', 'Night babies are stubborn', ('Rebecca Ekai',)),
    ('t28', 'They like to arrive when', ('Rebecca Ekai',)),
    ('t28', 'When I started, women here', ('Rebecca Ekai',)),
    ('t28', 'If something went wrong, they died', ('Rebecca Ekai',)),
    ('t28', 'Rebecca is the reason', ('Peter Lokwang',)),
    ('t28', 'You can build a clinic', ('Peter Lokwang',)),
    ('t28', 'maybe one night a week', ('Lokiru',)),
    ('t28', 'I married a woman', ('Lokiru',)),
    ('t28', 'What can I do? She is saving', ('Lokiru',)),
    ('t28', 'She came in the dark', ('Akai Lopeyok',)),
    ('t28', 'So he will carry her family’s name', ('Akai Lopeyok',)),
    ('t29', 'She did everything right', ('Billy Woods',)),
    ('t29', 'She called in the stop', ('Billy Woods',)),
    ('t29', 'wasn’t going back to prison', ('Travis Lee Hendon',)),
    ('t29', 'Kayla called me from the ambulance', ('Denise Brunson',)),
    ('t29', 'The first thing she said was', ('Denise Brunson',)),
    ('t29', 'I saw the lights and a girl', ('Luis Ortega',)),
    ('t29', 'Anybody would have stopped', ('Luis Ortega',)),
    ('t30', 'The people have spoken', ('Joshua Garcia',)),
    ('t30', 'I called Councilor Murphy-Romboletti', ('Joshua Garcia',)),
    ('t30', 'Fourteen votes is a reminder', ('Tessa Murphy-Romboletti',)),
    ('t30', 'I intend to govern', ('Tessa Murphy-Romboletti',)),
    ('t30', 'Every ballot was counted by hand', ('Brenna Murphy McGee',)),
    ('t30', 'There were no disputes', ('Brenna Murphy McGee',)),
    ('t30', 'Fourteen votes and they want', ('Ramon Vega',)),
    ('t30', 'Half of those were probably', ('Ramon Vega',)),
    ('t30', 'There is no evidence of that', ('Brenna Murphy McGee',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, once, so it must be there."""
    assert len(PROBES) == 30
    assert all(PROBES[probe].count(fragment) == 1 for probe, fragment, _ in PROBES_70)


KNOWN_WRONG_70: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('t08', 'When the children stop drowning'): (
        'Donna Whitfield',
        '"In a 2008 interview ..., she was asked when she would retire. “...,” she said": '
        'an obituary\'s subject, Mrs. Calloway, after two paragraphs of others; "she" takes '
        'the latest woman named, not the article\'s subject',
    ),
    ('t11', 'We are committed to the safety'): (
        'China Harbour Engineering',
        'right by whom the spokesman speaks for: "a spokesman for the company said": the '
        'organisation nominal resolves to the company, not the spokesman',
    ),
    ('t19', 'I told you to leave it alone'): (
        'neighbour',
        '"said she heard Mr Tulley shout: “...”": the quoted shout is the object of the '
        'reported "heard X shout", whose subject is the neighbour who heard it',
    ),
    ('t22', 'Danny was the kind of brother'): (
        'Daniel Reyes',
        '"The following statement was released Saturday by the family of Marine Cpl. Daniel '
        'Reyes, ... who was killed": three paragraphs of a statement with no cue go to the '
        'last person named, not to the passive\'s agent, the family',
    ),
    ('t22', 'He called our mother every Sunday'): (
        'Daniel Reyes',
        'the statement\'s second paragraph, as the first',
    ),
    ('t22', 'We ask for privacy'): (
        'Daniel Reyes',
        'the statement\'s third paragraph, as the first',
    ),
    ('t24', 'like inmates'): (
        'A head teacher in Kent',
        '"A head teacher ... has written ..., after a petition claimed pupils were being '
        'treated “like inmates.”": the cue of the "after" clause has its own subject, the '
        'petition, but the main clause\'s subject is taken',
    ),
    ('t24', 'a fire risk and an insult'): (
        None,
        '"It says the locked gates are “...”": "It", the petition of the sentence before, '
        'finds no organisation or document',
    ),
}  # fmt: skip

test_probe_speaker_twenty_sixth_batch, test_twenty_sixth_batch_figure = judged_batch_tests(
    "probes70", PROBES, PROBES_70, KNOWN_WRONG_70, FIRST_JUDGED, size=287
)


N = "\n\n"


def test_an_unnamed_definite_subject_keeps_the_pronoun_after() -> None:
    """ "The school’s nurse, who ..., says ... “...,” she says": the nurse, whom no role of
    anyone named fits, not the woman named before; a bare definite ("The stranger
    waved") refers back and is left alone."""
    text = (
        "The head teacher, Laura Kemp, said the roof would be mended by spring. "
        "\u201cWe have the money now,\u201d she said."
        + N
        + "The school\u2019s nurse, who has worked there since 1998, says the cold is the "
        "bigger worry. \u201cChildren come in with chilblains,\u201d she says."
    )
    assert _speaker(text, "Children come in") == "the school\u2019s nurse"
    text = (
        "Laura Kemp opened the gates at eight."
        + N
        + "The caretaker, who has worked there for twenty years, says the boiler is older "
        "than he is. \u201cIt was fitted in 1974,\u201d he says."
    )
    assert _speaker(text, "It was fitted") == "the caretaker"


def test_a_common_word_first_name_before_an_organisation_noun_is_no_person() -> None:
    """ "a former Royal Navy diver named Alan Brook": "Royal" is a listed first name, but
    as a frequent word before "Navy" it names the navy, so "he" is Brook."""
    text = (
        "The skipper, a former Royal Navy diver named Alan Brook, keeps the boat spotless. "
        "\u201cSalt gets into everything,\u201d he says."
    )
    assert _speaker(text, "Salt gets") == "Alan Brook"


def test_a_body_of_people_of_a_name_speaks() -> None:
    """ "said the family of Megan Doyle": the family speaks, not she; "said the mother of
    one passenger": someone new, not the woman named before."""
    text = "\u201cWe are heartbroken,\u201d said the family of Megan Doyle, 19, in a statement."
    assert _speaker(text, "We are heartbroken") == "family of Megan Doyle"
    text = (
        "Sarah Kent, the bus company\u2019s director, apologised on Monday."
        + N
        + "\u201cNobody has told us anything,\u201d said the mother of one passenger."
    )
    assert _speaker(text, "Nobody has told") == "mother of one passenger"


def test_a_possessive_before_the_subject_is_no_gender_for_it() -> None:
    """ "His deputy, Nomvula Khanyile, said his plan was sound. “...,” she said": an
    unlisted given name set off after "his" and a noun for a kind of person names a
    person, and the second "his" is the mayor's again, not a man's for her."""
    text = (
        "Mayor Kofi Boateng opened the meeting."
        + N
        + "His deputy, Nomvula Khanyile, said his plan was sound. "
        "\u201cWe will vote for it,\u201d she said."
    )
    assert _speaker(text, "We will vote") == "Nomvula Khanyile"
