"""What a name's own words say about it, whatever the finders read it as: ailments and honours
are things, a district that runs schools is a body, highlands and springs are places; how the
short forms of a sea or a person join the full name (invented names, mentions as a finder
gives them)."""

from __future__ import annotations

import pytest

from newsfuse.briefing.entities import Mention, merge_mentions


def _index(*names: tuple[str, str, int]):
    """The entities of mentions given as (text, the finder's kind, how many times)."""
    mentions = []
    for text, kind, times in names:
        for _ in range(times):
            start = 50 * len(mentions)
            mentions.append(Mention(len(mentions) % 3, start, start + len(text), text, kind))
    return merge_mentions(mentions, [1, 2, 3])


@pytest.mark.parametrize(
    ("name", "read_as", "kind"),
    [
        ("Tarrow Valley Fever", "organisation", "other"),  # an ailment
        ("Ossel Virus", "place", "other"),
        ("Kestrel Gold Medal", "organisation", "other"),  # an honour
        ("Kell Independent School District", "place", "organisation"),  # a body, not an area
        ("Dunmore Irrigation District", "place", "organisation"),
        ("Laurel Highlands", "person", "place"),  # no one's surname, after a first name too
        ("Marion Springs", "person", "place"),
        # a body's head before "for" or "of", whatever follows it
        ("Kell Wide Fund for Nature", "person", "organisation"),
        ("Centre for Climate Study", "person", "organisation"),
        ("Orrin Institute of Marine Science", "other", "organisation"),
        ("State of Tarrow", "place", "place"),
    ],
)
def test_the_last_word_of_a_name_says_its_kind(name, read_as, kind):
    index = _index((name, read_as, 2))
    assert index.kind_of(name) == kind


def test_a_district_without_a_service_stays_a_place():
    assert _index(("Garvo District", "place", 2)).kind_of("Garvo District") == "place"


def test_a_full_name_read_as_a_person_again_and_again_is_one_whatever_its_first_word_alone():
    # "Art" alone once read as a body; "Art Velden" eight times as a person
    index = _index(("Art Velden", "person", 8), ("Art", "organisation", 1), ("Velden", "place", 1))
    assert index.kind_of("Art Velden") == "person"
    assert index.canonical("Velden") == index.canonical("Art Velden") is not None
    # a body whose first word the texts name as a body far more often stays a body
    index = _index(("Corra Velden", "person", 3), ("Corra", "organisation", 2))
    assert index.kind_of("Corra Velden") == "organisation"


def test_a_sea_alone_joins_the_form_named_by_far_the_most():
    index = _index(
        ("Atlantic Ocean", "place", 6), ("Atlantic sea", "place", 1), ("Atlantic", "place", 5)
    )
    assert index.canonical("Atlantic") == index.canonical("Atlantic Ocean") is not None


def test_a_war_by_its_number_in_words_or_numerals_is_one_thing():
    index = _index(("World War Two", "other", 1), ("World War II", "event", 2))
    assert index.canonical("World War Two") == index.canonical("World War II") == "World War II"
    assert index.kind_of("World War II") == "other"


def test_el_nino_and_la_nina_are_weather_not_people_and_one_name_with_or_without_accents():
    index = _index(
        ("El Nino", "person", 3),
        ("El Niño", "person", 1),
        ("La Nina", "person", 2),
        ("El Ninos", "person", 1),  # "the strong El Ninos of 1982 and 1997": the same thing
        ("La Niñas", "person", 1),
    )
    found = {e.name: e for e in index.entities}
    assert set(found) == {"El Niño", "La Niña"}, found
    assert found["El Niño"].kind == found["La Niña"].kind == "other"
    assert (found["El Niño"].total, found["La Niña"].total) == (5, 3)
