"""Who said it: cue verbs and speaker mentions for each quotation.

An article is read frame by frame: a frame is a sentence, or the sentences that one
quotation runs across. Outside its quotations a frame may hold cues ("said", "told
reporters", "according to") and the mention of a speaker next to them. A short list of
sieves, after Muzny et al. ("A Two-stage Sieve Approach for Quote Attribution", EACL
2017), decides each quotation's speaker; the first sieve that finds one wins:

1. a transcript label opening the paragraph ("PENCE: ...");
2. a cue in the quotation's own frame, with the speaker mention beside it
   ("X said", "said X", "X, the minister, told reporters", "according to X");
3. a quotation standing alone takes the speaker of the frame just before it in its
   paragraph ("“A,” he said. “B.”"), or just after it ("“A.” “B,” he said.");
4. a paragraph that is all quotation continues the speaker of the paragraph before.

Quoted words that nobody is quoted saying (scare quotes, titles, nicknames) are left
out: a short quotation with no cue in its frame is not a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from operator import neg

from core import lexicons, nlp
from core.document import Span, SpeakerKind, Token
from core.lexicons import is_title_word
from core.quotes import QuotedSpan
from core.roles import after_name, appositive_role, party_tag, title_role
from core.speakers import (
    FIRST_PERSON,
    PRONOUN_GENDER,
    Cast,
    Person,
    looks_like_organisation,
)

SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it"})
SKIPPABLE = frozenset(
    {"himself", "herself", "themselves", "also", "later", "then", "previously", "once",
     "recently", "has", "have", "had", "was",
     "is", "were", "would", "will", "repeatedly", "often", "again", "further", "simply",
     "just", "quickly", "first", "earlier", "reportedly", "flatly", "bluntly", "separately",
     "publicly", "privately", "frequently", "emphatically", "ultimately", "finally", "still",
     "even", "only", "now", "already", "actually", "not", "never", "did", "does", "do", "be",
     "been", "being", "can", "could", "may", "might", "must", "should", "shall"}
)  # fmt: skip
PARTICIPLE_AFTER = frozenset({",", "by", "statement", "tweet", "post", "email", "release"})
TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "tonight", "on", "last", "this", "week", "month", "year", "night", "morning",
     "afternoon", "evening", "day", "earlier", "later"}
)  # fmt: skip
NOT_NP_TAGS = frozenset({"WRB", "WDT", "WP", "IN", "CC", "RB", "PRP", "TO", "MD", "UH"})
NOUN_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "PRP"})
NP_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "DT", "CD", "POS", "PRP$"})
NP_INNER = frozenset({"of", "for", "at", "with", "to", "from", "on", "in", "close", "familiar"})
APPOSITIVE_START = frozenset({"DT", "PRP$", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "CD"})
DETERMINERS = frozenset({"the", "a", "an", "these", "those", "some", "many", "one"})
INDEFINITE = frozenset({"a", "an", "some", "many", "several", "one", "two", "three", "other"})
OPENING_WORDS = frozenset({"but", "and", "indeed", "still", "yet", "so", "also", "then"})
CLAUSE_TAGS = frozenset({"WRB"})  # "said the days when ...", not "said an owner that"
PLACE_WORDS = frozenset(
    {"through", "in", "at", "on", "from", "into", "across", "around", "near", "outside",
     "inside", "under", "over", "behind", "along", "among", "between"}
)  # fmt: skip
YEAR = re.compile(r"(?:1[89]|20)\d\d")
SUBORDINATORS = frozenset(
    {"while", "although", "though", "as", "when", "after", "because", "since"}
)
CLAUSE_OPENERS = SUBORDINATORS | {"before", "if", "until", "once"}
PEOPLE_NOUNS = frozenset(
    {"source", "official", "aide", "person", "people", "analyst", "expert", "insider",
     "member", "resident", "voter", "supporter", "critic", "observer", "witness", "diplomat"}
)  # fmt: skip
ORGANISATION_HEADS = frozenset(
    {"campaign", "administration", "company", "government", "team", "office", "department",
     "ministry", "agency", "committee", "council", "party", "group", "firm", "network"}
)  # fmt: skip
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
WH_WORDS = frozenset(
    {"who", "whom", "whose", "what", "which", "when", "where", "why", "how", "that", "whatever"}
)
DASHES = "-\u2013\u2014\u2015"  # - – — ―
SIGNATURE = re.compile(rf"[{DASHES}]+\s*(?=[A-Z])")
TRANSCRIPT = re.compile(r"[\"\u201c]?([A-Z][A-Z.'\- ]{1,40}|Q|A):\s")  # "PENCE: or “Q:
CONTEXT_CHARS = 24  # of the quotation, tagged with the words after it
MIN_UNCUED_WORDS = 6  # shorter quotations need a cue in their frame to count


@dataclass
class Mention:
    """A speaker mention: where it stands and whom it refers to."""

    span: Span
    person: Person | None
    cue: str
    cue_span: Span
    governs: bool = False  # the cue opens a clause ("said that ..."): what follows is content
    subordinate: bool = False  # "... “disgrace” after she attacked": never the quote's own cue


@dataclass
class Frame:
    """A sentence, or the sentences one quotation runs across, within a paragraph."""

    span: Span
    paragraph: int
    quotes: list[QuotedSpan] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quote_only: bool = False  # nothing but quotation: no words outside the marks
    stretches: list[list[Token]] = field(default_factory=list)  # tagged text outside quotes


def _distance(m: Mention, q: QuotedSpan) -> int:
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
        """The mention with the least ``_distance`` to ``q``."""
        k = bisect_left(self.starts, q.closer)  # cues from here on stand after the quotation
        after = self.order[k] if k < len(self.order) else None
        if after is not None and (self.mentions[after].governs or self.mentions[after].subordinate):
            after = None  # "said that ...": the cue and all after it belong to what follows
        candidates = ([after] if after is not None else []) + ([self.latest[k - 1]] if k else [])
        if not candidates:
            return None
        best = min(candidates, key=lambda i: (_distance(self.mentions[i], q), i))
        return self.mentions[best]

    def first_governing(self, ending_by: int) -> Mention | None:
        """The first listed governing mention whose cue ends by ``ending_by``."""
        j = bisect_left(self.least_end, -ending_by, key=neg)
        return self.mentions[self.governing[j]] if j < len(self.governing) else None


@dataclass(frozen=True)
class Attribution:
    """The decision for one quotation."""

    quote: QuotedSpan
    mention: Mention | None
    partial: bool
    sieve: str  # which sieve decided: "cue", "neighbour", "subject", ...


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
    return bare and cue_near and (not ended or len(words) <= 8)


def outside_tokens(text: str, frame: Frame) -> list[list[Token]]:
    """Tagged tokens of the frame's text outside its quotations, one list per stretch.

    Each stretch after a quotation is tagged with the quotation's last words before it,
    so that the tagger reads "…,” said Borges" as a verb and not a sentence start.
    """
    stretches: list[tuple[int, Span]] = []  # (where tagging starts, the stretch)
    cursor = frame.span.start
    for q in frame.quotes:
        stretches.append((cursor, Span(cursor, max(cursor, q.opener))))
        cursor = max(cursor, q.after)
    stretches.append((cursor, Span(cursor, max(cursor, frame.span.end))))
    out: list[list[Token]] = []
    for index, (_, span) in enumerate(stretches):
        if not len(span):
            out.append([])
            continue
        context = max(frame.span.start, span.start - CONTEXT_CHARS) if index else span.start
        tagged = nlp.tag(nlp.tokenize(text, context, span.end))
        out.append([t for t in tagged if t.span.start >= span.start])
    return out


def _words_outside(text: str, frame: Frame) -> bool:
    cursor = frame.span.start
    for q in frame.quotes:
        if any(c.isalnum() for c in text[cursor : q.opener]):
            return True
        cursor = q.after
    return any(c.isalnum() for c in text[cursor : frame.span.end])


def has_cue_word(text: str, span: Span) -> bool:
    forms = lexicons.cue_forms()
    return any(w.lower() in forms for w in re.findall(r"[A-Za-z]+", text[span.start : span.end]))


class Attributor:
    """Runs the sieves over one article's frames."""

    def __init__(self, text: str, cast: Cast) -> None:
        self.text = text
        self.cast = cast
        self._opening: list[Token] = []  # the current frame's words before its first quote
        self._cues: dict[int, _NearestCue] = {}  # by id(frame)

    def run(self, all_frames: list[Frame]) -> Iterator[Attribution]:
        previous: Mention | None = None  # the speaker the last paragraph ended with
        by_paragraph: dict[int, list[Frame]] = {}
        for frame in all_frames:
            by_paragraph.setdefault(frame.paragraph, []).append(frame)
        order = sorted(by_paragraph)
        if not order:
            return  # a blank text
        for paragraph, following in zip(order, [*order[1:], None], strict=True):
            para_frames = by_paragraph[paragraph]
            signature = self._signature(by_paragraph[following][0]) if following else None
            label = self._transcript_label(para_frames[0])
            for frame in para_frames:
                frame.quote_only = bool(frame.quotes) and not _words_outside(self.text, frame)
                if (
                    frame.quotes
                    or has_cue_word(self.text, frame.span)
                    or self.text[frame.span.end - 1] == ":"
                ):
                    self._find_mentions(frame)
            last: Mention | None = None
            for position, frame in enumerate(para_frames):
                for q in frame.quotes:
                    words = len(self.text[q.span.start : q.span.end].split())
                    if not self._keep(frame, q, words):
                        continue
                    sieve, mention = self._decide(frame, q, para_frames, position, last, previous)
                    if label is not None:
                        sieve, mention = "transcript", label
                    elif signature is not None and sieve in {"none", "previous paragraph"}:
                        sieve, mention = "signature", signature
                    partial = not frame.quote_only and not self._is_whole(frame, q)
                    yield Attribution(q, mention, partial, sieve)
                    if mention is not None:
                        last = mention
                if frame.mentions:
                    outer = frame.mentions[0]
                    last = frame.mentions[-1]
                    if outer.governs and last.person is not outer.person:
                        last = outer  # "he said that ... all members agreed": still him
            if last is not None:
                previous = last

    def _decide(
        self,
        frame: Frame,
        q: QuotedSpan,
        para_frames: list[Frame],
        position: int,
        last: Mention | None,
        previous: Mention | None,
    ) -> tuple[str, Mention | None]:
        """The sieves after the transcript label, in order; the first that finds wins."""
        if (mention := self._choose(frame, q)) is not None:
            return "cue", mention
        if (mention := self._neighbour(para_frames, position, last)) is not None:
            return "neighbour", mention
        if position == 0 and frame.quote_only and previous is not None:
            return "previous paragraph", previous
        if (mention := self._subject(frame)) is not None:
            return "subject", mention
        return "none", None

    def _signature(self, frame: Frame) -> Mention | None:
        """A paragraph "— Sanders." or "-President Obama, tweeting ..." signs the quotation
        before it."""
        match = SIGNATURE.match(self.text, frame.span.start)
        if not match:
            return None
        tokens = nlp.tag(nlp.tokenize(self.text, match.end(), frame.span.end))
        dash = Span(match.start(), match.end())
        return self._signer(tokens, 0, self.text[dash.start : dash.end].strip(), dash)

    def _signed(self, tokens: list[Token]) -> Mention | None:
        """ "“...” ― Steve Quinlan": a name after a dash right behind a quotation."""
        if len(tokens) < 2 or tokens[0].text.strip(DASHES):
            return None
        return self._signer(tokens, 1, tokens[0].text, tokens[0].span)

    def _signer(self, tokens: list[Token], at: int, dash: str, dash_span: Span) -> Mention | None:
        """The named speaker starting at ``tokens[at]``, after a signing dash."""
        np = _np_after(tokens, at)
        if np is None or not _named(tokens[np[0] : np[1]], titles=True):
            return None
        return self._resolve(tokens, np, dash, dash_span)

    def _unknown_verb(self, tokens: list[Token]) -> Mention | None:
        """ "“This is fantastic!” beamed Donald Hartley", "“...,” Okafor quipped.": right
        after a quotation, a past-tense verb next to a name speaks, listed or not."""
        if len(tokens) >= 2 and tokens[0].tag in {"VBD", "VBN"}:
            np = _np_after(tokens, 1)
            if np is not None and _named(tokens[np[0] : np[1]]):
                return self._resolve(tokens, np, tokens[0].text, tokens[0].span)
        np = _np_after(tokens, 0) if tokens and tokens[0].tag in nlp.PROPER_TAGS else None
        if np is not None and np[1] < len(tokens):
            verb = tokens[np[1]]
            rest = tokens[np[1] + 1 :]
            if verb.tag in {"VBD", "VBN"} and (not rest or rest[0].text in {".", ","}):
                return self._resolve(tokens, np, verb.text, verb.span)
        return None

    # ---- sieve 1: transcripts
    def _transcript_label(self, frame: Frame) -> Mention | None:
        match = TRANSCRIPT.match(self.text, frame.span.start)
        if not match:
            return None
        label = match.group(1).strip()
        span = Span(match.start(1), match.start(1) + len(label))
        person = self.cast.name(label.title() if len(label) > 1 else label, span.start)
        return Mention(span, person, ":", Span(match.end(1), match.end(1) + 1))

    # ---- sieve 2: cues in the frame
    def _find_mentions(self, frame: Frame) -> None:
        stretches = frame.stretches = outside_tokens(self.text, frame)
        self._opening = stretches[0]
        for index, tokens in enumerate(stretches):
            quote_before = index > 0
            if quote_before and (signed := self._signed(tokens)) is not None:
                frame.mentions.append(signed)
                continue
            found = False
            for k in range(len(tokens)):
                mention = self._cue_at(tokens, k, quote_before, stretches[0])
                if mention is not None:
                    frame.mentions.append(mention)
                    found = True
            if not found and quote_before and (unknown := self._unknown_verb(tokens)):
                frame.mentions.append(unknown)
                found = True
            if not found and tokens and tokens[-1].text == ":":
                source = tokens
                subject = _clause_subject(tokens) or _np_before(tokens, len(tokens) - 1)
                if subject is None and index:
                    source, subject = stretches[0], _clause_subject(stretches[0])
                if subject is not None:
                    mention = self._resolve(source, subject, ":", tokens[-1].span)
                    mention.governs = True
                    frame.mentions.append(mention)

    def _cue_at(
        self, tokens: list[Token], k: int, quote_before: bool, first: list[Token]
    ) -> Mention | None:
        token = tokens[k]
        word = token.text.lower()
        if word == "according" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "to":
            np = _np_after(tokens, k + 2)
            cue_span = Span(token.span.start, tokens[k + 1].span.end)
            return self._resolve(tokens, np, "according to", cue_span) if np else None
        if word == "words" and (np := _words_of(tokens, k)) is not None:
            return self._resolve(tokens, np, "in the words of", token.span)
        if word not in lexicons.cue_forms() or not _verbish(tokens, k):
            return None
        if k > 0 and token.text[:1].isupper() and tokens[k - 1].text[:1].isupper():
            return None  # a headline in title case: "Christie Calls Clinton", "Shooting Comments"
        if k > 0 and tokens[k - 1].text.lower() == "to":
            return None  # "to announce": an intention, not speech
        if k > 0 and tokens[k - 1].text == "-" and tokens[k - 1].span.end == token.span.start:
            return None  # "so-called"
        if _passive(tokens, k):
            return None  # "he was formally called to testify", "was said by"
        participle = token.tag == "VBG" or word.endswith("ing")
        if participle and k > 0 and tokens[k - 1].text.lower() in PARTICIPLE_AFTER:
            subject = _clause_subject(tokens[:k]) or _clause_subject(first)
            source = tokens if _clause_subject(tokens[:k]) else first
            return self._resolve(source, subject, token.text, token.span) if subject else None
        if participle and not (k > 0 and tokens[k - 1].text.lower() in BE_FORMS):
            # "said Robin Maynard, half joking": no subject stands before an -ing, but for
            # "with Senator John McCain telling reporters ..."
            subject = _np_before(tokens, k)
            linked = _linked(tokens, subject) if subject else None
            if linked is None and subject is not None and _absolute(tokens, subject):
                # "... a statement – Ryan saying he was “encouraged”": what follows is his
                return self._cued(tokens, subject, token, governs=True)
            if linked is None:
                return None
            return self._resolve(tokens, linked, token.text, token.span)
        if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "that":
            subject = _np_before(tokens, k)
            if subject is not None:
                return self._cued(tokens, subject, token, governs=True)
        subject, source = _np_before(tokens, k), tokens
        if (
            subject is not None
            and subject[0] > 0
            and tokens[subject[0] - 1].tag in {"VBD", "VBZ", "VBP"}
            and word.endswith("s")
        ):
            return None  # "continued his scathing remarks", "rated 32% of Republican claims"
        if subject is not None and subject[0] > 0 and tokens[subject[0] - 1].text in PLACE_WORDS:
            # "Protesters marching through the streets chanted": the streets did not
            subject = _clause_subject(tokens[: subject[0] - 1]) or subject
        if subject is None and k > 0 and tokens[k - 1].text.lower() == "and":
            subject = _clause_subject(tokens[: k - 1])  # "X called it ... and said"
            if subject is None:
                subject, source = _clause_subject(first), first
        if _opens_clause(tokens, k):  # "said all members agreed": what follows is content
            if subject is None:
                return None
            return self._cued(source, subject, token, governs=True)
        invertible = word not in {"told", "tells", "called", "accused", "urged"}
        if (
            subject is None
            and invertible
            and (quote_before and _stretch_start(tokens, k) or _clause_start(tokens, k))
        ):
            np = _np_after(tokens, k + 1)
            after = tokens[np[1]] if np is not None and np[1] < len(tokens) else None
            if after is not None and after.tag in CLAUSE_TAGS:
                np = None  # "said the days when ...": the start of what was said
            if np is not None and _speaker_like(tokens[np[0] : np[1]]):
                return self._resolve(tokens, np, token.text, token.span)
        if subject is None:
            return None
        colon = k + 1 < len(tokens) and tokens[k + 1].text == ":"  # "Y said: ..."
        return self._cued(source, subject, token, governs=colon)

    def _cued(
        self, tokens: list[Token], subject: tuple[int, int], cue: Token, governs: bool
    ) -> Mention:
        """The mention of ``subject`` as the speaker of ``cue``, marked when the cue
        introduces what follows it or stands in a subordinate clause ("when X said")."""
        mention = self._resolve(tokens, subject, cue.text, cue.span)
        mention.governs = governs
        opener = tokens[subject[0] - 1].text.lower() if subject[0] > 0 else ""
        mention.subordinate = opener in CLAUSE_OPENERS
        return mention

    def _resolve(
        self, tokens: list[Token], np: tuple[int, int], cue: str, cue_span: Span
    ) -> Mention:
        """Turn the tokens ``np`` into a mention of a person, organisation or group."""
        i, j = np
        words = tokens[i:j]
        start, end = words[0].span.start, words[-1].span.end
        phrase = self.text[start:end]
        if len(words) == 1 and words[0].text.lower() == "who" and i > 0:
            # "McConnell, the leader, who said": the mention is "who", the speaker McConnell
            antecedent = _np_before(tokens, i)
            if antecedent is None and tokens[i - 1].text == ",":
                antecedent = _np_before(tokens, i - 1)
            if antecedent is None or antecedent[1] > i:
                return Mention(Span(start, end), None, cue, cue_span)
            person = self._resolve(tokens, antecedent, cue, cue_span).person
            return Mention(Span(start, end), person, cue, cue_span)
        if len(words) == 1 and words[0].text.lower() in SUBJECT_PRONOUNS | {"him", "her"}:
            person = self._clause_antecedent(tokens[:i], words[0]) or self._pronoun(words[0])
            return Mention(Span(start, end), person, cue, cue_span)
        name = _name_tokens(words)
        if name is not None and _described_by_role(words, name[0]):
            name = None  # "a spokeswoman for the Pentagon": the spokeswoman speaks
        if name is not None:
            n0, n1 = name
            name_text = self.text[words[n0].span.start : words[n1 - 1].span.end]
            title = self.text[start : words[n0].span.start] if n0 > 0 else ""
            if looks_like_organisation(name_text) or _all_caps_acronym(name_text):
                person = self.cast.group(_strip_det(phrase), SpeakerKind.ORGANISATION, start)
            else:
                name_end = words[n1 - 1].span.end
                role = title_role(title)
                tag = party_tag(self.text, name_end)
                if tag:
                    role = f"{role} {tag}" if role else tag
                person = self.cast.name(name_text, start, role=role, title=title)
                person.add_role(appositive_role(self.text, after_name(self.text, name_end)))
                return Mention(
                    Span(words[n0].span.start, words[n1 - 1].span.end), person, cue, cue_span
                )
            return Mention(Span(start, end), person, cue, cue_span)
        named = _appositive_name(tokens, j)
        if named is not None:  # "Another critic, Laurence H. Tribe, likened": the name
            return self._resolve(tokens, named, cue, cue_span)
        head = _head(words)
        first = words[0].text.lower()
        if first not in INDEFINITE and head in lexicons.role_nouns():
            person = self.cast.nominal(head, start)
            if person is not None:
                self.cast.mention(start, person)
                return Mention(Span(start, end), person, cue, cue_span)
        kind = SpeakerKind.ANONYMOUS  # "a spokeswoman for the Pentagon", "sources familiar ..."
        if not _person_noun(head) and (
            looks_like_organisation(phrase) or head in ORGANISATION_HEADS
        ):
            kind = SpeakerKind.ORGANISATION  # "the Pentagon", "the Trump campaign"
        return Mention(
            Span(start, end), self.cast.group(_strip_det(phrase), kind, start), cue, cue_span
        )

    def _clause_antecedent(self, before: list[Token], pronoun: Token) -> Person | None:
        """ "Ban Ki-moon condemned what he called ...": a pronoun after the subject of
        its own sentence refers to that subject when the gender allows."""
        subject = _clause_subject(before)
        if subject is None and self._opening is not before:
            before = self._opening  # "Trump took to Twitter ... and ... what he called"
            subject = _clause_subject(before)
        if subject is None or before[subject[0]].text.lower() in SUBJECT_PRONOUNS:
            return None
        words = before[subject[0] : subject[1]]
        if _name_tokens(words) is None:
            return None
        person = self._resolve(before, subject, "", pronoun.span).person
        gender = PRONOUN_GENDER.get(pronoun.text.lower())
        wanted = SpeakerKind.ORGANISATION if pronoun.text.lower() == "it" else SpeakerKind.PERSON
        if person is None or person.kind != wanted:
            return None  # "the Security Council ... what it called": the council
        if gender and person.gender not in (None, gender):
            return None
        self.cast.mention(pronoun.span.start, person)
        return person

    def _pronoun(self, token: Token) -> Person | None:
        word = token.text.lower()
        if word in FIRST_PERSON or word == "it":
            return None
        person = self.cast.pronoun(word, token.span.start)
        if person is not None:
            self.cast.mention(token.span.start, person)
        return person

    # ---- sieve 5: the subject of the quotation's sentence
    def _subject(self, frame: Frame) -> Mention | None:
        """ "Mr. Obama expressed a deep regret for “...”": the sentence's subject."""
        if frame.quote_only:
            return None
        tokens = frame.stretches[0] if frame.stretches else []
        subject = _clause_subject(tokens)
        if subject is None:
            return None
        verb = tokens[_skip_right(tokens, subject[1])] if subject[1] < len(tokens) else None
        if verb is None:
            return None
        return self._resolve(tokens, subject, verb.text, verb.span)

    # ---- choosing among the frame's cues, and the neighbours
    def _choose(self, frame: Frame, q: QuotedSpan) -> Mention | None:
        if not frame.mentions:
            return None
        cues = self._cues.get(id(frame))
        if cues is None or cues.mentions is not frame.mentions:
            cues = self._cues[id(frame)] = _NearestCue(frame.mentions)
        nearest = cues.nearest(q)
        if nearest is None:
            return None
        if nearest.cue_span.end <= q.opener and not nearest.governs:
            # "he emphasized that ... all member states agreed “clearly”": the outer cue
            outer = cues.first_governing(ending_by=nearest.cue_span.start)
            if outer is not None and not any(
                outer.cue_span.end <= other.opener < nearest.cue_span.start
                for other in frame.quotes
            ):  # "After X said that “...”, Y said: “...”": Y's clause is not X's
                return outer
        return nearest

    def _neighbour(
        self, para_frames: list[Frame], position: int, last: Mention | None
    ) -> Mention | None:
        """A quotation standing alone speaks with the voice just before or after it; one
        opening its sentence ("“...” for the top bracket.") with the voice before it."""
        frame = para_frames[position]
        if last is not None and (frame.quote_only or self._opens_frame(frame)):
            return last
        if not frame.quote_only:
            return None
        for frame in para_frames[position + 1 :]:
            if frame.mentions:
                return frame.mentions[0] if frame.quotes else None
            if not frame.quotes:
                return None
        return None

    def _opens_frame(self, frame: Frame) -> bool:
        """Does the frame begin with its first quotation, at most a conjunction or an
        adverb before it ("But “...”", "Indeed, “...”")?"""
        if not frame.quotes:
            return False
        before = self.text[frame.span.start : frame.quotes[0].opener]
        words = re.findall(r"\w+", before)
        return len(words) <= 1 and all(w.lower() in OPENING_WORDS for w in words)

    # ---- what counts as a quotation
    def _is_whole(self, frame: Frame, q: QuotedSpan) -> bool:
        inner = self.text[q.span.start : q.span.end].rstrip()
        return inner[-1:] in ",.?!…" if inner else False

    def _keep(self, frame: Frame, q: QuotedSpan, words: int) -> bool:
        """Is this quoted text something somebody said, rather than a term or a title?

        A quotation standing as its own sentence, or with a cue in its sentence, is. So
        is a longer fragment. A lone quoted word, or a capitalised phrase with no
        punctuation of speech ("The Walking Dead", "Crooked Hillary") with no cue near
        it, names something rather than quotes someone; so does a phrase in title case
        ("Born in the U.S.A.").
        """
        if self.text[q.opener - 1 : q.opener] == "=":
            return False  # markup: <tweet id="672138506081275904">
        if frame.quote_only or q.continues or q.continued:
            return True
        inner = self.text[q.span.start : q.span.end].strip()
        titled = inner[:1].isupper() and all(w[:1].isupper() for w in inner.split() if len(w) > 3)
        if titled and 1 < words <= MIN_UNCUED_WORDS and inner[-1:] not in ",?!":
            return False  # "CNN's “New Day.”", "Born in the U.S.A."
        if frame.mentions or words >= MIN_UNCUED_WORDS:
            return True
        return words > 1 and not (inner[:1].isupper() and inner[-1:] not in ",.?!")


# ---- noun phrases over tagged tokens
def _verbish(tokens: list[Token], k: int) -> bool:
    """Is the cue word at ``k`` a verb here? A tagger trained on little news calls
    "writes" or "read" a noun after a quotation; right after the quotation, or between
    its subject and the end of the clause, it is the verb."""
    if tokens[k].tag.startswith("VB"):
        return True
    word = tokens[k].text.lower()
    if lexicons.cue_forms().get(word) == word:
        return False  # "state", "post", "call": nouns as often as verbs
    if _stretch_start(tokens, k):
        return True  # "…,” writes Kevin Williamson"
    after = tokens[k + 1].text if k + 1 < len(tokens) else "."
    before = tokens[k - 1]
    return before.tag in NOUN_TAGS and (
        after in {".", ",", ":", "that", "of", "in", "on", "at", "during"} or after[:1].isupper()
    )  # "Mr. Clarke recalled/NN of the proceedings"


def _words_of(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker of "in the words of a senior adviser" or "in Forbes' words"."""
    before = [t.text.lower() for t in tokens[max(0, k - 2) : k]]
    if before == ["in", "the"] and k + 1 < len(tokens) and tokens[k + 1].text == "of":
        return _np_after(tokens, k + 2)
    if before[-1:] and before[-1] in {"'s", "\u2019s", "'", "\u2019"}:
        np = _np_before(tokens, k - 1)
        if np is not None and np[0] > 0 and tokens[np[0] - 1].text.lower() == "in":
            return np
    return None


def _absolute(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Is ``np`` a name opening a clause of its own after a break ("– Ryan saying",
    "and Trump calling it")?"""
    i, j = np
    breaks = {",", "\u2013", "\u2014", "--", ";", "and"}
    return i > 0 and tokens[i - 1].text in breaks and _named(tokens[i:j])


def _linked(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The part of a noun phrase after a "with" or "of" in or just before it: the X of
    "footage of X asking" or "with X telling"."""
    i, j = np
    links = [n for n in range(max(i - 1, 0), j) if tokens[n].text.lower() in {"with", "of"}]
    return (links[-1] + 1, j) if links and links[-1] + 1 < j else None


def _passive(tokens: list[Token], k: int) -> bool:
    """Is the cue at ``k`` a participle after a form of "be" ("was called", "is told")?"""
    if (
        tokens[k].text.lower() in {"said", "told", "called", "asked", "quoted"}
        or tokens[k].tag == "VBN"
    ):
        j = k - 1
        while j >= 0 and tokens[j].tag == "RB":
            j -= 1
        return j >= 0 and tokens[j].text.lower() in BE_FORMS
    return False


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Does a clause with its own subject and verb follow the cue ("said all members
    agreed", "said he was")? Then the words after the cue are not its speaker."""
    np = _np_after(tokens, k + 1)
    if np is None:
        return False
    j = np[1]
    while j < len(tokens) and tokens[j].tag == "RB":
        j += 1
    if j >= len(tokens) or tokens[j].tag not in {"VBD", "VBZ", "VBP", "MD"}:
        return False
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    # "said MSNBC host Chris Matthews": "host" tagged as a verb is no clause
    return following is None or following.tag not in nlp.PROPER_TAGS


def _stretch_start(tokens: list[Token], k: int) -> bool:
    """Only punctuation and adverbs between the quotation's close and the cue."""
    return all(not t.text[0].isalnum() or t.text.lower() in SKIPPABLE for t in tokens[:k])


def _clause_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The subject of a clause: the first noun phrase that a verb follows, past any
    opening phrase ("At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried ...")."""
    starts = [0] + [n + 1 for n, t in enumerate(tokens) if t.text in {",", "\u2014", "--"}]
    if tokens and tokens[0].text.lower() in SUBORDINATORS:
        # the main clause first; else "While Will acknowledges ... “...”": Will's words
        starts = [*starts[1:], 1]
    for i in starts:
        while i < len(tokens) and (tokens[i].tag == "CC" or tokens[i].text.lower() in SKIPPABLE):
            i += 1  # "And Mr. Christie gloated:"
        if i >= len(tokens):
            break
        if tokens[i].text.lower() in SUBJECT_PRONOUNS:
            np: tuple[int, int] | None = (i, i + 1)
        else:
            np = _np_after(tokens, i)
        if np is None:
            continue
        after = _skip_right(tokens, np[1])
        verb = after < len(tokens) and (tokens[after].tag[:2] == "VB" or tokens[after].tag == "MD")
        if verb and any(
            t.tag in {"NNP", "NNPS", "NN", "NNS", "PRP"} for t in tokens[np[0] : np[1]]
        ):
            return np
    return None


def _skip_right(tokens: list[Token], j: int) -> int:
    """Past adverbs, a parenthesis or an appositive after a subject
    ("Reid (D-Nev.) also said", "Huma Abedin, vice chairwoman ..., emailed")."""
    while j < len(tokens):
        token = tokens[j]
        if token.tag == "RB" or token.text.lower() in SKIPPABLE - {
            "has",
            "have",
            "had",
            "was",
            "is",
            "were",
        }:
            j += 1
        elif token.text in {"(", ","}:
            close = ")" if token.text == "(" else ","
            end = next((n for n in range(j + 1, len(tokens)) if tokens[n].text == close), None)
            if end is None or close == "," and not _aside(tokens[j + 1 : end]):
                return j
            j = end + 1
        else:
            return j
    return j


def _clause_start(tokens: list[Token], k: int) -> bool:
    j = k - 1
    while j >= 0 and tokens[j].text.lower() in SKIPPABLE:
        j -= 1
    return j < 0 or tokens[j].text in {",", ";", ":", "--", "\u2014", "\u2013", "(", "and"}


def _np_tok(token: Token) -> bool:
    word = token.text.lower()
    if word in DETERMINERS or token.tag in NP_TAGS or word in lexicons.role_nouns():
        return True  # "one Clinton aide/RB said": a role noun, whatever the tagger says
    if token.tag in {"WP", "WDT", "WRB"} and word not in WH_WORDS:
        return token.text[:1].isupper()  # "Weaver" is no wh-word, whatever the tagger says
    if token.tag in NOT_NP_TAGS:
        return False
    if token.tag.startswith("VB"):
        # "Husted", "Reed": unknown names ending like verbs; "Following ...," is no name
        return token.text[:1].isupper() and token.tag != "VBG"
    return (
        token.text[:1].isupper() or token.text in {"-", "&", ".", "/"} or token.text.endswith(".")
    )


def _skip_left(tokens: list[Token], j: int) -> int:
    """Past adverbs, auxiliaries, times ("on Tuesday", "in 2010") and a parenthesis
    ("(D-Nev.)")."""
    while j >= 0:
        word = tokens[j].text.lower()
        if word in SKIPPABLE or word in TIME_WORDS or tokens[j].tag == "RB" and word.endswith("ly"):
            j -= 1  # "Clinton boldly suggested"
        elif YEAR.fullmatch(word):
            j -= 1
            if j >= 0 and tokens[j].text.lower() in {"in", "since"}:
                j -= 1
        elif word == ")":
            opening = j
            while opening >= 0 and tokens[opening].text != "(":
                opening -= 1
            if opening < 0:
                return j
            j = opening - 1
        else:
            return j
    return j


def _np_before(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of the cue at ``k``: "Borrell said", "Josep Borrell, the ..., said"."""
    j = _skip_left(tokens, k - 1)
    if j < 0:
        return None
    if j > 0 and tokens[j].text == "," and tokens[j - 1].text == ")":
        j = _skip_left(tokens, j - 1)  # "Gov. John Kasich (R-OH), said"
    asides = 0  # "X, president of Y, which represents Z, said": two at most
    while j >= 0 and tokens[j].text == "," and asides < 2:
        opening = j - 1  # an appositive: skip back to the comma that opens it
        while opening >= 0 and tokens[opening].text not in {",", "\u201d", '"'}:
            opening -= 1
        inner = tokens[opening + 1 : j]
        if inner and all(t.tag in nlp.PROPER_TAGS for t in inner) and opening > 0:
            return (opening + 1, j)  # "her adviser, Jake Sullivan, said": the name speaks
        if opening <= 0 or tokens[opening].text != "," or not _aside(inner):
            if asides:
                break  # this comma opens the aside already skipped
            return None
        j, asides = opening, asides + 1
    if asides:
        j = _skip_left(tokens, j - 1)
    if j < 0 or tokens[j].text == ",":
        return None
    if tokens[j].text.lower() == "who" and (j == 0 or tokens[j - 1].text != ","):
        return None  # "anybody who complains": a restrictive clause names no speaker
    if tokens[j].text.lower() in SUBJECT_PRONOUNS | {"who"}:
        return (j, j + 1)
    end = j + 1
    if not _np_tok(tokens[j]) or tokens[j].tag in {"DT"}:
        return None
    while j > 0:
        prev = tokens[j - 1]
        if (
            _np_tok(prev)
            and prev.text not in {".", ","}
            or prev.text.lower() in NP_INNER
            and j > 1
            and _np_tok(tokens[j - 2])
        ):
            j -= 1
        else:
            break
    while j < end and (tokens[j].text.lower() in NP_INNER or tokens[j].tag in {"IN", "WDT"}):
        j += 1
    return (j, end) if j < end else None


def _aside(words: list[Token]) -> bool:
    """Words set off by commas between a subject and its verb: an appositive, or a
    phrase of time, place or manner (", at a later press gaggle,", ", speaking to
    reporters,")."""
    if words and words[0].tag in {"IN", "RB", "VBG"}:
        return not any(w.tag in {"VBZ", "VBD", "VBP", "MD"} for w in words)
    return _appositive(words)


def _appositive(words: list[Token]) -> bool:
    """ ", the EU's top diplomat," describes; ", is prepared to act," does not."""
    if words and words[0].text.lower() in {"who", "whose", "which"}:
        return True
    if not words or words[0].tag not in APPOSITIVE_START:
        return False
    for n, word in enumerate(words):
        if word.text.lower() in {"who", "which", "that", "whose"}:
            return True
        following = words[n + 1].tag if n + 1 < len(words) else ""
        if (
            word.tag in {"VBZ", "VBD", "VBP", "MD"}
            and not following.startswith("NN")
            and word.text.lower() not in lexicons.role_nouns()
        ):
            return False  # a verb, unless a noun follows ("the firefighters union") or it
            # is a role noun the tagger took for a verb ("a former ambassador/VBP to")
    return True


def _np_after(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The speaker after an inverted cue: "said Defense Minister Danno Pevkur in ..."."""
    while k < len(tokens) and tokens[k].text.lower() in SKIPPABLE:
        k += 1
    if k >= len(tokens):
        return None
    if tokens[k].text.lower() in SUBJECT_PRONOUNS | {"him", "her"}:
        return (k, k + 1)
    end = k
    while end < len(tokens):
        tok = tokens[end]
        nxt = tokens[end + 1] if end + 1 < len(tokens) else None
        joins = nxt is not None and _np_tok(nxt) and nxt.text not in {",", "."}
        if _np_tok(tok) and tok.text not in {",", "."} or _hyphen_glued(tokens, end):
            end += 1
        elif (
            tok.text.lower() in {"with", "to"}
            and end > k
            and tokens[end - 1].text.lower() in {"familiar", "close"}
            and joins
        ):
            end += 1  # "sources familiar with the matter", "people close to him"
        elif tok.text.lower() in {"of", "for"} and end > k and joins and not _named(tokens[k:end]):
            end += 1  # "Secretary of State John Kerry", not "Cameron Easley for Morning Consult"
        elif tok.tag in {"VBN", "VBG"} and end > k and joins:
            end += 1  # "one unaligned Florida strategist", "a retired general"
        else:
            break
    if end == k or tokens[k].text.lower() in {"that", "this"}:
        return None
    if all(t.tag == "DT" or t.text.lower() in DETERMINERS for t in tokens[k:end]):
        return None
    return (k, end)


def _named(words: list[Token], titles: bool = False) -> bool:
    """Do the words hold a proper name ("Cameron Easley"), a title counting as one only
    with ``titles``?"""
    return any(w.tag in nlp.PROPER_TAGS and (titles or not is_title_word(w.text)) for w in words)


def _appositive_name(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """The name set off by commas right after a noun phrase ending at ``j``."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    end = j + 1
    while end < len(tokens) and tokens[end].tag in nlp.PROPER_TAGS:
        end += 1
    if end == j + 1 or end >= len(tokens) or tokens[end].text != ",":
        return None
    return (j + 1, end) if _name_tokens(tokens[j + 1 : end]) == (0, end - j - 1) else None


def _described_by_role(words: list[Token], name_start: int) -> bool:
    """Is the name in ``words`` only the complement of a lower-case role ("a spokeswoman
    for the Pentagon", "an aide to Hillary Clinton")?"""
    preposition = next(
        (n for n, w in enumerate(words[:name_start]) if n and w.text.lower() in NP_INNER), None
    )
    if preposition is None:
        return False
    head = _head(words[:preposition])
    lower = words[preposition - 1].text.islower()
    return lower and _person_noun(head)


def _head(words: list[Token]) -> str:
    """The head noun of a noun phrase, singular and in lower case: "spokeswoman" in "a
    spokeswoman for the Pentagon", "source" in "sources familiar with the matter"."""
    end = next(
        (n for n, w in enumerate(words) if n and w.text.lower() in NP_INNER | {"familiar"}),
        len(words),
    )
    head = words[end - 1].text.lower()
    return head[:-1] if head.endswith("s") and _person_noun(head[:-1]) else head


def _person_noun(word: str) -> bool:
    """A noun for a person or people: a role ("spokeswoman") or "source", "official"."""
    return word in lexicons.role_nouns() or word in PEOPLE_NOUNS


def _hyphen_glued(tokens: list[Token], j: int) -> bool:
    """Is ``tokens[j]`` the end of a hyphenated word ("Ki-moon", "anti-war")?"""
    return (
        j >= 2
        and tokens[j - 1].text == "-"
        and tokens[j - 2].span.end == tokens[j - 1].span.start
        and tokens[j - 1].span.end == tokens[j].span.start
    )


def _speaker_like(words: list[Token]) -> bool:
    """ "said Smith", "said the minister", "said a spokesman" — not "continued struggles"."""
    first = words[0]
    head = _head(words)
    return (
        _person_noun(head)
        or first.text.lower() in DETERMINERS
        or first.tag in {"PRP", "PRP$", "DT"}
        or _named(words, titles=True)
    )


def _name_tokens(words: list[Token]) -> tuple[int, int] | None:
    """The last run of capitalised words in an NP that is not a title: the name."""
    end = len(words)
    while end > 0 and not _capitalised(words[end - 1]):
        if words[end - 1].text in {"'s", "\u2019s", "\u2019", "'"}:
            return None  # "Clinton's spokesman": the head is the spokesman
        if words[end - 1].tag in {"NN", "NNS"}:
            return None  # "a Pentagon spokesman", "the Trump campaign": a modifier
        end -= 1
    start = end
    while start > 0 and (
        _capitalised(words[start - 1])
        and not is_title_word(words[start - 1].text)
        or words[start - 1].text.lower() in nlp.NAME_PARTICLES
    ):
        start -= 1
    if start == end and end >= 2 and nlp.is_first_name(words[end - 2].text):
        start = end - 2  # "Charlie King", "Dana Bishop": a surname that is also a title
    if start == end:
        return None
    given = next((n for n in range(start, end - 1) if nlp.is_first_name(words[n].text)), None)
    if given is not None:
        start = given  # "City Attorney Brad Holm", "Secretary of State John F. Kerry"
    while end + 1 < len(words) and _hyphen_glued(words, end + 1):
        end += 2  # "Ban Ki-moon"
    if words[start].text.lower() in {"the"}:
        start += 1
    return (start, end) if start < end else None


def _capitalised(token: Token) -> bool:
    text = token.text
    return (
        text[:1].isupper()
        and token.tag not in {"PRP", "DT", "IN", "CC"}
        and text.lower() not in SUBJECT_PRONOUNS
    )


def _strip_det(phrase: str) -> str:
    return re.sub(r"^(?:the)\s+", "", phrase.strip(), flags=re.IGNORECASE)


def _all_caps_acronym(name: str) -> bool:
    return name.isupper() and len(name) <= 5 and "." not in name
