"""Roles as the article phrases them, and a short form for a speaker row.

"Defense Minister Danno Pevkur" (a title before the name), "Josep Borrell, the EU's
High Representative ..., said" (an appositive, with a relative clause saying what the
person does), "a Twitter spokesman, Christopher Abboud, said" (a phrase the name is set
beside), "Sen. Tim Kaine (D-Va.)" (a party and state tag), "Derek Mitchell, who served as
U.S. ambassador to Burma, said" (a relative clause alone), "Brieger is the current
chairman of ..." (a copula). The grammar over tagged tokens is in
:mod:`core.role_grammar`; honorifics (Mr., Ms.) say nothing of a role and are left out.

Roles are read at the mention an attribution rests on (``name_roles``, ``title_role``)
and then at every other mention of the person's name in the article
(``add_article_roles``), so a role given once serves every quote. ``short_role`` gives
the head of a role for a list of speakers ("former director of the CBO").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from core import lexicons, nlp
from core.dates import MONTHS
from core.document import Span, SpeakerKind, Token
from core.kind_evidence import BODY_APPOSITIVE, KIN_GENDER, noun_gender
from core.name_runs import NAME_WORD
from core.nominals import holds_public_office, office_word, role_fits, role_names, unnamed_before
from core.person import PARTY_WORDS, PRONOUN_GENDER, Person
from core.person_names import GRADE, SUFFIXES, kin_introducing, name_words, surname
from core.phrases import ASIDE_DASHES, SUBORDINATORS, TIME_NOUNS, TIME_OPENERS
from core.quotes import QuotedSpan, scan
from core.role_grammar import (
    CLOSING_QUOTES,
    COMMA_PARTY_TAG,
    CREDIT,
    DEICTIC_TIMES,
    FINITE_TAGS,
    HONORIFICS,
    LEADING_VERBS,
    MODIFIER_TAGS,
    NOUN_MODIFIERS,
    NOUN_TAGS,
    OPENING_QUOTES,
    PARTY_TAG,
    PREPOSITIONS,
    SAID_FORMS,
    STATE_TAG,
    TENURE_ADVERBS,
    TENURES,
    TITLE_STOP,
    Sentence,
    appositive_after,
    copula_after,
    credit_spans,
    honorific,
    is_place,
    role_phrase,
    role_word,
    sentence_tokens,
    shared_appositive,
    strong_role,
    title_noun,
)
from core.roles_before_name import apposed_before, copula_before, named_before, title_before

if TYPE_CHECKING:  # annotations only: core.speakers reads this module (mention_roles)
    from core.speakers import Cast

MAX_SHORT = 72  # characters a short role may hold (an office spelled out in full)
MAX_PLAIN = 60  # ... and one that is not an office's proper name ("director of the ...")
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "at", "to", "&"})
HONORIFIC_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr"})
BEFORE, AFTER = 110, 220  # characters around a name read for its roles
PARAGRAPH = re.compile(r"[^\n]+")
# What may follow a name that has a role after it: an appositive, a party tag, a copula,
# a verb of heading a body ("Ann Lee heads the ...").
_HEADS = "|".join(sorted(v for v in LEADING_VERBS if v.endswith("s")))
_ROLE_AFTER = re.compile(
    r"\s*[,(\u2014\u2013]|\s*--|\s+-\s|"
    rf"\s+(?:is|was|has|had|serves|served|spent|works|worked|now|also|then|{_HEADS})\b"
)
# What follows a comma after a name when no appositive does ("Trump, adding", "Cruz and").
_INDEFINITE = re.compile(r",\s+(?:\d+,\s+)?an?\s")  # ", 39, a waitress": a description
_NO_APPOSITIVE = re.compile(
    r"\s*(?:said|says|told|tells|adding|saying|and|or|but|according|while|as|when|if|"
    r"because|after|before|in|on|at|to|for|with|by|from|though|although|where)\b"
)
_WORD = re.compile(r"\S+")  # a word with the punctuation around it
_WORD_BEFORE = re.compile(r"(\S+)\s+$")  # the word before a stretch of text
# Compiled here, not at their first use, so that a pool's workers fork with them made:
_ARTICLE = re.compile(r"^(?:the|a|an|another|one(?! of))\s+", re.IGNORECASE)  # before a role
_MARK_IN_QUOTE = re.compile(r"[,.]([\u201d\"']+)$")  # the comma closing a quoted title
_PAST = re.compile(r"(?:former|ex-|then|onetime)", re.IGNORECASE)  # a past role's mark
_ABBREVIATION = re.compile(r"[A-Z][\w.]{0,5}\.")  # "Sen.", "U.S."
# A party or state tag in a role: "(R-Fla.)", "(Maine)", "D-Nev.".
_TAGS = re.compile(rf"{PARTY_TAG.pattern}|{STATE_TAG.pattern}|\(?\b[DRI]-[A-Z][\w.]*\)?")
# A place after a name, before a comma: " of Maryland", " from New York".
_ORIGIN = re.compile(r"\s+(?:of|from)\s+((?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*)(?=,)")
# A place after a titled name ("Sen. Tammy Baldwin | of Wisconsin"), a name's words alone.
_JURISDICTION = re.compile(r"\s+of\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?![\w'\u2019-]|\s+[A-Z])")
_ELECTED_TITLES = frozenset(
    {"sen.", "sens.", "senator", "senators", "rep.", "reps.", "representative", "gov.", "governor"}
    | {"mayor", "assemblyman", "assemblywoman", "congressman", "congresswoman", "del."}
)
# Offices a country (or a province) holds one of, whose place follows the title as its
# complement when written after the name: "Prime Minister Shinzo Abe | of Japan" ->
# "Prime Minister of Japan", "Foreign Minister Sergey Lavrov of Russia".
_HEAD_OF_PLACE = frozenset({"president", "chancellor", "king", "queen", "premier", "emperor"})
# An organisation after a name: " of the American Enterprise Institute", " of Goldman Sachs".
_CAPITALISED = r"[A-Z](?:[\w'&\u2019-]|\.(?=\w))*"
_ABBREVIATED_WORD = r"[A-Z][a-z]{0,2}\.(?=\s+[A-Z])"  # "St." in "St. Luke's Hospital"
_AFFILIATION = re.compile(
    rf"\s+of\s+((?:the\s+(?:[a-z][a-z-]+\s+){{0,2}})?(?:{_ABBREVIATED_WORD}|{_CAPITALISED})"
    rf"(?:\s+(?:(?:of|for|and|on|the|&)\s+)*{_CAPITALISED})*)"
)
_OBJECT_BESIDE = nlp.EndPattern(  # a preposition's object closed by a comma before a name
    re.compile(
        rf"\b(?:{'|'.join(sorted(PREPOSITIONS))})\s+(?:the|its|his|her|their|a|an)\s+"
        r"(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+,$",
        re.IGNORECASE,
    ),
    (",",),
    False,
)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
# The term a name is chosen for, right after it or its passive verb ("nominated Ann Lee |
# for a second five-year term as", "Ann Lee was elected | to a third term as").
_TERM_AS = re.compile(
    r"(?:\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+[a-z-]+ed)?\s+(?:for|to)\s+"
    r"(?:a|an|his|her|their|another)\s+(?:[\w-]+\s+){0,3}?terms?\s+as\s+(?=[\w\u201c\"])"
)
_SUFFIX_AFTER = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b")
# A possessor opening a role: "Obama's", "the White House's", "campaign's".
_POSSESSOR = re.compile(
    r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*|[a-z][\w-]*)(?:['\u2019]s|s['\u2019])\s+(?=\S)"
)
# Words after which a clause is not the article's own statement (see ArticleRoles._asserted).
# before a name, words whose clause asserts nothing: its copula states no role
NOT_ASSERTING = frozenset({"if", "unless", "whether", "that"}) | PREPOSITIONS
_POSSESSIVE_END = re.compile(r"(?:['\u2019]s?)+$")  # "governor's", "governors'"
# Roles' own cheap sentence edge, read on the text alone before any tagging: a stop (or a
# semicolon) before a capital or an opening mark, or a line break. Not the article's
# Punkt sentences: it also stops at a title's abbreviation before a name ("Sen. Marco
# Rubio", "Mr. Trump": 4,355 of its 30,941 stops in train's text are no Punkt sentence
# start), where roles read around names; only _sentence_end steps over those. Moving
# the ten uses to the sentence spans changes what they read: that wants its own measure.
# (written to open with its first character's class, which sre skips to: see _DEFINITE)
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=\n)|[\u201d\"]?\s+[A-Z\u201c\"])")


# ---------------------------------------------------------------- at one name


@lru_cache(maxsize=4096)
def title_role(title: str) -> str | None:
    """The title in the words right before a name, less honorifics ("Secretary of State",
    "retired Air Force general", "Trump campaign spokesman"); None for "footage of" or
    "a pardon to"."""
    if not title.strip():
        return None
    stand_in = _ends_abbreviated_title(title)
    text = title.rstrip() + _NAME_AFTER if stand_in else title
    sentence = sentence_tokens(text, 0, len(text))
    span = title_before(sentence, len(sentence.tokens) - 1 if stand_in else len(sentence.tokens))
    return _text(title, sentence, span) if span else None


_NAME_AFTER = " Name"  # a stand-in for the name a title stands before


def _ends_abbreviated_title(title: str) -> bool:
    """Whether ``title`` ends in a title written only abbreviated ("Del." of Delegate,
    "Supt."), whose period the tokenizer keeps with it only before a capitalised word
    (else "Del" and a full stop): read before a stand-in name, as in the article."""
    last = title.rstrip().rsplit(None, 1)[-1].rpartition("-")[2]  # "then-Gov.": "Gov."
    return last.endswith(".") and last[:-1].lower() in lexicons.abbreviated_title_words()


def title_of(text: str, title: str, start: int, end: int) -> str | None:
    """The role the ``title`` words before the name at ``start``-``end`` give that one
    person: a plural title shared with a name after "and" is one's ("Sens. | Rand Paul
    (Ky.) and Marco Rubio" → "Sen.")."""
    titled = title_role(title)
    if titled and start > 0 and _heads_reduced_relative(text, start, end):
        return None  # "The federal judge | Trump | was referring to is ...": another's
    if titled and title_role(_with_word_before(text, title, end)) is None:
        return None  # "an agenda a | President Clinton could ...": the word before shows
        # the words no title ("a" before one title, "most" before a comparison)
    shared = shared_title(text, start, end) if titled and start > 0 else None
    if titled and shared and titled.endswith(_plural(shared)):
        return titled[: -len(_plural(shared))] + shared
    return titled


def _tokens_from(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of ``sentence`` from the one that starts at ``start`` to those before
    ``end``, as indices; None when no token starts at ``start``."""
    offsets = [t.span.start for t in sentence.tokens]
    i = bisect.bisect_left(offsets, start)
    if i == len(offsets) or offsets[i] != start:
        return None
    return i, bisect.bisect_left(offsets, end)


def party_tag(text: str, end: int, titled: bool = False) -> str | None:
    """A party and state tag right after a name: "(R-Ind.)", "(D)", ", R-Pa.," (shown
    "(R-Pa.)"), or, after a titled name, a state alone ("Sen. Susan Collins (Maine)",
    "Sen. Ben Cardin (Md.)")."""
    match = PARTY_TAG.match(text, end) or _comma_tag(text, end) or titled and _state_tag(text, end)
    return f"({match.group(1)})" if match else None


def with_tag(titled: str | None, tag: str | None) -> str | None:
    """A title with the tag written after its name: a party tag after it ("Sen. (R-Ky.)"),
    the place the office serves before it, as a reporter prints it ("Sen. Tammy Baldwin
    of Wisconsin" -> "Wisconsin Sen.", "former Sen. Evan Bayh of Indiana" -> "former
    Indiana Sen.", "Lt. Gov. Ann Lee of Texas" -> "Texas Lt. Gov.", "rival Sen. Ann Lee
    of Vermont" -> "rival Vermont Sen.": before the title's words, capitalised or not;
    "Sen. of Wisconsin" reads as no printed role would)."""
    if titled and tag and tag.startswith("of ") and _heads_place(titled):
        return f"{titled} {tag}"  # "Chancellor Angela Merkel of Germany" -> "Chancellor of
        # Germany": a country's office takes its place after it, as its complement
    if titled and tag and tag.startswith("of "):
        words = titled.split()
        k = len(words)
        while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _ELECTED_TITLES):
            k -= 1  # "former senator Evan Bayh of Indiana" -> "former Indiana senator"
        return " ".join([*words[:k], tag[3:], *words[k:]])
    return " ".join(p for p in (titled, tag) if p) or None


def jurisdiction(text: str, end: int, titled: str | None) -> str | None:
    """The place an office held by a titled name serves, written after the name: "Sen.
    Tammy Baldwin | of Wisconsin", "Mayor Ann Lee | of Dayton" (shown "of Wisconsin" after
    the title); a listed place alone, not a longer name ("of New York City Council"), for
    a title of an office a place elects ("Sen.", "Gov.", "Mayor", not "Dr.")."""
    if not titled or (
        titled.split()[-1].lower() not in _ELECTED_TITLES and not _heads_place(titled)
    ):
        return None
    match = _JURISDICTION.match(text, end)
    return f"of {match.group(1)}" if match and is_place(match.group(1).split()) else None


def _heads_place(titled: str) -> bool:
    """Whether a title is a country's office that "of" and a place may follow: its last
    word heads a place ("President", "Prime Minister", "Foreign Minister"), capitalised
    as a title; not "Speaker" or "Judge", whose place is where the person is from."""
    last = titled.split()[-1]
    return last[:1].isupper() and (last.lower() in _HEAD_OF_PLACE or last.lower() == "minister")


_PARENTHESIS_BEFORE_COMMA = re.compile(r" ?\([^()\n\u201c\u201d\"]{1,40}\)(?=,)")


def _comma_tag(text: str, end: int) -> re.Match[str] | None:
    """ ", R-Pa.," after a name: a state or an abbreviation ("R-Texas", "D-N.Y."), or a
    legislator's home town that punctuation closes ("D-Fairfax,"; not "D-Day planner")."""
    match = COMMA_PARTY_TAG.match(text, end)
    if match is None:
        return None
    state = match.group(2)
    listed = state.endswith(".") or state.isupper() or is_place(state.split())
    return match if listed or _TAG_CLOSED.match(text, match.end()) else None


_TAG_CLOSED = re.compile(r"[,;:.)\u2014\u2013]|\s*$")


def _state_tag(text: str, end: int) -> re.Match[str] | None:
    match = STATE_TAG.match(text, end)
    if match is None:
        return None
    return match if is_place(match.group(1).split()) or match.group(1).endswith(".") else None


def after_name(text: str, end: int) -> int:
    """Where the text after a name continues, past its party tag or the place the person
    is from ("Senator Ben Cardin of Maryland, a Democrat on ...": the appositive is his),
    or a short aside in parentheses that a comma closes ("Ann Lee (pictured), chief
    executive of ...", "Ann Lee (Lib Dem, Dereham West), the local councillor")."""
    match = (
        PARTY_TAG.match(text, end)
        or _comma_tag(text, end)
        or _state_tag(text, end)
        or _PARENTHESIS_BEFORE_COMMA.match(text, end)
    )
    if match:
        return match.end()
    origin = _ORIGIN.match(text, end)
    return origin.end() if origin and is_place(origin.group(1).split()) else end


def affiliation(text: str, end: int, titled: bool = False) -> str | None:
    """ " of the American Enterprise Institute" right after a name ending at ``end``: the
    organisation the person speaks for, as written; not a place ("Chris Christie of New
    Jersey", read by :func:`after_name`). After a ``titled`` name any proper name but a
    place is one ("Dr. Ann Singh of St. Luke's Hospital": the title says a person is
    named, and what they are "of" is where they work)."""
    match = _AFFILIATION.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    bare = words[1:] if words[0] == "the" else words
    n = next((k for k, w in enumerate(bare) if not w.islower()), len(bare))
    described, bare = bare[:n], bare[n:]  # "of the non-partisan | Cook Report"
    if described and not bare:
        return None
    if {"org", "ORG"} & set(nlp.gazetteer_marks(bare)):
        return f"of {match.group(1)}"
    if words[0] == "the" and len(bare) > 1 and _named_body(bare):
        return f"of {match.group(1)}"  # "of the Brookings Institution", not "of the Bronx"
    if titled and len(bare) > 1 and not any(is_place(bare[:n]) for n in range(1, len(bare) + 1)):
        return f"of {match.group(1)}"  # not a place nor one's building ("New York City Hall")
    if not titled and words[0] != "the" and _unlisted_body(bare, text, match.end()):
        return f"of {match.group(1)}"  # "Holger Schmieding of Berenberg said"
    return None


def _unlisted_body(words: list[str], text: str, end: int) -> bool:
    """Do the capitalised ``words`` after an untitled name's "of", ending at ``end``, name a
    body the gazetteer does not list, the way a reporter gives an affiliation? The words
    alone cannot tell a body from an unlisted town ("Juan Manriquez of Oakland", "DeSantis
    of Ponte Vedra Beach"), so the text must say it: a capitalised "The" opening them (a
    publication's name: "George Zornick of The Nation wrote") or an appositive after them
    headed by an organisation's noun ("Holger Schmieding of Berenberg, Germany's largest
    private bank, warned"). No listed place, person or title may be among them."""
    if any(nlp.gazetteer_marks(words)) or any(
        is_place(words[:n]) for n in range(1, len(words) + 1)
    ):
        return False
    if not _named_body(words) or "and" in words or "&" in words:
        return False  # "Mr. Altman of Evercore and Mr. Rubin": another name follows
    if words[0] == "The" and len(words) > 1:
        return True
    apposed = BODY_APPOSITIVE.match(text, end)
    return apposed is not None and nlp.gazetteer_marks([apposed.group(1)]) == ["org"]


def _named_body(words: list[str]) -> bool:
    """Do the capitalised ``words`` after "the" name a body ("the Rothenberg-Gonzales
    Political Report"): no listed place ("the United States") nor a person ("the Rev.
    Al Sharpton")?"""
    if is_place(words):
        return False
    return not nlp.is_first_name(words[0]) and not title_noun(words[0])


def appositive_role(text: str, end: int) -> str | None:
    """ ", the EU's High Representative for ...," right after a name ending at ``end``,
    with a relative clause saying what the person does, or such a clause alone."""
    reader = _reader(text)
    sentence = reader.following(end)
    if sentence is None:
        return None  # most names are followed by a verb: no words to tag
    j = bisect.bisect_left([t.span.start for t in sentence.tokens], end)
    found = appositive_after(sentence, j)
    return reader._role(sentence, found[:2], found[2]) if found else None


@lru_cache(maxsize=2)
def _reader(text: str) -> ArticleRoles:
    """The article's role reader, shared by attribution and the article-wide pass so
    that each sentence is tagged once."""
    return ArticleRoles(text)


@lru_cache(maxsize=4096)
def name_roles(text: str, title: str, name_end: int) -> tuple[str | None, str | None]:
    """The roles at a name ending at ``name_end``: the one its ``title`` words give, with
    a party tag after the name ("Sen. Rand Paul (R-Ky.)"), and the appositive after it.
    Cached: attribution asks again about a name it met before (a third of its asks)."""
    at = text.rfind(title, 0, name_end) + len(title) if title.strip() else -1
    titled = title_of(text, title, at, name_end)  # none after "most", "a" (see title_of)
    tag = party_tag(text, name_end, bool(titled)) or jurisdiction(text, name_end, titled)
    before = with_tag(titled, tag)
    return before, appositive_role(text, after_name(text, name_end))


def _with_word_before(text: str, title: str, name_end: int) -> str:
    """``title``, the words right before a name ending at ``name_end``, with the word of
    the article before them, which may show them to be no title ("most")."""
    at = text.rfind(title, 0, name_end)
    word = _WORD_BEFORE.search(text, max(0, at - 30), at) if at > 0 else None
    return f"{word.group(1)} {title}" if word else title


def _text(text: str, sentence: Sentence, span: tuple[int, int], form: str = "") -> str | None:
    """The role the tokens ``span`` of ``sentence`` give, as the article writes it; with
    ``form`` "former", marked as a past role ("who was the ..." → "former ...")."""
    tokens = sentence.tokens
    a, b = span
    if a >= b or b - a == 1 and honorific(tokens[a]):
        return None
    end = tokens[b - 1].span.end
    role = text[tokens[a].span.start : end + _abbreviation_stop(text, tokens[b - 1].text, end)]
    role = _ARTICLE.sub("", role)
    role = _MARK_IN_QUOTE.sub(r"\1", role)  # “Thelma and Louise,” closing it
    if form and not _PAST.match(role):
        owner = _POSSESSOR.match(role)  # "Obama's chief of staff" → "Obama's former ..."
        role = f"{owner.group(0)}{form} {role[owner.end() :]}" if owner else f"{form} {role}"
    return None if CREDIT.search(role) else role


def _abbreviation_stop(text: str, word: str, end: int) -> int:
    """1 when the period at ``end`` after ``word`` is the word's own, as the article writes
    the word with a period before a comma, where no full stop stands ("Ava, Mo., who":
    the tokenizer splits "Mo." off, but a reporter prints "Ava, Mo."); else 0."""
    if text[end : end + 1] != "." or not word.replace(".", "").isalpha():
        return 0
    if f"{word}.," not in text:
        return 0  # no match, without scanning the text with the word's pattern
    return 1 if re.search(rf"(?<![\w.]){re.escape(word)}\.,", text) else 0


# ---------------------------------------------------------------- across an article


def _reach_back(words: list[str], n: int) -> int:
    """How many characters back from a mention the words before it that may give it a
    role reach, ``words[n]`` the one next to it (past an honorific): back to a function
    word or a sentence's end, with one more word for context."""
    reach = 0
    last = n
    # a phrase set beside the name opens its clause: a comma, or a dash opening an
    # aside the name stands in ("A former Republican presidential candidate -- John
    # McCain, who lost the 2008 election to Obama -- said")
    apposed = words[n].endswith(",") or words[n] in ASIDE_DASHES
    while n >= 0:
        word = words[n]
        bare = word.strip("\u201c\u201d\"'()[]").lower()
        reach += len(word) + 1
        closed = word.rstrip('\u201d"')  # a quoted name ends no sentence: “Morning Joe”
        ends = word[-1] in ".!?:;\u201c" or closed != word and closed[-1:] in ".!?:;,"
        if not bare or ends and not _abbreviated_title(word):
            break  # the word that ends the sentence before is context for the tagger
        if apposed and n < last and word.endswith(","):
            for before in reversed(words[max(0, n - 3) : n]):  # ... and so does the
                if before[-1] in ".!?:;,":  # clause before, back to a preposition
                    break  # that may open it ("On CNN Tuesday, | his wife, Jane,")
                reach += len(before) + 1
            break
        if (
            bare == "and"
            and n > 0
            and (
                title_noun(words[n - 1])
                or words[n - 1].islower()
                or {"of", "for"} & set(words[n - 3 : n - 1])
            )
        ):
            n -= 1  # "Real estate mogul and | reality television star", "national
            continue  # security and | foreign policy staffer", "Secretary of State and",
            # "Minister for Fisheries and | Oceans"
        joins_office = (
            n > 0
            and (  # "Ambassador to | the United Nations"
                bare in {"to", "for"}
                and words[n - 1][:1].isupper()
                or bare == "the"
                and words[n - 1].lower() in {"of", "to", "for"}
            )
        )
        if bare in TITLE_STOP and bare != "of" and not apposed and not joins_office:
            reach += len(words[n - 1]) + 1 if n else 0  # one word of context
            break
        if apposed and n > 1 and words[n - 1] == "of" and words[n - 2].lower() == "one":
            reach += sum(len(w) + 1 for w in words[max(0, n - 3) : n])  # "one of | his
            break  # advisers, Tad Devine", with a word of context
        n -= 1
    return reach


class ArticleRoles:
    """The roles an article gives at mentions of names; the words around a mention are
    tagged when it first needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._paragraphs = [m.span() for m in PARAGRAPH.finditer(text)]
        self._tokens: dict[Span, Sentence] = {}
        self._credit_spans: dict[int, list[Span]] = {}
        self._quotations: tuple[list[int], list[int]] | None = None
        self._scanned: list[QuotedSpan] | None = None
        self._mention_roles: dict[tuple[int, int], tuple[str, ...]] = {}  # see at

    def sentence(
        self, start: int, end: int, before: int = BEFORE, after: int = AFTER
    ) -> Sentence | None:
        """The tagged words around a mention at ``start``-``end`` within its paragraph:
        up to ``before`` characters before it and ``after`` after it, enough for a title
        and an appositive (tagging whole sentences cost more than the rest of the
        extraction). The grammar stops at a sentence's full stop, which the tokenizer
        keeps apart from abbreviations ("Sen.", "U.S."), so no sentence splitter runs."""
        k = self.paragraph_index(start)
        if k < 0 or not self._paragraphs[k][0] <= start < self._paragraphs[k][1]:
            return None
        first, last = self._paragraphs[k]
        lo = self._word_start(max(first, start - before), first)
        hi = self._word_end(min(last, end + after), last)
        window = Span(lo, hi)
        if window not in self._tokens:
            credits = [c for c in self._credits(first, last) if c.start < hi and lo < c.end]
            opens = lo == first
            self._tokens[window] = sentence_tokens(self.text, lo, hi, credits, opens)
        return self._tokens[window]

    def paragraph_index(self, at: int) -> int:
        """The index of the last paragraph that begins at or before ``at`` (-1: none)."""
        return bisect.bisect_right(self._paragraphs, (at, len(self.text))) - 1

    def _paragraph_start(self, at: int) -> int:
        """Where the paragraph of ``at`` begins (0 before the first)."""
        k = self.paragraph_index(at)
        return self._paragraphs[k][0] if k >= 0 else 0

    def _credits(self, first: int, last: int) -> list[Span]:
        """The photo credits of the paragraph ``first``-``last``, found once: a window may
        begin inside one ("...Getty | ImagesRepublican presidential candidates")."""
        if first not in self._credit_spans:
            self._credit_spans[first] = credit_spans(self.text, first, last)
        return self._credit_spans[first]

    def _word_start(self, at: int, floor: int) -> int:
        """``at``, moved back to the start of the word it falls in."""
        while at > floor and not self.text[at - 1].isspace():
            at -= 1
        return at

    def _word_end(self, at: int, ceiling: int) -> int:
        """``at``, moved on to the end of the word it falls in."""
        while at < ceiling and not self.text[at].isspace():
            at += 1
        return at

    def at(self, start: int, end: int) -> Iterator[str]:
        """The roles given at a mention of a name at ``start``-``end``, read once for each
        mention (attribution asks about a mention, then the article-wide pass again)."""
        roles = self._mention_roles.get((start, end))
        if roles is None:
            roles = self._mention_roles[start, end] = tuple(self._read_at(start, end))
        return iter(roles)

    def _read_at(self, start: int, end: int) -> Iterator[str]:
        rest = after_name(self.text, end)
        before = self._preceding(start, end)
        titled = None
        opens = start  # where the name with its title begins
        shared = shared_title(self.text, start, end)  # "Senators Rubio and Cruz"
        if before is not None:
            if (tokens_at := _tokens_from(before, start, rest)) is not None:
                i, j = tokens_at
                title, titled, opens = self._titled(before, i, j, start, end, shared)
                shared = None
                yield from filter(None, [with_tag(titled, self._tag(end, titled))])
                apposed = apposed_before(before, title[0] if title else i, j)
                if apposed is not None:
                    yield from self._roles(before, [(*apposed, "")])
        elif shared is not None:  # "Sens. Ann Vale (Ohio) and | Tom Reed (Iowa)"
            shared = self._shared_in_full(start, shared)
            yield from filter(None, [with_tag(shared, self._tag(end, shared))])
            shared = None
        else:
            yield from filter(None, [party_tag(self.text, end)])  # "(R-Calif.)": no tags
            yield from self._listed(start, end)
        if _NAMED_BEFORE.search(self.text, max(0, start - 12), start) and not self.quoted(start):
            yield from self._named_as(start, end)
        if _COPULA_BEFORE.search(self.text, max(0, start - 6), start) and not self.quoted(start):
            yield from self._complement(start, end)
        if shared is not None:
            yield shared
        term = _TERM_AS.match(self.text, rest)
        if term is not None and not self.quoted(start):
            yield from self._term(term.end())
        if rest == end:
            yield from filter(None, [affiliation(self.text, end, opens < start)])
        yield from self._shared(start, rest)
        yield from self._pair_apposed(start, rest)
        yield from self._apposed_after(rest, opens)

    def _titled(
        self, before: Sentence, i: int, j: int, start: int, end: int, shared: str | None
    ) -> tuple[tuple[int, int] | None, str | None, int]:
        """The title before the name at tokens ``i`` to ``j`` of ``before`` (characters
        ``start`` to ``end``): its tokens, the role it gives (or the title ``shared``
        with another name), and where the name with its title begins."""
        title = title_before(before, i)
        if title is not None and _modifies_noun(before, title[0], j):
            title = None  # "the forever | Sanders | movement": the noun's modifier
        if title is not None and _heads_reduced_relative(self.text, start, end):
            title = None  # "The federal judge | Trump | was referring to is ...":
            # the noun is another's, the name the subject of a clause on it
        group = None if title or shared else _group_title(before, i, j)
        if group is not None:
            title = group[0]
        opens = before.tokens[title[0]].span.start if title else start
        titled = self._role(before, title) if title else None
        if titled and group is not None and titled.endswith(group[1]):
            titled = titled[: -len(group[1])] + group[2]  # "presidents" → one's
        if title and shared:  # "Idaho Sens. | Jim Risch and"
            titled = self._one_of_shared(before, title, shared) or titled
        if titled and self.quoted(opens) and self._called(opens, end):
            titled = None  # cheer for “President Bernie Sanders.”: a name called
        if titled is None and shared is not None:
            titled = self._shared_in_full(start, shared)
        return title, titled, opens

    def _shared_in_full(self, start: int, shared: str) -> str:
        """The title ``shared`` by the names of a list, for a later name at ``start``,
        with the words before the plural that the first name's title holds: "Democratic
        Reps. Ann Lee and | Tom Reed" -> "Democratic Rep.", "Former Sens. Ann Lee and |
        Tom Reed" -> "Former Sen.", as the first name reads it."""
        plural = _plural(shared)
        at = self.text.rfind(f"{plural} ", max(0, start - BEFORE), start)
        first = at + len(plural) + 1
        sentence = self.sentence(first, first + 1, BEFORE, 12) if at >= 0 else None
        found = _tokens_from(sentence, first, first + 1) if sentence is not None else None
        title = title_before(sentence, found[0]) if found and sentence is not None else None
        if title is None or sentence is None:
            return shared
        return self._one_of_shared(sentence, title, shared) or shared

    def _one_of_shared(self, sentence: Sentence, title: tuple[int, int], shared: str) -> str | None:
        """The plural ``title`` tokens of ``sentence`` made the role of one of the names
        after it, ``shared`` for the plural, less a count ("Two Democratic Reps." ->
        "Democratic Rep."); None when the title does not end in the plural of ``shared``."""
        first, last = title
        if sentence.tokens[first].tag == "CD" and first + 1 < last:
            first += 1
        titled = self._role(sentence, (first, last))
        plural = _plural(shared)
        if titled is None or not titled.endswith(plural):
            return None
        return titled[: -len(plural)] + shared

    def _apposed_after(self, rest: int, opens: int) -> Iterator[str]:
        """The roles set after a name ending at ``rest`` (its title beginning at
        ``opens``): an appositive ("Ann Lee, a spokeswoman for ...") and, where the
        article asserts it, a copula's complement ("Ann Lee is the mayor")."""
        after = self.following(rest)
        if after is not None:
            j = bisect.bisect_left([t.span.start for t in after.tokens], rest)
            subject = self._opens_clause(opens)
            described = (
                _INDEFINITE.match(self.text, rest) is not None
                and (subject or self._after_cue(opens))
                and not self.quoted(opens)
            )
            found = appositive_after(after, j, subject, described)
            if found and _LIKE_IN_ASIDE.search(self.text, max(0, opens - 8), opens):
                found = None
            if (
                found
                and _relative_after(after.tokens, j)
                and self.quoted(opens)
                and not self._after_cue(opens)  # “...," said Ann Lee, who ...: the article's
            ):
                found = None  # “you've got Trump, who represents a kind of ...”: a claim
            yield from self._roles(after, [found] if found else [])
            if self._asserted(opens):
                k = _past_insertion(after, j, self._apposed_to_subject(opens))
                yield from self._roles(after, copula_after(after, k))

    def _apposed_to_subject(self, at: int) -> bool:
        """Is the name at ``at`` set off after a short noun phrase opening its sentence, the
        subject it names ("Her challenger, | Denise Maxwell, spent ...", "Albright's campaign
        manager, | Joan Pirelli, is ...")?"""
        opens = _sentence_start(self.text, at)
        return _SUBJECT_APPOSED.fullmatch(self.text[opens:at].lstrip()) is not None

    def _shared(self, start: int, rest: int) -> Iterator[str]:
        """The role two names joined by "and" share in the appositive after the second
        (see :func:`shared_appositive`), for the name at ``start`` whose words end at
        ``rest``: "| Ann Lee and Tom Reed, the parents of ..." and "Ann Lee and | Tom
        Reed, the parents of ...". A name quoted is no one the article describes."""
        pair = _AND_NAME.match(self.text, rest)
        comma = pair.end() - 1 if pair else rest
        if pair is None and not _NAME_AND.search(self.text, max(0, start - 60), start):
            return
        if self.text[comma : comma + 1] != "," or self.quoted(start):
            return
        stop = self._sentence_end(comma, comma + AFTER)
        after = self.sentence(comma, comma + 1, 0, stop - comma)
        if after is None:
            return
        j = bisect.bisect_left([t.span.start for t in after.tokens], comma)
        found = shared_appositive(after, j)
        if found is not None:
            yield from self._roles(after, [(*found, "")])

    def _pair_apposed(self, start: int, rest: int) -> Iterator[str]:
        """The role a plural noun phrase gives each of two names joined by "and" set
        beside it after a comma, read as singular, for the name at ``start`` whose words
        end at ``rest``: "led by two former Republican National Committee data
        strategists, | Matt Braynard and | Witold Chrabaszcz, and includes". Each name is
        written in full, and the pair closes its aside (a comma or a full stop after it; a
        verb would make the pair its subject, the phrase before a fronted one's). The
        phrase is modifiers and the plural of a role noun after a determiner, a number, a
        possessive ("Trump's state co-chairmen, | Rick Albers and"), a preposition or a
        verb; a plural alone must be a title ("rivals, Ann Lee and Tom
        Reed" is someone's). A name quoted is no one the article describes."""
        if self.quoted(start) or not (
            _AND_NAME_ON.match(self.text, rest)
            or _NAME_AND.search(self.text, max(0, start - 60), start)
        ):
            return
        sentence = self.sentence(start, rest, BEFORE, 60)
        if sentence is None or (found := _tokens_from(sentence, start, rest)) is None:
            return
        tokens = sentence.tokens
        i, j = found
        if j - i < 2:
            return  # "The Koch brothers, David and Charles,": a first name, maybe another's
        if j < len(tokens) and tokens[j].text == "and":
            first, k = i, j + 1
            while k < len(tokens) and _name_token(tokens[k]):
                k += 1
            if k < j + 3:
                return
        elif i > 0 and tokens[i - 1].text == "and":
            first, k = i - 1, j
            while first > 0 and _name_token(tokens[first - 1]):
                first -= 1
            if first > i - 3:
                return
        else:
            return
        if k < len(tokens) and tokens[k].text not in {",", ".", ";"}:
            return  # "Ann Lee and Tom Reed's firm", "compared to the other candidates, Ann
            # Lee and Tom Reed share": the pair goes on, or is the clause's subject
        if first < 2 or tokens[first - 1].text != "," or sentence.boundary(first - 2):
            return
        plural = tokens[first - 2]
        singular = _singular_role(plural)
        if singular is None:
            return
        m = first - 2
        while m > 0 and not sentence.boundary(m - 1) and tokens[m - 1].tag in _PAIR_MODIFIER_TAGS:
            m -= 1
        if m == 0 or tokens[m - 1].tag not in _PAIR_OPENER_TAGS:
            return  # no noun phrase's opening before the modifiers: where it begins is unclear
        if m == first - 2 and not lexicons.is_title_word(singular):
            return  # "rivals", "brothers" alone: a relation to someone unnamed
        modifiers = self.text[tokens[m].span.start : plural.span.start]
        yield modifiers + singular

    def _listed(self, start: int, end: int) -> Iterator[str]:
        """The title a plural role noun gives a name later in the list of names after it
        ("Former Mexican presidents Vicente Fox and | Felipe Calderón")."""
        found = _LISTED.search(self.text, max(0, start - BEFORE), start)
        if found is None:
            return
        sentence = self.sentence(start, end, start - found.start() + 40, 12)
        if sentence is None:
            return
        if (tokens_at := _tokens_from(sentence, start, end)) is not None:
            group = _group_title(sentence, *tokens_at)
            titled = self._role(sentence, group[0]) if group else None
            if titled and group is not None and titled.endswith(group[1]):
                yield titled[: -len(group[1])] + group[2]

    def _term(self, at: int) -> Iterator[str]:
        """The office named after "term as" at ``at`` ("nominated Ann Lee for a second
        five-year term as | president of the World Bank")."""
        sentence = self.sentence(at, at + 1, 0, AFTER)
        if sentence is None or not sentence.tokens or sentence.tokens[0].span.start != at:
            return
        found = role_phrase(sentence, 0, ends_clause=False)
        if found is not None:
            yield from self._roles(sentence, [(*found, "")])

    def _named_as(self, start: int, end: int) -> Iterator[str]:
        """The role of "the base chief known as | Bob", "an economist named | Ann Lee"."""
        sentence = self.sentence(start, end, 70, 12)
        if sentence is None:
            return
        if (found := _tokens_from(sentence, start, end)) is not None:
            named = named_before(sentence, found[0])
            if named is not None:
                yield from self._roles(sentence, [(*named, "")])

    def _complement(self, start: int, end: int) -> Iterator[str]:
        """The role of "The county's top prosecutor is | Lisa Grant.": the sentence's
        subject when the name is its copula's complement, the name's affiliation after it
        too ("The lead lawyer is | Lisa Grant | of the Civic Law Project.")."""
        match = _AFFILIATION.match(self.text, end)
        if match is not None and affiliation(self.text, end) is not None:
            end = match.end()  # the name's phrase ends past its affiliation
        sentence = self.sentence(start, end, BEFORE, 12)
        if sentence is None:
            return
        if (found := _tokens_from(sentence, start, end)) is not None:
            subject = copula_before(sentence, *found)
            if subject is not None:
                yield from self._roles(sentence, [(*subject, "")])

    def titled(self, start: int, end: int) -> bool:
        """Does an office "X of Y" end right before the mention at ``start``-``end``, X a
        role, so that the capitalised word next to it is the office's place ("Former
        secretary of State | Clinton"), not a first name ("director of the UCLA |
        Anderson School", "Fred Rogers of Mister | Rogers' Neighborhood")?"""
        before = self._preceding(start, end)
        if before is None:
            return False
        i = bisect.bisect_left([t.span.start for t in before.tokens], start)
        if i >= len(before.tokens) or before.tokens[i].span.start != start:
            return False
        title = title_before(before, i)
        tokens = before.tokens
        return (
            title is not None
            and title[0] <= i - 3
            and tokens[i - 2].text.lower() == "of"
            and role_word(tokens[i - 3].text, tokens[i - 3].tag)
            and not nlp.is_first_name(tokens[i - 1].text)  # "chairman of Donald | Trump"
        )

    def _asserted(self, at: int) -> bool:
        """Does a name (with its title) at ``at`` stand in a clause the article asserts,
        so that a copula after it states a role: not a condition, a claim or a clause
        under "that" ("if Trump is the nominee", "Trump said Obama was the founder of
        ISIS", "Nor is it clear that Bloomberg is the perfect centrist"), nor a
        preposition's object ("The first taste of Donald Trump is his golden head"); a
        clause of time or cause states a fact ("when Clinton was secretary of state")?"""
        words = _WORD.findall(self.text, max(0, at - BEFORE), at)
        while words and words[-1].rstrip(".").lower() in HONORIFICS:
            words.pop()
        word = words[-1].strip("\u201c\u201d\"'()[]").lower() if words else ""
        if word in NOT_ASSERTING or word in lexicons.cue_forms():
            return False
        return not self.quoted(at)

    def _opens_clause(self, at: int) -> bool:
        """Does a name (with its title) at ``at`` open its paragraph or a clause, after
        punctuation or a subordinator ("\u201c...,\u201d Sen. Ann Lee (D-NY), a supporter
        of ... told", "When Ann Lee, ... was asked"), so that it is its clause's subject,
        not an object ("According to Ann Lee, a spokesman said")?"""
        before = self._before(at)
        word = before[before.rfind(" ") + 1 :].lower()
        if _OBJECT_BESIDE.search(before) and role_word(before[:-1].split()[-1]):
            return False  # "for its governor, | John Kasich, a chorus ... rose": an object's
        return not before or before[-1] in ".!?:;,\u201d\"'" or word in SUBORDINATORS

    def _after_cue(self, at: int) -> bool:
        """Does a name at ``at`` follow a verb of saying ("said Ann Lee, 39, a ...")?"""
        before = self._before(at)
        return before[before.rfind(" ") + 1 :].lower() in lexicons.cue_forms()

    def _before(self, at: int) -> str:
        """The text of the paragraph before ``at``, less the honorifics next to it."""
        before = self.text[self._paragraph_start(at) : at].rstrip()
        while before[before.rfind(" ") + 1 :].rstrip(".").lower() in HONORIFICS:
            before = before[: before.rfind(" ") + 1].rstrip()
        return before

    def quoted(self, at: int) -> bool:
        """Does ``at`` stand inside a quotation, where the words are the speaker's, not the
        article's ("Adelson said: \u201cTrump is a businessman.")? The quotations are those
        the scanner pairs (core.quotes.scan), so a stray or unpaired mark, an apostrophe
        or a quotation closed in an earlier paragraph opens none."""
        if self._quotations is None:
            openers, closers, furthest = [], [], -1
            for quotation in self._quoted_spans():
                furthest = max(furthest, quotation.closer)
                openers.append(quotation.opener)
                closers.append(furthest)  # the furthest close of any quotation so far
            self._quotations = openers, closers
        openers, closers = self._quotations
        k = bisect.bisect_left(openers, at) - 1
        return k >= 0 and at < closers[k]

    def _called(self, start: int, end: int) -> bool:
        """Is the name with its title at ``start``-``end`` all a quotation holds, a name
        called out or chanted, not one the article gives (“President Bernie Sanders!”)?"""
        for quotation in self._quotations_at(start):
            if quotation.span.end < end:
                continue  # "‘Bloodline’ Star Norbert Leo Butz": a title quoted in part
            inside = self.text[quotation.span.start : quotation.span.end]
            before = inside[: start - quotation.span.start]
            after = inside[end - quotation.span.start :]
            if not before.strip() and not after.strip(" .,!?\u2019'"):
                return True
        return False

    def _quotations_at(self, at: int) -> list[QuotedSpan]:
        return [q for q in self._quoted_spans() if q.span.start <= at < q.span.end]

    def _quoted_spans(self) -> list[QuotedSpan]:
        """The article's quotations, scanned once."""
        if self._scanned is None:
            self._scanned = scan(self.text)
        return self._scanned

    def _tag(self, end: int, titled: str | None) -> str | None:
        return party_tag(self.text, end, bool(titled)) or jurisdiction(self.text, end, titled)

    def _preceding(self, start: int, end: int) -> Sentence | None:
        """The tagged words before a mention that may give it a role: when the word next
        to it (past an honorific) could end a title or a phrase set off by a comma, the
        words back to a function word or a sentence's end, with one more for context, and
        the word after the name. None for most mentions ("Trump said", "said Mr. Trump")."""
        words = _WORD.findall(self.text, max(0, start - BEFORE), start)
        n = len(words) - 1
        while n >= 0 and words[n].rstrip(".").lower() in HONORIFICS:
            n -= 1
        if n < 0 or not _may_end_title(words[n], words[max(0, n - 8) : n]):
            return None
        return self.sentence(start, end, min(_reach_back(words, n) + 2, start), 12)

    def following(self, rest: int) -> Sentence | None:
        """The tagged words of the clause after a name, from ``rest`` (past its party
        tag), when a comma, a parenthesis or a copula follows; else None ("Trump said",
        "Trump, adding ..."). Attribution and the article pass share these words."""
        follows = _ROLE_AFTER.match(self.text, rest)
        if (
            follows is None
            or follows.group(0).strip() == ","
            and _NO_APPOSITIVE.match(self.text, follows.end())
        ):
            return None
        stop = self._sentence_end(rest, rest + AFTER)
        return self.sentence(rest - 1, rest, 2, stop - rest) if rest else None

    def _sentence_end(self, start: int, limit: int) -> int:
        """Where the sentence holding ``start`` ends, before ``limit`` (not at "Mr." or
        another abbreviation)."""
        commas = [m.start() for m in re.finditer(",", self.text[start:limit])]
        if len(commas) > 3:  # the one after the name, an age's, an appositive's, a state's
            limit = start + commas[3]
        for stop in _SENTENCE_END.finditer(self.text, start, limit):
            word = self.text[self.text.rfind(" ", start, stop.start()) + 1 : stop.start() + 1]
            if not (_abbreviated_title(word) or nlp.is_abbreviation(word[:-1])):
                return stop.start() + 1  # not at "Mr." nor "St. Louis"
        return limit

    def _role(self, sentence: Sentence, span: tuple[int, int], form: str = "") -> str | None:
        role = _text(self.text, sentence, span, form)
        if role is None or span[0] >= len(sentence.tokens):
            return role
        return _owner_named(self.text, sentence.tokens[span[0]].span.start, role)

    def copula_roles(self, sentence: Sentence, j: int, lexical: bool = False) -> list[str]:
        """The roles a copula from token ``j`` of ``sentence`` gives (:func:`copula_after`);
        with ``lexical`` only those whose head is a role noun of the lexicon, no agent noun
        alone ("a delegate from Ames"; not "a master of conventions")."""
        found = copula_after(sentence, j)
        if lexical:
            found = [f for f in found if _lexical_head(sentence.tokens[f[0] : f[1]])]
        return list(self._roles(sentence, found))

    def _roles(self, sentence: Sentence, found: list[tuple[int, int, str]]) -> Iterator[str]:
        for a, b, form in found:
            role = self._role(sentence, (a, b), "" if " as" in form else form)
            if role:
                yield f"{form} {role}" if " as" in form else role


_OWNED_BY_NOUN = re.compile(r"([a-z]+)(['\u2019])s\s+(?=\S)")  # "company's chief executive"
_RUN = r"[A-Z][\w.&'\u2019-]*(?:\s+(?:(?:of|on|for|and|&)\s+)?[A-Z][\w.&'\u2019-]*)*"
OWNER_REACH = 2000  # characters back to the organisation "the company's" stands for


def _modifies_noun(sentence: Sentence, start: int, j: int) -> bool:
    """Is the name before token ``j`` the modifier of a lower-case singular noun after it,
    a determiner before the words read as its title ("the forever | Sanders | movement",
    "a proud Clinton household")? The determiner and the words after it belong to the
    noun; they are no title of the person."""
    tokens = sentence.tokens
    if start < 1 or j >= len(tokens) or tokens[start - 1].text.lower() not in {"the", "a", "an"}:
        return False
    noun = tokens[j]
    return noun.tag == "NN" and nlp.is_lower_word(noun.text) and not role_word(noun.text, noun.tag)


_VERB_GROUP = frozenset({"VB", "VBN", "VBG", "RB", "TO", "RP"})  # no finite verb


_DETERMINED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w.'\u2019-]+\s+){1,6}$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")


def _heads_reduced_relative(text: str, start: int, end: int) -> bool:
    """Is the noun phrase before a name at ``start``-``end``, read as its title, the head
    of a relative clause without "that" whose subject is the name: a determiner opens it
    and after the name a verb group leaves its object unsaid, up to the finite verb
    whose subject the noun phrase is ("The federal judge | Trump | was referring to | is
    Gonzalo Curiel", "the lawyer Smith hired | has quit")? The title is another's."""
    if not _LOWER_AFTER.match(text, end) or not _DETERMINED.search(text, max(0, start - 60), start):
        return False
    sentence = _reader(text).sentence(start, end, 60, 40)
    if sentence is None or (at := _tokens_from(sentence, start, end)) is None:
        return False
    i, j = at
    title = title_before(sentence, i)
    tokens = sentence.tokens
    if title is None or title[0] < 1 or tokens[title[0] - 1].tag != "DT":
        return False
    if j >= len(tokens) or tokens[j].tag not in FINITE_TAGS:
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].tag in _VERB_GROUP:
        k += 1
    if k < len(tokens) and tokens[k].tag == "IN":  # a stranded preposition: "referring to"
        k += 1
    return k < len(tokens) and tokens[k].tag in FINITE_TAGS and tokens[k].text.islower()


def _group_title(sentence: Sentence, i: int, j: int) -> tuple[tuple[int, int], str, str] | None:
    """The title a plural role noun before a list of names gives each, read as singular
    ("Former Mexican presidents | Vicente Fox | and Felipe Calderón", "Democratic
    senators Ann Lee, Tom Reed and Jo Fox"): the span of the title, the plural and its
    singular. The name at tokens ``i``-``j`` opens the list (a name and "and" or a comma
    follow) or is in it (names and commas back to the plural). A plural alone must be a
    title ("presidents Obama and Bush") or name what each does (:func:`_names_occupation`,
    "economists Ann Lee and Tom Reed"): "rivals Ann Lee and Tom Reed", "brothers Ann and
    Jo Fox" are someone's, not a role."""
    tokens = sentence.tokens
    if j < len(tokens) and _name_token(tokens[j]):
        return None  # a surname that is the first name of another ("Tom John" in "John Kasich")
    k = i - 1
    if k >= 0 and tokens[k].text in {"and", ","}:
        while k >= 0 and k > i - 10 and (tokens[k].text in {"and", ","} or _name_token(tokens[k])):
            k -= 1
        if k < 0 or _name_token(tokens[k + 1]) is False:
            return None
    elif not (
        j + 1 < len(tokens) and tokens[j].text in {"and", ","} and _name_token(tokens[j + 1])
    ):
        return None
    if k < 0 or sentence.boundary(k):
        return None
    plural = tokens[k]
    singular = _singular_role(plural)
    if singular is None:
        return None
    tokens = list(tokens)
    tokens[k] = Token(plural.span, singular, "NN")
    title = title_before(Sentence(tokens, sentence.credits, sentence.opens), k + 1)
    if title is None or title[1] != k + 1:
        return None
    if title[0] == k and not _names_occupation(singular):
        return None  # "rivals", "brothers" alone: a relation to someone unnamed
    return title, plural.text, singular


# Nouns for what a person is to someone else, a plural of which before names says whose
# they are no more than a kin noun does ("rivals Ted Cruz and John Kasich", "predecessors
# Lyndon B. Johnson and Jimmy Carter", "his colleagues Ann Lee and Tom Reed").
RELATION_NOUNS = frozenset(
    {"rival", "opponent", "adversary", "foe", "enemy", "challenger", "predecessor",
     "successor", "ally", "friend", "colleague", "partner", "counterpart", "peer", "neighbor",
     "neighbour", "classmate", "roommate", "teammate", "coworker", "co-worker", "boss",
     "mentor", "protege", "companion", "associate", "acquaintance", "pal", "buddy", "fellow",
     "comrade", "contemporary", "critic", "supporter", "backer", "fan", "admirer", "follower",
     "detractor", "parent", "child", "cousin", "sibling"}
) | frozenset(KIN_GENDER)  # fmt: skip


def _names_occupation(singular: str) -> bool:
    """Does a plural role noun before names, with no modifier, give each a role by itself:
    a title ("presidents Obama and Bush") or a role noun for what each does, no relation to
    someone unnamed ("economists Peter Schott and Justin Pierce", "the actresses Ann Lee and
    Jo Fox"; not "rivals Ted Cruz and John Kasich")?"""
    return lexicons.is_title_word(singular) or (
        role_word(singular) and singular not in RELATION_NOUNS
    )


def _name_token(token: Token) -> bool:
    """A capitalised word of a name ("Vicente", "Calderón", "O'Malley")."""
    return token.text[:1].isupper() and token.tag in {"NNP", "NNPS"}


def _owner_named(text: str, at: int, role: str) -> str:
    """A role owned by an organisation named before only by its noun ("the company's
    chief executive", "the group's deputy director"), its owner's name put in ("Nucor's
    chief executive"): the last organisation before ``at`` whose name ends in that noun
    ("the Republican National Committee" ... "the committee's political director"), or
    that a phrase headed by it is set beside ("Working America, a labor-affiliated group"
    ... "the group's deputy director"). The noun must be an organisation's by the
    lexicon; with no such name, the role stays as written."""
    if _ITS.match(role):
        return _its_owner(text, at, role)
    owned = _OWNED_BY_NOUN.match(role)
    if owned is None or nlp.gazetteer_marks([owned.group(1)]) != ["org"]:
        return role
    noun = owned.group(1)
    lo = max(0, at - OWNER_REACH)
    window = text[lo:at]
    ends = re.compile(rf"\b({_RUN}\s+{noun.capitalize()})\b")
    beside = re.compile(rf"\b({_RUN}),\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}{noun}\b")
    headline = text.find("\n")  # a Title Case headline names nothing for sure
    found = [(m.start(1), m.group(1)) for m in ends.finditer(window)]
    found += [(m.start(1), m.group(1)) for m in beside.finditer(window)]
    found = [
        (a, name)
        for a, name in found
        if lo + a > headline and not re.search(r"\s(?:Of|On|For|And|The)\s", name)
    ]
    if not found:
        return role
    _, name = max(found)
    name = re.sub(r"^(?:The|A|An)\s+", "", name)
    if not name or name.lower() == noun:
        return role
    return f"{name}{owned.group(2)}s {role[owned.end() :]}"


_ITS = re.compile(r"[Ii]ts\s+(?=[a-z])")
_ORG_RUN = re.compile(rf"\b({_RUN})(?:,\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,3}}[a-z]+)(?=[,.;]))?")
_CAPITALISED_RUN = r"(?!The\s)[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*"
_NOUN_THEN_ORG = re.compile(
    rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}([a-z]+),\s+({_CAPITALISED_RUN})(?=[,.;])"
)
_THING = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?[a-z]+\b")
ITS_REACH = 400  # characters back to the organisation "its" stands for


def _thing_named(words: list[str], noun: str) -> bool:
    """Is a name set beside a phrase headed by ``noun`` the name of a thing "its" may
    stand for: an organisation's noun ("company", "party"), or any noun that names no
    role beside a name opening with no first name ("firm, Revolution Messaging", "the
    state's capital, Sacramento"), not a person ("Ann Vale, a lawyer")?"""
    if nlp.gazetteer_marks([noun]) == ["org"]:
        return True
    return not role_word(noun) and not nlp.is_first_name(words[0])


def _its_owner(text: str, at: int, role: str) -> str:
    """A role owned by "its" ("Tom Reed, its treasurer"), its owner's name put in
    ("Quillon Holdings's treasurer"): the organisation named last before ``at``, in its
    sentence or the one before, by a name that ends in a word heading organisations'
    names ("Quillon Holdings Group"), a listed one, or one set beside a phrase that names
    a thing (:func:`_thing_named`: "Quillon, a defense company,", "the same digital
    firm, Revolution Messaging,"). Nothing "its" could stand for
    may come between: no other phrase opened by a determiner ("gave money to | the fund
    ... its treasurer" is unclear) and no sentence end but one; else the role stays."""
    lo = _sentence_start(text, max(0, _sentence_start(text, at) - 2))
    lo = max(lo, at - ITS_REACH, text.find("\n") + 1)
    found = None
    for match in _ORG_RUN.finditer(text, lo, at):
        name, noun = match.group(1), match.group(2)
        words = name.split()
        if re.search(r"\s(?:Of|On|For|And|The)\s", name) or words[0] in {"The", "A", "An"}:
            words = words[1:] if words[0] in {"The", "A", "An"} else []
        if not words:
            continue
        listed = any(kind == "ORG" and b == len(words) for _, b, kind in nlp.known_spans(words))
        headed = len(words) > 1 and words[-1] in lexicons.organisation_words()
        beside = noun is not None and _thing_named(words, noun.split()[-1])
        if listed or headed or beside:
            found = (match.end(), " ".join(words))
    for match in _NOUN_THEN_ORG.finditer(text, lo, at):  # "the same firm, Revolution Messaging,"
        named = match.group(2).split()
        if _thing_named(named, match.group(1)) and (not found or found[0] < match.end()):
            found = (match.end(), match.group(2))
    if found is None:
        return role
    end, name = found
    between = text[end:at]
    if _THING.search(between) or len(_SENTENCE_END.findall(between)) > 1:
        return role
    return f"{name}'s {role[_ITS.match(role).end() :]}"


_LISTED = nlp.EndPattern(
    re.compile(rf"\b[a-z]{{3,}}s\s+(?:{NAME_WORD},?\s+){{1,9}}(?:and\s+|(?<=,\s))\Z"),
    ("and", ","),
    True,
)
_NAMED_BEFORE = re.compile(r"\b(?:known as|named|called)\s+\Z")
# "Rep. Ann Lee — like | Reid, a supporter of Murphy — recalled": an aside comparing
# someone to the name; the phrase after it is said of the one compared (see
# role_grammar._compared_in_aside), not of the name.
_LIKE_IN_ASIDE = re.compile(r"(?:[\u2014\u2013]|\s--?)\s*like\s+\Z")
_COPULA_BEFORE = re.compile(r"\b(?:is|was)\s+\Z")  # "The new chairman is | Tom Hale"
_PLURAL_TITLE = r"\b([A-Z][a-z]+)s(\.?)\s+"  # "Senators ", "Sens. "
_NAME_WORDS = rf"(?:{NAME_WORD}\s+){{1,3}}"
_PAIR_TAG = r"(?:\([^()\s]{2,12}\)\s+)?"  # "Sens. Rand Paul (Ky.) and Marco Rubio"
_FIRST_OF_PAIR = re.compile(_PLURAL_TITLE + "$")
_SECOND_OF_PAIR = nlp.EndPattern(
    re.compile(_PLURAL_TITLE + _NAME_WORDS + _PAIR_TAG + r"and\s+$"), ("and",), True
)
_PAIR_GOES_ON = re.compile(r"\s+" + _PAIR_TAG + r"and\s+[A-Z]")


def shared_title(text: str, start: int, end: int) -> str | None:
    """The title a plural title before two names joined by "and" gives each, singular, for
    the name at ``start``-``end`` ("Senators Rubio and Cruz", "Sens. Tom Carper and Chris
    Coons", "Presidents Obama and Bush"; not "Republicans Cruz and Rubio", a party), or
    before a longer list of names (:func:`_listed_title`)."""
    before = text[max(0, start - 80) : start]
    found = _FIRST_OF_PAIR.search(before) if _PAIR_GOES_ON.match(text, end) else None
    found = found or _SECOND_OF_PAIR.search(before) or _listed_title(text, start, end)
    if found is None:
        return None
    singular = found.group(1) + found.group(2)
    if found.group(1).lower() in HONORIFICS:
        return None  # "Mrs. Ann Lee and Tom Reed": "Mrs." is no "Mr." plural
    return singular if lexicons.is_title_word(singular) else None


_LIST_TITLE = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)s(\.?)\s+(?=[A-Z])")  # \b, as _DEFINITE
_LIST_NAME = re.compile(rf"{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}")
_LIST_SEPARATOR = re.compile(r"\s*(,)?\s*(and\s+)?")


def _listed_title(text: str, start: int, end: int) -> re.Match[str] | None:
    """A plural title before a list of names, each with its party tag or place as
    :func:`after_name` reads them, joined by commas and "and", that holds the name at
    ``start``-``end`` as one of two or more items ("Reps. | Ann Lee, D-Ohio, | Tom Reed,
    R-Pa., and | Jo Fox, R-Ohio", "Sens. | Ann Lee (D-N.J.), | Tom Reed (D-W.Va.) and
    ...", "Reps. | Ann Lee of Virginia, | Tom Reed of Michigan and ..."): the title's
    match, the list read forward from it; no list, None."""
    titles = _LIST_TITLE.finditer(text, max(0, start - 200), start + 1)
    for title in reversed([t for t in titles if t.end() <= start]):
        at, items = title.end(), 0
        while at <= start and items < 10:
            name = _LIST_NAME.match(text, at)
            if name is None:
                break
            if at == start:
                if name.end() != end:
                    break
                if items or _list_goes_on(text, _item_end(text, end)):
                    return title
                break
            items += 1
            at = _list_separator(text, _item_end(text, name.end()))
            if at is None:
                break
    return None


def _item_end(text: str, end: int) -> int:
    """Where a titled list's item ends past its name at ``end``: past the party tag or
    place :func:`after_name` reads, or the state a titled name is "of" ("Ann Lee of
    Michigan and ...", which no comma closes)."""
    after = after_name(text, end)
    if after == end and (place := _JURISDICTION.match(text, end)) is not None:
        return place.end() if is_place(place.group(1).split()) else end
    return after


def _list_separator(text: str, at: int) -> int | None:
    """Where the next name of a list begins past a comma or "and" (or both) at ``at``,
    a comma closing a party tag counting ("Ann Lee, R-Pa., | and"); None if neither."""
    found = _LIST_SEPARATOR.match(text, at)
    if not (found.group(1) or found.group(2) or text[at - 1 : at] == ","):
        return None
    return found.end()


def _list_goes_on(text: str, at: int) -> bool:
    """Whether another name follows a list's first item ending at ``at``."""
    nxt = _list_separator(text, at)
    return nxt is not None and _LIST_NAME.match(text, nxt) is not None


def _singular_role(plural: Token) -> str | None:
    """The singular of a lower-case plural role noun or kind of person ("strategists" ->
    "strategist", "secretaries" -> "secretary", "actresses" -> "actress", "forwards" ->
    "forward", "co-chairmen" -> "co-chairman"), or None for any other word ("news",
    "staff"). A hyphenated word is a plural by its last part, as any "co-" word is a role
    word."""
    word = plural.text
    last = word.rpartition("-")[2]
    if plural.tag != "NNS" or not nlp.is_lower_word(word.replace("-", "")):
        return None
    return next(
        (
            form
            for form in _singular_forms(word)
            if (role_word(form) or form in lexicons.person_nouns()) and not role_word(last)
        ),
        None,
    )


def _singular_forms(word: str) -> tuple[str, ...]:
    """The singulars a plural ``word`` may have, likeliest first ("secretaries" ->
    "secretary", "actresses" -> "actress", "coaches" -> "coach", "forwards" ->
    "forward", "co-chairmen" -> "co-chairman", "spokeswomen" -> "spokeswoman"): none for
    a word that is no plural ("press", "staff")."""
    if word.endswith("men") and len(word) > 5:
        return (word[:-3] + "man",)
    if not word.endswith("s") or word.endswith("ss") and not word.endswith("sses"):
        return ()
    forms = (
        word[:-3] + "y" if word.endswith("ies") else "",
        word[:-2] if word.endswith(("sses", "ches", "shes", "xes")) else "",
        word[:-1],
    )
    return tuple(f for f in forms if f)


def _plural(title: str) -> str:
    """ "Sen." → "Sens.", "Senator" → "Senators"."""
    return f"{title[:-1]}s." if title.endswith(".") else f"{title}s"


def _may_end_title(word: str, before: list[str]) -> bool:
    """Can ``word``, next to a name, end a title or a phrase set off by a comma: a role
    word ("spokesman", "Sen."), a possessive ("NBC's"), a comma, or the noun of "X of Y"
    ("Secretary of | Agriculture"), or, capitalised, of a longer office ("Secretary of
    Health and Human | Services", "Ambassador to the United | Nations", "High
    Representative for Foreign Affairs and Security | Policy")? ``before`` are the eight
    words before it."""
    bare = word.strip('\u201c\u201d"()[]')
    return (
        word.endswith(",")
        or word in ASIDE_DASHES
        or bare.endswith(nlp.OWNER_ENDINGS)
        or title_noun(bare)
        or role_word(bare.rstrip("s"))
        or nlp.is_lower_word(bare)  # "actresses | Salma Hayek and": read as _group_title does
        and any(map(role_word, _singular_forms(bare)))
        or bare.islower()  # "said landlord": a kind of person (role_grammar.person_title)
        and bare in lexicons.person_nouns()
        or "of" in before[-3:]
        or "for" in before[-3:]  # "Vice President for news and | talk"
        or bare[:1].isupper()
        and _office_words(before)
        or _abbreviated_title(bare)
        or any(  # "presidential candidate and | proud progressive"
            before[n] == "and" and role_word(before[n - 1])
            for n in range(max(1, len(before) - 3), len(before))
        )
        or _after_opening_noun(bare, before)
        or bare == "Class"  # "Sgt. First | Class": a rank's grade (see title_before)
        and len(before) >= 2
        and GRADE.fullmatch(before[-1]) is not None
        or bool(before)  # "retired | astronaut", "former | supermodel": a noun the role's
        and before[-1].lower() in NOUN_MODIFIERS  # own modifier qualifies
        and nlp.is_lower_word(bare)
    )


def _after_opening_noun(word: str, before: list[str]) -> bool:
    """Is ``word`` lower case after a capitalised word that opens its sentence or clause,
    or follows "said", as an adjective standing as a noun ends a title ("” Tennis great |
    Billie Jean King", "said Soviet dissident | Ann Lee"; see
    roles_before_name._adjective_as_noun)?"""
    if not (nlp.is_lower_word(word) and before and before[-1].isalpha()):
        return False
    opener = before[-2] if len(before) > 1 else "."
    return (
        before[-1][:1].isupper()
        and (opener[-1:] in '.!?:;,\u201d"' or opener in SAID_FORMS)
        and not word.endswith("ed")
    )


def _office_words(before: list[str]) -> bool:
    """Do ``before`` end in a capitalised office and what it is of, to or for, capitalised
    but its small words ("Secretary of | Health and Human", "Ambassador to | the United")?"""
    for n in range(len(before) - 1, 0, -1):
        word = before[n]
        if word in {"of", "to", "for"}:
            return before[n - 1][:1].isupper()
        if not (word[:1].isupper() or word in {"the", "and"}):
            return False
    return False


def _abbreviated_title(word: str) -> bool:
    """ "Sen.", "Fr.", "Mr.", "J.", "U.S.": an abbreviation (the tokenizer keeps its period)
    that is a title, an initial or a capitalised initialism, which Punkt may have taken
    for a sentence's end before a name ("former U.S. | Rep. Jo Smith")."""
    if not _ABBREVIATION.fullmatch(word):
        return False
    if len(word) == 2 or role_word(word) or word[:-1].lower() in HONORIFICS:
        return True
    tokens = nlp.tokenize(word)
    return len(tokens) == 1 and "." in word[:-1]


def _past_insertion(sentence: Sentence, j: int, apposed: bool = False) -> int:
    """Past a phrase that commas set off right after a name, where its clause's verb goes
    on ("Ann Lee, 45, | is the mayor of ...", "Ann Lee, a lawyer, | is ..."), or past the
    comma closing the name itself when it is ``apposed`` to its sentence's subject ("Her
    challenger, Ann Lee, | is ..."); else ``j`` (also after a speaker's aside: "Ann Lee, he
    said, is the best candidate" is a claim)."""
    tokens = sentence.tokens
    if j >= len(tokens) or tokens[j].text != ",":
        return j
    if apposed and j + 1 < len(tokens) and tokens[j + 1].tag in FINITE_TAGS:
        return j + 1
    for k in range(j + 1, min(len(tokens), j + MAX_INSERTION)):
        if tokens[k].text == ",":
            return k + 1 if k + 1 < len(tokens) and tokens[k + 1].tag in FINITE_TAGS else j
        if not tokens[k].text[:1].isalnum() or tokens[k].text.lower() in lexicons.cue_forms():
            return j
    return j


# A short noun phrase opening a sentence, set off before the name that it is ("Her
# challenger, | Ann Lee, ...", "The county's top prosecutor, | Ann Lee, ...").
_SUBJECT_APPOSED = re.compile(
    r"(?:The|His|Her|Their|Its|[A-Z][\w.-]*['’]s?)(?:\s+[a-z][\w'’-]*){1,5},\s+"
)
# tokens of a phrase set off after a name before its clause's verb ("Ann Lee, a retired
# general and former commander of NATO forces in Europe, | is a surrogate for ...")
MAX_INSERTION = 24


def _relative_after(tokens: list[Token], j: int) -> bool:
    """Does a relative clause ("who ...") open after the comma at token ``j``? Inside a
    quotation it is what the speaker says of the person, not a role the article gives
    ("“... you've got Trump, who represents a kind of retrograde social structure of
    the past,” Brock said")."""
    return (
        j + 1 < len(tokens)
        and tokens[j].text == ","
        and tokens[j + 1].text.lower() in {"who", "whose"}
    )


def mention_roles(text: str, start: int, end: int) -> list[str]:
    """The roles given at one mention of a name at ``start``-``end`` of ``text``."""
    return list(_reader(text).at(start, end))


def add_article_roles(
    text: str,
    people: Iterable[Person],
    speakers: Iterable[Person] | None = None,
    sources: Iterable[tuple[Span, Person]] = (),
    cast: Cast | None = None,
) -> None:
    """Give each of ``speakers`` (by default everyone in ``people``) the roles the
    article gives them at any mention of their name.

    Full names are read everywhere; a surname alone only when no other person of the
    article shares it ("Does Rubio", a question's verb run into it, is nobody) and it does
    not follow another first name ("Bill Clinton"); the
    first word of a name given family name first ("Xi Jinping" … "Mr. Xi") likewise. An
    anonymous source described by a role ("a spokeswoman for the mayor") has it as role.
    Only speakers are read, so an article naming thousands of people stays fast. A
    speaker left with no role takes the definite nominal the attribution read as them
    among ``sources`` (each source's span and person), or the words past "his" or "her"
    of a nominal naming them by an owner ("his longtime personal physician"), as does one
    whose roles are a title alone, a party tag or an honorific ("Sen.", "(D-Nev.)",
    "Dr."), unless another person's role
    names it ("the former Florida governor" is Jeb Bush's, whoever it was read as). A
    nominal that only its noun's complement qualifies or none ("the senator from
    Vermont", "the candidate") is taken as a pronoun would be: for the person named last
    before it, when no one named since its paragraph began holds that role and the
    article never wrote it beside the person's name. One left with no role at all takes a
    nominal standing for them apart from any attribution (:func:`_nominals_apart`).
    """
    people = list(people)
    chosen = people if speakers is None else list(speakers)
    _anonymous_roles(chosen)
    persons = [p for p in people if p.kind == SpeakerKind.PERSON]
    short = Counter(
        surname(p.name) for p in persons if _named(p.name) and not _surname_never_theirs(text, p)
    )
    families = {  # a first word read as a family name unless it is someone's last
        id(p): f for p in chosen if (f := _family_first(text, p.name)) and f not in short
    }
    short.update(families.values())
    given = Counter(p.name.split()[0] for p in persons if len(name_words(p.name)) > 1)
    reader = _reader(text)
    for person in (p for p in chosen if p.kind == SpeakerKind.PERSON):
        _roles_at_names(text, reader, person, persons, short, families, given)
    namings = _roles_of_sources(text, reader, list(sources), persons, short)
    _roles_apart(text, reader, chosen, persons, short, namings, cast)


def _anonymous_roles(chosen: list[Person]) -> None:
    """An anonymous source described by a role ("a spokeswoman for the mayor") has it as
    role."""
    for source in chosen:
        words = source.name.split()  # "officials" alone is no role
        if source.kind == SpeakerKind.ANONYMOUS and len(words) > 1 and _lower_role(words):
            source.add_role(source.name)  # "a spokeswoman for the mayor", "Clinton's aide"


def _roles_at_names(
    text: str,
    reader: ArticleRoles,
    person: Person,
    persons: list[Person],
    short: Counter[str],
    families: dict[int, str],
    given: Counter[str],
) -> None:
    """Give ``person`` the roles the article gives at each mention of their name: full
    names, and a surname, a family name written first or a first name alone where no one
    else of the article (``short``, ``families``, ``given``) may be meant."""
    bare = [w for w in person.name.split() if w.strip(".,").lower() not in SUFFIXES]
    forms, alone, first = _name_forms(text, reader, person, persons, bare, short, families, given)
    suffixes = {w.strip(".,") for w in person.name.split()} - set(bare)  # "III"
    for form in sorted(forms, key=lambda f: (-len(f), f)):  # the same order every run
        after = 0
        for start, end in occurrences(text, form, hyphen_joins=True):
            if start < after:
                continue  # inside the last one, as a regular expression would skip it
            after = end
            if alone is not None and form == bare[-1] and (start, end) not in alone:
                continue  # a surname others share, named last as someone else
            if (
                form.count(" ") == 0
                and _after_first_name(text, start, bare[0])
                and (_word_before(text, start) == bare[0] or not reader.titled(start, end))
            ):
                continue
            if form == first and (_NAME_GOES_ON.match(text, end) or reader.quoted(start)):
                continue  # "John Kasich", or "John Schlafly" read; or a name called out
            suffix = _SUFFIX_AFTER.match(text, end)
            if suffix and suffix.group(0).strip(" ,") not in suffixes:
                continue  # "Duncan Hunter Sr.", "Brent Bozell, Jr." for a III: his father
            _add_roles_at(reader, person, start, end)
    if len(bare) == 1 and not person.roles:  # "Acosta": at "Melba Acosta Febo, the ..."
        for start, end in _full_mentions(text, person, persons):
            _add_roles_at(reader, person, start, end)


def _add_roles_at(reader: ArticleRoles, person: Person, start: int, end: int) -> None:
    """Give ``person`` the roles read at their mention from ``start`` to ``end`` that they
    do not have already."""
    for role in reader.at(start, end):
        if not _given_already(person, role):
            person.add_role(role)


def _name_forms(
    text: str,
    reader: ArticleRoles,
    person: Person,
    persons: list[Person],
    bare: list[str],
    short: Counter[str],
    families: dict[int, str],
    given: Counter[str],
) -> tuple[set[str], set[tuple[int, int]] | None, str]:
    """The forms of ``person``'s name (``bare``: its words less suffixes) whose mentions
    are theirs; the mentions of a surname others share that are theirs (None when no one
    shares it); and a first name alone that is theirs ("" if none)."""
    forms = {a for a in person.aliases if len(name_words(a)) > 1}
    alone = None  # the mentions of a surname others share that are the person's
    if _surname_never_theirs(text, person):  # "his son Pieter, a lawyer,": named by the
        forms.add(bare[0])  # given name alone; "Halvorsen" alone is his father's
    elif bare and short[surname(person.name)] > 1:
        alone = _surname_mentions(text, reader, person, persons, bare[-1])
        if alone:
            forms.add(bare[-1])
    elif bare:
        forms.add(bare[-1])
    if id(person) in families and short[families[id(person)]] == 1:
        forms.add(bare[0])
    first = ""  # a first name no one else of the article has ("Her son John")
    if (
        len(bare) > 1
        and given[bare[0]] == 1
        and nlp.is_first_name(bare[0])
        and bare[0].lower() not in short
    ):
        first = bare[0]
        forms.add(first)
    return forms, alone, first


def _roles_of_sources(
    text: str,
    reader: ArticleRoles,
    sources: list[tuple[Span, Person]],
    persons: list[Person],
    short: Counter[str],
) -> _Namings | None:
    """Give a speaker the definite (or owned) nominal the attribution read as them, where
    it says more than their roles and names no one else's; a bare nominal ("the
    senator") only to one with no role, named last before it. The article's namings, if
    read."""
    namings: _Namings | None = None
    for bare in (False, True):  # "the senator" alone last, for whom nothing else is said
        for span, person in sources:
            if person.kind != SpeakerKind.PERSON or bare and person.roles:
                continue
            found = _nominal(text[span.start : span.end], bare)
            owned = None if found or bare else _owned_nominal(text[span.start : span.end])
            if owned and text.find(person.name) < span.start:
                owned = None  # "his childhood friend" for one named before: read by a role
                # of theirs already, or an attribution gone wrong; not one it introduces
            found = found or owned
            if found is None or not _says_more(person.roles, *found, courtesy=True):
                continue
            head, words = found
            if _someone_elses(text, reader, person, span, words):
                continue
            others = persons
            if words[0].lower() == head and not owned:  # "the candidate", "the secretary of
                namings = namings or _Namings(text, persons, short)  # state" is the one named last
                if namings.meant(text, span.start, head, words) is not person or namings.beside(
                    text, person, words, span.start
                ):  # before, as a pronoun would be, whatever other senators the article
                    continue  # named paragraphs before; not one written beside them
                others = namings.since(text.rfind("\n", 0, span.start) + 1, span.start)
            if not _claimed_by_another(others, person, head, words):
                person.roles = [r for r in person.roles if not _honorific(r)]  # "Dr." says less
                person.add_role(_with_complement(reader, span, words))
    return namings


def _roles_apart(
    text: str,
    reader: ArticleRoles,
    chosen: list[Person],
    persons: list[Person],
    short: Counter[str],
    namings: _Namings | None,
    cast: Cast | None,
) -> None:
    """Give the speakers still with no role, a title alone or descriptions only a role
    read apart from the attribution: introduced before their name, fronted to a pronoun,
    a nominal standing for them, and (with ``cast``) one the Cast resolves to them."""
    for person in chosen:  # "Trump's campaign manager says ... | Corey Lewandowski, in"
        if person.kind == SpeakerKind.PERSON and not person.roles:
            _introduced_before(text, reader, person, persons, short)
    roleless = [  # or a title alone ("Secretary", "Dr."), which a nominal may say more than
        p
        for p in chosen
        if p.kind == SpeakerKind.PERSON and _says_more(p.roles, "", [], courtesy=True)
    ]
    for person in roleless:  # "Ann Lee saw it. | A former mayor of Ames, she said"
        _fronted_to_pronoun(text, reader, person, persons)
    if roleless:
        namings = namings or _Namings(text, persons, short)
        wanted = {id(p) for p in roleless}
        _nominals_apart(_NominalScene(text, reader, namings, wanted, persons))
    roleless = [p for p in roleless if _says_more(p.roles, "", [], courtesy=True)]
    if roleless and cast is not None:
        wanted = {id(p) for p in roleless}
        _nominals_referred(_NominalScene(text, reader, namings, wanted, persons), cast)
        for resolve in (_nominals_resolved, _pronoun_copulas_resolved):
            wanted = {id(p) for p in roleless if not p.roles}  # still none after the last
            if wanted:
                resolve(_NominalScene(text, reader, namings, wanted, persons), cast)
    described = {  # "Rival", "star": descriptions only, which an office says more than
        id(p) for p in chosen if p.kind == SpeakerKind.PERSON and p.roles and not _standing(p.roles)
    }
    if described and cast is not None:
        namings = namings or _Namings(text, persons, short)
        _nominals_resolved(_NominalScene(text, reader, namings, described, persons), cast)


# A name set right before a nominal as its appositive's head ("Francis Gary Powers, | the
# U-2 pilot"), and one set right after it, past a short complement ("the American
# ambassador | at the time, John E. Herbst.").
# Two names joined by "and", the name read the first ("Ann Lee | and Tom Reed,") or the
# second ("Ann Lee and | Tom Reed,"), a comma after the pair.
_AND_NAME = re.compile(rf"\s+and\s+{NAME_WORD}(?:\s+{NAME_WORD})*,")
_NAME_AND = nlp.EndPattern(re.compile(rf"(?<![\w.]){NAME_WORD}\s+and\s+\Z"), ("and",), True)
_AND_NAME_ON = re.compile(rf"\s+and\s+{NAME_WORD}")  # a second name after "and"
# The words of a plural phrase set beside two names ("two low-profile | former Republican
# National Committee data | strategists, Ann Lee and Tom Reed"), and what opens it.
_PAIR_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "NNPS", "VBN"})
_PAIR_OPENER_TAGS = frozenset({"DT", "CD", "IN", "POS", "PRP$"}) | FINITE_TAGS
_APPOSED_BEFORE = re.compile(rf"(?<![\w.])({NAME_WORD}(?:\s+{NAME_WORD})+),\s+\Z")
_APPOSED_AFTER = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,4}},\s+({NAME_WORD}(?:\s+{NAME_WORD})+)\s*(?:[.,;:]|\Z)"
)


def _someone_elses(
    text: str, reader: ArticleRoles, person: Person, span: Span, words: list[str]
) -> bool:
    """Does the grammar around a definite nominal the attribution read as ``person`` show
    that it stands for someone else, so that its role is not theirs? So when the nominal
    holds the person's own name as a modifier ("the Lincoln actor" is not Abraham
    Lincoln, "the Clinton aide" not Clinton); when it is the appositive of another name
    ("Francis Gary Powers, the U-2 pilot"; "the American ambassador at the time, John E.
    Herbst"); when it stands in a participle's clause after another name, whose it is
    ("she focused on Trump, trying to use the presumptive Republican nominee's words");
    when it is the agent of a passive whose subject is "he" or "she" ("he ... was
    denounced by the global head of the Roman Catholic Church": the one acting on him).
    (Not "an unnamed one of its noun came before": "A lawmaker in the Philippines is
    calling ..." is named later, and "the lawmaker" is him.)"""
    own = surname(person.name)
    if own and any(_POSSESSIVE_END.sub("", w).lower() == own for w in words):
        return True
    before = _APPOSED_BEFORE.search(text, max(0, span.start - 80), span.start)
    if before and _opens_clause_as_subject(reader, span):
        before = None  # "In an interview with ... Mika Brzezinski, | the candidate stated"
    for name in (before, _APPOSED_AFTER.match(text, span.end)):
        named = name.group(1).split() if name else []
        if named and nlp.is_first_name(named[0]) and surname(name.group(1)) != own:
            return True  # a first name opens it: no place or day ("In New Hampshire, ")
    if _agent_of_their_passive(reader, span):
        return True
    beside = _adjunct_nominal(reader, span.start, span.end)
    if beside is not None:
        named = text[max(0, beside[1] - 60) : beside[1]].split()
        if not named or surname(named[-1]) != own:
            return True
    return False


def _agent_of_their_passive(reader: ArticleRoles, span: Span) -> bool:
    """Is the nominal at ``span`` the agent of a passive ("was denounced by | the X") in a
    sentence with "he" or "she" before it?"""
    if reader.quoted(span.start):
        return False
    sentence = reader.sentence(span.start, span.end, 400, 0)
    if sentence is None:
        return False
    tokens = sentence.tokens
    k = bisect.bisect_left([t.span.start for t in tokens], span.start)
    return (
        1 < k < len(tokens)
        and tokens[k - 1].text.lower() == "by"
        and tokens[k - 2].tag == "VBN"
        and any(t.text.lower() in {"he", "she"} for t in tokens[: k - 2])
    )


def _opens_clause_as_subject(reader: ArticleRoles, span: Span) -> bool:
    """Does a finite verb follow the nominal at ``span`` (past its modifiers, nouns and
    complement), so that it is a clause's subject and no appositive of a name before it?"""
    placed = _placed(reader, span.start, span.end)
    if placed is None:
        return False
    sentence, k = placed
    return _nominal_end(sentence.tokens, k + 1)[1]


_SENTENCE_BEFORE = re.compile(r"[.!?][\u201d\"']?\s*$")  # a sentence closing before a name
# A sentence closing, then a fronted phrase of a preposition or a subordinator, before a
# name that is the next sentence's subject ("... computer. | As a part of his plea, | Ann")
_FRONTED_BEFORE = re.compile(
    r"[.!?][\u201d\"']?\s+(?:As|In|On|At|After|During|Since|Before|When|While|Under|Speaking)"
    r"\s[^,.!?;:\"\u201c\u201d]{1,60},\s+$"
)
_POSSESSOR_TAGS = frozenset({"NNP", "NNPS"})
_NOMINAL_TAGS = frozenset({"NN", "NNS", "JJ", "VBN"})
_LEAD_MODIFIER_TAGS = _NOMINAL_TAGS | {"NNP"}  # "The Romanian hacker", "The GOP donor"
_WH_TAGS = frozenset({"WP", "WP$", "WDT"})  # a relative clause after a lead's nominal


def _surname_mentions(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], bare: str
) -> set[tuple[int, int]]:
    """The mentions of a surname others of the article share that name ``person``: the
    one :func:`_surname_alone_at` finds, and each whose nearest full naming before it,
    among everyone of that surname, is the person's ("the Clinton family magic that made
    Bill Clinton ... gave Hillary Clinton a huge victory ... | Clinton, a former first
    lady, secretary of State and senator"): the reporter goes on by the surname of the
    one they named last. Only a mention an appositive follows and no title precedes
    (which names one of them itself: "President Clinton"), outside quotations."""
    last = surname(person.name)
    namings = sorted(
        (a, b, p is person)
        for p in persons
        if p is person or surname(p.name) == last
        for f in _named_forms(p)
        for a, b in occurrences(text, f)
    )
    found = set()
    if (first := _surname_alone_at(text, reader, person, persons, bare)) is not None:
        found.add(first)
    starts = [a for a, _, _ in namings]
    for a, b in occurrences(text, bare):
        if not _APPOSITIVE_OPENS.match(text, b) or _TITLED_BEFORE.search(text, max(0, a - 40), a):
            continue  # a title names one of them itself ("President Clinton"); no role after
        k = bisect.bisect_right(starts, a) - 1
        if k < 0 or any(c <= a < d for c, d, _ in namings[max(0, k - 2) : k + 1]):
            continue  # before anyone's naming, or inside one
        if namings[k][2] and not reader.quoted(a):
            found.add((a, b))
    return found


_APPOSITIVE_OPENS = re.compile(r",\s+(?:a|an|the)\s+[a-z]")  # "Clinton, | a former first lady"
_TITLED_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*\s+\Z")  # "President | Clinton", "Mr. | Bush"


def _surname_alone_at(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], bare: str
) -> tuple[int, int] | None:
    """Where a surname others of the article share names ``person`` alone: its first
    mention after the person's first full naming, in the paragraph of a full naming or
    the next, before anyone else of that surname is named ("a choked-up Jeb Bush ... | Mr. Bush,
    the former governor of Florida, ... the party of Prescott Bush, George Bush"). The
    reporter introduces the person and goes on by the surname; later mentions may be
    anyone's of the family."""
    last = surname(person.name)
    full = [span for f in _named_forms(person) for span in occurrences(text, f)]
    if not full:
        return None
    own = min(b for _, b in full)
    others = [p for p in persons if p is not person and surname(p.name) == last]
    first = min(
        (a for p in others for f in _named_forms(p) for a, _ in occurrences(text, f)),
        default=len(text),
    )
    mention = next(
        (
            (a, b)
            for a, b in occurrences(text, bare)
            if a >= own and not any(c <= a < d for c, d in full)
        ),
        None,
    )
    if mention is None or mention[1] > first:
        return None
    named = max(b for _, b in full if b <= mention[0])
    if reader.paragraph_index(mention[0]) > reader.paragraph_index(named) + 1:
        return None
    return mention


def _introduced_before(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], short: Counter
) -> None:
    """Give a person with no role the possessive nominal that is the subject of the
    sentence right before the one that first names them, when that sentence opens with
    their name as its subject (past a fronted phrase: "As a part of his plea, | Ann Lee,
    44, said"): the lead tells who speaks, the next sentence names them
    ("Donald Trump's campaign manager says he is gratified by ... | Corey Lewandowski, in
    a statement, said ..."; "Acme's chief executive resigned. | Ann Lee will ...").
    The nominal is a capitalised possessor, lower-case words and a role noun before a
    finite verb, outside quotations; the possessor is not the person, nobody else is
    named in that sentence, the person's surname stands nowhere before (unless others
    share it), and the nominal fits no one else's role. A lead opening with "The" is read
    by :func:`_definite_lead`."""
    words = name_words(person.name)
    if len(words) < 2:
        return
    lead_at = _lead_before(text, reader, person, short)
    if lead_at is None:
        return
    opens, end = lead_at
    last = person.name.split()[-1]
    before = reader.sentence(opens, opens + 1, 0, end - opens)
    if before is None:
        return
    lead = [t for t in before.tokens if t.span.start >= opens and t.span.end <= end]
    if lead and lead[0].text == "The":
        _definite_lead(text, person, persons, lead, opens)
        return
    k = 0
    while k < len(lead) and lead[k].tag in _POSSESSOR_TAGS and lead[k].text[:1].isupper():
        k += 1
    if k == 0 or k >= len(lead) or lead[k].tag != "POS":
        return
    possessor = {w for t in lead[:k] for w in name_words(t.text)}
    if possessor >= set(words) or possessor == {last} and short[surname(person.name)] == 1:
        return  # "Lewandowski's lawyer says ... Corey Lewandowski": another person
    j = k + 1
    while j < len(lead) and lead[j].tag in _NOMINAL_TAGS and lead[j].text.islower():
        j += 1
    if j == k + 1 or j >= len(lead) or lead[j].tag not in FINITE_TAGS:
        return
    if not role_word(lead[j - 1].text, lead[j - 1].tag):
        return
    named = [p for p in persons if p is not person and _named_within(text, p, opens, end)]
    if any(set(name_words(p.name)) - possessor for p in named):
        return  # someone else named in the lead may be the one it speaks of
    head, role = lead[j - 1].text.lower(), [t.text for t in lead[k + 1 : j]]
    if _claimed_by_another(persons, person, head, role, role_fits):
        return
    person.add_role(text[lead[0].span.start : lead[j - 1].span.end])


def _lead_before(
    text: str, reader: ArticleRoles, person: Person, short: Counter
) -> tuple[int, int] | None:
    """Where the sentence before the one that first names ``person`` starts and ends, when
    that one opens with the name as its subject (or its quotation's speaker) and the
    person's surname stands nowhere before, unless others share it."""
    forms = _named_forms(person)
    first = min((a for f in forms for a, _ in occurrences(text, f)), default=None)
    if first is None:
        return None
    last = person.name.split()[-1]
    if short[surname(person.name)] == 1 and any(a < first for a, _ in occurrences(text, last)):
        return None  # named by the surname before: the lead was about someone already named
    closed = _SENTENCE_BEFORE.search(text, max(0, first - 4), first)
    closed = closed or _FRONTED_BEFORE.search(text, max(0, first - 80), first)
    cue = None if closed else _QUOTE_CUE_BEFORE.search(text, max(0, first - 12), first)
    if cue is not None:  # "“...,” | Ann Lee told reporters": the quotation opening the
        closed = _quotation_opens_sentence(text, cue.start() + 1)  # sentence is hers
    if closed is None or reader.quoted(first):
        return None
    after = reader.sentence(first, first + 1, 0, 24 + len(person.name))
    if after is None:
        return None
    tokens = after.tokens
    n = bisect.bisect_left([t.span.start for t in tokens], first + len(person.name))
    ends = {","} if cue is None or cue.group().strip()[-1] in '\u201d"' else {".", ","}
    if n >= len(tokens) or tokens[n].text not in ends and tokens[n].tag not in FINITE_TAGS:
        return None  # the name is not the subject opening its sentence, nor the quotation's
    end = closed.start() + 1
    opens = _sentence_start(text, end - 1)
    opens += len(text[opens:end]) - len(text[opens:end].lstrip())
    return None if opens >= end or reader.quoted(opens) else (opens, end)


# The next sentence opening with an indefinite phrase fronted before "he" or "she" as its
# subject ("A so-called Blue Dog Democrat who represented ..., | he switched")
_FRONTED_TO_PRONOUN = re.compile(
    r"(?:(?:Now|Today)\s+an?|A|An)(?=\s)[^,.;:!?\"\u201c\u201d()]{3,160},\s(?:he|she)\s[a-z]"
)  # "A former state senator, he ...", "Now a senior fellow at X, she ..."
_BODY_PREPOSITIONS = frozenset({"at", "of", "for", "with"})
_FRONTED_STOP_TAGS = frozenset({"WP", "WP$", "WDT", "IN", "TO", "CC", ","})
# The next sentence opening with "He" or "She" before a copula ("He | is the county's ...").
_PRONOUN_SUBJECT = re.compile(r"(?:He|She)(?=\s)")
PRONOUN_SENTENCES = 2  # the sentences opening with that pronoun read past to its copula
# Or before a verb of heading a body ("She | chairs the county's Republican Party."), read
# as ``copula_after`` reads "NAME chairs ...".
_PRONOUN_COPULA = re.compile(
    r"(?:He|She)(?:\s+(?=(?:is|was|has been|serves|served|spent|works|worked|(?:has\s+)?(?:"
    + "|".join(sorted(LEADING_VERBS))
    + r"))\s)|(?=['\u2019]s\s))"
)  # or its contraction ("She's a delegate", "He's been mayor")
# A quotation's attribution before a name ("“...,” said | Ann Lee.", "“...,” | Ann Lee
# said."), and the cue closing its sentence after the name ("Ann Lee | said.").
_QUOTE_CUE_BEFORE = re.compile(r"[,?!][\u201d\"]\s+(?:(?:said|says)\s+)?\Z")
_CUE_CLOSES_AFTER = re.compile(r"(?:\s+(?:said|says))?\.")


def _fronted_to_pronoun(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person]
) -> None:
    """Give a person with no role, or a title alone, what the sentence right after one
    that names them as its subject says of "he" or "she", in its paragraph or the next:
    the indefinite nominal fronted before the pronoun ("Parker Griffith experienced the
    move ... firsthand. || A so-called Blue Dog Democrat who represented Courtland ..., he
    switched to the Republicans"), or the pronoun's copula ("“We will win,” Ann Lee said.
    || She is the county's chief prosecutor."): the pronoun's referent is the subject just
    named. The copula may stand up to PRONOUN_SENTENCES sentences further on, when each
    sentence between opens with the same pronoun as its subject and names nobody else
    ("Ann Lee, 34, could ... || She has defended ... || She is an executive ..."). The
    nominal is modifiers and a role noun before its relative clause, a preposition or the
    comma; nobody else is named in the naming's sentence, and the nominal fits no one
    else's role."""
    for form in _named_forms(person):
        for at, end in occurrences(text, form):
            start = _sentence_after_subject(text, reader, person, persons, at, end)
            if start is None:
                continue
            role = _fronted_after(text, reader, person, persons, start)
            roles = [role] if role is not None else _pronoun_copula(reader, start)
            pronoun = _PRONOUN_SUBJECT.match(text, start)
            for _ in range(PRONOUN_SENTENCES):
                if roles or pronoun is None:
                    break  # "Ann Lee, 34, ... . She has pushed back ... . She is an executive
                    # vice president ...": "She" goes on naming the subject, who is no one else
                start = _pronoun_goes_on(text, reader, person, persons, start)
                if start is None or not text.startswith(pronoun.group(), start):
                    break
                roles = _pronoun_copula(reader, start)
            for role in roles:
                person.add_role(role)
            if roles:
                return


def _sentence_after_subject(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], at: int, end: int
) -> int | None:
    """Where the sentence after the naming at ``at``-``end`` begins, when the naming is
    its sentence's subject (it opens the sentence before a finite verb, or closes a
    quotation's attribution: "“...,” Ann Lee said." or "“...,” said Ann Lee."), nobody
    else is named in the sentence from it on, and the next sentence stands in its
    paragraph or the next."""
    if reader.quoted(at):
        return None
    if not _QUOTE_CUE_BEFORE.search(text, max(0, at - 12), at):
        opens = _sentence_start(text, at)
        opens += len(text[opens:at]) - len(text[opens:at].lstrip())
        if opens != at:
            return None  # the naming does not open its sentence
        after = reader.sentence(at, at + 1, 0, 24 + end - at)
        if after is None:
            return None
        tokens = after.tokens
        n = _past_age(tokens, bisect.bisect_left([t.span.start for t in tokens], end))
        if n >= len(tokens) or tokens[n].tag not in FINITE_TAGS:
            return None  # the name is not the subject opening its sentence
    elif not _CUE_CLOSES_AFTER.match(text, end):
        return None  # "“...,” said Ann Lee, who": the sentence goes on past the name
    return _next_sentence(text, reader, person, persons, at)


def _pronoun_goes_on(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], start: int
) -> int | None:
    """Where the sentence after the one at ``start`` begins, when that one opens with "He"
    or "She" before a finite verb (its subject), names nobody else and the next stands in
    its paragraph or the next."""
    sentence = reader.sentence(start, start + 1, 0, 24)
    if sentence is None or len(sentence.tokens) < 2 or sentence.tokens[1].tag not in FINITE_TAGS:
        return None
    return _next_sentence(text, reader, person, persons, start)


def _next_sentence(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], at: int
) -> int | None:
    """Where the sentence after the one holding ``at`` begins, when it ends in a full
    stop, nobody but ``person`` is named from ``at`` to that stop, and the next sentence
    stands in its paragraph or the next, outside quotation marks."""
    close = next(
        (m for m in _SENTENCE_END.finditer(text, at) if not _title_period(text, m.start())),
        None,
    )
    if close is None or text[close.start()] != ".":
        return None
    start = close.end() - 1
    if reader.quoted(start) or reader.paragraph_index(start) > reader.paragraph_index(at) + 1:
        return None  # the same paragraph or the next
    if any(p is not person and _named_within(text, p, at, close.start()) for p in persons):
        return None  # "he" may be someone else named in that sentence
    return start


def _past_age(tokens: list[Token], n: int) -> int:
    """The token after an age set off after a name at ``n`` (", 34,"), else ``n``."""
    if (
        n + 2 < len(tokens)
        and tokens[n].text == ","
        and tokens[n + 1].tag == "CD"
        and tokens[n + 1].text.isdigit()
        and len(tokens[n + 1].text) <= 3
        and tokens[n + 2].text == ","
    ):
        return n + 3
    return n


def _fronted_after(
    text: str, reader: ArticleRoles, person: Person, persons: list[Person], start: int
) -> str | None:
    """The nominal :func:`_fronted_to_pronoun` reads fronted in the sentence at ``start``."""
    match = _FRONTED_TO_PRONOUN.match(text, start)
    if match is None:
        return None
    comma = text.rindex(",", start, match.end())
    fronted = reader.sentence(start, start + 1, 0, comma - start + 1)
    if fronted is None:
        return None
    article = text.index(" ", start) if text[start].isupper() else start
    if text.startswith(("Now", "Today"), start):
        article = text.index(" ", article + 1)  # past "Now a"
    words = [t for t in fronted.tokens if article < t.span.start and t.span.end <= comma]
    j = 0
    while j < len(words) and words[j].tag not in _FRONTED_STOP_TAGS:
        j += 1
    if j == 0 or not role_word(words[j - 1].text, words[j - 1].tag):
        return None
    if any(t.tag not in _LEAD_MODIFIER_TAGS | {"NNPS", "RB"} for t in words[: j - 1]):
        return None
    head, role = words[j - 1].text.lower(), [t.text for t in words[:j]]
    if _claimed_by_another(persons, person, head, role, role_fits):
        return None
    return text[words[0].span.start : words[_past_named_body(words, j) - 1].span.end]


def _past_named_body(words: list[Token], j: int) -> int:
    """Past the named body a fronted nominal's preposition at ``j`` closes it with ("a
    senior fellow | at the Atlantic Policy Forum"), when only that body is left before
    the comma; else ``j``."""
    if j >= len(words) or words[j].text not in _BODY_PREPOSITIONS:
        return j
    body = words[j + 1 :]
    if body and body[0].text == "the":
        body = body[1:]
    named = bool(body) and all(_name_token(t) for t in body)
    return len(words) if named else j


def _pronoun_copula(reader: ArticleRoles, start: int, lexical: bool = False) -> list[str]:
    """The roles a copula or a verb of heading after "He" or "She" opening the sentence at
    ``start`` gives ("She is the county's chief prosecutor and a mother of two.", "He
    chairs the Franklin County Republican Party."); ``lexical`` as
    :meth:`ArticleRoles.copula_roles` has it."""
    match = _PRONOUN_COPULA.match(reader.text, start)
    if match is None:
        return []
    sentence = reader.sentence(start, start + 1, 0, AFTER)
    if sentence is None:
        return []
    j = bisect.bisect_left([t.span.start for t in sentence.tokens], match.end())
    return reader.copula_roles(sentence, j, lexical)


def _lexical_head(tokens: list[Token]) -> bool:
    """Is the head of a role phrase (its last word before a preposition) a role noun of
    the lexicon (:func:`lexicons.role_nouns`)?"""
    head = next((k for k, t in enumerate(tokens) if t.tag in {"IN", "TO"}), len(tokens))
    return head > 0 and tokens[head - 1].text.lower() in lexicons.role_nouns()


def _quotation_opens_sentence(text: str, closing: int) -> re.Match[str] | None:
    """The close of the sentence before the quotation whose closing mark is at
    ``closing``, when the quotation opens its sentence (or paragraph); else None."""
    mark = text[closing]
    opening = text.rfind("\u201c" if mark == "\u201d" else mark, 0, closing)
    if opening < 0:
        return None
    return _SENTENCE_BEFORE.search(text, max(0, opening - 4), opening)


def _definite_lead(
    text: str, person: Person, persons: list[Person], lead: list[Token], opens: int
) -> None:
    """The lead of :func:`_introduced_before` that opens with "The": a qualified nominal,
    modifiers and a lower-case role noun, the subject of its sentence before a finite verb
    or a relative clause ("The Romanian hacker who first revealed that Hillary Clinton
    used a private email address ... was sentenced ... | Marcel Lehel Lazar, 44, ..."):
    the delayed naming of a news lead. Names after the noun (in its relative clause or
    the verb's object) are not the nominal; one before it is, so nobody may be named
    there. Not when the nominal fits anyone else's role."""
    j = 1
    while j < len(lead) and (
        lead[j].tag in _LEAD_MODIFIER_TAGS or j == 2 and _owner_noun(lead[1], lead[2])
    ):
        j += 1  # "The | county's | top election official"
    if j < 3 or j >= len(lead) or not (lead[j].tag in FINITE_TAGS or lead[j].tag in _WH_TAGS):
        return  # "The senator said": a nominal with no modifier looks back to someone
    head = lead[j - 1]
    if not head.text.islower() or head.tag not in {"NN", "JJ"} or not role_word(head.text):
        return  # the phrase's last word before the verb is its head: "official/JJ said"
    if any(p is not person and _named_within(text, p, opens, head.span.end) for p in persons):
        return
    role = [t.text for t in lead[1:j]]
    if _claimed_by_another(persons, person, head.text, role, role_fits):
        return
    person.add_role(text[lead[1].span.start : head.span.end])


def _owner_noun(noun: Token, ending: Token) -> bool:
    """Is ``noun`` a lower-case common noun owning what follows ("the | county's")?"""
    return noun.tag == "NN" and noun.text.islower() and ending.text in nlp.OWNER_ENDINGS


def _named_forms(person: Person) -> set[str]:
    """The forms naming ``person`` in more than one word, and their name."""
    return {a for a in person.aliases if len(name_words(a)) > 1} | {person.name}


def _named_within(text: str, person: Person, start: int, end: int) -> bool:
    """Is ``person`` named between ``start`` and ``end``, in full or by the surname,
    standing alone (not inside a longer run of capitalised words: "South Carolina
    Republican primary" names no "Carolina Republican")?"""
    forms = _named_forms(person)
    forms.add(person.name.split()[-1])
    return any(
        start <= a < end
        and not _LAST_WORD.search(text, max(0, a - 40), a)
        and not _NAME_GOES_ON.match(text, b)
        for form in forms
        for a, b in occurrences(text, form)
    )


_FULL_RUN = (  # a first name and up to one more word, the word, and up to one after it
    r"(?<![\w.'\u2019-])((?:[A-Z][\w'\u2019-]*\s+){{1,2}}){}"
    r"((?:\s+[A-Z][\w'\u2019-]*)?)(?![\w'\u2019-])"
)


_FAMILY_FIRST_RUN = r"(?<![\w.'\u2019-]){}\s+[A-Z][a-z]+-[a-z]+(?![\w'\u2019-])"


def _full_mentions(text: str, person: Person, persons: list[Person]) -> list[tuple[int, int]]:
    """Where a person the article names in one word ("Acosta") is named in full: at the
    mentions of the one other person whose name holds that word before its last
    ("Melba Acosta Febo"), or, when no one's does, at the runs of capitalised words
    opening with a first name and holding it ("tea-party backed candidate Art
    Halvorson"), all one name, or, when there are none, that word opening a name given
    family name first, with a hyphenated given name ("Ban Ki-moon"); none when two fit,
    or when that word is another person's surname ("Obama" beside "Michelle Obama": the
    speaker finder kept them apart)."""
    word = name_words(person.name)[0]
    fulls = [  # not a surname another has ("Obama" beside "Michelle Obama": kept apart)
        p
        for p in persons
        if p is not person and len(name_words(p.name)) > 1 and word in name_words(p.name)[:-1]
    ]
    if any(p is not person and name_words(p.name)[-1] == word for p in persons):
        return []
    if len(fulls) > 1:
        return []
    if fulls:
        forms = _named_forms(fulls[0])
        return [span for form in sorted(forms) for span in occurrences(text, form)]
    surname = person.name.split()[-1]
    runs = [
        span
        for m in re.finditer(_FULL_RUN.format(re.escape(surname)), text)
        if (span := _from_first_name(m)) is not None
    ]
    if not runs:  # family name first, a hyphenated given name after it ("Ban Ki-moon")
        found = re.finditer(_FAMILY_FIRST_RUN.format(re.escape(surname)), text)
        runs = [m.span() for m in found]
    names = {" ".join(text[a:b].split()) for a, b in runs}
    return runs if len(names) == 1 else []


def _from_first_name(run: re.Match[str]) -> tuple[int, int] | None:
    """The span of a run of :data:`_FULL_RUN` from its first name on: its first word, or
    the second after a capitalised title the run took in ("FBI Director | James Comey",
    "New York Congressman | Pete King": the title's words are no name); None when
    neither is a first name."""
    at = run.start(1)
    for word in run.group(1).split():
        at = run.string.index(word, at)
        if nlp.is_first_name(word):
            return at, run.end()
        at += len(word)
    return None


_PERSON_OBJECT = frozenset({"tell", "ask", "warn", "urge", "remind", "assure", "inform"})
_REPORTING_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})
# "the" opening a word: (?<![\w'\u2019-])[Tt]he\s+, the lookbehind written after the
# first letter, so that sre skips to a "t" or "T" (a pattern opening with an assertion is
# tried at every offset: this one, searched through whole texts, takes a third the time)
_DEFINITE = re.compile(r"[Tt](?<![\w'\u2019-][Tt])he\s+")
# Words after which a definite nominal opens a clause as its subject: punctuation or a
# subordinator (and "that" after a verb of saying: see _opens_subject).
_SUBJECT_OPENERS = frozenset({".", "!", "?", ";", ":", ","}) | SUBORDINATORS
MAX_NOMINAL = 8  # words of a definite nominal read as a person's role
_RANKS = frozenset({"first", "last", "only", "next", "same"})
_HAVE = frozenset({"have", "has", "had", "'ve", "\u2019ve"})  # before a perfect's participle
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s")  # after a name: "Trump's"
_CLAUSE_TAKING = nlp.TENSED_TAGS  # a finite verb "that" opens a clause after
_COPULAS = frozenset({"be", "is", "was", "are", "were", "been", "being", "become", "became"})


_THING_NAMED = re.compile(r"(?<![\w'\u2019-])[Aa]n?\s+$")  # "at a | Hilton Garden Inn"
_NOUN_AFTER = re.compile(r"\s+[a-z]")  # "a Cruz | supporter": the name modifies a noun


class _Namings:
    """Where an article names its people in full or by a surname, in order; a surname
    inside a full name is that name's mention, and one that several people share names
    nobody for sure. People named in one word ("Israel") are left out."""

    def __init__(self, text: str, persons: list[Person], short: Counter) -> None:
        named: list[tuple[int, int, Person]] = []
        things: list[tuple[int, int]] = []  # names set after "a": no one's mention
        self.shared: set[int] = set()  # where a surname more than one person has stands
        for person in (p for p in persons if len(name_words(p.name)) > 1):
            forms = _named_forms(person)
            last = person.name.split()[-1]
            for form in forms | {last}:
                for a, b in occurrences(text, form):
                    if _THING_NAMED.search(text, max(0, a - 4), a) and not _NOUN_AFTER.match(
                        text, b
                    ):
                        things.append((a, b))  # "another workout at a Hilton Garden Inn"
                        continue
                    named.append((a, b, person))
                    if form == last and short[surname(person.name)] > 1:
                        self.shared.add(a)
        named = [n for n in named if not any(a <= n[0] < b for a, b in things)]
        named.sort(key=lambda n: (n[0], -n[1]))
        self.named: list[tuple[int, int, Person]] = []
        for n in named:
            if not self.named or n[1] > self.named[-1][1]:
                self.named.append(n)
        self.starts = [n[0] for n in self.named]
        self.surnames = {surname(p.name) for _, _, p in self.named}
        self.leads: tuple[str, list[re.Match[str]]] | None = None  # see _role_leads

    def named_again(self, person: Person, at: int, text: str) -> bool:
        """Is ``person`` named between ``at`` and the end of its sentence?"""
        closes = _SENTENCE_END.search(text, at)
        end = closes.start() if closes else len(text)
        k = bisect.bisect_left(self.starts, at)
        return any(p is person for _, _, p in self.named[k : bisect.bisect_left(self.starts, end)])

    def index(self, at: int) -> int:
        """The index of the last naming that ends before ``at`` (-1: none)."""
        k = bisect.bisect_left(self.starts, at) - 1
        while k >= 0 and self.named[k][1] > at:
            k -= 1  # "the" inside a name ("The Donald")
        return k

    def since(self, start: int, at: int) -> list[Person]:
        """The people named from ``start`` to ``at``."""
        return [p for a, _, p in self.named if start <= a < at]

    def beside(self, text: str, person: Person, words: list[str], at: int) -> bool:
        """Has the article, before ``at``, written "the" and ``words`` in a sentence that
        names ``person``, so that it is someone else ("Brafman made it clear to the
        judge ..." before "The judge rubbed his chin, and then said")?"""
        nominal = re.compile(rf"\b[Tt]he\s+{re.escape(' '.join(words))}\b")
        for match in nominal.finditer(text, 0, at):
            opens = _sentence_start(text, match.start())
            closes = _SENTENCE_END.search(text, match.end())
            end = closes.start() if closes else len(text)
            if any(p is person for a, _, p in self.named if opens <= a < end):
                return True
        return False

    def last(self, at: int) -> Person | None:
        """The person named last before ``at``, unless by a shared surname."""
        k = self.index(at)
        return None if k < 0 or self.named[k][0] in self.shared else self.named[k][2]

    def meant(self, text: str, at: int, head: str, words: list[str]) -> Person | None:
        """The person a definite nominal at ``at`` (its noun ``head``, its ``words`` past
        "the") stands for as a pronoun would: the one named last before it; but when
        others share that one's surname, the one namesake the nominal agrees with
        (:func:`_namesake_meant`), and none when it agrees with several."""
        k = self.index(at)
        if k < 0:
            return None
        start, _, named = self.named[k]
        own = surname(named.name)
        sharing = {id(p): p for _, _, p in self.named if surname(p.name) == own}
        if len(sharing) == 1:
            return named
        in_full = None if start in self.shared else named  # "Sanders" alone: any of them
        return _namesake_meant(text, list(sharing.values()), in_full, head, words, at)


def _namesake_meant(
    text: str,
    namesakes: list[Person],
    named: Person | None,
    head: str,
    words: list[str],
    at: int,
) -> Person | None:
    """Which of ``namesakes`` (people of one surname) a nominal at ``at`` means, when it
    agrees with only one: the one already given its office, a title alone or in the
    nominal's place (:func:`role_names`: "Sen. Bernie Sanders" for "the senator from
    Vermont", not "his wife, Jane Sanders"); else the one of the gender the text tells of
    the nominal's referent ("the congresswoman", "the senator said he"). When the last
    naming was in full (``named``), that person unless one of those says otherwise; when
    it was the surname alone, the one not introduced as someone's relative ("his wife,
    Jane Sanders,"). None when more than one could be meant: which of two Senators Paul
    "the senator" is, the article does not say."""
    holding = [p for p in namesakes if any(role_names(r, head, words) for r in p.roles)]
    if holding:
        return holding[0] if len(holding) == 1 else None
    gender = _nominal_gender(text, head, at)
    if gender is not None:
        namesakes = [p for p in namesakes if p.gender not in _OTHER_GENDER[gender]]
    if any(p is named for p in namesakes):
        return named
    if named is None and len(namesakes) > 1:
        namesakes = [p for p in namesakes if not _kin_introduced(text, p)]
    return namesakes[0] if len(namesakes) == 1 else None


_OTHER_GENDER = {"m": {"f"}, "f": {"m"}}


def _nominal_gender(text: str, head: str, at: int) -> str | None:
    """ "f" or "m" for the referent of a nominal at ``at``: its noun's gender
    ("congresswoman"), else that of the first "he" or "she" (any form) later in its
    sentence, which a subject binds ("The senator from Vermont said his campaign ...")."""
    if (gender := noun_gender(head)) is not None:
        return gender
    closes = _SENTENCE_END.search(text, at)
    rest = text[at : closes.start() if closes else len(text)]
    pronoun = re.search(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b", rest)
    return PRONOUN_GENDER[pronoun.group(0).lower()] if pronoun else None


def _surname_never_theirs(text: str, person: Person) -> bool:
    """Is ``person`` a relative the article names by a given name alone after a kin noun
    ("his son Beau,", "his younger son, Iyassu,") and never with the surname given them
    for it? Then the surname alone is never theirs: "Mr. Biden" and "Nega" stay the one
    person's the article writes it for, with their roles."""
    unwritten = not any(True for f in _named_forms(person) for _ in occurrences(text, f))
    return unwritten and _kin_introduced(text, person)


def _kin_introduced(text: str, person: Person) -> bool:
    """Is ``person`` first named as the appositive of a kin noun ("his wife, | Jane
    Sanders", "Schilling's son, | Grant,")?"""
    forms = _named_forms(person) | {person.name.split()[0]}
    first = min((a for f in forms for a, _ in occurrences(text, f)), default=-1)
    return first >= 0 and kin_introducing(text, first) is not None


def _fits(written: str, head: str, words: list[str]) -> bool:
    """Does the role ``written`` name what a nominal does (:func:`role_fits`), not a
    like office of another body ("executive director of the American Civil Liberties
    Union" is not "the executive director of the Group Plan Commission")?"""
    if not role_fits(written, head, words):
        return False
    if written.lower() == head and any(w.lower() not in {head, "former"} for w in words):
        return False  # a bare "aide" (Nixon's, "aide Kevin Phillips") claims no nominal that
        # says more ("the former top aide to President George W. Bush", another man)
    ours = _body(" ".join(words))
    theirs = _body(written)
    return not (ours and theirs and ours.isdisjoint(theirs))


def _claimed_by_another(
    persons: Iterable[Person],
    person: Person,
    head: str,
    words: list[str],
    fits: Callable[[str, str, list[str]], bool] = _fits,
) -> bool:
    """Does a role of anyone in ``persons`` but ``person`` already name what the nominal
    headed by ``head`` does (:func:`_fits`; :func:`role_fits` where a like office of
    another body counts too)?"""
    return any(fits(r, head, words) for p in persons if p is not person for r in p.roles)


_BODY = re.compile(r"\b(?:of|for)\s+(?:the\s+)?((?:[A-Z][\w.&'\u2019-]*\s*)+)")


def _body(role: str) -> set[str]:
    """The capitalised words of the body an office's complement names ("Group", "Plan",
    "Commission" in "director of the Group Plan Commission")."""
    found = _BODY.search(role)
    return set(found.group(1).split()) if found else set()


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins, within a paragraph's reach."""
    stops = _SENTENCE_END.finditer(text, max(0, at - 2 * AFTER), at + 1)
    ends = (m.start() + 1 for m in stops if not _title_period(text, m.start()))
    return max([max(0, at - 2 * AFTER), *ends])


_ABBREVIATED_BEFORE = re.compile(r"\b([A-Z][a-z]{1,3})$")


def _title_period(text: str, at: int) -> bool:
    """Does the period at ``at`` close a title's abbreviation before a name ("Mr. | Trump",
    "Sen. | Cruz"), no sentence's end: the sentence of "Mr. Cruz ... to top Mr. Trump" opens
    at "Mr. Cruz", not at "Trump"?"""
    found = _ABBREVIATED_BEFORE.search(text, max(0, at - 4), at)
    if text[at : at + 1] != "." or found is None:
        return False
    word = found.group(1)
    return nlp.is_abbreviation(word) and lexicons.is_title_word(word + ".")


def _nominals_referred(scene: _NominalScene, cast: Cast) -> None:
    """Give a speaker of ``scene.wanted`` (those the article gives no role, or a title
    alone) a qualified definite nominal that refers to them anywhere outside quotations,
    in any place of its clause (:func:`_referring_nominal`): as a pronoun would, the
    person named last before it, in its sentence or the one before, unless that is the
    subject its clause stands past ("Trump said the billionaire ...": someone else; but
    "She went on to attack Donald Trump, saying | the presumptive Republican nominee
    hasn't ...", "nothing to diminish Donald Trump's standing. A poll shows | the New
    York billionaire maintaining his lead"), and unless the attribution's coreference
    (:meth:`NominalResolver.referent`) reads it as someone else. Not where the article shows it is
    another's (:func:`_nominal_elsewhere`)."""
    text, _, namings, wanted, _ = scene
    for match in _role_leads(text, namings):
        at = match.start()
        person = _person_before(text, namings, at)
        if person is None or id(person) not in wanted:
            continue
        opens = _sentence_start(text, _sentence_start(text, at) - 2)
        if person not in namings.since(opens, at) or person is cast.nominals.subject_before_at(at):
            continue
        placed = _placed(scene.reader, at, match.end())
        found = _referring_nominal(*placed) if placed is not None else None
        if found is None or cast.nominals.referent(found[0], at, found[1]) not in (None, person):
            continue
        _give_referred(scene, person, at, found)


def _nominals_resolved(scene: _NominalScene, cast: Cast) -> None:
    """Give a speaker of ``scene.wanted`` (those still without any role) a qualified
    definite nominal of a public office outside quotations (:func:`_referring_nominal`)
    that the attribution's coreference resolves to them as it would one that speaks
    (:meth:`NominalResolver.referent`), when they are the person named last before it, however
    long ago ("Clinton said ... | The FBI is exploring ... | the former secretary of
    state was made aware"), or were named in its sentence or the one before, someone
    else since ("Clinton's wins ... as Sanders' campaign manager suggested. | ... had
    endorsed the former secretary of state's bid"). An office only: a description of no
    office ("the billionaire businessman", "the private psychiatrist who ...") the
    coreference resolves as readily to a speaker as to one who never speaks; but for one
    with no role beyond a noun alone, the subject going on with the topic of the sentence
    before (:func:`_continues_topic`). Not where the article shows it is another's
    (:func:`_give_referred`)."""
    text, reader, namings, wanted, _ = scene
    for match in _role_leads(text, namings):
        at = match.start()
        placed = _placed(reader, at, match.end())
        found = _referring_nominal(*placed) if placed is not None else None
        office = found is not None and holds_public_office(" ".join(found[1]))
        found = found or _subject_nominal(text, reader, at, match.end())
        if found is None:
            continue
        person = cast.nominals.referent(found[0], at, found[1])
        if person is None or id(person) not in wanted or _standing(person.roles):
            continue
        if not office and not (
            _bare_nouns(person.roles) and _continues_topic(scene, cast, person, at, match.end())
        ):
            continue
        opens = _sentence_start(text, _sentence_start(text, at) - 2)
        if person is _person_before(text, namings, at) or person in namings.since(opens, at):
            _give_referred(scene, person, at, found)


def _bare_nouns(roles: list[str]) -> bool:
    """Are ``roles`` none, or each a noun alone ("candidate", from "the candidate said"),
    which a qualified nominal says more than?"""
    return all(len(role.split()) == 1 for role in roles)


def _continues_topic(scene: _NominalScene, cast: Cast, person: Person, at: int, end: int) -> bool:
    """Is the definite nominal from ``at`` to ``end`` the subject opening its sentence
    (:func:`_subject_nominal`) after the last sentence read whose subject is ``person``,
    in its paragraph or the one before, nobody else named between ("Ann Lee would not be
    the valley's first choice. Or its second.\n\nThe presumptive nominee wants ...")? A
    description of no office then goes on telling of the one the text is about."""
    text, reader, namings, _, _ = scene
    found = _subject_nominal(text, reader, at, end)
    if found is None or any(w.isdigit() or w.lower() in _UNSETTLED for w in found[1]):
        return False  # "the 2014 executive actions": a year's; "the next president": no one yet
    if _POSSESSIVE_AFTER.match(text, at + len(" ".join(["the", *found[1]]))):
        return False  # "the nominee's support", "the U.S. attorney's office": an owner
    before = cast.subject_before(at)
    return (
        before is not None
        and before.person is person
        and before.sentence.start >= text.rfind("\n\n", 0, text.rfind("\n\n", 0, at))
        and not any(p is not person for p in namings.since(before.sentence.end, at))
    )


# "He" or "She" opening a sentence (after a paragraph break, or a full stop and a space,
# a closing quotation mark between): a subject whose copula :func:`_pronoun_copula` reads.
# (?:(?<=\n)|(?<=[.?!]\s)|(?<=[.?!][\u201d\"]\s))(He|She), its lookbehinds written after
# the capital, as _DEFINITE's: sre skips to an "H" or an "S" (a ninth of the time).
_PRONOUN_OPENS = re.compile(
    r"([HS](?:(?<=\n[HS])|(?<=[.?!]\s[HS])|(?<=[.?!][\u201d\"]\s[HS]))(?:(?<=H)e|(?<=S)he))"
    r"(?=\s|['\u2019]s\s)"
)


def _pronoun_copulas_resolved(scene: _NominalScene, cast: Cast) -> None:
    """Give a speaker of ``scene.wanted`` (those still without any role) the role of a
    copula after "He" or "She" opening a sentence outside quotations
    (:func:`_pronoun_copula`), when the attribution's coreference resolves the pronoun to
    them (:meth:`PronounResolver.pronoun`) and they are the person named last before it, in the
    sentence right before: "The move comes from Nell Barker. | She's a Tom Reed delegate
    from Ames." The naming need not be its sentence's subject, as
    :func:`_fronted_to_pronoun` has it; for that weaker tie the role's head is a role noun
    of the lexicon ("He is a master of conventions" gives none)."""
    text, reader, namings, wanted, persons = scene
    for match in _PRONOUN_OPENS.finditer(text):
        start = match.start()
        if reader.quoted(start) or namings.index(start) < 0:
            continue
        roles = _pronoun_copula(reader, start, lexical=True)
        if not roles:
            continue
        with cast.hypothetical():
            person = cast.pronouns.pronoun(match.group(1), start)
        if person is None or id(person) not in wanted or person.roles:
            continue
        before = _sentence_start(text, start - 2)  # the sentence before names them: no
        if person is _person_before(text, namings, start) and person in namings.since(
            before, start
        ):  # sentence between, as in "Ann Lee said. The vote is Tuesday. | He is ..."
            for role in roles:
                person.add_role(role)


def _role_leads(text: str, namings: _Namings) -> list[re.Match[str]]:
    """Each "the" after the article's first naming whose next few words hold a word that
    may lead a role (:func:`_lead_role_word`). Found once for ``namings`` (which never
    change), not at each of the up to three readings of an article that ask."""
    if namings.leads is None or namings.leads[0] is not text:
        leads = []
        for match in _DEFINITE.finditer(text):
            lead = text[match.end() : match.end() + 80].split()[:MAX_NOMINAL]
            if namings.index(match.start()) >= 0 and any(map(_lead_role_word, lead)):
                leads.append(match)
        namings.leads = text, leads
    return namings.leads[1]


def _give_referred(
    scene: _NominalScene, person: Person, at: int, found: tuple[str, list[str]]
) -> None:
    """Give ``person`` the definite nominal at ``at`` (its noun and words past "the",
    ``found``) as role, unless the article shows it is another's
    (:func:`_nominal_elsewhere`) or another person's role already says it."""
    if not _nominal_elsewhere(scene, person, at, found):
        head, words = found
        if not _claimed_by_another(scene.persons, person, head, words):
            person.add_role(" ".join(words))


def _nominal_elsewhere(
    scene: _NominalScene, person: Person, at: int, found: tuple[str, list[str]]
) -> bool:
    """Is a definite nominal at ``at`` (its noun and words past "the", ``found``) that
    the person named last before it could be someone else's by the article, or no more
    than what their roles say? So when the article introduced someone unnamed by its noun
    or wrote it in a sentence naming the person ("allows | the Puerto Rican governor | to
    ..." in a sentence of Sanders's, before "optional for | the Puerto Rican governor");
    when the grammar around it says so (:func:`_someone_elses`); when it holds a surname
    of the article ("the Sanders rapid-response director"); when a relative clause
    stands between the naming and the nominal, which tells of its antecedent ("Trump's
    children, who believed | the campaign manager was ..."); when the person is named again
    in its sentence ("the New York Jets owner, who has been friends with Trump"); and when
    the article gave that office to another before ("presumptive nominee Donald Trump ...
    Romney tweeted. ... | the current GOP nominee's support")."""
    text, reader, namings, _, _ = scene
    head, words = found
    if not _says_more(_standing(person.roles), head, words, courtesy=True):
        return True
    if unnamed_before(text, head, at) or not person.may_hold_office(head, words):
        return True
    gender = _nominal_gender(text, head, at)
    if gender is not None and person.gender in _OTHER_GENDER[gender]:
        return True
    end = at + len(" ".join(["the", *words]))
    if _someone_elses(text, reader, person, Span(at, end), words):
        return True
    if any(w.lower() in namings.surnames for w in words):
        return True
    k = namings.index(at)
    if _RELATIVE_BETWEEN.search(text, namings.named[k][1], at):
        return True
    if namings.beside(text, person, words, at) or namings.named_again(person, end, text):
        return True
    return any(
        other is not person and any(office_word(r, head) for r in reader.at(a, b))
        for a, b, other in namings.named[: k + 1]
    )


_RELATIVE_BETWEEN = re.compile(r"\b(?:who|whom|whose|which)\b")  # a relative clause's opener
# Modifiers of a nominal for no one yet, or for whoever it may be ("the next president").
_UNSETTLED = _RANKS | {"future", "eventual", "potential", "ideal", "perfect"}


def _referring_nominal(sentence: Sentence, k: int) -> tuple[str, list[str]] | None:
    """The noun and the words past the "the" at ``tokens[k]`` of a nominal that may refer
    to someone named before: qualified, lower-case in its noun, a strong role (no "-er"
    alone), closed before a participle ("shows | the New York billionaire | maintaining"),
    and none that sets a name or a description beside it ("the Republican front-runner,
    Donald Trump,", "the WWII fascist, a leader ..."), nor a predicate ("as the Republican
    standard-bearer", "is the candidate"), nor one of no one yet ("the next president")."""
    tokens = sentence.tokens
    if k > 0 and tokens[k - 1].text.lower() in {"as", "becoming"} | _COPULAS:
        return None
    if k > 0 and tokens[k - 1].tag in {"NNP", "NNPS"}:
        return None  # "declaring Clinton | the presumptive nominee": said of the name
    stop, _ = _nominal_end(tokens, k + 1)
    while stop > k + 1 and tokens[stop - 1].tag in {"VBG", "VBN"}:
        stop -= 1
    complement = next((n for n in range(k + 2, stop) if tokens[n].text.lower() == "for"), stop)
    if complement < stop:
        stop = complement  # "covering the Vermont senator | for the USA TODAY NETWORK"
    inner = tokens[k + 1 : stop]
    if any(t.tag in {"CD", "JJS"} or t.text.lower() in _UNSETTLED for t in inner):
        return None
    after = tokens[stop : stop + 2]
    if after and (after[0].tag in NOUN_TAGS or after[0].text.islower() and after[0].tag == "VB"):
        return None  # a title before a name; a noun it modifies ("the Paris terrorist | attacks")
    if len(after) == 2 and after[0].text == "," and after[1].tag in {"NNP", "DT"}:
        return None  # an appositive: "the WWII fascist, a leader who ..."
    found = _nominal(" ".join(["the", *(t.text for t in inner)]))
    if found is None or not found[0].islower():
        return None
    heads = [t for t in inner if t.text.lower() == found[0]]
    return found if heads and strong_role(heads[-1]) else None


class _NominalScene(NamedTuple):
    """What a nominal apart from any attribution is read against: the article, its role
    reader, who is named where, the ids of the speakers still wanting a role, and every
    person of the article."""

    text: str
    reader: ArticleRoles
    namings: _Namings
    wanted: set[int]
    persons: list[Person]


def _nominals_apart(scene: _NominalScene) -> None:
    """Give a speaker of ``scene.wanted`` the definite nominal that stands for them apart
    from any quotation ("Netanyahu will meet with Donald Trump when | the Republican
    presidential front-runner arrives"): a qualified nominal naming a role that opens a
    clause before its verb, outside quotations, in a later sentence than the one naming
    the person last named before it, or after a subordinator in the same one, within a
    paragraph of it. Not when anyone else named since the sentence before has no role
    there or one the nominal fits (who is meant is then unclear), but for those named in
    the words of a speaker the nominal speaks on after ("Trump may attack Bill Clinton,
    Fiorina said. But, the former CEO added, ..."), nor when the article introduced
    someone unnamed by that noun ("a senior aide ... the senior aide"). A nominal that
    is a verb's or a preposition's object ("Families urged | the Vermont senator to
    apologize", "a home for | the Vermont senator") stands for the person too when no one
    is named in its sentence before it (the verb's subject would be someone else); one in
    a participle's clause right after a name, that name (:func:`_adjunct_nominal`). A
    speaker whose roles are a title alone ("Secretary", "Dr.") takes one that says more
    of the title's office (:func:`_says_more`)."""
    text, reader, namings, wanted, persons = scene
    for match in _DEFINITE.finditer(text):
        at = match.start()
        person = namings.last(at)
        if person is None and namings.index(at) >= 0:  # a surname others share: whose is
            found = _nominal(" ".join(text[at : match.end() + 80].split()[:MAX_NOMINAL]))
            person = namings.meant(text, at, *found) if found else None  # by what it says
        fronted = _FRONTED_CLAUSE.search(text, max(0, at - 16), at) is not None
        if person is None and namings.index(at) < 0 and not fronted:
            continue
        lead = text[match.end() : match.end() + 80].split()[:MAX_NOMINAL]
        if not any(map(_lead_role_word, lead)):
            continue
        if fronted and _cataphoric(scene, at, match.end()):
            continue
        if person is None and namings.index(at) < 0:
            continue
        if person is None or id(person) not in wanted:
            if _wanted_in_sentence(text, namings, wanted, at):
                _object_of_sentence(scene, at, match.end())
            continue
        if not nlp.is_first_name(person.name.split()[0]):
            continue  # "As reported by Western Journalism, the former secretary of state"
        found = _nominal_standing_for(scene, person, at, match.end())
        if found is None:
            continue
        head, words = found
        if not _says_more(person.roles, head, words, courtesy=True):
            continue
        if not _claimed_by_another(persons, person, head, words):
            person.add_role(" ".join(words))


def _nominal_standing_for(
    scene: _NominalScene, person: Person, at: int, end: int
) -> tuple[str, list[str]] | None:
    """The head and words of the definite nominal from ``at`` to ``end`` where it stands
    for ``person``, the one named last before it: a clause's subject, a participle's
    clause right after their name, or an object with no one named before it in its
    sentence."""
    text, reader, namings, _, _ = scene
    found = _subject_nominal(text, reader, at, end)
    if found is not None and namings.named_again(person, end, text):
        return None  # "The attorney general is suing Trump": a subject is not its object
    beside = None if found else _adjunct_nominal(reader, at, end)
    if beside is not None and beside[1] == namings.named[namings.index(at)][1]:
        return beside[0]  # the name closing the clause before the participle's
    if found is None:
        found = _object_nominal(text, reader, at, end)
        named_at = namings.named[namings.index(at)][0]
        if found is not None and _SENTENCE_END.search(text, named_at, at) is None:
            _object_of_sentence(scene, at, end)
            return None  # the object of a verb whose subject names someone: another
        if found is None:
            return None
    return found if _meant(text, reader, namings, at, found) else None


@lru_cache(maxsize=1 << 14)
def _lead_role_word(word: str) -> bool:
    """Does a word after a definite article name a role (:func:`role_word`), without its
    punctuation and possessive ending? Asked for every "the" of an article, of the same
    few words again and again."""
    return role_word(_POSSESSIVE_END.sub("", word.strip(",.;:")))


# A subordinator opening a sentence right before "the" ("While | the Vermont senator ...").
_FRONTED_CLAUSE = re.compile(
    r"(?:^|[.!?][\u201d\"']?\s+|\n\s*)(?:While|Although|Though|As|When|After|Because|Since)\s+$"
)
_TITLED_NAME = re.compile(r",\s+(?:(?:[A-Z][a-z]{1,4}\.|Senator|Governor|President)\s+)?$")


def _cataphoric(scene: _NominalScene, at: int, end: int) -> bool:
    """Give a qualified definite nominal that is the subject of a subordinate clause
    opening its sentence to the name that is the main clause's subject right after it
    ("While | the Vermont senator has won a number of caucus states, Sanders has won only
    two primaries", "Though the senator from Vermont trails Clinton ..., Sanders has"):
    the clause is fronted to tell of the main clause's subject, as "While he has won ...,
    Sanders" would; a name inside the clause is its verb's object, not the nominal. Only
    for one in ``wanted``, named right after a comma (or a title) and before a finite
    verb; not when the nominal fits a role of anyone else (then it looks back: "As the
    president spoke, Trump railed"). True when the nominal was read so."""
    text, reader, namings, wanted, persons = scene
    found = _subject_nominal(text, reader, at, end)
    if found is None:
        return False
    head, words = found
    closes = _SENTENCE_END.search(text, at)
    closes_at = closes.start() if closes else len(text)
    subject = None  # the first name set after a comma ("..., Sanders has won"); one
    for naming in namings.named[namings.index(at) + 1 :]:  # before is the clause's object
        if naming[0] >= closes_at:  # ("Though the senator trails Clinton by ...")
            return False
        comma = text.rfind(",", at, naming[0])
        if comma >= 0 and _TITLED_NAME.search(text, comma, naming[0]) is not None:
            subject = naming
            break
    if subject is None:
        return False
    start, stop, person = subject
    if (
        id(person) not in wanted
        or start in namings.shared
        or any(q in text[at:start] for q in OPENING_QUOTES | CLOSING_QUOTES)
    ):
        return False
    after = reader.sentence(start, stop, 0, 24)
    if after is None:
        return False
    tokens = after.tokens
    n = bisect.bisect_left([t.span.start for t in tokens], stop)
    if n >= len(tokens) or tokens[n].tag not in FINITE_TAGS:
        return False  # the name opens no main clause as its subject ("..., Sanders' aides")
    if not _says_more(person.roles, head, words, courtesy=True) or _claimed_by_another(
        persons, person, head, words
    ):
        return False
    person.add_role(" ".join(words))
    return True


def _wanted_in_sentence(text: str, namings: _Namings, wanted: set[int], at: int) -> bool:
    """Is someone in ``wanted`` named in the sentence before ``at``, or last before it?
    (A cheap test before any tagging.)"""
    k = namings.index(at)
    if k < 0 or _SENTENCE_END.search(text, namings.named[k][0], at) is not None:
        return False  # the last naming is in an earlier sentence: the usual reading
    opens = _sentence_start(text, at)
    before = _person_before(text, namings, opens)
    if before is not None and id(before) in wanted:
        return True
    return any(id(p) in wanted for a, _, p in namings.named[: k + 1] if opens <= a)


def _after_dateline(tokens: list[Token], i: int) -> bool:
    """Does ``tokens[i]`` follow a dateline's dash ("LOS ANGELES (AP) — | Hillary ..."),
    only proper nouns, brackets and commas before it?"""
    if i < 2 or tokens[i - 1].tag != ":":
        return False
    return all(t.tag in {"NNP", "NNPS", "-LRB-", "-RRB-", ","} for t in tokens[: i - 1])


_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})


def _new_clause(tokens: list[Token]) -> bool:
    """Do ``tokens`` open a clause of their own: a subordinator, a relative pronoun, a
    subject pronoun ("in the hopes | he'd retweet quotes from the fascist") or a
    quotation?"""
    return any(
        t.tag in {"WDT", "WP"}
        or t.tag == "IN"
        and t.text.lower() in SUBORDINATORS | {"that"}
        or t.text.lower() in _CLAUSE_SUBJECTS
        or t.text in OPENING_QUOTES | CLOSING_QUOTES
        for t in tokens
    )


def _unlisted_name(tokens: list[Token], namings: _Namings) -> bool:
    """Do ``tokens`` hold two capitalised proper nouns in a row that are no naming of a
    person the article lists (a name On Record does not know as a person)?"""
    if not tokens:
        return False
    spans = [(a, b) for a, b, _ in namings.named if tokens[0].span.start <= a]
    return any(
        _capitalised_place(tokens[i])
        and _capitalised_place(tokens[i + 1])
        and not any(a <= tokens[i].span.start < b for a, b in spans)
        for i in range(1, len(tokens) - 1)
    )


def _person_before(text: str, namings: _Namings, at: int) -> Person | None:
    """The person named last before ``at``, passing over a name after "the" that is a
    noun's modifier ("the Obama administration"), unless by a shared surname."""
    k = namings.index(at)
    while k >= 0 and _after_the(text, namings.named[k][0]):
        k -= 1
    return None if k < 0 or namings.named[k][0] in namings.shared else namings.named[k][2]


_THE_BEFORE = re.compile(r"\b[Tt]he\s+\Z")


def _after_the(text: str, at: int) -> bool:
    """Does "the" stand right before ``at`` ("the | Obama administration")?"""
    return _THE_BEFORE.search(text, max(0, at - 5), at) is not None


def _object_of_sentence(scene: _NominalScene, at: int, end: int) -> None:
    """Give a qualified definite nominal that is a verb's or a preposition's object in a
    sentence naming someone before it to the one it can stand for. A name that is a
    subject in the sentence (opening it, or before its finite verb: "comments Clinton
    made | during a speech attacking the presumptive nominee", "Weaver rejected the
    notion that the campaign is calling the former secretary of state corrupt") is not
    the object's, as no pronoun but a reflexive could be; a name as a possessive or an
    object is ("dove into Donald Trump's record, launching attacks designed to paint the
    billionaire businessman as ..."). The nominal stands for the one person named so in
    its sentence, or, when there is none, for the person named last before the
    sentence, when no one else named since that sentence began, but the subjects, has no
    role there or one the nominal fits. A name before a noun ("the Sanders campaign") is
    no mention of a person."""
    text, reader, namings, _, _ = scene
    found = _object_nominal(text, reader, at, end)
    if found is None:
        return
    opens = _sentence_start(text, at)
    sentence = reader.sentence(at, end, at - opens, 40)
    if sentence is None:
        return
    tokens = sentence.tokens
    starts = {t.span.start: i for i, t in enumerate(tokens)}
    ends = {t.span.end: i for i, t in enumerate(tokens)}
    parts = _names_by_part(sentence, namings, at, opens, starts, ends)
    if parts is None:
        return
    subjects, objects = parts
    if len(objects) > 1:
        return
    nominal = starts[at]
    if _name_beside(tokens, nominal):
        return
    if objects:
        person = next(iter(objects.values()))
        if not _object_in_clause(tokens, namings, person, at, opens, ends, nominal):
            return
    else:
        before = _named_before_sentence(scene, sentence, found, subjects, at, opens, nominal)
        if before is None:
            return
        person = before
    _give_object_role(scene, person, found, at)


def _names_by_part(
    sentence: Sentence,
    namings: _Namings,
    at: int,
    opens: int,
    starts: dict[int, int],
    ends: dict[int, int],
) -> tuple[set[int], dict[int, Person]] | None:
    """The people named in the sentence opening at ``opens`` before a nominal at ``at``,
    as subjects (their ids) and as possessives or objects (by id, less the subjects);
    None when a name is not whole in the tokens (unsure). A name before a noun ("the
    Sanders campaign", "Clinton ally") is neither."""
    tokens = sentence.tokens
    subjects: set[int] = set()
    objects: dict[int, Person] = {}
    for a, b, other in namings.named[: namings.index(at) + 1]:
        if a < opens:
            continue
        i, j = starts.get(a), ends.get(b)
        if i is None or j is None:
            return None  # a name the tokens do not hold whole: unsure
        if _name_before_noun(tokens, i, j):
            continue
        if _subject_name(sentence, i, j):
            subjects.add(id(other))
        else:
            objects[id(other)] = other
    for key in subjects:
        objects.pop(key, None)
    return subjects, objects


def _name_before_noun(tokens: list[Token], i: int, j: int) -> bool:
    """Is the name at tokens ``i``-``j`` a noun's modifier: after an article ("the
    Sanders campaign") or before a lower-case noun ("Sanders campaign", "Clinton ally")?"""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if i > 0 and tokens[i - 1].text.lower() in {"the", "a", "an"}:
        return True
    return after is not None and after.tag in {"NN", "NNS"} and after.text.islower()


def _subject_name(sentence: Sentence, i: int, j: int) -> bool:
    """Is the name at tokens ``i``-``j`` a subject in its sentence: opening it, or before
    a finite verb (past adverbs), not as a possessive ("Reed's advisers met"); or opening
    its clause before a comma and a participle ("On Monday, Ann Vale, | doubting the
    senator's record, spoke", not "an ally of Mr. Clinton, referring to")?"""
    tokens = sentence.tokens
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    n = j + 1
    while n < len(tokens) and tokens[n].tag == "RB":
        n += 1
    opening = (
        i == 0
        and sentence.opens
        or i > 0
        and tokens[i - 1].text in {".", "!", "?"}
        or _after_dateline(tokens, i)
    )
    verb = n < len(tokens) and (  # "remarks Vale made/VBN": a past tense all the same
        tokens[n].tag in FINITE_TAGS or n == j + 1 and tokens[n].tag == "VBN"
    )
    possessive = after is not None and after.tag == "POS"  # "Reed's advisers met"
    adjunct = (
        (i == 0 or tokens[i - 1].text in {",", ".", "!", "?"})
        and after is not None
        and after.text == ","
        and j + 2 < len(tokens)
        and tokens[j + 2].tag == "VBG"
    )
    return bool((opening or verb) and not possessive or adjunct)


def _name_beside(tokens: list[Token], nominal: int) -> bool:
    """Does a name stand beside the nominal opening at token ``nominal``, after its
    comma ("the presumptive nominee, Donald J. Trump")?"""
    stop, _ = _nominal_end(tokens, nominal + 1)
    return (
        stop + 1 < len(tokens) and tokens[stop].text == "," and _capitalised_place(tokens[stop + 1])
    )


def _object_in_clause(
    tokens: list[Token],
    namings: _Namings,
    person: Person,
    at: int,
    opens: int,
    ends: dict[int, int],
    nominal: int,
) -> bool:
    """Is the one person named as an object in the sentence (last at or after ``opens``)
    in the nominal's clause: no new clause opens between ("with Cameron because the prime
    minister cast the candidate": another clause, whose object may be someone else)?"""
    named = namings.named[: namings.index(at) + 1]
    last = max(b for a, b, p in named if p is person and a >= opens)
    return not _new_clause(tokens[ends[last] + 1 : nominal])


def _named_before_sentence(
    scene: _NominalScene,
    sentence: Sentence,
    found: tuple[str, list[str]],
    subjects: set[int],
    at: int,
    opens: int,
    nominal: int,
) -> Person | None:
    """The person named last before the sentence opening at ``opens``, whom a nominal at
    ``at`` naming no one in its sentence stands for: not in the words said before it
    ("“We beat Trump,” Sanders said of the front-runner"), nor after a name On Record does
    not list, nor a subject of the sentence; named within two paragraphs; and no one else
    named since that naming's sentence began, but the subjects, has no role there or one
    the nominal fits."""
    text, reader, namings, _, _ = scene
    tokens = sentence.tokens
    if _new_clause(tokens[:nominal]) or _unlisted_name(tokens[:nominal], namings):
        return None
    person = _person_before(text, namings, opens)
    if person is None or id(person) in subjects:
        return None
    named_at = max(a for a, _, p in namings.named if p is person and a < opens)
    if reader.paragraph_index(named_at) < reader.paragraph_index(at) - 2:
        return None  # a paragraph naming no one may stand between, not more
    since = _sentence_start(text, named_at)
    for a, b, other in namings.named[: namings.index(at) + 1]:
        if a < since or other is person or id(other) in subjects or _after_the(text, a):
            continue
        roles = list(reader.at(a, b))
        if not roles or any(_fits(r, *found) for r in roles):
            return None  # someone else it could be
    return person


def _give_object_role(
    scene: _NominalScene, person: Person, found: tuple[str, list[str]], at: int
) -> None:
    """Give ``person`` the nominal's words as a role when they still want one, have a
    listed first name, the nominal is no one's introduced before, it says more than the
    roles they have, and no one else of the article holds a role it fits."""
    text, _, _, wanted, persons = scene
    if id(person) not in wanted or not nlp.is_first_name(person.name.split()[0]):
        return
    head, words = found
    if unnamed_before(text, head, at) or not _says_more(person.roles, head, words, courtesy=True):
        return
    if not _claimed_by_another(persons, person, head, words):
        person.add_role(" ".join(words))


def _with_complement(reader: ArticleRoles, span: Span, words: list[str]) -> str:
    """A definite nominal's ``words`` with the complement the attribution's mention left
    out ("said the former top aide | to President George W. Bush": the mention stops at
    the name): the noun phrase the role grammar reads from the nominal's first word past
    "the", when it goes on past the mention by a preposition and a noun phrase alone (no
    verb, relative or punctuation), else the words as they are."""
    placed = _placed(reader, span.start, span.end)
    if placed is None:
        return " ".join(words)
    sentence, k = placed
    tokens = sentence.tokens
    last = bisect.bisect_left([t.span.start for t in tokens], span.end)
    if not (last < len(tokens) and tokens[last].text.lower() in COMPLEMENTS):
        return " ".join(words)
    phrase = role_phrase(sentence, k + 1, ends_clause=False)
    if phrase is None or phrase[1] <= last + 1 or phrase[0] != k + 1:
        return " ".join(words)
    added = tokens[last : phrase[1]]
    if any(t.tag.startswith(("VB", "W", "MD")) or not t.text[:1].isalnum() for t in added):
        return " ".join(words)
    if not any(t.tag in nlp.PROPER_TAGS for t in added) or any(
        t.tag == "CD" or t.text in MONTHS for t in added
    ):
        return " ".join(words)  # a body or person it serves, not a time ("the American
        # ambassador | at the time", "the governor | in March")
    role = _text(reader.text, sentence, phrase)
    return role if role and len(added) <= 8 else " ".join(words)


def _placed(reader: ArticleRoles, at: int, end: int) -> tuple[Sentence, int] | None:
    """The tagged sentence around a nominal at ``at`` outside quotations, and the index
    of the word it opens with."""
    if reader.quoted(at):
        return None
    sentence = reader.sentence(at, end, 40, 160)
    if sentence is None:
        return None
    k = bisect.bisect_left([t.span.start for t in sentence.tokens], at)
    if k >= len(sentence.tokens) or sentence.tokens[k].span.start != at:
        return None
    return sentence, k


def _subject_nominal(
    text: str, reader: ArticleRoles, at: int, end: int
) -> tuple[str, list[str]] | None:
    """The noun and the words past "the" of a definite nominal at ``at`` naming a role,
    qualified ("the former secretary of state", not "the senator") and lower-case in its
    noun, that opens a clause (after punctuation, a subordinator or a verb of saying's
    "that", not "and") before its finite verb, outside quotations and before no name
    ("the Republican candidate Donald Trump" is a title)."""
    placed = _placed(reader, at, end)
    if placed is None:
        return None
    sentence, k = placed
    tokens = sentence.tokens
    fronted = _fronted_object(sentence, k)
    after_quote = k > 1 and tokens[k - 1].tag == "''" and tokens[k - 2].text == ","
    if (
        not fronted
        and not after_quote
        and (k == 0 and not sentence.opens or k > 0 and not _opens_subject(tokens, k))
    ):
        return None
    end, verb = _nominal_end(tokens, k + 1)
    if fronted:
        verb = end < len(tokens) and tokens[end].text == ","
    elif end < len(tokens) and tokens[end].tag == "POS":
        verb = _possessed_subject(tokens, end + 1)  # "the senator's | aide told"
    elif after_quote:
        return None  # "“...,” the senator said": the speaker, whom attribution reads
    if not verb:
        return None
    words = [t.text for t in tokens[k + 1 : end]]
    found = _nominal(" ".join(["the", *words]))
    if found is None or len(words) > MAX_NOMINAL or not found[0].islower():
        return None
    return found


def _possessed_subject(tokens: list[Token], j: int) -> bool:
    """Is the possessive ending before ``tokens[j]`` its clause's subject's: a lower-case
    nominal follows it, then a finite verb ("the former vice president's | spokeswoman
    told", "the Republican candidate's | vendetta signals")?"""
    if j >= len(tokens) or not tokens[j].text.islower():
        return False
    if tokens[j].tag not in NOUN_TAGS | MODIFIER_TAGS:
        return False
    end, verb = _nominal_end(tokens, j)
    if verb and end > j:
        return True
    # "spokeswoman/JJ | told/NN POLITICO": a tagger's slip
    return any(tokens[n].text in SAID_FORMS for n in range(j + 1, min(end, j + 4)))


def _object_nominal(
    text: str, reader: ArticleRoles, at: int, end: int
) -> tuple[str, list[str]] | None:
    """The noun and the words past "the" of a qualified definite nominal at ``at`` that
    is a verb's or a preposition's object ("They ask | the former secretary of state to
    ...", "saw | the Democratic presidential front-runner as ...", "a crucial time for |
    the former secretary of state, as she ..."), closed by a preposition, "to" or
    punctuation; outside quotations, lower-case in its noun, after a lower-case verb
    that is no verb of saying (whose report a nominal opens as its subject)."""
    placed = _placed(reader, at, end)
    if placed is None or placed[1] < 1 or _agent_of_their_passive(reader, Span(at, end)):
        return None
    sentence, k = placed
    tokens = sentence.tokens
    verb = tokens[k - 1]  # or a preposition: "a crucial time for | the former secretary"
    preposition = verb.tag == "IN" and verb.text.lower() not in SUBORDINATORS | {"that"}
    perfect = verb.tag == "VBN" and k > 1 and tokens[k - 2].text.lower() in _HAVE
    if (
        verb.tag not in {"VB", "VBD", "VBZ", "VBP", "VBG"}
        and not preposition
        and not perfect  # "leaders have endorsed | the former senator's bid"
        or not nlp.is_lower_word(verb.text)
        or verb.text.lower() in _COPULAS  # "isn't the first politician": a predicate
    ):
        return None
    if _reporting(verb.text.lower()):  # "ask", "tell" take a person as object
        if verb.tag not in {"VB", "VBG"}:
            return None  # "said | the senator": who speaks, or what is said opens
        # "a speech attacking | the presumptive nominee.": no finite verb to invert, and
        # no report opening with the nominal when a preposition or the full stop ends it
        return _closed_role_nominal(tokens, k, {"IN", ".", "POS"})
    # a bare infinitive closes an object too: "came to hear | the Vermont senator | speak";
    # a possessive stands for its owner: "an update about | the Florida senator | 's chances"
    return _closed_role_nominal(tokens, k, {"IN", "TO", ",", ".", ":", "VB", "POS"})


def _closed_role_nominal(
    tokens: list[Token], k: int, closers: set[str]
) -> tuple[str, list[str]] | None:
    """The noun and the words past the "the" at ``k`` of a nominal that a token tagged
    one of ``closers`` ends, no ranking ("the first politician to ...": said of anyone),
    lower-case, short, and headed by a strong role noun (not "the perimeter/-er of")."""
    stop, _ = _nominal_end(tokens, k + 1)
    closed = stop < len(tokens) and (
        tokens[stop].tag in closers
        or "VB" in closers  # an infinitive closes it too: "to hear the senator | speak/NN"
        and _bare_infinitive(tokens, stop)
    )
    if not closed:
        return None
    if tokens[k + 1].tag in {"JJS", "CD"} or tokens[k + 1].text.lower() in _RANKS:
        return None
    words = [t.text for t in tokens[k + 1 : stop]]
    found = _nominal(" ".join(["the", *words]))
    if found is None or len(words) > MAX_NOMINAL or not found[0].islower():
        return None
    heads = [t for t in tokens[k + 1 : stop] if t.text == found[0]]
    return found if heads and strong_role(heads[0]) else None


_ADJUNCT_OPENS = re.compile(r",\s+[a-z]+ing\s[^,.;:!?\"\u201c\u201d]*$")  # ", questioning "


def _adjunct_nominal(
    reader: ArticleRoles, at: int, end: int
) -> tuple[tuple[str, list[str]], int] | None:
    """A qualified definite nominal naming a role, a possessive or an object, inside a
    participle's clause set after a name that closes the clause before it, and where
    that name ends ("an ad aimed at John Kasich, | questioning the Ohio governor's
    credentials", "cannot support Donald Trump, throwing a wrench in the presumptive
    nominee's efforts", "against Donald Trump on Saturday, casting him as a false
    conservative and questioning the real estate mogul's temperament"). The participle's
    subject is its sentence's, not the name, which stands as an object or a
    preposition's (after a lower-case word that is no title); so the nominal, no one
    named between, is the name's. Not a name opening its clause ("Trump, questioning the
    former secretary of state's judgment": someone else)."""
    if not _ADJUNCT_OPENS.search(reader.text, max(0, at - 120), at) or reader.quoted(at):
        return None  # no ", ...ing" before it in its clause: nothing to tag
    sentence = reader.sentence(at, end, 120, 120)
    if sentence is None:
        return None
    tokens = sentence.tokens
    k = bisect.bisect_left([t.span.start for t in tokens], at)
    if k >= len(tokens) or tokens[k].span.start != at:
        return None
    j = k - 1
    while j > 0 and tokens[j].text != ",":
        token = tokens[j]
        if token.tag in FINITE_TAGS | {"NNP", "NNPS", "POS"} or not token.text[:1].isalnum():
            return None  # a clause of its own, another name, a quotation between
        j -= 1
    participle = tokens[j + 1] if j + 1 < k else None
    if participle is None or participle.tag != "VBG" or not participle.text.islower():
        return None
    if (
        j > 2
        and tokens[j - 1].text.lower() in TIME_NOUNS
        and tokens[j - 2].text.lower() in TIME_OPENERS
    ):
        j -= 2  # past a time after the name: "against Donald Trump | on Saturday,"
    n = j - 1  # the name's last word, and back to its first
    while n >= 0 and tokens[n].tag == "NNP" and tokens[n].text[:1].isupper():
        n -= 1
    if n == j - 1 or n < 0:
        return None  # no name before the comma, or its clause is cut off
    before = tokens[n]
    if not nlp.is_lower_word(before.text) or role_word(before.text):
        return None  # "Trump, ...", "candidate Donald Trump, ...": a subject, or a title
    found = _closed_role_nominal(tokens, k, {"POS", "IN", "TO", ",", "."})
    return (found, tokens[j - 1].span.end) if found else None


def _fronted_object(sentence: Sentence, k: int) -> bool:
    """Is a nominal at ``tokens[k]`` the object of a preposition opening its sentence,
    after "But" or "And" at most ("But behind | the New York businessman, five other
    candidates ...")? Such a phrase, set before the subject, looks back at who was
    named last, as a subject would."""
    tokens = sentence.tokens
    j = k - 1
    if j < 0 or tokens[j].tag != "IN" or tokens[j].text.lower() in SUBORDINATORS:
        return False
    if j > 0 and tokens[j - 1].tag == "CC":
        j -= 1
    return sentence.opens if j == 0 else tokens[j - 1].text in {".", "!", "?"}


def _opens_subject(tokens: list[Token], k: int) -> bool:
    """Does a nominal at ``tokens[k]`` open a clause as its subject: after punctuation, a
    subordinator, or "that" after a verb of saying, whose report it opens ("The paper
    reported that | the candidate met ..."), not "Before that | the Yale grad served",
    "it occurred to him that | the next president ..."?"""
    before = tokens[k - 1].text.lower()
    if before == "that":  # after a verb taking a clause: "experts worry that | the ..."
        verb = tokens[k - 2] if k > 1 else None
        return verb is not None and (
            verb.text.lower() in lexicons.cue_forms()
            or nlp.is_lower_word(verb.text)
            and verb.text not in _COPULAS
            and (verb.tag in _CLAUSE_TAKING or k > 2 and tokens[k - 3].tag == "WP")
        )  # "who worry/NN that": a relative's first word is its verb
    return before in _SUBJECT_OPENERS or _opens_report(tokens[k - 1])


def _opens_report(token: Token) -> bool:
    """Is ``token`` a verb of saying whose report a word after it opens, "that" left out
    ("saying | the Texas senator could not ..."), not one taking a person as its object
    ("told | the senator")?"""
    return token.tag in _REPORTING_TAGS and _reporting(token.text.lower())


def _reporting(word: str) -> bool:
    """Is ``word`` a form of a verb of saying whose object is what is said?"""
    lemma = lexicons.cue_forms().get(word)
    return lemma is not None and lemma not in _PERSON_OBJECT


def _nominal_end(tokens: list[Token], j: int) -> tuple[int, bool]:
    """Where a nominal's words from ``j`` end (modifiers and nouns, with a complement
    after "of" or "for": "former secretary of state"), and whether a finite verb follows,
    past adverbs; a lower-case "-s" word after a role noun is the verb the tagger took for
    a plural ("the front-runner | arrives/NNS in Israel")."""
    first = j
    complement = False
    while j < len(tokens) and j - first < MAX_NOMINAL:
        token = tokens[j]
        if token.tag not in NOUN_TAGS | MODIFIER_TAGS:
            if complement and _names_body(tokens, j):
                j += 1  # "the executive director of | the | Group Plan Commission"
                continue
            if complement or not _opens_complement(tokens, j) or j == first:
                break
            complement = True
        elif (
            j > first
            and role_word(tokens[j - 1].text)
            and token.text.islower()
            and token.text.endswith("s")
            and token.tag in {"NNS", "VBZ"}
            and (j + 1 == len(tokens) or tokens[j + 1].tag not in NOUN_TAGS)
        ):
            return j, True
        elif (
            complement
            and _capitalised_place(tokens[j - 1])
            and token.text.islower()
            and token.text.endswith("s")
            and token.tag in {"NNS", "VBZ"}
            and (j + 1 == len(tokens) or tokens[j + 1].tag not in {"NN", "NNS"})
        ):
            return j, True  # "the senator from Vermont | trails/NNS Clinton"
        j += 1
    if tokens[j - 1].text.lower() in {"of", "for", "from"}:
        j -= 1
    verb = j
    while verb < len(tokens) and tokens[verb].tag == "RB":
        verb += 1  # "the senator also said"
    if verb < len(tokens) and tokens[verb].tag in FINITE_TAGS:
        return j, True
    if verb > j and verb < len(tokens) and _past_tense(tokens, verb):
        return j, True  # "the Louisiana governor barely | qualified/VBN for"
    if j - first > 1 and _verb_after_role(tokens, j - 1):
        return j - 1, True
    return j, False


def _names_body(tokens: list[Token], j: int) -> bool:
    """Is ``tokens[j]`` the "the" right after a complement's "of" or "for" that opens a
    body's proper name ("director of | the | Group Plan Commission")?"""
    return (
        tokens[j].text.lower() == "the"
        and tokens[j - 1].text.lower() in {"of", "for"}
        and j + 1 < len(tokens)
        and _capitalised_place(tokens[j + 1])
    )


def _past_tense(tokens: list[Token], k: int) -> bool:
    """Is the lower-case participle ``tokens[k]`` a past tense the tagger took for a
    participle ("the governor | qualified/VBN for the debate")? It is when it reads as
    one after a pronoun standing for its subject ("she qualified")."""
    token = tokens[k]
    if token.tag != "VBN" or not nlp.is_lower_word(token.text):
        return False
    return _tag_after_she(tokens, k) == "VBD"


def _tag_after_she(tokens: list[Token], k: int) -> str:
    """The tag ``tokens[k]`` takes, with the two words after it, behind a pronoun standing
    for its subject ("she met", "she qualified"): how a verb the tagger read as a noun or
    a participle in a compound is read as one."""
    words = [Token(t.span, t.text, "") for t in tokens[k : k + 3]]
    return nlp.tag([Token(tokens[k].span, "she", ""), *words])[1].tag


def _capitalised_place(token: Token) -> bool:
    """A capitalised proper noun closing a complement ("from | Vermont")."""
    return token.tag in {"NNP", "NNPS"} and token.text[:1].isupper()


def _opens_complement(tokens: list[Token], j: int) -> bool:
    """Does ``tokens[j]`` open a role noun's complement: "of" or "for", or "from" before
    a capitalised word, the place a member is sent from ("the senator from | Vermont")?"""
    word = tokens[j].text.lower()
    if word in {"of", "for"}:
        return True
    return word == "from" and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper()


def _verb_after_role(tokens: list[Token], k: int) -> bool:
    """Is the lower-case "noun" ``tokens[k]`` after a role noun the nominal's finite verb,
    which the tagger ran into a compound ("the candidate | met/NN privately with")? It is
    when it reads as one after a pronoun standing for the nominal ("she met privately")."""
    token = tokens[k]
    if (
        token.tag not in {"NN", "NNS", "VBN"}  # "the governor | qualified/VBN for"
        or not nlp.is_lower_word(token.text)
        or not role_word(tokens[k - 1].text)
        or role_word(token.text)
    ):
        return False
    return _tag_after_she(tokens, k) in {"VBD", "VBZ"}


def _bare_infinitive(tokens: list[Token], k: int) -> bool:
    """Is the lower-case "noun" ``tokens[k]`` after a role noun a bare infinitive the
    tagger ran into the compound ("to hear the senator | speak/NN about")? It is when it
    reads as a verb after "to", and a preposition, a determiner or the end follows."""
    token = tokens[k]
    if (
        token.tag not in {"NN", "VB", "VBP"}
        or not nlp.is_lower_word(token.text)
        or not role_word(tokens[k - 1].text)
        or role_word(token.text)
        or k + 1 < len(tokens)
        and tokens[k + 1].tag not in {"IN", "DT", "TO", ".", ",", "RB", "PRP$"}
    ):
        return False
    words = [Token(t.span, t.text, "") for t in tokens[k : k + 2]]
    retagged = nlp.tag([Token(token.span, "to", ""), *words])
    return retagged[1].tag == "VB"


def _meant(
    text: str, reader: ArticleRoles, namings: _Namings, at: int, found: tuple[str, list[str]]
) -> bool:
    """Is the person named last before a nominal at ``at`` the one it stands for (see
    :func:`_nominals_apart`)?"""
    head, words = found
    start, end, person = namings.named[namings.index(at)]
    if reader.paragraph_index(start) < reader.paragraph_index(at) - 1:
        return False
    report = False  # the nominal opens what someone of its sentence says of the person
    if _SENTENCE_END.search(text, end, at + 1) is None:  # the same sentence
        before = text[:at].split()[-1:]
        report = bool(before) and _reports_after(text, end, at)
        owned = _POSSESSIVE_AFTER.match(text, end) is not None and before == ["that"]
        if not report and not owned and (not before or before[0].lower() not in SUBORDINATORS):
            return False  # ("Trump's attacks alarm experts, who worry that | the ...":
            # a possessor is no subject the clause's nominal would be another than)
    if unnamed_before(text, head, at):
        return False
    opens = _sentence_start(text, start)
    closes = _SENTENCE_END.search(text, at)
    closes_at = closes.start() if closes else len(text)
    nominal_end = text.find(words[-1], at) + len(words[-1])
    goes_on = _WORD.match(text, nominal_end + 1)
    speaks = goes_on is not None and goes_on.group(0).strip(",").lower() in lexicons.cue_forms()
    for other_start, other_end, other in namings.named:
        if (
            other is person
            or not opens <= other_start < closes_at
            or at <= other_start < nominal_end
        ):
            continue  # "the former CEO of Hewlett-Packard": a name inside the nominal
        if other_start > at:
            if not reader._opens_clause(other_start):
                continue  # "Though the senator from Vermont trails Clinton": an object
                # after the nominal is someone else
            return False  # "While the Vermont senator has won ..., Sanders has won"
        if report and other_start < start:
            continue  # "Trump questioned Cruz's temperament, saying the Texas senator
            # could not": who speaks names someone else by a nominal, himself by "I"
        if speaks and other_start < start and _reports(text, start, end):
            continue  # "Trump is right to attack Bill Clinton, Fiorina said. But, the
            # former CEO added, ...": the people her words name are not who speaks on
        roles = list(reader.at(other_start, other_end))
        if not roles or any(_fits(r, head, words) for r in roles):
            return False
    return True


def _reports_after(text: str, end: int, at: int) -> bool:
    """Does a nominal at ``at``, after a name ending at ``end`` in its sentence, open the
    report of a verb of saying between them, after a comma ("…'s temperament, saying |
    the Texas senator"): the report of the sentence's subject, said of the person?"""
    between = text[end:at]
    words = between.split()
    if not words or "," not in between:
        return False
    word = words[-1].lower()
    return word.endswith("ing") and _reporting(word)


def _reports(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``-``end`` the speaker of what comes before it in its
    sentence, a verb of saying next to it ("..., Carly Fiorina said Monday", "..., said
    Carly Fiorina"), so that the people named before it are named in their words?"""
    after = text[end : end + 20].split()[:1]
    before = text[max(0, start - 40) : start].split()[-2:]
    cues = lexicons.cue_forms()
    if after and after[0].strip(",.").lower() in cues:
        return True
    return (  # the verb inverted after the words ("..., said Ann"), not "Trump told Ann"
        len(before) == 2 and before[1] in cues and before[0][-1:] in {",", "\u201d", '"'}
    )


def _says_more(roles: list[str], head: str, words: list[str], courtesy: bool = False) -> bool:
    """Does a definite nominal read as a person, its noun ``head`` and its ``words``, say
    more than the person's ``roles``: any nominal when they have none (or, with
    ``courtesy``, "Dr." alone, from "Dr. Carson" in a quotation: for a nominal standing for
    them apart from any attribution, where no quote rests on the reading), and when they
    are a title alone or a party tag ("Sen.", "Gov.", "(D-Nev.)"), one naming the title's own
    office ("The Vermont senator emailed", "the Senate minority leader said"), not another
    ("Sen." and "the former president": an attribution gone wrong) nor only the state the
    tag gives ("Sen. (R-Fla.)" and "the Florida senator")?"""
    titles, tagged = [], False
    for role in roles:
        bare = _TAGS.sub(" ", role).split()
        tagged = tagged or "-" in role or bare != role.split()
        if len(bare) > 1 or bare and not title_noun(bare[0]):
            return False
        titles += [t for t in bare if not courtesy or not _honorific(t)]
    if any(office_word(title, head) is None for title in titles):
        return False
    places = {w for a, b, kind in nlp.known_spans(words) if kind == "LOC" for w in words[a:b]}
    return not tagged or any(w.lower() != head and w not in places for w in words)


def _standing(roles: list[str]) -> list[str]:
    """The ``roles`` a nominal of an office must say more than: none when each says only
    what the person is to others or in a race (:func:`_relation_or_race`: "Rival",
    "Democratic presidential front-runner", which "the former secretary of state" says
    more than), else all of them (an occupation or an office: "CNBC moderator")."""
    return [] if all(map(_relation_or_race, roles)) else roles


def _honorific(role: str) -> bool:
    """Is ``role`` an honorific alone ("Dr.", read before "Dr. Anita Morrow"), which says
    no more than courtesy?"""
    return role.strip().rstrip(".").lower() in HONORIFIC_ABBREVIATIONS


def _nominal(phrase: str, bare: bool = False) -> tuple[str, list[str]] | None:
    """The noun and the words past "the" of a definite nominal naming a role that a word
    or a complement qualifies ("The Florida senator told", "the former CEO of
    Hewlett-Packard added", "the senator from Vermont said"), not "the campaign's"; "the
    senator" alone says less than a name's own mentions, so only when the person has
    none (``bare``), in lower case ("the Independent" is a newspaper)."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].endswith(("'s", "\u2019s")):
        return None
    if len(words) == 2 and not (bare and words[1].islower()):
        return None
    return _headed_by_role(words)


def _headed_by_role(words: list[str]) -> tuple[str, list[str]] | None:
    """The noun before any complement of a nominal's ``words`` and the words past its
    first (a determiner or possessive), if that noun names a role."""
    head = next((k for k, w in enumerate(words) if k > 1 and w in COMPLEMENTS), len(words)) - 1
    return (words[head].lower(), words[1:]) if head > 0 and role_word(words[head]) else None


def _owned_nominal(phrase: str) -> tuple[str, list[str]] | None:
    """The noun and the words past "his" or "her" of a nominal naming a role by its
    owner ("his longtime personal physician" → "longtime personal physician"): what the
    person is, where the attribution read the nominal as someone the article names."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() not in {"his", "her"}:
        return None
    return _headed_by_role(words)


def _given_already(person: Person, role: str) -> bool:
    """Does a role of ``person`` hold the words of ``role`` already, whatever the case,
    hyphens and abbreviated titles ("Anti-Illegal-Immigration Leader" in a headline,
    "anti-illegal immigration leader" in the text; "Senator" in a quotation, "Sen." at the
    name)? Or, for a title with the place it serves, its words in another order ("Senator
    of Massachusetts" after "Massachusetts senator")?"""
    words = _role_words(role)
    if any(words in _role_words(r) for r in person.roles):
        return True
    bag = set(words.split()) - {"of"}
    return any(
        (_serves_place(role) or _serves_place(r)) and bag <= set(_role_words(r).split())
        for r in person.roles
    )


def _serves_place(role: str) -> bool:
    """Does ``role`` end with the place a title serves ("Sen. of Ohio")?"""
    return " of " in role and _JURISDICTION.fullmatch(role, role.find(" of ")) is not None


def _role_words(role: str) -> str:
    """The words of ``role`` in lower case, titles spelled out, between spaces."""
    spelled = " ".join(lexicons.spelled_out(w) for w in role.split())
    return f" {' '.join(_ROLE_WORD.findall(spelled.lower()))} "


_ROLE_WORD = re.compile(r"[^\W_]+")


def _named(name: str) -> bool:
    """Is ``name`` a person's, not a question's verb run into a surname ("Does Rubio",
    "Was Szlachta"): a first word that is a common word and no first name?"""
    first = name.split()[0] if name.split() else ""
    return not (" " in name and nlp.is_common_word(first) and not nlp.is_first_name(first))


def _lower_role(words: list[str]) -> bool:
    """Does a lower-case role noun stand among the first words, before any preposition
    ("an aide to ...", not "Charlie King")?"""
    for word in words[:6]:
        if word.lower() in {"of", "for", "at", "in", "on", "to", "with", "from", "who", "that"}:
            return False
        if word.islower() and role_word(word):
            return True
    return False


def _family_first(text: str, name: str) -> str | None:
    """The first word of ``name`` when the article uses it as the family name, after an
    honorific or title ("Xi Jinping" … "President Xi,"), and never the last word after an
    honorific ("Mr. Priebus"); lower case, else None. Only the places the words occur are
    looked at, so an article naming thousands of people stays fast."""
    words = name.split()
    if len(words) < 2 or any(
        _word_before(text, at).rstrip(".").lower() in HONORIFIC_ABBREVIATIONS
        for at, _ in occurrences(text, words[-1])
    ):
        return None
    for at, end in occurrences(text, words[0]):
        before = _word_before(text, at)
        if re.match(r"\s+[A-Z]", text[end : end + 2]) or not before:
            continue  # "President Donald J. Trump": the name goes on
        if before.rstrip(".").lower() in HONORIFIC_ABBREVIATIONS or nlp.is_title(before):
            return words[0].lower()
    return None


def _word_before(text: str, at: int) -> str:
    """The word right before offset ``at``, if only a space separates them."""
    match = _LAST_WORD.search(text, max(0, at - 30), at)
    return match.group(1) if match else ""


def _word(char: str) -> bool:
    """Is ``char`` a character of ``\\w``?"""
    return char.isalnum() or char == "_"


def occurrences(text: str, name: str, hyphen_joins: bool = False) -> Iterator[tuple[int, int]]:
    """Every place ``name`` starts a word of ``text`` and ends one, overlaps included:
    where ``\\bNAME(?!\\w)`` matches, or with ``hyphen_joins`` ``(?<![\\w-])NAME(?!\\w)``.
    Looked up in an index of the text's words, so that reading the names of a book-length
    text costs a lookup per name, not a pass over the text (a pattern compiled per name
    took a third of extraction; ``str.find`` per name grew with people times length)."""
    first = _FIRST_WORD.match(name)
    if first is None:  # a name that does not start with a word: look everywhere
        starts: Iterable[int] = _finds(text, name)
    else:
        starts = nlp.word_starts(text).get(first.group(), ())
    for at in starts:
        end = at + len(name)
        if not text.startswith(name, at) or (end < len(text) and _word(text[end])):
            continue
        before = text[at - 1] if at else ""
        if hyphen_joins:
            begins = not before or not (_word(before) or before == "-")
        else:
            begins = _word(name[0]) != (bool(before) and _word(before))
        if begins:
            yield at, end


_FIRST_WORD = re.compile(r"\w+")


def _finds(text: str, name: str) -> Iterator[int]:
    at = text.find(name) if name else -1
    while at >= 0:
        yield at
        at = text.find(name, at + 1)


_LAST_WORD = re.compile(rf"({NAME_WORD})\s+$")


def _after_first_name(text: str, start: int, first: str) -> bool:
    """Does a capitalised word that is not a title nor a function word ("But Cruz, an
    ultra-conservative senator"), or the person's own ``first`` name ("Dean Baker"), stand
    right before ``start``? Not one that ends the sentence before ("... through Congress.
    Clinton, the former secretary of state,")."""
    before = text[max(0, start - 40) : start]
    match = _LAST_WORD.search(before)
    word = match.group(1) if match else ""
    return (
        bool(word)
        and word == first
        or bool(word)
        and not (
            word.endswith(".")
            and not _abbreviated_title(word)
            or role_word(word)
            or word.endswith(("'s", "\u2019s"))
            or word.rstrip(".").lower() in {"mr", "mrs", "ms", "dr", "miss", "sir", "dame", "mx"}
            or word.lower() in TITLE_STOP
            or _sentence_adverb(text, max(0, start - 40) + match.start(), word)
        )
    )


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\u201d\"']?\s+|\n\s*)$")


def _sentence_adverb(text: str, at: int, word: str) -> bool:
    """Is the capitalised ``word`` at ``at`` an adverb in "-ly" opening its sentence, no
    first name ("Interestingly Blocher, a wealthy industrialist, became")? Not "Kelly";
    not another common word, which may open a name ("Alternative PAC") or a clause that
    asserts nothing ("Maybe Trump is the Manchurian Candidate"). An adverb of time does
    ("Today Okafor, 49, is the county's top prosecutor", "Now Lee chairs ...")."""
    if nlp.is_first_name(word) or not _OPENS_SENTENCE.search(text, max(0, at - 4), at):
        return False
    if word.lower() in DEICTIC_TIMES | TENURE_ADVERBS:
        return True
    return len(word) > 4 and word.endswith("ly") and word[1:].islower()


# ---------------------------------------------------------------- the short form

# Verbs of a role clause as the noun a speaker row shows ("who heads X" → "head of X").
ROLE_NOUNS_OF_VERBS = {
    "heads": "head of", "headed": "head of", "leads": "head of", "led": "head of",
    "runs": "head of", "ran": "head of", "chairs": "chair of", "chaired": "chair of",
    "directs": "director of", "directed": "director of", "oversees": "head of",
    "oversaw": "head of", "founded": "founder of", "co-founded": "co-founder of",
    "cofounded": "co-founder of", "represents": "representative of",
    "represented": "representative of", "manages": "manager of", "managed": "manager of",
    "advises": "adviser to", "advised": "adviser to", "hosts": "host of", "hosted": "host of",
    "edits": "editor of", "edited": "editor of", "owns": "owner of", "owned": "owner of",
    "coaches": "coach of", "coached": "coach of",
}  # fmt: skip
PAST_VERBS = frozenset({"headed", "led", "ran", "chaired", "directed", "oversaw", "represented",
                        "managed", "advised", "hosted", "edited", "owned", "coached"})  # fmt: skip
_SERVED_AS = re.compile(  # "served as", "served two terms as" (a tenure before "as")
    r"(?:has\s+|had\s+)?(serves|served)\s+(?:(?:a|one|\d+|[a-z]+)\s+(?:full\s+)?"
    rf"(?:{'|'.join(sorted(TENURES))})\s+)?as\s+",
    re.IGNORECASE,
)
_SITS_ON = re.compile(r"(?:sits|sat)\s+on\s+", re.IGNORECASE)
# a relative clause or a subordinate one ("friend since sixth grade", "head of X after the
# director quit"); not "as", a preposition too ("such as", "as political director")
_CUTS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"}) | (
    SUBORDINATORS - {"as"}
)
_QUOTED_TITLE = re.compile("[\"\u201c\u201d]|''")  # a work's title in a role
COMPLEMENTS = frozenset({"of", "for", "at", "to", "in", "on", "from", "with", "under", "during"})

# Heads of a standing in a race for office ("Democratic presidential front-runner").
_RACE_NOUNS = frozenset(
    {"candidate", "nominee", "front-runner", "frontrunner", "contender", "hopeful"}
)
# What closes a role's head: a complement, a relative clause or another piece.
_HEAD_CLOSES = re.compile(
    rf"\s+(?:{'|'.join(sorted(COMPLEMENTS))}|who|whom|whose|that|which)\b|[,;(]"
)


def _relation_or_race(role: str) -> bool:
    """Is ``role`` headed (its last word before a complement or a relative clause) by a
    relation noun or a race's ("Clinton's rival", "opponent who's had ...", "Presumptive
    Democratic nominee"), no office, occupation or body of the person's own?"""
    words = _HEAD_CLOSES.split(role, maxsplit=1)[0].split()
    return bool(words) and words[-1].lower() in RELATION_NOUNS | _RACE_NOUNS


_TIME = re.compile(  # "in 2012", "since the 1990s", "here", "last week" closing a role; not
    # a name's capitals ("columnist for USA TODAY", "reporter for NBC Today")
    r"\s+(?:(?:in|since|from|until|during|through)\s+(?:the\s+)?(?:\d|'\d|early|late|mid)"
    r"|(?-i:here|today|now|there|then|again|too|this\s+\w+|last\s+\w+)$).*$",
    re.IGNORECASE,
)


def short_role(role: str | None) -> str:
    """The head of a role for a speaker row, at most ``MAX_SHORT`` characters, or "".

    ``role`` is what an article gives (several phrases may be joined by ", "). The first
    phrase naming a role is kept (after a title alone, such as "Sen.", the next one joins
    it), without relative clauses, participles, time phrases or a second coordinated
    role, and cut at a complement while too long: "Mississippi-based GOP strategist who
    serves as a RNC national committeeman" → "Mississippi-based GOP strategist"; "served
    as director of the CBO" → "former director of the CBO"; "assistant professor in
    technology policy at the University of North Carolina at Chapel Hill" → "assistant
    professor in technology policy". Pure: the library calls it on stored roles.
    """
    if not role:
        return ""
    credit = CREDIT.search(role)
    parts = [_short_part(p) for p in _parts(role[: credit.start()] if credit else role)]
    parts = [p for p in parts if p and _names_a_role(p)]
    if not parts:
        return ""
    first = parts[0]
    if len(parts) > 1 and (_title_only(first) or first.lower() in PARTY_WORDS):  # "Democrat,
        # represents the 5th District": the party alone says no role; the next part joins
        for title in dict.fromkeys([first, without_place(first)]):  # "Arizona Rep.", or
            joined = f"{title}, {parts[1]}"  # "Rep." when the place makes it too long
            if len(joined) <= MAX_SHORT:
                return joined
        return parts[1]
    return first


# A place and its state set off by commas opening a phrase, before a lower-case word:
# the phrase's modifier ("Reno, Nev., lawyer"), not three phrases.
PLACE_STATE = re.compile(
    r"(?:^|(?<=, ))[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.), (?=[a-z])"
)


# A list of lower-case nouns inside a complement: "president of the climate, | controls
# and security division of United Technologies" is one role, not two.
LISTED_IN_COMPLEMENT = re.compile(
    r"\b(?:of|for)\s+(?:the\s+)?([a-z]+), (?=([a-z]+(?: [a-z]+)?) and [a-z])"
)


def joined_place(role: str) -> str:
    """``role`` with the commas around a place's state that opens a phrase written as
    NUL, so that a split at ", " keeps the phrase whole (``unjoined`` writes them back);
    so too the comma of a list of nouns, none naming a role, inside a complement."""
    role = PLACE_STATE.sub(lambda m: m.group(0).replace(", ", ",\0"), role)
    if ", " not in role:
        return role
    return LISTED_IN_COMPLEMENT.sub(_joined_list, role)


def _joined_list(m: re.Match[str]) -> str:
    listed = [m.group(1), *m.group(2).split()]
    if any(role_word(w) for w in listed):
        return m.group(0)  # "director of communications, strategist and adviser": roles
    return m.group(0).replace(", ", ",\0")


def unjoined(piece: str) -> str:
    return piece.replace(",\0", ", ")


def _parts(role: str) -> list[str]:
    """The phrases of a role joined by ", " (not the comma of "Committee on Science,
    Space and Technology", nor those around a place's state, "a Reno, Nev., lawyer")."""
    parts: list[str] = []
    for piece in map(unjoined, joined_place(role).split(", ")):
        if (
            parts
            and piece[:1].isupper()
            and re.search(r"\s(?:and|&)\s[A-Z]", piece)
            and (parts[-1].split()[-1][:1].isupper())
            and len(piece.split()) <= 4
        ):
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    return parts


def _names_a_role(part: str) -> bool:
    """Does the phrase hold a role word, an outlet's possessive ("CNN's"), a party tag or
    an affiliation ("of the Cato Institute")?"""
    words = re.findall(r"[\w.'\u2019-]+", part)
    return any(role_word(w) for w in words) or bool(
        PARTY_TAG.fullmatch(f" {part}")
        or re.fullmatch(r"[A-Z][\w .&-]*['\u2019]s?", part)
        or _AFFILIATION.fullmatch(f" {part}")
    )


def without_place(part: str) -> str:
    """``part`` without the place its title serves: "Arizona Rep." -> "Rep.", "former
    Indiana Sen." -> "former Sen.", "Rep. of Arizona" -> "Rep."; else ``part``."""
    words = part.split()
    k = 1 if words and _PAST.fullmatch(words[0]) else 0
    rest = words[k:]
    if len(rest) > 2 and rest[1] == "of" and rest[0].lower() in _ELECTED_TITLES:
        return " ".join([*words[:k], rest[0]]) if is_place(rest[2:]) else part
    for n in (1, 2, 3):
        if len(rest) == n + 1 and rest[-1].lower() in _ELECTED_TITLES and is_place(rest[:n]):
            return " ".join([*words[:k], rest[-1]])
    return part


def _title_only(part: str) -> bool:
    """ "Sen.", "Rep. (D-Md.)", "Senator", "state Sen.", "CNN's": a title or an outlet with
    nothing more (but the place it serves: "Rep. of Arizona")."""
    words = [w for w in without_place(part).split() if not w.startswith("(")]
    if len(words) == 2 and words[0].lower() == "state":
        words = words[1:]  # "State Sen.": a state legislature's title
    return (
        not words
        or len(words) == 1
        and (
            lexicons.is_title_word(words[0]) or words[0].endswith(("'s", "\u2019s", "'", "\u2019"))
        )
    )


def _short_part(part: str) -> str:
    place = PLACE_STATE.match(part)
    if place:  # "Hollywood, Fla., | rabbi helping to ...": the rest read alone
        rest = _short_part_alone(part[place.end() :])
        return f"{place.group(0)}{rest}" if rest else ""
    return _short_part_alone(part)


# A party's noun before a relative clause ("Republican who chairs the House Agriculture
# Committee"): the clause says the role, the party alone none.
_PARTY_WHO = re.compile(rf"(?:{'|'.join(k.title() for k in sorted(PARTY_WORDS))})\s+who\s+")


def _office_clause(clause: str) -> bool:
    """Does a relative clause say an office its short form names ("chairs the ...",
    "represents ...", "served as ...", "sits on ...")?"""
    verb = clause.partition(" ")[0].lower()
    return bool(_SERVED_AS.match(clause) or _SITS_ON.match(clause)) or verb in ROLE_NOUNS_OF_VERBS


def _short_part_alone(part: str) -> str:
    part = part.strip(" ,;:")
    if (party := _PARTY_WHO.match(part)) is not None:  # the clause's office, else the party
        clause = part[party.end() :]  # ("Republican who served in combat as a Marine")
        return _short_part_alone(clause) if _office_clause(clause) else party.group(0).split()[0]
    served = _SERVED_AS.match(part)
    if served:
        rest = part[served.end() :]
        part = rest if served.group(1).lower() == "serves" else f"former {rest}"
    elif _SITS_ON.match(part):
        part = "member of " + part[_SITS_ON.match(part).end() :]  # type: ignore[union-attr]
    else:
        verb, _, rest = part.partition(" ")
        noun = ROLE_NOUNS_OF_VERBS.get(verb.lower())
        if noun:
            former = "former " if verb.lower() in PAST_VERBS else ""
            part = f"{former}{noun} {rest}"
        elif verb.lower() in {"works", "worked", "is", "was", "has", "had"}:
            return ""
    part = re.sub(r"^(?:now|also|currently|current)\s+", "", part, flags=re.IGNORECASE)
    part = _cut_clauses(part)
    part = _TIME.sub("", part).strip(" ,;:")
    while len(part) > (MAX_SHORT if _proper_office(part) else MAX_PLAIN):
        cut = _last_complement(part)
        if cut is None:
            break
        head = part[:cut].rstrip(" ,")
        if " " not in head and len(part) <= MAX_SHORT and not _QUOTED_TITLE.search(part):
            break  # "fellow | with the Brookings ...": a bare head says nothing of the role
        part = head
    return part


def _proper_office(part: str) -> bool:
    """An office by its proper name, every word capitalised but the small ones: "EU's High
    Representative for Foreign Affairs and Security Policy" reads whole or not at all."""
    words = [w for w in part.split() if w.lower() not in _SMALL_WORDS]
    return all(w[:1].isupper() for w in words)


@lru_cache(maxsize=65_536)
def role_tokens(role: str) -> tuple[Token, ...]:
    """The words of a role's text tagged as the role grammar tags a sentence; remembered,
    as ``short_role`` and ``person_roles.printable`` read the same texts (a person's
    articles repeat a few)."""
    return tuple(sentence_tokens(role, 0, len(role)).tokens)


def _cut_clauses(part: str) -> str:
    """Without a relative clause, a participle after the head ("pollster working for"),
    or a second role coordinated after a complement ("professor at X and a former Y")."""
    tokens = role_tokens(part)
    for k, token in enumerate(tokens[1:], 1):
        word = token.text.lower()
        before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
        participle = token.text.islower() and (
            token.tag in {"VBG", "VBN"} or word.endswith("ing") and word.isalpha()
        )
        if (
            word in _CUTS
            or participle
            and before.tag[:2] == "NN"
            and (after is None or after.tag in {"IN", "TO", "DT", "NNP"})
        ):
            return part[: token.span.start].rstrip(" ,")
        if (
            participle
            and k > 1
            and before.tag in {"RB", "RBS"}
            and tokens[k - 2].tag[:2] == "NN"
            and after is not None
            and after.tag in {"IN", "TO"}
        ):  # "physician | well known for his work": the adverb goes with the participle
            return part[: before.span.start].rstrip(" ,")
        if word in {"and", "&"} and after is not None:
            inside_name = before.text[:1].isupper() and after.text[:1].isupper()
            complement = any(t.text.lower() in COMPLEMENTS for t in tokens[:k])
            listed = k > 1 and tokens[k - 2].text == ","  # "the climate, controls and"
            if not inside_name and not listed and (complement or after.tag == "DT"):
                return part[: token.span.start].rstrip(" ,")
    return part


def _last_complement(part: str) -> int | None:
    """Where the last complement of ``part`` that is not inside a name starts ("... at
    the University of North Carolina" but not "University | of North Carolina"); else
    where its first complement starts ("EU's High Representative | for Foreign ...")."""
    tokens = nlp.tokenize(part)
    first = None
    for k in range(len(tokens) - 2, 0, -1):
        if tokens[k].text in COMPLEMENTS:
            first = tokens[k].span.start
            if not (tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()):
                return first
    return first
