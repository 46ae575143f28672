"""Disagreements between outlets on invented stories: real ones found, look-alikes not flagged.

    .venv/bin/python bench/probe_conflicts.py [--details]

bench/probe_conflicts/ holds 18 invented stories (41 articles, 2-3 outlets each). truth.json
lists 37 real disagreements planted in them (counts, amounts, durations, depths, times, dates,
weekdays, claims and their denials, blame, causes) and 9 look-alikes that are none (different
things counted, rounding, an updated toll, "shortly before 8 a.m." against 7:40). A row is
matched by a disagreement whose measure and side values hold all of the row's values (case
aside). Found: real rows matched; flagged wrongly: look-alike rows matched.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

import newsfuse

PROBE = Path(__file__).resolve().parent / "probe_conflicts"


def _matches(conflict, values: list[str]) -> bool:
    text = " ".join([conflict.measure, *(side.value for side in conflict.sides)]).lower()
    return all(value.lower() in text for value in values)


def score(engine: str) -> tuple[int, int, int, int, list[tuple[bool, bool, str]]]:
    truth = json.loads((PROBE / "truth.json").read_text(encoding="utf-8"))
    by_story: dict[str, list[dict]] = defaultdict(list)
    for row in truth:
        by_story[row["story"]].append(row)
    found = flagged = real = lookalike = 0
    rows_out = []
    for story, rows in sorted(by_story.items()):
        documents = [
            newsfuse.Document(text=path.read_text(encoding="utf-8"), source=path.stem)
            for path in sorted(PROBE.glob(f"{story}_*.txt"))
        ]
        conflicts = newsfuse.brief(documents, entity_model=engine).conflicts
        for row in rows:
            hit = any(_matches(c, row["values"]) for c in conflicts)
            if row["real"]:
                real += 1
                found += hit
            else:
                lookalike += 1
                flagged += hit
            rows_out.append((row["real"], hit, f"{story} {row['what']}"))
    return found, real, flagged, lookalike, rows_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every row and its result")
    args = parser.parse_args()
    console = Console()
    table = Table(title="Disagreements on the invented probe stories")
    for column in ("engine", "real found", "look-alikes flagged"):
        table.add_column(column, justify="right")
    details = []
    for engine in ("rules", "spacy"):
        found, real, flagged, lookalike, rows = score(engine)
        table.add_row(engine, f"{found}/{real} ({found / real:.2f})", f"{flagged}/{lookalike}")
        details += [(engine, *row) for row in rows]
    console.print(table)
    if args.details:
        for engine, is_real, hit, what in details:
            mark = ("found" if hit else "MISSED") if is_real else ("FLAGGED" if hit else "ok")
            console.print(f"{engine:6} {mark:8} {what}")


if __name__ == "__main__":
    main()
