"""Reported speech: the words a text puts between quotation marks are someone else's.

A former MLM seller quoting her upline's pitch ("Duplicate yourself, and in two years you'll never have to work
again"), a reporter quoting a scam's promise, a consumer-law explainer quoting what counts as an earnings claim ('I
made $10k this month') say the opposite of what the quoted words say. The signals that judge what a post itself
claims read it without them: :func:`without_quotes`.

A quotation is a span of at least two words between paired marks on one line: “…”, «…», „…“, "…", ‘…’, or '…'
opened after a space or a bracket and closed before a space or punctuation (so that the apostrophes of "I'm" and
"l'entrée" open nothing).
"""

from __future__ import annotations

import re

__all__ = ["without_quotes"]

# The closing mark of single quotes must end the quotation: followed by a space, punctuation or the end, not a letter
# (the apostrophe of "don't" inside the quote).
_END = r"(?=[\s.,;:!?)\]…»]|$)"
_QUOTATION = re.compile(
    r"“[^”\n]*\s[^”\n]*”"
    r"|«[^»\n]*\s[^»\n]*»"
    r"|„[^“”\n]*\s[^“”\n]*[“”]"
    r"|\"[^\"\n]*\s[^\"\n]*\""
    rf"|(?<![\w’'])‘(?=\S)[^\n]*?\s[^\n]*?(?<=\S)’{_END}"
    rf"|(?<![\w’'])'(?=\S)[^'\n]*?\s[^'\n]*?(?<=\S)'{_END}"
)


def without_quotes(text: str) -> str:
    """``text`` with each quotation (see the module docstring) replaced by a space."""
    if not any(mark in text for mark in "\"“«„‘'"):  # most texts quote nobody
        return text
    return _QUOTATION.sub(" ", text)
