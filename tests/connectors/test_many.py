"""A list of handles: fetched with bounded concurrency, scored, one row each, errors in their place."""

from __future__ import annotations

import csv
import threading

import pytest

from credscore.batch import score_file
from credscore.connectors.many import fetch_many, host_of
from credscore.errors import CredscoreError
from credscore.scoring import Scorer
from tests.connectors.fakes import FakeMastodon, serve


@pytest.mark.parametrize(("spec", "host"), [
    ("mastodon:@a@mastodon.social", "mastodon.social"),
    ("@b@Fosstodon.org", "fosstodon.org"),
    ("bluesky:x.bsky.social", "public.api.bsky.app"),
    ("rss:https://blog.example.org/feed.xml", "blog.example.org"),
    ("mastodon:https://mas.to/@u", "mas.to"),
])
def test_host_of(spec, host):
    assert host_of(spec) == host


@pytest.fixture
def no_proxy(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_fetch_many_keeps_order_and_limits_each_host(no_proxy):
    fake = FakeMastodon()
    active, peak, lock = [0], [0], threading.Lock()
    respond = fake.respond

    def counting(path, params, base):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        try:
            threading.Event().wait(0.01)  # long enough for fetches to overlap
            return respond(path, params, base)
        finally:
            with lock:
                active[0] -= 1

    fake.respond = counting
    with serve(fake) as base:
        specs = [f"mastodon:{base}/@ada"] * 6 + ["twitter:@nobody"]
        results = list(fetch_many(specs, workers=4, per_host=2))
    assert [spec for spec, _ in results] == specs
    assert all(not isinstance(result, CredscoreError) for _, result in results[:6])
    assert isinstance(results[6][1], CredscoreError) and "unknown connector" in str(results[6][1])
    assert peak[0] <= 2, "at most two requests at a time against one host"


def test_batch_of_handles_gives_one_row_per_handle(tmp_path, no_proxy):
    fake = FakeMastodon()
    with serve(fake) as base:
        handles = tmp_path / "handles.txt"
        handles.write_text(f"# researchers' list\nmastodon:{base}/@ada\n\nbluesky:\nmastodon:{base}/@ada\n",
                           encoding="utf-8")
        summary = score_file(handles, tmp_path / "scores.csv", Scorer())
    with (tmp_path / "scores.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert summary.rows == 3 and summary.errors == 2
    host = base.removeprefix("http://")
    assert rows[0]["id"] == f"mastodon:@ada@{host}" and rows[0]["band"] and not rows[0]["error"]
    assert rows[1]["id"] == "line 4 (bluesky:)" and "says which connector but not which account" in rows[1]["error"]
    assert "duplicate id" in rows[2]["error"]
