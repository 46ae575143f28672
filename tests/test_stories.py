"""Stories from a stream: grouping, the SQLite store across processes, copies, bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp
from typer.testing import CliRunner

import newsfuse
from newsfuse.cli import app
from newsfuse.stories import StoreError, StoryStore, add, engine, vectors
from newsfuse.stories.grouping import Cohesion, average_link
from newsfuse.stories.reading import read_articles
from newsfuse.stories.store import SCHEMA_VERSION
from stories import wildfire_cluster

# Invented articles: two more made-up events beside the Brenning wildfire of tests/stories.py.
BRIDGE = [
    "Ostrava river bridge closed after cracks found in its steel girders. Engineers inspecting "
    "the Ostrava river bridge found deep cracks in two steel girders on Monday, and the city "
    "closed the bridge to all traffic. Mayor Ida Kern said buses would detour over the northern "
    "ring road while engineers decide whether the girders can be repaired or must be replaced.",
    "Cracked girders shut Ostrava bridge. The city of Ostrava closed its river bridge on Monday "
    "after inspectors found cracks in steel girders under the deck. Mayor Ida Kern told "
    "reporters that the bridge girders would be examined by engineers this week and that buses "
    "now detour by the ring road. Repairing the girders could take months, engineers said.",
    "Ostrava bridge stays shut as engineers study girder cracks. Engineers said on Tuesday that "
    "the cracks in the girders of the Ostrava river bridge were worse than first thought. Mayor "
    "Ida Kern said the bridge would stay closed to traffic and buses would keep their detour "
    "over the ring road until the steel girders are replaced.",
]
CHESS = [
    "Teenager Mara Voss wins the Harlow chess open. Sixteen-year-old Mara Voss won the Harlow "
    "chess open on Sunday, beating grandmaster Piet Lund in the final round with the black "
    "pieces. Voss finished the nine-round chess tournament unbeaten and earned her second "
    "grandmaster norm, organisers of the Harlow open said.",
    "Voss, 16, stuns Lund to take Harlow chess title. Mara Voss beat grandmaster Piet Lund in "
    "the last round of the Harlow chess open and won the tournament unbeaten. The sixteen-year-"
    "old chess player said the final game against Lund was the hardest of the nine rounds and "
    "that she hopes to become a grandmaster next year.",
]
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _articles() -> list[dict]:
    items = [
        {"id": f"fire-{n}", "text": d.text, "source": d.source, "title": d.title}
        for n, d in enumerate(wildfire_cluster(), start=1)
    ]
    items += [
        {"id": f"bridge-{n}", "text": t, "source": f"Paper {n}"} for n, t in enumerate(BRIDGE)
    ]
    items += [{"id": f"chess-{n}", "text": t, "source": f"Sport {n}"} for n, t in enumerate(CHESS)]
    return items


def _groups(stories) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in stories}


EXPECTED = {
    frozenset({"fire-1", "fire-2", "fire-3"}),
    frozenset({"bridge-0", "bridge-1", "bridge-2"}),
    frozenset({"chess-0", "chess-1"}),
}


def _write_jsonl(path: Path, items: list[dict]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


def test_cluster_groups_articles_by_story():
    found = newsfuse.cluster(_articles(), now=NOW)
    assert _groups(found) == EXPECTED
    fire = next(s for s in found if "fire-1" in {a.id for a in s.articles})
    assert len(fire.sources) == 3
    assert fire.to_dict()["first_seen"] == NOW.isoformat()
    assert found.problems == []


def test_near_copy_is_one_article_also_carried_by():
    items = _articles()
    copy = dict(items[3], id="bridge-wire", source="Wire Daily")
    copy["text"] = copy["text"] + " (Wire Daily)"
    found = newsfuse.cluster([*items, copy], now=NOW)
    assert _groups(found) == EXPECTED
    carrying = [a for s in found for a in s.articles if a.also_carried_by]
    assert [(a.id, a.also_carried_by, a.copies) for a in carrying] == [
        ("bridge-0", ["Wire Daily"], ["bridge-wire"])
    ]
    bridge = next(s for s in found if "bridge-0" in {a.id for a in s.articles})
    assert "Wire Daily" in bridge.sources


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsfuse", "cluster", *args], capture_output=True, text=True
    )


def test_incremental_adds_across_process_restarts(tmp_path):
    store = tmp_path / "stories.db"
    items = _articles()
    first = _write_jsonl(tmp_path / "first.jsonl", [i for i in items if i["id"] != "bridge-2"])
    second = _write_jsonl(tmp_path / "second.jsonl", [i for i in items if i["id"] == "bridge-2"])
    run = _cli(str(first), "--store", str(store))
    assert run.returncode == 0, run.stderr
    before = {s["story"]: set(s["articles"]) for s in map(json.loads, run.stdout.splitlines())}
    bridge_story = next(k for k, v in before.items() if "bridge-0" in v)
    run = _cli(str(second), "--store", str(store))
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(s["story"], s["articles"]) for s in lines] == [
        (bridge_story, ["bridge-0", "bridge-1", "bridge-2"])
    ]
    again = _cli(str(second), "--store", str(store))  # the same article twice is not added twice
    assert again.returncode == 0 and "already stored" in again.stderr
    with StoryStore(store) as opened:
        assert opened.count() == (3, 8)


def test_reader_sees_the_last_committed_batch_while_a_writer_runs(tmp_path):
    path = tmp_path / "stories.db"
    items = _articles()
    with StoryStore(path) as writer:
        newsfuse.cluster(items[:3], store=writer, now=NOW)
        with writer.transaction() as db:
            db.execute(
                "INSERT INTO stories (size, vector, first_time, last_time) VALUES (0,'',0,0)"
            )
            with StoryStore(path) as reader:  # a second connection, as another process would
                assert reader.count() == (1, 3)
                assert _groups(reader.stories()) == {frozenset({"fire-1", "fire-2", "fire-3"})}
        with StoryStore(path) as reader:
            assert reader.count() == (2, 3)


def test_a_batch_that_fails_midway_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "stories.db"
    items = _articles()
    with StoryStore(path) as store:
        add(store, [newsfuse.Document(**i) for i in items[:3]], now=NOW)

        def crash(*args, **kwargs):
            raise RuntimeError("power cut")

        monkeypatch.setattr(engine, "_update_stories", crash)
        with pytest.raises(RuntimeError, match="power cut"):
            add(store, [newsfuse.Document(**i) for i in items[3:]], now=NOW)
        assert store.count() == (1, 3)
    monkeypatch.undo()
    with StoryStore(path) as store:
        added = add(store, [newsfuse.Document(**i) for i in items[3:]], now=NOW)
        assert added.articles == 5
        assert _groups(store.stories()) == EXPECTED


def test_corrupt_or_foreign_store_is_a_clear_error(tmp_path):
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is no database at all\n" * 200)
    articles = _write_jsonl(tmp_path / "a.jsonl", _articles())
    run = _cli(str(articles), "--store", str(corrupt))
    assert run.returncode == 1
    assert "corrupt.db" in run.stderr and "not a usable newsfuse story store" in run.stderr
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(StoreError, match="another program's SQLite database"):
        StoryStore(foreign)
    with sqlite3.connect(foreign) as db:  # the foreign file was left untouched
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("notes",)]


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "stories.db"
    StoryStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version=99")
    with pytest.raises(StoreError, match="schema 99 is newer"):
        StoryStore(path)


def test_bad_articles_are_skipped_with_a_warning_and_the_rest_kept(tmp_path):
    good = _articles()
    path = tmp_path / "stream.jsonl"
    lines = [json.dumps(i) for i in good[:4]]
    lines += ["{not json", json.dumps({"id": "x", "title": "no text"})]
    lines += [json.dumps({"id": "y", "text": "A date that is no date.", "published": "soon"})]
    lines += [json.dumps({"id": "short", "text": "Too short to be an article."})]
    lines += [json.dumps(i) for i in good[4:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cluster", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "stream.jsonl:5: malformed JSON" in result.stderr
    assert "stream.jsonl:6: field 'text' is missing" in result.stderr
    assert "stream.jsonl:7: field 'published'" in result.stderr
    assert "short: only 6 words" in result.stderr
    groups = {frozenset(json.loads(line)["articles"]) for line in result.stdout.splitlines()}
    assert groups == EXPECTED


def test_story_closes_after_its_window(tmp_path):
    path = tmp_path / "stories.db"
    items = _articles()
    with StoryStore(path) as store:
        first = add(store, [newsfuse.Document(**i) for i in items[3:5]], now=NOW)
        late = NOW + timedelta(days=4)
        later = add(store, [newsfuse.Document(**items[5])], newsfuse.Options(), now=late)
        assert later.stories != first.stories  # the bridge story was closed after 3 days
        wide = newsfuse.Options(story_window_days=7.0)
        chess = add(store, [newsfuse.Document(**items[6])], wide, now=NOW + timedelta(days=1))
        still = add(store, [newsfuse.Document(**items[7])], wide, now=NOW + timedelta(days=6))
        assert chess.stories == still.stories


def test_front_page_in_markdown_and_html(tmp_path):
    items = _articles()
    copy = dict(items[3], id="bridge-wire", source="Wire Daily")
    path = _write_jsonl(tmp_path / "a.jsonl", [*items, copy])
    markdown = CliRunner().invoke(app, ["cluster", str(path), "-f", "md"])
    assert markdown.exit_code == 0, markdown.output
    first_heading = next(line for line in markdown.stdout.splitlines() if line.startswith("## "))
    assert "Brenning" in first_heading or "Ostrava" in first_heading  # 3 or 4 outlets come first
    assert "(also carried by Wire Daily)" in markdown.stdout
    page = CliRunner().invoke(app, ["cluster", str(path), "-f", "html"])
    assert page.stdout.count('<section class="story"') == 3
    assert "Wire Daily" in page.stdout


def test_reading_a_folder_of_text_files_and_article_jsonl(tmp_path):
    (tmp_path / "fire.txt").write_text(wildfire_cluster()[0].text, encoding="utf-8")
    _write_jsonl(tmp_path / "more.jsonl", _articles()[1:3])
    documents, problems = read_articles([tmp_path])
    assert problems == []
    assert sorted(d.id for d in documents) == sorted(
        ["fire-2", "fire-3", str(tmp_path / "fire.txt")]
    )


def test_summarize_warns_on_mixed_stories_and_splits_them(tmp_path):
    items = _articles()
    path = _write_jsonl(
        tmp_path / "mixed.jsonl", [{"id": "mixed", "documents": items[:3] + items[3:6]}]
    )
    plain = CliRunner().invoke(app, ["summarize", str(path), "-s", "2"])
    assert plain.exit_code == 0, plain.output
    assert "tell 2 different stories" in plain.stderr
    split = CliRunner().invoke(app, ["summarize", str(path), "-s", "2", "--stories", "-f", "json"])
    assert split.exit_code == 0, split.output
    outputs = [json.loads(line) for line in split.stdout.splitlines()]
    assert [o["cluster"] for o in outputs] == ["mixed/story-1", "mixed/story-2"]
    assert "different stories" not in split.stderr
    texts = [o["summary"] for o in outputs]
    assert ("Ostrava" in texts[0]) != ("Ostrava" in texts[1])


def _joins(threshold: float, gap: timedelta, incremental: bool) -> bool:
    """Whether bridge articles 0 and 2, published ``gap`` apart, end in one story."""
    first, second = (
        newsfuse.Document(BRIDGE[n], id=f"bridge-{n}", published=NOW - gap * (n == 0))
        for n in (0, 2)
    )
    options = newsfuse.Options(story_threshold=threshold)
    with StoryStore() as store:
        if incremental:  # the second joins (or not) the story stored with the first
            add(store, [first], options, now=NOW)
            add(store, [second], options, now=NOW)
        else:
            add(store, [first, second], options, now=NOW)
        return store.count()[0] == 1


def _highest_joining_threshold(gap: timedelta, incremental: bool) -> float:
    low, high = 0.0, 1.0  # joining is monotone in the threshold: bisect
    for _ in range(8):
        middle = (low + high) / 2
        low, high = (middle, high) if _joins(middle, gap, incremental) else (low, middle)
    return low


@pytest.mark.parametrize("incremental", [False, True])
def test_articles_published_near_each_other_join_more_easily(incremental):
    same_day = _highest_joining_threshold(timedelta(hours=5), incremental)
    year_apart = _highest_joining_threshold(timedelta(days=365), incremental)
    assert year_apart > 0.1  # similar enough to join without the dates
    # Two lone articles are judged against their own closeness too (their cohesion: each is the
    # other's nearest neighbour), which takes up part of the bonus: a clear rise remains.
    assert same_day > year_apart * (1 + engine.DATE_BONUS / 4)


def test_a_version_1_store_is_migrated_and_keeps_its_stories(tmp_path):
    path = tmp_path / "old.db"
    items = _articles()
    with StoryStore(path) as store:
        add(store, [newsfuse.Document(**i) for i in items[3:5]], now=NOW)
    with sqlite3.connect(path) as db:  # back to the file as schema 1 wrote it
        db.execute("ALTER TABLE stories DROP COLUMN first_published")
        db.execute("ALTER TABLE stories DROP COLUMN last_published")
        db.execute("ALTER TABLE stories DROP COLUMN inner")
        db.execute("PRAGMA user_version=1")
    with StoryStore(path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        add(store, [newsfuse.Document(**items[5], published=NOW)], now=NOW)
        assert _groups(store.stories()) == {frozenset({"bridge-0", "bridge-1", "bridge-2"})}
        spans = store.connection.execute(
            "SELECT first_published, last_published, inner FROM stories"
        ).fetchall()
        assert spans[0][:2] == (NOW.timestamp(), NOW.timestamp())
        assert spans[0][2] > 0  # the story's spread, kept from now on


def test_a_broad_story_takes_an_article_that_a_tight_one_would_not():
    # Node 0: a new article; 1 and 2: stored stories of three articles each, whose pairs are 0.6
    # alike (tight) and 0.1 alike (broad). The article is 0.12 like each member of both.
    sizes, inner = [1, 3, 3], [0.0, 3 * 0.6, 3 * 0.1]
    edges = {(0, 1): 3 * 0.12, (0, 2): 3 * 0.12}
    stored = [False, True, True]
    plain = average_link(sizes, edges, 0.13, stored, 0.0, inner, Cohesion(power=0.0))
    assert len(set(plain)) == 3  # an average link of 0.12 joins neither
    cohesion = Cohesion(power=0.5, prior=0.2)
    groups = average_link(sizes, edges, 0.13, stored, 0.0, inner, cohesion)
    assert groups[0] == groups[2] != groups[1]
    # An article with close neighbours elsewhere (its own cohesion 0.5) is pickier still.
    picky = average_link(sizes, edges, 0.13, stored, 0.0, inner, cohesion, [0.5, None, None])
    assert len(set(picky)) == 3


def test_a_story_stored_before_cohesion_was_kept_is_neither_picky_nor_lax():
    from newsfuse.stories.engine import COHESION, _inner
    from newsfuse.stories.store import OpenStory

    old = OpenStory(id=1, size=6, vector=b"", first_time=0.0, last_time=0.0, inner=None)
    assert COHESION.of(_inner(old), old.size) == pytest.approx(COHESION.prior)
    kept = OpenStory(id=2, size=6, vector=b"", first_time=0.0, last_time=0.0, inner=4.5)
    assert COHESION.of(_inner(kept), kept.size) == pytest.approx(4.5 / 15)


def _topic_rows(count: int, topic: int, first_word: int, share: float) -> np.ndarray:
    """``count`` unit rows that share one topic feature (``share`` of their weight squared) and
    have a word of their own each."""
    rows = np.zeros((count, 64), dtype=np.float32)
    rows[:, topic] = share**0.5
    rows[np.arange(count), first_word + np.arange(count)] = (1 - share) ** 0.5
    return rows


def _wide(rows: np.ndarray) -> sp.csr_matrix:
    """Rows as wide as the stored vectors."""
    matrix = sp.csr_matrix(rows)
    matrix.resize((rows.shape[0], vectors.FEATURES))
    return matrix


def test_a_lone_article_joins_the_broad_story_whose_centroid_it_is_near():
    from newsfuse.stories.store import OpenStory

    # Articles 0-4: one broad story (each pair 0.16 alike); 5-7: a story of three on another
    # topic; 8 shares the broad topic, 9 the small story's, 10 nothing: each was left alone.
    matrix = np.vstack(
        [
            _topic_rows(5, 0, 10, 0.16),
            _topic_rows(3, 1, 20, 0.16),
            _topic_rows(1, 0, 30, 0.16),
            _topic_rows(1, 1, 31, 0.16),
            _topic_rows(1, 2, 32, 0.16),
        ]
    )
    groups = [0] * 5 + [5] * 3 + [8, 9, 10]
    times = np.zeros(len(groups))
    engine._attach_lone(groups, _wide(matrix), [None] * 11, [], times, 1.0)
    # The article is 0.16 like each member but 0.28 like their centroid; a story of three is
    # too small to tell its centroid from its members.
    assert groups[8] == 0 and groups[9] == 9 and groups[10] == 10

    # The same with the broad story stored (its summed vector) and one new lone article.
    stored = OpenStory(1, 5, vectors.to_blob(_wide(matrix[:5].sum(axis=0)[None])), 0.0, 0.0)
    lone = _wide(np.vstack([matrix[8], matrix[10]]))
    groups = [0, 1, 2]
    engine._attach_lone(groups, lone, [None, None], [stored], np.zeros(2), 1.0)
    assert groups == [2, 1, 2]
    # Not when the article came after the stored story's window.
    groups = [0, 1, 2]
    engine._attach_lone(groups, lone, [None, None], [stored], np.full(2, 10.0), 1.0)
    assert groups == [0, 1, 2]
    # Nor to a story of the batch whose articles all came outside its window.
    groups = [0] * 5 + [5]
    late = np.array([0.0] * 5 + [10.0])
    engine._attach_lone(groups, _wide(matrix[[0, 1, 2, 3, 4, 8]]), [None] * 6, [], late, 1.0)
    assert groups[5] == 5
