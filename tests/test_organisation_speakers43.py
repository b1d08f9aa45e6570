"""Organisations as speakers (orgunify, session 43): "the union said", "the fund said in a
statement", "it said", "the paper's editorial board wrote" after the organisation was
named, and names that a word makes an organisation's ("Sabine Petroleum": a listed first
name before "Petroleum"). Stories written for the test, none from PolNeAR."""

from __future__ import annotations

import pytest

from core import lexicons
from core.extract import attribute
from core.kind_evidence import organisation_appositive
from core.organisation_names import (
    BODY_KINDS,
    body_fits,
    named_organisations,
    person_named_like_organisation,
)

H = "A headline in title case\n\n"
L, R = "\u201c", "\u201d"


def story(opening: str, quote: str, after: str) -> str:
    return f"{H}{opening} {L}{quote},{R} {after}.\n"


# (id, story, opening words of the quotation, the speaker wanted)
STORIES = [
    ("institute", story("The Brandywine Institute released a study of state budgets on Monday.",
     "The deficits are structural", "the institute said"), "The deficits", "Brandywine Institute"),
    ("union", story("The Harbor Nurses Association voted to strike on Friday.",
     "We have no choice", "the union said"), "We have no", "Harbor Nurses Association"),
    ("fund_statement", story("Kestrel Ridge Capital bought a stake in the bank last year.",
     "We remain patient investors", "the fund said in a statement"), "We remain",
     "Kestrel Ridge Capital"),
    ("spokesman", f"{H}{L}The plant is safe,{R} a spokesman for Harlow Energy said on Tuesday.\n",
     "The plant is safe", "a spokesman for Harlow Energy"),
    ("agency", story("The Environmental Protection Agency proposed new limits on soot.",
     "The science is clear", "the agency said"), "The science", "Environmental Protection Agency"),
    ("department", story("The Department of Veterans Affairs opened an inquiry on Monday.",
     "We take these reports seriously", "the department said"), "We take",
     "Department of Veterans Affairs"),
    ("editorial_board", story("In an editorial on Sunday, the Millbrook Ledger urged voters to "
     "reject the levy.", "The county has not made its case", "the paper's editorial board wrote"),
     "The county has", "Millbrook Ledger"),
    ("fund_after_of", story("New money is also bolstering the efforts of Prairie Liberty Fund, a "
     "nonprofit that ran ads last week.", "Voters deserve the truth", "the group said"),
     "Voters deserve", "Prairie Liberty Fund"),
    ("petroleum_apposed", story("The refinery's operator, Sabine Petroleum, said the fire was out.",
     "The fire is contained", "the company said"), "The fire is", "Sabine Petroleum"),
    ("petroleum_subject", story("Dana Petroleum said on Monday that output fell.",
     "The quarter was difficult", "the company said"), "The quarter", "Dana Petroleum"),
    ("holdings_it", story("Marlow Holdings reported a loss on Thursday.",
     "We expect a recovery next year", "it said"), "We expect", "Marlow Holdings"),
    ("partners_firm", story("Shares rose after Carver Partners disclosed a stake.",
     "The board must act", "the firm said in a letter"), "The board must", "Carver Partners"),
    ("council", story("The Riverside Tenants Council called for a rent freeze on Wednesday.",
     "Rents are out of control", "the council said"), "Rents are", "Riverside Tenants Council"),
    ("group_no_head", story("Clean Water Action sued the state on Monday.",
     "The permits are illegal", "the group said"), "The permits", "Clean Water Action"),
    ("group_company", story("Tallis Group cut 400 jobs on Tuesday.",
     "These decisions are never easy", "the company said"), "These decisions", "Tallis Group"),
    ("newspaper", story("The Kessel Courier endorsed the mayor on Sunday.",
     "She has earned another term", "the newspaper wrote"), "She has earned", "Kessel Courier"),
    ("editors_of", story("The editors of The Dunmore Herald called the plan reckless.",
     "It will bankrupt the city", "the editorial said"), "It will bankrupt", "Dunmore Herald"),
    ("campaign", story("The Mendel campaign released a new ad on Friday.",
     "The ad speaks for itself", "the campaign said"), "The ad speaks", "Mendel campaign"),
    ("ministry", story("The Ministry of Health reported 40 new cases.",
     "The situation is under control", "the ministry said"), "The situation", "Ministry of Health"),
    ("it_opens", story("Orbis Technologies unveiled a new chip on Tuesday.",
     "It is twice as fast", "it said"), "It is twice", "Orbis Technologies"),
    ("pac", story("Liberty Forward PAC spent $2 million on ads in Ohio.",
     "We will keep spending", "the group said"), "We will keep", "Liberty Forward PAC"),
    ("person_like_fox", story("Mary Fox, a lawyer for the family, spoke on Monday.",
     "They want answers", "Fox said"), "They want", "Mary Fox"),
    ("foundation", story("A grant from the Halverson Foundation paid for the study.",
     "We fund research that matters", "the foundation said"), "We fund", "Halverson Foundation"),
    ("coalition", story("The Coalition for Safe Streets held a rally outside City Hall.",
     "Enough is enough", "the coalition said in a statement"), "Enough is",
     "Coalition for Safe Streets"),
    ("energy", story("Harlow Energy shut two wells after the leak.",
     "No one was hurt", "the company said on Wednesday"), "No one was", "Harlow Energy"),
    ("bank", story("Regents Bank agreed to pay a $5 million fine.",
     "We have changed our practices", "the bank said"), "We have changed", "Regents Bank"),
    ("geologist", story("Grant Petroleum, a geologist at the university, studied the spill.",
     "The damage is lasting", "he said"), "The damage", "Grant Petroleum"),
]  # fmt: skip
KNOWN_WRONG = {
    "fund_statement": "a name no word makes an organisation's (Capital) for a noun no kind fits",
    "editorial_board": '"In an editorial, X urged" is no construction EDITORIALS_OF reads',
    "group_no_head": '"Clean Water Action": no word in it makes it an organisation',
    "newspaper": '"Courier" is no word of the news outlet list',
    "geologist": '"Petroleum" is no surname: a person so named is read as a company',
}


def _speaker_of(text: str, opening: str) -> str | None:
    reading = attribute(text, model=None)
    for a in reading.attributions:
        if a.quote.span.of(text).lstrip(L).startswith(opening):
            return a.mention.person.name if a.mention and a.mention.person else None
    raise AssertionError(f"no quotation opens with {opening!r}")


@pytest.mark.slow
@pytest.mark.parametrize(("key", "text", "opening", "wanted"), STORIES, ids=[s[0] for s in STORIES])
def test_organisation_speaks(key: str, text: str, opening: str, wanted: str) -> None:
    right = _speaker_of(text, opening) == wanted
    assert right != (key in KNOWN_WRONG), KNOWN_WRONG.get(key, "")


def test_a_word_that_is_no_surname_makes_a_company() -> None:
    assert not person_named_like_organisation(["Sabine", "Petroleum"])
    assert not person_named_like_organisation(["Dana", "Holdings"])
    assert person_named_like_organisation(["Mary", "Fox"])  # a news outlet's word


def test_a_company_named_after_its_first_name() -> None:
    text = "Plant fire\n\nThe refinery's operator, Sabine Petroleum, said the fire was out."
    assert [n for _, n, _ in named_organisations(text, text.find("\n") + 1)] == ["Sabine Petroleum"]


def test_an_appositive_calls_a_name_an_organisation() -> None:
    text = "the efforts of Prairie Liberty Fund, a politically active nonprofit that ran ads"
    assert organisation_appositive(text, text.find(","))
    text = "the efforts of Dana Prairie, a retired teacher who ran for mayor"
    assert not organisation_appositive(text, text.find(","))


def test_one_news_outlet_list() -> None:
    assert BODY_KINDS["press"] is lexicons.news_outlet_words()
    assert body_fits("Dunmore Herald", "newspaper")
    assert not body_fits("Dunmore Herald", "group")
    assert body_fits("Harbor Nurses Association", "union")
