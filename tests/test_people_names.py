"""Issue 14 (people25): who a speaker phrase is, on sentences written here.

An office written where a person is named keeps a nominal of another office off them; a
name with a particle is called by the word before it; a family name written before a
hyphenated given name is a name; a thing owned by "his" or "her" speaks for its owner;
a definite nominal is a pronoun's antecedent where the article names no one.
"""

from __future__ import annotations

import pytest

from core.document import Metadata, SpeakerKind
from core.extract import extract
from core.identity import read_speaker
from core.library import Library
from tests.analyses import speaker_of
from tests.test_identity import said

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    "naming",
    [
        "Opposition MP Jabu Nkosi rose to interrupt the finance minister.",
        "Jabu Nkosi, an opposition MP, rose to interrupt the finance minister.",
        "Jabu Nkosi, a former governor, rose to interrupt the finance minister.",
    ],
)
def test_the_speaker_is_not_a_member_whose_office_is_another(naming: str) -> None:
    text = f"{naming}\n\n{L}Let him finish,{R} the Speaker said. {L}Sit down,{R} Nkosi said."
    assert speaker_of(text, "Let him finish", kind=True) == ("speaker", "anonymous")
    assert speaker_of(text, "Sit down", kind=True) == ("Jabu Nkosi", "person")


@pytest.mark.parametrize(
    "naming",
    [
        "Jabu Nkosi, the Speaker of the assembly, rose to calm the finance minister.",
        "Her chief rival Jabu Nkosi rose to interrupt the finance minister.",  # no office
    ],
)
def test_the_speaker_may_be_the_one_named_with_that_office_or_none(naming: str) -> None:
    text = f"{naming}\n\n{L}Let him finish,{R} the Speaker said."
    assert speaker_of(text, "Let him finish", kind=True) == ("Jabu Nkosi", "person")


def test_a_name_with_a_particle_is_called_by_the_word_before_it() -> None:
    text = (
        "Luiz Inácio Lula da Silva spoke to supporters in São Paulo on Monday. "
        f"{L}We will win again,{R} Lula said."
    )
    assert speaker_of(text, "We will win", kind=True) == ("Luiz Inácio Lula da Silva", "person")


def test_a_family_name_before_a_hyphenated_given_name_is_a_name() -> None:
    text = (
        "In 2011 Yoo Ji-hye broke her left wrist while skiing near Pyeongchang. "
        f"{L}I could not hold a pen for months,{R} she recalls."
    )
    assert speaker_of(text, "I could not", kind=True) == ("Yoo Ji-hye", "person")


def test_a_family_name_first_opening_a_sentence_is_the_person_named() -> None:
    text = (
        "A diplomat looks back.\n\nBan Ki-moon, the soft-spoken secretary general of the "
        "United Nations, sat in a hotel lobby in Geneva on a wet morning, sounding relaxed "
        "and reflective.\n\nThe talks went on."
    )
    found = extract(text)
    assert [(s.speaker.name, s.speaker.kind) for s in found.statements if s.speaker] == [
        ("Ban Ki-moon", SpeakerKind.PERSON)
    ]  # not a description "ban Ki-moon" (the verb "ban" opening a sentence)


def test_a_description_beside_a_name_is_that_person() -> None:
    def speakers(text: str) -> list[str | None]:
        return [s.speaker.name if s.speaker else None for s in extract(text).statements]

    text = "The group raised $100,000 from Tom Reyes, a Texas oil executive, who had supported "
    assert speakers(text + "Senator Marco Rubio of Florida.") == ["Tom Reyes"]
    text = "Mrs. Clinton, a top aide said, will campaign in Ohio on Friday."
    assert speakers(text) == ["a top aide"]  # a speaker set between commas, not her


def test_a_hyphenated_word_after_a_capitalised_one_is_no_name() -> None:
    text = f"The Anti-war march began at noon. {L}We will walk all day,{R} organisers said."
    assert speaker_of(text, "We will walk", kind=True)[0] != "Anti-war"


def test_her_twitter_account_speaks_for_her() -> None:
    text = (
        "Jane Kowalski spoke at the convention on Thursday.\n\n"
        f"The next day, her Twitter account posted: {L}Watch the whole speech here.{R}"
    )
    assert speaker_of(text, "Watch the whole", kind=True) == ("Jane Kowalski", "person")


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("her spokesman", "her spokesman", "anonymous"),
        ("her aides", "her aides", "anonymous"),
        ("her campaign", "Kowalski campaign", "organisation"),  # as "the Kowalski campaign"
    ],
)
def test_her_people_speak_for_themselves(phrase: str, name: str, kind: str) -> None:
    text = f"Jane Kowalski spoke on Thursday. {L}We will win,{R} {phrase} said."
    assert speaker_of(text, "We will win", kind=True) == (name, kind)


def test_an_unnamed_nominal_is_the_antecedent_of_she() -> None:
    text = (
        "When I put this to the housing minister last week, she waved it away. "
        f"{L}We have built more homes than any government before us,{R} she told me."
    )
    assert speaker_of(text, "We have built", kind=True) == ("housing minister", "anonymous")


def test_a_nominal_inside_a_quotation_is_no_antecedent() -> None:
    text = f"{L}The president is wrong about this,{R} she said."
    assert speaker_of(text, "The president", kind=True) == (None, None)


def test_a_nominal_of_the_other_sex_is_no_antecedent() -> None:
    text = f"We asked the congresswoman about it. {L}We will win,{R} he said."
    assert speaker_of(text, "We will win", kind=True) == (None, None)


# ---------------------------------------------------------------- the library
def test_a_person_and_an_organisation_of_one_name_never_join(library: Library) -> None:
    said(library, "Donald Trump", gender="m")
    said(library, "Trump", kind=SpeakerKind.ORGANISATION)
    said(library, "Trump Organization", kind=SpeakerKind.ORGANISATION)
    said(library, "Trump", gender="m")
    kinds = sorted((s.name, s.kind) for s in library.speakers())
    assert kinds == [
        ("Donald Trump", "person"),
        ("Trump", "organisation"),
        ("Trump Organization", "organisation"),
    ]


def test_a_named_owner_s_twitter_account_is_the_owner() -> None:
    read = read_speaker("Jane Kowalski's Twitter account", SpeakerKind.ANONYMOUS)
    assert read is not None and (read.name, read.kind) == ("Jane Kowalski", SpeakerKind.PERSON)


def test_a_named_owner_s_press_secretary_is_someone_else() -> None:
    read = read_speaker("Jane Kowalski's Press Secretary", SpeakerKind.ANONYMOUS)
    assert read is not None and read.kind == SpeakerKind.ANONYMOUS


def test_a_surname_of_two_people_is_the_one_its_clause_s_pronoun_fits() -> None:
    text = (
        f"Vera Okafor campaigned in Dover on Monday. {L}It is going to be close,{R} Vera "
        "Okafor said. Her husband, Mark Okafor, spoke in Milford.\n\n"
        f"At the last stop, Okafor said as he introduced his wife, {L}She will win this.{R} "
        f"Okafor told reporters, {L}We are close,{R} as she left."
    )
    assert speaker_of(text, "She will win", kind=True) == ("Mark Okafor", "person")
    # the one quoted most
    assert speaker_of(text, "We are close", kind=True) == ("Vera Okafor", "person")


def test_a_person_s_surname_after_an_organisation_noun_is_the_person() -> None:
    """ "the kind of campaign Ayotte hoped to be running": the noun before the surname
    is no outlet's ("the newspaper Haaretz"); the person named in full is the speaker."""
    text = (
        "Senator Kelly Ayotte toured Manchester on Friday. This is not the kind of campaign "
        "Ayotte hoped to be running. She acknowledges that she did not expect it."
    )
    [hoped] = [s for s in extract(text).statements if s.cue == "hoped"]
    assert hoped.speaker is not None
    assert (hoped.speaker.name, hoped.speaker.kind) == ("Kelly Ayotte", SpeakerKind.PERSON)


def test_a_role_noun_after_a_quoted_reply_is_the_other_party() -> None:
    """An exchange: the councillor asks, the manager answers by name, and "the
    councillor shot back" is the councillor again, not the one who just answered."""
    text = (
        "Councillor Maeve Tierney-Doyle asked the works manager, Oskar Lindqvist-Hale, "
        f"whether the cost was {L}final or a guess{R}.\n\n"
        f"{L}It is the figure we have,{R} Mr Lindqvist-Hale replied.\n\n"
        f"{L}That does not answer me,{R} the councillor shot back."
    )
    assert speaker_of(text, "That does not", kind=True) == ("Maeve Tierney-Doyle", "person")


@pytest.mark.parametrize("noun", ["Finn", "Scot"])
def test_a_first_name_after_the_alone_is_a_noun_for_the_person(noun: str) -> None:
    """ "the Finn said": a listed first name is never written after "the" alone, so it
    describes someone where they come from, like "the Texan"; the person just named."""
    text = (
        "Tallinn 2 Kalev 0\n\nKalev coach Jari Virtanen was left furious by the referee. "
        f"{L}We were robbed twice,{R} the {noun} said."
    )
    assert speaker_of(text, "We were robbed", kind=True) == ("Jari Virtanen", "person")


@pytest.mark.parametrize("verb", ["told", "has warned"])
def test_a_pronoun_is_not_the_name_its_own_verb_governs(verb: str) -> None:
    """ "“...,” he told Hannity": the pronoun is not the one its verb names after it,
    though that one was the last subject; the one asked, named before, answers."""
    text = (
        "Councillor Piet Okonkwo-Baird spoke at the depot on Tuesday. "
        f"{L}The yard stays open,{R} Okonkwo-Baird said.\n\n"
        "Radio host Anselm Kittering-Voss asked Okonkwo-Baird about the cost.\n\n"
        f"{L}It is paid for twice over,{R} he {verb} Kittering-Voss."
    )
    assert speaker_of(text, "It is paid for", kind=True) == ("Piet Okonkwo-Baird", "person")


def test_an_email_his_campaign_sent_is_the_campaign_s() -> None:
    """ "his campaign sent out a fundraising email ... read the email": the campaign of
    the man "his" refers to, named as "the Okonkwo-Baird campaign" would be, not a row
    called "email"."""
    text = (
        "Councillor Piet Okonkwo-Baird will stay in the race, his rival predicted.\n\n"
        "On Saturday, his campaign sent out a fundraising email about the depot. "
        f"{L}The yard stays open because of you,{R} read the email."
    )
    campaign = ("Okonkwo-Baird campaign", "organisation")
    assert speaker_of(text, "The yard stays", kind=True) == campaign


def test_the_post_after_the_washington_post_is_the_washington_post() -> None:
    """ "the Post" after "The Washington Post": the organisation named by what follows
    the place in its name is the one the article wrote in full, one row, as a surname
    is the person; "the White House" keeps its name ("White" is no place)."""
    text = (
        "The Washington Post reported on Monday that the depot deal had collapsed. "
        "The White House declined to comment.\n\n"
        f"{L}The talks are over,{R} the Post said in an editorial."
    )
    assert speaker_of(text, "The talks are over", kind=True) == ("Washington Post", "organisation")


def test_a_pronoun_after_a_topic_is_the_topic() -> None:
    """ "As for Okonkwo-Baird, he said he was not worried": the sentence opens on its
    topic, and the pronoun after it is him, not the man quoted last."""
    text = (
        "Councillor Piet Okonkwo-Baird and Alderman Ivo Brandsma-Leek met the press.\n\n"
        f"{L}The levy would be a disaster,{R} Brandsma-Leek said.\n\n"
        "As for Okonkwo-Baird, he said he was not worried. "
        f"{L}The depot will pay for itself,{R} he said."
    )
    assert speaker_of(text, "The depot will", kind=True) == ("Piet Okonkwo-Baird", "person")


def test_a_pronoun_after_a_subject_of_the_other_sex_is_the_man_named_beside_her() -> None:
    """ "For that she drew Okonkwo-Baird's anger - he called her “...”": her sentence
    names one man, and "he" is him, not the man named in the paragraph before."""
    text = (
        "Alderman Peter Brandsma-Leek has not endorsed Councillor Daniel Okonkwo-Baird.\n\n"
        "Councillor Martha Lindqvist-Oyelaran criticised Okonkwo-Baird once, saying she was "
        f"{L}appalled{R} by the plan. For that she drew Okonkwo-Baird's anger - he called "
        f"her {L}a lightweight{R} at a rally."
    )
    assert speaker_of(text, "a lightweight", kind=True) == ("Daniel Okonkwo-Baird", "person")


@pytest.mark.parametrize("noun", ["company", "group"])
def test_the_company_is_the_organisation_last_named(noun: str) -> None:
    """ "“...,” Veldtmark Foundation said in a statement ... “...,” the company wrote": the
    organisation the article last named, not a row called "company"; a noun whose
    paragraph and the one before name none is the body the same noun was read as before
    (orgs63: ``GroupResolver.body_of_same_noun``; it stays as written where another body is named
    since, see tests/test_body_nominal_chain.py)."""
    text = (
        f"{L}We pulled the listing,{R} Veldtmark Foundation said in a statement on "
        "Thursday.\n\n"
        f"{L}Our mission is to move freight safely,{R} the {noun} wrote.\n\n"
        "The depot reopened on Friday. Councillor Daniel Okonkwo-Baird toured it.\n\n"
        "The yard was busy all week.\n\n"
        f"{L}Freight is up a third,{R} the {noun} said."
    )
    assert speaker_of(text, "Our mission", kind=True) == ("Veldtmark Foundation", "organisation")
    assert speaker_of(text, "Freight is up", kind=True) == ("Veldtmark Foundation", "organisation")


def test_it_added_is_the_organisation_quoted_before() -> None:
    """ "“...,” the Veldtmark Foundation said in a statement. It added, “...”": the
    organisation, not a quotation without a speaker; an "it" that is no speaker's
    subject ("it is possible ...") gives none."""
    text = (
        f"{L}We pulled the listing,{R} Veldtmark Foundation said in a statement on "
        f"Thursday. It added, {L}We want no part in the sale.{R}\n\n"
        "The sale may go ahead. Still, it is possible this could shape the "
        f"{L}provisional arrangement for the depot and its yard{R} in the end."
    )
    foundation = ("Veldtmark Foundation", "organisation")
    assert speaker_of(text, "We want no part", kind=True) == foundation
    assert speaker_of(text, "provisional arrangement", kind=True) == (None, None)


def test_his_is_the_name_opening_its_own_clause() -> None:
    """ "As the hearing went on and Peter Vasko stood by his remark that “...”": the
    possessive is the name that opens its clause (the tagger reads "stood" as a noun
    there), not the man quoted before; with another name between ("Olsen pressed Vasko
    on his remark") it is left to the order of mention."""
    text = (
        f"Henrik Olsen spoke first. {L}I am not telling you the fund is empty,{R} Olsen said "
        "to the committee.\n\n"
        "As the hearing went on and Peter Vasko stood by his remark Monday that "
        f"{L}the fund is safe,{R} Olsen tried again to question the treasurer."
    )
    assert speaker_of(text, "the fund is safe", kind=True) == ("Peter Vasko", "person")


def test_who_after_a_dash_is_the_name_before_it() -> None:
    """ "Gov. Tomas Brandt — who is weighing a run — ..., at one point calling the mayor a
    “liar”": the aside's "who" is the name before the dash, as after a comma."""
    text = (
        "Gov. Tomas Brandt — who is being weighed as a running mate for the nominee — made "
        "the port a priority, and he has battled with Mayor Ines Okafor over the budget, at "
        f"one point calling the mayor a {L}liar.{R}"
    )
    assert speaker_of(text, "liar", kind=True) == ("Tomas Brandt", "person")


def test_the_judge_is_the_one_judge_named_later() -> None:
    """ "“...,” the judge exclaimed" after a lawyer's words, in an article that names
    "Judge Holt" only further on: the judge, not the lawyer last quoted."""
    text = (
        f"Then Victor Dunmore made his case. {L}There is not a single case like this one,{R} "
        "Dunmore said. He sat down.\n\n"
        f"The judge rubbed his chin. {L}We have both said the same thing,{R} the judge "
        "exclaimed.\n\n"
        "Later Judge Holt took a short recess, and the court waited."
    )
    assert speaker_of(text, "We have both said", kind=True)[0] == "Holt"


def test_he_after_the_writers_clause_is_the_man_named_in_it() -> None:
    """ "Later, when I emailed Dunmore to thank him, he replied, “...”": the one man the
    writer's opening clause names, not the judge quoted before."""
    text = (
        f"Victor Dunmore smiled. Judge Aaron Holt returned. {L}No one here needs to go to "
        f"jail,{R} Judge Holt said. Judge Holt then took a short recess.\n\n"
        "Later, when I emailed Dunmore to thank him for his work, he replied, "
        f"{L}This was one of my finest days in court.{R}"
    )
    assert speaker_of(text, "This was one of", kind=True)[0] == "Victor Dunmore"


def writer_of(text: str, fragment: str, author: str | None) -> str | None:
    for quote in extract(text, Metadata(author=author)).quotes:
        if quote.text.startswith(fragment):
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation starts with {fragment!r}")


def test_the_writers_i_is_the_one_author_the_byline_names() -> None:
    """ "“...,” I told him": in a first-person piece whose byline names one person, the
    writer's own words are the author's; with no byline, or two authors, no one's."""
    text = (
        f"The mayor was furious. {L}I will never sign it,{R} Mayor Ada Pell said.\n\n"
        f"{L}That is not what the law says,{R} I told her at the time."
    )
    assert writer_of(text, "That is not", "Tomas Varga") == "Tomas Varga"
    assert writer_of(text, "I will never", "Tomas Varga") == "Ada Pell"
    assert writer_of(text, "That is not", None) is None
    assert writer_of(text, "That is not", "Tomas Varga and Ana Lee") is None


def test_a_transcripts_i_is_no_writers() -> None:
    """In a transcript ("PELL: ..."), an "I" is the person a label names, not the author
    of the post that sets it out: the turn, with the quotation inside it, is Pell's."""
    text = (
        "Mayor Ada Pell spoke on Sunday. Partial transcript as follows:\n\n"
        "HOST: Will you sign it?\n\n"
        f"PELL: No. {L}Never,{R} I said then, and I say it now."
    )
    assert writer_of(text, "No. \u201cNever,\u201d I said", "Tomas Varga") == "Ada Pell"


def test_one_word_that_is_no_name_is_no_person() -> None:
    """A speaker known by one word alone that is a frequent word (a transcript's
    "VIDEO:") or a place ("the committee on Benghazi ... Benghazi said") is no person in
    the speaker list; a surname the article names in full stays one."""
    text = (
        "The host played a clip. Partial transcript as follows:\n\n"
        f"VIDEO: {L}They all told me it was a video when they knew it was not.{R}\n\n"
        "Democrats on the House Select Committee on Benghazi plan to release transcripts. "
        f"Benghazi said the claims were {L}significant breakthroughs{R} in the case.\n\n"
        f"{L}We will win,{R} Rice said. Ambassador Susan Rice spoke later."
    )
    assert speaker_of(text, "They all told", kind=True)[1] != "person"
    assert speaker_of(text, "significant", kind=True) == ("Benghazi", "organisation")
    assert speaker_of(text, "We will win", kind=True) == ("Susan Rice", "person")
