"""How reporters date events, one rule each, on invented stories: a date before a record or a
work ("her 2009 memoir"), a year counted from another ("the next year"), the events a lawsuit
alleges, and which sentences make a story's key events."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import newsfuse
from briefing_stories import brief_dated
from newsfuse.briefing.timeline import find_dates, main_date


def _timeline(*texts: str, **options):
    documents = [
        newsfuse.Document(text=text, source=f"Outlet {i}") for i, text in enumerate(texts, 1)
    ]
    return newsfuse.brief(documents, newsfuse.Options(**options), entity_model="rules").timeline


def _dated(timeline, words: str) -> set[str | None]:
    """The dates of the timeline's entries with these words."""
    found = [e for e in timeline if words in e.text]
    assert found, f"no timeline event with {words!r}: {[e.text for e in timeline]}"
    return {e.date.isoformat() if e.date else None for e in found}


def _event_iso(text: str, published: date | None = date(2021, 6, 10)) -> str | None:
    mention = main_date(find_dates(text, published), text)
    return mention.iso if mention else None


def test_a_date_before_a_record_or_a_work_dates_that_thing():
    # The sentence's own verb has no date: the record's date is the only event date it gives.
    assert _event_iso("In her 2009 memoir, the skater described the fall that ended it.") == "2009"
    assert _event_iso("Lawyers showed a 2012 letter the mayor sent to the builder.") == "2012"
    assert _event_iso("1958’s “Creature of the Marsh” had a rubber suit.") == "1958"
    # Beside the sentence's own date it yields: the report came out before the vote on Tuesday.
    assert _event_iso("Citing a 2019 study, the council voted on Tuesday to ban it.") == (
        "2021-06-08"
    )
    # A model year dates a car, not an event; an occasion named by its year is as often ahead
    # as past: no date at all.
    assert _event_iso("Thieves took his 2008 silver Saab from the drive.") is None
    assert _event_iso("She hopes to run in the 2024 mayoral election.") is None
    assert _event_iso("He says nothing will change before the 2028 Games.") is None


def test_a_day_that_names_an_event_dates_no_news_of_the_sentence():
    # published Thursday 10 June 2021: "Tuesday" is the 8th; the shooting is its own, earlier day
    text = "The hospital announced Tuesday that the last patient from the June 1 shooting is well."
    assert _event_iso(text) == "2021-06-08"
    # told alone, the named day is the sentence's own; a day range is no noun
    assert _event_iso("The June 1 shooting left one guard dead, police said.") == "2021-06-01"
    assert _event_iso("Talks held on June 3 and 4 ended without a deal.") == "2021-06-03"


def test_a_year_inside_the_sentence_yields_to_the_day_its_verb_takes():
    # published Thursday 10 June 2021: the news is Tuesday's; the years are what it is about
    text = "Mayor Ann Voss ruled out running for governor in 2022 or 2026 on Tuesday."
    assert _event_iso(text) == "2021-06-08"
    # a year that opens the sentence dates it; so does a year with no day beside it
    assert _event_iso("In 2019, the council voted on Tuesday to close the pier.") == "2019"
    assert _event_iso("Voss ran for governor in 2018 and lost.") == "2018"
    # a day of saying is no day of the event: "was built in 1961, the paper reported Tuesday"
    assert (
        _event_iso("The pier, the town's oldest, was built in 1961, the paper reported Tuesday.")
        == "1961"
    )
    # "next year" is counted, not stated: it stays the sentence's date
    assert _event_iso("Set to open next year, the bridge was named on Tuesday.") == "2022"


def test_a_year_counted_from_another_dates_the_second_event():
    mentions = find_dates(
        "The quiz show began in 2003 on regional radio and moved to television the next year.",
        None,
    )
    assert [m.iso for m in mentions] == ["2003", "2004"]
    assert [m.iso for m in find_dates("She retired in 1990 and died two years later.", None)] == [
        "1990",
        "1992",
    ]
    # With no year before it in the sentence there is nothing to count from.
    assert find_dates("The firm was sold the following year.", None) == []


BAKERS = """Rival bakers in court over a recipe
PELLSTON -- The Corran family, who run the town's oldest bakery, were sued by a former partner last month in a claim filed at the county court alleging that the family had copied his rye recipe in 2015 and 2016.
The bakery's first shop opened in 1988 on Mill Street and a second followed the next year in Harrowgate.
In her 2011 memoir, "Flour on the Floor," Ada Corran described learning to bake from her grandfather.
A judge will hear the case in the autumn, the court said.
"""


def test_timeline_dates_alleged_events_and_counted_years_in_a_story():
    timeline = _timeline(BAKERS)
    # The claim is one entry, the copying it alleges another, told without the claim around it.
    assert _dated(timeline, "The family had copied his rye recipe") == {"2015-01-01"}
    # One sentence, two openings: each its own entry.
    assert _dated(timeline, "second followed the next year") == {"1988-01-01", "1989-01-01"}
    assert _dated(timeline, "memoir") == {"2011-01-01"}


PUBLISHED = datetime(2023, 3, 14)


def test_an_event_is_worded_and_ranked_by_the_outlet_that_dates_it_as_its_own():
    filler = " Shipping firms rerouted cargo to rail and the fishing fleet stayed in harbour."
    documents = [
        "The dockers' strike shut the first port on March 2 and a dozen ports have joined it."
        " Grain barges have waited at anchor since March 6 off the coast." + filler,
        "More than a dozen ports have joined the dockers' strike since March 2."
        " The grain barges are waiting at anchor off the coast." + filler,
        "The union leader Tomas Riel met the transport minister on March 9 to discuss pay."
        " Neither side spoke to reporters after the talks at the ministry." + filler,
    ]
    timeline = brief_dated(documents, PUBLISHED).timeline
    (strike,) = [e for e in timeline if e.iso == "2023-03-02"]
    assert strike.sources == [1, 2] and strike.text.startswith("The dockers' strike shut")
    # The barges are dated only in passing ("waited since March 6"), the meeting on its own
    # day, each by one outlet: with room for two entries, the strike and the meeting.
    two = brief_dated(documents, PUBLISHED, timeline_events=2).timeline
    assert [e.iso for e in two] == ["2023-03-02", "2023-03-09"]


MILL = [
    "Workers at the Varrow steel mill voted on Monday to accept the buyout offer from Kessel"
    " Metals. The Varrow mill shut its second furnace in 2015 after orders from carmakers fell."
    " In 2017 the mill's owner Piet Varrow told the Varrow Gazette that the mill and its"
    " furnace workers would never be sold to a rival. Production at the mill has been falling"
    " since 2012. In his 2019 memoir, Varrow described the mill's hardest winters.",
    "Steelworkers in Varrow voted on Monday to accept Kessel Metals' offer for the mill."
    " The union said the vote was close. Kessel will keep both furnaces running and has promised"
    " to hire back forty of the workers laid off over the winter.",
]


def test_a_year_someone_said_something_in_comes_after_the_years_things_happened():
    published = datetime(2024, 4, 10)
    every = brief_dated(MILL, published).timeline
    assert {"2015", "2017", "2019"} <= {e.iso for e in every}
    # The vote (two outlets), then the furnace closing and the memoir; the owner's words to a
    # paper in 2017 and "falling since 2012" (a state, dated only in passing) come last.
    three = brief_dated(MILL, published, timeline_events=3).timeline
    assert [e.iso for e in three] == ["2015", "2019", "2024-04-08"]
    assert three[-1].sources == [1, 2]


def test_a_range_of_days_takes_the_year_stated_at_its_end():
    def isos(text: str) -> list[str | None]:
        return [m.iso for m in find_dates(text, date(2021, 11, 20), inferred=True)]

    assert isos("From Feb. 3 to Sept. 30, 2019, the clinic saw 40 cases.") == [
        "2019-02-03",
        "2019-09-30",
    ]
    assert isos("Cases of the Varna fever, August 2–October 9, 2018") == [
        "2018-08-02",
        "2018-10-09",
    ]
    # Across the new year the first day is in the year before.
    assert isos("The fair ran from Dec. 20 through Jan. 4, 2020.")[0] == "2019-12-20"
    # Two days of two events keep their own years.
    assert isos("The vote is on March 3 and the count on June 5, 2019.")[0] == "2021-03-03"


def test_a_time_ago_counts_back_from_the_articles_day():
    published = date(2022, 5, 18)  # a Wednesday

    def dated(text: str) -> list[tuple[str | None, str]]:
        return [(m.iso, m.precision) for m in find_dates(text, published)]

    assert dated("The ferry sank three days ago off Kell Point.") == [("2022-05-15", "day")]
    assert dated("She took over the bakery two weeks ago.") == [("2022-05-02", "week")]
    assert dated("The plant shut six months ago.") == [("2021-11", "month")]
    assert dated("The bridge opened a decade ago.") == [("2012", "year")]
    # Ages of rocks and species are no days of a story.
    assert dated("The fish lived 300 million years ago.") == []
    assert dated("The tools were dropped more than 4,300 years ago.") == []
    # "More than" bounds the day, it does not give it.
    assert dated("The trial ended more than 20 years ago.") == []
    # Without the article's day the unit is known, the day is not.
    assert [(m.iso, m.precision) for m in find_dates("It opened a year ago.", None)] == [
        (None, "year")
    ]


def test_a_time_stamp_opening_a_line_dates_the_page_not_an_event():
    page = (
        "April 4, 2023 09:15 am ET by Newsroom Staff\n"
        "The Kell county board voted on Monday to close the Harrow ferry after the spring"
        " floods. Ferry workers said they would appeal to the state."
    )
    timeline = _timeline(page)
    assert [e.iso for e in timeline] == ["2023-04-03"]  # the vote, read against the stamp


def test_a_short_sentence_with_a_verb_and_a_full_stop_is_an_event_a_dateline_is_not():
    story = (
        "Kell Gazette Thursday 7 March 2024\n"
        "The Kell ferry will stop running at the end of the month, its owners said on Tuesday."
        " Varrow Metals took over in June of 2019. The owners blamed the cost of fuel"
        " and repairs to the old landing stage for the closure."
    )
    timeline = _timeline(story)
    assert {e.iso for e in timeline} == {"2019-06", "2024-03-05"}
    (bought,) = [e for e in timeline if e.iso == "2019-06"]
    assert bought.text == "Varrow Metals took over in June of 2019."


def test_a_source_named_at_the_end_leaves_the_year_to_the_event():
    from newsfuse.briefing.events import _background_statement

    def statement(text: str) -> bool:
        return _background_statement(text, main_date(find_dates(text, None)))

    assert statement("In 2017 the owner told the Varrow Gazette the mill was not for sale.")
    assert statement("An analyst wrote in 2013 that the plant could not last.")
    assert not statement("The mill shut its second furnace in 2015, the union said.")
    assert not statement("The mill shut its second furnace in 2015, said Ana Holt, its head.")
    assert not statement('"We shut the second furnace in 2015," a spokesman said.')


def test_a_month_written_with_a_long_s_is_read_not_a_crash():
    # The date patterns match case-insensitively, and "ſ" (a long s) matches "s" so.
    text = (
        "The council of Tarnby met on ſeptember 3, 2016 and voted to keep the bridge toll for two"
        " more years.\nThe vote was close, and the mayor said the toll would pay for repairs to"
        " the old stone bridge by the spring."
    )
    briefing = newsfuse.brief([newsfuse.Document(text=text, source="Tarnby Post")])
    assert [e.date.isoformat() for e in briefing.timeline if e.date] == ["2016-09-03"]


def test_an_undated_storys_copyright_line_gives_the_year_of_its_weekdays_and_days():
    timeline = _timeline(
        "Kell police are searching for a woman who posed as a shop worker to steal phones.\n"
        "On March 15, the woman walked out of the Kell Mart store with six phones in a bag.\n"
        "Police released video on Tuesday of the woman leaving the store with the phones.\n"
        "Detectives arrested a man on Friday who had sold two of the phones at a market.\n"
        "A judge set his bail at a hearing on Saturday, and prosecutors charged him with theft.\n"
        "The store's manager on Wednesday closed its side door, which the woman had used.\n"
        "Copyright 2019 by Kell News 4 - All rights reserved",
        "A woman who stole six phones from a Kell store on March 15 is still being sought,"
        " police said, and the store has asked shoppers for help.",
    )
    by_words = {e.text.split()[0]: e for e in timeline}
    day, weekday = by_words["On"], by_words["Police"]
    assert (day.iso, day.inferred) == ("2019-03-15", True)
    # The year tells no weekday's day: the year alone, marked as inferred.
    assert (weekday.iso, weekday.precision, weekday.inferred) == ("2019", "year", True)
    # Tuesday's, Wednesday's, Friday's and Saturday's events are four events of that year, not
    # four of one day (of which the timeline shows three at most).
    assert sum(e.iso == "2019" for e in timeline) == 4


def test_a_copyright_year_does_not_move_a_dated_storys_events():
    timeline = _timeline(
        "Kell police said on Tuesday, 4 June 2024, that they had arrested a man who stole six"
        " phones from a Kell store. The man was seen on video leaving the store with a bag, and"
        " the phones were found in his car on Monday evening.\n"
        "Copyright 2026 by Kell News 4 - All rights reserved",
    )
    assert _dated(timeline, "arrested a man") == {"2024-06-04"}


def test_a_time_of_day_goes_on_the_day_of_the_account_before_it():
    published = "Tuesday, October 16, 2018\n"
    timeline = _timeline(
        published + "A 12-year-old boy died on Monday after touching a fence that a loose wire"
        " had charged at the Kell ballpark.\nThe boy, Tavi Rusk, had climbed the fence to fetch"
        " a ball, the coroner said.\nTwo friends who tried to pull him away were also hurt.\n"
        "Tavi was taken to the Kell children's hospital, where he was pronounced dead at 9:56"
        " p.m.\nThe city said the wire belonged to an old lighting system.",
        published + "The power company said on Tuesday that it did not own the wire that"
        " charged the fence at the Kell ballpark, where a boy died on Monday.",
    )
    assert _dated(timeline, "pronounced dead") == {"2018-10-15"}
    # Without a dated account just before it, a time of day dates nothing.
    timeline = _timeline(
        "A boy was hurt at the Kell ballpark after touching a fence that a loose wire had"
        " charged.\nHe was taken to hospital and was sent home at 9:56 p.m. after a check-up,"
        " the coroner said.\nThe city said the wire belonged to an old lighting system."
    )
    assert not [e for e in timeline if "9:56" in e.text and e.date]


def test_a_news_photos_day_dates_an_undated_storys_weekdays():
    timeline = _timeline(
        "Firefighters in Varro spent the night on a blaze that destroyed the old cannery.\n"
        "Smoke rises over the old cannery in Varro, Ore., Wednesday, May 10, 2023. (AP Photo/"
        "Ida Brell)\n"
        "The fire broke out on Tuesday evening in a storage shed behind the cannery, the fire"
        " chief said.\n"
        "Crews from four towns fought it through the night and had it under control on"
        " Wednesday morning, and the chief said the cause is not yet known.",
        "The Varro cannery, which closed in 1998, burned down this week after a fire started in a"
        " storage shed on Tuesday evening, and crews put it out on Wednesday.",
    )
    assert _dated(timeline, "broke out on Tuesday") == {"2023-05-09"}
    assert all(e.inferred for e in timeline if e.precision == "day")


def test_a_gallery_page_of_captions_alone_dates_the_other_articles_weekdays():
    gallery = "\n".join(
        [
            "Crews at the Varro cannery, Friday, May, 12 2023. Firefighters spent the night..."
            " (Associated Press)",
            "Smoke over the Varro cannery, Saturday, May, 13, 2023. The fire chief said the"
            " cause... (Associated Press)",
            "FILE - In this Monday, June 5, 2017 file photo, the cannery in Varro... (Associated"
            " Press)",
        ]
    )
    article = (
        "The old Varro cannery burned down after a fire started in a storage shed behind it.\n"
        "Firefighters from four towns fought the blaze through the night.\n"
        "On Sunday the fire chief told reporters that a faulty heater in the shed had started"
        " the fire.\n"
        "The cannery closed in 1998 and the town had planned to turn it into a market hall."
    )
    briefing = newsfuse.brief([gallery, article], entity_model="rules")
    assert any("no article text" in p.message for p in briefing.problems)
    assert _dated(briefing.timeline, "faulty heater") == {"2023-05-14"}
    # Without the gallery the Sunday is not placed in any year.
    alone = newsfuse.brief([article], entity_model="rules").timeline
    assert _dated(alone, "faulty heater") == {None}


def test_a_near_copys_dateline_and_a_budget_year_date_the_wire_story():
    body = (
        " the Kell city council cut the water board's budget for fiscal 2024 by a fifth, the"
        " first cut since 1998.\nThe board's chair, Ona Brell, said the cut would delay the new"
        " pumping station by two years.\nThe council will vote on the school budget next month,"
        " and the mayor said more cuts may follow."
    )
    kept = "KELL (Meridian Wire) -- In a late vote today," + body
    copy = "KELL, March 14 (Xinhua) -- In a late vote Thursday," + body
    timeline = _timeline(kept, copy)
    assert _dated(timeline, "cut the water board") == {"2024-03-14"}
    # The copy alone is read the same way: its Thursday falls on March 14 in the budget's year.
    assert _dated(_timeline(copy), "cut the water board") == {"2024-03-14"}
    # Without a year of the budget, nothing tells the dateline's year.
    undated = copy.replace(" for fiscal 2024", "")
    assert _dated(_timeline(undated), "cut the water board") != {"2024-03-14"}


def test_a_file_photo_gives_no_day_to_the_story():
    from newsfuse.clean import find_picture_day

    caption = "The cannery in Varro, Ore., Monday, June 5, 2017. (AP Photo/Ida Brell, File)"
    assert find_picture_day(caption) is None
    later = "Crews at the cannery, Thursday, May 11, 2023. (AP Photo/Ida Brell)"
    earlier = "Smoke over Varro, Wednesday, May 10, 2023. (AP Photo/Ida Brell)"
    assert find_picture_day(f"{caption}\nText.\n{earlier}\n{later}") == date(2023, 5, 11)


def test_a_day_stated_after_the_news_photo_is_when_the_article_was_written():
    timeline = _timeline(
        "Mourners filled St. Anne's Church in Varro on Thursday for the funeral of two volunteer"
        " firefighters.\n"
        "Fire trucks at the crash site on Route 9 near Varro, Saturday, March 4, 2023. (AP Photo/"
        "Ida Brell)\n"
        "Investigators said on Wednesday that a worn tire blew out before the fire truck rolled"
        " over on Route 9.",
        "Two volunteer firefighters who died when their fire truck rolled over on Route 9 on March"
        " 4 were laid to rest on Thursday, March 9, after a service at St. Anne's Church.",
    )
    assert _dated(timeline, "Mourners filled") == {"2023-03-09"}


def test_a_story_of_one_day_shows_more_of_that_days_events_when_no_other_day_is_left():
    published = "Sunday, May 5, 2019\n"
    day = (
        "A storm tore the roof off the Kell sports hall on Saturday morning.",
        "Firefighters pulled two players from the hall on Saturday before noon.",
        "The mayor of Kell closed the harbour road on Saturday afternoon.",
        "Power failed in the east of Kell on Saturday evening for six hours.",
        "A fishing boat sank at its mooring in Kell on Saturday night, the harbour master said.",
        "The river at Kell burst its banks on Saturday near the old mill.",
    )
    timeline = _timeline(
        published + " ".join(day) + " The hall had been repaired on March 3, 2018, at a cost"
        " of 2 million crowns."
    )
    dated = [e.iso for e in timeline]
    assert dated.count("2018-03-03") == 1
    # six events of the storm's day: five shown, not the three of a busier timeline's day
    assert dated.count("2019-05-04") == 5


def test_what_has_lasted_since_a_date_is_no_event_of_that_date():
    timeline = _timeline(
        "Lion shot in Kell\n\nRangers shot a lion on March 30, 2016, after it mauled a cyclist"
        " near the park. The town beside the park has grown"
        " tenfold since the park was set up in 1946. The lion had left the park on Monday, the"
        " rangers said, after a fight with another male."
    )
    assert not [e for e in timeline if "tenfold" in e.text], [e.text for e in timeline]
    assert _dated(timeline, "mauled a cyclist") == {"2016-03-30"}


def test_a_short_timeline_shows_each_articles_own_news_before_a_second_of_one_article():
    treasury = (
        "Budget surplus grows\n\nThe Treasury said on March 3, 2000 that the budget surplus grew"
        " to $40 billion, the largest surplus on record. The Treasury had said on February 2,"
        " 2000 that the budget surplus would grow again. Budget experts said the surplus would"
        " keep growing. The surplus may pay down the national debt, the Treasury said."
    )
    fed = (
        "Fed raises rates\n\nThe Federal Reserve raised its key interest rate by a quarter point"
        " on March 21, 2000, and its chairman said the budget surplus helps. Markets rose after"
        " the decision, and banks raised their own rates."
    )
    timeline = _timeline(treasury, fed, timeline_events=2)
    assert len(timeline) == 2
    assert _dated(timeline, "Federal Reserve raised") == {"2000-03-21"}


def test_a_month_someone_expects_something_in_lies_ahead():
    # "expect another rise in May", in a story of March 2000: May 2000, not May 1999
    assert _event_iso("Economists expect another rise in May.", date(2000, 3, 21)) == "2000-05"
    assert _event_iso("Economists had seen a rise in May.", date(2000, 3, 21)) == "1999-05"


@pytest.mark.parametrize(
    ("lines", "latest", "days"),
    [
        # A Wednesday 15 and a Monday 27 December, a Tuesday 9 and a Sunday 21 May, in texts
        # whose latest year is 1991: each alone fits several years, all together only December
        # 1999 and May 2000; a dateline without a weekday (7 December) goes among them.
        pytest.param(
            [(12, 15, 2), (12, 27, 0), (5, 9, 1), (5, 21, 6), (12, 7, None), None],
            1991,
            [(1999, 12, 15), (1999, 12, 27), (2000, 5, 9), (2000, 5, 21), (1999, 12, 7), None],
            id="together-in-one-year",
        ),
        # Six leads' weekdays, in texts whose latest year is 1997: each fits one year from 1997
        # on, and no one year holds them all; together they span under two years (a topic
        # followed from March 1998 to January 2000). A dateline with no weekday is unread.
        pytest.param(
            [(3, 13, 4), (5, 2, 5), (5, 8, 4), (6, 22, 1), (7, 10, 5), (1, 17, 0), (11, 14, None)],
            1997,
            [(1998, 3, 13), (1998, 5, 2), (1998, 5, 8), (1999, 6, 22), (1999, 7, 10), (2000, 1, 17)]
            + [None],
            id="each-in-its-year-over-two",
        ),
    ],
)
def test_datelines_of_different_seasons_are_read_in_the_years_their_leads_weekdays_fit(
    lines, latest, days
):
    from newsfuse.briefing.timeline import dateline_days

    assert dateline_days(lines, None, latest) == [date(*d) if d else None for d in days]


def test_a_weekday_ahead_in_a_wire_lead_is_not_its_datelines_day():
    from newsfuse.briefing.timeline import yearless_dateline

    lead = "KELL CITY, March 13 (Xinhua) -- The president of Velmar {} on Saturday, his office said"
    ahead = lead.format("would start a visit to Orrin") + " Friday, the first visit in a decade."
    past = lead.format("started a visit to Orrin") + ", the first visit in a decade."
    assert yearless_dateline(ahead) == (3, 13, 4)  # Friday, when the office spoke
    assert yearless_dateline(past) == (3, 13, 5)


WIRE_WINDOW = [
    ("March 13", "Velmar's president began a visit to Orrin on Friday, his office said. The two"
     " countries set up ties in 1997, and their leaders have met four times since then."),
    ("May 2", "Orrin's foreign minister arrived in Kell City on Saturday for three days of talks"
     " on trade. He will meet the prime minister and visit a copper mine in the south."),
    ("May 8", "Velmar signed a loan for a new power plant with the Asian bank on Friday, officials"
     " said. The plant will burn coal from the northern fields and light the capital."),
    ("June 22", "Donors pledged 300 million dollars to Velmar on Tuesday at a meeting in Kell"
     " City. The money will pay for roads, schools and clinics over the next eighteen months."),
    ("July 10", "Japan's prime minister arrived in Kell City on Saturday for a two-day visit."
     " Tokyo is the largest single giver of aid to the country, with loans for railways."),
    ("November 14", "A United Nations envoy said today that aid to herders hit by the winter"
     " storms will grow. Thousands of animals died in the cold, and many families lost all"
     " their herds."),
]  # fmt: skip


def test_wire_reports_of_two_years_are_dated_by_their_datelines():
    timeline = _timeline(*[f"KELL CITY, {day} (Xinhua) -- {lead}" for day, lead in WIRE_WINDOW])
    assert _dated(timeline, "began a visit to Orrin") == {"1998-03-13"}
    assert _dated(timeline, "Donors pledged") == {"1999-06-22"}
    # a lead with no weekday keeps its dateline's day, in the year nearest before the story's
    assert _dated(timeline, "envoy said today") == {"1997-11-14"}


def test_a_deal_made_by_named_parties_on_a_day_dates_the_deal_not_the_sentence():
    mentions = find_dates(
        "Tomas called on both sides to respect the truce brokered by the Kell Republic and the"
        " Orrin Federation on May 9.",
        date(2021, 6, 10),
    )
    assert [(m.iso, m.subordinate) for m in mentions] == [("2021-05-09", True)]
    # The sentence's own day still comes first where it gives one.
    assert (
        _event_iso(
            "On Monday Tomas called on both sides to respect the truce brokered by the Kell"
            " Republic and the Orrin Federation on May 9."
        )
        == "2021-06-07"
    )
    # The entry tells the deal, not the call that mentions it; its wording keeps the sentence.
    timeline = _timeline(
        "KELL, June 10, 2021 - Tomas called on both sides to respect the truce brokered by the"
        " Kell Republic and the Orrin Federation on May 9. Fishing boats from both ports have"
        " stayed in harbour since the shelling of the ferry terminal, and the talks on a new"
        " border at sea have not been held for three weeks."
    )
    entry = next(e for e in timeline if e.date and e.date.isoformat() == "2021-05-09")
    assert entry.text == (
        "The truce was brokered by the Kell Republic and the Orrin Federation on May 9."
    )
    assert "Tomas called" in entry.wordings[0].text


def test_a_sentence_whose_opening_a_scrape_lost_makes_no_timeline_entry():
    timeline = _timeline(
        "KELL, June 10, 2021 - The ferry pact between Kell and Orrin collapsed on Wednesday.\n"
        "-Orrin fishing partnership that the two ports signed 12 days ago.\n"
        "Officials in Kell said the ferry pact would be talked over again in July."
    )
    assert timeline and not [e for e in timeline if e.text.startswith("-")]
