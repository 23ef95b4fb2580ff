"""Shares and multiples: "two-thirds", "half of", "one in five", "three times", "tripled",
"threefold", "2x". Multiples are kind ratio with unit "x" ("more than tripled" is 3 x, more_than;
"halved" is 0.5 x)."""

from __future__ import annotations

import re

from ..numbers import DIGITS, FRACTIONS, WORD_NUMBER, literal_step, literal_value
from .common import Quantity

FRACTION_RE = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|a|an)[\s-]"
    rf"(?P<d>{'|'.join(sorted(FRACTIONS, key=len, reverse=True))})\b(?P<of>\s+of\b)?",
    re.I,
)
# Fractions in digits before a unit, as wire and bond copy writes rates and prices: "10-7/8 pct",
# "a spread of 5/8 percentage point", "up 1-1/2 points", "9 3/4 dlrs". A unit is required: "3/4"
# alone may be a date or a score.
DIGIT_FRACTION_RE = re.compile(
    r"(?<![\w.,/-])(?:(?P<w>\d{1,4})(?:-|[ \t]))?(?P<n>\d{1,2})/(?P<d>2|4|8|16|32|64)(?![\w/])"
    r"(?:ths?)?(?:[ \t]*(?P<u>pct|percent|per[ \t]+cent|%|percentage[ \t]+points?|basis[ \t]+points?|points?|"
    r"dlrs?|dollars?|cts|cents)\b|[ \t-](?P<du>years?|months?|weeks?|days?)\b)?",
    re.I,
)
# Before a bare fraction, a price move or level: "down 1/8", "up 3/4 at", "to 11-1/2".
_MOVE_BEFORE = re.compile(r"(?i)\b(?:up|down|off|at|to|from|of|and|or)[ \t]+$")
_FRACTION_UNITS = {"pct": ("percent", "%"), "percent": ("percent", "%"), "%": ("percent", "%"),
                   "points": ("quantity", "points"), "point": ("quantity", "points"),
                   "dlr": ("money", "USD"), "dlrs": ("money", "USD"), "dollar": ("money", "USD"),
                   "dollars": ("money", "USD")}  # fmt: skip


def digit_fraction_from(m: re.Match[str], norm: str = "") -> Quantity | None:
    n, d = int(m.group("n")), int(m.group("d"))
    if not 0 < n < d:
        return None
    value = (int(m.group("w")) if m.group("w") else 0) + n / d
    if m.group("du"):  # "a 12-1/2 year bond"
        unit = m.group("du").lower().rstrip("s")
        return Quantity(m.start(), m.end(), "duration", round(value, 6), unit, step=value / 1000,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    if not m.group("u"):
        # "traded at 11-1/2", "down 1/8": a price in eighths; a bare "3/4" may be a date
        hyphened = m.group("w") and norm[m.end("w") : m.end("w") + 1] == "-"
        if not (hyphened or _MOVE_BEFORE.search(norm, max(0, m.start() - 6), m.start())):
            return None
        return Quantity(m.start(), m.end(), "number", round(value, 6), "", step=value / 1000,
                        core_start=m.start(), core_end=m.end())  # fmt: skip
    u = re.sub(r"\s+", " ", m.group("u").lower())
    if u.startswith("basis"):
        kind, unit = "percent", "bp"
    elif u.startswith("percentage"):
        kind, unit = "percent", "pp"
    elif u.startswith("per "):
        kind, unit = "percent", "%"
    elif u in ("cts", "cents"):
        kind, unit, value = "money", "USD", value / 100
    else:
        kind, unit = _FRACTION_UNITS[u]
    return Quantity(m.start(), m.end(), kind, round(value, 6), unit, step=value / 1000,
                    core_start=m.start(), core_end=m.end())  # fmt: skip


HALF_OF_RE = re.compile(
    r"(?<!first )(?<!second )(?<!1st )(?<!2nd )(?<!latter )(?<!later )(?<!upper )(?<!lower )"
    r"(?<!other )(?<!back )(?<!front )\b(?P<h>half)(?:\s+(?=of\b|the\b|its\b|their\b|all\b)"
    r"|(?:"
    + "|".join(
        f"(?<={w} half)"
        for w in ("about", "around", "roughly", "nearly", "almost", "than", "over", "under")
    )
    + r")(?=[\s.,;:)]|$)(?!\s+(?:an?|hour|day|year|point|percent)\b))",
    re.I,
)
# A qualifier word right before "a third", "a fifth": a share even without "of" ("about a fifth").
_SHARE_QUALIFIER_BEFORE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|more\s+than|less\s+than|over|under|some|"
    r"approximately|just\s+over|just\s+under|close\s+to)\s+$",
    re.I,
)
# "roughly twice that", "twice as many", "twice the size": a multiple; "twice a year", "twice
# weekly", "twice in a row" say how often.
TWICE_RE = re.compile(
    r"(?<![\w-])(?P<t>twice)(?=\s+(?:as|the|that|its|their|his|her|our|what|this|those|these|than)\b)"
    # "exceeded just twice this century", "twice this year": how often, not a multiple
    r"(?!\s+this\s+(?:century|decade|year|season|month|week|quarter)\b)",
    re.I,
)


def twice_from(m: re.Match[str]) -> Quantity:
    return Quantity(m.start(), m.end(), "ratio", 2.0, "x", step=0.1, core_start=m.start(),
                    core_end=m.end())  # fmt: skip


_PERIOD_PLURALS = {"quarters", "halves"}
_PERIOD_BEFORE = re.compile(r"(?i)\b(?:first|last|past|next|previous|final|coming|prior)\s+$")
_SHARE_OF_WHAT = re.compile(
    r"\s+(?:(?i:the|its|their|our|his|her|all|this|these|those|that|a|an|every|each)\b|[A-Z]|\d)"
)
_OF_A_PERCENT = re.compile(
    r"\s+of\s+(?:a|one)\s+(?:per\s?cent\b|percent\b|(?P<pp>percentage[\s-]points?\b))", re.I
)
# "one in five", "four out of five": the first number stands alone (not "0.1673 in 2022" or
# "41,250 in 2022": the end of a numeral), and "in" is not followed by a year.
ONE_IN_RE = re.compile(
    rf"(?<![\w.,])(?P<n>{WORD_NUMBER}|\d+)\s+(?P<in>in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<d>{WORD_NUMBER}|\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w,.]\d)\b",
    re.I,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
TIMES_RE = re.compile(
    rf"(?<![\w.,])(?P<n>{DIGITS}|\b(?:{WORD_NUMBER}))(?:\s+times\b(?=\s+(?:as|more|higher|larger|bigger|greater|faster|the|that|what|its|their|over|earnings|sales|revenue))|x\b)",
    re.I,
)


def fraction_from(m: re.Match[str], norm: str) -> Quantity | None:
    n_word, d_word = m.group("n").lower(), m.group("d").lower()
    if (
        n_word in ("a", "an", "one")
        and not m.group("of")
        and not (
            d_word != "quarter"
            and _SHARE_QUALIFIER_BEFORE.search(norm, max(0, m.start() - 24), m.start())
        )
    ):
        return None  # "a quarter" alone is a period of time; "about a fifth", "more than a third" are shares
    if d_word in _PERIOD_PLURALS and _PERIOD_BEFORE.search(norm, max(0, m.start() - 16), m.start()):
        return None  # "the first three quarters of 2021": a span of the year (durations)
    if (d_word in _PERIOD_PLURALS and norm[m.end("n")] != "-"
            and not (m.group("of") and _SHARE_OF_WHAT.match(norm, m.end()))):  # fmt: skip
        # "three quarters" of a game, "three quarters of stellar growth" are periods;
        # "three quarters of the board", "three-quarters" are shares
        return None
    num = literal_value(n_word) or 1.0
    value = round(num / FRACTIONS[d_word], 4)
    if value > 1:
        return None  # "the past five quarters" is a span of time (durations), not a share
    end = m.end("d")
    pm = _OF_A_PERCENT.match(norm, m.end("d"))
    if pm:  # "four-tenths of a percent", "a quarter of a percentage point"
        unit = "pp" if pm.group("pp") else "%"
        return Quantity(m.start(), pm.end(), "percent", value, unit, step=round(value * 0.1, 6),
                        core_start=m.start(), core_end=pm.end())  # fmt: skip
    # "two-thirds" is a round share: it stands for roughly ±5% of itself.
    return Quantity(m.start(), end, "ratio", value, "ratio", step=round(value * 0.1, 6),
                    core_start=m.start(), core_end=end)  # fmt: skip


def one_in_from(m: re.Match[str]) -> Quantity | None:
    if m.group("in").lower() == "in" and _YEAR.fullmatch(m.group("d")):
        return None  # "54 in 2017": a figure and its year
    n, d = literal_value(m.group("n")), literal_value(m.group("d").replace(",", ""))
    if not n or not d or d <= n:
        return None
    return Quantity(m.start(), m.end(), "ratio", round(n / d, 4), "ratio", step=round(n / d * 0.1, 6),
                    core_start=m.start(), core_end=m.end())  # fmt: skip


def times_from(m: re.Match[str], norm: str = "") -> Quantity | None:
    n = literal_value(m.group("n"))
    if not n or n <= 1:
        return None
    if m.group(0)[-1] in "xX" and _is_name_around_x(norm, m.start(), m.end()):
        return None  # "Honor 9X Pro", "Windows 10X", "Ryzen 9 3900X": names, not multiples
    end = m.end()
    return Quantity(m.start(), end, "ratio", n, MULTIPLE_UNIT, step=literal_step(m.group("n")),
                    core_start=m.start(), core_end=end)  # fmt: skip


def _is_name_around_x(norm: str, start: int, end: int) -> bool:
    """ "Honor 9X Pro", "Windows 10X", "Ryzen 9 3900X": a capitalised word (not the first of a
    sentence) or a bare number right before the "9X", or a capitalised word right after it."""
    before = norm[max(0, start - 24) : start].rstrip()
    words = before.split()
    word = words[-1] if words else ""
    if word.isdigit():
        return True
    if word[:1].isupper() and word.isalpha() and len(words) > 1 and words[-2][-1] not in ".!?":
        return True
    after = norm[end : end + 2].lstrip()
    return after[:1].isupper()


# --------------------------------------------------------------------------- multiples in words

MULTIPLE_UNIT = "x"
# Verbs and adjectives of a multiple, by stem: "doubled", "doubling", "tripled", "halved".
MULTIPLE_STEMS: dict[str, float] = {
    "doubl": 2,
    "tripl": 3,
    "quadrupl": 4,
    "quintupl": 5,
    "sextupl": 6,
    "halv": 0.5,
}
# "-fold" multiples: "threefold", "three-fold", "5-fold", "more than fivefold".
_FOLD_NUMBERS = rf"{WORD_NUMBER}|\d+(?:\.\d+)?"
MULTIPLE_RE = re.compile(
    rf"(?<![\w-])(?P<core>(?P<stem>{'|'.join(MULTIPLE_STEMS)})(?P<form>ed|es|ing|e)"
    rf"|(?P<fold>{_FOLD_NUMBERS})-?fold)(?![\w-])(?P<after>\s+\w+)?",
    re.I,
)
# "double"/"triple" as adjectives are multiples only before what they multiply ("double the
# performance", "triple its own forecast") or after a verb that makes them one ("can double",
# "nearly double", "expects to double"); "double duty", "triple whammy" are idioms.
_BARE_FORM_AFTER = {"the", "that", "its", "their", "his", "her", "our", "what", "those", "this",
                    "to", "by", "in", "from", "over", "since", "within", "again", "last", "a"}  # fmt: skip
_BARE_FORM_BEFORE = re.compile(
    r"(?:\b(?:can|could|will|would|may|might|should|must|to|nearly|almost|more\s+than|"
    r"roughly|about|around|than|least|expected|likely|set|poised)\s+)$",
    re.I,
)
_NOT_MULTIPLE_AFTER = {"down", "up", "as", "digit", "digits", "check", "click", "tap", "dip", "whammy",
                       "duty", "standard", "taxation", "agent", "play", "crown", "threat"}  # fmt: skip


def multiple_from(m: re.Match[str], norm: str) -> Quantity | None:
    """ "doubled" → 2 x, "more than halved" → 0.5 x, "three-fold" → 3 x."""
    after = (m.group("after") or "").strip().lower()
    if after in _NOT_MULTIPLE_AFTER:
        return None  # "doubling down", "double-digit" (the hyphen stops the match already)
    if m.group("fold"):
        value = literal_value(m.group("fold"))
        if value is None or value < 2:
            return None
        step = literal_step(m.group("fold"))
    else:
        stem, form = m.group("stem").lower(), m.group("form").lower()
        value, step = MULTIPLE_STEMS[stem], 1.0
        before = norm[max(0, m.start() - 24) : m.start()]
        in_context = after in _BARE_FORM_AFTER or bool(_BARE_FORM_BEFORE.search(before))
        if form == "e" and not in_context:
            return None  # "a double room", "Triple Crown": not a multiple
        if stem == "halv" and form == "es" and not in_context:
            return None  # "the two halves": parts, not a change
    end = m.end("core")
    return Quantity(m.start(), end, "ratio", value, MULTIPLE_UNIT, step=step * 0.1 if value < 1 else step,
                    core_start=m.start(), core_end=end)  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("twelve point five percent", "percent", 12.5, "%"),
    ("two point three one billion dollars", "money", 2.31e9, "USD"),
    ("about a hundred and forty million dollars", "money", 1.4e8, "USD"),
    ("around two thousand one hundred dollars", "money", 2100, "USD"),
    ("two-thirds of the staff", "ratio", 0.6667, "ratio"), ("one in five adults", "ratio", 0.2, "ratio"),
    ("three times as many", "ratio", 3, "x"), ("roughly twice that", "ratio", 2, "x"), ("roughly half.", "ratio", 0.5, "ratio"),
    ("about a fifth", "ratio", 0.2, "ratio"), ("more than a third", "ratio", 0.3333, "ratio"), ("four out of five adults", "ratio", 0.8, "ratio"),
    ("one in 2,000 patients", "ratio", 0.0005, "ratio"), ("three quarters of the board", "ratio", 0.75, "ratio"),
    ("three-quarters", "ratio", 0.75, "ratio"), ("about half of the firms", "ratio", 0.5, "ratio"),
    ("profit doubled", "ratio", 2, "x"), ("more than tripled", "ratio", 3, "x"),
    ("costs halved", "ratio", 0.5, "x"), ("the stock quadrupled", "ratio", 4, "x"),
    ("rose three-fold", "ratio", 3, "x"), ("a threefold rise", "ratio", 3, "x"),
    ("almost five-fold", "ratio", 5, "x"), ("can double by 2022", "ratio", 2, "x"),
    ("nearly double its forecast", "ratio", 2, "x"), ("triple the number", "ratio", 3, "x"),
    ("doubling the number of units", "ratio", 2, "x"), ("2x optical zoom", "ratio", 2, "x"),
    ("about five times as many", "ratio", 5, "x"),
]  # fmt: skip
NOT_FIGURES: list[str] = [
    "we are doubling down", "a triple whammy",
    "pulls double duty", "a double room", "the Triple Crown", "double-digit",
    "has been exceeded just twice this century",
]  # fmt: skip
QUALIFIED: list[tuple[str, str]] = [
    ("more than tripled", "more_than"), ("nearly double the deficit", "nearly"),
    ("more than halved", "more_than"), ("almost five-fold", "nearly"),
]  # fmt: skip
