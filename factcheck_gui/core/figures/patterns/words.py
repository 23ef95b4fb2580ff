"""Numbers in words: counts before what they count ("six plants", "three of its executives"),
vague and grouped numbers ("a dozen", "tens of thousands of", "a few thousand dollars") and
percentages in words ("around six percent", "seven basis points").

A number in words with no unit of its own is a `number` with `in_words`: `claims` makes it a
count only when a plural noun follows ("two Labo kits", "tens of thousands of computers").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import WORD_LIKE_NAMES, currency_name_at
from ..numbers import SCALES, WORD_NUMBER, literal_value
from .amounts import FIGURE_RE, figure_from
from .common import Quantity
from .qualifiers import with_qualifier

WORD_COUNT_RE = re.compile(
    rf"(?<![\w-])(?P<num>{WORD_NUMBER})(?![\w-])(?=\s+(?:of\s+)?[a-z]|,\s+(?:{WORD_NUMBER})\b)",
    re.I,
)

# Words before "one" that make it a count ("only one school", "at least one manufacturer"):
# elsewhere "one" is a pronoun or an idiom ("one of the", "one day").
ONE_COUNTS_AFTER = ("only", "just", "exactly", "at least", "at most", "no more than", "not",
                    "merely", "than")  # fmt: skip

# Words before a number in words that make it a name or a label: "Slide four", "category three".
NAME_BEFORE_WORDS = {"slide", "slides", "page", "chapter", "category", "phase", "stage", "round",
                     "level", "tier", "item", "section", "class", "grade", "number", "no",
                     "article", "rule", "step", "part", "appendix", "exhibit", "figure", "table",
                     "version", "series", "gen", "season", "episode",
                     "top", "bottom"}  # fmt: skip  # "the top five nations": a rank
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def is_label(norm: str, at: int) -> bool:
    """ "Slide four shows", "a category four hurricane", "the top five": a number in words that
    names or ranks a thing rather than counting it."""
    wm = _WORD_BEFORE.search(norm[max(0, at - 16) : at])
    return wm is not None and wm.group(1).lower() in NAME_BEFORE_WORDS


# --------------------------------------------------------------------------- vague numbers

# Grouped numbers: (words, value, step, qualifier). "tens of thousands" stands for 10,000 and
# more (the keys take 10,000 with 20,000 and 30,000 as alternatives), so it is approximate with a
# step as wide as its value; "a pair of" is exactly two.
GROUPS: list[tuple[str, float, float, str]] = [
    ("tens of thousands", 1e4, 1e4, "approx"), ("hundreds of thousands", 1e5, 1e5, "approx"),
    ("tens of millions", 1e7, 1e7, "approx"), ("hundreds of millions", 1e8, 1e8, "approx"),
    ("tens of billions", 1e10, 1e10, "approx"), ("hundreds of billions", 1e11, 1e11, "approx"),
    ("dozens", 12, 12, "approx"), ("scores", 20, 20, "approx"), ("hundreds", 100, 100, "approx"),
    ("thousands", 1e3, 1e3, "approx"), ("millions", 1e6, 1e6, "approx"),
    ("billions", 1e9, 1e9, "approx"), ("trillions", 1e12, 1e12, "approx"),
    ("a couple", 2, 1, "approx"), ("couple", 2, 1, "approx"), ("a pair", 2, 1, "exact"),
    # "a few analysts", "a select few money managers", "a handful of creators": the keys take
    # "a few" as about 3 and "a handful" as about 5 (a count once `claims` finds the noun)
    ("a few", 3, 1, "approx"), ("a select few", 3, 1, "approx"), ("a handful", 5, 2, "approx"),
]  # fmt: skip
# The single plurals ("hundreds", "a couple") are figures only before "of": "hundreds of jobs",
# not "the thousands place"; the compound ones stand alone ("in the tens of thousands").
_NEEDS_OF = {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions",
             "a couple", "couple", "a pair", "a handful"}  # fmt: skip
# "a few" and "a select few" come right before their noun: "a few of the best deals" (one among
# many) is no count, and "several" (never a figure of the keys) is no group at all.
_BEFORE_NOUN = {"a few", "a select few"}
# a group of some of a counted whole: "a handful of its 31 freighters", "thousands of the 40,000"
_NUMBER_SOON = re.compile(
    r"\s*(?:(?:its|the|their|our|his|her|those|these)\s+)?(?:[a-z-]+\s+){0,2}?\$?\d", re.I
)
# A vague number of units of time is a figure only when it says how long ago or how long at
# least ("a few years earlier", "at least a few more weeks"), as for "a year"; "for a few years
# now", "just a few hours" are no figure to check.
_TIME_UNIT_AFTER = re.compile(
    r"\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|decades?)\b",
    re.I,
)
_TIME_ANCHOR_AFTER = re.compile(r"\s*(?:ago|earlier|later|before|after)\b", re.I)
_TIME_BOUND_BEFORE = re.compile(
    r"\b(?:at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|within|in\s+under|over)\s+$",
    re.I,
)
# Vague leads that multiply a scale word: "a few thousand dollars" ≈ 3,000, "several hundred"
# ≈ 300, "a couple hundred" ≈ 200. "a few" and "several" alone are not figures ("a few cities").
LEADS: dict[str, float] = {"a few": 3, "several": 3, "a couple": 2, "a couple of": 2}
_SCALE_NAMES = ("hundred", "thousand", "million", "billion", "trillion")


def _alt(words: list[str]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


_GROUP_OF = {w: (v, s, q) for w, v, s, q in GROUPS}
VAGUE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<lead>{_alt(list(LEADS))})\s+)?"
    rf"(?:(?P<group>{_alt(list(_GROUP_OF))})|(?P<scale>{_alt(list(_SCALE_NAMES))})"
    rf"|(?:(?P<dn>{WORD_NUMBER}|an?|half\s+a|\d+)[\s-])?(?P<dozen>dozen))"
    rf"(?![\w-])(?P<of>\s+of\b)?",
    re.I,
)

# Units after a number in words: percent words, and currency words read by the money patterns
# (probed with "1 " + the words, so that every currency name they know is known here), plus slang.
_PERCENT_AFTER = re.compile(
    r"[\s-](?P<u>per\s?cent|percent|pct[\s-]points?|pct|percentage[\s-]points?|basis[\s-]points?)\b",
    re.I,
)
_SLANG_MONEY = re.compile(r"\s+(?P<u>bucks)\b", re.I)
_SLANG_CODES = {"bucks": "USD"}
_PROBE_REACH = 40  # characters after the number that a currency name may take


def unit_after(norm: str, at: int) -> tuple[str, str, float, int] | None:
    """(kind, unit, factor, end) of a unit word right after `at`: "percent", "basis points",
    "dollars", "euros", "rupees", "bucks"; None when none follows."""
    pm = _PERCENT_AFTER.match(norm, at)
    if pm:
        u = pm.group("u").lower()
        unit = "bp" if u.startswith("basis") else "pp" if "point" in u else "%"
        return "percent", unit, 1.0, pm.end()
    sm = _SLANG_MONEY.match(norm, at)
    if sm:
        return "money", _SLANG_CODES[sm.group("u").lower()], 1.0, sm.end()
    if not norm[at : at + 1].isspace():
        return None
    named = currency_name_at(norm, at) if norm[at] == " " else None
    if named and (named[1].lower() not in WORD_LIKE_NAMES):  # "five dollars", "billions of rupees"
        return "money", named[0], 1.0, named[2]
    probe = "1" + norm[at : at + _PROBE_REACH]  # "five cents": the subunits of the money patterns
    m = FIGURE_RE.match(probe)
    if m is None or not (m.group("suf") or m.group("sub")) or m.group("scale") or m.group("num2"):
        return None
    q = figure_from(m, probe)
    if q is None or q.kind != "money":
        return None
    return "money", q.unit, q.value, at + m.end() - 1


def vague_from(m: re.Match[str], norm: str) -> Quantity | None:
    """ "a dozen", "nearly two dozen", "tens of thousands of", "a few thousand dollars"."""
    lead = (m.group("lead") or "").lower()
    lead = " ".join(lead.split())
    qualifier = "exact"
    if m.group("group"):
        word = " ".join(m.group("group").lower().split())
        if word in _NEEDS_OF and not m.group("of") and not lead:
            return None
        if word in _BEFORE_NOUN and (m.group("of") or lead or not _vague_time_ok(m, norm)):
            return None
        if m.group("of") and _NUMBER_SOON.match(norm, m.end()):
            return None  # "a handful of its 31 freighters": the figure is the 31
        value, step, qualifier = _GROUP_OF[word]
        if lead:
            qualifier = "approx"  # "several tens of thousands": still tens of thousands
    elif m.group("scale"):
        if not lead:
            return None  # "hundred" alone is read with its number by the other patterns
        value = LEADS[lead] * SCALES[m.group("scale").lower()]
        step, qualifier = value, "approx"
    else:
        dn = (m.group("dn") or "").lower()
        if not dn and not lead:
            return None  # "dozen" alone: "a baker's dozen", "dozen-strong"
        n = 0.5 if dn.startswith("half") else literal_value(dn) if dn else LEADS[lead]
        if n is None:
            return None
        value, step = n * 12, 12.0
        if lead:
            qualifier = "approx"
    core_end = m.end() - len(m.group("of") or "")
    unit = unit_after(norm, core_end)
    if unit is None and m.group("of"):
        unit = unit_after(norm, m.end())  # "thousands of dollars", "billions of ringgit"
    if unit is not None:
        kind, code, factor, end = unit
        q = Quantity(m.start(), end, kind, value * factor, code, step=step * factor,
                     core_start=m.start(), core_end=end)  # fmt: skip
    else:
        q = Quantity(m.start(), core_end, "number", value, "", step=step, core_start=m.start(),
                     core_end=core_end, in_words=True)  # fmt: skip
    return _qualified(q, qualifier, norm)


def _vague_time_ok(m: re.Match[str], norm: str) -> bool:
    """ "a few laptop launches": no time unit follows; "a few years earlier", "at least a few
    more weeks": a span of time that says how long ago or at least how long."""
    tm = _TIME_UNIT_AFTER.match(norm, m.end())
    if tm is None:
        return True
    anchored = _TIME_ANCHOR_AFTER.match(norm, tm.end()) is not None
    return (
        anchored or _TIME_BOUND_BEFORE.search(norm[max(0, m.start() - 16) : m.start()]) is not None
    )


def _qualified(q: Quantity, vague: str, norm: str) -> Quantity:
    """The qualifier written before a vague number wins ("more than a few percentage points");
    without one, the number's own vagueness ("a few" is approximate)."""
    q = with_qualifier(q, norm)
    return replace(q, qualifier=vague) if q.qualifier == "exact" else q


# "a few percentage points", "several basis points": a vague lead right before a percent word.
LEAD_UNIT_RE = re.compile(
    rf"(?<![\w-])(?P<lead>{_alt(list(LEADS))})(?=[\s-]+(?:per\s?cent|percent|pct|percentage|basis))",
    re.I,
)


def lead_unit_from(m: re.Match[str], norm: str) -> Quantity | None:
    unit = unit_after(norm, m.end())
    if unit is None or unit[0] != "percent":
        return None
    lead = " ".join(m.group("lead").lower().split())
    _, code, _, end = unit
    q = Quantity(m.start(), end, "percent", LEADS[lead], code, step=1.0, core_start=m.start(),
                 core_end=end)  # fmt: skip
    return _qualified(q, "approx", norm)


# "double-digit growth" is at least 10%, "triple-digit gains" at least 100%: digits counted in
# words, a percentage when a change or a percent word follows.
DIGIT_COUNTS: dict[str, float] = {"double": 10, "triple": 100}
DIGIT_COUNT_RE = re.compile(
    rf"(?<![\w-])(?P<w>{'|'.join(DIGIT_COUNTS)})[\s-]digits?(?![\w-])"
    r"(?=\s+(?:[A-Za-z]+\s+)?(?:growth|gains?|increases?|rises?|declines?|drops?|falls?|"
    r"percent|percentage|returns?|EPS|earnings|revenue|sales|jumps?|surges?|rates?|inflation)\b)",
    re.I,
)


# "beat the market by double digits", "grew by triple digits": a margin of at least 10% (100%).
DIGIT_COUNT_BY_RE = re.compile(
    rf"(?<![\w-])by\s+(?P<w>{'|'.join(DIGIT_COUNTS)})[\s-]digits(?![\w-])", re.I
)


def digit_count_from(m: re.Match[str]) -> Quantity:
    value = DIGIT_COUNTS[m.group("w").lower()]
    start = m.start("w")
    return Quantity(start, m.end(), "percent", value, "%", "at_least", step=1.0,
                    core_start=start, core_end=m.end())  # fmt: skip


# "high single digits", "low-to-mid single digits": a growth rate said the way calls say it.
SINGLE_DIGITS: dict[str, tuple[float, float, float]] = {
    "low": (2, 1, 3), "mid": (5, 4, 6), "high": (8, 7, 9), "upper": (8, 7, 9),
    "low-to-mid": (3, 1, 6), "mid-to-high": (6, 4, 9), "low to mid": (3, 1, 6), "mid to high": (6, 4, 9),
}  # fmt: skip
_SINGLE_DIGITS_WORDS = "|".join(
    w.replace("-", "[\\s-]").replace(" ", "[\\s-]")
    for w in sorted(SINGLE_DIGITS, key=len, reverse=True)
)
SINGLE_DIGITS_RE = re.compile(
    rf"(?<![\w-])(?P<w>{_SINGLE_DIGITS_WORDS})[\s-](?:single[\s-]digits?|(?P<teens>teens))(?![\w-])",
    re.I,
)


def single_digits_from(m: re.Match[str]) -> Quantity:
    """ "high single digits" ≈ 8%; "the mid-teens" ≈ 15% (the same words, ten higher)."""
    word = " ".join(m.group("w").lower().replace("-", " ").split())
    value, low, high = SINGLE_DIGITS.get(word) or SINGLE_DIGITS[word.replace(" ", "-")]
    if m.group("teens"):
        value, low, high = value + 10, low + 10, high + 10
    return Quantity(m.start(), m.end(), "percent", value, "%", "approx", step=(high - low) / 2,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


# "a quarter point", "a quarter-percentage-point cut", "another half point", "half a percentage
# point": a share of one percentage point.
QUARTER_POINT_RE = re.compile(
    r"(?<![\w-])(?P<f>a[\s-]quarter|three[\s-]quarters\s+of\s+a|(?:(?<=another\s)|(?<=a\s))half|"
    r"half\s+a)[\s-](?:percentage[\s-])?point(?![\w-])",
    re.I,
)


def quarter_point_from(m: re.Match[str]) -> Quantity:
    f = m.group("f").lower()
    value = 0.75 if f.startswith("three") else 0.5 if "half" in f else 0.25
    return Quantity(m.start(), m.end(), "percent", value, "pp", step=0.01,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


# "a grand more", "five grand apiece": thousands of dollars in slang, only where money is meant.
GRAND_RE = re.compile(
    rf"(?<![\w-])(?P<n>{WORD_NUMBER}|an?|\d{{1,3}})\s+grand(?=\s+(?:more|less|cheaper|off|"
    r"apiece|each|extra|a\s+(?:month|year|week|pop)|per\b|in\s+(?:cash|savings|fees)))",
    re.I,
)


def grand_from(m: re.Match[str]) -> Quantity | None:
    value = literal_value(m.group("n"))
    if value is None:
        return None
    return Quantity(m.start(), m.end(), "money", value * 1000, "USD", step=1000.0,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


# --------------------------------------------------------------------------- scale-dollar

# "a billion-dollar bet", "Trillion-dollar price tags", "a multibillion-dollar deal": about one
# of the scale (a "multi-" one at least two), in dollars.
SCALE_DOLLAR_RE = re.compile(
    r"(?<![\w$-])(?P<multi>multi-?)?(?P<s>million|billion|trillion)-dollar(?![\w-])", re.I
)


def scale_dollar_from(m: re.Match[str]) -> Quantity:
    scale = SCALES[m.group("s").lower()]
    if m.group("multi"):
        return Quantity(m.start(), m.end(), "money", 2 * scale, "USD", "at_least", step=scale,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    return Quantity(m.start(), m.end(), "money", scale, "USD", "approx", step=scale,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


# --------------------------------------------------------------------------- spoken prices

# Prices said aloud, as transcripts write them: "a dollar forty-two", "five dollars and sixty
# cents", "a nickel". The cents are 1-99 in words and never a count of something after them
# ("a dollar two years ago" is not $1.02).
_CENTS_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
)
SPOKEN_PRICE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<d>{WORD_NUMBER}|a|one)\s+dollars?\s+(?:and\s+)?(?P<c>{_CENTS_WORD})(?![\w-])"
    r"(?:\s+(?P<ct>cents?)\b|(?!\s+(?:(?:more|fewer|less|other|of|or|and|to)\b|[a-z]+s\b|[a-z]+(?<!per)\s+"
    r"(?:ago|later|earlier)\b|(?:years?|months?|weeks?|days?|hours?|minutes?|times?|percent|"
    r"quarters?|people|million|billion|thousand|hundred)\b)))"
    r"|(?<!\bnot\s)(?<!\bnor\s)(?P<coin>\ba\s+(?:nickel|dime|penny))\b(?![\s-]+and[\s-]+dime))",
    re.I,
)
_COINS = {"nickel": 0.05, "dime": 0.10, "penny": 0.01}


def spoken_price_from(m: re.Match[str]) -> Quantity | None:
    if m.group("coin"):
        value = _COINS[m.group("coin").split()[-1].lower()]
        return Quantity(m.start(), m.end(), "money", value, "USD", step=0.01,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    dollars = literal_value(m.group("d"))
    cents = literal_value(m.group("c"))
    if dollars is None or cents is None or not 1 <= cents <= 99:
        return None
    return Quantity(m.start(), m.end(), "money", dollars + cents / 100, "USD", step=0.01,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


# --------------------------------------------------------------------------- zero as a level

# "cut rates to zero", "yields could fall below zero", "near-zero interest rates": zero is a
# level, read with the qualifier its words give and the unit its sentence measures in (rates and
# yields in percent, temperatures in degrees, prices in dollars); "zero-bezel", "net-zero
# emissions", "Zero Emission" name things and are no level.
ZERO_LEADS: dict[str, str] = {
    "below": "less_than", "under": "less_than", "sub": "less_than", "above": "more_than",
    "near": "nearly", "close to": "nearly", "around": "approx", "about": "approx",
    "at": "exact", "to": "exact", "toward": "exact", "towards": "exact", "from": "exact",
}  # fmt: skip
ZERO_LEVEL_RE = re.compile(
    rf"(?<![\w-])(?P<lead>{_alt(list(ZERO_LEADS))})[\s-]+zero(?![\w-]|-(?:bezel|emission|sum|tolerance|day|coupon)\b)"
    r"|(?<![\w-])(?P<bare>zero)(?=\s+(?:(?:interest|policy|borrowing)\s+)?rates?\b)",
    re.I,
)
# Words of the sentence that say what the level measures, tried in this order.
ZERO_CONTEXTS: list[tuple[str, str, re.Pattern[str]]] = [
    ("percent", "%", re.compile(
        r"\b(?:rates?|yields?|interest|inflation|target|treasur(?:y|ies)|bunds?|gilts?|percent|"
        r"bonds?|borrowing\s+costs?|growth|GDP|Fed|central\s+banks?|policy|monetary|easing|"
        r"basis[\s-]points?)\b|%", re.I)),
    ("quantity", "degrees", re.compile(
        r"\b(?:temperatures?|degrees?|fahrenheit|celsius|freezing|frigid|wind\s+chill)\b", re.I)),
    ("money", "USD", re.compile(r"\b(?:prices?|oil|crude|futures|barrels?|WTI)\b|\$", re.I)),
]  # fmt: skip


def zero_level_from(m: re.Match[str], norm: str) -> Quantity | None:
    if m.group("bare"):
        kind, unit, qualifier = "percent", "%", "exact"  # "zero interest rates"
    else:
        cut = max(norm.rfind(". ", 0, m.start()), norm.rfind("; ", 0, m.start()))
        stop = [i for i in (norm.find(". ", m.end()), norm.find("; ", m.end())) if i >= 0]
        sentence = norm[max(cut + 1, m.start() - 160) : min(stop + [m.end() + 80])]
        reading = next(((k, u) for k, u, pat in ZERO_CONTEXTS if pat.search(sentence)), None)
        if reading is None:
            return None  # "the count fell to zero": what the level measures is not said
        kind, unit = reading
        qualifier = ZERO_LEADS[" ".join(m.group("lead").lower().split())]
    return Quantity(m.start(), m.end(), kind, 0.0, unit, qualifier, step=0.25,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


# --------------------------------------------------------------------------- amounts in words

# "around six percent", "one-and-a-half percent", "seven basis points", "five dollars": a number
# in words with a unit word after it (numbers with a scale word, "four billion euros", are read
# by the money patterns).
WORD_AMOUNT_RE = re.compile(
    rf"(?<![\w-])(?P<num>{WORD_NUMBER}|an?(?=\s+(?:percentage|basis)\b)|half\s+a)(?![\w-])", re.I
)


def word_amount_from(m: re.Match[str], norm: str) -> Quantity | None:
    unit = unit_after(norm, m.end())
    if unit is None:
        return None
    num = m.group("num").lower()
    value = 0.5 if num.startswith("half") else literal_value(num)
    kind, code, factor, end = unit
    if value is None or num in ("a", "an") and code not in ("pp", "bp"):
        return None  # "a dollar store", "as a percent of"; but "a percentage point" is one
    return Quantity(m.start(), end, kind, value * factor, code, step=factor,
                    core_start=m.start(), core_end=end)  # fmt: skip


# --------------------------------------------------------------------------- values

# (text, kind, value, unit) as find_quantities reads them; counts need the tagger (claims' tests).
EXAMPLES: list[tuple[str, str, float, str]] = [
    ("a dozen", "number", 12, ""), ("nearly two dozen", "number", 24, ""),
    ("EPS of a dollar forty-two", "money", 1.42, "USD"), ("five dollars and sixty cents", "money", 5.6, "USD"),
    ("up a nickel", "money", 0.05, "USD"), ("a billion-dollar bet", "money", 1e9, "USD"),
    ("grew in the high single digits", "percent", 8, "%"), ("margins in the mid-teens", "percent", 15, "%"), ("up low-to-mid single digits", "percent", 3, "%"),
    ("a quarter point", "percent", 0.25, "pp"), ("another half point", "percent", 0.5, "pp"),
    ("half a percentage point", "percent", 0.5, "pp"), ("a quarter-percentage-point cut", "percent", 0.25, "pp"),
    ("half a dozen", "number", 6, ""), ("tens of thousands of computers", "number", 1e4, ""),
    ("several tens of thousands", "number", 1e4, ""), ("scores of startups", "number", 20, ""),
    ("hundreds of jobs", "number", 100, ""), ("a couple of analysts", "number", 2, ""),
    ("a pair of controllers", "number", 2, ""),
    ("a few thousand dollars", "money", 3000, "USD"), ("a few hundred bucks", "money", 300, "USD"),
    ("thousands of dollars", "money", 1000, "USD"), ("billions of rupees", "money", 1e9, "INR"),
    ("a few percentage points", "percent", 3, "pp"),
    ("four hundred and twelve million dollars", "money", 412e6, "USD"),
    ("around six percent", "percent", 6, "%"), ("one-and-a-half percent", "percent", 1.5, "%"),
    ("two basis points", "percent", 2, "bp"), ("seven basis points", "percent", 7, "bp"),
    ("twenty-five percentage points", "percent", 25, "pp"), ("five dollars", "money", 5, "USD"),
    ("ten euros", "money", 10, "EUR"), ("the past couple of years", "duration", 2, "year"),
    ("double-digit growth", "percent", 10, "%"), ("triple-digit gains", "percent", 100, "%"),
    ("beat the market by double digits annually", "percent", 10, "%"),
    ("costs a grand more", "money", 1000, "USD"), ("five grand apiece", "money", 5000, "USD"),
    ("a few analysts", "number", 3, ""), ("a handful of creators", "number", 5, ""),
    ("a select few money managers", "number", 3, ""),
    ("rates fell below zero", "percent", 0, "%"), ("near-zero interest rates", "percent", 0, "%"),
    ("temperatures near zero", "quantity", 0, "degrees"), ("oil prices fell below zero", "money", 0, "USD"),
]  # fmt: skip
NOT_FIGURES: list[str] = [
    "a few of the best deals", "several factors", "just a few hours", "a dozen-strong",
    "a zero-bezel TV", "net-zero emissions", "cases fell to zero",
    "the thousands place", "a dollar store", "a grand jury", "the Grand Canyon",
    "a double-digit lead", "a young couple", "as a percent of sales", "Slide four shows",
    "that “not a dime” had gone", "nickel-and-dime fees", "At one point he left",
]  # fmt: skip
QUALIFIED: list[tuple[str, str]] = [
    ("nearly two dozen models", "nearly"), ("tens of thousands of computers", "approx"),
    ("a few thousand dollars", "approx"), ("a pair of shoes", "exact"),
    ("more than a few percentage points", "more_than"), ("around six percent", "approx"),
    ("a handful of creators", "approx"), ("yields below zero", "less_than"),
    ("rates near zero", "nearly"), ("yields around zero", "approx"), ("rates cut to zero", "exact"),
]  # fmt: skip
