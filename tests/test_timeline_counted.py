"""Dates counted from a date an earlier sentence states: "A year earlier ...", "The previous
year ...", "The announcement came the same day ..." (invented stories)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsfuse
from newsfuse.briefing.timeline import find_dates, years_counted

MILL = (
    "MARLOW (Valley Courier) - The old paper mill on the Tessel river reopened on Tuesday after a"
    " long dispute over its lease.\n"
    "The mill was founded by the engineer Ada Kerr in 1961. She was 34 and had trained in Leeds."
    " Her brother ran the books.\n"
    "A year earlier she had bought the riverside land from the county for a small sum.\n"
    "The previous year the county had tried to sell that land to a builder from Salem."
)
HARBOUR = (
    "PORT ALDER (Coast Wire) - The harbour board said Thursday that the last ferry damaged in the"
    " March 2 storm had been repaired.\n"
    "Crews worked through the winter to mend the sea wall.\n"
    "The announcement came on the same day that hundreds of people gathered on the quay to"
    " remember the two deckhands lost in the storm."
)


def _timeline(text: str, published: datetime) -> dict[str, str | None]:
    document = newsfuse.Document(text=text, source="Outlet", published=published)
    briefing = newsfuse.brief([document], entity_model="rules", timeline_events=20)
    return {entry.text: entry.iso for entry in briefing.timeline}


@pytest.mark.parametrize(
    ("words", "years"),
    [
        ("the next year", 1),
        ("the following year", 1),
        ("two years later", 2),
        ("a year earlier", -1),
        ("three years before", -3),
        ("the previous year", -1),
        ("the year before", -1),
        ("that year", 0),
        ("later that same year", 0),
        ("the same year", 0),
    ],
)
def test_years_counted(words, years):
    assert years_counted(words) == years


def test_a_year_earlier_counts_from_the_year_a_sentence_before_states():
    timeline = _timeline(MILL, datetime(2004, 3, 5))
    assert timeline["The mill was founded by the engineer Ada Kerr in 1961."] == "1961"
    bought = "A year earlier she had bought the riverside land from the county for a small sum."
    assert timeline[bought] == "1960"
    # counted on from the year just counted
    tried = "The previous year the county had tried to sell that land to a builder from Salem."
    assert timeline[tried] == "1959"


def test_the_same_day_is_the_day_a_sentence_before_names():
    timeline = _timeline(HARBOUR, datetime(2011, 4, 15))
    gathered = next(text for text in timeline if text.startswith("The announcement came"))
    assert timeline[gathered] == "2011-04-14"  # the Thursday before April 15


def test_a_count_with_nothing_to_count_from_dates_nothing():
    assert find_dates("A year earlier she had bought the land.", date(2004, 3, 5)) == []
    assert find_dates("The same day the council met.", date(2004, 3, 5)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The year before he died, he sold the mill to his nephew.",  # counted from his death
        "That year's harvest was the worst in a decade.",  # a thing of that year
        "Two years before the war began, the mill was sold.",
    ],
)
def test_a_year_counted_from_another_event_is_no_counted_date(text):
    before = find_dates("The mill opened in 1961.", date(2004, 3, 5))[0]
    assert find_dates(text, date(2004, 3, 5), before=before) == []


ARRESTS = (
    "KELL (Valley Courier) - Police arrested two men on Tuesday over the theft of the harbour"
    " bell.\n"
    "Officers arrested Jon Tarrow at the ferry terminal on Tuesday afternoon. His brother Ivo"
    " Tarrow was arrested at his flat in Orrin shortly thereafter.\n"
    "The harbour board also makes its own repairs to the bell tower, which dates from 1890."
)


def test_an_event_told_as_the_next_step_goes_on_the_day_before_it():
    timeline = _timeline(ARRESTS, datetime(2015, 6, 12))  # a Friday: Tuesday is June 9
    brother = next(text for text in timeline if text.startswith("His brother Ivo"))
    assert timeline[brother] == "2015-06-09"
    # "also makes": no event of that day
    also = [text for text in timeline if text.startswith("The harbour board also")]
    assert all(timeline[text] != "2015-06-09" for text in also)
