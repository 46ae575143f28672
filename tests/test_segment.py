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


def test_a_time_after_a_m_or_p_m_stays_in_its_sentence():
    text = "The mayor was found at 5 p.m. Monday on the bridge. He left at 9 p.m. He came back."
    assert [s.text for s in split_sentences(text)] == [
        "The mayor was found at 5 p.m. Monday on the bridge.",
        "He left at 9 p.m.",
        "He came back.",
    ]
    # A name that begins like a month or a weekday is a new sentence.
    text = "He left at 9 p.m. Mayor Ann Bell stayed. She spoke at 1 a.m. Marco Vell did not."
    assert len(split_sentences(text)) == 4


def test_a_quote_after_an_initialism_starts_a_sentence():
    text = (
        "Talks stalled over the grain deal and potential U.S. “But we are failing to get "
        'anyone to the table,” the envoy said. The U.S. "Harvest" plan was dropped. The army '
        'ran the U.S. "War on Grain Theft" campaign for years.'
    )
    assert [s.text for s in split_sentences(text)] == [
        "Talks stalled over the grain deal and potential U.S.",
        "“But we are failing to get anyone to the table,” the envoy said.",
        'The U.S. "Harvest" plan was dropped.',
        'The army ran the U.S. "War on Grain Theft" campaign for years.',
    ]


def test_wire_datelines_go_from_every_paragraph_start():
    text = (
        "Ada Brink stands on the bridge.\n"
        "ELMSBROOK (Reuters) - The council voted to repair the bridge.\n"
        "ELMSBROOK—The vote was 7 to 2.\n"
        "KELMAR, Ill. --A mason said so. OSLO -- stays here.\n"
        "WEST ORSA >> Repairs start in May.\n"
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Ada Brink stands on the bridge.",
        "The council voted to repair the bridge.",
        "The vote was 7 to 2.",
        "A mason said so.",
        "OSLO -- stays here.",
        "Repairs start in May.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_dateline_in_ordinary_case_goes_where_the_agency_follows_it():
    text = (
        "Port Alder, Velmar (Meridian Wire) -- The ferry sank in calm water.\n"
        "Kell, Velmar (CNN) The harbour stayed shut on Monday.\n"
        "Ann Bell (CNN) said the harbour would open.\n"
        "Ivo Marsh (R-Kell) -- who chairs the board -- voted no.\n"
        "Ann Bell (Democrat) – Kell's first female mayor – won the seat.\n"
    )
    assert [s.text for s in split_sentences(text)] == [
        "The ferry sank in calm water.",
        "The harbour stayed shut on Monday.",
        "Ann Bell (CNN) said the harbour would open.",
        "Ivo Marsh (R-Kell) -- who chairs the board -- voted no.",
        "Ann Bell (Democrat) – Kell's first female mayor – won the seat.",
    ]


def test_a_dash_between_two_names_is_no_dateline():
    text = "Talks went on.\nUS–Varn trade talks resumed.\nEU—UK relations soured in May."
    assert [s.text for s in split_sentences(text)] == [
        "Talks went on.",
        "US–Varn trade talks resumed.",
        "EU—UK relations soured in May.",
    ]


def test_an_opening_quote_mark_opens_the_next_sentence():
    # A straight opening mark before a curly close: the splitter leaves it on the sentence before.
    text = 'The ferry left at noon, said Ines Rook, a deckhand. "We were lucky with the wind.”'
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The ferry left at noon, said Ines Rook, a deckhand.",
        '"We were lucky with the wind.”',
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_closing_quote_mark_after_a_space_stays_with_its_sentence():
    text = 'He wrote "We won. " Then he left the hall.'
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ['He wrote "We won. "', "Then he left the hall."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_sentence_shown_alone_gets_its_quotation_marks_paired():
    from newsfuse.segment import with_quotes_balanced

    # A quotation running on into the next sentence is closed; one begun before is opened.
    assert with_quotes_balanced('Rook said: "We left at noon.') == 'Rook said: "We left at noon."'
    assert with_quotes_balanced("Rook said: “We left at noon.") == "Rook said: “We left at noon.”"
    assert with_quotes_balanced('the wind turned," Rook said.') == '"the wind turned," Rook said.'
    # Paired marks, and a closing mark after a space, are left as they are.
    for text in (
        'He wrote "We won. "',
        "“We won,” Rook said.",
        'a "fair" wind',
        'Orsk had 14" of snow.',  # inches
        "as in “The Wolf of Orsk’’ before it",  # two single marks close a “
    ):
        assert with_quotes_balanced(text) == text


def test_a_summary_sentence_that_opens_a_long_quotation_closes_it():
    import newsfuse

    # A quotation that goes on into the next paragraph has no closing mark where the first ends.
    story = (
        "The Kell ferry ran aground off Orsk on Tuesday with forty passengers on board, the"
        ' coastguard said.\n\nCaptain Ines Rook told reporters: "The chart showed deep water'
        ' where the sandbank was.\n\n"We will ask the harbour office why the chart was never'
        ' updated," she said.\n\nAll forty passengers were taken ashore by lifeboat within two'
        " hours."
    )
    summary = newsfuse.summarize([story], sentences=4)
    quoted = [s.text for s in summary.sentences if "Rook told" in s.text]
    assert quoted and quoted[0].endswith('sandbank was."')
