"""Time and peak memory to summarize (and brief on) a 10-article, ~6,000-word cluster, on one core.

    .venv/bin/python bench/speed.py [--runs 20] [--words 250] [--startup-only]

It also times startup: a fresh `newsfuse --help` and `import newsfuse` (issue 12: <= 0.3 s each).

The cluster is built from ../shared/data/multinews_dev.jsonl (articles of several dev clusters,
taken in file order until there are 10 articles and about 6,000 words); without ../shared it falls
back to the built-in example repeated with numbered outlets. Cold = a fresh interpreter that
imports newsfuse and summarizes once; warm = the median of repeated calls in one process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
TARGET_ARTICLES, TARGET_WORDS = 10, 6000


def build_cluster() -> tuple[list[dict], str]:
    """Ten articles of roughly 600 words each."""
    articles: list[dict] = []
    if DEV.exists():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            for text in json.loads(line)["documents"]:
                words = text.split()
                if len(words) >= 400:
                    articles.append(
                        {"text": " ".join(words[:600]), "source": f"outlet {len(articles) + 1}"}
                    )
                if len(articles) == TARGET_ARTICLES:
                    return articles, f"{DEV.name} (first articles of 400+ words, cut to 600)"
    from newsfuse.cli import example_path

    example = json.loads(example_path().read_text(encoding="utf-8"))["documents"]
    while len(articles) < TARGET_ARTICLES:
        for doc in example:
            text = (doc["text"] + "\n\n") * 3
            articles.append({"text": text, "source": f"outlet {len(articles) + 1}"})
    return articles[:TARGET_ARTICLES], "built-in example, repeated"


def startup_times(tries: int = 7) -> dict[str, tuple[float, float]]:
    """Best-of-``tries`` (wall, CPU) seconds of a fresh ``newsfuse --help`` and ``import newsfuse``,
    and the imports' cumulative time from ``python -X importtime``. CPU time (user + system of
    the child) is the figure to trust on a loaded machine, where wall time waits for a core."""
    commands = {
        "newsfuse --help": [sys.executable, "-m", "newsfuse", "--help"],
        "import newsfuse": [sys.executable, "-c", "import newsfuse"],
        "import newsfuse.cli": [sys.executable, "-c", "import newsfuse.cli"],
    }
    best = {}
    for name, command in commands.items():
        walls, cpus = [], []
        for _ in range(tries):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        best[name] = (min(walls), min(cpus))
    traced = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newsfuse.cli"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    for line in traced.splitlines():  # "import time: self | cumulative | name"
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] in ("newsfuse", "newsfuse.cli"):
            best[f"-X importtime: {parts[2]}"] = (int(parts[1]) / 1e6, float("nan"))
    return best


def startup_table(startup: dict[str, tuple[float, float]]) -> Table:
    table = Table("startup (fresh process, best of 7)", "wall s", "CPU s", "target")
    targets = {"newsfuse --help": "<= 0.3", "import newsfuse": "<= 0.3"}
    for name, (wall, cpu) in startup.items():
        cpu_text = "" if cpu != cpu else f"{cpu:.3f}"  # NaN: importtime measures wall only
        table.add_row(name, f"{wall:.3f}", cpu_text, targets.get(name, ""))
    return table


def _median_cpu(call, runs: int) -> tuple[float, float]:
    """Median (wall, CPU) seconds of ``runs`` calls."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


CHILD = """
import json, os, resource, sys, time
os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
start = time.perf_counter()
import newsfuse
docs = [newsfuse.Document(**d) for d in json.loads(sys.stdin.read())]
imported = time.perf_counter()
newsfuse.summarize(docs, words=int(sys.argv[1]))
done = time.perf_counter()
print(json.dumps({"import": imported - start, "first": done - imported, "total": done - start,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument(
        "--startup-only", action="store_true", help="Only the startup times (a few seconds)."
    )
    args = parser.parse_args()
    if args.startup_only:
        Console().print(startup_table(startup_times()))
        return

    articles, origin = build_cluster()
    words = sum(len(a["text"].split()) for a in articles)
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    cold = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", CHILD, str(args.words)],
                input=json.dumps(articles),
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
        )
        for _ in range(3)
    ]

    one_core()
    import newsfuse

    documents = [newsfuse.Document(**a) for a in articles]
    newsfuse.summarize(documents, words=args.words)
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        summary = newsfuse.summarize(documents, words=args.words)
        timings.append(time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The whole briefing on the same cluster (entities by rules, then by spaCy once it is loaded).
    # The whole briefing on the same cluster (entities by rules, then by spaCy once it is loaded):
    # (wall, CPU) medians; CPU time is the figure to trust on a loaded machine.
    briefs = {}
    summary_cpu = _median_cpu(lambda: newsfuse.summarize(documents, words=args.words), args.runs)
    for engine in ("rules", "auto"):
        newsfuse.brief(documents, words=args.words, entity_model=engine)
        briefs[engine] = _median_cpu(
            lambda engine=engine: newsfuse.brief(documents, words=args.words, entity_model=engine),
            max(3, args.runs // 4),
        )

    startup = startup_times()
    console = Console()
    console.print(
        f"newsfuse {newsfuse.__version__} · Python {platform.python_version()} · one core · "
        f"{len(articles)} articles, {words} words ({origin}) · budget {args.words} words · "
        f"summary {summary.words} words"
    )
    table = Table("measure", "seconds", "CPU s", "peak RSS (MB)", "target (CPU)")
    cold_import = statistics.median(c["import"] for c in cold)
    table.add_row("cold: import newsfuse", f"{cold_import:.3f}", "", "", "")
    table.add_row(
        "cold: first summary",
        f"{statistics.median(c['first'] for c in cold):.3f}",
        "",
        f"{statistics.median(c['rss_mb'] for c in cold):.0f}",
        "",
    )
    cold_total = statistics.median(c["total"] for c in cold)
    table.add_row("cold: total (fresh process)", f"{cold_total:.3f}", "", "", "")
    table.add_row(
        f"warm: summary, median of {args.runs}",
        f"{statistics.median(timings):.3f}",
        f"{summary_cpu[1]:.3f}",
        f"{rss:.0f}",
        "",
    )
    table.add_row(f"warm: summary, max of {args.runs}", f"{max(timings):.3f}", "", "", "")
    for engine, label, target in (("rules", "rules", "<= 0.15"), ("auto", "spaCy", "<= 0.3")):
        wall, cpu = briefs[engine]
        table.add_row(f"warm: brief, entities by {label}", f"{wall:.3f}", f"{cpu:.3f}", "", target)
    console.print(table)
    console.print(startup_table(startup))


if __name__ == "__main__":
    main()
