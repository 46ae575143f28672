"""Time to summarize each 25-article DUC 2006 cluster with its question, warm (issue 13: <= 1 s).

    .venv/bin/python bench/question_speed.py [--data PATH] [--words 250] [--slowest 5]

Each cluster is summarized twice in one process and the second run is timed, in CPU seconds
(time.process_time, which a busy shared machine distorts less) and wall seconds. Prints the
slowest clusters and the mean.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsfuse import summarize
from newsfuse.evaluate import load_clusters

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "duc2006_query.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--slowest", type=int, default=5)
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"error: {args.data}: the DUC 2006 set is not there", file=sys.stderr)
        return 1
    clusters, _ = load_clusters(args.data)
    rows = []
    for cluster in clusters:
        summarize(cluster, words=args.words)  # warm: caches, lazy imports
        cpu, wall = time.process_time(), time.perf_counter()
        summarize(cluster, words=args.words)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        rows.append((cpu, wall, cluster.id, len(cluster.documents)))
    rows.sort(reverse=True)
    table = Table(title=f"Question summaries, {args.words} words, warm ({len(rows)} clusters)")
    for column in ("cluster", "articles", "CPU s", "wall s"):
        table.add_column(column, justify="left" if column == "cluster" else "right")
    for cpu, wall, name, articles in rows[: args.slowest]:
        table.add_row(name, str(articles), f"{cpu:.2f}", f"{wall:.2f}")
    table.add_row(
        "mean",
        "",
        f"{statistics.fmean(r[0] for r in rows):.2f}",
        f"{statistics.fmean(r[1] for r in rows):.2f}",
    )
    Console(width=100).print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
