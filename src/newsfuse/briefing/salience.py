"""Which entities matter to a story: a salience for each, from where and how it is named.

A careful reader lists the people, organisations and places the story is about, not every name
the articles print. A name counts fully where the narrative names it; less inside someone's
quoted words (a politician's aside about Rome is not the story) and hardly at all as the state
that places a town ("Nantucket, Mass."). Naming by several outlets, in an article's opening and
as the speaker of a quote add to it. The briefing's ``entities`` are those above
``MIN_SALIENCE``, at most ``Options.briefing_entities`` of them; the others are kept in
``other_entities``.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from newsfuse.briefing.entities import PERSON, PLACE, EntityIndex, Mention
from newsfuse.briefing.model import Entity
from newsfuse.briefing.speakers import first_name_gender
from newsfuse.domain import Document

#: What one mention inside a quotation counts, against 1 for a mention in the narrative.
QUOTED_WEIGHT = 0.4
#: What a mention as the state or country after a town ("Polson, Montana") counts.
QUALIFIER_WEIGHT = 0.1
#: What an outlet named as the one spoken to counts ("told USA Today", "the BBC reported"):
#: mostly the outlet crediting itself.
PRESS_WEIGHT = 0.2
#: What a first name alone counts ("His wife Lynn"): a passer-by more than a party.
FIRST_NAME_WEIGHT = 0.5
#: What a place counts as where someone comes from ("a teacher from Ostrava").
ORIGIN_WEIGHT = 0.5
#: Added per outlet beyond the first that names the entity in its narrative.
OUTLET_BONUS = 1.0
#: Added when an article names the entity in its first ``LEAD_CHARACTERS`` characters.
LEAD_BONUS = 1.0
LEAD_CHARACTERS = 400
#: Added when the entity speaks one of the briefing's quotes.
SPEAKER_BONUS = 1.0
#: Entities below this salience are not listed under ``entities`` (one narrative mention is 1).
MIN_SALIENCE = 1.0

# "Nantucket, Mass.", "New Haven, Conn.," "Polson, Montana.": a place after a town and a comma.
_QUALIFIER_BEFORE = re.compile(r"[A-Z][\w.'’-]*,\s$")
_QUALIFIER_AFTER = re.compile(r"^\.?(?:[,;:)]|\.(?:\s|$)|\s[a-z]|\s*$)")
_ORIGIN = re.compile(r"\bfrom (?:the )?$")
# An outlet as the one told or asking: "told (the) X", "confirmed to X", "X's request for comment".
_PRESS_BEFORE = re.compile(
    r"\b(?:told|tell|telling|confirm(?:ed|s)?(?: that)? to|said to|according to|interview with"
    r"|spoke (?:to|with)|statement to|calls? from|emails? from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PRESS_AFTER = re.compile(
    r"^(?:[’']s? (?:request|requests|inquiry|questions?)\b| (?:reported|reports|has learned|"
    r"spoke (?:to|with)|obtained|contacted)\b)"
)


def _inside(spans: list[tuple[int, int]], starts: list[int], position: int) -> bool:
    k = bisect.bisect_right(starts, position) - 1
    return k >= 0 and position < spans[k][1]


def _qualifier(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 3]
    return bool(_QUALIFIER_BEFORE.search(before) and _QUALIFIER_AFTER.match(after))


def _press(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(
        _PRESS_BEFORE.search(before) or _PRESS_AFTER.match(text[mention.end : mention.end + 30])
    )


def _first_name_only(name: str, kind: str) -> bool:
    return kind == PERSON and " " not in name and first_name_gender(name) is not None


def salience(
    index: EntityIndex,
    mentions: list[Mention],
    documents: list[Document],
    quote_spans: list[list[tuple[int, int]]],
    speakers: set[str],
) -> dict[str, float]:
    """Salience of every entity of ``index``, by name; ``quote_spans[doc_index]`` are the
    (start, end) of that document's quotations, ``speakers`` the names that speak a quote."""
    spans = [sorted(s) for s in quote_spans]
    starts = [[s for s, _ in doc] for doc in spans]
    weight: dict[str, float] = defaultdict(float)
    narrated: dict[str, set[int]] = defaultdict(set)  # documents that name it in the narrative
    lead: set[str] = set()
    for mention in mentions:
        name = index.name_of(mention.text)
        if name is None:
            continue
        text = documents[mention.doc_index].text
        if _qualifier(text, mention):
            weight[name] += QUALIFIER_WEIGHT
        elif index.kind_of(name) == PLACE and _ORIGIN.search(
            text[mention.start - 6 : mention.start]
        ):
            weight[name] += ORIGIN_WEIGHT
        elif _press(text, mention):
            weight[name] += PRESS_WEIGHT
        elif _inside(spans[mention.doc_index], starts[mention.doc_index], mention.start):
            weight[name] += QUOTED_WEIGHT
        else:
            weight[name] += 1.0
            narrated[name].add(mention.doc_index)
            if mention.start < LEAD_CHARACTERS:
                lead.add(name)
    scores = {}
    for entity in index.entities:
        score = (
            weight.get(entity.name, 0.0)
            + OUTLET_BONUS * max(len(narrated.get(entity.name, ())) - 1, 0)
            + LEAD_BONUS * (entity.name in lead)
            + SPEAKER_BONUS * (entity.name in speakers)
        )
        if _first_name_only(entity.name, entity.kind):
            score *= FIRST_NAME_WEIGHT
        scores[entity.name] = score
    return scores


def select_entities(
    entities: list[Entity], scores: dict[str, float], limit: int
) -> tuple[list[Entity], list[Entity]]:
    """(the entities that matter, most salient first, at most ``limit``; all the others)."""
    # Ties keep the merger's order: more mentions, more outlets, named earlier.
    ranked = sorted(entities, key=lambda e: -scores.get(e.name, 0.0))
    shown = [e for e in ranked if scores.get(e.name, 0.0) >= MIN_SALIENCE][:limit]
    chosen = {id(e) for e in shown}
    return shown, [e for e in entities if id(e) not in chosen]
