"""Speakers that fresh stories got wrong: a teacher named by surname at a sentence's start, a
sheriff after a teacher, a statement's issuer, a text's own words, a suspect's words a sheriff
retells (invented stories)."""

from __future__ import annotations

import pytest

from test_speakers_descriptions import _briefing, _speaker_of


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_she_is_the_teacher_named_before_and_the_sheriff_is_the_sheriff(engine):
    briefing = _briefing(
        "A six-year-old boy, Kameron Voss, was killed on Thursday when deputies fired at a car"
        " thief outside his home in Orrin. Bexar County Sheriff Tomas Brandt said the deputies"
        " had been told the thief was armed.\n"
        "His teacher, Wilma Ince, said he was kind. Kameron loved football, and his classmates"
        " made him a card.\n"
        "Ince called Kameron “the kindest boy I have ever had the pleasure of teaching.”\n"
        "“He loved to make everyone laugh in every class,” she said in a statement.\n"
        "The thief, Dana Rusk, “threatened the deputy with what looked like a gun and said she"
        " would shoot,” the sheriff said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "He loved to make everyone") == "Wilma Ince"
    assert _speaker_of(briefing, "threatened the deputy") == "Tomas Brandt"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_statement_a_text_and_words_retold_are_spoken_by_who_wrote_or_said_them(engine):
    briefing = _briefing(
        "The Kell radio station Wave FM was taken off the air on Monday after a hoax call.\n"
        "In a statement, the station's owner, Orrin Media Group, said it had ended the show on"
        " Wave FM and stopped all prank calls.\n"
        "“The company does not believe the broadcast broke any law or code,” the statement"
        " said.\n"
        "The regulator made the code's decency rule (which says “content must not offend"
        " accepted standards of decency”) a condition of the licence.\n"
        "“The district sends its deepest condolences to the family and friends,” the article"
        " read.\n"
        "Sheriff Ivo Marsh said one of his deputies found a man in a shed who allegedly told"
        " him, “I have a knife and I will use it on you.”",
        engine=engine,
    )
    assert _speaker_of(briefing, "The company does not believe") == "Orrin Media Group"
    assert _speaker_of(briefing, "content must not offend") is None
    assert _speaker_of(briefing, "The district sends") is None
    assert _speaker_of(briefing, "I have a knife") is None


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_someone_a_peoples_adjective_describes_is_not_named(engine):
    briefing = _briefing(
        "Students on a ski trip to Kell played a drinking game, the Velmar Herald reported.\n"
        "The Jewish student who was hurt on the trip told the Velmar Herald: “I have seen this"
        " kind of game before, and it was the insults that hurt me most.”",
        engine=engine,
    )
    assert _speaker_of(briefing, "I have seen this kind") is None


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_speaker_after_a_description_and_a_comma(engine):
    briefing = _briefing(
        "A Kell officer died on Friday after a crash on the ring road, the Kell Police"
        " Department said.\n"
        "The officer was “a dedicated and much loved public servant to the end,” well-liked by"
        " colleagues, the police statement said.",
        engine=engine,
    )
    assert _speaker_of(briefing, "a dedicated and much loved") == "Kell Police Department"


_PADDING = (
    "Police said the ring road would stay open to ambulances and fire engines, and that officers"
    " would be posted at every junction from dawn. The finance ministry said it had not received"
    " any request for a meeting and that diesel prices followed the world market. Bus companies"
    " warned passengers of delays of up to an hour on the routes that use the ring road.\n"
)


# Four paragraphs, none the same (a paragraph printed twice in a row is dropped as a blurb).
_LONG_PADDING = "".join(
    _PADDING.replace("every junction", f"junction {n}").replace("an hour", f"{n + 1} hours")
    for n in range(4)
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_group_is_the_body_the_article_introduced_in_quotes_paragraphs_before(engine):
    briefing = _briefing(
        "Farmers plan to block the Kell ring road on Friday in a protest over diesel prices.\n"
        "The group “Farmers for Fair Fuel” wants the tax on farm diesel cut by half before the"
        " harvest.\n"
        "“Every farm in the valley is paying more for fuel than it earns from its wheat,” the"
        " group said on its website, FairFuel.org.\n"
        "“We will drive our tractors to the ring road and stay there until we are heard,” the"
        " website continued.\n" + _LONG_PADDING + "“Nobody in the capital has listened to a farmer"
        " in ten years of asking politely,” the group said.",
        engine=engine,
    )
    kinds = {e.name: e.kind for e in briefing.entities}
    assert kinds.get("Farmers for Fair Fuel") == "organisation"
    for opening in ("Every farm in the valley", "We will drive our tractors", "Nobody in the"):
        assert _speaker_of(briefing, opening) == "Farmers for Fair Fuel"


def test_a_quoted_title_stays_a_work():
    briefing = _briefing(
        "The Kell players staged “The Miller of Varro” on Friday, a play about a flood.\n"
        "“The Miller of Varro” drew a full house, and the players will stage it again in May."
    )
    assert {e.name: e.kind for e in briefing.entities}.get("The Miller of Varro") == "other"


def test_a_name_cut_inside_its_quoted_nickname_is_the_whole_person():
    briefing = _briefing(
        'Senate Commerce Committee chairman John "Jay" Rockefeller criticized nine data brokers'
        " on Wednesday.\n"
        "“I think it is our job as government to bring all of this into the light,”"
        " Rockefeller said.",
        engine="spacy",
    )
    person = next(e for e in briefing.entities if "Rockefeller" in e.name)
    assert 'John "Jay" Rockefeller' in person.variants and "Jay" in person.variants
    assert "Rockefeller" in _speaker_of(briefing, "I think it is our job")
    assert not any(e.name.endswith('"Jay') for e in briefing.entities)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_the_company_is_the_one_named_last_not_a_supplier_introduced_before(engine):
    briefing = _briefing(
        "Carmaker Varro Motors is recalling 40,000 cars because a brake sensor can fail. The"
        " sensors were supplied by Kessel, a company based in Orrin. Varro Motors said dealers"
        " would replace the sensors free of charge from next week.\n"
        "“Safety is our highest priority and we are sorry for the trouble,” the company said.",
        engine=engine,
    )
    assert "Varro Motors" in (_speaker_of(briefing, "Safety is our highest") or "")


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_group_told_of_in_passing_long_before_is_not_the_group_that_speaks(engine):
    briefing = _briefing(
        "Rescuers reached six hikers stranded for two nights on Mount Orrin after a rockslide,"
        " officials said. The trail had been reopened in May after repairs paid for by Friends of"
        " Orrin, a volunteer group that looks after the paths.\n" + _LONG_PADDING + "“We kept"
        " each other going by telling stories all night,” the group said in a statement read by"
        " one of the hikers.",
        engine=engine,
    )
    assert _speaker_of(briefing, "We kept each other going") != "Friends of Orrin"
