"""Every word credscore shows a reader, per language, from ``data/words/<lang>.toml``.

The files hold the same keys in every language (a test checks it). A value is a ``str.format``
template, or a table ``{one = …, other = …}`` chosen by a count with the language's plural rule.
French values get French typography when loaded (a non-breaking space before ``: ; ! ? %`` and
inside ``« »``), so the files stay readable with ordinary spaces and nobody has to type invisible
characters. Placeholders are filled after that, so a filled-in value (a quote, an id) is never
touched.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from credscore.resources import data_dir

__all__ = ["LANGUAGES", "PLURAL_FORMS", "Words", "explanation_language", "french_typography", "words"]

LANGUAGES = ("en", "fr")


def explanation_language(languages: Mapping[str, int]) -> str:
    """The language to explain an account in, from how many of its texts are in each language: French when more
    are in French than in any other language, English otherwise (on a tie, with no text, and for an account
    written in a language credscore does not write: a Turkish account with three posts mistaken for French is
    explained in English, not in French)."""
    french = languages.get("fr", 0)
    return "fr" if french > 0 and all(french > count for code, count in languages.items() if code != "fr") else "en"
PLURAL_FORMS = ("one", "other")

# French typography: U+00A0 (no-break space) before a colon and inside guillemets, U+202F (narrow
# no-break space) before ; ! ? and % — what the Imprimerie nationale's rules ask for. A plain space
# there lets a line break leave the mark alone at the start of a line.
NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"
_SPACE_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+([:»])")
_SPACE_BEFORE_MARK = re.compile(r"[ \u00a0\u202f]+([;!?%])")
_SPACE_AFTER_GUILLEMET = re.compile(r"«[ \u00a0\u202f]+")


def french_typography(text: str) -> str:
    """``text`` with the spaces before ``: ; ! ? % »`` and after ``«`` made non-breaking.

    Only for credscore's own words (and values it formats): other people's text is quoted as written.
    """
    text = _SPACE_BEFORE_COLON.sub(NO_BREAK_SPACE + r"\1", text)
    text = _SPACE_BEFORE_MARK.sub(NARROW_NO_BREAK_SPACE + r"\1", text)
    return _SPACE_AFTER_GUILLEMET.sub("«" + NO_BREAK_SPACE, text)


def plural_form(lang: str, count: int) -> str:
    """``one`` or ``other`` (CLDR): French uses the singular for 0 and 1, English for 1 only."""
    if lang == "fr":
        return "one" if abs(count) < 2 else "other"
    return "one" if abs(count) == 1 else "other"


@dataclass(frozen=True)
class Words:
    """The words of one language: ``words("fr")("coverage.posts", count=3)``."""

    lang: str
    values: Mapping[str, str | Mapping[str, str]]

    def __call__(self, key: str, /, **values: Any) -> str:
        """The value of ``key``, filled with ``values``; a plural table is chosen by ``values["count"]``."""
        value = self.values[key]
        if not isinstance(value, str):
            value = value[plural_form(self.lang, int(values["count"]))]
        return value.format(**values) if values else value

    def __contains__(self, key: object) -> bool:
        return key in self.values

    def section(self, prefix: str) -> dict[str, str]:
        """The plain values under ``prefix.`` with the prefix dropped (the HTML templates' ``t``)."""
        start = f"{prefix}."
        return {key[len(start):]: value for key, value in self.values.items()
                if key.startswith(start) and isinstance(value, str)}

    def colon(self) -> str:
        """``:`` as the language writes it after a label."""
        return self(":")


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str | Mapping[str, str]]:
    """A TOML document as dotted keys; a table of plural forms stays one value."""
    flat: dict[str, str | Mapping[str, str]] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and set(value) == set(PLURAL_FORMS):
            flat[name] = dict(value)
        elif isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


@lru_cache(maxsize=len(LANGUAGES))
def words(lang: str) -> Words:
    """The words of ``lang`` (``en`` or ``fr``), loaded once."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    with (data_dir() / "words" / f"{lang}.toml").open("rb") as stream:
        values = flatten(tomllib.load(stream))
    if lang == "fr":
        values = {key: french_typography(value) if isinstance(value, str)
                  else {form: french_typography(text) for form, text in value.items()}
                  for key, value in values.items()}
    return Words(lang, values)
