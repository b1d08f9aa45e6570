"""attrib64: the twenty-fourth batch of invented probes: 30 short stories in the genres and
constructions the earlier batches covered least: business and technology (a foldable
laptop's launch with a reviewer who "wrote ... on X" and the CEO's memo quoted, an earnings
call where two women executives answer in turn, a layoff memo with two anonymous employees
"one said ... said the other", a Japanese carmaker's apology), disasters and weather (a
flash flood with an emergency manager, a fire captain "of" his department and residents; a
wildfire live blog with times and a utility's statement; a typhoon with Filipino names
"dela Cruz Jr.", "de los Santos"; a Mumbai monsoon with "Mr. Deshmukh"), religion (a
bishop's letter read at Mass, a gurdwara kitchen with Sikh names "Singh", "Kaur"), arts
(a novel reviewed with its author and a character quoted "she writes", a painter's
retrospective with possessive roles "The museum's director", "The exhibition's curator"),
a Navy briefing with an anonymous official, a sheriff's news conference with a reporter's
question, a chef's feud told in posts, family-name-first names (Japanese "Mori
Kazuhiro", Korean and Chinese go players, Hungarian "Szabó Eszter"), Arabic names with
"al-", "bin", "Abu", "Bani" and "Umm", a resignation letter quoting emails, a first-person
interview where the reporter asks ("I asked her"), two men and two sisters of one surname
alternating, a judge's speech split across paragraphs, speakers far from their cues past
relative clauses, "according to", inverted cues ("said the chair of the board, X"; "Said
Abernathy:"), titles with "of" and "to" ("The chief of staff to the Republican candidate"),
a press-conference transcript with NAME: and REPORTER: labels, a launch live blog, and a
Test match with "ul Haq" and "van der Merwe".

Every person is invented, and every quotation is written for this batch. Every expected
speaker was written before On Record read the probes (the articles and this list were
committed first). A nominal speaker counts in either case of its first letter.
First judged on main (d6ddfb9): 266 of 291 right (8.6% wrong); counting the right person
named in another form ("Reporter" for the "REPORTER:" label, "Haq" for Faizan ul Haq,
"Cruz" and "Santos" for Ramon dela Cruz Jr. and Maria Luisa de los Santos) as right, 274
(5.8% wrong); counting also the right person given by a description ("granddaughter" for
"The granddaughter, Saara,", "agency's spokesperson", "an engineer" for "an engineer's
report"), 278 (4.5% wrong). After the mends below: 285 (2.1% wrong); 289 and 290 counted
the same two ways (0.7%, 0.3%). The mends also made right four quotations earlier batches
listed as wrong (probes29 v20, probes44 a38, coref41 c16 twice); on whole train they change
no quotation and three statements' speakers ("this week the Senate" now "Senate").
The quotations still wrong are listed in KNOWN_WRONG_64 with what On Record gives and
why; the figure is printed by ``test_twenty_fourth_batch_figure`` (run with -s)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_64.json")
FIRST_JUDGED = 266  # right on main before any mend, of 291

PROBES_64: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('t01', 'This is the computer we wanted', ('Priya Raghunathan',)),
    ('t01', 'We stopped asking', ('Priya Raghunathan',)),
    ('t01', 'The first one broke', ('Priya Raghunathan',)),
    ('t01', 'The eleventh survived', ('Priya Raghunathan',)),
    ('t01', 'That’s a lot of money for a hinge', ('Devon Achterberg',)),
    ('t01', 'But it is a very good hinge', ('Devon Achterberg',)),
    ('t01', 'Anything below that', ('Mei-Lin Okafor',)),
    ('t01', 'the most important day', ('Priya Raghunathan', 'memo', 'a memo', 'the memo')),
    ('t01', 'If we get this wrong', ('Priya Raghunathan', 'memo', 'the memo', 'The memo')),
    ('t01', 'nobody will remember', ('Priya Raghunathan', 'memo', 'the memo', 'The memo')),
    ('t01', 'Go ahead and try', ('Tomasz Lindqvist',)),
    ('t01', 'I can’t find it', ('Tomasz Lindqvist',)),
    ('t02', 'We misjudged', ('Margaret Holloway',)),
    ('t02', 'That is on me', ('Margaret Holloway',)),
    ('t02', 'None of that comes from marketing', ('Deborah Nakamura-Price',)),
    ('t02', 'We are not going to save', ('Deborah Nakamura-Price',)),
    ('t02', 'Not this year', ('Margaret Holloway',)),
    ('t02', 'Is there any scenario', ('Sunil Batra',)),
    ('t02', 'The dividend is the last thing', ('Deborah Nakamura-Price',)),
    ('t02', 'It was the right deal', ('Margaret Holloway',)),
    ('t02', 'It just arrived at the wrong moment', ('Margaret Holloway',)),
    ('t02', 'They told us what they’d cut', ('Ruth Adebayo-Klein',)),
    ('t02', 'I needed the second half', ('Ruth Adebayo-Klein',)),
    ('t03', 'We have not had water', ('Darlene Ashby',)),
    ('t03', 'And in 1985', ('Darlene Ashby',)),
    ('t03', 'You go to a porch light', ('Rusty Mullins',)),
    ('t03', 'Most of the time they were', ('Rusty Mullins',)),
    ('t03', 'I told them I could climb', ('Arletta Combs',)),
    ('t03', 'They didn’t believe me', ('Arletta Combs',)),
    ('t03', 'They floated off', ('Junior Tackett',)),
    ('t03', 'Nobody is going to be left', ('Harlan Breckenridge',)),
    ('t03', 'The ground can’t take', ('Ellen Vose',)),
    ('t04', 'If you are still in Alder Ridge', ('Corinne Delacroix',)),
    ('t04', 'Do not stop for belongings', ('Corinne Delacroix',)),
    ('t04', 'The wind is the whole story', ('Manuel Oyelaran',)),
    ('t04', 'We get gusts', ('Manuel Oyelaran',)),
    ('t04', 'I grabbed the animals', ('Linh Tran',)),
    ('t04', 'I forgot my glasses', ('Linh Tran',)),
    ('t04', 'We know this is a hardship',
     ('Pacific Sierra Power', 'utility', 'the utility', 'The utility', 'statement',
      'a statement')),
    ('t04', 'It is a smaller hardship',
     ('Pacific Sierra Power', 'utility', 'the utility', 'The utility', 'statement',
      'a statement')),
    ('t04', 'I can’t make an adult', ('Corinne Delacroix',)),
    ('t04', 'I can tell them', ('Corinne Delacroix',)),
    ('t04', 'That one mattered', ('Manuel Oyelaran',)),
    ('t05', 'I know that for many of you',
     ('Anselm Kowalczyk', 'letter', 'a letter', 'the letter')),
    ('t05', 'I do not ask you to stop', ('Anselm Kowalczyk', 'letter', 'a letter', 'the letter')),
    ('t05', 'I will not pretend', ('Joseph Nwachukwu',)),
    ('t05', 'I have been here nine years', ('Joseph Nwachukwu',)),
    ('t05', 'My grandfather laid', ('Stella Wisniewski',)),
    ('t05', 'The bishop should come', ('Stella Wisniewski',)),
    ('t05', 'There are forty people', ('Irene Dabrowski',)),
    ('t05', 'The roof doesn’t care', ('Irene Dabrowski',)),
    ('t05', 'Nothing will be sold', ('Mary Catherine Boyle', 'Sister Mary Catherine Boyle')),
    ('t06', 'Nobody asks who you are', ('Harjit Singh Bains',)),
    ('t06', 'You sit on the floor', ('Harjit Singh Bains',)),
    ('t06', 'My hands know the work', ('Kulwant Kaur Sandhu',)),
    ('t06', 'My knees are less sure', ('Kulwant Kaur Sandhu',)),
    ('t06', 'I’ve lived round the corner', ('Gary Philpott',)),
    ('t06', 'I’m a bit ashamed', ('Gary Philpott',)),
    ('t06', 'This is what Leicester looks like', ('Rashida Mirza',)),
    ('t06', 'Gas is the problem', ('Harjit Singh Bains',)),
    ('t06', 'The bill this month', ('Harjit Singh Bains',)),
    ('t06', 'If you have two hands', ('Manpreet Singh',)),
    ('t07', 'I wanted a book', ('Agnieszka Wrona',)),
    ('t07', 'The ledger was my father’s', ('Agnieszka Wrona',)),
    ('t07', 'Papa says the sea', ('Hanne',)),
    ('t07', 'I think the sea is a dog', ('Hanne',)),
    ('t07', 'Half of it is too clever', ('Agnieszka Wrona',)),
    ('t07', 'I left it in', ('Agnieszka Wrona',)),
    ('t07', 'her least showy', ('Orla Fennelly',)),
    ('t07', 'She has stopped trying', ('Orla Fennelly',)),
    ('t07', 'which is the most impressive', ('Orla Fennelly',)),
    ('t07', 'Orla is being generous', ('Agnieszka Wrona',)),
    ('t07', 'She is also right', ('Agnieszka Wrona',)),
    ('t08', 'I looked at the photograph', ('Lionel Achebe-Grant',)),
    ('t08', 'Then I got in the car', ('Lionel Achebe-Grant',)),
    ('t08', 'People ask why the same field', ('Ruth Tamsin Oakes',)),
    ('t08', 'I ask them why the same face', ('Ruth Tamsin Oakes',)),
    ('t08', 'You walk through one year', ('Fumiko Hayashi',)),
    ('t08', 'Three of them are still up there', ('Daniel Oakes', 'Daniel')),
    ('t08', 'She won’t let us', ('Daniel Oakes', 'Daniel')),
    ('t08', 'The hens like them', ('Ruth Tamsin Oakes',)),
    ('t09', 'At approximately 0340', ('Kenneth Obuya',)),
    ('t09', 'The second was destroyed', ('Kenneth Obuya',)),
    ('t09', 'One has burns', ('Kenneth Obuya',)),
    ('t09', 'I’m not going to get ahead', ('Kenneth Obuya',)),
    ('t09', 'The pattern matches',
     ('A defense official', 'a defense official', 'defense official', 'official', 'the official',
      'The official')),
    ('t09', 'damaged but entirely seaworthy', ('Alicia Fontaine',)),
    ('t09', 'Your sailors did exactly', ('Alicia Fontaine',)),
    ('t09', 'I could not be prouder', ('Alicia Fontaine',)),
    ('t10', 'He’s cold, he’s hungry', ('Odell Brannon',)),
    ('t10', 'That’s the best news', ('Odell Brannon',)),
    ('t10', 'Why was he in the shed',
     ('reporter', 'the reporter', 'The reporter', 'A reporter', 'a reporter')),
    ('t10', 'He told us he was hiding', ('Odell Brannon',)),
    ('t10', 'Then he was afraid', ('Odell Brannon',)),
    ('t10', 'I opened the door', ('Wilma Patterson',)),
    ('t10', 'half of Georgia', ('Wilma Patterson',)),
    ('t10', 'I don’t know most of your names', ('Keisha Dorsey',)),
    ('t10', 'I’m going to learn', ('Keisha Dorsey',)),
    ('t10', 'Against who', ('Odell Brannon',)),
    ('t10', 'The thunderstorm', ('Odell Brannon',)),
    ('t11', 'One star for a restaurant', ('Marco Villaseñor',)),
    ('t11', 'Stay classy', ('Marco Villaseñor',)),
    ('t11', 'My card was not declined', ('Bethany Crowe',)),
    ('t11', 'I have the bank statement', ('Bethany Crowe',)),
    ('t11', 'Nobody in this story', ('Alfonso Reyes-Ibarra',)),
    ('t11', 'Least of all the rest', ('Alfonso Reyes-Ibarra',)),
    ('t11', 'Marco cooks with his heart', ('Gina Castellucci',)),
    ('t11', 'We’re sorry for the way', ('Gina Castellucci',)),
    ('t11', 'is not sorry', ('Bethany Crowe',)),
    ('t11', 'Closed for a family matter',
     ('restaurant', 'the restaurant', 'account', 'the restaurant’s Instagram account',
      'Instagram account', 'caption', 'the caption')),
    ('t12', 'We betrayed the trust', ('Mori Kazuhiro',)),
    ('t12', 'I will take responsibility', ('Mori Kazuhiro',)),
    ('t12', 'By the summer', ('Mori Kazuhiro',)),
    ('t12', 'We have found no evidence', ('Ishikawa Reiko',)),
    ('t12', 'That is not the same', ('Ishikawa Reiko',)),
    ('t12', 'Self-certification depends', ('Fujita Masaaki',)),
    ('t12', 'Trust is what was lost', ('Fujita Masaaki',)),
    ('t12', 'It drives fine', ('Tanaka Yumi',)),
    ('t12', 'I just don’t believe', ('Tanaka Yumi',)),
    ('t13', 'I was losing', ('Park Seo-yeon',)),
    ('t13', 'Around move 180', ('Park Seo-yeon',)),
    ('t13', 'I saw it one move', ('Liu Jianhong',)),
    ('t13', 'That’s all a game of go', ('Liu Jianhong',)),
    ('t13', 'She has a notebook', ('Kim Dong-hyun',)),
    ('t13', 'It is a thin notebook', ('Kim Dong-hyun',)),
    ('t13', 'He is the best player', ('Park Seo-yeon',)),
    ('t13', 'I don’t think I’ll beat', ('Park Seo-yeon',)),
    ('t13', 'He has played forty', ('Zhao Meiling',)),
    ('t13', 'Even a machine', ('Zhao Meiling',)),
    ('t13', 'I skipped an exam', ('Lee Ji-woo',)),
    ('t13', 'Worth it', ('Lee Ji-woo',)),
    ('t14', 'I was told the play', ('Szabó Eszter',)),
    ('t14', 'I would have liked', ('Szabó Eszter',)),
    ('t14', 'There were budget irregularities', ('Horváth Gábor',)),
    ('t14', 'We will not perform', ('letter', 'the letter', 'The letter', 'Actors', 'actors')),
    ('t14', 'Eszter gave me', ('Bartos Lili',)),
    ('t14', 'I don’t know who gives', ('Bartos Lili',)),
    ('t14', 'a bit dull, honestly', ('Fekete Dániel',)),
    ('t14', 'You do not have to like', ('Fekete Dániel',)),
    ('t15', 'We are the second-poorest', ('Hazem al-Rawashdeh',)),
    ('t15', 'There is no magic', ('Hazem al-Rawashdeh',)),
    ('t15', 'I wash the children', ('Umm Khaled',)),
    ('t15', 'The money is there', ('Faisal bin Abdulaziz al-Qahtani',)),
    ('t15', 'What we need is a signature', ('Faisal bin Abdulaziz al-Qahtani',)),
    ('t15', 'Desalinated water', ('Rania Abu Ghazaleh',)),
    ('t15', 'That costs electricity', ('Rania Abu Ghazaleh',)),
    ('t15', 'The ministry will not be rushed', ('Omar Bani Hani',)),
    ('t16', 'Water was above the rails', ('Sunil Kumar Yadav',)),
    ('t16', 'We will not run a train', ('Sunil Kumar Yadav',)),
    ('t16', 'The pumps are not the problem', ('Rajendra Prasad Deshmukh',)),
    ('t16', 'At high tide', ('Rajendra Prasad Deshmukh',)),
    ('t16', 'My shift started', ('Fatima Shaikh',)),
    ('t16', 'The patients don’t stop', ('Fatima Shaikh',)),
    ('t16', 'Where has the money gone', ('Anjali Kulkarni-Patil',)),
    ('t16', 'Into the sea', ('Anjali Kulkarni-Patil',)),
    ('t16', 'Every rupee', ('Rajendra Prasad Deshmukh',)),
    ('t17', 'I can no longer tell parents', ('Loretta Vance',)),
    ('t17', 'Room 14 smells', ('Loretta Vance',)),
    ('t17', 'We will add it to the summer list', ('Curtis Halverson',)),
    ('t17', 'The summer list', ('Loretta Vance',)),
    ('t17', 'became next summer’s list', ('Loretta Vance',)),
    ('t17', 'We take air quality', ('Curtis Halverson',)),
    ('t17', 'If Ms. Vance is right', ('Angela Moretti',)),
    ('t17', 'She’s seven', ('Derek Osei-Bonsu',)),
    ('t17', 'She doesn’t get to choose', ('Derek Osei-Bonsu',)),
    ('t18', 'What else would I shoe', ('Henrik Aalto',)),
    ('t18', 'My granddaughter says', ('Henrik Aalto',)),
    ('t18', 'She says a lot of things', ('Henrik Aalto',)),
    ('t18', 'I will', ('Saara', 'Saara Aalto')),
    ('t18', 'He just doesn’t want', ('Saara', 'Saara Aalto')),
    ('t18', 'Is it dangerous', ('I', 'me', None)),
    ('t18', 'Only if you’re stupid', ('Saara', 'Saara Aalto')),
    ('t18', 'Grandpa’s been kicked', ('Saara', 'Saara Aalto')),
    ('t18', 'Once I was talking to a pretty', ('Henrik Aalto',)),
    ('t18', 'Once I was talking to a journalist', ('Henrik Aalto',)),
    ('t19', 'Burglaries are down', ('Dale Whitcomb',)),
    ('t19', 'Those are not my numbers', ('Dale Whitcomb',)),
    ('t19', 'We have eleven open', ('Marcus Greeley',)),
    ('t19', 'You can’t arrest anyone', ('Marcus Greeley',)),
    ('t19', 'The lieutenant knows', ('Dale Whitcomb',)),
    ('t19', 'He sat on the hiring board', ('Dale Whitcomb',)),
    ('t19', 'I sat on it for two months', ('Marcus Greeley',)),
    ('t19', 'until you dissolved it', ('Marcus Greeley',)),
    ('t19', 'Where’s the money coming from', ('Marcus Greeley',)),
    ('t19', 'From the voters, Marcus', ('Dale Whitcomb',)),
    ('t19', 'That’s what a bond issue', ('Dale Whitcomb',)),
    ('t19', 'I’ve got a one o’clock', ('Harold Vinson',)),
    ('t19', 'and so, I suspect', ('Harold Vinson',)),
    ('t20', 'Ricotta from Maria’s', ('Angela Ferraro',)),
    ('t20', 'Teresa would use', ('Angela Ferraro',)),
    ('t20', 'Once', ('Teresa Ferraro',)),
    ('t20', 'I did it once, in 1998', ('Teresa Ferraro',)),
    ('t20', 'And people noticed', ('Angela Ferraro',)),
    ('t20', 'Nobody noticed', ('Teresa Ferraro',)),
    ('t20', 'You noticed', ('Teresa Ferraro',)),
    ('t20', 'Customers come for the bread', ('Paul Ferraro',)),
    ('t20', 'I’m 74', ('Teresa Ferraro',)),
    ('t20', 'Sentiment doesn’t pay', ('Teresa Ferraro',)),
    ('t20', 'She’ll change her mind', ('Angela Ferraro',)),
    ('t20', 'She always does', ('Angela Ferraro',)),
    ('t21', 'I have sentenced about four thousand', ('Cornelius Abernathy-Walsh',)),
    ('t21', 'I remember perhaps two hundred', ('Cornelius Abernathy-Walsh',)),
    ('t21', 'I got some wrong', ('Cornelius Abernathy-Walsh',)),
    ('t21', 'What I would ask of the young lawyers', ('Cornelius Abernathy-Walsh',)),
    ('t21', 'It has a crack', ('Lucinda Morales-Hart',)),
    ('t21', 'We think that was the Delgado', ('Lucinda Morales-Hart',)),
    ('t21', 'It was the Delgado trial', ('Cornelius Abernathy-Walsh',)),
    ('t21', 'He sent back my first draft', ('Simone Achterberg',)),
    ('t21', 'The word was', ('Simone Achterberg',)),
    ('t22', 'They’ll have to put up with me', ('Eleanor Fitch-Dunmore',)),
    ('t22', 'She worked harder', ('Walter Prentiss',)),
    ('t22', 'A board member who reads', ('Yesenia Paredes-Quint',)),
    ('t22', 'even when it doesn’t feel', ('Yesenia Paredes-Quint',)),
    ('t22', 'She wore out two pairs', ('Kevin Abara',)),
    ('t22', 'I wore out one', ('Kevin Abara',)),
    ('t22', 'Ask for the 2019 audit', ('Eleanor Fitch-Dunmore',)),
    ('t22', 'Nobody has ever shown it', ('Eleanor Fitch-Dunmore',)),
    ('t23', 'It has carried cars', ('Nancy Whitlock-Hayes',)),
    ('t23', 'A rest? It’s a bridge', ('Arthur Pelletier',)),
    ('t23', 'Bridges are for crossing', ('Arthur Pelletier',)),
    ('t23', 'sound but tired',
     ('report', 'the report', 'an engineer’s report', 'engineer’s report', 'Samira Haddad')),
    ('t23', 'Continued vehicle use', ('report', 'the report', 'The report', 'Samira Haddad')),
    ('t23', 'Cars are the problem', ('Samira Haddad',)),
    ('t23', 'I have never had this much mail', ('Bev Tardif',)),
    ('t23', 'including the dog ordinance', ('Bev Tardif',)),
    ('t23', 'The bridge stays', ('Ronald Bouchard',)),
    ('t23', 'That’s fine with us', ('Ronald Bouchard',)),
    ('t24', 'Every one of those ballots', ('Gretchen Vanderhoek',)),
    ('t24', 'Twice, if necessary', ('Gretchen Vanderhoek',)),
    ('t24', 'The system worked', ('Terrence Mabry',)),
    ('t24', 'We want the right number', ('Felicia Okonjo',)),
    ('t24', 'Every day this drags', ('Brad Lindemann',)),
    ('t24', 'a configuration file',
     ('Tricounty Ballot Systems', 'statement', 'a statement', 'vendor', 'The vendor',
      'the vendor')),
    ('t24', 'We should have caught', ('Howard Stamm',)),
    ('t25', 'Good morning. As of 5 a.m.', ('Carmen Ibáñez-Ruiz',)),
    ('t25', 'Whose decision was it', ('reporter', 'REPORTER', 'a reporter', 'A reporter')),
    ('t25', 'We made an offer on Friday', ('Carmen Ibáñez-Ruiz',)),
    ('t25', 'The union says the offer', ('reporter', 'REPORTER', 'a reporter', 'A reporter')),
    ('t25', 'It caps overtime', ('Carmen Ibáñez-Ruiz',)),
    ('t25', 'How long can the city', ('reporter', 'REPORTER', 'a reporter', 'A reporter')),
    ('t25', 'Longer than I’d like', ('Carmen Ibáñez-Ruiz',)),
    ('t25', 'The mayor can call it', ('Desmond Fairclough',)),
    ('t25', 'It’s less money', ('Desmond Fairclough',)),
    ('t26', 'We’re seeing a pressure value', ('Keisha Morrow-Bell',)),
    ('t26', 'We’ll take the time', ('Keisha Morrow-Bell',)),
    ('t26', 'Valve is behaving', ('Keisha Morrow-Bell',)),
    ('t26', 'And Aurora-3 has cleared', ('Derek Samaras',)),
    ('t26', 'Nominal orbit', ('Irina Sokolova',)),
    ('t26', 'We have a healthy spacecraft', ('Irina Sokolova',)),
    ('t26', 'Eleven years', ('Anand Venkataraman',)),
    ('t26', 'All of that for eight minutes', ('Anand Venkataraman',)),
    ('t26', 'Third time lucky', ('Lyle Kessington',)),
    ('t26', 'Be patient', ('Beatriz Almeida-Costa',)),
    ('t26', 'The sky has been waiting', ('Beatriz Almeida-Costa',)),
    ('t27', 'We were gone at 90', ('Jaspreet Singh Gill',)),
    ('t27', 'Arjun had other ideas', ('Jaspreet Singh Gill',)),
    ('t27', 'I just tried to bat', ('Arjun Reddy Kolluri',)),
    ('t27', 'Then I tried to bat', ('Arjun Reddy Kolluri',)),
    ('t27', 'We took five for ninety', ('Faizan ul Haq',)),
    ('t27', 'Somebody had to take', ('Faizan ul Haq',)),
    ('t27', 'You drop a man', ('Mohammad Ali Rizvi',)),
    ('t27', 'The bat was grounded', ('Pieter van der Merwe',)),
    ('t27', 'Worth every penny', ('Harpreet Kaur',)),
    ('t27', 'And the flight', ('Harpreet Kaur',)),
    ('t28', 'We grew too fast', ('Jonas Eberhardt-Lee',)),
    ('t28', 'We hired for a world', ('Jonas Eberhardt-Lee',)),
    ('t28', 'To those leaving', ('Jonas Eberhardt-Lee', 'memo', 'The memo', 'the memo')),
    ('t28', 'I was in the middle', ('one', 'One', 'one employee')),
    ('t28', 'That’s how I found out', ('one', 'One', 'one employee')),
    ('t28', 'Sixteen weeks is decent', ('other', 'the other', 'The other')),
    ('t28', 'The way they did it', ('other', 'the other', 'The other')),
    ('t28', 'for security reasons', ('Hannah Okeke',)),
    ('t28', 'made a mistake', ('Jonas Eberhardt-Lee',)),
    ('t28', 'People should have heard', ('Jonas Eberhardt-Lee',)),
    ('t29', 'We evacuated 60,000',
     ('Ramon dela Cruz Jr.', 'Ramon dela Cruz', 'Ramon dela Cruz Jr')),
    ('t29', 'Most were in landslides', ('Maria Luisa de los Santos',)),
    ('t29', 'The sea took the house', ('Rodel Bautista',)),
    ('t29', 'So I can still work', ('Rodel Bautista',)),
    ('t29', 'People are drinking from the river', ('Grace Villanueva-Tan',)),
    ('t29', 'In three days', ('Grace Villanueva-Tan',)),
    ('t29', 'We have rice', ('Ramon dela Cruz Jr.', 'Ramon dela Cruz', 'Ramon dela Cruz Jr')),
    ('t29', 'This time, people listened', ('Maria Luisa de los Santos',)),
    ('t29', 'They remember 2013', ('Maria Luisa de los Santos',)),
    ('t30', 'He was taking the collection', ('Loretta Abernathy',)),
    ('t30', 'We don’t yet know', ('Loretta Abernathy',)),
    ('t30', 'He looked right at it', ('Victor Alarcón',)),
    ('t30', 'Twice', ('Victor Alarcón',)),
    ('t30', 'This is a sick man', ('Naomi Feldstein-Ruiz',)),
    ('t30', 'We would also like', ('Amos Whitfield',)),
    ('t30', 'Pastor Whitfield without', ('Amos Whitfield',)),
    ('t30', 'We’re working on that', ('Loretta Abernathy',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, once, so it must be there."""
    assert len(PROBES) == 30
    assert all(PROBES[probe].count(fragment) == 1 for probe, fragment, _ in PROBES_64)


KNOWN_WRONG_64: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('t01', 'Anything below that'): (
        'Devon Achterberg',
        '"According to Mei-Lin Okafor, an analyst ..., the company needs ... “...,” she said": '
        'the hyphenated given name "Mei-Lin" is in no list, so the cheap pass knows no '
        'person there and "she" goes to the reviewer quoted before (with a listed first '
        'name the cited source is now the topic: test_the_source_cited_first_...)',
    ),
    ('t11', 'Closed for a family matter'): (
        'restaurant’s Instagram account',
        'right in another form, without its "the" (first judged: "Wednesday the '
        'restaurant’s Instagram account")',
    ),
    ('t23', 'sound but tired'): (
        'an engineer',
        'right by a description: "According to an engineer’s report": the owner of the '
        'report, its writer (Samira Haddad, named later)',
    ),
    ('t25', 'Whose decision was it'): (
        'Reporter',
        'right in another form: the "REPORTER:" label in title case',
    ),
    ('t25', 'The union says the offer'): ('Reporter', 'as the one before'),
    ('t25', 'How long can the city'): ('Reporter', 'as the one before'),
}  # fmt: skip

test_probe_speaker_twenty_fourth_batch, test_twenty_fourth_batch_figure = judged_batch_tests(
    "probes64", PROBES, PROBES_64, KNOWN_WRONG_64, FIRST_JUDGED, size=291
)


N = "\n\n"


def test_lower_case_particles_stay_in_the_name() -> None:
    """Filipino, Spanish and Urdu names keep their lower-case particles ("dela", "de los",
    "ul"): the whole name speaks, not its last word, and not some other noun for want of
    a name."""
    assert _speaker("\u201cWe are ready,\u201d said the mayor, Lorna dela Paz.") == "Lorna dela Paz"
    assert _speaker("\u201cNo,\u201d said the clerk, Carmen de los Reyes.") == (
        "Carmen de los Reyes"
    )
    text = "The coach, Zubair ul Hassan, said it was \u201ca long day for the bowlers.\u201d"
    assert _speaker(text) == "Zubair ul Hassan"


def test_a_participle_before_the_place_of_a_title() -> None:
    """ "said the mayor of neighboring Ashby Falls, Ruth Caldwell": the participle
    modifies the place, so the title runs on to the name set off after it."""
    text = (
        "The clerk, Dora Finch, counted the letters. \u201cA record,\u201d Finch said."
        + N
        + "\u201cWe pay half,\u201d said the mayor of neighboring Ashby Falls, Ruth Caldwell, "
        "whose town shares the cost."
    )
    assert _speaker(text, "We pay half") == "Ruth Caldwell"


def test_a_fronted_day_is_no_part_of_the_subject() -> None:
    """ "On Tuesday the hospital's page posted ...": the day ends the fronted phrase, and
    the article after it opens the subject."""
    text = (
        "On Tuesday the hospital\u2019s Facebook page posted a notice saying it was "
        "\u201cfully staffed and open.\u201d"
    )
    assert _speaker(text) == "hospital\u2019s Facebook page"


def test_the_source_cited_first_is_what_she_refers_to() -> None:
    """ "According to Mary Okafor, an economist, the rise will stall. “...,” she said":
    the sentence gives her words, so she is its topic for a later pronoun, not the woman
    quoted before."""
    text = (
        "\u201cPrices are mad,\u201d wrote Helen Price, a reviewer, on X."
        + N
        + "According to Mary Okafor, an economist at Lindell Bank, the rise will stall by "
        "spring. \u201cIt has run its course,\u201d she said."
    )
    assert _speaker(text, "It has run its course") == "Mary Okafor"


def test_a_sentence_may_begin_after_a_clock_time() -> None:
    """ "The bakery opens at 5 a.m. Ingrid Holt has ...": "a.m." ends the sentence when
    what follows tells no more of the time ("5 a.m. Tuesday", "7 p.m. ET")."""
    from core.nlp import split_sentences

    text = (
        "Margaret Lyle owns the building."
        + N
        + "The bakery opens at 5 a.m. Ingrid Holt has baked there for years. \u201cThe ovens "
        "never cool,\u201d she said."
    )
    assert _speaker(text, "The ovens never cool") == "Ingrid Holt"
    assert len(split_sentences("The bakery opens at 5 a.m. Ingrid Holt bakes the bread.")) == 2
    for kept in ("at 9 a.m. Tuesday in the hall.", "at 7 p.m. ET on Monday.", "at 9 a.m. Sept. 4."):
        sentence = "The vote is " + kept
        assert len(split_sentences(sentence)) == 1


def test_a_first_name_alone_after_a_definite_person_noun() -> None:
    """ "The girl, Liesel, is nine": a first name set off after "the" and a noun for a
    person names that person (of the noun's sex, if it has one), whom a later "she"
    means."""
    text = (
        "Agnes Moll edited the diary. \u201cI kept every page,\u201d Moll said."
        + N
        + "The girl, Liesel, is nine when it begins. \u201cMama says the war is far "
        "away,\u201d she writes."
    )
    assert _speaker(text, "Mama says") == "Liesel"
    text = (
        "Tapio Virta has shod horses for fifty years."
        + N
        + "The granddaughter, Kaisa, was in the barn. \u201cI will take it on,\u201d she said."
    )
    assert _speaker(text, "I will take it on") == "Kaisa"
