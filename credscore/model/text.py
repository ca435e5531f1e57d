"""The text component: how much an account's wording resembles the fakes the model learned from.

Signals capture habits; some of what tells accounts apart is in the wording itself (the
templated phrasing of a posting tool, the vocabulary of a feed). A TF-IDF + logistic regression
model over an account's posts gives one number, its log-odds of "fake", which enters the
classifier as one more feature (``text.style``) beside the signals. It is one column among
many, so it cannot hide the explainable signals, and when it matters the verdict quotes the
posts whose wording weighs most.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from credscore.account import Account
from credscore.signals.base import Feature

if TYPE_CHECKING:
    # Imported where a text model is built or applied: a verdict of a model without one never needs them.
    from scipy import sparse
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.pipeline import Pipeline

__all__ = ["TEXT_FEATURE", "TEXT_SIGNAL", "account_text", "build_text_model", "hash_texts", "text_logits"]

TEXT_SIGNAL = "text"
TEXT_FEATURE = Feature(
    "style",
    "Wording close to that of the fake accounts the model learned from (text model log-odds)",
    "Formulations proches de celles des faux comptes appris par le modèle (log-cote du modèle de texte)",
    # The wording model's log-odds: higher is closer to the fakes' wording, which is what the account says.
    towards="fake", family="hollow_talk",
)
# Words are hashed rather than kept in a vocabulary: the model file stays small (no word list
# to store) and holds no verbatim text of the training accounts. 2**18 buckets keep collisions rare.
HASH_BUCKETS = 2**18
# Word unigrams and bigrams: bigrams carry templates ("link in", "check out").
NGRAM_RANGE = (1, 2)


def account_text(account: Account) -> str:
    """All the account's posts as one document."""
    return "\n".join(post.text for post in account.posts)


@cache
def _hasher() -> HashingVectorizer:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(n_features=HASH_BUCKETS, ngram_range=NGRAM_RANGE, alternate_sign=False, norm=None,
                             dtype=np.float64)


def hash_texts(texts: Sequence[str]) -> sparse.csr_matrix:
    """Word and bigram counts of each text, hashed: the text model's input. Stateless, so computed once
    per text and shared by every fold of a cross-validation."""
    return _hasher().transform(list(texts))


def build_text_model(seed: int) -> Pipeline:
    """TF-IDF weighting + logistic regression over hashed counts (see :func:`hash_texts`)."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([
        ("tfidf", TfidfTransformer(sublinear_tf=True)),
        # liblinear: fast and exact on a few thousand documents with many sparse features.
        ("classify", LogisticRegression(solver="liblinear", max_iter=2000, random_state=seed)),
    ])


def text_logits(model: Pipeline, hashed: sparse.spmatrix) -> np.ndarray:
    return model.decision_function(hashed)
