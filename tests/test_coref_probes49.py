"""coref49: invented probes for pronouns and nominals, a fifth batch after coref41, coref44,
coref46 and coref48: 35 short news stories (327 quotations) in the situations the earlier
batches covered least: two or three people of one sex alternating (two sailors, a senator
and a governor, three scientists, three candidates, three climbers, two coaches, two
brothers), a role noun given only in an apposition ("Lena Ortiz, a nurse, ... the nurse
said"), age and descriptor nominals ("the 34-year-old", "the Briton", "the Finn", "the
Frenchman", "the surveyor"), organisations as speakers named again by "it", "the company",
"the agency", "the union", "the festival", people introduced by a possessive ("Kessler's
lawyer, Ana Cole", "Amara's father, Kwame Asante"), a paragraph opening with a pronoun
after someone else's quotation, plural "they" of groups (tenants, sisters, pilots,
residents, parents) and given names the lists may lack (Aroha, Thandiwe, Ifeoma, Kiri,
Anouk, Saoirse, Niamh, Kwabena, Tadhg, Eero).

Every person is invented and every quotation is written for this batch. The judged list
was written with the stories, before On Record read them (both were committed first; the
stories are built from marked text by /work/notes/coref49_scripts/gen.py). The
quotations still wrong are listed in KNOWN_WRONG_49 with what On Record gives and why; the
figure is printed by ``test_coref49_batch_figure`` (run with -s).

First judged, on main 1496d14 before any mend: 252 of 327 right (77.1%; 75 wrong). After
the mends below: 266 of 327 (81.3%); 8 of the 61 still wrong are the right group in
another form ("Tenants", "some workers", "residents along the creek"). kin68 (main
284cfd6) then made five more right in q22, 271 (82.9%): "Her sister Dolores, a welder,"
takes the family's surname, and "the oldest sister" is the one named ", the oldest,".
coref50 made six more right, 277 (84.7%): "the agency" of the Federal Aviation
Administration (x2) and of the Consumer Product Safety Commission, "the company" of
Rustbelt, and "Kwabena Owusu, 22," and "Sanne Visser, 24," read as names though the
given names are in no list. coref69 made four more right in q21 (291 of 327 counted
now): "Bram and Hester Visser" is a couple though "Bram" (in no list; the baby-name counts
give it a man's) is written alone ("Bram, 79,") for one of them."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_49.json")
FIRST_JUDGED = 252  # right on main (1496d14) before any mend, of 327

PROBES_49: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('q01', "I haven't slept", ('Imogen Thwaite',)),
    ('q01', "I'd like a", ('Imogen Thwaite',)),
    ('q01', 'The wind died', ('Aroha Tane',)),
    ('q01', "That's sailing.", ('Aroha Tane',)),
    ('q01', 'She never gave', ('Imogen Thwaite',)),
    ('q01', 'Not one.', ('Imogen Thwaite',)),
    ('q01', "Next time I'll", ('Aroha Tane',)),
    ('q01', 'Forty-one minutes after', ('Solenne Marchetti',)),
    ('q01', 'You could not', ('Solenne Marchetti',)),
    ('q01', 'If my mother', ('Imogen Thwaite',)),
    ('q02', "I've never seen", ('Lena Ortiz',)),
    ('q02', 'Not even during', ('Lena Ortiz',)),
    ('q02', 'I can put', ('Priya Raman',)),
    ('q02', 'Finding a room', ('Priya Raman',)),
    ('q02', 'We are recruiting', ('Valley County Medical Center',)),
    ('q02', "They're good, and", ('Lena Ortiz',)),
    ('q02', 'You train someone', ('Priya Raman',)),
    ('q02', "I don't blame", ('Priya Raman',)),
    ('q02', 'Maybe three,', ('Lena Ortiz',)),
    ('q02', 'Someone has to', ('Lena Ortiz',)),
    ('q03', 'She kept the', ('Ana Cole',)),
    ('q03', 'My client kept', ('Ana Cole',)),
    ('q03', 'The boat is', ('Marisol Vega',)),
    ('q03', "You'll see the", ('Marisol Vega',)),
    ('q03', 'They prove he', ('Ana Cole',)),
    ('q03', 'Half of this', ('Ana Cole',)),
    ('q03', 'The jury can', ('Rhonda Kimmel',)),
    ('q03', 'I never touched', ('Bettina Lusk',)),
    ('q03', 'He changed the', ('Bettina Lusk',)),
    ('q03', "I don't remember,", ('Bettina Lusk',)),
    ('q03', 'We have four', ('Marisol Vega',)),
    ('q04', 'Consumers should stop', ('Consumer Product Safety Commission',)),
    ('q04', 'We take every', ('Brightwell Appliances', 'Brightwell')),
    ('q04', 'No injuries have', ('Brightwell Appliances', 'Brightwell')),
    ('q04', "You don't need", ('Dana Whitcomb',)),
    ('q04', 'You need the', ('Dana Whitcomb',)),
    ('q04', 'It smelled like', ('Harold Stepp',)),
    ('q04', "We'd like to,", ('Dana Whitcomb',)),
    ('q04', 'Reports increased sharply', ('Consumer Product Safety Commission',)),
    ('q05', 'Ask anyone on', ('Kofi Mensah',)),
    ('q05', "It's plows.", ('Kofi Mensah',)),
    ('q05', 'Doing your job', ('Tadhg Byrne',)),
    ('q05', 'The port is', ('Gus Halvorsen',)),
    ('q05', 'Everything else is', ('Gus Halvorsen',)),
    ('q05', 'Gus has been', ('Kofi Mensah',)),
    ('q05', "And I've been", ('Gus Halvorsen',)),
    ('q05', "I'll start with", ('Tadhg Byrne',)),
    ('q05', "I don't have", ('Tadhg Byrne',)),
    ('q05', "It's a gesture,", ('Kofi Mensah',)),
    ('q05', 'Gestures float,', ('Gus Halvorsen',)),
    ('q05', 'Ships are better.', ('Gus Halvorsen',)),
    ('q06', 'I thought he', ('Eero Lindqvist',)),
    ('q06', 'He went at', ('Eero Lindqvist',)),
    ('q06', 'I was listening', ('Kwabena Owusu',)),
    ('q06', 'Next time I', ('Kwabena Owusu',)),
    ('q06', 'I train in', ('Eero Lindqvist',)),
    ('q06', 'This was Arizona.', ('Eero Lindqvist',)),
    ('q06', 'He is very', ('Kwabena Owusu',)),
    ('q06', 'But he is', ('Kwabena Owusu',)),
    ('q06', "He'll be 34", ('Eero Lindqvist',)),
    ('q06', 'In Kumasi it', ('Samuel Adjei',)),
    ('q06', 'This is dry.', ('Samuel Adjei',)),
    ('q06', 'I want to', ('Kwabena Owusu',)),
    ('q07', 'We have children', ('tenants', 'The tenants', 'tenants of 412 Marlow Street')),
    ('q07', 'We have photos', ('tenants', 'The tenants', 'tenants of 412 Marlow Street')),
    ('q07', 'The boiler is', ('Corliss Property Group',)),
    ('q07', 'The pipes are', ('Corliss Property Group',)),
    ('q07', 'They come, they', ('Yesenia Ocasio',)),
    ('q07', 'He has never', ('Yesenia Ocasio',)),
    ('q07', 'He has been', ('Corliss Property Group',)),
    ('q07', "That's a violation,", ('Marguerite Blaise',)),
    ('q07', 'Every one of', ('Marguerite Blaise',)),
    ('q07', 'Not one dollar', ('tenants', 'The tenants', 'tenants of 412 Marlow Street')),
    ('q08', 'The turbines would', ('Saoirse Whelan',)),
    ('q08', 'Nobody has asked', ('Saoirse Whelan',)),
    ('q08', "I'm 70,", ('Niamh Foley',)),
    ('q08', "I'd like to", ('Niamh Foley',)),
    ('q08', 'You hear the', ('Niamh Foley',)),
    ('q08', 'The levels are', ('Atlantic Breeze Power',)),
    ('q08', 'They paid for', ('Saoirse Whelan',)),
    ('q08', 'She taught me', ('Saoirse Whelan',)),
    ('q08', "That's the hard", ('Saoirse Whelan',)),
    ('q08', "We don't talk", ('Niamh Foley',)),
    ('q09', 'I heard him', ('Chidi Okafor',)),
    ('q09', 'Then I heard', ('Chidi Okafor',)),
    ('q09', 'I will come', ('Ngozi Okafor',)),
    ('q09', 'There were two', ('Curtis Webb',)),
    ('q09', "Emeka didn't own", ('Chidi Okafor',)),
    ('q09', 'He owned a', ('Chidi Okafor',)),
    ('q09', 'No,', ('Chidi Okafor',)),
    ('q09', 'I heard it.', ('Chidi Okafor',)),
    ('q09', 'I want him', ('Ngozi Okafor',)),
    ('q09', 'He wants to', ('Curtis Webb',)),
    ('q10', 'This is a', ('Federal Aviation Administration', 'FAA')),
    ('q10', 'We have not', ('Federal Aviation Administration', 'FAA')),
    ('q10', 'Safety comes before', ('Prairie Sky Airlines',)),
    ('q10', 'We apologize to', ('Prairie Sky Airlines',)),
    ('q10', 'I pulled the', ('Reggie Oduya',)),
    ('q10', 'We told management', ('pilots', "The airline's pilots")),
    ('q10', 'Operators must complete', ('Federal Aviation Administration', 'FAA')),
    ('q10', 'I thought it', ('Marcy Lindgren',)),
    ('q10', 'Then everybody screamed.', ('Marcy Lindgren',)),
    ('q10', 'They were perfect,', ('Reggie Oduya',)),
    ('q11', 'A lab that', ('Siobhan Kearney',)),
    ('q11', "I'm not opening", ('Thandiwe Dlamini',)),
    ('q11', 'Not with 28', ('Thandiwe Dlamini',)),
    ('q11', 'One is a', ('Siobhan Kearney',)),
    ('q11', "I'd rather be", ('Thandiwe Dlamini',)),
    ('q11', "You can't smell", ('Marcus Bell',)),
    ('q11', 'It cost $11,', ('Siobhan Kearney',)),
    ('q11', "I'll hang it", ('Siobhan Kearney',)),
    ('q11', 'Not a day', ('Thandiwe Dlamini',)),
    ('q12', 'I just ran', ('Imani Brooks',)),
    ('q12', "I didn't think", ('Imani Brooks',)),
    ('q12', 'Somebody was yelling', ('Dagny Solberg',)),
    ('q12', 'I thought it', ('Dagny Solberg',)),
    ('q12', "She's small, but", ('Imani Brooks',)),
    ('q12', 'Two more minutes', ('Alonzo Pike',)),
    ('q12', 'Best dog in', ('Imani Brooks',)),
    ('q12', "I'm not allowed", ('Dagny Solberg',)),
    ('q13', 'I looked at', ('Brody Kessinger',)),
    ('q13', 'He won.', ('Brody Kessinger',)),
    ('q13', 'You take the', ('Darnell Whitaker',)),
    ('q13', "We didn't play", ('Darnell Whitaker',)),
    ('q13', "I'll want it", ('Brody Kessinger',)),
    ('q13', "That's why he's", ('Darnell Whitaker',)),
    ('q13', 'We had a', ('Lyle Perrin',)),
    ('q13', 'I was glad', ('Lyle Perrin',)),
    ('q13', 'Forever, probably,', ('Brody Kessinger',)),
    ('q14', 'The governor had', ('Margaret Oyelaran',)),
    ('q14', 'It was four', ('Margaret Oyelaran',)),
    ('q14', 'She told us', ('Ilse Brandvold',)),
    ('q14', "Then she didn't.", ('Ilse Brandvold',)),
    ('q14', 'Nobody in my', ('Margaret Oyelaran',)),
    ('q14', "We don't file", ('Margaret Oyelaran',)),
    ('q14', "I'll release them,", ('Ilse Brandvold',)),
    ('q14', "There's no extension,", ('Neil Gaskins',)),
    ('q14', "It isn't over,", ('Margaret Oyelaran',)),
    ('q15', 'Every storm, the', ('Folake Adeyemi',)),
    ('q15', "Buried lines don't.", ('Folake Adeyemi',)),
    ('q15', 'These costs are', ('Tidewater Energy',)),
    ('q15', 'They can bury', ('Wilhelmina Tate',)),
    ('q15', 'Those are people', ('Folake Adeyemi',)),
    ('q15', "I'd like to", ('Wilhelmina Tate',)),
    ('q15', "We'll respect it,", ('Folake Adeyemi',)),
    ('q16', "My grandmother's iron,", ('Anouk Verbeek',)),
    ('q16', 'It weighs more', ('Anouk Verbeek',)),
    ('q16', 'She handles the', ('Yaw Boateng',)),
    ('q16', 'I handle the', ('Yaw Boateng',)),
    ('q16', 'The butter is', ('Anouk Verbeek',)),
    ('q16', 'Everything is sweeter.', ('Anouk Verbeek',)),
    ('q16', 'We sold out', ('Yaw Boateng',)),
    ('q16', 'It tastes like', ('Marit Osterhaus',)),
    ('q16', 'People here go', ('Anouk Verbeek',)),
    ('q17', 'Follow the phosphorus,', ('Hanne Sørensen',)),
    ('q17', 'It leads to', ('Hanne Sørensen',)),
    ('q17', 'The farms were', ('Gretchen Alvey',)),
    ('q17', "The blooms weren't.", ('Gretchen Alvey',)),
    ('q17', "It's the farms", ('Rosalind Achebe',)),
    ('q17', "It's convenient,", ('Hanne Sørensen',)),
    ('q17', "It's physics,", ('Gretchen Alvey',)),
    ('q17', 'Ten years ago', ('Rosalind Achebe',)),
    ('q17', 'Then we can', ('Hanne Sørensen',)),
    ('q18', 'I had the', ('Oliver Pennington',)),
    ('q18', 'Nothing heroic.', ('Oliver Pennington',)),
    ('q18', 'He broke trail', ('Jake Sorensen',)),
    ('q18', "I couldn't have.", ('Jake Sorensen',)),
    ('q18', 'My fingers stopped', ('Liam Brophy',)),
    ('q18', 'Tea with too', ('Jake Sorensen',)),
    ('q18', "Best tea I've", ('Oliver Pennington',)),
    ('q18', 'Somewhere lower,', ('Liam Brophy',)),
    ('q18', 'And warmer.', ('Liam Brophy',)),
    ('q19', 'This is a', ('Northwestern University', 'Northwestern')),
    ('q19', 'Classes resume Monday.', ('Northwestern University', 'Northwestern')),
    ('q19', 'We won things', ('Northwestern Graduate Workers',)),
    ('q19', 'Dental was the', ('Pilar Echeverría',)),
    ('q19', 'Teeth, of all', ('Pilar Echeverría',)),
    ('q19', 'We listened,', ('Northwestern University', 'Northwestern')),
    ('q19', 'Our labs just', ('undergraduates', 'Some undergraduates')),
    ('q19', "We didn't enjoy", ('Pilar Echeverría',)),
    ('q20', 'I was at', ('Kiri Walker',)),
    ('q20', 'I remember the', ('Kiri Walker',)),
    ('q20', 'It took 19', ('Ravi Menon',)),
    ('q20', "She'd waited 21", ('Kiri Walker',)),
    ('q20', "She shouldn't wait", ('Kiri Walker',)),
    ('q20', "I couldn't pick", ('Bonnie Fessler',)),
    ('q20', 'He asked for', ('Ravi Menon',)),
    ('q20', 'I can take', ('Kiri Walker',)),
    ('q21', 'We slept in', ('Hester Visser',)),
    ('q21', 'On flour sacks.', ('Hester Visser',)),
    ('q21', 'She does the', ('Bram Visser',)),
    ('q21', "I'm not allowed", ('Bram Visser',)),
    ('q21', 'He burned it', ('Hester Visser',)),
    ('q21', "I haven't forgotten.", ('Hester Visser',)),
    ('q21', 'I grew up', ('Sanne Visser',)),
    ('q21', 'If she wants', ('Bram Visser',)),
    ('q21', "We won't make", ('Bram Visser',)),
    ('q21', 'She wants it,', ('Hester Visser',)),
    ('q22', 'We argue about', ('Ruelas sisters', 'The Ruelas sisters', 'sisters')),
    ('q22', 'Except the store.', ('Ruelas sisters', 'The Ruelas sisters', 'sisters')),
    ('q22', "I'm the boring", ('Marisela Ruelas',)),
    ('q22', "I'm the loud", ('Dolores Ruelas',)),
    ('q22', 'Obviously.', ('Dolores Ruelas',)),
    ('q22', 'Denver can live', ('Paloma Ruelas',)),
    ('q22', "This town can't", ('Paloma Ruelas',)),
    ('q22', "I can't find", ('Vern Kubik',)),
    ('q22', "It's better, though.", ('Vern Kubik',)),
    ('q22', 'Forty years of', ('Dolores Ruelas',)),
    ('q22', 'Not much,', ('Marisela Ruelas',)),
    ('q22', 'But some.', ('Marisela Ruelas',)),
    ('q23', 'The levee held,', ('Rufus Eberhart',)),
    ('q23', 'Downtown is dry.', ('Rufus Eberhart',)),
    ('q23', "Downtown isn't where", ('Otis McBride',)),
    ('q23', 'They protected the', ('Otis McBride',)),
    ('q23', 'We got the', ('Otis McBride',)),
    ('q23', "It's funded,", ('Rufus Eberhart',)),
    ('q23', 'It starts in', ('Rufus Eberhart',)),
    ('q23', "I'd be angry", ('Rufus Eberhart',)),
    ('q23', 'In 2016,', ('Otis McBride',)),
    ('q23', 'And 2018.', ('Otis McBride',)),
    ('q23', "I'm done with", ('Otis McBride',)),
    ('q24', "You don't think,", ('Solveig Aune',)),
    ('q24', 'The thinking comes', ('Solveig Aune',)),
    ('q24', 'I stopped feeling', ('Arne Haugland',)),
    ('q24', 'Then I saw', ('Arne Haugland',)),
    ('q24', 'They were on', ('Solveig Aune',)),
    ('q24', "She didn't even", ('Tomasz Wiśniewski',)),
    ('q24', "It's not enough,", ('Arne Haugland',)),
    ('q24', 'Nothing is enough.', ('Arne Haugland',)),
    ('q24', "I don't drink", ('Solveig Aune',)),
    ('q24', "I'll drink it", ('Solveig Aune',)),
    ('q25', 'We have 12', ('Ifeoma Eze',)),
    ('q25', "That math doesn't", ('Ifeoma Eze',)),
    ('q25', 'Restaurants are drowning', ('Ledgerly',)),
    ('q25', 'She was the', ('Brett Kowal',)),
    ('q25', 'He owns a', ('Ifeoma Eze',)),
    ('q25', "He's still a", ('Ifeoma Eze',)),
    ('q25', 'Software is easy', ('Brett Kowal',)),
    ('q25', "She isn't.", ('Brett Kowal',)),
    ('q25', 'It keeps me', ('Ifeoma Eze',)),
    ('q26', 'The safety of', ('Harborlight Music Festival', 'Harborlight')),
    ('q26', 'Refunds will be', ('Harborlight Music Festival', 'Harborlight')),
    ('q26', 'We practiced this', ('Marigolds', 'The Marigolds')),
    ('q26', 'The sky went', ('Jolene Pruitt',)),
    ('q26', 'Green is never', ('Jolene Pruitt',)),
    ('q26', 'We will make', ('Harborlight Music Festival', 'Harborlight')),
    ('q26', "I'd drive twice", ('Desmond Achterberg',)),
    ('q26', "It's the least", ('Jolene Pruitt',)),
    ('q27', 'The line is', ('United Food and Packing Workers',)),
    ('q27', 'This is a', ('Castell Foods', 'Castell')),
    ('q27', 'We urge workers', ('Castell Foods', 'Castell')),
    ('q27', "You can't spend", ('Dolores Quiñones',)),
    ('q27', 'One lost a', ('Abdirahman Yusuf',)),
    ('q27', 'They gave him', ('Abdirahman Yusuf',)),
    ('q27', 'Our record speaks', ('Castell Foods', 'Castell')),
    ('q27', 'We have food', ('Dolores Quiñones',)),
    ('q27', 'Rent is due', ('workers', 'Some workers')),
    ('q28', 'The car came', ('Odell Pryce',)),
    ('q28', 'I had nowhere', ('Odell Pryce',)),
    ('q28', 'Forty,', ('Odell Pryce',)),
    ('q28', 'The limit is', ('Odell Pryce',)),
    ('q28', "The state hadn't", ('Nadia Petrov',)),
    ('q28', 'I called 911', ('Odell Pryce',)),
    ('q28', 'I told her', ('Odell Pryce',)),
    ('q28', "He doesn't remember", ('Nadia Petrov',)),
    ('q29', 'That tree was', ('Bev Albright',)),
    ('q29', "It'll be here", ('Bev Albright',)),
    ('q29', "I'm not asking", ('Linh Tran',)),
    ('q29', "I'm asking to", ('Linh Tran',)),
    ('q29', 'Of course he', ('Bev Albright',)),
    ('q29', 'She said no,', ('Linh Tran',)),
    ('q29', "There's some rot,", ('Amos Greenleaf',)),
    ('q29', "There's some rot in", ('Amos Greenleaf',)),
    ('q29', 'Including me,', ('Bev Albright',)),
    ('q29', 'I like her,', ('Linh Tran',)),
    ('q29', "I just don't", ('Linh Tran',)),
    ('q30', "That's the kind", ('Marcus Fennimore',)),
    ('q30', 'I want it', ('Marcus Fennimore',)),
    ('q30', 'My kid had', ('Jed Sallow',)),
    ('q30', "It's in the", ('Marcus Fennimore',)),
    ('q30', 'Watch the video', ('Jed Sallow',)),
    ('q30', 'Watch the door.', ('Jed Sallow',)),
    ('q30', 'Nobody comes out', ('Pam Okonkwo',)),
    ('q30', 'As long as', ('Marcus Fennimore',)),
    ('q31', 'The company knew', ('Environmental Protection Agency', 'EPA')),
    ('q31', 'It told no', ('Environmental Protection Agency', 'EPA')),
    ('q31', 'We have always', ('Rustbelt Chemical', 'Rustbelt')),
    ('q31', 'It smelled like', ('Residents', 'residents', 'Residents along the creek')),
    ('q31', 'We thought it', ('Residents', 'residents', 'Residents along the creek')),
    ('q31', 'This is a', ('Deborah Ngata',)),
    ('q31', 'The source has', ('Rustbelt Chemical', 'Rustbelt')),
    ('q31', 'Polluters pay,', ('Environmental Protection Agency', 'EPA')),
    ('q32', 'The red sign', ('Kwame Asante',)),
    ('q32', 'The lights were', ('Kwame Asante',)),
    ('q32', 'The sun was', ('Forrest Dade',)),
    ('q32', 'Stop for the', ('Kwame Asante',)),
    ('q32', "That's all.", ('Kwame Asante',)),
    ('q32', 'She wanted to', ('Efua Asante',)),
    ('q32', 'Every single one,', ('parents', 'The parents', 'Kwame Asante and Efua Asante')),
    ('q32', "We'd like them", ('Lorne Beattie',)),
    ('q33', 'He told me', ('Étienne Roussel',)),
    ('q33', 'There are many.', ('Étienne Roussel',)),
    ('q33', 'It was a', ('Urs Imboden',)),
    ('q33', 'Today it was', ('Urs Imboden',)),
    ('q33', 'I was cold,', ('Étienne Roussel',)),
    ('q33', 'Afraid came later,', ('Étienne Roussel',)),
    ('q33', 'We pulled them', ('Reto Aebischer',)),
    ('q33', "It's my office,", ('Urs Imboden',)),
    ('q33', 'My wife has', ('Étienne Roussel',)),
    ('q34', 'We did not', ('Rockford Public Library',)),
    ('q34', 'We were left', ('Rockford Public Library',)),
    ('q34', "They're sitting on", ('Desmond Kaye',)),
    ('q34', 'The roof leaks', ('Priyanka Solanki',)),
    ('q34', 'I can show', ('Priyanka Solanki',)),
    ('q34', 'Bring the buckets,', ('Desmond Kaye',)),
    ('q34', 'Parents work Saturdays,', ('Priyanka Solanki',)),
    ('q34', 'The council had', ('City of Rockford', 'Rockford', 'city', 'The city')),
    ('q35', 'It was time,', ('Carmine DeLuca',)),
    ('q35', 'Thirty years is', ('Carmine DeLuca',)),
    ('q35', "He didn't tell", ('Nunzio DeLuca',)),
    ('q35', 'A customer told', ('Nunzio DeLuca',)),
    ('q35', "He doesn't listen,", ('Carmine DeLuca',)),
    ('q35', "That's the problem.", ('Carmine DeLuca',)),
    ('q35', 'They both use', ('Rosa DeLuca Ferri',)),
    ('q35', 'Not yet,', ('Nunzio DeLuca',)),
    ('q35', 'He knows where', ('Carmine DeLuca',)),
    ('q35', 'Three blocks. He', ('Carmine DeLuca',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, so it must be there."""
    assert len(PROBES) == 35
    assert all(fragment in PROBES[probe] for probe, fragment, _ in PROBES_49)


WHY_49 = {  # why On Record is still wrong, by story
    "q01": '"the New Zealander" is only in the headline ("Briton edges New Zealander")',
    "q02": (
        '"The medical center said in a statement that it ... “...,” it said": the description,'
        ' not "Valley County Medical Center" named in the lede (first judged: "statement")'
    ),
    "q03": (
        '"Vega then called the former treasurer, Bettina Lusk, 61. “...,” the witness said":'
        ' no one is given as the witness, so "the witness" refers back to the subject;'
        ' "The prosecutor, Assistant State\'s Attorney Marisol Vega,": the possessive in the'
        ' title breaks the name apposed to "The prosecutor", which is read as the defense'
        " lawyer"
    ),
    "q04": (
        '"Brightwell Appliances" is not read as an organisation, so "the company said" finds'
        ' none; "The agency said it had received the first report in 2023. “...,” it said":'
        " the report, the last document noun, not the agency"
    ),
    "q06": (
        '"The Finn" is only in the headline; "Kwabena Owusu, 22," in the lede is no naming'
        ' (an unlisted given name), so "The 22-year-old said he" finds no one of that age'
    ),
    "q07": (
        '"the company said" / "it said" of "Corliss Property Group" (no organisation read);'
        ' "Tenants" is the right group in another form (sentence case)'
    ),
    "q09": (
        '"Chidi Okafor was the first witness" and "The victim\'s brother, who is 31,": no'
        ' role is read from a copula or from "the victim\'s brother", so the brother and'
        ' "the witness" go to the men named last'
    ),
    "q10": (
        '"the agency said" after "The Federal Aviation Administration": the agency noun is'
        ' not tied to an "Administration"; "airline\'s pilots" is the right group in another'
        " form"
    ),
    "q13": '"the senior said": the quarterback is never said to be a senior',
    "q16": '"The baker said": she is only said to have opened a bakery',
    "q18": (
        '"The American said ... “...,” he said": Sorensen is the American, but the subject'
        ' just before (Brophy, "the Australian") is preferred over the one described far back'
    ),
    "q19": (
        '"some undergraduates" is the right group in another form ("the union said" of "The'
        ' union, Northwestern Graduate Workers," and the second "The university said ... it'
        ' said" are right since coref51)'
    ),
    "q22": (
        '"The Ruelas sisters ... This month ... they reopened": the sentence between does not'
        ' open with "They"'
    ),
    "q27": (
        '"some workers" is the right group in another form ("The workers\' union, the United'
        ' Food and Packing Workers, said ... the union said" is right since coref51)'
    ),
    "q28": (
        '"The prosecutor, Ken Ashworth, asked the witness what he did ... “...,” he said":'
        ' the answer is the one asked\'s; no mechanism reads the addressee of "asked"'
    ),
    "q31": (
        '"Rustbelt said it would comply ... “...,” the company said": Rustbelt is not read as'
        ' a company; "residents along the creek" is the right group in another form (first'
        ' judged: "creek")'
    ),
    "q35": (
        '"Nunzio and Carmine DeLuca": "Nunzio" is no listed given name, so "Nunzio" stays a'
        " person of his own"
    ),
}
KNOWN_WRONG_49 = known_wrong_from(  # what On Record gives, why
    WHY_49,
    [
        ("q01", "Next time I'll", "New Zealander"),
        ("q02", "We are recruiting", "medical center"),
        ("q03", "I never touched", "Marisol Vega"),
        ("q03", "He changed the", "Marisol Vega"),
        ("q03", "We have four", "Ana Cole"),
        ("q04", "We take every", "company"),
        ("q04", "No injuries have", "company"),
        ("q06", "I train in", "Kwabena Owusu"),
        ("q06", "This was Arizona.", "Kwabena Owusu"),
        ("q07", "We have children", "Tenants"),
        ("q07", "We have photos", "Tenants"),
        ("q07", "He has been", "company"),
        ("q07", "Not one dollar", "Tenants"),
        ("q09", "I heard him", "Travis Dunmore"),
        ("q09", "Then I heard", "Travis Dunmore"),
        ("q09", "Emeka didn't own", "Curtis Webb"),
        ("q09", "He owned a", "Curtis Webb"),
        ("q09", "No,", "Curtis Webb"),
        ("q09", "I heard it.", "Curtis Webb"),
        ("q10", "We told management", "airline's pilots"),
        ("q13", "I looked at", "senior"),
        ("q13", "He won.", "senior"),
        ("q13", "Forever, probably,", "Lyle Perrin"),
        ("q16", "People here go", "Marit Osterhaus"),
        ("q19", "Our labs just", "some undergraduates"),
        ("q22", "We argue about", None),
        ("q22", "Except the store.", None),
        ("q27", "Rent is due", "some workers"),
        ("q28", "I called 911", "Ken Ashworth"),
        ("q28", "I told her", "Ken Ashworth"),
        ("q31", "It smelled like", "residents along the creek"),
        ("q31", "We thought it", "residents along the creek"),
        ("q31", "The source has", "company"),
        ("q35", "He didn't tell", "Nunzio"),
        ("q35", "A customer told", "Nunzio"),
        ("q35", "Not yet,", "Nunzio"),
    ],
)


test_probe_speaker_coref49_batch, test_coref49_batch_figure = judged_batch_tests(
    "coref49", PROBES, PROBES_49, KNOWN_WRONG_49, FIRST_JUDGED, size=327
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 1496d14
# unless it says it is a guard)

N = "\n\n"


def test_an_age_nominal_at_a_cue_is_the_one_named_with_that_age() -> None:
    """ "Greta Lindahl, 31," then another woman quoted, then "“...,” the 31-year-old said":
    Lindahl, the one the article gives that age (main: the woman named last)."""
    text = (
        "Greta Lindahl, 31, won the regional chess title on Sunday."
        + N
        + "The tournament director, Paula Brisco, said the final had run for six hours."
        + " “Nobody left,” she said."
        + N
        + "“I want the national title next,” the 31-year-old said."
    )
    assert _speaker(text, "national title") == "Greta Lindahl"


def test_an_age_nominal_finds_an_age_written_after_a_surname() -> None:
    """ "Hollis, 58," (the surname alone) then "“...,” the 58-year-old said": Ray Hollis
    (main: the man quoted between)."""
    text = (
        "Ray Hollis opened a bait shop in 1990."
        + N
        + "Hollis, 58, said the lake had changed. “It's warmer,” he said."
        + N
        + "A warden, Tom Ridge, said the perch had moved. “They went deep,” he said."
        + N
        + "“I'll sell worms till I drop,” the 58-year-old said."
    )
    assert _speaker(text, "sell worms") == "Ray Hollis"


def test_an_abbreviated_title_is_the_office_spelled_out() -> None:
    """ "Sgt. Mara Quill" is "the sergeant"; "Det. Omar Baird" is "the detective" (main:
    "Sgt." and "Det." spelled out as no office)."""
    text = (
        "Sgt. Mara Quill found the car on Tuesday. Det. Omar Baird traced the plates."
        + N
        + "“It took a week,” Baird said."
        + N
        + "“I knew the car from the photo,” the sergeant said."
    )
    assert _speaker(text, "knew the car") == "Mara Quill"


def test_a_role_noun_opening_the_paragraph_after_anothers_quote_is_the_other_party() -> None:
    """ "“...,” Ruth Albers said." then a paragraph opening "The principal said ... “...,” she
    said": the principal named earlier, not Albers, whom a writer going on would call
    "she" (main: Albers, the subject just before)."""
    text = (
        "Nadia Forsythe, the principal of Eastlake Middle School, cancelled the trip."
        + N
        + "A parent, Ruth Albers, said the children had saved for a year. “They sold cookies"
        " for months,” Ruth Albers said."
        + N
        + "The principal said the bus company had failed an inspection. “I won't risk it,”"
        " she said."
    )
    assert _speaker(text, "won't risk") == "Nadia Forsythe"


def test_a_present_relative_clause_gives_the_agent_noun() -> None:
    """ "Irene Potts, who teaches French," before "the French teacher said": Potts, as
    "who founded" gives "the founder" (main: the woman quoted last)."""
    text = (
        "Irene Potts, who teaches French at the high school, wants the exchange trip back."
        + N
        + "The superintendent, Helen Marsh, cut it in May. “The money was gone,” Marsh said."
        + N
        + "“The children lose a whole summer,” the French teacher said."
    )
    assert _speaker(text, "whole summer") == "Irene Potts"


def test_a_role_written_at_a_naming_decides_a_nominal_opening_the_sentence() -> None:
    """ "Pruitt's lawyer, Dana Cole," then the prosecutor quoted, then "The defense lawyer
    objected. “...,” she said": Cole (main: the prosecutor, the woman quoted before; the
    pronoun's reading asked the roles kept, none yet)."""
    text = (
        "The trial of Leon Pruitt opened on Monday."
        + N
        + "Pruitt's lawyer, Dana Cole, said the evidence was thin. “There is no weapon,”"
        " Cole said."
        + N
        + "The prosecutor, Irma Vance, showed the jury a receipt. “He bought the rope,” she said."
        + N
        + "The defense lawyer objected to the receipt. “Anyone can buy rope,” she said."
    )
    assert _speaker(text, "Anyone can buy") == "Dana Cole"


def test_a_demonym_described_after_a_name_is_that_nominal() -> None:
    """ "Anders Holm, a Dane from Aarhus," before "the Dane said": Holm, though a demonym is
    no role (main: the man quoted last)."""
    text = (
        "Two cyclists crossed the Andes together."
        + N
        + "Anders Holm, a Dane from Aarhus, said the climb was the worst. “I cried twice,” he"
        " said."
        + N
        + "Pedro Vial of Santiago said the descent was worse. “No brakes,” he said."
        + N
        + "“We shared one tent for a month,” the Dane said."
    )
    assert _speaker(text, "one tent") == "Anders Holm"


def test_a_noun_no_list_holds_described_before_a_name_is_that_nominal() -> None:
    """ "A county surveyor, Joan Ekberg," before "the surveyor said": Ekberg, though no list
    holds "surveyor", so no role is read there (main: "surveyor", no one)."""
    text = (
        "The fence went up in March."
        + N
        + "A county surveyor, Joan Ekberg, testified that it stood two feet over the line."
        + N
        + "“Two feet and four inches,” the surveyor said."
    )
    assert _speaker(text, "four inches") == "Joan Ekberg"


def test_it_after_said_in_a_statement_is_the_one_who_said_it() -> None:
    """ "The county said in a statement that it ... “...,” it said": the county, not the
    statement (main: "statement")."""
    text = (
        "The pool will stay closed this summer."
        + N
        + "The county said in a statement that it could not hire lifeguards. “We tried every"
        " school,” it said."
    )
    assert _speaker(text, "every school") == "county"


def test_a_plural_after_along_heads_its_noun_phrase() -> None:
    """ "Farmers along the river said they ... “...,” they said": the farmers, not the
    river (main: "river")."""
    text = (
        "The dam will open on Friday."
        + N
        + "Farmers along the river said they had not been warned. “We heard it on the radio,”"
        " they said."
    )
    assert _speaker(text, "on the radio") in {"Farmers along the river", "farmers along the river"}


def test_a_family_name_before_a_plural_opening_the_sentence_is_the_group() -> None:
    """ "The Okoro brothers ... They ...\\n\\n“...,” they said": the brothers (main: no one;
    a capitalised word before the plural was not read)."""
    text = (
        "The Okoro brothers had run the old cinema since 2019. They reopened it on Friday."
        + N
        + "“We grew up in the balcony,” they said."
    )
    assert _speaker(text, "the balcony") == "Okoro brothers"


def test_it_after_a_report_received_is_the_report_guard() -> None:
    """Guard (passes on main too): "The bureau released a report. “...,” it said": the
    report speaks where no one is said to speak in it."""
    text = "Rents rose again.\n\nThe bureau released its annual report on Monday. “Rents rose"
    text += " 9 percent,” it said."
    assert _speaker(text, "9 percent") in {"report", "bureau"}


def test_a_place_word_in_a_description_is_no_demonym_guard() -> None:
    """Guard: "Nick Barr, a candidate ... from the 2nd District," is not "The district"
    that opens a later sentence, so "he said" after it stays with the chairman named there
    (a first form of the demonym mend read any capitalised word of the description: a
    train article went wrong so)."""
    text = (
        "Delegates were picked on Saturday."
        + N
        + "Nick Barr, a candidate for alternate from the 2nd District, said he backed Cruz."
        + " “There are a couple of Trump delegates,” he said."
        + N
        + "There, the district chairman Chuck Wills declined to name the delegates. The"
        + " district saw 30 applicants, which he said were split."
        + N
        + "“Trump has his share of support in our district,” he said."
    )
    assert _speaker(text, "share of support") == "Chuck Wills"
