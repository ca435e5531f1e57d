"""spaCy's French tokenizer, without the seconds its exception pattern takes to compile.

spaCy's French ``token_match`` keeps hyphenated and elided words whole ("porte-monnaie", "entr'ouvert"): one
regular expression made of about 300 alternatives, each ``^...$``, most spelling out the same very large
character classes (every lower-case letter of every script). Python's ``re`` optimises each of those classes
again, which costs about four seconds when ``spacy.lang.fr`` is first imported: most of a single verdict's time.

The alternatives differ only in small, cheap parts ("porte" or "anti" before the same tail), so the same
pattern is rewritten with those parts factored out, ``^(?:porte|anti|...)[-][a-z...][...]*$``: the very
same set of strings matches (an alternation of concatenations that share a part is that part concatenated with
the alternation of the rest), and the large classes appear a handful of times instead of hundreds. Nothing is
copied from spaCy: its module is run as it is, with the one ``re.compile`` captured rather than executed, and
the captured pattern is rewritten. When the pattern has a shape this rewriting does not handle (a future spaCy),
it is kept as it is: slower, never different.

:func:`install_french_exceptions` puts that module in ``sys.modules`` before spaCy imports it, so that
``spacy.blank("fr")`` and ``spacy.lang.fr.stop_words`` no longer pay the compile. The tests compare the
tokens with spaCy's own pattern on the seeds, the corpus and a table of hard words.
"""

from __future__ import annotations

import builtins
import importlib.util
import logging
import re
import sys
import threading
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

__all__ = ["FRENCH_EXCEPTIONS_MODULE", "FactoredPattern", "factor_alternation", "install_french_exceptions",
           "stock_french_pattern"]

logger = logging.getLogger(__name__)

FRENCH_EXCEPTIONS_MODULE = "spacy.lang.fr.tokenizer_exceptions"
_FRENCH_PUNCTUATION_MODULE = "spacy.lang.fr.punctuation"
# A part of the pattern this long is one of the large character classes that cost a compile each; the small
# ones ("[-–—‐‑]", "[a-z]") cost nothing and may be repeated freely.
EXPENSIVE_ATOM_CHARS = 100

_lock = threading.Lock()
_state: dict[str, Any] = {"stock": None}


class FactoredPattern:
    """A pattern compiled on first use; ``match`` is what spaCy takes as ``token_match``.

    ``pattern`` (spaCy reads it as ``token_match.__self__.pattern`` to serialise a tokenizer) is the factored
    pattern, so a pipeline saved and loaded again keeps the fast one.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def match(self, string: str) -> re.Match[str] | None:
        return self.compiled().match(string)

    def compiled(self) -> re.Pattern[str]:
        """The pattern compiled (once): a pipeline that tokenises many texts takes its ``match`` directly, sparing a
        Python call per token (see ``credscore.nlp.pipeline.build_pipeline``)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
        return compiled

    def __reduce__(self) -> tuple[Any, ...]:
        return (FactoredPattern, (self.pattern,))


def stock_french_pattern() -> str | None:
    """spaCy's own French ``token_match`` pattern, as its module would have compiled it (None when not captured)."""
    return _state["stock"]


def install_french_exceptions() -> None:
    """Make ``import spacy.lang.fr`` quick: its tokenizer exceptions module, with the pattern factored.

    Does nothing when spaCy's module is already imported (its cost is paid) or cannot be run as expected
    (spaCy then imports it itself, as usual).
    """
    with _lock:
        if FRENCH_EXCEPTIONS_MODULE in sys.modules:
            return
        try:
            module = _load_exceptions_module()
        except Exception:  # any surprise means: let spaCy import its module the usual way
            logger.debug("spaCy's French tokenizer exceptions kept as they are", exc_info=True)
            return
        sys.modules[FRENCH_EXCEPTIONS_MODULE] = module


def _load_exceptions_module() -> ModuleType:
    import spacy.lang  # the languages' common modules, without any one language

    folder = Path(spacy.lang.__path__[0]) / "fr"
    # Importing any module of spacy.lang.fr runs the package's __init__, which imports the exceptions: the
    # punctuation module they need is loaded from its file, under its own name, before the package.
    if _FRENCH_PUNCTUATION_MODULE not in sys.modules:
        _load_from_file(_FRENCH_PUNCTUATION_MODULE, folder / "punctuation.py")
    captured: list[_CapturedPattern] = []
    module = _load_from_file(FRENCH_EXCEPTIONS_MODULE, folder / "tokenizer_exceptions.py",
                             compile_into=captured, register=False)
    token_match = getattr(module, "TOKEN_MATCH", None)
    if len(captured) != 1 or getattr(token_match, "__self__", None) is not captured[0] or captured[0].flags:
        raise RuntimeError("spaCy's French tokenizer exceptions compile something else than one token_match pattern")
    stock = captured[0].pattern
    _state["stock"] = stock
    module.__dict__["TOKEN_MATCH"] = FactoredPattern(factor_alternation(stock)).match
    return module


class _CapturedPattern:
    """What ``re.compile`` was asked for while spaCy's module ran, its ``match`` standing for the real one."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def match(self, string: str) -> None:  # pragma: no cover - replaced before anything can call it
        raise RuntimeError("a captured pattern is never matched")


def _load_from_file(name: str, path: Path, *, compile_into: list[_CapturedPattern] | None = None,
                    register: bool = True) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    code = compile(path.read_text(encoding="utf-8"), str(path), "exec")
    if compile_into is not None:
        # The module imports re to compile its pattern: it is handed a stand-in whose compile only records it.
        stand_in = SimpleNamespace(compile=lambda pattern, flags=0: _record(compile_into, pattern, flags))
        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _importer({"re": stand_in})}
    if register:
        sys.modules[name] = module
    try:
        exec(code, module.__dict__)  # spaCy's own installed module, run as an import would run it
    except BaseException:
        if register:
            sys.modules.pop(name, None)
        raise
    module.__dict__["__builtins__"] = builtins
    if compile_into is not None:
        module.__dict__["re"] = re
    return module


def _record(captured: list[_CapturedPattern], pattern: str, flags: int) -> _CapturedPattern:
    captured.append(_CapturedPattern(pattern, flags))
    return captured[-1]


def _importer(replacements: dict[str, object]) -> Callable[..., object]:
    def importer(name: str, globals_: Any = None, locals_: Any = None, fromlist: Any = (), level: int = 0) -> object:
        if level == 0 and name in replacements:
            return replacements[name]
        return builtins.__import__(name, globals_, locals_, fromlist, level)

    return importer


# --- Factoring -------------------------------------------------------------------------------------------------

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# The pattern's tokens, scanned by the regex engine (the pattern is 1.45 MB: a character loop in Python is slow).
_TOKEN = re.compile(r"""
    (?P<escape>\\.)
  | (?P<cls>\[\^?\]?[^\\\]]*(?:\\.[^\\\]]*)*\])
  | (?P<open>\(\?(?::|=|!|<=|<!))
  | (?P<unsupported>\()
  | (?P<close>\))
  | (?P<bar>\|)
  | (?P<quantifier>(?:[?*+]|\{\d*(?:,\d*)?\})\??)
  | (?P<chars>[^\\\[\]()|?*+{]+)
  | (?P<other>.)
""", re.S | re.X)
_BACK_REFERENCE = re.compile(r"\\[1-9]")


def factor_alternation(pattern: str) -> str:
    """``pattern`` with its top-level alternatives merged where they differ in one cheap part only.

    The result matches exactly the same strings. Alternatives this cannot cut into parts safely (a capturing
    or named group, a back-reference, inline flags) are kept as they are.
    """
    flags = _GLOBAL_FLAGS.match(pattern)
    prefix = flags.group() if flags else ""
    tokens = [(found.lastgroup or "other", found.group()) for found in _TOKEN.finditer(pattern, len(prefix))]
    kept: list[str] = []
    shapes: list[tuple[str, ...]] = []
    for alternative in _split_top_level(tokens):
        atoms = _atoms(_unwrap(alternative))
        if atoms is None:
            kept.append("".join(text for _, text in alternative))
        else:
            shapes.append(_segments(atoms))
    merged = _merge(shapes)
    return prefix + "|".join([*("".join(shape) for shape in merged), *kept])


Token = tuple[str, str]


def _split_top_level(tokens: list[Token]) -> list[list[Token]]:
    """The alternatives of a pattern, split on its top-level ``|``."""
    parts: list[list[Token]] = [[]]
    depth = 0
    for kind, text in tokens:
        if kind in ("open", "unsupported"):
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "bar" and depth == 0:
            parts.append([])
            continue
        parts[-1].append((kind, text))
    return parts


def _unwrap(alternative: list[Token]) -> list[Token]:
    """The inside of a ``(?:...)`` that is the whole alternative; the alternative itself otherwise."""
    if len(alternative) < 2 or alternative[0] != ("open", "(?:") or alternative[-1][0] != "close":
        return alternative
    depth = 0
    for position, (kind, _) in enumerate(alternative):
        depth += kind in ("open", "unsupported")
        depth -= kind == "close"
        if depth == 0:
            return alternative[1:-1] if position == len(alternative) - 1 else alternative
    return alternative


def _atoms(tokens: list[Token]) -> list[str] | None:
    """The pattern cut into its atoms (a character, an escape, a class, a group) with their quantifiers.

    None when the pattern holds what factoring could change the meaning of: a top-level ``|``, a capturing or
    named group, a back-reference, inline flags, or what this does not recognise.
    """
    atoms: list[str] = []
    depth = 0
    for kind, text in tokens:
        if kind in ("unsupported", "other") or (kind == "escape" and _BACK_REFERENCE.fullmatch(text)):
            return None
        if depth:
            atoms[-1] += text
            depth += kind == "open"
            depth -= kind == "close"
        elif kind == "open":
            atoms.append(text)
            depth = 1
        elif kind in ("close", "bar"):
            return None
        elif kind == "quantifier":
            if not atoms or _QUANTIFIED.match(atoms[-1]) is None:
                return None
            atoms[-1] += text
        elif kind == "chars":
            atoms.extend(text)
        else:
            atoms.append(text)
    return atoms if depth == 0 else None


# An atom that may take a quantifier: one without one yet.
_QUANTIFIED = re.compile(r".*(?<![?*+}])\Z", re.S)


def _segments(atoms: list[str]) -> tuple[str, ...]:
    """The alternative as cheap runs and expensive atoms, alternating: (cheap, expensive, cheap, ..., cheap)."""
    segments: list[str] = []
    run: list[str] = []
    for atom in atoms:
        if len(atom) >= EXPENSIVE_ATOM_CHARS:
            segments.extend(("".join(run), atom))
            run = []
        else:
            run.append(atom)
    segments.append("".join(run))
    return tuple(segments)


def _merge(shapes: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Merge alternatives equal but for one cheap run, ``a X b | a Y b`` -> ``a (?:X|Y) b``, while any merges.

    Each round merges around the cheap run that leaves the fewest alternatives; order is kept (it does not
    change which strings match, only which alternative a regex engine tries first).
    """
    shapes = list(dict.fromkeys(shapes))
    while True:
        best: list[tuple[str, ...]] | None = None
        for position in range(0, max((len(shape) for shape in shapes), default=0), 2):
            merged = _merge_at(shapes, position)
            if len(merged) < len(shapes) and (best is None or len(merged) < len(best)):
                best = merged
        if best is None:
            return shapes
        shapes = best


def _merge_at(shapes: list[tuple[str, ...]], position: int) -> list[tuple[str, ...]]:
    groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    order: list[tuple[Any, ...]] = []
    for shape in shapes:
        if position >= len(shape):
            key: tuple[Any, ...] = ("whole", shape)
            variant = ""
        else:
            key = ("part", shape[:position], shape[position + 1:])
            variant = shape[position]
        if key not in groups:
            order.append(key)
        if variant not in groups[key]:
            groups[key].append(variant)
    merged = []
    for key in order:
        if key[0] == "whole":
            merged.append(key[1])
            continue
        variants = groups[key]
        _, before, after = key
        middle = variants[0] if len(variants) == 1 else "(?:" + "|".join(variants) + ")"
        merged.append((*before, middle, *after))
    return merged
