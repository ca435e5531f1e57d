"""A tiny template grammar: ``{slot}`` references expanded recursively, Tracery-style.

A phrasing set is a mapping ``slot name -> list of templates``. Expanding a template replaces
each ``{name}`` by, in order of precedence:

1. ``context[name]`` — a fixed string, or a callable ``(rng, memo) -> str`` that draws a fresh
   value (a link, a number, a first name). ``memo`` is shared by one expansion, so that two
   related values (``{pct_a}`` then ``{pct_b}``) can agree with each other;
2. a random template of ``slots[name]``, itself expanded.

The grammar has no other syntax: no escaping, no modifiers. A template that names a slot that
exists nowhere is a bug in the phrasing data, reported with :class:`KeyError` (the phrasing
tests expand every template of every set to catch it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["Context", "Slots", "expand", "slot_names"]

Slots = Mapping[str, Sequence[str]]
Context = Mapping[str, "str | Callable[[random.Random, dict[str, Any]], str]"]

_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_MAX_DEPTH = 8


def expand(template: str, slots: Slots, context: Context, rng: random.Random,
           memo: dict[str, Any] | None = None, _depth: int = 0) -> str:
    """Expand every ``{slot}`` of ``template`` (see the module docstring)."""
    if "{" not in template:
        return template
    if _depth > _MAX_DEPTH:
        raise RecursionError(f"phrasing templates nest deeper than {_MAX_DEPTH}: {template!r}")
    memo = {} if memo is None else memo

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = context.get(name)
        if value is not None:
            return value if isinstance(value, str) else value(rng, memo)
        options = slots.get(name)
        if not options:
            raise KeyError(f"unknown slot {{{name}}} in template {template!r}")
        return expand(rng.choice(options), slots, context, rng, memo, _depth + 1)

    return _SLOT.sub(fill, template)


def slot_names(template: str) -> list[str]:
    """The slot names a template refers to, in order."""
    return _SLOT.findall(template)
