"""Train the shipped NLTK models on GUM and measure them on held-out documents.

    .venv/bin/python scripts/train_models.py            # train, write, evaluate
    .venv/bin/python scripts/train_models.py --evaluate # only evaluate the shipped models
    .venv/bin/python scripts/train_models.py --cv 5     # cross-validate the tagger only

Reads the GUM corpus (CoNLL-U, ``../shared/corpora/gum``) and writes to
``resources/models/``: Punkt sentence parameters and the part-of-speech perceptron, both
as JSON. Training is deterministic (sorted inputs,
fixed seed, sorted JSON keys). Whole documents listed in ``HELD_OUT`` never reach
training; the figures printed at the end are measured on them only.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import nlp  # noqa: E402
from core.document import Span, Token  # noqa: E402
from core.pos_training import TrainableTagger  # noqa: E402

GUM = ROOT.parent / "shared" / "corpora" / "gum"
MODELS_DIR = ROOT / "resources" / "models"
SEED = 1729
POS_ITERATIONS = 15

# The news genre's last six documents plus the last of three other genres.
HELD_OUT = (
    "GUM_news_soccer",
    "GUM_news_stampede",
    "GUM_news_taxes",
    "GUM_news_warhol",
    "GUM_news_warming",
    "GUM_news_worship",
    "GUM_bio_theodorus",
    "GUM_interview_stardust",
    "GUM_voyage_york",
)

# Abbreviations that news copy uses, lower case and without the final period (Punkt's form).
# fmt: off
NEWS_ABBREVIATIONS = (
    "adm", "capt", "cmdr", "col", "cpl", "gen", "gens", "gov", "govs", "lt", "maj", "sgt",
    "sen", "sens", "rep", "reps", "pres", "dr", "mr", "mrs", "ms", "messrs", "prof", "rev",
    "st", "jr", "sr", "mt", "ft", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a",
    "jan", "feb", "aug", "sept", "oct", "nov", "dec", "a.m", "p.m",
    "inc", "corp", "co", "ltd", "no", "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "dept",
)
# fmt: on


@dataclass
class Sentence:
    text: str
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    offsets: list[tuple[int, int]] = field(default_factory=list)  # within ``text``

    def tokens(self, base: int = 0) -> list[Token]:
        return [
            Token(Span(base + s, base + e), w)
            for w, (s, e) in zip(self.words, self.offsets, strict=True)
        ]


@dataclass
class Document:
    name: str
    paragraphs: list[list[Sentence]]

    @property
    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs:
            yield from paragraph

    @property
    def text(self) -> str:
        return "\n\n".join(" ".join(s.text for s in p) for p in self.paragraphs)

    def placed(self) -> Iterator[tuple[int, Sentence]]:
        """Each sentence with its start offset in ``text``."""
        position = 0
        for paragraph in self.paragraphs:
            for sentence in paragraph:
                yield position, sentence
                position += len(sentence.text) + 1
            position += 1


# ---------------------------------------------------------------- reading GUM


def _sentence(text: str, rows: list[list[str]]) -> Sentence:
    sent = Sentence(text)
    position = 0
    for row in rows:
        start = text.index(row[1], position)
        position = start + len(row[1])
        sent.words.append(row[1])
        sent.tags.append(row[4])
        sent.offsets.append((start, position))
    return sent


def read_document(path: Path) -> Document:
    paragraphs: list[list[Sentence]] = []
    text, rows = "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# newpar") and not line.startswith("# newpar_"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            row = line.split("\t")
            if row[0].isdigit():
                rows.append(row)
        elif not line and rows:
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(_sentence(text, rows))
            rows = []
    return Document(path.stem, [p for p in paragraphs if p])


def read_corpus(directory: Path = GUM) -> tuple[list[Document], list[Document]]:
    """(training documents, held-out documents), each sorted by name."""
    documents = [read_document(p) for p in sorted(directory.glob("GUM_*.conllu"))]
    missing = set(HELD_OUT) - {d.name for d in documents}
    if missing:
        raise SystemExit(f"held-out documents not found in {directory}: {sorted(missing)}")
    train = [d for d in documents if d.name not in HELD_OUT]
    return train, [d for d in documents if d.name in HELD_OUT]


# ---------------------------------------------------------------- training


def train_punkt(documents: list[Document]) -> dict:
    trainer = PunktTrainer(lang_vars=nlp.NewsLanguageVars())
    trainer.INCLUDE_ALL_COLLOCS = True
    trainer.train("\n\n".join(d.text for d in documents), finalize=True)
    params = trainer.get_params()
    params.abbrev_types.update(NEWS_ABBREVIATIONS)
    return nlp.punkt_to_json(params)


def _tagged(documents: Iterable[Document]) -> list[list[tuple[str, str]]]:
    """Training sentences as (tagger form, gold tag) pairs."""
    return [
        list(zip(nlp.tagger_forms(s.tokens()), s.tags, strict=True))
        for d in documents
        for s in d.sentences
    ]


def train_pos(documents: list[Document]) -> list:
    random.seed(SEED)
    tagger = TrainableTagger()
    tagger.train(_tagged(documents), nr_iter=POS_ITERATIONS)
    weights, tagdict, classes = tagger.encode_json_obj()
    return [weights, tagdict, sorted(classes)]


def train_all(documents: list[Document]) -> dict[str, object]:
    """Every model's JSON data by file name."""
    return {
        nlp.PUNKT_FILE: train_punkt(documents),
        nlp.POS_FILE: train_pos(documents),
    }


def model_json(data: object) -> str:
    """The text of a model file: compact JSON with sorted keys, so training reproduces it."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def write_json(name: str, data: object) -> None:
    path = MODELS_DIR / name
    path.write_text(model_json(data), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size / 1e6:.2f} MB)")


# ---------------------------------------------------------------- evaluation


def _f1(gold: set, found: set) -> tuple[float, float, float]:
    hits = len(gold & found)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


def evaluate_sentences(documents: list[Document]) -> tuple[float, float, float]:
    """P/R/F1 of sentence starts inside paragraphs (a paragraph's start is given)."""
    gold, found = set(), set()
    for d in documents:
        for p, paragraph in enumerate(d.paragraphs):
            text, starts, position = " ".join(s.text for s in paragraph), [], 0
            for s in paragraph:
                starts.append(position)
                position += len(s.text) + 1
            gold |= {(d.name, p, start) for start in starts[1:]}
            found |= {(d.name, p, span.start) for span in nlp.split_sentences(text)[1:]}
    return _f1(gold, found)


def evaluate_pos(documents: list[Document]) -> float:
    """Accuracy of the tagger on the gold tokens."""
    right = total = 0
    for d in documents:
        for s in d.sentences:
            for token, gold in zip(nlp.tag(s.tokens()), s.tags, strict=True):
                right += token.tag == gold
                total += 1
    return right / total


def evaluate_tokens(documents: list[Document]) -> float:
    """Share of gold tokens that ``nlp.tokenize`` reproduces exactly."""
    right = total = 0
    for d in documents:
        for s in d.sentences:
            found = {t.span for t in nlp.tokenize(s.text)}
            right += sum(Span(a, b) in found for a, b in s.offsets)
            total += len(s.offsets)
    return right / total


# The groups of tokens that cross-validation reports the tagger's accuracy on.
GROUPS = ("all", "unknown", "capitalised", "capitalised inside", "capitalised unknown", "news")


def _groups(document: Document, sentence: Sentence, i: int, seen: set[str]) -> Iterator[str]:
    """The groups of ``GROUPS`` that word ``i`` of ``sentence`` falls in."""
    word = sentence.words[i]
    yield "all"
    if word not in seen:
        yield "unknown"
    if word[:1].isupper():
        yield "capitalised"
        if i:
            yield "capitalised inside"
        if word not in seen:
            yield "capitalised unknown"
    if "_news_" in document.name:
        yield "news"


def cross_validate(documents: list[Document], k: int) -> dict[str, float]:
    """Tagging accuracy by group (of the groups with tokens), each document tagged by a
    tagger trained on the documents of the other ``k - 1`` folds (document ``n`` of the
    sorted corpus is in fold ``n % k``); a word is unknown when its fold's training
    documents lack it."""
    documents = sorted(documents, key=lambda d: d.name)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for fold in range(k):
        train = [d for n, d in enumerate(documents) if n % k != fold]
        tagger = nlp.tagger_from_json(train_pos(train))
        seen = {w for d in train for s in d.sentences for w in s.words}
        for d in (d for n, d in enumerate(documents) if n % k == fold):
            for s in d.sentences:
                for i, token in enumerate(nlp.tag(s.tokens(), tagger)):
                    for group in _groups(d, s, i, seen):
                        total[group] += 1
                        right[group] += token.tag == s.tags[i]
    figures = {group: right[group] / total[group] for group in GROUPS if total[group]}
    print(f"{k}-fold cross-validation over {len(documents)} documents, accuracy (tokens):")
    for group, figure in figures.items():
        print(f"  {group:20} {figure:.4f} ({total[group]})")
    return figures


def evaluate(documents: list[Document]) -> dict[str, float]:
    """Print and return the held-out figures."""
    nlp.unload()
    loads = nlp.load_all()
    figures = {"load seconds": sum(loads.values())}
    figures["sentence boundary F1"] = evaluate_sentences(documents)[2]
    figures["token match"] = evaluate_tokens(documents)
    figures["POS accuracy"] = evaluate_pos(documents)
    words = sum(len(s.words) for d in documents for s in d.sentences)
    print(f"held out: {len(documents)} documents, {words} tokens: {', '.join(HELD_OUT)}")
    for name, value in figures.items():
        print(f"  {name:22} {value:.3f}")
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true", help="only evaluate the shipped models")
    parser.add_argument(
        "--cv", type=int, metavar="K", help="only cross-validate the tagger over K folds"
    )
    args = parser.parse_args(argv)
    train, held_out = read_corpus()
    if args.cv:
        cross_validate(train + held_out, args.cv)
        return
    if not args.evaluate:
        began = time.perf_counter()
        for name, data in train_all(train).items():
            write_json(name, data)
        print(f"trained on {len(train)} documents in {time.perf_counter() - began:.0f} s")
    evaluate(held_out)


if __name__ == "__main__":
    main()
