"""Nothing done is lost (issue 11): eval --out writes each cluster as it finishes, so an interrupt
keeps them; summarize and brief record a cluster that fails and go on with the others."""

import json
import os
import signal
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from newsfuse import api, briefing
from newsfuse.cli import app
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST

REFERENCE = "A wildfire near Brenning burned 4,000 hectares and forced 1,200 residents to leave."


def write_clusters(path, count: int) -> None:
    lines = []
    for number in range(count):
        documents = [VALLEY_POST, KELMAR_NEWS, RIVER_TIMES][: 2 + number % 2]
        lines.append(
            json.dumps({"id": f"fire-{number}", "documents": documents, "references": [REFERENCE]})
        )
    path.write_text("\n".join(lines) + "\n", "utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_eval_out_keeps_the_clusters_done_when_interrupted(tmp_path, jobs, ctrl_c_reaches_children):
    dataset, out = tmp_path / "fires.jsonl", tmp_path / "summaries.jsonl"
    clusters = 200  # far more than get done before the interrupt
    write_clusters(dataset, clusters)
    command = [sys.executable, "-m", "newsfuse", "eval", str(dataset), "--out", str(out)]
    # Its own session, so that the SIGINT reaches the whole group, as a terminal's Ctrl-C does.
    run = subprocess.Popen(
        [*command, "--jobs", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        for _ in range(1200):  # the first cluster's lines, within two minutes of a loaded machine
            if out.exists() and out.read_text("utf-8").count("\n") >= 5:
                break
            if run.poll() is not None:
                break
            threading.Event().wait(0.1)
        os.killpg(run.pid, signal.SIGINT)
        _, stderr = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 130, stderr
    lines = out.read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]  # every line whole
    assert 5 <= len(records) < 5 * clusters
    assert {r["system"] for r in records} == {"newsfuse", "lead", "lexrank", "textrank", "oracle"}
    assert "interrupted" in stderr and str(out) in stderr


@pytest.mark.parametrize("command", ["summarize", "brief"])
def test_a_cluster_that_fails_is_reported_and_the_others_printed(tmp_path, monkeypatch, command):
    dataset = tmp_path / "fires.jsonl"
    write_clusters(dataset, 3)
    real = api.prepare

    def prepare(documents, options=None):
        # An unforeseen bug on one cluster only: the second one's documents.
        if any(d.text == RIVER_TIMES for d in documents.documents):
            raise RuntimeError("an unforeseen bug")
        return real(documents, options)

    monkeypatch.setattr(api, "prepare", prepare)
    monkeypatch.setattr(briefing, "prepare", prepare)
    result = CliRunner().invoke(
        app,
        [
            command,
            str(dataset),
            "-f",
            "json",
            "--words",
            "60",
            *(["--entities", "rules"] if command == "brief" else []),
        ],
    )
    assert result.exit_code == 1
    printed = [json.loads(line)["cluster"] for line in result.stdout.splitlines()]
    assert printed == ["fire-0", "fire-2"]
    assert "fire-1" in result.stderr and "an unforeseen bug" in result.stderr
    assert "1 of 3 clusters failed" in result.stderr
