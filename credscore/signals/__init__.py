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

__all__ = ["SIGNAL_MODULES", "Evidence", "Feature", "Signal", "SignalResult", "compute_signals", "registered_signals"]

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
    "conversation",
    "automation_cadence",
)


@cache
def registered_signals() -> tuple[Signal, ...]:
    """Every signal, in the order of :data:`SIGNAL_MODULES`."""
    for module in SIGNAL_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    by_name = {signal.name: signal for signal in base.registered_signals()}
    return tuple(by_name[name] for name in SIGNAL_MODULES)


def compute_signals(account: AnalysedAccount) -> dict[str, SignalResult]:
    """Run every signal on an analysed account."""
    return {signal.name: signal(account) for signal in registered_signals()}
