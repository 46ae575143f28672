"""Invented stories for the tests: three outlets on one made-up event."""

from newsfuse.domain import Document

VALLEY_POST = """Wildfire forces evacuation of Brenning valley

A wildfire that started near the village of Brenning on Saturday has burned 4,000 hectares and forced 1,200 residents from their homes, the regional fire service said on Sunday.

Firefighters from three provinces are working to stop the blaze before it reaches the national park, fire chief Otto Salm said.

"The wind turned twice in one night and the fire jumped the road," Mr Salm told reporters.

Two firefighters were treated in hospital for smoke inhalation and released on Sunday.

The regional governor, Lea Brandt, said the evacuees would be housed in schools in the town of Kelmar until it was safe to return.
"""

KELMAR_NEWS = """Brenning fire: 1,200 people evacuated as blaze spreads

About 1,200 residents of the Brenning valley were evacuated after a wildfire burned 4,000 hectares since Saturday, the fire service said.

Governor Lea Brandt said evacuees were being housed in Kelmar's schools and sports halls.

The fire service said a lightning strike during Friday's storm probably started the fire, but police said they had not ruled out arson.

Firefighters hope cooler weather on Tuesday will help them contain the blaze, which is moving east towards the national park.
"""

RIVER_TIMES = """Crews battle Brenning wildfire for second day

Hundreds of firefighters fought a wildfire in the Brenning valley for a second day on Sunday as the flames moved toward the national park.

The blaze has burned 4,000 hectares, the regional fire service said, and 1,200 people were forced to leave their homes.

Fire chief Otto Salm said the fire had jumped the main road overnight when the wind changed direction.

A local farmer, Ivo Kranz, said he had lost his barn and forty sheep. "We had ten minutes to get out," he said.

Police have opened an investigation into the cause of the fire.
"""


def wildfire_cluster() -> list[Document]:
    return [
        Document(VALLEY_POST, source="Valley Post"),
        Document(KELMAR_NEWS, source="Kelmar News"),
        Document(RIVER_TIMES, source="River Times"),
    ]
