"""Number words and numeral literals: their values and the rounding step they imply.

Number words are read with the tables below, not a library. Measured on the corpus's phrases
(issue 12): text2num 3.1 (fast, Rust) reads "four hundred and twelve million" but turns "tens of
thousands" into "10 of 1000", leaves "one trillion rupees" and "one-and-a-half" as words and gives
no offsets; word2number 1.1 (2017, unkept) reads only a whole string and sums what it finds ("four
out of five" → 9); number-parser 0.3 reads "once" as 11 and takes ~2.8 ms a phrase. None knows
the vague numbers of news copy ("a dozen", "scores of", "a few thousand"), which are the most of
what real copy writes in words; those live in `patterns/words.py`."""

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
# 1-99 in words: "twenty-five", "twenty five", "seventy", "six".
_SMALL = rf"(?:(?:{_TENS_ALT})(?:[\s-](?:{_SMALL_UNIT_ALT})\b)?|(?:{_UNIT_ALT}))"
# A number in words: "six", "twenty-five", "two hundred", "four hundred and twelve",
# "one-and-a-half", "two and a half". Digits are handled by DIGITS. Every repeat is bounded.
_DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
# 1-999: "six", "two hundred", "a hundred and forty" ("a" only before "hundred").
_HUNDREDS = rf"(?:(?:{_SMALL}|a)[\s-]hundred\b(?:[\s-](?:and[\s-])?{_SMALL}\b)?|{_SMALL})"
# "two thousand one hundred": a thousand inside a number only when more words follow (a
# thousand at the end is a scale word, read by the patterns that read "twenty thousand").
WORD_NUMBER = (  # the look-ahead on the first letter fails fast where no number word can start
    rf"(?:(?=[aefnostzAEFNOSTZ])(?:{_HUNDREDS}[\s-]thousand[\s-](?:and[\s-])?(?={_SMALL}|a[\s-]hundred))?{_HUNDREDS}"
    rf"(?:[\s-]point(?:[\s-](?:{_DIGIT_WORD})\b)+|[\s-]and[\s-]a[\s-]half\b)?)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"


def word_value(words: str) -> float | None:
    """Value of a number written in words: "twenty-five", "four hundred and twelve million",
    "one-and-a-half", "a"; None when a word is not part of a number."""
    total = 0.0  # what the scale words before have settled ("four million" of "four million two")
    group = 0.0  # the part below the next scale word
    seen = False
    parts = [p for p in re.split(r"[\s-]+", words.lower().strip()) if p]
    if "point" in parts:  # "twelve point five", "two point three one"
        at = parts.index("point")
        whole = word_value(" ".join(parts[:at])) if at else 0.0
        digits = [0 if p in ("zero", "oh") else UNITS.get(p) for p in parts[at + 1 :]]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return whole + float("0." + "".join(str(d) for d in digits))
    for i, part in enumerate(parts):
        if part == "and":
            continue
        if part in ("a", "an"):
            if i + 1 < len(parts) and parts[i + 1] == "half" and seen:
                continue  # "one and a half": the "a" belongs to "half"
            group += 1
        elif part == "half" and seen:
            group += 0.5
        elif part in UNITS:
            group += UNITS[part]
        elif part in TENS:
            group += TENS[part]
        elif part == "hundred":
            group = (group or 1) * 100
        elif part in ("thousand", "million", "billion", "trillion"):
            total += (group or 1) * SCALES[part]
            group = 0.0
        else:
            return None
        seen = True
    return total + group if seen else None


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
    spoken = re.search(r"(?i)\bpoint((?:[\s-]+[a-z]+)+)", s)
    if spoken:  # "twelve point five" → 0.1
        return 10.0 ** -len(spoken.group(1).split())
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
