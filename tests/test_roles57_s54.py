"""Branch roles57 (session 54): two kinds of the train role samples' misses (issue 15),
read as grammar over tagged words. A definite appositive headed by a kind of person no
role list holds ("the billionaire tech maverick who backed ...") names a role as an
indefinite one ("a billionaire tech maverick") already did; and a lower-case noun joined
by "and" to a title before a name names one too ("author and liberal firebrand Cornel
West"). Sentences written for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import role_at


# A definite appositive of a kind of person no role list holds, then a lower-case noun
# joined by "and" to a title before the name.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Nell Barker, the billionaire tech maverick, said <We win.>", "billionaire tech maverick"),
        ("Nell Barker, the billionaire tech maverick who backed Ron Paul's bid in 2008, said "
         "<We win.>", "billionaire tech maverick"),
        ("Nell Barker, the serial liar who ran, said <We win.>", "serial liar who ran"),
        # guards, the same before: an indefinite phrase; a noun that is no person's
        ("Nell Barker, a billionaire tech maverick, said <We win.>", "billionaire tech maverick"),
        ("Nell Barker, the main suspect, said <We win.>", None),
        ("<We win,> said Nell Barker, the guest of honor.", None),
        ("That's where author and liberal firebrand Nell Barker took it.",
         "author and liberal firebrand"),
        ("<We win,> said author and firebrand Nell Barker.", "author and firebrand"),
        # guards, the same before: adjectives after "and"; two people after "the"; no
        # title before "and"; no noun but the title's
        ("<We win,> said presidential candidate and proud progressive Nell Barker.",
         "presidential candidate and proud progressive"),
        ("<We win,> said the president and first lady Nell Barker.", "first lady"),
        ("<We win,> said Trump pal and ex-casino exec Nell Barker.", None),
        ("<We win,> said the economy and policy Nell Barker.", None),
    ],
)  # fmt: skip
def test_a_kind_of_person_apposed_or_joined_to_a_title_is_a_role(
    text: str, role: str | None
) -> None:
    assert role_at(text, "Nell Barker") == ([role] if role else [])


def test_a_person_noun_in_a_complement_is_no_head() -> None:
    text = "His preference for Nell, a suggestion from his Irish-American mother, angered him."
    assert role_at(text, "Nell") == []
