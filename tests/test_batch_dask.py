"""`newsfuse batch --engine dask` on a real Dask cluster: a `dask scheduler` and two `dask worker`
processes started from the project's venv on 127.0.0.1, stopped at the end of the module."""

import json
import socket

import pytest
from distributed import Client

import newsfuse
from newsfuse.batch import BatchSettings
from newsfuse.batch.dask_engine import DaskEngine
from newsfuse.batch.local_cluster import LocalDaskCluster
from newsfuse.batch.run import EngineError
from newsfuse.ingest import load
from newsfuse.options import Options
from test_batch import batch, batch_in_process, read_shards, write_input


@pytest.fixture(scope="module")
def dask_cluster():
    with LocalDaskCluster(workers=2) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def clusters_file(tmp_path_factory):
    return write_input(tmp_path_factory.mktemp("dask"))


def test_dask_engine_results_equal_the_local_engine(dask_cluster, clusters_file, tmp_path):
    common = ["--shard-size", "2", "-w", "60"]
    local = batch_in_process(str(clusters_file), "--out", str(tmp_path / "local"), *common)
    on_dask = batch(
        str(clusters_file),
        "--out",
        str(tmp_path / "dask"),
        "--engine",
        "dask",
        "--scheduler",
        dask_cluster.address,
        *common,
    )
    assert (local.exit_code, on_dask.returncode) == (1, 1), on_dask.stderr
    assert f"dask engine at {dask_cluster.address}, 2 workers" in on_dask.stderr
    assert "4 done, 2 failed" in on_dask.stderr
    for name in ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl", "errors.jsonl"]:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert len(read_shards(tmp_path / "dask")) == 4


def test_dask_briefing_with_spacy_loaded_once_in_each_worker(dask_cluster, tmp_path):
    source = tmp_path / "one.jsonl"
    source.write_text(next(iter(write_input(tmp_path).read_text().splitlines())) + "\n")
    out = tmp_path / "out"
    result = batch_in_process(
        str(source), "--out", str(out), "--task", "brief", "--entities", "spacy",
        "--engine", "dask", "--scheduler", dask_cluster.address,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    [record] = read_shards(out)
    assert any(e["name"] == "Otto Salm" for e in record["entities"])
    [cluster] = load([source]).clusters
    expected = newsfuse.brief(cluster, Options(entity_model="spacy")).to_dict()
    assert record == {"newsfuse": 1, "cluster": cluster.id, **expected}

    def spacy_loaded() -> bool:
        from newsfuse.briefing import entities

        return entities._spacy_model is not None

    # The worker plugin warmed both workers up, also the one that got no cluster.
    with Client(dask_cluster.address, set_as_default=False) as client:
        assert list(client.run(spacy_loaded).values()) == [True, True]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["options"]["entity_model"] == "spacy"


def test_unreachable_scheduler_is_a_clear_error():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{probe.getsockname()[1]}"
    settings = BatchSettings("summarize", Options())
    engine = DaskEngine(settings.task, settings.options, address, connect_timeout=2)
    with pytest.raises(EngineError, match=f"cannot reach the Dask scheduler {address}"):
        engine.__enter__()
