"""Spans with digits that are not figures to check: addresses, times, versions, phone numbers,
list numbers, ordinals, names such as "Chapter 11" and "S&P 500"."""

from __future__ import annotations

import re

from ..numbers import WORD_NUMBER
from .common import Quantity, alt
from .dates import DAY, MONTH, MONTHS

# Words before "-<digits>" that make a figure of it ("mid-2020", "pre-1990", "sub-10 second"),
# unlike the letters of a code ("COVID-19", "DDG-125", "F-150", "G-20", "KR-21-04").
_FIGURE_PREFIXES = [
    "mid", "pre", "post", "sub", "late", "early", "non", "ex", "over", "under", "circa", "end",
    "year", "fiscal", "top", "plus", "minus", "about", "around", "nearly", "almost", "multi",
    "record", "low", "high", "near", "just", *MONTHS,
]  # fmt: skip
# Words before a number that make it a reference to part of a document or a name: "slide 10",
# "Slide seven", "page 4", "Exhibit 99.1"; and "the Group of 20" (capital G: "a group of 20" counts).
_REFERENCE_WORDS = ["slide", "slides", "page", "pages", "exhibit", "exhibits", "appendix",
                    "footnote", "schedule", "annex", "paragraph", "paragraphs", "clause", "clauses",
                    "section", "sections"]  # fmt: skip

SKIP_BEFORE_DATES = [
    # An address starts where its word starts ("(?<!\S)", possessive up to the first "@"):
    # "\S+@\S+" tried from every position of a long word is cubic.
    re.compile(r"https?://\S+|www\.\S+|(?<!\S)\S[^\s@]*+@\S+\.\w+"),
    re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)"),
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),
    # a time of day in four digits: "lifted off at 1805 local time (2305 GMT)", "at 0930 EST"
    re.compile(
        r"\b(?:[01]\d|2[0-3])[0-5]\d(?=(?:\s+(?:or|and|to)\s+(?:[01]\d|2[0-3])[0-5]\d)?\s*(?:local\s+time|hrs\b|"
        r"hours\s+(?:local|GMT)|(?:GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|UTC|JST|HKT|SGT)\b))"
    ),
    re.compile(r"\b\d+(?:\.\d++){2,}\b"),  # version numbers 1.2.3
    re.compile(
        r"(?<![\w-])[A-Za-z]++\d++\+"
    ),  # format names: "HDR10+", "Wi-Fi6+" (not "10+ titles")
    # aircraft models: "four 747-400 aircraft", "the Boeing 737", "Airbus A320neo", "the 747 fleet"
    re.compile(
        r"(?<![\w.,$-])7[0-8]7-\d{1,3}[A-Z]{0,3}\b|(?<=Boeing\s)7[0-8]7\b|\bA3[0-8]0(?:neo|-\d{3})?\b|"
        r"(?<![\w.,$-])7[0-8]7(?=\s+(?:fleet|jets?|jumbos?|jetliners?|airliners?|freighters?|aircraft|planes?)\b)"
    ),
    re.compile(
        r"(?:(?<![\w+])\+1[\s.-]?)?\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    ),  # phone numbers, "+1 713-555-0118"
    # international: "+65 6555 0142", "+1-412-555-0177", "+44 (0)20 7946 0958"
    re.compile(r"(?<![\w+])\+\d{1,3}(?:[\s.-]?\(\d{1,4}\))?(?:[\s.-]\d{2,4}){2,4}\b"),
    # Codes of letters and digits joined by hyphens: "COVID-19", "DDG-125", "F-150", "S-1",
    # "KR-21-04", "G-20", "Rule 13a-14" (from the word's start, possessive: linear).
    re.compile(
        rf"(?<![\w-])(?!(?i:{alt(_FIGURE_PREFIXES)})-)[A-Za-z][A-Za-z.]*+-\d[\w]*+(?:-[\w]++)*+"
    ),
    re.compile(
        r"(?<![\w-])(?!\d++(?:\.\d++)?+[xX]-\d++(?:\.\d++)?+[xX]\b)\d++[A-Za-z]++\d*+-\d[\w]*+(?:-[\w]++)*+"
    ),  # "13a-14", "a 10b5-1 plan"; not "2x-3x"
    re.compile(r"(?<![\w-])\d++-for-\d++\b"),  # "a 2-for-1 split", "went 4-for-4"
    # A processor's model: a letter and a digit, a hyphen, digits and letters ("i7-9700K").
    re.compile(r"(?<![\w-])[a-z]\d-\d++[A-Za-z]++\b"),
    # Contract, solicitation and case numbers: capitals glued to digits, then hyphenated parts
    # ("Contract No. HQ0034-20-D-0001", "Case 1:19-cv-01234"); docket entries "[130]".
    re.compile(r"(?<![\w-])[A-Z]{1,5}\d++(?:-[A-Za-z\d]++)++"),
    re.compile(r"(?<![\w\[])\[\d{1,4}\](?=\s+[A-Z])"),
    # Ranks, not counts: "the top 10", "top 5 stocks", "the 30 most popular stocks", "the 5 best".
    re.compile(r"(?i)\btop[\s-](?P<s>\d{1,3})\b"),
    re.compile(
        rf"(?i)\bthe\s+(?P<s>\d{{1,3}}|(?:{WORD_NUMBER})\b)\s+(?=(?:most|least|best|worst|biggest|largest|smallest|"
        r"highest|lowest|fastest|top)\b)"
    ),
    # Idioms and names with digits: "in 20/20 hindsight", "20/20 vision"; a chip maker's process
    # node ("7nm+", "1αnm"); a product line ("the 4000 line", "its 9000 series"); a spaced ordinal
    # ("the 3 rd -gen chips"); "1:1 video chat" (one-to-one, no ratio).
    re.compile(r"(?i)\b20/20(?=\s+(?:hindsight|vision)\b)"),
    re.compile(r"(?<![\w.])\d*[α-ω]?\d*\s?nm\+|(?<![\w.])\d+[α-ω]nm\b"),
    re.compile(r"(?i)(?<![\w.,$€£])(?P<s>\d{3,5})(?=\s+(?:line|series|family)\s+of\b|\s+line\b)"),
    re.compile(r"(?<![\w.])\d\s(?:st|nd|rd|th)\b"),
    re.compile(
        r"(?i)\b1:1\s+(?=(?:video|chat|meetings?|calls?|sessions?|support|coaching|mentoring|tutoring)\b)"
    ),
    # A quoted title: '"12 Days of Gifts"', "“3 Body Problem”".
    re.compile(
        r"(?<=[\"“])\d+\s+[A-Z][a-z]+(?:\s+(?:of|the|and|in|on|for|a|[A-Z][\w']*))*(?=[,.]?[\"”])"
    ),
    # Laws named by their year: "the Private Securities Litigation Reform Act of 1995".
    re.compile(
        r"\b(?:Act|Acts|Law|Code|Treaty|Accord|Convention)\s+of\s+(?P<s>(?:1[6-9]|20)\d{2})\b"
    ),
    # "for the second quarter in a row", "the third year running": how many periods in a row
    re.compile(
        r"(?i)\b(?P<s>(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
        r"\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(?:quarter|year|month|week|day|session)s?)"
        r"(?=\s+(?:in\s+a\s+row|running)\b)"
    ),
    # A wire story's notes on itself: "adds background in last two paragraphs".
    re.compile(rf"(?i)\b(?P<s>\d+|(?:{WORD_NUMBER}))\s+paragraphs?\b"),
    # Patent and document numbers with thousands separators: "Patent No. 9,876,543".
    re.compile(r"(?:\bNo\.|#)\s?\d{1,3}(?:,\d{3})++\b"),
    # Copyright lines: "©2019 Bloomberg L.P.", "(C) 2020 Benzinga.com", "Copyright 2018".
    re.compile(r"(?:©|\([Cc]\)|\bCopyright(?:\s+©)?)\s?\d{4}(?:\s?[-–]\s?\d{4})?"),
    # Screen and video resolutions: "a 1080p display", "4K games", "8K TVs".
    re.compile(r"(?<![\w.,$€£])(?:480|576|720|1080|1440|2160|4320)[pi]\b|(?<![\w.,$€£])[48]K\b"),
    # A digit glued to a capital X in a product's name: "the Honor 9X Pro", "the 9X".
    re.compile(r"\b[A-Z][A-Za-z]++\s(?P<s>\d{1,2}X)\b"),
    re.compile(r"(?<![\w.])\d{1,2}X(?=\s+[A-Z])"),
    # Enumerations inside a sentence: 'including: "1) ...; 2) ...'.
    re.compile(r"(?:(?<=[:;\"“])|(?<=[:;\"“]\s))\d{1,2}\)(?=\s)"),
]
SKIP_AFTER_DATES = [
    # Standard and section numbers of three or more parts: "ASC 310-10-35" (after ISO dates).
    re.compile(r"(?<![\w-])\d++(?:-\d++){2,}+(?![\w-])"),
    re.compile(rf"\bGroup\s+of\s+(?P<s>\d+|(?i:{WORD_NUMBER})\b)"),
    re.compile(rf"(?i)\b(?:{alt(_REFERENCE_WORDS)})\s+(?P<s>\d+(?:\.\d+)?+|(?:{WORD_NUMBER})\b)"),
    re.compile(r"(?:\bNo\.|#)\s?\d+\b"),
    re.compile(r"\b\d+(?:st|nd|rd|th)\b"),
    re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=\s)"),
    re.compile(rf"\b{MONTH}\s+{DAY}\b"),
    re.compile(rf"\b{DAY}\s+{MONTH}"),
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


# Names followed by a number that looks like a year: indexes and products.
_NAMES_OF_YEAR_LIKE = {"russell", "rtx", "gtx", "rx", "windows", "office", "server", "quadro"}


# After a number, words that make it a model's name: "the 7 Plus", "the 4000 H-series chips".
_MODEL_AFTER = re.compile(
    r"[\s-](?:Plus|Pro|Max|Mini|Ultra|Lite|XL|XS|(?:[A-Z]{1,2}-)?[Ss]eries)\b"
)
_BEFORE_MODEL = re.compile(r"\s+(?:and|or)\s+\d{1,4}" + _MODEL_AFTER.pattern)  # "the 7 and 7 Plus"
# Between a model's number and the next number of the same list: "iPhone 8 (or 7, or 6)",
# "the iPhone 8 and 8 Plus", "the 7 and 7 Plus, 6s and 6s plus".
_LISTED_AFTER_NAME = re.compile(r"(?:\s*[(,]\s*|\s+)(?:(?:or|and|nor)\s+)?")


def is_name_part(q: Quantity, norm: str, named_end: int = -1) -> bool:
    """A bare number that belongs to a name: "Chapter 11", "S&P 500", "410 Terry Avenue"; with
    `named_end` (where the last name's number ended), the next member of a list of models."""
    if q.kind != "number" or q.scale != 1.0 or "," in norm[q.core_start : q.core_end]:
        return False
    if norm[q.core_start] in "+-":
        return False  # "Change +0.5": a signed figure is no part of a name
    if _STREET.match(norm, q.end):
        return True
    if not q.is_year_like and (
        _MODEL_AFTER.match(norm, q.core_end) or _BEFORE_MODEL.match(norm, q.core_end)
    ):
        return True
    if 0 <= named_end < q.start and _LISTED_AFTER_NAME.fullmatch(norm, named_end, q.start):
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
    if low.endswith(("'s", "’s")):
        return False  # "Frazier's 105 mph foul ball", "Intel's 10 biggest": an owner, not a name
    if low in _NAMES_OF_YEAR_LIKE and q.is_year_like:
        return True  # "the Russell 2000", "an RTX 2060": names, not years
    if low in _FUNCTION_WORDS or low in MONTHS or q.is_year_like:
        return False
    # "iPhone 12", "eBay", "PlayStation 5": a capital inside the word is a product's name
    return word[0].isupper() or "&" in word or bool(re.search(r"[a-z][A-Z]", word))


# Text that holds digits but must give no figure.
NOT_FIGURES: list[str] = [
    "call +65 6555 0142", "or +1-412-555-0177 (international)", "the Russell 2000",
    "an RTX 2060 card",
    "https://example.com/2024/10", "at 10:30 a.m.", "version 1.2.3", "Chapter 11",
    "the S&P 500", "the 10-K", "call 555-123-4567", "the 3rd",
    "COVID-19", "Covid-19 cases", "the destroyer DDG-125", "the F-150 pickup", "a Boeing 737-800",
    "the 10-Q report", "its S-1 filing", "under Rule 13a-14", "a 10b5-1 trading plan", "supports HDR10+ content", "four 747-400 aircraft", "its Boeing 737 jets", "lifted off at 1805 local time", "(2305 GMT)", "about 2000 or 2100 EST", "under ASC 310-10-35",
    "on slide 10", "Slide seven shows", "on page 4", "U.S. Patent No. 9,876,543", "a Form 8-K",
    "drill hole KR-21-04", "the ID.4 crossover", "the iPhone 12", "Windows 10 users",
    "the PlayStation 5", "the Model 3 sedan", "the G-20 summit", "the Group of 20 nations",
    "4G/5G phones", "the 10-K filing", "Exhibit 99.1", "©2019 Bloomberg L.P.",
    "(C) 2020 Benzinga.com", "a 1080p display", "4K games", "the Honor 9X Pro",
    'including: "1) its growth; 2) its margins', "an iPhone 8 (or 7, or 6)",
    "the iPhone 8 and 8 Plus", "the 4000 H-series chips", "the 7 and 7 Plus",
    "Intel's i7-9700K chip", "in the top 10", "the top 5 stocks", "the 30 most popular stocks",
    "under Contract No. HQ0034-20-D-0001", "granting [130] Motion for", "adds a word to paragraph 10",
    "of the five largest U.S. banks", "under section 230 of the law",
    "the Private Securities Litigation Reform Act of 1995", "for the second quarter in a row",
    "the third straight year running", "adds background in last two paragraphs",
    "Media contact: Jordan Pike, +1 713-555-0118", "recognized in 20/20 hindsight",
    "the 7nm+ Ryzen chips", "a 1αnm ramp", "announced their 4000 line of mobile processors",
    "the 3 rd -gen EPYC", "with 1:1 video chat support", 'an app called "12 Days of Gifts," which',
]  # fmt: skip
EXAMPLES: list[tuple[str, str, float, str]] = []
