"""``credscore serve``: its options, their validation, and how they reach uvicorn and the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from typer.testing import CliRunner

import credscore.scoring
from credscore.api.settings import MB, ApiSettings
from credscore.cli import app
from credscore.errors import CredscoreError

runner = CliRunner()


def test_help_lists_every_option() -> None:
    result = runner.invoke(app, ["serve", "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    for option in ("--host", "--port", "--model", "--trust-model", "--rules", "--workers-threads", "--max-body-mb",
                   "--max-batch", "--max-posts", "--no-fetch"):
        assert option in result.stdout


def test_serve_is_listed_among_the_commands() -> None:
    assert "serve" in runner.invoke(app, ["--help"], catch_exceptions=False).stdout


@pytest.mark.parametrize(("arguments", "option"), [
    (["--max-batch", "0"], "--max-batch"),
    (["--max-posts", "-1"], "--max-posts"),
    (["--max-body-mb", "0"], "--max-body-mb"),
    (["--workers-threads", "0"], "--workers-threads"),
    (["--port", "70000"], "--port"),
    (["--port", "eighty"], "--port"),
])
def test_bad_values_are_refused(arguments: list[str], option: str) -> None:
    result = runner.invoke(app, ["serve", *arguments])
    assert result.exit_code == 2
    assert option in result.output


class _RanError(Exception):
    pass


def test_options_reach_uvicorn_and_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def run(server: uvicorn.Server, *args: Any, **kwargs: Any) -> None:
        seen["config"] = server.config
        raise _RanError

    monkeypatch.setattr(uvicorn.Server, "run", run)
    monkeypatch.setattr(credscore.scoring, "Scorer",
                        lambda model=None, rules=None, trust=False: ("scorer", model, rules, trust))
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--port", "9123", "--max-body-mb", "2.5",
                                 "--max-batch", "7", "--max-posts", "300", "--workers-threads", "3", "--no-fetch",
                                 "--rules", "mine.toml"])
    assert isinstance(result.exception, _RanError), result.output
    config = seen["config"]
    assert (config.host, config.port) == ("0.0.0.0", 9123)
    assert config.app.state.settings == ApiSettings(rules=Path("mine.toml"), worker_threads=3,
                                                    max_body_bytes=int(2.5 * MB), max_batch=7, max_posts=300,
                                                    fetch=False)


def test_a_missing_model_is_one_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.skops"
    result = runner.invoke(app, ["serve", "--model", str(missing)])
    assert isinstance(result.exception, CredscoreError)
    assert str(missing) in str(result.exception)


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="max_batch"):
        ApiSettings(max_batch=0)


def test_trust_model_reaches_the_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def scorer(model: Any = None, rules: Any = None, trust: bool = False) -> None:
        seen.update(model=model, trust=trust)
        raise _RanError

    monkeypatch.setattr(credscore.scoring, "Scorer", scorer)
    result = runner.invoke(app, ["serve", "--model", "mine.skops", "--trust-model"])
    assert isinstance(result.exception, _RanError), result.output
    assert seen == {"model": Path("mine.skops"), "trust": True}
