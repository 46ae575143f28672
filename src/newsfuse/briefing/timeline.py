"""Dates in sentences, resolved against the day the article was written.

News writes dates relative to the day it is published: "on Tuesday" in a past-tense sentence is
the most recent Tuesday on or before publication, in a sentence about the future ("will resume on
Thursday") the next one on or after it; "yesterday", "last week" and "earlier this week" count
back from publication; "9 September", "Sept. 21, 2016", "July 2016" and "in 1986" are read
directly (a year-less "Oct. 29" takes the year that puts it nearest before the article's date).

When the article's date is itself only inferred (an undated article: the story's date is taken
from the other articles or from the dates in the text), a weekday is the one nearest that date,
and every date resolved against it is marked ``inferred``.

A sentence can hold several dates; its *event* date is the one attached to what the sentence
reports, not a date inside a relative clause ("the truce that was agreed on 9 September") or after
"after"/"since" (another, earlier event).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsfuse.briefing.model import iso_date
from newsfuse.daterange import in_range
from newsfuse.segment import sentence_texts
from newsfuse.select import is_caption

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# "May" only capitalised: "may" is a verb. "March" likewise, but it is rare as a verb before a day.
_MONTH = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|May\b)"
)
_YEAR = r"(1[89]\d\d|20\d\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "in 2000 homes", "of 1900 people" count something; "in 2010 after the spill", "in 2014 by
# 96%" date something: a year is no date when a plural noun follows it.
_NOT_A_COUNT = (
    r"(?!\s+(?:(?!(?:was|has|is|as|us|this|its|his|hers|yes|thus|plus|whereas)\b)[a-z]+s\b"
    r"|(?:people|men|women|children|staff|police|troops)\b))"
)
# What a date before a noun can date on its own: records, works, occasions ("a 2008 black car"
# is a model year, no day of the story).
# Occasions named by their year ("the 2012 election", "the 2022 World Cup") are as often ahead
# as past: no date of the story.
_THINGS = (
    r"memoir|book|novel|biography|film|movie|documentary|album|song|play|report|study|paper"
    r"|survey|poll|census|note|letter|e-?mail|memo|interview|speech|article|essay|column|post"
    r"|tweet|video|photo|statement|ruling|decision|verdict|law|bill|treaty|agreement|deal"
    r"|lawsuit|suit|inquiry|investigation|audit|crash|attack|fire|earthquake|flood|storm"
    r"|hurricane|coup"
)
_A_THING = rf"(?:[a-z]+[- ]){{0,2}}?(?:{_THINGS})s?\b"
# A weekday that starts a title is no date: "Saturday Night Live", "the Sunday Times".
_PAPERS = r"(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|People|Star|Sport|Independent)\b"
# Holidays by the day they fall on in a year: (month, day), or (month, weekday, which: 1 the
# first, -1 the last) for those on a weekday of their month, or an offset from Easter Sunday.
_HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int] | int] = {
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Valentine's Day": (2, 14),
    "St. Patrick's Day": (3, 17), "Fourth of July": (7, 4), "July Fourth": (7, 4),
    "Halloween": (10, 31), "Veterans Day": (11, 11), "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25), "Christmas": (12, 25), "Boxing Day": (12, 26),
    "Martin Luther King Day": (1, 0, 3), "Presidents Day": (2, 0, 3),
    "Presidents' Day": (2, 0, 3), "Mother's Day": (5, 6, 2), "Memorial Day": (5, 0, -1),
    "Father's Day": (6, 6, 3), "Labor Day": (9, 0, 1), "Thanksgiving Day": (11, 3, 4),
    "Thanksgiving": (11, 3, 4), "Good Friday": -2, "Easter Sunday": 0, "Easter": 0,
    "Easter Monday": 1,
}  # fmt: skip
_HOLIDAYS_NAMED = [re.escape(name).replace("'", "['’]?") for name in _HOLIDAYS]
# Words that may follow a holiday's name when it names a day ("on Christmas Day when ...").
_NOT_A_NOUN = (
    r"(?:morning|afternoon|evening|night|in|at|on|of|when|while|and|or|but|after|before|as|"
    r"with|by|to|from|for|he|she|they|it|we|I|his|her|their|the|a|an|was|were|is|had|has)"
)
# Words one of the holidays' names holds: a sentence without any names none.
_HOLIDAY_CUES = (
    "Day", "Eve", "Christmas", "Halloween", "Thanksgiving", "Easter", "Fourth", "Good Friday",
)  # fmt: skip


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday falls on in ``year`` ("Memorial Day", 2017: May 29)."""
    written = name.lower().replace("’", "'")
    rule = next(
        (r for n, r in _HOLIDAYS.items() if written in {n.lower(), n.lower().replace("'", "")}),
        None,
    )
    if rule is None:
        return None
    if isinstance(rule, int):
        return easter(year) + timedelta(days=rule)
    if len(rule) == 2:
        return _safe_date(year, *rule)
    month, weekday, which = rule
    if which > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _nearest_holiday(name: str, anchor: date) -> date | None:
    """The holiday nearest before ``anchor`` (two months after at most, as ``nearest_year``)."""
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        found = holiday_date(name, year)
        if found and (found - anchor).days <= 62:
            return found
    return None


_DATE_PATTERNS = [
    # An event named by its date dates itself: "the Sept. 11 attacks" were in 2001.
    ("named", re.compile(
        r"\b9/11\b|\b(?i:sept(?:ember|\.)?)\s+11(?:th)?(?=\s+(?i:attacks?|terror))")),
    # (a range of days is read as its first: "Oct. 12-13, 1992", "12-13 October 1992")
    ("mdy", re.compile(rf"\b({_MONTH})\s+{_DAY}(?:\s?[-–]\s?\d{{1,2}})?\b(?:,\s*|\s+){_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}(?:\s?[-–]\s?\d{{1,2}})?\s+({_MONTH})(?:,\s*|\s+){_YEAR}\b")),
    ("my", re.compile(rf"\b({_MONTH}),?\s+(?:of\s+)?{_YEAR}\b")),
    ("md", re.compile(rf"\b({_MONTH})\s+{_DAY}\b(?!\s*(?:,\s*)?\d)")),
    ("dm", re.compile(rf"\b{_DAY}\s+({_MONTH})(?![\w.]*\s*,?\s*\d)")),
    ("month", re.compile(
        rf"\b(?i:(in|since|by|until|last|this|early|late|mid-|earlier\s+this|end\s+of))\s+({_MONTH})"
        r"(?!\s*\d)")),
    ("year", re.compile(
        rf"\b(?i:(in|since|during|until|by|from|of|early|late|mid-|around|back\s+in|"
        rf"spring|summer|autumn|fall|winter))\s+{_YEAR}\b(?![-–]\d|\s*%){_NOT_A_COUNT}")),
    # "on Memorial Day", "on Christmas Eve", "on the Fourth of July": a day of the year named
    # (what a holiday calls "the day" of a story's event; "a Christmas party" dates nothing)
    ("holiday", re.compile(
        r"\b(?i:on)\s+(?:the\s+)?(?:(?i:morning|night|evening|afternoon)\s+of\s+)?"
        rf"({'|'.join(sorted(_HOLIDAYS_NAMED, key=len, reverse=True))})\b"
        # with its year ("on Christmas Day, 1995"); not a thing named by it ("Easter Island",
        # "Labor Day weekend", "Christmas trees"): a noun may not follow
        rf"(?:,?\s+{_YEAR}\b)?(?!\s+(?!{_NOT_A_NOUN}\b)[A-Za-z])")),
    ("weekday", re.compile(
        r"\b(?i:(last|next|this|on|late|early)\s+)?"
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?" + _PARTS
        + r"\b(?!\s+(?:(?:Night|Morning|Evening|Afternoon)\s+[A-Z]|" + _PAPERS + r"))")),
    # A year before a record or a work dates that thing, not the sentence's event: "a 2004
    # handwritten note", "her 2007 memoir", "1935's film".
    ("thing", re.compile(rf"\b{_YEAR}(?:(?=\s+{_A_THING})|(?=['’]s\s))")),
    # "in 1996 ... the next year": a year counted from the one the sentence (or, where it has
    # none, the sentence before it) states: "The couple met in 1978. A year earlier ..."
    ("later", re.compile(
        r"\b(?i:the\s+(?:next|following|previous|prior|same)\s+year|the\s+year\s+before\b(?!\s+\w)"
        r"|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?year(?!['’])"
        r"|(?:a|one|two|three|four|five)\s+years?\s+(?:later|earlier|before\b(?!\s+\w))"
        # "... on May 3. The announcement came the same day": that day again
        r"|(?:the|that)\s+same\s+(?:day|night)|(?:later|earlier)\s+that\s+(?:day|night|morning"
        r"|afternoon|evening))\b")),
    # "two weeks ago", "a year ago", "a decade ago": counted back from the article's day;
    # "more than 20 years ago" only bounds a date.
    ("ago", re.compile(
        r"(?<![\d,.])(?<!more than )(?<!over )\b(?i:(an?|one|two|three|four|five|six|seven"
        r"|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year|decade)s?\s+ago)\b")),
    ("relative", re.compile(  # "in the last year" is a span of time, not last year
        r"\b(?<!\bthe )(?<!\bThe )(?i:(yesterday|today|tomorrow|last night|this morning|tonight"
        r"|earlier this week|this week|last week|next week|last month|this month"
        r"|earlier this month|next month|last year|this year|earlier this year|next year))\b")),
]  # fmt: skip
# What every pattern above needs: a digit, or a month, a weekday or a relative date's word.
_MAY_HOLD_A_DATE = re.compile(
    rf"\d|(?i:day|tomorrow|night|morning|week|month|year|decade)|\b{_MONTH}"
    r"|Eve\b|Christmas|Halloween|Thanksgiving|Easter|Fourth"
)
# What each pattern needs, tested cheaply first (each pattern scans the whole sentence): a year,
# a digit, the "day" of a weekday, and on an ASCII sentence, where (?i) is plain lower-casing,
# the start of a month's name or a relative date's words. A sentence that none fits holds no
# date: most sentences.
_A_YEAR = re.compile(_YEAR)
_DIGIT = re.compile(r"\d")
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RELATIVE_WORDS = (
    "yesterday", "today", "tomorrow", "last night", "this morning", "tonight", "this week",
    "last week", "next week", "last month", "this month", "next month", "last year", "this year",
    "next year",
)  # fmt: skip
#: The words of a year counted from another ("the next year", "a year earlier", "that year").
_COUNTED_FROM = ("later", "next", "following", "previous", "prior", "same", "before", "earlier")
_COUNTED_FROM += ("that",)
_NEEDS_A_YEAR = {"mdy", "dmy", "my", "year", "thing"}
_NEEDS_A_DIGIT = {"named", "md", "dm"} | _NEEDS_A_YEAR
_NEEDS_A_MONTH = {"mdy", "dmy", "my", "md", "dm", "month"}


def _kinds_ruled_out(text: str) -> set[str]:
    """The kinds of ``_DATE_PATTERNS`` that cannot match ``text`` (a kind not named here always
    runs; a pattern given new words needs them here too: tests/test_date_gates.py checks every
    sentence of the tests)."""
    out = set() if _A_YEAR.search(text) else set(_NEEDS_A_YEAR)
    if not _DIGIT.search(text):
        out |= _NEEDS_A_DIGIT
    elif "11" not in text:
        out.add("named")  # "9/11", "Sept. 11"
    if "day" not in text:
        out.add("weekday")  # the weekdays' names are matched case-sensitively
    if not any(cue in text for cue in _HOLIDAY_CUES):
        out.add("holiday")
    if text.isascii():
        lower = text.lower()
        if not any(start in lower for start in _MONTH_STARTS):
            out |= _NEEDS_A_MONTH
        if not any(word in lower for word in _RELATIVE_WORDS):
            out.add("relative")
    # Words with no letter that (?i) matches beyond its case ("K" for the Kelvin sign): tested
    # on any sentence.
    lower = text.lower()
    counted_year = "year" in lower and any(word in lower for word in _COUNTED_FROM)
    if not counted_year and not ("same" in lower or "that" in lower):
        out.add("later")  # "the next year", "a year earlier", "that year", "the same day"
    if " ago" not in lower and "\xa0ago" not in lower:
        out.add("ago")  # "three days ago" ("Chicago" is none)
    return out


FUTURE = re.compile(
    r"\b(?:will|would(?!\s+have)|shall|is to|are to|is due to|are due to|is expected to"
    r"|are expected to|plans? to|planned to|scheduled|to be held|next|tune in|set to"
    r"|expects?|forecasts?|predicts?)\b",
    re.I,
)
# A weekday ahead without a "will": an arrangement in the present progressive ("the family is
# holding a vigil Thursday", "a summit taking place Wednesday") or an earliest day ("could launch
# as soon as Saturday"; a bare "could" is no plan).
_ARRANGED = re.compile(
    r"\b(?:is|are|am)\s+(?:\w+ly\s+|both\s+|all\s+)?(?:holding|hosting|travell?ing|meeting"
    r"|visiting|flying|heading|playing|launching|opening|returning|leaving|going|coming|starting"
    r"|beginning|resuming|gathering|marching|voting|preparing)\b|\btaking\s+place\b"
    r"|\bas\s+soon\s+as\b",
    re.I,
)
# "in today's Turkey", "today's standards": the present age, not the day.
_NOWADAYS = re.compile(
    r"['’]s\s+(?:[A-Z]|(?:world|standards|terms|society|money|dollars)\b"
    r"|(?:town|city|village|country|region|state)\s+of\b)"
)
_YEARLY = re.compile(r"\b(?:every|each)\s+year\s+(?:on\s+)?$", re.I)
# Words that put the date that follows them on another, earlier or later event.
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|since|following|until|before|ahead of|than|agreed|signed|struck|brokered"
    r"|announced|began|started|that was|which was|that were|which were|compared\s+(?:with|to))\b"
    # "fell from $3m in 2014": the figure it changed from.
    r"[^,;:]{0,40}$|\bfrom\s+[$€£]?\d[^,;:]{0,30}$"
    # "the truce brokered by Kell and Orrin on 9 May": who made the deal may take more words.
    r"|\b(?:agreed|signed|struck|brokered|negotiated)\s+(?:by|between)\s[^,;:]{0,60}$",
    re.I,
)
# "who took over in 2016", "which allegedly occurred in 1986": the clause's own, earlier event.
_RELATIVE_CLAUSE = re.compile(
    r"\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:was|were|had|has|is|\w+ed|took|made|won|led|ran"
    r"|became|began|gave|held|left|came|went|saw|found|met|fell|rose|grew|built|sold|bought"
    r"|wrote|spoke)\b[^,;]*$",
    re.I,
)

# A video's or a list's credit on a page: "Vernon Odom reports during Action News at 6pm on June
# 1, 2018", "Watch the report ...", "(See the top 10 movies of 2009.)": it dates a clip or a list,
# perhaps an old one, never the page nor an event of the story.
_CLIP_CREDIT = re.compile(
    r"\breports?\s+(?:during|on|for)\s+[^.]{0,40}?\b(?:News|at\s+\d)|\bWatch\s+(?:the\s+)?"
    r"(?:report|video|story)\b|\bEMBED\b|\bMore News Videos\b|^\s*\(See\s"
)
# A line about the page itself: "This story was originally posted at ...", "Updated on ...".
# A time stamp that opens a line ("March 10, 2012 10:54 am ET by Staff") is the page's too.
_PAGE_LINE = re.compile(
    r"\b(?:originally|first)\s+(?:posted|published)\b|^\s*\(?(?:Updated|Posted|Published|Last"
    r"\s+updated)\b|^\W*(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]+\.?,?\s+\d{4})"
    r",?\s+(?:at\s+)?\d{1,2}[:.]\d\d\b",
    re.I,
)


def dates_a_picture(text: str) -> bool:
    """Whether a sentence is a photo caption or a clip's credit: its date is a picture's."""
    return bool(_CLIP_CREDIT.search(text)) or is_caption(text)


def dates_no_event(text: str) -> bool:
    """Whether a sentence's date is a picture's or the page's (a caption, a clip's credit, an
    "Updated ..." line), never an event of the story."""
    return dates_a_picture(text) or bool(_PAGE_LINE.search(text))


@dataclass(frozen=True)
class DateMention:
    """A date expression of one sentence and the day (or week, month, year) it means.

    ``date`` is None when it cannot be known (a weekday in an undated story); ``precision`` is
    ``"day"``, ``"week"`` (the week's Monday), ``"month"`` (its first) or ``"year"`` (1 Jan);
    ``inferred`` when the date was resolved against a story date guessed from the texts;
    ``subordinate`` when it dates another event than the sentence's own.
    """

    start: int
    end: int
    text: str
    date: date | None
    precision: str
    inferred: bool = False
    subordinate: bool = False
    #: In a relative clause that tells an event of its own ("the bridge, which opened in 1961").
    clause: bool = False
    #: The pattern that found it: "thing" dates a record or a work ("her 2007 memoir"), "later"
    #: is counted from the sentence's year before it ("the next year").
    kind: str = ""
    #: A day that names an event before its noun: "the Nov. 1 shooting".
    names: bool = False

    @property
    def iso(self) -> str | None:
        """The date at its precision: ``2016``, ``2016-07``, ``2016-07-14``."""
        if self.date is None:
            return None
        return iso_date(self.date, self.precision)

    @property
    def absolute(self) -> bool:
        """Whether the text states the date itself (with its year or at least month and day)."""
        if self.kind == "later":
            return self.date is not None
        return self.precision in {"day", "month", "year"} and any(ch.isdigit() for ch in self.text)


_NAMED_DAY = date(2001, 9, 11)


def _month(word: str) -> int:
    # casefold, not lower: the patterns match case-insensitively, so "ſeptember" (a long s)
    # and a Kelvin sign's "K" come here too.
    return _MONTH_NUMBERS[word.casefold().rstrip(".")[:3]]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def nearest_year(month: int, day: int, anchor: date) -> date | None:
    """The date with that month and day nearest before ``anchor`` (allowing two months after:
    an announced date ahead)."""
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        found = _safe_date(year, month, day)
        if found and (found - anchor).days <= 62:
            return found
    return None


def _weekday(name: str, anchor: date, future: bool, last: bool, inferred: bool) -> date | None:
    target = _WEEKDAYS.index(name.lower())
    if inferred:
        # The anchor is the latest date the texts mention: the article was written on it or a
        # little after, so the weekday nearest to it (a few days on at most) is meant.
        offsets = range(0, 7) if future else range(-4, 3)
    elif future:
        offsets = range(0, 7)
    else:
        offsets = range(-7, 0) if last else range(-6, 1)
    for offset in offsets:
        day = _shift(anchor, offset)
        if day and day.weekday() == target:
            return day
    return None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNTS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def _ago(count: str, unit: str, anchor: date) -> tuple[date | None, str]:
    n = int(count) if count.isdigit() else _COUNTS[count]
    if unit == "day":
        return _shift(anchor, -n), "day"
    if unit == "week":
        monday = _shift(anchor, -anchor.weekday() - 7 * n)
        return monday, "week"
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - n
        return _safe_date(months // 12, months % 12 + 1, 1), "month"
    years = n * (10 if unit == "decade" else 1)
    return _safe_date(anchor.year - years, 1, 1), "year"


def _relative(word: str, anchor: date) -> tuple[date | None, str]:
    word = " ".join(word.lower().split())
    days = {"yesterday": -1, "last night": -1, "today": 0, "this morning": 0, "tonight": 0}
    days |= {"tomorrow": 1}
    if word in days:
        return _shift(anchor, days[word]), "day"
    if word.endswith("week"):
        monday = _shift(anchor, -anchor.weekday())
        shift = {"last week": -7, "next week": 7}.get(word, 0)
        return (_shift(monday, shift) if monday else None), "week"
    if word.endswith("month"):
        month = anchor.month + {"last month": -1, "next month": 1}.get(word, 0)
        year = anchor.year + (month - 1) // 12
        return _safe_date(year, (month - 1) % 12 + 1, 1), "month"
    year = anchor.year + {"last year": -1, "next year": 1}.get(word, 0)
    return _safe_date(year, 1, 1), "year"


def _resolve(
    kind: str, match: re.Match, anchor: date | None, future: bool, inferred: bool
) -> tuple[date | None, str, bool]:
    """(date, precision, whether it leans on the anchor) for one match."""
    g = match.groups()
    if kind == "later":
        return None, "year", False  # counted from the year before it: see _count_on
    if kind == "named":
        return _NAMED_DAY, "day", False
    if kind == "mdy":
        return _safe_date(int(g[2]), _month(g[0]), int(g[1])), "day", False
    if kind == "dmy":
        return _safe_date(int(g[2]), _month(g[1]), int(g[0])), "day", False
    if kind == "my":
        return _safe_date(int(g[1]), _month(g[0]), 1), "month", False
    if kind == "year":
        return _safe_date(int(g[1]), 1, 1), "year", False
    if kind == "thing":
        return _safe_date(int(g[0]), 1, 1), "year", False
    if kind == "holiday" and g[1]:
        return holiday_date(g[0], int(g[1])), "day", False  # "on Christmas Day, 1995"
    if anchor is None:
        if kind == "ago":
            return None, "year" if g[1].lower() == "decade" else g[1].lower(), False
        if kind == "relative":
            word = g[0].lower()
            return None, next((p for p in ("week", "month", "year") if p in word), "day"), False
        return None, "month" if kind == "month" else "day", False
    if kind == "ago":
        return *_ago(g[0].lower(), g[1].lower(), anchor), True
    if kind in {"md", "dm"}:
        month, day = (g[0], g[1]) if kind == "md" else (g[1], g[0])
        return nearest_year(_month(month), int(day), anchor), "day", True
    if kind == "holiday":
        return _nearest_holiday(g[0], anchor), "day", True
    if kind == "month":
        number = _month(g[1])
        year = anchor.year if number <= anchor.month or future else anchor.year - 1
        if g[0].lower() == "last" and number >= anchor.month:
            year = anchor.year - 1
        return _safe_date(year, number, 1), "month", True
    if kind == "weekday":
        qualifier = (g[0] or "").lower()
        ahead = future or qualifier == "next"
        return _weekday(g[1], anchor, ahead, qualifier == "last", inferred), "day", True
    resolved, precision = _relative(g[0], anchor)
    return resolved, precision, True


def names_an_event(mention: DateMention) -> bool:
    """Whether the mention is an event named by its date ("the Sept. 11 attacks"): history,
    never the day a story happens."""
    return mention.date == _NAMED_DAY and "2001" not in mention.text


def stated_day(mention: DateMention) -> date | None:
    """The day a mention states, for comparing: its date, or for a year-less "April 14" in a
    story whose year is unknown, that day in a leap year (2000)."""
    if mention.date or mention.precision != "day":
        return mention.date
    for kind in ("md", "dm"):
        match = dict(_DATE_PATTERNS)[kind].fullmatch(mention.text)
        if match:
            month, day = match.groups() if kind == "md" else match.groups()[::-1]
            return _safe_date(2000, _month(month), int(day))
    return None


# The words before a record's date: "a 2004 note", "her 2009 memoir".
_OWNERS = {"a", "an", "the", "his", "her", "its", "their", "our", "my", "this", "that"}
_OWNER = re.compile(rf"\b(?i:{'|'.join(sorted(_OWNERS))})\s+$")


def _dates_a_thing(text: str, match: re.Match) -> bool:
    after = text[match.end() : match.end() + 2]
    if after[:1] in {"'", "’"}:
        return True  # "1935's film"
    return bool(_OWNER.search(text, max(0, match.start() - 8), match.start()))


#: One date expression as the text gives it: (kind, match, start, end, future, subordinate,
#: clause); what it means depends on the day it is read against (see find_dates).
Scanned = tuple[tuple[str, re.Match, int, int, bool, bool, bool], ...]


def scan_dates(text: str) -> Scanned:
    """The date expressions of ``text``, in order, before any is resolved: a sentence read
    against several days (its story's, none) is scanned once."""
    found: list[tuple[str, re.Match, int, int, bool, bool, bool]] = []
    taken: list[tuple[int, int]] = []
    ruled_out = _kinds_ruled_out(text)
    for kind, pattern in _DATE_PATTERNS:
        if kind in ruled_out:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind in {"month", "year"}:
                start = match.start(2)  # "in 1986": the date is the year, not the "in"
            elif kind == "holiday":
                start = match.start(1)  # "on Memorial Day": the holiday
            elif kind == "thing" and not _dates_a_thing(text, match):
                continue
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "relative" and match.group().isupper():
                continue  # "USA TODAY": a name
            if (
                kind == "relative"
                and match.group().lower() == "today"
                and _NOWADAYS.match(text, end)
            ):
                continue
            if kind in {"md", "dm"} and _YEARLY.search(text, max(0, start - 40), start):
                continue  # "every year on May 8": a feast, no day of the story
            # Future when a "will"/"is to" stands shortly before the date, in its clause.
            clause_before = text[max(0, start - 60) : start].split(",")[-1]
            future = bool(FUTURE.search(clause_before)) or (
                kind == "weekday" and bool(_ARRANGED.search(clause_before))
            )
            before = text[:start]
            clause = bool(_RELATIVE_CLAUSE.search(before))
            # A record's or a work's date is the sentence's event date only when it has no other.
            subordinate = kind == "thing" or clause or bool(_SUBORDINATE_BEFORE.search(before))
            taken.append((start, end))
            found.append((kind, match, start, end, future, subordinate, clause))
    found.sort(key=lambda f: f[2])
    return tuple(found)


def find_dates(
    text: str,
    published: date | None,
    inferred: bool = False,
    scanned: Scanned | None = None,
    before: DateMention | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published`` where possible;
    ``inferred`` says ``published`` is a guessed story date, not the article's own;
    ``scanned``: ``scan_dates(text)``, when done already; ``before``: the date the text's
    "a year earlier" or "the next year" counts from when the text states no year before it."""
    if published is not None and not in_range(published):
        published = None  # no "the day before" near the calendar's ends: it would overflow
    found: list[DateMention] = []
    for kind, match, start, end, future, subordinate, clause in (
        scan_dates(text) if scanned is None else scanned
    ):
        resolved, precision, relative = _resolve(kind, match, published, future, inferred)
        found.append(
            DateMention(
                start,
                end,
                text[start:end],
                resolved,
                precision,
                inferred and relative and resolved is not None,
                subordinate,
                clause,
                kind,
                kind in _DAY_KINDS
                and bool(_OWNER.search(text, max(0, start - 8), start))
                and _NOUN_AFTER.match(text, end) is not None,
            )
        )
    if len(found) > 1:
        found = _ranges(text, found)
    return _count_on(found, before)


_DAY_KINDS = {"md", "dm", "mdy", "dmy"}
# A common noun right after a day: "the Nov. 1 shooting" (not "the May 3 and 4 talks").
_NOUN_AFTER = re.compile(r"\s+(?!and\b|or\b|to\b|through\b|at\b|in\b|on\b)[a-z]{3,}\b")


# "from Jan. 1 to Aug. 31, 2016", "August 1–November 13, 2014": a range's first day takes the
# year stated after its last.
_RANGE_TO = re.compile(r"\s*(?i:to|through|until|till|and|or|-|–|—)\s*")


def _ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    result = list(mentions)
    for k, (first, last) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if first.kind not in {"md", "dm"} or last.kind not in {"mdy", "dmy"} or not last.date:
            continue
        if not _RANGE_TO.fullmatch(text, first.end, last.start):
            continue
        day = stated_day(replace(first, date=None))
        if day is None:
            continue
        year = last.date.year - (1 if day.month > last.date.month else 0)  # "Dec. 20 to Jan. 5"
        result[k] = replace(first, date=_safe_date(year, day.month, day.day), inferred=False)
    return result


_COUNTS_OF_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_YEAR_AFTER = {"next": 1, "following": 1, "previous": -1, "prior": -1, "same": 0, "before": -1}


def years_counted(text: str) -> int:
    """How many years a counted year lies after the one it is counted from: "the next year" 1,
    "two years earlier" -2, "later that year" 0."""
    words = text.lower().split()
    if words[-1] == "year" and words[0] != "the" or "that" in words:
        return 0  # "that year", "later that same year"
    if words[0] == "the":
        return _YEAR_AFTER[words[1] if words[1] != "year" else words[2]]
    sign = 1 if words[-1] == "later" else -1
    return sign * _COUNTS_OF_YEARS[words[0]]


def _count_on(mentions: list[DateMention], before: DateMention | None = None) -> list[DateMention]:
    """ "In 1996 ... the next year": the year after the sentence's last stated year before it,
    else after ``before`` (the last year the sentences before it state); with neither, no date."""
    if not any(m.kind == "later" for m in mentions):
        return mentions
    result: list[DateMention] = []
    for mention in mentions:
        if mention.kind != "later":
            result.append(mention)
            continue
        base = next((m for m in reversed(result) if m.date and m.absolute), before)
        if base is None or base.date is None:
            continue
        if "year" not in mention.text.lower():  # "the same day", "later that night"
            if base.precision == "day":
                result.append(
                    replace(mention, date=base.date, precision="day", inferred=base.inferred)
                )
            continue
        counted = _safe_date(base.date.year + years_counted(mention.text), 1, 1)
        result.append(replace(mention, date=counted, inferred=base.inferred))
    return result


def event_date(text: str, published: date | None, inferred: bool = False) -> DateMention | None:
    """The date of what the sentence reports: its first date not attached to another event
    (inside a relative clause or after "after"/"since"), else its last date."""
    mentions = find_dates(text, published, inferred)
    return main_date(mentions, text)


#: A year within this many characters of a sentence's start dates the sentence ("In 2010, ...").
_OPENING_CHARS = 12


_SAID_ON = re.compile(
    r"\b(?:said|says|reported|reports|announced|told|added|stated|wrote|confirmed)\s+(?:on\s+)?$"
)


def main_date(mentions: list[DateMention], text: str = "") -> DateMention | None:
    """Of a sentence's dates, the one of the event it reports (see :func:`event_date`);
    ``text``, the sentence, tells a day its verb takes from a day of saying."""
    if not mentions:
        return None
    own = [m for m in mentions if not m.subordinate]
    days = [m for m in own if m.precision == "day" and m.absolute]
    if days and own[0].precision in {"year", "month"} and not own[0].absolute:
        own = days  # "this year ... on April 16": the day is the event's date
    # "ruled out running for president in 2012 or 2016 on Friday": a year inside the sentence
    # is what the news is about; the day its verb takes is when it happened (not a day of
    # saying: "was created in 1991, the paper reported Monday" dates the making)
    if text and own and own[0].precision == "year" and own[0].start > _OPENING_CHARS:
        acted_days = [
            m
            for m in own[1:]
            if m.precision == "day" and m.date and not _SAID_ON.search(text, 0, m.start)
        ]
        if acted_days and own[0].absolute:
            own = acted_days
    # All attached to clauses: the last one follows the clause that the first one dated
    # ("the truce that was agreed on 9 September broke on Monday"); a day that names an event
    # ("announced Tuesday that its last patient from the Nov. 1 shooting ...") dates no news.
    unnamed = [m for m in mentions if not m.names]
    return own[0] if own else (unnamed or mentions)[-1]


# The verb a date hangs on ("filed May 3", "filed on Saturday"), in the past tense; a verb of
# saying is no event of its own ("said Monday" and "said on May 3" are two statements).
_HANGS_ON = re.compile(
    r"\b([a-z]{2,}ed|held|began|won|lost|met|took|fell|rose|sank|struck|hit|went|broke|blew"
    r"|caught|drove|flew|fought|froze|left|ran|sent|shot|stole|swept|tore|wrote)\s+(?:on\s+)?$"
)
_SAYING = {
    "said", "added", "announced", "stated", "noted", "reported", "tweeted", "posted",
    "explained", "confirmed", "claimed", "insisted", "warned", "argued", "replied", "responded",
}  # fmt: skip
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_PAIR_SHARED = 2  # content words the two sentences share besides the verb
#: A story is at most this many years later than the latest year its texts state, and never in
#: the future: the weekday fits a day once in 5, 6 or 11 years, so a later match is a guess.
_PAIR_YEARS_AFTER = 3
_WEEKDAY_SPAN = 3  # an article's own weekdays after the paired day lie within this many days


def _hung_on(text: str, start: int) -> str | None:
    word = _HANGS_ON.search(text[max(0, start - 40) : start].lower())
    if word and word.group(1) not in _SAYING:
        return word.group(1)
    return None


# The verb of a clause, a few words before its weekday: "sank in the strait on Saturday".
_CLAUSE_VERB = re.compile(_HANGS_ON.pattern.split(r")\s+")[0] + r")\b")
_CLAUSE_START = re.compile(r".*(?:[,;:(]|\band\b|\bbut\b|\bwho\b|\bwhich\b|\bthat\b)", re.S)


def _clause_verb(text: str, start: int) -> str | None:
    before = text[max(0, start - 60) : start].lower()
    clause = before[opening.end() :] if (opening := _CLAUSE_START.match(before)) else before
    verbs = _CLAUSE_VERB.findall(clause)
    return verbs[-1] if verbs and verbs[-1] not in _SAYING else None


def hung_weekdays(text: str, in_clause: bool = False) -> list[tuple[str, int, re.Match]]:
    """The weekdays a sentence hangs on a verb of its own ("sank on Saturday", "filed Monday";
    ``in_clause``: also a few words after the verb, "sank in the strait on Saturday"): (the
    verb, the weekday's number, Monday 0, the match). Not "said Monday", not "last Friday"."""
    if "day" not in text and "DAY" not in text:
        return []  # (every weekday's name ends so: most sentences are passed over here)
    return [
        (verb, _WEEKDAYS.index(m.group(2).lower()), m)
        for m in dict(_DATE_PATTERNS)["weekday"].finditer(text)
        if (m.group(1) or "on").lower() == "on"
        and (
            verb := _hung_on(text, m.start())
            or (_clause_verb(text, m.start()) if in_clause else None)
        )
    ]


_VerbDay = tuple[str, set[str], int, int]  # (verb, words, month, day)
_VerbWeekday = tuple[str, set[str], int]  # (verb, words, weekday)


def _verb_dates(
    texts: list[str], in_clause: bool = False
) -> tuple[list[_VerbDay], list[_VerbWeekday]]:
    """The days without a year ("a suit filed May 3") and the weekdays ("a lawsuit filed
    Saturday"; ``in_clause``: see :func:`hung_weekdays`) the sentences hang on a verb, with each
    sentence's content words."""
    days: list[_VerbDay] = []
    weekdays: list[_VerbWeekday] = []
    md = dict(_DATE_PATTERNS)["md"]
    for text in texts:
        if not _MAY_HOLD_A_DATE.search(text):
            continue
        dated = [
            (verb, _month(m.group(1)), int(m.group(2)))
            for m in md.finditer(text)
            if (verb := _hung_on(text, m.start()))
            and not _YEARLY.search(text, max(0, m.start() - 40), m.start())  # "every year on"
        ]
        named = [(verb, target) for verb, target, _match in hung_weekdays(text, in_clause)]
        if not (dated or named) or FUTURE.search(text) or dates_a_picture(text):
            continue
        words = set(_CONTENT_WORD.findall(text.lower())) - ENGLISH_STOP_WORDS
        days += [(verb, words, month, day) for verb, month, day in dated]
        weekdays += [(verb, words, target) for verb, target in named]
    return days, weekdays


def _paired(days: list[_VerbDay], weekdays: list[_VerbWeekday]):
    """(month, day, weekday) of each day and weekday two sentences hang on the same verb,
    sharing words besides it."""
    for verb, words, month, day in days:
        for other_verb, other_words, target in weekdays:
            if other_verb == verb and len((words & other_words) - {verb}) >= _PAIR_SHARED:
                yield month, day, target


def paired_weekday_day(texts: list[str], latest_year: int) -> date | None:
    """The day of an event that one sentence dates without a year ("a suit filed May 3") and
    another gives a weekday ("a lawsuit filed Saturday"): the first year from ``latest_year``
    (the latest year the texts state) in which that day falls on that weekday. None when no
    two sentences hang their dates on the same verb and share words besides."""
    last = min(latest_year + _PAIR_YEARS_AFTER, date.today().year)
    named_days = calendar_days(texts, latest_year)
    if named_days:
        return named_days[0]
    for month, day, target in _paired(*_verb_dates(texts)):
        for year in range(latest_year, last + 1):
            found = _safe_date(year, month, day)
            if found and found.weekday() == target:
                return found
    return None


def lead_weekday_day(lead: list[str], others: list[str], story: date) -> date | None:
    """The day of an undated article's lead event ("Tanzania charged two men on Monday") that
    another article dates ("were charged Sept. 21"), read nearest before the story's day
    ``story``, when it falls on the lead's weekday; None when no such pair."""
    _none, weekdays = _verb_dates(lead, in_clause=True)
    days, _other = _verb_dates(others)
    for month, day, target in _paired(days, weekdays):
        found = nearest_year(month, day, story)
        if found and found <= story and found.weekday() == target:
            return found
    return None


# A weekday and its day in one phrase, without the year: "on Sunday, Oct. 31", "Oct. 31, a Sunday".
_WEEKDAY_NAME = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_AND_DAY = re.compile(
    rf"\b{_WEEKDAY_NAME},?\s+({_MONTH})\s+{_DAY}\b(?!\s*,?\s*\d)"
    rf"|\b({_MONTH})\s+{_DAY},\s+(?:a\s+)?{_WEEKDAY_NAME}\b"
)


#: The years from the latest the texts state in which a weekday named with its day is looked for
#: (the story is not before a year it tells of as past; a fit further on is a guess).
_CALENDAR_YEARS = (0, 5)


def calendar_days(texts: list[str], latest_year: int) -> list[date]:
    """The days that phrases naming a weekday with its day ("Sunday, Oct. 31") fix, in order,
    in the year from ``latest_year`` (the latest the texts state) on that fits most of them: of
    equals the first. [] when none fits. (A weekday falls on a given day once in 5, 6 or 11
    years.)"""
    pairs = []
    for text in texts:
        if not _MAY_HOLD_A_DATE.search(text):
            continue
        for m in _WEEKDAY_AND_DAY.finditer(text):
            weekday, month, day = m.group(1, 2, 3) if m.group(1) else m.group(6, 4, 5)
            pairs.append((_WEEKDAYS.index(weekday.lower()), _month(month), int(day)))
    return sorted(_fitting_days(pairs, latest_year)[1])


def _fitting_days(
    pairs: list[tuple[int, int, int]], latest_year: int, planned: Collection[int] = ()
) -> tuple[int | None, list[date]]:
    """The year from ``latest_year`` on (see :data:`_CALENDAR_YEARS`) in which most (weekday,
    month, day) pairs fit, and the days that fit in it. Of equals, a year in ``planned`` (the
    year of a day the texts plan for: "will be sworn in on May 7, 2000") comes first, for a
    plan is made in its own year or the one before; else the nearest."""
    before, after = _CALENDAR_YEARS
    last = date.today().year
    candidates = set(range(latest_year + before, min(latest_year + after, last) + 1))
    candidates |= {year for year in planned if latest_year <= year <= last}
    years = sorted(
        candidates,
        key=lambda year: (year not in planned, abs(year - latest_year), year < latest_year),
    )
    best: tuple[int | None, list[date]] = (None, [])
    for year in years:
        fitting = [
            found
            for weekday, month, day in pairs
            if (found := _safe_date(year, month, day)) and found.weekday() == weekday
        ]
        if len(fitting) > len(best[1]):
            best = (year, fitting)
    return best


# A wire dateline with its day but not its year: "MOSCOW, August 14 (Xinhua) --", "PARIS, Nov.
# 3 _". The place is in capitals or capitalised words; the agency in brackets may follow.
_YEARLESS_DATELINE = re.compile(
    rf"^\s*[A-Z][A-Za-z.'’ -]{{1,40}}?(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}}?)?,\s+({_MONTH})\s+"
    rf"{_DAY}(?:,\s*{_YEAR})?\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:--|—|–|_|-|:)\s"
)
#: Years either side of the other articles' day in which a year-less dateline's lead weekday is
#: looked for when it does not fit the nearest one.
_DATELINE_YEARS = 2
#: Year-less datelines further apart than this (in the calendar) are no one story's days.
DATELINE_SPAN_DAYS = 120
#: How much of an article after its dateline holds the lead sentence.
_LEAD_CHARS = 600
Dateline = tuple[int, int, int | None]  # month, day, the lead's weekday (Monday 0) or None


def yearless_dateline(text: str) -> Dateline | None:
    """An article's dateline day that gives no year ("MOSCOW, August 14 (Xinhua) --"): its
    month, its day and the weekday of the lead's own event ("... reported Monday"), which a
    wire lead dates on its dateline's day; None for a dateline of another form."""
    match = _YEARLESS_DATELINE.match(text[:160])
    if match is None or match.group(3):
        return None  # (with its year, see dateline_date)
    # The lead as the segmenter reads it: "U.S." or "Sept." ends no sentence.
    lead = next(iter(sentence_texts(text[match.end() : match.end() + _LEAD_CHARS])), "")
    weekday = None
    for m in dict(_DATE_PATTERNS)["weekday"].finditer(lead):
        if FUTURE.search(lead[max(0, m.start() - 60) : m.start()].split(",")[-1]):
            continue  # "would start a visit to Kuwait on Saturday": a day ahead, not its own
        if (m.group(1) or "on").lower() in {"on", "late", "early"}:
            weekday = _WEEKDAYS.index(m.group(2).lower())
            break
    return _month(match.group(1)), int(match.group(2)), weekday


def dateline_date(text: str) -> date | None:
    """The day of a wire dateline that gives its year: "KELL, March 5, 2015 (Meridian Wire) --"."""
    match = _YEARLESS_DATELINE.match(text[:160])
    if match is None or not match.group(3):
        return None
    return _safe_date(int(match.group(3)), _month(match.group(1)), int(match.group(2)))


def _scattered(datelines: list[Dateline]) -> bool:
    """Whether the datelines' days lie further apart than :data:`DATELINE_SPAN_DAYS` in the
    calendar (its ends joined): articles of different seasons, perhaps of different years."""
    days = sorted(
        found.timetuple().tm_yday
        for month, day, _ in datelines
        if (found := _safe_date(2000, month, day))  # (a leap year: Feb. 29 is a day too)
    )
    if len(days) < 2:
        return False
    gaps = [b - a for a, b in zip(days, days[1:], strict=False)] + [days[0] + 366 - days[-1]]
    return 366 - max(gaps) > DATELINE_SPAN_DAYS


def _one_fitting_day(line: Dateline, latest_year: int) -> date | None:
    """The dateline's day in the one year from ``latest_year`` on (see :data:`_CALENDAR_YEARS`)
    in which its lead's weekday falls on it; None when none or several do."""
    month, day, weekday = line
    if weekday is None:
        return None
    before, after = _CALENDAR_YEARS
    last = min(latest_year + after, date.today().year)
    fitting = [
        found
        for year in range(latest_year + before, last + 1)
        if (found := _safe_date(year, month, day)) and found.weekday() == weekday
    ]
    return fitting[0] if len(fitting) == 1 else None


#: Datelines of different seasons whose leads' weekdays each fit one year alone are read so,
#: over this many days at most, when this many leads or more agree.
SPREAD_DAYS = 731
SPREAD_LEADS = 4
#: Years from the latest the texts state in which datelines of different seasons are read
#: together, when each alone fits several or none of the nearer years.
_JOINT_YEARS = 15


def _jointly_fitting_days(datelines: list[Dateline | None], latest_year: int) -> list[date | None]:
    """The datelines' days in the one way, within :data:`_JOINT_YEARS` from ``latest_year``,
    in which every lead's weekday falls on its dateline and all the days lie within a year of
    each other ("BUCHAREST, December 15" of a Wednesday and "MANILA, May 9" of a Tuesday: 1999
    and 2000, when the texts state 1991); a dateline with no weekday in the year that puts it
    among them. All None when no such way or several."""
    weekdayed = [line for line in datelines if line and line[2] is not None]
    nothing: list[date | None] = [None] * len(datelines)
    if len(weekdayed) < 2:
        return nothing
    last = min(latest_year + _JOINT_YEARS, date.today().year)
    years = range(latest_year, last + 1)
    fitting = {
        line: [
            d for y in years if (d := _safe_date(y, line[0], line[1])) and d.weekday() == line[2]
        ]
        for line in set(weekdayed)
    }
    ways = set()
    for start in fitting[weekdayed[0]]:
        near = [[d for d in fitting[line] if abs((d - start).days) <= 366] for line in weekdayed]
        if all(len(found) == 1 for found in near):
            chosen = [found[0] for found in near]
            if (max(chosen) - min(chosen)).days <= 366:
                ways.add(tuple(chosen))
    if len(ways) != 1:
        return nothing
    read = dict(zip(weekdayed, ways.pop(), strict=True))
    low, high = min(read.values()), max(read.values())
    days: list[date | None] = []
    for line in datelines:
        if line is None or line in read:
            days.append(read.get(line) if line else None)
            continue
        # no weekday: the year in which the day lies nearest the span of the others
        distance = {
            d: max(0, (low - d).days, (d - high).days)
            for y in range(low.year - 1, high.year + 2)
            if (d := _safe_date(y, line[0], line[1]))
        }
        best = sorted(distance, key=distance.get)
        nearest = best[0] if best and distance[best[0]] <= 366 else None
        if nearest and len(best) > 1 and distance[best[1]] == distance[nearest]:
            nearest = None
        days.append(nearest)
    return days


def _nearest_fitting_day(line: Dateline, latest_year: int, read: list[date]) -> date | None:
    """The dateline's day in the year from ``latest_year`` on in which its lead's weekday falls
    on it that lies nearest the days ``read`` (sorted), if within a year of them."""
    month, day, weekday = line
    if weekday is None:
        return None
    before, after = _CALENDAR_YEARS
    fitting = [
        found
        for year in range(latest_year + before, min(latest_year + after, date.today().year) + 1)
        if (found := _safe_date(year, month, day)) and found.weekday() == weekday
    ]
    if not fitting:
        return None

    def distance(found: date) -> int:
        return max(0, (read[0] - found).days, (found - read[-1]).days)

    best = min(fitting, key=distance)
    return best if distance(best) <= 366 else None


def dateline_days(
    datelines: list[Dateline | None],
    anchor: date | None,
    latest_year: int | None,
    planned: Collection[int] = (),
) -> list[date | None]:
    """The days of year-less datelines (None for an article without one): read nearest before
    ``anchor`` (a day the other articles state), else in the year from ``latest_year`` (the
    latest the texts state) on in which most leads' weekdays fall on their dateline's day. A
    lead whose weekday falls neither on its dateline's day nor on the day before is read in the
    nearest year where it does. All None when nothing tells the year, or when the datelines
    are days of different seasons (:data:`DATELINE_SPAN_DAYS`)."""
    if _scattered([line for line in datelines if line]):
        if anchor is not None or latest_year is None:
            return [None] * len(datelines)
        # Articles of different seasons, perhaps of different years: each dateline in the one
        # year from the latest stated on in which its lead's weekday falls on it, if only one,
        # and where two or more so read lie within a year of each other (one story's months).
        days = [_one_fitting_day(line, latest_year) if line else None for line in datelines]
        read = sorted(day for day in days if day)
        if len(read) < 2 or (read[-1] - read[0]).days > 366:
            joint = _jointly_fitting_days(datelines, latest_year)
            if (
                not any(joint)
                and len(read) >= SPREAD_LEADS
                and (read[-1] - read[0]).days <= SPREAD_DAYS
            ):
                # A window of a topic over two years (wire reports of 1998 and 1999), read in
                # no one year: four leads or more, each fitting one year alone, all within two
                # years; the others unread.
                return days
            return joint
        # A lead whose weekday fits its dateline in several years is read in the one nearest
        # the days so read, when that lies within a year of them.
        return [
            day or (_nearest_fitting_day(line, latest_year, read) if line else None)
            for line, day in zip(datelines, days, strict=True)
        ]
    if anchor is not None:
        days = [nearest_year(line[0], line[1], anchor) if line else None for line in datelines]
        years = range(anchor.year - _DATELINE_YEARS, anchor.year + _DATELINE_YEARS + 1)
    elif latest_year is not None:
        pairs = [(line[2], line[0], line[1]) for line in datelines if line and line[2] is not None]
        year, fitting = _fitting_days(pairs, latest_year, planned)
        if year is None or len(fitting) * 2 < len(pairs):  # half the leads at least
            return [None] * len(datelines)
        days = [_safe_date(year, line[0], line[1]) if line else None for line in datelines]
        before, after = _CALENDAR_YEARS
        years = range(latest_year + before, min(latest_year + after, date.today().year) + 1)
    else:
        return [None] * len(datelines)
    for n, (line, day) in enumerate(zip(datelines, days, strict=True)):
        if line is None or line[2] is None or day is None:
            continue
        if day.weekday() in {line[2], (line[2] + 1) % 7}:
            continue  # the dateline's day, or the day before it ("said Sunday" on a Monday)
        fitting = [
            found
            for year in years
            if (found := _safe_date(year, line[0], line[1])) and found.weekday() == line[2]
        ]
        if fitting:
            days[n] = min(fitting, key=lambda found: abs((found - day).days))
    return days


def weekdays_after(day: date, texts: list[str], span: int = _WEEKDAY_SPAN) -> date:
    """The latest day an article's past weekdays name, read as days at most ``span`` after
    ``day``: an article that says "filed Saturday" and "a news conference Monday" was written
    by Monday."""
    latest = day
    weekday = dict(_DATE_PATTERNS)["weekday"]
    for text in texts:
        if FUTURE.search(text):
            continue
        for match in weekday.finditer(text):
            if (match.group(1) or "on").lower() != "on":
                continue  # "last Friday", "next Friday": not a day of this week's news
            ahead = (_WEEKDAYS.index(match.group(2).lower()) - day.weekday()) % 7
            if ahead <= span:
                latest = max(latest, day + timedelta(days=ahead))
    return latest
