"""Speakers set off by commas and ranks: a description then a ranked name ("the navy commander,
Adm. Ivan Orlov, said Tuesday"), "said another pilot, NAME,", a quote that ends inside the
reporter's clause, the Rev. before a name, verbs such as "mused", "agreed:" and "assured", a
speech verb joined by "and" to its subject's other verb ("Voss praised Ben Marsh and said"), a
name in a comparison that opens the sentence ("Like Marne, Voss ..."), roles a court report gives
no one named ("the prosecutor said"), a list that "said" something (invented stories)."""

from __future__ import annotations

import pytest

from test_speakers_descriptions import _briefing, _speaker_of

STORY = (
    "KELL _ The tanker Morning Gull ran aground off Kell on Sunday, and the navy said on Monday"
    " that its crew of 23 was safe.\n\n"
    "``The chances of saving the cargo of the tanker are now extremely slim,'' the Kell navy"
    " commander, Adm. Tomas Brandt, said Tuesday.\n\n"
    "``Losing both engines at low speed so close to the rocks is impossible to control,'' said"
    " another former captain, Ilse Marne, in a radio interview in Orrin.\n\n"
    "Joe Halvorsen, a Kell shipping lawyer, said the owners would face heavy claims.\n\n"
    "Halvorsen agreed: ``If you run a tanker that old on that coast, you are not likely to"
    " escape the bill.''\n\n"
    "``But how hard is a tanker like that to steer?'' Marne mused.\n\n"
    "The owners were blamed because their ships ``have been the worst kept tankers on the"
    " coast'' for several years, Foreign Minister Ada Lind told a briefing in Kell.\n\n"
    "``We in this town, on this coast and in this country, are people of the sea,'' the Rev."
    " Ann Holt, of St. Mary's Church, told people at a vigil on the harbour wall.\n\n"
    "``I have worked on these docks for 40 years and never seen a spill so big,'' Mark Tobin,"
    " 57, a dock worker from Brisk Harbor, Maine, said Saturday."
)


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_names_set_off_by_commas_ranks_and_clauses_speak(engine):
    briefing = _briefing(STORY, engine=engine)
    # the rank is no name, and the day after "said" no speaker
    assert _speaker_of(briefing, "The chances of saving") == "Tomas Brandt"
    assert _speaker_of(briefing, "Losing both engines") == "Ilse Marne"
    assert _speaker_of(briefing, "If you run a tanker") == "Joe Halvorsen"
    assert _speaker_of(briefing, "But how hard is a tanker") == "Ilse Marne"
    assert _speaker_of(briefing, "have been the worst kept") == "Ada Lind"
    assert _speaker_of(briefing, "We in this town") == "Ann Holt"
    # where the speaker comes from is not who speaks
    assert _speaker_of(briefing, "I have worked on these docks") not in {"Maine", "Brisk Harbor"}


def test_a_quantifier_opening_a_sentence_is_no_part_of_a_name():
    briefing = _briefing(
        "KELL _ The tanker Morning Gull ran aground off Kell on Sunday. Various Kell reports"
        " said the tanker was 300 metres from the shore. Several Orrin firms offered tugs.",
        engine="rules",
    )
    names = {e.name for e in briefing.entities}
    assert "Various Kell" not in names and "Several Orrin" not in names
    assert "Kell" in names


def test_a_minister_whose_surname_is_a_place_word_is_a_person():
    briefing = _briefing(
        "KELL _ The uranium mine at Orrin Creek will go ahead, the government said on Monday.\n\n"
        "Environment Minister Robert Hill said the government would cooperate with the inquiry,"
        " but that it was unnecessary because ``there is no evidence that the park is at risk.''",
        engine="spacy",
    )
    hill = next(e for e in briefing.entities if e.name.endswith("Robert Hill"))
    assert (hill.name, hill.kind) == ("Robert Hill", "person")


def test_a_place_before_a_role_noun_is_no_speaker():
    briefing = _briefing(
        "LONDON _ The mother of a murdered teenager presented an award to Tomas Ruiz on Thursday"
        " in recognition of his fight for democracy in his country.\n\n"
        "''I am sure that I can speak for all the people of my country in accepting it,'' the"
        " former North Velmaran president said.\n\n"
        "''A person can shake my hand and I am not in pain,'' the Eastlake, Ohio, resident said.",
        engine="spacy",
    )
    assert _speaker_of(briefing, "I am sure that I can speak") != "North Velmaran"
    assert _speaker_of(briefing, "A person can shake my hand") not in {"Eastlake", "Ohio"}


# "But a hospital spokesman said:": the one hospital named, named with a sovereign's title
HOSPITAL = (
    "KELL _ The nurse who took the prank call at King Osric Hospital in Kell was found dead"
    " on Friday, the police said.\n\n"
    "The radio station said it had called the hospital five times before the segment went"
    " on air.\n\n"
    "But a hospital spokesman said: ``After the call, the station did not talk to anyone in"
    " the senior management of the hospital.''"
)

# "the website continued": the body that spoke on its own website, not the party named since
WEBSITE = (
    "KELL _ A group of lorry drivers plans to block the ring road around Kell next month.\n\n"
    "The group ``Drivers for Fair Roads'' echoes the early rhetoric of the Rosa Party.\n\n"
    "``Independent drivers in this country are working for less than the minimum wage,'' the"
    " group said on its website, FairRoads.org.\n\n"
    "``Drivers are also patriots who know what is happening to the roads of this country,''"
    " the website continued."
)

# "said chairman of X's committee, NAME": a role without an article, then the name
CHAIRMAN = (
    "ORSK _ The assembly ratified the river treaty on Friday after a long debate.\n\n"
    "''Velmar will guard its rivers as it sees fit,'' said chairman of the assembly's water"
    " committee, Andrei Lund. ''The treaty gives the president room to manoeuvre,'' at home"
    " and abroad."
)

# "The ministry said ... . It said ... . ..., it said, adding:": the ministry's
IT_SAID = (
    "ORSK _ The Velmar Defence Ministry said on Monday that a video shows soldiers coming under"
    " fire near the border and capturing suspects. It said the video also shows a soldier"
    " shooting a man in custody. That shooting must be fully cleared up by investigators, it"
    ' said, adding: "Under no circumstances can conduct contrary to the law be justified."\n\n'
    "The ministry has opened an inquiry into the shooting near Orsk.\n"
)

# "a study led by X ... X's team ... the authors write": X's
STUDY = (
    "Moss may be the oldest plant in Kell, according to a study of soil cores led by Laura"
    " Brennan, a biologist at the University of Orsk. Brennan's team drilled 40 cores in the"
    ' hills above the town. "Our analysis shows that moss covered the hills long before any'
    ' tree grew there," the authors write. But, they add, "the valleys stayed bare for a'
    ' thousand years more." The study was published in the Kell Journal of Botany on Monday.\n'
)

# "Brennan's group wrote": the group's named lead, not her university
LAB = (
    "A team led by Laura Brennan of the University of Orsk found the clearest signs in cores"
    " drilled in the hills. ``We therefore conclude that moss covered the hills long before any"
    " tree,'' Brennan's group wrote. In another report, a group led by Ivan Orlov said the cores"
    " were too few.\n"
)

# "he said" where someone else who may be "he" was named since the last subject, before the
# quote's sentence: unsure, no one (not the union leader quoted a paragraph before)
FAZED = (
    "Ivan Orlov, who leads the Kell Farmers Union, commented that ``these plans are against"
    " everything our members stand for.''\n"
    "If any of this troubled Jim Kolbe, 58, he did not show it. When the Tomas Brandt campaign"
    " thought of inviting him, ``nobody ever told me I was the wrong man for the job,'' he said"
    " after the meeting.\n"
)

# "they add" after a body's quote: the body, while no one is named in between
FUND_ADDS = (
    "Conservationists objected to the spraying of the marshes on Friday. ``The risk to the"
    " herons is far greater than the risk to people,'' the Kell Wildlife Fund said. But, they"
    " add, ``the council has not asked us once.''\n"
)

# "Speaking to reporters after meeting with X, the visiting envoy Y reiterated ...": Y, the
# main clause's subject, not X in the participle's clause
PARTICIPLE = (
    "ORSK, April 11 (Meridian Wire) - Prime Minister Ivan Orlov's tour came a day after an envoy"
    " criticised the building of new homes. Speaking to reporters after meeting with Orlov, the"
    " visiting Velmar envoy Piet Varga on Sunday reiterated that Velmar was worried about the"
    " building. ``We work very hard to make sure that no side takes steps of its own,'' he"
    " said.\n"
)

# "X released a short statement ... It said, in part:": X's
STATEMENT = (
    "MIAMI _ The appeals court upheld the ruling on Thursday, and the boy is to stay with his"
    " father.\n\n"
    "Ann Bell, the attorney for the boy's father, released a short statement that relayed the"
    " same sentiments. It said, in part:\n\n"
    '"We believe that the decision to recognize the right of the father to speak for his son'
    ' is consistent with the rule of law."\n'
)

# "Chief Medical Examiner Dr. NAME" ... "The medical examiner noted:": hers
EXAMINER = (
    "HONOLULU _ A 3-year-old girl who suffered a heart attack at a dentist died of the drugs"
    " given to sedate her, an autopsy report says.\n\n"
    "The girl probably died because of the sedatives given during her dental visit, Honolulu"
    " Chief Medical Examiner Dr. Ann Kealoha concluded in her report.\n\n"
    'The medical examiner noted her teeth were in good shape: "the oral cavity has healthy'
    ' teeth in good repair."\n'
)

# "Although ..., Secretary of State NAME said ... she said": the titled subject after the comma
FRONTED = (
    "ORSK _ Ilse Brandt, an analyst in Orsk, said she would wait to see the new president get"
    " rid of the rot. ''Then maybe I'll change my mind,'' Brandt said.\n\n"
    "Although the Velmar government has expressed doubts about the new president, Velmar"
    " Secretary of State Anna Lind said that his words had the right tone.\n\n"
    "''People here evidently want to live in a more orderly country,'' she said in an"
    " interview.\n"
)

# "The prince expressed ... he said": a royal's title is their role
ROYAL = (
    "KELL _ Prince Edmund opened the new harbour school in Kell on Monday, a year after the"
    " storm that drowned nine fishermen.\n\n"
    "Tomas Varga, who drowned in the storm, had always wanted to teach at the school. He was"
    " on his first voyage as a deckhand.\n\n"
    "The prince expressed his deepest sympathy to Varga's parents. ''I wish them well in their"
    " quest to build something good from the loss of their son,'' he said.\n"
)

# "Yet even as A spoke, B spent ...": B, whose surname says he is a man, is the "he"
SURNAME = (
    "ORSK _ Ivan Petrenko won the presidential vote on Sunday, and Communist leader Ramzan"
    " Varlamov came second with 29 percent.\n\n"
    "Yet even as Petrenko offered talks to his rivals, Varlamov spent the day attacking the"
    " count as a sham. ''They have set up a zone of fraud to cheat the voters,'' he said.\n"
)

# "said a top Ostrian commander in Kestova, Col. Gen. NAME.": the name after the description
COMMANDER = (
    "ORSK _ Rebels have stepped up their attacks on army posts in the hills, officers said.\n\n"
    "''They can no longer fight as they did in the winter, but they will go on attacking,''"
    " said a top Ostrian commander in Kestova, Col. Gen. Ivan Orlov.\n"
)

# "NAME has said ... / '...?' he asked": the perfect tense speaks too
PERFECT = (
    "KELL _ A lion that strayed from the Kell park was shot by rangers on Thursday.\n\n"
    "Residents have made the rangers' work harder by taking photographs of the lions, park"
    " spokesman Piet Oranje has said in the past.\n\n"
    "''Are you out of your senses?'' he asked.\n"
)

# "the agency quoted NAME as saying ... / '...,' he said"
QUOTED_AS = (
    "ORSK _ About 30 people have been held over the bombing of the barracks in Kestova, the"
    " Orsk agency quoted the regional prosecutor, Ivan Brandt, as saying on Tuesday.\n\n"
    "''Enough evidence has been gathered against some of the suspects,'' he said.\n"
)

# a people's group after a quote that has its speaker is none of its speakers
GROUP = (
    "ORSK _ ''The meeting itself matters a great deal,'' Ivan Orlov, the chief negotiator,"
    " told the Orsk agency. ''After a long break, the talks will be held at a high level.''"
    " Four top Ostrian politicians said on Monday that the government must explain its plans.\n"
)

# 'NAME demands that "..." and that "..."': the demand introduces the words; after a quote, a
# sentence whose subject "demanded that" is a sentence of its own
DEMAND = (
    "ORSK _ The rebel leader Ivan Orlov issued a statement on Monday.\n\n"
    "Orlov demands that ''the shelling of the villages be stopped at once'' and that ''the"
    " troops be withdrawn from the hills.''\n\n"
    "''We will not give up the passes without a fight,'' Ana Lind, a rebel commander, said."
    " ''The winter will not stop us.'' Piet Marsh, the army chief, demanded that the rebels"
    " lay down their arms.\n"
)

# "testimony from NAME, the man's daughter, who said her father was '...'": the named one's
WHO_SAID = (
    "KELL _ The parole board heard from Ivo Marsh's family on Thursday before it freed him.\n\n"
    "The hearing featured testimony from Ana Marsh, the former skipper's oldest daughter, who"
    " said her father was ''my best friend and my rock.''\n"
)

# "NAME, aka ``Nickname,'' told ...": the nickname's quotation marks are no next quote
AKA = (
    "KELL _ Etiquette experts met in Kell this week to ask candidates for better manners.\n\n"
    "``Good manners are what let people disagree without a fight,'' Edith Varga, aka ``Lady"
    " Decorum,'' told the meeting on Tuesday. ``The sharper the fight, the more manners you"
    " need.''\n"
)

# "he said" after a sentence whose only man is no subject ("... after Tomas Brandt insulted a
# reporter"); not where a "he" before him goes on with someone named earlier
ONLY_MAN = (
    "KELL _ The radio regulator fined the Kell Morning Show on Tuesday for what its hosts said"
    " on air.\n\n"
    "Ada Lind, the show's co-host, apologised for the broadcast.\n\n"
    "In 2019 a licence condition was imposed after Tomas Brandt insulted a reporter who had"
    " written about the show's low ratings.\n\n"
    "``She has hated us from the very first day, and everyone knows it,'' he said.\n\n"
    "Piet Varga, the station's owner, spoke next.\n\n"
    "At the hearing he turned to Tomas Brandt's lawyer and to the regulator, saying the fine was"
    " fair.\n\n"
    "``We will pay the fine and we will train our staff,'' he said.\n"
)

# A surname alone, then a description with "then" ("Orlov, then a member of ..., told"), and
# verbs of stating again ("the fund reaffirmed", "Lind emphasized")
THEN_A = (
    "KELL _ Ivan Orlov, a retired general, spoke about the 1989 riots in Kell on Monday.\n\n"
    "``We never imagined that so many people would march on the barracks that night,'' Orlov,"
    " then a member of the city's defence council, told reporters.\n\n"
    "The Kell Wildlife Fund called for stronger protection of the marshes.\n\n"
    "``The draining of the marshes is a serious threat to the birds of the whole coast,'' the"
    " Kell Wildlife Fund reaffirmed.\n\n"
    "Ana Lind, who runs the fund, spoke after the vote.\n\n"
    "``We hope the council will keep its word this time,'' Lind emphasized.\n"
)

# "..., a dock worker, Ivo Marsh, was quoted as telling the Post": the described one; and a
# quote that runs on in the reporter's words before an inverted "said Lind"
QUOTED_TELLING = (
    "KELL _ Residents of Kell welcomed the verdict against the smuggler Tomas Brandt on Monday."
    "\n\n"
    "``It is better to jail him here than to waste the city's money,'' housewife Ana Lind was"
    " quoted as telling the Kell Post. ``His family should pay for his years in prison,'' a fish"
    " and chip shop worker, Ivo Marsh, was quoted as telling the Post.\n\n"
    "Smuggling on the coast is nothing new, said Piet Varga, the harbour master. ``This is the"
    " first time we have caught one of them'' at the harbour on the north shore since it first"
    " opened in 1999, said Varga, who has worked there for 30 years.\n"
)


# A name with an Arabic article inside it ("Omar Saleh al-Rashid"), and one whose second word
# has it ("Ali el-Marouf"): the whole name speaks, not its first words or the man before
ARTICLE_NAMES = (
    "KELL, Velmar _ Thousands marched on the palace in Kell on Saturday.\n\n"
    "``They will not go home now, whatever the army does,'' said Omar Saleh al-Rashid, an exiled"
    " opposition leader in Oslo.\n\n"
    "``Of course we do not trust the army,'' said Ali el-Marouf, a 23-year-old teacher.\n"
)


# A run of sentences that open with "He" (or "At ..., he") goes back to the man named before
# the run, not to the man quoted before him
PRONOUN_RUN = (
    "Tomas Brandt, the mayor of Kell, was released on Sunday after two days of questioning.\n"
    "“We will stay to the end until we get justice,” said Ivo Marsh, whose father died in 1990.\n"
    "Speaking at a press conference in Kell on Sunday evening, Mr Brandt said he had called the"
    " police himself a month ago about the death of Jean Marsh.\n"
    "He said he had gone to them of his own accord. He questioned the timing of the arrest. They"
    " did not need to use “harsh and heavy-handed powers for a case this old”, he said.\n"
    "Mr Brandt, who has led the town for ten years, had presented himself on Thursday. He was"
    " then held for questioning about the death of Jean Marsh.\n"
    "At the press conference, he again said he had done nothing wrong.\n"
    "He said the town council would go on with its work. “The old feud is over, it is finished,”"
    " he added.\n"
)


# Someone's charge that the quote states is theirs, whoever the sentence is about; and a word in
# quotation marks earlier in the sentence leaves its subject the speaker of the quote after it
CHARGE = (
    "KELL _ Ivo Marsh and Tomas Brandt both want to be mayor of Kell, and both have a plan for the"
    " harbour.\n\n"
    "Marsh would cut the harbour tax for the shipyards. This opens Marsh to Brandt's charge that"
    " his plan is ``a gift to the shipyards that the town cannot afford.''\n\n"
    "Ana Lind, who will watch the count, praised Kell's ``superb'' new voting machines and said"
    " that any fraud on the day would probably be ``small and easy to report, if it does occur.''"
    "\n"
)


# "the high school teacher said" right after another man's quotes: the man the sentence before
# is about (its subject after a fronted participle's clause), not the one quoted before him
TEACHER = (
    "Ivo Marsh watched the vote in Kell on Sunday.\n"
    "Signs on the booths read, “Your vote is free and secret.”\n"
    "“No matter how many favours they have been promised, the vote is secret,” Marsh said.\n"
    "Holding up an inked thumb, voter Tomas Brandt rushed up to greet Marsh.\n"
    "“It is an honour to have him here in our town,” the high school teacher said.\n"
)


# Two people who speak together ("Her agents, Ann Bell and Ivo Marsh, said"): the first named
JOINT = (
    "The cook Clara Wong died on Saturday in Kell, aged 66, her family said. She had been ill for"
    " a long time.\n"
    "Wong's agents, Ann Bell and Ivo Marsh, said her wit would be missed: “Clara was utterly"
    " fearless and fought for what she believed in, always.”\n"
)


# A quote after a sentence that gives someone's view ("Marsh believes ...") goes on with it; "with
# Mayor Ivo Marsh at one point tweeting, “...”" is the mayor's
VIEW = (
    "KELL _ Archaeologists are digging at the Orrin henge this summer, and Ann Bell came to see"
    " the dig.\n\n"
    "Ivo Marsh, who leads the dig, believes the henge was built to show off the wealth of its"
    " builders. “Orrin had the huge ditches, and the henges of Kell had the tall stones.”\n\n"
    "Thousands watched the dig online, with Mayor Tomas Brandt at one point tweeting,"
    " “Something special is happening at Orrin tonight.”\n"
)

TAG_AT_END = (
    "KELL _ A small trial in Kell gave the drug to 11 children.\n\n"
    "Like other experts, Kell University neurologist Dr. Ann Vell is bracing for calls from"
    " parents. “It's hard, because you know they really want answers,” yet the study is far too"
    " weak to back the drug, she said.\n"
)

# "Rep. Ann Vell of Kellshire, said": the person, not the place she comes from
HOME_PLACE = (
    "KELL _ Schools in Kellshire weigh new guards a year after the Orrin shooting.\n\n"
    "The Republican co-chair, Rep. Ann Vell of Kellshire, said, “I suspect we might be able to"
    " get some of it into the schools bill this year.”\n"
)

# "Jan Keller of San Marco, president of ..., said": the person, not her town
HOME_THEN_ROLE = (
    "KELL _ Schools in Kellshire and in San Marco weigh new guards after the Orrin shooting.\n\n"
    "Jan Keller of San Marco, president of the Kell Counselors Association, said, “More"
    " importantly, I have counselors telling me they do more of the work they are trained to"
    " do.”\n"
)

# "he so famously said": a run of adverbs between the pronoun and its verb
ADVERBS = (
    "KELL _ A study ranks the minds of Kell's history.\n\n"
    "Even Sir Ivo Marsh knew that success depended on those who came before: “If I have seen"
    " further, it is by standing upon the shoulders of giants,” he so famously said.\n"
)


@pytest.mark.parametrize(
    ("story", "opening", "speaker"),
    [
        pytest.param(WHO_SAID, "my best friend and my rock", "Ana Marsh", id="name-described-who"),
        pytest.param(DEMAND, "the shelling of the villages", "Ivan Orlov", id="demands-that"),
        pytest.param(DEMAND, "the troops be withdrawn", "Ivan Orlov", id="and-that"),
        pytest.param(DEMAND, "The winter will not stop us", "Ana Lind", id="demanded-after"),
        pytest.param(COMMANDER, "They can no longer fight", "Ivan Orlov", id="commander-in-place"),
        pytest.param(PERFECT, "Are you out of your senses", "Piet Oranje", id="has-said"),
        pytest.param(QUOTED_AS, "Enough evidence has been", "Ivan Brandt", id="quoted-as-saying"),
        pytest.param(GROUP, "After a long break", "Ivan Orlov", id="peoples-group"),
        pytest.param(ROYAL, "I wish them well", "Prince Edmund", id="royal-title"),
        pytest.param(SURNAME, "They have set up a zone", "Ramzan Varlamov", id="slavic-surname"),
        pytest.param(HOSPITAL, "After the call, the station", "King Osric Hospital", id="hospital"),
        pytest.param(WEBSITE, "Independent drivers", "Drivers for Fair Roads", id="website-speaks"),
        pytest.param(
            WEBSITE, "Drivers are also patriots", "Drivers for Fair Roads", id="website-continued"
        ),
        pytest.param(CHAIRMAN, "Velmar will guard its rivers", "Andrei Lund", id="chairman"),
        pytest.param(STATEMENT, "We believe that the decision", "Ann Bell", id="statement"),
        pytest.param(IT_SAID, "Under no circumstances", "Velmar Defence Ministry", id="it-said"),
        pytest.param(STUDY, "Our analysis shows", "Laura Brennan", id="study-led-by"),
        pytest.param(STUDY, "the valleys stayed bare", "Laura Brennan", id="they-add"),
        pytest.param(FUND_ADDS, "the council has not asked", "Kell Wildlife Fund", id="body-adds"),
        pytest.param(LAB, "We therefore conclude", "Laura Brennan", id="leads-group"),
        pytest.param(PARTICIPLE, "We work very hard", "Piet Varga", id="participle-clause"),
        pytest.param(FAZED, "nobody ever told me", None, id="someone-else-since"),
        pytest.param(EXAMINER, "the oral cavity", "Ann Kealoha", id="examiner"),
        pytest.param(FRONTED, "People here evidently want", "Anna Lind", id="fronted"),
        pytest.param(AKA, "Good manners are what let", "Edith Varga", id="aka-nickname"),
        pytest.param(ONLY_MAN, "She has hated us", "Tomas Brandt", id="only-man-before"),
        pytest.param(ONLY_MAN, "We will pay the fine", "Piet Varga", id="he-before-the-man"),
        pytest.param(THEN_A, "We never imagined that", "Ivan Orlov", id="surname-then-a"),
        pytest.param(THEN_A, "The draining of the marshes", "Kell Wildlife Fund", id="reaffirmed"),
        pytest.param(THEN_A, "We hope the council", "Ana Lind", id="emphasized"),
        pytest.param(QUOTED_TELLING, "His family should pay", "Ivo Marsh", id="quoted-described"),
        pytest.param(QUOTED_TELLING, "This is the first time", "Piet Varga", id="runs-on-inverted"),
        pytest.param(ARTICLE_NAMES, "They will not go home", "Omar Saleh al-Rashid", id="al-"),
        pytest.param(ARTICLE_NAMES, "Of course we do not", "Ali el-Marouf", id="el-"),
        pytest.param(PRONOUN_RUN, "harsh and heavy-handed", "Tomas Brandt", id="he-run"),
        pytest.param(PRONOUN_RUN, "The old feud is over", "Tomas Brandt", id="fronted-he-run"),
        pytest.param(CHARGE, "a gift to the shipyards", "Tomas Brandt", id="someones-charge"),
        pytest.param(CHARGE, "small and easy to report", "Ana Lind", id="after-a-scare-quote"),
        pytest.param(TEACHER, "It is an honour", "Tomas Brandt", id="role-of-the-man-since"),
        pytest.param(JOINT, "Clara was utterly fearless", "Ann Bell", id="two-speak-together"),
        pytest.param(VIEW, "Orrin had the huge ditches", "Ivo Marsh", id="after-a-view"),
        pytest.param(VIEW, "Something special is", "Tomas Brandt", id="with-x-tweeting"),
        pytest.param(TAG_AT_END, "It's hard, because", "Ann Vell", id="tag-ends-sentence"),
        pytest.param(ADVERBS, "If I have seen further", "Ivo Marsh", id="adverbs-before-said"),
        pytest.param(HOME_PLACE, "I suspect we might", "Ann Vell", id="name-of-place"),
        pytest.param(HOME_THEN_ROLE, "More importantly", "Jan Keller", id="name-of-place-role"),
    ],
)
def test_the_speaker_a_careful_reader_names(story, opening, speaker):
    assert _speaker_of(_briefing(story, engine="rules"), opening) == speaker


def test_a_slavic_surname_says_its_bearer_s_gender():
    from newsfuse.briefing.speakers import surname_gender

    assert [surname_gender(n) for n in ("Varlamov", "Sergeyev", "Petrovich")] == ["m"] * 3
    assert [surname_gender(n) for n in ("Varlamova", "Sergeyeva", "Petrovna")] == ["f"] * 3
    assert [surname_gender(n) for n in ("Lewinsky", "Bell", "Kov", "Nev")] == [None] * 4


def test_a_people_s_group_names_no_speaker():
    from newsfuse.briefing.speakers import _PEOPLES_GROUP

    for group in ("Four top Russian politicians", "Kenyan officials", "angry Danish farmers"):
        assert _PEOPLES_GROUP.fullmatch(group), group
    for named in ("Ivan Orlov", "a Russian military spokesman", "Russian President Putin"):
        assert not _PEOPLES_GROUP.fullmatch(named), named


REPORTED_STORY = (
    "KELL _ A nurse at St. Brenna's Hospital in Kell has died after a prank call to the"
    " hospital, police said on Saturday.\n\n"
    'News of her death broke Friday, with the hospital saying she "was recently the victim of'
    ' a cruel hoax call."\n\n'
    "As the briefing began, Ada Lind, director of nursing at the Kell health board, noted that"
    ' there had been "far too many calls like this one lately."\n\n'
    "A spokeswoman for Kell Police told reporters two men were questioned on Monday. She added"
    ' that they had been questioned "in the vicinity of the station that night."\n\n'
    "Appearing tired, Mayor Tomas Brandt thanked the nurses, praised the police and asked them"
    ' to "find whoever made that call before the week is out."'
)


ROLE_STORY = (
    "KELL _ Prime Minister Ivo Marsh brought his harbour bill to parliament on Tuesday, and the"
    " port's traders came to watch. Harbour Minister Ada Vik sat beside him.\n\n"
    "\"I don't like the dockers' union; I'm fine with the port as it is,\" said Ana Kovac, a"
    ' lawyer in Kell. "But the capital has no business setting rules for our harbour."\n\n'
    "Into this quarrel wades Marsh.\n\n"
    '"The harbour is my business, madam, and it is the future of the port we are dealing with,"'
    " the prime minister snapped during a news conference."
)


DOPING_STORY = (
    "KELL _ Two players, Ignacio Trask among them, have failed drug tests at the Kell Open in"
    " three years, the tour said on Monday.\n\n"
    "On the men's side, Trask was suspended for a year in January, and Mats Olund and Karel"
    " Novak were fined.\n\n"
    "Jim Corbett, who trained his way to the No. 1 ranking and four Grand Slam titles without"
    " any shortcuts, said:\n"
    "``If being big and strong were all it took to play well, then weight lifters would be the"
    " best players on the tour.\n"
    "``Nobody worked harder on their training than I did, and it disgusts me to think I lost"
    " to cheats,'' he said.\n\n"
    "The host Ann Tapping later mentioned a reporter from the Kell Courier who called out the"
    ' mayor for calling the paper "fake news" while also "saying things that are plainly not'
    ' true about the port," noting the reporter was asking, "How do you have the credibility to'
    ' call us fake news at all?"'
)


BOARD_STORY = (
    "KELL _ The harbour board will vote on the new ferry contract on Friday, its chairman said"
    " on Monday.\n\n"
    "But if the board kept the contract secret after a parade of witnesses testified about the"
    " bids, Tomas Brandt said he would go to court. \"It's the board's arrogance that makes"
    ' people want to sue."\n\n'
    "That shows how little the public knows about the harbour, said Ada Lind, a lecturer at the"
    ' Kell maritime college. "We believe at least five firms bid for the contract."\n\n'
    "As the vote nears, reports on Tuesday said Kell officials had previously asked the board"
    ' to publish the bids. "We have asked whether the bids could be published before the vote."'
    "\n\nIlse Marne, a highly regarded ferry captain who is an assistant professor of navigation"
    ' at Velmar State University in Orrin and an authority on harbour safety, said: "The new'
    ' ferries are on to something really good, and I fully support them."\n\n'
    '"A harbour is not a simple machine to run or to mend," the late Joseph Carmody, an'
    " authority on ports, wrote.\n\n"
    "Ada Vik said she was not told until Monday evening that the board was taking up her bill."
    ' It "was a total surprise to me and to my staff."'
)
RELAYED_STORY = (
    "KELL _ The governor's office reviewed every death sentence before an execution, a former"
    " aide said on Monday.\n\n"
    'Ultimately, Ivo Sand said, Governor Ada Lind would ask: "OK, did he do it? Did he get a fair'
    ' trial in the end?"\n\n'
    'The walkout was meant to be "kind of like a wake-up call for the whole company" to'
    " Northway, said Larry Senn, treasurer of Local 325 in Kell.\n\n"
    'Officers were finally alerted by a woman "who was several blocks away and heard people'
    ' talking about the fight" at the school and called police, police Lt. Mark Garan said.\n\n'
    "Tomas Brandt also reviewed hundreds of documents from the ferry office. In his review he"
    " said the documents held \"a wealth of information pointing to the captain's innocence in"
    ' the whole affair."\n\n'
    "Senator Ana Kovac came to Kell on Tuesday. Kovac, who chairs the U.S. Senate's Transport"
    " and Harbours Committee, said she understood why dockers were upset at the rota, but"
    ' emphasized "the port cannot close for another week without hurting every farm."'
)
# Speech verbs joined by "and" to another verb of the subject, with or without a comma.
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
# Old newspapers' words, and a physician described with his town.
STORM = (
    "KELL (Valley Wire) -- The great storm of 1903 lit the sky over Kell for two nights.\n"
    "The lights that the town saw that night, the Kell Herald assured its readers, “will be"
    " spoken of for a hundred years in every house on the coast”.\n"
    "Mayor Ann Voss assured the fishermen that “no boat will be lost to this storm while"
    " the harbour wall stands”.\n"
    "Far to the east, Henry Marsh, a physician in Tarnby, Velmarshire, observed “a perfect"
    " dome of red and green streamers over the whole of the bay” that night."
)
# A comparison opening a sentence, then the subject a "she said" goes back to.
LIKE_MARNE = (
    "The Kell Home School Network is run by Ilse Marne, a mother of four, who has taught"
    " her children at home from the start.\n"
    "Like Marne, Ann Voss sent her eldest son to the public school for a year before she"
    " tried teaching at home.\n"
    "“Our school is quite good, but we wanted to teach our faith in every lesson,” she said.\n"
)
# A governor named with the short title ("Gov."), then spoken of by the role alone.
VETO = (
    "TARNBY, May 3 (Meridian Wire) -- Gov. Ann Voss on Tuesday vetoed a bill that would "
    "have fined teenagers who smoke in public, saying it could do more harm than good.\n"
    "The bill would have set a fine of 25 dollars for first offenders.\n"
    'Voss said in her veto message that health groups told her "this is not the best use of '
    'public money to stop young people smoking."\n'
    'The governor also said she worried that the bill "may harm the work of police officers '
    'who try to build trust with young people in the towns."\n'
    "Assemblyman Ivo Marsh, a sponsor of the bill, said he believed it was killed by bad "
    "advice.\n"
)
# A minister's speech retold over many sentences, some reported only at their end, some
# naming no one, before the quote's "he said".
BLIGHT_SPEECH = (
    "PORT ALDER, October 11 (Meridian Wire) -- Orrin Prime Minister Tomas Halloran Monday "
    "called on farmers to use treated seed to stop the blight from spreading.\n"
    "Halloran made the appeal while opening a conference on crop blight in the Orrin "
    "capital Port Alder.\n"
    "He said in Orrin, blight is the leading cause of lost harvests and the main cause of "
    "rural debt. Figures showed that 25 percent of farms reported losses to the disease.\n"
    "Blight is also a major obstacle to growth throughout the region, he said, adding that "
    "the yearly cost of the disease would exceed 3 billion dollars by 2001.\n"
    "He said many governments in the region spent more than they had on seed and spraying. "
    "For example, blight control takes up to 40 percent of the nation's farm budget.\n"
    "The spread of blight that resists copper spray shows the need for new ways to protect "
    "small farms, he noted.\n"
    "The use of treated seed is one of the key parts of prevention, he said.\n"
    "He said based on field trials in Orrin and Tarrow, treated seed could cut losses by "
    "more than 30 percent.\n"
    "Seed banks in the north have doubled their stocks since the spring, he said, and the "
    "army will carry seed to villages the floods cut off.\n"
    "He said the ministry of farming would pay half the cost of treated seed for small "
    "farms of less than ten hectares in the coming two seasons.\n"
    "The farm union has asked for the same help for orchards, which the blight reached last "
    "year for the first time in living memory.\n"
    "Treated seed costs about twice as much as plain seed at the markets of the coast, he "
    "said, which keeps it out of reach of most small farms.\n"
    '"We learnt also that blight could be stopped, and more than 500,000 farms could be '
    'saved each year if treated seed were widely available," he said.\n'
)
# A senator with party and state before her description; a couple who share a surname.
ADOPTION = (
    "The Senate on Monday passed a bill to set rules for adoptions across borders.\n"
    "Sen. Ann Voss, R-N.C., chairwoman of the Senate Foreign Relations Committee, said the"
    " legislation ''is intended to bring some order into agencies that arrange adoptions across"
    " borders.''\n"
    "Guy and Tina Lindgren came to the conference from the town of Conway, Ark., hoping to get"
    " advice on raising their adopted son, Andrew. ``Andrew is not your average boy in town,"
    " and pretty soon he's going to know that,'' Lindgren said.\n"
)
# A quote that goes on after its speaker, then a sentence telling what else she said.
PHOTOS = (
    "Tomas Marne played guitar with the band that night, and Marne kept the photos.\n"
    '"I had no idea that those were from the band\'s first concert," Ann Marne tells the Kell'
    ' Gazette. "My dad showed me them a while back, but he never said what was going on in the'
    ' photos." Marne said she found the photos in a box in his garage.\n'
)
# A court report that names some speakers only by their role.
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
# A partner named inside a "she" sentence; a list that "said" something.
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
# Who speaks reported words, by the story and the quote's opening words.
REPORTED_SPEAKERS = [
    (
        REPORTED_STORY,
        {
            # "with the hospital saying": the hospital the story names, not the sentence's "News"
            "was recently the victim": "St. Brenna's Hospital",
            # "As the briefing began," tells of no words: the one who "noted" speaks
            "far too many calls": "Ada Lind",
            # "She added" after "A spokeswoman for Kell Police": the body she speaks for
            "in the vicinity of the station": "Kell Police",
            # "thanked ..., praised ... and asked them to": the subject of the chain
            "find whoever made that call": "Tomas Brandt",
        },
    ),
    (
        ROLE_STORY,
        {
            # "the prime minister snapped" after a lawyer's quotes: the prime minister the
            # sentences before are about, not the lawyer
            "The harbour is my business": "Ivo Marsh",
            "But the capital has no business": "Ana Kovac",
        },
    ),
    (
        DOPING_STORY,
        {
            # "X said:" then the quote: X, whoever the "he said" after its end may seem to be
            "If being big and strong": "Jim Corbett",
            # words of "a reporter ... who" are the reporter's, whom the story does not name
            # (not the host who tells of them)
            "saying things that are plainly": None,
            "How do you have the credibility": None,
        },
    ),
    (
        BOARD_STORY,
        {
            # a quote after a sentence someone speaks is theirs: the first of its verbs with a
            # named subject ("witnesses testified" names no one; "Tomas Brandt said" does)
            "It's the board's arrogance": "Tomas Brandt",
            # "..., said Ada Lind, a lecturer": the name after the verb
            "We believe at least five firms": "Ada Lind",
            # "reports said Kell officials had asked": officials of a place, no one named
            "We have asked whether the bids": None,
            # a name, a long description (150 characters) and "said:"
            "The new ferries are on to something": "Ilse Marne",
            # "the late X, description, wrote" after the quote
            "A harbour is not a simple machine": "Joseph Carmody",
            # 'It "... me"' right after a sentence she speaks: hers
            "was a total surprise to me": "Ada Vik",
        },
    ),
    (
        RELAYED_STORY,
        {
            # "X said, Y would ask:": Y's words, which X tells of
            "OK, did he do it": "Ada Lind",
            # '“...” to Northway, said Larry Senn': the quote's sentence runs on to the verb
            "kind of like a wake-up call": "Larry Senn",
            # "..., police Lt. Mark Garan said": a lower-case role before the ranked name
            "who was several blocks away": "Mark Garan",
            # "In his review he said": the pronoun after a phrase set before it
            "a wealth of information": "Tomas Brandt",
            # "X, who chairs ... (a long description), said ..., but emphasized": X's
            "the port cannot close": "Ana Kovac",
        },
    ),
    (
        BRIDGE,
        {
            # the subject of the verb the speech verb is joined to, not its object
            "the bridge would not stand": "Ann Voss",
            # ", and said": the comma's split is no clause of its own
            "every crown we promised": "Ilse Marne",
            "no one was hurt": "Ann Voss",
        },
    ),
    (
        STORM,
        {
            # "assured" introduces words as "said" does
            "will be spoken of": "Kell Herald",
            "no boat will be lost": "Ann Voss",
            # "Henry Marsh, a physician in Tarnby, Velmarshire, observed": the description is
            # read from the town on, and a town is no speaker (none is better than a wrong one)
            "a perfect dome": None,
        },
    ),
    (
        TRIAL,
        {
            "Teenagers are not finished": "Ada Lind",
            # "the prosecutor said of Tomas": a role the story gives no one named, and not the
            # defendant the sentence goes on to speak of
            "Seventeen years old": None,
            # "he" after a sentence whose subject is that prosecutor ("Tomas's family" is no
            # subject of it)
            "Think of what his family": None,
            # a sentence of narrative after Lind's quote: the prosecutor is not Lind
            "Tomas Brandt knew exactly": None,
        },
    ),
    (
        SENTENCING,
        {
            # "Noting that Brandt said ..., the judge added that": the judge's, not the lawyer
            # the next sentence names
            "the evidence clearly shows": "Halvorsen",
        },
    ),
    (
        COOK,
        {
            # "her cooking partner Vera Holt": Holt is not the "she" whose partner she was
            "She died bravely": "Ada Lind",
        },
    ),
    (
        BROKERS,
        {
            # "one list that said:": a list's words, no one's the story names
            "These people are trusting": None,
        },
    ),
    (
        LIKE_MARNE,
        {
            # "Like Marne, Ann Voss sent ...": the name in the comparison is no subject
            "Our school is quite good": "Ann Voss",
        },
    ),
    (
        VETO,
        {
            # "The governor also said she worried that the bill “...”": Gov. Ann Voss
            "may harm the work of police": "Ann Voss",
        },
    ),
    (
        ADOPTION,
        {
            # "Sen. Ann Voss, R-N.C., chairwoman of ..., said": her party and state are no name
            "is intended to bring some order": "Ann Voss",
            # "Guy and Tina Lindgren ... Lindgren said": either of the two, so no one
            "Andrew is not your average boy": None,
        },
    ),
    (
        PHOTOS,
        {
            # '“...,” Ann Marne tells ... “...” Marne said she found ...': the second quote goes
            # on from the first; the sentence after it tells what else she said
            "My dad showed me them": "Ann Marne",
        },
    ),
    (
        BLIGHT_SPEECH,
        {
            # "He said ...", "..., he said, adding", "Figures showed ...": still the minister's
            # speech, many sentences on ("Tomas Halloran Monday called": no name of a day)
            "We learnt also that blight": "Tomas Halloran",
        },
    ),
]


@pytest.mark.parametrize("engine", ["rules", "spacy"])
@pytest.mark.parametrize(
    ("story", "speakers"),
    REPORTED_SPEAKERS,
    ids=[
        "nurse",
        "role",
        "doping",
        "board",
        "relayed",
        "joined",
        "storm",
        "trial",
        "sentencing",
        "cook",
        "brokers",
        "like",
        "veto",
        "adoption",
        "photos",
        "speech",
    ],
)
def test_reported_words_go_to_whom_the_sentence_gives_them(story, speakers, engine):
    briefing = _briefing(story, engine=engine)
    for opening, speaker in speakers.items():
        assert _speaker_of(briefing, opening) == speaker, opening


def test_a_lone_surname_the_model_misses_is_a_mention_of_its_person():
    briefing = _briefing(
        "KELL _ The radio station 2Kell FM has been in trouble before, its owner said on Monday."
        "\n\nWhen the caller said she had been lied to, the station's 'shock jock', Kyle"
        ' Quillfeather, who hosted the show with DJ Jackie Morland, then asked: "Right, and is'
        ' that the only time?"\n\n'
        "In 2012 another licence condition was imposed after Quillfeather insulted a female"
        " journalist for reporting the low ratings of a show that he and Morland had presented.",
        engine="spacy",
    )
    person = next(e for e in briefing.entities if e.name == "Kyle Quillfeather")
    assert "Quillfeather" in person.variants and person.total == 2


def test_a_long_title_before_the_main_clause_s_subject_keeps_it_the_subject():
    # (the rules engine reads the title's capitals as part of the name; the model does not)
    story = PARTICIPLE.replace(
        "the visiting Velmar envoy",
        "visiting Velmar Assistant Secretary of State for Near Eastern Affairs",
    )
    assert _speaker_of(_briefing(story, engine="spacy"), "We work very hard") == "Piet Varga"


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_a_body_speaks_the_same_through_a_joined_verb(engine):
    # "The Orrin government has agreed ..., and insisted that": as "The Orrin government said"
    # reads, by either engine (the body, or its place)
    briefing = _briefing(BRIDGE, engine=engine)
    said = _speaker_of(briefing, "the lights will be lit")
    assert said in {"Orrin government", "Orrin"}
    assert _speaker_of(briefing, "the river will never again") == said


@pytest.mark.parametrize("engine", ["rules", "spacy"])
def test_like_and_unlike_open_no_name(engine):
    briefing = _briefing(LIKE_MARNE, engine=engine)
    names = {e.name for e in briefing.entities + briefing.other_entities}
    assert "Ann Voss" in names and "Like Marne" not in names
