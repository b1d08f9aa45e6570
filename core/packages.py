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

import _sre
import dataclasses
import importlib
import importlib.util
import marshal
import os
import re
import re._compiler as re_compiler
import re._parser as re_parser
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import ModuleType
from typing import Any


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


KEPT_MOST = 5000  # methods and patterns in a copy of compiled_kept (a use meets about 500)


@contextmanager
def compiled_kept(copy: str | Path) -> Iterator[None]:
    """What ``dataclasses`` and ``re`` compile meanwhile, read from ``copy`` when kept
    there, rather than compiled again at every start; the functions and patterns made
    are the same. A name for ``copy`` is a file beside ``core``'s compiled modules.

    - ``dataclasses`` writes each class's ``__init__``, ``__repr__``, ``__eq__``,
      ``__hash__`` (and, when frozen, ``__setattr__`` and ``__delattr__``) as source text
      and compiles it with ``exec``. Here ``exec``, as that module sees it, runs the same
      source's code object, compiled as ``exec`` compiles a string (file ``<string>``,
      no ``__future__`` flags inherited).
    - ``re`` parses each new pattern and writes its matching program in Python; here a
      pattern kept is made from its program (``_sre.compile``, as ``re`` makes it).

    ``copy`` is marshal data, headed by the interpreter's version and optimisation
    level. A source or pattern not kept yet is compiled as before and the copy written
    again with it. Without a folder that can be written, everything is compiled as
    before; so it is on a Python whose modules differ from 3.11's here.

    Used while ``onrecord extract`` imports the analysis and loads the models before its
    workers fork: it took the parent's start-up from 1,606M to 1,071M instructions (13
    train files, ``benchmarks/callgrind_extract.sh``), 184 methods and 226 patterns kept.
    """
    if not _can_keep():
        yield
        return
    if isinstance(copy, str):
        folder = Path(__file__).parent / "__pycache__"
        copy = folder / f"{copy}.{sys.implementation.cache_tag}.marshal"
    stamp = f"{sys.version}|{sys.flags.optimize}|{importlib.util.MAGIC_NUMBER!r}\n".encode()
    kept: dict[str, dict[Any, Any]] = {"code": {}, "re": {}}
    with suppress(OSError, EOFError, ValueError, TypeError):
        data = copy.read_bytes()
        if data.startswith(stamp):
            found = marshal.loads(memoryview(data)[len(stamp) :])
            if isinstance(found, dict) and set(found) == set(kept):
                kept = found
    used: dict[str, dict[Any, Any]] = {"code": {}, "re": {}}
    codes, programs = kept["code"], kept["re"]
    compile_pattern = re_compiler.compile

    def kept_exec(source: object, globals: object = None, locals: object = None) -> None:
        if isinstance(source, str):
            code = codes.get(source)
            if code is None:
                code = compile(source, "<string>", "exec", dont_inherit=True)
            used["code"][source] = source = code
        exec(source, globals, locals)  # noqa: S102 - dataclasses' own generated code

    def kept_pattern(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return compile_pattern(pattern, flags)
        key = (isinstance(pattern, str), pattern, int(flags))  # a plain int: marshal's
        program = programs.get(key)
        if program is None:  # as re._compiler.compile makes it
            parsed = re_parser.parse(pattern, flags)
            state = parsed.state
            code = list(map(int, re_compiler._code(parsed, flags)))  # not its named opcodes
            program = (int(flags | state.flags), code, state.groups - 1, dict(state.groupdict))
        used["re"][key] = program
        final, code, groups, index = program
        names = [None] * (groups + 1)
        for name, n in index.items():
            names[n] = name
        return _sre.compile(pattern, final, code, groups, index, tuple(names))

    dataclasses.exec = kept_exec  # a module global is looked up before the builtin
    re_compiler.compile = kept_pattern
    try:
        yield
    finally:
        del dataclasses.exec
        re_compiler.compile = compile_pattern
    if any(key not in kept[part] for part in used for key in used[part]):
        # what was kept stays too (another command may meet other classes and patterns),
        # unless outgrown: then only what this use met
        merged = {part: {**kept[part], **used[part]} for part in used}
        if sum(map(len, merged.values())) > KEPT_MOST:
            merged = used
        with suppress(ValueError):  # something marshal cannot write: nothing kept
            write_whole(copy, stamp + marshal.dumps(merged))


def _can_keep() -> bool:
    """Are ``dataclasses`` and ``re`` as :func:`compiled_kept` knows them, and not kept
    already (nested)?"""
    return (
        sys.version_info[:2] == (3, 11)
        and hasattr(dataclasses, "_create_fn")
        and "exec" not in vars(dataclasses)
        and hasattr(re_compiler, "_code")
        and re_compiler.compile.__module__ == re_compiler.__name__
    )


def write_whole(path: Path, content: bytes) -> None:
    """``content`` written to ``path`` whole (another process may read it meanwhile), or
    nothing if the folder cannot be written."""
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.write_bytes(content)
        os.replace(partial, path)
    except OSError:
        with suppress(OSError):
            partial.unlink()  # a part written before the disk filled, say
