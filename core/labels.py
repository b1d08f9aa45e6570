"""Labels that name who speaks the words after them: colon labels and transcript turns.

A label is a speaker's name standing before a colon ("Sen. Ann Lee (D-Ore.):", "From
the report:"), a transcript's capitalised turn ("PENCE: ...", "Q:"), a record's
heading ("Partial transcript as follows:") or a label a dash or an ellipsis sets off.
Here is the grammar over tagged tokens that finds the label's name past party tags and
asides, and tells a label from a topic, a headline or a place of saying; and the tests
of a paragraph as a turn (asked, addressed to "you")."""

from __future__ import annotations

import re

from core import lexicons, nlp
from core.cue_frames import Frame, Mention
from core.document import Span, Token
from core.grammar_tags import NOUN_PHRASE_TAGS, spaced_dash, time_word
from core.person_names import title_case
from core.phrases import FINITE_TAGS, RELATIVE_WORDS, holds_name, name_tokens, np_before

RECORD_NOUNS = frozenset({"transcript", "recording", "readout"})  # what holds spoken words
LABEL_BREAKS = frozenset({",", ";", ":", "(", "."})  # where a label before a colon may start
TRANSCRIPT = re.compile(r"[\"\u201c]?([A-Z][A-Z.'\- ]{1,40}|Q|A):\s")  # "PENCE: or “Q:
QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.IGNORECASE)
QUOTED_STRETCH = re.compile(r"[\"\u201c\u00ab\u201e][^\"\u201d\u00bb]*[\"\u201d\u00bb]")  # “...”


def record_heading(tokens: list[Token]) -> int | None:
    """The end of the noun phrase naming a record that ``tokens`` are alone, before a colon
    and an optional "as follows" ("Partial transcript as follows:", "Video Transcript:",
    "A transcript of the call:"); None for any other words."""
    if len(tokens) < 2 or tokens[-1].text != ":":
        return None
    end = len(tokens) - 1
    if end > 2 and [t.text.lower() for t in tokens[end - 2 : end]] == ["as", "follows"]:
        end -= 2
    head = next(
        (n for n in range(end) if tokens[n].text.lower().removesuffix("s") in RECORD_NOUNS),
        None,
    )
    if head is None or not all(t.tag in NOUN_PHRASE_TAGS for t in tokens[:head]):
        return None
    rest = tokens[head + 1 : end]  # "of the call": a complement, no verb
    if rest and (rest[0].text.lower() != "of" or any(t.tag.startswith("VB") for t in rest)):
        return None
    return end


def addresses_you(paragraph: str) -> bool:
    """A paragraph of the article's own words (it opens with no quotation mark) that
    speaks to someone as "you" outside its quotations: the interviewer's, put to the
    interviewee, since a report's narration does not address anyone."""
    if paragraph.lstrip()[:1] in QUOTE_MARKS:
        return False  # a quotation, or one running on from the paragraph before
    return SECOND_PERSON.search(QUOTED_STRETCH.sub(" ", paragraph)) is not None


# the interviewer's "you" as a saying verb's subject: "You said", "you once told", "You've
# called"; the verb is group 1, read against the cue lexicon
YOU_SAID = re.compile(r"\b[Yy]ou(?:['\u2019]ve)?\s+(?:(?:have|had|once|also|\w+ly)\s+)?([a-z]+)\b")


def turn_label(text: str, at: int) -> re.Match[str] | None:
    """The transcript label ("Q:", "A:", "PENCE:"; its name is group 1) that opens the
    paragraph holding offset ``at``, or None."""
    return TRANSCRIPT.match(text, text.rfind("\n", 0, at) + 1)


def question_cites_you(text: str, start: int) -> tuple[Span, Span] | None:
    """The "you" and its verb by which an interview's "Q:" turn gives the quotation opening
    at ``start`` to the one it asks, the subject of a saying verb before it in the turn
    ("Q: You told a farm group last month that you would “...”"): the interviewer quotes
    the interviewee back, so the words are the interviewee's, as an "A:" turn's "I" is.
    None elsewhere."""
    label = turn_label(text, start)
    if label is None or label.group(1) != "Q":
        return None
    before = text[label.end() : start]
    if QUOTE_MARKS.intersection(before.rstrip(' \t"\u201c\u00ab\u201e')):
        return None  # a quotation before it in the turn: its own speaker, or not this one
    cues = lexicons.cue_forms()
    said = next((m for m in YOU_SAID.finditer(before) if m.group(1) in cues), None)
    if said is None:
        return None
    at = label.end()
    return Span(at + said.start(), at + said.start() + 3), Span(
        at + said.start(1), at + said.end(1)
    )


def turn_asked(paragraph: str) -> bool:
    """A paragraph that opens with a transcript's speaker label other than an answer's
    ("Q: Start with the first winter.", "QUARLES: So was it worth it."): a turn of the
    interviewer's, whether or not it ends in a question mark, so the paragraph that is
    one quotation alone after it answers it."""
    match = TRANSCRIPT.match(paragraph)
    return (
        match is not None
        and match.group(1).strip() != "A"
        and not headline_after_label(paragraph, match.end())
    )


def topic_then_quote(text: str, frame: Frame) -> bool:
    """Is the frame a topic label and a quotation, with no other words ("2. On schools:
    “Every teacher ...”")? The label (:func:`_topic_label`) says what the words are
    about, so the quotation stands alone as one with no label would, and takes the
    speaker the paragraphs before give it ("Here are five things he said.")."""
    quotes = sorted(frame.quotes, key=lambda q: q.opener)
    head = text[frame.span.start : quotes[0].opener].rstrip()
    if not head.endswith(":"):
        return False
    cursor = quotes[0].after
    for q in quotes[1:]:
        if any(c.isalnum() for c in text[cursor : q.opener]):
            return False
        cursor = max(cursor, q.after)
    if any(c.isalnum() for c in text[cursor : frame.span.end]):
        return False
    tokens = nlp.tag(nlp.tokenize(text, frame.span.start, frame.span.start + len(head)))
    if any(t.tag[:2] == "VB" or t.tag == "MD" for t in tokens):
        return False
    np = np_before(tokens, len(tokens) - 1)
    return np is not None and _topic_label(tokens, np)


SHOUTED_WORDS = re.compile(r"[ \t]*(?:[A-Z0-9][A-Z0-9'\u2019-]*[ \t]+){2}")  # "WORD WORD "


def headline_after_label(text: str, at: int) -> bool:
    """Does a capitals label's paragraph go on, from ``at`` after its colon, with a
    headline in capitals (two words or more) and then text in lower case ("UN:
    PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX “The United Nations has been ...”")? The
    label is a headline's kicker, no speaker's: a transcript's turn is written in one
    case throughout ("PENCE: We will ...", a transcript in capitals)."""
    shouted = SHOUTED_WORDS.match(text, at)
    if shouted is None:
        return False
    end = text.find("\n", at)
    return re.search(r"[a-z]{3}", text[shouted.end() : end if end >= 0 else len(text)]) is not None


def label_name(label: str) -> str:
    """The name a transcript's speaker label gives: in title case when written in
    capitals, and without the title before it ("MAJ. GEN. HALVORSEN": Halvorsen, "PRESS
    SECRETARY ADEYEMI": Adeyemi, "Sen. Ahern": Ahern; "JOHN MAJOR" keeps its last word)."""
    name = title_case(label) if label.isupper() and len(label) > 1 else label
    words = name.split()
    titled = [
        k
        for k, word in enumerate(words[:-1])
        if lexicons.is_title_word(word) or len(word) > 2 and word.endswith(".")
    ]
    return " ".join(words[titled[-1] + 1 :]) if titled else name


def label_names_no_one(label: str) -> bool:
    """Is a transcript's speaker label an article and a noun for no person, a heading
    ("THE FACTS:" of an AP fact check, "THE BOTTOM LINE:"), not a speaker ("THE
    PRESIDENT:", "THE MODERATOR:")?"""
    words = label_name(label).lower().split()
    if len(words) < 2 or words[0] not in {"the", "a", "an"}:
        return False
    return not any(  # the noun as written and less a plural "s" ("THE ANALYSTS:")
        lexicons.is_role_noun(w) or w in lexicons.person_nouns() or lexicons.agent_noun(w)
        for w in {words[-1], words[-1].removesuffix("s")}
    )


def colon_label(tokens: list[Token]) -> tuple[int, int] | None:
    """The noun phrase before a colon when no verb stands before it in its stretch of
    the sentence ("Sen. Ted Cruz:", "HEADLINE - Frank Newport:", "From the report:"):
    it labels what follows. One ending a clause is its object or adjunct ("makes that
    clear:", "had this to say about his proposal:")."""
    if (named := _name_past_tag_or_aside(tokens)) is not None:
        return named
    np = np_before(tokens, len(tokens) - 1)
    if np is None:
        return None
    dashes = [
        n for n in range(np[0], np[1] - 1) if spaced_dash(tokens, n) or tokens[n].text in ELLIPSES
    ]
    if dashes:  # "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones:": the label after the dash
        np = (dashes[-1] + 1, np[1])
    last = tokens[np[1] - 1]
    before = tokens[np[1] - 2] if np[1] - np[0] > 1 else None
    if (
        before is not None
        and last.text.islower()
        and last.text.endswith(("s", "ed"))
        and (
            before.tag in nlp.PROPER_TAGS
            or before.text[:1].isupper()
            and last.text in lexicons.cue_forms()
        )  # "Lind/JJ adds:": a name the tagger does not know, then a cue
    ):
        np = (np[0], np[1] - 1)  # "Sen. Rupert Vane heckles:", "Mayor Ana Ruiz disagreed:":
        # no name ends in a lower-case word; after a name it is the verb, the name its subject
    word = tokens[np[0]].text.lower()
    if np[1] - np[0] == 1 and word.endswith("ing") and lexicons.is_cue(tokens, np[0]):
        return None  # "..., saying:": a cue whose subject went unfound
    if (
        np[1] - np[0] == 1
        and (tokens[np[0]].tag in {"VBG", "VBN"} or word.endswith(("ing", "ed")))
        and tokens[np[0]].text.islower()
        and np[0] >= 2
        and tokens[np[0] - 1].text == ","
        and (named := np_before(tokens, np[0] - 1)) is not None
        and holds_name(tokens[named[0] : named[1]])
    ):
        np = named  # "Dunmore, smiling:": the participle describes the named one, who speaks
    if (
        np[1] - np[0] > 1
        and lexicons.is_cue(tokens, np[0])
        and not nlp.is_first_name(tokens[np[0]].text)
    ):
        np = (np[0] + 1, np[1])  # "Stated Stone:": a capitalised cue opens the label
    if time_word(tokens[np[0]]):
        # "Here's Clinton in December 1992:": whom the time is of; "later that month on
        # CNN:" labels no one
        at = np[0] - 1
        if at < 1 or tokens[at].text.lower() not in {"in", "on"}:
            return None
        np = np_before(tokens, at)
        if np is None or not holds_name(tokens[np[0] : np[1]]):
            return None
    if _topic_label(tokens, np):
        return None
    for n in range(np[0] - 1, -1, -1):
        token = tokens[n]
        if token.text in LABEL_BREAKS or token.text in ELLIPSES or spaced_dash(tokens, n):
            break
        if _gerund_modifier(tokens, n, np):
            continue  # "Returning officer Graham Pike:", "Acting Mayor Ana Ruiz:"
        if (token.tag[:2] == "VB" or token.tag == "MD") and token.text[:1] not in "'\u2019":
            return None  # not "From Bush's/VBZ Facebook post:"
    return _listed_label(tokens, np) or _label_before_place_of_saying(tokens, np) or np


LABEL_PREPOSITIONS = frozenset({"on", "via", "to", "in", "at", "during"})
SOURCE_PREPOSITIONS = frozenset({"from", "by"})  # "From the report:": whose words follow
PARTY_TAG_WORD = re.compile(r"[DRI](?:-[A-Z][\w.]*)+")  # "D-Texas", "R-N.D", "D-W-Va"


def _name_past_tag_or_aside(tokens: list[Token]) -> tuple[int, int] | None:
    """The name in a label that goes on after it with a party-state tag or an aside set
    off by a comma, and no verb ("Rep. Ana Ruiz, D-Texas, on the vote:", "Gov. Nadine Chu
    (D-Wash.), in a statement:", "Chairman Kent Bradley, R-Texas:", "Sen. Tom Galvin, the
    bill's sponsor:", "Former Gov. Ed Marr, suspending his campaign:", "The White House, in
    a statement:"): the tag is the person's role and the aside says where, when or as what
    they spoke; neither labels the quotation."""
    end = len(tokens) - 1
    if end < 3 or any(t.tag in FINITE_TAGS for t in tokens[:end]):
        return None
    k = _aside_start(tokens, end)
    k = _party_tag_start(tokens, k)
    if k == end:
        return None
    named = np_before(tokens, k)
    if named is None or named[1] != k or not holds_name(tokens[named[0] : named[1]]):
        return None
    return named


def _aside_start(tokens: list[Token], end: int) -> int:
    """Where a verbless aside after a comma that closes a label starts (its comma), or
    ``end``: a phrase of place, time or means ("in a statement", "on CNN", "after the
    meeting"), a participle's ("suspending his campaign") or an apposition ("the bill's
    sponsor")."""
    comma = next((n for n in range(end - 1, 0, -1) if tokens[n].text in LABEL_BREAKS), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= end:
        return end
    first = tokens[comma + 1]
    opens = first.tag in {"IN", "TO", "VBG", "DT", "PRP$"} and first.text.islower()
    return comma if opens and first.text not in RELATIVE_WORDS else end


def _party_tag_start(tokens: list[Token], k: int) -> int:
    """Where a party-state tag just before ``k`` starts (", D-Texas" or "(D-Wash.)"), or
    ``k`` when there is none."""
    tag = k - 2 if k >= 3 and tokens[k - 1].text == "." else k - 1  # "R-Ga" "." ","
    if tag >= 1 and tokens[tag - 1].text == "," and PARTY_TAG_WORD.fullmatch(tokens[tag].text):
        return tag - 1
    if k >= 3 and tokens[k - 1].text == ")":
        opening = next((n for n in range(k - 2, max(k - 5, -1), -1) if tokens[n].text == "("), None)
        if opening is not None and PARTY_TAG_WORD.fullmatch(tokens[opening + 1].text):
            return opening
    return k


def _topic_label(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Is the label's noun phrase the object of a preposition that opens its stretch
    ("2. On schools:", "On the future:", "About the budget:")? The label names what the
    words after it are about, not who said them; only "from" or "by" names a source."""
    n = np[0] - 1
    return (
        n >= 0
        and tokens[n].tag in {"IN", "TO"}
        and tokens[n].text.lower() not in SOURCE_PREPOSITIONS
        and (n == 0 or tokens[n - 1].text in LABEL_BREAKS or spaced_dash(tokens, n - 1))
    )


def _label_before_place_of_saying(
    tokens: list[Token], np: tuple[int, int]
) -> tuple[int, int] | None:
    """ "GOP strategist Ana Navarette on Twitter:", "Trump to Hannity:": a label whose
    person, named by a listed first name, is followed by where or to whom they said it.
    The label ends before the preposition."""
    for n in range(np[0] + 1, np[1] - 1):
        if tokens[n].text in LABEL_PREPOSITIONS:
            person = tokens[np[0] : n]
            if tokens[n - 1].tag in nlp.PROPER_TAGS and any(
                nlp.is_first_name(t.text) and t.tag in nlp.PROPER_TAGS for t in person[:-1]
            ):
                return (np[0], n)
            return None
    return None


def _listed_label(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """ "Morag Strachan-Wilde, chief executive, Lochside Insurance:": a label that lists
    a name and then, set off by commas with no verb, what the person is and where they
    work. The name opening the stretch labels the quotation, not the last item."""
    if np[0] < 2 or tokens[np[0] - 1].text != ",":
        return None
    comma = next(n for n in range(np[0]) if tokens[n].text == ",")
    if comma == 0 or any(t.tag[:2] == "VB" or t.tag == "MD" for t in tokens[: np[0]]):
        return None
    first = np_before(tokens, comma)
    if first != (0, comma) or not holds_name(tokens[:comma]):
        return None
    name = name_tokens(tokens[:comma])
    return first if name is not None and name[1] == comma else None


def _gerund_modifier(tokens: list[Token], n: int, np: tuple[int, int]) -> bool:
    """Is ``tokens[n]``, just before the noun phrase ``np`` that holds a name, a
    capitalised -ing word opening its stretch, which modifies the noun after it
    ("Returning officer Graham Pike", "Acting Mayor Ana Ruiz") rather than governing it
    as a verb ("Explaining the delay:")?"""
    token = tokens[n]
    return (
        n == np[0] - 1
        and (tokens[np[0]].tag in {"NN", "NNS"} or nlp.is_title(tokens[np[0]].text))
        and holds_name(tokens[np[0] : np[1]])
        and token.tag == "VBG"
        and token.text[:1].isupper()
        and (n == 0 or tokens[n - 1].text in LABEL_BREAKS or spaced_dash(tokens, n - 1))
    )


TURN_SPEAKERS = frozenset({"i", "we", "you"})  # the label's voice or its hearer's


def own_cue_over_label(text: str, label: Mention, cued: Mention | None) -> bool:
    """Does a quotation's own cue in a transcript's turn name who spoke it, over the
    turn's ``label``? An interview's answer's cue does ("A: As my predecessor said"); a
    named speaker's turn's cue does when it names a third voice ("WEXFORD: ... the
    union's president called me and said, “...”", "ABUELO: Their newsletter called it
    “...”"), not the turn's own "I" or its hearer's "you"."""
    written = label.span.of(text)
    if written == "A":
        return True
    if cued is None or written == "Q" or cued.person is label.person:
        return False
    if cued.span.start < label.span.end and label.span.start < cued.span.end:
        return False  # the label itself read as a colon's cue: "REPORTER: “...”"
    return cued.span.of(text).lower() not in TURN_SPEAKERS


ELLIPSES = frozenset({"...", "\u2026"})


def set_off_label(tokens: list[Token]) -> tuple[int, int] | None:
    """The label before the colon that closes ``tokens`` when a spaced dash or an ellipsis
    sets it off from the clause before ("But polls did predict the caucus - HuffPollster:",
    "he tweeted about ... Donald Trump:"): a newsletter's or a transcript's way to say
    whose the quotation after is, over the clause's subject and any cue in it."""
    if not tokens or tokens[-1].text != ":":
        return None
    label = colon_label(tokens)
    if label is None or label[0] == 0:
        return None
    if not (spaced_dash(tokens, label[0] - 1) or tokens[label[0] - 1].text in ELLIPSES):
        return None
    return label
