"""Per-sentence facts of a cluster: its figures, its dates and the date of its event, its words.

Computed lazily and once per sentence, so that citing a 250-word summary reads the facts of a few
dozen sentences, not of the whole cluster; the timeline and conflicts share the same cache.

Dates are resolved against the day each article was written: its publication date, else its
dateline ("Wednesday 21 September 2016 16:17 BST" near the top), else the story's date inferred
from the other articles or, failing that, from the latest date the texts state ("on Oct. 29",
"Nov. 7, 2017"); dates resolved against an inferred story date are marked ``inferred``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from statistics import median_low
from typing import TypeVar

from newsfuse.analyse import Analysis
from newsfuse.briefing.figures import MEASURE_WORDS, Figure, all_figures
from newsfuse.briefing.timeline import (
    FUTURE,
    DateMention,
    Scanned,
    dateline_date,
    dateline_days,
    dates_a_picture,
    find_dates,
    lead_weekday_day,
    main_date,
    names_an_event,
    nearest_year,
    paired_weekday_day,
    scan_dates,
    weekdays_after,
    yearless_dateline,
)
from newsfuse.domain import Document

T = TypeVar("T")

# An embedded post's credit and date: "— Ann Lee (@annlee) November 4, 2017".
_POSTED = re.compile(r"\(@\w+\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*$")
# Cheap test before the date patterns run: a digit, a month, a weekday or a relative day word.
_MAYBE_DATED = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|yesterday|today|tomorrow|tonight|week|month|year|decade|morning"
    r"|night)|(?-i:Day|Eve\b|Christmas|Halloween|Thanksgiving|Easter|Fourth|Good Friday)",
    re.I,
)
#: Share of the rarer sentence's word weight that two sentences about one event share.
RELATED_SHARE = 0.3
#: Share of a sentence's names that a sentence backing it must also name.
SUPPORT_NAMES = 0.5
_NAME_WORD = re.compile(r"(?<=[\w,] )[A-Z][\w’'-]+")  # not a sentence's or a quote's first word
_NAME_PHRASE = re.compile(r"(?<=[\w,] )[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
_STOP_NAMES = {"the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we"}
# Days and months are capitalised but name no one: "since Saturday" is no name to back.
_STOP_NAMES |= {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip
#: An undated article is dated by the dated one whose first LEAD_SENTENCES share at least
#: LEAD_SHARED_WORDS content words and LEAD_SHARE of the smaller lead's with its own.
LEAD_SENTENCES = 2
LEAD_SHARED_WORDS = 4
LEAD_SHARE = 0.3
#: Sentences back that "a year earlier" may count from (in its own article).
COUNTED_REACH = 3
_DATELINE_WORDS = 12  # a sentence this short that carries a full date is a dateline
_LIST_ITEM = re.compile(r"\s*(?:--|[-–—*•·])\s*\S")  # a list's item, not a dateline
_DATELINE_SENTENCES = 8  # ... if it is among the first sentences of its article
# A page's stamp of when it was put up: "Posted: Wednesday, June 27, 2012 1:32 PM EDT",
# "Published on 3 May 2019". The first stamp is the article's day (not "Updated:" after it).
# (A stamp has its colon or opens the line: "she posted on June 5, 2018" is no stamp.)
_POSTED_ON = re.compile(
    r"\b(?:Posted|Published|First published|Updated|Last updated)(?:\s+on)?\s*:\s*"
    r"|(?:^|\n)\s*(?:Posted|Published|First published)(?:\s+on)?\s+"
)
_STAMP_GAP = 12  # characters between the stamp and its date: a weekday and a comma

_STOP = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "among",
        "another",
        "around",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "could",
        "during",
        "each",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "more",
        "most",
        "only",
        "other",
        "over",
        "same",
        "should",
        "since",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "said",
        "says",
        "told",
        "according",
        "reported",
        "report",
        "reports",
        "officials",
        "official",
        "people",
        "least",
        "nearly",
        "almost",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "night",
        "morning",
        "evening",
        "week",
        "yesterday",
        "today",
        "year",
        "years",
        "month",
        "months",
    ]
)
_CONTENT = re.compile(r"[a-z][a-z’'-]{3,}")


def content_words(text: str) -> set[str]:
    """Words that say which event a sentence is about (no numbers, days or count words)."""
    words = set()
    for word in _CONTENT.findall(text.lower()):
        if word in _STOP or word in MEASURE_WORDS:
            continue
        words.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return words


def same_event(a: set[str], b: set[str], share: float = 0.3, least: int = 3) -> bool:
    """Whether two sentences' content words say they report one event: ``least`` shared words,
    and ``share`` of the shorter sentence's (the story's names alone are not enough)."""
    shared, shorter = len(a & b), min(len(a), len(b))
    # A headline has few words: two shared of its four are as telling as three of a sentence's.
    least = min(least, max(2, -(-2 * shorter // 5)))
    return shared >= least and shared >= share * shorter


class SentenceFacts:
    """Figures, dates and content words of each sentence of a cluster, computed on first use."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self._figures: dict[int, list[Figure]] = {}
        self._dates: dict[int, list[DateMention]] = {}
        self._scanned: dict[int, Scanned] = {}
        self._words: dict[int, set[str]] = {}
        self._anchors: list[tuple[date | None, bool]] | None = None
        # (the one year the pages' copyright lines agree on, the latest year the texts state)
        self._copyright: tuple[int | None, int] | None = None
        self._rarity: dict[str, float] | None = None
        self._names: dict[int, set[str]] = {}
        self._lowered: dict[int, str] = {}

    # -- per sentence

    def figures(self, i: int) -> list[Figure]:
        if i not in self._figures:
            self._figures[i] = all_figures(self.analysis.sentences[i].text)
        return self._figures[i]

    def dates(self, i: int) -> list[DateMention]:
        """The sentence's dates, resolved against its article's (perhaps inferred) date."""
        if i not in self._dates:
            # find_dates tests cheaply first which patterns the sentence may match.
            anchor, inferred = self.anchor(self.analysis.sentences[i].doc_index)
            text = self.analysis.sentences[i].text
            scanned = self._scan(i)
            before = self._year_before(i) if any(f[0] == "later" for f in scanned) else None
            found = find_dates(text, anchor, inferred, scanned, before)
            year = self.copyright_year(self.analysis.sentences[i].doc_index)
            if anchor is None and year and any(m.date is None for m in found):
                found = self._in_year(i, found, year)
            self._dates[i] = found
        return self._dates[i]

    def _year_before(self, i: int) -> DateMention | None:
        """The date that "a year earlier" in sentence ``i`` counts from when the sentence
        states none: the event date of one of the three sentences before it in its article, when
        that date is known."""
        doc = self.analysis.sentences[i].doc_index
        for j in range(i - 1, max(-1, i - 1 - COUNTED_REACH), -1):
            if self.analysis.sentences[j].doc_index != doc:
                break
            mention = self.event(j)
            if mention and mention.date:
                return mention
        return None

    def copyright_year(self, doc_index: int) -> int | None:
        """The year an undated article's page states in its copyright line, else the one year
        every page that states one agrees on: the year its weekdays and year-less days fall in.
        None where the texts state a later year (a "2022 festival" on a page of 2018)."""
        if self._copyright is None:
            years = {d.year for d in self.analysis.documents if d.year}
            texts = " ".join(s.text for s in self.analysis.sentences) if years else ""
            latest = max((int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", texts)), default=0)
            self._copyright = (years.pop() if len(years) == 1 else None, latest)
        agreed, latest = self._copyright
        own = self.analysis.documents[doc_index].year or agreed
        return own if own and own >= latest else None

    def _in_year(self, i: int, found: list[DateMention], year: int) -> list[DateMention]:
        """The undated mentions of a sentence read in ``year`` (inferred): a year-less day
        ("on Dec. 5") is that day of the year; a weekday or "yesterday", whose day the year
        cannot tell, is the year alone."""
        text = self.analysis.sentences[i].text
        late = {(m.start, m.end): m for m in find_dates(text, date(year, 12, 31), True)}
        middle = {(m.start, m.end): m for m in find_dates(text, date(year, 6, 30), True)}
        out = []
        for mention in found:
            key = (mention.start, mention.end)
            if mention.date is not None or key not in late or late[key].date is None:
                out.append(mention)
            elif middle.get(key) and middle[key].date == late[key].date:
                out.append(late[key])
            else:
                out.append(replace(mention, date=date(year, 1, 1), precision="year", inferred=True))
        return out

    def _scan(self, i: int) -> Scanned:
        """The sentence's date expressions, scanned once: the story's date is inferred from
        them before they are read against it."""
        if i not in self._scanned:
            self._scanned[i] = scan_dates(self.analysis.sentences[i].text)
        return self._scanned[i]

    def event(self, i: int) -> DateMention | None:
        """The date of the event the sentence reports (not of another event it mentions)."""
        return main_date(self.dates(i), self.analysis.sentences[i].text)

    def words(self, i: int) -> set[str]:
        if i not in self._words:
            self._words[i] = content_words(self.analysis.sentences[i].text)
        return self._words[i]

    def same_day_possible(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` can report the same event, judging by their dates."""
        a, b = self.event(i), self.event(j)
        if a is None or b is None:
            return True
        if a.date and b.date:
            return a.iso == b.iso if a.precision == b.precision else True
        # "early on Saturday" and "on Saturday morning" are one day, whatever it is
        days = [_WEEKDAY.findall(m.text.lower()) for m in (a, b)]
        if all(days):
            return days[0] == days[1]
        return a.text.lower() == b.text.lower()

    def related(self, i: int, j: int, share: float = RELATED_SHARE) -> bool:
        """Whether two sentences share enough of their rarer words (weighted by how few
        sentences of the cluster use them) to be about one event."""
        if self._rarity is None:
            counts: Counter[str] = Counter()
            for k in range(len(self.analysis.sentences)):
                counts.update(self.words(k))
            total = len(self.analysis.sentences) + 1
            self._rarity = {w: math.log(total / c) for w, c in counts.items()}
        a, b = self.words(i), self.words(j)
        weight = self._rarity
        shared = sum(weight.get(w, 0.0) for w in a & b)
        smaller = min(sum(weight.get(w, 0.0) for w in a), sum(weight.get(w, 0.0) for w in b))
        return len(a & b) >= 2 and shared >= share * smaller

    def lowered_text(self, doc_index: int) -> str:
        """An article's text in lower case (read once)."""
        if doc_index not in self._lowered:
            self._lowered[doc_index] = self.analysis.documents[doc_index].text.lower()
        return self._lowered[doc_index]

    def names(self, i: int) -> set[str]:
        """The capitalised words inside a sentence: names, roughly."""
        if i not in self._names:
            words = _NAME_WORD.findall(self.analysis.sentences[i].text)
            self._names[i] = {w.lower() for w in words if w.lower() not in _STOP_NAMES}
        return self._names[i]

    def supports(self, i: int, j: int) -> bool:
        """Whether sentence ``j`` states what sentence ``i`` states: every figure of ``i`` in
        ``j`` with a value both allow, and most of ``i``'s names (a sentence about the same
        event that says something else does not back it)."""
        theirs = self.figures(j)
        mine_figures = self.figures(i)
        for figure in mine_figures:
            same = [f for f in theirs if f.key == figure.key]
            # Failing one of the same kind, a figure of the same value will do: what a figure
            # counts is read from the words after it, which outlets word differently.
            if not any(figure.compatible(f) for f in same or theirs):
                return False
        if len(mine_figures) >= 2:
            # Two or more figures all stated alike are the fact itself; the place or day named
            # around them is context an outlet need not repeat in that sentence.
            return True
        # One name is one name however many words it has ("Ilse Brandt"): its last word.
        mine = self._name_keys(i)
        return len(mine) < 2 or len(mine & self._name_keys(j)) >= SUPPORT_NAMES * len(mine)

    def _name_keys(self, i: int) -> set[str]:
        text = self.analysis.sentences[i].text
        keys = set()
        for phrase in _NAME_PHRASE.findall(text):
            words = [w.lower() for w in phrase.split() if w.lower() not in _STOP_NAMES]
            if words:
                keys.add(words[-1])
        return keys

    def same_day(self, i: int, j: int) -> bool:
        """Whether both sentences date their event, to the same day."""
        a, b = self.event(i), self.event(j)
        return bool(a and b and a.date and a.precision == b.precision == "day" and a.iso == b.iso)

    # -- per article and story

    def anchor(self, doc_index: int) -> tuple[date | None, bool]:
        """The day the article was written and whether that day is inferred."""
        if self._anchors is None:
            self._anchors = self._infer_anchors()
        return self._anchors[doc_index]

    @property
    def story_date(self) -> date | None:
        """The story's date: the median of the articles' own dates, else the inferred one."""
        dates = [self.anchor(d)[0] for d in range(len(self.analysis.documents))]
        known = [d for d in dates if d]
        return median_low(known) if known else None

    def _infer_anchors(self) -> list[tuple[date | None, bool]]:
        documents = self.analysis.documents
        own: list[date | None] = [d.published.date() if d.published else None for d in documents]
        by_doc: dict[int, list[int]] = {}
        for i, sentence in enumerate(self.analysis.sentences):
            by_doc.setdefault(sentence.doc_index, []).append(i)
        for doc, indices in by_doc.items():
            if own[doc] is None:
                # "KELL, March 5, 2015 (Meridian Wire) --" opens the text; the sentences lost it
                own[doc] = (
                    dateline_date(documents[doc].text)
                    or self._dateline(indices)
                    or _copies_dateline(documents[doc], dateline_date)
                )
        known = [d for d in own if d]
        # A wire dateline without its year ("MOSCOW, August 14 (Xinhua) --") states the day the
        # article was written; the year comes from the other articles or the leads' weekdays.
        lines = [
            None if d else yearless_dateline(doc.text) or _copies_dateline(doc, yearless_dateline)
            for d, doc in zip(own, documents, strict=True)
        ]
        if known:
            story = median_low(known)
            if any(lines):
                own = [
                    d or line
                    for d, line in zip(own, dateline_days(lines, story, None), strict=True)
                ]
            return [
                (d, False)
                if d
                else (
                    self._alike_dated(n, own, by_doc)
                    or self._lead_paired(n, by_doc, story)
                    or story,
                    True,
                )
                for n, d in enumerate(own)
            ]
        # A news photo's day ("... Wednesday, May 10, 2017. (AP Photo/...)"): the article was
        # written then or the day after, when it names that day's weekday (inferred).
        pictured = [
            weekdays_after(d.pictured, [self.analysis.sentences[i].text for i in by_doc[n]], 1)
            if d.pictured and n in by_doc
            else None
            for n, d in enumerate(documents)
        ]
        if any(pictured):
            story = median_low([d for d in pictured if d])
            # A day the texts state in the fortnight after the photo ("laid to rest on
            # Thursday, March 9" under a photo of the crash on March 4): written by then.
            full, _years, yearless, _weekdays, _plan_years = self._stated_dates()
            later = _days_after(story, full, yearless)
            return [(max(d or story, later or story), True) for d in pictured]
        full, years, yearless, weekdays, plan_years = self._stated_dates()
        # (the year of a past day stated in full is a past year too: "since August 2, 1999";
        # and the texts are written at least as late as they look back from)
        looked_back = self.looked_back_year() if years or full else None
        years = years + [looked_back] if looked_back else years
        past_years = years + [day.year for day in full]
        if any(lines) and past_years:
            days = dateline_days(lines, None, max(past_years), plan_years)
            if any(days):
                story = median_low([d for d in days if d])
                texts = [s.text for s in self.analysis.sentences]
                return [
                    (day, False)
                    if day
                    else (
                        self._alike_dated(n, days, by_doc)
                        # its own dateline's day, in the year nearest before the story's
                        or (nearest_year(lines[n][0], lines[n][1], story) if lines[n] else None)
                        or self._lead_paired(n, by_doc, story)
                        or weekdays_after(story, [texts[i] for i in by_doc.get(n, [])]),
                        True,
                    )
                    for n, day in enumerate(days)
                ]
        story = _latest_stated_date(full, years, yearless)
        if story is not None and self._told_a_year_on(story):
            # "Shepard was beaten on Oct. 7, 1998" and "Shepard, beaten a year ago": the texts
            # look back on their latest day from a year later
            story = _safe_year(story, story.year + 1)
        if story is None and years:
            # A day without its year in one article and its weekday in another ("filed May 3",
            # "filed Saturday") fix the year; each article was written by its last weekday.
            paired = paired_weekday_day(list(dict.fromkeys(yearless)) + weekdays, max(years))
            if paired:
                texts = [s.text for s in self.analysis.sentences]
                return [
                    (weekdays_after(paired, [texts[i] for i in by_doc.get(d, [])]), True)
                    for d in range(len(documents))
                ]
        return [(story, True) for _ in documents]

    def _alike_dated(
        self, doc: int, days: list[date | None], by_doc: dict[int, list[int]]
    ) -> date | None:
        """The day of the dated article whose lead tells what an undated article's lead tells
        ("a submarine retrieved a flight data recorder" and "one of the black boxes ... has been
        recovered"): the undated one was written then, not on the story's middle day. None when
        no dated lead shares enough of its words."""
        mine = self._lead_words(by_doc.get(doc, []))
        best, found = 0.0, None
        for other, day in enumerate(days):
            if day is None or other == doc:
                continue
            theirs = self._lead_words(by_doc.get(other, []))
            shared = len(mine & theirs)
            alike = shared / max(1, min(len(mine), len(theirs)))
            if shared >= LEAD_SHARED_WORDS and alike >= LEAD_SHARE and alike > best:
                best, found = alike, day
        return found

    def _lead_paired(self, doc: int, by_doc: dict[int, list[int]], story: date) -> date | None:
        """The day an undated article was written when its lead's weekday event is one another
        article dates ("charged two men on Monday", "were charged Sept. 21", a Monday): that
        day, or the last weekday it names in the days after."""
        texts = [s.text for s in self.analysis.sentences]
        mine = by_doc.get(doc, [])
        others = [texts[i] for d, indices in by_doc.items() if d != doc for i in indices]
        day = lead_weekday_day([texts[i] for i in mine[:LEAD_SENTENCES]], others, story)
        return weekdays_after(day, [texts[i] for i in mine]) if day else None

    def _lead_words(self, indices: list[int]) -> set[str]:
        words: set[str] = set()
        for i in indices[:LEAD_SENTENCES]:
            words |= self.words(i)
        return words

    def _told_a_year_on(self, story: date) -> bool:
        """Whether a sentence tells of something "a year ago" or "last year" and names someone
        a sentence dated in ``story``'s year names: the texts are a year on from that day."""
        dated = []
        clauses = {i: words for i, (_n, words) in self._looking_back(_A_YEAR_AGO).items()}
        ago = list(clauses)
        year = str(story.year)
        if not ago:
            return False  # (most stories: the dated sentences need not be read)
        for i, sentence in enumerate(self.analysis.sentences):
            if i in clauses or year not in sentence.text:
                continue
            if any(
                m.precision == "day" and m.date and m.date.year == story.year
                for m in find_dates(sentence.text, None, scanned=self._scan(i))
            ):
                dated.append(i)
        # the same person and the same event: a name and a word of what happened in common
        # ("Shepard ... tied to a fence a year ago" / "lashed Shepard to a fence on Oct. 7, 1998"),
        # not "Ruiz, who took office last year" / "the council voted on March 3, 2019, Ruiz said"
        return any(
            self.names(i) & self.names(j) - _MONTH_NAMES
            and event_stems(clauses[i] - self.names(i) - _YEAR_WORDS) & event_stems(self.words(j))
            for i in ago
            for j in dated
        )

    def _looking_back(self, pattern: re.Pattern) -> dict[int, tuple[int, set[str]]]:
        """Per sentence that looks back (``pattern``: "a year ago", "six years ago"), how many
        years (1 where the pattern names none) and the words of the clause that does."""
        found: dict[int, tuple[int, set[str]]] = {}
        for i, sentence in enumerate(self.analysis.sentences):
            text = sentence.text
            back = pattern.search(text) if "year" in text or "anniversary" in text else None
            if not back or FUTURE.search(text):
                continue
            start = max(text.rfind(c, 0, back.start()) for c in ",;:")
            ends = [text.find(c, back.end()) for c in ",;."]
            end = min([e for e in ends if e >= 0], default=len(text))
            words = content_words(text[start + 1 : end]) - _YEAR_WORDS
            if not words - _NUMBER_WORDS.keys() and end < len(text) and text[end] == ",":
                # "Two years ago, Bush told the board ...": the clause after the comma
                after = [e for e in (text.find(c, end + 1) for c in ",;.") if e >= 0]
                words = content_words(text[end + 1 : min(after, default=len(text))])
            count = back.groupdict().get("count")
            found[i] = (_NUMBER_WORDS.get(count.lower(), 0) if count else 1, words)
        return found

    def looked_back_year(self) -> int | None:
        """The year the texts look back from: "stabbed to death six years ago" and "stabbed to
        death in 1993" of one person tell 1999; the latest such year, else None."""
        clauses = {i: (n, words) for i, (n, words) in self._looking_back(_YEARS_AGO).items() if n}
        if not clauses:
            return None
        best = None
        for j, sentence in enumerate(self.analysis.sentences):
            if j in clauses or not _A_YEAR.search(sentence.text):
                continue
            for i, (n, words) in clauses.items():
                names = self.names(i) & self.names(j) - _MONTH_NAMES
                if not names or not (words & self.words(j)) - self.names(i) - _YEAR_WORDS:
                    continue
                for year in map(int, _A_YEAR.findall(sentence.text)):
                    if year + n <= date.today().year:
                        best = max(best or 0, year + n)
        return best

    def _dateline(self, indices: list[int]) -> date | None:
        for i in indices[:_DATELINE_SENTENCES]:
            sentence = self.analysis.sentences[i]
            stamp = _POSTED_ON.search(sentence.text)
            if stamp:
                # "Posted: Wednesday, June 27, 2012 1:32 PM EDT", however long the line it ends
                for mention in find_dates(sentence.text, None, scanned=self._scan(i)):
                    if mention.precision == "day" and mention.date and mention.start >= stamp.end():
                        if mention.start - stamp.end() <= _STAMP_GAP:
                            return mention.date
                        break
            if sentence.words > _DATELINE_WORDS or not _MAYBE_DATED.search(sentence.text):
                continue
            if dates_a_picture(sentence.text):
                continue  # "... reports during Action News on June 1, 2018": an old clip's day
            if _LIST_ITEM.match(sentence.text):
                continue  # "-- Dec. 3, 1973: The first Concorde flies": a chronology's entry
            for mention in find_dates(sentence.text, None, scanned=self._scan(i)):
                if mention.precision == "day" and mention.date and not names_an_event(mention):
                    if sentence.text[mention.end : mention.end + 2].strip().startswith(":"):
                        continue  # "Dec. 3, 1973: The first ... flies": an entry, not a dateline
                    return mention.date
        return None

    def _stated_dates(self) -> tuple[list[date], list[int], list[str], list[str], set[int]]:
        """The past full days and years the texts state, the sentences with year-less days and
        with weekdays, and the years of the full days they plan for."""
        full: list[date] = []
        years: list[int] = []
        yearless: list[str] = []
        weekdays: list[str] = []
        plan_years: set[int] = set()
        for i, sentence in enumerate(self.analysis.sentences):
            text = sentence.text
            if not _MAYBE_DATED.search(text):
                continue
            plan = FUTURE.search(text) and not _POSTED.search(text)
            # a government reports on the fiscal year it is in and budgets for the next
            plan_years.update(int(m[1] or m[2] or m[3]) for m in _BUDGET_YEAR.finditer(text))
            for mention in find_dates(text, None, scanned=self._scan(i)):
                if names_an_event(mention) or mention.kind == "thing":
                    # "the Sept. 11 attacks" are history, not the story's day; "the 2020
                    # election" may be one ahead.
                    continue
                if mention.precision == "year" and mention.date:
                    # "the last hearing in 2016 after officials said he would reoffend": a past
                    # year unless a "will" comes before it.
                    # "By 2030, ... will be": a target year, not a past one.
                    target = re.search(r"\b(?:by|until|till)\s+$", text[: mention.start], re.I)
                    planned = _PLANNED_FOR.search(text, max(0, mention.start - 80), mention.start)
                    if not target and not planned and not FUTURE.search(text[: mention.start]):
                        years.append(mention.date.year)
                elif plan:
                    # a plan's date is no past day (a post's own date is, whatever); its year
                    # is the story's or the next
                    deadline = re.search(
                        r"\b(?:by|until|till|through|before)\s+$", text[: mention.start], re.I
                    )  # "must be finished by Dec. 31, 2006": a target, perhaps years ahead
                    if mention.precision == "day" and mention.date and not deadline:
                        plan_years.add(mention.date.year)
                elif mention.precision == "day" and mention.date:
                    full.append(mention.date)
                elif mention.precision == "day" and any(c.isdigit() for c in mention.text):
                    yearless.append(text)
                elif mention.precision == "day" and text not in weekdays:
                    weekdays.append(text)
        return full, years, yearless, weekdays, plan_years


def _copies_dateline(document: Document, read: Callable[[str], T | None]) -> T | None:
    """The dateline that ``read`` finds opening one of the document's dropped near copies: the
    same wire story, printed by another outlet that kept its dateline."""
    return next((found for lead in document.copy_leads if (found := read(lead))), None)


# "fiscal year 2000", "fiscal 2001", "FY2001", "the 2001 budget", "a budget for 2001": a year
# that a budget is for.
_BUDGET_YEAR = re.compile(
    r"\b(?:(?i:fiscal(?:\s+year)?)\s+|FY\s?)((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)(?=\s+(?i:budget)\b)|(?<=\b(?i:budget) for )((?:19|20)\d\d)\b"
)


# "a spacecraft to be launched in 2003", "developed for launch in 2003", "plans for a probe in
# 2008": a year planned for, not one past.
_PLANNED_FOR = re.compile(
    r"\b(?:to\s+be\s+[a-z]+(?:ed|en)|for\s+(?:launch|completion|release|delivery|opening)"
    r"|plans?\s+for|planned|proposed|being\s+(?:developed|built|designed)|due)\b[^.;!?]*$",
    re.I,
)


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_YEAR_WORDS = {"year", "years", "ago", "last", "said", "says"}
# ... and the first anniversary of something, or this week's ("this week's anniversary of the
# shootings" that a sentence dates "April 20, 1999")
_A_YEAR_AGO = re.compile(
    r"\b(?:a|one)\s+year\s+ago\b|\blast\s+year\b"
    r"|\b(?:first|1st|this\s+week[’']s|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s)"
    r"\s+anniversary\b",
    re.I,
)
# Past forms that are not the verb with "-ed" ("shot" of "shootings"): one event's words.
_IRREGULAR_PAST = {
    "shot": "shoot", "struck": "strike", "fell": "fall", "sank": "sink", "stole": "steal",
    "fled": "flee", "hit": "hit", "blew": "blow", "caught": "catch", "froze": "freeze",
}  # fmt: skip


def event_stems(words: set[str]) -> set[str]:
    """Words as their verb's stem, so that "shootings" and "shot", "killing" and "killed" meet."""
    stems = set()
    for word in words:
        for ending in ("ings", "ing", "ed"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        stems.add(_IRREGULAR_PAST.get(word, word))
    return stems


_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    **{str(n): n for n in range(2, 61)},
}  # fmt: skip
# "six years ago", "10 years ago" (not "the years ago"): how far back the texts look.
_YEARS_AGO = re.compile(rf"\b(?P<count>{'|'.join(_NUMBER_WORDS)})\s+years\s+ago\b", re.I)
_A_YEAR = re.compile(r"(?<![\w$.,/-])((?:19|20)\d\d)(?![\w%/-]|,\d)")
_MONTH_NAMES = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
}  # fmt: skip


def _safe_year(day: date, year: int) -> date:
    """``day`` in ``year`` (Feb. 29 as Feb. 28 where the year has none)."""
    return (
        day.replace(year=year, day=min(day.day, 28)) if day.month == 2 else day.replace(year=year)
    )


#: How many days after a news photo the article that prints it may tell of.
PICTURE_REACH_DAYS = 14


def _days_after(day: date, full: list[date], yearless: list[str]) -> date | None:
    """The latest day the texts state (in full, or without its year and read near ``day``) in
    the :data:`PICTURE_REACH_DAYS` after ``day``, if any."""
    stated = list(full)
    for text in yearless:
        stated += [m.date for m in find_dates(text, day) if m.date and m.precision == "day"]
    after = [d for d in stated if 0 < (d - day).days <= PICTURE_REACH_DAYS]
    return max(after, default=None)


def _latest_stated_date(full: list[date], years: list[int], yearless: list[str]) -> date | None:
    """The latest past day the texts state: full dates first, then year-less days read against
    the latest full one. None when no text states a full date."""
    if not full:
        return None
    latest = max(full)
    if years and max(years) > latest.year:
        # "murdered on Dec. 6, 1973 ... the top films of 2009": the latest full date is
        # background; the story's own day is not stated, and any guess would be years off.
        return None
    for text in yearless:
        for mention in find_dates(text, latest):
            if mention.date and mention.precision == "day" and mention.date > latest:
                latest = mention.date
    return latest


# A full stop, perhaps inside closing quotes or brackets: "... a 'parallel universe'" is none.
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’')]*\s*$")


#: A line this short with no full stop is a title or a caption, wherever it stands.
TITLE_WORDS = 12


def is_headline(analysis: Analysis, i: int) -> bool:
    """A title, standfirst or caption: no full stop at its end, among an article's first lines
    or short."""
    sentence = analysis.sentences[i]
    if _ENDS_SENTENCE.search(sentence.text):
        return False
    return sentence.index < 3 or sentence.words <= TITLE_WORDS
