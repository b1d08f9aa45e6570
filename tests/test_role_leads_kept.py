"""roles._role_leads finds an article's role-leading "the"s once for its namings (speed62):
the list kept must be the text's own, the same for each reader that asks."""

from __future__ import annotations

from collections import Counter

from core import roles
from core.person import Person


def _starts(text: str, namings: roles._Namings) -> list[int]:
    return [match.start() for match in roles._role_leads(text, namings)]


def test_role_leads_are_the_texts_own_and_kept() -> None:
    text = (
        "The vote was close. Mara Quell spoke first. The senator from Ohio said the bill "
        "would pass, and the weather held all through a long, slow afternoon. Then the chief "
        "executive left."
    )
    people = [Person(name="Mara Quell")]
    namings = roles._Namings(text, people, Counter({"quell": 1}))
    leads = _starts(text, namings)
    # after the first naming only, and only where a role word follows within eight words
    # ("the bill", "the weather": none)
    assert leads == [text.index("The senator"), text.index("the chief")]
    assert roles._role_leads(text, namings) is roles._role_leads(text, namings)
    other = text.replace("The senator from Ohio", "Everyone")  # another text, same namings
    assert _starts(other, namings) == [other.index("the chief")]
