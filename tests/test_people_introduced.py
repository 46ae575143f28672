"""The briefing's summary gives a person's first name where it first names them by surname."""

from newsfuse.briefing.introduce import people_by_surname, with_people_introduced
from newsfuse.briefing.model import Entity
from newsfuse.domain import Summary, SummarySentence

VOSS = Entity("Ann Voss", "person", ["Ann Voss", "Voss"], {1: 3})
TOMAS = Entity("Ivo Tomas", "person", ["Ivo Tomas", "Tomas"], {2: 2})
KELL = Entity("Kell", "place", ["Kell"], {1: 4, 2: 1})


def _summary(*texts: str) -> Summary:
    sentences = [
        SummarySentence(text, doc_index=0, sentence_index=k, start=0, end=len(text), score=1.0)
        for k, text in enumerate(texts)
    ]
    return Summary(sentences=sentences, sources=[])


def _texts(summary: Summary) -> list[str]:
    return [sentence.text for sentence in summary.sentences]


def test_the_first_mention_by_surname_gets_the_first_name_and_the_next_does_not():
    summary = _summary(
        "Voss closed the harbour at Kell on Monday as the storm came in.",
        "Voss said it would reopen once the winds dropped.",
    )
    assert _texts(with_people_introduced(summary, [VOSS, KELL])) == [
        "[Ann] Voss closed the harbour at Kell on Monday as the storm came in.",
        "Voss said it would reopen once the winds dropped.",
    ]


def test_a_person_the_summary_named_in_full_before_is_left_as_written():
    summary = _summary(
        "The harbour master, Ann Voss, closed the port at Kell on Monday.",
        "Fishing boats were moved to the inner basin, Voss said.",
    )
    assert _texts(with_people_introduced(summary, [VOSS])) == _texts(summary)


def test_two_people_in_one_sentence_both_get_their_first_names():
    summary = _summary("But Voss said the ferry would wait, and Tomas, its captain, agreed.")
    assert _texts(with_people_introduced(summary, [VOSS, TOMAS])) == [
        "But [Ann] Voss said the ferry would wait, and [Ivo] Tomas, its captain, agreed."
    ]


def test_no_name_is_added_in_a_quotation_after_a_title_or_before_what_it_describes():
    summary = _summary(
        "“Voss was right to close the port,” the mayor said.",
        "Harbour Master Tomas agreed with the decision.",
    )
    assert _texts(with_people_introduced(summary, [VOSS, TOMAS])) == _texts(summary)
    described = _summary("The Voss administration closed the port on Monday.")
    assert _texts(with_people_introduced(described, [VOSS])) == _texts(described)


def test_a_surname_that_two_people_or_a_place_share_is_left_alone():
    brother = Entity("Emil Voss", "person", ["Emil Voss", "Voss"], {2: 1})
    assert people_by_surname([VOSS, brother]) == {}
    town = Entity("Tomas", "place", ["Tomas"], {1: 1})
    assert people_by_surname([TOMAS, town]) == {}
    assert people_by_surname([VOSS, TOMAS, KELL]) == {"Voss": "Ann Voss", "Tomas": "Ivo Tomas"}


def test_the_sentence_keeps_its_place_in_its_source():
    summary = _summary("Voss closed the harbour at Kell on Monday as the storm came in.")
    changed = with_people_introduced(summary, [VOSS]).sentences[0]
    original = summary.sentences[0]
    assert (changed.doc_index, changed.start, changed.end) == (0, original.start, original.end)
    assert original.text.startswith("Voss")  # the caller's summary is not changed
