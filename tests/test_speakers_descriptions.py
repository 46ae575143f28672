"""Speakers described rather than named outright: a job title after the name, a role in front of
it, an organisation's spokesman, a statement from someone's agent. Invented stories."""

from __future__ import annotations

import pytest

import newsfuse

FILL = (
    " The meeting in the town hall drew a large crowd, and several residents waited for hours"
    " to speak before the council closed the session late in the evening."
)


def _briefing(*texts: str, engine: str = "rules") -> newsfuse.Briefing:
    documents = [
        newsfuse.Document(text=text + FILL, source=f"Outlet {k}") for k, text in enumerate(texts, 1)
    ]
    return newsfuse.brief(documents, entity_model=engine)


def _speaker_of(briefing: newsfuse.Briefing, opening: str) -> str | None:
    return next(q.speaker for q in briefing.quotes if q.text.startswith(opening))


def test_a_job_title_in_capitals_after_the_name_leaves_the_name_speaking():
    briefing = _briefing(
        "The Tarnby council kept the bridge toll on Monday after a long debate.\n"
        "“(Residents) will keep paying for a bridge that was never finished while the council"
        " pays itself,” Hanna Mertz, CEO of the Tarnby Civic Housing Institute, said in a"
        " statement.\n"
        "“We will go to court over the toll before the summer,” Olaf Brink, President of the"
        " Tarnby Drivers Club, told reporters."
    )
    assert _speaker_of(briefing, "(Residents) will keep") == "Hanna Mertz"
    assert _speaker_of(briefing, "We will go to court") == "Olaf Brink"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_capitalised_word_opening_the_sentence_before_a_role_is_no_one(engine):
    briefing = _briefing(
        "The council of Tarnby voted on Monday to keep the new bridge toll for two more years.\n"
        "Celebrity chef Brian Turner called the old mayor a “very stubborn woman”.\n"
        "“She was very outgoing,” he told the Tarnby Gazette. “She knew what a good bridge was"
        " all about, and she did her own thing.”",
        engine=engine,
    )
    assert "Celebrity" not in [e.name for e in briefing.entities]
    assert _speaker_of(briefing, "She knew what a good bridge") == "Brian Turner"


def test_a_spokesman_for_the_body_named_before_speaks_for_it():
    briefing = _briefing(
        "Odile Brask, the former mayor, served as Rector of the University of Tarnby for six"
        " years.\n"
        "A spokesman for the university said it was “saddened” by her death, adding on social"
        " media that she had “brought her energy and stubbornness to many university events.”"
    )
    assert _speaker_of(briefing, "brought her energy") == "University of Tarnby"
    kinds = {e.name: e.kind for e in briefing.entities}
    assert kinds.get("University of Tarnby") == "organisation"
    assert not any(name.startswith("Rector") for name in kinds)


def test_a_statement_from_her_lawyer_is_the_lawyers():
    briefing = _briefing(
        "Odile Brask resigned as mayor of Tarnby on Monday after a vote of no confidence.\n"
        "“She served this town for twelve years and never took a day of leave,” said a"
        " statement from her lawyer.\n"
        "Brask was born in the harbour district, “and she will go on living there for the rest"
        " of her life,” according to her lawyer.\n"
        "“She will not answer the council's charges in public,” said lawyer Ivo Marsh."
    )
    assert _speaker_of(briefing, "She served this town") == "Ivo Marsh"
    assert _speaker_of(briefing, "and she will go on living") == "Ivo Marsh"


def test_a_role_word_ending_the_sentence_before_is_no_title_of_the_next_name():
    # "... said her lawyer. Odile Brask ..." does not make Brask a lawyer, so "the lawyer said"
    # is still the one the story calls a lawyer.
    briefing = _briefing(
        "Lawyer Ivo Marsh spoke for the family on Monday, after the harbour inquiry closed.\n"
        "The family had no complaint against the harbour police, said their lawyer. Odile Brask"
        " resigned as mayor of Tarnby on the same day.\n"
        "The council met without a mayor on Tuesday evening for the first time in years.\n"
        "“The family wants to be left alone for the coming weeks,” the lawyer said."
    )
    assert _speaker_of(briefing, "The family wants") == "Ivo Marsh"


def test_quotes_following_a_paragraph_about_someones_thread_are_theirs():
    briefing = _briefing(
        "The Tarnby bridge toll doubled on Monday, and drivers queued at the booths for hours.\n"
        "The Harbour Institute shared a thread of posts from Ada Lindqvist of the Tarnby Drivers"
        " Club, asking the council to make up its mind.\n"
        "“First they tell us the toll will keep cars off the bridge and out of the old town.”\n"
        "“Then they tell us the toll will pay for the bridge because nobody will stop driving.”\n"
        "“You cannot have it both ways, councillors! Either people drive less or you earn more.”"
    )
    assert _speaker_of(briefing, "First they tell us") == "Ada Lindqvist"
    assert _speaker_of(briefing, "Then they tell us") == "Ada Lindqvist"
    assert _speaker_of(briefing, "You cannot have it") == "Ada Lindqvist"


def test_he_said_after_other_men_were_named_is_not_the_speaker_of_paragraphs_before():
    briefing = _briefing(
        "“The harbour will not close this winter,” said Piet Holm, a shipping analyst at the"
        " Kell Institute.\n"
        "Mayor Ivo Marsh spoke twice with the ferry company's chief, Olaf Brink, over the"
        " weekend.\n"
        "Both will be joined on Friday by the regional governor, who is visiting Velmar this week."
        " He repeated calls for calm.\n"
        "“We will not let the ferries stop running before the spring, whatever the storms,” he"
        " said."
    )
    assert _speaker_of(briefing, "The harbour will not close") == "Piet Holm"
    assert _speaker_of(briefing, "We will not let the ferries") != "Piet Holm"


def test_he_says_after_according_to_someone_is_theirs():
    briefing = _briefing(
        "Lieutenant Dan Young of the county sheriff's office keeps the list of missing people.\n"
        "Ivo Marsh, 15, was swept into the Kell River after jumping from a stolen boat in 2011."
        " A jawbone found the following spring was identified as his in 2013. It is not uncommon"
        " for such cases to stay on the database, according to Young.\n"
        "“Some of the people we will never be able to take off the list,” he says."
    )
    assert _speaker_of(briefing, "Some of the people we will") == "Dan Young"


def test_letters_from_a_towns_residents_are_no_ones_we_can_name():
    briefing = _briefing(
        "The mayor, Tom Hart, angered residents on Friday. Local papers were flooded with"
        " letters from Kelltown residents after the vote.\n"
        "“The mayor has ignored the people who elected him for far too long now.”\n"
        "“We will vote him out at the next election if he does not change course.”"
    )
    assert _speaker_of(briefing, "The mayor has ignored") is None
    assert _speaker_of(briefing, "We will vote him out") is None
