"""Disagreements on a crew's size, on approximate depths and on the weekday of one event
(invented stories)."""

from __future__ import annotations

import newsfuse
from newsfuse.briefing.figures import all_figures
from newsfuse.briefing.timeline import hung_weekdays

FERRY_WIRE = (
    "HARBOURVILLE (Coastline Press) _ A cargo ferry sank in the Marrow Strait on Saturday, the"
    " port authority said Sunday. The ferry had 116 crew members aboard when it went down in water"
    " about 450 feet deep, officials said. Port director Alina Brosk said the Kestrel had"
    " passed its last inspection in March."
)
FERRY_PAPER = (
    "HARBOURVILLE (Meridian Wire) _ The cargo ferry Kestrel sank on Sunday in the Marrow Strait,"
    " the port authority said. The Kestrel had 118 sailors on board and sank in water about 350"
    " feet deep, the port authority said. Port director Alina Brosk said the Kestrel had passed"
    " its last inspection in March."
)


def _conflicts(*texts: str) -> list:
    documents = [newsfuse.Document(text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    return newsfuse.brief(documents, entity_model="rules").conflicts


def test_sailors_and_crew_members_are_one_crew():
    sailors = all_figures("The ferry sank with 118 sailors on board.")[0]
    members = all_figures("The ferry sank with 116 crew members aboard.")[0]
    passengers = all_figures("The ferry sank with 116 people on board.")[0]
    assert sailors.key == members.key == ("on board", "crew")
    assert passengers.key != members.key  # a ferry's people are more than its crew


def test_about_figures_a_fifth_apart_disagree():
    deep = all_figures("It sank in water about 450 feet deep.")[0]
    shallow = all_figures("It sank in water about 350 feet deep.")[0]
    near = all_figures("It sank in water about 420 feet deep.")[0]
    assert not deep.compatible(shallow)
    assert deep.compatible(near)


def test_weekdays_hang_on_the_clause_verb_not_on_saying():
    found = hung_weekdays("A ferry sank in the Marrow Strait on Saturday, officials said.", True)
    assert [(verb, day) for verb, day, _ in found] == [("sank", 5)]
    assert hung_weekdays("A ferry sank in the Marrow Strait on Saturday.") == []
    assert hung_weekdays("Officials said on Monday that the ferry was lost.", True) == []


def test_outlets_putting_one_sinking_on_different_weekdays_disagree():
    conflicts = _conflicts(FERRY_WIRE, FERRY_PAPER)
    days = [c for c in conflicts if c.kind == "date"]
    assert len(days) == 1
    assert sorted(side.value for side in days[0].sides) == ["Saturday", "Sunday"]
    measures = {c.measure for c in conflicts}
    assert "on board (crew)" in measures and "distance" in measures


def test_another_event_of_the_kind_on_another_day_is_no_disagreement():
    first = (
        "Two men were arrested on Monday in Dunmore on suspicion of stealing copper cable from"
        " the rail depot, police said. They were released on bail. The depot has lost cable four"
        " times this year, and the rail company has put up new fences and cameras around it."
    )
    second = (
        "A third man was arrested on Wednesday in Dunmore on suspicion of stealing copper cable"
        " from the rail depot, police said. The rail company said the thefts had delayed trains"
        " on the coast line for most of the week and cost it far more than the cable itself."
    )
    said = (
        "Police said on Tuesday that copper cable stolen from the rail depot in Dunmore was worth"
        " about $40,000. Trains on the coast line ran late for three days while crews replaced"
        " the cable, and the rail company has asked the town for more street lighting."
    )
    assert not [c for c in _conflicts(first, second, said) if c.kind == "date"]
