"""Roles as the article phrases them: titles, appositives, party tags, clauses, copulas.

"Defense Minister Danno Pevkur" (a title before the name), "Josep Borrell, the EU's
High Representative ..., said" (an appositive, with any relative clause that follows
it), "Sen. Tim Kaine (D-Va.)" (a party and state tag), "Derek Mitchell, who served as
U.S. ambassador to Burma, said" (a relative clause), "Brieger is the current chairman
of ..." (a copula). Honorifics (Mr., Ms.) say nothing of a role and are left out.

Roles are read at the mention an attribution rests on (``title_role``,
``appositive_role``) and then at every other mention of the person's name in the
article (``add_article_roles``), so a role given once serves every quote.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from core import lexicons
from core.document import SpeakerKind
from core.speakers import HONORIFIC_GENDER, NAME_WORD, SUFFIXES, Person, name_words, surname

HONORIFICS = frozenset(HONORIFIC_GENDER) | {"mx", "messrs"}
PARTY_TAG = re.compile(
    r"\s*\(([DRIL](?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?|[DRI]\.-[A-Z][\w.]*)\)"
)
# Words that end a title when reading back from a name ("a pardon to Hillary Clinton").
TITLE_STOP = frozenset(
    {"the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "with", "by",
     "from", "for", "that", "this", "these", "those", "who", "whom", "whose", "which", "what",
     "where", "when", "why", "how", "as", "than", "like", "about", "against", "between",
     "after", "before", "over", "under", "into", "onto", "upon", "via", "his", "her", "their",
     "its", "our", "my", "your", "he", "she", "they", "we", "it", "i", "is", "was", "are",
     "were", "be", "been", "has", "had", "have", "not", "also", "while", "if", "then", "so",
     "said", "says", "told", "tells", "asked", "added"}
)  # fmt: skip
# Lower-case words that qualify a title ("retired Air Force general", "longtime pollster").
MODIFIERS = frozenset(
    {"former", "retired", "longtime", "long-time", "acting", "interim", "incoming", "outgoing",
     "current", "then", "senior", "junior", "deputy", "assistant", "associate", "top", "chief",
     "executive", "principal", "veteran", "newly", "late", "founding",
     "presumptive", "would-be", "onetime", "one-time", "ex"}
)  # fmt: skip
# Words that open an appositive describing a person (", a historian who ...").
DESCRIBERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "another", "one"})
NOT_DESCRIPTIONS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "night",
     "evening", "afternoon", "time", "moment", "way", "same", "other", "first", "last", "next"}
)  # fmt: skip
FINITE = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "did",
     "does", "do", "should", "may", "might", "must"}
)  # fmt: skip
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
NOT_OPENERS = frozenset(
    {"unlike", "despite", "including", "unless", "although", "though", "because", "since",
     "until", "during", "without", "within", "among", "however", "meanwhile"}
)  # fmt: skip
# Words that end the head of a description ("president | of the NAACP").
HEAD_ENDS = frozenset(
    {"of", "for", "at", "in", "on", "to", "with", "from", "and", "who", "that", "which"}
)
# "who served as ...", "who runs ...": a relative clause that says what someone does.
ROLE_CLAUSE = re.compile(
    r"who\s+((?:(?:has\s+)?(?:served|serves|serving)\s+as|is\s+(?:now\s+)?(?:the|a|an)|"
    r"was\s+(?:the|a|an)|(?:runs|ran|heads|headed|leads|led|helmed|helms|chairs|chaired|"
    r"directs|directed|oversees|oversaw|founded|co-founded|represents|represented|"
    r"manages|managed|advises|advised|teaches|taught|works\s+(?:for|at|as|on)|"
    r"worked\s+(?:for|at|as|on)))\b.*)",
    re.DOTALL,
)
COPULA = r"(?:is now|was then|is|was|has been|had been|serves as|served as)"
ABBREVIATIONS = frozenset(  # "Gen.", "Sen.", "St.": periods that end no sentence
    [w.lower() for t in lexicons.titles() for w in t.split() if w.endswith(".")]
    + ["st.", "mt.", "ft.", "jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "no.", "ave.", "dept."]
)
QUOTE_MARKS = '\u201c\u201d"'
CLAUSE_ENDS = ',;:()[]\u201c\u201d"\n'
SPEECH = frozenset(
    {"say", "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "explained"}
)


def _is_role_word(word: str) -> bool:
    """A noun that names a role or a title word ("spokesman", "aides", "Gen.")."""
    bare = word.strip(".,;:\u2019'").lower()
    nouns = lexicons.role_nouns()
    return bare not in HONORIFICS and (
        bare in nouns
        or bare.endswith("s")
        and bare[:-1] in nouns
        or lexicons.is_title_word(bare)
        or "-" in bare
        and bare.split("-")[-1] in nouns  # "co-director", "vice-chairman"
    )


def title_role(title: str) -> str | None:
    """The title in the words right before a name, less honorifics.

    Read back from the name while the words can be part of a title ("retired Air Force
    general", "Secretary of State", "Trump campaign spokesman"); the word next to the name
    must name a role, so "footage of" or "a pardon to" give nothing.
    """
    words = title.split()
    kept: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = word.strip('\u201c\u201d"()').rstrip(".").lower()
        if bare in HONORIFICS:
            if kept:
                break
            continue
        if not kept and not (_is_role_word(word) or _possessive(word) or _office_of(words)):
            return None
        if word[-1] in ',;:\u201c\u201d"' or not any(c.isalpha() for c in word):
            break
        if word.endswith(".") and not _abbreviation(word):
            break  # the end of the sentence before
        if bare == "of" and kept and index > 0 and _office(words[index - 1]):
            kept.append(word)  # "Secretary of State"
            continue
        before = words[index - 1] if index else ""
        if bare in TITLE_STOP or not _title_word(word, kept[-1] if kept else "", before):
            break
        kept.append(word)
    while kept and kept[-1].lower() == "of":
        kept.pop()
    role = " ".join(reversed(kept))
    return role or None


def _office_of(words: list[str]) -> bool:
    """Do the words end in "Secretary of State" or "Minister of Foreign Affairs"?"""
    i = len(words) - 1
    while i > 0 and words[i][:1].isupper() and words[i][-1] not in ",;:":
        i -= 1
    return 0 < i < len(words) - 1 and words[i] == "of" and _is_role_word(words[i - 1])


def _office(word: str) -> bool:
    """ "Secretary", "secretary", "Minister": a word that may be "of" somewhere."""
    return word[:1].isupper() or _is_role_word(word)


def _possessive(word: str) -> bool:
    """ "NBC's", "Trump's": a capitalised possessive, which may stand for a role."""
    return word[:1].isupper() and word.endswith(("'s", "\u2019s"))


def _abbreviation(word: str) -> bool:
    """ "Gen.", "U.S.", "C." — a period that does not end a sentence."""
    bare = word.rstrip(".")
    return (
        word.lower() in ABBREVIATIONS
        or bare.lower() in HONORIFICS
        or "." in bare
        or len(bare) == 1
        and bare.isupper()
    )


def _title_word(word: str, after: str, before: str) -> bool:
    """Can ``word`` stand in a title, ``after`` following it and ``before`` preceding it?

    Capitalised words can (but not a headline's "Calls"); so can role words and their
    modifiers ("retired"), and lower-case nouns that qualify a lower-case role ("campaign
    spokesman") or follow a capitalised word ("Tulsa police Chief"): not "unilateral
    action President", "the way FBI Director".
    """
    lower = word.lower()
    if word[:1].isupper():
        return not (lower.endswith("s") and not lower.endswith("ss") and _verbish(word))
    if _is_role_word(word) or lower in MODIFIERS:
        return True
    if _verbish(word) or not (word.isalpha() or "-" in word):
        return False
    return after[:1].islower() or before[:1].isupper()


def _verbish(word: str) -> bool:
    """ "said", "warning", "reported": a verb, not part of a title or a description."""
    lower = word.lower()
    return lower not in MODIFIERS and (
        lower in lexicons.cue_forms() or lower.endswith(("ed", "ing"))
    )


def party_tag(text: str, end: int) -> str | None:
    """A party and state tag right after a name: "(R-Ind.)", "(D)"."""
    match = PARTY_TAG.match(text, end)
    return f"({match.group(1)})" if match else None


def after_name(text: str, end: int) -> int:
    """Where the text after a name continues, past its party tag."""
    match = PARTY_TAG.match(text, end)
    return match.end() if match else end


def clause_end(text: str, start: int) -> int:
    """Where a phrase starting at ``start`` ends: a comma, a quotation, a parenthesis or
    the end of the sentence (not the period of "Mr." or "U.S.")."""
    i = start
    while i < len(text):
        char = text[i]
        if char in CLAUSE_ENDS:
            return i
        if char in ".!?" and (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ")]"):
            word = text[text.rfind(" ", start, i) + 1 : i + 1]
            if char != "." or not _abbreviation(word):
                return i
        i += 1
    return i


def appositive_role(text: str, end: int) -> str | None:
    """ ", the EU's High Representative for ...," right after a name, with a relative
    clause inside it ("... from France who sits on the Subcommittee ..."), or a relative
    clause alone (", who served as U.S. ambassador to Burma,")."""
    match = re.match(r",\s+", text[end : end + 3])
    if not match:
        return None
    start = end + match.end()
    stop = clause_end(text, start)
    if text[stop : stop + 1] in QUOTE_MARKS:
        return None  # ", the move reeks of “fear”": a clause that quotes, not a description
    phrase = text[start:stop].strip()
    clause = ROLE_CLAUSE.match(phrase)
    if clause:
        return clause.group(1)
    return phrase if _describes(phrase) else None


def _describes(phrase: str) -> bool:
    """Is this appositive a description of a person rather than a place, a date, a list
    or a clause ("the move reeks of", "his evolution was")?"""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() == "who" or _clause(words):
        return False
    first = words[0].lower()
    if first in DESCRIBERS:
        second = words[1].strip(",.").lower()
        if first == "one" and second != "of":
            return False
        return second not in NOT_DESCRIPTIONS and not second.isdigit()
    if first in TITLE_STOP or first in NOT_OPENERS:
        return False  # ", unlike more conventional Republicans,"
    return not _verbish(words[0]) and _role_head(words)


def _clause(words: list[str]) -> bool:
    """Do the words before any relative pronoun hold a finite verb ("was", "opened the")?"""
    for word, after in zip(words, [*words[1:], ""], strict=True):
        lower = word.lower()
        if lower in RELATIVES:
            return False
        if lower in FINITE or lower in SPEECH:
            return True
        if lower in lexicons.cue_forms() and lower.endswith(("s", "ed")):
            return True  # "White House announced that ..."
        if lower.endswith("ed") and after.lower() in DESCRIBERS:
            return True
    return False


def _role_head(words: list[str], lower: bool = False) -> bool:
    """Does a role noun stand among the first words, before any preposition? With
    ``lower``, only a role noun in lower case counts ("an aide", not "Charlie King")."""
    head: list[str] = []
    for word in words:
        if word.lower() in HEAD_ENDS:
            break
        head.append(word)
    return any(_is_role_word(w) and (w.islower() or not lower) for w in head[:6])


COPULA_AFTER = re.compile(rf"\s+{COPULA}\s+")


def _word(char: str) -> bool:
    """Is ``char`` a character of ``\\w``?"""
    return char.isalnum() or char == "_"


def occurrences(text: str, name: str, hyphen_joins: bool = False) -> Iterator[tuple[int, int]]:
    """Every place ``name`` starts a word of ``text`` and ends one, overlaps included:
    where ``\\bNAME(?!\\w)`` matches, or with ``hyphen_joins`` ``(?<![\\w-])NAME(?!\\w)``.
    Found with ``str.find``: a pattern compiled per name took a third of extraction."""
    at = text.find(name) if name else -1
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else ""
        if hyphen_joins:
            starts = not before or not (_word(before) or before == "-")
        else:
            starts = _word(name[0]) != (bool(before) and _word(before))
        if starts and (end == len(text) or not _word(text[end])):
            yield at, end
        at = text.find(name, at + 1)


def copula_roles(text: str, name: str) -> list[str]:
    """Roles given in "Brieger is the current chairman of ..." sentences."""
    roles = []
    resume = 0
    for at, end in occurrences(text, name):
        match = COPULA_AFTER.match(text, end) if at >= resume else None
        if match is None:
            continue
        start = resume = match.end()
        phrase = text[start : clause_end(text, start)]
        verb = match.group(0).strip()
        for n, part in enumerate(re.split(r"\s+and\s+(?:is|was)\s+(?:now\s+)?", phrase)):
            words = part.split()
            first = words[0].lower() if words else ""
            opens = first in DESCRIBERS or first in MODIFIERS or _is_role_word(first)
            if opens and _role_head(words):
                roles.append(f"{verb} {part}" if n == 0 and verb.startswith("serve") else part)
    return roles


def mention_roles(text: str, start: int, end: int) -> Iterator[str]:
    """The roles given at one mention of a name at ``start``-``end``."""
    before = text[max(0, start - 120) : start]
    sentence = re.split(r"[\n\u201c\u201d\"]|''|``", before)[-1]
    yield from (role for role in name_roles(text, sentence, end) if role)


def name_roles(text: str, title: str, name_end: int) -> tuple[str | None, str | None]:
    """The roles at a name ending at ``name_end``: the one its ``title`` words give, with
    a party tag after the name ("Sen. Rand Paul (R-Ky.)"), and the appositive after it."""
    before = " ".join(p for p in (title_role(title), party_tag(text, name_end)) if p) or None
    return before, appositive_role(text, after_name(text, name_end))


def add_article_roles(
    text: str, people: Iterable[Person], speakers: Iterable[Person] | None = None
) -> None:
    """Give each of ``speakers`` (by default everyone in ``people``) the roles the
    article gives them at any mention of their name.

    Full names are read everywhere; a surname alone only when no other person of the
    article shares it and it does not follow another first name ("Bill Clinton"). An
    anonymous source described by a role ("a spokeswoman for the mayor") has it as role.
    Only speakers are read, so an article naming thousands of people stays fast.
    """
    people = list(people)
    chosen = people if speakers is None else list(speakers)
    for source in chosen:
        words = source.name.split()  # "officials" alone is no role
        if source.kind == SpeakerKind.ANONYMOUS and len(words) > 1 and _role_head(words, True):
            source.add_role(source.name)  # "a spokeswoman for the mayor", "Clinton's aide"
    surnames = Counter(surname(p.name) for p in people if p.kind == SpeakerKind.PERSON)
    for person in (p for p in chosen if p.kind == SpeakerKind.PERSON):
        forms = {a for a in person.aliases if len(name_words(a)) > 1}
        bare = [w for w in person.name.split() if w.strip(".,").lower() not in SUFFIXES]
        if bare and surnames[surname(person.name)] == 1:
            forms.add(bare[-1])
        for form in sorted(forms, key=len, reverse=True):
            after = 0
            for start, end in occurrences(text, form, hyphen_joins=True):
                if start < after:
                    continue  # inside the last one, as a regular expression would skip it
                after = end
                if form.count(" ") == 0 and _after_first_name(text, start):
                    continue
                for role in mention_roles(text, start, end):
                    person.add_role(role)
            for role in copula_roles(text, form):
                person.add_role(role)


_LAST_WORD = re.compile(rf"({NAME_WORD})\s+$")


def _after_first_name(text: str, start: int) -> bool:
    """Does a capitalised word that is not a title stand right before ``start``?"""
    before = text[max(0, start - 40) : start]
    match = _LAST_WORD.search(before)
    word = match.group(1) if match else ""
    return bool(word) and not (
        _is_role_word(word) or lexicons.is_title_word(word) or _possessive(word)
    )
