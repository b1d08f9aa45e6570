"""The part-of-speech tagger as NLTK trains it (``scripts/train_models.py``), apart from
:mod:`core.nlp` so that tagging never imports NLTK's tagger module."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from core import nlp
from core.packages import defer_inits

# the tagger, not all of NLTK; nor all of its taggers and semantics, which the tagger's
# module reaches through nltk.data (it needs nltk.sem.logic alone)
defer_inits("nltk.tag", "nltk.sem")
from nltk.tag.perceptron import PerceptronTagger  # noqa: E402


class TrainableTagger(nlp.NewsTagger, PerceptronTagger):
    """:class:`core.nlp.NewsTagger`'s features and normalisation on NLTK's perceptron
    tagger, which trains it (``train``) and tags as NLTK does (``tag``)."""

    def __init__(self) -> None:
        PerceptronTagger.__init__(self, load=False)

    def _make_tagdict(self, sentences: Iterable[list[tuple[str, str]]]) -> None:
        """Words seen at least 5 times with one tag 97% of the time skip the model (NLTK
        asks 20 times, too many for a corpus the size of GUM)."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for sentence in sentences:
            self._sentences.append(sentence)
            for word, tag in sentence:
                counts[word][tag] += 1
                self.classes.add(tag)
        for word, tags in counts.items():
            tag, count = tags.most_common(1)[0]
            if count >= 5 and count / tags.total() >= 0.97:
                self.tagdict[word] = tag
