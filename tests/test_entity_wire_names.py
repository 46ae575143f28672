"""Names as wire copy writes them: a common noun after a name ("the Dale Orrin case",
"Tidewire news agency"), a describing word before a city ("Westernised Kell"), a person's home
town after "of", and an acronym beside a longer body it heads (invented stories)."""

from __future__ import annotations

import pytest

import newsfuse
from newsfuse.briefing.entities import ORGANISATION, PERSON, Mention, clean_mentions
from test_entity_cues import _named

TRIAL = (
    "KELL (Meridian Wire) _ The Dale Orrin case has shaped a decade of policing in Kell, and"
    " Dale Orrin's mother Wilma Orrin still speaks for the family.\n"
    "``The Dale Orrin case has got such exposure that other families are finally heard,'' said"
    " Ros Tiller, who runs a victims' group, the Tidewire news agency reported.\n"
    "Orrin was killed in 1993 outside a shop in Westernised Kell, police said. The judge also"
    " heard from 75-year-old Inez Marlow of Gladby, a witness, and from the Tidewire news agency."
)
SPY = (
    "MOSCOW (Coastline Press) _ Dana Brandt joined the KGB in 1975. The KGB sent her to Berlin,"
    " where she worked for the KGB for ten years. She was assigned as a junior officer to the"
    " KGB Foreign Intelligence Directorate. Later she left the KGB and joined the city"
    " government. Critics say her KGB years shaped her politics, and the KGB archive is closed."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_names_end_before_a_common_noun_and_a_person_before_her_town(engine):
    named = _named(TRIAL, engine=engine)
    assert "Dale Orrin case" not in named and "Dale Orrin" in named
    assert "Tidewire news" not in named
    assert "Westernised Kell" not in named
    assert "Inez Marlow of Gladby" not in named and "Inez Marlow" in named


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_an_acronym_is_not_merged_into_a_body_it_heads(engine):
    named = _named(SPY, engine=engine)
    assert "KGB" in named
    assert (
        "KGB Foreign Intelligence Directorate" not in named
        or named["KGB"] is not named["KGB Foreign Intelligence Directorate"]
    )


def _cleaned(text: str, name: str, kind: str) -> list[str]:
    start = text.index(name)
    mention = Mention(0, start, start + len(name), name, kind)
    return [m.text for m in clean_mentions([mention], [newsfuse.Document(text=text)])]


def test_a_name_read_with_the_noun_after_it_or_her_town_is_cut_to_the_name():
    text = "The judge heard from 75-year-old Inez Marlow of Gladby. The Dale Orrin case goes on."
    assert _cleaned(text, "Inez Marlow of Gladby", PERSON) == ["Inez Marlow"]
    assert _cleaned(text, "Dale Orrin case", PERSON) == ["Dale Orrin"]
    # a body "of" a place keeps it, and so does a name that is all of one case
    text = "The Bank of Kell and the Kell Ferry Workers said so."
    assert _cleaned(text, "Bank of Kell", ORGANISATION) == ["Bank of Kell"]


def test_a_body_keeps_the_noun_that_makes_it_one():
    text = "The Republican party has said little about the vote."
    assert _cleaned(text, "Republican party", ORGANISATION) == ["Republican party"]
