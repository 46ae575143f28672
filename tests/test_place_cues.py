"""The words around a name say it is a place: "the towns of A, B and C", "the capital, D"."""

import pytest

import newsfuse
from newsfuse.briefing.salience import is_demonym
from newsfuse.ingest import load

NORTH = """Rebels take the north of Velmar
Rebels have seized the key northern towns of Orrin, Tessaly and Kell after the army withdrew.
Residents in Orrin and Tessaly told reporters that fighters were going from door to door.
Long lines formed at fuel pumps in the capital, Dravo, as sanctions began to bite.
Protesters gathered outside Tarn Rail headquarters, where Tarn Rail said trains had stopped.
The Marsh Front wants an independent state in the north, while the Tessaly region stays calm."""
SANCTIONS = """Velmar braces for sanctions
Drivers queued outside Dravo on Tuesday as neighbours shut their borders.
In Dravo, traders said prices had doubled since the rebels took Orrin.
A farmer outside Dravo said his pumps would run dry within days, Tarn Rail said.
The rebels now hold Kell, Orrin and Tessaly, the army said."""


def test_names_the_words_call_places_are_places():
    documents = [
        newsfuse.Document(NORTH, source="Velmar Wire"),
        newsfuse.Document(SANCTIONS, source="Dravo Times"),
    ]
    kinds = {e.name: e.kind for e in newsfuse.brief(documents).entities}
    for town in ("Dravo", "Orrin", "Tessaly", "Kell"):
        assert kinds.get(town) == "place", (town, kinds)
    assert kinds.get("Tarn Rail") == "organisation"  # "outside Tarn Rail headquarters"
    assert kinds.get("Marsh Front") == "organisation"


FUEL = """Fuel runs short in Orlan
Landlocked Orlan has to import all its fuel, and the closed borders have cut supplies.
Orlans queued at pumps on Tuesday, and Orlan officials asked the neighbours for time.
The landlocked state needs 40 tankers a week, officials in Orlan said.
Fighting in northern Orlan has closed the main road, and Orlan's army has pulled back."""


@pytest.mark.parametrize("model", ["rules", "auto"])
def test_a_country_stays_a_place_whatever_opens_its_sentence(model):
    briefing = newsfuse.brief([newsfuse.Document(FUEL, source="Orlan Post")], entity_model=model)
    kinds = {e.name: e.kind for e in briefing.entities}
    assert kinds.get("Orlan") == "place", kinds
    assert not any(name.startswith("Landlocked") for name in kinds)


LAUNCH = """Crowds fill Galen Center for the Orbit launch
Thousands of fans packed the Galen Center on Sunday night to see Velcorp show its new console.
Inside the Galen Center, dancers in white robes moved across the floor.
Later the crowd walked to the Ada Museum, where Ida Marsh showed the first games."""


@pytest.mark.parametrize("model", ["rules", "auto"])
def test_a_building_named_with_a_first_name_is_a_place(model):
    briefing = newsfuse.brief([newsfuse.Document(LAUNCH, source="Kell Post")], entity_model=model)
    kinds = {e.name: e.kind for e in briefing.entities}
    assert kinds.get("Galen Center") == "place" and kinds.get("Ada Museum") == "place", kinds
    assert kinds.get("Ida Marsh") == "person"


CUP = """Kell Rovers lose the final
South Africa has won the cup after a long final in Durban on Sunday night, the league said.
Fans drove south to the coast, and the best team in Africa was cheered by thousands in South \
Africa on Monday.
Okello Tandu resigned as chief of the Kell port board on Monday after the strike at the docks.
The board said it had lost confidence in Tandu, and a new chief will be named in May.
Will Hartog was arrested in Kell on Monday after a fire at the mill, police said.
Hartog will appear in court on Friday, and Bill Orrin, the mill's owner, will give evidence.
Keynesians say the state should borrow more when demand falls, the report on the docks said.
Keynes wrote that spending should rise in a slump, and Keynes is still quoted by the board."""


@pytest.mark.parametrize("model", ["rules", "auto"])
def test_place_cues_leave_people_and_names_whole(model):
    briefing = newsfuse.brief([newsfuse.Document(CUP, source="Kell Post")], entity_model=model)
    kinds = {e.name: e.kind for e in [*briefing.entities, *briefing.other_entities]}
    assert kinds.get("South Africa") == "place", kinds
    assert kinds.get("Okello Tandu") == "person"
    assert kinds.get("Will Hartog" if model == "auto" else "Hartog", "person") == "person"
    assert kinds.get("Keynes") != "place"


def test_a_peoples_adjective_is_neither_listed_nor_also_named(shared_seeds):
    cluster = load(shared_seeds).clusters[0]
    briefing = newsfuse.brief(cluster.documents)
    names = [e.name for e in [*briefing.entities, *briefing.other_entities]]
    places = [e.name for e in briefing.entities if e.kind == "place"]
    assert "Syria" in places
    assert not [n for n in names for p in places if n != p and is_demonym(n, p)], names
