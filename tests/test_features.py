import numpy as np
import pytest
from sklearn.base import clone
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from credscore.features import AccountFeaturizer, feature_names
from credscore.signals import registered_signals
from tests.conftest import account


def test_feature_names_follow_the_signals():
    names = feature_names()
    assert len(names) == len(set(names))
    assert names[: len(registered_signals()[0].features)] == registered_signals()[0].feature_names()
    assert all(name.count(".") == 1 for name in names)


def test_estimator_contract():
    featurizer = AccountFeaturizer(lang="fr")
    assert featurizer.get_params() == {"lang": "fr"}
    cloned = clone(featurizer)
    assert cloned.get_params() == featurizer.get_params() and cloned is not featurizer
    assert not hasattr(featurizer, "feature_names_out_")
    featurizer.fit([account(["hello"])])
    assert list(featurizer.feature_names_out_) == feature_names()
    assert list(featurizer.get_feature_names_out()) == feature_names()


def test_transform_gives_nan_for_unmeasurable_signals():
    rows = AccountFeaturizer().fit_transform([account(["Just one short post"]),
                                              account(["À lire https://bit.ly/a"] * 6)])
    assert rows.shape == (2, len(feature_names()))
    names = feature_names()
    # No timestamps at all: the posting rhythm cannot be measured, which is not "0".
    assert np.isnan(rows[0, names.index("automation_cadence.interval_dispersion")])
    assert rows[1, names.index("link_only.wordless_share")] == pytest.approx(1.0)


def test_plugs_into_a_users_pipeline():
    accounts = [account([f"Check https://bit.ly/{i}"] * 6, id=f"f{i}") for i in range(4)]
    accounts += [account([f"Our margin rose to {30 + i} % this quarter, thanks to the new supplier terms"] * 6,
                         id=f"g{i}") for i in range(4)]
    labels = [1] * 4 + [0] * 4
    pipeline = make_pipeline(AccountFeaturizer(), SimpleImputer(keep_empty_features=True), LogisticRegression())
    pipeline.fit(accounts, labels)
    assert list(pipeline.predict(accounts)) == labels
