"""Who "he" or "she" refers to: a mention-ranking model over the people referred to before.

Each person the article has referred to before the pronoun is a candidate, represented by
their latest reference (a name, a surname, a pronoun already resolved to them). The
features are what a reader weighs: how far back (people in between, sentences,
paragraphs), whether the gender agrees, how the person was last referred to, whether that
reference opened its sentence (the subject, most often) or stood after a preposition or
as a possessive, whether the person has spoken, how often they were mentioned. A linear
model trained on the gold coreference of GUM (``scripts/train_coref.py``) scores them and
the best wins.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from functools import cache

from core import nlp
from core.ranking import LinearRanker

MODEL_FILE = "coref_perceptron_en.json"
MAX_CANDIDATES = 6  # distinct people, most recent first
PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
PRONOUN_CASE = {"he": "subject", "she": "subject", "him": "object", "his": "possessive"}
OPENERS = frozenset({"but", "and", "so", "then", "still", "yet", "also", "now", "later"})
PREPOSITIONS = frozenset(
    {"of", "with", "to", "by", "for", "from", "about", "against", "on", "in", "at", "like",
     "than", "toward", "towards", "between", "among", "behind", "before", "after", "over"}
)  # fmt: skip
WORD = re.compile(r"[\w'\u2019.\-]+")


@dataclass(frozen=True, slots=True)
class Reference:
    """A stretch of text that refers to ``entity`` (a person)."""

    start: int
    end: int
    entity: Hashable


@dataclass(frozen=True)
class Layout:
    """Where an article's sentences and paragraphs start, for distances."""

    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]

    def sentence(self, at: int) -> int:
        return bisect_right(self.sentence_starts, at)

    def paragraph(self, at: int) -> int:
        return bisect_right(self.paragraph_starts, at)

    def sentence_start(self, at: int) -> int:
        k = bisect_right(self.sentence_starts, at)
        return self.sentence_starts[k - 1] if k else 0


@dataclass(frozen=True)
class Pronoun:
    """The pronoun to resolve and what the article knows when it meets it."""

    word: str
    at: int
    spoken: frozenset[int]  # starts of references that are the speaker of a cue
    gender_of: Callable[[Hashable], str | None]


def _bin(n: int) -> str:
    if n <= 2:
        return str(max(n, 0))
    return "3-4" if n <= 4 else "5+"


def _kind(text: str, ref: Reference) -> str:
    phrase = text[ref.start : ref.end]
    words = WORD.findall(phrase)
    if len(words) == 1 and words[0].lower() in PRONOUN_GENDER:
        return "pronoun"
    if not phrase[:1].isupper():
        return "nominal"
    return "full-name" if len(words) > 1 else "surname"


def _position(text: str, layout: Layout, start: int, end: int) -> tuple[bool, bool, bool]:
    """(opens its sentence, follows a preposition, is a possessive) for a stretch."""
    before = WORD.findall(text[layout.sentence_start(start) : start])
    opens = all(w[:1].isupper() or w.lower() in OPENERS for w in before)
    prep = bool(before) and before[-1].lower() in PREPOSITIONS
    possessive = text[end : end + 2] in ("'s", "\u2019s") or text[end - 2 : end] in (
        "'s",
        "\u2019s",
    )
    return opens and len(before) <= 4, prep, possessive


def candidates(
    text: str, layout: Layout, refs: Sequence[Reference], pronoun: Pronoun
) -> list[tuple[Hashable, list[str]]]:
    """The people ``pronoun`` may refer to, most recent first, with their features.

    ``refs`` are sorted by start; those starting at or after the pronoun are not read.
    """
    k = bisect_right(refs, pronoun.at - 1, key=lambda r: r.start)
    latest: dict[Hashable, Reference] = {}
    counts: dict[Hashable, int] = {}
    spoke: set[Hashable] = set()
    last_speaker = None
    for ref in reversed(refs[:k]):
        if ref.end > pronoun.at:
            continue
        if ref.entity not in latest and len(latest) < MAX_CANDIDATES:
            latest[ref.entity] = ref
        counts[ref.entity] = counts.get(ref.entity, 0) + 1
        if ref.start in pronoun.spoken:
            spoke.add(ref.entity)
            last_speaker = ref.entity if last_speaker is None else last_speaker
    if not latest:
        return []
    word = pronoun.word.lower()
    wanted = PRONOUN_GENDER.get(word)
    case = PRONOUN_CASE.get(word, "object" if word in ("him", "her") else "other")
    p_opens, _, _ = _position(text, layout, pronoun.at, pronoun.at + len(word))
    p_sentence, p_paragraph = layout.sentence(pronoun.at), layout.paragraph(pronoun.at)
    out = []
    compatible = 0
    for rank, (entity, ref) in enumerate(latest.items()):
        gender = pronoun.gender_of(entity)
        agreement = (
            "unknown" if not gender or not wanted else "agree" if gender == wanted else "clash"
        )
        crank = min(compatible, 3) if agreement != "clash" else 9
        compatible += agreement != "clash"
        kind = _kind(text, ref)
        opens, prep, possessive = _position(text, layout, ref.start, ref.end)
        sentences = p_sentence - layout.sentence(ref.start)
        paragraphs = p_paragraph - layout.paragraph(ref.start)
        role = "possessive" if possessive else "oblique" if prep else "opens" if opens else "inside"
        spoken = entity in spoke
        feats = [
            f"rank={min(rank, 4)}",
            f"crank={crank}",
            f"gender={agreement}",
            f"gender|crank={agreement}|{crank}",
            f"sentences={_bin(sentences)}",
            f"paragraphs={_bin(paragraphs)}",
            f"kind={kind}",
            f"role={role}",
            f"role|sentences={role}|{_bin(sentences)}",
            f"kind|role={kind}|{role}",
            f"spoke={spoken}",
            f"last-speaker={entity == last_speaker}",
            f"last-speaker|case={entity == last_speaker}|{case}",
            f"mentions={_bin(counts[entity])}",
            f"case|role={case}|{role}",
            f"opens|role={p_opens}|{role}",
            f"crank|case={crank}|{case}",
            f"full-name-known={kind == 'full-name' or counts[entity] > 1}",
        ]
        out.append((entity, feats))
    return out


def resolve(
    text: str, layout: Layout, refs: Sequence[Reference], pronoun: Pronoun, model: LinearRanker
) -> Hashable | None:
    """The entity the model ranks first (the most recent on ties), or None."""
    found = candidates(text, layout, refs, pronoun)
    if not found:
        return None
    best = max(range(len(found)), key=lambda i: (model.score(found[i][1]), -i))
    return found[best][0]


def layout_of(text: str, sentences: Sequence[Sequence[object]] | None = None) -> Layout:
    """The layout from the article's sentence spans (lists per paragraph), or a rough one
    from its lines and full stops."""
    paragraphs = tuple(m.start() for m in re.finditer(r"[^\n]+", text))
    if sentences:
        starts = tuple(s.start for para in sentences for s in para)  # type: ignore[attr-defined]
    else:
        starts = tuple(sorted({0, *paragraphs, *(m.end() for m in re.finditer(r"[.!?]\s+", text))}))
    return Layout(starts, paragraphs)


@cache
def shipped() -> LinearRanker:
    """The model in ``resources/models``, read once per process."""
    return nlp.read_model(MODEL_FILE, lambda t: LinearRanker.from_json(json.loads(t)))
