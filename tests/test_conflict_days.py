"""Disagreements on a crew's size, on approximate depths and on the weekday of one event
(invented stories)."""

from __future__ import annotations

import pytest

import newsfuse
from newsfuse.briefing.conflicts import _one_doer
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


def _sides(measure: str, *texts: str) -> list[list[str]]:
    """The side values of each disagreement on ``measure``."""
    return [[s.value for s in c.sides] for c in _conflicts(*texts) if c.measure == measure]


def test_sailors_and_crew_members_are_one_crew():
    sailors = all_figures("The ferry sank with 118 sailors on board.")[0]
    members = all_figures("The ferry sank with 116 crew members aboard.")[0]
    passengers = all_figures("The ferry sank with 116 people on board.")[0]
    assert sailors.key == members.key == ("on board", "crew")
    assert passengers.key != members.key  # a ferry's people are more than its crew


def test_estimates_more_than_a_twentieth_apart_disagree():
    deep = all_figures("It sank in water about 450 feet deep.")[0]
    shallow = all_figures("It sank in water about 350 feet deep.")[0]
    other = all_figures("It sank in water some 420 feet deep.")[0]
    near = all_figures("It sank in water about 440 feet deep.")[0]
    assert not deep.compatible(shallow)
    assert not deep.compatible(other)  # two outlets' estimates, 7% apart
    assert deep.compatible(near)  # within a rounding of each other
    assert deep.compatible(all_figures("It sank in water 430 feet deep.")[0])  # "about" holds it


TOWN_WIRE = (
    "Storm floods the town of Orrin\n\nFloodwater filled the streets of Orrin, a farming town"
    " about 65 miles west of Kellport, on Tuesday. The river rose six feet overnight, and the"
    " town's mayor Ivo Marsh ordered the low streets cleared before dawn. The storm moved on to"
    " the hills by noon, the weather service said."
)
TOWN_PAPER = (
    "Orrin mops up after the flood\n\nResidents of Orrin, about 70 miles west of Kellport,"
    " cleared mud from their homes after the flood. Mayor Ivo Marsh said"
    " the river had risen six feet overnight. A shelter 20 miles south of Kellport took in forty"
    " families, and a second opened 40 miles north of Kellport."
)
WRECK_WIRE = (
    "Divers reach the sunken Kestrel\n\nNavy divers reached the wreck of the cargo ferry Kestrel"
    " on Friday. A coast guard report put the wreck some 450 feet down, too deep for divers"
    " without a diving bell. Port director Alina Brosk thanked the navy."
)
WRECK_PAPER = (
    "Kestrel divers reach the hull\n\nThe salvage crew found the hull lying 354 feet below the"
    " surface of the Marrow Strait. Alina Brosk, the port director,"
    " said the salvage would take weeks. In 1998 a tug sank in 180 feet of water nearby."
)


QUAKE_WIRE = (
    "Quake shakes Kell\n\nThe quake struck 10 km deep, about 80 km south of Kell, on Monday"
    " morning, the seismic office said. Windows broke across the old town of Kell."
)
QUAKE_PAPER = (
    "Kell counts the cost of the quake\n\nThe quake, centred about 95 km south of Kell, broke"
    " windows across the old town on Monday morning, the seismic office said. Schools in"
    " Kell stayed shut while engineers checked their walls and roofs."
)


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


def test_counts_with_a_comma_after_them_and_crews_magnitudes_and_storeys_are_read():
    (crew, rescued) = all_figures("The boat had a crew of 18, sixteen of whom were rescued.")
    assert crew.key == ("on board", "crew") and crew.low == 18 and rescued.low == 16
    assert all_figures("It cost $4,500, officials said.")[0].point == 4500
    assert all_figures("The quake had a magnitude of 5.6.")[0].key == ("magnitude", "")
    assert all_figures("A 12-storey apartment block fell.")[0].key == ("storeys", "")
    (before,) = all_figures("The train left the tracks shortly before 8 a.m.")
    (exact,) = all_figures("The train left the tracks at 7:40 a.m.")
    assert before.compatible(exact)
    (after,) = all_figures("The block fell shortly after 6 a.m.")
    assert not after.compatible(all_figures("The block fell at around 9 a.m.")[0])


def test_one_arrest_count_per_outlet_is_one_count_however_worded():
    first = (
        "KESTREL (Meridian Wire) _ Police arrested 43 people in the capital Kestrel on Friday"
        " after a march against the new tax turned violent. The interior ministry said officers"
        " used tear gas when protesters threw stones at the parliament building."
    )
    second = (
        "KESTREL (Coastline Press) _ Police detained 62 people after clashes near the parliament"
        " building, the opposition said. Its leaders called the march peaceful and blamed"
        " plainclothes officers for the violence that followed it."
    )
    assert _sides("arrested", first, second) == [["43", "62"]]
    # an outlet that gives two arrest counts tells of two arrests: no one count to compare
    third = second.replace(
        "building, the opposition said.",
        "building. Police detained nine people in Orrin on Saturday.",
    )
    assert not [c for c in _conflicts(first, third) if c.measure == "arrested"]


def test_a_toll_that_climbed_and_a_planned_figure_are_no_disagreement():
    wire = (
        "SAARIK (Meridian Wire) _ Twelve people were killed when a train left the tracks near"
        " Saarik on Thursday, the railway said. The probe is scheduled to fly within 186 miles"
        " of the site next week, engineers said."
    )
    paper = (
        "Saarik train crash death toll climbs to 15\n\nSAARIK (Coastline Press) _ A train left"
        " the tracks near Saarik, and rescuers worked through the night. A survey plane flew"
        " within 220 miles of the site, engineers said."
    )
    conflicts = _conflicts(wire, paper)
    assert not [c for c in conflicts if c.measure in {"deaths", "distance"}]


def test_two_heights_of_one_collapsed_block_disagree_however_worded():
    first = (
        "BELMOR (Meridian Wire) _ A 12-storey apartment building collapsed in the port city of"
        " Belmor early on Saturday, killing at least nine people, emergency officials said."
        " Rescuers with dogs searched the rubble through the day, and the city opened two schools"
        " as shelters for families from the neighbouring blocks."
    )
    second = (
        "BELMOR (Coastline Press) _ The 14-storey residential tower on Quay Street came down on"
        " Saturday morning, burying dozens of residents as they slept. Neighbours said they had"
        " complained for years about cracks in the walls, and the city has ordered checks of"
        " every tower built by the same company."
    )
    conflicts = _conflicts(first, second)
    assert [sorted(s.value for s in c.sides) for c in conflicts if c.measure == "storeys"] == [
        ["12", "14"]
    ]


def test_ages_counts_of_other_places_and_one_more_arrest_are_no_disagreements():
    assert all_figures("Karl Dorsch, 45, was arrested at his home.") == []
    assert all_figures("The captain, 58, is missing.") == []
    floods = _conflicts(
        "VARNA (Meridian Wire) _ Floods killed 23 people in Varna province on Tuesday, officials"
        " said. Rivers burst their banks after three days of rain, and roads to the coast were"
        " closed while rescuers searched villages cut off by the water.",
        "KOSTA (Coastline Press) _ Rescuers searched villages in Kosta after floods that killed 15"
        " people in the province, officials said. Army helicopters dropped food to farms cut off"
        " by the water, and the regional governor asked for more boats.",
    )
    assert not [c for c in floods if c.measure == "deaths"]
    arrests = _conflicts(
        "TARNBY (Meridian Wire) _ Police arrested two men on Friday in connection with the armed"
        " robbery of a jeweller in Tarnby, officers said. The men were held overnight and"
        " questioned about the gun used in the raid.",
        "TARNBY (Coastline Press) _ Police arrested a 27-year-old woman on Sunday in connection"
        " with the armed robbery of a jeweller in Tarnby. Officers said she had driven the car"
        " used by the robbers and was held for questioning.",
    )
    assert not [c for c in arrests if c.kind == "date"]


def test_a_sentence_that_states_both_days_gives_each_its_own_event():
    vote = (
        "Voters in Ostria chose a new president in the March 26 election, and Ana Kovac won"
        " with 52.94 percent of the vote, the election commission said on Wednesday. Turnout"
        " was high in the cities and low in the mountain villages of the north."
    )
    count = (
        "The election commission of Ostria will meet on April 5 to sum up the official results"
        " of the March 26 election, which Ana Kovac won with 52.9 percent of the vote. Turnout"
        " was high in the cities and low in the mountain villages of the north."
    )
    conflicts = _conflicts(vote, count)
    # the meeting's day is no other day of the election, and 52.9 is 52.94 rounded
    assert not conflicts, conflicts


def test_a_cue_before_another_number_is_that_number_s():
    killed, wounded = all_figures(
        "Gunmen raided the border post overnight, killing at least 14 guards and wounding 31."
    )
    assert killed.key[0] == "deaths" and wounded.key[0] == "injuries"
    # the same in the past tense, and "there overnight" is no noun of the count
    killed, wounded = all_figures("The blast killed at least 25 and wounded 81 there overnight.")
    assert (killed.key, wounded.key) == (("deaths", "people"), ("injuries", "people"))


def test_floors_or_ceilings_a_fifth_apart_are_different_counts():
    floor = all_figures("At least 25 people were killed in the blast.")[0]
    assert not floor.compatible(all_figures("At least 31 people died in the blast.")[0])
    assert floor.compatible(all_figures("At least 26 people died in the blast.")[0])
    assert floor.compatible(all_figures("Forty people died in the blast.")[0])  # a floor
    ceiling = all_figures("Up to 20 people were hurt.")[0]
    assert not ceiling.compatible(all_figures("As many as 30 people were hurt.")[0])


TRAIN_WIRE = (
    "Two trains collided near the junction at Orsk on Sunday night, killing 36 passengers and"
    " injuring 74, the railway ministry said. A freight train had stopped on the main line after"
    " a signal failed, and the evening express ran into it at speed, the ministry added."
)
TRAIN_PAPER = (
    "So far 38 travellers have been confirmed dead and 76 hurt in the collision, regional"
    " officials said, adding that the line would stay closed. Rescue teams worked through the"
    " night to free people from the wreckage of the express and its two rear carriages."
)


# Two-outlet stories for the disagreements below.
SHAFT_WIRE = (
    "The trawler Osprey lies some 460 feet down off Cape Harl, a survey team said on Monday."
    " Its owners asked divers to recover the logbook, and the harbour master closed the"
    " fishing grounds around the cape until the salvage work is done."
)
SHAFT_PAPER = (
    "The Osprey rests 352 feet below the surface off Cape Harl, the coast guard said on Monday."
    " Divers reached the Osprey at dawn on Monday, when it lay about 107 meters below the"
    " surface."
)
COSTS_WIRE = (
    "The Orrin Group filed papers on Wednesday seeking $612,437 in legal costs from Dana Pell,"
    " its former partner, after she lost her lawsuit. Pell's lawyers said they would fight the"
    " request in court and called it an attempt to punish her."
)
COSTS_PAPER = (
    "The firm said the lawsuit cost it $612,438, in a filing made public on Wednesday. A year"
    " earlier the firm had paid $611,920 for new offices in Kell. Pell has asked a higher court"
    " to hear her appeal against the verdict."
)
CAMP_WIRE = (
    "Protesters marched on Tuesday to a camp about 220 miles (350 km) from Tarrow to block the"
    " new mine. Police arrested dozens of them near the gates of the company's plant, and the"
    " company said the work would go on."
)
CAMP_PAPER = (
    "The camp, about 190 miles (300 km) east of Tarrow, held hundreds of protesters against the"
    " mine on Tuesday. The mining company said it had all the permits it needed and would not"
    " stop the work on the site."
)
HOSTEL_WIRE = (
    "Regional prosecutors reported the death of 40 people in Varosh, the worst of the week's"
    " attacks. Elsewhere, three policemen were killed when their car came under fire on the"
    " motorway to Kell."
)
HOSTEL_PAPER = (
    "Troops sealed the roads to the town of Varosh, where a truck bomb killed 26 and"
    " wounded 81 there overnight. Officials said the bomber drove through the gate of the"
    " hostel before dawn, and the rescue went on all morning."
)
TERMINAL_WIRE = (
    "PORT ALDER (Meridian Wire) _ Two men were charged on Monday over the bombing of the"
    " ferry terminal in Port Alder, in which 11 people were killed. Another 70 were injured."
    " The men, both dockers, will appear in court next week, the prosecutor said. A bomb"
    " at the Kell market in May killed 40 people and injured 300."
)
TERMINAL_PAPER = (
    "Prosecutors in Kell said a third suspect had driven the van that carried the bomb to the"
    " terminal. The blast killed 11 people and wounded more than 80, and tore the roof off"
    " the ticket hall, they said in a new indictment returned on Wednesday."
)
CAMPAIGN = (
    "ORSK, March 27, 2000 (Meridian Wire) -- Ivo Marsh won the presidency of Ostria by a wide"
    " margin. His three-month campaign followed the resignation of Bell on Dec. 31. Marsh"
    " thanked the voters of the mountain provinces, where turnout was highest."
)
RESIGNATION = (
    "ORSK, May 7, 2000 (Meridian Wire) -- Ivo Marsh was sworn in as president of Ostria. Ana"
    " Bell, who stepped down on Dec. 31, about six months before her term ended, sat in the"
    " front row of the hall."
)
TWO_BOMBS = (
    "KELL (Meridian Wire) _ A bomb killed 11 people at the central market of Kell on Monday."
    " Another 9 people were killed hours later when a second bomb exploded at a bus depot"
    " in the north of the city, the police said."
)
ONE_BOMB = (
    "A bomb at the central market of Kell killed 11 people on Monday morning, the police"
    " said. Traders said the market had been searched by soldiers the week before, and"
    " that the soldiers had found nothing."
)
TAPESTRY_WIRE = (
    "Police in Carrow said four people are in custody over the theft of the Lindqvist"
    " tapestry from the town museum, including the night guard. The tapestry was cut from"
    " its frame early on Tuesday, and the alarm had been switched off, the police said."
)
TAPESTRY_PAPER = (
    "Three people are in custody in connection with the theft of the Lindqvist tapestry,"
    " police in Carrow said. Detectives believe the tapestry was cut from its frame early on"
    " Tuesday by thieves who knew that the alarm had been switched off."
)
SPEECH_WIRE = (
    "KELL (Meridian Wire) _ Senator Ada Lind spoke on trade at the party convention in Kell"
    " on Tuesday night. Lind did not mention the strike in her three-minute speech on trade."
    " Delegates cheered when she left the stage after a two-hour wait."
)
SPEECH_PAPER = (
    "Delegates said the low point of the Kell convention came when Lind gave a four-minute"
    " speech on trade to a half-empty hall. She had flown in on a three-hour flight from"
    " Orrin that morning, her aides said."
)

EXECUTIONS_WIRE = (
    "AUSTIN, Velmar (Meridian Wire) _ At least 16 more executions are scheduled in Velmar before"
    " the November election, the prison board said on Friday. Governor Ann Bell has allowed"
    " every execution so far, and her office said she would not change course."
)
EXECUTIONS_PAPER = (
    "Velmar has 14 more executions scheduled before the November election, prison officials"
    " said on Friday. Governor Ann Bell has not stopped a single one since she took office, and"
    " her critics want a pause while a commission studies the cases."
)
ATTACK_WIRE = (
    "KELL, Velmar (Meridian Wire) _ As many as seven people attacked a girl outside Kell High"
    " School during a dance on Saturday night, police said on Monday. His mother and 10 others"
    " waited at the gate, and officers arrested two men on Sunday."
)
ATTACK_PAPER = (
    "Police in Kell said as many as 10 people took part in the attack on a girl outside Kell"
    " High School on Saturday night. Her aunt and 12 others waited at the gate. Two men were"
    " arrested on Sunday, officers said."
)


@pytest.mark.parametrize(
    ("measure", "texts", "expected"),
    [
        # one exact toll both give marks one event, whose other counts are then compared
        pytest.param(
            "injuries", (TERMINAL_WIRE, TERMINAL_PAPER), [["70", "more than 80"]], id="one-toll"
        ),
        # durations of one day's news are compared only when they tell one thing
        pytest.param("duration", (CAMPAIGN, RESIGNATION), [], id="two-durations"),
        # another toll of the same kind is no other count of it
        pytest.param("deaths", (TWO_BOMBS, ONE_BOMB), [], id="another-toll"),
        # both tolls nearly the same: one event counted twice; one toll alone is no such sign
        # ... and the two tolls the same sentences dispute are one dispute, side by side
        pytest.param(
            "deaths and injuries",
            (TRAIN_WIRE, TRAIN_PAPER),
            [["36 killed, 74 injured", "38 killed, 76 injured"]],
            id="twin-tolls",
        ),
        pytest.param("deaths", (TRAIN_WIRE, TRAIN_PAPER), [], id="twin-dead-joined"),
        pytest.param(
            "deaths", (TRAIN_WIRE, TRAIN_PAPER.replace(" and 76 hurt", "")), [], id="lone-toll"
        ),
        # a count written in words shows the number and the words
        pytest.param(
            "in custody",
            (TAPESTRY_WIRE, TAPESTRY_PAPER),
            [["3 (three people)", "4 (four people)"]],
            id="count-in-words",
        ),
        # hyphened durations of one noun, in sentences that tell one event
        pytest.param(
            "duration",
            (SPEECH_WIRE, SPEECH_PAPER),
            [["three-minute", "four-minute"]],
            id="hyphened",
        ),
        # a count of what is still to come is compared with such counts
        pytest.param(
            "execution (more)",
            (EXECUTIONS_WIRE, EXECUTIONS_PAPER),
            [["14", "At least 16 more executions"]],
            id="more-to-come",
        ),
        # "10 people took part": the noun before the verb; "10 others" counts no noun
        pytest.param(
            "people",
            (ATTACK_WIRE, ATTACK_PAPER),
            [["As many as seven people", "as many as 10 people"]],
            id="took",
        ),
        pytest.param("other", (ATTACK_WIRE, ATTACK_PAPER), [], id="others"),
        # one town's distance from one landmark, the landmark kept with each side as written;
        # shelters north and south of it are other places
        pytest.param(
            "distance",
            (TOWN_WIRE, TOWN_PAPER),
            [["about 65 miles west of Kellport", "about 70 miles west of Kellport"]],
            id="landmark",
        ),
        # "450 feet down" and "354 feet below the surface" are one depth; the tug's 180 feet
        # of water, half of it, is another wreck's
        pytest.param(
            "distance",
            (WRECK_WIRE, WRECK_PAPER),
            [["354 feet below", "some 450 feet down"]],
            id="depth",
        ),
        # the quake's depth does not hide its distance from Kell, which the outlets dispute
        pytest.param(
            "distance",
            (QUAKE_WIRE, QUAKE_PAPER),
            [["about 80 km south of Kell", "about 95 km south of Kell"]],
            id="depth-and-landmark",
        ),
        # the most precise figures found the sides, and each figure joins the nearest it fits:
        # 107 meters is 352 feet rounded, not 460 feet converted; a side shows each way its
        # outlets write it
        pytest.param(
            "distance",
            (SHAFT_WIRE, SHAFT_PAPER),
            [["352 feet below; about 107 meters below", "some 460 feet down"]],
            id="nearest-side",
        ),
        # two exact figures a dollar apart are one sum misread; $611,920 is another sum, and a
        # sum asked for to the dollar is what was spent
        pytest.param(
            "amount (USD)",
            (COSTS_WIRE, COSTS_PAPER),
            [["612,437", "612,438"]],
            id="misread",
        ),
        # a landmark after a figure's conversion in brackets
        pytest.param(
            "distance",
            (CAMP_WIRE, CAMP_PAPER),
            [["about 190 miles east of Tarrow; 300 km", "about 220 miles from Tarrow; 350 km"]],
            id="bracketed-conversion",
        ),
        # one town's dead, however differently the outlets tell the event
        pytest.param("deaths", (HOSTEL_WIRE, HOSTEL_PAPER), [["26", "40"]], id="town"),
    ],
)
def test_what_two_outlets_disagree_on(measure, texts, expected):
    assert _sides(measure, *texts) == expected


def test_a_round_count_of_minutes_is_a_rounding():
    # "80 minutes" of a 77-minute briefing; not "40 seconds" of a 36-second dive
    eighty = all_figures("The senator took questions for 80 minutes on Thursday.")[0]
    assert eighty.compatible(all_figures("It was a 77-minute news conference.")[0])
    assert not all_figures("The dive took 40 seconds.")[0].compatible(
        all_figures("The dive took 36 seconds.")[0]
    )


TUG_WIRE = (
    "Tug lost in the Marrow Strait\n\nThe harbour tug went down Saturday, and worries about the"
    " cold water grew as the search dragged on. Divers from Kell joined the coast guard at dawn"
    " to mark the wreck for the salvage crews."
)
TUG_PAPER = (
    "Search goes on for tug crew\n\nThe old harbour tug went down to the bed of the Marrow"
    " Strait on Sunday while towing a barge to the quay, port officials said. Rescuers hope to"
    " reach the wreck before the weekend, and the owners have hired a salvage firm."
)


def test_one_doer_s_verb_on_two_weekdays_disagrees_however_little_else_is_shared():
    conflicts = [c for c in _conflicts(TUG_WIRE, TUG_PAPER) if c.kind == "date"]
    assert [[s.value for s in c.sides] for c in conflicts] == [["Saturday", "Sunday"]]
    # one doer and its particle: a crew that went out and one that went home are two events
    assert _one_doer("The tug went down Saturday.", "The old tug went down on Sunday.", "went")
    assert not _one_doer("A crew went out Sunday.", "A crew went home Saturday.", "went")
    assert not _one_doer("Then they went out Sunday.", "They went out Saturday.", "went")


def test_a_clock_time_in_a_zone_is_no_count():
    figures = all_figures("The mine went off at 9:35 a.m. Kell time (0535 GMT), killing 12 people.")
    assert [f.key for f in figures] == [("time of day", ""), ("deaths", "people")]


def test_a_depth_is_told_by_the_words_after_it():
    from newsfuse.briefing.conflicts import _DEPTH_AFTER

    assert _DEPTH_AFTER.match(" down, a depth at which divers can work")
    assert _DEPTH_AFTER.match(" on the bottom of the Atlantic off Kell")
    for sideways in (" down the road from Kell", " deep into the hills", " on the bottom rung"):
        assert not _DEPTH_AFTER.match(sideways), sideways


def test_a_path_of_altitudes_in_one_sentence_is_no_disputed_distance():
    climb = (
        "The cargo jet climbed back to 24,000 feet, only to dive again toward the sea, breaking"
        " up when it reached about 10,000 feet. Investigators from the Harbourville safety board"
        " said the crew sent no distress call."
    )
    cruise = (
        "The cargo jet was cruising at 33,000 feet when it began its dive, the Harbourville"
        " safety board said. The jet then fell to 16,000 feet within a minute, investigators"
        " said, and the crew sent no distress call."
    )
    assert _sides("distance", climb, cruise) == []
