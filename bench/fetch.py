"""Extraction time per page and fetch throughput for 50 pages served on 127.0.0.1.

    .venv/bin/python bench/fetch.py [--pages 50] [--latency 0.05] [--runs 3]

Pages: article texts from ../shared/data/multinews_dev.jsonl (the first articles of 200+ words),
each wrapped in the same invented news-site template with the boilerplate real pages carry (meta
tags, a menu, a cookie banner, scripts, a related-stories box, a footer); without ../shared the
invented test pages in tests/fixtures/web are served instead. The server is the tests' threaded
http.server; ``--latency`` makes it wait before each answer, as a distant server would.
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the tests' local HTTP server

from newsfuse.ingest.fetch import fetch_each, fetch_pages  # noqa: E402
from newsfuse.ingest.html import extract_document  # noqa: E402
from newsfuse.options import Options  # noqa: E402
from webserver import FIXTURES, LocalServer, Reply  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "multinews_dev.jsonl"

TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Bench Gazette</title>
<meta property="og:site_name" content="The Bench Gazette">
<meta property="og:title" content="{title}">
<meta name="author" content="Staff reporter {number}">
<meta property="article:published_time" content="2024-03-{day:02d}T08:00:00+00:00">
<link rel="canonical" href="https://benchgazette.example/story/{number}">
<script>{script}</script>
</head><body>
<div class="cookie-banner">We and our partners use cookies. <button>Accept all</button></div>
<nav><ul>{menu}</ul></nav>
<main><article><h1>{title}</h1><p class="byline">By Staff reporter {number}</p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul>{related}</ul></aside></main>
<footer><p>The Bench Gazette, an invented newspaper for measurements.</p>{menu}</footer>
</body></html>
"""


def article_texts(count: int) -> tuple[list[str], str]:
    texts: list[str] = []
    if DEV.exists():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            texts += [t for t in json.loads(line)["documents"] if len(t.split()) >= 200]
            if len(texts) >= count:
                return texts[:count], f"{DEV.name}, first {count} articles of 200+ words"
    return [], "tests/fixtures/web pages, repeated (../shared is absent)"


def build_pages(count: int) -> tuple[list[bytes], str]:
    texts, origin = article_texts(count)
    if not texts:
        fixtures = [(FIXTURES / n).read_bytes() for n in ("ledger_ferry.html", "plain_ferry.html")]
        return [fixtures[n % len(fixtures)] for n in range(count)], origin
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(40))
    related = "".join(
        f'<li><a href="/story/r{n}">Another story, number {n}</a></li>' for n in range(15)
    )
    script = "var tracking = [" + ",".join(str(n) for n in range(4000)) + "];"
    pages = []
    for number, text in enumerate(texts, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        page = TEMPLATE.format(
            title=html.escape(lines[0][:90]),
            number=number,
            day=1 + number % 28,
            script=script,
            menu=menu,
            related=related,
            paragraphs=paragraphs,
        )
        pages.append(page.encode())
    return pages, origin


def time_extraction(pages: list[bytes]) -> list[float]:
    extract_document(pages[0], "warm-up.html")  # the first call imports trafilatura
    seconds = []
    for number, page in enumerate(pages):
        started = time.perf_counter()
        extract_document(page, f"page{number}.html")
        seconds.append(time.perf_counter() - started)
    return seconds


def timed(function, *args) -> tuple[float, list]:
    started = time.perf_counter()
    results = function(*args)
    return time.perf_counter() - started, results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.05, help="server delay per answer, s")
    parser.add_argument("--runs", type=int, default=3, help="runs per row; the best is shown")
    arguments = parser.parse_args()
    console = Console()
    pages, origin = build_pages(arguments.pages)
    megabytes = sum(len(p) for p in pages) / 1e6
    console.print(
        f"{len(pages)} pages ({megabytes:.1f} MB, {megabytes * 1e3 / len(pages):.0f} kB each) "
        f"from {origin}; Python {platform.python_version()}, {platform.machine()}"
    )

    seconds = sorted(time_extraction(pages))
    extraction = Table(title="HTML extraction (trafilatura, one page at a time, one thread)")
    for column in ("pages", "mean ms", "median ms", "p90 ms", "max ms", "pages/s"):
        extraction.add_column(column, justify="right")
    extraction.add_row(
        str(len(seconds)),
        f"{statistics.mean(seconds) * 1e3:.1f}",
        f"{statistics.median(seconds) * 1e3:.1f}",
        f"{seconds[int(len(seconds) * 0.9) - 1] * 1e3:.1f}",
        f"{seconds[-1] * 1e3:.1f}",
        f"{len(seconds) / sum(seconds):.1f}",
    )
    console.print(extraction)

    fetching = Table(title=f"Fetching {len(pages)} pages from 127.0.0.1 (best of {arguments.runs})")
    for column in ("what", "server delay", "concurrency", "seconds", "pages/s", "MB/s"):
        fetching.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as cache:
        options = Options(cache_dir=cache, use_cache=False)
        for latency in sorted({0.0, arguments.latency}):
            routes = {
                f"/story/{n}": Reply(p, delay=latency, etag=f'"v{n}"') for n, p in enumerate(pages)
            }
            with LocalServer(routes) as server:
                urls = [server.url(f"/story/{n}") for n in range(len(pages))]
                for what, function in (("download", fetch_pages), ("download+extract", fetch_each)):
                    for concurrency in (1, 4, 8, 16):
                        row_options = options.with_(fetch_concurrency=concurrency)
                        best = min(
                            timed(function, urls, row_options)[0] for _ in range(arguments.runs)
                        )
                        fetching.add_row(
                            what,
                            f"{latency * 1e3:.0f} ms",
                            str(concurrency),
                            f"{best:.2f}",
                            f"{len(urls) / best:.0f}",
                            f"{megabytes / best:.1f}",
                        )
                if latency == arguments.latency:
                    cached = options.with_(use_cache=True)
                    fetch_pages(urls, cached)
                    fresh, _ = timed(fetch_pages, urls, cached)
                    revalidated, results = timed(
                        fetch_pages, urls, cached.with_(cache_fresh_seconds=0)
                    )
                    assert all(getattr(r, "from_cache", False) for r in results)
                    for what, best in (
                        ("cache, fresh", fresh),
                        ("cache, revalidated", revalidated),
                    ):
                        fetching.add_row(
                            what,
                            f"{latency * 1e3:.0f} ms",
                            str(options.fetch_concurrency),
                            f"{best:.2f}",
                            f"{len(urls) / best:.0f}",
                            "",
                        )
    console.print(fetching)


if __name__ == "__main__":
    main()
