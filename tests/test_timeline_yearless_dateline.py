"""Wire datelines that give the day but not the year ("PORT ALDER, March 14 (Meridian Wire)
--"): the day the article was written, in the year that the leads' weekdays fit (invented
stories)."""

from __future__ import annotations

from datetime import date

import newsfuse
from newsfuse.briefing.timeline import dateline_date, dateline_days, yearless_dateline
from test_timeline_undated_wire import _timeline

SEARCH = (
    "PORT ALDER, March 14 (Meridian Wire) -- Rescuers searched the cold waters off Port Alder"
    " on Tuesday for 31 passengers still missing from the ferry Marisol. The ferry, launched in"
    " 2003, capsized in a storm with 140 people aboard. Divers reached the hull late in the day."
)
HEARING = (
    "PORT ALDER, March 15 (Meridian Wire) -- The owners of the ferry Marisol told a maritime"
    " inquiry on Wednesday that the vessel had passed every safety check. The inquiry will"
    " question the captain of the Marisol next week."
)
PRESS = (
    "PORT ALDER (Coastline Press) _ The ferry Marisol rolled over and sank on Monday night in"
    " heavy seas two miles from the harbour of Port Alder, the coast guard said. Fishing boats"
    " pulled 109 survivors from the water before dawn."
)


def _entry(dates: dict[str, str | None], start: str) -> str | None:
    return next(d for text, d in dates.items() if text.startswith(start))


def test_a_dateline_without_its_year_is_read_with_its_leads_weekday():
    assert yearless_dateline(SEARCH) == (3, 14, 1)  # Tuesday is 1
    assert yearless_dateline(HEARING) == (3, 15, 2)
    assert yearless_dateline("PORT ALDER, March 14 -- The harbour stayed shut.") == (3, 14, None)
    assert yearless_dateline(PRESS) is None  # no day in it
    # "U.S." ends no lead: its weekday is further on
    coast_guard = "PORT ALDER, March 14 -- The U.S. Coast Guard joined the search on Tuesday."
    assert yearless_dateline(coast_guard) == (3, 14, 1)
    assert yearless_dateline("March 14, 2006 -- The harbour stayed shut.") is None
    # with its year, the dateline is the article's day as it stands
    assert yearless_dateline(DATED) is None
    assert dateline_date(DATED) == date(2015, 3, 5)
    assert dateline_date(SEARCH) is None


def test_the_year_is_the_first_from_the_latest_past_year_that_the_weekdays_fit():
    lines = [yearless_dateline(SEARCH), yearless_dateline(HEARING), None]
    # March 14 was a Tuesday in 2006 (and in 2000, before the ferry was launched)
    assert dateline_days(lines, None, 2003) == [date(2006, 3, 14), date(2006, 3, 15), None]
    # no year from 2008 to 2013 puts March 14 on a Tuesday
    assert dateline_days(lines, None, 2008) == [None, None, None]
    # read near a day the other articles state, whatever the weekdays
    assert dateline_days(lines, date(2006, 3, 20), None)[:2] == [
        date(2006, 3, 14),
        date(2006, 3, 15),
    ]


def test_an_undated_ferry_story_is_dated_by_its_wire_datelines():
    dates = _timeline(SEARCH, HEARING, PRESS)
    assert str(_entry(dates, "Rescuers searched")).startswith("2006-03-14")
    assert str(_entry(dates, "The owners of the ferry")).startswith("2006-03-15")
    # the article without a dateline is read near the others: the Monday before
    assert str(_entry(dates, "The ferry Marisol rolled over")).startswith("2006-03-13")


def test_datelines_of_different_seasons_fix_no_year():
    autumn = HEARING.replace("March 15", "September 22")
    dates = _timeline(SEARCH, autumn, PRESS)
    assert not [d for d in dates.values() if str(d).startswith("2006")]


CHRONOLOGY = (
    "-- May 4, 1971: The first Kestrel ferry sails from Kell.\n"
    "-- Oct. 12-13, 1992: A Kestrel ferry crosses the strait in a record nine hours.\n"
    "-- June 2, 2009: The line buys its last ferry, the Marisol."
)
DATED = (
    "KELL, March 5, 2015 (Meridian Wire) -- The ferry Marisol sank in a storm off Kell, the"
    " coast guard said. Divers reached the hull of the ferry in the afternoon."
)
UNDATED = (
    "KELL (Coastline Press) _ The ferry Marisol rolled over and sank on Tuesday night two miles"
    " from the harbour of Kell, the coast guard said. Fishing boats pulled 109 survivors from"
    " the water before dawn."
)


def test_a_chronology_s_entries_are_no_dateline_and_a_range_of_days_is_its_first():
    dates = _timeline(CHRONOLOGY, DATED, UNDATED)
    assert str(_entry(dates, "-- Oct. 12-13, 1992")).startswith("1992-10-12")
    # the story's day is the dated article's, not the chronology's first entry
    assert str(_entry(dates, "The ferry Marisol rolled over")).startswith("2015-03")


def test_an_undated_article_is_read_on_the_day_of_the_dated_one_that_tells_its_news():
    first = (
        "PORT ALDER, March 14, 2006 (Meridian Wire) -- Rescuers searched the cold waters off Port"
        " Alder for 31 passengers still missing from the ferry Marisol. The ferry capsized in a"
        " storm with 140 people aboard."
    )
    later = (
        "PORT ALDER, March 20, 2006 (Meridian Wire) -- Navy divers raised the wreck of the ferry"
        " Marisol from the harbour floor. The owners said the hull would be examined in Kell."
    )
    undated = (
        "PORT ALDER (Coastline Press) _ Navy divers raised the wreck of the capsized ferry Marisol"
        " from the harbour floor of Port Alder on Monday, six days after the storm. The hull was"
        " towed to a dry dock."
    )
    dates = _timeline(first, later, undated)
    # the story's middle day is March 14, a Tuesday: its Monday would be March 13
    assert str(_entry(dates, "Navy divers raised the wreck of the capsized")).startswith(
        "2006-03-20"
    )


def test_of_years_the_weekdays_fit_equally_the_year_of_a_planned_day_wins():
    lines = [yearless_dateline(SEARCH), yearless_dateline(HEARING), None]
    # March 14 was a Tuesday in 2000 and in 2006: the nearest to the latest past year, unless
    # the texts plan a day in the other (a plan is made in its own year or the one before)
    assert dateline_days(lines, None, 2000)[0] == date(2000, 3, 14)
    assert dateline_days(lines, None, 2000, {2006})[0] == date(2006, 3, 14)
    assert dateline_days(lines, None, 1996, {2006})[0] == date(2006, 3, 14)  # past the 5 years
    # a planned year the weekdays do not fit tells nothing
    assert dateline_days(lines, None, 2000, {2007})[0] == date(2000, 3, 14)


def test_a_ferry_story_is_read_in_the_year_of_the_day_its_inquiry_plans():
    # (no space after the comma, as some wires write it: "March 21,2006")
    planned = HEARING.replace("next week.", "on March 21,2006, a week after the sinking.").replace(
        "passed every", "passed, since its refit in 2000, every"
    )
    dates = _timeline(SEARCH.replace("launched in 2003", "launched in 1998"), planned, PRESS)
    assert str(_entry(dates, "Rescuers searched")).startswith("2006-03-14")
    # without the plan, the nearest year that fits from the refit on
    dates = _timeline(SEARCH.replace("launched in 2003", "launched in 1998"), HEARING, PRESS)
    assert str(_entry(dates, "Rescuers searched")).startswith("2000-03-14")


def test_a_past_day_stated_in_full_gives_the_year_the_datelines_count_from():
    # no year stated alone, only a full day in the past: the datelines' weekdays are fitted
    # from its year on (July 5, 2000 was a Wednesday; July 5, 1999 a Monday)
    curfew = (
        "ORSK, July 5 (Meridian Wire) -- Troops detained 40 men in the hills of Kestova on"
        " Wednesday after a week of bombings. The army has lost 2,518 men since the start of its"
        " operation in Kestova on August 2, 1999, the ministry said."
    )
    vow = (
        "ORSK, July 6 (Meridian Wire) -- The army chief vowed on Thursday to go on with the"
        " operation in Kestova until the last rebel was caught. The rebels still hold the high"
        " passes, officers said."
    )
    dates = _timeline(curfew, vow)
    assert str(_entry(dates, "Troops detained 40 men")).startswith("2000-07-05")
    assert str(_entry(dates, "The army chief vowed")).startswith("2000-07-06")


def test_datelines_of_different_seasons_are_each_read_in_the_one_year_their_weekday_fits():
    # July 25 was a Sunday only in 1999, Aug. 11 a Wednesday only in 1999 and March 2 a
    # Thursday only in 2000, of the years from 1998 to 2003: one story's eight months
    lines = [(7, 25, 6), (8, 11, 2), (3, 2, 3), None]
    assert dateline_days(lines, None, 1998) == [
        date(1999, 7, 25),
        date(1999, 8, 11),
        date(2000, 3, 2),
        None,
    ]
    # read so, the days lie more than a year apart (April 1993 and September 1995): no story's
    # months, so no year at all
    apart = [(4, 19, 0), (9, 7, 3)]
    assert dateline_days(apart, None, 1993) == [None, None]
    # a weekday that fits its dateline in two years of them (July 7 was a Wednesday in 1999
    # and in 2004) is read in the one nearest the days read alone
    nearest = [(3, 22, 2), (9, 7, 3), (7, 7, 2)]
    assert dateline_days(nearest, None, 1999) == [
        date(2000, 3, 22),
        date(2000, 9, 7),
        date(1999, 7, 7),
    ]
    # a lone dateline read so is no evidence enough
    assert dateline_days([(7, 25, 6), (3, 2, None)], None, 1998) == [None, None]


def test_an_undated_lead_is_read_on_the_day_another_article_gives_its_event():
    charged = HEARING.replace(
        "next week.",
        "next week. The captain of the tug Kestrel, charged March 3 with negligence over a"
        " collision in the harbour, was not called.",
    )
    undated = (
        "PORT ALDER (Coastline Press) _ The harbour board charged the captain of the tug Kestrel"
        " on Friday with negligence over a collision with a pier. The tug lost its mast."
    )
    documents = [
        newsfuse.Document(text=t, source=f"Outlet {n}")
        for n, t in enumerate([SEARCH, charged, undated])
    ]
    timeline = newsfuse.brief(documents, entity_model="rules").timeline
    # March 3, 2006 was a Friday: the lead tells that day's news, not the Friday nearest the
    # story's days (March 10 or 17): one event of both outlets
    charge = [e for e in timeline if "Kestrel" in e.text]
    assert len(charge) == 1
    assert str(charge[0].date) == "2006-03-03"
    assert {w.source for w in charge[0].wordings} == {2, 3}


# A page's "Posted:" stamp on its headline's line dates the article, however long the line;
# "she posted on" in a sentence is no stamp.
STAMPED = (
    "Father of the Orrin park victim says justice will come Posted: Wednesday, June 27, 2012"
    " 1:32 PM EDT Updated: Wednesday, June 27, 2012 2:15 PM EDT\n"
    "Police in Orrin were back at Lark Hill park on Tuesday, where two students were shot on"
    " Saturday night. The father of one of them thanked the town for its support. A vigil for"
    " both students will be held at the park on Friday evening, the family said.\n"
)
UNSTAMPED = (
    "Students of Orrin College gathered on Sunday to remember a classmate shot at Lark Hill park"
    " on Saturday night. Her sister posted on June 5, 2011 a photo of the two of them at the"
    " park, which was shared widely."
)


def test_a_posted_stamp_dates_its_article_and_a_post_in_a_sentence_does_not():
    dates = _timeline(STAMPED, UNSTAMPED)
    assert str(_entry(dates, "Police in Orrin were back")).startswith("2012-06-26")
    assert str(_entry(dates, "A vigil for both students")).startswith("2012-06-29")
    assert not str(_entry(dates, "Students of Orrin College") or "").startswith("2011-06")
