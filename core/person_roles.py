"""A role a reporter can print, chosen among the roles a person's articles give.

Each article phrases a role its own way ("developer who came to epitomize opulent wealth
...", "Dr., only doctor on stage, Getty Images..."). ``canonical_role`` keeps the pieces
that read like a role (a short noun phrase: no relative clause, no photo credit, no
verb) and picks the one most articles give in the person's latest year; ``role_history``
does the same quarter by quarter, so a career reads "Secretary of State" -> "Democratic
presidential nominee".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from core import lexicons, nlp
from core.dates import WEEKDAYS
from core.document import Token
from core.identity import offices
from core.kind_evidence import HONORIFIC_GENDER, KIN_GENDER
from core.person import keeps_closing_period
from core.role_grammar import MODIFIERS, NOUN_TAGS, is_place, role_word
from core.roles import (
    MAX_PLAIN,
    MAX_SHORT,
    joined_place,
    role_tokens,
    short_role,
    unjoined,
    without_place,
)

MAX_WORDS = 12
# a role that says when, not what: "nominee this year" (not the "of the" of an office)
TIME_WORDS = WEEKDAYS | {
    "today", "yesterday", "tonight", "tomorrow", "week", "weekend", "month", "year",
    "morning", "afternoon", "evening", "night", "ago", "now",
}  # fmt: skip
RECENT_DAYS = 365
CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|because|after|before|since|if|said|says|"
    r"has|had|have|is|was|are|were|will|would|did|does)\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"getty|images\b|\bphoto\b|photograph|\bap\b|reuters|\bafp\b|\bepa\b|\bfile\b|credit",
    re.IGNORECASE,
)
NOT_ROLES = frozenset(HONORIFIC_GENDER) | {"dr", "prof", "rev", "hon"}
PARTIES = lexicons.PARTY_MEMBERS | {"d", "r", "i"}
Dated = tuple[str | None, str]  # (article date YYYY-MM-DD or None, role as the article gives it)


@lru_cache(maxsize=65_536)
def pieces(role: str) -> tuple[str, ...]:
    """The separate roles an article's role text joins with commas or semicolons
    ("Agriculture Secretary, former Iowa governor"), outside parentheses."""
    role = joined_place(role)  # "Reno, Nev., lawyer": one role
    out, depth, start = [], 0, 0
    for i, char in enumerate(role):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char in ",;" and not depth and role[i + 1 : i + 2] != "\0":
            out.append(role[start:i])
            start = i + 1
    out.append(role[start:])
    return tuple(unjoined(p).strip() for p in out if p.strip())


@lru_cache(maxsize=65_536)
def printable(piece: str) -> str | None:
    """The piece as a printable role, or None when it does not read like one."""
    piece = " ".join(piece.split()).strip(" ,;:-\u2013\u2014")
    piece = piece.lstrip(".") if keeps_closing_period(piece) else piece.strip(".")
    piece = re.sub(r"^(?:the|a|an)\s+", "", piece, flags=re.IGNORECASE)  # "a host on ..."
    words = piece.split()
    if not words or len(piece) > MAX_SHORT or len(words) > MAX_WORDS:
        return None
    if CLAUSE.search(piece) or CREDIT.search(piece) or any(c.isdigit() for c in words[0]):
        return None
    if re.search(r"['\u2019]s?$", piece):
        return None  # "Media Research Center's": the head noun is missing
    if all(w.strip(".").lower() in NOT_ROLES for w in words):
        return None  # "Mr.", "Dr." say nothing of a role
    if any(_bare(w) in TIME_WORDS for w in words[1:]) or _names_someone(words):
        return None  # "nominee this year", "Donald Trump Finally Endorses House Speaker"
    if re.search(r"[a-z][A-Z]", piece.replace("Mc", "")):
        return None  # "Getty ImagesRepublican": words run together
    if len(words) > 1 and re.fullmatch(r"[a-z]+['\u2019]s", words[0]):
        return printable(" ".join(words[1:]))  # "group's executive director": the group
        # is named nowhere in a row, its role is
    verb = (
        words[0].endswith(("s", "ed"))
        or len(words) == 1
        or words[1][:1].isupper()
        and _bare(words[1]) not in lexicons.OFFICE_EQUIVALENTS
    )  # a noun before an abbreviated title opens it: "state Sen."
    if (
        verb
        and words[0].islower()
        and not offices(words[0])
        and words[0] not in MODIFIERS
        and not _adjective_first(piece)
    ):
        return None  # "chairs the Senate Armed Services Committee", "commend President"
    if not _noun_phrase(piece):
        return None  # "As commander", "Sens"
    return " ".join(lexicons.spelled_out(w) for w in words)


def _noun_phrase(piece: str) -> bool:
    """Can the piece be a noun phrase naming one person's role, as the role grammar tags
    it? Not when it opens with a preposition or a conjunction ("As commander", "through
    a spokeswoman"; an affiliation "of the Tax Policy Center" and a modifier "outside
    Republican group" stay), nor when it is one plural word, a title of several people
    ("Sens.", "Judges"). (A finite verb inside is no sign: alone, the tagger reads
    "supporter" and "donor" in "Sanders supporter", "GOP donor" as verbs.)"""
    tokens = role_tokens(piece)
    if not tokens:
        return False
    first = tokens[0].text.lower()
    if tokens[0].tag in {"IN", "CC", "TO"} and first != "of" and first not in MODIFIERS:
        return False
    if len(tokens) == 1:
        bare = _bare(tokens[0].text)
        if bare.endswith("s") and not bare.endswith("ss") and offices(bare[:-1]):
            return False
    return True


def _adjective_first(piece: str) -> bool:
    """Is the first of a role's words in "-ed" an adjective, as the role grammar's tags
    read it ("undecided/JJ Republican voter"), or a participle modifying the lower-case
    noun phrase right after it, whose last noun names a role ("distinguished/VBN
    professor of history", "syndicated/VBN radio host": a verb would take a determiner
    before such a noun), not a verb ("praised/VBN President", "chaired the panel")? The
    tags are those ``short_role`` read the role with (remembered)."""
    words = piece.split()
    if not words[0].endswith("ed") or len(words) < 2:
        return False
    tokens = role_tokens(piece)
    if tokens[0].tag == "JJ":
        return True
    k = 1
    while (
        k < len(tokens)
        and tokens[k].text.islower()
        and tokens[k].text.replace("-", "").isalnum()
        and tokens[k].tag in {"NN", "NNS", "JJ"}
    ):
        k += 1
    noun = tokens[k - 1].text.lower()
    noun = noun.removesuffix("s") if tokens[k - 1].tag == "NNS" else noun
    return (
        tokens[0].tag in {"VBN", "VBD"}
        and k > 1
        and tokens[k - 1].tag in {"NN", "NNS"}
        and role_word(noun)
        and noun not in PARTIES  # "self-professed independent": a party, no role
    )


def _bare(word: str) -> str:
    return word.strip(".,;:()").lower()


def _names_someone(words: list[str]) -> bool:
    """A first name before a capitalised word: the piece names a person; not before a
    title, where a place that is also a first name serves it ("Maryland Senator",
    "Georgia Governor")."""
    return any(
        nlp.written_first_name(a)  # "activist in Kinshasa": "in" is no first name
        and b[:1].isupper()
        and _bare(b) not in lexicons.OFFICE_EQUIVALENTS
        and not (lexicons.is_title_word(b) and is_place([a]))
        for a, b in zip(words, words[1:], strict=False)
    )


def _specific(role: str) -> bool:
    """A role naming an office or a job (by the lexicons, or a role word as the role
    grammar reads one: "retired neurosurgeon"), not a party alone ("Democrat")."""
    words = re.findall(r"[a-z]+", role.lower())
    if len(words) == 1 and words[0] in PARTIES:
        return False
    if words and words[-1] in KIN_GENDER:
        return False  # "her daughter", "wife": a relation, which an office outranks
    return bool(offices(role)) or any(role_word(w) for w in role.split() if w.islower())


def canonical_role(history: Iterable[Dated]) -> str | None:
    """The role most articles give in the person's latest year (the latest on a tie),
    naming an office before a party label, and before a bare title that a longer role
    holds ("Secretary" beside "Secretary of State"); None when no article gives a printable role."""
    dated = [(when, role) for when, role in history if role]
    latest = max((d for d, _ in dated if _date(d)), default=None)
    if latest is not None:
        recent = [(d, r) for d, r in dated if not _date(d) or _days(d, latest) <= RECENT_DAYS]
        chosen = _most_given(recent)
        if chosen:
            return chosen
    return _most_given(dated)


def _most_given(history: Sequence[Dated]) -> str | None:
    """The role most articles give (see ``canonical_role``), with the other roles the
    latest article giving it names beside it while they fit: past MAX_PLAIN only an
    office ("Austrian Army General, chairman of the European Union Military Committee"),
    not a description ("Labor Secretary, son of Dominican immigrants" shows "Labor
    Secretary")."""
    order = sorted(range(len(history)), key=lambda i: (history[i][0] or "", i))
    given = [history[i][1] for i in order]  # oldest first
    articles = Counter(given)  # by role text, in order of first appearance
    last = {role: rank for rank, role in enumerate(given)}
    count: Counter[str] = Counter()  # by printable role's key: articles giving it
    last_seen: dict[str, int] = {}
    for text, n in articles.items():  # each text once: a person's articles repeat a few
        for key, _ in _printable_pieces(text):
            count[key] += n
            last_seen[key] = max(last_seen.get(key, -1), last[text])
    if not count:
        return None
    words = {w for k in count if " " in k for w in k.split()}
    best = max(
        count, key=lambda k: (_specific(k), " " in k or k not in words, count[k], last_seen[k])
    )
    chosen = dict(_printable_pieces(given[last_seen[best]]))
    kept, length = {best}, len(chosen[best])
    left_out = False
    for key, role in list(chosen.items()):
        said = {w for k in kept for w in _content_words(k)}
        new = _content_words(key)
        if key in kept or _lone_word(role) or len(new & said) * 2 >= len(new):
            continue  # beside the role: "rival", "Republican"; or the same role again
        office = _office_headed(role)
        if left_out and not office:
            continue  # a description after one left out would stand in for it
        limit = MAX_SHORT if office else MAX_PLAIN  # as ``short_role`` lets an office,
        # not a description, run past MAX_PLAIN: "chairman of the European Union Military
        # Committee" joins a title, "son of Dominican immigrants" does not
        bare = without_place(chosen[best])  # "Arizona Representative" -> "Representative"
        if (
            office
            and length + 2 + len(role) > limit
            and kept == {best}
            and bare != chosen[best]
            and len(bare) + 2 + len(role) <= limit
        ):  # a second office says more than the place the first title serves
            chosen[best], length = bare, len(bare)
        if length + 2 + len(role) <= limit:
            kept.add(key)
            length += 2 + len(role)
        else:
            left_out = True
    shown = sorted(
        (-count[key], n, role) for n, (key, role) in enumerate(chosen.items()) if key in kept
    )
    return ", ".join(role for *_, role in shown)  # the roles most given first, else as written


@lru_cache(maxsize=4096)
def _office_headed(role: str) -> bool:
    """Is the role a noun phrase whose head, as the role grammar tags it (the last noun
    before its first preposition, parenthesis or clause), is an office one puts before a
    name ("chairman of the ...", "two-term governor of New Mexico", "Democratic National
    Committee's chair", "co-chairman of ...")? Not a description: "son of Dominican
    immigrants", "strong supporter of ...", "influential activist", "one of the few ..."."""
    head = None
    tokens = role_tokens(role)
    k = _phrase_end(tokens)
    for token in tokens[:k]:
        if token.tag in NOUN_TAGS or token.tag == "CD" or role_word(token.text, token.tag):
            head = token.text  # a number heads "one of the few ...": no office
    if head is None:
        return False
    if head.lower() == "member" and k < len(tokens) and tokens[k].text.lower() in {"of", "on"}:
        return _seated_body(tokens[k + 1 :])  # "ranking member of the House ... committee"
    return lexicons.is_title_word(head.lower().rsplit("-", 1)[-1])  # "co-chairman"


def _phrase_end(tokens: Sequence[Token]) -> int:
    """Where a noun phrase's head part ends: its first preposition, parenthesis, comma
    or wh-word (else the end)."""
    for k, token in enumerate(tokens):
        if token.tag in {"IN", "TO", "WDT", "WP", "(", ","} or token.text in {"(", ","}:
            return k
    return len(tokens)


def _seated_body(tokens: Sequence[Token]) -> bool:
    """Is the body a "member of" belongs to one whose members hold a seat, an office: a
    body whose head noun (its last before a preposition, comma or clause) names its member
    by a word of its own that is a title or role noun ("committee" → "committeeman",
    "council" → "councilman", "assembly", "congress", "senate" → "senator")? Not a
    group one joins ("the progressive caucus board", "House Democratic leadership", "the
    NRA")."""
    body = None
    for token in tokens[: _phrase_end(tokens)]:
        if token.tag in NOUN_TAGS:
            body = token.text.lower()
    if body is None or not body.isalpha():
        return False
    members = {body + "man", body + "woman", body.removesuffix("e") + "or"}
    return any(lexicons.is_title_word(m) or m in lexicons.role_nouns() for m in members)


def _lone_word(role: str) -> bool:
    """A one-word role that says little beside another: a common noun needing its
    complement ("rival", "friend") or a party label ("Republican"); a title ("Senator")
    says more."""
    return " " not in role and (role.islower() or _bare(role) in PARTIES)


@lru_cache(maxsize=4096)
def _printable_pieces(given: str) -> tuple[tuple[str, str], ...]:
    """Each role a role text names, printable and short ("pollster who advises ..." ->
    "pollster"), with its key, each key once; remembered, as a person's articles repeat
    a few role texts thousands of times."""
    found: dict[str, str] = {}
    for piece in pieces(given):
        role = printable(short_role(piece))
        if role is not None and len(role) > MAX_PLAIN:
            role = _first_conjunct(role)
        if role is not None:
            found.setdefault(re.sub(r"^(?:the|a|an) ", "", role.lower()), role)
    return tuple(found.items())


def _first_conjunct(role: str) -> str:
    """A role past MAX_PLAIN coordinating two roles with "and" keeps the second only when
    it is an office, as a second piece beside a role does (see ``_most_given``): "former
    Alaska Governor and Republican vice presidential candidate" -> "former Alaska
    Governor"; "retired four-star general and former supreme allied commander" stays. The
    "and" must follow a role word, the head of the first role, so that a name holding
    "and" ("president of Procter and Gamble") is never cut; nor is a second role with a
    complement, which the first may share."""
    tokens = role_tokens(role)
    for k, token in enumerate(tokens[1:-1], 1):
        before = tokens[k - 1]
        if token.text != "and" or not role_word(before.text, before.tag):
            continue
        second = role[tokens[k + 1].span.start :]
        if "(" in role[: token.span.start] or _office_headed(second):
            return role
        if any(t.tag in {"IN", "TO"} for t in tokens[k + 1 :]):
            return role  # "chairman and chief executive of the ...": both hold the complement
        first = printable(role[: token.span.start])
        return first if first and _specific(first) else role
    return role


def _content_words(role: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", role.lower()) if len(w) > 3}


@dataclass(frozen=True)
class RolePeriod:
    """A role held from the first article's date to the last's, over ``articles``."""

    start: str  # first article date (YYYY-MM-DD) of the period
    end: str  # last article date of the period
    role: str
    articles: int = 1


def role_history(history: Iterable[Dated]) -> list[RolePeriod]:
    """The role most given quarter by quarter (chosen as ``canonical_role`` chooses),
    quarters of the same role joined; undated articles are left out (they have no place
    in time). Articles disagree within a week ("former secretary of state", "Democratic
    front-runner"): a quarter's choice is what changed, a month's would flicker."""
    months: dict[str, list[Dated]] = {}
    for when, role in sorted((d, r) for d, r in history if _date(d) and r):
        quarter = f"{when[:4]}-{(int(when[5:7]) - 1) // 3}"  # type: ignore[index]
        months.setdefault(quarter, []).append((when, role))
    periods: list[RolePeriod] = []
    for _, dated in sorted(months.items()):  # quarters
        role = _most_given(dated)
        if role is None:
            continue
        first, last = dated[0][0] or "", dated[-1][0] or ""
        held = periods[-1] if periods else None
        if held and held.role.lower() == role.lower():
            periods[-1] = RolePeriod(held.start, last, held.role, held.articles + len(dated))
        else:
            periods.append(RolePeriod(first, last, role, len(dated)))
    return periods


@lru_cache(maxsize=65_536)  # a person's thousands of articles fall on fewer days
def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _days(earlier: str | None, later: str) -> int:
    a, b = _date(earlier), _date(later)
    return abs((b - a).days) if a and b else 0
