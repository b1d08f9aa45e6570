"""Who a sentence is about, read cheaply: what "he" or "she" in a later sentence means.

:func:`introduce_people` walks an article's sentences before attribution, making the
people it names known to the :class:`~core.speakers.Cast` with the title before their
name, and counting as a mention only each sentence's subject (a name next to its cue, the
first past an opening adjunct, not a possessive or a name modifying a role), so that a
later pronoun refers to the person the text is about rather than the latest name.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from core import lexicons, nlp
from core.document import Span, Token
from core.kind_evidence import KIN_GENDER, kin_gender, noun_gender, organisation_appositive
from core.name_runs import POSSESSIVE, NamedPerson
from core.nominals import person_head
from core.organisation_names import named_organisations
from core.person import GUESSED_FROM_NAME, PRONOUN_GENDERS, Person, may_be_he_or_she
from core.person_names import (
    after_indefinite_subject,
    dateline_before,
    kin_introducing,
    lone_names,
    name_share,
    named_people,
    possessive,
    unseen_given,
)
from core.phrases import (
    CLAUSAL_IN,
    FINITE_TAGS,
    SUBORDINATORS,
    WH_WORDS,
    adjunct_end,
    clause_subject,
    person_noun,
)
from core.quotes import QUOTE_MARKS, QuotedSpan, leaves_open
from core.role_grammar import CREDIT, NOUN_TAGS
from core.roles import title_of
from core.speakers import OVERRULED_SHARE, TITLES_AT_END, Cast

# A photo credit on a line of its own: "Gary Cameron/Reuters.", "Facebook/Osman Abou Laban."
CREDIT_LINE = re.compile(r"[A-Z][^/\n]{0,40}/[A-Z][^/\n]{0,40}")
CREDIT_LENGTH = 60
BYLINE_LINE = re.compile(r"By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3}")
OBJECT_FORMS = frozenset({"him", "her"})  # may mean another person than the subject
SAYS_OF_SELF = re.compile(r"\b(?:said|says)\s+(?:that\s+)?$")  # "Lang said |she supported"
NEW_CLAUSE = re.compile(r"\w\s+(?:and|but|or)\s+$")  # "... the race and |she": no comma
# A form of PRONOUN_GENDERS as a word in any case: r"\b(?:he|him|...|herself)\b" under
# IGNORECASE, written to open with the class of its first letter ("h" in any case is "h"
# or "H"; "s" also "\u017f", the long s) and the lookbehind after it, so that sre skips
# to those letters (see roles._DEFINITE): searched through every sentence, a quarter as
# long. The forms after each letter are ignorecase still; the test holds it to the plain
# pattern.
PRONOUN = re.compile(
    r"[HhSs\u017f](?<!\w[HhSs\u017f])"
    r"(?:(?<=[Hh])(?i:e|im|is|er|ers|imself|erself)|(?<=[Ss\u017f])(?i:he))\b"
)
WORD = re.compile(r"[\s,]*([A-Za-z]+)")
INVERTED_CUE = re.compile(  # a quotation's closing mark may follow its comma: ',” said'
    r",[\s\"'\u201d\u2019]*(?:said|says|added|adds|wrote|writes)$"
)
PARAGRAPH_OPENERS = "\"'\u201c\u2018`"  # the marks a quotation going on opens a paragraph with
SHARED_ROLE_BEFORE = re.compile(  # "hosts Joe Ames and |Mia Lee": a plural role, a name, "and"
    r"\b([a-z][a-z-]+)s[ \t\xa0]+(?:[A-Z][\w.'\u2019-]*[ \t\xa0]+){1,4}and[ \t\xa0]+$"
)
SHARED_ROLE_FIRST = re.compile(r"\b([a-z][a-z-]+)s[ \t\xa0]+$")  # "hosts |Joe Ames and Mia Lee"
AND_A_NAME = re.compile(r"[ \t\xa0]+and[ \t\xa0]+[A-Z]")
BEFORE = 40  # characters before a name read for the cue of an inverted "..., said Wilcox"
DOUBLE_QUOTE = re.compile("[\"\u201c\u201d]|''")  # a quotation's marks, not an apostrophe
OPENING_THE = re.compile(r"\W*(?:The|the)[ \t\xa0]+")  # before a name opening a sentence
THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t\xa0]+$")  # "the |Whitaker campaign"
BODIES = lexicons.ORGANISATION_HEADS | {"family"}  # "the Bush |family"
NOUN_WORDS_AFTER = re.compile(
    r"(?:[ \t\xa0]+[a-z][a-z-]*(?:['\u2019]s)?){1,3}"
)  # "| campaign's spokesman"
PLACE_BEFORE = re.compile(  # a preposition before a name: where, or whose, not who acts
    r"\b(?:at|in|into|near|outside|inside|from|of|for|with|on|to|across|around|within)"
    r"(?:[ \t\xa0]+the)?[ \t\xa0]+$",
    re.IGNORECASE,
)
NAME_BEGUN = re.compile(r"[A-Z][\w.'\u2019-]*[ \t\xa0]+(?:and|&)[ \t\xa0]+$")  # "Oceanic and |"
NAME_GOES_ON = re.compile(r"[ \t\xa0]+(?:of|for|and)[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z]")
ORGANISATION_AFTER = re.compile(r"[ \t\xa0]([a-z]+)(?:[ \t\xa0]([a-z]+))?")  # "campaign manager"
# a sentence's opening definite noun phrase, to its first "and", "or" or comma
DEFINITE_OPENING = re.compile(
    r"\W*(The(?:\s+(?!(?:and|or|who)\b)[a-z][\w\-]*){1,3}(?:\s+of\s+[a-z]+)?)(?=[\s,])"
)
DEFINITE_PERSON = nlp.EndPattern(  # "The girl, |Hanne,": a definite person noun, a name alone
    re.compile(r"(?:^|[^\w\u2019'])[Tt]he\s+(?:[a-z\-]+\s+)?([a-z]+),\s+$"), (",",), True
)
OWNED_BEFORE_NAME = re.compile(  # "Kaminski|'s wife, |Patricia": a noun the owner's, a name
    r"['\u2019]s?\s+(?:[a-z\-]+\s+){0,2}([a-z]+),\s+"
)
APPOSITIVE_END = re.compile(r"\s*,")  # the name closes the appositive
NOT_A_NAME_BEFORE = re.compile(  # "in |Tamarac, the owner", "from |Texas, who", "the |Swede"
    r"\b(?:at|in|into|near|outside|inside|from|of|for|with|on|across|around|within|the|a|an)"
    r"[ \t\xa0]+$",
    re.IGNORECASE,
)
HEAD_ENDS = lexicons.function_words() | {"outside", "inside", "near", "across", "around"}
SURNAME_DESCRIBED = re.compile(  # "Halvorsen|, the economist the ...", "Delacroix|, who has"
    r",[ \t\xa0]+(?:who[ \t\xa0]|(?:a|an|the)[ \t\xa0]+((?:[a-z][a-z-]*[ \t\xa0,]+){1,3}))"
)
WORDS = re.compile(r"\b[a-z]+\b")  # lower-case words
CLOSED = re.compile(r"\s*(?:[,.;:!?)]|$)")  # the name ends its clause
# inside a noun phrase or a coordination of them: "the", "MSNBC 's", "White House", "and"
NOUN_PHRASE_TAGS = frozenset(
    {"DT", "PDT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "CC"}
)
INVERTED_BE = re.compile(  # a fronted phrase's verb "be" before the subject: "Among them |was"
    r"\s(?:was|were|is|are)\s+(?:[A-Z][\w.\u2019'-]*\s+){0,3}\Z"
)
CITED = re.compile(r"\W*According\s+to\s+")  # a sentence opening by citing its source
BE_FORMS = frozenset({"is", "was", "are", "were", "'s", "\u2019s", "'re", "\u2019re"})
ARTICLES = frozenset({"a", "an", "the"})
CLAUSE_OPENERS = SUBORDINATORS | {"that", "so", "if", "but", "and", "or"}
OPENING_ADJUNCTS = SUBORDINATORS | {
    "in", "on", "at", "by", "with", "without", "during", "despite", "before", "after",
    "from", "until", "unlike", "like", "if", "once", "upon", "among", "following",
}  # fmt: skip


def _pronoun_run(name: str) -> bool:
    """Is ``name`` a frequent word and the pronoun "I" ("So I", "And I"), which a run
    of capitalised words takes for a name? Not "Elizabeth I"."""
    words = name.split()
    return len(words) == 2 and words[1] == "I" and nlp.is_frequent_word(words[0])


def introduce_people(
    cast: Cast, text: str, sentences: list[list[Span]], quoted: list[QuotedSpan]
) -> None:
    """Make the people the article names outside quotations known to ``cast``, with the
    title before their name, so that "she said" or "the minister added" can find them.

    Only the person who is a sentence's subject (see :func:`subject_reference`) counts
    as a mention that a later pronoun may refer back to; the others are known by name.
    A surname alone ("Sanders said") refers to the one person the article named in full
    with it; a sentence whose subject is a pronoun ("He said Trump ...") keeps the
    person it refers to.
    """
    inside = iter(sorted(_within_paragraphs(text, q.span) for q in quoted))
    quote = next(inside, None)
    credits = [n for n, paragraph in enumerate(sentences) if _credit(text, paragraph)]
    captions = {*credits, *(n + 1 for n in credits)}  # the photographer's name too
    captions |= {n for n, paragraph in enumerate(sentences) if _byline(text, paragraph)}
    read = ((s, n in captions) for n, paragraph in enumerate(sentences) for s in paragraph)
    ending: Reference | None = None  # a person first named at the end of the sentence before
    topic: Person | None = None  # the subject of the last sentence that is no aside
    for sentence, caption in read:
        named = named_people(text, sentence.start, sentence.end, cast.names.introduced)
        at = {p.at for p in named}
        lone = [p for p in lone_names(text, sentence.start, sentence.end) if p.at not in at]
        pronouns = [
            Reference(m.start(), m.end(), None, pronoun=m.group(0).lower())
            for m in PRONOUN.finditer(text, sentence.start, sentence.end)
        ]
        refs: list[Reference] = []
        for ref in sorted([*named, *lone, *pronouns], key=lambda r: r.at):
            while quote is not None and quote.end <= ref.at:
                quote = next(inside, None)
            if quote is not None and ref.at >= quote.start:
                continue  # words inside a quotation name nobody the article refers to
            if isinstance(ref, Reference):
                refs.append(ref)
            elif ref.at in at and _pronoun_run(ref.name):
                continue  # "So I registered ...": a sentence's opener and "I", no name
            elif ref.at in at:  # named in full (a lone name never starts where one does)
                role = title_of(text, ref.title, ref.at, ref.at + len(ref.name))
                person = cast.name(ref.name, ref.at, role=role, title=ref.title, recent=False)
                if (shared := _shared_role(text, ref.at, ref.at + len(ref.name))) is not None:
                    person.add_nominal([shared])  # "the host" may be either host
                end = ref.at + len(ref.name)
                _kin_gender(text, person, ref.name, ref.at)
                new = person.full and cast.first_named(person) == ref.at
                refs.append(Reference(ref.at, end, person, possessive(text, end), new))
            elif (known := cast.names.known(ref.name, ref.at)) is not None:  # a surname alone
                end = ref.at + len(ref.name)
                refs.append(Reference(ref.at, end, known, possessive(text, end)))
            elif (relative := _relative_named(cast, text, ref.name, ref.at)) is not None:
                refs.append(Reference(ref.at, ref.at + len(ref.name), relative))
            elif (described := _surname_described(cast, text, ref, refs)) is not None:
                refs.append(Reference(ref.at, ref.at + len(ref.name), described))
            elif (given := cast.names.given_alone(ref.name, ref.at)) is not None:
                end = ref.at + len(ref.name)  # "Janet walked out": Janet Kroll, named before
                refs.append(Reference(ref.at, end, given, possessive(text, end)))
        subject = subject_reference(text, sentence, [r for r in refs if r.subject])
        if subject is not None and subject.person is None and not subject.pronoun and ending:
            subject = _elaborating(text, sentence, subject, ending)
        ending = _new_at_end(text, sentence, refs)
        if subject is not None:
            cast.read_subject(
                sentence, Span(subject.at, subject.end), subject.person, subject.object
            )
            if subject.person is not None and not caption:
                owner = _owner_of_subject(text, subject, refs)
                owner = owner or _opening_owner(text, sentence, subject, refs)
                if owner is not None:
                    cast.mention(owner.at, owner.person)  # before the subject, the next
                    # a pronoun of the owner's sex finds: "Kaminski's wife, Patricia, has
                    # asked him to take a leave. He has refused"
                cast.mention(subject.at, subject.person)
                _learn_gender(text, subject, refs)
                if not _aside(text, sentence):
                    topic = subject.person
                elif topic is not None and topic is not subject.person:
                    cast.mention(sentence.end - 1, topic)  # past the aside, its topic again


def introduce_organisations(cast: Cast, text: str, quoted: list[QuotedSpan]) -> None:
    """Make the organisations the article names outside quotations, past its headline, by a
    name whose grammar says so (:func:`named_organisations`: "Acme Holdings announced
    layoffs") known to the cast, so that "the company said" or "it said" may refer back to
    one that has not spoken yet."""
    spans = [_within_paragraphs(text, q.span) for q in quoted]
    begin = text.find("\n") + 1  # past the headline's capitals
    for at, name, opens in named_organisations(text, begin):
        end = at + len(name)
        after = ORGANISATION_AFTER.match(text, end)
        placed = PLACE_BEFORE.search(text, max(0, at - 20), at)
        if placed and not organisation_appositive(text, end) or text[at - 1 : at] == "(":
            continue  # "at Temple University", "in the Civic Center": a place, an employer,
            # unless an appositive introduces it ("the efforts of American Future Fund, a
            # nonprofit that"); "WASHINGTON (AP)": a credit
        if any(s.start <= at < s.end for s in spans):
            continue  # a name inside a quotation
        if NAME_GOES_ON.match(text, end) or NAME_BEGUN.search(text, max(0, at - 40), at):
            continue  # "Business Council of British Columbia", "National Oceanic and
            # Atmospheric Administration": part of a longer name
        if after and person_noun(after.group(1)):
            continue  # "the Navy admiral": a person's employer
        cast.groups.name_body(at, name, opens)


def _owner_of_subject(text: str, subject: Reference, refs: list[Reference]) -> Reference | None:
    """The person whose possessive opens the sentence's subject, a relative or someone of
    theirs set off by a name ("Kaminski's wife, Patricia Kaminski, has asked ..."), where
    the two are of different sexes: the owner is mentioned too, but never the subject."""
    person = subject.person
    owners = [r for r in refs if r.owner and r.person is not None and r.end <= subject.at]
    if person is None or person.gender is None or not owners:
        return None
    owner, theirs = owners[-1], owners[-1].person
    between = OWNED_BEFORE_NAME.fullmatch(text, owner.end, subject.at)
    if between is None or not person_noun(between.group(1)) or theirs is None:
        return None
    if theirs is person or not may_be_he_or_she(theirs) or theirs.gender in (None, person.gender):
        return None
    return owner


TITLE_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{1,3}\.[ \t]+\Z")  # "Mr. ", "Sen. "


def _aside(text: str, sentence: Span) -> bool:
    """Is the sentence an aside in parentheses ("(As BuzzFeed News first reported, Mr.
    Trump voiced support for the war in 2002.)")? Its subject is no topic the text goes
    on about: a pronoun after it finds the person the sentence before is about (a pronoun
    inside it, its own subject)."""
    words = text[sentence.start : sentence.end].strip()
    return words.startswith("(") and words.endswith(")") and words.count("(") == 1


def _opening_owner(
    text: str, sentence: Span, subject: Reference, refs: list[Reference]
) -> Reference | None:
    """The person whose possessive opens the sentence when a name of the other sex in a
    clause after it is the subject read ("Perhaps Mr. Comey's most surprising suggestion
    was that Mrs. Clinton had used ... what he called"): the owner is what the sentence
    is about, so a later pronoun of the owner's sex finds them, not someone named
    paragraphs before; mentioned before the subject, which a pronoun of its sex finds."""
    person, owner = subject.person, refs[0] if refs else None
    if owner is None or not owner.owner or owner.person is None or person is None:
        return None
    titled = TITLE_BEFORE.search(text, max(sentence.start, owner.at - 8), owner.at)
    start = titled.start() if titled is not None else owner.at  # "Perhaps Mr. Comey's"
    if owner.at >= subject.at or not _opens(text, sentence.start, start):
        return None
    theirs = owner.person
    if theirs is person or not may_be_he_or_she(theirs) or person.gender is None:
        return None
    return owner if theirs.gender not in (None, person.gender) else None


def _shared_role(text: str, start: int, end: int) -> str | None:
    """The role noun a plural before two names joined by "and" gives each ("Morning Joe
    hosts Joe Ames and Mia Lee": host), which no role of either keeps, so that "the host
    said" may find one of them; None when the name stands in no such pair."""
    before = text[max(0, start - BEFORE) : start]
    found = SHARED_ROLE_BEFORE.search(before)
    if found is None and AND_A_NAME.match(text, end):
        found = SHARED_ROLE_FIRST.search(before)
    return found.group(1) if found is not None and person_head(found.group(1)) else None


def _within_paragraphs(text: str, span: Span) -> Span:
    """A quotation's span up to the first paragraph break inside it where the paragraph
    after opens with no quotation mark: a quotation going on in a new paragraph opens it
    with one, so a span running on past such a break closes with a slip of the marks
    (“... happen." read as opening one), and the names after the break are the
    article's, not the quotation's."""
    at = text.find("\n", span.start, span.end)
    while at >= 0:
        following = text[at : span.end].lstrip()
        if following and following[0] not in PARAGRAPH_OPENERS:
            return Span(span.start, at)
        at = text.find("\n", span.end - len(following), span.end)
    return span


def _relative_named(cast: Cast, text: str, word: str, at: int) -> Person | None:
    """The person a first name alone names as the appositive of a kin noun after a
    possessive ("His daughter, Sigrid, runs the booth"; "Lomax's wife, Theresa,"; an
    unlisted one the tagger never saw, :func:`unseen_given`: "His mother, Catrin,"), of
    the kin noun's gender; None where the article also writes the first name before
    another surname than the one the relative takes ("his wife, Carla," beside "Carla
    Santangelo" stays hers; "her husband, Bill," beside "Bill Smith": maybe someone else)."""
    kin = kin_introducing(text, at)  # "His daughter, |Sigrid", "Their son |Calum, now"
    if kin is not None:
        gender = kin_gender(kin)  # "Her granddaughter, Kerenza,"
        if gender is None:
            return None
    else:  # "The girl, Hanne, is eleven"; "The granddaughter, Saara, was in the yard"
        kin = DEFINITE_PERSON.search(text, max(0, at - 40), at)
        noun = kin.group(1).lower() if kin is not None else ""
        gender = noun_gender(noun)
        if not (person_noun(noun) or gender is not None):
            return None
    if not APPOSITIVE_END.match(text, at + len(word)):
        return None
    if not (nlp.is_first_name(word) or unseen_given(word) or _counted_given(word, gender)):
        return None
    if gender is not None and nlp.first_name_gender(word) not in (None, gender):
        return None  # "her husband, Mary," is no one this reads
    surname = cast.names.kin_surname(word, at)
    after = re.finditer(rf"\b{re.escape(word)}\s+([A-Z][\w'\u2019\-]*)", text)
    if any(POSSESSIVE.sub("", other.group(1)) != surname for other in after):
        return None  # "Janet Lowther's remark" later is hers still
    person = cast.name(word, at, recent=False)
    if gender is not None:
        person.state_gender(gender)
    return person


def _surname_described(
    cast: Cast, text: str, ref: NamedPerson, refs: list[Reference]
) -> Person | None:
    """ "Halvorsen, the economist the campaign keeps on speed dial, disagrees"; "Or to
    Delacroix, who has spent thirty years ...": a capitalised word alone, with no title,
    that the article never writes in full, set off by an appositive that describes a
    person (a person noun among the first words after "a", "an" or "the") or by "who",
    names a person by surname only (an op-ed's or a column's way): known from here on,
    so that "Marchetti thinks ... “...,” he said" finds them. Not a listed first name, a
    frequent word, a word after a preposition of place or an article, or a word of a name
    the sentence reads."""
    word, at = ref.name, ref.at
    after = SURNAME_DESCRIBED.match(text, at + len(word))
    if after is None or ref.title or not word.isalpha() or word.isupper():
        return None
    if nlp.is_first_name(word) or nlp.is_frequent_word(word) or cast.names.introduced(word):
        return None
    if any(r.person is not None and word in r.person.name.split() for r in refs):
        return None  # a word of a name the sentence already reads
    described = after.group(1)
    if NOT_A_NAME_BEFORE.search(text, max(0, at - 20), at):
        return None  # "a nurse from Texas, who ...", "the Swede, who ...": a place, a noun
    head = _described_head(described) if described is not None else None
    if head is not None and not (person_noun(head) or lexicons.agent_noun(head)):
        return None  # "Dayton, the city ...", "Tellaro, the parent company of ..."
    return cast.name(word, at, recent=False)


def _described_head(described: str) -> str:
    """The head noun of the lower-case words after an appositive's article: the last
    before a function word or a preposition ("economist" of "economist the campaign",
    "chairwoman" of "county chairwoman outside", "company" of "parent company of")."""
    words = described.replace(",", " ").split()
    stop = next((n for n, w in enumerate(words) if w in HEAD_ENDS), len(words))
    return words[max(stop - 1, 0)]


def _counted_given(word: str, gender: str | None) -> bool:
    """Is ``word`` a given name the baby-name counts give the kin noun's sex ("His wife,
    Sian,"), where no list holds it and the tagger has seen it?"""
    return gender is not None and nlp.given_name_gender(word) == gender


def _kin_gender(text: str, person: Person, name: str, at: int) -> None:
    """A name set off as the appositive of a kin noun after a possessive ("confirmed by
    his daughter, Ellen Haverkamp-Rowe, who said ..."; "Lomax's wife, Jordan Lomax,")
    is of the kin noun's gender: the article's own word, over a first name given to
    both sexes or none, and before a pronoun after the name ("... who said he had been
    ill": the father) could be taken for its gender. Not against a first name the lists
    give to the other sex."""
    kin = kin_introducing(text, at)
    if kin is None or not APPOSITIVE_END.match(text, at + len(name)):
        return
    gender = kin_gender(kin)  # "granddaughter"
    if gender is not None and nlp.first_name_gender(name.split()[0]) in (None, gender):
        person.state_gender(gender)


def _new_at_end(text: str, sentence: Span, refs: list[Reference]) -> Reference | None:
    """The person the sentence names first, in full, as its last words, after another
    ("... some of his supporters saw a culprit in Alison Lundergan Grimes.")."""
    last = refs[-1] if refs else None
    if last is None or not last.new or last.person is None or last is refs[0]:
        return None
    return last if not any(c.isalnum() for c in text[last.end : sentence.end]) else None


def _elaborating(text: str, sentence: Span, subject: Reference, ending: Reference) -> Reference:
    """The person a sentence opening with a definite noun for a person describes, when
    the sentence before ended naming that person first ("... a culprit in Alison
    Lundergan Grimes. The secretary of state and 2014 candidate for U.S. Senate ... went
    on CNN": Grimes, who is called so from then on); else ``subject``."""
    words = DEFINITE_OPENING.match(text, sentence.start, subject.end)
    if words is None or not (person := ending.person) or not may_be_he_or_she(person):
        return subject
    written = words.group(1).split()
    head = (written[written.index("of") - 1] if "of" in written else written[-1]).lower()
    gender = noun_gender(head)
    if not person_noun(head) or (gender and person.gender not in (None, gender)):
        return subject
    person.add_nominal(written)
    return Reference(words.start(1), subject.end, person)


def _credit(text: str, paragraph: list[Span]) -> bool:
    """Is ``paragraph`` a photo credit alone ("Gary Cameron/Reuters.", "Getty Images."),
    so that the paragraph after it is the photo's caption, whose subject no later "he"
    or "she" in the article's text refers to?"""
    if len(paragraph) != 1:
        return False
    line = paragraph[0].of(text).strip()
    return len(line) <= CREDIT_LENGTH and bool(CREDIT_LINE.fullmatch(line) or CREDIT.search(line))


def _byline(text: str, paragraph: list[Span]) -> bool:
    """Is ``paragraph`` a byline alone ("By ELEANOR WAINWRIGHT", "By Tom Hale"), whose
    writer no later nominal, "he" or "she" in the article's text refers to?"""
    if len(paragraph) != 1:
        return False
    return BYLINE_LINE.fullmatch(paragraph[0].of(text).strip()) is not None


def joins_another_subject(before: str) -> bool:
    """Does a subject pronoun after ``before`` open a clause joined by a bare "and", "but"
    or "or" ("... the race and |she")? A clause about the same subject would leave it out,
    so the pronoun is someone else."""
    return NEW_CLAUSE.search(before) is not None


def _learn_gender(text: str, subject: Reference, refs: list[Reference]) -> None:
    """ "Obama found himself ...", "Priebus said his party ...": the first pronoun after
    the subject, with no other person between, tells its gender; a reflexive one even
    against the first name's guess ("Lindsey Graham ... himself"). Not an object form
    ("Clinton criticized him"), nor the subject of a clause joined by a bare "and"
    ("Biden decided not to run and she surged"): a clause about the same person would
    leave its subject out. Nor the pronoun that stands before the subject already, its
    owner's ("His deputy, Thandeka Mokoena, said his real skill was listening")."""
    after = [r for r in refs if r.at > subject.at]
    person = subject.person
    if person is None or not after or after[0].pronoun in OBJECT_FORMS:
        return
    if after[0].pronoun in ("he", "she") and joins_another_subject(text[subject.end : after[0].at]):
        return
    if any(r.at < subject.at and r.pronoun == after[0].pronoun.lower() for r in refs):
        return  # "His deputy, Thandeka Mokoena, said his ...": the owner's again, not hers
    if after[0].pronoun.endswith("self") or _says_of_self(text, subject, after[0]):
        person.state_gender(PRONOUN_GENDERS[after[0].pronoun])  # over a first name's guess
    else:
        person.bind_gender(PRONOUN_GENDERS.get(after[0].pronoun))


def _says_of_self(text: str, subject: Reference, pronoun: Reference) -> bool:
    """Is ``pronoun`` the subject of what ``subject`` says, right after "said" ("Avery
    Lang, who asked for the delay, said she supported ..."), where the subject's first
    name is guessed for the other sex with a share below ``OVERRULED_SHARE`` (Avery: 0.92
    men)? The article's pronoun over the list, as a reflexive one is."""
    person = subject.person
    return (
        person is not None
        and pronoun.pronoun in ("he", "she")
        and person.gender_source in GUESSED_FROM_NAME
        and person.gender != PRONOUN_GENDERS[pronoun.pronoun]
        and name_share(person.name) < OVERRULED_SHARE
        and SAYS_OF_SELF.search(text, subject.end, pronoun.at) is not None
    )


@dataclass(frozen=True)
class Reference:
    """Where a sentence refers to a person: a name, a surname (no person when several
    share it), or he/she (no person: it keeps the one referred to before)."""

    at: int
    end: int
    person: Person | None
    owner: bool = False  # a possessive: "Bloomberg's pollster"
    new: bool = False  # the article names the person here first
    pronoun: str = ""  # "he", "his", "herself" ...: no name
    # read as the subject only past a noun phrase that names no one known ("Activists
    # had gathered ..., giving Cruz"): a later "he" may mean them, "the front-runner" not
    object: bool = False

    @property
    def subject(self) -> bool:
        """A name, or a pronoun that may be a subject (he, she; not his or herself)."""
        return self.pronoun in ("", "he", "she")


def subject_reference(text: str, sentence: Span, refs: list[Reference]) -> Reference | None:
    """The reference that is the subject of the sentence, as far as cheap reading over
    its tagged words tells: one next to a cue ("Trump isn't a conservative, Hunter said",
    "said Wilcox"); in a question, the one right after its verb ("Was Szlachta
    satisfied?"), or none; else the first past an opening phrase up to its comma
    ("During an interview with Sean Hannity, Donald Trump discussed ..."; a fronted
    subordinate clause's subject when the rest names no one), and the first no
    preposition governs. A possessive is the subject only when it opens a sentence
    that refers to nobody else."""
    sentence = _past_dateline(text, sentence)  # "SPRINGFIELD, Ill. — Before he left, ..."
    # tagged only when a choice needs it: tagging every sentence cost 6% of extraction
    tokens = functools.cache(lambda: nlp.tagged(text, sentence.start, sentence.end))
    fits = [
        r
        for n, r in enumerate(refs)
        if not r.owner
        and not (n + 1 < len(refs) and _modifies(text, r, refs[n + 1]))
        and not _modifies_a_noun(text, r)
    ]
    if refs and _organisation_opens(text, sentence, refs[0], tokens):
        return Reference(refs[0].at, refs[0].at, None)  # no person: "The Cruz campaign said"
    if not fits and refs and _opens(text, sentence.start, refs[0].at):
        if _modifies_a_noun(text, refs[0]):
            return None  # "The Whitaker campaign's spokesman laughed": not Whitaker
        fits = refs[:1]  # "Trump's way served him well": opening a sentence (after one
        # word: "Indeed, Francis' message is ..."), the topic
    for ref in fits:
        if ref.person is not None and after_indefinite_subject(text, sentence.start, ref.at):
            return ref  # "One pastor supporting Mr. Cruz, Darran Whiting of ..., said"
    for ref in fits:  # ", Hunter said": what comes before is what he said
        after = WORD.match(text, ref.end)
        before = text[max(sentence.start, ref.at - BEFORE) : ref.at].rstrip().rstrip(QUOTE_MARKS)
        if (
            after is not None
            and _finite_cue(after.group(1))
            and _untitled(before).endswith(",")
            and not _in_adjunct(text, sentence, ref, tokens)
        ):
            new = fits[0].person is not None and fits[0].new  # "Rep. Chris Shays was ..."
            return fits[0] if ref.person is None and new else ref
        inverted = INVERTED_CUE.search(before)  # ", said Wilcox, an Orlando Republican"
        if inverted is not None and CLOSED.match(text, ref.end):
            return ref
    if not fits:
        return None
    if _question(text, sentence):  # its subject follows its verb: "Was Szlachta satisfied?"
        after = _after_first_verb(tokens())  # "Don't Republicans run the risk ... than Obama?"
        return next((r for r in fits if r.at == after), None)
    first = WORD.match(text, sentence.start)
    if first is not None and _opens_adjunct(first.group(1)):
        for ref in fits:
            lead = text[sentence.start : ref.at]
            if "," in lead:
                break
            if INVERTED_BE.search(lead):
                return ref  # "Among the plaintiffs was Rev. Delores Whitaker, 74, ...": the
                # subject after its verb, the phrase before it fronted, though it names
                # someone ("Among those who met Keel was Andrea Liu": not Keel)
    comma = text.find(",", sentence.start, sentence.end)
    if comma >= 0 and (source := _cited_source(text, sentence, fits, comma, tokens())):
        return source
    adjunct = first is not None and comma >= 0 and _opens_adjunct(first.group(1))
    clause = sentence.start  # where the main clause (its subject) starts
    if adjunct:
        end = adjunct_end(tokens())  # past its clause's subject, relatives and appositives
        comma = comma if end is None else tokens()[end].span.start
        past = [r for r in fits if r.at > comma]
        nominal = None if past else _person_nominal_after(tokens(), comma)
        if first.group(1).lower() in CLAUSAL_IN:  # "When Trump spoke, ...": a subject too
            fits = past or ([nominal] if nominal else fits)  # unless a person's noun is
        elif not any(
            r.at < comma and _before_verb(tokens(), r.end) and not _inner_subject(tokens(), r)
            for r in fits
        ):
            fits, clause = past or ([nominal] if nominal else []), comma + 1  # "In an
            # interview with Joe Scarborough, the ..."
        # else the phrase ended before a subject and its verb: "By Sunday she had ..., "
    if not fits or not any(c.isalpha() for c in text[sentence.start : fits[0].at]):
        return fits[0] if fits else None  # the first opens the sentence
    opening = refs[0].owner and refs[0].at >= clause and _opens(text, clause, refs[0].at)
    verb = _main_verb(text, tokens(), clause)
    if verb is not None:
        before = [r for r in fits if r.at < verb.span.start]
        inside = [r for r in before if _of_a_noun(tokens(), r.at)]  # "The rise of Bannon"
        after = [r for r in fits if r.at > verb.span.start]
        if len(inside) == len(before):  # no name is the subject before the verb
            owner = refs[0] if opening else None
            if (
                owner is not None
                and not _passive(tokens(), verb)
                and not _owns_a_person(tokens(), owner.end, verb.span.start)
                and not any(_opens_clause(tokens(), r) and not r.pronoun for r in after)
            ):  # "Tuttle's article also attacked Christie ... He": the owner, its topic;
                # so too before a clause of a pronoun ("Suu Kyi's fate is unclear, but
                # she said"), which refers to the owner
                return owner
            if _person_before(tokens(), clause, verb, singular=True) and not any(
                _opens_clause(tokens(), r) and not _reported(text, verb, r) for r in after
            ):  # "The radio talker has filled his speeches for Cruz. He ...": not Cruz
                return Reference(verb.span.start, verb.span.start, None)
            # "The rise of Bannon gave Beck new impetus ... He": past the verb first
            fits = after or fits
            if (
                after
                and not before
                and not (adjunct and 0 <= verb.span.start < comma)  # "If God is ..."
                and _noun_before(tokens(), clause, verb)
                and not any(r.person is not None and _before_verb(tokens(), r.end) for r in after)
                and not _next_word(tokens(), verb, after[0].at)
            ):  # but a name with a clause of its own ("it seemed unlikely Trump would win")
                # or the verb's own object, the topic ("The crowd cheered Trump. ... the
                # billionaire said")
                # "Activists had gathered ..., giving Cruz nine delegates": a noun phrase
                # that refers to no one known is the subject, the object after the verb
                # only what a later pronoun may mean
                fits = [dataclasses.replace(r, object=True) for r in fits]
    if len(fits) < 2:
        return fits[0]
    # the first that no preposition governs; but not a pronoun after one that is (it
    # refers to that one: "... came from student Deja Stewart, who ... when she called")
    free = next((r for r in fits if not _in_phrase_object(tokens(), r.at)), None)
    return free if free is not None and (free.person or free is fits[0]) else fits[0]


def _untitled(before: str) -> str:
    """``before``, the text before a name, without the titles that end it: ", Dr. |Ada
    Roe said", ", Professor |Ada Roe said" (the name set off by the comma)."""
    before = TITLES_AT_END.sub("", before + " ").rstrip()
    last = before.rsplit(None, 1)
    if len(last) == 2 and last[1].istitle() and lexicons.is_role_noun(last[1].lower()):
        return last[0]
    return before


def _cited_source(
    text: str, sentence: Span, fits: list[Reference], comma: int, tokens: list[Token]
) -> Reference | None:
    """The person a sentence opens by citing ("According to Mei-Lin Okafor, an analyst,
    the company needs ..."), when its clause names no one as subject: whose words the
    sentence gives, so what a later "she said" refers to."""
    source = fits[0]
    if (
        source.person is None
        or source.at > comma
        or not CITED.fullmatch(text, sentence.start, source.at)
    ):
        return None
    clause = [r for r in fits if r.at > comma]
    return None if any(_before_verb(tokens, r.end) for r in clause) else source


def _main_verb(text: str, tokens: list[Token], clause: int) -> Token | None:
    """The first finite verb of the clause starting at ``clause``, when no quotation
    opens before it (a quotation's own verbs are not the sentence's)."""
    verb = next(
        (
            t
            for n, t in enumerate(tokens)
            if t.span.start >= clause and t.tag in FINITE_TAGS and not _modifier(tokens, n)
        ),
        None,
    )
    if verb is None or DOUBLE_QUOTE.search(text, clause, verb.span.start):
        return None
    return verb


def _modifier(tokens: list[Token], n: int) -> bool:
    """Is the word at ``n``, tagged a finite verb, a participle modifying the noun an
    article or a possessive opens ("a retired teacher", "his embattled chief of staff"):
    no verb can follow "a", "the" or "his"."""
    return n > 0 and (tokens[n - 1].text.lower() in ARTICLES or tokens[n - 1].tag == "PRP$")


def _past_adverbs(tokens: list[Token], verb: Token) -> int:
    """The index of the first word after ``verb`` that is no adverb (past the end where
    none is)."""
    n = next(n for n, t in enumerate(tokens) if t is verb) + 1
    while n < len(tokens) and tokens[n].tag == "RB":
        n += 1
    return n


def _passive(tokens: list[Token], verb: Token) -> bool:
    """Is ``verb`` a passive's "be" ("Clinton's position was supported by Sen. Feinstein":
    the agent is who acts)?"""
    n = _past_adverbs(tokens, verb)
    return n < len(tokens) and tokens[n].tag == "VBN" and verb.text.lower() in BE_FORMS


def _owns_a_person(tokens: list[Token], start: int, end: int) -> bool:
    """Do the words from ``start`` to ``end``, what a possessive before them owns, hold a
    noun for a person ("Clinton's husband, Bill,", "Trump's spokeswoman", "Vermeulen's
    former teammate", "The Pirozzi campaign's pollster, Jerome Castille,"): the subject,
    not the owner nor its thing? Any noun whose first WordNet sense is a person counts."""
    people = lexicons.person_nouns()
    nouns = [(t.tag, t.text.lower()) for t in tokens if start <= t.span.start < end]
    return any(
        _noun_for_a_person(word) or (tag == "NN" and word in people)
        for tag, word in nouns
        if tag in ("NN", "NNS")
    )


def person_word_in(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a word that may be a noun for a person (a cheap
    look before tagging: see :func:`_person_before`)?"""
    return any(_noun_for_a_person(w) for w in WORDS.findall(text, start, end))


def _person_nominal_after(tokens: list[Token], comma: int) -> Reference | None:
    """The subject of the main clause past an adjunct's ``comma`` (a text offset) when it
    is a definite noun for a person, named by no one there ("Because Doyle refused, the
    chairman had no choice": the chairman, whom a later "he" means, not Doyle): its
    words, with no person (the cast resolves the noun)."""
    k = next((n + 1 for n, t in enumerate(tokens) if t.span.start == comma), len(tokens))
    np = clause_subject(tokens[k:])
    if np is None or np[0] != 0 or tokens[k].text.lower() != "the":
        return None
    words = tokens[k + np[0] : k + np[1]]
    if not _noun_for_a_person(words[-1].text.lower()):
        return None
    return Reference(words[0].span.start, words[-1].span.end, None)


def _noun_for_a_person(word: str) -> bool:
    """A role or people noun, a relative ("father") or "man"/"woman" (lower case)."""
    return person_noun(word) or word in KIN_GENDER or word in ("man", "woman")


def _person_before(tokens: list[Token], start: int, verb: Token, singular: bool = False) -> bool:
    """Do the words from ``start`` to ``verb`` hold a noun for a person ("The radio
    talker", "Her father"; ``singular``: no plural)?"""
    tags = ("NN",) if singular else ("NN", "NNS")
    nouns = [
        t.text.lower() for t in tokens if start <= t.span.start < verb.span.start and t.tag in tags
    ]
    return any(_noun_for_a_person(n) for n in nouns)


def _next_word(tokens: list[Token], verb: Token, at: int) -> bool:
    """Does the word at ``at`` follow ``verb`` right after it (an adverb between)?"""
    n = _past_adverbs(tokens, verb)
    return n < len(tokens) and tokens[n].span.start == at


def _noun_before(tokens: list[Token], start: int, verb: Token) -> bool:
    """Do the words from ``start`` to ``verb`` hold a noun ("Activists had", "The
    committee gave", "Bush went": a name the cast does not know), the head of a subject
    that is no person read?"""
    return any(start <= t.span.start < verb.span.start and t.tag in NOUN_TAGS for t in tokens)


def _reported(text: str, verb: Token, ref: Reference) -> bool:
    """Does ``ref`` open what the speech verb ``verb`` reports, right after it ("Murphy's
    spokeswoman Galia Slayen said Murphy is proud")?"""
    return _finite_cue(verb.text) and not text[verb.span.end : ref.at].strip()


def _in_adjunct(
    text: str, sentence: Span, ref: Reference, tokens: Callable[[], list[Token]]
) -> bool:
    """Is ``ref`` inside the adjunct opening ``sentence`` (see :func:`adjunct_end`), so that
    the verb after it is its clause's, not a cue's ("When the union leader, Irena Bosko,
    asked about pay, Kovac ...": not "Bosko asked")?"""
    first = WORD.match(text, sentence.start)
    if first is None or not _opens_adjunct(first.group(1)):
        return False
    end = adjunct_end(tokens())
    return end is not None and ref.at < tokens()[end].span.start


def _inner_subject(tokens: list[Token], ref: Reference) -> bool:
    """Is ``ref`` the subject of a clause inside an opening adjunct, right after the word
    that opens it ("Asked whether he would stay, Pease smiled": not the sentence's)?"""
    n = next((n for n, t in enumerate(tokens) if t.span.start >= ref.at), len(tokens))
    return n > 0 and tokens[n - 1].text.lower() in CLAUSAL_IN | WH_WORDS


def _opens_clause(tokens: list[Token], ref: Reference) -> bool:
    """Is the name (or pronoun) ``ref`` the subject of a clause of its own: a finite verb
    after it ("that Mr. Trump was asked", "Trump also said") or a conjunction or
    subordinator before it ("and Clinton aimed", "so Obama, ..., brought")?"""
    n = next((n for n, t in enumerate(tokens) if t.span.start >= ref.at), len(tokens))
    k = n
    while k > 0 and tokens[k - 1].tag in NOUN_PHRASE_TAGS - {"CC"}:
        k -= 1  # its title or noun phrase: "and Sen. Marco Rubio", "but their neighbor X"
    if k > 0 and (tokens[k - 1].tag == "CC" or tokens[k - 1].text.lower() in CLAUSE_OPENERS):
        return True
    m = next((m for m in range(n, len(tokens)) if tokens[m].span.start >= ref.end), len(tokens))
    if m < len(tokens) and tokens[m].tag == "RB":
        m += 1  # "Trump also said"
    return m < len(tokens) and tokens[m].tag in FINITE_TAGS


def _of_a_noun(tokens: list[Token], at: int) -> bool:
    """Is the name at ``at`` the object of a preposition after a common noun, a part of
    the noun phrase that noun heads ("The rise of Bannon", "supporters of Sanders"),
    no subject itself? Not after a noun it is named by ("secretary of state Madeleine
    Albright")."""
    n = next((n for n, t in enumerate(tokens) if t.span.start >= at), len(tokens))
    k = n
    while k > 0 and tokens[k - 1].tag in ("DT", "JJ", "PRP$", "POS", "NNP", "NNPS"):
        k -= 1
    return k >= 2 and tokens[k - 1].tag == "IN" and tokens[k - 2].tag in ("NN", "NNS")


def _opens(text: str, clause: int, at: int) -> bool:
    """Does the word at ``at`` open the clause, at most one capitalised word before it
    ("Indeed, Francis' message", "Mr. Trump's plan")?"""
    before = text[clause:at].split()
    return len(before) <= 1 and all(w[:1].isupper() for w in before)


def _after_first_verb(tokens: list[Token]) -> int:
    """Where the words after a sentence's first verb or modal (and its "not") start."""
    k = next((k for k, t in enumerate(tokens) if t.tag[:2] == "VB" or t.tag == "MD"), None)
    if k is None:
        return -1
    k += 1
    while k < len(tokens) and tokens[k].text.lower() in ("n't", "not"):
        k += 1
    return tokens[k].span.start if k < len(tokens) else -1


def _before_verb(tokens: list[Token], end: int) -> bool:
    """Does a finite verb follow the words ending at ``end`` ("she had", "Trump says")?"""
    after = next((t for t in tokens if t.span.start >= end), None)
    return after is not None and after.tag in FINITE_TAGS


def _question(text: str, sentence: Span) -> bool:
    """Does ``sentence`` ask a question: does it end with "?" outside any quotation
    ('Trump said, "Is Obama going to ...?' states Trump's subject)?"""
    words = text[sentence.start : sentence.end].rstrip()
    return words.endswith("?") and not leaves_open(words)


def _in_phrase_object(tokens: list[Token], at: int) -> bool:
    """Is the word at ``at`` in the noun phrase a preposition governs ("with MSNBC's Joe
    Scarborough", "at the White House James S. Brady briefing room"), not a subject?"""
    n = next((n for n, t in enumerate(tokens) if t.span.start >= at), len(tokens))
    k = n
    while k > 0 and (tokens[k - 1].tag in NOUN_PHRASE_TAGS or _noun_of(tokens, k - 1)):
        k -= 1
    if k == 0 or tokens[k - 1].tag != "IN":
        return False
    head = next((t.tag for t in tokens[n:] if t.tag not in NOUN_PHRASE_TAGS), "")
    verb = head.startswith("VB") or head == "MD"
    # a clause's subject: "as Jonathan Chait noted", "at the moment Chris Christie learned"
    clause = tokens[k - 1].text.lower() in CLAUSAL_IN or tokens[n - 1].tag in ("NN", "NNS")
    return not (verb and clause)


def _noun_of(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` an "of" after a noun, inside one noun phrase ("secretary of
    state Madeleine Albright", "the contention of ...")?"""
    return tokens[k].text.lower() == "of" and k > 0 and tokens[k - 1].tag.startswith("NN")


def _modifies(text: str, ref: Reference, following: Reference) -> bool:
    """ "Cruz spokeswoman Catherine Frazier", "Clinton campaign manager Robby Mook": a
    name before a role noun (or a compound of one: "George W. Bush speechwriter Noam
    Neusner") that the next name heads."""
    between = text[ref.end : following.at].split()
    return (
        0 < len(between) <= 3
        and all(nlp.is_lower_word(w) for w in between)
        and lexicons.is_role_noun(between[-1])
    )


def _modifies_a_noun(text: str, ref: Reference) -> bool:
    """ "Told of the remark, the Whitaker campaign's spokesman laughed", "The Bush family,
    a dynasty ..., has clashed": a name right after "the" modifying a noun for a person
    (a role noun among its next three words) or a body of people ("campaign", "family")
    is not who acts; the person or body is. Not "the Sanders stump speech", which may
    still be what the sentence is about."""
    if ref.pronoun or ref.owner or not THE_BEFORE.search(text, max(0, ref.at - 5), ref.at):
        return False
    after = NOUN_WORDS_AFTER.match(text, ref.end)
    words = (
        [w.removesuffix("'s").removesuffix("\u2019s") for w in after.group(0).split()]
        if after
        else []
    )
    return bool(words) and (words[0] in BODIES or any(map(lexicons.is_role_noun, words)))


def _organisation_opens(
    text: str, sentence: Span, ref: Reference, tokens: Callable[[], list[Token]]
) -> bool:
    """Does the sentence open with a name that modifies an organisation's common noun
    ("The Cruz campaign picked up on ...", "The Obama administration said")? Its subject
    is the organisation, no person: a later "he" does not mean Cruz for it, nor anyone
    the rest of the sentence names. Not a role ("The Trump campaign manager said")."""
    after = ORGANISATION_AFTER.match(text, ref.end)
    return (
        not ref.pronoun
        and OPENING_THE.fullmatch(text, sentence.start, ref.at) is not None
        and after is not None
        and after.group(1) in lexicons.ORGANISATION_HEADS
        and not lexicons.is_role_noun(after.group(2) or "")
        and not (  # "The Pirozzi campaign’s pollster, Jerome Castille, said": the person
            (owned := ORGANISATION_OWNS.match(text, after.end(1)))
            and _owns_a_person(tokens(), owned.start(1), owned.end(1))
        )
    )


ORGANISATION_OWNS = re.compile(r"['\u2019]s((?:[ \t\xa0]+[a-z][a-z-]*){1,3})")  # "|’s pollster"


def _finite_cue(word: str) -> bool:
    lower = word.lower()
    return lower in lexicons.cue_forms() and not lower.endswith("ing")


LEDE_DASH = re.compile(r"[\u2014\u2013][ \t\xa0]*")
DATELINE_REACH = 40  # characters a lede's dateline and its dash run to at most


def _past_dateline(text: str, sentence: Span) -> Span:
    """The sentence from its first word past a lede's dateline ("SPRINGFIELD, Ill. —
    |Before he left the Capitol, Gov. Ray Hale signed"), so that the words it opens with
    are read as its own (a fronted clause, not a subject); the sentence as it is where
    no dateline opens it."""
    reach = min(sentence.end, sentence.start + DATELINE_REACH)
    dash = LEDE_DASH.search(text, sentence.start, reach)
    if dash is None or not dateline_before(text[sentence.start : dash.end()]):
        return sentence
    return Span(dash.end(), sentence.end)


def _opens_adjunct(word: str) -> bool:
    """Does a sentence opening with ``word`` open with an adjunct ("When ...,", "During
    ...,", "Asked about ...,") rather than with its subject?"""
    lower = word.lower()
    if lower in OPENING_ADJUNCTS:
        return True
    participle = lower.endswith(("ing", "ed")) and not nlp.is_first_name(word)
    return participle and lower in nlp.common_words()
