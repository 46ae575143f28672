"""Quality benchmark: newsfuse against lead, LexRank, TextRank and the oracle on Multi-News dev.

Writes bench/RESULTS.md with the date, the command and three tables: all clusters, the first 50
(the half the selector's knobs were tuned on) and the last 50 (held out).

    python bench/quality.py [--data PATH] [--words 250] [--jobs 2]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from pathlib import Path

from rich.console import Console

from newsfuse.evaluate import Settings, evaluate, load_clusters, markdown_table, rich_table
from newsfuse.evaluate.runner import SYSTEMS

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews_dev.jsonl"
TUNING_HALF = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"error: {args.data}: the Multi-News dev set is not there", file=sys.stderr)
        return 1

    clusters, problems = load_clusters(args.data)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    started = time.perf_counter()
    evaluation = evaluate(clusters, Settings(systems=tuple(SYSTEMS), words=args.words), args.jobs)
    elapsed = time.perf_counter() - started
    for problem in evaluation.problems:
        print(f"problem: {problem}", file=sys.stderr)

    ids = [c.id for c in clusters]
    halves = [
        (f"All {len(ids)} clusters", ids),
        (f"Tuning half: clusters 1-{TUNING_HALF}", ids[:TUNING_HALF]),
        (f"Held-out half: clusters {TUNING_HALF + 1}-{len(ids)}", ids[TUNING_HALF:]),
    ]
    console = Console(width=160)
    sections = []
    for heading, subset in halves:
        rows = evaluation.rows(subset)
        console.print(rich_table(rows, heading))
        sections.append(f"## {heading}\n\n{markdown_table(rows)}\n")

    command = f"python bench/quality.py --words {args.words} --jobs {args.jobs}"
    data = os.path.relpath(args.data, ROOT)
    header = (
        "# Quality on Multi-News dev\n\n"
        f"Date: {datetime.date.today().isoformat()}  \n"
        f"Command: `{command}` (or `make quality`), data `{data}`  \n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; "
        f"whole run {elapsed:.0f} s with {args.jobs} processes  \n"
        f"Budget: every summary cut to {args.words} words; ROUGE F1 (rouge-score 0.1.2, Porter "
        "stemming, ROUGE-Lsum on newsfuse's sentence split), mean over clusters with 95% "
        "bootstrap intervals; s/cluster is each system's own time, warm.\n"
    )
    args.results.write_text(header + "\n" + "\n".join(sections), encoding="utf-8")
    print(f"wrote {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
