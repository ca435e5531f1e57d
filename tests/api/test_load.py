"""The API under load (issue #7): 200 concurrent clients in another process, oversized bodies mixed in.

The server runs as ``credscore serve`` in a subprocess (so that its peak RSS is its own), and
``benchmarks/api_load.py`` drives it from a second process for a bounded time. Every request
must be answered, none with a 5xx, every oversized body refused with 413; the figures (p50/p99
latency, requests/s, peak RSS) are printed (``pytest -s``) for the reliability note.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import REPO

LOAD_SCRIPT = REPO / "benchmarks" / "api_load.py"
MAX_BODY_MB = 1
CONCURRENCY = 200
DURATION = 12
STARTUP_TIMEOUT = 180


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, "-m", "credscore", "serve", "--port", str(port),
                                    "--max-body-mb", str(MAX_BODY_MB)], stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(f"the server exited ({process.returncode}): {log.read_text()[-2000:]}")
            try:
                if httpx.get(url + "/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not start in time")
            time.sleep(0.25)
        yield url, process, log
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.slow
def test_200_concurrent_clients_get_answers_and_no_5xx(served: tuple[str, subprocess.Popen[bytes], Path]) -> None:
    url, server, _ = served
    run = subprocess.run(
        [sys.executable, str(LOAD_SCRIPT), "--url", url, "--server-pid", str(server.pid), "--concurrency",
         str(CONCURRENCY), "--duration", str(DURATION), "--oversized-bytes", str(MAX_BODY_MB * 1024 * 1024 + 1),
         "--oversized-every", "20", "--json"],
        capture_output=True, text=True, timeout=DURATION + 300, check=False)
    assert run.stdout.strip(), run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"\nAPI load: {json.dumps(figures)}")
    assert figures["server_errors"] == 0, figures
    assert figures["unanswered"] == 0, figures
    assert figures["wrong_answers"] == 0, figures
    assert figures["requests"] >= CONCURRENCY
    assert figures["statuses"]["200"] == figures["scored"] > 0
    assert figures["oversized_sent"] > 0 and figures["statuses"]["413"] == figures["oversized_sent"]
    assert sum(figures["statuses"].values()) == figures["requests"]
    assert figures["server_peak_rss_mb"] is not None and figures["server_peak_rss_mb"] < 2048
    assert run.returncode == 0
    # and the server is still well
    assert httpx.get(url + "/v1/health", timeout=10).status_code == 200
    assert server.poll() is None


@pytest.mark.slow
def test_the_server_stops_cleanly_on_sigterm(served: tuple[str, subprocess.Popen[bytes], Path]) -> None:
    _, server, log = served
    server.terminate()
    # uvicorn shuts down gracefully, then lets SIGTERM end the process as it would have
    assert server.wait(timeout=60) in (0, -signal.SIGTERM)
    shown = log.read_text()
    assert "Application shutdown complete" in shown
    assert "Traceback" not in shown
