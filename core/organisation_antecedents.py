"""The organisation an article named before, that a noun refers back to: "the campaign"
after "the Trump campaign" (or "Donald Trump's campaign"), "the board" after "the
Illinois Board of Elections", "the agency" after "the Environmental Protection Agency" or
"the National Oceanic and Atmospheric Administration". Each is read over the article's
text, within :data:`ORGANISATION_REACH` characters before the noun and past its
headline; :mod:`core.attribution` asks them when a phrase such as "the agency said" is
its speaker."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.kind_evidence import OWNED_HEADS

ORGANISATION_REACH = 1500  # characters before "the campaign" where its name is looked for
POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def owned_body(owner: str, head: str, owners: AbstractSet[str]) -> str | None:
    """A body a possessive makes a person's ("Donald Trump's campaign", "Kelly Ayotte’s
    office": ``owner`` is the possessive's last word), named the way "the Trump campaign"
    names it (and :meth:`NominalResolver.owner_campaign` names "his campaign"): one organisation
    however the article writes it. None where the owner is no surname of ``owners`` (of
    people the article names in full: "the DNC's office") or a day or month ("Tuesday's
    campaign stop")."""
    word = POSSESSIVE_END.sub("", owner)
    if word.lower() in WEEKDAYS or word in MONTHS or word not in owners:
        return None
    return f"{word} {head}"


def organisation_named_by(
    text: str, head: str, at: int, owners: AbstractSet[str], proper: bool = False
) -> str | None:
    """The organisation the article last named, shortly before ``at`` and past its
    headline, by capitalised words before the noun ``head``, that "the campaign" or "the
    agency" refers back to ("the Trump campaign", "the Environmental Protection Agency"),
    or by ``head`` capitalised, "of" and capitalised words ("the Chamber of Commerce");
    not a place's ("the San Francisco company"), nor a headline's words ("Cruz Disputes
    Characterization Of Network"). ``proper``: only a name that writes ``head``
    capitalised, as a name's own word ("the British Embassy", not "the Trump campaign").
    A possessive owner names it by :func:`owned_body` (``owners``: see there)."""
    begin = max(0, text.find("\n") + 1, at - ORGANISATION_REACH)
    # each pattern is compiled for its noun (1-2M instructions), so it is only searched
    # with where the noun is written in reach, as it must be for a match
    capital = head.capitalize()
    written = not head.isalpha() or text.find(capital, begin, at) >= 0
    if not written and text.find(head, begin, at) < 0:
        return None
    found = list(_named_with_head(head).finditer(text, begin, at))
    found = [f for f in found if not proper or f.group(2)[:1].isupper()]
    found = [f for f in found if f.group(1).split() != ["The"]]  # "The university said":
    # the noun again, opening a sentence, names nothing; the name before it still counts
    heading = list(_head_of_name(head).finditer(text, begin, at)) if written else []
    heading = [h for h in heading if _head_of_named(h) is not None]  # not "Agency on Thursday"
    if heading and (not found or heading[-1].start() >= found[-1].start()):
        return _head_of_named(heading[-1])  # "the Illinois Board of Elections ... the board"
    if not found:
        return None
    named = found[-1]
    words = named.group(1).split()
    ends = [k for k, w in enumerate(words) if len(w) > 4 and w.endswith(".") and w[:-1].isalpha()]
    words = words[ends[-1] + 1 :] if ends else words  # "Exxon Mobil. The company"
    while words and words[0].lower() in lexicons.DETERMINERS_AND_OWNERS:
        words.pop(0)  # "The Trump campaign said", "Her campaign" opening a sentence
    if words and POSSESSIVE_END.search(words[-1]):  # "Donald Trump's campaign": "the Trump
        return owned_body(words[-1], named.group(2), owners)  # campaign"
    if not words or any(w.lower() in lexicons.function_words() and not w.isupper() for w in words):
        return None
    if all(mark == "LOC" for mark in nlp.gazetteer_marks(words)):
        return None
    return " ".join([*words, named.group(2)])


def public_body_named(text: str, at: int) -> str | None:
    """The public body "the agency" at ``at`` refers back to when no name ends in "Agency":
    the one the article last named, within ``ORGANISATION_REACH`` and past its headline,
    by capitalised words ("and" may join two) closed by another word for one
    (``lexicons.AGENCY_NAME_HEADS``: "the National Oceanic and Atmospheric Administration",
    "the Consumer Product Safety Commission"); none where a word before the head is a
    function word or all of them name a place ("the Miami office")."""
    begin = max(0, text.find("\n") + 1, at - ORGANISATION_REACH)
    named = list(PUBLIC_BODY.finditer(text, begin, at))
    if not named:
        return None
    last = named[-1]
    if (whole := _head_of_name(last.group(2).lower()).match(text, last.start())) is not None:
        return _head_of_named(whole)  # "the National Institutes of Health"
    words = last.group(1).split()
    while words and words[0].lower() in lexicons.DETERMINERS_AND_OWNERS:
        words.pop(0)  # "The National Oceanic ...", "Its Office"
    inner = [w for w in words if w not in ("and", "&")]
    if not inner or any(w.lower() in lexicons.function_words() for w in inner):
        return None
    if all(mark == "LOC" for mark in nlp.gazetteer_marks(inner)):
        return None
    return " ".join([*words, last.group(2)])


PUBLIC_BODY = re.compile(  # "National Oceanic and Atmospheric |Administration"
    r"(?<![\w\u2019'])((?:[A-Z][\w.&'\u2019-]*[ \t\xa0]+(?:(?:and|&)[ \t\xa0]+)?){1,5})"
    rf"({'|'.join(h.capitalize() for h in lexicons.AGENCY_NAME_HEADS)})\b"
)


@lru_cache(maxsize=64)
def _named_with_head(head: str) -> re.Pattern[str]:
    """Capitalised words, then ``head`` as a word, in lower case or capitalised; for a
    head a person owns (:data:`OWNED_HEADS`), any of the words may end in a possessive
    ("Donald Trump's campaign"; :func:`organisation_named_by` reads the last one's as
    the owner's name, and leaves one before it in the name: "Trump's Ohio campaign")."""
    owned = r"(?:['\u2019]s?)?" if head in OWNED_HEADS else ""
    return re.compile(
        rf"(?<![\w’'])((?:[A-Z][\w.&-]*{owned}[ \t\xa0]+){{1,4}})({head}|{head.capitalize()})\b"
    )


@lru_cache(maxsize=64)
def _head_of_name(head: str) -> re.Pattern[str]:
    """Up to three capitalised words, then ``head`` capitalised, "of", "for" or "on" and
    capitalised words, "and" between them: an organisation's name that ``head`` heads
    ("the Illinois Board of Elections", "the Chamber of Commerce", "the Institute of
    Anthropology and History", "the Coalition for Safe Streets", "the Select Committee
    on Energy Security")."""
    space = r"[ \t\xa0]+"
    return re.compile(
        rf"(?<![\w\u2019'])((?:[A-Z][\w.&-]*{space}){{0,3}}){head.capitalize()}{space}"
        rf"(?:of|for|on){space}"
        rf"(?:the{space})?([A-Z][\w&'\u2019-]*(?:{space}(?:and{space})?[A-Z][\w&'\u2019-]*){{0,4}})"
    )


def _head_of_named(found: re.Match[str]) -> str | None:
    """The name :func:`_head_of_name` found, without a determiner or owner before it and
    without a title or a person's name after it ("Chamber of Commerce | President Ann
    Ruiz"), a time ("the Committee on | Tuesday") or an owner's "'s"; none where a function
    word is among the words before the head or none is left after it."""
    before = found.group(1).split()
    while before and before[0].lower() in lexicons.DETERMINERS_AND_OWNERS:
        before.pop(0)  # "The Hollywood Chamber of Commerce"
    if any(w.lower() in lexicons.function_words() and not w.isupper() for w in before):
        return None
    after = found.group(2).split()
    for k, word in enumerate(after):
        if k and (lexicons.is_title_word(word) or nlp.is_first_name(word)) or _dated(word):
            after = after[:k]  # "the Senate on | Tuesday": a time is no name's
            break
    if not after:
        return None
    while after and after[-1] == "and":
        after.pop()  # "the Board of Elections and | Dale Orvin"
    owned = next((k for k, word in enumerate(after) if POSSESSIVE_END.search(word)), None)
    if owned is not None:  # "the Department of Homeland Security's cyber division": the
        after = [*after[:owned], POSSESSIVE_END.sub("", after[owned])]  # name, not its "'s"
    middle = found.group(0)[len(found.group(1)) : found.start(2) - found.start()]
    return " ".join([*before, *middle.split(), *after])


def _dated(word: str) -> bool:
    """Is ``word``, in a name's run, a weekday or a month ("Tuesday", "March")?"""
    return word.strip(",.") in MONTHS or word.strip(",.").lower() in WEEKDAYS
