"""Speakers a court report names only by their role: "the prosecutor said" with no prosecutor
named is no one (not the last speaker, not the defendant the sentence speaks of); "he said"
after "The prosecutor suggested that Tomas's family ..." is that prosecutor; "Noting that Brandt
said ..., the judge added that “...”" is the judge's; a new sentence after a finished quote
("... Ilse Marne, said she would appeal") is no attribution of it (invented stories)."""

from __future__ import annotations

import pytest

from test_speakers_descriptions import _briefing, _speaker_of

TRIAL = (
    "ORRIN (Valley Wire) -- Tomas Brandt was 17 when he set fire to a warehouse in Orrin."
    " ``Seventeen years old, and old enough to know better,'' the prosecutor said of Tomas at his trial. ``Does that not"
    " frighten you?'' The prosecutor suggested that Tomas's family would sleep easier if he"
    " stayed in prison. ``Think of what his family has been through,'' he said.\n"
    "Ada Lind, a psychologist who studies young offenders, disagrees. ``Teenagers are not"
    " finished people, and the law should see that,'' Lind said.\n"
    "But many police officers in Orrin see these offenders differently.\n"
    "``Tomas Brandt knew exactly what he was doing,'' the prosecutor said during the trial of"
    " the warehouse fire."
)
SENTENCING = (
    "ORRIN, Kell (Valley Wire) -- In sentencing Brandt, Judge Halvorsen said that he had lied to"
    " the fire inspectors. Noting that Brandt said he believed the warehouse was empty, the"
    " judge added that ``the evidence clearly shows he knew the night guard was inside.''"
    " Brandt's lawyer, Ilse Marne, said she would appeal the sentence next week."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_prosecutor_the_story_never_names_is_no_one(engine):
    briefing = _briefing(TRIAL, engine=engine)
    assert _speaker_of(briefing, "Teenagers are not finished") == "Ada Lind"
    # not the defendant the sentence goes on to speak of
    assert _speaker_of(briefing, "Seventeen years old") is None
    # "he" after a sentence whose subject is the unnamed prosecutor (Tomas's family is no
    # subject of it)
    assert _speaker_of(briefing, "Think of what his family") is None
    # a sentence of narrative after Lind's quote: the prosecutor is not Lind
    assert _speaker_of(briefing, "Tomas Brandt knew exactly") is None


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_judge_who_adds_the_words_speaks_them_not_the_lawyer_named_next(engine):
    briefing = _briefing(SENTENCING, engine=engine)
    speaker = _speaker_of(briefing, "the evidence clearly shows")
    assert speaker is not None and "Halvorsen" in speaker


COOK = (
    "The television cook Ada Lind has died at 72, her agent Ines Marsh said.\n"
    "She and Marsh first worked together in 1990. Lind wrote six books on country food.\n"
    "Speaking on a radio show in 2001, after the death of her cooking partner Vera Holt from"
    " cancer, she said:\n"
    "“She died bravely, she was an example to all of us, and I hope to go the same way.”\n"
)
BROKERS = (
    "Data brokers sell lists of people by their habits, the Kell Courier found.\n"
    "Last year, the Courier reported how a shop chain knew a teenager was pregnant. Even in 2009,"
    " the Courier reported on a firm selling lists like “Golden Years,” 400,000 gamblers over"
    " 60, for nine cents each, and one list that said: “These people are trusting. They want to"
    " believe that their luck can turn.”\n"
    "There are still no laws to stop the trade, critics say."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_she_is_not_the_one_her_own_partner_is(engine):
    # "her cooking partner Vera Holt": Holt is not the "she" whose partner she was
    assert _speaker_of(_briefing(COOK, engine=engine), "She died bravely") == "Ada Lind"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_list_that_says_something_speaks_for_no_one(engine):
    assert _speaker_of(_briefing(BROKERS, engine=engine), "These people are trusting") is None
