"""The real-data check: PAN 2019 bots vs humans, read from ../shared (never copied here).

Bots are not fake experts, but automation, link-only posting and templated text are shared habits,
so the signals must separate them on real text. A deterministic subset keeps the run short; the
full-corpus figures are in the model card (``credscore evaluate`` commands in the README).
"""

import itertools

import pytest

from credscore import evaluate
from credscore.features import feature_names
from credscore.model.persistence import load_model
from credscore.reader import iter_records
from credscore.resources import default_model_path
from credscore.rules import load_rules

# Every fifth account of the file (sorted by id): about 400 accounts, both labels.
SUBSET_STEP = 5
RULES = load_rules(known_features=feature_names())


@pytest.fixture(scope="module")
def pan(request):
    shared = request.getfixturevalue("shared_dir")
    path = shared / "data" / "pan19-bots-en" / "accounts.jsonl"
    records = itertools.islice(iter_records(path), 0, None, SUBSET_STEP)
    return evaluate.labelled_set((record.account for record in records), RULES.verdict.minimum_own_posts)


def test_the_file_loads_without_a_single_error(shared_dir):
    records = list(iter_records(shared_dir / "data" / "pan19-bots-en" / "accounts.jsonl"))
    assert len(records) == 2016
    assert [r for r in records if r.error] == []


def test_timing_signals_say_not_measurable_without_timestamps(pan):
    assert all(not result["automation_cadence"].measurable for result in pan.results)


def test_shipped_model_ranks_bots_above_humans_without_training_on_them(pan):
    model = load_model(default_model_path(), expected_features=feature_names())
    report = evaluate.evaluate_model(pan, model, RULES)
    assert report["model"]["roc_auc"] >= 0.85
    # Bots are not fake experts: what ships (the score after the rules) must call no ordinary human likely fake.
    assert report["genuine_called_likely_fake"] == 0.0
    # Humans at 50 or more sit in the uncertain band: a history on one platform with no DM, where the absence of
    # cross-posts and DMs is no evidence either way (unmeasured), is held at 60 by the narrow-history rule.
    assert report["verdict"]["false_positive_rate"] <= 0.10


def test_trained_on_real_accounts_it_matches_the_bag_of_words_baseline(pan):
    report = evaluate.cross_validate(pan, RULES, n_folds=5, seed=0, text=True)
    assert report["cross_validation"]["split"] == "random"
    # 0.971 until a template filled in anew with a link to another page stopped counting as re-posting (a job feed
    # is not recycling; a templated bot feed loses that signal here): 0.969, the baseline 0.973.
    assert report["model"]["roc_auc"] >= 0.965
    assert report["model"]["roc_auc"] >= report["baseline"]["roc_auc"] - 0.01
    assert report["model"]["accuracy"] >= report["baseline"]["accuracy"] - 0.02
