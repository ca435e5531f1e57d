"""What every fuzz test shares: the hypothesis settings, nasty values, and the contract an input must meet.

The contract: whatever the bytes, reading them gives a valid account (one that can be written back
out as JSON) or a :class:`~credscore.errors.CredscoreError` whose message is one printable line —
never another exception, and never more than :data:`SECONDS_PER_EXAMPLE` seconds.
"""

from __future__ import annotations

import contextlib
import json
import signal
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from credscore.account import Account
from credscore.errors import CredscoreError

# Deterministic and bounded: the same examples on every run and machine, so CI never flakes.
FUZZ = settings(deadline=None, derandomize=True, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much, HealthCheck.large_base_example])
SECONDS_PER_EXAMPLE = 20

NASTY_STRINGS = [
    "", " ", "\0", "a\0b", "\ud800", "x\udfffy", "\ufeff", "\u202eevil", "\u200b\u200c\u200d", "🚀🔥💯" * 3,
    "مرحبا بالعالم", "שלום", "日本語のテキスト", "Ελληνικά", "\n\r\t", "\\", '"', "'", "<![foo[ x",
    "<script>x</script>",
    "&#99999999;", "&amp;&lt;", "RT @x", "@", "http://", "https://" + "a" * 300, "www.", "%s%n", "{}", "[]", "null",
    "0001-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59", "0000-00-00T00:00:00", "99999-01-01",
    "2024-02-30T00:00:00Z", "2024-01-01T25:00:00", "1e20", "-1", "NaN", "Fri Mar 06 13:02:05 +0000 2026",
    "Mon Jan 01 00:00:00 +2359 0001", "Fri Dec 31 23:59:59 -2359 9999", "17 Jun 2021", "2021-06-15 16:37:00 UTC",
    "2024-01-01T00:00:00Z", "twitter", "post", "reply", "repost", "sent", "received", "in", "out",
]
NASTY_NUMBERS = [0, -1, 1, 2**31, 2**63, -(2**63), 10**30, 1e20, -1e20, 1e308, 0.5, float("inf"), float("-inf"),
                 float("nan"), 253402300800, -62135596801, 10**4000]  # 4,001 digits: under the 4,300 limit

nasty_text = st.one_of(st.sampled_from(NASTY_STRINGS), st.text(max_size=40),
                       st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.characters(),
                               max_size=10))
scalars = st.one_of(st.none(), st.booleans(), st.sampled_from(NASTY_NUMBERS), st.integers(), st.floats(), nasty_text)
json_values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                            st.dictionaries(nasty_text, inner, max_size=4)),
                           max_leaves=12)
garbage_bytes = st.one_of(st.binary(max_size=200), st.sampled_from([
    b"", b"\0" * 64, b"\xff\xfe{\0}\0", b"\xef\xbb\xbf", b"\x80\x81\x82", b"PK\x03\x04", b"\x1f\x8b\x08", b"{", b"[",
    b"[" * 5000, b'{"a":' * 3000, b"1" * 5000, b"<?xml", b"<rss>", b"\xed\xa0\x80",
]))


@contextlib.contextmanager
def time_limit(seconds: int = SECONDS_PER_EXAMPLE) -> Iterator[None]:
    """Fail (rather than hang CI) when the block takes longer than ``seconds``."""

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"took more than {seconds} s: a hang?")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_error(error: CredscoreError) -> str:
    """A user-facing error: one printable line that can be written to any UTF-8 terminal."""
    message = str(error)
    assert message.strip(), f"{type(error).__name__} without a message"
    assert "\n" not in message and "\r" not in message, message
    message.encode("utf-8")
    assert len(message) < 2000, f"a {len(message)}-character error message"
    return message


def check_account(account: Account) -> Account:
    assert isinstance(account, Account)
    # What `credscore import -o` writes, and what scoring outputs quote: it must be writable as UTF-8.
    json.dumps(account.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
    return account


def outcome(read: Callable[[], Any]) -> Account | CredscoreError:
    """Run ``read`` under the time limit; the account it returns, checked, or the credscore error it raised."""
    with time_limit():
        try:
            result = read()
        except CredscoreError as error:
            check_error(error)
            return error
    return check_account(result)
