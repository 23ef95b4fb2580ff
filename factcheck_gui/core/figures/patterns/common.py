"""What every figure family shares: the figure found, and small helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A figure found in text. Offsets index the original text."""

    start: int
    end: int
    kind: str  # money | percent | date | duration | ratio | number (unit decided by claims)
    value: float | None  # None: a relative date ("last year") with no article date to resolve it
    unit: str
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    step: float = 1.0  # rounding step of the stated figure, in base units
    period: str | None = None  # dates: "2024", "2024-Q3", "2025-03", "FY2023"
    core_start: int = -1  # span of the figure itself, without qualifier words
    core_end: int = -1
    is_year_like: bool = False  # bare 1900-2099 numeral: a date unless a plural noun follows
    in_words: bool = False  # "six plants": a count only when a plural noun follows
    scale: float = 1.0  # multiplier written with the figure ("bn" → 1e9)
    # dates said relative to the article's date (patterns/relative.py): (unit, offset, part), e.g.
    # ("year", -1, "") "last year", ("year", -1, "Q1") "the first quarter of last year",
    # ("day", 0, "12-27") "Dec. 27", ("quarter", 0, "Q2") "the second quarter"
    relative: tuple[str, int, str] | None = None


def alt(items: list[str]) -> str:
    """A regex alternation of literal items, longest first."""
    return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))


# A bare numeral that reads as a year ("2021", "1999"): the one test of `Quantity.is_year_like`.
YEAR_NUMERAL = re.compile(r"(?:1[7-9]|20)\d{2}")

NOT_A_FIGURE_WORDS = {"one", "a", "an"}  # "one of the", "a million" is read with its scale word
