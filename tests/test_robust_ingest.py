"""Hostile inputs to ingest and the pipeline: each becomes a problem naming the input, and the
good documents beside it are still summarized (issue 11)."""

import json
import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import newsfuse
from newsfuse.briefing.timeline import find_dates
from newsfuse.domain import Document
from newsfuse.ingest import decode, load
from newsfuse.ingest.feeds import parse_since
from newsfuse.ingest.fetch import fetch_each, read_url_list
from newsfuse.options import Options
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST


def cluster_line(cluster_id: str, published: str | None = None, **extra) -> str:
    documents = [
        {"source": "Valley Post", "text": VALLEY_POST, "published": published},
        {"source": "Kelmar News", "text": KELMAR_NEWS},
    ]
    return json.dumps({"id": cluster_id, "documents": documents, **extra})


def problems_by_place(loaded) -> dict[str, str]:
    return {p.where.rsplit("/", 1)[-1]: p.message for p in loaded.problems}


# --- extreme dates ----------------------------------------------------------------------------


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1599-12-31T23:59:59"])
def test_a_date_outside_the_accepted_years_is_a_problem_naming_the_field(tmp_path, published):
    path = tmp_path / "dates.jsonl"
    path.write_text(cluster_line("bad", published) + "\n" + cluster_line("good"), "utf-8")
    loaded = load([path])
    assert [c.id for c in loaded.clusters] == ["bad", "good"]
    assert [d.source for d in loaded.clusters[0].documents] == ["Kelmar News"]
    (problem,) = loaded.problems
    assert problem.where.endswith("dates.jsonl:1")
    assert "documents[0]: field 'published'" in problem.message
    assert "outside the accepted 1600-2999" in problem.message


@pytest.mark.parametrize("dateline", ["31 December 9999", "1 January 0001"])
def test_a_text_file_dated_at_the_calendar_ends_is_summarized_and_briefed(tmp_path, dateline):
    later = "The fire service will give its next update tomorrow, officials said on Sunday."
    (tmp_path / "far.txt").write_text(f"{dateline}\n\n{VALLEY_POST}\n{later}", "utf-8")
    (tmp_path / "kelmar.txt").write_text(KELMAR_NEWS, "utf-8")
    loaded = load([tmp_path])
    assert all(d.published is None for d in loaded.documents)
    briefing = newsfuse.brief(loaded.documents, words=60)
    assert briefing.summary.sentences


def test_timeline_arithmetic_at_the_ends_of_the_calendar_does_not_overflow():
    # Documents built in Python skip ingest: the timeline itself must cope.
    for edge in (date.max, date.min):
        mentions = find_dates("Yesterday and last week, and on Tuesday; next week too.", edge)
        assert mentions and all(m.date is None for m in mentions)
    documents = [
        Document(text=VALLEY_POST, source="Valley Post", published=datetime.max),
        Document(text=KELMAR_NEWS, source="Kelmar News"),
    ]
    assert newsfuse.brief(documents, words=60).summary.sentences


def test_a_since_window_too_long_is_a_clear_error():
    with pytest.raises(ValueError, match="not a time window"):
        parse_since("99999999999w")


# --- deep JSON --------------------------------------------------------------------------------


def test_deeply_nested_json_lines_are_problems_naming_file_and_line(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    jsonl = tmp_path / "deep.jsonl"
    jsonl.write_text(cluster_line("first") + "\n" + deep + "\n" + cluster_line("third"), "utf-8")
    whole = tmp_path / "deep.json"
    whole.write_text(deep, "utf-8")
    loaded = load([jsonl, whole])
    assert [c.id for c in loaded.clusters] == ["first", "third"]
    problems = problems_by_place(loaded)
    assert "nested too deeply" in problems["deep.jsonl:2"]
    assert "nested too deeply" in problems["deep.json"]


# --- malformed URLs ---------------------------------------------------------------------------

MALFORMED = [
    "http://127.000.000.001/",
    "http://0177.0.0.1/",
    "http://host:1:2/",
    "http://①②⑦.0.0.1/",
    "http://[::1/",
    "http://exa mple.com/",
    "http://xn--/",
]


def test_malformed_urls_are_one_problem_each():
    results = fetch_each(MALFORMED, Options(allow_private_addresses=False, use_cache=False))
    assert len(results) == len(MALFORMED)
    for url, result in zip(MALFORMED, results, strict=True):
        assert result.where == url, result
        assert result.message


def test_a_url_list_with_malformed_lines(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(MALFORMED), "utf-8")
    urls, problems = read_url_list(path)
    for url in urls:  # what passes the list's own check must still fail cleanly on fetch
        (result,) = fetch_each([url], Options(allow_private_addresses=False, use_cache=False))
        assert result.where == url
    assert len(urls) + len(problems) == len(MALFORMED)


def test_cli_with_malformed_urls_and_feed_links_keeps_the_good_inputs(tmp_path):
    (tmp_path / "valley.txt").write_text(VALLEY_POST, "utf-8")
    (tmp_path / "urls.txt").write_text("\n".join(MALFORMED[:4]), "utf-8")
    entries = "".join(
        f"<item><title>Entry {n}</title><link>{url}</link></item>"
        for n, url in enumerate(MALFORMED[:3])
    )
    full = f"<item><title>Kelmar</title><description><![CDATA[<p>{KELMAR_NEWS}</p>]]></description></item>"
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}{full}</channel></rss>'
    )
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "summarize", str(tmp_path / "valley.txt")]
        + ["--urls", str(tmp_path / "urls.txt"), "--feed", str(feed), "-f", "json", "-w", "60"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 2
    for url in MALFORMED[:4]:
        assert url in result.stderr


# --- lone surrogates --------------------------------------------------------------------------


def test_lone_surrogates_in_jsonl_are_replaced_and_the_cli_summarizes(tmp_path):
    record = {
        "id": "odd",
        "documents": [
            {"source": "Valley \ud800 Post", "text": VALLEY_POST.replace("Salm", "Sa\udfffm")},
            {"source": "River Times", "text": RIVER_TIMES},
        ],
    }
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(record), "utf-8")  # ensure_ascii: the surrogates as \ud800
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "summarize", str(path), "-f", "json", "-w", "80"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert "Valley \ufffd Post" in [s["name"] for s in payload["sources"]]


# --- NaN and Infinity options -----------------------------------------------------------------


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
@pytest.mark.parametrize("name", ["llm_timeout", "support_weight", "redundancy", "fetch_timeout"])
def test_non_finite_options_are_refused_naming_the_field(name, value):
    with pytest.raises(ValueError, match=f"options.{name} must be a finite number"):
        Options(**{name: value})


@pytest.mark.parametrize("value", ["inf", "nan"])
def test_cli_non_finite_timeout_is_a_usage_error(value):
    result = subprocess.run(
        [sys.executable, "-m", "newsfuse", "summarize", "-", "--llm-timeout", value],
        capture_output=True,
        text=True,
        input=VALLEY_POST,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--llm-timeout" in result.stderr and "finite" in result.stderr


# --- wrong without a crash --------------------------------------------------------------------

FRENCH = (
    "Le maire a déclaré que la forêt était très sèche.\n\n"
    "Le feu de forêt près de Brenning a brûlé très vite, selon les pompiers. Les habitants ont "
    "été évacués à l'école, et la situation était sous contrôle dès dimanche matin."
)
POLISH = (
    "Pożar lasu w pobliżu wioski spalił cztery tysiące hektarów, powiedziała straż pożarna w "
    "niedzielę. Mieszkańcy zostali ewakuowani do szkół w mieście."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (FRENCH, "latin-1"),
        (FRENCH, "cp1252"),
        (FRENCH.split("\n")[0], "latin-1"),  # one short line: the hardest case
        (POLISH, "cp1250"),
        (POLISH, "iso-8859-2"),
        (VALLEY_POST, "utf-16-le"),  # no byte-order mark
        (FRENCH, "utf-16-be"),
    ],
    ids=["fr-latin1", "fr-cp1252", "fr-short", "pl-cp1250", "pl-latin2", "utf16le", "utf16be"],
)
def test_legacy_encodings_and_utf16_without_a_mark_are_read_right(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_a_nul_byte_in_jsonl_loses_only_its_line(tmp_path):
    path = tmp_path / "clusters.jsonl"
    lines = [cluster_line("first"), cluster_line("second").replace("wildfire", "wild\x00fire", 1)]
    path.write_bytes("\n".join([*lines, cluster_line("third")]).encode())
    loaded = load([path])
    assert [c.id for c in loaded.clusters] == ["first", "third"]
    (problem,) = loaded.problems
    assert problem.where.endswith("clusters.jsonl:2") and "malformed JSON" in problem.message


def test_binary_files_are_still_refused(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (tmp_path / "zeros.txt").write_bytes(b"\x00" * 4000)
    loaded = load([tmp_path / "image.txt", tmp_path / "zeros.txt"])
    assert loaded.clusters == [] and len(loaded.problems) == 2
    assert all("binary" in p.message for p in loaded.problems)


def unreadable_folder(root: Path) -> Path:
    """A folder that cannot be listed, even by root: its path is longer than PATH_MAX."""
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 names of 250 characters: over Linux's 4096
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        with open(os.open("story.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "w") as handle:
            handle.write(KELMAR_NEWS)
    finally:
        os.close(fd)
    return root


def test_an_unreadable_subdirectory_is_a_warning(tmp_path):
    (tmp_path / "valley.txt").write_text(VALLEY_POST, "utf-8")
    (tmp_path / "deep").mkdir()
    unreadable_folder(tmp_path / "deep")
    if os.geteuid() != 0:  # where we can, the usual case too: a folder without permissions
        locked = tmp_path / "locked"
        locked.mkdir()
        (locked / "river.txt").write_text(RIVER_TIMES, "utf-8")
        locked.chmod(0)
    try:
        loaded = load([tmp_path])
    finally:
        if (tmp_path / "locked").exists():
            (tmp_path / "locked").chmod(0o700)
    assert [d.source for d in loaded.documents] == ["valley"]
    assert loaded.problems and all(
        "cannot read this directory" in p.message for p in loaded.problems
    )
    assert any(str(tmp_path / "deep") in p.where for p in loaded.problems)
