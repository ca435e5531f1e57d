"""The pipelines are built one language at a time, when first asked for; what reads the lexicons needs none."""

from __future__ import annotations

import pytest

from credscore.nlp.analysis import _hashtag_terms, hashtag_spelling
from credscore.nlp.pipeline import Pipelines


def test_a_pipeline_is_built_when_first_asked_for_and_only_then():
    pipelines = Pipelines(None)
    assert pipelines.built() == []
    assert list(pipelines) == ["fr", "en"] and "fr" in pipelines and "da" not in pipelines
    french = pipelines["fr"]
    assert french.lang == "fr" and pipelines.built() == [french]
    assert pipelines["fr"] is french  # once
    with pytest.raises(KeyError):
        pipelines["da"]
    assert [nlp.lang for nlp in pipelines.values()] == ["fr", "en"]


def test_hashtag_terms_are_the_matchers_terms():
    # Read from the lexicons, without building a pipeline: the same terms, in the matchers' order, as before.
    index: dict[str, dict[str, str]] = {}
    for nlp in Pipelines(None).values():
        for lexicon, term in nlp.get_pipe("credscore_lexicons").lexicon_terms():
            index.setdefault(hashtag_spelling(term), {}).setdefault(lexicon, term)
    assert _hashtag_terms(None) == {tag: tuple(terms.items()) for tag, terms in index.items()}
