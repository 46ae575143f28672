"""Key events: dated sentences, merged across outlets, the most reported kept, in date order.

An event is a sentence whose own event has a date (see ``timeline.event_date``). Sentences of
different outlets with the same date (at the same precision) are one event when they state the
same claim or share enough of their words; each outlet is cited once. The events reported by the
most outlets, then the most central, are kept (``Options.timeline_events``), shown by date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsfuse.analyse import Analysis
from newsfuse.briefing.claims import best_wording
from newsfuse.briefing.facts import SentenceFacts, same_event
from newsfuse.briefing.model import TimelineEvent, Wording
from newsfuse.briefing.timeline import DateMention

#: Words an event sentence needs besides its date: fewer is a dateline or a caption.
MIN_EVENT_WORDS = 5
#: Shared content words that make two same-day sentences of different outlets one event: at
#: least this many, and half the words of the shorter (the story's names alone are not enough).
SHARED_WORDS = 3
SHARED_SHARE = 0.5
#: Below this many dated events, undated ones ("on Thursday" in an undated story) are shown too.
MIN_DATED = 3
# "X said (on Oct. 29) that ...": what follows is another event, which may have its own date.
_REPORTED = re.compile(
    r"\b(?:said|says|told|alleged|alleges|claimed|claims|wrote|writes|reported|reports|"
    r"testified|recalled)\b[^.;:]{0,60}?\bthat\s+",
    re.I,
)
#: At most this many events on one day: a day's many sentences are rarely all key events.
PER_DAY = 3
# Photo captions and credits date a picture, not an event.
_CAPTION = re.compile(r"\((?:Photo|Image|Picture)|\b(?:Photo|Image|Credit)s?:|Getty Images", re.I)


@dataclass
class _Event:
    key: str
    mention: DateMention
    members: list[int] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    groups: set[int] = field(default_factory=set)
    docs: set[int] = field(default_factory=set)


def _candidates(analysis: Analysis, facts: SentenceFacts) -> list[tuple[int, DateMention, str]]:
    """(sentence, date, text) of every dated event: a sentence's own event, and the event it
    reports in a "said that ..." clause when that clause has a date of its own (a 2017 interview
    about something done in 1986 dates two events)."""
    found = []
    for i, sentence in enumerate(analysis.sentences):
        if sentence.words < MIN_EVENT_WORDS + 1:
            continue
        mention = facts.event(i)
        if mention is None or sentence.words - len(mention.text.split()) < MIN_EVENT_WORDS:
            continue
        if _CAPTION.search(sentence.text):
            continue
        found.append((i, mention, sentence.text))
        reported = _REPORTED.search(sentence.text)
        if reported and reported.end() > mention.end:
            clause = sentence.text[reported.end() :]
            inner = [
                m
                for m in facts.dates(i)
                if m.start >= reported.end() and m.date and m.iso != mention.iso
            ]
            if inner and len(clause.split()) - len(inner[0].text.split()) >= MIN_EVENT_WORDS:
                found.append((i, inner[0], clause[0].upper() + clause[1:]))
    return found


def find_events(
    analysis: Analysis,
    facts: SentenceFacts,
    group_of: dict[int, int],
    sources: list[int],
    limit: int,
) -> list[TimelineEvent]:
    """The ``limit`` key events of the cluster, each once with all its outlets, by date."""
    by_key: dict[str, list[_Event]] = {}
    texts: dict[tuple[int, str], str] = {}
    for i, mention, text in _candidates(analysis, facts):
        key = mention.iso or "?" + mention.text.lower()
        texts[(i, key)] = text
        doc = analysis.sentences[i].doc_index
        words = facts.words(i)
        for event in by_key.setdefault(key, []):
            if doc in event.docs:
                continue
            if group_of.get(i) in event.groups or same_event(
                words, event.words, SHARED_SHARE, SHARED_WORDS
            ):
                event.members.append(i)
                event.words |= words
                event.groups.add(group_of.get(i, -1))
                event.docs.add(doc)
                break
        else:
            by_key[key].append(_Event(key, mention, [i], set(words), {group_of.get(i, -1)}, {doc}))
    events = [e for group in by_key.values() for e in group]
    dated = [e for e in events if e.mention.date]
    if len(dated) >= MIN_DATED:
        events = dated
    centrality = analysis.centrality

    def weight(event: _Event) -> tuple:
        best = max(float(centrality[i]) for i in event.members)
        return (-len(event.docs), event.mention.subordinate, -best, min(event.members))

    kept: list[_Event] = []
    per_day: dict[str, int] = {}
    for event in sorted(events, key=weight):
        if len(kept) >= limit:
            break
        if per_day.get(event.key, 0) < PER_DAY:
            kept.append(event)
            per_day[event.key] = per_day.get(event.key, 0) + 1
    kept.sort(key=lambda e: (e.mention.date is None, e.mention.date or date.min, weight(e)))
    return [_timeline_event(analysis, e, sources, texts) for e in kept]


def _timeline_event(
    analysis: Analysis, event: _Event, sources: list[int], texts: dict[tuple[int, str], str]
) -> TimelineEvent:
    best = best_wording(analysis, event.members)
    wordings = []
    for i in sorted(event.members, key=lambda i: (analysis.sentences[i].doc_index, i)):
        sentence = analysis.sentences[i]
        wordings.append(
            Wording(sources[sentence.doc_index], sentence.doc_index, sentence.index, sentence.text)
        )
    mention = event.mention
    return TimelineEvent(
        mention.date,
        mention.precision,
        mention.text,
        texts[(best, event.key)],
        wordings,
        inferred=mention.inferred,
    )
