"""Train the statement model (``core.statement_model``) on PolNeAR train and measure it
by cross-validation.

    .venv/bin/python scripts/train_statements.py            # cross-validate, train, write
    .venv/bin/python scripts/train_statements.py --folds 0  # train and write only
    .venv/bin/python scripts/train_statements.py --fold-models D --no-model  # folds only

Reads ``../shared/corpora/polnear/train`` (text and brat attributions, the first
annotator's file per article) and writes ``resources/models/statements_en.json``.
A word is a candidate cue when its forms together ("plans", "planned": one stem, a
family) or the word alone ("stated", whose stem the noun "state" dominates) lie inside an
annotated Cue at least ``MIN_CUES`` times and in at least ``MIN_SHARE`` of their
occurrences, and it is no closed-class word; every form of such a family is a candidate,
even one train never shows inside a cue or at all ("adds", "assails"); the cue model (a
logistic regression) learns which occurrences cue an attribution, the end model where a
content stops.
Training is deterministic (sorted articles, an order by the examples' own features,
sorted JSON keys) and steady: a few examples more leave the others' order alone. Folds
split the articles, never an article's sentences.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import nlp  # noqa: E402
from core.cue_frames import frames  # noqa: E402
from core.document import Span  # noqa: E402
from core.extract import paragraphs  # noqa: E402
from core.quotes import scan  # noqa: E402
from core.statement_model import (  # noqa: E402
    BREAKS,
    MODEL_FILE,
    START_REACH,
    Linear,
    StatementModel,
    Words,
    clause_verb,
    cue_features,
    end_features,
    frame_words,
    source_head,
    start_features,
    stem,
)
from core.statements import (  # noqa: E402
    CLOSING,
    PREPOSITIONS,
    content_opening,
    cue_end,
    passive_cue,
)

POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
MODEL_PATH = ROOT / "resources" / "models" / MODEL_FILE
Example = tuple[list[str], bool]
SEED = 1729
MIN_CUES = 2
MIN_SHARE = 0.1
# the cue model's log-odds a word must pass to cue: below 0 because a missed cue costs
# more than a false one, set by the fold models' statement figures on train
CUE_THRESHOLD = -0.3
# the logistic regressions: passes, first step size, the cue model's L2 penalty (set by the
# fold models on train: an averaged perceptron learnt the train cues by heart, F1 0.990 on
# articles it saw against 0.787 on the others)
EPOCHS = 6
BURN_IN = 1  # passes before the weights are averaged
RATE = 0.2
PENALTY = 3e-4
END_PENALTY = 1e-4  # the end model's
END_THRESHOLD = -0.25  # the end model's log-odds a content stops at
START_PENALTY = 1e-4  # the start model's
START_SMALLEST = 0.05  # the start model's weights nearer 0 left out (the same fold figures as 0.02)
START_THRESHOLD = -1.0  # the start model's log-odds a content begins at (set on train folds)
SMALLEST = 0.02  # weights nearer 0 are left out of the file (17 -> 7.6 MB; see the models README)
# the cue model's: 174,000 -> 102,000 weights, the train fold figures the same (13,444 -> 13,453
# content matches; at 0.04 13,438, at 0.05 13,442 with 61 more statements) and its lookups a
# seventh quicker; the end model's weights are all needed (at 0.03 -8 matches, at 0.05 -7)
CUE_SMALLEST = 0.03
MIN_STOPS = 5
MIN_INSIDE = 10  # annotated cues of a word before it may stand inside its content
MIN_SOURCELESS = 5  # annotated cues of a word naming no source, before it may cue alone
SOURCELESS_SHARE = 0.6  # of its annotated cues
MIN_PASSIVE = 3  # annotated passive cues of a word naming no source, before its passive names none
INSIDE_SHARE = 0.6  # of them inside a content that names no source
COMPLEMENT_SHARE = 0.5  # of a cue word's uses before a preposition that hold it in the cue
MIN_SOURCE_CUES = 3  # annotated cues opening with a preposition before a source's head
SOURCE_SHARE = 0.2  # of the preposition's uses before that head
SOURCE_PREPOSITIONS = frozenset({"in", "for", "to", "among", "under", "on", "at"})
CANDIDATE_PREPOSITIONS = PREPOSITIONS | {"as"}  # what a cue's complement may begin with
CLOSED_CLASS = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "to", "of", "in", "on", "at", "for",
     "with", "by", "from", "about", "against", "over", "into", "onto", "out", "up", "down",
     "off", "as", "than", "like", "after", "before", "since", "during", "under", "through",
     "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
     "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "not",
     "no", "and", "or", "but", "so", "if", "s", "t", "don", "it", "he", "she", "they", "we",
     "i", "you", "his", "her", "their", "its", "our", "my", "them", "him", "me", "us", "what",
     "who", "which", "how", "why", "when", "where", "whether", "there", "also", "just", "even",
     "still", "now", "then", "more", "most", "much", "very"}
)  # fmt: skip


@dataclass
class Gold:
    """One annotated attribution: its cue and content ranges, whether it names a source,
    and the source's ranges."""

    cue: list[tuple[int, int]]
    content: list[tuple[int, int]]
    sourced: bool = True
    source: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Article:
    name: str
    sentences: list[Words]  # a frame's words each
    attributions: list[Gold]

    @cached_property
    def cue_chars(self) -> set[int]:
        """Offsets inside the cue of any attribution."""
        return {k for g in self.attributions for s, e in g.cue for k in range(s, e)}


def read_attributions(path: Path) -> list[Gold]:
    """The attributions of a brat file that have a cue and a content."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            pairs = [piece.split() for piece in parts[1].partition(" ")[2].split(";")]
            spans[parts[0]] = [
                (int(p[0]), int(p[1]))
                for p in pairs
                if len(p) == 2 and p[0].isdigit() and p[1].isdigit()
            ]
        elif parts[0].startswith("E"):
            args = (arg.split(":", 1) for arg in parts[1].split()[1:] if ":" in arg)
            events.append({role.rstrip("0123456789"): tid for role, tid in args})
    return [
        Gold(
            spans.get(roles["Cue"], []),
            spans.get(roles["Content"], []),
            "Source" in roles,
            spans.get(roles.get("Source", ""), []),
        )
        for roles in events
        if "Content" in roles and "Cue" in roles
    ]


def load(split: Path, limit: int | None = None) -> list[Article]:
    """The split's articles in sorted order (the first ``limit`` of them)."""
    articles: list[Article] = []
    seen: set[str] = set()
    for ann in sorted((split / "attributions").glob("*.ann")):
        if limit is not None and len(articles) >= limit:
            break
        name = ann.stem.rsplit("_", 1)[0]
        text_path = split / "text" / f"{name}.txt"
        if name in seen or not text_path.exists():
            continue
        seen.add(name)
        text = text_path.read_text(encoding="utf-8")
        paras = paragraphs(text)
        sentences = [nlp.split_sentences(text, p.start, p.end) for p in paras]
        words = [
            frame_words(text, f.span, [Span(q.opener, q.after) for q in f.quotes])
            for f in frames(text, sentences, scan(text))
        ]
        articles.append(Article(name, words, read_attributions(ann)))
    return articles


def is_cue(words: Words, i: int, chars: set[int]) -> bool:
    return any(k in chars for k in range(words.starts[i], words.ends[i]))


def vocabulary(articles: list[Article]) -> tuple[frozenset[str], frozenset[str]]:
    """The words whose forms together ("plan", "plans", "planned") or which alone
    ("stated", not "state") lie inside an annotated cue at least ``MIN_CUES`` times and in
    ``MIN_SHARE`` of their occurrences, and the stems of those families: every form of
    one stands as a candidate, even one never seen inside a cue ("adds" where "added"
    is) or never seen at all ("assails"), the cue model reading its stem. No closed-class
    word, nor a family a closed-class word's stem names ("having", "have")."""
    seen, cued = Counter(), Counter()
    for article in articles:
        for words in article.sentences:
            for i, word in enumerate(words.lowers):
                seen[word] += 1
                cued[word] += is_cue(words, i, article.cue_chars)
    family_seen, family_cued = Counter(), Counter()
    for word, n in seen.items():
        family_seen[stem(word)] += n
        family_cued[stem(word)] += cued[word]

    def often(cues: int, seen: int) -> bool:
        return cues >= MIN_CUES and cues >= MIN_SHARE * seen

    closed = {stem(w) for w in CLOSED_CLASS}
    families = (
        frozenset(s for s, n in family_cued.items() if often(n, family_seen[s]) and s.isalpha())
        - closed
    )
    vocab = frozenset(
        w
        for w, n in seen.items()
        if (stem(w) in families or often(cued[w], n)) and w not in CLOSED_CLASS and w.isalpha()
    )
    return vocab, families


def inside_words(articles: list[Article], vocab: frozenset[str]) -> frozenset[str]:
    """The cue words whose attributions mostly name no source and hold the cue inside
    their content ("the deal seems to hold", "he is expected to win")."""
    cued, inside = Counter(), Counter()
    for word, gold in first_cue_words(articles, vocab):
        (c0, c1), content = gold.cue[0], gold.content
        cued[word] += 1
        inside[word] += content[0][0] <= c0 and c1 <= content[-1][1] and not gold.sourced
    return frozenset(
        w for w, n in cued.items() if n >= MIN_INSIDE and inside[w] >= INSIDE_SHARE * n
    )


def first_cue_words(articles: list[Article], vocab: frozenset[str]) -> Iterator[tuple[str, Gold]]:
    """Each annotated attribution's first cue word of the vocabulary, with the
    attribution."""
    for article in articles:
        for words in article.sentences:
            for gold in article.attributions:
                if not gold.cue or not gold.content:
                    continue
                c0, c1 = gold.cue[0]
                if not words.starts or not words.starts[0] <= c0 < words.ends[-1]:
                    continue
                k = words.index_at(c0)
                while k < len(words) and words.starts[k] < c1 and words.lowers[k] not in vocab:
                    k += 1
                if k < len(words) and words.starts[k] < c1:
                    yield words.lowers[k], gold


def sourceless_words(articles: list[Article], vocab: frozenset[str]) -> frozenset[str]:
    """The cue words whose attributions mostly name no source ("reportedly", "the
    disclosure that"): at least ``MIN_SOURCELESS`` of them, ``SOURCELESS_SHARE`` of all."""
    cued, sourceless = Counter(), Counter()
    for word, gold in first_cue_words(articles, vocab):
        cued[word] += 1
        sourceless[word] += not gold.sourced
    return frozenset(
        w
        for w, n in cued.items()
        if sourceless[w] >= MIN_SOURCELESS and sourceless[w] >= SOURCELESS_SHARE * n
    )


def passive_words(articles: list[Article], vocab: frozenset[str]) -> frozenset[str]:
    """The cue words whose agentless passives mostly name no source, their subject being
    what is talked of ("Roe was *asked* about", "he is *accused* of"; not "she was
    *convinced* that", whose subject holds the view): at least ``MIN_PASSIVE`` annotated
    passive cues of the word with no source, ``SOURCELESS_SHARE`` of them."""
    cued, sourceless = Counter(), Counter()
    for article in articles:
        for words in article.sentences:
            for gold in article.attributions:
                if (
                    not gold.cue
                    or not words.starts
                    or not words.starts[0] <= gold.cue[0][0] < words.ends[-1]
                ):
                    continue
                c0, c1 = gold.cue[0]
                k = words.index_at(c0)
                while k < len(words) and words.starts[k] < c1 and words.lowers[k] not in vocab:
                    k += 1
                if k < len(words) and words.starts[k] < c1 and passive_cue(words, k):
                    cued[words.lowers[k]] += 1
                    sourceless[words.lowers[k]] += not gold.sourced
    return frozenset(
        w
        for w, n in cued.items()
        if sourceless[w] >= MIN_PASSIVE and sourceless[w] >= SOURCELESS_SHARE * n
    )


def complements(articles: list[Article], vocab: frozenset[str]) -> frozenset[str]:
    """The prepositions that belong to a cue word ("balked at", "described as"): the pairs
    of a cue word's stem and the preposition after it, counted where the word cues, that
    lie inside the annotated cue at least ``MIN_CUES`` times and in at least
    ``COMPLEMENT_SHARE`` of them."""
    seen, inside = Counter(), Counter()
    for article in articles:
        chars = article.cue_chars
        for words in article.sentences:
            for i in range(len(words) - 1):
                word, after = words.lowers[i], words.lowers[i + 1]
                if word in vocab and after in CANDIDATE_PREPOSITIONS and is_cue(words, i, chars):
                    pair = stem(word) + " " + after
                    seen[pair] += 1
                    inside[pair] += is_cue(words, i + 1, chars)
    return frozenset(
        p for p, n in inside.items() if n >= MIN_CUES and n >= COMPLEMENT_SHARE * seen[p]
    )


def source_pairs(articles: list[Article]) -> frozenset[str]:
    """The prepositions that name a source after them, with the head of its noun phrase
    ("In [a new poll], ...", "... leads in [the polls]"): the pairs of a preposition and
    its noun phrase's head's stem (``source_head``) where an annotated cue is the
    preposition alone and the head lies in the annotated source, at least
    ``MIN_SOURCE_CUES`` times and in at least ``SOURCE_SHARE`` of the pair's uses."""
    seen, cued = Counter(), Counter()
    for article in articles:
        cues = {
            gold.cue[0]: gold.source
            for gold in article.attributions
            if len(gold.cue) == 1 and gold.source
        }
        for words in article.sentences:
            for i, word in enumerate(words.lowers):
                if word not in SOURCE_PREPOSITIONS or (head := source_head(words, i)) is None:
                    continue
                pair = word + " " + stem(words.lowers[head])
                seen[pair] += 1
                source = cues.get((words.starts[i], words.ends[i]), [])
                cued[pair] += any(s <= words.starts[head] < e for s, e in source)
    return frozenset(
        p for p, n in cued.items() if n >= MIN_SOURCE_CUES and n >= SOURCE_SHARE * seen[p]
    )


def cue_examples(articles: list[Article], vocab: frozenset[str]) -> list[Example]:
    return [
        (cue_features(words, i), is_cue(words, i, article.cue_chars))
        for article in articles
        for words in article.sentences
        for i, word in enumerate(words.lowers)
        if word in vocab
    ]


def source_cue_examples(articles: list[Article], model: StatementModel) -> list[Example]:
    """Each preposition naming a source by the model's pairs, with whether it lies inside
    an annotated cue (the examples of the source cue model, a model of their own: the
    few hundred of them would only stir the cue model's order)."""
    return [
        (cue_features(words, i), is_cue(words, i, article.cue_chars))
        for article in articles
        for words in article.sentences
        for i in range(len(words))
        if model.names_source(words, i)
    ]


@dataclass
class EndCase:
    """An annotated content that follows its cue in one frame, as word indexes."""

    words: Words
    cue: str  # the first cue word, lower case
    cue_start: int  # its offset
    start: int
    end: int  # the first word after the content
    limit: int  # the frame's last word, trailing punctuation left out


def end_cases(article: Article) -> Iterator[EndCase]:
    for gold in article.attributions:
        if len(gold.content) != 1 or not gold.cue:
            continue
        (c0, c1), cue_start = gold.content[0], gold.cue[0][0]
        if c0 < gold.cue[-1][1]:
            continue  # content before its cue
        for words in article.sentences:
            if not len(words) or not words.starts[0] <= cue_start < words.ends[-1]:
                continue
            cue = words.index_at(cue_start)
            start = words.index_at(c0)
            end = next((n for n in range(start, len(words)) if words.starts[n] >= c1), len(words))
            limit = len(words)
            while limit > start and words.texts[limit - 1] in CLOSING:
                limit -= 1
            if cue < len(words) and start < end and start < limit:
                yield EndCase(words, words.lowers[cue], cue_start, start, min(end, limit), limit)
            break


def stops(articles: list[Article]) -> frozenset[str]:
    """The words that contents end before at least ``MIN_STOPS`` times."""
    counts = Counter(
        case.words.lowers[case.end]
        for article in articles
        for case in end_cases(article)
        if case.end < case.limit
    )
    return frozenset(w for w, n in counts.items() if n >= MIN_STOPS)


def end_examples(articles: list[Article], stop_words: frozenset[str]) -> list[Example]:
    """Each position a content might stop at (before a stop word), up to where it does."""
    examples = []
    for article in articles:
        for case in end_cases(article):
            lowers, clause = case.words.lowers, False
            for b in range(case.start + 1, min(case.end + 1, case.limit)):
                clause = clause or clause_verb(lowers, b - 1, case.start)
                if lowers[b] in stop_words:
                    features = end_features(case.words, case.start, b, case.limit, case.cue, clause)
                    examples.append((features, b == case.end))
    return examples


def start_cases(
    article: Article, vocab: frozenset[str], takes: StatementModel
) -> Iterator[tuple[Words, int, int, str]]:
    """The words, where the grammar opens the content of a cue word of an annotated cue
    (``takes``: the cue's complements), where the annotated content begins and the cue
    word, when it begins within ``START_REACH`` words of the opening, no clause break
    between."""
    for case in end_cases(article):
        words = case.words
        for i in range(words.index_at(case.cue_start), case.start):
            if words.lowers[i] not in vocab or not is_cue(words, i, article.cue_chars):
                continue
            opening = content_opening(words, cue_end(words, i + 1, takes))
            if opening <= case.start < opening + START_REACH and not any(
                words.texts[k] in BREAKS for k in range(opening + 1, case.start + 1)
            ):
                yield words, opening, case.start, words.lowers[i]


def start_examples(
    articles: list[Article], vocab: frozenset[str], takes: StatementModel
) -> list[Example]:
    """Each word from where the grammar opens a content up to where it begins."""
    return [
        (start_features(words, opening, k, cue), k == start)
        for article in articles
        for words, opening, start, cue in start_cases(article, vocab, takes)
        for k in range(opening, start + 1)
    ]


def logistic(data: list[Example], penalty: float, smallest: float = SMALLEST) -> Linear:
    """A logistic regression's weights (a score is the log-odds of yes) by averaged
    stochastic gradient descent: ``EPOCHS`` passes with the L2 ``penalty``, the weights
    returned being the mean of every step's weights from the ``BURN_IN``-th pass on (the
    weights are kept as ``scale * raw`` so that the penalty's shrinking of them all is one
    multiplication a step, and each weight's share of the mean is added when it changes,
    from the running sum of the scales). The passes visit the examples in the order of a
    key of each one's own features and the pass's number (``_order``), not of a shuffle
    of their positions: a few examples more or less leave the others' order alone, and
    the mean over the last passes leaves little of the order in the weights (the seeded
    shuffle had moved the fold figures by 200 content matches when one word joined the
    vocabulary). Those below ``smallest`` are left out. The weights are in the order of
    how often the examples hold their feature, the most first (then by name), and the
    model file keeps that order: the features scoring looks up most then sit together
    at the front of the dict's entries and of the memory their strings were read into,
    and scoring takes 6-12% less time (memory-bound: ~260,000 weights)."""
    raw: dict[str, float] = {}
    total: dict[str, float] = {}  # each weight's sum over the averaged steps, so far
    since: dict[str, float] = {}  # the running sum of scales when it was last added to
    scale, step, scales, averaged = 1.0, 0, 0.0, 0

    def settle(f: str) -> None:
        total[f] = total.get(f, 0.0) + raw[f] * (scales - since.get(f, 0.0))
        since[f] = scales

    for epoch in range(EPOCHS):
        average = epoch >= BURN_IN
        for n in _order(data, epoch):
            feats, gold = data[n]
            step += 1
            rate = RATE / (1 + RATE * penalty * step)
            z = scale * sum(raw.get(f, 0.0) for f in feats)
            error = (1 / (1 + math.exp(-z)) if z > -30 else 0.0) - gold
            scale *= 1 - rate * penalty
            if scale < 1e-6:  # fold the scale into the weights before it underflows
                for f in raw:
                    settle(f)
                raw = {f: w * scale for f, w in raw.items()}
                scale = 1.0
            if error:
                change = rate * error / scale
                for f in feats:
                    if f in raw:
                        settle(f)
                    else:
                        since[f] = scales
                    raw[f] = raw.get(f, 0.0) - change
            if average:  # this step's weights, scale * raw, join the mean
                scales += scale
                averaged += 1
    for f in raw:
        settle(f)
    mean = {f: w / max(1, averaged) for f, w in total.items()}
    weights = {f: w for f, w in mean.items() if abs(w) >= smallest}
    uses = Counter(f for feats, _ in data for f in feats)
    return Linear({f: weights[f] for f in sorted(weights, key=lambda f: (-uses[f], f))})


def _order(data: list[Example], epoch: int) -> list[int]:
    """The examples' positions in the order of a checksum of each one's features, its
    answer, its rank among the examples with the same features, and the pass's number:
    an order of the examples themselves, which examples added or dropped elsewhere leave
    alone, and another on each pass."""
    twins: Counter[str] = Counter()
    keys = []
    for feats, gold in data:
        text = "\x1f".join(feats) + ("\x1e1" if gold else "\x1e0")
        twins[text] += 1
        keys.append(zlib.crc32(f"{SEED} {epoch} {twins[text]}\x1d{text}".encode()))
    return sorted(range(len(data)), key=keys.__getitem__)


def train(articles: list[Article]) -> StatementModel:
    (vocab, families), stop_words = vocabulary(articles), stops(articles)
    model = StatementModel(
        vocab,
        stop_words,
        logistic(cue_examples(articles, vocab), PENALTY, CUE_SMALLEST),
        logistic(end_examples(articles, stop_words), END_PENALTY),
        inside_words(articles, vocab),
        complements(articles, vocab),
        CUE_THRESHOLD,
        END_THRESHOLD,
        start_threshold=START_THRESHOLD,
        sourceless=sourceless_words(articles, vocab),
        passive=passive_words(articles, vocab),
        families=families,
        sources=source_pairs(articles),
    )
    model.source_cue = logistic(source_cue_examples(articles, model), PENALTY)
    model.start = logistic(start_examples(articles, vocab, model), START_PENALTY, START_SMALLEST)
    return model


def measure(model: StatementModel, articles: list[Article]) -> Counter[str]:
    """Cue words found and missed (among the vocabulary's), and content ends found."""
    counts: Counter[str] = Counter()
    for article in articles:
        for words in article.sentences:
            predicted = set(model.cues(words))
            for i, word in enumerate(words.lowers):
                gold = is_cue(words, i, article.cue_chars)
                if i in predicted:
                    counts["tp" if gold else "fp"] += 1
                elif gold and (model.candidate(word) or model.names_source(words, i)):
                    counts["fn"] += 1
        for case in end_cases(article):
            end = model.content_end(case.words, case.start, case.limit, case.cue)
            counts["ends"] += 1
            counts["ends right"] += end == case.end
            overlap = min(end, case.end) - case.start
            counts["ends close"] += 2 * overlap >= max(end, case.end) - case.start
        for words, opening, start, cue in start_cases(article, model.vocabulary, model):
            counts["starts"] += 1
            counts["starts right"] += model.content_start(words, opening, cue) == start
            counts["openings right"] += opening == start
    return counts


def cross_validate(articles: list[Article], folds: int, keep: Path | None) -> None:
    """Train on all folds but one and measure on that one, for each fold; ``keep``: a
    folder to write each fold's model to, with the articles it did not see, so that
    extraction over train can be scored with models that never saw the article."""
    total: Counter[str] = Counter()
    held_by: dict[str, int] = {}
    for fold in range(folds):
        held = [a for n, a in enumerate(articles) if n % folds == fold]
        rest = [a for n, a in enumerate(articles) if n % folds != fold]
        model = train(rest)
        counts = measure(model, held)
        total.update(counts)
        print(f"fold {fold}: {report(counts)}")
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            (keep / f"fold{fold}.json").write_text(json.dumps(model.to_json()), encoding="utf-8")
            held_by.update((a.name, fold) for a in held)
    if keep is not None:
        (keep / "folds.json").write_text(json.dumps(held_by, sort_keys=True), encoding="utf-8")
    print(f"all folds: {report(total)}")


def report(c: Counter[str]) -> str:
    p = c["tp"] / max(1, c["tp"] + c["fp"])
    r = c["tp"] / max(1, c["tp"] + c["fn"])
    f = 2 * p * r / max(1e-9, p + r)
    right, close = (c[k] / max(1, c["ends"]) for k in ("ends right", "ends close"))
    return (
        f"cue words P {p:.3f} R {r:.3f} F1 {f:.3f} (of the vocabulary's);"
        f" content ends right {right:.3f}, within half {close:.3f} (of {c['ends']});"
        f" starts right {c['starts right']} (the grammar's {c['openings right']}) of {c['starts']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    parser.add_argument("--fold-models", type=Path, help="write each fold's model to this folder")
    parser.add_argument(
        "--no-model", action="store_true", help="cross-validate only: train no full model"
    )
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        print(f"PolNeAR train not found at {POLNEAR}", file=sys.stderr)
        return 1
    articles = load(POLNEAR)
    if args.folds > 1:
        cross_validate(articles, args.folds, args.fold_models)
    if args.no_model:
        return 0
    model = train(articles)
    data = dict(sorted(model.to_json().items()))  # the weights' own order kept (logistic)
    MODEL_PATH.write_text(json.dumps(data) + "\n", encoding="utf-8")
    print(f"{len(model.vocabulary)} candidate words -> {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
