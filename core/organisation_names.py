"""Organisations' names in an article's text, read by their grammar alone.

What :class:`core.speakers.Cast` asks of a run of capitalised words that may name a body
rather than a person: whether it closes with a word for an organisation ("Tidemark
Partners", "the Chamber of Commerce"), the longest name a run opens, whether a body
named so fits a definite noun ("the company"), and a name set beside "The union, the".
No mention state: each function reads the text (and the tagger's lists) it is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core import lexicons, nlp
from core.kind_evidence import organisation_appositive
from core.name_runs import POSSESSIVE, capitalised_runs
from core.phrases import organisation_reading

JOINING_WORDS = "of|for|to|on|and"  # words an organisation's name is read across
ORG_JOINED = re.compile(rf"\s(?:{JOINING_WORDS})\s")
SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][\"\u201d\u2019']?[ \t\xa0]+|\n[ \t\xa0]*)\Z")  # before


BODY_KINDS = {  # a kind of organisation, by the last word of its name
    "company": {"inc", "corp", "corporation", "company", "co", "holdings", "llc", "ltd", "group"}
    | {"partners", "industries", "airlines", "enterprises", "bank", "motors", "technologies"},
    "school": {"university", "college", "school", "academy"},
    "body": {"agency", "administration", "bureau", "department", "commission", "ministry"}
    | {"service", "office", "board", "authority"},
    "union": {"union", "association", "federation", "guild"},
    "party": {"party", "gop"},
    "press": lexicons.news_outlet_words(),
    "court": {"court"},
}
PRESS_NOUNS = frozenset(  # a news outlet's nouns, modifiers only describe: "the conservative-
    {"newspaper", "paper", "magazine", "tabloid", "publication", "daily", "weekly", "outlet"}
)  # leaning newspaper" is the outlet named before, not another
HEAD_KINDS = {  # the kind a definite noun for an organisation names
    **dict.fromkeys(("company", "firm", "corporation", "bank", "insurer", "automaker"), "company"),
    **dict.fromkeys(("university", "college", "school"), "school"),
    **dict.fromkeys(("agency", "department", "bureau", "office", "commission"), "body"),
    **dict.fromkeys(("board", "administration", "ministry"), "body"),
    **dict.fromkeys(("union", "association", "federation"), "union"),
    "party": "party",
    **dict.fromkeys(PRESS_NOUNS | {"network"}, "press"),
    "court": "court",
}
GENERIC_MISFITS = frozenset({"school", "press", "court", "body"})  # not "the group" nor "it"


def _name_head(name: str) -> str:
    """The word that heads an organisation's name: the one before its first "of", "for",
    "on" or "to" ("University" of "University of Texas", "Coalition" of "Coalition for Safe
    Streets"), else its last ("Acme Holdings")."""
    joined = ORG_JOINED.search(name)
    before = name[: joined.start()] if joined is not None else name
    return before.rsplit(" ", 1)[-1]


def another_described(text: str, head: str, begin: int, end: int) -> bool:
    """Does ``text`` from ``begin`` to ``end`` describe another body of the kind ``head``
    than the one named before ``begin``: a new one ("a group of protesters", "another
    union") or one told apart by whom it serves ("the trade group for the Blue Cross
    plans": "for the", not "the board of elections" nor "blamed the network for reporting")?
    Not an appositive set right after the name ("AAN, a conservative group,")."""
    described = re.compile(
        rf"\b(?:(?:a|an|another)\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\b(?!'|’)"
        rf"|the\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\s+(?:for|of|representing)\s+the\s)"
    )
    return any(
        text[begin : begin + m.start()].strip(" ,") != ""
        for m in described.finditer(text[begin:end])
    )


def body_fits(name: str, head: str) -> bool:
    """May an organisation named ``name`` be what a definite noun ``head`` ("company",
    "group", "union") or "it" refers to, by the kinds the name's head word and the noun
    name (BODY_KINDS, HEAD_KINDS)? "the group" is no "Trump University", "the union" no
    "Acme Holdings"; a name of no known kind fits any noun but a press noun's."""
    last = _name_head(name).lower().rstrip(".")
    kind = next((k for k, words in BODY_KINDS.items() if last in words), None)
    wanted = HEAD_KINDS.get(head)
    if wanted is None:
        return kind not in GENERIC_MISFITS
    return kind == wanted or kind is None and wanted != "press"


WEB_DOMAIN = re.compile(r"[A-Za-z][\w-]*\.(?:com|org|net)")  # "GunBroker.com"
ISSUES_STATEMENT = re.compile(  # what an organisation does first in news: "X issued a statement"
    r"[ \t\xa0]+(?:issued|released|posted|put[ \t\xa0]+out)[ \t\xa0]+an?[ \t\xa0]+"
    r"(?:\w+[ \t\xa0]+)?(?:statement|release)\b"
)


def _body_by_name(text: str, run_start: int, words: Sequence[str], rest: int) -> bool:
    """Is ``words``, what is left of a run of capitalised words at ``run_start`` with
    ``rest`` words of it after them, an organisation by what the name is rather than its
    last word: a body the lexicons list whole ("Reuters", "Fox News"; not a party's
    members, "Democrats"), a web domain ("GunBroker.com"), or a name of two words or more
    whose first is no listed first name nor a title, that issues a statement right after
    it ("Black Lives Matter issued a statement saying ..."), or of two words or more, or
    one in capitals, so named that an appositive calls an organisation
    (:func:`organisation_appositive`: "The AFL-CIO, the nation's largest labor
    federation,")?"""
    if len(words) == 1 and WEB_DOMAIN.fullmatch(words[0]):
        return True
    if nlp.listed_kind(list(words)) == "organisation":
        return not lexicons.party_word(words[-1])  # "Democrats": a party's members

    if rest or nlp.is_first_name(words[0]) or lexicons.is_title_word(words[0]):
        return False
    end = text.find(words[-1], run_start) + len(words[-1])
    if (len(words) > 1 or words[0].replace("-", "").isupper()) and organisation_appositive(
        text, end
    ):
        return True  # "The AFL-CIO, the nation's largest labor federation,": one word only
        # in capitals (not "Haulvex, a freight software firm,", which a nearer word may block)
    return len(words) > 1 and ISSUES_STATEMENT.match(text, end) is not None


# the most words an organisation's name is read over: a run of capitalised words ("Mr. Dr.
# U.S. A. B. ..." again and again) would otherwise cost its square
ORGANISATION_NAME_WORDS = 12


def named_organisations(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, str, bool]]:
    """Organisations named in ``text[start:end]`` by their name's grammar, as (offset,
    name, whether the name's run opens a sentence): the longest opening of a run of
    capitalised words, past the words that open a sentence or tell the day ("The", "On
    Monday"), that closes with a word that heads organisations' names
    (:func:`organisation_head`: "Acme Holdings" of "Acme Holdings CEO Dana Pike", "the
    Clean Rivers Alliance"). Not in a title-case headline's line, nor across a sentence's
    end ("Planned Parenthood. Senate") or a title ("Sen. Ted Cruz GOP")."""
    found = []
    runs = capitalised_runs(text, start, end)
    joined_to = 0  # where the last name read across joiners ends: its later runs are in it
    for k, (run_start, _, words) in enumerate(runs):
        if run_start < joined_to:
            continue
        names = [POSSESSIVE.sub("", w) for _, w in words]
        first = _past_run_openers(names)
        name = _organisation_in_run(text, run_start, names, first)
        at = run_start + words[first][0] if first < len(words) else run_start
        if (whole := _joined_organisation(text, runs, k)) is not None:
            at, name = whole
            joined_to = at + len(name)
        if name is not None and not nlp.in_title_case_line(text, run_start):
            opens = text[run_start - 1 : run_start] in ("", "\n") or opens_sentence(text, run_start)
            found.append((at, name, opens))
    return found


def _based_in_place(
    text: str, runs: Sequence[tuple[int, int, tuple[tuple[int, str], ...]]], k: int
) -> bool:
    """Is the run ``k`` an organisation's whole name by itself, closed by its word
    (:func:`organisation_head`: "Tidemark Partners"), and the run after its "of" a place
    ("of Atlanta"): where it is, not more of its name ("Bank | of America" is no name
    alone)?"""
    if not text.startswith(" of ", runs[k][1]) or k + 1 >= len(runs):
        return False
    names = [POSSESSIVE.sub("", w) for _, w in runs[k][2]]
    place = [w for _, w in runs[k + 1][2]]
    whole = organisation_head(names[_past_run_openers(names) :])
    return whole and all(mark == "LOC" for mark in nlp.gazetteer_marks(place))


# what joins one capitalised run to the next inside an organisation's name ("Chamber | of |
# Commerce", "Committee | on the | Budget", "Citizens | for a | Strong Economy")
RUN_JOINER = re.compile(rf"[ \t\xa0]+(?:{JOINING_WORDS})[ \t\xa0]+(?:(?:the|a)[ \t\xa0]+)?")
JOINED_RUNS = 3  # the most runs one name is read across


def _joined_organisation(
    text: str, runs: Sequence[tuple[int, int, tuple[tuple[int, str], ...]]], k: int
) -> tuple[int, str] | None:
    """The organisation's name, and where it starts, that the run ``k`` opens and later runs
    go on with across "of", "for", "on", "to" or "and" ("the Chamber of Commerce", "House
    Select Committee on Energy Security", "Citizens for Growth"), read over its tagged words
    as a noun phrase's is (:func:`organisation_reading`): not "Friends of | Hillary
    Clinton", "Cameron Easley for | Morning Consult" nor "the Senate on | Tuesday". None
    where no later run is joined to it."""
    last = k
    while last + 1 < len(runs) and last - k < JOINED_RUNS - 1:
        gap = RUN_JOINER.fullmatch(text, runs[last][1], runs[last + 1][0])
        if gap is None:
            break
        last += 1
    if last == k:
        return None
    begin = runs[k][0]
    if text[max(0, begin - 4) : begin].lower() == "the ":
        begin -= 4  # "the" before the name's head, which may say it is one ("the Chamber")
    words = nlp.tag(nlp.tokenize(text, begin, runs[last][1]))
    i, j = organisation_reading(words, from_start=True)
    i += words[i].text.lower() == "the"
    if j <= i or words[j - 1].span.end <= runs[k][1]:
        return None  # no run joined to the first
    if words[i].text.lower() in lexicons.function_words():
        return None  # "As for | Mr. Kim": a function word is no name's head
    if _based_in_place(text, runs, k):
        return None  # "Tidemark Partners | of Atlanta": a whole name, then where it is
    first = words[i].span.start
    if text[first : first + 4] in ("The ", "the "):
        first += 4
    return first, text[first : words[j - 1].span.end]


def _past_run_openers(names: Sequence[str]) -> int:
    """Where a run of capitalised words ``names`` goes on past the words that open a
    sentence, tell the day or give a title ("The", "On Monday", "Sen.")."""
    first = 0
    while first < len(names) and (
        names[first].lower() in lexicons.function_words()
        or names[first].lower().rstrip(".") in nlp.TIMES_AFTER_CLOCK
        or lexicons.is_title_word(names[first])
    ):
        first += 1
    return first


def _organisation_in_run(text: str, run_start: int, names: list[str], first: int) -> str | None:
    """The longest opening, from ``names[first]``, of a run of capitalised words at
    ``run_start`` that names an organisation (:func:`organisation_head`,
    :func:`_body_by_name`), at most ``ORGANISATION_NAME_WORDS`` long; None where none
    does, or where the longest runs across a sentence's end or a title."""
    for last in range(min(len(names), first + ORGANISATION_NAME_WORDS), first, -1):
        piece = names[first:last]
        if not nlp.is_abbreviation(piece[-1].rstrip(".")):
            piece[-1] = piece[-1].rstrip(".")
        piece[-1] = piece[-1].rstrip(",;:")
        if organisation_head(piece) or _body_by_name(text, run_start, piece, len(names) - last):
            inside = names[first : last - 1]
            broken = any(w.endswith(".") and not nlp.is_abbreviation(w[:-1]) for w in inside)
            titled = any(lexicons.is_title_word(w) for w in inside)
            return None if broken or titled else " ".join(piece)
    return None


def opens_sentence(text: str, at: int) -> bool:
    """``SENTENCE_OPENS.search(text, 0, at)``, read from the run of spaces before ``at``
    rather than from the text's start (a search that can only end at ``at``)."""
    start = at
    while start and text[start - 1] in " \t\xa0":
        start -= 1
    return SENTENCE_OPENS.search(text, max(0, start - 2), at) is not None


def organisation_head(words: Sequence[str]) -> bool:
    """Do a run's name words end in a word that heads organisations' names ("Clinton
    Foundation", "Cornell University", "Florida Democratic Party"), and are they no
    person named like one ("Michael Bloomberg", "Mary Fox")? Or do they end in a noun for
    a kind of organisation (:func:`organisation_noun_closes`)?"""
    return len(words) > 1 and (
        words[-1] in lexicons.organisation_words()
        and not person_named_like_organisation(words)
        or organisation_noun_closes(words)
    )


def organisation_noun_closes(words: Sequence[str]) -> bool:
    """Do a name's words, two or more, close with a capitalised word for an organisation,
    so that no one is named: a noun whose first sense is a kind of organisation
    (``lexicons.organisation_nouns``: "King Solomon Missionary Baptist Church", "Carlton
    Golf Club", "Brookings Institution") or a word that heads organisations' names in
    the name recogniser's list (``nlp.gazetteer_marks``' "org": "Time Magazine",
    "Democracy Corp", "Elliott Partners")? Not where every word before it may be a
    person's, a listed first name, an initial or a title: a surname that is such a word
    ("Frank Church", "Frank J. Church", "Sen. Church", "Emily Post", "Bill Press", "Cllr
    Obi"). A first name that is also a frequent word ("Royal", "Young", "Hope") is that
    word before such a noun: "the Royal Navy"."""
    last = words[-1]
    if len(words) < 2 or not last[:1].isupper():
        return False
    if last.lower() not in lexicons.organisation_nouns() and nlp.gazetteer_marks([last]) != ["org"]:
        return False
    return not all(
        nlp.is_first_name(w)
        and not nlp.is_frequent_word(w)
        or nlp.INITIAL.fullmatch(w)
        or lexicons.is_title_word(w)
        for w in words[:-1]
    )


def plural_common_head(words: Sequence[str]) -> bool:
    """Do a run's name words end in the plural of a common noun, as a business's or a
    body's name does and no person's ("Valley Harvest Markets", "Sound Island Ferries",
    "Apex Strategies"), with no listed first name, initial or title before it? A surname
    that is such a plural follows a first name ("Jeff Sessions", "Maxine Waters", "Tyra
    Banks"); the singular is the tagger's common noun out of context and no first name
    ("Matthews": "Matthew")."""
    last = words[-1]
    if not (last[:1].isupper() and last[1:].islower() and last.endswith("s")):
        return False
    if any(
        nlp.is_first_name(w) or nlp.INITIAL.fullmatch(w) or lexicons.is_title_word(w)
        for w in words[:-1]
    ):
        return False
    return any(
        nlp.context_free_tag(one) == "NN" and not nlp.is_first_name(one.title())
        for one in singulars(last.lower())
    )


# the parts of :func:`body_apposition` before and after the noun
_BODY_OPENING = r"\b[Tt]he (?:[\w\u2019'-]+ )?"
_BODY_CLOSING = r"(?: (?:that|which) [^,.\n]{1,60})?, (?:the )?"


def body_apposition(head: str) -> str:
    """A pattern of what stands before an organisation's name set beside a definite noun
    for it, "The [word] <head> [that ...], [the] " ("The union, the | Harbor Nurses
    Association,", "The fashion house that sponsored the show, | Maison Verlaine,"), with
    ``head`` the pattern of the noun."""
    return _BODY_OPENING + head + _BODY_CLOSING


_BODY_THE = re.compile(r"\b[Tt]he ")
_BODY_WORD = re.compile(r"[\w\u2019'-]+ ")  # the word the opening allows before the noun
_BODY_NAME_WORD = r"[A-Z][\w&\u2019'.-]*"
_BODY_AFTER = re.compile(  # after the noun: [that ...], [the] [Place-based] <Capitalised Name>,
    _BODY_CLOSING
    + rf"(?:{_BODY_NAME_WORD}-based )?"  # "The contractor, Phoenix-based | Acme Print,"
    + rf"({_BODY_NAME_WORD}(?: (?:(?:of|and|for|&) )?{_BODY_NAME_WORD}){{0,6}}),"
)


def last_apposed_body(
    text: str, head: str, begin: int, stop: int, at: int
) -> tuple[str, int] | None:
    """The name and its offset in the last "The [word] <head> [that ...], [the]
    <Capitalised Name>," (``head`` a noun; see :meth:`GroupResolver.apposed_organisation`) that
    opens by ``at``, of those ``re.finditer`` finds from ``begin`` to ``stop`` of
    ``body_apposition(re.escape(head))`` and the name, the same matches found by patterns
    compiled once rather than one per noun (a hundredth of extraction went to compiling
    them). Where the opening "The " matches, that pattern tries the next word before the
    noun (one way only: the word ends at a space), then the noun at once; the rest, the
    end of the pattern, matches as it would there."""
    found = None
    the = _BODY_THE.search(text, begin, stop)
    while the is not None and the.start() <= at:
        after = None
        word = _BODY_WORD.match(text, the.end(), stop)
        for noun in ((word.end(),) if word else ()) + (the.end(),):
            if text.startswith(head, noun, stop):
                after = _BODY_AFTER.match(text, noun + len(head), stop)
                if after is not None:
                    break
        if after is None:
            the = _BODY_THE.search(text, the.start() + 1, stop)
            continue
        found = after.group(1), after.start(1)
        the = _BODY_THE.search(text, after.end(), stop)
    return found


def singulars(plural: str) -> list[str]:
    """The forms a plural noun's singular may take ("ferries": "ferry"; "services":
    "service", "servic"; "markets": "market"); none for "-ss" ("Moss")."""
    if plural.endswith("ss"):
        return []
    if plural.endswith("ies"):
        return [plural[:-3] + "y"]
    return [plural[:-1], plural[:-2]] if plural.endswith("es") else [plural[:-1]]


def organisation_read(text: str, found: re.Match[str], from_start: bool) -> str:
    """The organisation's name in the ``org`` group of ``found`` (:data:`_ORG`), read over
    its tagged words across its joiners as a noun phrase's is (:func:`organisation_reading`):
    "the Department of Veterans Affairs", not "Friends of | Hillary Clinton"."""
    org = found.group("org")
    if ORG_JOINED.search(org) is None:
        return org
    words = nlp.tag(nlp.tokenize(text, *found.span("org")))
    i, j = organisation_reading(words, from_start)
    return text[words[i].span.start : words[j - 1].span.end]


def looks_like_organisation(phrase: str) -> bool:
    if person_named_like_organisation(phrase.split()):
        return False  # "Mary Fox"
    words = set(re.findall(r"[\w.]+", phrase))
    orgs = lexicons.organisation_words()
    return bool(words & orgs) or any(o in phrase for o in orgs if " " in o)


def person_named_like_organisation(words: Sequence[str]) -> bool:
    """Are ``words`` a listed first name, any initials and a surname that is also an
    organisation's name ("Michael Bloomberg", "Robert S. Ford", "Don Guardian", "Mary
    Fox"): a person? Not where the last word is a frequent noun that heads organisations'
    names ("Clinton Foundation", "Carter Center") or a word that makes names
    organisations and no one's surname (:func:`_no_surnames`: "Sabine Petroleum", "Dana
    Holdings"), nor a listed organisation as a whole."""
    if len(words) < 2 or not nlp.is_first_name(words[0]) or nlp.is_frequent_word(words[0]):
        return False
    initials = all(re.fullmatch(r"[A-Z]\.", w) for w in words[1:-1])
    listed = any(start == 0 for start, _, _ in nlp.known_spans(words))
    last = words[-1]
    company = nlp.is_frequent_word(last) or last.lower() in _no_surnames()
    return initials and not listed and not company


@lru_cache(maxsize=1)
def _no_surnames() -> frozenset[str]:
    """The lower-case words that make names organisations (the lexicons'
    ``organisations.txt`` and the name recogniser's ``names_org_words.txt``), less a news
    outlet's, which people are named too ("Emily Post", "Mary Fox", "Don Guardian")."""
    words = {w.lower() for w in lexicons.organisation_words()} | nlp.organisation_name_words()
    return frozenset(words - lexicons.news_outlet_words())
