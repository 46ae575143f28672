"""Named outlets: front matter, --source NAME=PATH, JSONL sources, site names; stable numbers."""

import json

from typer.testing import CliRunner

import newsfuse
from newsfuse import cli
from newsfuse.domain import Document
from newsfuse.ingest import load
from newsfuse.ingest.names import registrable_domain, site_name, split_front_matter
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST


def test_site_names_from_urls():
    assert site_name("https://www.reuters.com/world/x") == "Reuters"
    assert site_name("https://news.bbc.co.uk/2/hi/uk_news/1.stm") == "BBC News"
    assert site_name("https://news.sky.com/story/1") == "Sky News"
    assert site_name("https://www.lemonde.fr/international/article/x.html") == "Le Monde"
    assert site_name("https://local.harbour-gazette.example/a") == "harbour-gazette.example"
    assert site_name("https://news.example.co.uk/a") == "example.co.uk"
    assert site_name("http://127.0.0.1:8000/a") == "127.0.0.1"
    assert site_name(None) is None and site_name("not a url") is None
    assert registrable_domain("localhost") == "localhost"


def test_front_matter_names_the_outlet():
    text = "---\nsource: Harbour Gazette\ntitle: 'Ferry aground'\ndate: 2025-10-15\n---\nBody.\n"
    front = split_front_matter(text)
    assert front.fields == {
        "source": "Harbour Gazette",
        "title": "Ferry aground",
        "published": "2025-10-15",
    }
    assert front.text == "Body.\n"
    # A divider in prose is not front matter.
    prose = "---\nThe fire spread overnight, officials said.\n---\nMore text."
    assert split_front_matter(prose).text == prose


def test_text_files_are_named_by_front_matter_and_url(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\nsource: Valley Post\n---\n{VALLEY_POST}")
    (tmp_path / "b.txt").write_text(f"---\nurl: https://www.reuters.com/x\n---\n{KELMAR_NEWS}")
    (tmp_path / "c.txt").write_text(RIVER_TIMES)
    documents = load([tmp_path]).documents
    assert [d.source for d in documents] == ["Valley Post", "Reuters", "c"]
    assert documents[0].text == VALLEY_POST
    assert documents[1].url == "https://www.reuters.com/x"
    assert [d.number for d in documents] == [1, 2, 3]


def test_jsonl_source_and_url_name_outlets(tmp_path):
    record = {
        "id": "fire",
        "documents": [
            {"text": VALLEY_POST, "source": "Valley Post"},
            {"text": KELMAR_NEWS, "url": "https://apnews.com/article/x"},
            {"text": RIVER_TIMES},
        ],
    }
    (tmp_path / "fire.jsonl").write_text(json.dumps(record))
    documents = load([tmp_path / "fire.jsonl"]).documents
    assert [d.source for d in documents] == ["Valley Post", "Associated Press", "document 3"]


def test_source_option_names_each_input(tmp_path):
    (tmp_path / "valley.txt").write_text(VALLEY_POST)
    (tmp_path / "kelmar.txt").write_text(KELMAR_NEWS)
    river = tmp_path / "river.txt"
    river.write_text(RIVER_TIMES)
    result = CliRunner().invoke(
        cli.app,
        [
            "summarize",
            str(tmp_path / "valley.txt"),
            "--source",
            f"Kelmar News={tmp_path / 'kelmar.txt'}",
            "--source",
            f"River Times={river}",
            "-f",
            "json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    names = [s["name"] for s in json.loads(result.stdout)["sources"]]
    assert names == ["valley", "Kelmar News", "River Times"]
    # A named file inside a folder that is read anyway is read once, and named.
    again = CliRunner().invoke(
        cli.app, ["summarize", str(tmp_path), "--source", f"River Times={river}", "-f", "json"]
    )
    assert again.exit_code == 0 and "near copy" not in again.stderr
    sources = json.loads(again.stdout)["sources"]
    assert sorted(s["name"] for s in sources) == ["River Times", "kelmar", "valley"]
    bad = CliRunner().invoke(cli.app, ["summarize", "--source", "no-equals-sign"])
    assert bad.exit_code == 2 and "NAME=PATH" in bad.stderr


def test_numbers_stay_when_an_input_is_dropped():
    documents = [
        Document(VALLEY_POST, source="Valley Post"),
        Document("Too short.", source="Blank Wire"),
        Document(KELMAR_NEWS, source="Kelmar News"),
        Document(RIVER_TIMES, source="River Times"),
    ]
    summary = newsfuse.summarize(documents, sentences=3)
    assert [(s.number, s.name) for s in summary.sources] == [
        (1, "Valley Post"),
        (3, "Kelmar News"),
        (4, "River Times"),
    ]
    cited = {c.source for s in summary.sentences for c in s.citations}
    assert cited <= {1, 3, 4} and cited
    briefing = newsfuse.brief(documents, sentences=3, entity_model="rules")
    assert {n for e in briefing.entities for n in e.mentions} <= {1, 3, 4}
    assert {w.source for c in briefing.claims for w in c.members} <= {1, 3, 4}
