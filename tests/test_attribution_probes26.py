"""attrib26: the fifth batch of invented probes (court reports and sentencing hearings,
earnings calls and business wires, tech launches, obituaries with remembered quotes,
science features, election-night live blogs, magazine profiles with long appositives and
relative clauses, Q&A transcripts, letters and op-eds, British, Australian, Canadian,
South African, Kenyan, Filipino and Pakistani English; Korean, Japanese, Turkish,
Russian, Polish, Hungarian, Ethiopian, Indonesian and Icelandic names; titles no list
holds), and the mends they led to, on sentences written for the tests.

Every expected speaker was written before On Record read the probes. First judged on
main: 173 of 200 right; after the mends: 186. The quotations still wrong are listed
in KNOWN_WRONG_26 with what On Record gives; the figure is printed by
``test_fifth_batch_figure`` (run with -s)."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import batch, judged_batch_tests  # their reading
from tests.test_attribution_probes import speaker_in_a_story as _speaker

PROBES = batch("attribution_probes_26.json")
FIRST_JUDGED = 173  # right on main before any mend, of 200


PROBES_26: list[tuple[str, str, tuple[str, ...]]] = [  # written before any run
    ('x01', 'not a shred', ('Alison Hartley',)),
    ('x01', 'You knew there was', ('Alison Hartley',)),
    ('x01', 'lit the fire', ('Alison Hartley',)),
    ('x01', 'Dad went to work', ('Joanne Walsh',)),
    ('x01', 'drinking heavily', ('Rupert Sinclair', 'Rupert Sinclair KC')),
    ('x01', 'deeply ashamed', ('Rupert Sinclair', 'Rupert Sinclair KC')),
    ('x02', 'simply too high', ('Bronwyn Tait',)),
    ('x02', 'fled the scene', ('Dean Hollis',)),
    ('x02', 'fight these charges', ('Priya Ramanathan',)),
    ('x03', 'Volumes came in', ('Ingrid Solberg',)),
    ('x03', 'not chasing price', ('Ingrid Solberg',)),
    ('x03', 'top end of our range', ('Marcus Webb',)),
    ('x03', 'board decision', ('Marcus Webb',)),
    ('x04', 'secures our supply', ('Choi Seung-hyun',)),
    ('x04', 'cycle has turned', ('Lee Ji-won',)),
    ('x05', 'build a gadget', ('Tariq Aziz',)),
    ('x05', 'crease is still there', ('Hannah Ostrowski',)),
    ('x05', 'Early adopters', ('Tariq Aziz',)),
    ('x06', 'every single morning', ('Gábor Horváth-Kiss',)),
    ('x06', 'She would listen', ('Zsófia Nagy',)),
    ('x06', 'Nothing else', ('Zsófia Nagy',)),
    ('x06', 'not a career', ('László Farkas',)),
    ('x06', 'weather she lived', ('László Farkas',)),
    ('x07', 'engineering journals', ('Yuko Morimoto',)),
    ('x07', 'ninety-nine times', ('Takeshi Morimoto',)),
    ('x07', 'never raised his voice', ('Hiroshi Tanabe',)),
    ('x07', "didn't need to", ('Hiroshi Tanabe',)),
    ('x08', 'save the oceans', ('Femke de Boer',)),
    ('x08', 'it is real', ('Femke de Boer',)),
    ('x08', 'most careful demonstration', ('Jonathan Reyes',)),
    ('x08', 'Enzymes in a jar', ('Sigrún Einarsdóttir',)),
    ('x09', 'jumped out of the data', ('Kim Soo-jin',)),
    ('x09', 'rewrites what we thought', ('Björn Gunnarsson',)),
    ('x10', 'queues at some stations', ('Graham Pike',)),
    ('x10', 'your win, not mine', ('Bridget Okonkwo',)),
    ('x10', 'long night for us', ('Richard Hale',)),
    ('x10', 'laughed at us', ('Nathan Price',)),
    ('x10', "Nobody's laughing", ('Nathan Price',)),
    ('x11', 'feeling good about', ('Ben Truong',)),
    ('x11', 'every legal vote', ('A spokesperson', 'spokesperson')),
    ('x11', 'Go home', ('Alicia Moreno',)),
    ('x12', 'miracle with paperwork', ('Oksana Melnyk',)),
    ('x12', 'Write about the product', ('Oksana Melnyk',)),
    ('x12', 'product is the story', ('Oksana Melnyk',)),
    ('x12', 'Oksana is the story', ('Paweł Zieliński',)),
    ('x13', 'Buy good onions', ('Rustam Aliyev',)),
    ('x13', 'He says onions', ('Elif Şahin',)),
    ('x14', 'not always late', ('Ahmet Yılmaz',)),
    ('x14', 'Not this year', ('Ahmet Yılmaz',)),
    ('x15', 'bring shoppers back', ('Janet Rowe',)),
    ('x15', 'golden age', ('the then council leader', 'then council leader', 'council leader')),
    ('x16', 'I still come', ('a nurse in Kisumu', 'a nurse', 'nurse')),
    ('x16', 'within this financial year', ('Daniel Kiprono',)),
    ('x16', 'temporary hitch', ('his predecessor', 'predecessor')),
    ('x17', 'channelled to cronies', ('Peter Ochieng',)),
    ('x17', 'Parents have been coming', ('Peter Ochieng',)),
    ('x17', 'cheap politics', ('Esther Wambui',)),
    ('x17', 'Every shilling', ('Esther Wambui',)),
    ('x18', 'How many times', ('Raoul Manuel',)),
    ('x18', 'doing everything', ('Cesar Chavez',)),
    ('x18', 'Sanay na kami', ('Maricel Dizon',)),
    ('x19', 'no one will be allowed', ('Shehbaz Sharif',)),
    ('x19', 'sufficient till', ('Rana Tanveer Hussain',)),
    ('x19', 'pushed up by the dollar', ('Muhammad Rafiq', 'Haji Muhammad Rafiq')),
    ('x20', 'out of the woods', ('Daphne Mokwena',)),
    ('x20', 'disappointed but not', ('Kgosientsho Ramokgopa',)),
    ('x20', 'Every time the lights', ('Thabo Nkosi',)),
    ('x21', 'biggest investment', ('Doug Ford',)),
    ('x21', 'staffing crisis', ('Erin Ariss',)),
    ('x21', 'band-aid', ('Marit Stiles',)),
    ('x22', 'not on the table', ('Anthony Albanese',)),
    ('x22', 'form on this', ('Peter Dutton',)),
    ('x22', 'as bad as each other', ('Jacqui Lambie',)),
    ('x23', 'significantly above', ('Elvira Nabiullina',)),
    ('x23', 'tone was harsher', ('Natalia Orlova',)),
    ('x23', 'acts independently', ('Dmitry Peskov',)),
    ('x24', 'wait too long', ('Abdi Zenebe',)),
    ('x24', 'when I see the new trains', ('Tigist Alemayehu',)),
    ('x25', 'to my chest', ('Sri Wahyuni',)),
    ('x25', 'full capacity', ('Heru Budi Hartono',)),
    ('x25', 'very likely through', ('Dwikorita Karnawati',)),
    ('x26', 'smaller eruption', ('Þorvaldur Þórðarson',)),
    ('x26', 'know the drill', ('Fannar Jónasson',)),
    ('x27', 'not ready for this', ('Haluk Bürümcekçi',)),
    ('x27', 'Nobody was', ('Haluk Bürümcekçi',)),
    ('x27', 'strong and improving', ('Mehmet Şimşek',)),
    ('x28', 'not against Ukraine', ('Wiesław Gryn',)),
    ('x28', 'moving, but slowly', ('Czesław Siekierski',)),
    ('x29', 'how to survive', ('Tan Ah Kow',)),
    ('x29', 'long overdue', ('Teo Chee Hean',)),
    ('x29', "roof won't leak", ('Goh Siew Lan',)),
    ('x30', 'honesty and humility', ('Ishiba Shigeru',)),
    ('x30', 'conservative roots', ('Takaichi Sanae',)),
    ('x31', 'did not need to happen', ('Heather Lang',)),
    ('x31', 'no working guard', ('Mark Polglase',)),
    ('x32', 'finish the job', ('Simon Harris',)),
    ('x32', 'running scared', ('Mary Lou McDonald',)),
    ('x32', 'go the distance', ('Micheál Martin',)),
    ('x33', 'short-sighted', ('Sandra Obi',)),
    ('x33', 'Children do their homework', ('Sandra Obi',)),
    ('x33', 'no money left', ('Martin Drew',)),
    ('x34', 'Hate will not choose', ('Yusuf Qadri',)),
    ('x34', 'with you, today', ('Miriam Adler',)),
    ('x34', 'assault on all of us', ('Jenny Tabor',)),
    ('x35', '1,200 stranded', ('Rahul Bhatia',)),
    ('x35', 'window of six hours', ('Rahul Bhatia',)),
    ('x36', 'painful but necessary', ('Eleanor Voss',)),
    ('x36', 'ask why', ('Jonas Lindqvist',)),
    ('x36', 'unavoidable given', ('Amara Diallo',)),
    ('x37', 'piggy bank', ('Lisa Chen',)),
    ('x37', 'whole story', ('Mark Oduya',)),
    ('x38', 'took his graduation', ('Carla Beaudry',)),
    ('x38', 'a choice, not a mistake', ('Chris Martin',)),
    ('x38', "I'm sorry", ('Devon Sayer',)),
    ('x39', 'decade of growth', ('Ramon Alvarado',)),
    ('x39', 'excited to welcome', ('Ramon Alvarado',)),
    ('x39', 'build faster', ('Kelsey Nakamura',)),
    ('x40', 'any stabilisation', ('Toshiro Hayashi',)),
    ('x40', 'stable at a low level', ('Hendrik Visser',)),
    ('x40', 'not planning for a rebound', ('Hendrik Visser',)),
    ('x41', 'billion devices', ('Sameer Samat',)),
    ('x41', "shouldn't be a setting", ('Sameer Samat',)),
    ('x41', 'overdue but welcome', ('Katie Moussouris',)),
    ('x42', 'He asked me where', ('Aigerim Bekova',)),
    ('x42', 'answered every question', ('Florian Brandt',)),
    ('x43', 'admired his coat', ('Han Mi-rae',)),
    ('x43', 'wipes out the bad', ('Park Young-soo',)),
    ('x44', 'Fairest man', ('Michael Vaughan',)),
    ('x44', 'Bill looked at him', ('Dickie Fenwick',)),
    ('x44', 'loved every minute', ('Margaret', 'Margaret Haversham')),
    ('x45', 'see ourselves in the data', ('Olusegun Adeyemi',)),
    ('x45', 'very white map', ('Helga Björnsdóttir',)),
    ('x46', "doesn't wait for anyone", ('Mariam Tesfaye',)),
    ('x46', 'It waits for me', ('Dawit',)),
    ('x47', 'cynical and deliberate', ('Nicholas Sanders',)),
    ('x47', 'five times in a single', ('Aisling Kerr',)),
    ('x47', 'deeply sorry', ('Viktor Szabó',)),
    ('x48', 'most vulnerable people', ('Nanette Williams', 'Nanette Williams SC')),
    ('x48', 'genuine, if late', ('Penelope Wass',)),
    ('x48', "glad it's over", ('Doris Kemp',)),
    ('x49', 'burden the mwananchi', ('Boni Khalwale',)),
    ('x49', 'necessary to fund', ('Aaron Cheruiyot',)),
    ('x49', 'eat our cake', ('Aaron Cheruiyot',)),
    ('x49', 'threatened by my own party', ('Gloria Orwoba',)),
    ('x50', 'Health first', ('Vico Sotto',)),
    ('x50', 'for almost a year', ('Roberto Cruz',)),
    ('x51', 'cannot run the country', ('Qazi Faez Isa',)),
    ('x51', 'sit with the opposition', ('Qazi Faez Isa',)),
    ('x51', 'recipe for chaos', ('Mansoor Usman Awan',)),
    ('x51', 'accept any date', ('Ali Zafar',)),
    ('x52', 'legally untenable', ('Dali Mpofu', 'Dali Mpofu SC')),
    ('x52', 'failed to show any basis', ('Piet Koen',)),
    ('x52', 'Justice delayed', ('Mthunzi Mhaga',)),
    ('x53', 'does not belong to one family', ('Péter Magyar',)),
    ('x53', 'show for Brussels', ('Zoltán Kovács',)),
    ('x53', 'we are tired', ('Katalin Szűcs',)),
    ('x54', 'I write anyway', ('Sergei Aleksandrovich Volkov',)),
    ('x54', 'believes in letters', ('Lyudmila Petrovna Orlova',)),
    ('x55', 'maps your home', ('Yoon Seo-yeon',)),
    ('x55', 'do the dishes', ('Avi Greengart',)),
    ('x56', 'Money that arrives', ('Fekau Tebano',)),
    ('x56', 'go to court', ('Fekau Tebano',)),
    ('x57', 'any big reform', ('Susan Nakhumicha',)),
    ('x57', '100,000 Kenyans', ('Susan Nakhumicha',)),
    ('x57', 'losing patience', ('Davji Atellah',)),
    ('x58', 'drinking poison', ('Nelson Mandela',)),
    ('x58', 'win twice', ('Nomvula Dube',)),
    ('x59', 'eye-popping', ('Warren Buffett',)),
    ('x59', 'vintage Warren', ('Greg Abel',)),
    ('x60', 'barista', ('Margaret Couvillon',)),
    ('x60', 'may explain why', ('The researchers', 'researchers')),
    ('x61', 'Step down', ('Protesters',)),
    ('x61', 'not a gift', ('Lee Jae-myung',)),
    ('x61', 'maximum restraint', ('Cho Ji-ho',)),
    ('x62', 'control the wind', ('Aiko Matsuda',)),
    ('x62', 'only control the string', ('Aiko Matsuda',)),
    ('x62', 'every day', ('Kenji Ota',)),
    ('x62', "still don't understand", ('Kenji Ota',)),
    ('x63', 'just a middleman', ('A Brisbane man', 'Brisbane man', 'man')),
    ('x63', '30 bank accounts', ('Anita Bolger',)),
    ('x63', 'much cleverer', ('Saul Holt', 'Saul Holt KC')),
    ('x64', 'so did our hybrids', ('Yoichi Miyazaki',)),
    ('x64', 'conservative, as always', ('Seiji Sugiura',)),
    ('x65', 'spread to every facility', ('Kara Deniz',)),
    ('x65', 'has the money', ("Sean O'Brien",)),
    ('x66', 'in service by', ('John Swinney',)),
    ('x66', 'every year for seven', ('Russell Findlay',)),
    ('x66', 'enough of being told', ('Mairi MacLeod',)),
    ('x67', 'Where would I go', ('Yusuf Demir',)),
    ('x68', 'not tolerate cartels', ('Anne Waiguru',)),
    ('x68', 'half of what the rice', ('John Muriithi',)),
    ('x69', 'Thanks for taking', ('Vivek Arya',)),
    ('x69', 'Supply is improving', ('Jensen Huang',)),
    ('x70', 'looking at us', ('Albert Protopopov',)),
    ('x70', 'never seen anything', ('Albert Protopopov',)),
    ('x70', 'letter from the Ice Age', ('Love Dalén',)),
    ('x71', 'irrational', ('Fordham', 'Justice Fordham', 'Mr Justice Fordham')),
    ('x71', 'disappointed with the court',
     ('A Home Office spokesperson', 'Home Office spokesperson', 'spokesperson')),
    ('x72', "sea doesn't care", ('Halldóra Sigurðardóttir',)),
    ('x72', 'never once turned back', ('Einar Sigurðsson',)),
]  # fmt: skip

KNOWN_WRONG_26: dict[tuple[str, str], str | None] = {  # what On Record gives now
    ('x07', 'ninety-nine times'): 'Hiroshi Tanabe',
    ('x12', 'Oksana is the story'): None,
    ('x16', 'I still come'): 'Wanjiru Kamau',
    ('x19', 'pushed up by the dollar'): 'a wholesale dealer in Jodia Bazaar',
    ('x29', 'long overdue'): 'Parliament Teo Chee Hean',
    ('x30', 'honesty and humility'): 'Ishiba',
    ('x32', 'go the distance'): 'Tánaiste Micheál Martin',
    # gender53: "His widow, Margaret," after "Dickie Fenwick ... remembered": "Dickie" a
    # man's name now (baby-name counts), "His" goes to the man just named, not Haversham
    ('x44', 'loved every minute'): 'Margaret Fenwick',
    ('x61', 'Step down'): 'Protesters outside the National Assembly',
    ('x63', 'just a middleman'): 'court',
    # the right man, but "Her husband Dawit," now takes his wife's surname by the kin rule
    # (kin68), which an Ethiopian couple would not share: judged "Dawit" alone
    ('x46', 'It waits for me'): 'Dawit Tesfaye',
}  # fmt: skip


test_probe_speaker_fifth_batch, test_fifth_batch_figure = judged_batch_tests(
    "probes26", PROBES, PROBES_26, KNOWN_WRONG_26, FIRST_JUDGED
)


# ---- mends (sentences written for the tests, not the probes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Wholesaler Tevita Lolohea said prices were "out of our hands".', "Tevita Lolohea"),
        ('Senior Analyst Kwabena Otieno Mwangi said: "Nobody expected this."',
         "Kwabena Otieno Mwangi"),
        ('"We are full," Harbourmaster Dagný Ósk Ragnarsdóttir told the council.',
         "Dagný Ósk Ragnarsdóttir"),
        ('Deputy Opposition Leader Tevita Lolohea called it "a fraud".', "Tevita Lolohea"),
    ],
)  # fmt: skip
def test_a_role_noun_before_an_unlisted_first_name_is_no_part_of_the_name(
    text: str, speaker: str
) -> None:
    """A role or agent noun before a name whose first name no list holds ("Commuter
    Tigist Alemayehu", "Chief Financial Officer Yoichi Miyazaki") stayed in the name."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Harbourmaster Ines Marlow spoke first. "The channel is silting up," Harbourmaster '
         "Marlow said.", "Ines Marlow"),
        ('Cllr Rhiannon Pugh opened the meeting. Later Cllr Pugh said: "We have no money."',
         "Rhiannon Pugh"),
    ],
)  # fmt: skip
def test_a_title_no_list_holds_before_a_surname_named_in_full_before(
    text: str, speaker: str
) -> None:
    """ "Coroner Heather Lang ... Coroner Lang said": the word written before the full
    name again before the surname is her title; "Coroner Lang" was a new person."""
    assert _speaker(text, "We have no money" if "Pugh" in text else "") == speaker


def test_a_live_blog_time_before_a_participle_label() -> None:
    """ "14:20 — X, speaking through a megaphone: “...”": the time set off by a dash
    leaves the name the subject (it gave no speaker)."""
    text = 'Noon — Ada Obi, speaking through a loudhailer: "Go home, all of you."'
    assert _speaker(text) == "Ada Obi"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Turnout is up. Returning officer Graham Pike: "We have had queues."', "Graham Pike"),
        ('Explaining the delay: "We ran out of money."', None),
    ],
)  # fmt: skip
def test_a_gerund_modifying_the_label_noun(text: str, speaker: str | None) -> None:
    """ "Returning officer Graham Pike:": the -ing word modifies the noun, no verb stands
    before the label; "Explaining the delay:" still labels no one."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Her co-founder, Tom Hale, whom she met at a hackathon, said: "Ana is the story."',
         "Tom Hale"),
        ('Ada Obi, a nurse whom the board hired in 2015 and who trains the new staff, put it '
         'differently: "We are short of everything."', "Ada Obi"),
        ('Her collaborator, Helga Björk of the Reykjavík lab, where the samples were read, '
         'called it "a correction to the map."', "Helga Björk"),
    ],
)  # fmt: skip
def test_the_subject_past_asides_with_relative_clauses(text: str, speaker: str) -> None:
    """ "X, a banker whom she met in 2015 and who writes code, said": the asides between
    the subject and the cue hold verbs of their own, after a relative word."""
    assert _speaker(text) == speaker


def test_a_headline_clause_before_a_comma_is_no_subject_past_asides() -> None:
    """A headline's own cue before the comma keeps it a clause, not a subject."""
    text = "Rep. Ana Ruiz slams the plan, praises Tom Hale as 'a work horse, not a show horse.'"
    assert _speaker(text) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('In 2019 her predecessor called the delays "a temporary hitch".', "her predecessor"),
        ('Last year his deputy said the plan was "dead".', "his deputy"),
        ('Ana Ruiz, her spokesman, said it was "fine".', "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_time_before_a_possessive_is_no_part_of_the_subject(text: str, speaker: str) -> None:
    """ "In 2021 his predecessor called": the year was kept in the speaker."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The paper quotes Cllr Ada Obi as saying the road will "bring shoppers back".',
         "Ada Obi"),
        ('Reuters quoted a senior aide as saying the deal was "dead".', "a senior aide"),
    ],
)  # fmt: skip
def test_the_one_quoted_as_saying_speaks(text: str, speaker: str) -> None:
    """ "X quotes Y as saying “...”": Y's words, not X's (it gave "paper")."""
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Speaking to the BBC, a dealer, Tom Hale, said prices were "pushed up".', "Tom Hale"),
        ('Talking to reporters, a wholesaler, Ana Ruiz, said it was "a disaster".', "Ana Ruiz"),
    ],
)  # fmt: skip
def test_the_one_spoken_to_in_an_opening_adjunct_is_no_speaker(text: str, speaker: str) -> None:
    """ "Speaking to the BBC, a dealer, X, said": an agent noun after the adjunct is the
    subject, as a person noun was (it gave "BBC")."""
    assert _speaker(text) == speaker
