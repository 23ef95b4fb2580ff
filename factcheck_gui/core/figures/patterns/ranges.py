"""Two figures that make one range: "between 5 and 7", "18 to 20 cents", "5.8%-6%", "4-6 months",
"two or three services"; a move and a level ("rose $1.20 to $84.60", "cut to 2,665 from 3,079",
"from $450 million to $400 million") stay two figures.

A range has qualifier "range", value the low bound, and low/high. A bound written without its
unit takes it from the other bound ("18 to 20 cents": 0.18 to 0.20 USD; "$1.2 billion to 1.5
billion"), and bare bounds with a scale word take the currency of the money figure just before
them in the same sentence ("estimates of $169.68 billion, in a range of 167.41 billion to 172.38
billion"). Every rule reads a bounded window around the two figures, never a whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import ACTION_VERBS, CHANGE_VERBS
from ..numbers import DIGITS, literal_value
from ..units import DURATION_UNITS, unit_at
from .common import Quantity

# What stands between the two bounds; the name says which rule of `_join_pair` applies.
RANGE_GAPS: list[tuple[str, re.Pattern[str]]] = [
    ("dash", re.compile(r"\s?[-–—]\s?")),  # "5.8%-6%", "2x-3x", "4-6 months"
    ("to", re.compile(r"\s+(?:to|through|thru)\s+")),  # "18 to 20 cents", "$5.45 billion to $5.60 billion"
    ("and", re.compile(r"\s+and\s+")),  # "between 5 and 7 percent" (only after "between")
    ("or", re.compile(r"\s+or\s+")),  # "two or three services" (close whole numbers only)
]  # fmt: skip

# Words before the low bound that make "X to Y" a range even after "from" or a verb of change.
RANGE_OPENERS = [
    "between", "ranging from", "ranged from", "ranges from", "range from", "range of",
    "range of between", "anywhere from", "anywhere between", "somewhere between",
    "varying from", "varies from", "vary from", "varied from", "spanning from",
]  # fmt: skip
_OPENER_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in RANGE_OPENERS) + r")\s+$",
    re.I,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)  # "from $450 million to $400 million": a move
_CHANGE_VERB_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS}|{ACTION_VERBS})\s+(?:by\s+)?$", re.I)

# "0.5% growth to a 2% contraction": nouns that give each bound its sign.
SIGNED_NOUNS: dict[str, int] = {
    "growth": 1, "expansion": 1, "gain": 1, "increase": 1, "rise": 1, "surplus": 1, "profit": 1,
    "contraction": -1, "decline": -1, "drop": -1, "fall": -1, "decrease": -1, "deficit": -1,
    "loss": -1, "slump": -1,
}  # fmt: skip
_SIGNED = "|".join(SIGNED_NOUNS)
_SIGNED_GAP = re.compile(rf"\s+(?P<w>{_SIGNED})\s+to\s+(?:an?\s+)?", re.I)
_SIGNED_AFTER = re.compile(rf"\s+(?P<w>{_SIGNED})\b", re.I)

# A low bound that an earlier family left unread because it took only the high bound with its
# unit: "4-6 months", "the next 1-2 years", "2-3x". Read in the few characters before the figure.
_BARE_LOW_BEFORE = re.compile(rf"(?<![\w.,/$€£¥-])(?P<num>{DIGITS})(?:\s?[-–]\s?|\s+to\s+)$")
_LOW_LOOKBACK_KINDS = ("duration", "ratio", "quantity")

_NUMERAL = re.compile(DIGITS)
_SIGNED_MOVE = re.compile(r"[-+−–]\s?[$€£¥]")  # a sign written before a currency symbol
_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"“])")
# After a range of bare amounts, a word that is not one of these names what is counted ("1.2 to
# 1.5 billion users"), so the range does not take the currency of the figure before.
_NOT_A_NOUN_AFTER = re.compile(
    r"\s*(?:$|[^\w\s]|(?:in|for|on|at|by|from|and|or|with|a|an|the|this|that|its|their|last|next|"
    r"per|over|versus|vs|compared|according|as|after|before|during|than|to|of|is|was|were|are|"
    r"will|would|could|in|while|but|respectively|earlier|a\s+year)\b)",
    re.I,
)
_CARRY_REACH = 200  # characters back to the money figure whose currency a bare range takes


def merge_ranges(qs: list[Quantity], norm: str) -> list[Quantity]:
    """Join the two bounds of every range into one figure."""
    qs = list(qs)
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        r = qs[i + 1] if i + 1 < len(qs) else None
        joined = _join_pair(q, r, norm) if r is not None else None
        if joined is not None:
            q, i = joined, i + 2
        else:
            if r is not None and (carried := _carried_unit(q, r, norm)) is not None:
                q, qs[i + 1] = carried  # "from $1.2 billion to 1.5 billion": a move, one currency
            q = _with_unread_low(q, norm, out[-1].end if out else 0) or q
            i += 1
        if q.qualifier == "range" and q.kind == "number" and q.scale > 1.0:
            q = _with_carried_currency(q, out, norm)
        out.append(q)
    return _with_list_units(out, norm)


# Between the members of a list of figures: "68, 100, or 5,000 degrees", "five, six or seven days".
_LIST_GAP = re.compile(r",\s+(?:(?:or|and)\s+)?|\s+(?:or|and)\s+")
_LIST_UNIT_KINDS = ("quantity", "percent", "duration")


def _with_list_units(qs: list[Quantity], norm: str) -> list[Quantity]:
    """Bare numbers listed before a figure with a unit of measure take its unit: "set the
    thermostat to 68, 100, or 5,000 degrees" (the unit is written once, after the last)."""
    for i in range(len(qs) - 1, 0, -1):
        last = qs[i]
        if last.kind == "number" and last.scale == 1.0 and not last.is_year_like:
            u = unit_at(norm, last.core_end)
            if u is None or u[0] == "points" or u[0] in DURATION_UNITS:
                continue  # points and seconds: the reader of claims tells what they are
            last = replace(last, kind="quantity", unit=u[0], end=u[1])
        if last.kind not in _LIST_UNIT_KINDS or last.qualifier == "range":
            continue
        j = i
        while j > 0:
            p = qs[j - 1]
            bare = p.kind == "number" and p.scale == 1.0 and not p.is_year_like and p.value
            if not (bare and _LIST_GAP.fullmatch(norm[p.end : qs[j].start])):
                break
            j -= 1
        if (
            j == i
            or not _LIST_GAP.fullmatch(norm[qs[i - 1].end : last.start])
            or not any(w in norm[qs[i - 1].end : last.start] for w in ("or", "and"))
        ):
            continue  # a list ends "…, or 5,000 degrees" / "… and 5,000 degrees"
        f = _factor(last, norm)
        qs[i] = last
        for k in range(j, i):
            p = qs[k]
            qs[k] = replace(p, kind=last.kind, unit=last.unit, value=p.value * f, step=p.step * f)
    return qs


def _gap_name(gap: str) -> str | None:
    for name, pat in RANGE_GAPS:
        if pat.fullmatch(gap):
            return name
    return None


def _factor(q: Quantity, norm: str) -> float:
    """What the numeral of a figure is multiplied by to give its value ("20 cents" → 0.01)."""
    m = _NUMERAL.search(norm, q.core_start if q.core_start >= 0 else q.start, q.end)
    v = literal_value(m.group()) if m else None
    return q.value / v if v else q.scale


def _join_pair(q: Quantity, r: Quantity, norm: str) -> Quantity | None:
    if q.value is None or r.value is None:
        return None  # a relative date with no article date
    gap = norm[q.end : r.start]
    if len(gap) > 30 or q.qualifier == "range" or r.qualifier == "range":
        return None
    before = norm[max(0, q.start - 28) : q.start]
    opener = _OPENER_BEFORE.search(before)
    between = opener is not None and "between" in opener.group().lower()
    if "date" in (q.kind, r.kind) or q.is_year_like and r.is_year_like and between:
        # "Dec. 18-19", "from 2010 to 2016", "between 1999 and 2016", "between Nov. 1 and
        # Dec. 19": dates read their own spans, two dates that bound a span (as the keys hold
        # them), not one date of uncertain year
        return None
    start, end = (q.start - len(before) + opener.start()) if between else q.start, r.end
    low_sign = high_sign = 1
    name = _gap_name(gap)
    if name is None:
        sm, am = _SIGNED_GAP.fullmatch(gap), _SIGNED_AFTER.match(norm, r.end)
        if not (sm and am and q.kind == r.kind == "percent"):
            return None
        low_sign, high_sign = SIGNED_NOUNS[sm["w"].lower()], SIGNED_NOUNS[am["w"].lower()]
        if low_sign == high_sign:
            return None
        end = am.end()
    elif name == "and" and not between:
        return None
    elif name == "to" and not opener:
        if _FROM_BEFORE.search(before):
            return None  # "from $450 million to $400 million": a move from a level to a level
        signed = norm[q.start] == "+" or (
            q.kind in ("money", "number") and _SIGNED_MOVE.match(norm, q.start)
        )
        if signed:
            return None  # "+$10.30 to $1,582.20", "-$1.17 to $53.02": a signed move and a level
        bare_low = q.kind == "number" and r.kind in ("money", "percent")  # "rise 5 to 10 percent"
        if _CHANGE_VERB_BEFORE.search(before) and not (bare_low or _close_same_unit(q, r)):
            return None  # "fell $2.60 to $54.64" is a move and a level, not a range
    elif (
        name == "or"
        and not _close_counts(q, r)
        or name == "dash"
        and (q.is_year_like or r.is_year_like)
    ):
        return None
    if q.is_year_like and (r.kind == "date" or r.is_year_like):
        q, r = replace(q, kind="date", unit="year"), replace(r, kind="date", unit="year")
    bounds = _bounds(q, r, norm)
    if bounds is None:
        return None
    kind, unit, low, high, scale = bounds
    low, high = low * low_sign, high * high_sign
    if low_sign != high_sign:
        low, high = min(low, high), max(low, high)
    if high <= low:
        return None
    return Quantity(start, end, kind, low, unit, "range", low, high, min(q.step, r.step),
                    r.period, q.core_start, r.core_end, scale=scale,
                    in_words=q.in_words and r.in_words)  # fmt: skip


def _bounds(q: Quantity, r: Quantity, norm: str) -> tuple[str, str, float, float, float] | None:
    """Kind, unit, low, high and scale of the range of q and r, a bound without a unit taking the
    other's; None when the two do not measure the same thing."""
    if q.kind == r.kind:
        if q.unit != r.unit:
            return None
        low = (
            q.value * r.scale if q.scale == 1.0 and r.scale > 1.0 else q.value
        )  # "$800 to $900 billion"
        return q.kind, q.unit, low, r.value, r.scale
    if q.kind == "number":  # "18 to 20 cents", "12 to 18 months", "800 to 900 billion dollars"
        if q.scale == 1.0:
            return r.kind, r.unit, q.value * _factor(r, norm), r.value, r.scale
        if q.scale == r.scale or r.scale == 1.0 and r.kind == "money":
            return r.kind, r.unit, q.value, r.value, r.scale
        return None
    if r.kind == "number" and r.scale == q.scale > 1.0:  # "$1.2 billion to 1.5 billion"
        return q.kind, q.unit, q.value, r.value * _factor(q, norm) / r.scale, q.scale
    if (
        r.kind == "number"
        and q.kind == "money"
        and q.scale == 1.0 < r.scale
        and _NOT_A_NOUN_AFTER.match(norm, r.end)
    ):  # "$5 to 7 million", not "$5 to 7 million users"
        return q.kind, q.unit, q.value * r.scale, r.value, r.scale
    return None


def _carried_unit(q: Quantity, r: Quantity, norm: str) -> tuple[Quantity, Quantity] | None:
    """A move from a level to a level where one figure is written without its unit: "from $1.2
    billion to 1.5 billion" (the second, with the same scale word, takes the first's unit), "from
    18 to 20 cents" (the bare first takes the second's)."""
    if _gap_name(norm[q.end : r.start]) != "to":
        return None
    if q.kind in ("money", "percent") and r.kind == "number" and r.scale == q.scale > 1.0:
        if not _NOT_A_NOUN_AFTER.match(norm, r.end):
            return None  # "from $1.2 billion to 1.5 billion users"
        return q, replace(r, kind=q.kind, unit=q.unit)
    if q.kind == "number" and r.kind in ("money", "percent", "duration") and q.scale == 1.0:
        if q.is_year_like or q.in_words and r.kind != "duration":
            return None
        v = q.value * _factor(r, norm)
        return replace(q, kind=r.kind, unit=r.unit, value=v, step=q.step * _factor(r, norm)), r
    return None


def _close_same_unit(q: Quantity, r: Quantity) -> bool:
    """ "up 29% to 31%", "grow by 1% to 2%": after a verb of change, two percentages this close
    are the bounds of one estimate; "rose 0.3% to 2.1%" is a move and a level."""
    return (
        q.kind == r.kind == "percent" and q.unit == r.unit and 0 < q.value < r.value <= 2 * q.value
    )


def _close_counts(q: Quantity, r: Quantity) -> bool:
    """ "two or three services", "5 or 6 people", "five or 10 classes"; not "2018 or 2019", "70 or
    90 kWh" (two choices), "1 or 10"."""
    return (
        q.kind == r.kind == "number"
        and (q.in_words or r.in_words or r.value - q.value == 1)
        and not (q.is_year_like or r.is_year_like)
        and q.scale == r.scale == 1.0
        and float(q.value).is_integer()
        and float(r.value).is_integer()
        and 0 < q.value < r.value <= 2 * q.value + 1
    )


def _with_unread_low(q: Quantity, norm: str, prev_end: int) -> Quantity | None:
    """ "4-6 months": the low bound "4" that the duration family left unread."""
    if q.kind not in _LOW_LOOKBACK_KINDS or q.qualifier != "exact":
        return None
    at = max(prev_end, q.start - 24)
    m = _BARE_LOW_BEFORE.search(norm[at : q.start])
    if m is None:
        return None
    v = literal_value(m["num"])
    if v is None:
        return None
    low = v * _factor(q, norm)
    if low >= q.value:
        return None
    start = at + m.start()
    return replace(q, start=start, value=low, qualifier="range", low=low, high=q.value,
                   core_start=start)  # fmt: skip


def _with_carried_currency(q: Quantity, out: list[Quantity], norm: str) -> Quantity:
    """Bare range bounds with a scale word take the currency of the money figure just before."""
    if not _NOT_A_NOUN_AFTER.match(norm, q.end):
        return q  # "1.2 to 1.5 billion users"
    for p in reversed(out):
        if q.start - p.end > _CARRY_REACH:
            break
        if p.kind == "money":
            if _SENTENCE_END.search(norm, p.end, q.start):
                break
            return replace(q, kind="money", unit=p.unit)
    return q


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("between 5% and 7%", "percent", 5, "%"),
    ("between $5 million and $7 million", "money", 5e6, "USD"),
    ("between 5 and 7 percent", "percent", 5, "%"),
    ("earnings of 18 to 20 cents a share", "money", 0.18, "USD"),
    ("sales of $5.45 billion to $5.60 billion", "money", 5.45e9, "USD"),
    ("a forecast of 5.8%-6% growth", "percent", 5.8, "%"),
    ("yields ranging from 11.5% to 13.5%", "percent", 11.5, "%"),
    ("over the next 1-2 years", "duration", 1, "year"),
    ("delays of 4-6 months", "duration", 4, "month"),
    ("within the 12 to 18 months", "duration", 12, "month"),
    ("valuations of 2x-3x sales", "ratio", 2, "x"),
    ("revenue of $1.2 billion to 1.5 billion", "money", 1.2e9, "USD"),
    ("a forecast of 0.5% growth to a 2% contraction", "percent", -2, "%"),
    ("a cut of 18-20 cents", "money", 0.18, "USD"),
    ("sales down 10% to 11% this year", "percent", 10, "%"),
    ("a forecast of -1% to 1% growth", "percent", -1, "%"),
]
# Lists whose unit is written once, after the last member: (text, kind, unit of every member).
LISTS: list[tuple[str, str, str]] = [
    ("set the thermostat to 68, 100, or 5,000 degrees", "quantity", "degrees"),
    ("delays of five, six or seven days", "duration", "day"),
    ("rates of 2, 3 and 4%", "percent", "%"),
]  # fmt: skip
# The qualifier a range reads with; read by the table test of qualifiers.
QUALIFIED: list[tuple[str, str]] = [
    ("between 5% and 7%", "range"), ("earnings of 18 to 20 cents a share", "range"),
    ("growth ranging from 11.5% to 13.5%", "range"), ("a 5.8%-6% rise", "range"),
    ("the next 1-2 years", "range"), ("valuations of 2x-3x", "range"),
    ("sales down 10% to 11%", "range"), ("anywhere from $20,000 to $600,000", "range"),
    ("0.5% growth to a 2% contraction", "range"),
]  # fmt: skip
