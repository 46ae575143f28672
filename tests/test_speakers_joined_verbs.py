"""A speech verb joined to another verb of the same subject ("X praised Y and said “...”", "X
denied the charges, and said “...”", "The Orrin government has agreed ..., and insisted that
“...”"): the subject speaks, not the one the first verb was done to, with or without a comma
before "and"; "assured" introduces words as "said" does ("the Kell Herald assured its readers,
“...”"); a town inside a speaker's description does not speak (invented stories)."""

from __future__ import annotations

import pytest

from test_speakers_descriptions import _briefing, _speaker_of

BRIDGE = (
    "TARN (Valley Wire) -- The new bridge over the river Tarn opened on Monday after four years"
    " of work, and both towns on its banks sent their mayors to the ribbon.\n"
    "Ben Marsh, the engineer who drew the bridge, spoke first and thanked the crews.\n"
    "Mayor Ann Voss praised Ben Marsh and said “the bridge would not stand without his stubborn"
    " work on the piers”.\n"
    "Ilse Marne, the mayor of Orrin, rejected the charge of unpaid bills from Tarn, and said"
    " “every crown we promised was paid to the last coin”.\n"
    "Voss thanked the crews of both towns, and added that “no one was hurt in four winters of"
    " work on the river”.\n"
    "The Orrin government has agreed to pay for the lights on the bridge, and insisted that"
    " “the river will never again divide the two towns”.\n"
    "The Orrin government said “the lights will be lit every night of the year”."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_subject_of_the_joined_verb_speaks(engine):
    briefing = _briefing(BRIDGE, engine=engine)
    assert _speaker_of(briefing, "the bridge would not stand") == "Ann Voss"
    assert _speaker_of(briefing, "every crown we promised") == "Ilse Marne"
    assert _speaker_of(briefing, "no one was hurt") == "Ann Voss"
    # a body named by its place and kind, with a verb before the speech verb joined to it
    # (the one "The Orrin government said" gives, by either engine: the body, or its place)
    said = _speaker_of(briefing, "the lights will be lit")
    assert said in {"Orrin government", "Orrin"}
    assert _speaker_of(briefing, "the river will never again") == said


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_assured_introduces_words(engine):
    story = (
        "KELL (Valley Wire) -- The great storm of 1903 lit the sky over Kell for two nights.\n"
        "The lights that the town saw that night, the Kell Herald assured its readers, “will be"
        " spoken of for a hundred years in every house on the coast”.\n"
        "Mayor Ann Voss assured the fishermen that “no boat will be lost to this storm while"
        " the harbour wall stands”."
    )
    briefing = _briefing(story, engine=engine)
    assert _speaker_of(briefing, "will be spoken of") == "Kell Herald"
    assert _speaker_of(briefing, "no boat will be lost") == "Ann Voss"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_town_inside_a_speakers_description_does_not_speak(engine):
    story = (
        "KELL (Valley Wire) -- The great storm of 1903 lit the sky over Kell for two nights.\n"
        "Far to the east, Henry Marsh, a physician in Tarnby, Velmarshire, observed “a perfect"
        " dome of red and green streamers over the whole of the bay” that night."
    )
    briefing = _briefing(story, engine=engine)
    # (the description is read from the town on, "Tarnby, Velmarshire,": the town is no
    # speaker, and no speaker is better than a wrong one)
    assert _speaker_of(briefing, "a perfect dome") in {None, "Henry Marsh"}
