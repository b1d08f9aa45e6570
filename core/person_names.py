"""People's names in an article's text: where a name starts and ends, and what shows it.

The module-level reading :class:`core.speakers.Cast` builds on: people named with a
listed first name or an honorific (:func:`named_people`), the full name that a surname
alone stands for (:func:`introduced_name`), a title or family name the article itself
shows (:func:`title_shown`, :func:`family_name_shown`), a surname written alone, names
compared as the library keys them. No mention state: each function reads the text (and
the tagger's lists) it is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache, partial

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.document import SpeakerKind
from core.kind_evidence import HONORIFIC_GENDER, KIN_NOUNS, KIN_WORD, noun_gender
from core.name_runs import (
    COUPLE,
    GIVEN_NAME,
    INITIAL_WORD,
    NAME_BEFORE,
    NAME_FOLLOWS,
    NAME_WORD,
    NAMES_BEFORE,
    OWNER_WORD,
    POSSESSIVE,
    QUANTIFIERS,
    RUN_GOES_ON,
    RUN_OPENERS,
    RUN_REACH,
    RUNNING_TEXT,
    SPACED_WORD,
    WORD_BEFORE_REACH,
    NamedPerson,
    capitalised_runs,
)
from core.organisation_names import opens_sentence, organisation_head
from core.phrases import (
    QUESTION_AUXILIARIES,
    acronym_before_name,
    headline_name_end,
    office_object_word,
    person_noun,
    postnominal,
)

WORD = re.compile(r"\w+")
NAME_KEY_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")  # a word of a name's comparison form
OWNER_S = re.compile(r"'s\b")  # of a comparison form
SPACES = " \t\xa0"  # what may stand before a word :func:`written_at` finds
LONE_SURNAME = (  # a surname alone, the {} filled in: "spokeswoman, Trump declined", "Mr. Bush"
    r"(?:\b(?:[a-z]+,?|Mrs?\.|Ms\.)[ \t\xa0]+){}(?:['\u2019]s?)?(?=[ \t\xa0]+[a-z]|[,.;:])"
)
SUFFIXES = lexicons.NAME_SUFFIXES
FORMER_BEFORE = re.compile(r"\b([Ff]ormer|FORMER)[ \t\xa0]+$")  # right before a title
CONTRACTED = re.compile(  # words no possessive's noun phrase opens with: "Trump's | been"
    r"[ \t\xa0]+(?:been|got|gotten|not|never|a|an|the|also|already|still)\b"
)
# after a dateline: "CARROLL COUNTY|, Iowa", "NEW ORLEANS| (AP)", "HARLAN| —"
DATELINE_END = re.compile(r",[ \t\xa0]|[ \t\xa0]*\(|[ \t\xa0]+[\u2014\u2013-][ \t\xa0]")
DATELINE = " \t\xa0ABCDEFGHIJKLMNOPQRSTUVWXYZ.,\u2014\u2013-"  # "WASHINGTON \u2014 " before a lede
# a city and its state before a lede: "PENDLETON, Ore. \u2014 ", "BOISE, Idaho \u2014 "
STATE_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]*,(?:[ \t\xa0]+[A-Z][a-z.]+){1,2}[ \t\xa0]+[\u2014\u2013-][ \t\xa0]*"
)
KIN_INTRODUCING_REACH = 60  # characters before a naming its kin noun is sought in
KIN_OWNED_PATTERN = (  # "his late wife", "Their son", "Schilling's son", "the designer's mother": a
    # relative's noun (group "kin") after a possessive pronoun (group "pronoun") or name
    # (group "name") and at most one modifier
    r"(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>[A-Za-z][\w\-]*)['\u2019]s?)"
    rf"[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?(?P<kin>{KIN_WORD})"
)
KIN_INTRODUCING = nlp.EndPattern(  # "his wife, |", "her late husband |", "Their son, |",
    # "Schilling's son, |", "The designer's mother, |", "Her daughter, Dr. |": a relative
    # so (KIN_OWNED_PATTERN) right before their naming, set off by commas or not
    re.compile(rf"\b{KIN_OWNED_PATTERN}(?:,?[ \t\xa0]+|,[ \t\xa0]+[A-Z][a-z]{{1,4}}\.[ \t\xa0]+)$"),
    (",", ".", *sorted(KIN_NOUNS)),  # what the stretch ends in ("grandson" in "son")
    True,
)
DESCRIBED_KIN = re.compile(  # "His nephew, |the drummer |Adonis Batiste": a trade between
    r"t(?<=,[ \t\xa0]t)he(?:[ \t\xa0]+[a-z][\w\-]*){1,3}[ \t\xa0]+$"
)  # the lookbehind after the "t", so that sre skips to a "t" (see roles._DEFINITE)
NAMED_AS = re.compile(  # "a trader named |", "a man called |", "the driver, identified as |"
    r"\b([A-Za-z\-]+),?[ \t\xa0]+"
    r"(?:named|called|identified[ \t\xa0]+as|known[ \t\xa0]+as)[ \t\xa0]+$"
)
OWNED_ORGANISATION_HEADS = frozenset(  # "the campaign": the campaign of someone
    {"campaign", "administration", "government", "team", "office"}
)


@lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """A name as shown and stored: NFC, without format characters (zero-width joiners,
    direction marks, soft hyphens), white space collapsed to single spaces, mojibake read
    back word by word ("PeÃ±a Nieto" -> "Peña Nieto": one person with "Peña Nieto").
    Cached: the same names are cleaned again and again (a character at a time)."""
    visible = "".join(c for c in name if unicodedata.category(c) != "Cf")
    return " ".join(map(nlp.repaired, unicodedata.normalize("NFC", visible).split()))


MC_PREFIX = re.compile(r"\bMc([a-z])")  # "Mccain" as str.title() writes it


def in_prose_case(name: str) -> str:
    """A person's name the article writes only in capitals, as a transcript's label or a
    headline sets it ("MIRIAM OSTROWSKI", "O'BRIEN", "MCCAIN"), in the case prose gives
    names ("Miriam Ostrowski", "O'Brien", "McCain"); any other name as written ("NATO"
    is no person's; "DJ Khaled" has lower case)."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return name
    return title_case(name)


def title_case(words: str) -> str:
    """``str.title()`` that keeps the capital after "Mc" ("MCCAIN": McCain, not Mccain)."""
    return MC_PREFIX.sub(lambda m: "Mc" + m.group(1).upper(), words.title())


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """A comparison form of a name: no accents, no punctuation, no invisible characters,
    lower case. Cached: an article's people are compared by it again and again."""
    folded = nlp.unaccented(clean_name(name)).replace("\u2019", "'").lower()
    return " ".join(NAME_KEY_WORD.findall(folded))


def name_words(name: str) -> list[str]:
    return list(_name_words(name))


@lru_cache(maxsize=1 << 16)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in normalise(name).split() if w not in SUFFIXES)


def name_suffix(name: str) -> str:
    """The suffix a name ends in ("jr" of "Donald Trump, Jr."), else ""."""
    words = normalise(name).split()
    return words[-1] if len(words) > 1 and words[-1] in SUFFIXES else ""


def given_word(words: Sequence[str]) -> str | None:
    """The given name of a person named ``words``: the first word, where a surname follows."""
    return words[0] if len(words) > 1 else None


def name_share(name: str) -> float:
    """The share of the bearers of the given name in ``name`` of the sex it suggests
    ("Kelly Ayotte": 0.82); 1.0 where a surname only one sex bears gave it ("Harpreet
    Kaur")."""
    given = given_word(name.split())
    return nlp.given_name_share(given) if given and nlp.given_name_gender(given) else 1.0


def surname(name: str) -> str:
    words = name_words(name)
    return words[-1] if words else ""


TENURE_PREFIXES = frozenset({"then", "ex", "former"})  # hyphened to a title: "then-Gov."


def described_only(kind: SpeakerKind, name: str) -> bool:
    """Does ``name`` describe the speaker without naming them: anonymous ("a senior
    official"), or an organisation in common nouns alone ("the company", "his campaign",
    and "His campaign" or "Network" where a sentence opens with them)? Another one in each
    article, never the same row across the library."""
    if kind == SpeakerKind.ANONYMOUS:
        return True
    words = name.split()
    if words and (
        words[0].lower() in lexicons.DETERMINERS_AND_OWNERS
        or (len(words) == 1 and words[0].lower() in lexicons.ORGANISATION_HEADS)
    ):
        words = words[1:]
    return kind == SpeakerKind.ORGANISATION and not any(w[:1].isupper() for w in words)


def library_key(kind: SpeakerKind, name: str, article: str, *, bound: bool) -> str:
    """A speaker's identity across articles: a name binds everywhere, and an organisation
    owned or not is one ("Clinton's campaign" is the Clinton campaign); a speaker
    ``bound`` (a surname alone) or described only is another one in each article."""
    folded = normalise(name)
    if kind == SpeakerKind.ORGANISATION:
        folded = _owner_by_surname(name) or OWNER_S.sub("", folded)
    key = f"{kind.value}:{folded}"
    return f"{key}@{article}" if bound or described_only(kind, name) else key


def _owner_by_surname(name: str) -> str | None:
    """The comparison form of a person's campaign, office or team by the owner's surname
    alone ("Mrs. Clinton's campaign", "Hillary Clinton's campaign", "New Hampshire Sen.
    Kelly Ayotte’s campaign" are the Clinton and Ayotte campaigns, as "the Clinton
    campaign" is), where the owner's surname follows a listed first name (any middle
    initial between), an honorific, or a title before a word that is no frequent one; None
    for an owner of one word (the key is its own) or an organisation ("White House team",
    "Justice Department office")."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in OWNED_ORGANISATION_HEADS:
        return None
    owner = [w for w in words[:-1] if not INITIAL_WORD.fullmatch(w)]
    if len(owner) < 2 or not all(w[:1].isupper() for w in owner):
        return None
    surname = normalise(POSSESSIVE.sub("", owner[-1]))
    before = owner[-2].rstrip(".").lower()
    person = (
        nlp.written_first_name(owner[-2])
        or before in HONORIFIC_GENDER
        or (lexicons.is_title_word(before) and not nlp.is_frequent_word(surname))
    )
    return f"{surname} {words[-1].lower()}" if person and surname else None


def family_name_shown(text: str, word: str) -> bool:
    """Does the article write ``word``, a capitalised word no list holds as a first name,
    title or frequent word, after an honorific and alone ("Mr Tan said", "Ms. Goh")? Then
    before a given name ("Tan Wei Ming", where "Wei" is a listed first name) it is the
    family name written first, part of the name, not a word before it."""
    if (
        not word[:1].isupper()
        or not word.isalpha()
        or nlp.is_first_name(word)
        or nlp.is_frequent_word(word)
        or lexicons.is_title_word(word)
    ):
        return False
    return word in _after_honorific(text)


def title_by_use(text: str, word: str) -> bool:
    """Does the article write ``word``, a capitalised word no list holds as a first name
    or frequent word, right before two names that differ in their first word ("Cllr
    Dafydd Prosser", "Cllr Eirlys Bowen")? A given name stands before its own surname
    only; a word standing before two people is a title, which the name leaves out."""
    if not word.isalpha() or nlp.is_first_name(word) or nlp.is_frequent_word(word):
        return False
    return len(_first_words_after(text).get(word, ())) >= 2


WORD_BEFORE_NAME = re.compile(  # zero-width, so that each word of a run is read
    r"(?=\b([^\W\d_]+)[ \t\xa0]+([A-Z][^\W\d_]+)[ \t\xa0]+[A-Z])"
)


@lru_cache(maxsize=8)
def _first_words_after(text: str) -> dict[str, set[str]]:
    """Each word ``text`` writes before two capitalised words -> the first words of what
    follows it ("Cllr" -> {"Dafydd", "Eirlys"}), read once per article: asked word by word,
    a long text of such runs was read once per word."""
    after: dict[str, set[str]] = {}
    for m in WORD_BEFORE_NAME.finditer(text):
        after.setdefault(m.group(1), set()).add(m.group(2))
    return after


GRADE = re.compile(r"(?:First|Second|Third|Fourth|[1-4](?:st|nd|rd|th))")  # "First Class"


def _grade_before_name(words: Sequence[tuple[int, str]], n: int) -> bool:
    """Does ``words[n]`` end a rank's grade ("Sgt. First Class", "Petty Officer 2nd
    Class") with a given name and a surname after it: the name follows it?"""
    return (
        1 < n < len(words) - 2
        and words[n][1] == "Class"
        and GRADE.fullmatch(words[n - 1][1]) is not None
    )


def _rank_noun_before_name(words: Sequence[tuple[int, str]], n: int) -> bool:
    """Is ``words[n]`` a capitalised role noun no list holds as a first name that ends a
    title of several words after a title word or a local body's head noun, a given name
    and a surname after it ("Chief Warrant Officer Luis Carrasco", "Chief Petty Officer
    Ann Lee", "Warren County Sheriff Ann Lee", "Franklin County Prosecutor Ann Lee"): the
    name follows it, as it follows a title word? (A county's name may be a given name:
    "Warren", "Marion".)"""
    word = words[n][1]
    return (
        0 < n < len(words) - 2
        and word[:1].isupper()
        and word.lower() in lexicons.role_nouns()
        and not nlp.is_first_name(word)
        and (
            any(lexicons.is_title_word(w) for _, w in words[:n])
            or words[n - 1][1] in LOCAL_BODY_HEADS
        )
        and nlp.is_first_name(words[n + 1][1])
    )


# The head nouns of the local bodies whose offices are titles ("Warren County Sheriff").
LOCAL_BODY_HEADS = frozenset({"County", "Parish", "Township", "Borough"})


def title_shown(text: str, word: str, after: str) -> bool:
    """Is ``word``, a capitalised word no list holds as a first name or frequent word,
    shown a title by the article or by its shape: written before two names
    (:func:`title_by_use`); or, where ``after`` (the next word) is capitalised and no
    frequent word, so a given name rather than "Care Act" or "of Japan": written in lower
    case elsewhere ("A Durban lifeguard pulled ..." then "Lifeguard Sifiso Mthembu"; a
    given name is no common noun), or an abbreviation of three letters or more with no
    vowel ("Cllr Morven Sinclair"; a name has a vowel)? Read only for the first word of a
    name of three words or more. A role noun a list also holds as a first name is a title
    before another given name ("Marine John Tiegen", "Dean Mary Lee Smith"; not "Marine Le
    Pen")."""
    if not word.isalpha():
        return False
    if nlp.is_first_name(word):
        return (
            word.lower() in lexicons.role_nouns()
            and nlp.is_first_name(after)
            and not nlp.is_frequent_word(after)
            and after.lower() not in nlp.NAME_PARTICLES
        )
    if nlp.is_frequent_word(word):
        return False
    if title_by_use(text, word):
        return True
    if not after[:1].isupper() or nlp.is_frequent_word(after):
        return False
    if times_written(text, word.lower()):
        return True
    return len(word) >= 3 and not word.isupper() and not set(word.lower()) & set("aeiouy")


HONORIFIC_ALONE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ \t\xa0]+([A-Z]\w+)\b(?![ \t\xa0]+[A-Z])")


@lru_cache(maxsize=8)
def _after_honorific(text: str) -> frozenset[str]:
    """The words ``text`` writes after an honorific and alone ("Mr Tan said"), read once."""
    return frozenset(m.group(1) for m in HONORIFIC_ALONE.finditer(text))


def sentence_adverb(text: str, word: str, following: str) -> bool:
    """Is the capitalised ``word``, written before ``following``, an adverb or a question's
    auxiliary that opened its sentence before a name rather than part of the name
    ("Perhaps Russia", "Meanwhile Rihanna", "Was Szlachta satisfied")? One the tagger reads
    as an adverb out of context ("Perhaps", "However", "Still"), a listed linking adverb
    ("Meanwhile") or auxiliary ("Was", "Does"), never a listed first name ("Long"), nor
    the first word of a place the gazetteer knows ("South Carolina"), and capitalised only
    where a sentence or a line opens ("the Inland Empire" is a name)."""
    lower = word.lower()
    if not word[:1].isupper() or nlp.is_first_name(word):
        return False
    adverb = (nlp.context_free_tag(lower) or "").startswith("RB")
    if not (adverb or lower in lexicons.LINKING_ADVERBS or lower in QUESTION_AUXILIARIES):
        return False
    if nlp.gazetteer_marks([word, following])[0]:
        return False
    written = re.finditer(rf"\b{re.escape(word)}\b", text)
    return all(opens_sentence(text, m.start()) for m in written)


def shown_name_start(text: str, words: Sequence[str], begin: int, end: int) -> int:
    """Where the name ``words[begin:end]`` starts once the article's own evidence is read:
    past a first word it shows to be a title (:func:`title_shown`, for a name of three
    words or more: "Cllr Dafydd Prosser"), past a sentence adverb that opens it
    (:func:`sentence_adverb`: "Perhaps Russia", "Meanwhile Rihanna"), or back to a family
    name written before it (:func:`family_name_shown`: "Tan Wei Ming" beside "Mr Tan")."""
    if end - begin >= 2 and sentence_adverb(text, words[begin], words[begin + 1]):
        return begin + 1
    if end - begin >= 3 and title_shown(text, words[begin], words[begin + 1]):
        return begin + 1
    if begin and family_name_shown(text, words[begin - 1]):
        return begin - 1
    return begin


def _dateline(text: str, start: int, end: int, names: list[str]) -> bool:
    """Is the run of words ``names`` at ``text[start:end]`` a lede's dateline: in capitals,
    opening its paragraph, before a comma, a parenthesis or a dash ("CARROLL COUNTY, Iowa
    —", "NEW ORLEANS (AP) —")?"""
    opens = not text[:start].strip(" \t\xa0") or text[:start].rstrip(" \t\xa0").endswith("\n")
    return (
        opens
        and all(n.isupper() and len(n) > 1 for n in names)
        and DATELINE_END.match(text, end) is not None
    )


# A prefix of time hyphened to a title that opens a run of capitalised words: "then-" of
# "then-Secretary Clinton", kept with the title (a title as the article dates it).
DATED_BY = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(TENURE_PREFIXES))})-$", re.IGNORECASE)


def named_people(
    text: str,
    start: int = 0,
    end: int | None = None,
    introduced: Callable[[str], str | None] | None = None,
) -> list[NamedPerson]:
    """People named in ``text[start:end]`` with a listed first name ("Maria Lindqvist"),
    or with an honorific before a surname ("Mr. Okafor"); titles before them kept apart.
    ``introduced`` gives the full name a surname has in the article where its first
    name is in no list (:meth:`NameMatcher.introduced`: "Reince Priebus"), read in the run that
    opens the span (a sentence's subject, as a rule).

    A cheap pass over capitalised runs, no tagging: it lets a pronoun or "the minister"
    find a person the article names outside any quotation's sentence.
    """
    found = []
    for run_start, run_end, words in capitalised_runs(text, start, end):
        names = [w for _, w in words]
        begin = name_start(names)
        if begin is None and introduced is not None and _opens_introduction(text, start, run_start):
            begin = _introduced_start(names, introduced)
        if begin is None and introduced is not None:
            begin = _kin_start(names, introduced)
        if begin is None and _unlisted_set_off_as_person(text, run_start, run_end, names):
            begin = 0  # "his mother, Deepa Menon, who", "Kwabena Owusu, 22,": unlisted
        if begin is None or _place_before_particles(text, run_start, names, begin):
            continue
        if _dateline(text, run_start, run_end, names):
            continue  # "CARROLL COUNTY, Iowa — Emeka Okafor ...": a place, not a Carroll
        if name_start(names) is None and _modifies_a_role(text, run_end):
            continue  # "Camden County freeholder Vince Albano-Clark": no surname "County"
        for n in range(begin, len(words) - 1):
            if (
                lexicons.is_title_word(words[n][1])
                or _rank_noun_before_name(words, n)
                or _grade_before_name(words, n)
            ):
                begin = n + 1  # "So Labor Secretary Thomas Perez": the name follows the title
            elif acronym_before_name(names, n):
                begin = n + 1  # "Kerry TD Danny Healy-Rae": an office's acronym
        begin = shown_name_start(text, names, begin, len(names))
        if _ends_name(words[begin][1]) and not nlp.is_first_name(words[begin][1]):
            continue  # a headline's "Christian Speaker Just Shared This": no name after it
        running = RUNNING_TEXT.match(text, run_end) is not None and not (
            words[-1][1].lower() in lexicons.cue_forms() and nlp.in_title_case_line(text, run_start)
        )  # a title-case headline's verb before its small word: "Ted Brannigan Said at"
        stop = next(
            (
                n
                for n in range(begin + 1, len(words))
                if _ends_name(words[n][1])
                and not (running and n == len(words) - 1 and not _day_name(words[n][1]))
            ),
            len(words),
        )  # a headline runs on: "Hillary Clinton Goes After Donald Trump"; not "George Will said"
        owner = next((n for n in range(begin, stop) if OWNER_WORD.search(words[n][1])), stop)
        stop = min(stop, owner + 1)  # "Barack Obama's Affordable Care Act": the owner's name
        if (
            stop - begin > 1
            and begin
            and words[begin - 1][1].rstrip(".").lower() in HONORIFIC_GENDER
            and nlp.in_title_case_line(text, run_start)
            and words[begin][1] in _after_honorific(text)
            and not in_running_text(text, " ".join(w for _, w in words[begin:stop]))
        ):
            stop = begin + 1  # "Mr. Pardo and Ms. Whitley Clash Over Zika": the surname the
            # article writes alone after the honorific, then the headline's verb
        headline = stop - begin > 2 and nlp.in_title_case_line(text, run_start)
        if headline and begin and not nlp.is_first_name(words[begin][1]):
            continue  # "Texas Gov. Hears About Obama's Gun Grab": a headline's words
        if headline and stop - begin > 3:
            surname = next(
                (
                    n
                    for n in range(begin + 1, stop)
                    if not nlp.INITIAL.fullmatch(words[n][1])
                    and words[n][1].lower() not in nlp.NAME_PARTICLES
                ),
                stop,
            )  # past initials and particles ("George W. Bush", "Marine Le Pen")
            stop = min(stop, surname + 1)  # "Chuck Grassley Compares Trump": first and last
        if nlp.in_title_case_line(text, run_start):  # "Obama Claims Hillary Most Qualified ..."
            lowered = nlp.running_lower_starts(text, run_start, run_end)
            shown = [run_start + at in lowered for at, _ in words]
            stop = headline_name_end(
                text, names, begin, stop, partial(nlp.in_title_case_line, text), shown
            )
        joined = POSSESSIVE.sub("", " ".join(w for _, w in words[begin:stop]))
        name = joined.rstrip(".,")
        if name.rsplit(" ", 1)[-1].lower() in SUFFIXES and joined[len(name) :].startswith("."):
            name += "."  # "Ron Dettweiler Jr.": the suffix keeps its period
        elif nlp.INITIAL.fullmatch(name + ".") and joined[len(name) :].startswith("."):
            name += "."  # "Mr. H.": an initial alone for a surname keeps its period
        if postnominal(name.split()):
            name = name.rsplit(" ", 1)[0]  # "Jane Hale MP": an office after the name
        if organisation_head(name.split()):
            continue  # "George Washington University's Program", "the Clinton Foundation"
        if _place_head(name.split()) or _only_as_a_place(text, name):
            continue  # "Leaving King Charles Street", "in Del Rio", "with the Star Tribune"
        title = [w for _, w in words[:begin]]
        while title and title[0].lower() in RUN_OPENERS:
            title.pop(0)  # "On Tuesday Mr. Okafor": the title is "Mr."
        titled = bool(title) and lexicons.is_title_word(title[-1])
        title_at = run_start + words[begin - len(title)][0] if titled else 0
        if titled and (former := FORMER_BEFORE.search(text, max(0, title_at - 10), title_at)):
            title.insert(0, former.group(1))  # "Former Gov. Eleanor Whitfield", "former Sen. Ann
            # Lee": an office she held, not "the governor" now
        if lexicons.party_word(name.rsplit(" ", 1)[-1]):
            continue  # "the Florida Republican": a party's member described, no surname
        if len(name_words(name)) >= (1 if titled else 2):
            dated = DATED_BY.search(text, max(0, run_start - 8), run_start)
            if dated is None or len(title) < begin:
                dated = None  # the prefix dates the run's first word only: "then-Secretary"
            shown = (dated.group(0) if dated else "") + " ".join(title)
            found.append(NamedPerson(run_start + words[begin][0], name, shown if titled else ""))
    return found + _couple_named(text, found, start, len(text) if end is None else end)


def unseen_given(word: str) -> bool:
    """May ``word``, a word the tagger never saw and no place's or organisation's, be a
    given name in no list, where a kin noun before it shows it names someone?"""
    return nlp.unseen_name(word) and nlp.gazetteer_marks([word]) == [""]


def _unlisted_set_off_as_person(text: str, run_start: int, run_end: int, names: list[str]) -> bool:
    """Is a run of two to four capitalised words, its first in no list and no place's or
    organisation's (:func:`unseen_given`), set off as a person's name by what stands
    beside it: a noun for a person before it (:func:`_person_noun_before`: "his mother,
    Deepa Menon, who watched") or, for a run of two or three, a person's description
    after it (:func:`_person_described_after`: "Kwabena Owusu, 22,")? The words beside
    it tell that it names a person, whatever the lists know."""
    if not (2 <= len(names) <= 4 and unseen_given(names[0])):
        return False
    if text.startswith(",", run_end) and _person_noun_before(text, run_start):
        return True
    if (named := NAMED_AS.search(text, max(0, run_start - 40), run_start)) is not None:
        return singular_person(named.group(1).lower())  # "a trader named | Kwabena Mensah"
    return len(names) <= 3 and _person_described_after(text, run_end)


def _person_noun_before(text: str, at: int) -> bool:
    """Does a name at ``at`` stand as the appositive of a kin noun after a possessive
    (:func:`kin_introducing`: "It was not easy for his mother, | Deepa Menon,"; "The
    coach's mother, | Srey Mom Chhim,"), or of a noun for a kind of person after an
    article, "his", "her", "their", "its" or a name's "'s" ("His deputy, | Thandeka Mokoena,
    said"; "The opposition candidate, | Achieng' Odhiambo,"; "Tanager's campaign manager, |
    Felicity Oduya,")?"""
    if kin_introducing(text, at) is not None:
        return True
    role = ROLE_IN_APPOSITION.search(text, max(0, at - 50), at)
    return role is not None and singular_person(role.group(1))


ROLE_IN_APPOSITION = re.compile(  # "asked the moderator, |", "The opposition candidate, |",
    # "His deputy, |", "its chief engineer, |", "Tanager's campaign manager, |": a noun (group
    # 1) before an appositive name, after an article or an owner's word, an owner's "'s"
    # among the words between
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w.\-]*['\u2019]s)[ \t\xa0]+"
    r"(?:[a-z\-]+(?:['\u2019]s)?[ \t\xa0]+){0,2}"  # "the senator's press secretary, |"
    r"([a-z\-]+),[ \t\xa0]+$"
)

SPACE_RUN = re.compile(r"[ \t\xa0]+")
CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'\u2019.-]*[ \t\xa0]+$")  # "America |Rising"


def word_given_shown(text: str, first: str, last: str) -> bool:
    """Does the article show ``first``, a frequent English word ("Felicity", "Hope"),
    to be the given name of someone surnamed ``last``? It does where it writes "first
    last" set off as a person's name: in apposition after a singular noun for a person
    ("asked the moderator, | Felicity Ransome"; "his wife, | Hope Daley") or with an
    age or a description of a person after it ("Hope Daley|, 34,"). A word alone, or
    one in a headline, shows nothing: "Hope Street", "Will Power Returns"; nor does a
    run that opens before ``first``, a title, a listed place, one ending in an
    organisation's word ("America Rising PAC, an outside Republican group,") or one a
    relative clause follows ("chairman of Bear Stearns, who died"), nor a word the
    tagger reads as no proper noun there ("Ask Pemberton, a county chairwoman")."""
    if (
        last.isupper()
        or lexicons.is_title_word(first)
        or nlp.known_spans([first, last])
        or organisation_head([first, last])
    ):
        return False  # "Rising PAC", "President Obama", "New York"
    for at, end in _written_together(text, first, last):
        if CAPITALISED_BEFORE.search(text, max(0, at - 40), at):
            continue  # "America | Rising PAC": the run opens before the word
        described = PERSON_DESCRIBED.match(text, end) and _person_described_after(text, end)
        shown = _person_noun_before(text, at) or described  # not "of Bear Stearns, who"
        if shown and _tagged_proper(text, at):
            return True
    return False


def _written_together(text: str, first: str, last: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes "first last" as two whole words (start, end), found through
    :func:`nlp.word_starts`, compiling no pattern per name."""
    head = WORD.match(first)
    for at in nlp.word_starts(text).get(head.group() if head else first, ()):
        gap = SPACE_RUN.match(text, at + len(first)) if text.startswith(first, at) else None
        if gap is None or not text.startswith(last, gap.end()):
            continue
        end = gap.end() + len(last)
        if WORD.match(text, end) is None:
            yield at, end


def _tagged_proper(text: str, at: int) -> bool:
    """Does the tagger, reading the sentence, take the word at ``at`` for a proper noun
    ("Felicity/NNP Ransome"; not the imperative of "Ask/VB Pemberton, a chairwoman")?"""
    sentence = nlp.sentence_holding(text, at)
    if sentence is None:
        return False
    tokens = nlp.tagged(text, sentence.start, sentence.end)
    return any(t.span.start == at and t.tag.startswith("NNP") for t in tokens)


def _person_described_after(text: str, at: int) -> bool:
    """Is a name ending at ``at`` set off by an age, by an indefinite description of a
    person ("Kwabena Owusu|, 22,", "Abhimanyu Rao|, a 12-year-old from Edison,", "Adaeze
    Obi|, a designer from Lagos,") or by a relative clause on "who" ("Maricel Dela
    Cruz|, who lost her home,")?"""
    described = PERSON_DESCRIBED.match(text, at)
    if described is None:
        return PERSON_RELATIVE.match(text, at) is not None  # "Maricel Dela Cruz|, who lost"
    if described.group(1):
        return True  # an age
    for word in described.group(2).split():
        bare = word.lower()
        head = bare.rsplit("-", 1)[-1]  # "a seventh-grader", "a co-founder": the last part
        if AGE_WORD.fullmatch(bare) or head in lexicons.person_nouns() or lexicons.agent_noun(head):
            return True
        if bare in lexicons.function_words():
            return False  # "a grant from ...": past the description's head
    return False


PERSON_DESCRIBED = re.compile(  # ", 22," or ", a 33-year-old designer"
    r",[ \t\xa0]+(?:(\d{1,3}),|(?:a|an)[ \t\xa0]+((?:[\w'-]+[ \t\xa0]+){0,3}[\w'-]+))"
)
PERSON_RELATIVE = re.compile(r",[ \t\xa0]+who[ \t\xa0]")  # a clause only a person's name takes
AGE_WORD = re.compile(r"\d{1,3}-year-old")


def short_given(word: str) -> bool:
    """Is ``word`` of a couple's given names no shorter than three letters, or a listed
    first name of two that is no frequent word ("Ed", "Al", "Jo"; not "In", "So")?"""
    return len(word) > 2 or nlp.is_first_name(word) and not nlp.is_frequent_word(word.lower())


def _given_pair(given: tuple[str, str]) -> bool:
    """Are a couple's two given names both listed first names, or one listed and the other
    a name the baby-name counts give a sex ("Walt and June Ferris": "Walt" is in no first-
    name list)?"""
    listed = [nlp.is_first_name(word) for word in given]
    return all(listed) or any(listed) and all(map(nlp.given_name_gender, given))


def _couple_named(text: str, found: list[NamedPerson], start: int, end: int) -> list[NamedPerson]:
    """Two given names sharing the surname after them ("the parents, Omar and Leyla
    Haddad": Omar Haddad and Leyla Haddad, whom "Mr. Haddad" and "Ms. Haddad" then find
    apart), when the article never writes either given name alone, with no capitalised
    word after it, and no capitalised word stands before the first (no one's surname:
    "Hillary Clinton and Bernie Sanders" names no Clinton Sanders), and the two are given
    names (:func:`_given_pair`) or the surname is written after an honorific ("Mr. Haddad")
    somewhere in the article."""
    if text.find(" and ", start, end) < 0:
        return []
    named = {p.at: p.name for p in found}
    surnames = {words[-1] for p in found if len(words := name_words(p.name)) > 1}
    couples = []
    for m in COUPLE.finditer(text, start, end):
        given, surname = (m.group(1), m.group(2)), m.group(3)
        if any(lexicons.is_title_word(w) or w.lower() in RUN_OPENERS for w in given):
            continue
        if not all(map(short_given, given)):
            continue  # "Mr and Mrs Ortiz", "In and Out Burger"
        if NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)):
            continue  # "Hillary Clinton and Bernie Sanders": the first is a surname
        if any(
            not NAME_FOLLOWS.match(text, at + len(word))
            for word, there in zip(given, (m.start(1), m.start(2)), strict=True)
            if not (nlp.is_first_name(word) or nlp.given_name_gender(word)) or word in surnames
            for at in alone_at(text, word)
            if at != there
        ):
            continue  # one of them is someone's surname ("Graham" of Lindsey Graham), not a
            # given name (listed, or one the baby-name counts give a sex) the article calls
            # one of the family by ("said Peter", "said Paulo")
        if not _given_pair(given) and not re.search(
            rf"\b(?:Mrs?|Ms)\.?[ \t\xa0]+{re.escape(surname)}\b", text
        ):
            continue
        couples.append(NamedPerson(m.start(1), f"{given[0]} {surname}", ""))
        if m.start(2) not in named:
            couples.append(NamedPerson(m.start(2), f"{given[1]} {surname}", ""))
    return couples


def _opens_introduction(text: str, start: int, run_start: int) -> bool:
    """Does a run at ``run_start`` stand where a sentence opening at ``start`` introduces
    someone: first, or after a noun for what a person does ("The goalkeeper Iker Balde")?
    Only the word before the run is read, not the sentence up to it."""
    before = text[max(start, run_start - WORD_BEFORE_REACH) : run_start].split()
    if not before:
        return not text[start:run_start].strip()
    if dateline_before(text[start:run_start]):
        return True  # "NEW YORK — Lior Ben-Ami was 11": the lede opens past its dateline
    word = before[-1]
    if word.endswith(",") and subject_after_fronted(text, start, run_start):
        return True  # "Fifty years on, Hansaben Thakrar-Patel runs four pharmacies"
    if word.endswith(",") and after_indefinite_subject(text, start, run_start):
        return True  # "One pastor supporting Mr. Cruz, Darran Whiting of ..., said"
    if word.endswith(",") and after_definite_role(text, start, run_start):
        return True  # "The general secretary of the Rail Union, Mick Dolan, was ..."
    if word == "named" and any(
        people_noun(w) for w in text[max(start, run_start - NAMED_REACH) : run_start].split()
    ):
        return True  # "a graduate student at the University of New Hampshire named Aidan"
    if word.endswith(",") and len(before) >= 2:
        word = word[:-1]  # "The chief nurse, Carys Pritchard,": a name set off after the
        # noun, as "The goalkeeper Iker Balde" stands right after it
    if (
        len(before) >= 2
        and before[-2].lower() == "the"
        and nlp.is_lower_word(word)
        and nlp.dictionary_tag(word) == "NN"
    ):
        return True  # "Her friend, the model Saoirse Kinsella": "the" and a singular
        # noun the dictionary knows only as one, right before the run
    return nlp.is_lower_word(word) and (lexicons.is_role_noun(word) or lexicons.agent_noun(word))


# a sentence opening with an indefinite noun phrase up to a comma: "One pastor supporting
# Mr. Cruz, " (see after_indefinite_subject)
INDEFINITE_OPENING = re.compile(
    r"\s*(?:An?|One|Another)((?:[ \t\xa0]+[a-z][\w-]*){1,3})[^,;:\"\u201c\u201d\n]*,[ \t\xa0]+"
)
NAMED_REACH = 80  # characters before "named" read for a noun for a person


def after_indefinite_subject(text: str, start: int, run_start: int) -> bool:
    """Does the sentence opening at ``start`` open with an indefinite noun phrase for a
    person, set off by a comma right before the run at ``run_start`` ("One pastor
    supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said")? Then the run
    is the name the noun phrase introduces, as after "The chief nurse,"."""
    found = INDEFINITE_OPENING.fullmatch(text, start, run_start)
    return found is not None and any(people_noun(w) for w in found.group(1).split())


# a sentence opening with a definite noun phrase whose head a preposition follows, up to
# a comma: "The general secretary of the Rail and Maritime Union, " (see after_definite_role)
DEFINITE_OPENING = re.compile(
    r"\s*(?:The|Its|His|Her|Their)((?:[ \t\xa0]+[a-z][\w-]*){1,3})[ \t\xa0]+(?:of|at|for)"
    r"[ \t\xa0][^,;:\"\u201c\u201d\n]*,[ \t\xa0]+"
)


def after_definite_role(text: str, start: int, run_start: int) -> bool:
    """Does the sentence opening at ``start`` open with "the" (or a possessive) and a
    noun for a person, then a preposition's phrase, set off by a comma right before the
    run at ``run_start`` ("The general secretary of the Rail and Maritime Union, Mick
    Dolan, was unconvinced")? Then the run is the name the noun phrase introduces, as
    after "The chief nurse,"."""
    found = DEFINITE_OPENING.fullmatch(text, start, run_start)
    return found is not None and people_noun(found.group(1).split()[-1])


FRONTED = re.compile(r"[^,;:\n\"\u201c\u201d]+,[ \t\xa0]+\Z")  # "Fifty years on, "
RUN_THEN_WORD = re.compile(
    rf"(?:{NAME_WORD}[ \t\xa0]+)*{NAME_WORD}"
    r"(?:,[ \t\xa0]+(?:\d{1,3}|(?:a|an|the)[ \t\xa0][^,;:\n\"\u201c\u201d]{1,80}),)?"
    r"[ \t\xa0]+([a-z]+)\b"
)  # its verb, past an age or a description set off by commas: "Rohan Mehta, 9, pressed"


def subject_after_fronted(text: str, start: int, run_start: int) -> bool:
    """Does the run at ``run_start`` open the sentence's clause after one phrase set off
    by a comma, a lower-case word right after it (or after an age or a description set
    off by commas: "Outside, Rohan Mehta, 9, pressed") that is no function word, so its
    verb ("Fifty years on, Hansaben Thakrar-Patel runs four pharmacies", "In Leeds, Iqra
    Malik says"; not "In Leeds, Iqra Malik and ...")? Then it is the clause's subject,
    where a person is introduced as at the sentence's start."""
    return (
        FRONTED.fullmatch(text, start, run_start) is not None
        and (after := RUN_THEN_WORD.match(text, run_start)) is not None
        and after.group(1) not in lexicons.function_words()
    )


ROLE_NOUN_THEN_NAME = re.compile(r"[ \t\xa0]+([a-z][a-z-]+)[ \t\xa0]+([A-Z][a-z]+)\b")


def _modifies_a_role(text: str, end: int) -> bool:
    """Does a run of capitalised words ending at ``end`` stand before a lower-case noun
    and a listed first name, as what modifies a role before a name ("Camden County
    freeholder Vince Albano-Clark")? Then it is no one's name, whatever the article
    writes after its last word. Not before a verb or a small word ("Priebus told Vince
    Foster", "Priebus and Vince")."""
    m = ROLE_NOUN_THEN_NAME.match(text, end)
    if m is None or not nlp.is_first_name(m.group(2)):
        return False
    noun = m.group(1)
    tag = nlp.dictionary_tag(noun)
    if tag is None and (nlp.is_frequent_word(noun) or noun.endswith(("ed", "ing", "s"))):
        return False  # "took on Hillary Clinton", "remembered Ali": a small word or a verb
    return (tag is None or tag.startswith("NN")) and noun not in lexicons.cue_forms()


def kin_owner(text: str, first: str, last: str) -> bool:
    """Does ``text`` write ``first``, a word it also writes before the surname ``last``,
    as the owner of a relative named in apposition with that surname ("Lior's father,
    Amir Ben-Ami")? Then ``first`` is a given name of the family, and "first last" a
    person."""
    if not GIVEN_NAME.fullmatch(first) or first.isupper() or nlp.gazetteer_marks([first])[0]:
        return False
    spaced = r"[ \t\xa0]+"
    return (
        re.search(
            rf"\b{re.escape(first)}['\u2019]s?{spaced}(?:[a-z\-]+{spaced})?"
            rf"(?:wife|husband|son|daughter|brother|sister|father|mother|widow|widower),"
            rf"{spaced}[A-Z][\w\-]+(?:{spaced}[A-Z]\.)?{spaced}{re.escape(last)}\b",
            text,
        )
        is not None
    )


def dateline_before(between: str) -> bool:
    """Is ``between``, a sentence's words before a run, only a lede's dateline and its
    dash ("WASHINGTON — ", "PENDLETON, Ore. — ")?"""
    if not any(dash in between for dash in "\u2014\u2013"):
        return False
    return not between.strip(DATELINE) or STATE_DATELINE.fullmatch(between) is not None


def _introduced_start(words: list[str], introduced: Callable[[str], str | None]) -> int | None:
    """Where a run of capitalised words ending in an introduced full name begins it
    ("Reince Priebus" in "GOP Chairman Reince Priebus")."""
    if len(words) < 2:
        return None
    full = introduced(POSSESSIVE.sub("", words[-1]).rstrip(".,"))
    if full is None:
        return None
    given = full.split()[:-1]
    begin = len(words) - len(given) - 1
    return begin if begin >= 0 and words[begin:-1] == given else None


def _kin_start(words: list[str], introduced: Callable[[str], str | None]) -> int | None:
    """Where a run of capitalised words ends in a given name the article shows beside a
    relative's listed one ("a choked-up Jeb Bush", "Donald Trump's daughter Ivanka
    Trump": :meth:`NameMatcher.introduced` given both words)."""
    if len(words) < 2:
        return None
    last = POSSESSIVE.sub("", words[-1]).rstrip(".,")
    return len(words) - 2 if introduced(f"{words[-2]} {last}") else None


def unlisted_family(text: str, pairs: AbstractSet[tuple[str, str]]) -> set[tuple[str, str]]:
    """Of the full names whose given name is in no list (``pairs`` of given name and
    surname), those of a family the article names two of at least, each by a given name
    of their own ("Emeka Okafor and his daughter, Adaeze Okafor"): as no one name of the
    surname is the one it introduces (:func:`introduced_name` finds two), each is known
    where written in full. Given names shaped as one, no common word, place or role, and
    written so once at least where no sentence opens ("Interestingly Blocher" is none); a
    surname written alone in running text ("Okafor said"), not in capitals ("SVP")."""
    shaped = [  # the tests of the words alone first: a surname needs two given names
        (first, last)
        for first, last in pairs
        if first != last
        and not last.isupper()
        and GIVEN_NAME.fullmatch(first)
        and not first.isupper()
        and not nlp.gazetteer_marks([first])[0]
        and not nlp.is_common_word(first)
        and first.lower() not in lexicons.role_nouns()
        and not nlp.is_common_word(last)
        and not nlp.gazetteer_marks([last])[0]
    ]
    twice = {last for last, n in Counter(last for _, last in shaped).items() if n > 1}
    alone: dict[str, bool] = {}  # a surname -> is it written alone in running text?
    given: dict[str, set[str]] = {}
    for first, last in shaped:
        if last not in twice:
            continue
        if last not in alone:
            alone[last] = bool(re.search(LONE_SURNAME.format(re.escape(last)), text))
        if alone[last] and any(
            not opens_sentence(text, m.start())
            for m in re.finditer(rf"\b{re.escape(first)}[ \t\xa0]+{re.escape(last)}\b", text)
        ):
            given.setdefault(last, set()).add(first)
    return {(first, last) for last, firsts in given.items() if len(firsts) > 1 for first in firsts}


def given_before_known_surname(
    text: str, pairs: AbstractSet[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Of the full names whose given name is in no list (``pairs`` of given name and
    surname), those whose surname the article shows a person's: written alone in running
    text ("Blocher insists", "Mr. Bush"), after one such given name only, which the
    article writes before no other word, after no capitalised word but a title, and never
    in lower case, and where no sentence
    opens once at least, read there as a given name (:func:`given_name`: "the rise of
    Christoph Blocher"; not "Interestingly Blocher", nor a headline's "Rebuking Trump").
    The name is known wherever written, not only where a sentence introduces it
    (:meth:`NameMatcher.introduced`)."""
    found = set()
    for first, last in pairs:
        if (
            first == last
            or last.isupper()
            or first.isupper()
            or not GIVEN_NAME.fullmatch(first)
            or nlp.gazetteer_marks([first])[0]
            or nlp.is_common_word(first)
            or nlp.is_frequent_word(first)
            or first.lower() in lexicons.role_nouns()
            or nlp.is_common_word(last)
            or nlp.is_frequent_word(last)
            or nlp.gazetteer_marks([last])[0]
            or times_written(text, first.lower())
            or not lone_surname(text, last)
        ):
            continue
        written = with_capitalised_next(text, first)
        if any(m is None or POSSESSIVE.sub("", m.group(1)) != last for _, m in written):
            continue  # "Christoph" alone, or before another capitalised word
        # each is then the full name: where it starts and where its surname ends
        named = [(at, m.start(1) + len(last)) for at, m in written if m is not None]
        if any(_capitalised_before(text, at) for at, _ in named):
            continue  # "Sant Singh Chatwal": a middle name
        if any(
            (not opens_sentence(text, at) or AGE_APPOSED.match(text, end))
            and not nlp.in_title_case_line(text, at)
            and given_name(text, [(at, first)], last, end)
            for at, end in named
        ):
            found.add((first, last))
    once = Counter(last for _, last in found)
    return {(first, last) for first, last in found if once[last] == 1}


def _capitalised_before(text: str, at: int) -> bool:
    """Does a capitalised word that is no title stand right before ``at`` in the sentence
    ("Sant | Singh"; not "Minister | Christoph", nor a sentence's end)?"""
    before = CAPITALISED_WORD_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and not lexicons.is_title_word(before.group(1))


CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][\w'\u2019-]*)[ \t\xa0]+\Z")


def introduced_name(text: str, word: str) -> str | None:
    """The one full name ``text`` writes ending in the surname ``word``: "Akhil Amar" or
    "Laurence H. Tribe" in running text, the first name a proper noun to the tagger and
    no title, frequent word or listed place ("Judge Berman", "But Garcia", "Florida
    Rubio" are none); None when there is none or two ("Ghazala Khan", "Humayun Khan")."""
    if (
        not word[:1].isupper()
        or nlp.is_common_word(word)
        or nlp.known_spans([word])
        or lexicons.party_word(word)
        or _day_name(word)
    ):
        return None  # "Nothing", "Twitter", "Republican", "Tuesday": a common word, a
        # listed organisation or place, a party's member, a day ("Super Tuesday")
    found: dict[str, str] = {}  # the first name, normalised: the fullest form written
    rejected: set[str] = set()  # words read as no first name before it
    last = 0  # where the last run read ends: runs never overlap
    for start in written_at(text, word):
        run = NAMES_BEFORE.search(text, max(last, start - RUN_REACH), start)
        if run is None:
            continue
        last = start + len(word)
        if RUN_GOES_ON.match(text, last):
            continue  # "Amar Foundation", "Trump Jr.": the run goes on
        before = [(run.start() + m.start(), m.group(0)) for m in SPACED_WORD.finditer(run.group())]
        cuts = [
            k
            for k, (_, w) in enumerate(before)
            if w.endswith(".") and len(w) > 2 or lexicons.is_title_word(w)
        ]  # "Stenehjem. None": a sentence ends; "Defence Minister Gen Nakatani": a title
        before = before[cuts[-1] + 1 :] if cuts else before
        if AFTER_OF.search(text, max(0, run.start() - 8), run.start()):
            before = _past_office_object(before)
        while before and (
            before[0][1].lower() in RUN_OPENERS
            or nlp.is_frequent_word(before[0][1])
            and not (len(before) == 1 and word_given_shown(text, before[0][1], word))
            or sentence_adverb(text, before[0][1], (before[1:] or [(0, word)])[0][1])
        ):
            before.pop(0)
        while before and not _read_given(text, before, word, last, found, rejected):
            before.pop(0)  # "Republican Reince Priebus": the adjective is no first name
        if not before:
            continue
        form = " ".join([*(w for _, w in before), word])
        key = normalise(before[0][1])
        if len(form) > len(found.get(key, "")):
            found[key] = form
        if len(found) > 1:
            return None
    return next(iter(found.values())) if found else None


AFTER_OF = re.compile(r"\bof[ \t\xa0]+(?:the[ \t\xa0]+)?\Z")  # an office's object follows


def _past_office_object(words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words of a run after "of" from its first that may be a given name: past the
    office's object ("Secretary of Commerce | Okafor"), never past a listed first name
    ("the wife of | Rose Okafor")."""
    k = 0
    while k < len(words) and office_object_word(words[k][1]) and not nlp.is_first_name(words[k][1]):
        k += 1
    return words[k:]


ALIAS_AFTER = (  # "Ann Roe, the hacker known as \u201c{}\u201d", "Ann Roe, who goes by {}"
    r"(?P<name>(?:{name}[ \t\xa0]+){{1,3}}{name}),[ \t\xa0]+"
    r"(?:(?:the|a|an)[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+){{0,3}}(?:better[ \t\xa0]+)?known[ \t\xa0]+as"
    r"|who[ \t\xa0]+goes[ \t\xa0]+by|(?:better[ \t\xa0]+)?known[ \t\xa0]+as|nicknamed)"
    r"[ \t\xa0]+[\"\u201c\u2018']?{word}\b"
)
ALIAS_CUE = re.compile(  # where ALIAS_AFTER's word can begin: after its cues' last words
    r"(?:known[ \t\xa0]+as|who[ \t\xa0]+goes[ \t\xa0]+by|nicknamed)[ \t\xa0]+[\"\u201c\u2018']?"
)


def alias_of(text: str, word: str) -> str | None:
    """The one full name ``text`` gives the alias ``word``: "Marcel Lehel, the hacker known
    as \u201cGuccifer,\u201d ... Guccifer said" is Marcel Lehel, a name no rule of the
    name's own words could join to it. The name starts at a listed first name ("But
    Marcel Lehel"; "Islamic State, known as ISIS" is none). None when the text gives none
    or two."""
    if not word[:1].isupper() or " " in word:
        return None
    if not any(text.startswith(word, cue.end()) for cue in ALIAS_CUE.finditer(text)):
        return None  # no match, without compiling the word's pattern (a few ms each)
    found = set()
    for m in re.finditer(ALIAS_AFTER.format(name=NAME_WORD, word=re.escape(word)), text):
        words = m.group("name").split()
        first = next((k for k, w in enumerate(words) if nlp.written_first_name(w)), len(words))
        if len(words) - first > 1:
            found.add(" ".join(words[first:]))
    return found.pop() if len(found) == 1 else None


def beside_a_name(text: str, at: int, word: str) -> bool:
    """Whether ``word``, written at ``at``, stands in a person's name there: after a
    first name, a title, an honorific or an initial ("Susan Rice", "Mr. Gates", "J.
    Young"), or beside a capitalised word that is no frequent or title word ("Cornel
    West", "Ban Ki-moon"). A first name is capitalised: "said" is listed as one ("Said"),
    but "they said.  To believe ..." has no name; nor is a quantifier ("Many Americans")."""
    before = text[max(0, at - 30) : at].split()[-1:]
    bare = before[0].strip("\u201c\u2018\"'(").rstrip(".") if before else ""
    if bare and (
        (nlp.written_first_name(bare) and bare.lower() not in QUANTIFIERS)
        or lexicons.is_title_word(bare)
        or bare.lower() in HONORIFIC_GENDER
        or (len(bare) == 1 and bare.isupper())
    ):
        return True
    if nlp.in_title_case_line(text, at):
        return False  # "Clinton Aides Say ...": every word capitalised, none shown a name
    after = text[at + len(word) : at + len(word) + 30].split()[:1]
    before = [w for w in before if w[-1:].isalnum()]  # "Poll: Voters": the phrase ended
    return any(_name_like(w.rstrip(",.;:")) for w in (*before, *after))


def _name_like(word: str) -> bool:
    """A capitalised word that is no frequent word, no title and no day's or month's name
    ("Earlier Tuesday, his manager said": "Earlier" stands beside no name)."""
    return (
        word[:1].isupper()
        and not (nlp.is_frequent_word(word) or lexicons.is_title_word(word))
        and word not in MONTHS
        and word.lower() not in WEEKDAYS
    )


def times_written(text: str, word: str) -> int:
    """How many times ``text`` writes ``word`` as a word of its own (case kept)."""
    if WORD.fullmatch(word):
        return len(nlp.word_starts(text).get(word, ()))
    return len(re.findall(rf"\b{re.escape(word)}\b", text))  # "O'Neil"


_LONE_AFTER = re.compile(r"(?:['\u2019]s?)?(?=[ \t\xa0]+[a-z]|[,.;:])")  # LONE_SURNAME's end


def lone_surname(text: str, surname: str) -> bool:
    """Does ``text`` write ``surname`` alone (``LONE_SURNAME``: "said Bush declined", "Mr.
    Bush")? A one-word surname is looked for at its places in the article's word index
    (each match of the pattern has the surname as a whole word there), not by a pattern
    compiled for it."""
    if not WORD.fullmatch(surname):
        return re.search(LONE_SURNAME.format(re.escape(surname)), text) is not None
    size = len(surname)
    return any(
        _LONE_AFTER.match(text, at + size) and _lone_before(text, at)
        for at in nlp.word_starts(text).get(surname, ())
    )


def _lone_before(text: str, at: int) -> bool:
    """Does ``LONE_SURNAME``'s opening, ``\\b(?:[a-z]+,?|Mrs?\\.|Ms\\.)[ \\t\\xa0]+``,
    end at ``at`` (a lower-case word, or "Mr.", "Mrs." or "Ms.", then spaces)?"""
    j = at
    while j and text[j - 1] in SPACES:
        j -= 1
    if j == at:
        return False
    if text[j - 1] == ".":
        return any(
            text.startswith(title, j - len(title))
            and (j == len(title) or not _word_char(text[j - len(title) - 1]))
            for title in ("Mr.", "Mrs.", "Ms.")
            if j >= len(title)
        )
    k = j - 1 if text[j - 1] == "," else j
    i = k
    while i and "a" <= text[i - 1] <= "z":
        i -= 1
    return i < k and (i == 0 or not _word_char(text[i - 1]))


def after_capitalised(text: str, word: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` write ``word`` after spaces that follow a run of word
    characters, periods and hyphens holding a capital ("Washington Post")? Where it does
    not, ``[A-Z][\\w.\\-]*[ \\t\\xa0]+`` cannot stand right before ``word`` there."""
    at = text.find(word, start, end)
    while at >= 0:
        j = at
        while j > start and text[j - 1] in SPACES:
            j -= 1
        i = j
        while j < at and i > start and (_word_char(text[i - 1]) or text[i - 1] in ".-"):
            i -= 1
            if "A" <= text[i] <= "Z":
                return True
        at = text.find(word, at + 1, end)
    return False


def alone_at(text: str, word: str) -> Sequence[int]:
    """Where ``text`` writes ``word`` as a word of its own that no hyphen joins to another
    ("Ban" in "Ban Ki-moon", not in "Ban-Smith" or "Anti-Ban")."""
    if WORD.fullmatch(word):  # each start is a whole word's, read from the article's index
        n = len(word)
        starts = nlp.word_starts(text).get(word, ())
        return [at for at in starts if "-" not in (text[at - 1 : at], text[at + n : at + n + 1])]
    return [m.start() for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", text)]


CAPITALISED_NEXT = re.compile(r"[ \t\xa0]+([A-Z][\w'\u2019-]*)")  # "Christoph| Blocher"


def with_capitalised_next(text: str, word: str) -> list[tuple[int, re.Match[str] | None]]:
    """Where ``text`` writes ``word`` as a word of its own, each with the capitalised word
    right after it (None where there is none), read from the article's word index where
    ``word`` is one run of ``\\w`` ("Christoph", not "Jean-Luc")."""
    if WORD.fullmatch(word):
        starts: Iterable[int] = nlp.word_starts(text).get(word, ())
    else:
        starts = (m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text))
    n = len(word)
    return [(at, CAPITALISED_NEXT.match(text, at + n)) for at in starts]


def written_at(text: str, word: str) -> Sequence[int]:
    """Where ``text`` writes ``word`` after a space, not running on into a word or a hyphen
    ("Amar" in "Mr. Amar's", not in "Amar-Smith")."""
    return [at for at in alone_at(text, word) if at and text[at - 1] in SPACES]


def _read_given(
    text: str,
    words: list[tuple[int, str]],
    surname: str,
    end: int,
    found: dict[str, str],
    rejected: set[str],
) -> bool:
    """:func:`given_name`, read once for a first name alone before the surname: the same
    word before it again is read the same way (the tagger need not run again)."""
    key = normalise(words[0][1])
    if len(words) == 1 and key in rejected:
        return False
    if len(words) <= 2 and key in found:
        return True
    given = given_name(text, words, surname, end)
    if not given and len(words) == 1:
        rejected.add(key)
    return given


def given_name(text: str, words: list[tuple[int, str]], surname: str, end: int) -> bool:
    """Are ``words`` (offset, word) before ``surname``, which ends at ``end``, a first
    name and at most one middle name or initial: not a title, a listed place or
    organisation, or a noun for what someone does ("Hacker Guccifer", "Ethiopian")?"""
    (at, first), *middle = words
    if (
        len(words) > 2
        or len(first) < 2
        or first.isupper()
        or not GIVEN_NAME.fullmatch(first)
        or not all(part[:1].isupper() for part in first.split("-"))  # not "Anti-slavery"
        or nlp.known_spans([first])
        or nlp.known_spans([w for _, w in words] + [surname])  # "Goldman Sachs"
        or not nlp.is_first_name(first)
        and (
            first.lower() in lexicons.role_nouns()
            or lexicons.agent_noun(first.lower())
            and (bool(middle) or not nlp.unseen_name(first) or _noun_shown(text, first))
            # "Objector Hamish", "Hacker Guccifer"; not "Gwynfor" alone before the surname
        )
        or any(len(w.rstrip(".")) > 1 and nlp.is_frequent_word(w) for _, w in middle)
    ):
        return False
    tokens = nlp.tagged(text, max(0, at - 60), min(len(text), end + 30))
    tag = next((t.tag for t in tokens if t.span.start == at), None)
    # not an adjective ("Republican Reince Priebus"); but a word the tagger never saw,
    # read as one only for its place ("Iker/JJ Balde, the goalkeeper,", "Folake/VB
    # Adebayo" opening a sentence after a quotation, "Ivanka/FW Trump, 34,"), is a name
    return tag == "NNP" or tag in {"JJ", "NN", "VB", "VBP", "FW"} and nlp.unseen_name(first)


def _noun_shown(text: str, word: str) -> bool:
    """Is ``word``, a capitalised word the tagger never saw with an agent noun's ending,
    shown a noun: the article writes it in lower case ("the hacker"), or what is left
    without the ending is a word the tagger knows or a frequent word ("hack" in "Hacker",
    "object" in "Objector"; not "gwynf" in "Gwynfor", a given name that only ends as
    "actor" does)?"""
    bare = word.lower()
    if times_written(text, bare):
        return True
    for ending in lexicons.AGENT_ENDINGS:
        stem = bare.removesuffix(ending)
        if stem != bare and len(stem) >= 3:
            for form in (stem, stem + "e"):
                if nlp.is_frequent_word(form) or not nlp.unseen_name(form.capitalize()):
                    return True
    return False


def possessive(text: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by a possessive ("Bloomberg's pollster"), not
    by "is" or "has" cut short ("Christie's been making the case", "Rubio's not ready")?"""
    if text[end : end + 2] in {"'s", "\u2019s"}:
        return CONTRACTED.match(text, end + 2) is None
    return text[end : end + 1] in {"'", "\u2019"}


def lone_names(text: str, start: int = 0, end: int | None = None) -> list[NamedPerson]:
    """Capitalised words standing alone in ``text[start:end]``, after any opener or
    title ("Sanders", "Sen. Cruz's"): what may be the surname of a person the article
    named in full before (see :meth:`NameMatcher.known`)."""
    found = []
    for run_start, _, words in capitalised_runs(text, start, end):
        k = 0
        while k < len(words) - 1 and (
            words[k][1].lower() in RUN_OPENERS
            or lexicons.is_title_word(words[k][1])
            or nlp.is_common_word(words[k][1])  # "Was Szlachta satisfied?"
        ):
            k += 1
        if k == len(words) - 1:
            word = POSSESSIVE.sub("", words[k][1]).rstrip(".,")
            title = " ".join(w for _, w in words[:k] if w.lower() not in RUN_OPENERS)
            found.append(NamedPerson(run_start + words[k][0], word, title))
    return found


def name_start(words: list[str]) -> int | None:
    """Where the name begins in a run of capitalised words: at its first name, or after
    an honorific."""
    for i, word in enumerate(words[:-1]):
        if nlp.written_first_name(word) and not nlp.is_common_word(word):
            if _given_before_capital_particle(words, i - 1):
                return i - 1  # "Dearbhla Mac Giolla Phádraig": "Mac" is her surname's
            return i  # "Maria", not "In", "Will" or the "van" of "Pieter van Dam"
        if word.rstrip(".").lower() in HONORIFIC_GENDER:
            return i + 1
        if word.endswith(".") and lexicons.is_title_word(word):
            return i + 1  # "Rep. Sander M. Levin": whatever his first name
        titled = word in lexicons.titles() and not nlp.is_frequent_word(words[i + 1])
        if titled and not nlp.known_spans(words[i : i + 2]):
            return i + 1  # "President Obama", not "General Motors" or "President On"
        if _given_before_particle(words, i):
            return i  # "Pieter van Dam": whatever his first name
        if family_name_first(words, i):
            return i  # "Yoo Ji-hye": a family name, then a hyphenated given name
    return None


FAMILY_FIRST_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")


def family_name_first(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a family name written before a hyphenated given name that ends
    the run ("Yoo Ji-hye", "Ban Ki-moon"): a capitalised word of letters that is no
    common word, then a short capitalised syllable, a hyphen and a lower-case one that
    make no common word ("Anti-war" is none)?"""
    if i + 2 != len(words) or not (family := words[i]).isalpha() or not family[:1].isupper():
        return False
    given = words[i + 1].rstrip(".,;:")
    return (
        FAMILY_FIRST_GIVEN.fullmatch(given) is not None
        and not nlp.is_common_word(family)
        and not nlp.is_common_word(given)
        and not nlp.is_common_word(given.split("-")[0])
    )


def _given_before_particle(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a given name: a capitalised word that is no common word, before
    one particle or more written in lower case and a capitalised surname ("Pieter van
    Dam", "Luiz Inácio Lula da Silva", "Sanne van der Berg", "Ana de la Vega")?"""
    k = i + 1
    while k < len(words) and words[k] in nlp.NAME_PARTICLES:
        k += 1
    return (
        k > i + 1
        and k < len(words)
        and words[i][:1].isupper()
        and words[k][:1].isupper()
        and not nlp.is_common_word(words[i])
    )


PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "across", "outside", "inside", "around", "into", "via"}
)  # before a place or a firm: "Tourists in Puerto de la Cruz", "Sales at Banco de la Nación"


def _place_before_particles(text: str, run_start: int, words: list[str], begin: int) -> bool:
    """Is the name found at ``words[begin]`` a capitalised word no list holds as a first
    name before two particles or more, right after a preposition of place ("in Rio de la
    Plata", "at Banco de la Nación")? A place or a firm, not a person ("Sanne van der
    Berg beat", "said Sanne van der Berg")."""
    if begin + 2 >= len(words) or nlp.is_first_name(words[begin]):
        return False
    if not (words[begin + 1] in nlp.NAME_PARTICLES and words[begin + 2] in nlp.NAME_PARTICLES):
        return False
    before = text[max(0, run_start - WORD_BEFORE_REACH) : run_start].split()
    return begin == 0 and bool(before) and before[-1].lower() in PLACE_PREPOSITIONS


def _given_before_capital_particle(words: list[str], i: int) -> bool:
    """Is ``words[i]`` a given name no list holds, before a surname that opens with a
    capitalised particle read as a first name ("Dearbhla Mac Giolla Phádraig", "Orla Ní
    Chonaill"): a word of letters the tagger never saw and no demonym or title, then the
    particle and a capitalised word?"""
    return (
        i >= 0
        and i + 2 < len(words)
        and words[i + 1] in nlp.CAPITAL_PARTICLES
        and words[i][:1].isupper()
        and words[i].isalpha()
        and words[i + 2][:1].isupper()
        and nlp.unseen_name(words[i])  # not "Irish Mac Donald"
        and not lexicons.is_title_word(words[i])
        and words[i].lower() not in RUN_OPENERS
    )


PLACE_HEADS = frozenset(
    {"Street", "Avenue", "Road", "Boulevard", "Square", "Plaza", "Parkway", "Highway", "Airport"}
)  # words that end a street's or a place's name and no person's ("King Charles Street")
LOCATIVE_WORDS = frozenset(
    {"in", "near", "outside", "inside", "across", "around", "into", "via", "throughout",
     "leaving", "toward", "towards", "through"}
)  # fmt: skip


def _place_head(words: Sequence[str]) -> bool:
    """Do a run's name words end in a word that closes a street's or a place's name
    ("Charles Street", "Pennsylvania Avenue", "Logan Airport")?"""
    return len(words) > 1 and POSSESSIVE.sub("", words[-1]).rstrip(".,") in PLACE_HEADS


@lru_cache(maxsize=1 << 12)
def _only_as_a_place(text: str, name: str) -> bool:
    """Does the article write the name ``name`` (two words or more) only where a place or
    an organisation stands: right after a preposition of place or a participle of leaving
    ("a forum in Del Rio", "Leaving Fond du Lac"), or after "the" ("an interview with the
    Star Tribune"), never before a noun it would modify ("the Hillary Clinton campaign",
    "in Bernie Sanders supporters"), never after a title ("the Rev. Charles Elliott Jr."),
    and never its last word alone, as a person's surname is written ("... in Alison
    Lundergan Grimes. ... Grimes said", "in Corey Lewandowski, ... Mr. Lewandowski")? A
    person the article names is written somewhere as one: a subject, an object, an owner
    ("in Maria Lindqvist's view")."""
    words = name.split()
    if len(words) < 2:
        return False
    found = False
    for start, end in written_alone(text, name):
        found = True
        if text[end : end + 1] in ("'", "\u2019"):
            return False  # an owner: "in Maria Lindqvist's campaign"
        before = text[max(0, start - WORD_BEFORE_REACH) : start].split()
        word = before[-1].lower() if before else ""
        if word not in LOCATIVE_WORDS and word != "the":
            return False
        if (after := RUN_THEN_WORD_AFTER.match(text, end)) and nlp.dictionary_tag(
            after.group(1)
        ) in ("NN", "NNS"):
            return False  # "the Hillary Clinton campaign", "in Bernie Sanders supporters"
    return found and not _surname_alone(text, words)


def _surname_alone(text: str, words: Sequence[str]) -> bool:
    """Does ``text`` write the last of a name's ``words`` as a word on its own, not right
    after the word before it in the name nor after "the" ("Grimes said", "Ms. Grimes")?"""
    last = POSSESSIVE.sub("", words[-1]).rstrip(".,")
    for start, _ in written_alone(text, last):
        before = text[max(0, start - WORD_BEFORE_REACH) : start].split()
        if not before or before[-1] not in (words[-2], "the", "The"):
            return True
    return False


def written_alone(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes ``word`` with no word character either side: the matches of
    ``re.finditer(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)``, found with ``str.find``
    (no pattern compiled for each name, as nearly every one was)."""
    if not word:
        yield from (m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    at, size = text.find(word), len(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def _word_char(char: str) -> bool:
    """Is ``char`` one that ``\\w`` matches (a letter, digit or numeral, or "_")?"""
    return char.isalnum() or char == "_"


RUN_THEN_WORD_AFTER = re.compile(r"[ \t\xa0]+([a-z]+)\b")


def _ends_name(word: str) -> bool:
    """A word no name holds: a frequent word, a speech verb ("Will", "Said") or a day of
    the week ("Super Tuesday", "won South Carolina Saturday", "asked Clinton Friday")."""
    return nlp.is_common_word(word) or word.lower() in lexicons.cue_forms() or _day_name(word)


def _day_name(word: str) -> bool:
    """A day of the week, which ends a name even before running text, where a frequent
    word may be a surname ("George Will said"; "asked Clinton Friday whether")."""
    return word.rstrip(".,;:").lower() in WEEKDAYS


def in_running_text(text: str, name: str) -> bool:
    """Is ``name`` plainly a name: no frequent word in it ("Aaron Klein Investigative
    Radio"), and written somewhere in ``text`` past the first line and outside a title-case
    line (a headline's name runs on into its verb: "Mike Pence Calls for Special
    Prosecutor", "Donald Trump Rampages to +32 Point Lead")?"""
    if any(nlp.is_frequent_word(w) for w in name.split()):
        return False
    first_line = text.find("\n")
    return any(
        m.start() > first_line and not nlp.in_title_case_line(text, m.start())
        for m in re.finditer(re.escape(name), text)
    )


def inner_surnames(name: str, text: str) -> list[str]:
    """The words inside ``name`` that may be the first of two surnames, where the name is
    three or four capitalised words of letters alone, the first a listed first name: a
    first name (or two) and two surnames ("Melba Acosta Febo": "acosta"; "María Fernanda
    López Gutiérrez": "fernanda", "lópez"; not "Donald Trump-led Republican"). A listed
    first name among them is a middle name, which ``core.cast_names.NameMatcher._middle_named``
    leaves alone.
    A first name no list holds, and no common noun, opens a name of three words
    ("Mehrdad Karimi Rad": "karimi"). A name of four words, or of an unlisted first
    name, counts only where ``text`` writes it outside a headline. The
    words are read as :func:`clean_name` shows them: mojibake read back ("BasÃ¡Ã±ez") is
    letters alone."""
    words = clean_name(name).split()
    if not (3 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)):
        return []
    if not nlp.is_first_name(words[0]) and (len(words) == 4 or nlp.common_noun(words[0])):
        return []  # an unlisted first name of three words only ("Mehrdad Karimi Rad")
    if (len(words) == 4 or not nlp.is_first_name(words[0])) and not in_running_text(text, name):
        return []  # "Clinton Cash Debunks Hillary"
    return list(name_words(name)[1:-1])


def people_noun(word: str) -> bool:
    """A singular noun for a person: a role ("voter", "mother") or "man", "woman"."""
    return word in ("man", "woman") or (
        person_noun(word) and word not in ("people", "person") and not word.endswith("s")
    )


def singular_person(word: str) -> bool:
    """A singular noun for a person, listed (``people_noun``) or shaped as one by what
    they do ("pharmacist", "caregiver"; ``lexicons.agent_noun``), as the head of a
    subject "A ..." or "One ..." is (not after "my": "My flower shop"), a kind of person
    in WordNet ("guard": ``lexicons.person_nouns``) or a noun of a gender ("boy")."""
    return (
        people_noun(word)
        or lexicons.agent_noun(word)
        or word in lexicons.person_nouns()
        or noun_gender(word) is not None
    )


ROMANCE_PARTICLES = frozenset({"da", "das", "de", "do", "dos", "della", "di", "del"})
# of the name particles, those after which a Portuguese, Spanish or Italian name's family
# name stands while the word before is what the person is called ("Lula da Silva")


def called_before_particle(name: str) -> str | None:
    """The word a person named in four words or more, a lower-case particle and a
    surname last, is called by alone: the capitalised word before the particle, not the
    first ("Luiz Inácio Lula da Silva": "lula"; "Ludwig van Beethoven": none)."""
    words = name.split()
    if len(words) < 4 or not words[0][:1].isupper():
        return None
    at = next((k for k in range(2, len(words) - 1) if words[k] in ROMANCE_PARTICLES), None)
    if at is None or not words[at - 1][:1].isupper() or not words[at - 1].isalpha():
        return None
    if not all(w[:1].isupper() for w in words[at + 1 :]):
        return None
    called = name_words(words[at - 1])
    return called[0] if called else None


@lru_cache(maxsize=1 << 16)
def one_slip(word: str, other: str) -> bool:
    """Is ``word`` the surname ``other`` (five letters or more) misspelt by one slip: two
    letters side by side swapped ("Bryne", "Byrne"), one letter left out, added or
    changed ("Sweeny", "Sweeney")? Not a plural or a possessive of it ("the Clintons").
    Letters in either case count the same. Cached: a lone surname is asked against each
    surname of the article's cast, and asked again at each of its mentions (14,147 asks
    over the 84 side-by-side articles, 5,022 of them distinct)."""
    word, other = word.lower(), other.lower()
    if len(other) < 5 or word == other or abs(len(word) - len(other)) > 1:
        return False
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    if longer in (shorter + "s", shorter + "'s"):
        return False
    first = next((k for k in range(len(shorter)) if word[k] != other[k]), len(shorter))
    if len(word) != len(other):
        return longer[first + 1 :] == shorter[first:]  # one letter left out or added
    if word[first + 1 :] == other[first + 1 :]:
        return True  # one letter changed
    swapped = word[first] == other[first + 1] and word[first + 1] == other[first]
    return swapped and word[first + 2 :] == other[first + 2 :]


def fuller(words: Sequence[str], theirs: Sequence[str]) -> bool:
    """Do ``words`` name someone more fully than ``theirs``: more words, or the first name
    in full ("Kenneth Starr" after "Ken Starr")?"""
    if len(words) != len(theirs):
        return len(words) > len(theirs)
    return bool(words) and words[0] != theirs[0] and words[0].startswith(theirs[0])


def compatible_first(words: list[str], theirs: list[str]) -> bool:
    """ "Hillary Clinton" and "Bill Clinton" differ; "Hillary Rodham Clinton" fits both,
    and "Ken Starr" fits "Kenneth Starr" (a first name cut short, of the same gender)."""
    return (
        words[0] == theirs[0]
        or words[0][0] == theirs[0][0]
        and (len(words[0]) <= 2 or len(theirs[0]) <= 2)
        or cut_short(words[0], theirs[0])
    )


def cut_short(first: str, other: str) -> bool:
    """Is one first name the other cut short ("Ken"/"Kenneth", "Stan"/"Stanley"): three
    letters or more starting the other, of no different gender (not "Eric"/"Erica")?"""
    short, long = sorted((first, other), key=len)
    return len(short) >= 3 and long.startswith(short) and _same_gender(short, long)


def _same_gender(first: str, other: str) -> bool:
    """Do two first names suggest no different genders?"""
    genders = {nlp.first_name_gender(first), nlp.first_name_gender(other)} - {None}
    return len(genders) <= 1


def surname_of(name: str, words: list[str], theirs: list[str]) -> bool:
    """Are ``words`` (of ``name``) the last words of the name ``theirs``, written as one
    word or with no first name of their own: a hyphenated surname or one with a particle
    ("Lopez-Cantera", "de Blasio", "Van Dam" after "Pieter van Dam")?"""
    n = len(words)
    one_word = " " not in name.strip()
    return (
        1 < n < len(theirs)
        and theirs[-n:] == words
        and (one_word or not nlp.is_first_name(words[0]) or words[0] in nlp.NAME_PARTICLES)
    )


# an age set off after a name ("Ivanka Trump, 34, could be"): a person's, even where the
# name opens its sentence, so its unlisted first word is a given name
AGE_APPOSED = re.compile(r",[ \t\xa0]+\d{1,3},")


def kin_introducing(text: str, at: int) -> str | None:
    """The kin noun whose appositive a naming at ``at`` is, after a possessive pronoun or
    name (:data:`KIN_INTRODUCING`: "his wife, | Jane Sanders", "her son |Malachi",
    "Schilling's son, | Grant", "The designer's mother, | Ngozi Obi", also after a
    described trade: "His nephew, the drummer | Adonis Batiste"); None where no such
    noun stands right before it."""
    found = kin_owned(text, at)
    return found.group("kin") if found else None


def kin_owned(text: str, at: int) -> re.Match[str] | None:
    """The possessive and kin noun (:data:`KIN_INTRODUCING`) right before a naming at
    ``at``, or before a described trade there ("his wife, | Jane", "Schilling's son, |
    Grant", "His nephew, the drummer | Adonis"), if any."""
    start = max(0, at - KIN_INTRODUCING_REACH)
    if (described := DESCRIBED_KIN.search(text, start, at)) is not None:
        at = described.start()  # the kin noun before "the drummer"
    return KIN_INTRODUCING.search(text, start, at)
