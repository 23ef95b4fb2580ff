"""Hyphenated figures: a number joined to what it measures or counts ("a 340-mile line", "a
19-nation bloc", "the $48-a-share offer", "a 93-cent loss", "60-plus channels", "4,000mAh").

The word after the hyphen is singular in the text ("a 52-yard run"); the unit of the figure is
its plural ("yards"). Units of measure are read from `COMPOUND_UNITS`; money from a currency
written before the number or a currency word after the hyphen; any other lower-case noun after
a hyphen is what the number counts ("a 26-member board" → 26 members), unless
`NOT_COUNTED` says the word is not a noun that counts ("one-time", "40-odd").
Durations ("five-year bond", "31-year-old") are read by `durations`, before this family.
"""

from __future__ import annotations

import re

from ..numbers import DIGITS, SCALES, TENS, UNITS, WORD_NUMBER, literal_step, literal_value
from .amounts import CURRENCY_BEFORE, currency_code
from .common import Quantity

# Unit words after the hyphen (or glued to the digits, "glued" True): kind and unit (plural).
# Sports yards are counts (the keys' convention), layers of a chip are a measure.
_UNIT_ROWS: list[tuple[tuple[str, ...], str, str, bool]] = [
    (("mile",), "quantity", "miles", False), (("kilometer", "kilometre"), "quantity", "kilometers", False),
    (("km",), "quantity", "km", True), (("meter", "metre"), "quantity", "meters", False),
    (("foot", "feet"), "quantity", "feet", False), (("ft",), "quantity", "feet", True),
    (("inch",), "quantity", "inches", False), (("yard",), "count", "yards", False),
    (("centimeter", "centimetre"), "quantity", "centimeters", False), (("cm",), "quantity", "cm", True),
    (("millimeter", "millimetre"), "quantity", "millimeters", False), (("mm",), "quantity", "mm", True),
    (("nanometer", "nanometre"), "quantity", "nanometers", False), (("nm",), "quantity", "nm", True),
    (("pound",), "quantity", "pounds", False), (("lb", "lbs"), "quantity", "pounds", True),
    (("ounce",), "quantity", "ounces", False), (("oz",), "quantity", "ounces", True),
    (("ton",), "quantity", "tons", False), (("tonne",), "quantity", "tonnes", False),
    (("kilogram", "kilo"), "quantity", "kilograms", False), (("kg",), "quantity", "kg", True),
    (("gram",), "quantity", "grams", False), (("karat", "carat"), "quantity", "karats", False),
    (("acre",), "quantity", "acres", False), (("hectare",), "quantity", "hectares", False),
    (("square-foot", "square-feet"), "quantity", "square feet", False),
    (("square-mile",), "quantity", "square miles", False),
    (("square-meter", "square-metre"), "quantity", "square meters", False),
    (("gallon",), "quantity", "gallons", False), (("liter", "litre"), "quantity", "liters", False),
    (("barrel",), "quantity", "barrels", False), (("degree",), "quantity", "degrees", False),
    (("megapixel",), "quantity", "megapixels", False), (("mp",), "quantity", "megapixels", True),
    (("mah",), "quantity", "mAh", True), (("mbps",), "quantity", "Mbps", True),
    (("gbps",), "quantity", "Gbps", True), (("ghz",), "quantity", "GHz", True),
    (("hz",), "quantity", "Hz", True), (("gb",), "quantity", "GB", True),
    (("tb",), "quantity", "TB", True), (("watt",), "quantity", "watts", False),
    (("w",), "quantity", "watts", True), (("kilowatt",), "quantity", "kilowatts", False),
    (("kw",), "quantity", "kW", True), (("kwh",), "quantity", "kWh", True),
    (("megawatt",), "quantity", "megawatts", False), (("mw",), "quantity", "MW", True),
    (("gigawatt",), "quantity", "gigawatts", False), (("gw",), "quantity", "GW", True),
    (("mph",), "quantity", "mph", True), (("mile-per-hour",), "quantity", "mph", False),
    (("layer",), "quantity", "layers", False), (("point",), "quantity", "points", False),
    (("bit",), "quantity", "bits", False), (("terabyte",), "quantity", "terabytes", False),
    (("gigabyte",), "quantity", "gigabytes", False), (("nit",), "quantity", "nits", False),
    (("percent", "per-cent", "pct"), "percent", "%", False),
    (("percentage-point", "percentage-points"), "percent", "pp", False),
    (("basis-point", "basis-points", "bp", "bps"), "percent", "bp", False),
    (("fold",), "ratio", "x", False),
]  # fmt: skip
COMPOUND_UNITS: dict[str, tuple[str, str]] = {
    w: (kind, unit) for words, kind, unit, _ in _UNIT_ROWS for w in words
}
_GLUED_UNITS = {w for words, _, _, glued in _UNIT_ROWS if glued for w in words}
# Words after "N-" that are no counted noun: "one-time", "40-odd", "a 2-for-1 split", "3-D",
# "a 5-star analyst" (a rating).
NOT_COUNTED = {
    "old", "odd", "ish", "something", "like", "based", "style", "time", "times", "way", "off",
    "on", "up", "down", "out", "over", "all", "for", "to", "and", "or", "of", "in", "by", "the",
    "per", "year", "month", "week", "day", "hour", "minute", "second", "decade", "quarter",
    "first", "th", "st", "nd", "rd", "plus", "minus", "digit", "digits", "half", "thirds",
    "fifths", "quarters", "fourths", "tenths", "under", "one", "alone", "series", "consecutive",
    "thousand", "million", "billion", "trillion", "hundred", "dozen", "star",
}  # fmt: skip
_PLURALS = {
    "person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet",
    "series": "series", "species": "species", "bus": "buses", "axis": "axes",
}  # fmt: skip
_INCHES_AFTER = re.compile(r"-(\d{1,2})(?![\w.,-])")
_SCALE = r"(?:thousand|million|billion|trillion)"
_PER = r"(?:a|an|per)-(?P<per>[a-z]++)"  # "$48-a-share", "$2-a-gallon", "$15-an-hour"

COMPOUND_RE = re.compile(
    rf"""
    (?<![\w.,/$€£¥-])
    (?P<sub>sub-)?
    (?P<cur>{CURRENCY_BEFORE})?
    (?P<num>{DIGITS}|\b(?:{WORD_NUMBER})\b)
    (?:[\s-](?P<scale>{_SCALE})(?=-))?
    (?:-|(?=[A-Za-z]))
    (?:{_PER}
      |(?P<plus>plus)\b
      |(?P<toone>to-(?:1|one))\b
      |(?P<word>[A-Za-z]++(?:-(?:point|points|foot|feet|mile|meter|metre|per-hour)\b)?+))
    """,
    re.VERBOSE,
)


def _plural(word: str) -> str:
    if word in _PLURALS:
        return _PLURALS[word]
    if word.endswith("s"):
        return word
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x")):
        return word + "es"
    return word + "s"


def compound_from(m: re.Match[str], norm: str) -> Quantity | None:
    """The figure of a hyphenated (or glued) number and word, or None when it is not one."""
    num = m.group("num")
    value = literal_value(num)
    if value is None:
        return None
    in_words = not (num[0].isdigit() or num[0] == ".")
    step = literal_step(num)
    scale = SCALES[m.group("scale").lower()] if m.group("scale") else 1.0
    value, step = value * scale, step * scale
    start, end = m.start(), m.end()
    hyphen = norm[m.end("num") : m.end("num") + 1] == "-" or bool(m.group("scale"))
    qualifier = "less_than" if m.group("sub") else "exact"
    if m.group("per"):  # "$48-a-share": money per something
        if m.group("per") == "cent" and norm[m.start("per") - 4 : m.start("per")] == "per-":
            return Quantity(start, end, "percent", value, "%", qualifier, step=step,
                            core_start=start, core_end=end)  # "20-per-cent"  # fmt: skip
        code = currency_code(m.group("cur"), None)
        if code is None:
            return None
        return Quantity(start, end, "money", value, code, qualifier, step=step,
                        core_start=start, core_end=end, scale=scale)  # fmt: skip
    if m.group("toone"):  # "a 1.17-to-1 ratio"; "a one-to-one meeting" is no figure
        if value <= 1:
            return None
        return Quantity(start, end, "ratio", value, "ratio", qualifier, step=step,
                        core_start=start, core_end=end)  # fmt: skip
    if m.group("plus"):  # "60-plus channels": the noun after it is counted (claims)
        if m.group("cur"):
            code = currency_code(m.group("cur"), None) or "USD"
            return Quantity(start, end, "money", value, code, "at_least", step=step,
                            core_start=start, core_end=end, scale=scale)  # fmt: skip
        return Quantity(start, end, "number", value, "", "at_least", step=step,
                        core_start=start, core_end=end, in_words=in_words)  # fmt: skip
    word = m.group("word")
    low = word.lower()
    if low in UNITS or low in TENS:
        return None  # "twenty-five" is one number, read elsewhere
    if m.group("cur"):  # "$5-million-dollar", "$40-barrel oil": the currency decides
        code = currency_code(m.group("cur"), None)
        if code is None or not hyphen or not scale > 1.0 and low not in COMPOUND_UNITS:
            return None
        return Quantity(start, end, "money", value, code, qualifier, step=step,
                        core_start=start, core_end=end, scale=scale)  # fmt: skip
    if not hyphen and low not in _GLUED_UNITS:
        return None  # "10K", "5G", "3D": a name
    if low in ("cent", "cents"):  # "a 93-cent loss"
        return Quantity(start, end, "money", value / 100, "USD", qualifier, step=step / 100,
                        core_start=start, core_end=end)  # fmt: skip
    if low in ("penny", "pence"):
        return Quantity(start, end, "money", value / 100, "GBP", qualifier, step=step / 100,
                        core_start=start, core_end=end)  # fmt: skip
    if low not in COMPOUND_UNITS and low.endswith("s") and low[:-1] in COMPOUND_UNITS:
        low = low[:-1]  # "a 12-nanometers chip" (the singular is usual)
    if low.endswith("es") and low[:-2] in COMPOUND_UNITS:
        low = low[:-2]  # "6-inches"
    if low in ("foot", "feet") and (im := _INCHES_AFTER.match(norm, end)):
        inches = float(im.group(1))  # "listed at 5-foot-6": five feet six inches
        return Quantity(start, im.end(), "quantity", value + inches / 12, "feet", qualifier,
                        step=1 / 12, core_start=start, core_end=im.end())  # fmt: skip
    if low in COMPOUND_UNITS:
        kind, unit = COMPOUND_UNITS[low]
        if kind == "ratio" and value <= 1:
            return None
        return Quantity(start, end, kind, value, unit, qualifier, step=step,
                        core_start=start, core_end=end, scale=scale)  # fmt: skip
    code = currency_code(None, word)
    if code is not None:  # "a 2 billion-euro bond", "a 10-yuan note"
        return Quantity(start, end, "money", value, code, qualifier, step=step,
                        core_start=start, core_end=end, scale=scale)  # fmt: skip
    if low == "time" and value >= 2 and step >= 1:  # "a three-time champion"; "one-time" is none
        return Quantity(start, end, "count", value, "times", qualifier, step=step,
                        core_start=start, core_end=end, in_words=in_words)  # fmt: skip
    if not word.islower() or len(word) < 3 or low in NOT_COUNTED or low.endswith(("ed", "ly")):
        return None  # "10-K", "3-D", "three-pronged", "two-way"
    if in_words and value < 2:
        return None  # "one-stop shop", "one-off"
    if "-" in word or not hyphen or low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return None  # "six 3-pointers", "two-wheelers": a plural is a name, not what is counted
    return Quantity(start, end, "count", value, _plural(low), qualifier, step=step,
                    core_start=start, core_end=end, in_words=in_words, scale=scale)  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("a 340-mile line", "quantity", 340, "miles"), ("the $48-a-share offer", "money", 48, "USD"),
    ("a 19-nation bloc", "count", 19, "nations"), ("its 10-nanometer chips", "quantity", 10, "nanometers"),
    ("a 26-member board", "count", 26, "members"), ("176-layer chips", "quantity", 176, "layers"),
    ("a 20-percent improvement", "percent", 20, "%"), ("a 2 billion-euro bond", "money", 2e9, "EUR"),
    ("a 93-cent net loss", "money", 0.93, "USD"), ("a 66-pound dog", "quantity", 66, "pounds"),
    ("a 2,000-pound bull", "quantity", 2000, "pounds"), ("a 43-inch set", "quantity", 43, "inches"),
    ("an 18-karat gold ring", "quantity", 18, "karats"), ("a 4,000mAh battery", "quantity", 4000, "mAh"),
    ("a 25-mbps line", "quantity", 25, "Mbps"), ("an 8-megapixel camera", "quantity", 8, "megapixels"),
    ("a three-row SUV", "count", 3, "rows"), ("a seven-seat van", "count", 7, "seats"),
    ("a four-stage rocket", "count", 4, "stages"), ("a three-phase deal", "count", 3, "phases"),
    ("the 30-yard scoring pass", "count", 30, "yards"), ("a 52-yard run", "count", 52, "yards"),
    ("a 6.59-inch screen", "quantity", 6.59, "inches"), ("a 25-basis-point cut", "percent", 25, "bp"),
    ("a 12-story tower", "count", 12, "stories"), ("a 10-fold rise", "ratio", 10, "x"),
    ("a 1.17-to-1 ratio", "ratio", 1.17, "ratio"), ("a $15-an-hour wage", "money", 15, "USD"),
    ("a 200-point drop", "quantity", 200, "points"), ("a 1,500-square-foot home", "quantity", 1500, "square feet"),
    ("its 128GB model", "quantity", 128, "GB"), ("a 7nm process", "quantity", 7, "nm"),
    ("the 6-foot-6 center", "quantity", 6.5, "feet"), ("the three-time champion", "count", 3, "times"),
    ("a 2-time All-Star", "count", 2, "times"),
]  # fmt: skip
# Hyphenated or glued digits that are names, not figures (read by the table test of skips too).
NOT_FIGURES: list[str] = [
    "the 10-K filing", "its 5G network", "a 3-D printer", "a one-time charge", "a one-stop shop",
    "a two-way street", "a three-pronged plan", "a 2-for-1 split", "the 40-odd staff",
]  # fmt: skip
