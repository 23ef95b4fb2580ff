"""Amounts: money ("$1.2bn", "€3.2 billion", "45 cents"), percentages and plain numbers with
their scale words."""

from __future__ import annotations

import re

from ..lexicon import (
    CURRENCY_SYMBOLS,
    POUND_ADJECTIVE_BEFORE,
    POUND_MONEY_NOUN_AFTER,
    POUND_WEIGHT_AFTER,
    POUND_WEIGHT_BEFORE,
    TEXT_CURRENCY_CODES,
    WORD_LIKE_NAMES,
    currency_name_at,
    trie_alt,
)
from ..numbers import DIGITS, SCALES, WORD_NUMBER, literal_step, literal_value
from ..units import unit_at
from .common import NOT_A_FIGURE_WORDS, YEAR_NUMERAL, Quantity
from .skips import is_name_part

# Currencies come from lexicon (CLDR): symbols before an amount ("₹", "HK$", "zł", "RM", with or
# without a space: "$ 9 Billion"), ISO codes before or after it ("SAR 5bn", "5bn NOK"; any three
# capitals here, checked against the table by figure_from), and names after it in any case
# ("21.54 billion riyals", "416 Rupees"), looked up by figure_from (lexicon.currency_name_at).
_SYMBOL_ALT = trie_alt(CURRENCY_SYMBOLS)
CURRENCY_BEFORE = rf"(?:(?:{_SYMBOL_ALT})\ ?|(?<![A-Za-z])[A-Z]{{3}}\s?)"
_CUR_SUF = r"[A-Z]{3}"
# Scale words: written out in any case ("$6.2 Billion Bid"), wire abbreviations ("1.25 trln
# yen", "300 mln dlrs", "5 bln"), the short ones in lower case only ("MN" is a state).
SCALE_WORD = r"(?:(?i:thousand|million|billion|trillion|mln|bln|trln)|mn|bn|trn|tn)"
_SCALES = {**SCALES, "trln": 1e12}
_SCALE_LETTER = r"(?:[kKmMbBT])"
# A number in words takes a scale word after it, but not a thousand that more number words follow
# ("two thousand one hundred dollars" is one number, read whole by the word patterns).
_NUM = (
    rf"(?:{DIGITS}|\b(?:{WORD_NUMBER}|a|an|half\s+a|half\s+an)\b(?=\s+{SCALE_WORD}"
    rf"(?![\s-](?:and[\s-])?(?:{WORD_NUMBER})[\s-](?:hundred|dollars?|euros?|pounds?|yen)\b)))"
)
_SUBUNIT = r"(?:p|pence|cents?|cts|ct|¢)(?![\w])"
_PCT = (
    r"%|per\s?cent\b|percent\b|pct\b|percentage[\s-]points?\b|pct\s+points?\b|"
    r"basis[\s-]points?\b|bps\b|bp\b|points?\s+percentage\b"
)
# A sign written before a figure: "-2.6%", "(-1.44 percent)", "−2.6%" (U+2212, made "-" by
# normalize), "negative 0.2%", "minus 3%", "-$5 million". A hyphen after a word or a digit is
# not a sign ("COVID-19", "5-7%").
_SIGN = r"(?:(?<!%)[-+](?=[$€£¥\d.])|(?:[Nn]egative|[Mm]inus|NEGATIVE|MINUS)\s+)"

FIGURE_RE = re.compile(
    rf"""
    (?<![\w.,/])
    (?P<sign>{_SIGN})?
    (?P<cur>{CURRENCY_BEFORE})?
    (?P<num>{_NUM})
    (?:[\s-]?(?P<scale>{SCALE_WORD})\b|(?P<scalel>{_SCALE_LETTER})(?![\w]))?
    (?P<plus>\+)?
    (?:(?:-\s?|\s-\s)(?P<cur2>{CURRENCY_BEFORE})?(?P<num2>{DIGITS})
        (?:[\s-]?(?P<scale2>{SCALE_WORD})\b|(?P<scalel2>{_SCALE_LETTER})(?![\w]))?)?
    (?:\s?(?P<suf>{_PCT}|(?:{_CUR_SUF})\b)|(?P<sub>\s?{_SUBUNIT}))?
    (?P<plus2>(?<=%)\+)?
    """,
    re.VERBOSE,
)


_VIDEO_LINES = {"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"}


def _scale_of(scale: str | None, scalel: str | None) -> float:
    if scale:
        return _SCALES[scale.lower()]
    if scalel:
        return _SCALES[scalel.lower()]
    return 1.0


def _code(written: str | None) -> str | None:
    """The ISO code a prefix or suffix stands for; None for three capitals that are no currency
    ("GDP 2.5%", "ALL 5 stores")."""
    if not written:
        return None
    w = written.strip()
    return CURRENCY_SYMBOLS.get(w) or TEXT_CURRENCY_CODES.get(w)


def currency_code(prefix: str | None, suffix: str | None = None) -> str | None:
    """The ISO code of a currency written before an amount (a symbol or code: "HK$", "SAR") or
    after it (a code or a name: "NOK", "riyals", "Swiss francs"); None when it names none."""
    code = _code(prefix)
    if code is None and suffix:
        written = suffix.strip()
        code = _code(written)
        if code is None:
            named = currency_name_at(written, 0)
            code = named[0] if named and named[2] == len(written) else None
    return code


_PER_SHARE = re.compile(r"\s+(?:per|a)\s+(?:share|unit|barrel|ton|tonne)\b", re.I)


def _name_is_currency(
    name: str, m: re.Match[str], end: int, norm: str, value: float, num: str
) -> bool:
    """Whether a currency name after the number is meant as one: "1.2 trillion won" but not "12
    won by Democrats"; "15 pounds" but not "weighs 15 pounds" or "500 million pounds of beef"."""
    low = name.lower()
    if low in WORD_LIKE_NAMES:
        if _PER_SHARE.match(norm, end):
            return True  # "a dividend of 350 won per share"
        if m.group("scale") or m.group("scalel") or "." in num:
            return True
        earlier = norm[max(0, m.start() - 150) : m.start()]
        if re.search(rf"(?i)\d\s+{re.escape(low)}{_PER_SHARE.pattern}", earlier):
            return True  # "a dividend of 350 won per share, up from 300 won last year"
        # "15,000 won", but not "the 2008 real estate crash": a bare year is no amount
        return value >= 1000 and not YEAR_NUMERAL.fullmatch(num.strip())
    if low in ("pound", "pounds"):
        if re.search(POUND_WEIGHT_BEFORE, norm[max(0, m.start() - 30) : m.start()], re.I):
            return False
        if (
            low == "pound"
            and value > 1
            and re.search(POUND_ADJECTIVE_BEFORE, norm[max(0, m.start() - 4) : m.start()], re.I)
            and not re.match(POUND_MONEY_NOUN_AFTER, norm[end : end + 12], re.I)
        ):
            return False  # "a 1,850 pound weather satellite"
        return not re.match(POUND_WEIGHT_AFTER, norm[end : end + 12], re.I)
    return True


# "58.94 U.S. cents", "45 Australian cents", "20 euro cents": a sub-unit of the currency named
_SUBUNIT_OF = re.compile(
    r"\s+(?P<adj>U\.S\.|US|American|Australian|Aussie|Canadian|New\s+Zealand|NZ|Hong\s+Kong|HK|"
    r"Singapore|[Ee]uro)\s+(?P<sub>cents?|pence)\b"
)
_SUBUNIT_CODES = {"u.s.": "USD", "us": "USD", "american": "USD", "australian": "AUD", "aussie": "AUD",
                  "canadian": "CAD", "new zealand": "NZD", "nz": "NZD", "hong kong": "HKD",
                  "hk": "HKD", "singapore": "SGD", "euro": "EUR"}  # fmt: skip


def _subunit_currency(m: re.Match[str], norm: str) -> tuple[str, int] | None:
    """The currency and end of a sub-unit named with its country after a plain number."""
    if m.group("cur") or m.group("suf") or m.group("sub") or m.group("num2") or m.group("scale") \
            or m.group("scalel"):  # fmt: skip
        return None
    s = _SUBUNIT_OF.match(norm, m.end())
    if s is None:
        return None
    return _SUBUNIT_CODES[re.sub(r"\s+", " ", s["adj"]).lower()], s.end()


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
    if m.group("sign") and m.group("sign") != "+":  # "+0.5" keeps its sign in the text only
        value = -value
    start, end = m.start(), m.end()
    currency = _code(m.group("cur"))
    if m.group("cur") and currency is None:
        start = m.start("num") if not m.group("sign") else m.start("sign")  # "GDP 2.5%"
    if (named_sub := _subunit_currency(m, norm)) is not None:
        return Quantity(start, named_sub[1], "money", value / 100, named_sub[0], step=step / 100,
                        core_start=start, core_end=named_sub[1])  # fmt: skip
    pct = m.group("suf") if m.group("suf") and is_pct(m.group("suf").lower()) else None
    if m.group("suf") and not pct:
        code = _code(m.group("suf"))
        if code is None:
            end = m.start("suf") - (1 if norm[m.start("suf") - 1] == " " else 0)  # "5 CEOs"
        currency = currency or code
    elif not pct and not m.group("sub"):
        named = currency_name_at(norm, end)
        if (named and named[0] == (currency or named[0])
                and _name_is_currency(named[1], m, named[2], norm, abs(value), num)):  # fmt: skip
            currency, end = named[0], named[2]  # "21.54 billion riyals", "$274 million dollars"
    after = norm[end : end + 2]
    if re.match(r"-?[A-Za-z]", after) and not currency and not pct and unit_at(norm, end) is None:
        return None  # "10-K", "5G", "3D": part of a name; but "128GB", "4,000mAh" are measures
    if m.group("sub") and m.group("sub") == "p" and num in _VIDEO_LINES:
        return None  # "1080p", "720p": a screen's lines, not pence
    if m.group("sub") and not currency and not m.group("num2") and not m.group("sign"):
        sub = m.group("sub").strip().lower()
        code = "GBP" if sub in ("p", "pence") else "USD"  # "45 cents", "45 cts"
        return Quantity(start, end, "money", value / 100, code, step=step / 100,
                        core_start=start, core_end=end)  # fmt: skip
    if m.group("sub") and not currency:  # "18-20 cents": a range (ranges engineer, i12)
        code = "GBP" if m.group("sub").strip().lower() in ("p", "pence") else "USD"
        v2 = literal_value(m.group("num2"))
        if v2 is None or v2 <= value:
            return None
        return Quantity(start, end, "money", value / 100, code, "range", value / 100,
                        v2 / 100, step / 100, None, start, end)  # fmt: skip
    if m.group("sub"):
        return None
    scale = _scale_of(m.group("scale"), m.group("scalel"))
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
    elif pct:
        kind, suf = "percent", pct.lower()
        unit = "bp" if suf.startswith(("basis", "bp")) else "pp" if "point" in suf else "%"
    elif (scale == 1.0 and m.group("scalel") is None and not m.group("num2") and value > 0
          and "," not in num and "." not in num and YEAR_NUMERAL.fullmatch(num)):  # fmt: skip
        return Quantity(start, end, "number", value, "", step=1.0,
                        core_start=start, core_end=end, is_year_like=True)  # fmt: skip
    if m.group("plus") or m.group("plus2"):
        qualifier = "at_least"  # "1,000+", "30%+"
    q = Quantity(start, end, kind, value * scale, unit, qualifier, low, high,
                 step * scale, None, start, end, scale=scale)  # fmt: skip
    if m.group("cur") and kind == "number" and is_name_part(q, norm):
        return None  # "XPS 13", "USB 3": three capitals that are no currency, then a name's number
    return q


def is_pct(suf: str) -> bool:
    return bool(suf) and bool(re.match(_PCT, suf))


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("a dividend of 350 won per share", "money", 350, "KRW"), ("nearly 1\u202f200 euros", "money", 1200, "EUR"),
    ("up +3.2% today", "percent", 3.2, "%"),
    ("$1 billion", "money", 1e9, "USD"), ("€3.2bn", "money", 3.2e9, "EUR"),
    ("45 cents", "money", 0.45, "USD"), ("58.94 U.S. cents", "money", 0.5894, "USD"),
    ("45 Australian cents", "money", 0.45, "AUD"), ("20 euro cents", "money", 0.2, "EUR"), ("12.5%", "percent", 12.5, "%"),
    ("£40m", "money", 40e6, "GBP"), ("HK$2.5 billion", "money", 2.5e9, "HKD"),
    # currencies named after the amount, in any case, from CLDR
    ("21.54 billion riyals", "money", 21.54e9, "SAR"), ("295 billion ringgit", "money", 295e9, "MYR"),
    ("138 billion rand", "money", 138e9, "ZAR"), ("400 million zloty", "money", 400e6, "PLN"),
    ("12 billion baht", "money", 12e9, "THB"), ("1.2 trillion won", "money", 1.2e12, "KRW"),
    ("28.08 billion yuan", "money", 28.08e9, "CNY"), ("3.5 billion dirhams", "money", 3.5e9, "AED"),
    ("600 billion naira", "money", 600e9, "NGN"), ("9 million pesos", "money", 9e6, "MXN"),
    ("5 trillion rupiah", "money", 5e12, "IDR"), ("2,773 Rupees", "money", 2773, "INR"),
    ("40 billion lire", "money", 40e9, "TRY"), ("5 million Kuwaiti dinars", "money", 5e6, "KWD"),
    ("7 billion Canadian dollars", "money", 7e9, "CAD"), ("10 U.S. dollars", "money", 10, "USD"),
    ("2 billion Swedish kronor", "money", 2e9, "SEK"), ("15 million pounds", "money", 15e6, "GBP"), ("a 50 pound note", "money", 50, "GBP"),
    ("15,000 won", "money", 15000, "KRW"),
    # symbols and codes
    ("zł 400", "money", 400, "PLN"), ("RM1.2bn", "money", 1.2e9, "MYR"), ("₦5 billion", "money", 5e9, "NGN"),
    ("SAR 21.5 billion", "money", 21.5e9, "SAR"), ("5bn NOK", "money", 5e9, "NOK"),
    ("RMB 3 billion", "money", 3e9, "CNY"), ("$ 9 Billion", "money", 9e9, "USD"),
    ("US$ 5m", "money", 5e6, "USD"), ("$\u202f9 billion", "money", 9e9, "USD"),
    # scale words of headlines and wire copy
    ("$6.2 Billion", "money", 6.2e9, "USD"), ("$90 Million", "money", 90e6, "USD"),
    ("$1.71 Trillion", "money", 1.71e12, "USD"), ("1.25 trln yen", "money", 1.25e12, "JPY"),
    ("300 mln dlrs", "money", 300e6, "USD"), ("5 bln euros", "money", 5e9, "EUR"),
    ("$2 TRILLION", "money", 2e12, "USD"),
    # signs
    ("-2.6%", "percent", -2.6, "%"), ("(-1.44 percent)", "percent", -1.44, "%"),
    ("negative 0.2%", "percent", -0.2, "%"), ("minus 3%", "percent", -3, "%"),
    ("\u22122.6%", "percent", -2.6, "%"), ("-$5 million", "money", -5e6, "USD"),
    ("Nikkei 225 -2.8%", "percent", -2.8, "%"),
]  # fmt: skip
# Not money, or not a figure at all.
NOT_FIGURES: list[str] = ["a 1080p screen", "the X12 won't"]
