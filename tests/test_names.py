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


def test_a_sidecar_names_its_article_and_is_not_read_as_one(tmp_path):
    (tmp_path / "valley.txt").write_text(VALLEY_POST)
    (tmp_path / "valley.meta.json").write_text(
        json.dumps(
            {
                "source": "Valley Post",
                "title": "Wildfire crosses the ridge",
                "url": "https://valleypost.example/fire",
                "published": "2026-03-02",
                "author": "Ines Marrow",
            }
        )
    )
    # The sidecar wins over the file's own front matter; a URL alone names the site.
    (tmp_path / "kelmar.txt").write_text(f"---\nsource: Kelmar Daily\n---\n{KELMAR_NEWS}")
    (tmp_path / "kelmar.meta.json").write_text('{"outlet": "Kelmar News"}')
    (tmp_path / "river.txt").write_text(RIVER_TIMES)
    (tmp_path / "river.meta.json").write_text('{"url": "https://www.reuters.com/fire"}')
    loaded = load([tmp_path])
    assert loaded.problems == []
    kelmar, river, valley = loaded.documents  # a folder is read in name order
    assert (valley.source, valley.title, valley.author) == (
        "Valley Post",
        "Wildfire crosses the ridge",
        "Ines Marrow",
    )
    assert valley.url == "https://valleypost.example/fire"
    assert valley.published.date().isoformat() == "2026-03-02"
    assert kelmar.source == "Kelmar News" and kelmar.text == KELMAR_NEWS
    assert river.source == "Reuters"
    assert [d.id for d in loaded.documents] == [
        str(tmp_path / f) for f in ("kelmar.txt", "river.txt", "valley.txt")
    ]
    # Named on its own, a sidecar is refused with the reason; --source still wins over it.
    alone = load([tmp_path / "valley.meta.json"])
    assert not alone.documents and "metadata" in alone.problems[0].message
    result = CliRunner().invoke(
        cli.app,
        [
            "summarize",
            str(tmp_path),
            "--source",
            f"Ridge FM={tmp_path / 'valley.txt'}",
            "-f",
            "json",
        ],
    )
    assert result.exit_code == 0, result.stderr
    names = {s["name"] for s in json.loads(result.stdout)["sources"]}
    assert names == {"Ridge FM", "Kelmar News", "Reuters"}


def test_bad_metadata_is_reported_by_file_and_field_and_the_text_still_used(tmp_path):
    (tmp_path / "a.txt").write_text(
        f"---\nsource: Valley Post\npublished: next Tuesday\nsorce: typo\n---\n{VALLEY_POST}"
    )
    (tmp_path / "b.txt").write_text(KELMAR_NEWS)
    (tmp_path / "b.meta.json").write_text('{"source": "Kelmar News", "published": 2026}')
    (tmp_path / "c.txt").write_text(RIVER_TIMES)
    (tmp_path / "c.meta.json").write_text('{"source": "River Times",')
    (tmp_path / "d.txt").write_text(VALLEY_POST.replace("fire", "blaze"))
    (tmp_path / "d.meta.json").write_text('{"url": "ftp://files.example/d", "title": "Blaze"}')
    loaded = load([tmp_path])
    found = {(p.where, p.message) for p in loaded.problems}
    a, b, c, d = (str(tmp_path / name) for name in ("a.txt", "b.txt", "c.txt", "d.txt"))
    messages = {where: [m for w, m in found if w == where] for where in (a, b, c, d)}
    assert any("'published'" in m and "next Tuesday" in m for m in messages[a])
    assert any("'sorce'" in m and "not known" in m for m in messages[a])
    assert messages[b] == ["b.meta.json field 'published' must be text, got int"]
    assert len(messages[c]) == 1 and "c.meta.json is not valid JSON" in messages[c][0]
    assert len(messages[d]) == 1 and "'url'" in messages[d][0] and "ftp://" in messages[d][0]
    # Every text is still there, with what could be used of its metadata.
    by_id = {doc.id: doc for doc in loaded.documents}
    assert by_id[a].source == "Valley Post" and by_id[a].published is None
    assert by_id[a].text == VALLEY_POST
    assert by_id[b].source == "Kelmar News" and by_id[c].source == "c"
    assert by_id[d].title == "Blaze" and by_id[d].url is None


def test_numbers_stay_when_an_input_gives_nothing(tmp_path):
    files = [tmp_path / "1.txt", tmp_path / "2.txt", tmp_path / "3.bin", tmp_path / "4.txt"]
    files[0].write_text(VALLEY_POST)
    files[2].write_bytes(bytes(range(256)) * 8)  # binary: refused at ingest
    files[3].write_text(KELMAR_NEWS)
    (tmp_path / "5.txt").write_text(RIVER_TIMES)
    inputs = [files[0], files[1], files[2], files[3], tmp_path / "5.txt"]  # 2.txt does not exist
    loaded = load(inputs)
    assert [p.where for p in loaded.problems] == [str(files[1]), str(files[2])]
    assert [(d.number, d.text) for d in loaded.documents] == [
        (1, VALLEY_POST),
        (4, KELMAR_NEWS),
        (5, RIVER_TIMES),
    ]
    summary = newsfuse.summarize(loaded.clusters[0], sentences=3)
    assert [s.number for s in summary.sources] == [1, 4, 5]
    assert {c.source for s in summary.sentences for c in s.citations} <= {1, 4, 5}
