""" "The company said" after a company the article names by one word (coref43): the word
is the company where the text marks it as one right after it (an appositive or a copula's
complement headed by "company" or "firm", a set-off "which"), or where it opens its
sentence as subject and "it" takes it there. On sentences written for the test."""

from __future__ import annotations

from core.extract import extract
from tests.test_pronouns import L, R


def speaker(text: str, fragment: str) -> str | None:
    for quote in extract(text).quotes:
        if quote.text.startswith(fragment):
            return quote.speaker.name if quote.speaker else None
    raise AssertionError(f"no quotation starts with {fragment!r}")


APPOSED = (
    "Shipping startup raises prices\n\n"
    "Marta Quell, a logistics analyst in Rotterdam, has followed the sector for a decade.\n\n"
    "Haulvex, a freight software firm based in Leeds, raised its fees on Monday. "
    f"{L}We had no choice after two years of losses,{R} the company said in a statement."
)
WHICH = (
    "Farm bill stalls in the state senate\n\n"
    "The filibuster drew attention from local employers such as Grainmor, which opposed the "
    f"bill. {L}We call on other businesses to join us in speaking out,{R} the company said."
)
ITS_SUBJECT = (
    "Video site tightens its rules\n\n"
    "Streamora relies on user reports to find abusive accounts, but recently it has gone "
    f"further. {L}There is no magic algorithm,{R} the company said on Tuesday."
)
COPULA = (
    "Lender settles\n\n"
    "Dana Kowalt served on a bank board from 2004 to 2006. Lendwise was one of several firms "
    "sued by the state for targeting borrowers.\n\n"
    f"{L}We regret the harm we caused,{R} the company said."
)
OWN_SENTENCE = (
    "Markets close higher\n\n"
    "Tellaro, the parent company of Vivrant, rose 3 percent on Friday. "
    f"{L}Our cloud business doubled,{R} the company said."
)


def test_a_word_set_off_as_a_firm_is_the_company() -> None:
    assert speaker(APPOSED, "We had no choice") == "Haulvex"


def test_a_word_set_off_with_which_is_the_company() -> None:
    assert speaker(WHICH, "We call on") == "Grainmor"


def test_a_subject_that_it_takes_is_the_company() -> None:
    assert speaker(ITS_SUBJECT, "There is no magic") == "Streamora"


def test_a_word_a_copula_calls_one_of_several_firms_is_the_company() -> None:
    assert speaker(COPULA, "We regret") == "Lendwise"


def test_a_word_in_the_companys_own_appositive_does_not_block_it() -> None:
    assert speaker(OWN_SENTENCE, "Our cloud business") == "Tellaro"


def test_a_word_alone_with_no_such_mark_stays_unresolved() -> None:
    text = WHICH.replace(", which opposed the bill", " and others")
    assert speaker(text, "We call on") != "Grainmor"


def test_a_subject_that_he_takes_is_no_company() -> None:
    text = ITS_SUBJECT.replace("recently it has", "recently he has")
    assert speaker(text, "There is no magic") != "Streamora"


def test_a_nearer_word_alone_in_a_later_sentence_still_blocks() -> None:
    text = APPOSED.replace(
        "raised its fees on Monday. ", "raised its fees on Monday. Rivals such as Cargono held. "
    )
    assert speaker(text, "We had no choice") != "Haulvex"
