"""Durations: "three years", "18 months", "a decade"."""

from __future__ import annotations

import re

from ..numbers import DIGITS, WORD_NUMBER, literal_step, literal_value
from .common import Quantity

_DURATION_UNITS = {
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100),
    "centuries": ("year", 100), "month": ("month", 1), "months": ("month", 1),
    "week": ("week", 1), "weeks": ("week", 1), "day": ("day", 1), "days": ("day", 1),
    "quarter": ("quarter", 1), "quarters": ("quarter", 1), "hour": ("hour", 1),
    "hours": ("hour", 1),
}  # fmt: skip
DURATION_RE = re.compile(
    rf"(?<![\w.,$€£])(?P<num>{DIGITS}|\b(?:{WORD_NUMBER}|a|an|half\s+a|a\s+half)\b)[\s-]"
    rf"(?P<unit>{'|'.join(sorted(_DURATION_UNITS, key=len, reverse=True))})\b(?!-old)",
    re.I,
)
_DURATION_NOT_AFTER = re.compile(
    r"[\s-]*+(?:old\b|ago\b|earlier\b|later\b|before\b|after\b|prior\b|"
    r"(?:[A-Za-z]++\s++){0,2}(?:treasur|bonds?\b|notes?\b|yields?\b|gilts?\b|bunds?\b|JGBs?\b|swaps?\b|"
    r"securities|paper\b|loans?\b|mortgages?\b|debt\b))", re.I,
)  # fmt: skip


def duration_from(m: re.Match[str], norm: str) -> Quantity | None:
    num_text, unit_word = m.group("num"), m.group("unit").lower()
    unit, mult = _DURATION_UNITS[unit_word]
    low_num = num_text.lower()
    if low_num in ("a", "an", "one") and mult == 1:
        return None  # "a year earlier", "one day": not a figure to check
    if _DURATION_NOT_AFTER.match(norm, m.end()):
        return None
    if low_num in ("half a", "a half"):
        value, step = 0.5, 0.5
    else:
        v = literal_value(num_text)
        if v is None:
            return None
        value, step = v, literal_step(num_text)
    return Quantity(m.start(), m.end(), "duration", value * mult, unit, step=step * mult,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("for three years", "duration", 3, "year"), ("18 months", "duration", 18, "month"),
    ("two decades", "duration", 20, "year"),
]  # fmt: skip
