"""RSS and Atom feeds, read from a local HTTP server and from files."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.domain import Problem
from newsfuse.ingest import load
from newsfuse.ingest.feeds import parse_since, read_feed
from newsfuse.options import Options
from webserver import FIXTURES, LocalServer, Reply, fixture, page


@pytest.fixture
def options(tmp_path):
    return Options(cache_dir=str(tmp_path / "cache"))


@pytest.fixture
def server():
    routes = {
        "/ledger/ferry": page("ledger_ferry.html"),
        "/courier/ferry": page("courier_ferry.html", content_type="text/html"),
        "/blog/greywing": page("plain_ferry.html"),
        "/ledger/notice": page("plain_ferry.html"),
        # The February story has been taken down: its entry is a problem, not the end.
        "/ledger/storm": Reply(b"gone", status=410),
        "/atom.xml": page("ferry_atom.xml", "application/atom+xml"),
        "/front": page("section_front.html"),
    }
    with LocalServer(routes) as running:
        base = running.url("")
        rss = fixture("ferry_rss.xml").replace(b"{base}", base.encode())
        running.routes["/rss.xml"] = Reply(rss, content_type="application/rss+xml")
        yield running


def test_an_rss_feed_brings_the_linked_articles(server, options):
    documents, problems = read_feed(server.url("/rss.xml"), options)
    assert [d.source for d in documents] == [
        "Harbor Ledger",
        "Valley Courier",
        "127.0.0.1",
        "127.0.0.1",
    ]
    ledger, courier, blog, notice = documents
    assert ledger.published == datetime(2024, 3, 14, 7, 45, tzinfo=UTC)  # from the page
    assert "Harbour master Odile Franzen" in ledger.text
    assert courier.author == "Renée Calloway"
    # The blog page names no author or date: the feed entry fills them in.
    assert blog.author == "Ilsa Brandvold"
    assert blog.published == datetime(2024, 3, 15, 18, 0, tzinfo=UTC)
    assert notice.published is None
    assert problems == [Problem(server.url("/ledger/storm"), "HTTP 410 Gone")]


def test_a_time_window_keeps_the_newer_entries(server, options):
    since = datetime(2024, 3, 14, 8, 0, tzinfo=UTC)
    documents, problems = read_feed(server.url("/rss.xml"), options, since=since)
    assert [d.source for d in documents] == ["Valley Courier", "127.0.0.1"]
    assert server.hits["/ledger/ferry"] == 0 and server.hits["/ledger/storm"] == 0
    assert problems == [
        Problem(server.url("/rss.xml"), "1 entries without a date were left out of the time window")
    ]


def test_an_atom_feed_with_full_articles_needs_no_page_fetches(server, options):
    documents, problems = read_feed(server.url("/atom.xml"), options)
    first, second = documents
    assert first.source == second.source == "The Northgate Post"
    assert first.title == "Tolland islanders count the cost of five weeks cut off"
    assert first.author == "Caspar Lindqvist" and second.author is None
    assert first.published == datetime(2024, 3, 15, 9, 30, tzinfo=UTC)
    assert first.url == "https://northgatepost.example/2024/03/tolland-cost"
    assert "Wenna Polglase said two guesthouses" in first.text and "<p>" not in first.text
    assert "Hollis Ekwueme" in second.text
    # The letters entry has a one-line summary and no link: reported, not summarized.
    [problem] = problems
    assert problem.where == f"{server.url('/atom.xml')} (entry 3)"
    assert "no web link" in problem.message
    assert set(server.hits) == {"/atom.xml"}


def test_a_feed_file_is_read_from_disk(options):
    documents, _ = read_feed(FIXTURES / "ferry_atom.xml", options)
    assert [d.author for d in documents] == ["Caspar Lindqvist", None]


def test_what_is_not_a_feed_is_a_problem(server, options, tmp_path):
    _, [html_page] = read_feed(server.url("/front"), options)
    assert html_page.where == server.url("/front") and "not a news feed" in html_page.message
    _, [missing] = read_feed(tmp_path / "nowhere.xml", options)
    assert missing == Problem(str(tmp_path / "nowhere.xml"), "No such file or directory")
    empty = tmp_path / "empty.xml"
    empty.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    )
    assert read_feed(empty, options) == ([], [Problem(str(empty), "the feed has no entries")])
    _, [gone] = read_feed(server.url("/no-such-feed"), options)
    assert gone.message == "HTTP 404 Not Found"


def test_parse_since():
    now = datetime(2024, 3, 16, 12, 0, tzinfo=UTC)
    assert parse_since("2d", now) == now - timedelta(days=2)
    assert parse_since("36h", now) == now - timedelta(hours=36)
    assert parse_since("90m", now) == now - timedelta(minutes=90)
    assert parse_since("1w", now) == now - timedelta(weeks=1)
    assert parse_since("2024-03-12") == datetime(2024, 3, 12, tzinfo=UTC)
    assert parse_since("2024-03-12T06:30:00+02:00") == datetime(2024, 3, 12, 4, 30, tzinfo=UTC)
    assert parse_since("2024-03-12T06:30Z") == datetime(2024, 3, 12, 6, 30, tzinfo=UTC)
    for bad in ("yesterday", "2 fortnights", "", "-2d"):
        with pytest.raises(ValueError, match="not a time window"):
            parse_since(bad)


def test_cli_reads_feeds_within_a_time_window(server, tmp_path):
    runner = CliRunner(env={"XDG_CACHE_HOME": str(tmp_path)})
    feeds = ["--feed", server.url("/rss.xml"), "--feed", str(FIXTURES / "ferry_atom.xml")]
    command = ["summarize", "--format", "json"]
    result = runner.invoke(app, [*command, *feeds, "--since", "2024-03-14T08:00Z"])
    assert result.exit_code == 0, result.stderr
    names = {s["name"] for s in json.loads(result.stdout)["sources"]}
    assert names <= {"Valley Courier", "127.0.0.1", "The Northgate Post"}
    assert "The Northgate Post" in names and "Harbor Ledger" not in names
    assert "without a date were left out" in result.stderr
    misuse = runner.invoke(app, [*command, "x.txt", "--since", "2d"])
    assert misuse.exit_code == 2 and "--feed" in misuse.stderr


def test_a_feed_given_as_a_path_is_read_as_a_feed(server, options, tmp_path):
    rss = fixture("ferry_rss.xml").replace(b"{base}", server.url("").encode())
    (tmp_path / "ferry.rss").write_bytes(rss)
    (tmp_path / "saved-feed.txt").write_bytes(fixture("ferry_atom.xml"))  # sniffed by content
    paths = [FIXTURES / "ferry_atom.xml", tmp_path / "ferry.rss", tmp_path / "saved-feed.txt"]
    loaded = load(paths, options)
    authors = [d.author for d in loaded.documents]
    # Full-content entries come from the file; linked entries are fetched like --feed's.
    assert authors[:2] == ["Caspar Lindqvist", None] == authors[-2:]
    assert "Renée Calloway" in authors and "Ilsa Brandvold" in authors
    assert all("<?xml" not in d.text and "<entry" not in d.text for d in loaded.documents)
    assert server.hits["/ledger/ferry"] == 1
    assert Problem(server.url("/ledger/storm"), "HTTP 410 Gone") in loaded.problems
    assert [p.where for p in loaded.problems if "no web link" in p.message] == [
        f"{FIXTURES / 'ferry_atom.xml'} (entry 3)",
        f"{tmp_path / 'saved-feed.txt'} (entry 3)",
    ]
