"""Spans with digits that are not figures to check: addresses, times, versions, phone numbers,
list numbers, ordinals, names such as "Chapter 11" and "S&P 500"."""

from __future__ import annotations

import re

from .common import Quantity
from .dates import _DAY, _MONTH, MONTHS

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


def is_name_part(q: Quantity, norm: str) -> bool:
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


# Text that holds digits but must give no figure.
NOT_FIGURES: list[str] = [
    "https://example.com/2024/10", "at 10:30 a.m.", "version 1.2.3", "Chapter 11",
    "the S&P 500", "the 10-K", "call 555-123-4567", "the 3rd",
]  # fmt: skip
EXAMPLES: list[tuple[str, str, float, str]] = []
