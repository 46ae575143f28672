"""Where a name ends: at its line's end, after "Jr.", before a credit's next label."""

import pytest

import newsfuse
from newsfuse.briefing.entities import Mention, find_mentions, joined_person_pieces, without_lead
from newsfuse.domain import Document

REVIEW = """Harbour of Ghosts review: a remake in search of a soul
Running Length: 1:52 Cast: Ivo Marsh, Petra Lind Director: Ann Voss Screenplay: Tom Reyes, \
based on the novel by Una Petrov Cinematography: Ola Brandt Music: Kim Sato
Banned by the 1994 Kell Harbour Convention
Read more about the harbour
Marsh plays a keeper who talks to the drowned, or maybe he is just channeling Ben Okafor Jr. \
Hard to say, and the film never decides.
The Kell Harbour Convention still bars night fishing, the keeper tells his daughter."""


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_name_stops_at_its_line_its_suffix_and_the_next_credit(engine):
    mentions, _ = find_mentions([Document(REVIEW, source="Kell Review")], engine)
    names = {m.text for m in mentions}
    assert {"Ann Voss", "Una Petrov", "Kell Harbour Convention"} <= names
    assert not names & {"Cast", "Running Length"}
    assert not any(n.endswith(("Screenplay", "Cinematography", "Music", "Read")) for n in names)
    assert not any("Jr. Hard" in n or "Jr Hard" in n for n in names)
    assert any(n.startswith("Ben Okafor") for n in names)


def test_an_accented_last_word_and_a_bracket_are_read_right():
    text = (
        "Soldiers ousted President Ivo Barrand Kouyaté on Tuesday, a week before the vote.\n"
        "Ivo Barrand Kouyaté had ruled for ten years.\n"
        "The fair offered sports like Sprints (running), javelin (throwing) and bowling."
    )
    for engine in ("rules", "spacy"):
        mentions, _ = find_mentions([Document(text, source="Kell Post")], engine)
        names = {m.text for m in mentions}
        assert "Ivo Barrand Kouyaté" in names, (engine, names)
        assert "Ivo Barrand" not in names
        assert not any("(" in n for n in names)


HEIR = """Exiled heir Kim Tae Song dies at Velmar airport
Kim Tae Song, the half brother of ruler Kim Tae Il, died on Monday after two women wiped his \
face at the airport.
Police said Kim had been travelling alone, and that Kim carried a passport in another name.
Kim was 45, police said, and Kim Tae Song's family asked for his body.
The film's lead was first played by Lon Chaney Jr. in 1941, and Chaney's make-up is kept.
He feared for his life, friends of Kim Tae Song said. Kim Tae Il has not commented."""


@pytest.mark.parametrize("model", ["rules", "auto"])
def test_a_family_name_first_and_a_surname_before_jr_join_their_person(model):
    briefing = newsfuse.brief([Document(HEIR, source="Kell Post")], entity_model=model)
    variants = {e.name: set(e.variants) for e in briefing.entities}
    assert "Kim" in variants.get("Kim Tae Song", set()), variants
    assert "Kim" not in variants and "Chaney" not in variants
    assert "Chaney" in next(v for name, v in variants.items() if name.startswith("Lon Chaney"))


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("institute the Kell Corporation", "Kell Corporation"),
        ("the Kell Ferry Union", "the Kell Ferry Union"),  # "the" alone: strip_name's work
        ("de la Puente", "de la Puente"),  # a name that opens in lower case
        ("think tank the Orrin Institute, Velmar", "think tank the Orrin Institute, Velmar"),
    ],
)
def test_a_model_span_loses_the_common_words_it_began_at(span, name):
    text, start = without_lead(span, 10)
    assert text == name and start == 10 + len(span) - len(name)


def test_a_long_name_the_model_cut_short_is_read_whole():
    # "Aung Kyaw Suu Lin said ... Suu Lin told ...": the model read "Aung Kyaw" alone
    model = [Mention(0, 18, 27, "Aung Kyaw", "person"), Mention(0, 92, 99, "Suu Lin", "person")]
    rules = [Mention(0, 18, 35, "Aung Kyaw Suu Lin", "person")]
    names = {m.text for m in joined_person_pieces(model, rules, frozenset())}
    assert names == {"Aung Kyaw Suu Lin", "Suu Lin"}
    # not where the words left out are the cluster's common words, or no one's name elsewhere
    headline = [Mention(0, 0, 25, "Ann Voss Denies Ben Marsh", "person")]
    pieces = [Mention(0, 0, 8, "Ann Voss", "person"), Mention(0, 16, 25, "Ben Marsh", "person")]
    assert joined_person_pieces(pieces, headline, frozenset({"denies"})) == pieces
    show = [Mention(0, 0, 22, "Jesus Christ Superstar", "")]
    alone = [Mention(0, 0, 12, "Jesus Christ", "person")]
    assert joined_person_pieces(alone, show, frozenset()) == alone
