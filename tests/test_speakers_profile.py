"""Who said each quote in a profile: a feature about one person who talks at length, with the
people of their cases named around them. Invented stories; one rule of a careful reader each."""

from __future__ import annotations

from test_speakers_audit import _speaker_of, _speakers

LAWYER_PROFILE = """Harbour lawyer who never stops suing
Viktor Orlov has sued the harbour board more often than anyone in Port Alder. His office sits above a bakery on the quay, and the smell of bread fills the stairs.
He grew up in the lower town, the son of a ferry mechanic, and he trained as a lawyer in the capital before he came home to open his own practice.
He did not always win. Most famously, he represented four dock workers who said the crane operator Piet Marsh had put them in danger, but a judge dismissed all four cases last spring.
Marsh’s attorney said at the time: “These claims were spurious from the very first day and the court has now seen that for itself.”
When I mention the failure of those four cases over coffee, Orlov gives an unexpected answer. “What do you mean that I lost?” he asks. “The workers had their day in court and that was a win for them.”
Since Marsh won, the board has hired more crane operators. Orlov says the workers still call him. “You never know what the board knows. You either hear them say, ‘What do you mean that you knew?’ or you hear nothing at all,” he says.
"""


def test_a_name_owning_the_subject_is_not_the_subject():
    speakers = _speakers(LAWYER_PROFILE)
    # "Marsh’s attorney said": Marsh is not who "he asks" goes back to; "When I mention ...,
    # Orlov gives": after the fronted clause, Orlov is the sentence's subject.
    assert _speaker_of(speakers, "What do you mean that") == "Viktor Orlov"
    assert _speaker_of(speakers, "The workers had their") == "Viktor Orlov"
    assert _speaker_of(speakers, "These claims were spurious") is None


def test_two_quotes_of_one_article_stay_two_quotes():
    # The short question shares its words with a line inside the long answer; they are two
    # things said, each with its own place in the article.
    speakers = _speakers(LAWYER_PROFILE)
    assert _speaker_of(speakers, "What do you mean that") == "Viktor Orlov"
    assert _speaker_of(speakers, "You never know what") == "Viktor Orlov"


FERRY_HEARING = """Ferry owner answers the harbour board
The harbour board spent Tuesday questioning the ferry owner Tomas Rask about the broken ramp, and Rask defended his crews for most of the afternoon.
Board member Piet Halvorsen later told reporters the ramp had been reported broken twice. But Halvorsen is up for re-election and has been accused of playing to the crowd.
After five hours of questions from the board, the session ended with Rask’s answer to its last one: “My crews fixed every fault that anyone ever reported to us,” he said. “We have nothing to hide.”
Rask’s lawyers sent a written statement after the hearing:
“Tomas Rask rejects the board’s account of the ramp and will show in court that his company met every rule of the harbour.”
See Gulls Fly, Dive, Feed in Slow Motion The birds move so fast that the eye sees only a blur of white. But gulls give up their secrets to a fast camera.
Rask may not be the only one to blame, notes Kell University harbour engineer Ilse Brandt, who studied the ramp for the board.
“The ramp was old before this company ever bought it, and the board knew that for years,” she says. “Nobody wanted to pay for a new one.”
"""


def test_words_a_sentence_gives_as_someones_are_theirs():
    # "ended with Rask’s answer ...: “...,” he said": Rask, although Halvorsen is the last man
    # a sentence was about.
    speakers = _speakers(FERRY_HEARING)
    assert _speaker_of(speakers, "My crews fixed every") == "Tomas Rask"


def test_a_paragraph_ending_in_a_colon_introduces_its_own_speaker():
    # The lawyers' statement is not the words of whoever spoke last (Rask): the story names
    # no lawyer, so it has no speaker.
    speakers = _speakers(FERRY_HEARING)
    assert _speaker_of(speakers, "Tomas Rask rejects the") is None


def test_a_speaker_described_after_an_inverted_verb():
    # "notes Kell University harbour engineer Ilse Brandt": she is the one "she says" means,
    # and a heading's "Gulls Fly" is no one at all.
    speakers = _speakers(FERRY_HEARING)
    assert _speaker_of(speakers, "The ramp was old") == "Ilse Brandt"
    assert _speaker_of(speakers, "Nobody wanted to pay") == "Ilse Brandt"


FILM_REVIEW = """The Lighthouse Keeper returns to the screen
The new Lighthouse Keeper keeps the fog of the 1948 original. Director Anna Lind treats the old story with respect.
The story is by the Danish-born Karl Obst, several of whose novels ("The Salt Road," "A House Of Nine Doors") were turned into films, and whose script employed the old rhyme, "When the lamp goes dark and the gulls fly low, the keeper's son must take the boat and go."
Since the original film's Greta Sund is long dead, Ruth Moller has been cast as the old fisherwoman Hedda, warning the keeper and asking his wife, "Will you keep the lamp burning or will you let him drown tonight?"
"""


def test_a_title_starts_no_run_of_quotes():
    # Obst's novels' titles are nobody's words, so the rhyme after them is not Obst's either.
    speakers = _speakers(FILM_REVIEW)
    assert _speaker_of(speakers, "When the lamp goes") is None


def test_a_name_inside_a_fronted_clause_is_not_the_subject():
    # "Since the original film's Greta Sund is long dead, ...": Sund says nothing here.
    speakers = _speakers(FILM_REVIEW)
    assert _speaker_of(speakers, "Will you keep the") != "Greta Sund"


FERRY_LAWYER_PROFILE = """Ferry companies fear this lawyer
When Nadia Berg hears a ferry horn at night it is, as she puts it, “a sound I have dreaded since I was a small girl on the island.”
Berg, 51, has sued every ferry company on the coast. “I take the cases nobody else will take,” Berg says. “The families come to me because they have nowhere else to go.”
She grew up on Kell Island, the daughter of a lighthouse keeper. “My father taught me that the sea keeps no promises,” she says.
“I wanted to be a judge once,” Berg admits. “Then I saw how slowly the courts move for people without money.”
Her office is above a chandlery on the quay, with charts of the harbour on every wall.
Berg shakes her head when I ask whether she ever tires of the work. “I’m only saying that somebody has to do it, and I can bear it.”
One client, a fisherman who lost his brother, was blunter about her. “I would have lost my boat and my house without that woman.”
Karl Moss, Lena Moss’s lawyer and Berg’s fiercest critic, says she chases headlines. “Ms. Berg would rather hold a press conference than win a case in court,” Moss has said.
Her record, said Moss, shows her “talent for publicity far more than for the law.”
"""


def test_a_profile_subject_speaks_her_own_quotes():
    speakers = _speakers(FERRY_LAWYER_PROFILE)
    # "as she puts it": her words.
    assert _speaker_of(speakers, "a sound I have dreaded") == "Nadia Berg"
    # A first-person quote that stands alone after a sentence about her, in an article where
    # she speaks nearly every quote, is hers; one after a sentence about someone else is not.
    assert _speaker_of(speakers, "I’m only saying that") == "Nadia Berg"
    assert _speaker_of(speakers, "I would have lost") is None


def test_a_surname_is_the_last_one_named_in_full_not_an_owner():
    # "Karl Moss, Lena Moss’s lawyer ... Moss has said": Karl Moss; and "said Moss," set off by
    # commas inside the reporter's sentence names the speaker of the words quoted in it.
    speakers = _speakers(FERRY_LAWYER_PROFILE)
    assert _speaker_of(speakers, "Ms. Berg would rather") == "Karl Moss"
    assert _speaker_of(speakers, "talent for publicity far") == "Karl Moss"


LEAKED_EMAILS = """Harbour official's emails released
The harbour board released emails on Monday that its former chairman, Jonas Vik, sent to a dredging contractor in 2016.
At a news conference on Monday, board secretary Ruth Alm handed out three pages along with an email allegedly from Vik with the subject line “the cheapest bid is not always the one that wins.”
Vik then allegedly sent the contractor a second email after their meeting. Alm read it aloud. “I find this one the hardest to read,” she said.
“We understand each other now, and the board will hear about the bids next week,” the email said.
Asked what people might say about the emails, board member Tove Lund said, “They show a chairman who decided first and asked questions later.”
"""


def test_a_message_speaks_for_its_sender():
    speakers = _speakers(LEAKED_EMAILS)
    assert _speaker_of(speakers, "the cheapest bid is") == "Jonas Vik"
    assert _speaker_of(speakers, "We understand each other") == "Jonas Vik"


def test_a_question_put_to_the_speaker_is_not_their_saying():
    # "Asked what people might say ..., board member Tove Lund said, “...”": she says it.
    speakers = _speakers(LEAKED_EMAILS)
    assert _speaker_of(speakers, "They show a chairman") == "Tove Lund"


SURNAME_ONLY = """Governor rallies supporters in Kell
President Brandvold spoke for an hour in the Kell arena on Thursday. He praised the harbour workers and mocked his rival.
Brandvold said the ferry strike was over. He said the workers had won.
Brandvold, who has held the office since 2015, then turned to the budget. His advisers had warned him to keep it short.
At times he veered off script, talking about the weather in Kell and the state fair.
But then he would swerve back to talking about Mia Holt and her tax plan: “It’s too bad that I can’t call her plan a plan anymore.”
"""


def test_the_gender_of_someone_named_by_surname_alone_comes_from_the_story():
    # "Brandvold ... He praised": the story calls Brandvold "he", so "then he would swerve back
    # ...: “...”" is Brandvold's, and not Mia Holt's.
    speakers = _speakers(SURNAME_ONLY)
    assert _speaker_of(speakers, "It’s too bad that") == "Brandvold"


RADIO_PRANK = """Radio hosts sorry for harbour prank
The two hosts of the Harbour Hour apologised on Monday for a prank call to the Kell ferry office.
Mia Lind told "Morning Harbour" the prank had become "a sad turn of events that nobody could have seen coming."
3) Lind also used the interview as a chance to criticise the ratings of Velmar Radio, saying she no longer listens to it because of its "silence and their cowardice all week long."
Jacintha Moreau, the ferry office clerk who took the call, has not spoken since. Colleagues describe a careful worker who has kept the office running for nine years.
The station's owner, Velmar Media, has suspended the show and all prank calls across its stations until further notice.
In 2014 another rule was imposed on the station after a host insulted a reporter over a story about the ratings of a show.
"Some clown at the Kell Gazette has already called it a disaster," he said on air at the time.
"""


def test_a_title_in_the_words_before_a_quote_is_no_quote():
    # 'Lind told "Morning Harbour" the prank had become "..."': the programme's name does not
    # end the sentence that introduces Lind's words.
    speakers = _speakers(RADIO_PRANK)
    assert _speaker_of(speakers, "a sad turn of") == "Mia Lind"


def test_a_numbered_point_opens_with_its_subject():
    # "3) Lind also used ... to criticise the ratings of Velmar Radio, saying she ... “...”":
    # Lind, not the station she criticised.
    speakers = _speakers(RADIO_PRANK)
    assert _speaker_of(speakers, "silence and their cowardice") == "Mia Lind"


def test_a_he_paragraphs_away_is_not_someone_of_unknown_gender():
    # "he said" about an unnamed host, paragraphs after the story named Jacintha Moreau (a
    # name the lists give no gender): no speaker rather than hers.
    speakers = _speakers(RADIO_PRANK)
    assert _speaker_of(speakers, "Some clown at the") is None


TWO_PRESIDENTS = """Ferris defends her harbour plan
President Ana Ferris said on Friday that the new harbour at Kell would open next year, a year later than planned.
Piet Marsh, the president of the dockers' union, said his members had not been asked about the plan at all.
Speaking at a rally in Kell, the President declared: "Nobody in this country will lose a job because of the new harbour."
"""


def test_the_president_is_the_one_the_story_titles_so():
    # Two presidents (of the country, of a union): "the President declared" is the one the
    # story calls President Ana Ferris.
    speakers = _speakers(TWO_PRESIDENTS)
    assert _speaker_of(speakers, "Nobody in this country") == "Ana Ferris"


REPORTER_GREETING = """The woman who found the comet
Ada Quist has spent thirty winters at the Kell observatory, and she still climbs its stairs every night.
When I met Quist for the first time at a meeting in Velmar, there was a gleam in her eye when I greeted her by saying: "You are the woman who found the Kell comet."
"I found it by accident, looking for something else entirely," Quist said.
"""


def test_the_reporters_own_words_have_no_speaker():
    # "when I greeted her by saying: “...”": the writer speaks, not Quist ("her eye ...
    # saying" is no saying of hers).
    speakers = _speakers(REPORTER_GREETING)
    assert _speaker_of(speakers, "You are the woman") is None
    assert _speaker_of(speakers, "I found it by") == "Ada Quist"


HARBOUR_TRANSCRIPT = """Harbour master talks to Kell Radio
Kell Radio's Paul Tern spoke with the harbour master Mia Dahl about the ferry strike.
PT: When the strike hits friends of yours, do you try to talk to them afterwards and say, “What is going on here? Can I help you at all?”
MD: It depends. Say a skipper has a grudge against me, and close to the vote, you say, “Mia Dahl took my licence and never gave me a reason.” Then I would go, “I do not want this out there at all.”
"""


def test_a_line_the_interviewer_voices_in_a_question_is_theirs():
    # "do you ... say, “...”" in Tern's turn: Tern voices it. "you say, “...”" in Dahl's turn
    # is an example of what someone else might say: no one's. (spaCy reads the initials'
    # names; the rules finder takes "Then I" for one.)
    speakers = _speakers(HARBOUR_TRANSCRIPT, entity_model="auto")
    assert _speaker_of(speakers, "What is going on") == "Paul Tern"
    assert _speaker_of(speakers, "Mia Dahl took my") is None
    assert _speaker_of(speakers, "I do not want") == "Mia Dahl"


FILM_LINES = """The Lighthouse Keeper sails again
The old fisherwoman Hedda (Ruth Moller) warns the keeper's son to stay ashore, and Tomas Berg plays the son with a stiff upper lip.
Director Anna Lind has cast Ruth Moller to play the old fisherwoman Hedda, muttering curses and asking the keeper, "Will you keep the lamp burning or will you let him drown tonight?"
"The sea always takes back whatever it is owed," mutters the film's standard-issue creepy fisherwoman (a weathered Ruth Moller). No kidding, lady.
"I loved playing someone so much older than me," Moller said at the premiere.
"""


def test_a_film_line_is_the_characters_not_the_actors():
    # The review says Moller plays Hedda: the lines Hedda speaks in the film are Hedda's,
    # while what Moller says at the premiere is Moller's own.
    speakers = _speakers(FILM_LINES)
    assert _speaker_of(speakers, "Will you keep the") == "Hedda"
    assert _speaker_of(speakers, "The sea always takes") == "Hedda"
    assert _speaker_of(speakers, "I loved playing someone") == "Ruth Moller"


TALK_SHOW = """Singer opens up on the Ada Vik show
The singer Lena Ostrand has had a hard year on the road. She spent three months of it in a clinic in Kell.
On Monday's show, the reality star-turned-author, whose book 'A Harbour Song' hit shelves yesterday, told Ada Vik about her lost nights. She went on to admit, "I don't want to be anybody's role model at all."
"""


def test_whom_someone_tells_is_not_the_one_speaking():
    # ", told Ada Vik, “...”": Vik hears it; "She went on to admit, “...”" is Ostrand's.
    speakers = _speakers(TALK_SHOW)
    assert _speaker_of(speakers, "I don't want to") == "Lena Ostrand"


UNCERTAIN_GENDER = """Families wait for answers on the paralysing illness
Dr. Carol Marsh, a specialist at Kell Children's Hospital, has seen nine cases this year. "I was there for fifteen years and never saw anything like this autumn," she said.
Robin Hale said she wishes more was known about the illness that has harmed her son. "In this day and age not to have answers about something like this is so hard," she said.
"""


def test_a_first_name_only_mostly_one_genders_fits_either_pronoun():
    # "Robin" is mostly a man's name in the lists; "Robin Hale said she wishes ...": hers, not
    # the woman quoted before.
    speakers = _speakers(UNCERTAIN_GENDER)
    assert _speaker_of(speakers, "In this day and") == "Robin Hale"


SHERIFF = """Deputy fired after classroom arrest
Sheriff Leon Marsh had earlier said the student only suffered a scrape, although her lawyer said on Kell Radio's "Morning Harbour" that she "has a cast on her arm and she has neck and back injuries."
Marsh said he was afraid the town would not understand, but then recalled, "People here have always given us a fair hearing before."
"""


def test_the_clause_nearest_the_quote_speaks_it():
    # "..., although her lawyer said on ... that she “...”": the lawyer, unnamed (not Marsh),
    # while "Marsh said ..., but then recalled, “...”" is still Marsh.
    speakers = _speakers(SHERIFF)
    assert _speaker_of(speakers, "has a cast on") is None
    assert _speaker_of(speakers, "People here have always") == "Leon Marsh"
