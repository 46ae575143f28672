"""The summary tells the story in the reporter's words: turns of an interview's transcript and
unattributed first-person talk do not stand alone. Invented stories."""

from __future__ import annotations

import newsfuse
from newsfuse.select import leans_on_previous


def test_transcript_turns_and_talk_lean_on_their_context():
    assert leans_on_previous("Marsh: I would much rather have been wrong about this one.")
    assert leans_on_previous("IVO MARSH: Well, we knew the river would rise that night.")
    assert leans_on_previous("You know, nobody in the office thought it would come so soon.")
    assert leans_on_previous("We always prepare for the big one; we did not expect it so soon.")
    # A label that is no speaker, and reports in the third person, stand alone.
    assert not leans_on_previous("Update: The harbour road reopened on Tuesday morning.")
    assert not leans_on_previous("Ivo Marsh, a forecaster in Tarnby, issued the warning on Monday.")
    assert not leans_on_previous("Our Lady of the Harbour school closed for the week.")
    # A broadcast's captions in capitals shout, with the anchor's asides in them.
    assert leans_on_previous("NEW AT 5:00, A TARNBY MOM IS ACCUSED OF NEGLECTING HER BABY.")
    assert not leans_on_previous("NASA and the ESA said the ISS crew was safe.")


INTERVIEW = (
    "Ten years ago this week, forecaster Ivo Marsh warned the town of Tarnby that the river would"
    " flood the harbour district within a day.\n"
    "The warning reached every radio station in the region within an hour, and the council"
    " ordered the harbour district emptied before nightfall.\n"
    "Marsh spoke to the Tarnby Post about that night.\n"
    "Marsh: I would much rather have been wrong about this one, believe me.\n"
    "You know, nobody in the office thought it would come so soon, not after ten dry years.\n"
    "We always prepare for the big flood; we just did not think it would come that week.\n"
    "The flood reached the harbour district the next morning and covered the old market square"
    " for nine days, but nobody in the district died."
)


def test_the_summary_leaves_transcript_turns_and_talk_out():
    summary = newsfuse.summarize([newsfuse.Document(text=INTERVIEW, source="Tarnby Post")])
    text = " ".join(s.text for s in summary.sentences)
    assert "harbour district" in text
    assert "Marsh: I would" not in text
    assert "You know" not in text
    assert "We always prepare" not in text


def test_teasers_initials_turns_and_portraits_do_not_stand_alone():
    from newsfuse.select import is_caption

    assert leans_on_previous("Here's what they say they know about the planet.")
    assert leans_on_previous("Marsh: Well, the ferry is far heavier than the old one.")
    assert not leans_on_previous("Update: No injuries were reported in the fire, police said.")
    assert not leans_on_previous("EU: Member states agreed the new fishing quotas on Tuesday.")
    assert not leans_on_previous("Here in Tarnby the ferry runs twice a day.")
    assert is_caption("Ivo Marsh stands for a portrait in front of a painting of the harbour.")
    assert not is_caption("Ivo Marsh stands for election in the harbour district this spring.")
