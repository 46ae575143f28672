"""The selector: question and update summaries, the concept program, big-story analysis."""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

import newsfuse
from newsfuse.domain import Cluster, Document
from newsfuse.options import Options

# An invented story with two sides: what the Orsa dam does to the river's fish, and what it does
# to jobs and power prices. Every outlet reports both.
ORSA_OUTLETS = {
    "Orsa Courier": """Council approves Orsa river dam after long debate

The Orsa county council approved the 90-metre dam on the Orsa river on Monday by 31 votes to 12.

Anglers' groups said the dam would block the spring run of salmon to their spawning grounds upstream of Dalby.

The builder, Norrvik Energy, said construction would create 800 jobs in the county for five years.

Biologists at the county museum warned that trout and salmon numbers could fall by half within a decade of the river being blocked.

The company said the dam's turbines would cut household electricity prices in the region by about a tenth.
""",
    "Dalby Tribune": """Orsa dam wins council vote

Councillors voted 31 to 12 on Monday to let Norrvik Energy build a dam across the Orsa river.

Fishing clubs said salmon would no longer reach their spawning grounds above Dalby once the river was blocked.

Norrvik Energy promised 800 construction jobs and cheaper electricity for households in the county.

A museum biologist, Greta Holm, said the salmon and trout of the Orsa could lose half their numbers within ten years.
""",
    "North Ledger": """Dam on the Orsa approved

The county council backed the Orsa river dam on Monday, 31 votes to 12.

Union leaders welcomed the 800 jobs that Norrvik Energy said the building work would bring to the county.

Environmental groups said the dam would stop salmon swimming upstream to spawn and threatened a legal challenge.

Norrvik Energy said electricity prices for households would fall by about a tenth once the turbines were running.
""",
}


def orsa_cluster() -> list[Document]:
    return [Document(text, source=name) for name, text in ORSA_OUTLETS.items()]


FISH = ("salmon", "trout", "spawn", "fish")
MONEY = ("jobs", "electricity", "prices")


def _mentions(text: str, words: tuple[str, ...]) -> int:
    return sum(text.lower().count(w) for w in words)


@pytest.mark.parametrize(
    ("question", "wanted", "other"),
    [
        ("What will the dam do to the salmon and trout of the river?", FISH, MONEY),
        ("What did the company promise about jobs and electricity prices?", MONEY, FISH),
    ],
)
def test_a_question_about_one_side_selects_that_side(question, wanted, other):
    summary = newsfuse.summarize(orsa_cluster(), words=45, query=question)
    assert summary.sentences
    assert _mentions(summary.text, wanted) > _mentions(summary.text, other)
    assert all(s.citations for s in summary.sentences)  # still cited


def test_with_seen_a_repeated_fact_is_not_chosen_and_a_new_one_is():
    already_read = (
        "The Orsa county council approved the dam on the Orsa river on Monday by 31 votes to 12. "
        "Norrvik Energy said building the dam would create 800 jobs in the county."
    )
    generic = newsfuse.summarize(orsa_cluster(), words=40)
    assert "31" in generic.text or "800" in generic.text  # the facts seen lead the story
    update = newsfuse.summarize(orsa_cluster(), words=40, seen=[already_read])
    assert update.sentences
    assert "31" not in update.text and "800" not in update.text
    assert _mentions(update.text, FISH + ("electricity",)) > 0
    # No two of its sentences say the same thing either (the program's exclusive pairs).
    longer = newsfuse.summarize(orsa_cluster(), words=90, seen=[already_read])
    prepared = newsfuse.prepare(orsa_cluster(), Options(seen=(already_read,)))
    index = {(s.doc_index, s.index): i for i, s in enumerate(prepared.sentences)}
    chosen = [index[(s.doc_index, s.sentence_index)] for s in longer.sentences]
    assert len(chosen) > 2
    block = prepared.similarity(chosen, chosen)
    assert (block[~np.eye(len(chosen), dtype=bool)] <= Options().redundancy).all()


def test_the_concept_program_is_exact_where_greedy_is_not():
    from newsfuse.concepts import solve

    # Greedy by value takes sentence 0 (weight 5, 6 words) and then nothing else fits the
    # budget of 8; the optimum is sentences 1 and 2 together (weight 4 + 4).
    held = [{("a", "b"), ("c", "d")}, {("e", "f")}, {("g", "h")}]
    weights = {("a", "b"): 3.0, ("c", "d"): 2.0, ("e", "f"): 4.0, ("g", "h"): 4.0}
    assert solve(held, [6, 4, 4], [0, 0, 0], weights, budget=8) == [1, 2]
    assert solve(held, [6, 4, 4], [0, 0, 0], weights, budget=6) == [0]


def test_of_two_sentences_saying_the_same_thing_the_program_takes_one():
    from newsfuse.concepts import solve

    # Sentences 0 and 1 cover different concepts, so coverage alone takes both.
    held = [{("a", "b")}, {("c", "d")}, {("e", "f")}]
    weights = {("a", "b"): 5.0, ("c", "d"): 4.0, ("e", "f"): 1.0}
    assert solve(held, [4, 4, 4], [0, 0, 0], weights, budget=8) == [0, 1]
    assert solve(held, [4, 4, 4], [0, 0, 0], weights, budget=8, exclusive=[(0, 1)]) == [0, 2]


def test_concepts_many_outlets_report_raise_a_sentence():
    from newsfuse.concepts import concept_support

    texts = ["Salmon numbers fell sharply.", "Salmon numbers fell again.", "A parade was held."]
    reported, shared = concept_support(texts, [0, 1, 1])
    # "salmon numbers" and "numbers fell" are in both documents; nothing of the parade is.
    assert shared[0] == pytest.approx(2 / 3) and reported[0] == pytest.approx(2 * 2 / (2 * 3))
    assert reported[2] == shared[2] == 0.0
    alone = concept_support(texts[:1], [0])
    assert alone[0][0] == alone[1][0] == 0.0  # one document: nothing is shared


def test_concepts_are_stemmed_bigrams_and_seen_ones_lose_their_weight():
    from newsfuse.concepts import Weighting, concept_weights, concepts

    assert ("salmon", "run") in concepts("The salmon runs")
    assert ("the", "salmon") in concepts("the salmon")  # one stop word is kept
    assert not any(c == ("of", "the") for c in concepts("of the river"))  # two are not
    held = [concepts("salmon runs upstream"), concepts("salmon runs upstream"), concepts("jobs")]
    weights = concept_weights(held, [0, 1, 2], Weighting(seen=["The salmon run upstream."]))
    assert weights == {}
    asked = concept_weights(held, [0, 1, 2], Weighting(query="salmon?", relevance_weight=3.0))
    assert asked[("salmon", "run")] == 2.0 * 4.0


def test_dataset_fields_query_seen_and_published_are_read(tmp_path):
    from newsfuse.ingest import load

    path = tmp_path / "update.jsonl"
    record = {
        "id": "orsa-b",
        "query": "What happens to the salmon?",
        "documents": list(ORSA_OUTLETS.values()),
        "published": ["2026-03-02", "2026-03-02T10:00:00Z", "2026-03-03"],
        "seen": ["The council approved the dam.", {"text": "Norrvik promised 800 jobs."}],
        "references": ["Salmon would be blocked."],
    }
    bad = {"id": "bad", "documents": ["A text of some words."], "query": 3, "seen": [5]}
    path.write_text(json.dumps(record) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    loaded = load([path])
    cluster = loaded.clusters[0]
    assert cluster.query == "What happens to the salmon?"
    assert cluster.seen == ["The council approved the dam.", "Norrvik promised 800 jobs."]
    assert cluster.documents[1].published.hour == 10
    assert loaded.clusters[1].query is None and loaded.clusters[1].seen == []
    messages = " ".join(str(p) for p in loaded.problems)
    assert "'query' must be a string" in messages and "seen[0]" in messages
    prepared = newsfuse.prepare(cluster)
    assert prepared.query == cluster.query and prepared.seen


def test_cli_query_and_seen(tmp_path):
    from newsfuse.cli import app

    paths = []
    for number, text in enumerate(ORSA_OUTLETS.values()):
        paths.append(tmp_path / f"article{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    read = tmp_path / "read.txt"
    read.write_text("Norrvik Energy said the dam would create 800 jobs.", encoding="utf-8")
    runner = CliRunner()
    args = ["summarize", *map(str, paths), "--words", "40", "--format", "json"]
    result = runner.invoke(app, [*args, "--query", "salmon and trout?", "--seen", str(read)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["summary"]
    assert "800" not in summary and _mentions(summary, FISH)
    missing = runner.invoke(app, [*args, "--seen", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "nope.txt" in missing.output
    empty = runner.invoke(app, [*args, "--query", " "])
    assert empty.exit_code == 2 and "--query" in missing.output + empty.output


def test_blocked_support_and_agreement_equal_the_dense_computation(monkeypatch):
    from newsfuse import analyse

    documents = orsa_cluster()
    whole = newsfuse.prepare(documents)
    monkeypatch.setattr(analyse, "_BLOCK_CELLS", 1)  # sixteen rows a block
    blocked = newsfuse.prepare(documents)
    n = len(whole.sentences)
    dense = whole.similarity(range(n), range(n))
    docs = np.array([s.doc_index for s in whole.sentences])
    best = np.array(
        [[dense[i, docs == d].max() if d != docs[i] else 0.0 for d in range(3)] for i in range(n)]
    )
    assert np.allclose(blocked.agreement, best.sum(axis=1) / 2)
    assert np.array_equal(blocked.support, (best >= Options().support_threshold).sum(axis=1))
    assert np.array_equal(whole.support, blocked.support)
    pairs = blocked.similar_pairs(0.2)
    assert set(zip(*pairs[:2], strict=True)) == set(zip(*whole.similar_pairs(0.2)[:2], strict=True))


def test_a_big_story_is_analysed_whole():
    # 120 different articles: each outlet's sentences in another order, with its own opening.
    documents = []
    for k in range(40):
        for name, text in ORSA_OUTLETS.items():
            paragraphs = text.split("\n\n")
            turn = k % len(paragraphs)
            opening = f"Reporter number {k} of the {name} filed this story from desk {k * 7}."
            body = [opening, *paragraphs[turn:], *paragraphs[:turn]]
            documents.append(Document("\n\n".join(body), source=f"{name} {k}"))
    analysis = newsfuse.prepare(documents, Options(duplicate_threshold=1.0))
    assert len(analysis.documents) == 120 and len(analysis.sentences) > 600
    assert not [p for p in analysis.problems if "analysed" in p.message]  # nothing cut
    summary = newsfuse.summarize(Cluster("big", documents), words=60, duplicate_threshold=1.0)
    assert summary.sentences and summary.words <= 60


def test_a_wire_dateline_is_not_part_of_the_first_sentence():
    from newsfuse.segment import split_sentences

    text = "KELMAR, March 3 (AP) -- The Orsa dam was approved. WASHINGTON -- stays here."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The Orsa dam was approved.",
        "WASHINGTON -- stays here.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert split_sentences("The U.S. -- a big land -- said so.")[0].text.startswith("The U.S.")


def test_http_options_take_a_question_and_seen_texts():
    from fastapi.testclient import TestClient

    from newsfuse.server.app import create_app
    from newsfuse.server.settings import ServerSettings

    options = {"words": 40, "query": "salmon and trout?", "seen": ["Norrvik promised 800 jobs."]}
    # The lifespan starts the pipeline workers (warm, spaCy loaded): allow for a busy machine.
    with TestClient(create_app(ServerSettings(request_timeout=120))) as client:
        reply = client.post(
            "/v1/summarize", json={"documents": list(ORSA_OUTLETS.values()), "options": options}
        )
        assert reply.status_code == 200, reply.text
        assert "800" not in reply.json()["summary"] and _mentions(reply.json()["summary"], FISH)
        bad = client.post("/v1/summarize", json={"documents": ["x"], "options": {"seen": "text"}})
        assert bad.status_code == 422 and "options.seen" in bad.text


def test_a_photo_caption_above_the_article_is_not_chosen():
    caption = (
        "FILE - In this Monday, May 4, 2026, file photo, councillors leave the Orsa county hall "
        "after the vote on the Orsa river dam."
    )
    documents = [
        Document(caption + "\n\n" + text, source=name) for name, text in ORSA_OUTLETS.items()
    ]
    summary = newsfuse.summarize(documents, words=120)
    assert summary.sentences
    assert all("file photo" not in s.text for s in summary.sentences)


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (
            "Bahraini protesters gather near the roundabout in Manama, Bahrain, Saturday, Feb. 19, 2011.",
            True,
        ),
        (
            "Ellen Pao leaves the courthouse during a lunch break in San Francisco, California March 25, 2015.",
            True,
        ),
        (
            "The Occupy encampment at City Hall Park is seen before the midnight deadline passes.",
            True,
        ),
        (
            "The jury cleared the firm of every claim in a verdict handed down on March 25, 2015.",
            False,
        ),
        ("Photos of the wreck quickly made their way into public view, the airline said.", False),
        (
            "Mayor Ilse Rand speaks during a news conference, Tuesday, March 7, 2023, at the"
            " Orsk town hall.",
            True,
        ),
        ("View Images An artist's rendering of the new Orsk bridge, due to open in 2026.", True),
        ("The council met on Tuesday, March 7, 2023, and voted to close the old baths.", False),
        (
            "The night ferry ran aground off Orsk, Tuesday, March 7, 2023, and forty passengers"
            " were taken ashore.",
            False,
        ),
        ("The council released an artist's rendering of the new Orsk bridge on Tuesday.", False),
        ("March 7, 2023, was the last day the night ferry ran from the Orsk pier.", False),
        ("Caption Crews pump floodwater off the Orsk coast road on Tuesday.", True),
        ("The console is seen as Microsoft's answer to the Wii, analysts said.", False),
    ],
)
def test_captions_are_told_from_sentences(text, caption):
    from newsfuse.select import is_caption

    assert is_caption(text) is caption


def test_a_teaser_cut_short_is_not_chosen():
    teaser = (
        "Norrvik Energy's chief executive told shareholders on Tuesday that the company would..."
    )
    documents = [
        Document(text + "\n\n" + teaser, source=name) for name, text in ORSA_OUTLETS.items()
    ]
    summary = newsfuse.summarize(documents, words=250)
    assert summary.sentences
    assert all(not s.text.endswith("...") for s in summary.sentences)


def test_relative_position_is_how_far_into_its_article_a_sentence_stands():
    from newsfuse.select import _relative_position, score

    long = " ".join(f"The Orsa council met for the {n}th time on the dam." for n in range(1, 9))
    short = "The dam was approved. Anglers objected to it."
    analysis = newsfuse.prepare([long, short], Options(min_document_words=1))
    positions = _relative_position(analysis)
    assert np.allclose(positions, [1 - k / 8 for k in range(8)] + [1.0, 0.5])
    with_it = score(analysis, Options(relative_position_weight=1.0))
    without = score(analysis, Options(relative_position_weight=0.0))
    assert np.allclose(with_it - without, positions)
