"""Shares and multiples: "two-thirds", "half of", "one in five", "three times"."""

from __future__ import annotations

import re

from ..numbers import DIGITS, FRACTIONS, WORD_NUMBER, literal_step, literal_value
from .common import Quantity

FRACTION_RE = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|a|an)[\s-]"
    rf"(?P<d>{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})\b(?P<of>\s+of\b)?",
    re.I,
)
HALF_OF_RE = re.compile(
    r"(?<!first )(?<!second )(?<!1st )(?<!2nd )\b(?P<h>half)\s+(?=of\b|the\b|its\b|their\b|all\b)",
    re.I,
)
ONE_IN_RE = re.compile(
    rf"\b(?P<n>one|two|three|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>{WORD_NUMBER}|\d+)\b",
    re.I,
)
TIMES_RE = re.compile(
    rf"(?<![\w.,])(?P<n>{DIGITS}|\b(?:{WORD_NUMBER}))(?:\s+times\b(?=\s+(?:as|more|higher|larger|bigger|greater|faster|the|that|what|its|their|over|earnings|sales|revenue))|x\b)",
    re.I,
)


def fraction_from(m: re.Match[str], norm: str) -> Quantity | None:
    n_word, d_word = m.group("n").lower(), m.group("d").lower()
    if n_word in ("a", "an", "one") and not m.group("of"):
        return None  # "a quarter" alone is a period of time, not a share
    num = literal_value(n_word) or 1.0
    value = round(num / FRACTIONS[d_word], 4)
    if value > 1:
        return None  # "the past five quarters" is a span of time (durations), not a share
    end = m.end("d")
    # "two-thirds" is a round share: it stands for roughly ±5% of itself.
    return Quantity(m.start(), end, "ratio", value, "ratio", step=round(value * 0.1, 6),
                    core_start=m.start(), core_end=end)  # fmt: skip


def one_in_from(m: re.Match[str]) -> Quantity | None:
    n, d = literal_value(m.group("n")), literal_value(m.group("d"))
    if not n or not d or d <= n:
        return None
    return Quantity(m.start(), m.end(), "ratio", round(n / d, 4), "ratio", step=round(n / d * 0.1, 6),
                    core_start=m.start(), core_end=m.end())  # fmt: skip


def times_from(m: re.Match[str]) -> Quantity | None:
    n = literal_value(m.group("n"))
    if not n or n <= 1:
        return None
    end = m.end()
    return Quantity(m.start(), end, "ratio", n, "times", step=literal_step(m.group("n")),
                    core_start=m.start(), core_end=end)  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("two-thirds of the staff", "ratio", 0.6667, "ratio"), ("one in five adults", "ratio", 0.2, "ratio"),
    ("three times as many", "ratio", 3, "times"),
]  # fmt: skip
