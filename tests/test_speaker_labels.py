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


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            'Voss told the Velmar Times: "We will rebuild the wall before the winter storms come."',
            "Ann Voss",
        ),
        (
            'Voss praised Ben Marsh: "Without him the wall would have fallen in the first storm."',
            "Ann Voss",
        ),
        (
            '"The wall must be rebuilt before the storms return to the coast." Fishermen said the '
            "council had ignored every warning.",
            None,
        ),
    ],
)
def test_a_label_with_a_verb_is_a_sentence_and_a_group_is_no_surname(line, speaker):
    text = (
        "Storm damage in Kell\nAnn Voss is the mayor of Kell, and she spoke after the storm on "
        "Monday when the council met to discuss the sea wall and its cost.\n" + line
    )
    quotes = newsfuse.brief(
        [newsfuse.Document(text, source="Kell Post")], entity_model="rules"
    ).quotes
    assert [q.speaker for q in quotes] == [speaker]
