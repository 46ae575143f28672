import json
import subprocess
import sys

from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsfuse", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def write_cluster(tmp_path):
    for name, text in [("valley", VALLEY_POST), ("kelmar", KELMAR_NEWS), ("river", RIVER_TIMES)]:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")


def test_demo_prints_a_cited_briefing():
    result = run("demo")
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout and "SOURCES" in result.stdout
    # The example plants one disagreement on a figure; the briefing must show it.
    assert "DISAGREEMENTS" in result.stdout


def test_demo_summary_only():
    result = run("demo", "--summary-only", "--words", "60")
    assert result.returncode == 0, result.stderr
    body, sources = result.stdout.split("\nSources:")
    assert "[1]" in body and "[1]" in sources


def test_summarize_json_is_stable(tmp_path):
    write_cluster(tmp_path)
    result = run("summarize", str(tmp_path), "--words", "60", "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["newsfuse"] == 1
    assert set(payload) >= {"summary", "words", "sentences", "sources", "problems", "cluster"}
    assert payload["words"] <= 60
    assert {s["name"] for s in payload["sources"]} == {"valley", "kelmar", "river"}
    first = payload["sentences"][0]
    assert set(first) >= {"text", "doc_index", "start", "end", "score", "sources", "citations"}


def test_bad_inputs_warn_but_do_not_fail_the_run(tmp_path):
    write_cluster(tmp_path)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02" * 100)
    result = run("summarize", str(tmp_path), "--sentences", "2", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "empty.txt: empty" in result.stderr
    assert "blob.bin: binary" in result.stderr
    assert result.stdout.startswith("## Summary")


def test_nothing_usable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("summarize", str(tmp_path / "empty.txt"), str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    assert "absent.txt: no such file" in result.stderr


def test_stdin_and_bad_budget():
    result = run("summarize", "-", "--sentences", "1", stdin=VALLEY_POST)
    assert result.returncode == 0, result.stderr
    assert "[1]" in result.stdout
    bad = run("summarize", "-", "--words", "0", stdin=VALLEY_POST)
    assert bad.returncode == 2
    assert "words" in bad.stderr


def test_seeds_summary_is_clean(shared_seeds):
    result = run("summarize", *map(str, shared_seeds), "--format", "json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert 200 <= payload["words"] <= 250
    for furniture in ("Advertisement", "commenting forum", "loading error", "Credit:", "Share"):
        assert furniture not in payload["summary"]
    assert all(len(s["sources"]) >= 1 for s in payload["sentences"])


def test_brief_sizes_its_entity_list(tmp_path):
    write_cluster(tmp_path)
    result = run("brief", str(tmp_path), "--format", "json", "--briefing-entities", "2")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert len(payload["entities"]) == 2 and payload["other_entities"]
    bad = run("brief", str(tmp_path), "--briefing-entities", "-1")
    assert bad.returncode != 0 and "--briefing-entities" in bad.stderr
