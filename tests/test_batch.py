"""`newsfuse batch` on the local engine: shards, errors, reruns, Parquet, briefings."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import newsfuse
from newsfuse.batch import BatchSettings, run_batch
from newsfuse.batch.local import LocalEngine
from newsfuse.batch.work import Job
from newsfuse.cli import app, example_path
from newsfuse.domain import Cluster
from newsfuse.ingest import load
from newsfuse.ingest.datasets import parse_multinews_line
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST, wildfire_cluster

OUTLETS = [("Valley Post", VALLEY_POST), ("Kelmar News", KELMAR_NEWS), ("River Times", RIVER_TIMES)]
SHARD_SIZE = 2


def write_input(directory: Path) -> Path:
    """Six records in every cluster format, two of them unusable (lines 2 and 5)."""
    documents = [{"text": text, "source": name} for name, text in OUTLETS]
    multinews = " ||||| ".join(text.replace("\n", "NEWLINE_CHAR") for _, text in OUTLETS)
    lines = [
        json.dumps({"id": "objects", "documents": documents}),
        '{"id": "broken", "documents": [',
        json.dumps({"id": "strings", "documents": [text for _, text in reversed(OUTLETS)]}),
        json.dumps({"id": "joined", "documents": multinews}),
        json.dumps({"id": "too-short", "documents": ["Two words."]}),
        multinews,
    ]
    path = directory / "clusters.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def batch(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsfuse", "batch", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def batch_in_process(*args: str):
    """The command in this process: saves starting an interpreter (the workers are still real
    processes, started by a fork server of this one)."""
    return CliRunner().invoke(app, ["batch", *args])


def read_shards(out: Path, suffix: str = "jsonl") -> list[dict]:
    if suffix == "parquet":
        rows = []
        for path in sorted(out.glob("part-*.parquet")):
            rows += [json.loads(text) for text in pq.read_table(path).column("json").to_pylist()]
        return rows
    return [
        json.loads(line)
        for path in sorted(out.glob("part-*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
    ]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """One local batch run over the six records, shared by the tests that read its output."""
    directory = tmp_path_factory.mktemp("batch")
    source = write_input(directory)
    out = directory / "out"
    result = batch(
        str(source), "--out", str(out), "--workers", "2", "--shard-size", "2", "-w", "60"
    )
    return source, out, result


def test_batch_writes_shards_in_input_order_and_lists_failures(first_run):
    source, out, result = first_run
    assert result.returncode == 1, result.stderr  # two clusters failed
    assert "6 clusters" in result.stderr and "4 done, 2 failed" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "errors.jsonl",
        "manifest.json",
        "part-00000.jsonl",
        "part-00001.jsonl",
        "part-00002.jsonl",
    ]
    records = read_shards(out)
    assert [r["cluster"] for r in records] == ["objects", "strings", "joined", f"{source}:6"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [e["where"] for e in errors] == [f"{source}:2", f"{source}:5"]
    assert "malformed JSON" in errors[0]["error"]
    assert errors[1]["cluster"] == "too-short" and "no usable documents" in errors[1]["error"]


def test_batch_results_equal_the_api(first_run):
    source, out, _ = first_run
    by_id = {c.id: c for c in load([source]).clusters}  # ingest reads lines 1-5 of the file
    last_line = source.read_text().splitlines()[5]
    by_id[f"{source}:6"] = parse_multinews_line(last_line, "raw Multi-News")
    for record in read_shards(out):
        expected = newsfuse.summarize(by_id[record["cluster"]], words=60)
        assert record["newsfuse"] == 1
        assert record["summary"] == expected.text
        assert record["words"] <= 60
        assert record["sentences"][0]["citations"]


def test_rerun_skips_finished_shards_and_redoes_a_missing_one(first_run, tmp_path):
    source, out, _ = first_run
    copy = tmp_path / "out"
    subprocess.run(["cp", "-r", str(out), str(copy)], check=True)
    before = {p.name: p.read_bytes() for p in copy.iterdir()}

    rerun = batch(
        str(source), "--out", str(copy), "--workers", "1", "--shard-size", "2", "-w", "60"
    )
    assert rerun.returncode == 1  # the failures recorded before still count
    assert "0 clusters" in rerun.stderr and "6 skipped" in rerun.stderr, rerun.stderr
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before

    (copy / "part-00001.jsonl").unlink()
    redo = batch_in_process(
        str(source), "--out", str(copy), "--workers", "1", "--shard-size", "2", "-w", "60"
    )
    assert "2 clusters" in redo.stderr and "4 skipped" in redo.stderr, redo.stderr
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before

    # Shards 0 and 2 hold the failures; --redo-failed runs them again, and they fail again.
    again = batch_in_process(
        str(source), "--out", str(copy), "--redo-failed", "--shard-size", "2", "-w", "60"
    )
    assert "4 clusters" in again.stderr and "2 failed; 2 skipped" in again.stderr, again.stderr
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before


def test_rerun_with_other_options_is_refused(first_run):
    source, out, _ = first_run
    result = batch_in_process(str(source), "--out", str(out), "--shard-size", "2", "-w", "80")
    assert result.exit_code == 2
    assert "different options" in result.stderr and str(out) in result.stderr


def test_parquet_in_and_out_give_the_jsonl_results(first_run, tmp_path):
    source, out, _ = first_run
    rows = []
    for line in source.read_text().splitlines():
        record = json.loads(line) if line.startswith("{") and line.endswith("}") else None
        if record and isinstance(record["documents"], list):
            documents = [d if isinstance(d, dict) else {"text": d} for d in record["documents"]]
            rows.append({"id": record["id"], "documents": documents})
    rows.append({"id": "no-documents", "documents": None})
    parquet = tmp_path / "clusters.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet)

    settings = BatchSettings("summarize", newsfuse.Options(words=60), "parquet", SHARD_SIZE)
    with LocalEngine(settings.task, settings.options, workers=1) as engine:
        report = run_batch(parquet, tmp_path / "pq", settings, engine)
    assert (report.processed, report.failed, report.shards_written) == (4, 2, 2)
    errors = [
        json.loads(line) for line in (tmp_path / "pq" / "errors.jsonl").read_text().splitlines()
    ]
    assert errors[1] == {
        "cluster": "no-documents",
        "where": f"{parquet}: row 4",
        "error": "field 'documents' is missing or not a list",
    }
    by_id = {r["cluster"]: r for r in read_shards(out)}
    written = read_shards(tmp_path / "pq", "parquet")
    assert [r["cluster"] for r in written] == ["objects", "strings"]
    for record in written:
        # Documents without a source name are numbered, so compare what does not name them.
        assert record["summary"] == by_id[record["cluster"]]["summary"]


def test_brief_task_writes_briefings(tmp_path):
    source = tmp_path / "one.jsonl"
    documents = [{"text": text, "source": name} for name, text in OUTLETS]
    source.write_text(json.dumps({"id": "wildfire", "documents": documents}) + "\n")
    out = str(tmp_path / "out")
    result = batch_in_process(str(source), "--out", out, "--task", "brief", "--workers", "1")
    assert result.exit_code == 0, result.stderr
    [record] = read_shards(tmp_path / "out")
    assert record["cluster"] == "wildfire"
    assert set(record) >= {"summary", "claims", "conflicts", "quotes", "entities", "timeline"}
    assert any(e["name"] == "Otto Salm" for e in record["entities"])


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["missing.jsonl"], "missing.jsonl: no such file"),
        (None, ["blank.jsonl"], "blank.jsonl: holds no records"),
        ("not parquet", ["bad.parquet"], "not a readable Parquet file"),
        ("stranger", ["good.jsonl"], "holds no manifest.json"),
        (None, ["good.jsonl", "--engine", "dask"], "needs a scheduler address"),
        (None, ["good.jsonl", "--scheduler", "tcp://127.0.0.1:8786"], "goes with the dask engine"),
    ],
)
def test_unusable_input_or_directory_is_a_clear_error(tmp_path, setup, args, message):
    (tmp_path / "good.jsonl").write_text('{"documents": ["x"]}\n')
    (tmp_path / "bad.parquet").write_text(setup or "")
    (tmp_path / "blank.jsonl").write_text("\n  \n")
    out = tmp_path / "out"
    if setup == "stranger":
        out.mkdir()
        (out / "notes.txt").write_text("someone else's file")
    result = batch_in_process(str(tmp_path / args[0]), *args[1:], "--out", str(out))
    assert result.exit_code == 2
    assert message in result.stderr


class KillsItsWorker:
    """Unpickling it ends the process at once, as a crash in native code or the OOM killer would."""

    def __reduce__(self):
        return (os._exit, (70,))


def test_a_cluster_that_kills_its_worker_fails_alone():
    jobs = [Job(i, f"line {i + 1}", Cluster(f"c{i}", wildfire_cluster()), []) for i in range(4)]
    jobs.insert(2, Job(9, "line 10", Cluster("deadly", [KillsItsWorker()]), []))
    with LocalEngine("summarize", newsfuse.Options(words=40), workers=2) as engine:
        outcomes = {o.cluster_id: o for o in engine.run(jobs)}
    assert sorted(outcomes) == ["c0", "c1", "c2", "c3", "deadly"]
    assert "worker failed" in outcomes["deadly"].error
    assert all(outcomes[f"c{i}"].record["summary"] for i in range(4))


def test_cluster_groups_articles_into_stories_first(tmp_path):
    ferry = json.loads(example_path().read_text(encoding="utf-8"))["documents"]
    wildfire = [{"id": name, "text": text, "source": name} for name, text in OUTLETS]
    articles = [wildfire[0], ferry[0], wildfire[1], ferry[1], ferry[2], wildfire[2], ferry[3]]
    lines = [json.dumps(a) for a in articles]
    lines.insert(3, '{"text": 5}')
    source = tmp_path / "articles.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    out = tmp_path / "out"
    result = batch_in_process(str(source), "--cluster", "--out", str(out), "-w", "60")
    assert result.exit_code == 1  # the line without text
    assert "2 done, 1 failed" in result.stderr, result.stderr
    stories = [json.loads(line) for line in (out / "stories.jsonl").read_text().splitlines()]
    assert [[a["source"] for a in s["articles"]] for s in stories] == [
        [name for name, _ in OUTLETS],
        [d["source"] for d in ferry],
    ]
    records = read_shards(out)
    assert [r["cluster"] for r in records] == ["story-1", "story-2"]
    assert {s["name"] for s in records[0]["sources"]} == {name for name, _ in OUTLETS}
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [e["where"] for e in errors] == [f"{source}:4"]
