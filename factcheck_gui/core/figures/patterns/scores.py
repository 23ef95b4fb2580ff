"""Scores, tallies and records written as two numbers joined by a hyphen: "stunned Clemson 27-24",
"a 17-14 halftime lead", "tie it at 14-14", "outgained Clemson 440-317", "the Senate voted 51-49",
"Clemson (6-1, 4-1 ACC)". Each number is a count of its own (points, votes, wins and losses).

Only pairs whose first number is at least the second are read: "4-6 months" and "3-5%" are ranges
(`ranges`), and a range never runs from high to low. Codes ("F-150", "KR-21-04", "3-2-1") are
skipped before this family runs.
"""

from __future__ import annotations

import re

from .common import Quantity

SCORE_RE = re.compile(r"(?<![\w.,$€£¥/+−-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w%/+-]|[.,]\d)")
_VOTES = re.compile(r"(?i)\b(?:vot(?:e|es|ed|ing)|ballots?|ruled|ruling|decision|margin)\b")
_REACH = 60  # characters either side read for the words that name what was counted


def scores_from(m: re.Match[str], norm: str) -> list[Quantity]:
    """The two counts of a score, or none when the pair is not one."""
    a, b = int(m["a"]), int(m["b"])
    if a < b or m["a"].startswith("0") and len(m["a"]) > 1:
        return []
    window = norm[max(0, m.start() - _REACH) : m.end() + _REACH]
    opened = norm.rfind("(", max(0, m.start() - 16), m.start())
    if _VOTES.search(window):
        units = ("votes", "votes")
    elif opened >= 0 and ")" not in norm[opened : m.start()]:
        units = ("wins", "losses")  # a record in brackets: "(6-1, 4-1 ACC)", "(4-3)"
    else:
        units = ("points", "points")
    return [
        Quantity(m.start("a"), m.end("a"), "count", float(a), units[0], step=1.0,
                 core_start=m.start("a"), core_end=m.end("a")),
        Quantity(m.start("b"), m.end("b"), "count", float(b), units[1], step=1.0,
                 core_start=m.start("b"), core_end=m.end("b")),
    ]  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("Syracuse stunned Clemson 27-24", "count", 27, "points"),
    ("a surprising 17-14 halftime lead", "count", 17, "points"),
    ("the Senate voted 51-49 for the bill", "count", 51, "votes"),
]
NOT_FIGURES = ["the F-150 pickup", "a 3-2-1 countdown", "a Boeing 737-800"]
