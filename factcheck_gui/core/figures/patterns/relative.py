"""Dates said relative to the article's date, and dates that leave out their year.

"last year", "the prior quarter", "earlier this month", "late last year", "the first quarter of
last year", "the year-ago quarter" name a period counted from the article's date; "Dec. 27",
"in May", "the second quarter", "Q3", "4Q" leave out their year, which the article's date
supplies. Every one is a claim of kind "date" (unit "year"); with an article date its value is
the year it resolves to and its period the resolved period ("2019", "2020-Q2", "2020-07",
"2020-W27", "2019-12-27"), without one its value is None and `Quantity.relative` keeps the
relation: (unit, offset, part), e.g. ("year", -1, "") for "last year", ("quarter", 0, "Q2")
for "the second quarter", ("day", 0, "12-27") for "Dec. 27".

"two years ago", "a decade ago", "a week ago" are durations (2 years, 10 years, 1 week).

How a date without its year is placed (news is mostly about what has happened):
- in past or neutral copy, the latest such date that is not after the article's date: in a
  story of 2020-07-07 "in December" and "the fourth quarter" are of 2019, "in May" and "the
  second quarter" of 2020. A day and month may lie up to 31 days after the article's date
  ("will vote on Jan. 14" in a story of Jan. 9);
- when a word of the future stands before it in its sentence ("will", "expects", "due",
  "until", "next"...), the first such date from the unit before the article's on (the quarter
  or month just ended may still be awaited): "contractions will persist in 3Q and 4Q" of
  2020-07-07 are 2020's, and so is "expected to contract in the second quarter"; "until the
  elections in October" of 2018-12-28 is 2019's. A quarter followed by "results" or "earnings"
  has ended: "is scheduled to report fourth-quarter results" of 2019-01-07 is 2018's;
- "last October", "this past October": the latest October before the article's month; "next
  March": the first March after it; "between March and June 1962": the year written later;
- "the previous year", "the prior year", "a year earlier" count from a year written before them
  in their sentence ("54 in 2017 and 68 the previous year" is 2016), else from the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

from ..numbers import DIGITS, WORD_NUMBER, literal_step, literal_value
from .common import Quantity, alt
from .dates import DAY, MONTH, MONTHS

# "last year" → -1: words before a unit of time and the offset they give (in units).
DETERMINERS = {
    "last": -1, "next": 1, "this": 0, "this past": -1, "this coming": 1, "the coming": 1,
    "the upcoming": 1, "the previous": -1, "the prior": -1, "prior": -1, "previous": -1,
    "the current": 0, "the next": 1, "earlier this": 0, "later this": 0, "so far this": 0,
    "the end of the": 0, "the end of this": 0, "the end of last": -1, "the end of next": 1,
    "the start of next": 1, "the start of this": 0, "the beginning of next": 1,
    "the beginning of this": 0, "the same period last": -1, "the same quarter last": -1,
}  # fmt: skip
# Units of time ("fiscal year" counts in years).
UNITS = {"year": "year", "fiscal year": "year", "quarter": "quarter", "month": "month",
         "week": "week", "half": "half"}  # fmt: skip
# Fixed phrases: (unit, offset).
PHRASES = {
    "a year earlier": ("year", -1), "a year before": ("year", -1),
    "the year earlier": ("year", -1), "the year before": ("year", -1),
    "a quarter earlier": ("quarter", -1), "a month earlier": ("month", -1),
    "the year-ago quarter": ("quarter", -4), "the year-earlier quarter": ("quarter", -4),
    "the year-ago period": ("year", -1), "the year-earlier period": ("year", -1),
    "the year-ago month": ("month", -12), "the year ahead": ("year", 1), "year ahead": ("year", 1),
    "the prior-year quarter": ("quarter", -4), "the prior-year period": ("year", -1),
    "the prior year quarter": ("quarter", -4), "the prior-year period's": ("year", -1),
    "last season": ("year", -1), "next season": ("year", 1),  # "this season" the keys leave
    # a part of the article's own week or year
    "earlier in the week": ("week", 0), "later in the week": ("week", 0),
    "earlier in the year": ("year", 0), "later in the year": ("year", 0),
    "early in the year": ("year", 0), "late in the year": ("year", 0),
    "the beginning of the year": ("year", 0), "the start of the year": ("year", 0),
    "year's end": ("year", 0), "the latter half of the year": ("year", 0),
    "the later half of the year": ("year", 0),
    "the new year": ("year", 0),  # the next one in a December story (relative_from)
}  # fmt: skip
# "this summer", "last winter", "early next spring": a season, resolved to its year
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # the month it starts
_SEASON_DETS = ("this", "last", "next", "this past", "this coming", "early this", "late this",
                "early next", "late next", "early last", "late last",
                # "over the summer", "in the fall": the latest one begun, or the next one when a
                # word of the future stands before it
                "over the", "in the", "during the", "by the", "until the", "through the",
                "later in the", "earlier in the")  # fmt: skip
# Words that make a date approximate: "late last year", "early next year", "mid-August".
APPROX_WORDS = ("early", "late", "mid")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}  # fmt: skip
# Words before a bare month that make it a date ("in May", "since March", "an October high");
# "May" and "March" with none of them before are a verb or a name.
MONTH_LEADS = ("in", "since", "for", "from", "through", "until", "till", "by", "during",
               "before", "after", "of", "last", "this past", "this", "next", "an", "a", "the",
               "early", "late", "mid", "mid-", "between", "around", "as of", "earlier than",
               "later than", "sooner than", "ended", "ending", "as soon as")  # fmt: skip
_AGO_UNITS = {"year": ("year", 1), "years": ("year", 1), "decade": ("year", 10),
              "decades": ("year", 10), "century": ("year", 100), "month": ("month", 1),
              "months": ("month", 1), "week": ("week", 1), "weeks": ("week", 1),
              "day": ("day", 1), "days": ("day", 1), "quarter": ("quarter", 1),
              "quarters": ("quarter", 1)}  # fmt: skip
# Words of the future before a date whose year is left out (see the module's text).
_FUTURE = re.compile(
    r"\b(?:will|would|shall|expects?|expected|expecting|scheduled|due|plans?|planned|planning|"
    r"set\s+to|until|till|next|anticipates?|anticipated|aims?|hopes?|likely|upcoming|coming|later)\b",
    re.I,
)

# What follows "a year before" when it counts back from an event: "a year before the crash".
_BEFORE_WHAT = re.compile(
    r"\s+(?:the|a|an|its|his|her|their|our|it|he|she|they|we|that|this|[A-Z]\w*)\b"
)

# Words of a game near "the fourth quarter", "the first half": a period of play, not a date.
GAME_WORDS = ("yards", "yard", "touchdown", "touchdowns", "field goal", "kicked", "fumble",
              "quarterback", "rushing", "interception", "halftime", "half-time", "innings",
              "rebounds", "first downs", "scored", "scoring", "goalkeeper", "penalty kick")  # fmt: skip
_GAME = re.compile(rf"\b(?:{alt(list(GAME_WORDS))})\b", re.I)
_DET = alt(list(DETERMINERS))
_UNIT = alt(list(UNITS))
_ORD = alt(list(ORDINALS))
_REL_YEAR = (
    r"(?:(?:the|our|its|their)\s+)?(?P<ydet>last|next|this|the\s+prior|prior|the\s+previous|"
    r"previous|the\s+current|the\s+coming|the)\s+(?:fiscal\s+)?year"
)
_MONTH_CS = MONTH  # month names are read with their capital: "may" and "march" are verbs
_NOT_NAME_AFTER = r"(?!'s\b)(?!\s+(?:said|says|told|has|had|is|was|would|will)\b)"
# Nouns after a bare month that make it a date with no word before it: contract months ("The
# more-active March contract", "for February delivery"), a month's levels and releases ("its
# March low", "their March projections", "the October unveiling").
MONTH_NOUNS = ("contract", "contracts", "delivery", "settlement", "futures", "low", "lows",
               "high", "highs", "peak", "trough", "bottom", "record", "survey", "surveys",
               "meeting", "minutes", "projections", "forecast", "forecasts", "report", "data",
               "figures", "reading", "payrolls", "jobs report", "auction", "deadline", "rally",
               "selloff", "sell-off", "plunge", "rout", "unveiling", "launch", "offering",
               "fundraising", "funding round", "round", "election", "levels", "level", "sale")  # fmt: skip
# A month with its possessive: "August's historic Treasuries rally", "November's new home
# sales" ("May's" is as often Theresa May's, so it stays out).
_MONTH_POSSESSIVE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December)"
)
# "between December 24th through the 29th": a day of the month named earlier in the sentence.
_DAY_LEADS = ("on", "through", "thru", "until", "till", "to", "by", "from", "before", "after",
              "since", "and", "or")  # fmt: skip
_MONTH_IN = re.compile(rf"\b(?P<mon>{MONTH})(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# A contract month is a month to come: "the March contract" of a story of December is next March.
_CONTRACT_AFTER = re.compile(r"[ \t]+(?:contracts?|delivery|settlement|futures)\b")

RELATIVE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "two years ago", "a decade ago": durations
    ("ago", re.compile(
        rf"(?<![\w.,$€£])(?P<num>{DIGITS}|\b(?:{WORD_NUMBER}|a|an)\b)[\s-](?P<unit>"
        rf"{alt(list(_AGO_UNITS))})\s+(?P<ago>ago|later)\b", re.I)),
    # "the first quarter of last year", "the second half of this year", "the second half of the year"
    ("oq_rel", re.compile(
        rf"\b(?:(?:the|our|its|this)\s+)?(?P<o>{_ORD})[\s-](?P<qh>quarter|half)\s+(?:of\s+)?"
        rf"{_REL_YEAR}\b", re.I)),
    # "the prior year first quarter", "last year's first quarter"
    ("rel_oq", re.compile(
        rf"\b{_REL_YEAR}(?:'s)?\s+(?:fiscal\s+)?(?P<o>{_ORD})[\s-](?P<qh>quarter|half)\b", re.I)),
    # "the year-ago quarter", "a year earlier"
    ("phrase", re.compile(rf"\b(?P<p>{alt(list(PHRASES))})\b", re.I)),
    # "this summer", "last winter", "early next spring" (never "this fall in prices")
    ("season", re.compile(
        rf"\b(?P<sdet>{alt(list(_SEASON_DETS))})\s+(?P<season>{alt(list(SEASONS))})\b"
        r"(?!-|\s+(?:in|of|from|to|by)\b)", re.I)),
    # "the June quarter", "its September quarter": a fiscal quarter named by its last month
    ("mq", re.compile(
        r"\b(?:(?:the|its|our|their|this)\s+)?(?P<mon>March|June|September|December)[\s-]quarter\b")),
    # "last year", "early next year", "earlier this month", "the prior quarter", "this past week"
    ("rel", re.compile(
        rf"\b(?:(?P<ap>{alt(list(APPROX_WORDS))})[\s-]+)?(?P<det>{_DET})\s+(?P<unit>{_UNIT})\b"
        rf"(?!-(?:old|long)\b)", re.I)),
    # "the second quarter", "First quarter", "third-quarter results", "our fourth quarter"
    ("oq", re.compile(
        rf"\b(?:(?:the|this|our|its|their)\s+)?(?:(?:calendar|fiscal)\s+)?(?P<o>{_ORD})[\s-]"
        rf"quarter\b(?!-(?:point|mile)\b)", re.I)),
    # "the second half", "in the first half": a half named with its article or a preposition
    ("ohalf", re.compile(
        r"\b(?:in|for|during|over|by)\s+(?:the\s+)?(?P<o>first|second|1st|2nd)\s+half\b(?![-\w])",
        re.I)),
    # "Q3", "4Q", "1H", "2H": bare quarters and halves (capital letters only)
    ("q", re.compile(r"\bQ(?P<q>[1-4])\b(?!-)")),
    ("q2", re.compile(r"\b(?P<q>[1-4])Q\b(?!-)")),
    ("h2", re.compile(r"\b(?P<h>[12])H\b(?!-)")),
    # "the '20s", "'90s": a decade by its last two digits, the latest one begun by the article's date
    ("adecade", re.compile(r"(?<![\w'])(?:the\s+)?'(?P<yy>\d0)s\b")),
    # "9M revenue", "9M: sales up 4%": the year to date in a results brief (not "$9M", "9M shares")
    ("nm", re.compile(
        r"(?<![\w$€£¥.,])(?P<n>[369])M\b(?!-)(?=\s*:|\s+(?:revenue|sales|net|operating|organic|"
        r"adjusted|profit|EBITDA|EBIT|EPS|earnings|results|loss|orders|bookings|margin|free|cash)\b)")),
    # "Dec. 27", "Sept. 30", "Aug 6", "Dec. 18-19"; "27 December"
    ("md", re.compile(
        rf"\b(?P<mon>{_MONTH_CS})\s+(?P<d>{DAY})(?:\s?[-–]\s?(?P<d2>{DAY}))?(?:\b|(?=[A-Z]))(?![,.]?\s*\d)")),
    ("dm", re.compile(
        rf"\b(?P<d>[0-3]?\d)\s+(?P<mon>{_MONTH_CS})(?![\w.]*,?\s*\d)")),
    # "in November and December", "from April to June": a month after a month
    ("m2", re.compile(
        rf"\b{_MONTH_CS}(?:\s+{DAY})?,?\s+(?:and|or|to|through|until|-|–)\s+(?P<mon>{_MONTH_CS})(?![\w-])"
        rf"(?![.]?\s*\d)")),
    # "in May", "since March", "this past October", "late August", "an October high"
    ("m", re.compile(
        rf"(?:\b(?P<ap>(?i:early|late|mid))[\s-]+|(?<![\w-])(?i:{alt(list(MONTH_LEADS))})\s+)"
        rf"(?P<mon>{_MONTH_CS})(?![\w-]){_NOT_NAME_AFTER}(?![.]?\s*\d)")),
    # "The more-active March contract", "its March low", "August's rally"
    ("mnoun", re.compile(
        rf"(?<![\w-])(?P<mon>{_MONTH_CS})(?=[ \t]+(?:{alt(list(MONTH_NOUNS))})\b)")),
    ("mposs", re.compile(rf"(?<![\w-])(?P<mon>{_MONTH_POSSESSIVE})'s(?=[ \t]+[a-z])")),
    # "through the 29th", "on the 3rd."
    ("nth", re.compile(
        rf"(?<![\w-])(?:{alt(list(_DAY_LEADS))})\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|at|when|of\s+(?:this|that|the|each)\s+month)\b)", re.I)),
]  # fmt: skip


# The words each pattern needs, looked for in the lower-cased line (a substring search is fast, a
# regex pass is not): a pattern runs only on lines that hold one word of each of its groups.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_QUARTER_WORDS = ("quarter", "half")
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ago": (("ago", "later"),), "oq_rel": (_QUARTER_WORDS, ("year",)),
    "rel_oq": (_QUARTER_WORDS, ("year",)),
    "phrase": (("earlier", "before", "-ago", "ahead", "prior", "season", "in the", "of the year",
                "year's end", "new year"),),
    "season": (("spring", "summer", "fall", "autumn", "winter"),),
    "rel": (("year", "quarter", "month", "week", "half"),
            ("last", "next", "this", "prior", "previous", "coming", "current", "end of", "start of",
             "beginning of", "same")),
    "oq": (("quarter",),), "mq": (("quarter",),), "ohalf": (("half",),), "q": (("q1", "q2", "q3", "q4"),),
    "q2": (("1q", "2q", "3q", "4q"),), "h2": (("1h", "2h"),), "adecade": (("0s",),), "nm": (("3m", "6m", "9m"),), "md": (_MONTH_WORDS,),
    "dm": (_MONTH_WORDS,), "m2": (_MONTH_WORDS,), "m": (_MONTH_WORDS,),
    "mnoun": (_MONTH_WORDS,), "mposs": (("'s",),), "nth": (tuple(f"the {d}" for d in "0123456789"),),
}  # fmt: skip


def relative_patterns(line: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of RELATIVE_PATTERNS that may match in `line`."""
    low = line.lower()
    seen: dict[str, bool] = {}

    def has(words: tuple[str, ...]) -> bool:
        for w in words:
            if w not in seen:
                seen[w] = w in low
            if seen[w]:
                return True
        return False

    return [(name, pat) for name, pat in RELATIVE_PATTERNS if all(has(g) for g in _NEEDS[name])]


def relative_from(name: str, m: re.Match[str], norm: str, today: dt.date | None) -> Quantity | None:
    """The figure a relative-date match stands for, resolved against `today` when known."""
    gd = m.groupdict()
    start, end = m.start(), m.end()
    qualifier = "exact"
    if name == "ago":
        unit, mult = _AGO_UNITS[gd["unit"].lower()]
        if gd["ago"].lower() == "later" and gd["num"].lower() in ("a", "an"):
            return None  # "a year later": a step of a story, not a figure the keys check
        v = 1.0 if gd["num"].lower() in ("a", "an") else literal_value(gd["num"])
        if v is None:
            return None
        step = 1.0 if gd["num"].lower() in ("a", "an") else literal_step(gd["num"])
        return Quantity(start, end, "duration", v * mult, unit, step=step * mult,
                        core_start=start, core_end=end)  # fmt: skip
    if name == "adecade":
        yy = int(gd["yy"])
        begun = 2000 + yy <= today.year if today else yy < 20  # without a date: '00s, '10s
        year = 2000 + yy if begun else 1900 + yy
        return Quantity(start, end, "date", float(year), "year", "range", float(year),
                        float(year + 9), 1.0, f"{year}s", start, end)  # fmt: skip
    if name in ("oq_rel", "rel_oq"):
        ydet = re.sub(r"\s+", " ", gd["ydet"].lower())
        offset = DETERMINERS.get(ydet, 0)  # "the year": the article's year
        n = ORDINALS[gd["o"].lower()]
        rel = ("year", offset, f"{'Q' if gd['qh'].lower() == 'quarter' else 'H'}{n}")
    elif name == "phrase":
        p = re.sub(r"\s+", " ", gd["p"].lower())
        if p.endswith("before") and _BEFORE_WHAT.match(norm, end):
            return None  # "a year before the crash": a span before an event, not a date
        unit, offset = PHRASES[p]
        if p == "the new year" and today is not None and today.month == 12:
            offset = 1  # "into the new year" in December: the year to come
        rel = (unit, offset, "")
    elif name == "season":
        future = bool(_FUTURE.search(norm[max(0, start - 120) : start].rsplit(". ", 1)[-1]))
        rel = ("year", _season_offset(gd["sdet"], gd["season"], today, future), "")
    elif name == "rel":
        det = re.sub(r"\s+", " ", gd["det"].lower())
        unit = UNITS[re.sub(r"\s+", " ", gd["unit"].lower())]
        if det.startswith(("the end of", "the start of", "the beginning of")) and unit in ("week",):
            return None
        if det.startswith("the end of the") and unit not in ("year", "month", "quarter"):
            return None
        if det == "the current" and unit not in ("year", "quarter"):
            return None  # "the current month" the keys leave; "the current quarter" is a date
        rel = (unit, DETERMINERS[det], "")  # "late last year": a part of last year, exactly
    elif name in ("oq", "ohalf") and _GAME.search(
        norm, max(0, start - 80), min(len(norm), end + 80)
    ):
        return None  # "a field goal in the fourth quarter": a period of a game
    elif name == "mq":
        rel = ("quarter", 0, f"Q{MONTHS[gd['mon'].lower()] // 3}")
    elif name in ("oq", "q", "q2"):
        n = ORDINALS[gd["o"].lower()] if name == "oq" else int(gd["q"])
        rel = ("quarter", 0, f"Q{n}")
    elif name == "nm":
        rel = ("year", 0, "")  # the months to date of this year
    elif name in ("ohalf", "h2"):
        n = int(gd["h"]) if name == "h2" else 1 if gd["o"].lower() in ("first", "1st") else 2
        rel = ("half", 0, f"H{n}")
    elif name in ("md", "dm"):
        month = MONTHS[gd["mon"].rstrip(".").lower()]
        day = int(re.sub(r"\D", "", gd["d"]))
        if not 1 <= day <= _DAYS_IN[month]:
            return None
        if gd.get("d2") and not day < int(re.sub(r"\D", "", gd["d2"])) <= _DAYS_IN[month]:
            return None
        rel = ("day", 0, f"{month:02d}-{day:02d}")
    elif name == "nth":
        before = norm[max(0, start - 100) : start]
        months = list(_MONTH_IN.finditer(before))
        if not months or _SENTENCE_END.search(before, months[-1].end()):
            return None  # "on the 29th" with no month before it in its sentence
        month = MONTHS[months[-1].group("mon").rstrip(".").lower()]
        day = int(gd["d"])
        if not 1 <= day <= _DAYS_IN[month]:
            return None
        start = norm.index("the", start, end)
        rel = ("day", 0, f"{month:02d}-{day:02d}")
    elif name in ("mnoun", "mposs"):
        month = MONTHS[gd["mon"].lower()]
        rel = ("month", 0, f"{month:02d}")
    elif name == "m2":
        month = MONTHS[gd["mon"].rstrip(".").lower()]
        start = m.start("mon")
        if gd["mon"].endswith(".") and gd["mon"][:-1].lower() not in _ABBREVIATIONS:
            end -= 1
        rel = ("month", 0, f"{month:02d}")
    else:  # "m"
        month = MONTHS[gd["mon"].rstrip(".").lower()]
        if gd["mon"].endswith(".") and gd["mon"][:-1].lower() not in _ABBREVIATIONS:
            end -= 1  # "in March.": the full stop ends the sentence
        lead = re.sub(r"\s+", " ", norm[start : m.start("mon")].strip().lower())
        if not gd.get("ap") and lead not in _MONTH_DETERMINERS:
            start = m.start("mon")  # "in May": the figure is the month
        rel = ("month", _MONTH_DETERMINERS.get(lead, 0), f"{month:02d}")
    value, period = None, None
    if rel[0] in ("day", "month"):
        later = _LATER_YEAR.match(norm, end)
        if later:  # "between March and June 1962": the year written with the second date
            y = int(later.group("y"))
            return Quantity(start, end, "date", float(y), "year", qualifier, step=1.0,
                            period=f"{y}-{rel[2]}", core_start=start, core_end=end)  # fmt: skip
    if today is not None:
        future = bool(_FUTURE.search(_clause_before(norm, start))) and not _REPORTED.match(
            norm, end
        )
        future = future or name in ("m", "mnoun") and _CONTRACT_AFTER.match(norm, end) is not None
        anchor = today
        if name in ("rel", "phrase") and rel[1] < 0 and _ANCHORED.search(m.group(0)):
            years = _YEAR_BEFORE.findall(_clause_before(norm, start))
            if years:  # "54 in 2017 and 68 the previous year": counted from the year written
                anchor = dt.date(int(years[-1]), 12 if rel[0] == "year" else 6, 28)
        resolved = resolve(rel, anchor, future)
        if resolved is None:
            return None
        value, period = float(resolved[0]), resolved[1]
    return Quantity(start, end, "date", value, "year", qualifier, step=1.0, period=period,
                    core_start=start, core_end=end, relative=rel)  # fmt: skip


# "March and June 1962", "Dec. 4 through Dec. 10, 2018": a year written with the date after
_LATER_YEAR = re.compile(
    rf"\s*+(?:and|to|through|until|-|–)\s++{MONTH}(?:\s++{DAY})?,?\s++(?P<y>(?:1[89]|20)\d{{2}})\b"
)
_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
# "last October", "this past October": strictly before the article's month; "next March":
# strictly after it; "this November", "an October high": as a bare month.
_MONTH_DETERMINERS = {"last": -1, "this past": -1, "next": 1, "this": 0, "an": 0, "a": 0}
# "fourth-quarter results", "third-quarter earnings": reported, so past even in future copy
# ("is scheduled to report fourth-quarter results on Jan. 17").
_REPORTED = re.compile(
    r"[\s-]++(?:results|earnings|reports?|numbers|figures|sales|revenue)\b", re.I
)
# "the previous year", "a year earlier" after a year written in the sentence count from it.
_ANCHORED = re.compile(r"\b(?:previous|prior|earlier|before)\b", re.I)
_YEAR_BEFORE = re.compile(r"(?<![\d.,$])((?:19|20)\d{2})\b(?![.,]\d|%)")
_DAYS_IN = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def _season_offset(det: str, season: str, today: dt.date | None, future: bool = False) -> int:
    """The year of "this summer", "last winter", "next spring" against the article's year."""
    det = re.sub(r"\s+", " ", det.lower()).split(" ")[-1]  # "early next" -> "next"
    det = {"past": "last", "coming": "next"}.get(det, det)
    if det == "the" and today is not None:
        # "over the summer": the latest one begun; "will launch in the fall": the next not over
        begins = SEASONS[season.lower()]
        if future:
            return 0 if begins == 12 or today.month < begins + 3 else 1
        return 0 if today.month >= begins else -1
    if det == "the":
        return 0
    if today is None or det == "this":
        return 0
    begins = SEASONS[season.lower()]
    if det == "next":
        return 0 if today.month < begins else 1
    if begins == 12:  # last winter: the one that began the December before
        return -1
    return 0 if today.month >= begins + 3 else -1  # last summer: over by September


def _clause_before(norm: str, at: int) -> str:
    """The words before `at` in its sentence, at most 100 characters."""
    before = norm[max(0, at - 100) : at]
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("? "), before.rfind("! "))
    return before[cut + 1 :] if cut >= 0 else before


def resolve(
    rel: tuple[str, int, str], today: dt.date, future: bool = False
) -> tuple[int, str] | None:
    """(year, period) of a relative date on the article's date `today`; `future` when a word of
    the future stands before a date that leaves out its year (see the module's text)."""
    unit, offset, part = rel
    y = today.year
    if unit == "year":
        y += offset
        return y, f"{y}-{part}" if part else str(y)
    if unit == "week":
        d = today + dt.timedelta(weeks=offset)
        iso = d.isocalendar()
        return d.year, f"{iso.year}-W{iso.week:02d}"
    if unit == "day":
        month, day = (int(x) for x in part.split("-"))
        for year in (y - 1, y, y + 1) if future else (y + 1, y, y - 1):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue  # Feb. 29 of a year without one
            if (
                (d >= today - dt.timedelta(days=7))
                if future
                else (d <= today + dt.timedelta(days=31))
            ):
                return d.year, d.isoformat()
        return None
    per_year = {"quarter": 4, "half": 2, "month": 12}[unit]
    now = (today.month - 1) * per_year // 12  # 0-based quarter, half or month of the article
    if part:  # "Q2", "H1", "05": placed before (or, in future copy, after) the article's date
        n = int(part.lstrip("QH")) - 1
        if offset < 0:  # "last October": the latest before the article's month
            y -= n >= now
        elif offset > 0:  # "next March": the first after it
            y += n <= now
        elif future:  # from the unit before the article's on: "expected to contract in the second
            y += n < now - 1  # quarter" of July is the quarter just ended
        else:
            y -= n > now
    else:
        idx = y * per_year + now + offset
        y, n = divmod(idx, per_year)
    label = f"{n + 1:02d}" if unit == "month" else f"{'Q' if unit == 'quarter' else 'H'}{n + 1}"
    return y, f"{y}-{label}"


# (text, kind, value, unit) without an article date: durations only (relative dates have no
# value then); RESOLVED holds dates read on the article date TODAY.
EXAMPLES: list[tuple[str, str, float, str]] = [
    ("two years ago", "duration", 2, "year"), ("a decade ago", "duration", 10, "year"),
    ("the '90s", "date", 1990, "year"), ("the ’30s", "date", 1930, "year"),
    ("two months ago", "duration", 2, "month"), ("a week ago", "duration", 1, "week"),
    ("four years later", "duration", 4, "year"),
]  # fmt: skip
TODAY = dt.date(2020, 7, 7)
# (text, value, period, qualifier) read on TODAY
RESOLVED: list[tuple[str, float, str, str]] = [
    ("last year", 2019, "2019", "exact"), ("next year", 2021, "2021", "exact"),
    ("this summer", 2020, "2020", "exact"), ("last winter", 2019, "2019", "exact"),
    ("next spring", 2021, "2021", "exact"), ("last spring", 2020, "2020", "exact"),
    ("earlier in the week", 2020, "2020-W28", "exact"), ("late in the year", 2020, "2020", "exact"),
    ("by year's end", 2020, "2020", "exact"), ("the latter half of the year", 2020, "2020", "exact"), ("the new year", 2020, "2020", "exact"),
    ("this year", 2020, "2020", "exact"), ("earlier this month", 2020, "2020-07", "exact"),
    ("the prior year", 2019, "2019", "exact"), ("the year-ago quarter", 2019, "2019-Q3", "exact"),
    ("the prior-year quarter", 2019, "2019-Q3", "exact"), ("in the quarter ended June", 2020, "2020-06", "exact"),
    ("last quarter", 2020, "2020-Q2", "exact"), ("next month", 2020, "2020-08", "exact"),
    ("this week", 2020, "2020-W28", "exact"), ("late last year", 2019, "2019", "exact"),
    ("early next year", 2021, "2021", "exact"), ("the coming year", 2021, "2021", "exact"),
    ("a year earlier", 2019, "2019", "exact"), ("last week", 2020, "2020-W27", "exact"),
    ("the first quarter of last year", 2019, "2019-Q1", "exact"),
    ("the prior year first quarter", 2019, "2019-Q1", "exact"),
    ("last year's second quarter", 2019, "2019-Q2", "exact"),
    ("the second half of the year", 2020, "2020-H2", "exact"),
    ("Dec. 27", 2019, "2019-12-27", "exact"), ("Sept. 30", 2019, "2019-09-30", "exact"),
    ("Aug 6", 2020, "2020-08-06", "exact"), ("July 26", 2020, "2020-07-26", "exact"),
    ("Dec. 18-19", 2019, "2019-12-18", "exact"), ("since Jan. 20", 2020, "2020-01-20", "exact"),
    ("in May", 2020, "2020-05", "exact"), ("since March", 2020, "2020-03", "exact"),
    ("for June", 2020, "2020-06", "exact"), ("this past October", 2019, "2019-10", "exact"),
    ("late August", 2019, "2019-08", "exact"), ("an October high", 2019, "2019-10", "exact"),
    ("last July", 2019, "2019-07", "exact"), ("In January", 2020, "2020-01", "exact"),
    ("A November", 2019, "2019-11", "exact"), ("in November and December", 2019, "2019-11", "exact"), ("Late August", 2019, "2019-08", "exact"), ("next March", 2021, "2021-03", "exact"),
    ("next July", 2021, "2021-07", "exact"), ("the end of September.", 2019, "2019-09", "exact"),
    ("the second quarter", 2020, "2020-Q2", "exact"), ("First quarter", 2020, "2020-Q1", "exact"),
    ("fourth-quarter GDP", 2019, "2019-Q4", "exact"), ("in Q3", 2020, "2020-Q3", "exact"),
    ("4Q", 2019, "2019-Q4", "exact"), ("1H", 2020, "2020-H1", "exact"),
    ("since Dec. 4, when it began", 2019, "2019-12-04", "exact"),
    ("no earlier than Dec. 2", 2019, "2019-12-02", "at_least"),
    ("no later than June", 2020, "2020-06", "at_most"),
    ("54 in 2017 and 68 the previous year", 2016, "2016", "exact"),
    ("$3 billion in 2015, up from $2 billion a year earlier", 2014, "2014", "exact"),
    ("rallied from its March low", 2020, "2020-03", "exact"),
    ("just ahead of August's historic Treasuries rally", 2019, "2019-08", "exact"),
    ("November's new home sales were revised", 2019, "2019-11", "exact"),
    ("each day from Dec. 2 through the 29th.", 2019, "2019-12-29", "exact"),
    ("finishing atop the poll last season", 2019, "2019", "exact"),
    ("the longest streak since Nov. 20JD.com fell", 2019, "2019-11-20", "exact"),  # a lost line break
    ("the year before", 2019, "2019", "exact"), ("the year earlier", 2019, "2019", "exact"),
    ("in the current quarter", 2020, "2020-Q3", "exact"), ("in the June quarter", 2020, "2020-Q2", "exact"),
    ("its December quarter", 2019, "2019-Q4", "exact"), ("over the summer", 2020, "2020", "exact"),
    ("in the fall", 2019, "2019", "exact"), ("during the winter", 2019, "2019", "exact"),
]  # fmt: skip
# (text, value, period) read on TODAY with a word of the future before the date
RESOLVED_FUTURE: list[tuple[str, float, str]] = [
    ("will persist in 4Q", 2020, "2020-Q4"), ("is expected to close in March", 2021, "2021-03"),
    ("will vote on Jan. 14", 2021, "2021-01-14"), ("expects a recovery in the first quarter", 2021, "2021-Q1"),
    ("expects the economy to shrink in the second quarter", 2020, "2020-Q2"),
    ("is scheduled to report fourth-quarter results", 2019, "2019-Q4"),
    ("The more-active March contract rose", 2021, "2021-03"),  # a contract month is to come
    ("crude for August delivery fell", 2020, "2020-08"),
    ("will launch the phone in the fall", 2020, "2020"), ("plans to reopen in the spring", 2021, "2021"),
]  # fmt: skip
