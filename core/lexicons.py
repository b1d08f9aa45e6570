"""The word lists shipped in ``resources/lexicons``, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.document import Token

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # lower case, no period
DETERMINERS_AND_OWNERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})
# The words title case leaves in lower case inside a title (Chicago and MLA): articles,
# conjunctions and short prepositions
MINOR_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "from",
    "in", "into", "of", "on", "onto", "per", "than", "to", "via", "vs", "vs.", "with"
})  # fmt: skip
PARTY_MEMBERS = frozenset({"democrat", "republican", "independent", "libertarian"})  # a party's
# member, a noun for a person ("Democrats on the committee"), though capitalised
# Linking adverbs that open a sentence ("Meanwhile, ...", "Moreover ...") which the tagger
# has no one tag for out of context; the others it reads as adverbs (RB: "perhaps",
# "however", "still", "nevertheless")
LINKING_ADVERBS = frozenset(
    {"meanwhile", "moreover", "accordingly", "similarly", "additionally", "separately",
     "ironically", "interestingly", "incidentally", "conversely", "alternatively", "thereafter"}
)  # fmt: skip
ORGANISATION_HEADS = frozenset(  # common nouns for an organisation ("the campaign said")
    {"campaign", "administration", "company", "government", "team", "office", "department",
     "ministry", "agency", "committee", "council", "party", "group", "firm", "network"}
)  # fmt: skip


AGENCY_NAME_HEADS = (  # the last words of a public body's name that "the agency" refers back to
    "agency", "administration", "commission", "service", "bureau", "authority", "department",
    "board", "office", "institutes", "institute", "survey", "corps", "center", "centre",
)  # fmt: skip


def party_member(word: str) -> bool:
    """ "Democrat", "Republican": a party's member, a noun for a person though capitalised."""
    return word.lower() in PARTY_MEMBERS


def party_word(word: str) -> bool:
    """Is the capitalised ``word`` a party's member, its plural or its adjective
    ("Republican", "Democrats", "Democratic", "Independents")?"""
    return word[:1].isupper() and party_member(word.removesuffix("s").removesuffix("ic"))


def _lines(name: str) -> list[str]:
    text = resources.files("resources.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _cue_lexicon() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """cue_verbs.txt read: the forms read as cues by their text, those read as cues only when
    tagged as a verb, those read only before their particle, and each phrasal lemma's particle.

    A line is "verb", "verb = lemma" (another spelling of lemma) or "verb particle" (a
    phrasal cue: "cut in"), and may end in ": forms" listing irregular ones. The -s, past and
    -ing forms are made by spelling rules; a listed form ending in -ing replaces the made -ing
    form, any other listed one the made past ("say: said", "admit: admitted admitting");
    "~form" keeps a made form that is also a noun for words tagged as a verb ("attack:
    ~attacks"), and "-form" leaves a made one out."""
    plain: dict[str, str] = {}
    tagged: dict[str, str] = {}
    phrasal: dict[str, str] = {}
    particles: dict[str, str] = {}
    for line in _lines("cue_verbs.txt"):
        head, _, rest = line.partition(":")
        verb, _, lemma = (part.strip() for part in head.partition("="))
        verb, _, particle = verb.partition(" ")
        lemma = lemma or verb
        listed = rest.split()
        if particle:
            particles[lemma] = particle
        for form in inflections(verb, listed):
            target = phrasal if particle else tagged if "~" + form in listed else plain
            target[form.lower()] = lemma
    return plain, tagged, phrasal, particles


def cue_forms() -> dict[str, str]:
    """The inflected forms of the speech verbs read as cues by their text alone, mapped to
    their lemma: what a reader with no tag asks ("said" -> "say"; not "attacks", also a
    noun, nor "cut", a cue only in "cut in")."""
    return _cue_lexicon()[0]


@cache
def verb_forms() -> dict[str, str]:
    """Every form of every speech verb in the lexicon, mapped to its lemma (what a cue
    found by :func:`is_cue` is a form of)."""
    plain, tagged, phrasal, _ = _cue_lexicon()
    return {**phrasal, **tagged, **plain}


def cue_particle(lemma: str) -> str:
    """The particle a phrasal speech verb takes ("chime" -> "in"), or ""."""
    return _cue_lexicon()[3].get(lemma, "")


CLAUSE_ENDS = frozenset({".", ",", "!", "?", ";", ":"})  # after a phrasal cue's particle


def is_cue(tokens: Sequence[Token], k: int) -> bool:
    """Is the tagged word ``tokens[k]`` a form of a speech verb? A form that is also a noun
    counts where it is tagged as a verb ("she attacks/VBZ" but not "the attacks/NNS"), and a
    phrasal one before its particle, tagged as a verb or the particle ending the clause
    ("cut/VBD in Ann Lowry", "Ann Lowry cut/NN in."; not "cut taxes", "a cut in taxes")."""
    token = tokens[k]
    word = token.text.lower()
    plain, tagged, phrasal, particles = _cue_lexicon()
    if word in plain:
        return True
    verb = token.tag.startswith("VB")
    if word in tagged:
        return verb
    if word not in phrasal or k + 1 >= len(tokens):
        return False
    if tokens[k + 1].text.lower() != particles[phrasal[word]]:
        return False
    return verb or k + 2 == len(tokens) or tokens[k + 2].text in CLAUSE_ENDS


@cache
def cue_lemmas() -> frozenset[str]:
    """The speech verbs' lemmas ("say", "claim", "warn")."""
    plain, tagged, _, _ = _cue_lexicon()
    return frozenset({*plain.values(), *tagged.values()})


def inflections(verb: str, irregular: Sequence[str] = ()) -> list[str]:
    """The verb with its -s, past and -ing forms; listed irregular forms replace made ones,
    and those listed as "-form" are left out."""
    listed = [form for form in irregular if not form.startswith(("-", "~"))]
    ing = [form for form in listed if form.endswith("ing")] or [_ing(verb)]
    past = [form for form in listed if not form.endswith("ing")] or [_ed(verb)]
    made = [verb, _s(verb), *past, *ing]
    return [form for form in made if "-" + form not in irregular]


_SIBILANT = re.compile(r"(s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
# One syllable ending in one vowel and one consonant doubles it ("snap", "quip", "slam").
_DOUBLING = re.compile(r"^(?:qu|[^aeiouy])*[aeiou][^aeiouwxy]$")


def _s(verb: str) -> str:
    """The -s form: "says", "testifies", "stresses", "muses"."""
    if _CONSONANT_Y.search(verb):
        return verb[:-1] + "ies"
    return verb + ("es" if _SIBILANT.search(verb) else "s")


def _ed(verb: str) -> str:
    """The regular past: "accused", "testified", "snapped", "muttered"."""
    if verb.endswith("e"):
        return verb + "d"
    if _CONSONANT_Y.search(verb):
        return verb[:-1] + "ied"
    return _doubled(verb) + "ed"


def _ing(verb: str) -> str:
    """The regular -ing form: "saying", "musing", "lying", "snapping"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return _doubled(verb) + "ing"


def _doubled(verb: str) -> str:
    """The stem before -ed/-ing: a short verb's last consonant doubled ("snap" -> "snapp")."""
    return verb + verb[-1] if _DOUBLING.match(verb) else verb


@cache
def titles() -> frozenset[str]:
    """Titles and honorifics, as written (``Gen.``, ``Prime Minister``)."""
    return frozenset(_lines("titles.txt"))


@cache
def title_words() -> frozenset[str]:
    """Single words that occur in titles, lower-cased and without periods."""
    return frozenset(w.rstrip(".").lower() for t in titles() for w in t.split())


@cache
def role_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _lines("role_nouns.txt"))


def is_role_noun(word: str) -> bool:
    """A listed role noun or a compound of one (see ``compound_role_noun``)."""
    return word in role_nouns() or compound_role_noun(word)


def compound_role_noun(word: str) -> bool:
    """A longer word a listed role noun of five letters or more closes after three letters
    or more ("neurosurgeon", "policymaker", "speechwriter")."""
    return word.isalpha() and word[3:].endswith(_long_role_nouns())


@cache
def _long_role_nouns() -> tuple[str, ...]:
    return tuple(n for n in role_nouns() if len(n) >= 5 and n.isalpha())


@cache
def long_role_nouns() -> frozenset[str]:
    """The role nouns a longer word may close as a compound (``compound_role_noun``)."""
    return frozenset(_long_role_nouns())


@cache
def organisation_words() -> frozenset[str]:
    return frozenset(_lines("organisations.txt"))


@cache
def news_outlet_words() -> frozenset[str]:
    """Lower-case words that close a news outlet's name or are one ("times", "reuters")."""
    return frozenset(_lines("news_outlet_words.txt"))


@cache
def speech_nouns() -> frozenset[str]:
    return frozenset(_lines("speech_nouns.txt"))


def statement_nouns() -> frozenset[str]:
    return frozenset(_lines("statement_nouns.txt"))


def counting_heads() -> frozenset[str]:
    return frozenset(_lines("counting_heads.txt"))


def governed_places() -> frozenset[str]:
    return frozenset(_lines("governed_places.txt"))


DERIVED_ENDINGS = (  # a noun's ending and the verb's it replaces: describe/description,
    ("ption", "be"),  # conclude/conclusion, concede/concession, admit/admission,
    ("sion", "de"),  # respond/response
    ("ssion", "de"),
    ("ssion", "t"),
    ("nse", "nd"),
    ("anation", "ain"),  # explain/explanation
)


@cache
def speech_act(noun: str) -> bool:
    """Does ``noun`` name what a speech verb does: one of the speech nouns, or a listed
    verb's lemma made a noun ("claim", "remarks", "warning", "assertion", "accusation")?"""
    if noun in speech_nouns():
        return True
    lemmas = cue_lemmas()
    for suffix in ("", "s", "ing", "ings", "ion", "ions", "ation", "ations", "ment", "ments"):
        stem = noun[: len(noun) - len(suffix)] if suffix else noun
        if noun.endswith(suffix) and (stem in lemmas or stem + "e" in lemmas):
            return True
    word = noun.removesuffix("s")
    return any(  # the verb's ending changed: "description", "conclusion", "admission"
        word.endswith(suffix) and word[: len(word) - len(suffix)] + ending in lemmas
        for suffix, ending in DERIVED_ENDINGS
    )


@cache
def abbreviated_title_words() -> frozenset[str]:
    """Title words written only abbreviated ("pres" of "Pres."), lower-cased without the
    period: no plural is made of them ("press" is no number of "Pres.")."""
    written = {w.lower() for t in titles() for w in t.split()}
    return frozenset(w[:-1] for w in written if w.endswith(".") and w[:-1] not in written)


@lru_cache(maxsize=1 << 14)
def is_title_word(word: str) -> bool:
    """A title's word ("Sen.", "senator", "Gen"); one written only abbreviated whose bare
    word is a given name ("Del." of Delegate: "Del Toro", "Del Rio") only with its period;
    a capitalised office noun ("Committeeman", see ``office_noun``). Cached: the readers
    of names ask about the same capitalised words again and again."""
    bare = word.rstrip(".").lower()
    if bare in title_words():
        return word.endswith(".") or bare not in _named_abbreviations()
    return word[:1].isupper() and office_noun(word)


GENDERED_ENDINGS = ("woman", "person", "man")  # "woman" before "man", which closes it


def office_noun(word: str) -> bool:
    """A word ending in -man, -woman or -person ("Committeeman", "Assemblyperson") whose
    form with any of the three endings is a listed title or role noun, or a compound of
    one, after its last hyphen ("co-chairwoman"): an office, not a surname ("Chapman")."""
    lower = word.lower().rsplit("-", 1)[-1]
    ending = next((e for e in GENDERED_ENDINGS if lower.endswith(e)), None)
    if ending is None or not lower.isalpha() or len(lower) <= len(ending) + 2:
        return False
    stem = lower[: -len(ending)]
    return any(stem + e in title_words() or is_role_noun(stem + e) for e in GENDERED_ENDINGS)


@cache
def _named_abbreviations() -> frozenset[str]:
    """The title words written only abbreviated that are given names too ("del")."""
    from core import nlp  # nlp reads this module's lists

    return frozenset(w for w in abbreviated_title_words() if nlp.is_first_name(w.capitalize()))


OFFICE_EQUIVALENTS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "pres": "president", "secy": "secretary", "atty": "attorney", "lt": "lieutenant",
    "prof": "professor", "dr": "doctor", "adm": "admiral", "col": "colonel", "capt": "captain",
    "sgt": "sergeant", "det": "detective", "supt": "superintendent", "cmdr": "commander",
    "amb": "ambassador",
}  # fmt: skip
NOMINAL_OFFICES = {"congressman": "representative", "congresswoman": "representative"}


def spelled_out(word: str) -> str:
    """ "Sen." -> "Senator", "Gov" -> "Governor"; other words as they are."""
    full = OFFICE_EQUIVALENTS.get(word.strip(".,;:()").lower())
    return full.capitalize() if full and word[:1].isupper() else word


@cache
def function_words() -> frozenset[str]:
    """Words two unrelated quotes share by chance, lower-cased, apostrophes straight."""
    return frozenset(_lines("function_words.txt"))


# Words with an agent ending that name no person ("letter", "order", "committee").
NOT_AGENTS = frozenset(
    {"number", "letter", "order", "border", "center", "centre", "power", "matter", "water",
     "paper", "corner", "chapter", "quarter", "computer", "cancer", "dinner", "career", "error",
     "factor", "sector", "mirror", "honor", "labor", "favor", "floor", "color", "river",
     "weather", "summer", "winter", "theater", "theatre", "tower", "answer", "manner",
     "character", "committee", "coffee", "degree", "guarantee", "chamber", "charter",
     "newspaper", "headquarter", "register", "corridor", "interior", "behavior", "terror",
     "horror", "disaster", "danger", "shelter", "trailer", "banner", "poster", "platter",
     "encounter", "cluster", "thriller", "semester", "meter", "filter", "finger", "shoulder",
     "motor", "vendor", "sponsor", "human", "median", "german", "spider", "whisper", "layer",
     "offer", "cover", "super", "other", "another", "further", "former", "latter", "either",
     "neither", "whether", "however", "together", "rather", "ever", "never", "over", "under",
     "after", "later", "earlier", "proper", "sheer", "woman", "person", "christian",
     "reminder", "remainder", "trigger", "sticker", "wrapper", "counter", "calendar",
     "platform", "minor", "major", "mayor", "senior", "junior", "wonder",
     "server", "racist", "sexist", "barrier", "tender", "thunder", "saver"}
)  # fmt: skip
AGENT_ENDINGS = ("ist", "ian", "man", "woman", "person", "er", "or", "ee", "eer")


@cache
def person_nouns() -> frozenset[str]:
    """Nouns whose first sense in WordNet names a person ("landlord", "quarterback",
    "registrar": see scripts/make_person_nouns.py), less the words no ending makes an
    agent either (``NOT_AGENTS``: "senior", "major", "woman")."""
    return frozenset(_lines("person_nouns.txt")) - NOT_AGENTS


@cache
def person_kinds() -> frozenset[str]:
    """Nouns whose first sense in WordNet is a kind of person too general to stand alone as
    a title ("friend", "leader", "dissident": see scripts/make_person_nouns.py)."""
    return frozenset(_lines("person_kinds.txt"))


@cache
def person_phrases() -> frozenset[str]:
    """Two-word nouns and abbreviations whose first sense in WordNet names a person
    ("running mate", "vice president", "vp": see scripts/make_person_nouns.py)."""
    return frozenset(_lines("person_phrases.txt"))


def ends_in_person_phrase(words: Sequence[str]) -> bool:
    """Do a nominal's ``words`` end in a person phrase ("Hale's running mate", "his
    potential VP")?"""
    last = [w.replace(".", "").lower() for w in words[-2:]]
    return bool(last) and (" ".join(last) in person_phrases() or last[-1] in person_phrases())


def compound_person_noun(bare: str) -> bool:
    """ "radioman", "gunman", "anchorwoman", "chairperson": an agent noun closed by "man",
    "woman" or "person", a person whatever list holds it."""
    return agent_noun(bare) and bare.endswith(("man", "woman", "person"))


@cache
def thing_nouns() -> frozenset[str]:
    """Nouns whose first sense in WordNet is a thing that says nothing: a quality,
    feeling, state, event, place or object ("strength", "optimism", "vacation", "island":
    see scripts/make_thing_nouns.py)."""
    return frozenset(_lines("thing_nouns.txt"))


def thing_noun(word: str) -> bool:
    """Is the lower-case noun ``word``, in the singular or a regular plural, one of the
    ``thing_nouns`` ("strengths", "victories")?"""
    singulars = (word, word.removesuffix("s"), word.removesuffix("es"))
    if word.endswith("ies"):
        singulars += (word[:-3] + "y",)
    return any(w in thing_nouns() for w in singulars)


@cache
def organisation_nouns() -> frozenset[str]:
    """Nouns whose first sense in WordNet is a kind of organization ("church", "club",
    "school", "institution": see scripts/make_organisation_nouns.py), the word that closes
    an organisation's name as a person noun closes a description of someone."""
    return frozenset(_lines("organisation_nouns.txt"))


def agent_noun(bare: str) -> bool:
    """ "strategist", "developer", "appointee": a noun for a person by what they do."""
    return (
        len(bare) >= 6
        and bare.isalpha()
        and bare.endswith(AGENT_ENDINGS)
        and (bare not in NOT_AGENTS)
    )
