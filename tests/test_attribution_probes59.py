"""attrib59: the twenty-first batch of invented probes (issue 15): 30 stories in the beats the
earlier batches covered least, written the way US newspapers wrote in 2016: city hall and
the state legislature (a council budget, a Senate pension vote, school closings, a body
camera ordinance, a zoning fight, a governor's budget veto), courts and police (a police
shooting video, a Medicare fraud verdict, a state supreme court school-funding ruling, a
jail death, an asylum hearing), business and labour (a plant closing, a nurses' strike, a
seed merger, a fast-food wage rally, a drug-price hearing, a teachers' contract, a card
breach), foreign affairs with translated names (Chinese trade talks, a North Korean launch,
Saudi oil policy, a Colombian peace deal, a Mexican mayor's killing, a Chinese lawyer's
trial, the Mosul offensive, a Korean phone recall: family-name-first Chinese and Korean
names, Arabic names with al- and bin, Spanish double surnames) and science and health
(Zika in Miami, an Antarctic ice study, an Alzheimer's trial, lead in school water).
Four to eight speakers a story: long appositives, titles with "of", "said X, who ...",
"according to", "the mayor added", quotations split around the cue, paragraph-opening
quotations with the cue at the end, speakers named only by role, documents and
organisations.

Every person is invented, and every quotation is written for this batch. Every expected
speaker was written before On Record read the probes (the articles and this list were
committed first).
First judged on main (4834bf0): 330 of 341 right (3.2% wrong); counting the right person
named in another form ("Ron Dettweiler Jr" without the suffix's period, "Karimi" for
"Mr. Karimi" of Mehrdad Karimi Rad, "minister" for the minister named in apposition with an
Arabic name) or by a description ("Beijing's chief negotiator", named in the next
sentence) as right, 336 (1.5% wrong). After the mends below: 337 (1.2% wrong); 339
counted the same way (0.6%). After people52 ("Mr. Karimi" joined to Mehrdad Karimi Rad):
338 (0.9% wrong). After coref74 (a description is the one "The N, Name," names later:
"The negotiator, Vice Premier Wang Zhenhua,"): one more right, the printed figure 339 → 340.
The quotations still wrong are listed in KNOWN_WRONG_59 with what On Record gives and
why; the figure is printed by ``test_twenty_first_batch_figure`` (run with -s)."""

from __future__ import annotations

from core import nlp
from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_59.json")
FIRST_JUDGED = 330  # right on main before any mend, of 341

PROBES_59: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('s01', 'balanced the books on the backs', ('Tomás Ibarra',)),
    ('s01', 'We found $4 million for overtime', ('Tomás Ibarra',)),
    ('s01', 'We couldn’t find $600,000', ('Tomás Ibarra',)),
    ('s01', 'Nobody up here likes cutting', ('Ashley Drummond',)),
    ('s01', 'But a contract is a contract', ('Ashley Drummond',)),
    ('s01', 'This budget protects public safety',
     ('Dennis Kowalewski', 'statement', 'the statement')),
    ('s01', 'It is not the budget I would', ('Dennis Kowalewski', 'statement', 'the statement')),
    ('s01', 'That’s roughly a tank of gas', ('Carla Sheen',)),
    ('s01', 'I understand it’s still money', ('Carla Sheen',)),
    ('s01', 'I have three grandchildren who go', ('Evelyn Tate',)),
    ('s01', 'Where are they supposed to go now', ('Evelyn Tate',)),
    ('s01', 'Our officers went four years', ('Rick Voelker',)),
    ('s01', 'Nobody on the council was complaining', ('Rick Voelker',)),
    ('s01', "This isn't over", ('Joan Fitzsimmons',)),
    ('s01', 'We have a midyear review', ('Joan Fitzsimmons',)),
    ('s02', 'the hardest thing this chamber has done', ('Gregory Albaugh',)),
    ('s02', 'We have a $111 billion hole', ('Gregory Albaugh',)),
    ('s02', 'I didn’t come to Springfield', ('Gregory Albaugh',)),
    ('s02', 'They know this is unconstitutional', ('Karen Moseley',)),
    ('s02', 'They knew it last year', ('Karen Moseley',)),
    ('s02', 'Consideration is the key word', ('Philip Danforth',)),
    ('s02', 'The court said you can’t take', ('Philip Danforth',)),
    ('s02', "appreciates the Senate's work", ('Lindsay Orr',)),
    ('s02', "pension reform alone won't fix", ('Lindsay Orr',)),
    ('s02', "review the Senate's work carefully", ('Terrence Boyle',)),
    ('s02', 'The speaker has been through this', ('Terrence Boyle',)),
    ('s02', 'He isn’t going to rush', ('Terrence Boyle',)),
    ('s02', "I've paid into this system", ('Darnell Sykes',)),
    ('s02', 'They never missed a payment', ('Darnell Sykes',)),
    ('s03', 'I’ve watched this video more than', ('Lawrence Okafor',)),
    ('s03', 'I see an officer who gave four', ('Lawrence Okafor',)),
    ('s03', 'Forty seconds', ('Loretta Whitaker',)),
    ('s03', 'My son lived twenty-seven years', ('Loretta Whitaker',)),
    ('s03', 'The chief chose which forty seconds', ('Benjamin Atwater',)),
    ('s03', "That's not transparency", ('Benjamin Atwater',)),
    ('s03', 'could compromise the integrity',
     ('Stephen Kunkel', 'statement', 'the statement', "Mr. Kunkel's office", 'Kunkel office',
      'office')),
    ('s03', 'acted exactly as they were trained', ('Dale Harnish',)),
    ('s03', 'These are two good officers', ('Dale Harnish',)),
    ('s03', 'People forget that', ('Dale Harnish',)),
    ('s03', "We're not anti-police", ('Marcus Bell',)),
    ('s03', 'We are anti-secret', ('Marcus Bell',)),
    ('s03', 'sooner rather than later', ('Janet Collier',)),
    ('s03', 'The people of this city deserve', ('Janet Collier',)),
    ('s03', 'And they will', ('Janet Collier',)),
    ('s04', 'Mr. Pryce built a business model', ('Hannah Reyes-Goldberg',)),
    ('s04', 'Somebody checked', ('Hannah Reyes-Goldberg',)),
    ('s04', 'criminalized a billing dispute', ('Douglas Fenwick',)),
    ('s04', 'My client did not treat a single', ('Douglas Fenwick',)),
    ('s04', 'He was convicted of being in charge', ('Douglas Fenwick',)),
    ('s04', 'I was told the numbers came', ('Renee Calloway',)),
    ('s04', 'Everybody knew what upstairs meant', ('Renee Calloway',)),
    ('s04', 'Not in those words', ('Renee Calloway',)),
    ('s04', 'You cannot hide behind a spreadsheet', ('Gerald Whitcombe',)),
    ('s04', 'If you design a scheme', ('Gerald Whitcombe',)),
    ('s04', "I don't think you're going anywhere", ('Anne Marie Castellanos',)),
    ('s04', 'But the rules are the rules', ('Anne Marie Castellanos',)),
    ('s05', 'was not made lightly', ('Steven Lindqvist', 'letter', 'the letter')),
    ('s05', 'sustained cost pressure', ('Steven Lindqvist', 'letter', 'the letter')),
    ('s05', 'Our competitors made this move', ('Steven Lindqvist', 'letter', 'the letter')),
    ('s05', 'We put everything on the table', ('Gary Thornburg',)),
    ('s05', 'Wages, overtime rules', ('Gary Thornburg',)),
    ('s05', 'was simply too large to close', ('Priya Natarajan',)),
    ('s05', 'An hour', ('Lloyd Winnecke-Hart',)),
    ('s05', 'These families have given this company', ('Lloyd Winnecke-Hart',)),
    ('s05', 'The market likes the margin story', ('Aaron Feld',)),
    ('s05', "Whether it's a good long-term", ('Aaron Feld',)),
    ('s05', "I'm too young to retire", ('Crystal Ames',)),
    ('s05', "That's the spot they put", ('Crystal Ames',)),
    ('s06', 'Nobody wants to be out here', ('Angela Brandvold',)),
    ('s06', 'We want to be in there with our', ('Angela Brandvold',)),
    ('s06', "You can't put one nurse with six", ('Linda Haugen',)),
    ('s06', "We've shown them the research", ('Linda Haugen',)),
    ('s06', 'among the best benefits in the region', ('Allina Health', 'Allina')),
    ('s06', 'Patient care will continue', ('David Kroll',)),
    ('s06', 'Every surgery on the schedule', ('David Kroll',)),
    ('s06', 'the parties remain far apart', ('Ruth Ellingson',)),
    ('s06', "I support what they're fighting for",
     ('One nurse at United Hospital in St. Paul', 'nurse', 'One nurse', 'one nurse',
      'One nurse at United Hospital')),
    ('s06', 'I have a mortgage and a kid',
     ('One nurse at United Hospital in St. Paul', 'nurse', 'One nurse', 'one nurse',
      'One nurse at United Hospital')),
    ('s06', 'Minnesotans need these hospitals', ('Mark Dayrell',)),
    ('s06', "I'll keep making calls", ('Mark Dayrell',)),
    ('s07', 'a global problem that cannot be blamed', ('Wang Zhenhua',)),
    ('s07', 'China has already cut more capacity', ('Wang Zhenhua',)),
    ('s07', 'We have closed mills', ('Wang Zhenhua',)),
    ('s07', 'candid and constructive', ('Daniel Lowenthal',)),
    ('s07', 'We heard a lot about what has been', ('Daniel Lowenthal',)),
    ('s07', 'We did not hear enough', ('Daniel Lowenthal',)),
    ('s07', 'take necessary measures', ('Gao Meiling',)),
    ('s07', 'Talks are fine', ('Thomas Gerrity',)),
    ('s07', 'But our members have laid off', ('Thomas Gerrity',)),
    ('s07', 'The central government can announce', ('Li Xiaodong',)),
    ('s07', 'But the mills belong to the provinces', ('Li Xiaodong',)),
    ('s07', 'Dialogue is always better', ('Lu Qingwen',)),
    ('s08', 'considerable progress', ('Roh Jae-won',)),
    ('s08', 'This is a serious provocation', ('Roh Jae-won',)),
    ('s08', 'It is an unforgivable act', ('Kenji Morioka',)),
    ('s08', 'an eye-opening advance', ('Kim Jong-un',)),
    ('s08', 'a strike capability no enemy can ignore', ('Kim Jong-un',)),
    ('s08', 'They have shown they can get it out', ('Cha Sung-min',)),
    ('s08', "That's different from having a submarine", ('Cha Sung-min',)),
    ('s08', 'strongly condemns', ('Mark Tennant',)),
    ('s08', 'Our commitment to the defense', ('Mark Tennant',)),
    ('s08', "Every month there's another one", ('Park Min-seo',)),
    ('s08', 'If I worried about each one', ('Park Min-seo',)),
    ('s09', 'We are not going to carry the burden', ('Saad bin Abdulrahman al-Othaimeen',)),
    ('s09', 'If there is to be an agreement', ('Saad bin Abdulrahman al-Othaimeen',)),
    ('s09', 'comfortable', ('Saad bin Abdulrahman al-Othaimeen',)),
    ('s09', 'for a very long time', ('Saad bin Abdulrahman al-Othaimeen',)),
    ('s09', 'every right to reclaim its share', ('Mehrdad Karimi Rad',)),
    ('s09', 'Riyadh wants everyone to come', ('Abdullah bin Nasser al-Shammari',)),
    ('s09', "That's a message to Tehran", ('Abdullah bin Nasser al-Shammari',)),
    ('s09', 'The government has cut subsidies', ('Fatima al-Zahrani',)),
    ('s09', 'There is a limit to how long', ('Fatima al-Zahrani',)),
    ('s09', 'in principle',
     ('A Russian energy official', 'Russian energy official', 'official', 'energy official')),
    ('s09', 'A freeze is one thing',
     ('A Russian energy official', 'Russian energy official', 'official', 'energy official')),
    ('s09', 'A cut is a different conversation',
     ('A Russian energy official', 'Russian energy official', 'official', 'energy official')),
    ('s10', 'Today the guns fall silent', ('Juan Esteban Restrepo Villamil',)),
    ('s10', 'Today Colombia begins to build', ('Juan Esteban Restrepo Villamil',)),
    ('s10', 'On behalf of our organization', ('Ramiro Quintero Echeverri',)),
    ('s10', 'We want peace, but not this peace', ('Fernando Mendieta Arango',)),
    ('s10', 'Not a peace that rewards kidnappers', ('Fernando Mendieta Arango',)),
    ('s10', "I don't forgive them yet", ('María Fernanda Ospina Cárdenas',)),
    ('s10', 'But I want my son to grow up', ('María Fernanda Ospina Cárdenas',)),
    ('s10', 'The logistics are enormous', ('Pierre-Yves Garnier',)),
    ('s10', 'But the will is there', ('Pierre-Yves Garnier',)),
    ('s11', 'We’ve known this could happen', ('Richard Scalise',)),
    ('s11', 'Our goal is to be transparent', ('Richard Scalise',)),
    ('s11', 'The risk is real and it is ongoing', ('Helen Marchetti',)),
    ('s11', "We don't know how long it will last", ('Helen Marchetti',)),
    ('s11', 'We are not going to drop chemicals', ('Carl Brenning',)),
    ('s11', 'There are other ways', ('Carl Brenning',)),
    ('s11', 'August is slow anyway', ('Ricardo Peña',)),
    ('s11', "Now I'm getting calls from people", ('Ricardo Peña',)),
    ('s11', "Trucks can't reach a mosquito", ('Yvonne Acheampong',)),
    ('s11', 'And that mosquito is very happy', ('Yvonne Acheampong',)),
    ('s12', 'We were surprised, frankly', ('Rebecca Lindahl',)),
    ('s12', 'We went looking for a few meters', ('Rebecca Lindahl',)),
    ('s12', 'Nobody is saying this will happen', ('Rebecca Lindahl',)),
    ('s12', 'But the mechanism we were worried', ('Rebecca Lindahl',)),
    ('s12', "It's excellent fieldwork", ('Martin Oyelaran',)),
    ('s12', 'Whether it tells us about the rest', ('Martin Oyelaran',)),
    ('s12', 'The radar tells us what the ice', ('Hugh Pemberton',)),
    ('s12', 'The submarine will tell us', ('Hugh Pemberton',)),
    ('s13', "You're not closing a building", ('Sharonda Mills',)),
    ('s13', 'Where do my boys walk to', ('Sharonda Mills',)),
    ('s13', "I'm here to listen", ('Raymond Ostrowski',)),
    ('s13', "I've read every letter", ('Raymond Ostrowski',)),
    ('s13', 'We are paying to heat empty classrooms', ('Rosalind Chu',)),
    ('s13', 'That is not a choice the mayor', ('Rosalind Chu',)),
    ('s13', 'Look at the map', ('Jerry Kovach',)),
    ('s13', 'Look at which buildings are on it', ('Jerry Kovach',)),
    ('s13', 'The mayor wants to move fast', ('Beatrice Okonjo',)),
    ('s13', 'Some things should move slowly', ('Beatrice Okonjo',)),
    ('s13', 'My school is old and the heat', ('Destiny Ramirez',)),
    ('s13', "But it's my school", ('Destiny Ramirez',)),
    ('s14', 'with an education that is not merely',
     ('Miriam Halloway-Stutz', 'justices', 'the justices', 'opinion', 'the opinion')),
    ('s14', 'The Legislature has had three opportunities', ('Miriam Halloway-Stutz',)),
    ('s14', 'We cannot in good conscience', ('Miriam Halloway-Stutz',)),
    ('s14', 'a political decision dressed up', ('Samuel Brandauer',)),
    ('s14', 'Once again, the court has decided', ('Samuel Brandauer',)),
    ('s14', 'That is not how our system', ('Samuel Brandauer',)),
    ('s14', "This is what we've been saying", ('Anthony Vickery-Cruz',)),
    ('s14', "The governor's tax cuts blew a hole", ('Anthony Vickery-Cruz',)),
    ('s14', "That's a lot of money", ('Alan Trask',)),
    ('s14', "It's also what the state would have", ('Alan Trask',)),
    ('s14', "We'll do our job", ('Ron Dettweiler Jr.',)),
    ('s14', "I'd ask the court to let us", ('Ron Dettweiler Jr.',)),
    ('s14', 'I cried a little', ('Cynthia Marsh-Ortiz',)),
    ('s14', 'Then I went back to work', ('Cynthia Marsh-Ortiz',)),
    ('s15', 'We can buy the cameras', ('Braxton Ellerbe-Hale',)),
    ('s15', "What we can't buy is trust", ('Braxton Ellerbe-Hale',)),
    ('s15', "I've said from day one", ('Curtis Pendry-Adams',)),
    ('s15', 'But I also have an obligation', ('Curtis Pendry-Adams',)),
    ('s15', 'This is an expensive solution', ('Ed Sorrow-Whitley',)),
    ('s15', 'the good will of whoever happens', ('Karen Mallory-Bey',)),
    ('s15', 'Good will is not a policy', ('Karen Mallory-Bey',)),
    ('s15', 'People in this city have been asking', ('Karen Mallory-Bey',)),
    ('s15', 'Step one was the cameras', ('LaTonya Burwell-Greene',)),
    ('s15', 'Step two is the rules', ('LaTonya Burwell-Greene',)),
    ('s15', 'Most of our guys want them', ('Randy Stiles',)),
    ('s15', 'The video protects us far more', ('Randy Stiles',)),
    ('s16', "Together we'll be able to invest", ('Hugh Weatherall',)),
    ('s16', "That's good for growers", ('Hugh Weatherall',)),
    ('s16', 'anticipated the regulatory questions', ('Werner Albrecht-Stiehl',)),
    ('s16', 'Every time these companies merge', ('Roger Plumb-Tate',)),
    ('s16', 'Every time, they go up', ('Roger Plumb-Tate',)),
    ('s16', 'concerned about what this means', ('Charles Ostergaard-Munn',)),
    ('s16', 'Rheinwald needed this', ('Jonas Oxley',)),
    ('s16', 'If they had walked away', ('Jonas Oxley',)),
    ('s16', 'The spread tells you everything', ('Jonas Oxley',)),
    ('s16', "The market thinks there's a real chance", ('Jonas Oxley',)),
    ('s17', 'I work at two jobs', ('Shantel Dawkins',)),
    ('s17', "I'm not asking for a handout", ('Shantel Dawkins',)),
    ('s17', 'No one who works full time', ('Andrew Castellane',)),
    ('s17', "It's that simple", ('Andrew Castellane',)),
    ('s17', 'A diner in Watertown is not', ('John Falconer-Reese',)),
    ('s17', 'We have to respect that difference', ('John Falconer-Reese',)),
    ('s17', 'These are not big corporations', ('Melissa Brandt-Moore',)),
    ('s17', "They're family businesses", ('Melissa Brandt-Moore',)),
    ('s17', 'The research on increases of this size', ('Arvind Mukherjee',)),
    ('s17', "But the earlier studies don't show", ('Arvind Mukherjee',)),
    ('s17', 'The support is broad', ('Steven Rosewater-Hall',)),
    ('s17', "That's the whole fight in a nutshell", ('Steven Rosewater-Hall',)),
    ('s18', 'This was a message from the criminal', ('Rodolfo Cisneros Ibarra',)),
    ('s18', 'They wanted to say that they will not', ('Rodolfo Cisneros Ibarra',)),
    ('s18', 'make deals with anyone', ('Elvira Montaño Ocampo',)),
    ('s18', 'a cowardly act', ('Héctor Salgado Garrido',)),
    ('s18', 'We will not allow the criminals', ('Héctor Salgado Garrido',)),
    ('s18', 'A mayor in a town like San Gregorio Atlapulco', ('Emilio Barragán Sánchez',)),
    ('s18', 'Whoever controls the mayor', ('Emilio Barragán Sánchez',)),
    ('s18', 'She was one of us', ('Rosalba Hernández Luna',)),
    ('s18', 'She grew up three streets from here', ('Rosalba Hernández Luna',)),
    ('s18', 'They took my daughter', ('Juana Ocampo de Montaño',)),
    ('s18', 'I want justice, not speeches', ('Juana Ocampo de Montaño',)),
    ('s19', 'I understand the frustration', ('Margaret Ellison-Vaughn',)),
    ('s19', 'We never intended for anyone', ('Margaret Ellison-Vaughn',)),
    ('s19', 'Your pay went up 600 percent', ('Elias Kimbrough-Ward',)),
    ('s19', "Those numbers aren't a coincidence", ('Elias Kimbrough-Ward',)),
    ('s19', "I don't believe you", ('Jason Pettibone-Lund',)),
    ('s19', 'Show us', ('Jason Pettibone-Lund',)),
    ('s19', 'I buy four of these a year', ('Kristin Yaeger-Ross',)),
    ('s19', 'Last time it was $1,200', ('Kristin Yaeger-Ross',)),
    ('s19', 'technically true and substantively misleading', ('Ravi Subramaniam',)),
    ('s19', "She's describing one slice", ('Ravi Subramaniam',)),
    ('s19', 'within weeks', ('Julie Marcantonio',)),
    ('s20', 'Austin needs housing', ('Marcus Vandermeer',)),
    ('s20', 'This is exactly the kind of project', ('Marcus Vandermeer',)),
    ('s20', 'Nobody here is against housing', ('Patricia Oakes-Delgado',)),
    ('s20', "We're against a building that casts", ('Patricia Oakes-Delgado',)),
    ('s20', 'The people who are against this own', ('Daniel Whitsett-Cho',)),
    ('s20', "I'd like the chance to someday", ('Daniel Whitsett-Cho',)),
    ('s20', "I don't think anybody on this dais", ('Stephen Lattimore-Park',)),
    ('s20', "I certainly haven't", ('Stephen Lattimore-Park',)),
    ('s20', 'listening to everyone', ('Ken Aldridge',)),
    ('s20', "It's going to come to us eventually", ('Ken Aldridge',)),
    ('s20', 'Everybody knows that', ('Ken Aldridge',)),
    ('s21', 'He died of thirst', ('Lisa Hammond-Price',)),
    ('s21', 'In a building full of sinks', ('Lisa Hammond-Price',)),
    ('s21', "Mr. Coker's death is a tragedy", ('Ron Tillery-Lowe',)),
    ('s21', 'We are cooperating fully', ('Ron Tillery-Lowe',)),
    ('s21', "He said, 'They won't give me water", ('Denise Coker-Mayes',)),
    ('s21', 'I thought he was confused', ('Denise Coker-Mayes',)),
    ('s21', 'I should have called somebody', ('Denise Coker-Mayes',)),
    ('s21', 'The jail is the largest mental health', ('Alicia Benavides',)),
    ('s21', 'It was never built to be one', ('Alicia Benavides',)),
    ('s22', 'I admit my crimes', ('Zhou Jianmin',)),
    ('s22', 'I have realized that my actions', ('Zhou Jianmin',)),
    ('s22', 'These trials are theater', ('Ada Leung-Lindgren',)),
    ('s22', 'The verdict is written before', ('Ada Leung-Lindgren',)),
    ('s22', 'I learned he was on trial', ('Liu', 'Ms. Liu')),
    ('s22', 'The court never called me', ('Liu', 'Ms. Liu')),
    ('s22', 'The relevant cases were handled', ('Geng Xiaoming',)),
    ('s22', 'deeply concerned',
     ('United States Embassy in Beijing', 'The United States Embassy in Beijing', 'embassy',
      'the embassy', 'United States Embassy')),
    ('s22', 'for their peaceful advocacy',
     ('United States Embassy in Beijing', 'The United States Embassy in Beijing', 'embassy',
      'the embassy', 'statement', 'United States Embassy')),
    ('s22', "They don't need to arrest everyone", ('Tang Weiren',)),
    ('s22', 'They need to arrest enough', ('Tang Weiren',)),
    ('s23', 'The fighting is very hard', ('Falah al-Jubouri',)),
    ('s23', 'We advance one street', ('Falah al-Jubouri',)),
    ('s23', 'no choice but to die or surrender', ('Adel Kadhim al-Rubaie',)),
    ('s23', 'We have space for about 45,000', ('Karl Ellul-Vella',)),
    ('s23', 'If the fighting reaches the western side', ('Karl Ellul-Vella',)),
    ('s23', 'They beat my husband', ('Umm Ahmed',)),
    ('s23', "They took my son's school", ('Umm Ahmed',)),
    ('s23', 'That was the deal, and we will keep', ('Dilshad Rasul Aziz',)),
    ('s23', 'Mosul is for the Iraqi army', ('Dilshad Rasul Aziz',)),
    ('s23', 'The Iraqis are doing the fighting', ('Gregory Mayhew',)),
    ('s23', 'We are in support', ('Gregory Mayhew',)),
    ('s24', "This is the first time we've seen", ('Renata Okonkwo-Stiles',)),
    ('s24', "It's modest", ('Renata Okonkwo-Stiles',)),
    ('s24', "I've been to this movie before", ('Samuel Ganapathy-Reyes',)),
    ('s24', 'A small trial, a nice curve', ('Samuel Ganapathy-Reyes',)),
    ('s24', 'We saw it early, we followed it', ('Alfred Ibekwe',)),
    ('s24', 'encouraging', ("Alzheimer's Association", "The Alzheimer's Association")),
    ('s24', 'People write to us every day', ('Marisol Carreño-Soto',)),
    ('s24', 'That tells you how much the need', ('Marisol Carreño-Soto',)),
    ('s25', 'Nobody got everything they wanted', ('Renata Kowalski-Brandt',)),
    ('s25', 'Our members wanted the class sizes', ('Renata Kowalski-Brandt',)),
    ('s25', "We've got a good contract", ('Gerald Whitacre',)),
    ('s25', 'I have two kids of my own', ('Brian Oduya-Fenn',)),
    ('s25', 'I voted yes with my checkbook', ('Brian Oduya-Fenn',)),
    ('s25', 'hard on everyone, and hardest', ('Lucinda Marsh-Abernathy', 'letter', 'the letter')),
    ('s25', 'I know many of you had started', ('Lucinda Marsh-Abernathy', 'letter', 'the letter')),
    ('s25', 'I am grateful those plans', ('Lucinda Marsh-Abernathy', 'letter', 'the letter')),
    ('s25', 'We had a whole spreadsheet going', ('Ingrid Solberg-Matos',)),
    ('s25', 'Grandma was on Monday', ('Ingrid Solberg-Matos',)),
    ('s26', 'The moment we saw the numbers', ('Christopher Albanese-Ruiz',)),
    ('s26', 'Every child will have bottled water', ('Christopher Albanese-Ruiz',)),
    ('s26', "Newark's water is safe to drink", ('Raymond Okonjo-Barnes',)),
    ('s26', 'I drink it', ('Raymond Okonjo-Barnes',)),
    ('s26', "They sent a robocall at 9 o'clock", ('Denise Alvarado-Kline',)),
    ('s26', 'Two days after they knew', ('Denise Alvarado-Kline',)),
    ('s26', 'We are going through every page', ('Lawrence Pruett',)),
    ('s26', 'If something was missed', ('Lawrence Pruett',)),
    ('s26', 'Lead exposure at school is one source', ('Olusola Adebayo-Grant',)),
    ('s26', 'The old paint in many of our homes', ('Olusola Adebayo-Grant',)),
    ('s26', 'We put it in writing', ('John Abernathy-Marsh',)),
    ('s26', 'More than once', ('John Abernathy-Marsh',)),
    ('s27', 'The police there work with the gangs', ('Marisol Aguilar Fuentes',)),
    ('s27', 'If I go back, they will know', ('Marisol Aguilar Fuentes',)),
    ('s27', "I'm not saying you're not afraid", ('Robert Penderhall',)),
    ('s27', "I'm saying the law doesn't cover", ('Robert Penderhall',)),
    ('s27', 'Without a lawyer, a mother', ('Andrea Meza-Whitford',)),
    ('s27', 'With a lawyer, her odds go up', ('Andrea Meza-Whitford',)),
    ('s27', 'decide each case on its merits', ('Kathryn Mattingly-Ross',)),
    ('s27', 'He thinks Honduras is home', ('Marisol Aguilar Fuentes',)),
    ('s27', "He doesn't remember why we left", ('Marisol Aguilar Fuentes',)),
    ('s27', 'The record is thin because nobody', ('Timothy Nguyen-Salas',)),
    ('s27', "That's fixable", ('Timothy Nguyen-Salas',)),
    ('s28', 'We are deeply sorry for the trouble', ('Gordon Stallworth',)),
    ('s28', "Our guests' trust is our top priority", ('Gordon Stallworth',)),
    ('s28', 'Whoever did this was inside the network', ('Brian Kessinger',)),
    ('s28', "This wasn't a smash-and-grab", ('Brian Kessinger',)),
    ('s28', 'monitoring accounts closely', ('Paul Renwick',)),
    ('s28', 'Retailers have a legal obligation', ('George Pellham-Hale',)),
    ('s28', 'We intend to find out whether', ('George Pellham-Hale',)),
    ('s28', "I'll check my statement tonight", ('Marcia Halvorsen-Tran',)),
    ('s28', 'Honestly, I figure my number', ('Marcia Halvorsen-Tran',)),
    ('s28', 'The real cost will show up', ('Craig Lindgren-Ferraro',)),
    ('s28', 'If people switch to cash', ('Craig Lindgren-Ferraro',)),
    ('s29', 'We will do everything we can', ('Koh Dong-hwan',)),
    ('s29', 'We are truly sorry for the concern', ('Koh Dong-hwan',)),
    ('s29', 'a heartbreaking amount', ('Koh Dong-hwan',)),
    ('s29', 'This is the flagship phone', ('Lee Seung-woo',)),
    ('s29', 'The money they can recover', ('Lee Seung-woo',)),
    ('s29', 'aware of the reports', ('Laura Whitcomb-Ishida',)),
    ('s29', 'Every company makes mistakes', ('Choi Yeon-hee',)),
    ('s29', 'They are fixing it quickly', ('Choi Yeon-hee',)),
    ('s29', "I charged it next to my daughter's", ('Kim Tae-hoon',)),
    ('s29', 'I will get my money back', ('Kim Tae-hoon',)),
    ('s30', 'a budget built on gimmicks', ('Thomas Wexford-Vance',)),
    ('s30', 'I was elected to fix the mess', ('Thomas Wexford-Vance',)),
    ('s30', "This budget doesn't add up", ('Thomas Wexford-Vance',)),
    ('s30', 'The governor has decided', ('Jacob Stroud-Hughes',)),
    ('s30', 'We gave him a balanced plan', ('Jacob Stroud-Hughes',)),
    ('s30', "We've sat in his office for weeks", ('Dave Pritchett-Calloway',)),
    ('s30', 'Every conversation ends the same way', ('Dave Pritchett-Calloway',)),
    ('s30', 'Rape crisis centers', ('Joan Tillotson-Grady',)),
    ('s30', "They're the ones who will feel this", ('Joan Tillotson-Grady',)),
    ('s30', "That's up to them", ('Randy Vollmer-Koch',)),
    ('s30', 'Our door is open', ('Randy Vollmer-Koch',)),
    ('s30', 'Somebody finally said no', ('Keisha Langley-Odom',)),
    ('s30', 'Our kids have been told yes-but', ('Keisha Langley-Odom',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, so it must be there."""
    assert len(PROBES) == 30
    assert all(fragment in PROBES[probe] for probe, fragment, _ in PROBES_59)


KNOWN_WRONG_59: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('s08', 'an eye-opening advance'): (
        "North's official Korean Central News Agency",
        'the channel: "The North\'s official Korean Central News Agency said ... that the '
        'leader, Kim Jong-un, had watched the launch and called it “...”": the agency, not '
        'the one it says "called it"',
    ),
}  # fmt: skip


test_probe_speaker_twenty_first_batch, test_twenty_first_batch_figure = judged_batch_tests(
    "probes59", PROBES, PROBES_59, KNOWN_WRONG_59, FIRST_JUDGED, size=341
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 4834bf0)

N = "\n\n"


def test_a_surname_with_a_glued_particle_is_a_proper_noun() -> None:
    """ "al-Shammari", "el-Masri": a lower-case particle of a name joined by a hyphen to a
    capitalised word is unknown to the tagger's model, which gave it CD or UH, so the
    appositive "the minister, Abdullah al-Shammari," held no name. Not a prefix: "anti-"."""
    tagged = nlp.tag(
        nlp.tokenize("An anti-Trump group met Omar el-Masri and Abdullah al-Shammari.")
    )
    assert [t.tag for t in tagged if "-" in t.text] == ["JJ", "NNP", "NNP"]
    text = (
        "Oil prices fell again on Monday."
        + N
        + "“We will not cut alone,” the minister, Abdullah al-Shammari, told reporters."
    )
    assert _speaker(text, "cut alone") == "Abdullah al-Shammari"


def test_an_organisation_in_a_place_speaks_not_the_place() -> None:
    """ "The British Embassy in Nairobi said": the listed place after "in" says where the
    capitalised noun phrase before it is; that phrase names the subject, an organisation
    (it was "Nairobi", a person)."""
    text = "The British Embassy in Nairobi said it was “deeply troubled” by the verdict."
    assert _speaker(text, "deeply troubled") == "British Embassy in Nairobi"
    text = "Democrats in Ohio said the ruling was “a victory for voters.”"
    assert _speaker(text, "a victory") == "Democrats in Ohio"  # people in a place: as before


def test_a_name_suffix_keeps_its_period() -> None:
    """ "Rep. Ron Dettweiler Jr., a Republican": the name is shown as written, "Jr."
    with its period (it was "Ron Dettweiler Jr")."""
    text = "“We will do our job,” said Rep. Ron Dettweiler Jr., a Republican from Wichita."
    assert _speaker(text, "do our job") == "Ron Dettweiler Jr."


def test_one_nurse_is_someone_new_though_a_named_woman_is_a_nurse() -> None:
    """ "One nurse at Mercy Hospital, who asked not to be named because she feared ...,
    said she had crossed the line. “...,” she said": "One" introduces someone new, so the
    nurse is the pronoun's antecedent even when a nurse is named before (it went to the
    last woman named, since the nominal was taken for a role of the named nurse)."""
    text = (
        "Nurses at Mercy Hospital walked out on Sunday."
        + N
        + "“Nobody wants to be out here,” said Dana Pruett, a nurse there for ten years."
        + N
        + "The hospital's spokeswoman, Carol Meade, said surgeries would go on."
        + N
        + "One nurse at Mercy Hospital, who asked not to be named because she feared "
        "retaliation, said she had crossed the picket line."
        + N
        + "“I have a mortgage and a kid in college,” she said."
    )
    assert _speaker(text, "a mortgage") == "one nurse"
