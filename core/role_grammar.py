"""The grammar of roles over tagged tokens: what stands before a name, after it, and in a
clause about it.

Each reader takes the tagged tokens of one sentence (:func:`sentence_tokens`) and the
position of a name in them, and gives the role the sentence states there, or None:

- a title before the name: "Defense Minister Danno Pevkur", "the governor's press
  secretary Ana Ruiz", "Secretary of Agriculture Tom Vilsack", "her chief of staff
  Cheryl Mills" (:func:`title_before`);
- a noun phrase the name is set beside: "a Twitter spokesman, Christopher Abboud, said",
  "One of his advisers, Tad Devine,", "... and the party's 2012 nominee, Mitt Romney."
  (:func:`apposed_before`);
- an appositive after the name: ", head of the Shenzhen Port Authority", ", 64, a retired
  neurosurgeon", ", Sen. Pell's chief of staff", with a relative clause that says what
  the person does (", a member of ... who sits on ..."), or such a clause alone (", who
  served as ...") (:func:`appositive_after`);
- a copula: "Brieger is the current chairman of ..." (:func:`copula_after`).

A role is a noun phrase whose head names a role (a role noun or title from the lexicons,
or an agent noun such as "strategist" or "developer"), with its complements ("of the
Shenzhen Port Authority"); an indefinite appositive after a subject's or a quoted
speaker's name describes the person whatever its noun (", 39, a waitress at the Golden
Bear"). It stops at punctuation, a verb, a clause that says something
else about the person, and a photo credit glued to the text ("Getty ImagesRepublican").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from core import lexicons, nlp
from core.dates import MONTHS, WEEKDAYS
from core.document import Span, Token
from core.kind_evidence import HONORIFIC_GENDER, KIN_GENDER
from core.person_names import GRADE, TENURE_PREFIXES
from core.phrases import (
    ASIDE_DASHES,
    FINITE_TAGS,
    TIME_NOUNS,
    TIME_WORDS,
    body_words_joined,
    hyphen_glued,
    naming_clause_start,
    person_compound,
)

HONORIFICS = frozenset(HONORIFIC_GENDER) | {"mx", "messrs"}
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Tags of words that never stand inside a title or a role's first noun phrase.
CLOSED_TAGS = frozenset(
    {"DT", "PDT", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "IN", "TO", "CC", "MD", "EX", "UH",
     "RP", "RB", "RBR", "RBS"}
)  # fmt: skip
FUNCTION_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "WDT", "WP", "IN", "TO", "CC", "MD", "EX"})
# The words of the small closed classes, by tag.
CLOSED_WORDS = {
    "TO": frozenset({"to", "na"}),
    "DT": frozenset({"a", "an", "the", "this", "that", "these", "those", "some", "any", "no",
                     "every", "each", "all", "both", "either", "neither", "another", "such",
                     "half", "whatever", "which", "what"}),
    "CC": frozenset({"and", "or", "but", "nor", "yet", "so", "plus", "&", "either", "neither",
                     "both", "versus", "vs", "vs."}),
    "MD": frozenset({"can", "could", "may", "might", "must", "shall", "should", "will",
                     "would", "ought", "wo", "ca", "'ll", "\u2019ll", "'d", "\u2019d", "need",
                     "dare"}),
}  # fmt: skip
PARTICIPLE_OBJECTS = frozenset({"IN", "TO", "DT", "PRP", "PRP$", "NNP", "NNPS", "RB", "CD"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "VBN", "VBG", "FW"})
# Function words that end a title read back from a name, whatever the tagger says.
TITLE_STOP = frozenset(
    {"the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "with", "by",
     "from", "for", "that", "this", "these", "those", "who", "whom", "whose", "which", "what",
     "where", "when", "why", "how", "as", "than", "like", "about", "against", "between",
     "after", "before", "over", "under", "into", "onto", "upon", "via", "his", "her", "their",
     "its", "our", "my", "your", "he", "she", "they", "we", "it", "i", "is", "was", "are",
     "were", "be", "been", "has", "had", "have", "not", "also", "while", "if", "then", "so",
     "said", "says", "told", "tells", "asked", "added"}
)  # fmt: skip
# Lower-case words that qualify a role ("retired Air Force general", "longtime pollster").
MODIFIERS = frozenset(
    {"former", "retired", "longtime", "long-time", "acting", "interim", "incoming", "outgoing",
     "current", "then", "senior", "junior", "deputy", "assistant", "associate", "top", "chief",
     "executive", "principal", "veteran", "newly", "late", "founding", "presumptive",
     "would-be", "onetime", "one-time", "ex", "elected", "appointed", "leading", "ranking",
     "outside"}
)  # fmt: skip
# Modifiers that open a title: only a determiner, a possessive or a capitalised word goes
# before them ("Trump's former aide", not "the challenge | former Alaska Gov.").
OPENING_MODIFIERS = frozenset({"former", "ex", "then", "onetime", "one-time", "late", "would-be"})
# Prepositions that join a complement to a role ("head of", "adviser to", "fellow at").
PREPOSITIONS = frozenset(
    {"of", "for", "at", "to", "on", "in", "from", "with", "under", "within", "behind", "since",
     "during"}
)  # fmt: skip
# Prepositions inside a proper name ("University of Washington"); reading a phrase forward
# from its start, "for" too ("Democracy for America's executive director"), which read back
# from a name may join a verb to it ("called Wednesday | for | Supreme Court Justice").
OF = frozenset({"of"})
NAME_PREPOSITIONS = frozenset({"of", "for"})
NAME_ON = frozenset({"of", "on"})  # "Council on Foreign Relations", "Center on Budget ..."
# Words before an appositive's noun phrase that keep it a description ("now a consultant").
OPENING_QUOTES = frozenset({"\u201c", "``", '"', "\u2018", "'", "''"})
CLOSING_QUOTES = frozenset({"\u201d", "''", '"', "\u2019", "'"})
# Punctuation after which a clause, and a phrase set beside a name, may begin.
# A dash setting off an aside, or a hyphen standing apart as one ("for Ayotte - the
# first-term senator from New Hampshire"): the tokens keep a hyphen inside a word with it.
DASHES = ASIDE_DASHES | {"-"}
CLAUSE_OPENERS = frozenset({",", ";", ":", ".", "!", "?", "\u201d", "''", '"'}) | DASHES
RELATIVES = frozenset({"who", "whose", "that", "which"})
DASH_CLOSERS = DASHES | {".", "!", "?", ";"}
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", ")", "("}) | DASHES
MAX_TAIL = 12  # words an appositive may run on past its noun phrase
MAX_TITLE = 24  # words of a quoted title, past the first 12 in title case only
# Nouns of time the tagger reads as nouns where they stand as adverbs.
DEICTIC_TIMES = frozenset({"today", "tonight", "yesterday", "tomorrow"})
OPENING_ADVERBS = frozenset({"now", "also", "once", "then", "currently", "formerly", "still"})
# Adverbs that make a relative clause's verb one event ("who recently published a book",
# "who just wrote"), not what the person does.
EVENT_ADVERBS = frozenset({"recently", "just", "lately", "newly"})
# Adverbs that tell when a title is held ("and now | state Sen.", "once | state Rep."):
# the opening adverbs less those that go as well with a verb ("also", "still").
TENURE_ADVERBS = OPENING_ADVERBS - {"also", "still"}
# Verbs of a relative clause that says what someone does ("who heads", "who served as").
ROLE_VERBS = frozenset(
    {"heads", "headed", "leads", "led", "runs", "ran", "run", "chairs", "chaired", "directs",
     "directed", "oversees", "oversaw", "founded", "co-founded", "cofounded", "represents",
     "represented", "manages", "managed", "advises", "advised", "teaches", "taught", "hosts",
     "hosted", "edits", "edited", "owns", "owned", "coaches", "coached", "sits", "sat",
     "works", "worked", "serves", "served", "covers", "covered", "studies", "studied",
     "specializes", "specialized", "focuses", "focused", "writes", "wrote", "consults",
     "consulted", "researches", "researched", "tracks", "tracked", "supervises", "supervised",
     "organizes", "organized", "coordinates", "coordinated", "monitors", "analyzes",
     "lobbies", "lobbied", "co-chairs", "co-chaired", "co-hosts", "anchors", "anchored",
     "produces", "produced", "publishes", "published", "operates", "operated", "volunteers",
     "volunteered", "trains", "trained", "investigates", "investigated", "polls", "polled"}
)  # fmt: skip
# Verbs that give an office named after "as" in a relative clause ("who took over as
# head of ...", "who was named last week as a leader of ..."), or end one ("who stepped
# down last week as Politico's chief executive": a former role).
AS_OFFICE_VERBS = frozenset(
    {"took", "takes", "named", "appointed", "hired", "elected", "chosen", "tapped", "picked",
     "selected", "installed", "joined", "joins", "returned", "returns", "signed", "remains",
     "remained", "continues", "continued", "stayed", "stays"}
)  # fmt: skip
LEFT_OFFICE_VERBS = frozenset({"stepped", "resigned", "retired", "left", "quit"})
# Participles of a passive that ends an office ("who was fired as chief of staff", "who was
# ousted as party chairman last year": a former role).
REMOVED_FROM_OFFICE = frozenset(
    {"fired", "ousted", "dismissed", "removed", "sacked", "deposed", "replaced", "forced",
     "pushed", "impeached", "recalled"}
)  # fmt: skip
# A tenure counted in years or terms before a title ("34-year | state Sen.", "two-term").
_SPAN_OF_YEARS = re.compile(r"[\w]+-(?:year|term)", re.IGNORECASE)
COPULAS = frozenset({"is", "was"})
BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "did"})
BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
AS_VERBS = frozenset({"serves", "served", "serving", "works", "worked", "working",
                      "specializes", "specialized", "focuses", "focused", "volunteers",
                      "volunteered", "consults", "consulted", "writes", "wrote"})  # fmt: skip
PAST = frozenset({"was", "had", "served", "worked", "spent"})
# Verbs before an office held for a counted time ("served two terms as", "spent two decades
# as", "worked 30 years as"); "served" and "worked" also before "as" alone.
TENURE_VERBS = frozenset({"serves", "served", "spent", "works", "worked"})
# Tags an agent noun may have: a noun's, or a past tense's, which no word with an agent
# ending is ("Florida developer/VBD Mel Sembler"); not a verb's ("to hammer/VB").
AGENT_TAGS = frozenset({"NN", "NNS", "VBD"})
YEAR = re.compile(r"(?:1[89]|20)\d\d(?:'?s)?|'\d\ds")  # "1983", "1980s", "1980's", "'80s"
# A photo credit: no role reads across one ("JEWEL SAMAD via Getty ImagesRepublican ...").
CREDIT = re.compile(
    r"\bvia Getty(?: ?Images)?|Getty ?Images|\bAP Photos?\b|\b(?:Photo|Image|Picture)s? "
    r"(?:by|credit|courtesy)\b|\b(?:Photo|Image)s?:|\bShutterstock\b|ASSOCIATED PRESS|"
    r"[A-Z][a-z]+ [A-Z][\w'\u2019-]*/(?:AP|AFP|Reuters|EPA|Getty)\b"  # "Gary Cameron/Reuters"
)
# What every match of CREDIT holds ("AP Photo" holds "Photo", "Cameron/Reuters" the
# slash): a stretch holding none of them holds no credit.
_CREDIT_WORDS = ("/", "Getty", "Photo", "Image", "Picture", "Shutterstock", "ASSOCIATED PRESS")


def credit_spans(text: str, start: int, end: int) -> list[Span]:
    """The photo credits (CREDIT) in ``text[start:end]``; the pattern is not run over
    a stretch holding none of its words (most of an article's)."""
    if not any(text.find(word, start, end) >= 0 for word in _CREDIT_WORDS):
        return []
    return [Span(m.start(), m.end()) for m in CREDIT.finditer(text, start, end)]


# A party and state tag after a name: "(R-Ind.)", "(D)", "(I-Vt.)", "(D-W-Va.)".
PARTY_TAG = re.compile(
    r"\s*\(([DRIL](?:-[A-Z][\w.]*(?:[\s-][A-Z][\w.]*){0,2})?|[DRI]\.-[A-Z][\w.]*)\)"
)
# The same tag set off by commas, as some papers write it: "Rep. Glenn Thompson, R-Pa.,
# said", "Kevin McCarthy, R-Calif., revealed", "Sen. Chuck Schumer, D-N.Y."; a state
# legislator's with the home town, as AP writes it ("state Rep. Ann Lee, R-Tyler,", "Del.
# Ann Lee, D-Fairfax."). A state's abbreviation is short or dotted ("Calif.", "W.Va."),
# never a state AP writes whole: of its eight (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio,
# Texas, Utah) the six of five letters or fewer, which the short shape would take, are
# ruled out by name, so "R-Texas." and "D-Fairfax." leave the sentence its full stop.
COMMA_PARTY_TAG = re.compile(
    r",\s+([DRI]-((?!(?:Texas|Iowa|Ohio|Utah|Maine|Idaho)\.)[A-Z][a-z]{0,4}\."
    r"|[A-Z]\.(?:[A-Z][a-z]{0,3}\.)+|[A-Z]\w*(?:[ -][A-Z]\w*)?))(?=[,;:.)\u2014\u2013]|\s|$)"
)
# A state alone: "Sen. Susan Collins (Maine)", "Sen. Benjamin L. Cardin (Md.)".
STATE_TAG = re.compile(
    r"\s*\(((?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?))\)"
)


@dataclass(frozen=True)
class Sentence:
    """The tagged tokens of a sentence, hyphenated words joined, and the stretches of
    photo credits in it."""

    tokens: list[Token]
    credits: list[Span]
    opens: bool = True  # the first token begins a paragraph (not a window cut out of one)

    def boundary(self, k: int) -> bool:
        """Does ``tokens[k]`` touch a photo credit?"""
        span = self.tokens[k].span
        return any(c.start < span.end and span.start < c.end for c in self.credits)


def sentence_tokens(
    text: str, start: int, end: int, credits: list[Span] | None = None, opens: bool = True
) -> Sentence:
    """The words of ``text[start:end]`` as tagged tokens, hyphenated words as one token
    ("front-runner", "68-year-old": the tokenizer splits them as GUM does), with the
    photo credits in them (found here unless given)."""
    tokens = [_open_class(t) for t in _compounds(nlp.tagged(text, start, end))]
    tokens = _nouns_in_complements(tokens)
    if credits is None:
        credits = credit_spans(text, start, end)
    return Sentence(tokens, credits, opens)


def _open_class(token: Token) -> Token:
    """A word the tagger put in a small closed class it does not belong to ("former
    tech/TO executive") is a noun; so is a "verb" of the third person without its -s; a
    number in digits is a cardinal."""
    words = CLOSED_WORDS.get(token.tag)
    if words is not None and token.text.lower() not in words:
        return Token(token.span, token.text, "NN")
    if token.tag == "VBZ" and token.text[-1:].isalpha() and not token.text.lower().endswith("s"):
        return Token(token.span, token.text, "NN")  # "cult classic/VBZ": no -s, no verb
    if token.text.isdigit() and token.tag != "CD":
        return Token(token.span, token.text, "CD")  # "Ann Lee, 54/NNP, a retired teacher"
    if (
        token.tag in {"NNP", "NNPS"}
        and nlp.is_lower_word(token.text)
        and role_word(token.text, "NN")
    ):  # "Sant Singh Chatwal, hotelier/NNP, ...": a word in lower case is no proper noun;
        # a role noun the tagger read as one is common
        return Token(token.span, token.text, token.tag[:2] + token.tag[3:])
    if token.tag in {"VBN", "VBD"} and token.text.isalpha() and role_word(token.text, "NN"):
        return Token(token.span, token.text, "NN")  # "who was coordinator/VBN for ...": a
        # role noun read as a participle after the copula (no participle names a role)
    return token


def _nouns_in_complements(tokens: list[Token]) -> list[Token]:
    """A "verb" the tagger put between a plural and a name inside a role's complement
    is a noun: "a partner at communications firm/VBP SKDKnickerbocker" (a role noun, a
    preposition, a plural, the word, a capitalised name); nothing there could be its
    subject. So is one after a comma and before a role noun ("press/VB secretary")."""
    for k in range(3, len(tokens) - 1):
        token = tokens[k]
        if (
            token.tag in {"VBP", "VB"}
            and nlp.is_lower_word(token.text)
            and tokens[k - 1].tag == "NNS"
            and tokens[k - 1].text.islower()
            and tokens[k - 2].tag == "IN"
            and role_word(tokens[k - 3].text, tokens[k - 3].tag)
            and tokens[k + 1].text[:1].isupper()
        ):
            tokens[k] = Token(token.span, token.text, "NN")
    for k in range(1, len(tokens) - 1):
        token = tokens[k]
        if (
            token.tag in {"VB", "VBP"}
            and nlp.is_lower_word(token.text)
            and tokens[k - 1].text == ","
            and tokens[k + 1].tag in {"JJ", "NN"}
            and tokens[k + 1].text.islower()
            and role_word(tokens[k + 1].text)
        ):  # "said Kara Dunn, press/VB secretary/JJ to Gov. Pell": after a comma, before a
            # role noun, a compound's first noun (no imperative follows a name's comma)
            tokens[k] = Token(token.span, token.text, "NN")
            tokens[k + 1] = Token(tokens[k + 1].span, tokens[k + 1].text, "NN")
    return tokens


def _compounds(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        while (
            k + 2 < len(tokens)
            and tokens[k + 1].text == "-"
            and token.span.end == tokens[k + 1].span.start
            and tokens[k + 1].span.end == tokens[k + 2].span.start
            and tokens[k + 2].text[:1].isalnum()
            or k + 2 < len(tokens)
            and tokens[k + 1].text == "."
            and token.span.end == tokens[k + 1].span.start
            and tokens[k + 1].span.end == tokens[k + 2].span.start
            and tokens[k + 2].text.islower()  # "TheIowaRepublican.com"
        ):
            last = tokens[k + 2]
            joined = f"{token.text}{tokens[k + 1].text}{last.text}"
            token = Token(Span(token.span.start, last.span.end), joined, last.tag)
            k += 2
        out.append(token)
        k += 1
    return out


# ---------------------------------------------------------------- words


@lru_cache(maxsize=65536)
def role_word(word: str, tag: str = "NN") -> bool:
    """Does ``word`` name a role: a role noun or title ("spokesman", "Gen."), a
    hyphenated one ("co-founder", "front-runner"), or, tagged as a common noun, an agent
    noun ("strategist", not "bigger/JJR" or "to hammer/VB")?"""
    bare = word.strip(".,;:\u2019'").lower()
    if bare in HONORIFICS or not bare:
        return False
    nouns = lexicons.role_nouns()
    if bare in nouns or lexicons.is_title_word(word.strip(",;:\u2019'")):
        return True  # with its period: "Del." is a title, "Del" a given name
    agent = word.islower() and tag in AGENT_TAGS
    if agent and lexicons.agent_noun(bare):
        return True
    if word.islower() and _compound(bare):
        return True
    if agent and tag == "NN" and _ant_agent(bare):
        return True
    if "-" in bare:
        first, _, last = bare.rpartition("-")
        ends = last in nouns or agent and lexicons.agent_noun(last)
        if first in TENURE_PREFIXES:  # "then-Gov.": a title as the article dates it
            ends = ends or lexicons.is_title_word(word.strip(",;:\u2019'").rpartition("-")[2])
        head, *rest = bare.split("-")
        if len(rest) >= 2 and rest[0] in {"at", "in", "of", "on"}:
            ends = ends or head in nouns or lexicons.is_title_word(head)  # "editor-at-large":
            # a compound whose head comes first, a preposition glued after it
        return ends or first.split("-")[-1] in {"co", "vice", "ex"} or _office_to_come(word, tag)
    return False


OFFICE_TO_COME = frozenset({"elect", "designate"})


def _office_to_come(word: str, tag: str) -> bool:
    """ "Mayor-elect", "ambassador-designate", "Rep.-elect": a role or title word with
    "-elect" or "-designate" after it, an office its holder is chosen for and has yet to
    take."""
    head, _, suffix = word.strip(",;:\u2019'").rpartition("-")
    return suffix.lower() in OFFICE_TO_COME and "-" not in head and role_word(head, tag)


QUANTIFIERS = frozenset({"many", "some", "most", "few", "several", "more"})


def _person_title(sentence: Sentence, k: int, i: int) -> bool:
    """Is ``tokens[k]``, right before a name starting at ``i``, a kind of person no role
    list holds (:func:`_person_noun`: "said landlord Frank Tedeschi", "Senior quarterback
    Eli Santangelo"), lower-case (a capitalised one opening a sentence is read with the
    name, core.identity), the name no modifier of a noun after it in a determined phrase
    ("a stalwart | Clinton | supporter", "many diehard | Sanders | supporters") nor a
    possessive ("helped shrink Mr. | Ackman's firm"), and the word no part of a compound
    a participle opens ("his running | mate")?"""
    tokens = sentence.tokens
    token = tokens[k]
    if not token.text.islower() or k > 0 and tokens[k - 1].tag == "VBG":
        return False
    j = i
    while j < len(tokens) and (tokens[j].tag in nlp.PROPER_TAGS or tokens[j].text[:1].isupper()):
        j += 1  # past the name, whatever its tags ("Sanders/NNS")
    after = tokens[j] if j < len(tokens) else None
    determined = k > 0 and (
        tokens[k - 1].tag in {"DT", "PDT"} or tokens[k - 1].text.lower() in QUANTIFIERS
    )
    modifier = after is not None and (
        after.tag == "POS" or determined and after.tag in {"NN", "NNS"} and after.text.islower()
    )
    return not modifier and _person_noun(token.text.lower(), token.tag)


def _person_noun(bare: str, tag: str) -> bool:
    """ "landlord", "quarterback", "registrar": a kind of person WordNet gives first
    (:func:`lexicons.person_nouns`), read as nothing else by the tagger out of context
    (not "familiar/JJ"), and tagged a noun here, or, a word the tagger does not know
    (whose tag here is a guess), not in a verb's "-ed" or "-ing" ("senior quarterback/RB
    Eli Santangelo", "said landlord/VBN Nell Barker"; not "Trump accused/VBD Clinton")."""
    if bare not in lexicons.person_nouns():
        return False
    known = nlp.context_free_tag(bare)
    return (
        tag in NOUN_TAGS
        and known in {None, "NN", "NNS", "RB"}  # "forward/RB": a noun here by nlp.tag's
        # reading of a kind of person before a name
        or (known is None and not bare.endswith(("ed", "ing")) and tag not in FUNCTION_TAGS)
    )


# Nouns in "-ant" the tagger reads as nouns that name no person ("a restaurant").
_NOT_ANT_AGENTS = frozenset({"restaurant", "elephant", "warrant", "pageant", "covenant"})


def _ant_agent(bare: str) -> bool:
    """ "assistant", "participant": a noun in "-ant" names a person by what they do, as
    "-ist" and "-er" do, when the tagger reads the word as a common noun whatever its
    context; adjectives in "-ant" that it took for a noun in one sentence ("triumphant",
    "reluctant", "defiant", "significant") it reads so nowhere. Only for a role read here:
    :func:`lexicons.agent_noun`, asked by the speaker readers too, is left as it is."""
    return (
        len(bare) >= 7
        and bare.isalpha()
        and bare.endswith("ant")
        and bare not in _NOT_ANT_AGENTS
        and nlp.context_free_tag(bare) == "NN"
    )


def _modified_noun(sentence: Sentence, k: int) -> bool:
    """Is ``tokens[k]``, next to a name, a lower-case singular noun that a role's own
    modifier qualifies ("retired | astronaut Mark Kelly", "former | supermodel Jerry
    Hall", "Trump's longtime | confidant Roger Stone")? Such a modifier says the noun is
    what someone is or was, so it names a role the lexicons need not hold."""
    tokens = sentence.tokens
    token = tokens[k]
    return (
        k > 0
        and not sentence.boundary(k - 1)
        and token.tag == "NN"
        and nlp.is_lower_word(token.text)
        and tokens[k - 1].text.lower() in NOUN_MODIFIERS
    )


# Modifiers that say a noun after them is a role, someone's standing in time ("then",
# "top", "acting" and "interim" qualify other nouns too: "top | priority", "interim |
# report", "the acting | troupe Ann Lee founded").
NOUN_MODIFIERS = frozenset(
    {"former", "retired", "longtime", "long-time", "onetime", "one-time", "ex", "veteran",
     "incoming", "outgoing", "would-be"}
)  # fmt: skip


def title_noun(word: str, tag: str = "NN") -> bool:
    """Does ``word``, tagged ``tag`` next to a name, name a role: a role word, or a
    capitalised agent noun that is no first name ("Alderman William Burns", "Comedian
    Sarah Silverman", "Assemblywoman/JJ Claudia Tenney"), not a people's name ("Canadian
    Justin Trudeau": an "-ian" role is a common word, "comedian") nor a closed-class word
    ("Whatever/WDT Bloomberg's")?"""
    bare = word.rstrip(".").lower()
    demonym = bare.endswith("ian") and bare not in nlp.common_words()
    return role_word(word, tag) or (
        word[:1].isupper()
        and word[1:].islower()
        and (tag in NOUN_TAGS or tag == "JJ")
        and not nlp.is_first_name(word)
        and (_compound(bare) or lexicons.agent_noun(bare) and not demonym)
    )


@lru_cache(maxsize=1 << 16)
def _compound(bare: str) -> bool:
    """ "neurosurgeon", "businessman": a role noun closing a longer word (cached: asked of
    most tokens)."""
    return lexicons.compound_role_noun(bare)


def strong_role(token: Token) -> bool:
    """A role word by the lexicons or a reliable ending ("strategist", "spokesman"), not
    by "-er" or "-or" alone ("server", "reminder"), but a lower-case one WordNet gives
    first as a kind of person ("coordinator", "administrator"; :func:`_person_noun`)."""
    bare = token.text.lower()
    if bare.endswith(("er", "or")) and not bare.endswith("eer"):
        prefix, _, last = bare.rpartition("-")
        joined = prefix.split("-")[-1] in {"co", "vice", "ex"} or prefix in lexicons.role_nouns()
        if joined and last:
            bare = last  # "Vice-Chancellor", "co-founder": the role after the prefix; or
            # two roles joined ("secretary-treasurer")
        return (
            lexicons.is_title_word(bare)
            or bare in lexicons.role_nouns()
            or token.text.islower()
            and (_compound(bare) or _person_noun(bare, token.tag))
        )
    return _names_role(token)


def plural_role(word: str) -> bool:
    """ "candidates", "aides": a lower-case plural of a role noun."""
    lower = word.lower()
    singular = lower[:-1]
    return (
        word.islower()
        and lower.endswith("s")
        and singular not in lexicons.abbreviated_title_words()
        and role_word(singular)
        and not role_word(lower)
    )


def _names_role(token: Token) -> bool:
    """A role word, even one the tagger took for a verb ("host", "chair")."""
    return role_word(token.text, token.tag) and not plural_role(token.text)


def honorific(token: Token) -> bool:
    return token.text.rstrip(".").lower() in HONORIFICS


def _possessive(token: Token) -> bool:
    return token.text in {"'s", "\u2019s", "'", "\u2019"}


def _possessor(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` the possessive of the capitalised word before it ("NBC's", "CBS
    News'"), not a contraction ("He's") or a closing quotation mark ("Truther’")?"""
    if k < 1 or not _possessive(tokens[k]) or tokens[k - 1].span.end != tokens[k].span.start:
        return False
    owner = tokens[k - 1].text
    bare = tokens[k].text in {"'", "\u2019"}
    return (
        owner[:1].isupper()
        and owner.lower() not in TITLE_STOP
        and (not bare or owner.endswith("s"))
    )


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _noun(token: Token) -> bool:
    """A noun of a phrase, not one of time standing as an adverb ("a real estate agent
    | today who was ..."); capitalised, the word is a name's ("a member of USA TODAY's
    Board of Contributors")."""
    if token.text in DEICTIC_TIMES:
        return False
    return token.tag in NOUN_TAGS or _names_role(token)


# ---------------------------------------------------------------- before the name


def title_before(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The title right before a name starting at token ``i``, less honorifics.

    Read back from the name while the words can be part of a title ("retired Air Force
    general", "Trump campaign spokesman", "the governor's press secretary"); the word
    next to the name must name a role, be a possessive ("NBC's") or end "X of Y" with X
    a role ("Secretary of State", "chief of staff"), so "footage of" gives nothing; nor
    does a plural, the role of a group ("Democratic candidates Clinton and Sanders").
    """
    tokens = sentence.tokens
    end = _past_honorifics(sentence, i)
    k = end - 1
    if k < 0 or sentence.boundary(k):
        return None
    k = _before_grade(tokens, k)  # "Sgt. | First Class | Luis Carrasco": the rank is read
    office = _office_of(sentence, k)
    verb = tokens[k].tag in {"VB", "VBP"} and k > 0 and tokens[k - 1].tag in {"MD", "TO"}
    if office is not None:
        k = office - 1
    elif verb or not (
        _names_role(tokens[k])
        or title_noun(tokens[k].text, tokens[k].tag)
        or _possessor(tokens, k)
        or _modified_noun(sentence, k)
        or end == i
        and _foreign_title(sentence, k)
        or _person_title(sentence, k, i)
    ):
        return _adjectives_after_title(sentence, k, end) or _adjective_as_noun(sentence, k, end)
    else:
        k -= 1
    start = _organisation_before(sentence, _title_start(sentence, k), end)
    start = _past_imperative(sentence, _after_subject_verb(tokens, start, end), end)
    owner = [t.text for t in tokens[start : end - 1]] if _possessor(tokens, end - 1) else []
    if (
        start > 1
        and tokens[start - 1].text.lower() == "the"
        and _abbreviated(tokens, start, end)
        and tokens[start - 2].text.islower()
        and strong_role(tokens[start - 2])
    ):
        earlier = title_before(sentence, start - 1)  # "Vatican spokesman | the Rev.": the
        if earlier is not None:  # role before a name the abbreviated title honours
            return earlier
    if start < end and _superlative(tokens, start):
        return None  # "he is the most able candidate | Viguerie argues": a comparison
    if (
        start == end - 1
        and start > 0
        and _capitalised(tokens[start])
        and tokens[start - 1].text.lower() in {"a", "an"}
    ):
        return None  # "an agenda a President Clinton could hope to see work": one title
        # with an indefinite article makes the name a kind (an office imagined), no title
    if start >= end or is_place(owner):
        return None  # "New Jersey's Steve Lonegan": where he is from, not what he does
    if owner and start > 0 and tokens[start - 1].tag == "PRP$":
        return None  # "His Campaign's Trump Tower": a common noun's, no affiliation
    return (_from_former(tokens, _past_joined_title(sentence, start, end), end), end)


def _past_honorifics(sentence: Sentence, i: int) -> int:
    """Where a title before the name at token ``i`` ends: before its honorifics ("Mr.",
    "Sen.") and an academic "Dr" after a role."""
    tokens = sentence.tokens
    end = i
    while end > 0 and honorific(tokens[end - 1]):
        end -= 1
    if (
        end > 1
        and tokens[end - 1].text.rstrip(".").lower() == "dr"
        and not sentence.boundary(end - 2)
        and tokens[end - 2].tag in NOUN_TAGS
    ):
        end -= 1  # "Senior coroner Dr Siân Rees": the academic title after the role is no part
        # of it, as "Mrs" is not ("Coroner Dr" is no role the coroner is known by)
    return end


def _title_start(sentence: Sentence, k: int) -> int:
    """Where a title whose word next to the name is ``tokens[k + 1]`` starts, read back
    from ``k`` while the words can stand in it."""
    tokens = sentence.tokens
    start = k + 1
    while k >= 0:
        token = tokens[k]
        if sentence.boundary(k) or honorific(token):
            break
        if k + 1 < len(tokens) and hyphen_glued(tokens, k + 1) and tokens[k - 1].text.isalpha():
            start = k = k - 1  # "ex-governor", read as one word: "ex | - | governor"
            k -= 1
            continue
        office = _office_of(sentence, k)
        quoted = _quoted_back(tokens, k)
        state = _state_inside(tokens, k)
        if state is not None and state > 0 and _capitalised(tokens[state - 1]):
            k = state - 1  # "Maricopa County | (Ariz.) | Sheriff": read on past the state
            continue
        if office is not None:
            start = k = office
        elif quoted is not None and tokens[start].text[:1].islower():
            start = k = quoted  # "MSNBC's “Morning Joe” host"
        elif _title_word(token, tokens[start], tokens[k - 1] if k else None) or (
            (
                _inside_name(tokens, k, NAME_ON)
                or _and_in_named(tokens, k)
                or body_words_joined(tokens, k)
            )
            and start == k + 1
            and not _names_role(tokens[start])
        ):
            start = k  # "University | of | Virginia political science professor", not
            # "the death Saturday | of | Justice Antonin Scalia"
        elif _opening_compound(tokens, k, start):
            start = k = k - 1  # "...,” central bank Vice-Governor Ann Lee said"
        else:
            break
        k -= 1
    return start


def _past_joined_title(sentence: Sentence, start: int, end: int) -> int:
    """Where a title from ``start`` to ``end`` starts with another joined to it by "and"
    ("columnist and Fox News contributor", "former prosecutor and now state Sen.")."""
    tokens = sentence.tokens
    tenure = start - 1 if start > 2 and tokens[start - 1].text.lower() in TENURE_ADVERBS else start
    if (
        tenure > 1
        and tokens[tenure - 1].text.lower() == "and"
        and not _abbreviated(tokens, start, end)
    ):
        start = tenure  # "former prosecutor and | now | state Sen.": the adverb with the title
        earlier = title_before(sentence, start - 1)  # "columnist and Fox News contributor"
        if earlier is not None and _holds_a_name(tokens, *earlier):
            earlier = None  # "Republican Rep. Dale Merriwether and Democrat Lucinda X": the
            # words before "and" are another's title and name, no title of hers
        elif earlier is not None and _opens_phrase(tokens, earlier[0]):
            start = earlier[0]
        elif earlier is None:
            opened = _coordinated_modifiers(sentence, start - 1)
            start = start if opened is None else opened
    return start


# Lower-case words inside an organisation's name that a title before a name reads across
# ("Fight | for | $15", "Friends | of the | Earth"); "the" only after one of the others.
ORGANISATION_JOINS = frozenset({"of", "for", "on", "and", "&", "the"})
MAX_ORGANISATION = 8  # tokens of an organisation's name read back before a title


def _organisation_before(sentence: Sentence, start: int, end: int) -> int:
    """Where a title read back to ``start`` begins when an organisation's name stands
    before it, holding a word the reading stops at: a lower-case joining word, a number
    or "$", a capitalised closed-class word ("Fight for $15 | organizing director",
    "Friends of the | Earth policy director", "CBS This | Morning co-Anchor"); else
    ``start``. Not in a headline's title case ("Clinton Hits Back At | Trump Campaign
    Manager"), where any capitalised word may be read as a name's."""
    tokens = sentence.tokens
    m = start - 1
    while m > 0 and m >= start - 2 and _organisation_modifier(tokens[m]):
        m -= 1  # "Fight for $15 | organizing | director": modifiers the reading refused
    if m < start - 1 and tokens[m].tag != "CD":
        m = start - 1  # refused only after a number ("$15")
    if m == start - 1 and start < end - 1 and _name_end(tokens[start]):
        m = start  # "Friends of the | Earth policy director": the name's end read already
    first = _organisation_start(sentence, m)
    if first is None or any(_headline_joiner(t) for t in tokens[1:]):
        return start
    return min(first, start)


def _organisation_modifier(token: Token) -> bool:
    """A lower-case noun or adjective between an organisation's name and its title."""
    return (
        nlp.is_lower_word(token.text)
        and token.tag in {"NN", "JJ", "VBG"}
        and token.text not in TITLE_STOP
    )


def _organisation_start(sentence: Sentence, m: int) -> int | None:
    """Where an organisation's name ending at ``tokens[m]`` opens, if it holds a word a
    title read back from a name stops at (see :func:`_organisation_before`), else None."""
    tokens = sentence.tokens
    if m < 1 or not _name_end(tokens[m]):
        return None
    first = m
    n = m
    while n >= 0 and m - n < MAX_ORGANISATION and not sentence.boundary(n):
        token = tokens[n]
        if _name_end(token):
            first = n
        elif token.text == "$" and n < m and tokens[n + 1].tag == "CD":
            pass
        elif not (
            token.text in ORGANISATION_JOINS
            and n > 0
            and (token.text != "the" or tokens[n - 1].text in ORGANISATION_JOINS)
        ):
            break
        n -= 1
    if _organisation_words(sentence, first, m):
        return first
    joined = [n for n in range(first + 1, m) if tokens[n].text in {"and", "&"}]
    if joined and _organisation_words(sentence, joined[-1] + 1, m):
        return joined[-1] + 1  # "Sen. Ann Lee and | Friends of the Earth director"
    return None


def _organisation_words(sentence: Sentence, first: int, m: int) -> bool:
    """Are ``tokens[first : m + 1]`` an organisation's name that a title's reading stops
    in: opened by a capitalised word that is no function word, verb, month or day (nor a
    common word capitalised only by opening the sentence), holding no verb, role,
    honorific or person's name, and holding a word the reading stops at (a joining word,
    a capitalised closed-class word, a number)? Not when they open a window cut out of a
    sentence, where the name may begin before it."""
    tokens = sentence.tokens
    name = tokens[first : m + 1]
    opening = name[0]
    return not (
        first == 0
        and not sentence.opens
        or not _capitalised(opening)
        or opening.tag in CLOSED_TAGS
        or opening.tag.startswith("VB")
        or opening.text.lower() in TITLE_STOP | WEEKDAYS
        or opening.text in MONTHS
        or _opens_sentence(tokens[first - 1] if first else None)
        and _common_opening(opening)
        or not any(
            t.text in {"of", "for", "on", "$"}
            or _capitalised(t)
            and (t.text.lower() in TITLE_STOP or t.tag in CLOSED_TAGS)
            or t.tag == "CD"
            for t in name
        )
        or any(t.tag in {"VB", "VBD", "VBP", "VBZ"} or _names_role(t) or honorific(t) for t in name)
        or _holds_a_name(tokens, first, m + 1)
    )


def _common_opening(token: Token) -> bool:
    """Is ``token``, opening a sentence, a common word or a function word in lower case,
    capitalised by its place ("Thousands | of Americans for Trump supporter Ann Lee")?"""
    lower = token.text.lower()
    return lower in nlp.common_words() or nlp.context_free_tag(lower) in CLOSED_TAGS


def _name_end(token: Token) -> bool:
    """Can ``token`` close an organisation's name: a capitalised word or a number?"""
    return token.tag == "CD" or _capitalised(token) and token.text[-1:].isalnum()


def _headline_joiner(token: Token) -> bool:
    """A preposition or conjunction capitalised inside a sentence: a headline's title case."""
    return _capitalised(token) and token.text.lower() in {
        "of", "for", "to", "in", "on", "at", "with", "by", "from", "and", "or", "as", "into"
    }  # fmt: skip


def _past_imperative(sentence: Sentence, start: int, end: int) -> int:
    """Past a verb opening the sentence as a command, no word of the title after it
    ("Enter | President Trump.", "Recall | Sen. John McCain ...", "Take | Idaho Republican
    Sens. ..."): tagged a base verb, or read as one out of context (tagged NNP in the
    run of capitals), before a capitalised title (not "Watch commander"); else ``start``."""
    tokens = sentence.tokens
    opens = tokens[start - 1].tag == "." if start > 0 else sentence.opens
    first = tokens[start]
    if (
        opens
        and start < end - 1
        and _capitalised(tokens[start + 1])
        and "VB" in (first.tag, nlp.context_free_tag(first.text))
    ):
        return start + 1
    return start


def _before_grade(tokens: Sequence[Token], k: int) -> int:
    """The token before a grade that ends at ``k`` ("First Class", "2nd Class"), which
    a rank before it takes ("Sgt. First Class", "Petty Officer 2nd Class"), else ``k``."""
    if (
        k >= 2
        and tokens[k].text == "Class"
        and GRADE.fullmatch(tokens[k - 1].text)
        and tokens[k - 2].text[:1].isupper()
    ):
        return k - 2
    return k


def _holds_a_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Do ``tokens[start:end]`` hold a person's name: a listed first name, capitalised,
    before another capitalised word ("Rep. Dale Merriwether")?"""
    return any(
        _capitalised(tokens[n])
        and _capitalised(tokens[n + 1])
        and nlp.is_first_name(tokens[n].text)
        for n in range(start, end - 1)
    )


def _from_former(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a title read back to ``start`` begins when "former" stands inside it after
    capitalised words that name no place, organisation or party: "former" opens the
    noun phrase, so those words are no part of it ("Count former Mexican President
    Felipe Calderon among ...": a verb opening the sentence; not "Connecticut former
    lawmaker", "Republican/JJ former Gov.")."""
    for m in range(start + 1, end):
        if tokens[m].text.lower() == "former":
            before = tokens[start:m]
            if all(
                t.tag == "NNP" and _capitalised(t) and not nlp.known_spans([t.text]) for t in before
            ):
                return m
            break
    return start


def _superlative(tokens: Sequence[Token], start: int) -> bool:
    """Does a title read back to ``start`` open with a superlative, or follow "most" or
    "least" ("the most able candidate", "the best candidate"): a comparison made of
    someone, which names no title a name before it holds?"""
    first = tokens[start]
    if first.tag == "JJS" and first.text.islower():
        return True
    return start > 0 and tokens[start - 1].tag == "RBS"


def _adjectives_after_title(sentence: Sentence, k: int, end: int) -> tuple[int, int] | None:
    """A title coordinated with lower-case adjectives standing as a noun before the name
    ending at ``k`` ("presidential candidate and proud progressive | Bernie Sanders"): the
    whole coordination, when a title ends before "and"."""
    tokens = sentence.tokens
    m = k
    while m > 0 and tokens[m].tag == "JJ" and tokens[m].text.islower() and not sentence.boundary(m):
        m -= 1
    if m == k or tokens[m].text.lower() != "and" or m < 1 or not _names_role(tokens[m - 1]):
        return None
    earlier = title_before(sentence, m)
    return None if earlier is None else (earlier[0], end)


def _adjective_as_noun(sentence: Sentence, k: int, end: int) -> tuple[int, int] | None:
    """A lower-case adjective standing as a noun, after the capitalised noun that opens
    the phrase, right before a full name ("Tennis great | Billie Jean King", "Hollywood
    great"): an adjective follows no noun it qualifies, so the two make a title."""
    tokens = sentence.tokens
    if k < 1 or end >= len(tokens) or not nlp.is_first_name(tokens[end].text):
        return None
    word, noun = tokens[k], tokens[k - 1]
    if not (
        word.tag == "JJ"
        and nlp.is_lower_word(word.text)
        and not word.text.endswith(("ed", "ing"))
        and not _verbish(word.text)
        and noun.tag in NOUN_TAGS
        and _capitalised(noun)
        and noun.text.isalpha()
        and not honorific(noun)
        and not nlp.is_first_name(noun.text)
        and not sentence.boundary(k - 1)
    ):
        return None
    before = tokens[k - 2] if k > 1 else None
    if before is None and not sentence.opens:
        return None
    if before is not None and not (
        before.text in CLAUSE_OPENERS | OPENING_QUOTES or before.tag in FUNCTION_TAGS
    ):
        return None
    return (k - 1, end)


def _coordinated_modifiers(sentence: Sentence, k: int) -> int | None:
    """Where a title starts whose modifiers are coordinated at the "and" at ``k``
    ("Clinton's top national security | and foreign policy staffer", "Popular Christian |
    and corporate speaker"): lower-case nouns and adjectives before it, or capitalised
    adjectives, an adjective among them, opened by a possessive, a modifier such as "top"
    or the start of the sentence or clause (not "the economy and foreign policy adviser",
    nor "attacked Trump's plan and campaign manager Corey Lewandowski"), and the title
    read back from there."""
    tokens = sentence.tokens
    m = k - 1
    while (
        m >= 0
        and (tokens[m].text.islower() and tokens[m].tag == "NN" or tokens[m].tag == "JJ")
        and tokens[m].text.lower() not in TITLE_STOP
        and not _names_role(tokens[m])
        and not sentence.boundary(m)
    ):
        m -= 1
    opens = sentence.opens if m < 0 else tokens[m].text in CLAUSE_OPENERS
    if (
        not any(t.tag == "JJ" for t in tokens[m + 1 : k])  # not "Trump's plan and"
        or not (opens or m >= 0 and (_possessive(tokens[m]) or tokens[m].text in MODIFIERS))
    ):
        return None
    start = m + 1
    while m >= 0 and not sentence.boundary(m):
        if not _title_word(tokens[m], tokens[start], tokens[m - 1] if m else None):
            break
        start, m = m, m - 1
    return start


def _quoted_back(tokens: Sequence[Token], k: int) -> int | None:
    """Where a short quoted name of a show or a work closing at ``tokens[k]`` opens (its
    words capitalised but the small ones: “Morning Joe”, “Meet the Press”), or None."""
    if tokens[k].text not in CLOSING_QUOTES:
        return None
    for n in range(k - 1, max(-1, k - 8), -1):
        if tokens[n].text in OPENING_QUOTES and n < k - 1:
            inside = tokens[n + 1 : k]
            titled = all(_capitalised(t) or t.text.lower() in TITLE_STOP for t in inside)
            return n if titled and _capitalised(inside[0]) else None
        if not tokens[n].text[:1].isalnum() and tokens[n].text not in {"&", "'s", "\u2019s"}:
            return None
    return None


def _state_inside(tokens: Sequence[Token], k: int) -> int | None:
    """Where a state in parentheses closing at token ``k`` opens, inside a title
    ("Maricopa County (Ariz.) Sheriff"): an abbreviation or a listed place."""
    if tokens[k].text != ")" or k < 2:
        return None
    opening = next((n for n in range(k - 1, max(-1, k - 4), -1) if tokens[n].text == "("), None)
    if opening is None or opening + 1 == k:
        return None
    words = [t.text for t in tokens[opening + 1 : k]]
    abbreviated = re.fullmatch(r"[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.", "".join(words))
    return opening if abbreviated or is_place(words) else None


def is_place(words: Sequence[str]) -> bool:
    """Do ``words`` name a listed place, and nothing else ("New Jersey", "Cleveland")?"""
    return bool(words) and nlp.known_spans(words) == [(0, len(words), "LOC")]


def _abbreviated(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Is the title ``tokens[start:end]`` an abbreviation alone ("Sen."), which makes a
    titled name of its own ("an Obama adviser and Sen. Tim Kaine": two people)?"""
    return end - start == 1 and tokens[start].text.endswith(".")


def _opens_phrase(tokens: Sequence[Token], k: int) -> bool:
    """Does a title read back to ``k`` open its phrase, so that a title coordinated after
    it qualifies the same name? Not after a determiner ("the president | and first lady
    Michelle Obama": two people) nor inside capitalised words ("Real/RB | estate mogul
    and reality television star": cut short)."""
    if k == 0:
        return True
    before = tokens[k - 1]
    if before.tag in {"DT", "PRP$"}:
        return False
    return not _capitalised(before) or before.text.lower() in TITLE_STOP


def _office_of(sentence: Sentence, k: int) -> int | None:
    """Where "Secretary of Agriculture", "chief of staff", "Speaker of the House",
    "Chairman of the Joint Chiefs of Staff", "Secretary of Health and Human Services" or,
    capitalised, "Ambassador to the United Nations" and "Special Envoy for Climate Change"
    starts, if the words ending at ``k`` are one: nouns (a name, "of" or "and" inside it)
    after an "of" (a "to" or "for") that follows a role; not "adviser to | Sen.", the
    name's own title."""
    tokens = sentence.tokens
    m = k
    while (
        m > 0
        and (
            tokens[m].tag in NOUN_TAGS
            or _capitalised(tokens[m])
            and tokens[m].tag == "JJ"  # "the European Commission"
            or m < k
            and (
                _inside_name(tokens, m)
                or _and_inside_name(tokens, m)
                or _and_of_nouns(tokens, m)  # "Vice President for news | and | talk"
                or _listed_field(tokens, m, k)
            )
        )
        and not sentence.boundary(m)
    ):
        if role_word(tokens[m].text) and m < k:
            return None  # "Senate candidate of Ohio": "of" would join two roles
        m -= 1
    if m < k and tokens[m].text.lower() == "the":
        if any(_names_role(t) for t in tokens[m + 1 : k + 1]):
            return None  # "the daughter of the Republican nominee": another's relation
        m -= 1  # "Speaker of the House", "Chairman of the Joint Chiefs of Staff"
    if m == k or m < 1:
        return None
    joins = tokens[m].text.lower()
    office = tokens[m - 1]
    if joins in {"to", "for"}:
        if not _capitalised(office) or role_word(tokens[k].text):
            return None  # "a pardon to", "senior adviser to | Sen. Ted Cruz"
        if not _names_role(office) and not sentence.boundary(m - 1):
            return _office_of(sentence, m - 1)  # "Undersecretary of State | for Political
            # Affairs": a complement after an office's own "of"
    elif joins != "of":
        return None
    return m - 1 if _names_role(office) and not sentence.boundary(m - 1) else None


def _first_of_joined_offices(sentence: Sentence, office: int) -> int:
    """Where the first of two offices with their own "of" begins that "and" joins to the
    one whose role word stands at ``office`` ("Minister of Finance | and | Coordinating
    Minister of the Economy"): ``office`` when none is joined."""
    tokens = sentence.tokens
    m = office - 1
    while m > 0 and _capitalised(tokens[m]) and not sentence.boundary(m):
        m -= 1  # "Coordinating", "Deputy": the second office's own modifiers
    if m > 1 and tokens[m].text == "and" and (first := _office_of(sentence, m - 1)) is not None:
        return first
    return office


def _listed_field(tokens: Sequence[Token], m: int, k: int) -> bool:
    """Is ``tokens[m]`` a comma in a list of capitalised fields that "and" closes before
    ``k``, inside an office ("Minister of Agriculture | , | Food and Rural Affairs")?"""
    return (
        0 < m < k
        and tokens[m].text == ","
        and _capitalised(tokens[m - 1])
        and _capitalised(tokens[m + 1])
        and any(t.text == "and" for t in tokens[m + 1 : k])
    )


def _and_of_nouns(tokens: Sequence[Token], k: int) -> bool:
    """Does "and" at ``k`` join two lower-case common nouns ("news | and | talk")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "and"
        and all(t.tag in {"NN", "NNS"} and t.text.islower() for t in (tokens[k - 1], tokens[k + 1]))
    )


def _and_inside_name(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` an "and" between capitalised words of one name ("Health | and |
    Human Services"), not before another title ("State | and | Vice President")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text.lower() == "and"
        and _capitalised(tokens[k - 1])
        and _capitalised(tokens[k + 1])
        and not role_word(tokens[k + 1].text)
        and not lexicons.is_title_word(tokens[k + 1].text.lower())
    )


def _and_in_title(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` an "and" between two capitalised fields of the title that closes
    the phrase ending at ``end`` ("The Police | and | Crime Commissioner", "the Trade | and
    | Industry Minister"), not between two people ("Ann | and | Bob Lee")?"""
    return (
        _and_inside_name(tokens, k)
        and end - k >= 3
        and all(_capitalised(t) for t in tokens[k + 1 : end])
        and nlp.is_title(tokens[end - 1].text)
        and not nlp.written_first_name(tokens[k - 1].text)
    )


def _and_in_named(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` an "and" inside a proper name with an "of" just before it
    ("Department of Health | and | Human Services spokeswoman")?"""
    return _and_inside_name(tokens, k) and any(
        _inside_name(tokens, m) for m in range(max(1, k - 3), k)
    )


def _title_word(token: Token, after: Token, before: Token | None) -> bool:
    """Can ``token`` stand in a title, ``after`` following it and ``before`` preceding it?

    Capitalised words can (but not a headline's verb, "Calls"); so can role words and
    their modifiers ("retired"), a possessive ("Trump's lawyer"), and lower-case nouns
    and adjectives that qualify a lower-case word ("campaign spokesman", "presidential
    nominee") or follow a capitalised one ("Tulsa police Chief"): not "unilateral
    action President", "the way FBI Director".
    """
    lower = token.text.lower()
    if not token.text[:1].isalnum():  # "Trump's lawyer", "the governor's press secretary"
        return (
            _possessive(token)
            and before is not None
            and (_capitalised(before) or before.tag in NOUN_TAGS)
        )
    if token.text == "Under" and after.text == "Secretary":
        return True  # "Under Secretary of Defense for Policy Ann Lee": the preposition
        # opens the American title, written in two words
    if lower in TITLE_STOP:
        return False
    if _participial(token) and (after.text[:1].islower() or _capitalised(after)):
        return True  # "best-selling author", "Oscar-winning actress", "Texas-based lawyer";
        # before a capitalised word too, where a headline's verb would be no hyphenated
        # participle ("The Nobel-winning Peruvian novelist")
    if _capitalised(token) and (token.tag in CLOSED_TAGS or lower in CLOSED_WORDS["CC"]):
        # "No wonder Donald Trump", "Even HBO comedian", "“Neither/NNP Speaker Ryan nor";
        # but a sentence's first word is capitalised by its place: read as in lower case
        # ("Real/RB estate mogul")
        return _opens_sentence(before) and _lower_case_tag(token, after) in MODIFIER_TAGS
    if _capitalised(token):
        return _capitalised_title_word(token, after)
    if _participle_modifier(token, after, before):
        return True  # "the decorated war veteran", ", syndicated radio host"
    if plural_role(token.text):
        return False  # "Republican presidential candidates Sen. Marco Rubio (R-Fla.), ..."
    if _names_role(token) or lower in MODIFIERS:
        return True
    if _noun_read_as_verb(token, after, before):
        return True
    if _frequency_adjective(token, after):
        return True  # "the network's nightly/RB news anchor", "weekly/RB radio host"
    if token.tag in CLOSED_TAGS or token.tag.startswith("VB") and token.tag != "VBN":
        return False
    if _opens_title_after(token, after, before):
        return True
    if _verbish(token.text) or after.text.lower() in OPENING_MODIFIERS:
        return False  # "the challenge | former Alaska Gov. Sarah Palin"
    if (
        token.tag == "JJ"
        and _capitalised(after)
        and _names_role(after)
        and (before is None or before.tag in FUNCTION_TAGS or not before.text[:1].isalnum())
    ):
        return True  # "by | progressive Democrat Zephyr Teachout": an adjective opening
        # the title, not "whose views | resemble/JJ Sen. Warren's"
    return after.text[:1].islower() or _possessive(after) or bool(before and _capitalised(before))


def _capitalised_title_word(token: Token, after: Token) -> bool:
    """Can a capitalised ``token`` stand in a title before ``after``? Not a headline's
    verb ("Calls", "Says") nor another the tagger read as one, unless it is a title's
    modifier or names the office's field."""
    lower = token.text.lower()
    headline_verb = lower.endswith("s") and not lower.endswith("ss") and _verbish(lower)
    if lower in MODIFIERS and _capitalised(after):
        return True  # "Acting/VBG Attorney General Sally Yates", "Retired Gen.": a
        # title's modifier capitalised with it, which the tagger read as a verb
    if token.tag == "VBG" and _names_role(after) and nlp.context_free_tag(lower) == "NN":
        return True  # "Housing/VBG Minister", "Planning Commissioner": a gerund the
        # tagger reads as a noun out of context, naming the office's field (not
        # "Joining Mayor ...", "Following President ...")
    return not (token.tag in {"VBD", "VBZ", "VBG"} or headline_verb)


def _noun_read_as_verb(token: Token, after: Token, before: Token | None) -> bool:
    """Is lower-case ``token`` a noun the tagger took for a verb or a gerund, qualifying
    the role after it ("talk show host", "super PAC spokeswoman", "polling director")?"""
    if (
        token.tag in {"VB", "VBP"}
        and after.text.islower()
        and _names_role(after)
        and not (before and before.tag in {"TO", "MD", "PRP", "RB"})
    ):
        return True  # "Talk show/VBP host": a noun the tagger took for a verb
    if (
        token.tag == "VB"
        and before is not None
        and before.text in CLOSING_QUOTES | {","}
        and not _verbish(token.text)
        and (_capitalised(after) or _names_role(after))
    ):
        return True  # "“...,” super/VB PAC spokeswoman Kellyanne Conway said": no subject,
        # auxiliary nor "to" before it, a bare verb could only open a sentence
    # "policy planning director", "polling director": a gerund its context aside the
    # tagger reads as a noun ("planning", not "hurting": "race hurting rivals Sanders,
    # O'Malley"), qualifying the role noun right after it; not after a number, which is no
    # title's: "Fight for $15 | organizing director" takes it with the whole name
    # (_organisation_before)
    return (
        token.tag in {"NN", "VBG"}
        and nlp.is_lower_word(token.text)
        and token.text.endswith("ing")
        and nlp.context_free_tag(token.text) == "NN"
        and after.text.islower()
        and _names_role(after)
        and not (before is not None and before.tag == "CD")
    )


def _opens_title_after(token: Token, after: Token, before: Token | None) -> bool:
    """Does lower-case ``token`` open the title after it where its phrase opens ("and |
    state Sen.", "said | county Sheriff", "by | state House Speaker", "Ohio | state Sen.")?"""
    lower = token.text.lower()
    if (
        token.tag == "NN"
        and (after.text.endswith(".") or lower == "state" and _elected_title(after))
        and _names_role(after)
        and before is not None
        and (
            before.tag in FUNCTION_TAGS - {"TO", "MD"}
            or before.text in CLAUSE_OPENERS
            or _cue(before)  # "...,” said | state Rep. Will Davenport"
            or before.text.lower() in MODIFIERS | TENURE_ADVERBS
            or _SPAN_OF_YEARS.fullmatch(before.text) is not None
        )
    ):
        return True  # "and | state Sen. Richard Black", "...,” | state Sen. Jason Holsman
        # said", "her rival, | state Treasurer Ann Lee": a noun opening an abbreviated title
        # ("state" a capitalised title word too) where its phrase opens, though it may be a
        # verb ("state"; not "the reason | President Obama"), or
        # after a modifier of the title's tenure ("34-year | state Sen. Pat Miller",
        # "longtime | state Sen.", "and now | state Sen."); not "to | re-elect Sen. Portman"
    if _qualifies_office(token, after, before):
        return True  # "...,” police Chief Ann Lee said", "said county Sheriff Ann Lee": a
        # noun opening the subject (after a clause's punctuation or an inverted cue)
        # qualifies the capitalised office after it
    if (
        token.tag == "NN"
        and nlp.is_lower_word(token.text)
        and _capitalised(after)
        and before is not None
        and before.tag == "IN"
        and before.text.islower()
    ):
        return True  # "authored by | state House Speaker Philip Gunn": a singular noun
        # with no determiner right after a preposition is no noun phrase of its own but
        # the modifier of the capitalised title after it (not "the way | FBI Director")
    if (
        token.tag in {"JJ", "VBN"}
        and token.text.islower()
        and _capitalised(after)
        and before is not None
        and before.tag == "VBD"
        and before.text in lexicons.cue_forms()
    ):
        return True  # "said | undecided Republican voter Stephanie Hooton": after an
        # inverted cue the words up to the name are its subject, the title whole (an
        # adjective or a participle: "said" takes no participle as a verb)
    if (
        token.tag in {"NN", "NNP"}
        and nlp.is_lower_word(token.text)
        and before is not None
        and _capitalised(before)
        and is_place([before.text])
        and (_names_role(after) or _capitalised(after))
    ):
        return True  # "Minnesota | state delegate", "Ohio | state Sen.": a noun read as
        # one (not a verb) between a place and the role it qualifies, though it may be a
        # verb ("state")
    # "filed by | state attorney Dave Aronberg", "said state senator ..."
    return _noun_before_role(token, after)


def _opening_compound(tokens: Sequence[Token], k: int, start: int) -> bool:
    """Are ``tokens[k - 1 : k + 1]`` a lower-case adjective and noun that open the subject
    (after a clause's punctuation or an inverted cue) and qualify the capitalised office
    right after them ("...,” | central bank | Vice-Governor Ann Lee said"), as a noun alone
    does ("police Chief")? Not where they close another phrase ("the sort of unilateral
    action | President Obama took")."""
    return (
        start == k + 1
        and k >= 2
        and tokens[k - 1].tag == "JJ"
        and nlp.is_lower_word(tokens[k - 1].text)
        and _qualifies_office(tokens[k], tokens[start], tokens[k - 2])
    )


def _elected_title(token: Token) -> bool:
    """A capitalised title word ("Treasurer", "Auditor", "Senator")."""
    return _capitalised(token) and lexicons.is_title_word(token.text)


def _qualifies_office(noun: Token, office: Token, before: Token | None) -> bool:
    """Does a lower-case singular noun opening the subject (``before`` it a clause's
    punctuation or an inverted cue) qualify the capitalised office right after it
    ("...,” | police Chief Ann Lee said", "said | county Sheriff Ann Lee")? Not a word
    that may be a verb (:func:`_verbish`, or a verb to the tagger out of context)."""
    return (
        noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and _capitalised(office)
        and _names_role(office)
        and before is not None
        and (before.text in CLAUSE_OPENERS or _cue(before))
        and not _verbish(noun.text)
        and (nlp.context_free_tag(noun.text) or "NN").startswith("NN")
    )


def _frequency_adjective(token: Token, after: Token) -> bool:
    """Is a lower-case word the tagger read as an adverb an adjective of frequency made
    from a time noun ("nightly", "weekly", "daily"), before a lower-case noun: an adverb
    qualifies no noun, so it opens the noun phrase of a title ("nightly news anchor")?"""
    lower = token.text.lower()
    stem = lower[:-3] + "y" if lower.endswith("ily") else lower[:-2]
    return (
        token.tag == "RB"
        and token.text.islower()
        and lower.endswith("ly")
        and stem in WHEN_NOUNS
        and nlp.is_lower_word(after.text)
        and after.tag in NOUN_TAGS
    )


def _noun_before_role(token: Token, after: Token) -> bool:
    """Is a lower-case word that is also a verb's form ("state", "report") read as a
    singular noun in its sentence and out of it, right before a lower-case role noun:
    the noun qualifies the role ("state attorney", "state senator"), which
    :func:`_verbish` would otherwise stop at?"""
    return (
        token.tag == "NN"
        and nlp.is_lower_word(token.text)
        and nlp.context_free_tag(token.text) == "NN"
        and after.text.islower()
        and _names_role(after)
    )


def _after_subject_verb(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a title read back to ``start`` from a name at ``end`` begins when a name
    opening it and its sentence is the subject of a verb the tagger took for a noun:
    "Clinton beat rival Bernie Sanders in the caucuses" -> "rival". The word after that
    name is a past or present verb after "he", it and the next word make no role
    ("Clinton press secretary"), and the sentence has no finite verb after the name (so
    "Radio talk show host Glenn Beck said" keeps its title)."""
    k = start + 1  # the word after the name that opens the title and its sentence
    if k >= end - 1 or end >= len(tokens):
        return start  # no words after the name to tell a verb by ("Tulsa police Chief")
    if start > 0 and tokens[start - 1].text not in {".", "!", "?"}:
        return start
    token, before, after = tokens[k], tokens[start], tokens[k + 1]
    if not (nlp.is_lower_word(token.text) and before.tag == "NNP"):
        return start
    if is_place([before.text]):
        return start  # "Tulsa police Chief Chuck Jordan": a place, no subject
    if not _capitalised(before) or lexicons.is_role_noun(f"{token.text} {after.text.lower()}"):
        return start
    he = Token(before.span, "he", "")
    tags = nlp.tag([he, Token(token.span, token.text, ""), Token(after.span, after.text, "")])
    if tags[1].tag not in {"VBD", "VBZ"}:
        return start
    for later in tokens[end:]:
        if later.text in {".", ";", "!", "?"}:
            break
        if later.tag in FINITE_TAGS:
            return start
    return k + 1


def _participle_modifier(token: Token, after: Token, before: Token | None) -> bool:
    """Is a lower-case word in "-ed" an adjective qualifying the title after it, as where
    no subject or auxiliary stands before it to make it a verb: after a determiner, a
    possessive, or where its phrase opens ("the decorated war veteran", ", syndicated radio
    host"), not "the board has hired | campaign manager", "said | campaign manager"?"""
    lower = token.text.lower()
    return (
        token.text.islower()
        and lower.endswith("ed")
        and lower not in lexicons.cue_forms()
        and after.text.islower()
        and (
            before is None
            or before.tag in {"DT", "PRP$"}
            or _possessive(before)
            or before.text in CLAUSE_OPENERS | OPENING_QUOTES
        )
    )


DEGREE_PREFIXES = ("best", "well", "long", "top", "hard", "far")  # not "high": "highlighting"


def _participial(token: Token) -> bool:
    """A hyphenated participle, an adjective ("best-selling", "Oscar-winning"), or one
    written as one word after an adverb of degree ("bestselling", "hardworking"): a verb
    so compounded takes no object."""
    first, _, last = token.text.rpartition("-")
    if not first:
        lower = token.text.lower()
        return token.text.isalpha() and any(
            lower.startswith(p) and len(lower) - len(p) >= 6 and lower.endswith("ing")
            for p in DEGREE_PREFIXES
        )
    return nlp.is_lower_word(last) and last.endswith(("ing", "ed"))


def _foreign_title(sentence: Sentence, k: int) -> bool:
    """Is ``tokens[k]``, right before a name, a title in another language ("said
    Ayatollah Ali Khamenei", "Taoiseach Enda Kenny said", "Datuk Seri Najib Razak"): a
    capitalised word no English text writes in lower case, no first name nor listed place
    or organisation, which the name does not take in, where a noun phrase opens (the
    sentence, a quotation's close, a comma or a verb of saying before it; not inside a
    run of capitalised words), right before the name (no honorific between: "#Franceisstrong
    Mr. Trump")?"""
    tokens = sentence.tokens
    if tokens[k].tag not in NOUN_TAGS or not _foreign_title_word(tokens[k]):
        return False  # (a noun: "Ayatollah" is tagged NN when read alone)
    if k + 1 < len(tokens) and not _capitalised(tokens[k + 1]):
        return False  # "Trump | and Texas Sen. Ted Cruz": the word before "and" is no
        # title of the name after it
    m = k
    while m > 0 and not sentence.boundary(m - 1) and _foreign_title_word(tokens[m - 1]):
        m -= 1  # "Datuk | Seri"
    before = tokens[m - 1] if m > 0 and not sentence.boundary(m - 1) else None
    return (
        before is None
        or before.text in CLOSING_QUOTES | {",", ":"}
        or before.text.lower() in {"said", "says", "told", "the"}
    )


def _foreign_title_word(token: Token) -> bool:
    """A capitalised word of four letters or more that no English text writes in lower
    case, no first name, listed place or organisation ("Ayatollah", "Datuk", "Seri")."""
    word = token.text
    return (
        len(word) > 3
        and word.isalpha()
        and word.istitle()
        and word.lower() not in nlp.common_words()
        and not nlp.is_first_name(word)
        and not nlp.known_spans([word])
    )


def _opens_sentence(before: Token | None) -> bool:
    return before is None or before.text in {".", "!", "?"} | OPENING_QUOTES


def _lower_case_tag(token: Token, after: Token) -> str:
    """The tag of ``token`` written in lower case, before ``after``."""
    lowered = [Token(token.span, token.text.lower(), ""), Token(after.span, after.text, "")]
    return nlp.tag(lowered)[0].tag


def _verbish(word: str) -> bool:
    """ "said", "warning", "reported": a verb, not part of a title."""
    lower = word.lower()
    return lower not in MODIFIERS and (
        lower in lexicons.cue_forms()
        or lower.endswith(("ed", "ing"))
        and not role_word(lower)
        or lower.endswith("s")
        and not lower.endswith("ss")
        and lower[:-1] in lexicons.cue_forms()
    )


def _participle_before_name(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is token ``k`` a participle the tagger made of an adjective before a place's name
    ("the governor of neighboring/VBG Utah, Martin Oakes,")?"""
    return tokens[k].tag == "VBG" and k + 1 < end and tokens[k + 1].tag == "NNP"


def apposed_before(sentence: Sentence, i: int, after_name: int) -> tuple[int, int] | None:
    """The noun phrase a name starting at token ``i`` is set beside: "a spokeswoman, Anna
    White, said", "said the governor's press secretary, Ana Ruiz.", "Another superdelegate,
    Michael Brown of Washington, D.C., explained" — the phrase names a role and opens its
    clause (not "In a statement to a reporter, Smith said"); or a dash opens the aside the
    name stands in ("A former Republican presidential candidate -- John McCain, who lost
    the 2008 election to Obama -- said")."""
    tokens = sentence.tokens
    while i > 2 and _courtesy_before_name(tokens[i - 1]):
        i -= 1  # "Its spokeswoman, Mrs. | Ann Lee,", "Britain's ambassador, Sir | Ann Lee,"
    if i < 2 or tokens[i - 1].text != "," and tokens[i - 1].text not in ASIDE_DASHES:
        return None
    if naming_clause_start(tokens, i) is not None:
        return None  # "a nurse who gave only her family name, | Kim": "her family name" is
        # what the clause gives, no role
    after_name = _past_origin(tokens, after_name)
    if after_name < len(tokens) and not (
        tokens[after_name].text in {",", ".", ";", ":", ")"} | DASHES
        or tokens[after_name].tag in FINITE_TAGS
    ):
        return None
    end = i - 1
    k = _apposed_opener(sentence, end)
    start = k + 1
    one_of = (  # "One of his advisers, Tad Devine,": a plural role, the phrase opened by "one"
        k > 1
        and tokens[k].tag in {"DT", "PRP$"}
        and [t.text.lower() for t in tokens[k - 2 : k]] == ["one", "of"]
    )
    if one_of:
        k -= 3
        start = k + 1
    opener = tokens[k] if k >= 0 else None
    if opener is None and not sentence.opens:
        return None  # the words before are cut off: no telling where the phrase begins
    if (
        start >= end
        or opener is not None
        and not _opens_apposed(tokens, k, end, after_name, one_of)
    ):
        return None
    if opener is not None and opener.text.lower() in {"that", "this", "these", "those"}:
        return None  # "that candidate, Bernie Sanders": a reference back, not a role
    opens_clause = after_name < len(tokens) and tokens[after_name].tag in FINITE_TAGS
    if opens_clause and (_predicate_of_another(tokens, k) or _object_of_verb_before(tokens, k)):
        return None  # "if Trump is the GOP nominee, Rubio gave": the copula's predicate
    if _after_apposed_name(tokens, k):
        return None  # "Dean Johnson, a salesman from Sumter, South Carolina": another's
    phrase = start + 3 if one_of else start  # past "one of his"
    if not one_of and tokens[phrase].text == "One" and tokens[phrase].tag == "CD":
        phrase += 1  # "One | plaintiff, Ollie Banks,": the number opening the sentence as
        # its article, capitalised by its place
    if not _apposed_role_head(tokens, k, phrase, end, after_name, one_of):
        return None
    return (start - 1 if opener is not None and opener.tag in {"DT", "PRP$"} else start, end)


def _apposed_opener(sentence: Sentence, end: int) -> int:
    """Where the phrase before the comma (or dash) at ``end`` stops, read back while its
    words can make a role's noun phrase: the index of the word before it (an article or
    possessive that opens it, or what the phrase follows), -1 at the sentence's start."""
    tokens = sentence.tokens
    office = _office_of(sentence, end - 1)  # "Secretary of State for Transport", "Minister
    if office is not None:  # of Trade, Industry and Energy": whole
        office = _first_of_joined_offices(sentence, office)
    k = end - 1 if office is None else office - 1
    while k >= 0 and not sentence.boundary(k):
        if tokens[k].tag in {"DT", "PRP$"}:
            if _time_possessive(tokens, k):
                k -= 1  # "This year's | headliner, X,": the time owns the role as "Last
                continue  # year's" does, no reference back ("that candidate, X")
            if k > 1 and tokens[k - 1].text.lower() in PREPOSITIONS and _role_before(tokens, k - 2):
                k -= 2  # "a spokesman for | the Green Party", "secretary of state for | the
                continue  # elderly", not "a statement to | a reporter"
            break
        if _when_noun(tokens, k):
            break  # "misstated the year | Pershing Square's founder, William A. Ackman,"
        if not _apposed_word(tokens, k, end):
            break
        k -= 1
    return k


def _apposed_word(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Can ``tokens[k]`` stand inside a role's noun phrase ending at ``end`` ("the
    chancellor | of Baylor University, Starr" goes on)?"""
    token = tokens[k]
    return (
        _noun(token)
        or _possessive(token)
        or token.tag in {"JJ", "JJS", "VBN", "CD"}
        or _inside_name(tokens, k)
        or _and_in_named(tokens, k)  # "a spokesman for the Department of Health | and
        # | Human Services, Rob Tate,"
        or _and_in_title(tokens, k, end)  # "The Police | and | Crime Commissioner, X,"
        or _and_of_roles(tokens, k, end)
        or _field_list(tokens, k, end)  # "Japan's economy | , | trade | and | industry
        # minister, Kubota Shinji,"
        or token.text.lower() in PREPOSITIONS
        and k > 0
        and strong_role(tokens[k - 1])
        or _grading_adverb(tokens, k, end)
        or _participle_before_name(tokens, k, end)
    )


def _opens_apposed(
    tokens: Sequence[Token], k: int, end: int, after_name: int, one_of: bool
) -> bool:
    """Does ``tokens[k]`` open the phrase set beside the name: an article or possessive
    opening its clause, or one of a clause's openers, a finite verb, a time ("the year")
    or, where the name's clause is closed, a conjunction or relative?"""
    opener = tokens[k]
    closed = (
        _closed_before_verb(tokens, after_name)
        or _object_beside(tokens, k, after_name)
        or _closes_sentence(tokens, after_name)
        or _relative_beside(tokens, k, end, after_name)
        or _verb_object_beside(tokens, k, after_name)
    )
    return (
        opener.tag in {"DT", "PRP$"}
        and (_clause_starts(tokens, k) or closed)
        or opener.text in CLAUSE_OPENERS
        or opener.tag in FINITE_TAGS
        or _when_noun(tokens, k)
        or one_of
        and (_cue(opener) or _misread_verb(opener))
        or closed
        and opener.tag in {"CC", "WDT", "WP"}  # not "who served as | White House
        # counsel under Mr. Bush's father, George Bush, ticked": a clause's predicate
        or _beside_named_conjunct(tokens, k if opener.tag in {"DT", "PRP$"} else k + 1, after_name)
    )


def _apposed_role_head(
    tokens: Sequence[Token], k: int, phrase: int, end: int, after_name: int, one_of: bool
) -> bool:
    """Does the phrase from ``phrase`` to ``end`` (``tokens[k]`` before it) have a head
    that names a role, and is it no capitalised name of something else?"""
    head = _first_head(tokens, _past_owner(tokens, phrase, end), end)
    if head is None or not (
        strong_role(tokens[head])
        or one_of
        and plural_role(tokens[head].text)
        or _owned_beside_last(tokens, k, head, after_name)
        or _definite_agent_beside(tokens, k, head, after_name)
        or _dated_agent_beside(tokens, phrase, head, after_name)
        or _person_phrase_head(tokens, phrase, head)
    ):
        return False
    # "The Transport Secretary, Mark Harper, said", "The Opposition Leader, X,", "Kenya's
    # Cabinet Secretary for Health, Ann Lee,": a title capitalised, a definite's or an owner's
    return not _capitalised(tokens[phrase]) or (
        any(role_word(t.text) and t.text.islower() for t in tokens[phrase:end])
        or any(_possessor(tokens, m) for m in range(phrase + 1, head))
        or k >= 0
        and tokens[k].tag == "DT"
        and _capitalised_office(tokens[head])
    )


def _beside_named_conjunct(tokens: Sequence[Token], first: int, after_name: int) -> bool:
    """Does a phrase from ``first`` follow a name and "and" or "or", and the name after the
    phrase close with a comma ("should provide Obama and | this year's entertainer, Larry
    Wilmore, | plenty of material"), so that the phrase is set beside the second of two
    people joined, wherever the pair stands in its clause?"""
    return (
        first > 1
        and tokens[first - 1].text.lower() in {"and", "or"}
        and tokens[first - 2].tag in nlp.PROPER_TAGS
        and after_name < len(tokens)
        and tokens[after_name].text == ","
    )


def _time_possessive(tokens: Sequence[Token], k: int) -> bool:
    """Does the word at ``k`` open a time's possessive ("this year's", "that week's",
    "Last month’s")?"""
    return (
        tokens[k].text.lower() in {"this", "that", "next", "last"}
        and k + 2 < len(tokens)
        and tokens[k + 1].text.lower() in WHEN_NOUNS
        and _possessive(tokens[k + 2])
    )


def _capitalised_office(token: Token) -> bool:
    """A capitalised title or role noun ("Secretary", "Leader", "Commissioner")."""
    return nlp.is_title(token.text) or (
        token.text[:1].isupper() and token.text.lower() in lexicons.role_nouns()
    )


WHEN_NOUNS = TIME_NOUNS | {"day", "time", "moment", "hour"}


def _and_of_roles(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` an "and" joining two roles of one person in a phrase set beside a
    name ("Kestrel's co-founder | and | chief technology officer, Owen Pryce"): a role
    word before it, no determiner after it (two people: "the senator and the governor's
    aide, Ann Ruiz"), and a role word heading what follows up to the comma?"""
    return (
        0 < k < end - 1
        and tokens[k].text == "and"
        and strong_role(tokens[k - 1])
        and tokens[k + 1].tag not in {"DT", "PRP$"}
        and not _possessive(tokens[k + 1])
        and any(strong_role(t) for t in tokens[k + 1 : end])
    )


def _field_list(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Is ``tokens[k]`` a comma or an "and" in a list of lower-case fields qualifying the
    role noun after them, in a phrase set beside a name ("the economy | , | trade | and |
    industry minister, Ann Lee,")? The words joined are singular common nouns that name no
    person (not "doctors, nurses and hospital staff"), and an "and" closes the list before
    the role noun."""
    if not 0 < k < end - 2 or tokens[k].text not in {",", "and"}:
        return False
    closing = next((m for m in range(k, end) if tokens[m].text == "and"), None)
    return (
        closing is not None
        and closing + 2 < end
        and all(_field(t) for t in tokens[k - 1 : closing + 2] if t.text not in {",", "and"})
        and strong_role(tokens[closing + 2])
    )


def _field(token: Token) -> bool:
    """Is ``token`` a lower-case common noun that names no person ("trade", "fisheries")?"""
    return (
        token.tag in {"NN", "NNS"}
        and nlp.is_lower_word(token.text)
        and not role_word(token.text)
        and not plural_role(token.text)
    )


def _when_noun(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` a lower-case noun of time a capitalised word follows, so that a
    clause of its own opens after it with "when" left out ("the year | Pershing Square's
    founder ... first began", "the week | Trump's campaign manager ... was charged")? The
    noun is no part of the phrase after it."""
    token = tokens[k]
    return token.text in WHEN_NOUNS and k + 1 < len(tokens) and _capitalised(tokens[k + 1])


def _grading_adverb(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Does an adverb at ``k`` grade the adjective after it, inside a phrase before a
    name ("the most influential leader of Iowa's politically activist evangelicals, |
    Bob"): "most", "more", "very" or one in "-ly", not "also" or "not"?"""
    token = tokens[k]
    return (
        token.tag in {"RB", "RBR", "RBS"}
        and k + 1 < end
        and tokens[k + 1].tag in {"JJ", "JJR", "JJS", "VBN"}
        and (token.tag != "RB" or token.text.lower() == "very" or token.text.endswith("ly"))
    )


def named_before(sentence: Sentence, i: int) -> tuple[int, int] | None:
    """The noun phrase naming a role that a name starting at token ``i`` is given to by
    "known as", "named" or "called" ("said the base chief known as | Bob", "an economist
    named | Ann Lee"): a determiner, modifiers and a strong role noun right before the
    participle, not "a man named Bob" (no role) nor "the group called" (no person); a noun
    that is a role by its "-er" ending alone only in an indefinite phrase ("a worker named
    Antonio Arroyo")."""
    tokens = sentence.tokens
    words = [t.text.lower() for t in tokens[max(0, i - 2) : i]]
    if words[-2:] == ["known", "as"]:
        end = i - 2
    elif words[-1:] and words[-1] in {"named", "called"} and tokens[i - 1].tag == "VBN":
        end = i - 1
    else:
        return None
    if end < 2 or not _names_role(tokens[end - 1]) or not tokens[end - 1].text.islower():
        return None
    weak = not strong_role(tokens[end - 1])  # "a worker named": a role by its "-er" alone
    k = end - 2
    while k >= 0:
        placed = _place_with_state(tokens, k)  # "a Salem, N.H., | resident named"
        if placed is not None:
            k = placed - 1
            continue
        if not (tokens[k].tag in MODIFIER_TAGS | NOUN_TAGS or _possessive(tokens[k])):
            break
        if sentence.boundary(k):
            return None
        k -= 1
    if k < 0 or tokens[k].tag not in {"DT", "PRP$"}:
        return None  # no determiner opening the phrase: unsure where it begins
    if weak and tokens[k].text.lower() not in {"a", "an"}:
        return None  # "the server named ...": only an indefinite phrase introducing a
        # person by name ("a worker named Antonio Arroyo") makes an "-er" noun a role
    return (k + 1 if tokens[k].text.lower() in {"a", "an", "the"} else k, end)


def copula_before(sentence: Sentence, i: int, after_name: int) -> tuple[int, int] | None:
    """The role a sentence gives a name starting at token ``i`` as its copula's complement:
    "The county's top prosecutor is | Lisa Grant.", "The new chairman of the party is | Tom
    Hale." — a noun phrase naming a role opens the sentence, "is" or "was" follows it and
    the name ends the clause; not "The latest is Rep. Joe Wilson" (no role), nor a phrase
    cut off by the window (no telling where it begins)."""
    tokens = sentence.tokens
    if i < 2 or tokens[i - 1].text.lower() not in COPULAS:
        return None
    if after_name < len(tokens) and tokens[after_name].text not in {",", ".", ";", "!", "?"}:
        return None  # "The question is Trump's": the name opens a longer phrase
    k = i - 2
    while k >= 0 and tokens[k].text not in CLAUSE_STOPS and not sentence.boundary(k):
        k -= 1
    if k < 0 and not sentence.opens or k >= 0 and tokens[k].text != ".":
        return None  # cut off, or a clause after a comma ("If elected, the mayor is ...")
    start = k + 1
    if tokens[start].tag not in {"DT", "PRP$"} and not _possessive(tokens[start]):
        return None  # "Among the speakers was Ann Lee"
    found = role_phrase(sentence, start, ends_clause=False)
    if found is None or found[1] != i - 1:
        return None
    head = _first_head(tokens, start, i - 1)
    if head is None or not strong_role(tokens[head]):
        return None
    return (start + 1 if tokens[start].text.lower() in {"a", "an", "the"} else start, i - 1)


def _place_with_state(tokens: Sequence[Token], k: int) -> int | None:
    """Where a place and its state set off by commas, ending with the comma at ``k``,
    begin inside a noun phrase ("a 52-year-old | Salem, N.H., | resident"): a capitalised
    word, a comma, an abbreviated state or a listed place, a comma."""
    if k < 3 or tokens[k].text != "," or tokens[k - 2].text != ",":
        return None
    state, place = tokens[k - 1].text, tokens[k - 3]
    abbreviated = re.fullmatch(r"[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}", state)
    if not (abbreviated or is_place([state])) or not _capitalised(place):
        return None
    return k - 3


def _person_phrase_head(tokens: Sequence[Token], phrase: int, head: int) -> bool:
    """Do the lower-case noun ``tokens[head]`` and the word before it, both inside the
    phrase from ``phrase``, make a two-word noun for a person
    (:func:`core.phrases.person_compound`: "Trump's | running mate, | Mike Pence")? Neither
    word need be a role noun alone."""
    return phrase < head and nlp.is_lower_word(tokens[head].text) and person_compound(tokens, head)


def _owned_beside_last(tokens: Sequence[Token], k: int, head: int, after_name: int) -> bool:
    """Is a phrase before a name opened (at ``k``) by "his", "her", "its" or "their", its
    head a lower-case singular noun, and the name the last words of its sentence ("would
    not exist if not for his corporate patron, | Rupert Murdoch."), or the phrase and the
    name set off by commas together the subject of a clause ("His digital mastermind, |
    Teddy Goff, helms"), so that the phrase says what the person is to its owner, whatever
    the noun (not "In his response, Steve Coll, said", where a preposition governs it)?"""
    noun = tokens[head]
    owned = k >= 0 and (
        tokens[k].tag == "PRP$"  # "his digital mastermind", or a noun's: "the band's singer"
        or tokens[k].text.lower() == "the"
        and head == k + 3
        and _possessive(tokens[k + 2])
        and tokens[k + 1].tag == "NN"
        and tokens[k + 1].text.islower()
    )
    return (
        owned
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and noun.text not in TIME_WORDS
        and (
            _closes_sentence(tokens, after_name)
            or noun.text in KIN_GENDER
            or _clause_starts(tokens, k)
            and _closed_before_predicate(tokens, after_name)
            or _verb_object_beside(tokens, k, after_name)
        )
    )


def _verb_object_beside(tokens: Sequence[Token], k: int, after_name: int) -> bool:
    """Is a phrase opened at ``k`` the object of a verb right before it (no copula), the
    name after it set off by commas and closed before a participle, a relative pronoun or
    a preposition ("has sued | the band's singer, Casey Lamb, claiming", "fired | his
    campaign manager, Ann Lee, on Monday"), so that the phrase is set beside the name?"""
    return (
        k > 0
        and tokens[k - 1].tag in {"VBD", "VBN", "VBZ", "VBP", "VB"}
        and tokens[k - 1].text.lower() not in BE
        and after_name + 1 < len(tokens)
        and tokens[after_name].text == ","
        and (
            tokens[after_name + 1].tag in {"VBG", "IN", "TO"}
            or tokens[after_name + 1].text.lower() in RELATIVES
        )
    )


def _definite_agent_beside(tokens: Sequence[Token], k: int, head: int, after_name: int) -> bool:
    """Is a phrase before a name "the" (or "a", "another", "one") and a lower-case
    singular noun, the two set off by commas together the subject opening a clause ("The
    instructor, | Ron Kessler, 61, said", "The defendant, | Wesley Crane, apologized", "One
    plaintiff, | Ollie Banks, 81, of Kansas City, has"), so that the noun is the person's
    role though no list holds it (strong_role refuses a bare "-er" or "-or", "server", and
    knows no "defendant")? The apposition says what the person is, as a possessive's does
    (_owned_beside_last), when the noun names a person by what they do or is a kind of
    person (not "The latter, | Ann Lee,", "One woman, | Ann Lee,"); only where the name
    closes before the clause's predicate, and no time ("The next day, | Ann Lee, ...")."""
    noun = tokens[head]
    aged = [t.text if t.tag != "CD" else "CD" for t in tokens[after_name : after_name + 3]]
    if aged == [",", "CD", ","]:
        after_name += 2  # past an age: "Ron Kessler, | 61, | said"
    if head == k + 2 and tokens[k + 1].text.lower() == "one":
        k += 1  # "One | plaintiff, Ollie Banks, 81,": the number as an article
    return (
        k >= 0
        and tokens[k].text.lower() in _AGENT_ARTICLES
        and head == k + 1
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and noun.text not in TIME_WORDS | WHEN_NOUNS
        and (lexicons.agent_noun(noun.text) or noun.text in lexicons.person_nouns())
        and _clause_starts(tokens, k)
        and _closed_before_predicate(tokens, after_name)
    )


def _dated_agent_beside(tokens: Sequence[Token], phrase: int, head: int, after_name: int) -> bool:
    """Is the phrase before a name a time's possessive and a lower-case singular noun
    naming a person by what they do, the two set off by commas together the subject of a
    clause ("Last month's | winner of the county straw poll, Delbert Gaines, said")? The
    time marks the role as "the" does (:func:`_definite_agent_beside`)."""
    noun = tokens[head]
    return (
        _time_possessive(tokens, phrase)
        and head == phrase + 3
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and (lexicons.agent_noun(noun.text) or noun.text in lexicons.person_nouns())
        and _closed_before_predicate(tokens, after_name)
    )


_AGENT_ARTICLES = frozenset({"the", "a", "an", "another", "one"})  # "A plaintiff, | X,"


def _closed_before_predicate(tokens: Sequence[Token], after_name: int) -> bool:
    """Is a name closed by a comma before its clause's predicate: a verb, or any lower-case
    word but a conjunction (the tagger reads "helms" of "Teddy Goff, helms Clinton's
    efforts" as a proper noun; "Ann Lee, and" goes on with a list)?"""
    if _closed_before_verb(tokens, after_name):
        return True
    if after_name + 1 >= len(tokens) or tokens[after_name].text != ",":
        return False
    word = tokens[after_name + 1]
    return nlp.is_lower_word(word.text) and word.tag != "CC"


def _relative_beside(tokens: Sequence[Token], k: int, end: int, after_name: int) -> bool:
    """Is the phrase before a name "his", "her" or "their" and a relative alone, the name
    set off by commas ("and his wife, | Ann Lee, 27, pleaded"): the person is that relative
    wherever the phrase stands (a relative is no response or statement a name could follow
    as a new clause's subject)?"""
    return (
        k >= 0
        and tokens[k].tag == "PRP$"
        and end == k + 2
        and tokens[k + 1].text in KIN_GENDER
        and after_name < len(tokens)
        and tokens[after_name].text == ","
    )


def _closed_before_verb(tokens: Sequence[Token], after_name: int) -> bool:
    """Is a name closed by a comma before its clause's verb, so that a phrase before it
    and its comma is set beside it wherever the phrase stands: after a preposition ("a
    study by | an influential Russian sociologist, Mikhail E. Dmitriyev, concluded": its
    determiner opens it), a conjunction ("The company and | France's secretary of state
    for the elderly, Pascale Boistard, confirmed") or a relative pronoun ("that | the
    previous Republican presidential nominee, Mitt Romney, called"); not a phrase ending
    where the name's clause opens ("In a statement to a reporter, Smith said")?"""
    return (
        after_name + 1 < len(tokens)
        and tokens[after_name].text == ","
        and (tokens[after_name + 1].tag in FINITE_TAGS or _cue(tokens[after_name + 1]))
    )


def _closes_sentence(tokens: Sequence[Token], after_name: int) -> bool:
    """Does a name end its sentence, so that a phrase before it and its comma, wherever
    it stands, is set beside it ("holdouts such as Ryan and | the party's 2012 nominee,
    Mitt Romney."): no list goes on with one more item after its "and"?"""
    return after_name == len(tokens) or tokens[after_name].text in {".", "!", "?"}


def _object_of_verb_before(tokens: Sequence[Token], k: int) -> bool:
    """Does a phrase opened by a determiner at ``k`` follow a verb other than a copula or
    one of saying, so that it is that verb's object ("where voters support | the
    president, Mrs. Clinton devotes ...") and no phrase set beside a name that opens a
    clause of its own?"""
    verb = tokens[k - 1] if k > 0 else None
    return (
        verb is not None
        and tokens[k].tag in {"DT", "PRP$"}
        and verb.tag in FINITE_TAGS | {"VB"}
        and verb.text.lower() not in BE
        and not _cue(verb)
    )


def _predicate_of_another(tokens: Sequence[Token], k: int) -> bool:
    """Does a phrase opened at ``k`` follow a copula whose subject is no "he" or "she"
    ("if Trump is | the GOP nominee, Rubio gave": Trump's, where the name opens a clause of
    its own; not "Now that he is | the presumptive Republican nominee, Donald Trump has",
    which tells of the name after it)?"""
    for b in (k, k - 1):
        if b >= 0 and tokens[b].text.lower() in BE:
            return not (b > 0 and tokens[b - 1].text.lower() in {"he", "she"})
    return False


def _object_beside(tokens: Sequence[Token], k: int, after_name: int) -> bool:
    """Is a name closed by a comma before a relative pronoun, "that" or a preposition, with
    the phrase before it the object of a preposition inside its clause, so that the phrase
    is set beside the name ("complaints by | the secretary of the Treasury, Jacob J. Lew,
    that ...", "came from | the chairman, Ann Lee, who ...", "was sent from | the club's
    executive director, Jeremy Boreing, to ..."); not an opening adjunct ("In a statement
    to a reporter, Smith, who ...")?"""
    if not (
        k > 1
        and tokens[k].tag in {"DT", "PRP$"}
        and tokens[k - 1].tag == "IN"
        and after_name + 1 < len(tokens)
        and tokens[after_name].text == ","
        and (
            tokens[after_name + 1].text.lower() in RELATIVES
            or tokens[after_name + 1].tag in {"IN", "TO"}
        )
    ):
        return False
    m = k - 2
    while m > 0 and tokens[m - 1].text not in CLAUSE_OPENERS:
        m -= 1
    return m < k - 1 and tokens[m].tag not in {"IN", "TO"}  # the clause opens no adjunct


def _role_before(tokens: Sequence[Token], k: int) -> bool:
    """Does a role noun end at ``tokens[k]`` or head the nouns and complements that do
    ("secretary of state | for the elderly"), within a few words? Not a title before a
    name, which takes no complement ("conflated candidate Ted Cruz | with the former
    governor, George Wallace.")."""
    for m in range(k, max(-1, k - 6), -1):
        if strong_role(tokens[m]):
            named = m < k and tokens[m + 1].tag in nlp.PROPER_TAGS and _capitalised(tokens[m + 1])
            return not named
        if not (_noun(tokens[m]) or tokens[m].text.lower() in PREPOSITIONS | {"the"}):
            return False
    return False


def _past_origin(
    tokens: Sequence[Token], k: int, opening: frozenset[str] | set[str] = frozenset({"of", "from"})
) -> int:
    """Past where a person is from, after their name ("Michael Brown | of Washington,
    D.C.,"), or more of it after ``opening`` ("of Sodus | in Upstate New York"): where the
    words after the name go on."""
    if not (
        k + 1 < len(tokens)
        and tokens[k].text.lower() in opening
        and tokens[k + 1].tag in nlp.PROPER_TAGS
        and _capitalised(tokens[k + 1])
    ):
        return k
    k += 1
    while k < len(tokens) and tokens[k].tag in nlp.PROPER_TAGS and _capitalised(tokens[k]):
        k += 1
    return k


def _after_apposed_name(tokens: Sequence[Token], k: int) -> bool:
    """Does a name with a comma end at ``tokens[k]``, so that a phrase after it is that
    name's appositive, not one set beside the name that follows? Not a name in a fronted
    phrase ("In Tamarac, the owner of the club, Mark Schmidt, ...", "On CNN Tuesday, his
    wife, Jane, called"), but one compared ("Like Ann Lee, the former customer, X")."""
    if k < 2 or tokens[k - 1].text != "," or tokens[k - 2].tag not in nlp.PROPER_TAGS:
        return False
    m = k - 2
    while m >= 0 and tokens[m].tag in nlp.PROPER_TAGS:
        m -= 1  # back over the capitalised run: "On | CNN Tuesday, his wife, Jane, called"
    return not (
        m >= 0 and tokens[m].tag in {"IN", "TO"} and tokens[m].text.lower() not in COMPARING
    )


# Prepositions that compare the person they name with the clause's subject: the phrase
# after "Like Ann Lee," is hers ("Like Ann Lee, the former Acme customer, Bob Roffman
# wants ..."), not Roffman's, as a place's is not ("In Tamarac, the owner ..., X,").
COMPARING = frozenset({"like", "unlike"})


def _clause_starts(tokens: Sequence[Token], k: int) -> bool:
    """Does a clause start at ``tokens[k]``, past an opening adverb ("Now | the chancellor
    of Baylor University, Starr has ...")?"""
    if k > 0 and tokens[k - 1].text.lower() in OPENING_ADVERBS:
        k -= 1
    return k == 0 or tokens[k - 1].text in CLAUSE_OPENERS or tokens[k - 1].tag in FINITE_TAGS


def _inside_name(tokens: Sequence[Token], k: int, joins: frozenset[str] = OF) -> bool:
    """Is ``tokens[k]`` the "of" (or another of ``joins``) inside a proper name ("Federal
    Bureau | of | Investigation", "University | of | Washington", "Democracy | for |
    America"), not one joining a role to it ("Secretary of State", "Director for Europe")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text.lower() in joins
        and not role_word(tokens[k - 1].text)
        and _capitalised(tokens[k - 1])
        and _capitalised(tokens[k + 1])
        and tokens[k + 1].tag in nlp.PROPER_TAGS
    )


def _courtesy_before_name(token: Token) -> bool:
    """An honorific ("Mrs.") or a capitalised title word not read as the name's title
    ("Sir")."""
    return honorific(token) or token.text[:1].isupper() and lexicons.is_title_word(token.text)


_NAME_JOINERS = frozenset({"of", "on", "for", "and", "&", "the"})  # "Council on Foreign Relations"


def _past_owner(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the phrase ``tokens[start:end]`` goes on past its owner, a name with a
    possessive that opens it ("The Bank of America's | chief economist"), so that the
    owner's own preposition is not taken for the phrase's; ``start`` where no owner opens
    it."""
    if start >= end or not _capitalised(tokens[start]):
        return start  # "a spokesman for Sen. Rubio's campaign": the role noun opens it
    for k in range(start + 1, end):
        if _possessor(tokens, k):
            return k + 1
        if not _capitalised(tokens[k]) and tokens[k].text not in _NAME_JOINERS:
            return start  # "the most influential leader of | Iowa's ...": no owner opens it
    return start


def _first_head(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """The last noun before the first preposition of ``tokens[start:end]``."""
    head = None
    for k in range(start, end):
        if tokens[k].text.lower() in PREPOSITIONS and head is not None:
            break
        if _noun(tokens[k]):
            head = k
    return head


# ---------------------------------------------------------------- after the name


def appositive_after(
    sentence: Sentence, j: int, subject: bool = False, described: bool = False
) -> tuple[int, int, str] | None:
    """The appositive after a name ending before token ``j`` (past any party tag): the
    token range of the role and its text's form ("" as written, or "former"). An
    appositive in parentheses must close with one ("Maria Ortiz (the county's elections
    director) said"); one set off by dashes must close with one or with the sentence ("Steve Lonegan
    — a former Cruz adviser — and ..."), so that a dash opening a clause gives none. With
    ``subject`` the name opens its clause, so a verb right after the phrase is the name's
    and the phrase an appositive whose closing comma was left out; where the name is
    ``described`` (a subject, or after a verb of saying, outside a quotation), an
    indefinite phrase whose noun names no role describes the person (:func:`_description`)."""
    tokens = sentence.tokens
    if j < len(tokens) and tokens[j].text in DASHES:
        compared = _compared_in_aside(sentence, j + 1)
        if compared is not None:
            return compared
        np = role_phrase(sentence, j + 1)
        closed = np is not None and np[1] < len(tokens) and tokens[np[1]].text in DASH_CLOSERS
        return (*np, "") if closed and np is not None else None
    if j < len(tokens) and tokens[j].text == "(":
        np = role_phrase(sentence, j + 1)  # "Maria Ortiz (the county's elections director)"
        closed = np is not None and np[1] < len(tokens) and tokens[np[1]].text == ")"
        return (*np, "") if closed and np is not None else None
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].tag == "CD" and tokens[k + 1].text == ",":
        k += 2  # "Ben Carson, 64, a retired neurosurgeon"
        k = _past_home_town(tokens, k)
    origin = _past_origin(tokens, k)
    if origin > k and _word_at(tokens, origin) == "in":
        origin = _past_origin(tokens, origin, {"in"})
    if k < origin < len(tokens) - 1 and tokens[origin].text == ",":
        k = origin + 1  # "Ann Lee, 32, of Sodus in Upstate New York, | who works in retail"
    if k < len(tokens) and tokens[k].text.lower() == "whom":
        chosen = _chosen_by(sentence, k)  # ", whom George W. Bush appointed chief of ..."
        return None if chosen is None else (*chosen, "")
    if k < len(tokens) and tokens[k].text.lower() == "whose":
        return _office_named(sentence, k)  # ", whose title is chief innovation officer"
    if k < len(tokens) and tokens[k].text.lower() == "who":
        clause = role_clause(sentence, k)  # ", who served as ..." names the role alone
        return (
            None
            if clause is None
            else (clause[0], _relative_end(sentence, k, clause[1]), clause[2])
        )
    np = role_phrase(sentence, k, subject=subject)
    if np is None and described:
        np = _description(sentence, k)
    if np is not None and _aside_of_saying(tokens, np[1]):
        return None  # "Clinton, a top aide said, “is very confident”": the aide speaks
    return None if np is None else (*np, "")


def _compared_in_aside(sentence: Sentence, k: int) -> tuple[int, int, str] | None:
    """The noun phrase an aside opening with "like" and a name at ``k`` says of the name
    before the aside: "Rep. Ann Lee — like Reid, | a supporter of Murphy — recalled"
    (the comparison's only predicate, which Ann Lee shares with Reid); the aside must
    close with a dash. None when no such aside opens at ``k``."""
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].text.lower() != "like":
        return None
    n = k + 1
    while n < len(tokens) and (_capitalised(tokens[n]) or honorific(tokens[n])):
        n += 1
    if n == k + 1 or n >= len(tokens) or tokens[n].text != ",":
        return None
    np = role_phrase(sentence, n + 1)
    if np is None or not any(t.text in DASHES for t in tokens[np[1] :]):
        return None
    return (*np, "")


def _past_home_town(tokens: Sequence[Token], k: int) -> int:
    """Past a home town set off by commas after an age, with no "of", as a profile line
    gives it before a lower-case role ("Ruth Avila, 52, | Ankeny, | retired nurse:"); else
    ``k``."""
    m = k
    while m < len(tokens) and tokens[m].tag in nlp.PROPER_TAGS and _capitalised(tokens[m]):
        m += 1
    if k < m < len(tokens) - 1 and tokens[m].text == "," and tokens[m + 1].text.islower():
        return m + 1
    return k


def _aside_of_saying(tokens: Sequence[Token], m: int) -> bool:
    """Does a verb of saying and a comma follow a phrase ending before token ``m``, and
    the sentence go on in lower case past them (an opening quotation mark aside), so that
    the phrase is the subject of an aside ("Clinton, | a top aide | said, “is very
    confident”") and no appositive? Not where what follows opens a sentence of its own:
    the appositive's closing comma was left out ("Ann Lee, president of the association
    stated, “It's a math problem.”")."""
    if m + 2 >= len(tokens) or tokens[m + 1].text != ",":
        return False
    if tokens[m].text.lower() not in lexicons.cue_forms():
        return False
    n = m + 2 + (tokens[m + 2].text in OPENING_QUOTES and m + 3 < len(tokens))
    return tokens[n].text[:1].islower()


def shared_appositive(sentence: Sentence, k: int) -> tuple[int, int] | None:
    """The appositive after a comma at token ``k`` that closes two names joined by "and",
    which each of them holds: a role noun in the plural heads it ("Ann Lee and Tom Reed, |
    the parents of a soldier killed in Iraq,", "..., co-founders of the group,"). A
    singular one after the second name is that name's alone (see :func:`appositive_after`),
    so only a plural head shows the phrase to be shared."""
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    np = role_phrase(sentence, k + 1, plural=True)
    if np is None:
        return None
    _, heads = _chunk(sentence, np[0])
    if not heads:
        return None
    h = heads[-1]
    head = tokens[h]
    if head.tag != "NNS" or not head.text.islower() or not head.text.endswith("s"):
        return None
    if any(t.tag == "CD" or t.text.lower() == "other" for t in tokens[np[0] : h]):
        return None  # "the two other political outsiders": a count of a group, no role
    if not any(t.tag not in {"DT", "PDT"} for t in tokens[np[0] : np[1]] if t is not head):
        return None  # "the candidates": the group named alone
    if tokens[np[1] - 1].text.lower() in lexicons.cue_forms():
        return None  # "critics like Ed Ross say/UH,": an aside of saying, no appositive
    return np if role_word(head.text[:-1]) else None


# Nouns that name a person's office itself, so that "whose NOUN is" gives the role after
# the copula ("whose title is chief innovation officer"; not "whose father is a senator").
OFFICE_NOUNS = frozenset({"title", "job", "position", "post", "role", "office", "rank"})


def _office_named(sentence: Sentence, k: int) -> tuple[int, int, str] | None:
    """The role a relative clause opening with "whose" at ``k`` names as the person's
    office: "whose (official) title is ROLE", "whose job is ..."; the role ends where a
    role clause's would (before a time: "whose title was deputy director | until 2012"),
    and a past copula gives the former office, as after "who was"."""
    tokens = sentence.tokens
    m = k + 1
    while m < len(tokens) and tokens[m].tag in {"JJ", "VBN"} and tokens[m].text.islower():
        m += 1  # "whose official title is"
    if m + 1 >= len(tokens) or tokens[m].text.lower() not in OFFICE_NOUNS:
        return None
    if tokens[m + 1].text.lower() not in COPULAS:
        return None
    np = role_phrase(sentence, m + 2, ends_clause=False)
    if np is None or _infinitive(tokens, m + 2):
        return None  # "whose job is to inspect the bridges": a duty, no office
    cut = _before_time(tokens, *np)
    return (np[0], _before_time_clause(tokens, np[0], cut), _former(tokens[m + 1].text.lower()))


# Verbs whose object a role names after it ("whom Bush appointed | chief of mission").
CHOOSING_VERBS = frozenset({"appointed", "named", "nominated", "hired", "picked", "tapped"})
MAX_CHOOSER = 6  # words of the subject of "whom ... appointed"


def _chosen_by(sentence: Sentence, k: int) -> tuple[int, int] | None:
    """The role a relative clause opening with "whom" at ``k`` gives its person as the
    object of a verb of choosing ("whom George W. Bush appointed chief of mission to
    Bermuda", "whom the governor named | as his chief of staff"): the subject, proper nouns
    or a short noun phrase, then the verb, then a role."""
    tokens = sentence.tokens
    m = k + 1
    while m < len(tokens) and m - k <= MAX_CHOOSER:
        token = tokens[m]
        if token.text.lower() in CHOOSING_VERBS and m > k + 1:
            break
        if token.text in CLAUSE_STOPS or token.tag.startswith("VB") or _cue(token):
            return None
        m += 1
    else:
        return None
    first = m + 1 + (_word_at(tokens, m + 1) == "as")
    np = role_phrase(sentence, first, ends_clause=False)
    if np is None:
        return None
    return (np[0], _before_time(tokens, *np))


def _description(sentence: Sentence, k: int) -> tuple[int, int] | None:
    """An indefinite noun phrase set off by commas after a name, which describes the
    person whatever its noun ("Ann Lee, 39, a waitress at the Golden Bear, said", "a
    security guard at a Reno casino", "a Tinder user in New York"): a lower-case singular
    noun that tells no time, the phrase closed by punctuation (not "Smith, a friend
    said"), no relative clause after it ("a man who ...": the clause says the rest)."""
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].text.lower() not in {"a", "an"}:
        return None
    end, heads = _chunk(sentence, k)
    if not heads:
        return None
    head = tokens[heads[-1]]
    if head.tag != "NN" or not head.text.islower() or head.text in TIME_WORDS:
        return None
    end, _ = _extend(sentence, k, end, [heads[-1]])
    if (
        end + 1 < len(tokens)
        and tokens[end].text.lower() in RELATIVES | {","}
        and (tokens[end].text != "," or tokens[end + 1].tag in MODIFIER_TAGS)
    ):
        return None  # "a man who ...", "a burly, balding 58-year-old": a noun not read
    end = _tail(sentence, end)
    closed = end == len(tokens) or tokens[end].text in {",", ".", ";", ")"} | DASHES
    return (k, end) if closed and not _titles_another(tokens, k, end) else None


def role_phrase(
    sentence: Sentence,
    k: int,
    ends_clause: bool = True,
    subject: bool = False,
    plural: bool = False,
) -> tuple[int, int] | None:
    """A noun phrase naming a role from token ``k``, with its complements, coordinated
    roles and a relative clause saying what the person does; None when it names no role
    ("the move", "Clinton and Sanders", "According to Smith, a spokesman said", "Smith, a
    spokesman said, won"). With
    ``ends_clause`` the phrase must end at punctuation (an appositive), or at a verb when
    the name it follows is the ``subject`` of its clause ("Robby Mook, Clinton's campaign
    manager was asked": the closing comma left out); else anywhere (after a copula).
    With ``plural`` a plural role noun heads it too (the role names that two people
    share: see :func:`shared_appositive`)."""
    tokens = sentence.tokens
    start = k
    while k < len(tokens) and tokens[k].text.lower() in OPENING_ADVERBS:
        k += 1
    if k + 1 < len(tokens) and tokens[k].text.lower() == "one" and tokens[k + 1].text == "of":
        plural, k = True, k + 2
    end, heads = _chunk(sentence, k)
    if not heads or not ends_clause and _bare_comparative(tokens, k, heads, end):
        return None
    ranked = _rank(tokens, heads[-1], end)
    end += ranked  # "the No. | 2 | in the GOP leadership"
    end, heads = _coordinated_adjectives(sentence, k, end, heads)
    end, heads = _before_postmodifier(tokens, end, heads)
    end, roles = _extend(sentence, start, end, [heads[-1]])
    if ranked and end > heads[-1] + 2:
        roles = [*roles, heads[-1]]
    elif not any(
        _role_head(tokens[h], plural)
        or _open_compound(tokens, h)
        or _owned_person_noun(tokens, k, h)
        for h in roles
    ) and not (ends_clause and _person_doing(sentence, heads[-1], end)):
        who = _description_who(sentence, end) if ends_clause else None
        clause = None if who is None else role_clause(sentence, who)
        return None if clause is None else clause[:2]  # "a 33-year-old African American
        # who left his job to become a full-time canvasser": the description names no
        # role, its clause does
    if _is_name(tokens, heads):
        return None
    if ends_clause and _titles_another(tokens, start, end):
        return None
    if end < len(tokens) and tokens[end].text.lower() in RELATIVES:
        return _through_relative(sentence, start, end, ends_clause)
    if ends_clause and _comma_quoted(tokens, end):
        return (start, end)  # "author of “The Long Road,” said": the comma closes it
    if ends_clause and not subject and _quoted_predicate(tokens, end):
        return None  # "alone with Mr. Obama, the prime minister “looked ashen,” Mr. Arad
        # said": the phrase is the subject of the words quoted, a clause of its own
    if ends_clause and end < len(tokens) and _clause_verb(tokens[end]):
        if _says_the_phrase(tokens, end, subject):
            return None  # "Smith, a spokesman said": no appositive
        return (start, end)  # "Gary Byrne, a former agent for President Bill Clinton has
        # written a book": the closing comma left out after a name
    if ends_clause:
        end = _listed_roles(sentence, end)
        # when the person held the role is no part of it, as in a relative clause ("an
        # accomplished attorney | by the time her husband landed in the White House")
        return (start, _before_time_clause(tokens, start, _tail(sentence, end)))
    return (start, end)


def _through_relative(
    sentence: Sentence, start: int, end: int, ends_clause: bool
) -> tuple[int, int]:
    """A role phrase from ``start`` followed at ``end`` by a relative pronoun: with the
    clause where it says what the person does or is, as the article gives it."""
    tokens = sentence.tokens
    clause = role_clause(sentence, end)
    if ends_clause and clause is None and _event_clause(sentence, end):
        return (start, end)  # "a nurse | who was at the hospital that night"
    if ends_clause and _deed_clause(sentence, end):
        return (start, end)  # "a speechwriter | who worked for two presidents"
    if ends_clause and clause is None and tokens[end].text.lower() == "whose":
        return (start, end)  # "a rancher | whose land runs along the border": what the
        # person has, not what they are (but "whose title is ...", a role clause)
    if ends_clause:  # as the article gives it; short_role keeps the noun phrase alone
        return (start, _relative_end(sentence, end, clause[1] if clause else end))
    return (start, clause[1] if clause else _before_partitive(tokens, start, end))


def _says_the_phrase(tokens: Sequence[Token], end: int, subject: bool) -> bool:
    """Is the verb at ``end`` after a role phrase the phrase's own verb of saying ("Smith,
    a spokesman said"), not the verb of the name before it, whose closing comma was left
    out ("Gary Byrne, a former agent ... has written")?"""
    cue = end + 1 if tokens[end].text.lower() in {"has", "have", "had"} else end
    aside = _cue(tokens[cue]) and (  # "Smith, a spokesman (has) said(,) ...": a clause
        cue + 1 == len(tokens)  # of saying, not the name's verb ("told host Cuomo")
        or tokens[cue + 1].text in CLAUSE_STOPS | OPENING_QUOTES
        or tokens[cue + 1].text.lower() in {"so", "that"}
    )
    if aside and subject and _quotation_follows(tokens, cue):
        aside = False  # "Ann Lee, president of the guild stated, “...”": the name's
        # verb, its quotation after it (an aside's clause goes on after its comma)
    return aside or (
        not subject and (_cue(tokens[end]) or tokens[end - 1].tag not in nlp.PROPER_TAGS)
    )


def _event_clause(sentence: Sentence, k: int) -> bool:
    """Does the relative clause at ``k`` tell one past occasion, not what the person does:
    its verb in the past ("was", "attended") and, before its closing punctuation, a time
    that dates an event ("that night", "on Tuesday", "last week", "in March")? "a nurse
    | who was at the hospital that night", "a teacher | who attended the rally on
    Saturday"; not "who has taught there since 2010" (how long), "who taught there" (no
    occasion), a clause going on with another verb ("who endorsed Kasich in May and is a
    delegate"), nor one naming an office ("who ran for president in 2008")."""
    tokens = sentence.tokens
    m = k + 1
    while m < len(tokens) and tokens[m].tag == "RB":
        m += 1
    if m >= len(tokens) or tokens[m].tag != "VBD":
        return False
    clause = range(m + 1, _clause_end(sentence, k, m))
    if any(
        tokens[n].text.lower() in {"and", "but"} or _how_long(tokens, n) or _names_role(tokens[n])
        for n in clause
    ):
        return False  # "... in 2008 | and is now running ...", "who served two terms as
        # governor before leaving office in 2019": an office the clause names is a role
    return any(
        tokens[n].text.lower() == "that"
        and _word_at(tokens, n + 1) in WHEN_NOUNS
        or _time_adjunct(tokens, n)
        for n in clause
    )


def _deed_clause(sentence: Sentence, k: int) -> bool:
    """Does the relative clause at ``k``, after a noun phrase that names a role, tell only
    something the person did: "who" and a past tense or a perfect ("a speechwriter | who
    worked for two Republican presidents", "a pollster | who has advised Senate
    candidates"), naming no role word and no post ("who was a spokesman for ...", "who ran
    for president", "who chaired the panel", "who served as ..."), and going on to nothing
    the person does now ("... and now runs a firm")? The deed is no part of the role, as
    the hand samples count it (optional in 450 train rows, required in none)."""
    tokens = sentence.tokens
    if tokens[k].text.lower() != "who":
        return False
    m = k + 1
    while m < len(tokens) and tokens[m].tag == "RB":
        m += 1
    if _word_at(tokens, m) in {"has", "have", "had"}:
        m += 1
        while m < len(tokens) and tokens[m].tag == "RB":
            m += 1
        if m >= len(tokens) or tokens[m].tag != "VBN":
            return False
    elif m >= len(tokens) or tokens[m].tag != "VBD":
        return False
    if tokens[m].text.lower() in _POST_VERBS or _word_at(tokens, m + 1) == "as":
        return False
    return not any(
        _names_role(tokens[n])
        or tokens[n].tag in {"VBZ", "VBP"}
        or tokens[n].text.lower() in TENURE_ADVERBS
        for n in range(m, _clause_end(sentence, k, m))
    )


def _description_who(sentence: Sentence, end: int) -> int | None:
    """The "who" that opens a relative clause on a description ending at ``end``, past
    more of it in lower case ("a 33-year-old African American | and “child of the '80s” |
    who ..."), before any punctuation that closes a clause or another name; else None."""
    tokens = sentence.tokens
    for n in range(end, min(len(tokens), end + 9)):
        if tokens[n].text.lower() == "who":
            return n
        if tokens[n].text in CLAUSE_STOPS or _capitalised(tokens[n]) or sentence.boundary(n):
            return None
    return None


def _rank(tokens: Sequence[Token], head: int, end: int) -> bool:
    """Does a rank end a noun phrase at ``head`` ("the No. | 2", a number after "No."), a
    preposition after it giving the body ranked in ("the No. 2 in the GOP leadership"):
    a person's place in it, a role?"""
    return (
        tokens[head].text == "No."
        and end == head + 1
        and end + 1 < len(tokens)
        and tokens[end].tag == "CD"
        and tokens[end + 1].text.lower() in {"in", "at", "on", "of"}
    )


def _person_doing(sentence: Sentence, head: int, end: int) -> bool:
    """Does a noun phrase whose noun at ``head`` names no role the lexicons know stand for
    a person doing a role all the same: a lower-case singular noun, then "who" at ``end``
    opening a clause that says what the person does ("the polling guru | who founded
    fivethirtyeight.com")? "who" makes the noun a person's; the clause, a role."""
    tokens = sentence.tokens
    noun = tokens[head]
    return (
        end < len(tokens)
        and tokens[end].text.lower() == "who"
        and noun.tag == "NN"
        and nlp.is_lower_word(noun.text)
        and noun.text not in TIME_WORDS
        and noun.text not in lexicons.function_words()  # "the one who heads"
        and role_clause(sentence, end) is not None
    )


def _before_partitive(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a role from ``start`` ends when the relative clause at ``end`` is left out:
    before a last conjunct "and one of the ..." that only the clause gave its sense ("is
    the campaign's political director | and one of the staffers | who went to Flint")."""
    for n in range(start + 1, end - 2):
        if (
            tokens[n].text.lower() == "and"
            and tokens[n + 1].text.lower() == "one"
            and tokens[n + 2].text.lower() == "of"
        ):
            return n
    return end


def _quoted_predicate(tokens: Sequence[Token], end: int) -> bool:
    """Does a quotation opening at ``end`` begin with a finite verb other than one of
    saying ("the prime minister “looked ashen”"), the predicate of the words before it?
    The verb is read as after "he" (the tagger takes a word after an opening quotation
    mark for an adjective: "“looked/JJ")."""
    if end + 2 >= len(tokens) or tokens[end].text not in OPENING_QUOTES:
        return False
    verb, after = tokens[end + 1], tokens[end + 2]
    if not nlp.is_lower_word(verb.text):
        return False
    he = Token(tokens[end].span, "he", "")
    tags = nlp.tag([he, Token(verb.span, verb.text, ""), Token(after.span, after.text, "")])
    return tags[1].tag in {"VBD", "VBZ"} and not _cue(tags[1])


def _quotation_follows(tokens: Sequence[Token], cue: int) -> bool:
    """Does a quotation open right after the verb of saying at ``cue``, past a comma or
    colon ("stated, | “It is ...")?"""
    k = cue + 1
    if k < len(tokens) and tokens[k].text in {",", ":"}:
        k += 1
    return k < len(tokens) and tokens[k].text in OPENING_QUOTES


def _listed_roles(sentence: Sentence, end: int) -> int:
    """The end of more roles listed after a role's noun phrase ending at ``end``, the last
    after "and" or "or", closed by punctuation ("the fund's lawyer | , treasurer and
    strategist,", "a lawyer | , a former judge and an author."), an office's place with
    them ("secretary of State"); ``end`` when none follow (", and Bo Lee", ", a lawyer,
    said"). An item may open with "a" or "an", not "the" (", and the mayor": another)."""
    tokens = sentence.tokens
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    n, last = end + 1, False
    while not last:
        last = n < len(tokens) and tokens[n].text.lower() in {"and", "or"}
        if last:
            n += 1
        if n < len(tokens) and tokens[n].text in {"a", "an"}:
            n += 1  # "a lawyer, | a former judge | and | an author": each its article
        item = n  # an item: lower-case nouns and adjectives, a role noun last
        while n < len(tokens) and tokens[n].text.islower() and tokens[n].tag in {"NN", "JJ"}:
            n += 1
        if n == item or not _names_role(tokens[n - 1]):
            return end
        if _word_at(tokens, n) == "of" and n + 1 < len(tokens) and _capitalised(tokens[n + 1]):
            n += 1  # "a former first lady, | secretary of State | and senator"
            while n < len(tokens) and _capitalised(tokens[n]):
                n += 1
        if not last and n < len(tokens) and tokens[n].text == ",":
            n += 1
        elif not last and (n >= len(tokens) or tokens[n].text.lower() not in {"and", "or"}):
            return end
    return n if n == len(tokens) or tokens[n].text in CLAUSE_STOPS else end


def _titles_another(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Does the phrase ``tokens[start:end]`` after a name's comma hold the title of another
    person, whose name follows ("Western Journalism, former CIA operative and Marine John
    “Tig” Tiegen found"): a first name and a capitalised word that names no role ("a North
    Carolina Republican") or a nickname, with no preposition or possessive before it in the
    phrase ("adviser to John Kerry", "official under Presidents Reagan and George W. Bush",
    "Tom Vilsack's chief of staff" hold complements), and none after it ("Donald Trump
    supporter", "Arjay and Frances Miller Chair")?"""
    for m in range(start, end):
        if not (
            m + 1 < len(tokens)
            and tokens[m].tag in nlp.PROPER_TAGS
            and nlp.is_first_name(tokens[m].text)
            and (
                _capitalised(tokens[m + 1])
                and not role_word(tokens[m + 1].text)
                or tokens[m + 1].text in OPENING_QUOTES
            )
        ):
            continue
        n = m + 1
        while n < len(tokens) and (
            _capitalised(tokens[n]) or tokens[n].text in OPENING_QUOTES | CLOSING_QUOTES
        ):
            n += 1
        modifies = n < len(tokens) and (_possessive(tokens[n]) or _noun(tokens[n]))
        if modifies or any(role_word(t.text) for t in tokens[m + 1 : n]):
            continue  # "John Kerry's adviser", "George Washington University grad"
        if not any(_possessive(t) or t.tag in {"IN", "TO"} for t in tokens[start:m]):
            return True
    return False


def _coordinated_adjectives(
    sentence: Sentence, k: int, end: int, heads: list[int]
) -> tuple[int, list[int]]:
    """A noun phrase from ``k`` whose adjectives a comma sets apart ("the brash, | outspoken
    governor of New Jersey"): a lower-case word naming no role before the comma, a phrase
    naming a role after it, opened by a lower-case modifier; else the phrase as chunked."""
    tokens = sentence.tokens
    first = k + (k < len(tokens) and tokens[k].tag in {"DT", "PRP$"})
    if not (
        end == first + 1
        and end + 1 < len(tokens)
        and tokens[end].text == ","
        and tokens[first].text.islower()
        and not _names_role(tokens[first])
        and tokens[end + 1].text.islower()
        and (tokens[end + 1].tag in MODIFIER_TAGS or "-" in tokens[end + 1].text)
    ):
        return end, heads
    after, more = _chunk(sentence, end + 1)
    if not more or not _names_role(tokens[more[-1]]):
        return end, heads
    return after, more


def _before_postmodifier(
    tokens: Sequence[Token], end: int, heads: list[int]
) -> tuple[int, list[int]]:
    """A noun phrase whose last noun names no role ends at a role noun a lower-case
    adjective follows, or a participle in a phrase a determiner opens: it opens a phrase
    after the head ("a real estate tycoon | worth millions", "a Navy veteran | attending
    school in Albuquerque"; not a headline's "Chelsea Lee, husband expecting second
    child"), left to the appositive's tail; not a proper adjective, which opens a noun
    phrase ("the candidate | Republican voters trust most")."""
    if _names_role(tokens[heads[-1]]):
        return end, heads
    opened = heads[0] > 0 and tokens[heads[0] - 1].tag in {"DT", "PRP$"}
    postmodifier = {"JJ", "VBG"} if opened else {"JJ"}
    for n in range(len(heads) - 2, -1, -1):
        h = heads[n]
        after = tokens[h + 1]
        if _names_role(tokens[h]) and after.tag in postmodifier and after.text.islower():
            return h + 1, heads[: n + 1]
    return end, heads


def _relative_end(sentence: Sentence, k: int, least: int) -> int:
    """Where a relative clause opening at ``k`` ends as a role shows it: at a time its
    role ends with (:func:`role_clause`), else at :func:`_clause_end`."""
    tokens = sentence.tokens
    if least < len(tokens) and (_time_adjunct(tokens, least) or _time_clause(tokens, least)):
        return least
    return _clause_end(sentence, k, least)


def _clause_end(sentence: Sentence, k: int, least: int) -> int:
    """Where a relative clause opening at ``k`` ends: at its closing punctuation, or at
    ``least`` (the role it names, else its pronoun) when a quotation or a photo credit
    comes first ("who called it “a disaster”"), or before a verb of saying right after a
    noun past the role: the main clause's, its comma left out ("Ann Lee, who is chairman
    of the board | said in a statement"; not "who gained fame when he shouted")."""
    tokens = sentence.tokens
    while k < len(tokens):
        if (
            k >= least
            and _cue(tokens[k])
            and (
                tokens[k].tag in FINITE_TAGS
                or tokens[k].tag == "VBN"
                and _word_at(tokens, k + 1) not in {"by", "as"}
            )  # "who founded fivethirtyeight.com | tweeted/VBN on Wednesday"
            and tokens[k - 1].tag in NOUN_TAGS  # "... when he | shouted": its own
        ):
            return max(k, least)
        if tokens[k].text == "," and (past := _continues_name(sentence, k) or _listed(sentence, k)):
            k = past
            continue  # "... in Salinas, Calif.", "... several books, papers and editorials"
        if tokens[k].text == "(" and (past := _tag_closes(tokens, k) or _aside_closes(tokens, k)):
            k = past  # "who worked for Sen. Lamar Alexander (R-Tenn.)", "whose zeal drove
            continue  # reporters (like me) off"
        if tokens[k].text in CLAUSE_STOPS:
            break
        if k >= least and tokens[k].text == "and" and _word_at(tokens, k + 1) == "who":
            return k  # "who is running for Congress | and who worked the crowd": a second
            # clause says what the person did, not what they are (a "whose" clause is
            # left: "and whose firm represents ...", an affiliation)
        if sentence.boundary(k) or tokens[k].text in OPENING_QUOTES | CLOSING_QUOTES:
            return least
        k += 1
    return max(k, least)


def _aside_closes(tokens: Sequence[Token], k: int) -> int:
    """Past a short aside in parentheses opening at ``k`` inside a clause, closed before
    any other punctuation ("(like me)", "(and still is)"), or 0."""
    for n in range(k + 1, min(len(tokens), k + 7)):
        if tokens[n].text == ")":
            return n + 1 if n > k + 1 else 0
        if tokens[n].text in CLAUSE_STOPS or tokens[n].text in OPENING_QUOTES | CLOSING_QUOTES:
            return 0
    return 0


def _tag_closes(tokens: Sequence[Token], k: int) -> int:
    """Past a party tag in parentheses opening at ``k`` ("(R-Tenn.)", "(D)"), or 0."""
    if k + 1 >= len(tokens) or not re.fullmatch(r"[DRI](?:-[A-Z][\w.-]*)?", tokens[k + 1].text):
        return 0
    for n in range(k + 2, min(len(tokens), k + 5)):
        if tokens[n].text == ")":
            return n + 1
        if tokens[n].text != "." and not _capitalised(tokens[n]):
            return 0
    return 0


def _listed(sentence: Sentence, comma: int) -> int:
    """Past a comma that goes on with the last items of a list ("books, papers and
    editorials on the topic"): where the list ends, or 0."""
    tokens = sentence.tokens
    k = comma + 1
    if k < len(tokens) and tokens[k].text.lower() in {"and", "or"}:
        return 0  # "who co-founded the United Farm Workers, and Dream Act activist ..."
    joined = False
    while k < len(tokens) and tokens[k].text not in CLAUSE_STOPS:
        if tokens[k].tag[:2] in {"VB", "MD"} or tokens[k].text.lower() in RELATIVES:
            return 0  # ", and as such nominated Mr. Kim": a clause of its own
        joined = joined or tokens[k].text.lower() in {"and", "or"}
        k += 1
    return k if joined and k > comma + 1 else 0


def _tail(sentence: Sentence, end: int) -> int:
    """The end of an appositive whose noun phrase ends at ``end``: past a participle or
    an adverbial phrase up to its closing punctuation, as the article gives it ("a
    Democratic pollster working for Priorities USA", "... campaign four years ago"),
    unless a relative or finite clause follows."""
    tokens = sentence.tokens
    k = end
    while (
        k < len(tokens)
        and not sentence.boundary(k)
        and (tokens[k].text[:1].isalnum() or _possessive(tokens[k]))
    ):
        if tokens[k].text.lower() in {"who", "whom", "whose", "which", "that"}:
            return end
        if _clause_verb(tokens[k]) or tokens[k].tag in {"VBZ", "VBP", "MD"}:
            return end
        k += 1
    if k - end > MAX_TAIL or k > end and tokens[k - 1].tag in FUNCTION_TAGS:
        return end  # "author of | “Destiny and Power”": no tail ends on a function word
    return k


def _extend(sentence: Sentence, start: int, end: int, roles: list[int]) -> tuple[int, list[int]]:
    """Past the complements ("of the Veterans Alliance", "based in Houston", a quoted
    title), coordinated phrases ("and a former director of ...") and commas inside names
    ("Committee on Science, Space and Technology") after a noun phrase from ``start`` to
    ``end``: where
    the whole ends, and the heads of ``roles`` plus those coordinated before any
    complement ("founder and chief executive of ...")."""
    tokens = sentence.tokens
    while end < len(tokens) and not sentence.boundary(end):
        word = tokens[end].text.lower()
        if word in PREPOSITIONS and _quoted(tokens, end + 1):
            end = _quoted(tokens, end + 1)  # "author of “Destiny and Power”"
        elif _quoted_title(tokens, end):
            end = _quoted(tokens, end)  # a work's title after a noun: "cult classic “Thelma”"
        elif word in PREPOSITIONS or word == "based" and end + 1 < len(tokens):
            after, more = _chunk(sentence, end + (2 if word == "based" else 1))
            if not more:
                break
            end = after
        elif word in {"and", "&"}:
            one_of = [t.text.lower() for t in tokens[end + 1 : end + 3]] == ["one", "of"]
            after, more = _chunk(sentence, end + (3 if one_of else 1))
            clause = word == "and" and after < len(tokens) and tokens[after].tag in FINITE_TAGS
            if not more or clause:  # "and | Lee said"; an "&" joins no clauses: "U.S. News
                break  # & World Report | arrested in Moscow" goes on as one name
            end = after
            if not any(tokens[n].text.lower() in PREPOSITIONS for n in range(start, end)):
                roles = [*roles, more[-1]]
        elif word == "," and _continues_name(sentence, end):
            end = _continues_name(sentence, end)
        elif word == "," and _series(sentence, end):
            end = _series(sentence, end)  # "for population, refugees, and migration"
        else:
            break
    return end, roles


def _series(sentence: Sentence, comma: int) -> int:
    """Past the rest of a series of three or more begun before a comma ("for population,
    refugees, and migration", "in Iowa, Ohio and Nevada"): where its last item ends, at
    punctuation, or 0. The items are short noun phrases naming no role, in the case of the
    word before the comma, the last after "and" or "or" (not "..., and Dream Act activist
    Dan-el Padilla Peralta": another person)."""
    tokens = sentence.tokens
    lower = tokens[comma - 1].text.islower()
    k = comma
    while k < len(tokens) and tokens[k].text in {",", "and", "or"}:
        last = tokens[k].text != "," or (
            k + 1 < len(tokens) and tokens[k + 1].text.lower() in {"and", "or"}
        )
        m = k + 1 + (last and tokens[k].text == ",")
        end, heads = _chunk(sentence, m)
        if (
            not heads
            or end - m > 3
            or tokens[heads[0]].text.islower() != lower
            or any(_names_role(tokens[h]) for h in heads)
            or last
            and k == comma
        ):
            return 0
        if last:
            closed = end == len(tokens) or tokens[end].text in CLAUSE_STOPS
            goes_on = end + 1 < len(tokens) and tokens[end].text.lower() in {"of", "for", "at"}
            return end if closed or goes_on else 0  # "climate, controls and security
            # division | of United Technologies": the last item's complement goes on
        k = end
    return 0


def _clause_verb(token: Token) -> bool:
    """A verb that makes the words before it a clause ("a spokesman said", "the aide
    is"), not a participle the tagger took for a past tense ("a donor involved/VBD in")."""
    if _cue(token):
        return True  # "told/VBN host Chris Cuomo" too
    return token.tag in FINITE_TAGS and (token.text.lower() in BE_HAVE or token.tag == "MD")


def _misread_verb(token: Token) -> bool:
    """Is ``token``, right before "one of his ...", a verb the tagger read as a plural noun
    ("The letter also accuses/NNS | one of the journalists, Ann Lee, of ..."; "The suit
    names/NNS | one of ...")? No noun phrase ends in a bare plural before "one of" with
    no comma between, so a lower-case plural there is the verb whose object the phrase is."""
    return token.tag == "NNS" and nlp.is_lower_word(token.text)


def _cue(token: Token) -> bool:
    """A verb of saying ("said", "told"), not a participle ("saying")."""
    lower = token.text.lower()
    return lower in lexicons.cue_forms() and token.tag.startswith("VB") and token.tag != "VBG"


def _quoted(tokens: Sequence[Token], k: int) -> int:
    """Past a short quoted title opening at ``k`` ("“The Five”"), or a longer one in
    title case ("''Those Guys Have All the Fun: Inside the World of ESPN.''"), or 0."""
    if k >= len(tokens) or tokens[k].text not in OPENING_QUOTES:
        return 0
    for n in range(k + 1, min(len(tokens), k + MAX_TITLE)):
        if tokens[n].text in CLOSING_QUOTES:
            return n + 1 if n > k + 1 else 0
        titled = _capitalised(tokens[n]) or tokens[n].text.lower() in TITLE_STOP
        if n >= k + 12 and not (titled or tokens[n].text in {":", ".", ",", "?", "!"}):
            return 0
    return 0


def _scare_quoted(tokens: Sequence[Token], k: int) -> int:
    """Past one or two lower-case words in quotation marks opening at ``k`` ("“new-media”"),
    or 0."""
    if tokens[k].text not in OPENING_QUOTES:
        return 0
    for n in range(k + 1, min(len(tokens), k + 4)):
        if tokens[n].text in CLOSING_QUOTES:
            return n + 1 if n > k + 1 else 0
        if not tokens[n].text.islower():
            return 0
    return 0


def _quoted_title(tokens: Sequence[Token], k: int) -> bool:
    """Does a short quoted title open at ``k`` ("“Cake Boss”"), its first word capitalised?"""
    return bool(_quoted(tokens, k)) and _capitalised(tokens[k + 1])


def _comma_quoted(tokens: Sequence[Token], end: int) -> bool:
    """Does a quoted title end at ``end`` with the comma inside its closing mark (“The
    Long Road,”), which closes the phrase too?"""
    return end >= 2 and tokens[end - 1].text in CLOSING_QUOTES and tokens[end - 2].text == ","


def _role_head(token: Token, plural: bool) -> bool:
    return _names_role(token) or plural and plural_role(token.text)


def _owned_person_noun(tokens: Sequence[Token], k: int, h: int) -> bool:
    """Is ``tokens[h]`` a lower-case kind of person no role list holds
    (:func:`_person_noun`) whose phrase, from ``tokens[k]``, names a body or place it
    serves before it ("the Clark County registrar of voters", "the county's registrar")?
    Such a noun alone names no role ("was the guest of honor", "is a serial liar")."""
    head = tokens[h]
    return (
        head.text.islower()
        and _person_noun(head.text, head.tag)
        and any(t.tag in nlp.PROPER_TAGS and _capitalised(t) or _possessive(t) for t in tokens[k:h])
    )


def _open_compound(tokens: Sequence[Token], h: int) -> bool:
    """Is ``tokens[h]`` a role noun written open, the noun before it its first part, whose
    closed form names a role ("policy maker" of "policymaker", "speech writer")?"""
    if h == 0:
        return False
    first, head = tokens[h - 1], tokens[h]
    return (
        first.tag == "NN"
        and head.tag == "NN"
        and nlp.is_lower_word(first.text)
        and head.text.islower()
        and head.text not in lexicons.NOT_AGENTS  # "policy paper" names no one
        and role_word(first.text + head.text)
    )


def _is_name(tokens: Sequence[Token], heads: list[int]) -> bool:
    """Do the phrase's first nouns end in a name after a title ("Sen. Ted Cruz")?"""
    last = tokens[heads[-1]]
    return (
        len(heads) > 1
        and last.tag in nlp.PROPER_TAGS
        and not role_word(last.text)
        and any(lexicons.is_title_word(tokens[h].text) for h in heads[:-1])
    )


def _chunk(sentence: Sentence, k: int) -> tuple[int, list[int]]:
    """A base noun phrase from token ``k``: an optional determiner, modifiers, nouns and
    possessives ("the EU's High Representative", "Mr. Netanyahu's former national
    security adviser", "University of Washington professor"): where it ends, after its
    last noun, and its nouns."""
    tokens = sentence.tokens
    n = len(tokens)
    determined = k < n and tokens[k].tag in {"DT", "PRP$", "PDT"}
    if determined:
        k += 1
    first = k
    heads: list[int] = []
    end = k
    modifiers = True  # modifiers may come before the nouns, and again after a possessive
    named = False  # a preposition inside a proper name passed ("Office of Management")
    while k < n and not sentence.boundary(k):
        token = tokens[k]
        lower = token.text.lower()
        following = tokens[k + 1] if k + 1 < n else None
        lower_noun_next = following is not None and following.text.islower() and _noun(following)
        participle = not modifiers and "-" not in lower and lower.endswith("ing")
        if heads and lower in {"last", "this", "next"} and _word_at(tokens, k + 1) in TIME_NOUNS:
            break  # "mayor of London | last week": when, not what
        if heads and participle and token.text.islower() and not _names_role(token):
            if following is not None and following.tag in PARTICIPLE_OBJECTS:
                break  # "a Democratic pollster working/NN for ...": a participle
            heads.append(k)  # "head of music programming"
            end = k + 1
        elif (
            _noun(token)
            or token.tag == "CD"
            and YEAR.fullmatch(token.text)
            or k > 0
            and _capitalised(token)
            and token.tag.startswith("VB")  # "Ways and Means/VBZ Committee"
        ):
            heads.append(k)
            end, modifiers = k + 1, False
        elif _possessive(token) and heads:
            modifiers = True
            if _quoted_title(tokens, k + 1):  # "MSNBC's “Morning Joe”": the show is the head
                heads.append(k + 1)
                end = k = _quoted(tokens, k + 1)
                continue
        elif heads and token.tag in {"VB", "VBP"} and token.text.islower() and lower_noun_next:
            pass  # "the New Democrat Network think/VBP tank"
        elif heads and token.tag in {"VB", "VBP"} and _quoted_title(tokens, k + 1):
            heads.append(k)  # "the TLC reality show/VBP “Cake Boss”": a noun named after it
            end = k + 1
        elif (
            heads
            and token.tag == "VBZ"
            and token.text.islower()
            and lower.endswith("s")
            and (following is None or following.tag in {"IN", "CC", ",", "."} or lower_noun_next)
        ):
            heads.append(k)  # "a lawyer for hedge funds/VBZ at ...": the tagger's verb
            end = k + 1
        elif modifiers and (scare := _scare_quoted(tokens, k)) and _noun_follows(tokens, scare):
            k = scare  # "a self-styled “new-media” journalist": a word in quotation marks
            continue
        elif (
            determined
            and heads == list(range(first, k))
            and (past := _state_after_place(tokens, k))
        ):
            heads.clear()  # "a Neptune, N.J., native": the place with its state, set off
            modifiers, k = True, past  # by commas, modifies the noun after it
            continue
        elif heads and _inside_name(tokens, k, NAME_PREPOSITIONS):
            named = True  # "University of Washington professor", "Democracy for America's"
        elif named and _and_in_named(tokens, k):
            pass  # "Obama's Office of Management | and | Budget director"
        elif (
            not modifiers
            and token.text.islower()
            and (token.tag == "VBD" or token.tag == "VBN" and lower_noun_next)
        ):
            break  # "the presidency | told/VBN host Chris Cuomo": a verb after the nouns,
            # not a participle naming ("a group called Occupy DNC", "called the ...")
        elif (modifiers or _noun_follows(tokens, k + 1)) and (
            token.tag in MODIFIER_TAGS
            or lower in MODIFIERS
            or token.tag in {"RB", "RBS", "RBR"}
            and following is not None
            and (following.tag in MODIFIER_TAGS or following.tag in NOUN_TAGS)
        ):
            pass  # "retired", "Republican presidential", "Senate's only African-American"
        else:
            break
        k += 1
    if not heads and end < k and tokens[k - 1].tag in {"JJ", "VBN", "VBG"}:
        heads, end = [k - 1], k  # "tech start-ups/JJ": the tagger's adjective is the noun
    return end, heads


def _state_after_place(tokens: Sequence[Token], k: int) -> int:
    """Past a state set off by commas after a capitalised place, at the comma ``k``,
    when a lower-case noun or adjective goes on with the phrase ("a Neptune | , N.J., |
    native and ...", "a Reno | , Nev., | lawyer"), or 0. (The caller wants the place to
    open a phrase after its determiner: "in San Bernardino, Calif., based on" is none.)"""
    if tokens[k].text != "," or k + 2 >= len(tokens) or not _capitalised(tokens[k - 1]):
        return 0
    state, j = tokens[k + 1].text, k + 2
    if tokens[j].text == "." and not state.endswith("."):
        state, j = state + ".", j + 1  # "Nev" "." as the tokenizer splits it
    if (
        j + 1 >= len(tokens)
        or tokens[j].text != ","
        or not tokens[j + 1].text.islower()
        or tokens[j + 1].tag not in {"NN", "NNS", "JJ"}  # not "Calif., based on ..."
    ):
        return 0
    abbreviated = re.fullmatch(r"[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.", state)
    return j + 1 if abbreviated or is_place([state]) else 0


def _noun_follows(tokens: Sequence[Token], k: int) -> bool:
    """Does a noun follow, past modifiers ("deputy | national political director")?"""
    while k < len(tokens) and (tokens[k].tag in MODIFIER_TAGS or tokens[k].text in MODIFIERS):
        if _noun(tokens[k]):
            return True
        k += 1
    return k < len(tokens) and _noun(tokens[k])


def _continues_name(sentence: Sentence, comma: int) -> int:
    """Past a comma inside a name ("Committee on Science, Space and Technology") or before
    a state after a place ("a retiree in Carthage, Ill."): where the phrase then ends,
    or 0."""
    tokens = sentence.tokens
    k = comma + 1
    while k < len(tokens) and tokens[k].tag in nlp.PROPER_TAGS and _capitalised(tokens[k]):
        k += 1
    run = k - comma - 1
    if run == 0 or not _capitalised(tokens[comma - 1]):
        return 0
    if k < len(tokens) and tokens[k].text in {"and", "&"} and k + 1 < len(tokens):
        if _capitalised(tokens[k + 1]) and tokens[k + 1].tag in nlp.PROPER_TAGS:
            end, _ = _chunk(sentence, k + 1)
            return end
        return 0
    place = comma >= 2 and tokens[comma - 2].text.lower() in {"in", "of", "from"}
    ends = k == len(tokens) or tokens[k].text in {",", ".", ";", ")"} | DASHES
    return k if place and run <= 3 and ends else 0


def role_clause(sentence: Sentence, k: int) -> tuple[int, int, str] | None:
    """A relative clause at token ``k`` ("who"/"that") saying what someone does: "who
    served as U.S. ambassador to Burma", "who is the director of ...", "who heads the
    ..."; the token range after the pronoun and the form: "former" when a past copula
    gave the role ("who was the Hispanic media director"), else "". The range ends
    before a time the clause gives the role ("who was communications director | in the
    early part of Obama's first term", "who served as U.S. attorney | from 1983 to
    1989"): when is no part of what the person is or was. Not when the clause goes on
    past the time ("who founded the institute in 1979 and is ..."): the role is cut
    nowhere then."""
    found = _role_clause(sentence, k)
    if found is None:
        return None
    a, b, form = found
    tokens = sentence.tokens
    cut = _before_time(tokens, a, b)
    n = cut
    while n < len(tokens) and tokens[n].text not in CLAUSE_STOPS and not sentence.boundary(n):
        if tokens[n].text.lower() in {"and", "but"}:
            if form == "former" and _word_at(tokens, n + 1) == "as":
                break  # "who served as U.S. attorney | from 1983 to 1989 and as ..."
            return found  # "who founded the institute in 1979 | and is a committeeman"
        n += 1
    return a, _before_time_clause(tokens, a, cut), form


def _before_time_clause(tokens: Sequence[Token], a: int, b: int) -> int:
    """Where a role from token ``a`` ends before a clause of time inside ``a:b`` ("who was
    lieutenant governor of Maryland | when Perez was on the council"): when the person
    held it is no part of the role."""
    return next((n for n in range(a + 1, b - 1) if _time_clause(tokens, n)), b)


def _time_clause(tokens: Sequence[Token], n: int) -> bool:
    """Does a clause of time open at ``n`` ("when Perez was on the council", "while he
    was in college", "before he dropped out", "before setting up the server", "by the
    time her husband landed in the White House")?"""
    word = tokens[n].text.lower()
    if word in {"when", "while"}:
        return tokens[n].tag in {"WRB", "IN"}
    if word == "by" and [_word_at(tokens, n + 1), _word_at(tokens, n + 2)] == ["the", "time"]:
        return True
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return (
        word in {"before", "after", "until"}
        and after is not None
        and (after.tag == "VBG" or after.tag == "PRP" and after.text.lower() != "it")
    )


_TIME_PREPOSITIONS = frozenset({"since", "from", "until", "till", "through", "during", "in", "on"})
_EDGES = frozenset({"early", "late", "first", "last", "final", "mid"})  # "the early part of"
_SPANS = frozenset({"part", "days", "years", "months", "weeks", "term", "half", "stages"})


_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_HOW_LONG = frozenset({"more", "than", "nearly", "almost", "about", "over", "the", "past",
                       "last", "a", "an", "several", "many", "few", "two", "three", "four",
                       "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
                       "dozen", "of", "couple", "decades", "years"})  # fmt: skip


def _duration(tokens: Sequence[Token], n: int) -> bool:
    """Does "for" at ``n`` open how long, ending the role ("for ten years", "for more than
    a decade", "for the past 15 years", "for decades"; not "covered the White House for 40
    years | for ABC News", where the role goes on past it)?"""
    if tokens[n].text.lower() != "for":
        return False
    m = n + 1
    while m < len(tokens) and m - n <= 5:
        word = tokens[m].text.lower()
        if word.rstrip("s") in _UNITS and (m > n + 1 or word.endswith("s")):
            return m + 1 == len(tokens) or tokens[m + 1].text in CLAUSE_STOPS | {"and"}
        if word not in _HOW_LONG and tokens[m].tag != "CD":
            return False
        m += 1
    return False


def _deictic(tokens: Sequence[Token], n: int) -> bool:
    """Does a time counted from the article's day open at ``n`` ("who resigned as police
    chief | last month", "| earlier this year", "| yesterday"), not "the last year of"
    nor a title's capitals ("Last Week Tonight")?"""
    if n > 0 and tokens[n - 1].tag in {"DT", "PRP$", "POS"} or _possessive(tokens[n - 1]):
        return False
    word = tokens[n].text
    if not word.islower():
        return False  # "hosts the popular weekly show “Last Week Tonight”": a title
    if word in DEICTIC_TIMES:
        return True
    if word in {"earlier", "later"}:
        n, word = n + 1, _word_at(tokens, n + 1)
    return word in {"last", "this", "next"} and _word_at(tokens, n + 1) in TIME_NOUNS


def _how_long(tokens: Sequence[Token], n: int) -> bool:
    """Does a phrase of how long a role has been held open at ``n``: a duration ("for ten
    years") or a time since which it has been ("since 2012", "since last year"), which
    runs to now and so dates no past office?"""
    if _duration(tokens, n):
        return True
    return tokens[n].text.lower() == "since" and _time_adjunct(tokens, n)


def _before_time(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a role ``tokens[start:end]`` ends before the first time after its first word
    (:func:`_time_adjunct`: "deputy director | until 2012"); ``end`` where none opens."""
    return next((n for n in range(start + 1, end) if _time_adjunct(tokens, n)), end)


def _time_adjunct(tokens: Sequence[Token], n: int) -> bool:
    """Does a preposition at ``n`` open a time ("since 2010", "from 1983 to 1989", "in
    March", "in the early part of Obama's first term", "in the final years of ...", "for
    ten years", "last month")?"""
    if (
        _duration(tokens, n)
        or _deictic(tokens, n)
        or _sequel(tokens, n)
        or _under_a_leader(tokens, n)
    ):
        return True
    if tokens[n].text.lower() not in _TIME_PREPOSITIONS:
        return False
    m = n + 1
    if m < len(tokens) and tokens[m].tag in {"DT", "PRP$"}:
        m += 1
    edge = m < len(tokens) and tokens[m].text.lower() in _EDGES
    m += edge
    if m >= len(tokens):
        return False
    word = tokens[m].text
    event = m + 1 < len(tokens) and tokens[m + 1].tag in NOUN_TAGS  # "in the 2012 race"
    return (
        tokens[m].tag == "CD"
        and YEAR.fullmatch(word) is not None
        and not event
        or word in MONTHS
        or word.lower() in TIME_NOUNS
        or edge
        and word.lower() in _SPANS
    )


def _under_a_leader(tokens: Sequence[Token], n: int) -> bool:
    """Does "under" at ``n`` open the administration a role was held in ("who served as
    ambassador to Japan | under President George W. Bush", "| under then-Gov. Ann Lee"):
    a capitalised title after it, the leader's, dates the role as a year would?"""
    if tokens[n].text != "under":
        return False
    m = n + 1
    while m < len(tokens) and tokens[m].text.lower() in {"then", "-", "former"}:
        m += 1
    return m < len(tokens) and _capitalised(tokens[m]) and lexicons.is_title_word(tokens[m].text)


def _sequel(tokens: Sequence[Token], n: int) -> bool:
    """Does "after" or "before" at ``n`` open a noun phrase that dates the role by an
    event ("who served as acting mayor | after the scandal", "| before the merger")? An
    office is no time, so what comes after it in such a phrase is when, not what."""
    if tokens[n].text.lower() not in {"after", "before"} or tokens[n].tag != "IN":
        return False
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    return after is not None and (after.tag in {"DT", "PRP$", "CD"} or after.tag in NOUN_TAGS)


def _role_clause(sentence: Sentence, k: int) -> tuple[int, int, str] | None:
    tokens = sentence.tokens
    m = k + 1
    while m < len(tokens) and tokens[m].tag in {"RB"} and tokens[m].text.lower() != "not":
        m += 1
    if m >= len(tokens):
        return None
    verb, following = _word_at(tokens, m), _word_at(tokens, m + 1)
    if verb in {"has", "had"} and following == "been":
        np = role_phrase(sentence, m + 2, ends_clause=False)
        return _later_role(sentence, m + 2) if np is None else (*np, _former(verb))
    if verb in COPULAS and following in CHOSEN and _word_at(tokens, m + 2) != "as":
        np = role_phrase(sentence, m + 2, ends_clause=False)  # "who was named police
        if np is not None:  # chief": the office, held now (not "former named ...")
            return (*np, "")
    if verb == "is" and following == "running" and _word_at(tokens, m + 2) == "for":
        end, heads = _chunk(sentence, m + 3)  # "who is running for mayor": a candidate's
        # role, shown as the clause is ("running for the state Senate"); not "was running"
        if not heads or not _office_sought(tokens[heads[-1]]):
            return None  # "who is running for cover"
        return (m + 1, _extend(sentence, m + 3, end, heads)[0], "")
    if verb in COPULAS:
        np = role_phrase(sentence, m + 1, ends_clause=False)
        if np is not None and verb == "was" and (now := _held_now_after(sentence, np[1])):
            return now  # "who was Haines' budget director then | and is now the state
            # comptroller": the office held now, not the one before it
        return _later_role(sentence, m + 1) if np is None else (*np, _former(verb))
    if verb == "spent" and (start := _as_office(tokens, m)):
        np = role_phrase(sentence, start, ends_clause=False)  # "who spent two decades as
        return None if np is None else (*np, "former")  # a county prosecutor"
    perfect = verb in {"has", "have", "had"} and following in ROLE_VERBS  # "who has led"
    habitual = _done_for_a_body(tokens, m)
    if verb not in ROLE_VERBS and not perfect and not habitual:
        return _later_role(sentence, m) if tokens[m].tag.startswith("VB") else None
    auxiliary = verb if perfect else ""
    if perfect:
        m, verb = m + 1, following
        following = _word_at(tokens, m + 1)
    if verb not in ROLE_VERBS and not habitual:
        return None
    tenure = _as_after_tenure(tokens, m + 1) if verb in TENURE_VERBS else 0
    if verb in AS_VERBS and (following == "as" or tenure):
        np = role_phrase(sentence, tenure or m + 2, ends_clause=False)
        if np is not None:  # "who served as ambassador": the office, former when past
            past = auxiliary == "had" or not auxiliary and tokens[m].tag == "VBD"
            return (*np, "former" if past or not auxiliary and verb in PAST else "")
    if any(tokens[n].text.lower() in EVENT_ADVERBS for n in range(k + 1, m)):
        return None  # "who recently published a book": an event, not what the person does
    if verb in {"sits", "sat"} and following != "on":
        return None
    if verb in AS_VERBS and following not in {"as", "for", "at", "on", "in", "about"}:
        return None
    works_for = following == "for" and tokens[m].tag == "VBZ"  # "who lobbies for | the
    # American Beverage Association": what the person does for a body (not "who lobbied for
    # the bill", an event)
    first = m + (2 if verb in AS_VERBS | {"sits", "sat"} or works_for else 1)
    end, heads = _chunk(sentence, first)
    return (m, _extend(sentence, first, end, heads)[0], "") if heads else None


# the units a time in office is counted in ("served | two terms | as"), here and in
# roles._SERVED_AS
TENURES = frozenset({"term", "terms", "year", "years", "decade", "decades"})


def _as_after_tenure(tokens: Sequence[Token], n: int) -> int:
    """Where the office after "served" begins, when "as" stands at ``n`` or after a tenure
    counted there ("served | two terms as", "| eight years as", "| a decade as"); else 0."""
    if _word_at(tokens, n) == "as":
        return n + 1
    if n >= len(tokens) or not (tokens[n].tag == "CD" or _word_at(tokens, n) in {"a", "one"}):
        return 0  # no count of a tenure
    m = n + 2 if _word_at(tokens, n + 1) == "full" else n + 1  # "two full terms as"
    return m + 2 if _word_at(tokens, m) in TENURES and _word_at(tokens, m + 1) == "as" else 0


def _as_office(tokens: Sequence[Token], m: int) -> int:
    """Where the office begins after a verb of holding one at ``m`` (:data:`TENURE_VERBS`):
    "served as", "served two terms as", "worked as", "spent two decades as" ("spent" only
    with a counted time); else 0."""
    verb = _word_at(tokens, m)
    start = _as_after_tenure(tokens, m + 1) if verb in TENURE_VERBS else 0
    return 0 if verb == "spent" and start == m + 2 else start


def _done_for_a_body(tokens: Sequence[Token], m: int) -> bool:
    """Is the verb at ``m`` one in the present a person does as work for a named body: its
    object (a short noun phrase), then "for" or "at" and a name, perhaps after what the
    body is ("who appraises golf course properties for the real estate brokerage firm
    Cushman & Wakefield", "who designs chips at Intel")? Not "who votes for Trump" (no
    object), nor "who sued the city for damages" (past; no name)."""
    if tokens[m].tag != "VBZ" or tokens[m].text.lower() in BE_HAVE:
        return False
    n = m + 1
    while n < len(tokens) and n < m + 6 and tokens[n].tag in _OBJECT_TAGS:
        n += 1
    if n == m + 1 or n >= len(tokens) or tokens[n].text.lower() not in {"for", "at"}:
        return False
    n += 1
    while n < len(tokens) and tokens[n].text.islower() and tokens[n].tag in _OBJECT_TAGS:
        n += 1  # "the real estate brokerage firm"
    return n < len(tokens) and tokens[n].tag in {"NNP", "NNPS"} and _capitalised(tokens[n])


# The words of an object noun phrase ("golf/VBN course properties", "his groceries").
_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "CD", "PRP$", "VBN", "VBG"})


SOUGHT = frozenset({"reelection", "re-election", "office", "president", "nomination", "seat"})


def _office_sought(head: Token) -> bool:
    """Can ``head``, after "running for", name an office: a role word ("mayor"), a
    capitalised body ("Congress", "the state Senate"), or a word of candidacy
    ("reelection", "the Republican nomination", "an open seat")?"""
    return _names_role(head) or _capitalised(head) or head.text.lower() in SOUGHT


def _bare_comparative(tokens: Sequence[Token], k: int, heads: list[int], end: int) -> bool:
    """Is the phrase from ``k`` after a copula one lower-case word in "-er" that only its
    ending makes a role, closing its clause ("Lindbergs was | blunter."): a count noun
    after a copula takes a determiner ("was a farmer"); one without is an office, which
    the lists hold ("was chairman"), or an adjective's comparative the tagger took for a
    noun."""
    word = tokens[k].text
    return (
        heads == [k]
        and end == k + 1
        and word.islower()
        and word.endswith("er")
        and word not in lexicons.role_nouns()
        and not lexicons.is_title_word(word)
        and not _compound(word)
        and (end == len(tokens) or tokens[end].text in CLAUSE_STOPS)
    )


def _later_role(sentence: Sentence, k: int) -> tuple[int, int, str] | None:
    """A role a relative clause gives after its first verb at ``k``: a role after "as"
    ("who took over as head of Hispanic communications", "who was named last week as a
    leader of ...") or after a coordinated copula ("who belonged to a club and is now vice
    president of ..."), within a few words of the clause, before its punctuation."""
    tokens = sentence.tokens
    for n in range(k + 1, min(len(tokens), k + 14)):
        word = tokens[n].text.lower()
        if tokens[n].text in CLAUSE_STOPS or word in RELATIVES or _cue(tokens[n]):
            return None
        if word == "and":
            m = n + 1
            while m < len(tokens) and tokens[m].text.lower() in OPENING_ADVERBS:
                m += 1
            if m < len(tokens) and tokens[m].text.lower() in COPULAS:
                np = role_phrase(sentence, m + 1, ends_clause=False)
                return None if np is None else (*np, _former(tokens[m].text.lower()))
        if word == "to" and _word_at(tokens, n + 1) == "become":
            left = LEFT_OFFICE_VERBS.intersection(t.text.lower() for t in tokens[k:n])
            np = role_phrase(sentence, n + 2, ends_clause=False) if left else None
            return None if np is None else (*np, "")  # "who left his restaurant job in
            # November to become a full-time canvasser": what the person left for, held
            # now (not "who hopes to become ...": no role yet)
        if word == "as" and n + 1 < len(tokens):
            between = [t.text.lower() for t in tokens[k:n]]
            office = AS_OFFICE_VERBS.intersection(between)
            left = (LEFT_OFFICE_VERBS | REMOVED_FROM_OFFICE).intersection(between)
            first = k + 1 + (tokens[k + 1].tag == "RP")  # "took over", "stepped down"
            objects = tokens[first].tag in nlp.PROPER_TAGS | {"PRP", "DT", "PRP$"}
            np = role_phrase(sentence, n + 1, ends_clause=False)
            if np is None or objects or not (office or left):
                return None  # "who used Mr. Ailes as a consultant", "who emigrated as a
            return (*np, "former" if left else "")  # teenager", "who is seen as ..."
    return None


def _held_now_after(sentence: Sentence, n: int) -> tuple[int, int, str] | None:
    """The role a present copula coordinated after a past one's role ending at ``n``
    gives ("was the budget director (then) | and is now the state comptroller"): the
    role phrase after "and", any adverbs of time and "is"; None if there is none."""
    tokens = sentence.tokens
    while n < len(tokens) and tokens[n].text.lower() in TENURE_ADVERBS:
        n += 1
    if _word_at(tokens, n) != "and":
        return None
    n += 1
    while n < len(tokens) and tokens[n].text.lower() in OPENING_ADVERBS:
        n += 1
    if _word_at(tokens, n) != "is":
        return None
    n += 1
    while n < len(tokens) and tokens[n].text.lower() in OPENING_ADVERBS:
        n += 1  # "is | now | the state comptroller"
    np = role_phrase(sentence, n, ends_clause=False)
    return None if np is None else (*np, "")


def _infinitive(tokens: Sequence[Token], k: int) -> bool:
    """Does an infinitive open at ``k``, after a predicate noun, so that the noun names a
    deed, not an office ("Clinton was the first candidate | to bring up ...", "the only
    contender | here to have pledged ...")?"""
    while k < len(tokens) and tokens[k].tag == "RB":
        k += 1
    return k + 1 < len(tokens) and tokens[k].tag == "TO" and tokens[k + 1].tag == "VB"


def _former(verb: str) -> str:
    return "former" if verb in PAST else ""


CHOSEN = frozenset({"elected", "named", "appointed", "chosen", "confirmed", "sworn"})


# Verbs of heading a body, or of holding a seat for one ("represents the 5th District").
LEADING_VERBS = frozenset(
    {"heads", "leads", "runs", "chairs", "directs", "oversees", "manages", "owns",
     "co-chairs", "headed", "led", "run", "chaired", "directed", "overseen", "managed",
     "owned", "co-chaired", "represents", "represented"}
)  # fmt: skip

# Verbs whose past tells a post held, not a deed ("who chaired the panel", "who founded the
# group", "who ran the campaign"): a clause with one is kept after a role.
_POST_VERBS = LEADING_VERBS | {"ran", "founded", "co-founded", "cofounded", "served"}


def _leads_a_body(sentence: Sentence, m: int) -> tuple[int, int, str] | None:
    """A role a name's own clause gives by heading a named body, read as the relative
    clause "who heads ..." is: "Ruiz heads the Harborview Tenants Association", "Lee has
    chaired the Senate Finance Committee since 2019" (the verb at ``m`` present, or a
    present perfect, its "has" kept; not a past, an event: "Smith led the march"). The
    object must name a body: "the" before a capitalised name, or a capitalised name with
    a number or "of" ("University of Iowa"); not a person ("Clinton leads Trump by five
    points") nor a common noun ("leads the polls", "has led the field")."""
    tokens = sentence.tokens
    verb = _word_at(tokens, m)
    perfect = verb in {"has", "have"}
    v = m + 1 if perfect else m
    if v >= len(tokens) or _word_at(tokens, v) not in LEADING_VERBS:
        return None
    present = tokens[v].tag == "VBZ" or _word_at(tokens, v).endswith("s")
    if perfect == present or not _names_body(tokens, v + 1):
        return None
    found = role_clause(sentence, v - 1)
    return None if found is None or found[0] != v else (m, *found[1:])


def _names_body(tokens: Sequence[Token], k: int) -> bool:
    """Does a named body's phrase open at ``k`` ("the Pacific Shipping Council", "Local
    19", "University of Iowa"), or an indefinite one's headed by a body noun ("a food
    bank", "a trucking company": what the person runs or owns, as a reporter prints it)?"""
    if k + 1 >= len(tokens):
        return False
    if tokens[k].text.lower() in {"a", "an"}:
        end = _chunk_end(tokens, k + 1)  # "runs a food bank", "owns a dairy": one of its
        last = tokens[end - 1]  # kind, by its body noun only ("runs a risk" is none); not
        return (  # a collection of people ("leads a group | of 40 conservatives")
            end > k + 1
            and last.text.islower()
            and last.text in _body_nouns()
            and _word_at(tokens, end) != "of"
        )
    if tokens[k].text.lower() == "the":
        end = _chunk_end(tokens, k + 1)
        last = tokens[end - 1]
        return end > k + 1 and (
            _capitalised(last)
            and last.tag == "NNP"
            or last.text.islower()
            and last.tag == "NN"
            and (
                last.text in _body_nouns()  # "runs the county food bank", "heads the
                # school"; not "runs the risk", "leads the polls"
                or end > k + 2
                and _word_at(tokens, end) == "at"
                and _names_body(tokens, end + 1)  # "runs the voter outreach program |
                # at the Asian Community Council": a unit of a named body, named by its
                # field (not an idiom's one noun: "runs the show at the Capitol")
            )
        )
    return (
        _capitalised(tokens[k])
        and tokens[k].tag == "NNP"
        and (tokens[k + 1].tag == "CD" or _inside_name(tokens, k + 1))
    )


@cache
def _body_nouns() -> frozenset[str]:
    """Lower-case nouns that name a body: WordNet's kinds of organization
    (:func:`lexicons.organisation_nouns`) and the words that close organisations' names
    (``names_org_words.txt``: "bank", "council", "agency"), less those closing a
    newspaper's ("post", "times", "press") or no noun's ("united")."""
    closing = {w for w in nlp.organisation_name_words() if w.isalpha()} - _NO_BODY_NOUNS
    return frozenset(lexicons.organisation_nouns() | closing - lexicons.news_outlet_words())


_NO_BODY_NOUNS = frozenset({"partners", "united"})  # closing names, naming no body alone


def _chunk_end(tokens: Sequence[Token], k: int) -> int:
    """Where the run of modifiers and nouns from ``k`` ends."""
    while k < len(tokens) and (tokens[k].tag in NOUN_TAGS | {"JJ", "POS"}):
        k += 1
    return k


def _word_at(tokens: Sequence[Token], k: int) -> str:
    return tokens[k].text.lower() if k < len(tokens) else ""


_CONTRACTED = frozenset({"'s", "\u2019s"})  # "is" or "has" after a subject


def copula_after(sentence: Sentence, j: int) -> list[tuple[int, int, str]]:
    """Roles given by "NAME is the current chairman of ...", "NAME served as director of
    ... and is now president of ...", "NAME was elected as mayor of ...": token ranges and
    forms ("elected as" kept; "serves as" is the office, "served as" the former one, as a
    relative clause gives them: "serves as the county's top prosecutor" -> "county's top
    prosecutor")."""
    tokens = sentence.tokens
    out: list[tuple[int, int, str]] = []
    m = j
    while m < len(tokens):
        while m < len(tokens) and tokens[m].text.lower() in {"now", "then", "also", "currently"}:
            m += 1
        verb, following = _word_at(tokens, m), _word_at(tokens, m + 1)
        if verb in _CONTRACTED and tokens[m].tag == "VBZ":  # "She's a delegate": no "'s"
            verb = "has" if following == "been" else "is"  # of a possessive ("Lee's aide")
        if verb in {"has", "had"} and following == "been":
            m += 2
            form = ""
        elif verb in COPULAS and following in CHOSEN and _word_at(tokens, m + 2) == "as":
            form, m = f"{tokens[m + 1].text} as", m + 3  # "was elected as mayor of London"
        elif verb in COPULAS and following == "listed" and _word_at(tokens, m + 2) == "as":
            form, m = "", m + 3  # "is listed as the chairman of ...": a record's copula
        elif verb in COPULAS:
            m += 1
            form = ""
        elif tenure := _as_office(tokens, m):
            form, m = _former(verb), tenure  # the office, former when past, as after "who"
            # ("served | two terms as | Ohio secretary of state", "spent | two decades as |
            # a county prosecutor", "worked as | a nurse")
        elif verb in {"has", "had"} and following == "served" and _word_at(tokens, m + 2) == "as":
            form, m = ("former" if verb == "had" else ""), m + 3  # "has served as treasurer
            # since 2010": the office held now; "had served as": one held before
        elif (led := _leads_a_body(sentence, m)) is not None:
            out.append(led)  # "Greer has led Local 19 of the union since 2018."
            break
        else:
            break
        while m < len(tokens) and tokens[m].text.lower() in {"now", "then", "also", "currently"}:
            m += 1
        np = role_phrase(sentence, m, ends_clause=False)
        if (
            np is None
            or tokens[m].tag not in {"DT", "PRP$", "JJ", "JJS", "VBN"}
            and not (_names_role(tokens[m]) or tokens[m].text.lower() in MODIFIERS)
            and not (tokens[m - 1].text == "as" and tokens[m].tag == "NNP")  # "served as
            # Ohio secretary of state": a place before the office
            or _infinitive(tokens, np[1])
        ):
            break
        cut = next((n for n in range(np[0] + 1, np[1]) if _how_long(tokens, n)), np[1])
        out.append((np[0], cut, form))  # "was mayor of Dayton | for ten years", "has been
        m = np[1]  # mayor | since 2012": how long is no part of the role; when ("from 1985
        # to 1991") dates it
        if m < len(tokens) and tokens[m].text.lower() == "and":
            m += 1
        else:
            break
    return out
