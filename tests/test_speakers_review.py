"""Speakers: fixes from a review of this stop's speaker rules, each an invented story that a
careful reader attributes otherwise than the rule did."""

from __future__ import annotations

import newsfuse

FILL = (
    " The meeting in the town hall drew a large crowd, and several residents waited for hours"
    " to speak before the council closed the session late in the evening."
)


def _speakers(*texts: str) -> dict[str, str | None]:
    documents = [
        newsfuse.Document(text=text + FILL, source=f"Outlet {k}") for k, text in enumerate(texts, 1)
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    return {q.text[:30]: q.speaker for q in briefing.quotes}


def _speaker_of(found: dict[str, str | None], opening: str) -> str | None:
    return next(speaker for text, speaker in found.items() if text.startswith(opening))


def test_a_message_named_early_in_the_sentence_is_not_the_speaker():
    found = _speakers(
        "Mayor Ida Renn met the ferry crews on Monday. Piet Holm, their union leader, wrote to"
        " her last week." + FILL + "\nAfter receiving a letter from Piet Holm, Renn said: “I was"
        " shocked by what he demanded of the town that week.”"
    )
    assert _speaker_of(found, "I was shocked") == "Ida Renn"


def test_someones_words_as_the_object_leave_the_subject_speaking():
    found = _speakers(
        "Mayor Ida Renn met the ferry crews on Monday. Piet Holm, their union leader, said the"
        " town owed them money." + FILL + "\nRenn dismissed Holm’s comments, saying: “There is"
        " no money missing from the harbour accounts at all.”\nIn response to Holm’s statement,"
        " Renn told reporters: “We have published every figure of the harbour budget online.”"
    )
    assert _speaker_of(found, "There is no money") == "Ida Renn"
    assert _speaker_of(found, "We have published") == "Ida Renn"


def test_put_it_to_a_vote_is_no_saying():
    found = _speakers(
        "Mayor Ida Renn chaired the meeting on the ferry fares. Councillor Piet Holm opposed"
        " the rise." + FILL + "\nRenn put it to a vote on Tuesday, and Holm replied angrily:"
        " “This whole process has been a sham from the very start.”"
    )
    assert _speaker_of(found, "This whole process") == "Piet Holm"


def test_played_for_a_team_is_no_role_in_a_film():
    found = _speakers(
        "Piet Holm played for Kell United for ten years before he retired on Sunday."
        + FILL
        + "\nHolm, who played for Kell United, told reporters: “I will miss this club and these"
        " fans more than anything in my life.”"
    )
    assert _speaker_of(found, "I will miss this club") == "Piet Holm"


def test_a_modified_role_noun_is_not_the_bare_roles_holder():
    found = _speakers(
        "President Ida Renn signed the ferry law on Monday." + FILL + "\nPiet Holm, the president"
        " of the pilots’ union, attacked the law on Tuesday. Ola Berg, the president of the"
        " passengers’ group, backed it.\n“This law will cost dozens of pilots their jobs,” the"
        " union president said.",
        "Ida Renn, the president, signed the ferry law." + FILL,
    )
    assert _speaker_of(found, "This law will cost") != "Ida Renn"


def test_a_notes_words_in_a_profile_are_not_the_subjects():
    found = _speakers(
        "Piet Holm has run the Kell bakery for forty years." + FILL + "\n“I get up at four every"
        " morning and I have never missed a day,” Holm said.\n“Bread is the one thing people"
        " always need,” he said.\n“My father taught me everything I know about flour,” Holm"
        " said.\n“I still use his old oven for the rye loaves,” he added.\nA yellowed note is"
        " still taped to the wall above the oven. “Don’t let me down, I trust you.”"
    )
    assert _speaker_of(found, "Don’t let me down") is None


def test_a_fronted_phrase_without_a_comma_keeps_its_subject():
    found = _speakers(
        "After the vote Ida Renn told reporters she would appeal the ruling."
        + FILL
        + "\n“We will win this in the end, I have no doubt at all,” she said."
    )
    assert _speaker_of(found, "We will win this") == "Ida Renn"


def test_an_article_repeating_part_of_its_own_quote_shows_it_once():
    documents = [
        newsfuse.Document(
            text="Engineer Piet Holm closed the Kell bridge on Monday." + FILL + "\n“The bridge"
            " is no longer safe for cars or trucks and we will keep it shut until the engineers"
            " are sure it can carry the weight,” Holm said.\nHolm repeated that the bridge would"
            " stay shut “until the engineers are sure it can carry the weight.”" + FILL,
            source="Outlet 1",
        )
    ]
    quotes = newsfuse.brief(documents, entity_model="rules").quotes
    assert sum("carry the weight" in q.text for q in quotes) == 1


def test_a_name_that_opens_what_was_said_is_no_inverted_speaker():
    # "..., said Mr Holt had been using an app": Holt is the subject of what the detective said.
    found = _speakers(
        "A woman died after a fall on Kell Fell in March, an inquest heard. Her husband Tom Holt"
        " survived and called for help. Mr Holt said the couple had used a phone app."
        + FILL
        + "\nSpeaking at the inquest, Detective Constable Tim Marsh, the leader of the rescue"
        " team, said Mr Holt had been using a map app on his phone.\nHe said: “The image would"
        " have been small and not as clear as on a paper map.”",
        "An inquest into the death of a walker on Kell Fell ruled it an accident. Tom Holt told"
        " the inquest he had followed the app.",
    )
    assert "Tim Marsh" in (_speaker_of(found, "The image would have") or "")
