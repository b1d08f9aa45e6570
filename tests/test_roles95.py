"""Branch roles95: a definite nominal apart from any attribution that the coreference now
resolves to a speaker with no role (issue 15; train's role samples: R1, a role given only
by a definite nominal). A name read as its sentence's subject right after a participle set
after a noun ("the group backing Nell Barker is ...") is that participle's object and binds
no nominal later in the sentence; a nominal opening a clause coordinated after the first
(", and the Iowa governor ...") is that clause's subject's, when no one else the sentence
names before it may hold its office. Sentences written for this branch, people invented."""

from __future__ import annotations

import pytest

from tests.analyses import roles_of

_QUOTED = "\n<We will win Iowa,> Barker said on Monday.\n"


_PAIR = "Ann Lee and Sen. Tom Reed campaigned in Ames on Sunday.\n"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Days before the vote, the group backing Nell Barker is trying to undo the story that"
         " the Democratic front-runner is beholden to banks." + _QUOTED,
         "Democratic front-runner"),
        (_PAIR + "Nell Barker attacked Reed in the debate, and the Iowa governor mocked the"
         " senator's canned lines." + _QUOTED, "Iowa governor"),
        (_PAIR.replace("Sen. ", "") + "Nell Barker met Reed in the hall, and the Iowa governor"
         " praised the crowd." + _QUOTED, None),  # either may be the governor: neither is
        (_PAIR + "Nell Barker said the Iowa governor would lose." + _QUOTED, None),  # another
    ],
)  # fmt: skip
def test_a_nominal_the_coreference_resolves_past_a_participle_or_a_conjunction(
    text: str, role: str | None
) -> None:
    assert roles_of(text)["Nell Barker"] == role
