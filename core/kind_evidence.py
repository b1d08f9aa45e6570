"""What the text says a named thing is: an organisation, a group, a place, a person of a gender.

The evidence both ``core/speakers.py`` (a cast's kinds) and ``core/identity.py`` (the
library's rules) read, and ``core/roles.py`` (an affiliation's body), kept below all three
so that none of them imports another for it:

- the gender a word gives its bearer: an honorific ("Mrs."), a kin noun ("wife"), a person
  noun ("congresswoman");
- what the words after an owner name: a thing that speaks for them ("his Facebook post",
  :func:`speaks_for_owner`) or their people ("his aides");
- what the text says right after a name: an appositive headed by a body's noun (", Germany's
  largest private bank,": :data:`BODY_APPOSITIVE`) or by "company" or "firm" (", a research
  firm": :func:`named_as_company`);
- what the whole article shows a one-word "person" to be: an organisation
  (:func:`organisation_in_article`), a group (:func:`group_in_article`), a place
  (:func:`place_not_given_name`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from core import lexicons, nlp
from core.document import SpeakerKind
from core.phrases import person_noun

HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f"}
KIN_GENDER = {
    "wife": "f", "mother": "f", "daughter": "f", "sister": "f", "widow": "f", "queen": "f",
    "aunt": "f", "niece": "f", "girlfriend": "f", "fiancee": "f",
    "husband": "m", "father": "m", "son": "m", "brother": "m", "widower": "m", "king": "m",
    "uncle": "m", "nephew": "m", "boyfriend": "m", "fiance": "m",
}  # fmt: skip
KIN_NOUNS = frozenset(KIN_GENDER) - {"king", "queen"} | {"parent", "child", "cousin", "sibling"}
# a kin noun as a pattern reads it, grand- and step- ones too ("wife", "grandson",
# "stepmother"): what :func:`kin_noun` takes, for the patterns that find one before a name
KIN_WORD = rf"(?:grand)?(?:step)?(?:{'|'.join(sorted(KIN_NOUNS))})"
CHILD_GENDER = {"girl": "f", "boy": "m"}  # "The girl, Hanne,": no kin, but of a sex
ADULT_GENDER = {"lady": "f", "gentleman": "m"}  # "the former first lady"
NAMED_THING_HEADS = frozenset(  # "Clinton Communications", "Trump Tower": no one's name
    {"campaign", "administration", "communications", "tower", "headquarters", "team", "camp",
     "staff", "presidency", "family"}
)  # fmt: skip
OWNED_GROUPS = lexicons.ORGANISATION_HEADS | {  # "his organization argued", "his counterpart"
    "organization", "organisation", "foundation", "counterpart",
}  # fmt: skip
OWNED_HEADS = frozenset(  # what a person owns that speaks as an organisation: "Kasich's campaign"
    {"campaign", "office", "team", "administration", "staff", "camp"}
)
NOT_THE_OWNERS_VOICE = NAMED_THING_HEADS | OWNED_GROUPS  # see speaks_for_owner


def noun_gender(noun: str) -> str | None:
    """ "f" or "m" for a person noun that has a gender: "congresswoman", "actress",
    "chairman", "wife"."""
    if noun.endswith("woman") or noun.endswith("ess") and not noun.endswith("ness"):
        return "f"  # "actress", "heiress"; not "witness"
    if noun.endswith("man"):
        return "m"
    return kin_gender(noun) or CHILD_GENDER.get(noun) or ADULT_GENDER.get(noun)


def kin_gender(noun: str) -> str | None:
    """ "f" or "m" for a kin noun that has a gender, a grandparent's or grandchild's as
    the parent's or child's ("granddaughter": "f"); None for any other word."""
    return KIN_GENDER.get(noun.removeprefix("grand"))


def kin_noun(noun: str) -> bool:
    """Is ``noun`` a relative's ("father", "widow", "grandson", "stepmother"): someone's,
    whom a nominal names only by whose relative they are?"""
    bare = noun.removeprefix("grand").removeprefix("step")
    return bare in KIN_NOUNS


def bare_word(word: str) -> str:
    return word.strip(".,;:'\u2019\"()").lower()


def whole_words(pattern: str) -> str:
    """``pattern`` as whole words: no word character or hyphen right before or after."""
    return rf"(?<![\w-]){pattern}(?![\w-])"


def phrase_pattern(words: Sequence[str]) -> str:
    """A pattern for ``words`` written as a phrase (any spaces between), whole words."""
    return whole_words(r"\s+".join(map(re.escape, words)))


def title_or_honorific(word: str) -> bool:
    return (
        word in HONORIFIC_GENDER
        or word in lexicons.OFFICE_EQUIVALENTS
        or lexicons.is_title_word(word)
    )


def first_or_initial(word: str) -> bool:
    """A first name or an initial ("Sidney", "J.")."""
    return nlp.is_first_name(word) or len(bare_word(word)) == 1 and word[:1].isupper()


def role_or_plural(word: str) -> bool:
    bare = bare_word(word)
    nouns = lexicons.role_nouns()
    return bare in nouns or bare.endswith("s") and bare[:-1] in nouns


def title_or_role(word: str) -> bool:
    return title_or_honorific(bare_word(word)) or role_or_plural(word)


def names_people(bare: str) -> bool:
    """A noun for people: a role, "source", an agent noun ("questioner"), a gendered
    noun ("woman", "wife")."""
    return person_noun(bare) or lexicons.agent_noun(bare) or noun_gender(bare) is not None


def surname_like(word: str) -> bool:
    """One word that may be a surname: neither a frequent word, an acronym nor a plural
    ("Rubio", not "Attendants", "PAC" or "Core")."""
    return not (nlp.is_frequent_word(bare_word(word)) or word.isupper() or word.endswith("s"))


def speaks_for_owner(thing: list[str]) -> bool:
    """Do the words after an owner name a thing that speaks for them ("Facebook post",
    "Twitter account"), not their people, groups or things in the plural ("aides",
    "campaign", "wife", "attacks")?"""
    head = bare_word(thing[-1]) if thing else ""
    plural = head.endswith("s") and not head.endswith("ss")
    people = any(
        title_or_role(w)
        or names_people(bare_word(w))
        and not (w[:1].isupper() and k < len(thing) - 1)
        for k, w in enumerate(thing)
    )  # a name before the head is no agent noun: "Twitter account"
    return bool(head) and not (plural or people or head in NOT_THE_OWNERS_VOICE)


# ---------------------------------------------------------------- said right after a name
# An appositive after an organisation's name, its head noun last: ", Germany's largest
# private bank,".
BODY_APPOSITIVE = re.compile(
    r",\s+(?:[\w'\u2019-]+\s+){0,5}([a-z][a-z-]+)(?=[,;.]|\s+(?:that|which)\b)"
)
# what the text says a one-word name is, right after it: a company ("Wealth-X, a research
# firm", "Alphabet, the parent company of Google,", "Ameriquest was one of several firms")
SAID_TO_BE_COMPANY = re.compile(
    r"(?:,[ \t\xa0]+|[ \t\xa0]+(?:is|was)[ \t\xa0]+)"
    r"(?:an?|the|one[ \t\xa0]+of[ \t\xa0]+(?:the|[a-z]+))[ \t\xa0]+"
    r"(?:[\w'\u2019-]+[ \t\xa0]+){0,5}?(?:compan(?:y|ies)|firms?)\b"
)
WHICH_AFTER = re.compile(r",[ \t\xa0]+which\b")  # "Monsanto, which opposed the bill"


def named_as_company(text: str, end: int, opening: bool, its_after: bool) -> bool:
    """Does the text mark the one capitalised word ending at ``end`` as a company, what
    "the company" after it may mean: an appositive or a copula's complement headed by
    "company" or "firm" right after it ("Wealth-X, a private wealth research firm"), a
    relative "which" set off after it ("Monsanto, which opposed the bill": no "who"), or,
    ``opening`` its sentence as subject, ``its_after`` it: "it" or "its" the first pronoun
    after it there ("Facebook relies on user reports, but recently it has gone further")."""
    if SAID_TO_BE_COMPANY.match(text, end) or WHICH_AFTER.match(text, end):
        return True
    return opening and its_after


# ---------------------------------------------------------------- organisations an article names
# nouns for an organisation beside its name ("NGP VAN, the technology company", "firms like
# McKinsey"): the common heads of organisations' names, and a few nouns news gives a business
ORGANISATION_NOUNS = lexicons.ORGANISATION_HEADS | {
    "pac",
    "publisher",
    "newspaper",
    "manufacturer",
    "retailer",
    "nonprofit",
    "charity",
}
CORPORATE_OWNED = frozenset(  # what a company has, not a person: "Halvorsen Semiconductor's shares"
    {"shares", "stock", "shareholders", "headquarters", "subsidiary", "ceo", "board"}
)
CORPORATE_HEADS = frozenset({"ceo", "founder", "shareholders", "executives", "employees"})
LIKE = frozenset({"like", "as"})  # "firms like McKinsey", "groups such as Easter Seals"
APPOSITIVE_END = frozenset(  # where the noun phrase of an appositive ends: its head before it
    {"that", "which", "who", "of", "for", "in", "at", "with", "to", "and", "from", "on", "by",
     "based", "whose", "than", "over", "whom", "known", "founded", "run", "owned"}
)  # fmt: skip
APPOSITIVE_WORDS = 6  # words at most of an appositive's noun phrase
APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+([^,;:.()\u201c\u201d\"]*)")  # ", a nonprofit that"
# who only an organisation has, named right after it: "Judicial Watch President Tom Fitton",
# "a Tinder user" (a person has aides and spokesmen, a campaign a chairman: not these)
ORGANISATION_MEMBERS = frozenset(
    {"president", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "ceo",
     "user", "users", "shareholders", "subscribers", "customers"}
)  # fmt: skip
MEMBER_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]+([A-Za-z-]+)")
END_AFTER = re.compile(r"(?:['\u2019]s\b|[ \t]*[,.;:)\u201d\"])")  # "the Las Vegas Sun."
LIST_ITEM = r"[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'\u2019-]*){0,4}"  # a name in a list
AND = r"(?:,[ \t]+and|[ \t]+and)[ \t]+"  # the last of a list's joins
ITEM_BEFORE = re.compile(rf"({LIST_ITEM})(,[ \t]+|{AND})$")  # "Hewlett Packard, |", "Apple and |"
ITEM_AFTER = re.compile(rf"({AND}|,[ \t]+)({LIST_ITEM})({AND}|,[ \t]+[A-Z])?")  # "| and Microsoft"


def organisation_noun(word: str) -> bool:
    """A noun for an organisation, singular or plural ("company", "firms", "PAC"): listed
    here or among the words that head organisations' names ("agency", "union")."""
    bare = bare_word(word)
    return any(
        w in ORGANISATION_NOUNS or nlp.gazetteer_marks([w]) == ["org"]
        for w in (bare, bare[:-1] if bare.endswith("s") else bare)
    )


@lru_cache(maxsize=4096)  # asked for each quotation of a speaker; the answer is the article's
def organisation_in_article(forms: tuple[str, ...], text: str) -> bool:
    """Does the article show that a "person" named only by ``forms`` (no first name, no
    title, no pronoun bound to it) is an organisation? Where it names it so, anywhere: an
    appositive headed by a noun for an organisation ("Xinhua, the official Chinese news
    agency"), such a noun just before the name ("technology company NGP VAN", "firms
    like McKinsey"), or something only a company has ("Halvorsen Semiconductor's shares",
    "DuPont's longtime chief executive", "the former CEO of Hewlett-Packard"). Never where
    the article writes a first name or an honorific before the name ("Gerald Ford ... Ford
    said", "Mr. Starr")."""
    found = False
    for form in dict.fromkeys(f for f in forms if f[:1].isupper()):
        for start, end in _form_spans(form, text):
            before = text[max(0, start - 60) : start].split()
            last = before[-1] if before else ""
            if last[:1].isupper() and (
                _given_here(last, text) or title_or_honorific(bare_word(last))
            ):
                return False  # "Gerald Ford", "Mr. Ford": a person of that name
            found = found or _organisation_beside(before, text, start, end)
    return found


def _given_here(word: str, text: str) -> bool:
    """A listed first name that is no place in this article ("Gerald"; not the "America"
    of "America Rising": :func:`place_not_given_name`)."""
    return nlp.is_first_name(word) and not place_not_given_name(word, text)


_WORD_RUN = re.compile(r"\w+")


def _form_spans(form: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` writes ``form`` with no word character or period just before it and
    no word character after it, as ``re.finditer`` finds them (none inside the one
    before). A form that opens with a word character opens with a whole run of them
    there ("Mapezo" of "Mapezo Tubote"), so its places are read from the article's word
    index (``nlp.word_starts``), not by a pattern compiled for the form (a compile costs
    more than a million instructions)."""
    first = _WORD_RUN.match(form)
    if first is None:
        return [m.span() for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?!\w)", text)]
    spans: list[tuple[int, int]] = []
    for at in nlp.word_starts(text).get(first.group(), ()):
        end = at + len(form)
        if (
            (not spans or at >= spans[-1][1])
            and text[at - 1 : at] != "."
            and text.startswith(form, at)
            and _WORD_RUN.match(text, end) is None
        ):
            spans.append((at, end))
    return spans


def _organisation_beside(before: list[str], text: str, start: int, end: int) -> bool:
    """The evidence of :func:`organisation_in_article` around one naming, at
    ``start:end`` after the words ``before`` it."""
    lower: list[str] = []
    for word in reversed(before[-4:]):
        if not word.islower() or word[-1] in ".!?;:":
            break  # a word of the sentence before ("dominated the news. Singh said") is not
        lower.insert(0, bare_word(word))  # the name's
    while len(lower) > 1 and lower[-1] in LIKE | {"such"}:
        lower = lower[:-1]  # "firms like McKinsey", "groups such as Easter Seals"
    if lower and organisation_noun(lower[-1]):
        return True  # "company NGP VAN"
    near = [bare_word(w) for w in before[-3:]]
    if near[-1:] == ["of"] and (
        near[-2:-1] and near[-2] in CORPORATE_HEADS or near[-3:-1] == ["chief", "executive"]
    ):
        return True  # "the former CEO of Hewlett-Packard"
    after = text[end : end + 200]
    owned = re.match(r"['\u2019]s?\s+((?:[\w-]+\s+){0,2}[\w-]+)", after)
    if owned is not None:
        words = [w.lower() for w in owned.group(1).split()]
        if set(words[:2]) & CORPORATE_OWNED or "chief executive" in " ".join(words):
            return True  # "DuPont's shares", "DuPont's longtime chief executive"
    return _used_as_organisation(before, text, start, end) or organisation_appositive(text, end)


def organisation_appositive(text: str, end: int) -> bool:
    """Does an appositive set a noun for an organisation beside the name that ends at
    ``end`` ("American Future Fund|, a politically active nonprofit that ...")?"""
    appositive = APPOSITIVE.match(text, end, end + 200)
    if appositive is None:
        return False
    words: list[str] = []
    said = appositive.group(1).split()
    for k, word in enumerate(said):
        if word.lower() in APPOSITIVE_END or _participle_after_head(said, k):
            break
        if word.endswith(nlp.OWNER_ENDINGS):
            words = []  # "the nation's largest labor federation": the owner is a determiner,
            continue  # the head comes after it (but "the group's founder" is a person)
        words.append(word)
    return (
        0 < len(words) <= APPOSITIVE_WORDS
        and not words[-1].istitle()  # "Still, the Business Council of ...": a name, no noun
        and organisation_noun(words[-1])
    )


def _participle_after_head(words: Sequence[str], k: int) -> bool:
    """Does the lower-case "-ing" word at ``k`` open a participle phrase after the
    appositive's head, its object a name or a determiner's phrase ("a super PAC | backing
    Paul Stroud", "a group | supporting the bill"), not modify the head ("a polling firm")?"""
    word = words[k]
    if k == 0 or not (word.islower() and word.endswith("ing")) or k + 1 >= len(words):
        return False
    after = words[k + 1]
    return after[:1].isupper() or after.lower() in {"the", "a", "an", "his", "her", "its"}


def _used_as_organisation(before: list[str], text: str, start: int, end: int) -> bool:
    """Does the article use the name at ``start:end`` as only an organisation's is used:
    with one of its officers or users after it ("Judicial Watch President Tom Fitton",
    "a Tinder user"), after "the" with nothing after it ("according to the Las Vegas
    Sun."; a person is "the Trump campaign", never "the Trump"), or in a list beside an
    organisation and no person ("Hewlett Packard, Coca-Cola and Microsoft")? Not in a
    line in title case, a headline ("Why Trump President ...")."""
    if nlp.in_title_case_line(text, start):
        return False
    after = text[end : end + 200]
    member = MEMBER_AFTER.match(after)
    if (
        member is not None
        and member.group(1).lower() in ORGANISATION_MEMBERS
        and nlp.context_free_tag(text[start:end].split()[-1]) != "JJ"
    ):
        return True  # not "the former Republican president George W. Bush": an adjective
    if before and before[-1] in {"the", "The"} and END_AFTER.match(after):
        return True
    return _listed_with_organisation(text[max(0, start - 80) : start], after)


def _listed_with_organisation(before: str, after: str) -> bool:
    """Is a name, between ``before`` and ``after``, in a list ("A, B and C", "A and B") with
    an organisation the shipped recogniser knows, and with no one whose first name or
    honorific is written ("Apple and Tim Cook")? A comma alone makes no list
    ("in Pasadena, CNN reported")."""
    prior, then = ITEM_BEFORE.search(before), ITEM_AFTER.match(after)
    listed = [m.group(1 if m is prior else 2).split() for m in (prior, then) if m is not None]
    joined_before = prior is not None and (prior.group(2) != ", " or then is not None)
    joined_after = then is not None and (then.group(1) != ", " or then.group(3) is not None)
    if not (joined_before or joined_after):
        return False
    if any(first_or_initial(w[0]) or title_or_honorific(bare_word(w[0])) for w in listed):
        return False  # "Apple and Tim Cook", "Google and Mr. Pichai"
    return any(nlp.known_spans(w) == [(0, len(w), "ORG")] for w in listed)


@lru_cache(maxsize=4096)
def group_in_article(name: str, text: str) -> SpeakerKind | None:
    """The kind of a one-word "person" that is a plural the article also writes in the
    singular ("Latinos" beside "Latino voters", "Oromos" beside "the Oromo Liberation
    Front", "PACs" beside "a super PAC"): a group of people (anonymous), or of
    organisations where the singular is a noun for one ("PACs"); None for a name ("Sanders"
    and no "Sander", "Williams" beside the first name "William")."""
    if len(name) < 4 or " " in name or not name.endswith("s") or name.endswith("ss"):
        return None
    one = name[:-1]
    if nlp.is_first_name(one) or not re.search(phrase_pattern([one]), text):
        return None
    return SpeakerKind.ORGANISATION if organisation_noun(one) else SpeakerKind.ANONYMOUS


@lru_cache(maxsize=4096)
def place_not_given_name(word: str, text: str) -> bool:
    """Is ``word``, a listed place that is also a listed first name ("China", "France",
    "Georgia"), a place in this article: it never stands before a capitalised word that
    could be a surname ("Georgia Pettigrew"), only before frequent ones or none ("the
    South China Sea", "France said"), nor after a word that could be a given name or an
    honorific, as a surname ("Hendrik Jordan", "Mr. Jordan"; not "South China")?"""
    if nlp.gazetteer_marks([word]) != ["LOC"]:
        return False
    before = re.finditer(rf"([A-Z][\w'\u2019-]*\.?)[ \t]+{re.escape(word)}(?![\w-])", text)
    if any(_given_or_honorific(m.group(1)) for m in before):
        return False
    after = re.finditer(rf"(?<![\w-]){re.escape(word)}\s+([A-Z][\w'\u2019-]*)", text)
    return not any(surname_like(m.group(1)) and not nlp.known_spans([m.group(1)]) for m in after)


def _given_or_honorific(word: str) -> bool:
    """A capitalised word that may be a given name before a surname ("Hendrik"; any word
    that is neither frequent, nor a listed place, nor the end of a sentence) or an
    honorific ("Mr.")."""
    bare = bare_word(word)
    if title_or_honorific(bare):
        return True
    return (
        len(bare) > 1
        and not word.endswith(".")
        and not (nlp.is_frequent_word(bare) or nlp.known_spans([word]))
    )
