import pytest

from credscore.errors import RulesError
from credscore.features import feature_names
from credscore.rules import apply_rules, evaluate_rules, load_rules, lowering_hits
from credscore.rules.engine import RuleHit
from credscore.rules.schema import Condition, Rule
from credscore.signals.base import SignalResult

KNOWN = feature_names()
RULE = """
[[rule]]
id = "{id}"
when = [{{ feature = "{feature}", op = "{op}", value = {value} }}]
effect = "{effect}"
amount = {amount}
reason_en = "because"
reason_fr = "parce que"
"""


def _rules_file(tmp_path, text):
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_rules_load_and_name_known_features():
    rules = load_rules(known_features=KNOWN)
    assert rules.rules, "the bundled rules file has rules"
    assert all(rule.reason_en and rule.reason_fr for rule in rules.rules)


@pytest.mark.parametrize(("text", "message"), [
    (RULE.format(id="x", feature="nope.nothing", op=">", value=1, effect="add", amount=5),
     "rule 'x': unknown feature 'nope.nothing'"),
    (RULE.format(id="x", feature="link_only.link_share", op="~", value=1, effect="add", amount=5),
     "rule 'x'.when[0].op"),
    (RULE.format(id="x", feature="link_only.link_share", op=">", value=1, effect="boost", amount=5),
     "rule 'x'.effect"),
    (RULE.format(id="x", feature="link_only.link_share", op=">", value=1, effect="floor", amount=150),
     "amount 150 out of range"),
    (RULE.format(id="Bad Id", feature="link_only.link_share", op=">", value=1, effect="add", amount=5),
     "rule 'Bad Id'.id"),
    (RULE.format(id="x", feature="link_only.link_share", op=">", value=1, effect="add", amount=5)
     + "colour = 'red'\n", "rule 'x'.colour: Extra inputs are not permitted"),
    ("[verdict]\nlikely_fake_from = 20\nlikely_genuine_below = 40\n", "likely_genuine_below must not exceed"),
    ("[verdict\n", "not valid TOML"),
    ("whatever = 1\n", "unknown key 'whatever'"),
    (RULE.format(id="x", feature="link_only.link_share", op=">", value=1, effect="cap", amount=50) + "firm = true\n",
     "only a floor can be firm"),
    ("replace_defaults = true\n" + RULE.format(id="x", feature="link_only.link_share", op=">", value=1,
                                               effect="add", amount=5) * 2, "rule id 'x' appears twice"),
])
def test_invalid_rules_files_are_refused_with_a_clear_message(tmp_path, text, message):
    with pytest.raises(RulesError) as caught:
        load_rules(_rules_file(tmp_path, text), known_features=KNOWN)
    assert message in str(caught.value)
    assert "mine.toml" in str(caught.value)


def test_missing_rules_file(tmp_path):
    with pytest.raises(RulesError, match="no such rules file"):
        load_rules(tmp_path / "absent.toml")


def test_user_file_switches_off_overrides_and_adds(tmp_path):
    bundled = load_rules(known_features=KNOWN)
    first, second = bundled.rules[0].id, bundled.rules[1].id
    text = (f'[verdict]\nminimum_own_posts = 9\n\n[[rule]]\nid = "{first}"\nenabled = false\n'
            + RULE.format(id=second, feature="link_only.link_share", op=">=", value=0.9, effect="cap", amount=10)
            + RULE.format(id="my-rule", feature="buzzwords.density", op=">", value=30, effect="add", amount=7))
    merged = load_rules(_rules_file(tmp_path, text), known_features=KNOWN)
    by_id = {rule.id: rule for rule in merged.rules}
    assert merged.verdict.minimum_own_posts == 9
    assert merged.verdict.likely_fake_from == bundled.verdict.likely_fake_from
    assert not by_id[first].enabled and by_id[first].when == bundled.rules[0].when
    assert first not in {rule.id for rule in merged.active()}
    assert by_id[second].effect == "cap" and by_id[second].amount == 10
    assert by_id["my-rule"].amount == 7
    assert len(merged.rules) == len(bundled.rules) + 1


def test_replace_defaults_drops_bundled_rules(tmp_path):
    text = "replace_defaults = true\n" + RULE.format(id="only", feature="link_only.link_share", op=">", value=0.5,
                                                     effect="add", amount=5)
    assert [rule.id for rule in load_rules(_rules_file(tmp_path, text)).rules] == ["only"]


def _rule(effect, amount, feature="link_only.link_share", op=">=", value=0.5):
    firm = effect == "firm"
    return Rule(id=f"r-{effect}-{amount}", when=(Condition(feature=feature, op=op, value=value),),
                effect="floor" if firm else effect, amount=amount, reason_en="e", reason_fr="f", firm=firm)


@pytest.mark.parametrize(("score", "rules", "expected"), [
    (50, [], 50),
    (50, [("add", 10), ("add", 5)], 65),
    (95, [("add", 10)], 100),
    (5, [("add", -10)], 0),
    (30, [("floor", 70), ("floor", 60)], 70),
    (90, [("floor", 70)], 90),
    (90, [("cap", 60), ("cap", 40)], 40),
    # A cap wins over a floor: protective evidence is applied last.
    (30, [("floor", 70), ("cap", 60)], 60),
    (50, [("add", 30), ("cap", 60)], 60),
    # A firm floor holds against the caps; above it, the caps apply as before.
    (30, [("firm", 70), ("cap", 60)], 70),
    (90, [("firm", 70), ("cap", 60)], 70),
    (30, [("firm", 70), ("floor", 80), ("cap", 60)], 70),
    (90, [("firm", 70)], 90),
])
def test_effects_apply_in_order(score, rules, expected):
    hits = [RuleHit(_rule(effect, amount), {}, ()) for effect, amount in rules]
    assert apply_rules(score, hits) == expected


@pytest.mark.parametrize(("score", "rule", "quotes", "shown"), [
    # A cap explains a score only where it held it down.
    (80, ("cap", 60), True, True), (30, ("cap", 60), True, False),
    # A floor that raised the score explains it; one that quotes a signal's habit is shown either way.
    (20, ("floor", 35), False, True), (20, ("floor", 35), True, True), (90, ("floor", 35), True, True),
    # A floor on a derived value (it quotes nothing) under a score already above it changed nothing: not shown.
    (90, ("floor", 35), False, False), (35, ("floor", 35), False, False),
    (10, ("add", 5), False, True),
])
def test_the_hits_that_explain_a_score(score, rule, quotes, shown):
    feature = "link_only.link_share" if quotes else "family.converging"
    # Whether the items were gathered (a batch leaves them out) does not change which hits explain the score.
    hit = RuleHit(_rule(*rule, feature=feature), {}, ())
    assert (lowering_hits(score, [hit]) == [hit]) is shown


@pytest.mark.parametrize(("score", "cap_shown"), [
    # The firm floor put back the score the cap held down: the cap changed nothing, and is no reason.
    (65, False), (70, False),
    # The cap held a higher score down to the firm floor: it explains part of the verdict.
    (90, True),
])
def test_a_cap_undone_by_a_firm_floor_is_no_reason(score, cap_shown):
    firm, cap = RuleHit(_rule("firm", 70), {}, ()), RuleHit(_rule("cap", 60), {}, ())
    assert (cap in lowering_hits(score, [firm, cap])) is cap_shown
    assert firm in lowering_hits(score, [firm, cap])


@pytest.mark.parametrize(("score", "firm_shown"), [
    # The cap held 90 down to 60, and the firm floor on a derived value lifted it to 70: both explain the score.
    (90, True),
    # Below the cap, the firm floor raised the score itself.
    (30, True),
    # Above the floor with no cap: the floor changed nothing.
    (80, None),
])
def test_a_firm_floor_on_a_derived_value_that_undid_a_cap_is_a_reason(score, firm_shown):
    firm = RuleHit(_rule("firm", 70, feature="views.worst_score"), {}, ())
    cap = RuleHit(_rule("cap", 60), {}, ())
    if firm_shown is None:
        assert lowering_hits(score, [firm]) == []
        return
    shown = lowering_hits(score, [firm, cap])
    assert (firm in shown) is firm_shown
    assert apply_rules(score, [firm, cap]) == 70


@pytest.mark.parametrize(("measured", "op", "threshold", "fires"), [
    (0.6, ">=", 0.5, True), (0.5, ">=", 0.5, True), (0.4, ">=", 0.5, False), (0.5, ">", 0.5, False),
    (0.4, "<", 0.5, True), (0.5, "<=", 0.5, True), (0.5, "==", 0.5, True), (None, ">=", 0.0, False),
])
def test_conditions(measured, op, threshold, fires):
    values = {"wordless_share": 0.0, "link_share": measured, "shortener_share": 0.0}
    result = (SignalResult("link_only", True, values, {}) if measured is not None
              else SignalResult("link_only", False, note="no post"))
    from credscore.rules.schema import RuleSet, VerdictSettings
    settings = VerdictSettings(minimum_own_posts=5, likely_fake_from=65, likely_genuine_below=35,
                               max_model_reasons=3, min_model_contribution=0.3)
    rules = RuleSet(verdict=settings, rules=(_rule("add", 5, op=op, value=threshold),))
    assert bool(evaluate_rules(rules, {"link_only": result})) is fires


@pytest.mark.parametrize(("measured", "if_unmeasured", "fires"), [
    (None, False, False),   # by default, what could not be measured satisfies no condition
    (None, True, True),     # "no identical cross-posting" holds of an account seen on one platform
    (float("nan"), False, False),  # a signal gives NaN for a feature it could not measure
    (float("nan"), True, True),
    (0.3, True, True),      # measured, the value decides
    (0.9, True, False),
])
def test_a_condition_can_hold_of_an_unmeasured_feature(measured, if_unmeasured, fires):
    from credscore.rules.schema import Condition, Rule, RuleSet, VerdictSettings

    rule = Rule(id="r", when=(Condition(feature="link_only.link_share", op="<", value=0.6,
                                        if_unmeasured=if_unmeasured),),
                effect="cap", amount=60, reason_en="x", reason_fr="x")
    settings = VerdictSettings(minimum_own_posts=5, likely_fake_from=65, likely_genuine_below=35,
                               max_model_reasons=3, min_model_contribution=0.3)
    result = (SignalResult("link_only", True, {"link_share": measured}, {}) if measured is not None
              else SignalResult("link_only", False, note="no post"))
    hits = evaluate_rules(RuleSet(verdict=settings, rules=(rule,)), {"link_only": result})
    assert bool(hits) is fires
    # The hit shows the values that were measured, and none for what was not.
    unmeasured = measured is None or measured != measured
    assert all(hit.values == ({} if unmeasured else {"link_only.link_share": measured}) for hit in hits)
