"""Score newsfuse briefings against the human gold annotations in ../shared and print a table.

    .venv/bin/python bench/briefing_gold.py [--entities auto|spacy|rules] [--gold DIR]
                                            [--data FILE.jsonl] [--details] [--out DIR]

Runs ../shared/tools/briefing_gold.sh (which briefs every annotated cluster with this project's
``newsfuse`` and scores it with score_briefing.py) and prints each measure beside the target of
issue 10. ``--gold`` may point at another folder of annotations in the same format (FORMAT.md),
e.g. clusters annotated outside the dev set, to check that the rules generalise.

``--second DIR`` scores a second person's annotations of the same clusters instead of newsfuse:
their events as a timeline, their 25 entities in their order, their conflicts as disagreements.
Two careful annotators agree only so far, and the table shows how far: what a measure can ask.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOL = SHARED / "tools" / "briefing_gold.sh"

# (label, how to compute it from the scorer's totals, target, True when higher is better)
MEASURES = [
    ("quotes found", lambda t: t["quotes"]["found"] / t["quotes"]["gold"], 0.95, True),
    (
        "quotes: speaker right",
        lambda t: t["quotes"]["attributed"] / max(t["quotes"]["found"], 1),
        0.90,
        True,
    ),
    ("quotes: misattributed (count)", lambda t: t["quotes"]["misattributions"], 6, False),
    ("entities: recall", lambda t: t["entities"]["found"] / t["entities"]["gold"], 0.92, True),
    (
        "entities: precision of top 25",
        lambda t: t["entities"]["top_matched"] / max(t["entities"]["top"], 1),
        0.85,
        True,
    ),
    (
        "entities: kind right",
        lambda t: t["entities"]["type_ok"] / max(t["entities"]["found"], 1),
        0.90,
        True,
    ),
    ("entities: unmerged variants (count)", lambda t: t["entities"]["splits"], 4, False),
    (
        "timeline: gold events found",
        lambda t: t["events"]["found"] / max(t["events"]["gold"], 1),
        0.60,
        True,
    ),
    (
        "timeline: share of entries dated",
        lambda t: t["events"]["dated"] / max(t["events"]["timeline"], 1),
        0.70,
        True,
    ),
    ("timeline: entries per cluster", lambda t, n: t["events"]["timeline"] / n, 10, False),
    (
        "conflicts: gold found",
        lambda t: t["conflicts"]["found"] / max(t["conflicts"]["gold"], 1),
        0.60,
        True,
    ),
    (
        "conflicts: flagged, not real, per cluster",
        lambda t, n: (t["conflicts"]["disagreements"] - t["conflicts"]["found"]) / n,
        1.5,
        False,
    ),
]


def score(gold: Path, data: Path, entities: str, out: Path, details: bool) -> dict:
    newsfuse = Path(sys.executable).parent / "newsfuse"
    env = dict(os.environ, BRIEF_OPTS=f"--entities {entities}")
    result = subprocess.run(
        ["bash", str(TOOL), str(newsfuse), str(gold), str(data), "", str(out)],
        env=env,
        capture_output=True,
        text=True,
    )
    if details:
        print(result.stdout)
    if result.returncode != 0:
        sys.exit(f"briefing_gold.sh failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads((out / "scores.json").read_text(encoding="utf-8"))


def as_briefing(annotation: dict) -> dict:
    """A person's annotation of a cluster read as a briefing, for the scorer."""
    entities = annotation.get("entities", [])
    return {
        "quotes": [
            {"text": q["text"], "speaker": q.get("speaker")} for q in annotation.get("quotes", [])
        ],
        # listed most important first: the rank stands for the count of mentions
        "entities": [
            {
                "name": e["name"],
                "kind": e["type"],
                "variants": e.get("aliases", []),
                "total": len(entities) - rank,
            }
            for rank, e in enumerate(entities)
        ],
        "timeline": [{"date": e.get("date"), "text": e["what"]} for e in annotation["events"]],
        "conflicts": [
            {
                "measure": c["what"],
                "description": c["what"],
                "sides": [{"value": side["value"]} for side in c["sides"]],
            }
            for c in annotation.get("conflicts", [])
        ],
    }


def agreement(gold: Path, second: Path, out: Path) -> dict:
    both = sorted(p.name for p in second.glob("*.json") if (gold / p.name).exists())
    if not both:
        sys.exit(f"no annotation in {second} has a namesake in {gold}")
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for name in both:
        annotation = json.loads((second / name).read_text(encoding="utf-8"))
        (out / name).write_text(json.dumps(as_briefing(annotation)), encoding="utf-8")
        (out / "gold" / name).write_bytes((gold / name).read_bytes())
    scorer = SHARED / "tools" / "score_briefing.py"
    scores = out / "scores.json"
    command = [sys.executable, str(scorer), str(out / "gold"), str(out), "--json", str(scores)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"score_briefing.py failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(scores.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", default="auto", choices=["auto", "spacy", "rules"])
    parser.add_argument("--gold", type=Path, default=SHARED / "data" / "briefing_gold")
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "multinews_dev.jsonl")
    parser.add_argument("--details", action="store_true", help="print the scorer's details")
    parser.add_argument("--out", type=Path, help="keep the briefings and scores.json here")
    parser.add_argument(
        "--second", type=Path, help="score this folder of another person's annotations instead"
    )
    args = parser.parse_args()
    if not TOOL.exists():
        sys.exit(f"{TOOL} not found: this bench needs ../shared beside the project")
    out = args.out or Path(tempfile.mkdtemp(prefix="newsfuse-gold-"))
    if args.second:
        scores = agreement(args.gold, args.second, out)
        title = f"Second annotator vs gold: {len(scores['clusters'])} clusters"
    else:
        scores = score(args.gold, args.data, args.entities, out, args.details)
        title = f"Briefing vs gold: {len(scores['clusters'])} clusters, entities={args.entities}"
    total, clusters = scores["total"], len(scores["clusters"])

    table = Table(title=title)
    for column in ("measure", "value", "target", "met"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for label, compute, target, higher in MEASURES:
        needs_n = compute.__code__.co_argcount == 2
        value = compute(total, clusters) if needs_n else compute(total)
        met = value >= target if higher else value <= target
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        bound = (">= " if higher else "<= ") + str(target)
        table.add_row(label, shown, bound, "yes" if met else "no")
    Console().print(table)
    print(f"briefings and scores: {out}")


if __name__ == "__main__":
    main()
