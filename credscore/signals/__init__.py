"""The signals: one module per habit of a fake expert, each a small pure function.

:func:`registered_signals` imports the signal modules (which register themselves) and lists
them in a stable order: the order of :data:`SIGNAL_MODULES`, which is the order of the model's
features.
"""

from __future__ import annotations

import importlib
from functools import cache

from credscore.nlp.analysis import AnalysedAccount
from credscore.signals import base
from credscore.signals.base import Evidence, Feature, Signal, SignalResult

__all__ = [
    "MIN_READABLE_SHARE",
    "SIGNAL_MODULES",
    "WORDING_SIGNALS",
    "Evidence",
    "Feature",
    "Signal",
    "SignalResult",
    "compute_signals",
    "readable_share",
    "registered_signals",
]

SIGNAL_MODULES = (
    "link_only",
    "cross_posting",
    "auto_dms",
    "welcome_dms",
    "buzzwords",
    "business_metrics",
    "topic_monoculture",
    "self_titles",
    "platform_sprawl",
    "lead_magnets",
    "earnings_claims",
    "platitudes",
    "hooks",
    "conversation",
    "automation_cadence",
    "engagement",
    "comment_authenticity",
    "audience_quality",
    "growth",
    "reciprocity",
    "reframes",
    "credential_requests",
    "untraceable_payments",
    "recruitment_schemes",
    "callouts",
)


@cache
def registered_signals() -> tuple[Signal, ...]:
    """Every signal, in the order of :data:`SIGNAL_MODULES`."""
    for module in SIGNAL_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    by_name = {signal.name: signal for signal in base.registered_signals()}
    return tuple(by_name[name] for name in SIGNAL_MODULES)


# The signals that read the meaning of words through French and English lexicons. On an account
# written in another language they would measure only that the lexicons do not match: a guess.
WORDING_SIGNALS = frozenset({"buzzwords", "business_metrics", "topic_monoculture", "self_titles", "platform_sprawl",
                             "lead_magnets", "earnings_claims", "platitudes", "hooks", "reframes",
                             "credential_requests", "untraceable_payments", "recruitment_schemes",
                             "callouts"})
# Below this share of words in French or English, the wording signals are not measured at all:
# an account half in Danish cannot be judged on what its French half says about it.
MIN_READABLE_SHARE = 0.5


def readable_share(account: AnalysedAccount) -> float:
    """The share of the account's words in a language credscore reads (see ``AnalysedAccount.readable_share``)."""
    return float(account.readable_share)


def compute_signals(account: AnalysedAccount) -> dict[str, SignalResult]:
    """Run every signal on an analysed account.

    On an account mostly in a language other than French or English, the wording signals are not
    measurable (and the verdict says so) rather than read through lexicons that cannot match.
    """
    unreadable = readable_share(account) < MIN_READABLE_SHARE
    return {signal.name: base.not_measurable(signal.name, UNREADABLE_NOTE.format(language=account.language))
            if unreadable and signal.name in WORDING_SIGNALS else signal(account)
            for signal in registered_signals()}


UNREADABLE_NOTE = "the account is mostly written in a language credscore cannot read ({language})"
