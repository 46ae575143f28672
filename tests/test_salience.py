"""Salience: which entities a briefing lists, from where and how the story names them
(invented stories)."""

from __future__ import annotations

import pytest

import newsfuse
from newsfuse.briefing.entities import find_mentions, merge_mentions
from newsfuse.briefing.salience import MIN_SALIENCE, PLACE_WEIGHT, entity_salience

STRIKE = (
    "Ferry crews in Port Alder went back to work on Wednesday after a two-day strike over pay,"
    " the Velmar Seafarers Union said. The union's leader, Ana Kovac, said the crews had won a"
    " five percent rise, and Northway Ferries said the first boats sailed at six. The ferries"
    " carry about four thousand people a day between the two harbours, and traders in the old"
    " market said they had lost a third of their sales while the boats were tied up. The company"
    " said the strike had cost it about two hundred thousand dollars in lost fares. During the"
    " strike some travellers drove the long way round through the hills in Dunmore to reach the"
    ' other harbour. "We will never sail to Kestova again," one skipper said.'
)


def _span(text: str) -> tuple[int, int]:
    start = STRIKE.index(text)
    return start, start + len(text)


def _salience(summary=(), quoted=()) -> dict[str, float]:
    """Salience in STRIKE with the given spans chosen for the summary and quoted."""
    documents = [newsfuse.Document(text=STRIKE, source="Coast Herald")]
    mentions, _engine = find_mentions(documents, "rules")
    index = merge_mentions(mentions, [1])
    return entity_salience(index, mentions, documents, [list(quoted)], set(), [list(summary)])


def test_a_name_the_summary_prints_is_listed():
    # Dunmore is named once, late in the story: a place of a detail, no entity of its own,
    # unless the summary chose a sentence that names it, where the reader meets it.
    plain = _salience()
    assert 0 < plain["Dunmore"] < MIN_SALIENCE, plain
    told = _salience([_span("During the strike some travellers drove the long way round")])
    assert told["Dunmore"] == plain["Dunmore"]  # a sentence that does not name it
    told = _salience(
        [
            _span(
                "During the strike some travellers drove the long way round"
                " through the hills in Dunmore"
            )
        ]
    )
    assert told["Dunmore"] >= MIN_SALIENCE, told
    assert told["Port Alder"] == plain["Port Alder"]  # names outside the summary keep theirs


def test_a_name_inside_a_quotation_of_the_summary_gains_nothing():
    quoted = [_span('"We will never sail to Kestova again,"')]
    summary = [_span('"We will never sail to Kestova again," one skipper said.')]
    assert _salience(summary, quoted)["Kestova"] == _salience((), quoted)["Kestova"]
    assert _salience(summary, quoted)["Kestova"] < MIN_SALIENCE


CAMPS = (
    "Camps stay up in two cities\n\n"
    "Kellwatch Kestova protesters stayed in their camp outside the town hall in Kestova on"
    " Sunday, and Kellwatch Kestova said it would not leave. Police said the Kellwatchers could"
    " stay until the council met. Kellwatch leaders met Mayor Ana Kovac, who said she would meet"
    " Kellwatch Kestova on Monday.\n\n"
    "In Port Alder, Kellwatch Port Alder marched to the harbour, where the Kellwatch site has"
    " stood since May. Kellwatch Port Alder said two hundred people took part. Police in Port"
    " Alder made no arrests, said Chief Inspector Tomas Brandt.\n\n"
    "Both camps are part of the national Save Granby Pier movement, which began in the capital"
    " in the spring. Kellwatch protesters in other towns have left their camps, and Kellwatch"
    " organisers said the Kellwatch tents would come down by winter."
)


def test_a_word_several_names_share_is_no_entity_and_a_movement_is_an_organisation():
    briefing = newsfuse.brief([CAMPS], entity_model="spacy")
    listed = {e.name: e.kind for e in briefing.entities}
    # "Kellwatch" alone is only ever written before a noun and opens two names of the story:
    # which camp it means the reader cannot tell. "Kellwatchers" are its people, no entity.
    assert "Kellwatch Kestova" in listed and "Kellwatch" not in listed, listed
    assert "Kellwatchers" not in listed, listed
    # "the national Save Granby Pier movement" names the movement, no pier.
    assert listed.get("Save Granby Pier") == "organisation", listed


def test_a_known_country_before_nouns_stays_listed():
    text = (
        "Navy ships leave the gulf\n\n"
        "US officials said on Monday that two US Navy ships had left the gulf after the talks."
        " US Army units stayed at the base, and US Navy officers said the ships would return in"
        " May. US forces have been in the gulf since 2019, and US Army trucks carried supplies"
        " to Port Alder."
    )
    listed = {e.name for e in newsfuse.brief([text], entity_model="spacy").entities}
    assert {"United States", "US Navy", "US Army"} <= listed, listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Voss campaign" is her campaign: she stays a person.
        (
            "Voss leads Kell race\n\nSenator Ann Voss leads the race for mayor of Kell. Voss has"
            " led every poll since May, and a spokesman for the Voss campaign said on Monday that"
            " she would debate Tom Reed twice.",
            {"Ann Voss": "person"},
        ),
        # A known company that opens the names of its products is the company, listed.
        (
            "Outage hits users\n\nGoogle Maps and Google Cloud went down for three hours on"
            " Monday. Google engineers worked through the night. Google executives apologised"
            " on Tuesday. Google shares fell two percent in New York.",
            {"Google": "organisation"},
        ),
    ],
)
def test_a_surnames_campaign_and_a_companys_products_keep_what_they_name(text, expected):
    kinds = {e.name: e.kind for e in newsfuse.brief([text], entity_model="rules").entities}
    assert expected.items() <= kinds.items(), kinds


def test_a_two_letter_broadcaster_keeps_its_word():
    text = (
        "Quake hits Kell\n\nA strong quake hit the town of Kell in New Zealand on Monday. The"
        " mayor told Radio NZ that crews were checking every bridge. Radio NZ reported that"
        " forty homes were damaged in Kell."
    )
    briefing = newsfuse.brief([text], entity_model="rules")
    kinds = {e.name: e.kind for e in briefing.entities + briefing.other_entities}
    assert kinds.get("Radio NZ") == "organisation" and kinds.get("New Zealand") == "place", kinds


INTERVIEW = (
    "Harbour master to quit\n\n"
    "Harbour master Tomas Brandt has told the Velmar Courier that he will step down in May after"
    " twenty years at the port of Kell.\n"
    "Brandt took over the harbour after the storm of 2004, when half the quay was lost, and he"
    " rebuilt it with money from the council and the ferry companies. Traders on the quay say he"
    " kept the fish market open through two winters of repairs, and the council gave him its"
    " medal in 2015. The port now handles twice the boats it did when he arrived.\n"
    'On Friday, Brandt told the Velmar Courier: "I have done what I came to do."\n'
)


def test_the_outlet_an_articles_lead_says_was_told_is_listed():
    # The interview is the news: the outlet the lead says was told counts as a name of the
    # story, though the article names it as the one told twice (as its own outlet would be).
    listed = {e.name for e in newsfuse.brief([INTERVIEW], entity_model="rules").entities}
    assert "Velmar Courier" in listed, listed


SHOW = (
    "Kovac talks harbour plans on the radio\n\n"
    'Mayor Ana Kovac spoke about the harbour on the Kell Radio show "Kestrel Nights" on Monday.'
    ' She said "everyone who listens to Kestrel Nights knows the plan" and the council would'
    " vote in May."
)


def test_a_title_in_quotation_marks_counts_as_the_narratives_name():
    documents = [newsfuse.Document(text=SHOW, source="Coast Herald")]
    mentions, _engine = find_mentions(documents, "rules")
    index = merge_mentions(mentions, [1])

    def span(text):
        start = SHOW.index(text)
        return start, start + len(text)

    title = span("Kestrel Nights")
    words = span("everyone who listens to Kestrel Nights knows the plan")
    as_title = entity_salience(index, mentions, documents, [[title]], set(), [[]])
    as_words = entity_salience(index, mentions, documents, [[words]], set(), [[]])
    unquoted = entity_salience(index, mentions, documents, [[]], set(), [[]])
    # Marks that hold only the name are a title's: it counts as if unquoted. Inside someone's
    # words it counts less.
    assert as_title["Kestrel Nights"] == unquoted["Kestrel Nights"], (as_title, unquoted)
    assert as_words["Kestrel Nights"] < unquoted["Kestrel Nights"], (as_words, unquoted)


SHRINE_WIRE = (
    "Relic on show\n\n"
    "Kept in the old chapel in Kell, Velmar, the relic drew a million pilgrims in 2019. The"
    " chapel opens at nine every morning, and the queue reaches the harbour by noon."
)
SHRINE_POST = (
    "Pilgrims queue in Kell\n\n"
    "The relic, held in Kell, Velmar, since 1740, is shown once a decade. Restorers said the"
    " cloth was older than the chapel itself, and the queue of pilgrims reached the harbour"
    " before noon on the first day. The chapel opens at nine every morning and closes at six,"
    " and the town has asked pilgrims to come by ferry, as the road from the north is narrow"
    " and the car parks by the harbour were full by ten. Hotels in the town are booked for the"
    " whole month. It is the oldest cloth of its kind in Velmar, restorers said."
)


def _rules_salience(texts: list[str]) -> dict[str, float]:
    """Salience of the rules' entities of ``texts``, with no quotes, speakers or summary."""
    documents = [newsfuse.Document(text=t) for t in texts]
    mentions, _engine = find_mentions(documents, "rules")
    index = merge_mentions(mentions, list(range(1, len(texts) + 1)))
    nothing = [[] for _ in texts]
    return entity_salience(index, mentions, documents, nothing, set(), nothing)


def test_the_country_several_outlets_place_the_story_in_is_listed():
    # Both outlets place the town in Velmar: the setting's country, listed.
    assert _rules_salience([SHRINE_WIRE, SHRINE_POST])["Velmar"] >= MIN_SALIENCE
    # One outlet does: Velmar places a town there and is named once more, in passing.
    plain_wire = SHRINE_WIRE.replace("Kell, Velmar,", "Kell,")
    assert _rules_salience([plain_wire, SHRINE_POST])["Velmar"] < MIN_SALIENCE


def test_a_body_named_for_its_election_counts_little():
    text = (
        "Kovac leads in Velmar\n\n"
        "Ana Kovac leads the polls a month before the vote, and her rivals say the Velmar Senate"
        " race is hers to lose. Kovac spoke in Port Alder on Monday."
    )
    # "the Velmar Senate race" names an election, not the chamber.
    assert _rules_salience([text])["Velmar Senate"] < MIN_SALIENCE


def test_a_town_named_only_in_one_dateline_is_not_listed():
    wire = (
        "Frogs halt dam plan\n\nORRIN BAY, Velmar (Meridian Wire) -- A judge halted a dam on the"
        " Tarrow River on Monday to save a rare frog, and the builder Kessel Works said it would"
        " appeal. The frog lives only in the Tarrow valley, biologist Ann Vell said."
    )
    paper = (
        "Judge sides with frog\n\nThe Kessel Works dam on the Tarrow River is on hold after a"
        " judge ruled for a rare frog. Ann Vell, who has studied the frog for a decade, said the"
        " ruling saves it."
    )
    place_bar = MIN_SALIENCE * PLACE_WEIGHT
    salience = _rules_salience([wire, paper])
    # where one article was filed says little of what the story is about
    assert salience["Orrin Bay"] < place_bar and salience["Velmar"] < place_bar
    assert salience["Tarrow River"] >= place_bar
    # filed from there by two outlets, the town is the story's setting
    both = paper.replace("The Kessel Works", "ORRIN BAY, Velmar (Coast Herald) -- The Kessel Works")
    assert _rules_salience([wire, both])["Orrin Bay"] >= place_bar
