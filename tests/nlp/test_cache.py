"""Tables built once and read back from the user's cache: the same values, rebuilt when what they depend on changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from credscore.nlp import cache as cache_module
from credscore.nlp.cache import CACHE_ENV, cached
from credscore.nlp.lexicons import _invert_table, forms_by_lemma
from credscore.nlp.pipeline import EXTENSION, build_pipeline, lexicon_patterns
from credscore.resources import data_dir


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


def test_built_once_then_read_back_equal(cache_folder):
    value = {"peut-être": ("fr",), "the": ("en",), "und": ("de", "nl")}
    build = Builds(value)
    first = cached("table", ("v1",), build, check=lambda found: isinstance(found, dict))
    second = cached("table", ("v1",), build, check=lambda found: isinstance(found, dict))
    assert first == second == value
    assert list(second) == list(value)  # the order too
    assert build.calls == 1
    assert len(list(cache_folder.glob("table-*"))) == 1


def test_a_new_key_builds_again_and_drops_the_old_table(cache_folder):
    old, new = Builds({"a": 1}), Builds({"a": 2})
    cached("table", ("lexicons v1",), old, check=lambda found: isinstance(found, dict))
    assert cached("table", ("lexicons v2",), new, check=lambda found: isinstance(found, dict)) == {"a": 2}
    assert new.calls == 1
    assert len(list(cache_folder.glob("table-*"))) == 1


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"\xe9"])
def test_a_damaged_table_is_built_again(cache_folder, damage):
    build = Builds({"a": (1,)})
    cached("table", ("v1",), build, check=lambda found: isinstance(found, dict))
    (path,) = cache_folder.glob("table-*")
    path.write_bytes(damage)
    assert cached("table", ("v1",), build, check=lambda found: isinstance(found, dict)) == {"a": (1,)}
    assert build.calls == 2


def test_a_table_of_another_shape_is_built_again(cache_folder):
    cached("table", ("v1",), Builds([1, 2]), check=lambda found: True)
    build = Builds({"a": 1})
    assert cached("table", ("v1",), build, check=lambda found: isinstance(found, dict)) == {"a": 1}
    assert build.calls == 1


def test_an_unwritable_folder_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    build = Builds({"a": 1})
    for _ in range(2):
        assert cached("table", ("v1",), build, check=lambda found: isinstance(found, dict)) == {"a": 1}
    assert build.calls == 2


def test_turned_off_with_an_empty_setting(monkeypatch):
    monkeypatch.setenv(CACHE_ENV, "")
    assert cache_module.cache_dir() is None
    build = Builds({"a": 1})
    cached("table", ("v1",), build, check=lambda found: True)
    cached("table", ("v1",), build, check=lambda found: True)
    assert build.calls == 2


def test_the_lemma_forms_read_back_are_those_built(cache_folder):
    import spacy_lookups_data

    forms_by_lemma.cache_clear()
    try:
        cached_forms = forms_by_lemma("fr")
        assert list(cache_folder.glob("lemma-forms-fr-*"))
        forms_by_lemma.cache_clear()
        assert forms_by_lemma("fr") == cached_forms  # read back from the file
    finally:
        forms_by_lemma.cache_clear()
    table = Path(spacy_lookups_data.__file__).parent / "data" / "fr_lemma_lookup.json.gz"
    assert cached_forms == _invert_table(table)
    assert "communautés" in cached_forms["communauté"]


def test_cached_lexicon_patterns_match_as_freshly_built_ones(cache_folder):
    texts = ["Rejoignez ma communauté, engagement garanti !", "Boost your ROI with my community growth hacks",
             "Les communautes et l'engagement", "N°1 des coachs, number 1 coach"]
    for lang in ("fr", "en"):
        first = build_pipeline(lang)  # builds the patterns and caches them
        second = build_pipeline(lang)  # reads them back
        assert list(cache_folder.glob(f"lexicon-patterns-{lang}-*"))
        fresh = lexicon_patterns(first, _lexicons())
        assert second.get_pipe("credscore_lexicons").lexicon_terms() == [(name, term) for name, term, *_ in fresh]
        for text in texts:
            assert getattr(second(text)._, EXTENSION) == getattr(first(text)._, EXTENSION)
        assert any(getattr(second(text)._, EXTENSION) for text in texts)


def test_a_changed_lexicon_is_matched_at_once(cache_folder, tmp_path):
    folder = tmp_path / "lexicons"
    shutil.copytree(data_dir() / "lexicons", folder)
    before = build_pipeline("fr", folder)
    assert not getattr(before("Un zorglubisme assumé")._, EXTENSION)
    lexicon = sorted(folder.glob("*.toml"))[0]
    text = lexicon.read_text(encoding="utf-8")
    lexicon.write_text(text.replace("fr = [", 'fr = ["zorglubisme", ', 1), encoding="utf-8")
    after = build_pipeline("fr", folder)
    assert getattr(after("Un zorglubisme assumé")._, EXTENSION)


def _lexicons():
    from credscore.nlp.lexicons import load_lexicons

    return load_lexicons(data_dir() / "lexicons")


def test_the_latin_lookalikes_read_back_are_those_built(cache_folder):
    from credscore.nlp.normalise import _make_latin_lookalikes, latin_lookalikes

    latin_lookalikes.cache_clear()
    try:
        first = latin_lookalikes()
        latin_lookalikes.cache_clear()
        assert latin_lookalikes() == first == _make_latin_lookalikes()
        assert first["а"] == "a"  # Cyrillic a
        assert list(cache_folder.glob("latin-lookalikes-*"))
    finally:
        latin_lookalikes.cache_clear()
