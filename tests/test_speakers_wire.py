"""Speakers in wire copy: words one person says another told them, a source set off after a
description that names a place, an agency quoting someone, a speaker's age and home town before
her verb, a dead star beside the living man who speaks (invented stories)."""

from __future__ import annotations

import pytest

from test_speakers_descriptions import _briefing, _speaker_of


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_told_him_quoted_as_saying_and_a_described_source_speak_their_own_words(engine):
    briefing = _briefing(
        "PORT ALDER (Coastline Press) _ The ferry Kestrel sank off Port Alder on Saturday, and the"
        " search for its crew went on Sunday.\n"
        "In Port Alder, Sen. Ann Voss, a member of the harbour committee, met the families.\n"
        "Voss said the ferry's owner Marco Ruiz told her in Spanish: ``We did everything we could"
        " to save them.''\n"
        "The port's director in Port Alder, ex-Mayor Lena Halvorsen, told The Harbour Times,"
        " ``She is a careful and honest manager of the docks and of the ferries.''\n"
        "``There are three weeks until the inquiry and I see no reason to blame the crew,'' the"
        " Tidewire agency quoted harbour master Karl Stepan as saying.",
        engine=engine,
    )
    assert _speaker_of(briefing, "We did everything we could") == "Marco Ruiz"
    assert _speaker_of(briefing, "She is a careful and honest") == "Lena Halvorsen"
    assert _speaker_of(briefing, "There are three weeks") == "Karl Stepan"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_she_is_the_woman_whose_age_and_town_stand_before_her_verb(engine):
    briefing = _briefing(
        "KELL (Meridian Wire) _ A judge stayed the execution of Orrin Dale on Friday.\n"
        "Judge Sam Brody wrote that the parole board had never explained its vote, and he"
        " ordered a new hearing.\n"
        "Dale's niece, Wilma Ince, 39, of Tarn, Alberta, said she was overjoyed by the stay.\n"
        "She said she had visited her uncle on Thursday and found him calm. ``He has had a long"
        " time to prepare for this day,'' she said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "He has had a long time") == "Wilma Ince"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_he_said_is_never_a_dead_star_named_beside_the_man(engine):
    briefing = _briefing(
        "KELL (Meridian Wire) _ Police stopped Dario Fenwick 30 times in two years.\n"
        "Because he was never charged with anything _ not even a parking fine _ Fenwick, a"
        " baker in Kell, came to believe he was stopped for the big picture of Otis Redding,"
        " the late soul singer, on the back of his van. ``Every time I went out, the first"
        " thing I thought was whether they would stop me,'' he said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "Every time I went out") == "Dario Fenwick"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_report_a_role_holder_and_a_body_speak_not_who_they_are_about(engine):
    briefing = _briefing(
        "KELL (Meridian Wire) _ Two poultry plants in Tarn that supply school lunches were"
        " overwhelmed by diseased birds, federal inspectors have reported.\n"
        "``So many birds were condemned that the bins were spilling onto the floor,'' the"
        " report, obtained by the Harbour Times, says of the larger plant.\n"
        "Students at Orrin High School were asked about the new uniforms. Orrin High senior"
        " Muxie on the other hand said that if forced to wear one, ``I would not feel like myself"
        " at school any more.''\n"
        "The Unity party, which backs Dana Brandt, urged young people to vote on Sunday.\n"
        "Brandt ``has a historic chance to pull the country out of its long crisis,'' the movement"
        " said in a statement.\n"
        "``Nobody in the party doubts the result of this election,'' Brandt was quoted by the"
        " Kell Herald as saying. Tia Muxie, 17, said she would not vote.",
        engine=engine,
    )
    assert _speaker_of(briefing, "So many birds were condemned") is None
    assert _speaker_of(briefing, "I would not feel like myself") == "Tia Muxie"
    assert _speaker_of(briefing, "has a historic chance") != "Dana Brandt"
    assert _speaker_of(briefing, "Nobody in the party doubts") == "Dana Brandt"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_new_speaker_after_a_verb_of_retort_is_not_the_one_before(engine):
    briefing = _briefing(
        "TARNBY (Meridian Wire) _ The council voted on Monday to sell the Fenwick meadow.\n"
        "``The meadow survey found nothing rare in the grass or in the pond,'' council planner"
        " Hattie Orme said.\n"
        "``Nobody has ever moved a meadow successfully, not anywhere in this country,'' campaigner"
        " Dominic Farrow shot back.\n"
        "``Then perhaps we should have planned for all of this years ago,'' councillor Nina Stroud"
        " snapped.\n"
        "``We will challenge this decision in the courts, mark my words,'' vowed Aisha Mensah of the"
        " Save Fenwick Meadow campaign.",
        engine=engine,
    )
    assert _speaker_of(briefing, "Nobody has ever moved") == "Dominic Farrow"
    assert _speaker_of(briefing, "Then perhaps we should") == "Nina Stroud"
    assert _speaker_of(briefing, "We will challenge this") == "Aisha Mensah"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_quoted_by_a_paper_an_unnamed_teller_a_mayor_named_since_and_a_described_victim(engine):
    briefing = _briefing(
        "GRELLAN (Coastline Press) _ A fire destroyed a fuel depot in Grellan on Sunday.\n"
        "Harbour master Kjell Sorensen said a night watchman, Piotr Nowak, raised the alarm."
        " Sorensen said Nowak told him: ``There is smoke under the loading doors, call everyone"
        " now.''\n"
        "Depot owner Aurelio Batts was quoted by the Kelbourne Courier last month as saying the"
        " depot was ``one of the safest fuel stores in the whole northern region.''\n"
        "Dock worker Rahul Mehta said a friend who worked at the depot, whom he declined to name,"
        " had told him: ``The managers knew something was wrong at least a week ago.''\n"
        "At the town hall on Monday, Mayor Ingrid Halvorsen faced angry questions. ``Why were"
        " those drums there at all?'' shouted one resident.\n"
        "``That is exactly the question I have asked the company, and I want an answer,'' the"
        " mayor replied.\n"
        "One of the evacuated residents, retired teacher Dorothy Pembury, 81, sat in the front"
        " row. Outside, she said: ``He looked me in the eye and told me the drums were safe.''",
        engine=engine,
    )
    assert _speaker_of(briefing, "There is smoke under") == "Piotr Nowak"
    assert _speaker_of(briefing, "one of the safest fuel") == "Aurelio Batts"
    assert _speaker_of(briefing, "The managers knew") is None
    assert _speaker_of(briefing, "That is exactly the question") == "Ingrid Halvorsen"
    assert _speaker_of(briefing, "He looked me in the eye") == "Dorothy Pembury"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_body_speaks_by_its_noun_and_an_aide_to_someone_unnamed_is_no_one(engine):
    briefing = _briefing(
        "LONDON (Meridian Wire) _ A nurse at Kell Royal Hospital who took a prank call from two"
        " radio hosts was found dead on Friday, police said.\n"
        "The hospital ``had been supporting her throughout this very difficult time,'' it said.\n"
        "A Harrow Palace spokesman said: ``The Duke and Duchess are deeply saddened to learn of the"
        " death of the nurse.''\n"
        "Separately, a palace spokesman told the Harbour Times: ``At no point did the palace"
        " complain to the hospital about the call from the radio station.''\n"
        "The Republican party has said little. ``It is one of those things that the party is very"
        " uncomfortable with,'' said an aide to a high-ranking House Republican.",
        engine=engine,
    )
    assert _speaker_of(briefing, "had been supporting her") == "Kell Royal Hospital"
    assert _speaker_of(briefing, "At no point did the palace") == "Harrow Palace"
    assert _speaker_of(briefing, "It is one of those things") is None


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_n_year_old_is_the_one_of_that_age_or_the_one_just_told_of(engine):
    briefing = _briefing(
        "MARROW (Coastline Press) _ Nurses at Marrow County General walked out on Tuesday.\n"
        "Delia Okafor was on the picket line before dawn, a thermos in one hand and a sign in the"
        " other.\n"
        "``I have never missed a shift in fourteen years, not once,'' the 45-year-old told the"
        " Courier.\n"
        "Union steward Tomas Wiel, 52, led the march. Hospital director Ann Reyes met the"
        " nurses at noon and promised talks.\n"
        "``We have asked for talks for a year and heard nothing back,'' the 52-year-old said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "I have never missed a shift") == "Delia Okafor"
    assert _speaker_of(briefing, "We have asked for talks") == "Tomas Wiel"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_words_describing_someone_are_the_describers_but_a_name_given_is_no_ones(engine):
    briefing = _briefing(
        "GRELLAN (Coastline Press) _ The town mourned forklift driver Oskar Lind on Sunday.\n"
        "His sister, Annika Lind, described him as ``a man who could never walk past someone in"
        " trouble on the road.''\n"
        "Opposition spokeswoman Carla Mendes accused the minister of ``hiding behind the"
        " microphone while the wards of the hospital empty out.''\n"
        "Residents have dubbed the depot ``the powder keg at the end of Harbour Road'' for"
        " years.",
        engine=engine,
    )
    assert _speaker_of(briefing, "a man who could never walk") == "Annika Lind"
    assert _speaker_of(briefing, "hiding behind the microphone") == "Carla Mendes"
    assert _speaker_of(briefing, "the powder keg at the end") is None


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_who_told_whom_a_dead_mans_daughter_and_a_town_called_port(engine):
    briefing = _briefing(
        "PORT MARVEN (Meridian Wire) _ The sale of the harbour to a private buyer was halted on"
        " Monday.\n"
        "Planning chief Tomas Hale said Mayor Elena Ruiz told him nothing about the offer: ``I"
        " learned about the sale from the newspaper like everyone else.''\n"
        "Jonas Brandt, 44, said a former colleague, Maria Ruiz, told him in 2019: ``The minister"
        " wants the harbour sold before the election, whatever it costs.''\n"
        "Anna Wells, the late senator's daughter, spoke at the hearing. ``My father dreamed of a"
        " harbour that belonged to everyone in this town,'' she said.\n"
        "``The channel will reopen to ferries within a week, weather permitting,'' a port"
        " spokesman said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "I learned about the sale") == "Tomas Hale"
    assert _speaker_of(briefing, "The minister wants the harbour") == "Maria Ruiz"
    assert _speaker_of(briefing, "My father dreamed") == "Anna Wells"
    assert _speaker_of(briefing, "The channel will reopen") is None


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_an_unnamed_member_of_a_body_is_no_one_but_its_spokesman_is_the_body(engine):
    briefing = _briefing(
        "REDMOND (Meridian Wire) _ Kellsoft Corp. goes to trial next week over its licensing"
        " deals.\n"
        "Reseller Weekly quoted a Kellsoft employee as saying that ``we are all concentrating on"
        " our own jobs and only a few lawyers are focused on the trial.''\n"
        "``Right now we are the company's biggest endorser, and we get nothing for it,'' a Tarnix"
        " adviser wrote in 1992.\n"
        "``We will defend our licensing practices vigorously in court,'' a Kellsoft spokesman"
        " said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "we are all concentrating") is None
    assert _speaker_of(briefing, "Right now we are the company") is None
    assert _speaker_of(briefing, "We will defend our licensing") == "Kellsoft"
