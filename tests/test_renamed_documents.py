"""orgs62: a definite document noun that no sentence before uses names the last document
again under another noun ("the council wrote in its study. The report adds"), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_attribution_probes import speaker_in_a_story


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # a body named by a definite noun writes in its analysis; "the report" is it
            "The Granite Budget Council said Friday that the bill would cost $40 million. "
            "“Most of the cost falls in the first year,” the council wrote in its analysis. "
            "The report adds that schools “would bear the largest share.”",
            "largest share",
            "Granite Budget Council",
        ),
        (  # a body by its name writes in its review; "the report" names the review again
            "“Lottery sales will fall for a third year,” the Legislative Fiscal Office wrote "
            "in its review. The report adds that the drop “is steepest in rural counties.”",
            "steepest in rural",
            "Legislative Fiscal Office",
        ),
        (  # a memo written by a person, named again as "the document"
            "A memo written by campaign manager Dan Loomis reached reporters on Friday. "
            "“We cannot win Ohio without the suburbs,” the document says.",
            "without the suburbs",
            "Dan Loomis",
        ),
    ],
)
def test_renamed_document_speaks_for_its_author(text: str, fragment: str, speaker: str) -> None:
    assert speaker_in_a_story(text, fragment) == speaker
