"""Crowd sizes: outlets (and police and organisers) give them far apart, and a reader wants to
see the gap. Invented stories."""

from __future__ import annotations

import newsfuse
from newsfuse.briefing.figures import all_figures

AFTER = (
    "\nThe rally ended peacefully in the harbour square after three hours of speeches by the"
    " drivers' union, and the council said it would study the toll again in the spring.",
    "\nThe union's leader told the crowd that the toll would be gone by the summer, and the"
    " mayor did not come out of the town hall to meet the drivers.",
)


def _figure_conflicts(*texts: str) -> list[tuple[str, list[str]]]:
    documents = [
        newsfuse.Document(text=text + AFTER[k % 2], source=f"Outlet {k}")
        for k, text in enumerate(texts)
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    return [
        (c.measure, [s.value for s in c.sides]) for c in briefing.conflicts if c.kind == "figure"
    ]


def test_hundreds_and_thousands_at_one_rally_are_a_dispute():
    found = _figure_conflicts(
        "Thousands of people attended the rally against the bridge toll in Tarnby on Saturday.",
        "Hundreds of people attended the rally against the bridge toll in Tarnby on Saturday.",
    )
    assert [measure for measure, _ in found] == ["attendance"]


def test_police_and_organisers_counts_of_one_march_are_a_dispute():
    found = _figure_conflicts(
        "Police said about 800 people attended the march against the toll in Tarnby on Saturday.",
        "Organisers said 5,000 people attended the march against the toll in Tarnby on Saturday.",
    )
    [(measure, sides)] = found
    assert measure == "attendance"
    assert "800" in sides[0] and "5,000" in sides[1]


def test_a_vague_quantity_counts_only_what_a_cue_says_it_counts():
    assert [f.key for f in all_figures("Thousands of people were evacuated from the valley.")] == [
        ("evacuated", "people")
    ]
    assert [f.key for f in all_figures("Hundreds of audience members milled about.")] == [
        ("attendance", "people")
    ]
    # Fans, homes, letters: no count the briefing compares.
    assert all_figures("Thousands of fans waved flags as dozens of homes stood empty.") == []


def test_an_online_audience_is_no_crowd_at_the_place():
    found = _figure_conflicts(
        "A crowd of 70,000 watched Ann Bell's last concert at Kell Stadium on Saturday night.",
        "An online audience of 800,000 watched Ann Bell's last concert at Kell Stadium on Saturday.",
    )
    assert found == []
