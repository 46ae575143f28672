"""Quality benchmark: newsfuse against lead, LexRank, TextRank and the greedy oracle on the three
dev sets (Multi-News generic, DUC 2006 question, DUC 2007 update).

Writes bench/RESULTS.md with, per set, the date, the command and three tables: all clusters, the
tuning half (what the selector's knobs were tuned on) and the held-out half. A set not run keeps
its section from the earlier file, so one set can be re-measured alone.

    python bench/quality.py [--sets multinews,duc2006,duc2007] [--limit N] [--jobs 2]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from newsfuse.evaluate import Settings, evaluate, load_clusters, markdown_table, rich_table
from newsfuse.evaluate.runner import SYSTEMS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


@dataclass(frozen=True)
class DevSet:
    """One dev set and its protocol."""

    key: str
    title: str
    file: str
    words: int
    recall: bool
    #: The first this many clusters are the tuning half; the rest are held out.
    tuning: int


SETS = {
    s.key: s
    for s in (
        DevSet("multinews", "Multi-News dev (generic)", "multinews_dev.jsonl", 250, False, 50),
        DevSet("duc2006", "DUC 2006 (question)", "duc2006_query.jsonl", 250, True, 25),
        # 15 rows = 5 topics x sets A, B, C: the first 3 topics tune, the last 2 are held out.
        DevSet("duc2007", "DUC 2007 update dev", "duc2007_update_dev.jsonl", 100, True, 9),
    )
}


def run_set(dev: DevSet, data: Path, limit: int | None, jobs: int, console: Console) -> str:
    """Evaluate one dev set; print its tables and return them as Markdown."""
    path = data / dev.file
    if not path.is_file():
        print(f"error: {path}: the {dev.title} set is not there", file=sys.stderr)
        return f"## {dev.title}\n\nNot run: `{path}` is absent.\n"
    clusters, problems = load_clusters(path, limit)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    started = time.perf_counter()
    settings = Settings(systems=tuple(SYSTEMS), words=dev.words, recall=dev.recall)
    evaluation = evaluate(clusters, settings, jobs)
    elapsed = time.perf_counter() - started
    for problem in evaluation.problems:
        print(f"problem: {problem}", file=sys.stderr)
    ids = [c.id for c in clusters]
    tuning = min(dev.tuning, len(ids))
    halves = [
        (f"all {len(ids)} clusters", ids),
        (f"tuning half: clusters 1-{tuning}", ids[:tuning]),
        (f"held-out half: clusters {tuning + 1}-{len(ids)}", ids[tuning:]),
    ]
    measure = "recall" if dev.recall else "F1"
    command = f"python bench/quality.py --sets {dev.key} --jobs {jobs}"
    if limit:
        command += f" --limit {limit}"
    sections = [
        f"## {dev.title}: {dev.words} words, ROUGE {measure}\n\n"
        f"Date: {datetime.date.today().isoformat()}; command `{command}`; data "
        f"`{os.path.relpath(path, ROOT)}`; {elapsed:.0f} s with {jobs} processes.\n"
    ]
    for heading, subset in halves:
        if not subset:
            continue
        rows = evaluation.rows(subset)
        console.print(rich_table(rows, f"{dev.title}, {heading}", dev.recall))
        sections.append(f"### {heading}\n\n{markdown_table(rows, dev.recall)}\n")
    return "\n".join(sections)


def _earlier_sections(results: Path) -> dict[str, str]:
    """The sections of an earlier results file, by set title (none if there is no file)."""
    if not results.is_file():
        return {}
    titles = {dev.title for dev in SETS.values()}
    sections: dict[str, str] = {}
    for part in results.read_text(encoding="utf-8").split("\n## ")[1:]:
        title = part.split(":", 1)[0]
        if title in titles:
            sections[title] = "## " + part.rstrip("\n") + "\n"
    return sections


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets", default=",".join(SETS), help="Comma-separated: " + ", ".join(SETS)
    )
    parser.add_argument("--data", type=Path, default=DATA, help="The folder of the dev sets.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N clusters.")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS.md")
    args = parser.parse_args()
    unknown = [k for k in args.sets.split(",") if k not in SETS]
    if unknown:
        print(f"error: unknown set(s) {', '.join(unknown)}; known: {', '.join(SETS)}")
        return 2

    console = Console(width=160)
    chosen = args.sets.split(",")
    sections = _earlier_sections(args.results)
    for key in chosen:
        sections[SETS[key].title] = run_set(SETS[key], args.data, args.limit, args.jobs, console)
    header = (
        "# Quality on the dev sets\n\n"
        "Command: `python bench/quality.py --sets multinews,duc2006,duc2007 --jobs 2` (or "
        "`make quality`); `--sets` re-measures some sets and keeps the others' sections.  \n"
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}  \n"
        "Protocol: every summary cut to the set's word budget; rouge-score 0.1.2, Porter "
        "stemming, ROUGE-Lsum on newsfuse's sentence split, references averaged; mean over "
        "clusters with 95% bootstrap intervals; s/cluster is each system's own time, warm "
        "(wall time on a shared machine). newsfuse reads each set's question and seen texts; the "
        "baselines ignore them.\n"
    )
    ordered = [sections[dev.title] for dev in SETS.values() if dev.title in sections]
    args.results.write_text(header + "\n" + "\n".join(ordered), encoding="utf-8")
    print(f"wrote {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
