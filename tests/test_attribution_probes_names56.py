"""names56: a batch of 30 invented foreign and wire stories whose speakers carry names the
US given-name list does not know (Arabic, Vietnamese, Irish, Yoruba, Polish, Turkish,
Chinese, Japanese and Korean order, Javanese single names, Spanish compound surnames),
names given by a phrase ("who gave his name only as Abu Bakr", "identified only as
Mariam", "A man named Tomasz", "A fisherman called Jomo"), names the tagger may read as
other words ("Hope", "Precious", "Said Hassan"), name particles ("van der", "bin", "al-",
"Ní", "Ó", "das", "de la"), a person noun before a name ("The farmer Joaquín
Echeverría"), and a quotation after "said simply:". Controls: organisations, places and
Title Case headlines that must not become persons ("Médecins Sans Frontières said",
"Human Rights Watch said", "Port Harcourt", "Deutsche Bank analysts").

Every person is invented, and every quotation is written for this batch. The articles and
this list were committed before On Record read them (32456dc). A nominal speaker counts in
either case of its first letter. First judged on main 38cb48c: 65 of 70 right (an aside
"who gave his name only as", "identified only as", "said simply: “Thank God.”", "Maricel
Dela Cruz, who", "Ifeanyi" read as a demonym). After the names56 mends: 70 of 70."""

from __future__ import annotations

from tests.test_attribution_probes import batch, judged_batch_tests

PROBES = batch("attribution_probes_names56.json")
FIRST_JUDGED = 65  # right on main 38cb48c before any mend, of 70

PROBES_N56: list[tuple[str, str, tuple[str | None, ...]]] = [  # written before any run
    ("w01", "The convoys can move", ("Abdelaziz Haftar",)),
    ("w01", "We did not start this fight", ("Abdelaziz Haftar",)),
    ("w01", "But we will finish it", ("Abdelaziz Haftar",)),
    ("w02", "At midnight it was at my ankles", ("Nguyen Thi Lan",)),
    ("w02", "She is ninety", ("Tran Van Hoa",)),
    ("w03", "Nobody applied", ("Siobhán Ní Bhriain",)),
    ("w03", "If the language dies here", ("Siobhán Ní Bhriain",)),
    ("w03", "The children are losing a year", ("Pádraig Ó Sé",)),
    ("w04", "Everything I owned", ("Oyelaran Adebayo",)),
    ("w04", "We called and called", ("Chiamaka Eze",)),
    ("w05", "Without the letter", ("Abu Bakr",)),
    ("w05", "Bring the letter", ("Abu Bakr",)),
    ("w06", "The children sleep in wet blankets", ("Mariam",)),
    ("w06", "They told me to wait", ("Mariam",)),
    ("w06", "We have nothing to give them", ("Ahmad Darwish",)),
    ("w07", "My father worked here", ("Tomasz",)),
    ("w07", "They talk about green jobs", ("Grzegorz Wójcik",)),
    ("w08", "Thank God", ("Amina Yusuf",)),
    ("w08", "We had no more water", ("Abdirahman Yusuf", "Abdirahman")),
    ("w09", "We lost a crane", ("Pieter van der Berg",)),
    ("w09", "By Monday we expect", ("Pieter van der Berg",)),
    ("w10", "The sun is our oil", ("Khalid bin Salman al-Rashid",)),
    ("w10", "The numbers do not add up", ("Faisal al-Mutairi",)),
    ("w11", "I do not want to sell across", ("Kwame Asante-Boateng",)),
    ("w11", "The price they give us", ("Akosua Mensah",)),
    ("w12", "My grandfather planted these", ("Joaquín Echeverría",)),
    ("w12", "I had to let them die", ("Joaquín Echeverría",)),
    ("w12", "We are drinking the future", ("Valentina Ossandón",)),
    ("w13", "We are tired, and we are poor", ("Ayşe Yılmaz",)),
    ("w13", "Nobody in Ankara", ("Mehmet Öztürk",)),
    ("w14", "If I am late", ("Zhang Wei",)),
    ("w14", "I see my son only", ("Liu Xiaoming",)),
    ("w15", "They were going to the market", ("Sunita Devi",)),
    ("w15", "We wrote letters", ("Ramesh Kumar Paswan",)),
    ("w16", "My legs are still in Frankfurt", ("Wanjiru Kamau",)),
    ("w16", "The body needs to forget", ("Patrick Sang",)),
    ("w17", "Women should be able", ("Hope Mwangi",)),
    ("w17", "The people have chosen", ("Precious Otieno",)),
    ("w17", "I wish her well", ("Precious Otieno",)),
    ("w17", "She came to every door", ("Said Hassan",)),
    ("w18", "My back is grateful", ("Suharti",)),
    ("w18", "Every week a new village", ("Bambang Wijaya",)),
    ("w19", "They gave us one week", ("Abebe Bekele",)),
    ("w19", "Where do we go", ("Tigist Haile",)),
    ("w19", "Tell me, where", ("Tigist Haile",)),
    ("w20", "They cough all night", ("Maria das Graças Souza",)),
    ("w20", "We told them in July", ("Raoni Metuktire",)),
    ("w21", "The fish went away", ("Jomo",)),
    ("w21", "My customers buy one fish", ("Mwanaisha Juma",)),
    ("w22", "When I hear the drums", ("Tanaka Hiroshi",)),
    ("w22", "It is like a dream", ("Kim Ji-won",)),
    ("w23", "Today my grandchildren", ("Umm Ahmed",)),
    ("w23", "After that, I do not know", ("Mohammed al-Amin",)),
    ("w24", "This town is made of steel", ("Jürgen Großmann",)),
    ("w24", "Without it, we are nothing", ("Jürgen Großmann",)),
    ("w24", "We will not watch this happen", ("Birgit Schäfer",)),
    ("w25", "No taxis, no money", ("Thabo Mokoena",)),
    ("w25", "My feet are finished", ("Nomvula Dlamini",)),
    ("w26", "Three transfers", ("María José Fernández de la Vega",)),
    ("w26", "Coincidence", ("José Luis Ortega",)),
    ("w26", "Nothing more", ("José Luis Ortega",)),
    ("w27", "We ate coconuts", ("Maricel Dela Cruz",)),
    ("w27", "We need boats", ("Rodrigo Bautista",)),
    ("w28", "We are seeing dozens", ("Médecins Sans Frontières",)),
    ("w28", "Starvation is being used", ("Human Rights Watch",)),
    ("w28", "We have enough for a week", ("Hawa Abdalla Mohamed", "Dr. Hawa Abdalla Mohamed")),
    (
        "w29",
        "This is a new day",
        (
            "Nigerian National Petroleum Company Limited",
            "Nigerian National Petroleum Company",
            "the company",
        ),
    ),
    ("w29", "We have heard this before", ("Ifeanyi Okonkwo-Obi",)),
    ("w30", "This is our future", ("Nino Beridze",)),
    ("w30", "My ribs are broken", ("Giorgi",)),
]

KNOWN_WRONG_N56: dict[tuple[str, str], str] = {}

test_names56_speaker, test_names56_batch_figure = judged_batch_tests(
    "names56", PROBES, PROBES_N56, KNOWN_WRONG_N56, FIRST_JUDGED, size=70
)
