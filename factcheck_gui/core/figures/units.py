"""Units of measure written after a number ("27.79 megabits per second", "128GB", "1,100 HP",
"weighs 15 pounds"), as a table: a bare number followed by one of them is kind `quantity`
with the unit as the table names it.

`unit_at(norm, pos)` is the one way to ask: it reads the unit that starts at `pos` (after an
optional space, or a hyphen when `hyphen=True`: "a 6.59-inch screen"), so the reader of
hyphenated compounds uses the same table.
"""

from __future__ import annotations

import re

from .lexicon import currency_named_in, trie_alt

# Full words, read in any case ("217 Miles", "15 POUNDS"): surface -> unit reported.
WORD_UNITS: dict[str, str] = {
    **{w: w for w in (
        "tonnes", "tons", "barrels", "ounces", "megawatts", "gigawatts", "kilowatts",
        "kilowatt-hours", "megawatt-hours", "gigawatt-hours", "terawatt-hours", "watt-hours",
        "kilometres", "kilometers", "miles", "acres", "hectares", "litres",
        "liters", "gallons", "bushels", "kilograms", "grams", "kilos", "points", "teraflops",
        "petaflops", "gigabytes", "terabytes", "petabytes", "megabytes", "carats", "karats",
        "megabits", "gigabits", "milliseconds", "microseconds", "nanoseconds", "seconds",
        "horsepower", "megapixels", "inches", "feet", "metres", "meters", "pounds",
        "standard deviations", "nanometers", "nanometres", "millimeters", "millimetres",
        "centimeters", "centimetres", "degrees", "watts", "calories", "pixels", "decibels",
        "square feet", "square metres", "square meters", "square miles", "square kilometres",
        "square kilometers", "cubic feet", "cubic metres", "cubic meters", "miles per hour",
        "kilometers per hour", "kilometres per hour", "megabits per second",
        "gigabits per second", "barrels per day", "pound-feet", "pound feet", "lb-ft", "barrels a day", "barrels of oil equivalent",
    )},
    # singulars, after "1" or in "a 1 second delay"
    "inch": "inches", "foot": "feet", "millisecond": "milliseconds",
    "mile": "miles", "pound": "pounds", "tonne": "tonnes", "ton": "tons", "barrel": "barrels",
    "ounce": "ounces", "megapixel": "megapixels", "point": "points", "meter": "meters",
    "metre": "metres", "kilometer": "kilometers", "kilometre": "kilometres",
    "standard deviation": "standard deviations", "degree": "degrees", "carat": "carats",
    "karat": "karats", "gigabyte": "gigabytes", "terabyte": "terabytes",
    "metric tons": "tons", "metric tonnes": "tonnes", "watt": "watts", "kilowatt": "kilowatts",
    "megawatt": "megawatts", "gigawatt": "gigawatts", "kilowatt-hour": "kilowatt-hours",
    "megawatt-hour": "megawatt-hours", "gigawatt-hour": "gigawatt-hours",
    "terawatt-hour": "terawatt-hours", "watt-hour": "watt-hours", "volts": "volts", "volt": "volts",
    "gigahertz": "GHz", "megahertz": "MHz",
    "degrees fahrenheit": "°F", "degrees celsius": "°C", "degrees centigrade": "°C",
    "degree fahrenheit": "°F", "degree celsius": "°C",
}  # fmt: skip
# Abbreviations, read as written: case tells "MW" from "mW", "ms" from "MS", "m" from "M".
ABBREVIATIONS: dict[str, str] = {
    **{w: w for w in (
        "Mbps", "Gbps", "Kbps", "ms", "HP", "hp", "mAh", "GB", "TB", "MB", "PB", "MW", "GW", "kW",
        "kWh", "MWh", "GWh", "TWh", "km", "kg", "lbs", "lb", "oz", "koz", "Moz", "bpd", "boe",
        "boepd", "TEU", "g/t", "nm", "mm", "cm", "GHz", "MHz", "Wh", "mph", "km/h", "kph",
        "sq ft", "ppm", "dB", "fps", "bcf", "Bcf", "BCF", "tcf", "Tcf", "mcf", "Mcf", "MMcf",
    )},
    "kms": "km", "mbps": "Mbps", "MPH": "mph", "MP": "megapixels", "TFLOPS": "teraflops", "kgs": "kg",
    "sq. ft": "sq ft", "sq.ft": "sq ft", "Ghz": "GHz", "ghz": "GHz", "Mhz": "MHz", "mhz": "MHz",
    "kw": "kW", "KW": "kW", "kwh": "kWh", "KWh": "kWh", "FPS": "fps",
    # temperatures and angles: "2,700°F", "72 °F", "a 360° camera"
    "°F": "°F", "°C": "°C", "° F": "°F", "° C": "°C", "℉": "°F", "℃": "°C", "°": "degrees",
}  # fmt: skip

# Units that make a figure a duration, with the unit the report names ("scored in 56 seconds").
DURATION_UNITS = {"seconds": "second"}

_UNIT_RE = re.compile(
    rf"(?P<sep>[^\S\n]?|-)(?P<u>(?i:{trie_alt(WORD_UNITS, flags_ci=True)})|{trie_alt(ABBREVIATIONS)})"
    r"(?![\w/])"
)


def unit_at(norm: str, pos: int, hyphen: bool = False) -> tuple[str, int] | None:
    """(unit, end) of the unit of measure that starts at `pos`, after one optional space (or a
    hyphen when `hyphen`); None when none does."""
    if norm[pos : pos + 1] in ('"', "″") and _is_inch_mark(norm, pos):
        return "inches", pos + 1
    m = _UNIT_RE.match(norm, pos)
    if m is None or (m.group("sep") == "-" and not hyphen):
        return None
    u = m.group("u")
    unit = ABBREVIATIONS.get(u) or WORD_UNITS.get(" ".join(u.lower().split()))
    if unit is None:
        return None
    return unit, m.end()


def _is_inch_mark(norm: str, pos: int) -> bool:
    """A double quote right after a number is an inch mark ('the 15" model') unless it closes a
    quotation opened earlier on the line ('he said "we sold 15"')."""
    line_start = norm.rfind("\n", 0, pos) + 1
    inside = False  # within a quotation, scanning the line from its start
    for i in range(line_start, pos):
        if norm[i] in '"″' and not (not inside and i > 0 and norm[i - 1].isdigit()):
            inside = not inside
    if inside:
        return False
    nxt = norm[pos + 1 : pos + 2]
    return (
        nxt == ""
        or nxt in " \t\n-,.;:)/"
        and not norm[pos + 1 : pos + 3].strip(" ").startswith('"')
    )


# Metres in mining copy: "12m at 3.1 g/t gold", "4.5m grading 2.1% copper" (the "m" a reader of
# money takes for million).
METRES_AFTER = re.compile(
    r"\s+(?:at|@|grading|of)\s+\d[\d.,]*\s?(?:g/t|gpt|%|ppm|oz/t)(?![\w])", re.I
)

# An exchange rate: "6.8519 per dollar", "107.93 yen to the dollar", "74.65 against the dollar".
PER_CURRENCY = re.compile(
    r"\s+(?:per|to\s+the|against\s+the|a)\s+(?:U\.?S\.?\s+)?(?P<c>dollar|euro|greenback|pound)\b",
    re.I,
)
_PER_CODE = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "pound": "GBP"}


def currency_named_before(norm: str, lo: int, hi: int, not_code: str = "") -> str | None:
    """The currency named last in norm[lo:hi] ("the yuan was at 6.8519 per dollar" → CNY),
    other than `not_code` (the one the rate is counted against)."""
    return currency_named_in(norm, lo, hi, not_code)


# Currencies quoted in dollars ("the euro was flat at 1.1093", "sterling rose to 1.3012"); the
# others are quoted in units per dollar ("the yen was steady at 106.40").
QUOTED_IN_DOLLARS = frozenset({"EUR", "GBP", "AUD", "NZD"})


def per_currency_code(word: str) -> str:
    return _PER_CODE[word.lower()]


# (text after a number, unit) read by the table-driven test.
EXAMPLES: list[tuple[str, str]] = [
    (" megabits per second", "megabits per second"), ("Mbps", "Mbps"), (" ms", "ms"),
    (" milliseconds", "milliseconds"), (" HP", "HP"), (" horsepower", "horsepower"),
    (" MPH", "mph"), (" inches", "inches"), ("-inch", "inches"), (" megapixels", "megapixels"),
    ('"', "inches"), ("″", "inches"), ("FPS", "fps"), (" gigawatt-hours", "gigawatt-hours"),
    ("mAh", "mAh"), ("GB", "GB"), ("TB", "TB"), (" pounds", "pounds"), (" tonnes", "tonnes"),
    (" barrels a day", "barrels a day"), (" g/t", "g/t"), (" teraflops", "teraflops"),
    (" standard deviations", "standard deviations"), (" Points", "points"),
    ("°F", "°F"), (" °C", "°C"), (" degrees Celsius", "°C"), ("°", "degrees"),
]  # fmt: skip
NOT_UNITS: list[str] = [" G", "D", " Pro", " mask", " msg", " hours", " yards", " Max"]
