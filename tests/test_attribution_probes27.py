"""attrib27: the sixth batch of invented probes (sports match reports and post-match
press conferences, team radio, weather and disaster coverage, parliamentary sketches and
Hansard-style exchanges, Senate estimates, Lok Sabha, police appeals, entertainment and
celebrity interviews and gossip, regional US and Canadian local news, trade press,
investigative pieces quoting memos, emails, messages and anonymous sources, pieces
translated from Chinese, Spanish, German, Portuguese and Japanese, columns quoting social
media posts, health and medicine, fashion, religion; single quotes British style,
quotations running over paragraphs, colons and em-dash attributions; Irish, Nigerian,
Korean, Japanese family-name-first, Malay, Indian, Kenyan Somali, Filipino, Brazilian,
Catalan and hyphenated names), and the mends they led to, on sentences written for the
tests.

Every expected speaker was written before On Record read the probes. First judged on
main: 158 of 200 right; after the mends: 170. The quotations still wrong are listed in
KNOWN_WRONG_27 with what On Record gives; the figure is printed by
``test_sixth_batch_figure`` (run with -s)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import (  # the probes' own reading
    batch,
    judged_batch_tests,
)
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_27.json")
FIRST_JUDGED = 158  # right on main before any mend, of 200


PROBES_27: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('y01', 'bloody-minded', ('Siobhán Kearney',)),
    ('y01', 'second best for 45', ('Siobhán Kearney',)),
    ('y01', 'seen it ten times', ('Lars Petersen',)),
    ('y02', 'talk about the referee', ('Rassie Mostert',)),
    ('y02', 'tough man', ('Rassie Mostert',)),
    ('y02', 'off the hook', ('Siyabonga Ntuli',)),
    ('y03', 'Why else would I come', ('Nakamura Haruka',)),
    ('y03', "doesn't watch the other", ('Mirela Dumitrescu',)),
    ('y04', 'danger to life', ('Met Office', 'The Met Office')),
    ('y04', 'already saturated', ('Aoife Brennan',)),
    ('y04', 'Third time', ('Derek Hollins',)),
    ('y05', 'told to go', ('Dwayne Kittredge',)),
    ('y05', 'erratic winds', ('Rosa Villaseñor',)),
    ('y05', 'Forty years', ('Marlene Tuttle',)),
    ('y06', 'excellent value', ('Gareth Pryce-Jones',)),
    ('y06', 'launderette in Swindon', ('Rosalind Achebe', 'Dame Rosalind Achebe')),
    ('y06', 'The launderette', ('Gareth Pryce-Jones',)),
    ('y07', 'What assessment', ('Owain Davies',)),
    ('y07', '300 million', ('Priya Raman',)),
    ('y07', 'single village', ('Owain Davies',)),
    ('y08', 'dashcam', ('Nadia Qureshi',)),
    ('y08', 'Somebody knows', ('Nadia Qureshi',)),
    ('y09', 'out of character', ('Brett Calloway',)),
    ('y09', 'medical condition', ('Brett Calloway',)),
    ('y09', 'not in trouble', ('Leanne Watson',)),
    ('y10', 'scream your name', ('Amara Okafor',)),
    ('y10', 'about to give up', ('Felicity Barnes-Hope',)),
    ('y10', 'very bad paralegal', ('Amara Okafor',)),
    ('y11', 'living separate lives',
     ('a source close to the couple', 'A source close to the couple')),
    ('y11', "haven't been seen",
     ('the insider', 'insider', 'a source close to the couple', 'A source close to the couple')),
    ('y11', 'baseless', ('A representative for Vasquez', 'A representative')),
    ('y12', 'food security', ('Darnell Whitfield',)),
    ('y12', 'rats, noise', ('Judy Kowalczyk',)),
    ('y12', 'hiding them', ('Bev Harstad',)),
    ('y13', 'first steer', ('Kaylee Bresnahan',)),
    ('y13', 'hardest-working kid', ('Lyle Hagedorn',)),
    ('y13', 'better than I did', ('Verna Bresnahan',)),
    ('y14', 'Energy and fibre', ('Hendrik Vos',)),
    ('y14', 'continually reviews', ('A Baltic Board spokesman',)),
    ('y14', 'stick this time', ('Fiona McTaggart',)),
    ('y15', 'yawning gap', ('Ruairí Ó Dálaigh',)),
    ('y15', 'against electric', ('Ruairí Ó Dálaigh',)),
    ('y15', 'three times', ('One operator', 'one operator')),
    ('y16', 'material risk', ('An internal memo', 'memo', 'The memo', 'an internal memo')),
    ('y16', 'stress strongly enough',
     ('The memo', 'memo', 'An internal memo', 'Kwame Asante-Boateng')),
    ('y16', 'amber',
     ("The council's own risk register", "council's own risk register", 'risk register')),
    ('y16', 'went into a drawer', ('A former council officer',)),
    ('y16', 'Nobody wanted', ('A former council officer', 'the officer')),
    ('y17', 'career suicide',
     ('Three former employees of Veltro Capital', 'Three former employees')),
    ('y17', 'ask where the returns', ('one former analyst',)),
    ('y17', 'a performance, not', ('Another', 'another')),
    ('y17', 'Luxembourg numbers', ('Marco Bellandi', 'Bellandi')),
    ('y18', 'typical protectionism',
     ('The Chinese commerce ministry', 'Chinese commerce ministry', 'commerce ministry')),
    ('y18', 'all necessary measures', ('He Wenjun',)),
    ('y18', 'backfire', ('Global Times', 'The state-run Global Times', 'state-run Global Times')),
    ('y19', 'They left us alone', ('Amparo Sanchis Ferrer',)),
    ('y19', 'With shovels', ('Vicente Llorens',)),
    ('y19', 'information available', ('Carlos Benlloch Mira',)),
    ('y20', 'Proud to back', ('Helen Strachan-Moyo',)),
    ('y20', 'paying us on time', ('@moorsidemilk', 'moorsidemilk', 'a dairy farmer from Cumbria')),
    ('y20', 'tone-deaf', ('Gwilym Harries',)),
    ('y21', 'I missed', ('Ingrid Haugland',)),
    ('y21', 'leader in that dressing', ('Sonia Bompastor-Reyes',)),
    ('y22', 'practice-changing', ('Anjali Deshpande',)),
    ('y22', 'never had a drug', ('Anjali Deshpande',)),
    ('y22', 'side-effect profile', ('Tobias Engström',)),
    ('y23', 'wonderful but clearly', ('Femi', 'Femi Oyelaran')),
    ('y23', 'people in every corridor', ('Femi', 'Femi Oyelaran')),
    ('y23', 'No patient should', ('Carys Pritchard',)),
    ('y24', 'most confident debut', ('Hamish Bowles-Carter',)),
    ('y24', 'made something boring', ('Aminata Diallo',)),
    ('y24', 'sold through', ('Pierre-Antoine Roux',)),
    ('y25', 'house of prayer', ('Vincent Okoro',)),
    ('y25', 'flowers from the church', ('Yusuf al-Hashimi',)),
    ('y25', 'shoulder to shoulder', ('Miriam Feldstein',)),
    ('y26', 'always a defeat', ('Pope Leo XIV', 'Leo XIV', 'Leo')),
    ('y26', 'mothers who bury', ('Pope Leo XIV', 'Leo XIV', 'Leo')),
    ('y26', 'asked about the children', ('Gabriel Romanelli',)),
    ('y27', 'respect him as a fighter', ('Chidi Okonkwo',)),
    ('y27', 'talks a lot', ('Andrés Ruiz',)),
    ('y27', 'save it for Saturday', ('Sal Benedetto',)),
    ('y28', 'never stopped believing', ('Caelan Doris-Byrne',)),
    ('y28', 'Rugby is cruel', ('Ugo Mola-Vidal',)),
    ('y29', 'asking for the moon', ('Thandeka Mbeki',)),
    ('y29', 'rent went up', ('Ravi Subramaniam',)),
    ('y29', 'Patients come first', ('Gráinne Mac Aodha',)),
    ('y30', 'Zero casualty', ('Biranchi Narayan Sethi',)),
    ('y30', 'Bhitarkanika', ('Sudhansu Sekhar Panda',)),
    ('y30', 'already angry', ('Bhagaban Behera',)),
    ('y31', 'water this high', ('Nelson Bagasbas',)),
    ('y31', 'We prayed', ('Rosario Dimaculangan',)),
    ('y31', 'persist until Saturday',
     ('PAGASA', 'The weather bureau PAGASA', 'weather bureau PAGASA')),
    ('y32', 'I asked him', ('Ifeoma Chukwu-Adams',)),
    ('y32', 'saved my life', ('Brian Sewell-Ogun',)),
    ('y33', 'dangerous to anyone', ('National Weather Service', 'The National Weather Service')),
    ('y33', 'Every one of those', ('Lupe Contreras-Whitehorse',)),
    ('y33', 'no shade', ('Jerome Begay',)),
    ('y34', 'threatening family members', ('Matt Bozeman',)),
    ('y34', 'outstanding job', ('Matt Bozeman',)),
    ('y34', 'most of the morning', ('A neighbor', 'a neighbor')),
    ('y35', 'still the number', ('David Shoebridge-Nakamura',)),
    ('y35', 'best estimate', ('Greg Moriarty-Lowe',)),
    ('y35', 'not what I asked', ('David Shoebridge-Nakamura',)),
    ('y36', 'same taxes', ('Ange Arsenault',)),
    ('y36', 'not stopped ringing', ('Paulette Thériault',)),
    ('y36', 'around the clock', ('Isabelle LeBlanc',)),
    ('y37', 'stones like that', ('Jean-Baptiste Moreau-Lagrange',)),
    ('y37', 'inevitably', ('Claire Dubois-Ferrand',)),
    ('y38', 'rears are gone', ('Rahul Venkataraman',)),
    ('y38', 'Box this lap', ('Tom Whitcombe',)),
    ('y38', 'gave it everything', ('Rahul Venkataraman',)),
    ('y39', 'Records come', ('Faith Wanjiku Chebet',)),
    ('y39', 'mistake at the bell', ('Gudaf Tsegaye-Alemu',)),
    ('y40', 'my mother could watch', ('Park Chan-seok',)),
    ('y40', 'without judging it', ('Jeon Mi-rae',)),
    ('y41', 'basically kindling',
     ('WhatsApp messages', 'WhatsApp messages seen by this newspaper', 'messages')),
    ('y41', 'we are toast', ('Jessica Farquhar',)),
    ('y41', 'Park it', ('Clive Ashdown',)),
    ('y42', 'staff were terrified', ('Rhodri Williams',)),
    ('y42', 'recognises these men', ('Rhodri Williams',)),
    ('y42', 'Thirty years', ('Anjali Mistry',)),
    ('y43', 'since 2am', ('Morag MacLennan',)),
    ('y43', 'never taken lightly', ('Callum Urquhart',)),
    ('y44', 'for granted', ('Dele Olaseinde',)),
    ('y44', 'gave them 21 days', ('Dele Olaseinde',)),
    ('y44', 'negotiating table', ('Tunji Alausa-Bello',)),
    ('y45', 'for the train', ('Ngozi Eze-Williams',)),
    ('y45', 'be the sun', ('Saoirse Kinsella',)),
    ('y45', 'very brave', ('Raj Malhotra-Pierce',)),
    ('y46', 'small but real step', ('Steven Croft-Harding',)),
    ('y46', 'departs from', ('Vaughan Roberts-Kemp',)),
    ('y46', "It's a start", ('Jayne Ozanne-Lewis',)),
    ('y47', 'called me every year', ('Savitri Devi',)),
    ('y47', 'peacefully', ('Ashok Kumar Tripathi',)),
    ('y47', 'best in recent years', ('Vishwambhar Nath Mishra', 'Mahant Vishwambhar Nath Mishra')),
    ('y48', 'Ask me in May', ('Emeka Nwosu',)),
    ('y48', 'allowed to be frustrated', ('Emeka Nwosu',)),
    ('y49', 'At halftime', ('Jaylen Brooks-Whitaker',)),
    ('y49', "didn't say much", ('Dale Pruitt',)),
    ('y49', 'ran out of gas', ('Marcus Delacroix-Hunt',)),
    ('y50', 'well into next year', ('Wiebe Haverkamp',)),
    ('y50', 'back through Suez', ('Wiebe Haverkamp',)),
    ('y50', 'found a floor', ('Lars Jensen-Holm',)),
    ('y51', 'school is full', ('Bernadette Oduya',)),
    ('y51', '40 per cent', ('Castlegate Homes', 'Developer Castlegate Homes')),
    ('y51', 'strength of feeling', ('Mark Essien-Thorpe',)),
    ('y52', 'funniest man', ('Sanjeev Kohli-Grant',)),
    ('y52', 'make a joke', ('Morwenna Treloar',)),
    ('y52', 'once-in-a-generation', ('Jon Plowright',)),
    ('y53', 'push the higher dose', ('Kristin Almqvist',)),
    ('y53', 'came from regional', ('Kristin Almqvist',)),
    ('y53', 'disgruntled',
     ("The company's general counsel", "company's general counsel", 'general counsel')),
    ('y54', 'Nothing is decided', ('one of the officials',)),
    ('y54', 'refreshing their phones', ('A second official',)),
    ('y54', 'options open', ('Dana Whitfield-Orr',)),
    ('y55', 'Goodwill is not a flat', ('Jürgen Oberkirchner-Saß',)),
    ('y55', 'Berlin pretends', ('Jürgen Oberkirchner-Saß',)),
    ('y56', 'NEET scam', ('Opposition members',)),
    ('y56', 'come clean', ('Gaurav Bhattacharjee',)),
    ('y56', 'nothing to hide', ('Dharmendra Suryavanshi',)),
    ('y57', 'no matter how small', ('Burnis Oxendine-Hunt',)),
    ('y57', 'holding on to hope', ('Kiana Locklear',)),
    ('y58', 'woman in tears', ('Gurpreet Sandhu',)),
    ('y58', 'being resolved',
     ('The Department of Health and Social Care', 'Department of Health and Social Care')),
    ('y58', 'national disgrace', ('Louise Newson-Achterberg',)),
    ('y59', "paso don't", ('Crispin Vale-Horwood',)),
    ('y59', 'real warrior', ('Sheila Barros-Moreno',)),
    ('y59', 'never seen me run', ('Chiamaka Okonjo',)),
    ('y60', 'about a week', ('Maeve Donnelly-Tran',)),
    ('y60', 'very good song', ('Kofi Asamoah-Reid',)),
    ('y60', 'fight a bit', ('Ilse Vandermeer',)),
    ('y61', 'means exactly that', ('Rob Rogers-Tully',)),
    ('y61', "Dad's medals", ('Noelene Featherstone',)),
    ('y62', 'best I have bowled', ('Shaheen Afridi-Khan',)),
    ('y62', 'pitch with something', ('Shan Masood-Qureshi',)),
    ('y62', 'no answers', ('Kusal Mendis-Perera',)),
    ('y63', 'prize money', ('Oluwaseun Adebayo-Hart',)),
    ('y63', 'Food is necessary', ('Folake Adebayo',)),
    ('y64', 'highway robbery', ('Gretchen Vanderhoof',)),
    ('y64', 'deferred maintenance', ('Antonio Ferraz-Medeiros',)),
    ('y64', 'pay now', ('Antonio Ferraz-Medeiros',)),
    ('y65', 'shared ambitions', ('The letter', 'letter', 'Anneliese Brandauer')),
    ('y65', 'shakedown', ('One supplier',)),
    ('y65', 'aware of the letter', ("The adjudicator's office", "adjudicator's office")),
    ('y66', 'no tsunami risk', ('Hatakeyama Kenji',)),
    ('y66', 'not again', ('Sugimoto Michiko',)),
    ('y67', 'an invasion', ('Lee Dorrington-Pike',)),
    ('y67', 'not an army', ('Nadia Whittome-Rahman',)),
    ('y67', "Facts don't care", ('Lee Dorrington-Pike',)),
    ('y68', 'daughters barren', ('Halima Abdi Noor',)),
    ('y68', 'speak loudly', ('Mohamed Adan Billow',)),
    ('y68', 'act of worship', ('Abdirahman Hussein Farah',)),
    ('y69', 'A director once', ('Dev Anand-Sharma',)),
    ('y69', 'wanted Dev to shout', ('Lucía Ferreyra',)),
    ('y70', 'before the pandemic', ('Rosnah binti Ismail',)),
    ('y70', 'every ringgit', ('Rosnah binti Ismail',)),
    ('y71', "couldn't breathe", ('Aoife Ní Bhriain',)),
    ('y71', 'People laughed', ('Padraig Ó Súilleabháin',)),
    ('y72', 'river is our road', ('Raimunda Cordeiro dos Santos',)),
    ('y72', 'critical', ('The state civil defence agency', 'state civil defence agency')),
]  # fmt: skip

KNOWN_WRONG_27: dict[tuple[str, str], str | None] = {  # what On Record gives
    ('y06', 'excellent value'): None,
    ('y06', 'The launderette'): 'minister',
    ('y17', 'career suicide'): 'three former employees of Veltro Capital',
    ('y17', 'Luxembourg numbers'): 'emails',
    ('y18', 'all necessary measures'): 'Wenjun',
    ('y21', 'I missed'): 'Chelsea Women',
    ('y26', 'mothers who bury'): 'pontiff',
    ('y27', 'respect him as a fighter'): 'Champion Chidi Okonkwo',
    ('y37', 'inevitably'): 'Négociant Claire Dubois-Ferrand',
    ('y39', 'mistake at the bell'): 'Faith Wanjiku Chebet',
    ('y47', 'best in recent years'): 'Mahant Vishwambhar Nath Mishra of the Sankat Mochan temple',
    ('y49', 'At halftime'): 'Quarterback Jaylen Brooks-Whitaker',
    ('y53', 'disgruntled'): None,
    ('y55', 'Goodwill is not a flat'): 'Süddeutsche',
    ('y56', 'NEET scam'): 'Question Hour',
    ('y65', 'shakedown'): 'one supplier',
    ('y67', "Facts don't care"): None,
}  # fmt: skip


test_probe_speaker_sixth_batch, test_sixth_batch_figure = judged_batch_tests(
    "probes27", PROBES, PROBES_27, KNOWN_WRONG_27, FIRST_JUDGED, size=200
)


# ---- mends (sentences written for the tests, not the probes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ana Ruiz spoke first. The head porter, Tadhg Byrne, apologised. "Nobody should wait '
         'that long," he said.', "Tadhg Byrne"),
        ('Ana Ruiz spoke first. Her cousin, the model Eithne Ward, laughed. "It was never '
         'going to work," she said.', "Eithne Ward"),
    ],
)  # fmt: skip
def test_a_name_set_off_after_a_noun_is_introduced_whatever_its_first_name(
    text: str, speaker: str
) -> None:
    """ "The chief nurse, Carys Pritchard, apologised. “...” she said": a name in
    apposition with a first name no list holds was no person the pronoun could find."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Hawker Noraini binti Yusof said sales were "slower than last year".',
         "Noraini binti Yusof"),
        ('Farmer Maria das Neves Costa said the river was "our only road".',
         "Maria das Neves Costa"),
    ],
)  # fmt: skip
def test_patronymic_and_portuguese_particles_stay_in_the_name(text: str, speaker: str) -> None:
    """ "Rosnah binti Ismail": the particle cut the name to "Ismail"."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Dean of York, the Very Rev Helen Marsh, said the repairs were "long overdue".',
         "Helen Marsh"),
        ('The Archdeacon of Leeds, the Venerable Paul Kerr, called the attack "cowardly".',
         "Paul Kerr"),
        ('Reacting, the Minister of State for Energy, Dr Ngozi Eke-Obi, appealed to the '
         'strikers to "come back to the table".', "Ngozi Eke-Obi"),
    ],
)  # fmt: skip
def test_an_office_of_a_place_before_the_name_of_its_holder(text: str, speaker: str) -> None:
    """ "The Archdeacon of Birmingham, the Venerable Jenny Tabor, called": the place the
    office is of spoke ("Birmingham", "Health"); "the Rt Rev" hid the name after it."""
    assert _speaker(text) == speaker


def test_a_given_name_in_two_parts_in_apposition() -> None:
    """ "The house's chief executive, Pierre-Antoine Roux, told": the tagger read the
    hyphenated given name as an adjective, and the nominal spoke."""
    text = 'The firm\'s chief executive, Pierre-Louis Vidal, told the paper it was "on track".'
    assert _speaker(text) == "Pierre-Louis Vidal"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Ministry of Culture and Sport said the stadium was "safe".',
         "Ministry of Culture and Sport"),
        ('The Department for Transport and Infrastructure said delays were "regrettable".',
         "Department for Transport and Infrastructure"),
    ],
)  # fmt: skip
def test_an_organisation_named_across_and(text: str, speaker: str) -> None:
    """ "The Department of Health and Social Care said": "Social Care" spoke."""
    assert _speaker(text) == speaker


def test_a_surname_first_written_in_a_possessive() -> None:
    """ "When Oluwaseun Adebayo-Hart's debut novel ... “...” Adebayo-Hart says": the full
    name, written only before "'s", was not found for the surname alone."""
    text = ("When Chidinma Okoye-Bell's first film won, her father was in hospital. "
            '"He cried," Okoye-Bell says.')  # fmt: skip
    assert _speaker(text) == "Chidinma Okoye-Bell"


def test_an_unseen_given_name_opening_a_sentence_after_a_quotation() -> None:
    """ "“...” Folake/VB Adebayo, 71, ..., sees no contradiction. “...” she says": the
    tagger read the unseen given name as a verb, and "she" went to the one before."""
    text = ('"She asked about money," Ana Ruiz says. "Then food." Folake Balogun, 70, '
            'a retired nurse, sees no contradiction. "Food comes first," she says.')  # fmt: skip
    assert _speaker(text, "Food comes first") == "Folake Balogun"
