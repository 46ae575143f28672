"""Who said it: speaker attribution on invented wire and newspaper stories, by construction.

    .venv/bin/python bench/probe_speakers.py [--details]

bench/probe_speakers/ holds six invented stories (15 articles; 2-3 outlets each, a council
debate among them) written to exercise the ways reporters attribute quotes: "said X", pronouns
after other people, role nouns, organisations, statements, posts, "X told the Courier", "quoted
... as saying", verbs of retort, ages and home towns, unnamed speakers (the right answer: none).
truth.json gives, per quote, a distinctive snippet, the speaker a careful reader gives (null for
none) and the construction. Each engine briefs each story; a quote is right when newsfuse's
speaker is the expected one (one name's words within the other's), "none" when newsfuse gives
no speaker where the text names one, wrong when it names someone else, missed when the quote is
not listed. Unmarked transcript lines ("BATTS: ...") are in the key and are missed by design:
newsfuse lists words inside quotation marks.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

import newsfuse

PROBE = Path(__file__).resolve().parent / "probe_speakers"


def _plain(text: str) -> str:
    text = text.replace("``", '"').replace("''", '"')
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return re.sub(r"\s+", " ", text).lower()


def _agrees(got: str | None, expected: str | None) -> bool:
    if got is None or expected is None:
        return got == expected
    a = set(_plain(got).replace("the ", "").split())
    b = set(_plain(expected).replace("the ", "").split())
    return a <= b or b <= a


def score(engine: str) -> tuple[Counter, list[tuple[str, str, str | None, str | None]]]:
    truth = json.loads((PROBE / "truth.json").read_text(encoding="utf-8"))
    by_story: dict[str, list[dict]] = defaultdict(list)
    for row in truth:
        by_story[row["file"].split("_")[0]].append(row)
    counts: Counter = Counter()
    misses = []
    for _story, rows in sorted(by_story.items()):
        files = sorted({row["file"] for row in rows})
        documents = [
            newsfuse.Document(text=(PROBE / f"{name}.txt").read_text(encoding="utf-8"), source=name)
            for name in files
        ]
        quotes = newsfuse.brief(documents, entity_model=engine).quotes
        for row in rows:
            hit = next((q for q in quotes if _plain(row["quote"]) in _plain(q.text)), None)
            expected = row["speaker"]
            if hit is None:
                status = "missed"
            elif _agrees(hit.speaker, expected) or any(
                _agrees(hit.speaker, other) for other in row["also"]
            ):
                status = "right"
            elif hit.speaker is None:
                status = "none"
            else:
                status = "wrong"
            counts[status] += 1
            if status != "right":
                got = None if hit is None else hit.speaker
                misses.append((status, row["construction"], expected, got))
    return counts, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    args = parser.parse_args()
    console = Console()
    table = Table(title="Speaker attribution on the invented probe stories")
    for column in ("engine", "quotes", "right", "none", "wrong", "missed"):
        table.add_column(column, justify="right")
    details = []
    for engine in ("rules", "spacy"):
        counts, misses = score(engine)
        total = sum(counts.values())
        table.add_row(
            engine,
            str(total),
            f"{counts['right']} ({counts['right'] / total:.2f})",
            str(counts["none"]),
            str(counts["wrong"]),
            str(counts["missed"]),
        )
        details += [(engine, *miss) for miss in misses]
    console.print(table)
    if args.details:
        for engine, status, construction, expected, got in details:
            console.print(f"{engine:6} {status:7} {construction} | expected {expected} | got {got}")


if __name__ == "__main__":
    main()
