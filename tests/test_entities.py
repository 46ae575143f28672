"""Entities: name variants merged, junk left out, kinds and order (invented stories)."""

from __future__ import annotations

import re

import pytest

import newsfuse
from newsfuse.briefing.entities import find_mentions

SUMMIT = """Talks on the Velmar dam end without a deal

Velmar's foreign minister Sergey Olenko met U.S. envoy Ban Ki-moon and Andrew Tasker of the Riverside Water Authority in Port Alder on Tuesday.

Olenko said the United States had offered to pay for a survey of the dam. The USA and Velmar have argued about the river for ten years.

Andy Tasker said the authority would publish its report in May. Tasker has led the authority since 2015.

Port Alder Police Department closed the harbour road during the talks.

CLOSE Sergey Olenko on the dam
Read Andrew Tasker‘s report on the authority's website.

Photo: Jonas Hale/Meridian Wire
Reporting by Clara Denholm; Editing by Piet Oranje
Follow @velmarwire and #DamTalks for updates
"""

SUMMIT_WIRE = """Velmar and US fail to agree on dam survey

Sergei Olenko, Velmar's foreign minister, told reporters in Port Alder that America would fund a survey, but no agreement was signed.

Ban Ki moon, the envoy, said he would return next month. "We are closer than we were," Ban said.

Heather Vantorp, a water engineer, said the dam was safe for now.

Olenko and Vantorp both spoke to reporters outside the Port Alder town hall after the talks ended.
"""


def _brief_outlets(**texts):
    """The rules' briefing of one text per outlet (keyword: outlet name, underscores as spaces)."""
    documents = [newsfuse.Document(text=t, source=n.replace("_", " ")) for n, t in texts.items()]
    return newsfuse.brief(documents, entity_model="rules")


def _rule_kinds(text: str) -> dict[str, str]:
    """Name -> kind of the listed entities of one outlet's text, by the rules."""
    return {e.name: e.kind for e in _brief_outlets(Coast_Herald=text).entities}


@pytest.fixture(scope="module")
def summit():
    return _brief_outlets(Coast_Herald=SUMMIT, Meridian_Wire=SUMMIT_WIRE)


def _entity(briefing, name):
    found = [e for e in briefing.entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in briefing.entities]}"
    return found[0]


def test_country_variants_are_one_place(summit):
    country = _entity(summit, "United States")
    assert country.kind == "place"
    assert {"U.S", "United States", "USA", "US", "America"} <= set(country.variants)
    assert not [e for e in summit.entities if e.name in {"USA", "US", "America", "U.S."}]


def test_spellings_hyphens_nicknames_and_surnames_join_one_person(summit):
    olenko = [e for e in summit.entities if "Olenko" in e.name]
    assert len(olenko) == 1 and olenko[0].kind == "person"
    assert {"Sergey Olenko", "Sergei Olenko", "Olenko"} <= set(olenko[0].variants)
    ban = [e for e in summit.entities if "Ban Ki-moon" in e.variants or e.name == "Ban Ki-moon"]
    # spaCy reads "Ban Ki moon" whole; the rules stop at the lower-case "moon": one entity.
    assert len(ban) == 1 and [v for v in ban[0].variants if v.startswith("Ban Ki") and "-" not in v]
    tasker = [e for e in summit.entities if "Tasker" in e.name]
    assert len(tasker) == 1 and {"Andy Tasker", "Andrew Tasker"} <= set(tasker[0].variants)


def test_a_first_name_makes_a_person(summit):
    assert _entity(summit, "Heather Vantorp").kind == "person"


def test_a_place_is_never_merged_into_an_organisation_named_after_it(summit):
    assert _entity(summit, "Port Alder").kind == "place"
    assert _entity(summit, "Port Alder Police Department").kind == "organisation"


def test_credits_bylines_handles_and_tags_are_not_entities(summit):
    names = " ".join(v for e in summit.entities for v in [e.name, *e.variants])
    for junk in ("Jonas Hale", "Meridian Wire", "Clara Denholm", "Piet Oranje", "velmarwire"):
        assert junk not in names
    assert "DamTalks" not in names
    # Buttons in front of a name and a misturned apostrophe leave the name itself.
    assert not [n for n in names.split() if n in {"CLOSE", "Read"} or n.endswith("‘s")]


def test_a_credit_glued_to_the_last_paragraph_leaves_its_speaker_a_name():
    names = _all_names(
        _brief_outlets(
            Meridian_Wire="The ferry Morning Gull ran aground off Port Alder on Sunday, the"
            " coastguard said.\n\n"
            '"We would never send a ferry out in a storm like that one," said Ana Quispe of the'
            " Velmar ferry board. Others said the captain had no choice. (Additional reporting"
            " by Carlos Vega; Editing by Eric Stone)",
            Port_Alder_Post="The Morning Gull ran aground near Port Alder on Sunday.\n\n"
            "Its captain, Ivo Marsh, said the storm came up fast. Divers from two towns are"
            " checking the hull. Reach Tom Brell at tbrell@alderpost.com, at @TomBrell on Twitter"
            " and 555-0100.",
        )
    )
    # the speaker is the story's; only the names after the credit's opening (or a reporter's
    # sign-off) are furniture
    assert {"Ana Quispe", "Ivo Marsh"} <= names
    assert not names & {"Carlos Vega", "Eric Stone", "Tom Brell", "Reach Tom Brell", "Twitter"}


def test_the_entities_that_matter_come_first(summit):
    names = [e.name for e in summit.entities]
    top = summit.entities[0]
    assert len(top.mentions) == 2 and top.total >= 4
    olenko = next(n for n in names if "Olenko" in n)
    # Named by both outlets and often: before a person one outlet names twice.
    assert names.index(olenko) < names.index("Heather Vantorp")


def test_misspellings_and_a_company_s_divisions_join_the_company():
    text = (
        "Velmar dam contract signed\n\n"
        "Corvane Inc signed the contract to repair the Velmar dam on Friday, the company said in "
        "Ostrava Harbour.\n\n"
        "Corvane Water Systems will send forty engineers to the dam next month.\n\n"
        "Engineers from Corvane met the mayor in Ostrava Harbour and in Ostrava Harbor on Friday.\n"
    )
    briefing = newsfuse.brief([newsfuse.Document(text=text, source="Valley Post")])
    names = {v: e.name for e in briefing.entities for v in e.variants}
    assert names.get("Ostrava Harbor") == names.get("Ostrava Harbour")
    corvane = {names[v] for v in names if v.startswith("Corvane")}
    assert len(corvane) == 1
    assert [e.kind for e in briefing.entities if e.name in corvane] == ["organisation"]


def test_a_capitalised_common_word_is_not_a_name():
    text = (
        "Lifeboat crew rescue two fishermen\n\n"
        "The Port Alder lifeboat crew met at the Harbour on Friday night after the storm.\n\n"
        "Anna Rauta, the skipper, said the harbour wall held and that the crew reached the boat "
        "in Street clothes, straight from the street, with no time to change.\n"
    )
    for engine in ("rules", "auto"):
        briefing = newsfuse.brief(
            [newsfuse.Document(text=text, source="Valley Post")], entity_model=engine
        )
        names = {e.name for e in briefing.entities + briefing.other_entities}
        assert "Anna Rauta" in names and "Port Alder" in names
        assert not names & {"Harbour", "Street"}, names


def test_a_model_number_joins_a_product_name():
    text = (
        "Engineer's car found after the harbour robbery\n\n"
        "Police in Port Alder found the stolen Porsche 911 Carrera of engineer Tomas Kell on "
        "Tuesday, two days after the robbery at his house on the harbour road.\n\n"
        "Officers said the Porsche 911 Carrera had been left near the ferry terminal with its "
        "doors open, and that nothing was missing from it.\n"
    )
    briefing = newsfuse.brief([newsfuse.Document(text=text, source="Valley Post")])
    names = {e.name: e.kind for e in briefing.entities}
    assert "Porsche" not in names and "Carrera" not in names, names  # spaCy's cut, joined
    assert names["Porsche 911 Carrera"] == "other" and names["Tomas Kell"] == "person"


# A ferry story whose outlets name people and places in passing, credit themselves and print a
# photographer's credit, an embedded post and a byline: the list names the story's own.
FERRY = """Ferry runs aground off Port Alder

PORT ALDER (Meridian Wire) — The Northway Ferries vessel Aster Queen ran aground off Port Alder
on Tuesday, and harbour master Tomas Brandt said all 212 passengers were safe.

Brandt said the crew of the Aster Queen had reported engine trouble an hour before. Northway
Ferries said it would pay for hotels in Port Alder. (Jonas Hale / Staff Photographer)

"We thought of the storm in Lisbon last year and of the wreck off Dakar," Brandt said. "This
time everyone walked off dry."

Passenger Ilse Marten, a teacher from Ostrava, Velmar, told the Meridian Wire that the ship
tilted slowly. Marten said Northway staff handed out blankets. His wife Rosa waved from the deck.
The owners did not return the Meridian Wire's request for comment.
A deckhand told the Harbour Gazette that the radio had failed.

In this video, Tomas Brandt walks the quay with diver Ola Strand:

The Oscar-winning director of a film about the coast was on board, a Northway spokesman said.

Actually it was calm — Ada Pell (@adapell) March 4, 2025
More: Greta Voss on ferry safety
"""

FERRY_COAST = """Passengers safe after ferry grounding at Port Alder

All 212 passengers of the Aster Queen were taken ashore at Port Alder, Northway Ferries said.

Harbour master Tomas Brandt said divers from the Port Alder coastguard checked the hull. Ilse
Marten said the crew stayed calm.

A retired Velmar Rail Authority inspector watched from the pier. Tomas Brandt is Deputy
Harbour Master and Special Counsel to the Northway Ferries board.
"""


@pytest.fixture(scope="module")
def ferry():
    return _brief_outlets(Meridian_Wire=FERRY, Coast_Herald=FERRY_COAST)


def _all_names(briefing):
    return {v for e in briefing.entities + briefing.other_entities for v in [e.name, *e.variants]}


def test_credits_posts_links_and_modifiers_are_no_entities(ferry):
    names = _all_names(ferry)
    for junk in ("Jonas Hale", "Ada Pell", "Greta Voss", "Oscar"):
        assert junk not in names, junk


def test_names_in_passing_quotes_qualifiers_and_self_credits_are_other_entities(ferry):
    shown = {e.name for e in ferry.entities}
    others = {e.name for e in ferry.other_entities}
    assert {"Tomas Brandt", "Ilse Marten", "Port Alder", "Aster Queen"} <= shown
    assert any(name.startswith("Northway") for name in shown)
    # Lisbon and Dakar only inside a quote; Velmar only as the country after a town; Ostrava
    # as where someone comes from; the article's own outlet, told and asked for comment; a
    # diver only in the caption of a video; Rosa only by her first name.
    for passing in ("Lisbon", "Dakar", "Velmar", "Ostrava", "Meridian Wire", "Ola Strand", "Rosa"):
        assert passing not in shown, passing
    assert {"Lisbon", "Dakar", "Meridian Wire"} <= others
    # Another outlet the story quotes once is one of its sources.
    assert "Harbour Gazette" in shown
    # An organisation that only says what someone was; a job title in capitals.
    assert "Velmar Rail Authority" in others
    assert not [n for n in _all_names(ferry) if "Counsel" in n]


def _model_kinds(text: str, listed_only: bool = False) -> dict[str, str]:
    """Name -> kind of the entities spaCy's briefing of one article finds (or lists)."""
    briefing = newsfuse.brief([newsfuse.Document(text=text)], entity_model="spacy")
    found = briefing.entities + ([] if listed_only else briefing.other_entities)
    return {e.name: e.kind for e in found}


def test_a_short_form_of_a_place_is_no_person_of_its_own():
    text = (
        "Pier repairs approved in Port Alder\n\n"
        "The council approved repairs to Granby Pier on Monday after a ferry struck it in March.\n"
        "Tomas Brandt, the harbour master, said the work on Granby Pier would take a year.\n"
        "The money that will rebuild Granby could have gone to the school, Brandt said.\n"
    )
    # The model reads both as persons; the place's suffix says what it is, and "Granby" alone
    # only shortens it.
    shown = _model_kinds(text, listed_only=True)
    assert shown.get("Granby Pier") == "place" and "Granby" not in shown, shown


def test_the_entity_list_is_sized_in_options_and_json_keeps_the_rest(ferry):
    documents = [newsfuse.Document(text=FERRY), newsfuse.Document(text=FERRY_COAST)]
    two = newsfuse.brief(documents, entity_model="rules", briefing_entities=2)
    assert [e.name for e in two.entities] == [e.name for e in ferry.entities[:2]]
    payload = two.to_dict()
    listed = {e["name"] for e in payload["entities"] + payload["other_entities"]}
    assert listed == {e.name for e in ferry.entities + ferry.other_entities}
    with pytest.raises(ValueError, match="briefing_entities"):
        newsfuse.Options(briefing_entities=-1)


def test_readable_formats_name_the_other_entities(ferry):
    from newsfuse.briefing.render import to_html, to_markdown

    assert "Also named: " in to_markdown(ferry) and "Lisbon" in to_markdown(ferry)
    page = to_html(ferry)
    assert '<details class="other-entities">' in page and "Dakar" in page


KINDS = """Port Alder council rejects the Velmar Times over harbour plan

The advisory firm Kestrel Morrow told the Port Alder council on Monday that the harbour plan
was too costly. Kestrel Morrow has advised the council since the Harbour Lights disaster.

The Harbour Lights disaster closed the port for a year. The council also heard from the
Democrats, who want a vote. Democrats said the plan was rushed.

Actors from the summer hit Grey Tide Rising came to watch. The Grey Tide Rising star Ana Vell
said the harbour should stay open until the film festival on Queen Anne Road.

Councillor Piet Oranje said the Quay Street market would move, the Velmar Times reported. He
sent emails from Velmar Times staff to the council, and the Velmar Times printed them.

'SAVE OUR HARBOUR! SAVE OUR QUAY!'

The harbour plan goes to a vote at Port Alder town hall on Comedy Hall October 29th.

ON SAFETY: "The quay must stay open," said Ana Vell, who starred in Harbour Wives Of Velmar.
Piet Oranje posted a YouTube video of the quay.
"""


@pytest.fixture(scope="module")
def kinds():
    return _brief_outlets(Coast_Herald=KINDS)


def _kinds(briefing):
    return {e.name: e.kind for e in briefing.entities + briefing.other_entities}


def test_the_words_around_a_name_say_its_kind(kinds):
    found = _kinds(kinds)
    assert found.get("Kestrel Morrow") == "organisation", found  # "the advisory firm ..."
    assert found.get("Grey Tide Rising") == "other", found  # "the summer hit ...", "... star"
    assert found.get("Queen Anne Road") == "place", found  # a title starting a place's name
    assert found.get("Democratic Party") == "organisation", found  # a known name's variant


def test_slogans_dates_and_cut_names_are_no_entities(kinds):
    names = {v for e in kinds.entities + kinds.other_entities for v in [e.name, *e.variants]}
    assert not {n for n in names if "SAVE" in n.upper() or "October" in n}, names
    assert "Comedy Hall" in names
    # "Velmar" of "Velmar Times staff" is cut from the newspaper's name, no place of its own.
    assert "Velmar" not in names


def test_labels_and_title_case_titles(kinds):
    found = _kinds(kinds)
    assert not [n for n in found if "Safety" in n or n == "SAFETY"], found
    assert found.get("Harbour Wives Of Velmar") == "other", found


def test_a_place_named_only_before_a_noun_is_not_listed(kinds):
    # The newspaper is credited, not a party; "Quay Street" only names the market.
    shown = {e.name for e in kinds.entities}
    assert "Kestrel Morrow" in shown and "Piet Oranje" in shown
    assert "Quay Street" not in shown and "YouTube" not in shown


def test_a_dateline_names_a_place_and_a_special_in_quotes_is_a_work():
    text = (
        "Ferry service resumes\n\n"
        "CRESSLEY, Velmar (Meridian Wire) - The ferry to Port Alder sailed again on Monday, "
        "Northway Ferries said.\n"
        "Cressley voted last year to keep the ferry. The stand-up special “Deep Water” was "
        "filmed on board.\n"
        "Asked by Velmar TV3 whether the ferry was safe, the captain said it was.\n"
    )
    kinds = _model_kinds(text)
    assert kinds.get("Cressley") == "place" and kinds.get("Deep Water") == "other", kinds
    assert kinds.get("Velmar TV3") == "organisation", kinds  # a broadcaster, not the country
    assert "Meridian Wire" not in kinds  # the dateline's credit


def test_a_first_name_the_model_leaves_off_is_kept():
    text = (
        "Protesters stay in the square\n\n"
        "Police in Port Alder asked the protesters to leave the square on Sunday night.\n\n"
        '"I went to college. I graduated with honors," Ilse Williams Foster yelled, and the '
        "crowd repeated it.\n"
    )
    names = _model_kinds(text)
    assert "Ilse Williams Foster" in names and "Williams Foster" not in names, names


def test_one_stray_cue_does_not_change_the_kind_of_a_name_named_often():
    text = (
        "Harbour board delays the quay vote\n\n"
        "The Velmar Harbour Board met on Monday and put off its vote on the new quay. "
        "The Velmar Harbour Board said the cost had risen. Members of the Velmar Harbour Board "
        "asked for a new survey, and the Velmar Harbour Board chair agreed.\n\n"
        "After a special Velmar Harbour Board hearing in May, the town council will decide.\n"
    )
    assert _kinds(_brief_outlets(Coast_Herald=text)).get("Velmar Harbour Board") == "organisation"


def test_a_peoples_adjective_is_not_listed_beside_its_country():
    text = (
        "Border closed in the north of Ostria\n\n"
        "The government in Ostria closed its northern border on Monday. Soldiers of the "
        "Ostrian army moved to the crossings, and the Ostrian police stopped trucks from "
        "Kestova. Officials in Ostria said the border would stay shut for a week.\n\n"
        "The Russian Federation said on Tuesday that it was watching the border in Ostria.\n"
    )
    briefing = _brief_outlets(Coast_Herald=text)
    listed = [e.name for e in briefing.entities]
    assert "Ostria" in listed and "Ostrian" not in listed, listed
    named = {e.name: e.variants for e in briefing.entities + briefing.other_entities}
    assert "Russian Federation" in named.get("Russia", []), named


def test_demonyms_are_read_as_their_place():
    from newsfuse.briefing.model import Entity
    from newsfuse.briefing.salience import _demonyms

    def entity(name, kind):
        return Entity(name, kind, [name], {1: 3})

    entities = [
        entity("Ostria", "place"),
        entity("Ostrian", "place"),
        entity("Kestovia", "place"),
        entity("Kestovian", "organisation"),
        entity("Iraq", "place"),
        entity("Iraqi", "place"),
        entity("Ostrianson", "person"),
        entity("Kellton", "place"),
        entity("Kelltoners", "organisation"),
    ]
    assert _demonyms(entities) == {
        "Ostrian": "Ostria",
        "Kestovian": "Kestovia",
        "Iraqi": "Iraq",
        "Kelltoners": "Kellton",
    }


OUTLETS = """PORT ALDER, Velmar (Meridian Wire) - Velmar's prime minister Ana Kovac ruled out a third term on Friday, telling TV Velmar she would step down in May.
Kovac said the harbour plan would pass before she left. Her deputy Piet Oranje is expected to run.
Her interview with Radio Portugal aired on Friday night.
"""

OUTLETS_COAST = """Kovac will not run again

Does that rule out a comeback, as the Meridian Wire's take on her comments suggests? Kovac's office would not say.
Her hour-long special "Harbour Days" airs on Comedy Central October 29th, and Kovac said she was proud of it.
Al-Qaeda was blamed by Kovac for an attack on the port in 2015, and Kovac said Al-Qaeda would not win.
Kovac met Piet Oranje in Port Alder on Thursday.
"""


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_broadcasters_channels_and_credited_outlets_named_in_the_text_are_organisations(engine):
    briefing = newsfuse.brief([OUTLETS, OUTLETS_COAST], entity_model=engine)
    found = _kinds(briefing)
    # "TV Velmar" and "Radio Portugal" are broadcasters, not the country; a channel something
    # "airs on" is no place; the outlet a dateline credits is named again in the other
    # article's text ("the Meridian Wire's take"), and that mention counts.
    for outlet in ("TV Velmar", "Radio Portugal", "Comedy Central", "Meridian Wire"):
        assert found.get(outlet) == "organisation", (outlet, found)
    wire = _entity(briefing, "Meridian Wire")
    assert wire.mentions == {2: 1}  # the dateline's credit is furniture, not a mention
    if engine == "spacy":  # the rules do not read "Al-Qaeda" as a name
        assert found.get("Al-Qaeda") == "organisation", found  # "Al-" is no first name here


def test_an_outlet_only_in_a_dateline_credit_is_not_listed():
    briefing = newsfuse.brief([OUTLETS], entity_model="rules")
    assert "Meridian Wire" not in _all_names(briefing)


FILLER = (
    " The harbour plan would rebuild the old quay and the fish market before the summer."
    " Traders on the quay have asked the council for a say in how the work is done."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_broadcasters_words_in_either_order_are_one_organisation(engine):
    documents = [
        "Velmar TV3 broadcast the harbour debate in Port Alder on Monday. Velmar TV3 said"
        " the debate drew a record audience." + FILLER,
        "The debate was shown live by TV3 Velmar, and TV3 Velmar will show the vote in May."
        + FILLER,
    ]
    briefing = newsfuse.brief(documents, entity_model=engine)
    names = [e for e in briefing.entities + briefing.other_entities if "TV3" in e.name]
    assert len(names) == 1 and names[0].kind == "organisation", names
    assert set(names[0].variants) == {"Velmar TV3", "TV3 Velmar"}


def test_a_drone_by_its_model_is_a_thing_not_an_organisation():
    text = (
        "Velmar says a drone hit the port\n\n"
        "The Velmar defence ministry said a Kestrel Hawk drone was over Port Alder on Sunday"
        " when the fuel depot burned. The Kestrel Hawk drone flew from the south, the ministry"
        " said." + FILLER
    )
    assert _model_kinds(text).get("Kestrel Hawk") == "other"


def test_a_section_mark_joins_no_name():
    text = (
        "KELL HILLS >> Homicide detectives are investigating the stabbing death of a baker in"
        " his Kell Hills home and the disappearance of his black van, police said on Tuesday."
        + FILLER
    )
    # The model reads "KELL HILLS >> Homicide" as one name.
    names = _all_names(newsfuse.brief([text], entity_model="spacy"))
    assert "Kell Hills" in names and not [n for n in names if ">" in n], names


VENUES = (
    "Velmar harbour vote draws crowds\n\n"
    "Chinese state TV CCTV showed the crowds in Port Alder on Monday, when the mayor Ana Kovac"
    " spoke at Kestova's Granary Hall. Kovac told Kell Radio's The Morning Tide that the vote"
    " would be held at the Port Alder Jazz Festival in May. Granary Hall was full, and CCTV said"
    " about two thousand people came to hear her." + FILLER
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_venues_events_shows_and_a_broadcaster_after_its_description(engine):
    found = _kinds(newsfuse.brief([VENUES], entity_model=engine))
    assert found.get("CCTV") == "organisation" and "TV CCTV" not in found, found
    assert found.get("Granary Hall") == "place", found  # a venue
    assert found.get("Port Alder Jazz Festival") == "other", found  # an event
    if engine == "spacy":  # the rules read no name with a possessive inside it
        assert found.get("Morning Tide") == "other", found  # a broadcaster's show
        assert found.get("Kell Radio") == "organisation", found


def test_a_saints_short_form_goes_on_and_a_body_of_something_is_an_organisation():
    text = (
        "Old map of Kell dated\n\n"
        "Held in the Cathedral of St. John in Kell, the map shows the old harbour and its walls."
        " Researchers at the University of Osk dated its ink to the 1890s on Tuesday.\n"
        "The Cathedral of St. John will show the map from May, the University of Osk said.\n"
        'Download the "Harbour Hour" podcast on Apple Podcasts, Spotify and Stitcher.\n'
    )
    kinds = _rule_kinds(text)
    assert kinds.get("Cathedral of St. John") == "place", kinds
    assert kinds.get("University of Osk") == "organisation", kinds
    # A podcast app in a "download it" line is the page's, not the story's.
    assert "Apple Podcasts" not in kinds and "Spotify" not in kinds


def test_a_full_name_after_from_is_someone_not_a_place():
    text = (
        "The mayor of Kell received the harbour award from Doreen Halvorsen on Thursday. The"
        " mayor flew in from Port Alder for the ceremony."
    )
    mentions, _ = find_mentions([newsfuse.Document(text=text, source="Coast Herald")], "rules")
    kinds = {m.text: m.kind for m in mentions}
    assert kinds.get("Doreen Halvorsen") == "person", kinds
    assert kinds.get("Port Alder") == "place", kinds


# A shrine story that names a pope, a king, a chapel by its saint and epithet and a firm by its
# partners: names the finders cut short unless they read the whole name.
SHRINE = (
    "Relic goes on show in Kell\n\n"
    "Kept in the Chapel of St. Anselm the Elder in Kell, the relic drew a million pilgrims in"
    " 2019, including Pope Leo. Leo prayed at the altar for an hour, and King Osric II opened the"
    " new bridge to the chapel a day later.\n"
    "The relic was examined by restorer Ann Lee of Marsh, Kell and Partners LLP, who said the"
    " cloth was older than the chapel itself. At night the square showed the film King Kong."
    " Shares of Kestrel and Velmar Holdings Ltd rose. In St. Ives the Harriers played a match."
    + FILLER
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_whole_names_of_popes_kings_saints_and_firms(engine):
    briefing = newsfuse.brief([SHRINE], entity_model=engine)
    found = _kinds(briefing)
    # A pope's or a king's title is part of his name; his given name alone joins it.
    assert found.get("Pope Leo") == "person" and "Leo" not in found, found
    assert "Leo" in _entity(briefing, "Pope Leo").variants
    assert found.get("King Osric II") == "person", found
    assert found.get("King Kong") != "person", found  # "Kong" is no given name
    # "St." does not end a name, nor does a saint's epithet; a chapel of a saint is a place.
    assert found.get("Chapel of St. Anselm the Elder") == "place", found
    # A firm's partners before its last name are its name, not a town and a person.
    assert found.get("Marsh, Kell and Partners LLP") == "organisation", found
    assert found.get("Ann Lee") == "person", found
    assert not [n for n in found if n.startswith("Kestrel and")], found  # two companies
    assert not [n for n in found if "Ives the" in n], found  # a team, no saint's epithet
    assert not [
        n
        for n in found
        if n.startswith(("Chapel of St", "Kell and"))
        and n not in ("Chapel of St. Anselm the Elder",)
    ], found


def test_a_hashtag_that_names_a_movement_is_listed_and_a_page_tag_is_not():
    documents = [
        "Dockers march in Kell\n\nAna Kovac, a leader of the #FairDocks movement, led two"
        " thousand dockers through Kell on Monday. She ended her speech with the hashtag"
        " #FairDocks. Follow #KellNews for more." + FILLER,
        "Kovac backs the dockers\n\nThe march in Kell was the largest since the strike of 2004,"
        " and Kovac said the dockers would march again in May." + FILLER,
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    found = _kinds(briefing)
    # "the #FairDocks movement" names it; "Follow #KellNews" is the page's.
    assert found.get("#FairDocks") == "other", found
    assert _entity(briefing, "#FairDocks").mentions == {1: 2}
    assert not [n for n in found if "KellNews" in n], found


@pytest.mark.parametrize(
    ("texts", "listed"),
    [
        # The same tag in the prose of two articles is a movement's name ...
        (
            [
                "Kovac joins #FairDocks\n\nAna Kovac said on Monday that she backed #FairDocks"
                " and would march with the dockers in Kell." + FILLER,
                "Dockers march\n\nThousands marched in Kell for #FairDocks on Monday, and Ana"
                " Kovac spoke at the harbour." + FILLER,
            ],
            True,
        ),
        # ... in one article's prose, without "movement", a tag among others.
        (
            [
                "Kovac joins the dockers\n\nAna Kovac said on Monday that she backed #FairDocks"
                " and would march with the dockers in Kell." + FILLER,
                "Dockers march\n\nThousands marched in Kell on Monday, and Ana Kovac spoke at"
                " the harbour." + FILLER,
            ],
            False,
        ),
    ],
)
def test_a_hashtag_in_the_prose_of_two_articles_is_a_movement(texts, listed):
    found = _kinds(newsfuse.brief(texts, entity_model="rules"))
    assert (found.get("#FairDocks") == "other") is listed, found


def _story(engine: str, headline: str, body: str):
    """The briefing of one article: its headline, its body and the filler paragraph."""
    return newsfuse.brief([f"{headline}\n\n{body}{FILLER}"], entity_model=engine)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_first_name_alone_joins_the_one_person_it_opens(engine):
    briefing = _story(
        engine,
        "Director defends recasting",
        "Director Tobias Krenn recast the lead of his film on Monday. That was a business"
        " decision by Tobias, a producer said on Tuesday, and Tobias has a big film out in May.",
    )
    krenn = _entity(briefing, "Tobias Krenn")
    assert krenn.kind == "person" and "Tobias" in krenn.variants
    assert "Tobias" not in _kinds(briefing)


def test_a_website_address_is_its_outlet():
    text = (
        "Kell News wins award\n\n"
        "Kell News won the national award for its harbour reporting on Monday, and editor Ana"
        " Kovac said Kell News would keep its reporters in Port Alder. The full series is on"
        " KellNews.com." + FILLER
    )
    briefing = newsfuse.brief([text], entity_model="rules")
    assert "KellNews.com" in _entity(briefing, "Kell News").variants
    assert "KellNews.com" not in _kinds(briefing)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_name_that_fills_quotation_marks_is_a_work(engine):
    briefing = _story(
        engine,
        "Kell film wins prize",
        "Mayor Ana Kovac watched “Kestrel Nights” at the festival in Kell on Monday. Critics"
        ' said "Kestrel Nights," which follows two ferry crews, was the best film of the year.',
    )
    assert _entity(briefing, "Kestrel Nights").kind == "other"
    # A man who calls himself "Tobias Krenn" in marks is a person, by his alias (the rules; the
    # model reads a name in marks as it likes).
    alias = _story(
        "rules",
        "Car thief sought",
        'Police in Kell are looking for a man who called himself "Tobias Krenn" when he took a'
        " car for a test drive on Monday. The man never came back, police said.",
    )
    assert _kinds(alias).get("Tobias Krenn") == "person", _kinds(alias)


def test_a_thing_of_a_place_is_no_person_and_a_journal_of_something_is_a_body():
    briefing = _story(
        "rules",
        "Study dates the cloth",
        "A study of the Shroud of Kestova, published on Tuesday in the Journal of Harbour"
        " Studies, dates the cloth to 1300. The shroud is kept in Kestova, and pilgrims come to"
        " Kestova every spring to see the Shroud of Kestova. Jonas of Velmar wove it, the"
        " study says.",
    )
    found = _kinds(briefing)
    assert found.get("Shroud of Kestova") == "other", found
    assert found.get("Journal of Harbour Studies") == "organisation", found
    # The town stays a place of its own, not the shroud's "surname".
    assert found.get("Kestova") == "place", found
    assert found.get("Jonas of Velmar") == "person", found  # a first name: a person


def test_a_title_the_model_cuts_after_a_small_word_is_joined_whole():
    briefing = _story(
        "spacy",
        "Kovac returns to the screen",
        "Actress Ana Kovac appeared in the film All the Boats in Kell last year, and her new"
        " movie Harbour of Lost Things opens in May.",
    )
    found = _kinds(briefing)
    # The model reads "All the Boats in" and "Kell": one title.
    assert found.get("All the Boats in Kell") == "other", found
    assert not [n for n in found if n.split()[-1] in {"in", "of", "the", "and"}], found


def test_small_words_of_other_tongues_stay_inside_a_name():
    text = (
        "Harbour reopens after the storm\n\n"
        "PORTO DA LUZ, Velmar (Meridian Wire) - The harbour of Porto da Luz reopened on Monday, "
        "port director Ana dos Reis said. Ships waiting off Porto da Luz began to dock at noon.\n"
        "Ana dos Reis said the Porto da Luz breakwater had held, and Reis thanked the crews.\n"
    )
    briefing = _brief_outlets(Coast_Herald=text)
    kinds = {e.name: e.kind for e in briefing.entities}
    assert kinds.get("Porto da Luz") == "place", kinds  # the dateline's capitals too
    assert kinds.get("Ana dos Reis") == "person", kinds
    assert not {"Porto", "Luz", "Ana", "Porto Da Luz", "PORTO DA Luz"} & set(kinds), kinds
    from newsfuse.briefing.entities import _title_case

    assert _title_case("LAKE VAN") == "Lake Van"  # a small word at the end is the name's own


def test_a_sea_an_island_or_a_park_is_named_by_its_first_word_too():
    text = (
        "Ferry lost in the Orrin Sea\n\n"
        "A ferry sank in the Orrin Sea on Monday, forty miles off Kessa Island. Divers searched"
        " the Orrin for two days, the coast guard on Kessa said.\n"
        "The ferry had sailed from the edge of Tarrow National Park, and rangers in Tarrow said"
        " they had seen it leave.\n"
    )
    briefing = _brief_outlets(Coast_Herald=text)
    named = {e.name: e.variants for e in briefing.entities + briefing.other_entities}
    for whole, short in (("Kessa Island", "Kessa"), ("Tarrow National Park", "Tarrow")):
        assert short in named.get(whole, []) and short not in named, named


def test_a_people_s_adjective_before_a_name_is_no_part_of_it():
    text = (
        "Two charged over the harbour bombing\n\n"
        "Ostrian Ivo Marsh and Kestovian Ana Bell were charged in Kell on Monday with the bombing"
        " of the ferry terminal. Ivo Marsh told the court he had been at sea that night, and"
        " Ana Bell said nothing.\n"
    )
    briefing = _brief_outlets(Coast_Herald=text)
    named = {e.name for e in briefing.entities + briefing.other_entities}
    assert {"Ivo Marsh", "Ana Bell"} <= named, named
    assert not {n for n in named if n.startswith(("Ostrian", "Kestovian"))}, named


PROBE = """Probe reaches the outer moons

Engineers at the Kell Propulsion Laboratory steered the probe past the moon on Monday. Ann Bell, who lives on Marlow Circle in Kell, led the team, and the Kell Propulsion Laboratory said the probe was healthy.
"""


def test_a_laboratory_is_a_body_and_a_circle_or_a_lodge_a_place():
    from newsfuse.briefing.entities import names_a_body

    for name in ("Kell Propulsion Laboratory", "Marlow Circle", "Orrin Safari Lodge"):
        assert names_a_body(name), name  # no person, whatever first name opens it
    kinds = _rule_kinds(PROBE)
    assert (kinds.get("Kell Propulsion Laboratory"), kinds.get("Marlow Circle")) == (
        "organisation",
        "place",
    ), kinds


def test_call_letters_are_a_station_and_a_numbered_road_a_place():
    # what the model read wrongly in a real cluster ("KCTV reported" a place, "Interstate 435"
    # a body) is set right, whatever the finder guessed
    from newsfuse.briefing.entities import Mention, _with_call_letters

    cases = {  # name: (the finder's kind, the kind it is)
        "KVTN": ("place", "organisation"),
        "Interstate 440": ("organisation", "place"),
        "WWII": ("other", "other"),
        "WABC-TV": ("person", "organisation"),
    }
    guessed = [Mention(0, 0, len(name), name, kind) for name, (kind, _) in cases.items()]
    assert [m.kind for m in _with_call_letters(guessed)] == [k for _, k in cases.values()]
    # a name after "-based" is a body, whatever the finder guessed
    text = "The Kell-based Orrimax gave $5,000 to the fund."
    firm = Mention(0, text.index("Orrimax"), text.index(" gave"), "Orrimax", "person")
    assert _with_call_letters([firm], [newsfuse.Document(text=text)])[0].kind == "organisation"


def _entity_of_variant(*texts: str) -> dict[str, str]:
    """Each name form of the default engine's briefing of the texts -> its entity's name."""
    documents = [newsfuse.Document(text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    return {v: e.name for e in newsfuse.brief(documents).entities for v in e.variants}


ACRONYMS = (
    "Uranium row at Orrin\n\n"
    "Tarn Copper Holdings Ltd said on Monday it would appeal. TCH has mined at the site since"
    " 1994, and TCH shares fell 4 percent in Kell.\n\n"
    "The US Bureau of Mines and Safety sent inspectors to the pit, and BMS said the shaft was"
    " sound. The Centre for Water Research and Policy tested the river, and CWR staff found no"
    " uranium downstream, the Orrin council said.\n"
)
SEAL = (
    "Seal found at Cape of Tarrow\n\n"
    "Divers found a bronze seal off Cape of Tarrow on Tuesday, the Orrin Regional Museum of"
    " History said. The museum's director, Khin Ma Lay, said the seal was cut in the 10th"
    " century. Ma Lay said Tarrow was a royal port. Tarrow University will date the seal.\n",
    "A bronze seal was found by divers off Cape Tarrow on Tuesday. It will go on show at the"
    " Orrin Museum of History, where the director, Ma Lay, said it was a royal seal. Experts"
    " at the University of Tarrow will date the bronze.\n",
)
GANG = (
    "Gang boss sentenced in Macao\n\n"
    "A court in Macau on Monday sentenced Lo Tak-wing, the head of a smuggling gang, to 15 years"
    " in prison. Lo denied every charge, and Lo's lawyers said he would appeal. His brother, Lo"
    " Tak-ming, was cleared. Police in Macao said Lo Tak-wing had run the gang for a decade.\n\n"
    "The court also heard from Anna Marisol Varga, a customs officer. Marisol said she had seen"
    " the boats unload at night, and Varga said she had reported them twice.\n"
)


VOTE = (
    "Brannigan backs a pause in ferry sales\n\n"
    "Vice President Brannigan, a supporter of the sales, said on Wednesday that a pause was not"
    " needed in Kell. Brannigan said the board had worked well. Shares of Kell Ferries Corp."
    " rose.\n",
    "Sales of ferries divide the board\n\n"
    "Vice President Al Brannigan has been forced to address the ferry sales. Brannigan also"
    " backs KF, the harbour's biggest firm, and KF said it would build two more ferries.\n",
)

CABIN = (
    "A cabin that stood in the woods outside Lincoln, Mont., for decades was moved on Friday to a"
    " museum in Washington, D.C., officials said. Its last owner, who now lives in Florence,"
    " Colo., said he was glad that many visitors would see it.",
    "The old cabin from Lincoln was taken by truck to the museum in Washington, where it will be"
    " shown from next month, the museum said on Saturday.",
)

OSTROWE = (
    "Cook Edda Ostrowe Hale dies at 66\n\nThe cook Edda Ostrowe Hale has died in Kell at 66, her"
    " agent said on Monday. Ostrowe Hale was a barrister before she cooked on television, and"
    " Ostrowe Hale wrote four books. Her father, Arthur Ostrowe Hale, was a surgeon. She was"
    " christened Edda Theresa Philomena Aileen Mary Josephine Agnes Elsie Trilby Louise Ostrowe"
    " Hale.\n",
    "Television cook dies\n\nEdda Ostrowe Hale, the television cook, died on Saturday in Kell."
    " Ostrowe Hale had been ill for months, and Ostrowe Hale's last book came out in May.\n",
)
MARSH = (
    "Builders lose marsh case\n\nThe U.S. Marsh Board of Surveyors refused the permit on"
    " Monday. The Marsh Board said the marsh near Tarrow held rare frogs. Builders said the"
    " Marsh Board had waited too long. Children of the Tarrow Child Study Institute walk there,"
    " and the Tarrow institute asked for a fence. The Board will meet again in May.",
)
TRIAL = (
    "Boy improves on trial drug\n\nLittle Martin Quist began to speak after a month on the"
    " drug, his mother Ilse Quist said. Dr. Martin Osei, who led the trial in Kell, was careful."
    " Martin had not said a word in a year. Osei said the trial was small. Martin now sings,"
    " Quist said.",
)
RATES = (
    "The Federal Reserve raised its key rate on Wednesday, and the Fed said more rises may follow"
    " if prices in Velmar keep climbing. Markets in Kell fell after the Fed spoke.",
    "Kell's banks said on Wednesday that the Fed's rise would cost borrowers more, and the"
    " Federal Reserve said it would meet again next month.",
)


@pytest.mark.parametrize(
    ("texts", "short", "full"),
    [
        # an acronym may leave out a legal ending, a country, a last "and ..." part
        pytest.param((ACRONYMS,), "TCH", "Tarn Copper Holdings Ltd", id="legal-ending"),
        pytest.param((ACRONYMS,), "BMS", "US Bureau of Mines and Safety", id="country"),
        pytest.param((ACRONYMS,), "CWR", "Centre for Water Research and Policy", id="and-part"),
        # a name with one word more, or the end of a longer person's name
        pytest.param(SEAL, "Cape Tarrow", "Cape of Tarrow", id="small-word-more"),
        pytest.param(
            SEAL, "Orrin Museum of History", "Orrin Regional Museum of History", id="word-more"
        ),
        pytest.param(SEAL, "Ma Lay", "Khin Ma Lay", id="two-word-surname"),
        # a family name written first, a middle name gone by, a spelling variant
        pytest.param((GANG,), "Lo", "Lo Tak-wing", id="family-first"),
        pytest.param((GANG,), "Marisol", "Anna Marisol Varga", id="middle-name"),
        pytest.param((GANG,), "Macao", "Macau", id="spelling"),
        # a body named either way round
        pytest.param(SEAL, "Tarrow University", "University of Tarrow", id="of-form"),
        # "Al" is a first name too; a firm's two initials less its legal ending
        pytest.param(VOTE, "Brannigan", "Al Brannigan", id="al-first-name"),
        pytest.param(VOTE, "KF", "Kell Ferries Corp", id="two-letter-firm"),
        # a town written with its state after it is also listed in that form
        pytest.param(CABIN, "Lincoln, Mont.", "Lincoln", id="town-and-state"),
        pytest.param(CABIN, "Washington, D.C.", "Washington", id="town-and-district"),
        # a short form that spelling alone cannot join (the table of known aliases)
        pytest.param(RATES, "Fed", "Federal Reserve", id="known-alias"),
        # a surname of two words that two of a family bear: the one the story is about, by far
        pytest.param(OSTROWE, "Ostrowe Hale", "Edda Ostrowe Hale", id="family-surname"),
        # a first name two people bear: not the one the press calls "Dr." and by the surname
        pytest.param(TRIAL, "Martin", "Martin Quist", id="first-name-untitled"),
        # a body less its country and its "of" part; a town's body by a lower-case noun
        pytest.param(MARSH, "Marsh Board", "U.S. Marsh Board of Surveyors", id="before-of"),
        pytest.param(MARSH, "Tarrow institute", "Tarrow Child Study Institute", id="noun-after"),
        pytest.param(MARSH, "Board", "U.S. Marsh Board of Surveyors", id="head-noun"),
    ],
)
def test_name_forms_join_one_entity(texts, short, full):
    names = _entity_of_variant(*texts)
    assert names.get(short) == names.get(full) is not None
    assert names.get("Lo Tak-ming") is None or names.get("Lo Tak-ming") != names.get("Lo Tak-wing")


def test_an_era_after_a_year_is_no_place():
    text = (
        "Relic found in Kell\n\n"
        "A reliquary that dates to the sixth century C.E. was found in Kell on Monday, the museum"
        " of Kell said. Its director, Anna Petrova, said the box held a bone. A coin of 320 A.D."
        " lay beside it, Petrova said.\n"
    )
    names = {e.name for e in newsfuse.brief([newsfuse.Document(text=text, source="A")]).entities}
    assert "Anna Petrova" in names and not names & {"C.E", "C.E.", "A.D", "A.D."}


SCHOOL_FIGHT = (
    "Two hurt in Kellmore school fight",
    "Two students of Kellmore High were hurt in a fight on Friday night, police said. They were"
    " taken to Ivo Marsh Medical Center in Kellmore, where one stayed overnight. A video of the"
    " fight spread on Facebook within the hour, and Kellmore High closed on Monday. Kellmore"
    " Chief Medical Examiner Dr. Ana Kovac said no one had died, and Kellmore County District"
    " Attorney Ivo Hill said no charges would be filed.",
)
# One story each: the kinds its names must have, and the names it must not list.
NAMED_WHOLE = [
    # the last word says it is a place: a dam, a gate, an empire
    (
        "rules spacy",
        (
            "Herd leaves Kell park",
            "Rangers tracked the elephants from Tarrow Dam past Okun Gate on Monday, the park"
            " said. The herd crossed land that the Velmar Empire once ruled. The warden, Ana"
            " Oduya, said the herd was calm.",
        ),
        {"Tarrow Dam": "place", "Okun Gate": "place", "Velmar Empire": "place"},
        set(),
    ),
    # "Speaker" is a title before a name, as "Senator" is
    (
        "rules spacy",
        (
            "Wetlands bill passes the Senate",
            "The Senate voted on Tuesday to protect the wetlands, and Senator Ann Vell said the"
            " vote was close. The bill goes to the House next week, where Speaker Tomas Brandt"
            " said it would pass.",
        ),
        {"Tomas Brandt": "person", "Ann Vell": "person"},
        {"Speaker Tomas Brandt"},
    ),
    # a township named for a man is a place all the same
    (
        "rules spacy",
        (
            "Families move for a school",
            "Families from six countries have moved to Martin Township, N.J., for its school for"
            " autistic children, said Ann Okafor, the township's director of special education.",
        ),
        {"Martin Township": "place", "Ann Okafor": "person"},
        set(),
    ),
    # the words after a name say what it is: an area and a station are places, a party's
    # leader is named after the party
    (
        "rules spacy",
        (
            "Riots in Kell after arrest",
            "Youths threw stones at police in the loyalist Tarrow Brae area of north Kell on Sunday"
            " night. The councillor was questioned at Dunraven police station for a second day."
            " Velmar Unionist leader Tomas Brandt said the arrest was lawful.",
        ),
        {
            "Tarrow Brae": "place",
            "Dunraven": "place",
            "Velmar Unionist": "organisation",
            "Tomas Brandt": "person",
        },
        set(),
    ),
    # a school by its town is a body; a network the model misses keeps the table's kind
    (
        "rules spacy",
        SCHOOL_FIGHT,
        {"Kellmore High": "organisation", "Facebook": "organisation"},
        set(),
    ),
    (
        "spacy",
        SCHOOL_FIGHT,
        # the model reads the person alone, but the name ends in "Center"; a person who closes
        # a name ("Hill" ends places too) is that person; a role before a name is no body
        {"Ivo Marsh Medical Center": "organisation", "Ivo Hill": "person"},
        {
            "Ivo Marsh",
            "Kellmore Chief Medical Examiner",
            "Kellmore County District Attorney Ivo Hill",
        },
    ),
    (
        "spacy",
        (
            "Velmar asks for an end to drone strikes",
            "Velmar's parliament asked on Monday for an end to CIA drone strikes in the hills near"
            " Kell, and the CIA declined to comment on the request.",
        ),
        # "CIA drone strikes" reads like a drone's make; the table says an organisation
        {"Central Intelligence Agency": "organisation"},
        set(),
    ),
    (
        "rules spacy",
        (
            "Fans queue for the new film",
            "Fans of “Star Lanterns” queued for two days in Kell, and the star of “Star Lanterns”"
            " greeted them on Wednesday. The star said the film was the best of the series, and a"
            " big crowd of fans of “Big Spender” Ivo Marsh, the film's villain, cheered him.",
        ),
        # a title that fills its marks keeps its common first word; a nickname before a name
        # is no title
        {"Star Lanterns": "other"},
        {"Lanterns", "Big Spender"},
    ),
    (
        "rules spacy",
        (
            "Bombers fly near the strait",
            "Lin Tao-wei, Velmar's deputy defence minister, doubted on Monday that the flights of"
            " bombers near the strait were a threat. Lin Tao-wei said the flights were training.",
        ),
        # a family name, then a given name joined by a hyphen: a person
        {"Lin Tao-wei": "person"},
        set(),
    ),
    (
        "rules spacy",
        (
            "A botanist tops a ranking of Wikipedia",
            "A study of Wikipedia led by Laura Brennan ranks the most linked people of history."
            " According to Brennan and co., the most linked of all is a Swedish botanist, and"
            " Brennan said on Monday that kings came far behind.",
        ),
        # "Brennan and co." is Brennan and the people with her: no name of its own
        {"Laura Brennan": "person"},
        {"Brennan and co", "Brennan and co."},
    ),
    (
        "rules spacy",
        (
            "Velmar's president stays in Kell",
            "President Tarek Hassan al-Omari said on Monday that the army would stay in Kell, and"
            " al-Omari's rival Ali el-Marouf called for a vote.",
        ),
        # an Arabic article joins the word after it to the name ("al-Omari", "el-Marouf")
        {"Tarek Hassan al-Omari": "person", "Ali el-Marouf": "person"},
        {"Tarek Hassan", "Ali"},
    ),
    (
        "rules",
        (
            "Kell case goes to the prosecutors",
            "The prosecutor, Ivo Marsh QC, will decide on the Kell case, police said on Sunday."
            " The town's member of parliament, Ann Bell MP, said the town wanted answers, and"
            " Ann Bell met the police chief on Monday.",
        ),
        # a barrister's rank and a seat after a full name are no part of it
        {"Ivo Marsh": "person", "Ann Bell": "person"},
        {"Ivo Marsh QC", "Ann Bell MP"},
    ),
    (
        "rules",
        OSTROWE,
        # a person christened with many names goes by the full name the texts use most
        {"Edda Ostrowe Hale": "person"},
        {"Edda Theresa Philomena Aileen Mary Josephine Agnes Elsie Trilby Louise Ostrowe Hale"},
    ),
    (
        "spacy",
        (
            "A computer virus spreads",
            "A new computer virus spread in Kell on Friday, a year after the Melissa virus hit"
            " the town's banks. Experts said the Melissa virus had been far slower.",
        ),
        # a virus (or a disease) named like a person is a thing
        {"Melissa": "other"},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("engine", "story", "kinds", "absent"),
    [
        pytest.param(engine, story, kinds, absent, id=f"{n}-{engine}")
        for n, (engines, story, kinds, absent) in enumerate(NAMED_WHOLE)
        for engine in engines.split()
    ],
)
def test_names_are_read_whole_and_of_their_kind(engine, story, kinds, absent):
    found = _kinds(_story(engine, *story))
    assert {name: found.get(name) for name in kinds} == kinds, found
    assert not absent & set(found), found


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_name_spelt_from_another_script_and_a_firm_by_its_first_partners_are_one(engine):
    briefing = newsfuse.brief(
        [
            "Envoy meets Morsi\n\nThe envoy met the deposed president Mohamed Morsi in Kell on"
            " Monday night. Morsi is held at a base near Kell, and the envoy said Morsi was"
            " well. Lawyers of the venture firm Osterby Kade Lund & Byers asked the court for"
            " costs, and Osterby Kade said it would not drop the claim." + FILLER,
            "Deposed leader seen\n\nThe envoy saw Mohamed Mursi late on Monday, the first visit"
            " since his arrest. Mursi told her he was well treated. The envoy will return to"
            " Kell next week, an aide said." + FILLER,
        ],
        entity_model=engine,
    )
    morsi = _entity(briefing, "Mohamed Morsi")
    # one vowel for another after the same given name: one man, as two outlets spell him
    assert {"Mohamed Mursi", "Mursi"} <= set(morsi.variants), morsi.variants
    found = _kinds(briefing)
    assert "Mohamed Mursi" not in found and "Mursi" not in found, found
    # "Osterby Kade" is the firm of partners whose name it opens, not a person
    if engine == "spacy":
        assert "Osterby Kade" not in found, found
        firm = _entity(briefing, "Osterby Kade Lund & Byers")
        assert firm.kind == "organisation" and "Osterby Kade" in firm.variants, firm


def test_a_people_named_in_the_plural_is_no_entity_but_a_surname_in_s_is():
    from newsfuse.briefing.model import Entity
    from newsfuse.briefing.salience import _adjectives

    names = ["Acadians", "Europeans", "Americans", "Evans", "Adams", "Kell"]
    entities = [Entity(name, "place", [name], {1: 2}) for name in names]
    # written alone ("the Acadians say"), a people in the plural is still no name of its own
    assert set(_adjectives(entities, standalone=set(names))) == {
        "Acadians",
        "Europeans",
        "Americans",
    }


def test_a_family_name_written_alone_is_the_one_so_named_in_the_same_articles():
    first = (
        "Liang Wenhao, who speaks for the Orsk provincial water office, met reporters at the"
        " Orsk dam on Monday. Liang said the dam had held through the worst of the flood."
        ' "The dam will hold through the whole flood season," Liang said. Liang added that'
        " the spillway gates were opened twice."
    )
    second = (
        "Premier Liang Jiabao visited the Orsk dam on Tuesday and thanked the engineers who"
        " kept the spillway gates working through the flood in Orsk province. Liang Jiabao"
        " promised money to rebuild the river banks before the next rains."
    )
    briefing = newsfuse.brief(
        [
            newsfuse.Document(text=first, source="Wire"),
            newsfuse.Document(text=second, source="Post"),
        ],
        entity_model="rules",
    )
    names = {e.name: e for e in briefing.entities + briefing.other_entities}
    assert "Liang" not in names  # the family name alone is no one of its own
    assert "Liang" in names["Liang Wenhao"].variants
    assert "Liang" not in names["Liang Jiabao"].variants
    (quote,) = [q for q in briefing.quotes if q.text.startswith("The dam will hold")]
    assert quote.speaker == "Liang Wenhao"


def test_a_family_name_before_a_hyphenated_given_name_is_a_person():
    # however the finders read its family name alone
    from newsfuse.briefing.entities import Mention, merge_mentions
    from newsfuse.briefing.salience import settle_kinds

    text = "Lin Tao-wei doubted the bombers were a threat. Lin said so twice, and Lin again."
    mentions = [Mention(0, 0, 11, "Lin Tao-wei", "person")] + [
        Mention(0, m.start(), m.end(), m.group(), "organisation")  # "Lin" read as a body
        for m in re.finditer(r"\bLin\b(?! Tao)", text)
    ]
    index = merge_mentions(mentions, [1])
    settle_kinds(index, mentions, [newsfuse.Document(text=text, source="Wire")])
    assert index.kind_of("Lin Tao-wei") == "person"


def test_a_person_read_inside_another_persons_name_is_no_one():
    from newsfuse.briefing.entities import Mention, _without_pieces

    text = "She was christened Edda Theresa Mary Josephine Agnes Ostrowe Hale in Kell."
    whole = "Edda Theresa Mary Josephine Agnes Ostrowe Hale"
    start = text.index(whole)
    people = [
        Mention(0, start, start + len(whole), whole, "person"),
        Mention(0, text.index("Mary"), text.index(" Ostrowe"), "Mary Josephine Agnes", "person"),
        Mention(0, text.index("Kell"), text.index("Kell") + 4, "Kell", "place"),
    ]
    assert [m.text for m in _without_pieces(people)] == [whole, "Kell"]


def test_a_town_a_park_is_named_after_is_not_the_park():
    text = (
        "Lion shot near Tarrow\n\nRangers shot a lion from Tarrow National Park on Monday after it"
        " mauled a man near Tarrow, the capital. Tarrow National Park has no fence on its south"
        " side, and lions from the park have walked into Tarrow twice this year."
    )
    names = _entity_of_variant(text)
    assert names.get("Tarrow") and names.get("Tarrow National Park")
    assert names["Tarrow"] != names["Tarrow National Park"]


PRINCIPAL = (
    "DUNMORE, Kell _ Walk into Orrin Middle School and you will see signs that warn against"
    " bullying. Orrin is not a dangerous school, far from it.\n"
    "“This is the way it is today,” Orrin Principal Tomas Brandt says with regret.\n"
    "Principal Brandt feels that mentoring helps students, and the school's counselor agrees.\n"
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_principal_is_a_title_and_the_school_before_it_is_no_person(engine):
    briefing = newsfuse.brief([newsfuse.Document(text=PRINCIPAL, source="A")], entity_model=engine)
    found = {e.name: e for e in briefing.entities}
    assert found["Tomas Brandt"].kind == "person" and "Brandt" in found["Tomas Brandt"].variants
    assert not {"Orrin Principal", "Principal Brandt"} & set(found)
    assert [q.speaker for q in briefing.quotes] == ["Tomas Brandt"]
    if engine == "spacy":  # the school alone, which the model reads as a person
        assert "Orrin" in found["Orrin Middle School"].variants


def _place_salience(text: str, names: str) -> dict[str, float]:
    """The salience of each place name of ``names`` (a pattern), found wherever the text has
    it, in a one-document cluster."""
    import re

    from newsfuse.briefing.entities import Mention, merge_mentions
    from newsfuse.briefing.salience import entity_salience
    from newsfuse.domain import Document

    mentions = [
        Mention(0, m.start(), m.end(), m.group(), "place") for m in re.finditer(names, text)
    ]
    index = merge_mentions(mentions, [1])
    return entity_salience(index, mentions, [Document(text)], [[]], set())


def test_a_peoples_adjective_after_is_or_before_a_participle_is_still_no_name():
    from newsfuse.briefing.salience import NOT_A_NAME

    text = (
        "The council sued the state of Kell over Velmarian land sold in 1795. Velmarian"
        " families farm there, and most of the town's teachers are Velmarian. Velmarian elders"
        " back the suit, Velmarian leaders met the governor, and the Velmarian fishing season"
        " opens in May. Velmarian children, Velmarian schools and Velmarian courts are named."
    )
    scores = _place_salience(text, r"Velmarian|Kell")
    # written before a noun but twice: after "are" and before a participle ("fishing")
    assert scores["Velmarian"] == NOT_A_NAME
    assert scores["Kell"] > 0


def test_a_generic_head_written_alone_is_shorthand_for_the_full_name():
    import re

    from newsfuse.briefing.entities import Mention, merge_mentions
    from newsfuse.briefing.salience import entity_salience
    from newsfuse.domain import Document

    texts = [
        "The Kell Harbour Commission voted on Monday to close the north pier. The Commission"
        " said the pier was unsafe, and the Commission will meet again in May. The Velmar"
        " Rowing Club, which uses the pier, asked the Commission to wait.",
        "The Orrin Water Commission said it would not object to the closure, which the Kell"
        " Harbour Commission ordered. The Velmar Rowing Club will move its boats.",
    ]
    names = r"Kell Harbour Commission|Orrin Water Commission|Velmar Rowing Club|Commission"
    mentions = [
        Mention(doc, m.start(), m.end(), m.group(), "organisation")
        for doc, text in enumerate(texts)
        for m in re.finditer(names, text)
    ]
    index = merge_mentions(mentions, [1, 2])
    # two commissions: merging cannot tell which one "the Commission" is
    assert "Commission" in {e.name for e in index.entities}
    scores = entity_salience(index, mentions, [Document(t) for t in texts], [[], []], set())
    # the one its outlet names: "the Commission" counts for it and is no entity of its own
    assert scores["Commission"] == 0
    assert scores["Kell Harbour Commission"] > scores["Orrin Water Commission"]


def test_a_faiths_or_a_games_adjective_before_nouns_is_no_name():
    from newsfuse.briefing.salience import NOT_A_NAME

    text = (
        "Parents in Kell teach Velmaric history and Velmaric values at home. The Velmaric"
        " schools of the town are full, weekend Velmaric classes are too, and Velmaric"
        " families from Orrin drive in. Orrin sent its Velmaric teachers as well."
    )
    scores = _place_salience(text, r"Velmaric|Kell|Orrin")
    assert scores["Velmaric"] == NOT_A_NAME
    assert scores["Kell"] > 0 and scores["Orrin"] > 0


def test_a_temperature_scale_is_no_entity():
    from newsfuse import Document, brief

    text = (
        "The heat wave in Kell reached 104 degrees Fahrenheit on Monday, the mayor Ann Voss said."
        "\nIn Orrin it was 40 degrees Celsius, and Voss asked people to stay indoors until dusk."
    )
    for engine in ("rules", "spacy"):
        briefing = brief([Document(text=text, source="Kell Post")], entity_model=engine)
        names = {e.name for e in briefing.entities + briefing.other_entities}
        assert "Ann Voss" in names
        assert not names & {"Fahrenheit", "Celsius"}, engine


def test_a_family_named_in_the_plural_is_no_person_of_its_own():
    from newsfuse import Document, brief

    text = (
        "Alan Voss and his wife Ruth teach their four children at home in Kell, a town of 3,000"
        " on the coast.\nSome families, like the Vosses, say the public schools in Kell are"
        " failing their children.\nThe Vosses point to a 2019 study of home schooling by the Kell"
        " Institute.\n“We want our children to know their history,” Alan Voss said on Monday.\n"
        "Ruth Voss said the family had tried the town school for a year."
    )
    for engine in ("rules", "spacy"):
        briefing = brief([Document(text=text, source="Kell Post")], entity_model=engine)
        shown = {e.name for e in briefing.entities}
        assert {"Alan Voss", "Ruth Voss"} <= shown, engine
        assert "Vosses" not in shown, engine
