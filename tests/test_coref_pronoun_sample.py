"""Who "he" and "she" name in a third hand-judged train sample of ambiguous pronouns.

tests/data/train_pronouns_3.tsv holds 60 train quotations (one per article) whose annotated
Source is "he" or "she" and that the people proxy (benchmarks/train_people.py) leaves out
as ambiguous, drawn with a new seed without the earlier pronoun and nominal samples'
quotations and judged by reading each article up to the quotation before On Record's output
was looked at (see the file's header). Scored as tests/test_pronoun_sample.py scores its
samples: the paired quote's speaker must name the judged person (polnear_people.py's rule);
"unresolvable" rows are left out. First judged on main 7254007: 55 of 59 right, the honest
estimate for the pronouns the proxy cannot see; the coref38 mends (the subject of the
sentence before over a more mentioned man; a name with an unlisted first name introduced
by "One pastor ..., Darran Whiting of ...") make it 57.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyses import analysis
from tests.test_pronoun_sample import SHARED, TRAIN, names_match, paired, rows

SAMPLE_3 = Path(__file__).parent / "data" / "train_pronouns_3.tsv"
FIRST_3 = "55/59"
FLOOR_3 = 57 / 59
EARLIER = [  # the samples it was drawn without
    SAMPLE_3.with_name(f"train_{kind}{part}.tsv")
    for kind in ("pronouns", "nominals")
    for part in ("", "_2", "_3")
    if SAMPLE_3.with_name(f"train_{kind}{part}.tsv") != SAMPLE_3
]


def test_the_third_sample_is_well_formed() -> None:
    sample = rows(SAMPLE_3)
    assert len(sample) == 60
    assert len({r.article for r in sample}) == len(sample)
    assert {r.pronoun for r in sample} == {"he", "she"}
    seen = {(r.article, r.start) for path in EARLIER for r in rows(path)}
    assert len(seen) > 300
    assert not {(r.article, r.start) for r in sample} & seen


@pytest.mark.slow
def test_third_pronoun_sample_names_the_judged_person() -> None:
    if not (TRAIN / "text").is_dir() or not (SHARED / "tools" / "polnear_people.py").is_file():
        pytest.skip(f"the PolNeAR train split or polnear_people.py is not under {SHARED}")
    rule = names_match()
    judged = [r for r in rows(SAMPLE_3) if r.person != "unresolvable"]
    wrong = []
    for row in judged:
        found = analysis("train", row.article)
        quote = paired(found.text, row.start, row.end, found.quotes)
        name = quote.speaker.name if quote and quote.speaker else None
        if not rule(row.person, "person", name):
            shown = "(quotation not found)" if quote is None else repr(name)
            wrong.append(f"{row.article} {row.start} [{row.pronoun}] {shown}, judged {row.person}")
    right = len(judged) - len(wrong)
    print(f"{SAMPLE_3.name}: {right}/{len(judged)} right (first judged {FIRST_3})")
    print("\n".join(wrong))
    assert right / len(judged) >= FLOOR_3, "\n".join(wrong)
