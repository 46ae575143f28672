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
