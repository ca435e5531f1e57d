"""One exception hierarchy for everything credscore raises on purpose.

::

    CredscoreError                    every error meant for the user (one clear line, no traceback)
    ├── InputError                    a file cannot be read, or is not in a format credscore knows
    │   └── AccountValidationError    an account document breaks the account format (record id + field path)
    ├── RulesError                    a rules file is missing, malformed, or refers to an unknown signal
    ├── LexiconError                  a lexicon data file is missing or malformed
    └── ModelError                    a model cannot be trained, saved or loaded
        └── ModelIntegrityError       a model file does not match its sidecar, or is not safe to load

The message of each error is written for a person: it names the file, the record and the
field path involved, and says what was expected.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "AccountValidationError",
    "CredscoreError",
    "InputError",
    "LexiconError",
    "ModelError",
    "ModelIntegrityError",
    "RulesError",
]


class CredscoreError(Exception):
    """Base of every error credscore raises on purpose."""


class InputError(CredscoreError):
    """An input file is unreadable or not in a supported format."""


class AccountValidationError(InputError):
    """An account document breaks the account format.

    ``problems`` lists ``(field_path, message)`` pairs, e.g. ``("posts[42].created_at",
    "not an ISO 8601 timestamp")``; ``record`` names the account (its id, or its position
    in the file when the id itself is unusable).
    """

    def __init__(self, record: str, problems: Sequence[tuple[str, str]]) -> None:
        self.record = record
        self.problems = tuple(problems)
        super().__init__(self._format())

    def _format(self) -> str:
        shown = [f"{path}: {message}" if path else message for path, message in self.problems[:3]]
        more = len(self.problems) - len(shown)
        text = f"{self.record}: " + "; ".join(shown)
        return f"{text} (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else text


class RulesError(CredscoreError):
    """A rules file is invalid."""


class LexiconError(CredscoreError):
    """A lexicon data file is invalid."""


class ModelError(CredscoreError):
    """A model cannot be trained, saved or loaded."""


class ModelIntegrityError(ModelError):
    """A model file fails its integrity or safety checks and was not loaded."""
