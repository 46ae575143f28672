"""Figures: the counts, amounts, durations and times a sentence states, as comparable intervals.

A figure is read with its qualifier ("more than 60", "at least 21", "about 200", "nearly two
weeks") and becomes an interval of the values it allows, so that a rounding or a paraphrase is
never mistaken for a disagreement: "more than 60" allows 62; a bare round number such as "200"
allows what rounds to it. A figure also gets a *key* naming what it counts: deaths of people,
injuries, passengers on board, days, money in dollars. Only figures with the same key are ever
compared; killed, dead, died, lives and death toll are one "deaths" measure, while passengers and
crew stay apart.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

_TOKEN = re.compile(
    r"\d{1,2}:\d{2}|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[½¼¾]?|[A-Za-z]+(?:\.(?=[A-Za-z]\.))?(?:[A-Za-z]\.)*|[$£€%]|[^\s\w]"
)

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
# "68th", "the 10th century": a rank, not a count.
_ORDINAL_ENDINGS = {"st", "nd", "rd", "th"}
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_YEAR = re.compile(r"(19|20)\d\d")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_HOUR = re.compile(r"\d{1,2}")
#: A duration from this many of its unit on is a round estimate ("160 million years").
_ROUND_DURATION = 1_000
#: How far a round count of minutes or seconds ("80 minutes") reaches either way.
ROUND_DURATION_SPREAD = 0.05
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
# Vague quantities: the values a reader would accept for them.
_VAGUE = {
    "dozens": (24.0, 199.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 1_999.0),
    "thousands": (2_000.0, 19_999.0),
}

# Qualifier (as lower-case words before the number) → how it turns n into an interval.
_QUALIFIERS: list[tuple[tuple[str, ...], str]] = [
    # Longer phrases first: the first match wins.
    (("just", "over"), "just above"),
    (("just", "more", "than"), "just above"),
    (("slightly", "more", "than"), "just above"),
    (("a", "little", "over"), "just above"),
    (("more", "than"), "above"),
    (("in", "excess", "of"), "above"),
    (("upwards", "of"), "above"),
    (("over",), "above"),
    (("at", "least"), "from"),
    (("no", "fewer", "than"), "from"),
    (("a", "minimum", "of"), "from"),
    (("nearly",), "nearly"),
    (("almost",), "nearly"),
    (("close", "to"), "nearly"),
    (("just", "under"), "nearly"),
    (("about",), "about"),
    (("around",), "about"),
    (("roughly",), "about"),
    (("approximately",), "about"),
    (("some",), "about"),
    (("an", "estimated"), "about"),
    (("estimated",), "about"),
    (("up", "to"), "upto"),
    (("as", "many", "as"), "upto"),
    (("fewer", "than"), "below"),
    (("less", "than"), "below"),
    (("under",), "below"),
]

_DEATH_CUES = {
    "killed", "killing", "kill", "kills", "dead", "died", "die", "dies", "death", "deaths",
    "lives", "fatalities", "perished", "bodies", "toll", "fatal",
}  # fmt: skip
_INJURY_CUES = {"injured", "injuring", "injuries", "wounded", "wounding", "hurt", "hospital"}
_MISSING_CUES = {"missing", "unaccounted"}
_RESCUE_CUES = {"rescued", "saved", "pulled", "survivors", "survived"}
_EVACUATION_CUES = {"evacuated", "evacuation", "displaced", "fled", "homeless"}
_ABOARD_CUES = {"carrying", "aboard", "board", "carried"}
# Held by the police: an arrest count and a count of those still held are different numbers.
_ARREST_CUES = {"arrested", "arrests", "detained", "detentions"}
_CUSTODY_CUES = {"custody"}
# How many came to an event: crowd sizes are what outlets most often give differently.
_ATTENDANCE_CUES = {
    # (Not "audience": an online or television audience is no crowd at the place.)
    "attended", "attending", "attendance", "crowd", "crowds", "turnout", "spectators",
    "attendees",
}  # fmt: skip
_MEASURE_OF_CUE = (
    [(c, "deaths") for c in _DEATH_CUES]
    + [(c, "injuries") for c in _INJURY_CUES]
    + [(c, "missing") for c in _MISSING_CUES]
    + [(c, "rescued") for c in _RESCUE_CUES]
    + [(c, "evacuated") for c in _EVACUATION_CUES]
    + [(c, "on board") for c in _ABOARD_CUES]
    + [(c, "arrested") for c in _ARREST_CUES]
    + [(c, "in custody") for c in _CUSTODY_CUES]
    + [(c, "attendance") for c in _ATTENDANCE_CUES]
)
_CUE_MEASURE = dict(_MEASURE_OF_CUE)
_MEASURES = frozenset(_CUE_MEASURE.values())
#: Every word that says what kind of count a figure is; not evidence of *which* event it counts.
MEASURE_WORDS = frozenset(_CUE_MEASURE)

#: Heads that count events or things, which a toll's cue nearby does not make a toll.
_EVENT_HEADS = {
    "attack", "blast", "explosion", "bombing", "bomb", "raid", "strike", "airstrike", "incident",
    "shooting", "clash", "car", "vehicle", "truck", "house", "home", "building", "village",
}  # fmt: skip
#: Heads that count who came to an event.
_ATTENDEE_HEADS = {"attendee", "spectator", "concertgoer", "festivalgoer", "onlooker"}
# Heads that count people in general: for a count of deaths they are one thing.
_GENERIC_PEOPLE = {"people", "person", "civilian", "victim", "life", "resident", "individual"}
_HEAD_SYNONYMS = {
    "persons": "people", "troops": "soldier", "troop": "soldier", "servicemen": "soldier",
    "lives": "life", "children": "child", "men": "man", "women": "woman", "crews": "crew",
    "staff": "crew",
    # whoever works a ship: "118 sailors" and "116 crew members" count one crew
    "sailor": "crew", "sailors": "crew", "seaman": "crew", "seamen": "crew", "crewman": "crew",
    "crewmen": "crew", "crewmember": "crew", "crewmembers": "crew", "submariner": "crew",
    "submariners": "crew",
}  # fmt: skip
_DURATION_HOURS = {
    "second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "week": 168.0,
    "fortnight": 336.0, "month": 730.0, "year": 8760.0,
}  # fmt: skip
# What joins the parts of one duration: "3 hours, 50 minutes", "2 minutes and 40 seconds".
_DURATION_JOIN = re.compile(r",?\s*(?:and\s+)?")
_RATE_AFTER = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month|year)|each|apiece)\b"
)
# Every figure starts at a digit, a number word or (durations) a unit: a sentence with none of
# them holds none (word prefixes: "years", "Twenty" match too, which only costs a closer look).
# The words' first letters, looked at first, spare trying every word at every word start.
_FIGURE_WORDS = sorted({*_UNITS, *_TENS, *_VAGUE, "dozen", *_DURATION_HOURS})
_MAY_HOLD_FIGURE = re.compile(
    rf"\d|\b(?=[{''.join(sorted({w[0] for w in _FIGURE_WORDS}))}])(?:{'|'.join(_FIGURE_WORDS)})",
    re.IGNORECASE,
)
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP",
}  # fmt: skip
# "3.8 pounds" in a sentence about weight is a weight, not money.
_WEIGHT_WORDS = re.compile(
    r"\bweigh|\bweight|\bkilo(?:gram)?s?\b|\bkg\b|\blbs?\b|\bounces?\b", re.I
)
_DISTANCE_METRES = {
    "mile": 1609.344, "km": 1000.0, "kms": 1000.0, "kilometre": 1000.0, "kilometer": 1000.0,
    "metre": 1.0,
    "meter": 1.0, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "yard": 0.9144,
}  # fmt: skip
# One name per unit, however written: "km", "kilometre" and "kilometer" are one unit.
_UNIT_NAMES = {
    "mile": "mi", "km": "km", "kms": "km", "kilometre": "km", "kilometer": "km", "metre": "m",
    "meter": "m",
    "foot": "ft", "feet": "ft", "ft": "ft", "yard": "yd",
}  # fmt: skip
_AREA_SQUARE_METRES = {"hectare": 10_000.0, "acre": 4046.856, "km2": 1e6, "km²": 1e6}
_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
# Currencies written before the figure: "dlrs 3.7 billion", "Australian dollars 6.2 billion".
_CURRENCY_BEFORE = {"dlrs": "USD", "dlr": "USD", "dollars": "USD", "euros": "EUR"}


def _currency_first(tokens: list[_Token], i: int, used: int) -> bool:
    """Whether the currency word before the figure at ``i`` is its unit: "dlrs 3.7 billion"
    (the wire's abbreviation), "dollars 6.2 billion" (a scale after it); not "into dollars 30
    days later" or "in US dollars 40 percent"."""
    if tokens[i - 1].lower in {"dlrs", "dlr"}:
        return not (i + used < len(tokens) and tokens[i + used].lower in {"%", "percent"})
    return any(
        tokens[k].lower in _SCALES or tokens[k].lower in _SHORT_SCALES
        for k in range(i, min(i + used + 1, len(tokens)))
    ) and not (i > 1 and tokens[i - 2].lower in {"of", "into", "in", "to"})


_DOLLAR_COUNTRIES = {
    "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "zealand": "NZD",
    "taiwan": "TWD", "u.s.": "USD", "us": "USD",
}  # fmt: skip
_MONTHS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
    "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
    "november", "dec", "december",
}  # fmt: skip
# Verbs in the past that end no "-ed" ("10 people took part"): the noun phrase ends before them.
_IRREGULAR_PAST = {
    "took", "went", "came", "made", "gave", "saw", "got", "held", "left", "ran", "fled", "fell",
    "won", "lost", "met", "told", "began", "became", "stood", "sat", "spent", "kept", "brought",
    "bought", "fought", "threw", "drove", "rode", "flew", "wrote", "sent", "built", "felt",
}  # fmt: skip
# Words that end a noun phrase after a number.
_PHRASE_STOP = {
    "and", "or", "of", "in", "on", "at", "to", "from", "for", "with", "by", "as", "than", "that",
    "who", "which", "were", "was", "are", "is", "have", "has", "had", "be", "been", "when",
    "after", "before", "since", "during", "while", "into", "onto", "off", "across", "said",
    "the", "a", "an", "their", "his", "her", "its", "ago", "later", "earlier",
    # ("four suspects over the robbery": the noun is "suspects")
    "over", "near", "amid", "under", "through", "around", "inside", "outside", "against",
    "despite", "following", "until", "via",
    # modal verbs ("two dozen people may have seen it": the noun is "people")
    "may", "might", "could", "would", "should", "must",
    # where and when, never what ("wounded 81 there overnight": no noun)
    "there", "here", "overnight", "yesterday", "today", "tonight",
}  # fmt: skip


@dataclass(frozen=True)
class Figure:
    """One figure of one sentence: what it counts (``key``), the values it allows, its words."""

    key: tuple[str, str]
    low: float
    high: float
    text: str
    start: int
    end: int
    #: The noun an amount or a share is of ("loss", "charge"; "investor" in "59% of
    #: investors"): two amounts of different things never conflict. Empty when not written.
    head: str = ""
    #: The unit a distance or an area was written in ("km", "mile"); its values are in metres
    #: (square metres). Figures in different units were converted, and one side rounded.
    unit: str = ""
    #: Written as an estimate ("about 65 miles", "some 40 minutes").
    approximate: bool = False

    @property
    def measure(self) -> str:
        """Readable name of what is counted: ``deaths``, ``on board: passenger``, ``duration``."""
        what, noun = self.key
        return what if not noun or noun == "people" else f"{what} ({noun})"

    @property
    def point(self) -> float:
        """A single representative value, for judging whether two figures are of one size."""
        if math.isinf(self.high):
            return self.low
        return (self.low + self.high) / 2

    def compatible(self, other: Figure) -> bool:
        """Whether both can be true at once: the intervals overlap (rounding, 'more than'); a
        tenth either way between a distance in miles and one in km (a conversion, rounded)."""
        slack = 0.1 if self.unit and other.unit and self.unit != other.unit else 0.0
        if self.approximate and other.approximate and not slack:
            # "about 65 miles" and "about 70 miles": two outlets' estimates, each rounded, that
            # differ unless the two are within a rounding of each other ("about 200", "about 210")
            small, large = sorted((self.point, other.point))
            return large - small <= max(large * ESTIMATES_SPREAD, 1.0)
        if _bound_side(self) and _bound_side(self) == _bound_side(other):
            # "at least 25 killed" and "at least 31 killed": two outlets' different counts,
            # each what its outlet is sure of, unless one rounds the other
            small, large = sorted((_bound_value(self), _bound_value(other)))
            return large - small <= max(large * (ABOUT_SPREAD + slack), 1.0)
        return self.low * (1 - slack) <= other.high * (1 + slack) and other.low * (
            1 - slack
        ) <= self.high * (1 + slack)


def _bound_side(figure: Figure) -> str:
    """ "low" for a figure that only sets a floor ("at least 25"), "high" for a ceiling ("up to
    20", "fewer than 30"), "" for any other."""
    if math.isinf(figure.high) and figure.low > 0:
        return "low"
    if figure.low == 0.0 and figure.high > 0:
        return "high"
    return ""


def _bound_value(figure: Figure) -> float:
    return figure.low if math.isinf(figure.high) else figure.high


@dataclass
class _Token:
    text: str
    lower: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        tokens.append(_Token(word, word.lower(), *match.span()))
    return tokens


def _singular(word: str) -> str:
    if word in _HEAD_SYNONYMS:
        return _HEAD_SYNONYMS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _parse_number(tokens: list[_Token], i: int) -> tuple[float, float, int] | None:
    """The number starting at token ``i`` as (low, high, tokens used), or None."""
    token = tokens[i]
    word = token.lower
    fraction = _FRACTIONS.get(word[-1], 0.0)  # "4½-inch"
    if fraction:
        word = word[:-1]
    if word[:1].isdigit() and _NUMERAL.fullmatch(word):  # (the pattern only for a digit)
        if "," in word and not _GROUPED.fullmatch(word):
            return None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after and after.start == token.end and after.lower in _ORDINAL_ENDINGS:
            return None
        digits = word.replace(",", "")
        # a decade or an age, "the 1990s", "in her mid-20s", counts nothing (a model, "its
        # 737-800s", is read on)
        decade = digits[-1] == "0" and len(digits) in {2, 4}
        if decade and after and after.start == token.end and after.lower == "s":
            return None
        value = float(word.replace(",", "")) + fraction
        used = 1
    elif word in _VAGUE:
        low, high = _VAGUE[word]
        return low, high, 1
    elif word == "a" and i + 1 < len(tokens) and tokens[i + 1].lower == "dozen":
        return 10.0, 14.0, 2
    elif word == "dozen":
        return 12.0, 12.0, 1
    elif word in _UNITS or word in _TENS:
        value = float(_UNITS.get(word, _TENS.get(word, 0)))
        used = 1
        if word in _TENS and i + 2 < len(tokens) and tokens[i + 1].text == "-":
            unit = _UNITS.get(tokens[i + 2].lower)
            if unit and unit < 10:
                value += unit
                used = 3
        elif word in _TENS and i + 1 < len(tokens) and _UNITS.get(tokens[i + 1].lower, 10) < 10:
            value += _UNITS[tokens[i + 1].lower]
            used = 2
    else:
        return None
    nxt = tokens[i + used].lower if i + used < len(tokens) else ""
    if nxt == "-" and i + used + 1 < len(tokens) and tokens[i + used + 1].lower == "dozen":
        used += 1  # "two-dozen people": two dozen, not a range from two to a dozen
        nxt = "dozen"
    if nxt == "dozen" and word != "dozen":
        value *= 12
        used += 1
    elif nxt in _SCALES:
        value *= _SCALES[nxt]
        used += 1
    elif nxt in _SHORT_SCALES and tokens[i + used].start == tokens[i + used - 1].end:
        value *= _SHORT_SCALES[nxt]
        used += 1
    return value, value, used


def _qualifier(tokens: list[_Token], i: int) -> tuple[str | None, int]:
    """The qualifier ending just before token ``i`` and the index where it starts."""
    words = [t.lower for t in tokens[max(0, i - 3) : i]]
    for phrase, kind in _QUALIFIERS:
        if tuple(words[-len(phrase) :]) == phrase:
            return kind, i - len(phrase)
    return None, i


#: How far apart two estimates ("about 200", "about 210") may be and both hold: a twentieth.
ESTIMATES_SPREAD = 0.05
#: How far "about 450" reaches either way: a tenth. Two such figures overlap when they are
#: within a fifth of each other ("about 450 feet" and "about 350 feet" do not).
ABOUT_SPREAD = 0.1


def _interval(
    value: float, qualifier: str | None, exact: bool, decimals: int = 0
) -> tuple[float, float]:
    if qualifier == "above":
        return value + 1e-9, math.inf
    if qualifier == "just above":  # "just over five minutes" is what "five minutes" says
        return value, value * 1.15
    if qualifier == "from":
        return value, math.inf
    if qualifier == "nearly":
        return value * 0.85, value
    if qualifier == "about":
        spread = max(value * ABOUT_SPREAD, 1.0)
        return value - spread, value + spread
    if qualifier == "upto":
        return 0.0, value
    if qualifier == "below":
        return 0.0, value - 1e-9
    if exact and decimals:
        # "52.9 percent" is 52.94 rounded to its tenths (and not 53.0: 2.4 and 2.5 differ)
        half = 0.499 * 10**-decimals
        return value - half, value + half
    if exact and value >= 100 and value == int(value):
        # A bare round number ("200 passengers", "4,000 hectares") is itself a rounding.
        zeros = len(str(int(value))) - len(str(int(value)).rstrip("0"))
        if zeros:
            half = 10**zeros / 2
            if value < 1e6:
                # ... but a count is no vaguer than "about" it: "100 suspected racists" are
                # not some 70 ("$2 million" may well be $2.4 million)
                half = min(half, value * ABOUT_SPREAD)
            return value - half, value + half
    return value, value


def _is_age(tokens: list[_Token], i: int, parsed: tuple[float, float, int]) -> bool:
    """ "Karl Dorsch, 45, was arrested", "The captain, 58, is missing": an age set off by commas
    after who has it, no count."""
    low, high, used = parsed
    after = i + used
    return (
        low == high
        and low == int(low)
        and 0 < low < 120
        and i >= 2
        and tokens[i - 1].text == ","
        and tokens[i - 2].text[:1].isalpha()
        and after < len(tokens)
        and tokens[after].text == ","
    )


def _is_date_or_year(tokens: list[_Token], i: int, used: int) -> bool:
    word = tokens[i].lower
    before = tokens[i - 1].lower.rstrip(".") if i > 0 else ""
    after = tokens[i + used].lower.rstrip(".") if i + used < len(tokens) else ""
    if before in _MONTHS or after in _MONTHS:
        return True
    return bool(_YEAR.fullmatch(word)) and not after.endswith(("s",))


_ZONED_CLOCK = re.compile(r"[0-2]\d[0-5]\d (?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET)")


def _time_of_day(tokens: list[_Token], i: int) -> float | None:
    """Minutes after midnight for "11pm", "11 p.m.", "18:00"; None when not a time."""
    token = tokens[i].lower
    digit = token[:1].isdigit()  # both patterns open with one: most words are passed at once
    if digit and _CLOCK.fullmatch(token):
        hours, minutes = (int(x) for x in token.split(":"))
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if after in {"pm", "p.m."} and hours < 12:
            hours += 12
        return hours * 60 + minutes if hours < 24 and minutes < 60 else None
    if digit and _HOUR.fullmatch(token) and i + 1 < len(tokens):
        after = tokens[i + 1].lower
        if after in {"am", "a.m.", "pm", "p.m."}:
            hours = int(token) % 12 + (12 if after.startswith("p") else 0)
            return hours * 60
    return None


# Prefixes a hyphen joins to the word after them: "pro-democracy", "anti-government".
_HYPHEN_PREFIXES = {"pro", "anti", "non", "ex", "self", "co", "post", "pre", "semi", "mid", "neo"}


def _head(tokens: list[_Token], i: int) -> tuple[list[str], int]:
    """The noun phrase after the number: its words (lower case) and the index after it."""
    words: list[str] = []
    j = i
    while j < len(tokens) and len(words) < 4:
        token = tokens[j]
        if token.text == "-" and words in ([], ["square"], ["sq"]) and j + 1 < len(tokens):
            j += 1  # "two-hour", "a 22,000 square-kilometer park"
            continue
        if (
            token.text == "-"
            and words
            and words[-1] in _HYPHEN_PREFIXES
            and j + 1 < len(tokens)
            and tokens[j + 1].text[0].isalpha()
            and tokens[j - 1].end == token.start
            and token.end == tokens[j + 1].start
        ):
            # "thousands of pro-democracy supporters": one word, not "pro" alone
            words[-1] += "-" + tokens[j + 1].lower
            j += 2
            continue
        if not token.text[0].isalpha() or token.lower in _PHRASE_STOP:
            break
        if (
            words
            and (token.lower.endswith(("ing", "ed")) or token.lower in _IRREGULAR_PAST)
            and token.lower not in _CUE_MEASURE
        ):
            break  # a verb: "4,000 riders used it", "20 trucks carrying food", "10 people took"
        if words and token.text[0].isupper() and not words[-1][0].isupper():
            break  # "21 lives Credit: Reuters": a caption's credit, not the noun phrase
        words.append(token.lower)
        j += 1
    return words, j


def _measure(tokens: list[_Token], i: int, span_end: int, modifiers: set[str]) -> str | None:
    """The kind of count from cue words around the figure: the nearest cue in its clause."""
    best: tuple[int, str] | None = None
    for j in range(max(0, i - 8), min(len(tokens), span_end + 8)):
        word = tokens[j].lower
        if word in _CUE_MEASURE and word not in modifiers:
            between = tokens[min(j, i) : max(j, span_end)]
            if any(t.text in {";", "(", ")"} for t in between):
                continue
            if any(_parse_number(tokens, k) for k in range(min(j, i) + 1, max(j, i))):
                continue  # another number stands nearer to this cue
            if j >= span_end and word.endswith(("ing", "ed")) and _object_number(tokens, j + 1):
                # "killing 36 soldiers and wounding 74", "killed at least 25 and wounded 81":
                # the cue of the 74, the 81
                continue
            distance = i - j if j < i else j - span_end
            if best is None or distance < best[0]:
                best = (distance, _CUE_MEASURE[word])
    return best[1] if best else None


def _object_number(tokens: list[_Token], j: int) -> bool:
    """Whether a number (after a qualifier, "at least 74") starts at token ``j``."""
    return any(
        (k == j or _qualifier(tokens, k)[1] == j) and _parse_number(tokens, k)
        for k in range(j, min(len(tokens), j + 4))
    )


def _death_toll_before(tokens: list[_Token], i: int) -> bool:
    """ "The death toll ... rose to 14": a toll stated earlier in the clause."""
    if i == 0 or tokens[i - 1].lower not in {"to", "at", "of", "reached", "is", "was"}:
        return False
    for j in range(i - 1, max(-1, i - 25), -1):
        if tokens[j].text in {".", ";"}:
            return False
        if tokens[j].lower == "toll":
            return True
    return False


def extract_figures(text: str, tokens: list[_Token] | None = None) -> list[Figure]:
    """Every comparable figure of one sentence (``tokens``: its tokens, when read already)."""
    tokens = _tokens(text) if tokens is None else tokens
    figures: list[Figure] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and _ZONED_CLOCK.fullmatch(
            tokens[i].text + " " + tokens[i + 1].text
        ):
            i += 2  # "0535 GMT": a clock time in a zone, no count (nor an event's own time)
            continue
        minutes = _time_of_day(tokens, i)
        if minutes is not None:
            qualifier, q_start = _qualifier(tokens, i)
            spread = 30.0 if qualifier == "about" else 0.0
            # "shortly before 8 a.m." is up to half an hour before it; "shortly after", after
            lead = [t.lower for t in tokens[max(0, i - 2) : i]]
            near = len(lead) == 2 and lead[0] in {"shortly", "just", "soon"}
            earlier = 30.0 if near and lead[1] == "before" else 0.0
            later = 30.0 if near and lead[1] == "after" else 0.0
            q_start = i - 2 if near else q_start
            end = i + 2 if ":" not in tokens[i].text else i + 1
            end = min(end, len(tokens))
            figures.append(
                Figure(
                    ("time of day", ""),
                    minutes - spread - earlier,
                    minutes + spread + later,
                    text[tokens[q_start].start : tokens[end - 1].end],
                    tokens[q_start].start,
                    tokens[end - 1].end,
                )
            )
            i = end
            continue
        parsed = _parse_number(tokens, i)
        if parsed is None or _is_date_or_year(tokens, i, parsed[2]) or _is_age(tokens, i, parsed):
            i += 1
            continue
        low, high, used = parsed
        low, high, used = _range(tokens, i, low, high, used)
        qualifier, q_start = _qualifier(tokens, i)
        if q_start > 0 and tokens[q_start - 1].lower == "between" and low < high:
            q_start -= 1
        currency = _CURRENCY_SYMBOLS.get(tokens[i - 1].text) if i > 0 else None
        if currency:
            q_start = min(q_start, i - 1)
        elif i > 0 and tokens[i - 1].lower in _CURRENCY_BEFORE and _currency_first(tokens, i, used):
            # the wire's "dlrs 3.7 billion"; "(Australian dollars 6.2 billion)"
            currency, q_start = _CURRENCY_BEFORE[tokens[i - 1].lower], min(q_start, i - 1)
            country = tokens[i - 2] if i > 1 else None
            if country and country.text[0].isupper() and tokens[i - 1].lower != "dlrs":
                # "Australian dollars"; "Brunei dollars": a currency not known, no amount
                currency = _DOLLAR_COUNTRIES.get(country.lower) if currency == "USD" else currency
                q_start = min(q_start, i - 2)
            elif country and country.lower in {"u.s.", "us"}:
                q_start = min(q_start, i - 2)  # "U.S. dlrs 3.7 billion", as written
        words, after = _head(tokens, i + used)
        # "thousands of people", "hundreds of audience members": the noun comes after "of".
        vague_of = (
            not words
            and tokens[i].lower in _VAGUE
            and i + used + 1 < len(tokens)
            and tokens[i + used].lower == "of"
        )
        if vague_of:
            words, after = _head(tokens, i + used + 1)
        if words[:1] == ["block"] and after < len(tokens) and tokens[after].lower == "of":
            i += used  # "the 4200 block of East Street": an address
            continue
        increment = words[:1] in (["more"], ["additional"], ["further"])
        if words in (["others"], ["other"]) and not _measure(tokens, i, i + used + 1, set()):
            i += used  # "his mother and 10 others": the rest of a group, counted with no noun
            continue
        if increment and (len(words) == 1 or words[1] in _CUE_MEASURE):
            i += used  # "three more died": an increment, not a total
            continue
        if increment:
            # "16 more executions are scheduled": a count of what is still to come, compared
            # only with other such counts
            words = words[1:]
        # "another 20" adds to a figure before it ("five were hurt ... another 20 were hurt")
        # only where one is; "two died and another 20 were hurt" is a total of the injured.
        adds = i > 0 and tokens[i - 1].lower == "another"
        if words[:1] in (["u.s."], ["us"]) and words[1:2] in (["dollar"], ["dollars"]):
            words, after = words[1:], after  # "4.46 billion U.S. dollars": US dollars
            i_unit = 1
        else:
            i_unit = 0
        if words[:1] == ["sq"] and after + 1 < len(tokens) and tokens[after].text == ".":
            # "19,000 sq. kms": the abbreviation's stop inside the unit
            unit_words, unit_end = _head(tokens, after + 1)
            if unit_words and _singular(unit_words[0]) in _DISTANCE_METRES:
                words, after = ["sq", *unit_words], unit_end
        if words and words[0] in _CURRENCY_WORDS:
            near = " ".join(t.text for t in tokens[max(0, i - 6) : i + used + 4])
            words = words[:1]
            after = i + used + 1 + i_unit
            if not (words[0].startswith("pound") and _WEIGHT_WORDS.search(near)):
                currency = _CURRENCY_WORDS[words[0]]
        exact = low == high and tokens[i].text[0].isdigit()
        written = tokens[i].text.replace(",", "")
        # the decimals written, where the figure is the number as written (not "4.46 billion")
        decimal = exact and re.fullmatch(r"\d+\.\d+", written) and float(written) == low
        decimals = len(written.split(".")[1]) if decimal else 0
        if low == high:
            low, high = _interval(low, qualifier, exact, decimals)
        elif qualifier in {"above", "from"}:
            high = math.inf
        span_end = after if words else i + used
        key = _key(tokens, i, span_end, words, currency, i + used)
        if increment and key is not None:
            if key[0] in _MEASURES:
                i += used  # "three more people died": a toll's increment, not a total
                continue
            key = (f"{key[0]} (more)", key[1])
        if vague_of and (key is None or key[0] not in _MEASURES):
            key = None  # "thousands of fans" of no count the story keeps: too loose to compare
        unit = ""
        # "3 km2", "3 km²": the square written glued to the unit
        glued = text[tokens[after - 1].end : tokens[after - 1].end + 1] if words else ""
        if glued in {"2", "²"} and len(words) == 1 and _singular(words[0]) in _DISTANCE_METRES:
            words = ["square", words[0]]
            after += 1 if glued == "2" else 0
            span_end = after
        # "5,000 acre-feet", "a 10-foot-tall wall": a unit of another measure
        compound = words and after < len(tokens) and tokens[after].text == "-"
        if key is not None and compound:
            pass
        elif key is not None and words and _singular(words[0]) in _AREA_SQUARE_METRES:
            # "4,000 hectares", "19,000 square km" (a direction after it: "350 km east")
            unit = _singular(words[0])
            key, low, high = (
                ("area", ""),
                low * _AREA_SQUARE_METRES[unit],
                high * _AREA_SQUARE_METRES[unit],
            )
        elif key is not None and words[:1] in (["square"], ["sq"]) and len(words) > 1:
            metres = _DISTANCE_METRES.get(_singular(words[1]))
            unit = _UNIT_NAMES.get(_singular(words[1]), "")
            key = ("area", "") if metres else key
            low, high = (low * metres**2, high * metres**2) if metres else (low, high)
        elif key is not None and words and _singular(words[0]) in _DISTANCE_METRES:
            unit = _UNIT_NAMES[_singular(words[0])]
            metres = _DISTANCE_METRES[_singular(words[0])]
            key, low, high = ("distance", ""), low * metres, high * metres
        elif key is not None and (scale := _temperature_scale(text, tokens, i + used)):
            # "2,500 degrees Fahrenheit (1,370 degrees Celsius)", "1400C": one temperature,
            # compared in Celsius (a figure in the other scale is a conversion, rounded)
            unit, span_end = scale
            key, low, high = ("temperature", ""), _celsius(low, unit), _celsius(high, unit)
        if key is not None and adds and any(f.key[0] == key[0] for f in figures):
            key = None
        rate = span_end + 1 < len(tokens) and tokens[span_end].lower == "per"
        if key is not None and rate and tokens[span_end + 1].text.isalpha():
            # "3.8 pounds per visit", "$5 per share": a rate is no total of the same unit
            key = (f"{key[0]} per {_singular(tokens[span_end + 1].lower)}", key[1])
            span_end += 2
        if key is not None:
            figures.append(
                Figure(
                    key,
                    low,
                    high,
                    text[tokens[q_start].start : tokens[span_end - 1].end],
                    tokens[q_start].start,
                    tokens[span_end - 1].end,
                    _head_of(tokens, i + used, words, key),
                    unit,
                    approximate=qualifier == "about" and exact,
                )
            )
        i += used
    return figures


_SCALE_WORDS = {"fahrenheit": "F", "f": "F", "celsius": "C", "centigrade": "C", "c": "C"}


def _temperature_scale(text: str, tokens: list[_Token], j: int) -> tuple[str, int] | None:
    """The scale of a temperature whose number ends before token ``j`` ("F" or "C") and the
    token after its unit: "2,500 degrees Fahrenheit", "1400C" (the letter written
    against the number); None for a bare "90 degrees" or a letter standing apart."""
    if j < len(tokens) and tokens[j].lower in {"degree", "degrees"}:
        if j + 1 < len(tokens) and tokens[j + 1].lower in _SCALE_WORDS:
            return _SCALE_WORDS[tokens[j + 1].lower], j + 2
        return None
    if (
        j < len(tokens)
        and tokens[j].text in {"C", "F"}
        and tokens[j].start == tokens[j - 1].end
        and not text[tokens[j].end : tokens[j].end + 1].isalnum()
    ):
        return tokens[j].text, j + 1
    return None


def _celsius(value: float, scale: str) -> float:
    return (value - 32.0) * 5.0 / 9.0 if scale == "F" and math.isfinite(value) else value


def _range(
    tokens: list[_Token], i: int, low: float, high: float, used: int
) -> tuple[float, float, int]:
    """Widen a number to the range it opens: "15-30", "20%-25%", "15 to 30", "between 2 and 3"."""
    j = i + used
    if j < len(tokens) and tokens[j].text == "%" and j + 1 < len(tokens):
        if tokens[j + 1].text in {"-", "–"}:
            j += 1  # "20%-25%"
        else:
            return low, high, used
    if j >= len(tokens):
        return low, high, used
    joiner = tokens[j].lower
    between = i > 0 and tokens[i - 1].lower == "between"
    if joiner in {"-", "–", "to"} or (joiner == "and" and between):
        upper = _parse_number(tokens, j + 1) if j + 1 < len(tokens) else None
        if upper and upper[1] > high and not _is_date_or_year(tokens, j + 1, upper[2]):
            # "2-3 million", "two to three dozen": the scale after the upper end is the lower's
            last = tokens[j + upper[2]].lower
            scale = 12 if last == "dozen" else _SCALES.get(last) or _SHORT_SCALES.get(last)
            if upper[2] > 1 and scale and used == 1 and low * scale <= upper[1]:
                low *= scale
            return low, upper[1], j + 1 + upper[2] - i
    return low, high, used


# Words after an amount that are not what it counts ("$5.2bn last year", "20% a year").
_NOT_HEAD = {"last", "this", "next", "ago", "a", "each", "year", "month", "week", "day"}


def _head_of(tokens: list[_Token], after: int, words: list[str], key: tuple[str, str]) -> str:
    """What an amount or share counts: the noun after it, or after "of" ("59% of investors")."""
    if key[0] not in {"amount", "percent"}:
        return ""
    rest = []
    for word in words:
        if word in _NOT_HEAD:
            break
        if word not in {"%", "percent", "per", "cent"}:
            rest.append(word)
    if rest:
        return _singular(rest[-1])
    j = after
    while j < len(tokens) and tokens[j].lower in {"%", "percent", "per", "cent"}:
        j += 1
    if j < len(tokens) and tokens[j].lower == "of":
        noun, _end = _head(tokens, j + 1 + (tokens[j + 1].lower in {"the", "its", "all"}))
        return _singular(noun[0]) if noun else ""
    return ""


def _head_noun(words: list[str]) -> str:
    """The noun a figure counts: the last of its words ("crew members" are the crew)."""
    if not words:
        return ""
    if words[-1] in {"member", "members"} and len(words) > 1 and _singular(words[-2]) == "crew":
        return "crew"
    return _singular(words[-1])


_STOREYS = {"storey", "story", "storeys", "stories", "floor"}


def _key(
    tokens: list[_Token],
    i: int,
    span_end: int,
    words: list[str],
    currency: str | None,
    after: int,
) -> tuple[str, str] | None:
    """What a figure counts; ``after`` is the token after its number (or range)."""
    if currency:
        return ("amount", currency)
    before = [t.lower for t in tokens[max(0, i - 2) : i]]
    if before[-1:] == ["magnitude"] or before == ["magnitude", "of"]:
        return ("magnitude", "")  # "a magnitude 5.9 earthquake", "a magnitude of 5.6"
    if before in (["crew", "of"], ["crews", "of"]):
        return ("on board", "crew")  # "a crew of nine"
    if words and words[0] in _STOREYS:
        return ("storeys", "")  # "a 12-storey apartment block"
    if words and words[-1] == "%" or (after < len(tokens) and tokens[after].text == "%"):
        return ("percent", words[-1] if words else "")
    if after < len(tokens) and tokens[after].lower in {"per", "percent"}:
        return ("percent", "")
    head = _head_noun(words)
    if words and _singular(words[0]) in _DURATION_HOURS:
        return None  # durations are read by extract_durations (they need unit conversion)
    if words and words[-1] in _CUE_MEASURE:
        # "21 injured", "12 dead": the cue is the head; "116 crew members aboard": the crew.
        noun = _head_noun(words[:-1])
        if _singular(noun) in _EVENT_HEADS:
            return (_singular(noun), "")  # "Two bombs killed ...": bombs, not the dead
        return (_CUE_MEASURE[words[-1]], noun if noun == "crew" else "people")
    if not words and _death_toll_before(tokens, i):
        return ("deaths", "people")
    if words and (
        _singular(words[-1]) in _ATTENDEE_HEADS
        or words[-2:] == ["audience", "members"]
        or (
            span_end + 1 < len(tokens)
            and (tokens[span_end].lower, tokens[span_end + 1].lower) == ("on", "hand")
        )
    ):
        return ("attendance", "people")  # "hundreds of audience members", "5,000 on hand"
    measure = _measure(tokens, i, span_end, set(words[:-1]))
    if measure is None or _singular(head) in _EVENT_HEADS:
        # "74 injured in five terrorist attacks": the attacks are counted, not the injured
        return (head, "") if head else None
    noun = head or "people"
    if noun in _GENERIC_PEOPLE or measure == "attendance":
        noun = "people"  # "a crowd of 3,000 gathered": whoever they are, a head count
    return (measure, noun)


#: Units whose hyphened count before a noun ("a five-year war") is a round figure.
_LOOSE_SPANS = {"year", "decade", "century", "month", "week"}


def extract_durations(text: str, tokens: list[_Token] | None = None) -> list[Figure]:
    """Durations ("12 days", "two weeks", "a two-hour attack", "3 hours, 50 minutes") in hours,
    keyed ``duration``."""
    tokens = _tokens(text) if tokens is None else tokens
    parts: list[_DurationPart] = []
    for i in range(len(tokens)):
        parsed = None
        if tokens[i].lower in {"a", "an"} and i + 1 < len(tokens):
            unit = _singular(tokens[i + 1].lower)
            if unit in _DURATION_HOURS and unit != "second":  # "a second attack"
                parsed = (1.0, 1.0, 1)
        if parsed is None:
            parsed = _parse_number(tokens, i)
        if parsed is None or _is_date_or_year(tokens, i, parsed[2]):
            continue
        low, high, used = parsed
        j = i + used
        if j < len(tokens) and tokens[j].text == "-":
            j += 1
        if j >= len(tokens):
            continue
        unit = _singular(tokens[j].lower)
        if unit not in _DURATION_HOURS:
            continue
        if any(t.lower == "old" for t in tokens[j + 1 : j + 3]):
            continue  # "58-year-old", "49 years old": an age, not how long something lasted
        qualifier, q_start = _qualifier(tokens, i)
        if qualifier is None and (
            tokens[i].lower in {"a", "an"} or (j > i + used and unit in _LOOSE_SPANS)
        ):
            # "a week ago", "a five-year war": loose, not a measurement (but a "three-minute
            # speech" is as long as "three minutes")
            qualifier = "about"
        # "160 million years" rounds as "4,000 hectares" does; "100 days" and a written "five
        # years" are meant exactly.
        exact = tokens[i].text[0].isdigit() and low >= _ROUND_DURATION
        # "a three-minute speech": the duration of a speech
        noun = tokens[j + 1].lower if j > i + used and j + 1 < len(tokens) else ""
        head = _singular(noun) if noun.isalpha() and noun not in _PHRASE_STOP else ""
        part = _DurationPart(low, high, qualifier, _DURATION_HOURS[unit], q_start, j, exact, head)
        before = parts[-1] if parts else None
        if (
            before is not None
            and qualifier is None
            and low == high
            and before.low == before.high
            and low * part.hours < before.hours  # "3 hours, 50 minutes", not "3 days, 50 hours"
            and _DURATION_JOIN.fullmatch(text, tokens[before.end].end, tokens[q_start].start)
            and not _RATE_AFTER.match(text, tokens[j].end)  # "10 days, 12 hours a day"
        ):
            # one duration in two units, read in the smaller: "3 hours, 50 minutes" is 230
            # minutes, and an "about" before it is about all of it
            value = before.low * before.hours / part.hours + low
            parts[-1] = replace(part, low=value, high=value, qualifier=before.qualifier,
                                start=before.start, exact=False, head="", joined=True)  # fmt: skip
        else:
            parts.append(part)
    figures = []
    for part in parts:
        low, high = (
            _interval(part.low, part.qualifier, part.exact)
            if part.low == part.high
            else (part.low, part.high)
        )
        if (
            part.qualifier is None
            and not part.joined
            and part.hours < 1
            and low == high
            and low >= 20
            and low % 10 == 0
        ):
            # "80 minutes" of a press conference that ran 77: a round count of minutes (but
            # "40 seconds" is not "36 seconds", and "20 years" not "21 years")
            low, high = low * (1 - ROUND_DURATION_SPREAD), high * (1 + ROUND_DURATION_SPREAD)
        figures.append(
            Figure(
                ("duration", ""),
                low * part.hours,
                high * part.hours,
                text[tokens[part.start].start : tokens[part.end].end],
                tokens[part.start].start,
                tokens[part.end].end,
                head=part.head,
            )
        )
    return figures


@dataclass(frozen=True)
class _DurationPart:
    """A number of one unit of time, before it is joined to the next part of its duration."""

    low: float
    high: float
    qualifier: str | None
    hours: float  # the unit's
    start: int  # token where the qualifier or number starts
    end: int  # the unit's token
    exact: bool
    head: str = ""  # the noun a hyphened duration is of: "speech" of "a three-minute speech"
    joined: bool = False  # two parts read as one: "3 hours, 50 minutes"


def all_figures(text: str) -> list[Figure]:
    """Counts, amounts, times and durations of one sentence."""
    if not _MAY_HOLD_FIGURE.search(text):
        return []  # most sentences: no digit, number word or duration unit (a fast path)
    tokens = _tokens(text)
    return extract_figures(text, tokens) + extract_durations(text, tokens)
