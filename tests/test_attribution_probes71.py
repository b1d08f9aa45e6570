"""attrib71: the twenty-seventh batch of invented probes (issue 15): 30 stories in the genres
and constructions the earlier batches covered least, written as reporters write them: a
cricket Test's post-match quotes ("the former captain said", "the off-spinner said", a
spinner who "chimed in"), a Reuters takeover with a statement, a phone interview, an SEC
filing and an analyst who "wrote in a note to clients", a Court of Appeal judgment ("she
wrote", "the court said") with a long insertion before "spoke to reporters", a county
commission's dog park with a shout from the floor, a Sudan aid convoy (through an
interpreter, a checkpoint commander, Geneva briefing, an army statement, a doctor named
two paragraphs before his pronoun), a present-tense luthier feature, a novelist's interview
with the questions told in prose ("Did she?"), a live blog of an election with timestamps,
a correspondent who "writes" and a reader who "has emailed us", a jazz obituary built on old
interviews, a new antibiotic ("the team wrote in the journal", an outside expert, "the
agency said in a report"), theatre critics ("she wrote", "Its reviewer called"), a transfer
told on Instagram and X and by an agent who "texted", a Japanese minister's resignation
("the minister", "the new minister"), a police briefing with a fronted "Said Holloway:", a
nurses' strike with an unnamed nurse, a platform outage ("it wrote in a post"), a whale
stranding ("the statement said"), a student occupation (a provost's email, "texted from
inside"), a rail strike ("A spokesman added:", "the minister said"), a bakery closing (a
very long insertion between the name and the quotation), a murder trial's cross-examination
with the lawyer's bare question, a teenager's tennis upset ("the Pole", "the Belarusian"), a
water main (a driver quoted "according to a statement"), a wildfire (an evacuee who texted,
"the sheriff said" split around the quote), a housing report ("the report says"), a
bishop's sermon, a navy collision (the fleet's statement, "the admiral said", an unnamed
mother), a cancelled festival ("they wrote", a band and its singer who "added:") and a
comet, and a mayoral debate ("shot back", "interjected").

Every person is invented (a few public names appear in their public roles), and every
quotation is written for this batch. Every expected speaker was written before On Record
read the probes (the articles and this list were committed first, bc1123f). A nominal
speaker counts in either case of its first letter. First judged on main (ebfac97): 251 of
282 right (11.0% wrong) by the list as committed; 253 (10.3%) once "its reviewer" was
allowed in the lower case too, as this rule says (the list had only "Its reviewer"). After
the mends (military grades, a rare person noun before a name, an indefinite speaker, a
British secretary as "the minister"): 260 (7.8% wrong). The quotations still wrong are
listed in KNOWN_WRONG_71 with what On Record gives and why; the figure is printed by
``test_twenty_seventh_batch_figure`` (run with -s).
attrib92: this batch already judged a quotation inside a quotation as the outer speaker's
words, as train's gold does (none of the 255 single-mark quotations inside double ones in
PolNeAR train has a source of its own); On Record now lists such words only inside the
outer quotation, so u21, u27 come off KNOWN_WRONG_71: 265/282 -> 267/282.
"""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_71.json")
FIRST_JUDGED = 253  # right on main ebfac97 before any mend, of 282 (251 by the first list)

PROBES_71: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("u01", "We spoke last night about batting", ("Joe Root",)),
    ("u01", "If you look at the scoreboard", ("Joe Root",)),
    ("u01", "It’s up there", ("Joe Root",)),
    ("u01", "Not the prettiest", ("Joe Root",)),
    ("u01", "We had our chances", ("Rohit Sharma",)),
    ("u01", "You drop Joe on 14", ("Rohit Sharma",)),
    ("u01", "Credit to them", ("Rohit Sharma",)),
    ("u01", "It was turning, but slowly", ("Kuldeep Yadav", "Kuldeep")),
    ("u01", "I needed one more session", ("Kuldeep Yadav", "Kuldeep")),
    ("u01", "Shoaib and Tom batted", ("Ben Stokes",)),
    ("u01", "That’s the bit nobody", ("Ben Stokes",)),
    ("u01", "I’ve never batted that long", ("Shoaib Bashir",)),
    ("u01", "Not even in the nets", ("Shoaib Bashir",)),
    ("u02", "Ketil brings us a decade", ("Priya Venkataraman",)),
    ("u02", "Together we will be the partner", ("Priya Venkataraman",)),
    ("u02", "This is the right home", ("Anders Holmgaard",)),
    ("u02", "I have turned down three offers", ("Anders Holmgaard",)),
    (
        "u02",
        "in the second half of next year",
        (
            "U.S. Securities and Exchange Commission",
            "filing",
            "a filing",
            "the filing",
            "Securities and Exchange Commission",
        ),
    ),
    ("u02", "Norvana is paying for growth", ("Mark Li",)),
    ("u02", "The strategic logic is sound", ("Mark Li",)),
    ("u02", "We want to be sure that the knowledge", ("Morten Bødskov",)),
    ("u03", "The law requires a consultation", ("Amara Whitcombe", "Lady Justice Amara Whitcombe")),
    (
        "u03",
        "It does not require it to be perfect",
        ("Amara Whitcombe", "Lady Justice Amara Whitcombe"),
    ),
    (
        "u03",
        "devastated",
        (
            "Save Northmoor Libraries",
            "The campaign group Save Northmoor Libraries",
            "campaign group Save Northmoor Libraries",
        ),
    ),
    ("u03", "Today is a sad day", ("Heather Quilliam",)),
    ("u03", "We are not finished", ("Heather Quilliam",)),
    ("u03", "Nobody goes into local government", ("Dev Malhotra",)),
    ("u03", "But we have a legal duty", ("Dev Malhotra",)),
    (
        "u03",
        "The judge appears to have substituted",
        (
            "the court",
            "court",
            "The court",
            "Court of Appeal",
            "The Court of Appeal",
            "the Court of Appeal",
        ),
    ),
    ("u03", "a low bar", ("Simon Achebe",)),
    ("u04", "People love their dogs", ("Lorna Briggs",)),
    ("u04", "We’re going to have to find a way", ("Lorna Briggs",)),
    ("u04", "I’ve got nothing against dogs", ("Ted Varga",)),
    ("u04", "I’ve got something against 6 a.m.", ("Ted Varga",)),
    ("u04", "What about the parking?", ("Carla Jimenez",)),
    ("u04", "You can’t get a stroller", ("Carla Jimenez",)),
    ("u04", "A tired dog is a good dog", ("Megan Oduya",)),
    ("u04", "Ask anybody who has one", ("Megan Oduya",)),
    ("u04", "That’s a lot of money for a fence", ("Phil Dunaway",)),
    ("u04", "I’m not saying no", ("Roy Kessler",)),
    ("u04", "I’m saying not here", ("Roy Kessler",)),
    ("u05", "We have been eating the leaves", ("Hawa Abdelrahman",)),
    ("u05", "My youngest cannot stand up", ("Hawa Abdelrahman",)),
    ("u05", "nothing against the civilians", ("Abu Bakr",)),
    ("u05", "We are protecting this road", ("Abu Bakr",)),
    ("u05", "Nobody passes without", ("Abu Bakr",)),
    ("u05", "What we delivered today", ("Leni Kinzli",)),
    ("u05", "There are a quarter of a million", ("Leni Kinzli",)),
    ("u05", "The militia steals", ("Nabil Abdallah",)),
    ("u05", "I am choosing who lives", ("Ibrahim Musa", "Dr. Ibrahim Musa")),
    ("u05", "No doctor should have to do that", ("Ibrahim Musa", "Dr. Ibrahim Musa")),
    ("u06", "Give me a minute", ("Giacomo Ferrante",)),
    ("u06", "If I stop now", ("Giacomo Ferrante",)),
    ("u06", "People ask me what the secret is", ("Giacomo Ferrante",)),
    ("u06", "There is no secret", ("Giacomo Ferrante",)),
    ("u06", "He is very strict", ("Yuki Tanaka",)),
    ("u06", "If the arching is wrong", ("Yuki Tanaka",)),
    ("u06", "Half a millimetre is a lot", ("Giacomo Ferrante",)),
    ("u06", "Without the luthiers", ("Andrea Virgilio",)),
    ("u07", "Because they were all still alive", ("Rukmini Desai",)),
    ("u07", "My mother would have read it", ("Rukmini Desai",)),
    ("u07", "She read it in proof", ("Rukmini Desai",)),
    ("u07", "Everything in it is true", ("Rukmini Desai",)),
    ("u07", "That’s what a novel is", ("Rukmini Desai",)),
    ("u07", "We cut 200 pages", ("Louisa Joyner",)),
    ("u07", "That almost never happens", ("Louisa Joyner",)),
    ("u07", "I had one photograph", ("Rukmini Desai",)),
    ("u07", "The rest I had to imagine", ("Rukmini Desai",)),
    ("u08", "The Portuguese have chosen change", ("Luís Montenegro",)),
    ("u08", "I will be the prime minister", ("Luís Montenegro",)),
    ("u08", "We lost, and we lost clearly", ("Pedro Nuno Santos",)),
    ("u08", "The Socialist Party will not block", ("Pedro Nuno Santos",)),
    ("u08", "Nobody can govern this country", ("André Ventura",)),
    ("u08", "People are leaving already", ("Sofia Lemos",)),
    ("u08", "One young volunteer told me", ("Sofia Lemos",)),
    ("u08", "I voted for the first time", ("Manuel Teixeira",)),
    ("u08", "High turnout usually helps", ("Marina Costa Lobo",)),
    ("u08", "Tonight it did not", ("Marina Costa Lobo",)),
    ("u09", "I slept in the subway", ("Eddie Malone", "Malone", "Mr. Malone")),
    ("u09", "Then I slept in the back", ("Eddie Malone", "Malone", "Mr. Malone")),
    ("u09", "could make a ballad breathe", ("McCoy Tyner",)),
    ("u09", "Eddie never played a note", ("Sonny Rollins",)),
    ("u09", "Most drummers can’t say that", ("Sonny Rollins",)),
    ("u09", "Once it’s done", ("Eddie Malone", "Malone", "Mr. Malone")),
    ("u09", "I already heard it", ("Eddie Malone", "Malone", "Mr. Malone")),
    ("u09", "He would sit down at that kit", ("Denise Malone-Carter",)),
    ("u09", "He used to say the drums", ("Denise Malone-Carter",)),
    ("u10", "We threw everything at it", ("Gerard Wright",)),
    ("u10", "We could not get resistance", ("Gerard Wright",)),
    ("u10", "This is a first step", ("Gerard Wright",)),
    ("u10", "A very exciting first step", ("Gerard Wright",)),
    ("u10", "really encouraging", ("Kim Lewis",)),
    ("u10", "The field has been waiting", ("Kim Lewis",)),
    ("u10", "The question is always", ("Kim Lewis",)),
    (
        "u10",
        "We are running out of options",
        (
            "The World Health Organization",
            "World Health Organization",
            "the agency",
            "agency",
            "report",
            "a report",
        ),
    ),
    ("u11", "If everyone loves a show", ("Nadia Fall-Rivers",)),
    (
        "u11",
        "A thunderous, defiant evening",
        (
            "The Guardian’s critic",
            "Guardian’s critic",
            "critic",
            "The Guardian",
            "the Guardian’s critic",
        ),
    ),
    (
        "u11",
        "I left the Olivier",
        (
            "The Guardian’s critic",
            "Guardian’s critic",
            "critic",
            "The Guardian",
            "the Guardian’s critic",
        ),
    ),
    (
        "u11",
        "relentlessly earnest",
        ("Its reviewer", "its reviewer", "reviewer", "The Telegraph", "Telegraph"),
    ),
    (
        "u11",
        "marches on the spot",
        ("Its reviewer", "its reviewer", "reviewer", "The Telegraph", "Telegraph"),
    ),
    ("u11", "My mum reads them", ("Kelsey Adeyemi",)),
    ("u11", "This time she went quiet", ("Kelsey Adeyemi",)),
    ("u11", "people who have never worked", ("Tom Bright",)),
    (
        "u11",
        "almost sold out",
        (
            "A spokesperson for the National Theatre",
            "spokesperson for the National Theatre",
            "spokesperson",
            "A spokesperson",
            "a spokesperson",
        ),
    ),
    ("u12", "Blackburn gave me everything", ("Emeka Okafor",)),
    ("u12", "This was the hardest decision", ("Emeka Okafor",)),
    ("u12", "Hardest decision of his life", ("one supporter", "supporter", "One supporter")),
    (
        "u12",
        "disappointed but not surprised",
        ("The Rovers Trust", "Rovers Trust", "the Rovers Trust"),
    ),
    ("u12", "I sat with him for two hours", ("John Eustace",)),
    ("u12", "In the end, you can’t stand", ("John Eustace",)),
    ("u12", "It had better be", ("John Eustace",)),
    ("u12", "given everything", ("Dele Bamgbose",)),
    ("u12", "He leaves with his head high", ("Dele Bamgbose",)),
    ("u12", "Nobody in Blackburn should forget", ("Dele Bamgbose",)),
    ("u13", "never had to buy rice", ("Taku Eto",)),
    ("u13", "I made an extremely inappropriate", ("Taku Eto",)),
    ("u13", "I take full responsibility", ("Taku Eto",)),
    ("u13", "The responsibility for appointing him", ("Shigeru Ishiba",)),
    ("u13", "I apologise to the people", ("Shigeru Ishiba",)),
    ("u13", "I will put rice on the table", ("Shinjiro Koizumi",)),
    ("u13", "The minister said what the whole cabinet", ("Yoshihiko Noda",)),
    ("u13", "Last year this was half the price", ("Emiko Sato",)),
    ("u13", "I would like to be given rice", ("Emiko Sato",)),
    ("u14", "This was not random", ("Renee Holloway",)),
    ("u14", "He came back with a plan", ("Renee Holloway",)),
    ("u14", "How he got that weapon", ("Renee Holloway",)),
    ("u14", "Our officers ran toward", ("Renee Holloway",)),
    ("u14", "They were there in 41 seconds", ("Renee Holloway",)),
    ("u14", "I asked him to leave", ("Andre Pettis",)),
    ("u14", "That’s all I did", ("Andre Pettis",)),
    ("u14", "Tonight we grieve", ("Jonathan Briar",)),
    ("u14", "Tomorrow we ask the hard", ("Jonathan Briar",)),
    ("u14", "I heard it and I thought", ("Taylor Munro",)),
    ("u14", "Then I saw people running", ("Taylor Munro",)),
    ("u15", "We are not out here for ourselves", ("Maria Delgado",)),
    ("u15", "We are out here because one nurse", ("Maria Delgado",)),
    (
        "u15",
        "I left a man in pain",
        (
            "A nurse who asked not to be named",
            "nurse",
            "A nurse",
            "a nurse",
            "a nurse who asked not to be named",
        ),
    ),
    (
        "u15",
        "That’s not nursing",
        (
            "A nurse who asked not to be named",
            "nurse",
            "A nurse",
            "a nurse",
            "a nurse who asked not to be named",
        ),
    ),
    ("u15", "more than $90 million", ("Westfield", "statement", "a statement")),
    ("u15", "Every unit is staffed", ("Diane Kowalczyk",)),
    ("u15", "Our door remains open", ("Diane Kowalczyk",)),
    ("u15", "Her door has been open", ("Maria Delgado",)),
    ("u15", "Nothing has come through it", ("Maria Delgado",)),
    ("u16", "We’re aware some people", ("Chatter", "company", "the company", "The company")),
    ("u16", "This was not a cyberattack", ("Samir Haddad",)),
    ("u16", "One bad change took down", ("Samir Haddad",)),
    ("u16", "That’s on us", ("Samir Haddad",)),
    ("u16", "I had a sale planned", ("Jolene Park",)),
    ("u16", "I sold two candles", ("Jolene Park",)),
    ("u16", "Everything just vanished", ("Doug Madory",)),
    ("u16", "That’s what it looks like", ("Doug Madory",)),
    ("u16", "Six hours. SIX", ("one", "users", "Users", "one user")),
    ("u17", "It is heartbreaking work", ("Ben Haliday",)),
    ("u17", "You are pouring water", ("Ben Haliday",)),
    (
        "u17",
        "Farewell Spit is a known trap",
        (
            "statement",
            "the statement",
            "The department",
            "department",
            "the department",
            "Department of Conservation",
            "the Department of Conservation",
        ),
    ),
    (
        "u17",
        "Its long, shallow slope",
        (
            "statement",
            "the statement",
            "The department",
            "department",
            "the department",
            "Department of Conservation",
            "the Department of Conservation",
        ),
    ),
    ("u17", "The whales are our ancestors", ("Rawiri Barriball",)),
    ("u17", "They will be treated with respect", ("Rawiri Barriball",)),
    ("u17", "We had people drive from Christchurch", ("Daren Grover",)),
    ("u17", "That’s six hours in the dark", ("Daren Grover",)),
    ("u17", "I will never forget the sound", ("Sophie Amand",)),
    (
        "u18",
        "We respect the right to protest",
        ("email", "the email", "Helen Ashworth", "Dr. Helen Ashworth"),
    ),
    (
        "u18",
        "We do not respect the right",
        ("email", "the email", "Helen Ashworth", "Dr. Helen Ashworth"),
    ),
    ("u18", "They found money for a new sports", ("Kwame Asante",)),
    ("u18", "They can find it for us", ("Kwame Asante",)),
    ("u18", "We have sleeping bags", ("Lily Chen",)),
    ("u18", "I agree with them about the fees", ("Ravi Menon",)),
    ("u18", "I don’t agree with them about the noise", ("Ravi Menon",)),
    ("u18", "The university has stopped listening", ("Grace Obi",)),
    ("u18", "This is what happens when it does", ("Grace Obi",)),
    ("u19", "We went in with an open mind", ("Mick Whelan",)),
    ("u19", "The companies did not move an inch", ("Mick Whelan",)),
    (
        "u19",
        "a fair and generous offer",
        ("The Rail Delivery Group", "Rail Delivery Group", "the Rail Delivery Group"),
    ),
    ("u19", "We urge Aslef to put", ("A spokesman", "spokesman", "a spokesman")),
    ("u19", "Nurses, carers and shop workers", ("Louise Haigh",)),
    ("u19", "The minister knows exactly", ("Mick Whelan",)),
    ("u19", "She has the phone number", ("Mick Whelan",)),
    ("u19", "I can’t afford to lose", ("Olivia Brennan",)),
    ("u20", "My knees are done", ("Stan Kowalski",)),
    ("u20", "My kids have good jobs", ("Stan Kowalski",)),
    ("u20", "We had two people look at it", ("Irene", "Irene Kowalski")),
    ("u20", "One wanted the building", ("Irene", "Irene Kowalski")),
    ("u20", "My mother sent me with a quarter", ("Dolores Nowicki",)),
    ("u20", "I’m going to miss this place", ("Dolores Nowicki",)),
    ("u20", "She means my father", ("Mark", "Mark Nowicki")),
    ("u21", "First he was at home", ("Lisa Ferraro",)),
    ("u21", "The story kept changing", ("Lisa Ferraro",)),
    ("u21", "No, sir", ("Lisa Ferraro",)),
    ("u21", "No fingerprints? No DNA?", ("Marcus Trent",)),
    ("u21", "Not on the weapon, no", ("Lisa Ferraro",)),
    ("u21", "We never recovered the weapon", ("Lisa Ferraro",)),
    ("u21", "If anything happens to me", ("Linh Pham",)),
    ("u21", "You may not treat it", ("Harold Becker",)),
    ("u22", "I don’t know what just happened", ("Zofia Kasprzak",)),
    ("u22", "I think I need someone", ("Zofia Kasprzak",)),
    ("u22", "I was in my room in Łódź", ("Zofia Kasprzak",)),
    ("u22", "Now I am here", ("Zofia Kasprzak",)),
    ("u22", "She played unbelievable", ("Aryna Sabalenka",)),
    ("u22", "I have to accept it", ("Aryna Sabalenka",)),
    ("u22", "We booked the hotel", ("Piotr", "Piotr Kasprzak")),
    ("u22", "Now we have to find another one", ("Piotr", "Piotr Kasprzak")),
    ("u22", "Tomorrow I will be nervous", ("Zofia Kasprzak",)),
    ("u22", "Today I want to eat", ("Zofia Kasprzak",)),
    ("u23", "shooting up out of the asphalt", ("a delivery driver", "delivery driver", "driver")),
    ("u23", "This pipe was laid in 1928", ("Ray Castellano",)),
    ("u23", "It has done its job", ("Ray Castellano",)),
    ("u23", "We just wish it had picked", ("Ray Castellano",)),
    ("u23", "No water, no coffee, no eggs", ("Sandra Okoye",)),
    ("u23", "I sent everybody home", ("Sandra Okoye",)),
    ("u23", "We have 200 miles of pipe", ("Javier Ortega",)),
    ("u23", "We keep saying we’ll get to it", ("Javier Ortega",)),
    ("u24", "We are not going to stop this fire", ("Anita Moreno",)),
    ("u24", "What we are going to do", ("Anita Moreno",)),
    ("u24", "If you are told to go", ("Anita Moreno",)),
    ("u24", "Don’t stop for the photo albums", ("Anita Moreno",)),
    ("u24", "Sky is orange", ("Kevin Lyle",)),
    ("u24", "People are scared", ("Marjorie Dunn",)),
    ("u24", "Mostly they want to know", ("Marjorie Dunn",)),
    ("u24", "Anybody who thinks this is an opportunity", ("Tom Ackerman",)),
    ("u24", "will find out it is not", ("Tom Ackerman",)),
    (
        "u25",
        "At current rates of building",
        ("report", "the report", "a report", "Resolution Foundation", "the Resolution Foundation"),
    ),
    (
        "u25",
        "No plausible increase",
        ("report", "the report", "a report", "Resolution Foundation", "the Resolution Foundation"),
    ),
    ("u25", "A 30-year-old today spends", ("Adam Corlett",)),
    ("u25", "Their parents spent about a tenth", ("Adam Corlett",)),
    ("u25", "Builders want to build", ("Neil Jefferson",)),
    ("u25", "What stops them is a planning", ("Neil Jefferson",)),
    ("u25", "already acting", ("Matthew Pennycook",)),
    ("u25", "We will build 1.5 million", ("Matthew Pennycook",)),
    ("u25", "Nobody should doubt that", ("Matthew Pennycook",)),
    ("u25", "Landowners won’t like it", ("Adam Corlett",)),
    ("u25", "But the alternative is another", ("Adam Corlett",)),
    ("u26", "forgotten the story it is celebrating", ("Paul Butler",)),
    ("u26", "A family arrives in a strange town", ("Paul Butler",)),
    ("u26", "We sing about it every year", ("Paul Butler",)),
    ("u26", "They are not a problem to be managed", ("Paul Butler",)),
    ("u26", "They are our neighbours", ("Paul Butler",)),
    ("u26", "never meant to be permanent", ("The Home Office", "Home Office", "the Home Office")),
    ("u26", "That’s what Christmas is for", ("Gillian Hart",)),
    ("u26", "I come for the carols", ("Roger", "Roger Hart")),
    ("u26", "not for the politics", ("Roger", "Roger Hart")),
    ("u26", "stick to religion", ("Jack Dobbin",)),
    ("u26", "People in Darlington were not asked", ("Jack Dobbin",)),
    (
        "u27",
        "The incident is under investigation",
        (
            "statement",
            "the statement",
            "Navy’s 5th Fleet",
            "the Navy’s 5th Fleet",
            "5th Fleet",
            "Navy",
            "the Navy",
        ),
    ),
    (
        "u27",
        "There is no indication",
        (
            "statement",
            "the statement",
            "Navy’s 5th Fleet",
            "the Navy’s 5th Fleet",
            "5th Fleet",
            "Navy",
            "the Navy",
        ),
    ),
    ("u27", "We will follow the facts", ("George Wikoff",)),
    ("u27", "If there were failures", ("George Wikoff",)),
    ("u27", "These are not accidents", ("Jerry Hendrix",)),
    ("u27", "They are the result of tired crews", ("Jerry Hendrix",)),
    (
        "u27",
        "Mom, I’m OK",
        (
            "The mother of one of the injured sailors",
            "mother of one of the injured sailors",
            "The mother",
            "mother",
            "the mother of one of the injured sailors",
        ),
    ),
    (
        "u27",
        "Then he asked me to send cookies",
        (
            "The mother of one of the injured sailors",
            "mother of one of the injured sailors",
            "The mother",
            "mother",
            "the mother of one of the injured sailors",
        ),
    ),
    ("u28", "It breaks our hearts", ("The organisers", "organisers", "the organisers")),
    (
        "u28",
        "Rising costs and falling ticket sales",
        ("The organisers", "organisers", "the organisers"),
    ),
    ("u28", "I rang everybody I have ever met", ("Jess Kilbride",)),
    ("u28", "Everybody said it was a shame", ("Jess Kilbride",)),
    ("u28", "gutted", ("The Haze", "Headliners The Haze", "the Haze")),
    ("u28", "Riverside gave us our first", ("Owen Price",)),
    ("u28", "We think one in six", ("Steve Heap",)),
    ("u28", "The costs have gone up", ("Steve Heap",)),
    ("u28", "I’ve been going since I was 12", ("Chloe Mensah",)),
    ("u28", "It was the one weekend", ("Chloe Mensah",)),
    ("u29", "I looked at the image three times", ("Rodrigo Ibáñez",)),
    ("u29", "Then I saw it move", ("Rodrigo Ibáñez",)),
    ("u29", "Comets are like cats", ("Karl Battams",)),
    ("u29", "They have tails", ("Karl Battams",)),
    ("u29", "Rodrigo beat the machines", ("Matthew Holman",)),
    ("u29", "That happens maybe once a year", ("Matthew Holman",)),
    ("u29", "He has been on the roof", ("Carmen", "Carmen Ibáñez")),
    ("u29", "I am happy for him", ("Carmen", "Carmen Ibáñez")),
    ("u29", "One is not enough", ("Rodrigo Ibáñez",)),
    ("u29", "I want two", ("Rodrigo Ibáñez",)),
    ("u30", "For four years he ran the department", ("Denise Harlan",)),
    ("u30", "He wants a promotion for that?", ("Denise Harlan",)),
    ("u30", "She can talk about response times", ("Frank DeLuca",)),
    ("u30", "She voted to cut the officers", ("Frank DeLuca",)),
    ("u30", "That is not true and he knows it", ("Denise Harlan",)),
    ("u30", "Candidates, please", ("Lisa Chang",)),
    ("u30", "The viewers would like to hear", ("Lisa Chang",)),
    ("u30", "I’ll give her that one", ("Frank DeLuca",)),
    ("u30", "She’s right about the buses", ("Frank DeLuca",)),
    ("u30", "You can’t social-work your way", ("Frank DeLuca",)),
    ("u30", "This city doesn’t need a sheriff", ("Denise Harlan",)),
    ("u30", "It needs a mayor", ("Denise Harlan",)),
]

KNOWN_WRONG_71: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ("u01", "Shoaib and Tom batted"): (
        "England’s captain",
        '"Ben Stokes praised the tail. “...,” England’s captain said.": the article gives '
        "Stokes no role, so the possessive nominal finds no one (a reader knows he is captain)",
    ),
    ("u01", "That’s the bit nobody"): ("England’s captain", "as above"),
    ("u02", "in the second half of next year"): (
        "China",
        '"according to a filing with the U.S. Securities and Exchange Commission, which said '
        '... “...”": a relative "which said" is not read as a cue whose subject is the noun '
        "before it; the last place named is taken",
    ),
    ("u03", "The judge appears to have substituted"): (
        "Supreme Court",
        '"the court said" resolves to the latest court named ("consider going to the Supreme '
        'Court"), not the Court of Appeal whose judgment the story is about',
    ),
    ("u07", "She read it in proof"): (
        None,
        'a cue-less answer after a question told in prose ("Did she?"): no speaker is carried '
        "from the paragraph before",
    ),
    ("u13", "I will put rice on the table"): (
        "Shigeru Ishiba",
        '"the new minister said": Koizumi is "the former environment minister" named as Eto’s '
        "replacement; no role says he is the new agriculture minister",
    ),
    ("u21", "No, sir"): (
        "Marcus Trent",
        '"asked Ferraro whether ... “No, sir,” the detective said": with the paragraph about '
        'the victim between, "the detective" no longer finds Detective Sgt. Lisa Ferraro',
    ),
    ("u23", "shooting up out of the asphalt"): (
        "Public Utilities Department",
        '"a delivery driver who saw water “...,” according to a statement from the Public '
        'Utilities Department": the statement is the source On Record gives; defensible',
    ),
    ("u26", "A family arrives in a strange town"): (
        "bishop",
        '"The Bishop of Durham, the Rt Rev Paul Butler,": the appositive with "the" and a '
        'style of address gives Butler no "bishop" role, so "the bishop told" stays a nominal',
    ),
    ("u26", "We sing about it every year"): ("bishop", "as above"),
    ("u28", "I rang everybody I have ever met"): (
        "Chloe Mensah",
        '"The festival’s founder, Jess Kilbride, ... her parents’ farm, said she ...": the '
        'given-name list makes Jess a man, so "she said" cannot be Kilbride',
    ),
    ("u28", "Everybody said it was a shame"): ("Chloe Mensah", "as above"),
    ("u28", "gutted"): ("Haze", '"Headliners The Haze said": the band\'s "The" is cut'),
    ("u30", "Candidates, please"): (
        "Denise Harlan",
        '"The moderator, WKBN anchor Lisa Chang, had to remind ...": a station and a role '
        'before the name in the appositive: no subject is read, so "she said" goes back '
        "to Harlan",
    ),
    ("u30", "The viewers would like to hear"): ("Denise Harlan", "as above"),
}

test_probe_speaker_twenty_seventh_batch, test_twenty_seventh_batch_figure = judged_batch_tests(
    "probes71", PROBES, PROBES_71, KNOWN_WRONG_71, FIRST_JUDGED, size=282
)


N = "\n\n"


def test_a_graded_rank_keeps_its_name() -> None:
    """ "Vice Adm. Karen Holt ... the admiral said": a vice admiral or a lieutenant general
    is "the admiral", "the general" (unlike a vice president, who is not "the president"),
    and "Adm." spells out to a role noun a nominal can head."""
    text = (
        "Vice Adm. Karen Holt, who commands the carrier group, spoke to reporters."
        + N
        + "The group sailed on Monday."
        + N
        + "\u201cWe expect to be at sea for months,\u201d the admiral said."
    )
    assert _speaker(text, "We expect") == "Karen Holt"
    text = (
        "Lt. Gen. Omar Reyes toured the base on Friday."
        + N
        + "\u201cThe runway will reopen in May,\u201d the general said."
    )
    assert _speaker(text, "The runway") == "Omar Reyes"


def test_a_kind_of_person_the_tagger_never_met_before_a_name() -> None:
    """ "said Forest Service ranger Tom Keefe": "ranger", read by its ending as a
    comparative, is a noun before the name, so Keefe speaks, not the service."""
    text = "\u201cThe trail is closed until spring,\u201d said Forest Service ranger Tom Keefe."
    assert _speaker(text, "The trail") == "Tom Keefe"


def test_an_indefinite_speaker_is_someone_new() -> None:
    """ "A nurse who asked not to be named said she ... “...,” she said": the unnamed
    nurse, not the nurse named before."""
    text = (
        "\u201cWe are tired,\u201d said Dana Ruiz, a nurse who leads the union local."
        + N
        + "A nurse who asked not to be named said she had worked three double shifts. "
        "\u201cI fell asleep in the car park,\u201d she said."
    )
    assert _speaker(text, "I fell asleep") == "A nurse"


def test_a_british_secretary_of_state_is_the_minister() -> None:
    """ "The transport secretary, Louise Haigh, ... “...,” the minister said": reporters call
    a secretary of state "the minister"; not a press secretary nor a union's general
    secretary."""
    text = (
        "The environment secretary, Helen Marsh, said farmers would be paid."
        + N
        + "\u201cThe money will arrive in March,\u201d the minister said."
    )
    assert _speaker(text, "The money") == "Helen Marsh"
    text = (
        "Unite general secretary Gary Holt spoke on Monday."
        + N
        + "\u201cThe money will arrive in March,\u201d the minister said."
    )
    assert _speaker(text, "The money") != "Gary Holt"
