"""Train the pronoun resolver (resources/models/coref_perceptron_en.json) on GUM's gold
coreference, and cross-validate it there.

    python scripts/train_coref.py [--folds 5] [--no-write]

Every third-person singular pronoun (he, she, him, his, her) of GUM (``../shared/corpora/
gum``, the CC BY / CC BY-SA genres) whose entity is a person referred to before it is an
example. Its candidates are built as On Record builds them in an article
(:func:`core.coref.candidates`): the people referred to before it, each by their latest
reference, where references are what the pipeline registers: names (the proper-noun words
of a person mention) and pronouns that are the subject of their clause; a reference is a
speaker's when it is the subject of a speech verb. A person's gender is what the article
has said by then: an honorific or a listed first name at a naming, else the first
subject pronoun of their chain (On Record learns it from the "he said" it resolves). An
averaged ranking perceptron (:mod:`core.ranking`) learns to rank the pronoun's own entity
first. PolNeAR train adds its "he"/"she" Sources that the proxy of
``benchmarks/train_people.py`` resolves, with the candidates the pipeline builds there.

k-fold cross-validation over documents prints the accuracy of the model and of the rule
it replaces (the most recent person whose gender does not clash) on each held-out fold.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from train_models import GUM, Document, read_document  # noqa: E402

from core import (  # noqa: E402
    coref,  # noqa: E402
    lexicons,
    nlp,
)
from core.coref import (  # noqa: E402
    MODEL_FILE,
    PRONOUN_GENDER,
    Layout,
    Pronoun,
    Reference,
    candidates,
)
from core.document import Span  # noqa: E402
from core.extract import attribute  # noqa: E402
from core.ingest import bio_span  # noqa: E402
from core.ranking import LinearRanker, RankingExample, train_ranker  # noqa: E402
from core.speakers import HONORIFIC_GENDER, name_words, normalise  # noqa: E402

OUTPUT = ROOT / "resources" / "models" / MODEL_FILE
TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
EPOCHS = 10
SEED = 14
ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)")
RESOLVED = frozenset({"he", "she", "him", "his", "her"})


class Mention:
    """A person mention of GUM: its tokens in the document and its entity."""

    def __init__(self, entity: str, tokens: list[tuple[int, int, str, str, str]]) -> None:
        self.entity = entity
        self.tokens = tokens  # (start, end, word, tag, relation) in document offsets
        self.start, self.end = tokens[0][0], tokens[-1][1]


def person_mentions(document: Document) -> tuple[str, Layout, list[Mention], set[int]]:
    """The document's text and layout, its person mentions in order, and the starts of
    the mentions that are the subject of a speech verb."""
    text = document.text
    sentence_starts, paragraph_starts, mentions, spoken = [], [], [], set()
    position = 0
    cues = lexicons.cue_forms()
    for paragraph in document.paragraphs:
        paragraph_starts.append(position)
        for sentence in paragraph:
            sentence_starts.append(position)
            open_: dict[str, tuple[str, list]] = {}
            for i, (word, tag, (s, e)) in enumerate(
                zip(sentence.words, sentence.tags, sentence.offsets, strict=True)
            ):
                token = (position + s, position + e, word, tag, sentence.relations[i])
                brackets = sentence.misc[i].partition("Entity=")[2].split("|")[0]
                for match in ENTITY.finditer(brackets):
                    if match.group(1):
                        open_[match.group(1)] = (match.group(2), [])
                for _, tokens in open_.values():
                    tokens.append(token)
                for match in ENTITY.finditer(
                    sentence.misc[i].partition("Entity=")[2].split("|")[0]
                ):
                    closed = match.group(1) if match.group(3) else match.group(4)
                    if closed and closed in open_:
                        kind, tokens = open_.pop(closed)
                        if kind == "person":
                            mentions.append(Mention(f"{document.name}:{closed}", tokens))
                            head = sentence.heads[i] if len(tokens) == 1 else 0
                            subject = tokens[0][4].startswith("nsubj") or any(
                                t[4].startswith("nsubj") for t in tokens
                            )
                            speaks = 0 < head <= len(sentence.words) and (
                                sentence.words[head - 1].lower() in cues
                            )
                            if subject and (speaks or _speaks(sentence, tokens, position)):
                                spoken.add(tokens[0][0])
            position += len(sentence.text) + 1
        position += 1
    mentions.sort(key=lambda m: (m.start, -m.end))
    return text, Layout(tuple(sentence_starts), tuple(paragraph_starts)), mentions, spoken


def _speaks(sentence, tokens: list, base: int) -> bool:  # noqa: ANN001
    """Is the mention's subject relation to a speech verb (its head's form)?"""
    cues = lexicons.cue_forms()
    for s, _, _, _, relation in tokens:
        if relation.startswith("nsubj"):
            i = next(k for k, (a, _) in enumerate(sentence.offsets) if base + a == s)
            head = sentence.heads[i]
            return 0 < head <= len(sentence.words) and sentence.words[head - 1].lower() in cues
    return False


def reference(mention: Mention) -> Reference | None:
    """What the pipeline would register for the mention: the proper-noun words of a
    name, or a pronoun that is its clause's subject; None for anything else."""
    words = mention.tokens
    if len(words) == 1 and words[0][2].lower() in PRONOUN_GENDER:
        if words[0][4].startswith("nsubj"):
            return Reference(words[0][0], words[0][1], mention.entity)
        return None
    names = [k for k, t in enumerate(words) if t[3] in ("NNP", "NNPS")]
    if not names:
        return None
    first = names[0]
    last = first
    while last + 1 < len(words) and words[last + 1][3] in ("NNP", "NNPS"):
        last += 1
    return Reference(words[first][0], words[last][1], mention.entity)


def naming_gender(mention: Mention) -> str | None:
    """The gender a naming states: an honorific, or a listed first name."""
    words = [t[2] for t in mention.tokens]
    for word in words:
        if gender := HONORIFIC_GENDER.get(word.rstrip(".").lower()):
            return gender
    names = [t[2] for t in mention.tokens if t[3] in ("NNP", "NNPS")]
    return nlp.first_name_gender(names[0]) if len(names) > 1 else None


def examples(document: Document) -> Iterator[tuple[RankingExample, list[list[str]]]]:
    """The document's pronoun examples (and each one's candidate features)."""
    text, layout, mentions, spoken = person_mentions(document)
    refs: list[Reference] = []
    genders: dict[Hashable, str] = {}
    frozen = frozenset(spoken)
    for mention in mentions:
        word = text[mention.start : mention.end]
        if len(mention.tokens) == 1 and word.lower() in RESOLVED:
            pronoun = Pronoun(word, mention.start, frozen, genders.get)
            found = candidates(text, layout, refs, pronoun)
            right = [entity == mention.entity for entity, _ in found]
            if any(right):
                yield RankingExample([f for _, f in found], right), [f for _, f in found]
            if mention.tokens[0][4].startswith("nsubj"):  # what On Record resolves too
                genders.setdefault(mention.entity, PRONOUN_GENDER[word.lower()])
        elif gender := naming_gender(mention):
            genders.setdefault(mention.entity, gender)
        if (ref := reference(mention)) is not None:
            refs.append(ref)
    refs.sort(key=lambda r: r.start)


def polnear_examples(split: Path, resolver: LinearRanker) -> list[list[RankingExample]]:
    """Per PolNeAR article (sorted by name): each "he"/"she" Source whose person the
    proxy of ``benchmarks/train_people.py`` resolves (the latest named Source of that
    gender, no other such person named between), with the candidates On Record builds
    at that pronoun, earlier pronouns resolved by ``resolver`` (the model trained on GUM
    alone, so that training never reads the shipped file); right are those whose name is
    that person's."""
    sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT.parent / "shared" / "tools")]
    import polnear_score
    import train_people

    out = []
    articles = polnear_score.one_per_text(polnear_score.load(str(split)))
    for art in sorted(articles, key=lambda a: a.name):
        identities = train_people.source_identities(art)
        wanted = {}
        for att in art.attributions:
            key = identities.get(id(att))
            start, end = att.source[0] if att.source else (0, 0)
            if isinstance(key, tuple) and art.text[start:end].lower() in PRONOUN_GENDER:
                wanted[start] = key
        with recorded(resolver) as calls:
            bio = bio_span(art.text)
            cast = attribute(art.text, exclude=Span(*bio) if bio else None, model=True).cast
        examples_here = []
        for at, key in wanted.items():
            found = calls.get(at)
            if not found:
                continue
            right = [_names(cast._by_id[entity].name, key) for entity, _ in found]
            if any(right):
                examples_here.append(RankingExample([f for _, f in found], right))
        out.append(examples_here)
    return out


@contextmanager
def recorded(resolver: LinearRanker) -> Iterator[dict[int, list]]:
    """The candidates of every pronoun resolved meanwhile, by offset (the first time),
    each resolved by ``resolver`` instead of the shipped model."""
    calls: dict[int, list] = {}
    resolve = coref.resolve

    def record(text, layout, refs, pronoun, _shipped):  # noqa: ANN001, ANN202
        calls.setdefault(pronoun.at, coref.candidates(text, layout, refs, pronoun))
        return resolve(text, layout, refs, pronoun, resolver)

    coref.resolve = record
    try:
        yield calls
    finally:
        coref.resolve = resolve


def _names(name: str, key: tuple[str, str, str]) -> bool:
    words = name_words(name)
    return (
        bool(words)
        and words[-1] == normalise(key[0])
        and (len(words) == 1 or words[0][0] == normalise(key[1])[:1])
    )


def rule_choice(features: list[list[str]]) -> int:
    """The rule the model replaces: the most recent person whose gender does not clash."""
    return next((i for i, f in enumerate(features) if "crank=0" in f), 0)


def accuracy(model: LinearRanker | None, data: list[RankingExample]) -> float:
    right = 0
    for example in data:
        if model is None:
            best = rule_choice(example.features)
        else:
            scores = [model.score(f) for f in example.features]
            best = max(range(len(scores)), key=lambda i: (scores[i], -i))
        right += example.right[best]
    return right / len(data) if data else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5, help="k of k-fold cross-validation")
    parser.add_argument("--gum", type=Path, default=GUM, help="the GUM CoNLL-U folder")
    parser.add_argument("--train", type=Path, default=TRAIN, help="the PolNeAR train split")
    parser.add_argument("--no-write", action="store_true", help="cross-validate only")
    args = parser.parse_args()
    paths = sorted(args.gum.glob("GUM_*.conllu"))
    if not paths or not (args.train / "attributions").is_dir():
        print(f"{args.gum} or {args.train}: GUM or PolNeAR train not there", file=sys.stderr)
        return 1
    gum = [[e for e, _ in examples(read_document(p))] for p in paths]
    first = train_ranker([e for ex in gum for e in ex], EPOCHS, SEED)
    corpora = {"GUM": gum, "PolNeAR": polnear_examples(args.train, first)}
    for name, data in corpora.items():
        print(f"{name}: {len(data)} documents, {sum(map(len, data))} pronouns")
    k = args.folds
    if k > 1:
        scores: dict[str, list[tuple[float, float]]] = {name: [] for name in corpora}
        for fold in range(k):
            trained = [
                e for data in corpora.values() for n, ex in enumerate(data) if n % k != fold
                for e in ex
            ]  # fmt: skip
            model = train_ranker(trained, EPOCHS, SEED)
            for name, data in corpora.items():
                held = [e for n, ex in enumerate(data) if n % k == fold for e in ex]
                scores[name].append((accuracy(model, held), accuracy(None, held)))
        for name, pairs in scores.items():
            ours, rule = zip(*pairs, strict=True)
            print(
                f"{name}, {k}-fold: model {statistics.mean(ours):.3f} (sd "
                f"{statistics.pstdev(ours):.3f}), most recent compatible person "
                f"{statistics.mean(rule):.3f}"
            )
    if not args.no_write:
        everything = [e for data in corpora.values() for ex in data for e in ex]
        model = train_ranker(everything, EPOCHS, SEED)
        model.kind = "pronoun ranker"
        text = json.dumps(model.to_json(), indent=0, sort_keys=True, ensure_ascii=False)
        OUTPUT.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(model.weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
