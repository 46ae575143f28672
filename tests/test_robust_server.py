"""Hostile requests to a real uvicorn server (issue 11): never a 500 for bad input, the
keep-alive connection stays usable after any error, and a timed-out request stops using the CPU.
"""

import json
import threading
from pathlib import Path

import httpx
import pytest
import uvicorn

from newsfuse.server.app import create_app
from newsfuse.server.run import ServerProcess, free_port
from newsfuse.server.settings import ServerSettings
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST
from test_server import invented_cluster


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    settings = ServerSettings(port=0, request_timeout=3.0, pipeline_workers=2)
    log = tmp_path_factory.mktemp("robust") / "access.log"
    with ServerProcess(settings, log_path=log) as running:
        yield running


def escaped(text: str) -> str:
    """``text`` as a JSON string body, with a lone surrogate escaped the way JSON allows."""
    return json.dumps(text)[1:-1] + "\\ud800"


def raw(body: str) -> dict:
    return {"content": body.encode(), "headers": {"content-type": "application/json"}}


TWO = f'"{json.dumps(KELMAR_NEWS)[1:-1]}", "{json.dumps(RIVER_TIMES)[1:-1]}"'
PAGE = f"<html><body><article><p>{VALLEY_POST}</p></article></body></html>"

#: Requests that used to answer 500 (or crash the server's pipeline): name, body, status.
HOSTILE = [
    ("surrogate in text", raw(f'{{"documents": ["{escaped(VALLEY_POST)}", {TWO}]}}'), 200),
    (
        "surrogate in source",
        raw(f'{{"documents": [{{"text": "{escaped(VALLEY_POST)}", "source": "V\\udfff"}}, {TWO}]}}'),
        200,
    ),
    ("surrogate in html", raw(f'{{"documents": [{{"html": "{escaped(PAGE)}"}}, {TWO}]}}'), 200),
    (
        "surrogate in a file",
        raw(f'{{"files": [{{"name": "v.txt", "content": "{escaped(VALLEY_POST)}"}}], '
            f'"documents": [{TWO}]}}'),
        200,
    ),
    ("NaN option", raw(f'{{"documents": [{TWO}], "options": {{"redundancy": NaN}}}}'), 422),
    ("Infinity option", raw(f'{{"documents": [{TWO}], "options": {{"words": Infinity}}}}'), 422),
    (
        "date 9999",
        {"json": {"documents": [{"text": VALLEY_POST, "published": "9999-12-31"}, KELMAR_NEWS]}},
        422,
    ),
    (
        "dateline 9999 in a file",
        {"json": {"files": [{"name": "far.txt", "content": "31 December 9999\n\n" + VALLEY_POST}],
                  "documents": [KELMAR_NEWS]}},
        200,
    ),
    ("malformed urls", {"json": {"urls": ["http://127.000.000.001/", "http://host:1:2/"]}}, 422),
    (
        "deep JSON file",
        {"json": {"files": [{"name": "deep.json", "content": "[" * 50_000 + "]" * 50_000}],
                  "documents": [KELMAR_NEWS, RIVER_TIMES]}},
        200,
    ),
    ("deep JSON body", raw("[" * 100_000), 400),
]  # fmt: skip


def local_port(reply: httpx.Response) -> int:
    return reply.extensions["network_stream"].get_extra_info("client_addr")[1]


@pytest.mark.parametrize("path", ["/v1/summarize", "/v1/brief"])
def test_hostile_requests_get_4xx_or_an_answer_on_one_connection(server, path):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        ports = set()
        for name, request, status in HOSTILE:
            reply = client.post(path, **request)
            assert reply.status_code == status, (name, reply.text[:300])
            assert reply.json(), name
            ports.add(local_port(reply))
            if status == 422 and "malformed" in name:
                where = {p["where"] for p in reply.json()["problems"]}
                assert {"urls[0]", "urls[1]"} <= where
        assert len(ports) == 1, "the keep-alive connection was dropped after an error"


def test_an_unexpected_error_is_a_json_500_and_the_connection_stays_usable():
    # The real app with one route that fails the way an unforeseen bug would, on real uvicorn.
    app = create_app(ServerSettings(access_log=False, pipeline_workers=1))

    @app.get("/boom")
    async def boom() -> dict:
        raise KeyError("unforeseen")

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for _ in range(300):  # the workers start first; /healthz answers once they are up
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    threading.Event().wait(0.1)
            failed = client.get("/boom")
            assert failed.status_code == 500
            assert failed.json() == {
                "error": "internal error",
                "problems": [{"where": "request", "message": "KeyError"}],
            }
            after = client.get("/healthz")
            assert after.status_code == 200
            assert local_port(after) == local_port(failed)
    finally:
        running.should_exit = True
        thread.join(30)


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from /proc."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def test_a_timed_out_request_is_killed_and_its_worker_replaced(server):
    before = descendants(server.process.pid)
    assert len(before) >= 3  # the forkserver and two workers
    # A briefing on 3,000 sentences takes over a minute of CPU: far past the 3 s limit.
    slow = {"documents": invented_cluster(3, 1000), "options": {"entity_model": "rules"}}
    reply = httpx.post(server.url + "/v1/brief", json=slow, timeout=60)
    assert reply.status_code == 503
    assert "3 s" in reply.json()["problems"][0]["message"]
    gone = before - descendants(server.process.pid)
    assert len(gone) == 1, "the worker that ran the request should have been killed"
    assert not Path(f"/proc/{gone.pop()}").exists()
    # Its replacement serves the next requests.
    for _ in range(3):
        reply = httpx.post(
            server.url + "/v1/summarize", json={"documents": [VALLEY_POST, KELMAR_NEWS]}, timeout=60
        )
        assert reply.status_code == 200, reply.text
    for _ in range(300):  # the replacement is forked at once; allow a loaded machine 30 s
        if len(descendants(server.process.pid)) == len(before):
            break
        threading.Event().wait(0.1)
    assert len(descendants(server.process.pid)) == len(before)
