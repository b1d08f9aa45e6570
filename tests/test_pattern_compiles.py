"""Extraction compiles no regular expression per name: reading more names costs no more
patterns. A pattern built from a name is compiled (a re cache miss, more than a million
instructions) for every new name, and such compiles crept back between reviews (perf41:
303 over 84 train articles, perf43: 578, cut to 283 by reading the article's word index,
``nlp.word_starts``). New code that looks a name up should read that index or check the
literal first; this test names the place that does not, for the readers its story reaches
(offices, couples and kin names, perf43's other places left, it does not write)."""

import random
import re
import traceback
from pathlib import Path

from core.ingest import analyse

# One story of six people, each surname fresh in every copy: a headline of a name before a
# word the article writes in lower case (``headline_name_end``), full names and surnames
# alone, an honorific, a given name alone, a possessive, kin, a role, an organisation named
# after someone ("the ... Foundation"), "the senator", "the foundation", and a given name on
# no list before a surname the article writes alone (``_given_before_known_surname``).
STORY = """Poll Shows {G1} {S1} Most Popular

{G1} {S1}, the governor of Ohio, said on Tuesday that most voters back the plan. "We cannot \
wait," {S1} said. Senator {G2} {S2} of Texas disagreed. "It is the wrong plan," said {S2}, \
a Republican. {G2} said the vote would fail.
Mr. {S1} told reporters that {S2} was wrong, according to {G3} {S3}, a spokeswoman for the \
{S4} Foundation. "He knows better," {S3} said in a statement. The foundation said it would \
publish a report.
{S1}'s wife, {G4} {S1}, said her husband "will not back down." {G2} {S2}'s campaign \
manager, {G5} {S5}, said the senator "has the votes." {U6} {S6}, a farmer in the county, \
opposed the plan. "It hurts farmers," said {S6}, who grows corn. {U6} {S6} has farmed there \
since 1990, according to {S6}.
"""
GIVEN = ["John", "Mary", "Peter", "Susan", "David", "Linda", "Mark", "Karen", "Paul", "Helen"]


def _story(seed: int, copies: int) -> str:
    """``copies`` of the story, every surname new (made up, so on no list)."""
    rng = random.Random(seed)
    text = []
    for _ in range(copies):
        names = {f"S{i}": _surname(rng) for i in range(1, 7)} | {"U6": _surname(rng)}
        text.append(STORY.format(**names, **{f"G{i}": rng.choice(GIVEN) for i in range(1, 6)}))
    return "\n".join(text)


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice("bdfgklmnprtvz") + rng.choice("aeiou") for _ in range(3)).title()


def _compiled(text: str) -> list[tuple[tuple[str, str], str]]:
    """Each pattern compiled while extracting ``text``, with the function of ``core`` that
    asked for it (file, function)."""
    compiled: list[tuple[tuple[str, str], str]] = []
    compile_ = re._compiler.compile  # type: ignore[attr-defined]  # every re cache miss

    def recording(pattern: str, flags: int = 0) -> object:
        frames = traceback.extract_stack()[:-1]
        asker = next((f for f in reversed(frames) if Path(f.filename).parent.name == "core"), None)
        where = (Path(asker.filename).name, asker.name) if asker else ("", "")
        compiled.append((where, str(pattern)))
        return compile_(pattern, flags)

    re._compiler.compile = recording  # type: ignore[attr-defined]
    try:
        analyse(text)
    finally:
        re._compiler.compile = compile_  # type: ignore[attr-defined]
    return compiled


def test_extraction_compiles_no_pattern_per_name() -> None:
    re.purge()  # what earlier tests left in the cache does not decide what is compiled
    analyse(_story(0, 2))  # the fixed patterns, compiled once a process
    # one story of new names, then four: each would compile again what is built per name
    compiled = _compiled(_story(1, 1)) + _compiled(_story(2, 4))
    assert compiled == [], "compiled per name: read nlp.word_starts or check the literal first"
