"""Load test of the HTTP API: many concurrent clients for a fixed time, with oversized bodies mixed in.

    python benchmarks/api_load.py --spawn [--concurrency 200] [--duration 15]
    python benchmarks/api_load.py --url http://127.0.0.1:8000 [--server-pid PID] [--json]

``--spawn`` starts ``credscore serve`` on a free local port (with ``--max-body-mb``), waits for it,
runs the load and stops it; otherwise the load goes to ``--url``. ``--concurrency`` clients loop
until ``--duration`` seconds have passed, each sending, in turn: a small valid account to
``POST /v1/score`` (a few posts, so that the run measures the server rather than the NLP), and every
``--oversized-every``-th request a body of ``--oversized-bytes`` (just over the limit), which must
be refused with 413. Requests still in flight at the deadline are awaited.

It prints requests/s, p50/p99 latency of the scoring requests, the answers by status, transport
errors (requests that got no answer), and the server's peak RSS (``VmHWM`` of ``--server-pid``,
Linux). ``--json`` prints the same as one JSON object. The exit status is 1 when any request got a
5xx, no answer, or an answer it should not have (a 200 without a verdict, an oversized body not refused).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import ssl
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

MB = 1024 * 1024
KEEPALIVE_EXPIRY = 2.0


def account(number: int) -> dict[str, Any]:
    """A small valid account, French and English, different for every request (no caching can help)."""
    return {
        "id": f"load-{number}",
        "posts": [
            {"platform": "twitter", "text": f"Notre taux de conversion est passé de 2,1 % à {3 + number % 5} %."},
            {"platform": "linkedin", "text": "Boostez votre engagement avec ma méthode ! https://bit.ly/x1"},
            {"platform": "twitter", "text": "@marie merci, on en parle demain autour d'un café ?", "kind": "reply"},
            {"platform": "mastodon", "text": f"We cut churn by {number % 9 + 1}% after rewriting onboarding emails."},
            {"platform": "twitter", "text": "Storytelling + communauté = succès 🚀 #socialmedia"},
            {"platform": "linkedin", "text": "Margins improved once we dropped the free tier; details in the post."},
        ],
    }


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    wrong: list[str] = field(default_factory=list)
    oversized_sent: int = 0

    @property
    def requests(self) -> int:
        return sum(self.statuses.values()) + sum(self.errors.values())


async def client_loop(client: httpx.AsyncClient, worker: int, args: argparse.Namespace, deadline: float,
                      oversized: bytes, results: Results) -> None:
    turn = 0
    while time.monotonic() < deadline:
        turn += 1
        too_big = args.oversized_every > 0 and (worker + turn) % args.oversized_every == 0
        try:
            if too_big:
                results.oversized_sent += 1
                response = await client.post("/v1/score", content=oversized,
                                             headers={"Content-Type": "application/json"})
            else:
                started = time.perf_counter()
                response = await client.post("/v1/score", json=account(worker * 100_000 + turn))
                results.latencies.append(time.perf_counter() - started)
        except httpx.HTTPError as exc:
            kind = "oversized" if too_big else "score"
            results.errors[f"{type(exc).__name__} ({kind})"] += 1
            continue
        results.statuses[str(response.status_code)] += 1
        if too_big and (response.status_code != 413 or response.json().get("limit") != "max_body_mb"):
            results.wrong.append(f"oversized body answered {response.status_code}")
        elif not too_big and (response.status_code != 200 or "band" not in response.json()):
            results.wrong.append(f"score answered {response.status_code}: {response.text[:200]}")


async def run_load(args: argparse.Namespace) -> tuple[Results, float]:
    results = Results()
    oversized = b" " * args.oversized_bytes
    # One client (one connection) per simulated user: a single pool shared by hundreds of connections costs
    # the load generator more CPU than the requests themselves. Idle connections are dropped by the client
    # before the server's keep-alive timeout (uvicorn: 5 s) can close them under a request being sent.
    limits = httpx.Limits(max_connections=1, keepalive_expiry=KEEPALIVE_EXPIRY)
    tls = ssl.create_default_context()  # built once: each client would load the CA bundle again
    async with contextlib.AsyncExitStack() as stack:
        clients = [await stack.enter_async_context(httpx.AsyncClient(base_url=args.url, limits=limits,
                                                                      timeout=args.timeout, verify=tls))
                   for _ in range(args.concurrency)]
        (await clients[0].get("/v1/health")).raise_for_status()
        started = time.monotonic()
        deadline = started + args.duration
        await asyncio.gather(*(client_loop(client, worker, args, deadline, oversized, results)
                               for worker, client in enumerate(clients)))
        elapsed = time.monotonic() - started
    return results, elapsed


def peak_rss_mb(pid: int | None) -> float | None:
    """The peak resident memory of process ``pid`` (``VmHWM``), in MB; ``None`` off Linux."""
    if pid is None:
        return None
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def summary(results: Results, elapsed: float, rss: float | None) -> dict[str, Any]:
    ordered = sorted(results.latencies)
    quantiles = statistics.quantiles(ordered, n=100, method="inclusive") if len(ordered) >= 2 else ordered * 99
    return {
        "requests": results.requests,
        "seconds": round(elapsed, 2),
        "requests_per_second": round(results.requests / elapsed, 1) if elapsed else 0.0,
        "scored": len(ordered),
        "p50_ms": round(quantiles[49] * 1000, 1) if ordered else None,
        "p99_ms": round(quantiles[98] * 1000, 1) if ordered else None,
        "max_ms": round(ordered[-1] * 1000, 1) if ordered else None,
        "statuses": dict(sorted(results.statuses.items())),
        "server_errors": sum(count for status, count in results.statuses.items() if status.startswith("5")),
        "unanswered": sum(results.errors.values()),
        "transport_errors": dict(results.errors),
        "oversized_sent": results.oversized_sent,
        "wrong_answers": len(results.wrong),
        "wrong_examples": results.wrong[:5],
        "server_peak_rss_mb": round(rss, 1) if rss is not None else None,
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def spawn_server(max_body_mb: float, startup_timeout: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "credscore", "serve", "--port", str(port), "--max-body-mb", str(max_body_mb)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + startup_timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited with status {process.returncode}")
        try:
            if httpx.get(url + "/v1/health", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    process.kill()
    raise SystemExit("the server did not start in time")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="The server to load, e.g. http://127.0.0.1:8000.")
    where.add_argument("--spawn", action="store_true", help="Start `credscore serve` on a free port and load it.")
    parser.add_argument("--server-pid", type=int, help="The server's process id, for its peak RSS.")
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument("--duration", type=float, default=15.0, help="Seconds of load.")
    parser.add_argument("--max-body-mb", type=float, default=1.0, help="With --spawn: the server's body limit.")
    parser.add_argument("--oversized-bytes", type=int, help="Size of the oversized bodies (default: the limit + 1 "
                        "byte with --spawn, else 10 MB + 1 byte).")
    parser.add_argument("--oversized-every", type=int, default=20, help="One request in N is oversized (0: none).")
    parser.add_argument("--timeout", type=float, default=120.0, help="Seconds a request may take.")
    parser.add_argument("--startup-timeout", type=float, default=180.0)
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")
    args = parser.parse_args(argv)

    server = None
    if args.spawn:
        server, args.url = spawn_server(args.max_body_mb, args.startup_timeout)
        args.server_pid = server.pid
    if args.oversized_bytes is None:
        args.oversized_bytes = int((args.max_body_mb if args.spawn else 10) * MB) + 1
    try:
        results, elapsed = asyncio.run(run_load(args))
        figures = summary(results, elapsed, peak_rss_mb(args.server_pid))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{figures['requests']} requests in {figures['seconds']} s from {args.concurrency} concurrent clients: "
              f"{figures['requests_per_second']} requests/s")
        print(f"scoring latency: p50 {figures['p50_ms']} ms, p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms")
        print(f"answers: {figures['statuses']}; no answer: {figures['unanswered']} {figures['transport_errors']}; "
              f"oversized bodies sent: {figures['oversized_sent']}; wrong answers: {figures['wrong_answers']}")
        print(f"server peak RSS: {figures['server_peak_rss_mb']} MB (pid {args.server_pid}, {os.uname().sysname})")
    failed = figures["server_errors"] or figures["unanswered"] or figures["wrong_answers"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
