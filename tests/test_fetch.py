"""Fetching pages from a real HTTP server on 127.0.0.1: extraction, limits, redirects, cache."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsfuse.cli import app
from newsfuse.domain import Document, Problem
from newsfuse.ingest import load
from newsfuse.ingest.fetch import (
    USER_AGENT,
    FetchCache,
    Fetcher,
    default_cache_dir,
    fetch_documents,
    fetch_each,
    fetch_pages,
)
from newsfuse.options import Options
from webserver import FIXTURES, LocalServer, Reply, fixture, page, redirect

ARTICLE = fixture("ledger_ferry.html")


@pytest.fixture
def options(tmp_path):
    """Options whose cache lives in the test's own directory."""
    return Options(cache_dir=str(tmp_path / "cache"), fetch_timeout=5.0)


@pytest.fixture
def server():
    routes = {
        "/ledger/ferry": page("ledger_ferry.html"),
        # No charset in the header: the page's own <meta> (windows-1252) must win.
        "/courier/ferry": page("courier_ferry.html", content_type="text/html"),
        "/courier/declared": page("courier_ferry.html", "text/html; charset=windows-1252"),
        "/blog/greywing": page("plain_ferry.html"),
        "/section/local": page("section_front.html"),
        "/notes.txt": Reply(
            b"Harbour notes. The Greywing ferry resumed crossings to Tolland Island on Friday "
            b"after five weeks of repairs to the landing ramp at Port Averill.\n",
            content_type="text/plain; charset=utf-8",
        ),
        "/report.pdf": Reply(b"%PDF-1.7 not really", content_type="application/pdf"),
        "/photo.png": Reply(b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        "/gone": Reply(b"gone", status=410),
        "/broken": Reply(b"oops", status=500),
        "/untyped/html": Reply(ARTICLE, content_type=None),
        "/untyped/binary": Reply(b"\x00\x01\x02\x03" * 50, content_type=None),
        "/feed.xml": page("ferry_atom.xml", "application/atom+xml"),
    }
    with LocalServer(routes) as running:
        yield running


def test_fetches_pages_with_their_metadata(server, options):
    documents, problems = fetch_documents(
        [server.url("/ledger/ferry"), server.url("/courier/ferry"), server.url("/blog/greywing")],
        options,
    )
    assert not problems
    ledger, courier, blog = documents
    assert ledger.source == "Harbor Ledger" and ledger.author == "Marisol Quenby"
    assert ledger.url == "https://harborledger.example/news/2024/03/ferry-tolland-resumes"
    assert ledger.id == server.url("/ledger/ferry")
    assert "Harbour master Odile Franzen said the new ramp" in ledger.text
    assert courier.author == "Renée Calloway" and "café-lined" in courier.text
    # No site name and no canonical link: the outlet is the host the page came from.
    assert blog.source == "127.0.0.1" and blog.url == server.url("/blog/greywing")
    assert {headers["User-Agent"] for _, headers in server.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("newsfuse/")


def test_charset_from_the_http_header(server, options):
    [document] = fetch_each([server.url("/courier/declared")], options)
    assert document.author == "Renée Calloway"


def test_each_bad_url_is_one_problem_and_the_others_still_arrive(server, options):
    free_port = _unused_port()
    urls = [
        server.url("/report.pdf"),
        server.url("/ledger/ferry"),
        server.url("/photo.png"),
        server.url("/gone"),
        server.url("/broken"),
        server.url("/section/local"),
        server.url("/untyped/binary"),
        server.url("/feed.xml"),
        f"http://127.0.0.1:{free_port}/nothing-listens-here",
        "ftp://files.example/article.html",
        "http://bad host/",
    ]
    results = fetch_each(urls, options)
    assert [type(r) for r in results].count(Document) == 1
    messages = {r.where: r.message for r in results if isinstance(r, Problem)}
    assert set(messages) == set(urls) - {server.url("/ledger/ferry")}
    pdf_message = "not a web page or feed: content type application/pdf"
    assert messages[server.url("/report.pdf")] == pdf_message
    assert "image/png" in messages[server.url("/photo.png")]
    assert messages[server.url("/gone")] == "HTTP 410 Gone"
    assert messages[server.url("/broken")] == "HTTP 500 Internal Server Error"
    assert "no article found" in messages[server.url("/section/local")]
    assert "neither HTML nor a feed" in messages[server.url("/untyped/binary")]
    assert "news feed" in messages[server.url("/feed.xml")]
    assert messages[f"http://127.0.0.1:{free_port}/nothing-listens-here"].startswith("cannot")
    assert messages["ftp://files.example/article.html"].startswith("not an http(s) URL")
    assert server.hits["/report.pdf"] == 1


def test_pages_without_a_content_type_are_sniffed(server, options):
    [document] = fetch_each([server.url("/untyped/html")], options)
    assert isinstance(document, Document) and document.source == "Harbor Ledger"


def test_plain_text_pages_are_documents(server, options):
    [document] = fetch_each([server.url("/notes.txt")], options)
    assert document.text.startswith("Harbour notes.") and document.source == "127.0.0.1"


def test_a_slow_server_times_out_without_holding_up_the_rest(options):
    routes = {
        "/silent": Reply(ARTICLE, delay=3.0),
        "/trickle": Reply(ARTICLE, trickle=0.1),  # ~30 pieces, 3 s in all
        "/fast": Reply(ARTICLE),
    }
    with LocalServer(routes) as server:
        started = time.monotonic()
        silent, trickle, fast = fetch_each(
            [server.url("/silent"), server.url("/trickle"), server.url("/fast")],
            options.with_(fetch_timeout=0.6),
        )
        elapsed = time.monotonic() - started
    assert silent == Problem(server.url("/silent"), "timed out after 0.6 s")
    # Each piece arrives well within the read timeout; the total time limit stops it.
    assert trickle == Problem(server.url("/trickle"), "timed out after 0.6 s")
    assert isinstance(fast, Document)
    assert elapsed < 2.5


@pytest.mark.parametrize("declare_length", [True, False])
def test_responses_over_the_size_cap_are_refused(options, declare_length):
    big = ARTICLE.replace(b"</article>", b"<p>" + b"filler words " * 20_000 + b"</p></article>")
    with LocalServer({"/big": Reply(big, declare_length=declare_length)}) as server:
        [result] = fetch_each([server.url("/big")], options.with_(fetch_max_bytes=100_000))
        [fine] = fetch_each([server.url("/big")], options.with_(fetch_max_bytes=1_000_000))
    assert isinstance(result, Problem) and result.message.startswith("too large")
    assert "0.1 MB limit" in result.message
    assert isinstance(fine, Document)


def test_redirects_are_followed_up_to_the_limit(options):
    routes = {
        "/old": redirect("/moved", 301),
        "/moved": redirect("/final", 307),
        "/final": Reply(ARTICLE),
        "/loop-a": redirect("/loop-b"),
        "/loop-b": redirect("/loop-a"),
        "/to-ftp": redirect("ftp://files.example/story"),
    }
    with LocalServer(routes) as server:
        [followed] = fetch_pages([server.url("/old")], options)
        [loop] = fetch_pages([server.url("/loop-a")], options.with_(max_redirects=3))
        one_hop = options.with_(max_redirects=1, use_cache=False)
        [too_few] = fetch_pages([server.url("/old")], one_hop)
        [bad_scheme] = fetch_pages([server.url("/to-ftp")], options)
    assert followed.url == server.url("/old") and followed.final_url == server.url("/final")
    assert followed.hops == [server.url(p) for p in ("/old", "/moved", "/final")]
    assert loop.message.startswith("too many redirects (more than 3")
    assert server.hits["/loop-a"] + server.hits["/loop-b"] == 4  # the first request + 3 redirects
    assert too_few.message.startswith("too many redirects (more than 1")
    assert bad_scheme.message == "not an http(s) URL: ftp://files.example/story"


def test_urls_are_fetched_at_the_same_time(options):
    paths = [f"/story/{n}" for n in range(6)]
    with LocalServer({p: Reply(ARTICLE, delay=0.3) for p in paths}) as server:
        results = fetch_each([server.url(p) for p in paths], options.with_(fetch_concurrency=4))
    assert all(isinstance(r, Document) for r in results)
    assert server.peak_in_flight == 4  # never more than the pool's size, and not one by one


def test_a_url_given_twice_is_fetched_once(server, options):
    url = server.url("/ledger/ferry")
    first, second = fetch_each([url, url], options.with_(use_cache=False))
    assert first is second and server.hits["/ledger/ferry"] == 1


def test_the_cache_revalidates_with_etag_and_skips_unchanged_downloads(options):
    state = {"body": ARTICLE, "etag": '"v1"'}
    routes = {"/live": lambda request: Reply(state["body"], etag=state["etag"])}
    always_ask = options.with_(cache_fresh_seconds=0)
    with LocalServer(routes) as server:
        url = server.url("/live")
        [first] = fetch_pages([url], always_ask)
        [second] = fetch_pages([url], always_ask)
        state.update(body=fixture("plain_ferry.html"), etag='"v2"')
        [third] = fetch_pages([url], always_ask)
        [fourth] = fetch_pages([url], options)  # fresh enough: the server is not asked at all
        [bypassed] = fetch_pages([url], options.with_(use_cache=False))
    assert not first.from_cache and first.content == ARTICLE
    assert second.from_cache and second.content == ARTICLE
    assert [h.get("If-None-Match") for _, h in server.requests] == [None, '"v1"', '"v1"', None]
    assert not third.from_cache and b"Greywing sails again" in third.content
    assert fourth.from_cache and fourth.content == third.content
    assert not bypassed.from_cache and server.hits["/live"] == 4


def test_the_cache_revalidates_with_last_modified(options):
    stamp = "Thu, 14 Mar 2024 08:00:00 GMT"

    def answer(request):
        if request.headers.get("If-Modified-Since") == stamp:
            return Reply(b"", status=304, content_type=None)
        return Reply(ARTICLE, headers={"Last-Modified": stamp})

    with LocalServer({"/page": answer}) as server:
        fetch_pages([server.url("/page")], options.with_(cache_fresh_seconds=0))
        [again] = fetch_pages([server.url("/page")], options.with_(cache_fresh_seconds=0))
    assert again.from_cache and again.content == ARTICLE and server.hits["/page"] == 2


def test_the_cache_survives_damage(tmp_path, options):
    with LocalServer({"/page": Reply(ARTICLE)}) as server:
        url = server.url("/page")
        fetch_pages([url], options)
        for body in (tmp_path / "cache").glob("*.body"):
            body.write_bytes(b"half a page")
        [again] = fetch_pages([url], options)
    assert not again.from_cache and again.content == ARTICLE
    assert FetchCache(tmp_path / "cache").load(url)[0].content == ARTICLE


def test_revalidation_headers_go_only_to_the_first_hop(options):
    routes = {"/old": redirect("/final"), "/final": Reply(ARTICLE, etag='"v1"')}
    with LocalServer(routes) as server:
        fetch_pages([server.url("/old")], options.with_(cache_fresh_seconds=0))
        [again] = fetch_pages([server.url("/old")], options.with_(cache_fresh_seconds=0))
    sent = [h.get("If-None-Match") for path, h in server.requests if path == "/final"]
    assert sent == [None, None]  # the ETag belongs to the final page, not to each hop
    assert again.content == ARTICLE and server.hits["/final"] == 2


@pytest.mark.parametrize("stored_at", ["missing", None, "yesterday"])
def test_a_damaged_cache_entry_is_a_miss(tmp_path, options, stored_at):
    with LocalServer({"/page": Reply(ARTICLE)}) as server:
        url = server.url("/page")
        fetch_pages([url], options)
        for meta_path in (tmp_path / "cache").glob("*.json"):
            meta = json.loads(meta_path.read_text())
            if stored_at == "missing":
                del meta["stored_at"]
            else:
                meta["stored_at"] = stored_at
            meta_path.write_text(json.dumps(meta))
        [again] = fetch_pages([url], options)
    assert not again.from_cache and again.content == ARTICLE and server.hits["/page"] == 2


def test_default_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "newsfuse"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # invalid by the spec: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "newsfuse"


def test_load_mixes_files_and_urls_in_input_order(server, options):
    loaded = load(
        [FIXTURES / "plain_ferry.html", server.url("/ledger/ferry"), server.url("/gone")],
        options,
    )
    assert [d.source for d in loaded.documents] == ["plain_ferry", "Harbor Ledger"]
    assert loaded.problems == [Problem(server.url("/gone"), "HTTP 410 Gone")]


def test_fetcher_can_be_used_directly(server, options):
    with Fetcher(options.with_(use_cache=False)) as fetcher:
        fetched = fetcher.fetch(server.url("/ledger/ferry"))
    assert fetched.kind == "html" and fetched.media_type == "text/html"
    assert fetched.charset == "utf-8" and fetched.content == ARTICLE


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cli(*args: str, cache: Path) -> Result:
    """The real CLI, run in this process (so it can reach the test's server quickly)."""
    runner = CliRunner(env={"XDG_CACHE_HOME": str(cache)})
    return runner.invoke(app, ["summarize", *args])


def test_cli_summarizes_urls_from_arguments_and_a_file(server, tmp_path):
    listing = tmp_path / "urls.txt"
    lines = [
        "# the ferry story",
        server.url("/courier/ferry"),
        "",
        "not a url",
        server.url("/gone"),
    ]
    listing.write_text("\n".join(lines) + "\n")
    result = _cli(
        server.url("/ledger/ferry"), "--urls", str(listing), "--format", "json", cache=tmp_path
    )
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert [s["name"] for s in payload["sources"]] == ["Harbor Ledger", "Valley Courier"]
    assert f"{listing}:4: not an http(s) URL: not a url" in result.stderr
    assert f"{server.url('/gone')}: HTTP 410 Gone" in result.stderr
    assert (tmp_path / "newsfuse").is_dir()  # the cache followed XDG_CACHE_HOME
    _cli(server.url("/ledger/ferry"), "--no-cache", cache=tmp_path)
    assert server.hits["/ledger/ferry"] == 2  # downloaded again, although the cache is fresh


def test_cli_fails_when_no_url_gives_an_article(server, tmp_path):
    result = _cli(server.url("/section/local"), server.url("/report.pdf"), cache=tmp_path)
    assert result.exit_code == 1
    assert "no article found" in result.stderr and "application/pdf" in result.stderr
    missing = _cli("--urls", str(tmp_path / "absent.txt"), cache=tmp_path)
    assert missing.exit_code == 2 and "absent.txt" in missing.stderr


def test_cli_briefs_on_urls_too(server, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(server.url("/courier/ferry") + "\n")
    runner = CliRunner(env={"XDG_CACHE_HOME": str(tmp_path)})
    result = runner.invoke(
        app, ["brief", server.url("/ledger/ferry"), "--urls", str(listing), "-f", "json"]
    )
    assert result.exit_code == 0, result.stderr
    payload = json.loads(result.stdout)
    assert [s["name"] for s in payload["summary"]["sources"]] == ["Harbor Ledger", "Valley Courier"]
    assert {"claims", "conflicts", "quotes", "entities", "timeline"} <= set(payload)
