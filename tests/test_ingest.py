import json
from datetime import UTC, datetime, timedelta

from newsfuse.ingest import load
from newsfuse.ingest.feeds import parse_since
from newsfuse.options import Options
from stories import KELMAR_NEWS, RIVER_TIMES, VALLEY_POST


def test_directory_of_text_files_is_one_cluster_named_by_files(tmp_path):
    (tmp_path / "valley-post.txt").write_text(VALLEY_POST, encoding="utf-8")
    (tmp_path / "kelmar-news.md").write_text(KELMAR_NEWS, encoding="utf-8")
    loaded = load([tmp_path])
    assert loaded.problems == []
    assert len(loaded.clusters) == 1
    assert sorted(d.source for d in loaded.documents) == ["kelmar-news", "valley-post"]


def test_globs_and_wrong_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes(VALLEY_POST.replace("Salm", "Sälm").encode("latin-1"))
    (tmp_path / "b.txt").write_text(RIVER_TIMES, encoding="utf-8")
    loaded = load([str(tmp_path / "*.txt")])
    assert loaded.problems == []
    texts = {d.source: d.text for d in loaded.documents}
    assert "Sälm" in texts["a"]


def test_bad_files_are_reported_and_the_good_ones_kept(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(VALLEY_POST, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 20)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"word " * 11_000_000)  # 55 MB
    loaded = load(
        [good, tmp_path / "empty.txt", tmp_path / "image.txt", huge, tmp_path / "missing.txt"]
    )
    assert [d.source for d in loaded.documents] == ["good"]
    problems = {p.where.rsplit("/", 1)[-1]: p.message for p in loaded.problems}
    assert problems["empty.txt"] == "empty"
    assert "binary" in problems["image.txt"]
    assert "too large" in problems["huge.txt"] and "55.0 MB" in problems["huge.txt"]
    assert "no such file" in problems["missing.txt"]


def test_size_limit_is_an_option(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(VALLEY_POST, encoding="utf-8")
    loaded = load([path], Options(max_file_bytes=100))
    assert loaded.documents == []
    assert "too large" in loaded.problems[0].message


def test_jsonl_clusters_with_a_malformed_line(tmp_path):
    path = tmp_path / "clusters.jsonl"
    lines = [
        json.dumps(
            {
                "id": "fire",
                "documents": [
                    {"text": VALLEY_POST, "source": "Valley Post", "published": "2025-07-06"},
                    KELMAR_NEWS,
                ],
                "references": ["A wildfire burned 4,000 hectares."],
            }
        ),
        '{"id": "broken", "documents": [',
        json.dumps({"id": "bad-doc", "documents": [{"source": "No Text"}, RIVER_TIMES]}),
        json.dumps({"id": "no-docs"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load([path])
    assert [c.id for c in loaded.clusters] == ["fire", "bad-doc"]
    fire = loaded.clusters[0]
    assert [d.source for d in fire.documents] == ["Valley Post", "document 2"]
    assert fire.documents[0].published.year == 2025
    assert fire.references == ["A wildfire burned 4,000 hectares."]
    assert len(loaded.clusters[1].documents) == 1
    wheres = [p.where.rsplit("/", 1)[-1] for p in loaded.problems]
    assert wheres == ["clusters.jsonl:2", "clusters.jsonl:3", "clusters.jsonl:4"]
    assert "malformed JSON" in loaded.problems[0].message
    assert "'text'" in loaded.problems[1].message
    assert "'documents'" in loaded.problems[2].message


def test_multinews_lines(tmp_path):
    path = tmp_path / "multinews.src.txt"
    first = VALLEY_POST.replace("\n", "NEWLINE_CHAR") + " ||||| " + KELMAR_NEWS.replace("\n", " ")
    path.write_text(first + "\n" + RIVER_TIMES.replace("\n", " ") + "|||||\n", encoding="utf-8")
    loaded = load([path])
    assert [len(c.documents) for c in loaded.clusters] == [2, 1]
    assert "\n" in loaded.clusters[0].documents[0].text
    assert "NEWLINE_CHAR" not in loaded.clusters[0].documents[0].text


def test_stdin_is_read_with_dash():
    loaded = load(["-"], stdin=VALLEY_POST.encode())
    assert loaded.documents[0].source == "stdin"


def test_utf16_files_are_read_by_their_byte_order_mark(tmp_path):
    story = "Ferry to Tolland Island resumes.\n\nThe Greywing sailed from Port Averill at dawn."
    (tmp_path / "little.txt").write_bytes(story.encode("utf-16"))  # BOM, native order
    (tmp_path / "big.txt").write_bytes(b"\xfe\xff" + story.encode("utf-16-be"))
    (tmp_path / "odd.txt").write_bytes(b"\xff\xfe" + "\x01\x02\x03\x04 oops".encode("utf-16-le"))
    loaded = load([tmp_path / "little.txt", tmp_path / "big.txt", tmp_path / "odd.txt"])
    assert [d.text for d in loaded.documents] == [story, story]
    assert len(loaded.problems) == 1 and "binary" in loaded.problems[0].message


def test_jsonl_document_fields_must_be_strings(tmp_path):
    path = tmp_path / "typed.jsonl"
    documents = [
        {"text": VALLEY_POST, "source": "Valley Post", "title": None},
        {"text": KELMAR_NEWS, "title": 42},
        {"text": RIVER_TIMES, "source": ["River", "Times"]},
        {"text": RIVER_TIMES, "url": {"href": "x"}, "author": 7},
    ]
    path.write_text(json.dumps({"id": "typed", "documents": documents}) + "\n", encoding="utf-8")
    loaded = load([path])
    assert [d.source for d in loaded.documents] == ["Valley Post"]
    assert [(p.where.rsplit("/", 1)[-1], p.message) for p in loaded.problems] == [
        ("typed.jsonl:1", "documents[1]: field 'title' must be a string"),
        ("typed.jsonl:1", "documents[2]: field 'source' must be a string"),
        ("typed.jsonl:1", "documents[3]: field 'url' must be a string"),
    ]


def test_a_json_file_may_be_pretty_printed_a_list_or_jsonl(tmp_path):
    fire = {"id": "fire", "documents": [VALLEY_POST, KELMAR_NEWS], "references": "Fire."}
    river = {"id": "river", "documents": [{"text": RIVER_TIMES, "source": "River Times"}]}
    (tmp_path / "one.json").write_text(json.dumps(fire, indent=2), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([fire, river], indent=2), encoding="utf-8")
    lines = json.dumps(fire) + "\n" + json.dumps(river) + "\n"
    (tmp_path / "lines.json").write_text(lines, encoding="utf-8")
    broken = json.dumps(fire, indent=2).replace('"references"', "references")
    (tmp_path / "broken.json").write_text(broken, encoding="utf-8")
    names = ("one.json", "many.json", "lines.json", "broken.json")
    loaded = load([tmp_path / name for name in names])
    assert [c.id for c in loaded.clusters] == ["fire", "fire", "river", "fire", "river"]
    assert loaded.clusters[0].references == ["Fire."]
    [problem] = loaded.problems
    assert problem.where == str(tmp_path / "broken.json")
    assert problem.message.startswith("malformed JSON (Expecting property name enclosed")
    assert "at line 7, column 3)" in problem.message  # the line of `references`


def test_dates_from_every_input_are_aware_and_compare(tmp_path):
    path = tmp_path / "dated.jsonl"
    documents = [
        {"text": VALLEY_POST, "published": "2025-07-06"},
        {"text": KELMAR_NEWS, "published": "2025-07-06T10:00:00+02:00"},
        {"text": RIVER_TIMES, "published": "2025-07-06T09:00:00Z"},
    ]
    path.write_text(json.dumps({"documents": documents}) + "\n", encoding="utf-8")
    valley, kelmar, river = load([path]).documents
    # No offset given: read as UTC, like a page's date or a --since date. Offsets are kept.
    assert valley.published == datetime(2025, 7, 6, tzinfo=UTC)
    assert kelmar.published.utcoffset() == timedelta(hours=2)
    assert sorted([river, kelmar, valley], key=lambda d: d.published) == [valley, kelmar, river]
    assert parse_since("2025-07-06T05:00") < kelmar.published
