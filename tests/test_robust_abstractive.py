"""The GGUF model runs in a child process (issue 11): a timeout or Ctrl-C kills that child, never
the summarizer, and its llama.cpp listener takes no request without a key."""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx

import newsfuse
from newsfuse.abstractive.backends import GGUFBackend, load_gguf
from newsfuse.options import Options
from stories import wildfire_cluster
from test_abstractive import smollm2  # noqa: F401 - the fixture
from test_robust_server import descendants


def model_children(pid: int) -> list[int]:
    found = []
    for child in descendants(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"newsfuse.abstractive.model_process" in command:
            found.append(child)
    return found


def test_the_model_listener_wants_a_key_and_a_timeout_kills_the_model(smollm2):  # noqa: F811
    options = Options(llm_gguf=smollm2, llm_timeout=0.01, mode="abstractive")
    backend = GGUFBackend(smollm2, options)
    model = backend.model
    assert model.alive() and model.listening.startswith("http://127.0.0.1:")
    refused = httpx.get(model.listening + "/v1/models", timeout=10)
    assert refused.status_code == 401
    summary = newsfuse.summarize(
        wildfire_cluster(), words=45, mode="abstractive", llm_gguf=smollm2, llm_timeout=0.01
    )
    assert any("within 0.01 s" in p.message for p in summary.problems)
    # The model that ran past its limit is gone, process and listener.
    assert load_gguf(smollm2, 1, 4096) is not model or not model.alive()
    assert model.process.returncode is not None
    assert not Path(f"/proc/{model.process.pid}").exists()
    try:
        httpx.get(model.listening + "/v1/models", timeout=10)
    except httpx.ConnectError:
        pass
    else:
        raise AssertionError("the killed model's listener still answers")


def test_ctrl_c_while_the_model_runs_ends_the_cli_cleanly(
    tmp_path,
    smollm2,  # noqa: F811
    ctrl_c_reaches_children,
):
    for number, document in enumerate(wildfire_cluster()):
        (tmp_path / f"outlet{number}.txt").write_text(document.text, encoding="utf-8")
    command = [sys.executable, "-m", "newsfuse", "summarize", str(tmp_path), "-w", "45"]
    command += ["--mode", "abstractive", "--llm-gguf", smollm2, "--llm-timeout", "300"]
    # A session of its own, so that the SIGINT goes to its whole group, as a terminal's Ctrl-C.
    cli = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        children: list[int] = []
        for _ in range(600):  # wait for the model process (at most a minute on a loaded machine)
            children = model_children(cli.pid)
            if children or cli.poll() is not None:
                break
            threading.Event().wait(0.1)
        assert children, "the CLI never started its model process"
        threading.Event().wait(1.0)  # let it load and start generating; any moment must do
        os.killpg(cli.pid, signal.SIGINT)
        cli.communicate(timeout=60)
    finally:
        if cli.poll() is None:
            cli.kill()
    assert cli.returncode > 0, f"killed by signal {-cli.returncode}"  # not SIGABRT/SIGSEGV
    assert not any(Path(f"/proc/{child}").exists() for child in children)
