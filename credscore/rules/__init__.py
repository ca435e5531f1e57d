"""The rule layer: rules as data, validated at load, evaluated into :class:`RuleHit` records."""

from credscore.rules.engine import RuleHit, apply_rules, evaluate_rules, lowering_hits
from credscore.rules.loader import default_rules_path, load_rules
from credscore.rules.schema import DERIVED_FEATURES, Condition, Rule, RuleSet, VerdictSettings

__all__ = [
    "DERIVED_FEATURES",
    "Condition",
    "Rule",
    "RuleHit",
    "RuleSet",
    "VerdictSettings",
    "apply_rules",
    "default_rules_path",
    "evaluate_rules",
    "load_rules",
    "lowering_hits",
]
