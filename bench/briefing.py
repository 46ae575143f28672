"""Briefing quality and speed: precision and recall of each part against the invented gold
stories in tests/briefing_stories.py, then timing of a 10-article cluster.

Run: .venv/bin/python bench/briefing.py [--engine rules|spacy|both]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.briefing_stories import STORIES  # noqa: E402

from newsfuse.briefing import brief  # noqa: E402


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def score(briefing, gold) -> dict[str, tuple[int, int, int, int]]:
    """Per part: (true positives of predictions, predictions, gold found, gold)."""
    parts = {}
    # Claims, as pairs of outlets' sentences put together.
    gold_pairs = set()
    for group in gold["claims"]:
        for a in group:
            for b in group:
                if a[0] < b[0]:
                    gold_pairs.add((a, b))
    predicted_pairs = []
    for claim in briefing.claims:
        for x in claim.members:
            for y in claim.members:
                if x.source < y.source:
                    predicted_pairs.append((x, y))

    def pair_matches(pair, gold_pair):
        (x, y), ((sa, wa), (sb, wb)) = pair, gold_pair
        return x.source == sa and y.source == sb and wa in x.text and wb in y.text

    tp = sum(any(pair_matches(p, g) for g in gold_pairs) for p in predicted_pairs)
    found = sum(any(pair_matches(p, g) for p in predicted_pairs) for g in gold_pairs)
    parts["claims (pairs)"] = (tp, len(predicted_pairs), found, len(gold_pairs))

    # Conflicts: a gold conflict is found when a predicted one of its kind shows its values.
    def conflict_matches(conflict, gold_conflict):
        kind, values = gold_conflict
        shown = {side.value for side in conflict.sides}
        return conflict.kind == kind and values <= shown

    conflicts = briefing.conflicts
    tp = sum(any(conflict_matches(c, g) for g in gold["conflicts"]) for c in conflicts)
    found = sum(any(conflict_matches(c, g) for c in conflicts) for g in gold["conflicts"])
    parts["conflicts"] = (tp, len(conflicts), found, len(gold["conflicts"]))

    # Quotes: found with the right speaker; precision over quotes given a speaker.
    def quote_matches(quote, gold_quote):
        words, speaker = gold_quote
        return words in quote.text and quote.speaker == speaker

    attributed = [q for q in briefing.quotes if q.speaker]
    tp = sum(any(quote_matches(q, g) for g in gold["quotes"]) for q in attributed)
    found = sum(any(quote_matches(q, g) for q in attributed) for g in gold["quotes"])
    parts["quotes + speaker"] = (tp, len(attributed), found, len(gold["quotes"]))

    # Entities: right name, kind and merged variants.
    def entity_matches(entity, gold_entity):
        name, kind, variants = gold_entity
        return (
            entity.name == name
            and entity.kind == kind
            and all(any(v == x or x.endswith(" " + v) for x in entity.variants) for v in variants)
        )

    tp = sum(any(entity_matches(e, g) for g in gold["entities"]) for e in briefing.entities)
    found = sum(any(entity_matches(e, g) for e in briefing.entities) for g in gold["entities"])
    parts["entities"] = (tp, len(briefing.entities), found, len(gold["entities"]))

    # Timeline: a dated event whose date and words match a gold event.
    def event_matches(event, gold_event):
        day, words = gold_event
        return (
            event.date is not None
            and event.date.isoformat() == day
            and any(words in w.text for w in event.wordings)
        )

    events = briefing.timeline
    tp = sum(any(event_matches(e, g) for g in gold["timeline"]) for e in events)
    found = sum(any(event_matches(e, g) for e in events) for g in gold["timeline"])
    parts["timeline"] = (tp, len(events), found, len(gold["timeline"]))
    return parts


def quality_table(engine: str) -> None:
    totals: dict[str, list[int]] = {}
    for make, gold in STORIES.values():
        for part, counts in score(brief(make(), entity_model=engine), gold).items():
            totals.setdefault(part, [0, 0, 0, 0])
            totals[part] = [a + b for a, b in zip(totals[part], counts, strict=True)]
    print(f"\nQuality over {len(STORIES)} invented stories, entity engine: {engine}")
    print(f"{'part':<18} {'precision':>10} {'recall':>8}   (tp/pred, found/gold)")
    for part, (tp, predicted, found, gold) in totals.items():
        print(
            f"{part:<18} {_ratio(tp, predicted):>10.2f} {_ratio(found, gold):>8.2f}"
            f"   ({tp}/{predicted}, {found}/{gold})"
        )


def ten_articles():
    """Ten invented articles: both stories' outlets plus reworded copies of four of them."""
    documents = []
    for make, _gold in STORIES.values():
        documents.extend(make())
    extra = [d for d in documents[:4]]
    for number, document in enumerate(extra, start=1):
        text = document.text.replace("said", "told reporters").replace(
            "on Tuesday", "late on Tuesday"
        )
        documents.append(
            type(document)(text, source=f"Relay Desk {number}", published=document.published)
        )
    return documents[:10]


def timing(engine: str) -> None:
    documents = ten_articles()
    words = sum(len(d.text.split()) for d in documents)
    code = (
        f"import sys,time; sys.path.insert(0, {str(ROOT)!r}); t=time.perf_counter();"
        "from bench.briefing import ten_articles; from newsfuse import brief;"
        f"brief(ten_articles(), entity_model={engine!r}); print(time.perf_counter()-t)"
    )
    cold = float(
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(ROOT / "src"), "OMP_NUM_THREADS": "1", "PATH": "/usr/bin"},
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    brief(documents, entity_model=engine)  # warm up: imports, model load
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        brief(documents, entity_model=engine)
        runs.append(time.perf_counter() - start)
    print(f"{engine:<6} {len(documents):>5} {words:>6} {min(runs):>8.3f} {cold:>17.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", choices=["rules", "spacy", "both"], default="both")
    args = parser.parse_args()
    engines = ["rules", "spacy"] if args.engine == "both" else [args.engine]
    for engine in engines:
        quality_table(engine)
    print("\nTiming (one process; cold = new interpreter, imports and model load included)")
    print(f"{'engine':<6} {'docs':>5} {'words':>6} {'warm s':>8} {'cold s (+load)':>17}")
    for engine in engines:
        timing(engine)


if __name__ == "__main__":
    main()
