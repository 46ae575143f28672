"""The CLI's manners: version, short help, output files, quiet and verbose, clean warnings."""

import io
import json
import subprocess
import sys

import pytest
from rich.console import Console
from typer.testing import CliRunner

import newsfuse
from newsfuse import cli
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(cli.app, list(args), catch_exceptions=False)


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in [("valley", VALLEY_POST), ("kelmar", KELMAR_NEWS), ("river", RIVER_TIMES)]:
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_version_and_short_help():
    for flag in ("--version", "-V"):
        result = invoke(flag)
        assert result.exit_code == 0
        assert result.stdout.strip() == f"newsfuse {newsfuse.__version__}"
    result = invoke("summarize", "-h")
    assert result.exit_code == 0
    assert "--output" in result.stdout and "--quiet" in result.stdout


def test_help_shows_defaults_verbatim():
    text = invoke("summarize", "--help").stdout
    assert "Budget in words [default: 250]." in " ".join(text.split())
    assert "[default: 120]" in invoke("summarize", "--help").stdout


def test_help_imports_no_heavy_library():
    probe = (
        "import sys; from newsfuse import cli; "
        "heavy = [m for m in ('sklearn', 'spacy', 'trafilatura', 'fastapi', 'httpx', 'numpy') "
        "if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_output_file_takes_its_format_from_the_suffix(story):
    target = story / "out" / "summary.json"
    target.parent.mkdir()
    result = invoke("summarize", str(story), "-s", "2", "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    payload = json.loads(target.read_text(encoding="utf-8"))
    assert len(payload["sentences"]) == 2
    markdown = story / "out" / "summary.md"
    assert invoke("summarize", str(story), "-s", "1", "-o", str(markdown)).exit_code == 0
    assert markdown.read_text(encoding="utf-8").startswith("## Summary")


def test_failed_run_leaves_no_output_file(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    target = tmp_path / "summary.md"
    result = invoke("summarize", str(tmp_path / "empty.txt"), "-o", str(target))
    assert result.exit_code == 1
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["empty.txt"]


def test_warnings_keep_brackets_and_name_the_story(story, tmp_path):
    (story / "notes [draft].txt").write_text("Too short to use.", encoding="utf-8")
    data = tmp_path / "more.jsonl"
    record = {"id": "fire", "documents": [VALLEY_POST, KELMAR_NEWS, "tiny"]}
    data.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = invoke("summarize", str(story), str(data), "-s", "1")
    assert result.exit_code == 0
    assert "story input: notes [draft]: no article text" in result.stderr
    assert "story fire: document 3: no article text" in result.stderr
    quiet = invoke("summarize", str(story), str(data), "-s", "1", "-q")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout == result.stdout


def test_verbose_says_what_it_read(story):
    result = invoke("summarize", str(story), "-s", "1", "-v")
    assert result.exit_code == 0
    assert "read story input: 3 articles" in result.stderr
    assert "summarize story input:" in result.stderr
    both = invoke("summarize", str(story), "-q", "-v")
    assert both.exit_code == 2


def test_progress_bar_draws_on_a_terminal_only(monkeypatch):
    screen = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=screen, force_terminal=True, width=80))
    monkeypatch.setattr(cli.Say, "quiet", False)
    with cli.progress(3, "brief on") as advance:
        for _ in range(3):
            advance()
    assert "brief on 3 stories" in screen.getvalue()
    plain = io.StringIO()
    monkeypatch.setattr(cli, "err", Console(file=plain, force_terminal=False))
    with cli.progress(3, "brief on") as advance:
        advance()
    assert plain.getvalue() == ""
