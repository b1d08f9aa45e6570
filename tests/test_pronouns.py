"""Pronouns to people: "he added" names the person the article is talking about, on
sentences written for the test."""

from __future__ import annotations

import pytest

from core.document import SpeakerKind
from core.extract import attribute, extract
from core.ingest import analyse
from core.person import Person, may_be_he_or_she
from core.person_names import named_people
from core.speakers import Cast

L, R = "\u201c", "\u201d"


def speaker_of(text: str, fragment: str) -> str | None:
    for quote in extract(text).quotes:
        if quote.text.startswith(fragment):
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation starts with {fragment!r}")


def test_a_surname_alone_keeps_the_subject_for_the_next_pronoun() -> None:
    text = (
        "Tom Mbeki introduced Peter Okafor at the rally.\n\n"
        "Okafor is outlining his plans for the harbour. "
        f"He says the port {L}will be rebuilt by the spring.{R}"
    )
    assert speaker_of(text, "will be rebuilt") == "Peter Okafor"


def test_a_sentence_opened_by_a_pronoun_keeps_its_person() -> None:
    text = (
        "Peter Okafor campaigned in the north on Monday.\n\n"
        "He said Tom Mbeki had never visited the region. "
        f"{L}The people here deserve better than that,{R} he said."
    )
    assert speaker_of(text, "The people here") == "Peter Okafor"


def test_a_possessive_name_is_not_the_subject() -> None:
    text = (
        "Tom Mbeki has led the polls for a month.\n\n"
        "Tom Mbeki's pollster, Peter Okafor, ran the numbers again on Sunday. "
        f"{L}The numbers have not moved since June,{R} he says."
    )
    assert speaker_of(text, "The numbers") == "Peter Okafor"


def test_a_surname_alone_is_the_most_mentioned_of_a_family() -> None:
    text = (
        "Peter Okafor opened his campaign in Lagos.\n\n"
        "Okafor spoke for an hour. At the urging of his wife, Ada Okafor, he talked "
        "about schools.\n\n"
        f"{L}We will build a hundred of them,{R} Okafor said."
    )
    assert speaker_of(text, "We will build") == "Peter Okafor"


def test_the_subject_of_a_clause_before_an_attribution_is_what_was_said_about() -> None:
    text = (
        "Peter Okafor, a teacher in Lagos, said he will vote in March.\n\n"
        f"Also, Mbeki is no reformer, he said. {L}He never was one.{R}"
    )
    assert speaker_of(text, "He never was") == "Peter Okafor"


def test_a_person_named_first_in_the_clause_before_an_attribution_speaks() -> None:
    text = (
        "Voters in the north are divided.\n"
        "Former Rep. Peter Okafor (R-Lagos) backed Tom Mbeki while he ran, he said on "
        f"Monday.\n{L}He is my next choice. Not hard to figure out,{R} he said."
    )
    assert speaker_of(text, "He is my next choice") == "Peter Okafor"


def test_a_name_in_an_opening_adjunct_is_not_the_subject() -> None:
    text = (
        "During an interview with Tom Mbeki that aired on Sunday, Peter Okafor toured "
        "the bridge.\n\n"
        f"When he first spoke of it, he said, {L}It will be built by May.{R}"
    )
    assert speaker_of(text, "It will be built") == "Peter Okafor"


def test_a_name_modifying_a_role_is_not_the_subject() -> None:
    text = (
        "Tom Mbeki spoke in Abuja on Monday.\n\n"
        "Mbeki spokesman Peter Okafor declined to give a date. "
        f"{L}I have no announcement yet,{R} he said."
    )
    assert speaker_of(text, "I have no announcement") == "Peter Okafor"


def test_a_name_in_what_the_subject_reported_is_not_what_he_means() -> None:
    text = (
        "Peter Okafor turned the story back on the paper, pointing out that its reporter "
        "Tom Mbeki had reported in June that the campaign was failing.\n\n"
        f"{L}Apparently not,{R} he said."
    )
    assert speaker_of(text, "Apparently not") == "Peter Okafor"


def test_a_name_after_an_abbreviated_title_is_read_whatever_the_first_name() -> None:
    text = (
        "Peter Okafor leads the race.\n\n"
        "Rep. Xandor Q. Levin (Mich.), a delegate, met the voters on Monday. "
        f"{L}The numbers are clear,{R} he said."
    )
    assert speaker_of(text, "The numbers are clear") == "Xandor Q. Levin"


def test_a_hyphenated_surname_alone_refers_back() -> None:
    text = (
        "Lt. Gov. Carlos Lopez-Cantera joined the race in May. Peter Okafor joined in June.\n\n"
        "On his website, Lopez-Cantera promises to end the tests. "
        f"{L}They do not help our children,{R} he said."
    )
    assert speaker_of(text, "They do not help") == "Carlos Lopez-Cantera"


def test_names_ending_in_a_common_word_and_after_a_title_are_read() -> None:
    named = named_people("Fox News contributor George Will said it. So Labor Secretary Ann Lee")
    assert [(p.name, p.title) for p in named] == [
        ("George Will", ""),
        ("Ann Lee", "Labor Secretary"),
    ]
    assert [p.name for p in named_people("Donald Trump Will Win.")] == ["Donald Trump"]


def test_common_words_after_a_title_in_a_headline_are_no_name() -> None:
    """ "Christian Speaker Just Shared This Prayer": a headline's words after a title
    word name no one; "Party Chairman Will Rogers" does (a first name)."""
    assert named_people("Christian Speaker Just Shared This Prayer About Okafor.") == []
    named = named_people("Christian Chairman John Okafor spoke on Monday.")
    assert [p.name for p in named] == ["John Okafor"]


def test_a_headline_word_the_article_writes_in_lower_case_is_no_surname() -> None:
    """ "Obama Claims Maria Most Qualified ...": "Most", written "most" in the body, is
    no surname, so no "Maria Most" is named and "her" finds Maria Lindqvist; a name the
    body also writes stays whole though its last word is a common word there ("trump")."""
    headline = "Obama Claims Maria Most Qualified Candidate Ever\n\n"
    body = (
        "Maria Lindqvist is the most prepared of them, aides say. "
        f"She set up a private server. The latter by her own admission was a {L}mistake.{R}"
    )
    assert [p.name for p in named_people(headline + body)] == ["Maria Lindqvist"]
    assert speaker_of(headline + body, "mistake") == "Maria Lindqvist"
    text = "Donald Trump Wins Big in Ohio\n\nDonald Trump said he would play his trump card."
    assert [p.name for p in named_people(text)][:1] == ["Donald Trump"]


def test_a_place_or_a_common_word_is_no_he_or_she() -> None:
    assert not may_be_he_or_she(Person("Michigan"))
    assert not may_be_he_or_she(Person("Audiences", full=False))
    assert may_be_he_or_she(Person("Okafor", full=False))
    assert may_be_he_or_she(Person("Peter Okafor"))


def test_a_pronoun_after_a_subject_tells_its_gender() -> None:
    text = (
        "Maria Lindqvist spoke first.\n\n"
        "Later, Xandor Okafor found himself defending the plan. "
        f"{L}It will work,{R} she said."
    )
    cast = attribute(text).cast
    assert next(p for p in cast.people if p.name == "Xandor Okafor").gender == "m"
    assert speaker_of(text, "It will work") == "Maria Lindqvist"


def test_a_pronoun_opening_a_clause_joined_by_and_is_someone_else() -> None:
    """A clause about the subject would leave its subject out; "and she" is another person,
    but "said his party" and "found himself" are the subject's."""
    # "Tiv": a given name on neither list, so the article alone may give its sex
    text = "Vice President Tiv Brenner decided not to run and she pulled ahead in the polls."
    cast = attribute(text).cast
    assert next(p for p in cast.people if p.name == "Tiv Brenner").gender is None
    text = "Tiv Brenner decided not to run, and he said his party agreed."
    cast = attribute(text).cast
    assert next(p for p in cast.people if p.name == "Tiv Brenner").gender == "m"
    text = (  # a statement's source: the pronoun after its cue's clause is no evidence
        "In October, Vice President Tiv Brenner decided not to enter the race and she "
        "performed well in the first debate."
    )
    [statement] = analyse(text).statements
    assert statement.speaker is not None and statement.speaker.name == "Tiv Brenner"
    assert statement.speaker.gender is None


def test_a_person_of_unknown_gender_yields_to_the_one_the_article_is_about() -> None:
    text = (
        "Maria Lindqvist campaigned in Oslo. Lindqvist promised lower taxes. Lindqvist "
        "visited a school.\n\n"
        "Party chairman Xandor Okafor called the promise a bizarre attempt to buy votes.\n\n"
        "The tax plan would cut the rates of most households by two points and pay for it "
        "with a levy on banks. The plan has been costed twice, and both costings found a "
        "gap of several billion in its third year, which the campaign says growth will "
        "close. Economists in the capital are divided on whether it will.\n\n"
        f"{L}We will keep our word,{R} she said."
    )
    assert speaker_of(text, "We will keep") == "Maria Lindqvist"


def test_a_title_before_a_surname_names_the_person() -> None:
    assert [(p.name, p.title) for p in named_people("And President Okafor spoke.")] == [
        ("Okafor", "President")
    ]
    assert named_people("General Motors and President On Trump") == []


def test_a_possessive_opening_a_sentence_of_nobody_else_is_its_topic() -> None:
    text = (
        "Peter Okafor spoke in the morning. Tom Mbeki spoke after him.\n\n"
        "Okafor's speech served him well. "
        f"{L}I said what I meant,{R} he said."
    )
    assert speaker_of(text, "I said what") == "Peter Okafor"


def test_the_article_s_word_for_a_gender_beats_the_first_name_s_guess() -> None:
    text = (
        "Lou Jiwei, the finance minister, met Maria Lindqvist in Oslo. Mr. Lou said the "
        f"talks went well. {L}We agreed on most points,{R} he said.\n\n"
        "Sen. Lindsey Graham found himself alone in the hall. "
        f"{L}Nobody came,{R} he said."
    )
    assert speaker_of(text, "We agreed") == "Lou Jiwei"
    assert speaker_of(text, "Nobody came") == "Lindsey Graham"


def test_a_person_of_unknown_gender_just_named_keeps_the_pronoun() -> None:
    text = (
        "Maria Lindqvist campaigned in Oslo. Lindqvist promised lower taxes.\n\n"
        f"On Tuesday, his wife, Xandra, called for calm. {L}We are tired,{R} she said."
    )
    assert speaker_of(text, "We are tired") == "Xandra"


def test_a_listed_first_name_after_a_kin_noun_is_a_person_of_its_gender() -> None:
    """ "His daughter, Ingrid, runs the shop. She ..." is Ingrid, a person of her own
    named by her first name alone, not the father of unknown gender named before; later
    "Ingrid" alone is her too."""
    text = (
        "For thirty years, Kaspar Lindqvist has sold bread in Arnhem.\n\n"
        f"{L}I never wanted another job,{R} Lindqvist said.\n\n"
        "His daughter, Ingrid, runs the shop now. She is less sentimental. "
        f"{L}He works too hard,{R} she said.\n\n"
        f"Ingrid plans to open a second shop. {L}Rents are high,{R} she said."
    )
    assert speaker_of(text, "I never wanted") == "Kaspar Lindqvist"
    ingrid = ("Ingrid", "Ingrid Lindqvist")  # "His daughter, Ingrid," of the subject before
    assert speaker_of(text, "He works too hard") in ingrid
    assert speaker_of(text, "Rents are high") in ingrid


def test_a_kin_noun_s_first_name_written_in_full_elsewhere_is_that_person() -> None:
    """ "her husband, Tomas," beside "Tomas Brekke" is not a person of the first name
    alone."""
    text = (
        "Maria Brekke runs the ferry. Tomas Brekke sails it.\n\n"
        f"Her husband, Tomas, was at the helm. {L}It was calm,{R} he said."
    )
    assert speaker_of(text, "It was calm") == "Tomas Brekke"


def test_an_abbreviated_title_is_the_office_a_nominal_names() -> None:
    """ "Sen." is "the senator", "Gov." "the governor", "Rep." "the congressman"; a
    deputy's title is not the office, and no nominal points ahead to a name."""
    text = (
        "Sen. Ann Lee said the bill was \u201cdead.\u201d\n\n"
        "\u201cWe worked hard,\u201d the senator said.\n\n"
        "Rep. Jim Ortega called it \u201ca start.\u201d\n\n"
        "\u201cIt is only a start,\u201d the congressman added.\n\n"
        "Lt. Gov. Dan Pryor said it was \u201cfine.\u201d\n\n"
        "\u201cWe will see,\u201d the governor said.\n\n"
        "Gov. Mary Holt spoke later."
    )
    assert speaker_of(text, "We worked") == "Ann Lee"
    assert speaker_of(text, "It is only") == "Jim Ortega"
    assert speaker_of(text, "We will see") == "governor"  # not the lieutenant governor


def test_a_full_name_of_the_other_sex_is_not_the_honorific_s_person() -> None:
    """ "Mr. Okafor" speaks first; "the first lady, Michelle Okafor" named later is
    someone else, and his quotes after her naming stay his."""
    text = (
        f"President Okafor is rolling out a new appeal.\n\n"
        f"{L}Our progress is on the ballot,{R} Mr. Okafor said on Saturday.\n\n"
        f"The campaign plans to employ Mr. Okafor and the first lady, Michelle Okafor.\n\n"
        f"{L}It is about me,{R} Mr. Okafor said.\n\n{L}We are ready,{R} Mrs. Okafor said."
    )
    assert speaker_of(text, "Our progress") == "Okafor"
    assert speaker_of(text, "It is about me") == "Okafor"
    assert speaker_of(text, "We are ready") == "Michelle Okafor"


def test_a_definite_nominal_no_role_matches_is_the_person_the_text_is_about() -> None:
    """ "the billionaire" with no role saying so refers, like a pronoun, to the person
    just talked about; a gendered noun skips someone of the other sex."""
    text = (
        f"Peter Okafor held a rally in Lagos on Monday.\n\n"
        f"{L}It is going to be a great night,{R} the billionaire told supporters.\n\n"
        f"Ada Mbeki toured the harbour. Tom Reyes joined her later.\n\n"
        f"{L}We will rebuild it,{R} the congresswoman said."
    )
    assert speaker_of(text, "It is going") == "Peter Okafor"
    assert speaker_of(text, "We will rebuild") == "Ada Mbeki"


def test_a_description_the_article_gives_counts_as_a_role() -> None:
    """ "Peter Okafor, a billionaire, ..." is "the billionaire" even when someone else was
    talked about since; "the real estate mogul Tom Reyes" is "the mogul"."""
    text = (
        f"Peter Okafor, a billionaire, held a rally in Lagos. Sen. Ada Mbeki campaigned "
        f"in Abuja.\n\n"
        f"{L}It is going to be a great night,{R} the billionaire told supporters.\n\n"
        f"The real estate mogul Tom Reyes spoke in Kano. Sen. Ada Mbeki spoke in Jos.\n\n"
        f"{L}We will win,{R} the mogul said."
    )
    assert speaker_of(text, "It is going") == "Peter Okafor"
    assert speaker_of(text, "We will win") == "Tom Reyes"


def test_a_nominal_stays_unnamed_when_the_text_introduced_someone_unnamed() -> None:
    """ "A senior campaign official ... the official said" is that official; "his wife"
    is someone else than he, as "the party's chief strategist" is; another office of the
    noun's word is not it, nor "another senator" the senator named."""
    text = (
        f"Peter Okafor spoke for an hour.\n\n"
        f"A senior campaign official spoke to reporters after the rally. "
        f"{L}We are confident,{R} the official said.\n\n"
        f"Okafor left early. {L}He is tired,{R} his wife said.\n\n"
        f"Lt. Gov. Dan Pryor called the plan {L}fine.{R}\n\n"
        f"{L}We will see,{R} the governor said.\n\n"
        f"Sen. Ann Lee backed the plan. {L}It is late,{R} another senator said.\n\n"
        f"Tom Reyes spoke in Kano. {L}He will win,{R} the party's chief strategist said."
    )
    assert speaker_of(text, "We are confident") == "A senior campaign official"  # its row
    assert speaker_of(text, "It is late") == "another senator"
    assert speaker_of(text, "He will win") != "Tom Reyes"  # someone the party has
    assert speaker_of(text, "He is tired") != "Peter Okafor"
    assert speaker_of(text, "We will see") == "governor"


def test_a_nominal_after_a_possessive_introduction_stays_unnamed() -> None:
    """ "Mbeki's spokesman said ... the spokesman said" is that spokesman, never named, not
    Mbeki; "Okafor's aide, Tom Reyes, ..." names the aide, so "the aide" may be Reyes."""
    text = (
        f"Peter Mbeki will work with whoever wins, the prime minister's spokesman said.\n\n"
        f"{L}He has made his views very clear,{R} the spokesman said. {L}He stands by "
        f"them.{R}\n\n"
        f"Okafor's aide, Tom Reyes, met the press on Monday. {L}We are ready,{R} the aide "
        f"said."
    )
    assert speaker_of(text, "He has made") == "spokesman"
    assert speaker_of(text, "We are ready") == "Tom Reyes"


def test_a_nominal_is_not_someone_its_own_sentence_names_after_it() -> None:
    """ "“...,” the cautious candidate said of running against Mr. Okafor" is not Okafor,
    though he was talked about last."""
    text = (
        f"Ada Mbeki leads the race. Mr. Okafor attacked her record on Monday.\n\n"
        f"{L}It does not make me nervous,{R} the cautious candidate said of running against "
        f"Mr. Okafor."
    )
    assert speaker_of(text, "It does not make") == "Ada Mbeki"


def test_a_nominal_in_a_clause_after_the_subject_is_someone_else_it_names() -> None:
    """Of the subject, the text would say "he": "Okafor took on Ada Mbeki after the
    front-runner had said ..." means Mbeki."""
    text = (
        f"Peter Okafor took on Ada Mbeki on Sunday after the front-runner had said that he "
        f"was {L}the worst candidate in years.{R}"
    )
    assert speaker_of(text, "the worst candidate") == "Ada Mbeki"


def test_a_surname_after_a_first_name_in_no_list_is_known_unless_a_common_word() -> None:
    text = (
        "Patriot Coal laid off 300 coal miners this spring. "
        "Reince Priebus visited the town. Coal built it, Priebus said."
    )
    cast = Cast(text)
    assert cast.names.known("Coal", text.index("Coal built")) is None
    assert cast.names.known("Priebus", text.rindex("Priebus")).name == "Reince Priebus"


def test_a_name_whose_first_name_is_in_no_list_is_read_where_the_article_introduces_it() -> None:
    text = (
        "Reince Priebus, the GOP chairman, spoke at the Brookings Institution on Monday. "
        "Priebus said the rules were clear. Okafor backers on the Okafor Train cheered. "
        "Okafor did not."
    )
    cast = Cast(text)
    assert [p.name for p in named_people(text)] == []
    found = named_people(text, introduced=cast.names.introduced)
    assert [p.name for p in found] == ["Reince Priebus"]
    assert cast.names.introduced("Institution") is None  # an organisation the gazetteer knows
    assert cast.names.introduced("Train") is None  # its "first name" stands alone more often


def test_a_nominal_of_a_place_is_a_nominal_whose_place_must_agree() -> None:
    """ "The Vermont senator" is no person named "Vermont": it is "the senator", and not
    one whose role names another state ("Sen. Ada Mbeki (R-Iowa)"), nor one whose role
    names none (then the person the text is about)."""
    text = (
        f"Sen. Peter Okafor says he is ready for a floor fight in Philadelphia.\n\n"
        f"The Vermont senator told USA TODAY that there are {L}a lot of good{R} provisions.\n\n"
        f"Tom Reyes, who is third in the polls, spoke with Sen. Ada Mbeki, R-Iowa.\n\n"
        f"The Florida senator told reporters he feels good, and {L}we will see.{R}"
    )
    assert speaker_of(text, "a lot of good") == "Peter Okafor"
    assert speaker_of(text, "we will see") == "Tom Reyes"


def test_a_nominal_is_the_subject_before_it_over_a_role_named_paragraphs_back() -> None:
    """ "the senator" right after a sentence about Okafor is Okafor when the article gives
    him no role, not Sen. Ann Lee named paragraphs before; where she was named in the
    paragraph before, or the subject holds another role, the role decides."""
    far = (
        "Sen. Ann Lee opened the hearing on Monday.\n\n"
        "The committee heard from farmers for most of the day.\n\n"
        "Several of them asked for help with the drought.\n\n"
        f"Peter Okafor toured the harbour on Tuesday. {L}The port will be rebuilt,{R} "
        "the senator said."
    )
    assert speaker_of(far, "The port will") == "Peter Okafor"
    near = (
        "Sen. Ann Lee opened the hearing on Monday.\n\n"
        f"Peter Okafor toured the harbour on Tuesday. {L}The port will be rebuilt,{R} "
        "the senator said."
    )
    assert speaker_of(near, "The port will") == "Ann Lee"
    titled = far.replace("Peter Okafor toured", "Mayor Peter Okafor toured")
    assert speaker_of(titled, "The port will") == "Ann Lee"


def test_two_descriptions_sharing_a_determiner_are_one_person() -> None:
    """ "the Ohio senator and Republican candidate" is the senator named before, not an
    unnamed "Republican candidate"."""
    text = (
        "Sen. Peter Okafor spoke in Dayton on Monday.\n\n"
        f"{L}We will win Ohio,{R} the Ohio senator and Republican candidate said."
    )
    assert speaker_of(text, "We will win") == "Peter Okafor"


def test_a_nominal_keeps_its_determiner_past_a_participle() -> None:
    """ "the gambling tycoon told": "gambling" is read as a verb, yet the phrase is
    definite and names the tycoon just named, not an unnamed "tycoon"."""
    text = (
        "Peter Okafor met the mayor on Friday.\n\n"
        f"{L}It was very nice,{R} the gambling tycoon told reporters."
    )
    assert speaker_of(text, "It was very nice") == "Peter Okafor"


def test_a_nominal_the_article_already_used_names_the_same_person() -> None:
    # "the independent Westbrook senator" was Okafor; "the senator" answering the host's
    # question is Okafor again, not the host who asked it
    text = (
        "Peter Okafor spoke with the host, Dana Whitfield, on Sunday.\n\n"
        "Six months ago, the independent Westbrook senator said, the media called him a "
        "\u201cfringe candidate.\u201d\n\n"
        "\u201cIt tells you that one of us is a candidate of the establishment,\u201d Okafor "
        "remarked.\n\n"
        "\u201cThat would be you?\u201d Whitfield asked.\n\n"
        "\u201cThat would be me, yes,\u201d the senator said."
    )
    assert speaker_of(text, "That would be me, yes,") == "Peter Okafor"


def test_a_compound_role_noun_refers_back() -> None:
    # "neurosurgeon" is no listed role noun; "surgeon" closing it makes it one
    text = (
        "Peter Okafor once led the polls. But he fell to 10 percent this week.\n\n"
        "The retired neurosurgeon said only that he was \u201crefining some practices.\u201d"
    )
    assert [q.speaker.name for q in extract(text).quotes if q.speaker] == ["Peter Okafor"]


def test_a_surname_alone_is_the_one_its_paragraph_has_as_subject_in_full() -> None:
    # Ana Okafor is quoted more, but the paragraph is about Ben Okafor
    text = (
        "Ana Okafor won the primary. \u201cWe did it,\u201d Okafor said. \u201cThank you,\u201d "
        "Okafor added.\n\n"
        "Her husband, Ben Okafor, visited a polling place in Westbrook.\n\n"
        "Ben Okafor spoke with voters outside. When a woman asked for a photo, Okafor "
        "said, \u201cas long as we break no laws.\u201d\n\n"
        "\u201cIt was a good night,\u201d Okafor said later of her victory."
    )
    assert speaker_of(text, "as long as we break no laws.") == "Ben Okafor"
    assert speaker_of(text, "We did it,") == "Ana Okafor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the statement the person provided speaks for them
            "Dana Whitfield provided a written statement on Monday.\n\n"
            "\u201cThe secretary regrets the mistake,\u201d the statement said.",
            "Dana Whitfield",
        ),
        (  # a campaign's email is the campaign's, not the candidate's
            "Okafor's campaign sent out an email on Tuesday.\n\n"
            "\u201cWe need your help,\u201d the email said.",
            "Okafor's campaign",
        ),
        (  # two people's letter is neither one's
            "Ben Okafor and Dana Whitfield sent a letter to the mayor.\n\n"
            "\u201cPlease explain your decision,\u201d the letter says.",
            "letter",
        ),
    ],
)
def test_a_definite_speech_noun_is_its_author_s(text: str, speaker: str) -> None:
    assert [q.speaker.name for q in extract(text).quotes if q.speaker] == [speaker]


def test_a_relative_whose_first_name_is_in_no_list_is_a_person_of_the_article() -> None:
    """ "Tavish Okafor", written twice in running text beside his father "Peter Okafor",
    is a person: "Mr. Okafor" in the paragraphs about him is Tavish, while a surname
    alone still does not become his name everywhere (the father's first name is listed)."""
    text = (
        "Tavish Okafor stepped down from the harbour board on Monday. "
        "His father, Peter Okafor, had chaired it for a decade.\n\n"
        "In the spring, Tavish Okafor spent two weeks at sea.\n\n"
        f"{L}I leave with no regrets,{R} Mr. Okafor said."
    )
    cast = Cast(text)
    assert cast.names.introduced("Okafor") is None  # the listed "Peter Okafor" keeps the rule
    assert cast.names.introduced("Tavish Okafor") == "Tavish Okafor"
    assert [p.name for p in named_people(text, introduced=cast.names.introduced)] == [
        "Tavish Okafor",
        "Peter Okafor",
        "Tavish Okafor",
        "Okafor",  # "Mr. Okafor"
    ]
    assert speaker_of(text, "I leave with") == "Tavish Okafor"


def test_a_relative_named_twice_takes_the_pronoun_after_her() -> None:
    text = (
        "On the last day of the congress, Vessa Okafor walked onto the stage. Then she "
        f"spoke of her father, Peter Okafor. {L}We will build the port,{R} she said.\n\n"
        "Vessa Okafor runs the family's shipping firm. Through a spokeswoman, Okafor "
        "declined to comment on its pay."
    )
    assert speaker_of(text, "We will build") == "Vessa Okafor"


def test_a_word_before_a_relative_s_surname_is_no_given_name_without_evidence() -> None:
    """Once ("Tavish Okafor" written once), before another capitalised word ("Harbour
    Okafor ... Harbour Board") or in a headline alone, a word is no given name."""
    text = (
        "Harbour Okafor Wins Again\n\n"
        "Peter Okafor spoke. Harbour Okafor backers cheered at the Harbour Board. "
        "Tavish Okafor agreed."
    )
    cast = Cast(text)
    assert cast.names.introduced("Harbour Okafor") is None
    assert cast.names.introduced("Tavish Okafor") is None


def test_a_nominal_after_a_sentence_naming_the_subject_s_relative_is_the_relative() -> None:
    """The subject of the sentence before is what a nominal usually means, but where that
    sentence names a relative of the subject after it, the nominal names the relative:
    of the subject, the text would say "she" or "Ms. Okafor"."""
    text = (
        "Ada Okafor, trailing in the polls, brought her husband, Peter Okafor, to the "
        "rally on Monday.\n\n"
        f"{L}Labels are for soup cans,{R} the former president told the crowd."
    )
    assert speaker_of(text, "Labels are for") == "Peter Okafor"
    alone = text.replace("her husband, Peter Okafor,", "her husband")
    assert speaker_of(alone, "Labels are for") == "Ada Okafor"


def test_a_title_with_a_surname_two_relatives_share_gives_no_one_the_role() -> None:
    text = "Peter Okafor and his son Tavish Okafor spoke. President Okafor once did."
    cast = Cast(text)
    cast.name("Peter Okafor", 0)
    cast.name("Tavish Okafor", text.index("Tavish"))
    at = text.rindex("Okafor")
    titled = cast.name("Okafor", at, role="President", title="President")
    assert titled.name in ("Peter Okafor", "Tavish Okafor")
    assert all(not p.roles for p in cast.people)
    alone = Cast(text)
    alone.name("Peter Okafor", 0)
    assert alone.name("Okafor", at, role="President", title="President").roles == ["President"]


def test_a_name_ends_at_its_owner_s_possessive_and_no_organisation_is_a_person() -> None:
    """ "Peter Okafor's Housing Act" names Peter Okafor; "George Lee University's
    Program" and "the Ann Mbeki Foundation" name no one."""
    named = named_people("Then Peter Okafor's Housing Act passed, and George Lee University's")
    assert [p.name for p in named] == ["Peter Okafor"]
    assert named_people("A grant from the Ann Mbeki Foundation arrived.") == []


def test_a_headline_run_names_a_first_and_last_name_only() -> None:
    """ "Peter Okafor Thanks Ann Lee For Support" names Peter Okafor (and Ann Lee), not a
    "Peter Okafor Thanks Ann"; after a title, a headline's words that are no first name
    name no one ("Harbour Gov. Hears About Okafor's Plan")."""
    names = [p.name for p in named_people("Peter Okafor Thanks Okafor Supporters For Votes\n")]
    assert names == ["Peter Okafor"]
    assert named_people("Harbour Gov. Hears About Okafor's Plan For Port\n") == []


def test_a_capitalised_word_after_said_is_no_name() -> None:
    """ "said" is a listed first name ("Said"), but a sentence opening with "To" after
    "they said." names no one: "he" after it is not "To"."""
    text = (
        "Peter Okafor and Tom Mbeki argued that the ministry is not needed. "
        "Regional offices can do that, they said.\n\n"
        f"To believe otherwise, {L}you have to be very cynical,{R} he said."
    )
    assert speaker_of(text, "you have to be") != "To"


def test_a_description_named_paragraphs_back_gives_way_to_the_subject_just_before() -> None:
    """ "the actor" after a sentence about a "comedy star" is that star, not an actor
    described paragraphs before; a subject holding an office is not taken so."""
    text = (
        "Some fans did not want Tom Mbeki, a young actor, in the remake.\n\n"
        "The studio kept him anyway.\n\n"
        "The film opened in June.\n\n"
        "Comedy star Peter Okafor turned the tables at auditions. "
        f"{L}Act whiter,{R} the actor told the white actors."
    )
    assert speaker_of(text, "Act whiter") == "Peter Okafor"


def test_an_age_refers_back_as_a_nominal_does() -> None:
    text = (
        "Ann Okafor delivered a defence of her husband on Monday. "
        f"{L}He is a leader,{R} said the 46-year-old."
    )
    assert speaker_of(text, "He is a leader") == "Ann Okafor"


def test_someone_s_nominal_is_the_person_named_later_with_that_description() -> None:
    """ "Okafor's campaign manager said ..." before "Okafor's campaign manager, Tom Mbeki,
    appeared": Tom Mbeki, whose description names the owner and the noun."""
    text = (
        "Peter Okafor will stay in the race. Okafor's campaign manager said he expects "
        f"the senator to stay {L}for life.{R}\n\n"
        "On Tuesday, Okafor's campaign manager, Tom Mbeki, appeared on television."
    )
    assert speaker_of(text, "for life") == "Tom Mbeki"


def test_a_nominal_office_is_not_someone_holding_only_other_offices() -> None:
    """ "the president" is not Sen. Ann Lee, the subject just before, but the person
    before her whose offices allow it."""
    text = (
        "Peter Okafor spoke about the harbour on Monday.\n\n"
        "Sen. Ann Lee agreed with the plan. "
        f"{L}We built a coalition,{R} the president told reporters."
    )
    assert speaker_of(text, "We built") == "Peter Okafor"


def test_the_owner_opening_a_subject_of_a_thing_is_the_topic() -> None:
    text = (
        "Peter Okafor wrote a column about the harbour on Monday.\n\n"
        "Okafor's column also attacked Tom Mbeki by accusing him of wasting money. "
        f"He calls the plan {L}a monument to vanity.{R}"
    )
    assert speaker_of(text, "a monument") == "Peter Okafor"


def test_a_name_the_subject_noun_governs_is_not_the_subject() -> None:
    text = (
        "Peter Okafor has run the harbour board since 2010.\n\n"
        "The rise of Tom Mbeki gave Okafor new reasons to fight for the port.\n\n"
        f"He said the board was {L}ready for a long campaign.{R}"
    )
    assert speaker_of(text, "ready for") == "Peter Okafor"


def test_a_person_noun_subject_keeps_the_object_from_the_next_pronoun() -> None:
    text = (
        "Peter Okafor leaves the governor's office in May.\n\n"
        "A governor who hired Tom Mbeki to rebuild the port will instead hand his "
        f"successor an unfinished harbour. {L}We did what we could,{R} he said."
    )
    assert speaker_of(text, "We did") == "Peter Okafor"


def test_a_passive_subject_of_an_owner_leaves_the_agent() -> None:
    text = (
        "Ada Mbeki defended the harbour plan on Friday.\n\n"
        "Mbeki's plan was supported by Sen. Grace Okafor, who said it was sound. "
        f"{L}It makes sense for the region,{R} she said."
    )
    assert speaker_of(text, "It makes sense") == "Grace Okafor"


def test_an_unnamed_lede_named_in_the_next_paragraph_is_that_person() -> None:
    text = (
        "Harbour lawmaker wants a new port.\n\n"
        "A lawmaker in the north is calling for a new port after the storm.\n\n"
        f"{L}The old harbour cannot be saved,{R} Peter Okafor said in a bill.\n\n"
        "Okafor, citing data from the port authority, said trade had halved. The lawmaker, "
        f"who represents a fishing district, said the storm had {L}ruined the town.{R}"
    )
    assert speaker_of(text, "ruined the town") == "Peter Okafor"


def test_an_unnamed_source_named_nowhere_near_stays_unnamed() -> None:
    text = (
        "Harbour plan under fire.\n\n"
        "Peter Okafor unveiled a plan for the port on Monday.\n\n"
        "A lawmaker in the north said the plan was too costly.\n\n"
        f"{L}It will never be built,{R} the lawmaker said."
    )
    assert speaker_of(text, "It will never") != "Peter Okafor"


def test_a_definite_description_after_a_new_name_ending_a_sentence_is_that_person() -> None:
    text = (
        "Harbour plan under fire.\n\n"
        "Ada Mbeki spoke at the rally on Monday.\n\n"
        "As the vote slipped away, some of her supporters saw a culprit in Grace Okafor. "
        "The harbour commissioner and former mayor, a longtime supporter of Mbeki, even went on "
        "the radio to call the vote.\n\n"
        "The evidence was a clip from a rally with Mbeki and Okafor, where the harbour "
        f"commissioner said she was {L}here to back my candidate.{R}"
    )
    assert speaker_of(text, "here to back") == "Grace Okafor"


def test_a_first_name_after_a_relative_of_someone_named_takes_the_surname() -> None:
    text = (
        "Peter Okafor was dropped by the network on Wednesday.\n\n"
        "Okafor's son, Grant, defended his father on Tuesday, saying: "
        f"{L}He has made great strides to understand people.{R}"
    )
    assert speaker_of(text, "He has made") == "Grant Okafor"


def test_a_pronoun_of_the_other_sex_than_the_subject_before_is_its_object() -> None:
    text = (
        "Peter Okafor ran the harbour board for years.\n\n"
        "Tom Mbeki defended the board's plan on Tuesday.\n\n"
        "After the storm, Grace Ade replaced Okafor on the board. He was moved to the "
        f"port office. Last month, he said the town {L}deserves a new harbour.{R}"
    )
    assert speaker_of(text, "deserves a new") == "Peter Okafor"


def test_a_relative_the_writer_keeps_naming_in_full_is_not_the_surname_alone() -> None:
    text = (
        "Mayor's son says the race has only begun\n\n"
        "Mayor Daniel Okafor opened his campaign on Monday.\n\n"
        "Peter Okafor, the mayor's son, spoke to reporters at the city hall.\n\n"
        f"{L}He will win this one easily,{R} Peter Okafor said.\n\n"
        f"{L}The other side has no plan at all,{R} Peter Okafor said.\n\n"
        "Peter Okafor's remarks were broadcast on the radio.\n\n"
        "A video was released on Sunday.\n\n"
        f"{L}I am running for every family in this city,{R} Okafor said in the video."
    )
    assert speaker_of(text, "He will win") == "Peter Okafor"
    assert speaker_of(text, "I am running") == "Daniel Okafor"


def test_the_surname_alone_after_the_relative_just_named_is_that_relative() -> None:
    text = (
        "Mayor Daniel Okafor opened his campaign on Monday.\n\n"
        "Peter Okafor, the mayor's son, spoke to reporters at the city hall.\n\n"
        f"{L}He will win this one easily,{R} Peter Okafor said.\n\n"
        f"{L}The other side has no plan at all,{R} Peter Okafor said.\n\n"
        "Then, on Tuesday, Peter Okafor called.\n\n"
        f"{L}My father never gives up,{R} Okafor said."
    )
    assert speaker_of(text, "My father never") == "Peter Okafor"


def test_the_relative_named_first_keeps_the_surname_alone() -> None:
    text = (
        "Mayor Daniel Okafor opened his campaign on Monday with Daniel Okafor's son.\n\n"
        "His son, Peter Okafor, did not speak.\n\n"
        "Daniel Okafor spoke for an hour. Daniel Okafor then left.\n\n"
        "Nobody asked questions.\n\n"
        f"{L}We will rebuild the port,{R} Okafor said."
    )
    assert speaker_of(text, "We will rebuild") == "Daniel Okafor"


def test_a_pronoun_in_what_someone_is_asked_about_is_the_one_asked() -> None:
    text = (
        "Mayor Peter Okafor spoke on the radio on Thursday. Host Tom Mbeki asked Okafor "
        "about remarks he had made at a rally, when he called the port "
        f"{L}a ruin that only I can fix.{R}\n\n"
        f"Later, Mbeki said he was {L}not convinced at all.{R}"
    )
    assert speaker_of(text, "a ruin that") == "Peter Okafor"
    assert speaker_of(text, "not convinced") == "Tom Mbeki"


def test_a_pronoun_after_telling_someone_stays_the_subject() -> None:
    text = (
        "Mayor Peter Okafor spoke on the radio on Thursday. Okafor told Tom Mbeki that he "
        f"would call the port {L}a ruin no longer.{R}"
    )
    assert speaker_of(text, "a ruin no longer") == "Peter Okafor"


def test_two_given_names_before_one_surname_are_two_people() -> None:
    text = (
        "The parents of a fallen soldier, Omar and Leyla Haddad, spoke on Thursday.\n\n"
        f"Mr. Haddad said the candidate had shown {L}no respect{R} to his wife. "
        f"{L}I ask voters to choose unity,{R} Mr. Haddad said.\n\n"
        f"Ms. Haddad said she could not stay composed. {L}All the world felt my pain,{R} "
        "Ms. Haddad wrote.\n\n"
        f"Hillary Clinton and Bernie Sanders met later. {L}We agree,{R} Sanders said."
    )
    assert speaker_of(text, "I ask voters") == "Omar Haddad"
    assert speaker_of(text, "All the world") == "Leyla Haddad"
    assert speaker_of(text, "We agree") == "Bernie Sanders"


def test_a_quantifier_before_a_demonym_names_no_person() -> None:
    text = (
        "Al Brand founded the council in 1985.\n\n"
        f"Many Americans then saw the party as {L}the party of big government.{R}"
    )
    quote = next(q for q in extract(text).quotes if q.text.startswith("the party"))
    assert quote.speaker is None or quote.speaker.kind != SpeakerKind.PERSON


def test_a_name_with_an_unlisted_first_name_introduced_by_what_the_person_does() -> None:
    said = f"{L}We were lucky tonight,{R} he said."
    for opening in (
        "The goalkeeper Iker Balde smiled.",
        "Iker Balde, the goalkeeper, smiled.",  # the tagger reads "Iker" as an adjective
    ):
        assert speaker_of(f"{opening} {said}", "We were lucky") == "Iker Balde"
    # a demonym before a name is no first name
    text = f"Nigerian Abubakar Musa, the goalkeeper, smiled. {said}"
    assert speaker_of(text, "We were lucky") == "Abubakar Musa"


def test_the_first_of_two_surnames_refers_back_to_the_full_name() -> None:
    text = (
        "Marta Olivares Pinto, who runs the port authority, met the board on Monday.\n\n"
        f"{L}We need the money now,{R} said Marta Olivares Pinto.\n\n"
        f"Ms. Olivares said the fund was nearly gone. {L}It will not last the winter,{R} "
        f"Ms. Olivares said. {L}They never answer our letters,{R} Olivares said.\n\n"
        "Lee Harvey Brandt, a board member, disagreed. Harvey Cole, a dock worker, "
        f"did too. {L}Nobody asked us,{R} Mr. Harvey said."
    )
    assert speaker_of(text, "It will not last") == "Marta Olivares Pinto"
    assert speaker_of(text, "They never answer") == "Marta Olivares Pinto"
    # a listed first name between first and last names is a middle name
    assert speaker_of(text, "Nobody asked") != "Lee Harvey Brandt"


def test_a_surname_with_two_letters_swapped_is_a_slip_for_the_one_named() -> None:
    text = (
        "Colin Hartley, a former park ranger, has written a memoir about the fires.\n\n"
        f"{L}We were never told the truth,{R} Hartley said.\n\n"
        f"Harltey went on: {L}Nobody wanted to hear it.{R}\n\n"
        f"Dana Moreno, his editor, disagreed. {L}It is a fair book,{R} Morneo said."
    )
    assert speaker_of(text, "Nobody wanted") == "Colin Hartley"
    assert speaker_of(text, "It is a fair book") == "Dana Moreno"


def test_an_unnamed_speaker_keeps_the_pronoun_after() -> None:
    """An indefinite subject the article leaves unnamed is whom "he" or "she" after it
    means, not a person named before: "One of the X", a noun WordNet calls a person,
    a relative clause on a subject of "said", and "Another, a ..." before a quotation
    ending "?"."""
    text = (
        "Marta Ruiz opened the hearing on Tuesday.\n\n"
        "One of the porters who carried the crates, now retired, spoke from a side room. "
        f"{L}We never checked the seals,{R} he said."
    )
    assert speaker_of(text, "We never checked") == "one of the porters"
    text = (
        "Paul Egan, the ferry's captain, left the bridge at noon.\n\n"
        "A deckhand who had worked the route for years and who asked not to be named "
        f"said the radio failed. {L}Nobody answered us,{R} he said."
    )
    assert speaker_of(text, "Nobody answered") == "A deckhand"
    text = (
        f"{L}I came every week,{R} said one shopper, a man with a dog.\n\n"
        "Another, a young nurse on her way home, said the market was her only outing. "
        f"{L}Where else can I go?{R} she said.\n\n"
        "The market's manager, Ruth Kemble, said she was sorry."
    )
    assert speaker_of(text, "Where else") == "a young nurse"


def test_a_surname_of_two_words_owning_the_subject_is_what_she_means() -> None:
    """ "Htar Aye's role is unclear, but she said ...": the one the sentence is about,
    written by a surname of two words (neither a naming nor a lone name), not the woman
    quoted in the paragraph before."""
    text = (
        "MANDALAY - Daw Mya Htar Aye's allies on Monday predicted a landslide.\n\n"
        "That would be a triumph for Htar Aye, who has been revered since she led the "
        "protests of 1990.\n\n"
        "Appearing before her supporters, Htar Aye, 64, said it was too early to celebrate. "
        f"{L}We must wait for every vote,{R} she said.\n\n"
        f"{L}People waited for hours in the sun,{R} said Priya Raman of the Asia Rights "
        "Watch, who observed the voting.\n\n"
        "Htar Aye's role in the new government is unclear, but she said last week that she "
        f"would lead it. {L}I will be above the president,{R} she said."
    )
    assert speaker_of(text, "I will be") == "Htar Aye"
