"""Undo the spelling tricks that hide words from the lexicons, before anything is matched.

A fake expert who writes 𝐦𝐚𝐫𝐤𝐞𝐭𝐢𝐧𝐠 in mathematical bold, ｍａｒｋｅｔｉｎｇ in full-width letters,
"mаrketing" with a Cyrillic а, or "mar\u200bketing" with a zero-width space shows the reader the word
"marketing" while a plain matcher sees none. :func:`normalise` gives back the text a reader sees:

- Unicode compatibility forms are folded (NFKC): mathematical, full-width, circled and ligature letters
  become plain letters. Accents are kept: "stratégie" stays "stratégie" (NFKC composes, it does not strip).
  Emoji are left as they are (NFKC would turn ™ into "TM" and ℹ into "i").
- Latin small capitals (ᴍᴀʀᴋᴇᴛɪɴɢ, the "small caps" of fancy-text generators), which NFKC leaves alone, read as
  the plain small letter. A combining mark that NFKC composes with no Latin letter is a decoration and is
  dropped: the underline of "m̲a̲r̲k̲e̲t̲i̲n̲g̲", the strike of "m̶a̶r̶k̶e̶t̶i̶n̶g̶", a diaeresis on an "s", the same marks
  on spaces and punctuation. What French and English write composes; marks on other scripts' letters stay.
- Invisible characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen) are
  removed, except the zero-width joiner that binds an emoji sequence (👩‍💻), which the emoji count needs.
- Letters of another script that look like Latin letters (Cyrillic а, е, о, р; Greek ο, ρ, ν...) are
  replaced by the Latin letter, but only inside words written mostly in Latin letters, or in words made
  only of look-alikes within a text written mostly in Latin letters: a real Russian or Greek word is
  left alone. The look-alike table is Unicode's own (UTS #39 ``confusables.txt``), as shipped by the
  maintained ``confusable-homoglyphs`` package.

The evidence shown to a reader quotes the text as written: only the analysis sees the normalised text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import regex

__all__ = ["latin_lookalikes", "normalise", "plain_characters", "small_capitals"]

# Invisible characters that split a word for a matcher but not for a reader: soft hyphen, Mongolian vowel
# separator, zero-width space / non-joiner / joiner, word joiner and invisible operators, byte-order mark.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
_INVISIBLE_SET = frozenset(_INVISIBLE)
_ZWJ = "\u200d"
# An emoji sequence joined by ZWJ (👩‍💻, 🏳️‍🌈): its joiners stay, everything else invisible goes.
_EMOJI_PART = r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\uFE0F\u20E3\U000E0020-\U000E007F]"
_INVISIBLE_OR_EMOJI_SEQUENCE = regex.compile(
    rf"(?P<emoji>{_EMOJI_PART}+(?:\u200d{_EMOJI_PART}+)+)|[{_INVISIBLE}]"
)
# Pictographs are kept out of NFKC: it would turn ™ into "TM" (glued to the word before) and ℹ into "i".
_PICTOGRAPHS = regex.compile(r"(\p{Extended_Pictographic}+)")
# A word for the look-alike step: letters and their combining marks.
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_LATIN = regex.compile(r"\p{Script=Latin}")
_LETTER = regex.compile(r"\p{L}")
# A text is "written in Latin letters" when more than this share of its letters are Latin.
MOSTLY_LATIN = 0.5
# Combining marks still standing after a Latin letter, a space, a digit or a punctuation mark once NFKC has composed
# what French and English write: decorations. Variation selectors (emoji presentation) are marks too, and stay.
_NONSPACING_MARK = regex.compile(r"\p{Mn}")
_DECORATION = regex.compile(r"(?<=[\p{Script=Latin}\p{Script=Common}])[^\P{Mn}\uFE00-\uFE0F\U000E0100-\U000E01EF]+")
# Unicode names the Latin small capitals "LATIN LETTER SMALL CAPITAL X"; they live in these blocks (IPA
# extensions, phonetic extensions, Latin extended-D and -G).
_SMALL_CAPITAL_NAME = regex.compile(r"LATIN LETTER SMALL CAPITAL ([A-Z])")
_SMALL_CAPITAL_BLOCKS = ((0x0250, 0x02AF), (0x1D00, 0x1D7F), (0xA720, 0xA7FF), (0x1DF00, 0x1DFFF))


# Where the characters of :func:`plain_characters` are looked for: the Latin, Greek and Cyrillic letters, the
# punctuation, symbols and emoji that French and English posts are written with (most of them need nothing). Hangul
# and the Indic scripts, whose letters compose with letters that follow them, are left out on purpose.
_PLAIN_BLOCKS = ((0x0080, 0x0300), (0x0370, 0x0530), (0x1E00, 0x2C00), (0x1F000, 0x1FB00))


def normalise(text: str) -> str:
    """The text as a reader sees it: compatibility forms folded, invisible characters out, look-alikes Latin."""
    # Most posts are plain text with accents, typographic punctuation or emoji: each step below would find nothing to
    # change, and asking whether every character is one of those is cheaper than asking each step.
    if text.isascii() or plain_characters().issuperset(text):
        return text
    # The text's distinct characters, read once: each step below first asks whether the text holds any character it
    # changes (most texts hold none), and asking a few dozen characters is cheaper than walking the text each time.
    chars = set(text)
    if not _INVISIBLE_SET.isdisjoint(chars):
        text = _INVISIBLE_OR_EMOJI_SEQUENCE.sub(lambda match: match["emoji"] or "", text)
        chars = set(text)
    capitals = small_capitals()
    if not capitals.keys().isdisjoint(chars):
        # Before NFKC, which then composes "ᴇ́" read as "e" + acute into "é".
        text = "".join(capitals.get(char, char) for char in text)
        chars = set(text)
    if not unicodedata.is_normalized("NFKC", text):
        text = "".join(part if index % 2 else unicodedata.normalize("NFKC", part)
                       for index, part in enumerate(_PICTOGRAPHS.split(text)))
        chars = set(text)
    # A decoration is a nonspacing mark: a text without any has none to drop (asked of the regex module itself, so
    # that both agree on which characters are marks).
    if _NONSPACING_MARK.search("".join(chars)):
        text = _DECORATION.sub("", text)
    # Dropping decorations only took characters out: a text whose characters had no look-alike still has none.
    return _latin_words(text) if not latin_lookalikes().keys().isdisjoint(chars) else text


@cache
def plain_characters() -> frozenset[str]:
    """Characters that :func:`normalise` leaves as they are in any text made only of them (ASCII included).

    Each is its own NFKC form, no combining mark (so that nothing composes with it or is reordered around it, and
    no decoration is dropped), no invisible character, small capital or look-alike letter; none is the second
    part of a composed character (a test checks it over every character of Unicode): a text of them is already
    normalised, and each step of :func:`normalise` would leave it unchanged. Unassigned characters are left out:
    the ``regex`` module may know a newer Unicode than ``unicodedata``.
    """
    capitals, lookalikes = small_capitals(), latin_lookalikes()
    plain = {chr(code) for code in range(0x80)}
    for first, end in _PLAIN_BLOCKS:
        for code in range(first, end):
            char = chr(code)
            if (unicodedata.category(char) in ("Cn", "Cs", "Co", "Mn", "Me") or unicodedata.combining(char)
                    or char in _INVISIBLE_SET or char in capitals or char in lookalikes
                    or _NONSPACING_MARK.match(char) or not unicodedata.is_normalized("NFKC", char)):
                continue
            plain.add(char)
    return frozenset(plain)


@cache
def small_capitals() -> Mapping[str, str]:
    """Each Latin small capital letter (ᴀ, ʙ, ᴄ, … ꜱ, ꞯ) and the plain small letter it reads as."""
    table: dict[str, str] = {}
    for first, last in _SMALL_CAPITAL_BLOCKS:
        for code in range(first, last + 1):
            named = _SMALL_CAPITAL_NAME.fullmatch(unicodedata.name(chr(code), ""))
            if named:
                table[chr(code)] = named[1].lower()
    return table


def _latin_words(text: str) -> str:
    """Replace look-alike letters inside the words that are disguised Latin words."""
    lookalikes = latin_lookalikes()
    if lookalikes.keys().isdisjoint(text):
        return text
    letters = _LETTER.findall(text)
    text_is_latin = len(_LATIN.findall(text)) > MOSTLY_LATIN * len(letters)

    def fix(match: regex.Match[str]) -> str:
        word = match[0]
        foreign = [char for char in word if char.isalpha() and not _LATIN.match(char)]
        if not foreign or not any(char in lookalikes for char in foreign):
            return word
        latin = sum(1 for char in word if _LATIN.match(char))
        all_lookalikes = all(char in lookalikes for char in foreign)
        # Mostly Latin ("mаrketing"), or Latin once its look-alikes are read ("сорy" in an English text).
        if (latin and latin > MOSTLY_LATIN * (latin + len(foreign))) or (all_lookalikes and (latin or text_is_latin)):
            return "".join(lookalikes.get(char, char) for char in word)
        return word

    return _WORD.sub(fix, text)


@cache
def latin_lookalikes() -> Mapping[str, str]:
    """Each letter of another script that Unicode lists as confusable with one plain Latin letter (a-z, A-Z).

    A capital keeps its case: Greek Ι is listed as confusable with "l" (the lower-case prototype), but its
    small form ι is confusable with "i", so Ι reads "I".

    Made once from the package's data (two JSON files: a fifth of a second), then read from the user's cache.
    """
    from credscore.nlp.cache import cached, files_digest, package_version

    key = (package_version("confusable-homoglyphs"), files_digest([Path(__file__)]))
    return cached("latin-lookalikes", key, _make_latin_lookalikes,
                  check=lambda table: isinstance(table, dict) and all(isinstance(v, str) for v in table.values()))


def _make_latin_lookalikes() -> dict[str, str]:
    from confusable_homoglyphs.categories import alias
    from confusable_homoglyphs.confusables import confusables_data

    def plain(char: str) -> str | None:
        for glyph in confusables_data.get(char, ()):
            target = glyph["c"]
            if len(target) == 1 and target.isascii() and target.isalpha():
                return target
        return None

    table: dict[str, str] = {}
    for char in confusables_data:
        if len(char) != 1 or not char.isalpha() or alias(char) in ("LATIN", "COMMON"):
            continue
        target = plain(char)
        if char.isupper() and (target is None or not target.isupper()):
            small = plain(char.lower()) if char.lower() != char else None
            target = small.upper() if small else target
        elif char.islower() and target is not None and target.isupper():
            target = None  # a small letter read as a capital would change the word's case pattern
        if target:
            table[char] = target
    return table
