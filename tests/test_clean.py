from newsfuse import brief
from newsfuse.clean import clean_documents, clean_text, find_dateline, is_furniture
from newsfuse.domain import Document
from newsfuse.options import Options

NOISY_ARTICLE = """Skip to main content

Orchard town votes to keep its old bridge

Share

By Hanna Pell
Monday 3 March 2025 10:15

The town council of Elmsbrook voted 7 to 2 on Monday to repair the 1890 stone bridge rather than replace it.

Photo: The bridge at dusk / Elmsbrook Herald

Repairs will cost 1.4 million euros and close the bridge for eight weeks, the council said.

01:12
Watch: the vote in the council chamber
Councillors debate the future of the bridge.
Councillors debate the future of the bridge.
Source: Herald Video

"We owe it to the people who built it," councillor Ada Brink said.

Advertisement

Tweet with a location

Hanna Pell/Elmsbrook Herald

___

The interactive transcript could not be loaded.

Sign up for our weekly newsletter

Join our commenting forum

For the latest news and analysis, follow @elmsherald.

And like us on Facebook to get our stories right in your feed:

Get local news and weather delivered right to your inbox.

More from Herald Town: And make sure to visit Herald Town for all of our news, and add our RSS \
feed to your favourite reader.

On the Net:
Elmsbrook council: http://www.elmsbrook.example
(Hanna Pell's e-mail address is: hpell(at)heraldnews.com)
ENDIT
Story Filed By Herald Newspapers
For Use By Clients of the Meridian Wire News Service
"""

ARTICLE_LINES = [
    "Orchard town votes to keep its old bridge",
    "The town council of Elmsbrook voted 7 to 2 on Monday to repair the 1890 stone bridge "
    "rather than replace it.",
    "Repairs will cost 1.4 million euros and close the bridge for eight weeks, the council said.",
    '"We owe it to the people who built it," councillor Ada Brink said.',
]
FURNITURE = [
    "Skip to main content",
    "Share",
    "Photo: The bridge at dusk",
    "01:12",
    "Watch: the vote",
    "Councillors debate",
    "Source: Herald Video",
    "Advertisement",
    "newsletter",
    "commenting forum",
    "Tweet with a location",
    "Hanna Pell/Elmsbrook Herald",
    "___",
    "transcript",
    "follow @elmsherald",
    "like us on Facebook",
    "to your inbox",
    "Herald Town",
    "On the Net",
    "elmsbrook.example",
    "e-mail address",
    "ENDIT",
    "Story Filed By",
    "For Use By Clients",
]


def test_clean_text_keeps_every_article_line():
    cleaned = clean_text(NOISY_ARTICLE)
    for line in ARTICLE_LINES:
        assert line in cleaned


def test_clean_text_removes_furniture():
    cleaned = clean_text(NOISY_ARTICLE)
    for furniture in FURNITURE:
        assert furniture not in cleaned, furniture


def test_article_sentences_are_not_furniture():
    for line in ARTICLE_LINES:
        assert not is_furniture(line)
    assert not is_furniture("Share prices fell by 3 percent on Friday after the announcement.")
    assert is_furniture('Download the "Harbour Hour" podcast on Apple Podcasts and Spotify.')
    assert not is_furniture("Listeners can download the report from the council on Monday.")
    assert not is_furniture("Viewers turned to local radio for the latest news on the flood.")
    assert not is_furniture("Residents were told to follow the river path to the school.")
    assert not is_furniture("Tourists should make sure to visit the old lighthouse in May.")
    assert not is_furniture("Scam emails sent to your inbox often ask for a bank password.")
    assert not is_furniture("For the latest news on the storm, residents should listen to radio.")
    assert is_furniture(
        "Like Harbour FM on Facebook and follow @HarbourFM on Twitter to engage in conversation"
        " about this article and others."
    )
    assert not is_furniture("Voters who like the mayor on Facebook also backed her in the poll.")
    assert is_furniture(
        "Embed Harbour bridge closes for repairs 1:04 autoplay autoplay Copy this code to your"
        " website or blog"
    )
    assert is_furniture(
        "Photos: The harbour bridge through the years Photos: The harbour bridge through the years"
        " The bridge was built in 1890 by the town's masons, who used stone from the Kell quarry"
        " and worked on it for six years before the first cart crossed it in the spring."
    )
    assert not is_furniture("Photos of the bridge were shown to the council on Monday.")
    assert is_furniture("[SEE THESE? Bridges of 2014 | The mayor: a life in pictures | Ferries]")
    assert not is_furniture("[Editor's note: the council met again on Tuesday.]")
    assert not is_furniture("Ann Bell asked her fans to follow @annbell on Twitter for updates.")


def test_dateline_becomes_publication_date():
    published = find_dateline(clean_text(NOISY_ARTICLE))
    assert (published.year, published.month, published.day, published.hour) == (2025, 3, 3, 10)


def test_near_copies_and_empty_documents_are_dropped_with_a_problem():
    story = clean_text(NOISY_ARTICLE)
    documents = [
        Document(story, source="Elmsbrook Herald"),
        Document(story + "\nA wire agency contributed to this report.", source="Valley Wire"),
        Document("Advertisement\n\nShare\n", source="Empty Page"),
        Document(
            "A different story entirely: the regional rail line will reopen in May after two "
            "years of works, the operator said on Tuesday, with trains every half hour between "
            "Elmsbrook and the coast.",
            source="Rail Weekly",
        ),
    ]
    cleaned = clean_documents(documents)
    assert [d.source for d in cleaned.documents] == ["Elmsbrook Herald", "Rail Weekly"]
    assert cleaned.kept == [0, 3]
    messages = {p.where: p.message for p in cleaned.problems}
    assert "near copy of Elmsbrook Herald" in messages["Valley Wire"]
    assert "no article text" in messages["Empty Page"]


FURNITURE_IN_THE_WILD = [
    "Join our commenting forum",
    "Thank you for registering",
    "Please refresh the page",
    "Skip to main content",
    "This page is not available",
    "The page no longer exists",
    "Live updates",
    "Load more updates",
    "Back to top",
    "loading error",
    "Advertisement",
    "Credit: ",
    "Source: ONE News",
]


def test_no_furniture_survives_in_the_shared_seeds(shared_seeds):
    import re

    for path in shared_seeds:
        raw = path.read_text(encoding="utf-8")
        cleaned = clean_text(raw)
        lines = [line.strip() for line in cleaned.splitlines() if line.strip()]
        for line in lines:
            assert not re.fullmatch(r"\d{1,2}:\d{2}", line), f"{path.name}: duration {line!r}"
            assert line.lower() not in {"share", "refresh", "advertisement"}, f"{path.name}: {line}"
            for furniture in FURNITURE_IN_THE_WILD:
                assert furniture.lower() not in line.lower(), f"{path.name}: {line!r}"
        # Every line that is not furniture is kept verbatim.
        kept = set(lines)
        for line in raw.replace("\u00a0", " ").splitlines():
            if line.strip() and not is_furniture(line):
                assert line.strip() in kept or line.strip() in cleaned or _in_video_card(raw, line)


def _in_video_card(raw: str, line: str) -> bool:
    """Lines of a video card (title above a duration, blurb below it) go with the card."""
    import re

    lines = [x.strip() for x in raw.splitlines() if x.strip()]
    i = lines.index(line.strip())
    window = lines[max(0, i - 3) : i + 2]
    return any(re.fullmatch(r"\d{1,2}:\d{2}", x) for x in window)


def test_a_fuller_near_copy_replaces_the_short_excerpt_it_contains():
    story = clean_text(NOISY_ARTICLE)
    excerpt = "\n\n".join(story.split("\n\n")[2:4])
    documents = [
        Document(excerpt, source="Brief Wire"),
        Document(story, source="Full Herald"),
    ]
    cleaned = clean_documents(documents, Options(min_document_words=5))
    assert [d.source for d in cleaned.documents] == ["Full Herald"]
    assert cleaned.kept == [1]
    assert [(p.where, "near copy of Full Herald" in p.message) for p in cleaned.problems] == [
        ("Brief Wire", True)
    ]


def test_near_copies_are_found_as_a_scan_of_every_pair_finds_them():
    import random

    from newsfuse.clean import shingle_overlap, shingles

    rng = random.Random(7)
    words = [f"w{n}" for n in range(60)]
    texts = []
    for _ in range(40):
        if texts and rng.random() < 0.4:  # part of an earlier text, perhaps with more after it
            base = rng.choice(texts).split()
            cut = rng.randint(len(base) // 2, len(base))
            texts.append(" ".join(base[:cut] + rng.choices(words, k=rng.choice([0, 5, 40]))))
        else:
            texts.append(" ".join(rng.choices(words, k=rng.randint(30, 80))))
    cleaned = clean_documents(
        [Document(t, source=f"outlet {i}") for i, t in enumerate(texts)],
        Options(min_document_words=5),
    )
    kept = [texts[i] for i in cleaned.kept]
    threshold = Options().duplicate_threshold
    for i, first in enumerate(kept):  # no two kept texts are near copies
        for second in kept[i + 1 :]:
            assert shingle_overlap(shingles(first), shingles(second)) < threshold
    assert len(cleaned.kept) + len(cleaned.problems) == len(texts)


def test_machine_notices_go_however_long_their_line():
    notices = [
        "Media playback is unsupported on your device Media caption The view from the old "
        "bridge as the river rose on Sunday",
        "Interested in Elmsbrook? Add Elmsbrook as an interest to stay up to date on the latest "
        "Elmsbrook news, video, and analysis from Valley News. Add Interest",
        "These crawls are part of an effort to archive pages as they are created and archive the "
        "pages that they refer to. " + "That way a link to the version that was live is kept. " * 8,
    ]
    story = clean_text(NOISY_ARTICLE)
    text = "\n\n".join([story.split("\n\n")[0], *notices, *story.split("\n\n")[1:]])
    cleaned = clean_text(text)
    assert cleaned == story


def test_a_video_caption_that_quotes_someone_keeps_the_speaker_and_the_words():
    text = (
        "Storm floods Kell harbour\n"
        "Media playback is unsupported on your device Media caption Kell harbour master Ivo "
        'Brandt: "We have never seen the water this high in forty years"\n'
        "Media caption The BBC's Ann Roe reports from the quay\n"
        "Waves broke over the harbour wall in Kell on Sunday night, flooding thirty homes along "
        "the quay and cutting power to the old town.\n"
        "Ivo Brandt said the sea wall would be inspected on Monday."
    )
    cleaned = clean_text(text)
    assert 'Kell harbour master Ivo Brandt: "We have never seen' in cleaned.splitlines()[1]
    assert "Media" not in cleaned and "Ann Roe" not in cleaned
    for model in ("rules", "auto"):
        briefing = brief([Document(text, source="Kell Post")], entity_model=model)
        assert [(q.speaker, q.text[:20]) for q in briefing.quotes] == [
            ("Ivo Brandt", "We have never seen t")
        ]
    # A label that names whom the words are for does not make that person the speaker.
    letter = text.replace("Kell harbour master Ivo", "An open letter to Ivo")
    quotes = brief([Document(letter, source="Kell Post")], entity_model="rules").quotes
    assert [q.speaker for q in quotes] == [None]


def test_a_photo_caption_with_its_credit_goes_and_a_paragraph_with_a_credit_stays():
    captions = [
        "Members of the Elmsbrook council stand on the old bridge at dusk on March 2. "
        "(Jonas Hale / Staff Photographer)",
        "Councillor Ada Brink speaks in the council chamber in Elmsbrook, Monday, March 3, 2025. "
        "(AP Photo/Jonas Hale)",
        "Ada Brink walks across the bridge in Elmsbrook on Monday. The town council of Elmsbrook "
        "voted 7 to 2 on Monday to repair the 1890 stone bridge rather than replace it, and "
        "repairs will cost 1.4 million euros and close the bridge for eight weeks while the "
        "masons... (Associated Press)",
        "3/12 On the vote “We owe it to the people who built it, and to those who will cross it in "
        "a hundred years, long after every one of us in this chamber is gone,” said the councillor "
        "Ada Brink as the council met. Getty Images",
        "CLOSE The Elmsbrook council voted to repair the 1890 stone bridge. Jonas Hale has more.",
    ]
    for caption in captions:
        assert is_furniture(caption), caption
    # Wire copy appends the credit of the photo set beside a long paragraph: the paragraph stays.
    paragraph = " ".join(["The council will repair the bridge, which has stood since 1890."] * 5)
    assert not is_furniture(f"{paragraph} (Jonas Hale/Elmsbrook Herald Photo)")
    assert not is_furniture("The minister resigned on Monday, the agency said. (Reuters)")
    assert not is_furniture("24/7 Wall St. compiled a list of the towns with the oldest bridges.")
    assert not is_furniture("Close to 100 people watched the council vote on the bridge.")


def test_doubled_quote_marks_of_wire_copy_become_curly_quotes():
    text = (
        "ARLEN, Ore. _ The mill will close, its owner said. ``We tried everything,'' said"
        " Ida Marsh.\n"
        "''It is a sad day for the valley,'' the mayor said. ''Nobody saw it coming.''\n"
        "The new gate is 6'2'' high.\n"
        "``Our motto was `Just Do It,''' said Ana Lind. ``Now it is `Let's Go.'''"
    )
    cleaned = clean_text(text)
    assert "“We tried everything,” said Ida Marsh." in cleaned
    assert "“It is a sad day for the valley,” the mayor said. “Nobody saw it coming.”" in cleaned
    assert "6'2'' high" in cleaned  # an inch mark stays
    # a quotation inside one closes with it: the single mark, then the double
    assert "“Our motto was `Just Do It,'” said Ana Lind. “Now it is `Let's Go.'”" in cleaned


def test_closing_marks_lost_to_a_wrong_decoding_are_mended_and_the_quote_has_its_speaker():
    broken = "\ufffd?"
    text = (
        "Ida Marsh ran the Arlen mill for twenty years before it closed last spring.\n"
        f"“We tried everything we could to keep the old mill running,{broken} Marsh said."
        f" “Nobody in the valley saw it coming.{broken}\n"
        f"A sign on the gate read: closed{broken} and nothing else."
    )
    cleaned = clean_text(text)
    assert "running,” Marsh said. “Nobody in the valley saw it coming.”" in cleaned
    assert f"closed{broken} and" in cleaned  # no quotation open: left as it is
    briefing = brief(
        [
            Document(text=text, source="Wire"),
            Document(
                text="The Arlen paper mill, the valley's largest employer, shut last spring,"
                " costing 300 jobs. Marsh said the plant had lost money for five years.",
                source="Paper",
            ),
        ]
    )
    speakers = {quote.text.split(",")[0]: quote.speaker for quote in briefing.quotes}
    assert speakers["We tried everything we could to keep the old mill running"] == "Ida Marsh"


def test_quotes_in_doubled_marks_are_found_with_their_speakers():
    briefing = brief(
        [
            Document(
                text="ARLEN, Ore. _ The Arlen paper mill will close in June after 80 years,"
                " its owner said on Monday.\n"
                "``We tried everything we could to keep the mill running,'' said Ida Marsh,"
                " the owner's chief executive.\n"
                "''It is a sad day for the whole valley and its families,'' Mayor Otto Brell"
                " said.",
                source="Wire",
            ),
            Document(
                text="The Arlen paper mill, the valley's largest employer, will shut in June,"
                " costing 300 jobs.\nMarsh said the plant had lost money for five years.",
                source="Paper",
            ),
        ]
    )
    speakers = {quote.text.split(",")[0]: quote.speaker for quote in briefing.quotes}
    assert speakers.get("We tried everything we could to keep the mill running") == "Ida Marsh"
    assert speakers.get("It is a sad day for the whole valley and its families") == "Otto Brell"


def test_two_apostrophes_after_a_figure_are_inches_not_a_quotation():
    cleaned = clean_text(
        "Police said the man is 6' 1'' tall. The shop sold a 55'' television.\n"
        "``He was calm the whole time,'' said the teller."
    )
    assert "6' 1'' tall" in cleaned and "a 55'' television" in cleaned
    assert "“He was calm the whole time,” said the teller." in cleaned


def test_straight_marks_among_curly_ones_close_and_open_quotations_with_their_speaker():
    text = (
        "Kell will honour the veterans of its regiment next week, for the duration of the war"
        "“While some of them were wrongly held in camps, these brave men stepped forward to"
        ' defend the town," Sen. Ivo K. Marsh (D-Kell) said. "Their bravery helped to win the'
        ' war and paved the way for a fairer town." A 55" screen will show the ceremony.'
    )
    cleaned = clean_text(text)
    assert "defend the town,” Sen. Ivo K. Marsh (D-Kell) said. “Their bravery" in cleaned
    assert 'fairer town.” A 55" screen' in cleaned  # an inch mark stays
    assert clean_text('He said "no" twice.') == 'He said "no" twice.'  # straight ones alone
    briefing = brief([Document(text=text, source="Wire")])
    speakers = {quote.text.split(" ")[0]: quote.speaker for quote in briefing.quotes}
    assert speakers == {"While": "Ivo K. Marsh", "Their": "Ivo K. Marsh"}


def test_sentences_glued_where_a_paragraph_break_was_lost_are_parted_but_not_addresses():
    cleaned = clean_text(
        "The medal goes to the veterans, said the office of Senator Ivo Marsh.The medal is one"
        " of the highest honours.\nWrite to Ana.Lind@kell.example or read kell.News/town."
    )
    assert "Senator Ivo Marsh. The medal is one" in cleaned
    assert "Ana.Lind@kell.example" in cleaned and "kell.News/town" in cleaned


def test_a_sentence_glued_after_a_roman_numeral_is_parted_but_not_an_initial():
    cleaned = clean_text(
        "The band's men served in World War II.The 12th Company was raised in"
        " Orrin. Its captain, Ann V.Hill, wrote home."
    )
    assert "World War II. The 12th Company" in cleaned
    assert "Ann V.Hill" in cleaned


def test_a_video_card_that_a_scrape_puts_on_one_line_is_furniture():
    card = (
        "JUST WATCHED Heron chicks hatch at Kell marsh Replay More Videos ... MUST WATCH Heron"
        " chicks hatch at Kell marsh 01:12"
    )
    assert is_furniture(card)
    assert not is_furniture("Wardens said they had just watched the first chicks hatch.")


def test_apostrophes_lost_to_a_wrong_decoding_are_mended_but_not_questions_or_addresses():
    cleaned = clean_text(
        "The Harbour Board?s report said it isn?t safe. Mayor Ann Voss\ufffds aide agreed.\n"
        "Was it safe? Officials said no. See kell.example/index.php?s=ferry for the report."
    )
    assert "The Harbour Board’s report said it isn’t safe" in cleaned
    assert "Mayor Ann Voss’s aide" in cleaned
    assert "Was it safe? Officials" in cleaned and "index.php?s=ferry" in cleaned


def test_a_name_with_a_mis_decoded_possessive_is_the_same_entity():
    text = (
        "Ann Voss opened the new ferry terminal in Kell on Monday.\n"
        "Ann Voss?s office said the terminal cost four million crowns.\n"
        "Critics said Ann Voss?s plan ignored the fishermen of the harbour."
    )
    briefing = brief([Document(text=text, source="Kell Post")])
    names = [entity.name for entity in briefing.entities + briefing.other_entities]
    assert "Ann Voss" in names
    assert not [name for name in names if "?" in name]


def test_text_decoded_with_the_wrong_code_page_is_mended_and_its_quotes_found():
    # UTF-8 read as Latin-1: “ becomes "â\x80\x9c"; é becomes "Ã©"; a cp1252 dash stays "\x97".
    said = "“the ferry to Orrin will sail again on Monday morning”".encode().decode("latin-1")
    text = (
        f"The harbour master of Kell-Québec, Ann Voss, said {said}.\n".replace(
            "é", "é".encode().decode("latin-1")
        )
        + "The storm\x97the worst in a decade\x97closed the port for three days last week.\n"
        + "Fishermen in Kell said they had lost a week of work to the storm and the closure."
    )
    cleaned = clean_text(text)
    assert "Kell-Québec" in cleaned and "“the ferry to Orrin" in cleaned
    assert "storm—the worst in a decade—closed" in cleaned
    briefing = brief([Document(text=text, source="Kell Post")])
    assert [(q.text, q.speaker) for q in briefing.quotes] == [
        ("the ferry to Orrin will sail again on Monday morning", "Ann Voss")
    ]


def test_clean_text_leaves_curly_quotes_and_accents_alone():
    text = "Ann Voss said “the café in Kell will reopen” and waved — naïvely, some said."
    assert clean_text(text) == text
