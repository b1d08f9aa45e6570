"""coref50: invented probes for pronouns and nominals (issues 14 and 15), a sixth batch
after coref41, coref44, coref46, coref48 and coref49: 35 short news stories (340
quotations) in the genres the earlier batches covered least (fisheries and farm policy,
an earnings call, a parish closing, a hurricane, an art auction, a football transfer, a
rocket launch, an immigration court, a Senate hearing, a medical study, a transit strike,
archaeology, a cyberattack, a theatre review, a one-room school, diplomacy, a lottery, an
airline sick-out, wildlife officers, chess, a zoning hearing, an obituary, an army base
closing, fashion week, a wildfire in vineyards, a runoff abroad, cannabis licences, a drug
approval, a police chief's resignation, a coach fired, a band reunion, housing court and
research misconduct). The speakers are reached through "he", "she", "they", "it", a
nominal ("the senator", "the company", "the agency", "the union", "the couple", "the
chief executive", "the retired general", "the organist", "the captain"), a possessive or
kin noun ("Her son, Vito Sanfilippo,", "His wife, Roberta,", "the boy's mother", "his
sister said"), couples ("Stanley and Irena Wojcik", "Gianna and Luca Ferraro", "Marcus and
Deja Holloway", "Andre Baptiste and his wife, Mireille") and names given once far before.

Every person is invented and every quotation is written for this batch. The judged list
was written with the stories, before On Record read them (both were committed first; the
stories are built from marked text by /work/notes/coref50_scripts/gen.py). The
quotations still wrong are listed in KNOWN_WRONG_50 with what On Record gives and why; the
figure is printed by ``test_coref50_batch_figure`` (run with -s).

First judged, on main 450fcf5 before any mend: 281 of 340 right (82.6%; 59 wrong). After
the mends below: 301 of 340 (88.5%); 8 of the 39 still wrong are the right speaker in
another form (the group "couple" x5, "Transport Workers Union" cut before "Local 234" x2,
"council" for the city council). On main after gender54's merge: 302 (r29's "the couple said"
now names one of the couple); after coref51: 305 ("the union"/"the house" of a name set
beside the noun: "The pilots' union, the Sunward Pilots Association," r20 x2, r26); after
coref52: 306 ("Gianna and Luca Ferraro ... “...,” they said" names Gianna, r27); after
coref53: 310 ("The couple said ... “...,” they said" names the first of the man and woman of
one surname mentioned last, r04, r11 x2, r19)."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_50.json")
FIRST_JUDGED = 281  # right on main (450fcf5) before any mend, of 340

PROBES_50: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("r01", "The science leaves", ("National Oceanic and Atmospheric Administration",)),
    ("r01", "We expect the", ("National Oceanic and Atmospheric Administration",)),
    ("r01", "They count fish", ("Angela Sanfilippo",)),
    ("r01", "I'll be tied", ("Vito Sanfilippo",)),
    ("r01", "Then what? I", ("Vito Sanfilippo",)),
    ("r01", "We've tested the", ("Colin Wexford",)),
    ("r01", "The nets are", ("Colin Wexford",)),
    ("r01", "Let him come", ("Angela Sanfilippo",)),
    ("r01", "We'll show him", ("Angela Sanfilippo",)),
    ("r01", "All comments will", ("National Oceanic and Atmospheric Administration",)),
    ("r02", "We think the", ("Harriet Okonjo",)),
    ("r02", "Bookings in March", ("Harriet Okonjo",)),
    ("r02", "We've heard 'the", ("Marcus Feld",)),
    ("r02", "These are hard", ("Raj Bhattacharya",)),
    ("r02", "They are the", ("Raj Bhattacharya",)),
    ("r02", "Most of the", ("Veridian Semiconductor", "Veridian")),
    ("r02", "We're not slowing", ("Harriet Okonjo",)),
    ("r02", "Everything else is", ("Marcus Feld",)),
    ("r03", "I baptized half", ("Thaddeus Mlynarski",)),
    ("r03", "I buried the", ("Thaddeus Mlynarski",)),
    ("r03", "I don't know", ("Dorothy Keck",)),
    ("r03", "They have an", ("Dorothy Keck",)),
    ("r03", "Grandma cried through", ("Kaylee Brandt",)),
    ("r03", "So did I.", ("Kaylee Brandt",)),
    ("r03", "We have 41", ("Neil Ostrander",)),
    ("r03", "The math is", ("Neil Ostrander",)),
    ("r03", "She says I", ("Thaddeus Mlynarski",)),
    ("r03", "I think she's", ("Thaddeus Mlynarski",)),
    ("r03", "Nobody asked for", ("Dorothy Keck",)),
    ("r04", "The slow motion", ("National Hurricane Center",)),
    ("r04", "If you stayed", ("Thurman Bledsoe",)),
    ("r04", "We got 4", ("Lucinda Arceneaux",)),
    ("r04", "I'm not waiting", ("Lucinda Arceneaux",)),
    ("r04", "The house is", ("Raymond Arceneaux",)),
    ("r04", "But she's the", ("Raymond Arceneaux",)),
    ("r04", "She has a", ("Lucinda Arceneaux", "Raymond Arceneaux")),
    ("r04", "After that, you're", ("Thurman Bledsoe",)),
    ("r04", "Expect delays,", ("Texas Department of Transportation",)),
    ("r05", "He paid a", ("Margery Tillotson",)),
    ("r05", "He thought the", ("Margery Tillotson",)),
    ("r05", "The room went", ("Desmond Pryor",)),
    ("r05", "Then it got", ("Desmond Pryor",)),
    ("r05", "The buyer intends", ("Castellane & Voss",)),
    ("r05", "I wanted to", ("Lyle Tillotson",)),
    ("r05", "Margery wanted a", ("Lyle Tillotson",)),
    ("r05", "The roof won,", ("Margery Tillotson",)),
    ("r05", "You can see", ("Desmond Pryor",)),
    ("r06", "My father took", ("Ingrid Solberg",)),
    ("r06", "I told him", ("Ingrid Solberg",)),
    ("r06", "Ingrid gave us", ("Olympique Lyonnais",)),
    ("r06", "She had a", ("Sonia Bompastor-Lefevre",)),
    ("r06", "Contracts used to", ("Sonia Bompastor-Lefevre",)),
    ("r06", "Everybody knew,", ("Henrik Dahl",)),
    ("r06", "Lyon knew.", ("Henrik Dahl",)),
    ("r06", "I told her", ("Per Solberg",)),
    ("r06", "She told me", ("Per Solberg",)),
    ("r06", "They will whistle,", ("Ingrid Solberg",)),
    ("r06", "I will score.", ("Ingrid Solberg",)),
    ("r07", "We've had four-tenths", ("Loren Haskell",)),
    ("r07", "This is what", ("Loren Haskell",)),
    ("r07", "We borrowed against", ("Patrice Haskell",)),
    ("r07", "We can't do", ("Patrice Haskell",)),
    ("r07", "I picked a", ("Garrett Haskell",)),
    (
        "r07",
        "Assistance is available",
        ("U.S. Department of Agriculture", "Department of Agriculture"),
    ),
    ("r07", "We need rain,", ("Patrice Haskell",)),
    ("r07", "Not more debt.", ("Patrice Haskell",)),
    ("r07", "La Niña years", ("Ellen Marchbanks",)),
    ("r07", "This one is", ("Ellen Marchbanks",)),
    ("r07", "Sorghum will grow", ("Loren Haskell",)),
    ("r08", "We lost telemetry", ("Kestrel Orbital",)),
    ("r08", "We will find", ("Kestrel Orbital",)),
    ("r08", "Every rocket company", ("Amara Fitzgerald-Oyelaran",)),
    ("r08", "The ones that", ("Amara Fitzgerald-Oyelaran",)),
    ("r08", "They built it", ("Hamish Tairua",)),
    ("r08", "Every bolt.", ("Hamish Tairua",)),
    ("r08", "No one was", ("Civil Aviation Authority",)),
    ("r08", "We have the", ("Amara Fitzgerald-Oyelaran",)),
    ("r08", "They're already arguing", ("Hamish Tairua",)),
    ("r09", "I thought they", ("Yesenia Lagos",)),
    ("r09", "I had the", ("Yesenia Lagos",)),
    ("r09", "My friends were", ("Josué Lagos", "Josué")),
    ("r09", "The gang killed", ("Beatriz Quintanilla",)),
    ("r09", "That is not", ("Beatriz Quintanilla",)),
    ("r09", "We respect the", ("Carla Whitt",)),
    ("r09", "Meanwhile, he'll finish", ("Beatriz Quintanilla",)),
    ("r09", "They fed us", ("Yesenia Lagos",)),
    ("r09", "Three years.", ("Yesenia Lagos",)),
    ("r10", "Water doesn't vote", ("Dolores Villarreal",)),
    ("r10", "It doesn't care", ("Dolores Villarreal",)),
    ("r10", "I'm not asking", ("Grant Ellsworth",)),
    ("r10", "You're asking me", ("Wade Thibodeaux",)),
    ("r10", "For five years.", ("Wade Thibodeaux",)),
    ("r10", "Then you get", ("Dolores Villarreal",)),
    ("r10", "The river was", ("Wade Thibodeaux",)),
    ("r10", "It's a subsidy", ("Marjorie Pettibone",)),
    ("r10", "We have the", ("Grant Ellsworth",)),
    ("r11", "My back said", ("Stanley Wojcik",)),
    ("r11", "My wife said", ("Stanley Wojcik",)),
    ("r11", "Four years,", ("Irena Wojcik",)),
    ("r11", "I grew up", ("Beata Kowal",)),
    ("r11", "I know what", ("Beata Kowal",)),
    ("r11", "My mother sent", ("Ed Mankowski",)),
    ("r11", "Now it's six", ("Ed Mankowski",)),
    ("r11", "It's a good", ("Stanley Wojcik", "Irena Wojcik")),
    ("r11", "It's a sad", ("Stanley Wojcik", "Irena Wojcik")),
    ("r11", "Only for the", ("Irena Wojcik",)),
    ("r11", "And Ed.", ("Irena Wojcik",)),
    ("r12", "The effect was", ("Nadia Farouk",)),
    ("r12", "We saw it", ("Nadia Farouk",)),
    ("r12", "We can't say", ("Nadia Farouk",)),
    ("r12", "We need a", ("Nadia Farouk",)),
    ("r12", "Patients will ask", ("Theo Lindqvist",)),
    ("r12", "I'll tell them", ("Theo Lindqvist",)),
    ("r12", "Losartan has been", ("Merrow Pharmaceuticals",)),
    ("r12", "It would take", ("Nadia Farouk",)),
    ("r12", "Maybe four if", ("Nadia Farouk",)),
    ("r13", "We gave them", ("Transport Workers Union Local 234", "Local 234")),
    ("r13", "They chose a", ("Transport Workers Union Local 234", "Local 234")),
    ("r13", "Nobody wants to", ("Reggie Calloway",)),
    ("r13", "But nobody wants", ("Reggie Calloway",)),
    ("r13", "Our proposal keeps", ("Southeastern Pennsylvania Transportation Authority",)),
    ("r13", "We are ready", ("Southeastern Pennsylvania Transportation Authority",)),
    ("r13", "I clean rooms", ("Shonda Pettiford",)),
    ("r13", "If I don't", ("Shonda Pettiford",)),
    ("r13", "We'll be here", ("Reggie Calloway",)),
    ("r13", "Forty dollars,", ("Shonda Pettiford",)),
    ("r13", "Each way.", ("Shonda Pettiford",)),
    ("r14", "We expected some", ("Fenella Ashcroft",)),
    ("r14", "We did not", ("Fenella Ashcroft",)),
    ("r14", "The Victorians saved", ("Fenella Ashcroft",)),
    ("r14", "We will not", ("Chester City Council", "city council")),
    ("r14", "This is the", ("Gareth Pryce-Jones",)),
    ("r14", "It's been sitting", ("Gareth Pryce-Jones",)),
    ("r14", "Then the public", ("Fenella Ashcroft",)),
    ("r14", "I'll bring a", ("Gareth Pryce-Jones",)),
    ("r15", "We do not", ("Harrow Health", "Harrow")),
    ("r15", "Patient care continued", ("Harrow Health", "Harrow")),
    ("r15", "We were writing", ("Tamika Greer",)),
    ("r15", "Lab results took", ("Tamika Greer",)),
    ("r15", "The bureau is", ("FBI",)),
    ("r15", "They like hospitals", ("Ivan Sorokin",)),
    ("r15", "Half the orders", ("Tamika Greer",)),
    ("r15", "We're still finding", ("Tamika Greer",)),
    ("r15", "We have found", ("Harrow Health", "Harrow")),
    ("r16", "Russians do it", ("Oksana Belinsky",)),
    ("r16", "It is a funeral", ("Oksana Belinsky",)),
    ("r16", "I've played her", ("Colleen Fairweather",)),
    ("r16", "Next I'll play", ("Colleen Fairweather",)),
    ("r16", "I buy the", ("Dev Raghunathan",)),
    ("r16", "People hate me", ("Dev Raghunathan",)),
    ("r16", "It is about", ("Oksana Belinsky",)),
    ("r16", "Then she gave", ("Colleen Fairweather",)),
    ("r17", "I've taught three", ("Marlys Underwood",)),
    ("r17", "I'd like to", ("Marlys Underwood",)),
    ("r17", "Condon has a", ("Dale Pruett",)),
    ("r17", "We have a", ("Dale Pruett",)),
    ("r17", "He knows that,", ("Marlys Underwood",)),
    ("r17", "I help the", ("Wren Haugen",)),
    ("r17", "Then they help", ("Wren Haugen",)),
    ("r17", "On those roads,", ("Kristin Haugen",)),
    ("r17", "No.", ("Kristin Haugen",)),
    ("r17", "I'll pay my", ("Dale Pruett",)),
    ("r17", "I'll complain about", ("Dale Pruett",)),
    ("r18", "We have agreed", ("Lusine Hakobyan",)),
    ("r18", "It is not", ("Lusine Hakobyan",)),
    ("r18", "Words are easy", ("Elchin Mammadli",)),
    ("r18", "We will see", ("Elchin Mammadli",)),
    ("r18", "Both delegations stayed", ("Konstanze Riedl",)),
    ("r18", "In this region,", ("Konstanze Riedl",)),
    ("r18", "Two farmers were", ("Lusine Hakobyan",)),
    ("r18", "Our forces responded", ("Elchin Mammadli",)),
    ("r18", "The coffee is", ("Konstanze Riedl",)),
    ("r19", "I was afraid", ("Earl Bixby",)),
    ("r19", "Everybody knows the", ("Earl Bixby",)),
    ("r19", "He told me", ("Roberta Bixby",)),
    ("r19", "I almost cooked", ("Roberta Bixby",)),
    ("r19", "We're thrilled Mr.", ("New Jersey Lottery",)),
    ("r19", "All nine of", ("Earl Bixby", "Roberta Bixby")),
    ("r19", "He kept checking", ("Travis Bixby",)),
    ("r19", "We thought he", ("Travis Bixby",)),
    ("r19", "Same numbers,", ("Earl Bixby",)),
    ("r19", "Same peas.", ("Earl Bixby",)),
    ("r20", "This coordinated action", ("Sunward Airlines", "Sunward")),
    ("r20", "It must stop.", ("Sunward Airlines", "Sunward")),
    ("r20", "Our members are", ("Sunward Pilots Association",)),
    ("r20", "Exhausted pilots should", ("Sunward Pilots Association",)),
    ("r20", "I've flown six", ("Jerome Vance",)),
    ("r20", "That is not", ("Jerome Vance",)),
    ("r20", "They keep saying", ("Mireille Dufresne",)),
    ("r20", "There is no", ("Mireille Dufresne",)),
    ("r20", "Safety is our", ("Federal Aviation Administration",)),
    ("r20", "Then we'll be", ("Jerome Vance",)),
    ("r20", "Where we should", ("Jerome Vance",)),
    ("r21", "This bear was", ("Colorado Parks and Wildlife",)),
    ("r21", "They come for", ("Kendra Oyelowo",)),
    ("r21", "They stay for", ("Kendra Oyelowo",)),
    ("r21", "We named him", ("Lucas Brandvold",)),
    ("r21", "Gary had better", ("Lucas Brandvold",)),
    ("r21", "Two strikes,", ("Kendra Oyelowo",)),
    ("r21", "That's the policy.", ("Kendra Oyelowo",)),
    ("r21", "The fines start", ("Aspen", "city")),
    ("r21", "Gary's going to", ("Lucas Brandvold",)),
    ("r22", "I was very nervous", ("Abhimanyu Sethuraman",)),
    ("r22", "Then I was", ("Abhimanyu Sethuraman",)),
    ("r22", "My wife does", ("Venkat Sethuraman",)),
    ("r22", "Both are hard.", ("Venkat Sethuraman",)),
    ("r22", "I have a", ("Zoltán Kerekes",)),
    ("r22", "I did not", ("Zoltán Kerekes",)),
    ("r22", "Congratulations to Abhimanyu,", ("International Chess Federation",)),
    ("r22", "Two scoops,", ("Abhimanyu Sethuraman",)),
    ("r22", "My dad said", ("Abhimanyu Sethuraman",)),
    ("r22", "Two is fine,", ("Venkat Sethuraman",)),
    ("r23", "This project honors", ("Tidemark Partners", "Tidemark")),
    ("r23", "We listened,", ("Clayton Ashby",)),
    ("r23", "We listened a", ("Clayton Ashby",)),
    ("r23", "My great-grandmother planted", ("Henrietta Gaillard",)),
    ("r23", "They have outlived", ("Henrietta Gaillard",)),
    ("r23", "We have heard", ("Abigail Trask",)),
    ("r23", "All of you.", ("Abigail Trask",)),
    ("r23", "Fourteen is the", ("Clayton Ashby",)),
    ("r23", "Literally.", ("Clayton Ashby",)),
    ("r23", "I'll bring the", ("Henrietta Gaillard",)),
    ("r24", "She went peacefully,", ("Patricia Osei-Lamb",)),
    ("r24", "She had her", ("Patricia Osei-Lamb",)),
    ("r24", "I swallowed half", ("Marguerite Osei",)),
    ("r24", "The other half", ("Marguerite Osei",)),
    ("r24", "She threw me", ("Lawrence Hightower",)),
    ("r24", "Then she jumped", ("Lawrence Hightower",)),
    ("r24", "Nobody is born", ("Marguerite Osei",)),
    ("r24", "Somebody teaches them.", ("Marguerite Osei",)),
    ("r24", "Slower every year,", ("Daniel Osei",)),
    ("r24", "Never fewer.", ("Daniel Osei",)),
    ("r25", "Half my breakfast", ("Bernice Colquitt",)),
    ("r25", "By next summer,", ("Bernice Colquitt",)),
    ("r25", "These decisions are", ("Army",)),
    ("r25", "We've been an", ("Otis Brantley",)),
    ("r25", "We don't know", ("Otis Brantley",)),
    ("r25", "My kids were", ("Luis Carrasco",)),
    ("r25", "My wife wants", ("Luis Carrasco",)),
    ("r25", "They both said", ("Otis Brantley",)),
    ("r25", "We'll see what", ("Otis Brantley",)),
    ("r25", "I was here", ("Bernice Colquitt",)),
    ("r25", "I'll be here", ("Bernice Colquitt",)),
    ("r26", "Every piece was", ("Adaeze Nwachukwu",)),
    ("r26", "Every single stitch.", ("Adaeze Nwachukwu",)),
    ("r26", "Adaeze is the", ("Maison Verlaine",)),
    ("r26", "I saw her", ("Théo Marchal",)),
    ("r26", "I sent her", ("Théo Marchal",)),
    ("r26", "She was sewing", ("Ngozi Nwachukwu",)),
    ("r26", "Now look.", ("Ngozi Nwachukwu",)),
    ("r26", "It was confident", ("Solène Arbogast",)),
    ("r26", "Lagos first, though,", ("Adaeze Nwachukwu",)),
    ("r26", "Always Lagos first.", ("Adaeze Nwachukwu",)),
    ("r27", "Winds will remain", ("California Department of Forestry and Fire Protection",)),
    ("r27", "We put everything", ("Gianna Ferraro", "Luca Ferraro")),
    ("r27", "Vines are tough,", ("Luca Ferraro",)),
    ("r27", "Tougher than people.", ("Luca Ferraro",)),
    ("r27", "Those grapes are", ("Esteban Villalobos",)),
    ("r27", "Maybe two barrels.", ("Esteban Villalobos",)),
    ("r27", "Our workers lose", ("Napa Valley Vintners",)),
    ("r27", "We'll bottle the", ("Gianna Ferraro",)),
    ("r27", "Then we'll start", ("Gianna Ferraro",)),
    ("r28", "Chile has chosen", ("Valentina Aravena",)),
    ("r28", "Now we finish", ("Valentina Aravena",)),
    ("r28", "Order is not", ("Rodrigo Zañartu",)),
    ("r28", "Ask any mother", ("Rodrigo Zañartu",)),
    ("r28", "He speaks of", ("Valentina Aravena",)),
    ("r28", "We remember what", ("Valentina Aravena",)),
    ("r28", "I will not", ("Rodrigo Zañartu",)),
    ("r28", "Neither of them", ("Patricio Lobos",)),
    ("r28", "They will vote", ("Patricio Lobos",)),
    ("r28", "Every town, every", ("Valentina Aravena",)),
    ("r29", "This money stays", ("LaShawn Pettaway",)),
    ("r29", "That was the", ("LaShawn Pettaway",)),
    ("r29", "We've been trying", ("Marcus Holloway", "Deja Holloway")),
    ("r29", "Twelve jobs to", ("Deja Holloway",)),
    ("r29", "All from the", ("Deja Holloway",)),
    ("r29", "We fought drugs", ("Calvin Mabry",)),
    ("r29", "Now the city", ("Calvin Mabry",)),
    ("r29", "The law is", ("LaShawn Pettaway",)),
    ("r29", "It's 1,140.", ("LaShawn Pettaway",)),
    ("r29", "And we'll keep", ("Calvin Mabry",)),
    ("r29", "It's green,", ("Marcus Holloway",)),
    ("r29", "Of course it's", ("Marcus Holloway",)),
    ("r30", "Today's approval offers", ("Food and Drug Administration",)),
    ("r30", "We believe this", ("Calloway Therapeutics", "Calloway")),
    ("r30", "We will offer", ("Calloway Therapeutics", "Calloway")),
    ("r30", "He ate a", ("Rachel Okafor",)),
    ("r30", "I cried in", ("Rachel Okafor",)),
    ("r30", "I remember the", ("Tobi Okafor", "Tobi")),
    ("r30", "Insurers will fight", ("Helen Vashti",)),
    ("r30", "They always do.", ("Helen Vashti",)),
    ("r30", "They said they", ("Rachel Okafor",)),
    ("r31", "The officers were", ("Gordon Ashe",)),
    ("r31", "Their failures are", ("Gordon Ashe",)),
    ("r31", "There was no", ("Evelyn Strand",)),
    ("r31", "There was a", ("Evelyn Strand",)),
    ("r31", "I thank Chief", ("Doreen Whitcomb",)),
    ("r31", "I also accept", ("Doreen Whitcomb",)),
    ("r31", "Our officers made", ("union", "officers' union")),
    ("r31", "He's gone,", ("Kenji Ramsay",)),
    ("r31", "The officers who", ("Kenji Ramsay",)),
    ("r31", "Someone from outside,", ("Doreen Whitcomb",)),
    ("r32", "The well-being of", ("Illinois Wesleyan University", "university")),
    ("r32", "I coached them", ("Darlene Fitch",)),
    ("r32", "Maybe that's not", ("Darlene Fitch",)),
    ("r32", "I was scared", ("Kiara Whitlock",)),
    ("r32", "That's not coaching.", ("Kiara Whitlock",)),
    ("r32", "Nothing happened,", ("Denise Whitlock",)),
    ("r32", "Nothing happened until", ("Denise Whitlock",)),
    ("r32", "We followed our", ("Corinne Saylor",)),
    ("r32", "I have a", ("Darlene Fitch",)),
    ("r33", "My voice is", ("Rhett Calloway",)),
    ("r33", "My jokes are", ("Rhett Calloway",)),
    ("r33", "He sold the", ("Jolene Pruitt",)),
    ("r33", "It was half", ("Jolene Pruitt",)),
    ("r33", "It was a", ("Rhett Calloway",)),
    ("r33", "I told them", ("Tomás Echevarría",)),
    ("r33", "They agreed on", ("Tomás Echevarría",)),
    ("r33", "I've booked a", ("Sandy Mercer",)),
    ("r33", "Nobody sells out", ("Sandy Mercer",)),
    ("r33", "If he buys", ("Jolene Pruitt",)),
    ("r34", "The ruling ignores", ("Crestmoor Realty", "Crestmoor")),
    ("r34", "They turned the", ("Yolanda Figueroa",)),
    ("r34", "They said it", ("Yolanda Figueroa",)),
    ("r34", "They were not", ("Harold Weintraub",)),
    ("r34", "We had mushrooms", ("Andre Baptiste",)),
    ("r34", "Real mushrooms.", ("Andre Baptiste",)),
    ("r34", "The shelter was", ("Mireille Baptiste",)),
    ("r34", "We pay when", ("Yolanda Figueroa",)),
    ("r35", "Research integrity is", ("Duke University", "university")),
    ("r35", "We have notified", ("Duke University", "university")),
    ("r35", "Dr. Kröger made", ("Patricia Haldane",)),
    ("r35", "He did not", ("Patricia Haldane",)),
    ("r35", "I thought I", ("Mei-Lin Tsao",)),
    ("r35", "Then I found", ("Mei-Lin Tsao",)),
    ("r35", "We take allegations", ("National Institutes of Health",)),
    ("r35", "A senior colleague", ("Mei-Lin Tsao",)),
    ("r35", "It nearly did.", ("Mei-Lin Tsao",)),
    ("r35", "He wants the", ("Patricia Haldane",)),
]

WHY_50 = {  # why each story's quotations on KNOWN_WRONG_50 are wrong (read, not all traced)
    "r02": (
        '"The company said ... “...,” it said in its earnings release": the firm named last '
        "(\"Halvorsen Capital\", the analyst's employer), not Veridian, the story's company"
    ),
    "r03": (
        '"The priest said he would move ..." is not tied to "the Rev. Thaddeus Mlynarski" / '
        '"Father Mlynarski" (the spokesman quoted before is taken); "The organist said" (she '
        '"has played the organ") finds no one described so'
    ),
    "r05": (
        '"Castellane & Voss said only that ... “...,” the firm said": the firm is not read as'
        ' an organisation; "“...,” his sister said" after "Tillotson\'s brother, Lyle '
        'Tillotson,": his sister is not found as Margery (named as "the seller", never as his'
        " sister)"
    ),
    "r07": (
        '"His wife keeps the books. “...,” she said": "Loren and Patrice Haskell" gives no '
        'wife (Patrice, a name of either sex), so "she" goes to the woman named later'
    ),
    "r08": (
        "\"A rocket built by Kestrel Orbital, a startup backed by ... Silicon Valley's ... "
        'firms," then "The company said ... it said": the place nearer than the name stops '
        '"the company"'
    ),
    "r10": (
        "\"The committee's first witness was Wade Thibodeaux, who runs cattle ... “...,” he "
        'told the senators": a name after a copula is not read as the subject, so the senator'
        ' before is taken; "The rancher" is not tied to "runs cattle"'
    ),
    "r13": (
        '"Transport Workers Union Local 234": the name is cut before "Local 234" (the right '
        "union in another form)"
    ),
    "r14": (
        '"The city council ... “...,” the council said": "council", the right body in another'
        " form (no name given)"
    ),
    "r15": (
        '"The company said no patient had been harmed. “...,” it said": Harrow is named three'
        ' paragraphs back, past the reach of "the company"'
    ),
    "r16": (
        '"Her Ranevskaya is played by Colleen Fairweather, ... “...,” the actress said": a '
        'name as the agent of a passive is not read as the one "the actress" means'
        ' ("Fairweather said the director cried ... “...,” she said" came right with coref62)'
    ),
    "r18": (
        '"Mammadli denied it. “...,” the Azerbaijani minister said": the demonym adjective is'
        ' not tied to "Her Azerbaijani counterpart, Elchin Mammadli"'
    ),
    "r21": (
        '"Colorado Parks and Wildlife said ... The agency said ... “...,” it said": a name '
        'with no head noun for a body is not what "the agency" refers back to'
    ),
    "r22": (
        '"The new grandmaster said he would ..." goes to "the Hungarian grandmaster Zoltán '
        'Kerekes", the one described so, not the boy who has just become one'
    ),
    "r24": (
        '"she is survived by a son, Daniel," then "Her son said": a kin noun after "a" (no '
        "owner) gives no relative, so the husband named before is taken"
    ),
    "r30": (
        "\"The boy's mother said she had already called her insurer. “They said ...,” she "
        'said": the doctor quoted before, not the boy\'s mother (Rachel Okafor, who "enrolled '
        'her son, Tobi"); and, since the ranker retrained in the forty-second session (a close '
        'call), "“...,” the agency said in a statement" after "The agency said the drug, made '
        'by Calloway Therapeutics, ...": the company named last, not the agency'
    ),
    "r32": (
        '"The university said the investigation had found violations of its conduct policy. '
        '“...,” it said": "it" is read as the policy, not the university the sentence\'s '
        "subject names"
    ),
    "r35": (
        '"The problems were first spotted by a former graduate student ..., Mei-Lin Tsao, who'
        ' noticed ... “...,” she said": the agent of a passive is not taken; the lawyer '
        "quoted before is"
    ),
}
KNOWN_WRONG_50 = known_wrong_from(  # what On Record gives, why
    WHY_50,
    [
        ("r02", "Most of the", "Halvorsen Capital"),
        ("r03", "She says I", "Neil Ostrander"),
        ("r03", "I think she's", "Neil Ostrander"),
        ("r03", "Nobody asked for", "Kaylee Brandt"),
        ("r05", "The buyer intends", "firm"),
        ("r05", "The roof won,", "his sister"),
        ("r07", "We borrowed against", "Ellen Marchbanks"),
        ("r07", "We can't do", "Ellen Marchbanks"),
        ("r08", "We lost telemetry", "company"),
        ("r08", "We will find", "company"),
        ("r10", "You're asking me", "Grant Ellsworth"),
        ("r10", "For five years.", "Grant Ellsworth"),
        ("r10", "The river was", "Grant Ellsworth"),
        ("r13", "We gave them", "Transport Workers Union"),
        ("r13", "They chose a", "Transport Workers Union"),
        ("r14", "We will not", "council"),
        ("r15", "We have found", "company"),
        ("r16", "I've played her", "Oksana Belinsky"),
        ("r16", "Next I'll play", "Oksana Belinsky"),
        ("r18", "Our forces responded", "Lusine Hakobyan"),
        ("r21", "This bear was", "agency"),
        ("r22", "Two scoops,", "Zoltán Kerekes"),
        ("r22", "My dad said", "Zoltán Kerekes"),
        ("r24", "Slower every year,", "Kwame Osei"),
        ("r24", "Never fewer.", "Kwame Osei"),
        ("r30", "Today's approval offers", "Calloway Therapeutics"),
        ("r30", "They said they", "Helen Vashti"),
        ("r32", "The well-being of", "policy"),
        ("r35", "I thought I", "Patricia Haldane"),
        ("r35", "Then I found", "Patricia Haldane"),
    ],
)


test_probe_speaker_coref50_batch, test_coref50_batch_figure = judged_batch_tests(
    "coref50", PROBES, PROBES_50, KNOWN_WRONG_50, FIRST_JUDGED, size=340
)


# ---- mends (sentences written for the tests, not the probes; each fails on main 450fcf5)

N = "\n\n"


def test_a_given_name_after_and_his_wife_takes_the_surname_named_before_and() -> None:
    """ "Tomas Varga and his wife, Ilona," after another man's quotation: Ilona Varga, not
    the wife of the man the sentence before was about (main: "Ilona Pell")."""
    text = (
        "The inspector, Martin Pell, closed the building on Friday. “The wiring is"
        " dangerous,” he said."
        + N
        + "Tomas Varga and his wife, Ilona, have lived on the third floor since 1998."
        + " “We heard about it on the radio,” he said."
        + N
        + "His wife said they would stay with a cousin. “Two weeks, maybe three,” she said."
    )
    assert _speaker(text, "Two weeks") == "Ilona Varga"


def test_a_given_name_after_and_her_husband_takes_her_surname() -> None:
    """ "Greta Holm and her husband, Arvid," after another woman's quotation: Arvid Holm
    (main: "Arvid Dunn", the husband of the woman quoted before)."""
    text = (
        "The county's emergency manager, Rosa Dunn, ordered the valley evacuated on Sunday."
        " “Go now,” she said."
        + N
        + "Greta Holm and her husband, Arvid, packed the car in an hour."
        + N
        + "Her husband wanted to stay. “The barn is full of hay,” he said."
    )
    assert _speaker(text, "full of hay") == "Arvid Holm"


def test_a_given_name_after_their_son_takes_the_familys_surname() -> None:
    """ "Jorge and Alma Quintero" named as a couple, then "Their son, Mateo, 24,": Mateo
    Quintero (main: "Mateo" alone)."""
    text = (
        "The flood reached the orchard owned by Jorge and Alma Quintero on Tuesday."
        + N
        + "“We lost 300 trees,” Jorge Quintero said. Alma Quintero said the insurance would"
        " not pay. “Not a cent,” she said."
        + N
        + "Their son, Mateo, 24, drove up from Fresno. “I'll replant,” he said."
    )
    assert _speaker(text, "replant") == "Mateo Quintero"


def test_their_son_takes_no_surname_when_the_last_two_named_are_not_one_family() -> None:
    """A guard: the last two named share no surname, so "Their son, Mateo," is Mateo alone
    (as on main)."""
    text = (
        "The flood reached the orchard of Jorge Quintero and Alma Reyes on Tuesday."
        + N
        + "Their son, Mateo, 24, drove up from Fresno. “I'll replant,” he said."
    )
    assert _speaker(text, "replant") == "Mateo"


def test_the_agency_is_a_public_body_named_by_another_head() -> None:
    """ "the Federal Railroad Administration" then "“...,” the agency said": the
    administration (main: "agency", a body of its own)."""
    text = (
        "The Federal Railroad Administration fined the Ridgeline Freight Company $2 million"
        " on Monday."
        + N
        + "Ridgeline's president, Walter Soames, said the company would appeal. “The fine is"
        " excessive,” he said." + N + "“The record speaks for itself,” the agency said."
    )
    assert _speaker(text, "record speaks") == "Federal Railroad Administration"


def test_the_agency_named_with_of_keeps_the_whole_name() -> None:
    """A guard: "the National Institutes of Health" stays whole (as on main)."""
    text = (
        "The National Institutes of Health, which paid for the work, opened a review."
        + N
        + "“We take this seriously,” the agency said."
    )
    assert _speaker(text, "take this") == "National Institutes of Health"


def test_the_company_is_the_short_name_of_a_company_named_in_full_before() -> None:
    """ "made by Orrin Biologics" then "Orrin said it ... “...,” the company said":
    Orrin, the company's short name, not the public body named between (main: "Drug
    Administration")."""
    text = (
        "The Food and Drug Administration approved a vaccine made by Orrin Biologics on"
        " Friday."
        + N
        + "Orrin said it would ship the first doses in May. “We are ready,” the company said."
    )
    assert _speaker(text, "We are ready") == "Orrin"


def test_an_unlisted_given_name_set_off_by_an_age_names_a_person() -> None:
    """ "Tochukwu Adeyinka, 19," (a given name in no list) is a person, so "he said" is his,
    not his father's, named after with the surname (main: the father)."""
    text = (
        "Tochukwu Adeyinka, 19, won the national 400 meters on Saturday."
        + N
        + "“I ran angry,” he said."
        + N
        + "His father, Paul Adeyinka, drove him to practice for ten years. “Every morning at"
        " five,” he said."
    )
    assert _speaker(text, "ran angry") == "Tochukwu Adeyinka"


def test_an_unlisted_given_name_before_a_persons_description_names_a_person() -> None:
    """ "Chidera Okwu, a 27-year-old architect from Enugu," is a person: "she said" after
    it is hers (main: the woman named after)."""
    text = (
        "A pavilion designed by Chidera Okwu, a 27-year-old architect from Enugu, won the"
        " prize on Friday."
        + N
        + "“I drew it on a napkin,” she said."
        + N
        + "The jury's chair, Helen Moss, called it bold. “It is a building that listens,” she"
        " said."
    )
    assert _speaker(text, "on a napkin") == "Chidera Okwu"


def test_an_unlisted_name_before_a_firms_description_stays_no_person() -> None:
    """A guard: "Zentrova Labs, a firm from Ohio," is no person ("firm" names none), so
    "it said" is the firm's."""
    text = (
        "The contract went to Zentrova Labs, a firm from Ohio, on Monday."
        + N
        + "“We are honored,” the company said."
    )
    assert _speaker(text, "honored") in ("Zentrova Labs", "company")


def test_a_lone_surname_is_not_the_relative_named_as_one() -> None:
    """ "Maya Brandt, 31," then "The potter's mother, Ruth Brandt," then "Brandt said she":
    Maya, whose mother Ruth is named as (main: Ruth, the Brandt named last)."""
    text = (
        "A potter from Leeds, Maya Brandt, 31, won the craft prize on Friday."
        + N
        + "“I nearly didn't enter,” she said."
        + N
        + "The potter's mother, Ruth Brandt, drove down for the ceremony. “She made her first"
        " bowl at six,” she said."
        + N
        + "Brandt said she would spend the prize on a kiln. “A big one,” she said."
    )
    assert _speaker(text, "big one") == "Maya Brandt"
