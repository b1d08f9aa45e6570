"""Nominals and descriptions in an article's text: "the senator", "a senior official".

What :class:`core.speakers.Cast` asks of a noun phrase that stands for a person without
naming one, and of the description written beside a name: whether a role given to
someone fits a nominal (:func:`role_fits`: "Sen. Ann Lee" is "the senator", not "the
governor"), whether the article introduced someone unnamed by it before
(:func:`unnamed_before`: "A senior official said ... the official said"), whether a
head word may be a person's (:func:`person_head`), what a description set off before or
after a naming says of it (", a ferryman,"), a relative's noun (kin), whose document or
statement a speaker phrase names ("his statement read": his) and how a document's sender
follows it ("the letter, signed by"). No mention state and no
:class:`core.person.Person`: each function reads the text, words or roles it is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from core import lexicons, nlp
from core.document import Span, Token
from core.kind_evidence import HONORIFIC_GENDER, KIN_NOUNS, organisation_noun
from core.person_names import KIN_OWNED_PATTERN, WORD, kin_introducing, singular_person
from core.phrases import person_noun

APPOSITIVE_OPENING = re.compile(r"(?:['\u2019]s?)?,([^.;:\n]*)")  # after a naming: ", a ferryman"
TITLE_WORD = re.compile(r"[^\W\d_][\w.\-]*")  # a word before a name: "ferryman", "Capt."
OTHER_OFFICE = frozenset(
    {"vice", "deputy", "assistant", "lieutenant", "former", "acting", "associate", "ex", "co"}
)  # before a role noun, another office than the noun alone names
# a British secretary of state, whom reporters call "the minister" too: "the health
# secretary", "Home Secretary" (not "press secretary", "general secretary" of a union,
# "secretary of state", "Secretary Clinton": American offices)
CABINET_SECRETARY = re.compile(
    r"\b(?!press\b|general\b|executive\b|permanent\b|cabinet\b)[a-z]+ secretary\b(?! of\b)",
    re.IGNORECASE,
)
HEAD_OF_STATE = re.compile(  # offices "the leader" names when a country's word is on both
    r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan)\b", re.IGNORECASE
)
GRADED_RANKS = frozenset({"admiral", "general", "colonel"})  # whose grades keep the rank's name
RANK_GRADES = frozenset({"vice", "lieutenant"})  # "Vice Adm.", "Lt. Gen.", "Lt. Col."
ANOTHER_OFFICE = OTHER_OFFICE - {"former", "ex"}  # in a nominal: "the former president"
NOMINAL_REACH = 3000  # characters: how far back "the official" finds "a senior official"
# or "Ann Lee, an official": no further in a book-length text
# a document noun and how its sender follows it: "an email from |the city manager, Harold
# Quint", "an email was sent from |the club's director", "the statement, which was
# attributed to |Miller", "The letter, signed by |Mayor Tom Edwards", "a report released
# Monday by |the committee", "a lawsuit has been filed by |a former aide"
ARTICLES = ("a ", "an ", "the ")  # opening a description
SENT_LEAD = r"[\w-]+,?\s+(?:which\s+)?(?:(?:was|were|(?:has|have|had)\s+been)\s+)?"
SENT_FROM = (
    r"(?:sent\s+)?from|attributed\s+to"
    r"|(?:sent|written|signed|penned|released|issued|published|prepared|filed)"
    r"\s+(?:[\w.:]+\s+){0,4}?by"
)
DESCRIBED_AFTER = re.compile(r",\s+an?\s+([^,.;:\n]+)")  # ", a 20-year-old junior"
DESCRIBED_BEFORE_NAMING = nlp.EndPattern(  # "a retired veterinarian, Dr. |", "The moderator, |"
    re.compile(
        r"\b(?:[Tt]he|His|Her|Their|[Aa]n?)\s+((?:[a-z][\w'\u2019-]*\s+){0,2}[a-z][\w-]*),\s+"
        r"(?:[A-Z][a-z]{1,4}\.\s+)?$"
    ),
    (",", "."),
    True,
)
OWNED_KIN = re.compile(KIN_OWNED_PATTERN)  # a role written so: "Her daughter", "his late wife"
ROLE_HEAD = re.compile(  # a role's head: its last word before a preposition or clause
    r"(?:[^,(]*?\s)??([\w\-]+)(?:\s+(?:of|for|at|in|with|from|on|to|who|that)\b|[,(]|\s*$)"
)
ROLE_NEAR = 120  # characters each side of a naming that a role written there stays within


@lru_cache(maxsize=1 << 12)
def role_head(role: str) -> str | None:
    """The head noun of a role that is a noun phrase ("a retired four-star general":
    "general"), in lower case; None for a verb phrase ("managed Al Gore's campaign",
    "chairs the residents' association") or an organisation's word ("campaign")."""
    found = ROLE_HEAD.match(role)
    if found is None or found.group(1).lower() in lexicons.ORGANISATION_HEADS:
        return None
    if found.group(1)[:1].isupper() and not role[: found.end(1)].istitle():
        return None  # a name's word: "chairs the Westbay Residents' Association"
    tags = [t.tag for t in nlp.tag(nlp.tokenize(role, 0, found.end(1)))]
    if not tags or not tags[-1].startswith("NN"):
        return None
    if tags[0] in ("VB", "VBD", "VBZ", "VBP"):
        return None  # "runs the ticket booth"
    if tags[0] == "VBN" and tags[1:2] in (["DT"], ["NNP"]):
        return None  # "managed Al Gore's campaign"; not "retired general"
    return found.group(1).lower()


ANOTHERS_OFFICE = re.compile(  # a preposition's object ends the role: the office is another's
    r"\b(?:by|to|for|with|under|against|of)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)


def office_word(written: str, head: str) -> re.Match[str] | None:
    """Where the role ``written``, titles spelled out, has the office ``head`` names."""
    office = lexicons.NOMINAL_OFFICES.get(head, head)
    role = " ".join(map(lexicons.spelled_out, written.split()))
    if role.isascii() and office.isascii() and office.lower() not in role.lower():
        found = None  # no match, without compiling the office's pattern (a compile for
        # each office met): between ASCII texts, IGNORECASE matches only ASCII case pairs
    else:
        found = re.search(rf"\b{re.escape(office)}\b", role, re.IGNORECASE)
    if found is None and head == "minister":
        found = CABINET_SECRETARY.search(role)  # "the transport secretary": a minister
    if found is None and head in role.lower() and _compounds(head):
        found = re.search(rf"\b[a-z]{{3,}}{head}\b", role, re.IGNORECASE)  # "a retired
        # schoolteacher" is "the teacher": a compound the role noun closes
    return found


def _compounds(head: str) -> bool:
    """May a compound word that ``head`` closes name it, as ``lexicons.compound_role_noun``
    reads a person noun ("schoolteacher", "speechwriter")? A trade, not an office (an
    "undersecretary" is not "the secretary") nor kin (a grandmother is not "the mother")."""
    return (
        head in lexicons.long_role_nouns()
        and head not in KIN_NOUNS
        and not lexicons.is_title_word(head)
    )


def role_names(written: str, head: str, words: Sequence[str] = ()) -> bool:
    """Does the role ``written`` have ``head`` as a word, with no word before it that makes
    it another office ("Vice President" is not "the president") unless the nominal's own
    ``words`` say it too, and the other way round ("its senior vice president" is not
    "President Obama"; but "the former president" may be "President Bush")? Titles count
    spelled out ("Sen." is "the senator"; "Rep." is "the congressman")."""
    found = office_word(written, head) or _national_leader(written, head, words)
    if found is None or re.match(r"['\u2019]s?\b", found.string[found.end() :]):
        return False  # "the coach’s wife" is not the coach: an owner, not the role
    if ANOTHERS_OFFICE.search(found.string, 0, found.start()):
        return False  # "a Republican appointed by the governor" is not the governor
    lower = {w.lower() for w in words}
    if "retired" in lower:
        lower.add("former")  # "the retired judge" may be a "former state judge"
    before = set(re.findall(r"[a-z]+", found.string[: found.start()].lower()))
    if head in GRADED_RANKS:
        before -= RANK_GRADES  # a vice admiral is "the admiral", a lieutenant general "the general"
    ours, theirs = _places(words), _role_places(written)
    if ours and theirs and ours.isdisjoint(theirs):
        return False  # "the Florida senator" is not the "senator from Vermont"
    return not (before & OTHER_OFFICE) - lower and not (lower & ANOTHER_OFFICE) - before - {head}


def _national_leader(written: str, head: str, words: Sequence[str]) -> re.Match[str] | None:
    """Where the nominal is "the <Country's word> leader" ("the Mexican leader", "the
    German leader"), the head of state or government the role ``written`` names with that
    word before it ("Mexican President", "German Chancellor")."""
    if head != "leader":
        return None
    found = HEAD_OF_STATE.search(written)
    if found is None:
        return None
    country = {w for w in words[1:-1] if w[:1].isupper()}
    return found if country & set(re.findall(r"[\w\u2019'-]+", written[: found.start()])) else None


def role_fits(written: str, head: str, words: Sequence[str]) -> bool:
    """Does the role ``written`` name what the nominal ``head`` does (:func:`role_names`),
    and the place the nominal's ``words`` name if any ("the Florida senator" is not one
    whose role names no state), and no other age ("the 31-year-old" is not one written
    "29-year-old")? A demonym names a role that names its place ("the South Carolinian"
    is one written "South Carolina Sen." or "governor of South Carolina")."""
    ours = set(AGED.findall("".join(words)))
    theirs = set(AGED.findall(re.sub(r"\s*-\s*", "-", written)))  # "29 - year - old" too
    if ours and theirs and ours.isdisjoint(theirs):
        return False
    demonym = nlp.demonym_places(list(words) or [head])  # the role's places read only then
    if demonym and demonym & _role_places(written):
        return True
    return role_names(written, head, words) and _places(words) <= _role_places(written)


def place_complement(words: Sequence[str]) -> list[str]:
    """ "from Texas" opening ``words`` (after a nominal's head: "The senator from Texas
    laughed", "The governor of New Mexico said"): "from" or "of" and a listed place ending
    where the words go on; [] otherwise. :func:`role_fits` then asks the role for the
    place, as it does of "the Texas senator"."""
    if len(words) < 3 or words[0] not in ("from", "of"):
        return []
    ends = [b for a, b, kind in nlp.known_spans(list(words[1:])) if a == 0 and kind == "LOC"]
    return list(words[: 1 + max(ends)]) if ends and 1 + max(ends) < len(words) else []


def holds_office(role: str) -> bool:
    """Does a role hold an office, a word of a title ("Sen.", "governor", "Vermont
    senator"), not a description alone ("“Orange is the New Black” star")?"""
    return any(lexicons.is_title_word(w) for w in re.findall(r"[\w.]+", role))


def holds_public_office(role: str) -> bool:
    """Does a role hold a public office (:func:`holds_office`), not a degree's, a cleric's or
    a courtesy title alone ("Dr.", "the Rev.", "Mr.": a doctor may be "the physician")?"""
    return holds_office(COURTESY_TITLES.sub("", role))


COURTESY_TITLES = re.compile(  # a degree's, a cleric's and the honorifics ("Mr.", "Dame")
    rf"\b(?:Dr|Prof|Rev|{'|'.join(HONORIFIC_GENDER)})\b\.?", re.IGNORECASE
)


def office_head(role: str) -> bool:
    """Is the role's head, its last word before any "of", a word of a title ("opposition
    MP", "Speaker of the assembly", "former governor"; not "chief rival")?"""
    words = re.findall(r"[\w.]+", re.split(r"\s+of\s+", role)[0])
    return bool(words) and lexicons.is_title_word(words[-1])


def _places(words: Sequence[str]) -> set[str]:
    """The listed places ``words`` name ("Florida" in "the Florida senator")."""
    return {" ".join(words[a:b]) for a, b, kind in nlp.known_spans(words) if kind == "LOC"}


def _role_places(written: str) -> set[str]:
    """The listed places a role names ("Iowa" in "Sen. (R-Iowa)")."""
    return _places(re.findall(r"\w+", written))


def roles_fitting(
    span: Span, head: str, words: Sequence[str], roles_at: Callable[[int, int], Iterable[str]]
) -> list[str]:
    """The roles the article gives at a naming ``span`` that name what a nominal does."""
    return [role for role in roles_at(span.start, span.end) if role_fits(role, head, words)]


PRONOUN_OF_OWNER = {"his": "he", "her": "she"}
# a capitalised owner in a role: "Crewe's" in "Sen. Alan Crewe's spokesman"
NAMED_OWNER = re.compile(r"\b([A-Z][a-z]+)['\u2019]s\b")


def people_plural(word: str) -> bool:
    """Is ``word`` the plural of a noun for people by what they are or do ("nurses",
    "farmers", "residents"; not "trees", "stocks")?"""
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return person_noun(one) or lexicons.agent_noun(one)


def one_of_people(words: Sequence[str]) -> int | None:
    """Where the plural noun for people of "One of the boys", "Another of his friends"
    is in ``words``, or None."""
    if len(words) < 4 or words[1] != "of" or words[2] not in ("the", "his", "her", "their"):
        return None
    bare = words[3].removesuffix("s")
    return 3 if bare != words[3] and singular_person(bare) else None


def nominal_head(word: str) -> bool:
    """A role noun in the singular ("minister", not "ministers")."""
    return lexicons.is_role_noun(word) and not (word.endswith("s") and not word.endswith("ss"))


AGED = re.compile(r"\d+-year-old")  # "the 46-year-old said": a person of that age


DOCUMENT_NOUNS = frozenset(
    {"comments", "memo", "memoir", "book", "column", "op-ed", "editorial", "essay", "message",
     "ad", "video", "note", "blog", "tweets", "posts", "emails", "letters", "statements",
     "policy", "report", "filing", "notice", "document", "complaint", "lawsuit", "suit",
     "guide"}
)  # fmt: skip
# besides the speech nouns: what a person writes or says, under their name
SITE_NOUNS = frozenset({"website", "site"})  # where a body or person publishes, and speaks
CHANNEL_NOUNS = frozenset({"account", "feed", "page", "profile", "channel"}) | SITE_NOUNS
# where a person writes under their name ("her Twitter account posted")
POSTED_NOUNS = frozenset({"post", "posts", "tweet", "tweets", "video"})
# what a platform carries, others' words under the platform's name ("a Facebook post")
OWNER_PRONOUNS = frozenset(PRONOUN_OF_OWNER)
OWNED_HEAD_END = frozenset({"to", "from", "on", "about", "in", "of", "for", "with", "that", ","})
MODIFIER_TAGS = frozenset({"JJ", "VBG", "VBN", "NN", "CD"})  # "fundraising", "first", "2002"
OWNER_TAGS = frozenset({"NNP", "NNPS", "NNS", "NN", "DT", "JJ"})  # "the newspaper", "Sen. Ayotte"


def _published_noun(word: str) -> bool:
    """Is ``word`` a document or speech noun, or a site one is published on ("memo",
    "statement", "website"): the head :func:`document_owner` and :func:`document_body`
    read?"""
    return word in DOCUMENT_NOUNS or word in SITE_NOUNS or word in lexicons.speech_nouns()


def _document_head_end(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """The index past the head noun of the speaker phrase ``tokens[i:j]`` (its last word
    before any of :data:`OWNED_HEAD_END`), when that is a lower-case noun of a document
    or speech (:func:`_published_noun`: "the foundation's website says"); else None."""
    end = next((n for n in range(i + 1, j) if tokens[n].text in OWNED_HEAD_END), j)
    head = tokens[end - 1]
    if not head.text.islower() or not head.tag.startswith("NN"):
        return None
    return end if _published_noun(head.text) else None


def document_owner(tokens: Sequence[Token], i: int, j: int) -> tuple[int, int] | None:
    """Where the words naming the owner of the document or speech the speaker phrase
    ``tokens[i:j]`` is stand ("Sanders’ fundraising email to his supporters notes":
    Sanders; "his statement read": his; "the newspaper's editorial telling": the
    newspaper), when its head noun is a speech or document noun and a possessive (a
    name's, or "his" or "her") stands before it with only modifiers between, inside the
    phrase or just before it: the owner, not the document, speaks. None otherwise
    ("Trump's campaign said", "her lawyer said", "an email to Sanders's supporters")."""
    end = _document_head_end(tokens, i, j)
    if end is None:
        return None
    for m in range(end - 2, max(-1, end - 6), -1):
        word = tokens[m]
        if word.tag == "PRP$":
            return (m, m + 1) if word.text.lower() in OWNER_PRONOUNS else None
        if word.tag == "POS":
            start = m
            while start > max(0, m - 5) and tokens[start - 1].tag in OWNER_TAGS:
                start -= 1
            return (start, m) if start < m else None
        if word.tag not in MODIFIER_TAGS or not word.text.islower():
            return None
    return None


# between a naming and the second of two descriptions set beside it, whose article may
# be left out of the description's row: "Lionel Sosa|, a media consultant and |an
# influential Republican who said", "Ann Roe|, a teacher and the |author of two books"
SERIES_GAP = re.compile(
    r",[ \t\xa0]+(?:an?|the)[ \t\xa0]+[^,.;:()\n\u201c\u201d\"]+?[ \t\xa0]+and[ \t\xa0]+"
    r"((?:an?|the)[ \t\xa0]+)?"
)


def second_appositive(text: str, naming_end: int, at: int) -> bool:
    """Is the description at ``at`` the second of two set beside the naming that ends at
    ``naming_end``, joined by "and" ("said Lionel Sosa, a media consultant and an
    influential Republican who said": Sosa's)?"""
    gap = SERIES_GAP.fullmatch(text, naming_end, at)
    return gap is not None and (gap.group(1) is not None or text.startswith(ARTICLES, at))


def owned_thing(words: Sequence[Token]) -> bool:
    """Is the speaker phrase ``words`` a possessive "his" or "her" before lower-case
    modifiers and a head noun for what a person thinks or makes ("his assumption", "His
    enduring image", "her ads"): none for a person, a group, an organisation or a thing
    that says nothing (``lexicons.thing_noun``: "his eyes", "his willingness"; not "his
    wife", "her advisers", "his passenger", "his family", "His office")? What it says,
    its owner says."""
    if len(words) < 2 or words[0].tag != "PRP$" or words[0].text.lower() not in OWNER_PRONOUNS:
        return False
    end = next((n for n in range(1, len(words)) if words[n].text in OWNED_HEAD_END), len(words))
    head = words[end - 1]
    if end == 1 or head.tag not in {"NN", "NNS"} or not head.text.islower():
        return False
    if any(w.tag not in MODIFIER_TAGS or not w.text.islower() for w in words[1 : end - 1]):
        return False
    word, bare = head.text, head.text.removesuffix("s")
    return not (
        person_head(word)
        or people_plural(word)
        or singular_person(bare)  # "his passenger"
        or organisation_noun(word)
        or word in lexicons.organisation_nouns()  # "his family"
        or lexicons.party_member(bare)
        or lexicons.thing_noun(word)
    )


def document_body(tokens: Sequence[Token], i: int, j: int) -> tuple[int, int] | None:
    """Where the capitalised name set before the head of the document the speaker phrase
    ``tokens[i:j]`` is stands, lower-case modifiers at most between, with a "campaign"
    right after it ("a Clinton campaign memo", "A 2014 House Intelligence Committee
    report", "the Heritage Foundation website notes"); None otherwise. Whether the name is
    an organisation's, who put the document out, is the caller's to judge."""
    end = _document_head_end(tokens, i, j)
    if end is None or tokens[end - 1].text in POSTED_NOUNS:
        return None  # "a Facebook post", "a YouTube video": the platform is no author
    m = end - 2
    while m >= i and tokens[m].text.islower() and tokens[m].tag in MODIFIER_TAGS:
        m -= 1
    last = m + 1
    while m >= i and tokens[m].tag.startswith("NN") and tokens[m].text[:1].isupper():
        m -= 1
    if m + 1 == last or m >= i and tokens[m].tag in ("PRP$", "POS"):
        return None  # "his Facebook profile": his (see document_owner)
    return m + 1, last + (tokens[last].text == "campaign" and last < end - 1)


def person_head(head: str, words: Sequence[str] = ()) -> bool:
    """May a nominal with this head word refer to a person: a role noun ("the senator"),
    or an age alone after its determiner (``words``, as the tagger splits them: "the 46 -
    year - old"), or ``words`` that end in a person phrase ("Hale's running mate")?"""
    return (
        lexicons.is_role_noun(head)
        or AGED.fullmatch("".join(words[1:])) is not None
        or lexicons.ends_in_person_phrase(words)
    )


def kin_role(role: str, noun: str) -> bool:
    """Is ``role`` the kin ``noun``, alone or someone's ("brother", "Her daughter", "his
    late wife")?"""
    return role.strip().lower() == noun or owned_kin_role(role, noun)


def owned_kin_role(role: str, noun: str) -> bool:
    """Is ``role`` written as someone's relative of the kin ``noun`` ("Her daughter",
    "his late wife", "Winslow's mother")?"""
    found = OWNED_KIN.fullmatch(role.strip())
    return found is not None and found.group("kin") == noun


def kin_apposed(text: str, span: Span, noun: str) -> bool:
    """Does a naming at ``span`` stand as the appositive of someone's relative of the kin
    ``noun`` ("Winslow's mother, | Deb Winslow")?"""
    return kin_introducing(text, span.start) == noun


FEW_OPENERS = (  # "Several Republican senators said ... “...,” the senator said"
    r"[Ss]everal|[Ss]ome|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Aa] few|[Aa] handful of"
)


A_FEW_OPENING = re.compile(rf"(?:{FEW_OPENERS})\s")  # a few people, none of them one


@lru_cache(maxsize=1 << 10)
def indefinite_of(head: str) -> re.Pattern[str]:
    """An indefinite noun phrase of a few modifiers and the head ``head``: "a senior Obama
    administration official", "One man in Manchester", "another source", "an F.D.A.
    official" (an initialism's periods are its own; no other word's: a sentence ends there),
    or a few unnamed people of it ("Several Republican senators", "two officials"), one of
    whom "the senator" may be."""
    modifier = r"(?:[\w\-\u2019']+|(?:[A-Z]\.){2,})"  # "senior", "F.D.A."
    return re.compile(
        rf"(?<![\w\-])(?:[Aa]n?|[Oo]ne|[Aa]nother|{FEW_OPENERS})\s+(?:{modifier}\s+){{0,4}}?"
        rf"{re.escape(head)}s?\b"
    )


@lru_cache(maxsize=1 << 10)
def _possessed(head: str) -> re.Pattern[str]:
    """A possessive noun phrase of a few modifiers and the head ``head``: "Cameron's
    spokesman", "the prime minister’s spokesman", "his longtime aide"."""
    return re.compile(
        rf"(?<![\w\-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\w+['\u2019]s?)\s+"
        rf"(?:[\w\-\u2019']+\s+){{0,3}}?{re.escape(head)}s?\b"
    )


DESCRIBING = re.compile(  # what makes an indefinite describe someone: "Ben Jealous, a ...",
    # "Gareth Lloyd, 29, a ..." (an age set off between the name and its description)
    r"(?:[A-Z][\w.'\u2019\-]*,(?:\s*\d{1,3},)?|\b(?:is|was|as|be|been|became|becomes))\s*$"
)
NAME_AFTER = re.compile(r",?[ \t\xa0]+[A-Z]")  # "Cameron's spokesman, Craig Oliver": named


WORD_AFTER = re.compile(r"\s+(\w+)")  # the word after a phrase


def _headline_aside(text: str, phrase: re.Match[str]) -> bool:
    """Is the found ``phrase`` in the text's first line (its headline) without speaking
    there? A headline's indefinite ("... faces a test from a political newcomer") sums up
    someone the article goes on to name and introduces no unnamed source; one a cue verb
    follows ("A senior official says ...") does."""
    if phrase.start() > text.find("\n"):
        return False
    verb = WORD_AFTER.match(text, phrase.end())
    return verb is None or verb.group(1).lower() not in lexicons.cue_forms()


def unnamed_before(text: str, head: str, at: int) -> bool:
    """Has the text introduced someone unnamed as an indefinite or possessive ``head``
    before ``at``, in reach ("A senior official said ... the official said", "Cameron's
    spokesman said ... the spokesman said"), not as a description of someone named ("Ben
    Jealous, a former NAACP leader", "Reid is a leader", "Clinton's spokesman Brian
    Fallon")?"""
    start = max(0, at - NOMINAL_REACH)
    if text.find(head, start, at) < 0:
        return False  # no match can be found: no pattern is compiled for the noun
    possessed = _possessed(head).finditer(text, start, at)
    found = [
        *indefinite_of(head).finditer(text, start, at),
        *(m for m in possessed if not NAME_AFTER.match(text, m.end())),
    ]
    return any(introduces(text, phrase) and not _headline_aside(text, phrase) for phrase in found)


def unnamed_introduction(text: str, head: str, at: int) -> re.Match[str] | None:
    """The last indefinite noun phrase of ``head`` before ``at``, in reach, that
    introduces someone unnamed (see :func:`unnamed_before`): "A senior campaign official"
    for "the official" after "A senior campaign official, briefing reporters, said";
    None where the last is a few people of it ("Several Republican senators said":
    :data:`FEW_OPENERS`), of whom "the senator" is no one in particular."""
    start = max(0, at - NOMINAL_REACH)
    if text.find(head, start, at) < 0:
        return None
    found = indefinite_of(head).finditer(text, start, at)
    found = [m for m in found if introduces(text, m) and not _headline_aside(text, m)]
    return found[-1] if found and not A_FEW_OPENING.match(found[-1].group(0)) else None


def introduces(text: str, phrase: re.Match[str]) -> bool:
    """Is the found ``phrase`` a noun phrase of its head ("a great fit for president" is
    not) that describes no one named just before it?"""
    modifiers = phrase.group(0).lower().split()[1:-1]
    if any(w in lexicons.function_words() for w in modifiers):
        return False
    describing = DESCRIBING.search(text, max(0, phrase.start() - 40), phrase.start())
    return describing is None or _opening_adverb(text, describing)


OPENING_WORD = re.compile(r"([A-Z][a-z]+),\s*$")  # "Inside, " before "a county sheriff"


def _opening_adverb(text: str, describing: re.Match[str]) -> bool:
    """Is what :data:`DESCRIBING` found before an indefinite a frequent word opening its
    sentence, set off by a comma ("Inside, a county sheriff warmed up the crowd"), not a
    name: one the text writes after no capitalised word ("Condoleezza Rice" makes "Rice, a
    former secretary of state," a naming)?"""
    found = OPENING_WORD.match(text, describing.start(), describing.end())
    before = text[max(0, describing.start() - 3) : describing.start()].rstrip(" \t\xa0")
    if found is None or before[-1:] not in ("", "\n", ".", "!", "?", "\u201d", '"'):
        return False
    word = found.group(1)
    if not nlp.is_frequent_word(word):
        return False
    return re.search(rf"[A-Z][\w.\u2019'-]*[ \t\xa0]+{word}\b", text) is None


def in_appositive(text: str, end: int, head: str) -> bool:
    """Does an appositive after the naming that ends at ``end`` hold the word ``head``
    within its first ``ROLE_NEAR`` characters ("Olav Brekke, a ferryman")?"""
    found = APPOSITIVE_OPENING.match(text, end, end + ROLE_NEAR + 4)
    if found is None:
        return False
    for word in WORD.finditer(found.group(1)):
        if word.start() > ROLE_NEAR:
            return False
        if word.group().lower() == head:
            return True
    return False


def modifiers_before(head: str, words: Sequence[str]) -> set[str]:
    """The lower-case words a nominal ``words`` writes before its ``head``, past its
    determiner ("the finance minister" → {"finance"})."""
    lowered = [w.lower() for w in words]
    if head not in lowered:
        return set()
    before = lowered[: lowered.index(head)]
    return {w for w in before if w.isalpha() and w not in lexicons.function_words()}


def _word_before_head(words: Sequence[str], head: str) -> str | None:
    """The lower-case word right before ``head`` in ``words``, if any and a content word."""
    lowered = [w.lower() for w in words]
    if head not in lowered or lowered.index(head) == 0:
        return None
    word = words[lowered.index(head) - 1]
    if not nlp.is_lower_word(word) or word in lexicons.function_words():
        return None
    return word


def other_modifier(written: str, head: str, words: Sequence[str]) -> bool:
    """Does the role ``written`` put a lower-case word right before ``head`` that differs
    from the one the nominal ``words`` puts there, and hold no word of the nominal's own
    ("finance minister" against "the energy minister"; not "former vice president"
    against "the former president")?"""
    theirs = _word_before_head(WORD.findall(written), head)
    ours = _word_before_head(words, head)
    return (
        theirs is not None
        and ours is not None
        and theirs != ours
        and not modifiers_before(head, words) & role_words(written)
    )


def named_modifiers(head: str, words: Sequence[str]) -> set[str]:
    """The capitalised words a nominal ``words`` writes before its ``head``, past "The",
    lower-cased: the names owning it ("the Lind campaign's spokesman" → {"lind"})."""
    lowered = [w.lower() for w in words]
    before = words[: lowered.index(head)] if head in lowered else []
    return {w.lower() for w in before if w[:1].isupper() and w.isalpha() and w != "The"}


def owned_by_other(role: str, owners: AbstractSet[str]) -> bool:
    """Does ``role`` name an owner ("Sen. Hal Birch's spokesman") while a nominal names
    others, none of them (``owners``, its :func:`named_modifiers`: "the Lind campaign's
    spokesman")?"""
    theirs = {m.group(1).lower() for m in NAMED_OWNER.finditer(role)}
    return bool(owners) and bool(theirs) and not theirs & owners


def role_words(role: str) -> set[str]:
    return {w.lower() for w in WORD.findall(role)}


WHO_DID = re.compile(  # ", who founded", ", who teaches"
    r",[ \t\xa0]+who[ \t\xa0]+(?:[a-z]+ly[ \t\xa0]+)?(?:co-)?([a-z]{3,}ed|[a-z]{3,}s)\b"
)


def described_unread(text: str, span: Span, head: str) -> bool:
    """Is the naming at ``span`` described by ``head`` where the role reader reads no role
    (it keeps only listed role nouns): as one from a place whose demonym it is, the
    capitalised first word of a description set off after the name (", an American from
    Boulder," for "the american"; ", a Ghanaian runner,"; not ", a candidate from the 2nd
    District,"), or as a noun for a person by what they do ending a description set off
    before it ("A city inspector, | Ann Lee,")?"""
    found = DESCRIBED_AFTER.match(text, span.end)
    first = found.group(1).split()[0] if found is not None else ""
    if first[:1].isupper() and first.lower() == head:
        return True
    return lexicons.agent_noun(head) and described_before(text, span.start, head)


def does_as_verb(text: str, end: int, head: str) -> bool:
    """Does a relative clause right after the naming ending at ``end`` give, by its past
    verb, what the noun ``head`` names: the verb's agent noun ("Hannah Kessler, who
    founded Crumb & Co." is "the founder"; "who managed", "who directed", "who
    co-founded"), or its present one ("who teaches chemistry" is "the chemistry teacher";
    "who owns", "who manages", "who coaches")? Only a regular verb: its stem and "-er",
    "-or" or "-r"."""
    found = WHO_DID.match(text, end)
    if found is None or not lexicons.agent_noun(head.removeprefix("co-")):
        return False
    verb = found.group(1)
    stems = {verb[:-2], verb[:-1]}  # "founded": "found", "founde"; "teaches": "teach"
    agents = {stem + ending for stem in stems for ending in ("er", "or", "r")}
    return head.removeprefix("co-") in agents


def described_before(text: str, start: int, head: str) -> bool:
    """Is ``head`` the last word of a description set off by a comma before the naming at
    ``start`` ("The instructor, | Ron Kessler, 61, said"), a title between ("led by a
    retired veterinarian, Dr. | Ellen Marchetti")?"""
    found = DESCRIBED_BEFORE_NAMING.search(text, max(0, start - ROLE_NEAR), start)
    return found is not None and found.group(1).split()[-1] == head


def titles_naming(text: str, start: int, head: str) -> bool:
    """Does the word ``head`` stand before the naming at ``start`` with only words
    opening with a letter between ("ferryman Olav Brekke", "the ferryman Olav")?"""
    before = text[max(0, start - ROLE_NEAR) : start]
    if not before[-1:].isspace():
        return False
    for word in reversed(before.split()):
        if word.lower() == head:
            return True
        if not TITLE_WORD.fullmatch(word):
            return False
    return False


DESCRIPTION_TAIL = re.compile(r"\s+(?:in|of|from|at|with|on|who|whose|near)\b.*$", re.S)


def description_head(description: str) -> str:
    """The head noun of an unnamed person's description, past any phrase after it:
    "woman" of "A woman in the third row", "chef" of "chef"."""
    words = DESCRIPTION_TAIL.sub("", description).split()
    return words[-1].lower() if words else ""


# ---- the sides of a race: who runs against whom, as the article states it

RACE_NOUNS = frozenset({"opponent", "rival", "challenger"})  # one side of a race, someone's
RACE_OWNED = re.compile(  # "his Democratic challenger, former Gov. |", "Clinton's rival, |",
    # "her rival for the Republican nomination for governor, former Navy SEAL |"
    r"\b(?P<owner>[Hh]is|[Hh]er|[A-Z][\w\-]*['\u2019]s)\s+(?:[A-Za-z\-]+\s+){0,2}?"
    r"(?P<noun>opponent|rival|challenger)(?:\s+(?:for|in)\s+[^,.;:\n\u201c\u201d\"]{1,60})?"
    r",\s+(?:[\w.\-]+\s+){0,4}$"
)
RACE_OWNED_REACH = 160  # characters before a naming that RACE_OWNED is looked for in
RACE_TITLES = r"(?:(?:former|state|then-[a-z]+|[A-Z][\w.\-]*)\s+){0,4}"  # "Republican Rep. "
RACE_BETWEEN = re.compile(  # between two namings: "Strand, who is challenging |", "Lee
    # faces |", "Ortiz, a former prosecutor, against |" (after "pits")
    r",?\s+(?:[^,.;:\n]{1,80},\s+)?(?:who\s+)?(?:is\s+)?"
    r"(?P<verb>challenging|challenges|faces|facing|running\s+against|runs\s+against|against)\s+"
    + RACE_TITLES
    + r"$"
)
PITS = re.compile(r"\bpit(?:s|ted|ting)?\s+" + RACE_TITLES + r"$")  # "pits |Democrat Lena Ortiz"
INCUMBENT_AFTER = re.compile(  # after a naming: ", who is seeking a fourth term", "won her seat"
    r",?\s+(?:who\s+)?(?:is\s+)?seeking\s+(?:a\s+)?(?:second|third|fourth|fifth|sixth|seventh|"
    r"another|re-?election)\b|,?\s+(?:who\s+)?(?:won|holds|has\s+held)\s+(?:his|her|the)\s+seat\b"
)
INCUMBENT_BEFORE = re.compile(r"\bincumbent\s+" + RACE_TITLES + r"$")  # "incumbent Rep. |"


def race_owned(text: str, at: int) -> re.Match[str] | None:
    """The owner and race noun (:data:`RACE_OWNED`) whose appositive a naming at ``at``
    is ("his Democratic challenger, former Gov. | Ted Strand"), if any."""
    return RACE_OWNED.search(text, max(0, at - RACE_OWNED_REACH), at)


def race_between(text: str, first: Span, second: Span, sentence_start: int) -> str | None:
    """The verb that sets the person named at ``first`` against the one named next at
    ``second`` in one sentence ("Strand, who is challenging Whitcomb", "Lee faces Roe",
    "pits Ortiz, a former prosecutor, against Brenner"), if any: "against" only after
    "pits"."""
    found = RACE_BETWEEN.fullmatch(text, first.end, second.start)
    if found is None:
        return None
    verb = found.group("verb")
    if verb == "against" and PITS.search(text, sentence_start, first.start) is None:
        return None
    return verb


def incumbent_at(text: str, span: Span) -> bool:
    """Is the naming at ``span`` written as the one holding the seat ("Rep. Hal Brenner,
    who is seeking a fourth term", "Rep. Tamsin Lyle won her seat", "incumbent Sen. Ann
    Roe")?"""
    before = INCUMBENT_BEFORE.search(text, max(0, span.start - 60), span.start)
    return before is not None or INCUMBENT_AFTER.match(text, span.end) is not None
