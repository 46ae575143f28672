"""The years a publication date may carry.

A date outside them is a typing error or a hostile input (``9999-12-31``, ``0001-01-01``), and
date arithmetic near the ends of Python's calendar (the day after, the Monday before) overflows.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

Moment = TypeVar("Moment", bound=date)

EARLIEST_YEAR = 1600
LATEST_YEAR = 2999


def in_range(moment: date) -> bool:
    """Whether ``moment`` (a date or datetime) lies in the accepted years."""
    return EARLIEST_YEAR <= moment.year <= LATEST_YEAR


def check_year(moment: Moment) -> Moment:
    """``moment``; ValueError naming the accepted years when it lies outside them."""
    if not in_range(moment):
        raise ValueError(
            f"year {moment.year} is outside the accepted {EARLIEST_YEAR}-{LATEST_YEAR}"
        )
    return moment
