"""Invented clusters for the briefing, each with the gold annotations it was written to carry.

Every outlet, person, company and place here is made up. The gold lists are complete for what
they annotate (all planted conflicts, all quotes, all named entities, all dated events), so
both precision and recall can be measured against them (tests and bench/briefing.py).
"""

from __future__ import annotations

from datetime import datetime

import newsfuse
from newsfuse.domain import Document


def brief_dated(documents: list[str], published: datetime, **options):
    """A rules briefing of texts all published on one day."""
    return newsfuse.brief(
        [Document(d, published=published) for d in documents], entity_model="rules", **options
    )


# ---------------------------------------------------------------- story 1: a chemical plant blast

HERALD = """Seven dead in Dravik chemical plant blast

Seven people were killed in an explosion at the Corvane Chemicals plant in Dravik on Tuesday, the regional fire service said.

More than 40 people were injured and about 2,000 residents were evacuated from the streets around the plant.

"We heard a bang and then the windows came in. My daughter was still asleep," said Marta Ilves, who lives opposite the plant.

Labour minister Hanna Roell blamed Corvane Chemicals for ignoring safety warnings.

Corvane Chemicals denied the claim and blamed a contractor, Belt Systems, for a faulty valve.

The plant had reopened two weeks ago after a safety inspection.
"""

POST = """Corvane blast kills nine in Dravik

The blast at the Corvane Chemicals plant in Dravik killed nine people on Tuesday, hospital officials said.

Hospitals treated 43 people for injuries, and 2,150 residents were evacuated overnight.

"We heard a bang and then the windows came in," Ms Ilves told the Post.

Ms Roell said Corvane had been warned about the valve last week. She said: "Warnings were given and warnings were ignored. That is not an accident."

The plant had reopened 12 days ago after a safety inspection.

An inquiry into the explosion will open on Monday, the labour ministry said.
"""

BULLETIN = """Dravik counts the cost of chemical blast

At least seven people died in the explosion at the Corvane plant on Tuesday, the fire service said.

Plant manager Paul Okafor said the company was working with investigators. "We owe the families answers, and they will get them," Dr Okafor said.

Fire chief Ruth Adeyemi said yesterday that the site was now safe.

"The fire is out and the tanks are cool. We will stay on site all night.

"Nobody should go back before the air has been tested," she said.

Roell said an inquiry would open on Monday.
"""


def blast_cluster() -> list[Document]:
    return [
        Document(HERALD, source="Lowland Herald", published=datetime(2024, 3, 13, 8, 0)),
        Document(POST, source="Ridgeway Post", published=datetime(2024, 3, 13, 11, 0)),
        Document(BULLETIN, source="Eastport Bulletin", published=datetime(2024, 3, 14, 7, 0)),
    ]


BLAST_GOLD = {
    # Claims: groups of (source number, words of the sentence) that state the same thing.
    "claims": [
        [
            (1, "Seven people were killed"),
            (2, "killed nine people"),
            (3, "At least seven people died"),
        ],
        [(1, "More than 40 people were injured"), (2, "Hospitals treated 43 people")],
        [(1, "windows came in"), (2, "windows came in")],
        [(1, "plant had reopened two weeks ago"), (2, "plant had reopened 12 days ago")],
        [(2, "inquiry into the explosion will open on Monday"), (3, "inquiry would open")],
    ],
    # Conflicts: kind, and the values on each side (as the briefing prints them).
    "conflicts": [
        ("figure", {"7", "9"}),
        ("figure", {"two weeks", "12 days"}),
        ("attribution", {"Hanna Roell blames Corvane Chemicals"}),
    ],
    # Pairs of figures that must never be reported as conflicting (rounding and paraphrase).
    "consistent": [("More than 40", "43"), ("about 2,000", "2,150")],
    "quotes": [
        ("windows came in. My daughter was still asleep", "Marta Ilves"),
        ("warnings were ignored", "Hanna Roell"),
        ("We owe the families answers", "Paul Okafor"),
        ("tanks are cool. We will stay on site all night. Nobody should go back", "Ruth Adeyemi"),
    ],
    # Entities: merged name, kind, and variants that must be merged into it.
    "entities": [
        ("Corvane Chemicals", "organisation", ["Corvane"]),
        ("Hanna Roell", "person", ["Roell"]),
        ("Marta Ilves", "person", ["Ilves"]),
        ("Paul Okafor", "person", ["Okafor"]),
        ("Ruth Adeyemi", "person", []),
        ("Dravik", "place", []),
        ("Belt Systems", "organisation", []),
    ],
    # Timeline: (ISO date, words of an event reported on it).
    "timeline": [
        ("2024-03-12", "explosion at the Corvane"),
        ("2024-03-04", "warned about the valve"),
        ("2024-03-18", "inquiry"),
        ("2024-03-13", "site was now safe"),
    ],
}

# ---------------------------------------------------------------- story 2: a bridge collapse

VALECREST = """Tesk bridge collapses during morning rush

The Old Tesk Bridge in Marlow collapsed at 8am on Thursday, sending 14 cars into the river, city officials said.

More than 60 people were rescued from the water by boat crews and divers.

A bus carrying 31 passengers had crossed the bridge a minute before it fell.

Mayor Lukas Feld blamed the Regional Roads Agency for delaying repairs. "This bridge was inspected in March. Someone has to answer for that," Mr Feld said.

The Regional Roads Agency rejected the criticism and blamed the city council for cancelling the repair contract.

Repairs to the bridge had been priced at £4 million, according to city documents.
"""

NORTHMOOR = """Marlow bridge collapse: 62 rescued from river

The span gave way at 9am on Thursday, and 62 people were rescued from the river.

Fourteen cars fell when the 200-metre bridge collapsed, officials said.

Mr Feld said: "Someone has to answer for that."

Two crew members of a river barge were also hurt.

The repairs would have cost £6 million, the roads agency said on Friday.

Divers will search the riverbed again on Saturday, police said.
"""

PINEBURY = """Divers search the Tesk after bridge collapse

Rescuers pulled 62 people from the river after the Old Tesk Bridge fell on Thursday.

The collapse sent 14 cars into the water, the fire service said.

"The water was freezing and the current was strong. We got everyone we could see," said diver Ana Brook of the Marlow fire service.

The bridge, which opened on 2 June 1961, was closed for inspection earlier this week.

Lukas Feld, the mayor, said an emergency council meeting would be held on June 12.
"""


def bridge_cluster() -> list[Document]:
    return [
        Document(VALECREST, source="Valecrest Times", published=datetime(2023, 6, 9, 7, 0)),
        Document(NORTHMOOR, source="Northmoor Echo", published=datetime(2023, 6, 10, 9, 0)),
        Document(PINEBURY, source="Pinebury Journal", published=datetime(2023, 6, 9, 18, 0)),
    ]


BRIDGE_GOLD = {
    "claims": [
        [
            (1, "sending 14 cars into the river"),
            (2, "Fourteen cars fell"),
            (3, "The collapse sent 14 cars"),
        ],
        [
            (1, "More than 60 people were rescued"),
            (2, "62 people were rescued"),
            (3, "Rescuers pulled 62 people"),
        ],
        [(1, "Someone has to answer for that"), (2, "Someone has to answer for that")],
    ],
    "conflicts": [
        ("figure", {"8am", "9am"}),
        ("figure", {"4,000,000", "6,000,000"}),
        ("attribution", {"Lukas Feld blames Regional Roads Agency"}),
    ],
    "consistent": [("More than 60", "62"), ("31 passengers", "Two crew")],
    "quotes": [
        ("This bridge was inspected in March", "Lukas Feld"),
        ("Someone has to answer for that", "Lukas Feld"),
        ("The water was freezing", "Ana Brook"),
    ],
    "entities": [
        ("Lukas Feld", "person", ["Feld"]),
        ("Regional Roads Agency", "organisation", []),
        ("Ana Brook", "person", []),
        ("Marlow", "place", []),
        ("Old Tesk Bridge", "place", []),
    ],
    "timeline": [
        ("2023-06-08", "collapsed"),
        ("2023-06-09", "repairs would have cost"),
        ("2023-06-10", "Divers will search the riverbed"),
        ("2023-06-05", "closed for inspection earlier this week"),
        ("2023-06-12", "emergency council meeting"),
        ("1961-06-02", "opened on 2 June 1961"),
    ],
}

STORIES = {
    "dravik-blast": (blast_cluster, BLAST_GOLD),
    "tesk-bridge": (bridge_cluster, BRIDGE_GOLD),
}

# ---------------------------------------------------------------- story 3: a dock strike, undated
# Only the first outlet is dated, by its dateline; the others are read against the story's date.

TIDEWAY = """Dockers walk out at Port Alder

Tideway Gazette
Tuesday 14 May 2024 09:10 BST

Dockers at Port Alder walked out on Monday, halting all cargo traffic at the harbour, the Alder Dock Union said.
At a meeting that was arranged on 2 May, union leaders and managers failed to agree on pay on Friday.
Union leader Sara Voss said on Monday that the Alder Harbour Company had frozen wages in 2019.
Talks between the union and the company will resume on Thursday, a company spokesman said.
"""

KESTREL = """Port Alder strike halts cargo

Dockers at Port Alder stopped work on Monday, halting cargo traffic at the harbour in a dispute over pay.
The port, which opened in 1887, handles most of the region's grain exports.
Olav Brenn, who runs the Alder Harbour Company, told reporters yesterday that the strike was costing the company dearly.
"""

LANTERN = """Grain piles up as dock strike goes on

Grain lorries queued outside Port Alder on Tuesday as the dock strike entered its second day.
The Alder Harbour Company said on May 13, 2024 that it had offered the dockers a rise of four per cent.
"""


def harbour_cluster() -> list[Document]:
    return [
        Document(TIDEWAY, source="Tideway Gazette"),
        Document(KESTREL, source="Kestrel Courier"),
        Document(LANTERN, source="Lantern Daily"),
    ]


# ---------------------------------------------------------------- story 4: a warehouse fire
# Planted: 3 vs 4 dead (the headline "kills four" is no agreement), the alarm checked on
# February 1 vs February 3, "her two daughters" vs "her daughter", one blame dispute; and no
# conflict between 15-30 miles and 25-50 km, nor between this fire and one in 1998.

HARBOURSIDE = """Warehouse fire kills four in Kelmar

Four people died when a fire swept through a textile warehouse in Kelmar on Thursday, the fire service said.
The blaze started shortly after 2am and burned for about six hours before crews brought it under control.
The warehouse owner, Dalia Renner, and her two daughters escaped unhurt from the burning building.
Fire chief Otto Lind said the alarm system had been switched off, and blamed Renner Textiles for the deaths.
Renner Textiles denied the claim and said the warehouse alarm had been checked on February 1.
Smoke drifted 15-30 miles across the valley, forcing schools to close for the day.
"""

LEDGER = """Three dead in Kelmar warehouse blaze

Three people died when a fire swept through a textile warehouse in Kelmar on Thursday, firefighters said.
The owner, Dalia Renner, and her daughter escaped unhurt from the burning building.
Renner Textiles said the warehouse alarm had been checked on February 3, weeks after an inspection.
Smoke drifted 25-50 km across the valley, and schools were closed for the day.
"""

COURIER = """Kelmar fire: owner blamed

Four people were killed in Thursday's warehouse fire in Kelmar, officials said.
Fire chief Otto Lind blamed Renner Textiles, saying the alarm had been switched off.
It was the worst fire in Kelmar since 1998, when a mill fire killed 11 workers.
"""


def fire_cluster() -> list[Document]:
    return [
        Document(HARBOURSIDE, source="Harbourside Post", published=datetime(2024, 2, 10, 8, 0)),
        Document(LEDGER, source="Kelmar Ledger", published=datetime(2024, 2, 9, 18, 0)),
        Document(COURIER, source="Valley Courier", published=datetime(2024, 2, 10, 9, 0)),
    ]


# ---------------------------------------------------------------- story 5: a bakery chain's chief
# Planted for the timeline: two careers dates in one sentence, a year followed by "by" and
# "after", a baseline year after "from $3m", abbreviated months before "that", an accusation
# with its own earlier date, a show named after a weekday, a year that counts homes.

GRANARY = """Ferncastle board ousts baker chief Ida Quell

Granary Times
Thursday 7 March 2024 10:00 GMT

Ida Quell was named head of baking at Ferncastle Bakeries in 2010 and chief executive in 2016.
The pay plan for Quell was approved in 2019 by 96% of the shareholders at a stormy meeting.
Her bonus fell to $2m last year from $3m in 2021, the company's accounts show.
Former driver Tam Oduya told the Granary Times on Feb. 26 that Quell had cut the drivers' wages in 2020 without notice.
Baker Lio Marsh held a press conference on March 4 to accuse Quell of closing the Dunmere bakery in June 2022 without warning.
The board voted on Wednesday to remove Quell, the company said.
"""

OVENLINE = """Ferncastle's Quell removed by board

Ida Quell, who took over as chief executive in 2016 after a run of losses, was removed by the board on Wednesday.
Marsh says Quell shut the Dunmere bakery in June 2022 and told no one until the ovens were cold.
Quell once appeared on the comedy show Sunday Night Lights to promote the firm's rye loaf.
The chain promised to build in 2000 homes a bread oven of their own, an advertising stunt that failed.
"""


def bakery_cluster() -> list[Document]:
    return [
        Document(GRANARY, source="Granary Times"),
        Document(OVENLINE, source="Ovenline", published=datetime(2024, 3, 7, 12, 0)),
    ]


# ---------------------------------------------------------------- story 6: a tanker on Lake Varn
# Planted: a claim and its denial across outlets (listed once, with the outlets stating the
# claim), a claim rejected with its claimant named, and "could not confirm or deny" (no denial).

VARN_POST = """Tanker blamed for slick on Lake Varn

A port official said the tanker Morrow Star leaked oil into Lake Varn on Sunday, a claim the shipping firm Kelso Lines denied.
Fishermen at Osk reported a sheen on the water along ten miles of the northern shore.
Police could not confirm or deny that the captain of the Morrow Star had been questioned.
"""

VARN_MERCURY = """Oil sheen spreads on Lake Varn

Harbour staff said the Morrow Star had leaked oil near the Varn jetty before dawn on Sunday.
Kelso Lines denies that the Morrow Star leaked any oil into the lake.
The Osk fishermen's guild rejected the council's claim that the shore was safe for boats again.
"""

VARN_CHRONICLE = """Varn council closes northern shore

The council closed the northern shore of Lake Varn to boats until further notice.
Fishermen at Osk said a sheen covered the water along ten miles of the shore.
"""


def tanker_cluster() -> list[Document]:
    return [
        Document(VARN_POST, source="Varn Post", published=datetime(2024, 8, 12, 8, 0)),
        Document(VARN_MERCURY, source="Varn Mercury", published=datetime(2024, 8, 12, 9, 0)),
        Document(VARN_CHRONICLE, source="Chronicle", published=datetime(2024, 8, 12, 10, 0)),
    ]
