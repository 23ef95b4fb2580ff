"""Durations: "three years", "18 months", "a decade", "a five-year bond", "a 31-year-old",
"the past eight trading days", "a couple of minutes", "within two hours", "four years later".

"a year", "one day" alone are no figure to check; they are when a qualifier says how long
("more than a year", "nearly a year"), when joined to a noun ("a one-year contract") or when
they say how long ago ("a week ago", "a year earlier": a date of its own when the dates
family reads it so, else a duration of one year). The maturity of a bond ("10-year Treasuries") is a
duration too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..numbers import DIGITS, WORD_NUMBER, literal_step, literal_value
from .common import YEAR_NUMERAL, Quantity

_DURATION_UNITS = {
    "year": ("year", 1), "years": ("year", 1), "yr": ("year", 1), "yrs": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100),
    "centuries": ("year", 100), "month": ("month", 1), "months": ("month", 1),
    "week": ("week", 1), "weeks": ("week", 1), "day": ("day", 1), "days": ("day", 1),
    "quarter": ("quarter", 1), "quarters": ("quarter", 1), "hour": ("hour", 1),
    "hours": ("hour", 1), "minute": ("minute", 1), "minutes": ("minute", 1),
    "second": ("second", 1), "seconds": ("second", 1),
    # wire abbreviations: "next 18 mths", "13 wks"
    "mth": ("month", 1), "mths": ("month", 1), "wk": ("week", 1), "wks": ("week", 1),
}  # fmt: skip
# Words that may stand between the number and its unit: "eight trading days".
_BETWEEN = ["trading", "business", "working", "calendar", "consecutive", "straight", "full",
            "additional", "more", "further", "extra"]  # fmt: skip
# "a couple of years": numbers that are phrases, with their value and qualifier.
_PHRASE_NUMBERS = {"a couple of": (2, "approx"), "couple of": (2, "approx"),
                   "a couple": (2, "approx")}  # fmt: skip
# Words before a duration that bound it: "within two hours" is at most two hours.
_BOUNDS_BEFORE = [(re.compile(r"(?i)\b(?:within|inside)\s+$"), "at_most"),
                  (re.compile(r"(?i)\bin\s+(?:under|less\s+than)\s+$"), "less_than"),
                  (re.compile(r"(?i)\bsub-$"), "less_than")]  # fmt: skip
# Qualifiers that make "a year" a figure ("more than a year", "nearly a year").
_A_UNIT_QUALIFIED = re.compile(
    r"(?i)\b(?:more\s+than|less\s+than|nearly|almost|over|under|about|around|roughly|"
    r"at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|within|in\s+under|barely|only)\s+$"
)
_PHRASE_ALT = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in
                       sorted(_PHRASE_NUMBERS, key=len, reverse=True))  # fmt: skip
_UNITS_ALT = "|".join(sorted(_DURATION_UNITS, key=len, reverse=True))
# "the past decade", "In Next Decade": a decade without a number.
_DECADE_WORDS = ["past", "last", "next", "coming", "previous", "prior"]
DURATION_RE = re.compile(
    rf"(?<![\w.,$€£])"
    rf"(?P<num>{DIGITS}|\b(?:{_PHRASE_ALT}|{WORD_NUMBER}|a|an|half\s+a|a\s+half)\b)"
    rf"(?P<half>\s+and\s+a\s+half)?(?P<sep>[\s-])(?:(?P<between>{'|'.join(_BETWEEN)})\s+)?"
    rf"(?P<unit>{_UNITS_ALT})\b"
    rf"|\b(?:{'|'.join(_DECADE_WORDS)})\s+(?P<decade>decade)\b"
    # "a yearlong probe", "a monthlong strike": one unit, written as one word
    rf"|\b(?P<long>year|month|week|day|decade)long\b"
    # "little changed in the past year", "over the past month": the span just ended, one unit
    rf"|(?<=\bthe\s)past\s+(?P<past>year|month|week|day)\b"
    # "5- and 7-year yields": a suspended hyphen takes the unit of the figure after it.
    rf"|(?<![\w.,$€£])(?P<snum>{DIGITS}|\b(?:{WORD_NUMBER})\b)-(?=\s+(?:and|or|to)\s+"
    rf"(?:{DIGITS}|(?:{WORD_NUMBER}))-(?P<sunit>{_UNITS_ALT})\b)",
    re.I,
)
# "the next 1-2 years", "the 12 to 18 months": the low end of a range of durations, just before.
_LOW_END = re.compile(
    rf"(?<![\w.,$€£])(?P<lo>{DIGITS}|\b(?:{WORD_NUMBER}))(?:[ \t]?-[ \t]?|[ \t]++to[ \t]++)$", re.I
)
# After the unit: "ago", "later", "earlier" say how long ago; "-old" gives an age.
_RELATIVE_AFTER = re.compile(r"(?i)\s*+(?:ago|later|earlier)\b|-old\b")
# "a day after the gauge capped its advance", "a day before the vote": one day between two events
# (the keys take it as a 1-day duration, like "a day earlier"); "the day after" names a day.
_DAY_APART = re.compile(r"(?i)\s*+(?:after|before)\b")
# "the first retreat in a week", "the most in a year": the span a comparison covers ("twice in
# a year" is a frequency, "in a year when" a time).
_IN_A_UNIT = re.compile(r"(?i)(?<!\bonce\s)(?<!\btwice\s)(?<!\btimes\s)\bin\s+$")
_IN_A_NOT_AFTER = re.compile(r"(?i)\s*+(?:when|where|that|which|of|in\s+which|'s|or|and)\b|-")
# "a one-year contract", "a one-day strike": "a"/"one" joined to the unit with a hyphen.
_JOINED_AFTER = re.compile(r"\s*+[a-z]")


_AND_SMALLER = re.compile(
    rf",?\s+and\s+(?:{DIGITS}|(?:{WORD_NUMBER})\b)[\s-](?:minutes?|seconds?|months?|days?|hours?)\b",
    re.I,
)


def duration_from(m: re.Match[str], norm: str) -> Quantity | None:
    if m.group("decade"):  # "the past decade"
        return Quantity(m.start(), m.end(), "duration", 10, "year", step=10,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    if m.group("long"):  # "a yearlong probe"
        w = m.group("long").lower()
        unit, mult = ("year", 10) if w == "decade" else _DURATION_UNITS[w]
        return Quantity(m.start(), m.end(), "duration", float(mult), unit, step=1.0,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    if m.group("past"):  # "in the past year"
        unit, mult = _DURATION_UNITS[m.group("past").lower()]
        return Quantity(m.start(), m.end(), "duration", float(mult), unit, step=1.0,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    if m.group("snum"):  # "5- and 7-year yields"
        v = literal_value(m.group("snum"))
        unit, mult = _DURATION_UNITS[m.group("sunit").lower()]
        if v is None:
            return None
        return Quantity(m.start(), m.end() - 1, "duration", v * mult, unit,
                        step=literal_step(m.group("snum")) * mult, core_start=m.start(),
                        core_end=m.end() - 1)  # fmt: skip
    num_text, unit_word = m.group("num"), m.group("unit").lower()
    unit, mult = _DURATION_UNITS[unit_word]
    low_num = " ".join(num_text.lower().split())
    start, qualifier = m.start(), "exact"
    before = norm[max(0, start - 16) : start]
    if low_num in ("a", "an", "one") and mult == 1:
        joined = m.group("sep") == "-" and low_num == "one" and _JOINED_AFTER.match(norm, m.end())
        relative = _RELATIVE_AFTER.match(norm, m.end()) or (
            unit == "day" and low_num in ("a", "an") and _DAY_APART.match(norm, m.end())
        )
        spans = _IN_A_UNIT.search(before) and not _IN_A_NOT_AFTER.match(norm, m.end())
        compound = _AND_SMALLER.match(norm, m.end())  # "one minute and 47 seconds"
        if not (joined or relative or spans or compound or _A_UNIT_QUALIFIED.search(before)):
            return None  # "a year of growth", "one day": no figure to check
    if YEAR_NUMERAL.fullmatch(num_text) and not unit_word.endswith("s"):
        return None  # "our 2021 full year results", "the 2019 second quarter": a year
    if unit_word == "second" and m.group("sep") != "-" and not num_text[0].isdigit():
        return None  # "two second-half goals", "a second quarter": an ordinal
    if (unit_word in ("quarter", "second") and low_num in ("a", "an")
            and not _A_UNIT_QUALIFIED.search(before)):  # fmt: skip
        return None  # "a quarter of its staff", "a second time"
    for pat, bound in _BOUNDS_BEFORE:
        bm = pat.search(before)
        if bm:
            start, qualifier = start - len(before) + bm.start(), bound
            break
    if low_num in _PHRASE_NUMBERS:
        value, step = _PHRASE_NUMBERS[low_num][0], 1.0
        qualifier = _PHRASE_NUMBERS[low_num][1] if qualifier == "exact" else qualifier
    elif low_num in ("half a", "a half"):
        value, step = 0.5, 0.5
    else:
        v = literal_value(num_text)
        if v is None:
            return None
        value, step = v, literal_step(num_text)
    if m.group("half"):  # "five and a half years"
        value, step = value + 0.5, 0.5
    end = m.end() + 4 if norm.startswith("-old", m.end()) else m.end()  # "a 31-year-old"
    lm = _LOW_END.search(norm, max(0, m.start() - 24), m.start())
    lo = literal_value(lm.group("lo")) if lm else None
    if lm and lo is not None and lo < value:
        return Quantity(lm.start(), end, "duration", lo * mult, unit, "range", lo * mult,
                        value * mult, step * mult, None, lm.start(), end)  # fmt: skip
    return Quantity(start, end, "duration", value * mult, unit, qualifier, step=step * mult,
                    core_start=m.start(), core_end=end)  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("a yearlong probe", "duration", 1, "year"), ("a decadelong slump", "duration", 10, "year"),
    ("one minute and 47 seconds", "duration", 107, "second"), ("next 18 mths", "duration", 18, "month"),
    ("13 wks", "duration", 13, "week"),
    ("just seven hours and 50 minutes", "duration", 470, "minute"),
    ("two years and three months", "duration", 27, "month"),
    ("for three years", "duration", 3, "year"), ("18 months", "duration", 18, "month"),
    ("two decades", "duration", 20, "year"), ("a five-year bond", "duration", 5, "year"),
    ("10-year Treasuries", "duration", 10, "year"), ("the 31-year-old singer", "duration", 31, "year"),
    ("a seven-year note", "duration", 7, "year"), ("a one-year contract", "duration", 1, "year"),
    ("the past five quarters", "duration", 5, "quarter"),
    ("the past eight trading days", "duration", 8, "day"),
    ("the biggest gain in a week", "duration", 1, "week"), ("the past day", "duration", 1, "day"), ("more than a year", "duration", 1, "year"),
    ("nearly a year", "duration", 1, "year"), ("a couple of minutes", "duration", 2, "minute"),
    ("within two hours", "duration", 2, "hour"), ("four years later", "duration", 4, "year"),
    ("little changed in the past year", "duration", 1, "year"),
    ("56 seconds", "duration", 56, "second"), ("the next couple of years", "duration", 2, "year"),
    ("a week ago", "duration", 1, "week"), ("a 30-second ad", "duration", 30, "second"),
    ("the past decade", "duration", 10, "year"), ("the next 1-2 years", "duration", 1, "year"),
    ("the 12 to 18 months", "duration", 12, "month"), ("five and a half years", "duration", 5.5, "year"),
    ("a day after the vote", "duration", 1, "day"), ("only a day before the deadline", "duration", 1, "day"),
]  # fmt: skip
QUALIFIED: list[tuple[str, str]] = [
    ("within two hours", "at_most"), ("a couple of minutes", "approx"),
    ("more than a year", "more_than"), ("nearly a year", "nearly"), ("sub-10 second", "less_than"),
    ("the next 1-2 years", "range"), ("four to six weeks", "range"), ("in nine to 12 months", "range"),
]  # fmt: skip
NOT_FIGURES: list[str] = [
    "one day",
    "a second time",
    "a year of growth",
    "the day after Thanksgiving",
    "twice in a year",
    "in a year when rates rose",
]


# "one minute and 47 seconds", "seven hours and 50 minutes", "two years and three months": one
# duration in the smaller unit (107 seconds), as a stopwatch reads it.
_SMALLER_IN = {("hour", "minute"): 60, ("minute", "second"): 60, ("year", "month"): 12,
               ("week", "day"): 7, ("day", "hour"): 24}  # fmt: skip
_JOIN = re.compile(r",?\s+(?:and\s+)?|,\s*")


def join_compound(found: list[Quantity], norm: str) -> list[Quantity]:
    """`found` (sorted by start) with each duration and the smaller-unit duration written right
    after it ("and 47 seconds") made one."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == q.kind == "duration"
            and prev.value is not None
            and q.value is not None
            and (factor := _SMALLER_IN.get((prev.unit, q.unit)))
            and q.qualifier == "exact"
            and _JOIN.fullmatch(norm, prev.end, q.start)
            and "and" in norm[prev.end : q.start]
        ):
            out[-1] = replace(prev, end=q.end, value=prev.value * factor + q.value, unit=q.unit,
                              step=q.step, core_end=q.core_end)  # fmt: skip
            continue
        out.append(q)
    return out
