"""The briefing: what outlets agree on, where they differ, who said what, who and when.

Built on the same prepared cluster as the summary (``api.prepare``), and containing it: the
summary's citations come from the same claim groups (see ``newsfuse.cite``).
"""

from __future__ import annotations

from typing import Unpack

from newsfuse.analyse import Analysis
from newsfuse.api import DocumentsLike, prepare, resolve_options, summarize_analysis
from newsfuse.briefing.claims import agreement, best_wording, leans_on_previous, same_fact
from newsfuse.briefing.conflicts import (
    attribution_conflicts,
    date_conflicts,
    figure_conflicts,
    kin_conflicts,
    weekday_conflicts,
)
from newsfuse.briefing.disputes import denial_conflicts, stated_as_settled
from newsfuse.briefing.entities import find_entities, find_mentions, merge_mentions
from newsfuse.briefing.events import find_events
from newsfuse.briefing.introduce import with_people_introduced
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
from newsfuse.briefing.salience import entity_salience, select_entities, settle_kinds
from newsfuse.briefing.speakers import StoryPeople
from newsfuse.cite import ClaimIndex, source_list, source_number
from newsfuse.domain import Summary
from newsfuse.language import languages, skipped_parts
from newsfuse.options import Options
from newsfuse.overrides import OptionOverrides

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


def _claims(analysis: Analysis, groups: list[list[int]]) -> list[tuple[int, Claim]]:
    """Every claim of two or more outlets, with the index of its group."""
    claims = []
    for g, group in enumerate(groups):
        if len(group) < 2:
            continue
        best = best_wording(analysis, group)
        members = [
            _wording(analysis, i)
            for i in sorted(group, key=lambda i: (analysis.sentences[i].doc_index, i))
        ]
        claims.append((g, Claim(len(claims) + 1, analysis.sentences[best].text, members)))
    return claims


def _disputed(analysis: Analysis, conflicts: list[Conflict], reported: bool = False) -> set[int]:
    """Sentences that state one side of a disputed figure or date, or state a denied claim as
    fact; with ``reported``, also those that report an accusation, a claim or a denial (a
    summary may report who says what; Agreement lists no side of any dispute)."""
    index = {(s.doc_index, s.index): i for i, s in enumerate(analysis.sentences)}
    return {
        index[(w.doc_index, w.sentence_index)]
        for conflict in conflicts
        for side in conflict.sides
        for w in side.wordings
        if (w.doc_index, w.sentence_index) in index
        and (
            reported or conflict.kind not in {"attribution", "denial"} or stated_as_settled(w.text)
        )
    }


#: How many times the briefing's summary is chosen again without a sentence that restates
#: another (each time is a selection, a few milliseconds).
RESELECT = 3


def _briefing_summary(
    analysis: Analysis, options: Options, claims: ClaimIndex, disputed: set[int]
) -> Summary:
    """The summary, with no side of a dispute, no sentence that leans on the one before it
    ("He said ...", "In one, ..."), and no two sentences that state the same fact."""
    sentences = analysis.sentences
    avoid = disputed | {i for i, s in enumerate(sentences) if leans_on_previous(s.text)}
    summary = summarize_analysis(analysis, options, claims, avoid=avoid)
    index = {(s.doc_index, s.index): i for i, s in enumerate(sentences)}
    for _ in range(RESELECT):
        chosen = [(index[(s.doc_index, s.sentence_index)], s.score) for s in summary.sentences]
        repeats = [
            min((i, a), (j, b), key=lambda pair: pair[1])[0]
            for k, (i, a) in enumerate(chosen)
            for j, b in chosen[k + 1 :]
            if same_fact(claims, i, j)
        ]
        if not repeats:
            break
        avoid = avoid | set(repeats)
        summary = summarize_analysis(analysis, options, claims, avoid=avoid)
    return summary


def brief_analysis(analysis: Analysis, options: Options) -> Briefing:
    """The briefing of an already prepared cluster."""
    claims = ClaimIndex(analysis, options)
    sources = [source.number for source in source_list(analysis)]
    groups, group_of, facts = claims.groups, claims.group_of, claims.facts
    mentions, _engine = find_mentions(analysis.documents, options.entity_model)
    entities = merge_mentions(mentions, sources)
    settle_kinds(entities, mentions, analysis.documents)
    conflicts: list[Conflict] = []
    conflicts += figure_conflicts(analysis, facts, group_of, sources)
    conflicts += date_conflicts(analysis, facts, group_of, sources)
    conflicts += weekday_conflicts(analysis, facts, group_of, sources)
    conflicts += kin_conflicts(analysis, facts, group_of, sources)
    conflicts += attribution_conflicts(analysis, entities, sources)
    texts = [d.text for d in analysis.documents]
    people = StoryPeople(texts, mentions, entities)  # who carries which role, read once
    conflicts += denial_conflicts(analysis, facts, entities, sources, conflicts, people)
    disputed = _disputed(analysis, conflicts)
    # The summary comes after the conflicts: it never states one side of a dispute as settled.
    summary = _briefing_summary(analysis, options, claims, disputed)
    found = find_quotes(texts, mentions, entities, people)
    all_claims = _claims(analysis, groups)
    by_group = dict(all_claims)
    contested = _disputed(analysis, conflicts, reported=True)
    agreed = agreement(analysis, facts, groups, contested, options.agreement_claims)
    quotes = merge_quotes(found, analysis.sentences, sources)
    quote_spans: list[list[tuple[int, int]]] = [[] for _ in analysis.documents]
    for quoted in found:
        quote_spans[quoted.doc_index].append((quoted.start, quoted.end))
    speakers = {q.speaker for q in quotes if q.speaker}
    summary_spans: list[list[tuple[int, int]]] = [[] for _ in analysis.documents]
    for chosen in summary.sentences:
        summary_spans[chosen.doc_index].append((chosen.start, chosen.end))
    scores = entity_salience(
        entities, mentions, analysis.documents, quote_spans, speakers, summary_spans
    )
    shown, other_entities = select_entities(entities.entities, scores, options.briefing_entities)
    briefing = Briefing(
        summary=with_people_introduced(summary, entities.entities),
        claims=[claim for _g, claim in all_claims],
        agreement=[
            Claim(by_group[g].id, analysis.sentences[best].text, by_group[g].members)
            for g, best in agreed
        ],
        conflicts=conflicts,
        quotes=quotes,
        entities=shown,
        other_entities=other_entities,
        timeline=find_events(
            analysis, facts, group_of, sources, options.timeline_events, quote_spans
        ),
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


def brief(
    documents: DocumentsLike,
    options: Options | None = None,
    **overrides: Unpack[OptionOverrides],
) -> Briefing:
    """A briefing of articles about one story: the cited summary, claims with their support,
    disagreements, quotes with speakers, entities and a timeline.

    Takes what :func:`newsfuse.summarize` takes; keyword arguments override ``options`` fields
    (typed by :class:`~newsfuse.overrides.OptionOverrides`; an unknown one is a TypeError).
    """
    options = resolve_options(options, overrides, "brief")
    return brief_analysis(prepare(documents, options), options)
