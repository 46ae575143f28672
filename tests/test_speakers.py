"""Who said each quote: invented stories, one rule of a careful reader each."""

from __future__ import annotations

import pytest

import newsfuse
from newsfuse.briefing.speakers import Attribution, vote

HARBOUR = """Storm wrecks Port Alder harbour wall

Mayor Lena Korhonen toured the harbour on Monday with fire chief Tomas Brandt after the storm broke the old sea wall in three places.

Brandt said his crews had pumped water out of forty homes overnight. "We worked through the night and nobody was hurt, which is what matters most," he said.

Korhonen promised the town a new wall. "We will rebuild the harbour wall before the winter storms come back," she said. "The money is already set aside."

A spokesman for Northway Ferries said: "No ferry will sail from Port Alder until the inspectors have finished their work."

A lawyer for Brandt told reporters: "My client has done nothing wrong in this matter at all."

"The old wall was built in 1952 and nobody has repaired it since then," said the mayor.

Photo: Jonas Hale/Meridian Wire
"""

INTERVIEW = """Transcript: the harbour interview

Korhonen: "We expect the new wall to be finished before the first snow falls."

ON SAFETY: "Every family in the lower town has been told where to go in a storm."
"""

WIRE = """Port Alder counts the cost of the storm

The storm that hit Port Alder on Sunday night flooded forty homes in the lower town and broke the harbour wall, the town council said on Monday.

"We will rebuild the harbour wall before the winter storms come back," Korhonen told the Meridian Wire.

"Yes," she said.
"""


@pytest.fixture(scope="module")
def harbour():
    documents = [
        newsfuse.Document(text=HARBOUR, source="Coast Herald"),
        newsfuse.Document(text=INTERVIEW, source="Harbour Radio"),
        newsfuse.Document(text=WIRE, source="Meridian Wire"),
    ]
    return newsfuse.brief(documents, entity_model="rules")


def _brief_one(text: str):
    return newsfuse.brief(
        [newsfuse.Document(text=text, source="Valley Post")], entity_model="rules"
    )


SINGER = (
    "Singer back on stage after a year away\n\n"
    "Singer Mara Lind will play in Port Alder in May, her first show in a year.\n\n"
)


def _speaker(briefing, words: str) -> str | None:
    found = [q for q in briefing.quotes if words in q.text]
    assert found, f"no quote with {words!r}"
    return found[0].speaker


def _story(*paragraphs: str) -> str:
    """A one-article story: its headline, then its paragraphs."""
    return "\n\n".join(paragraphs) + "\n"


def _speakers(text: str, *words: str) -> list[str | None]:
    """The speakers of the quotes holding each of ``words`` in a one-article briefing."""
    briefing = _brief_one(text)
    return [_speaker(briefing, w) for w in words]


def test_pronoun_goes_to_the_nearest_person_of_that_gender(harbour):
    assert _speaker(harbour, "nobody was hurt") == "Tomas Brandt"
    assert _speaker(harbour, "rebuild the harbour wall") == "Lena Korhonen"


def test_a_quote_that_goes_on_keeps_its_speaker(harbour):
    quote = [q for q in harbour.quotes if "rebuild the harbour wall" in q.text][0]
    # "The money is already set aside." is part of the same paragraph, same speaker.
    assert quote.speaker == "Lena Korhonen"


def test_an_organisation_speaks_through_its_spokesman(harbour):
    assert _speaker(harbour, "No ferry will sail") == "Northway Ferries"


def test_someone_speaking_for_a_person_is_not_that_person(harbour):
    assert _speaker(harbour, "My client has done nothing wrong") is None


def test_a_role_noun_is_the_person_who_holds_the_role(harbour):
    assert _speaker(harbour, "built in 1952") == "Lena Korhonen"


def test_transcripts_name_speakers_but_headings_do_not(harbour):
    assert _speaker(harbour, "before the first snow falls") == "Lena Korhonen"
    assert _speaker(harbour, "Every family in the lower town") is None


def test_the_same_quote_in_several_outlets_is_one_quote_with_one_speaker(harbour):
    quote = [q for q in harbour.quotes if "rebuild the harbour wall" in q.text]
    assert len(quote) == 1 and len(quote[0].sources) == 2


def test_short_quotes_are_not_key_quotes(harbour):
    assert not [q for q in harbour.quotes if q.text.strip(" .") == "Yes"]


def test_credits_never_speak():
    text = (
        "Flood closes the river road\n\n"
        "The river road was closed on Sunday after the bank gave way near the old mill.\n\n"
        "Photo: Jonas Hale/Meridian Wire\n\n"
        '"We could see the water coming over the fields from the kitchen window," he said.\n'
    )
    assert _speaker(_brief_one(text), "coming over the fields") is None


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("In November a spokesperson for the singer said", None),
        ("Last week Mara Lind said", "Mara Lind"),
        ("On Friday, Mara Lind said", "Mara Lind"),
    ],
)
def test_a_time_before_who_speaks_is_no_speaker(opening, speaker):
    text = (
        SINGER + f"{opening} she was “taking the time she needs to rest before the summer tour.”\n"
    )
    assert _speaker(_brief_one(text), "rest before the summer tour") == speaker


def test_a_quote_of_an_embedded_post_is_its_authors():
    text = (
        "Singer back on stage after a year away\n\n"
        "Singer Mara Lind will play in Port Alder in May, her first show in a year, her label"
        " said on Monday.\n"
        "Ann Voss was not alone in welcoming the news — her old friend Mara Lind called the tour"
        ' "a real gift" on Twitter on Friday.\n'
        "I am well and I am ready to sing for you all again this spring, see you in Port Alder"
        " — Mara Lind (@maralind) May 4, 2026\n"
        '"I am well and I am ready to sing for you all again this spring," she wrote.\n'
    )
    assert _speaker(_brief_one(text), "ready to sing for you") == "Mara Lind"


def test_a_post_that_repeats_someones_words_does_not_take_them_over():
    text = (
        "Radio host grills the mayor\n\n"
        "Mayor Ann Bell spoke to Lena Ross on Harbour Radio on Monday about the tram line.\n"
        'Ross: "The tram line is two years late and over budget, by every count."\n'
        'Bell: "Says who? Says who?"\n'
        "Listeners joked about it all evening.\n"
        '"The tram line is two years late and over budget, by every count." — Ivo Marsh'
        " (@ivomarsh) May 4, 2026\n"
    )
    assert _speaker(_brief_one(text), "two years late and over budget") == "Lena Ross"


def test_a_speaker_named_with_a_long_description_after_the_quote_speaks():
    text = (
        "Old map of Kell was drawn a century later than thought\n\n"
        "Researchers dated the ink of the Kell map to the 1890s, the Meridian Wire reported.\n"
        "“This is the kind of work done all the time in museums and archives,” Ann Bell, a"
        " chemist at the University of Osk in the north of the country, told the Meridian Wire."
        " “Even a good copy should leave a trace of modern ink on the paper.”\n"
        "“Overall, the approach is sound and the method is careful,” map expert Ivo Marsh of"
        " Bevel, Gardner and Associates Inc. told the Meridian Wire.\n"
    )
    briefing = _brief_one(text)
    assert _speaker(briefing, "work done all the time") == "Ann Bell"
    assert _speaker(briefing, "trace of modern ink") == "Ann Bell"
    assert _speaker(briefing, "method is careful") == "Ivo Marsh"


def test_a_statement_and_what_a_spokesperson_adds_later_each_have_their_own_speaker():
    text = (
        "Actor Ben Moss praised the film festival on Friday. The festival runs for ten days in"
        " the old town of Kell and shows forty films.\n"
        "In response to the allegations against him made by Ann Voss, Ben Moss released a"
        " statement on Oct. 29, saying, in part, “I am shocked to hear her story and I do not"
        " remember the evening at all.” In November a spokesperson for Moss said he was “taking"
        " the time necessary to seek help and treatment.”\n"
    )
    # Someone who speaks for a person is not that person, nor the one quoted before.
    assert _speakers(text, "shocked to hear her story", "seek help and treatment") == [
        "Ben Moss",
        None,
    ]


def test_vote_takes_the_sure_majority_and_gives_up_on_a_tie():
    sure_a, sure_b = Attribution("Ann Kovacs", True), Attribution("Ben Ruiz", True)
    guess_b = Attribution("Ben Ruiz", False)
    assert vote([sure_a, sure_a, sure_b, guess_b, guess_b]) == "Ann Kovacs"
    assert vote([sure_a, sure_b]) is None
    assert vote([None, guess_b]) == "Ben Ruiz"
    assert vote([None, None]) is None


def test_the_asker_and_the_subject_of_saying_speak():
    text = (
        "Ferry strike ends after two days\n\n"
        "The ferry strike in Port Alder ended on Wednesday after the union accepted a new offer.\n\n"
        'Asked by Coast Radio\'s Elsa Marsh, "Will the ferries run on time this weekend?" '
        "union leader Piet Varga nodded.\n\n"
        'Varga thanked the passengers for their patience, saying, "Nobody wanted this strike '
        'to last as long as it did."\n'
    )
    briefing = _brief_one(text)
    assert _speaker(briefing, "run on time this weekend") == "Elsa Marsh"
    assert _speaker(briefing, "Nobody wanted this strike") == "Piet Varga"


def test_abbreviated_titles_do_not_end_the_sentence_and_the_last_named_speaker_goes_on():
    text = (
        "Protest camp stays in the square\n\n"
        "Police did not clear the protest camp in Port Alder's market square on Sunday night.\n\n"
        '"We will talk to the campers before anything else happens," said Rosa Lind, a spokeswoman '
        "for the council.\n\n"
        "No arrests were made, Cmdr. Viktor Hale said about midnight.\n\n"
        '"Right now we have no plans to go into the camp at all," he said.\n'
    )
    assert _speaker(_brief_one(text), "no plans to go into the camp") == "Viktor Hale"


def test_a_role_noun_is_the_person_the_story_is_about_and_a_quote_paragraph_goes_on():
    text = (
        "Mira Holt says she will sing at the harbour festival in Port Alder despite the storm damage.\n"
        'The singer told Coast Radio, "I would not miss this festival for anything in the world."\n'
        '"The town has been good to me since my first concert here," she added.\n'
        '"I will sing on the old pier if I have to, with or without a roof."\n'
        "Festival director Ana Berg thanked the volunteers who cleared the square.\n"
    )
    briefing = _brief_one(text)
    assert [e.name for e in briefing.entities if e.name == "Mira Holt"]
    assert _speaker(briefing, "miss this festival") == "Mira Holt"
    assert _speaker(briefing, "sing on the old pier") == "Mira Holt"


INQUIRY = """Port Alder inquiry hears from the ferry crew

Ivo Sandberg, a deckhand, told the inquiry on Tuesday that the ferry left the harbour late. He further explained, "The captain wanted to wait for the last bus from the valley, so we sailed twenty minutes after the bell."

"Who gave that order?" asked Sandberg, to which chairwoman Edith Moreau replied, "The inquiry will decide who gave the order, not the witnesses in this room."

Tomas Kell, the ship's engineer, said the pumps had been checked the week before. Still, "The forward pump never worked properly after the winter refit, and everyone on board knew it."

Kell has apologised to the passengers and also promised to help the families, "as long as the inquiry needs me to stay in Port Alder."

A retired harbour pilot spoke to the inquiry on Wednesday. He said Sandberg asked him for advice once. The pilot recalled the storm of 1988. "Nobody should sail out of Port Alder in a westerly gale at night," he said.

"The crew did what the company told them to do on the night of the storm, and what" the rules allowed, began Kell's lawyer Rita Vos.

Moreau has chaired three inquiries. Her favourite saying is her own: "Every witness tells the truth as they remember it, and the work is to find where the memories meet."

Some of the Sandberg quotes the crew wrote on the mess room wall:

ON WEATHER: "Never trust a calm sea in the second week of November."

ON WORK: "Coil every rope before you go home, even when you are the last one aboard."
"""


@pytest.fixture(scope="module")
def inquiry():
    return _brief_one(INQUIRY)


def test_an_adverb_between_a_pronoun_and_its_verb_keeps_the_speaker(inquiry):
    assert _speaker(inquiry, "wait for the last bus") == "Ivo Sandberg"


def test_to_which_hands_the_quote_to_whoever_replied(inquiry):
    assert _speaker(inquiry, "not the witnesses in this room") == "Edith Moreau"


def test_a_quote_sentence_after_someone_speaks_is_theirs(inquiry):
    assert _speaker(inquiry, "forward pump never worked") == "Tomas Kell"


def test_words_quoted_inside_a_sentence_are_its_subjects(inquiry):
    assert _speaker(inquiry, "as long as the inquiry needs me") == "Tomas Kell"


def test_a_quote_that_runs_on_in_the_reporters_words_keeps_its_inverted_speaker(inquiry):
    assert _speaker(inquiry, "what the company told them") == "Rita Vos"


def test_someones_lawyer_is_not_that_person():
    text = (
        "Harbour case goes to court\n\n"
        "Tomas Kell, the engineer on the ferry that sank in the storm last winter, was charged on "
        "Monday with neglect by the harbour court in Port Alder after a long inquiry.\n\n"
        '"My client will plead not guilty to every charge in this case," Kell\'s lawyer said.\n'
    )
    assert _speaker(_brief_one(text), "plead not guilty") is None


def test_a_pronoun_for_someone_unnamed_gives_no_speaker(inquiry):
    # "He said Sandberg asked him": Sandberg is not who "he" is, and the pilot has no name.
    assert _speaker(inquiry, "westerly gale at night") is None


def test_her_own_words_and_a_list_of_someones_quotes(inquiry):
    assert _speaker(inquiry, "where the memories meet") == "Edith Moreau"
    assert _speaker(inquiry, "calm sea in the second week") == "Ivo Sandberg"
    assert _speaker(inquiry, "Coil every rope") == "Ivo Sandberg"


def test_an_organisation_named_in_its_own_phrase_is_not_the_one_mentioned_before():
    text = (
        "Border talks stall over river dam\n\n"
        "Talks on the Varn river dam stalled on Friday, a week after the Green Delta Front "
        "blocked the road to the site.\n\n"
        "The Norvish foreign ministry said the charges were meant to "
        '"hide the failures of the river authority" and called for new talks.\n'
    )
    speaker = _speaker(_brief_one(text), "hide the failures of the river authority")
    assert speaker == "Norvish foreign ministry"


@pytest.mark.parametrize(
    ("paragraph", "words", "speaker"),
    [
        # A caption on a post is spoken by whoever captioned it.
        (
            "“I am well and I am ready to sing for you all again this spring,” Lind captioned a"
            " photo on Instagram.",
            "ready to sing for you",
            "Mara Lind",
        ),
        # "..., who said:" after a name is that name.
        (
            "Lind’s news was shared widely on social media, alongside that of the actor Ann Voss,"
            " who said: “There are different kinds of stage fright. Some worse than others.”",
            "kinds of stage fright",
            "Ann Voss",
        ),
        # Someone who speaks for a person, named with a description after the quote, is not them.
        (
            "“She never wanted any of this to happen to the city,” a lawyer for Mara Lind, the"
            " singer from Port Alder, told reporters on Monday.",
            "wanted any of this",
            None,
        ),
        # A possessive in an appositive is no clause of its own.
        (
            "Mara Lind, Port Alder's best-loved singer, said: “We will play every song again this"
            " summer.”",
            "play every song again",
            "Mara Lind",
        ),
        # An inverted attribution that goes on into the same quote.
        (
            "“Who would ever cancel a show like this one in May?” asked Lind, “and why now?”",
            "cancel a show like this",
            "Mara Lind",
        ),
    ],
)
def test_one_paragraph_after_the_singers_news_names_its_speaker(paragraph, words, speaker):
    text = SINGER + f"{paragraph}\n"
    assert _speaker(_brief_one(text), words) == speaker


def test_a_post_whose_text_holds_a_dash_keeps_its_author_and_the_title_then_is_current():
    text = (
        "Port Alder votes\n\n"
        "The harbour bill passed on Monday, then President Ann Bell signed it into law.\n"
        "Crews are at the old mill on Dock Road - avoid the area tonight please — Kell Fire and"
        " Rescue (@kellfire) May 4, 2017\n"
        "“Crews are at the old mill on Dock Road - avoid the area tonight please,” she wrote.\n"
        "“This is a great day for every family in this country,” the president said.\n"
    )
    briefing = _brief_one(text)
    assert _speaker(briefing, "avoid the area tonight") == "Kell Fire and Rescue"
    assert _speaker(briefing, "great day for every family") == "Ann Bell"


TILES = """Chapel tiles were painted centuries later, study finds

The painted tiles of the Kell chapel, long thought to be medieval, were made in the 1800s, according to a study published on Monday in the Journal of Old Crafts.

The study was carried out by geologist Ada Ferreira of the University of Kell and art historian Piet Laan of the Norden Museum, who tested the glaze of forty tiles.

"The glaze holds a green pigment that nobody could make before the year 1830," the researchers wrote in their paper.

"Even if some tiles were repaired later, the same pigment turns up under every layer of paint.
"Not one tile we tested was older than the chapel's last great repair," the study's authors said.

"It seems the whole wall was redone in one go, probably for a wedding."

Ferreira said on Tuesday that the work had taken two years. "We found the same green in a church forty miles away," the team said.

The chapel's keeper, Rosa Vint, was not surprised. "People have whispered about those tiles for as long as I can remember," she said.
"""


def test_researchers_as_a_group_are_the_authors_the_story_names_together():
    briefing = _brief_one(TILES)
    authors = "Ada Ferreira and Piet Laan"
    assert _speaker(briefing, "nobody could make before") == authors
    # A quote left open at a paragraph's end goes on in the next; the next, after it, too.
    assert _speaker(briefing, "turns up under every layer") == authors
    assert _speaker(briefing, "redone in one go") == authors
    assert _speaker(briefing, "church forty miles away") == authors
    assert _speaker(briefing, "for as long as I can remember") == "Rosa Vint"


@pytest.mark.parametrize(
    "naming",
    [
        # One named researcher: "the researchers" are more people than the story names.
        "The study was led by geologist Ada Ferreira of the University of Kell.",
        # Two people named together, but not as the ones behind a study.
        "Mayor Ada Ferreira and fire chief Piet Laan toured the chapel on Sunday.",
        # "The team": a study's authors only where the story names them with the study.
        "The chapel's choir is run by geologist Ada Ferreira and her old friend Piet Laan.",
    ],
)
def test_researchers_without_named_authors_have_no_speaker(naming):
    who = "team" if "choir" in naming else "researchers"
    text = (
        "Chapel tiles were painted centuries later\n\n"
        f"{naming}\n\n"
        '"The glaze holds a green pigment that nobody could make before the year 1830," the'
        f" {who} said.\n"
    )
    assert _speaker(_brief_one(text), "nobody could make before") is None


def test_the_pronoun_of_the_first_verb_speaks_after_and_said():
    text = (
        "Coach returns to Port Alder rowing club\n\n"
        "Coach Ivo Marsh left the Port Alder rowing club in March after a row with its board.\n\n"
        "The members asked Nora Dahl to lead them. When he came back in June and said, "
        '"I was wrong to leave and I want to make the club whole again." And I remember '
        'thinking, "Well, that is a man who can still learn something new at his age."\n'
    )
    # The writer's own thought, introduced by "I": not the one quoted just before.
    assert _speakers(text, "wrong to leave", "still learn something new") == ["Ivo Marsh", None]


FERRY_TALK = """Ferry chief on the strike that stopped Port Alder

Harbour Radio's Lena Ross spoke to ferry chief Tomas Brandt on Monday about the strike. Read part of their conversation below.

Lena Ross: How did the strike end in the end, after nine days?

Tomas Brandt: It ended because both sides were tired. I sat down with the union and I'd go, "I don't want this strike to last one more day, so tell me what you need."

LR: Did they listen to you?

TB: They did. The lawyers would get together, and they'd go, "This is what the deal is worth to everyone."

Then the union came back and you say, "We want the night shift paid double from now on."

And I look at the numbers and go, "Fine, I will pay it, but this is the last strike for ten years."

[Editor's note: The union did not reply to a request for comment.]

LR: What comes next for the ferries?

TB: We're looking at the timetable and saying, "Let us put two more ferries on the morning run."
"""


def test_in_a_transcript_the_one_talking_voices_their_own_lines_only():
    words = [
        "last one more day",
        "what the deal is worth",
        "night shift paid double",
        "last strike for ten years",
        "two more ferries on the morning run",
    ]
    brandt = "Tomas Brandt"
    assert _speakers(FERRY_TALK, *words) == [brandt, None, None, brandt, brandt]


def test_outside_a_transcript_the_writers_i_voices_no_one():
    text = (
        "My week on the Port Alder ferries\n\n"
        "Ferry chief Tomas Brandt runs six boats from Port Alder.\n\n"
        'On the first morning I\'d go, "Is this boat ever going to leave the harbour today?"\n'
    )
    assert _speakers(text, "ever going to leave") == [None]


@pytest.mark.parametrize(
    ("introduction", "speaker"),
    [
        # A statement put out, in the paragraph before, ending in a colon.
        ("On Friday, Lind released a statement through her label:\n\n", "Mara Lind"),
        ("Lind said in a statement on Friday:\n\n", "Mara Lind"),
        # A statement put out, in the sentence before.
        ("Lind issued a statement on Friday. ", "Mara Lind"),
        ("Lind admitted the charges in court on Friday. ", "Mara Lind"),
        # A colon after no one speaking introduces no one.
        ("Fans wrote to the label in their hundreds. One of the letters:\n\n", None),
        ("Her label issued a statement on Friday. ", None),
    ],
)
def test_a_statement_introduced_before_its_quote_is_the_introducers(introduction, speaker):
    text = SINGER + introduction + '"I did this. I did not pay what I owed and I am sorry."\n'
    assert _speakers(text, "did not pay what I owed") == [speaker]


def test_the_titled_holder_of_a_shared_role_and_a_pronoun_opening_a_sentence_speak():
    text = (
        "President speaks at the Port Alder harbour fair\n\n"
        "President Ann Bell opened the harbour fair in Port Alder on Saturday. Ivo Marsh, the"
        " president of the ferry union, stayed away from the fair.\n\n"
        "At times, the president drifted off script, joking about the weather (“I think it rains"
        " here more than anywhere else on earth!”) and about her old boat.\n\n"
        "But then she would turn back to talking about Ivo Marsh and the union's pay claim in a"
        " town of ferry workers: “Nobody in this town will ever pay for a strike again.”\n"
    )
    assert _speakers(text, "rains here more than anywhere", "ever pay for a strike") == [
        "Ann Bell",
        "Ann Bell",
    ]


@pytest.mark.parametrize(
    ("holder", "speaker"),
    [
        (
            "When the ferry came in and the crowd went quiet, Dahl held up a sign that read",
            "Nora Dahl",
        ),
        ("Protesters held up banners reading", None),
    ],
)
def test_a_sign_says_what_its_holder_says(holder, speaker):
    text = _story(
        "Protest at the Port Alder harbour",
        "Nora Dahl, a teacher, said the town could have done more for the ferry workers.",
        f'{holder}, "The whole coast is watching to see if this town keeps its word today."',
    )
    assert _speakers(text, "whole coast is watching") == [speaker]


def test_a_show_a_speaker_spoke_on_is_not_who_she_is():
    text = _story(
        "Television cook dies at 66",
        "Clara Dunmore, the television cook, has died in Port Alder at 66.",
        "Speaking on Harbour Hour in 1999, after the death of her cooking partner, she said: "
        '"She went bravely, she was an example to all of us, and I hope I can do the same."',
    )
    assert _speakers(text, "example to all of us") == ["Clara Dunmore"]


@pytest.mark.parametrize(
    ("which", "speaker"),
    [
        ("The boy was a member of the Kell Rovers Youth Club, which", "Kell Rovers Youth Club"),
        # "which" is the film's, not the person named in its phrase.
        ("A 2016 film with Coach Ivo Marsh, which", None),
    ],
)
def test_a_club_which_puts_a_statement_out_speaks_it(which, speaker):
    text = (
        "Boy dies after fall at Port Alder quarry\n\n"
        "Coach Ivo Marsh said the boy loved football and wanted to play for his country.\n\n"
        f'{which} issued a statement on Facebook: "This is a sad morning for our whole Kell'
        ' Rovers family and we are still in shock."\n'
    )
    assert _speakers(text, "sad morning for our whole") == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The full name after what someone is, not the organisation or town before it.
        (
            '"We will stay open all winter," Northway Ferries spokeswoman Ola Strand said.',
            "Ola Strand",
        ),
        ('"We will stay open all winter," said Port Alder resident Ola Strand.', "Ola Strand"),
        # A description that ends in a place and its state.
        (
            'Ola Strand, a ferry pilot at the harbour office in Kell, Norv., said: "We will stay'
            ' open all winter."',
            "Ola Strand",
        ),
    ],
)
def test_who_speaks_is_the_name_after_a_description(paragraph, speaker):
    text = (
        "Ferries keep sailing\n\nThe ferries of Port Alder kept sailing on Monday, though the"
        " storm closed the harbour road and the old fish market for the whole day.\n\n"
    ) + paragraph
    assert _speakers(text + "\n", "stay open all winter") == [speaker]


def test_and_i_in_a_transcript_is_the_one_talking():
    text = FERRY_TALK + (
        '\nLR: Was it hard?\n\nTB: Yes. And I said, "Nobody on these boats will lose a'
        ' single day of pay."\n'
    )
    assert _speakers(text, "lose a single day of pay") == ["Tomas Brandt"]


def test_a_name_after_a_preposition_is_not_who_speaks():
    text = (
        "Ferry crews speak out\n\n"
        "Further claims have since emerged, including a report from Harbour Radio in which six"
        " people who once worked on Kell Lantern claimed that its owner created a “cruel and"
        " frightening ship for every single deckhand” on board.\n"
    )
    assert _speakers(text, "cruel and frightening ship") == [None]


def test_researchers_in_an_outlet_that_never_names_them_are_the_story_s_authors():
    second = (
        "Kell chapel tiles are fakes\n\n"
        "The famous tiles of the Kell chapel are not medieval at all, a new paper says.\n\n"
        '"Every tile carries a green that was first made in 1830," the researchers wrote.\n'
    )
    documents = [
        newsfuse.Document(text=TILES, source="Valley Post"),
        newsfuse.Document(text=second, source="Coast Herald"),
    ]
    briefing = newsfuse.brief(documents, entity_model="rules")
    assert _speaker(briefing, "first made in 1830") == "Ada Ferreira and Piet Laan"


def test_a_statement_attributed_to_a_body_is_its_words():
    text = (
        "Ferry talks fail\n\n"
        "Talks on the Port Alder ferries failed on Monday. A statement attributed to the Kell"
        " Ferry Workers Union said the blame for the strike “rests with the owners of the"
        " ferries” and nobody else.\n"
    )
    assert _speakers(text, "rests with the owners") == ["Kell Ferry Workers Union"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # A surname the story gives no first name for.
        ("Varga said.", "Varga"),
        # A capitalised word the story also writes in lower case is no surname.
        ("Officials said.", None),
        # A title's and an initial's full stops do not end the speaker's name.
        ("said Sen. Ann E. Bell of the Kell Valley Party.", "Ann E. Bell"),
        # Someone's colleague is not that someone.
        ("says a former colleague of Nora Dahl.", None),
    ],
)
def test_the_words_right_after_a_quote_name_its_speaker(attribution, speaker):
    text = _story(
        "Ferry strike ends",
        "Union leader Nora Dahl said on Monday that the ferry strike was over. Harbour officials"
        " welcomed the news.",
        f'"Everyone who worked on the ferries knew it would end this week," {attribution}',
    )
    assert _speakers(text, "knew it would end this week") == [speaker]


def test_a_quote_whose_own_speaker_is_unresolved_does_not_go_on_the_one_before():
    text = (
        "Ferry strike ends\n\n"
        'Union leader Nora Dahl spoke first. "We have won every point we asked for," Dahl said.'
        ' "And we will be back at work on Tuesday morning," J said.\n'
    )
    assert _speakers(text, "won every point", "back at work on Tuesday") == ["Nora Dahl", None]
