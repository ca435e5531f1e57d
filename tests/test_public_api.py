import credscore


def test_all_is_sorted_and_complete():
    assert credscore.__all__ == sorted(credscore.__all__)
    public = {name for name in dir(credscore) if not name.startswith("_")} - {"annotations", "TYPE_CHECKING", "Any"}
    # Submodules imported as a side effect are not API; everything else public must be exported.
    modules = {name for name in public if type(getattr(credscore, name)).__name__ == "module"}
    assert public - modules <= set(credscore.__all__)


def test_every_export_resolves():
    for name in credscore.__all__:
        assert getattr(credscore, name) is not None


def test_version_is_a_string():
    assert isinstance(credscore.__version__, str) and credscore.__version__


def test_the_batch_package_exports_resolve():
    import credscore.batch as batch

    # (ruff keeps __all__ in order: constants, classes, functions)
    assert len(set(batch.__all__)) == len(batch.__all__)
    assert all(getattr(batch, name) is not None for name in batch.__all__)
    assert credscore.score_frame is batch.score_frame
