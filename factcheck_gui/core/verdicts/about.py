"""What a figure or a fact is about, beyond its subject: its measure, period, basis, scope, and
whether it is a level or a change. A claim and a fact are compared only along these lines; a
verdict of "contradicted" needs every one of them to line up.

- measure: from the taxonomy (measures.toml);
- period: a year, a quarter, a half, a month or a day ("third-quarter 2024", "a year earlier",
  "Thursday"); a figure that names none takes the period its article speaks of;
- basis: actual, forecast (guidance, outlook, expects), consensus (analysts' estimates) or target;
- adjustment: adjusted, underlying, like-for-like or organic figures against reported ones;
- scope: a segment, division or region ("the software segment's revenue") against the whole;
- change: a move ("rose 7%", "up 38.2 points") against a level ("to $4bn").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from ..evidence.store import Fact
from .taxonomy import Measure, Reading, content_stems, stem, taxonomy

# ---------------------------------------------------------------------------------- periods

_ORDINAL = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}  # fmt: skip
_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = (
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)

_QUARTER = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter|"
    r"q(?P<q>[1-4])|(?P<q2>[1-4])q)\b",
    re.I,
)
_QUARTER_MONTHS = re.compile(
    r"\bthree\s+months\s+(?:to|ended|ending|through)\s+"
    + _MONTH_RE
    + r"|\b(?:march|june|september|sept|december|mar|jun|sep|dec)(?P<qm>)\.?\s+quarter\b",  # "the September quarter"
    re.I,
)
_MONTH_SPAN = re.compile(
    r"\b"
    + _MONTH_RE
    + r"\s*(?:-|–|to|through)\s*"
    + _MONTH_RE.replace("month", "month2")
    + r"(?!\s+\d{1,2}\b)",
    re.I,
)
_HALF = re.compile(
    r"\b(?:(?P<ord>first|second|1st|2nd)[-\s]+half|h(?P<h>[12])|half[-\s]+year|interim|"
    r"six\s+months\s+(?:to|ended|ending|through)\s+"
    + _MONTH_RE.replace("month", "hmonth")
    + r")\b",
    re.I,
)
_FULL_YEAR = re.compile(
    r"\b(?:full[-\s]+year|fy\s?'?(?P<fy>\d{2}(?:\d{2})?)|fiscal\s+(?:year\s+)?"
    r"'?(?P<fiscal>\d{2}(?:\d{2})?)|for\s+the\s+year|the\s+year\s+to|year\s+to\s+"
    + _MONTH_RE
    + r"|(?:fiscal|financial)\s+year|twelve\s+months|12\s+months|a\s+year\b(?!\s+(?:earlier|ago|before)))",
    re.I,
)
_YTD = re.compile(
    r"\b(?:year[-\s]to[-\s]date|ytd|(?:first|opening)\s+nine\s+months|nine[-\s]month(?!s)|9m|"
    r"nine\s+months\s+(?:to|ended|ending|through))\b",
    re.I,
)
_YTD_HINT = ("ytd", "nine", "9m", "to-date", "to date")
_QUARTERLY = re.compile(r"\b(?:quarter|quarterly)\b", re.I)
_FREQUENCY = re.compile(
    r"\b(?:quarterly|annually|monthly|a\s+quarter|per\s+quarter|each\s+quarter)\b", re.I
)
_YEAR = re.compile(
    r"(?<![\d.,$£€])\b(?P<y>(?:19|20)\d{2})\b(?![\d%]|[.,]\d)"
)  # "For 2026, ..." not "2,026,000"
_WRITTEN_DAY = re.compile(
    r"\b(?P<d1>\d{1,2})\s+" + _MONTH_RE + r"\s+(?P<y1>(?:19|20)\d{2})\b|\b"
    + _MONTH_RE.replace("month", "month2") + r"\s+(?P<d2>\d{1,2}),?\s+(?P<y2>(?:19|20)\d{2})\b", re.I)  # fmt: skip
_MONTH_YEAR = re.compile(r"\b" + _MONTH_RE + r"\s+(?P<yy>(?:19|20)\d{2})\b", re.I)
_EVENT_YEAR = re.compile(r"\b(?:founded|established|created|formed|incorporated|launched|born|"
                         r"since|set\s+up|started|opened|listed|built|acquired|bought|delivery|launch|maturing|matures|"
                         r"due|maturity)\s+(?:\w+\s+){0,4}(?:in\s+)?$"
                         r"|\b(?:by|until|till|before|through)\s+(?:the\s+end\s+of\s+)?$", re.I)  # fmt: skip
_LAST_FISCAL = re.compile(
    r"\b(?:its|the|their|our)\s+(?:last|latest|most\s+recent|past|previous)\s+(?:fiscal|financial)\s+year\b",
    re.I,
)
_YEAR_END = re.compile(r"\b(?:at|by)\s+(?:the\s+)?(?:year[-\s]end|end\s+of\s+the\s+year)\b", re.I)
_YEAR_TO = re.compile(
    r"\byear\s+(?:to|ended|ending)\s+(?:\d{1,2}\s+)?" + _MONTH_RE + r"(?!\s+\d)", re.I
)
_AGO = re.compile(
    r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<u>years?|decades?)\s+ago\b",
    re.I,
)
_AGO_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_LAST_YEAR = re.compile(
    r"\blast\s+year\b(?!'s\s+(?:same|quarter|period|half))|\blast\s+(?:fiscal|financial)\s+year\b",
    re.I,
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_THIS = re.compile(r"\b(?:this|the\s+current)\s+(?:year|fiscal\s+year|financial\s+year)\b", re.I)
_NEXT = re.compile(r"\b(?:next|coming)\s+(?:year|financial\s+year|fiscal\s+year)\b", re.I)
_PRIOR = re.compile(
    r"\b(?:a\s+year\s+(?:earlier|ago|before)|prior[-\s]+year|previous\s+year|year[-\s]+ago|"
    r"year[-\s]+earlier|(?:previous|prior)\s+corresponding\s+(?:period|half)|\bpcp|"
    r"last\s+year'?s?\s+(?:same\s+)?(?:quarter|period|half)|same\s+(?:quarter|period)"
    r"\s+(?:a|last)\s+year|in\s+the\s+year-?ago|prior[-\s]+period|the\s+previous\s+(?:quarter|period))\b",
    re.I,
)
_PREV_QUARTER = re.compile(
    r"\b(?:previous|prior|preceding|last|sequential(?:ly)?)\s+quarter\b", re.I
)
_MONTH_WORD = re.compile(r"\b(?:in|during|for|of)\s+" + _MONTH_RE + r"(?:\s+(?P<my>(?:19|20)\d{2}))?\b"
                         r"|\b" + _MONTH_RE.replace("month", "month2") + r"(?:'s)?\s+(?:figures?|data|reading|inflation|sales)\b", re.I)  # fmt: skip
_END_OF = re.compile(r"\b(?:end\s+of|end-|at\s+the\s+end\s+of|as\s+of|at)\s+" + _MONTH_RE + r"(?:\s+(?P<ey>(?:19|20)\d{2}))?", re.I)  # fmt: skip
_WEEKDAY = re.compile(
    r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b", re.I
)
_ISO_DAY = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")


@dataclass(frozen=True)
class Period:
    """A period a figure or fact is about. span: 'year' | 'half' | 'quarter' | 'month' | 'day' |
    None (not said); part: which quarter, half or month (1-based); year None when unknown."""

    year: int | None = None
    span: str | None = None
    part: int | None = None
    day: dt.date | None = None  # span 'day': which day
    prior: bool = False  # "a year earlier": one year before the period it is set against
    explicit: bool = False  # the figure's own words say it (not inherited from the article)
    frequency: bool = False  # "quarterly": how often, not which quarter

    def words(self) -> str:
        """The period in an editor's words: 'the third quarter of 2025', '2024', '14 Nov 2025'."""
        if self.day is not None:
            return self.day.strftime("%d %b %Y").lstrip("0")
        y = f" of {self.year}" if self.year else ""
        if self.span == "quarter" and self.part:
            return f"the {('first', 'second', 'third', 'fourth')[self.part - 1]} quarter{y}"
        if self.span == "half" and self.part:
            return f"the {('first', 'second')[self.part - 1]} half{y}"
        if self.span == "month" and self.part:
            name = dt.date(2000, self.part, 1).strftime("%B")
            return f"{name} {self.year}" if self.year else name
        if self.span == "ytd":
            if self.part:
                name = dt.date(2000, self.part, 1).strftime("%B")
                return f"the year to {name}" + (f" {self.year}" if self.year else "")
            return f"the year to date{y}"
        if self.span == "year":
            return f"the full year {self.year}" if self.year else "a full year"
        return str(self.year) if self.year else "an unstated period"


def _month(name: str | None) -> int | None:
    if not name:
        return None
    n = name.lower().rstrip(".")
    return _MONTHS.get(n) or _MONTH_ABBR.get(n[:4] if n.startswith("sept") else n[:3])


def without_days(text: str) -> str:
    """The text with its written-out days ("2 December 2025", "2025-12-02") blanked."""
    return _ISO_DAY.sub(" ", _WRITTEN_DAY.sub(" ", text))


@functools.lru_cache(maxsize=8192)
def read_period(text: str, today: dt.date | None = None) -> Period:
    """The period words of a short text (a fact's attribute, the words around a figure). Pure, so
    remembered: the figures of one sentence ask it about the same words again and again."""
    year = span = part = None
    day = None
    frequency = ended = False
    m = _ISO_DAY.search(text)
    if m is None and (w := _WRITTEN_DAY.search(text)) is not None:  # "3 Nov 2026", "Nov. 3, 2026"
        month = _month(w["month"] or w["month2"])
        day_n = int(w["d1"] or w["d2"])
        try:
            d = dt.date(int(w["y1"] or w["y2"]), month or 1, day_n)
            return Period(d.year, "day", None, d, explicit=True)
        except ValueError:
            pass
    if today is not None and today.month <= 6 and _YEAR_END.search(text) and not _YEAR.search(text):
        # "was 14.1% at year-end" in a spring article: the year just ended, its last day
        d = dt.date(today.year - 1, 12, 31)
        return Period(d.year, "day", None, d, explicit=True)
    if m:
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            day = None
        if day is not None:
            return Period(day.year, "day", None, day, explicit=True)
    if (
        (mr := _MONTH_SPAN.search(text)) is not None
        and (a := _month(mr["month"]))
        and (b := _month(mr["month2"]))
    ):
        length = (b - a) % 12 + 1
        if length == 3 and b % 3 == 0:
            span, part = "quarter", b // 3  # "in the July-September period"
        elif length == 6 and b % 6 == 0:
            span, part = "half", b // 6  # "January to June"
        elif a == 1 and 1 < length < 12:
            span, part = "ytd", b  # "January-September": the year to date, not a quarter
    low = text.lower()
    if span is not None:
        pass
    elif any(h in low for h in _YTD_HINT) and (m := _YTD.search(text)) is not None:
        # "year-to-date", "the first nine months", "nine-month revenue": neither a quarter nor
        # the full year
        span, part = (
            "ytd",
            (9 if "nine" in m.group(0).lower() or m.group(0).lower() == "9m" else None),
        )
    elif (m := _QUARTER.search(text)) is not None:
        span, part = "quarter", _ORDINAL.get((m["ord"] or "").lower()) or int(m["q"] or m["q2"])
    elif (m := _QUARTER_MONTHS.search(text)) is not None:
        named = m["month"] or m.group(0).split()[0]
        span, part = "quarter", ((_month(named) or 3) - 1) // 3 + 1
    elif (m := _HALF.search(text)) is not None:
        span = "half"
        part = {"first": 1, "1st": 1, "second": 2, "2nd": 2}.get((m["ord"] or "").lower())
        if m["h"]:
            part = int(m["h"])
    elif (m := _FULL_YEAR.search(text)) is not None:
        span = "year"
        short = m["fy"] or m["fiscal"]
        if short:
            year = int(short) + (2000 if len(short) == 2 else 0)
    elif (m := _END_OF.search(text)) is not None:
        span, part = "month", _month(m["month"])
        ended = True  # "as at December 31": the last such day, never one still to come
        if m["ey"]:
            year = int(m["ey"])
    elif (m := _MONTH_YEAR.search(text)) is not None:
        span, part, year = "month", _month(m["month"]), int(m["yy"])
    elif (m := _MONTH_WORD.search(text)) is not None:
        span, part = "month", _month(m["month"] or m["month2"])
        if m["my"]:
            year = int(m["my"])
    elif _QUARTERLY.search(text):
        span = "quarter"
        frequency = bool(_FREQUENCY.search(text))
    if year is None:
        for ym in _YEAR.finditer(text):
            if not _EVENT_YEAR.search(text[max(0, ym.start() - 30) : ym.start()]):
                year = int(ym["y"])  # not "founded in 1931", "since 2014"
                break
    if span == "year" and year is None and today is not None and (ye := _YEAR_TO.search(text)):
        year = _latest_year(today, _month(ye["month"]) or 12)  # "the year to 30 September"
    if year is None and today is not None and (ago := _AGO.search(text)) is not None:
        # "when I joined a decade ago, we had 300 staff": that many years before the article
        n = ago["n"].lower()
        years = (int(n) if n.isdigit() else _AGO_WORDS[n]) * (
            10 if ago["u"].lower().startswith("decade") else 1
        )
        if years > 1:  # "a year ago" is the year-earlier period of the figure's own kind (_PRIOR)
            year = today.year - years
    prior = bool(_PRIOR.search(text))
    for rx, offset in ((_NEXT, 1), (_THIS, 0), (_LAST_YEAR, -1)):
        if year is None and rx.search(text):
            span = span or "year"  # "this year", "next year": a year's figure
            if today is not None:
                year = today.year + offset
    if today is not None and (wm := _WEEKDAY.search(text)) is not None and span is None:
        back = (today.weekday() - _WEEKDAYS.index(wm["wd"].lower())) % 7
        day = today - dt.timedelta(days=back)
        return Period(day.year, "day", None, day, explicit=True)
    if today is not None and span == "quarter" and part and year is None and not prior \
            and _PREV_QUARTER.search(text) is None:  # fmt: skip
        year = _latest_year(today, part * 3)
    if today is not None and span == "ytd" and year is None and not prior:
        year = _latest_year(today, part or today.month)
    if today is not None and span == "month" and part and year is None and not prior:
        year = _latest_year(today, part, 0 if ended else 2)
    explicit = bool(span or year or prior)
    return Period(year, span, part, None, prior, explicit, frequency)


def _latest_year(today: dt.date, end_month: int, slack: int = 2) -> int:
    """The year of the latest period ending in `end_month` that began before `today` (a
    quarter's end may lie up to two months ahead; a day "as at" has passed)."""
    return today.year if end_month <= today.month + slack else today.year - 1


def fact_period(fact: Fact, point: bool = False) -> tuple[Period, dt.date | None]:  # noqa: C901
    """A fact's period, from its attribute's words, else its as-of; and the as-of as a date."""
    when = as_of_date(fact.as_of)
    p = read_period(fact.attribute)
    bare = _PARENTHESES.sub(" ", fact.attribute)
    if bare != fact.attribute and (q := read_period(bare)).explicit:
        p = q  # "2026 net interest income guidance (February 2026)": when it was said, in brackets
    elif bare != fact.attribute and p.span in ("month", "day"):
        p = q  # "annual synergy target (May 2026 announcement)": when it was said, not its period
    year = p.year or (when.year if when else None)
    part = p.part
    if p.span == "quarter" and part is None and when is not None and not p.frequency:
        part = (when.month - 1) // 3 + 1
    if p.span == "half" and part is None and when is not None:
        part = 1 if when.month <= 6 else 2
    if p.prior and year is not None and p.year is None:
        year -= 1
    if p.span is None and when is not None and len(fact.as_of.strip()) == 10:
        return Period(when.year, "day", None, when, explicit=True), when
    span = p.span
    if span is None and p.year is not None and not point:
        span = "year"  # "inflation projection for 2025", "2024 revenue": a year's figure
    return Period(year, span, part, p.day, False, True, p.frequency), when


def as_of_date(as_of: str) -> dt.date | None:
    """An as-of as a date: "2025-09" -> 2025-09-28, "2024" -> 2024-12-28; None when it names none."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", (as_of or "").strip())
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2] or 12), int(m[3] or 28))
    except ValueError:
        return None


# ------------------------------------------------------------------------- basis and the rest

_CONSENSUS = frozenset(stem(w) for w in ("consensus", "analysts", "analyst", "estimates", "estimate",
                                         "polled", "economists", "economist", "poll", "street"))  # fmt: skip
_FORECAST = frozenset(stem(w) for w in ("forecast", "forecasts", "guidance", "outlook", "expects", "expect",
                                        "expected", "sees", "projects", "projected", "projection", "guided",
                                        "predicts", "anticipates", "plans", "will", "aims", "expecting"))  # fmt: skip
_TARGET = frozenset(stem(w) for w in ("target", "targets", "goal", "ambition", "aim", "targeting"))
_PREVIOUS = frozenset(
    stem(w) for w in ("previous", "previously", "prior", "earlier", "original", "originally")
)
_ADJUSTED = frozenset(stem(w) for w in ("adjusted", "underlying", "core", "non-gaap", "pro", "forma",
                                        "normalised", "normalized", "headline"))  # fmt: skip
_REPORTED = frozenset(stem(w) for w in ("gaap", "statutory", "unadjusted", "ifrs"))
_LIKE = frozenset(stem(w) for w in ("like", "organic", "constant"))
_CHANGE = frozenset(stem(w) for w in ("growth", "change", "rise", "increase", "decline", "fall", "drop",
                                      "move", "gain", "moved", "widened", "narrowed", "jump"))  # fmt: skip
_AROUND_MOVE = re.compile(  # "policy rate before the November cut": a level dated by the move
    r"\b(?:before|after|ahead\s+of|following|since)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:cut|hike|reduction|move)s?\b",
    re.I,
)
_RATE_MOVES = frozenset(
    stem(w) for w in ("cut", "cuts", "hike", "hikes", "reduction", "easing", "tightening")
)
_SEGMENT_MARKERS = frozenset(stem(w) for w in ("segment", "division", "unit", "business", "arm",
                                               "subsidiary", "region", "brand"))  # fmt: skip
_WHOLE = frozenset(
    stem(w) for w in ("total", "group", "groupwide", "overall", "consolidated", "company")
)
_NOT_SCOPE = (
    _CONSENSUS | _FORECAST | _TARGET | _PREVIOUS | _ADJUSTED | _REPORTED | _LIKE | _CHANGE | _WHOLE
    | _SEGMENT_MARKERS
    | frozenset(stem(w) for w in (
        "quarter", "quarterly", "year", "annual", "full", "half", "first", "second", "third",
        "fourth", "fiscal", "month", "months", "end", "day", "daily", "per", "share", "diluted",
        "basic", "record", "new", "level", "price", "rate", "value", "amount", "number", "figure",
        "yoy", "year-on-year", "sequential", "current", "latest", "today", "ago", "since",
        "ended", "ending", "through", "period", "interim", "final", "closing", "close", "opening",
        "total", "net", "gross", "average", "cash", "paid", "made", "announced", "given", "july",
        "june", "september", "october", "november", "december", "january", "february", "march",
        "april", "may", "august", "year-end", "yearend", "h1", "h2", "q1", "q2", "q3", "q4",
        "fy", "of", "at", "on", "in", "for", "to", "by", "from", "with", "the", "a", "an", "its",
        "when", "became", "acquired", "bought", "founded", "launched", "joined", "employees"))
)  # fmt: skip


@dataclass(frozen=True)
class About:
    measure: Reading
    period: Period
    basis: str  # actual | forecast | consensus | target
    previous: bool  # an earlier forecast, replaced since ("the previous guidance")
    adjustment: str | None  # adjusted | reported | like-for-like | None (not said)
    change: bool
    scope: frozenset[str]  # stems naming a segment, division or region; empty: the whole
    segment_marker: bool = False  # "segment", "division" said near the figure
    parts: frozenset[str] = (
        frozenset()
    )  # stems right by the figure that may name a part of a company
    intraday: bool = False  # said of a moment of the trading day ("08:20", "in early trading")


def basis_of(weights: dict[str, float], floor: float = 0.5) -> tuple[str, bool]:
    near = {w for w, x in weights.items() if x >= floor}
    previous = bool(near & _PREVIOUS)
    if near & _CONSENSUS:
        return "consensus", previous
    if near & _TARGET:
        return "target", previous
    if near & _FORECAST:
        return "forecast", previous
    return "actual", previous


_FORECAST_NOUNS = frozenset(
    stem(w) for w in ("forecast", "guidance", "outlook", "projection", "guided")
)


# the words that make a figure after them a forecast ("expects", "guided", "should be")
FORECAST_VERBS = (
    r"expects?|expected|expecting|forecasts?|forecasting|projects?|projected|guidance|guided|"
    r"outlook|sees|anticipates?|predicts?|aims?|plans?|estimates?|estimated|pointed\s+to|"
    r"should\s+(?:be|reach|total|come\s+in|rise|fall|grow|end|add|bring|contribute|generate|deliver|save)|"
    r"guiding\s+to|guides\s+to"
)
_FORECAST_BEFORE = re.compile(rf"\b(?:{FORECAST_VERBS})\b(?:[^.;]|\.\d)*$", re.I)


_CONSENSUS_AFTER = re.compile(
    r"^[^.;]{0,90}?\b(?:analysts?'?|consensus|estimates?|polled|economists?'?)\b", re.I
)


_DEADLINE = re.compile(r"^[^.;]{0,40}?\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b", re.I)
_WILL_BEFORE = re.compile(
    r"\b(?:will|would|plans?\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to)\s+(?:\w+\s+){0,3}$",
    re.I,
)


def claim_basis(weights: dict[str, float], before: str, after: str = "") -> tuple[str, bool]:
    """A figure's basis: the kind of words that belong to it most closely (analysts' consensus,
    a target, a forecast), a forecast verb just before it, else a reported result."""
    previous = any(weights.get(w, 0.0) >= 0.6 for w in _PREVIOUS)
    best = {
        "consensus": max((weights.get(w, 0.0) for w in _CONSENSUS), default=0.0),
        "target": max((weights.get(w, 0.0) for w in _TARGET), default=0.0),
        "forecast": max((weights.get(w, 0.0) for w in _FORECAST_NOUNS), default=0.0),
    }
    kind, weight = max(best.items(), key=lambda kv: kv[1])
    if weight >= 0.55:
        return kind, previous
    if _CONSENSUS_AFTER.search(after) and re.search(
        r"\baccording\s+to|\bcompiled|\bpolled|\bsurvey", after, re.I
    ):
        return "consensus", previous  # "..., according to the average of 24 analysts' estimates"
    if _FORECAST_BEFORE.search(before):
        return "forecast", previous
    if _WILL_BEFORE.search(before) or _DEADLINE.search(after[:60]):
        return "planned", previous  # "will hold", "would release": said of the future, softly
    return "actual", previous


def adjustment_of(stems: set[str], text: str = "") -> str | None:
    if text and re.search(r"\bnon[-\s]?gaap\b|\bnon[-\s]?ifrs\b", text, re.I):
        return "adjusted"  # "non-GAAP operating margin"
    if (
        stem("like") in stems
        and stem("for") in stems
        or stems & {stem("organic"), stem("constant")}
    ):
        return "like-for-like"
    if stems & _ADJUSTED:
        return "adjusted"
    if stems & _REPORTED:
        return "reported"
    return None


def fact_about(fact: Fact) -> About:
    """What a fact is about, read from its attribute (keywords help name the measure)."""
    attr = fact.attribute
    stems = content_stems(attr)
    head = _HEAD.match(attr)  # "cost of higher savings rate": a cost; "equity value of X": a value
    reading = taxonomy().read_text(head.group(1)) if head else Reading(None, 0.0)
    if reading.measure is None:
        reading = taxonomy().read_text(attr)
    if reading.measure is None:
        reading = taxonomy().read({st: 0.9 for k in fact.keywords for st in content_stems(k)})
    weights = dict.fromkeys(stems, 1.0)
    basis, previous = basis_of(weights)
    if basis == "actual" and (
        _NEXT.search(attr) or re.search(r"\b(?:expected|planned|projected|due)\b", attr, re.I)
    ):
        basis = "forecast"  # "new aircraft deliveries next year", "expected year of completion"
    period, _ = fact_period(fact, reading.measure is not None and reading.measure.point)
    measure_words = set()
    if reading.measure is not None:
        for phrase in reading.measure.phrases:
            if all(w in weights for w in phrase):
                measure_words |= set(phrase)
    if basis == "target" and _TARGET & measure_words:
        basis = "actual"  # "cash rate target (April 2026 decision)": the rate's name, not a goal
    scope = scope_of(attr, fact.entity)
    change = (
        # "revenue guidance (narrowed November 2026)": what happened to a forecast, in brackets,
        # does not make its level a change
        bool(set(content_stems(_PARENTHESES.sub(" ", attr))) & _CHANGE)
        or bool({stem(k) for k in fact.keywords} & {stem("growth"), stem("change")})
        # "official cash rate cut size": a cut or a hike of a rate is its move
        or (
            fact.unit.strip().lower()
            in ("%", "bp", "bps", "pp", "basis points", "percentage points")
            and reading.measure is not None
            and reading.measure.rate
            and bool(set(stems) & _RATE_MOVES)
            and not _AROUND_MOVE.search(attr)
        )
        or (
            fact.unit.strip() == "%"
            and reading.measure is not None
            and not reading.measure.rate
            and not _SHARE_WORDS.search(attr)
            and not _LEVEL_WORDS.search(attr)
        )
    )
    adjustment = "like-for-like" if LIKE_FOR_LIKE.search(attr) else adjustment_of(set(stems), attr)
    if adjustment == "adjusted" and reading.measure is not None and reading.measure.rate \
            and not (set(stems) & (_ADJUSTED - {stem("headline")})):  # fmt: skip
        adjustment = None  # "headline CPI": the plain rate (headline earnings are adjusted; inflation is not)
    return About(reading, period, basis, previous, adjustment, change, scope,
                 bool(set(stems) & _SEGMENT_MARKERS))  # fmt: skip


_REGIONS = frozenset(stem(w) for w in (
    "europe", "european", "emea", "us", "u.s.", "america", "americas", "american", "china", "chinese",
    "asia", "apac", "international", "domestic", "online", "uk", "britain", "india", "japan",
    "germany", "france", "latin", "africa", "overseas", "north", "south"))  # fmt: skip
_NAME_WORD = re.compile(r"(?<![\w'])([A-Z][\w&'-]*[a-z][\w&'-]*)")
_TENOR = re.compile(r"\b(\d{1,2}|two|three|five|seven|ten|twenty|thirty)[-\s]year\b", re.I)


def tenors(text: str) -> frozenset[str]:
    """A bond's tenor named in the text ("the two-year yield") as a scope word, "tenor2"."""
    return frozenset(
        "tenor" + _TENOR_WORDS.get(m.group(1).lower(), m.group(1)) for m in _TENOR.finditer(text)
    )


_TENOR_WORDS = {
    "two": "2",
    "three": "3",
    "five": "5",
    "seven": "7",
    "ten": "10",
    "twenty": "20",
    "thirty": "30",
}
_DEAL_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&'-]*)*\s+(?:deal|acquisition|merger|takeover|purchase|transaction|bid|offer)\b",
    re.I,
)
_BEFORE_MARKER = re.compile(r"([\w&'-]+)\s+(?:segment|division|unit|business|arm|brand)\b", re.I)


_HEAD = re.compile(r"^\s*((?:[\w-]+\s+){0,2}[\w-]+)\s+(?:of|for|from|paid\s+for)\s+\S", re.I)
LIKE_FOR_LIKE = re.compile(
    r"\b(?:like[-\s]for[-\s]like|organic|constant[-\s]currency|comparable[-\s]store|same[-\s]store)\b",
    re.I,
)
_LEVEL_WORDS = re.compile(
    r"\b(?:rate|ratio|margin|yield|stake|share|level|coverage|proportion|target)\b", re.I
)
_SHARE_WORDS = re.compile(r"\b(?:share|proportion|percentage|portion)\s+of\b|\bof\s+total\b", re.I)


_SESSION = re.compile(
    r"\b(?:at|by|after)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,2}(?:close|closing|open|opening|fix|fixing|"
    r"settlement|session|trading|time)\b"
)


def scope_of(attribute: str, entity: str) -> frozenset[str]:
    """The part of a company a fact's attribute names: the word before "segment" or "division"
    ("software segment revenue"), a region ("Europe sales"), a name other than the entity's
    own ("price paid for Kesterly Snacks")."""
    attribute = _SESSION.sub(" ", attribute)  # "price at Sydney close": when, not which part
    own = set(content_stems(entity))
    months = set(_MONTHS) | set(_MONTH_ABBR) | set(_WEEKDAYS) | {d[:3] for d in _WEEKDAYS}
    words: set[str] = set()
    for m in _BEFORE_MARKER.finditer(attribute):
        words |= set(content_stems(m.group(1)))  # "data-centre segment": data, centr
    for m in _NAME_WORD.finditer(attribute):
        w = m.group(1)
        if _DEAL_AFTER.match(attribute, m.end()):
            continue  # "cost savings from the Tessaly deal": which deal, not which part
        if set(w.lower().split("-")) & months or (
            m.start() == 0 and (w.lower() in STOP_WORDS or w[1:].islower())
        ):
            continue  # "Revenue in Europe": the first word is capitalised as a sentence's is
        words.add(stem(w))
    words |= set(content_stems(attribute)) & _REGIONS
    words |= tenors(attribute)
    return frozenset(w for w in words - own if w.startswith("tenor") or (
        w not in _NOT_SCOPE and not w.isdigit() and len(w) > 1))  # fmt: skip


def with_measure(about: About, reading: Reading) -> About:
    return replace(about, measure=reading)


def measure_label(m: Measure | None) -> str:
    return m.label if m is not None else "an unnamed measure"
