"""The grammar of roles over tagged tokens: what stands before a name, after it, and in a
clause about it.

Each reader takes the tagged tokens of one sentence (:func:`sentence_tokens`) and the
position of a name in them, and gives the role the sentence states there, or None:

- a title before the name: "Defense Minister Danno Pevkur", "the governor's press
  secretary Ana Ruiz", "Secretary of Agriculture Tom Vilsack", "her chief of staff
  Cheryl Mills" (:func:`core.roles_before_name.title_before`);
- a noun phrase the name is set beside: "a Twitter spokesman, Christopher Abboud, said",
  "One of his advisers, Tad Devine,", "... and the party's 2012 nominee, Mitt Romney."
  (:func:`core.roles_before_name.apposed_before`);
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
from core.dates import MONTHS
from core.document import Span, Token
from core.kind_evidence import HONORIFIC_GENDER
from core.person_names import TENURE_PREFIXES
from core.phrases import (
    ASIDE_DASHES,
    FINITE_BE,
    FINITE_TAGS,
    SUBJECT_PRONOUNS,
    TIME_NOUNS,
    TIME_WORDS,
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
SPAN_OF_YEARS = re.compile(r"[\w]+-(?:year|term)", re.IGNORECASE)
COPULAS = frozenset({"is", "was"})
BE_HAVE = FINITE_BE | {"has", "have", "had", "does", "did"}
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
    tech/TO executive") is a noun; so is a "verb" of the third person without its -s, and
    a role's or a body's noun read as a past or, in lower case, a proper noun; a number in
    digits is a cardinal."""
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
        and (role_word(token.text, "NN") or token.text in _body_nouns())
    ):  # "Sant Singh Chatwal, hotelier/NNP, ...", "the rules committee/NNP": a word in lower
        # case is no proper noun; a role's or a body's noun the tagger read as one is common
        return Token(token.span, token.text, token.tag[:2] + token.tag[3:])
    if token.tag in {"VBN", "VBD"} and (
        token.text.isalpha() and role_word(token.text, "NN") or token.text in _body_nouns()
    ):  # "who was coordinator/VBN for ...", "has chaired the credentials committee/VBD": a
        # role noun or a body's read as a participle (no participle names a role or a body)
        return Token(token.span, token.text, "NN")
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


def person_title(sentence: Sentence, k: int, i: int) -> bool:
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


def modified_noun(sentence: Sentence, k: int) -> bool:
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
    return names_role(token)


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


def names_role(token: Token) -> bool:
    """A role word, even one the tagger took for a verb ("host", "chair")."""
    return role_word(token.text, token.tag) and not plural_role(token.text)


def honorific(token: Token) -> bool:
    return token.text.rstrip(".").lower() in HONORIFICS


def is_possessive(token: Token) -> bool:
    return token.text in {"'s", "\u2019s", "'", "\u2019"}


def possessor(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` the possessive of the capitalised word before it ("NBC's", "CBS
    News'"), not a contraction ("He's") or a closing quotation mark ("Truther’")?"""
    if k < 1 or not is_possessive(tokens[k]) or tokens[k - 1].span.end != tokens[k].span.start:
        return False
    owner = tokens[k - 1].text
    bare = tokens[k].text in {"'", "\u2019"}
    return (
        owner[:1].isupper()
        and owner.lower() not in TITLE_STOP
        and (not bare or owner.endswith("s"))
    )


def is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def phrase_noun(token: Token) -> bool:
    """A noun of a phrase, not one of time standing as an adverb ("a real estate agent
    | today who was ..."); capitalised, the word is a name's ("a member of USA TODAY's
    Board of Contributors")."""
    if token.text in DEICTIC_TIMES:
        return False
    return token.tag in NOUN_TAGS or names_role(token)


def is_place(words: Sequence[str]) -> bool:
    """Do ``words`` name a listed place, and nothing else ("New Jersey", "Cleveland")?"""
    return bool(words) and nlp.known_spans(words) == [(0, len(words), "LOC")]


def and_inside_name(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` an "and" between capitalised words of one name ("Health | and |
    Human Services"), not before another title ("State | and | Vice President")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text.lower() == "and"
        and is_capitalised(tokens[k - 1])
        and is_capitalised(tokens[k + 1])
        and not role_word(tokens[k + 1].text)
        and not lexicons.is_title_word(tokens[k + 1].text.lower())
    )


def and_in_named(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` an "and" inside a proper name with an "of" just before it
    ("Department of Health | and | Human Services spokeswoman")?"""
    return and_inside_name(tokens, k) and any(
        inside_name(tokens, m) for m in range(max(1, k - 3), k)
    )


WHEN_NOUNS = TIME_NOUNS | {"day", "time", "moment", "hour"}


def past_origin(
    tokens: Sequence[Token], k: int, opening: frozenset[str] | set[str] = frozenset({"of", "from"})
) -> int:
    """Past where a person is from, after their name ("Michael Brown | of Washington,
    D.C.,"), or more of it after ``opening`` ("of Sodus | in Upstate New York"): where the
    words after the name go on."""
    if not (
        k + 1 < len(tokens)
        and tokens[k].text.lower() in opening
        and tokens[k + 1].tag in nlp.PROPER_TAGS
        and is_capitalised(tokens[k + 1])
    ):
        return k
    k += 1
    while k < len(tokens) and tokens[k].tag in nlp.PROPER_TAGS and is_capitalised(tokens[k]):
        k += 1
    return k


def inside_name(tokens: Sequence[Token], k: int, joins: frozenset[str] = OF) -> bool:
    """Is ``tokens[k]`` the "of" (or another of ``joins``) inside a proper name ("Federal
    Bureau | of | Investigation", "University | of | Washington", "Democracy | for |
    America"), not one joining a role to it ("Secretary of State", "Director for Europe")?"""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text.lower() in joins
        and not role_word(tokens[k - 1].text)
        and is_capitalised(tokens[k - 1])
        and is_capitalised(tokens[k + 1])
        and tokens[k + 1].tag in nlp.PROPER_TAGS
    )


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
        closed = np is not None and _closing(sentence, np[1]) in DASH_CLOSERS
        return (*np, "") if closed and np is not None else None
    if j < len(tokens) and tokens[j].text == "(":
        np = role_phrase(sentence, j + 1)  # "Maria Ortiz (the county's elections director)"
        closed = np is not None and _closing(sentence, np[1]) == ")"
        return (*np, "") if closed and np is not None else None
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    if k + 1 < len(tokens) and tokens[k].tag == "CD" and tokens[k + 1].text == ",":
        k += 2  # "Ben Carson, 64, a retired neurosurgeon"
        k = _past_home_town(tokens, k)
    origin = past_origin(tokens, k)
    if origin > k and _word_at(tokens, origin) == "in":
        origin = past_origin(tokens, origin, {"in"})
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


def _closing(sentence: Sentence, end: int) -> str | None:
    """The token that closes an aside whose role ends at ``end``, past a relative clause
    of one occasion the role leaves out ("— the county clerk | who took office in May |
    —"); None at the sentence's end."""
    tokens = sentence.tokens
    if end < len(tokens) and tokens[end].text.lower() in RELATIVES:
        end = _clause_end(sentence, end, end)
    return tokens[end].text if end < len(tokens) else None


def _compared_in_aside(sentence: Sentence, k: int) -> tuple[int, int, str] | None:
    """The noun phrase an aside opening with "like" and a name at ``k`` says of the name
    before the aside: "Rep. Ann Lee — like Reid, | a supporter of Murphy — recalled"
    (the comparison's only predicate, which Ann Lee shares with Reid); the aside must
    close with a dash. None when no such aside opens at ``k``."""
    tokens = sentence.tokens
    if k >= len(tokens) or tokens[k].text.lower() != "like":
        return None
    n = k + 1
    while n < len(tokens) and (is_capitalised(tokens[n]) or honorific(tokens[n])):
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
    while m < len(tokens) and tokens[m].tag in nlp.PROPER_TAGS and is_capitalised(tokens[m]):
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
        if token.text in CLAUSE_STOPS or token.tag.startswith("VB") or cue_verb(token):
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
    if not closed or _titles_another(tokens, k, end):
        return None
    return (k, _before_how_long(tokens, k, end))  # "a deacon | since his teens"


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
    headed = (  # a role noun, or a kind of person set beside the name, heads the phrase
        ranked
        and end > heads[-1] + 2
        or any(
            _role_head(tokens[h], plural)
            or _open_compound(tokens, h)
            or _owned_person_noun(tokens, k, h)
            for h in roles
        )
        or ends_clause
        and _apposed_person_noun(tokens, k, heads[-1], end)
    )
    if not headed and not (ends_clause and _person_doing(sentence, heads[-1], end)):
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
        # when the person held the role, and for how long, is no part of it, as in a
        # relative clause ("an accomplished attorney | by the time her husband landed in
        # the White House", "the elections administrator | since 2014")
        end = _before_how_long(tokens, start, _tail(sentence, end))
        return (start, _before_time_clause(tokens, start, end))
    return (start, end)


def _through_relative(
    sentence: Sentence, start: int, end: int, ends_clause: bool
) -> tuple[int, int]:
    """A role phrase from ``start`` followed at ``end`` by a relative pronoun: with the
    clause where it says what the person does or is, as the article gives it. (Leaving
    out every clause that names no role after a role noun, "a retired teacher | who has
    worked the polls since 1992", was tried in the fifty-eighth session: train's samples
    take such clauses as optional and did not move, the dev role sample lost 4 of 145.)"""
    tokens = sentence.tokens
    clause = role_clause(sentence, end)
    if ends_clause and clause is None and _event_clause(sentence, end):
        return (start, _before_partitive(tokens, start, end))  # "a nurse | who was at the
        # hospital that night", "a bank employee | and one of the thousands who was there"
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
    aside = cue_verb(tokens[cue]) and (  # "Smith, a spokesman (has) said(,) ...": a clause
        cue + 1 == len(tokens)  # of saying, not the name's verb ("told host Cuomo")
        or tokens[cue + 1].text in CLAUSE_STOPS | OPENING_QUOTES
        or tokens[cue + 1].text.lower() in {"so", "that"}
    )
    if aside and subject and _quotation_follows(tokens, cue):
        aside = False  # "Ann Lee, president of the guild stated, “...”": the name's
        # verb, its quotation after it (an aside's clause goes on after its comma)
    return aside or (
        not subject and (cue_verb(tokens[end]) or tokens[end - 1].tag not in nlp.PROPER_TAGS)
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
        tokens[n].text.lower() in {"and", "but"} or _how_long(tokens, n) or names_role(tokens[n])
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


def _description_who(sentence: Sentence, end: int) -> int | None:
    """The "who" that opens a relative clause on a description ending at ``end``, past
    more of it in lower case ("a 33-year-old African American | and “child of the '80s” |
    who ..."), before any punctuation that closes a clause or another name; else None."""
    tokens = sentence.tokens
    for n in range(end, min(len(tokens), end + 9)):
        if tokens[n].text.lower() == "who":
            return n
        if tokens[n].text in CLAUSE_STOPS or is_capitalised(tokens[n]) or sentence.boundary(n):
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
    return tags[1].tag in {"VBD", "VBZ"} and not cue_verb(tags[1])


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
        if n == item or not names_role(tokens[n - 1]):
            return end
        if _word_at(tokens, n) == "of" and n + 1 < len(tokens) and is_capitalised(tokens[n + 1]):
            n += 1  # "a former first lady, | secretary of State | and senator"
            while n < len(tokens) and is_capitalised(tokens[n]):
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
                is_capitalised(tokens[m + 1])
                and not role_word(tokens[m + 1].text)
                or tokens[m + 1].text in OPENING_QUOTES
            )
        ):
            continue
        n = m + 1
        while n < len(tokens) and (
            is_capitalised(tokens[n]) or tokens[n].text in OPENING_QUOTES | CLOSING_QUOTES
        ):
            n += 1
        modifies = n < len(tokens) and (is_possessive(tokens[n]) or phrase_noun(tokens[n]))
        if modifies or any(role_word(t.text) for t in tokens[m + 1 : n]):
            continue  # "John Kerry's adviser", "George Washington University grad"
        if not any(is_possessive(t) or t.tag in {"IN", "TO"} for t in tokens[start:m]):
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
        and not names_role(tokens[first])
        and tokens[end + 1].text.islower()
        and (tokens[end + 1].tag in MODIFIER_TAGS or "-" in tokens[end + 1].text)
    ):
        return end, heads
    after, more = _chunk(sentence, end + 1)
    if not more or not names_role(tokens[more[-1]]):
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
    if names_role(tokens[heads[-1]]):
        return end, heads
    opened = heads[0] > 0 and tokens[heads[0] - 1].tag in {"DT", "PRP$"}
    postmodifier = {"JJ", "VBG"} if opened else {"JJ"}
    for n in range(len(heads) - 2, -1, -1):
        h = heads[n]
        after = tokens[h + 1]
        if names_role(tokens[h]) and after.tag in postmodifier and after.text.islower():
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
            and cue_verb(tokens[k])
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
        if tokens[n].text != "." and not is_capitalised(tokens[n]):
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
    unless a relative or finite clause follows, with its pronoun or with none ("the
    first-term Republican | she hopes to unseat")."""
    tokens = sentence.tokens
    k = end
    while (
        k < len(tokens)
        and not sentence.boundary(k)
        and (tokens[k].text[:1].isalnum() or is_possessive(tokens[k]))
    ):
        if tokens[k].text.lower() in {"who", "whom", "whose", "which", "that"}:
            return end
        if tokens[k].text.lower() in SUBJECT_PRONOUNS - {"it"}:
            return end  # a clause's subject: no noun phrase's tail holds "she" or "they"
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


# Prepositions that open the last item's complement in a series (not "since", "during":
# a time the role leaves out).
ITEM_COMPLEMENTS = PREPOSITIONS - {"since", "during"}


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
            or any(names_role(tokens[h]) for h in heads)
            or last
            and k == comma
        ):
            return 0
        if last:
            closed = end == len(tokens) or tokens[end].text in CLAUSE_STOPS
            goes_on = end + 1 < len(tokens) and tokens[end].text.lower() in ITEM_COMPLEMENTS
            return end if closed or goes_on else 0  # "climate, controls and security
            # division | of United Technologies", "taxes, schools and tougher limits | on
            # spending": the last item's complement goes on
        k = end
    return 0


def _clause_verb(token: Token) -> bool:
    """A verb that makes the words before it a clause ("a spokesman said", "the aide
    is"), not a participle the tagger took for a past tense ("a donor involved/VBD in")."""
    if cue_verb(token):
        return True  # "told/VBN host Chris Cuomo" too
    return token.tag in FINITE_TAGS and (token.text.lower() in BE_HAVE or token.tag == "MD")


def misread_verb(token: Token) -> bool:
    """Is ``token``, right before "one of his ...", a verb the tagger read as a plural noun
    ("The letter also accuses/NNS | one of the journalists, Ann Lee, of ..."; "The suit
    names/NNS | one of ...")? No noun phrase ends in a bare plural before "one of" with
    no comma between, so a lower-case plural there is the verb whose object the phrase is."""
    return token.tag == "NNS" and nlp.is_lower_word(token.text)


def cue_verb(token: Token) -> bool:
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
        titled = is_capitalised(tokens[n]) or tokens[n].text.lower() in TITLE_STOP
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
    return bool(_quoted(tokens, k)) and is_capitalised(tokens[k + 1])


def _comma_quoted(tokens: Sequence[Token], end: int) -> bool:
    """Does a quoted title end at ``end`` with the comma inside its closing mark (“The
    Long Road,”), which closes the phrase too?"""
    return end >= 2 and tokens[end - 1].text in CLOSING_QUOTES and tokens[end - 2].text == ","


def _role_head(token: Token, plural: bool) -> bool:
    return names_role(token) or plural and plural_role(token.text)


def _owned_person_noun(tokens: Sequence[Token], k: int, h: int) -> bool:
    """Is ``tokens[h]`` a lower-case kind of person no role list holds
    (:func:`_person_noun`) whose phrase, from ``tokens[k]``, names a body or place it
    serves before it ("the Clark County registrar of voters", "the county's registrar")?
    Such a noun alone names no role ("was the guest of honor", "is a serial liar")."""
    head = tokens[h]
    return (
        head.text.islower()
        and _person_noun(head.text, head.tag)
        and any(
            t.tag in nlp.PROPER_TAGS and is_capitalised(t) or is_possessive(t) for t in tokens[k:h]
        )
    )


def _apposed_person_noun(tokens: Sequence[Token], k: int, h: int, end: int) -> bool:
    """Is the head ``tokens[h]`` of an appositive from ``tokens[k]`` (a determiner) to
    ``end`` a lower-case kind of person no role list holds (:func:`_person_noun`), a
    modifier before it or a complement after it ("Peter Thiel, the billionaire tech
    maverick who backed ...", "Bob Wayman, an HP lifer,", "Ann Lee, a plaintiff in the
    lawsuit,"; not "Ted, a suggestion from his mother,")? Set beside a name, the phrase
    says what the person is, as a role does; alone after a copula it need not ("was the
    guest of honor", :func:`_owned_person_noun`)."""
    head = tokens[h]
    return (
        tokens[k].tag == "DT"
        and (h - k >= 2 or _body_complement(tokens, h, end))
        and head.text.islower()
        and _person_noun(head.text, head.tag)
    )


def _body_complement(tokens: Sequence[Token], h: int, end: int) -> bool:
    """Does a complement after the noun at ``h``, within the phrase ending at ``end``,
    name a body or matter of its own, determined or proper ("a plaintiff | in the
    lawsuit", "a resident | of Dayton"; not "the guest | of honor")?"""
    return (
        end > h + 2
        and tokens[h + 1].text in PREPOSITIONS
        and (tokens[h + 2].tag in {"DT", "PRP$"} or is_capitalised(tokens[h + 2]))
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
        lower_noun_next = _lower_noun_at(tokens, k + 1)
        participle = not modifiers and "-" not in lower and lower.endswith("ing")
        if heads and lower in {"last", "this", "next"} and _word_at(tokens, k + 1) in TIME_NOUNS:
            break  # "mayor of London | last week": when, not what
        if heads and participle and token.text.islower() and not names_role(token):
            if following is not None and following.tag in PARTICIPLE_OBJECTS:
                break  # "a Democratic pollster working/NN for ...": a participle
            heads.append(k)  # "head of music programming"
            end = k + 1
        elif _chunk_noun(tokens, k):
            heads.append(k)
            end, modifiers = k + 1, False
        elif is_possessive(token) and heads:
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
        elif heads and _plural_read_as_verb(tokens, k):
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
        elif heads and inside_name(tokens, k, NAME_PREPOSITIONS):
            named = True  # "University of Washington professor", "Democracy for America's"
        elif named and and_in_named(tokens, k):
            pass  # "Obama's Office of Management | and | Budget director"
        elif (
            not modifiers
            and token.text.islower()
            and (token.tag == "VBD" or token.tag == "VBN" and lower_noun_next)
        ):
            break  # "the presidency | told/VBN host Chris Cuomo": a verb after the nouns,
            # not a participle naming ("a group called Occupy DNC", "called the ...")
        elif (modifiers or _noun_follows(tokens, k + 1)) and _chunk_modifier(tokens, k):
            pass  # "retired", "Republican presidential", "Senate's only African-American"
        else:
            break
        k += 1
    if not heads and end < k and tokens[k - 1].tag in {"JJ", "VBN", "VBG"}:
        heads, end = [k - 1], k  # "tech start-ups/JJ": the tagger's adjective is the noun
    return end, heads


def _chunk_noun(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` a noun of a base noun phrase: a noun, a year, a capitalised word
    the tagger read as a verb ("Ways and Means/VBZ Committee"), or an adjective's form
    with a possessive after it, which only a noun takes ("the local/JJ 's president")?"""
    token = tokens[k]
    return bool(
        phrase_noun(token)
        or token.tag == "CD"
        and YEAR.fullmatch(token.text)
        or k > 0
        and is_capitalised(token)
        and token.tag.startswith("VB")
        or token.tag == "JJ"
        and k + 1 < len(tokens)
        and is_possessive(tokens[k + 1])
    )


def _lower_noun_at(tokens: Sequence[Token], k: int) -> bool:
    """Is there a lower-case noun at ``tokens[k]``?"""
    return k < len(tokens) and tokens[k].text.islower() and phrase_noun(tokens[k])


def _plural_read_as_verb(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` a plural noun the tagger read as a verb, ending a phrase or before
    a noun ("a lawyer for hedge funds/VBZ at ...")?"""
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        token.tag == "VBZ"
        and token.text.islower()
        and token.text.lower().endswith("s")
        and (
            following is None
            or following.tag in {"IN", "CC", ",", "."}
            or _lower_noun_at(tokens, k + 1)
        )
    )


def _chunk_modifier(tokens: Sequence[Token], k: int) -> bool:
    """Is ``tokens[k]`` a modifier in a base noun phrase: an adjective, a participle, a
    number, a role's modifier, or an adverb before one or a noun ("Senate's only
    African-American")?"""
    token = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        token.tag in MODIFIER_TAGS
        or token.text.lower() in MODIFIERS
        or token.tag in {"RB", "RBS", "RBR"}
        and following is not None
        and (following.tag in MODIFIER_TAGS or following.tag in NOUN_TAGS)
    )


def _state_after_place(tokens: Sequence[Token], k: int) -> int:
    """Past a state set off by commas after a capitalised place, at the comma ``k``,
    when a lower-case noun or adjective goes on with the phrase ("a Neptune | , N.J., |
    native and ...", "a Reno | , Nev., | lawyer"), or 0. (The caller wants the place to
    open a phrase after its determiner: "in San Bernardino, Calif., based on" is none.)"""
    if tokens[k].text != "," or k + 2 >= len(tokens) or not is_capitalised(tokens[k - 1]):
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
        if phrase_noun(tokens[k]):
            return True
        k += 1
    return k < len(tokens) and phrase_noun(tokens[k])


def _continues_name(sentence: Sentence, comma: int) -> int:
    """Past a comma inside a name ("Committee on Science, Space and Technology") or before
    a state after a place ("a retiree in Carthage, Ill."): where the phrase then ends,
    or 0."""
    tokens = sentence.tokens
    k = comma + 1
    while k < len(tokens) and tokens[k].tag in nlp.PROPER_TAGS and is_capitalised(tokens[k]):
        k += 1
    run = k - comma - 1
    if run == 0 or not is_capitalised(tokens[comma - 1]):
        return 0
    if k < len(tokens) and tokens[k].text in {"and", "&"} and k + 1 < len(tokens):
        if is_capitalised(tokens[k + 1]) and tokens[k + 1].tag in nlp.PROPER_TAGS:
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


_SEQUELS = frozenset({"after", "before", "until", "till"})
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
    if n > 0 and tokens[n - 1].tag in {"DT", "PRP$", "POS"} or is_possessive(tokens[n - 1]):
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
    years") or a time since which it has been ("since 2012", "since last year", "since
    sixth grade", "since the Carter years"), which runs to now and so dates no past
    office? After a role, "since" with a noun phrase can only be a time."""
    if _duration(tokens, n):
        return True
    return (
        tokens[n].text.lower() == "since"
        and n + 1 < len(tokens)
        and (tokens[n + 1].tag in _PHRASE_OPENING_TAGS or _time_adjunct(tokens, n))
    )


_PHRASE_OPENING_TAGS = NOUN_TAGS | {"DT", "PRP$", "JJ", "CD"}


def _before_how_long(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where a role ``tokens[start:end]`` ends before how long it has been held ("mayor |
    since 2012", "close friend | since sixth grade at ..."); ``end`` where none opens, or
    where another role is joined after it ("a fellow at ... since 2010 | and a former aide
    to ...": cut there, the role would lose it)."""
    cut = next((n for n in range(start + 1, end) if _how_long(tokens, n)), end)
    joined = any(t.text.lower() in {"and", "&"} for t in tokens[cut:end])
    return end if joined else cut


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
    return m < len(tokens) and is_capitalised(tokens[m]) and lexicons.is_title_word(tokens[m].text)


def _sequel(tokens: Sequence[Token], n: int) -> bool:
    """Does "after", "before" or "until" at ``n`` open a noun phrase, or a clause with
    one as its subject, that dates the role by an event ("who served as acting mayor |
    after the scandal", "| before the merger", "who was Bush's field director | until
    the former governor left the race")? An office is no time, so what comes after it
    in such a phrase is when, not what."""
    if tokens[n].text.lower() not in _SEQUELS or tokens[n].tag != "IN":
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
    return n < len(tokens) and tokens[n].tag in {"NNP", "NNPS"} and is_capitalised(tokens[n])


# The words of an object noun phrase ("golf/VBN course properties", "his groceries").
_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "CD", "PRP$", "VBN", "VBG"})


SOUGHT = frozenset({"reelection", "re-election", "office", "president", "nomination", "seat"})


def _office_sought(head: Token) -> bool:
    """Can ``head``, after "running for", name an office: a role word ("mayor"), a
    capitalised body ("Congress", "the state Senate"), or a word of candidacy
    ("reelection", "the Republican nomination", "an open seat")?"""
    return names_role(head) or is_capitalised(head) or head.text.lower() in SOUGHT


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
        if tokens[n].text in CLAUSE_STOPS or word in RELATIVES or cue_verb(tokens[n]):
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


SAID_FORMS = frozenset({"said", "says", "told", "tells"})  # finite whatever the tagger says

# Verbs of heading a body, or of holding a seat for one ("represents the 5th District").
LEADING_VERBS = frozenset(
    {"heads", "leads", "runs", "chairs", "directs", "oversees", "manages", "owns",
     "co-chairs", "headed", "led", "run", "chaired", "directed", "overseen", "managed",
     "owned", "co-chaired", "represents", "represented"}
)  # fmt: skip


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
            is_capitalised(last)
            and (last.tag == "NNP" or last.tag == "NNPS" and end > k + 2)  # "the Coconino
            # County Democrats", a body; not "the Republicans" alone, a party's people
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
        is_capitalised(tokens[k])
        and tokens[k].tag == "NNP"
        and (tokens[k + 1].tag == "CD" or inside_name(tokens, k + 1))
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
            and not (names_role(tokens[m]) or tokens[m].text.lower() in MODIFIERS)
            and not (tokens[m - 1].text == "as" and tokens[m].tag == "NNP")  # "served as
            # Ohio secretary of state": a place before the office
            or _infinitive(tokens, np[1])
        ):
            break
        out.append((np[0], _before_how_long(tokens, *np), form))  # "was mayor of Dayton
        m = np[1]  # | for ten years", "has been mayor | since 2012": how long is no part
        # of the role; when ("from 1985 to 1991") dates it
        if m < len(tokens) and tokens[m].text.lower() == "and":
            m += 1
        else:
            break
    return out
