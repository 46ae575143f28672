"""Wire copy without a publication date or a year: a weekday named with its day ("Sunday, Oct.
31") fixes the year near the latest past year the texts state (invented stories)."""

from __future__ import annotations

from datetime import date

import pytest

import newsfuse
from newsfuse.briefing.timeline import calendar_days

CRASH_WIRE = (
    "KELL (Meridian Wire) _ A passenger jet carrying 217 people plunged into the sea off Kell"
    " early Sunday, Oct. 31, shortly after taking off for Orrin, the airline said. The crash was"
    " the worst at Kell since a cargo plane went down there in 1996, killing its crew of four."
    " Navy divers searched the wreck site on Monday and found the flight data recorder."
)
CRASH_PRESS = (
    "KELL (Coastline Press) _ Investigators said Tuesday that the jet that crashed off Kell on"
    " Sunday dived steeply before it broke up. The airline grounded its other jets of the type"
    " on Tuesday. The 1996 cargo crash was blamed on a faulty engine, officials said. Plans for"
    " a new radar tower at the airport in 2004 were shelved after the crash."
)


def _timeline(*texts: str) -> dict[str, str | None]:
    documents = [newsfuse.Document(text=t, source=f"Outlet {n}") for n, t in enumerate(texts)]
    briefing = newsfuse.brief(documents, entity_model="rules")
    return {entry.text: entry.date for entry in briefing.timeline}


def test_a_weekday_with_its_day_fixes_the_nearest_fitting_year():
    # Oct. 31 fell on a Sunday in 1993 and in 1999: the first from 1996 on
    assert calendar_days(["The jet crashed early Sunday, Oct. 31, officials said."], 1996) == [
        date(1999, 10, 31)
    ]
    # never before a year the texts tell of as past, nor more than five years on
    assert calendar_days(["an election held on Sunday, Oct. 31, was won by Brandt"], 2012) == []
    assert calendar_days(["The jet crashed on Sunday, Feb. 29."], 1996) == []  # none near


def test_an_undated_crash_story_is_dated_by_its_weekday_and_day():
    dates = _timeline(CRASH_WIRE, CRASH_PRESS)
    plunged = next(d for text, d in dates.items() if text.startswith("A passenger jet carrying"))
    grounded = next(d for text, d in dates.items() if text.startswith("The airline grounded"))
    # (the radar planned for 2004 is no past year: the story is not read near it)
    assert str(plunged).startswith("1999-10-31")
    assert str(grounded).startswith("1999-11-02")


def test_texts_that_look_back_a_year_on_their_latest_day_are_a_year_later():
    trial = (
        "TARNBY (Meridian Wire) _ Jurors saw photographs of Orrin Dale's injuries on Tuesday as"
        " the murder trial of Kell Brandt opened. Prosecutors say Brandt beat Dale outside a bar"
        " in Tarnby on Oct. 7, 1998 and left him by the road. The student, Orrin Dale, was left"
        " to die by the road a year ago. About 600 people held a vigil for him on Sunday night."
    )
    dates = _timeline(trial, trial.replace("Meridian Wire", "Coastline Press"))
    vigil = next(d for text, d in dates.items() if "vigil" in text)
    assert str(vigil).startswith("1999-10")


@pytest.mark.parametrize(
    "looking_back",
    [
        # "last year's shootings" of the day "a gunman shot" people: one event, a year on
        "But last year's shootings at Orrin High in Tarnby led to few new laws.",
        # this week's anniversary of that day
        "Schools across the state prepared for this week's anniversary of the Orrin High"
        " shootings in Tarnby.",
    ],
)
def test_a_look_back_in_other_words_of_the_same_event_is_a_year_later(looking_back):
    wire = (
        "TARNBY (Meridian Wire) _ Schools in Kell added guards and cameras on Monday. On April"
        " 20, 1999, a gunman shot 13 people at Orrin High in Tarnby, Kell. " + looking_back
    )
    dates = _timeline(wire, wire.replace("Meridian Wire", "Coastline Press"))
    guards = next(d for text, d in dates.items() if "added guards" in text)
    assert str(guards).startswith("2000-04")


def test_someone_who_took_office_last_year_is_no_look_back_on_the_day():
    council = (
        "BRISK (Meridian Wire) _ The town council of Brisk voted on March 3, 2019 to close the"
        " old bridge to lorries, Mayor Elena Ruiz said. Traffic was diverted on Monday."
    )
    paper = (
        "BRISK (Coastline Press) _ The mayor, Elena Ruiz, who took office last year, said the old"
        " bridge over the Brisk river could no longer carry heavy lorries safely."
    )
    dates = _timeline(council, paper)
    voted = next(d for text, d in dates.items() if "voted" in text)
    assert str(voted).startswith("2019-03-03")
    assert not [d for d in dates.values() if str(d).startswith("2020")]


PILOT_WIRE = (
    "KELL, April 19 (Meridian Wire) -- Police arrested two men on Monday over the killing of"
    " Tomas Varga, the harbour pilot who was stabbed to death six years ago. Detectives said the"
    " arrests followed new evidence from a witness."
)
PILOT_PRESS = (
    "KELL (Coastline Press) _ Tomas Varga was stabbed to death at a bus stop in Kell in 1993,"
    " and no one has been convicted of his murder. His family welcomed the arrests and asked"
    " for a public inquiry into the first police investigation."
)


def test_texts_that_look_back_years_on_a_stated_year_are_that_many_years_later():
    # April 19 fell on a Monday in 1993 and in 1999: "six years ago" of the 1993 killing
    dates = _timeline(PILOT_WIRE, PILOT_PRESS)
    arrested = next(d for text, d in dates.items() if "arrested two men" in text)
    assert str(arrested).startswith("1999-04-19")
    # a look back that shares no one and nothing with the year's sentence tells nothing
    other = PILOT_PRESS.replace("Tomas Varga was stabbed to death", "A sailor drowned")
    dates = _timeline(PILOT_WIRE, other)
    arrested = next(d for text, d in dates.items() if "arrested two men" in text)
    assert str(arrested).startswith("1993-04-19")
