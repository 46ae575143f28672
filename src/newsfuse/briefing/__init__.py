"""The briefing: what outlets agree on, where they differ, who said what, who and when.

Built on the same prepared cluster as the summary (``api.prepare``), and containing it: the
summary's citations come from the same claim groups (see ``newsfuse.cite``).
"""

from __future__ import annotations

from newsfuse.analyse import Analysis
from newsfuse.api import DocumentsLike, prepare, resolve_options, summarize_analysis
from newsfuse.briefing.claims import best_wording
from newsfuse.briefing.conflicts import (
    attribution_conflicts,
    date_conflicts,
    figure_conflicts,
)
from newsfuse.briefing.entities import find_entities, find_mentions, merge_mentions
from newsfuse.briefing.model import (
    Briefing,
    Claim,
    Conflict,
    ConflictSide,
    Entity,
    Quote,
    TimelineEvent,
    Wording,
)
from newsfuse.briefing.quotes import find_quotes, merge_quotes
from newsfuse.briefing.timeline import find_dates
from newsfuse.cite import ClaimIndex, source_number
from newsfuse.language import languages, skipped_parts
from newsfuse.options import Options

__all__ = [
    "Briefing",
    "Claim",
    "Conflict",
    "ConflictSide",
    "Entity",
    "Quote",
    "TimelineEvent",
    "Wording",
    "brief",
    "brief_analysis",
    "find_entities",
]


def _wording(analysis: Analysis, i: int) -> Wording:
    sentence = analysis.sentences[i]
    number = source_number(analysis, sentence.doc_index)
    return Wording(number, sentence.doc_index, sentence.index, sentence.text)


def _claims(analysis: Analysis, groups: list[list[int]]) -> list[Claim]:
    claims = []
    for group in groups:
        if len(group) < 2:
            continue
        best = best_wording(analysis, group)
        members = [
            _wording(analysis, i)
            for i in sorted(group, key=lambda i: (analysis.sentences[i].doc_index, i))
        ]
        claims.append(Claim(len(claims) + 1, analysis.sentences[best].text, members))
    return claims


def _timeline(
    analysis: Analysis, groups: list[list[int]], group_of: dict[int, int]
) -> list[TimelineEvent]:
    """Dated sentences as events; the same claim on the same day is one event."""
    events: dict[tuple, TimelineEvent] = {}
    for i, sentence in enumerate(analysis.sentences):
        if sentence.words < 6:
            continue  # a dateline or headline, not an event
        published = analysis.documents[sentence.doc_index].published
        mentions = find_dates(sentence.text, published.date() if published else None)
        if not mentions:
            continue
        first = mentions[0]
        if sentence.words - len(first.text.split()) < 5:
            continue  # a dateline ("Wednesday 21 September 2016 16:17 BST"), not an event
        group = group_of[i]
        key = (first.date, first.precision, group) if first.date else (None, i)
        if key in events:
            events[key].wordings.append(_wording(analysis, i))
        else:
            events[key] = TimelineEvent(
                first.date, first.precision, first.text, sentence.text, [_wording(analysis, i)]
            )
    ordered = sorted(
        events.values(),
        key=lambda e: (e.date is None, e.date or 0, -len(e.sources), e.wordings[0].doc_index),
    )
    return ordered


def brief_analysis(analysis: Analysis, options: Options) -> Briefing:
    """The briefing of an already prepared cluster."""
    claims = ClaimIndex(analysis, options)
    summary = summarize_analysis(analysis, options, claims)
    sources = [s.number for s in summary.sources]
    groups, group_of, facts = claims.groups, claims.group_of, claims.facts
    mentions, _engine = find_mentions(analysis.documents, options.entity_model)
    entities = merge_mentions(mentions, sources)
    conflicts: list[Conflict] = []
    conflicts += figure_conflicts(analysis, facts, group_of, sources)
    conflicts += date_conflicts(analysis, facts, groups, sources)
    conflicts += attribution_conflicts(analysis, entities, sources)
    found = find_quotes([d.text for d in analysis.documents], mentions, entities)
    briefing = Briefing(
        summary=summary,
        claims=_claims(analysis, groups),
        conflicts=conflicts,
        quotes=merge_quotes(found, analysis.sentences, sources),
        entities=entities.entities,
        timeline=_timeline(analysis, groups, group_of),
        problems=list(analysis.problems),
    )
    return without_english_only_parts(briefing, analysis)


def without_english_only_parts(briefing: Briefing, analysis: Analysis) -> Briefing:
    """On a story mostly not in English, empty the parts English-only rules made, saying why."""
    skipped = skipped_parts(analysis.documents, languages(analysis.documents))
    for problem in skipped:
        setattr(briefing, {"disagreements": "conflicts"}.get(problem.where, problem.where), [])
    briefing.problems += skipped
    return briefing


def brief(documents: DocumentsLike, options: Options | None = None, **overrides) -> Briefing:
    """A briefing of articles about one story: the cited summary, claims with their support,
    disagreements, quotes with speakers, entities and a timeline.

    Takes what :func:`newsfuse.summarize` takes; keyword arguments override ``options`` fields.
    """
    options = resolve_options(options, overrides)
    return brief_analysis(prepare(documents, options), options)
