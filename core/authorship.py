"""Who wrote or sent the document or statement a quotation is given to ("the report
said", "“…,” it reads", "a letter from the American Legion").

:class:`Authorship` reads it over an article's :class:`~core.speakers.Cast`: the person
or organisation that put a document out, sent it or writes in it, found from how the
article introduced the document ("Cook provided a written statement", "a memo written
by Owen Tate", "the CBO wrote in its analysis"). It holds the Cast and reads its text,
namings, subject reads and organisations; the Cast knows nothing of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from core import lexicons, nlp
from core.document import SpeakerKind, Token
from core.nominals import (
    DOCUMENT_NOUNS,
    NOMINAL_REACH,
    OWNED_HEAD_END,
    POSTED_NOUNS,
    SENT_FROM,
    SENT_LEAD,
    document_body,
)
from core.organisation_names import JOINING_WORDS, looks_like_organisation, organisation_read
from core.person import Person, named_body
from core.person_names import name_words
from core.phrases import (
    joined_name,
    organisation_reading,
    people_of_body,
    person_noun,
    skip_right,
)
from core.quotes import leaves_open
from core.speakers import Cast

LOWER_WORD = re.compile(r"\b[a-z-]+\b")  # a lower-case word, perhaps hyphenated
ANNOUNCED_REACH = 800  # characters before "the statement said" where its announcer is looked for
DOCUMENT_REACH = 400  # characters before "it says" where the document it stands for is looked for
DETERMINED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,3}$"
)  # "a one-line |letter", "A 2023 |report", "The |report": a noun's determiner before it
# a verb of putting a document out, in any of its forms: "sent", "issues", "is releasing"
PUTS_OUT = (
    r"(?:sen(?:ds?|ding|t)|(?:releas|issu)(?:e|es|ed|ing)|publish(?:es|ed|ing)?"
    r"|(?:unveil|launch)(?:s|es|ed|ing)?|fil(?:e|es|ed|ing))"  # "filed a lawsuit"
)
_ORG = (  # "the Department of Veterans Affairs": joiners organisation_read reads across
    r"(?P<org>(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+"
    rf"(?:(?:{JOINING_WORDS})\s+(?:the\s+)?(?=[A-Z]))?){{0,5}}"
    r"(?:[A-Z][\w.&-]*|campaign))"
)
APPOSED = r"(?:,\s+(?:a|an|the)\s+[^,\u201c\u201d\n]{1,80},)?"  # "X|, an evangelical group
# based here,| released": a description set beside an organisation's name
ORGANISATION_SENT = re.compile(  # "The Cruz campaign sent a fundraising |email"
    _ORG + APPOSED + r"\s+(?:\w+ly\s+)?(?:(?:" + PUTS_OUT + r"|put)(?:\s+out)?|said\s+in)"
    r"\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}$"
)
FROM_SENDER = re.compile(SENT_LEAD + rf"(?:{SENT_FROM}|by)\s+")  # and "a report by |the institute"
SENDING_BODY = re.compile(_ORG + r"(?![\w'\u2019-]|\s+[A-Z])")  # "from |the American Legion",
# not "from |Clinton's campaign" nor "from |the State Department's inspector general"
BODY_NOUN_AFTER = re.compile(r"the\s+([a-z]+)(?:['\u2019]s)?\b\W*(\w*)")  # "from |the panel,"
SENDER_REACH = 1500  # characters before "from the panel" where the panel's name is sought
SURNAME_ALONE = re.compile(r"([A-Z][\w-]+)(?![\w'\u2019-])")  # not "Clinton's campaign"
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
SENDER_BETWEEN = re.compile(
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z][\w-]*['\u2019]s\s+)?"  # "the legislature’s"
    r"(?:[a-z][\w'\u2019-]*\s+){0,3}(?:[a-z][\w-]*,\s+)?"
)
DATELINE_PATTERN = r"(?:[A-Z][A-Z .,]*[A-Z][\w.,' ]*\s+[\u2014\u2013-]+\s+)?"  # "RICHMOND, Va. — "
ANNOUNCED = re.compile(  # "Fox News confirmed", "The Trump campaign on Tuesday responded"
    DATELINE_PATTERN
    + _ORG
    + APPOSED
    + r"\s+(?:(?:on|late|early)\s+\w+\s+|\w+ly\s+|(?:later|also|then)\s+)?"
    r"(?:confirmed|announced|responded|stated|declared|replied|said|wrote)\b"
)
SUED = re.compile(  # "His campaign sued the DNC", "The Calloway campaign on Monday filed suit"
    DATELINE_PATTERN + _ORG + r"\s+(?:(?:on|late|early)\s+\w+\s+|\w+ly\s+)?"
    r"(?:sued|filed\s+(?:a\s+)?(?:[\w-]+\s+)?(?:lawsuit|suit|complaint))\b"
)
SUIT_NOUNS = frozenset({"complaint", "lawsuit", "suit"})  # what "X sued" puts out, and
# speaks for X: each names the one filing again ("a lawsuit filed by X ... the suit says")
ISSUED_BY = re.compile(
    r"\s+" + PUTS_OUT + r"(?:\s+out)?\s+(?:\w+\s+){0,2}by\s+" + _ORG
)  # "a statement issued by the Sanders campaign", "A report released in September by"
RELEASED_BEFORE = re.compile(  # "is releasing a new 30-second |ad", "published a |report"
    r"\b" + PUTS_OUT + r"(?:\s+out)?\s+(?:a|an|his|her|its|their)"
    r"\s+(?:[\w-]+\s+){0,3}$"
)
OWNED_AFTER = re.compile(  # what a name owns or heads: "Clinton's campaign", "the Cruz campaign"
    r"['\u2019]s?\b|[ \t\xa0]+(?:and|campaign|team|staff|camp|office|administration|aides?)\b"
)
SUBORDINATE_IT = re.compile(  # "it" opening a subordinate clause: "where |it states"
    r"\b(?:[Ww]here|[Ww]hen|[Ww]hich|[Tt]hat|[Aa]s|[Aa]fter|[Bb]efore|[Ii]f|[Bb]ecause|[Ss]ince"
    r"|[Ww]hile|[Uu]ntil)[ \t\xa0]+\Z"
)
WROTE = re.compile(r"\s+(?:wrote|writes)\b")  # "Robby Mook| wrote": the writer's name before
WRITTEN_IN = re.compile(r"\b[Ii]n (?:a|an|his|her|their|its)(?: [\w-]+)? $")
# "in a note", "in her weekly column": the subject writes in the document (see author_of)
OWNER_BEFORE = re.compile(  # "Lindqvist’s federal |lawsuit": the owner's name, then its "'s"
    r"\b([A-Z][\w-]*(?:[ \t\xa0]+[A-Z][\w-]*){0,3})['\u2019]s?[ \t\xa0]+"
    r"(?:[a-z][\w-]*[ \t\xa0]+){0,2}$"
)
THE_DETERMINED = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}$")  # "The six-page |document"
WROTE_IN_BODY = re.compile(r"\b[Tt]he ([a-z]+) (?:wrote|said|found|concluded) in its(?: [\w-]+)? $")
# "the institute wrote in its |analysis": a body named by a definite noun writes in it
WROTE_IN_NAMED = re.compile(_ORG + r" (?:wrote|said|found|concluded) in its(?: [\w-]+)? $")
# "the CBO wrote in its |analysis": a body named by its name writes in it
RENAMED_NOUNS = frozenset({"analysis", "study", "memorandum", "audit", "review", "survey"})
# documents a later definite document noun may name again ("its analysis ... The report")
WRITTEN_PARTICIPLES = frozenset({"sent", "written", "signed", "penned", "authored", "drafted"})
# "The email was sent ... by": the participles of a passive whose "by" names the writer
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})
BY_REACH = 8  # tokens between the participle and its "by" ("sent at 7:19 p.m. EST by")


def _person_word(word: str) -> bool:
    """Is ``word`` a noun for a person or a title's word ("chairman", "inspector")?"""
    return person_noun(word) or lexicons.is_title_word(word)


class Authorship:
    """Whose words the documents and statements of one article are."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.text = cast.text
        self._writers: dict[int, tuple[Person, Person]] = {}  # a thing's id: it, its writer

    def note_writer(self, thing: Person, writer: Person) -> None:
        """Remember that ``writer`` wrote ``thing`` (a document its sentence names them as
        the writer of: :meth:`passive_writer`), for :meth:`writer_of`."""
        self._writers[id(thing)] = (thing, writer)  # kept alive, so its id is not reused

    def writer_of(self, thing: Person) -> Person | None:
        """Who wrote ``thing``, as :meth:`note_writer` noted it; None otherwise."""
        noted = self._writers.get(id(thing))
        return noted[1] if noted is not None and noted[0] is thing else None

    def document_before(self, at: int) -> Person | None:
        """What "it" before a speech verb at ``at`` stands for when no organisation does: the
        last document or speech noun in its paragraph, outside quotations and within
        ``DOCUMENT_REACH`` characters ("The report itself is blunter. “…,” it says": the
        report; "a message from the mapmaker, Clark Everhart, to a staff member. “…,” it
        read": his; "Fenwick wrote him a one-line letter .... It reads: “…”": his)."""
        begin = max(at - DOCUMENT_REACH, self.text.rfind("\n", 0, at) + 1)
        if SUBORDINATE_IT.search(self.text, begin, at):
            return None  # "a verse where it states", "the editorial ... when it posted"
        found = [
            m
            for m in self._determined_nouns(begin, at, DOCUMENT_NOUNS | lexicons.speech_nouns())
            if not m.group(0).endswith("s")  # "his earlier comments" are no "it"
            and not leaves_open(self.text[begin : begin + m.start()])
        ]
        if not found:
            return None
        used = begin + found[-1].start()
        author = self._sender(used, at) or self._person_author(used)
        noun = found[-1].group(0)
        if (
            author is None
            and noun not in POSTED_NOUNS  # "The post showed ... It says": whoever made it
            and THE_DETERMINED.search(self.text, max(0, used - 40), used)
        ):
            author = self.author_of(noun, used, noun not in lexicons.speech_nouns())
            # "The six-page document also names ... “…,” it says": the memo's writer
        if author is None and WRITTEN_IN.search(self.text, max(0, used - 30), used):
            return None  # "The city said in a statement that it ...": the one who speaks
            # in it, the sentence's subject, not the statement (see Attributor._thing_before)
        return author or self.cast.groups.group(found[-1].group(0), SpeakerKind.ANONYMOUS, at)

    def passive_writer(self, tokens: list[Token], subject: tuple[int, int]) -> Person | None:
        """The person a clause whose subject is the thing ``tokens[subject[0]:subject[1]]``
        names as its writer in a passive with "by" ("The email, released by a watchdog,
        was sent at 7:19 p.m. by then-Chief of Staff Ned Orr, ...": his words when "it
        reads"), past an aside after the subject; None where the clause is no such
        passive or its "by" phrase, up to a comma, names no person."""
        k = skip_right(tokens, subject[1])
        verb = k
        while verb < len(tokens) and (
            tokens[verb].text.lower() in PASSIVE_AUXILIARIES or tokens[verb].tag == "RB"
        ):
            verb += 1  # "was later", "has been"
        if verb == k or verb >= len(tokens) or tokens[verb].text not in WRITTEN_PARTICIPLES:
            return None
        reach = range(verb + 1, min(len(tokens), verb + BY_REACH))
        by = next((n for n in reach if tokens[n].text == "by"), None)
        if by is None or any(t.text == "," for t in tokens[verb:by]):
            return None
        end = next((n for n in range(by + 1, len(tokens)) if tokens[n].text in {",", "."}), None)
        stop = tokens[end].span.start if end is not None else tokens[-1].span.end
        start = tokens[by].span.end
        j = self.cast.namings_before(start)
        if j < len(self.cast.namings):
            span, person = self.cast.namings[j]
            if span.end <= stop and person.kind == SpeakerKind.PERSON:
                return person
        return None

    def _determined_nouns(
        self, begin: int, at: int, nouns: AbstractSet[str]
    ) -> list[re.Match[str]]:
        """The words of ``nouns`` in ``text[begin:at]`` that a determiner opens ("the
        six-page |document", "a |memo"), as matches in that stretch (offsets from
        ``begin``), first to last: what :meth:`document_before` and
        :meth:`_renamed_document` read a document from."""
        return [
            m
            for m in LOWER_WORD.finditer(self.text[begin:at])
            if m.group(0) in nouns
            and DETERMINED.search(self.text, max(begin, begin + m.start() - 60), begin + m.start())
        ]

    def author_of(
        self, noun: str, at: int, written_in: bool = False, renamed: bool = True
    ) -> Person | None:
        """Whose words a definite speech noun is ("“...,” the statement said"): the person
        that is the subject of the sentence that last used the noun (or its verb:
        "emailed") before ``at``, in reach ("Cook provided a written statement"), when it
        stands before the noun, written as their name alone; None otherwise ("Clinton's
        campaign sent an email": the campaign's). With ``written_in`` (a document noun,
        "the note said"), only a use after "in a" counts, where the subject writes in it
        ("Sethi, in a note to clients, wrote"), not one the subject only tells of
        ("workers learned of it from a memo"). A document noun no sentence before uses may
        name the last document again under another noun ("the CBO wrote in its analysis.
        The report adds": :meth:`_renamed_document`), unless ``renamed`` is False."""
        forms = "|".join(sorted(SUIT_NOUNS)) if noun in SUIT_NOUNS else re.escape(noun)
        used = re.compile(rf"\b(?:{forms})(?:s|ed)?\b", re.IGNORECASE)
        own = used.search(self.text, at, at + 40)  # "the statement, which was attributed to"
        if own is not None and (writer := self._sender(own.start(), at)) is not None:
            return writer
        found = [m.start() for m in used.finditer(self.text, max(0, at - NOMINAL_REACH), at)]
        for used_at in reversed(found):  # "a handwritten note from Donald J. Trump": the
            if (sender := self._sender(used_at, at)) is not None:  # writer, whoever the
                return sender  # sentence's subject is, a document noun's too; back over
            word = used.match(self.text, used_at)
            plural = word is not None and word.group(0)[-1:].lower() == "s"  # "Clinton’s
            # emails": what she holds, others' words among them
            if not plural and (owner := self._named_owner(used_at)) is not None:
                return owner  # "Lindqvist’s lawsuit was filed ... the suit says": hers
            if not THE_BEFORE.search(self.text, max(0, used_at - 5), used_at):  # "the email
                break  # said" to "an email was sent from", not past another email
        if written_in and (writer := self._writer_before(at)) is not None:
            return writer  # "“…,” Robby Mook wrote. “…,” the memo stated"
        if written_in:
            told = [n for n in found if not THE_BEFORE.search(self.text, max(0, n - 5), n)]
            found = [n for n in found if WRITTEN_IN.search(self.text, max(0, n - 30), n)]
            if not found and told:
                return self._releaser(told[-1], at)
        if not found and noun in SUIT_NOUNS:
            return self._announcer(at, SUED)  # "His campaign sued ... The complaint says"
        if not found and written_in and renamed and (other := self._renamed_document(noun, at)):
            return other
        if not found:
            return None if written_in else self._announcer(at)
        author = self._sender(found[-1], at) or self._person_author(found[-1])
        author = author or self._organisation_author(found[-1], at)
        if author is None and written_in:
            author = self._body_writing_in(found[-1], at)  # "the department said in its
            # weekly report ... The report warns"
        if (
            author is None
            and not written_in
            and all(THE_BEFORE.search(self.text, max(0, n - 5), n) for n in found)
        ):
            author = self._announcer(found[0])  # "Fox News confirmed ... According to the
            # statement, ...": every use refers back, to what the announcer put out
        return author

    def _named_owner(self, used: int) -> Person | None:
        """The person or organisation whose name, with its "'s", stands before the noun
        used at ``used``, a modifier or two between ("Lindqvist’s federal |lawsuit"); None
        otherwise ("his lawsuit", "the agency’s report": no name)."""
        owned = OWNER_BEFORE.search(self.text, max(0, used - 80), used)
        if owned is None:
            return None
        k = self.cast.namings_before(owned.end(1))
        if k > 0 and (naming := self.cast.namings[k - 1])[0].end == owned.end(1):
            return naming[1] if naming[1].kind != SpeakerKind.ANONYMOUS else None
        return self.cast.names.find_named(owned.group(1), owned.start(1))

    def _renamed_document(self, noun: str, at: int) -> Person | None:
        """The author of the last document named under another noun before ``at`` in its
        paragraph or the one before, within ``DOCUMENT_REACH`` characters, that a definite
        document noun at ``at`` names again ("the institute wrote in its analysis. The
        report adds": the institute's; "a memo written by Owen Tate .... The six-page
        document": his); None where there is none, or its author is not known, or either
        noun is a post or a video ("A recent post ... shows Clinton .... The video": not
        hers)."""
        if noun in POSTED_NOUNS:
            return None  # a post or a video carries others' words (see POSTED_NOUNS)
        begin = max(0, at - DOCUMENT_REACH)
        nouns = (DOCUMENT_NOUNS | RENAMED_NOUNS | lexicons.speech_nouns()) - {noun} - POSTED_NOUNS
        found = self._determined_nouns(begin, at, nouns)
        if not found:
            return None
        end = begin + found[-1].end()
        if (author := self.author_of(found[-1].group(0), end, True, renamed=False)) is not None:
            return author
        return self._body_writing_in(begin + found[-1].start(), at)

    def _body_writing_in(self, used: int, at: int) -> Person | None:
        """The body that writes in the document noun used at ``used``, by its name ("the
        CBO wrote in its |analysis") or by a definite noun ("the institute wrote in its
        |analysis", "the department said in its weekly |report"): the body that noun was
        read as there, else the one it refers back to; None otherwise."""
        named = WROTE_IN_NAMED.search(self.text, max(0, used - 120), used)
        if named is not None and (org := self._organisation_in(named, True, at)) is not None:
            return org
        body = WROTE_IN_BODY.search(self.text, max(0, used - 120), used)
        if body is None:
            return None
        read = self.cast.mentioned_between(body.start(), body.start())
        return next(
            (p for p in read if named_body(p)),
            self.cast.groups.organisation_before(
                body.group(1).lower(), body.start(1), SENDER_REACH
            ),
        )

    def _writer_before(self, at: int) -> Person | None:
        """The person named as the subject of "wrote" last before ``at`` in its paragraph
        ("“…,” Clinton campaign manager Robby Mook wrote. “…,” the memo stated": Mook wrote
        the memo the definite document noun at ``at`` refers back to); None otherwise."""
        begin = self.text.rfind("\n", 0, at) + 1
        found = list(WROTE.finditer(self.text, begin, at))
        if not found:
            return None
        end = found[-1].start()
        return next(
            (
                person
                for span, person in self.cast.namings
                if begin <= span.start and span.end == end and person.kind == SpeakerKind.PERSON
            ),
            None,
        )

    def _releaser(self, used: int, at: int) -> Person | None:
        """Who put out the document a definite document noun refers back to, from the use
        at ``used`` that introduced it: the organisation :meth:`_organisation_author`
        finds ("the Republican National Committee published a report"), or the person
        who is its sentence's subject when a verb of putting out governs the noun
        ("Bernie Sanders is releasing a new 30-second ad. The ad says"); None otherwise
        ("workers learned of it from a memo", "One provided a document")."""
        if (org := self._organisation_author(used, at)) is not None:
            return org
        if RELEASED_BEFORE.search(self.text, max(0, used - 80), used) is None:
            return None
        return self._person_author(used)

    def _announcer(self, at: int, verbs: re.Pattern[str] = ANNOUNCED) -> Person | None:
        """The organisation or person whose announcement a speech noun no sentence before
        uses refers back to ("The Trump campaign on Tuesday responded that .... “...,” the
        statement said"): the subject of the nearest of the two sentences before the one
        at ``at`` that an announcing verb follows (see ``ANNOUNCED``), an organisation
        written as :meth:`_organisation_author` takes one or a person named there as the
        sentence's subject; None otherwise. ``verbs``: :data:`SUED` for a suit's noun ("His
        campaign sued the DNC ... The complaint says")."""
        sentences = self.cast.sentences()
        k = bisect_right(sentences, at, key=lambda s: s.start) - 1
        for sentence in reversed(sentences[max(0, k - 3) : max(0, k + 1)]):
            if sentence.start >= at or sentence.start < at - ANNOUNCED_REACH:
                continue
            found = verbs.match(self.text, sentence.start)
            if found is None or found.end() > at:
                continue
            if (body := self._organisation_in(found, False, at)) is not None:
                return body
            n = bisect_left(self.cast.subject_reads, sentence.start, key=lambda r: r.sentence.start)
            read = self.cast.subject_reads[n] if n < len(self.cast.subject_reads) else None
            if read is None or read.subject.start != found.start("org") or read.person is None:
                return None  # "Trump announced ...": his, when his name is the subject
            return read.person if read.person.kind == SpeakerKind.PERSON else None
        return None

    def _sender(self, used: int, at: int) -> Person | None:
        """The person a "from" phrase right after the speech noun used at ``used`` names,
        a description or a title at most between ("an email from the city manager, Harold
        Quint, to ...": his, whoever the sentence's subject is), or a phrase of its writing
        ("a letter signed by Mayor Tom Edwards", "the statement, which was attributed to
        Miller", "The memo was written by"); or the organisation the phrase names ("a letter
        from the American Legion", "Thursday's memo from the panel": :meth:`_sending_body`),
        the document mentioned at ``at``."""
        found = FROM_SENDER.match(self.text, used)
        if found is None:
            return None
        j = self.cast.namings_before(found.end())
        if j < len(self.cast.namings):  # the next naming, a description or titles before it
            span, person = self.cast.namings[j]
            if SENDER_BETWEEN.fullmatch(self.text, found.end(), span.start) is not None or (
                (titles := self.text[found.end() : span.start].split())  # "signed by |Mayor |Tom"
                and all(map(lexicons.is_title_word, titles))
            ):
                if person.kind == SpeakerKind.PERSON:
                    return person
                return self._sending_body(found.end(), at)
        surname = SURNAME_ALONE.match(self.text, found.end())  # "attributed to |Miller.": the
        if surname is not None:  # one named
            return self.cast.names.find_named(surname.group(1), found.end())
        return self._sending_body(found.end(), at)

    def document_sender(self, tokens: Sequence[Token], i: int, j: int) -> Person | None:
        """The writer or organisation the noun phrase ``tokens[i:j]`` names as its
        document's sender, after the document noun that heads it ("A March 3 letter from
        the Disabled Veterans Alliance", "a report by the institute": :meth:`_sender`);
        None where no document noun stands before "from" or "by" in it."""
        for n in range(i, j - 1):
            noun = tokens[n].text.lower()
            if tokens[n + 1].text.lower() in {"from", "by"} and (
                noun in DOCUMENT_NOUNS or noun in lexicons.speech_nouns()
            ):
                return self._sender(tokens[n].span.start, tokens[i].span.start)
        return None

    def _sending_body(self, start: int, at: int) -> Person | None:
        """The organisation a "from" phrase names from ``start`` ("a letter from |the
        American Legion"), or the one a definite noun for one there refers back to ("Thursday's
        memo from |the panel": :meth:`GroupResolver.organisation_before`), mentioned at ``at``."""
        named = SENDING_BODY.match(self.text, start)
        if named is not None and (body := self._organisation_in(named, True, at)) is not None:
            return body
        noun = BODY_NOUN_AFTER.match(self.text, start)
        if noun is None or person_noun(noun.group(1)) or _person_word(noun.group(2)):
            return None  # "from the governor", "from the panel's chairman", "by the
            # agency's inspector general"
        return self.cast.groups.organisation_before(noun.group(1), start, SENDER_REACH)

    def _person_author(self, used: int) -> Person | None:
        """The person :meth:`author_of` finds for the speech noun used at ``used``."""
        read = self.cast.read_holding(used)
        if read is None:
            return None
        sentence, subject, person = read.sentence, read.subject, read.person
        if person is None or person.kind != SpeakerKind.PERSON or subject.end > used:
            return None
        if OWNED_AFTER.match(self.text, subject.end) or re.search(
            r"\band\b", self.text[sentence.start : subject.end]
        ):
            return None  # "Clinton's campaign sent an email", "Manafort and Miller crafted"
        return person

    def _organisation_author(self, used: int, at: int) -> Person | None:
        """The organisation that sent the speech noun used at ``used`` ("The Cruz campaign
        sent a fundraising email", "a statement issued by the Sanders campaign", "Fox
        News said in a statement"), as its sentence writes it; None otherwise."""
        start = max(self.text.rfind(". ", 0, used), self.text.rfind("\n", 0, used)) + 1
        if (named := self._body_before_noun(start, used, at)) is not None:
            return named  # "A new Pew Research report compares ... From the report:"
        before = ORGANISATION_SENT.search(self.text, start, used)
        after = ISSUED_BY.match(self.text, self.text.find(" ", used, used + 40))
        if before is not None and (people := self._people_of_body(start, before, at)):
            return people  # "Democrats on the House Select Committee released a report"
        found = before or after
        return self._organisation_in(found, before is None, at) if found is not None else None

    def _organisation_in(self, found: re.Match[str], from_start: bool, at: int) -> Person | None:
        """The organisation the ``org`` group of ``found`` (:data:`_ORG`) names, mentioned
        at ``at``: one its words make an organisation's ("the Sanders campaign", "the
        American Legion") or capitalised words after "the" that name no person; None
        otherwise."""
        org = organisation_read(self.text, found, from_start)
        last = org.split()[-1] if org else ""
        if last.endswith(".") and len(last) > 5 and "." not in last[:-1]:
            org = org[:-1]  # "by the Campaign Integrity Project.": the sentence's stop
        if org in ("campaign", "His campaign", "Her campaign"):  # "His campaign sued"
            org = self.cast.nominals.owner_campaign(found.start("org") + len(org) - len("campaign"))
        if not (
            org.endswith(" campaign")
            or looks_like_organisation(org)
            or self._the_named(org, at)
            or joined_name(nlp.tag(nlp.tokenize(org)))
        ):  # "Students for Debt-Free College later said": a name joined across "for"
            return None
        return self.cast.groups.group(re.sub(r"^[Tt]he\s+", "", org), SpeakerKind.ORGANISATION, at)

    def _body_before_noun(self, start: int, used: int, at: int) -> Person | None:
        """The organisation named right before the noun used at ``used``, in its sentence
        from ``start`` ("a new Pew Research report", :meth:`document_body_of`)."""
        head = re.match(r"[\w-]+", self.text[used:])
        tokens = nlp.tagged(self.text, start, used + head.end()) if head else []
        after = [n + 1 for n, t in enumerate(tokens[:-1]) if t.text in OWNED_HEAD_END]
        first = after[-1] if after else 0  # "Four hours earlier, | a Clinton campaign memo"
        return self.document_body_of(tokens, first, len(tokens), at) if tokens else None

    def document_body_of(self, tokens: Sequence[Token], i: int, j: int, at: int) -> Person | None:
        """The organisation whose name stands before the head of the document ``tokens[i:j]``
        (:func:`document_body`: "a Clinton campaign memo", "an Associated Press report"),
        mentioned at ``at``: one its words or the article before ``at`` name so; None
        otherwise ("one Clinton ad": a person's)."""
        found = document_body(tokens, i, j)
        if found is None:
            return None
        name = self.text[tokens[found[0]].span.start : tokens[found[1] - 1].span.end]
        if not (
            looks_like_organisation(name)
            or name.endswith(" campaign")
            or self.cast.groups.names_organisation(name, at)
        ):
            return None
        return self.cast.groups.group(name, SpeakerKind.ORGANISATION, at)

    def _people_of_body(self, start: int, found: re.Match[str], at: int) -> Person | None:
        """The people whose noun phrase, in the sentence from ``start``, the organisation
        ``found`` sending something is the object of a preposition in ("Senior Democrats
        on the House Judiciary Committee sent a letter", :func:`people_of_body`): a group
        described, anonymous; None where the organisation itself is the subject."""
        words = nlp.tag(nlp.tokenize(self.text, start, found.end()))
        after = next(n for n, w in enumerate(words) if w.span.start >= found.end("org"))
        if words[after].tag.startswith("NN"):
            return None  # "the Smith family issued": no adverb but a noun after the name
        words = words[:after]
        first = next(n for n, w in enumerate(words) if w.span.end > found.start("org"))
        first += organisation_reading(words[first:], from_start=False)[0]  # "Members of |
        # the Freedom Caucus": the pattern's joins, read over the tagged words
        begin = people_of_body(words, first)
        if begin is None:
            return None
        people = self.text[words[begin].span.start : found.end("org")]
        return self.cast.groups.group(people, SpeakerKind.ANONYMOUS, at)

    def _the_named(self, org: str, at: int) -> bool:
        """Is ``org`` capitalised words after "the" ("the Holocaust Museum issued a
        statement") that name no person: no title among them ("the Rev. Al Sharpton") and
        none a word of the name of a person the article names before ``at``? A person's
        name takes no article."""
        words = org.split()
        if len(words) < 2 or words[0].lower() != "the" or not words[1][:1].isupper():
            return False
        k = self.cast.namings_before(at + 1)
        named = {
            word
            for _, person in self.cast.namings[:k]
            if person.kind == SpeakerKind.PERSON
            for word in name_words(person.name)
        }
        return not any(nlp.is_title(w) or set(name_words(w)) & named for w in words[1:])
