"""Intervals: what range of values a claim and a fact each stand for, and whether they meet."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

INF = math.inf
APPROX = 0.10  # "about", "around": within 10%
NEARLY = 0.10  # "nearly", "close to": up to 10% below
ROUNDING_CAP = 0.10  # a round figure stands for at most ±10% of itself

DURATION_IN_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "day": 1 / 365.25,
                     "quarter": 0.25, "hour": 1 / 8766}  # fmt: skip
_UNIT_ALIASES = {
    "years": "year", "yr": "year", "yrs": "year", "months": "month", "weeks": "week",
    "days": "day", "quarters": "quarter", "hours": "hour", "percent": "%",
    "percentage points": "pp", "percentage point": "pp", "basis points": "bp",
    "basis point": "bp", "bps": "bp", "tonne": "tonnes", "ton": "tons", "t": "tonnes",
    "barrel": "barrels", "times": "times", "x": "times",
    "barrels of oil equivalent": "boe/d", "barrels of oil equivalent per day": "boe/d", "boe": "boe/d",
    "boepd": "boe/d", "boe per day": "boe/d",
    "gigawatts": "gw", "gigawatt": "gw", "megawatts": "mw", "megawatt": "mw", "kilowatts": "kw",
    "terawatt-hours": "twh", "gigawatt-hours": "gwh", "megawatt-hours": "mwh", "kilowatt-hours": "kwh",
    "tons": "tonnes", "metric tons": "tonnes", "metric tonnes": "tonnes", "bbl": "barrels",
    "ounce": "ounces", "oz": "ounces", "kilometres": "km", "kilometers": "km", "kilometre": "km",
    "miles": "mi", "kilograms": "kg", "kilos": "kg", "barrels per day": "bpd", "barrels a day": "bpd",
    "points": "points", "point": "points",
}  # fmt: skip


_SCALED = {"kw": ("power", 1e3), "mw": ("power", 1e6), "gw": ("power", 1e9), "kwh": ("energy", 1e3),
           "mwh": ("energy", 1e6), "gwh": ("energy", 1e9), "twh": ("energy", 1e12), "kg": ("mass", 1.0),
           "tonnes": ("mass", 1e3), "km": ("length", 1e3), "mi": ("length", 1609.344)}  # fmt: skip


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def meets(self, other: Interval) -> bool:
        finite = [abs(x) for x in (self.low, self.high, other.low, other.high) if math.isfinite(x)]
        eps = 1e-9 * max([1.0, *finite])
        return self.low <= other.high + eps and other.low <= self.high + eps


def canonical_unit(unit: str) -> str:
    u = unit.strip()
    if len(u) == 3 and u.isalpha() and u.isupper():
        return u
    low = u.lower()
    return _UNIT_ALIASES.get(low, low)


def interval(value: float, qualifier: str, tol: float, low: float | None = None,
             high: float | None = None, floor: float = -INF) -> Interval:  # fmt: skip
    """The values a figure stands for, given its qualifier and rounding tolerance."""
    v, a = value, abs(value)
    if qualifier == "range" and low is not None and high is not None:
        return Interval(low - tol, high + tol)
    if qualifier == "approx":
        return Interval(v - APPROX * a - tol, v + APPROX * a + tol)
    if qualifier == "nearly":  # "nearly 9,000" is below 9,000, give or take a hair
        return Interval(v - NEARLY * a - tol, v + min(tol, 0.01 * a))
    # A bound is a bound: "more than 9 million" is not met by 8.6 million, whatever the rounding
    # of "9 million"; it keeps 1% of slack so that "more than 100" meets "100+".
    edge = min(tol, 0.01 * a)
    if qualifier in ("more_than", "at_least"):
        return Interval(v - edge, INF)
    if qualifier in ("less_than", "at_most"):
        return Interval(max(floor, -INF), v + edge)
    return Interval(v - tol, v + tol)


def rounding_tolerance(value: float, step: float, cap: float = ROUNDING_CAP) -> float:
    """Half the step the figure was written to, capped: "1,000" is 950–1,050 at most ±10%."""
    if step <= 0:
        return 0.0
    return min(0.5 * step, cap * abs(value)) if value else 0.5 * step


def claim_interval(kind: str, value: float, qualifier: str, step: float,
                   low: float | None, high: float | None, cap: float = ROUNDING_CAP) -> Interval:  # fmt: skip
    if kind == "date":
        # Dates are years: "late 2018" and "in 2018" both stand for the year 2018.
        q = "exact" if qualifier in ("approx", "nearly") else qualifier
        return interval(value, q, 0.0, low, high)
    tol = rounding_tolerance(value, step, cap)
    floor = 0.0 if kind in ("count", "money", "duration", "quantity") else -INF
    return interval(value, qualifier, tol, low, high, floor)


def fact_interval(value: float, qualifier: str, kind: str) -> Interval:
    """Facts are taken as written: exact values have no rounding slack."""
    if kind == "date" and qualifier in ("approx", "nearly"):
        qualifier = "exact"
    floor = 0.0 if kind in ("count", "money", "duration", "quantity") else -INF
    return interval(value, qualifier, 0.0, None, None, floor)


def convert(value: float, from_unit: str, to_unit: str, kind: str) -> float | None:
    """A claim value in the fact's unit, or None when the units do not compare."""
    a, b = canonical_unit(from_unit), canonical_unit(to_unit)
    if a == b:
        return value
    if kind == "quantity" and a in _SCALED and b in _SCALED and _SCALED[a][0] == _SCALED[b][0]:
        return value * _SCALED[a][1] / _SCALED[b][1]  # 4,200 MW is 4.2 GW
    if kind == "duration" and a in DURATION_IN_YEARS and b in DURATION_IN_YEARS:
        return value * DURATION_IN_YEARS[a] / DURATION_IN_YEARS[b]
    if kind == "ratio" and {a, b} == {"times", "ratio"}:
        return value  # "1.1 times EBITDA" against a fact recorded as a ratio
    if kind == "ratio" and a == "ratio" and b == "%":
        return value * 100
    if kind == "percent" and a == "bp" and b == "%":
        return value / 100  # a move of 25 basis points against a fact of 0.25 (percentage points)
    if kind == "percent" and a == "pp" and b == "%":
        return value
    if kind == "percent" and a == "bp" and b == "pp":
        return value / 100
    if kind == "percent" and a == "pp" and b == "bp":
        return value * 100
    if kind in ("quantity", "count"):
        # "212,000 barrels of oil equivalent" against a fact in barrels, "tonnes of copper" in tonnes
        ha, hb = (
            _HEAD_OF.sub("", from_unit.strip().lower()),
            _HEAD_OF.sub("", to_unit.strip().lower()),
        )
        if (ha, hb) != (from_unit.strip().lower(), to_unit.strip().lower()) and canonical_unit(
            ha
        ) == canonical_unit(hb):
            return value
    return None


_HEAD_OF = re.compile(r"\s+of\s+.*$")
