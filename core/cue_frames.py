"""Frames and speaker mentions: what an article is read in, and what a cue names.

A frame is a sentence, or the sentences one quotation runs across, within a paragraph;
its mentions are the speakers its cues name ("X said", "according to X"). Here are the
:class:`Mention` and :class:`Frame` records, how sentences merge into frames, the tagged
words outside a frame's quotations, the index that finds the cue nearest a quotation, and
the tests over mentions that decide which of them a quotation's voice may be (a report's
source, a voice a report passes on, a cue set off in a relative clause)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate
from operator import neg

from core import lexicons, nlp
from core.document import Span, SpeakerKind, Token
from core.grammar_tags import DASHES
from core.name_kinds import REPORT_CUES
from core.person import Person
from core.quotes import QuotedSpan
from core.speakers import SENTENCE_END_AFTER

CONTEXT_CHARS = 24  # of the quotation, tagged with the words after it


@dataclass
class Mention:
    """A speaker mention: where it stands and whom it refers to."""

    span: Span
    person: Person | None
    cue: str
    cue_span: Span
    governs: bool = False  # the cue opens a clause ("said that ..."): what follows is content
    subordinate: bool = False  # "... “disgrace” after she attacked": never the quote's own cue
    quoted_as: bool = False  # "X quoted Y as saying": Y, the object of a verb of quoting
    comments: int = -1  # "“...,” as X put it": the opener of the quotation the clause
    # comments on, whose cue it is when no cue stands before it (-1: none)
    set_off: bool = False  # a label a dash or an ellipsis sets off: "... - PollWatch: “...”"


@dataclass
class Frame:
    """A sentence, or the sentences one quotation runs across, within a paragraph."""

    span: Span
    paragraph: int
    quotes: list[QuotedSpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quote_only: bool = False  # nothing but quotation: no words outside the marks
    stretches: list[list[Token]] = field(default_factory=list)  # tagged text outside quotes
    subject: Mention | None | bool = None  # the opening clause's subject; False: none
    local_subjects: dict[int, Mention | None] = field(default_factory=dict)  # by quotation

    @cached_property
    def cues(self) -> _NearestCue:
        """The mentions indexed for choosing each quotation's cue; read once all are found."""
        return _NearestCue(self.mentions)


def outside_relatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions whose cue stands in no relative clause set off right after another
    mention of the frame (past an age), in the same sentence ("said the bartender, Troy
    Wojcik, 31, who was the first witness called by prosecutors."): such a clause tells of
    that speaker; its verb's own subject or agent is no voice a quotation after the frame
    goes on with. Not a clause set off after another noun ("Trump, who has called the pact
    “insanity,” and Sanders, who says it's “disastrous”"). The mentions a clause follows
    are found once, so a sentence of many mentions costs no more than its length."""
    set_off = [o for o in mentions if RELATIVE_SET_OFF.match(text, o.span.end)]
    return [
        m
        for m in mentions
        if not any(
            other is not m
            and other.span.end <= m.cue_span.start
            and RELATIVE_SET_OFF.match(text, other.span.end, m.cue_span.start)
            and not SENTENCE_END_AFTER.search(text, other.span.end, m.cue_span.start)
            for other in set_off
        )
    ]


def report_source(m: Mention) -> bool:
    """Is ``m`` the agent of a passive after the cue that passed on another's words: an
    organisation's "report" ("the email, which was first reported by The Associated
    Press") or anyone's "read" ("said in a statement read by her lawyer")? (As the
    subject, "…,” X said, The Hill reported.", PolNeAR takes the outlet for the source.)"""
    lemma = lexicons.cue_forms().get(m.cue.lower())
    if m.span.start < m.cue_span.end or m.person is None:
        return False
    return lemma == "read" or lemma == "report" and m.person.kind != SpeakerKind.PERSON


def unbracketed(text: str, start: int, end: int) -> bool:
    """Does the stretch from a cue at ``start`` to a quotation at ``end`` hold no bracket,
    dash or sentence end ("Clinton pledged to “...,”": the cue's own quotation)?"""
    return 0 <= start <= end and not re.search(r"[()\[\]\u2014\u2013.;:]", text[start:end])


def named_mention(m: Mention) -> bool:
    """Is ``m`` a person or body the article names ("Clinton", "CNN"), no description ("The
    letter called him “fit,” according to his physician": the letter carries the
    physician's word)?"""
    return m.person is not None and m.person.kind != SpeakerKind.ANONYMOUS


def reports(m: Mention) -> bool:
    """Is ``m`` the source of a report ("according to X", "X reported")?"""
    return m.cue == "according to" or m.cue.lower() in REPORT_CUES


def voices_before(mentions: Sequence[Mention], report: Mention) -> list[Mention]:
    """The ``mentions`` of a person's own words whose cue ends before ``report``'s cue
    starts: no report themselves, each with a person (the voices a report may pass on)."""
    return [
        v
        for v in mentions
        if not reports(v) and v.person is not None and v.cue_span.end <= report.cue_span.start
    ]


def reports_as_voices(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a report of a voice heard before it made that voice's ("“...,” Ruiz
    said, according to Tom Okafor. “...”": the next quotation goes on with Ruiz, its mention
    the report, as PolNeAR names the Source and
    :meth:`core.attribution.Attributor._reported` reads it)."""
    voiced = []
    for m in mentions:
        voices = voices_before(mentions, m) if reports(m) else []
        if voices and m.person is not voices[-1].person:
            m = Mention(m.span, voices[-1].person, m.cue, m.cue_span)
        voiced.append(m)
    return voiced


def distance(m: Mention, q: QuotedSpan) -> int:
    """How far a cue stands from a quotation: after it counts once, before it twice."""
    if m.cue_span.start >= q.closer:
        return m.cue_span.start - q.closer
    return 2 * (q.opener - m.cue_span.end) + 10


class _NearestCue:
    """A frame's mentions indexed so that choosing a quotation's cue takes log time.

    Gives what a scan of every mention would (the first listed on ties), but a sentence
    holding thousands of quotations and cues no longer takes quadratic time.
    """

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda i: (mentions[i].cue_span.start, i))
        self.starts = [mentions[i].cue_span.start for i in self.order]
        self.latest: list[int] = []  # per prefix of ``order``: the cue ending last, first listed
        for i in self.order:
            best = self.latest[-1] if self.latest else i
            if (mentions[i].cue_span.end, -i) > (mentions[best].cue_span.end, -best):
                best = i
            self.latest.append(best)
        self.governing = [i for i, m in enumerate(mentions) if m.governs and not m.subordinate]
        ends = (mentions[i].cue_span.end for i in self.governing)
        self.least_end = list(accumulate(ends, min))  # non-increasing

    def nearest(self, q: QuotedSpan) -> Mention | None:
        """The mention with the least ``distance`` to ``q``."""
        k = bisect_left(self.starts, q.closer)  # cues from here on stand after the quotation
        after = self.order[k] if k < len(self.order) else None
        m = self.mentions[after] if after is not None else None
        if m is not None and (m.governs or m.subordinate and (m.comments != q.opener or k)):
            after = None  # "said that ...": the cue and all after it belong to what follows;
            # "“...,” as X put it" names the speaker of a quotation with no cue before it
        candidates = ([after] if after is not None else []) + ([self.latest[k - 1]] if k else [])
        if not candidates:
            return None
        best = min(candidates, key=lambda i: (distance(self.mentions[i], q), i))
        return self.mentions[best]

    def last_before(self, q: QuotedSpan) -> Mention | None:
        """The mention whose cue, of those starting before ``q`` closes, ends last."""
        k = bisect_left(self.starts, q.closer)
        return self.mentions[self.latest[k - 1]] if k else None

    def around(self, q: QuotedSpan, k: int = 3) -> list[Mention]:
        """The ``k`` mentions whose cues start nearest before ``q`` closes and the ``k``
        after, in the order they were listed (all of them in a frame of a few cues)."""
        i = bisect_left(self.starts, q.closer)
        return [self.mentions[n] for n in sorted(self.order[max(0, i - k) : i + k])]

    def first_governing(self, ending_by: int) -> Mention | None:
        """The first listed governing mention whose cue ends by ``ending_by``."""
        j = bisect_left(self.least_end, -ending_by, key=neg)
        return self.mentions[self.governing[j]] if j < len(self.governing) else None


def frames(text: str, sentences: list[list[Span]], quoted: list[QuotedSpan]) -> list[Frame]:
    """Sentences merged wherever a quotation crosses their boundary, with their quotes.

    A sentence that only carries the cue of the quotation before it ("... ?” said
    Carson.") joins that quotation's frame too.
    """
    out: list[Frame] = []
    k = 0  # the next quotation to place
    for index, sents in enumerate(sentences):
        current: Frame | None = None
        reach = -1  # how far the current frame's quotations run
        for sent in sents:
            if current is not None and (sent.start <= reach or _cue_tail(text, current, sent)):
                current.span = Span(current.span.start, max(sent.end, current.span.end))
            else:
                if current is not None:
                    out.append(current)
                current, reach = Frame(sent, index), -1
            while k < len(quoted) and quoted[k].opener < current.span.end:
                if quoted[k].opener >= current.span.start:
                    current.quotes.append(quoted[k])
                    reach = max(reach, quoted[k].closer)
                    if quoted[k].after > current.span.end:
                        current.span = Span(current.span.start, min(quoted[k].after, len(text)))
                k += 1
        if current is not None:
            out.append(current)
    return out


def _cue_tail(text: str, frame: Frame, sent: Span) -> bool:
    """Does ``sent`` continue the frame's closing quotation ("” said Carson.")?"""
    if text[sent.start : sent.start + 1].islower():
        return True  # no sentence starts in lower case: Punkt split too early
    if not frame.quotes or frame.quotes[-1].after < frame.span.end - 1:
        return False
    if text[sent.start] in DASHES:
        return True  # "“...” ― Steve Quinlan": the quotation's signature
    bare = not any(c.isalnum() for c in text[frame.span.start : frame.quotes[0].opener])
    last = frame.quotes[-1]
    ended = text[last.span.start : last.span.end].rstrip()[-1:] == "."
    words = text[sent.start : sent.end].split()
    cue_near = any(w.strip(".,").lower() in lexicons.cue_forms() for w in words[:5])
    if bare and not cue_near and words and words[0][:1].isupper():
        return _name_then_past_verb(nlp.tagged(text, sent.start, sent.end))
    return bare and cue_near and (not ended or len(words) <= 8)


def _name_then_past_verb(tokens: list[Token]) -> bool:
    """ "Hannity pressed.", "Trump went on, as if ...", "She shot back.": a sentence that
    opens with a name or a personal pronoun and a past-tense verb that ends the clause
    (an intransitive one, a particle at most after it) speaks the quotation before it,
    the shape :meth:`core.attribution.Attributor._unknown_verb` reads, listed cue or not."""
    if tokens and tokens[0].text in {"He", "She"}:
        n = 1
    else:  # a sentence's first word may be tagged NN: "Hannity/NN pressed."
        n = next((i for i, t in enumerate(tokens) if not _name_word(t)), len(tokens))
    if not n or n >= len(tokens) or tokens[n].tag not in {"VBD", "VBN"}:
        return False
    rest = tokens[n + 1 :]
    if rest and rest[0].tag in {"RP", "RB"}:
        rest = rest[1:]  # "went on", "shot back"
    return not rest or rest[0].text in {".", ","}


def _name_word(token: Token) -> bool:
    """A word of a name: tagged a proper noun, or capitalised and no frequent word."""
    word = token.text
    return token.tag in nlp.PROPER_TAGS or word[:1].isupper() and not nlp.is_frequent_word(word)


def first_mentions_after(para_frames: list[Frame]) -> list[Mention | None]:
    """Per frame, the first cue's mention in the paragraph's frames after it."""
    out: list[Mention | None] = []
    following: Mention | None = None
    for frame in reversed(para_frames):
        out.append(following)
        if frame.mentions:
            following = frame.mentions[0]
    return out[::-1]


def outside_tokens(
    text: str, frame: Frame, surnames: AbstractSet[str] = frozenset()
) -> list[list[Token]]:
    """Tagged tokens of the frame's text outside its quotations, one list per stretch
    (``surnames``: as :func:`core.nlp.tag` takes them).

    Each stretch after a quotation is tagged with the quotation's last words before it,
    so that the tagger reads "…,” said Borges" as a verb and not a sentence start.
    """
    stretches: list[tuple[int, Span]] = []  # (where tagging starts, the stretch)
    cursor = frame.span.start
    nested = _nested(frame.quotes)
    for n, q in enumerate(frame.quotes):
        if n in nested:  # its words before it lie inside the marks of the one around it
            stretches.append((cursor, Span(cursor, cursor)))
            continue
        stretches.append((cursor, Span(cursor, max(cursor, q.opener))))
        cursor = max(cursor, q.after)
    stretches.append((cursor, Span(cursor, max(cursor, frame.span.end))))
    out: list[list[Token]] = []
    for index, (_, span) in enumerate(stretches):
        if not len(span):
            out.append([])
            continue
        context = max(frame.span.start, span.start - CONTEXT_CHARS) if index else span.start
        tagged = nlp.tagged(text, context, span.end, surnames=surnames)
        out.append([t for t in tagged if t.span.start >= span.start])
    return out


def _nested(quotes: list[QuotedSpan]) -> set[int]:
    """The indices of the quotations that lie inside another's marks (“... about “Equal
    Justice” anymore”), which are listed before the one around them."""
    out, reach = set(), -1
    for n in sorted(range(len(quotes)), key=lambda n: (quotes[n].opener, -quotes[n].closer)):
        if quotes[n].closer < reach:
            out.add(n)
        reach = max(reach, quotes[n].closer)
    return out


def words_outside(text: str, frame: Frame, start: int | None = None) -> bool:
    """Are there words outside the frame's quotations (from ``start``, else the frame's
    start)? A quotation nested in another (“... about “Equal Justice” anymore”) lies
    inside the outer one's marks."""
    cursor = frame.span.start if start is None else start
    for q in sorted(frame.quotes, key=lambda q: q.opener):
        if any(c.isalnum() for c in text[cursor : q.opener]):
            return True
        cursor = max(cursor, q.after)
    return any(c.isalnum() for c in text[cursor : frame.span.end])


RELATIVE_SET_OFF = re.compile(r"(?:,\s+\d{1,3})?,\s+(?:who|whom|whose|which)\b")  # ", 31, who was"


def quotation_alone(para_frames: list[Frame]) -> bool:
    """Is the paragraph one quotation and nothing else?"""
    return len(para_frames) == 1 and para_frames[0].quote_only and len(para_frames[0].quotes) == 1


def between_marks(text: str, q: QuotedSpan) -> bool:
    """Is ``q`` no quoted text but what lies between marks: markup's attribute value
    (<tweet id="672138506081275904">), or the narrative between two quotations whose
    marks do not match, opened by a mark that closes (a word or punctuation just before
    it, a space just after: `crumbling," she said. "Families`)?"""
    before, after = text[q.opener - 1 : q.opener], text[q.opener + 1 : q.opener + 2]
    return before == "=" or bool(before.strip()) and before not in "([\u2014" and after.isspace()
