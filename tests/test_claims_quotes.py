"""The Agreement filter's quote check: linear on any sentence, right about quote length."""

import newsfuse
from newsfuse.briefing.claims import quotes_six_words


def test_a_long_sentence_with_an_unclosed_quote_is_checked_at_once():
    # Before: a nested-quantifier pattern took minutes (exponential backtracking) on this.
    sentence = '"The valley road ' + "stays shut while crews clear the fallen pines " * 40 + "today"
    assert quotes_six_words(sentence) is False


def test_six_quoted_words_count_and_five_do_not():
    assert quotes_six_words('The mayor said "we will rebuild every single bridge" on Friday.')
    assert not quotes_six_words('The mayor said "we will rebuild the bridge" on Friday.')
    assert quotes_six_words("Crews said “the fire line held through the night” at dawn.")


def test_a_quotation_given_only_to_a_pronoun_leans_on_the_sentence_before():
    from newsfuse.briefing.claims import leans_on_previous

    assert leans_on_previous('"We will reopen the ferry line by spring," he said.')
    assert leans_on_previous("“The reef was never charted properly,” she added on Monday.")
    assert not leans_on_previous('"We will reopen the ferry line by spring," Mayor Ilse Rand said.')
    assert not leans_on_previous("The harbour master said he had warned the operator twice.")


def test_a_bare_quotation_that_opens_with_but_or_a_pronoun_leans_on_the_sentence_before():
    from newsfuse.briefing.claims import leans_on_previous

    assert leans_on_previous("“But we cannot keep the night ferry running on this budget”.")
    assert leans_on_previous('"It was the worst storm the island has seen in years."')
    # Its speaker named in the sentence, or a quotation opening with a noun: it stands alone.
    assert not leans_on_previous("“But we cannot keep the ferry running,” Mayor Ilse Rand said.")
    assert not leans_on_previous("“The night ferry cannot run on this budget.”")


def test_a_question_is_no_agreed_claim():
    from newsfuse.select import is_question

    assert is_question("Does that rule out a second term for the mayor?")
    assert is_question('Asked on Friday, "Will you run again?"')
    assert not is_question('The mayor said "no" when asked whether she would run again.')
    filler = " The ferry company said repairs to the pier would take the rest of the month."
    documents = [
        "Will the night ferry to Orsk ever run again? Its owners sold the last boat on"
        " Tuesday." + filler,
        "Will the night ferry to Orsk ever run again? The last boat was sold to a buyer from"
        " the mainland on Tuesday, its owners said." + filler.replace("month", "season"),
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert not any("?" in claim.text for claim in briefing.agreement)


def test_a_photo_caption_two_outlets_ran_is_no_agreed_claim():
    caption = "Mayor Ilse Rand is pictured with the crew of the night ferry at the Orsk pier."
    documents = [
        caption + " The night ferry to Orsk will stop running in May, its owners said on"
        " Tuesday, after the last boat failed its safety check.",
        caption + " Its owners said on Tuesday that the night ferry to Orsk will stop running in"
        " May because the last boat failed a safety check.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert briefing.agreement and not any("pictured" in c.text for c in briefing.agreement)


def test_a_video_account_both_outlets_give_is_an_agreed_claim():
    seen = "In the video, the officer is seen pushing an elderly protester to the ground outside the town hall."
    documents = [
        seen + " The town's mayor said on Tuesday that the officer had been suspended.",
        seen + " The officer was suspended on Tuesday, the mayor of the town told reporters.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert any("is seen pushing" in c.text for c in briefing.agreement)


def test_two_single_marks_close_a_double_quotation():
    from newsfuse.briefing.quotes import quote_spans

    text = (
        "Why is Ann Voss in a film like “The Night Ferry’’? She plays a captain who sails at dusk."
        "\n“It was fun to film at sea,” she said."
    )
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "The Night Ferry",
        "It was fun to film at sea,",
    ]


def test_unquoted_first_person_words_are_no_agreed_claim():
    from newsfuse.select import is_speech

    assert is_speech("We are closely watching the flooding on the Orsk road.")
    assert is_speech("I’m proud of every crew that worked through the night.")
    assert not is_speech("Isak Holm, the ferry's captain, said the crossing was calm.")
    assert not is_speech("US officials said the ferry line would reopen by spring.")
    assert not is_speech("I-95 was closed near Orsk for most of Tuesday after the flood.")
    # A dateline with a colon and a name that opens with a first-person word are no speech.
    assert not is_speech("ORSK: The council on Monday closed the coast road after the flood.")
    assert not is_speech("Our Lady of the Harbour Hospital said two drivers were hurt.")
    statement = " We are closely watching the flooding on the Orsk road and will update residents."
    documents = [
        "Floodwater closed the Orsk coast road on Tuesday after two days of heavy rain, police"
        " said." + statement + " Drivers were sent inland through the hill villages of Vass and"
        " Tolle, a detour of forty minutes, while the ferry carried trucks along the coast.",
        "The county's road crews spent Wednesday pumping water off the coast road near Orsk, which"
        " has been shut since Tuesday." + statement + " Police closed the Orsk coast road on"
        " Tuesday after two days of heavy rain flooded it, and shop owners in the harbour say"
        " trade has halved.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert briefing.agreement and not any("We are" in c.text for c in briefing.agreement)


def test_two_outlets_quotes_sharing_words_but_not_speakers_are_two_quotes():
    mother = (
        "A mother in Kell found a dead crow on her driveway this week. ``The marsh fever virus"
        " is so new,'' said Edith Varga, 34. She keeps her children indoors after dark now."
    )
    group = (
        "An environmental group objected on Friday to the spraying of the marshes. ''The chance"
        " of people becoming ill from marsh fever virus is very small,'' the Kell Wildlife Fund"
        " said. The council will spray the marshes again next week."
    )
    documents = [newsfuse.Document(text=t, source=n) for n, t in (("A", mother), ("B", group))]
    quotes = newsfuse.brief(documents, entity_model="rules").quotes
    speakers = {q.text.split(" ")[1]: q.speaker for q in quotes}
    assert speakers == {"marsh": "Edith Varga", "chance": "Kell Wildlife Fund"}
