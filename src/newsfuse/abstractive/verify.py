"""Verify a generated sentence against the source sentences it cites, and the whole cluster.

No model judges the model: the checks are the ones a copy editor runs first. Every number, named
entity, negation and quoted phrase of the sentence must appear in the sentences it cites; its
ordinary words must mostly come from them too; and a figure that belongs to one side of a
disagreement between outlets may only be stated while citing every side. Each failed check is
a reason, in words, that the summary reports and the repair prompt passes back to the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsfuse.abstractive.facts import Fact
from newsfuse.briefing.model import Conflict

#: A sentence must share at least this share of its content words with the sentences it cites.
MIN_WORD_COVERAGE = 0.5

_TOKEN = re.compile(r"[\w’']+(?:[-.][\w’']+)*")
_DIGITS = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion)\b)?",
    re.I,
)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_NUMBERS = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_NUMBER_WORDS = re.compile(
    r"\b("
    + "|".join(_TENS)
    + r")(?:[- ]("
    + "|".join(_UNITS[1:10])
    + r"))?\b|\b("
    + "|".join(_UNITS[2:])
    + r")\b(?:\s+(thousand|million|billion|trillion)\b)?",
    re.I,
)
_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "none",
        "nobody",
        "nothing",
        "neither",
        "nor",
        "without",
        "cannot",
        "denied",
        "denies",
        "deny",
    ]
)
_QUOTED = re.compile(r"[\"“]([^\"“”]{2,})[\"”]")
_STOP = ENGLISH_STOP_WORDS


def _format(value: float) -> str:
    return format(value, ".12g")


def numbers_in(text: str) -> set[str]:
    """Every figure of ``text``, normalised: "4,000" and "4000" and "four thousand" agree.

    "one" is left out: as often a pronoun ("one of the firefighters") as a count.
    """
    found = set()
    for whole, decimals, scale in _DIGITS.findall(text):
        value = float(whole.replace(",", "") + (decimals or ""))
        found.add(_format(value * _SCALE.get(scale.lower(), 1) if scale else value))
    for tens, unit, small, scale in _NUMBER_WORDS.findall(text):
        if tens:
            value = _WORD_NUMBERS[tens.lower()] + (_WORD_NUMBERS[unit.lower()] if unit else 0)
        else:
            value = _WORD_NUMBERS[small.lower()] * (_SCALE[scale.lower()] if scale else 1)
        found.add(_format(value))
    return found


def _base(token: str) -> str:
    """A token lower-cased, without possessive: "Kelmar’s" → "kelmar"."""
    token = token.lower().replace("’", "'")
    return token[:-2] if token.endswith("'s") else token


def _has_negation(tokens: Iterable[str]) -> bool:
    return any(t in _NEGATIONS or t.endswith("n't") for t in tokens)


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


def _stem(word: str) -> str:
    # Crude but dependable: "evacuated", "evacuation" and "evacuees" share their first 5 letters.
    return word[:5]


@dataclass
class Evidence:
    """What a body of source text can support: its figures, words, negations and phrasing."""

    numbers: set[str]
    words: set[str]
    #: Words seen written in lower case (so "Police" opening a sentence is no name).
    plain_words: set[str]
    stems: set[str]
    negated: bool
    normalised: str

    @classmethod
    def of(cls, texts: Iterable[str]) -> Evidence:
        texts = list(texts)
        tokens = [t for text in texts for t in _TOKEN.findall(text)]
        words = {_base(t) for t in tokens}
        return cls(
            numbers=set().union(*(numbers_in(t) for t in texts)) if texts else set(),
            words=words,
            plain_words={t for t in tokens if t.islower()},
            stems={_stem(w) for w in words},
            negated=_has_negation(w for w in words),
            normalised=" \n ".join(_normalise(t) for t in texts),
        )


def named_entities(text: str, cluster: Evidence) -> list[str]:
    """Runs of capitalised words: names of people, places, outlets, organisations.

    A capitalised first word counts only when the sources never write it in lower case.
    """
    entities: list[list[str]] = []
    previous_end = -2
    for position, match in enumerate(_TOKEN.finditer(text)):
        token = match.group()
        if not token[0].isupper():
            previous_end = -2
            continue
        if position == 0 and (token.lower() in cluster.plain_words or token.lower() in _STOP):
            continue
        if token.lower() in _STOP and len(token) > 1 and not token.isupper():
            previous_end = -2  # "The", "In" inside a title run end it
            continue
        if previous_end >= 0 and text[previous_end : match.start()].strip() == "":
            entities[-1].append(token)
        else:
            entities.append([token])
        previous_end = match.end()
    return [" ".join(e) for e in entities]


def _where(found_in_cluster: bool) -> str:
    return "found elsewhere in the sources" if found_in_cluster else "in no source"


def check_sentence(
    text: str,
    cited: Evidence | None,
    cluster: Evidence,
    cited_sources: set[int],
    conflicts: list[Conflict],
) -> list[str]:
    """Every reason ``text`` is not supported by the sentences it cites; empty when it is."""
    if cited is None:
        return ["cites no fact: the sentence carries no valid [n] mark"]
    reasons = []
    numbers = numbers_in(text)
    for figure in sorted(numbers - cited.numbers):
        reasons.append(
            f"number {figure} is not in the cited sentences ({_where(figure in cluster.numbers)})"
        )
    for entity in named_entities(text, cluster):
        parts = [_base(t) for t in _TOKEN.findall(entity)]
        if not all(p in cited.words for p in parts):
            in_cluster = all(p in cluster.words for p in parts)
            reasons.append(f"name '{entity}' is not in the cited sentences ({_where(in_cluster)})")
    tokens = [_base(t) for t in _TOKEN.findall(text)]
    if _has_negation(tokens) and not cited.negated:
        reasons.append("a negation that the cited sentences do not contain")
    for quote in _QUOTED.findall(text):
        if _normalise(quote) not in cited.normalised:
            reasons.append(f"quoted words “{quote.strip()}” are not in the cited sentences")
    content = [t for t in tokens if t not in _STOP and len(t) > 2 and not t.isdigit()]
    if content:
        coverage = sum(_stem(t) in cited.stems for t in content) / len(content)
        if coverage < MIN_WORD_COVERAGE:
            reasons.append(f"only {coverage:.0%} of its words come from the cited sentences")
    reasons.extend(conflict_reasons(numbers, cited_sources, conflicts))
    return reasons


def _side_figures(conflict: Conflict) -> list[set[str]]:
    """Per side, the figures that side alone gives."""
    figures = [numbers_in(side.value) for side in conflict.sides]
    return [
        figures[k] - set().union(*(f for j, f in enumerate(figures) if j != k))
        for k in range(len(figures))
    ]


def one_sided(text: str, conflicts: list[Conflict]) -> bool:
    """Whether ``text`` gives the figure of some but not all sides of a disagreement."""
    return any(unstated_sides(numbers_in(text), c) for c in conflicts)


def unstated_sides(numbers: set[str], conflict: Conflict) -> list[int]:
    """Sides whose figure ``numbers`` lack, when they hold another side's (else empty)."""
    stated = [k for k, figures in enumerate(_side_figures(conflict)) if numbers & figures]
    if not stated:
        return []
    return [k for k in range(len(conflict.sides)) if k not in stated]


def conflict_reasons(numbers: set[str], cited_sources: set[int], conflicts: list[Conflict]):
    """A disagreement's figure stated as settled: given without the other sides' figures, or
    with them but without citing every side."""
    reasons = []
    for conflict in conflicts:
        figures = _side_figures(conflict)
        stated = [k for k, f in enumerate(figures) if numbers & f]
        if not stated:
            continue
        shown = ", ".join(sorted(set().union(*(numbers & figures[k] for k in stated))))
        missing = unstated_sides(numbers, conflict)
        if missing:
            sides = [conflict.sides[k] for k in missing]
            others = "; ".join(
                f"{side.value} (outlets {', '.join(map(str, side.sources))})" for side in sides
            )
            reasons.append(
                f"states {shown} from one side of a disagreement ({conflict.description}) "
                f"without the other side: {others}"
            )
            continue
        uncited = [s for s in conflict.sides if not set(s.sources) & cited_sources]
        if uncited:
            reasons.append(
                f"gives every side of a disagreement ({conflict.description}) but does not "
                f"cite outlets {', '.join(str(n) for s in uncited for n in s.sources)}"
            )
    return reasons


def _needs(text: str, cluster: Evidence) -> tuple[set[str], set[str], set[str]]:
    """A sentence's figures, name words and content stems: what its sources must hold."""
    names = {_base(t) for e in named_entities(text, cluster) for t in _TOKEN.findall(e)}
    tokens = [_base(t) for t in _TOKEN.findall(text)]
    stems = {_stem(t) for t in tokens if t not in _STOP and len(t) > 2 and not t.isdigit()}
    return numbers_in(text), names, stems


def supporting_facts(text: str, facts: list[Fact], cluster: Evidence, limit: int = 3) -> list[Fact]:
    """The few facts that best hold a sentence's figures, names and words (for a sentence the
    model left without marks): the closest fact first, then any that hold what is still missing.
    """
    numbers, names, stems = _needs(text, cluster)
    evidence = {f.number: Evidence.of(f.support) for f in facts}

    def gain(fact: Fact, numbers: set[str], names: set[str]) -> tuple[int, int]:
        e = evidence[fact.number]
        return 2 * len(numbers & e.numbers) + 2 * len(names & e.words), len(stems & e.stems)

    chosen: list[Fact] = []
    while facts and len(chosen) < limit:
        rest = [f for f in facts if f not in chosen]
        if not rest:
            break
        best = max(rest, key=lambda f: gain(f, numbers, names))
        if chosen and gain(best, numbers, names)[0] == 0:
            break  # nothing missing is held by another fact
        chosen.append(best)
        numbers = numbers - evidence[best.number].numbers
        names = names - evidence[best.number].words
        if not numbers and not names:
            break
    return chosen
