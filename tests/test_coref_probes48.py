"""coref48: invented probes for pronouns and nominals (issue 15), a fourth batch after
coref41, coref44 and coref46: 35 short news stories (319 quotations) in the situations
the earlier batches covered least: two or three people of one sex alternating (two women
running for a council seat, three women for a school board seat, three township
supervisors, two neighbors, two tennis players 17 years apart), people told apart only
by given names (twin sisters, brothers, two married couples sharing a surname, a family of
three Winslows), a newcomer introduced by description and named only later ("The new
chief, a 48-year-old former Navy firefighter, ... Her name is Joanna Petrakis"), a
nominal that is a role given earlier ("the prosecutor", "the defense lawyer", "the
farmer", "the librarian", "the veterinarian", "the public defender", "the former
owner"), "the veteran who caught him", kin terms ("his mother said", "her husband said",
"the boy's mother said", "the sister said", "Her daughter said"), a pronoun after a
quoted person's own quote of someone else ("She told me, 'The comma is where they hide
the money.'"), organisations as "it" and "they" (a grocer and its supplier, a ferry line
and an engine maker, a zoo, a university and the College Board, a band), a pronoun at a
paragraph's start after a long digression, plural "they" for a group (nurses, farmers),
first-person narrators (a reporter in a snowplow, a son finding his father's war buddy)
and obituaries (with a birth name and quotations from old interviews).

Every person is invented and every quotation is written for this batch. The judged list
was written with the stories, before On Record read them (both were committed first; the
stories are built from marked text by /work/notes/coref48_scripts/gen.py). The
quotations still wrong are listed in KNOWN_WRONG_48 with what On Record gives and why; the
figure is printed by ``test_coref48_batch_figure`` (run with -s).

First judged, on main d6ddfb9 before any mend: 269 of 319 right (84.3%; 50 wrong). After
the mends below: 282 of 319 (88.4%; two more, "three nurses", are the right group
written in lower case). After orgs65 (a name ending in a
common noun's plural is an organisation's, "Valley Harvest Markets"): 285 of 319. After
orgs66 ("the ferry line" names the kind "Sound Island Ferries" ends in): 288 of 319."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests, known_wrong_from
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("coref_probes_48.json")
FIRST_JUDGED = 269  # right on main (d6ddfb9) before any mend, of 319

PROBES_48: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ('q01', 'They cut the', ('Renata Olmstead',)),
    ('q01', 'Then they wonder', ('Renata Olmstead',)),
    ('q01', 'Nobody on the', ('Lucy Garber',)),
    ('q01', 'Then vote against', ('Renata Olmstead',)),
    ('q01', "I wasn't on", ('Lucy Garber',)),
    ('q01', 'Neither were you.', ('Lucy Garber',)),
    ('q01', 'This is not', ('Frances Dunleavy',)),
    ('q01', "I've already priced", ('Lucy Garber',)),
    ('q01', "It's $1.1 million.", ('Lucy Garber',)),
    ('q01', 'Try double,', ('Renata Olmstead',)),
    ('q02', 'I cried at', ('Lorraine Pulaski',)),
    ('q02', "I don't know", ('Lorraine Pulaski',)),
    ('q02', "She wasn't,", ('Ed Pulaski',)),
    ('q02', 'So we waited.', ('Ed Pulaski',)),
    ('q02', 'He says that', ('Lorraine Pulaski',)),
    ('q02', "He wasn't ready", ('Lorraine Pulaski',)),
    ('q02', 'I learned to', ('Tony Pulaski',)),
    ('q02', "I'm not changing", ('Tony Pulaski',)),
    ('q02', 'His words, not', ('Ed Pulaski',)),
    ('q03', "I've fought fires", ('Joanna Petrakis',)),
    ('q03', 'A wood-frame town', ('Joanna Petrakis',)),
    ('q03', "We couldn't keep", ('Wendell Crane',)),
    ('q03', 'Nobody asked the', ('Gary Lunt',)),
    ('q03', 'We found out', ('Gary Lunt',)),
    ('q03', 'They know this', ('Joanna Petrakis',)),
    ('q03', "I don't yet.", ('Joanna Petrakis',)),
    ('q03', 'He declined,', ('Wendell Crane',)),
    ('q04', "The pills didn't", ('Brian Cortese',)),
    ('q04', 'The bills did.', ('Brian Cortese',)),
    ('q04', 'My client signed', ('Victor Hale',)),
    ('q04', "That's not a", ('Victor Hale',)),
    ('q04', 'Look at December,', ('Brian Cortese',)),
    ('q04', 'Christmas week. The', ('Brian Cortese',)),
    ('q04', 'Counsel may argue', ('Ruth Ambrose',)),
    ('q04', 'They have a', ('Victor Hale',)),
    ('q04', "They don't have", ('Victor Hale',)),
    ('q04', 'I trust the', ('Leonard Mraz',)),
    ('q05', 'I turned around', ('Diego Saavedra',)),
    ('q05', 'Nothing you can', ('Diego Saavedra',)),
    ('q05', 'He had the', ('Hank Morales',)),
    ('q05', 'His changeup was', ('Hank Morales',)),
    ('q05', "I'm not sorry,", ('Rafael Ochoa',)),
    ('q05', 'But he pitched', ('Rafael Ochoa',)),
    ('q05', 'He was at', ('Doug Petrie',)),
    ('q05', "I'm not going", ('Doug Petrie',)),
    ('q05', 'Not once in', ('Hank Morales',)),
    ('q05', "I've caught guys", ('Hank Morales',)),
    ('q05', "Then I'm done", ('Diego Saavedra',)),
    ('q06', 'He was cold', ('Ron Pettibone',)),
    ('q06', 'But he did', ('Ron Pettibone',)),
    ('q06', "I didn't sleep,", ('Deb Winslow',)),
    ('q06', 'I kept the', ('Deb Winslow',)),
    ('q06', 'The first thing', ('Tom Winslow',)),
    ('q06', 'It was towed.', ('Tom Winslow',)),
    ('q06', 'I thought I', ('Caleb Winslow',)),
    ('q06', 'I was going up.', ('Caleb Winslow',)),
    ('q06', "He'll be hearing", ('Deb Winslow',)),
    ('q06', "We'll send him", ('Ron Pettibone',)),
    ('q07', "She said, 'Marcia,", ('Marcia Quint',)),
    ('q07', 'She was right', ('Marcia Quint',)),
    ('q07', 'Every clause, every', ('Angela Doyle',)),
    ('q07', 'She told me,', ('Angela Doyle',)),
    ('q07', 'I did say', ('Marcia Quint',)),
    ('q07', 'I stole it', ('Marcia Quint',)),
    ('q07', "She didn't need", ('Keith Barlow',)),
    ('q07', "She'd just say,", ('Keith Barlow',)),
    ('q07', 'And he never', ('Marcia Quint',)),
    ('q07', "It's the least", ('Angela Doyle',)),
    ('q08', 'We are not', ('Valley Harvest Markets', 'Valley Harvest')),
    ('q08', 'Our customers come', ('Valley Harvest Markets', 'Valley Harvest')),
    ('q08', 'Every field we', ('Sierra Greens',)),
    ('q08', 'The sample was', ('Alma Reyes',)),
    ('q08', 'No receipt needed,', ('Valley Harvest Markets', 'Valley Harvest')),
    ('q08', 'We have been', ('Sierra Greens',)),
    ('q08', 'We have never', ('Sierra Greens',)),
    ('q09', "If they're humming,", ('Nora Castellane',)),
    ('q09', "If they're quiet,", ('Nora Castellane',)),
    ('q09', 'I sat in', ('Nora Castellane',)),
    ('q09', 'Then I ordered', ('Nora Castellane',)),
    ('q09', "She's tougher than", ('Paul Odegaard',)),
    ('q09', 'And smarter.', ('Paul Odegaard',)),
    ('q09', 'Nobody else kept', ('Kim Sato',)),
    ('q09', 'I was just', ('Nora Castellane',)),
    ('q10', 'Patients are waiting', ('Valley Nurses Alliance',)),
    ('q10', 'I have never', ('Gloria Estrada',)),
    ('q10', 'We are taking', ('Gloria Estrada',)),
    ('q10', 'We have made', ('Alan Brewster',)),
    ('q10', 'We will keep', ('Alan Brewster',)),
    ('q10', 'We did that', ('Three nurses', 'nurses', 'Three nurses who spoke outside the hospital on Friday')),  # noqa: E501
    ('q10', 'Never again.', ('Three nurses', 'nurses', 'Three nurses who spoke outside the hospital on Friday')),  # noqa: E501
    ('q10', 'Give me two', ('Gloria Estrada',)),
    ('q10', "We've added 31", ('Alan Brewster',)),
    ('q11', 'Come before I', ('Walt Ruggiero',)),
    ('q11', 'Your dad carried', ('Walt Ruggiero',)),
    ('q11', 'Two miles. I', ('Walt Ruggiero',)),
    ('q11', "He wouldn't,", ('Walt Ruggiero',)),
    ('q11', "He didn't think", ('Walt Ruggiero',)),
    ('q11', 'Some days he thinks', ('Carol Fisk',)),
    ('q11', "Some days he's", ('Carol Fisk',)),
    ('q11', 'Like a goose,', ('Walt Ruggiero',)),
    ('q11', 'You could hear', ('Walt Ruggiero',)),
    ('q11', 'I was going to,', ('Walt Ruggiero',)),
    ('q11', 'Every Christmas I', ('Walt Ruggiero',)),
    ('q11', "That's him,", ('mother', 'My mother')),
    ('q11', "That's exactly him.", ('mother', 'My mother')),
    ('q12', 'She was in', ('Peter Vork',)),
    ('q12', 'She said the', ('Peter Vork',)),
    ('q12', 'I lost a', ('Helen Vork',)),
    ('q12', 'Never a child.', ('Helen Vork',)),
    ('q12', 'I still hear', ('Susan Albrecht',)),
    ('q12', "It's 11,000 names,", ('Ann Cheney',)),
    ('q12', 'In pencil, in', ('Ann Cheney',)),
    ('q13', 'Yes, with conditions,', ('Dale Yoder',)),
    ('q13', 'Blasting hours, a', ('Dale Yoder',)),
    ('q13', 'My well went', ('Mike Brandt',)),
    ('q13', 'Both times after', ('Mike Brandt',)),
    ('q13', 'I want to', ('Frank Oberholtzer',)),
    ('q13', 'The real one,', ('Frank Oberholtzer',)),
    ('q13', 'Then we vote,', ('Dale Yoder',)),
    ('q13', "I've read their", ('Mike Brandt',)),
    ('q13', 'They summarize the', ('Mike Brandt',)),
    ('q13', 'He took the', ('Lou Galetti',)),
    ('q13', "He's still against", ('Lou Galetti',)),
    ('q13', 'I took the', ('Mike Brandt',)),
    ('q14', "I wasn't going", ('Irene Castaneda',)),
    ('q14', "We've never started", ('Irene Castaneda',)),
    ('q14', 'She made flashcards,', ('Gloria Castaneda',)),
    ('q14', 'Six hundred flashcards.', ('Gloria Castaneda',)),
    ('q14', 'They finished each', ('Marsha Klein',)),
    ('q14', 'I had to', ('Marsha Klein',)),
    ('q14', 'I want to be there at the beginning,', ('Irene Castaneda',)),
    ('q14', 'I want to be there at the end,', ('Gloria Castaneda',)),
    ('q14', "Between us we've", ('Gloria Castaneda',)),
    ('q15', "I didn't come", ('Denise Obi',)),
    ('q15', 'I brought my', ('Denise Obi',)),
    ('q15', 'She asked us', ('Carl Wendt',)),
    ('q15', 'We call them', ('Marcus Bell',)),
    ('q15', "She's the new", ('Marcus Bell',)),
    ('q15', 'Every kid who', ('Denise Obi',)),
    ('q15', "She'll do it,", ('Carl Wendt',)),
    ('q15', 'She already knows', ('Carl Wendt',)),
    ('q16', 'Carol saw it', ('Dennis Haugen',)),
    ('q16', 'I said it', ('Dennis Haugen',)),
    ('q16', 'He said it', ('Carol Haugen',)),
    ('q16', 'Then I made', ('Carol Haugen',)),
    ('q16', 'Without her code', ('Dennis Haugen',)),
    ('q16', 'They have patience', ('Lucas Weir',)),
    ('q16', 'We have budgets.', ('Lucas Weir',)),
    ('q16', "We'll have a", ('Carol Haugen',)),
    ('q16', "He'll make chili.", ('Carol Haugen',)),
    ('q17', 'He never got', ('Dolores Ostrowski', 'Dolores')),
    ('q17', 'Forty years and', ('Dolores Ostrowski', 'Dolores')),
    ('q17', 'They told us', ('Frank Ostrowski',)),
    ('q17', "The market doesn't", ('Frank Ostrowski',)),
    ('q17', 'He never lied', ('Richard Kealy',)),
    ('q17', "I can't say", ('Richard Kealy',)),
    ('q17', 'It was the', ('Mark Ostrowski',)),
    ('q18', 'We believed Tilly', ('Maumee Valley Zoo',)),
    ('q18', 'We still believe', ('Maumee Valley Zoo',)),
    ('q18', 'She has been', ('Ellen Marchetti',)),
    ('q18', 'Elephants are not', ('Ellen Marchetti',)),
    ('q18', 'I read everything', ('Sandra Pohl',)),
    ('q18', 'She was right', ('Sandra Pohl',)),
    ('q18', 'I cried when', ('Ellen Marchetti',)),
    ('q18', "It's 600 miles,", ('Sandra Pohl',)),
    ('q18', "We'll stop every", ('Sandra Pohl',)),
    ('q19', 'She said she', ('Vinnie Ferraro',)),
    ('q19', "She's 90. She's", ('Vinnie Ferraro',)),
    ('q19', 'He says he', ('Sal Ferraro',)),
    ('q19', 'I was there.', ('Sal Ferraro',)),
    ('q19', 'I added the', ('Vinnie Ferraro',)),
    ('q19', "That's inventing.", ('Vinnie Ferraro',)),
    ('q19', 'They fight like', ('Rosa Ferraro',)),
    ('q19', 'They were always', ('Rosa Ferraro',)),
    ('q19', "I'll do the", ('Sal Ferraro',)),
    ('q19', 'Somebody has to', ('Sal Ferraro',)),
    ('q20', 'Our crews have', ('Sound Island Ferries',)),
    ('q20', 'The parts have', ('Sound Island Ferries',)),
    ('q20', 'We let you', ('Raymond Tully',)),
    ('q20', "I'm sorry.", ('Raymond Tully',)),
    ('q20', 'We told them', ('Carver Marine',)),
    ('q20', 'A pass you', ('Kira Lund',)),
    ('q20', 'Every rider will', ('Sound Island Ferries',)),
    ('q21', "He said, 'I", ('Gregory Lasko',)),
    ('q21', 'He kept saying', ('Gregory Lasko',)),
    ('q21', "I don't know,", ('Gregory Lasko',)),
    ('q21', 'It was in', ('Gregory Lasko',)),
    ('q21', 'She had two', ('Paul Inouye',)),
    ('q21', 'Front and back.', ('Paul Inouye',)),
    ('q21', "She said, 'Now", ('Kelly Forde',)),
    ('q21', 'My client is', ('Nadine Greer',)),
    ('q21', 'It was dark,', ('Nadine Greer',)),
    ('q22', 'We planted these', ('farmers', 'The farmers', 'Dozens of farmers')),
    ('q22', 'I watched my', ('Jaswinder Gill',)),
    ('q22', 'I pulled them', ('Jaswinder Gill',)),
    ('q22', 'There is no', ('Ted Monahan',)),
    ('q22', 'The reservoir is', ('Ted Monahan',)),
    ('q22', "We'll be back", ('farmers', 'The farmers', 'Dozens of farmers', 'The protesters', 'protesters')),  # noqa: E501
    ('q22', 'People have to', ('Jaswinder Gill',)),
    ('q22', 'So do we.', ('Jaswinder Gill',)),
    ('q23', "Don't touch the", ('Lyle Haskins',)),
    ('q23', "Don't touch anything,", ('Lyle Haskins',)),
    ('q23', 'He taught me', ('Teresa Vang',)),
    ('q23', 'Mostly what not', ('Teresa Vang',)),
    ('q23', 'A parked police', ('Lyle Haskins',)),
    ('q23', 'In 1998. They', ('Lyle Haskins',)),
    ('q23', 'They put it', ('Teresa Vang',)),
    ('q23', "He's not retiring", ('Teresa Vang',)),
    ('q23', 'Never,', ('Lyle Haskins',)),
    ('q23', "Every street's different", ('Lyle Haskins',)),
    ('q24', 'We bought a', ('Priscilla Navarro',)),
    ('q24', 'Then we were', ('Priscilla Navarro',)),
    ('q24', 'Half my patients', ('Joan Whitcombe',)),
    ('q24', 'I teach reading', ('Tamsin Reilly',)),
    ('q24', 'Neither of them', ('Tamsin Reilly',)),
    ('q24', "I'd just call", ('Priscilla Navarro',)),
    ('q24', 'Story hour.', ('Priscilla Navarro',)),
    ('q24', 'It costs four', ('Joan Whitcombe',)),
    ('q24', "I'm the only", ('Tamsin Reilly',)),
    ('q25', "Kyle didn't start", ('Jeremy Lang',)),
    ('q25', 'The video will', ('Jeremy Lang',)),
    ('q25', 'The senator loves', ('Tara Whelan',)),
    ('q25', 'This is a', ('Tara Whelan',)),
    ('q25', 'He hit me', ('Devon Marsh',)),
    ('q25', 'I never saw', ('Devon Marsh',)),
    ('q25', 'Whose son gets', ('Brenda Marsh',)),
    ('q25', 'Character matters,', ('Linda Faust',)),
    ('q26', 'Test scores told', ('University of the Rockies',)),
    ('q26', 'Grades in hard', ('University of the Rockies',)),
    ('q26', 'We followed 20,000', ('Miriam Achebe',)),
    ('q26', 'The ones who', ('Miriam Achebe',)),
    ('q26', 'Without scores, those', ('College Board', 'The College Board')),
    ('q26', 'They can stop', ('Luis Arroyo',)),
    ('q26', "If we're wrong,", ('Miriam Achebe',)),
    ('q27', 'Thirty years is', ('Lisa Oyama',)),
    ('q27', 'And for evidence.', ('Lisa Oyama',)),
    ('q27', 'I was 15', ('Angela Ruiz Baird',)),
    ('q27', "I've spent my", ('Angela Ruiz Baird',)),
    ('q27', 'It sat in', ('Karen Whitlock',)),
    ('q27', 'Nobody ever tested', ('Karen Whitlock',)),
    ('q27', "Tammy's family has", ('Mark Salinger',)),
    ('q27', 'A private lab', ('Lisa Oyama',)),
    ('q27', 'Every one,', ('Angela Ruiz Baird',)),
    ('q28', 'I delivered this', ('Eli Brandenburg',)),
    ('q28', 'I owe it.', ('Eli Brandenburg',)),
    ('q28', 'I wanted someone', ('Marvin Tietjen',)),
    ('q28', 'Someone who knows', ('Marvin Tietjen',)),
    ('q28', "She's the paper,", ('Eli Brandenburg',)),
    ('q28', "I'm just the", ('Eli Brandenburg',)),
    ('q28', "This one's the", ('June Kracl',)),
    ('q28', "We'll see if", ('June Kracl',)),
    ('q28', "They'll have to", ('Marvin Tietjen',)),
    ('q29', "He's going to", ('Alejandro Mora',)),
    ('q29', 'Not today.', ('Alejandro Mora',)),
    ('q29', 'After the first', ('Pablo Iriarte',)),
    ('q29', 'Then I remembered', ('Pablo Iriarte',)),
    ('q29', 'I was thinking', ('Alejandro Mora',)),
    ('q29', 'My big comfortable', ('Alejandro Mora',)),
    ('q29', 'He learned more', ('Jordi Casals',)),
    ('q29', "He said, 'See", ('Pablo Iriarte',)),
    ('q29', "I said, 'You'll", ('Pablo Iriarte',)),
    ('q29', "He's right,", ('Alejandro Mora',)),
    ('q29', "I'll be 36.", ('Alejandro Mora',)),
    ('q30', 'They would hand', ('Ruth Adeyemi',)),
    ('q30', 'I saw the', ('Ruth Adeyemi',)),
    ('q30', 'I was seasick', ('Ruth Adeyemi',)),
    ('q30', 'It was the', ('Ruth Adeyemi',)),
    ('q30', "She'd hand back", ('Colin Marsh',)),
    ('q30', "Usually 'no.'", ('Colin Marsh',)),
    ('q30', 'She was still', ('Simone Adeyemi-Clarke',)),
    ('q31', 'He told me,', ('Janice Pruett',)),
    ('q31', 'I wrote it', ('Janice Pruett',)),
    ('q31', "He doesn't make", ('Will Haney',)),
    ('q31', 'He makes them', ('Will Haney',)),
    ('q31', "I'm not worried", ('Kathy Moss',)),
    ('q31', "I'm worried about", ('Kathy Moss',)),
    ('q31', 'He said it,', ('Janice Pruett',)),
    ('q31', 'I have a', ('Janice Pruett',)),
    ('q31', "I heard 'bridge,'", ('Doug Pruett',)),
    ('q31', "I heard 'twenty.'", ('Doug Pruett',)),
    ('q32', "We're older, we're", ('The Velvet Porch', 'Velvet Porch')),
    ('q32', "My students don't", ('Jolene Tharp',)),
    ('q32', 'I showed them', ('Jolene Tharp',)),
    ('q32', 'I apologized in', ('Russ Keegan',)),
    ('q32', 'It took her', ('Russ Keegan',)),
    ('q32', 'We were exhausted,', ('Jolene Tharp',)),
    ('q32', "We'd played 200", ('Jolene Tharp',)),
    ('q32', "I've never seen", ('Hal Pettigrew',)),
    ('q33', 'We had players', ('Brad Tolliver',)),
    ('q33', 'That tells you', ('Brad Tolliver',)),
    ('q33', 'Four minutes for', ('Jim Harlan',)),
    ('q33', "I've had longer", ('Jim Harlan',)),
    ('q33', 'He said no,', ('Brad Tolliver',)),
    ('q33', 'I understand that.', ('Brad Tolliver',)),
    ('q33', 'He recruited me', ('Isaiah Pound',)),
    ('q33', "I'm not going", ('Isaiah Pound',)),
    ('q33', "I'm going fishing,", ('Jim Harlan',)),
    ('q33', "The fish don't", ('Jim Harlan',)),
    ('q34', 'I knew it', ('Arjun Pillai',)),
    ('q34', 'The sound effects', ('Arjun Pillai',)),
    ('q34', 'He made his', ('Lakshmi Pillai',)),
    ('q34', "She's in Chennai.", ('Lakshmi Pillai',)),
    ('q34', 'I put in', ('Hannah Goode',)),
    ('q34', "I'll be back.", ('Hannah Goode',)),
    ('q34', 'In the car,', ('Doug Goode',)),
    ('q34', 'On the way', ('Doug Goode',)),
    ('q34', 'He wants to', ('Lakshmi Pillai',)),
    ('q34', 'And win. But', ('Lakshmi Pillai',)),
    ('q35', "I've raked his", ('Gordon Vail',)),
    ('q35', "Now I'll rake", ('Gordon Vail',)),
    ('q35', "He'll be gone", ('Leon Mayfield',)),
    ('q35', 'So will I.', ('Leon Mayfield',)),
    ('q35', 'He said no,', ('Gordon Vail',)),
    ('q35', 'He says no', ('Gordon Vail',)),
    ('q35', 'I said no', ('Leon Mayfield',)),
    ('q35', "That's different.", ('Leon Mayfield',)),
    ('q35', "It'll outlive all", ('Dana Whitfield',)),
    ('q35', 'A big one,', ('Gordon Vail',)),
    ('q35', 'Right on the', ('Gordon Vail',)),
]  # fmt: skip


def test_every_judged_fragment_is_in_its_article() -> None:
    """A fragment names its quotation by a piece of its article, so it must be there."""
    assert len(PROBES) == 35
    assert all(fragment in PROBES[probe] for probe, fragment, _ in PROBES_48)


WHY_48 = {  # why On Record is still wrong, by story
    "q01": (
        '"“Then vote against it,” Olmstead said. | “I wasn\'t on the council,” she replied": a'
        ' reply verb after another woman\'s line is the other one; "she" goes to the woman '
        'quoted just before (a reading of "replied" not taken: four uses in all train)'
    ),
    "q04": (
        '"The prosecutor returned to a chart": Cortese is "Assistant U.S. Attorney", a title '
        'no list ties to "prosecutor", so "he" goes to the defense lawyer quoted before'
    ),
    "q08": (
        '"Sierra Greens" is read as a person ("Sierra" a woman\'s name, "Greens" no common '
        "noun's plural to the tagger), so \"The supplier, Sierra Greens, ... It said ... “...,”"
        ' it said" and "Sierra Greens ... “...,” they said" go to the grocer named before '
        '(first judged: also "the company said" and "it said" of "Valley Harvest Markets", '
        "read as a person; right since orgs65)"
    ),
    "q10": (
        '"Three nurses ... said they ... “...,” they said" is the right group in another '
        'form: "three nurses" (first judged: "hospital"; "The union, the Valley Nurses '
        'Alliance," then "it said" is right since coref51)'
    ),
    "q11": (
        'first-person narrator: "I asked him why he had never written to my father ... “...,”'
        ' he said" goes to "my father" (the writer\'s nominal), not the man asked; "My mother,'
        ' who is 88, cried ... she said" goes to the daughter quoted before'
    ),
    "q12": (
        'obituary: the birth name "Helen Margaret Dunne was born ..." is made another person,'
        ' whom the later "she said" of an old interview then means'
    ),
    "q16": (
        '"“...,” her husband said": the couple "Dennis and Carol Haugen" names no one as her '
        "husband; the relative by surname alone is not taken at a cue (it took a wrong owner "
        'on train: "his brother added")'
    ),
    "q17": (
        'the right person in a fuller form: "Frank Joseph Ostrowski was born ..." is his full'
        " name, which On Record shows for him"
    ),
    "q19": (
        '"Vinnie, 58, said ...": the first-name list holds "Vinnie" as a woman\'s, so "he" '
        "goes to his brother Sal"
    ),
    "q20": (
        '"The engine maker, Carver Marine, said ... “...,” it said": a singular name opened by'
        ' a listed first name ("Carver") is read as a person, so "it said" finds no'
        " organisation"
    ),
    "q21": (
        "\"Hollis's lawyer, Nadine Greer, asked whether ... “I don't know,” he said\": the "
        'answer is the witness\'s; "he" goes to Hollis, the man named last'
    ),
    "q28": (
        '"The new owner said he ...": "owner" is only in the headline; the buyer is "The '
        'buyer ... His name is Eli Brandenburg", so "he" goes to the seller quoted before'
    ),
    "q29": (
        '"The veteran said his legs ..." and "the older man said": ages (35, 18) and the '
        'headline ("Veteran beats teenager") give them, no role does'
    ),
    "q32": (
        '"The band announced ... “...,” they wrote": "The Velvet Porch, a band that ..." is '
        "not read as the band's name"
    ),
}
KNOWN_WRONG_48 = known_wrong_from(  # what On Record gives, why
    WHY_48,
    [
        ("q01", "I wasn't on", "Renata Olmstead"),
        ("q01", "Neither were you.", "Renata Olmstead"),
        ("q04", "Look at December,", "Victor Hale"),
        ("q04", "Christmas week. The", "Victor Hale"),
        ("q08", "Every field we", "Valley Harvest Markets"),
        ("q08", "We have been", "Valley Harvest"),
        ("q08", "We have never", "Valley Harvest"),
        ("q10", "We did that", "three nurses"),
        ("q10", "Never again.", "three nurses"),
        ("q11", "I was going to,", "my father"),
        ("q11", "Every Christmas I", "my father"),
        ("q11", "That's him,", "Carol Fisk"),
        ("q11", "That's exactly him.", "Carol Fisk"),
        ("q12", "I lost a", "Helen Margaret Dunne"),
        ("q12", "Never a child.", "Helen Margaret Dunne"),
        ("q16", "Without her code", "her husband"),
        ("q17", "They told us", "Frank Joseph Ostrowski"),
        ("q17", "The market doesn't", "Frank Joseph Ostrowski"),
        ("q19", "She said she", "Sal Ferraro"),
        ("q19", "She's 90. She's", "Sal Ferraro"),
        ("q20", "We told them", None),
        ("q21", "I don't know,", "Brent Hollis"),
        ("q21", "It was in", "Brent Hollis"),
        ("q28", "She's the paper,", "Marvin Tietjen"),
        ("q28", "I'm just the", "Marvin Tietjen"),
        ("q29", "I was thinking", "Pablo Iriarte"),
        ("q29", "My big comfortable", "Pablo Iriarte"),
        ("q29", "He's right,", "older man"),
        ("q29", "I'll be 36.", "older man"),
        ("q32", "We're older, we're", "band"),
    ],
)


test_probe_speaker_coref48_batch, test_coref48_batch_figure = judged_batch_tests(
    "coref48", PROBES, PROBES_48, KNOWN_WRONG_48, FIRST_JUDGED, size=319
)


# ---- mends (sentences written for the tests, not the probes; each fails on main d6ddfb9
# unless it says it is a guard)

N = "\n\n"


def test_his_mother_said_is_the_one_named_as_his_mother() -> None:
    """Guard (passes on main too): "Pratt's mother, Deb Pratt," then "“...,” his mother
    said": Deb Pratt, as the cue's kin nominal now reads one named as that relative."""
    text = (
        "Owen Pratt had set out alone for a day hike and did not return to his car."
        + N
        + "“He was cold and very embarrassed,” said Sheriff Ray Dunn."
        + N
        + "Pratt's mother, Deb Pratt, drove from Boise on Saturday. “I didn't sleep,” she said."
        + N
        + "His father, Glen Pratt, said Owen had called. “He was sorry,” he said."
        + N
        + "Owen said he had misread a sign. “I went up,” he said."
        + N
        + "“He'll hear about that,” his mother said."
    )
    assert _speaker(text, "hear about that") == "Deb Pratt"


def test_her_daughter_said_then_she_said_is_the_daughter() -> None:
    """ "Her daughter, Dr. Lena Hartwell, said ..." and later "Her daughter said she ...
    “...,” she said": Lena Hartwell (main: an anonymous "Her daughter"; a title between
    the kin noun and the name)."""
    text = (
        "Irma Kovac, a potter for 60 years, died on Monday. She was 88."
        + N
        + "Her daughter, Dr. Lena Hartwell, said the cause was a stroke."
        + N
        + "A former apprentice, Tom Reyes, said she had been strict."
        + " “She broke my first bowl,” he said."
        + N
        + "Her daughter said she had kept working. “She was at the wheel last week,” she said."
    )
    assert _speaker(text, "at the wheel") == "Lena Hartwell"


def test_their_nephew_opening_a_sentence_is_the_nephew_named() -> None:
    """ "Their nephew, Sam Vance, takes over" then "Their nephew, 30, grew up ... “...,”
    he said": Sam (main: the husband of the couple, "Ed" read alone); and "Ed said" is Ed
    Vance, of a couple whose given names are "Ed" and "Rita" (main: a separate "Ed")."""
    text = (
        "Ed and Rita Vance opened the hardware store in 1979. Their nephew, Sam Vance,"
        " takes over on Monday."
        + N
        + "“We're tired,” Ed said."
        + N
        + "Their nephew, 30, grew up in the shop. “I swept these floors,” he said."
    )
    assert _speaker(text, "We're tired") == "Ed Vance"
    assert _speaker(text, "swept these floors") == "Sam Vance"


def test_mr_and_mrs_is_no_couple_of_given_names() -> None:
    """Guard: "Mr and Mrs Ortiz" names no "Mr Ortiz" by a given name."""
    text = "Mr and Mrs Ortiz sold the house. “We had to,” Mrs Ortiz said."
    assert _speaker(text, "We had to") in {"Ortiz", "Mrs Ortiz"}


def test_a_nominal_opening_a_sentence_may_be_a_role_given_before_a_titled_name() -> None:
    """ "led by a retired veterinarian, Dr. Ana Ruiz," then "The veterinarian said she ...
    “...,” she said": Ana Ruiz, though no list holds "veterinarian" (main: the woman
    quoted before)."""
    text = (
        "The campaign was led by a retired veterinarian, Dr. Ana Ruiz, who once treated"
        " the bear. “He is lonely,” Ruiz said."
        + N
        + "The park's director, Beth Cole, said the decision was hers. “I read it all,” she"
        " said." + N + "The veterinarian said she had not expected to win. “I cried,” she said."
    )
    assert _speaker(text, "I cried") == "Ana Ruiz"


def test_the_pronoun_tells_the_sex_of_a_unisex_newcomer_introduced_as_subject() -> None:
    """ "The mill's owner, Lou Brandt, said the town had paid for a road to Carl Ames's
    farm. “...,” he said": Brandt, whom the lists guess a woman (main: Ames, the man named
    after)."""
    text = (
        "The town board met on Monday."
        + N
        + "The mill's owner, Lou Brandt, said the town had paid for a road to Carl Ames's"
        " farm. “He wanted the road,” he said."
    )
    assert _speaker(text, "wanted the road") == "Lou Brandt"


def test_a_unisex_name_is_no_bar_to_a_nominal_of_the_other_sex() -> None:
    """ "Joan Pike, a pediatrician," (the lists guess "Joan" a man's) before "The
    pediatrician said she ... “...,” she said": Pike (main: the woman quoted before)."""
    text = (
        "Rosa Lind, a retired librarian, said the program was weak. “It fails,” she said."
        + N
        + "Joan Pike, a pediatrician, said the problem began early. “Few own a book,” she said."
        + N
        + "Rosa Lind said she had taught reading for 40 years. “I know,” she said."
        + N
        + "The pediatrician said she would push for free books. “It costs four dollars,” she"
        " said."
    )
    assert _speaker(text, "four dollars") == "Joan Pike"


def test_they_after_a_plural_subject_of_people_is_that_group() -> None:
    """ "The ranchers, most of them almond and pistachio growers, said ... “...,” they
    said": the ranchers, read from the plural noun phrase opening the sentence before
    (main: no one, the subject's apposition read otherwise), and past a sentence opening
    "They" too."""
    text = (
        "The ranchers, most of them almond and pistachio growers, said the rules would ruin"
        " them. “We are done,” they said."
        + N
        + "A county spokesman, Tom Hale, said the rules were the state's. “We follow them,” he"
        " said."
        + N
        + "The ranchers left at noon. They said they would sue. “We'll be back,” they said."
    )
    assert _speaker(text, "We are done") == "ranchers"
    assert _speaker(text, "be back") == "ranchers"


def test_they_after_a_plural_subject_of_things_is_no_group_of_people() -> None:
    """Guard (passes on main too): "The hives ..." are no people."""
    text = (
        "Acme Farms said on Monday that its hives had died."
        + N
        + "The hives, most of them old, were burned. “They were sick,” they said."
    )
    assert _speaker(text, "were sick") != "hives"
