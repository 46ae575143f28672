"""Which entities matter to a story: a salience for each, from where and how it is named.

A careful reader lists the people, organisations and places the story is about, not every name
the articles print. A name counts fully where the narrative names it; less inside someone's
quoted words (a politician's aside about Rome is not the story) and hardly at all as the state
that places a town ("Nantucket, Mass.") unless several outlets place the story's town there.
Naming by several outlets, in an article's opening and as the speaker of a quote add to it, and
so does naming in the briefing's own summary (the reader meets the name there and looks it up in
the list). The briefing's ``entities`` are those above
``MIN_SALIENCE``, at most ``Options.briefing_entities`` of them; the others are kept in
``other_entities``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsfuse.briefing.entities import (
    BROADCASTER_NAME,
    CREDIT_LABELS,
    DATELINE_REACH,
    DATELINE_TOWN,
    EVENT_WORDS,
    HEAD_ON,
    ON_HEADS,
    ORGANISATION,
    OTHER,
    PERSON,
    PLACE,
    PLACE_SUFFIXES,
    EntityIndex,
    Mention,
    alias_table,
    known_kind,
    listed_works,
    strip_name,
)
from newsfuse.briefing.model import Entity
from newsfuse.briefing.speakers import SPEECH_VERBS, first_name_gender
from newsfuse.domain import Document

#: What one mention inside a quotation counts, against 1 for a mention in the narrative.
QUOTED_WEIGHT = 0.4
#: The score of a people's adjective of a place ("Syrian"): listed neither as an entity nor
#: among the other names.
NOT_A_NAME = -1.0
#: What a mention as the state or country after a town ("Polson, Montana") counts.
QUALIFIER_WEIGHT = 0.1
#: Added once to a place that this many outlets or more name as the one a town is in
#: ("Kell, Velmar" in two articles): the country of the story's setting, not one detail's.
SETTING_OUTLETS = 2
SETTING_WEIGHT = 1.0
#: What an outlet named as the one spoken to counts where an article names it so twice or more
#: ("told USA Today", "USA Today's request for comment"): the outlet crediting itself; also a
#: name in the caption that introduces a video.
PRESS_WEIGHT = 0.2
#: How many times an article names an outlet as the one told or asking when it is its own.
#: In an article's lead ("Ann Voss has told the Velmar Times that ...") the interview is the
#: news itself, and the outlet counts as any name the narrative gives there.
SELF_CREDITS = 2
#: What every other mention of an outlet counts in the article it is the source of.
OWN_OUTLET_WEIGHT = 0.1
#: Added to a person a review names as one of a film's roles or as the actor playing it.
CAST_BONUS = 1.0
#: What a first name alone counts ("His wife Lynn"): a passer-by more than a party.
FIRST_NAME_WEIGHT = 0.4
#: What a place or an organisation counts as where someone comes from ("a teacher from
#: Ostrava") or as a word that describes something else ("the Manhattan billionaire").
ORIGIN_WEIGHT = 0.5
#: What a place's salience counts against a person's or an organisation's: places are where
#: things happen, and one the story names once is the setting of a detail.
PLACE_WEIGHT = 0.75
#: Added per outlet beyond the first that names the entity in its narrative.
OUTLET_BONUS = 1.0
#: Added when an article names the entity in its first ``LEAD_CHARACTERS`` characters.
LEAD_BONUS = 1.0
LEAD_CHARACTERS = 400
#: Added when the entity speaks one of the briefing's quotes.
SPEAKER_BONUS = 1.0
#: Added when a sentence of the briefing's summary names the entity in its narrative (not in
#: passing, not inside a quotation): a name the summary prints is one the reader looks for.
SUMMARY_BONUS = 1.0
#: Entities below this salience are not listed under ``entities`` (one narrative mention is 1;
#: a place's bar is lowered by ``PLACE_WEIGHT`` too, so that a place the narrative names once is
#: listed: on the fresh gold sets that found more of the places readers list, at no precision).
MIN_SALIENCE = 1.0

# "Nantucket, Mass.", "New Haven, Conn.," "Polson, Montana.": a place after a town and a comma.
_QUALIFIER_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s$")
_QUALIFIER_AFTER = re.compile(r"^\.?(?:[,;:)]|\.(?:\s|$)|\s[a-z]|\s*$)")
_ORIGIN = re.compile(r"\bfrom (?:the )?$")
_STAFF = {
    "inspector", "inspectors", "paramedics", "paramedic", "officer", "officers", "employee",
    "employees", "staff", "worker", "workers", "agent", "agents", "investigators", "firefighters",
    "veteran", "alumnus", "graduate", "retiree", "colleague", "colleagues",
}  # fmt: skip
# Nouns after a body's name that make it an election's: "the Velmar Senate race".
_CONTEST = {"race", "races", "seat", "seats", "contest", "runoff", "primary", "election"}
_NEXT_WORD = re.compile(r"(?:-| )([a-z]+)\b")
# An outlet as the one told or asking: "told (the) X", "confirmed to X", "X's request for comment".
_PRESS_BEFORE = re.compile(
    r"\b(?:told|tell|telling|confirm(?:ed|s)?(?: that)? to|said to|interview with"
    r"|spoke (?:to|with)|statement to|calls? from|emails? from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PRESS_AFTER = re.compile(
    r"^(?:[’']s? (?:request|requests|inquiry|questions?)\b| (?:reported|reports|has learned|"
    r"spoke (?:to|with)|obtained|contacted)\b)"
)


def _after(text: str, mention: Mention, length: int) -> str:
    """The ``length`` characters after a name; a possessive the finder took into the mention's
    span ("USA TODAY's") is given back to them."""
    end = mention.end
    if text[end - 2 : end] in ("'s", "’s") and not mention.text.endswith("s"):
        end -= 2
    return text[end : end + length]


def _inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    return _enclosing(spans, starts, position) is not None


def _enclosing(
    spans: list[tuple[int, int]], starts: list[int], position: int
) -> tuple[int, int] | None:
    k = bisect.bisect_right(starts, position) - 1
    return spans[k] if k >= 0 and position < spans[k][1] else None


def _quoted_title(text: str, quoted: tuple[int, int], mention: Mention) -> bool:
    """Whether the quotation marks hold only the name: the title of a work ('the ABC show
    "Harbour Hour"', 'cut from "All the Boats in Kell"'), which the narrative names, not
    someone's words."""
    return strip_name(text[quoted[0] : quoted[1]]) == strip_name(text[mention.start : mention.end])


def _qualifier(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    after = _after(text, mention, 3)
    return bool(_QUALIFIER_BEFORE.search(before) and _QUALIFIER_AFTER.match(after))


def _in_passing(text: str, place: Mention, kind: str | None) -> bool:
    """'a student from Ostrava' (or from a college, a firm), 'the Manhattan billionaire': a
    name that only says where someone or something is from."""
    if kind == PERSON:
        return False
    if _ORIGIN.search(text[max(0, place.start - 6) : place.start]):
        return True
    noun = _NEXT_WORD.match(_after(text, place, 30))
    if noun and noun.group(1) in _ORGANISATION_AFTER:
        return False  # "the Occupy Kell movement" names the movement itself
    if kind != PLACE and " " in place.text:
        # An organisation that only says what someone is ("a retired Postal Service inspector")
        # or which election a race is ("the Velmar Senate race").
        return bool(noun and noun.group(1) in _STAFF | _CONTEST)
    return bool(
        noun
        and noun.group(1) not in ENGLISH_STOP_WORDS
        and not re.fullmatch(rf"\w+(?:ed|ly|s|ing)|{SPEECH_VERBS}", noun.group(1))
    )


def _before_a_noun(text: str, mention: Mention) -> bool:
    """Whether a lower-case noun follows the name ("Occupy protesters", "the Kell site"): no
    stop word, verb of speech, participle or adverb ("Kell said", "Kell and Velmar")."""
    noun = _NEXT_WORD.match(_after(text, mention, 30))
    return bool(
        noun
        and noun.group(1) not in ENGLISH_STOP_WORDS
        and not re.fullmatch(rf"\w+(?:ed|ly|ing)|{SPEECH_VERBS}", noun.group(1))
    )


def _introduces_media(text: str, mention: Mention) -> bool:
    """Whether the name is in a line that ends in a colon without anyone speaking: the caption
    that introduces a video, a post or another article ("... at the show with Ann Lee:")."""
    line_end = text.find("\n", mention.end)
    line = text[text.rfind("\n", 0, mention.start) + 1 : len(text) if line_end < 0 else line_end]
    return line.rstrip().endswith(":") and not re.search(rf"\b(?:{SPEECH_VERBS})\b", line)


_CITES_BEFORE = re.compile(r"\b(?:reports?|reported|according to)\s+(?:the\s+)?$", re.IGNORECASE)
_CITES_AFTER = re.compile(r"^\s(?:reported|reports|has learned|obtained)\b")


def _cites(text: str, mention: Mention) -> bool:
    """'reports the Herald', 'the Herald reported': an article citing another outlet's work."""
    before = text[max(0, mention.start - 30) : mention.start]
    return bool(_CITES_BEFORE.search(before) or _CITES_AFTER.match(_after(text, mention, 20)))


_LABEL = re.compile(r"\b([A-Z][a-z]+):")
#: How many credit labels make a line a review's block of credits.
CREDIT_LINE_LABELS = 3


def _in_dateline(text: str, mention: Mention) -> bool:
    """ "WASHINGTON (AP) --", "IMPERIAL, Calif. (AP) -": where the article was filed, which
    says little of what it is about (the story's setting when several outlets file there)."""
    if mention.start > DATELINE_REACH:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    found = DATELINE_TOWN.match(text, line_start)
    return bool(found) and mention.end <= found.end()


def _in_credits_line(text: str, mention: Mention) -> bool:
    """Whether the name is in a line of credits: "Cast: Ann Lee Director: ... Music: ..."."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    return _credits_line(text[line_start : len(text) if line_end < 0 else line_end])


@functools.lru_cache(maxsize=256)
def _credits_line(line: str) -> bool:
    if line.count(":") < CREDIT_LINE_LABELS:
        return False
    labels = [w for w in _LABEL.findall(line) if w.lower() in CREDIT_LABELS]
    return len(labels) >= CREDIT_LINE_LABELS


def _press(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(_PRESS_BEFORE.search(before) or _PRESS_AFTER.match(_after(text, mention, 30)))


def _first_name_only(name: str, kind: str) -> bool:
    return kind == PERSON and " " not in name and first_name_gender(name) is not None


def _short_forms(entities: list[Entity]) -> dict[str, str]:
    """One-word "persons" that are the first word of one place or organisation of the story and
    no first name: "Dilworth" for Dilworth Plaza ("the money that will transform Dilworth")."""
    firsts: dict[str, list[str]] = defaultdict(list)
    for entity in entities:
        if " " in entity.name and entity.kind in (PLACE, ORGANISATION):
            firsts[entity.name.split()[0]].append(entity.name)
    return {
        e.name: firsts[e.name][0]
        for e in entities
        if e.kind == PERSON
        and len(firsts.get(e.name, ())) == 1
        and first_name_gender(e.name) is None
    }


#: Heads of a body's or an event's name that, capitalised alone, stand for the full name told
#: before ("the House Intelligence Committee ... the Committee", "the Sydney Games ... the Games").
_GENERIC_HEADS = {
    "committee", "commission", "council", "board", "agency", "panel", "tribunal", "ministry",
    "department", "games", "championships",
}  # fmt: skip


def _generic_heads(entities: list[Entity]) -> dict[str, str]:
    """One-word names that are a generic head ("Committee", "Games") of fuller names of the
    story: the shorthand of the one that most of its outlets name too (then the most named)."""
    found = {}
    for entity in entities:
        head = entity.name.lower()
        if " " in entity.name or head not in _GENERIC_HEADS:
            continue
        fuller = [e for e in entities if e.name.lower().endswith(" " + head)]
        if fuller:
            outlets = set(entity.mentions)
            found[entity.name] = max(
                fuller, key=lambda e: (len(outlets & set(e.mentions)), e.total, e.name)
            ).name
    return found


def _shared_words(entities: list[Entity], standalone: set[str]) -> set[str]:
    """One-word names that open two or more other names of the story and are only ever written
    before a noun: "Occupy" of "the Occupy movement", "Occupy protesters", where the story also
    names Occupy Kell and Occupy Velmar. Which one it means the reader cannot tell: it is the
    word they share, no entity of its own."""
    openers = Counter(e.name.split()[0] for e in entities if " " in e.name)
    known = alias_table()  # "US officials", "US Navy", "US Army": the US all the same
    return {
        e.name
        for e in entities
        if " " not in e.name
        and e.kind not in (PERSON, ORGANISATION)  # "Google" of Google Maps is Google itself
        and e.name not in standalone
        and openers[e.name] >= 2
        and e.name.lower().replace(".", "") not in known
    }


# A family name, then a given name of two syllables joined by a hyphen, the second in lower
# case, as the press writes Chinese and Korean names: "Sun Tao-yu", "Moon Jae-in".
_FAMILY_THEN_GIVEN = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{1,5}")

#: How a people's name is made from its country's: Syria-n, Iraq-i, Ukrain-ian, Chin-ese.
#: Its people's noun too: London-ers, Occup-iers (of a movement the finders read as a place).
_DEMONYM_ENDINGS = ("n", "an", "ian", "vian", "i", "ese", "ish", "er", "ers", "ier", "iers")


def is_demonym(name: str, place: str) -> bool:
    """Whether ``name`` is the people's adjective of ``place`` ("Syrian" of "Syria")."""
    stems = {place, place[:-1]} if len(place) >= 5 else {place}
    return any(name == stem + ending for stem in stems for ending in _DEMONYM_ENDINGS)


def _demonyms(entities: list[Entity]) -> dict[str, str]:
    """One-word names that are the adjective of a place of the story ("Syrian" of Syria): the
    place is what the story names, so the adjective is no entity of its own."""
    places = {e.name for e in entities if e.kind == PLACE and " " not in e.name}
    found = {}
    for entity in entities:
        name = entity.name
        if " " in name or not name.istitle():
            continue
        for place in places - {name}:
            if is_demonym(name, place):
                found[name] = place
                break
    return found


# Endings of a people's or a faith's adjective: "Peruvian", "Jewish", "Chinese", "Korean",
# "Mexican", "Islamic" (and "Olympic": "Olympic champions" name no one).
_ADJECTIVE_ENDING = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean|ican|ic)")
# A name used as an adjective with no noun after it: "most of those arrested were Indian",
# "their non-Indian neighbours".
# ("seen as Asian", "being Asian", "another Asian": a person of a people, no name either)
_PREDICATE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|became|become|as|being|another)\s+(?:\w+ly\s+)?|\bnon-)$"
)
#: A name of a people's adjective's shape is one when at most this share of its mentions stand
#: alone (no noun after it, no "is" before it): "the Indian gambling boom" (a noun after a
#: participle) reads as standalone; a surname of that shape ("Bastian said") mostly does.
ADJECTIVE_ALONE = 0.2
# A people named in the plural: "Acadians", "Europeans", "Americans" (not "Evans").
_PEOPLES_PLURAL = re.compile(r"[A-Z][a-z]+(?:ians|eans|icans)")


def _adjectives(entities: list[Entity], standalone: set[str]) -> dict[str, str]:
    """One-word names with a people's adjective's ending that the cluster writes before a noun
    ("Peruvian police", "a Jewish student") all but seldom (``standalone``: the others): an
    adjective, no entity, whether or not the story names the place. A first name ("Brian") is
    no adjective."""
    return {
        e.name: e.name
        for e in entities
        if e.name in _PEOPLES
        or (
            " " not in e.name
            and (e.name not in standalone or _PEOPLES_PLURAL.fullmatch(e.name))
            and (_ADJECTIVE_ENDING.fullmatch(e.name) or _PEOPLES_PLURAL.fullmatch(e.name))
            and first_name_gender(e.name) is None
        )
    }


def _families(
    index: EntityIndex, mentions: list[Mention], documents: list[Document]
) -> dict[str, str]:
    """ "the Shaws" or "the Vosses" where the story names Alan Shaw or Ann and Ben Voss: a family,
    no person of its own. Each such plural (one the texts always write after "the") with the one
    person whose surname it is, to whom what it has goes; "" where several people share it."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for entity in index.entities:
        if entity.kind == PERSON and " " in entity.name:
            by_surname[entity.name.split()[-1]].append(entity.name)
    after_the: dict[str, bool] = {}
    surname_of: dict[str, str] = {}
    for mention in mentions:
        name = index.name_of(mention.text)
        if not name or " " in name:
            continue
        surname = next((name[: -len(e)] for e in ("es", "s") if name.endswith(e)), "")
        if surname in by_surname:
            before = documents[mention.doc_index].text[max(0, mention.start - 4) : mention.start]
            after_the[name] = after_the.get(name, True) and before.lower() == "the "
            surname_of[name] = surname
    return {
        name: by_surname[surname_of[name]][0] if len(by_surname[surname_of[name]]) == 1 else ""
        for name, always in after_the.items()
        if always
    }


#: Peoples' adjectives no spelling rule finds from their country's name: "the British" are no
#: entity of their own, whether or not a noun follows.
_PEOPLES = {
    "British", "English", "French", "Dutch", "Welsh", "Scottish", "Irish", "Swiss", "Greek",
    "Spanish", "Danish", "Swedish", "Finnish", "Polish", "Turkish", "Thai", "Filipino",
    "Afghan", "Czech", "Slovak", "Norwegian", "Portuguese", "Icelandic",
}  # fmt: skip


def entity_salience(
    index: EntityIndex,
    mentions: list[Mention],
    documents: list[Document],
    quote_spans: list[list[tuple[int, int]]],
    speakers: set[str],
    summary_spans: list[list[tuple[int, int]]] | None = None,
) -> dict[str, float]:
    """Salience of every entity of ``index``, by name; ``quote_spans[doc_index]`` are the
    (start, end) of that document's quotations, ``speakers`` the names that speak a quote,
    ``summary_spans[doc_index]`` the (start, end) of its sentences the summary chose."""
    spans = [sorted(s) for s in quote_spans]
    starts = [[s for s, _ in doc] for doc in spans]
    chosen = [sorted(s) for s in summary_spans or [[] for _ in documents]]
    chosen_starts = [[s for s, _ in doc] for doc in chosen]
    summarised: set[str] = set()  # named in the narrative of a summary sentence
    standalone: set[str] = set()  # named once or more with no lower-case noun after it
    # mentions of each name, and those neither before a noun nor after "is" ("were Indian")
    uses: Counter = Counter()
    alone: Counter = Counter()
    weight: dict[str, float] = defaultdict(float)
    narrated: dict[str, set[int]] = defaultdict(set)  # documents that name it in the narrative
    lead: set[str] = set()
    asked: dict[str, Counter] = defaultdict(Counter)  # outlet told or asking, per document
    # Other mentions per document, with what they would count if the outlet is not the
    # article's own: (document, weight, in the lead, in a summary sentence).
    elsewhere: dict[str, list[tuple[int, float, bool, bool]]] = defaultdict(list)
    cited: dict[str, set[int]] = defaultdict(set)  # documents that cite the outlet's report
    qualifying: dict[str, set[int]] = defaultdict(set)  # documents that name a town's country
    for mention in mentions:
        name = index.name_of(mention.text)
        if name is None:
            continue
        text = documents[mention.doc_index].text
        uses[name] += 1
        if not _before_a_noun(text, mention):
            standalone.add(name)
            if not _PREDICATE.search(
                text, max(0, mention.start - 30), mention.start
            ) and not _PEOPLES_PLURAL.fullmatch(mention.text):  # "Asians were": a people
                alone[name] += 1
        if _cites(text, mention):
            cited[name].add(mention.doc_index)
        # (a name read as a firm after "Experian, " is an item of a list, no state after a town)
        if (
            (_qualifier(text, mention) and mention.kind != ORGANISATION)
            or (index.kind_of(name) == PLACE and _in_credits_line(text, mention))
            or _in_dateline(text, mention)
        ):
            # "Nantucket, Mass."; "HORROR: Velmar, 2010 ... Director: ...": a film's country
            weight[name] += QUALIFIER_WEIGHT
            qualifying[name].add(mention.doc_index)
        elif _in_passing(text, mention, index.kind_of(name)):
            weight[name] += ORIGIN_WEIGHT
        elif _introduces_media(text, mention):
            weight[name] += PRESS_WEIGHT
        elif _press(text, mention) and mention.start >= LEAD_CHARACTERS:
            asked[name][mention.doc_index] += 1
        elif (
            quoted := _enclosing(spans[mention.doc_index], starts[mention.doc_index], mention.start)
        ) and not _quoted_title(text, quoted, mention):
            elsewhere[name].append((mention.doc_index, QUOTED_WEIGHT, False, False))
        else:
            in_summary = _inside(
                chosen[mention.doc_index], chosen_starts[mention.doc_index], mention.start
            )
            elsewhere[name].append(
                (mention.doc_index, 1.0, mention.start < LEAD_CHARACTERS, in_summary)
            )
    for name, per_document in asked.items():
        # An outlet that one article names as the one told or asking twice or more is that
        # article's own ("told USA TODAY", "USA TODAY's request for comment"), wherever it is
        # named so; named so once per article, it is another outlet the story quotes ("she
        # told the Velmar Times").
        own = max(per_document.values()) >= SELF_CREDITS
        weight[name] += sum(per_document.values()) * (OWN_OUTLET_WEIGHT if own else 1.0)
    for name, counted in elsewhere.items():
        # In its own article every other mention of the outlet is the outlet too ("the
        # Herald's Ann Lee in Kell says", "residents told the Herald" in the lead): the source,
        # not the story. An article that says the outlet reports something cites another's.
        own_in = {
            d
            for d, n in asked.get(name, {}).items()
            if n >= SELF_CREDITS and d not in cited.get(name, ())
        }
        for doc_index, share, in_lead, in_summary in counted:
            if doc_index in own_in:
                weight[name] += OWN_OUTLET_WEIGHT
                continue
            weight[name] += share
            if share == 1.0:
                narrated[name].add(doc_index)
                lead |= {name} if in_lead else set()
                summarised |= {name} if in_summary else set()
    for name, outlets in qualifying.items():
        if len(outlets) >= SETTING_OUTLETS and index.kind_of(name) == PLACE:
            weight[name] += SETTING_WEIGHT
    mostly_alone = {name for name in uses if alone[name] > ADJECTIVE_ALONE * uses[name]}
    demonyms = _demonyms(index.entities) | _adjectives(index.entities, mostly_alone)
    families = _families(index, mentions, documents)
    short_forms = (
        _short_forms(index.entities)
        | _generic_heads(index.entities)
        | demonyms
        | {name: full for name, full in families.items() if full}
    )
    # (a family several people of the story belong to goes to none of them)
    shared = _shared_words(index.entities, standalone) | {n for n, f in families.items() if not f}
    for short, full in short_forms.items():  # all it has goes to the name it shortens
        weight[full] += weight.pop(short, 0.0)
        narrated[full] |= narrated.pop(short, set())
        lead |= {full} if short in lead else set()
        summarised |= {full} if short in summarised else set()
    cast = _cast(index, mentions, documents)
    scores = {}
    for entity in index.entities:
        score = (
            weight.get(entity.name, 0.0)
            + OUTLET_BONUS * max(len(narrated.get(entity.name, ())) - 1, 0)
            + LEAD_BONUS * (entity.name in lead)
            + SPEAKER_BONUS * (entity.name in speakers)
            + SUMMARY_BONUS * (entity.name in summarised)
            + CAST_BONUS * (entity.name in cast)
        )
        if _first_name_only(entity.name, entity.kind) and entity.name not in cast:
            score *= FIRST_NAME_WEIGHT
        elif entity.kind == PLACE:
            score *= PLACE_WEIGHT
        scores[entity.name] = 0.0 if entity.name in short_forms or entity.name in shared else score
        if entity.name in demonyms:
            scores[entity.name] = NOT_A_NAME  # "Syrian": its mentions count for Syria
    return scores


# "Gwen Marsh (Ann Lee)": a role and the actor in brackets after it; "Ann Lee as Gwen Marsh",
# "Lee plays Gwen Marsh": the role after the actor.
_ACTOR_AFTER = re.compile(r"\s*\(\s*$")
_ROLE_BEFORE = re.compile(r"(?:\bas|\bplays|\bplayed|\bplaying)\s+(?:the\s+)?$")


#: Last words of the names of laws, taxes and treaties (kind other, as works are); not "law":
#: "Herman Law" is a firm.
_LAW_WORDS = {
    "tax", "act", "bill", "treaty", "accord", "accords", "agreement", "amendment",
    "directive", "ordinance",
}  # fmt: skip


def _cast(index: EntityIndex, mentions: list[Mention], documents: list[Document]) -> set[str]:
    """Persons a review names as a film's roles or as the actors who play them: the people of
    its story, however seldom it names them again ("the gypsy woman Maleva (Ann Lee)")."""
    by_doc: dict[int, list[tuple[Mention, str]]] = defaultdict(list)
    for mention in mentions:
        name = index.name_of(mention.text)
        if name is not None and index.kind_of(name) == PERSON:
            by_doc[mention.doc_index].append((mention, name))
    cast: set[str] = set()
    for doc_index, named in by_doc.items():
        text = documents[doc_index].text
        named.sort(key=lambda pair: pair[0].start)
        for (first, first_name), (second, second_name) in zip(named, named[1:], strict=False):
            between = text[first.end : second.start]
            if _ACTOR_AFTER.fullmatch(between) and text.startswith(")", second.end):
                cast |= {first_name, second_name}  # "Maleva (Ann Lee)"
            elif len(between) < 12 and _ROLE_BEFORE.search(between):
                cast |= {first_name, second_name}  # "Ann Lee as Maleva", "Lee plays Maleva"
        for mention, name in named:
            before = text[max(0, mention.start - 12) : mention.start]
            if re.search(r"\(\s*$", before) and text.startswith(")", mention.end):
                cast.add(name)  # "his brother (Ivo Marsh)": an actor credited in brackets
    return cast


def select_entities(
    entities: list[Entity], scores: dict[str, float], limit: int
) -> tuple[list[Entity], list[Entity]]:
    """(the entities that matter, most salient first, at most ``limit``; all the others)."""
    # Ties keep the merger's order: more mentions, more outlets, named earlier.
    ranked = sorted(entities, key=lambda e: -scores.get(e.name, 0.0))
    shown = [
        e
        for e in ranked
        if scores.get(e.name, 0.0) >= MIN_SALIENCE * (PLACE_WEIGHT if e.kind == PLACE else 1.0)
    ][:limit]
    chosen = {id(e) for e in shown}
    others = [e for e in entities if id(e) not in chosen and scores.get(e.name, 0.0) > NOT_A_NAME]
    return shown, others


# Words that say what kind of thing the name next to them is: "proxy adviser firm Glass Lewis",
# "the summer hit Baby Driver", "the House of Cards star", "the Deepwater Horizon disaster".
_ORGANISATION_BEFORE = {
    "firm", "group", "company", "agency", "charity", "network", "broadcaster", "newspaper",
    "website", "retailer", "carrier", "airline", "bank", "insurer", "lender", "union", "outlet",
    "publisher", "magazine", "studio", "startup", "manufacturer", "maker", "giant", "watchdog",
    "regulator", "brand", "chain", "label", "consultancy", "band", "cult", "sect", "militia",
}  # fmt: skip
_WORK_BEFORE = {
    "film", "movie", "show", "series", "sitcom", "drama", "documentary", "play", "musical",
    "album", "song", "single", "book", "novel", "memoir", "hit", "programme", "podcast", "game",
    "journal",  # "in the journal Kell Letters": a publication, as a book is
    "special",
}  # fmt: skip
# Nouns after a name that say it is an organisation: "the Occupy Kell movement".
_ORGANISATION_AFTER = {"movement", "campaign", "coalition", "members"}
_OTHER_AFTER = {
    "star", "stars", "cast", "episode", "episodes", "season", "seasons", "creator", "finale",
    "premiere", "sequel", "trailer", "soundtrack", "disaster", "spill", "explosion", "bombing",
    "crash", "shooting", "massacre", "scandal", "summit", "tournament", "championship",
    "festival", "hurricane", "earthquake", "treaty", "pact", "accord",
    # Diseases and viruses, often named for a place or a person: "the West Nile virus", "Lyme
    # disease", "the Chernobyl virus" (of computers), "the Explore.Zip worm".
    "virus", "viruses", "disease", "flu", "fever", "worm",
    # Weapons by model: "a US Predator drone" (not "jet": "a Velmar Air jet" is the airline's).
    "drone", "drones", "missile", "missiles", "rifle", "rifles",
    # Devices: "the Kestrel 360 console" (not "app" or "camera": "the Kell app" is Kell's).
    "console", "consoles", "controller", "controllers", "headset", "headsets", "handset",
    "handsets", "gadget", "gadgets",
}  # fmt: skip
#: A kind cue must come with at least one in this many of a name's mentions (a dateline: one).
_CUED_SHARE = 4
# 'the special “SMD”' too, and an apposition: "the state airline, Air Kell," (the comma only
# for a body's noun, and with the name closed by a comma or a stop: "For the bank, Tarrow is
# now ..." says nothing of Tarrow).
_WORD_BEFORE = re.compile(r"(?<![a-z])([a-z]+)(,?)\s+[\"“‘']?$")  # (tried at word starts)


def _noun_before(text: str, mention: Mention, start: int) -> str | None:
    """The lower-case word right before a mention, or before it and a comma in an apposition
    ("the state airline, Air Kell, ..."); ``start``: where to look from."""
    before = _WORD_BEFORE.search(text[start : mention.start])  # a word cut at ``start`` too
    if before is None:
        return None
    if before.group(2) and (
        before.group(1) not in _ORGANISATION_BEFORE
        or text[mention.end : mention.end + 1] not in ",.;)"
    ):
        return None
    return before.group(1)


# A dateline: "CHRISTCHURCH, New Zealand (Reuters) -", "PORT ALDER (Meridian Wire) —".
_DATELINE = re.compile(
    r"[ \t]*([A-Z][A-Z .'-]*[A-Z])(?:,\s+[A-Z][A-Za-z. ]*)?\s*(?:\([^()]*\)\s*)?[-—–]"
)
# "airs on Comedy Central", "was broadcast on Kell Radio": the name is a channel.
_ON_AIR = re.compile(
    r"\b(?:airs?|aired|airing|broadcast|broadcasts|streams|streamed|streaming|premieres?"
    r"|premiered|premiers|shown|screened|screens)\s+on\s+$"
)
_WORD_AFTER = re.compile(r"^[’']?s?\s+([a-z]+)")
# "Power 105.1's The Breakfast Club", "the network's The Late Hour": a capitalised "The" after a
# possessive opens the title of a show, a book or a film (a newspaper is an organisation).
_TITLE_AFTER_POSSESSIVE = re.compile(r"[\w.)][’']s\s+(?:The\s+)?$")
_PRESS_NAMES = {
    "times", "post", "herald", "gazette", "courier", "daily", "news", "press", "wire", "journal",
    "tribune", "telegraph", "guardian", "observer", "chronicle", "mail", "examiner", "record",
}  # fmt: skip
# Last words of a venue, a place whatever body it houses: "Granary Hall", "Kell Arena",
# "Wellington's Parliament Theatrette".
_VENUE_WORDS = {
    "hall", "theatre", "theater", "theatrette", "arena", "stadium", "cathedral", "palace",
    "auditorium", "amphitheatre", "amphitheater", "ballpark", "coliseum", "colosseum", "chapel",
    "mosque", "temple",
}  # fmt: skip
# Last words of a building that no one's surname is: "Galen Center" is a place, though Galen
# is a first name (a "Center" may also be an organisation: "Pew Research Center").
_BUILDINGS = {
    "center", "centre", "museum", "stadium", "arena", "auditorium", "airport", "ballpark",
    "cathedral", "gallery", "library", "hospital", "mall", "racecourse", "velodrome",
}  # fmt: skip


# Small words inside a title ("A Walk in the Woods", "Real Wives Of Kell Hills"), not a place's.
_TITLE_SMALL_WORDS = {"of", "in", "the", "a", "an", "on", "to", "and", "for", "with", "from"}
# "Iowa State Fair", "Frankfurt Book Fair" are events; "Vanity Fair" is a magazine.
_FAIR_KINDS = {"state", "county", "world's", "book", "trade", "job", "science", "craft", "art"}


_TITLE_OPENS = re.compile(r"[\"“‘']$")
_TITLE_CLOSES = re.compile(r"[,.!?]?[\"”’']")


# "introduced himself as "Johnny"", "a man named "Ivo"": a person's alias in marks, no title.
_ALIAS_BEFORE = re.compile(r"\b(?:as|named|called|nicknamed)\s+[\"“‘']$")


def _in_title_marks(text: str, mention: Mention) -> bool:
    """Whether quotation marks hold the name and nothing else: the title of a work ('the
    documentary "Harbour Lights"', 'a button called "Report Abuse"'). A name that opens with
    a first name ("Ann Lee", a pseudonym "John") or follows "as" or "named" is a person's."""
    return bool(
        _TITLE_OPENS.search(text, max(0, mention.start - 1), mention.start)
        and _TITLE_CLOSES.match(text, mention.end)
        and not _ALIAS_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        and _no_first_name(text[mention.start : mention.end].split()[0])  # "The Wolf Man"
    )


def _no_first_name(word: str) -> bool:
    """Whether ``word`` opens no person's name: no first name, or an article ("The" is a first
    name in the lists, and opens titles)."""
    return word in ("The", "A", "An") or first_name_gender(word) is None


# "Kell Games and its Orrin, its Orrin Fit": a name a company owns, with no noun to say what
# it is, is one of its products.
_OWNED = re.compile(r"(?:\band|,) its $")
# "and its Orr Shipping arm": a part of the company, not a product.
_UNIT_AFTER = re.compile(
    r"\s+(?:arm|unit|subsidiary|division|business|branch|hub|operations?|plant|factory|stake)\b"
)
# "a new controller for the Kestrel 360", "games for Kestrel": a platform, a thing.
# Not "software for Tarrow Air", "a system for the council": a device's nouns only.
_FOR_A_PRODUCT = re.compile(
    r"\b(?:consoles?|controllers?|headsets?|handsets?|sensors?|gadgets?|accessories|games"
    r"|titles|experiences)\s+for\s+(?:the\s+)?$"
)


def named_body(text: str, mention: Mention) -> bool:
    """Whether the common noun right before a name says it is a body ("the firm Kell Lewis",
    "the Japanese cult Aum Kell"), where the name opens with no first name."""
    before = _noun_before(text, mention, max(0, mention.start - 25))
    return bool(
        before in _ORGANISATION_BEFORE and first_name_gender(mention.text.split()[0]) is None
    )


def _cued_kind(text: str, mention: Mention) -> str | None:
    """The kind the words around one mention give it, if any."""
    before = _noun_before(text, mention, max(0, mention.start - 25))
    after = _WORD_AFTER.match(_after(text, mention, 25))
    line_start = text.rfind("\n", 0, mention.start) + 1
    dateline = _DATELINE.match(text, line_start)
    if dateline and dateline.end(1) >= mention.end:
        return PLACE
    if (
        before in _ORGANISATION_BEFORE
        or (after and after.group(1) in _ORGANISATION_AFTER)
        or (
            text.startswith("on ", mention.start - 3)
            and _ON_AIR.search(text[max(0, mention.start - 25) : mention.start])
        )
    ):
        return ORGANISATION
    if (
        before in _WORK_BEFORE
        or (after and after.group(1) in _OTHER_AFTER)
        or (
            _OWNED.search(text, max(0, mention.start - 20), mention.start)
            and not _UNIT_AFTER.match(text, mention.end)
        )
        or _FOR_A_PRODUCT.search(text, max(0, mention.start - 30), mention.start)
        or _in_title_marks(text, mention)
        or (mention.start, mention.end) in listed_works(text)
    ):
        return OTHER
    # The model's span may hold the "The" of a title; the finder's name never does.
    the = text.startswith(("The ", "the "), mention.start)
    possessive = _TITLE_AFTER_POSSESSIVE.search(text[max(0, mention.start - 25) : mention.start])
    if (
        possessive
        and (the or possessive.group().endswith(("The ", "The\n")))
        and mention.text.split()[-1].lower() not in _PRESS_NAMES
    ):
        return OTHER
    return None


# Words before a name that make it a place: "the capital, Bamako", "the towns of Kell, Orr and
# Tam" (each of the list), "downtown Kell", "outside Kell", "residents of Kell", "north of Kell".
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:capital|towns?|cities|city|villages?|regions?|provinces?|districts?|islands?"
    r"|countr(?:y|ies)|nations?)"
    r"(?:\s+of|\s+(?:called|named))?,?"
    r"|\b(?:downtown|outside|residents?\s+(?:of|in)|(?:north|south|east|west)\s+of)"
    # (Not "the summit of X": a summit is also a meeting, "a summit of the Arab League".)
    r"|\b(?:slopes?|foot|shores?|banks)\s+of"
    # Where a body is: "the University of Michigan in Ann Arbor", "Kell Medical Center in".
    r"|\b(?-i:(?:University|College|Institute|Hospital|Center|Centre|School|Museum|Laboratory)"
    r"(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?)\s+in"
    r"|\b(?-i:state (?:called|named|of))"
    r"|\b(?-i:(?:north|south)?-?(?:east|west)?ern|central))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A person's home town in apposition: "Ann Lee, of Kell, said" (not "of the Kell Trust").
_HOMETOWN_BEFORE = re.compile(r"\b[A-Z][\w’'-]+,\s+of\s+$")
# "in Kell", "across Kell": a place for a single name no first name makes a person's.
_IN_BEFORE = re.compile(r"\b(?:[Ii]n|[Ii]nto|[Aa]cross|[Tt]hroughout)\s+$")
# The names of a list before this one: "Kell, " and "Orr and " of "towns of Kell, Orr and Tam".
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,\s+and|,|\s+and)\s+)+$")
# A place's noun after its name: "the Kell region", "the Sierra Velmar mountains".
_PLACE_AFTER = re.compile(
    r"^\s+(?:region|province|valley|district|desert|mountains|range|river|basin|coast"
    r"|peninsula|wilderness|highlands|plateau|delta|neighbou?rhood|suburbs?|peak|glacier"
    r"|volcano)\b"
)


def place_cue(text: str, mention: Mention) -> str | None:
    """``"strong"`` where the words around a mention say it is a place, ``"weak"`` after "in"."""
    region = _PLACE_AFTER.match(text[mention.end : mention.end + 16])
    if (_before_a_noun(text, mention) and not region) or text.startswith(("'s", "’s"), mention.end):
        return None  # "outside Kell headquarters", "outside Tandu's home": those are the place
    before = text[max(0, mention.start - 80) : mention.start]
    if region or _PLACE_BEFORE.search(_LISTED_BEFORE.sub("", before)):
        return "strong"
    if _HOMETOWN_BEFORE.search(before) and text.startswith((",", "."), mention.end):
        return "strong"  # "Finley Boyle, of Kailua, died": where she comes from
    if _IN_BEFORE.search(before):
        return "weak"
    return None


# A capital "The" inside a sentence, right before a name: "and The Wolf Man".
_THE_INSIDE = re.compile(r"[a-z,;] (?:The )?$")


def _the_inside(text: str, mention: Mention) -> bool:
    """Whether a capital "The" opens the name inside a sentence ("and The Wolf Man")."""
    start = mention.start if mention.text.startswith("The ") else mention.start - 4
    return text.startswith("The ", start) and bool(
        _THE_INSIDE.search(text, max(0, start - 3), start)
    )


#: How many mentions a "person" with no first name needs before its use in front of nouns
#: makes it a body.
MODIFIER_MENTIONS = 3


#: Words a firm is named with after its founder's name: "Herman Law", "Lee Holdings".
_FIRM_WORDS = {
    "law", "holdings", "group", "partners", "associates", "capital", "media", "films",
    "studios", "motors", "foods", "properties", "ventures", "consulting", "legal", "realty",
}  # fmt: skip


def _named_for_people(
    entities: list[Entity], titled: set[str], documents: list[Document]
) -> set[str]:
    """Two-word "persons" that are the surname of another person of the story, named in full
    and more often, and a word the cluster also writes in lower case: "Herman Law" (a law firm)
    where the story is about Jeff Herman; "Lee Holdings". No one is called "Law"."""
    surnames = Counter()
    for e in entities:
        if e.kind == PERSON and len(e.name.split()) >= 2:
            surnames[e.name.split()[-1]] = max(surnames[e.name.split()[-1]], e.total)
    found = set()
    for e in entities:
        words = e.name.split()
        if (
            e.kind == PERSON
            and len(words) == 2
            and e.name not in titled
            and surnames.get(words[0], 0) > e.total
            # "Jordan Price" is a person all the same; "Herman Law" a firm, however first a name
            and (first_name_gender(words[0]) is None or words[1].lower() in _FIRM_WORDS)
            and any(re.search(rf"\b{words[1].lower()}\b", d.text) for d in documents)
        ):
            found.add(e.name)
    return found


def settle_kinds(index: EntityIndex, mentions: list[Mention], documents: list[Document]) -> None:
    """Correct the merged kinds in place where the text says what a name is: a thing called a
    firm, a film or a disaster is no person; a name with a first name whose surname alone was
    read as a place ("Tester") is a person."""
    cues: dict[str, Counter] = defaultdict(Counter)
    placed: dict[str, Counter] = defaultdict(Counter)  # mentions where the words say "a place"
    named: Counter[str] = Counter()
    titled: set[str] = set()
    owned: Counter[str] = Counter()  # mentions as a company's own: "and its Orrin Fit"
    modifying: Counter[str] = Counter()  # mentions before a noun: "the Kell Mart warehouse"
    for mention in mentions:
        name = index.name_of(mention.text)
        if name is None:
            continue
        named[name] += 1
        if index.kind_of(name) == PERSON and " " in name:
            modifying[name] += _before_a_noun(documents[mention.doc_index].text, mention)
        cue_of_place = place_cue(documents[mention.doc_index].text, mention)
        if cue_of_place:
            placed[name][cue_of_place] += 1
            text = documents[mention.doc_index].text
            placed[name]["noun"] += bool(_PLACE_AFTER.match(text[mention.end : mention.end + 16]))
        titled |= {name} if mention.titled else set()
        cue = _cued_kind(documents[mention.doc_index].text, mention)
        if (
            cue == ORGANISATION
            and index.kind_of(name) == PERSON
            and len(mention.text.split()) < len(name.split())
        ):
            cue = None  # "the Voss campaign" is Ann Voss's campaign: she stays a person
        if (
            cue is None
            and index.kind_of(name) == PERSON
            and _the_inside(documents[mention.doc_index].text, mention)
        ):
            cue = OTHER  # "remade Dracula and The Wolf Man": no one is called "The"
        if cue:
            cues[name][cue] += 1
        text = documents[mention.doc_index].text
        owned[name] += bool(_OWNED.search(text, max(0, mention.start - 20), mention.start))
    # "Malians" in the texts: Mali is a country, whatever a model reads in the name.
    peoples = {w[:-1] for d in documents for w in re.findall(r"\b[A-Z][a-z]{3,}s\b", d.text)}
    named_for = _named_for_people(index.entities, titled, documents)
    for entity in index.entities:
        kind = entity.kind
        words = entity.name.split()
        strong, weak = placed[entity.name]["strong"], placed[entity.name]["weak"]
        if (
            kind in (PERSON, ORGANISATION)
            and len(words) == 1
            and entity.name not in titled
            and strong + weak  # "Keynesians" alone make no place of Keynes
            and any(
                is_demonym(people, entity.name) and not people.endswith("er") for people in peoples
            )  # not "Trumpers"
        ):
            kind = PLACE
        if kind == PLACE and len(words) == 1 and not strong + weak and entity.name in peoples:
            kind = OTHER  # "the Tuaregs", "Tuareg rebels", never "in Tuareg": a people
        cue, cued = cues[entity.name].most_common(1)[0] if cues.get(entity.name) else (None, 0)
        if cue != PLACE and cued * _CUED_SHARE < named[entity.name]:
            cue = None  # "a special UN Security Council meeting" once in twenty mentions
        if cue == PLACE and kind != PLACE:
            kind = PLACE  # named in a dateline
        elif cue and entity.name not in titled and kind in (PERSON, ORGANISATION):
            kind = cue  # "the Gulf of Mexico disaster" stays a place
        elif cue == ORGANISATION and kind == PLACE:
            kind = cue  # "the network Velmar One", "airs on Comedy Central": no place
        elif kind == PLACE and owned[entity.name] == named[entity.name] and not strong + weak:
            kind = OTHER  # "Kell Games and its Orrin Fit", never a place in the texts
        if (
            kind in (OTHER, PERSON)
            and len(words) > 1
            and words[-1].lower() in PLACE_SUFFIXES
            and (
                (kind == OTHER and not any(w.lower() in _TITLE_SMALL_WORDS for w in words[1:]))
                or (
                    kind == PERSON  # "A Walk in the Woods" is a title
                    and entity.name not in titled
                    and not first_name_gender(words[0])
                )
            )
        ):
            kind = PLACE  # "Queen Victoria Road", "Granby Pier" (not Michael Bay)
        last = words[-1].lower()
        if (
            len(words) > 1
            and entity.name not in titled
            and not (kind == PERSON and first_name_gender(words[0]))
        ):
            if last in EVENT_WORDS or (last == "fair" and words[-2].lower() in _FAIR_KINDS):
                kind = OTHER  # "Iowa State Fair": an event, no organisation
            elif " on " in entity.name and (on := HEAD_ON.search(entity.name)):
                kind = ON_HEADS[on.group(1).lower()]  # "Kell Convention on Fishing": a treaty
            elif last in _LAW_WORDS and not first_name_gender(words[0]):  # not Ann Bill
                kind = OTHER  # "Sweetened Beverage Tax", "Kell Harbour Act": a law, no body
            elif (
                last in _VENUE_WORDS or (words[0].lower() in _VENUE_WORDS and words[1] == "of")
            ) and (kind != PLACE and cue != ORGANISATION):
                kind = PLACE  # "Granary Hall", "Chapel of St. Ann", not Michael Hall
        if kind == PERSON and len(words) > 1 and last in _BUILDINGS and entity.name not in titled:
            kind = PLACE  # "Galen Center", "Kell Museum": a first name, but no one's surname
        if entity.name not in titled and any(BROADCASTER_NAME.fullmatch(w) for w in words):
            kind = ORGANISATION  # "New Zealand TV3", "Velmar Radio": a broadcaster
        if (
            kind == PLACE
            and 2 <= len(words) <= 3
            and first_name_gender(words[0]) is not None
            and words[-1] in entity.variants
        ):
            kind = PERSON  # "Jon Tester", also written "Tester"
        # "in Tandu" of a person named once in full is no place: a name's "in" counts alone.
        cued = strong + weak if len(words) == 1 else strong
        if (
            kind == PERSON
            and entity.name not in titled
            # A first name ("Ann Arbor") gives way only to words that surely say "a place".
            and not (len(words) > 1 and first_name_gender(words[0]) and not strong)
            and 2 * cued >= named[entity.name] > 0
        ) or (kind == ORGANISATION and strong >= 2 and 2 * strong > named[entity.name]):
            kind = PLACE  # "the towns of Gao and Kidal", "in the capital, Bamako"
        if entity.name in named_for or (
            kind == PERSON
            and entity.name not in titled
            and named[entity.name] >= MODIFIER_MENTIONS
            and 2 * modifying[entity.name] >= named[entity.name]
            and not first_name_gender(words[0])
        ):
            # "Herman Law", the firm of the story's Jeff Herman; "a Kell Mart warehouse",
            # "Kell Mart spokeswoman Ann Voss": a person's name seldom says what a thing is.
            kind = ORGANISATION
        if (
            kind != PLACE
            and entity.name not in titled
            and 2 * placed[entity.name]["noun"] > max(named[entity.name] - 1, 0)
        ):
            kind = PLACE  # "the Sierra Nevada mountains": a first name, but no one's
        if _FAMILY_THEN_GIVEN.fullmatch(entity.name):
            kind = PERSON  # "Sun Tao-yu", "Moon Jae-in": a family name and a hyphenated given one
        # A name of the table of kinds is what the table says ("CIA drone strikes" or not).
        kind = known_kind(entity.name) or kind
        if kind != entity.kind:
            index.set_kind(entity, kind)
