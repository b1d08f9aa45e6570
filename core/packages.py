"""Modules of a large package without the imports of its ``__init__``.

Importing ``nltk.tag.perceptron`` first runs ``nltk/__init__.py``, which imports nearly
all of NLTK (the parsers, the corpus readers, numpy for its metrics...), then
``nltk/tag/__init__.py``, which imports every tagger: a tenth of a second of each start
of ``onrecord extract``, which needs two of NLTK's classes. :func:`defer_inits` makes
such packages without running their ``__init__``; a package made so runs it the first
time it is asked for a name that is neither set nor one of its modules, so code
elsewhere that uses ``nltk.word_tokenize`` still finds the whole of NLTK.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType


class _Deferred(ModuleType):
    """A package whose ``__init__`` has not run yet."""

    def __getattr__(self, name: str) -> object:
        module = f"{self.__name__}.{name}"
        if not name.startswith("__") and importlib.util.find_spec(module) is not None:
            return importlib.import_module(module)  # as ``from nltk import data`` asks
        self.__class__ = ModuleType  # run the __init__ once, then act as any package
        self.__spec__.loader.exec_module(self)
        return getattr(self, name)


def defer_inits(*packages: str) -> None:
    """Make each of ``packages`` and the packages above it (``"nltk.tag"``: ``nltk`` and
    ``nltk.tag``) without running their ``__init__``, unless already imported."""
    for package in packages:
        parts = package.split(".")
        for n in range(1, len(parts) + 1):
            name = ".".join(parts[:n])
            if name in sys.modules:
                continue
            spec = importlib.util.find_spec(name)
            if spec is None or spec.submodule_search_locations is None:
                raise ImportError(f"no package named {name!r}", name=name)
            module = importlib.util.module_from_spec(spec)
            module.__class__ = _Deferred
            sys.modules[name] = module
            if n > 1:
                setattr(sys.modules[".".join(parts[: n - 1])], parts[n - 1], module)
