"""The pre-pass over a raw text, before spaCy: links, mentions, hashtags and emoji.

They are taken out of the text (and kept aside) so that what spaCy sees is the author's own
words: a post made of a link, three hashtags and an emoji has no words of its own.
Emoji are found with the Unicode ``Extended_Pictographic`` property (the ``regex`` module).
HTML entities left in the text by posting tools (``&amp;``) are decoded first.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import regex

__all__ = ["SplitText", "split_text"]

# A link: an explicit scheme or "www.", or a bare host with a path ("bit.ly/abc").
_LINK = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,6}/[^\s<>\"]+",
    regex.IGNORECASE,
)
# Mentions include Mastodon's @user@instance form.
_MENTION = regex.compile(r"(?<![\w@/])@\w[\w.]*(?:@[\w-]+(?:\.[\w-]+)+)?")
_HASHTAG = regex.compile(r"(?<![\w&/])#(\w+)")
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\U0001F3FB-\U0001F3FF]+")
_TRAILING_PUNCTUATION = ".,;:!?)]}'\"…»"
_SPACES = regex.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class SplitText:
    """A raw text split into the author's own words and the items taken out of it."""

    words_text: str
    links: tuple[str, ...]
    mentions: tuple[str, ...]
    hashtags: tuple[str, ...]
    emoji: int


def split_text(text: str) -> SplitText:
    """Take links, mentions, hashtags and emoji out of ``text``."""
    if "&" in text:
        text = html.unescape(text)
    # One apostrophe, so that "chiffre d’affaires" matches the lexicon's "chiffre d'affaires".
    text = text.replace("\u2019", "'")
    links = tuple(link.rstrip(_TRAILING_PUNCTUATION) for link in _LINK.findall(text))
    if links:
        text = _LINK.sub(" ", text)
    mentions = tuple(_MENTION.findall(text)) if "@" in text else ()
    if mentions:
        text = _MENTION.sub(" ", text)
    hashtags: tuple[str, ...] = ()
    if "#" in text:
        hashtags = tuple(tag.lower() for tag in _HASHTAG.findall(text))
        text = _HASHTAG.sub(" ", text)
    emoji = 0
    if not text.isascii():
        emoji = len(_EMOJI.findall(text))
        if emoji:
            text = _EMOJI.sub(" ", text)
    return SplitText(_SPACES.sub(" ", text).strip(), links, mentions, hashtags, emoji)
