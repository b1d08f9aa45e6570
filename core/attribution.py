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

The grammar the sieves read with stands in modules of one concern each:
:mod:`core.cue_frames` (frames and speaker mentions), :mod:`core.labels` (colon labels
and transcript turns), :mod:`core.asides` (asides, appositives, relative clauses),
:mod:`core.people_phrases` (phrases for people and things), :mod:`core.saying_grammar`
(the subjects and objects of saying) and :mod:`core.grammar_tags` (what they share).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property

from core import lexicons, nlp
from core.asides import (
    coordinated_past_asides,
    description_before_and,
    in_closed_relative,
    in_office_complement,
    modifies_object_of_preposition,
    name_of_appositive,
    named_after,
    named_past_description,
    named_past_place,
    object_named,
    opening_past_aside,
    participle_holder,
    reduced_passive_head,
    series_antecedent,
    subject_past_asides,
    unclosed_appositive,
)
from core.authorship import Authorship
from core.cue_frames import (
    Frame,
    Mention,
    between_marks,
    distance,
    first_mentions_after,
    named_mention,
    outside_relatives,
    outside_tokens,
    quotation_alone,
    report_source,
    reports,
    reports_as_voices,
    unbracketed,
    voices_before,
    words_outside,
)
from core.dates import MONTHS, WEEKDAYS
from core.document import Span, SpeakerKind, Token
from core.grammar_tags import (
    CLAUSE_OPENERS,
    DASHES,
    NOUN_PHRASE_TAGS,
    QUOTE_MARK,
)
from core.kind_evidence import (
    OWNED_HEADS,
    kin_noun,
    named_as_company,
    noun_gender,
    organisation_noun,
)
from core.labels import (
    QUOTE_MARKS,
    RECORD_NOUNS,
    TRANSCRIPT,
    addresses_you,
    colon_label,
    headline_after_label,
    label_name,
    label_names_no_one,
    own_cue_over_label,
    question_cites_you,
    record_heading,
    set_off_label,
    topic_then_quote,
    turn_asked,
    turn_label,
)
from core.name_kinds import NameKind, name_kind
from core.name_runs import QUANTIFIERS
from core.named_after import speaker_named_after, utterance
from core.nominals import (
    AGED,
    CHANNEL_NOUNS,
    DOCUMENT_NOUNS,
    PRONOUN_OF_OWNER,
    RACE_NOUNS,
    document_owner,
    owned_thing,
    person_head,
)
from core.organisation_antecedents import (
    ORGANISATION_REACH,
    POSSESSIVE_END,
    organisation_named_by,
    owned_body,
    public_body_named,
)
from core.organisation_names import (
    HEAD_KINDS,
    PRESS_NOUNS,
    another_described,
    body_apposition,
    looks_like_organisation,
)
from core.people_phrases import (
    INDEFINITE,
    POSSESSIVE_INSIDE,
    THING_PRONOUNS,
    article_opening,
    clause_opening_name,
    determiner_before,
    gender_after,
    its_after,
    man_of_a_place,
    name_before_adjunct,
    of_one,
    opens_with_both,
    past_preposition,
    people_phrase,
    personal,
    plural_gender,
    possessive_owner,
    refers_back,
    thing_phrase,
    title_acronym,
    unlisted_person,
)
from core.person import PRONOUN_GENDER, Person, may_be_he_or_she
from core.person_names import PLACE_HEADS, dateline_before, normalise, shown_name_start
from core.phrases import (
    AGO_UNITS,
    ASIDE_DASHES,
    BE_FORMS,
    FINITE_TAGS,
    INDEFINITE_PRONOUNS,
    NOUN_TAGS,
    PERSONAL_PRONOUNS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    absolute_clause,
    after_link,
    appositive_name,
    clause_start,
    clause_subject,
    described_by_role,
    fragment_subject,
    head_word,
    holds_name,
    last_clause_subject,
    name_before_appositive,
    name_tokens,
    np_after,
    np_before,
    opens_clause,
    passive,
    people_head,
    person_noun,
    plural_head,
    relative_antecedent,
    relative_head,
    relative_word,
    skip_right,
    speaker_like,
    stretch_start,
    strip_determiner,
    verbish,
    words_of,
)
from core.quotes import CLOSERS, OPENERS, QuotedSpan, names_a_title, names_something
from core.roles import mention_roles, name_roles
from core.saying_grammar import (
    ASPECTUAL,
    OWNED_REACH,
    adverbial_lead,
    after_that,
    agent_of,
    apposed_absolute_subject,
    attribution_aside,
    cue_word_in,
    extraposed_subject,
    finite_speech,
    fronted_clause_closes,
    gapped_naming,
    has_cue_word,
    holds_owned_content,
    made_to_speak,
    member_of_them,
    modifies_noun_cue,
    named_as_object,
    named_before_cue,
    named_object,
    names_a_thing,
    object_for_saying,
    object_saying,
    object_speaking,
    opening_subject,
    poll_of_share,
    puts_a_thing,
    quoted_as,
    quoted_in_clause,
    quoting_named,
    speaker_after,
    speech_owned,
)
from core.speaker_choice import Candidate, Situation, SpeakerModel, features
from core.speakers import FIRST_PERSON, PAIR_NOUNS, SENTENCE_END_AFTER, Cast
from core.subjects import person_word_in

PARTICIPLE_AFTER = frozenset({",", "by", "statement", "tweet", "post", "email", "release"})
OPENING_WORDS = frozenset({"but", "and", "indeed", "still", "yet", "so", "also", "then"})
CLAUSE_TAGS = frozenset({"WRB"})  # "said the days when ...", not "said an owner that"
INFINITIVE_QUOTED = re.compile(r"[ \t\xa0]*[\u201c\"][ \t\xa0]*to[ \t\xa0]+[a-z]")
LOCATIVES = frozenset(  # prepositions of place
    {"through", "in", "at", "on", "from", "into", "across", "around", "near", "outside",
     "inside", "under", "over", "behind", "along", "among", "between"}
)  # fmt: skip
# alone, a noun for an organisation of a kind (HEAD_KINDS: "the union") or of any: "the
# organization"
BODY_NOUNS = frozenset(HEAD_KINDS) | {"organization", "organisation"}
# a body a person owns, named by the owner's name: "Rubio’s campaign", "Rep. Ann Lee's office"
OWNER_BODY = re.compile(rf"(?:.*\s)?([A-Z][\w-]+['\u2019]s?)\s+({'|'.join(sorted(OWNED_HEADS))})")
PHRASE_OPENER_TAGS = frozenset({"VBN", "VBG", "IN", "TO"})  # a participle, a preposition
PASSIVE_AGENT = re.compile(r"\bby\s*$")  # "reported by X": the agent of a passive
# a cue verb and its clause's "that" before a nominal: "Okafor said (that) |the senator"
CUE_THEN_CLAUSE = re.compile(r"\b([a-z]+)[ \t\xa0]+(?:that[ \t\xa0]+)?$")
ASIDE_CLOSE = re.compile(rf"[{DASHES},]\s*$")  # an aside closing before its subject's verb
# inside a quotation whose marks do not match, a mark shaped as a close, a few unquoted
# words, then one shaped as an opening (`“crumbling," she said. "Families ...”`), or the
# paragraph's end: the marks the quotation was paired by skip a cue
_MARK = '["\u201c\u201d]'
INNER_CUE = re.compile(
    rf"(?<=[,.?!\u2014-]){_MARK}(?=[ \t])([^\"\u201c\u201d\n]{{1,80}}?)"
    rf"(?:(?<=\s){_MARK}(?=\S)|$|(?=\n))"
)
MAX_INNER_CUE_WORDS = 12
MAX_TITLE_WORDS = 4
MAX_INFINITIVE_REACH = 6  # words from a cue after "to" to the quotation it says
NAMING_WORDS = frozenset({"called", "named", "dubbed"})
MAX_SUBJECT_WORDS = 6  # of a noun phrase opening the clause after a quotation
OWNED_MODIFIERS = frozenset({"JJ", "JJS", "RBS", "NN", "NNP", "CD", "VBG", "VBN"})
MAX_OWNED_MODIFIERS = 4  # words between an owner and the speech act: "his most famous"
SIGNATURE = re.compile(rf"[{DASHES}]+\s*(?=[A-Z])")
PARAGRAPH = re.compile(r"[^\n]+")
ANSWER_OPENS = frozenset('"\u201c\u00ab\u201e')
ANSWER_CLOSES = frozenset('"\u201d\u00bb')
MIN_UNCUED_WORDS = 6  # shorter quotations need a cue in their frame to count
SURE = frozenset(
    {"transcript", "signature", "owner", "thing", "headline", "cited", "clause", "named after"}
)
HEADLINE_TITLE_BEFORE = frozenset({"IN", "DT", "POS", "PRP$"})  # "On “The Kelly File”"
ADJUNCT_OPENERS = frozenset({"in", "by", "after", "while", "when", "before", "upon", "on"})
UNLISTED_CUES = frozenset({"according", "words", "per"})  # "according to X", "in the words
# of X", "per X"
TITLE_CASE_CUES = frozenset(
    {"said", "says", "tells", "told", "warns", "warned", "adds", "added"}
)  # sieves the model never overrules


@dataclass(frozen=True)
class Attribution:
    """The decision for one quotation."""

    quote: QuotedSpan
    mention: Mention | None
    partial: bool
    sieve: str  # which sieve decided: "cue", "neighbour", "subject", ..., or "model"
    candidates: tuple[Candidate, ...] = ()  # the mentions in reach, with their features
    margin: float | None = None  # the model's lead over the runner-up, when it chose
    sure: bool = False  # a sure case: the sieve decided and the model was not asked


LINE_SPACE = re.compile(r"[^\S\n]*")  # spaces, no line break
# between a cue and the quotation opening right after it ("the forward said: “I was ...")
BEFORE_OPENING = re.compile(r"[^\S\n]*[,:]?[^\S\n]*")
SAID_AS_I_READ = 500  # characters of a quotation that _start_if_says_i reads for its "I"
DOUBLE_MARK = re.compile(r"[\"\u201c\u201d]")
SINGULAR_I = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b|\bI[\u2019'](?:m|ve|d|ll)\b")


CONTINUED_AFTER = re.compile(r"\s*,\s*[\"\u201c]?\s*[a-z]")  # "Clinton, a top aide said, “is ...”"


ORDINALS = frozenset({"second", "third", "fourth", "fifth"})  # "a third", as "another"


OWNED_OF = re.compile(r"[Tt]he\s+(campaign|office|team)\s+of\s+")  # "the campaign of Ted Cruz"
CAMPAIGN_OF = re.compile(OWNED_OF.pattern + r"\Z")  # "the campaign of |"
THING_SENTENCES = 4  # sentences back a speaking "it" looks for the thing it stands for
WROTE_IN_VERBS = frozenset({"wrote", "writes", "write"})  # "X wrote in the affidavit": his words
WORD_RUN = re.compile(r"[A-Z][\w&'\u2019.-]*(?:[ \t\xa0]+[A-Z&][\w&'\u2019.-]*)*")
LOWER_NEXT = re.compile(r"[ \t\xa0]+[a-z]")
BODY_BEFORE = nlp.EndPattern(  # "The company, |", "The union that ..., the |": before a name;
    # not the object of a preposition ("The leader of the Conservative group, |Councillor")
    re.compile(
        r"(?<!\bof )(?<!\bfor )(?<!\bat )(?<!\bto )(?<!\bin )(?<!\bby )(?<!\bwith )(?<!\bfrom )"
        + body_apposition("([a-z]+)")
        + r"\Z"
    ),
    (",", ", the"),  # every match ends ", " or ", the ": most stretches before a name do not
    True,
)
COMPANY_HEADS = frozenset({"company", "firm"})  # a business, which a person never is
# a newspaper's own voice, which its name owns: "the editorial board", "the paper's editorial"
EDITORIAL_VOICE = re.compile(
    r"(?:(?:news)?paper['\u2019]s\s+)?(?:editorial(?:\s+board)?|editors|editorial\s+writers)",
    re.IGNORECASE,
)
_PAPER = (  # a capitalised name, no determiner ("The editors of the Ledger"), whole ("the
    # pro-Christie Union Leader"), on one line and in one sentence ("with Iran. The Wall
    # Street Journal's editorial board" is the Journal's: "Iran." ends a sentence)
    r"((?:[Tt]he[ \t\xa0]+)?(?<![\w-])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\b)"
    r"(?:[A-Z][\w.&-]*(?<![a-z]{2}\.)[ \t\xa0]+){0,4}[A-Z][\w.&-]*)"
)
EDITORIALS_OF = re.compile(  # where an article names the paper whose editorials it cites:
    _PAPER  # "the Ledger('s) editorial board", "the editors of X", "X, the largest newspaper"
    + r"(?:['\u2019]s?)?\s+(?:editorial|editors)"
    + r"|\b(?:editors|editorial\s+board|editorial\s+page)\s+(?:of|at)\s+"
    + _PAPER
    + r"|"
    + _PAPER
    + r",\s+(?:[\w'\u2019-]+\s+){0,4}?(?:newspaper|daily|paper)\b"
)


IT_VERB = re.compile(r"[ \t\xa0]+(?:(?:also|does|did)[ \t\xa0]+)?([a-z]+)\b")
# "It added", "it also said", "it does say"


CAPITAL_NEXT = re.compile(r"\s+[A-Z]")  # a sentence after, in the same paragraph
SENTENCES_WITHIN = re.compile(r"\b[a-z]{2,}[.?!]\s+[A-Z]")  # "it. Continue": one ends, one begins


CARRIER_SPAN_ENDS = frozenset({".", "!", "?", "(", *ASIDE_DASHES})
# what a carried source's speaker is not sought past: a sentence's end or an aside's
# opening ("(the number is 15, according to X)"; see Attributor._carried_words)


class Attributor:
    """Runs the sieves over one article's frames."""

    def __init__(self, text: str, cast: Cast, model: SpeakerModel | None = None) -> None:
        self.text = text
        self.cast = cast
        self.authorship = Authorship(cast)  # whose words a document or statement is
        self.model = model  # chooses among competing candidates; None: the sieves alone
        self._opening: list[Token] = []  # the current frame's words before its first quote
        self._stretches: list[list[Token]] = []  # all the current frame's words outside quotes
        self._first_person: tuple[int, Person | None] | None = None  # see interviewee
        self._quoted: list[QuotedSpan] = []  # the frames' quotations, in order (see run)
        self._sentence_starts: list[int] = []  # the article's sentences' (see run)
        self._next_paragraph: Frame | None = None  # the next paragraph's first frame (run)
        self._tagged_with: tuple[Frame | None, int] = (None, 0)  # see _frame_words
        self._mention_roles: dict[tuple[int, int], tuple[str, ...]] = {}  # see _roles_at
        cast.roles_at = self._roles_at

    def tagged(self, start: int, end: int) -> list[Token]:
        """The article's words from ``start`` to ``end``, tagged as the sieves read them
        (the surnames the article has named so far known as names)."""
        return nlp.tagged(self.text, start, end, surnames=self.cast.surnames())

    def run(self, all_frames: list[Frame]) -> Iterator[Attribution]:
        self._quoted = [q for frame in all_frames for q in frame.quotes]
        self._sentence_starts = [s.start for s in self.cast.sentences()]  # the ranker's
        previous: Mention | None = None  # the speaker the last paragraph ended with
        record: Mention | None = None  # a record's heading the paragraphs since go on under
        by_paragraph: dict[int, list[Frame]] = {}
        for frame in all_frames:
            by_paragraph.setdefault(frame.paragraph, []).append(frame)
        order = sorted(by_paragraph)
        if not order:
            return  # a blank text
        for paragraph, following in zip(order, [*order[1:], None], strict=True):
            para_frames = by_paragraph[paragraph]
            signature = self._signature(by_paragraph[following][0]) if following else None
            self._next_paragraph = by_paragraph[following][0] if following else None
            label = self._transcript_label(para_frames[0]) or self._answer(para_frames[0])
            for frame in para_frames:
                frame.quote_only = bool(frame.quotes) and (
                    not words_outside(self.text, frame) or topic_then_quote(self.text, frame)
                )
                if (
                    frame.quotes
                    or has_cue_word(self.text, frame.span)
                    or self.text[frame.span.end - 1] == ":"
                ):
                    self._find_mentions(frame)
                if not frame.quotes:
                    self._nominal_topic(frame)
            record = self._record_after(record, para_frames, previous)
            last: Mention | None = self._headline_item(para_frames[0])
            earlier: Mention | None = None  # the last cue's mention in the frames before
            later = first_mentions_after(para_frames)
            for position, frame in enumerate(para_frames):
                for index, q in enumerate(frame.quotes):
                    words = len(self.text[q.span.start : q.span.end].split())
                    headline = self._headline_opener(frame, q)
                    if headline is None and not self._keep(frame, q, words):
                        continue
                    held = self._fronted_holder(frame, q)
                    sieve, mention = (
                        ("headline", headline)
                        if headline is not None
                        else self._decide(frame, q, held, para_frames, position, last, previous)
                    )
                    margin = None
                    if label is not None and not (
                        sieve == "cue" and own_cue_over_label(self.text, label, mention)
                    ):
                        sieve, mention = "transcript", label  # a turn's own cue wins:
                        # "A: As my predecessor said, “...”"; "WEXFORD: ... the union's
                        # president called me and said, “...”"
                    elif signature is not None and (
                        sieve in {"none", "previous paragraph"}
                        or sieve == "sentence before"
                        and quotation_alone(para_frames)
                    ):  # a pull quote under the byline: "By X\n\n“...”\n\n— Y": Y's
                        sieve, mention = "signature", signature
                    elif (owner := self._owner(frame, index)) is not None:
                        sieve, mention = "owner", owner  # "Trump's claim that Obama “...”"
                    elif (cited := self._cited(frame, q, mention)) is not None:
                        sieve, mention = "cited", cited
                    elif (
                        sieve == "cue"
                        and mention is not None
                        and mention is not held
                        and (own := self._main_clause_speaker(frame, index, mention)) is not None
                    ):
                        sieve, mention = "clause", own
                    situation = Situation(
                        self.text, q, frame.span.start, frame.span.end, frame.quote_only,
                        self._opens_frame(frame), sieve, mention, last, previous,
                        self._sentence_starts,
                    )  # fmt: skip
                    reach = (earlier, later[position])
                    candidates = self._candidates(situation, frame, index, reach)
                    sure = (
                        sieve in SURE
                        or sieve == "cue"
                        and mention is not None
                        and (mention.quoted_as or mention is held or mention.set_off)
                    )
                    # "The agency quoted Ali Karimi as saying “...”": the grammar names who
                    # spoke; the quoting verb's subject is the one who reports it, no rival;
                    # so does a fronted clause the quotation closes, and a label set off by a
                    # dash ("... - PollWatch: “...”": a newsletter's source)
                    if self.model is not None and not sure and len(candidates) > 1:
                        chosen, margin = self.model.choose(candidates)
                        if chosen.mention is not mention:
                            sieve, mention = "model", chosen.mention
                    if self.model is not None and mention is not None and self._wordless(mention):
                        sieve, mention = "model", self._noun_candidate(candidates)
                    if mention is not None and mention.person is not None:
                        self.cast.mention(mention.span.start, mention.person)  # what "he" means
                    partial = not frame.quote_only and not self._is_whole(q)
                    shown = self._reported(frame, q, mention)  # chosen as read: the ranker's
                    # examples are the same, and the voice heard is still the one who spoke
                    if shown is not None:
                        sieve = "reported"
                    elif record is not None:  # "Transcript as follows:" then the speech:
                        # the record's, as PolNeAR names the Source; the voice its speaker's,
                        # the one heard before the heading where the heading itself was chosen
                        own = mention is not None and not record.span.overlaps(mention.span)
                        person = mention.person if own and mention is not None else record.person
                        shown = replace(record, person=person)
                        sieve = "recorded"
                    yield Attribution(
                        q, shown or mention, partial, sieve, tuple(candidates), margin, sure
                    )
                    if mention is not None:
                        last = mention
                if frame.mentions:
                    outer = frame.mentions[0]
                    # the last voice heard, not one in a subordinate clause ("..., Graham
                    # told CBS News on Tuesday, when a dozen states/VBZ held contests.")
                    main = [m for m in frame.mentions if not m.subordinate]
                    main = [m for m in main if not report_source(m)] or main  # not "..., Ash
                    # wrote in the email, which was first reported by AP.": AP is no voice
                    main = outside_relatives(self.text, main) or main
                    main = reports_as_voices(main)
                    earlier = last = main[-1] if main else frame.mentions[-1]
                    if outer.governs and last.person is not outer.person:
                        last = outer  # "he said that ... all members agreed": still him
            if last is not None:
                previous = last

    def _record_after(
        self, record: Mention | None, para_frames: list[Frame], voice: Mention | None
    ) -> Mention | None:
        """The record whose heading the paragraph ``para_frames`` stands under: a paragraph
        that is only a noun phrase naming a record and a colon ("Partial transcript as
        follows:", "Video Transcript:") heads the paragraphs of quotation after it, each
        opening with a quotation mark and holding no cue outside the marks; any other
        paragraph ends the run ("Transcript as follows:" then "JAKE TAPPER: ...", turns
        no mark encloses, read as labelled). Its person is ``voice``'s, the last heard
        before the heading. None: no record."""
        first = para_frames[0]
        if any(frame.quotes for frame in para_frames):
            opens = bool(first.quotes) and first.quotes[0].opener == first.span.start
            return record if opens and not any(f.mentions for f in para_frames) else None
        start, end = first.span.start, para_frames[-1].span.end
        if not self.text[start:end].rstrip().endswith(":"):
            return None  # no heading: the paragraph is not tagged whole for nothing
        tokens = self.tagged(start, end)
        heading = record_heading(tokens)
        if heading is None:
            return None
        words = tokens[:heading]
        person = voice.person if voice is not None else None
        return Mention(Span(words[0].span.start, words[-1].span.end), person, ":", tokens[-1].span)

    def _wordless(self, mention: Mention) -> bool:
        """Is ``mention`` no noun phrase but a row of its own words: an adjective, a
        participle, an adverb or a relative pronoun that found no antecedent, taken by
        the grammar for a subject ("So says a voice", "Why she's protesting:", "a
        “prosecutor” who reports ... and called for")? A quantifier is a pronoun
        ("Several said"), and the end of a free relative a clause that is one ("what has
        been made available suggests")."""
        start, end = mention.span.start, mention.span.end
        name = mention.person.name if mention.person is not None else ""
        if not name.islower() or name != self.text[start:end].lower():
            return False  # a name the Cast read ("Will/MD Davenport/VB"), or no phrase alone
        words = self.tagged(start, end)
        if any(t.tag in NOUN_TAGS or t.tag in {"PRP$", "CD", "DT", "FW"} for t in words):
            return False
        if any(t.text.lower() in QUANTIFIERS for t in words):
            return False
        before = self.tagged(max(0, start - 80), start)
        n = len(before) - 1
        while n >= 0 and before[n].tag[:2] in {"VB", "RB", "TO", "MD"}:
            n -= 1
        return n < 0 or before[n].text.lower() not in {"what", "whatever"}

    def _noun_candidate(self, candidates: list[Candidate]) -> Mention | None:
        """The model's best of the ``candidates`` that are noun phrases, if any."""
        nouns = [c for c in candidates if not self._wordless(c.mention)]
        if self.model is None or not nouns:
            return None
        return self.model.choose(nouns)[0].mention

    def _nominal_topic(self, frame: Frame) -> None:
        """ "The district attorney paused. “...,” he said": a sentence with no quotation
        whose subject is a definite noun for a person that the article gives someone it
        names as their role ("Republican John Ravenel, the Montgomery County district
        attorney"; :meth:`NominalResolver.nominal`) is about that person, so a later "he" or "she"
        may refer to them, as to a name that is a sentence's subject (the cheap pass of
        core.subjects counts names only). A look-up only: no one is added to the cast. Not
        one the sentence names past its subject ("The sheriff thanked Avery": by binding,
        not Avery)."""
        if not person_word_in(self.text, frame.span.start, frame.span.end) and not (
            self.text.startswith("The ", frame.span.start)
        ):
            return  # no noun for a person, nor "The" opening it: spare the tagging
        tokens = self._frame_words(frame)
        subject = clause_subject(tokens)
        if subject is None or tokens[subject[0]].text.lower() != "the":
            return
        i, j = subject
        words = tokens[i:j]
        if any(t.text[:1].isupper() for t in words[1:]) or plural_head(words):
            return  # "The younger Hagen", "the Republican": a name is read as a name
        k = skip_right(tokens, j)
        if k >= len(tokens):
            return
        if tokens[k].tag not in FINITE_TAGS and not (
            tokens[k].tag == "VBN" and not any(t.tag in FINITE_TAGS for t in tokens[k:])
        ):  # "The district attorney paused/VBN.": the tagger's past participle, no verb after
            return
        head, written = head_word(words), [w.text for w in words]
        at = words[0].span.start
        if person_head(head, written):
            person = self.cast.nominals.nominal(head, at, written)
        elif nlp.is_lower_word(head):  # "The singer spoke" after "the band's
            person = self.cast.nominals.described(
                head, at, written, self._roles_at
            )  # singer, Casey
        else:  # Lamb,": a noun no list holds, given as the role of someone named in reach
            return
        if person is None or person.kind != SpeakerKind.PERSON or not may_be_he_or_she(person):
            return
        end = Span(frame.span.end, frame.span.end)
        if named_before_cue(tokens[j:], person, end):
            return
        self.cast.mention(words[0].span.start, person)

    def _frame_words(self, frame: Frame) -> list[Token]:
        """A frame's words tagged as :meth:`tagged` tags them: for a frame with no
        quotation that :meth:`_find_mentions` has just read, with no surname learnt since
        (the cast's surnames only grow), the one stretch it tagged, not tagged again."""
        tagged_frame, surnames = self._tagged_with
        if tagged_frame is frame and not frame.quotes and surnames == len(self.cast.surnames()):
            return frame.stretches[0]
        return self.tagged(frame.span.start, frame.span.end)

    def _decide(
        self,
        frame: Frame,
        q: QuotedSpan,
        held: Mention | None,
        para_frames: list[Frame],
        position: int,
        last: Mention | None,
        previous: Mention | None,
    ) -> tuple[str, Mention | None]:
        """The sieves after the transcript label, in order; the first that finds wins
        (``held``: the fronted clause's cue, :meth:`_fronted_holder`)."""
        if (mention := self._choose(frame, q, held)) is not None:
            return "cue", mention
        if (mention := self._named_next(para_frames, position, q)) is not None:
            return "named after", mention
        if (mention := self._neighbour(para_frames, position, last)) is not None:
            return "neighbour", mention
        opening = (
            position == 0
            or not any(  # "1. On taxes: “...”": a list item's number
                c.isalpha() for c in self.text[para_frames[0].span.start : frame.span.start]
            )
        )
        if opening and (frame.quote_only or self._lead_then_quote(frame)) and previous is not None:
            return "previous paragraph", previous  # also "Then, on CNN: “...”"
        if (mention := self._subject_before(frame, q)) is not None:
            return "sentence before", mention
        if (mention := self._fragment_subject(frame, q)) is not None:
            return "subject", mention
        subject = self._subject(frame)
        if subject is not None and self._thing(subject):
            return self._past_thing(frame, q)
        if subject is not None and subject.person is not None:
            return "subject", subject
        if (mention := self._pronoun_subject(frame, q)) is not None:
            return "subject", mention
        if subject is not None:
            return "subject", subject
        if (asked := question_cites_you(self.text, q.span.start)) is not None:
            you, verb = asked  # "Q: You said ... that you would “...”": the interviewee's
            return "transcript", Mention(you, self.interviewee(you.start), verb.of(self.text), verb)
        return "none", None

    def _headline_opener(self, frame: Frame, q: QuotedSpan) -> Mention | None:
        """A quotation with no cue inside a title-case line below the article's title (a
        list item's headline: "2. Lindqvist Calls Wall Street “Rigged” Again", "John
        Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”"): the words of the
        person whose name (ending in a surname the article gives) opens the line, past a
        number; None where no person's name opens it, or where the quotation follows a
        determiner, possessive or preposition (a show's title: "On “The Kelly File”")."""
        if frame.mentions or q.single:
            return None  # "Carson 'Beauty' Joke": a headline's single marks set off a word
        if not nlp.in_title_case_line(self.text, q.opener):
            return None
        line = self.text.rfind("\n", 0, q.opener) + 1
        if line == 0:
            return None  # the article's own title
        tokens = self._tagged_outside_quotations(line, q.opener)
        if not tokens or tokens[-1].tag in HEADLINE_TITLE_BEFORE:
            return None
        return self._headline_subject(tokens, cue_only=False)

    def _headline_item(self, frame: Frame) -> Mention | None:
        """A list item's headline ("3. Councilwoman Ada Pike Calls The Budget A “Fantasy”",
        "Judge Nina Corvell Promises A Faster Court"): a title-case line below the article's
        title that a person's name opens, past a number, with a verb of speech right after
        it. The person speaks the item's quotations that name no one of their own, down to
        the next voice (the paragraphs after go on with the last voice of the one before)."""
        start = frame.span.start
        if (
            start == 0
            or self.text[start - 1] != "\n"
            or not nlp.in_title_case_line(self.text, start)
        ):
            return None
        end = self.text.find("\n", start)
        tokens = self._tagged_outside_quotations(start, len(self.text) if end < 0 else end)
        return self._headline_subject(tokens, cue_only=True)

    def _headline_subject(self, tokens: list[Token], cue_only: bool) -> Mention | None:
        """The person whose name (ending in a surname the article gives) opens a headline's
        ``tokens``, past a number; with ``cue_only``, only one a verb of speech follows."""
        k = 0
        while k < len(tokens) and (tokens[k].tag in {"CD", "LS"} or tokens[k].text in {".", ")"}):
            k += 1  # "2. ", "3) "
        surnames = self.cast.surnames()  # a title-case line's tags do not tell a name
        ends = (n + 1 for n in range(k, min(k + 3, len(tokens))) if tokens[n].text in surnames)
        j = next(ends, 0)
        if not j or j == len(tokens) or not all(t.text[:1].isupper() for t in tokens[k:j]):
            return None
        verb = tokens[j]  # the headline's verb, if one of speech, is the cue
        cue = verb.text if lexicons.is_cue(tokens, j) else ""
        if cue_only and not cue:
            return None
        with self.cast.hypothetical() as withheld:
            mention = self._resolve(tokens, (k, j), cue, verb.span)
        if mention.person is None or mention.person.kind != SpeakerKind.PERSON:
            return None
        self.cast.keep(withheld)
        return mention

    def _fragment_subject(self, frame: Frame, q: QuotedSpan) -> Mention | None:
        """ "That prompted Rubio to call Trump “...”": in a sentence with no cue, the words
        of a fragment are theirs who use them, the subject of the clause whose verb governs
        it (:func:`core.phrases.fragment_subject`), when that is someone named, a pronoun or
        noun resolved to someone, or an organisation by name."""
        if frame.quote_only:
            return None
        tokens = self._tagged_outside_quotations(frame.span.start, q.opener)
        if any(t.text == ":" for t in tokens):
            return None  # "Fallin: Trump Is “...”": a label names the speaker
        np = fragment_subject(tokens)
        if np is None:
            return None
        verb = tokens[min(skip_right(tokens, np[1]), len(tokens) - 1)]
        with self.cast.hypothetical() as withheld:
            mention = self._resolve(tokens, np, verb.text, verb.span)
        person = mention.person
        named = any(t.tag in nlp.PROPER_TAGS for t in tokens[np[0] : np[1]])
        if (
            person is None
            or person.kind != SpeakerKind.PERSON
            and not (named and person.kind == SpeakerKind.ORGANISATION)
        ):
            return None  # no one, or "the government", "the agencies": no name
        self.cast.keep(withheld)
        return mention

    def _past_thing(self, frame: Frame, q: QuotedSpan) -> tuple[str, Mention | None]:
        """The sieve and speaker of a quotation whose sentence opens with a thing as its
        subject (:meth:`_thing`): the subject of the clause that holds the quotation when
        it is someone ("Those stances helped her, and though the group Green Iowa is
        “…”": Green Iowa), else no one ("The transformation is “…”": a phrase of no
        one's, or words of someone the sentence does not name), and no model to pick
        another mention in reach."""
        local = self._local_subject(frame, frame.quotes.index(q))
        if local is None or local.person is None or self._thing(local):
            return "thing", None
        if local.person.kind == SpeakerKind.ANONYMOUS or local.span.start < frame.span.start:
            return "thing", None
        return "subject", local

    def _thing(self, subject: Mention) -> bool:
        """Is ``subject``, the subject of a verb that is no speech verb, resolved to no one
        named, a thing that says nothing (:func:`thing_phrase`: "Nothing really changed",
        "His strengths include", "the transformation is")? Someone else's words are then
        quoted, or a phrase no one says."""
        person = subject.person
        if person is None or person.kind != SpeakerKind.ANONYMOUS:
            return False
        if subject.cue.lower() in lexicons.cue_forms():
            return False  # "The complaint alleged": a document speaks
        return thing_phrase(self.tagged(subject.span.start, subject.span.end))

    def _pronoun_subject(self, frame: Frame, q: QuotedSpan) -> Mention | None:
        """ "That's why he wanted to “go an extra step”", "The major danger he sees for
        these plans is “...”": in a sentence with no cue whose own subject is no one,
        a "he" or "she" that is the subject of a clause before the quotation (a verb
        follows it) is the one whose words the fragment gives, as the pronoun reads."""
        if frame.quote_only:
            return None
        tokens = self._tagged_outside_quotations(frame.span.start, q.opener)
        for n, token in enumerate(tokens[:-1]):
            if token.text.lower() not in {"he", "she"} or token.tag != "PRP":
                continue
            k = n + 1
            while k < len(tokens) and tokens[k].tag == "RB":
                k += 1
            if k < len(tokens) and (tokens[k].tag in FINITE_TAGS):
                person = self._pronoun(token)
                if person is None or person.kind != SpeakerKind.PERSON:
                    return None
                return Mention(token.span, person, tokens[k].text, tokens[k].span)
            return None  # only the first "he" or "she"
        return None

    def _candidates(
        self,
        situation: Situation,
        frame: Frame,
        index: int,
        reach: tuple[Mention | None, Mention | None],
    ) -> list[Candidate]:
        """The mentions within reach of the frame's quotation ``index``, each once, with
        what found them; ``reach`` is the nearest cue's mention in the paragraph's frames
        before and after this one."""
        found: dict[Span, Candidate] = {}

        def add(mention: Mention | None, origin: str) -> None:
            if mention is not None:
                found.setdefault(mention.span, Candidate(mention)).origins.add(origin)

        add(situation.pick, "pick")
        for mention in frame.cues.around(situation.quote):
            add(mention, "frame")
        add(situation.last, "last")
        add(situation.previous, "previous paragraph")
        add(self._frame_subject(frame), "subject")
        add(self._local_subject(frame, index), "clause subject")
        add(reach[0], "earlier frame")
        add(reach[1], "later frame")
        add(self._subject_before(frame, situation.quote), "sentence before")
        if frame.stretches and index < len(frame.stretches):
            with self.cast.hypothetical():  # "the media ... Trump's claim that Obama “...”"
                add(self._owned_before(frame.stretches[index]), "owned")
        out = list(found.values())
        q = situation.quote
        in_frame = sorted(
            (c for c in out if "frame" in c.origins), key=lambda c: distance(c.mention, q)
        )
        for rank, candidate in enumerate(in_frame):
            candidate.rank = min(rank, 3)
        for candidate in out:
            candidate.features = features(situation, candidate)
        return out

    def _signature(self, frame: Frame) -> Mention | None:
        """A paragraph "— Sanders." or "-President Obama, tweeting ..." signs the quotation
        before it."""
        match = SIGNATURE.match(self.text, frame.span.start)
        if not match:
            return None
        tokens = self.tagged(match.end(), frame.span.end)
        dash = Span(match.start(), match.end())
        return self._signer(tokens, 0, self.text[dash.start : dash.end].strip(), dash)

    def _signed(self, tokens: list[Token]) -> Mention | None:
        """ "“...” ― Steve Quinlan": a name after a dash right behind a quotation."""
        if len(tokens) < 2 or tokens[0].text.strip(DASHES):
            return None
        return self._signer(tokens, 1, tokens[0].text, tokens[0].span)

    def _signer(self, tokens: list[Token], at: int, dash: str, dash_span: Span) -> Mention | None:
        """The named speaker starting at ``tokens[at]``, after a signing dash."""
        np = np_after(tokens, at)
        words = tokens[np[0] : np[1]] if np is not None else []
        if not (holds_name(words, titles=True) or words and name_tokens(words) is not None):
            return None  # the tagger may call a name after a dash anything: "- Sanders/NNS."
        return self._resolve(tokens, np, dash, dash_span)

    def _passive_agent(self, before: list[Token], tokens: list[Token]) -> Mention | None:
        """ "The phrase “tax reform” was uttered once, by Mr. Cruz.", "... has been called
        “strategic ambiguity” by Joshua Hendrick": a passive cue before the quotation, its
        agent in a by-phrase right after it."""
        n = 1 if tokens and tokens[0].text == "," else 0
        if n + 1 >= len(tokens) or tokens[n].text.lower() != "by":
            return None
        agent = np_after(tokens, n + 1)
        if agent is None or not speaker_like(tokens[agent[0] : agent[1]]):
            return None
        k = len(before) - 1  # past "as a" ("labeled as a “witch hunt” by"), not "in a
        while k >= 0 and (before[k].tag in {"RB", "DT"} or before[k].text.lower() == "as"):
            k -= 1  # “hit piece” by": the by-phrase is the noun's
        if k < 0 or not lexicons.is_cue(before, k):
            return None
        if before[k].tag != "VBN" and not passive(before, k):
            return None
        return self._resolve(tokens, agent, before[k].text, before[k].span)

    def _unknown_verb(self, tokens: list[Token]) -> Mention | None:
        """ "“This is fantastic!” beamed Donald Hartley", "“...,” Okafor quipped.", "“...,”
        she went on.": right after a quotation, a past-tense verb next to a name or a
        pronoun speaks, listed or not."""
        if len(tokens) >= 2 and tokens[0].tag in {"VBD", "VBN"}:
            np = np_after(tokens, 1)
            words = tokens[np[0] : np[1]] if np is not None else []
            appositive = np is not None and np[1] < len(tokens) and tokens[np[1]].text == ","
            if np is not None and (
                name_tokens(words) is not None or appositive and holds_name(words)
            ):  # a name, or a role a name follows; not an object ("revamped his Monday plans")
                return self._resolve(tokens, np, tokens[0].text, tokens[0].span)
        np = np_after(tokens, 0) if tokens and tokens[0].tag in nlp.PROPER_TAGS else None
        if tokens and tokens[0].text.lower() in SUBJECT_PRONOUNS - {"it"}:
            np = (0, 1)  # "“...,” he went on.", "“...,” they hollered."
        if np is not None and np[1] < len(tokens):
            verb = tokens[np[1]]
            rest = tokens[np[1] + 1 :]
            if rest and rest[0].tag in {"RP", "RB"}:
                rest = rest[1:]  # a particle: "went on", "shot back"
            if verb.tag in {"VBD", "VBN"} and (not rest or rest[0].text in {".", ","}):
                return self._resolve(tokens, np, verb.text, verb.span)
        return None

    def _one_of_several(self, tokens: list[Token]) -> Mention | None:
        """ "“Vale for mayor!” read one. “Anyone but Vale,” was another.": right after a
        quotation, a copula and "another" (or "one", "a third") alone: the quotation is
        one of several voices, messages or signs the paragraph lists, each its own unnamed
        source, as "another said" is."""
        end = len(tokens) - (len(tokens) > 0 and tokens[-1].text in {".", "!", ";"})
        if not 2 <= end <= 3 or tokens[0].text.lower() not in {"was", "is"}:
            return None
        words = [t.text.lower() for t in tokens[1:end]]
        if words not in (["another"], ["one"]) and not (
            len(words) == 2 and words[0] == "a" and words[1] in ORDINALS
        ):
            return None
        return self._resolve(tokens, (1, end), tokens[0].text, tokens[0].span)

    def _subject_then_cue(self, tokens: list[Token]) -> Mention | None:
        """ "“...,” the two write.", "“...,” the editorial read.", "“...,” one P&G
        employee/VBD told/VBN French television": right after a quotation, a noun phrase
        and a speech verb open the clause, whatever the tagger made of them (it errs on
        the words after a closing mark): the noun phrase speaks."""
        forms = lexicons.cue_forms()  # by the text: the tags err here
        k = next((n for n, t in enumerate(tokens) if t.text.lower() in forms), 0)
        if not 0 < k <= MAX_SUBJECT_WORDS:
            return None
        cue = tokens[k].text
        if not cue.islower() or cue.endswith("ing"):
            return None
        words = tokens[:k]
        roles = lexicons.role_nouns()
        last = words[-1]
        nominal = (  # "the two", "the spokeswoman/JJ", "the editorial/JJ"
            last.tag in NOUN_TAGS - {"PRP"} | {"CD"}
            or last.text.lower() in roles
            or (last.tag == "JJ" and k > 1 and words[-2].tag in {"DT", "PRP$"})
        )
        if not nominal or not all(
            w.tag in NOUN_PHRASE_TAGS or w.text in {"&", "-"} or w.text.lower() in roles
            for w in words
        ):
            return None
        after = tokens[k + 1].text if k + 1 < len(tokens) else "."
        ambiguous = forms[cue] == cue
        if ambiguous and after not in {".", ",", "!", "?", "in", "on", "that"}:
            return None  # "the state post office": "post" is as often a noun
        return self._resolve(tokens, (0, k), cue, tokens[k].span)

    # ---- sieve 1: transcripts
    def _transcript_label(self, frame: Frame) -> Mention | None:
        match = TRANSCRIPT.match(self.text, frame.span.start)
        if not match:
            return None
        label = match.group(1).strip()
        if headline_after_label(self.text, match.end()):
            return None  # "UN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX “The ...”": a kicker
        if frame.quotes and cue_word_in(self.text[match.end() : frame.quotes[0].span.start]):
            return None  # "NEW DELHI: Minister Nitin Rao said the plan was “...”": a dateline
        if label_names_no_one(label):
            return None  # "THE FACTS: ... “...,” the bureau said": a heading
        span = Span(match.start(1), match.start(1) + len(label))
        if label == "A":  # an interview's answer: the interviewee's, the first person
            interviewee = self.interviewee(span.start)  # the introduction names
            if interviewee is None:
                return None
            return Mention(span, interviewee, ":", Span(match.end(1), match.end(1) + 1))
        if label == "Q":  # the interviewer's question: no one named asks it
            return Mention(span, None, ":", Span(match.end(1), match.end(1) + 1))
        person = self.cast.name(label_name(label), span.start)
        return Mention(span, person, ":", Span(match.end(1), match.end(1) + 1))

    def _answer(self, frame: Frame) -> Mention | None:
        """An interview's answer set out with no label: a paragraph that is one quotation
        alone, after a paragraph that asks a question and quotes no one ("You grew up in
        Karachi. Does it still show?" then "“Every day. ...”"), in an article that does
        so twice or more: the interviewee's (:meth:`interviewee`), as an "A:" is."""
        asked = self._answers.get(self.text.rfind("\n", 0, frame.span.start) + 1)
        if asked is None:
            return None
        interviewee = self.interviewee(frame.span.start)
        if interviewee is None:
            return None
        return Mention(Span(asked, asked + 1), interviewee, "?", Span(asked, asked + 1))

    @cached_property
    def _answers(self) -> dict[int, int]:
        """Where each answer paragraph of :meth:`_answer` starts, with where the question
        before it ends; none unless the article sets out two or more after a question
        mark."""
        paragraphs = [m for m in PARAGRAPH.finditer(self.text) if m.group().strip()]
        answers: dict[int, int] = {}
        addressed: dict[int, int] = {}  # after a remark put to "you" (addresses_you)
        for question, answer in itertools.pairwise(paragraphs):
            asked, said = question.group().rstrip(), answer.group().strip()
            if not (
                said[:1] in ANSWER_OPENS
                and said.rstrip(".,")[-1:] in ANSWER_CLOSES
                and not QUOTE_MARKS.intersection(said[1:].rstrip(".,")[:-1])
            ):
                continue
            at = answer.start() + answer.group().index(said[0])
            if (asked.endswith("?") and not QUOTE_MARKS.intersection(asked)) or turn_asked(asked):
                answers[at] = question.start() + len(asked) - 1
            elif addresses_you(asked):
                addressed[at] = question.start() + len(asked) - 1
        # once the questions show an interview, a remark put to the interviewee ("Your
        # predecessor said the same thing.", "Senator Keane called your agency “...”")
        # is a question too, though it asks nothing and may quote someone
        return answers | addressed if len(answers) >= 2 else {}

    def _answering(self, at: int) -> Person | None:
        """The interviewee (:meth:`interviewee`) where ``at`` stands in an interview's
        "A:" turn: its "I" is theirs ("A: I'll tell you what I told him: “...”")."""
        label = turn_label(self.text, at)
        return self.interviewee(at) if label is not None and label.group(1) == "A" else None

    def interviewee(self, before: int) -> Person | None:
        """The person an interview's introduction names first, before offset ``before``
        ("Q&A with Mayor Ana Pell ... A: ..."); found once per article."""
        if self._first_person is None:
            named = [
                (at, n, person)
                for n, person in enumerate(self.cast.people)
                if person.kind == SpeakerKind.PERSON
                and person.full
                and (at := self.cast.first_named(person)) is not None
            ]
            self._first_person = min(named, key=lambda x: x[:2])[::2] if named else (-1, None)
        at, person = self._first_person
        return person if 0 <= at < before else None

    # ---- sieve 2: cues in the frame
    def _find_mentions(self, frame: Frame) -> None:
        surnames = self.cast.surnames()
        stretches = frame.stretches = outside_tokens(self.text, frame, surnames)
        self._tagged_with = (frame, len(surnames))
        self._opening = stretches[0]
        self._stretches = stretches
        for index, tokens in enumerate(stretches):
            quote_before = index > 0
            if (
                quote_before
                and not quoted_in_clause(stretches[index - 1])
                and (signed := self._signed(tokens)) is not None
            ):
                frame.mentions.append(signed)
                continue
            found = False
            quote_after = index + 1 < len(stretches)
            if quote_before and self._titled(frame.quotes[index - 1]):
                # "Hemsley, the co-author of “Going Viral,” about ..., said": the title
                # quoted inside the subject's aside does not part the subject from its cue,
                # and its words are read ("author of “America's Unwritten Constitution,”
                # put it": the comma closing the aside is the title's)
                before, title = stretches[index - 1], frame.quotes[index - 1]
                if before:
                    before = [*before, *self.tagged(title.span.start, title.span.end)]
                tokens = [*before, *tokens]
                ks: range = range(len(before), len(tokens))
            else:
                ks = range(len(tokens))
            set_off = set_off_label(tokens)
            if set_off is not None and holds_name(tokens[set_off[0] : set_off[1]]):
                ks = range(max(ks.start, set_off[1]), len(tokens))  # no cue before the label
            for k in ks:
                if not lexicons.is_cue(tokens, k) and tokens[k].text.lower() not in UNLISTED_CUES:
                    continue  # no cue at k: what _cue_at reads first, read in the loop
                mention = self._cue_at(tokens, k, quote_before, stretches[0], quote_after)
                if mention is not None:
                    frame.mentions.append(mention)
                    found = True
            if not found and quote_before:
                unknown = (
                    self._passive_agent(stretches[index - 1], tokens)
                    or self._unknown_verb(tokens)
                    or self._subject_then_cue(tokens)
                    or self._one_of_several(tokens)
                )
                if unknown is not None:
                    frame.mentions.append(unknown)
                    found = True
            if not found and tokens and tokens[-1].text == ":":
                source = tokens
                signed_label = set_off_label(tokens)
                label = signed_label or colon_label(tokens)
                signed = signed_label is not None
                # "The interplay has been important - Philip Bump:": the name set off by a
                # dash labels the quotation, not the subject of the clause before it
                past = next(
                    (
                        np
                        for n in range(1, len(tokens))
                        if tokens[n].tag in FINITE_TAGS
                        and (np := subject_past_asides(tokens, n)) is not None
                    ),
                    None,
                )  # "X, a banker whom she met in 2015, put it differently:"
                subject = label if signed else past or clause_subject(tokens) or label
                if subject is not None and not signed:
                    subject = named_object(tokens, subject) or subject
                if subject is None and index:
                    source, subject = stretches[0], clause_subject(stretches[0])
                if subject is not None and bare_it(source, subject):
                    subject = None  # "Wait, it gets better:": no voice, the one before goes on
                if subject is None and (owner := self._owner_before_colon(tokens)) is not None:
                    owner.governs = True  # "Here is the heart of his reasoning:": his
                    frame.mentions.append(owner)
                owned = None if signed or subject is None else speech_owned(source, subject)
                if owned is not None:  # "Her answer to the rota is short:": hers
                    mention = self._owned_speech(source[subject[0] : owned])
                    if mention is not None:
                        mention.governs = True
                        frame.mentions.append(mention)
                        subject = None
                if subject is not None:
                    mention = self._resolve(source, subject, ":", tokens[-1].span)
                    mention.governs = True
                    mention.set_off = signed
                    frame.mentions.append(mention)
        for q in frame.quotes:
            self._inner_cues(frame, q)
        if frame.quotes:  # in the order of their cues, the inner ones among them
            frame.mentions.sort(key=lambda m: m.cue_span.start)
        self._carried_words(frame)
        if not frame.mentions:  # "her remark that “...”": whose words they were
            for tokens in stretches[: len(frame.quotes)]:
                if (owned := self._owned_speech(tokens)) is not None:
                    frame.mentions.append(owned)

    def _carried_words(self, frame: Frame) -> None:
        """A thing cited as the source of a person's words ("Clinton asked, according to a
        transcript of the interview", "the pope told reporters, according to Reuters",
        "According to documents from Blair, the first lady had referred to her as"): the
        mention stays the thing (PolNeAR's Source); its person is the one the sentence says
        spoke, the subject of a speech verb before it in the same sentence (else after it), or
        the owner of a speech noun just before it ("his remarks, according to an interview
        with the Times, were"). A frame with no "according to" is not read at all."""
        if all(m.cue != "according to" for m in frame.mentions):
            return
        words = [t for tokens in frame.stretches for t in tokens]
        ends = [t.span.start for t in words if t.text in CARRIER_SPAN_ENDS]
        speakers = [
            m
            for m in frame.mentions
            if m.cue != "according to"
            and not m.subordinate
            and m.person is not None
            and m.person.kind == SpeakerKind.PERSON
            and finite_speech(words, m.cue_span)
        ]
        for mention in frame.mentions:
            if mention.cue != "according to" or not self._carrier(mention):
                continue
            cue = mention.cue_span
            before = [
                m
                for m in speakers
                if m.cue_span.end <= cue.start
                and not any(m.cue_span.end <= e < cue.start for e in ends)
            ]
            after = [
                m
                for m in speakers
                if m.cue_span.start >= cue.end
                and not any(cue.end <= e < m.cue_span.start for e in ends)
            ]
            if before or after:
                mention.person = (before[-1] if before else after[0]).person
            elif (owner := self._owner_before(frame, cue)) is not None:
                mention.person = owner

    def _carrier(self, mention: Mention) -> bool:
        """Is a cited source a thing that carries others' words: an organisation (an outlet,
        "Reuters") or a record, document or speech ("a transcript of the interview", "press
        reports", "an interview with the Times"), not a person or a group of people ("her
        lawyers", "numerous sources")?"""
        person = mention.person
        if person is not None and person.kind == SpeakerKind.ORGANISATION:
            return True
        if person is not None and person.kind != SpeakerKind.ANONYMOUS:
            return False
        tokens = self.tagged(mention.span.start, mention.span.end)
        cut = next((n for n, t in enumerate(tokens) if t.tag == "IN" or t.text == ","), None)
        nouns = [t for t in tokens[:cut] if t.tag in {"NN", "NNS"}]
        if not nouns:
            return False
        head = nouns[-1].text.lower()
        bare = head.removesuffix("s")
        return (
            head in DOCUMENT_NOUNS | CHANNEL_NOUNS | RECORD_NOUNS
            or bare in RECORD_NOUNS
            or lexicons.speech_act(head)
            or not (  # a thing, not people: "a translation provided by her ministry"
                head in INDEFINITE_PRONOUNS  # "according to someone in attendance"
                or any(  # any noun of the phrase: "a person briefed" ("briefed" an NN)
                    person_noun(w) or lexicons.is_role_noun(w) or lexicons.agent_noun(w)
                    for t in nouns
                    for w in (t.text.lower(), t.text.lower().removesuffix("s"))
                )
            )
        )

    def _owner_before(self, frame: Frame, cue: Span) -> Person | None:
        """The person owning the speech noun right before ``cue`` and a comma ("His
        criticism, according to"), if a person."""
        for tokens in frame.stretches:
            k = next(
                (n for n, t in enumerate(tokens) if t.span == cue or t.span.start == cue.start),
                None,
            )
            if k is None:
                continue
            if k < 2 or tokens[k - 1].text != ",":
                return None
            with self.cast.hypothetical():
                owned = self._owned_speech(tokens[: k - 1])
            if owned is None or owned.cue_span != tokens[k - 2].span:
                return None
            person = owned.person
            return person if person is not None and person.kind == SpeakerKind.PERSON else None
        return None

    def _titled(self, q: QuotedSpan) -> bool:
        """Is ``q`` a short title in title case ("Going Viral," "Ted Cruz")?"""
        words = self.text[q.span.start : q.span.end].split()
        return 0 < len(words) <= MAX_TITLE_WORDS and all(w[:1].isupper() for w in words)

    def _owned_speech(self, tokens: list[Token]) -> Mention | None:
        """The owner of the last speech act named before a quotation ("her remark that",
        "Mr. Comey's most surprising suggestion was that", "his calls to end the"): a
        possessive before a noun that names what a cue verb does."""
        for k in range(len(tokens) - 1, 0, -1):
            token = tokens[k]
            if not utterance(token):
                continue
            j = k - 1
            while j > 0 and k - j < MAX_OWNED_MODIFIERS and tokens[j].tag in OWNED_MODIFIERS:
                j -= 1  # "his famous campaign", "her March"
            return self._speech_owner(tokens, j, token, article_opening)
        return None

    def _speech_owner(
        self,
        tokens: list[Token],
        j: int,
        noun: Token,
        opening: Callable[[list[Token], int, int], int],
    ) -> Mention | None:
        """The owner ``tokens[j]`` of the speech noun ``noun``: "his" or "her" (whom it
        means), or the possessive noun phrase its "'s" closes, from where ``opening`` puts
        the phrase's start (given the words' list, the start and the end); None for any
        other word."""
        owner = tokens[j]
        if owner.tag == "PRP$" and owner.text.lower() in {"his", "her"}:
            person = self._possessive(tokens[:j], owner)
            return Mention(owner.span, person, noun.text, noun.span)
        if owner.tag == "POS" and (np := np_before(tokens, j)) is not None:
            start = opening(tokens, np[0], j)
            return self._resolve(tokens, (start, j + 1), noun.text, noun.span)
        return None

    def _owner_before_colon(self, tokens: list[Token]) -> Mention | None:
        """The owner of the noun that closes a clause with no subject before its colon
        ("Here is the heart of his reasoning:", "a blind faith in Obama's word:"): whose
        words the colon brings on. Not a label with no verb ("On his captain's injury:",
        a topic the speaker before goes on about)."""
        k = len(tokens) - 2  # the word before the colon
        if k < 1 or tokens[k].tag not in {"NN", "NNS"}:
            return None
        if not any(t.tag in FINITE_TAGS for t in tokens[:k]):
            return None
        j = k - 1
        while j > 0 and k - j < MAX_OWNED_MODIFIERS and tokens[j].tag in OWNED_MODIFIERS:
            j -= 1
        return self._speech_owner(tokens, j, tokens[k], past_preposition)

    def _owned_before(self, tokens: list[Token]) -> Mention | None:
        """The owner of a speech act whose complement holds the quotation that follows
        ("Trump's claim that President Obama “...”", "her remark that “...”"):
        at most ``OWNED_REACH`` words and no finite verb stand between the noun and it."""
        owned = self._owned_speech(tokens)
        if owned is None:
            return None
        after = [t for t in tokens if t.span.start >= owned.cue_span.end]
        if len(after) > OWNED_REACH or any(t.tag in FINITE_TAGS for t in after):
            return None
        if [t.text.lower() for t in after] == ["as"]:
            return None  # "declaring Trump's statements as “...”": the declarer's words
        return owned

    def _owner(self, frame: Frame, index: int) -> Mention | None:
        """The person whose speech act a possessive names around quotation ``index``, its
        content ("Trump's claim that Obama “...”", "his comment Monday that “...”",
        "her description of them as “...”") or its name
        ("Romney's “47 percent” comment"): the owner said the words, whoever reports them.
        The nearest owner counts ("his reply to Clinton's “...” remark" is Clinton's)."""
        if index >= len(frame.stretches):
            return None
        before = frame.stretches[index]
        after = frame.stretches[index + 1] if index + 1 < len(frame.stretches) else []
        if any(ch in QUOTE_MARKS for t in before for ch in t.text):
            return None  # a stray mark before: the words may be inside another's quotation
        with self.cast.hypothetical():  # (“The minister’s claim that “...” shows”); the run
            owned = self._owned_speech(before)  # registers the chosen mention itself
            if owned is not None and not holds_owned_content(before, owned.cue_span):
                owned = None
            q = frame.quotes[index]
            named = self.text[q.span.start : q.span.end].rstrip()[-1:] not in ",.;:!?"
            if owned is None and named:  # not "her “50-state strategy,” promising to":
                owned = self._owner_named_before(before, after)  # a name ends unpunctuated
        return owned if owned is not None and owned.person is not None else None

    def _cited(self, frame: Frame, q: QuotedSpan, pick: Mention | None) -> Mention | None:
        """The source cited for the whole sentence that holds ``q``, "According to X"
        opening it or ", according to X" after the quotation ("According to pool reports,
        Ruiz said “...”"), when it carries the words of the quotation's own speaker
        (``pick``; see :meth:`_carried_words`) or no speaker is found: PolNeAR names the
        cited source, and the person stays the one who spoke. A person or group cited for
        someone else's words ("According to two aides, Ruiz told him: “...”") is left to
        the ranker, and so is an "according to" inside a clause ("said that according to
        its count, ...")."""
        for m in frame.mentions:
            if m.cue != "according to":
                continue
            opens = not any(ch.isalnum() for ch in self.text[frame.span.start : m.cue_span.start])
            if not (opens or m.cue_span.start >= q.closer):
                continue
            if pick is None or pick.person is m.person:
                return m
        return None

    def _reported(self, frame: Frame, q: QuotedSpan, chosen: Mention | None) -> Mention | None:
        """The report of the speaker's sentence, after the quotation and after the
        speaker's own cue ("“...,” Ruiz said, according to Okafor"; "“...,” Ruiz told aides,
        the Examiner reported"), when the choice is the speaker or the report: the mention
        is the report's, as PolNeAR names the Source, and the person the one who spoke,
        whoever reports. Not the agent of a passive ("as reported by X", "which was first
        reported by X": X passed it on, and where the ranker chose X, the speaker's own
        mention is), nor a report in a subordinate clause; the
        speaker's cue must stand between the quotation and the report, or before the
        quotation with no bracket, dash or sentence end between, by a speaker the article
        names ("Ruiz pledged to “...,” the Examiner reported"; "Brill cited the record (it
        was “...,” according to X)": not Brill's, :func:`unbracketed`, :func:`named_mention`).
        Read after the choice, so that the ranker's examples do not change; None where
        nothing changes."""
        if chosen is None or chosen.cue_span.start >= frame.span.end:
            return None
        for m in frame.mentions:
            if not reports(m) or m.subordinate or m.cue_span.start < q.closer:
                continue
            passed_on = m.span.start > m.cue_span.start and PASSIVE_AGENT.search(
                self.text, max(0, m.span.start - 6), m.span.start
            )
            voices = [
                v
                for v in voices_before(frame.mentions, m)
                if not v.subordinate
                and (
                    q.closer <= v.cue_span.start
                    or unbracketed(self.text, v.cue_span.end, q.opener)
                    and named_mention(v)
                )
            ]
            if passed_on:  # the speaker's own mention, over the one who passed it on
                if chosen is m and voices and m.cue != "according to":
                    return voices[0]  # not "according to a copy released by X": the copy
                continue
            if chosen in voices:
                return Mention(m.span, chosen.person, m.cue, m.cue_span)
            if chosen is m and voices and voices[0].person is not m.person:
                return Mention(m.span, voices[0].person, m.cue, m.cue_span)
        return None

    def _owner_named_before(self, before: list[Token], after: list[Token]) -> Mention | None:
        """ "Mitt Romney’s “47 percent” comment": a possessive right before the quotation
        and a speech noun right after it."""
        if not before or not after or after[0].tag not in {"NN", "NNS"}:
            return None
        noun = after[0]
        if not lexicons.speech_act(noun.text.lower()):
            return None
        if len(after) > 1 and after[1].tag.startswith(("NN", "POS")):
            return None  # the noun modifies another: "his “pro-life” speech circuit"
        return self._speech_owner(before, len(before) - 1, noun, past_preposition)

    def _inner_cues(self, frame: Frame, q: QuotedSpan) -> None:
        """The cues inside a quotation paired across mismatched marks (`“crumbling," she
        said. "Families ...”`): the scorer reads one quotation, its speaker is the cue's."""
        end = q.span.end if not q.continued else q.closer
        for match in INNER_CUE.finditer(self.text[q.span.start : end]):
            start = q.span.start + match.start(1)
            stop = q.span.start + match.end(1)
            words = self.text[start:stop].split()
            if len(words) > MAX_INNER_CUE_WORDS or not has_cue_word(self.text, Span(start, stop)):
                continue
            tokens = self.tagged(start, stop)
            for k in range(len(tokens)):
                mention = self._cue_at(tokens, k, True, self._opening, quote_after=True)
                if mention is not None:
                    frame.mentions.append(mention)
                    break

    def _per_source(self, tokens: list[Token], k: int) -> Mention | None:
        """ "per one senior aide, “...”", "“...,” per Ruth Akers", "per a statement from Ida
        Marsh": the preposition "per" cites its object as "according to" does, when that is
        someone (a name, a noun for a person) or a thing from someone named; not a rate
        ("per cent", "$90 per square foot")."""
        opening = k == 0 and tokens[k].text == "Per"  # the tagger reads "Per" as a name
        if tokens[k].tag != "IN" and not opening or (np := np_after(tokens, k + 1)) is None:
            return None
        if k > 1 and tokens[k - 1].text == "," and lexicons.is_cue(tokens, k - 2):
            return None  # "“...” X said, per the Dispatch. “...”": X's words, the paper's report
        np = agent_of(tokens, np) or np  # "per a statement from X": X
        words = tokens[np[0] : np[1]]
        if not (person_noun(head_word(words)) or holds_name(words, titles=True)):
            return None
        return self._resolve(tokens, np, "according to", tokens[k].span)

    def mention_at(self, first: list[Token], tokens: list[Token], k: int) -> Mention | None:
        """The source of a cue that the statement model found at ``tokens[k]`` (a listed
        speech verb or not), resolved as a speaker is; ``first``: the tagged words of the
        cue's frame before its first quotation."""
        self._opening = first
        return self._cue_at(tokens, k, False, first, listed=False)

    def resolve(
        self, first: list[Token], tokens: list[Token], np: tuple[int, int], cue: Token
    ) -> Mention:
        """The mention of the noun phrase ``tokens[np[0]:np[1]]`` as the source of ``cue``."""
        self._opening = first
        return self._resolve(tokens, np, cue.text, cue.span)

    def _cue_at(
        self,
        tokens: list[Token],
        k: int,
        quote_before: bool,
        first: list[Token],
        quote_after: bool = False,
        listed: bool = True,
    ) -> Mention | None:
        token = tokens[k]
        word = token.text.lower()
        if word == "according" and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "to":
            np = np_after(tokens, k + 2)
            cue_span = Span(token.span.start, tokens[k + 1].span.end)
            if np is not None and (agent := agent_of(tokens, np)) is not None:
                np = agent  # "according to a court document filed by X": X
            return self._resolve(tokens, np, "according to", cue_span) if np else None
        if word == "per":
            return self._per_source(tokens, k)
        if word == "words" and (np := words_of(tokens, k)) is not None:
            return self._resolve(tokens, np, "in the words of", token.span)
        if listed and not (lexicons.is_cue(tokens, k) and verbish(tokens, k, quote_after)):
            return None
        if lexicons.verb_forms().get(word) in ASPECTUAL and INFINITIVE_QUOTED.match(
            self.text, token.span.end
        ):
            return None  # "would continue “to break barriers”": an action, no speech
        if word == "put" and puts_a_thing(tokens, k):
            return None  # "estimates put the cost at $12 billion": a figure set, no speech
        headline = k > 0 and token.text[:1].isupper() and tokens[k - 1].text[:1].isupper()
        if headline and not (quote_after and word in TITLE_CASE_CUES):
            # a headline in title case: "Christie Calls Clinton", "Shooting Comments"; but a
            # list item "Mayor Ostrander Said The Budget Was “Balanced.”" quotes its subject
            return None
        if k > 0 and tokens[k - 1].text.lower() == "to":
            near = quote_after and len(tokens) - k <= MAX_INFINITIVE_REACH
            return self._infinitive_cue(tokens, k) if near else None
        if k > 0 and tokens[k - 1].text == "-" and tokens[k - 1].span.end == token.span.start:
            return None  # "so-called"
        if in_closed_relative(tokens, k):
            return None  # "X, who still writes the code, put it differently:": the main verb's
        if word in NAMING_WORDS and (names_a_thing(tokens, k) or gapped_naming(tokens, k)):
            return None  # "a program called Sandy Hook Promise": a name, not speech
        by = k + 1 < len(tokens) and tokens[k + 1].text.lower() == "by"
        reduced = (  # "measures added by X", "As reported by X"
            by
            and k > 0
            and (tokens[k - 1].tag in {"NN", "NNS"} or tokens[k - 1].text.lower() == "as")
            and token.tag == "VBN"
        )
        if passive(tokens, k) or reduced:
            # "he was formally called to testify"; but "was asked by moderator Gerard Baker",
            # "measures added by Republicans": the agent speaks, not the noun before
            n = k + 1  # "was uttered once, by Mr. Cruz": past adverbs and a comma
            while n < len(tokens) and (tokens[n].tag == "RB" or tokens[n].text == ","):
                n += 1
            by = n < len(tokens) and tokens[n].text.lower() == "by"
            agent = np_after(tokens, n + 1) if by else None
            if agent is not None and speaker_like(tokens[agent[0] : agent[1]]):
                return self._resolve(tokens, agent, token.text, token.span)
            return None
        if modifies_object_of_preposition(tokens, k):
            return None  # "said X in a video posted on her website": not the video's words
        participle = token.tag == "VBG" or word.endswith("ing")
        if participle and (
            quoted := quoted_as(tokens, k)
            or object_saying(tokens, k)
            or object_for_saying(tokens, k)
        ):
            mention = self._resolve(tokens, quoted, token.text, token.span)  # "The paper
            # quotes Cllr Rowe as saying ...": the one quoted speaks, not the paper
            mention.quoted_as = True
            return mention
        if participle and (apposed := apposed_absolute_subject(tokens, k)) is not None:
            return self._resolve(tokens, apposed, token.text, token.span)  # "with one of
            # them, Sen. Carl Dunmore, saying": the absolute clause's subject speaks
        if participle and k > 0 and tokens[k - 1].text.lower() in PARTICIPLE_AFTER:
            own = clause_subject(tokens[:k])
            if (quoted_person := self._quoted_person(tokens, k, own)) is not None:
                return quoted_person  # "The ministry said, citing Minister Ana Ruiz, that"
            if own is None and quote_after and tokens[k - 1].text == ",":
                # "Mr. Manafort, citing “...”, said": the sentence's subject, whose verb
                # follows the quotation (not "In a statement, citing": an adjunct)
                own = opening_subject(tokens, k - 1)
            if tokens[k - 1].text == "," and own is not None and not personal(tokens, own):
                # "It was a potent punch, as Mrs. Clinton echoed the criticism, saying":
                # what cannot speak leaves the participle to the nearest clause's subject
                near = last_clause_subject(tokens[:k])
                own = near if near is not None and personal(tokens, near) else own
            subject, source = (own, tokens) if own else (clause_subject(first), first)
            return self._resolve(source, subject, token.text, token.span) if subject else None
        opening = stretch_start(tokens, k) or k == 1 and tokens[0].text.lower() in ADJUNCT_OPENERS
        if participle and tokens is first and opening and quote_after:
            # "Describing the plan as “...”, Pell left": the main clause's subject
            for later in self._stretches[1:]:
                if (subject := clause_subject(later)) is not None:
                    return self._resolve(later, subject, token.text, token.span)
            return None
        if participle and not (k > 0 and tokens[k - 1].text.lower() in BE_FORMS):
            # "said Robin Maynard, half joking": no subject stands before an -ing, but for
            # "with Senator John McCain telling reporters ..."
            subject = np_before(tokens, k)
            linked = after_link(tokens, subject) if subject else None
            if linked is None and subject is not None and absolute_clause(tokens, subject):
                # "... a statement – Ryan saying he was “encouraged”": what follows is his
                return self._cued(tokens, subject, token, governs=True)
            if linked is None and subject is not None and object_speaking(tokens, subject):
                # "Minutes record a director saying ...": the finite verb's object speaks
                return self._cued(tokens, subject, token, governs=True)
            if linked is None and (own := clause_subject(tokens[:k])) is not None:
                # "X began by talking about ..., saying that ...", "Y is quoted as saying"
                return self._cued(tokens, own, token, governs=k + 1 < len(tokens))
            if linked is None:
                return None
            return self._resolve(tokens, linked, token.text, token.span)
        if k + 1 < len(tokens) and tokens[k + 1].text.lower() == "that":
            subject = np_before(tokens, k)
            subject = poll_of_share(tokens, subject) or subject
            if subject is not None:
                # "An audit obtained by Fox News found that": the audit, not Fox News
                subject = reduced_passive_head(tokens, subject) or subject
                return self._cued(tokens, subject, token, governs=True)
        invertible = word not in {"told", "tells", "called", "accused", "urged"}
        if invertible and self._adverb_opens_inverted_cue(tokens, k):
            after = np_after(tokens, k + 1)  # "“...” So said Howard Blum": the adverb
            if after is not None and speaker_like(tokens[after[0] : after[1]]):  # opens an
                return self._resolve(tokens, after, token.text, token.span)  # inverted cue
        if invertible and k > 0 and tokens[k - 1].text == "," and quote_before:
            named = self._inverted_name(tokens, k)
            if named is not None:  # "..., forcing her to fend off Sanders, said Brad Bannon"
                return self._resolve(tokens, named, token.text, token.span)
        subject, source = np_before(tokens, k), tokens
        if subject is not None and modifies_noun_cue(tokens, subject, k):
            subject = None  # "One view is that", "a complicated case": the cue's own words
        subject = poll_of_share(tokens, subject) or subject
        subject = subject or member_of_them(tokens, k)
        opening = unclosed_appositive(tokens, k)
        if (
            opening is not None
            and subject is not None
            and subject[0] > opening[1]
            and not CONTINUED_AFTER.match(self.text, token.span.end)
        ):
            return self._cued(tokens, opening, token, governs=opens_clause(tokens, k))
        if (
            subject is not None
            and subject[0] > 0
            and tokens[subject[0] - 1].tag in nlp.TENSED_TAGS
            and word.endswith("s")
        ):
            return None  # "continued his scathing remarks", "rated 32% of Republican claims"
        relative = None  # "critics who say", "a message that said": the word that speaks
        coordinated = k > 0 and tokens[k - 1].text.lower() == "and"
        if subject is None and (opener := subject_past_asides(tokens, k)) is not None:
            subject = opener  # "X, a banker whom she met in 2015 and who writes code, said"
        if not coordinated and (
            subject is None or subject[0] > 0 and tokens[subject[0] - 1].tag.startswith("VB")
        ):
            # "a White House official who spoke anonymously to discuss internal strategy
            # said", "a headline that said": the head of the relative clause speaks; not
            # after "and" ("X told reporters that ..., and warned"): the clause's subject
            head = relative_head(tokens, subject[0] if subject else k)
            if head is not None:
                subject, relative = head, relative_word(tokens, k)
        if subject is not None and (agent := reduced_passive_head(tokens, subject)) is not None:
            subject = agent  # "A report obtained by Reuters said": the report, not Reuters
        if subject is not None and subject[0] > 0 and tokens[subject[0] - 1].text in LOCATIVES:
            # "Protesters marching through the streets chanted": the streets did not
            subject = clause_subject(tokens[: subject[0] - 1]) or subject
        if subject is None and coordinated:
            subject = clause_subject(tokens[: k - 1])  # "X called it ... and said"
            subject = subject or coordinated_past_asides(tokens, k - 1)
            if subject is None:
                subject, source = last_clause_subject(first), first
        if subject is not None and (quoted := self._quoted_person(tokens, k, subject)) is not None:
            return quoted  # "The agency said, quoting its director, Jane Roe:": hers
        if opens_clause(tokens, k):  # "said all members agreed": what follows is content
            if subject is None:
                return None
            return self._cued(source, subject, token, governs=True, relative=relative)
        if (
            subject is None
            and invertible
            and (quote_before and stretch_start(tokens, k) or clause_start(tokens, k))
            and not (k > 0 and tokens[k - 1].text.lower() == "and")
            and not (quote_before and self._governed_before(tokens))
        ):
            # "described the impact as “...”": an object, then its complement
            np = speaker_after(tokens, k, CLAUSE_TAGS, stop_words=frozenset({"as"}))
            if np is not None and np[1] == len(tokens) and quote_after and first is not tokens:
                # "X, appearing on “Meet the Press,” said Moss's argument “falls apart”": a
                # quotation right after the noun phrase goes on with what was said, so the
                # quotation before stood in an aside of the sentence's opening subject
                comma = next((n for n, t in enumerate(first) if t.text == ","), None)
                own = opening_subject(first, comma) if comma is not None else None
                if own is not None:
                    return self._cued(first, own, token, governs=True)
            if np is not None:
                return self._resolve(tokens, np, token.text, token.span)
        if subject is None:
            return None
        colon = k + 1 < len(tokens) and tokens[k + 1].text == ":"  # "Y said: ..."
        return self._cued(source, subject, token, governs=colon, relative=relative)

    def _is_person(self, tokens: list[Token], np: tuple[int, int], k: int) -> bool:
        """Is the phrase ``np``, the subject of the cue at ``k``, a person?"""
        person = self._resolve(tokens, np, tokens[k].text, tokens[k].span).person
        return person is not None and person.kind is SpeakerKind.PERSON

    def _quoted_person(
        self, tokens: list[Token], k: int, subject: tuple[int, int] | None
    ) -> Mention | None:
        """The mention of the person a participle of quoting after the cue at ``k`` names
        (:func:`quoting_named`), marked as one quoted; None when the name is no person's,
        or when the cue's ``subject`` is a person ("Obama said, quoting Martin Luther King:"
        is Obama speaking; an agency quoting its director passes on the director's words)."""
        np = quoting_named(tokens, k)
        if np is None or subject is not None and self._is_person(tokens, subject, k):
            return None
        mention = self._resolve(tokens, np, tokens[k].text, tokens[k].span)
        if mention.person is None or mention.person.kind is not SpeakerKind.PERSON:
            return None
        mention.quoted_as = True
        return mention

    def _adverb_opens_inverted_cue(self, tokens: list[Token], k: int) -> bool:
        """Does the cue at ``k`` follow only a capitalised adverb opening a sentence right
        after a quotation that closed the sentence before ("“...” So said Howard Blum",
        "“...” Thus spoke the chairman")? Not an adverb after a quotation inside a
        sentence ("called it “crazy” and also said", "“...” also praised his skills")."""
        if k == 0 or any(c.isalnum() for t in tokens[: k - 1] for c in t.text):
            return False
        word = tokens[k - 1]
        if not word.text[:1].isupper() or not (
            word.tag == "RB" or word.text.lower() in OPENING_WORDS
        ):
            return False
        before = self.text[: word.span.start].rstrip()
        return before[-1:] in CLOSERS and before[-2:-1] in {".", "!", "?"}

    def _governed_before(self, tokens: list[Token]) -> bool:
        """Whether the quotation before the stretch ``tokens`` is the complement of a cue
        that ends the stretch before it ("Pell, whom critics have called “...,” rejected
        the label"): a quotation is the complement of one verb, so the verb after it is the
        main clause's, not a cue inverted before its speaker ("“...,” said Pell")."""
        index = next((n for n, s in enumerate(self._stretches) if s is tokens), 0)
        before = self._stretches[index - 1] if index > 0 else []
        return (
            bool(before)
            and before[-1].tag.startswith("VB")
            and lexicons.is_cue(before, len(before) - 1)
        )

    def _infinitive_cue(self, tokens: list[Token], k: int) -> Mention | None:
        """The speaker of a cue after "to", the quotation right after it, that a verb
        governs with no object between ("Mr. Trump was prompted to say, “...”", "officials
        started to portray it as a “...”", "he went on to say"): the verb's subject; not
        after a noun ("plans to announce"), an object ("urged him to call": he would speak)
        or "be" ("bidding was to begin on what Zimmerman described as")."""
        v = k - 2
        while v >= 0 and tokens[v].tag in {"RP", "RB", "RBR", "JJR"}:
            v -= 1  # "went on to say", "would do better to say"
        if v >= 0 and (made := made_to_speak(tokens, k)) is not None:
            return self._cued(tokens, made, tokens[k], governs=False)
        if v < 0 or not tokens[v].tag.startswith("VB") or tokens[v].text.lower() in BE_FORMS:
            return None  # "bidding was to begin on what Zimmerman described as": no speech
        subject = np_before(tokens, v)
        if subject is None:
            return None
        return self._cued(tokens, subject, tokens[k], governs=False)

    def _inverted_name(self, tokens: list[Token], k: int) -> tuple[int, int] | None:
        """The name right after a cue that a comma opens, behind a clause of its own (it
        would create ..., forcing her ..., said Brad Bannon, a pollster"); not where the
        words before the comma are a subject and its aside ("Sanders, in a statement,
        said Clinton ..."), nor the start of what was said (", said Trump was wrong")."""
        ends = [n + 1 for n in range(k) if tokens[n].text in {".", "!", "?"}]
        before = tokens[ends[-1] : k] if ends else [*self._opening, *tokens[:k]]
        if not any(t.tag in FINITE_TAGS for t in before):  # with the words before the quote
            return None
        np = speaker_after(tokens, k, CLAUSE_TAGS | FINITE_TAGS)
        return np if np is not None and holds_name(tokens[np[0] : np[1]]) else None

    def _apposed_body(self, tokens: list[Token], np: tuple[int, int]) -> Person | None:
        """The organisation named before the appositive ``np`` (see
        :func:`name_of_appositive`), as the cast knows it by that name."""
        named = name_of_appositive(self.text, tokens, np)
        if named is None:
            return None
        start, end = tokens[named[0]].span.start, tokens[named[1] - 1].span.end
        return self.cast.groups.group(self.text[start:end], SpeakerKind.ORGANISATION, start)

    def _cued(
        self,
        tokens: list[Token],
        subject: tuple[int, int],
        cue: Token,
        governs: bool,
        relative: Token | None = None,
    ) -> Mention:
        """The mention of ``subject`` as the speaker of ``cue``, marked when the cue
        introduces what follows it or stands in a subordinate clause ("when X said");
        ``relative``: the relative pronoun that is the cue's own subject, which the
        mention then stands for ("an impersonator who promises": who, the impersonator)."""
        if relative is not None and relative.text.lower() == "who":
            subject = object_named(tokens, subject)  # "the support of a retired general
            # who suggested": the general
        body = self._apposed_body(tokens, subject) if relative is not None else None
        if body is not None:  # "Lumen Trust, a foundation that says": the Trust
            mention = Mention(relative.span, body, cue.text, cue.span)
        else:
            mention = self._resolve(tokens, subject, cue.text, cue.span)
        if relative is not None:
            mention.span = relative.span
        mention.governs = governs
        opener = tokens[subject[0] - 1].text.lower() if subject[0] > 0 else ""
        mention.subordinate = opener in CLAUSE_OPENERS
        if opener == "as" and (commented := self._comment_clause(tokens, subject[0] - 1, cue)):
            mention.comments = commented.opener
        return mention

    def _comment_clause(self, tokens: list[Token], k: int, cue: Token) -> QuotedSpan | None:
        """The quotation right before the "as" at ``tokens[k]`` when its clause comments on
        it ("“...,” as Ann Pell put it", "“...,” as the host said in April"): a quotation
        opening its sentence (one a clause before it holds keeps that clause's voice:
        "Its hosts report that “...,” as the host X said"), and a cue taking no clause of
        its own ("as he promised to defend it", "as she said that ...": a time, not a
        comment)."""
        opening = len(self._stretches) > 1 and tokens is self._stretches[1] and not self._opening
        if not opening or not all(t.tag in {",", ":"} for t in tokens[:k]):
            return None
        at = next((n for n in range(k, len(tokens)) if tokens[n] is cue), len(tokens))
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if following is not None and (
            following.tag in {"TO", "MD"}
            or following.tag.startswith("VB")
            or following.text.lower() in {"that", "how", "why", "what", "whether", "if"}
        ):
            return None
        return self._quote_closing_at(tokens[0].span.start, any_mark=True)

    def _resolve(
        self, tokens: list[Token], np: tuple[int, int], cue: str, cue_span: Span
    ) -> Mention:
        """Turn the tokens ``np`` into a mention of a person, organisation or group; a
        person named after "the campaign of" (or office, team: :data:`OWNED_OF`) is
        that person's campaign, named as "the Santorum campaign" names it ("with the
        campaign of the former senator from Pennsylvania saying")."""
        mention = self._resolve_phrase(tokens, np, cue, cue_span)
        person = mention.person
        if np[0] >= len(tokens) or person is None or person.kind != SpeakerKind.PERSON:
            return mention
        begin = tokens[np[0]].span.start
        owned = CAMPAIGN_OF.search(self.text, max(0, begin - 30), begin)  # "with the campaign
        # of |the former senator saying"; "|The office of Sen. Ann Lowry said"
        if owned is None and (opening := OWNED_OF.match(self.text, begin)) is not None:
            owned = opening if mention.span.start >= opening.end() else None
        if owned is None:
            return mention
        name = self.cast.owned_name(person, owned.group(1).lower())
        body = self.cast.groups.group(name, SpeakerKind.ORGANISATION, owned.start())
        return Mention(Span(owned.start(), mention.span.end), body, cue, cue_span)

    def _resolve_phrase(
        self, tokens: list[Token], np: tuple[int, int], cue: str, cue_span: Span
    ) -> Mention:
        """The mention the tokens ``np`` make as written, before :meth:`_resolve` reads a
        person after "the campaign of" as that person's campaign. Its steps, in order: the
        phrase's own words, past an owner's "'s" and a participle or preposition opening
        it; one it stands for (a document's owner, a relative's antecedent, a pronoun's);
        a name in it; a name set beside it; a noun for a person; a body or group."""
        i, j = np
        if j - i > 1 and tokens[j - 1].tag == "POS":
            j -= 1  # "the mayor's claims": the owner, the mayor
        if (
            j - i > 1
            and tokens[i].tag in PHRASE_OPENER_TAGS
            and tokens[i].span.end < tokens[i + 1].span.start  # not "made-for-TV"
        ):
            i += 1  # "Given his past comments": the phrase is "his past", not a name
            if tokens[i].tag == "PRP$" and j < len(tokens) and tokens[j].span == cue_span:
                owner = self._possessive(tokens[:i], tokens[i])  # the cue noun is the
                # head: "his ... comments"
                return Mention(tokens[i].span, owner, cue, cue_span)
        for stand_in in (
            self._document_voice,
            self._relative_voice,
            self._member_voice,
            self._pronoun_voice,
        ):
            if (mention := stand_in(tokens, i, j, cue, cue_span)) is not None:
                return mention
        words = tokens[i:j]
        if (cut := name_before_adjunct(words)) is not None:
            return self._resolve(tokens, (i, i + cut), cue, cue_span)
        start, end = words[0].span.start, words[-1].span.end
        if len(words) == 1 and words[0].text.lower() in THING_PRONOUNS:
            return Mention(Span(start, end), None, cue, cue_span)  # "Nothing really
            # changed": no one, nor a group a later "they" could mean
        name = name_tokens(words)
        if name is not None and described_by_role(words, name[0]):
            name = None  # "a spokeswoman for the Pentagon": the spokeswoman speaks
        written_title = title_acronym(self.cast, [w.text for w in words])
        if written_title is not None:
            name = None  # "the SNP MSP said" after "Western Isles MSP Alasdair Allan"
        if name is not None:  # "Cllr Dafydd Prosser", "Tan Wei Ming" beside "Mr Tan"
            name = (shown_name_start(self.text, [w.text for w in words], *name), name[1])
        if (
            name is not None
            and in_office_complement(words, name)
            and (named := appositive_name(tokens, j)) is not None
        ):  # "The Archdeacon of Birmingham, the Venerable Jenny Tabor,": the office is of
            return self._resolve(tokens, named, cue, cue_span)  # the place (or read as a
            # name across "of", no list holding "Archdeacon"); the name set off after it
            # names the one who holds it
        kind = (
            NameKind.PERSON
            if name is None
            else name_kind(
                self.cast, self.text, words, name, cue, tokens[j] if j < len(tokens) else None
            )
        )
        if kind in {NameKind.TIME, NameKind.LABEL, NameKind.LANGUAGE}:
            return Mention(Span(start, end), None, cue, cue_span)  # "announced Friday"
        if kind == NameKind.DEMONYM and name[0] >= 2 and words[name[0] - 1].text == "the":
            # "Channing D. Phillips - the Utah Republican asks": the phrase is "the ..."
            return self._resolve(tokens, (i + name[0] - 1, j), cue, cue_span)
        said_as_i = None  # where the sentence starts, if it quotes a noun phrase saying "I"
        if kind in {NameKind.PERSON, NameKind.ORGANISATION} and name is not None:
            said_as_i = self._start_if_noun_says_i(words, name, cue_span)
            if said_as_i is not None:  # "“I ...,” the Briton said": a noun, as "the Texan"
                kind = NameKind.DEMONYM
        if kind not in {NameKind.THING, NameKind.GROUP, NameKind.DEMONYM} and name is not None:
            return self._named_voice(tokens, i, j, name, kind, cue, cue_span)
        # "Aides said", "Americans are mad", "the Texan": described, no name
        named = appositive_name(tokens, j) or name_before_appositive(tokens, np)
        named = named or named_after(tokens, j) or named_past_description(tokens, j)
        if named is not None:  # "Another critic, Laurence H. Tribe, likened": the name
            return self._resolve(tokens, named, cue, cue_span)
        if (past := named_past_place(tokens, i, j)) is not None:
            # the noun's words stay the mention, so a relative clause set off after the
            # name still tells of it ("..., Bruce Turry, who ... remembered": no voice)
            person = self._resolve(tokens, past, cue, cue_span).person
            return Mention(Span(start, end), person, cue, cue_span)
        if (shared := description_before_and(tokens, i, j)) is not None:
            return self._resolve(tokens, (shared, i - 1), cue, cue_span)
        if (determiner := determiner_before(tokens, i, j)) is not None:
            return self._resolve(tokens, (determiner, j), cue, cue_span)
        demonym = kind == NameKind.DEMONYM  # "the Utah Republican": a person described
        person = self._nominal_voice(tokens, i, j, demonym, written_title, said_as_i, cue_span)
        head = head_word(words) if written_title is None else written_title  # "the SNP MSP"
        if person is None:
            person = self._writing_voice(tokens, i, j, head)
        if person is None:
            person = self._body_or_group(tokens, i, j, head, demonym)
        return Mention(Span(start, end), person, cue, cue_span)

    def _document_voice(
        self, tokens: list[Token], i: int, j: int, cue: str, cue_span: Span
    ) -> Mention | None:
        """The mention of whom the phrase ``tokens[i:j]`` speaks for, when it names a
        document ("Lee's email notes": Lee; "a Clinton campaign memo": the campaign; "A
        letter from the Disabled Veterans Alliance warns": the group that sent it), a body
        whose name is set beside it ("The company, Northgate Rail Freight, said") or a
        pair named before ("the two officials said"); else None."""
        if (owned := document_owner(tokens, i, j)) is not None:  # "Lee's email notes": Lee
            if tokens[owned[0]].tag != "PRP$":
                return self._resolve(tokens, owned, cue, cue_span)
            if (owner := self._possessive(tokens[: owned[0]], tokens[owned[0]])) is not None:
                # "his email"
                return Mention(tokens[owned[0]].span, owner, cue, cue_span)
        words = tokens[i:j]
        start, end = words[0].span.start, words[-1].span.end
        if (body := self.authorship.document_body_of(tokens, i, j, start)) is not None:
            return Mention(Span(start, end), body, cue, cue_span)  # "a Clinton campaign memo"
        if (sender := self.authorship.document_sender(tokens, i, j)) is not None:
            return Mention(Span(start, end), sender, cue, cue_span)  # "A letter from the
            # Disabled Veterans Alliance warns": the group that sent it
        if (body := self._apposed_to_body(start, end)) is not None:
            self.cast.mention(start, body)  # "The company, Northgate Rail Freight, said"
            return Mention(Span(start, end), body, cue, cue_span)
        if (pair := self._pair_nominal(words, start)) is not None:
            self.cast.mention(start, pair)  # "the two officials said": the pair named before
            return Mention(Span(start, end), pair, cue, cue_span)
        return None

    def _relative_voice(
        self, tokens: list[Token], i: int, j: int, cue: str, cue_span: Span
    ) -> Mention | None:
        """The mention "who" or "which" at ``tokens[i]`` makes, the speaker its antecedent
        ("McConnell, the leader, who said": the mention is "who", the speaker McConnell; "a
        headline from the Post, which notes": the headline); None for other words."""
        words = tokens[i:j]
        if len(words) != 1 or words[0].text.lower() not in {"who", "which"} or i == 0:
            return None
        span = words[0].span
        antecedent = relative_antecedent(tokens, i)
        if antecedent is None or antecedent[1] > i:
            return Mention(span, None, cue, cue_span)
        if words[0].text.lower() == "who":
            antecedent = object_named(tokens, antecedent)
            antecedent = series_antecedent(tokens, antecedent)
            antecedent = participle_holder(tokens, antecedent)
        elif (body := self._apposed_body(tokens, antecedent)) is not None:
            return Mention(span, body, cue, cue_span)  # "Lumen Trust, a foundation which
            # says": the Trust
        person = self._resolve(tokens, antecedent, cue, cue_span).person
        return Mention(span, person, cue, cue_span)

    def _member_voice(
        self, tokens: list[Token], i: int, j: int, cue: str, cue_span: Span
    ) -> Mention | None:
        """ "Two nurses spoke on condition of anonymity. “...,” one of them said": an
        anonymous member of the group named before, shown as the group; None unless
        ``tokens[i:j]`` is "one of them"."""
        if j - i != 3 or member_of_them(tokens, j) != (i, j):
            return None
        start, end = tokens[i].span.start, tokens[j - 1].span.end
        group = self._people_named_before(start) or strip_determiner(self.text[start:end])
        return Mention(
            Span(start, end),
            self.cast.groups.group(group, SpeakerKind.ANONYMOUS, start),
            cue,
            cue_span,
        )

    def _pronoun_voice(
        self, tokens: list[Token], i: int, j: int, cue: str, cue_span: Span
    ) -> Mention | None:
        """The mention a personal pronoun alone makes ("he said"), or "his" alone ("his
        repeated mispronunciations of “...”": the owner, as "her" is, when named in the
        paragraph: a possessive alone is too weak to reach further); None for other words
        (or "his" with no owner so near)."""
        if j - i != 1:
            return None
        word = tokens[i]
        span = word.span
        if word.text.lower() in PERSONAL_PRONOUNS:
            aside = attribution_aside(tokens, i, cue_span)
            person = self.cast.pronouns.asked(word.text, span.start)  # "X asked Y whether he"
            person = person or self._clause_antecedent(tokens[:i], word, new_only=aside)
            person = person or self._pronoun(word)
            return Mention(span, person, cue, cue_span)
        if word.tag == "PRP$" and word.text.lower() == "his":
            owner = self._possessive(tokens[:i], word)
            paragraph = self.text.rfind("\n", 0, span.start) + 1
            if owner is not None and owner in self.cast.mentioned_between(
                paragraph, span.start - 1
            ):
                return Mention(span, owner, cue, cue_span)
        return None

    def _named_voice(
        self,
        tokens: list[Token],
        i: int,
        j: int,
        name: tuple[int, int],
        kind: NameKind,
        cue: str,
        cue_span: Span,
    ) -> Mention:
        """The mention of whom the name at ``name`` (within ``tokens[i:j]``) names, as
        ``kind``: an organisation by its whole name or its words, an outlet by its name, a
        person by the name with the title and roles written beside it."""
        words = tokens[i:j]
        start, end = words[0].span.start, words[-1].span.end
        n0, n1 = name
        name_text = self.text[words[n0].span.start : words[n1 - 1].span.end]
        title = self.text[start : words[n0].span.start] if n0 > 0 else ""
        if kind in {NameKind.ORGANISATION, NameKind.OUTLET} and (
            whole := self._whole_name_of_head(words, name, start)
        ):  # "the Chamber said" after "the Linden County Chamber of Commerce"
            person = self.cast.groups.group(whole, SpeakerKind.ORGANISATION, start)
        elif kind == NameKind.OUTLET:  # its name, not "the website Politico"
            person = self.cast.groups.group(name_text, SpeakerKind.ORGANISATION, start)
        elif kind in {NameKind.ORGANISATION, NameKind.PLACE}:
            phrase = self.text[start:end]
            person = self.cast.groups.group(
                strip_determiner(phrase), SpeakerKind.ORGANISATION, start
            )
        else:
            role, appositive = name_roles(self.text, title, words[n1 - 1].span.end)
            person = self.cast.name(name_text, start, role=role, title=title, recent=False)
            if not self.cast.after_subject(start) and may_be_he_or_she(person):
                self.cast.mention(start, person)  # a subject the cheap pass missed
            person.bind_gender(gender_after(tokens[j:], tokens[:i]))
            person.add_role(appositive)
            return Mention(
                Span(words[n0].span.start, words[n1 - 1].span.end), person, cue, cue_span
            )
        return Mention(Span(start, end), person, cue, cue_span)

    def _nominal_voice(
        self,
        tokens: list[Token],
        i: int,
        j: int,
        demonym: bool,
        written_title: str | None,
        said_as_i: int | None,
        cue_span: Span,
    ) -> Person | None:
        """The person the noun phrase ``tokens[i:j]`` refers to as a noun for one person
        ("the former", "the senator", "his mother", "the 29-year-old", "the Texan"
        (``demonym``), "the SNP MSP" (``written_title``), one who says "I" (``said_as_i``:
        the start of the sentence that quotes it saying so), mentioned there; None if it
        names none or is no such noun."""
        words = tokens[i:j]
        start = words[0].span.start
        first = words[0].text.lower()
        written = [w.text for w in words]
        if [w.lower() for w in written] in (["the", "former"], ["the", "latter"]):
            person = self.cast.pairs.former_or_latter(written[1].lower(), start)  # of two named
            if person is not None:
                self.cast.mention(start, person)
                return person
        reading = self._noun_for_one(words, demonym, written_title, said_as_i, cue_span)
        if reading is None:
            return None
        head, said_as_i, epithet = reading
        person = self._nominal_referent(tokens, i, j, head, said_as_i, epithet)
        person = self._unless_another(tokens, i, j, head, person, said_as_i, cue_span)
        if person is not None and first == "the" and len(written) == 2:
            unnamed = self.cast.nominals.unnamed_since(person, head, start)  # "An election
            if unnamed is not None:  # official in Arizona, who ..., said": since
                self.cast.mention(start, unnamed)
                return unnamed
        if person is not None:
            if not self._reported_past_subject(start):
                self.cast.mention(start, person)
            person.add_nominal(written)
        return person

    def _reported_past_subject(self, start: int) -> bool:
        """Does a nominal at ``start`` open the clause a cue verb reports, past its
        sentence's subject ("Okafor said |the senator had agreed. “...,” he said")? It is
        then no mention for a later pronoun, as a name there is not (:meth:`_named_voice`):
        "he" is Okafor, not the senator."""
        cue = CUE_THEN_CLAUSE.search(self.text, max(0, start - 40), start)
        return (
            cue is not None
            and cue.group(1).lower() in lexicons.cue_forms()
            and self.cast.after_subject(start)
        )

    def _noun_for_one(
        self,
        words: list[Token],
        demonym: bool,
        written_title: str | None,
        said_as_i: int | None,
        cue_span: Span,
    ) -> tuple[str, int | None, int | None] | None:
        """How the noun phrase ``words`` reads as a noun for one person: its head (a
        title written for it, ``written_title``, replaces it), where the sentence starts
        that quotes it saying "I" (``said_as_i``, or found here for a noun no list holds)
        and where an epithet's sentence starts (see :meth:`_start_if_epithet`); None for
        no such noun, an indefinite one ("a senator") or a plural ("the senators")."""
        start = words[0].span.start
        head = head_word(words)
        first = words[0].text.lower()
        written = [w.text for w in words]
        epithet = None
        nominal = person_head(head, written) or demonym  # "the Texan said"
        nominal = nominal or man_of_a_place(written)  # "the Limerick man said"
        nominal = nominal or lexicons.compound_person_noun(head)  # "the radioman said"
        if written_title is not None:
            head, nominal = written_title, True
        # "the ferryman said" after "Olav Brekke, a ferryman,": a noun given as a role
        nominal = nominal or self.cast.nominals.given_as_role(head, start, self._roles_at)
        # "the boy said" after "Noah Ferris, 9,": a noun of a young person given an age
        nominal = nominal or self.cast.nominals.of_young_age(head, start) is not None
        if not nominal and first == "the" and unlisted_person(words):
            end = words[-1].span.end
            epithet = self._start_if_epithet(words, start, end, cue_span)
            said_as_i = (
                epithet if epithet is not None else self._start_if_says_i(start, end, cue_span)
            )
            # "“I knew it was there,” the skip said": one who says "I" is a person,
            # whatever the noun
        nominal = nominal or said_as_i is not None
        if first in INDEFINITE or not nominal or plural_head(words) or of_one(words):
            return None
        return head, said_as_i, epithet

    def _nominal_referent(
        self,
        tokens: list[Token],
        i: int,
        j: int,
        head: str,
        said_as_i: int | None,
        epithet: int | None,
    ) -> Person | None:
        """The person the noun for one person ``tokens[i:j]`` (its head ``head``) refers
        to: one named as someone's kin, a race's other side, ranked, given the noun as a
        role or an age, described, named after it (the lede's, the next paragraph's),
        or the one it refers back to; an epithet or a noun that says "I" only the subject
        just before. None if it refers to no one known."""
        words = tokens[i:j]
        start = words[0].span.start
        first = words[0].text.lower()
        written = [w.text for w in words]
        person = None
        if first in {"his", "her"} and len(words) == 2 and kin_noun(head):
            person = self.cast.nominals.owned_kin(None, head, start)  # "“...,” his mother
            # said": the one named as someone's mother, whoever "his" is taken to mean
        if person is None and len(words) == 2 and head in RACE_NOUNS:
            person = self._race_side(tokens, i, start)  # "his opponent said"
        person = person or self.cast.nominals.ranked(written, start)  # "the youngest son said"
        person = person or self.cast.nominals.nominal(head, start, written)
        if person is None and first == "the" and AGED.fullmatch("".join(written[1:])):
            person = self.cast.pronouns.aged("".join(written[1:]), start)  # "“...,” the
            # 29-year-old said" after "Imogen Thwaite, 29,": the one named with that age
        if person is None:
            person = self.cast.nominals.described(head, start, written, self._roles_at)
        if person is None:
            person = self.cast.nominals.described_later(head, start, written, self._roles_at)
        owned = len(written) > 2 and POSSESSIVE_INSIDE.fullmatch(written[2]) is not None
        if person is None and first == "the" and owned:
            person = self.cast.nominals.lede_person(head, start)  # "The mayor's chief of staff
            # will leave ... \n\nBernard Quaid, who ..., said": the lede's, named after it;
            # only one named by relation to another (not "An immigration judge ruled")
        if person is None and (owner := possessive_owner(written)) is not None:
            person = self.cast.nominals.introduced_after(owner, head, start)  # "“...,” Hale's
            # campaign manager said. \n\nCurtis Mabry, a former ..., has": named after
        ahead = None  # one named only after the nominal, in a paragraph it opens
        if person is None and first == "the" and QUOTE_LED.search(self.text, 0, start):
            if not self.cast.nominals.anyone_named_before(start):
                ahead = self.cast.nominals.introduced_after("", head, start, own_paragraph=False)
                # "“...,” the candidate for governor told reporters. \n\nSheldon Rask,
                # a rancher, ...": no one named before it, so none it could refer back to
            ahead = ahead or self.cast.nominals.introduced_next(head, start)  # "“...,” the
            # retired farmer said. Harlan Odegaard, 74, said": named in the next sentence
            person = ahead
        if person is None and first == "the" and refers_back(tokens, i, j):
            opener = tokens[i - 1].text.lower() if i > 0 else ""
            person = self.cast.nominals.definite(head, start, written, opener in CLAUSE_OPENERS)
            if (
                epithet is None  # (an epithet: see below)
                and said_as_i is not None
                and person is not self._subject_just_before(said_as_i)
            ):
                person = None  # a noun no list holds refers back to the subject only
        if (
            epithet is not None
            and ahead is None
            and person is not self._subject_just_before(epithet, True)
        ):
            person = None  # an epithet is the subject just before, or no one known (or
            # one the sentence after names, the quotation's paragraph withholding them)
        return person

    def _unless_another(
        self,
        tokens: list[Token],
        i: int,
        j: int,
        head: str,
        person: Person | None,
        said_as_i: int | None,
        cue_span: Span,
    ) -> Person | None:
        """``person``, whom the noun ``tokens[i:j]`` was read to refer to, unless the
        article shows the noun means another: given another age, or named beside the cue
        as someone the speaker addresses or acts on ("the billionaire told Cruz"), when
        the one referred back to before them, if any, is taken."""
        words = tokens[i:j]
        start = words[0].span.start
        first = words[0].text.lower()
        written = [w.text for w in words]
        aged = "".join(written[1:]) if first == "the" else ""
        if (
            person is not None
            and AGED.fullmatch(aged)
            and self.cast.pronouns.aged_otherwise(person, aged, start)
        ):  # "the 82-year-old" is no one the article gives another age: another
            person = self.cast.nominals.definite(head, start, written, False, person)
            if person is not None and self.cast.pronouns.aged_otherwise(person, aged, start):
                person = None
        if person is not None and named_before_cue(tokens[j:], person, cue_span):
            person = None  # "The attorney general is suing Trump, claiming": another
        if person is not None and named_as_object(tokens[j:], person, cue_span):
            bound, person = person, None  # "the billionaire told Cruz": another, the
            # one the sentences before are about
            if first == "the" and said_as_i is None and refers_back(tokens, i, j):
                opener = tokens[i - 1].text.lower() if i > 0 else ""
                subordinate = opener in CLAUSE_OPENERS
                person = self.cast.nominals.definite(head, start, written, subordinate, bound)
                if person is not None and named_as_object(tokens[j:], person, cue_span):
                    person = None
        return person

    def _writing_voice(self, tokens: list[Token], i: int, j: int, head: str) -> Person | None:
        """Who speaks in what the phrase ``tokens[i:j]`` (its head ``head``) names as
        written: a newspaper in its editorial ("the editorial board wrote"), the author of
        a statement or document the article named before ("the statement said"); else
        None."""
        words = tokens[i:j]
        start, end = words[0].span.start, words[-1].span.end
        first = words[0].text.lower()
        if (
            first == "the"
            and EDITORIAL_VOICE.fullmatch(strip_determiner(self.text[start:end]))
            and (paper := self._paper_of_editorials(start)) is not None
        ):  # "the editorial board wrote": the paper's voice
            return paper
        if (
            first in {"the", "this"}
            and j - i <= 3
            and (head in lexicons.speech_nouns() or head in DOCUMENT_NOUNS)
            and refers_back(tokens, i, j)
        ):  # "the statement said"
            return self.authorship.author_of(head, start, head not in lexicons.speech_nouns())
        return None

    def _body_or_group(
        self, tokens: list[Token], i: int, j: int, head: str, demonym: bool
    ) -> Person:
        """The organisation or anonymous group the phrase ``tokens[i:j]`` (its head
        ``head``) stands for: one the article named before and refers back to ("the
        union", "the company", "the ferry line", "the official"), else a group of its
        own words ("the Pentagon", "a spokeswoman for the Pentagon"). ``demonym``: a
        person described by a place or party ("the Utah Republican"), no organisation."""
        words = tokens[i:j]
        start, end = words[0].span.start, words[-1].span.end
        phrase = self.text[start:end]
        first = words[0].text.lower()
        written = [w.text for w in words]
        kind = self._group_kind(words, head, demonym)
        description = strip_determiner(phrase)
        if (
            first == "the"
            and not demonym
            and len(words) <= 3
            and description.islower()
            and not person_noun(head)
            and not people_head(words)
            and (named := self.cast.groups.apposed_organisation(head, start, ORGANISATION_REACH))
        ):  # "The union, the Harbor Nurses Association, said ... the union said": the
            self.cast.mention(start, named)  # name set beside the noun
            return named
        if (
            kind == SpeakerKind.ORGANISATION
            and first in PRONOUN_OF_OWNER
            and head in OWNED_HEADS
            and len(words) == 2
            and (owned := self.cast.nominals.owner_campaign_attested(words[1].span.start, head))
        ):
            description = owned  # "his campaign said", "her team said": the one "the
            # Sanders campaign" names, not a row of its own ("his 2008 campaign" is another)
        if kind == SpeakerKind.ORGANISATION and first == "the" and description == head:
            description = self._named_by_unless_another(head, start) or description
            if description == head and (
                named := self.cast.groups.organisation_before(head, start, ORGANISATION_REACH)
            ):  # "Twitter said ... the company said": the one last named
                self.cast.mention(start, named)
                return named
            if description == head and head in OWNED_HEADS:
                description = self._pronoun_owned(head, start) or description
            if description == head and head == "agency":
                description = public_body_named(self.text, start) or description
            if description == head and head in COMPANY_HEADS:
                description = self._thing_named_before(start) or description
            if description == head and (
                named := self.cast.groups.body_of_same_noun(head, start, ORGANISATION_REACH)
            ):  # "the ministry said ... The ministry later added": the body read the first time
                self.cast.mention(start, named)
                return named
        elif (
            first == "the"
            and (head in PRESS_NOUNS or description == head and head in BODY_NOUNS)
            and not demonym
            and description.islower()
            and not POSSESSIVE_INSIDE.search(description)
            and (
                named := self.cast.groups.organisation_before(head, start, ORGANISATION_REACH)
                or (self._paper_of_editorials(start) if head in PRESS_NOUNS else None)
            )
        ):  # "The Kessel Courier called ... “...,” the conservative-leaning newspaper wrote",
            self.cast.mention(start, named)  # "the organization wrote": the one just named;
            return named  # not "the project's website" nor "the state party" (another
            # than the one named)
        elif (
            first == "the"
            and kind == SpeakerKind.ANONYMOUS
            and not demonym
            and description.islower()
            and not person_noun(head)
            and not POSSESSIVE_INSIDE.search(description)
            and (
                named := self.cast.groups.organisation_of_word(
                    written[1:], start, ORGANISATION_REACH
                )
            )
        ):  # "Sound Island Ferries said ... “...,” the ferry line said": the one whose
            self.cast.mention(start, named)  # name ends in the kind the noun names
            return named
        elif (
            (first == "the" or after_that(tokens, i))
            and kind == SpeakerKind.ANONYMOUS
            and description == head
            and (person_noun(head) or head in lexicons.person_nouns() or noun_gender(head))
            and (unnamed := self.cast.nominals.unnamed_source(head, start)) is not None
        ):  # "A senior campaign official ... said ... “...,” the official said": that one
            # (a person's noun: "the ad said" after "a new ad" is left to the ad's maker;
            # a noun of a sex too, which no role list holds: "a young woman asked ...
            # “...,” the woman said")
            self.cast.mention(start, unnamed)
            return unnamed
        if kind == SpeakerKind.ORGANISATION:
            description = self._owned_body(description)
        return self.cast.groups.group(description, kind, start)

    def _group_kind(self, words: list[Token], head: str, demonym: bool) -> SpeakerKind:
        """Whether the phrase ``words`` (its head ``head``) names an organisation ("the
        Pentagon", "the Trump campaign", "the embassy" after "the British Embassy") or an
        anonymous group or person ("a spokeswoman for the Pentagon", "sources familiar
        ..."); ``demonym``: a person described ("the Utah Republican")."""
        start, end = words[0].span.start, words[-1].span.end
        if (
            not demonym
            and not person_noun(head)  # a title written for the head ("the SNP MSP")
            and not people_head(words)
            and (
                looks_like_organisation(self.text[start:end]) or head in lexicons.ORGANISATION_HEADS
            )
        ):
            return SpeakerKind.ORGANISATION  # "the Pentagon", "the Trump campaign"
        if (
            not demonym
            and words[0].text.lower() == "the"
            and len(words) == 2
            and (words[1].text.islower() or self._whole_name_of_head(words, (1, 2), start))
            and not person_noun(head)
            and organisation_named_by(self.text, head, start, self.cast.surnames(), proper=True)
        ):
            return SpeakerKind.ORGANISATION  # "the embassy" after "the British Embassy",
            # "the Chamber" after "the Chamber of Commerce": a noun the article wrote as an
            # organisation's name's head
        return SpeakerKind.ANONYMOUS

    def _owned_body(self, description: str) -> str:
        """A body a person owns that speaks (:data:`OWNED_HEADS`: a campaign, office, team,
        staff ...) written as a person's by a possessive ("Rubio’s campaign", "New
        Hampshire Sen. Kelly Ayotte's campaign", "Cruz's camp"), named
        as "the Rubio campaign" names it, by the surname of one the article names in full
        (as :meth:`NominalResolver.owner_campaign` names "his campaign"): one organisation however
        the article writes it; ``description`` as it is otherwise ("the DNC's office")."""
        found = OWNER_BODY.fullmatch(description)
        if found is None:
            return description
        return owned_body(found.group(1), found.group(2), self.cast.surnames()) or description

    def _whole_name_of_head(self, words: list[Token], name: tuple[int, int], at: int) -> str | None:
        """The whole name of the organisation that "the" and one capitalised word, the
        head of its name before "of", "for" or "on", refers back to ("the Chamber" after
        "the Linden County Chamber of Commerce"): see :func:`organisation_named_by`; None
        for any other phrase or name."""
        n0, n1 = name
        if (n0, n1) != (1, 2) or len(words) != 2 or words[0].text.lower() != "the":
            return None
        head = words[1].text
        if not head.isalpha():
            return None
        whole = organisation_named_by(self.text, head.lower(), at, self.cast.surnames(), True)
        if whole is None or not re.search(rf"\b{head}[ \t\xa0]+(?:of|for|on)\b", whole):
            return None  # not "the Times" after "The New York Times": read as before
        return whole

    def _apposed_to_body(self, start: int, end: int) -> Person | None:
        """The organisation a name from ``start`` to ``end`` is, set beside a definite
        noun for one as its appositive ("The company, Northgate Rail Freight, said"), even
        where the cheap pass read the name as a person's; see
        :meth:`GroupResolver.apposed_organisation` (none for a given name: "the party, Donald J.
        Trump,")."""
        if not self.text[start : start + 1].isupper():
            return None
        body = BODY_BEFORE.search(self.text, max(0, start - 120), start)
        if body is None or not organisation_noun(body.group(1)) or person_noun(body.group(1)):
            return None
        named = self.cast.groups.apposed_organisation(body.group(1), body.start(), 0)
        return named if named is not None and named.name == self.text[start:end] else None

    def _paper_of_editorials(self, at: int) -> Person | None:
        """The newspaper whose editorial voice ("the editorial board wrote", "the
        editorial said") speaks at ``at``: the one the article last named as the owner of
        editorials or editors ("a withering Ledger editorial", "the editors of The
        Advocate") or as a newspaper in an appositive ("The Union Leader, the state's
        largest newspaper,") within ``ORGANISATION_REACH`` before; none if not named so."""
        begin = max(0, at - ORGANISATION_REACH)
        for found in reversed(list(EDITORIALS_OF.finditer(self.text, begin, at))):
            group = next(g for g in range(1, 4) if found.group(g))
            name = re.sub(r"^[Tt]he\s+", "", found.group(group)).strip()
            words = name.split()
            if self._inside_quotation(found.start()) or all(
                w in MONTHS or w.lower() in WEEKDAYS for w in words
            ):
                continue  # "their Friday editorial": when, not whose
            if nlp.is_first_name(words[0]) or lexicons.is_title_word(words[0]):
                return None  # "Sen. Ann Lowry's editorial": a person's
            return self.cast.groups.group(name, SpeakerKind.ORGANISATION, found.start(group))
        return None

    def _pronoun_owned(self, head: str, at: int) -> str:
        """ "His campaign has raised ... “...,” the campaign said": the ``head`` (campaign,
        team: :data:`OWNED_HEADS`) last written after "his" or "her" within
        ``ORGANISATION_REACH`` before ``at``, named for the one the pronoun refers to as
        :meth:`NominalResolver.owner_campaign` names it ("Tolliver campaign"); "" if none. The
        pronoun's own "campaign" attests the owner, as "the campaign" does not."""
        begin = max(0, self.text.find("\n") + 1, at - ORGANISATION_REACH)
        owned = re.compile(rf"\b(?:[Hh]is|[Hh]er)\s+({re.escape(head)})\b(?!,\s+[A-Z])")  # not
        # "His team, Astana, said": the name set beside it is the one meant
        found = list(owned.finditer(self.text, begin, at))
        return self.cast.nominals.owner_campaign(found[-1].start(1), head) if found else ""

    def _named_by_unless_another(self, head: str, at: int) -> str | None:
        """The name "the group" at ``at`` refers back to by its head
        (:func:`organisation_named_by`), unless a body of that kind described since is
        another ("UnitedHealth Group ... the trade group for the Blue Cross plans ... the
        group wrote")."""
        named = organisation_named_by(self.text, head, at, self.cast.surnames())
        where = self.text.rfind(named, 0, at) if named else -1
        if named and where >= 0 and another_described(self.text, head, where + len(named), at):
            return None
        return named

    def _thing_named_before(self, at: int) -> str | None:
        """The name "the company" or "the firm" at ``at`` refers back to when the article
        named it without listing it ("tested by its maker, Corvane Therapeutics. In a news
        release, the company called ..."): the last run of two capitalised words or more
        before ``at``, outside quotations, past the headline and within
        ``ORGANISATION_REACH``, that names a thing, not a person: no listed first name
        opens it, no title is in it, no person the article names is in it, and it is no
        place, unless "it" or "its" stands for it after it in its sentence ("Halvorsen
        Semiconductor on Tuesday unveiled a processor it says ..."). Runs that name a
        person are passed over; a nearer place, or a nearer word alone that may name
        another company ("Valeant", not "Halvorsen's" of "Halvorsen Semiconductor", nor
        a name after "called"), leaves the noun as it is."""
        begin = max(at - ORGANISATION_REACH, self.text.find("\n") + 1)
        people = [p for p in self.cast.people if p.kind == SpeakerKind.PERSON]
        named = {normalise(p.name) for p in people}
        name_words_ = {w for p in people for w in normalise(p.name).split()}
        pieces: list[tuple[list[str], int, int]] = []  # words, start, end
        for run in WORD_RUN.finditer(self.text, begin, at):
            if self._inside_quotation(run.start()):
                continue  # words inside a quotation
            piece: list[str] = []
            start = run.start()
            for word in re.finditer(r"\S+", run.group(0)):
                if not piece:
                    start = run.start() + word.start()
                piece.append(word.group(0))
                if word.group(0).endswith(".") and not nlp.is_abbreviation(word.group(0)[:-1]):
                    pieces.append((piece, start, run.start() + word.end()))  # "Corvane
                    piece = []  # Therapeutics. In": a sentence ends inside the run
            if piece:
                pieces.append((piece, start, run.end()))
        alone: set[str] = set()  # words alone nearer than the run: other companies?
        alone_at: list[int] = []  # where they start
        for words, start, end in reversed(pieces):
            words = [POSSESSIVE_END.sub("", w) for w in words]
            words = [w if nlp.is_abbreviation(w.rstrip(".")) else w.rstrip(".") for w in words]
            before = self.text[max(0, start - 12) : start].split()
            opening = (
                not before
                or before[-1][-1:] in ".!?\u201d\"'"
                or self.text[max(0, start - 12) : start].rstrip(" \t\xa0").endswith("\n")
            )  # a sentence's or a paragraph's first word
            if opening and words and words[0].lower() in lexicons.function_words():
                words.pop(0)  # "In Tuesday's filing", "The Associated Press"
                opening = False
            previous = before[-1].lower() if before else ""
            if not words or any(w.isupper() and len(w) > 3 for w in words):
                continue  # a dateline in capitals ("SAN JOSE")
            if words[-1].endswith(nlp.DEMONYM_ENDINGS) and LOWER_NEXT.match(self.text, end):
                continue  # "Japanese and South Korean competitors": whence, no name
            if len(words) == 1:
                word = words[0]
                if not (
                    opening
                    and nlp.is_frequent_word(word)
                    or normalise(word) in name_words_
                    or nlp.is_first_name(word)
                    or word in MONTHS
                    or word.lower() in WEEKDAYS
                    or previous in NAMING_WORDS
                    or nlp.gazetteer_marks([word]) == ["LOC"]
                ):
                    told = SENTENCE_END_AFTER.search(self.text, end)  # its sentence's end
                    past = told.end() if told else len(self.text)
                    if named_as_company(self.text, end, opening, its_after(self.text, end)) and all(
                        s < past for s in alone_at
                    ):  # nearer words alone only in its
                        return word  # own sentence: "Alphabet, the parent company of Google,"
                    alone.add(word)
                    alone_at.append(start)
                continue
            if nlp.is_first_name(words[0]) or any(lexicons.is_title_word(w) for w in words):
                continue  # "Anjali Mehta", "Gov. Reed": a person
            name = " ".join(words)
            key = normalise(name)
            if any(f" {n} " in f" {key} " for n in named) and not its_after(self.text, end):
                continue  # "Mondelez CEO Irene Rosenfeld": a person's name in it
            if previous == "in" or all(m == "LOC" for m in nlp.gazetteer_marks(words)):
                return None  # "New Hampshire", "in Chapel Hill": a place, nearer
            if words[-1] in PLACE_HEADS:
                return None  # "Hermenegildo Galeana Street"
            if alone - set(words):
                return None  # "Valeant" after "Pershing Square Capital Management"
            return name
        return None

    def _start_if_says_i(self, start: int, end: int, cue_span: Span) -> int | None:
        """Does the quotation that the noun phrase at ``start:end`` speaks, the one closing
        right before it ("“...,” the teenager said") or opening right after its cue ("the
        teenager said: “...”"), speak in the first person singular ("I", "my", "me")? Only
        a person says "I": the phrase is someone, whatever its noun. Where the sentence
        starts (its quotation's opening mark or the phrase) if so; None otherwise. The
        quotations are the article's, as :func:`core.quotes.scan` pairs their marks."""
        before = self._quote_before_phrase(start, end, cue_span)
        if before is not None and SINGULAR_I.search(before.span.of(self.text)):
            return before.opener
        after = self._quote_opening_at(max(cue_span.end, end))
        return start if after is not None and SINGULAR_I.search(self._read_of(after)) else None

    def _quote_before_phrase(
        self, start: int, end: int, cue_span: Span, any_mark: bool = False
    ) -> QuotedSpan | None:
        """The quotation closing right before the noun phrase at ``start:end``
        (:meth:`_quote_closing_at`), unless words stand between the phrase and a cue after
        it: the phrase speaks that quotation ("“...,” the skip said")."""
        before = self._quote_closing_at(start, any_mark)
        if before is not None and cue_span.start > end and self.text[end : cue_span.start].strip():
            return None
        return before

    def _inside_quotation(self, at: int) -> bool:
        """Does the character at ``at`` stand inside one of the article's quotations?"""
        return any(q.opener <= at < q.after for q in self._quoted)

    def _tagged_outside_quotations(self, start: int, end: int) -> list[Token]:
        """The tagged words from ``start`` to ``end``, those inside a quotation left out."""
        return [t for t in self.tagged(start, end) if not self._inside_quotation(t.span.start)]

    def _quote_closing_at(self, at: int, any_mark: bool = False) -> QuotedSpan | None:
        """The quotation in double marks that closes right before ``at`` (spaces between,
        no line break), when :meth:`_read_of` reads it whole; with ``any_mark``, any
        quotation closing there (''...'' too), however long."""
        k = bisect_left(self._quoted, at, key=lambda q: q.opener) - 1
        q = self._quoted[k] if k >= 0 else None
        if q is None or q.after > at or not LINE_SPACE.fullmatch(self.text, q.after, at):
            return None
        if any_mark:
            return q
        if self.text[q.opener] not in '"\u201c' or self.text[q.closer : q.after] not in '"\u201d':
            return None  # a single mark's quotation, or one closed with ''
        return q if len(self._read_of(q)) == q.span.end - q.span.start else None

    def _quote_opening_at(self, at: int) -> QuotedSpan | None:
        """The quotation in double marks that opens right after ``at``: after spaces and
        a comma or colon at most ("said: “...", "said, “...")."""
        opens = BEFORE_OPENING.match(self.text, at).end()
        k = bisect_left(self._quoted, opens, key=lambda q: q.opener)
        q = self._quoted[k] if k < len(self._quoted) else None
        if q is None or q.opener != opens or self.text[opens] not in '"\u201c':
            return None
        return q

    def _read_of(self, q: QuotedSpan) -> str:
        """The words of ``q`` :meth:`_start_if_says_i` reads: up to a double mark nested in it
        and at most ``SAID_AS_I_READ`` characters."""
        words = self.text[q.span.start : min(q.span.end, q.span.start + SAID_AS_I_READ)]
        nested = DOUBLE_MARK.search(words)
        return words[: nested.start()] if nested else words

    def _start_if_epithet(
        self, words: list[Token], start: int, end: int, cue_span: Span
    ) -> int | None:
        """Is the phrase an epithet, a noun for a person by trade or by sex with words of
        its own before it ("the real estate developer", "the former first lady"): a head
        that ``lexicons.agent_noun``, WordNet's ``person_nouns`` or ``noun_gender`` gives a
        person? Then it speaks as someone, as a phrase saying "I" does (see
        :meth:`_start_if_says_i`), and is read only as the subject of the sentence just before:
        where its sentence starts (the quotation closing right before it, or the phrase)
        if so; None otherwise. A bare "the developer" may be someone never named; "the
        ad's narrator" is someone's."""
        head = words[-1].text
        if any(POSSESSIVE_INSIDE.fullmatch(w.text) for w in words):
            return None  # "the ad's narrator": a relation, not an epithet
        if len(words) < 3 or not (
            head in lexicons.person_nouns() or lexicons.agent_noun(head) or noun_gender(head)
        ):
            return None
        before = self._quote_before_phrase(start, end, cue_span, any_mark=True)
        return before.opener if before is not None else start

    def _subject_just_before(self, at: int | None, pronoun: bool = False) -> Person | None:
        """The person the sentence right before the one starting at ``at`` has as its
        subject, if any (no other sentence between them); with ``pronoun``, also the one
        a subject "he" or "she" refers to."""
        if at is None:
            return None
        found = self.cast.subject_before(at, pronoun)
        if found is None or self.text[found.sentence.end : at].strip(" \n\"\u201d\u2019'"):
            return None
        return found.person

    def _start_if_noun_says_i(
        self, words: list[Token], name: tuple[int, int], cue_span: Span
    ) -> int | None:
        """Is the name read in "the Briton" one capitalised word last after "the", no
        listed first name nor the surname of anyone the article names, in a phrase that
        speaks a quotation in the first person singular? Then it is a noun for the person,
        as "the Texan" is, not a name: where its sentence starts (see :meth:`_start_if_says_i`);
        None otherwise."""
        n0, n1 = name
        word = words[n0].text
        if not (
            n0 >= 1
            and n1 == n0 + 1 == len(words)
            and words[0].text.lower() == "the"
            and word.isalpha()
            and not nlp.is_first_name(word)
            and word not in self.cast.surnames()
        ):
            return None
        return self._start_if_says_i(words[0].span.start, words[-1].span.end, cue_span)

    def _roles_at(self, start: int, end: int) -> list[str]:
        """The roles given at the mention ``start``-``end``, read once per mention (the
        nominal readers ask again for each noun they weigh)."""
        roles = self._mention_roles.get((start, end))
        if roles is None:
            roles = self._mention_roles[start, end] = tuple(mention_roles(self.text, start, end))
        return list(roles)

    def _clause_antecedent(
        self, before: list[Token], pronoun: Token, new_only: bool = False
    ) -> Person | None:
        """ "Ban Ki-moon condemned what he called ...": a pronoun after the subject of
        its own sentence refers to that subject when the gender allows. ``new_only``:
        only a person the subject names for the first time ("Trump isn't a conservative,
        he said": he is not Trump; "Former Rep. Chris Shays was pro Kasich, he said": he
        is Shays)."""
        subject = clause_subject(before)
        if subject is None and self._opening is not before:
            before = self._opening  # "Trump took to Twitter ... and ... what he called"
            subject = clause_subject(before)
        if subject is None or before[subject[0]].text.lower() in SUBJECT_PRONOUNS:
            return None
        words = before[subject[0] : subject[1]]
        if name_tokens(words) is None:
            return None
        with self.cast.hypothetical():  # the subject's own mention counts where it stands
            person = self._resolve(before, subject, "", pronoun.span).person
        gender = PRONOUN_GENDER.get(pronoun.text.lower())
        wanted = SpeakerKind.ORGANISATION if pronoun.text.lower() == "it" else SpeakerKind.PERSON
        if person is None or person.kind != wanted:
            return None  # "the Security Council ... what it called": the council
        if gender and person.gender not in (None, gender):
            return None
        first = self.cast.first_named(person)
        if new_only and (not person.full or first is None or first < words[0].span.start):
            return None
        person.bind_gender(gender)  # "Obama said he expected": he is a man
        self.cast.mention(pronoun.span.start, person)
        return person

    def owner_speaking(self, span: Span) -> Person | None:
        """The owner a chosen speaker phrase at ``span`` stands for when it is a thing of
        theirs (:func:`nominals.owned_thing`: "His assumption was that “...”"):
        who "his" or "her" is, read as :meth:`_possessive` reads it; None otherwise."""
        sentence = self.cast.sentence_at(span.start)
        start = sentence.start if sentence is not None else span.start
        tokens = self.tagged(start, span.end)
        k = next((n for n, t in enumerate(tokens) if t.span.start == span.start), None)
        if k is None or not owned_thing(tokens[k:]):
            return None
        with self.cast.hypothetical():
            return self._possessive(tokens[:k], tokens[k])

    def _race_side(self, tokens: list[Token], i: int, at: int) -> Person | None:
        """The side of a race the nominal ``tokens[i:i + 2]`` at ``at`` means: "his
        opponent", "her rival" the other side from whom the possessive is taken to mean
        (read as a pronoun, remembered only if a side is found); "the challenger" the one
        the article sets against the seat's holder (:meth:`NominalResolver.challenger`)."""
        first, head = tokens[i].text.lower(), tokens[i + 1].text.lower()
        if first == "the":
            return self.cast.nominals.challenger(at) if head == "challenger" else None
        if first not in {"his", "her"}:
            return None
        with self.cast.hypothetical() as withheld:
            person = self.cast.nominals.opponent(self._possessive(tokens[:i], tokens[i]), at)
        if person is not None:
            self.cast.keep(withheld)
        return person

    def _possessive(self, before: list[Token], pronoun: Token) -> Person | None:
        """The person a possessive "his" or "her" after the words ``before`` stands for:
        the name opening its clause (:meth:`_possessive_subject`), else as a pronoun."""
        return self._possessive_subject(before, pronoun) or self._pronoun(pronoun)

    def _possessive_subject(self, before: list[Token], pronoun: Token) -> Person | None:
        """ "... and Trump stood by his comment that “...”": a possessive "his" or "her"
        is the name that opens its own clause when the gender allows and only a few words
        with no other noun phrase that may be a person stand between ("Rubio mocked the
        front-runner for his ...", "Clinton told Trump his ...": left to recency). Read
        from the tags of the name only, as the tagger may take the verb for a noun."""
        gender = PRONOUN_GENDER.get(pronoun.text.lower())
        span = clause_opening_name(before)
        if gender is None or span is None:
            return None
        with self.cast.hypothetical():
            person = self._resolve(before, span, "", pronoun.span).person
        if person is None or person.kind != SpeakerKind.PERSON:
            return None
        if person.gender not in (None, gender):
            return None
        self.cast.mention(pronoun.span.start, person)
        return person

    def _pronoun(self, token: Token) -> Person | None:
        word = token.text.lower()
        if word == "it":  # "“...,” the company wrote. It added, “...”": the company
            verb = IT_VERB.match(self.text, token.span.end)
            if verb is None or verb.group(1) not in lexicons.cue_forms():
                return None  # "it is possible this could shape the “provisional” role"
            it = self.cast.groups.organisation_before(word, token.span.start, ORGANISATION_REACH)
            if it is None:
                it = self.authorship.document_before(token.span.start)  # "“…,” the report says"
                if it is not None and it.kind != SpeakerKind.ORGANISATION:
                    return it  # the document's writer, not a mention to carry on
            if it is None and self._opens_clause(token.span.start):
                it = self._thing_before(token.span.start)
                if it is not None and it.kind == SpeakerKind.PERSON:
                    return it  # a document's writer, as above
            elif it is None:
                it = self._thing_in_sentence(token.span.start)
            if it is not None:
                self.cast.mention(token.span.start, it)
            return it
        if word in FIRST_PERSON:
            return self._answering(token.span.start) if word == "i" else None
        pair = self.cast.pairs.pair_named_before(token.span.start) if word == "they" else None
        if word == "they" and (pair := pair or self.cast.pairs.couple_before(token.span.start)):
            self.cast.mention(token.span.start, pair)
            return pair  # "The firm's founders, Ada Roe and Al Poe, ... “…,” they said"
        if word == "they" and (group := self._group_before(token.span.start)) is not None:
            self.cast.mention(token.span.start, group)
            return group  # "Analysts at Raymond James were not so sure. “…,” they wrote"
        person = self.cast.pronouns.pronoun(word, token.span.start)
        if person is not None:
            self.cast.mention(token.span.start, person)
        return person

    def _people_named_before(self, at: int, reach: int = 2) -> str | None:
        """What "them" in "one of them said" at ``at`` stands for: the first noun phrase for
        people in the nearest of the ``reach`` sentences before the one holding ``at``
        that has one, not looking past a sentence that quotes someone ("...,
        according to two employees who were laid off. “...,” one of them said": "two
        employees who were laid off"); None if there is none."""
        sentences = self.cast.sentences()
        k = bisect_left(sentences, at, key=lambda s: s.end)
        for sentence in reversed(sentences[max(0, k - reach) : k]):
            written = self.text[sentence.start : sentence.end]
            if "\n" not in self.text[sentence.end : at] and written[:1] in OPENERS:
                continue  # the quotation the cue closes, split off as a sentence of its own
            if any(c in OPENERS for c in self.text[sentence.start : sentence.end]):
                return None  # another's words stand between
            tokens = self.tagged(sentence.start, sentence.end)
            if (people := people_phrase(tokens)) is not None:
                p, q = people
                return self.text[tokens[p].span.start : tokens[q - 1].span.end]
        return None

    def _pair_nominal(self, words: list[Token], start: int) -> Person | None:
        """The first of the pair a definite plural nominal at ``start`` means ("the two
        officials", "both senators", "the brothers", "the pair", "the couple"; see
        :meth:`PairResolver.pair_meant`), else None."""
        said = [w.text.lower() for w in words]
        head = head_word(words).lower()
        if said[0] not in ("the", "both"):
            return None
        if said in (["the", noun] for noun in PAIR_NOUNS):
            return self.cast.pairs.pair_meant(start, said[1])
        gender = plural_gender(words)  # "the brothers", "both women"
        if not plural_head(words) or not (gender or person_noun(head) or lexicons.agent_noun(head)):
            return None
        return self.cast.pairs.pair_meant(start, said[-1], gender)

    def _group_before(self, at: int) -> Person | None:
        """ "Analysts at Raymond James were not so sure. “...,” they wrote": the people a
        speaking "they" at ``at`` stands for, where the sentence right before it in its
        paragraph (no quotation between) has for subject a plural noun for people
        ("analysts", "residents", "the researchers"); None otherwise, left to recency."""
        sentences = self.cast.sentences()
        k = bisect_left(sentences, at, key=lambda s: s.end)  # the sentence holding "they"
        if k == 0:
            return None
        sentence = sentences[k - 1]
        if "\n" in self.text[sentence.end : at]:
            return None
        if any(c in OPENERS for c in self.text[sentence.start : sentence.end]):
            return None  # a sentence quoting someone: its own speaker, not a group before
        tokens = self.tagged(sentence.start, sentence.end)
        subject = clause_subject(tokens)
        if subject is None:
            return None
        words = tokens[subject[0] : subject[1]]
        if not plural_head(words):
            return None
        gender = plural_gender(words)
        people = gender is not None or person_noun(head_word(words))
        if people and opens_with_both(words) and (pair := self.cast.pairs.both_before(gender, at)):
            return pair  # "Both women dismissed the criticism. “…,” they said": the two
        if not person_noun(head_word(words)):
            return None
        verb = tokens[min(skip_right(tokens, subject[1]), len(tokens) - 1)]
        with self.cast.hypothetical():
            group = self._resolve(tokens, subject, verb.text, verb.span).person
        if group is not None and group.kind != SpeakerKind.PERSON:
            return self.cast.groups.group(group.name, group.kind, at)
        words_text = self.text[words[0].span.start : words[-1].span.end]
        return self.cast.groups.group(words_text, SpeakerKind.ANONYMOUS, at)  # not the firm's
        # name read as a person's ("Raymond James"): the people the plural noun heads

    def _opens_clause(self, at: int) -> bool:
        """Does the word at ``at`` open its sentence's main clause, after at most an
        opening word, a phrase opened by a preposition or the quotation the sentence
        begins with ("It added", "But it said", "In cases of abortion, it said", "“...,”
        it read"), not a clause inside it ("what it calls", "a race that it says")?"""
        sentence = self.cast.sentence_at(at)
        start = sentence.start if sentence is not None else at
        for q in self._quoted:
            if q.opener < at and q.after > start:
                start = max(start, q.after)  # a quotation the sentence opens or ends in
        words = re.findall(r"\w+", self.text[start:at])
        if len(words) <= 1 and all(w.lower() in OPENING_WORDS for w in words):
            return True
        tokens = self.tagged(start, at)
        return (
            bool(tokens)
            and tokens[0].tag == "IN"
            and not any(t.tag in FINITE_TAGS or t.tag in {"WDT", "WP"} for t in tokens)
        )

    def _thing_before(self, at: int) -> Person | None:
        """ "The email was sent at 7:19 p.m. ... “...,” it reads.": what a speaking "it"
        at ``at`` stands for when no organisation is named in reach, the last subject
        before it, in its paragraph or the one before, that is not a person: an
        organisation or a thing (a letter, a memo, a lawsuit, a newspaper). A subject
        "it" the article has read as something is that thing again; a sentence whose
        subject is a person or another pronoun is passed over; a sentence opening with
        a quotation is read after it ("“...,” the newspaper admitted."). A thing whose
        sentence names its writer is noted with them (:meth:`Authorship.note_writer`)."""
        end = self.text.rfind("\n", 0, at)  # the break before the pronoun's paragraph
        while end > 0 and self.text[end - 1] in "\n \t":
            end -= 1
        begin = self.text.rfind("\n", 0, max(end, 0)) + 1  # the paragraph before's start
        sentences = self.cast.sentences()
        k = bisect_left(sentences, at, key=lambda s: s.end)
        for sentence in reversed(sentences[max(0, k - THING_SENTENCES) : k]):
            if sentence.start < begin:
                return None  # past the paragraph before
            thing = self._subject_thing(sentence.start, sentence.end, at)
            if thing is None and sentence is sentences[k - 1]:
                thing = self._object_thing(sentence.start, sentence.end, at)
            if thing is not None:
                return thing
        return None

    def _object_thing(self, start: int, end: int, at: int) -> Person | None:
        """ "Dawson lifted a sign of her own. “...,” it read.", "..., Bujnowski wrote in
        the affidavit. It continued:": when the subject of the sentence just before a
        speaking "it" is a person, the first noun phrase after its main verb (past a
        preposition) may be what speaks: a singular common noun, no person, no time;
        else None."""
        tokens = self._tagged_outside_quotations(start, end)
        subject = clause_subject(tokens)
        if subject is None:
            return None
        k = skip_right(tokens, subject[1])
        verb = next((n for n in range(k, len(tokens)) if tokens[n].tag in FINITE_TAGS), None)
        if verb is None:
            return None
        named = tokens[subject[1] - 1]
        if not (named.text[:1].isupper() or named.tag == "PRP"):
            return None  # a person named or "he", not "Rubio's press release"
        with self.cast.hypothetical():
            doer = self._resolve(tokens, subject, tokens[verb].text, tokens[verb].span).person
        if doer is None or doer.kind != SpeakerKind.PERSON:
            return None  # a person who did something with a thing; not "The memo seemed
            # aimed at bolstering the validity": the memo, if anything
        n = verb + 1
        while n < len(tokens) and (
            tokens[n].tag in {"RB", "IN", "CC"} or tokens[n].tag[:2] == "VB"
        ):
            n += 1  # "triumphantly lifted", "wrote in", "smiled and lifted"
        if n >= len(tokens) or tokens[n].tag not in {"DT", "PRP$", "JJ", "NN"}:
            return None
        np = np_after(tokens, n)
        if np is None:
            return None
        cut = next((n for n in range(np[0] + 1, np[1]) if tokens[n].tag == "IN"), np[1])
        if cut < len(tokens) and tokens[cut].tag == "CC":
            return None  # "a television and radio ad": the head is further on
        words = tokens[np[0] : cut]  # "a letter to the board": the letter
        head = next((t for t in reversed(words) if t.tag.startswith("NN")), None)
        if (
            head is None
            or head.tag != "NN"
            or plural_head(words)
            or person_noun(head_word(words))
            or head.text.lower() in TIME_NOUNS | AGO_UNITS  # "within the hour"
        ):
            return None
        first = np[0] + (tokens[np[0]].text.lower() in {"a", "an"})  # "a letter": the letter
        last = next(n for n in range(np[1] - 1, np[0] - 1, -1) if tokens[n] is head)
        with self.cast.hypothetical():  # "a sign of her own": the sign
            thing = self._resolve(tokens, (first, last + 1), "", tokens[verb].span).person
        if thing is None or thing.kind == SpeakerKind.PERSON:
            return None
        found = self.cast.groups.group(thing.name, thing.kind, at)
        if tokens[verb].text.lower() in WROTE_IN_VERBS and tokens[verb + 1].text == "in":
            self.authorship.note_writer(found, doer)  # "Bujnowski wrote in the affidavit.
            # It continued:": his words
        return found

    def _thing_in_sentence(self, at: int) -> Person | None:
        """ "The paper notes ..., and it says “...”", "The charter makes no mention of
        it, although it does say that ...", "The group seeks ... what it calls “...”": a
        speaking "it" inside its sentence, after the sentence's subject, stands for that
        subject when it is a thing (read as :meth:`_subject_thing` reads one)."""
        sentence = self.cast.sentence_at(at)
        if sentence is None or re.search(r"\bwhere\s+$", self.text[sentence.start : at], re.I):
            return None  # "a passage from the Koran where it states": the passage's, or
            # what holds it; "where" makes the noun before it a place "it" speaks in
        return self._subject_thing(sentence.start, at, at)

    def _subject_thing(self, start: int, end: int, at: int) -> Person | None:
        """The subject of the words from ``start`` to ``end`` (quotations left out) when
        it is something a speaking "it" at ``at`` may stand for: a subject "it" the
        article has read as something, or a noun phrase whose head is a singular noun
        and no person, resolved to no person, or a document resolved to its writer; else
        None. A sentence whose subject is a person or another pronoun ("they", "he",
        "there", "this") gives none."""
        tokens = self._tagged_outside_quotations(start, end)
        subject = clause_subject(tokens)
        if subject is None:
            return None
        first = tokens[subject[0]]
        if first.text.lower() == "it":
            found = self.cast.person_at(first.span.start)  # not one read as no one
            return found if found is not None and found.kind != SpeakerKind.PERSON else None
        if first.tag in {"PRP", "WP", "EX", "DT"} and subject[1] - subject[0] == 1:
            return None  # "they", "he", "there", "this"
        if (owned := self._owned_of(tokens, subject, at)) is not None:
            return owned
        if first.text.lower() in INDEFINITE_PRONOUNS:
            return None  # "Everyone else combined for 39 percent": people, or no one
        words = tokens[subject[0] : subject[1]]
        head = next((t for t in reversed(words) if t.tag.startswith("NN")), words[-1])
        if (
            head.tag not in {"NN", "NNP"}
            or re.fullmatch(r"[A-Z]{2,}s", head.text)
            or plural_head(words)
            or person_noun(head_word(words))
        ):
            return None  # "Two Americans were killed", "The PACs", "the senator": no "it"
        verb = tokens[min(skip_right(tokens, subject[1]), len(tokens) - 1)]
        with self.cast.hypothetical():
            thing = self._resolve(tokens, subject, verb.text, verb.span).person
        if thing is not None and thing.kind == SpeakerKind.PERSON:  # "The letter, signed by
            document = head_word(words) in DOCUMENT_NOUNS | lexicons.speech_nouns()  # Mayor
            if document:  # Tom Edwards, ...": its writer's words
                return thing
            if self._called_it(thing, words[-1].span.end, end):
                return self.cast.groups.group(thing.name, SpeakerKind.ORGANISATION, at)
            return None
        found = thing and self.cast.groups.group(thing.name, thing.kind, at)
        if found is not None and (writer := self.authorship.passive_writer(tokens, subject)):
            self.authorship.note_writer(found, writer)  # "The email ... was sent ... by Ned
            # Orr": his words
        return found

    def _owned_of(self, tokens: list[Token], subject: tuple[int, int], at: int) -> Person | None:
        """ "The (presidential) campaign of Gov. Alden Carver said ...": a subject whose
        head is what a person owns that speaks (:data:`OWNED_HEADS`), then "of" and that
        person's name, is the owner's campaign, named as "his campaign" would be ("Carver
        campaign", :meth:`Cast.owned_name`); None for any other subject."""
        words = tokens[subject[0] : subject[1]]
        of = next((n for n, t in enumerate(words) if t.text == "of"), 0)
        head = words[of - 1].text.lower() if of >= 2 else ""
        if words[0].text.lower() != "the" or head not in OWNED_HEADS:
            return None
        if of > 3 or any(t.tag not in {"JJ", "NN"} for t in words[1:of]):
            return None  # "the campaign of", "the presidential campaign of" only
        with self.cast.hypothetical():
            owner = self._resolve(tokens, (subject[0] + of + 1, subject[1]), "", words[0].span)
        person = owner.person
        if person is None or person.kind != SpeakerKind.PERSON or not person.full:
            return None
        name = self.cast.owned_name(person, head)
        return self.cast.groups.group(name, SpeakerKind.ORGANISATION, at)

    def _called_it(self, thing: Person, named: int, end: int) -> bool:
        """Is ``thing``, read as a person, a name its own sentence calls "it" ("Acme
        Pharmaceuticals said on Friday that it would cut ...", "Earthguard, an
        environmental group, said it would sue"): the first third-person pronoun after the
        name ending at ``named``, before ``end``, is "it" or "its", the name is of no
        known sex and opens with no listed first name or title? Then it is an
        organisation, which a speaking "it" after it may stand for."""
        first = thing.name.split()[0]
        return (
            thing.gender is None
            and not thing.roles
            and not nlp.is_first_name(first)
            and not lexicons.is_title_word(first)
            and its_after(self.text, named, end)
        )

    # ---- sieve 5: the subject of the quotation's sentence
    def _subject(self, frame: Frame) -> Mention | None:
        """ "Mr. Obama expressed a deep regret for “...”": the sentence's subject."""
        return None if frame.quote_only else self._frame_subject(frame)

    def _frame_subject(self, frame: Frame) -> Mention | None:
        """The subject of the frame's opening clause and its verb, found once."""
        if frame.subject is not None:
            return frame.subject or None
        frame.subject = self._find_subject(frame) or False
        return frame.subject or None

    def _local_subject(self, frame: Frame, index: int) -> Mention | None:
        """The subject of the clause just before the frame's quotation ``index`` ("The
        book accuses Bob of treating the contractors like “...”"), found once."""
        if index >= len(frame.stretches):
            return None
        if index not in frame.local_subjects:
            tokens = frame.stretches[index]
            subject = last_clause_subject(tokens)
            subject = opening_past_aside(tokens, subject) or subject
            mention = None
            if subject is not None and tokens[subject[0]].text.lower() == "it":
                subject = extraposed_subject(tokens, subject[1]) or subject
            if subject is not None:
                verb = tokens[min(skip_right(tokens, subject[1]), len(tokens) - 1)]
                with self.cast.hypothetical():
                    mention = self._resolve(tokens, subject, verb.text, verb.span)
            frame.local_subjects[index] = mention
        return frame.local_subjects[index]

    def _find_subject(self, frame: Frame) -> Mention | None:
        tokens = frame.stretches[0] if frame.stretches else []
        subject = clause_subject(tokens)
        if subject is None:
            return None
        if tokens[subject[0]].text.lower() == "it":
            subject = extraposed_subject(tokens, subject[1]) or subject
        verb = tokens[skip_right(tokens, subject[1])] if subject[1] < len(tokens) else None
        if verb is None:
            return None
        return self._resolve(tokens, subject, verb.text, verb.span)

    # ---- choosing among the frame's cues, and the neighbours
    def _fronted_holder(self, frame: Frame, q: QuotedSpan) -> Mention | None:
        """The cue's mention of a fronted subordinate clause that ``q`` closes ("After X
        told reporters that he would “...,” the White House called": X, not the main
        clause's verb after the quotation; "When someone in the audience shouted, “Cruz,”
        Beck joked": someone): the grammar decides, so the model is not asked (the cue
        sieve's choice, sure)."""
        if not frame.mentions:
            return None
        held = frame.cues.last_before(q)
        if held is None or not fronted_clause_closes(self.text, frame.span.start, held, q):
            return None
        return held

    def _choose(self, frame: Frame, q: QuotedSpan, held: Mention | None) -> Mention | None:
        if held is not None:
            return held  # a fronted clause's cue (:meth:`_fronted_holder`)
        if not frame.mentions:
            return None
        cues = frame.cues
        nearest = cues.nearest(q)
        if nearest is None:
            return None
        if nearest.cue_span.end <= q.opener and not nearest.governs:
            # "he emphasized that ... all member states agreed “clearly”": the outer cue
            outer = cues.first_governing(ending_by=nearest.cue_span.start)
            if (
                outer is not None
                and not any(
                    outer.cue_span.end <= other.opener < nearest.cue_span.start
                    for other in frame.quotes
                )  # "After X said that “...”, Y said: “...”": Y's clause is not X's
                and not self._in_subject_aside(outer, nearest)
            ):
                return outer
        return nearest

    def _in_subject_aside(self, inner: Mention, mention: Mention) -> bool:
        """Does ``inner`` stand in an aside set off between ``mention`` and its cue
        ("Okafor, 54, a retired teacher whose son says she is right, told")? Its cue is
        the aside's own, and governs nothing of the main clause."""
        opening = self.text[mention.span.end : inner.span.start].lstrip()
        closing = self.text[inner.cue_span.end : mention.cue_span.start]
        return (
            mention.span.end <= inner.span.start
            and opening[:1] in {",", *DASHES}
            and ASIDE_CLOSE.search(closing) is not None
        )

    def _main_clause_speaker(self, frame: Frame, index: int, mention: Mention) -> Mention | None:
        """The subject of the main clause that holds the frame's quotation ``index`` when
        the cue sieve's ``mention`` stands in a clause set off before it: a fronted
        subordinate clause ("While Sullivan proclaims the article a “...,” Clinton fixates
        on the “pivot” line") or a relative clause in a fronted phrase ("in a clip that
        Judge Mosman called “distasteful,” Santilli expressed a desire to “...”"). That
        clause's verb says nothing of the quotation; the main clause's subject, a person
        or organisation, uses its words. Not "As X noted, ...": X's words follow."""
        local = self._local_subject(frame, index)
        if local is None or local.person is None or local.person is mention.person:
            return None
        if local.person.kind not in {SpeakerKind.PERSON, SpeakerKind.ORGANISATION}:
            return None
        if not mention.cue_span.end <= local.span.start < frame.quotes[index].opener:
            return None
        if "," not in self.text[mention.cue_span.end : local.span.start]:
            return None
        tokens = self.tagged(frame.span.start, mention.span.start)
        words = [t.text.lower() for t in tokens]
        if mention.subordinate:
            return local if words and words[-1] != "as" else None
        k = next((n for n in range(len(words) - 1, 0, -1) if words[n] in {"that", "which"}), None)
        if k is None or tokens[k - 1].tag not in {"NN", "NNS"}:
            return None
        return local if all(t.tag in nlp.PROPER_TAGS for t in tokens[k + 1 :]) else None

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

    def _named_next(self, para_frames: list[Frame], position: int, q: QuotedSpan) -> Mention | None:
        """For a quotation standing alone as its sentence: the speaker the sentence after it
        names pointing back at it (:func:`core.named_after.speaker_named_after`: "“...”
        That was the message from X", "“...” The quip came from X", "“...” / So said X"),
        in its paragraph or, after a paragraph of quotation alone, the next one's first."""
        frame = para_frames[position]
        if q is not frame.quotes[-1] or not self._stands_alone(frame, q):
            return None
        tail = self.text[q.after : frame.span.end]
        if any(c.isalnum() for c in tail):  # the sentence after, joined to the frame as
            if not self._ends_sentence(q):  # its cue tail: "“...” The quip came from X."
                return None
            tokens, same_paragraph = self.tagged(q.after, frame.span.end), True
        else:
            if position + 1 < len(para_frames):
                following = para_frames[position + 1]
            elif all(self._stands_alone(f) for f in para_frames):
                following = self._next_paragraph
            else:
                return None
            if following is None or following.paragraph > frame.paragraph + 1:
                return None
            end = min((x.opener for x in following.quotes), default=following.span.end)
            tokens = self.tagged(following.span.start, end)
            same_paragraph = following.paragraph == frame.paragraph
        found = speaker_named_after(tokens, same_paragraph)
        if found is None:
            return None
        cue, np = found
        mention = self._resolve(tokens, np, tokens[cue].text, tokens[cue].span)
        person = mention.person
        if (
            person is None
            or person.kind == SpeakerKind.ANONYMOUS
            and thing_phrase(tokens[np[0] : np[1]])
        ):
            return None  # "That was the view from the bridge"
        return mention

    def _ends_sentence(self, q: QuotedSpan) -> bool:
        """Does a sentence end with ``q`` ("...?” The")?"""
        inner = self.text[q.span.start : q.span.end].rstrip()
        return inner[-1:] in ".?!\u2026" and CAPITAL_NEXT.match(self.text, q.after) is not None

    def _stands_alone(self, frame: Frame, last: QuotedSpan | None = None) -> bool:
        """Is the frame its quotations alone (up to ``last``, else all), past a dateline
        or an opening word at most ("LAS VEGAS — “...”", "But “...”")?"""
        if not frame.quotes:
            return False
        scope = frame if last is None else replace(frame, span=Span(frame.span.start, last.after))
        if words_outside(self.text, scope, frame.quotes[0].opener):
            return False
        return (
            frame.quote_only
            or self._opens_frame(frame)
            or dateline_before(self.text[frame.span.start : frame.quotes[0].opener])
        )

    def _subject_before(self, frame: Frame, q: QuotedSpan) -> Mention | None:
        """For a quotation opening its frame: the person the sentence just before it is
        about, when that sentence quotes no one ("Sheriff Bly was unmoved. “We are
        stretched thin.”"); a paragraph break may stand between them."""
        if not frame.quotes or q is not frame.quotes[0]:
            return None
        if not (frame.quote_only or self._opens_frame(frame)):
            return None
        found = self.cast.subject_before(frame.span.start, pronoun=True)
        if found is None:
            return None
        sentence, words, person = found.sentence, found.subject, found.person
        gap = self.text[sentence.end : frame.span.start]
        if (
            gap.strip()
            or gap.count("\n") > 2
            or QUOTE_MARK.search(self.text, sentence.start, sentence.end)
        ):
            return None
        return Mention(words, person, "", words)

    def _opens_frame(self, frame: Frame) -> bool:
        """Does the frame begin with its first quotation, at most a conjunction or an
        adverb before it ("But “...”", "Indeed, “...”")?"""
        if not frame.quotes:
            return False
        before = self.text[frame.span.start : frame.quotes[0].opener]
        words = re.findall(r"\w+", before)
        if len(words) <= 1 and all(w.lower() in OPENING_WORDS for w in words):
            return True
        return self._lead_then_quote(frame)

    def _lead_then_quote(self, frame: Frame) -> bool:
        """Is the frame an adverbial lead (:func:`adverbial_lead`) and its quotations,
        with no words after them ("Then, later that month on CNN: “...”")? Words after
        may name the speaker ("Across town, “...” for the campaign, is Wayne Borders")."""
        if not frame.quotes:
            return False
        opener = min(q.opener for q in frame.quotes)
        if words_outside(self.text, frame, opener):
            return False
        return adverbial_lead(self.tagged(frame.span.start, opener))

    # ---- what counts as a quotation
    def _is_whole(self, q: QuotedSpan) -> bool:
        """Does the quotation end as a sentence does (",", ".", "?", "!", "…")?"""
        inner = self.text[q.span.start : q.span.end].rstrip()
        return inner[-1:] in ",.?!…" if inner else False

    def _introduced_by_colon(self, q: QuotedSpan) -> bool:
        """Does a colon right before the quotation close a clause, not a noun ("he
        grinned: “...”", not "a three-word proclamation: “...”")?"""
        if not self.text[max(0, q.opener - 3) : q.opener].rstrip().endswith(":"):
            return False
        before = [t for t in self.tagged(max(0, q.opener - 60), q.opener) if t.text != ":"]
        return bool(before) and before[-1].tag not in {"NN", "NNS"}

    def _said_with_colon(self, q: QuotedSpan) -> bool:
        """Does a verb of speech, past adverbs, end the running text (no title-case line)
        before the colon that opens the quotation ("she said simply: “Thank God.”"): words
        said, whatever their capitals?"""
        if nlp.in_title_case_line(self.text, q.opener):
            return False
        before = self.tagged(max(0, q.opener - 60), q.opener)
        k = len(before) - 1
        if k < 1 or before[k].text != ":":
            return False
        k -= 1
        while k > 0 and before[k].tag == "RB":
            k -= 1
        return before[k].tag.startswith("VB") and lexicons.is_cue(before, k)

    def _keep(self, frame: Frame, q: QuotedSpan, words: int) -> bool:
        """Is this quoted text something somebody said, rather than a term or a title?

        A quotation standing as its own sentence, or with a cue in its sentence, is. So
        is a longer fragment. A lone quoted word, or a capitalised phrase with no
        punctuation of speech ("The Walking Dead", "Crooked Hillary") with no cue near
        it, names something rather than quotes someone; so does a phrase in title case
        ("Born in the U.S.A."), unless a colon introduces it or it holds two sentences
        (he replied: “Agreed. Park it.”) and is not in a headline's title case. Text
        opened by a mark that closes (a word or punctuation just before it, a space just
        after) is the narrative between two quotations whose marks do not match.
        """
        if between_marks(self.text, q):
            return False
        if frame.quote_only or q.continues or q.continued:
            return True
        inner = self.text[q.span.start : q.span.end].strip()
        heads = [w[:1] for w in inner.split() if len(w) > 3] or [w[:1] for w in inner.split()]
        minor = lexicons.MINOR_WORDS
        titled = (
            inner[:1].isupper()
            and all(map(str.isupper, heads))  # short words: all
            and not any(w.islower() and w.strip(",.?!;:") not in minor for w in inner.split())
        )  # a short word in lower case that title case capitalises ("Here we go"): speech
        if titled and 1 < words <= MIN_UNCUED_WORDS and inner[-1:] not in ",?!":
            spoken = self._introduced_by_colon(q)
            lower = any(w[:1].islower() for w in inner.split())  # not a headline's case
            lower = lower or self._said_with_colon(q)
            if not (lower and (spoken or SENTENCES_WITHIN.search(inner))):
                return False  # "CNN's “New Day.”", "Born in the U.S.A."; not what a colon
                # introduces ("he grinned: “Bring him on.”") nor two sentences ("I've got
                # it. Continue."), unless in title case as a headline ("Sanders: “Of Course”")
        if (
            titled
            and words <= MIN_UNCUED_WORDS
            and inner[-1:] == ","
            and names_a_title(self.text, q)
        ):
            return False  # MSNBC's “Morning Joe,” Graham said ...; not “Judge,” he said
        if names_something(self.text, q):
            return False  # NBC's “Today”, an ad titled “Scam”: a name, not words said
        if frame.mentions or words >= MIN_UNCUED_WORDS:
            return True
        return words > 1 and not (inner[:1].isupper() and inner[-1:] not in ",.?!")


def bare_it(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Is the noun phrase ``tokens[np[0]:np[1]]`` the pronoun "it" alone?"""
    return [t.text.lower() for t in tokens[np[0] : np[1]]] == ["it"]


QUOTE_LED = re.compile(  # "\n\n“I support the pipeline,” |the candidate for governor said":
    r"(?:^|\n)[ \t]*[“\"][^”\"\n]+[,?!]?[”\"][ \t]*$"  # a paragraph opened by the quotation
)
