"""Selector ablation: newsfuse on Multi-News dev with one knob changed at a time.

Prints ROUGE F1 on the tuning half (clusters 1-50) and the held-out half (51-100), so that the
effect of each signal of the selector can be read off and checked for agreement between halves.

    python bench/ablation.py [--data PATH] [--words 250] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from statistics import fmean

from rich.console import Console
from rich.table import Table

from newsfuse.evaluate import Settings, evaluate_cluster, load_clusters
from newsfuse.options import Options

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "multinews_dev.jsonl"
TUNING_HALF = 50
MEASURES = ("rouge1", "rouge2", "rougeLsum")

#: Each row changes one default; the first row is the defaults themselves.
VARIANTS: list[tuple[str, dict]] = [
    ("defaults", {}),
    ("support_weight=0", {"support_weight": 0.0}),
    ("outlet_weight=0", {"outlet_weight": 0.0}),
    ("centrality_weight=0", {"centrality_weight": 0.0}),
    ("position_weight=0", {"position_weight": 0.0}),
    ("position_weight=2", {"position_weight": 2.0}),
    ("relative_position_weight=0", {"relative_position_weight": 0.0}),
    ("redundancy=0.2", {"redundancy": 0.2}),
    ("redundancy=0.5", {"redundancy": 0.5}),
    ("min_sentence_words=8", {"min_sentence_words": 8}),
]


def _scores(job) -> dict[str, float]:
    cluster, settings = job
    results, _ = evaluate_cluster(cluster, settings)
    return results[0].scores if results else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    args = parser.parse_args()
    if not args.data.is_file():
        print(f"error: {args.data}: the Multi-News dev set is not there", file=sys.stderr)
        return 1
    clusters, _ = load_clusters(args.data)
    table = Table(title=f"Selector ablation, {args.words} words, ROUGE F1 (R-1 / R-2 / R-Lsum)")
    for column in ("variant", "tuning half (1-50)", "held-out half (51-100)"):
        table.add_column(column, justify="left" if column == "variant" else "right")
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, change in VARIANTS:
            settings = Settings(("newsfuse",), args.words, options=Options().with_(**change))
            scores = [s for s in pool.map(_scores, [(c, settings) for c in clusters]) if s]
            halves = (scores[:TUNING_HALF], scores[TUNING_HALF:])
            cells = [
                " / ".join(f"{fmean(s[m] for s in half):.2f}" for m in MEASURES) for half in halves
            ]
            table.add_row(name, *cells)
    Console(width=120).print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
