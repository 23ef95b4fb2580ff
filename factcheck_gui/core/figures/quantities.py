"""Find and read figures in text: money, percentages, dates, durations, ratios, numbers.

`find_quantities(text)` returns every figure with its span, kind, value (in base
units), unit, qualifier and the rounding step of the stated figure. Counted nouns
("1,000 employees") are attached later by `claims`, which has the part-of-speech tags;
here a figure with no unit of its own has kind "number".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from ..errors import Cancelled
from ..text.normalize import normalize
from .lexicon import ACTION_VERBS, CHANGE_VERBS, CURRENCY_CODES
from .numbers import DIGITS, FRACTIONS, SCALES, WORD_NUMBER, literal_step, literal_value

# --------------------------------------------------------------------------- tables

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

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_ORDINAL_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
              "fourth": 4, "4th": 4}  # fmt: skip

# Phrases before a figure, longest first so "just under" wins over "under".
QUALIFIER_PHRASES: list[tuple[str, str]] = sorted(
    [
        *[(p, "at_most") for p in ("no more than", "not more than", "up to", "at most",
                                   "as many as", "as much as", "a maximum of", "maximum of",
                                   "capped at", "as high as", "no higher than")],
        *[(p, "at_least") for p in ("at least", "no fewer than", "no less than",
                                    "not less than", "a minimum of", "minimum of",
                                    "as little as", "as low as", "≥", ">=")],
        *[(p, "nearly") for p in ("nearly", "close to", "almost", "just under", "just shy of",
                                  "just below", "not quite", "a little under", "slightly under",
                                  "slightly less than", "just short of", "a shade under",
                                  "just less than", "closer to")],
        *[(p, "more_than") for p in ("more than", "over", "above", "exceeding", "in excess of",
                                     "upwards of", "upward of", "north of", "greater than",
                                     "just over", "just above", "well over", "well above",
                                     "slightly more than", "a little over", "a little more than",
                                     "slightly over", "well in excess of", ">", "topping",
                                     "higher than")],
        *[(p, "less_than") for p in ("less than", "fewer than", "under", "below", "lower than",
                                     "shy of", "south of", "<", "well under", "well below")],
        *[(p, "approx") for p in ("about", "around", "approximately", "approx.", "approx",
                                  "roughly", "some", "an estimated", "estimated", "circa",
                                  "ca.", "c.", "in the region of", "on the order of",
                                  "in the order of", "~", "an approximate", "round about",
                                  "give or take", "somewhere around", "somewhere near", "near", "nearly equal to",
                                  "the equivalent of")],
    ],
    key=lambda pq: -len(pq[0]),
)  # fmt: skip
_QUALIFIER_OF = dict(QUALIFIER_PHRASES)
_QUALIFIER_LENGTHS = sorted(
    {len(p) for p in _QUALIFIER_OF}, reverse=True
)  # a lookup per length, not per phrase
_SUFFIX_QUALIFIERS = [
    (re.compile(r"\s*(?:or\s+more|or\s+higher|or\s+above|and\s+up|and\s+above|plus)\b"), "at_least"),
    (re.compile(r"\s*(?:or\s+so|or\s+thereabouts)\b"), "approx"),
    (re.compile(r"\s*(?:or\s+less|or\s+fewer|or\s+under|or\s+below)\b"), "at_most"),
]  # fmt: skip

# --------------------------------------------------------------------------- regexes


def _alt(items: list[str]) -> str:
    return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))


_CUR_PRE = (
    rf"(?:{_alt([p for p, _ in _CURRENCY_PREFIXES])}|(?<![A-Za-z])(?:{'|'.join(ISO_CODES)})\s?)"
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

_YEAR = r"(?:1[89]|20)\d{2}"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_APPROX_DATE = (
    r"early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|"
    r"beginning\s+of|spring|summer|autumn|fall|winter|the\s+middle\s+of|middle\s+of"
)
DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b")),
    ("dmy", re.compile(rf"\b(?P<d>{_DAY})\s+(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b")),
    ("my", re.compile(rf"\b(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b")),
    ("qy", re.compile(rf"\b[Qq](?P<q>[1-4])\s?(?:FY\s?|fiscal\s+)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("yq", re.compile(rf"\b(?P<q>[1-4])Q\s?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("oq", re.compile(rf"\b(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of)?(?:\s+(?:the\s+)?(?:fiscal(?:\s+year)?|FY)\s?)?\s+(?P<y>{_YEAR})\b", re.I)),
    ("hy", re.compile(rf"\b[Hh](?P<h>[12])\s?(?:FY\s?)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("ohy", re.compile(rf"\b(?P<o>first|second|1st|2nd)[\s-]half(?:\s+of)?(?:\s+(?:fiscal|FY)\s?)?\s+(?P<y>{_YEAR})\b", re.I)),
    ("fy", re.compile(rf"\b(?:[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?-?|FY')(?:(?P<y>{_YEAR})|(?P<yy>\d{{2}}))\b")),
    ("approx", re.compile(rf"\b(?P<a>{_APPROX_DATE})[\s-]+(?P<y>{_YEAR})\b", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)'?s\b")),
    ("yrange", re.compile(rf"(?<![\w$€£.,])(?P<y>{_YEAR})\s?[-/]\s?(?P<y2>{_YEAR}|\d{{2}})(?![\w%])")),
]  # fmt: skip

# Spans that hold digits but no figure to check: consumed, never reported.
# The first group runs before dates are read, the second after.
SKIP_BEFORE_DATES = [
    # An address starts where its word starts ("(?<!\S)", possessive up to the first "@"):
    # "\S+@\S+" tried from every position of a long word is cubic.
    re.compile(r"https?://\S+|www\.\S+|(?<!\S)\S[^\s@]*+@\S+\.\w+"),
    re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"),
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),
    re.compile(r"\b\d+(?:\.\d++){2,}\b"),  # version numbers 1.2.3
    re.compile(r"\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"),  # phone numbers
]
SKIP_AFTER_DATES = [
    re.compile(r"(?:\bNo\.|#)\s?\d+\b"),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b"),
    re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=\s)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b"),
    re.compile(rf"\b{_DAY}\s+{_MONTH}"),
    re.compile(r"(?i)\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b"),
    # "10-K", "3-2-1-go": digits joined to a word. Tried once per run of digits and hyphens, from its
    # first number that stands at a word boundary (the span is group "s"): linear on "1-1-1-…".
    re.compile(
        r"(?<!\d)(?<!\d-)(?:(?<=\w)\d++-|(?<!\w))(?P<s>\d++(?:-\d++)*+)"
        r"(?=-(?!(?:billion|million|trillion|thousand|bn|mn|m|b|k)\b)[A-Za-z])"
    ),
]
# Words before a bare number that make it part of a name ("Chapter 11", "S&P 500").
_NAME_WORDS = {
    "chapter", "section", "article", "rule", "form", "item", "title", "tier", "level",
    "phase", "round", "series", "model", "version", "gen", "stage", "route", "highway",
    "flight", "room", "suite", "floor", "page", "pages", "vol", "volume", "no", "number",
    "figure", "table", "line", "unit", "building", "gate", "lot", "class", "grade", "type",
}  # fmt: skip
# Capitalised words that may stand before a figure without making it a name.
_FUNCTION_WORDS = {
    "in", "by", "since", "from", "about", "over", "of", "to", "at", "until", "as", "the",
    "for", "and", "with", "between", "than", "up", "nearly", "almost", "around", "some",
    "only", "just", "roughly", "approximately", "under", "below", "above", "last", "after",
    "before", "during", "through", "till", "on", "or", "but", "its", "their", "his", "her",
    "our", "a", "an", "all", "another", "every", "each", "these", "those", "this", "that",
    "more", "less", "fewer", "while", "when", "if", "into", "within", "was",
    "were", "is", "are", "had", "has", "have", "be", "been", "paid", "sold", "bought",
    "raised", "cut", "added", "lost", "hired", "employs", "employed", "spent", "earned",
    "reached", "hit", "topped", "exceeded", "totalled", "totaled", "net",
    "revs", "shr", "shrs", "avg", "per", "vs", "qtr", "year", "mths", "loss", "profit",
    "sales", "revenue", "plus", "minus", "estimated", "record", "total",
}  # fmt: skip
_STREET = re.compile(
    r"\s++(?:[A-Z][a-z]++\s++){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|"
    r"Lane|Ln\.?|Drive|Dr\.?|Way|Place|Plaza|Square|Court|Terrace|Parkway|Pkwy\.?)\b"
)

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
_NOT_A_FIGURE_WORDS = {"one", "a", "an"}
WORD_COUNT_RE = re.compile(
    rf"(?<![\w-])(?P<num>{WORD_NUMBER})(?![\w-])(?=\s+(?:of\s+)?[a-z])", re.I
)

# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Quantity:
    """A figure found in text. Offsets index the original text."""

    start: int
    end: int
    kind: str  # money | percent | date | duration | ratio | number (unit decided by claims)
    value: float
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


def _year2(yy: str) -> int:
    n = int(yy)
    return 2000 + n if n < 70 else 1900 + n


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


class _Taken:
    """Character spans already claimed by an earlier pattern."""

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n)

    def free(self, s: int, e: int) -> bool:
        return not any(self.mask[s:e])

    def take(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)


def find_quantities(text: str, cancel: Callable[[], bool] | None = None) -> list[Quantity]:
    """Every figure in `text`, in order of position. `cancel` is asked every 256 matches; True
    raises Cancelled."""
    norm = normalize(text)
    taken = _Taken(len(norm))
    found: list[Quantity] = []

    def matches(pat: re.Pattern[str]) -> Iterator[re.Match[str]]:
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

    def add(q: Quantity | None, s: int, e: int) -> None:
        if q is not None and taken.free(s, e):
            taken.take(s, e)
            found.append(q)

    for name, pat in DATE_PATTERNS:
        for m in matches(pat):
            add(_date_from(name, m), m.start(), m.end())
    for m in matches(FRACTION_RE):
        add(_fraction_from(m, norm), m.start(), m.end())
    for m in matches(DURATION_RE):
        add(_duration_from(m, norm), m.start(), m.end())
    skip(SKIP_AFTER_DATES)
    for m in matches(FIGURE_RE):
        if (
            m.group("cur")
            or m.group("suf")
            or m.group("scale")
            or m.group("scalel")
            or m.group("sub")
        ):
            add(_figure_from(m, norm), m.start(), m.end())
    for m in matches(ONE_IN_RE):
        add(_one_in_from(m), m.start(), m.end())
    for m in matches(TIMES_RE):
        add(_times_from(m), m.start(), m.end())
    for m in matches(HALF_OF_RE):
        add(Quantity(m.start(), m.start("h") + 4, "ratio", 0.5, "ratio", step=0.05,
                     core_start=m.start(), core_end=m.start("h") + 4), m.start(), m.end("h"))  # fmt: skip
    for m in matches(FIGURE_RE):
        q = _figure_from(m, norm)
        if q is not None and _is_name_part(q, norm):
            taken.take(m.start(), m.end())
            continue
        add(q, m.start(), m.end())

    for m in matches(WORD_COUNT_RE):
        word = m.group("num").lower()
        v = literal_value(word)
        if word in _NOT_A_FIGURE_WORDS or v is None or v < 2:
            continue
        add(Quantity(m.start(), m.end(), "number", v, "", step=1.0, core_start=m.start(),
                     core_end=m.end(), in_words=True), m.start(), m.end())  # fmt: skip

    found.sort(key=lambda q: q.start)
    found = _merge_ranges(found, norm)
    out = []
    for i, q in enumerate(found):
        if cancel is not None and i % 256 == 0 and cancel():
            raise Cancelled("check cancelled")
        out.append(_with_qualifier(q, norm))
    return out


def _date_from(name: str, m: re.Match[str]) -> Quantity | None:
    gd = m.groupdict()
    year = int(gd["y"]) if gd.get("y") else _year2(gd["yy"]) if gd.get("yy") else None
    if year is None:
        return None
    qualifier, period, low, high = "exact", str(year), None, None
    if name in ("iso", "mdy", "dmy", "my"):
        month = int(gd["m"]) if gd.get("m") else MONTHS[gd["mon"].rstrip(".").lower()]
        period = f"{year}-{month:02d}"
        if gd.get("d"):
            day = int(re.sub(r"\D", "", gd["d"]))
            if not 1 <= day <= 31:
                return None
            period += f"-{day:02d}"
    elif name in ("qy", "yq"):
        period = f"{year}-Q{gd['q']}"
    elif name == "oq":
        period = f"{year}-Q{_ORDINAL_Q[gd['o'].lower()]}"
    elif name == "hy":
        period = f"{year}-H{gd['h']}"
    elif name == "ohy":
        period = f"{year}-H{1 if gd['o'].lower() in ('first', '1st') else 2}"
    elif name == "fy":
        period = f"FY{year}"
    elif name == "approx":
        qualifier = "approx"
    elif name == "decade":
        qualifier, low, high = "range", float(year), float(year + 9)
        period = f"{year}s"
    elif name == "yrange":
        y2 = gd["y2"]
        end = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)
        if end <= year:
            return None
        qualifier, low, high = "range", float(year), float(end)
        period = f"{year}-{end}"
    return Quantity(m.start(), m.end(), "date", float(year), "year", qualifier, low, high,
                    1.0, period, m.start(), m.end())  # fmt: skip


def _fraction_from(m: re.Match[str], norm: str) -> Quantity | None:
    n_word, d_word = m.group("n").lower(), m.group("d").lower()
    if n_word in ("a", "an", "one") and not m.group("of"):
        return None  # "a quarter" alone is a period of time, not a share
    num = literal_value(n_word) or 1.0
    value = round(num / FRACTIONS[d_word], 4)
    end = m.end("d")
    # "two-thirds" is a round share: it stands for roughly ±5% of itself.
    return Quantity(m.start(), end, "ratio", value, "ratio", step=round(value * 0.1, 6),
                    core_start=m.start(), core_end=end)  # fmt: skip


def _one_in_from(m: re.Match[str]) -> Quantity | None:
    n, d = literal_value(m.group("n")), literal_value(m.group("d"))
    if not n or not d or d <= n:
        return None
    return Quantity(m.start(), m.end(), "ratio", round(n / d, 4), "ratio", step=round(n / d * 0.1, 6),
                    core_start=m.start(), core_end=m.end())  # fmt: skip


def _times_from(m: re.Match[str]) -> Quantity | None:
    n = literal_value(m.group("n"))
    if not n or n <= 1:
        return None
    end = m.end()
    return Quantity(m.start(), end, "ratio", n, "times", step=literal_step(m.group("n")),
                    core_start=m.start(), core_end=end)  # fmt: skip


def _duration_from(m: re.Match[str], norm: str) -> Quantity | None:
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


def _figure_from(m: re.Match[str], norm: str) -> Quantity | None:
    num = m.group("num")
    if num.lower() in _NOT_A_FIGURE_WORDS and not m.group("scale"):
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
    if m.group("sub"):
        return None
    scale = _scale_of(m.group("scale"), m.group("scalel"))
    suf = (m.group("suf") or "").lower()
    currency = _currency(m.group("cur"), m.group("suf") if not _is_pct(suf) else None)
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


def _is_name_part(q: Quantity, norm: str) -> bool:
    """A bare number that belongs to a name: "Chapter 11", "S&P 500", "410 Terry Avenue"."""
    if q.kind != "number" or q.scale != 1.0 or "," in norm[q.core_start : q.core_end]:
        return False
    if _STREET.match(norm, q.end):
        return True
    wm = re.search(r"([A-Za-z&][\w&.'-]*)\s$", norm[max(0, q.start - 30) : q.start])
    if not wm:
        return False
    word = wm.group(1)
    low = word.lower().rstrip(".")
    if low in _NAME_WORDS:
        return True
    if word.endswith("."):
        return False  # the word ends the previous sentence
    if low in _FUNCTION_WORDS or low in MONTHS or q.is_year_like:
        return False
    return word[0].isupper() or "&" in word


def _is_pct(suf: str) -> bool:
    return bool(suf) and bool(re.match(_PCT, suf))


_CHANGE_VERB_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS}|{ACTION_VERBS})\s+(?:by\s+)?$", re.I)


def _merge_ranges(qs: list[Quantity], norm: str) -> list[Quantity]:
    """Join "between X and Y" and "X to Y%" into one range figure."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        joined = _join_pair(q, qs[i + 1], norm) if i + 1 < len(qs) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(q)
            i += 1
    return out


def _join_pair(q: Quantity, r: Quantity, norm: str) -> Quantity | None:
    gap = norm[q.end : r.start]
    before = norm[max(0, q.start - 16) : q.start]
    bm = re.search(r"\bbetween\s+$", before, re.I)
    if re.fullmatch(r"\s+and\s+", gap) and bm:
        start = q.start - len(before) + bm.start()
    elif re.fullmatch(r"\s+to\s+", gap) and not re.search(r"\bfrom\s+$", before, re.I):
        bare_then_unit = q.kind == "number" and r.kind in ("percent", "money")
        same_kind = q.kind == r.kind and q.kind in ("money", "percent") and q.unit == r.unit
        if not (bare_then_unit or same_kind) or _CHANGE_VERB_BEFORE.search(before):
            return None  # "rose $1.20 to $84.60" is a move and a level, not a range
        start = q.start
    else:
        return None
    if q.kind not in ("number", r.kind) or (q.kind == r.kind and q.unit != r.unit):
        return None
    if q.is_year_like and r.kind == "date":
        q = replace(q, kind="date", unit="year")
    low = q.value * r.scale if q.scale == 1.0 and r.scale > 1.0 else q.value
    high = r.value
    if high <= low:
        return None
    kind = r.kind if q.kind == "number" else q.kind
    return Quantity(start, r.end, kind, low, r.unit, "range", low, high, min(q.step, r.step),
                    r.period, q.core_start, r.core_end, scale=r.scale)  # fmt: skip


def _with_qualifier(q: Quantity, norm: str) -> Quantity:
    """Read qualifier words around a figure and widen its span to take them in."""
    if q.kind == "date" and q.qualifier != "exact" or q.qualifier == "range":
        return q
    start, qualifier = q.start, q.qualifier
    before = norm[max(0, q.start - 40) : q.start]
    stripped = before.rstrip()
    lowered = stripped.lower()
    for n in _QUALIFIER_LENGTHS:  # longest first, so "just under" wins over "under"
        phrase = lowered[-n:]
        if len(phrase) == n and phrase in _QUALIFIER_OF:
            qual = _QUALIFIER_OF[phrase]
            at = len(stripped) - len(phrase)
            if phrase[0].isalpha() and at > 0 and stripped[at - 1].isalnum():
                continue
            if q.kind == "date" and phrase == "some":
                continue  # "some 2018 vintage": not an approximate year
            start = q.start - len(before) + at
            qualifier = qual if qualifier in ("exact",) else qualifier
            break
    end = q.end
    if qualifier == "exact":
        for pat, qual in _SUFFIX_QUALIFIERS:
            sm = pat.match(norm, q.end)
            if sm:
                qualifier, end = qual, sm.end()
                break
    if start == q.start and end == q.end and qualifier == q.qualifier:
        return q
    return replace(q, start=start, end=end, qualifier=qualifier)
