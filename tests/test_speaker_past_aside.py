"""The speaker far from the cue: a subject set off from its verb by a long aside that
holds a clause of its own ("A government official, speaking on condition of anonymity
because he was not authorized to speak, said", "Okafor, 54, a retired teacher whose son
serves in the Army, told"). The aside's own subject ("he", "son") is no voice of the
quotation after the cue; the noun phrase before the aside is. Sentences written for
the tests."""

from __future__ import annotations

import pytest

from core import nlp
from core.asides import subject_past_asides
from tests.test_attribution_probes import decided
from tests.test_attribution_probes import speaker_in_a_story as _speaker

# a named speaker first, whom the aside's "he" or "she" could be read to mean
BEFORE_M = 'The club\'s chairman, Gareth Pike, told the BBC the season was "a disaster." '
BEFORE_F = 'The firm\'s founder, Dana Whitfield, told Reuters the plan was "sound." '


@pytest.mark.parametrize(
    ("text", "fragment", "mention"),
    [
        # a participle holding a clause "because" opens
        (BEFORE_M + "A union official, speaking on condition of anonymity because he was"
         ' not allowed to brief the press, said the deal was "far from done."',
         "far from done", "A union official"),
        (BEFORE_M + "One official, briefing reporters after he met the envoy, said the talks"
         ' were "stuck."', "stuck", "One official"),
        # relative clauses, one holding "said" and a clause of its own
        (BEFORE_M + "Ms. Reyes, who was elected in 2012 and who has said she will not run"
         ' again, said the plan was "a mistake."', "a mistake", "Reyes"),
        (BEFORE_M + "A senior engineer, who asked not to be named because he feared he would"
         ' lose his job, said the bridge was "unsafe."', "unsafe", "A senior engineer"),
        # a prepositional aside with a relative clause and a "when" clause inside it
        (BEFORE_M + "The mayor, in a speech that ran past midnight and drew boos when he"
         ' touched on taxes, said the levy was "unavoidable."', "unavoidable", "The mayor"),
        # set off by dashes
        (BEFORE_M + "A senior engineer \u2014 who asked not to be named because he feared he"
         ' would lose his job \u2014 said the bridge was "unsafe."', "unsafe",
         "A senior engineer"),
        # an age, an appositive, relative clauses (one holding a cue and a clause "after" opens)
        (BEFORE_F + "Okafor, 54, a retired teacher whose son serves in the Army, told"
         ' reporters the war was "not worth it."', "not worth it", "Okafor"),
        (BEFORE_F + "Rui Costa, 31, who joined the club after Pike said he would quit, said"
         ' the squad was "tired."', "tired", "Rui Costa"),
        # a relative clause in the aside whose own verb is a cue with a subject of its own
        (BEFORE_F + "Okafor, 54, a retired teacher whose son says she is right, told"
         ' reporters the war was "not worth it."', "not worth it", "Okafor"),
        ("The judge, Ann Marsh, opened the hearing. Rui Costa, a lawyer whose client says he"
         ' was framed, told the court the case was "a farce."', "a farce", "Rui Costa"),
        ("The judge, Ann Marsh, opened the hearing. Rui Costa \u2014 whose client says he was"
         ' framed \u2014 told the court the case was "a farce."', "a farce", "Rui Costa"),
        # a statement's participle after the aside ("issued a statement saying")
        ('The mayor, Victor Hale, was charged on Monday. "I will fight this," Hale said. Gov.'
         " Nora Lind, a fellow Democrat who had named Hale to a state board after he left"
         ' office, issued a statement saying she was "saddened."', "saddened", "Nora Lind"),
    ],
)  # fmt: skip
def test_the_subject_before_a_long_aside_speaks(text: str, fragment: str, mention: str) -> None:
    """The cue's own subject decides (the "cue" sieve, the ranker not overruling it for
    a pronoun inside the aside that means the speaker before)."""
    words, _person, sieve = decided("News\n\n" + text + "\n", fragment)
    assert (words, sieve) == (mention, "cue")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the aside holds its own quotation
        ('The plan drew fire. Carl Osei, who called it "a disgrace" last week, said on Monday'
         ' it was "still wrong."', "still wrong", "Carl Osei"),
        ('The plan drew fire. Carl Osei, who called it "a disgrace" last week, said on Monday'
         ' it was "still wrong."', "a disgrace", "Carl Osei"),
        # the real speaker inside the aside: its own cue's subject
        ("The council met on Monday. The plan is dead, according to a spokesman, who said"
         ' it was "beyond repair."', "beyond repair", "a spokesman"),
        ('Tom Hale ran the fund. Hale, Ana Ruiz said, was "a fraud."', "a fraud", "Ana Ruiz"),
        ('Tom Hale ran the fund. Hale, who Ana Ruiz said was "a fraud," resigned on Monday.',
         "a fraud", "Ana Ruiz"),
        # the aside's name is the speaker's own
        ("The club's chairman, Gareth Pike, told the BBC the season was \"a disaster.\" Pike's"
         ' assistant, a former striker named Rui Costa, shot back: "We were robbed."',
         "robbed", "Rui Costa"),
        ('The court ruled on Monday. According to Judge Ann Marsh, who said the ruling was'
         ' "final," no appeal lies.', "final", "Ann Marsh"),
    ],
)  # fmt: skip
def test_a_speaker_inside_the_aside_keeps_their_words(
    text: str, fragment: str, speaker: str
) -> None:
    """Where the cue stands inside the aside (or the aside is the cue itself), its own
    subject speaks, not the phrase before the aside; an aside naming the subject names
    the speaker."""
    assert _speaker(text, fragment) == speaker


@pytest.mark.parametrize(
    ("words", "subject"),
    [
        ("A government official, speaking on condition of anonymity because he was not"
         " authorised to speak to the media, said", "A government official"),
        ("The mayor \u2014 in a speech that ran past midnight and drew boos when it touched"
         " on taxes \u2014 said", "The mayor"),
        ("Ms. Reyes, who was elected in 2012 and who has said she will not run again, said",
         "Ms. Reyes"),
        # a clause of its own, no subordinator opening it: no aside
        ("Tom Hale, Ana Ruiz said, was", None),
        ("Tom Hale, the fund's head, Ana Ruiz said, was", None),
        # no person opens the sentence
        ("Low oil prices, seen as a boon because they cut costs, have", None),
    ],
)  # fmt: skip
def test_subject_past_asides_skips_a_nested_clause(words: str, subject: str | None) -> None:
    """A finite verb inside an aside is the aside's own when a subordinator or a relative
    word opens its clause; a bare clause ("Ana Ruiz said") is no aside."""
    tokens = nlp.tagged(words, 0, len(words))
    found = subject_past_asides(tokens, len(tokens) - 1)
    assert (found and " ".join(t.text for t in tokens[found[0] : found[1]])) == subject
