"""Amounts: money ("$1.2bn", "€3.2 billion", "45 cents"), percentages and plain numbers with
their scale words."""

from __future__ import annotations

import re

from ..lexicon import CURRENCY_CODES
from ..numbers import DIGITS, SCALES, WORD_NUMBER, literal_step, literal_value
from .common import NOT_A_FIGURE_WORDS, Quantity, alt

_CURRENCY_PREFIXES = [
    ("US$", "USD"), ("U.S.$", "USD"), ("U.S. $", "USD"), ("A$", "AUD"), ("AU$", "AUD"),
    ("C$", "CAD"), ("CA$", "CAD"), ("HK$", "HKD"), ("NZ$", "NZD"), ("S$", "SGD"),
    ("SG$", "SGD"), ("R$", "BRL"), ("NT$", "TWD"), ("MX$", "MXN"), ("$", "USD"),
    ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"),
    ("₺", "TRY"), ("₪", "ILS"), ("Rs.", "INR"), ("Rs", "INR"),
]  # fmt: skip
ISO_CODES = [*CURRENCY_CODES, "RMB"]  # RMB is read as CNY
_CURRENCY_WORDS = [
    (r"U\.?S\.?\s+dollars?", "USD"), (r"Canadian\s+dollars?", "CAD"),
    (r"Australian\s+dollars?", "AUD"), (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"New\s+Zealand\s+dollars?", "NZD"), (r"Singapore\s+dollars?", "SGD"),
    (r"Taiwan\s+dollars?", "TWD"), (r"Swiss\s+francs?", "CHF"), (r"dollars?", "USD"),
    (r"dlrs?", "USD"), (r"euros?", "EUR"), (r"pounds?\s+sterling", "GBP"), (r"pounds?", "GBP"),
    (r"stg", "GBP"), (r"sterling", "GBP"), (r"yen", "JPY"), (r"yuan", "CNY"),
    (r"renminbi", "CNY"), (r"rupees?", "INR"), (r"won", "KRW"), (r"reais", "BRL"),
    (r"rand", "ZAR"), (r"roubles?|rubles?", "RUB"), (r"lira", "TRY"),
]  # fmt: skip


_CUR_PRE = (
    rf"(?:{alt([p for p, _ in _CURRENCY_PREFIXES])}|(?<![A-Za-z])(?:{'|'.join(ISO_CODES)})\s?)"
)
_CUR_SUF = "|".join(w for w, _ in _CURRENCY_WORDS) + "|" + "|".join(ISO_CODES)
_SCALE_WORD = r"(?:thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn)"
_SCALE_LETTER = r"(?:[kKmMbBT])"
_NUM = rf"(?:{DIGITS}|\b(?:{WORD_NUMBER}|a|an|half\s+a|half\s+an)\b(?=\s+{_SCALE_WORD}))"
_SUBUNIT = r"(?:p|pence|cents?|cts|ct|¢)(?![\w])"
_PCT = (
    r"%|per\s?cent\b|percent\b|pct\b|percentage[\s-]points?\b|pct\s+points?\b|"
    r"basis[\s-]points?\b|bps\b|bp\b|points?\s+percentage\b"
)

FIGURE_RE = re.compile(
    rf"""
    (?<![\w.,/])
    (?P<cur>{_CUR_PRE})?
    (?P<num>{_NUM})
    (?:[\s-]?(?P<scale>{_SCALE_WORD})\b|(?P<scalel>{_SCALE_LETTER})(?![\w]))?
    (?P<plus>\+)?
    (?:\s?-\s?(?P<cur2>{_CUR_PRE})?(?P<num2>{DIGITS})
        (?:[\s-]?(?P<scale2>{_SCALE_WORD})\b|(?P<scalel2>{_SCALE_LETTER})(?![\w]))?)?
    (?:\s?(?P<suf>{_PCT}|(?:{_CUR_SUF})\b)|(?P<sub>\s?{_SUBUNIT}))?
    """,
    re.VERBOSE,
)


def _scale_of(scale: str | None, scalel: str | None) -> float:
    if scale:
        return SCALES[scale.lower()]
    if scalel:
        return SCALES[scalel.lower()]
    return 1.0


def _currency(prefix: str | None, suffix: str | None) -> str | None:
    if prefix:
        p = prefix.strip()
        for sym, code in _CURRENCY_PREFIXES:
            if p == sym:
                return code
        if p in ISO_CODES:
            return "CNY" if p == "RMB" else p
    if suffix:
        s = suffix.strip()
        if s in ISO_CODES:
            return "CNY" if s == "RMB" else s
        for pat, code in _CURRENCY_WORDS:
            if re.fullmatch(pat, s, re.I):
                return code
    return None


def _number_value(num: str) -> tuple[float | None, float]:
    """Value and rounding step of the numeric core, including "half a"."""
    low = num.lower().strip()
    if low.startswith("half"):
        return 0.5, 0.5
    return literal_value(num), literal_step(num)


# --------------------------------------------------------------------------- finder


def figure_from(m: re.Match[str], norm: str) -> Quantity | None:
    num = m.group("num")
    if num.lower() in NOT_A_FIGURE_WORDS and not m.group("scale"):
        return None
    value, step = _number_value(num)
    if value is None:
        return None
    end = m.end()
    after = norm[end : end + 2]
    if re.match(r"-?[A-Za-z]", after) and not m.group("suf"):
        return None  # "10-K", "5G", "3D": part of a name
    if m.group("sub") and not m.group("cur") and not m.group("num2"):
        sub = m.group("sub").strip().lower()
        code = "GBP" if sub in ("p", "pence") else "USD"  # "45 cents", "45 cts"
        return Quantity(m.start(), end, "money", value / 100, code, step=step / 100,
                        core_start=m.start(), core_end=end)  # fmt: skip
    if m.group("sub") and not m.group("cur"):  # "18-20 cents": a range (ranges engineer, i12)
        code = "GBP" if m.group("sub").strip().lower() in ("p", "pence") else "USD"
        v2 = literal_value(m.group("num2"))
        if v2 is None or v2 <= value:
            return None
        return Quantity(m.start(), end, "money", value / 100, code, "range", value / 100,
                        v2 / 100, step / 100, None, m.start(), end)  # fmt: skip
    if m.group("sub"):
        return None
    scale = _scale_of(m.group("scale"), m.group("scalel"))
    suf = (m.group("suf") or "").lower()
    currency = _currency(m.group("cur"), m.group("suf") if not is_pct(suf) else None)
    low = high = None
    qualifier = "plus" if m.group("plus") else "exact"
    if m.group("num2"):
        v2 = literal_value(m.group("num2"))
        scale2 = _scale_of(m.group("scale2"), m.group("scalel2"))
        if v2 is None:
            return None
        if scale == 1.0 and scale2 != 1.0 and value * scale2 <= v2 * scale2:
            scale = scale2  # "$1.5-2bn": the scale written once serves both ends
        low, high = value * scale, v2 * scale2
        if high <= low:
            return None  # "737-800" or a score, not a range
        qualifier = "range"
    kind, unit = "number", ""
    if currency:
        kind, unit = "money", currency
    elif suf:
        kind = "percent"
        unit = "bp" if suf.startswith(("basis", "bp")) else "pp" if "point" in suf else "%"
    elif (scale == 1.0 and m.group("scalel") is None and not m.group("num2")
          and "," not in num and "." not in num and re.fullmatch(r"(?:1[7-9]|20)\d{2}", num)):  # fmt: skip
        return Quantity(m.start(), end, "number", value, "", step=1.0,
                        core_start=m.start(), core_end=end, is_year_like=True)  # fmt: skip
    if m.group("plus"):
        qualifier = "at_least"
    return Quantity(m.start(), end, kind, value * scale, unit, qualifier, low, high,
                    step * scale, None, m.start(), end, scale=scale)  # fmt: skip


def is_pct(suf: str) -> bool:
    return bool(suf) and bool(re.match(_PCT, suf))


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("$1 billion", "money", 1e9, "USD"), ("€3.2bn", "money", 3.2e9, "EUR"),
    ("45 cents", "money", 0.45, "USD"), ("12.5%", "percent", 12.5, "%"),
    ("£40m", "money", 40e6, "GBP"), ("HK$2.5 billion", "money", 2.5e9, "HKD"),
]  # fmt: skip
