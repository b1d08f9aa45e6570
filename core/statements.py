"""Statements: everything an article attributes to a source, quoted or not.

Quotation attribution (``core.attribution``) answers who said each quotation. A
statement is broader: a source, a cue and the content attributed, of three kinds:
``direct`` (the content is quotation: one attribution may hold several, as in “A,” she
said. “B.”), ``mixed`` (a reported clause holding a partial quotation, which stays a
quotation too) and ``reported`` (no quotation mark: "Borrell said the needs were
enormous", "The talks stalled, officials said", "according to two officials, ...").

The statement model (``core.statement_model``) finds the words that cue an attribution
in each frame; the source of each is the speaker mention the Attributor finds for it,
resolved to a person as a quotation's speaker is (pronouns, nominals, roles). The
content is the clause the cue opens, as far as the model lets it run, or, when nothing
follows the cue ("..., officials said."), the clause before its source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, pairwise

from core import lexicons, nlp, statement_model
from core.attribution import Attribution, Attributor
from core.cue_frames import Frame, Mention, between_marks
from core.dates import WEEKDAYS
from core.document import Span, SpeakerKind, StatementKind, Token
from core.labels import colon_label
from core.nominals import CHANNEL_NOUNS
from core.people_phrases import thing_phrase
from core.person import Person
from core.phrases import (
    ASIDE_DASHES,
    BE_FORMS,
    FINITE_TAGS,
    NOUN_TAGS,
    SKIPPABLE,
    clause_subject,
    dash_aside_opening,
    head_word,
    last_clause_subject,
    np_after,
    np_before,
)
from core.quotes import QUOTE_MARKS, QuotedSpan, names_a_work, names_something, scan
from core.role_grammar import sentence_tokens
from core.roles_before_name import apposed_before
from core.saying_grammar import POLL_WORDS
from core.statement_model import (
    ASIDE_MARKS,
    ASIDE_REACH,
    BREAKS,
    DETERMINERS,
    FRONTING_WORDS,
    JOINED,
    OPENINGS,
    PRONOUNS,
    QUOTE,
    WH_WORDS,
    Words,
)
from core.transcripts import TurnSpan

PIECES = " \u2026 "  # joins a statement's pieces into its text
SAID_WORDS = 4  # words of a partial quotation, at least, to stand as a statement alone
THAT_REACH = 6  # words between a cue and the "that" opening its content
OBJECT_REACH = 4  # words of the person told before what they were told
AGENT_REACH = 4  # words between a passive cue and the "by" of its agent
# open a passive's complement after its agent: "criticized by X [for failing to ...]",
# "remembered by historians [as a liberal champion]"
AGENT_COMPLEMENTS = frozenset({"for", "as"})
GIVERS = frozenset({"from", "among"})  # before who gives what a subject receives
OBJECT_TAGS = frozenset(  # between a verb and its object's head ("won [overwhelming] support")
    {"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "RB", "RBR", "CD", "RP", "NN", "VBG"}
)
NEGATIONS = frozenset({"not", "n't", "never"})
LONGEST_CUE = 40  # characters of a cue the Attributor found ("according to")
LONGEST_CONTENT = 150  # words of a content, at most
TAG_BEHIND, TAG_AHEAD = 8, 8  # words tagged around a cue in a frame left untagged
SUBJECT_REACH = 40  # words before a cue searched for its subject when none is nearer
CUE_GAP = 2  # words between two cue words of one cue ("declined to comment")
ADJUNCT_REACH = 20  # words of when and where between a cue and its content
SHORT_ADJUNCT = 3  # words of when before an infinitive or a question ("asked on Monday whether")
SOURCE_REACH = 6  # words of a source's title before its name ("ministry spokesman X")
ADJUNCT_CLAUSE = 6  # words from which a clause opening with "as" or "after" is content
SOURCE_PHRASE = 20  # words of a source's phrase after its head ("a poll conducted by ...")
APPOSITION = 8  # words of an apposition after a source ("Marsh, a monetary historian, ...")
DIRECT_SHARE = 0.9  # of the content's letters quoted: a direct statement
FRONT_REACH = 3  # words before a cue opening a participle clause ("In addition to stating")
FRONT_OPENERS = frozenset(
    {"after", "before", "while", "when", "despite", "since", "upon", "without", "besides", "in",
     "addition", "to", "by", "on", "through", "instead", "of", "having"}
)  # fmt: skip
LABEL_WORDS = 6  # words of a name that labels its paragraph ("Clinton camp: ...")
LABEL_CONTENT = 3  # words after the colon, at least
DATELINE_WORDS = 9  # words of a lede's dateline, at most ("WASHINGTON, June 24 (UPI) \u2014")
DATELINE_DASHES = ASIDE_DASHES | {"-"}
CLOCK_WORDS = frozenset({"am", "pm", "gmt", "utc", "bst", "est", "edt", "pst", "pdt", "cet"})
LABEL_COLON = re.compile(r":(?=\s|$)")  # one within a word labels nothing ("10:15 pm", "http:")
TWO_LETTERS = re.compile(r"[^\W\d_]{2}")  # a word of two letters or more: "R" and "3" hold none
OBJECT_FIRST = frozenset(
    {"told", "tell", "tells", "telling", "asked", "asks", "urged", "urges", "reminded",
     "assured", "informed", "warned", "warns"}
)  # fmt: skip
ADVERBS = frozenset(
    {"not", "n't", "never", "also", "still", "already", "just", "now", "then", "again", "often",
     "even", "long", "later", "previously", "repeatedly", "privately", "publicly", "widely",
     "first", "much", "well"}
)  # fmt: skip
POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
OWNERS = POSSESSIVES | POSSESSIVE_PRONOUNS.keys()
STATEMENT_NOUNS = lexicons.statement_nouns()
# heads of a phrase whose people speak: counted ones, pollsters, a governed place
SPEAKING_GROUP_HEADS = lexicons.counting_heads() | POLL_WORDS | lexicons.governed_places()
RELATIVES = frozenset({"who", "that", "which"})
CLAUSE_OPENINGS = WH_WORDS | {"that", "where", "when"}  # what opens a content that is a clause
NEW_CLAUSE = JOINED | {"so", "yet"}  # after a comma, a clause of its own follows
SUBORDINATE_OPENINGS = RELATIVES | {  # open a clause inside another, with its own verb
    "when",
    "while",
    "because",
    "although",
    "though",
    "whereas",
    "unless",
    "if",
    "whether",
}
DEMONSTRATIVES = frozenset({"this", "that"})  # may stand as a content's subject
ARTICLES = frozenset({"The", "A", "An"})  # open a headline's label that names no one
PARTICIPLE_OPENERS = frozenset(  # before a fronted participle cue: "When asked", "If elected"
    {"when", "if", "once", "after", "as", "while", "unless", "until"}
)
APPOSITION_RELATIVES = frozenset({"who", "whose", "whom", "which"})  # open a source's description
JOINS = frozenset({"and", "but", "while", "whereas"})  # clauses of two attributions
LEADING_JOINS = frozenset({"and", "but", "yet", "so"})  # may stand before a sentence's first cue
CLAUSE_OPENERS = JOINS | {"where", "when", "that", "which", "who", "because", "although"}
TITLE_BREAKERS = RELATIVES | {"and", "or", "but", "as", "when", "because", "if", "while"}
PARTICLES = frozenset({"out", "up", "off", "down", "back"})  # of a phrasal cue: "pointed out"
PARTICIPLE_ENDINGS = ("ed", "en", "wn", "d", "t")  # "viewed", "seen", "shown", "held", "meant"
WH_OPENINGS = frozenset({"if", "whether", "what", "how", "why"})  # "asked if", "told us what"
OBJECT_ENDS = frozenset({"that", "to", ".", QUOTE, "which", "where"})  # "asked her which ..."
CUE_PREPOSITIONS = frozenset(
    {"about", "for", "of", "on", "upon", "with", "against", "over", "into", "to"}
)
PREPOSITIONS = CUE_PREPOSITIONS | {"in", "at", "during", "via", "through", "by", "from", "after"}
ADJUNCT_PREPOSITIONS = PREPOSITIONS - CUE_PREPOSITIONS | {"on"}  # "told X in a letter"
NOMINAL_STARTS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
     "those", "him", "them", "me", "us", "it", "all", "any", "some", "every"}
)  # fmt: skip
CLAUSE_BREAKS = frozenset({",", ";", "\u2014", "\u2013", "--", "-", ":", "("})
OPENING_ENDS = CLAUSE_BREAKS | {QUOTE}  # what ends the clause a content opens with
PHRASE_ENDS = CLAUSE_BREAKS - {","} | {QUOTE, "that", ".", "who", "which"}  # a phrase stops
VERB_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but"}) | ASIDE_DASHES
ADVERB_TAGS = frozenset({"RB", "MD", "EX"})  # between a subject and its cue ("Polls there show")
SUBJECT_MODIFIER_TAGS = frozenset({"DT", "JJ", "PRP$", "CD", "NN", "NNP"})  # before "analysts"
# what says a phrase is a clause or ends ("'s" there is an owner's: "X, Clinton's adviser,")
AUXILIARIES = statement_model.AUXILIARIES - POSSESSIVES
CLAUSE_WORDS = AUXILIARIES | PRONOUNS | PHRASE_ENDS
# a clause has begun: no "that" opens it ("said he knew that", not "convince you that")
CLAUSE_STARTS = AUXILIARIES | PRONOUNS - {"who", "you"}
INVERTED_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "they"})  # "Nor, he said, did he"
ASIDE_BREAKS = frozenset({",", "\u2014", "\u2013", "--"})  # before "A, he added, B"
CLOSING = frozenset({".", ",", ";", ":", "\u2014", "\u2013", "--", "-", "(", ")"})
ADJUNCT_WORDS = WEEKDAYS | {
    "on", "in", "at", "during", "last", "this", "today", "yesterday", "tonight", "earlier",
    "later", "recently", "after", "before", "told", "while", "when", "as", "afterward",
    "then", "again", "too", "also", "repeatedly", "privately", "publicly", "via",
    "through", "by", "from", "late", "early",
}  # fmt: skip


@dataclass
class Draft:
    """A statement before its source is turned into a speaker."""

    kind: StatementKind
    content: list[Span]
    mention: Mention | None
    cue: Span | None = None  # when it is not the mention's cue
    partial: bool = False  # a partial quotation, as a statement of its own until placed
    voiceless: bool = False  # its source was found but cannot speak ("-constant")


def find(
    text: str,
    all_frames: Sequence[Frame],
    attributions: Sequence[Attribution],
    attributor: Attributor,
) -> list[Draft]:
    """Every statement of the article, in text order."""
    model = statement_model.model()
    said_by = {  # a quotation's cue; a partial one inside a sentence is said where it says
        id(att.quote): (
            att.mention.cue_span,
            att.sieve == "cue" and (att.partial or _led_in(text, att.mention.cue_span, att.quote)),
        )
        for att in attributions
        if att.mention is not None
    }
    reported = [
        draft
        for frame in all_frames
        if frame.quotes or model.may_hold_cue(text[frame.span.start : frame.span.end])
        for draft in _FrameReader(text, frame, attributor, model).statements(
            [(*said_by[id(q)], Span(q.opener, q.after)) for q in frame.quotes if id(q) in said_by]
        )
    ]
    turns = [  # a transcript's turns (core.transcripts): quotations, not labelled statements
        Draft(StatementKind.DIRECT, [att.quote.span], att.mention)
        for att in attributions
        if isinstance(att.quote, TurnSpan)
    ]
    reported += _labelled(text, all_frames, attributor, [*reported, *turns])
    inside = _Cover(piece for d in reported for piece in d.content)
    direct = [
        d
        for d in _direct(text, attributions)
        if not all(map(inside.covers, d.content)) and not _fragment(text, d)
    ]
    direct = [d for d in direct if not _goes_on(text, d, reported)]
    return sorted(direct + reported, key=lambda d: (d.content[0].start, d.content[-1].end))


def settle_quotations(
    text: str,
    all_frames: Sequence[Frame],
    attributions: Sequence[Attribution],
    drafts: Sequence[Draft],
) -> list[Attribution]:
    """The article's quotations, in text order, once its reported statements are known.

    Quoted words that a reported statement holds are its source's, a partial quotation of
    theirs, even a word or two the attributor left as a term ("He called the ruling
    “shameful”"), a slogan or a nickname in capitals ("he called Rubio “Little Marco”",
    "her campaign's “Stronger Together” theme"), though not the title of a work or a
    programme (:func:`core.quotes.names_a_work`: "said on NBC's “Meet the Press”"), a lone
    letter, or words inside another quotation or a transcript's turn. Quoted words that no
    statement holds and that stand as a term in the writer's own noun phrase are no
    quotation ("the company's “unlimited” vacation policy", "the so-called “culture
    committee”": :func:`_writers_term`)."""
    # a statement whose source cannot speak still holds its quoted words, said by no one
    reported = [
        d for d in drafts if d.kind is not StatementKind.DIRECT and (d.mention or d.voiceless)
    ]
    held = _Cover(piece for d in reported for piece in d.content)
    kept = [
        att
        for att in attributions
        if held.covers(_words(text, att.quote)) or not _writers_term(text, att.quote)
    ]
    kept = [_given_holder(text, att, reported) for att in kept]
    taken = {(att.quote.span.start, att.quote.span.end) for att in attributions}
    added: list[Attribution] = []
    for frame in all_frames:
        for q in frame.quotes:
            if (q.span.start, q.span.end) in taken or q.single or q.continued or q.continues:
                continue
            words = _words(text, q)
            if words.end <= words.start or between_marks(text, q):
                continue
            if text[words.start].isupper() and (
                names_a_work(text, q) or _no_word(text, words) or _inside_another(q, attributions)
            ):
                continue  # "said on NBC's “Meet the Press”", "for “R,” or “D,”"
            if _writers_term(text, q):
                continue  # "the startup's “smart” kettle": whatever a statement holds
            if (holder := _holder(reported, words)) is not None:
                added.append(Attribution(q, holder.mention, True, "statement"))
    if not added:
        return kept
    return sorted([*kept, *added], key=lambda att: att.quote.span.start)


def _given_holder(text: str, att: Attribution, reported: Sequence[Draft]) -> Attribution:
    """A quotation the attributor found no speaker for, inside a statement reported by a
    person the article names, with a verb, is that person's ("The phrase “tax reform” was
    uttered once, by Mr. Cruz"; "explained Rosenberg, “with this thing ...”"). Not a term
    in the writer's own noun phrase ("by proposing ''value-added tax'' systems"), nor a
    headline's quotation in single marks, nor one a noun reports ("his passion for the
    cause of “...”", "the lawsuit's claim"), nor a thing's, a group's or an unnamed
    source's."""
    if att.mention is not None or att.quote.single or _writers_term(text, att.quote):
        return att
    holder = _holder(reported, _words(text, att.quote))
    if holder is None or holder.mention is None:
        return att
    person, cue = holder.mention.person, holder.mention.cue_span
    if person is None or person.kind != SpeakerKind.PERSON or not _verb_at(text, cue):
        return att
    return Attribution(att.quote, holder.mention, att.partial, "statement")


def _holder(reported: Sequence[Draft], words: Span) -> Draft | None:
    """The reported statement whose content holds ``words``, if any."""
    return next(
        (
            d
            for d in reported
            if any(p.start <= words.start and words.end <= p.end for p in d.content)
        ),
        None,
    )


def _verb_at(text: str, at: Span) -> bool:
    """Is the word at ``at`` a verb: a speech verb's form, or a verb as its paragraph tags
    it ("The phrase was uttered")? The tagger reads an inverted cue as an adjective
    ("..., explained/JJ Rosenberg, “...”")."""
    if text[at.start : at.end].lower() in lexicons.cue_forms():
        return True
    start, end = text.rfind("\n", 0, at.start) + 1, text.find("\n", at.end)
    tokens = nlp.tagged(text, start, len(text) if end < 0 else end)
    found = [t for t in tokens if t.span.start == at.start]
    return bool(found) and found[0].tag.startswith("VB")


def _inside_another(q: QuotedSpan, attributions: Sequence[Attribution]) -> bool:
    """Does ``q`` stand inside another quotation or a transcript's turn, which holds its
    words ("A: ... I remember thinking, “Well, that's how it ends.”")?"""
    return any(att.quote.span.contains(q.span) and att.quote.span != q.span for att in attributions)


def _no_word(text: str, words: Span) -> bool:
    """Do the quoted ``words`` hold no word of two letters ("R", "D", "3")?"""
    return TWO_LETTERS.search(text, words.start, words.end) is None


def _words(text: str, q: QuotedSpan) -> Span:
    """The quoted words of ``q``, without the spaces and punctuation at their ends."""
    inner = text[q.span.start : q.span.end]
    start = q.span.start + len(inner) - len(inner.lstrip())
    return Span(start, start + len(inner.strip().rstrip(",.;:!?")))


_TERM_WORDS = 4  # words of a quoted term, at most
_BEFORE_TERM = frozenset({"DT", "PRP$", "POS", "JJ", "IN", "CD"})  # "the", "its", "'s", ...
MARK_TOKENS = frozenset({'"', "''", "``", "\u201c", "\u201d", "\u00ab", "\u00bb"})


def _writers_term(text: str, q: QuotedSpan) -> bool:
    """Does ``q`` quote a term that the writer's noun phrase holds rather than words said:
    a few words in lower case after "so-called", or between a determiner, an owner, an
    adjective or a preposition and the noun they modify, with no punctuation of speech
    inside the marks ("a “unity” lunch", "its “safety check” feature", "so-called
    “smart” meters")?"""
    if q.single or q.continued or q.continues or isinstance(q, TurnSpan):
        return False
    inner = text[q.span.start : q.span.end].strip()
    if not inner or not inner[0].islower() or len(inner.split()) > _TERM_WORDS:
        return False
    if inner[-1] in ",.;:!?":
        return False
    line = text.rfind("\n", 0, q.opener) + 1
    if re.search(r"\bso-called\s*$", text[max(line, q.opener - 12) : q.opener], re.IGNORECASE):
        return True
    if not re.match(r" [a-z]", text[q.after : q.after + 2]):
        return False  # a noun must follow at once
    end = text.find(" ", q.after + 1)
    stretch = nlp.tokenize(text, max(line, q.opener - 40), len(text) if end < 0 else end)
    words = nlp.tag([t for t in stretch if t.text not in MARK_TOKENS], text=text)  # as if unquoted
    before = [t for t in words if t.span.end <= q.opener]
    after = [t for t in words if t.span.start >= q.after]
    return (
        bool(before and after) and before[-1].tag in _BEFORE_TERM and after[0].tag in {"NN", "NNS"}
    )


def _goes_on(text: str, draft: Draft, reported: Sequence[Draft]) -> bool:
    """Does the quotation of ``draft`` go on with a reported or mixed statement of the same
    mention whose content stands before its cue (“Yet he is a “change agent,” Cole said.
    “That's what people want.”): then it is added to that one's pieces."""
    mention = draft.mention
    if mention is None or draft.partial:
        return False
    for other in reported:
        cue = other.cue
        if other.mention is not mention or cue is None or other.content[-1].end > cue.start:
            continue
        if not mention.cue_span.overlaps(cue):
            continue  # the mention's quotation is said by another cue of it
        held = _Cover(other.content)  # its partial quotation, grouped with the next
        rest = [piece for piece in draft.content if not held.covers(piece)]
        if rest and cue.end <= rest[0].start and _continues(text, cue.end, rest[0].start):
            other.content.extend(rest)
            return True
    return False


def _led_in(text: str, cue: Span, quote: QuotedSpan) -> bool:
    """Do words of the clause the cue opens stand between it and the quotation it says
    ("warns that Trump would “drive the party off the cliff.”", "adds that Muslims have two
    choices: “...”")? The quotation then ends reported speech, not a statement alone."""
    between = text[cue.end : quote.opener]
    return (
        cue.end <= quote.opener
        and len(between.split()) > 1
        and not any(mark in between for mark in ".?!\n")
        and not between.rstrip().endswith(",")  # "proclaimed at a rally, “...”": direct
    )


def _labelled(
    text: str, all_frames: Sequence[Frame], attributor: Attributor, found: Sequence[Draft]
) -> list[Draft]:
    """The paragraphs that a name and a colon open, as headlines and transcripts do
    ("Lynch: No outside influence on FBI probe", "FALLIN: I think he is trying ..."): the
    rest of the paragraph, said by the one named, when the article names them elsewhere
    too and no other statement (a quotation, or one the model found) holds its first word."""
    ends: dict[int, int] = {}
    for frame in all_frames:
        ends[frame.paragraph] = max(ends.get(frame.paragraph, 0), frame.span.end)
    taken = [piece for d in found for piece in d.content]
    out = []
    for frame in all_frames:
        start = frame.span.start
        if start > 0 and text[start - 1] != "\n":
            continue  # not the paragraph's first words
        found_colon = LABEL_COLON.search(text, start, frame.span.end)
        colon = found_colon.start() if found_colon else -1
        if colon < 0 or len(text[start:colon].split()) > LABEL_WORDS or "\n" in text[start:colon]:
            continue
        tokens = attributor.tagged(start, colon + 1)
        label = colon_label(tokens)
        if label is None or label[0] != 0 or label[1] != len(tokens) - 1:
            continue
        if len(text[start:colon].strip()) < 2:
            continue  # "Q: ...", "A: ...": an interview's turns, not a name
        words = statement_model.frame_words(text, Span(colon + 1, ends[frame.paragraph]), [])
        end = _trim(words, 0, len(words))
        if sum(words.shape(n) in {"X", "x"} for n in range(end)) < LABEL_CONTENT:
            continue  # "Sanders: 1,547."
        known = len(attributor.cast.people)
        mention = attributor.resolve(tokens, tokens, label, tokens[-1])
        person = mention.person
        named = person is not None and any(p is person for p in attributor.cast.people[:known])
        # a headline's label of two words or more names its source whoever it is ("NY Post:
        # ...", "Clinton camp: ..."); one word alone may be no one ("Wow: ...", "BREAKING:")
        headline = (
            frame.paragraph == 0
            and len(tokens) > 2
            and tokens[0].text not in ARTICLES
            and any(token.tag.startswith("NNP") for token in tokens)  # not "Election night live:"
        )
        if not named and not (headline and person is not None):
            continue  # "The Latest: ...", "Q: ...": no one the article names elsewhere
        if (again := _named_again(person, Span(colon + 1, words.ends[end - 1]), found)) >= 0:
            words = statement_model.frame_words(text, Span(colon + 1, again), [])
            end = len(words)
            while end and words.texts[end - 1][:1].isupper():
                end -= 1  # the source's title: "Senator" of "Senator Bernie Sanders"
            end = _trim(words, 0, end)
            if not end:
                continue
        content = words.span(0, end)
        kind = marked_kind(text, content)
        if kind is StatementKind.DIRECT or any(
            piece.start <= content.start < piece.end for piece in taken
        ):
            continue  # found already; one inside it stands beside it ("Trump: Clinton said ...")
        out.append(Draft(kind, [content], mention, tokens[-1].span))
    return out


def _named_again(person: Person | None, content: Span, found: Sequence[Draft]) -> int:
    """Where a statement found inside a labelled paragraph names the label's own person as
    its source ("Bernie Sanders: Credit scores On his campaign website, Senator Bernie
    Sanders calls for ..."): the label is a run-in heading over a paragraph about them, and
    what it labels ends there. -1 when none does; no one speaking names themselves so."""
    starts = [
        d.mention.span.start
        for d in found
        if person is not None
        and d.mention is not None
        and d.mention.person is person
        and content.start < d.mention.span.start < content.end
    ]
    return min(starts, default=-1)


def _direct(text: str, attributions: Iterable[Attribution]) -> list[Draft]:
    """One statement per run of quotations one mention says in one paragraph."""
    out: list[Draft] = []
    for att in attributions:
        span = att.quote.span
        previous = out[-1] if out else None
        if (
            previous is not None
            and att.mention is not None
            and previous.mention is att.mention
            and not att.partial
            and not previous.partial
            and _continues(text, previous.content[-1].end, span.start)
        ):
            previous.content.append(span)
            continue
        out.append(Draft(StatementKind.DIRECT, [span], att.mention, partial=att.partial))
    return out


def _fragment(text: str, draft: Draft) -> bool:
    """Is ``draft`` a quotation of a few words that no reported statement holds and that
    stands in its sentence as a noun phrase: a partial quotation, or one after a
    preposition, an article or an owner ("ended in a “virtual tie”", "on CNN's “New
    Day,”", "star of “Thelma and Louise,”")? A title or scare quotes, rather than
    something said; of reported speech, a fragment."""
    span = draft.content[0]
    if len(draft.content) > 1 or len(text[span.start : span.end].split()) >= SAID_WORDS:
        return False
    if draft.partial:
        return True
    before = text[max(0, span.start - 20) : span.start].rstrip().rstrip("\"'\u201c\u2018")
    word = before.split()[-1].lower() if before.split() else ""
    return word in PREPOSITIONS or word in DETERMINERS or word.endswith(tuple(POSSESSIVES))


def _continues(text: str, end: int, start: int) -> bool:
    """Does a quotation at ``start`` go on with the statement whose last quotation ends
    at ``end``: in the same paragraph, or opening the next one (a quotation over several
    paragraphs: “A,” she said. [new paragraph] “B.”)?"""
    between = text[end:start]
    return not between.partition("\n")[2].strip().strip(QUOTE_MARKS + "\u201c\u2018")


class _Cover:
    """Spans, asked in log time whether one of them contains a span."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [s.start for s in ordered]
        self.reach = list(accumulate((s.end for s in ordered), max))  # furthest end so far

    def covers(self, span: Span) -> bool:
        k = bisect_right(self.starts, span.start)
        return k > 0 and self.reach[k - 1] >= span.end


@dataclass
class _FrameReader:
    """The reported and mixed statements of one frame."""

    text: str
    frame: Frame
    attributor: Attributor
    model: statement_model.StatementModel
    words: Words = field(init=False)
    known: list[tuple[int, int, Mention]] = field(init=False)  # by cue: the mentions so far
    fronted: set[int] = field(default_factory=set)  # the ids of _fronted_subject's mentions
    said_quotes: list[Span] = field(default_factory=list)  # the quotations a cue says

    def __post_init__(self) -> None:
        quotes = [Span(q.opener, q.after) for q in self.frame.quotes]
        self.words = statement_model.frame_words(self.text, self.frame.span, quotes)
        self.known = sorted(
            ((m.cue_span.start, n, m) for n, m in enumerate(self.frame.mentions)),
            key=lambda k: k[:2],
        )

    @cached_property
    def tokens(self) -> list[tuple[int, int, int]]:
        """The frame's tagged words as (start, stretch, index), in text order."""
        return [
            (token.span.start, s, k)
            for s, stretch in enumerate(self.frame.stretches)
            for k, token in enumerate(stretch)
        ]

    def statements(self, quoted: Sequence[tuple[Span, bool, Span]] = ()) -> list[Draft]:
        """The frame's reported and mixed statements; ``quoted``: the cue of each of its
        quotations that has one, whether that cue opens reported speech whatever the model
        says (a partial quotation's), and the quotation (a content after the cue runs at
        least to it)."""
        words = self.words
        nominal = set(nominal_cues(words))
        said: dict[int, list[Span]] = {}  # by cue word: the quotations it says
        for cue, _, quote in quoted:
            said.setdefault(words.index_at(cue.start), []).append(quote)
        self.said_quotes = [quote for _, _, quote in quoted]
        required = {words.index_at(cue.start) for cue, opens, _ in quoted if opens}
        required -= {len(words)}
        found = {*self.model.cues(words), *nominal, *required}
        prepositions = self.model.source_prepositions
        groups = _cue_groups(
            words,
            sorted(i for i in found if words.shape(i) in {"X", "x"}),
            {i for i in found if words.lowers[i] in prepositions},
        )
        mentions = [self._mention(*group) for group in groups]
        for n in range(1, len(groups)):
            if mentions[n] is None and _participle_clause(words, groups[n][0]):
                mentions[n] = mentions[n - 1]  # "..., he said, adding that": his too
        bounds = [
            _own_start(words, i, m, groups[n - 1][1] if n else 0)
            for n, ((i, _), m) in enumerate(zip(groups, mentions, strict=True))
        ]
        out: list[Draft] = []
        owned: set[int] = set()  # the ids of the drafts of nominal cues
        reach = 0  # how far back a content before its cue may run
        opened: Span | None = None  # the content the cue before opened after it, if any
        for n, ((i, j), mention) in enumerate(zip(groups, mentions, strict=True)):
            floor = groups[n - 1][1] if n else 0  # the words after the cue before it
            if opened is None or not _adjacent(words, opened, bounds[n]):
                reach = floor
            opened = None
            inside = words.lowers[i] in self.model.inside
            if (words.lowers[i] in self.model.passive or _as_complement(words, j)) and _agentless(
                words, i, j, mention
            ):
                mention = None  # "Roe was asked about ...": asked by no one named
            follows = source_follows(words.lowers[i], self.model)  # "A, according to [none]"
            if mention is None and not inside and not follows and not _sourceless(words, i):
                if isinstance(self.frame.subject, Mention):
                    mention = self.frame.subject  # "..., remarking", "in saying": the subject's
                elif n and mentions[n - 1] is not None:
                    mention = mentions[n - 1]  # "X questions A and has called for B": X's
                elif words.lowers[i] not in self.model.sourceless:
                    continue  # else a statement of no one's ("the *disclosure* that ...")
            j = cue_end(words, j, self.model)
            following = bounds[n + 1] if n + 1 < len(groups) else None
            comma = _participle_end(words, i, j, id(mention) in self.fronted)
            if comma is not None and comma + 1 < len(words):  # not the frame's last word
                following = comma + 1 if following is None else min(following, comma + 1)
            received = None if inside else self._received(i, j, floor)
            if received is not None:  # "[Roe] won praise from X": X's, said of Roe
                mention, content = received
            elif inside:  # "the deal seems to hold": no source, the cue inside its content
                mention, content = None, self._around(i, j, floor, following)
            elif comma is not None and mention is None:  # "Asked about [the bridge], ..."
                content = [after] if (after := self._after(i, j, following)) else []
            else:
                # the subject after a fronted clause is no inverted source ("said X, ...")
                own = None if id(mention) in self.fronted else mention
                content = self._content(i, j, own, floor, following, reach)
            if len(content) > 1 and out and out[-1].content[-1] == content[0]:
                content = content[1:]  # "Asked [A], he said, B": A is the question's
            if not content:
                continue
            if len(content) == 1 and content[0].start >= words.ends[j - 1]:
                opened = content[0]
            addressed = words.lowers[i] in OBJECT_FIRST  # "Roe was asked": no content
            if mention is None and not inside and not addressed and passive_cue(words, i):
                subject = _passive_subject(words, floor, i)  # "[Two of them] were deemed"
                if subject is not None and subject.end <= content[0].start:
                    content = [subject, *content]
            if i in said and content[-1].start >= words.ends[j - 1]:
                content[-1] = self._through(content[-1], said[i], following)
            content[-1] = self._through_name(content[-1])
            if i in nominal and words.lowers[words.index_at(content[-1].start)] == "that":
                content[-1] = self._that_clause(content[-1])
            quoted = [q for piece in content for q in self._quotes_within(piece)]
            kind = _kind(self.text, content, quoted)
            if kind is StatementKind.DIRECT:
                continue
            if out and out[-1].content == content:
                if mention is None and out[-1].mention is not None:
                    continue  # "According to X, it appears that ...": X's, not no one's
                out.pop()  # "Officials present were quick to deny that ...": the nearer cue's
            if mention is not None and (agent := self._agent(i, j)) is not None:
                mention = agent  # "the city, called “A” by its boosters": theirs, not the city's
            voiceless = mention is not None and (
                not self._speaks(mention) or self._thing_source(mention)
            )
            if voiceless:
                mention = None  # "near-constant calls of “...”": "-constant" says nothing
            out.append(Draft(kind, content, mention, words.span(i, j), voiceless=voiceless))
            if i in nominal:
                owned.add(id(out[-1]))
        # an owned claim stands in what it is part of ("doubted Roe's claim that ...")
        return [d for d in out if id(d) in owned or not _nested(words, d, out)]

    # ---- the source
    def _mention(self, i: int, j: int) -> Mention | None:
        """The source of the cue of words ``i`` to ``j``: the mention the Attributor found
        for it, else the one its grammar finds now, else the subject, the agent of a
        passive ("was attacked by X"), the owner ("X's claim") or the antecedent ("people
        who believe")."""
        span = self.words.span(i, j)
        k = bisect_left(self.known, (span.end,), key=lambda k: k[:1])
        while k > 0 and self.known[k - 1][0] > span.start - LONGEST_CUE:
            k -= 1
            if self.known[k][2].cue_span.overlaps(span) and self._placed(self.known[k][2], i, j):
                return self.known[k][2]
        head = self.words.span(i)
        mention = self._source(self._tokens_at(head), i, j)
        behind = min(i, SUBJECT_REACH)
        if mention is None and (found := self._tokens_at(head, behind=behind)) is not None:
            if not self.frame.stretches and i > TAG_BEHIND:
                # the subject may stand further back: "Officials with no direct knowledge
                # of the case but with experience in war zones chafed at it and said ..."
                mention = self._source(found, i, j)
            first, tokens, k = found
            low = max(0, k - SUBJECT_REACH)
            if mention is None and not source_follows(self.words.lowers[i], self.model):
                # the last clause's subject, else the subject of the first verb of the
                # nearest clause: "A few minutes later they reversed themselves, rushed
                # everyone inside and said ..."
                np = last_clause_subject(tokens[low : k + 1])
                np = _verb_subject(tokens, low, k) if np is None else (np[0] + low, np[1] + low)
                if np is not None:
                    mention = self.attributor.resolve(first, tokens, np, tokens[k])
        if mention is None:
            mention = self._fronted_subject(i)
        if mention is not None:
            insort(
                self.known, (mention.cue_span.start, len(self.known), mention), key=lambda k: k[:2]
            )
        return mention

    def _speaks(self, mention: Mention) -> bool:
        """May ``mention`` be a source: not a fragment of a hyphened word that opens with
        the hyphen ("-constant" of "near-constant calls", "-grader" of "a first-grader"),
        though a dash may open a list's line ("-One poll shows ...")?"""
        start = mention.span.start
        return not (self.text[start] == "-" and start and self.text[start - 1].isalnum())

    def _thing_source(self, mention: Mention) -> bool:
        """Is ``mention``, resolved to no one named, a phrase for a thing that says nothing
        (:func:`core.people_phrases.thing_phrase`: "the risk", "a passion", "drastic
        change")? Not a count of people ("47 percent", "a majority of voters", "no one"),
        a poll, a place that speaks for its government ("the city") nor a phrase a name
        owns ("Rubio's catch"); nor the object of a preposition, which is part of a longer
        subject ("none of the scholars I interviewed in [the past week]")."""
        person = mention.person
        if person is None or person.kind != SpeakerKind.ANONYMOUS:
            return False
        words = self.attributor.tagged(mention.span.start, mention.span.end)
        if not thing_phrase(words):
            return False
        head = head_word(words)
        if head in SPEAKING_GROUP_HEADS or head[:-1] in CHANNEL_NOUNS:
            return False  # "birther sites": where someone writes
        owners = (w.text[:1].isupper() and o.text in POSSESSIVES for w, o in pairwise(words))
        if any(w.tag in {"NNP", "NNPS"} for w in words) or any(owners):
            return False  # "Sanders's strength": the owner's
        start = mention.span.start
        before = self.text[max(0, start - LONGEST_CUE) : start].split()
        return not before or before[-1].lower() not in PREPOSITIONS | {"whose"}

    def _agent(self, i: int, j: int) -> Mention | None:
        """The agent of the passive participle cue of words ``i`` to ``j`` (a speech verb
        or one the model reads as a passive), named after "by" right after it or after
        its object's determiner and quotation ("a plan seen by its backers as a
        “lifeline”", "the city, called the “Gateway” by its boosters"): who says it, not
        the subject before the participle, which is what is talked of. Not a "by" after
        any other word ("noted testimony by X", "passed by a vote")."""
        words = self.words
        if (
            words.lowers[i] not in lexicons.cue_forms()
            and words.lowers[i] not in self.model.passive
        ):
            return None
        by = next(
            (n for n in range(i + 1, min(len(words), j + AGENT_REACH)) if words.lowers[n] == "by"),
            None,
        )
        between = range(i + 1, by) if by is not None else ()
        if by is None or any(words.lowers[n] not in DETERMINERS | {QUOTE} for n in between):
            return None
        found = self._tokens_at(words.span(i))
        if found is None:
            return None
        first, tokens, k = found
        after_comma = tokens[k].tag == "VBD" and k > 0 and tokens[k - 1].text == ","
        if tokens[k].tag != "VBN" and not after_comma:
            return None  # "he said by phone": no passive (but "the city, called" may be one)
        tagged = self.attributor.tagged(
            words.starts[by], words.ends[min(len(words), by + SOURCE_PHRASE) - 1]
        )
        np = np_after(tagged, 1)
        if np is None or not any(t.tag in NOUN_TAGS for t in tagged[np[0] : np[1]]):
            return None
        gerund = tagged[np[0]].text.islower() and tagged[np[0]].text.endswith("ing")
        if tagged[1].tag == "RB" or gerund:
            return None  # "responded by first saying", "by making": how, not who
        return self.attributor.resolve(first, tagged, np, tokens[k])

    def _received(self, i: int, j: int, floor: int) -> tuple[Mention | None, list[Span]] | None:
        """The source and content of the cue of words ``i`` to ``j`` when it is a noun
        that its verb's subject receives, from whoever "from" or "among" names ("[The
        plan] has drawn harsh criticism from the council", "[Roe] enjoys strong support
        among rural voters"): the noun phrase after the preposition speaks, of the
        subject. None for any other cue."""
        words = self.words
        given = j if j < len(words) and words.lowers[j] in GIVERS else j - 1
        if given <= i or words.lowers[given] not in GIVERS:
            return None
        found = self._tokens_at(words.span(given - 1))
        if found is None:
            return None
        first, tokens, k = found
        if not (
            tokens[k].tag.startswith("NN")
            and k + 1 < len(tokens)
            and tokens[k + 1].text.lower() in GIVERS
        ):
            return None
        verb = k - 1
        while verb > 0 and tokens[verb].tag in OBJECT_TAGS:
            verb -= 1  # "drew [sharp] criticism", "won [the] endorsement"
        if verb < 0 or not tokens[verb].tag.startswith("VB"):
            return None
        verb = _past_modifiers(words, words.index_at(tokens[verb].span.start), floor) + 1
        subject = _subject_before(words, floor, verb)  # "[he] has also drawn"
        if subject is None:
            return None
        np = np_after(tokens, k + 2)
        mention = None if np is None else self.attributor.resolve(first, tokens, np, tokens[k])
        return mention, [subject]

    def _fronted_subject(self, i: int) -> Mention | None:
        """The subject of the main clause after the participle clause that the cue word
        ``i`` opens at the sentence's start ("After thanking the crowd, which cheered, he
        touted ...", "Despite challenging the leader, Cruz said", "In addition to stating
        that ..., Clinton has vowed", "Having announced that ..., the judge"): who does the
        one does the other."""
        words = self.words
        perfect = i > 0 and words.lowers[i - 1] == "having"  # "Having announced that ..."
        if not (words.lowers[i].endswith("ing") or perfect):
            return None
        if source_follows(words.lowers[i], self.model):
            return None  # "According to X, Y ...": X says
        if _opener_start(words, i, FRONT_OPENERS) is None:
            return None  # "..., adding that": the clause before's subject (no opener)
        end = min(len(words), i + SUBJECT_REACH)
        tokens = self.attributor.tagged(words.starts[0], words.ends[end - 1])
        cue = next((t for t in tokens if t.span.start >= words.starts[i]), None)
        for c, token in enumerate(tokens[:-1]):
            if cue is None or token.span.start < cue.span.end or token.text != ",":
                continue
            rest = tokens[c + 1 :]
            if rest[0].text.lower() in RELATIVES | {"whose"}:
                continue  # "..., which cheered, he touted": the next clause's
            np = clause_subject(rest)
            comma = next((n for n, t in enumerate(rest) if t.text == ","), len(rest))
            if np is not None and np[1] <= comma:
                mention = self.attributor.resolve(tokens, rest, np, cue)
                self.fronted.add(id(mention))
                return mention
        return None

    def _placed(self, mention: Mention, i: int, j: int) -> bool:
        """May ``mention`` be the source of the cue of words ``i`` to ``j``? One after its
        cue only when the cue is a speech verb opening its clause ("..., said X", "“...,”
        said X"), is "according to" or a passive's ("was criticized by X"): "The poll,
        released ..., showed Mrs. Clinton leading" and "Trump has also hit Mrs. Clinton
        over ..." name an object."""
        words = self.words
        if source_follows(words.lowers[i], self.model):  # "A, according to X": X, not in A
            return mention.span.start >= words.ends[i]
        if mention.span.start < words.ends[j - 1]:
            return True
        if "by" in words.lowers[j : words.index_at(mention.span.start)]:
            return True
        if words.lowers[i] not in lexicons.cue_forms():
            return False  # a speech verb's: "..., said X", not "..., showed X leading"
        k = i - 1
        while k >= 0 and words.lowers[k] in ADVERBS:
            k -= 1
        return k < 0 or words.texts[k] in CLAUSE_BREAKS | {QUOTE, "."}

    def _source(
        self, found: tuple[list[Token], list[Token], int] | None, i: int, j: int
    ) -> Mention | None:
        """The source of the cue word ``tokens[k]`` of ``found`` (``_tokens_at``'s), of
        the cue of words ``i`` to ``j``."""
        if found is None:
            return None
        first, tokens, k = found
        mention = self._owner(first, tokens, k) if tokens[k].tag.startswith("NN") else None
        if mention is None:
            mention = self.attributor.mention_at(first, tokens, k)
            if mention is not None and not self._placed(mention, i, j):
                mention = None
        if mention is None and (np := source_phrase(tokens, k, self.model)) is not None:
            mention = self.attributor.resolve(first, tokens, np, tokens[k])
        return mention

    def _owner(self, first: list[Token], tokens: list[Token], k: int) -> Mention | None:
        """The source of a nominal cue: its owner ("Borrell's claim", "his claim", "the
        mayor's public statements") or what follows "of", "by" or "from" ("the view of",
        "a statement by")."""
        owner = k - 1
        while owner > max(0, k - 3) and tokens[owner].tag.startswith(("JJ", "RB", "VBN")):
            owner -= 1
        before = tokens[owner].text.lower() if owner >= 0 else ""
        if before not in POSSESSIVE_PRONOUNS and before not in POSSESSIVES:
            owner = _owner_past_modifiers(tokens, k, owner)
            before = tokens[owner].text.lower() if owner >= 0 else ""
        if before in POSSESSIVE_PRONOUNS:
            pronoun = Token(tokens[owner].span, POSSESSIVE_PRONOUNS[before], "PRP")
            return self.attributor.resolve(first, [pronoun], (0, 1), tokens[k])
        if before in POSSESSIVES and owner < k - 1:
            np = np_before(tokens, owner)
            return None if np is None else self.attributor.resolve(first, tokens, np, tokens[k])
        after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
        if before in POSSESSIVES or after in {"of", "by", "from"}:
            np = source_phrase(tokens, k, self.model)
            return None if np is None else self.attributor.resolve(first, tokens, np, tokens[k])
        return None

    def _tokens_at(
        self, head: Span, behind: int = TAG_BEHIND
    ) -> tuple[list[Token], list[Token], int] | None:
        """The tagged words of the frame before its first quotation, the tagged stretch
        holding ``head`` and ``head``'s index in it. Of a frame the Attributor did not
        tag (no quotation, no speech verb), only the words around the cue are tagged
        (``behind`` words before it)."""
        if self.frame.stretches:
            n = bisect_right(self.tokens, (head.start, len(self.tokens), 0)) - 1
            if n < 0:
                return None
            _, s, k = self.tokens[n]
            tokens = self.frame.stretches[s]
            return (self.frame.stretches[0], tokens, k) if tokens[k].span.overlaps(head) else None
        words = self.words
        k = words.index_at(head.start)
        low = words.starts[max(0, k - behind)]
        high = words.ends[min(len(words), k + TAG_AHEAD) - 1]
        tagged = self.attributor.tagged(low, high)
        k = next((n for n, t in enumerate(tagged) if t.span.overlaps(head)), None)
        return None if k is None else (tagged, tagged, k)

    # ---- the content
    def _that_clause(self, content: Span) -> Span:
        """A "that" clause after a noun stops before the verb of the sentence holding it
        ("Borrell's claim that the needs are vast [was disputed]")."""
        tokens = nlp.tagged(self.text, content.start, content.end)
        finite = [
            n
            for n, token in enumerate(tokens)
            if n
            and token.tag in FINITE_TAGS
            and tokens[n - 1].text.lower() not in {"and", "or", ","}
        ]
        if len(finite) < 2:
            return content
        return Span(content.start, tokens[finite[1] - 1].span.end)

    def _through(self, content: Span, quotes: list[Span], following: int | None) -> Span:
        """The content after a cue, run on to the end of the last partial quotation that
        the cue says, when the model stopped it before ("He argued the group, which ...,
        is [“in retreat.”]"), short of the next cue's words."""
        limit = len(self.text) if following is None else self.words.starts[following]
        ends = [q.end for q in quotes if content.start <= q.start and content.end < q.end <= limit]
        return Span(content.start, max(ends)) if ends else content

    def _through_name(self, content: Span) -> Span:
        """A content stopped just before a quoted name runs through it ("reminds him of
        the book titled “The Tragedy of Lyndon Johnson,”"): a name is no quotation
        (core.quotes.names_something) but words of the content."""
        quotes = self.frame.quotes  # in text order: only the first after the content can follow it
        k = bisect_left(quotes, content.end, key=lambda q: q.opener)
        if k == len(quotes) or self.text[content.end : quotes[k].opener].strip():
            return content
        return (
            Span(content.start, quotes[k].after)
            if names_something(self.text, quotes[k])
            else content
        )

    def _quotes_within(self, content: Span) -> list[Span]:
        quotes = self.frame.quotes  # in text order, one after another
        k = bisect_left(quotes, content.start, key=lambda q: q.span.end)
        out = []
        while k < len(quotes) and quotes[k].span.start < content.end:
            out.append(quotes[k].span)
            k += 1
        return out

    def _content(
        self,
        i: int,
        j: int,
        mention: Mention,
        floor: int,
        following: int | None,
        reach: int,
    ) -> list[Span]:
        """The content of the cue of words ``i`` to ``j``, in pieces: the clause it
        opens, as far as the model lets it run, else the clause before it (after
        ``floor``), or both when the cue stands between commas ("A, he added, B")."""
        words = self.words
        if i and words.lowers[i] in self.model.source_prepositions:  # "A in [the polls]"
            before = _before(words, reach, i) or _clause_before(words, reach, i)
            return [before] if before is not None else []
        if mention is None and source_follows(words.lowers[i], self.model) and i:  # unfound:
            before = _before(words, reach, i)  # what it says stands before it
            return [before] if before is not None else []
        source_first = words.index_at(mention.span.start) if mention else i
        source_end = words.index_at(mention.span.end - 1) + 1 if mention else j
        if mention and source_first < i:
            source_first = self._apposed_before(source_first, floor, source_end)
        first, last = min(i, source_first), max(j, source_end)
        prior = _title_start(words, floor, first, CLAUSE_BREAKS | {QUOTE}) - 1  # "Mr Farage"
        while prior > floor and words.texts[prior] in CLAUSE_BREAKS:
            prior -= 1
        if (
            prior >= floor
            and words.lowers[prior] == QUOTE
            and not _before(words, floor, first)
            and not self._after_title(i, j, prior)
        ):
            return []  # "“...,” said Borrell, the EU's top diplomat": the quotation's own cue
        if words.lowers[i] in OBJECT_FIRST and source_first < i and last == j < len(words):
            told = _past_object(words, j)  # "A, he told reporters, B"
            last = told if told < len(words) and words.texts[told] == "," else last
        if last < len(words) and words.texts[last] == ",":
            before = _before(words, floor, first, breaks=ASIDE_BREAKS)
            resume = None
            if before is not None or first > floor and words.texts[first - 1] in ASIDE_BREAKS:
                resume = last + 1 if source_first < j else self._past_apposition(last + 1)
            predicate = before is None and resume is not None and self._predicate_at(resume)
            if predicate:  # "This campaign, he says, is different": its subject however short
                before = _before(words, floor, first, breaks=ASIDE_BREAKS, subject=True)
            if before is not None:
                # a predicate goes on from its verb ("Voters, she suggested, [do] not ...")
                after = (
                    None if resume is None else self._after(i, resume, following, exact=predicate)
                )
                return [before, after] if after is not None else [before]
        start = j
        if source_first >= j:  # "said Borrell", "according to two officials, ..."
            # "Roe was asked by X whether ...": Roe is the one asked, and what was asked follows
            addressed = words.lowers[i] in OBJECT_FIRST and passive_cue(words, i)
            subject = None if addressed else _passive_subject(words, floor, i, source_first)
            if subject is not None:  # "The move was criticized by economists"
                rest = self._complement(i, source_end, following)
                return [subject] if rest is None else [subject, rest]  # "... [for failing]"
            follows = source_follows(words.lowers[i], self.model)
            opens = follows and _opens_clause(words, i)  # "But according to X, A"
            before = None if addressed or opens else _before(words, reach, i)
            if before is None and follows and not opens:  # "A according to X.": no comma
                before = _clause_before(words, reach, i)
            if before is not None:  # "..., said Borrell, the EU's top diplomat."
                return [before]
            runs_on = _past_phrase(words, source_end) == source_end  # no comma after it
            if follows and not opens and runs_on and not self._verb_after(source_first, source_end):
                return []  # "That's according to polls conducted for X.": X is no content
            start = source_end
            if i == 0 or opens:  # "According to a poll conducted by ..., Clinton led"
                start = _past_source_phrase(words, start)
            while start < len(words) and words.texts[start] in CLAUSE_BREAKS:
                start += 1
        elif words.lowers[i] in OBJECT_FIRST:
            start = _past_object(words, start)
        after = self._after(i, start, following)
        if after is not None:
            return [after]
        if words.lowers[first] in APPOSITION_RELATIVES:
            return []  # "..., from Mike Lee, who declared: “...”": the words before are his
        before = _before(words, reach, first)
        return [before] if before is not None else []

    def _complement(self, i: int, end: int, following: int | None) -> Span | None:
        """What a passive cue word ``i`` says of its subject after its agent, which ends
        at word ``end``: the phrase opening with "for" or "as" right after it ("Trump has
        been criticized by his rivals [for failing to ...]", "Obama will be remembered by
        historians [as a liberal champion]"), none after a break or an adjunct ("The move
        was criticized by economists, who ...", "... by X on Tuesday")."""
        words = self.words
        if end + 1 >= len(words) or words.lowers[end] not in AGENT_COMPLEMENTS:
            return None
        name = end + 1 + (words.lowers[end + 1] in DETERMINERS)
        while name < len(words) and words.shape(name) in {"X", "d"}:
            name += 1
        if name > end + 1 and (name == len(words) or words.texts[name] in CLOSING):
            return None  # "by the Court of Appeals [for the 5th Circuit]": the agent's name
        rest = self._after(i, end + 1, following, learned_start=False, exact=True)
        return None if rest is None else Span(words.starts[end], rest.end)  # with "as"

    def _after_title(self, i: int, j: int, quote: int) -> bool:
        """Does the cue of words ``i`` to ``j`` go on past the quotation at word ``quote``
        before its source when that quotation is no one's words, a title or a scare quote
        ("On ''This Week,'' Sanders [questioned] Mr. Trump's veracity", "“Daily Show” host
        Trevor Noah [showed] that ...")? Then what follows the cue is its content. A
        quotation some cue of the frame says ("“...,” Pence said during the session,
        according to X"), a source after its cue and a cue that closes its clause ("“...,”
        the board wrote.") leave the cue the quotation's."""
        words = self.words
        at = words.starts[quote]
        if any(q.start <= at < q.end for q in self.said_quotes):
            return False
        if source_follows(words.lowers[i], self.model) or j >= len(words):
            return False
        return words.texts[j] not in CLAUSE_BREAKS | {QUOTE, "."}

    def _verb_after(self, first: int, end: int) -> bool:
        """Does a finite verb stand after the source named at words ``first`` to ``end``, up
        to the frame's end, tagged with the source before it ("according to the poll [is]
        well ahead", not "according to polls conducted for X")?"""
        words = self.words
        if end >= len(words):
            return False
        tokens = self.attributor.tagged(words.starts[first], words.ends[len(words) - 1])
        return any(t.tag in FINITE_TAGS for t in tokens if t.span.start >= words.starts[end])

    def _predicate_at(self, k: int) -> bool:
        """Does a finite verb open what stands from word ``k`` ("..., he says, [is]
        different"), a predicate whose subject stands before the cue?"""
        words = self.words
        if k >= len(words) or words.shape(k) != "x":
            return False
        tokens = self.attributor.tagged(words.starts[k], words.ends[min(len(words), k + 3) - 1])
        inverted = len(tokens) > 1 and tokens[1].text.lower() in INVERTED_SUBJECTS  # "did he"
        return bool(tokens) and tokens[0].tag in FINITE_TAGS and not inverted

    def _apposed_before(self, first: int, floor: int, source_end: int) -> int:
        """Where a role set off before the source named at words ``first`` to
        ``source_end`` starts, when a quotation or clause break stands before it ("“A,”
        [Devlin's campaign manager,] Tess Harlow, said"): it is the source's, not a piece
        of what was said (read as roles read it: :func:`roles_before_name.apposed_before`)."""
        words, comma = self.words, first - 1
        if comma <= floor or words.texts[comma] != ",":
            return first
        start = comma
        while start > floor and words.texts[start - 1] not in CLAUSE_BREAKS | {QUOTE}:
            start -= 1
        if start == comma or comma - start > APPOSITION or source_end >= len(words):
            return first
        sentence = sentence_tokens(self.text, words.starts[start], words.ends[source_end])
        tokens = sentence.tokens
        at = {t.span.start: n for n, t in enumerate(tokens)}
        name, after = at.get(words.starts[first]), at.get(words.starts[source_end])
        if name is None or after is None or not tokens[name].tag.startswith("NNP"):
            return first  # not a name: "A new campaign manager, he said, could"
        found = apposed_before(sentence, name, after)
        return start if found is not None and found[0] == 0 else first

    def _past_apposition(self, n: int) -> int | None:
        """Past the appositions and the relative clause that describe a source named after
        its cue, from word ``n`` ("A, said Jane Roe, a city engineer[, B]", "..., said John
        Doe, who runs the firm", "..., said Jane Roe, director of a group that ..."): where
        the content resumes (at ``n`` when a clause of its own stands there: "..., according
        to him, the network censured ...", "..., said Doe, the rise in debt “is ...”"), else
        None."""
        words = self.words
        while n < len(words) and words.lowers[n] not in APPOSITION_RELATIVES:
            m = n
            while m < len(words) and words.texts[m] not in CLAUSE_BREAKS | {QUOTE, "."}:
                m += 1
            tokens = self.attributor.tagged(words.starts[n], words.ends[m - 1]) if m > n else []
            relative = next(
                (k for k, t in enumerate(tokens) if t.text.lower() in RELATIVES | {"whose"}),
                len(tokens),
            )
            if not tokens or any(t.tag in FINITE_TAGS for t in tokens[:relative]):
                return n
            if relative < len(tokens) or m >= len(words) or words.texts[m] == ".":
                return None  # "a union that has broken away ...": about the source to its end
            if words.texts[m] != ",":
                return n  # a quotation, dash or bracket goes on with the content
            n = m + 1  # "A, said Jane Roe, a city engineer, B"
        return None

    def _around(self, i: int, j: int, floor: int, following: int | None) -> list[Span]:
        """The clause holding the cue of words ``i`` to ``j``, from its start (after
        ``floor``) to where the content after the cue stops."""
        words = self.words
        start = i
        while start > floor and words.texts[start - 1] not in CLAUSE_BREAKS | {QUOTE}:
            start -= 1
        after = self._after(i, j, following, learned_start=False)  # it holds the start
        end = words.ends[j - 1] if after is None else after.end
        return [Span(words.starts[start], end)] if _substantial(words, start, j + 1) else []

    def _break_before(self, k: int) -> bool:
        """Does a clause break stand before word ``k``: a comma or dash, "and" or "but",
        or a quotation closing on a comma ("“... party,” claiming that")?"""
        words, before = self.words, k - 1
        if words.texts[before] in CLAUSE_BREAKS or words.lowers[before] in JOINS:
            return True
        quote = self.text[words.starts[before] : words.ends[before]]
        return words.texts[before] == QUOTE and quote.rstrip(QUOTE_MARKS).endswith((",", ";"))

    def _after(
        self,
        i: int,
        start: int,
        following: int | None,
        learned_start: bool = True,
        exact: bool = False,
    ) -> Span | None:
        """The content from word ``start`` on, of the cue word ``i``, when it says
        something: up to the model's stop, the next cue's words or the sentence end; where
        it begins is ``start`` itself (``exact``), the start model's (``learned_start``) or
        the grammar's opening."""
        words = self.words
        if not exact:
            start = content_opening(words, start)
        if learned_start and not exact and start < len(words):
            start = self.model.content_start(words, start, words.lowers[i])
        opens = start < len(words) and words.lowers[start] in OPENINGS
        first = _aside_end(words, start + 1) if opens else None
        end = len(words)
        if (
            following is not None
            and following > (start if first is None else first)  # past "that, [aside],"
            and not _closes_fronted(words, start, following - 1)
        ):
            if self._break_before(following):
                end = following - 1  # "..., adding", "..., Y said", "... and Y said"
            elif words.lowers[following] in self.model.source_prepositions:
                end = following  # "backed [the bridge] in a new survey": the survey's
        end = _trim(words, start, min(end, start + LONGEST_CONTENT))
        if start < end:
            limit, cue = end, words.lowers[i]
            end = self.model.content_end(words, start, limit, cue, first)
            while end < limit and (resume := self._before_its_verb(i, start, end, limit)):
                following = self.model.content_end(words, start, limit, cue, resume)
                if following <= end:
                    break  # no further on: stop where it stopped (never loop on a mark)
                end = following
            end = _trim(words, start, end)
            if self._demonstrative_alone(start, end):
                end = start + 1
        return words.span(start, end) if _substantial(words, start, end) else None

    def _demonstrative_alone(self, start: int, end: int) -> bool:
        """Is the content of words ``start`` to ``end`` a demonstrative "that" with only
        when or where after it ("proposed [that] in 2013", "told [that] in private",
        "backed [that] up"): no verb follows, so "that" opens no clause but is the object,
        and the rest says nothing attributed."""
        words = self.words
        if end - start < 2 or words.lowers[start] != "that":
            return False
        if words.lowers[start + 1] not in ADJUNCT_PREPOSITIONS | PARTICLES:
            return False
        tokens = self.attributor.tagged(words.starts[start], words.ends[end - 1])
        return not any(t.tag.startswith("VB") or t.tag == "MD" for t in tokens)

    def _before_its_verb(self, i: int, start: int, end: int, limit: int) -> int | None:
        """Where the content of the cue word ``i``, words ``start`` to ``end``, goes on when
        it stops at a comma or dash before the verb of the clause it opens, which stands
        further on before ``limit``: a clause is no content without its verb. One a
        "that", "whether" or wh-word opens goes on past the mark ("that sometime in the
        week that followed, [he realized ...]"); one after a speech verb whose verb
        follows the aside the mark opens, past the aside ("said [Trump, despite his
        wealth, is] ...", "the decision, which ..., [illustrates]"); else None. A content
        in a clause fronted before the main one ("While critics argue that A, [Obama]
        has ...", "Asked if A, [he] ...") stops where the model stops it, and so does one
        whose mark a joining word and a clause with its own verb follow ("backed that up,
        [but the line clunked]"; not "that the states - [and not Congress] - run ..."),
        or whose second word is "to" ("how to deal with it", "voters to turn out"): an
        infinitive has no finite verb to wait for."""
        words = self.words
        if words.texts[end] not in ASIDE_MARKS or _closes_dash(words, start, end):
            return None
        if words.lowers[0] in FRONTING_WORDS or _cue_opens_sentence(words, i):
            return None
        if words.lower(start + 1) == "to":
            return None
        tokens = self.attributor.tagged(words.starts[start], words.ends[limit - 1])
        if words.lower(end + 1) in NEW_CLAUSE and _clause_follows(tokens, words.ends[end + 1]):
            return None
        verb = _content_verb(tokens)
        if verb is None or verb.span.start < words.starts[end]:
            return None
        if words.lowers[start] in CLAUSE_OPENINGS:  # not a demonstrative ("that position")
            return end + 1 if words.lowers[start] != "that" or tokens[0].tag == "IN" else None
        if words.lowers[i] not in lexicons.cue_forms() or i and words.lowers[i - 1] in RELATIVES:
            return None  # "the site that listed [the gun], GunBroker.com, has removed it"
        close = _closing_mark(words, end, ASIDE_REACH)
        if close is None or close >= limit:
            return None
        after = next((t for t in tokens if t.span.start >= words.starts[close]), None)
        if after is not verb or lexicons.is_cue(tokens, tokens.index(verb)):
            return None  # "supporting [Mr. Cruz], Darran Whiting of ..., said": another cue
        return close


def _clause_follows(tokens: list[Token], offset: int) -> bool:
    """Does a finite verb stand among the tokens from ``offset`` on, before a comma or dash
    (", but [the line clunked]"; not ", and [hundreds like it], show")?"""
    for token in tokens:
        if token.span.start < offset:
            continue
        if token.text in ASIDE_MARKS:
            return False
        if token.tag in FINITE_TAGS:
            return True
    return False


def _closes_dash(words: Words, start: int, end: int) -> bool:
    """Does the dash at word ``end`` close an aside that one before the content at
    ``start`` opened ("X -- who urged him [to focus on ...] -- is skeptical")?"""
    texts, mark = words.texts, words.texts[end]
    if mark == ",":
        return False
    before = range(max(1, start - ASIDE_REACH), start)  # "--" stands as two words "-"
    return sum(texts[k] == mark != texts[k - 1] for k in before) % 2 == 1


def _content_verb(tokens: list[Token]) -> Token | None:
    """The first finite verb of the clause that ``tokens[0]`` opens that is no relative
    or adverbial clause's: each relative pronoun or subordinator past the first word takes
    the next finite verb before a break ("the week that [followed]", "the plan, which the
    council [passed], ...", "in May, when the river [rose], ...")."""
    relative = False
    for n, token in enumerate(tokens):
        if token.text in ASIDE_MARKS:
            relative = False  # its verb stands before the break, or none does ("if any,")
        elif n and token.text.lower() in SUBORDINATE_OPENINGS:
            relative = True
        elif token.tag in FINITE_TAGS:
            if not relative:
                return token
            relative = False
    return None


_MODIFIER_TAGS = ("JJ", "RB", "VBN", "HYPH", ",")
_OWNER_REACH = 7  # tokens of modifiers, at most, between an owner and its nominal cue


def _owner_past_modifiers(tokens: list[Token], k: int, owner: int) -> int:
    """The owner of the nominal cue ``tokens[k]`` past a longer run of modifiers, hyphened
    or set apart by commas ("Trump's recent evidence-free assertion", "his long,
    pre-campaign embrace"), or ``owner`` when no possessive opens the run."""

    def modifies(i: int) -> bool:  # a noun only inside a hyphened word ("evidence-free")
        hyphened = any(0 <= n < k and tokens[n].tag == "HYPH" for n in (i - 1, i + 1))
        return tokens[i].tag.startswith(_MODIFIER_TAGS) or tokens[i].tag == "NN" and hyphened

    i = k - 1
    while i >= max(0, k - _OWNER_REACH) and modifies(i):
        i -= 1
    found = tokens[i].text.lower() if i >= 0 else ""
    return i if i < k - 1 and (found in POSSESSIVE_PRONOUNS or found in POSSESSIVES) else owner


def content_opening(words: Words, start: int) -> int:
    """Where the grammar opens a content after its cue at word ``start``: past clause
    breaks and their asides ("As the Post reported, Clinton ..."), when and where ("said
    Tuesday his ...") and the "that" that stands first."""
    while start < len(words) and words.texts[start] in CLAUSE_BREAKS:
        start = _past_aside(words, start)
    return _that(words, _past_adjunct(words, start))


def nominal_cues(words: Words) -> list[int]:
    """Nouns that attribute what follows whatever the model says: an owned claim,
    statement or view opening a clause ("Borrell's claim that", "her view that", "his
    earlier assurances that") and a
    view one holds ("in the view of officials", "in Bolton's view")."""
    lowers, found = words.lowers, []
    for i, word in enumerate(lowers):
        if i == 0 or word not in STATEMENT_NOUNS and word[:-1] not in STATEMENT_NOUNS:
            continue  # "claim", "claims", "assurances"
        owner = i - 1
        while owner > max(0, i - 3) and words.shape(owner) == "x" and lowers[owner] not in OWNERS:
            owner -= 1  # "his earlier statements that", "Trump's repeated claim that"
        owned = lowers[owner] in OWNERS
        opened = "that" in lowers[i + 1 : i + 1 + THAT_REACH // 2]
        of_someone = lowers[i + 1 : i + 2] in (["of"], ["by"])  # "the claim of X that"
        if of_someone:
            opened = "that" in lowers[i + 2 : i + 2 + THAT_REACH]
        held = word == "view" and "in" in lowers[max(0, i - 4) : i]
        if held or opened and (owned or of_someone):
            found.append(i)
    return found


def _nested(words: Words, draft: Draft, drafts: Iterable[Draft]) -> bool:
    """Does the cue of ``draft`` stand inside the clause that opens the content of another
    of ``drafts`` (no clause break, quotation or joining word before it there)? What
    it attributes is then the other source's claim ("Borrell said the ministers *agreed*
    to ...": Borrell's word for what the ministers think), not a statement of its own."""
    cue = draft.cue
    if cue is None:
        return False
    for other in drafts:
        if other is draft:
            continue
        for piece in other.content:
            if piece.start <= cue.start and cue.end <= piece.end:
                return not _break_between(words, piece.start, cue.start)
    return False


def _break_between(words: Words, start: int, end: int) -> bool:
    """Does a clause break, a quotation or a joining word stand between offsets ``start``
    and ``end``?"""
    return any(
        words.texts[k] in OPENING_ENDS or words.lowers[k] in JOINS
        for k in range(words.index_at(start), words.index_at(end))
    )


def _adjacent(words: Words, content: Span, k: int) -> bool:
    """Does ``content`` run up to word ``k``, only clause breaks and joining words between?"""
    n = words.index_at(content.end - 1) + 1
    return n <= k and all(
        words.texts[m] in CLAUSE_BREAKS or words.lowers[m] in JOINS for m in range(n, k)
    )


def _own_start(words: Words, i: int, mention: Mention | None, floor: int) -> int:
    """Where the words of the cue word ``i`` begin: its source's, when the source stands
    first after the cue before it (which ends at ``floor``), else the cue word's own. A
    source further back is shared with that cue ("X said A, and predicted B", "..., adding
    that"): the content before does not run past the second verb's "and" or comma."""
    if mention is None:
        return i
    first = words.index_at(mention.span.start)
    return min(i, first) if first >= floor else i


def source_follows(cue: str, model: statement_model.StatementModel) -> bool:
    """Is the cue word ``cue`` (lower case) one whose source can only be the noun phrase
    after it ("according to X", and the model's prepositions naming a source: "In [a new
    poll], ...")? No subject, no fronted clause's subject and no word before it is then
    its source, and when none is found after it, what it attributes is the clause before
    it, said by no one ("A, according to [the most recent data]")."""
    return cue == "according" or cue in model.source_prepositions


def _opens_clause(words: Words, i: int) -> bool:
    """Does the cue word ``i`` open its clause: the sentence's first word but for a joining
    word ("But according to reports, ...") or the first after a colon or semicolon ("And it
    hasn't gone unnoticed: According to recent polls, ...")?"""
    k = i
    while k > 0 and words.lowers[k - 1] in LEADING_JOINS:
        k -= 1
    return k == 0 or words.texts[k - 1] in {":", ";"}


def _clause_before(words: Words, floor: int, i: int) -> Span | None:
    """The clause that ends at the cue word ``i`` with no break before it ("Trump leads
    Cruz [in the polls]", "New Hampshire, where he has had a big lead [in the polls]"):
    from the last clause break, relative or subordinator after ``floor``, when it holds
    a likely finite verb."""
    start = i
    while start > floor and not (
        words.texts[start - 1] in OPENING_ENDS | {"."} or words.lowers[start - 1] in CLAUSE_OPENERS
    ):
        start -= 1
    if not any(statement_model.finite(w) or _present_verb(w) for w in words.lowers[start:i]):
        return None
    return words.span(start, i) if _substantial(words, start, i, least=2) else None


def _sourceless(words: Words, i: int) -> bool:
    """Is the cue word ``i`` one that names no source: opening its sentence ("Asked about
    the talks, ...", "When asked whether ...") or a passive without its agent ("is
    expected to", "was seen as")?"""
    return _cue_opens_sentence(words, i) or words.lowers[_past_modifiers(words, i)] in BE_FORMS


def passive_cue(words: Words, i: int) -> bool:
    """Is the cue word ``i`` a passive participle after a form of "be" ("was asked",
    "is widely seen as", "has been accused"), not a progressive ("is saying")?"""
    return (
        not words.lowers[i].endswith("ing") and words.lowers[_past_modifiers(words, i)] in BE_FORMS
    )


def _agentless(words: Words, i: int, j: int, mention: Mention | None) -> bool:
    """Is the cue of words ``i`` to ``j`` a passive with no agent ("by X") after it, whose
    ``mention`` stands before it: its subject, what the attribution is about ("Roe was
    asked about the deal", "he is accused of fraud"), not who says it?"""
    if mention is None or mention.span.end > words.starts[i] or not passive_cue(words, i):
        return False
    return "by" not in words.lowers[j : j + AGENT_REACH]


def _as_complement(words: Words, j: int) -> bool:
    """Does the cue ending at word ``j`` end in a participle ("-ed", "-en", "-wn", "held",
    "meant") with an "as" phrase that is no gerund after it? As a passive, it says what
    its subject is seen as ("Atkinson was identified [as the protester]", "Sanders was
    written off [as a fringe candidate]"): the subject is what is talked of, never who
    talks, whatever the verb; not "X was quoted as saying", whose subject speaks, nor an
    adjective ("Cruz was articulate as he ...", "polls were unclear as to ...")."""
    if not words.lowers[j - 1].endswith(PARTICIPLE_ENDINGS):  # "is increasingly [seen]"
        return False
    j += j < len(words) and words.lowers[j] in PARTICLES  # "written off as"
    return (
        j + 1 < len(words) and words.lowers[j] == "as" and not words.lowers[j + 1].endswith("ing")
    )


def _cue_opens_sentence(words: Words, i: int) -> bool:
    """Does the cue word ``i`` open its sentence, alone or as a participle after
    subordinators ("When asked", "If elected", "When told")?"""
    word = words.lowers[i]
    return i == 0 or (
        (word.endswith("ed") or word in OBJECT_FIRST)
        and _opener_start(words, i, PARTICIPLE_OPENERS) is not None
    )


def _opener_start(
    words: Words, i: int, openers: frozenset[str], reach: int = FRONT_REACH
) -> int | None:
    """Where the clause that the cue word ``i`` opens after subordinators (of ``openers``,
    at most ``reach`` of them) begins: at the sentence's start ("When asked", "After
    thanking", "Asked") or after a comma and one subordinator at least ("Speaking on
    Sunday, when asked about ...", "On the radio, while discussing ..."), the comma
    maybe inside a title that closes the phrase before ("Sunday on CNN's “State of the
    Union,” while commenting on ..."), else None."""
    k = i
    while k > 0 and i - k < reach and words.lowers[k - 1] in openers:
        k -= 1
    if k == 0 or k == i:
        return None if k else 0
    return k if words.texts[k - 1] == "," or k > 1 and words.texts[k - 1] == QUOTE else None


def _participle_end(words: Words, i: int, j: int, fronted: bool = False) -> int | None:
    """The clause break that ends the participle clause the cue of words ``i`` to ``j``
    opens at its sentence's start ("Asked about the bridge[,] Roe said", "When asked
    whether ...[,] most said", and those whose source is the main clause's subject,
    ``fronted``: "Having announced that ...[,] the judge left"): its content stops there,
    and the main clause after it is a statement of its own; None for another cue."""
    participle = _cue_opens_sentence(words, i) and words.lowers[i].endswith(("ed", "told"))
    if not participle and not fronted:
        return None
    ends = CLAUSE_BREAKS | {QUOTE} if participle else {","}  # "Noting that X (R-Ill.) voted,"
    return next((k for k in range(j, len(words)) if words.texts[k] in ends), None)


def _past_modifiers(words: Words, i: int, floor: int = 0) -> int:
    """The word before the cue word ``i``, back past its adverbs ("was widely criticized",
    "was first reported"), no further than ``floor``."""
    k = i - 1
    while k > floor and (words.lowers[k] in ADVERBS or words.lowers[k].endswith("ly")):
        k -= 1
    return k


def _participle_clause(words: Words, i: int) -> bool:
    """Does the cue word ``i`` open a participle clause after a comma ("..., adding
    that"), whose subject is the one of the clause before it?"""
    return i > 1 and words.texts[i - 1] == "," and words.lowers[i].endswith("ing")


def _cue_groups(words: Words, found: list[int], alone: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Cue words close together, no punctuation between, as one cue ``(first, end)``;
    those of ``alone`` (prepositions naming a source: "backed it [in] a poll") make a cue
    of their own."""
    groups: list[tuple[int, int]] = []
    alone = set(alone)
    for i in found:
        if groups and i not in alone and groups[-1][0] not in alone:
            start, end = groups[-1]
            between = words.texts[end:i]
            if len(between) <= CUE_GAP and all(w[0].isalnum() for w in between):
                groups[-1] = (start, i + 1)
                continue
        groups.append((i, i + 1))
    return groups


def source_phrase(
    tokens: list[Token], k: int, model: statement_model.StatementModel
) -> tuple[int, int] | None:
    """The noun phrase that is the source of the cue ``tokens[k]``, by the grammar that
    the Attributor's speech-verb rules leave out."""
    before = tokens[k - 1].text.lower() if k else ""
    word = tokens[k].text.lower()
    if word in model.source_prepositions:  # "In [a new poll], ...": that or no one
        return np_after(tokens, k + 1)
    if source_follows(word, model):  # "A, according to X": X or no one
        to = k + 1 < len(tokens) and tokens[k + 1].text.lower() == "to"
        return np_after(tokens, k + 2) if to else None
    if before in POSSESSIVES:
        return np_before(tokens, k - 1)
    for n in range(k + 1, min(len(tokens), k + AGENT_REACH)):
        word = tokens[n].text.lower()
        if (
            word == "by"
            and not tokens[k].tag.startswith(("VBP", "VBZ", "VBD"))
            or (word in {"of", "from"} and n == k + 1 and tokens[k].tag.startswith("NN"))
        ):  # "was criticized by X", "a statement by X"; not "polls show Y trailing by 5"
            return np_after(tokens, n + 1)
        if tokens[n].text in CLAUSE_BREAKS:
            break
    relative = _past_adverbs(tokens, k) - 1
    if relative >= 0 and tokens[relative].text.lower() in {"who", "which"}:
        # "voters who say", "the group, which has long backed": the relative, which the
        # Attributor resolves to its antecedent, as for a quotation's cue
        return (relative, relative + 1)
    if before in RELATIVES:
        return np_before(tokens, k - 1)
    for end in (k, _past_adverbs(tokens, k)):
        np = np_before(tokens, end) or _partitive(tokens, end)
        if np is not None and any(t.tag in NOUN_TAGS for t in tokens[np[0] : np[1]]):
            return np
    return _plural_subject(tokens, k) or _trailing_subject(tokens, k) or clause_subject(tokens[:k])


def _trailing_subject(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of a cue that closes its sentence after a comma ("..., a source close
    to him said.", "..., a study by the council found.", "..., they've suggested."): the
    words from the comma to the cue's auxiliaries and adverbs, when no verb stands among
    them (a phrase the clause grammar may not read as a subject for what modifies it)."""
    after = k + 1 < len(tokens) and tokens[k + 1].text not in {".", "!", "?"}
    if after or not tokens[k].tag.startswith("VB"):
        return None
    end = k
    while end > 0 and (tokens[end - 1].tag in {"MD", "RB"} or _auxiliary(tokens[end - 1])):
        end -= 1
    start = end
    while start > 0 and tokens[start - 1].text != ",":
        start -= 1
        if end - start > APPOSITION or tokens[start].tag.startswith(("VB", "MD", "W")):
            return None
    if start == 0 or start == end or tokens[start].text.lower() in RELATIVES | {"as"}:
        return None  # "..., as some have speculated": no subject of a statement of its own
    if not any(t.tag.startswith(("NN", "PRP", "CD")) for t in tokens[start:end]):
        return None  # "..., at last, she said": no noun, no subject
    return start, end


def _auxiliary(token: Token) -> bool:
    """Is ``token`` an auxiliary ("have", "'ve", "has", "had")?"""
    return token.text.lower().lstrip("'\u2019") in {"have", "ve", "has", "had", "did", "do", "does"}


def _plural_subject(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """A plural noun just before the speech verb ``tokens[k]`` that the tagger took for
    another word ("Mrs. Roe, analysts said, ...", "aides say"): a lower-case word in "-s"
    opening its clause or after a determiner or an adjective, with the determiner and
    the adjectives before it."""
    end = _past_adverbs(tokens, k)
    if not lexicons.is_cue(tokens, k) or end == 0:
        return None
    word = tokens[end - 1].text
    if not (nlp.is_lower_word(word) and len(word) > 3 and word.endswith("s")):
        return None
    if word.endswith("ss") or tokens[end - 1].tag in NOUN_TAGS:
        return None
    start = end - 1
    while start > 0 and tokens[start - 1].tag in SUBJECT_MODIFIER_TAGS:
        start -= 1
    if start > 0 and tokens[start - 1].text not in CLAUSE_BREAKS | {"and", "but"}:
        return None
    return (start, end)


def _partitive(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """A part of a group named by a pronoun, ending before word ``end`` ("most of them",
    "many of you", "two of us"): the object pronoun is no subject of its own."""
    if end < 3 or tokens[end - 1].tag != "PRP" or tokens[end - 2].text.lower() != "of":
        return None
    part = tokens[end - 3]
    return (end - 3, end) if part.tag in {"JJ", "JJS", "DT", "CD", "NN", "NNS"} else None


def _verb_subject(tokens: list[Token], low: int, k: int) -> tuple[int, int] | None:
    """The subject of the nearest clause before the cue ``tokens[k]`` (back to ``low``)
    whose first finite verb has a noun phrase before it: "A few minutes later they
    reversed themselves, rushed everyone inside and said", "Polls there show"."""
    end = k + 1
    for n in range(k, low - 1, -1):
        if n > low and tokens[n - 1].text.lower() not in VERB_CLAUSE_BREAKS:
            continue
        verb = next((v for v in range(n, end) if tokens[v].tag in FINITE_TAGS), None)
        end = n
        if verb is None or tokens[n].text.lower() in RELATIVES | {"whose"}:
            continue  # "Mr. Slinker, whose start-up uses ...": not the cue's subject
        subject = _past_adverbs(tokens, verb)
        np = np_before(tokens, subject) or _partitive(tokens, subject)
        if np is not None and np[0] >= n and any(t.tag in NOUN_TAGS for t in tokens[np[0] : np[1]]):
            return np
    return None


def _past_adverbs(tokens: list[Token], k: int) -> int:
    """Where the subject of the cue ``tokens[k]`` ends, back past the adverbs, the negation
    and the aside between dashes that stand between them ("Democrats don't think",
    "voters overall said", "insiders in two states — Nevada and Ohio — said")."""
    j = k
    while j > 0 and (tokens[j - 1].tag in ADVERB_TAGS or tokens[j - 1].text.lower() in SKIPPABLE):
        j -= 1
    if j > 0 and tokens[j - 1].text in ASIDE_DASHES:
        opening = dash_aside_opening(tokens, j - 1, APPOSITION)
        if opening is not None:
            j = opening
    return j


def cue_end(words: Words, j: int, model: statement_model.StatementModel) -> int:
    """Past the particle and the preposition that belong to a cue ("called for", "talked
    about", "responded to", "pointed out", "lashed out at", and those the model learnt:
    "balked at", "described as"); the "to" of an infinitive opens the content ("declined
    to say")."""
    if j < len(words) and words.lowers[j] in PARTICLES:
        j += 1
    if j >= len(words):
        return j
    if words.lowers[j] not in CUE_PREPOSITIONS:
        return j + model.takes(words.lowers[j - 1], words.lowers[j])
    if words.lowers[j] == "to" and j + 1 < len(words) and not _nominal(words, j + 1):
        return j
    return j + 1


def _nominal(words: Words, k: int) -> bool:
    return words.lowers[k] in NOMINAL_STARTS or words.shape(k) in {"X", "Q"}


def _before(
    words: Words,
    floor: int,
    first: int,
    breaks: frozenset[str] = CLAUSE_BREAKS | {QUOTE},
    subject: bool = False,
) -> Span | None:
    """The content from ``floor`` to the clause break before a cue's source ("The talks
    stalled, officials said"), when it says something (any words but when or where, if
    it is the ``subject`` of a predicate after the cue: "This campaign, he says, is
    different")."""
    first = _title_start(words, floor, first, breaks)
    if first <= floor or words.texts[first - 1] not in breaks:
        return None
    end = _trim(words, floor, first)
    start = max(floor, end - LONGEST_CONTENT)
    while start < end and words.shape(start) not in {"X", "x", "d", "Q"}:
        start += 1
    start = _past_dateline(words, start, end)
    if subject and start < end and words.lowers[start] in DEMONSTRATIVES:
        return words.span(start, end)  # "This campaign, he says, is different"
    least = 1 if subject else 3
    if end - start < ADJUNCT_CLAUSE and not _substantial(words, start, end, least=least):
        return None  # a clause may open with when: "As Trump spoke, a girl was sprayed"
    return words.span(start, end)


def _past_dateline(words: Words, start: int, end: int) -> int:
    """Past the dateline a lede may open with ("WASHINGTON (AP) \u2014", "PORTLAND, Maine -",
    "LOS ANGELES, Feb. 2 (UPI) \u2014"): the place in capitals, then no lower-case word
    before the dash."""
    first = words.texts[start] if start < end else ""
    if not (first.isupper() and first.isalpha() and len(first) > 2):
        return start
    for k in range(start + 1, min(end, start + DATELINE_WORDS)):
        if words.texts[k] in DATELINE_DASHES:
            return k + 1
        if words.texts[k].islower():
            break
    return start


def _title_start(words: Words, floor: int, first: int, breaks: frozenset[str]) -> int:
    """Where the source named at word ``first`` begins with its title, when a clause break
    stands just before the title ("..., ministry spokesman Benali Cherif said")."""
    for n in range(first - 1, max(floor, first - SOURCE_REACH) - 1, -1):
        if words.texts[n] in breaks:
            return n + 1
        if words.lowers[n] in TITLE_BREAKERS or words.shape(n) not in {"X", "x", "d"}:
            break
    return first


def _past_title(words: Words, k: int, floor: int) -> int:
    """Back from word ``k``, the last of a title before a source's name, to the "by" before
    the title ("was championed by [North Dakota RNC Committeeman] Curly Haugland", "by
    [the state's former governor] John Smith"), no further than ``floor``: ``k`` when no
    "by" opens it (a preposition or a clause break stands between)."""
    for n in range(k, floor, -1):
        if words.lowers[n] == "by":
            return n
        title_word = words.shape(n) in {"X", "x", "d"} or words.texts[n] in POSSESSIVES
        if not title_word or words.lowers[n] in TITLE_BREAKERS | PREPOSITIONS:
            break
    return k


def _past_adjunct(words: Words, start: int) -> int:
    """Past the when and where that stand between a cue and its content ("said Tuesday
    his actions", "said on Friday he met", "said in a statement released by the campaign
    the report merits", "vowed Tuesday to remain", "asked on Monday whether"): to the
    first word that opens a clause, else ``start``."""
    if start >= len(words) or words.lowers[start] not in ADJUNCT_WORDS:
        return start
    for n in range(start + 1, min(len(words), start + ADJUNCT_REACH)):
        word = words.lowers[n]
        if word == "that" or word in PRONOUNS:
            return n
        if n - start <= SHORT_ADJUNCT and (word in {"whether", "if"} or _infinitive(words, n)):
            return n  # "vowed Tuesday to remain", "asked on Monday whether"
        if word == QUOTE or word in CLAUSE_BREAKS:
            break
        if word in NOMINAL_STARTS and words.lowers[n - 1] not in PREPOSITIONS:
            return n
    return start


def _infinitive(words: Words, k: int) -> bool:
    """Does the word ``k`` open an infinitive ("to remain", not "to reporters", "to the
    crowd", "to who", "to Iowa" or "to 2001")?"""
    if words.lowers[k] != "to" or k + 1 >= len(words):
        return False
    verb = words.lowers[k + 1]
    return (
        words.shape(k + 1) == "x"
        and verb not in NOMINAL_STARTS | PRONOUNS | WH_OPENINGS
        and not verb.endswith("s")
    )


def _past_aside(words: Words, start: int) -> int:
    """Past the clause break at ``start``, and past the aside it opens when it is a dash
    another one closes a few words on ("said — on Twitter, as it happens — that") or a
    comma another one closes before "that" ("said, twice, that")."""
    mark, last = words.texts[start], len(words) - 1  # the closing mark is not the last word
    if mark in ASIDE_DASHES:
        return _closing_mark(words, start, min(ADJUNCT_REACH, last - start)) or start + 1
    if mark == ",":
        return _closing_mark(words, start, min(APPOSITION, last - start), "that") or start + 1
    return start + 1


def _aside_end(words: Words, start: int) -> int | None:
    """Past the aside that a comma or dash at ``start`` opens and the same mark closes
    ("that, according to an analysis of her calendar, 85 of ...", "that — at least for
    now — Republicans"), else None."""
    if start >= len(words) or words.texts[start] not in ASIDE_BREAKS:
        return None
    return _closing_mark(words, start, SOURCE_PHRASE)


def _closing_mark(words: Words, start: int, reach: int, then: str | None = None) -> int | None:
    """Past the first mark like the one at ``start`` within ``reach`` words of it (and
    before the word ``then``, if given): where the aside the mark opens ends."""
    mark = words.texts[start]
    for n in range(start + 1, min(len(words), start + reach)):
        if words.texts[n] == mark and (then is None or words.lowers[n + 1] == then):
            return n + 1
    return None


def _past_source_phrase(words: Words, end: int) -> int:
    """Where the content begins after a source that opens its sentence: past the rest of
    the source's phrase up to its comma ("According to a poll [conducted by Edison
    Research], ...", "According to [Florida's] Senate, ...") and an apposition after it
    ("According to Marsh[, a historian], ..."), when no clause stands in them."""
    n = _past_phrase(words, end)
    if n == end or n < len(words) and words.lowers[n] in FRONTING_WORDS | CLAUSE_OPENERS:
        return n  # "According to X, while A, B": a clause, no apposition
    after = _past_phrase(words, n)
    return after if after - n <= APPOSITION and after < len(words) else n


def _past_phrase(words: Words, start: int) -> int:
    """Past the clause breaks at ``start``, or past the phrase from ``start`` to the comma
    that ends it, when no auxiliary or pronoun says it is a clause (else ``start``); its
    participles are no finite verbs ("a poll conducted by ...")."""
    if start < len(words) and words.texts[start] in CLAUSE_BREAKS:
        while start < len(words) and words.texts[start] in CLAUSE_BREAKS:
            start += 1
        return start
    for n in range(start, min(len(words), start + SOURCE_PHRASE)):
        word = words.lowers[n]
        if word == ",":
            return n + 1
        if word in CLAUSE_WORDS and not (word in AUXILIARIES and words.shape(n) == "X"):
            break  # a clause ("according to the poll, which ...") or the sentence's end,
            # not a month ("a poll conducted in May, ...")
    return start


def _passive_subject(words: Words, floor: int, i: int, agent: int | None = None) -> Span | None:
    """The subject of a passive cue ("The move was hotly criticized by economists", "He
    had been recommended for the job by Stone", "[Two of the delegates] were deemed
    ineligible"): from the clause's start to its "be" before the cue word ``i``, when no
    other cue word (before ``floor``) stands in it; a relative opening the clause is its
    subject ("a judge [who] was seen as"). When the source is the agent at word ``agent``,
    "by" stands before it."""
    if agent is not None:
        by = agent - 1
        while by > i and words.lowers[by] in DETERMINERS:
            by -= 1  # "was confirmed by the Eagle Forum": the source's name after "the"
        by = _past_title(words, by, max(i, by - SOURCE_REACH))
        if by <= i or words.lowers[by] != "by":
            return None
    k = _past_modifiers(words, i, floor)  # "was widely criticized", "was not backed"
    if k <= floor or words.lowers[k] not in BE_FORMS:
        return None
    return _subject_before(words, floor, k, openers=agent is None)


def _subject_before(words: Words, floor: int, k: int, openers: bool = True) -> Span | None:
    """The subject of the verb at word ``k``, back past its auxiliaries ("has been",
    "will probably be", "has not"): from its clause's start (after a clause break, or
    after one of the ``openers``) to the first auxiliary, when no other cue word (before
    ``floor``) stands in it."""
    auxiliaries = statement_model.AUXILIARIES
    while k > floor and words.lowers[aux := _past_modifiers(words, k, floor)] in auxiliaries:
        if NEGATIONS & set(words.lowers[aux + 1 : k]):
            break  # "The same could not be said": the subject keeps what denies it
        k = aux
    start, reach = k, max(floor, k - SUBJECT_REACH)
    while start > reach and words.texts[start - 1] not in CLAUSE_BREAKS | {QUOTE, "."}:
        start -= 1
        if openers and words.lowers[start] in CLAUSE_OPENERS:
            # a relative just before "be" is the subject ("who was seen as"), else the
            # subject follows the opener ("that the move was seen as", "and he was")
            start += words.lowers[start] not in RELATIVES or start + 1 < k
            break
    if start == reach and reach > 0:  # another cue in the subject ("X's claim that ...
        return None  # was disputed by Y") or a subject too long to tell
    return words.span(start, k) if start < k else None


def _past_object(words: Words, start: int) -> int:
    """Past the person told ("told reporters that", "told CNN he would", "told reporters
    the talks stalled", "asked him whether", "asked her which candidate she backs", "told
    reporters.") and the where or when after it, when "that", a question word or the
    sentence's end follows ("told the court in his filing.", "told a crowd at a hotel in
    downtown Baltimore that")."""
    found = len(words) if len(words) - start <= OBJECT_REACH else start
    for n in range(start, min(len(words), start + OBJECT_REACH + 1)):
        word = words.lowers[n]
        opens = word in OBJECT_ENDS or word in CLAUSE_BREAKS | WH_OPENINGS
        if opens or n > start and (word in PRONOUNS - {"it"} or word in NOMINAL_STARTS):
            found = n
            break
    if found == start or found > start and _adjunct_at(words, found - 1):
        return _past_adjuncts(words, start) or found
    return found


def _past_adjuncts(words: Words, start: int) -> int | None:
    """The "that", question word or sentence end after the person told and the phrases
    of where and when after them ("told [a crowd at a hotel in Baltimore] that"), if one
    stands there before any clause break or preposition of what is told ("warned China
    against ..."); else None."""
    n, reach = start, start + OBJECT_REACH + 1
    while n < min(len(words), reach):
        word = words.lowers[n]
        extended = reach > start + OBJECT_REACH + 1
        if word in OBJECT_ENDS - {"to"} or word in WH_OPENINGS:
            return n if extended else None
        opens = word in PRONOUNS - {"it"} or word in NOMINAL_STARTS
        if extended and opens and words.lowers[n - 1] not in PREPOSITIONS:
            return n  # "told reporters in a statement [the] talks stalled."
        if (
            word in CLAUSE_BREAKS | AUXILIARIES
            or word in CUE_PREPOSITIONS
            and not extended  # "at a lunch held by the Chamber [of] Commerce if" goes on
            and not _adjunct_at(words, n)
        ):
            return None  # "warned China against ...", "tells in Reno NFL has gone ..."
        if _adjunct_at(words, n):
            reach = n + THAT_REACH + 1
        n += 1
    return None


def _adjunct_at(words: Words, k: int) -> bool:
    """Does a preposition of where or when open a phrase at word ``k`` ("in a letter", "at
    the White House", "on Monday"; not "at least")?"""
    if words.lowers[k] not in ADJUNCT_PREPOSITIONS or k + 1 >= len(words):
        return False
    return words.shape(k + 1) == "X" or words.lowers[k + 1] in NOMINAL_STARTS


def _closes_fronted(words: Words, start: int, comma: int) -> bool:
    """Is the break at ``comma`` the first of the content from ``start`` and the end of
    a clause fronted in it ("that while the ministers had not decided, all member states
    agreed ..."): the next cue is then the content's own main verb, not a new statement's
    start."""
    opener = start + (words.lowers[start] == "that")
    return (
        opener < comma
        and words.lowers[opener] in FRONTING_WORDS
        and words.texts[comma] == ","
        and not any(words.lowers[k] in BREAKS for k in range(opener + 1, comma))
    )


def _that(words: Words, start: int) -> int:
    """The "that" opening the content a few words on ("told reporters that ..."), not
    one inside a clause that has begun before it: past a subject pronoun or an auxiliary
    the clause is the content ("said he understands how hard that can be", "said it was
    clear that ...", "say they feel that way")."""
    for n in range(start, min(len(words), start + THAT_REACH)):
        if words.lowers[n] == "that":
            return start if n > start and _relative_that(words, n) else n
        if words.shape(n) not in {"X", "x", "d"} or words.lowers[n] in CLAUSE_STARTS:
            break
    return start


def _relative_that(words: Words, n: int) -> bool:
    """Is the "that" at word ``n``, a few words past a cue, no complementizer but what the
    words before it hold: a preposition's object ("devoted resources to that state",
    "responsibility for that attack") or a relative pronoun, the subject of a verb that
    follows it at once ("signed a bill that created ...", "proposed a system that would
    be run by states", "the movement that's sweeping the country")? The content then
    starts at those words ("a bill that created ...")."""
    if words.lowers[n - 1] in PREPOSITIONS:
        return True
    after = words.lower(n + 1)
    return after in AUXILIARIES or after.endswith("ed") and after.isalpha()


def _trim(words: Words, start: int, end: int) -> int:
    while end > start and words.texts[end - 1] in CLOSING:
        end -= 1
    return end


def _substantial(words: Words, start: int, end: int, least: int = 1) -> bool:
    """Do words ``start`` to ``end`` say something, rather than only when or where
    ("10:42 pm")? A clause does, whatever it opens with ("this term would be different",
    "this provides an incentive")."""
    lowers = words.lowers
    return (
        end - start >= least
        and any(w[0].isalpha() and w not in CLOCK_WORDS or w == QUOTE for w in lowers[start:end])
    ) and (
        lowers[start] not in ADJUNCT_WORDS
        or any(w in AUXILIARIES for w in lowers[start + 1 : end])
        or lowers[start] in DEMONSTRATIVES
        and start + 1 < end
        and _present_verb(lowers[start + 1])
    )


def _present_verb(word: str) -> bool:
    """Is ``word`` likely a verb in the present after a subject ("this *provides*")?"""
    return word.endswith("s") and not word.endswith(("ss", "'s", "\u2019s")) and word.isalpha()


def _kind(text: str, content: Sequence[Span], quotes: Iterable[Span]) -> StatementKind:
    """Direct, mixed or reported, by the share of the content's letters quoted."""
    quoted = sum(
        1
        for q in quotes
        for piece in content
        if q.overlaps(piece)
        for c in text[max(q.start, piece.start) : min(q.end, piece.end)]
        if c.isalnum()
    )
    if not quoted:
        return StatementKind.REPORTED
    letters = sum(1 for p in content for c in text[p.start : p.end] if c.isalnum())
    return StatementKind.DIRECT if quoted >= DIRECT_SHARE * letters else StatementKind.MIXED


def marked_kind(text: str, span: Span) -> StatementKind:
    """The kind of a stretch of ``text`` a reporter marked: direct (a quotation) when it
    lies within quotation marks, mixed when it holds some, else reported."""
    return _kind(text, [span], (q.span for q in scan(text) if q.span.overlaps(span)))
