"""Holidays as days: "on Memorial Day", "on Christmas Eve" date a story's event in the story's
year (invented stories)."""

from __future__ import annotations

from datetime import date

from newsfuse.briefing.timeline import find_dates, holiday_date
from test_timeline_undated_wire import _timeline


def test_each_holiday_falls_on_its_day_of_the_year():
    assert holiday_date("Memorial Day", 2017) == date(2017, 5, 29)  # the last Monday of May
    assert holiday_date("Labor Day", 2018) == date(2018, 9, 3)  # the first Monday of September
    assert holiday_date("Thanksgiving", 2019) == date(2019, 11, 28)  # the fourth Thursday
    assert holiday_date("Easter Sunday", 2021) == date(2021, 4, 4)
    assert holiday_date("Good Friday", 2021) == date(2021, 4, 2)
    assert holiday_date("New Year’s Eve", 2016) == date(2016, 12, 31)


def test_a_holiday_dates_an_event_only_as_its_day():
    (memorial,) = find_dates("Bell was arrested on Memorial Day morning.", date(2017, 6, 2))
    assert (memorial.text, memorial.date) == ("Memorial Day", date(2017, 5, 29))
    # the Christmas before the story's day, not the one after it
    (eve,) = find_dates("The ferry sank on Christmas Eve.", date(2017, 1, 10))
    assert eve.date == date(2016, 12, 24)
    # a holiday's party, weekend or namesake is no day of the story
    assert find_dates("Hours after his school's Christmas party, the boy was hit.", None) == []
    for text in (
        "Stores expect a busy Thanksgiving weekend.",
        "Traffic was heavy on Labor Day weekend.",
        "The yacht landed on Easter Island.",
        "A ban on Christmas trees was lifted.",
    ):
        assert find_dates(text, date(2017, 11, 1)) == [], text
    (friday,) = find_dates("He was arrested on Good Friday.", date(2017, 6, 2))
    assert friday.date == date(2017, 4, 14)
    # with its year, the holiday of that year
    (old,) = find_dates("The bridge opened on Christmas Day, 1995, in Kell.", date(2017, 6, 2))
    assert old.date == date(1995, 12, 25)


def test_an_arrest_on_a_holiday_is_dated_on_the_timeline():
    dates = _timeline(
        "KELL, June 2, 2017 (Meridian Wire) -- The golfer Ivo Marsh pleaded not guilty on Friday"
        " to driving under the influence. Marsh was arrested on Memorial Day after police found"
        " him asleep at the wheel of his car on a road near Kell.",
        "Ivo Marsh told the court in Kell that a mix of prescribed drugs had made him drowsy."
        " The golfer said he had not drunk any alcohol, and his lawyer asked for the case to be"
        " dropped.",
    )
    arrest = next(d for text, d in dates.items() if text.startswith("Marsh was arrested"))
    assert str(arrest).startswith("2017-05-29")
