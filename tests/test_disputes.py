"""Claims against their denials, rebuttals and disputes, on invented stories."""

from __future__ import annotations

import pytest

import newsfuse

FILLER = (
    " The Marlow museum reopened its east wing last spring after a long refit."
    " Visitor numbers at the gallery have doubled since the new director arrived."
)


def _disputes(documents: list[str]) -> list[newsfuse.Conflict]:
    briefing = newsfuse.brief(documents, entity_model="rules")
    return [c for c in briefing.conflicts if c.kind == "denial"]


def _the_dispute(*stories: str) -> newsfuse.Conflict:
    """The one dispute of a cluster of these stories (each with the filler)."""
    (dispute,) = _disputes([story + FILLER for story in stories])
    return dispute


@pytest.fixture(scope="module")
def gallery() -> newsfuse.Briefing:
    """A painter's allegation told first, denied later by the accused's lawyer in a quote."""
    return newsfuse.brief(
        [
            "Painter Ada Voss wrote a column on Monday describing how the curator Leon Pratt"
            " sold three of her canvases without her consent. Voss said it happened in 2019"
            " in Marlow while she was abroad. Thanks to everyone who has written to her."
            " The Marlow Gazette quoted Rita Fenn, one of Pratt's lawyers, as rejecting Voss's"
            " allegation: “Let me be clear, Mr. Pratt firmly denies the allegations.”" + FILLER,
            "The Marlow gallery board will meet on Friday to discuss its sales records."
            " Curator Leon Pratt has run the gallery's sales office since 2015." + FILLER,
        ],
        entity_model="rules",
    )


def test_a_denial_of_the_allegations_is_linked_to_the_claim_told_before(gallery):
    (dispute,) = [c for c in gallery.conflicts if c.kind == "denial"]
    claim, denial = dispute.sides
    # The claim in the claimant's own words, with her next words on it; not "it".
    assert (
        "Ada Voss: the curator Leon Pratt sold three of her canvases without her consent"
        in claim.value
    )
    assert "it happened in 2019 in Marlow" in claim.value
    # The denial in its own words, its speaker named by role and name.
    assert denial.value == "Pratt's lawyer Rita Fenn: “Mr. Pratt firmly denies the allegations”"
    assert claim.sources == [1] and denial.sources == [1]
    assert any("describing how" in w.text for w in claim.wordings)
    assert all("Thanks" not in w.text for w in claim.wordings)


def test_a_claim_and_its_denials_across_outlets_are_one_dispute_in_the_claimants_words():
    port = (
        " Ships in the Black Sea port of Sevra were told to stay in harbour."
        " The port reopened to fishing boats on Tuesday after two days."
    )
    documents = [
        "Russia's defence ministry said a US drone was flying over the Sevra naval base on"
        " Sunday." + port,
        "The Pentagon denied that any US drone was flying near the Sevra base on Sunday." + port,
        "A Russian admiral said a US drone had circled the Sevra base for an hour. The Pentagon"
        " denied it." + port,
    ]
    (dispute,) = _disputes(documents)
    claim, denial = dispute.sides
    assert claim.value == (
        "Russia's defence ministry: a US drone was flying over the Sevra naval base on Sunday"
    )
    # The measure names the disputed matter.
    assert dispute.measure == "whether a US drone was flying over the Sevra naval base on Sunday"
    assert denial.value.endswith(
        "denied that any US drone was flying near the Sevra base on Sunday"
    )
    # "The Pentagon denied it" answers the sentence before it: the same dispute, listed once.
    assert claim.sources == [1, 3] and denial.sources == [2, 3]


@pytest.mark.parametrize(
    "documents",
    [
        # a denial with no claim to answer
        [
            "The Kell ferry company denies the allegations, a spokesman said on Tuesday.",
            "Ferries to Kell ran on time all week, the harbour office said.",
        ],
        # a figure of speech that no one uses for the matter ("not a sprint but a marathon")
        [
            "Rebuilding the pier is not a sprint but a marathon, the harbour master said.",
            "Work on the Brill pier will take three years, the harbour master said.",
        ],
    ],
    ids=["denial-with-no-claim", "figure-of-speech"],
)
def test_no_dispute_without_a_claim_and_its_answer(documents):
    assert _disputes([text + FILLER for text in documents]) == []


def test_a_disputed_idea_cut_off_by_an_aside_gives_no_empty_side():
    documents = [
        "Senator Bob Lee challenged the idea that — as he put it — the harbour plan would fail."
        + FILLER,
        "The harbour plan goes to a vote in Kell on Friday, the council said." + FILLER,
    ]
    for dispute in _disputes(documents):
        assert all(side.value.strip(" .,") for side in dispute.sides), dispute


@pytest.mark.parametrize(
    ("opening", "role", "claimant"),
    [
        ("", "mayor", "the mayor"),
        # A claimant named by role is the one person the story gives that role ...
        ("Mayor Ann Bell opened the Brill flood wall on Monday. ", "mayor", "Ann Bell"),
        # ... or, where several carry it, the one it calls by it as a title.
        (
            "President Ann Bell opened the Brill flood wall on Monday. Ivo Marsh, the president"
            " of the ferry union, was there too. ",
            "president",
            "Ann Bell",
        ),
        # ... or, where several are called so, the one the story is about.
        (
            "President Ann Bell opened the Brill flood wall on Monday. Bell thanked the crews,"
            " and Bell cut the ribbon. Union President Ivo Marsh was there too. ",
            "president",
            "Ann Bell",
        ),
        # A former holder of the title holds no role now, however often the story names him.
        (
            "President Ann Bell opened the Brill flood wall on Monday. Former President Ivo"
            " Marsh watched. Marsh built the first wall, and Marsh wrote a book about it. ",
            "president",
            "Ann Bell",
        ),
    ],
)
def test_a_claim_reported_as_false_is_a_dispute_with_the_outlet(opening, role, claimant):
    documents = [
        opening + f"The {role} spoke for an hour and falsely said that the river wall had passed"
        " every inspection since 2010. Crews began work on the wall on Monday." + FILLER,
        "Crews began repairs to the river wall in Brill on Monday morning." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    assert dispute.measure == "whether the river wall had passed every inspection since 2010"
    assert [s.value for s in dispute.sides] == [
        f"{claimant}: the river wall had passed every inspection since 2010",
        "the outlet reports this as false",
    ]


def test_falsely_in_what_someone_claims_is_their_word_not_the_outlets():
    documents = [
        "Headmaster Ivo Marsh of the Brill school was suspended on Monday. A trial is set for"
        " May in the case of a former pupil who claims Marsh targeted boys and falsely accused"
        " him of being a thief in 2019." + FILLER,
        "The Brill school board will review its rules on exclusions next month." + FILLER,
    ]
    assert not [d for d in _disputes(documents) if "false" in " ".join(s.value for s in d.sides)]
    # "claims" as a noun is no one's claiming: the outlet's "falsely" stands.
    outlet = documents[0].replace(
        "A trial is set for May in the case of a former pupil who claims Marsh targeted boys and"
        " falsely accused him of being a thief in 2019.",
        "Marsh had put claims of unruly pupils at the centre of his speech and falsely said that"
        " thefts had doubled since 2019.",
    )
    assert [d for d in _disputes([outlet, documents[1]]) if d.sides[-1].value.endswith("false")]


def test_a_claim_called_baseless_is_answered_by_whoever_calls_it_so():
    documents = [
        "Councillor Joan Hale said the water board had hidden test results from residents"
        " for two years. The water board called the claim baseless." + FILLER,
        "Residents of Osk will get new test results from the water board next month." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    claim, rebuttal = dispute.sides
    assert claim.value.endswith(
        "Joan Hale: the water board had hidden test results from residents for two years"
    )
    assert rebuttal.value == "the water board: called the claim baseless"


@pytest.mark.parametrize(
    ("story", "claim", "answer"),
    [
        (
            "Mayor Ann Bell said the council's claim that the bridge was safe was simply false.",
            "the council: the bridge was safe",
            "Ann Bell: the council's claim that the bridge was safe was simply false",
        ),
        (
            "Councillor Joan Hale said the water board had hidden test results from residents."
            " “That is simply not true,” the board's chairman Ray Dunn said.",
            "Joan Hale: the water board had hidden test results from residents",
            "Ray Dunn: “That is simply not true”",
        ),
        (
            "The board said it was not true that the reservoir had been closed for a week.",
            "the reservoir had been closed for a week",
            "the board: it was not true",
        ),
    ],
)
def test_a_claim_called_untrue_is_rebutted_in_the_rebutters_words(story, claim, answer):
    documents = [
        story + " Crews closed the Tesk bridge on Monday." + FILLER,
        "Crews closed the Tesk bridge on Monday for repairs." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    assert dispute.measure.startswith("whether the ")
    assert dispute.sides[0].value.endswith(claim)
    assert dispute.sides[1].value == answer


def test_a_contradicted_claim_is_shown_as_its_claimant_words_it():
    documents = [
        "Ferry logs contradicted the operator's claim that the Kell ferry had left on time on"
        " Friday. Crews closed the Tesk bridge on Monday." + FILLER,
        "The operator said the Kell ferry had left on time on Friday morning." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    claim, answer = dispute.sides
    assert claim.value == "the operator: the Kell ferry had left on time on Friday"
    assert (
        claim.sources == [1, 2] and answer.value == "Ferry logs: contradicted the operator's claim"
    )


def test_a_questioned_claim_is_disputed_and_stated_by_the_other_outlets():
    documents = [
        "Union leader Tom Reyes questioned exactly who claimed the dock strike had cost the"
        " port ten million pounds. Dockers walked out at Port Alder on Monday." + FILLER,
        "The port authority said the dock strike had cost the port ten million pounds in"
        " lost trade. Dockers walked out at Port Alder on Monday." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    claim, answer = dispute.sides
    assert dispute.measure == (
        "whether the dock strike had cost the port ten million pounds in lost trade"
    )
    # In the words of the one who claims it; the question only words it.
    assert claim.value == (
        "the port authority: the dock strike had cost the port ten million pounds in lost trade"
    )
    assert claim.sources == [2]
    assert answer.value.startswith("Tom Reyes: questioned exactly who claimed")
    assert answer.sources == [1]


def test_says_who_disputes_what_the_other_speaker_said_just_before_once_per_exchange():
    documents = [
        "The mayor was asked about the Brill budget on the radio on Monday.\n"
        'Host Lena Ross: "The city is short of money for the new tram line."\n'
        'Mayor Ann Bell: "Says who?"\n'
        'Lena Ross: "The auditor. His report came out today."\n'
        'Mayor Ann Bell: "Okay. Which report?"\n' + FILLER,
        "The Brill auditor said the city was short of money for the new tram line." + FILLER,
        # A "Says who?" nobody is named for (a joke, a caption) answers no one.
        '"The tram will never run on time." "Says who?" Brill trams ran on time all week.' + FILLER,
    ]
    (dispute,) = _disputes(documents)
    claim, answer = dispute.sides
    assert claim.value == "Lena Ross: “The city is short of money for the new tram line”"
    assert answer.value == "Ann Bell: “Says who?”"
    assert [w.text for w in answer.wordings] == [
        'Mayor Ann Bell: "Says who?"',
        'Mayor Ann Bell: "Okay. Which report?"',
    ]
    assert claim.sources == [1]


def test_a_rejected_word_is_disputed_against_those_who_use_it_and_listed_once():
    documents = [
        "The board's decision was widely seen as a major shake-up of the ferry service."
        " Ferries to Kell will keep their timetable." + FILLER,
        "Director Ines Moll insisted that the “refresh” was not, in fact, “a shake-up.”"
        " Moll balked at the idea that the decision was any kind of shake-up and left the"
        " room." + FILLER,
        "Asked about it, a reporter told Moll: “You say it's not a shake-up, but you lost two"
        " managers.” Ferries to Kell will keep their timetable." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    claim, answer = dispute.sides
    assert dispute.measure == "whether it was a shake-up or a refresh"
    assert claim.value == (
        "The board's decision was widely seen as a major shake-up of the ferry service"
    )
    assert answer.value == "Ines Moll: not “shake-up” but “refresh”"
    assert claim.sources == [1] and answer.sources == [2]


@pytest.mark.parametrize(
    ("seen_as", "instead", "rejected", "measure"),
    [
        ("an overhaul", "update", "an overhaul", "whether it was an overhaul or an update"),
        (
            "a U-turn",
            "change of course",
            "a U-turn",
            "whether it was a U-turn or a change of course",
        ),
    ],
)
def test_a_rejected_word_takes_the_article_it_sounds_like(seen_as, instead, rejected, measure):
    documents = [
        f"The council's plan was widely seen as {seen_as} of the Kell ferry service."
        " Ferries to Kell will keep their timetable." + FILLER,
        f"Director Ines Moll insisted that the “{instead}” was not, in fact, “{rejected}.”"
        " Ferries to Kell keep their winter timetable until April." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    assert dispute.measure == measure


def test_the_summary_never_states_a_denied_claim_as_settled():
    documents = [
        "The Kell ferry service went through a major shake-up on Monday as the board replaced"
        " two managers. Ferries to Kell will keep their winter timetable, the operator said."
        + FILLER,
        "Director Ines Moll insisted that the “refresh” was not, in fact, “a shake-up.”"
        " Ferries to Kell keep their winter timetable until April." + FILLER,
        "The board replaced two managers of the Kell ferry service on Monday in a shake-up."
        " Ticket prices for Kell ferries stay the same until April." + FILLER,
    ]
    briefing = newsfuse.brief(documents, entity_model="rules", words=120)
    assert [c.measure for c in briefing.conflicts] == ["whether it was a shake-up or a refresh"]
    texts = [s.text for s in briefing.summary.sentences]
    # The summary may say who disputes the word, never call it a shake-up as a fact.
    assert texts and not [t for t in texts if "shake-up" in t and "insisted" not in t], texts


def test_a_questioned_claim_names_its_claimant_once_the_exchange_shows_who_said_it():
    dispute = _the_dispute(
        "Radio listeners heard a tense exchange on Monday. The row began when Mayor Ann Bell"
        " questioned exactly who claimed the Brill tram line is over budget.\n"
        'Host Lena Ross: "You say the works are on track, but the tram line is over budget."\n'
        'Ann Bell: "Says who? Says who?"\n'
        'Lena Ross: "The auditor. His report came out today."\n',
        "The Brill tram line opens in May, the city said on Monday.",
    )
    claim, answer = dispute.sides
    # The matter from the clearest statement of it; each side who says what, in their words.
    assert dispute.measure == "whether the Brill tram line is over budget"
    assert claim.value == "Lena Ross: “the tram line is over budget”"
    assert answer.value == "Ann Bell: “Says who? Says who?”"
    # The sentence that only tells of the exchange is not evidence of the claim.
    assert all("questioned" not in w.text for w in claim.wordings)
    assert any("questioned" in w.text for w in answer.wordings)


def test_a_denial_of_allegations_names_who_made_them_public_just_before():
    dispute = _the_dispute(
        "Senator Ray Dunn spoke in Kell on Monday. The mayor has vowed to unseat Dunn, whose"
        " office publicly released details about alleged fraud that ended the port chief's"
        " career. Port chief Nina Holt denied allegations of fraud and that she hid the"
        " accounts, but resigned in March.",
        "Kell port reopened its east dock on Monday after a refit.",
    )
    claim, denial = dispute.sides
    assert dispute.measure == "the allegations of fraud and that she hid the accounts"
    assert claim.value == "Ray Dunn's office: released details about alleged fraud"
    assert denial.value == "Nina Holt: denied allegations of fraud and that she hid the accounts"
    assert [w.text[:25] for w in claim.wordings] == ["The mayor has vowed to un"]


@pytest.mark.parametrize(
    ("answer", "denies"),
    [
        ("Kelso Lines was quick to deny the claim.", True),
        ("Captain Ivo Marsh or his lawyer denied the claim.", True),
        ("Kelso Lines declined to deny the claim.", False),
        ("Kelso Lines would neither confirm or deny the claim.", False),
        ("Kelso Lines was asked to confirm or deny the claim.", False),
        ("Kelso Lines has yet to deny the claim.", False),
        ("Lawyers for Kelso Lines are expected to deny the claim.", False),
        ("Captain Ivo Marsh wouldn't deny the claim.", False),
        ("Captain Ivo Marsh flatly denied the claim.", True),
    ],
)
def test_a_quick_denial_or_one_by_either_of_two_is_a_denial(answer, denies):
    documents = [
        "A port official said a tanker of Kelso Lines run by Captain Ivo Marsh leaked oil into"
        " Lake Varn on Sunday. " + answer + FILLER,
        "The tanker Morrow Star docked at Varn harbour on Monday morning." + FILLER,
    ]
    disputes = _disputes(documents)
    assert bool(disputes) is denies
    if denies:  # who answers, and how, in the article's words
        assert disputes[0].sides[1].value in {
            "Kelso Lines: was quick to deny the claim",
            "Ivo Marsh or his lawyer: denied the claim",
            "Ivo Marsh: flatly denied the claim",
        }


def test_a_claim_reported_as_false_shows_the_claimants_own_words_close_by():
    dispute = _the_dispute(
        "Mayor Ann Bell opened the Brill flood wall on Monday. The mayor spoke for an hour and"
        " falsely said that the river wall had passed every inspection since 2010."
        " “Every inspection, every single one, found it sound,” Bell said."
        " “Nobody told the mayor about the cracks,” a council engineer said.",
        "Crews began repairs to the river wall in Brill on Monday morning.",
    )
    claim, rebuttal = dispute.sides
    assert [w.text[:20] for w in claim.wordings] == ["The mayor spoke for ", "“Every inspection, e"]
    assert [w.text[:20] for w in rebuttal.wordings] == ["The mayor spoke for "]


@pytest.mark.parametrize("when", ["on Monday", "in a statement", "Tuesday", ""])
def test_a_claim_said_on_a_day_or_in_a_statement_is_shown_without_it(when):
    said = f"said {when} that" if when else "said"
    ferry = (
        " The ferry line has run the Kessa route since 1998 and carries about 400 passengers a"
        " day in summer."
    )
    documents = [
        f"Port official Ivo Marsh {said} the ferry company ignored three safety warnings"
        " before the crash." + ferry,
        "The ferry company denied that it ignored three safety warnings before the crash." + ferry,
    ]
    (dispute,) = _disputes(documents)
    assert (
        dispute.measure
        == "whether the ferry company ignored three safety warnings before the crash"
    )
    assert dispute.sides[0].value.startswith("Ivo Marsh: the ferry company ignored")


def test_the_mayor_denying_what_the_mayor_said_is_no_dispute():
    documents = [
        "Mayor Ann Bell opened the Brill flood wall on Monday. Ann Bell said the river wall had"
        " passed every inspection since 2010. The mayor later denied it." + FILLER,
        "Crews began repairs to the river wall in Brill on Monday morning." + FILLER,
    ]
    assert _disputes(documents) == []


def test_a_time_before_whoever_denies_is_not_part_of_their_name():
    documents = [
        "Mayor Ann Bell opened the Brill flood wall on Monday. Ivo Marsh said the river wall had"
        " passed every inspection since 2010. On Tuesday the mayor denied it." + FILLER,
        "Crews began repairs to the river wall in Brill on Monday morning." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    assert [s.value for s in dispute.sides] == [
        "Ivo Marsh: the river wall had passed every inspection since 2010",
        "Ann Bell: denied it",
    ]


def test_a_denial_of_newspaper_reports_names_who_denies_without_how_or_when():
    dispute = _the_dispute(
        "The Marlow council spokesman on Tuesday formally denied newspaper reports that the"
        " council is secretly planning to sell the museum's east wing.",
        "The Marlow council met on Tuesday to discuss the museum's east wing and its budget.",
    )
    assert [s.value for s in dispute.sides] == [
        "the council is secretly planning to sell the museum's east wing",
        "the Marlow council spokesman: denied newspaper reports",
    ]


def test_a_name_ending_in_day_is_whole_when_its_bearer_denies():
    dispute = _the_dispute(
        "Gallery spokesman Ian Halliday denied claims that the museum's letters had been sold.",
        "The museum's letters were sold at auction in Marlow last week, the museum said.",
    )
    assert dispute.sides[-1].value.startswith("Ian Halliday")  # not "Ian"


def test_a_denial_heading_states_the_claim_once():
    from newsfuse.briefing import Conflict, ConflictSide

    claim = "the depot sold spoiled grain"
    named = Conflict(
        "denial",
        f"whether {claim}",
        [
            ConflictSide(f"Ilse Marr: {claim}; it began in May", []),
            ConflictSide("Depot: denied it", []),
        ],
    )
    unnamed = Conflict("denial", f"whether {claim}", [ConflictSide(claim, [])])
    assert named.description == (
        f"whether {claim}: Ilse Marr says so; it began in May vs Depot: denied it"
    )
    assert unnamed.description == f"whether {claim}: reported"
    assert named.sides[0].value.endswith("it began in May")  # the side keeps its words


def test_a_harm_someone_is_held_responsible_for_and_their_denial_are_a_blame_dispute():
    documents = [
        "Investigators believe the Ostran Front was behind the bombing of the Resk rail depot,"
        " which killed two guards. The border town has been tense since the spring elections,"
        " and the regional governor asked for calm on Sunday evening.",
        "The Ostran Front denied any involvement in the depot bombing and blamed the army for"
        " the attack. Its leaders spoke to reporters from a farm outside the town, where dozens"
        " of supporters had gathered with flags.",
        "Rail services through Resk were suspended after the depot bombing. Buses now carry"
        " passengers to the coast while engineers inspect the tracks, a job the rail company"
        " expects to finish within a week.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    (blame,) = [c for c in briefing.conflicts if c.kind == "attribution"]
    assert blame.sides[0].sources == [1] and blame.sides[1].sources == [2]
    assert "Ostran Front" in blame.sides[0].value and "denies" in blame.sides[1].value
    # Responsible for a good thing is no blame.
    praised = [
        d.replace("was behind the bombing of", "was responsible for the rebuilding of")
        for d in documents
    ]
    assert not [
        c
        for c in newsfuse.brief(praised, entity_model="rules").conflicts
        if c.kind == "attribution"
    ]


def test_held_responsible_needs_its_subject_and_no_denial_before_it():
    said = "Police chief Ann Reyes said the gunman was behind the shooting at the Halden market."
    denied = "The Bexley Corporation denied that it was responsible for the fire at its depot."
    filler = (
        " Shops near the market stayed shut on Tuesday while officers searched the square and"
        " the stalls around it for a second weapon."
    )
    documents = [
        said + filler,
        "Police chief Ann Reyes denied that her officers had fired first at the market." + filler,
        denied + " The company's shares fell sharply in early trading on Tuesday morning, and"
        " its chairman cancelled a visit to the depot planned for the weekend.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert [c for c in briefing.conflicts if c.kind == "attribution"] == []


def test_a_date_followed_by_and_is_no_window():
    documents = [
        "A bomb exploded in the Halden market on July 4 and Mayor Ilse Brandt visited the"
        " wounded. Traders in Halden said the market would reopen once the square was cleared"
        " and the stalls rebuilt by the council.",
        "A bomb exploded in the Halden market on July 6, police said. Shopkeepers in Halden said"
        " the market would reopen once the square was cleared and the stalls rebuilt by the town.",
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    dates = [c for c in briefing.conflicts if c.kind == "date"]
    assert [[s.value for s in c.sides] for c in dates] == [["July 4", "July 6"]]


def test_says_so_replaces_only_a_whole_claim():
    from newsfuse.briefing import Conflict, ConflictSide

    sides = [
        ConflictSide("Ann Voss: the mayor knew", []),
        ConflictSide("Ben Ode: the mayor knew nothing", []),
    ]
    description = Conflict("denial", "whether the mayor knew", sides).description
    assert (
        description == "whether the mayor knew: Ann Voss says so vs Ben Ode: the mayor knew nothing"
    )


def test_a_measure_that_opens_with_a_common_plural_takes_no_capital():
    documents = [
        "Critics have accused the Brill mayor of hiding the flood report, something the council"
        " has denied." + FILLER,
        "The Brill council will publish the flood report next month, a spokesman said." + FILLER,
    ]
    (dispute,) = _disputes(documents)
    assert dispute.measure.startswith("whether critics have accused the Brill mayor")


def test_allegations_called_unproven_in_scare_quotes_answer_the_suit():
    dispute = _the_dispute(
        "The parents of a girl who died after a dental visit have sued the dentist, Dr. Lena"
        " Voss, in Kell. The lawsuit says Voss was negligent because nobody watched the girl"
        " while she was sedated. Voss's attorney, John Ruddy, has called the allegations"
        ' "unproven" but declined to comment further.',
    )
    answer = dispute.sides[-1].value
    assert answer.startswith("Voss's attorney") and answer.endswith('"unproven"')
    assert "negligent" in dispute.sides[0].value or "negligent" in dispute.description
