"""orgs63: a definite noun for a body, when nothing named is in its reach, is the body its
earlier use was read as ("the bureau said ... The bureau also said"); and a body that said
something "in its report" speaks for "the report" named again. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # the second "the bureau" is three paragraphs past the name (right on main too,
            # by the capitalised name that ends in "Bureau"; kept as a guard)
            "The Pelham County Water Bureau on Monday ordered residents to boil tap water.\n\n"
            "“The order will stay in place until two clean samples come back,” the bureau "
            "said.\n\nMayor Ruth Okafor called the outbreak unacceptable. “Someone will answer "
            "for this,” Okafor said at City Hall.\n\nShe named a task force of three "
            "engineers.\n\nThe bureau later said that crews “have found the broken main.”",
            "broken main",
            "Pelham County Water Bureau",
        ),
        (  # a body named by its owner and a lower-case head: "the ministry" again
            "Brazil's finance ministry on Friday said it raised its growth forecast.\n\n"
            "“The recovery is broader than we expected,” the ministry said in a note.\n\n"
            "Economist Paulo Reis of Banco Lume was cautious. “One quarter is not a trend,” "
            "Reis said.\n\nThe ministry added that inflation “will ease by the spring.”",
            "ease by the spring",
            "Brazil's finance ministry",
        ),
        (  # a body that said something in its report; "The report" is that report
            "The Tri-State Transit Authority said Thursday that ridership fell 8 percent.\n\n"
            "“Remote work has changed the morning rush for good,” the authority said in its "
            "annual report.\n\nThe report warns that fares “may rise again next year.”",
            "may rise again",
            "Tri-State Transit Authority",
        ),
    ],
)
def test_body_nominal_chain(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker


def test_another_body_of_the_kind_breaks_the_chain() -> None:
    """ "another ministry" described since: the later "the ministry" is not the first one."""
    text = (
        "Brazil's finance ministry on Friday said it raised its growth forecast.\n\n"
        "“The recovery is broader than we expected,” the ministry said in a note.\n\n"
        "Another ministry, the one for planning, disagreed in a report of its own.\n\n"
        "The ministry added that inflation “will ease by the spring.”"
    )
    assert speaker_in_a_story(text, "ease by the spring") != "Brazil's finance ministry"


def test_another_body_named_since_breaks_the_chain() -> None:
    """Another body named since ("Harlow Freight said"): the later "the company" is not
    the first one, and stays as written."""
    text = (
        "“We pulled the listing,” Veldtmark Holdings said on Thursday.\n\n"
        "“Our mission is to move freight safely,” the company wrote.\n\n"
        "Harlow Freight Inc. said it would bid for the depot. The yard was busy all week.\n\n"
        "Councillor Daniel Okonkwo-Baird toured it.\n\n"
        "“Freight is up a third,” the company said."
    )
    assert speaker_in_a_story(text, "Freight is up") != "Veldtmark Holdings"
