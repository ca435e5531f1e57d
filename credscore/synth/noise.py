"""Realistic noise: how one person writes (typos, emoji, accents), what an export leaves out.

A :class:`Style` is drawn once per account, so one person is consistently careful or sloppy;
:func:`add_typos` and :func:`decorate` apply it to a text at the moment the text is written, so
that a cross-post copies the text with its typos (a scheduling tool copies, it does not retype).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from credscore.synth.fillers import EMOJI

__all__ = ["DISGUISES", "FLIP_RATE", "HASHTAGS", "Style", "add_typos", "decorate", "disguise", "draw_style",
           "strip_accents"]

# Share of accounts whose label is flipped on purpose (label noise); marked ``label_flipped``.
FLIP_RATE = 0.02
# Neutral hashtags anyone may add (so that a hashtag alone says nothing about the label).
HASHTAGS = {
    "fr": ("#PME", "#commerce", "#entrepreneuriat", "#emploi", "#data", "#retail", "#tourisme", "#startup",
           "#artisanat", "#vendredi", "#BonWeekEnd", "#innovation", "#export", "#logistique"),
    "en": ("#smallbusiness", "#retail", "#startup", "#jobs", "#data", "#hospitality", "#logistics", "#FridayFeeling",
           "#export", "#innovation", "#ecommerce", "#shoplocal", "#B2B", "#weekend"),
}


@dataclass(frozen=True, slots=True)
class Style:
    """How one account writes and what its export contains."""

    typo_rate: float          # chance that a text gets one typo
    emoji_rate: float         # chance that a text gets one more emoji at the end
    emoji_pool: str           # "hype" or "calm"
    hashtag_rate: float       # chance that a text gets one neutral hashtag at the end
    no_accents: bool          # writes French without accents (phones, habits)
    lowercase: bool           # never capitalises
    mixed_rate: float         # chance that a post is written in the other language
    post_ids: bool            # the export gives post ids
    missing_time_rate: float  # share of posts without created_at
    counts: bool              # the export gives likes / reposts / replies
    explicit_links: bool      # the export lists links in a ``links`` field
    follows_timed: bool       # follow events carry a timestamp (X follower lists do not)


def draw_style(rng: random.Random, *, hype: bool, careful: float) -> Style:
    """One account's style. ``careful`` in [0, 1] lowers typos; ``hype`` picks loud emoji."""
    sloppy = rng.random() < 0.15
    return Style(
        typo_rate=rng.uniform(0.0, 0.06) * (1.0 - careful) + (rng.uniform(0.08, 0.2) if sloppy else 0.0),
        emoji_rate=rng.choice((0.0, 0.0, 0.05, 0.15, 0.35)) + (0.2 if hype else 0.0),
        emoji_pool="hype" if hype else "calm",
        hashtag_rate=rng.choice((0.0, 0.0, 0.0, 0.05, 0.15, 0.3)),
        no_accents=rng.random() < 0.06,
        lowercase=rng.random() < 0.05,
        mixed_rate=rng.choice((0.0, 0.0, 0.02, 0.05, 0.1)),
        post_ids=rng.random() < 0.45,
        missing_time_rate=rng.choice((0.0,) * 8 + (0.1, 0.3)),
        counts=rng.random() < 0.7,
        explicit_links=rng.random() < 0.25,
        follows_timed=rng.random() < 0.9,
    )


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    """With probability ``rate``, swap, drop or double one letter of one ordinary word.

    Links, hashtags, mentions and numbers are never touched (only purely alphabetic words of
    four letters or more are candidates).
    """
    if rate <= 0.0 or rng.random() >= rate:
        return text
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 4 and word.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    j = rng.randrange(1, len(word) - 1)
    op = rng.randrange(3)
    if op == 0:
        word = word[:j - 1] + word[j] + word[j - 1] + word[j + 1:]
    elif op == 1:
        word = word[:j] + word[j + 1:]
    else:
        word = word[:j] + word[j] + word[j:]
    words[i] = word
    return " ".join(words)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def decorate(text: str, rng: random.Random, style: Style, lang: str) -> str:
    """Apply one account's writing habits to a freshly written text."""
    text = add_typos(text, rng, style.typo_rate)
    if style.no_accents and lang == "fr":
        text = strip_accents(text)
    if style.lowercase:
        text = " ".join(word if word.startswith("http") else word.lower() for word in text.split(" "))
    if style.hashtag_rate and rng.random() < style.hashtag_rate:
        text = f"{text} {rng.choice(HASHTAGS[lang])}"
    if style.emoji_rate and rng.random() < style.emoji_rate:
        text = f"{text} {rng.choice(EMOJI[style.emoji_pool])}"
    return text


# Latin letters and the Cyrillic or Greek letters that look the same: what spammers swap in so
# that a word list no longer matches, while a reader sees the same word.
_CONFUSABLES = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "s": "ѕ",
                "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
                "T": "Т", "X": "Х", "v": "ν"}
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
# Offsets into the Mathematical Alphanumeric Symbols block (bold serif): 𝐀 is U+1D400, 𝐚 U+1D41A.
_MATH_BOLD_UPPER, _MATH_BOLD_LOWER = 0x1D400, 0x1D41A
DISGUISES = ("homoglyph", "zero_width", "math_bold")


def disguise(word: str, rng: random.Random, how: str) -> str:
    """``word`` as an evader writes it so that filters miss it but readers do not.

    ``homoglyph`` swaps some letters for look-alike Cyrillic ones; ``zero_width`` slips invisible
    characters between letters; ``math_bold`` writes the word in 𝐛𝐨𝐥𝐝 letters (accented letters,
    which the block lacks, are kept as they are).
    """
    if how == "homoglyph":
        spots = [i for i, c in enumerate(word) if c in _CONFUSABLES]
        chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 3)))) if spots else set()
        return "".join(_CONFUSABLES[c] if i in chosen else c for i, c in enumerate(word))
    if how == "zero_width":
        if len(word) < 3:
            return word
        cuts = sorted(rng.sample(range(1, len(word)), min(len(word) - 1, rng.randint(1, 2))))
        out, last = [], 0
        for cut in cuts:
            out.append(word[last:cut])
            last = cut
        out.append(word[last:])
        return rng.choice(_ZERO_WIDTH).join(out)
    if how == "math_bold":
        return "".join(chr(_MATH_BOLD_UPPER + ord(c) - 65) if "A" <= c <= "Z"
                       else chr(_MATH_BOLD_LOWER + ord(c) - 97) if "a" <= c <= "z" else c for c in word)
    raise ValueError(f"unknown disguise {how!r}; known: {', '.join(DISGUISES)}")
