"""Big stories: summary and briefing time, memory and size for 10 to 1,000 articles of one "story".

    .venv/bin/python bench/bigstory.py [--sizes 10 25 100 250 1000] [--server-chars 200000]

The articles are those of ../shared/data/duc2006_query.jsonl (50 topics of 25 articles),
concatenated in file order and cut at each size: a big cluster with the spread of a real archive
query. Each size runs in a fresh process pinned to one core (its peak RSS is its own), which
warms up on three articles, then summarizes and briefs all of them once (entities by the default
engine). Times are CPU
seconds (the machine is shared; wall time waits for a core). Targets (issue 15): 250 articles
summarized <= 3 s and briefed <= 15 s, <= 1 GB RSS, growth near-linear.

It also posts one document of ``--server-chars`` characters to a real uvicorn server's
``/v1/brief`` and times the answer (issue 15: "a few seconds" at 200k characters).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from rich.console import Console
from rich.table import Table

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2006_query.jsonl"
TARGETS = {250: ("<= 3", "<= 15", "<= 1024")}  # summarize s, brief s, RSS MB

CHILD = """
import json, os, resource, sys, time
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
import newsfuse
from newsfuse.segment import split_sentences
articles = json.loads(sys.stdin.read())
docs = [newsfuse.Document(**a) for a in articles]
sentences = sum(len(split_sentences(a["text"])) for a in articles)
# Warm: models and lazy imports loaded on three articles first (a server or batch worker is warm).
newsfuse.brief(docs[:3])
start = time.process_time()
summary = newsfuse.summarize(docs)
summarized = time.process_time()
briefing = newsfuse.brief(docs)
briefed = time.process_time()
print(json.dumps({
    "sentences": sentences, "summary": summarized - start, "brief": briefed - summarized,
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "summary_words": summary.words, "claims": len(briefing.claims),
    "quotes": len(briefing.quotes), "entities": len(briefing.entities),
    "problems": [p.message for p in briefing.problems],
}))
"""


def load_articles(limit: int) -> list[dict]:
    """The first ``limit`` articles of the DUC 2006 topics, in file order."""
    articles: list[dict] = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        topic = json.loads(line)
        for number, text in enumerate(topic["documents"], start=1):
            articles.append({"text": text, "source": f"{topic['id']}-{number}"})
            if len(articles) == limit:
                return articles
    return articles


def run_size(articles: list[dict]) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        input=json.dumps(articles),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{len(articles)} articles failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_brief(chars: int) -> tuple[float, int, int]:
    """(seconds, HTTP status, response bytes) of ``/v1/brief`` on one ``chars``-long document
    posted to a real uvicorn server started for the purpose."""
    text = ""
    for article in load_articles(10_000):
        text += article["text"] + "\n\n"
        if len(text) >= chars:
            break
    text = text[:chars]
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "newsfuse", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        body = json.dumps({"documents": [{"text": text, "source": "one long text"}]}).encode()
        request = urllib.request.Request(
            url + "/v1/brief", body, {"Content-Type": "application/json"}
        )
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=600) as response:
            payload = response.read()
            status = response.status
        return time.perf_counter() - start, status, len(payload)
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 25, 100, 250, 1000])
    parser.add_argument("--server-chars", type=int, default=200_000, help="0: no server test")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"{DATA} not found (the shared data sets are needed)")
    console = Console()
    table = Table(
        "articles",
        "words",
        "sentences",
        "summarize s",
        "brief s",
        "RSS MB",
        "brief s/100 art.",
        "target",
    )
    everything = load_articles(max(args.sizes))
    for size in args.sizes:
        articles = everything[:size]
        result = run_size(articles)
        words = sum(len(a["text"].split()) for a in articles)
        targets = TARGETS.get(size, ("", "", ""))
        table.add_row(
            str(len(articles)),
            f"{words:,}",
            f"{result['sentences']:,}",
            f"{result['summary']:.2f}",
            f"{result['brief']:.2f}",
            f"{result['rss_mb']:.0f}",
            f"{result['brief'] / len(articles) * 100:.2f}",
            " / ".join(targets) if targets[0] else "",
        )
        cut = [p for p in result["problems"] if "only the first" in p]
        if cut:
            console.print(f"[yellow]{size} articles: {cut[0]}[/]")
    console.print(
        f"{DATA.name}: topics' articles concatenated in file order · one core · CPU seconds · "
        "entities by the default engine (spaCy up to its size limit, then rules)"
    )
    console.print(table)
    if args.server_chars:
        seconds, status, size = server_brief(args.server_chars)
        console.print(
            f"uvicorn /v1/brief, one document of {args.server_chars:,} characters: "
            f"HTTP {status} in {seconds:.2f} s wall ({size:,} bytes)"
        )


if __name__ == "__main__":
    main()
