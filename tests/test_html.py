"""HTML files to documents: article text without boilerplate, and the page's metadata."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsfuse.domain import Document, Problem
from newsfuse.ingest import load, read_file
from newsfuse.ingest.html import extract_document, looks_like_html, source_from_url
from newsfuse.ingest.text import IngestError
from webserver import FIXTURES, fixture


def test_article_text_and_metadata_from_meta_tags():
    document = extract_document(fixture("ledger_ferry.html"), "ledger_ferry.html")
    assert document.source == "Harbor Ledger"
    assert document.title == "Ferry service to Tolland Island resumes after storm repairs"
    assert document.author == "Marisol Quenby"
    assert document.published == datetime(2024, 3, 14, 7, 45, tzinfo=UTC)
    assert document.url == "https://harborledger.example/news/2024/03/ferry-tolland-resumes"
    assert "The vessel Greywing left the mainland terminal at 6.40 a.m." in document.text
    assert "first of\nMay" not in document.text  # paragraphs are re-flowed onto single lines
    assert "nine crossings begins on the first of May" in document.text
    # Navigation, the cookie banner, the related-stories box and the footer are gone.
    for boilerplate in ("Accept all", "Most read", "Lighthouse museum", "All rights reserved"):
        assert boilerplate not in document.text


def test_metadata_from_json_ld_and_a_legacy_charset():
    document = extract_document(fixture("courier_ferry.html"), "courier_ferry.html")
    assert document.source == "Valley Courier"
    assert document.author == "Renée Calloway"  # windows-1252 bytes, declared only in <meta>
    assert "café-lined waterfront" in document.text
    assert document.published == datetime(2024, 3, 14, 9, 10, tzinfo=timezone(timedelta(hours=1)))
    assert document.url == "https://valleycourier.example/story/island-ferry-back"
    assert "Front page" not in document.text and "Contact the newsroom" not in document.text


def test_source_falls_back_to_the_url_host_then_the_file_name():
    page = fixture("plain_ferry.html")
    from_file = extract_document(page, "downloads/plain_ferry.html")
    assert from_file.source == "plain_ferry"
    assert from_file.title == "Greywing sails again"
    assert from_file.url is None and from_file.published is None and from_file.author is None
    from_web = extract_document(page, "x", url="https://www.islandnotes.example/greywing")
    assert from_web.source == "islandnotes.example"
    assert from_web.url == "https://www.islandnotes.example/greywing"


@pytest.mark.parametrize("name", ["section_front.html", "consent_wall.html"])
def test_pages_without_an_article_are_problems(name):
    with pytest.raises(IngestError, match="no article found"):
        extract_document(fixture(name), name)
    [problem] = read_file(fixture(name), name)
    assert isinstance(problem, Problem) and problem.where == name
    assert "no article found" in problem.message


def test_load_reads_html_files_and_reports_the_pages_without_articles():
    loaded = load([FIXTURES / "ledger_ferry.html", str(FIXTURES / "*_wall.html")])
    [document] = loaded.documents
    assert document.source == "Harbor Ledger"
    [problem] = loaded.problems
    assert problem.where.endswith("consent_wall.html")


def test_html_saved_under_another_suffix_is_recognised(tmp_path):
    saved = tmp_path / "saved_page.txt"
    saved.write_bytes(fixture("ledger_ferry.html"))
    plain = tmp_path / "notes.txt"
    plain.write_text("The <b> tag makes text bold, as any HTML primer explains at length.\n")
    loaded = load([saved, plain])
    by_id = {d.id: d for d in loaded.documents}
    assert by_id[str(saved)].source == "Harbor Ledger"
    assert "<!DOCTYPE" not in by_id[str(saved)].text
    assert by_id[str(plain)].text.startswith("The <b> tag")  # plain text stays as it is
    assert not loaded.problems


def test_binary_and_empty_html_files_are_refused():
    for data, message in ((b"", "empty"), (b"\x00\x01\x02" * 100, "binary")):
        [problem] = read_file(data, "broken.html")
        assert isinstance(problem, Problem) and message in problem.message


def test_looks_like_html():
    assert looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html></html>")
    assert looks_like_html(b"<?xml version='1.0'?>\n<!-- saved -->\n<html lang='en'>")
    assert looks_like_html(b"<HTML>\n<body>")
    assert not looks_like_html(b"Bold text uses <b>, see <html> in the manual.")
    assert not looks_like_html(b'<?xml version="1.0"?><rss version="2.0">')
    assert not looks_like_html(b"<htmlish>")


def test_source_from_url():
    assert source_from_url("https://www.harborledger.example/a/b") == "harborledger.example"
    assert source_from_url("http://news.example:8080/") == "news.example"
    assert source_from_url(None) is None and source_from_url("not a url") is None


def test_extracted_document_is_a_plain_document():
    document = extract_document(fixture("ledger_ferry.html"), "page.html")
    assert isinstance(document, Document)
    assert document.to_dict()["published"] == "2024-03-14T07:45:00+00:00"
