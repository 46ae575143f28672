"""Timeline dates on pages that carry more than the story: clip credits, old years, page lines.

Invented stories, one rule each, found by auditing briefings of clusters nobody annotated.
"""

from __future__ import annotations

from datetime import date

import newsfuse
from newsfuse.briefing.timeline import find_dates


def _timeline(*texts: str):
    documents = [
        newsfuse.Document(text=text, source=f"Outlet {i}") for i, text in enumerate(texts, 1)
    ]
    return newsfuse.brief(documents, entity_model="rules").timeline


def _event(timeline, words: str):
    found = [e for e in timeline if words in e.text]
    assert found, f"no timeline event with {words!r}: {[e.text for e in timeline]}"
    return found[0]


# An undated page whose first lines are credits of video clips, one of them months old.
CLIPS = """Harbour pilot jailed for ferry crash

EMBED More News Videos Ferry pilot led from court. Watch the report from Ida Voss on Channel 4 News at 5 p.m. on October 8, 2019.
Ola Brenn reports on Channel 4 at 6pm, May 2, 2019.
Ferry pilot spends first night in jail: Ola Brenn reports on Channel 4 News at 4 p.m., October 9, 2019

The pilot of the Kestrel Bay ferry spent his first night in the county jail after a judge sentenced him for the crash that injured nine passengers.

On Tuesday, Judge Ruth Amsel sentenced Piet Hallam to four years in prison for steering the ferry onto the rocks while drunk.

His lawyer said on Wednesday that Hallam will appeal the sentence in the coming weeks.
"""


def test_a_clip_credit_at_the_top_is_no_dateline():
    # "Ola Brenn reports ... May 2, 2019" dates an old clip, not the page: "On Tuesday" is
    # the Tuesday before the page's latest stated day (9 October 2019), not one in May.
    sentenced = _event(_timeline(CLIPS), "sentenced Piet Hallam")
    assert sentenced.date == date(2019, 10, 8)


FILM = """A ghost story comes to the big screen

The film of Dana Orrin's novel opens Friday in cinemas across the country.

"I was twelve when I went missing, on March 3, 1982," the girl tells us in the first scene.

The director made his name in 2004 with a film about a lighthouse keeper.

Critics who saw it at the festival praised the young lead; it was among the best films of 2011, one wrote.
"""


def test_a_story_years_after_its_latest_full_date_is_not_dated_on_that_date():
    # The only full date (1982) is the novel's background; 2011 is stated as past. "opens
    # Friday" cannot be read against 1982: no date rather than a wrong one.
    opens = [e for e in _timeline(FILM) if "opens Friday" in e.text]
    assert all(e.date is None or e.date.year >= 2011 for e in opens)
    assert all(e.date is None or e.date.year >= 2004 for e in _timeline(FILM) if "Friday" in e.when)


TRUCKS = """Truckers plan to slow the ring road

Updated on Oct. 8, 2013: An update has been attached to this article after the organisers spoke.

This story was originally posted at 1:47 p.m. Monday:

Lorry drivers will clog the inner ring road of Velmar beginning on the morning of Oct. 11, a coordinator of the protest said on Monday.

(See the top 10 protests of 2013.)

A similar three-day protest in 2007 did not spoil commutes as feared, the Velmar Examiner reported.
"""


def test_lines_about_the_page_or_a_list_are_no_events():
    texts = [e.text for e in _timeline(TRUCKS)]
    assert any("clog the inner ring road" in t for t in texts)
    assert any("three-day protest in 2007" in t for t in texts)
    assert not any("Updated on" in t or "originally posted" in t for t in texts)
    assert not any(t.startswith("(See") for t in texts)


def test_an_arranged_or_possible_weekday_lies_ahead():
    # Tuesday 16 October 2018: "is holding ... Thursday" is the Thursday to come.
    published = date(2018, 10, 16)
    (vigil,) = find_dates("The boy's family is holding a vigil Thursday at the hall.", published)
    assert vigil.date == date(2018, 10, 18)
    (summit,) = find_dates(
        "The two leaders are both travelling to a summit taking place Wednesday.", published
    )
    assert summit.date == date(2018, 10, 17)
    (launch,) = find_dates("The rebels could launch another attack as soon as Saturday.", published)
    assert launch.date == date(2018, 10, 20)
    # A past event in the present tense of a report stays past.
    (crash,) = find_dates("Police are investigating the crash on Monday.", published)
    assert crash.date == date(2018, 10, 15)


def test_today_s_place_is_the_present_age_not_a_day():
    published = date(2015, 5, 8)
    assert not find_dates("The relic came from a church in today’s Velmar.", published)
    assert not find_dates("By today's standards the ship was small.", published)
    assert not find_dates("The fort stood near today’s town of Dobel.", published)
    (meeting,) = find_dates("Today's meeting of the council was cancelled.", published)
    assert meeting.date == published


REPORT = """Young adults get more bowel cancer, study finds

By 2030, nearly one in four rectal tumours will be found in people under 50, researchers estimate.

Researchers analysed cancer registry data from 1998 to 2011 for about 258,000 patients.

The report on the patients of four large states was published online in the journal Oncology on Jan. 25, 2016.

Doctors said on Monday that screening guidelines may have to change.
"""


def test_a_target_year_ahead_does_not_undate_the_story():
    # "By 2030" is a target, not a past year after the story's latest day (25 January 2016).
    monday = _event(_timeline(REPORT), "screening guidelines")
    assert monday.date is not None and monday.date.year == 2016


FEAST = """Ashes of a saint found in a harbour fort

Archaeologists said the find was announced only on Wednesday, March 25, 2015, at a special press conference in Velmar.

Pilgrims believed that every year on May 8, the day of the saint's death, a sweet dust formed on his grave.

The museum's director said on Thursday that the box will go on show in the summer.
"""


def test_a_yearly_feast_day_does_not_move_the_story_date():
    # "every year on May 8" is a feast, not a day after 25 March 2015 that the story reached.
    timeline = _timeline(FEAST)
    assert _event(timeline, "will go on show").date == date(2015, 3, 26)
    # ... nor a dated event of its own.
    assert not [e for e in timeline if "sweet dust" in e.text and e.date]


# A mayor's "tonight" and "on Friday" inside his quotation are his own days, said in passing.
COUNCIL_VOTE = """Published 14 March 2023

The Lindell town council voted on Monday to close the old swimming baths at the end of the summer.

Mayor Otto Brisk said: "Our thoughts are with every family who learned to swim there, and I will be at the baths tonight to thank the staff."

"We will sit down with the lifeguards' union on Friday and find each of them a new post," Brisk added.

"What is happening at the baths today is a loss for the whole town," said the swimming coach, Ada Venn.

Swimmers held a protest outside the town hall on Tuesday, carrying banners that read "Save our baths".
"""


def test_a_day_inside_a_quotation_dates_no_event():
    timeline = _timeline(COUNCIL_VOTE)
    texts = " ".join(e.text for e in timeline)
    assert "voted on Monday" in texts and "protest outside the town hall" in texts
    assert "tonight" not in texts and "lifeguards' union" not in texts
    assert "happening at the baths today" not in texts


def test_a_quoted_account_of_the_event_still_dates_it():
    text = (
        "Published 14 March 2023\n\nFire crews worked through the night at the Kelby chemical"
        ' plant after a storage tank exploded.\n\n"Two workers were killed when the tank exploded'
        ' on Monday, and three more are in hospital," the fire chief told reporters.\n'
    )
    assert "tank exploded on Monday" in " ".join(e.text for e in _timeline(text))


def test_a_quote_mark_typed_wrong_does_not_hide_the_reporters_day():
    # '"habitual offender\'' never closes: what follows is the reporter's, not a quote.
    text = (
        "Published 14 March 2023\n\nA judge in Kelby sentenced the burglar Ivo Marsh to six years"
        " in prison for a string of break-ins at holiday homes along the coast.\n\nThe court"
        " called Marsh a \"habitual offender' before the hearing. It was confirmed on Monday"
        " that Marsh will serve his sentence at the old prison on the hill above the town.\n"
    )
    assert "confirmed on Monday" in " ".join(e.text for e in _timeline(text))


# Two undated articles: one gives the filing's day without a year, the other its weekday.
SUIT_DAY = """The harbour authority of Port Venn faces a lawsuit from eleven fishing families.

The suit, filed March 9 in the district court, says the authority dredged their mussel beds without warning.

The families first complained to the authority in 2019, when the dredging began.
"""
SUIT_WEEKDAY = """A lawsuit filed Tuesday in the district court accuses the Port Venn harbour authority of ruining mussel beds.

The families' lawyer showed photos of the ruined beds at a news conference Thursday.

The authority has not said whether it will fight the suit or settle with the families.
"""


def test_a_weekday_in_one_article_dates_a_yearless_day_in_another():
    # March 9 fell on a Tuesday in 2021, the first such year from 2019: the filing is dated,
    # and the news conference is the Thursday after it.
    timeline = _timeline(SUIT_DAY, SUIT_WEEKDAY)
    filed = _event(timeline, "filed")
    assert filed.date == date(2021, 3, 9) and "filed Tuesday" in str(filed.wordings)
    conference = _event(timeline, "news conference Thursday")
    assert conference.date == date(2021, 3, 11) and conference.inferred


def test_no_year_is_guessed_years_after_the_latest_one_stated():
    # March 9 is first a Thursday in 2023 from 2019 on: four years on, too far to guess.
    late = SUIT_WEEKDAY.replace("filed Tuesday", "filed Thursday")
    assert all(e.date is None or e.date.year == 2019 for e in _timeline(SUIT_DAY, late))


def test_a_weekday_of_another_event_dates_nothing():
    # "filed March 9" and "opened Thursday" hang on different verbs: no year is guessed.
    other = SUIT_WEEKDAY.replace(
        "A lawsuit filed Tuesday in the district court accuses",
        "A hearing opened Tuesday in the district court on a lawsuit that accuses",
    )
    assert all(e.date is None or e.date.year == 2019 for e in _timeline(SUIT_DAY, other))


def test_a_timeline_entry_closes_a_quotation_that_runs_on():
    text = (
        "Published 14 March 2023\n\nThe Kell ferry ran aground off Orsk with forty passengers"
        ' on board.\n\nOn Monday, Captain Ines Rook told the inquiry: "The chart showed deep'
        ' water where the sandbank was.\n\n"We will ask why the chart was never updated," she'
        " said.\n\nAll forty passengers were taken ashore by lifeboat within two hours."
    )
    entry = _event(_timeline(text), "told the inquiry")
    assert entry.text.endswith('sandbank was."')
