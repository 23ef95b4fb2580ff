"""Number words and numeral literals: their values and the rounding step they imply."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6,
    "m": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12,
    "trn": 1e12, "tn": 1e12, "t": 1e12,
}  # fmt: skip
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_SMALL_UNIT_ALT = "one|two|three|four|five|six|seven|eight|nine"
# "twenty-five", "seventy", "six", "two hundred"; digits are handled by DIGITS.
WORD_NUMBER = rf"(?:(?:{_TENS_ALT})(?:-(?:{_SMALL_UNIT_ALT}))?|{_UNIT_ALT})(?:\s+hundred)?"
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


def word_value(words: str) -> float | None:
    """Value of a number written in words ("twenty-five", "two hundred", "a")."""
    total = 0.0
    seen = False
    for part in re.split(r"[\s-]+", words.lower().strip()):
        if not part or part == "and":
            continue
        if part in ("a", "an"):
            total += 1
        elif part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        elif part == "hundred":
            total = (total or 1) * 100
        else:
            return None
        seen = True
    return total if seen else None


def literal_value(literal: str) -> float | None:
    """Value of a numeral ("1,000", "12.5") or number words; None if neither."""
    s = literal.strip()
    if not s:
        return None
    if s[0].isdigit() or s[0] == ".":
        try:
            return float(s.replace(",", ""))
        except ValueError:
            return None
    return word_value(s)


def literal_step(literal: str) -> float:
    """Rounding step implied by how a figure is written: "1.5" → 0.1, "1,000" → 1000."""
    s = literal.strip().replace(",", "")
    if not s or not (s[0].isdigit() or s[0] == "."):
        return 1.0
    if "." in s:
        decimals = len(s.split(".", 1)[1])
        return 10.0 ** (-decimals)
    digits = s.lstrip("0") or "0"
    trailing = len(digits) - len(digits.rstrip("0"))
    if digits == "0":
        return 1.0
    return 10.0**trailing
