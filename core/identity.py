"""When two speakers are one person: the library's rules, as pure functions.

``core/people.py`` applies them when an article is stored; nothing here reads storage.

- ``read_speaker`` turns the name an article gave into what the library stores: a person's
  name without titles, a quoted nickname (John “Tig” Tiegen), a time phrase ("Trump
  last week") or a headline run on after it, an organisation ("Clinton Foundation"), an
  anonymous description ("Clinton's spokesman"), the owner of an unnamed speaker that is
  a thing of theirs ("Clinton's response"), or nothing when the string names nobody.
- ``parse_name`` splits a person's name into given names, surname and suffix.
- ``full_fit`` says whether two full names are one person: middle names and initials
  ("Donald J. Trump"), nicknames ("Joe"/"Joseph", from the ``nicknames`` package), first
  names cut short ("Stan"/"Stanley"), a name spelling the initials ("Jeb Bush", John
  Ellis Bush) and a suffix written with a middle initial ("Joseph R. Biden Jr.") are;
  different given names ("Donald Trump Jr.", "Melania Trump") never are. ``same_words``
  says whether two names of three words are one written in another order ("Marcel Lazăr
  Lehel", "Marcel Lehel Lazar").
- ``surname_fits`` lists the full-name people a surname-only speaker ("Obama",
  "Sen. Cruz") can be: surname, honorific gender, title, role and date must agree;
  where several fit and no role settles it, ``best_known`` takes the one the library
  knows by the surname alone, when nearly all their quotations are that person's.
- ``same_sovereign`` says whether two speakers of one name, no one's surname, are one
  pope or monarch: the title ("Pope Francis", "Queen Elizabeth") stands in both.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.document import SpeakerKind, Token
from core.kind_evidence import (
    HONORIFIC_GENDER,
    NAMED_THING_HEADS,
    ORGANISATION_NOUNS,
    OWNED_HEADS,
    bare_word,
    first_or_initial,
    names_people,
    phrase_pattern,
    role_or_plural,
    speaks_for_owner,
    surname_like,
    title_or_honorific,
    title_or_role,
    whole_words,
)
from core.organisation_names import person_named_like_organisation
from core.person_names import SUFFIXES, cut_short, family_name_first, normalise

if TYPE_CHECKING:
    from nicknames import NickNamer

TIME_WORDS = WEEKDAYS | {
    "today", "yesterday", "tonight", "tomorrow", "last", "this", "next", "earlier",
    "later", "week", "weekend", "month", "year", "morning", "afternoon", "evening",
    "night", "on", "in", "at", "during", "after", "before", "when", "while", "again",
    "also", "then", "now", "the", "time", "times", "days", "ago",
}  # fmt: skip
NAME_JOINERS = frozenset({"of", "and", "for", "the", "on", "&"})  # "Department of State"
OPENERS = frozenset({"so", "but", "and", "or", "then", "as", "when", "while", "if", "now", "yet"})
PARTICLES = nlp.NAME_PARTICLES
SHORT_FORM = 4  # letters at most of a short form of a given name ("will", "fred", "bill")
NEVER_SURNAMES = frozenset(
    {"to", "are", "is", "of", "on", "in", "at", "for", "and", "or", "the", "as", "by", "vs"}
)  # function words that end a headline, never a name
QUOTED_NICKNAME = re.compile(  # John “Tig” Tiegen, Dwayne "The Rock" Johnson: John Tiegen
    r"(?<=\w)\s+(?:\u201c[^\u201d]{1,30}\u201d|\"[^\"]{1,30}\"|'[^']{1,30}')\s+(?=[A-Z])"
)
LOWER_TIME_WORDS = frozenset({"late", "early"})  # "Reeves late Thursday"; not "Mark Early"
HEADLINE_WORDS = 4  # a "name" this long holding a common word is a headline run on
YEARS_APART = 4  # a surname-only speaker and a person seen this long before or after differ
MONTH_NAMES = frozenset(m.lower() for m in MONTHS)


def article_tag(text: str) -> str:
    """What binds a surname-only speaker to its article (the tag ``core.speakers`` uses)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


# ---------------------------------------------------------------- reading a speaker's name
@dataclass(frozen=True)
class ReadSpeaker:
    """A speaker as the library stores it: ``titles`` are the title words that stood
    before the name ("sen", "president"), lower case, without periods."""

    name: str
    kind: SpeakerKind
    titles: tuple[str, ...] = ()


@lru_cache(maxsize=65_536)
def read_speaker(name: str, kind: SpeakerKind) -> ReadSpeaker | None:
    """What a speaker's name really names, or None for no one (see the module doc)."""
    name = " ".join(_nickname_first(name).split()).strip(" ,;:-\u2013\u2014")
    if name.endswith(".") and len(name.split()[-1]) > 4:
        name = name[:-1]  # the end of a sentence, not "Jr." or "U.S."
    if kind == SpeakerKind.ANONYMOUS and (owner := _owner_of_thing(name.split())):
        read = read_speaker(" ".join(owner), SpeakerKind.PERSON)
        if read is not None and read.kind != SpeakerKind.ANONYMOUS:
            return read  # "Clinton's response was: ..." is Clinton's
    if kind == SpeakerKind.ANONYMOUS and (titled := _titled_person(name)) is not None:
        return titled  # "Mr. King", "representative Peter T. King": a person, not a phrase
    if kind != SpeakerKind.PERSON:
        return ReadSpeaker(name, kind) if name else None
    words = name.split()
    shouted = [bare_word(w) for w in words if w.isupper() and len(w) > 3]
    if len(shouted) > 2 and set(shouted) & nlp.common_words():
        return None  # "AUSTRALIAN OLYMPIC TEAM REFUSES ...": a headline in capitals
    words, possessor = _cut_possessive(words)
    if possessor == "someone else":
        return ReadSpeaker(name, SpeakerKind.ANONYMOUS)
    words = _cut_time_phrase(words)
    while words and words[0].lower() in OPENERS or len(words) > 1 and _opening_word(words[0]):
        words = words[1:]
    if _named_organisation(words):
        return ReadSpeaker(" ".join(words), SpeakerKind.ORGANISATION)
    words, titles = _after_titles(words)
    words = _cut_headline(words)
    words, phrase = _cut_common_first(words)
    if phrase or _is_organisation(words) or _of_frequent_words(words):
        return ReadSpeaker(" ".join(words), SpeakerKind.ORGANISATION)
    if not words or not _names_someone(words):
        return None
    if len(words) > 1 and _is_description(words):
        return ReadSpeaker(" ".join(words), SpeakerKind.ANONYMOUS)
    return ReadSpeaker(" ".join(words), SpeakerKind.PERSON, titles)


SPOKESPERSON = re.compile(  # "a Clinton campaign spokesman", "a spokeswoman for the Pentagon"
    r"(?:an?|one|the|another)\s+(?:(?P<before>.+?)\s+)?spokes(?:man|woman|person)"
    r"(?:\s+for\s+(?P<after>.+))?",
    re.IGNORECASE,
)


def spokesperson_of(name: str) -> str | None:
    """The organisation an unnamed spokesperson speaks for ("a Clinton campaign spokesman":
    the Clinton campaign; "a spokeswoman for the Pentagon": the Pentagon; "an Intel
    spokeswoman": Intel), as a reader takes a spokesperson's words for the body's own; None
    for a person's spokesperson ("a Cruz spokesman", "a spokesman for Bernie Sanders"), a
    description ("a senior spokesman"), or both an owner before and one after."""
    found = SPOKESPERSON.fullmatch(" ".join(name.split()))
    if found is None or bool(found["before"]) == bool(found["after"]):
        return None
    body = found["before"] or found["after"]
    body = body[4:] if body.lower().startswith("the ") else body
    if not body[:1].isupper() or not all(
        w[:1].isupper() or w in NAME_JOINERS or w in lexicons.ORGANISATION_HEADS
        for w in body.split()
    ):
        return None
    read = read_speaker(body, SpeakerKind.PERSON)
    return body if read is not None and read.kind == SpeakerKind.ORGANISATION else None


def _titled_person(name: str) -> ReadSpeaker | None:
    """An unnamed-looking speaker that is a title or honorific and a person's name, with
    nothing but a time phrase after it ("Mr. King", "representative Peter T. King",
    "U.S. District Judge Carlton W. Reeves late Thursday night"), read as that person;
    else None ("Mr. Obama's advisers", "a former chairman of ...")."""
    words = name.split()
    if len(words) < 2 or not (title_or_honorific(bare_word(words[0])) or words[0].isupper()):
        return None
    read = read_speaker(name, SpeakerKind.PERSON)
    if read is None or read.kind != SpeakerKind.PERSON or not read.titles:
        return None
    named = read.name.split()
    spans = (i for i in range(len(words)) if " ".join(words[i : i + len(named)]) == read.name)
    at = next(spans, None)
    if at is None or not all(title_or_role(w) or w[:1].isupper() for w in words[:at]):
        return None
    after = words[at + len(named) :]
    if any(not (_time_word(w) or w[:1].isupper()) for w in after):
        return None
    return read


def written_in_capitals(read: ReadSpeaker, text: str) -> ReadSpeaker:
    """A "person" that is an acronym or a name in capitals ("POLITICO", "AFL-CIO",
    "KING-TV", "NGP VAN") is an organisation when its article, the evidence at hand,
    never writes it otherwise: not in lower case ("Fallin" beside a label "FALLIN:"),
    not as a transcript label at a line's start, and no word of it is a first name
    ("JAKE TAPPER")."""
    words = read.name.split()
    if (
        read.kind != SpeakerKind.PERSON
        or not read.name.isupper()
        or len(read.name) < 2
        or any(nlp.is_first_name(w.title()) for w in words)
    ):
        return read
    written = re.compile(rf"(?<!\w){re.escape(read.name)}(?!\w)", re.I)
    if any(not m.group(0).isupper() for m in written.finditer(text)):
        return read
    if re.search(rf"(?m)^[ \t]*{re.escape(read.name)}[ \t]*:", text):
        return read  # "FALLIN: ..." a transcript's speaker
    return ReadSpeaker(read.name, SpeakerKind.ORGANISATION)


def name_in_phrase(read: ReadSpeaker, text: str) -> ReadSpeaker:
    """A "person" whose name is a phrase built on someone's name, as its article shows:
    a common noun after the name makes the name a modifier ("Trump Tower", "a Clinton
    pollster", "China Daily": no one, an organisation or an unnamed person), and a common
    word before it is no given name ("Absent Trump derides debate": Trump).

    A head after the name: a word the article writes in lower case (or a common word),
    that it never writes capitalised but after the name ("Ms. Silver said" keeps Nate
    Silver), after a name the article also writes alone, with no capitalised word after
    it ("Trump said"; not "Peter Lenkov" beside "Peter Rice"). A word before the name: a
    word the article writes in lower case, no listed first name, title or particle, before
    a name the article also writes without it. A phrase opening with a place
    (:func:`_placed_phrase`) and a people's adjective alone (:func:`described_people`)
    name no one either."""
    words = read.name.split()
    if read.kind != SpeakerKind.PERSON:
        return read
    if len(words) < 2:
        return described_people(read, text)
    if (placed := _placed_phrase(words, text)) is not None:
        return placed
    owner, head = words[:-1], words[-1]
    if (
        _common_in(head, text)
        and _head_only_after(owner[-1], head, text)
        and _written_alone(owner, text)
    ):
        people = names_people(bare_word(head))
        return ReadSpeaker(read.name, SpeakerKind.ANONYMOUS if people else SpeakerKind.ORGANISATION)
    if (
        _no_name_word(owner, head, text)
        and _head_only_after(owner[-1], head, text)
        and (_written_alone(owner, text) or first_or_initial(owner[-1]))
    ):
        return ReadSpeaker(" ".join(owner), SpeakerKind.PERSON, read.titles)
    first, rest = words[0], words[1:]
    if (
        not (first_or_initial(first) or title_or_role(first) or bare_word(first) in PARTICLES)
        and (_lower_in(first, text) and _written_without(rest, first, text))
        or first.isalpha()
        and _sentence_opener(first, rest, text)
    ):
        return ReadSpeaker(" ".join(rest), SpeakerKind.PERSON, read.titles)
    return read


SENTENCE_ENDS = re.compile(r"(?:[.!?][\"\u201d\u2019']?[ \t]+|\n[ \t]*)\Z")  # before a word
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*[ \t]+\Z")


def _sentence_opener(first: str, rest: list[str], text: str) -> bool:
    """Is ``first``, no listed first name, title or particle, a word that opened a
    sentence before a name and is none of it ("Meanwhile Rihanna, who was honored ...")?
    The article capitalises it only where a sentence or a line opens; it has named the
    rest before, alone ("women like Rihanna, ..."), so this is no introduction; and it
    never writes the rest after another capitalised word ("Donald Halvorsen ... Ivanka
    Halvorsen": a given name of a relative)."""
    if first_or_initial(first) or title_or_role(first) or bare_word(first) in PARTICLES:
        return False
    written = list(re.finditer(phrase_pattern([first]), text))
    if not written or not all(_opens(text, m.start()) for m in written):
        return False
    full = re.search(phrase_pattern([first, *rest]), text)
    alone = [
        (m.start(), m.start() < full.start() if full else False)
        for m in re.finditer(phrase_pattern(rest), text)
        if not re.search(
            phrase_pattern([first]) + r"[ \t]+\Z", text[max(0, m.start() - 40) : m.start()]
        )
    ]
    if any(CAPITALISED_BEFORE.search(text[max(0, at - 40) : at]) for at, _ in alone):
        return False
    return any(earlier for _, earlier in alone)


def _opens(text: str, at: int) -> bool:
    """Does a sentence or a line open at ``at``?"""
    return at == 0 or SENTENCE_ENDS.search(text[max(0, at - 8) : at]) is not None


MODIFIED_TAGS = frozenset({"NN", "NNS", "JJ"})  # what a word a name modifies is read as
MODIFIED = re.compile(r"[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)")  # "| primary voters"


def _placed_phrase(words: list[str], text: str) -> ReadSpeaker | None:
    """A "person" that is a phrase opening with a place, as its article shows, read as
    what it names; None for no such phrase (see :func:`name_in_phrase`):
    - the place was cut short: the article writes the name, each time, after a word with
      which its first word is a listed place ("The South Carolina Republican admitted":
      "Carolina Republican" read as "South Carolina Republican", an unnamed person);
    - the place and the word after it modify a lower-case noun wherever the article writes
      them ("Florida Latino voters", "Virginia Democratic primary voters", "the Cleveland
      Browns football stadium"): unnamed people where a word after names people, else an
      organisation (a place's team, its stadium)."""
    found = list(re.finditer(phrase_pattern(words), text))
    if not found:
        return None
    cut = [
        re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, m.start() - 30) : m.start()]) for m in found
    ]
    prior = {m.group(1) if m else "" for m in cut}
    word = prior.pop() if len(prior) == 1 else ""
    if word and nlp.known_spans([word, words[0]]) == [(0, 2, "LOC")]:
        read = read_speaker(" ".join([word, *words]), SpeakerKind.PERSON)
        if read is not None and read.kind != SpeakerKind.PERSON:
            return read
    spans = nlp.known_spans(words)
    if not spans or spans[0][:1] != (0,) or spans[0][2] != "LOC" or spans[0][1] >= len(words):
        return None
    after = [MODIFIED.match(text, m.end()) for m in found]
    nouns: list[str] = []
    for m in after:
        if m is None or not _modified(text, m.start(1), m.group(1).split()[0]):
            return None  # "Virginia Foxx said": a name before its verb
        nouns += [w for w in m.group(1).split() if w not in lexicons.function_words()]
    people = any(names_people(w) or names_people(w.removesuffix("s")) for w in nouns)
    return ReadSpeaker(
        " ".join(words), SpeakerKind.ANONYMOUS if people else SpeakerKind.ORGANISATION
    )


def _modified(text: str, at: int, word: str) -> bool:
    """Is ``word``, at ``at`` right after a name, a noun or adjective the name modifies:
    read so where it stands, or a common noun ("football", whatever its tag there)?"""
    return _tag_at(text, at, at + len(word)) in MODIFIED_TAGS or nlp.common_noun(word)


# What a word a name never ends with is read as: a verb, an adverb, a superlative, a modal
NO_NAME_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD", "RB", "RBR", "RBS", "JJS"})


def _no_name_word(owner: list[str], head: str, text: str) -> bool:
    """Is ``head``, written capitalised after ``owner`` only in lines written in title
    case (a headline's "Why Does Israel Refuse to ...", "Obama Claims Hillary Most
    Qualified ..."), a word of its sentence rather than the end of a name: the article
    writes it after the owner in lower case with a verb's ending ("Israel refuses"), or
    the shipped tagger reads it as a verb, an adverb or a superlative both on its own
    and, lower-cased, every time where it stands
    (not "Al From": a preposition; not a first name, initial or suffix; not a word the
    tagger never saw, "Fiorina", whatever it guesses in context)."""
    bare = bare_word(head)
    if first_or_initial(head) or bare in SUFFIXES or not head[:1].isupper() or not bare.isalpha():
        return False
    found = list(re.finditer(phrase_pattern([*owner, head]), text))
    if not found or not all(nlp.in_title_case_line(text, m.start()) for m in found):
        return False  # capitalised in running text: a name's word
    lower = re.escape(bare.lower())
    named = r"\s+".join(map(re.escape, owner))
    if re.search(whole_words(rf"{named}\s+{lower}(?:s|es|d|ed)"), text):
        return True
    if nlp.context_free_tag(bare) not in NO_NAME_TAGS:
        return False  # a word the tagger does not read as such, its context aside
    return all(_tag_at(text, m.end() - len(head), m.end(), True) in NO_NAME_TAGS for m in found)


def names_no_one(read: ReadSpeaker, text: str) -> bool:
    """Is a "person" of one word an adjective wherever its article writes it ("Anti-Trump
    sentiment extends to ...", "Armenian-Azerbaijani contention ...", "Amid fury at the
    system, ...": the shipped tagger reads it as one, JJ, in each of its sentences), a
    modifier that names no one? Not an unhyphened word the article uses as a noun, a
    people's or party's adjective ("one kind-hearted Canadian", "Six in 10 Republican
    said", "Japanese are mulling": unnamed people, :func:`described_people`). A name so
    written ("Holtz-Eakin said", "Strong said") is read as a proper noun; a listed first
    name is left alone."""
    if not _adjective_everywhere(read, text):
        return False
    return "-" in read.name.strip("-") or not _used_as_noun(read.name, text)


def described_people(read: ReadSpeaker, text: str) -> ReadSpeaker:
    """A one-word "person" that is a people's or a party's adjective used as a noun ("one
    kind-hearted Canadian wants to help", "Six in 10 Republican said"): the shipped
    tagger reads it as an adjective wherever the article writes it, and the article
    uses it as a noun (:func:`_used_as_noun`). Unnamed people (anonymous); else
    ``read``."""
    if (
        _adjective_everywhere(read, text)
        and "-" not in read.name.strip("-")
        and _used_as_noun(read.name, text)
    ):
        return ReadSpeaker(read.name, SpeakerKind.ANONYMOUS)
    return read


def _adjective_everywhere(read: ReadSpeaker, text: str) -> bool:
    """Is a one-word "person", no listed first name, read as an adjective (JJ) by the
    shipped tagger wherever its article writes it?"""
    word = read.name
    if read.kind != SpeakerKind.PERSON or " " in word or nlp.is_first_name(word.strip("-")):
        return False
    found = list(re.finditer(phrase_pattern([word]), text))
    return bool(found) and all(_tag_at(text, m.start(), m.end()) == "JJ" for m in found)


def _used_as_noun(word: str, text: str) -> bool:
    """Does the article write ``word`` capitalised after a word of its sentence (not
    where a line or a sentence opens: "one kind-hearted Canadian"), or right before a
    verb ("Japanese are mulling ...", not "Amid fury at ...")?"""
    if re.search(r"[\w,;:\u2013\u2014-][ \t]+" + phrase_pattern([word]), text):
        return True
    verbs = re.finditer(phrase_pattern([word]) + r"[ \t]+([a-z]+)", text)
    return any((_tag_at(text, m.start(1), m.end(1)) or "").startswith("VB") for m in verbs)


def _tag_at(text: str, start: int, end: int, lower: bool = False) -> str | None:
    """The shipped tagger's tag of the word at ``start:end`` in its sentence, cut at its
    line (read in lower case if ``lower``); None where no one token spans it."""
    sentence = nlp.sentence_holding(text, start)
    if sentence is None:
        return None
    line_end = text.find("\n", end)  # a headline the splitter ran on into the text ends
    begin = max(sentence.start, text.rfind("\n", 0, start) + 1)  # at its line's end
    tokens = nlp.tokenize(text, begin, min(sentence.end, line_end if line_end >= 0 else len(text)))
    at = next((i for i, t in enumerate(tokens) if (t.span.start, t.span.end) == (start, end)), -1)
    if at < 0:
        return None
    if lower:
        tokens[at] = Token(tokens[at].span, tokens[at].text.lower())
    return nlp.tag(tokens)[at].tag


def _lower_in(word: str, text: str) -> bool:
    """Does the article write ``word`` in lower case (a common word, not a name)?"""
    bare = bare_word(word)
    return bare.isalpha() and re.search(phrase_pattern([bare]), text) is not None


def _common_in(word: str, text: str) -> bool:
    """A word that may head a common noun phrase: a common word, one the tagger reads as
    a common noun ("Tower"), or one the article writes in lower case; no first name,
    initial or suffix."""
    bare = bare_word(word)
    if first_or_initial(word) or bare in SUFFIXES or not word[:1].isupper():
        return False
    return bare in nlp.common_words() or nlp.common_noun(bare) or _lower_in(word, text)


def _head_only_after(before: str, head: str, text: str) -> bool:
    """Does the article write ``head`` capitalised only right after ``before``?"""
    written = len(re.findall(phrase_pattern([head]), text))
    after = len(re.findall(phrase_pattern([before, head]), text))
    return written == after


def _written_alone(name: list[str], text: str) -> bool:
    """Does the article write ``name`` with no capitalised word right after it?"""
    return re.search(phrase_pattern(name) + r"(?!\s+[A-Z])", text) is not None


def _written_without(name: list[str], word: str, text: str) -> bool:
    """Does the article write ``name`` where ``word`` does not stand right before it?"""
    return len(re.findall(phrase_pattern(name), text)) > len(
        re.findall(phrase_pattern([word, *name]), text)
    )


def _nickname_first(name: str) -> str:
    """A quoted nickname out of a name: the given name the person goes by when it is a
    first name (Rafael Edward \u201cTed\u201d Cruz is Ted Cruz), else left out (John
    \u201cTig\u201d Tiegen, Dwayne "The Rock" Johnson)."""
    found = QUOTED_NICKNAME.search(name)
    if found is None:
        return name
    nickname = found.group(0).strip().strip("\u201c\u201d\"'")
    before = name[: found.start()].split()
    if len(nickname.split()) == 1 and nlp.is_first_name(nickname) and before:
        kept = [w for w in before if title_or_honorific(bare_word(w))]  # "Sen. Rafael ..."
        return " ".join([*kept, nickname, name[found.end() :]])
    return QUOTED_NICKNAME.sub(" ", name)


def _opening_word(word: str) -> bool:
    """A word that opens a phrase before a name and is none of it: a speech verb opening a
    label ("Added Cruz"), or a function word that ends a sentence ("No. Donald Trump said":
    an answer, then the name)."""
    sentence = word.endswith(".") and bare_word(word) in lexicons.function_words()
    return (sentence or _speech_verb(word)) and not nlp.is_first_name(word.rstrip("."))


def _speech_verb(word: str) -> bool:
    """A speech verb that is no first name opening a label ("Stated Stone:", "Continued
    Stone:", "Added Cruz"; not "Said Jalili")."""
    return bare_word(word) in lexicons.cue_forms() and not nlp.is_first_name(word)


def _cut_possessive(words: list[str]) -> tuple[list[str], str | None]:
    """ "Clinton's response" is Clinton; "Clinton's spokesman" is someone else."""
    for i, word in enumerate(words):
        match = re.search(r"(?:['\u2019]s|s['\u2019])$", word)
        if not match:
            continue
        owner = [*words[:i], word[: match.start()] + ("s" if match.group(0)[0] == "s" else "")]
        rest = words[i + 1 :]
        if rest and (role_or_plural(rest[0]) or lexicons.is_title_word(rest[0])):
            return words, "someone else"
        return owner, None
    return words, None


def _owner_of_thing(words: list[str]) -> list[str] | None:
    """The owner, possessive and all, of a thing that speaks for them ("Clinton's
    response", "Bush's Facebook post", "Bernie Sanders' email"); None for their people,
    groups or things in the plural ("Clinton's aides", "Cruz's campaign", "Trump's wife",
    "Clinton's attacks"), and for an owner that may be no one's name ("People's Daily",
    "Europeans' hostility": one word must end in "'s" and be no frequent word)."""
    for i, word in enumerate(words[:-1]):
        if not re.search(r"(?:['\u2019]s|s['\u2019])$", word):
            continue
        owner, thing = words[: i + 1], words[i + 1 :]
        named = all(w[:1].isupper() for w in owner) and (
            i > 0 or word.endswith("s") and not _frequent_or_a_date(bare_word(word[:-2]))
        )
        return owner if named and speaks_for_owner(thing) else None
    return None


def _frequent_or_a_date(bare: str) -> bool:
    """A frequent word, a day's name or a month's that is no first name ("Tuesday's
    primary", "January's report"; not "May's")."""
    return (
        nlp.is_frequent_word(bare)
        or bare in WEEKDAYS
        or bare in MONTH_NAMES
        and not nlp.is_first_name(bare)
    )


def _is_organisation(words: list[str]) -> bool:
    if not words or person_named_like_organisation(words):
        return False
    marks = nlp.gazetteer_marks(words)
    return (
        marks[-1] in ("org", "ORG")
        or len(words) > 1
        and bare_word(words[-1]) in ORGANISATION_NOUNS  # "Purple PAC", "Brekkvold Publisher"
        or marks[-1] == "LOC"
        and len(words) > 1
        and all(mark == "LOC" for mark in marks[1:])
        and not nlp.is_first_name(words[0])
    )


def _named_organisation(words: list[str]) -> bool:
    """Is ``words`` an organisation's name as a whole, before titles and headline words
    cut it ("Nevada State Democratic Party", "St. Paul City Council", "Republican National
    Committee"): three or more words, capitalised but for joining words, and marked as
    an organisation?"""
    return (
        len(words) > 2
        and all(w[:1].isupper() or w in NAME_JOINERS for w in words)
        and _is_organisation(words)
    )


def _cut_time_phrase(words: list[str]) -> list[str]:
    """ "Trump last week", "Clinton Friday", "Obama on Tuesday": the name before it."""
    for i in range(1, len(words)):
        if _time_word(words[i]) and all(_time_word(w) or w[:1].isdigit() for w in words[i + 1 :]):
            return words[:i]
    return words


def _time_word(word: str) -> bool:
    return bare_word(word) in TIME_WORDS or word in LOWER_TIME_WORDS


def _after_titles(words: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """The name after the last title ("Florida Gov. Jeb Bush", "Clinton Senior Adviser
    Sidney Blumenthal"), and the title words that stood before it."""
    last = None
    for i, word in enumerate(words[:-1]):
        rest = [w for w in words[i + 1 :] if bare_word(w) not in SUFFIXES]
        if rest and _title_before(word, rest, i):
            last = i
    if last is None:
        return words, ()
    titles = tuple(bare_word(w) for w in words[: last + 1] if title_or_role(w))
    return words[last + 1 :], titles


def _title_before(word: str, rest: list[str], at: int) -> bool:
    """Is ``word`` a title before the name ``rest``? A title word, or a role noun before
    a first name or opening the phrase; "King" in "Billie Jean King" is no title, nor a
    first name before a surname ("Paul Ryan")."""
    if not title_or_role(word) or at == 0 and nlp.is_first_name(word) and len(rest) == 1:
        return False
    title = lexicons.is_title_word(word) or title_or_honorific(bare_word(word))
    return title or first_or_initial(rest[0]) or at == 0 and len(rest) > 1


def _cut_headline(words: list[str]) -> list[str]:
    """ "Paul Scores Direct Hit On Donald Trump" is Paul; "John Leguizamo On How U.S"
    is John Leguizamo; a word like "T-shirts" ends a name."""
    for i, word in enumerate(words):
        hyphenated = "-" in word and not all(p[:1].isupper() for p in word.split("-") if p)
        if hyphenated and not (i and family_name_first(words, i - 1)):  # "Ban Ki-moon"
            return words[:i]
    common = nlp.common_words()
    if len([w for w in words if len(bare_word(w)) > 1]) < HEADLINE_WORDS:
        for i, word in enumerate(words[1:], start=1):
            if _headline_word(word, last=i == len(words) - 1):  # "Clinton Over Trump"
                return [] if bare_word(words[0]) in common else words[:i]
        return words
    for i in range(1, len(words)):
        bare = bare_word(words[i])
        if bare in common and len(bare) > 1 and bare not in SUFFIXES | PARTICLES:
            if nlp.is_first_name(words[0]):
                return words[: min(i, 2)]
            return [] if bare_word(words[0]) in common else words[:1]
    return words


def _cut_common_first(words: list[str]) -> tuple[list[str], bool]:
    """A name does not open with a frequent word that is no first name: "Does Rubio" and
    "Staff Rahm Emanuel" name Rubio and Rahm Emanuel; "Flight Attendants" and "New
    Poll" name no one (True: a group, not a person)."""
    if (
        len(words) < 2
        or first_or_initial(words[0])
        or title_or_role(words[0])
        or nlp.known_spans(words)
    ):
        return words, False  # "New York" is a listed place
    if not nlp.is_common_word(bare_word(words[0])):
        return words, False
    rest = words[1:]
    if len(rest) > 1 and first_or_initial(rest[0]) or len(rest) == 1 and surname_like(rest[0]):
        return rest, False
    return words, True


def _of_frequent_words(words: list[str]) -> bool:
    """ "National Review", "Black Lives Matter": a name that opens with a frequent word
    that is no first name or title, and ends with one, names no person ("Norm Coleman"
    and "Skip Rutherford" end with surnames)."""
    return (
        len(words) > 1
        and not (first_or_initial(words[0]) or title_or_role(words[0]))
        and all(nlp.is_frequent_word(bare_word(w)) for w in (words[0], words[-1]))
    )


def _headline_word(word: str, last: bool) -> bool:
    """A capitalised function word no name holds inside it ("Over", "To", "Are"), or at
    its end one that is no surname either ("To", not "May", "Will" or "From")."""
    bare = bare_word(word)
    if not word[:1].isupper() or word.endswith(".") or bare in PARTICLES:
        return False
    return bare in (NEVER_SURNAMES if last else lexicons.function_words())


def _names_someone(words: list[str]) -> bool:
    """Capitalised words with letters, not a letter or an abbreviation ("A", "D.C.")."""
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if not letters or not all(w[:1].isupper() or bare_word(w) in PARTICLES for w in letters):
        return False
    return not (len(letters) == 1 and len(letters[0].strip(".")) <= 1 or "." in letters[-1][:-1])


def _is_description(words: list[str]) -> bool:
    """ "New Hampshire Republican", "Florida Republican": a role noun after no first name,
    or after a listed place that is a first name too (not "Virginia Foxx": no role)."""
    if not role_or_plural(words[-1]):
        return False
    place = all(mark == "LOC" for mark in nlp.gazetteer_marks(words[:-1]))
    return place or not nlp.is_first_name(words[0])


# ---------------------------------------------------------------- names
@dataclass(frozen=True)
class PersonName:
    """A person's name, normalised: ("donald", "j"), "trump", "" for "Donald J. Trump"."""

    given: tuple[str, ...]
    surname: str
    suffix: str = ""

    @property
    def full(self) -> bool:
        return bool(self.given)

    @property
    def first(self) -> str:
        return self.given[0] if self.given else ""


def parse_name(name: str) -> PersonName:
    written = [w for w in name.split() if not title_or_honorific(bare_word(w))]
    if len(written) == 2 and family_name_first(written, 0):  # "Ban Ki-moon": Ban's
        family, *given = normalise(" ".join(written)).split()
        return PersonName(("".join(given),), family)
    words = normalise(name).replace("'s", "").split()
    suffix = ""
    while words and words[-1] in SUFFIXES:
        suffix = suffix or words.pop()
    while len(words) > 1 and title_or_honorific(words[0]):
        words.pop(0)
    if not words:
        return PersonName((), "", suffix)
    opening = _first_name_too(name)  # "Al Gore"
    given = [w for i, w in enumerate(words[:-1]) if w not in PARTICLES or i == 0 and opening]
    return PersonName(tuple(given), words[-1], suffix)


def _first_name_too(name: str) -> bool:
    """Is a name's opening particle a first name ("Al Gore", "Van Jones"; not "de Blasio",
    "al-Assad" or "Le Pen")? Capitalised, a listed first name with a gender, not joined
    to the surname by a hyphen."""
    words = [w for w in name.split() if not title_or_honorific(bare_word(w))]
    first = words[0] if len(words) > 1 else ""
    return (
        first[:1].isupper()
        and "-" not in first
        and nlp.is_first_name(first)
        and nlp.first_name_gender(first.lower()) is not None
        and not nlp.particle_first(words)  # "Von der Leyen" opening a sentence
    )


@cache
def _nicknamer() -> NickNamer:
    # imported when first asked for: the package reads its version from the installed
    # metadata at import (``importlib.metadata``, ~20 ms of CPU), and extraction never
    # compares given names across articles
    from nicknames import NickNamer

    return NickNamer()


def same_given_name(a: str, b: str) -> bool:
    """The same given name, one cut short ("stan"/"stanley") or a nickname of the other
    ("joe"/"joseph", "bernie"); not two short forms that begin differently, which the
    nickname list gives as forms of one name ("will", "fred": Wilfred)."""
    if a == b or cut_short(a, b):
        return True
    names = _nicknamer()
    if a[0] != b[0] and max(len(a), len(b)) <= SHORT_FORM:
        return False  # "will"/"fred", both short for Wilfred: two names, not one of another
    return b in names.nicknames_of(a) or a in names.nicknames_of(b)


def nickname_of(short: str, name: str) -> bool:
    """Is ``short`` a nickname the list gives for the given name ``name`` ("bill" of
    "william", "dick" of "richard"), not the name cut short or the name itself?"""
    return short != name and not cut_short(short, name) and short in _nicknamer().nicknames_of(name)


def gender_hint(stated: str | None) -> str | None:
    """ "m" or "f" for a gender an article states ("male", "female"; ``core.gender``)."""
    return {"male": "m", "female": "f", "m": "m", "f": "f"}.get(stated or "")


def name_gender(name: PersonName) -> str | None:
    return nlp.first_name_gender(name.first) if name.first and len(name.first) > 1 else None


class Fit(IntEnum):
    """How two names fit: ``SAME`` joins them, ``LOOSE`` only suggests it."""

    NONE = 0
    LOOSE = 1
    SAME = 2


def full_fit(a: PersonName, b: PersonName) -> Fit:
    """Whether two full names are one person (see the module doc)."""
    if not (a.full and b.full) or a.surname != b.surname:
        return Fit.NONE
    first_a, first_b = a.first, b.first
    initial = len(first_a) == 1 or len(first_b) == 1
    if initial and first_a[0] != first_b[0]:
        return Fit.NONE
    spelled = not initial and not same_given_name(first_a, first_b)
    spelled = spelled and not (spells_initials(a, b) or spells_initials(b, a))
    if spelled and not _one_letter_apart(first_a, first_b):
        return Fit.NONE
    middle_a, middle_b = a.given[1:], b.given[1:]
    if (
        middle_a
        and middle_b
        and (
            len(middle_a) != len(middle_b)
            or any(x[0] != y[0] for x, y in zip(middle_a, middle_b, strict=True))
        )
    ):
        return Fit.NONE  # George W. Bush and George H. W. Bush
    if a.suffix != b.suffix:
        suffixed = a if a.suffix else b
        other = b if a.suffix else a
        if other.suffix or not suffixed.given[1:]:
            return Fit.NONE  # Donald Trump Jr. is not Donald Trump
        # "Joseph R. Biden Jr.": a suffix written with a middle initial is the formal name
    return Fit.LOOSE if initial or spelled else Fit.SAME


def spells_initials(short: PersonName, name: PersonName) -> bool:
    """Is ``short``'s one given name the initials of ``name``'s given names and surname
    ("Jeb Bush" for John Ellis Bush), a word no list gives as a first name of its own
    (not "Abe Evans" for Alan Bert Evans)?"""
    if len(short.given) != 1 or len(name.given) < 2 or short.surname != name.surname:
        return False
    letters = "".join(word[0] for word in name.given) + name.surname[0]
    return short.first == letters and not nlp.is_first_name(short.first)


def same_words(a: PersonName, b: PersonName) -> bool:
    """Are two names of three words or more the same words in another order ("Marcel
    Lazăr Lehel" and "Marcel Lehel Lazar": the family name written where the other writes
    a middle name), accents aside? Not two-word names ("Scott Thomas", "Thomas Scott")."""
    words_a, words_b = (*a.given, a.surname), (*b.given, b.surname)
    return (
        len(words_a) >= 3
        and a.suffix == b.suffix
        and words_a != words_b
        and sorted(words_a) == sorted(words_b)
    )


def _one_letter_apart(a: str, b: str) -> bool:
    """ "Rence"/"Reince", "Kristen"/"Kirsten", "Joh"/"Jon": one letter added, dropped or
    changed, or two letters side by side swapped, in names of 4 letters or more, or of 3
    where one is no listed first name ("Tim"/"Tom" are two names; a misspelling, for a
    reporter to confirm)."""
    shortest = 3 if not (nlp.is_first_name(a) and nlp.is_first_name(b)) else 4
    if min(len(a), len(b)) < shortest or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        apart = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(apart) == 2 and apart[1] == apart[0] + 1
        return (
            len(apart) == 1 or swapped and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


# ---------------------------------------------------------------- surname-only speakers
@dataclass(frozen=True)
class Known:
    """What is known of a speaker to compare: its gender, title and role words, and the
    dates of the articles it was seen in."""

    gender: str | None = None
    titles: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    seen: tuple[str, str] | None = None  # first and last article date, YYYY-MM-DD
    named: frozenset[str] = frozenset()  # given names the article puts before the surname
    called_by_surname: bool = False  # another article calls them by the surname alone
    role_counts: tuple[tuple[str, int], ...] = ()  # role words and how many articles give them
    quoted: int = 0  # quotations and statements the library gives them
    gender_bound: bool = False  # the gender is only a pronoun the attribution bound to them


def role_counts(stored: str | None) -> tuple[tuple[str, int], ...]:
    """The office words a person row keeps ("president:12 nominee:3"), with their counts."""
    pairs = (word.rpartition(":") for word in (stored or "").split())
    return tuple((word, int(count) if count.isdigit() else 1) for word, _, count in pairs)


def stored_role_counts(counts: dict[str, int]) -> str | None:
    return " ".join(f"{w}:{n}" for w, n in sorted(counts.items(), key=lambda x: -x[1])) or None


def given_names_before(text: str, surname: str) -> frozenset[str]:
    """The first names an article writes before a surname ("michelle" and "barack" for
    "Obama"), normalised, each with the suffix written after the surname if any ("donald
    jr" for "Donald Trump Jr."): who a bare surname in that article can be."""
    suffixes = "|".join(sorted(SUFFIXES))
    written = re.escape(surname).replace("'", "['\u2019]")  # shown plain, written either way
    pattern = (
        rf"\b([A-Z][\w'\u2019-]+)(?:\s+[A-Z]\.)*\s+{written}\b"
        rf"(?:,?\s+(?i:({suffixes}))\b)?"
    )
    flags = re.IGNORECASE if surname.islower() else 0
    return frozenset(
        " ".join([normalise(m.group(1)), *([m.group(2).lower()] if m.group(2) else [])])
        for m in re.finditer(pattern, text, flags)
        if nlp.written_first_name(m.group(1))
    )


def named_in_article(speaker: Known, given: dict[int, list[PersonName]]) -> tuple[list[int], bool]:
    """Of the people that may be a surname-only speaker (their full-name forms), those its
    article names in full: a name the article writes before the surname is one of their
    forms (:func:`full_fit`: "Joe" for Joseph R. Biden Jr.; not "Donald" for Donald Trump
    Jr.), or one of their middle names written alone ("Norbert Leo Butz" read as "Leo
    Butz"); and whether it names someone of that surname the library does not know (then
    the speaker may be that person)."""

    def names(written: str, forms: list[PersonName]) -> bool:
        first, _, suffix = written.partition(" ")
        return any(
            full_fit(PersonName((first,), form.surname, suffix), form) == Fit.SAME
            or (suffix == form.suffix and first in form.given[1:])
            for form in forms
        )

    named = [p for p, forms in given.items() if any(names(n, forms) for n in speaker.named)]
    unknown = any(not any(names(n, forms) for forms in given.values()) for n in speaker.named)
    return named, unknown


NOT_OFFICES = frozenset({"former", "then", "vice", "deputy", "acting", "chief"})


@lru_cache(maxsize=65_536)
def offices(text: str | None) -> frozenset[str]:
    """The office words of a role or title ("Sen." -> senator; "Republican presidential
    nominee" -> nominee), for comparing speakers' roles."""
    words = set()
    for word in normalise(text or "").split():
        word = lexicons.OFFICE_EQUIVALENTS.get(word, word)
        if word in HONORIFIC_GENDER or word in NOT_OFFICES:
            continue
        if word in lexicons.role_nouns() or lexicons.is_title_word(word):
            words.add(word)
    return frozenset(words)


def title_offices(words: frozenset[str]) -> frozenset[str]:
    """The office words that are titles put before a name ("senator", "president")."""
    return frozenset(w for w in words if lexicons.is_title_word(w))


def surname_fits(speaker: Known, candidate: Known) -> bool:
    """Can a surname-only speaker be this full-name person of the same surname? Nothing
    may disagree (gender, title, years), and something must agree: the gender, or a
    title or role word. A bare surname with nothing known of it fits no one: the person
    may be one the library has never seen named in full. A gender only bound from a
    pronoun (the attribution's guess: "Biden ... she said") yields to the candidate's
    stated one where a role word agrees."""
    if speaker.gender and candidate.gender and speaker.gender != candidate.gender:
        guess = speaker.gender_bound and not candidate.gender_bound
        if not (guess and speaker.roles & candidate.roles):
            return False
    titles = {lexicons.OFFICE_EQUIVALENTS.get(t, t) for t in speaker.titles} - set(HONORIFIC_GENDER)
    if titles and candidate.roles and not titles & candidate.roles:
        return False  # "Sen. Cruz" is not a Cruz who was never called a senator
    if speaker.seen and candidate.seen and _years_apart(speaker.seen, candidate.seen):
        return False
    return (
        speaker.gender == candidate.gender is not None
        or bool(speaker.roles & candidate.roles)
        or candidate.called_by_surname
    )


def _years_apart(a: tuple[str, str], b: tuple[str, str]) -> bool:
    def year(date: str) -> int | None:
        return int(date[:4]) if date[:4].isdigit() else None

    a0, a1, b0, b1 = (year(d) for d in (*a, *b))
    if None in (a0, a1, b0, b1):
        return False
    return a0 > b1 + YEARS_APART or b0 > a1 + YEARS_APART  # type: ignore[operator]


DOMINANT = 3  # a role one person is given this many times as often as another is theirs


def best_by_role(speaker: Known, fits: list[int], known: dict[int, Known]) -> int | None:
    """Among several people that fit, the one the speaker's role names: the only one
    given it, or the one given it far more often ("President Obama" beside a Michelle
    Obama an article once called president); None unless every role is known."""
    if not fits or not speaker.roles or not all(known[c].roles for c in fits):
        return None
    given = {c: sum(n for word, n in known[c].role_counts if word in speaker.roles) for c in fits}
    ranked = sorted(fits, key=lambda c: -given[c])
    top, second = given[ranked[0]], (given[ranked[1]] if len(ranked) > 1 else 0)
    return ranked[0] if top and top >= DOMINANT * max(second, 1 / DOMINANT) else None


KNOWN_SHARE = 0.9  # of the fitting people's quotations: whom a bare surname means


def best_known(fits: list[int], known: dict[int, Known]) -> int | None:
    """Among several people that fit a bare surname no role settles, the one the reader
    knows by it: the only one other articles call by the surname alone, holding at least
    ``KNOWN_SHARE`` of the fitting people's quotations ("Cruz" said, "he" said: Ted Cruz,
    not his father Rafael, quoted once by his full name); None otherwise."""
    by_surname = [c for c in fits if known[c].called_by_surname]
    if len(by_surname) != 1:
        return None
    total = sum(known[c].quoted for c in fits)
    chosen = by_surname[0]
    return chosen if total and known[chosen].quoted >= KNOWN_SHARE * total else None


SOVEREIGN_TITLES = frozenset({"pope", "king", "queen", "emperor", "empress"})


def same_sovereign(speaker: Known, other: Known) -> bool:
    """Is a one-name speaker with a sovereign's or a pope's title ("Pope Francis", "Queen
    Elizabeth") the one-name person of another article with that title? Such a title goes
    with a given name alone, and the two are the whole name a reader knows them by, so
    the name and title name one person wherever they are written, unlike a first name
    alone ("Francis" beside "Pope Francis"), which joins no one: the title must stand in
    both, and neither gender nor years may disagree."""
    if not speaker.titles & other.roles & SOVEREIGN_TITLES:
        return False
    if speaker.gender and other.gender and speaker.gender != other.gender:
        return False
    return not (speaker.seen and other.seen and _years_apart(speaker.seen, other.seen))


# ---------------------------------------------------------------- organisations
# the legal or web form after an organisation's name ("Inc.", "PolitiFact.com"): not a word
# of its identity; "Newspaper(s)" is the same kind of tail ("Gannett Newspapers" = Gannett)
ORGANISATION_TAILS = frozenset(
    {"inc", "incorporated", "corp", "co", "llc", "ltd", "plc", "lp", "com", "org", "net",
     "newspaper", "newspapers"}
)  # fmt: skip
INITIALS_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "at", "&", "a", "an", "to"})
ACRONYM = re.compile(r"(?:[A-Z]\.){1,5}[A-Z]\.?|[A-Z][A-Z&]{1,5}")  # "NYT", "U.N.", "AT&T"


def _without_the(name: str) -> str:
    """An organisation's name without the "the" (or "The") written before it."""
    return name.removeprefix("the ").removeprefix("The ")


DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015"})
ARTICLES = frozenset({"a", "an", "the"})
POSSESSIVE = re.compile(r"['\u2019]s?$|['\u2019]s\W")
LOWER_WORD = re.compile(r"[a-z][a-z-]*")


def organisation_core(name: str) -> str:
    """The name inside an organisation written with words that describe it: its last run
    of capitalised words ("nationalist Global Times tabloid", "left-leaning New Democratic
    Party", "prominent Jewish civil rights organization the Anti-Defamation League",
    "office - the State Department", "Sanders's hometown Burlington Free Press", "a
    Washington Post analysis"), where the words before it describe (no function word but
    "a", "an" or "the"), those after it are lower-case nouns that name no people and no
    campaign or office of the name, and the run is a name (two words or more, or one in
    capitals with at most an article before it: "a CNN"). Else the name as written:
    "Republicans in Congress", "Kazakh government", "a super PAC", "GOP analysts",
    "Trump's Twitter account" (an owner's thing), "this new headline from the Washington
    Post", "6th Circuit Court of Appeals"."""
    words = name.split()
    runs, at = [], 0
    while at < len(words):
        if not words[at][:1].isupper():
            at += 1
            continue
        end = at + 1
        while end < len(words) and _goes_on(words, end):
            end += 1
        runs.append((at, end))
        at = end
    if not runs or runs[-1] == (0, len(words)):
        return name
    start, end = runs[-1]
    if words[start] in ("A", "An") and end - start > 1:
        start += 1  # "A CBS News poll": the article opening the sentence
    before, core, after = words[:start], words[start:end], words[end:]
    if not all(_describes(w) for w in before) or not all(_plain_word(w) for w in after):
        return name
    if after and not _names_a_thing(after[-1]):
        return name  # "GOP analysts", "United States presidential campaign"
    if (
        any(POSSESSIVE.search(w) for w in core)
        or after
        and any(POSSESSIVE.search(w) for w in before)
    ):
        return name  # "Mr. Taylor's group", "Trump's Twitter account"
    if len(core) == 1:  # one word among descriptions may name a kind ("a super PAC")
        alone = core[0].isupper() and len(core[0]) > 1 and not after
        if not alone or any(w.lower() not in ARTICLES for w in before):
            return name
    return " ".join(core)


def _goes_on(words: list[str], at: int) -> bool:
    """Does the word at ``at`` go on a capitalised name ("Department of State", "ABC 7")?"""
    word, following = words[at], words[at + 1 : at + 2]
    joins = word in NAME_JOINERS and bool(following) and following[0][:1].isupper()
    return word[:1].isupper() or word.isdigit() or joins


def _describes(word: str) -> bool:
    """A word that may describe an organisation before its name: capitalised ("Jewish"),
    lower case and no function word but an article ("nationalist", "left-leaning"), a
    dash; not "from", "6th" or "v."."""
    if word[:1].isupper() or word in DASHES or word.lower() in ARTICLES:
        return True
    return bool(LOWER_WORD.fullmatch(word)) and word not in lexicons.function_words()


def _plain_word(word: str) -> bool:
    """A lower-case word that is no function word ("terrorist", "civil"; not "in")."""
    return bool(LOWER_WORD.fullmatch(word)) and word not in lexicons.function_words()


def _names_a_thing(head: str) -> bool:
    """Is the head noun after an organisation's name a thing of it ("tabloid", "report",
    "website", "network"), not people ("leaders") nor a campaign or office (another
    organisation: "United States presidential campaign")?"""
    one = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return not ({head, one} & (NAMED_THING_HEADS | OWNED_HEADS)) and not (
        names_people(head) or names_people(one)
    )


def organisation_form(name: str) -> str:
    """An organisation's comparison form: case, accents, punctuation, a leading "the" and a
    legal or web tail set aside ("The New York Times" and "New York Times", "PolitiFact",
    "Politifact" and "PolitiFact.com", "Apple Inc." and "Apple"); initials run together
    ("U.N." is "un"). Two organisations one form names are one organisation."""
    bare = _without_the(name)
    if ACRONYM.fullmatch(bare):
        return "".join(c for c in bare.lower() if c.isalpha())
    words = normalise(name).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in ORGANISATION_TAILS:
        words.pop()
    return " ".join(words)


def organisation_initials(name: str) -> str:
    """What an organisation's name is looked up by: the initials of its capitalised words
    ("nyt" for "The New York Times", "adl" for "Anti-Defamation League": joining words
    aside, each part of a hyphened word), the letters of a name in initials ("nyt" for
    "NYT"), or the form of a one-word name ("politifact")."""
    form = organisation_form(name)
    if " " not in form:
        return form
    written = [w for w in re.split(r"[\s\-\u2013]+", name) if w]
    if written and written[0].lower() == "the":
        written = written[1:]
    letters = [
        w[0].lower()
        for w in written
        if w[:1].isalpha() and w.lower().strip(".,") not in INITIALS_SKIP
        and w.lower().strip(".,") not in ORGANISATION_TAILS
    ]  # fmt: skip
    return "".join(letters)


def is_initials(name: str) -> bool:
    """Is an organisation named by initials alone ("NYT", "U.N.", "the DNC")?"""
    return bool(ACRONYM.fullmatch(_without_the(name)))


FUNCTION_OPENERS = frozenset(
    {"in", "on", "at", "as", "by", "for", "from", "to", "with", "and", "but"}
)


@lru_cache(maxsize=256)  # asked for each mention; an article's answer does not change
def short_form_of(name: str, text: str) -> str | None:
    """The one longer name of an organisation its article writes for a short form of it:
    its head noun, "the Times" (or "Times") where the article writes "the Times"
    and names "The New York Times" and no other "... Times"; "the Post" where it names
    "The Washington Post". None where the article writes two ("The New York Times" and
    "the Los Angeles Times"), none, never writes "the" and the word, or the word is
    initials, no capitalised word, or not the head ("Congress" in "Library of Congress");
    or the name with words dropped that the article writes (:func:`_fuller_form_of`)."""
    bare = _without_the(name)
    if not bare[:1].isupper() or is_initials(bare) or len(bare) < 3:
        return None
    word = re.escape(bare)
    if " " in bare or not re.search(rf"\bthe[ \t\xa0]+{word}\b(?![ \t\xa0]+[A-Z])", text):
        return _fuller_form_of(bare, text)  # never written as a head's short form ("the
        # Times said"): "State" for "State Department", not "Congress"
    run = rf"(?<![\w.])((?:[A-Z][\w.&'\u2019-]*[ \t\xa0]+)+){word}\b"
    found = {}
    for m in re.finditer(run, text):
        words = m.group(0).split()
        ends = [i + 1 for i, w in enumerate(words[:-1]) if w.endswith(".") and len(w) > 3]
        words = words[max(ends, default=0) :]  # "Navy. The Chinese": a sentence ends there
        while words and (words[0] in ("The", "A", "An") or bare_word(words[0]) in FUNCTION_OPENERS):
            words = words[1:]  # "In New York Times ...": a sentence's opening word
        if len(words) > 1:
            whole = " ".join(words)
            found.setdefault(organisation_form(whole), whole)
    return next(iter(found.values())) if len(found) == 1 else None


def _fuller_form_of(name: str, text: str) -> str | None:
    """The one name of an organisation its article writes that ``name`` shortens by
    dropping words: its first word before an organisation noun ("State" for "State
    Department"), or its first and last words around others ("Holocaust Museum" for
    "Holocaust Memorial Museum"); None where the article writes none, or two ("State
    Department" and "State Committee")."""
    words = name.split()
    if owned_form(name) or any(w.endswith(("'s", "\u2019s")) for w in words):
        return None  # "Clinton's campaign": its owner's, joined by :func:`owned_form`
    if len(words) == 1:
        heads = "|".join(w.capitalize() for w in sorted(lexicons.ORGANISATION_HEADS))
        longer = rf"\b{re.escape(words[0])}[ \t\xa0]+(?:{heads})\b"
    elif len(words) == 2:
        between = r"(?:[ \t\xa0]+[A-Z][\w.&'\u2019-]*)+?"
        longer = rf"\b{re.escape(words[0])}{between}[ \t\xa0]+{re.escape(words[1])}\b"
    else:
        return None
    found = {organisation_form(m.group(0)): m.group(0) for m in re.finditer(longer, text)}
    return next(iter(found.values())) if len(found) == 1 else None


def owned_form(name: str) -> str | None:
    """The comparison form of a person's campaign, office or team by the owner's surname
    ("John Kasich's presidential campaign", "Presidential candidate Marco Rubio's
    campaign", "PHILADELPHIA \u2015 Hillary Clinton's campaign", "O'Malley's campaign":
    "kasich campaign", "rubio campaign", "clinton campaign", "o'malley campaign"): the
    capitalised word that owns the head, its "'s" aside, with only lower-case words
    between ("presidential"); None where no capitalised word that is no frequent one owns
    it ("White House team", "his campaign", "the Justice Department office")."""
    words = name.split()
    if len(words) < 2 or bare_word(words[-1]) not in OWNED_HEADS:
        return None
    at = len(words) - 2
    while at > 0 and words[at][:1].islower() and not re.search(r"['\u2019]s?$", words[at]):
        at -= 1
    owner = re.sub(r"['\u2019]s?$", "", words[at].strip(",;:"))
    bare = normalise(owner)
    if not owner[:1].isupper() or not bare or nlp.is_frequent_word(bare) or owner.isupper():
        return None
    if lexicons.is_title_word(bare) or bare in HONORIFIC_GENDER:
        return None
    return f"{bare} {bare_word(words[-1])}"
