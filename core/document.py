"""Immutable records that flow through the pipeline.

Every record keeps character offsets into the original article text (Python ``str``
indices), so any quote can be shown highlighted where it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True, slots=True, order=True, init=False)
class Span:
    """A half-open range ``[start, end)`` of character offsets."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # set through the slots themselves (see _SLOTS): the frozen dataclass's own
        # __init__ goes through object.__setattr__, twice as slow, and the tokenizer and
        # tagger make a million spans and tokens over the train articles
        _SLOTS.span_start(self, start)
        _SLOTS.span_end(self, end)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Paragraph:
    span: Span
    index: int


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    paragraph: int


@dataclass(frozen=True, slots=True, init=False)
class Token:
    span: Span
    text: str
    tag: str = ""

    def __init__(self, span: Span, text: str, tag: str = "") -> None:
        _SLOTS.token_span(self, span)  # as Span's
        _SLOTS.token_text(self, text)
        _SLOTS.token_tag(self, tag)


class _SLOTS:
    """The setters of the slots of :class:`Span` and :class:`Token`, for their
    ``__init__``; setting a frozen instance's field elsewhere still raises."""

    span_start = Span.start.__set__
    span_end = Span.end.__set__
    token_span = Token.span.__set__
    token_text = Token.text.__set__
    token_tag = Token.tag.__set__


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    ANONYMOUS = "anonymous"


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a citation needs about an article; every field may be unknown."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    url: str | None = None

    def merged(self, other: Metadata) -> Metadata:
        """Fields of ``self`` where set, else those of ``other``."""
        return Metadata(
            title=self.title or other.title,
            outlet=self.outlet or other.outlet,
            author=self.author or other.author,
            published=self.published or other.published,
            url=self.url or other.url,
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    """One speaker within an article, after coreference.

    ``key`` identifies the speaker across articles: a normalised full name for people,
    the normalised description for organisations and anonymous sources. A surname-only
    person gets a key that binds only within its article (see ``core.speakers``).
    """

    name: str
    kind: SpeakerKind
    key: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # "female" or "male" as this article states it (core.gender)
    # the gender rests only on a "he"/"she" the attribution bound to them, no honorific,
    # kin noun or first name: a guess, which stated evidence elsewhere overrides
    gender_bound: bool = False


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a quote has its speaker: what decided, and the mentions it read."""

    decided_by: str  # a sieve ("cue", "neighbour", "subject", ...), "model", or "none"
    refers_to: Span | None = None  # the earlier naming that "he" or "the minister" means
    candidates: tuple[Span, ...] = ()  # every mention in reach, the chosen one included
    margin: float | None = None  # the model's lead over the runner-up, when it chose


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation, its cue and the mention of its speaker."""

    span: Span  # the quoted words, marks excluded
    text: str  # == article_text[span.start:span.end]
    speaker: Speaker | None = None
    mention: Span | None = None  # the mention the attribution rests on
    cue: str | None = None
    cue_span: Span | None = None
    role: str | None = None  # the role this article gives the speaker
    partial: bool = False  # a fragment inside reported speech
    evidence: Evidence | None = None  # why this speaker (None when not recorded)


class StatementKind(StrEnum):
    DIRECT = "direct"  # the content is quotation
    MIXED = "mixed"  # reported speech holding a partial quotation
    REPORTED = "reported"  # no quotation mark


@dataclass(frozen=True, slots=True)
class Statement:
    """Everything one attribution gives a source: its cue and its content, in pieces
    where one attribution spans several (“A,” she said. “B.”)."""

    kind: StatementKind
    content: tuple[Span, ...]
    text: str  # the pieces' text, joined by " … "
    speaker: Speaker | None = None
    mention: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    role: str | None = None

    @property
    def span(self) -> Span:
        """From the first piece's start to the last one's end."""
        return Span(self.content[0].start, self.content[-1].end)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything ``extract()`` learns from one article."""

    text: str
    metadata: Metadata = field(default_factory=Metadata)
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Statement, ...] = ()

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """The distinct speakers of the quotes, in order of first quote."""
        seen: dict[str, Speaker] = {}
        for quote in self.quotes:
            if quote.speaker is not None and quote.speaker.key not in seen:
                seen[quote.speaker.key] = quote.speaker
        return tuple(seen.values())
