"""Train the shipped NLTK models on GUM and measure them on held-out documents.

    .venv/bin/python scripts/train_models.py            # train, write, evaluate
    .venv/bin/python scripts/train_models.py --evaluate # only evaluate the shipped models

Reads the GUM corpus (CoNLL-U, ``../shared/corpora/gum``) and writes to
``resources/models/``: Punkt sentence parameters, the part-of-speech perceptron and
the name-mention perceptron, all as JSON. Training is deterministic (sorted inputs,
fixed seed, sorted JSON keys). Whole documents listed in ``HELD_OUT`` never reach
training; the figures printed at the end are measured on them only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from nltk.tag.perceptron import AveragedPerceptron
from nltk.tokenize.punkt import PunktTrainer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core import nlp  # noqa: E402
from core.document import Span, Token  # noqa: E402

GUM = ROOT.parent / "shared" / "corpora" / "gum"
MODELS_DIR = ROOT / "resources" / "models"
SEED = 1729
POS_ITERATIONS = 15
NAME_ITERATIONS = 10
NAME_RUNS = 16  # training runs in different orders, their weights averaged
JACKKNIFE_FOLDS = 4

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

ENTITY_KINDS = {"person": "PER", "organization": "ORG", "place": "LOC"}
_ENTITY_RE = re.compile(r"\((\d+)-([^-()]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)")


@dataclass
class Sentence:
    text: str
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    offsets: list[tuple[int, int]] = field(default_factory=list)  # within ``text``
    names: list[tuple[int, int, str]] = field(default_factory=list)  # token ranges

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


def _mentions(rows: list[list[str]]) -> list[tuple[int, int, str, int]]:
    """``(first, last + 1, kind, head)`` for each person/organisation/place mention."""
    open_: dict[str, list[tuple[int, str]]] = {}
    mentions = []
    for i, row in enumerate(rows):
        value = next((m[7:] for m in row[9].split("|") if m.startswith("Entity=")), "")
        for m in _ENTITY_RE.finditer(value):
            if m.group(1):
                open_.setdefault(m.group(1), []).append((i, m.group(2)))
                closed = m.group(1) if m.group(3) else None
            else:
                closed = m.group(4)
            if closed and open_.get(closed):
                start, kind = open_[closed].pop()
                if kind in ENTITY_KINDS:
                    inside = range(start + 1, i + 2)  # CoNLL-U ids of the mention
                    head = next(
                        (k for k in range(start, i + 1) if int(rows[k][6]) not in inside), i
                    )
                    mentions.append((start, i + 1, ENTITY_KINDS[kind], head))
    return mentions


def _joined(tags: list[str], k: int, a: int, b: int) -> bool:
    """Whether token ``k`` is a hyphen between two proper nouns of ``[a, b)``."""
    return tags[k] == "HYPH" and a < k < b - 1 and {tags[k - 1], tags[k + 1]} <= nlp.PROPER_TAGS


def _name_range(sent: Sentence, a: int, b: int, kind: str, head: int) -> tuple[int, int] | None:
    """The proper-name part of a mention, or None when its head is no proper noun.

    An organisation or place mention counts whole (less a leading determiner or
    trailing possessive) when it is proper nouns joined by connectors ("University of
    Georgia"); otherwise, and for people, the run of proper nouns around the head. A
    person's name starts after its last title word ("Army Gen. Robert Brieger" ->
    "Robert Brieger").
    """
    tags, words = sent.tags, sent.words
    i, j = a, b
    while i < j and tags[i] in ("DT", "PRP$"):
        i += 1
    while j > i and tags[j - 1] == "POS":
        j -= 1
    if tags[head] not in nlp.PROPER_TAGS:
        if i == j or tags[j - 1] not in nlp.PROPER_TAGS:
            return None
        head = j - 1  # "English captain Harry Kane", headed by "captain"
    whole = (
        kind != "PER"
        and i < j
        and tags[i] in nlp.PROPER_TAGS
        and tags[j - 1] in nlp.PROPER_TAGS
        and all(
            t in nlp.PROPER_TAGS or w.lower() in nlp.NAME_INNER_WORDS
            for t, w in zip(tags[i:j], words[i:j], strict=True)
        )
    )
    if not whole:  # the run around the head, hyphens between proper nouns included
        i, j = head, head + 1
        while i > a and (tags[i - 1] in nlp.PROPER_TAGS or _joined(tags, i - 1, a, b)):
            i -= 1
        while j < b and (tags[j] in nlp.PROPER_TAGS or _joined(tags, j, a, b)):
            j += 1
    if kind == "PER":
        titles = nlp._titles()
        last_title = max(
            (k for k in range(i, j) if words[k].lower().rstrip(".") in titles), default=-1
        )
        if last_title >= 0:
            i = last_title + 1
    return (i, j) if i < j else None


def _sentence_names(sent: Sentence, rows: list[list[str]]) -> list[tuple[int, int, str]]:
    """Outermost non-overlapping name ranges of the sentence."""
    candidates = []
    for a, b, kind, head in _mentions(rows):
        found = _name_range(sent, a, b, kind, head)
        if found:
            candidates.append((found[0], found[1], kind))
    chosen: list[tuple[int, int, str]] = []
    for a, b, kind in sorted(set(candidates), key=lambda c: (c[0] - c[1], c[0], c[2])):
        if all(b <= x or y <= a for x, y, _ in chosen):
            chosen.append((a, b, kind))
    return sorted(chosen)


def _sentence(text: str, rows: list[list[str]]) -> Sentence:
    sent = Sentence(text)
    position = 0
    for row in rows:
        start = text.index(row[1], position)
        position = start + len(row[1])
        sent.words.append(row[1])
        sent.tags.append(row[4])
        sent.offsets.append((start, position))
    sent.names = _sentence_names(sent, rows)
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
    tagger = nlp.NewsTagger(load=False)
    tagger.train(_tagged(documents), nr_iter=POS_ITERATIONS)
    weights, tagdict, classes = tagger.encode_json_obj()
    return [weights, tagdict, sorted(classes)]


def _bio(sent: Sentence) -> list[str]:
    labels = ["O"] * len(sent.words)
    for a, b, kind in sent.names:
        labels[a:b] = ["B-" + kind] + ["I-" + kind] * (b - a - 1)
    return labels


def renamed_people(documents: list[Document]) -> list[list[Sentence]]:
    """Per document, copies of the sentences that name people, each name swapped for a
    random first name (from the shipped list) and surname (from the corpus): the
    recogniser learns the contexts and the shape of names rather than GUM's own names."""
    rng = random.Random(SEED)
    sentences = [s for d in documents for s in d.sentences]
    first_names = sorted(n.title() for n, g in nlp._first_names().items() if g in ("m", "f"))
    surnames = sorted(
        {s.words[b - 1] for s in sentences for a, b, k in s.names if k == "PER" and b - a > 1}
    )
    documents_copied = []
    for document in documents:
        copies = []
        for sent in document.sentences:
            if not any(kind == "PER" for *_, kind in sent.names):
                continue
            copy, last = Sentence(""), 0
            for a, b, kind in [*sent.names, (len(sent.words), len(sent.words), "")]:
                copy.words += sent.words[last:a]
                copy.tags += sent.tags[last:a]
                start = len(copy.words)
                if kind == "PER":
                    copy.words += [rng.choice(first_names), rng.choice(surnames)]
                    copy.tags += ["NNP", "NNP"]
                else:
                    copy.words += sent.words[a:b]
                    copy.tags += sent.tags[a:b]
                if kind:
                    copy.names.append((start, len(copy.words), kind))
                last = b
            copy.text = " ".join(copy.words)
            position = 0
            for word in copy.words:
                copy.offsets.append((position, position + len(word)))
                position += len(word) + 1
            copies.append(copy)
        documents_copied.append(copies)
    return documents_copied


Example = tuple[list[str], list[str], list[str], list[frozenset[str]], list[str]]


def _examples(sentences: list[Sentence]) -> list[Example]:
    """(words, tags, gazetteer marks, document cues, gold labels) of each sentence of one
    document."""
    forms = [nlp.tagger_forms(s.tokens()) for s in sentences]
    cues = nlp.document_cues(
        [w for words in forms for w in words], [t for s in sentences for t in s.tags]
    )
    examples, position = [], 0
    for words, sent in zip(forms, sentences, strict=True):
        end = position + len(words)
        marks = nlp.gazetteer_marks(words)
        examples.append((words, sent.tags, marks, cues[position:end], _bio(sent)))
        position = end
    return examples


def _perceptron(
    recognizer: nlp.NameRecognizer, examples: list[Example], seed: int
) -> dict[str, dict[str, float]]:
    """The averaged weights of one training run over ``examples`` in a seeded order."""
    model = AveragedPerceptron()
    model.classes = recognizer.model.classes
    examples = list(examples)
    rng = random.Random(seed)
    for _ in range(NAME_ITERATIONS):
        for words, tags, marks, cues, gold in examples:
            prev = prev2 = "O"
            for i, word in enumerate(words):
                if recognizer.skip(word, prev):
                    guess = "O"
                else:
                    feats = recognizer.features(words, tags, marks, cues, i, prev, prev2)
                    guess, _ = model.predict(dict.fromkeys(feats, 1))
                    model.update(gold[i], guess, feats)
                prev2, prev = prev, guess
        rng.shuffle(examples)
    model.average_weights()
    return model.weights


def train_names(documents: list[Document]) -> dict:
    examples = [e for d in documents for e in _examples(list(d.sentences))]
    examples += [e for copies in renamed_people(documents) for e in _examples(copies)]
    lower = Counter(w for words, *_ in examples for w in words if w.islower())
    recognizer = nlp.NameRecognizer(
        AveragedPerceptron(), frozenset(w for w, n in lower.items() if n >= 2)
    )
    recognizer.model.classes = {label for *_, labels in examples for label in labels}
    runs = [_perceptron(recognizer, examples, SEED + k) for k in range(NAME_RUNS)]
    summed: dict[str, Counter[str]] = defaultdict(Counter)
    for weights in runs:
        for feature, by_label in weights.items():
            summed[feature].update(by_label)
    recognizer.model.weights = {
        feature: {label: round(w / NAME_RUNS, 3) for label, w in by_label.items() if w}
        for feature, by_label in summed.items()
    }
    return recognizer.to_json()


def with_predicted_tags(documents: list[Document]) -> list[Document]:
    """The documents with the tags of a tagger trained on the other folds (jackknifing):
    the name recogniser then learns from tags as good as those it gets at run time."""
    folds = [documents[i::JACKKNIFE_FOLDS] for i in range(JACKKNIFE_FOLDS)]
    retagged = []
    for i, fold in enumerate(folds):
        rest = [d for j, other in enumerate(folds) if j != i for d in other]
        tagger = nlp.tagger_from_json(train_pos(rest))
        for d in fold:
            paragraphs = [
                [replace(s, tags=tagger.tag_words(nlp.tagger_forms(s.tokens()))) for s in p]
                for p in d.paragraphs
            ]
            retagged.append(Document(d.name, paragraphs))
    return sorted(retagged, key=lambda d: d.name)


def train_all(documents: list[Document]) -> dict[str, object]:
    """Every model's JSON data by file name."""
    return {
        nlp.PUNKT_FILE: train_punkt(documents),
        nlp.POS_FILE: train_pos(documents),
        nlp.NAMES_FILE: train_names(with_predicted_tags(documents)),
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


def evaluate_names(documents: list[Document]) -> dict[str, tuple[float, float, float]]:
    """Exact-span P/R/F1 per kind, end to end from each document's text."""
    gold: dict[str, set] = {kind: set() for kind in nlp.NAME_KINDS.values()}
    found: dict[str, set] = {kind: set() for kind in nlp.NAME_KINDS.values()}
    for d in documents:
        text, tokens = d.text, []
        for base, s in d.placed():
            tokens += nlp.tag(nlp.tokenize(text, base, base + len(s.text)))
            for a, b, kind in s.names:
                span = (d.name, base + s.offsets[a][0], base + s.offsets[b - 1][1])
                gold[nlp.NAME_KINDS[kind]].add(span)
        for span, kind in nlp.names(tokens):
            found[kind].add((d.name, span.start, span.end))
    return {kind: _f1(gold[kind], found[kind]) for kind in gold}


def evaluate(documents: list[Document]) -> dict[str, float]:
    """Print and return the held-out figures."""
    nlp.unload()
    loads = nlp.load_all()
    figures = {"load seconds": sum(loads.values())}
    figures["sentence boundary F1"] = evaluate_sentences(documents)[2]
    figures["token match"] = evaluate_tokens(documents)
    figures["POS accuracy"] = evaluate_pos(documents)
    for kind, (p, r, f) in evaluate_names(documents).items():
        figures[f"{kind} P"], figures[f"{kind} R"], figures[f"{kind} F1"] = p, r, f
    words = sum(len(s.words) for d in documents for s in d.sentences)
    print(f"held out: {len(documents)} documents, {words} tokens: {', '.join(HELD_OUT)}")
    for name, value in figures.items():
        print(f"  {name:22} {value:.3f}")
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true", help="only evaluate the shipped models")
    args = parser.parse_args(argv)
    train, held_out = read_corpus()
    if not args.evaluate:
        began = time.perf_counter()
        for name, data in train_all(train).items():
            write_json(name, data)
        print(f"trained on {len(train)} documents in {time.perf_counter() - began:.0f} s")
    evaluate(held_out)


if __name__ == "__main__":
    main()
