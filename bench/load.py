"""Load test: many concurrent /v1/summarize requests against a server this script starts.

    .venv/bin/python bench/load.py [--concurrency 50] [--requests 500] [--seconds 60] [--workers 1]

Starts ``newsfuse serve`` on a free loopback port, keeps ``--concurrency`` requests in flight
(the built-in invented example cluster, 120 words) until ``--requests`` are done or
``--seconds`` have passed, stops the server, and prints latency percentiles and errors.
Exits non-zero if any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

import httpx

from newsfuse.server.run import ServerProcess
from newsfuse.server.service import example_documents
from newsfuse.server.settings import ServerSettings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def hold_load(url: str, body: dict, concurrency: int, requests: int, seconds: float):
    latencies: list[float] = []
    errors: list[str] = []
    issued = 0
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def user() -> None:
            nonlocal issued
            while issued < requests and time.monotonic() < deadline:
                issued += 1
                started = time.perf_counter()
                try:
                    reply = await client.post("/v1/summarize", json=body)
                    if reply.status_code != 200:
                        errors.append(f"HTTP {reply.status_code}: {reply.text[:120]}")
                        continue
                except httpx.HTTPError as error:
                    errors.append(f"{type(error).__name__}: {error}")
                    continue
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(user() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return latencies, errors, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--pipeline-workers", type=int, default=ServerSettings.pipeline_workers)
    parser.add_argument("--words", type=int, default=120)
    args = parser.parse_args()

    body = {"documents": example_documents(), "options": {"words": args.words}}
    settings = ServerSettings(
        port=0, workers=args.workers, pipeline_workers=args.pipeline_workers, access_log=False
    )
    with ServerProcess(settings) as server:
        latencies, errors, elapsed = asyncio.run(
            hold_load(server.url, body, args.concurrency, args.requests, args.seconds)
        )

    done = len(latencies)
    rows = [
        ("workers", f"{args.workers}"),
        ("pipeline workers", f"{args.pipeline_workers}"),
        ("concurrency", f"{args.concurrency}"),
        ("requests ok", f"{done}"),
        ("errors", f"{len(errors)}"),
        ("throughput", f"{done / elapsed:.1f} req/s"),
    ]
    if latencies:
        ms = [x * 1000 for x in latencies]
        rows += [
            ("latency p50", f"{percentile(ms, 0.50):.0f} ms"),
            ("latency p95", f"{percentile(ms, 0.95):.0f} ms"),
            ("latency p99", f"{percentile(ms, 0.99):.0f} ms"),
            ("latency mean", f"{statistics.fmean(ms):.0f} ms"),
            ("latency max", f"{max(ms):.0f} ms"),
        ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"| {'-' * width} | ----- |")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")
    for error in errors[:5]:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
