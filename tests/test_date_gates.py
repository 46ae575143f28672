"""find_dates skips the date patterns a sentence cannot match (a cheap test first): the skipped
ones must never be ones that match, so the dates found are those of every pattern."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from newsfuse.briefing import timeline

# Every kind of date, in the forms news writes it (and a few that look like dates but are not).
SENTENCES = [
    "The truce that was agreed on 9 September broke on Monday.",
    "Talks resume Sept. 21, 2016, in Geneva, and again on 21 September 2016.",
    "The mine closed in July 2016 and reopened in March, of 2017 some said.",
    "Filed May 3, the suit was heard on Oct. 29 and on 4 November.",
    "Since March the river has risen; by mid-2019 and back in 1986 it was lower.",
    "Last Friday's vote, this Monday morning and next Sunday night were all quiet.",
    "The Sunday Times and Saturday Night Live both ran it yesterday.",
    "Officials said today, tomorrow, last night, this morning and tonight are busy days.",
    "Earlier this week, this week, last week and next week it rained.",
    "Earlier this month, last month, this month and next month prices rose.",
    "Earlier this year, last year, this year and next year the fund grew.",
    "In the last year 2000 homes were sold; the Sept. 11 attacks and 9/11 are history.",
    "USA TODAY reported that in today's Turkey it is every year on May 8.",
    "THE PORT REOPENED ON TUESDAY, 12 JUNE 2018, AFTER A STORM LAST MONTH.",
    "Kell’s ferry sailed at 6 p.m. on Wednesday, the firm’s notice of Dec. 2 said.",
    "No date at all in this sentence about a market, a doctor and a novel.",
]


def _texts() -> list[str]:
    """These sentences, and every sentence of every string in the tests (each story written for
    a rule, a date rule's included: a pattern given new words fails here until its test does)."""
    texts = list(SENTENCES)
    for path in sorted(Path(__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                texts += [s for s in re.split(r"(?<=[.!?])\s+|\n+", node.value) if s.strip()]
    return texts


TEXTS = _texts()


def test_a_matching_pattern_is_never_ruled_out():
    for text in TEXTS:
        ruled_out = timeline._kinds_ruled_out(text)
        for kind, pattern in timeline._DATE_PATTERNS:
            if pattern.search(text):
                assert kind not in ruled_out, (kind, text)


@pytest.mark.parametrize("anchor", [None, date(2016, 9, 21)])
def test_the_same_dates_as_every_pattern_finds(monkeypatch, anchor):
    gated = [timeline.find_dates(text, anchor) for text in TEXTS]
    monkeypatch.setattr(timeline, "_kinds_ruled_out", lambda text: set())
    assert gated == [timeline.find_dates(text, anchor) for text in TEXTS]
    assert any(gated)  # the sentences do hold dates
