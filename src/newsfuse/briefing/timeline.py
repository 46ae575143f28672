"""Timeline: dates in sentences resolved against the article's publication date, then events.

News writes dates relative to the day it is published: "on Tuesday" in a past-tense sentence is
the most recent Tuesday on or before publication, in a sentence about the future ("will resume on
Thursday") the next one on or after it; "yesterday", "last week" and "earlier this week" count
back from publication; "9 September", "September 9" and "Sept. 21, 2016" are read directly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from newsfuse.daterange import in_range

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_PATTERNS = [
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})(?:,?\s+(\d{{4}}))?\b", re.I)),
    ("mdy", re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)),
    ("weekday", re.compile(
        r"\b(last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?\b",
        re.I)),
    ("relative", re.compile(
        r"\b(yesterday|today|tomorrow|last night|this morning|tonight|earlier this week"
        r"|this week|last week|next week)\b", re.I)),
]  # fmt: skip
_FUTURE = re.compile(
    r"\b(?:will|would(?!\s+have)|shall|is to|are to|is due to|are due to|is expected to"
    r"|are expected to|plans? to|planned to|scheduled|to be held|next)\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date expression of one sentence and the day (or week) it means, if it can be known."""

    start: int
    end: int
    text: str
    date: date | None
    precision: str  # "day" | "week"


def _weekday(day_name: str, published: date, future: bool, strictly_before: bool) -> date:
    target = _WEEKDAYS.index(day_name.lower())
    if future:
        return published + timedelta(days=(target - published.weekday()) % 7)
    back = (published.weekday() - target) % 7
    if strictly_before and back == 0:
        back = 7
    return published - timedelta(days=back)


def _month_day(month: str, day: str, year: str | None, published: date | None) -> date | None:
    number = _MONTH_NUMBERS[month.lower().rstrip(".")[:3]]
    if year:
        chosen = int(year)
    elif published:
        chosen = published.year
    else:
        return None
    try:
        return date(chosen, number, int(day))
    except ValueError:
        return None


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` where possible."""
    if published is not None and not in_range(published):
        published = None  # no "the day before" near the calendar's ends: it would overflow
    future = bool(_FUTURE.search(text))
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            resolved: date | None = None
            precision = "day"
            if kind == "dmy":
                resolved = _month_day(match.group(2), match.group(1), match.group(3), published)
            elif kind == "mdy":
                resolved = _month_day(match.group(1), match.group(2), match.group(3), published)
            elif kind == "weekday" and published:
                resolved = _weekday(match.group(2), published, future, bool(match.group(1)))
            elif kind == "relative" and published:
                word = match.group(1).lower()
                offsets = {"yesterday": -1, "last night": -1, "today": 0, "this morning": 0}
                offsets |= {"tonight": 0, "tomorrow": 1}
                if word in offsets:
                    resolved = published + timedelta(days=offsets[word])
                else:
                    precision = "week"
                    monday = published - timedelta(days=published.weekday())
                    shift = {"last week": -7, "next week": 7}.get(word, 0)
                    resolved = monday + timedelta(days=shift)
            elif kind == "relative":
                precision = "week" if "week" in match.group(1).lower() else "day"
            taken.append((match.start(), match.end()))
            found.append(
                DateMention(match.start(), match.end(), match.group(), resolved, precision)
            )
    return sorted(found, key=lambda m: m.start)


def event_date(text: str, published: date | None) -> DateMention | None:
    """The date a sentence's event happened on: its first date expression."""
    mentions = find_dates(text, published)
    return mentions[0] if mentions else None
