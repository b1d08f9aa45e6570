"""What the name a speaker's noun phrase holds names (:func:`name_kind`): a person, or
no person (an organisation, an outlet, a place, a group, a demonym, a common word, a
time, a label or a language), each by the evidence of the article around it."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from enum import StrEnum
from functools import lru_cache

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.document import SpeakerKind, Token
from core.name_runs import QUANTIFIERS
from core.nominals import AGED
from core.organisation_names import (
    looks_like_organisation,
    organisation_noun_closes,
    plural_common_head,
)
from core.person_roles import PARTIES
from core.phrases import all_caps_acronym, in_a_place
from core.role_grammar import is_place
from core.speakers import Cast
from core.statement_model import AUXILIARIES

OUTLET_NOUNS = lexicons.ORGANISATION_HEADS | {
    "newspaper", "paper", "magazine", "tabloid", "website", "site", "blog", "outlet", "daily",
    "weekly", "broadcaster", "channel", "station", "organization", "organisation", "watchdog",
}  # fmt: skip
REPORT_CUES = frozenset({"report", "reports", "reported", "reporting", "documented"})
INITIAL = re.compile(r"[A-Z]\.")  # "E. J. Fleming"
CITING_CUES = frozenset({"according to", "in the words of"})  # "according to X", "in X's words"
AS_CLAUSE = re.compile(r"(?:\bAs|[,;:\u2014\u2013]\s*as)\s+(?:the\s+)?$")  # "As X put it"


def _place_alone(words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]) -> bool:
    """Is the name one word the gazetteer lists as a place, alone in its noun phrase but
    for "the", and neither a first name nor the surname of someone the article named in
    full ("Germany pledges", not "Jordan said" after Michael B. Jordan)? A country or a
    state speaks as an organisation."""
    n0, n1 = name
    word = words[n0].text
    return (
        n1 - n0 == 1
        and n1 == len(words)
        and all(w.text.lower() == "the" for w in words[:n0])
        and nlp.gazetteer_marks([word]) == ["LOC"]
        and not nlp.is_first_name(word)
        and word not in surnames
    )


class NameKind(StrEnum):
    """What the name a noun phrase holds names (:func:`name_kind`)."""

    PERSON = "person"
    ORGANISATION = "organisation"  # "the Pentagon", "NATO", "the Washington Free Beacon"
    OUTLET = "outlet"  # "newspaper Correio de Manha", "Right Wing Watch reported": by name
    PLACE = "place"  # "Germany pledges": a country or state, speaking as an organisation
    GROUP = "group"  # "Americans are mad", "Congregants pass around": people described
    DEMONYM = "demonym"  # "the Texan said": one person described, read as a nominal
    THING = "thing"  # "Nothing", "Poll", "Aides": a common word, no one named
    TIME = "time"  # "announced Friday", "dated Feb. 12": a day or a month, no speaker
    LABEL = "label"  # "Delegate Update: ...", 'by Times' Ben Sisario: "..."': no speaker
    LANGUAGE = "language"  # "Spanish for 'witches'": no speaker


def name_kind(
    cast: Cast,
    text: str,
    words: list[Token],
    name: tuple[int, int],
    cue: str = "",
    after: Token | None = None,
) -> NameKind:
    """The kind of the name ``words[name[0]:name[1]]`` (:func:`core.phrases.name_tokens`)
    of a noun phrase of ``text``: a person's, or no person's. A group or a common word
    names no one (the phrase is read as a description); an organisation, an outlet or a place
    speaks as an organisation. The one place a name read in a noun phrase is sorted.
    ``after`` is the word after the phrase, its verb if it has one."""
    surnames = cast.surnames()
    if _party_member_of_place(words, name, surnames):
        return NameKind.DEMONYM  # "the Republican", "the Utah Republican": a nominal
    if _common_word_named(cast, words, name):
        return NameKind.THING
    if _time_named(words, name, surnames):
        return NameKind.TIME
    if _byline_label(text, words, name, cue):
        return NameKind.LABEL
    if cue == ":" and _headline_label(text, words, name, surnames):
        return NameKind.OUTLET
    if _opening_word_named(text, words, name, surnames):
        return NameKind.THING
    if _language_glossed(text, words, name):
        return NameKind.LANGUAGE
    if _group_named(cast, text, words, name, after, cue):
        return NameKind.GROUP
    n0, n1 = name
    name_text = text[words[n0].span.start : words[n1 - 1].span.end]
    if all_caps_acronym(name_text) or (
        looks_like_organisation(name_text) and not _surname_alone(text, name_text, surnames)
    ):
        return NameKind.ORGANISATION
    if _organisation_head_named(words, name, surnames):
        return NameKind.OUTLET  # by its name: "the | Brookings Institution", "Time Magazine"
    if (
        _place_alone(words, name, surnames)
        or _place_owned(text, words, name, surnames)
        or _place_in_region(text, words, name, surnames)
    ):
        return NameKind.PLACE
    if _no_person_named(words, name, surnames):
        return NameKind.ORGANISATION
    if _named_for_purpose(words, name):
        return NameKind.OUTLET  # by its name: "super PAC | Right to Rise USA"
    if _outlet_named(words, name, cue, surnames) or _organisation_shown(cast, text, words, name):
        return NameKind.OUTLET
    if _cited_no_one(text, words, name, cue, surnames) or _known_organisation(cast, name_text):
        return NameKind.OUTLET
    if _listed_organisation_alone(text, words, name, surnames):
        return NameKind.ORGANISATION
    if _demonym_named(words, name, surnames):
        return NameKind.DEMONYM
    if _headline_word_named(text, name_text, words[n1 - 1].span.start, surnames):
        return NameKind.THING
    if _plural_named(words, name, surnames):
        return NameKind.ORGANISATION  # "Valley Harvest Markets said", not "Jeff Sessions"
    if _party_named(words, name, surnames):  # an adjective ("Democratic") names no group
        return NameKind.THING if words[name[1] - 1].text.endswith("ic") else NameKind.GROUP
    return NameKind.PERSON


def _byline_label(text: str, words: list[Token], name: tuple[int, int], cue: str) -> bool:
    """Whether the name is the byline of an excerpt a digest quotes ('by Times' Jane Roe:
    "..."', "From Jane Roe writing at Example:", "According to Jane Roe, writing for
    Example:"): its author wrote it and said nothing."""
    n0, n1 = name
    start, end = words[n0].span.start, words[n1 - 1].span.end
    colon = text.find(":", end)
    if colon < 0 or "\n" in text[end:colon]:
        return False
    if _WRITING_FOR.match(text, end, colon + 1):
        return True
    line = text.rfind("\n", 0, start) + 1
    return cue == ":" and _BYLINE.search(text[line:start]) is not None


def _headline_label(
    text: str, words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the name labels the article's headline, before its colon, with nothing but
    capitalised words or numbers before it, and holds no person's word: no listed first
    name, no title, no surname of someone named in full ("Delegate Update: The latest
    count", "2016 Podcast: ...", "NY Post: ..."; not "Sanders: ..."): a column, a show or
    an outlet, speaking by its name."""
    n0, n1 = name
    start = words[n0].span.start
    line = text.rfind("\n", 0, start) + 1
    if text[:line].strip() or any(w[:1].islower() for w in text[line:start].split()):
        return False
    return not any(_person_word(w.text, surnames) for w in words[n0:n1])


# "..., writing for Example:", "writing at The Example Post:"
_WRITING_FOR = re.compile(r",?\s+writing\s+(?:at|for|in)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*)+:")


_OWNER_BEFORE = nlp.EndPattern(  # "Putin's ", "the Clintons' "
    re.compile(r"[^\W\d_](?:['’]s|s['’])\s+$"), nlp.OWNER_ENDINGS, True
)


# "by Times' ", "by The Wall Street Journal's ", "by DNAinfo's ": capitalised words only
_BYLINE = re.compile(
    r"(?:^|\s)by\s+(?:(?:the|The)\s+)?(?:[A-Z][\w.&-]*\s+)*(?:[A-Z][\w.&-]*['’]s?\s+)?$"
)


def _place_in_region(
    text: str, words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the name is a town's, written with the state or country the gazetteer lists
    after a comma ("in Fairhaven, Oregon, shows", "Dunmore, Ireland."), and holds no
    listed first name, no title and no surname of someone named in full."""
    n0, n1 = name
    found = _REGION_AFTER.match(text, words[n1 - 1].span.end)
    return (
        found is not None
        and nlp.gazetteer_marks([found.group(1)]) == ["LOC"]
        and not any(w.text[:1].isupper() and _person_word(w.text, surnames) for w in words[:n1])
        and not any(w.text == "of" for w in words[max(0, n0 - 1) : n1])
    )  # not "Ms. Rourke of Dunmore, Ireland, said"


_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]+)(?=[,.;:])")  # not ", Europe coordinator at"


def _language_glossed(text: str, words: list[Token], name: tuple[int, int]) -> bool:
    """Whether the name is one word glossing a word it translates ("Brujas -- Spanish for
    'witches'", "Do svidaniya! - Russian for 'goodbye'"): a language, no one."""
    n0, n1 = name
    word = words[n0].text
    return (
        n1 - n0 == 1
        and _GLOSS_AFTER.match(text, words[n0].span.end) is not None
        and not nlp.is_first_name(word)
        and not nlp.is_title(word)
    )


_GLOSS_AFTER = re.compile(r"\s+for\s+(?:['\"“‘]|'')")


def _place_owned(
    text: str, words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the name is one word the gazetteer lists as a place, right after an owner
    ("Putin's Russia", "Obama's America"): a country as someone has it, no person."""
    n0, n1 = name
    word = words[n0].text
    at = words[n0].span.start
    return (
        n1 - n0 == 1
        and _OWNER_BEFORE.search(text, max(0, at - 40), at) is not None
        and nlp.gazetteer_marks([word]) == ["LOC"]
        and word not in surnames  # a first name too: "Obama's America"
    )


def _organisation_shown(cast: Cast, text: str, words: list[Token], name: tuple[int, int]) -> bool:
    """Whether a name no person bears (no listed first name, no title, no surname of
    someone named in full) is written as a company's or an outlet's: a capital inside a
    word ("ExampleCorp", not "McCain" or "DeSantis"), a word in capitals beside a word
    that is not ("ACME Action"), a foreign article opening it ("La Stampa"), or, somewhere
    in the article, "which" after it, an outlet's noun or a "-based" place before it, an
    organisation's word after it ("Acme Pharmaceuticals") or a web domain ("Acme.org");
    and never a title before it nor "who" after it."""
    n0, n1 = name
    named = [w.text for w in words[n0:n1]]
    if len(named) > 1 and named[0] in FOREIGN_ARTICLES:
        named = named[1:]  # "Le" is also a first name
    name_text = text[words[n0].span.start : words[n1 - 1].span.end]
    if any(nlp.is_first_name(w) or nlp.is_title(w) for w in named):
        return False
    if not _written_as_organisation(text, name_text):
        return False
    # no surname of someone else named in full (not this name, read as a person's before)
    return not any(
        p.kind == SpeakerKind.PERSON and " " in p.name and p.name != name_text
        and p.name.rsplit(None, 1)[-1] in named
        for p in cast.people
    )  # fmt: skip


@lru_cache(maxsize=512)
def _written_as_organisation(text: str, name_text: str) -> bool:
    words = name_text.split()
    shown = (
        any(_INNER_CAPITAL.match(w) and not _first_names_joined(w) for w in words)
        or len(words) > 1
        and any(len(w) >= 4 and w.isalpha() and w.isupper() for w in words)  # not "J.J."
        and not all(w.isupper() for w in words)
        or len(words) > 1
        and words[0] in FOREIGN_ARTICLES
    )
    person = False
    at = text.find(name_text)
    while at >= 0:
        start, end = at, at + len(name_text)
        at = text.find(name_text, end)
        if _word_char(text[start - 1 : start]) or _word_char(text[end : end + 1]):
            continue  # inside another word
        before = text[max(0, start - 40) : start]
        after = text[end : end + 12]
        last = before.split()[-1] if before.split() else ""
        if nlp.is_title(last) or re.match(r",?\s+who\b", after):
            person = True
        elif (
            re.match(r"\s*(?:,|--|[—–])\s*which\b|\.(?:com|org|net)\b", after)
            or last in OUTLET_NOUNS
            or last.endswith("-based")
            or _SHARES_OF.search(before) is not None
            or _its_own(text, end)
        ):
            shown = True
        elif (following := re.match(r"\s+([A-Z][\w.&-]*)", after)) is not None:
            word = following.group(1)
            if nlp.gazetteer_marks([word]) == ["org"] or looks_like_organisation(word):
                shown = True
    return shown and not person


def _its_own(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the subject that a near "its" refers back to: a verb
    after it, then nothing but lower-case words and dates ("Acme Semiconductor said on
    Monday that its chief financial officer would leave"; not "the Obama administration
    and, by extension, its")?"""
    found = _ITS_AFTER.match(text, end)
    if found is None:
        return False
    between = found.group(1).split()
    verb = between[0].rstrip(",")
    return (verb in lexicons.cue_forms() or verb in AUXILIARIES or verb.endswith("ed")) and all(
        w[0].islower() or w.lower() in WEEKDAYS or w in MONTHS for w in between
    )


_SHARES_OF = re.compile(r"\b(?:shares|stock|stake)\s+(?:in|of)\s+$", re.I)  # a company's


_ITS_AFTER = re.compile(r"\s+((?:[\w’'-]+,?\s+){1,6}?)its\b")


def _word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char in "_'’-")


# a capital inside a word ("ExampleCorp"), not after a surname's prefix ("McCain",
# "MacArthur", "DeSantis", "LaHood", "VanHollen", "FitzGerald")
_INNER_CAPITAL = re.compile(
    r"(?!(?:Mac|Van|Von|Fitz|Del|Des|Dos|Das|Della)[A-Z])[A-Z][a-z]{2,}[A-Z][a-z]"
)


def _first_names_joined(word: str) -> bool:
    """Is a word with a capital inside two listed first names joined ("MaryAnn")?"""
    return all(nlp.is_first_name(part) for part in re.findall(r"[A-Z][a-z]+", word))


FOREIGN_ARTICLES = frozenset({"Le", "La", "Les", "El", "Il", "Los", "Las", "Der", "Die", "Das"})


def _headline_word_named(text: str, name_text: str, last: int, surnames: AbstractSet[str]) -> bool:
    """Whether the name stands in a line written in title case (:func:`nlp.in_title_case_line`:
    "Top Climate Group Will Run Ads Demanding ...", "After ISIS' Death Order On ...", "Look
    At Hillary's Shocking Response"), and nothing outside that line gives it as a name:
    its last word is no surname of someone the article names in full, and the article
    never writes it outside the line. A capital there shows no name."""
    begin = text.rfind("\n", 0, last) + 1
    end = text.find("\n", last)
    end = len(text) if end < 0 else end
    if not nlp.in_title_case_line(text, last):
        return False
    if re.sub(r"['’]s?$", "", name_text.split()[-1]) in surnames:
        return False
    written = re.compile(rf"(?<![\w-]){re.escape(name_text)}(?![\w-])")
    return not any(not begin <= m.start() < end for m in written.finditer(text))


def _time_named(words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]) -> bool:
    """Whether every word of the name is a month's or a day's name, or a month cut short
    with its period ("The deal, announced Friday, would last", "an email dated Feb. 12",
    "ruled last July"), none the surname of someone the article names in full ("May")."""
    n0, n1 = name
    return all(_calendar_word(w.text) and w.text.rstrip(".") not in surnames for w in words[n0:n1])


def _calendar_word(word: str) -> bool:
    if word in MONTHS or word.lower() in WEEKDAYS:
        return True
    cut = word.rstrip(".")
    return word.endswith(".") and len(cut) >= 3 and any(m.startswith(cut) for m in MONTHS)


def _opening_word_named(
    text: str, words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the name is one word that is capitalised only because it opens a sentence or
    a heading: the article writes it in lower case too, and wherever it is capitalised
    it opens a sentence ("None has a reputation", "Nobody opposed him", "Drop in primary
    turnout"); no listed first name, no title, no surname of someone named in full."""
    n0, n1 = name
    if n0 != 0 or n1 != len(words) or n1 != 1:
        return False
    word = words[0].text
    if not word[:1].isupper() or word[1:] != word[1:].lower() or len(word) < 3:
        return False
    if not _OPENS.search(text[max(0, words[0].span.start - 4) : words[0].span.start]):
        return False  # this one opens no sentence: a name
    if _person_word(word, surnames):
        return False
    return _lower_and_opening(text, word)


@lru_cache(maxsize=512)
def _lower_and_opening(text: str, word: str) -> bool:
    if _ONE_WORD.fullmatch(word):  # read from the article's word index (no pattern compiled)
        return _lower_and_opening_indexed(text, word)
    if not re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text):
        return False
    for found in re.finditer(rf"(?<![\w'’@#-]){re.escape(word)}(?![\w'’-])", text):
        if not _OPENS.search(text[max(0, found.start() - 4) : found.start()]):
            return False
    return True


_ONE_WORD = re.compile(r"\w+")


_GLUED = frozenset("'’-")  # what may not touch either side of the word


_GLUED_BEFORE = frozenset("'’@#-")


def _lower_and_opening_indexed(text: str, word: str) -> bool:
    """:func:`_lower_and_opening` for a word that is one run of ``\\w``: each match of its
    patterns is a whole word of the text, so its places come from ``nlp.word_starts``."""
    starts = nlp.word_starts(text)
    size = len(word)
    if not any(
        text[at - 1 : at] not in _GLUED and text[at + size : at + size + 1] not in _GLUED
        for at in starts.get(word.lower(), ())
    ):
        return False
    return all(
        _OPENS.search(text[max(0, at - 4) : at]) is not None
        for at in starts.get(word, ())
        if text[at - 1 : at] not in _GLUED_BEFORE and text[at + size : at + size + 1] not in _GLUED
    )


_OPENS = re.compile(r"(?:^|[.!?:;\n][\"”’'“‘]?\s*|\n\s*[\"“‘']?)$")


def _demonym_named(words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]) -> bool:
    """Whether the noun phrase is "the", perhaps an age, and one capitalised word in "-an",
    or one or two words a listed place's name makes a demonym of (:func:`nlp.demonym_places`:
    "the Vermonter", "the South Carolinian"), whose last word is no first name and no
    surname of someone the article named in full ("the Texan said", "the 23-year-old
    Brazilian"): a person described by where they come from, like "the senator". (Other
    modifiers describe someone new as often: "The lifelong Republican who wrote the speech
    says".) A listed first name is never written after "the" alone, so one there is such a
    noun too ("the Dane said")."""
    n0, n1 = name
    word = words[n1 - 1].text
    made = bool(nlp.demonym_places([w.text for w in words[n0:n1]]))  # "the Vermonter", "the
    # South Carolinian", "the New Yorker": a listed place's name made a demonym
    return (
        n0 >= 1
        and (n1 == n0 + 1 or n1 == n0 + 2 and made)
        and n1 == len(words)
        and words[0].text.lower() == "the"
        and (n0 == 1 or AGED.fullmatch("".join(w.text for w in words[1:n0])) is not None)
        and ((word.endswith("an") or made) != nlp.is_first_name(word))
        and word not in surnames
    )


def _party_member_of_place(
    words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the noun phrase is "the", a party's member and perhaps a listed place before
    it ("the Republican", "the Utah Republican", "the New York Democrat"): a nominal for
    someone, as "the Texan" is, and no name (nor an organisation named "Republican")."""
    n0, n1 = name
    last = words[n1 - 1].text
    return (
        n0 >= 1
        and n1 == len(words)
        and words[n0 - 1].text.lower() == "the"
        and last.lower() in PARTIES
        and last not in surnames
        and (n1 - n0 == 1 or is_place([w.text for w in words[n0 : n1 - 1]]))
    )


def _party_named(words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]) -> bool:
    """Whether the name ends in a party's word, alone or after a listed place, or in its
    plural after any words: a member, members or the party's adjective ("Six in 10
    Republican said", "Vermont Democrats said", "Establishment Republicans say",
    "Democratic hopeful", "Democratic calls for"), and that word is no surname of someone
    the article names in full: members described, no one named. (After "the" with a place
    it is one member: :func:`_party_member_of_place`.)"""
    n0, n1 = name
    last = words[n1 - 1].text
    return (
        lexicons.party_word(last)
        and last not in surnames
        and (n1 - n0 == 1 or last.endswith("s") or is_place([w.text for w in words[n0 : n1 - 1]]))
    )


def _outlet_named(
    words: list[Token], name: tuple[int, int], cue: str, surnames: AbstractSet[str]
) -> bool:
    """Whether the name is an outlet's or an organisation's: a lower-case noun for one
    stands right before it ("Portuguese newspaper Correio de Manha reports", "the
    watchdog group Judicial Watch"), or it reports ("Western Journalism reported", "Right
    Wing Watch first reported", "documented by Fusion") and no person bears it: no
    listed first name, no title, no surname of someone the article named in full, and
    one word, or a frequent word or one the gazetteer knows among its words. A noun
    before the surname of someone the article names in full is no outlet's: "the kind of
    campaign Ayotte hoped to run" after "Kelly Ayotte" is hers ("newspaper Nordlys Avis"
    stays an outlet whatever first name "Avis" is)."""
    n0, n1 = name
    if n0 > 0 and words[n0 - 1].text in OUTLET_NOUNS:
        return not any(w.text in surnames for w in words[n0:n1])
    if cue.lower() not in REPORT_CUES:
        return False
    named = [w.text for w in words[n0:n1]]
    if any(_person_word(w, surnames) for w in named):
        return False
    return _outlet_like(named)


def _outlet_like(named: list[str]) -> bool:
    """Whether the words of a name read as an outlet's or an organisation's: one word, or a
    frequent word or one the gazetteer knows among them ("Haaretz", "Western Journalism",
    "Oxford Economics", "Vermont Edition"; not "Hedrick Smith")."""
    return len(named) == 1 or any(
        nlp.is_frequent_word(w) or mark
        for w, mark in zip(named, nlp.gazetteer_marks(named), strict=True)
    )


def _cited_no_one(
    text: str, words: list[Token], name: tuple[int, int], cue: str, surnames: AbstractSet[str]
) -> bool:
    """Whether a name only cited ("according to Examplia", "in Examplia's words") is no
    person's: it is the whole noun phrase, after "the" at most, one word or with a
    frequent word or a listed name among its words (:func:`_outlet_like`), no word
    of it is a listed first name, a title, an initial or the surname of someone the
    article named in full, and nowhere in the article does a first name, title or
    honorific stand right before it. The article never shows the person such a name
    would be: an outlet's or a survey's. A clause of saying opened by "as" cites alike
    ("As Examplia put it, ...", "..., as Examplia reported")."""
    n0, n1 = name
    if cue.lower() not in CITING_CUES and not _as_clause_subject(text, words[0].span.start):
        return False
    if n1 != len(words):
        return False
    if n0 > (1 if words[0].text.lower() == "the" else 0):
        return False
    named = [w.text for w in words[n0:n1]]
    return _outlet_like(named) and _never_a_persons(named, text, surnames)


def _as_clause_subject(text: str, start: int) -> bool:
    """Whether the noun phrase at ``start`` follows an "as" that opens a clause: "As"
    (a sentence's first word) or "as" after a comma, a colon or a dash ("As Examplia put
    it", "..., as Examplia reported"; not "such as", "the same as")."""
    return AS_CLAUSE.search(text, max(0, start - 12), start) is not None


def _listed_organisation_alone(
    text: str, words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the name is one the lexicons list whole as an organisation's ("Examplesoft
    promised") and the article never shows a person by it (:func:`_never_a_persons`)."""
    n0, n1 = name
    named = [w.text for w in words[n0:n1]]
    if words[n1 - 1].tag in {"NNPS", "NNS"}:
        return False  # "Republicans": members, not the party
    return nlp.listed_kind(named) == "organisation" and _never_a_persons(named, text, surnames)


def _never_a_persons(named: list[str], text: str, surnames: AbstractSet[str]) -> bool:
    """Whether capitalised words no person bears in the article: none of them a listed first
    name, a title or the surname of someone it named in full, and nowhere a first name,
    title or honorific right before them ("Mr. Examplia", "Jane Examplia")."""
    if any(_person_word(w, surnames) or not w[:1].isupper() or INITIAL.fullmatch(w) for w in named):
        return False  # "E. J. Fleming": initials are a person's
    written = re.escape(" ".join(named)).replace(r"\ ", r"\s+")
    for found in re.finditer(rf"([A-Z][\w.'\u2019-]*)\s+{written}(?!\w)", text):
        if _person_word(found.group(1), surnames):
            return False
    return True


def _plural_named(words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]) -> bool:
    """Whether the name is its noun phrase, after a determiner at most (not "A new Latino
    Decisions | poll found", "The latest Rasmussen Reports | poll": what a poll is by),
    ends in a common noun's plural as a business's does (:func:`plural_common_head`: "Sound
    Island Ferries"), and is no listed place or body ("United States") nor written with the
    surname of someone the article names in full."""
    n0, n1 = name
    named = [w.text for w in words[n0:n1]]
    return (
        n1 == len(words)
        and all(w.text.lower() in lexicons.DETERMINERS_AND_OWNERS for w in words[:n0])
        and named[-1] not in surnames
        and nlp.listed_kind(named) is None
        and plural_common_head(named)
    )


def _surname_alone(text: str, name_text: str, surnames: AbstractSet[str]) -> bool:
    """Is a one-word name that is also an organisation's ("Fox", "Ford") the surname of a
    person the article has named in full ("Ed Fox ... Fox said"), and nowhere in the
    article the first word of a longer name ("Fox News")?"""
    return (
        name_text in surnames
        and " " not in name_text
        and re.search(rf"\b{re.escape(name_text)}\s+[A-Z]", text) is None
    )


def _organisation_head_named(
    words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]
) -> bool:
    """Whether the name closes with a word for an organisation (:func:`core.speakers.
    organisation_noun_closes`: "Brookings Institution", "Pine Hollow Golf Club", "Time
    Magazine") that is no surname of someone the article names in full ("Cllr Obi"
    after "Cllr Sandra Obi")."""
    named = [w.text for w in words[name[0] : name[1]]]
    return named[-1] not in surnames and organisation_noun_closes(named)


def _known_organisation(cast: Cast, name_text: str) -> bool:
    """Whether the article has already spoken of an organisation by this very name,
    written alike ("Examplia reveals" after "according to Examplia"; not "Dizon said"
    after a label "DIZON:"), or by a longer name that opens with its two words or more,
    none a listed first name ("Valley Harvest said" after "Valley Harvest Markets said")."""
    short = " " in name_text and not any(map(nlp.is_first_name, name_text.split()))
    return any(
        p.kind == SpeakerKind.ORGANISATION
        and (p.name == name_text or short and p.name.startswith(name_text + " "))
        for p in cast.people
    )


def _person_word(word: str, surnames: AbstractSet[str]) -> bool:
    """Does the word show a person: a listed first name, a title, or the surname of
    someone the article names in full?"""
    return nlp.is_first_name(word) or nlp.is_title(word) or word in surnames


def _mark_before(text: str, at: int) -> str:
    """The last character before ``at`` that is no space ("" at the start of the text)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at > 0 else ""


def _common_word_named(cast: Cast, words: list[Token], name: tuple[int, int]) -> bool:
    """Whether the "name" of ``words`` is one common word or plural, after nothing but
    lower-case words ("the", "many", "two out of three"), that the article never gives
    anyone as a surname (:meth:`NameMatcher.common_word_alone`)."""
    n0, n1 = name
    if n1 - n0 != 1 or any(w.text[:1].isupper() for w in words[:n0]):
        return False
    return cast.names.common_word_alone(words[n0].text)


def _plural_verb(after: Token | None, cue: str) -> bool:
    """Whether ``after``, the word after a noun phrase, is a plural verb: "say", "were",
    or the phrase's own verb ``cue`` in its bare form ("fear"), which the tagger may read as
    a noun; not "says", "said", "feared"."""
    if after is None or not after.text.islower():
        return False
    if after.tag in {"VBP", "VB"} or after.text == "were":
        return True
    return (
        after.text == cue
        and after.tag not in {"VBD", "VBN", "VBZ", "VBG"}
        and not cue.endswith(("s", "ed"))
        and lexicons.cue_forms().get(cue, cue) == cue
    )


def _group_named(
    cast: Cast,
    text: str,
    words: list[Token],
    name: tuple[int, int],
    after: Token | None = None,
    cue: str = "",
) -> bool:
    """Whether the "name" of ``words`` is a group: people described, not named
    (:meth:`NameMatcher.group_word_alone`):

    - a plural demonym, after nothing but lower-case words or words ending in "an"
      ("Americans", "many Americans", "Cuban Americans");
    - any capitalised plural after a quantifier ("Many Evangelicals", "Some Catholics"):
      no one's name takes "many";
    - a capitalised plural alone whose verb is plural ("Jews fear", "Latinos say",
      "Catholics were"), where a surname would take "fears", "says";
    - a plural common noun heading its sentence ("Congregants pass around copies")."""
    n0, n1 = name
    if n1 != len(words) or any(w.text[:1].isupper() for w in words[:n0]):
        return False
    last = words[n1 - 1]
    if (
        last.text.endswith("ans")
        and all(
            nlp.is_frequent_word(w.text) or w.text.endswith("an") and not nlp.is_first_name(w.text)
            for w in words[n0 : n1 - 1]
        )
        and cast.names.group_word_alone(last.text)
    ):
        return True
    plural = last.text.endswith("s") and not last.text.endswith(("ss", "'s", "’s"))
    if plural and n1 - n0 == 2 and words[n0].text.lower() in QUANTIFIERS:
        # "Many Evangelicals": the phrase may already be a row of the cast, so its word
        # is asked only whether it is a first name or a title
        return not (nlp.is_first_name(last.text[:-1]) or lexicons.is_title_word(last.text))
    if plural and n1 - n0 == 1 and _plural_verb(after, cue):
        # "Jews fear", "Germans have" ("German" is a first name too), not "Jones fears"
        return cast.names.group_word_alone(last.text, shortest=4, first_names=False)
    opens = _mark_before(text, last.span.start) in {"", ".", "!", "?"}
    return (
        n1 - n0 == 1
        and n0 == 0
        and last.tag == "NNS"
        and opens
        and cast.names.group_word_alone(last.text)
    )


def _no_person_named(words: list[Token], name: tuple[int, int], surnames: AbstractSet[str]) -> bool:
    """Whether a name no person bears: "the" and capitalised words with no listed first
    name, no title and no surname of someone the article named in full ("according to
    the Washington Free Beacon", "The Blaze reported"): a publication, an organisation.
    Not a demonym ("the Texan said": a person described)."""
    n0, n1 = name
    named = [w.text for w in words[n0:n1]]
    if n0 != 1 or words[0].text.lower() != "the":
        return False
    if n1 != len(words) and not in_a_place(words, n1):
        return False  # "The Holocaust Memorial Museum in Washington": its name, then where
    if any(_person_word(w, surnames) for w in named):
        return False
    if nlp.demonym_places(named) and not named[-1].endswith(("ese", "ish")):
        return False  # "the Vermonter", "the New Yorker"; not "the Chinese", a people
    return len(named) > 1 or not named[0].endswith("an")


def _named_for_purpose(words: list[Token], name: tuple[int, int]) -> bool:
    """Whether the name holds "to", "for" or "on" between its capitalised words, or an
    owner's "'s", as only an organisation's does ("Right to Rise USA", "Campaign for
    Accountability", "Council on Foreign Relations", "Emily's List"); a person's name joins
    none (:func:`core.phrases.name_tokens`)."""
    n0, n1 = name
    return any(w.text in {"to", "for", "on"} or w.tag == "POS" for w in words[n0 + 1 : n1 - 1])
