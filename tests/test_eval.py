"""Evaluation: the ROUGE scorer against hand-computed values, the oracle, baselines, the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.domain import Cluster, Document
from newsfuse.evaluate import baselines
from newsfuse.evaluate.oracle import oracle
from newsfuse.evaluate.rouge import cut_to_words, score


def f1(overlap: int, predicted: int, reference: int) -> float:
    """The definition: harmonic mean of overlap/predicted and overlap/reference, in percent."""
    precision, recall = overlap / predicted, overlap / reference
    return 100 * 2 * precision * recall / (precision + recall)


def test_rouge_n_and_l_match_hand_counts():
    # reference: the cat sat on the mat      (6 unigrams, 5 bigrams)
    # summary:   the cat lay on a mat        (6 unigrams, 5 bigrams)
    # shared unigrams: the, cat, on, mat = 4; shared bigrams: "the cat" = 1
    # longest common subsequence: the cat on mat = 4
    result = score(["The cat lay on a mat."], ["The cat sat on the mat."])
    assert result["rouge1"] == pytest.approx(f1(4, 6, 6))
    assert result["rouge2"] == pytest.approx(f1(1, 5, 5))
    assert result["rougeL"] == pytest.approx(f1(4, 6, 6))


def test_recall_divides_by_the_reference_only():
    result = score(["The cat."], ["The cat sat on the mat."], recall=True)
    assert result["rouge1"] == pytest.approx(100 * 2 / 6)
    assert result["rouge2"] == pytest.approx(100 * 1 / 5)


def test_porter_stemming_matches_inflections():
    result = score(["Running dogs barked."], ["Run dog bark."])
    assert result["rouge1"] == pytest.approx(100.0)


def test_several_references_are_averaged():
    result = score(["Amber lanterns."], ["Amber lanterns.", "Quiet harbour."])
    assert result["rouge1"] == pytest.approx((100.0 + 0.0) / 2)


def test_lsum_matches_each_reference_sentence_separately():
    # Sentence order swapped: one LCS over the whole text finds only 3 of 6 tokens, while
    # ROUGE-Lsum takes the union LCS per reference sentence and finds all 6.
    summary = ["Dora fixed pumps.", "Alba sold kites."]
    reference = ["Alba sold kites. Dora fixed pumps."]
    result = score(summary, reference)
    assert result["rougeL"] == pytest.approx(f1(3, 6, 6))
    assert result["rougeLsum"] == pytest.approx(100.0)


def test_cut_keeps_whole_sentences_then_cuts_the_one_that_overflows():
    assert cut_to_words(["one two three", "four five six", "seven"], 4) == ["one two three", "four"]
    assert cut_to_words(["one two", "three"], 3) == ["one two", "three"]
    assert cut_to_words(["one two", "three"], 2) == ["one two"]


def cluster_about_the_fire() -> Cluster:
    """An invented story told by three invented outlets, with one reference summary."""
    courier = (
        "A fire destroyed the old public library in Marrowby on Tuesday night.\n"
        "Firefighters from three towns fought the flames for six hours before dawn.\n"
        "Nobody was hurt, the fire chief Odile Varga told reporters on Wednesday.\n"
        "The library held twelve thousand books and a collection of local maps.\n"
        "The weather in the valley stayed dry and windy all week."
    )
    gazette = (
        "Marrowby's old library burned down on Tuesday night after a fire started in its attic.\n"
        "Chief Odile Varga said nobody was hurt and that the cause is still unknown.\n"
        "Volunteers saved about two hundred maps from the archive room.\n"
        "The town council will meet on Friday to discuss rebuilding the library."
    )
    herald = (
        "The Marrowby library fire burned for six hours, fire crews said.\n"
        "A bakery across the square reopened on Thursday morning with new bread.\n"
        "Council member Tomas Brill said the town would rebuild the library next year."
    )
    return Cluster(
        id="marrowby-fire",
        documents=[
            Document(text=courier, source="Marrowby Courier"),
            Document(text=gazette, source="Valley Gazette"),
            Document(text=herald, source="Hill Herald"),
        ],
        references=[
            "A fire destroyed the old library in Marrowby on Tuesday night. Nobody was hurt, "
            "said fire chief Odile Varga. The council will discuss rebuilding the library."
        ],
    )


def r1_plus_r2(sentences: list[str], cluster: Cluster) -> float:
    result = score(sentences, cluster.references)
    return result["rouge1"] + result["rouge2"]


def test_oracle_with_room_for_one_sentence_takes_the_best_one():
    cluster = cluster_about_the_fire()
    chosen = oracle(cluster, words=13)
    assert chosen == ["A fire destroyed the old public library in Marrowby on Tuesday night."]
    others = [s.text for doc in baselines.cluster_sentences(cluster) for s in doc if s.words <= 13]
    assert all(r1_plus_r2([o], cluster) <= r1_plus_r2(chosen, cluster) for o in others)


def test_oracle_stops_when_nothing_more_helps():
    cluster = cluster_about_the_fire()
    chosen = oracle(cluster, words=250)
    assert sum(len(s.split()) for s in chosen) < 250  # stopped before the budget
    assert not any("bakery" in s or "weather" in s for s in chosen)
    best = r1_plus_r2(chosen, cluster)
    remaining = [
        s.text for doc in baselines.cluster_sentences(cluster) for s in doc if s.text not in chosen
    ]
    assert all(r1_plus_r2([*chosen, extra], cluster) <= best + 1e-9 for extra in remaining)


def test_lead_takes_first_sentences_round_robin():
    cluster = cluster_about_the_fire()
    chosen = baselines.lead(cluster, words=30)
    assert chosen[0].startswith("A fire destroyed")
    assert chosen[1].startswith("Marrowby's old library")
    assert chosen[2].startswith("The Marrowby library fire")


@pytest.mark.parametrize("system", [baselines.lead, baselines.lexrank, baselines.textrank])
def test_baselines_fill_the_budget_with_the_clusters_sentences(system):
    cluster = cluster_about_the_fire()
    sentences = {s.text for doc in baselines.cluster_sentences(cluster) for s in doc}
    chosen = system(cluster, 40)
    assert set(chosen) <= sentences
    assert sum(len(s.split()) for s in chosen) >= 40  # filled; the runner cuts the overflow
    assert sum(len(s.split()) for s in cut_to_words(chosen, 40)) == 40


def test_cli_eval_runs_end_to_end(tmp_path):
    cluster = cluster_about_the_fire()
    good = {
        "id": cluster.id,
        "documents": [{"text": d.text, "source": d.source} for d in cluster.documents],
        "references": cluster.references,
    }
    second = {**good, "id": "second", "references": ["The Marrowby library burned down."]}
    unscored = {"id": "no-reference", "documents": good["documents"]}
    dataset = tmp_path / "tiny.jsonl"
    dataset.write_text("\n".join(json.dumps(r) for r in (good, unscored, second)) + "\n")
    out = tmp_path / "summaries.jsonl"

    runner = CliRunner()
    args = ["eval", str(dataset), "--words", "40", "--format", "json", "--out", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    table = json.loads(result.stdout)
    assert [row["system"] for row in table["systems"]] == [
        "newsfuse",
        "lead",
        "lexrank",
        "textrank",
        "oracle",
    ]
    assert table["clusters"] == 2
    for row in table["systems"]:
        low, high = row["scores"]["rouge1"]["ci95"]
        assert low <= row["scores"]["rouge1"]["mean"] <= high
        assert 0 < row["words"] <= 40
    assert "no-reference" in result.stderr and "no reference summary" in result.stderr
    summaries = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(summaries) == 2 * 5
    assert all(s["words"] <= 40 for s in summaries)

    markdown = runner.invoke(app, ["eval", str(dataset), "--systems", "lead", "--format", "md"])
    assert markdown.exit_code == 0
    assert "| lead |" in markdown.stdout


def test_cli_eval_refuses_an_unknown_system(tmp_path):
    dataset = tmp_path / "tiny.jsonl"
    dataset.write_text(json.dumps({"documents": ["x"], "references": ["y"]}) + "\n")
    result = CliRunner().invoke(app, ["eval", str(dataset), "--systems", "lead,gpt"])
    assert result.exit_code == 2
    assert "unknown system(s): gpt" in result.stderr
