import pytest

import newsfuse
from newsfuse import Document, Options
from stories import wildfire_cluster


def test_summary_sentences_come_from_the_sources_with_offsets():
    documents = wildfire_cluster()
    summary = newsfuse.summarize(documents)
    assert summary.sentences
    prepared = newsfuse.prepare(documents)
    for sentence in summary.sentences:
        text = prepared.documents[sentence.doc_index].text
        assert text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("words", [15, 40, 60, 100])
def test_word_budget_is_never_exceeded(words):
    summary = newsfuse.summarize(wildfire_cluster(), words=words)
    assert 0 < summary.words <= words


def test_sentence_and_character_budgets():
    assert len(newsfuse.summarize(wildfire_cluster(), sentences=2).sentences) == 2
    summary = newsfuse.summarize(wildfire_cluster(), characters=300)
    assert 0 < len(summary.text) <= 300


def test_tiny_budget_still_gives_a_summary():
    summary = newsfuse.summarize(wildfire_cluster(), words=4)
    assert summary.sentences and summary.words <= 4


def test_a_fact_reported_by_every_outlet_is_chosen_and_cites_them_all():
    summary = newsfuse.summarize(wildfire_cluster(), sentences=2)
    assert any("4,000 hectares" in s.text for s in summary.sentences)
    hectares = next(s for s in summary.sentences if "4,000 hectares" in s.text)
    assert hectares.sources == [1, 2, 3]
    for citation in hectares.citations:
        assert "4,000 hectares" in citation.text


def test_no_two_summary_sentences_say_the_same_thing():
    documents = wildfire_cluster()
    summary = newsfuse.summarize(documents, words=120)
    prepared = newsfuse.prepare(documents)
    index = {(s.doc_index, s.index): i for i, s in enumerate(prepared.sentences)}
    chosen = [index[(s.doc_index, s.sentence_index)] for s in summary.sentences]
    for a in chosen:
        for b in chosen:
            if a != b:
                assert prepared.similarity(a, b) <= Options().redundancy


def test_plain_strings_and_overrides():
    texts = [d.text for d in wildfire_cluster()]
    summary = newsfuse.summarize(texts, sentences=1)
    assert summary.sources[0].name == "document 1"
    assert len(summary.sentences) == 1


def test_nothing_usable_raises_with_the_problems():
    with pytest.raises(newsfuse.NoDocumentsError) as raised:
        newsfuse.summarize([Document("Advertisement", source="Ad Page"), ""])
    assert [p.where for p in raised.value.problems] == ["Ad Page", "document 2"]


def test_bad_options_name_the_field():
    with pytest.raises(ValueError, match="words"):
        Options(words=0)
    with pytest.raises(TypeError, match="colour"):
        Options().with_(colour="red")


def test_huge_input_is_capped_to_the_articles_openings():
    documents = wildfire_cluster()
    prepared = newsfuse.prepare(documents, Options(max_sentences=9))
    assert len(prepared.sentences) == 9
    for doc_index in range(3):
        indices = [s.index for s in prepared.sentences if s.doc_index == doc_index]
        assert indices == list(range(len(indices))) and len(indices) == 3
    assert "only the first 9" in prepared.problems[-1].message
    summary = newsfuse.summarize(documents, max_sentences=9, sentences=2)
    assert len(summary.sentences) == 2
    assert "only the first 9" in summary.problems[-1].message


def test_avoided_sentences_are_not_chosen_while_others_remain():
    from newsfuse.api import prepare
    from newsfuse.select import select

    analysis = prepare(wildfire_cluster(), Options(words=60))
    first = select(analysis, Options(words=60))
    second = select(analysis, Options(words=60), avoid=set(first.indices))
    assert second.indices
    assert not set(second.indices) & set(first.indices)
    everything = set(range(len(analysis.sentences)))
    assert select(analysis, Options(words=60), avoid=everything).indices  # never empty


def test_similarity_reads_blocks_vectors_and_pairs_alike():
    from newsfuse.api import prepare

    analysis = prepare(wildfire_cluster())
    n = len(analysis.sentences)
    block = analysis.similarity(range(n), range(n))
    assert block.shape == (n, n)
    assert (block.diagonal() == 1.0).all()
    assert analysis.similarity(0, list(range(n))).tolist() == block[0].tolist()
    assert float(analysis.similarity(0, 1)) == block[0, 1]
    rows, cols, values = analysis.similar_pairs(0.3)
    docs = [s.doc_index for s in analysis.sentences]
    for i, j, value in zip(rows, cols, values, strict=True):
        assert i < j and docs[i] != docs[j] and value >= 0.3
        assert abs(block[i, j] - value) < 1e-9
    expected = {
        (i, j)
        for i in range(n)
        for j in range(i + 1, n)
        if docs[i] != docs[j] and block[i, j] >= 0.3
    }
    assert set(zip(rows.tolist(), cols.tolist(), strict=True)) == expected


LEANING_STORY = [
    "Kell mayor Ines Varga opened the rebuilt harbour bridge on Saturday after two years of "
    "works that cost the town 14 million euros. He recited the long list of delays that had "
    "held the bridge up, from flooded foundations to a strike by the steel fitters in spring. "
    '"We kept our promise to every family on the north shore of the harbour," she said. '
    "In one, in March, a crane fell into the water and stopped the works for six weeks.",
    "The rebuilt harbour bridge in Kell opened on Saturday, two years after the old bridge "
    "was closed as unsafe, and the first buses crossed it within the hour. He recited the long "
    "list of delays that had held the bridge up, from flooded foundations to a strike by the "
    "steel fitters. The bridge carries a cycle lane and a footpath on both sides of the road.",
]


@pytest.mark.parametrize("words", [60, 120])
def test_summary_sentences_stand_alone(words):
    from newsfuse.select import leans_on_previous

    summary = newsfuse.summarize(LEANING_STORY, words=words)
    assert summary.sentences
    assert not [s.text for s in summary.sentences if leans_on_previous(s.text)]
    loose = newsfuse.summarize(LEANING_STORY, words=words, standalone_sentences=False)
    assert [s.text for s in loose.sentences if leans_on_previous(s.text)]  # the rule matters
