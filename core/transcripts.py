"""Transcripts: the turns of an interview, a broadcast or a news conference, set out under
speaker labels, read as quotations although no quotation mark encloses them.

A **turn** is a paragraph that opens with a speaker label and a colon, its words after
("OBI: Deputy Governor, people in Kawo say ...", "Jake Tapper: ...", "MR. KAY: ...", "Q:
...", "A: ...", or "Q. ..." / "A. ..." as some papers set them). A **label** is a short run
of capitalised name words (an initial or a title's abbreviation may open it: "Sen.",
"MR.") or the letter Q or A alone; no lower-case word, no figure. A role may follow the
name before the colon, after a comma or in brackets ("BEN ORTEGA, HOST:", "SEN. ROSA
MENDEZ (D-N.M.):"), as broadcast and hearing transcripts set it; the label is the name,
and the role, with any title before the name, is the speaker's, read as the role grammar
reads the label written as prose ("Sen. Rosa Mendez (D-N.M.)": "Sen. (D-N.M.)"; "BEN
ORTEGA, HOST": "host"), a label in capitals re-cased as prose writes it.
A turn says something: at least one word of letters follows its colon ("Sanders: 1,547."
is a tally).

A **transcript** is a dialogue: two turns in paragraphs next to each other with different
labels, and every turn near them (up to two paragraphs of stage directions, "(END VIDEO
CLIP.)", or of narration between two turns). So a label that stands once ("Washington:
...", "Update: ...", "Editor's note: ...") is no transcript, and nor are labels each
followed by their own section of prose, as subheads are ("Sanders: Win in a walk." then
the paragraph about his chances). The headline (the first paragraph) is never a turn.

Each turn of a transcript is a quotation of the person its label names, its text the
turn's words from after the colon to the paragraph's end (offsets into the article):

- a name: the person the article names so (``NameMatcher.known``: "NAKAMURA" is Nakamura Hina,
  named in the introduction); a full name the article gives nowhere else ("JAKE TAPPER")
  is a new person when its first word is a first name. A surname label is the voice of
  the transcript's earlier label that ends in it ("TAPPER" after "JAKE TAPPER",
  "VASQUEZ-LORD" after "SEN. GRETCHEN VASQUEZ-LORD") where nothing before the transcript
  names them in full. A label the article names as no one ("IOWA", "MODERATOR") marks a
  turn but gives no quotation;
- "A": the interviewee, the first person the introduction names in full
  (``Attributor.interviewee``), provided the answers speak in the first person
  somewhere ("I", "we", "my"): an explainer's "Q: Who pays? A: Everyone earning more
  than ..." is the writer's own text, not an answer anyone gave;
- "Q": no quotation. The questions are the publication's own, its interviewer's or its
  author's, not a source's words; a reporter looking through whom an article quotes
  wants the answers. (An interviewer the transcript labels by name, a presenter "OBI",
  is a named person on the record and is read as any name is.)

Quotation marks inside a turn are the speaker's own quoting ("Lopez: Well, no one is
like, ‘My 401(k) is speculation.’ ..."): the turn is one quotation holding them, and the
quotations found inside it are not listed again. A turn in marks ("CLINTON: “...”", or a
mark before its label: "“Chris Matthews: Seriously, ...") is left to the quotation
scanner, and its quotations are the label's.

PolNeAR train (the first annotation of each text, as the measures read it) annotates
15 of the 16 turns of its three named transcripts as attributions whose Source is the
label and whose Cue is the colon, and the 16 turns of one of its two Q/A interviews
likewise (Source "Q" or "A"); the other interview's 40 turns are not (its annotator marks
only the attributions inside the answers), and nor are the 9 "A:" answers of a third,
whose questions lost their "Q" (a bold letter run into the question: "QThere's ...").
Its quotation measure counts only text between quotation marks, so there a turn is a
prediction no gold matches (``onrecord eval`` counts it so, as ``polnear_score.py`` does:
44 turns on train, quotation precision 0.958 -> 0.953); the statements measure scores
turns as statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from core import lexicons, nlp
from core.attribution import Attribution, Attributor
from core.cue_frames import Mention
from core.document import Span, SpeakerKind
from core.labels import label_name, label_names_no_one
from core.person import Person
from core.quotes import QuotedSpan
from core.roles import ArticleRoles
from core.speakers import Cast

NAME_WORD = r"(?:[A-Z][A-Za-z'\u2019\-]*\.?)"  # "TAPPER", "Seitz-Wald", "O'BRIEN", "MR.", "K."
# a role after the name, left out of the label: "BEN ORTEGA, HOST:", "SEN. X (R-OHIO):"
ROLE = rf"(?:,[ \t]+{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,2}}|[ \t]\([^()\n:]{{1,30}}\))"
TURN = re.compile(
    # "JAKE TAPPER: ", "JAKE TAPPER, HOST: "
    rf"[\"\u201c]?(?P<label>{NAME_WORD}(?:[ \t]{NAME_WORD}){{0,3}}){ROLE}?:[ \t]+(?=\S)"
    r"|(?P<letter>[QA])\.[ \t]+(?=\S)"  # "Q. How is the knee?"
)
QUESTION, ANSWER = "Q", "A"
GAP = 2  # paragraphs between two turns of one transcript, at most
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I\u2019m|I've|I\u2019ve|me|my|we|We|our|Our|us)\b")
WORDED = re.compile(r"[A-Za-z]{2}")
NAME_RUN = re.compile(r"[A-Z][\w'\u2019\-]+(?:[ \t][A-Z][\w'\u2019\-]+)+")  # "Emeka Obi"
COVERED = 0.9  # of a turn's letters inside quotation marks: a turn in marks, read as before
LETTERS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class TurnSpan(QuotedSpan):
    """A turn's words as a quotation: no mark opens or closes it (``opener`` is the
    colon after its label, ``closer`` the paragraph's end)."""


@dataclass(frozen=True, slots=True)
class Turn:
    paragraph: int  # its index among the article's paragraphs
    label: Span  # the label's words ("NAKAMURA", "Q")
    colon: Span  # the colon after it (the period of "Q.")
    words: Span  # what the turn says, to the paragraph's end

    def said(self, text: str) -> str:
        return text[self.words.start : self.words.end]


def turns(text: str, paragraphs: Sequence[Span]) -> list[Turn]:
    """The paragraphs after the first that open with a speaker label and say something."""
    out = []
    for index, paragraph in enumerate(paragraphs):
        if index == 0:
            continue  # the headline ("Nakamura: knee 'fine' after Osaka win")
        match = TURN.match(text, paragraph.start, paragraph.end)
        if match is None or not WORDED.search(text, match.end(), paragraph.end):
            continue
        name = "label" if match.group("label") else "letter"
        label = Span(match.start(name), match.end(name))
        at = label.end if name == "letter" else text.index(":", label.end)  # past a role
        colon = Span(at, at + 1)
        out.append(Turn(index, label, colon, Span(match.end(), paragraph.end)))
    return out


def transcripts(text: str, paragraphs: Sequence[Span]) -> list[list[Turn]]:
    """The article's transcripts, each its turns in order: a dialogue of two turns in
    adjacent paragraphs and the turns within ``GAP`` paragraphs of it and of each other."""
    found = turns(text, paragraphs)
    runs: list[list[Turn]] = []
    for turn in found:
        if runs and turn.paragraph - runs[-1][-1].paragraph <= GAP + 1:
            runs[-1].append(turn)
        else:
            runs.append([turn])
    return [run for run in runs if _dialogue(text, run)]


def _dialogue(text: str, run: Sequence[Turn]) -> bool:
    """Do two turns of ``run`` stand in adjacent paragraphs under different labels, or
    two answers ("A:") with one paragraph between them, the question set out with no
    label (or with one the text lost, a bold "Q" run into its words)?"""
    return any(
        (b.paragraph == a.paragraph + 1 and _key(a.label.of(text)) != _key(b.label.of(text)))
        or (b.paragraph == a.paragraph + 2 and a.label.of(text) == b.label.of(text) == ANSWER)
        for a, b in zip(run, run[1:], strict=False)
    )


def _key(label: str) -> str:
    return label.lower().split()[-1]  # "JAKE TAPPER" and "TAPPER" are one voice


def read(
    text: str, paragraphs: Sequence[Span], attributor: Attributor, found: Sequence[Attribution]
) -> list[Attribution]:
    """``found`` (the quotations in marks, attributed) with the turns of the article's
    transcripts added as quotations, in text order. Quotations in marks inside a turn
    that is read are left out, being part of it, unless a cue of the turn's gives them to
    someone else ("A: It is tight. As my predecessor said, “...”"): the turn's quotation
    then stops before them and goes on after them. A turn in marks ("CLINTON: “...”",
    "“Chris Matthews: Seriously, ...") is left to its quotations, whose speaker is the
    label's."""
    added: list[Attribution] = []
    labelled: dict[int, Mention] = {}  # the quotations of turns in marks, by id
    held: list[Span] = []  # the turns read
    quoted: set[int] = set()  # the quotations a turn's speaker gives to others, by id
    for run in transcripts(text, paragraphs):
        interviewee = _interviewee(text, run, attributor)
        voices: dict[str, Person] = {}  # the person each voice (``_key``) of ``run`` named
        for turn in run:
            mention = _speaker(text, turn, attributor.cast, interviewee, run[0].label.start, voices)
            if mention is None:
                continue
            marked = [a for a in found if a.quote.span.overlaps(turn.words)]
            if _in_marks(turn, marked, text):
                labelled.update((id(a), mention) for a in marked if a.sieve != "transcript")
                continue
            others = [a for a in marked if _said_by_another(a, turn, mention)]
            quoted.update(id(a) for a in others)
            held.append(turn.words)
            for piece in _pieces(text, turn.words, [a.quote for a in others]):
                quote = TurnSpan(piece, turn.colon.start, piece.end)
                added.append(Attribution(quote, mention, False, "transcript", sure=True))
    if not held and not labelled:
        return list(found)
    kept = [
        _labelled(a, labelled[id(a)]) if id(a) in labelled else a
        for a in found
        if id(a) in quoted or not any(span.contains(a.quote.span) for span in held)
    ]
    return sorted([*kept, *added], key=lambda a: a.quote.span.start)


def _labelled(att: Attribution, label: Mention) -> Attribution:
    """A quotation in marks that is a turn, its speaker the label's: under a record's
    heading ("Partial transcript as follows:", sieve "recorded") the mention stays the
    record's, as PolNeAR names the Source, and the person is the label's."""
    if att.sieve == "recorded" and att.mention is not None:
        return Attribution(
            att.quote, replace(att.mention, person=label.person), att.partial, "recorded", sure=True
        )
    return Attribution(att.quote, label, att.partial, "transcript", sure=True)


def _said_by_another(att: Attribution, turn: Turn, mention: Mention) -> bool:
    """Does a cue inside ``turn`` give the quotation of ``att`` to someone other than the
    turn's speaker ("As my predecessor said, “...”")?"""
    said = att.mention
    return (
        att.sieve == "cue"
        and said is not None
        and turn.words.contains(said.span)
        and said.person is not mention.person
    )


def _pieces(text: str, words: Span, quotes: Sequence[QuotedSpan]) -> list[Span]:
    """The stretches of ``words`` outside ``quotes`` (marks and all) that hold a word."""
    out, start = [], words.start
    for quote in sorted(quotes, key=lambda q: q.opener):
        out.append(Span(start, quote.opener))
        start = quote.after
    out.append(Span(start, words.end))
    pieces = []
    for piece in out:
        stretch = text[piece.start : piece.end]
        left = len(stretch) - len(stretch.lstrip())
        right = len(stretch.rstrip())
        if WORDED.search(stretch):
            pieces.append(Span(piece.start + left, piece.start + right))
    return pieces


def _in_marks(turn: Turn, marked: Sequence[Attribution], text: str) -> bool:
    """Is ``turn`` one quotation in marks, or as good as: one opened before its label
    ("“Chris Matthews: Seriously, ..."), or quotations holding nearly all its letters
    ("CLINTON: “...”")?"""
    if any(a.quote.span.start < turn.words.start for a in marked):
        return True
    letters = sum(c.isalnum() for c in turn.said(text))
    quoted = sum(c.isalnum() for a in marked for c in a.quote.span.of(text))
    return quoted >= COVERED * letters


def _interviewee(text: str, run: Sequence[Turn], attributor: Attributor) -> Person | None:
    """Whose the answers ("A:") of ``run`` are: the person the introduction names first,
    when an answer speaks in the first person; else no one's."""
    answers = [turn for turn in run if turn.label.of(text) == ANSWER]
    if not any(FIRST_PERSON.search(turn.said(text)) for turn in answers):
        return None
    return attributor.interviewee(run[0].label.start)


def _speaker(
    text: str,
    turn: Turn,
    cast: Cast,
    interviewee: Person | None,
    opening: int,
    voices: dict[str, Person],
) -> Mention | None:
    """The mention a turn's label makes of its speaker; None for a question, an answer
    whose interviewee is unknown, and a label that names no one the article names. The
    speaker takes the roles the label gives. ``voices`` are the people the transcript's
    labels named so far, by ``_key``; the speaker found is added."""
    label = turn.label.of(text)
    if label == QUESTION:
        return None
    roles = [] if label == ANSWER else _label_roles(text, turn)
    if label == ANSWER:
        person = interviewee
    else:
        voice = voices.get(_key(label))
        person = _named(label, turn.label.start, cast, opening, voice, bool(roles))
    if person is None:
        return None
    if label != ANSWER:
        voices[_key(label)] = person
    for role in roles:
        person.add_role(role)
    return Mention(turn.label, person, ":", turn.colon)


def _label_roles(text: str, turn: Turn) -> list[str]:
    """The roles a turn's label gives its speaker, a title before the name and a role
    after it ("SEN. GRETCHEN VASQUEZ (R-OHIO):": "Sen. (R-Ohio)"; "MIRIAM OSTROWSKI,
    HOST:": "host"), as the role grammar reads the label written as prose; none for a
    label that is a name alone."""
    label = turn.label.of(text)
    name = label_name(label)  # "Gretchen Vasquez", title-cased where written in capitals
    title, role = label[: len(label) - len(name)], text[turn.label.end : turn.colon.start]
    if not title and not role:
        return []
    if not any(c.islower() for c in text[turn.label.start : turn.colon.start]):
        title, role = _as_prose(title), _as_prose(role)
    stand_in = f"{title}{name}{role}:"
    return list(ArticleRoles(stand_in).at(len(title), len(title) + len(name)))


def _as_prose(words: str) -> str:
    """Words of a label in capitals re-cased as prose writes a title or a role: an
    abbreviation capitalised ("SEN.", "CALIF."), a listed name as listed ("NPR", "OHIO":
    "Ohio"), a short word no frequent one as written ("CNN"; a letter: the "R" of
    "R-OHIO"), and any other word lower case ("FORMER", "COUNTY CLERK")."""

    def recased(run: re.Match[str]) -> str:
        word, at = run.group(), run.start()
        if at and words[at - 1] in "'\u2019":
            return word.lower()  # "MAYOR'S"
        if words.startswith(".", run.end()):
            return word.capitalize()
        listed = next((w for w in (word, word.capitalize()) if nlp.known_spans([w])), None)
        if listed is not None:
            return listed
        if len(word) == 1 or len(word) <= 3 and not nlp.is_frequent_word(word):
            return word
        return word.lower()

    return LETTERS.sub(recased, words)


def _named(
    label: str, at: int, cast: Cast, opening: int, voice: Person | None, roled: bool
) -> Person | None:
    """The person the label ``label`` names: one the article names so, in full where the
    text before the transcript (which starts at ``opening``) names them in full, or else
    where an earlier label of the transcript (``voice``, of the same ``_key``) did; or a
    full name written here alone whose first word is a first name ("JAKE TAPPER") or
    which the label gives a role (``roled``: "HALVARD PENNYWORTH, COUNTY CLERK")."""
    if label_names_no_one(label):
        return None  # "THE FACTS:": a fact check's heading, its paragraph the writer's
    name = label_name(label)  # "MR. KAY": Kay
    words = name.split()
    person = cast.names.known(name, at)
    if person is not None and person.kind != SpeakerKind.PERSON:
        return None
    if len(words) == 1 and (person is None or len(person.name.split()) == 1):
        full = _introduced(cast.text, words[0], opening)
        if full is not None:
            return cast.name(full, at, recent=False)  # "NAKAMURA": Nakamura Hina
        if voice is not None and len(voice.name.split()) > 1:
            return voice  # "VASQUEZ-LORD" after "SEN. GRETCHEN VASQUEZ-LORD (R-OHIO):"
    if person is not None:
        return person
    if len(words) > 1 and (roled or nlp.is_first_name(words[0])) and not words[-1].endswith("."):
        return cast.name(name, at, recent=False)
    return None


def _introduced(text: str, word: str, before: int) -> str | None:
    """The one name of two to four capitalised words that holds ``word`` first or last
    in ``text`` before offset ``before`` (the transcript's introduction: "The presenter
    was Emeka Obi.", "OSAKA — Nakamura Hina reached ..."), titles and frequent words
    before it left out, and no place or organisation the gazetteer knows; else None."""
    key = word.lower()
    forms = set()
    for run in NAME_RUN.finditer(text, 0, before):
        names = run.group().split()
        while names and (lexicons.is_title_word(names[0]) or nlp.is_frequent_word(names[0])):
            names.pop(0)  # "Deputy Governor Hadiza Sani Balarabe", "The ..."
        if (
            len(names) > 1
            and key in (names[0].lower(), names[-1].lower())
            and not any(w.isupper() for w in names)  # "OSAKA — ...": a dateline's caps
            and not nlp.known_spans(names)
            and not any(nlp.gazetteer_marks(names))
        ):
            forms.add(" ".join(names))
    return forms.pop() if len(forms) == 1 else None
