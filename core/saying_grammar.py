"""The subjects and objects of saying: who a cue's words make speak.

Given a cue in a frame's tagged words, this reads whether the verb heads its clause
("said", not "continued to deliver"), whether a speech noun's owner or content is in
reach ("her answer to ...", "the claim that ..."), and who the speaker is when it is no
plain subject: the object of a verb of quoting ("quoted X as saying"), of a verb that
makes someone speak ("led her to declare", "rebuked X for saying"), the person a
participle of quoting names, the agent of a thing ("a statement from X"), a share of a
poll's people, "one of them", the subject of an absolute clause, of an extraposed
"it", or of a fronted clause. Pure grammar over tagged tokens."""

from __future__ import annotations

import re

from core import lexicons, nlp
from core.cue_frames import Mention
from core.document import Span, Token
from core.grammar_tags import CLAUSE_OPENERS, NOUN_PHRASE_TAGS, QUOTE_MARK, spaced_dash, time_word
from core.name_runs import QUANTIFIERS
from core.named_after import utterance
from core.people_phrases import personal, surnames_of
from core.person import Person
from core.phrases import (
    BE_FORMS,
    FINITE_TAGS,
    NOUN_TAGS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    appositive_name,
    clause_subject,
    head_word,
    holds_name,
    name_tokens,
    np_after,
    np_before,
    person_noun,
    speaker_like,
)
from core.quotes import QuotedSpan
from core.role_grammar import COPULAS

LEAD_TAGS = frozenset(  # the words of an adverbial lead (:func:`adverbial_lead`)
    {"RB", "RBR", "RBS", "IN", "TO", "DT", "WDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP",
     "NNPS", "POS", ","}
)  # fmt: skip
ADVERBIAL_TAGS = frozenset({"RB", "RBR", "RBS", "IN", "TO"})  # one of these, or a time word
ASPECTUAL = frozenset({"continue", "begin"})  # cues that take an infinitive as an action
PUT_SPEECH_OBJECTS = frozenset({"it", "this", "that"})  # "as she put it", "put this way"
PUT_AS_REACH = 8  # words after "put" that may hold its "as": "put the location on X as"
# what may open the object of "put" as a thing, not speech: a noun phrase's first word or
# a pronoun alone ("put them at risk"). Not a comparative: "It will also put more/JJR
# strain on the deal" stays read as a cue, as before the sets were one (taking "more"
# moves the one whole-train candidate it changes, which a refactor may not)
PUT_OBJECT_TAGS = NOUN_PHRASE_TAGS - {"JJR"} | {"PRP"}
MAX_EXTRAPOSED_WORDS = 5  # "It has not helped that", "it is clear that"
OWNED_REACH = 8  # words between a speech noun and the quotation its complement holds


def finite_speech(words: list[Token], cue: Span) -> bool:
    """Does a speech verb at ``cue`` head its clause, as "said", "told", "will say," and
    "..., saying" do (not "declaring support", "continued to deliver", "will speak at")?"""
    k = next((n for n, t in enumerate(words) if t.span.start == cue.start), None)
    if k is None or lexicons.verb_forms().get(words[k].text.lower()) in ASPECTUAL:
        return False
    if words[k].tag in FINITE_TAGS - {"MD"}:
        return True
    if words[k].tag == "VBN":  # "the pope told reporters" tagged as a participle; not
        return k > 0 and words[k - 1].tag.startswith("NN")  # "has posted", "her reported"
    if words[k].tag == "VBG":
        return k > 0 and words[k - 1].text == ","  # "Francis made clear ..., saying"
    after = words[k + 1].text if k + 1 < len(words) else ""
    return words[k].tag == "VB" and k > 0 and words[k - 1].tag == "MD" and after == ","


def speech_owned(tokens: list[Token], np: tuple[int, int]) -> int | None:
    """Where the head of the subject ``tokens[np[0]:np[1]]`` ends when it is a speech
    act with an owner before it ("Her answer to the new rota", "the coach's reply"):
    the phrase up to there is read as :meth:`core.attribution.Attributor._owned_speech`
    reads one."""
    if tokens[np[0]].tag != "PRP$" and not any(t.tag == "POS" for t in tokens[np[0] : np[1]]):
        return None
    for k in range(np[0] + 1, np[1]):
        if tokens[k].tag in {"IN", "TO"}:
            break
        following = tokens[k + 1].tag if k + 1 < np[1] else ""
        if tokens[k].tag in {"NN", "NNS"} and not following.startswith(("NN", "POS")):
            return k + 1 if utterance(tokens[k]) else None
    return None


def quoted_in_clause(before: list[Token]) -> bool:
    """Does the quotation after ``before`` continue a clause ("insisted that his party was
    “...”"), a word right before it? Then a dash and a name after it are no signature
    but a byline signing the story ("“...”--Kim Hjelmgaard.")."""
    return bool(before) and any(c.isalnum() for c in before[-1].text)


def puts_a_thing(tokens: list[Token], k: int) -> bool:
    """Does "put" at ``k`` take an object other than "it": "put the cost at $12 billion",
    "put his heart into it"? Speech puts "it" ("as she put it", "put it bluntly"), a
    question ("put the question to him") or a name on something as a describing verb does
    ("put the location on their profile as ''Wilayat Twitter''")."""
    words = [t.text.lower() for t in tokens[k + 1 : k + 1 + PUT_AS_REACH]]
    return (
        bool(words)
        and words[0] not in PUT_SPEECH_OBJECTS
        and not any(w.startswith("question") for w in words[:3])
        and "as" not in words
        and tokens[k + 1].tag in PUT_OBJECT_TAGS
    )


def named_before_cue(tokens: list[Token], person: Person, cue: Span) -> bool:
    """Is ``person`` named among ``tokens`` (the words after a nominal, its appositive
    read before) ahead of the nominal's ``cue``, other than as what a copula says the
    nominal is ("the candidate ... was Donald Trump")? A nominal is no one that its own
    clause names: "The attorney general is suing Trump, claiming ..."."""
    surnames = surnames_of(person)
    for k, token in enumerate(tokens):
        if token.span.end > cue.start:
            return False
        if token.text in surnames:
            m = k - 1
            while m >= 0 and tokens[m].text[:1].isupper():
                m -= 1  # "was Donald J. | Trump"
            if m < 0 or tokens[m].text.lower() not in COPULAS:
                return True
    return False


def named_as_object(tokens: list[Token], person: Person, cue: Span) -> bool:
    """Is ``person`` named in the noun phrase right after the verb ``cue`` (among
    ``tokens``): its object or the object's owner ("the senator told Trump", "... in
    blaming Trump's decline")? By binding the verb's subject is someone else. A name of
    several words counts only as the person's own ("told her husband, Frank Fiorina"
    stops at the comma anyway)."""
    surnames = surnames_of(person)

    def theirs(run: list[str]) -> bool:  # a run of proper nouns naming ``person``
        return (
            bool(run) and run[-1] in surnames and (len(run) == 1 or " ".join(run) in person.aliases)
        )

    k = next((k for k, t in enumerate(tokens) if t.span.start >= cue.end), len(tokens))
    if k == 0 or tokens[k - 1].tag[:2] != "VB":
        return False  # a noun cue ("the senator's remark") or "according to": no object
    run: list[str] = []
    for token in tokens[k:]:
        if token.tag not in NOUN_PHRASE_TAGS:
            break
        if token.tag in ("NNP", "NNPS"):
            run.append(token.text)
            continue
        if theirs(run):
            return True
        run = []
    return theirs(run)


def has_cue_word(text: str, span: Span) -> bool:
    forms = lexicons.cue_forms()
    return any(w.lower() in forms for w in re.findall(r"[A-Za-z]+", text[span.start : span.end]))


def attribution_aside(tokens: list[Token], i: int, cue: Span) -> bool:
    """ "Trump isn't a conservative, he said": the pronoun at ``i`` speaks the clause
    before its comma, whose subject is what was said about, not whom "he" means (but
    "When Okafor arrived, he said": a subordinate clause's subject may be)."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i - 1].text == ","
        and tokens[i + 1].span == cue
        and tokens[0].text.lower() not in SUBORDINATORS
    )


POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "study", "questionnaire"})
SHARE_LEADS = frozenset(
    {"just", "only", "about", "nearly", "almost", "roughly", "some", "however", "fully", "over",
     "than", "more", "fewer", "less", "a"}
)  # fmt: skip


def poll_of_share(tokens: list[Token], subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "In a September Washington Post-ABC News poll, 75 percent of Republicans said": a
    share of the people a poll asked speaks through the poll the sentence opens with, its
    source (as PolNeAR's annotators give it); the share alone is a number, no speaker."""
    if subject is None or not tokens or tokens[0].text.lower() not in {"in", "according"}:
        return None
    first = 2 if tokens[0].text.lower() == "according" else 1
    comma = next((n for n in range(first, subject[0]) if tokens[n].text == ","), None)
    if comma is None or comma - first < 2 or tokens[comma - 1].text.lower() in POLL_WORDS:
        poll_at = comma - 1 if comma is not None else None  # "In a new poll,"
    else:
        poll_at = next(
            (n for n in range(first, comma) if tokens[n].text.lower() in POLL_WORDS), None
        )
    if poll_at is None or tokens[poll_at].text.lower() not in POLL_WORDS:
        return None
    n = comma + 1
    while n < subject[0] + 1 and (tokens[n].text.lower() in SHARE_LEADS or tokens[n].text == ","):
        n += 1
    if n >= len(tokens) or tokens[n].tag != "CD" or n > subject[1]:
        return None  # "In a poll, Trump said": a person, no share
    if tokens[poll_at + 1].tag in {"VBN", "VBD"}:
        return (first, poll_at + 1)  # "a CNN/ORC poll | released Monday": not the day
    return (first, comma)


def modifies_noun_cue(tokens: list[Token], np: tuple[int, int], k: int) -> bool:
    """Is ``np``, ending at the cue ``tokens[k]``, a noun, only the cue's own determiner
    and modifiers ("a complicated case to make", "a larger say", "strong support among"),
    no source? No noun and no possessive in it ("my impression": mine), and a comparative
    last; or an article first or a lone adjective, before a noun that is no speech verb's
    form nor ends in "-ed", which the tagger may take for a noun ("the 43-year-old/JJ
    asked/NN", "The general/JJ stumped/NN"), and no quantity ("many think/NN")."""
    words = tokens[np[0] : np[1]]
    if np[1] != k or tokens[k].tag not in {"NN", "NNS"} or not words:
        return False
    if any(t.tag in NOUN_TAGS | {"NNPS"} for t in words):
        return False
    if words[0].tag == "PRP$":
        return False  # "my impression", "his more immediate goal": the owner's
    if words[-1].tag in {"JJR", "JJS", "RBR"}:
        return True
    lone = len(words) == 1 and words[0].tag == "JJ" and words[0].text.islower()
    opened = words[0].text.lower() in {"a", "an", "the"}
    quantity = words[-1].text.lower() in QUANTIFIERS
    verb = lexicons.is_cue(tokens, k) or tokens[k].text.lower().endswith("ed")  # "stumped/NN"
    return (lone or opened) and not quantity and not verb


def opening_subject(tokens: list[Token], comma: int) -> tuple[int, int] | None:
    """The noun phrase that opens ``tokens`` and ends at ``comma``, with no finite verb
    in ``tokens`` but the participle after the comma: a subject whose verb is still to
    come, the participle governing the quotation that ends ``tokens``."""
    if any(t.tag in FINITE_TAGS for t in tokens[:comma] + tokens[comma + 2 :]):
        return None  # a verb before, or a clause of its own before the quotation ("The
        # party, arguing that ... (like X, who called it “...”)": X's words)
    np = np_before(tokens, comma)
    if np is None:
        return None
    dash = max((n for n in range(np[0]) if spaced_dash(tokens, n)), default=-1)
    if any(t.text[:1].isalnum() and t.tag != "CC" for t in tokens[dash + 1 : np[0]]):
        return None  # but for a time or a place set off by a dash ("14:20 — X, speaking")
    return np


def speaker_after(
    tokens: list[Token], k: int, stop_tags: frozenset[str], stop_words: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The speaker-like noun phrase right after the cue ``tokens[k]``, unless the word
    after it shows it to open what was said (a tag of ``stop_tags``: "said the days
    when ...", "said Trump was wrong") or a word of ``stop_words`` follows it. The
    cue's particle comes first ("chimed in Ann Lowry")."""
    start = k + 1
    particle = lexicons.cue_particle(lexicons.verb_forms().get(tokens[k].text.lower(), ""))
    if particle and start < len(tokens) and tokens[start].text.lower() == particle:
        start += 1
    np = np_after(tokens, start)
    if np is None:
        return None
    after = tokens[np[1]] if np[1] < len(tokens) else None
    if after is not None and (after.tag in stop_tags or after.text.lower() in stop_words):
        return None
    return np if speaker_like(tokens[np[0] : np[1]]) else None


def holds_owned_content(tokens: list[Token], noun: Span) -> bool:
    """Do the words after the speech noun at ``noun`` (to the end of ``tokens``, where a
    quotation opens) lead into its content: "that" and a clause of at most
    ``OWNED_REACH`` words with no cue word of its own, or "of X as" (a time
    phrase may come first: "his comment Monday that")."""
    after = [t for t in tokens if t.span.start >= noun.end]
    while after and (time_word(after[0]) or after[0].text.lower() in {"on", "last", "this"}):
        after = after[1:]
    if len(after) < 2:  # a quotation right after the noun is rather what is said of
        return False  # it: "called Trump's comments “toxic”", "said his remark “has no"
    first = after[0].text.lower()
    rest = after[1:]
    if len(rest) > OWNED_REACH or any(lexicons.is_cue(rest, n) for n in range(len(rest))):
        return False
    if first == "that":  # not "that angered", nor "describing X's statement that he
        # opposed the war as “...”" (the describer's words)
        return not rest[0].tag.startswith(("VB", "MD")) and rest[-1].text.lower() != "as"
    if first == "of":
        return (
            len(rest) > 1
            and rest[-1].text.lower() == "as"
            and not any(t.tag in FINITE_TAGS for t in rest)
        )
    return False


def adverbial_lead(tokens: list[Token]) -> bool:
    """Is the lead before a quotation adverbials alone, closed by a comma or colon
    ("Specifically, “...”", "Then, later that month on CNN: “...”", "Last week, “...”")?
    An adverb, a preposition or a word for time in it; no verb, no pronoun, a proper
    noun only inside a prepositional phrase and a common noun outside one only a word
    for time: it says when, where or how the words were said, not who said them, so the
    quotation goes on with the voice before it."""
    if len(tokens) < 2 or tokens[-1].text not in {",", ":"}:
        return False
    if not any(t.tag in ADVERBIAL_TAGS or time_word(t) for t in tokens):
        return False  # "A: “...”", an interview's answer label, is no adverbial
    in_phrase = False  # inside a prepositional phrase, up to the next comma
    for token in tokens[:-1]:
        if token.tag not in LEAD_TAGS:
            return False
        if token.tag in {"IN", "TO"}:
            in_phrase = True
        elif token.tag == ",":
            in_phrase = False
        elif token.tag.startswith("NN") and not in_phrase and not time_word(token):
            return False
    return True


def agent_of(tokens: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """The named agent of a thing that is no speaker ("a court document filed by Dave
    Aronberg", "calculations by Amy Glasmeier", "a statement from the Parents Group"):
    the words came from the agent."""
    words = tokens[np[0] : np[1]]
    if person_noun(head_word(words)) or holds_name(words, titles=True):
        return None
    by = np[1] + (np[1] < len(tokens) and tokens[np[1]].tag == "VBN")
    if by >= len(tokens) or tokens[by].text.lower() not in {"by", "from"}:
        return None
    agent = np_after(tokens, by + 1)
    if agent is None or not holds_name(tokens[agent[0] : agent[1]], titles=True):
        return None
    return agent


def extraposed_subject(tokens: list[Token], j: int) -> tuple[int, int] | None:
    """ "It has not helped that her campaign has cycled through slogans": after an "it"
    that only holds the place of a clause, the subject of that clause, a few words on."""
    reach = range(j, min(j + MAX_EXTRAPOSED_WORDS, len(tokens)))
    that = next((n for n in reach if tokens[n].text.lower() == "that"), None)
    if that is None or not all(t.tag[:2] in {"VB", "RB", "JJ", "MD"} for t in tokens[j:that]):
        return None
    subject = clause_subject(tokens[that + 1 :])
    return (that + 1 + subject[0], that + 1 + subject[1]) if subject else None


def names_a_thing(tokens: list[Token], k: int) -> bool:
    """Does the participle at ``k`` give the name of the thing an indefinite noun phrase
    before it introduces ("a program called Sandy Hook Promise", "a boxing class named for
    Ali", "an inflation formula called the “chained CPI”")? Not a person's words ("a
    spokesman called the plan “...”"): the noun is no person, and a name, "for" or the
    quotation follows at once."""
    np = np_before(tokens, k)
    if np is None or np[1] != k or tokens[np[0]].text.lower() not in {"a", "an"}:
        return False
    head = tokens[k - 1]
    if head.tag not in {"NN", "NNS", "NNP"} or person_noun(head.text.lower()):
        return False
    n = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].text.lower() == "the")
    return n >= len(tokens) or tokens[n].text[:1].isupper() or tokens[n].text in {"for", "after"}


def gapped_naming(tokens: list[Token], k: int) -> bool:
    """Is the naming verb at ``k`` in a relative clause with no relative word, whose gap
    is the name ("using [the nickname] he called her as a child. “...”")? The thing named
    is the noun before the clause's subject, so nothing is said: a common noun, a subject
    pronoun, the verb, its object, then a preposition or a break ("the day she called
    him, ...": a call). "called for" and "called on" ask for something, and a name or a
    quotation after the object is what was said ("In the speech he called it “...”")."""
    if k < 2 or tokens[k - 1].tag != "PRP" or tokens[k - 2].tag not in {"NN", "NNS"}:
        return False
    if tokens[k - 1].text.lower() not in SUBJECT_PRONOUNS:
        return False
    n = k + 1
    if n < len(tokens) and tokens[n].tag == "PRP":
        n += 1  # the one named: "her"
    if n == len(tokens):
        return False  # the stretch ends where a quotation opens: "he called it “...”"
    after = tokens[n]
    return after.tag in {"IN", "TO", ",", ".", ":"} and after.text.lower() not in {"for", "on"}


def named_object(tokens: list[Token], subject: tuple[int, int]) -> tuple[int, int] | None:
    """A person named at the end of a clause before a colon whose subject is a thing
    ("The timing of the surge doesn't surprise pollster Daron Shaw: “...”"): the one
    whose words follow."""
    words = tokens[subject[0] : subject[1]]
    if words[0].tag == "PRP" or person_noun(head_word(words)) or holds_name(words):
        return None
    np = np_before(tokens, len(tokens) - 1)
    if np is None or np[0] <= subject[1]:
        return None
    before = tokens[np[0] - 1]
    if not (before.tag[:2] == "VB" or before.text.lower() == "from"):
        return None  # "a voice spoke in Iowa:": a place, no speaker
    inner = [n for n in range(np[0], np[1]) if tokens[n].tag in {"IN", "TO"}]
    if inner:  # "a response from Sen. Ann Pell:" the source; "the attacks on Twitter:" none
        if tokens[inner[-1]].text.lower() != "from":
            return None
        np = (inner[-1] + 1, np[1])
    named = tokens[np[0] : np[1]]
    return np if named and name_tokens(named) is not None and speaker_like(named) else None


FRONTED_CLAUSE_JOINS = frozenset({"and", "but", "so", "yet", "then"})  # "And when X said"


def fronted_clause_closes(text: str, start: int, held: Mention, q: QuotedSpan) -> bool:
    """Does ``q`` close the fronted subordinate clause whose cue ``held`` is ("When someone
    in the audience shouted, “Cruz,” Beck joked", "After X told reporters that he would
    “sleep on it,” the White House called")? The sentence (from ``start``) opens with the
    subordinator, a conjunction at most before it, and the cue's subject follows it (not
    "..., while the March states account for ... and “...,” Mook wrote"); nothing but the
    cue's own words stand between the cue and the quotation (no comma but one right after
    the cue: not "When X said he would run, “...,” Y said") and a comma ends the quotation."""
    if not held.subordinate or held.cue_span.end > q.opener:
        return False
    opening = [w.strip(",").lower() for w in text[start : held.span.start].split()]
    if opening[:1] and opening[0] in FRONTED_CLAUSE_JOINS:
        opening = opening[1:]
    if len(opening) != 1 or opening[0] not in CLAUSE_OPENERS:
        return False
    between = text[held.cue_span.end : q.opener].lstrip(" ,:")
    if "," in between or QUOTE_MARK.search(between):
        return False
    inside = text[q.span.start : q.span.end].rstrip()
    return inside.endswith(",") or text[q.after : q.after + 1] == ","


QUOTING_VERBS = frozenset(
    {"quote", "quotes", "quoted", "quoting", "cite", "cites", "cited", "citing"}
)


def quoted_as(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The object of a verb of quoting before "as" and the participle at ``k`` ("quotes
    Cllr Janet Rowe as saying", "quoted a senior aide as describing"): who spoke."""
    if k < 3 or tokens[k - 1].text.lower() != "as":
        return None
    verb = next(
        (n for n in range(k - 2, max(-1, k - 20), -1) if tokens[n].text.lower() in QUOTING_VERBS),
        None,
    )
    if verb is None or verb + 1 >= k - 1 or tokens[verb + 1].text.lower() == "by":
        return None  # "was quoted by Marca as saying": the subject, quoted
    np = (verb + 1, k - 1)
    comma = next((n for n in range(*np) if tokens[n].text == ","), None)
    if comma is not None and comma > np[0] and tokens[k - 2].text == ",":
        np = (np[0], comma)  # "quoted Jonas Abt, head of infrastructure, as saying": the
        # name before its appositive
    if any(t.text in {",", ";", ":"} or t.tag in FINITE_TAGS for t in tokens[np[0] : np[1]]):
        return None
    return np if speaker_like(tokens[np[0] : np[1]]) else None


OBJECT_PRONOUNS = frozenset({"him", "her"})
MADE_PRONOUNS = OBJECT_PRONOUNS | {"them"}  # "led them to call": who may be made to speak


def object_saying(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The object pronoun of a finite verb right before the speech participle at ``k``
    ("The minutes record him saying that ...", "The tape caught her telling ..."): the
    participle's subject is that object, who speaks, not the verb's subject (the minutes,
    the tape). "her" before a noun ("her saying" as a gerund's owner) is read the same."""
    if k < 2 or tokens[k - 1].text.lower() not in OBJECT_PRONOUNS:
        return None
    verb = tokens[k - 2]  # an object pronoun follows a verb or a preposition; the tagger
    # may take the verb for a plural noun ("The recording captures/NNS him saying")
    if (
        verb.tag not in FINITE_TAGS | {"NNS"}
        or not verb.text.isalpha()
        or verb.text.lower() in lexicons.cue_forms()
    ):
        return None  # "with him saying", "told him saying": not this
    return (k - 1, k)


def after_that(tokens: list[Token], i: int) -> bool:
    """Does a demonstrative "that" stand before the noun at ``i``, outside the phrase the
    reading gave ("“...,” that person said": the phrase is "person"; the tagger may call
    it a preposition)?"""
    return i > 0 and tokens[i - 1].text.lower() == "that"


def object_for_saying(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The direct object of a finite verb before "for" and the speech participle at ``k``
    ("Pryce rebuked Rep. Lee Bolling, a freshman, for saying ...", "Ruiz mocked Dale for
    calling himself ..."): the one blamed or praised for the words said them, not the
    verb's subject. A person only (a name, a person's noun, "him"), right after the verb
    and followed by "for" or by an appositive and "for"; not a preposition's object
    ("apologized to Dale for saying": the subject's own words)."""
    if k < 3 or tokens[k - 1].text.lower() != "for":
        return None
    verb = next(
        (n for n in range(k - 2, max(-1, k - 25), -1) if tokens[n].tag in FINITE_TAGS), None
    )
    np = np_after(tokens, verb + 1) if verb is not None else None
    if verb is None or np is None or np[0] != verb + 1:
        return None
    words, rest = tokens[np[0] : np[1]], tokens[np[1] : k - 1]
    person = (
        holds_name(words, titles=True)
        or person_noun(head_word(words))
        or len(words) == 1
        and words[0].text.lower() in OBJECT_PRONOUNS | {"them"}
    )
    appositive = (  # ", a first-term Republican," not ", out of a possible four,"
        len(rest) > 2
        and rest[0].text == rest[-1].text == ","
        and (rest[1].tag in {"DT", "PRP$"} or rest[1].text.lower() == "who")
    )
    if rest and not appositive or any(t.tag in FINITE_TAGS for t in rest):
        return None
    return np if person else None


QUOTING_PARTICIPLES = frozenset({"quoting", "citing"})
QUOTED_ENDS = frozenset({",", ":", ".", "as", "that"})


def quoting_named(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The person named after a participle of quoting that follows the cue at ``k`` ("The
    agency said in a statement, quoting its director, Jane Roe:", "Acme said, citing chief
    executive John Doe, that ..."): the words are theirs, the cue's subject passes them on.
    Only a name with a first name or a title in it: "citing a report", "citing Trump's
    appeal", "quoting an anonymous official" leave the words to the cue's subject."""
    if tokens[k].text.lower() in QUOTING_PARTICIPLES:
        q = k - 1  # "The ministry said, citing ...": the participle itself the cue
    else:
        q = next((n for n in range(k + 1, len(tokens)) if tokens[n].text == ","), len(tokens))
        if any(t.tag in FINITE_TAGS or t.text in {";", ":"} for t in tokens[k + 1 : q]):
            return None  # "said in a statement, quoting": adjuncts only between
    if q < 0 or q + 2 >= len(tokens) or tokens[q].text != ",":
        return None
    if tokens[q + 1].text.lower() not in QUOTING_PARTICIPLES:
        return None
    np = np_after(tokens, q + 2)
    if np is None:
        return None
    colon = next((n for n in range(np[1], len(tokens)) if tokens[n].text == ":"), len(tokens))
    if not holds_name(tokens[np[0] : np[1]]) and (named := appositive_name(tokens[:colon], np[1])):
        np = named  # "quoting its director, Jane Roe:": the name its appositive
    words = tokens[np[0] : np[1]]
    if any(w.tag == "POS" or w.text in {"\u2019s", "'s"} for w in words):
        return None  # "citing Trump's blue-collar appeal": a thing of someone's
    if np[1] < len(tokens) and tokens[np[1]].text.lower() not in QUOTED_ENDS:
        return None
    person = any(nlp.written_first_name(w.text) or lexicons.is_title_word(w.text) for w in words)
    return np if person and holds_name(words) else None


def object_speaking(tokens: list[Token], np: tuple[int, int]) -> bool:
    """Is ``np``, right before an -ing cue with no comma between, the object of a finite
    verb that stands right before it, and someone who can speak ("the minutes record a
    director saying", "a video shows Mayor Ana Ruiz saying")? The object is the
    participle's subject; not a thing ("issued a statement saying": the subject's), nor
    a phrase with a name after a preposition ("wrote a letter to Zucker asking")."""
    i, j = np
    verb = tokens[i - 1] if i > 0 else None
    if verb is None or verb.tag not in nlp.TENSED_TAGS or verb.text.lower() in BE_FORMS:
        return False
    if any(t.tag in {"WDT", "WP"} for t in tokens[: i - 1]):
        return False  # in a relative clause ("the emails, which included staff members
        # suggesting"), whose voice a quotation in the next paragraph would take up
    words = tokens[i:j]
    if all(w.text[:1].isupper() for w in words):  # a name, or a title and a name
        return holds_name(words, titles=True)
    return person_noun(head_word(words))  # not "a letter to Zucker", "a message on Twitter"


def made_to_speak(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The object that a verb, no speech verb itself, makes speak in the cue at ``k``
    after "to" ("a win that led her to declare", "prompting Mayor Ruiz to warn"): the
    object says the words. Not the object of a speech verb ("urged him to call", "asked
    her to describe": the words are the asker's, or no one's yet), nor a thing ("led the
    paper to call"), nor an object that is no noun phrase of its own ("wants to say")."""
    if k < 3 or tokens[k - 1].text.lower() != "to":
        return None
    pronoun = tokens[k - 2].tag == "PRP" and tokens[k - 2].text.lower() in MADE_PRONOUNS
    np = (k - 2, k - 1) if pronoun else np_before(tokens, k - 1)  # "led her to declare"
    if np is None or np[1] != k - 1 or np[0] == 0:
        return None
    if np[0] > 1 and tokens[np[0] - 1].text.lower() in {"like", "including"}:
        head = np_before(tokens, np[0] - 1)  # "leading advisers like Gene Sperling to"
        np = (head[0], np[1]) if head is not None and head[0] > 0 else np
    verb = tokens[np[0] - 1]
    if not verb.tag.startswith("VB") or verb.text.lower() in BE_FORMS:
        return None
    if lexicons.is_cue(tokens, np[0] - 1) or not (pronoun or personal(tokens, np)):
        return None
    return np


def cue_word_in(words: str) -> bool:
    """Whether the words hold a lower-case form of a speech verb ("said", "told")."""
    forms = lexicons.cue_forms()
    return any(w in forms for w in re.findall(r"\b[a-z]+\b", words))


MEMBER_OF = frozenset({"one", "another", "each"})  # "one of them said": one of a group


def member_of_them(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """ "“...,” one of them said": the words "one of them" (or "another of those") just
    before the cue at ``k``, a subject ``np_before`` does not read (its head is a number,
    its last word an object pronoun); None otherwise. After a person's noun and a
    preposition ("an aide to one of them said", "a spokesman for one of them") the words
    only modify it: that person speaks, not one of the group."""
    if k < 3 or [t.text.lower() for t in tokens[k - 2 : k]] not in (
        ["of", "them"],
        ["of", "those"],
    ):
        return None
    if tokens[k - 3].text.lower() not in MEMBER_OF:
        return None
    if k > 4 and tokens[k - 4].tag in {"IN", "TO"}:
        owner = np_before(tokens, k - 4)
        owned = owner is not None and person_noun(head_word(tokens[owner[0] : owner[1]]))
        return owner if owned else None
    return (k - 3, k)


def apposed_absolute_subject(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of an absolute clause opened by "with" whose participle at ``k`` follows
    an appositive set off by commas ("with one of them, Sen. Carl Dunmore of Minnesota,
    saying"): the name in the appositive, else the subject (not "one of them", which the
    group's reading gives); None otherwise."""
    if k < 4 or tokens[k - 1].text != ",":
        return None
    comma = k - 2
    while comma > 0 and tokens[comma].text != ",":
        comma -= 1
    if comma < 4 or any(t.tag in FINITE_TAGS for t in tokens[comma : k - 1]):
        return None  # "With the convention nearing, Trump has signaled ..., offering": a clause
    member = tokens[comma - 3].text.lower() in MEMBER_OF and [
        t.text.lower() for t in tokens[comma - 2 : comma]
    ] in (["of", "them"], ["of", "those"])
    subject = (comma - 3, comma) if member else np_before(tokens, comma)
    if subject is None or subject[0] == 0 or tokens[subject[0] - 1].text.lower() != "with":
        return None
    named = appositive_name(tokens, comma)
    if named is not None and named[1] <= k - 1:
        return named  # the name, then perhaps its state ("Sen. Carl Dunmore of Minnesota")
    return None if member else subject  # "with one of them, a Democrat, saying": the group
