"""Speakers named with their organisation and role before them ("Trust head Irma Voss")."""

import pytest

import newsfuse

MUSEUM = """Floods close Kell museum
Waters rose through the old town of Kell on Sunday and reached the doors of the Kell Museum.
"These rooms hold the memory of every family in this valley and of our shared heritage," \
Heritage Trust head Irma Vossberg said, calling on the council to move the collection.
"We will move every painting to the hill depot before the river crests," Kell Museum \
director Pavel Orsk said.
"The depot on the hill has room for all of it and more besides," Ann Lind of the Heritage \
Trust said.
The Heritage Trust said the river would crest on Tuesday."""


@pytest.mark.parametrize("model", ["rules", "auto"])
def test_an_organisation_and_a_role_before_a_name_give_the_person(model):
    briefing = newsfuse.brief([newsfuse.Document(MUSEUM, source="Kell Post")], entity_model=model)
    speakers = {q.text.split()[0]: q.speaker for q in briefing.quotes}
    assert speakers == {"These": "Irma Vossberg", "We": "Pavel Orsk", "The": "Ann Lind"}
