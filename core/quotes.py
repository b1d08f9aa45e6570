"""The quotation-mark scanner: quoted spans with their offsets, whatever the marks.

Double marks pair the way newspapers use them (and the way the PolNeAR measure reads
them): curly and angle marks by direction, a second opening mark before a close
restarting the quotation (the first was stray); straight marks in order. A curly mark typed
the wrong way round is read by its side: “ after a word or a comma and before a space
closes the open quotation (“abhorrent“ in a tweet), ” after a space and before a word
opens one (said ”it was over.”). Marks of the other kind inside an open curly or angle
quotation nest and are left alone (“the sign said «closed» all week”, «il a dit
“non”»). Single marks
quote too (‘…’, or straight ones opening before a word and closing after one, as
British papers quote) when the closing one is no apostrophe ("don't", "voters' ",
"rock 'n' roll"); inside an open double quotation they nest and are left alone. A
paragraph that ends inside an open quotation is closed there when the next paragraph
reopens it with the same mark (a quote over several paragraphs); an open straight or
single quotation is otherwise dropped at its paragraph's end. Nothing here ever gives up
on an article: a stray mark is skipped and the scan goes on, in one pass, linear in the
text. A nickname quoted inside a name (Margaret "Peggy" Lindqvist, John “Tig”
Tiegen) quotes no one and is no quotation: the name reads whole. Nor is a heading in
quotation marks, a paragraph of its own: a label over the links that follow ("Related:")
or a subhead in capitals (“DIVISIVE, STUPID AND WRONG”).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core import lexicons, nlp
from core.document import Span

OPENERS = {"\u201c": "curly", "\u00ab": "angle", "\u201e": "curly"}
CLOSERS = {"\u201d": "curly", "\u00bb": "angle"}
_KINDS = {**OPENERS, **CLOSERS}  # an opening mark's kind, a ” typed as an opener's too
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
QUOTE_MARKS = "\"'\u201d\u2019"  # the marks a quotation may close with, as text
# a quoted nickname: 1-3 capitalised words between a first name and a capitalised word
NICKNAME = r"[A-Z][\w'\-]*\.?(?: [A-Z][\w'\-]*\.?){0,2}"  # "Peggy", "The Rock"
_NICKNAME = re.compile(NICKNAME)
_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")
# every character scan() acts on ("'" for two of them standing for a double mark)
_MARKS = re.compile(
    "[" + re.escape("".join([*OPENERS, *CLOSERS, SINGLE_OPEN, SINGLE_CLOSE])) + "\"'\n]"
)


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of quotation marks (marks excluded).

    ``opener`` is the offset of the opening mark; ``continued`` is true when the span is
    a paragraph of a quotation that the next paragraph reopens, and ``continues`` when
    this span reopens the previous paragraph's quotation.
    """

    span: Span
    opener: int
    closer: int  # offset of the closing mark, or the paragraph end for a continued span
    single: bool = False
    continued: bool = False
    continues: bool = False
    close_width: int = 1  # two apostrophes ('') make one closing mark

    @property
    def after(self) -> int:
        """Offset just past the closing mark."""
        return self.closer + self.close_width


def leaves_open(stretch: str) -> bool:
    """Does ``stretch`` leave a double quotation open: more opening than closing curly
    marks, or an odd number of straight ones? A cheap test of whether what follows it is
    inside a quotation, for a few sentences of text; :func:`scan` pairs marks properly."""
    return stretch.count("\u201c") > stretch.count("\u201d") or stretch.count('"') % 2 == 1


def _reopening(text: str, i: int) -> tuple[str, int]:
    """The first mark after the line break at ``i`` and the offset just past it.

    Two apostrophes ('') stand for a straight double mark.
    """
    n = len(text)
    while i < n and text[i] in "\n \t\r":
        i += 1
    if text.startswith("''", i):
        return '"', i + 2
    return (text[i], i + 1) if i < n else ("", n)


def _closes_mixed(text: str, i: int, width: int) -> bool:
    """Does the mark at ``i`` close a quotation opened with the other kind of double mark
    (“... in 2007." or "...,” said)? Only where it stands as a closer: after a word or
    punctuation, before a space, punctuation or the line's end, and ending the words
    before it in punctuation or a letter ("2007.", "tweets", not the inches of 12")."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else "\n"
    return (
        not before.isspace()
        and not before.isdigit()
        and before not in OPENERS
        and before not in "\"'\u2018"
        and (after.isspace() or after in ".,;:!?)\u2014-")
    )


def _opens_reversed(text: str, i: int) -> bool:
    """Does the closing curly mark at ``i`` stand as an opener, a space or the line's
    start before it and a letter or digit after (said ”it was over.”)?"""
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and after.isalnum()


def _is_apostrophe(text: str, i: int) -> bool:
    """A ’ or ' between letters (don’t) or after a plural s (voters’) is an apostrophe."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or before in "sS" and after == " ")


def _opens_single(text: str, i: int) -> bool:
    """A straight ' before a word and after no letter or digit opens a quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and after.isalnum()


def _closes_single(text: str, opener: int, i: int) -> bool:
    """A straight ' after a word and before no letter or digit closes the quotation
    opened at ``opener`` when a word of two letters stands between them (not "'n'")."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return (
        not text[i - 1].isspace()
        and not after.isalnum()
        and re.search(r"[^\W\d_]{2}", text[opener + 1 : i]) is not None
    )


def scan(text: str) -> list[QuotedSpan]:
    """Every quoted span in ``text``, in order of their opening marks."""
    found: list[QuotedSpan] = []
    curly: int | None = None  # offset of the open curly/angle mark
    curly_continues = False
    straight: int | None = None  # offset of the open straight mark
    straight_width = 1  # 2 for ''
    straight_continues = False
    single: int | None = None
    single_continues = False
    i = 0
    while (mark := _MARKS.search(text, i)) is not None:  # what lies between marks is skipped
        i = mark.start()
        ch = text[i]
        width = 1
        if ch == "'" and text.startswith("''", i):
            ch, width = '"', 2
        if ch in OPENERS:
            if text[i + 1 : i + 2] == "\n":
                pass  # "... in the future.“\n\n": a stray mark ends the paragraph
            elif (
                curly is not None
                and ch == "\u201c"
                and _KINDS[text[curly]] == "curly"
                and _closes_mixed(text, i, 1)
            ):  # “abhorrent“ in a tweet: the mark typed the wrong way round closes
                found.append(QuotedSpan(Span(curly + 1, i), curly, i, continues=curly_continues))
                curly = None
            elif curly is None or OPENERS[ch] == _KINDS[text[curly]]:
                curly, curly_continues = i, False
        elif ch in CLOSERS:
            if curly is not None and CLOSERS[ch] == _KINDS[text[curly]]:
                found.append(QuotedSpan(Span(curly + 1, i), curly, i, continues=curly_continues))
                curly = None
            elif curly is None and straight is not None and _closes_mixed(text, i, 1):
                found.append(  # "...,” said Daniel Benjamin: the other kind of mark closes
                    QuotedSpan(
                        Span(straight + straight_width, i),
                        straight,
                        i,
                        continues=straight_continues,
                    )
                )
                straight = None
            elif curly is None and ch == "\u201d" and _opens_reversed(text, i):
                curly, curly_continues = i, False  # said ”it was over.”: typed the wrong way
        elif ch == '"':
            if straight is None and curly is not None and _closes_mixed(text, i, width):
                found.append(  # “... in 2007." she wrote: the other kind of mark closes
                    QuotedSpan(
                        Span(curly + 1, i),
                        curly,
                        i,
                        continues=curly_continues,
                        close_width=width,
                    )
                )
                curly = None
            elif straight is None:
                straight, straight_width, straight_continues = i, width, False
            else:
                found.append(
                    QuotedSpan(
                        Span(straight + straight_width, i),
                        straight,
                        i,
                        continues=straight_continues,
                        close_width=width,
                    )
                )
                straight = None
        elif ch != "\n" and (curly is not None or straight is not None):
            pass  # a single mark inside a double quotation nests
        elif ch == SINGLE_OPEN or ch == "'" and _opens_single(text, i):
            single, single_continues = i, False
        elif (
            single is not None
            and ch == (SINGLE_CLOSE if text[single] == SINGLE_OPEN else "'")
            and not _is_apostrophe(text, i)
            and (ch == SINGLE_CLOSE or _closes_single(text, single, i))
        ):
            found.append(
                QuotedSpan(Span(single + 1, i), single, i, True, continues=single_continues)
            )
            single = None
        elif ch == "\n":
            mark, after_mark = _reopening(text, i)
            if single is not None and mark == text[single]:
                found.append(
                    QuotedSpan(
                        Span(single + 1, i), single, i, True, True, continues=single_continues
                    )
                )
                single, single_continues = after_mark - 1, True
                i = after_mark
                continue
            single = None
            if curly is not None and mark in OPENERS:
                straight = None  # "... “a question’’\n\n“You ...”: the open " is dropped
                found.append(
                    QuotedSpan(
                        Span(curly + 1, i), curly, i, continued=True, continues=curly_continues
                    )
                )
                curly, curly_continues = after_mark - 1, True
                i = after_mark
                continue
            if straight is not None:
                if mark == '"':
                    found.append(
                        QuotedSpan(
                            Span(straight + straight_width, i),
                            straight,
                            i,
                            continued=True,
                            continues=straight_continues,
                        )
                    )
                    width = 2 if text[after_mark - 2 : after_mark] == "''" else 1
                    straight, straight_width = after_mark - width, width
                    straight_continues = True
                    i = after_mark
                    continue
                straight = None
        i += width
    found.sort(key=lambda q: q.opener)  # “...” inside "...": the inner one closes first
    return [
        q
        for q in found
        if q.span.end > q.span.start
        and text[q.span.start : q.span.end].strip()
        and not _nickname(text, q)
        and not _heading(text, q)
    ]


def _nickname(text: str, q: QuotedSpan) -> bool:
    """Is ``q`` a nickname quoted inside a name (Margaret "Peggy" Lindqvist, Dwayne "The
    Rock" Johnson): capitalised words between a listed first name and a capitalised
    word, each one space away?"""
    if q.continued or q.continues or not _NICKNAME.fullmatch(text, q.span.start, q.span.end):
        return False
    after = q.after
    if text[after : after + 1] != " " or not text[after + 1 : after + 2].isupper():
        return False
    given = _GIVEN_BEFORE.search(text, max(0, q.opener - 30), q.opener)
    return given is not None and nlp.is_first_name(given.group(1))


_LABEL_WORDS = 4  # a heading's label: "Related:", "Read more:"
_AFTER_HEADING = frozenset({"", ".", ":"})  # what may follow a heading's closing mark
_PARAGRAPH_GAP = 40  # characters that the end of the paragraph before is looked for in


def _heading(text: str, q: QuotedSpan) -> bool:
    """Is ``q`` a heading set in quotation marks, its paragraph all of it (a full stop
    or colon at most after the closing mark): a short label ending in a colon, over the
    links or items that follow ("Related:"), or words in capitals throughout with no
    closing punctuation, a subhead that repeats words the story quotes (“DIVISIVE,
    STUPID AND WRONG”)? A heading quotes no one where it stands; what a colon at the end
    of the paragraph before introduces is quoted ("Trump tweeted:" and a paragraph “LAW &
    ORDER”)."""
    if q.continued or q.continues:
        return False
    line = text.rfind("\n", 0, q.opener) + 1
    end = text.find("\n", q.after)
    rest = text[q.after : len(text) if end < 0 else end].strip()
    if text[line : q.opener].strip() or rest not in _AFTER_HEADING:
        return False
    if text[max(0, line - _PARAGRAPH_GAP) : line].rstrip().endswith(":"):
        return False  # the paragraph before introduces it
    inner = text[q.span.start : q.span.end].strip()
    words = inner.split()
    if inner.endswith(":"):
        return len(words) <= _LABEL_WORDS
    return len(words) > 1 and inner.isupper() and inner[-1] not in ".!?"


# tags of a word that a quoted title stands in the noun phrase of: a possessive ("CNN's
# “New Day,”"), a preposition ("author of “Going Viral,”"), a determiner, an adjective, a
# noun ("the reality show “The Apprentice,”"), a conjunction between titles
_TITLE_AFTER = frozenset({"POS", "IN", "RP", "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CC"})
_TITLE_CONTEXT = 80  # characters before the opening mark that the tagger reads


def names_a_title(text: str, q: QuotedSpan) -> bool:
    """Is ``q`` a title or a name set in a noun phrase, its comma inside the closing mark
    (MSNBC's “Morning Joe,” ..., the author of “Going Viral,” ..., his book, “A Time for
    Truth,” ...)? Quoted words that open a sentence or follow a verb of speech ("“Judge,”
    Brafman said", "shouted, “Cruz,”") are spoken; those after "that" may be."""
    if q.continued or q.continues:
        return False
    start = max(0, q.opener - _TITLE_CONTEXT)
    start = text.rfind("\n", start, q.opener) + 1 or start  # within the line
    tokens = nlp.tagged(text, start, q.opener)
    if tokens and tokens[-1].text == "," and len(tokens) > 1:
        return tokens[-2].tag in {"NN", "NNS"}  # an appositive: "his new book, “...,”"
    if not tokens or tokens[-1].text.lower() == "that":
        return False
    return tokens[-1].tag in _TITLE_AFTER


# verbs whose object is a name, not words said: "an ad titled “...”", "he called it “...”"
NAMING_VERBS = frozenset(
    {"title", "titled", "entitle", "entitled", "call", "calls", "called", "calling", "dub",
     "dubs", "dubbed", "dubbing", "name", "named", "naming", "nickname", "nicknamed",
     "label", "labeled", "labelled", "labeling", "brand", "branded", "bill", "billed",
     "headlined", "rename", "renamed"}
)  # fmt: skip
# tags a title may keep in lower case ("The Art of the Deal", "Born in the U.S.A.")
_TITLE_LOWER = frozenset({"DT", "IN", "CC", "TO", "POS", "CD"})
# tags before the opening mark that set the quotation in a noun or prepositional phrase:
# a possessive ("NBC's “Today”"), a determiner or adjective ("the Syfy movie “...”"), a
# noun, a preposition ("host of “The Nightly Show ...”", "known as “Guccifer”")
_NAME_GOVERNORS = frozenset(
    {"POS", "PRP$", "DT", "JJ", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "IN", "TO", "RP"}
)
# conjunctions that open a clause: what follows them may be said
_SUBORDINATORS = frozenset(
    {"that", "because", "if", "whether", "though", "although", "while", "when", "since",
     "unless", "than", "after", "before", "until", "so", "once"}
)  # fmt: skip
_MAX_NAME_WORDS = 12
_BYLINE = re.compile(r"\s+by\s+(?:the\s+)?[A-Z]")  # “...,” by Times' Ben Sisario


def in_title_case(words: list[nlp.Token]) -> bool:
    """Are the tagged ``words`` written as a title: the first and every content word
    capitalised, determiners, prepositions, conjunctions and numbers as they come?"""
    words = [t for t in words if any(c.isalpha() for c in t.text)]
    return (
        bool(words)
        and words[0].text[:1].isupper()
        and all(t.text[:1].isupper() or t.tag in _TITLE_LOWER for t in words)
    )


def names_something(text: str, q: QuotedSpan) -> bool:
    """Is ``q`` the name of something (a book, show, film, ad, bill, programme, slogan or
    nickname) set in the sentence's grammar rather than words someone said?

    The quoted words are in title case ("The Art of the Deal", "Obamacare") and the
    sentence holds them as a name: right after a possessive, determiner, adjective, noun
    or preposition ("NBC's “Today”", "the Syfy movie “...”", "host of “...”"), after a
    verb that names ("an ad titled “Scam”", "called Rubio “Little Marco”"), or after
    another verb with no comma or colon between (its object: "enjoys “Modern Family”",
    "released “The Art of the Deal”"), though not a verb of speech, nor a form of "be" or
    "have" ("she declared “What a Super Tuesday!”", "he is “Mexican”"). Words that open
    a sentence, follow a comma or colon, or follow "that" or another subordinating
    conjunction may be spoken, and so may an exclamation or question unless a noun or a
    naming verb governs it ("jeers and “BERNIE!” chants")."""
    if q.continued or q.continues or q.single:
        return False
    k = q.opener - 1  # the last character before the opening mark on its line
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    heads = k < 0 or text[k] in "\n.!?\u2014\u2013-"  # opens a line, item or sentence
    if heads and text[q.span.end - 1 : q.span.end] == "," and _BYLINE.match(text, q.after):
        return True  # a piece's title and its byline: “Met accused of ...,” by Post's ...
    inner = text[q.span.start : q.span.end].strip().rstrip(",.")
    first_letter = next((c for c in inner if c.isalpha()), "")
    if len(inner.split()) > _MAX_NAME_WORDS or not first_letter.isupper():
        return False  # a name is short and capitalised: most quotations are read no further
    words = nlp.tag(nlp.tokenize(inner))
    if not in_title_case(words):
        return False
    if inner.isupper() and len(inner) > 4:
        return False  # capitals throughout are a headline or a cry ("DIVISIVE, STUPID AND WRONG")
    start = max(0, q.opener - _TITLE_CONTEXT)
    start = text.rfind("\n", start, q.opener) + 1 or start  # within the line
    before = nlp.tagged(text, start, q.opener)
    if not before or before[-1].text in {".", "?", "!"}:
        return _described_after(text, q, inner)  # “Tales From the Crypt,” an HBO series ...
    if (previous := _listed_after(text, q)) is not None:
        return names_something(text, previous)  # “Criminal Minds,” “Game of Thrones,” ...
    if before[-1].text == "," and len(before) > 1:
        before = before[:-1]  # an appositive: "his radio show, “Generations with ...,”"
        if before[-1].tag not in {"NN", "NNS"} or _addressed(before):
            return False  # not "told reporters, “Thank You Ohio.”"
    last = before[-1]
    word = last.text.lower()
    exclaims = inner[-1:] in "!?" or text[q.span.end - 1 : q.span.end] in "!?"
    if word in NAMING_VERBS:
        return True
    if word in _COPULAS and last.tag != "POS":
        return False  # "he is “Mexican”", also where a headline's capitals hide the verb
    if exclaims and last.tag not in {"POS", "PRP$", "DT", "NN", "NNS", "NNP", "NNPS", "JJ"}:
        return False
    if last.tag in _NAME_GOVERNORS:
        return word not in _SUBORDINATORS
    if last.tag == "CC":  # a list of quoted names: "“Breaking Bad” and “Veep”"
        return len(before) > 1 and before[-2].text in QUOTE_MARKS + "\u201d"
    if last.tag.startswith("VB"):
        if word in _COPULAS or last.tag == "MD":
            return False
        if lexicons.is_cue(before, len(before) - 1):  # "wrote “The Long Road Home,”", not
            return (  # "said “CNN”", nor a chant's phrases ("chanting “Bernie or Jill, No Hill,”")
                len(words) > 1 and "," not in inner and not exclaims and not _spoken_words(words)
            )
        return True
    return False


# nouns for a work or a programme whose title a quotation may be: "his new book, “...”",
# "the MSNBC show “Morning Joe”", "the “Off Message” podcast"
WORK_NOUNS = frozenset(
    {"book", "books", "memoir", "novel", "biography", "show", "shows", "series", "program",
     "programme", "sitcom", "film", "films", "movie", "movies", "documentary", "song",
     "songs", "album", "podcast", "play", "musical", "opera", "episode", "segment",
     "broadcast", "column", "article", "essay", "op-ed", "editorial", "magazine",
     "newspaper", "blog", "ad", "ads", "commercial", "video", "pageant", "anthem", "poem",
     "headline", "caption", "proclamation"}
)  # fmt: skip
# verbs whose object is a work: "starred in “...”", "wrote “...”", "an article titled “...”"
WORK_VERBS = frozenset(
    {"titled", "entitled", "wrote", "written", "published", "starred", "starring", "directed",
     "produced", "aired", "hosted", "hosts", "watched", "sang"}
)  # fmt: skip
# a preposition of a venue and what may stand between it and the title: "on NBC's",
# "on Friday's broadcast of HBO's", "in", "on the MSNBC show"
_VENUE = re.compile(
    r"\b(?:on|in)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w.\-]+['\u2019]s\s+)?$"
)
# a possessive after "told" or "to": "told CNN's “New Day”", "listened to Nina Simone's"
_TOLD_OWNER = re.compile(r"\b(?:told|to)\s+(?:[\w.\-]+\s+){0,2}[\w.\-]+['\u2019]s\s+$")
_WORK_AFTER = re.compile(r"[,.]?\s*([a-z][\w\-]*)")
_WORK_WORD = re.compile(r"[\w\-]+")  # the words before a title, "op-ed" one


def names_a_work(text: str, q: QuotedSpan) -> bool:
    """Is ``q`` the title of a work or a programme (a book, show, film, song, ad,
    article, podcast) rather than a slogan or a nickname that someone said: set after a
    preposition of venue ("said on NBC's “Meet the Press”", "starred in “...”", "told
    CNN's “New Day”", "listened to Nina Simone's “...”"), after a
    verb whose object is a work ("wrote “...”", "an article titled “...”"), or beside a
    noun for a work ("his new book, “...”", "the “Off Message” podcast")?"""
    line = text.rfind("\n", 0, q.opener) + 1
    before = text[max(line, q.opener - 60) : q.opener]
    if _VENUE.search(before) or _TOLD_OWNER.search(before):
        return True
    words = _WORK_WORD.findall(before.lower())[-3:]
    if words and words[-1] in WORK_VERBS:
        return True
    if any(w in WORK_NOUNS for w in words):
        return True
    after = _WORK_AFTER.match(text, q.after)
    return after is not None and after.group(1) in WORK_NOUNS


def _spoken_words(words: list[nlp.Token]) -> bool:
    """Do the quoted words hold a pronoun or a verb, as words said do ("Thank You Ohio",
    "Make It Happen"), where a name holds neither ("The Long Road Home")?"""
    return any(t.tag in {"PRP", "PRP$", "MD"} or t.tag.startswith("VB") for t in words)


def _addressed(before: list[nlp.Token]) -> bool:
    """Is the noun phrase ending ``before`` the one a verb of speech addresses ("told
    reporters")?"""
    i = len(before) - 1
    while i >= 0 and before[i].tag in {"NN", "NNS", "NNP", "NNPS", "JJ", "DT", "PRP$", "POS"}:
        i -= 1
    return i >= 0 and lexicons.is_cue(before, i)


_COPULAS = frozenset(
    {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "have", "has",
     "had", "having", "do", "does", "did", "become", "became", "seem", "seemed", "remain",
     "remained", "sound", "sounds", "look", "looks", "feel", "feels", "felt", "get", "got"}
)  # fmt: skip


_LIST_GAP = re.compile(r"(?:,|,?\s(?:and|or))?\s?$")


def _listed_after(text: str, q: QuotedSpan) -> QuotedSpan | None:
    """The quotation that ``q`` follows in a list ("“Criminal Minds,” “Game of Thrones”
    and “Veep”"): the one closing just before it, a comma, "and" or "or" between."""
    stretch = text[max(0, q.opener - 12) : q.opener]
    gap = _LIST_GAP.search(stretch)
    if gap is None or gap.start() == 0:
        return None
    close = max(0, q.opener - 12) + gap.start() - 1
    mark = text[close]
    if mark not in '\u201d"' or close < 1:
        return None
    opener = (
        text.rfind("\u201c", max(0, close - 200), close)
        if mark == "\u201d"
        else text.rfind('"', max(0, close - 200), close)
    )
    if opener < 0 or "\n" in text[opener:close]:
        return None
    return QuotedSpan(Span(opener + 1, close), opener, close)


_DESCRIBED = re.compile(r"\s*(?:which|whose|(?:an?|the)\s)", re.IGNORECASE)


def _described_after(text: str, q: QuotedSpan, inner: str) -> bool:
    """Does a sentence opened by ``q`` go on to say what it names: its comma inside the
    closing mark, then a relative pronoun or an appositive with no verb of speech before
    the next comma ("“Opening Belle,” which will be in bookstores", "“Tales From the
    Crypt,” an HBO series that first aired in 1989", not "“Absolutely,” a spokesman
    said")?"""
    if text[q.span.end - 1 : q.span.end] != "," or len(inner.split()) < 2:
        return False
    if _DESCRIBED.match(text, q.after) is None:
        return False
    clause = re.split(r"[,.;:!?\u2014]", text[q.after : q.after + 120], maxsplit=1)[0]
    cues = lexicons.cue_forms()
    return not any(w.lower().strip("\u2019'") in cues for w in clause.split())
