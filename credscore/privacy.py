"""Redaction: a verdict that can be shared without the account's private correspondence.

Direct messages are private, and so is who the account writes to. :func:`redact_verdict` returns a
copy of a verdict where

- every evidence item of kind ``message`` has its excerpt replaced by :data:`REDACTED` and its link
  dropped; its reference (``messages[3]``), platform and time are kept, so a reader can still go
  back to the account document and see which messages a reason rests on;
- given the account, the handles of its counterparts (the people it exchanged direct messages with,
  its followers and followees, the sampled followers of its audience and the authors of the comments
  under its posts) are replaced by :data:`REDACTED_HANDLE` in every other string of
  the verdict: post and profile excerpts, links, reason messages, signal notes and the notes on
  where the history came from;
- the location of each source is reduced to its file name or web address (see
  :func:`credscore.locations.public_location`): no local path of the auditor's machine.

The values, the score and every evidence reference are unchanged: redaction hides words, not findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

from credscore.account import Account
from credscore.locations import public_location
from credscore.signals.auto_dms import normalise_handle
from credscore.signals.base import Evidence, SignalResult
from credscore.verdict import Coverage, Reason, Verdict

__all__ = ["REDACTED", "REDACTED_HANDLE", "counterparts_of", "redact_verdict"]

Scrub = Callable[[str], str]

# A fixed placeholder rather than an empty string: a reader sees that something was there.
REDACTED = "[redacted]"
REDACTED_HANDLE = "@[redacted]"
# A handle this short, written without its '@', is as likely an ordinary word ("jo", "li") as a person.
MIN_BARE_HANDLE_CHARS = 4


def counterparts_of(account: Account) -> frozenset[str]:
    """The handles of everyone the account exchanged messages or follows with, of its sampled followers and of
    those who commented on its posts (lower case, no leading '@')."""
    counterparts = [*(message.counterpart for message in account.messages),
                    *(follow.counterpart for follow in account.follows),
                    # Followers in the audience sample, and the people who commented on the posts (format 1.1).
                    *(member.handle for member in account.audience),
                    *(comment.author for post in account.posts for comment in post.comments or ())]
    handles = {normalise_handle(counterpart) for counterpart in counterparts}
    return frozenset(handle for handle in handles if handle)


def redact_verdict(verdict: Verdict, account: Account | None = None) -> Verdict:
    """The verdict without message texts and links, and without ``account``'s counterparts' handles."""
    scrub = _scrubber(counterparts_of(account) if account is not None else frozenset())
    return replace(
        verdict,
        signals={name: _signal(result, scrub) for name, result in verdict.signals.items()},
        reasons=tuple(_reason(reason, scrub) for reason in verdict.reasons),
        coverage=_coverage(verdict.coverage, scrub),
        extra=_strings(verdict.extra, scrub),
    )


def _scrubber(handles: Iterable[str]) -> Scrub:
    """A function that replaces every mention of one of ``handles`` in a string."""
    patterns = []
    for handle in sorted(handles, key=len, reverse=True):
        user = handle.split("@")[0]
        # "@user@instance", "user@instance", and "@user" for a fediverse handle; the handle itself, with or
        # without its '@', when it is long enough not to be an ordinary word.
        if "@" in handle:
            patterns.append(f"@?{re.escape(handle)}")
        if user:
            patterns.append(f"@{re.escape(user)}")
            if len(user) >= MIN_BARE_HANDLE_CHARS and "@" not in handle:
                patterns.append(re.escape(user))
    if not patterns:
        return lambda text: text
    # Not inside a longer handle or word: "@marie" is not "@marieverdier", "theo_colin" not "theo_colinet".
    pattern = re.compile(rf"(?<![\w.@])(?:{'|'.join(patterns)})(?![\w@]|\.\w)", re.IGNORECASE)
    return lambda text: pattern.sub(REDACTED_HANDLE, text)


def _evidence(item: Evidence, scrub: Scrub) -> Evidence:
    if item.kind == "message":
        return replace(item, excerpt=REDACTED, link=None)
    return replace(item, excerpt=scrub(item.excerpt), link=scrub(item.link) if item.link else item.link)


def _signal(result: SignalResult, scrub: Scrub) -> SignalResult:
    return replace(
        result,
        evidence={feature: tuple(_evidence(item, scrub) for item in items)
                  for feature, items in result.evidence.items()},
        note=scrub(result.note),
    )


def _reason(reason: Reason, scrub: Scrub) -> Reason:
    return replace(
        reason,
        message={lang: scrub(text) for lang, text in reason.message.items()},
        evidence=tuple(_evidence(item, scrub) for item in reason.evidence),
    )


def _coverage(coverage: Coverage, scrub: Scrub) -> Coverage:
    return replace(
        coverage,
        unmeasurable={name: scrub(note) for name, note in coverage.unmeasurable.items()},
        # A shared verdict names where its history came from by file name, never by the auditor's local path.
        sources=tuple(_strings({**source, "location": public_location(source["location"])}
                               if source.get("location") else source, scrub) for source in coverage.sources),
    )


def _strings(value: Any, scrub: Scrub) -> Any:
    """``value`` with ``scrub`` applied to every string inside it (mappings, lists and tuples)."""
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, Mapping):
        return {key: _strings(item, scrub) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_strings(item, scrub) for item in value)
    return value
