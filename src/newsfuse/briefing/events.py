"""Key events: dated sentences, merged across outlets, the most reported kept, in date order.

An event is a sentence whose own event has a date (see ``timeline.event_date``). Sentences of
different outlets with the same date (at the same precision) are one event when they state the
same claim or share enough of their words; each outlet is cited once. The events reported by the
most outlets, then the most central, are kept (``Options.timeline_events``), shown by date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from newsfuse.analyse import Analysis
from newsfuse.briefing.claims import best_wording, leans_on_previous
from newsfuse.briefing.facts import SentenceFacts, same_event
from newsfuse.briefing.model import TimelineEvent, Wording
from newsfuse.briefing.quotes import quote_spans
from newsfuse.briefing.timeline import DateMention, dates_no_event
from newsfuse.segment import with_quotes_balanced
from newsfuse.select import is_question

#: Words an event sentence needs besides its date: fewer is a dateline or a caption...
MIN_EVENT_WORDS = 5
#: ... unless it is a sentence, a verb and a full stop: "Coty Inc. acquired Wella in October of
#: 2016." (a short sentence of background, told as a fact of its own).
MIN_SENTENCE_WORDS = 3
_FULL_STOP = re.compile(r"[a-z0-9][.!][”\"’')]*\s*$")
#: Shared content words that make two same-day sentences of different outlets one event: at
#: least this many, and half the words of the shorter (the story's names alone are not enough).
SHARED_WORDS = 3
SHARED_SHARE = 0.5
# A date after "since", in a sentence told in the present perfect ("has grown ... since").
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;:]{0,40}$", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|grown|risen)\b")
#: Below this many dated events, the best undated ones ("on Thursday" in an undated story) make
#: up the difference; never more: a timeline is of dated events.
MIN_DATED = 3
# "X said (on Oct. 29) that ...", "wrote ... describing how ...", "to accuse X of ...": what
# follows is another event, which may have its own date. Abbreviations ("Oct.", "Mr.") do not
# end the gap between the verb and its clause.
_GAP = r"(?:[^.;:]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St)\.)"
_REPORTED = re.compile(
    r"\b(?:(?:said|says|told|alleged|alleges|alleging|claimed|claims|claiming|wrote|writes|"
    r"reported|reports|"
    rf"testified|recalled|describing|described|explaining|explained)\b{_GAP}{{0,60}}?"
    rf"\b(?:that|how)|(?P<accused>accus(?:e|es|ed|ing))\s+{_GAP}{{0,40}}?\bof)\s+",
    re.I,
)
_YEAR = re.compile(r"\b\d{4}\b")
# A sentence that opens with the tail of a hyphenated word ("-Russian military partnership"):
# a scrape lost its beginning. (A chronology's "-- Dec. 3, 1973: ..." is an entry.)
_CUT_OPENING = re.compile(r"-\w")
_ONE_OF_PREFIX = re.compile(r"^In (?:one|another|each)(?: case)?,\s+")
#: At most this many events on one day: a day's many sentences are rarely all key events...
PER_DAY = 3
#: ... unless no other day's event is left to fill the timeline: then up to this many (a story
#: of one day, a shooting or a storm, is told by that day's events).
PER_BUSY_DAY = 5
_CLOSING_MARKS = {"”", '"', "’"}
# First-person words, a plan or the present in a quotation: the speaker's own day, not the
# event's.
_SPEAKERS_OWN = re.compile(
    r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|us|me|will|going to|should|[Ll]et['’]s)\b"
    r"|\b(?:is|are|am)\s+(?!being\b)\w+ing\b"  # "what is going on today": the speaking day
)
# Photo captions and credits date a picture, not an event.
_CAPTION = re.compile(r"\((?:Photo|Image|Picture)|\b(?:Photo|Image|Credit)s?:|Getty Images", re.I)


# A year a statement was made in ("In 2011 she told the Guardian ...", "an analyst wrote in
# 2013 that ..."): when someone said something, years before the story, no event of it.
# A source named at the end ("The mill shut in 2015, the union said.") is no such statement: the
# year is the event's.
_SAYS = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|estimated|recalled|interview(?:ed)?)\b", re.I
)
_SOURCE_AT_END = re.compile(
    r"[,”\"’]\s*(?:[\w.'’-]+\s+){1,6}?(?:said|says|told\s+\w+)(?:\s+\w+day)?\.?[”\"’]?\s*$"
    r"|[,”\"’]\s*(?:said|says)\s+(?:[\w.'’-]+,?\s*){1,8}\.?\s*$",
    re.I,
)


def _background_statement(text: str, mention: DateMention) -> bool:
    if mention.precision != "year" or mention.kind == "thing":
        return False
    source = _SOURCE_AT_END.search(text)
    return bool(_SAYS.search(text, 0, source.start() if source else len(text)))


def _lasting_since(text: str, mention: DateMention) -> bool:
    before = text[: mention.start]
    return bool(
        mention.subordinate and _SINCE_BEFORE.search(before) and _PRESENT_PERFECT.search(before)
    )


@dataclass
class _Event:
    key: str
    mention: DateMention
    members: list[int] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    groups: set[int] = field(default_factory=set)
    docs: set[int] = field(default_factory=set)


def _candidates(
    analysis: Analysis, facts: SentenceFacts, quoted: list[list[tuple[int, int]]] | None = None
) -> list[tuple[int, DateMention, str]]:
    """(sentence, date, text) of every dated event: a sentence's own event, and the event it
    reports in a "said that ..." clause when that clause has a date of its own (a 2017 interview
    about something done in 1986 dates two events)."""
    found = []
    closed: dict[int, list[tuple[int, int]]] = {}
    for i, sentence in enumerate(analysis.sentences):
        if sentence.words < MIN_SENTENCE_WORDS + 1:
            continue
        mention = facts.event(i) or _day_of_clock_time(analysis, facts, i)
        if mention is None:
            continue
        if not mention.absolute:
            # A speaker's own "today" or "on Friday" inside a quotation ("I will be at the baths
            # tonight", "we meet the union on Friday") is told in passing: no event the outlets
            # report. A quoted account of the event ("two workers were killed on Monday," the
            # chief said) still dates it.
            doc = sentence.doc_index
            text = analysis.documents[doc].text
            if doc not in closed:
                # Closed quotations only: a quote mark typed wrong ("predator') leaves a quote
                # open to the paragraph's end, over the reporter's own words.
                spans = quote_spans(text) if quoted is None else quoted[doc]
                closed[doc] = [(s, e) for s, e in spans if text[e : e + 1] in _CLOSING_MARKS]
            at = sentence.start + mention.start
            if any(
                start <= at < end and _SPEAKERS_OWN.search(text, start, end)
                for start, end in closed[doc]
            ):
                continue
        # A dateline ("Granary Times Thursday 7 March 2024 10:00 GMT") is dates and little else.
        dated_words = sum(len(m.text.split()) for m in facts.dates(i))
        if sentence.words - dated_words < MIN_EVENT_WORDS + 1 and (
            sentence.words - dated_words < MIN_SENTENCE_WORDS
            or not _FULL_STOP.search(sentence.text)
        ):
            continue
        if _CAPTION.search(sentence.text) or dates_no_event(sentence.text):
            continue
        if _CUT_OPENING.match(sentence.text):
            continue  # the end of a sentence the page lost: "-Russian partnership ... ago."
        if is_question(sentence.text):
            continue  # "What other news did the president make today?" tells no event
        # "Ryabkov urged all sides to stop breaching the peace plan brokered by Kell and Orrin on
        # September 9": the sentence's date is the deal's, and so is the entry.
        deal = _dealt_on(sentence.text, mention) if mention.subordinate else None
        found.append((i, mention, deal or sentence.text))
        # "The bridge, which opened on 2 June 1961, was closed": the clause's own event, when
        # it has a year (background); "a meeting that was arranged on 2 May" is a detail.
        for other in facts.dates(i):
            if other.clause and _YEAR.search(other.text) and other.iso not in {None, mention.iso}:
                found.append((i, other, _clause_event(sentence.text, other) or sentence.text))
        # "named director in 2010 and vice president in 2013": one sentence, two dated events.
        for other in facts.dates(i):
            between = sentence.text[mention.end : other.start]
            if (
                other.start > mention.end
                and other.absolute
                and other.precision == mention.precision
                and other.iso not in {None, mention.iso}
                and not other.subordinate
                and re.search(r"\band\b", between)
                and not re.search(r"[;:]|\b(?:that|how)\b", between)
            ):
                found.append((i, other, sentence.text))
                break
        reported = _REPORTED.search(sentence.text)
        if reported and reported.end() > mention.end:
            clause = sentence.text[reported.end() :]
            inner = [
                m
                for m in facts.dates(i)
                if m.start >= reported.end() and m.date and m.iso != mention.iso
            ]
            if inner and len(clause.split()) - len(inner[0].text.split()) >= MIN_EVENT_WORDS:
                # What someone is accused of reads only with the accusation around it.
                text = sentence.text if reported.group("accused") else clause
                found.append((i, inner[0], text[0].upper() + text[1:]))
    unique = {(i, mention.iso or mention.text): (i, mention, text) for i, mention, text in found}
    return list(unique.values())


# The day a weekday or a relative day word names: "Tuesday", "yesterday", "last night".
_DAY_WORD = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last night", re.I
)
# A time of day: "at 9:56 p.m.", "just before 11 a.m.", "at 6pm".
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|[ap]m\b)", re.I)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ught|id)\b(?:\s+\w+)?\s+$")
#: How many sentences back a time of day takes its day from.
CLOCK_REACH = 6
# An event told as the next step of the one in the sentence before: "shortly thereafter",
# "minutes later", "also ruled" (a past tense: "the firm also makes trucks" is no event).
_NEXT_STEP = re.compile(
    r"\b(?:(?:shortly|soon|moments?|minutes?|hours?)\s+(?:there)?after(?:wards?)?|thereafter"
    r"|(?:moments|minutes|hours)\s+later)\b"
    r"|\balso\s+(?:[a-z]+ed|cut|shut|set|put|hit|made|took|sent|told|said|held|gave|began|won"
    r"|lost|met|struck|shot|fled|led|ran|left|spoke|wrote)\b"
)


def _day_of_clock_time(analysis: Analysis, facts: SentenceFacts, i: int) -> DateMention | None:
    """A time of day with no date goes on the day of the account just before it ("... died
    Monday after being shocked. He was pronounced dead at 9:56 p.m."): that day, as a reader
    takes it, when one of the sentences just before dates its own event to a day. So does an
    undated event told as the next step of the one before ("Lambach was arrested at 4 p.m. Van
    Wert was arrested shortly thereafter", "The judge also ruled that ...")."""
    sentence = analysis.sentences[i]
    clock = _CLOCK.search(sentence.text)
    reach = CLOCK_REACH
    if clock is None:
        clock = _NEXT_STEP.search(sentence.text)
        reach = 1
    if clock is None:
        return None
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        if analysis.sentences[j].doc_index != sentence.doc_index:
            break
        day = facts.event(j)
        text = analysis.sentences[j].text
        if day is not None and _PAST_PERFECT.search(text, max(0, day.start - 40), day.start):
            continue  # "Forecasters had warned on Friday ...": an aside of an earlier day
        if day is not None:
            if day.date is None or day.precision != "day" or day.subordinate:
                return None
            return replace(day, start=clock.start(), end=clock.end(), text=clock.group())
    return None


_PRONOUN = re.compile(r",?\s*[–—-]?\s*\b(who|which|that)\s+(?=[^,;]*$)")
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "our"}


def _clause_event(text: str, mention: DateMention) -> str | None:
    """ "The bridge, which opened on 2 June 1961, was closed ...": "The bridge opened on 2 June
    1961." The subject is the name (for "who") or the noun phrase (for "which", "that") just
    before the pronoun; None when there is none to find."""
    before = text[: mention.start]
    pronoun = next(reversed(list(_PRONOUN.finditer(before))), None)
    if pronoun is None:
        return None
    words = before[: pronoun.start()].rstrip(" ,–—-").split()
    subject: list[str] = []
    for word in reversed(words[-4:]):
        subject.insert(0, word)
        if pronoun.group(1) == "who":
            if not word[:1].isupper():
                subject.pop(0)
                break
        elif word.lower() in _DETERMINERS:
            break
    else:
        if pronoun.group(1) != "who":
            return None
    if not subject:
        return None
    rest = text[pronoun.end() :]
    rest = re.split(r",|;|\s[–—]\s", rest[mention.end - pronoun.end() :], maxsplit=1)[0]
    clause = text[pronoun.end() : mention.end] + rest
    event = " ".join(subject) + " " + clause.strip()
    return event[0].upper() + event[1:].rstrip(".") + "."


# A deal, then who made it, up to its date: "the peace plan brokered by Kell and Orrin on".
_DEAL_BEFORE = re.compile(
    r"\b(?P<deal>(?:the|a|an|its|their|this)\s+(?:[\w’'-]+\s+){0,3}?)"
    r"(?P<made>agreed|signed|struck|brokered|negotiated)\s+(?P<by>(?:by|between)\s[^,;:]{0,60})$",
    re.I,
)


def _dealt_on(text: str, mention: DateMention) -> str | None:
    """ "... the peace plan brokered by Kell and Orrin on September 9": "The peace plan was
    brokered by Kell and Orrin on September 9." None for any other sentence."""
    deal = _DEAL_BEFORE.search(text[: mention.start])
    if deal is None:
        return None
    event = f"{deal['deal']}was {deal['made']} {deal['by']}{mention.text}"
    return event[0].upper() + event[1:] + "."


def find_events(
    analysis: Analysis,
    facts: SentenceFacts,
    group_of: dict[int, int],
    sources: list[int],
    limit: int,
    quoted: list[list[tuple[int, int]]] | None = None,
) -> list[TimelineEvent]:
    """The ``limit`` key events of the cluster, each once with all its outlets, by date;
    ``quoted``: each document's quotations (start, end), when found already."""
    by_key: dict[str, list[_Event]] = {}
    # A day's events by their words and claim groups: a sentence joins an event of one of its
    # groups or with words in common (``same_event`` asks for two at least), so only those
    # are tried, first event first.
    postings: dict[tuple, set[int]] = defaultdict(set)
    texts: dict[tuple[int, str], str] = {}
    # Members whose date is their sentence's own event's ("landed on Oct. 29"), not one named
    # in passing ("accused ... since Oct. 29"): the wordings that tell the dated event.
    own: set[tuple[int, str]] = set()
    lasting: set[tuple[int, str]] = set()
    for i, mention, text in _candidates(analysis, facts, quoted):
        key = mention.iso or "?" + mention.text.lower()
        day = _DAY_WORD.search(mention.text) if mention.precision == "year" else None
        if day:
            # "on Tuesday" in a story known only by its year: "2012", but another day than
            # "on Friday" there (for merging and for the events of one day)
            key += "|" + day.group().lower()
        texts[(i, key)] = text
        if _lasting_since(analysis.sentences[i].text, mention):
            lasting.add((i, key))
        if not mention.subordinate or mention.kind == "thing":
            own.add((i, key))
        doc = analysis.sentences[i].doc_index
        words = facts.words(i)
        day = by_key.setdefault(key, [])
        near = set(postings.get((key, "group", group_of.get(i)), ()))
        for word in words:
            near |= postings.get((key, "word", word), set())
        for at in sorted(near):
            event = day[at]
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
            at = len(day)
            day.append(_Event(key, mention, [i], set(words), {group_of.get(i, -1)}, {doc}))
        for word in words:
            postings[(key, "word", word)].add(at)
        postings[(key, "group", group_of.get(i, -1))].add(at)
    # "The town has grown tenfold since the park was set up in 1946": what lasts to this day
    # is no event of 1946; it may join that day's event ("have joined the strike since March 2"
    # beside "the strike shut the first port on March 2"), not stand for one of its own.
    events = [
        e
        for group in by_key.values()
        for e in group
        if not all((i, e.key) in lasting for i in e.members)
    ]
    centrality = analysis.centrality

    weights: dict[int, tuple] = {}  # by id(event): the events are fixed from here on

    def weight(event: _Event) -> tuple:
        if id(event) not in weights:
            # An event every outlet words with "He ..." leans on a sentence the timeline does
            # not show: any event that stands alone comes first.
            leaning = all(leans_on_previous(texts[(i, event.key)]) for i in event.members)
            members = event.members
            best = max(float(centrality[i]) for i in members)
            weights[id(event)] = (
                leaning,
                -len(event.docs),
                # Dated only by another event it names ("since Oct. 29"): after the events of
                # as many outlets that some outlet dates as its own.
                not any((i, event.key) in own for i in event.members),
                all(_background_statement(texts[(i, event.key)], event.mention) for i in members),
                -best,
                min(event.members),
            )
        return weights[id(event)]

    dated = [e for e in events if e.mention.date]
    undated = sorted((e for e in events if not e.mention.date), key=weight)
    events = dated + undated[: max(0, MIN_DATED - len(dated))]

    # Most outlets first; among events of as many outlets, a day not yet shown before a second
    # event of a day already shown (a story's busiest day does not crowd out its background).
    kept: list[_Event] = []
    per_day: dict[str, int] = {}
    shown_docs: set[int] = set()
    todo = sorted(events, key=weight)
    cap = PER_DAY
    while todo and len(kept) < limit:
        left = [e for e in todo if per_day.get(e.key, 0) < cap]
        if not left and cap < PER_BUSY_DAY:
            cap = PER_BUSY_DAY
            continue
        if not left:
            break
        event = min(
            left,
            key=lambda e: (weight(e)[:2], per_day.get(e.key, 0), e.docs <= shown_docs, weight(e)),
        )
        todo.remove(event)
        kept.append(event)
        shown_docs |= event.docs
        per_day[event.key] = per_day.get(event.key, 0) + 1
    kept.sort(key=lambda e: (e.mention.date is None, e.mention.date or date.min, weight(e)))
    return [_timeline_event(analysis, e, sources, texts, own) for e in kept]


def _timeline_event(
    analysis: Analysis,
    event: _Event,
    sources: list[int],
    texts: dict[tuple[int, str], str],
    own: set[tuple[int, str]],
) -> TimelineEvent:
    # Shown in a wording that stands alone where an outlet has one ("He recited ..." leans
    # on the sentence before it); "In one, on Monday, ..." loses its "In one,".
    alone = [i for i in event.members if not leans_on_previous(texts[(i, event.key)])]
    alone = [i for i in alone if (i, event.key) in own] or alone
    best = best_wording(analysis, alone or event.members)
    text = _ONE_OF_PREFIX.sub("", texts[(best, event.key)])
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
        with_quotes_balanced(text[0].upper() + text[1:]),
        wordings,
        inferred=mention.inferred,
    )
