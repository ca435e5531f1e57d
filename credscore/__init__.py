"""credscore: tell a credible social-media expert from a fake, with the evidence behind the verdict.

>>> import credscore
>>> verdict = credscore.score(credscore.load_account("data/examples/fr_fake_guru.json"))  # doctest: +SKIP
>>> verdict.band, verdict.score, verdict.reasons[0].message["en"]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from credscore.errors import (
    AccountValidationError,
    CredscoreError,
    InputError,
    LexiconError,
    ModelError,
    ModelIntegrityError,
    RulesError,
)

if TYPE_CHECKING:
    from credscore.account import Account, Follow, Message, Post, Profile, parse_account
    from credscore.batch import score_frame
    from credscore.features import AccountFeaturizer
    from credscore.privacy import redact_verdict
    from credscore.reader import iter_records, load_account, load_accounts
    from credscore.scoring import Scorer
    from credscore.verdict import Coverage, Reason, Verdict

__all__ = [
    "Account",
    "AccountFeaturizer",
    "AccountValidationError",
    "Coverage",
    "CredscoreError",
    "Follow",
    "InputError",
    "LexiconError",
    "Message",
    "ModelError",
    "ModelIntegrityError",
    "Post",
    "Profile",
    "Reason",
    "RulesError",
    "Scorer",
    "Verdict",
    "__version__",
    "iter_records",
    "load_account",
    "load_accounts",
    "parse_account",
    "redact_verdict",
    "score",
    "score_frame",
]

# Modules load on first use, so that `import credscore` (and `credscore --help`) stays quick: spaCy and
# scikit-learn take seconds, and even the account model's pydantic classes take a noticeable part of a second.
_LAZY = {
    "Account": "credscore.account",
    "Follow": "credscore.account",
    "Message": "credscore.account",
    "Post": "credscore.account",
    "Profile": "credscore.account",
    "parse_account": "credscore.account",
    "iter_records": "credscore.reader",
    "load_account": "credscore.reader",
    "load_accounts": "credscore.reader",
    "AccountFeaturizer": "credscore.features",
    "Scorer": "credscore.scoring",
    "Coverage": "credscore.verdict",
    "Reason": "credscore.verdict",
    "Verdict": "credscore.verdict",
    "redact_verdict": "credscore.privacy",
    "score_frame": "credscore.batch",
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("credscore")
        except PackageNotFoundError:
            return "0+unknown"
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'credscore' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def score(account: Account, *, model: Any = None, rules: Any = None) -> Verdict:
    """Score one account with the shipped model (or ``model``) and the bundled rules (merged with ``rules``)."""
    return _scorer(model, rules).score(account)


def _scorer(model: Any, rules: Any) -> Scorer:
    # Loading the model, rules and spaCy pipelines is the slow part: keep one scorer per configuration.
    from credscore.scoring import Scorer

    key = (str(model), str(rules))
    if key not in _SCORERS:
        _SCORERS[key] = Scorer(model=model, rules=rules)
    return _SCORERS[key]


_SCORERS: dict[tuple[str, str], Scorer] = {}
