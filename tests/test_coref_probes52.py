"""coref52: invented probes for pronouns and nominals, a seventh batch after coref41,
coref44, coref46, coref48, coref49 and coref50: 35 short news stories (332 quotations) in
genres the earlier batches covered least (a mine rescue, a bank merger, a spelling bee, a
measles outbreak, a library book challenge, a marathon, a refinery fire, maple sugaring, a
sentencing, a recount, a ferry cut, a dog show, a museum restitution, a nursing home
closing, tech layoffs, an avalanche, a boxing comeback, a teachers' strike, contaminated
water, a zoo birth, a university president resigning, a diner closing, a sheriff's race, a
derailment, a doping ban, a heat wave, a stock market debut, a pipeline protest, an
exoneration, twin sisters' bookstore, a swimmer retiring, a sanitation strike, a kidney
donation, an MP quitting her party, a bridge toll). Speakers are reached through
he/she/they/it after other people of both sexes have been named, through nominals ("the
spokeswoman", "the 27-year-old", "the Democrat", "the widow", "the town manager", "the
Belgian", "the company said in a statement", "the railroad", "the federation"), plural
"they" for a couple, twins, two founders or two banks, a he after a name given in a
subordinate clause, a second person entering between the name and the pronoun, kin
("His widow, Manpreet Sandhu,", "Their daughter, Simran, 22,", "His wife, Loretta,",
"Her father-in-law"), and quotations continuing over paragraphs.

Every person is invented and every quotation is written for this batch. The judged list
was written with the stories, before On Record read them (both were committed first; the
stories are built from marked text by /work/notes/coref52_scripts/gen.py). The quotations
still wrong are listed in KNOWN_WRONG_52 with what On Record gives and why; the figure is
printed by ``test_coref52_batch_figure`` (run with -s).

First judged, on main ebfac97 before any mend: 278 of 332 right (83.7%; 54 wrong). After
the mends below: 298 of 332 (89.8%); 302 after coref53 (a lone surname is the relative
who has been quoted; a titled name set off after a relative clause is the subject). Of the
34 wrong after coref52, 5 are the right speaker in another form or an unnamed one of it
("banks" for a joint statement, "union" x3 of a named union, "a spokesman" of the company);
see WHY_52."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_52.json")
FIRST_JUDGED = 278  # right on main (ebfac97) before any mend, of 332

PROBES_52: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("c01", "Our rescue teams", ("Appalachian Ridge Energy",)),
    ("c01", "We are grateful", ("Appalachian Ridge Energy",)),
    ("c01", "I didn't sleep,", ("Ashley Kimble",)),
    ("c01", "I just kept", ("Ashley Kimble",)),
    ("c01", "I told him", ("Roy Kimble",)),
    ("c01", "He went anyway.", ("Roy Kimble",)),
    ("c01", "We will look", ("Gwen Talbott",)),
    ("c01", "They wrote it", ("Lonnie Pritt",)),
    ("c01", "Somebody has the", ("Lonnie Pritt",)),
    ("c01", "It was dark", ("Dustin Kimble",)),
    ("c01", "We sang a", ("Dustin Kimble",)),
    ("c01", "Nobody goes back", ("Gwen Talbott",)),
    ("c02", "This is a", ("Samuel Okafor",)),
    ("c02", "Our customers will", ("Samuel Okafor",)),
    ("c02", "Sam called me", ("Lorraine Haddix",)),
    ("c02", "I laughed. Then", ("Lorraine Haddix",)),
    ("c02", "Some consolidation is", ("Piedmont Trust", "Bluewater Bancorp")),
    ("c02", "Someone always wins", ("Priya Venkataraman",)),
    ("c02", "Usually it's the", ("Priya Venkataraman",)),
    ("c02", "Lorraine and I", ("Samuel Okafor",)),
    ("c02", "There is no", ("Samuel Okafor",)),
    ("c03", "I knew it", ("Zara Mukherjee",)),
    ("c03", "Ombros is rain.", ("Zara Mukherjee",)),
    ("c03", "She made flash", ("Rina Mukherjee",)),
    ("c03", "I'm in eighth", ("Elliott Branson",)),
    ("c03", "That's one more", ("Elliott Branson",)),
    ("c03", "He spelled 400", ("Dale Branson",)),
    ("c03", "I'm prouder than", ("Dale Branson",)),
    ("c03", "Both of them", ("Corinne Aldama",)),
    ("c03", "College, my mom", ("Zara Mukherjee",)),
    ("c03", "And maybe a", ("Zara Mukherjee",)),
    ("c04", "This outbreak is", ("Spokane Regional Health District",)),
    ("c04", "Vaccines are free", ("Spokane Regional Health District",)),
    ("c04", "Measles is the", ("Benjamin Yoder",)),
    ("c04", "One case becomes", ("Benjamin Yoder",)),
    ("c04", "I thought I", ("Tasha Greenleaf",)),
    ("c04", "Now my youngest", ("Tasha Greenleaf",)),
    ("c04", "Parents who said", ("Helen Strand",)),
    ("c04", "I'll take it.", ("Helen Strand",)),
    ("c04", "We haven't peaked,", ("Benjamin Yoder",)),
    ("c04", "Incubation is up", ("Benjamin Yoder",)),
    ("c05", "I am not", ("Melanie Croft",)),
    ("c05", "I am asking", ("Melanie Croft",)),
    ("c05", "Kids who need", ("Tobias Rehn",)),
    ("c05", "Now they won't", ("Tobias Rehn",)),
    ("c05", "It's not a", ("Gil Novak",)),
    ("c05", "It's not my", ("Gil Novak",)),
    ("c05", "We have a", ("Renata Silva",)),
    ("c05", "Tonight the process", ("Renata Silva",)),
    ("c05", "The vote was", ("Warren Pike",)),
    ("c05", "It won't stay", ("Warren Pike",)),
    ("c06", "I felt strong", ("Faith Kiptanui",)),
    ("c06", "Then I felt", ("Faith Kiptanui",)),
    ("c06", "She was flying,", ("Winnie Jeptoo",)),
    ("c06", "I could not", ("Winnie Jeptoo",)),
    ("c06", "I had nothing", ("Brian Kowalczyk",)),
    ("c06", "Tesfaye is just", ("Brian Kowalczyk",)),
    ("c06", "Next year, I", ("Tesfaye Gebrekidan",)),
    ("c06", "She ran 68", ("Renato Castelli",)),
    ("c06", "I told her,", ("Renato Castelli",)),
    ("c06", "He tells me", ("Faith Kiptanui",)),
    ("c07", "The fire is", ("Sabine Petroleum",)),
    ("c07", "We are working", ("Sabine Petroleum",)),
    ("c07", "You don't put", ("Luis Cardenas",)),
    ("c07", "You starve it.", ("Luis Cardenas",)),
    ("c07", "I thought it", ("Carmen Villegas",)),
    ("c07", "My husband grabbed", ("Carmen Villegas",)),
    ("c07", "Every time they", ("Oscar Delgado",)),
    ("c07", "Every time I", ("Oscar Delgado",)),
    ("c07", "Our thoughts are", ("Kurt Lindemann",)),
    ("c07", "We are deploying", ("Chemical Safety Board",)),
    ("c08", "We've never seen", ("Gordon Thibault", "Elise Thibault")),
    ("c08", "Not once.", ("Gordon Thibault", "Elise Thibault")),
    ("c08", "The trees woke", ("Gordon Thibault",)),
    ("c08", "Then the frost", ("Gordon Thibault",)),
    ("c08", "We'll get through", ("Elise Thibault",)),
    ("c08", "We have the", ("Elise Thibault",)),
    ("c08", "The bank doesn't", ("Caleb Ruiz",)),
    ("c08", "The window is", ("Anne-Marie Gagnon",)),
    ("c08", "Farmers who tap", ("Anne-Marie Gagnon",)),
    ("c08", "He told me", ("Caleb Ruiz",)),
    ("c08", "Next year I'm", ("Caleb Ruiz",)),
    ("c09", "He came here", ("Manpreet Sandhu",)),
    ("c09", "He built that", ("Manpreet Sandhu",)),
    ("c09", "I'm there every", ("Simran Sandhu",)),
    ("c09", "I stand where", ("Simran Sandhu",)),
    ("c09", "He is not", ("Gerald Fenn",)),
    ("c09", "You shot a", ("Patricia Hollins",)),
    ("c09", "There is no", ("Patricia Hollins",)),
    ("c09", "Mr. Sandhu's family", ("Elliot Graves",)),
    ("c09", "My husband would", ("Manpreet Sandhu",)),
    ("c10", "Every vote counted,", ("Naomi Ferris",)),
    ("c10", "Eleven of them", ("Naomi Ferris",)),
    ("c10", "The rules should", ("Clifford Amsel",)),
    ("c10", "I'll be watching.", ("Clifford Amsel",)),
    ("c10", "Two counts, two", ("Fatima Oduya",)),
    ("c10", "Same result.", ("Fatima Oduya",)),
    ("c10", "She gave us", ("Marcus Tillery",)),
    ("c10", "Now we have", ("Marcus Tillery",)),
    ("c10", "Not on all", ("Barbara Kostelnik",)),
    ("c10", "I'm new,", ("Naomi Ferris",)),
    ("c10", "I'll learn where", ("Naomi Ferris",)),
    ("c11", "We cannot run", ("Maine State Ferry Service",)),
    ("c11", "We are hiring", ("Maine State Ferry Service",)),
    ("c11", "She'll have to", ("Jared Coombs",)),
    ("c11", "She's 16.", ("Jared Coombs",)),
    ("c11", "Honestly, it sounds", ("Kenzie Coombs",)),
    ("c11", "Ferry captains can", ("Andrea Philbrook",)),
    ("c11", "That's the whole", ("Andrea Philbrook",)),
    ("c11", "Fifty years on", ("Walter Ames",)),
    ("c11", "And they want", ("Walter Ames",)),
    ("c11", "He says he", ("Andrea Philbrook",)),
    ("c11", "I'll believe it", ("Andrea Philbrook",)),
    ("c12", "He's a lion", ("Desmond Farrow",)),
    ("c12", "He knows when", ("Desmond Farrow",)),
    ("c12", "We're going to", ("Sandra Blackwood", "Iris Blackwood")),
    ("c12", "A small one.", ("Sandra Blackwood", "Iris Blackwood")),
    ("c12", "He rolled around", ("Loretta Keane",)),
    ("c12", "I have no", ("Marco Vaccaro",)),
    ("c12", "You don't argue", ("Marco Vaccaro",)),
    ("c12", "He's earned a", ("Desmond Farrow",)),
    ("c13", "These objects were", ("Laura Whitcombe",)),
    ("c13", "They should never", ("Laura Whitcombe",)),
    ("c13", "Our ancestors are", ("Aghatise Osagie",)),
    ("c13", "Our children will", ("Aghatise Osagie",)),
    ("c13", "It took four", ("Abba Sule Danjuma",)),
    ("c13", "But here we", ("Abba Sule Danjuma",)),
    ("c13", "Where does it", ("Rupert Hale",)),
    ("c13", "Each request is", ("Ashmore Museum", "museum")),
    ("c13", "People should see", ("Laura Whitcombe",)),
    ("c14", "We explored every", ("Hartwell Senior Living",)),
    ("c14", "We regret this", ("Hartwell Senior Living",)),
    ("c14", "She doesn't know", ("Diane Kowalski",)),
    ("c14", "But she knows", ("Diane Kowalski",)),
    ("c14", "Nobody told us,", ("Marisol Vega",)),
    ("c14", "We found out", ("Marisol Vega",)),
    ("c14", "Forty beds, 96", ("Mairead Costigan",)),
    ("c14", "You see the", ("Mairead Costigan",)),
    ("c14", "The company made", ("Rick Mendes",)),
    ("c14", "Now it wants", ("Rick Mendes",)),
    ("c14", "One of them", ("Diane Kowalski",)),
    ("c14", "One had no", ("Diane Kowalski",)),
    ("c15", "This is the", ("Nathan Pruitt",)),
    ("c15", "Each of the", ("Nathan Pruitt",)),
    ("c15", "We want people", ("Danielle Ortega",)),
    ("c15", "My badge still", ("Hana Kobayashi",)),
    ("c15", "My computer didn't.", ("Hana Kobayashi",)),
    ("c15", "I found out I", ("Vikram Shah",)),
    ("c15", "The market wants", ("Teresa Lindahl",)),
    ("c15", "This gives them", ("Teresa Lindahl",)),
    ("c15", "The pace of", ("Danielle Ortega",)),
    ("c16", "We dug a", ("Jonah Weiss",)),
    ("c16", "Nothing told us", ("Jonah Weiss",)),
    ("c16", "Considerable is where", ("Mark Tenney",)),
    ("c16", "It doesn't sound", ("Mark Tenney",)),
    ("c16", "She was the", ("Rachel Albee",)),
    ("c16", "She was always", ("Rachel Albee",)),
    ("c16", "The debris was", ("Deb Hollister",)),
    ("c16", "Trent was my", ("Jonah Weiss",)),
    ("c16", "I don't know", ("Jonah Weiss",)),
    ("c17", "I still have", ("Ray Delacroix",)),
    ("c17", "The legs took", ("Ray Delacroix",)),
    ("c17", "I thought he", ("Juan Pablo Ibarra",)),
    ("c17", "He's not slow.", ("Juan Pablo Ibarra",)),
    ("c17", "I heard the", ("Monique Delacroix",)),
    ("c17", "I know what", ("Monique Delacroix",)),
    ("c17", "The public wants", ("Leon Gartner",)),
    ("c17", "I want it.", ("Leon Gartner",)),
    ("c17", "She made me", ("Ray Delacroix",)),
    ("c18", "We are not", ("Keith Broussard",)),
    ("c18", "Nine doesn't pay", ("Keith Broussard",)),
    ("c18", "Every dollar I", ("Kyla Johnson-Whitfield",)),
    ("c18", "I won't close", ("Kyla Johnson-Whitfield",)),
    ("c18", "I teach calculus", ("Gloria Tran",)),
    ("c18", "Then I frost", ("Gloria Tran",)),
    ("c18", "My mother-in-law has", ("Nikolai Petrov",)),
    ("c18", "Tomorrow, I don't", ("Nikolai Petrov",)),
    ("c18", "We'll be in", ("Oakland Education Association",)),
    ("c19", "Use bottled water", ("Rob Kettering",)),
    ("c19", "Showering is fine.", ("Rob Kettering",)),
    ("c19", "We are moving", ("Department of Environmental Conservation",)),
    ("c19", "I got letters", ("Michele Dunleavy",)),
    ("c19", "I kept the", ("Michele Dunleavy",)),
    ("c19", "The company is", ("Tarrant Polymers",)),
    ("c19", "The chemical stays", ("David Marchetti",)),
    ("c19", "Knowing your level", ("David Marchetti",)),
    ("c19", "He's scared,", ("Michele Dunleavy",)),
    ("c19", "So am I.", ("Michele Dunleavy",)),
    ("c20", "She was calm,", ("Ricardo Salinas",)),
    ("c20", "Mostly.", ("Ricardo Salinas",)),
    ("c20", "Her first 48", ("Jennifer Oh",)),
    ("c20", "So far she's", ("Jennifer Oh",)),
    ("c20", "It took three", ("San Diego Zoo",)),
    ("c20", "We saw her", ("Gary Holcomb", "Lynne Holcomb")),
    ("c20", "We had to", ("Gary Holcomb", "Lynne Holcomb")),
    ("c20", "The staff has", ("Ricardo Salinas",)),
    ("c21", "The university is", ("Garrett Fontaine",)),
    ("c21", "It deserves a", ("Garrett Fontaine",)),
    ("c21", "We lost 40", ("Joanne Li",)),
    ("c21", "And he added", ("Joanne Li",)),
    ("c21", "Pat has our", ("Ron Castellucci",)),
    ("c21", "I met him", ("Aiden Castellanos",)),
    ("c21", "He asked me", ("Aiden Castellanos",)),
    ("c21", "We want to", ("Joanne Li",)),
    ("c21", "Not hear about", ("Joanne Li",)),
    ("c22", "My father worked", ("Nick Pappas",)),
    ("c22", "I'm 67. I'm", ("Nick Pappas",)),
    ("c22", "I did this", ("Georgia Pappas-Mayo",)),
    ("c22", "The prices were", ("Georgia Pappas-Mayo",)),
    ("c22", "Two eggs over", ("Armand Leblanc",)),
    ("c22", "Where am I", ("Armand Leblanc",)),
    ("c22", "We intend to", ("Kessler Properties",)),
    ("c22", "They're putting a", ("Nick Pappas",)),
    ("c22", "He'd hate that.", ("Nick Pappas",)),
    ("c23", "The numbers speak,", ("Jerry Sheffield",)),
    ("c23", "I don't need", ("Jerry Sheffield",)),
    ("c23", "Eleven people died", ("Dolores Aranda",)),
    ("c23", "Eleven.", ("Dolores Aranda",)),
    ("c23", "We are not", ("Jerry Sheffield",)),
    ("c23", "She sued the", ("Jerry Sheffield",)),
    ("c23", "I sued because", ("Dolores Aranda",)),
    ("c23", "The county paid", ("Dolores Aranda",)),
    ("c23", "They did not", ("Brahm Oakes",)),
    ("c24", "Our teams are", ("Allegheny & Western Railroad", "Allegheny & Western")),
    ("c24", "We are not", ("Curtis Hammond",)),
    ("c24", "I'd rather be", ("Curtis Hammond",)),
    ("c24", "It sounded like", ("Jolene Mazur",)),
    ("c24", "Then the sky", ("Jolene Mazur",)),
    ("c24", "He said he'd", ("Jolene Mazur",)),
    ("c24", "I told him he", ("Jolene Mazur",)),
    ("c24", "I told him the", ("Dean Stoltz",)),
    ("c24", "He agreed.", ("Dean Stoltz",)),
    ("c25", "The rules are", ("Union Cycliste Internationale",)),
    ("c25", "The chain of", ("Annelies De Smet",)),
    ("c25", "We will appeal", ("Annelies De Smet",)),
    ("c25", "I trusted Jens", ("Pascal Dumont",)),
    ("c25", "If this is", ("Pascal Dumont",)),
    ("c25", "Third place should", ("Mikkel Sorensen",)),
    ("c25", "That's me.", ("Mikkel Sorensen",)),
    ("c25", "I never cheated,", ("Jens Vermeulen",)),
    ("c25", "I will prove", ("Jens Vermeulen",)),
    ("c26", "Heat kills quietly,", ("Aleksandra Novak",)),
    ("c26", "People are found", ("Aleksandra Novak",)),
    ("c26", "He says the", ("Ernesto Galindo",)),
    ("c26", "He's been saying", ("Ernesto Galindo",)),
    ("c26", "We're out of", ("Brittany Okafor",)),
    ("c26", "We're not out", ("Brittany Okafor",)),
    ("c26", "Nobody should die", ("Kate Dunmore",)),
    ("c26", "Not in this", ("Kate Dunmore",)),
    ("c26", "Highs of 112", ("National Weather Service",)),
    ("c26", "She has two", ("Ernesto Galindo",)),
    ("c26", "But she has", ("Ernesto Galindo",)),
    ("c27", "We delivered the", ("Aditi Rao", "Marcus Lindqvist")),
    ("c27", "In a Honda", ("Aditi Rao", "Marcus Lindqvist")),
    ("c27", "We're in 14", ("Aditi Rao",)),
    ("c27", "We'll be in", ("Aditi Rao",)),
    ("c27", "Anybody can rent", ("Marcus Lindqvist",)),
    ("c27", "Not anybody can", ("Marcus Lindqvist",)),
    ("c27", "It's a great", ("Leslie Brandt",)),
    ("c27", "It's a story", ("Leslie Brandt",)),
    ("c27", "Congratulations to them,", ("Osman Yusuf",)),
    ("c27", "I hope some", ("Osman Yusuf",)),
    ("c27", "Plenti drivers earn", ("Plenti",)),
    ("c28", "Wild rice is", ("Winona Beaulieu",)),
    ("c28", "It is a", ("Winona Beaulieu",)),
    ("c28", "We respect the", ("Northern Plains Energy",)),
    ("c28", "Trespassing on a", ("Northern Plains Energy",)),
    ("c28", "Nobody was hurt,", ("Dan Gustafson",)),
    ("c28", "We're too old", ("Karl Engstrom", "Marit Engstrom")),
    ("c28", "We're not too", ("Karl Engstrom", "Marit Engstrom")),
    ("c28", "We'll fight every", ("Tara Lindgren-Bell",)),
    ("c28", "I'll be back", ("Winona Beaulieu",)),
    ("c29", "This man lost", ("Kym Waddell",)),
    ("c29", "We can't give", ("Kym Waddell",)),
    ("c29", "I prayed every", ("Evelyn Hollis",)),
    ("c29", "God took his", ("Evelyn Hollis",)),
    ("c29", "I'm going to eat", ("Marvin Hollis",)),
    ("c29", "Then I'm going", ("Marvin Hollis",)),
    ("c29", "Michigan pays $50,000", ("Imran Siddiqui",)),
    ("c29", "It's not enough.", ("Imran Siddiqui",)),
    ("c29", "I was a", ("Terrence Hollis",)),
    ("c29", "Now I've got", ("Terrence Hollis",)),
    ("c30", "We both said", ("Meg Fairbanks", "Lucy Fairbanks")),
    ("c30", "Which happens more", ("Meg Fairbanks", "Lucy Fairbanks")),
    ("c30", "I told her", ("Lucy Fairbanks",)),
    ("c30", "She said, 'Fine.'", ("Lucy Fairbanks",)),
    ("c30", "I don't read", ("Roland Fairbanks",)),
    ("c30", "But I like", ("Roland Fairbanks",)),
    ("c30", "Bookstores are a", ("Helen Kroll",)),
    ("c30", "You don't do", ("Helen Kroll",)),
    ("c30", "People want to", ("Meg Fairbanks",)),
    ("c31", "I've been swimming", ("Kendall Marsh",)),
    ("c31", "I want to", ("Kendall Marsh",)),
    ("c31", "She told me", ("Bob Tennyson",)),
    ("c31", "I asked her", ("Bob Tennyson",)),
    ("c31", "She'll be tougher", ("Tyler Greaves",)),
    ("c31", "Kendall raised the", ("Tim Haverford",)),
    ("c31", "The pool is", ("Chloe Bramwell",)),
    ("c31", "Tokyo, the relay,", ("Kendall Marsh",)),
    ("c31", "Four of us,", ("Kendall Marsh",)),
    ("c32", "Our members pick", ("District Council 33",)),
    ("c32", "They deserve more", ("District Council 33",)),
    ("c32", "We've moved,", ("Renee Calloway",)),
    ("c32", "The union hasn't.", ("Renee Calloway",)),
    ("c32", "The mayor moved", ("Greg Boulware-Lane",)),
    ("c32", "We're a mile", ("Greg Boulware-Lane",)),
    ("c32", "We're smuggling garbage", ("Antoinette Russo",)),
    ("c32", "At our age.", ("Antoinette Russo",)),
    ("c32", "The rats aren't", ("Sal Russo",)),
    ("c32", "Bring your bags,", ("Renee Calloway",)),
    ("c33", "I told my", ("Harold Pinkney",)),
    ("c33", "She said, 'Wait", ("Harold Pinkney",)),
    ("c33", "You gave me", ("Loretta Pinkney",)),
    ("c33", "She would have", ("Denise Aubrey",)),
    ("c33", "She's met him", ("Denise Aubrey",)),
    ("c33", "Maybe 400 a", ("Samuel Achterberg",)),
    ("c33", "We need thousands.", ("Samuel Achterberg",)),
    ("c33", "We'll save her", ("Harold Pinkney", "Loretta Pinkney")),
    ("c34", "I promised my", ("Siobhan Carew",)),
    ("c34", "I keep my", ("Siobhan Carew",)),
    ("c34", "Every one of", ("Daniel Ashworth",)),
    ("c34", "The government can't", ("Harriet Vane-Ellison",)),
    ("c34", "The country needs", ("Downing Street",)),
    ("c34", "They'll be shopping", ("Tom Kilbride",)),
    ("c35", "Four dollars each", ("Tamara Nwosu",)),
    ("c35", "That's $2,000 a", ("Tamara Nwosu",)),
    ("c35", "The alternative was", ("Lyle Emberton",)),
    ("c35", "Our commuters shouldn't", ("Curtis Holcomb",)),
    ("c35", "Indiana's commuters work", ("Andrea Whitley",)),
    ("c35", "It's 20 minutes", ("Bennie Stamper",)),
    ("c35", "Twenty minutes is", ("Bennie Stamper",)),
    ("c35", "We heard them,", ("Lyle Emberton",)),
]

WHY_52 = {  # why each story's quotations on KNOWN_WRONG_52 are wrong (read, not all traced)
    "c01": '"Her father-in-law stood beside her. “...,” he said": the in-law noun is not tied to'
    ' Roy Kimble (named "whose father, Roy Kimble,"); "he" goes to the son',
    "c02": '"they said in a joint statement" of two banks gives the group "banks" (the right'
    ' speakers in another form); "Okafor dismissed that view. “Lorraine and I ...,” the Piedmont'
    ' chief said": "the Piedmont chief" is not tied to Okafor, Piedmont\'s chief executive',
    "c03": '"the seventh-grader shrugged. “...,” she said": the description given in apposition'
    ' ("Zara Mukherjee, a seventh-grader from Dayton,") is no role the nominal finds',
    "c12": '"the handler said": "Wasabi\'s handler, Desmond Farrow" (a dog\'s) gives no role the'
    " nominal finds; the row is the noun",
    "c14": '"The owner, Hartwell Senior Living," is read as a person ("Living" heads no company'
    ' in the lists), so "the company said" goes to the nursing home named in the lede',
    "c18": '"The union said it would go. “...,” it said": the common noun "union", not the'
    " Oakland Education Association named two paragraphs before",
    "c19": '"“...,” a spokesman said" of the company just named: the unnamed spokesman',
    "c20": '"the zoo said. “...,” it said": "it" goes to "pregnancy" in the sentence before',
    "c24": '"Allegheny & Western Railroad" is cut at the ampersand',
    "c25": '"the federation said" is not tied to "the Union Cycliste Internationale" (its name'
    " ends in no word for a federation); \"The rider's former teammate, the Dane Mikkel"
    ' Sorensen, was more blunt": the name after "the Dane" is not read as the subject',
    "c27": '"The company\'s founders, Aditi Rao and Marcus Lindqvist,": "Aditi" is in no'
    ' first-name list, so "Aditi Rao" is not read there and "they" finds no pair; "The company'
    ' said ... “...,” it said" of "Plenti", a one-word name, goes to the capital firm',
    "c28": '"Karl Engstrom ... with his wife, Marit. The couple had never been arrested. “...,”'
    ' they said": "they" goes to the company; no pair is joined by "and"',
    "c32": '"The workers\' union, District Council 33, said ... the union said": the common noun',
    "c33": '"His wife, Loretta,": the sentence before is a quotation, so the owner is not read;'
    ' "The Pinkneys have invited ... they said": a plural surname is no pair (the surgeon'
    ' "..., Dr. Samuel Achterberg, said" is right since coref53)',
    "c34": '"A Downing Street spokesman said ... the spokesman said": the unnamed spokesman',
    "c35": '"His Kentucky counterpart smiled. “...,” she said": "Andrea" is given to both sexes,'
    " and the governor named 330 characters back loses to the more mentioned woman",
}

KNOWN_WRONG_52 = known_wrong_from(  # what On Record gives, why
    WHY_52,
    [
        ("c01", "I told him", "Dustin Kimble"),
        ("c01", "He went anyway.", "Dustin Kimble"),
        ("c02", "Some consolidation is", "banks"),
        ("c02", "Lorraine and I", "Lorraine Haddix"),
        ("c02", "There is no", "Lorraine Haddix"),
        ("c03", "College, my mom", "Corinne Aldama"),
        ("c03", "And maybe a", "Corinne Aldama"),
        ("c12", "He's earned a", "handler"),
        ("c14", "We explored every", "The Maplewood Manor"),
        ("c14", "We regret this", "The Maplewood Manor"),
        ("c18", "We'll be in", "union"),
        ("c19", "The company is", "a spokesman"),
        ("c20", "It took three", "pregnancy"),
        ("c24", "Our teams are", "Western Railroad"),
        ("c25", "The rules are", "federation"),
        ("c25", "Third place should", "Pascal Dumont"),
        ("c25", "That's me.", "Pascal Dumont"),
        ("c27", "We delivered the", None),
        ("c27", "In a Honda", None),
        ("c27", "Plenti drivers earn", "Crane Hollow Capital"),
        ("c28", "We're too old", "Northern Plains Energy"),
        ("c28", "We're not too", "Northern Plains Energy"),
        ("c32", "Our members pick", "union"),
        ("c32", "They deserve more", "union"),
        ("c33", "You gave me", "Loretta"),
        ("c33", "We'll save her", None),
        ("c34", "The country needs", "spokesman"),
        ("c35", "Indiana's commuters work", "Tamara Nwosu"),
    ],
)

test_probe_speaker_coref52_batch, test_coref52_batch_figure = judged_batch_tests(
    "coref52", PROBES, PROBES_52, KNOWN_WRONG_52, FIRST_JUDGED, size=332
)


# ---- mends (sentences written for the tests, not the probes; each fails on main ebfac97)

N = "\n\n"


def test_they_after_a_couple_named_together_is_the_first_of_them() -> None:
    """ "Frank and Linda Haddad have run ... “...,” they said": the couple speak as one; the
    row goes to the first named (main: the group the lede named, "bakers")."""
    text = (
        "Bakers across the county say flour prices have doubled."
        + N
        + "Frank and Linda Haddad have run the corner bakery for 20 years. This winter they"
        " raised the price of bread twice. “We never wanted to,” they said."
    )
    assert _speaker(text, "never wanted") == "Frank Haddad"


def test_they_after_two_partners_set_off_by_a_comma_is_the_first() -> None:
    """ "The studio's founders, Helen Ward and Peter Lusk, ... “...,” they said"."""
    text = (
        "The studio's founders, Helen Ward and Peter Lusk, opened its doors in 2019."
        " “We built the first set ourselves,” they said."
    )
    assert _speaker(text, "first set") == "Helen Ward"


def test_they_after_a_pair_inside_a_phrase_is_not_the_pair() -> None:
    """ "In a study they wrote with Helen Ward and Peter Lusk, ... they argued": the
    authors, not the two they wrote with (a guard; passes on main)."""
    text = (
        "Two economists, writing in a journal, found wages fell. In a study they wrote with"
        " Helen Ward and Peter Lusk, they measured the loss. “The gains never came,” they"
        " argued."
    )
    assert _speaker(text, "gains never") not in ("Helen Ward", "Peter Lusk")


def test_a_hyphenated_description_names_an_unlisted_given_name() -> None:
    """ "Anouk Verbeek, a sixth-grader from Akron," is a person: "grader" heads the word
    (main: "she said afterward" went to the mother, named after it)."""
    text = (
        "Anouk Verbeek, a sixth-grader from Akron, won the county spelling bee on Friday. The"
        " 11-year-old beat Tomas Reyes, 12, in the final round."
        + N
        + "“I knew the word,” she said afterward."
        + N
        + "Her mother, Ruth Verbeek, said Anouk had studied every night. “She made flash"
        " cards,” she said."
    )
    assert _speaker(text, "knew the word") == "Anouk Verbeek"


def test_a_given_name_after_husband_is_a_mans() -> None:
    """ "Dana Whitlock, a nurse whose husband, Tom, worked ..., said she ... “...,” she
    said": Tom is a man, the kin noun tells (main: Tom, made a woman by "she")."""
    text = (
        "Dana Whitlock, a nurse whose husband, Tom, worked at the plant for 26 years, said she"
        " had been asking about the water since 2015. “Nobody wrote back,” she said."
    )
    assert _speaker(text, "Nobody wrote") == "Dana Whitlock"


def test_a_kin_appositive_given_name_the_baby_name_counts_know_takes_the_surname() -> None:
    """ "Their daughter, Tanvi, 19," after both parents named in full: Tanvi Mehra."""
    text = (
        "Rajesh Mehra, 58, ran the motel for 30 years. His wife, Sunita Mehra, does the books."
        + N
        + "Their daughter, Tanvi, 19, said she works the desk at night. “I do my homework"
        " here,” she said."
    )
    assert _speaker(text, "homework") == "Tanvi Mehra"


def test_a_nominal_subject_before_a_period_is_read() -> None:
    """ "The judge disagreed. “...,” she said" after another woman spoke: the judge."""
    text = (
        "Judge Ruth Alder heard the case on Monday."
        + N
        + "The victim's sister, Nora Pike, asked for the longest sentence. “He took everything,”"
        " she said." + N + "The judge disagreed. “The law sets a limit,” she said."
    )
    assert _speaker(text, "law sets") == "Ruth Alder"


def test_a_company_named_by_an_industry_word_is_the_company() -> None:
    """ "The refinery's operator, Red Mesa Petroleum, said ... “...,” the company said":
    "Petroleum" tells a company (main: a person, so "the company" found no company)."""
    text = (
        "The refinery's operator, Red Mesa Petroleum, said the fire began in a unit that makes"
        " diesel. “The fire is out,” the company said."
    )
    assert _speaker(text, "fire is out") == "Red Mesa Petroleum"
