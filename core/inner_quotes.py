"""Quotations inside a quotation that belong to their inner speaker.

A speaker quoting someone else quotes them in single marks inside their own double ones:
“My wife said, ‘Don’t you dare,’” he said; “He says, ‘Why bother?’” she said. The scanner
(core.quotes) leaves single marks inside a double quotation nested, as words of the
outer quotation, and the outer speaker holds them. Here a nested quotation opened right
after a speech cue inside the outer quotation, the cue with its own subject in the
outer speaker's words, becomes a quotation of its own, with the inner speaker:

- "he"/"she" is the relative the outer speaker just called "my father", "my mother" in
  their paragraph ("“My father was a steelworker,” he said. “He told me, ‘...’”": his
  father), else their one relative of that sex the article names in full ("He called me"
  in Claudette Fontenot's words: her son Malachi, not the coach quoted last), else the
  person the pronoun refers to where it stands, never the outer speaker (who would say
  "I") nor someone the article names only after;
- a name is that person ("Barbara Bush looked at me and said, ‘...’");
- "my wife", "my grandfather" is that person, as a reporter writes them ("his wife").

"I" is the outer speaker quoting themselves ("I said, ‘What are they doing?’"): the
outer quotation already holds those words under the right person, and a second row of
them would count the speaker twice. "we", "they", "you" and "it" name no one the article
can give, and a cue without a subject ("people saying, ‘...’", "When Trump says ‘...’")
is left alone: the nested words stay only the outer speaker's. The outer quotation keeps
them too.

PolNeAR annotates no inner source (the outer Content holds the nested words), and the
quotation measure leaves predictions opened by a single mark unscored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core import lexicons, nlp
from core.attribution import Mention
from core.document import Span, SpeakerKind, Token
from core.kind_evidence import kin_noun, noun_gender
from core.person import PRONOUN_GENDER, Person
from core.person_names import kin_introducing
from core.phrases import FINITE_TAGS
from core.quotes import QuotedSpan, scan
from core.speakers import Cast

_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VB", "VBN", "VBG"})
_BE = frozenset({"am", "'m", "’m", "is", "'s", "’s", "are", "'re", "’re", "was", "were"})
_HAVE = frozenset({"have", "has", "had", "'ve", "’ve", "'d", "’d"})
_OBJECTS = frozenset({"me", "him", "her", "us", "them", "you"})
_OWN = {"m": "his", "f": "her"}
_SUBJECTS = frozenset({"i", "he", "she", "we", "they", "you", "it"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "WP", "WDT", "EX"})
_CLAUSE_BREAKS = frozenset({";", ":", ".", "?", "!", "—", "--"})
_MY_NOUN = re.compile(r"\b[Mm]y ([a-z]+)(?: ([a-z]+))?")  # "my father", "my late father"


@dataclass(frozen=True, slots=True)
class Inner:
    """A nested quotation and the mention of its own speaker."""

    quote: QuotedSpan
    outer: QuotedSpan
    mention: Mention


def nested_spans(text: str, outer: QuotedSpan) -> list[QuotedSpan]:
    """The single-mark quotations inside the double quotation ``outer``."""
    if outer.single:
        return []
    start, end = outer.span.start, outer.span.end
    out = []
    for q in scan(text[start:end]):
        if q.single and not q.continued and not q.continues:
            shift = Span(q.span.start + start, q.span.end + start)
            out.append(QuotedSpan(shift, q.opener + start, q.closer + start, True))
    return out


def _cue(tokens: list[Token]) -> int | None:
    """The index of the speech verb that the nested quotation follows: "said, ‘",
    "said: ‘", "said, quote, ‘", "told him, ‘", "I’m quoting you, ‘"."""
    k = len(tokens) - 1
    while k >= 0 and tokens[k].text in {",", ":"}:
        k -= 1
    if k >= 1 and tokens[k].text.lower() == "quote" and tokens[k - 1].text == ",":
        k -= 2
    if k >= 1 and tokens[k].text.lower() in _OBJECTS and tokens[k - 1].tag in _VERB_TAGS:
        k -= 1
    if k < 0 or tokens[k].tag not in _VERB_TAGS:
        return None
    if tokens[k].text.lower() not in lexicons.cue_forms():
        return None
    before = tokens[k - 1].text.lower() if k > 0 else ""
    if tokens[k].tag == "VBG" and before not in _BE:
        return None  # "people saying, ‘...’": no subject of its own
    if tokens[k].tag == "VBN" and before not in _HAVE:
        return None  # "these things called ‘A Football Life’": a participle names
    return k


def _subject(tokens: list[Token], verb: int) -> tuple[int, int] | None:
    """The subject of the cue's clause: the last subject pronoun before the verb, else
    a name or "my"-nominal opening the clause (before its first verb)."""
    start = verb
    while start > 0 and tokens[start - 1].text not in _CLAUSE_BREAKS:
        start -= 1
    for i in range(verb - 1, start - 1, -1):
        if tokens[i].tag == "PRP" and tokens[i].text.lower() in _SUBJECTS:
            if _object(tokens, i):
                continue  # "She read it twice and called me and said": "She"
            return None if _another_subject(tokens, i + 1, verb) else (i, i + 1)
    i = start
    while i < verb and not tokens[i].text[0].isalnum():
        i += 1  # the outer quotation's opening mark
    if i < verb and tokens[i].tag == "PRP$" and tokens[i].text.lower() == "my":
        j = i + 1
        while j < verb and tokens[j].tag == "JJ":
            j += 1
        if j < verb and tokens[j].tag == "NN" and _verb_next(tokens, j + 1, verb):
            return None if _another_subject(tokens, j + 1, verb) else (i, j + 1)
        return None
    j = i
    while j < verb and tokens[j].tag == "NNP":
        j += 1
    if j > i and _verb_next(tokens, j, verb) and not _another_subject(tokens, j, verb):
        return i, j
    return None


def _object(tokens: list[Token], i: int) -> bool:
    """Is the pronoun at ``i`` ("it", "you") the object of a verb or preposition before?"""
    return (
        i > 0
        and tokens[i].text.lower() in {"it", "you"}
        and (tokens[i - 1].tag in _VERB_TAGS or tokens[i - 1].tag in {"IN", "TO"})
    )


def _another_subject(tokens: list[Token], i: int, verb: int) -> bool:
    """Does a clause with a subject of its own start between ``i`` and the cue: a noun,
    pronoun or relative word with a finite verb next ("I think other people sometimes look
    ... and say", "I remember a caller who called and said")?"""
    for j in range(i, verb):
        if tokens[j].tag in _NOUN_TAGS and _finite_next(tokens, j + 1, verb):
            return True
    return False


def _finite_next(tokens: list[Token], j: int, verb: int) -> bool:
    while j < verb and tokens[j].tag == "RB":
        j += 1
    return j <= verb and tokens[j].tag in FINITE_TAGS


def _verb_next(tokens: list[Token], j: int, verb: int) -> bool:
    """Does the subject ending at ``j`` have its verb next (after adverbs, a modal)?"""
    while j < verb and tokens[j].tag in {"RB", "MD"}:
        j += 1
    return j == verb or tokens[j].tag in _VERB_TAGS


def _speaker(cast: Cast, words: list[Token], outer: Person, at: int) -> Person | None:
    """The person the subject ``words`` names, inside ``outer``'s words."""
    first = words[0].text
    lower = first.lower()
    if len(words) == 1 and lower == "i":
        return None  # the outer speaker, who holds the words already
    if len(words) == 1 and lower in PRONOUN_GENDER:
        gender = PRONOUN_GENDER[lower]
        if (mine := _my_before(cast, outer, at, gender)) is not None:
            return _mine(cast, mine, outer)  # “My father ... He told me, ‘...’”
        kin = cast.relative(outer, gender, before=at)
        if kin is not None and _introduced_as_kin(cast, outer, kin):
            return kin  # "He called me" in Claudette Fontenot's words: her son Malachi
        with cast.hypothetical():
            person = cast.pronoun(first, at)
        if person is None or person is outer or person.kind != SpeakerKind.PERSON:
            return None  # "he" in her words is someone else; one only the article gives
        if (first_named := cast.first_named(person)) is not None and first_named > at:
            return None  # someone the article names only after: not whom "she" means
        return person
    if lower == "my":
        return _mine(cast, [w.text for w in words[1:]], outer)
    if all(w.tag == "NNP" for w in words):
        while len(words) > 1 and lexicons.is_title_word(words[0].text):
            words = words[1:]  # "President Obama said": Obama
        name = " ".join(w.text for w in words)
        with cast.hypothetical():
            return cast.known(name, at)  # someone the article names, no one new
    return None


def _mine(cast: Cast, noun: list[str], outer: Person) -> Person | None:
    """The person "my" and ``noun`` name in ``outer``'s words: a relative the article
    names in full ("My mom" in Chidi Okafor's words: Ngozi Okafor), else the noun as a
    reporter writes it ("his grandmother"); no one for a noun naming no person."""
    head = noun[-1].lower()
    gender = noun_gender(head) if len(noun) == 1 and kin_noun(head) else None
    kin = cast.relative(outer, gender) if gender is not None else None
    if kin is not None and _introduced_kin(cast, kin) in (None, head):
        return kin  # not "her son Nikhil" for "My father" in his mother's words
    if not (lexicons.is_role_noun(head) or lexicons.agent_noun(head)):
        return None  # "my gut says": no one
    owner = _OWN.get(outer.gender or "")
    name = " ".join(noun)
    return Person(name=f"{owner} {name}" if owner else f"my {name}", kind=SpeakerKind.ANONYMOUS)


def _introduced_as_kin(cast: Cast, outer: Person, kin: Person) -> bool:
    """Does the article first name ``outer`` or ``kin`` after a kin noun ("His mother,
    Rosa Quispe", "her son Malachi")? Sharing a surname alone is not enough: a "he" in
    Hillary Clinton's words is seldom Bill Clinton because the article names him."""
    return any(_introduced_kin(cast, person) is not None for person in (outer, kin))


def _introduced_kin(cast: Cast, person: Person) -> str | None:
    """The kin noun whose appositive the article's first naming of ``person`` is ("her
    son Malachi": "son"; the naming may be read from "Her"), if any (:func:`kin_introducing`)."""
    at = cast.first_named(person)
    if at is None:
        return None
    given = cast.text.find(person.name.split()[0], at, at + 40)
    return kin_introducing(cast.text, max(at, given))


def _my_before(cast: Cast, outer: Person, at: int, gender: str) -> list[str] | None:
    """The relative the speaker last named as "my" in their paragraph before the pronoun
    at ``at``, if of its ``gender`` ("My father was a steelworker," he said. "He told me,
    ‘...’"): whom their "he" means, not the man the article named last. None where it was
    in a quotation before the one just before, or someone else is named since."""
    text = cast.text
    found = None
    for match in _MY_NOUN.finditer(text, text.rfind("\n", 0, at) + 1, at):
        found = match
    if found is None or text.count("\u201c", found.end(), at) > 1:
        return None
    words = [w for w in found.groups() if w]
    while words and not kin_noun(words[-1]):
        words.pop()  # "my father was": "father"; "my late father": both
    if not words or noun_gender(words[-1]) != gender or len(words) > 1 and kin_noun(words[0]):
        return None
    if any(p is not outer for p in cast.mentioned_between(found.end(), at)):
        return None  # "My father and Joe Ruiz ... He said": Ruiz may be "he"
    return words


def inner_quotes(text: str, cast: Cast, outer: QuotedSpan, mention: Mention | None) -> list[Inner]:
    """The nested quotations of ``outer`` (spoken by ``mention``'s person) that a cue
    inside it gives a speaker of their own."""
    if mention is None or mention.person is None:
        return []
    out = []
    for inner in nested_spans(text, outer):
        sentence = cast.sentence_at(inner.opener)
        start = max(outer.opener, sentence.start if sentence else outer.opener)  # the mark too:
        # the tagger reads a clause opening a quotation better after its mark
        tokens = nlp.tagged(text, start, inner.opener, surnames=cast.surnames())
        verb = _cue(tokens)
        if verb is None:
            continue
        subject = _subject(tokens, verb)
        if subject is None:
            continue
        words = tokens[subject[0] : subject[1]]
        person = _speaker(cast, words, mention.person, words[0].span.start)
        if person is None:
            continue
        span = Span(words[0].span.start, words[-1].span.end)
        cue = tokens[verb]
        out.append(Inner(inner, outer, Mention(span, person, cue.text, cue.span)))
    return out
