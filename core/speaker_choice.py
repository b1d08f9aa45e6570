"""Choosing a quotation's speaker among the candidates the grammar finds: a learnt ranker.

The sieves of :mod:`core.attribution` find, for each quotation, the mentions that might
be its speaker: those beside a cue in its frame, the voice just before it, the speaker
of the paragraph before, the subject of its sentence. Where they agree or only one
mention is in reach, the sieve decides; where several compete, a linear model trained on
PolNeAR train (``scripts/train_attribution.py``) scores each candidate from what the
sieves read (side of the quotation, distance, cue, kind of mention, grammatical role,
paragraph and frame boundaries, the paragraphs and sentences between a mention and the
quotation, the previous speaker, pronoun gender, a quotation in the first person) and the
best wins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from core import lexicons, nlp
from core.person import PRONOUN_GENDER
from core.ranking import LinearRanker

if TYPE_CHECKING:
    from core.cue_frames import Mention
    from core.quotes import QuotedSpan

MODEL_FILE = "attribution_perceptron_en.json"
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "him", "her", "who"})
WINDOW = 400  # characters read between a quotation and a cue: past it, far is far
FAR = 2000  # characters back from a quotation past which a mention is paragraphs away
PARAGRAPH_BREAK = re.compile(r"\n+")
FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us)\b")  # "I", "I’m", "our"


@dataclass
class Candidate:
    """A mention that might be a quotation's speaker, and where the sieves found it."""

    mention: Mention
    origins: set[str] = field(default_factory=set)  # "frame", "last", "next frame", ...
    features: list[str] = field(default_factory=list)
    rank: int = 9  # place among the frame's cues by distance from the quotation


@dataclass(frozen=True)
class Situation:
    """What the candidates of one quotation share: the quotation and its surroundings."""

    text: str
    quote: QuotedSpan
    frame_start: int
    frame_end: int
    quote_only: bool  # the frame holds nothing but quotation
    opens_frame: bool  # the quotation opens its frame
    sieve: str  # the sieve that would decide alone
    pick: Mention | None  # the mention it would choose
    last: Mention | None  # the voice last heard in this paragraph
    previous: Mention | None  # the voice the paragraph before ended with
    sentence_starts: Sequence[int] = ()  # where the article's Punkt sentences start, in order


def _bin(n: int) -> str:
    """Coarse buckets of a non-negative count (0, 1, 2, 3-4, 5-8, 9-16, ...)."""
    if n <= 2:
        return str(max(n, 0))
    return f"<{1 << (n - 1).bit_length()}"


def mention_kind(text: str, mention: Mention) -> str:
    """pronoun, name, nominal, organisation, anonymous or unknown."""
    words = text[mention.span.start : mention.span.end].split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    person = mention.person
    if person is None:
        return "unknown"
    if person.kind.value != "person":
        return person.kind.value
    return "name" if words and words[-1][:1].isupper() else "nominal"


def features(s: Situation, c: Candidate) -> list[str]:
    """The features of candidate ``c`` for the quotation of ``s``."""
    m, q, text = c.mention, s.quote, s.text
    kind = mention_kind(text, m)
    out = [f"origin={o}" for o in sorted(c.origins)]
    origins = "+".join(sorted(c.origins))
    out += [f"origins={origins}", f"kind={kind}", f"kind|origins={kind}|{origins}"]
    picked = s.pick is m
    same_as_pick = s.pick is not None and m.person is not None and s.pick.person is m.person
    out += [f"pick={picked}|{s.sieve}", f"pick-person={same_as_pick}|{s.sieve}"]
    in_frame = s.frame_start <= m.cue_span.start < s.frame_end
    if in_frame:
        after = m.cue_span.start >= q.closer
        gap = m.cue_span.start - q.after if after else q.opener - m.cue_span.end
        start = min(q.after, m.cue_span.start)  # what lies between, up to WINDOW characters
        between = text[start : min(max(q.opener, m.cue_span.end), start + WINDOW)]
        words = len(between.split())
        side = "after" if after else "before"
        out += [f"side={side}", f"side|gap={side}|{_bin(max(gap, 0) // 8)}"]
        out += [f"side|words={side}|{_bin(words)}", f"side|kind={side}|{kind}"]
        out += [f"side|governs={side}|{m.governs}", f"side|sub={side}|{m.subordinate}"]
        inverted = m.span.start > m.cue_span.start
        out += [f"inverted|side={inverted}|{side}", f"rank|side={c.rank}|{side}"]
        marks = sum(between.count(mark) for mark in '\u201c"\u00ab')
        out += [f"quotes-between|side={_bin(marks)}|{side}"]
        out += [f"clause-between|side={';' in between}|{side}"]  # "“A”; Reyes called her “B”"
        stop = min(m.cue_span.start, m.span.start, q.after + WINDOW)
        bare = not any(ch.isalnum() for ch in text[q.after : stop])
        closing = text[q.span.end - 1 : q.span.end] if len(q.span) else ""
        out += [f"adjacent|close={after and bare}|{closing if closing in ',.?!' else 'w'}"]
        out += [f"cue-word|side={m.cue.lower()}|{side}"]
        if not after:  # "spoke of “...”", "said: “...”": the cue takes the quotation itself
            link = text[m.cue_span.end : min(q.opener, m.cue_span.end + WINDOW)]
            direct = len(link.split()) <= 2 and "," not in link
            out += [f"governs-quote={direct}|{m.subordinate}"]
    lemma = lexicons.cue_forms().get(m.cue.lower(), m.cue.lower() if len(m.cue) < 3 else "other")
    out += [f"cue={lemma}", f"cue|in-frame={lemma}|{in_frame}"]
    for name, other in (("last", s.last), ("previous", s.previous)):
        same = other is not None and m.person is not None and other.person is m.person
        out.append(f"same-{name}={same}|{s.quote_only}")
    out += [f"quote-only|origins={s.quote_only}|{origins}"]
    out += [f"opens|origins={s.opens_frame}|{origins}"]
    pronoun = text[m.span.start : m.span.end].lower()
    gender = PRONOUN_GENDER.get(pronoun)
    if gender and m.person is not None and m.person.gender:
        out.append(f"gender-agrees={m.person.gender == gender}")
    if m.person is None:
        out.append("no-person")
    elif kind in {"name", "nominal"}:
        out.append(f"full-name={m.person.full}|{kind}")
    first = text[m.span.start : m.span.start + 1]
    out += [f"shape={'upper' if first.isupper() else 'digit' if first.isdigit() else 'other'}"]
    out += [f"length={_bin(len(text[m.span.start : m.span.end].split()))}"]
    out += [f"first-person|kind={_first_person(s)}|{kind}"]
    return out + _distance_features(s, c, kind)


def _first_person(s: Situation) -> bool:
    """Does the quotation speak in the first person ("I", "we", "my", "our")? Such words
    are someone's own, whole words (a person's, a group's); a quoted phrase without them
    is as often a term or a document's wording."""
    return FIRST_PERSON_WORD.search(s.text, s.quote.span.start, s.quote.span.end) is not None


def _distance_features(s: Situation, c: Candidate, kind: str) -> list[str]:
    """How far the candidate stands from the quotation, by its role: the paragraph
    breaks and, within the quotation's paragraph, the sentence ends between them. A
    lone quotation right after a sentence about someone is theirs more often than the
    voice of a paragraph further back (the mention's role: the subject of a cue, or
    of some other verb)."""
    m, q = c.mention, s.quote
    role = "cue" if m.cue.lower() in lexicons.cue_forms() else "subject"
    if m.span.end > q.opener:
        return [f"after|role={role}|{kind}"]
    stretch = s.text[max(m.span.end, q.opener - FAR) : q.opener]
    paragraphs = min(len(PARAGRAPH_BREAK.findall(stretch)), 3) if len(stretch) < FAR else 3
    starts = s.sentence_starts  # sentences that start after the mention, up to the quotation
    between = bisect_right(starts, q.opener) - bisect_right(starts, m.span.end)
    sentences = min(between, 3) if paragraphs == 0 else 3
    return [f"paras={paragraphs}|role={role}", f"sents={sentences}|role={role}|{kind}"]


class SpeakerModel(LinearRanker):
    """Scores a quotation's candidate speakers."""

    kind = "speaker ranker"

    def choose(self, candidates: list[Candidate]) -> tuple[Candidate, float]:
        """The best candidate and its margin over the runner-up (first listed on ties)."""
        scored = sorted(
            ((self.score(c.features), -n) for n, c in enumerate(candidates)), reverse=True
        )
        best, runner = scored[0], scored[1] if len(scored) > 1 else None
        margin = best[0] - runner[0] if runner else float("inf")
        return candidates[-best[1]], margin


@cache
def shipped() -> SpeakerModel:
    """The model in ``resources/models``, read once per process."""
    return nlp.read_model(MODEL_FILE, SpeakerModel.from_json)
