"""Find and read figures in text: money, percentages, dates, durations, ratios, numbers.

`find_quantities(text)` returns every figure with its span, kind, value (in base
units), unit, qualifier and the rounding step of the stated figure. Counted nouns
("1,000 employees") are attached later by `claims`, which has the part-of-speech tags;
here a figure with no unit of its own has kind "number".

The patterns live by family in `patterns/`; this module runs them in order: spans that are not
figures first, then dates, relative dates and dates without their year (resolved against the
article's date, `today`), shares, durations, hyphenated figures, amounts with a unit, multiples,
bare numbers and
numbers in words, so that an earlier family's span is never read again by a later one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from ..errors import Cancelled
from ..text.normalize import normalize
from .numbers import literal_step, literal_value
from .patterns.amounts import FIGURE_RE, SCALE_WORD, figure_from
from .patterns.common import NOT_A_FIGURE_WORDS, Quantity
from .patterns.compounds import COMPOUND_RE, compound_from
from .patterns.dates import (
    DATE_PATTERNS,
    DATE_QUALIFIER_RE,
    DATE_QUALIFIERS,
    DATE_SKIPS,
    SPOKEN_YEAR_RE,
    date_from,
    spoken_year_from,
)
from .patterns.durations import DURATION_RE, duration_from, join_compound
from .patterns.qualifiers import QUALIFIER_PHRASES, with_qualifier
from .patterns.ranges import merge_ranges
from .patterns.relative import relative_from, relative_patterns
from .patterns.scores import SCORE_RE, scores_from
from .patterns.shares import (
    DIGIT_FRACTION_RE,
    FRACTION_RE,
    HALF_OF_RE,
    MULTIPLE_RE,
    ONE_IN_RE,
    TIMES_RE,
    TWICE_RE,
    digit_fraction_from,
    fraction_from,
    multiple_from,
    one_in_from,
    times_from,
    twice_from,
)
from .patterns.skips import SKIP_AFTER_DATES, SKIP_BEFORE_DATES, is_name_part
from .patterns.words import (
    DIGIT_COUNT_BY_RE,
    DIGIT_COUNT_RE,
    GRAND_RE,
    LEAD_UNIT_RE,
    ONE_COUNTS_AFTER,
    QUARTER_POINT_RE,
    SCALE_DOLLAR_RE,
    SINGLE_DIGITS_RE,
    SPOKEN_PRICE_RE,
    VAGUE_RE,
    WORD_AMOUNT_RE,
    WORD_COUNT_RE,
    ZERO_LEVEL_RE,
    digit_count_from,
    grand_from,
    is_label,
    lead_unit_from,
    quarter_point_from,
    scale_dollar_from,
    single_digits_from,
    spoken_price_from,
    vague_from,
    word_amount_from,
    zero_level_from,
)

__all__ = ["QUALIFIER_PHRASES", "Quantity", "find_quantities"]


class _Taken:
    """Character spans already claimed by an earlier pattern."""

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n)

    def free(self, s: int, e: int) -> bool:
        return not any(self.mask[s:e])

    def take(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)


def find_quantities(
    text: str, cancel: Callable[[], bool] | None = None, today: dt.date | None = None
) -> list[Quantity]:
    """Every figure in `text`, in order of position. `cancel` is asked every 256 matches; True
    raises Cancelled. `today` is the article's date, against which relative dates ("last year")
    are resolved; None when it is not known.

    Each line is read on its own: a figure, a range or a qualifier never runs over a line break
    (a headline ending "Day 3" and a paragraph starting "In 2023" are two things)."""
    norm = normalize(text)
    out: list[Quantity] = []
    at = 0
    for line in norm.split("\n"):
        if line.strip():
            for q in _find_in_line(line, cancel, today):
                out.append(_shifted(q, at) if at else q)
        at += len(line) + 1
    return out


_ONE_AFTER = re.compile(
    r"\b(?:" + "|".join(p.replace(" ", r"\s+") for p in ONE_COUNTS_AFTER) + r")\s+$", re.I
)


_ONE_BEFORE_NOT = re.compile(r"\s+(?:more|last|other|thing|way|direction)\b", re.I)


def _counts_one(norm: str, at: int) -> bool:
    """ "only one school", "at least one manufacturer": "one" that counts."""
    if _ONE_BEFORE_NOT.match(norm, at + 3):
        return False  # "just one more reason", "only one direction": a figure of speech
    return norm[at : at + 3].lower() == "one" and bool(
        _ONE_AFTER.search(norm[max(0, at - 16) : at])
    )


_DIGIT = re.compile(r"\d")
# "the 12- and 13-inch", "3- or 4-star": a number whose hyphen waits for the unit of the next one
_SUSPENDED = re.compile(r"(?<![\w.,$€£-])(?P<n>\d[\d,]*(?:\.\d+)?)-[ \t]+(?:and|or)[ \t]+$")
_SCALE_WORD_RE = re.compile(SCALE_WORD)  # a figure without a digit has a scale word


def _shifted(q: Quantity, by: int) -> Quantity:
    return replace(q, start=q.start + by, end=q.end + by, core_start=q.core_start + by,
                   core_end=q.core_end + by)  # fmt: skip


def _find_in_line(
    norm: str, cancel: Callable[[], bool] | None, today: dt.date | None
) -> list[Quantity]:
    taken = _Taken(len(norm))
    found: list[Quantity] = []

    def matches(pat: re.Pattern[str]) -> Iterator[re.Match[str]]:
        if cancel is not None and cancel():  # before each pattern too: one may find nothing
            raise Cancelled("check cancelled")
        for i, m in enumerate(pat.finditer(norm)):
            if cancel is not None and i % 256 == 0 and cancel():
                raise Cancelled("check cancelled")
            yield m

    def skip(patterns: list[re.Pattern[str]]) -> None:
        for pat in patterns:
            for m in matches(pat):
                s, e = m.span("s") if "s" in pat.groupindex else m.span()
                if taken.free(s, e):
                    taken.take(s, e)

    skip(SKIP_BEFORE_DATES)
    skip(DATE_SKIPS)

    def add(q: Quantity | None, s: int, e: int) -> None:
        if q is not None and taken.free(s, e):
            taken.take(s, e)
            found.append(q)

    # every date pattern holds a year or a day, in digits or said aloud ("twenty twenty-two")
    low = norm.lower()  # the word patterns below run only where their key word is
    spoken_years = "twenty" in low or "nineteen" in low
    digits = _DIGIT.search(norm) is not None or (
        spoken_years and SPOKEN_YEAR_RE.search(norm) is not None
    )
    amounts = digits or _SCALE_WORD_RE.search(norm) is not None  # "a million" has no digit
    for m in matches(DIGIT_FRACTION_RE) if "/" in norm else ():  # "10-7/8 pct"
        add(digit_fraction_from(m, norm), m.start(), m.end())
    for name, pat in DATE_PATTERNS if digits else ():
        for m in matches(pat):
            q = date_from(name, m)
            add(q, *((q.start, q.end) if q is not None else m.span()))
    for m in matches(SPOKEN_YEAR_RE) if spoken_years else ():
        add(spoken_year_from(m), m.start(), m.end())
    for name, pat in relative_patterns(norm):
        for m in matches(pat):
            q = relative_from(name, m, norm, today)
            add(q, *((q.start, q.end) if q is not None else m.span()))
    for m in matches(SCORE_RE) if digits else ():  # "stunned Clemson 27-24": two counts
        pair = scores_from(m, norm)
        if pair and taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            found.extend(pair)
    for m in matches(FRACTION_RE):
        q = fraction_from(m, norm)
        if q is not None:
            add(q, q.start, max(q.end, m.end()))
    for m in matches(DURATION_RE):  # a duration may take words before it ("within", "1-")
        dq = duration_from(m, norm)
        add(dq, dq.start if dq is not None else m.start(), m.end())
    for m in matches(COMPOUND_RE):  # "a 340-mile line", "the $48-a-share offer", "4,000mAh"
        cq = compound_from(m, norm)
        add(cq, m.start(), m.end())
        sm = _SUSPENDED.search(norm, max(0, m.start() - 24), m.start()) if cq is not None else None
        if sm is not None and cq.kind in ("quantity", "count") and cq.core_start == m.start():
            # "the 12- and 13-inch MacBooks": the first number takes the unit of the second
            v = literal_value(sm.group("n"))
            if v is not None:
                e = sm.end("n")
                add(replace(cq, start=sm.start(), end=e, value=v * cq.scale,
                            step=literal_step(sm.group("n")) * cq.scale, core_start=sm.start(),
                            core_end=e, qualifier="exact"), sm.start(), e)  # fmt: skip
    skip(SKIP_AFTER_DATES)
    for m in matches(VAGUE_RE):
        add(vague_from(m, norm), m.start(), m.end())
    for pat in (DIGIT_COUNT_RE, DIGIT_COUNT_BY_RE):  # "double-digit growth", "by double digits"
        for m in matches(pat):
            add(digit_count_from(m), m.start("w"), m.end())
    for m in matches(SINGLE_DIGITS_RE):  # "high single digits"
        add(single_digits_from(m), m.start(), m.end())
    for m in matches(QUARTER_POINT_RE):  # "a quarter point"
        add(quarter_point_from(m), m.start(), m.end())
    for m in matches(TWICE_RE):  # "twice as many"
        add(twice_from(m), m.start(), m.end())
    for m in matches(GRAND_RE):
        add(grand_from(m), m.start(), m.end())
    for m in matches(SCALE_DOLLAR_RE) if "-dollar" in low else ():  # "a billion-dollar bet"
        add(scale_dollar_from(m), m.start(), m.end())
    coins = "nickel" in low or "dime" in low or "penny" in low
    for m in matches(SPOKEN_PRICE_RE) if "dollar" in low or coins else ():  # "a dollar forty-two"
        add(spoken_price_from(m), m.start(), m.end())
    zero = "zero" in norm or "Zero" in norm or "ZERO" in norm
    for m in matches(ZERO_LEVEL_RE) if zero else ():  # "below zero", "near-zero interest rates"
        add(zero_level_from(m, norm), m.start(), m.end())
    for m in matches(LEAD_UNIT_RE):
        add(lead_unit_from(m, norm), m.start(), m.end())
    for m in matches(FIGURE_RE) if amounts else ():
        if (
            m.group("cur")
            or m.group("suf")
            or m.group("scale")
            or m.group("scalel")
            or m.group("sub")
        ):
            q = figure_from(m, norm)
            if q is not None and q.kind == "number" and is_name_part(q, norm):
                continue  # "RTX 2060": three capitals that are no currency, before a name's number
            add(q, m.start(), m.end())
    for m in matches(WORD_AMOUNT_RE):
        q = word_amount_from(m, norm)
        if q is not None:
            add(q, q.start, q.end)
    for m in matches(ONE_IN_RE):
        add(one_in_from(m), m.start(), m.end())
    for m in matches(TIMES_RE):
        add(times_from(m, norm), m.start(), m.end())
    for m in matches(MULTIPLE_RE):
        q = multiple_from(m, norm)
        if q is not None:
            add(q, q.start, q.end)
    for m in matches(HALF_OF_RE):
        add(Quantity(m.start(), m.start("h") + 4, "ratio", 0.5, "ratio", step=0.05,
                     core_start=m.start(), core_end=m.start("h") + 4), m.start(), m.end("h"))  # fmt: skip
    named_end = -1  # where the number of the last name ended: "iPhone 8 (or 7, or 6)"
    for m in matches(FIGURE_RE) if amounts else ():
        q = figure_from(m, norm)
        if q is not None and is_name_part(q, norm, named_end):
            taken.take(m.start(), m.end())
            named_end = m.end()
            continue
        add(q, m.start(), m.end())

    for m in matches(WORD_COUNT_RE):
        word = m.group("num").lower()
        v = literal_value(word)
        if (
            v is None
            or (word in NOT_A_FIGURE_WORDS or v < 2 and v == int(v))
            and not _counts_one(norm, m.start())
        ):
            continue
        if is_label(norm, m.start()):
            taken.take(m.start(), m.end())
            continue
        add(Quantity(m.start(), m.end(), "number", v, "", step=literal_step(word), core_start=m.start(),
                     core_end=m.end(), in_words=True), m.start(), m.end())  # fmt: skip

    found.sort(key=lambda q: q.start)
    found = merge_ranges(join_compound(found, norm), norm)
    out = []
    for i, q in enumerate(found):
        if cancel is not None and i % 256 == 0 and cancel():
            raise Cancelled("check cancelled")
        out.append(
            _date_qualifier(q, with_qualifier(q, norm), norm)
            if q.kind == "date"
            else with_qualifier(q, norm)
        )
    return out


_NEAR = re.compile(r"(?i)near\b")


def _date_qualifier(q: Quantity, read: Quantity, norm: str) -> Quantity:
    """A date compared with ("higher than last year", "over prior year", "above 2019 levels") is
    not a date more or less than itself: those words stay out of a date. "no earlier than Dec. 2"
    bounds it."""
    bound = DATE_QUALIFIER_RE.search(norm, max(0, q.start - 24), q.start)
    if bound and q.qualifier == "exact":
        qualifier = DATE_QUALIFIERS[" ".join(bound.group("w").lower().split())]
        return replace(q, start=bound.start(), qualifier=qualifier)
    if read.qualifier != "approx" or _NEAR.match(norm, read.start):
        return q  # "up to Dec. 2" (a span of days), "this quarter plus", "as we near the end of"
    return read  # "around 2015", "circa 1990"
