"""The pipeline entry: ``extract(text, metadata) -> Analysis``.

A pure function (no I/O, no database, no Qt): text in → paragraphs and sentences with
offsets → quotation spans → cues and speaker mentions → people → quotes with roles.
Everything the GUI shows and everything ``onrecord eval`` scores comes out of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from core import nlp, speaker_choice, statements, transcripts
from core.attribution import Attribution, Attributor
from core.authorship import Authorship
from core.byline import parse_byline
from core.cue_frames import Frame, Mention, frames
from core.document import (
    Analysis,
    Evidence,
    Metadata,
    Paragraph,
    Quote,
    Sentence,
    Span,
    SpeakerKind,
    Statement,
)
from core.gender import with_genders
from core.nominals import second_appositive
from core.person_names import normalise
from core.quotes import scan
from core.roles import add_article_roles
from core.speaker_choice import SpeakerModel
from core.speakers import Cast
from core.subjects import introduce_organisations, introduce_people

PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[Span]:
    """Each non-blank line is a paragraph, trimmed of surrounding spaces."""
    out = []
    for match in PARAGRAPH.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Span(start, end))
    return out


@dataclass
class Reading:
    """An article read as far as its attributions, before roles and output."""

    paragraphs: list[Span]
    sentences: list[list[Span]]
    cast: Cast
    attributions: list[Attribution]
    frames: list[Frame]  # what statements are read from, with the cues found in them
    attributor: Attributor  # whose grammar finds the statements' sources


def attribute(
    text: str, *, exclude: Sequence[Span] = (), model: SpeakerModel | None | bool = True
) -> Reading:
    """Paragraphs, sentences, people and each quotation's attribution.

    ``model`` chooses among competing candidates: True for the shipped model, None for
    the sieves alone (as the training script reads train).
    """

    def kept(span: Span) -> bool:
        return not any(e.contains(span) for e in exclude)

    paras = [p for p in paragraphs(text) if kept(p)]
    sentences = [[s for s in nlp.split_sentences(text, p.start, p.end) if kept(s)] for p in paras]
    quoted = [q for q in scan(text) if not any(e.overlaps(q.span) for e in exclude)]
    cast = Cast(text, [s for sents in sentences for s in sents])
    introduce_people(cast, text, sentences, quoted)
    introduce_organisations(cast, text, quoted)
    chooser = speaker_choice.shipped() if model is True else model or None
    attributor = Attributor(text, cast, chooser)
    all_frames = frames(text, sentences, quoted)
    attributions = list(attributor.run(all_frames))
    return Reading(paras, sentences, cast, attributions, all_frames, attributor)


def extract(
    text: str, metadata: Metadata | None = None, *, exclude: Sequence[Span] = ()
) -> Analysis:
    """Every quotation in ``text`` with its speaker, cue and role.

    ``exclude`` are stretches to leave alone, such as an author's byline and closing bio.
    """
    reading = attribute(text, exclude=exclude)
    paras, sentences, cast = reading.paragraphs, reading.sentences, reading.cast
    # the turns of a transcript are quotations too, though no mark encloses them
    attributions = transcripts.read(text, paras, reading.attributor, reading.attributions)
    drafts = statements.find(text, reading.frames, attributions, reading.attributor)
    attributions = statements.settle_quotations(text, reading.frames, attributions, drafts)
    # a quotation inside a quotation is no row of its own: the outer quotation holds its
    # words under the outer speaker, as PolNeAR's gold does for all 255 of train's
    quoted = [a.mention for a in attributions]
    mentions = quoted + [d.mention for d in drafts]
    _writer_speaks(text, paras, cast, metadata, mentions)
    _documents_writers(reading.attributor.authorship, mentions)
    # a statement's "his credentials show" is no claim of the owner's; a quotation's is
    _owners_speak(reading.attributor, quoted)
    _described_twice(cast, mentions)
    _named_afterwards(cast, mentions)
    speakers = {id(p): p for m in mentions if m and (p := m.person)}
    sources = [(m.span, m.person) for m in mentions if m and m.person]
    add_article_roles(text, cast.people, speakers.values(), sources, cast)
    quotes = []
    for att in attributions:
        quotes.append(_quote(cast, att.quote.span, att.mention, _evidence(cast, att), att.partial))
    analysis = Analysis(
        text=text,
        statements=tuple(_statement(text, cast, d) for d in drafts),
        metadata=metadata or Metadata(),
        paragraphs=tuple(Paragraph(p, i) for i, p in enumerate(paras)),
        sentences=tuple(Sentence(s, i) for i, sents in enumerate(sentences) for s in sents),
        quotes=tuple(quotes),
    )
    return with_genders(analysis)


def _quote(
    cast: Cast, span: Span, mention: Mention | None, evidence: Evidence, partial: bool = False
) -> Quote:
    """The quotation at ``span`` as stored, with the speaker ``mention`` names."""
    person = mention.person if mention else None
    speaker = cast.speaker(person) if person is not None else None
    return Quote(
        span=span,
        text=span.of(cast.text),
        speaker=speaker,
        mention=mention.span if mention else None,
        cue=mention.cue if mention else None,
        cue_span=mention.cue_span if mention else None,
        role=speaker.role if speaker else None,
        partial=partial,
        evidence=evidence,
    )


def _refers_to(cast: Cast, mention: Mention) -> Span | None:
    """The earlier naming a mention ("he", "the minister") refers to, if it names no one."""
    person = mention.person
    if person is None or normalise(mention.span.of(cast.text)) == normalise(person.name):
        return None
    return cast.naming_before(person, mention.span)


def _writer_speaks(
    text: str,
    paras: Sequence[Span],
    cast: Cast,
    metadata: Metadata | None,
    mentions: Sequence[Mention | None],
) -> None:
    """An "I" who speaks outside the quotation marks ("“...,” I said", "I told him, “...”")
    is the writer: the author of a column or a first-person story. Where the byline (or
    the closing bio) names one person, the "I" mentions that found no one are theirs; not
    in a transcript (``transcripts.transcripts``: "FALLIN: I think ..."), where each "I"
    is the one a label names."""
    first_person = [m for m in mentions if m and m.person is None and m.span.of(text) == "I"]
    if not first_person or metadata is None:
        return
    authors = parse_byline(metadata.author)
    if len(authors) != 1 or authors[0].literal or not authors[0].given:
        return  # no byline, two authors, or an organisation's: whose "I" is unknown
    if transcripts.transcripts(text, paras):
        return
    writer = cast.name(authors[0].name, len(text), recent=False)
    for mention in first_person:
        mention.person = writer


def _documents_writers(authorship: Authorship, mentions: Sequence[Mention | None]) -> None:
    """A document that speaks ("“...,” it reads") gives its writer's words where the
    article's sentence about it names the writer ("The email was sent ... by Ned Orr",
    "Orr wrote in the affidavit": :meth:`Authorship.note_writer`), so that its quotations
    join the writer's row, not a row of their own. Read after the speakers are chosen:
    the choice weighs the document as it was read."""
    for mention in mentions:
        if mention and mention.person and (writer := authorship.writer_of(mention.person)):
            mention.person = writer


def _unnamed(mentions: Sequence[Mention | None]) -> Iterator[Mention]:
    """The mentions whose speaker is an unnamed description ("a senior aide")."""
    for mention in mentions:
        if mention and mention.person and mention.person.kind == SpeakerKind.ANONYMOUS:
            yield mention


def _owners_speak(attributor: Attributor, mentions: Sequence[Mention | None]) -> None:
    """A speaker phrase that is a thing of someone's ("His assumption was that “...”",
    "her ads say “...”") gives its owner's words, so that they join the owner's row, not
    a row named by the phrase (:meth:`Attributor.owner_speaking`).
    Read after the speakers are chosen, as :func:`_documents_writers` is."""
    for mention in _unnamed(mentions):
        if (owner := attributor.owner_speaking(mention.span)) is not None:
            mention.person = owner


def _described_twice(cast: Cast, mentions: Sequence[Mention | None]) -> None:
    """An unnamed speaker whose description is the second of two set beside a name
    ("said Lionel Sosa, a media consultant and an influential Republican who said ...")
    is the named person (:func:`nominals.second_appositive`): the relative "who" after
    the second description found it alone, and made a row of it."""
    for mention in _unnamed(mentions):
        at = cast.text.rfind(mention.person.name, 0, mention.span.end)
        span, named = cast.last_naming(at) or (None, None)  # none where ``at`` is -1
        if named is None or named.kind != SpeakerKind.PERSON:
            continue
        if second_appositive(cast.text, span.end, at):
            mention.person = named


def _named_afterwards(cast: Cast, mentions: Sequence[Mention | None]) -> None:
    """An unnamed speaker the article names only after their words ("A woman in the third
    row stood. “...?” she asked. She was Delia Franks") is that person: every mention of
    the description becomes theirs (:meth:`NominalResolver.named_afterwards`)."""
    described: dict[int, list[Mention]] = {}
    for mention in _unnamed(mentions):
        described.setdefault(id(mention.person), []).append(mention)
    for group in described.values():
        named = cast.nominals.named_afterwards(group[0].person, [m.span.start for m in group])
        for mention in group if named is not None else ():
            mention.person = named


def _evidence(cast: Cast, att: Attribution) -> Evidence:
    mention = att.mention
    refers_to = _refers_to(cast, mention) if mention is not None else None
    candidates = tuple(sorted({c.mention.span for c in att.candidates}))
    margin = None if att.margin is None else round(att.margin, 3)
    return Evidence(att.sieve, refers_to, candidates, margin)


def _statement(text: str, cast: Cast, draft: statements.Draft) -> Statement:
    mention = draft.mention
    person = mention.person if mention else None
    speaker = cast.speaker(person) if person is not None else None
    return Statement(
        kind=draft.kind,
        content=tuple(draft.content),
        text=statements.PIECES.join(text[s.start : s.end] for s in draft.content),
        speaker=speaker,
        mention=mention.span if mention else None,
        cue=draft.cue.of(text) if draft.cue else mention.cue if mention else None,
        cue_span=draft.cue or (mention.cue_span if mention else None),
        role=speaker.role if speaker else None,
    )
