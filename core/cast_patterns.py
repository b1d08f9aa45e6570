"""The patterns, reaches and small readers of text that the :class:`~core.speakers.Cast` and its
resolvers share: what stands before or after a mention, how far back each kind looks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from core import lexicons, nlp
from core.document import Span, Token
from core.kind_evidence import KIN_WORD
from core.name_runs import WORD_ENDING
from core.nominals import SENT_FROM, SENT_LEAD
from core.person import GUESSED_FROM_NAME, Person
from core.person_names import family_name_first, given_word, name_words
from core.phrases import BE_FORMS, FINITE_TAGS

# a party's noun and how a role gives it: its word as a member's (not a body's: "Republican
# Party", "Democratic National Committee"), or its letter in a party tag ("(R-Ohio)", "D-Nev.")
PARTY_BODY_AFTER = r"(?!\s+(?:Party|National|Governors|Jewish|Senatorial|Congressional|Leadership))"
PARTY_OF_ROLE = {
    "republican": re.compile(rf"\b(?:Republican|GOP){PARTY_BODY_AFTER}\b|\bR-[A-Z]|\(R\)"),
    "democrat": re.compile(rf"\bDemocrat(?:ic)?{PARTY_BODY_AFTER}\b|\bD-[A-Z]|\(D\)"),
    "libertarian": re.compile(rf"\bLibertarian{PARTY_BODY_AFTER}\b|\bL-[A-Z]|\(L\)"),
    "independent": re.compile(r"\bIndependent\b|\bindependent (?:[A-Z]\w+ )*senator\b|\bI-[A-Z]"),
}
OPENING_TITLES = re.compile(r"(?:[A-Z][a-z]{1,4}\.\s+)+")  # "Sen. ", "Lt. Gov. "
CLAUSE_RUN_BREAK = re.compile(r"[:;]")  # independent clauses of a sentence part there
TITLES_AT_END = re.compile(OPENING_TITLES.pattern + r"\Z")  # "If Mr. |Reed wins"
OWN_SENTENCE_REACH = 400  # characters before a pronoun its own sentence's names are read in
CLAUSE_LEAD = 40  # characters before a name read for the word that opens its clause
QUOTATION_ALONE = re.compile(r"\s*(?:“[^“”]*”\s*|\"[^\"]*\"\s*|''.*?''\s*)?")  # before a pronoun
SAID_AFTER = re.compile(r"(?:said|says)\s+")  # "“...,” said Robin Maynard"
# Surnames only one sex bears: Sikh women are given "Kaur", men "Singh", whatever the given
# name, which is often given to both ("Harpreet", "Jaspreet").
SEXED_SURNAMES = {"Kaur": "f", "Singh": "m"}
PLURAL_PRONOUNS = frozenset({"they", "we", "them"})
LOOK_PAST_UNKNOWN = 3  # people a pronoun looks past one of unknown gender for one of its own
UNLISTED_FIRST = re.compile(  # a capitalised word, then another after any initial
    r"([A-Z](?<!\w[A-Z])[\w'\u2019-]+)(?=[ \t\xa0]+(?:[A-Z]\.[ \t\xa0]+)?([A-Z][\w'\u2019-]+))"
)  # "\b[A-Z]" written "[A-Z](?<!\w[A-Z])": sre then skips to a capital (roles._DEFINITE)
BREAKS = re.compile(r"\n+")  # paragraph breaks
# a sentence's opening up to a name, past capitalised title words ("Secretary of State ")
TITLED_OPENING = re.compile(r"\s*(?:[A-Z][\w.\-]*\s+(?:of\s+)?)*")
# a description set off before a name it introduces by "named": "The captain, |a retired
# librarian named |Wanda Pettis,"
DESCRIBED_NAMED = re.compile(r"an?\s+[^,;:.\n\u201c\u201d\"]{1,60}?\bnamed\s+")
SURE_SHARE = 0.9  # a first name this share of whose bearers are of one sex suggests it
OVERRULED_SHARE = 0.95  # ... and below this share, the article's own pronoun may overrule it
# a quotation closed by its own punctuation right before a name, or its title: "“...,”
# Mr Lowe replied", "“...,” the senator shot back"
QUOTED_JUST_BEFORE = re.compile(
    "[,!?\u2014-]\\s*(?:[\"\u201d]|'')\\s*(?:[A-Z][\\w.'\u2019-]*\\s+)*\\Z"
)
YOUNG_AGES: dict[str, tuple[int, int, str | None]] = {  # ages a young person's noun gives
    "boy": (0, 17, "m"), "girl": (0, 17, "f"), "teenager": (13, 19, None), "teen": (13, 19, None),
}  # fmt: skip
KIN_RECIPROCAL = (  # a relative's noun and the nouns of whom they are that relative to
    ({"father", "mother", "parent"}, {"son", "daughter", "child"}),
    ({"grandfather", "grandmother", "grandparent"}, {"grandson", "granddaughter", "grandchild"}),
    ({"husband", "wife"}, {"husband", "wife"}),
    ({"uncle", "aunt"}, {"nephew", "niece"}),
    ({"brother", "sister"}, {"brother", "sister"}),
)
WHOSE_KIN = re.compile(r",[ \t\xa0]+whose[ \t\xa0]+([a-z\-]+)(?:[ \t\xa0]+([a-z]+))?")  # "late son"
KIN_APPOSED = re.compile(  # "and | his granddaughter, | Maya Finch"
    r"\b(his|her)[ \t\xa0]+(?:[a-z\-]+[ \t\xa0]+)?([a-z]+),[ \t\xa0]+$", re.IGNORECASE
)
THEY_PRONOUNS = re.compile(  # "who uses they/them pronouns", "goes by they"
    r"\b(?:uses?|prefers?|goes[ \t\xa0]+by)[ \t\xa0]+(?:the[ \t\xa0]+)?(?:pronouns?[ \t\xa0]+)?"
    r"[\u201c\"']?they\b(?![ \t\xa0]+(?!pronoun)[a-z])"
)
THEY_REACH = 40  # characters from a naming to what it says of its pronouns
# what stands before a name that is the subject of a cue after a quotation ("“...,” |Marsh")
NAME_CUE_AFTER_CLOSER = re.compile(r"[,?!][\u201d\"][ \t\xa0]+(?:said[ \t\xa0]+)?\Z")
PRONOUN_CUE = re.compile(r"[,?!][\u201d\"][ \t\xa0]+(he|she)[ \t\xa0]+(\w+)")  # "“...,” he said"
COUPLE_REACH = 1500  # characters before "the couple" within which the couple was mentioned
COUPLE_SAID = re.compile(r"\b[Tt]he\s+couple\s+(\w+)")  # "The couple said", not "a couple"
FAMILY_PLURAL = re.compile(r"([A-Z][a-z'\u2019-]+?)(?:e?s)")  # "Gilchrists", "Joneses"
COUPLE_OR_FAMILY = re.compile(rf"\b[Tt]he\s+(couple|{FAMILY_PLURAL.pattern})\b")  # "The Kesslers"
NEAR = 300  # characters: a person of unknown gender mentioned this close keeps the pronoun
FIRST_PERSON = frozenset({"i", "we"})
SENTENCE_END_AFTER = re.compile(r"[.!?][\"'\u201d\u2019]*(?=\s)")  # a sentence's end, a space next
# a name written as an owner: "Eric Trump’s comments", "Mr. Bush's"
OWNER_NAMED = re.compile(r"(?:[A-Z][\w.\u2019'-]*\s+){0,3}?[A-Z][\w.-]*[\u2019']s\b")
# A line holding a time stamp alone opens an item of a live article ("3:40 p.m."), which
# AP's "The Latest" runs as a string of short stories, each naming its own people.
TIMED_ITEM = re.compile(r"^[ \t]*\d{1,2}:\d{2}[ \t]*[ap]\.m\.:?[ \t]*$", re.MULTILINE)
TOPIC_OPENERS = frozenset({"as", "for"})  # "As for Trump, he", "For Ban, he": the topic
NOUN_PRONOUN = {"m": "he", "f": "she"}
POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\b")  # right after a name: its owner's ending
# A main clause coordinated after another: ", and" or ", but" right before its subject.
COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but)\s+$")
WRITER_BEFORE = re.compile(SENT_LEAD + rf"(?:{SENT_FROM})\s+(?:[A-Z][\w.\-]*\s+)*$")  # "by Dr. |"
# a definite noun phrase opening a lede, up to the word after its head: "The founder |of"
DEFINITE_LEDE = re.compile(r"\bThe((?: [a-z][\w\-\u2019']*){1,4}?)(?= (?:of|who|whose|,)|,)")
DESCRIBED_BEFORE = nlp.EndPattern(  # "The moderator, |", "His deputy, |", "An advocate, |",
    re.compile(  # "The White House counsel, |": a capitalised modifier, a lower-case head
        r"\b(?:The|His|Her|Their|An?|Another)\s+((?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+$"
    ),
    (",",),
    True,
)
SURNAME_KIN = frozenset(  # relatives who as a rule bear their owner's surname ("his wife,
    {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow",
     "widower"}  # Jane," is Jane Sanders); not a granddaughter, a niece or a fiancee
)  # fmt: skip
# Between a name and one named inside the description set off after it (", a former
# student of |", ", the daughter of |"); not a list (", and", ", or").
APPOSED_OWNER = re.compile(
    r",[ \t\xa0]+(?:an?|the|his|her)[ \t\xa0]+(?:[\w'\u2019-]+[ \t\xa0]+){0,4}"
    r"(?:of|to|for|with|at)[ \t\xa0]+(?:[A-Z][\w.'\u2019-]*[ \t\xa0]+)*"
)
COORDINATED = re.compile(r"[ \t\xa0]+and[ \t\xa0]+")  # "Andre Baptiste| and |his wife"
PAIR_OPENERS = ("", ",", ".", "—", "\n")  # what a pair that is a subject may follow
SPOUSE_JOINED = re.compile(  # "Harlan Pruitt| and his wife, |Celeste": a couple as a pair
    r"[ \t\xa0]+and[ \t\xa0]+(?:his|her)[ \t\xa0]+(?:wife|husband),[ \t\xa0]+"
)
APPOSED_JOINED = re.compile(  # "Ruth Ashby|, a Democrat from Oregon, and |Janet Collier"
    r",[ \t\xa0]+(?:an?|the)[ \t\xa0]+[^,;:.\n\u201c\u201d\"]{1,60},[ \t\xa0]+and[ \t\xa0]+"
)
PAIR_JOINED = re.compile(  # "Bill Haskins of Kentucky| and |Tom Reinholt", "Recorder Ada
    # Pruett| and elections director |Wes Harnish": two named together, each with a place
    # or a role written beside the name
    r"(?:[ \t\xa0]+of(?:[ \t\xa0]+[A-Z][\w.'\u2019-]*){1,3})?[ \t\xa0]+and[ \t\xa0]+"
    r"(?:[\w.'\u2019-]+[ \t\xa0]+){0,3}"
)
SURNAME_PAIR = re.compile(  # "|Blaine and Ruiz| both spoke": two surnames joined by "and"
    r"\b([A-Z][\w'\u2019-]+)[ \t\xa0]+and[ \t\xa0]+([A-Z][\w'\u2019-]+)\b"
)
NAME_OR_PLACE_ENDING = re.compile(  # "Kia |Mensah and Ty Bell", "Al Hask of |Kentucky and"
    r"(?:[A-Z][\w.'\u2019-]*|\bof)[ \t\xa0]+$"
)
PAIR_NOUNS = ("pair", "couple", "duo")  # one noun for two people: "the pair said"
PAIR_REACH = 1200  # characters a plural nominal ("the two officials") looks back for a pair
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019]*\s+[\"\u201c]?[A-Z]")  # ". The", ".” He"
APPOSITIVE_CLOSED = re.compile(r"[A-Z][\w\-]*,")  # "Jane, called": the appositive closes
KEPT_WHOLE = 3  # namings in full: a relative the writer keeps naming so is not the surname alone
CHAIN = 4  # sentences a pronoun looks back over, each with the same pronoun as subject
ASKED = re.compile(  # a verb of asking someone and their name: "asked Trump"
    r"\b(?:asked|asks|pressed|presses|questioned|questions|quizzed|quizzes)\s+"
    r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})"
)
TITLE_BEFORE_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?"  # "Sen. |", "Ms. |", or none
TITLED_NAME = (
    TITLE_BEFORE_NAME + r"[A-Z][\w\-\u2019']+(?:\s+[A-Z][\w\-\u2019']+){0,2}"
)  # "Sen. Ted Cruz"
DOTTED_TITLES = "Mrs|Sen|Rep|Gov|Adm|Gen"  # abbreviations whose period ends no sentence
ASKED_ABOUT = re.compile(  # what the one asked is asked, up to the pronoun: "about statements"
    r"\s+(?:about|whether|if|why|how|what|on)\b[^.;:\u201c\u201d\"]*$"
)
ASK_REACH = 300  # characters from "asked Trump" to the pronoun in what he is asked about
TITLE_DOT = rf"(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b(?:{DOTTED_TITLES}))\."  # "Rep."
ONE_ASKED = rf"[A-Za-z](?:[^.!?\n\u201c\u201d\",;:]|{TITLE_DOT}){{0,80}}?"  # "Rep. Dan Nolan"
ASKED_QUESTION = re.compile(  # someone put a question, the one asked and the question's
    # opening after: "asked Sanders whether", "pressed Brock on whether", "I put the same
    # question to a veteran House member from Texas," (not "asked Congress to act")
    rf"\b(?:(?:asked|asks|pressed|presses|questioned|questions|quizzed)\s+(?P<one>{ONE_ASKED})"
    r"\s+(?:whether|if|why|how|what|when|where|who|which|about|on\s+(?:whether|why|how|what)|"
    r"to\s+(?:respond|comment|explain|elaborate)|for\s+(?:comment|a\s+response)|"
    r"(?:just\s+)?(?:that|the|this)\s+(?:same\s+)?question)\b"
    rf"|put\s+(?:the|that|this|my|our)\s+(?:same\s+)?question\s+to\s+(?P<put>{ONE_ASKED})"
    rf"\s*(?:,|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b(?:{DOTTED_TITLES}))\.)(?:\s|$))"
)
# the words :data:`ASKED_QUESTION` opens on, wherever they stand ("put" has no word
# boundary before it there)
ASKING_WORD = re.compile(r"asked|asks|pressed|presses|questioned|questions|quizzed|put")
ANSWER_BETWEEN = re.compile(  # from the question to the answer's pronoun: no one's words
    # but the answer's own, closed right before a closing pronoun ("“...,” he said")
    r"[^\u201c\u201d\"]*(?:[\u201c\"][^\u201c\u201d\"]*[,?!.]?[\u201d\"],?\s*)?"
)
INDEFINITE = re.compile(r"(?:a|an|one)\s+", re.IGNORECASE)
# a sentence opening on a definite nominal: "The senator closed her eyes"
THE_NOMINAL_OPENING = re.compile(r"[\u201c\"]?[Tt]he\s+((?:[a-z][a-z\-]*\s+){1,3})")
PRONOUN_OBJECT = re.compile(  # a subject pronoun's verb and the name it governs: " told Hannity",
    # " looks across the bench at Marlowe": lower-case words of its clause, no clause opener
    r"\s+(?:(?!(?:after|before|when|while|as|because|since|that|if|until|and|but|or)\b)"
    r"[a-z]+\s+){1,6}?"
    rf"({TITLED_NAME})"
)
SUBJECT_OF_SEX = frozenset({"he", "she"})
# a sentence opening on its topic, then the subject: "As for Trump, "
TOPIC_BEFORE = nlp.EndPattern(
    re.compile(
        r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"\u201d\u2019]))\s*As\s+(?:for|to)\s+"
        rf"({TITLED_NAME})"
        r"\s*,\s*\Z"
    ),
    (",",),
    False,
)
# a sentence opening on a clause whose subject is the writer, then a comma and the pronoun:
# "Later, when I emailed Brafman to thank him ..., |he replied"
WRITER_CLAUSE_BEFORE = nlp.EndPattern(
    re.compile(
        r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"\u201d\u2019]))\s*(?:[A-Z][a-z]+,\s+)?"
        r"(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Bb]efore|[Oo]nce|[Ii]f)\s+(?:I|we)\s+[^.!?\n]*,\s*\Z"
    ),
    (",",),
    False,
)
DEFINITE_ROLE = re.compile(r"\bthe (?:[a-z][a-z-]* ){0,2}([a-z][a-z-]*)\b")  # "the mayor"
WRITER_CLAUSE_THEN = re.compile(  # the writer's clause, "he" doing something, a quotation
    r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"\u201d\u2019]))\s*(?:[A-Z][a-z]+,\s+)?"
    r"(?:[Ww]hen|[Aa]fter|[Aa]s|[Ww]hile|[Oo]nce)\s+(?:I|we)\s+[^.!?\n]*,\s*"
    r"(?P<pronoun>he|she)\s+[^.!?\n\u201c\u201d\"]*[.!?]\s*[\u201c\"][^\u201c\u201d\"]*[\u201d\"]\s*\Z"
)
PRONOUN_OF_GENDER = {"m": "he", "f": "she"}
PRONOUN_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that"})
FULL_NAME_REACH = 20_000  # characters before a short organisation name its full name is sought in
COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been)\s+$")  # "... was |Okafor"


GENERATION_BEFORE = re.compile(  # "the elder Delisle", "the younger Mr. Sato"
    r"\b[Tt]he (elder|older|younger) (?:(?:Mr|Mrs|Ms|Dr)\. )?$"
)
# where a GENERATION_BEFORE ending at a name may start: "the younger " and a line's end, and
# some more ("\b" still reads the character before a search's start)
GENERATION_REACH = 20
ELDER_KIN_TITLED = re.compile(  # "His father, former Rep. | Howard Pell"
    r"\b(?:father|mother|dad|grandfather|grandmother),\s+(?:former\s+|late\s+)?"
    r"(?:(?!Mr\.|Mrs\.|Ms\.)[A-Z][a-z]{0,4}\.\s+){0,2}$"
)
SON_BESIDE = re.compile(r"\bsons?\b")  # "his son", "the oldest son of": a Jr. named as one
CAPITALISED_WORD = re.compile(r"[A-Z][\w\-]*")
RANKS = {  # a family member's rank by age and the word it is written with
    "oldest": "eldest", "eldest": "eldest", "youngest": "youngest",
    "older": "elder", "elder": "elder", "younger": "younger",
}  # fmt: skip
RANK_AFTER = re.compile(  # "Marisela Ruelas, | the oldest, keeps the books"
    r",[ \t\xa0]+(?:the|his|her|their)[ \t\xa0]+(oldest|eldest|youngest|older|elder|younger)\b"
)
RANK_BEFORE = re.compile(  # "The youngest, | Paloma Ruelas, quit"; "her eldest son, |"
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \t\xa0]+(oldest|eldest|youngest|older|elder|younger)"
    r"(?:[ \t\xa0]+[a-z]+)?,?[ \t\xa0]+$"
)


APPOSED_NAME_BEFORE = re.compile(r"\b[a-z]+,[ \t\xa0]+\Z")  # "The moderator, |Joan Pelley"


def past_affiliation(tokens: Sequence[Token], k: int) -> int:
    """Past the end of an appositive name at ``k``: "of KCCI" or "of the Times"
    (capitalised words after "of", "at" or "from") at most, then its closing comma;
    ``k`` if no comma closes it there."""
    n = k
    if n < len(tokens) and tokens[n].text in {"of", "at", "from"}:
        n += 1
        n += 1 if n < len(tokens) and tokens[n].text.lower() == "the" else 0
        while n < len(tokens) and tokens[n].text[:1].isupper():
            n += 1
    return n + 1 if n < len(tokens) and tokens[n].text == "," else k


def noun_phrase_subject(tokens: Sequence[Token]) -> str | None:
    """The head of a definite noun phrase opening ``tokens`` (or their clause after a
    comma) right before the first finite verb, not a copula ("The pontiff met"): None
    otherwise. Narrower than ``core.phrases.clause_subject`` on purpose, which finds any
    clause's subject (a name, a pronoun, any noun phrase, past an opening phrase, a
    copula's too): this asks only whether a common noun after "the", "this" or "that" is
    the first verb's subject, and gives its head word, not a span."""
    v = next((n for n, t in enumerate(tokens) if t.tag in FINITE_TAGS), None)
    if v is None:
        return None
    group = v  # the verb group: "met", "has been", "will be"
    while group < len(tokens) and (tokens[group].tag[:2] in ("VB", "MD", "RB")):
        if tokens[group].text.lower() in BE_FORMS:
            return None  # a copula's or a passive's: the one after may be the same person
        group += 1
    k = v
    while k > 0 and tokens[k - 1].tag == "RB":
        k -= 1
    if k == 0 or tokens[k - 1].tag != "NN":
        return None
    head = k - 1
    while k > 0 and tokens[k - 1].tag in ("NN", "JJ"):
        k -= 1
    if k == 0 or tokens[k - 1].text.lower() not in ("the", "this", "that"):
        return None
    if k - 1 > 0 and tokens[k - 2].text != ",":
        return None
    return tokens[head].text.lower()


def one_name_in_other(name: str, other: str) -> bool:
    """Do the words of one name end the other's ("Azam Nazeer Tarar" in "Parliamentary
    Affairs Azam Nazeer Tarar"): one person named twice, not two sharing a surname?"""
    a, b = name_words(name), name_words(other)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) > 1 and long[-len(short) :] == short


# a role owned by another: "governor's press secretary"; before a name ("The speaker's
# spokesman, Steve Ellison"), after one ("Steve Ellison, Kempner's aide,")
ANOTHERS_ROLE = re.compile(r"(?:[\w.-]+\s){0,2}[\w.-]+[’']s\s")
ANOTHERS_ROLE_BEFORE = re.compile(r"\b[\w.-]+[’']s(?:\s+[a-z][\w-]*){1,3},\s*$")
ANOTHERS_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?[\w.-]+[’']s(?:\s+[a-z][\w-]*){1,3},")


def sentence_case_undone(description: str) -> str:
    """ "A senior official", "Officials", "Some Republicans": a description capitalised
    only because it opens its sentence is written as in running text ("according to a
    senior official"). Not where the capital word begins a name or a title-case headline
    with the capitalised word after it ("White House officials", "New Hampshire polls",
    "New Polls Show"): only a determiner, a number or a possessive goes to lower case
    before a capitalised word, or a word before a capitalised name that no listed name
    opens with it ("National Democrats")."""
    words = description.split()
    first = words[0] if words else ""
    if not (first[:1].isupper() and first[1:].islower() and nlp.is_frequent_word(first)):
        return description
    if len(words) == 2 and family_name_first(words, 0):
        return description  # "Ban Ki-moon": a family name, not the verb "ban"
    if (
        len(words) > 1
        and words[1][:1].isupper()
        and (nlp.is_frequent_word(words[1]) or any(a == 0 for a, _, _ in nlp.known_spans(words)))
        and not determiner_first(description)
    ):
        return description  # "White House officials", "New Polls", "New Hampshire polls"
    return description[:1].lower() + description[1:]


def determiner_first(description: str) -> bool:
    """Does a function word, a determiner, a number or a possessive open the description
    ("A", "Some", "Another", "Two", "His")?"""
    tokens = nlp.tokenize(description)
    if tokens[0].text.lower() in lexicons.function_words():
        return True
    return nlp.tag(tokens[:4])[0].tag in {"DT", "PDT", "CD", "PRP$"}


class SubjectRead(NamedTuple):
    """A sentence whose subject the cast was told (:meth:`Cast.read_subject`)."""

    sentence: Span
    subject: Span  # the subject's words
    person: Person | None  # whom they name; None for a pronoun keeping one
    past_noun: bool  # the person stands past the main verb, after a noun phrase


def marks_left_open(stretch: str, mark: str, partner: str) -> bool:
    """Does ``stretch`` hold more curly ``mark`` than ``partner`` marks, or an odd number of
    straight ones ('"' and "''")? A quotation it opens (“) or closes (”) is left open."""
    straight = stretch.count('"') + stretch.count("''")
    return stretch.count(mark) > stretch.count(partner) or straight % 2 == 1


def in_closed_quotation(text: str, x: int, at: int) -> bool:
    """Is the name at ``x`` inside a quotation that closes before ``at`` (one opened
    in a sentence before: "“... Trump is making our country less safe,” he said")?"""
    return marks_left_open(text[x:at], "\u201d", "\u201c")


def naming_opens_sentence(text: str, naming: Span) -> bool:
    """Does ``naming`` open its sentence or paragraph, after titles at most ("Gov.
    Stuart Brennan said"; not "for Rep. Emil Sand", which Punkt may split at "Rep.")?"""
    before = before_titles(text, naming.start)
    return before == "" or before[-1] in '.!?\n\u201d"'


def before_titles(text: str, at: int) -> str:
    """The text before ``at`` (200 characters at most) past the titles that end it
    ("Gov. ", "Mayor "), its spaces stripped."""
    before = text[max(0, at - 200) : at]
    while (word := WORD_ENDING.search(before)) is not None and nlp.is_title(word.group(1)):
        before = before[: word.start()]  # "Gov. " before the name
    return before.rstrip(" \t\xa0")


def name_gender(name: str) -> str | None:
    """What the given name suggests; a word alone may be a surname ("Clinton"). A
    given name that says nothing leaves it to a surname only one sex bears ("Harpreet
    Kaur")."""
    words = name.split()
    if len(words) < 2 or nlp.particle_first(words):
        return None
    given = given_word(words)
    gender = nlp.given_name_gender(given) if given else None
    return gender or next((SEXED_SURNAMES[w] for w in words[1:] if w in SEXED_SURNAMES), None)


IDENTIFYING_COPULA = re.compile(  # "She was ", "Her name is ", "He turned out to be "
    r"(?:(?P<pronoun>She|He)\s+(?:was|is|turned\s+out\s+to\s+be|proved\s+to\s+be)"
    r"|(?P<owner>Her|His)\s+name\s+(?:is|was))\s+"
)
INDEFINITE_OPENING = re.compile(r"(?:An?|One)\s", re.I)  # "A woman in the third row"
# how far after a description's last mention (characters) "The N, Name," is looked for
APPOSED_LATER_REACH = 600


AGENT_END = re.compile(r"(?:er|or|ist)s?$")  # "regulator", "maker": one who does


UNNAMED_NOMINAL = re.compile(r"\b[Tt]he ((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*)")


# up to four words after "the", a possessive among them ("the Whitaker campaign's spokesman")
NOMINAL_WORDS = r"((?:[ \t\xa0]+[A-Za-z0-9][\w\-]*(?:['\u2019]s)?[,.]?){1,4})"
# a sentence opening "The" and the words after it (see PronounResolver._opening_nominal)
NOMINAL_OPENING = re.compile(r"[ \t\xa0]*The" + NOMINAL_WORDS)
# a definite subject for a kind of person, its owner a common noun, before its verb or a
# relative clause: "|The hospital's dietitian, who", "|The night nurse says"
UNNAMED_OPENING = re.compile(r"[ \t\xa0]*The((?:[ \t\xa0]+[a-z][a-z-]*(?:['\u2019]s)?){1,3}),?")
WORD_AT = re.compile(r"[a-z][a-z-]*(?:['\u2019]s)?")
# what follows a subject's head: a relative clause set off, or a lower-case word, its verb
AFTER_HEAD = re.compile(r",[ \t\xa0]+who[ \t\xa0]|[ \t\xa0]+([a-z]+)\b")
# the same past a phrase fronted: "Told of the comments, |the coach did not back down"
NOMINAL_FRONTED = re.compile("the" + NOMINAL_WORDS)
NOT_A_VERB = frozenset({"of", "and", "or", "who", "that", "whose", "in", "at", "for", "from",
                        "with", "to", "on", "by"})  # fmt: skip
# a preposition right before a nominal: "a lecture from the Mexican president"
OBJECT_OF_PREPOSITION = re.compile(r"\b(?:from|with|by|to|against|for|at|on|of)\s+$")
# a sentence opening on a subordinate clause, up to its subject ("Though Ms. |Olivieri")
FRONTED_CLAUSE = re.compile(
    r"[ \t\xa0]*(?:Though|Although|While|Because|Since|When|After)\s+" + TITLE_BEFORE_NAME
)
# a past participle clause opening a sentence, then its understood subject, a pronoun:
# "Asked whether Reid deserved the second card, he"
PARTICIPLE_OPENING = re.compile(
    r"[ \t\xa0]*(?P<participle>[A-Z][a-z]+ed)\b[^,.;:\n\u201c\u201d\"]*,[ \t\xa0]+"
    r"(?P<pronoun>[Hh]e|[Ss]he)\b"
)
# a sentence whose subject is a pronoun, after at most a fronted clause: "She paused.",
# "After he left, she shook her head."
SAME_PRONOUN_SUBJECT = re.compile(
    r"[ \t\xa0]*(?:(?:After|When|As|Then|Later|Though|Although|While|Before)\b[^,.;:\n]*,"
    r"[ \t\xa0]+)?([Hh]e|[Ss]he) [a-z]+[^\u201c\u201d\"]*$"
)
# the pronoun of an attribution closing its sentence: "|she said."
ATTRIBUTION_CLOSING = re.compile(r"(?:he|she) [a-z]+(?: [a-z]+)?\.")
ATTRIBUTION_OPENING = re.compile(r"(?:he|she) [a-z]+(?: [a-z]+)?[,:]? [\u201c\"]")
# a clause joined to a sentence's main clause: "Ms. Hughes avoids ..., but their neighbor"
COORDINATE_CLAUSE = re.compile(r", (?:but|and|yet|while) ")
# a noun phrase opening a sentence and the relative clause it opens ("One operator, who ")
RELATIVE_HEAD = re.compile(
    r"[ \t\xa0]*((?:An?|One|Another|The)(?: (?:[a-z][a-z-]*|[A-Z][\w.-]*)){1,6}), who\s"
)
RELATIVE_CLOSED = re.compile(r"[,;:()\u2014\u2013\u201c\u201d\"]")  # the clause ends
PRONOUN_WORD = re.compile(r"[A-Za-z]+\b")
# a pronoun that may be its clause's subject's own ("A man who gave his name"); not "him",
# which never is ("A friend referred to him as ...": someone else), nor "her", which may be
SUBJECT_OWN_PRONOUNS = frozenset({"he", "his", "himself", "she", "herself"})
INDEFINITE_SUBJECT = re.compile(r"(?:An?|One|Another)(?: [a-z][a-z-]*){1,3}")
INDEFINITE_FRONTED = re.compile(r"(?:an?|one|another)(?: [a-z][a-z-]*){1,3}")  # after "Inside, "
# a phrase fronted before the subject, set off by a comma: "Inside, ", "On the picket line, "
WHO_AFTER = re.compile(r",[ \t\xa0]+who[ \t\xa0]")  # a relative clause set off on a person
CLAUSE_OPENING_INDEFINITE = re.compile(  # "... when |a man in the audience accused"
    r"\b(?:when|after|until|before|while|because)[ \t\xa0]+(?=(?:an?|one|another)[ \t\xa0])"
)
PHRASE_TAIL = re.compile(r"\s(?:of|in|at|for|from|with|after|before)\s")  # "... of state"
FRONTED_PHRASE = re.compile(r"([A-Z][a-z]+)(?:[ \t\xa0][\w\u2019'-]+){0,5},[ \t\xa0]+")
OWNED_SUBJECT = re.compile(  # a subject a named owner's possessive opens: "Kaminski's spokesman"
    r"(?:[A-Z][\w-]*\.? ){0,3}[A-Z][\w-]*['\u2019]s?(?: [a-z][a-z-]*){1,3}"
)
KIN_SUBJECT = re.compile(  # "His son, reached at practice, said": a relative opening a sentence
    rf"(His|Her|Their) ({KIN_WORD})\b"
)
KIN_SUBJECT_FRONTED = re.compile(rf"(his|her|their) ({KIN_WORD})\b")  # past a fronted phrase
QUOTED_ASKED = re.compile(r"[\u201c\"][^\u201c\u201d\"]*[?!][\u201d\"]\s*")  # "“Why?” she said"
WRITERS_NOMINAL = re.compile(r"\b[Mm]y(?: [a-z][a-z-]*){1,3}")


PLURAL_OPENING = re.compile(  # "The farmers, |", "Three nurses who", "Dozens of farmers said"
    r"((?:The|Some|Many|Several|Most|(?:Dozens|Hundreds|Thousands)[ \t\xa0]+of|Two|Three|Four"
    r"|Five|Six|Seven|Eight|Nine|Ten|\d[\d,]*)[ \t\xa0]+(?:[A-Z][a-z]+[ \t\xa0]+)?"  # "The Ruelas
    r"(?:[a-z][\w-]*[ \t\xa0]+){0,2}?"  # sisters": a family's or a place's name before
    r"([a-z]+s))(?=,|[ \t\xa0]+(?:who|said|say|told|have|had|were|are)\b)"
)


OBJECT_PRONOUN = re.compile(
    r"\b(?:with|to|for|about|told|asked|called|met|reached|thanked|praised|interviewed)\s+"
    r"(her|him)(?=[,.;:]|\s+(?:by|on|in|at|from|about|for|after|before|last|this|when|while)\b)",
    re.IGNORECASE,
)  # an object, not a possessive: "spoke with her by phone", not "with her mother"


def other_sex(person: Person, name: str) -> bool:
    """Is a full ``name`` of a first name given to the other sex than the one the article
    stated of ``person`` ("Mr. Okafor" first, then "the first lady, Michelle Okafor")?"""
    first = name_gender(name)
    guessed = person.gender_source in GUESSED_FROM_NAME
    return bool(first and person.gender and not guessed and person.gender != first)


APPOSED_GAP = re.compile(r",[ \t\xa0]+")  # "Bill Skelly, " before "a longtime operative,"
