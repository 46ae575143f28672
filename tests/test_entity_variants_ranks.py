"""Entity names and kinds: titles and ranks, word orders, variants, the words around a name, and
names that only look like one of those. Invented stories."""

from __future__ import annotations

import re

import pytest

import newsfuse
from newsfuse.briefing.entities import Mention, clean_mentions, merge_mentions
from test_entity_cues import _all, _brief


def _kinds(text: str, engine: str = "auto") -> dict[str, str]:
    """Every entity the briefing of one invented article names, listed or not, with its kind."""
    return {name: entity.kind for name, entity in _all(_brief(text, engine=engine)).items()}


STORY = (
    "Detective Constable Tim Bird, the leader of the rescue team, found the walker on Sunday"
    " below the ridge of Kell Fell, an inquest at Tarnby heard on Tuesday.\n"
    "DC Bird told the hearing: “The weather changed in minutes and the path was simply gone.”\n"
    "Det Con Tim Bird said the team had searched the north face for six hours in the rain.\n"
    "The walker, a lecturer at the University of Tarnby, had climbed the fell many times. Tarnby"
    " University said in a statement that its staff were shocked by the news.\n"
    "Schools Superintendent Ann Voss said the town's pupils would hold a minute's silence."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_ranks_and_word_orders_give_one_entity_each(engine):
    briefing = newsfuse.brief(
        [newsfuse.Document(text=STORY, source="Tarnby Post")], entity_model=engine
    )
    names = {e.name: e for e in briefing.entities}
    assert "Tim Bird" in names
    assert not any(n in names for n in ("DC Bird", "Det", "Constable Tim Bird", "Det Con Tim Bird"))
    # Two word orders of a university stay apart: Washington University is not the University of
    # Washington.
    assert all(names[n].kind == "organisation" for n in names if "University" in n)
    assert "Ann Voss" in names
    assert (
        next(q.speaker for q in briefing.quotes if q.text.startswith("The weather")) == "Tim Bird"
    )


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_laws_and_taxes_are_things_not_bodies(engine):
    text = (
        "The Sweetened Beverage Tax took effect in Tarnby on Monday, and shoppers found soda"
        " prices nearly doubled at the harbour shops.\n"
        "Ann Bell of the Tax Foundation said the Sweetened Beverage Tax would raise little money,"
        " and Actor Jude Law, who owns a house in Tarnby, called the Sweetened Beverage Tax fair."
    )
    kinds = _kinds(text, engine)
    assert kinds["Sweetened Beverage Tax"] == "other"
    assert kinds["Tax Foundation"] == "organisation"
    assert kinds["Jude Law"] == "person"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_mountain_named_by_its_summit_and_peak_is_a_place(engine):
    text = (
        "Jane Wilson and her husband, from Tarnby, decided not to climb to the summit of Kellfan"
        " as dusk fell on Sunday.\n"
        "She fell from Kellfan's west face, and the rescue team reached the foot of Kellfan two"
        " hours later. Walkers often underestimate the Kellfan peak, the team leader said."
    )
    assert _kinds(text, engine)["Kellfan"] == "place"


def test_plural_people_opening_a_sentence_are_no_entity():
    # spaCy sometimes reads a sentence-opening "Detectives" as a body; no such name exists.
    text = "Detectives in Tarnby are looking for a woman who stole forty phones on Monday."
    documents = [newsfuse.Document(text=text, source="Tarnby Post")]
    found = [
        Mention(0, 0, 11, "Detectives", "organisation"),
        Mention(0, 15, 21, "Tarnby", "place"),
    ]
    assert [m.text for m in clean_mentions(found, documents)] == ["Tarnby"]


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_town_a_body_is_in_is_a_place_though_it_opens_with_a_first_name(engine):
    text = (
        "Colon cancer rates are rising among younger adults, a new analysis shows.\n"
        "“This study is a wake-up call to the medical community,” said senior study author Dr."
        " Ivo Marsh of the University of Tarnby in Ann Arbor. Ann Bell of the Kell Cancer Center"
        " in Linda Vista said the data were clear."
    )
    kinds = _kinds(text, engine)
    assert kinds["Ann Arbor"] == "place"
    assert kinds["Linda Vista"] == "place"
    assert kinds["University of Tarnby"] == "organisation"
    assert kinds["Ann Bell"] == "person"


def test_a_shouted_sentence_is_no_name():
    text = 'The bulletin said: "WATER SHORTAGES WILL MAKE LIFE HARD IN TARNBY." Ann Bell wrote it.'
    documents = [newsfuse.Document(text=text, source="Tarnby Post")]
    start = text.index("WATER")
    found = [
        Mention(0, start, start + 47, "WATER SHORTAGES WILL MAKE LIFE HARD IN TARNBY", "other"),
        Mention(0, text.index("Ann"), text.index("Ann") + 8, "Ann Bell", "person"),
    ]
    assert [m.text for m in clean_mentions(found, documents)] == ["Ann Bell"]


def test_a_surname_read_alone_as_a_body_stays_the_persons():
    # The small model reads a rare surname alone as an organisation again and again; once the
    # full name of a person ("Vel Marsh, daughter of ...") claims it, the entity is a person.
    text = "Vel Marsh, daughter of Lois Hill, said so. Marsh said. Marsh said. Marsh said."
    mentions = [Mention(0, 0, 9, "Vel Marsh", "person")] + [
        Mention(0, k, k + 5, "Marsh", "organisation")
        for k in (m.start() for m in re.finditer(r"Marsh said", text))
    ]
    index = merge_mentions(mentions, [1])
    assert [(e.name, e.kind) for e in index.entities] == [("Vel Marsh", "person")]


def test_a_given_name_the_lists_do_not_know_joins_the_one_person_it_opens():
    text = "Telvan Kwame Osei, 12, died. Telvan loved football. Telvan was kind. Ivo Marsh spoke."
    mentions = [
        Mention(0, 0, 17, "Telvan Kwame Osei", "person"),
        *(
            Mention(0, m.start(), m.end(), "Telvan", "person")
            for m in re.finditer(r"Telvan(?! Kwame)", text)
        ),
        Mention(0, text.index("Ivo"), text.index("Ivo") + 9, "Ivo Marsh", "person"),
    ]
    names = {e.name: sum(e.mentions.values()) for e in merge_mentions(mentions, [1]).entities}
    assert names == {"Telvan Kwame Osei": 3, "Ivo Marsh": 1}


def test_a_states_wire_abbreviation_is_the_state():
    text = (
        "A ferry sank near Harbourton, Fla., on Monday, and the coast guard of Florida said all"
        " forty passengers were rescued.\nThe ferry had crossed the bay twice a day for thirty"
        " years, and its captain said the engine failed as a storm reached the harbour mouth."
    )
    names = _kinds(text)
    assert "Fla" not in names
    assert "Florida" in names


def test_a_peoples_adjective_no_spelling_rule_finds_is_no_entity():
    text = (
        "The British government said on Monday that the Tarnby ferry would sail again. The French"
        " and the British have argued over the crossing for years.\nAnn Bell, a British sailor,"
        " said the crossing was safe, and the Welsh coast guard searched the bay all night."
    )
    names = set(_kinds(text))
    assert not names & {"British", "French", "Welsh"}
    assert "Ann Bell" in names


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_department_and_a_ministry_in_either_word_order_are_one(engine):
    text = (
        "The Justice Department opened an inquiry into the Tarnby harbour police on Monday.\n"
        "A spokesman for the Department of Justice said the inquiry would take a year, and the"
        " Defence Ministry said the Ministry of Defence would help the inquiry."
    )
    names = list(_kinds(text, engine))
    assert sum("Justice" in n for n in names) == 1
    assert sum("Defence" in n for n in names) == 1


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_names_that_look_like_ranks_teams_or_state_abbreviations_stay(engine):
    text = (
        "Thousands marched in DC on Saturday, and DC Comics announced a new film the same day."
        " Con Edison said power would return by Sunday.\n"
        "The Sacramento Kings beat the Dallas Stars' neighbours on Friday. The Kings led all night."
        " Actress Didi Conn said the Kings were her team, and Conn waved a flag."
    )
    names = set(_kinds(text, engine))
    assert {"DC Comics", "Con Edison", "Didi Conn"} <= names
    assert not names & {"Comics", "Edison", "Connecticut"}


SMOKING_BAN = (
    "The Orrin health ministry banned smoking in bars on Monday, a rule the Tarnby Restaurant"
    " and Tavern Association opposed.\n"
    "“The ban will empty our dining rooms by spring,” said Helen Marsh, director of the Tarnby"
    " Restaurant and Tavern Association.\n"
    "Graphic warnings would be the first anywhere, according to Cynthia Callard of Physicians"
    " for a Smoke-Free Orrin.\n"
    "“It will put a damper on every town council,” Ruth Calder, director of the Orrin Clean"
    " Air League, told The Times of Tarnby for Monday's editions.\n"
    "Col. Moammar Gaddafi spoke on state television about the ban. Gadhafi said the rebels"
    " smoked too much."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_names_around_a_body_come_whole_and_alone(engine):
    kinds = _kinds(SMOKING_BAN, engine)
    # a body of two trades joined by "and" is one name
    assert kinds.get("Tarnby Restaurant and Tavern Association") == "organisation"
    assert not {"Tarnby Restaurant", "Tavern Association"} & set(kinds)
    # the person, not "Cynthia Callard of Physicians" as one body
    assert kinds.get("Cynthia Callard") == "person"
    assert not any(name.startswith("Cynthia Callard of") for name in kinds)
    # a league is a body; an outlet's name ends before the day of its edition
    assert kinds.get("Orrin Clean Air League") == "organisation"
    assert kinds.get("Times of Tarnby") == "organisation"
    assert not any(name.endswith("Monday") for name in kinds)
    # a surname spelt one letter apart joins the person, whatever kind the finder guessed
    assert "Gadhafi" not in kinds and kinds.get("Moammar Gaddafi") == "person"


BOOKSELLERS = (
    "Independent booksellers in Tarnby have fought Barnes & Noble, Borders and Amazon for two"
    " decades.\n"
    "Barnes and Noble said its stores would sell the new Kell novel at a discount, and"
    " Amazon.com said it had taken 300,000 orders for it.\n"
    "Amazon said its warehouses were ready. Barnes and Noble opened its stores early.\n"
    "Paramedics contacted Topanga Division officers, according to police. Guards near the"
    " headquarters of the 32nd Brigade opened fire. Ivo Marsh served with the 82nd Airborne"
    " Division.\n"
    "Ann Lee will play Paul Getty in the film, the studio said."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_firm_written_two_ways_and_units_by_number_are_one_name_each(engine):
    kinds = _kinds(BOOKSELLERS, engine)
    # "&" and "and" write one name; a website's address names its firm
    assert not {"Barnes & Noble", "Barnes and Noble"} <= set(kinds)
    assert "Amazon" in kinds and "Amazon.com" not in kinds
    # a unit by its number, whole; a police division is a body
    assert kinds.get("32nd Brigade") == kinds.get("82nd Airborne Division") == "organisation"
    assert not {"Brigade", "Airborne Division"} & set(kinds)
    # a "Getty" in a sentence is no photo credit: the line's names stay
    assert kinds.get("Ann Lee") == "person"


ADOPTION_BILL = (
    "Legislation to carry out the Hague Convention on Intercountry Adoption passed the Senate on"
    " Thursday.\n"
    "Sen. Ann Voss, chairwoman of the Senate Foreign Relations Committee, said the bill would"
    " help families. The Senate voted 98 to 0.\n"
    "The Hague Convention sets rules for agencies. Booksellers have moved their fight to the"
    " Web, where the Web sites of the chains are strong.\n"
    "Aunt Frida kept the letters in a box, said Ivo Marsh. The Tarnby Post reported the vote,"
    " and the Post said more states would follow.\n"
    "Many adoptees grew up seen as Asian, and some never met another Asian until college."
    " “I had been told that Asians could not cook rice,” Ivo Marsh said. “I stopped being"
    " Asian to them,” he said. Others treated Asian culture as an adventure."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_chamber_a_treaty_on_its_subject_and_words_that_are_no_names(engine):
    found = _all(_brief(ADOPTION_BILL, engine=engine))
    # the Senate is a body of its own, not a short name of one of its committees
    assert "Senate" in found and "Senate Foreign Relations Committee" in found
    assert "Senate" not in found["Senate Foreign Relations Committee"].variants
    assert "Post" not in found and "Tarnby Post" in found  # "the Post" is still its paper
    # a treaty named "on" its subject is one thing, its short name a variant
    treaty = [e for e in found.values() if "Intercountry Adoption" in " ".join(e.variants)]
    assert treaty and treaty[0].kind == "other" and "Intercountry Adoption" not in found
    # a title of kin is no part of the name; "the Web" and a people's word are no entities
    assert "Aunt Frida" not in found
    assert not {"Web", "Asian", "Asians"} & set(found)


# Slashes in prose that are no credit, path or tag list: the paragraph's names stay.
SLASHES_IN_PROSE = [
    # a figure: "5 1/2 square meters"
    "The house Ivo Marsh rents in Tarnby is crowned with 5 1/2 square meters of solar panels."
    " Ann Voss, spokeswoman for the Kell Health Agency, says the house was designed when"
    " architects were careful with solar gear.",
    # two words or acronyms: "HIV/AIDS", "24/7"
    "Ann Voss of the Kell Health Agency said on Monday that the fight against HIV/AIDS in Orrin"
    " would need twice the money it gets now, and that 24/7 clinics were the answer.\n"
    "Ivo Marsh, who runs the clinic in Tarnby, said the agency had been slow to act.",
]


@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize("story", SLASHES_IN_PROSE, ids=["fraction", "acronyms"])
def test_a_slash_in_prose_keeps_the_paragraphs_names(story, engine):
    kinds = _kinds(story, engine)
    assert kinds.get("Ann Voss") == "person" and "Kell Health Agency" in kinds
    assert "Ivo Marsh" in kinds


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_second_dateline_far_down_the_page_reads_its_state(engine):
    filler = (
        " The council heard from many parents, teachers and coaches who asked for answers." * 25
    )
    story = (
        "AUGUSTA, Ga. (Kell Wire) – A boy was hurt at a park fence on Monday, deputies said."
        + filler
        + "\nAUGUSTA, Ga. (Kell Wire) – Two boys are recovering in the hospital, deputies said."
    )
    kinds = _kinds(story, engine)
    assert kinds.get("Georgia") == "place" and "Ga" not in kinds


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_name_spaced_two_ways_is_one_person(engine):
    kinds = _kinds(
        "Police charged Joseph E. Van Wert, 56, of Tarnby on Monday with running a brothel.\n"
        "Joseph VanWert was held on 50,000 dollars bail, and VanWert did not enter a plea.",
        engine,
    )
    assert "Joseph E. Van Wert" in kinds and not {"Joseph VanWert", "VanWert"} & set(kinds)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_paragraph_opening_by_a_day_or_a_dash_is_no_credit(engine):
    kinds = _kinds(
        "By Sunday night the crowd outside Tarnby City Hall had grown, and Mayor Ann Voss said"
        " the camp could stay another week.\nBy Ivo Marsh, Staff Writer\n"
        "-- Nov. 29, 1962: The Kell and Orrin governments sign an agreement to build the"
        " Tarnby Bridge, which Mayor Rosa Lind opens four years later.\n"
        "-- Tomas Brandt and Lena Holt at City Hall",
        engine,
    )
    assert kinds.get("Ann Voss") == "person" and not {"Ivo Marsh", "By Sunday"} & set(kinds)
    # a chronology's item is the story's; a credit under a dash is not
    assert "Rosa Lind" in kinds and not {"Tomas Brandt", "Lena Holt"} & set(kinds)
