"""The HTTP API, tested against real uvicorn servers started as `python -m newsfuse serve`."""

import json
import random
import subprocess
import sys
import threading
import time

import httpx
import pytest

from newsfuse.cli import example_path
from newsfuse.server.run import ServerProcess
from newsfuse.server.settings import ServerSettings
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST
from webserver import LocalServer, Reply, fixture, page

WILDFIRE = [
    {"source": "Valley Post", "text": VALLEY_POST},
    {"source": "Kelmar News", "text": KELMAR_NEWS},
    {"source": "River Times", "text": RIVER_TIMES},
]

# Invented material for large requests: sentences drawn from made-up people, places and things.
PEOPLE = ["Ansel Varga", "Rhea Tolland", "Piet Ormsby", "Lina Kessler", "Odo Marchetti"]
PLACES = ["Dunmarrow", "Eastfold", "Harwick Bay", "the Selvin hills", "Port Ivel", "Carrow Green"]
THINGS = ["the tram line", "the flood barrier", "the grain depot", "the river bridge", "the mill"]
VERBS = ["inspected", "criticised", "defended", "reopened", "funded", "delayed", "surveyed"]
WHEN = ["on Monday", "last week", "in March", "on Friday evening", "after the storm"]


def invented_article(rng: random.Random, sentences: int) -> str:
    return "\n\n".join(
        f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} {rng.choice(THINGS)} near {rng.choice(PLACES)} "
        f"{rng.choice(WHEN)}, and {rng.randint(2, 900)} residents of {rng.choice(PLACES)} said "
        f"that {rng.choice(THINGS)} had cost {rng.randint(1, 99)} million."
        for _ in range(sentences)
    )


def invented_cluster(documents: int, sentences: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [invented_article(rng, sentences) for _ in range(documents)]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("serve")
    env = {"XDG_CACHE_HOME": str(home / "cache")}
    with ServerProcess(
        ServerSettings(port=0, request_timeout=120), log_path=home / "access.log", env=env
    ) as running:
        yield running


@pytest.fixture(scope="module")
def pages():
    """Invented ferry-story pages of two outlets, served on loopback."""
    routes = {"/courier": page("courier_ferry.html"), "/ledger": page("ledger_ferry.html")}
    with LocalServer(routes) as running:
        yield running


@pytest.fixture(scope="module")
def tight(tmp_path_factory):
    """A server with small limits, to reach each of them cheaply."""
    settings = ServerSettings(
        port=0, max_body_bytes=600_000, max_documents=3, request_timeout=0.25, pipeline_workers=2
    )
    log = tmp_path_factory.mktemp("tight") / "access.log"
    with ServerProcess(settings, log_path=log) as running:
        yield running


def post(server, path: str, body, **kwargs) -> httpx.Response:
    if isinstance(body, dict | list):
        kwargs["json"] = body
    else:
        kwargs["content"] = body
        kwargs.setdefault("headers", {"content-type": "application/json"})
    return httpx.post(server.url + path, timeout=60, **kwargs)


def problems(reply: httpx.Response) -> dict[str, str]:
    body = reply.json()
    assert set(body) == {"error", "problems"}, body
    return {p["where"]: p["message"] for p in body["problems"]}


def test_healthz(server):
    reply = httpx.get(server.url + "/healthz")
    assert reply.status_code == 200
    assert reply.json()["status"] == "ok"


def test_summarize_returns_the_cli_json(server, tmp_path):
    reply = post(server, "/v1/summarize", {"documents": WILDFIRE, "options": {"words": 70}})
    assert reply.status_code == 200, reply.text
    payload = reply.json()
    assert payload["newsfuse"] == 1
    assert 0 < payload["words"] <= 70
    assert [s["name"] for s in payload["sources"]] == ["Valley Post", "Kelmar News", "River Times"]
    assert "documents" not in payload  # only on request

    # The same articles through the CLI give the same summary, field for field.
    for item in WILDFIRE:
        (tmp_path / f"{item['source']}.txt").write_text(item["text"], encoding="utf-8")
    files = [str(tmp_path / f"{item['source']}.txt") for item in WILDFIRE]
    cli = subprocess.run(
        [sys.executable, "-m", "newsfuse", "summarize", *files, "-w", "70", "-f", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = json.loads(cli.stdout)
    expected.pop("cluster")
    assert payload == expected


def test_documents_field_locates_every_cited_sentence(server):
    body = {"documents": WILDFIRE, "options": {"sentences": 3}, "include_documents": True}
    payload = post(server, "/v1/summarize", body).json()
    assert len(payload["sentences"]) == 3
    documents = payload["documents"]
    assert [d["source"] for d in documents] == ["Valley Post", "Kelmar News", "River Times"]
    cited = 0
    for sentence in payload["sentences"]:
        for citation in sentence["citations"]:
            document = documents[citation["doc_index"]]
            start, end = document["sentences"][citation["sentence_index"]]
            assert document["text"][start:end] == citation["text"]
            cited += 1
    assert cited >= 3


def test_plain_strings_files_and_character_budget(server):
    jsonl = json.dumps({"documents": [{"source": "River Times", "text": RIVER_TIMES}]})
    body = {
        "documents": [VALLEY_POST],
        "files": [
            {"name": "kelmar.txt", "content": KELMAR_NEWS},
            {"name": "more.jsonl", "content": jsonl},
        ],
        "options": {"characters": 300},
    }
    reply = post(server, "/v1/summarize", body)
    assert reply.status_code == 200, reply.text
    payload = reply.json()
    assert len(payload["summary"]) <= 300
    assert [s["name"] for s in payload["sources"]] == ["document 1", "kelmar", "River Times"]


def test_unusable_documents_are_reported_and_the_rest_summarized(server):
    body = {"documents": [*WILDFIRE, {"source": "Blank Gazette", "text": "   "}]}
    payload = post(server, "/v1/summarize", body).json()
    assert len(payload["sources"]) == 3
    assert any(p["where"] == "Blank Gazette" for p in payload["problems"])


def test_all_documents_unusable_is_422_per_document(server):
    body = {"documents": ["", {"source": "Tiny Times", "text": "Too short to be news."}]}
    reply = post(server, "/v1/summarize", body)
    assert reply.status_code == 422
    found = problems(reply)
    assert set(found) == {"documents[0]", "documents[1]"}
    assert "empty" in found["documents[0]"]
    assert "Tiny Times" in found["documents[1]"]


def test_malformed_json_is_400(server):
    reply = post(server, "/v1/summarize", b'{"documents": ["a", ')
    assert reply.status_code == 400
    assert reply.json()["error"] == "malformed JSON"
    assert list(problems(reply)) == ["body"]


def test_wrong_types_name_their_fields(server):
    body = {
        "documents": [42, {"text": "x", "html": "<p>x</p>"}, {"txt": "typo"}],
        "options": {"words": "many", "colour": "red"},
    }
    reply = post(server, "/v1/summarize", body)
    assert reply.status_code == 422
    found = problems(reply)
    assert "not a number" in found["documents[0]"]
    assert "exactly one" in found["documents[1]"]
    assert "documents[2].txt" in found
    assert "options.words" in found and "options.colour" in found


def test_body_that_is_not_an_object(server):
    assert post(server, "/v1/summarize", ["a", "b"]).status_code == 422
    reply = post(server, "/v1/summarize", {"documents": "one long string"})
    assert reply.status_code == 422
    assert "documents" in problems(reply)


def test_empty_documents_list_is_422(server):
    reply = post(server, "/v1/summarize", {"documents": []})
    assert reply.status_code == 422
    assert "empty" in problems(reply)["documents"]


def test_bad_option_values(server):
    reply = post(server, "/v1/summarize", {"documents": WILDFIRE, "options": {"words": 0}})
    assert reply.status_code == 422
    assert "positive" in problems(reply)["options.words"]
    # The server's own limits are not the client's to change.
    reply = post(server, "/v1/summarize", {"documents": WILDFIRE, "options": {"max_file_bytes": 1}})
    assert reply.status_code == 422
    assert "options.max_file_bytes" in problems(reply)
    for option, value in [("max_sentences", 10**7), ("mode", "abstractive")]:
        reply = post(server, "/v1/brief", {"documents": WILDFIRE, "options": {option: value}})
        assert reply.status_code == 422
        assert f"options.{option}" in problems(reply)


def test_unknown_path_and_method_are_json(server):
    reply = httpx.get(server.url + "/v1/nothing")
    assert reply.status_code == 404 and "/v1/nothing" in problems(reply)
    assert httpx.get(server.url + "/v1/summarize").status_code == 405


def test_page_docs_and_example(server):
    page = httpx.get(server.url + "/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/app.js" in page.text
    assert httpx.get(server.url + "/static/app.js").status_code == 200
    spec = httpx.get(server.url + "/openapi.json").json()
    assert {"/v1/summarize", "/v1/brief", "/healthz"} <= set(spec["paths"])
    options = spec["components"]["schemas"]["OptionsIn"]["properties"]
    assert "words" in options and "max_file_bytes" not in options
    example = httpx.get(server.url + "/v1/example").json()["documents"]
    assert len(example) == 4
    reply = post(server, "/v1/summarize", {"documents": example, "options": {"words": 100}})
    assert reply.status_code == 200 and len(reply.json()["sources"]) == 4


def test_too_many_documents(tight):
    reply = post(tight, "/v1/summarize", {"documents": [VALLEY_POST] * 4})
    assert reply.status_code == 422
    assert "at most 3" in problems(reply)["documents"]
    # Files count by the documents they hold.
    six = json.dumps({"documents": [VALLEY_POST, KELMAR_NEWS, RIVER_TIMES] * 2})
    reply = post(tight, "/v1/summarize", {"files": [{"name": "six.jsonl", "content": six}]})
    assert reply.status_code == 422
    assert "6 documents" in problems(reply)["documents"]


def test_too_big_body(tight):
    big = {"documents": ["word " * 140_000]}
    reply = post(tight, "/v1/summarize", big)
    assert reply.status_code == 413
    assert "600000 bytes" in problems(reply)["body"]

    # A chunked upload declares no length; it is cut off all the same.
    def chunks():
        yield b'{"documents": ["'
        for _ in range(100):
            yield b"word " * 2000
        yield b'"]}'

    reply = post(tight, "/v1/summarize", chunks())
    assert reply.status_code == 413


def test_time_limit(tight):
    slow = {"documents": invented_cluster(3, 1000)}
    started = time.monotonic()
    reply = post(tight, "/v1/summarize", slow)
    assert reply.status_code == 503
    assert "0.25 s" in problems(reply)["request"]
    assert time.monotonic() - started < 5


@pytest.fixture(scope="module")
def fetching(tmp_path_factory):
    """A server that may fetch loopback URLs (the invented pages served by these tests)."""
    home = tmp_path_factory.mktemp("fetching")
    settings = ServerSettings(port=0, allow_private_urls=True, request_timeout=120)
    with ServerProcess(settings, env={"XDG_CACHE_HOME": str(home / "cache")}) as running:
        running.home = home
        yield running


def test_healthz_answers_while_a_request_is_in_the_pipeline(fetching, pages):
    # The request's pipeline fetches a page that is held back until /healthz has answered, so the
    # request is provably still running when /healthz is asked, however loaded the machine is.
    # Were the pipeline run on the event loop, /healthz would wait for the page (and time out).
    arrived, release = threading.Event(), threading.Event()

    def held_page(_handler) -> Reply:
        arrived.set()
        release.wait(timeout=120)
        return page("courier_ferry.html")

    pages.routes["/held"] = held_page
    body = {"documents": WILDFIRE, "urls": [pages.url("/held")], "options": {"sentences": 3}}
    result = {}
    worker = threading.Thread(
        target=lambda: result.update(reply=post(fetching, "/v1/summarize", body))
    )
    worker.start()
    try:
        assert arrived.wait(timeout=120), "the pipeline never fetched the held page"
        health = [httpx.get(fetching.url + "/healthz", timeout=60) for _ in range(3)]
        assert worker.is_alive()  # the held page is not sent yet, so the request cannot be done
    finally:
        release.set()
        worker.join()
    assert [h.status_code for h in health] == [200, 200, 200]
    reply = result["reply"]
    assert reply.status_code == 200, reply.text
    assert len(reply.json()["sources"]) == 4  # the held page was used once it came


def test_urls_to_private_addresses_are_refused(server, pages):
    reply = post(server, "/v1/summarize", {"urls": [pages.url("/courier")]})
    assert reply.status_code == 422
    found = problems(reply)
    assert list(found) == ["urls[0]"]
    assert "127.0.0.1" in found["urls[0]"]
    assert pages.hits["/courier"] == 0


def test_urls_and_html_are_fetched_and_extracted(fetching, pages):
    body = {
        "urls": [pages.url("/courier"), pages.url("/ledger"), pages.url("/absent")],
        "documents": [{"html": fixture("plain_ferry.html").decode("utf-8")}],
        "options": {"sentences": 3},
    }
    before = pages.hits["/courier"]
    reply = post(fetching, "/v1/summarize", body)
    again = post(fetching, "/v1/summarize", body)
    assert reply.status_code == 200, reply.text
    assert again.json()["summary"] == reply.json()["summary"]
    # The server keeps no fetch cache: each request fetches anew and nothing is left on disk.
    assert pages.hits["/courier"] - before == 2
    assert not (fetching.home / "cache").exists()
    payload = reply.json()
    assert len(payload["sources"]) == 3
    # Each page's canonical address and outlet come from its own markup.
    urls = {s["url"] for s in payload["sources"]}
    assert "https://valleycourier.example/story/island-ferry-back" in urls
    assert "Harbor Ledger" in {s["name"] for s in payload["sources"]}
    assert [p["where"] for p in payload["problems"]] == ["urls[2]"]


def test_brief_returns_the_cli_json_and_locates_its_sentences(server):
    example = httpx.get(server.url + "/v1/example").json()["documents"]
    body = {"documents": example, "options": {"words": 100}, "include_documents": True}
    reply = post(server, "/v1/brief", body)
    assert reply.status_code == 200, reply.text
    payload = reply.json()
    documents = payload.pop("documents")

    cli = subprocess.run(
        [sys.executable, "-m", "newsfuse", "brief", "-w", "100", "-f", "json", example_path()],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = json.loads(cli.stdout)
    expected.pop("cluster", None)
    assert payload == expected
    assert payload["claims"] and payload["conflicts"] and payload["entities"]

    wordings = [m for c in payload["claims"] for m in c["members"]]
    wordings += [w for c in payload["conflicts"] for side in c["sides"] for w in side["wordings"]]
    wordings += [w for q in payload["quotes"] for w in q["wordings"]]
    wordings += [w for t in payload["timeline"] for w in t["wordings"]]
    for wording in wordings:
        document = documents[wording["doc_index"]]
        start, end = document["sentences"][wording["sentence_index"]]
        assert wording["text"] in document["text"][start:end]


def test_access_log_has_one_json_line_per_request(tight):
    post(tight, "/v1/summarize", {"documents": []})
    httpx.get(tight.url + "/healthz")
    lines = access_log_until(tight, ("GET", "/healthz", 200))
    assert lines, "no access log lines"
    for line in lines:
        assert set(line) >= {"method", "path", "status", "duration_ms", "client"}
        assert line["client"].startswith("127.0.0.1:")
    statuses = {(line["method"], line["path"], line["status"]) for line in lines}
    assert ("POST", "/v1/summarize", 422) in statuses
    assert ("GET", "/healthz", 200) in statuses


def access_log_until(server, wanted: tuple[str, str, int]) -> list[dict]:
    """The access log's JSON lines once one for ``wanted`` (method, path, status) is written:
    the server writes a line after its reply is sent, so it may come a moment after the reply."""
    deadline = time.monotonic() + 60
    while True:
        lines = [json.loads(line) for line in server.log_lines() if line.startswith("{")]
        if wanted in {(line["method"], line["path"], line["status"]) for line in lines}:
            return lines
        assert time.monotonic() < deadline, f"no access log line for {wanted}: {lines}"
        time.sleep(0.05)


def test_several_workers(tmp_path):
    settings = ServerSettings(port=0, workers=2)
    with ServerProcess(settings, log_path=tmp_path / "log") as running:
        replies = [post(running, "/v1/summarize", {"documents": WILDFIRE}) for _ in range(4)]
        assert all(r.status_code == 200 for r in replies)
        assert len({r.json()["summary"] for r in replies}) == 1
