"""Distances and areas as figures: units converted, a conversion's rounding allowed, a distance
compared only with one from the same place (invented stories)."""

from __future__ import annotations

import newsfuse
from newsfuse.briefing.figures import all_figures

MINE_WIRE = (
    "The Varro copper mine will add US$3.7 billion to the national economy, the company said on"
    " Tuesday. The mine lies 350 km east of Kell and sits inside the Orrin national park, which"
    " covers 19,000 square km of wetland. Work on the first shaft will start in June."
)
MINE_PAPER = (
    "Critics of the Varro copper mine say it threatens the Orrin national park, which covers"
    " 22,000 square km. The site lies some 300 km east of Kell, and work on the first shaft will"
    " start in June, the company said. The town of Tarn, 40 km away, will house the miners."
)


def test_areas_and_distances_are_read_in_their_units():
    (area,) = all_figures("The park covers 19,000 square km of wetland.")
    (hectares,) = all_figures("The fire burned 4,000 hectares of forest.")
    assert area.key == hectares.key == ("area", "")
    # (a round count is read to a tenth either way at most: 4,000 is 3,600 to 4,400)
    assert area.low == 18_500 * 1e6 and hectares.high == 4_400 * 1e4
    (east,) = all_figures("The mine lies 350 km east of Kell.")
    assert east.key == ("distance", "") and east.unit == "km"
    # "13 miles (21 km)": one distance converted and rounded, not two that disagree
    miles, km = all_figures("The trail is 13 miles (21 km) long.")
    assert miles.compatible(km) and not km.compatible(all_figures("It is 25 km long.")[0])


def test_outlets_giving_different_areas_of_one_park_disagree():
    briefing = newsfuse.brief(
        [
            newsfuse.Document(text=MINE_WIRE, source="Wire"),
            newsfuse.Document(text=MINE_PAPER, source="Paper"),
        ],
        entity_model="rules",
    )
    measures = [c.measure for c in briefing.conflicts]
    assert "area" in measures
    # "40 km away" (from Tarn) is no other value of the mine's distance from Kell
    assert not [c for c in briefing.conflicts if "40" in c.description]


def test_distances_from_somewhere_and_compound_units_are_not_disputed():
    briefing = newsfuse.brief(
        [
            newsfuse.Document(
                text="A magnitude 5.8 earthquake struck on Monday morning with its epicentre 30"
                " kilometres north of Talvera, the national seismic agency said. Residents 15"
                " miles away said the quake shook their windows and woke their children.",
                source="Wire",
            ),
            newsfuse.Document(
                text="The earthquake on Monday damaged a dam 18 kilometres north of Talvera,"
                " forcing the evacuation of two villages. Smoke from a fire it started could be"
                " seen 25 miles away, and the dam holds 5,000 acre-feet of water.",
                source="Paper",
            ),
        ],
        entity_model="rules",
    )
    assert not [c for c in briefing.conflicts if c.measure in {"distance", "area"}]
    (volume,) = all_figures("The dam holds 5,000 acre-feet of water.")
    assert volume.key[0] != "area"


def test_wire_spellings_of_units_and_currencies_are_read():
    (dollars,) = all_figures("The mine will add 4.46 billion U.S. dollars to the economy.")
    (symbol,) = all_figures("The mine will add US$3.7 billion to the economy.")
    assert dollars.key == symbol.key == ("amount", "USD") and not dollars.compatible(symbol)
    (abbreviated,) = all_figures("The park covers 19,000 sq. kms of wetland.")
    (written,) = all_figures("The park covers 22,000 square kilometers.")
    assert abbreviated.key == written.key == ("area", "") and abbreviated.unit == written.unit
    (hyphened,) = all_figures("The mine is on the edge of the 22,000 square-kilometer park.")
    assert hyphened.key == ("area", "") and hyphened.unit == written.unit
    assert all_figures("The site is about 350 kms from Orrin.")[0].key == ("distance", "")
    for glued in ("The fire burned 3 km2 of forest.", "The fire burned 3 km² of forest."):
        assert all_figures(glued)[0].key == ("area", ""), glued


def test_a_currency_written_before_the_figure_is_read():
    (wire, local) = all_figures(
        "The mine will add U.S. dlrs 3.7 billion (Australian dollars 6.2 billion) to the economy."
    )
    assert wire.key == ("amount", "USD") and local.key == ("amount", "AUD")
    # shown as written, with the country before the wire's abbreviation
    assert wire.text == "U.S. dlrs 3.7 billion"
    (again,) = all_figures("The mine will add 4.46 billion U.S. dollars to the economy.")
    assert again.key == wire.key and not again.compatible(wire)


def test_a_currency_word_before_a_figure_of_something_else_is_no_amount():
    for text in (
        "Exporters must convert into US dollars 40 percent of their earnings.",
        "The fund lost millions of dollars 20 years ago.",
        "Suppliers were paid in dollars 30 days later.",
    ):
        assert not [f for f in all_figures(text) if f.key[0] == "amount"], text
    assert not [
        f for f in all_figures("It sold for Brunei dollars 500 million.") if f.key[0] == "amount"
    ]


def test_a_round_count_is_no_vaguer_than_about_it():
    def brief(first: str, second: str):
        documents = [
            newsfuse.Document(text=first, source="Wire"),
            newsfuse.Document(text=second, source="Paper"),
        ]
        return newsfuse.brief(documents, entity_model="rules").conflicts

    raids = (
        "Police in Kell raided warehouses across the port on Wednesday, picking up 100 suspected"
        " smugglers, the harbour master said. The raids followed a year of complaints from fishermen about"
        " boats that landed untaxed fuel at night."
    )
    conflicts = brief(
        raids,
        "Police raided warehouses across the port of Kell on Wednesday, arresting some 70"
        " suspected smugglers. Officers seized drums of fuel and two fast boats, and the"
        " warehouses were sealed. The harbour master said the smugglers had landed untaxed fuel at"
        " night for a year, and fishermen had complained to the port authority.",
    )
    values = [[side.value for side in c.sides] for c in conflicts]
    assert ["some 70 suspected smugglers", "100 suspected smugglers"] in values, values
    # within a tenth of the round count, one count said twice
    conflicts = brief(
        raids,
        "Police raided warehouses across the port of Kell on Wednesday, arresting 96 suspected"
        " smugglers. Officers seized drums of fuel and two fast boats, and the warehouses were"
        " sealed. The harbour master said the smugglers had landed untaxed fuel at night for a"
        " year, and fishermen had complained to the port authority.",
    )
    assert not conflicts, conflicts


def test_a_figure_with_decimals_is_read_to_its_last_digit():
    (tenths,) = all_figures("Kovac won 52.9 percent of the vote.")
    (hundredths,) = all_figures("Kovac won 52.94 percent of the vote.")
    assert tenths.compatible(hundredths)  # rounded, not disputed
    (lower,) = all_figures("Prices rose 2.4 percent in May.")
    (higher,) = all_figures("Prices rose 2.5 percent in May.")
    assert not lower.compatible(higher)
    (scaled,) = all_figures("The mine will add 4.46 billion U.S. dollars.")
    assert scaled.low == 4_455_000_000  # (a scaled figure rounds as its zeros say)


def test_a_duration_in_two_units_is_one_duration():
    (flight,) = all_figures("The jet crossed the ocean in about 3 hours, 50 minutes.")
    assert flight.key == ("duration", "") and flight.low > 3.4 and flight.high < 4.3
    (fall,) = all_figures("Radar tracked the wreck for 2 minutes and 40 seconds.")
    assert fall.text == "2 minutes and 40 seconds" and round(fall.low * 3600) == 160
    (dive,) = all_figures("The jet fell 5,000 feet in 36 seconds.")[1:]
    assert dive.key == ("duration", "") and round(dive.low * 3600) == 36
    # a rate after the smaller part is no part of the larger: two durations
    shifts = all_figures("The crew worked for 10 days, 12 hours a day.")
    assert [f.text for f in shifts][:2] == ["10 days", "12 hours"]
    # nor a part as long as a whole unit of the larger: "3 days, 50 hours" are two
    assert len(all_figures("The search took 3 days, 50 hours of them at night.")) == 2
    assert not [f for f in all_figures("A second blast followed.") if f.key[0] == "duration"]


def test_a_toll_s_cue_does_not_make_a_count_of_events_a_toll():
    _dead, injured, attacks = all_figures(
        "36 soldiers were killed and another 74 injured in five terrorist attacks on Sunday."
    )
    assert injured.key == ("injuries", "people") and attacks.key == ("attack", "")
    bombs, dead = all_figures("Two bombs killed 11 people in the market.")
    assert bombs.key == ("bomb", "") and dead.key == ("deaths", "people")


def test_dozens_decades_and_modals_are_read_as_written():
    (hyphened,) = all_figures("As many as two-dozen people saw the fight.")
    assert (hyphened.key, hyphened.high) == (("people", ""), 24.0)  # not two to twelve
    (modal,) = all_figures("As many as two dozen people may have seen the fight.")
    assert modal.key == hyphened.key and modal.high == 24.0  # the noun, not "may"
    # a decade or an age in tens counts nothing
    assert all_figures("The suspects ranged in age from 15 to their mid-20s.") == []
    assert [f.text for f in all_figures("In the 1990s, 30 people died.")] == ["30 people died"]
    # an aircraft model is no decade ("737-800s"), and the lower end of a range takes its scale
    assert not [f for f in all_figures("It grounded its 737-800s.") if f.low == 737.0 == f.high]
    (range_,) = all_figures("Some two to three dozen homes burned.")
    assert (range_.low, range_.high) == (24.0, 36.0)
    assert all_figures("They found one can of fuel.")  # "can" as a noun


def test_temperatures_are_compared_in_one_scale():
    (fahrenheit, celsius) = all_figures(
        "The shield must take up to 2,500 degrees Fahrenheit (1,370 degrees Celsius) in orbit."
    )
    assert fahrenheit.key == celsius.key == ("temperature", "")
    assert (fahrenheit.unit, celsius.unit) == ("F", "C")
    assert fahrenheit.compatible(celsius)  # one temperature, converted
    (glued,) = all_figures("The shield can take 1400C, the engineers said.")
    assert glued.key == ("temperature", "") and glued.low < 1400 < glued.high
    # a bare "90 degrees" (an angle, or a scale not said) is no temperature
    (angle,) = all_figures("The road turns 90 degrees at the bridge.")
    assert angle.key != ("temperature", "")
