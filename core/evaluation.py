"""The PolNeAR measure of direct quotations, as ``onrecord eval`` prints it.

Defined in ``../shared/corpora/polnear/README.md``: gold quotations are the spans
between quotation marks that lie, for at least half their length, inside the Content of
an annotated attribution; predictions match gold one to one when their overlap covers
half of each (marks, spaces and edge punctuation stripped); the speaker is right when the
predicted mention overlaps a gold Source span or the predicted name ends with the same
word as the gold Source text. Written from that definition; the reference scorer in
``../shared/tools`` must print the same figures for the same predictions.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Range = tuple[int, int]
EDGE = " \t\n\u201c\u201d\"'\u2018\u2019,.;:"
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})


@dataclass(frozen=True)
class Attribution:
    source: tuple[Range, ...]
    content: tuple[Range, ...]


@dataclass(frozen=True)
class GoldQuote:
    span: Range  # inner text between the marks
    attribution: Attribution | None  # None: quoted text no one is quoted saying


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True)
class PredictedQuote:
    start: int
    end: int
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PredictedQuote:
        return cls(
            int(data["start"]), int(data["end"]), data.get("speaker"),
            data.get("speaker_start"), data.get("speaker_end"),
        )  # fmt: skip


@dataclass(frozen=True)
class Error:
    kind: str  # "miss", "false alarm", "wrong speaker"
    article: str
    span: Range
    predicted_speaker: str | None = None
    gold_speaker: str | None = None


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_right: int = 0
    speaker_total: int = 0
    errors: list[Error] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / max(1, self.speaker_total)

    @property
    def quote_speaker_f1(self) -> float:
        """F1 counting a quotation as found only when its speaker is right too."""
        return _f1(
            self.speaker_right / max(1, self.tp + self.fp),
            self.speaker_right / max(1, self.tp + self.fn),
        )

    def summary(self, articles: int, seconds: float) -> str:
        return (
            f"quotes P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"speaker-acc={self.speaker_accuracy:.3f} "
            f"quote+speaker F1={self.quote_speaker_f1:.3f} articles={articles} "
            f"seconds={seconds:.2f}"
        )


def _f1(p: float, r: float) -> float:
    return 2 * p * r / max(1e-9, p + r)


# ---------------------------------------------------------------- gold
def read_ann(path: Path) -> list[Attribution]:
    """The attributions of a brat standoff file (Source and Content spans)."""
    spans: dict[str, tuple[str, list[Range]]] = {}
    events: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) > 1 and " " in parts[1]:
            label, _, positions = parts[1].partition(" ")
            ranges = []
            for piece in positions.split(";"):
                numbers = piece.split()
                if len(numbers) == 2 and all(n.isdigit() for n in numbers):
                    ranges.append((int(numbers[0]), int(numbers[1])))
            spans[parts[0]] = (label, ranges)
        elif parts[0].startswith("E") and len(parts) > 1:
            events.append(parts[1].split())
    out = []
    for event in events:
        roles: dict[str, list[Range]] = {"Source": [], "Content": []}
        for argument in event[1:]:
            role, _, span_id = argument.partition(":")
            role = re.sub(r"\d+$", "", role)
            if role in roles and span_id in spans:
                roles[role].extend(spans[span_id][1])
        out.append(Attribution(tuple(roles["Source"]), tuple(roles["Content"])))
    return out


def quoted_spans(text: str) -> list[Range]:
    """Spans between double quotation marks, paired as the measure defines."""
    out: list[Range] = []
    curly: int | None = None
    straight: int | None = None
    i, n = 0, len(text)
    while i < n:
        ch, width = text[i], 1
        if ch == "'" and text.startswith("''", i):
            ch, width = '"', 2
        if ch == "\u201c":
            curly = i
        elif ch == "\u201d" and curly is not None:
            out.append((curly + 1, i))
            curly = None
        elif ch == '"':
            if straight is None:
                straight = i + width - 1
            else:
                out.append((straight + 1, i))
                straight = None
        elif ch == "\n":
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            following = '"' if text.startswith("''", j) else (text[j] if j < n else "")
            if curly is not None and following == "\u201c":
                out.append((curly + 1, i))
                curly = None
            if straight is not None:
                if following == '"':
                    out.append((straight + 1, i))
                straight = None
        i += width
    return [(a, b) for a, b in out if b > a]


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def load_split(split_dir: Path, only: Collection[str] | None = None) -> list[GoldArticle]:
    """Every annotated text of a split, once (the first annotator's file in sorted order);
    with ``only`` (names without ".txt"), those texts alone, the rest left unparsed."""
    articles, seen = [], set()
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        text_file = split_dir / "text" / f"{base}.txt"
        if base in seen or (only is not None and base not in only) or not text_file.exists():
            continue
        seen.add(base)
        text = text_file.read_text(encoding="utf-8")
        attributions = read_ann(ann)
        quotes = []
        for span in quoted_spans(text):
            half = (span[1] - span[0]) * 0.5
            owner = next(  # a Content annotated in pieces counts as the sum of its pieces
                (a for a in attributions if sum(_overlap(span, c) for c in a.content) >= half),
                None,
            )
            quotes.append(GoldQuote(span, owner))
        articles.append(GoldArticle(base, text, tuple(quotes)))
    return articles


# ---------------------------------------------------------------- scoring
def trim(text: str, start: int, end: int) -> Range:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def single_quoted(text: str, start: int, end: int) -> bool:
    """Opened by a single quotation mark: such predictions are not scored."""
    start, _ = trim(text, start, end)
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0:
        return False
    if k >= 1 and text[k] in "'\u2018" and text[k - 1] in '"\u201c':
        return False  # a single mark just inside a double one opens a nested quote
    if text[k] == "\u2018":
        return True
    if text[k] != "'" or (k > 0 and text[k - 1] == "'"):
        return False
    return k == 0 or not text[k - 1].isalnum()


def _words(name: str) -> list[str]:
    cleaned = name.replace("\u2019s", "").split()
    return [w.strip(".,\u2019's").lower() for w in cleaned if w.strip(".,\u2019'")]


def speaker_right(text: str, predicted: PredictedQuote, attribution: Attribution) -> bool:
    if predicted.speaker_start is not None and predicted.speaker_end is not None:
        mention = (predicted.speaker_start, predicted.speaker_end)
        if any(_overlap(mention, source) > 0 for source in attribution.source):
            return True
    if predicted.speaker:
        gold = _words(" ".join(text[a:b] for a, b in attribution.source))
        mine = _words(predicted.speaker)
        return bool(gold and mine and gold[-1] == mine[-1] and gold[-1] not in PRONOUNS)
    return False


def pairs(
    article: GoldArticle, preds: Sequence[PredictedQuote]
) -> Iterator[tuple[GoldQuote, int | None, Range]]:
    """Each gold quotation of ``article`` with the index of the prediction it matches
    (or None) and its trimmed span, then each unmatched prediction as ``(None, i, span)``.

    Predictions inside single quotation marks are left out, as the scorer does.
    """
    text = article.text
    kept = [i for i, p in enumerate(preds) if not single_quoted(text, p.start, p.end)]
    trimmed = {i: trim(text, preds[i].start, preds[i].end) for i in kept}
    matched: set[int] = set()
    for gold in article.quotes:
        g = trim(text, *gold.span)
        best, best_overlap = None, 0
        for i in kept:
            if i in matched:
                continue
            p = trimmed[i]
            ov = _overlap(g, p)
            if ov >= 0.5 * (g[1] - g[0]) and ov >= 0.5 * max(1, p[1] - p[0]) and ov > best_overlap:
                best, best_overlap = i, ov
        if best is not None:
            matched.add(best)
        yield gold, best, g
    for i in kept:
        if i not in matched:
            yield None, i, trimmed[i]


def score(
    articles: Sequence[GoldArticle], predictions: Mapping[str, Sequence[PredictedQuote]]
) -> Scores:
    scores = Scores()
    for article in articles:
        text = article.text
        preds = predictions.get(article.name, ())
        for gold, best, span in pairs(article, preds):
            if gold is None:
                scores.fp += 1
                scores.errors.append(Error("false alarm", article.name, span, preds[best].speaker))
                continue
            if best is None:
                if gold.attribution is not None:
                    scores.fn += 1
                    scores.errors.append(Error("miss", article.name, span))
                continue
            if gold.attribution is None:
                scores.fp += 1  # quoted text no one is quoted saying
                scores.errors.append(Error("false alarm", article.name, span, preds[best].speaker))
                continue
            scores.tp += 1
            if gold.attribution.source:
                scores.speaker_total += 1
                if speaker_right(text, preds[best], gold.attribution):
                    scores.speaker_right += 1
                else:
                    source = " ".join(text[a:b] for a, b in gold.attribution.source)
                    scores.errors.append(
                        Error("wrong speaker", article.name, span, preds[best].speaker, source)
                    )
    return scores


def evaluate(
    split_dir: Path, extract_quotes: Callable[[str], Sequence[PredictedQuote]]
) -> tuple[Scores, int, float]:
    """Run the extractor on every text of the split and score it: (scores, articles, s)."""
    articles = load_split(split_dir)
    began = time.perf_counter()
    predictions = {a.name: list(extract_quotes(a.text)) for a in articles}
    seconds = time.perf_counter() - began
    return score(articles, predictions), len(articles), seconds


def write_errors(scores: Scores, articles: Sequence[GoldArticle], path: Path) -> None:
    """Every miss, false alarm and wrong speaker, with its context, grouped by kind."""
    texts = {a.name: a.text for a in articles}
    kinds = ("wrong speaker", "miss", "false alarm")
    lines = [f"{kind}: {sum(e.kind == kind for e in scores.errors)}" for kind in kinds]
    for kind in kinds:
        lines += ["", f"== {kind} =="]
        for e in (e for e in scores.errors if e.kind == kind):
            text = texts[e.article]
            start, end = e.span
            context = (
                text[max(0, start - 200) : start] + "[[" + text[start:end] + "]]"
                + text[end : end + 120]
            ).replace("\n", " | ")  # fmt: skip
            who = f" predicted={e.predicted_speaker!r}" if kind != "miss" else ""
            gold = f" gold={e.gold_speaker!r}" if e.gold_speaker else ""
            lines += [f"{e.article} {start}-{end}{who}{gold}", f"    {context}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
