"""Guards against the false positives a review of this stop's rules found: each invented story
has a rule's trigger where its conclusion would be wrong for a careful reader."""

from __future__ import annotations

import pytest

import newsfuse
from test_entity_cues import _all, _brief
from test_speakers_descriptions import _briefing, _speaker_of


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_two_people_with_surnames_two_letters_apart_stay_two(engine):
    found = _all(
        _brief(
            "Council race\n\nDaniela Ferreira, a nurse, and Daniela Pereira, a lawyer, are both"
            " running for the Orrin council seat. Daniela Ferreira said she would fix the roads,"
            " and Daniela Pereira said she would cut fees.",
            "Carlos Martinez backs Ferreira, while Carlos Martins backs Pereira. Carlos Martins"
            " and Carlos Martinez are not related.",
            engine=engine,
        )
    )
    assert {"Daniela Ferreira", "Daniela Pereira", "Carlos Martinez", "Carlos Martins"} <= set(
        found
    )


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_bodies_named_for_peers_and_saints_of_kin_and_plans_with_letters(engine):
    found = _all(
        _brief(
            "Charity gala\n\nThe Duchess of Tarrow Hospital Foundation thanked donors in Orrin"
            " on Monday, and Mother Teresa House in Orrin gave out meals. The health board backed"
            " Plan B. Doctors in Orrin said it would shorten waits.",
            engine=engine,
        )
    )
    assert found["Duchess of Tarrow Hospital Foundation"].kind != "person"
    assert "Teresa House" not in found
    if engine == "rules":  # (the model reads "Plan B. Doctors" as one name by itself)
        assert not [name for name in found if name.startswith("Plan B.")]


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_statements_of_bodies_and_words_of_the_one_who_said_them(engine):
    briefing = _briefing(
        "In a statement, Ann Lessing said she had been told of the spill only on Monday, and she"
        " blamed the Orrin plant managers.\n"
        "The Velmar Workers Union responded hours later. “Managers knew for a week and said"
        " nothing to anyone,” the union statement said.\n"
        "Ivo Marsh coached the Orrin rowing club for 30 years before he retired on Monday.\n"
        "Marsh was the one who told them, “Never give up, even when the river is against you.”\n"
        "The Kell Dockers Union (which says “the strike will go on until every worker is paid in"
        " full”) met port bosses on Tuesday.",
        engine=engine,
    )
    assert _speaker_of(briefing, "Managers knew for a week") == "Velmar Workers Union"
    assert _speaker_of(briefing, "Never give up") == "Ivo Marsh"
    assert _speaker_of(briefing, "the strike will go on") == "Kell Dockers Union"


def test_a_copyright_year_before_the_storys_own_year_dates_nothing():
    documents = [
        newsfuse.Document(
            text="The 2022 Orrin Folk Festival opened on Friday with a parade through the town,"
            " organisers said. The final concert will be held on Aug. 14, and tickets sold out"
            " on Tuesday, a day after they went on sale.\nCopyright 2018 Kell Media",
            source="Outlet 1",
        )
    ]
    timeline = newsfuse.brief(documents, entity_model="rules").timeline
    assert not [e for e in timeline if e.iso and e.iso.startswith("2018")]


def test_a_time_of_day_is_not_on_the_day_of_an_earlier_aside():
    documents = [
        newsfuse.Document(
            text="A storm hit Kell on Sunday, knocking down trees, the weather office said."
            " Forecasters had warned on Friday that the storm would come. Winds peaked at 4 p.m."
            " as the front crossed the coast, and the rain eased by 9 p.m. Power was restored to"
            " most homes by Monday evening.",
            source="Outlet 1",
            published=__import__("datetime").datetime(2021, 5, 12),
        )
    ]
    timeline = newsfuse.brief(documents, entity_model="rules").timeline
    assert {e.iso for e in timeline if "4 p.m." in e.text} <= {"2021-05-09"}
