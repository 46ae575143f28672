"""Entities on held-out kinds of story: acronyms introduced in brackets, lists that say what
their items are, product and cast cues, plurals of a people (invented stories)."""

from __future__ import annotations

import pytest

import newsfuse

# A paragraph every story ends with, so that each article is long enough to be read.
FILLER = (
    "\nThe harbour plan would rebuild the old quay and the fish market before the summer."
    " Traders on the quay have asked the council for a say in how the work is done."
)


def _brief(*texts: str, engine: str = "spacy"):
    documents = [
        newsfuse.Document(text=t + FILLER, source=f"Outlet {k}") for k, t in enumerate(texts, 1)
    ]
    return newsfuse.brief(documents, entity_model=engine)


def _listed(briefing) -> dict[str, object]:
    return {e.name: e for e in briefing.entities}


def _all(briefing) -> dict[str, object]:
    return {e.name: e for e in briefing.entities + briefing.other_entities}


def _named(*texts: str, engine: str = "spacy") -> dict[str, object]:
    """Every entity (listed or not) of a briefing of these stories, by name."""
    return _all(_brief(*texts, engine=engine))


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_an_acronym_introduced_in_brackets_is_the_name_before_it(engine):
    briefing = _brief(
        "Rebels take Orrin\n\nFighters of the Movement for the Defence of Kell Harbour (MDKH)"
        " took the port of Orrin on Sunday. The MDKH said it would hold Orrin until the army"
        " left, and an MDKH commander said the fighters would not harm residents.",
        "Army pulls out of Orrin\n\nThe army left Orrin on Monday after the Movement for the"
        " Defence of the Kell Harbour took the port, officials said. The Velmar Bureau of"
        " Investigation said the VBI had opened an inquiry into the attack.",
        engine=engine,
    )
    found = _all(briefing)
    movement = [e for e in found.values() if "MDKH" in e.variants]
    assert len(movement) == 1, found
    assert movement[0].name.startswith("Movement for the Defence of"), movement[0].name
    assert movement[0].kind == "organisation"
    assert "MDKH" not in found
    bureau = found.get("Velmar Bureau of Investigation")
    assert bureau is not None and "VBI" in bureau.variants, found


def test_a_town_in_a_list_of_towns_is_a_place_whatever_the_model_missed():
    briefing = _brief(
        "Rebels seize the north\n\nRebels seized the northern towns of Orrin, Tazawet and Kell"
        " on Sunday. Residents in Orrin said fighters were going from door to door.",
        "Army regroups\n\nThe army regrouped in the south after losing the towns of Tazawet,"
        " Orrin and Kell over the weekend, officials said.",
    )
    kinds = {e.name: e.kind for e in briefing.entities}
    for town in ("Orrin", "Tazawet", "Kell"):
        assert kinds.get(town) == "place", (town, kinds)


OWN_OUTLET = (
    "Fuel runs dry in Dravo\n\nFuel ran out at the pumps of Dravo on Tuesday, a week after the"
    " neighbours closed their borders, and traders in Dravo told the Harbour Gazette that no"
    " tanker had come since. Minister Tomas Brandt said supplies would come by Friday, and the"
    " Velmar Fuel Board said it had asked the neighbours to let twenty tankers through.\n"
    "Queues stretched for miles along the coast road on Tuesday, and some drivers slept in their"
    " cars. The Harbour Gazette's Ana Kovac in Dravo says the clinics are running on their last"
    " generators. A farmer told the Harbour Gazette that his pumps were dry, and a nurse told"
    " the Harbour Gazette that the clinic would close on Thursday."
)


def test_an_outlet_that_is_only_its_articles_source_is_not_listed():
    briefing = _brief(OWN_OUTLET, engine="rules")
    assert "Harbour Gazette" not in _listed(briefing), _listed(briefing)
    assert "Harbour Gazette" in _all(briefing)
    # An article that says the outlet reported it cites another's work: that outlet counts.
    cited = _brief(
        OWN_OUTLET.replace("The Harbour Gazette's Ana Kovac", "The Harbour Gazette reports"),
        engine="rules",
    )
    assert "Harbour Gazette" in _listed(cited), _listed(cited)


def test_a_peoples_plural_is_the_people_and_the_north_is_the_country_paired_with_the_south():
    briefing = _brief(
        "Talks in Dravo\n\nKestani rebels met envoys of North Velmar and South Velmar in Dravo"
        " on Monday. The Kestanis, who live across the desert, want a state of their own, and"
        " Kestani leaders said the North had armed them while the South had not.",
        "Envoys leave Dravo\n\nThe envoys of North Velmar left Dravo on Tuesday. Officials of"
        " the South said the North would keep sending arms to the Kestani fighters, and South"
        " Velmar asked for a ceasefire.",
    )
    found = _all(briefing)
    people = found.get("Kestani")
    assert people is not None, found
    assert people.kind == "other"  # a people, never "in Kestani"
    assert "Kestanis" not in found
    north = found.get("North Velmar")
    assert north is not None and "North" in north.variants, found
    assert "North" not in found


def test_a_peoples_plural_joins_its_singular_but_a_surname_never_joins_a_first_name():
    from newsfuse.briefing.entities import Mention, merge_mentions

    mentions = [
        Mention(0, 0, 7, "Kestani", "place"),
        Mention(0, 20, 27, "Kestani", "place"),
        Mention(0, 40, 48, "Kestanis", "person"),
        Mention(0, 60, 66, "Robert", "place"),
        Mention(0, 80, 87, "Roberts", "organisation"),
    ]
    names = {e.name: e.variants for e in merge_mentions(mentions, [1]).entities}
    assert set(names["Kestani"]) == {"Kestani", "Kestanis"} and "Kestanis" not in names
    assert "Roberts" in names and "Robert" in names, names


REVIEW = (
    "Harbour of Wolves, The\nDRAMA: Velmar, 2011 U.S. Release Date: 2011-03-04 Running Length:"
    " 1:50 Cast: Tomas Brandt, Ana"
    " Kovac, Ivo Marsh, Pell Ostrander Director: Lena Haight Screenplay: Ruth Calder Music: Oskar"
    " Wendt Distributor: Harbour Film Company\n"
    "Lena Haight's remake of the 1950 classic sends Tomas Brandt back to the fishing village of"
    " his youth. There lives his father, Sir Edmund Varga (Ivo Marsh), who has kept the family"
    " boats for forty years. The ferry woman Maris (Ana Kovac) warns him that the harbour is"
    " cursed, and Brandt plays Captain Jory Lind, a man who does not listen. The film owes"
    " more to 'A Night Crossing in Tarrow' than to the original, and Haight knows it: the best"
    " scene, a storm at sea, is lifted from A Night Crossing in Tarrow almost shot for shot."
    " Ruth Calder's script gives the cast little to do."
)


def test_a_reviews_roles_actors_and_a_quoted_title_are_its_entities():
    found = _listed(_brief(REVIEW))
    # Roles and the actors credited in brackets count for the story, named once or not.
    for person in ("Edmund Varga", "Maris", "Jory Lind", "Ivo Marsh", "Ana Kovac"):
        assert person in found and found[person].kind == "person", (person, list(found))
    # A title in marks is whole where the model cut it at "in", and so is the same title
    # written without marks; no piece of it is an entity of its own.
    title = found.get("A Night Crossing in Tarrow")
    assert title is not None and title.kind == "other", list(found)
    assert title.total == 2
    assert not [n for n in found if n in ("A Night Crossing", "Night Crossing", "Tarrow")]
    # The credits' country is the film's, not the story's; a label is no name.
    assert "Velmar" not in found and not [n for n in found if "Release" in n], list(found)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_device_named_again_and_again_is_a_name_and_a_thing(engine):
    briefing = _brief(
        "Velmar Games shows Trellis\n\nVelmar Games showed Trellis, its motion sensor, to"
        " players in Kell on Sunday. The Trellis system reads the body, and Trellis games need no"
        " pad at all. Players waved at the Trellis system for an hour.",
        "Trellis on show\n\nTrellis is Velmar Games' answer to the pads of its rivals. Trellis"
        " games will cost less than console games, the company said, and a trellis app will run"
        " on phones.",
        engine=engine,
    )
    found = _all(briefing)
    # Written once in lower case ("a trellis app"), capitalised inside sentences ten times:
    # a name; the nouns after it ("system", "games") make it a device.
    assert "Trellis" in found, list(found)
    if engine == "rules":
        assert found["Trellis"].kind == "other"


LAUNCH = (
    "Velmar Games names its tracker\n\nVelmar Games showed its motion tracker Tessel, formerly"
    " known as Project Loom, in Kell on Sunday, and said the Loom name was gone. Tessel will"
    " take on Orrin Play and its Orrin, its Orrin Fit and Orrin Sports.\n"
    "These games include:\n"
    "A Fishing Game (name to come)\n"
    "Harbour Run\n"
    "Race the tide along the quay with friends.\n"
    "Kell Crossing\n"
    "Steer a ferry through a storm.\n"
    "Loomies\n"
    "Raise twenty different seals.\n"
    "The games will go on sale with Tessel in the autumn, Velmar Games said."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_listed_games_other_names_and_a_brand_shared_by_two_products(engine):
    found = _all(_brief(LAUNCH, engine=engine))
    # Titles listed one to a line after "These games include:" are works, though a line with
    # only a name is page furniture elsewhere; an item that describes a game names nothing.
    for title in ("Harbour Run", "Kell Crossing", "Loomies"):
        assert title in found and found[title].kind == "other", (title, list(found))
    assert not [n for n in found if "Fishing" in n], list(found)
    # "formerly known as": one entity, named as the text names it first.
    tracker = [e for e in found.values() if "Project Loom" in e.variants]
    assert tracker and tracker[0].name == "Tessel" or engine == "rules", list(found)
    # "Orrin" opens three products: it is merged into none of them.
    assert not [e.name for e in found.values() if e.name != "Orrin" and "Orrin" in e.variants]
    # "Orrin Play and its Orrin Fit": a name a company owns is one of its products.
    assert found["Orrin Fit"].kind == "other", found["Orrin Fit"]


def test_a_treaty_an_airline_in_apposition_and_a_film_whose_title_opens_with_the():
    found = _all(
        _brief(
            "Kell bans the gas\n\nVelmar signed the Velmar Weapons Convention on Monday, and an"
            " official of the state airline, Air Tarrow, said its pilots had been told. Critics"
            ' compared the affair to the 1950 film "The Wolf Crossing," and to The Wolf Crossing'
            " sequel too. The Velmar Weapons Convention bans the gas in Velmar and Kell."
        )
    )
    assert found["Velmar Weapons Convention"].kind == "other", found
    assert found.get("Air Tarrow") and found["Air Tarrow"].kind == "organisation", found
    film = [e for e in found.values() if e.name.endswith("Wolf Crossing")]
    assert film and film[0].kind == "other", found  # "Wolf" is a first name, "The" no one's


def test_a_caption_credit_a_title_before_a_name_a_town_and_its_country_are_apart():
    found = _all(
        _brief(
            "Storm film opens\n\nHarbour Film Company released the storm drama on Friday. Ana Kovac"
            " stars as a ferry captain, and Harbour Film Company said the film was shot in Tarrow,"
            " Velmar, last winter.\n"
            "Harbour Film Company Ana Kovac as Captain Maris.\n"
            "Inspector-General of Police Tomas Brandt, who advised on the film, said Ana Kovac"
            " had trained with the harbour police for a month.",
        )
    )
    assert "Harbour Film Company Ana Kovac" not in found, list(found)
    assert found["Harbour Film Company"].total >= 2 and found["Ana Kovac"].total >= 2, found
    assert not [n for n in found if n.startswith("Inspector")], list(found)
    assert found.get("Tomas Brandt") and found["Tomas Brandt"].kind == "person"
    assert "Tarrow, Velmar" not in found


def test_a_first_name_the_model_reads_alone_before_a_verb_like_surname_is_the_whole_name():
    found = _all(
        _brief(
            "Storm film opens\n\nThe storm drama opened in Kell on Friday. As the inspector,"
            " Tomas Baking defines dull, and the harbour scenes drag for an hour."
        )
    )
    assert found.get("Tomas Baking") and found["Tomas Baking"].kind == "person", list(found)
    assert "Tomas" not in found


def test_a_platform_a_product_is_made_for_is_a_thing():
    from newsfuse.briefing.entities import Mention, merge_mentions
    from newsfuse.briefing.salience import settle_kinds

    text = "Velmar Games sells a new controller for the Skiff Deck, and Skiff Deck owners like it."
    first, second = text.index("Skiff Deck"), text.rindex("Skiff Deck")
    mentions = [
        Mention(0, 0, 12, "Velmar Games", "organisation"),
        Mention(0, first, first + 10, "Skiff Deck", "organisation"),
        Mention(0, second, second + 10, "Skiff Deck", "organisation"),
    ]
    index = merge_mentions(mentions, [1])
    settle_kinds(index, mentions, [newsfuse.Document(text=text)])
    assert index.kind_of("Skiff Deck") == "other"
    assert index.kind_of("Velmar Games") == "organisation"


def test_an_event_the_model_read_a_piece_of_is_whole_and_a_companys_own_is_no_place():
    found = _all(
        _brief(
            "Boats on show\n\nThe Sunday event kicked off the Oskarby Expo trade show, where"
            " Velmar Marine showed its Tarrow, and its Kell Skiff. Buyers at the Oskarby Expo"
            " trade show queued for hours."
        )
    )
    expo = found.get("Oskarby Expo")
    assert expo is not None and expo.kind == "other", list(found)
    assert "Oskarby" not in found
    skiff = found.get("Kell Skiff")
    assert skiff is not None and skiff.kind == "other", list(found)


def test_a_name_whose_members_are_named_is_a_group():
    from newsfuse.briefing.entities import Mention, merge_mentions
    from newsfuse.briefing.salience import settle_kinds

    text = "In Orrin, Ansar Kell took the port. Ansar Kell members went from door to door."
    first, second = text.index("Ansar Kell"), text.rindex("Ansar Kell")
    mentions = [Mention(0, k, k + 10, "Ansar Kell", "person") for k in (first, second)]
    index = merge_mentions(mentions, [1])
    settle_kinds(index, mentions, [newsfuse.Document(text=text)])
    assert index.kind_of("Ansar Kell") == "organisation"


def test_a_name_after_a_noun_that_says_it_is_a_body_is_found():
    found = _all(
        _brief(
            "Gas attack recalled\n\nIn 1995 the Velmari cult Orrun Tessaku used the gas to"
            " attack three people in Kell, one of whom died, police said on Monday."
        )
    )
    cult = found.get("Orrun Tessaku")
    assert cult is not None and cult.kind == "organisation", list(found)


def test_a_person_the_text_writes_with_a_capital_the_inside_a_sentence_is_a_work():
    from newsfuse.briefing.entities import Mention, merge_mentions
    from newsfuse.briefing.salience import settle_kinds

    text = "Studios have remade Dracula, and The Wolf Crossing is to wolves what Dracula is."
    start = text.index("Wolf Crossing")
    mentions = [Mention(0, start, start + 13, "Wolf Crossing", "person")]
    index = merge_mentions(mentions, [1])
    settle_kinds(index, mentions, [newsfuse.Document(text=text)])
    assert index.kind_of("Wolf Crossing") == "other"
