"""Dates: years, months, quarters, halves, fiscal years, decades, year ranges, written with their
year ("Q1 F2020", "4QFY20", "1H20", "fiscal '21", "2021E"). Dates said relative to the article's
date, or without their year ("last year", "Dec. 27", "the second quarter"), are in relative.py."""

from __future__ import annotations

import re

from .common import Quantity

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_ORDINAL_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
              "fourth": 4, "4th": 4}  # fmt: skip


_YEAR = r"(?:1[89]|20)\d{2}"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_APPROX_DATE = (
    r"early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|"
    r"beginning\s+of|spring|summer|autumn|fall|winter|the\s+middle\s+of|middle\s+of"
)
# A year said aloud, as call transcripts write it: "twenty twenty-two", "nineteen ninety-eight",
# "twenty oh five". The second half is 10-99 (or "oh" and a digit): "twenty five" is 25.
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_DIGIT_W = "one|two|three|four|five|six|seven|eight|nine"
_SPOKEN = rf"(?:nineteen|twenty)\s+(?:(?:{_TENS_W})(?:-(?:{_DIGIT_W}))?|{_TEENS}|oh[\s-](?:{_DIGIT_W}))(?![\w-])"
SPOKEN_YEAR_RE = re.compile(
    rf"(?<![\w-])(?P<c>nineteen|twenty)\s+(?P<yy>(?:{_TENS_W})(?:-(?:{_DIGIT_W}))?|{_TEENS}|oh[\s-](?:{_DIGIT_W}))"
    rf"(?![\w-])(?!\s+(?:percent|per\s?cent|dollars?|cents?|million|billion|thousand|hundred)\b)",
    re.I,
)
_WORD_VALUES = (
    {w: i for i, w in enumerate(_DIGIT_W.split("|"), 1)}
    | {w: i for i, w in enumerate(_TEENS.split("|"), 10)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS_W.split("|"))}
)


def year_of(text: str) -> int:
    """The year written in digits ("2022") or aloud ("twenty twenty-two")."""
    if text[:1].isdigit():
        return int(text)
    parts = re.split(r"[\s-]+", text.lower())
    century = 1900 if parts[0] == "nineteen" else 2000
    return century + sum(_WORD_VALUES.get(p, 0) for p in parts[1:])


def spoken_year_from(m: re.Match[str]) -> Quantity:
    """ "twenty twenty-two" → 2022, a bare year (read as a date unless a plural noun follows)."""
    return Quantity(m.start(), m.end(), "number", year_of(m.group()), "", step=1.0,
                    core_start=m.start(), core_end=m.end(), is_year_like=True)  # fmt: skip


DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # "by 2/20/2020", "on 20/02/2020": month and day in the order the larger number tells
    ("num", re.compile(rf"(?<![\w/.,$€£])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{_YEAR})(?![\w/])")),
    ("mdy", re.compile(rf"\b(?P<mon>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{_YEAR})\b")),
    ("dmy", re.compile(rf"\b(?P<d>{DAY})\s+(?P<mon>{MONTH}),?\s+(?P<y>{_YEAR})\b")),
    ("my", re.compile(rf"\b(?P<mon>{MONTH}),?(?:\s+of)?\s+(?P<y>{_YEAR})\b")),
    ("qy", re.compile(rf"\b[Qq](?P<q>[1-4])\s?(?:FY\s?|F|fiscal\s+)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("yq", re.compile(rf"\b(?P<q>[1-4])Q\s?(?:FY\s?|F)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("yq", re.compile(rf"\bF(?P<q>[1-4])Q\s?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),  # F1Q21
    ("yoq", re.compile(
        rf"\b(?:(?:fiscal(?:\s+year)?\s+|FY\s?)'?(?P<yy>\d{{2}})|(?:(?:fiscal(?:\s+year)?\s+|FY\s?)'?)?"
        rf"(?P<y>{_YEAR}))'s\s+(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?P<qh>quarter|half)\b", re.I)),
    ("oq", re.compile(rf"\b(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of)?(?:\s+(?:(?:the|our|its|their)\s+)?(?:fiscal(?:\s+year)?|FY)\s?)?\s+(?:(?P<y>{_YEAR}|{_SPOKEN})|'(?P<yy>\d{{2}}))\b", re.I)),
    ("hy", re.compile(rf"\b[Hh](?P<h>[12])\s?(?:FY\s?)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("hy", re.compile(rf"\b(?P<h>[12])H\s?(?:FY\s?)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),  # 1H20
    ("ohy", re.compile(rf"\b(?P<o>first|second|1st|2nd)[\s-]half(?:\s+of)?(?:\s+(?:fiscal|FY)\s?)?\s+(?:(?P<y>{_YEAR})|'(?P<yy>\d{{2}}))\b", re.I)),
    ("fy", re.compile(rf"\b(?:[Ff]iscal(?:\s+[Yy]ear)?\s+'?|FY\s?-?'?)(?:(?P<y>{_YEAR})|(?P<yy>\d{{2}}))\b")),
    # "FY '20 and '21", "in '22": a year written with an apostrophe after a word that leads a year
    ("apos", re.compile(r"(?:\b(?:and|or|to|in|of|since|through|until|by|between|from|for|into)\s+)(?P<s>'(?P<yy>\d{2}))(?![\w'%])", re.I)),
    ("est", re.compile(rf"\b(?P<y>{_YEAR})E\b")),  # "2021E": an estimate for 2021
    # "9M 2025", "9M25", "9M FY26": the first nine (three, six) months of a year
    ("nm", re.compile(rf"(?<![\w$€£¥.,])[369]M\s?(?:FY\s?)?(?:(?P<y>{_YEAR})|'?(?P<yy>\d{{2}}))\b")),
    ("approx", re.compile(rf"\b(?P<a>{_APPROX_DATE})[\s-]+(?P<y>{_YEAR}\b|{_SPOKEN})", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<y>(?:19|20)\d0)'?s\b")),
    ("yrange", re.compile(rf"(?<![\w$€£.,])(?P<y>{_YEAR})\s?[-/]\s?(?P<y2>{_YEAR}|\d{{2}})(?![\w%])")),
]  # fmt: skip

# Words before a date that bound it: "no earlier than Dec. 2", "no later than June".
DATE_QUALIFIERS = {"no earlier than": "at_least", "not before": "at_least", "no sooner than": "at_least",
                   "no later than": "at_most", "not later than": "at_most"}  # fmt: skip
DATE_QUALIFIER_RE = re.compile(
    r"\b(?P<w>"
    + "|".join(sorted(DATE_QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+")
    + r")\s+$",
    re.I,
)
# Spans that hold digits but no figure to check: consumed, never reported. "©2019 Bloomberg
# L.P.", "(C) 2020 Benzinga.com", "Copyright 2018-2020": the year of a copyright notice.
DATE_SKIPS: list[re.Pattern[str]] = [
    re.compile(rf"(?:©|\([Cc]\)|\b[Cc]opyright(?:\s*©)?)\s*+{_YEAR}(?:\s*+[-–]\s*+{_YEAR})?\b"),
]


def year2(yy: str) -> int:
    n = int(yy)
    return 2000 + n if n < 70 else 1900 + n


def date_from(name: str, m: re.Match[str]) -> Quantity | None:
    gd = m.groupdict()
    year = year_of(gd["y"]) if gd.get("y") else year2(gd["yy"]) if gd.get("yy") else None
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
    elif name == "num":
        a, b = int(gd["a"]), int(gd["b"])
        month, day = (b, a) if a > 12 else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if a > 12 or b > 12:
            period = f"{year}-{month:02d}-{day:02d}"  # else which is the month is not known
    elif name in ("qy", "yq"):
        period = f"{year}-Q{gd['q']}"
    elif name == "oq":
        period = f"{year}-Q{_ORDINAL_Q[gd['o'].lower()]}"
    elif name == "yoq":
        n = _ORDINAL_Q[gd["o"].lower()]
        period = f"{year}-Q{n}" if gd["qh"].lower() == "quarter" else f"{year}-H{n}"
        if gd["qh"].lower() == "half" and n > 2:
            return None
    elif name == "hy":
        period = f"{year}-H{gd['h']}"
    elif name == "ohy":
        period = f"{year}-H{1 if gd['o'].lower() in ('first', '1st') else 2}"
    elif name == "fy":
        period = f"FY{year}"
    # "early 2019", "mid-2020", "spring 2020", "the end of 2020": a part of the year, and the year
    # itself stated exactly (as editors key it)
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
    s, e = m.span("s") if gd.get("s") else m.span()
    return Quantity(s, e, "date", float(year), "year", qualifier, low, high, 1.0, period, s, e)


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("Q3 2024", "date", 2024, "year"), ("the second quarter of 2023", "date", 2023, "year"),
    ("March 2025", "date", 2025, "year"), ("fiscal 2022", "date", 2022, "year"),
    ("H1 2021", "date", 2021, "year"), ("the 1990s", "date", 1990, "year"),
    ("Second Quarter 2025", "date", 2025, "year"), ("Q1 F2020", "date", 2020, "year"),
    ("fiscal '21", "date", 2021, "year"), ("FY '20", "date", 2020, "year"),
    ("1H20", "date", 2020, "year"), ("2H2021", "date", 2021, "year"),
    ("4QFY20", "date", 2020, "year"), ("1QFY21", "date", 2021, "year"),
    ("F1Q21", "date", 2021, "year"), ("2021E", "date", 2021, "year"),
    ("the first quarter of our fiscal year 2022", "date", 2022, "year"),
    ("fiscal 21's first quarter", "date", 2021, "year"), ("December of 2023", "date", 2023, "year"),
    ("the end of 2020", "date", 2020, "year"), ("the second half of '22", "date", 2022, "year"), ("and '21", "date", 2021, "year"), ("the fourth quarter of '21", "date", 2021, "year"),
    ("by 2/20/2020", "date", 2020, "year"), ("on 20/02/2021", "date", 2021, "year"),
    ("the first quarter of twenty twenty-seven", "date", 2027, "year"),
    ("early twenty twenty-five", "date", 2025, "year"), ("9M 2025", "date", 2025, "year"), ("9M FY26", "date", 2026, "year"),
]  # fmt: skip
