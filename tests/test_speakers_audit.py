"""Who said each quote, in news patterns found by auditing briefings of unannotated clusters.

Invented stories; one rule of a careful reader each.
"""

from __future__ import annotations

import newsfuse


def _speakers(text: str, entity_model: str = "rules") -> dict[str, str | None]:
    """Each quote's first five words -> its speaker, in a one-article briefing."""
    briefing = newsfuse.brief(
        [newsfuse.Document(text=text, source="Valley Post")], entity_model=entity_model
    )
    return {" ".join(q.text.split()[:5]): q.speaker for q in briefing.quotes}


def _speaker_of(speakers: dict[str, str | None], opening: str) -> str | None:
    found = [who for words, who in speakers.items() if words.startswith(opening)]
    assert found, f"no quote opening {opening!r} in {list(speakers)}"
    return found[0]


TITLE_SURNAMES = """Ferry inquiry hears from harbour officials

Rep. Oskar King, a Velmar Republican and chair of the harbour committee, said Thursday that more resignations could follow.

"I wouldn't be surprised if you saw more people leave the port authority soon," said King, who is being briefed on the inquiry by the harbour master.

Velmar Radio host Jeffrey Lord had a different view of the hearing.

"I think we saw two different hearings at the town hall," Lord said.
"""


def test_a_surname_that_is_also_a_title_still_names_its_person():
    title_surnames = _speakers(TITLE_SURNAMES)
    # "King" and "Lord" are titles too; the story names Oskar King and Jeffrey Lord in full.
    assert _speaker_of(title_surnames, "I wouldn't be surprised") == "Oskar King"
    assert _speaker_of(title_surnames, "I think we saw") == "Jeffrey Lord"


PRESENT_TENSE = """Relic found in harbour church

Archaeologists in Velmar found a small lead box of ashes in the ruins of a harbour church.

"That is why at this stage we believe that the box comes from a pilgrim," the head of the Velmar Museum of History, Milen Dorov, explains.

"A pilgrim from the fortress went on a long pilgrimage to the grave," Dorov elaborates.

Tim Hollis, a professor at Kell University, studies the old harbour walls. Piet Carrow, a diver from Velmar, found the box.

The stakes for the dig are high, admits Hollis.

"The thing about the sea is that everyone has done the easy work already," he said.
"""


def test_present_tense_speech_verbs_name_the_speaker():
    present_tense = _speakers(PRESENT_TENSE)
    assert _speaker_of(present_tense, "That is why at this") == "Milen Dorov"
    assert _speaker_of(present_tense, "A pilgrim from the fortress") == "Milen Dorov"
    # "..., admits Hollis." makes Hollis the one the next "he said" stands for.
    assert _speaker_of(present_tense, "The thing about the sea") == "Tim Hollis"


ROLE_THEN_NAME = """Hospital chief condemns radio prank

Ben Olsen, the nurse's husband, wrote on Facebook that he was devastated.

"It was extremely foolish of your presenters even to consider lying to our nurses," wrote the chairman, Simon Glenhart.

The study was paid for by Velmar Pharma and appears in a medical journal.

"It's important to lose weight and to keep it off for good," said the lead author, Dr. Sripal Banerjee, an associate professor of medicine at Kell University.

"I'm disgusted and outraged by what is shown in this video," Christine Dahl, vice president of food safety for Velmar Foods, said in a statement.
"""


def test_a_role_noun_then_a_name_is_that_name():
    speakers = _speakers(ROLE_THEN_NAME)
    assert _speaker_of(speakers, "It was extremely foolish") == "Simon Glenhart"
    assert _speaker_of(speakers, "It's important to lose") == "Sripal Banerjee"
    assert _speaker_of(speakers, "I'm disgusted and outraged") == "Christine Dahl"


MISSED_SURNAME = """Ferry town mourns a boy

First-grade teacher Shanda Orrin told the Velmar Times she kept thinking about the morning.

Neighbour Rhonda Velt, who lives by the harbour, said the boat had been stolen that morning. "She was standing right here, demanding my keys," Velt told the station.

Orrin, Kameron's teacher, said she wondered what she could have done differently that morning.

"Kameron had the biggest heart of any boy I have ever come across," she told the Velmar Times.
"""


def test_a_surname_the_name_finder_missed_is_still_the_one_who_speaks():
    # The statistical name finder sees no one in "Orrin, Kameron's teacher, said"; a reader
    # knows Shanda Orrin, and her "she told" is not the neighbour's.
    speakers = _speakers(MISSED_SURNAME, entity_model="auto")
    assert _speaker_of(speakers, "Kameron had the biggest") == "Shanda Orrin"
    assert _speaker_of(speakers, "She was standing right") == "Rhonda Velt"


STATEMENTS = """Nurse's family asks for privacy

Many listeners wrote to the station. "Your stunt was done at a time when there is fear of the media in people's lives," Gary Hollins wrote on its page.

"This death is on your conscience and on the station's," reads one Facebook post.

The nurse's family released a statement asking for privacy and directing questions to police.

"We as a family are deeply saddened by the loss of our beloved Jacinta," said the statement, released by police.

Velmar Power released a statement saying it will work with local officials on the inquiry. Paramedics from Gold Cross took the boy to hospital.

"Velmar Power's condolences and sympathies are with the families after last night's event," the statement says.
"""


def test_a_statement_is_whoever_released_it_and_an_unnamed_post_is_nobodys():
    speakers = _speakers(STATEMENTS)
    # "the statement says" is Velmar Power's, which released it, not the last name before it.
    assert _speaker_of(speakers, "Velmar Power's condolences and") == "Velmar Power"
    # The family released that one: no named speaker, and never a site the page mentions.
    assert _speaker_of(speakers, "We as a family are") is None
    # "reads one Facebook post": someone unnamed, not the listener quoted before.
    assert _speaker_of(speakers, "This death is on your") is None
    assert _speaker_of(speakers, "Your stunt was done at") == "Gary Hollins"


INDIRECT_THEN_QUOTE = """Town mourns boy killed at ball field

Don Hartley, the boy's former coach, spoke to us on Tuesday.

Melvin died a short time after he was brought to a local hospital. Hartley says the family is sick over their loss.

"This mother went to bed with her son still alive, and woke to find she had lost her first born."

Police said the fence had been charged by a buried cable.

The town council met in the evening. Ferry pilot Olaf Brenner said in closing remarks that he had been a model skipper.

"I've spent nine years making no excuses about anything. I am sorry that things turned out the way they did."
"""


def test_a_quote_paragraph_after_someone_says_what_is_theirs():
    speakers = _speakers(INDIRECT_THEN_QUOTE)
    assert _speaker_of(speakers, "This mother went to bed") == "Don Hartley"
    assert _speaker_of(speakers, "I've spent nine years making") == "Olaf Brenner"


CALLED_AND_TOLD = """Singer's spokesman attacks the trial

After Bill Marlow was sentenced to three years in prison, his spokesman Andrew Wylde told reporters that Marlow was the victim of a plot.

Wylde also called the trial "the most unfair trial in the history of the country," saying that Marlow was "one of the greatest singers of his time" and more.

The palace was told of the prank on Thursday.

Separately, a palace spokesman told the Meridian Wire: "At no point did the palace complain to the hospital about the call on Thursday."
"""


def test_the_one_a_quote_is_about_and_the_outlet_told_are_not_its_speaker():
    speakers = _speakers(CALLED_AND_TOLD)
    # "saying that Marlow was “...”": Wylde's words about Marlow.
    assert _speaker_of(speakers, "the most unfair trial in") == "Andrew Wylde"
    assert _speaker_of(speakers, "one of the greatest singers") == "Andrew Wylde"
    # "a palace spokesman told the Meridian Wire": the palace's, not the outlet's.
    assert _speaker_of(speakers, "At no point did the") is None


TITLES = """Reality star talks about her nights out

Nadia Rook, who was fined $500 in September after a beach party, admits she sometimes overdoes it. The reality star-turned-author, whose book, 'A Harbour Thing,' hit shelves yesterday, told talk show host Ellen Dunmore, "I want to remember my night and sometimes I just don't."

Astronomer Mike Barrow, who wrote the book "How I Sank the Moon and Why It Had It Coming," said now may be the time to rewrite the textbooks again.

The probe carries the "Integrated Wind and Dust Investigation of the Moon Probe" built by his team.
"""


def test_a_title_in_quotes_is_no_quote_and_no_speaker():
    speakers = _speakers(TITLES)
    assert not [q for q in speakers if q.startswith(("How I Sank", "Integrated Wind"))]
    # The book named before her words is not who speaks them.
    assert _speaker_of(speakers, "I want to remember my") != "Harbour Thing"


UNNAMED_AND_FIRM = """Worker sues over tracking app

Myrna Ariza sued her former employer on Monday, claiming invasion of privacy and wrongful termination.

Her attorney Gail A. Brick is with Alexander, Krakow & Brick of Santa Monica. "We intend to pursue this aggressively and get her the justice she deserves," Brick said.

Velmar attorney Todd Rutherby said Wednesday that the deputy should have been fired at once.

"She now has a cast on her arm, and she has neck and back injuries from the arrest," Rutherby said.

One student -- who asked that his identity be concealed -- says other kids in the class tried to calm things down.

"She was even told by the students to just get up and leave the room," the student said.
"""


def test_a_surname_is_a_person_and_an_unnamed_student_is_nobody_named():
    speakers = _speakers(UNNAMED_AND_FIRM, entity_model="auto")
    # "Brick said": the lawyer, not her firm Alexander, Krakow & Brick.
    assert "Krakow" not in (_speaker_of(speakers, "We intend to pursue this") or "")
    assert _speaker_of(speakers, "She now has a cast") == "Todd Rutherby"
    # "One student ... says": "the student said" is that unnamed student, not the lawyer.
    assert _speaker_of(speakers, "She was even told by") is None


PRONOUN_CHAIN = """Families search for the missing

Detective Diana Frost says the sheriff's office never stops looking. "We've done extensive work on it," she says.

"I think they should call over to our department and see who is carrying the case," Frost added.

Vicky Josten isn't satisfied. She describes herself as being in a double bind, with plenty of information and nothing to do with it.

"I have things other families don't have," she says.

A quick look at Josten's Instagram page shows what the search is all about: "Help us bring our brother home to his family by sharing this."

"He's known as Captain Slam around the harbour," she added.
"""


def test_a_pronoun_goes_back_through_a_sentence_that_opens_with_it():
    speakers = _speakers(PRONOUN_CHAIN)
    assert _speaker_of(speakers, "I think they should call") == "Diana Frost"
    # "Vicky Josten isn't satisfied. She describes herself ... “...,” she says": Josten.
    assert _speaker_of(speakers, "I have things other families") == "Vicky Josten"
    # A page shows it: no one speaks, least of all "Instagram".
    assert _speaker_of(speakers, "Help us bring our brother") != "Instagram"
    # Someone talking, capitals and all, is no title.
    assert any(words.startswith("He's known as Captain") for words in speakers)


ROLE_OF = """Talks on the river treaty stall

Velmar's Secretary of State Ilse Marr met her Tarrow counterpart in Orsk on Monday for talks on the river treaty, which ended without a deal.

Officials from both sides said a further meeting had not been set.

The Velmar Secretary of State said: "How can people sit at a table with a junta that shells villages again and again?"

Tarrow's delegation left Orsk on Tuesday morning.
"""


def test_a_role_of_something_names_its_holder():
    # "The Velmar Secretary of State said:" is the secretary, Ilse Marr, not a "state".
    speakers = _speakers(ROLE_OF)
    assert _speaker_of(speakers, "How can people sit at") == "Ilse Marr"
