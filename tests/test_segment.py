from newsfuse.segment import split_sentences

TEXT = """Flood barrier holds as river peaks
The river reached 5.5 metres at 3 a.m. on Sept. 4, Mr. Varga of the U.S. Geological Survey said. Dr. Hale agreed with him.
"It held. We were lucky," said the mayor. Residents returned home by noon.
  • Schools will reopen on Monday
  • The ring road stays closed
"""


def test_news_sentences_are_split_right():
    texts = [s.text for s in split_sentences(TEXT)]
    assert texts == [
        "Flood barrier holds as river peaks",
        "The river reached 5.5 metres at 3 a.m. on Sept. 4, Mr. Varga of the U.S. Geological "
        "Survey said.",
        "Dr. Hale agreed with him.",
        '"It held. We were lucky," said the mayor.',
        "Residents returned home by noon.",
        "Schools will reopen on Monday",
        "The ring road stays closed",
    ]


def test_offsets_point_into_the_text():
    for sentence in split_sentences(TEXT, doc_index=3):
        assert TEXT[sentence.start : sentence.end] == sentence.text
        assert sentence.doc_index == 3
    indices = [s.index for s in split_sentences(TEXT)]
    assert indices == list(range(len(indices)))
