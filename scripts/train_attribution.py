"""Train the speaker ranker (resources/models/attribution_perceptron_en.json) on PolNeAR
train, and cross-validate it there.

    python scripts/train_attribution.py [--folds 5] [--no-write] [--errors FILE] [--seed N]

Each train article is read by the sieves alone (``core.extract.attribute(model=None)``);
every quotation that matches a gold one (the scorer's half-overlap) and has several
candidate speakers becomes an example whose right candidates are those the scorer would
accept: the mention overlaps a gold Source span, or its person's name ends with the
Source's last word. An averaged ranking perceptron learns to score the right candidate
above the others. Deterministic: fixed article order, and each pass meets the examples
in a seeded order keyed on each example's place (article and quotation), so one example
more or less leaves the others' order as it was (a seeded shuffle re-dealt them all, and
flipped 9-13 close calls of train with one example dropped).

k-fold cross-validation trains on k-1 folds of articles and runs the whole extraction
with that model on the fold left out, scored as ``onrecord eval`` scores; the mean and
spread of the k speaker accuracies are printed, then the pooled figure's standard error
with articles as the sampled units (and what it would be on a held-out split of
``HELD_OUT`` quotations: the noise of one dev figure), then the figure for all folds pooled.
``--seed N`` cross-validates with the examples ordered from another first seed: the
same data in other orders, to tell a change's gain from the order's noise (the written
model is always trained from the default seed). ``--errors FILE`` writes each
cross-validated wrong speaker there, with the text around it, its candidates and their
scores, and its kind (no candidate right; a right one outscored; the sieve or a sure
sieve decided), to read where the ranker errs.
Dev is never read.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.evaluation import (  # noqa: E402
    GoldArticle,
    PredictedQuote,
    Scores,
    load_split,
    pairs,
    score,
    speaker_right,
)
from core.extract import attribute  # noqa: E402
from core.ingest import about_the_author  # noqa: E402
from core.ranking import RankingExample as Example  # noqa: E402
from core.ranking import train_ranker  # noqa: E402
from core.speaker_choice import MODEL_FILE, SpeakerModel  # noqa: E402

TRAIN = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
OUTPUT = ROOT / "resources" / "models" / MODEL_FILE
EPOCHS = 8
SEED = 15
ORDERS = 10  # perceptrons averaged, each on its own order of the examples
HELD_OUT = 886  # quotations of a held-out split the size of PolNeAR dev, for its noise


def read(text: str, model: SpeakerModel | None):  # -> core.extract.Reading
    return attribute(text, exclude=about_the_author(text), model=model)


def predictions(text: str, model: SpeakerModel | None) -> list[PredictedQuote]:
    """What ``onrecord extract --json`` would score for the article."""
    return scored(read(text, model).attributions)


def scored(attributions) -> list[PredictedQuote]:  # Sequence[core.attribution.Attribution]
    """The attributions as the scorer reads them."""
    out = []
    for att in attributions:
        mention = att.mention
        person = mention.person if mention else None
        out.append(
            PredictedQuote(
                att.quote.span.start,
                att.quote.span.end,
                person.name if person else None,
                mention.span.start if mention else None,
                mention.span.end if mention else None,
            )
        )
    return out


def examples(article: GoldArticle) -> list[Example]:
    """The training examples of one article, read by the sieves alone."""
    reading = read(article.text, None)
    atts = reading.attributions
    quotes = [PredictedQuote(a.quote.span.start, a.quote.span.end) for a in atts]
    out = []
    for gold, index, _ in pairs(article, quotes):
        if gold is None or index is None or gold.attribution is None:
            continue
        if not gold.attribution.source or len(atts[index].candidates) < 2:
            continue
        if atts[index].sure:
            continue  # the model is never asked
        right = []
        for candidate in atts[index].candidates:
            m = candidate.mention
            name = m.person.name if m.person else None
            guess = PredictedQuote(0, 0, name, m.span.start, m.span.end)
            right.append(speaker_right(article.text, guess, gold.attribution))
        if any(right) and not all(right):
            key = f"{article.name}:{atts[index].quote.span.start}"  # its place in training
            out.append(Example([c.features for c in atts[index].candidates], right, key))
    return out


def train(data: list[Example], first_seed: int = SEED) -> SpeakerModel:
    """The mean of ``ORDERS`` averaged perceptrons, each seeing the examples in its own
    seeded order (seeds from ``first_seed`` on): one perceptron's weights depend on the
    order it met the examples in, and their mean generalises better than any one of them
    (cross-validated)."""
    total: dict[str, float] = {}
    for seed in range(first_seed, first_seed + ORDERS):
        for feature, weight in train_ranker(data, EPOCHS, seed).weights.items():
            total[feature] = total.get(feature, 0.0) + weight
    return SpeakerModel({f: mean for f, w in total.items() if (mean := round(w / ORDERS, 4))})


def model_text(model: SpeakerModel) -> str:
    """The text of the shipped model's file."""
    return json.dumps(model.to_json(), indent=0, sort_keys=True, ensure_ascii=False) + "\n"


def cross_validate(
    articles: list[GoldArticle],
    data: list[list[Example]],
    k: int,
    errors: Path | None = None,
    seed: int = SEED,
) -> Scores:
    """Speaker accuracy of each fold, read with a model trained on the other folds; with
    ``errors``, every wrong speaker of the folds left out is written there (see
    :func:`wrong_choices`)."""
    accuracies = []
    pooled: dict[str, list[PredictedQuote]] = {}
    listed: list[str] = []
    for fold in range(k):
        held = [n for n in range(len(articles)) if n % k == fold]
        model = train([e for n, ex in enumerate(data) if n % k != fold for e in ex], seed)
        fold_predictions = {}
        for n in held:
            atts = read(articles[n].text, model).attributions
            fold_predictions[articles[n].name] = scored(atts)
            if errors is not None:
                listed += wrong_choices(articles[n], atts, model)
        pooled.update(fold_predictions)
        scores = score([articles[n] for n in held], fold_predictions)
        accuracies.append(scores.speaker_accuracy)
        print(f"fold {fold + 1}/{k}: {scores.summary(len(held), 0).rsplit(' articles', 1)[0]}")
    mean, spread = statistics.mean(accuracies), statistics.pstdev(accuracies)
    print(f"speaker accuracy over {k} folds: mean {mean:.3f}, spread (sd) {spread:.3f}")
    per_article = [score([a], pooled) for a in articles]
    pooled_error = standard_error(per_article)
    held_out = pooled_error * (sum(s.speaker_total for s in per_article) / HELD_OUT) ** 0.5
    print(
        f"standard error by article: {pooled_error:.4f} pooled, "
        f"{held_out:.4f} on a held-out split of {HELD_OUT} quotations"
    )
    if errors is not None:
        kinds = Counter(entry.split("\t", 2)[1] for entry in listed)
        errors.write_text("\n\n".join(listed) + "\n", encoding="utf-8")
        print(f"wrote {len(listed)} wrong speakers to {errors}: {dict(sorted(kinds.items()))}")
    return score(articles, pooled)


def standard_error(per_article: list[Scores]) -> float:
    """The standard error of the pooled speaker accuracy with articles as the sampled
    units (a ratio estimator): an article's quotations share its writer and its people, so
    they err together and the binomial figure understates the noise. Scaled by the square
    root of the quotations, it is the noise of a held-out split's figure."""
    units = [(s.speaker_right, s.speaker_total) for s in per_article if s.speaker_total]
    if len(units) < 2:
        return 0.0
    total = sum(t for _, t in units)
    accuracy = sum(r for r, _ in units) / total
    square = sum((r - accuracy * t) ** 2 for r, t in units)
    return (len(units) / (len(units) - 1) * square) ** 0.5 / total


def wrong_choices(article: GoldArticle, atts, model: SpeakerModel) -> list[str]:
    """Each cross-validated wrong speaker of ``article``: its kind (``sure``: a sure sieve
    decided; ``none right``: no candidate is right, the candidates lack the speaker;
    ``outscored``: a right candidate lost to the model; ``sieve``: a right candidate
    existed but the model was not asked), the quotation with the text before and after
    it, the gold Source, and every candidate with its origins, score and rightness."""
    text = article.text
    out = []
    for gold, index, _ in pairs(article, scored(atts)):
        if gold is None or index is None or gold.attribution is None:
            continue
        if not gold.attribution.source:
            continue
        att = atts[index]
        said = scored([att])[0]
        if speaker_right(text, said, gold.attribution):
            continue
        rows = []
        for c in att.candidates:
            m = c.mention
            name = m.person.name if m.person else None
            guess = PredictedQuote(0, 0, name, m.span.start, m.span.end)
            ok = speaker_right(text, guess, gold.attribution)
            rows.append((ok, c, model.score(c.features)))
        if att.sure:
            kind = "sure"
        elif not any(ok for ok, _, _ in rows):
            kind = "none right"
        elif len(rows) > 1 and att.margin is not None:
            kind = "outscored"
        else:
            kind = "sieve"
        q = att.quote.span
        source = " | ".join(text[a:b] for a, b in gold.attribution.source)
        lines = [
            f"{article.name}:{q.start}\t{kind}\tsieve={att.sieve}\tgold={source!r}",
            "  "
            + " ".join(text[max(0, q.start - 400) : q.start].split()[-60:])
            + " [["
            + " ".join(text[q.start : q.end].split())
            + "]] "
            + " ".join(text[q.end : q.end + 300].split()[:40]),
        ]
        for ok, c, s in sorted(rows, key=lambda r: -r[2]):
            m = c.mention
            chosen = "*" if m is att.mention else " "
            name = m.person.name if m.person else None
            lines.append(
                f"  {chosen}{'R' if ok else '-'} {s:7.2f} {text[m.span.start : m.span.end]!r}"
                f" ({name}) cue={m.cue!r} {'+'.join(sorted(c.origins))}"
            )
        if att.mention is not None and all(c.mention is not att.mention for c in att.candidates):
            m = att.mention
            lines.append(f"  *- {text[m.span.start : m.span.end]!r} (not a candidate)")
        out.append("\n".join(lines))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5, help="k of k-fold cross-validation")
    parser.add_argument("--train", type=Path, default=TRAIN, help="the PolNeAR train split")
    parser.add_argument("--no-write", action="store_true", help="cross-validate only")
    parser.add_argument(
        "--errors", type=Path, help="write the cross-validated wrong speakers to this file"
    )
    parser.add_argument(
        "--seed", type=int, default=SEED, help="the folds' first ordering seed (noise check)"
    )
    args = parser.parse_args()
    if not (args.train / "attributions").is_dir():
        print(f"{args.train}: no PolNeAR train split there", file=sys.stderr)
        return 1
    articles = sorted(load_split(args.train), key=lambda a: a.name)
    data = [examples(article) for article in articles]
    print(f"{len(articles)} articles, {sum(map(len, data))} examples with competing candidates")
    if args.folds > 1:
        pooled = cross_validate(articles, data, args.folds, args.errors, args.seed)
        summary = pooled.summary(len(articles), 0).rsplit(" articles", 1)[0]
        print(f"pooled: {summary} ({pooled.speaker_right} of {pooled.speaker_total} speakers)")
    if not args.no_write:
        model = train([e for ex in data for e in ex])
        OUTPUT.write_text(model_text(model), encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(model.weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
