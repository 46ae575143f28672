"""Property-based fuzzing of every ingest path and of the HTTP API (issue 11).

Whatever the input: no uncaught exception (bad input is a Problem or a ValueError naming it), no
500 from the server, and the good documents of a mixed batch always come out. Hypothesis runs
derandomized with a fixed number of examples, so a run is repeatable and quick.
"""

import contextlib
import json
from dataclasses import fields
from datetime import date, datetime

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfuse
from newsfuse.api import NoDocumentsError
from newsfuse.briefing.timeline import find_dates
from newsfuse.clean import find_dateline
from newsfuse.domain import Cluster, Document, Problem
from newsfuse.ingest import load, read_file
from newsfuse.ingest.datasets import parse_json, parse_jsonl, parse_published
from newsfuse.ingest.feeds import feed_documents, parse_since
from newsfuse.ingest.fetch import fetch_each, read_url_list
from newsfuse.options import Options
from newsfuse.server.run import ServerProcess
from newsfuse.server.settings import ServerSettings
from stories import KELMAR_NEWS, VALLEY_POST


def fuzz(examples: int):
    """Hypothesis settings for this suite: repeatable, bounded, never timed."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# Text with what breaks naive code: control characters, surrogates, NUL, BOMs, RTL marks.
NASTY = st.text(
    st.characters(codec=None, exclude_categories=()) | st.sampled_from("\x00\ufeff\u202e\ud800\n"),
    max_size=300,
)
SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ""]
ENCODINGS = ["utf-8", "latin-1", "cp1252", "cp1250", "utf-16", "utf-16-le", "utf-32"]


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(
        encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace"
    )


FILE_BYTES = st.one_of(
    st.binary(max_size=600),
    st.builds(encoded, NASTY, st.sampled_from(ENCODINGS)),
    st.builds(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode(), NASTY),
)


def assert_ingested(items) -> None:
    assert all(isinstance(i, Cluster | Document | Problem) for i in items)
    for item in items:
        documents = item.documents if isinstance(item, Cluster) else []
        documents += [item] if isinstance(item, Document) else []
        for document in documents:
            assert isinstance(document.text, str)
            document.text.encode("utf-8")  # printable: no lone surrogate survives ingest


# --- files of any kind ------------------------------------------------------------------------


@fuzz(80)
@given(data=FILE_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_under_any_name_are_read_or_a_problem(data, suffix):
    assert_ingested(read_file(data, f"input{suffix}"))


@fuzz(25)
@given(data=FILE_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_the_good_file_of_a_mixed_batch_always_comes_out(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("batch")
    (folder / "good.txt").write_text(VALLEY_POST, "utf-8")
    (folder / f"fuzzed{suffix}").write_bytes(data)
    loaded = load([folder])
    assert "good" in [d.source for d in loaded.documents]


# --- JSON and JSONL ---------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | NASTY,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(NASTY, inner, max_size=4),
    max_leaves=12,
)
DOCUMENT_FIELDS = st.fixed_dictionaries(
    {"text": JSON_VALUES | NASTY},
    optional={
        name: JSON_VALUES | NASTY | st.dates().map(str)
        for name in ("source", "url", "title", "published", "author", "id")
    },
)
CLUSTERS = st.fixed_dictionaries(
    {"documents": st.lists(DOCUMENT_FIELDS | JSON_VALUES, max_size=3) | JSON_VALUES},
    optional={"id": JSON_VALUES, "references": JSON_VALUES},
)


@fuzz(100)
@given(records=st.lists(CLUSTERS | JSON_VALUES, min_size=1, max_size=4))
def test_json_and_jsonl_of_any_shape(records):
    lines = "\n".join(json.dumps(r) for r in records)
    assert_ingested(list(parse_jsonl(lines, "fuzz.jsonl")))
    assert_ingested(list(parse_json(json.dumps(records), "fuzz.json")))
    assert_ingested(list(parse_json(lines, "fuzz.json")))


@fuzz(40)
@given(record=CLUSTERS)
def test_a_good_jsonl_line_survives_any_neighbour(record):
    good = json.dumps({"id": "good", "documents": [VALLEY_POST, KELMAR_NEWS]})
    items = list(parse_jsonl(f"{json.dumps(record)}\n{good}\n", "fuzz.jsonl"))
    assert "good" in [i.id for i in items if isinstance(i, Cluster)]


# --- dates ------------------------------------------------------------------------------------

DATE_TEXT = st.one_of(
    NASTY,
    st.dates().map(str),
    st.datetimes().map(datetime.isoformat),
    st.from_regex(
        r"\A[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}(T[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)?)?\Z"
    ),
)
DATELINES = st.builds(
    "{} {} {}".format,
    st.integers(0, 40),
    st.sampled_from(["January", "Sept.", "December", "may"]),
    st.integers(0, 99999),
)


@fuzz(100)
@given(value=DATE_TEXT)
def test_published_dates_parse_or_raise_value_error(value):
    try:
        moment = parse_published(value)
    except ValueError:
        return
    assert moment is None or 1600 <= moment.year <= 2999


@fuzz(100)
@given(line=DATELINES | DATE_TEXT, published=st.dates(), sentence=NASTY)
def test_datelines_and_timeline_dates_never_overflow(line, published, sentence):
    found = find_dateline(f"{line}\n\n{VALLEY_POST}")
    assert found is None or 1600 <= found.year <= 2999
    text = f"{sentence} yesterday, last week, next week, on Tuesday and on {line}."
    for mention in find_dates(text, published):
        assert mention.date is None or isinstance(mention.date, date)


@fuzz(60)
@given(value=NASTY | st.from_regex(r"\A[0-9]{1,30}(\.[0-9]{1,5})?\s*(s|m|min|h|d|w)\Z"))
def test_since_windows_parse_or_raise_value_error(value):
    with contextlib.suppress(ValueError):
        parse_since(value)


# --- feeds ------------------------------------------------------------------------------------


def rss(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><pubDate>{when}</pubDate>"
        f"<description><![CDATA[{body}]]></description></item>"
        for title, when, body in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>{entries}</channel></rss>'.encode(
        "utf-8", errors="replace"
    )


SAFE_TEXT = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=80)


@fuzz(40)
@given(
    items=st.lists(
        st.tuples(SAFE_TEXT, DATE_TEXT.filter(lambda t: "\x00" not in t), SAFE_TEXT), max_size=4
    )
)
def test_feeds_with_any_entries(items):
    good = ("Good", "Sun, 12 Mar 2023 10:00:00 GMT", f"<p>{VALLEY_POST}</p>")
    # No entry has a link, so nothing is fetched: this is about parsing.
    documents, problems = feed_documents(rss([*items, good]), "fuzz.xml", Options())
    assert_ingested([*documents, *problems])
    assert any("Brenning" in d.text for d in documents)
    assert_ingested(list(read_file(rss(items), "fuzz.rss")))


# --- URLs -------------------------------------------------------------------------------------

HOSTS = st.one_of(
    st.text("0127.:x[]①⑦%^@ \\/#?-", min_size=1, max_size=20),
    st.from_regex(r"\A0[0-7]{1,4}(\.[0-9]{1,4}){0,3}\Z"),
    st.text(st.characters(codec=None), min_size=1, max_size=8),
)
URLS = st.builds("http://{}/{}".format, HOSTS, SAFE_TEXT) | st.builds("{}".format, NASTY)


@fuzz(30)
@given(urls=st.lists(URLS, min_size=1, max_size=4))
def test_urls_of_any_shape_are_one_result_each(tmp_path_factory, urls):
    options = Options(allow_private_addresses=False, use_cache=False, fetch_timeout=2.0)
    web = [u for u in urls if u.lower().startswith(("http://", "https://"))]
    results = fetch_each(web, options)
    assert len(results) == len(web)
    for url, result in zip(web, results, strict=True):
        assert isinstance(result, Problem) and result.where == url
    listing = tmp_path_factory.mktemp("urls") / "urls.txt"
    listing.write_text("\n".join(urls), "utf-8", errors="surrogatepass")
    read_url_list(listing)


# --- options ----------------------------------------------------------------------------------

OPTION_NAMES = [f.name for f in fields(Options)]
OPTION_VALUES = st.one_of(
    st.floats(),
    st.integers(-(10**20), 10**20),
    st.booleans(),
    st.none(),
    NASTY,
    st.sampled_from(["auto", "rules", "extractive", "abstractive", "10.0.0.0/8"]),
)


@fuzz(100)
@given(changes=st.dictionaries(st.sampled_from(OPTION_NAMES), OPTION_VALUES, max_size=4))
def test_options_are_accepted_or_refused_naming_the_field(changes):
    try:
        Options(**changes)
    except (ValueError, TypeError) as error:
        assert "options." in str(error) or "must" in str(error) or "not" in str(error)


PIPELINE_OPTIONS = ["words", "sentences", "characters", "support_weight", "outlet_weight"]
PIPELINE_OPTIONS += ["redundancy", "support_threshold", "min_sentence_words", "max_sentence_words"]
PIPELINE_OPTIONS += ["duplicate_threshold", "min_document_words", "max_sentences"]


@fuzz(30)
@given(
    changes=st.dictionaries(
        st.sampled_from(PIPELINE_OPTIONS),
        st.floats(-1e6, 1e6) | st.integers(-5, 10**12),
        max_size=3,
    )
)
def test_any_accepted_options_summarize(changes):
    try:
        options = Options(entity_model="rules", **changes)
    except (ValueError, TypeError):
        return
    try:
        summary = newsfuse.summarize([VALLEY_POST, KELMAR_NEWS], options)
    except NoDocumentsError as error:  # the documents are too short for these options
        assert error.problems
        return
    assert summary.sources


# --- the HTTP API -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("fuzz") / "access.log"
    with ServerProcess(ServerSettings(port=0, request_timeout=20), log_path=log) as running:
        yield running


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as open_client:
        yield open_client


API_DOCUMENTS = st.one_of(
    NASTY,
    st.fixed_dictionaries(
        {},
        optional={
            "text": NASTY,
            "html": NASTY,
            "source": NASTY,
            "published": DATE_TEXT,
            "url": NASTY,
            "title": JSON_VALUES,
        },
    ),
    JSON_VALUES,
)
API_BODIES = st.fixed_dictionaries(
    {},
    optional={
        "documents": st.lists(API_DOCUMENTS, max_size=3) | JSON_VALUES,
        "files": st.lists(
            st.fixed_dictionaries(
                {"name": st.sampled_from(SUFFIXES).map("f{}".format), "content": NASTY}
            ),
            max_size=2,
        ),
        "urls": st.lists(URLS, max_size=2),
        "options": st.dictionaries(st.sampled_from(OPTION_NAMES), OPTION_VALUES, max_size=3)
        | JSON_VALUES,
        "include_documents": JSON_VALUES,
    },
)


def body_bytes(body: object) -> bytes:
    # NaN and Infinity as JavaScript writes them; lone surrogates as JSON escapes them.
    return json.dumps(body).encode()


def assert_answered(reply: httpx.Response) -> dict:
    assert reply.status_code in (200, 400, 413, 422, 503), reply.text[:500]
    payload = reply.json()
    if reply.status_code != 200:
        assert payload["error"] and payload["problems"]
    return payload


@fuzz(60)
@given(body=API_BODIES, path=st.sampled_from(["/v1/summarize", "/v1/brief"]))
def test_any_request_body_gets_an_answer_never_a_500(client, body, path):
    headers = {"content-type": "application/json"}
    assert_answered(client.post(path, content=body_bytes(body), headers=headers))


@fuzz(40)
@given(raw=st.binary(max_size=300) | NASTY.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_raw_body_gets_an_answer_never_a_500(client, raw):
    headers = {"content-type": "application/json"}
    assert_answered(client.post("/v1/summarize", content=raw, headers=headers))


@fuzz(30)
@given(
    extra=st.one_of(
        NASTY.map(lambda t: {"documents": [t]}),
        NASTY.map(lambda t: {"documents": [{"html": t}]}),
        st.builds(
            lambda n, t: {"files": [{"name": n, "content": t}]},
            st.sampled_from(SUFFIXES).map("f{}".format),
            NASTY,
        ),
    )
)
def test_the_good_documents_of_a_mixed_request_always_come_out(client, extra):
    good = [
        {"source": "Valley Post", "text": VALLEY_POST},
        {"source": "Kelmar News", "text": KELMAR_NEWS},
    ]
    body = {**extra, "documents": good + extra.get("documents", [])}
    payload = assert_answered(
        client.post(
            "/v1/summarize", content=body_bytes(body), headers={"content-type": "application/json"}
        )
    )
    names = [s["name"] for s in payload["sources"]]
    assert "Valley Post" in names and "Kelmar News" in names
