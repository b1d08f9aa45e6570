"""attrib34: the eleventh batch of invented probes (issue 15), written to be unlike the ten
before it: names and house styles from outside US politics — wire copy from Asia, Africa,
Latin America and the Gulf (family names first, "Kobayashi Ren", "Nguyen Van An", "Park
Ji-hoon"; patronymics, "bin"/"binti"/"bint"; honorifics "Datuk Seri", "Pak", "Ibu",
"Sheikh", "Sheikha", "Chief", "Alhaji", "Ustaz", "Pol Lt Gen", "Gogo"; titles no list holds,
"Detective Constable", "Canon", "Wing Commander", "Chief Superintendent") — and
constructions: interview transcripts in Q/A form and "NAME: …" without quotation marks;
translated quotes ("said through an interpreter", "said in Mandarin"); a quotation spread
over paragraphs; a speaker introduced by the job before the name; a speaker named only in
a headline; posts with @handles; press releases ("said in a statement on Tuesday");
courtroom exchanges; two people of one surname (a couple, siblings, two unrelated Parks).

Every expected speaker was written before On Record read the probes (the articles and this
list were committed first, 1f5f01c). First judged on main (73bdd63): 94 of 134 right
(29.9% wrong); counting the right person named in another form (an honorific kept, a
short form not tied to the full name, a name cut, a capital letter) as right, 114 of 134
(14.9% wrong). After the mend below: 99; 100 once letters such as "ð" compared as
their base letter; 109 once transcripts were read (attrib35: core/transcripts.py
reads the turns of "Q: … / A: …", "OBI: … / BALARABE: …" and "Q. … / NAKAMURA: …" as
quotations); 111 with attrib44's mends (v21). The quotations still wrong are listed in
KNOWN_WRONG_34 with what On
Record gives and why; the figure is printed by
``test_eleventh_batch_figure`` (run with -s)."""

from __future__ import annotations

import pytest

from core import nlp
from core.person_names import normalise
from tests.test_attribution_probes import batch, judged_batch_tests
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_34.json")
FIRST_JUDGED = 94  # right on main before any mend, of 134

PROBES_34: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('v01', 'when the lines will restart', ('Kobayashi Ren',)),
    ('v01', 'first duty is to our customers', ('Kobayashi Ren',)),
    ('v01', 'with a sense of urgency', ('Moriyama Takeshi',)),
    ('v01', 'like dominoes', ('An engineer at one of the plants', 'An engineer', 'engineer')),
    ('v02', 'it belongs to someone else now', ('Nguyen Van An',)),
    ('v02', 'Before, we sold what he caught', ('Nguyen Thi Hoa',)),
    ('v02', 'sell it again for a little more', ('Nguyen Thi Hoa',)),
    ('v02', 'We understand the hardship', ('Tran Quoc Bao',)),
    ('v02', 'stocks must recover first', ('Tran Quoc Bao',)),
    ('v03', 'No family waited longer', ('Ahmad Zahir Ismail',)),
    ('v03', 'bring me their name', ('Ahmad Zahir Ismail',)),
    ('v03', 'speed is not the same as reach', ('Nurul Aisyah binti Hamzah', 'Nurul Aisyah')),
    ('v03', "not on anyone's list", ('Nurul Aisyah binti Hamzah', 'Nurul Aisyah')),
    ('v03', 'carried this town on their backs', ('Harun Yusof',)),
    ('v04', 'before my eyes do', ('Sutrisno',)),
    ('v04', 'cheaper and faster', ('Wulandari',)),
    ('v04', 'Printed batik is both', ('Wulandari',)),
    ('v04', 'with a certification mark', ('Dewi Kartika Sari',)),
    ('v05', 'first question of every city',
     ('Khalid bin Rashid Al Nuaimi', 'Sheikh Khalid bin Rashid Al Nuaimi')),
    ('v05', 'we answer it with the sun',
     ('Khalid bin Rashid Al Nuaimi', 'Sheikh Khalid bin Rashid Al Nuaimi')),
    ('v05', '90 million litres', ('Gulf Aqua Systems',)),
    ('v05', 'softer than the surveys said', ('Fatima Al Mazrouei',)),
    ('v06', 'a tax on survival', ('Musa Danjuma',)),
    ('v06', 'We are not refusing to pay', ('Musa Danjuma',)),
    ('v06', 'drainage, lighting and security', ('Olusegun Adeyemi-Bello',)),
    ('v06', 'My children still eat', ('Hauwa Ibrahim',)),
    ('v07', 'They are colleagues', ('Zhang Jianguo',)),
    ('v07', 'watch their eyes', ('Zhang Li',)),
    ('v07', 'the eyes tell you first', ('Zhang Li',)),
    ('v07', 'raised more cubs', ('Lin Meihua',)),
    ('v08', 'The reservoirs are at 16%', ('María Fernanda López Gutiérrez',)),
    ('v08', "can't wash themselves", ('Juan Carlos Pérez Ortega',)),
    ('v08', 'the other half of the story', ('Andrés Felipe Rojas',)),
    ('v09', 'That is the whole trick', ('Lerato Mokoena',)),
    ('v09', 'I wanted to be fast', ('Lerato Mokoena',)),
    ('v09', 'Sleep. Then Paris', ('Lerato Mokoena',)),
    ('v10', 'nobody has visited them', ('Emeka Obi',)),
    ('v10', 'I was in Kawo on Monday', ('Hadiza Sani Balarabe',)),
    ('v10', 'has been perfect', ('Hadiza Sani Balarabe',)),
    ('v10', 'they will be prosecuted', ('Hadiza Sani Balarabe',)),
    ('v11', "anything in my client's hand", ('Rajesh Pillai',)),
    ('v11', 'His hands were empty', ('Tan Mei Ling',)),
    ('v11', 'You think, or you know', ('Rajesh Pillai',)),
    ('v11', 'I was looking at his hands', ('Tan Mei Ling',)),
    ('v11', 'Not that night', ('Tan Mei Ling',)),
    ('v12', 'boil drinking water', ("Achieng' Otieno", 'Achieng’ Otieno')),
    ('v12', 'should not wait at home', ("Achieng' Otieno", 'Achieng’ Otieno')),
    ('v12', 'What we do not have is time', ("Achieng' Otieno", 'Achieng’ Otieno')),
    ('v12', 'afford the charcoal', ('Peter Ouma',)),
    ('v13', 'rising by the hour', ('Rizwan Qureshi',)),
    ('v13', 'off one rooftop alone', ('Rizwan Qureshi',)),
    ('v13', 'gave birth two days ago', ('Rizwan Qureshi',)),
    ('v13', 'They left with nothing', ('Sana Gul',)),
    ('v14', 'Nobody will sleep in the rain', ('Babajide Ogunleye',)),
    ('v14', 'three schools and a stadium', ('Babajide Ogunleye',)),
    ('v14', 'Tents are a last resort', ('Babajide Ogunleye',)),
    ('v14', 'coming down every day', ('Olamide Fashola-King',)),
    ('v15', 'All flights suspended',
     ('Kenya Airways', 'the airline', 'airline', '@KenyaAirways', 'KenyaAirways')),
    ('v15', 'Pay what you owe', ('KALPA', "The pilots' union", "pilots' union")),
    ('v15', 'summoned both sides', ('Wanjiku Mwangi',)),
    ('v15', 'Still no answers', ('Amina Yusuf',)),
    ('v16', 'higher liquefied natural gas prices', ('Petronas',)),
    ('v16', 'remain disciplined on costs', ('Tengku Muhammad Taufik',)),
    ('v16', 'above every estimate', ('Wong Kah Hoe',)),
    ('v17', 'first bread for this street', ('Ama Mensah',)),
    ('v17', "doesn't need us", ('Ama Mensah',)),
    ('v17', 'I can build another', ('Kwame Mensah',)),
    ('v17', 'not for the same money', ('Kwame Mensah',)),
    ('v17', 'move traffic out of the city centre', ('Kofi Asante-Darko',)),
    ('v17', 'find us baking', ('Ama Mensah',)),
    ('v18', 'I did the talking', ('Chioma Okafor', 'Chioma')),
    ('v18', 'I still do the hair', ('Ngozi Okafor', 'Ngozi')),
    ('v18', 'half the doctors in Enugu', ('Theresa Okafor',)),
    ('v19', 'They were never ours',
     ('Noura bint Saeed Al Kaabi', 'Sheikha Noura bint Saeed Al Kaabi')),
    ('v19', 'carried them in rice sacks', ('Abdoulaye Cissé',)),
    ('v20', 'their parcels contained drugs', ('Somchai Wongsawat',)),
    ('v20', 'make the problem disappear', ('Somchai Wongsawat',)),
    ('v20', 'because I was frightened', ('Malee Chaiyaporn',)),
    ('v21', 'made record profits', ('Park Ji-hoon',)),
    ('v21', 'an insult, not an offer', ('Park Ji-hoon',)),
    ('v21', 'in line with the industry', ('Park Min-seo',)),
    ('v21', 'open to talks at any time', ('Park Min-seo',)),
    ('v22', 'must have known they hit someone', ('Sarah Ohene',)),
    ('v22', 'visible damage to the front nearside', ('Sarah Ohene',)),
    ('v22', 'Someone knows where it is', ('Sarah Ohene',)),
    ('v22', 'for as long as it takes', ('Gareth Pryce',)),
    ('v23', 'missed them more than it knew', ('Rosemary Tull',)),
    ('v23', 'stop me in the street', ('Rosemary Tull',)),
    ('v23', 'quieter than a sewing machine', ('Hugh Farrant',)),
    ('v24', '1.5 lakh passengers', ('K. S. Raghavan',)),
    ('v24', 'tunnelling under the Cooum', ('K. S. Raghavan',)),
    ('v24', 'twenty minutes instead of', ('R. Meenakshi',)),
    ('v25', 'tied the children', ('Rodolfo Dizon', 'Rodolfo "Jun" Dizon', 'Jun Dizon')),
    ('v25', 'only building still standing', ('Rodolfo Dizon', 'Rodolfo "Jun" Dizon', 'Jun Dizon')),
    ('v25', 'on the way by sea',
     ('The Department of Social Welfare and Development',
      'Department of Social Welfare and Development')),
    ('v25', 'The pigs were our savings', ('Marites Dizon', 'Marites')),
    ('v26', 'a container took two weeks', ('Mohamed Osman Hamid',)),
    ('v26', 'Prices change twice a day', ('Abu Ahmed',)),
    ('v26', 'I write them in pencil', ('Abu Ahmed',)),
    ('v26', 'working at 40 percent', ('Nadia Abdelrahman',)),
    ('v27', 'not a medal', ('Tsegaye Alemu',)),
    ('v27', 'The medal is work', ('Tsegaye Alemu',)),
    ('v27', 'come back to build a school', ('Meseret Haile',)),
    ('v27', 'wake her up myself at five', ('Haile Gebremariam',)),
    ('v28', 'Now we have the building', ('Guðrún Jónsdóttir',)),
    ('v28', 'Every nail came from', ('Sigurður Jónsson',)),
    ('v28', 'a piece of our memory', ('Arna Lára Jónsdóttir',)),
    ('v29', 'I have not seen this', ('Levan Giorgadze',)),
    ('v29', 'the worst possible time', ('Irina Petrovna Volkova',)),
    ('v29', 'not something they have', ('Irina Petrovna Volkova',)),
    ('v30', 'nobody believes me', ('Nakamura Hina',)),
    ('v30', 'about dinner', ('Nakamura Hina',)),
    ('v30', 'the calmest head on the tour', ('Sergio Alvarado',)),
    ('v31', 'I am not ashamed to say it', ('Gustavo Benedetto', 'Gustavo "El Tano" Benedetto')),
    ('v31', 'deserved at least a draw', ('Gustavo Benedetto', 'Gustavo "El Tano" Benedetto')),
    ('v31', 'decided the match', ('André Jardine',)),
    ('v31', 'Lucky teams win titles too', ('Oussama Idrissi',)),
    ('v32', 'not a box to be ticked', ('Wanjiru Kamau',)),
    ('v32', 'in a language they understand', ('Wanjiru Kamau',)),
    ('v32', 'None of that happened here', ('Wanjiru Kamau',)),
    ('v32', 'a lesson for every ministry', ('Otieno Odhiambo',)),
    ('v33', 'Where in the law', ('Tendai Mhlanga',)),
    ('v33', 'the investigations are complex', ('Blessing Chikore',)),
    ('v33', 'Complexity is not a law', ('Tendai Mhlanga',)),
    ('v33', 'I have asked every day', ('Tafadzwa Moyo',)),
    ('v34', 'carrying buckets up three floors', ('Sipho Mthembu',)),
    ('v34', 'restored by Friday', ('Nombuso Shabalala',)),
    ('v34', 'Every week it is Friday', ('Thandi Nkosi', 'Gogo Thandi Nkosi')),
    ('v35', 'Where is our money', ('Rokeya Begum',)),
    ('v35', 'disappeared to Singapore', ('Shahidul Islam', 'Md. Shahidul Islam')),
    ('v35', 'from an emergency fund',
     ('A senior official at the labour ministry', 'A senior official', 'senior official')),
    ('v36', 'I thought he was lying', ('Salim bin Hamad Al Hinai',)),
    ('v36', 'the most isolated whale population', ('Suaad Al Harthi',)),
    ('v36', 'fewer than a hundred left', ('Suaad Al Harthi',)),
]  # fmt: skip


KNOWN_WRONG_34: dict[tuple[str, str], tuple[str | None, str]] = {  # what On Record gives, why
    ('v01', 'like dominoes'): (
        'an engineer at one of the plants',
        'the right person in another form: the article in lower case (the list has only the '
        'capital)',
    ),
    ('v03', 'carried this town on their backs'): (
        'Ustaz Harun Yusof',
        'the right person in another form: the honorific "Ustaz" kept',
    ),
    ('v04', 'before my eyes do'): (
        'Pak Sutrisno',
        'the right person in another form: the honorific "Pak" kept (from "Pak Sutrisno’s '
        'workshop")',
    ),
    ('v04', 'cheaper and faster'): (
        'Ibu Wulandari',
        'the right person in another form: the honorific "Ibu" kept',
    ),
    ('v04', 'Printed batik is both'): (
        'Ibu Wulandari',
        'the right person in another form: the honorific "Ibu" kept',
    ),
    ('v06', 'a tax on survival'): (
        'Alhaji Musa Danjuma',
        'the right person in another form: the honorific "Alhaji" kept',
    ),
    ('v06', 'We are not refusing to pay'): (
        'Alhaji Musa Danjuma',
        'the right person in another form: the honorific "Alhaji" kept',
    ),
    ('v11', 'You think, or you know'): (
        'Tan Mei Ling',
        'a courtroom exchange: the unattributed question after "she replied" goes to her, not '
        'back to counsel',
    ),
    ('v12', 'boil drinking water'): (
        "county's chief officer for health",
        'a quotation over three paragraphs, "said the chief officer, Dr Achieng’ Otieno" at its'
        ' end: the job in the lede not tied to the name given later',
    ),
    ('v12', 'should not wait at home'): (
        "county's chief officer for health",
        'the same: the job before the name',
    ),
    ('v12', 'What we do not have is time'): (
        'chief officer',
        '"said the chief officer, Dr Achieng’ Otieno": the name in apposition after the job not'
        ' taken',
    ),
    ('v13', 'rising by the hour'): (
        'officer commanding the air force rescue detachment',
        'the job before the name: "the officer, Wing Commander Rizwan Qureshi" in the next '
        'paragraph not tied back',
    ),
    ('v16', 'remain disciplined on costs'): (
        'Muhammad Taufik',
        'the right person in another form: "Tan Sri Tengku Muhammad Taufik": "Tengku" (a royal '
        'title) dropped with "Tan Sri"',
    ),
    ('v19', 'They were never ours'): (
        'Sheikha Noura',
        'the right person in another form: "Sheikha Noura" not tied to "Sheikha Noura bint '
        'Saeed Al Kaabi"',
    ),
    ('v23', 'quieter than a sewing machine'): (
        'Rosemary Tull',
        '"The tower captain, Wing Commander (retd) Hugh Farrant, who …, said": the bracket '
        'inside the title breaks the name',
    ),
    ('v26', 'working at 40 percent'): (
        None,
        '"A port authority official, Eng. Nadia Abdelrahman, said": the abbreviated title '
        '"Eng." ends the sentence',
    ),
    ('v28', 'a piece of our memory'): (
        'Lára Jónsdóttir',
        'the right person in another form: "Arna Lára Jónsdóttir" cut to its last two words',
    ),
    ('v36', 'the most isolated whale population'): (
        'Al Harthi',
        'the right person in another form: "Dr Suaad Al Harthi": the given name dropped before '
        '"Al"',
    ),
    ('v36', 'fewer than a hundred left'): (
        'Al Harthi',
        'the right person in another form: the same',
    ),
}  # fmt: skip


test_probe_speaker_eleventh_batch, test_eleventh_batch_figure = judged_batch_tests(
    "probes34", PROBES, PROBES_34, KNOWN_WRONG_34, FIRST_JUDGED, size=134
)


# ---- mend (sentences written for the test, not the probes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the first of two surnames in a name of four words
        ('Rosa Elena Castillo Mora, a nurse, said the clinic was full. "We send people '
         'home," Castillo said.', "Rosa Elena Castillo Mora"),
        # a name with no family name, called by its given names
        ('Mohd Rizal Hashim, a fisherman, said the catch was poor. "The sea is empty," '
         "Mohd Rizal told reporters.", "Mohd Rizal Hashim"),
        # two people it may be: the name as written
        ('Mohd Rizal Hashim and Mohd Rizal Osman both fish from Kuala Besut. "The sea is '
         'empty," Mohd Rizal told reporters.', "Mohd Rizal"),
    ],
)  # fmt: skip
def test_a_name_written_as_part_of_a_fuller_one(text: str, speaker: str) -> None:
    """A short form that is the opening words of one fuller name, or the first of two
    surnames in a name of four words, is that person (main gives "Castillo", "Mohd Rizal")."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("written", "compared"),
    [("Sigurður Jónsson", "sigurdur jonsson"), ("Łukasz Błaszczykowski", "lukasz blaszczykowski"),
     ("Bjørn Dæhlie", "bjorn daehlie"), ("Þóra Arnórsdóttir", "thora arnorsdottir"),
     ("Nguyễn Đức Anh", "nguyen duc anh")],
)  # fmt: skip
def test_a_letter_with_a_stroke_compares_as_its_base_letter(written: str, compared: str) -> None:
    """ "ð", "ł", "ø", "þ", "đ" have no decomposition: the comparison form had cut the
    word at them ("Sigurður" -> "sigur ur"), so that two forms of one name did not meet."""
    assert normalise(written) == compared


def test_a_first_name_with_an_undecomposed_letter_is_the_listed_one() -> None:
    """The first-name list holds "Lukasz" and "Bjorn": "Łukasz" and "Bjørn" are them."""
    assert nlp.first_name_gender("Łukasz") == "m" and nlp.first_name_gender("Bjørn") == "m"
