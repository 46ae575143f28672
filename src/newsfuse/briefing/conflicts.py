"""Conflicts: figures and attributions on which outlets disagree.

Figures are compared only when they count the same thing (same key, see ``figures``), are of one
size (the larger at most twice the smaller: 12 vs 14 deaths is a disagreement, 20 killed in a
convoy vs 300,000 killed in a war is another event), and are about the same event: the two
sentences state one claim, or share a content word and do not name different days. Two figures
conflict only when no value satisfies both, so rounding ("more than 60" vs 62) never does.

Attributions: 'A blamed X' (or accused X) against 'X denied it' (and perhaps blamed B).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from newsfuse.analyse import Analysis
from newsfuse.briefing.entities import EntityIndex
from newsfuse.briefing.facts import SentenceFacts, is_headline, same_event
from newsfuse.briefing.figures import Figure
from newsfuse.briefing.model import Conflict, ConflictSide, Wording
from newsfuse.briefing.timeline import FUTURE, dates_a_picture, hung_weekdays, stated_day

#: Figures further apart than this factor count different things, not one disputed number.
MAX_RATIO = 2.0
#: Crowd sizes are estimates that outlets (and police and organisers) give far apart: "hundreds"
#: and "thousands" of one crowd are one disputed number.
CROWD_RATIO = 12.0


_KIN_HINT = re.compile(r"daughter|\bsons?\b|child|brother|sister")
#: Outlets that date one event further apart than this (days) speak of two events.
MAX_DATE_GAP = 14
_TOLLS = {"deaths", "injuries", "missing"}


@dataclass
class _Located:
    figure: Figure
    sentence: int


def of_one_size(a: Figure, b: Figure, ratio: float | None = None) -> bool:
    small, large = sorted((abs(a.point), abs(b.point)))
    if ratio is None:
        ratio = CROWD_RATIO if a.key[0] == b.key[0] == "attendance" else MAX_RATIO
    return small > 0 and large / small <= ratio or small == large


def figures_conflict(facts: SentenceFacts, i: int, j: int) -> bool:
    """Whether sentences ``i`` and ``j`` state incompatible values of one figure."""
    return any(
        a.key == b.key and of_one_size(a, b) and not a.compatible(b)
        for a in facts.figures(i)
        for b in facts.figures(j)
    )


def _side_value(facts: SentenceFacts, side: list[_Located]) -> str:
    """The side's figure as a reader compares it, then each other way its outlets write it
    ("354 feet below; some 350 feet; about 107 meters"): one position, several wordings."""
    exact = [x for x in side if x.figure.low == x.figure.high]
    first = (exact or side)[0]
    value = _figure_value(facts, first, bool(exact))
    shown, numbers = [value], _numbers(value)
    for item in side:
        if len(shown) == MAX_SIDE_WORDINGS:
            break
        other = item.figure.text
        # a wording is shown for a number not shown yet ("at least 21" adds nothing to "21")
        if _numbers(other) and not _numbers(other) <= numbers:
            shown.append(other)
            numbers |= _numbers(other)
    return "; ".join(shown)


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in re.findall(r"\d[\d,.]*", text)}


#: At most this many ways of writing one side's figure are shown in its value.
MAX_SIDE_WORDINGS = 4


def _figure_value(facts: SentenceFacts, located: _Located, exact: bool) -> str:
    figure = located.figure
    if figure.key[0] == "distance":
        # as written, with the place it is measured from: "about 65 miles west of Kell"
        return figure.text + _landmark_words(facts, located)
    if (
        figure.key == ("duration", "")
        or figure.key[0] == "time of day"
        or figure.unit  # an area as written, not in square metres
        or not exact
    ):
        return figure.text
    value = figure.low
    number = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    if not any(c.isdigit() for c in figure.text):
        # "4 (four people)": the number to compare at a glance, and the outlet's own words
        return f"{number} ({figure.text.lower()})"
    return number


def _sides(items: list[_Located]) -> list[list[_Located]]:
    """Partition figures into positions; a vague figure joins the one position it fits.

    The most precise figures found the positions ("354 feet" before "some 450 feet"), and each
    figure joins the nearest position it fits: "about 107 meters" is 354 feet rounded, not 450
    feet converted loosely."""

    def tight(f: Figure) -> bool:
        return f.high - f.low <= max(abs(f.low), 1) * 0.5

    def width(item: _Located) -> float:
        f = item.figure
        return (f.high - f.low) / max(abs(f.point), 1e-9)

    precise_first = sorted((x for x in items if tight(x.figure)), key=width)
    seeds: list[_Located] = []
    for item in precise_first:
        if not any(seed.figure.compatible(item.figure) for seed in seeds):
            seeds.append(item)
    sides: list[list[_Located]] = [[] for _ in seeds]
    for item in precise_first:
        nearest = min(
            (k for k, seed in enumerate(seeds) if seed.figure.compatible(item.figure)),
            key=lambda k: _distance(seeds[k].figure, item.figure),
        )
        sides[nearest].append(item)
    for item in items:
        if tight(item.figure):
            continue
        fitting = [s for s in sides if any(x.figure.compatible(item.figure) for x in s)]
        if len(fitting) == 1:
            fitting[0].append(item)
        elif not fitting:
            sides.append([item])
    order = {id(x): k for k, x in enumerate(items)}
    for side in sides:
        side.sort(key=lambda x: order[id(x)])
    return sides


def _distance(a: Figure, b: Figure) -> float:
    """How far apart two figures are, as a ratio of their sizes."""
    small, large = sorted((abs(a.point), abs(b.point)))
    return large / small if small else math.inf


def _between_outlets(analysis: Analysis, sides: list[list[_Located]]) -> bool:
    """Whether two sides are held by different outlets (not one outlet's two figures)."""
    docs = [{analysis.sentences[x.sentence].doc_index for x in side} for side in sides]
    return any(a != b for a in docs for b in docs)


# What a distance is measured from: "350 km east of Kell", "12 miles from the Orrin dam".
_WAYS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "away", "inland", "offshore",
    "upstream", "downstream", "outside", "off",
}  # fmt: skip
_FROM_LANDMARK = re.compile(
    rf"^\s*(?:(?:{'|'.join(sorted(_WAYS, key=len, reverse=True))})\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?:[a-z]+\s+){0,2}?(?P<place>[A-Z][\w’'-]+)"
)


# A figure's conversion in brackets, or the bracket that closes one: "220 miles (350 kms) from
# Darwin", "(350 kms) from Darwin" both go on from Darwin.
_CONVERSION = re.compile(r"^\s*(?:\([^()]{1,30}\)|\))")


def _after(facts: SentenceFacts, located: _Located) -> str:
    """The sentence after a figure, past any conversion of it in brackets."""
    rest = facts.analysis.sentences[located.sentence].text[located.figure.end :]
    return _CONVERSION.sub("", rest, count=1)


def _landmark_words(facts: SentenceFacts, located: _Located) -> str:
    """The words after a distance that say where it is measured from (" west of Kell"), as
    written; "" where none do."""
    rest = _after(facts, located)
    landmark = _FROM_LANDMARK.match(rest)
    return landmark.group(0).rstrip() if landmark else ""


# A depth, measured down from the surface: "some 450 feet down", "354 feet below the surface",
# "in 245 feet of water", "100 meters deep", "at a depth of 107 meters".
_DEPTH_AFTER = re.compile(
    r"\s*(?:down\b(?!\s+(?:the|a|an|to|from|into)\b)|deep\b(?!\s+(?:into|inside|in|within)\b)"
    r"|underwater\b|of\s+water\b|(?:below|beneath|under)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w’'-]+\s+){0,2}(?:surface|sea|water|ocean|waves)\b"
    r"|on\s+the\s+(?:sea\s*floor|seabed|ocean\s+floor|bottom\s+of\s+the\s+"
    r"(?:sea|ocean|lake|(?-i:[A-Z])\w+))\b)",
    re.I,
)
_DEPTH_BEFORE = re.compile(r"\bdepths?\s+of\s+(?:(?:about|some|nearly|around|roughly)\s+)?$", re.I)
#: The landmark of a depth: the surface of the water.
DEPTH = "below surface"


def _landmark(facts: SentenceFacts, located: _Located) -> str:
    """Where a distance is measured from and which way ("east of Kell"; "away" where the place
    is not said; a depth from the surface, :data:`DEPTH`), else ""."""
    text = facts.analysis.sentences[located.sentence].text
    # the figure's own words may hold the direction ("350 km east"), or the text after it
    way = located.figure.text.split()[-1].lower()
    rest = _after(facts, located)
    if (
        _DEPTH_AFTER.match(rest)
        or _DEPTH_AFTER.match(f"{way}{rest}")
        or _DEPTH_BEFORE.search(text, max(0, located.figure.start - 40), located.figure.start)
    ):
        return DEPTH
    landmark = _FROM_LANDMARK.match(rest) or _FROM_LANDMARK.match(f"{way} {rest}")
    way = way if way in _WAYS else ""
    if landmark:
        return f"{way} {landmark.group(0).split()[0]} {landmark.group('place')}".lower()
    return way


#: Two outlets' distances from one landmark further apart than this factor are of two places.
LANDMARK_RATIO = 1.3


def _one_landmark(a: str, b: str) -> bool:
    """Whether two landmarks (``_landmark``) name one place, the same way or a way left out:
    "west of kell" and "from kell" do, "north of kell" and "south of kell" do not."""
    a_words, b_words = a.split(), b.split()
    if len(a_words) < 2 or len(b_words) < 2 or a_words[-1] != b_words[-1]:
        return False
    ways = {w for w in (a_words[0], b_words[0]) if w in _WAYS}
    return len(ways) <= 1


def _elsewhere(facts: SentenceFacts, i: int, j: int) -> bool:
    """Whether the sentences name no one and nowhere in common, and each a place or someone the
    other outlet never names ("23 killed in Varna province" / "15 killed in Kosta"): counts of
    different places."""
    sentences = facts.analysis.sentences
    names = [{re.sub(r"[’']s$", "", n) for n in facts.names(k)} - _DAY_NAMES for k in (i, j)]
    if not all(names) or names[0] & names[1]:
        return False

    def unknown(mine: set[str], other: int) -> bool:
        text = facts.lowered_text(sentences[other].doc_index)
        return any(name not in text for name in mine)

    return unknown(names[0], j) and unknown(names[1], i)


#: Exact figures this close, each of this many significant digits, are one number that one
#: outlet misread or the other updated: "$972,814" and "$972,815" do not count two things.
MISREAD_SPREAD = 0.001
MISREAD_DIGITS = 4


def _precise_digits(figure: Figure) -> int:
    """Significant digits of an exact whole figure ("$972,814": 6; "23,500": 3); else 0."""
    if figure.low != figure.high or figure.approximate or figure.low != int(figure.low):
        return 0
    return len(str(int(abs(figure.low))).rstrip("0"))


def repeats(x: _Located, y: _Located) -> bool:
    """Whether figure ``x`` nearly repeats ``y`` ("$972,814" the "$972,815" of another outlet)
    or converts it in its own sentence ("about 220 miles (350 kms)")."""
    if x.sentence == y.sentence:
        return x.figure.compatible(y.figure)
    return _one_number_misread(x.figure, y.figure)


def _one_number_misread(a: Figure, b: Figure) -> bool:
    if min(_precise_digits(a), _precise_digits(b)) < MISREAD_DIGITS or a.low == b.low:
        return False
    small, large = sorted((abs(a.low), abs(b.low)))
    return large - small <= large * MISREAD_SPREAD


# Where a toll was counted: "killed 31 in Argun", "in the city of Argun", "the city of Argun".
_TOLL_PLACE = re.compile(
    r"\b(?:(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?|(?:city|town|village)"
    r"\s+of\s+)(?-i:([A-Z][\w’'-]+))",
    re.I,
)


def _toll_places(facts: SentenceFacts, i: int) -> set[str]:
    places = _TOLL_PLACE.findall(facts.analysis.sentences[i].text)
    return {p.lower() for p in places} - _DAY_NAMES


_DAY_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
}  # fmt: skip


def comparable(
    facts: SentenceFacts,
    group_of: dict[int, int],
    x: _Located,
    y: _Located,
    one_count: bool = False,
) -> bool:
    """Whether figure ``x`` may count what figure ``y`` counts: one size, one day, one event;
    ``one_count`` where each outlet gives the key one value, which is then one count however
    the outlets word it."""
    i, j = x.sentence, y.sentence
    if not of_one_size(x.figure, y.figure) or not facts.same_day_possible(i, j):
        return False
    if i == j:
        return False
    heads = (x.figure.head, y.figure.head)
    if all(heads) and heads[0] != heads[1]:
        return False  # a loss and a charge, a share of investors and a pay rise
    if x.figure.key[0] == "duration" and all(heads) and same_event(facts.words(i), facts.words(j)):
        return True  # "Kolbe's three-minute speech on trade" and "his four-minute trade speech"
    if _one_number_misread(x.figure, y.figure):
        return True
    if _elsewhere(facts, i, j):
        return False
    if group_of.get(i) == group_of.get(j):
        return True
    if x.figure.key[0] in _TOLLS and _toll_places(facts, i) & _toll_places(facts, j):
        return True  # one town's dead, however the outlets tell the event
    if (
        one_count
        and x.figure.key[0] in _COUNTED_ONCE
        and x.figure.key[1] == y.figure.key[1]  # (not 23 officers and 30 protesters: two groups)
    ):
        return True
    marks = (_landmark(facts, x), _landmark(facts, y)) if x.figure.key[0] == "distance" else ()
    if any(marks):
        # How far something is from somewhere ("an epicentre 30 km north of Talvera", "a
        # dam 18 km north of Talvera", "12 miles away"): one claim only, as the group tells,
        # or one place's distance from one landmark as two outlets give it, near each other
        # ("65 miles west of Kell", "70 miles west of Kell"; "300 km from Kell").
        return _one_landmark(*marks) and of_one_size(x.figure, y.figure, LANDMARK_RATIO)
    shared_tolls = _one_toll(facts, i, j)
    if shared_tolls and x.figure.key[0] not in shared_tolls:
        return True  # (the toll shared is no other count of that toll: "Another 9 were killed")
    if _twin_tolls(facts, i, j):
        return True
    # A duration says little about its event ("a week", "12 days"): ask for more overlap.
    if facts.same_day(i, j) and x.figure.key[0] != "duration":
        # One day's toll is one event however it is worded; other figures of one day need
        # a shared word.
        return x.figure.key[1] == "people" or len(facts.words(i) & facts.words(j)) >= 1
    share = 0.5 if x.figure.key[0] in {"duration", "percent"} else 0.3
    return same_event(facts.words(i), facts.words(j), share)


# A sentence that goes on from the one before it: "... in which 11 people were killed. Another
# 70 were injured."
_GOES_ON = re.compile(r"^\s*(?:Another|Also|Of (?:those|them|these)|Among (?:them|those))\b")


def _with_before(facts: SentenceFacts, i: int) -> list[Figure]:
    """The figures of sentence ``i``, and of the sentence before it where ``i`` goes on from it."""
    sentences = facts.analysis.sentences
    figures = list(facts.figures(i))
    if (
        i > 0
        and sentences[i - 1].doc_index == sentences[i].doc_index
        and _GOES_ON.match(sentences[i].text)
    ):
        figures += facts.figures(i - 1)
    return figures


def _one_toll(facts: SentenceFacts, i: int, j: int) -> set[str]:
    """The kinds of toll both sentences (with the one before, where they go on from it) give
    the same exact value of ("killed 11 people"): one event, whose other figures may then be
    compared ("70 injured" against "more than 80 wounded")."""
    tolls = [
        {
            (f.key[0], f.low)
            for f in _with_before(facts, k)
            if f.key[0] in _TOLLS and f.low == f.high
        }
        for k in (i, j)
    ]
    return {key for key, low in tolls[0] & tolls[1] if low >= _TOLL_MEANS_ONE_EVENT}


#: The least toll that, given exactly by two sentences, marks them as telling one event.
_TOLL_MEANS_ONE_EVENT = 5
#: How far apart two outlets' dead (and their wounded) may be and still be one event's toll.
TWIN_TOLL_SPREAD = 0.15


def _twin_tolls(facts: SentenceFacts, i: int, j: int) -> bool:
    """Whether both sentences give the dead and the wounded, each nearly the same ("36 killed
    and 74 injured", "38 killed, 76 wounded"): one event's toll as two outlets counted it (two
    events rarely match in both counts)."""

    def tolls(k: int) -> dict[str, float]:
        found: dict[str, float] = {}
        for f in _with_before(facts, k):
            if f.key[0] in {"deaths", "injuries"} and f.low >= _TOLL_MEANS_ONE_EVENT:
                found.setdefault(f.key[0], f.low)
        return found

    mine, theirs = tolls(i), tolls(j)
    return len(mine) == len(theirs) == 2 and all(
        abs(mine[kind] - theirs[kind]) <= TWIN_TOLL_SPREAD * max(mine[kind], theirs[kind])
        for kind in mine
    )


# "Through July, 32 cases", "as of August, 50 cases": a running total counted up to a day; totals
# up to different days are no dispute, so a total is compared only with one up to the same day.
_RUNNING_TOTAL = re.compile(
    r"\b(?:[Tt]hrough|[Aa]s of|[Bb]y the end of|[Uu]p to|[Uu]ntil)\s+((?:early|mid|late)-?\s*)?"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)"
)


# "wants $25k a month", "is seeking $1m": an amount asked for, not one paid or ordered; the two
# are compared only among their own kind.
_ASKED_FOR = re.compile(
    r"\b(?:request(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|demand(?:s|ed|ing)?"
    r"|ask(?:s|ed|ing)\s+for|su(?:es|ed|ing)\s+for)\b[^.;]{0,60}$"
)


# A headline's "death toll climbs to 15": the latest count, compared only with other headlines'
# updates (an outlet's 12 of the day before is no dispute of it; a story's own "rose to 14 on
# Wednesday" against "12 died on Tuesday" is still shown, with its day).
_UPDATED_TO = re.compile(
    r"\b(?:rose|rises|risen|rising|climbs|climbed|climbing|jumped|jumps|increased|increases"
    r"|grew|grows|mounted|mounts|reached|reaches)\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+)?$",
    re.I,
)


_AFTERSHOCK = re.compile(r"\b(?:aftershocks?|foreshocks?|tremors?)\b", re.I)
_PLANNED = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|plans? to"
    r"|planned to|is scheduled to|are scheduled to|set to)\b",
    re.I,
)


def figures_by_key(analysis: Analysis, facts: SentenceFacts) -> list[list[_Located]]:
    """The cluster's figures, those that may count one thing together, in sentence order."""
    by_key: dict[tuple[str, str, str, bool, bool, bool], list[_Located]] = defaultdict(list)
    # The day a total is counted up to, once an article states it, holds for every sentence of
    # that article with the same total ("Through July, 32 cases ... just 32 cases so far").
    up_to: dict[tuple[int, tuple[str, str], float], str] = {}
    for i, sentence in enumerate(analysis.sentences):
        total = _RUNNING_TOTAL.search(sentence.text) if facts.figures(i) else None
        if total:
            day = " ".join(total.group(2).lower().replace(",", "").split()[:2])
            for figure in facts.figures(i):
                up_to.setdefault((sentence.doc_index, figure.key, figure.low), day)
    for i in range(len(analysis.sentences)):
        doc = analysis.sentences[i].doc_index
        own: dict[tuple[str, str], list[Figure]] = defaultdict(list)
        for figure in facts.figures(i):
            # A toll is one toll whoever it counts: "20 aid workers" and "21 people" killed.
            own[(figure.key[0], "") if figure.key[0] in _TOLLS else figure.key].append(figure)
        for key, figures in own.items():
            if any(
                (of_one_size(a, b) or _one_way(facts, i, a, b)) and not a.compatible(b)
                for a in figures
                for b in figures
            ):
                # "53 percent versus 48 percent": two things contrasted, neither disputed. (A
                # part of a whole, "14 dead after two more died", is no such pair.) Two
                # distances of any size measured alike are a path told ("climbed back to 24,000
                # feet, then dove to 10,000 feet"): neither is the one distance outlets dispute.
                continue
            text = analysis.sentences[i].text
            for figure in figures:
                day = up_to.get((doc, figure.key, figure.low), "")
                # (a sum asked for to the dollar is what was spent: "seeking $972,814 in costs")
                asked = _precise_digits(figure) < MISREAD_DIGITS and bool(
                    _ASKED_FOR.search(text, max(0, figure.start - 80), figure.start)
                )
                updated = is_headline(analysis, i) and bool(
                    _UPDATED_TO.search(text, max(0, figure.start - 40), figure.start)
                )
                # a plan's figure ("is scheduled to fly within 186 miles") only against plans
                planned = bool(_PLANNED.search(text, max(0, figure.start - 80), figure.start))
                # an aftershock's magnitude is no other value of the quake's
                planned = planned or (key[0] == "magnitude" and bool(_AFTERSHOCK.search(text)))
                by_key[(*key, day, asked, updated, planned)].append(_Located(figure, i))
    return list(by_key.values())


def _one_way(facts: SentenceFacts, i: int, a: Figure, b: Figure) -> bool:
    """Whether two distances of sentence ``i`` are measured alike (from one landmark, or
    neither from any): not "10 km deep, 80 km south of Kell"."""
    if a.key[0] != "distance":
        return False
    return _landmark(facts, _Located(a, i)) == _landmark(facts, _Located(b, i))


def figure_conflicts(
    analysis: Analysis, facts: SentenceFacts, group_of: dict[int, int], sources: list[int]
) -> list[Conflict]:
    conflicts: list[Conflict] = []
    for located in figures_by_key(analysis, facts):
        for cluster in cluster_figures(located, facts, group_of):
            sides = _sides(cluster)
            docs = {analysis.sentences[x.sentence].doc_index for x in cluster}
            if len(sides) < 2 or len(docs) < 2 or not _between_outlets(analysis, sides):
                continue
            conflict_sides = []
            for side in sorted(sides, key=lambda s: min(x.figure.low for x in s)):
                # An outlet's headline shows only where none of its sentences says the figure.
                told = {
                    analysis.sentences[x.sentence].doc_index
                    for x in side
                    if not is_headline(analysis, x.sentence)
                }
                wordings = []
                for x in side:
                    doc = analysis.sentences[x.sentence].doc_index
                    if doc in told and is_headline(analysis, x.sentence):
                        continue
                    wording = _wording(analysis, x.sentence, sources)
                    if wording not in wordings:
                        wordings.append(wording)
                conflict_sides.append(ConflictSide(_side_value(facts, side), wordings))
            first = cluster[0].figure
            measure = first.key[0] if first.key[0] in _TOLLS else first.measure
            conflicts.append(Conflict("figure", measure, conflict_sides))
    return _joined_tolls(_merge_same(conflicts))


def _magnitude(figure: Figure) -> int:
    """The binary exponent of a figure's size: figures of one size are at most two apart."""
    return math.frexp(abs(figure.point))[1]


class _Blocks:
    """Earlier figures indexed by what any comparable pair has in common: one claim group, one
    stated day, or two content words (``same_event`` asks for two at least), each by size.
    Every pair ``comparable`` accepts is among the candidates; the rest are never compared."""

    def __init__(self, facts: SentenceFacts, group_of: dict[int, int]):
        self.facts, self.group_of = facts, group_of
        self.postings: dict[tuple, list[int]] = defaultdict(list)

    def _keys(self, item: _Located, size: int) -> tuple[list[tuple], list[tuple]]:
        i = item.sentence
        shared = [("group", size, self.group_of.get(i))]
        event = self.facts.event(i)
        if event and event.date and event.precision == "day":
            shared.append(("day", size, event.iso))
        if item.figure.key[0] in _TOLLS:
            shared += [("place", size, place) for place in _toll_places(self.facts, i)]
        return shared, [("word", size, word) for word in self.facts.words(i)]

    def add(self, position: int, item: _Located) -> None:
        shared, words = self._keys(item, _magnitude(item.figure))
        bucket = _misread_bucket(item.figure)
        if bucket is not None:
            shared.append(("misread", bucket))
        for key in shared + words:
            self.postings[key].append(position)

    def candidates(self, item: _Located) -> set[int]:
        found: set[int] = set()
        middle = _magnitude(item.figure)
        # Float division can call two sizes one apart by a hair more than one exponent.
        for size in range(middle - 2, middle + 3):
            shared, words = self._keys(item, size)
            for key in shared:
                found.update(self.postings.get(key, ()))
            found |= _in_two(self.postings, words)
        bucket = _misread_bucket(item.figure)
        if bucket is not None:
            # figures within MISREAD_SPREAD of each other are at most two buckets apart
            for near in range(bucket - 2, bucket + 3):
                found.update(self.postings.get(("misread", near), ()))
        return found


def _misread_bucket(figure: Figure) -> int | None:
    """A precise figure's size in steps of ``MISREAD_SPREAD`` (see ``repeats``), else None."""
    if _precise_digits(figure) < MISREAD_DIGITS:
        return None
    return math.floor(math.log(abs(figure.low)) / math.log1p(MISREAD_SPREAD))


#: How many figures of one key it takes before they are blocked (see ``_Blocks``).
_BLOCKED_FROM = 60


def _in_two(postings: dict, keys: list) -> set[int]:
    """What two or more of ``keys`` list in ``postings``."""
    hits: Counter[int] = Counter()
    for key in keys:
        hits.update(postings.get(key, ()))
    return {k for k, n in hits.items() if n >= 2}


#: Counts a story usually gives once: how many died, were hurt, arrested, on board, came (and a
#: building's storeys; not a quake's magnitude: its aftershocks have their own). Where
#: each outlet gives one such value (all its mentions agree), the outlets count one thing: "Police
#: arrested 43 people in the capital" and "Police detained 62 people after clashes".
_COUNTED_ONCE = frozenset(
    {"deaths", "injuries", "missing", "rescued", "evacuated", "on board", "arrested", "in custody",
     "attendance", "storeys"}
)  # fmt: skip
#: A key with more figures than this is told of many times: no one count.
_ONE_COUNT_MOST = 8


def one_value_per_outlet(facts: SentenceFacts, located: list[_Located]) -> bool:
    """Whether each outlet states one value of these figures (its own figures all agree), and
    two outlets or more state one."""
    if len(located) > _ONE_COUNT_MOST:
        return False
    by_doc: dict[int, list[Figure]] = defaultdict(list)
    for item in located:
        by_doc[facts.analysis.sentences[item.sentence].doc_index].append(item.figure)
    return len(by_doc) >= 2 and all(
        a.compatible(b) for figures in by_doc.values() for a in figures for b in figures
    )


def cluster_figures(
    located: list[_Located], facts: SentenceFacts, group_of: dict[int, int]
) -> list[list[_Located]]:
    """Figures of one key in clusters: each joins the first cluster holding a figure it is
    ``comparable`` with, if all the cluster's figures are of its size; else starts one.
    Blocked (see ``_Blocks``): the same clusters as comparing each figure with every one."""
    clusters: list[list[_Located]] = []
    # Per cluster its smallest and largest figure: "of one size with all" is one size with
    # both (the ratio only grows away from the figure).
    extremes: list[tuple[Figure, Figure]] = []
    cluster_of: list[int] = []
    # A few figures are cheaper compared with every earlier one than looked up by their keys.
    blocks = _Blocks(facts, group_of) if len(located) > _BLOCKED_FROM else None
    one_count = one_value_per_outlet(facts, located)
    for position, item in enumerate(located):
        figure = item.figure
        earlier = blocks.candidates(item) if blocks else range(position)
        hit = sorted(
            {
                cluster_of[k]
                for k in earlier
                if comparable(facts, group_of, item, located[k], one_count)
            }
        )
        # A figure first joins a figure it repeats, then the first cluster it fits.
        first = {cluster_of[k] for k in earlier if repeats(item, located[k])}
        chosen = next(
            (
                c
                for c in sorted(set(hit) | first, key=lambda c: (c not in first, c))
                if all(of_one_size(figure, x) for x in extremes[c])
            ),
            None,
        )
        if chosen is None:
            chosen = len(clusters)
            clusters.append([])
            extremes.append((figure, figure))
        small, large = extremes[chosen]
        extremes[chosen] = (
            figure if abs(figure.point) < abs(small.point) else small,
            figure if abs(figure.point) > abs(large.point) else large,
        )
        clusters[chosen].append(item)
        cluster_of.append(chosen)
        if blocks:
            blocks.add(position, item)
    return clusters


def _joined_tolls(conflicts: list[Conflict]) -> list[Conflict]:
    """A death toll and a toll of the injured that the same sentences dispute are one dispute,
    side by side: "36 killed, 74 injured" against "38 killed, 76 injured"."""
    injured = [c for c in conflicts if c.measure == "injuries"]
    joined: list[Conflict] = []
    used: set[int] = set()
    for conflict in conflicts:
        if conflict.measure != "deaths":
            continue
        for other in injured:
            if id(other) in used or len(other.sides) != len(conflict.sides):
                continue
            pairs = list(zip(conflict.sides, other.sides, strict=True))
            if all({w.text for w in a.wordings} & {w.text for w in b.wordings} for a, b in pairs):
                sides = [
                    ConflictSide(
                        f"{a.value} killed, {b.value} injured",
                        a.wordings + [w for w in b.wordings if w not in a.wordings],
                    )
                    for a, b in pairs
                ]
                joined.append(Conflict(conflict.kind, "deaths and injuries", sides))
                used |= {id(conflict), id(other)}
                break
    return [c for c in conflicts if id(c) not in used] + joined


def _merge_same(conflicts: list[Conflict]) -> list[Conflict]:
    """Join conflicts on one measure with the same disputed values (one story, two nouns)."""
    merged: dict[tuple, Conflict] = {}
    for conflict in conflicts:
        what = conflict.measure.split(" (")[0]
        # (by the numbers: "3 (three men)" and "3 (three people)" are one value)
        key = (conflict.kind, what, tuple(side.value.split(" (")[0] for side in conflict.sides))
        if key in merged:
            for mine, theirs in zip(merged[key].sides, conflict.sides, strict=True):
                mine.wordings.extend(w for w in theirs.wordings if w not in mine.wordings)
        else:
            merged[key] = Conflict(
                conflict.kind, what if what == "deaths" else conflict.measure, conflict.sides
            )
    return list(merged.values())


_Stated = tuple[int, date, str]  # sentence, the day it dates its event, as written
_WINDOW_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\d{1,2}(?:st|nd|rd|th)?\b|\d{4}"
)
_ALTERNATIVE_BEFORE = re.compile(r"(?:\bor|\bbetween|\bbetween\s+\S+(?:\s+\S+)?\s+and)\s+$")
_ALTERNATIVE_AFTER = re.compile(rf"\s*or\s+(?:early\s+|late\s+|mid-?)?(?:{_WINDOW_MONTH})")


def stated_dates(analysis: Analysis, facts: SentenceFacts) -> list[_Stated]:
    """Sentences that state the day of their event (a dateline is when the outlet published)."""
    stated = []
    for i, sentence in enumerate(analysis.sentences):
        if sentence.words < 6:
            continue
        mention = facts.event(i)
        day = stated_day(mention) if mention and mention.absolute else None
        text = sentence.text
        if (
            day
            and _ALTERNATIVE_BEFORE.search(text[: mention.start])
            or (day and _ALTERNATIVE_AFTER.match(text[mention.end :]))
        ):
            continue  # "in either July or August of 2018": a window, not the day
        if day:
            stated.append((i, day, mention.text))
    return stated


def dates_linked(
    analysis: Analysis, facts: SentenceFacts, group_of: dict[int, int], x: _Stated, y: _Stated
) -> bool:
    """Whether two dated sentences of different outlets tell of one event, close in time."""
    (i, first, _), (j, second, _) = x, y
    doc_i, doc_j = analysis.sentences[i].doc_index, analysis.sentences[j].doc_index
    if doc_i == doc_j or abs((first - second).days) > MAX_DATE_GAP:
        return False
    return group_of.get(i) == group_of.get(j) or facts.related(i, j) or _one_occasion(facts, i, j)


def date_pairs(
    analysis: Analysis, facts: SentenceFacts, group_of: dict[int, int], stated: list[_Stated]
) -> list[tuple[int, int]]:
    """Positions ``(a, b)``, ``a < b``, of the linked pairs of ``stated``, sorted.

    Blocked: a linked pair is in one claim group or shares two words (``related`` and
    ``_one_occasion`` ask for two at least), so only those pairs are compared."""
    postings: dict[tuple, list[int]] = defaultdict(list)
    pairs = []
    for b, y in enumerate(stated):
        j = y[0]
        keys = [("group", group_of.get(j))]
        words = [("word", w) for w in facts.words(j)]
        near = set(postings.get(keys[0], ())) | _in_two(postings, words)
        pairs += [(a, b) for a in near if dates_linked(analysis, facts, group_of, stated[a], y)]
        for key in keys + words:
            postings[key].append(b)
    return sorted(pairs)


def date_conflicts(
    analysis: Analysis, facts: SentenceFacts, group_of: dict[int, int], sources: list[int]
) -> list[Conflict]:
    """One event that outlets put on different days ("April 14" against "April 16").

    Only dates the texts state (a month and day, not a weekday read against a guessed date),
    at most a fortnight apart, in sentences of different outlets about one event (one claim,
    or sharing their rarer words). An outlet that gives both dates tells of two events.
    """
    stated = stated_dates(analysis, facts)
    pairs = date_pairs(analysis, facts, group_of, stated)
    linked: dict[int, set[int]] = defaultdict(set)
    for a, b in pairs:  # in the order comparing every pair links them
        i, j = stated[a][0], stated[b][0]
        linked[i].add(j)
        linked[j].add(i)
    days = {i: day for i, day, _text in stated}
    written = {i: text for i, _day, text in stated}
    conflicts, seen = [], set()
    for start in linked:
        if start in seen:
            continue
        component, todo = set(), [start]
        while todo:
            i = todo.pop()
            if i not in component:
                component.add(i)
                todo.extend(linked[i] - component)
        seen |= component
        by_day: dict[date, list[int]] = defaultdict(list)
        for i in sorted(component):
            # "a sitting for April 5 to sum up the results of the March 26 election": a
            # sentence that states the other day too gives each its own event
            written_days = {stated_day(m) for m in facts.dates(i) if m.absolute} - {days[i]}
            if not written_days & {days[k] for k in component}:
                by_day[days[i]].append(i)
        docs = [{analysis.sentences[i].doc_index for i in members} for members in by_day.values()]
        if len(by_day) < 2 or any(a & b for a in docs for b in docs if a is not b):
            continue
        sides = []
        for _day, members in sorted(by_day.items()):
            value = Counter(written[i] for i in members).most_common(1)[0][0]
            sides.append(ConflictSide(value, [_wording(analysis, i, sources) for i in members]))
        occasions = [{w for w in facts.words(i) if w in OCCASIONS} for i in component]
        common = sorted(set.intersection(*occasions)) if occasions else []
        conflicts.append(Conflict("date", f"date of the {common[0] if common else 'event'}", sides))
    return conflicts


#: Two weekdays of one event are compared when their days, where known, are this close: a week's
#: news names its days by weekday, later news by date.
WEEKDAY_GAP = 6


# What happens to each person on a day of their own: two outlets' "arrested on Friday" and
# "arrested on Sunday" may tell of two arrests, "died on Saturday" and "on Monday" of two deaths.
_EACH_THEIR_OWN = {
    "arrested", "detained", "died", "killed", "injured", "wounded", "discovered", "found",
    "charged", "released", "freed", "identified", "buried", "rescued", "hospitalized",
    "hospitalised", "questioned", "sentenced", "convicted", "jailed", "shot", "stabbed", "fired",
    "resigned", "left", "met", "visited", "sent", "called", "named", "appointed", "elected",
}  # fmt: skip
_ANOTHER = re.compile(
    r"\b(?:another|second|third|fourth|fifth|(?:a|one)\s+more|a\s+further|also|again"
    r"|aftershocks?|tremors?|follow-up|later)\b",
    re.I,
)


def weekday_conflicts(
    analysis: Analysis, facts: SentenceFacts, group_of: dict[int, int], sources: list[int]
) -> list[Conflict]:
    """One event that outlets put on different weekdays: "sank on Saturday" against "sank
    Sunday". Only a weekday hung on the event's own verb (not "said Sunday"), the same verb in
    both, in related sentences of different outlets; an outlet giving both days tells of two."""
    found: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # verb: (sentence, day, text)
    for i, sentence in enumerate(analysis.sentences):
        text = sentence.text
        hung = hung_weekdays(text, in_clause=True) if sentence.words >= 6 else []
        if not hung or FUTURE.search(text) or dates_a_picture(text):
            continue
        if _ANOTHER.search(text):
            continue  # "a third man was arrested on Wednesday": one more event of the kind
        for verb, weekday, match in hung:
            if verb not in _EACH_THEIR_OWN:
                found[verb].append((i, weekday, match.group(2)))
    conflicts = []
    for verb, told in found.items():
        days: dict[int, set[int]] = defaultdict(set)  # outlet: weekdays
        for i, weekday, _name in told:
            days[analysis.sentences[i].doc_index].add(weekday)
        linked: dict[int, list[tuple[int, int, str]]] = defaultdict(list)  # weekday: mentions
        for x, y in combinations(told, 2):
            (i, first, _), (j, second, _) = x, y
            doc_i, doc_j = analysis.sentences[i].doc_index, analysis.sentences[j].doc_index
            if first == second or doc_i == doc_j or len(days[doc_i]) > 1 or len(days[doc_j]) > 1:
                continue
            a, b = facts.event(i), facts.event(j)
            if a and b and a.date and b.date and abs((a.date - b.date).days) > WEEKDAY_GAP:
                continue  # a week or more apart: two events of one kind
            if (
                group_of.get(i) == group_of.get(j)
                or facts.related(i, j)
                or _one_doer(analysis.sentences[i].text, analysis.sentences[j].text, verb)
            ):
                for mention in (x, y):
                    if mention not in linked[mention[1]]:
                        linked[mention[1]].append(mention)
        if len(linked) < 2:
            continue
        sides = [
            ConflictSide(members[0][2], [_wording(analysis, i, sources) for i, _d, _n in members])
            for _day, members in sorted(linked.items())
        ]
        conflicts.append(Conflict("date", "day of the event", sides))
    return conflicts


# The doer before a verb and the particle after it: "The submarine went down", "the ferry sank".
_DOER = r"\b([a-z]{3,})\s+"
_PARTICLE = r"\b(?:\s+(down|up|off|out|away|under|aground|missing))?"
_NO_DOERS = {
    "she", "who", "and", "but", "you", "had", "has", "was", "they", "there", "that", "this",
    "which", "then", "also", "have", "were", "when",
}  # fmt: skip


def _one_doer(first: str, second: str, verb: str) -> bool:
    """Whether both sentences tell of one doer doing the verb, its particle included ("the
    submarine went down Saturday", "the multipurpose submarine went down ... on Sunday"): one
    event, however little else the two share."""
    pattern = re.compile(_DOER + re.escape(verb) + _PARTICLE)
    found = [{m.groups() for m in pattern.finditer(text.lower())} for text in (first, second)]
    return any(doer not in _NO_DOERS for doer, _particle in found[0] & found[1])


# Events that happen once on a day set for them: two outlets dating "the shareholder vote" on
# different days (a fortnight apart at most) disagree about when it is.
OCCASIONS = frozenset(
    {"vote", "ballot", "meeting", "election", "referendum", "hearing", "trial", "verdict",
     "sentencing", "summit", "ceremony", "funeral", "wedding", "inauguration", "launch",
     "opening", "premiere", "auction", "deadline", "match", "final", "concert", "strike",
     "walkout"}
)  # fmt: skip
_MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip


def _one_occasion(facts: SentenceFacts, i: int, j: int) -> bool:
    """Whether two sentences name the same occasion (a vote, a trial) and one more of their
    words (month names aside): "a shareholder vote on April 14" / "shareholders will vote ...
    on April 16"."""
    shared = (facts.words(i) & facts.words(j)) - _MONTH_WORDS
    return bool(shared & OCCASIONS) and len(shared) >= 2


# "his wife and daughters", "her son", "their children": how many of a family were there.
_KIN = re.compile(
    r"\b(?:(?:his|her|their|[Tt]he\s+\w+['’]s|[A-Z][\w’'-]*['’]s?)\s+)(?:(?:wife|husband|partner|mother|father)"
    r"\s+and\s+)?(?:(?:two|three|four|young|teenage|adult|grown)\s+)?"
    r"(daughters?|sons?|children|child|brothers?|sisters?)\b"
)
_KIN_PLURAL = {"daughters": "daughter", "sons": "son", "children": "child", "brothers": "brother"}
_KIN_PLURAL |= {"sisters": "sister"}


def _kin(text: str) -> dict[str, tuple[bool, str]]:
    """Relatives a sentence names: kin noun → (plural?, the words as written)."""
    found: dict[str, tuple[bool, str]] = {}
    for match in _KIN.finditer(text):
        word = match.group(1).lower()
        noun = _KIN_PLURAL.get(word, word)
        plural = word in _KIN_PLURAL
        if noun in found and found[noun][0] != plural:
            found[noun] = (None, match.group())  # both: the sentence itself tells of several
        else:
            found.setdefault(noun, (plural, match.group()))
    return found


def kin_conflicts(
    analysis: Analysis, facts: SentenceFacts, group_of: dict[int, int], sources: list[int]
) -> list[Conflict]:
    """One event told with one relative by some outlets, several by others ("his wife and
    daughter" found him / "his wife and daughters")."""
    named = []
    for i, sentence in enumerate(analysis.sentences):
        if _KIN_HINT.search(sentence.text):
            for noun, (plural, words) in _kin(sentence.text).items():
                if plural is not None:
                    named.append((i, noun, plural, words))
    conflicts, done = [], set()
    for a, (i, noun, plural, words) in enumerate(named):
        for j, other, other_plural, other_words in named[a + 1 :]:
            doc_i, doc_j = analysis.sentences[i].doc_index, analysis.sentences[j].doc_index
            if other != noun or other_plural == plural or doc_i == doc_j or (noun, i) in done:
                continue
            if group_of.get(i) != group_of.get(j) and not facts.related(i, j):
                continue
            sides = [(plural, words, i), (other_plural, other_words, j)]
            sides.sort(key=lambda side: side[0])
            conflicts.append(
                Conflict(
                    "figure",
                    f"how many: {noun}",
                    [ConflictSide(w, [_wording(analysis, k, sources)]) for _p, w, k in sides],
                )
            )
            done |= {(noun, i), (noun, j)}
    return conflicts


def _wording(analysis: Analysis, i: int, sources: list[int]) -> Wording:
    sentence = analysis.sentences[i]
    return Wording(sources[sentence.doc_index], sentence.doc_index, sentence.index, sentence.text)


_BLAME = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\b")
_DENY = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted)\b"
)
# "the cases were dismissed", "he was denied bail": a passive denial is no one's denial.
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# "five men who accused Clash": the accuser is the noun before the relative pronoun.
_RELATIVE = re.compile(
    r"(?:,\s*)?\b(?:who|that|which)\s+(?:(?:had|has|have)\s+)?(?:(?:\w+ly|later|also|then|once)\s+)?$"
)
# "North Korea was behind the attack", "the militia is responsible for the bombing": a blame
# no one is named as making (suspicion, investigators), only for a harm.
_HELD_RESPONSIBLE = re.compile(
    r"\b(?:was|were|is|are|had been|has been)\s+(?:(?:likely|probably|directly)\s+)?"
    r"(?:responsible\s+for|behind)\s+(?:the|this|that|his|her|their|its|a|an)\s+(?:\w+\s+){0,2}?"
    r"(?:attacks?|death|deaths|killings?|murders?|bombings?|shootings?|poisoning|assassination"
    r"|massacre|crash|explosion|blast|fire|hack|hacking|breach|leak|spill|collapse|outbreak"
    r"|strikes?|raid|abduction|kidnapping|disappearance)\b"
)
_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")
_TARGET_NP = re.compile(r"^\s*(?:on\s+)?(?:the\s+)?((?:[a-z]+\s+){0,2}[a-z]+)")
_NP_STOP = {"for", "of", "that", "and", "but", "in", "on", "with", "saying", "over", "after"}


def _subject(text: str, entities: EntityIndex) -> str | None:
    """Who does what the verb right after ``text`` says: the last name of the clause, unless
    an 'and' joins another clause to the verb; then the sentence's first name."""
    names = _names(text, entities)
    if not names:
        return None
    if " and " in text[names[-1][0] :]:
        return names[0][1]
    return names[-1][1]


def _subject_of(text: str, entities: EntityIndex) -> tuple[int, str] | None:
    """The name that ``text`` ends with, as the subject of what follows: right before it or
    before an appositive ("the Ostran Front, a banned militia, was ..."); its start and name."""
    last = None
    for match in _NAME.finditer(text):
        last = match
    if last is None:
        return None
    gap = text[last.end() :]
    canonical = entities.canonical(last.group())
    if canonical and (not gap.strip() or _APPOSITIVE_GAP.fullmatch(gap)):
        return last.start(), canonical
    return None


_APPOSITIVE_GAP = re.compile(r",[^,;.]{1,60},\s*")


def _names(text: str, entities: EntityIndex) -> list[tuple[int, str]]:
    found = []
    for match in _NAME.finditer(text):
        canonical = entities.canonical(match.group())
        if canonical:
            found.append((match.start(), canonical))
    return found


def _target_after(text: str, entities: EntityIndex) -> str | None:
    window = text[:90]
    # A name right after the verb ("accused the operator, Northway Ferries, of ...") wins over
    # the noun phrase; one further on belongs to the rest of the sentence.
    names = [(at, name) for at, name in _names(window, entities) if at <= 30]
    if names:
        return names[0][1]
    phrase = _TARGET_NP.match(window)
    if phrase:
        words = []
        for word in phrase.group(1).split():
            if word in _NP_STOP:
                break
            words.append(word)
        if words and words[0] not in {"it", "him", "her", "them", "us", "that"}:
            return " ".join(words)
    return None


@dataclass
class _Statement:
    agent: str
    target: str | None
    sentence: int


def attribution_conflicts(
    analysis: Analysis, entities: EntityIndex, sources: list[int]
) -> list[Conflict]:
    accusations: list[_Statement] = []
    denials: list[_Statement] = []
    for index, sentence in enumerate(analysis.sentences):
        if is_headline(analysis, index):
            continue  # a headline states no one's claim
        text = sentence.text
        deny = next(
            (
                m
                for m in _DENY.finditer(text)
                # "is denying" is X's own denial; "were dismissed" is no one's.
                if m.group().endswith("ing") or not _PASSIVE.search(text[: m.start()])
            ),
            None,
        )
        for blame in _BLAME.finditer(text):
            before = text[: blame.start()]
            relative = _RELATIVE.search(before)
            if relative:
                # The accuser is the name the pronoun stands for, right before it, or no one.
                named = _subject_of(before[: relative.start()].rstrip(" ,"), entities)
                agent = named[1] if named else None
            else:
                agent = _subject(before, entities)
            target = _target_after(text[blame.end() :], entities)
            if deny and deny.start() < blame.start():
                continue  # "X denied it and blamed B": the denial carries the counter-blame
            if agent and target and agent != target:
                accusations.append(_Statement(agent, target, index))
        for held in _HELD_RESPONSIBLE.finditer(text):
            if deny and deny.start() < held.start():
                continue  # "X denied that it was responsible": the denial, not a claim
            subject = _subject_of(text[: held.start()], entities)
            if subject:
                at, target = subject
                agent = _subject(text[:at], entities)
                accusations.append(_Statement(agent or "", target, index))
        if deny:
            agent = _subject(text[: deny.start()], entities)
            if agent:
                counter = None
                later_blame = _BLAME.search(text, deny.end())
                if later_blame:
                    counter = _target_after(text[later_blame.end() :], entities)
                denials.append(_Statement(agent, counter, index))

    conflicts = []
    # One dispute per accused: every outlet's accuser on one side ("John Kerry" and "United
    # States" blame Russia), the denial on the other.
    by_target: dict[str, list[_Statement]] = defaultdict(list)
    for accusation in accusations:
        by_target[accusation.target].append(accusation)
    disputes: list[tuple[set[str], str, Conflict]] = []
    for target, accusing in by_target.items():
        denying = [d for d in denials if d.agent.lower() == target.lower()]
        if not denying:
            continue
        agents = list(dict.fromkeys(a.agent for a in accusing if a.agent))
        counters = sorted({d.target for d in denying if d.target})
        denial_value = f"{target} denies it" + (
            f" and blames {', '.join(counters)}" if counters else ""
        )
        verb = "blames" if len(agents) == 1 else "blame"
        who = " and ".join([", ".join(agents[:-1]), agents[-1]] if len(agents) > 1 else agents)
        sides = [
            ConflictSide(
                f"{who} {verb} {target}" if agents else f"{target} is held responsible",
                [_wording(analysis, a.sentence, sources) for a in accusing],
            ),
            ConflictSide(denial_value, [_wording(analysis, d.sentence, sources) for d in denying]),
        ]
        conflict = Conflict("attribution", "who is to blame", sides)
        # "A blames B" and "B blames A" are one dispute, listed once.
        mutual = next((c for ag, t, c in disputes if t in agents and target in ag), None)
        if mutual:
            mutual.sides.extend(sides)
        else:
            disputes.append((set(agents), target, conflict))
            conflicts.append(conflict)
    return conflicts
