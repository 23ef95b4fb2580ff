"""Currencies (every ISO 4217 one, from CLDR), scale words, signs, units of measure, index levels
and exchange rates: what they read as, and what they must not."""

import subprocess
import sys

import pytest

from factcheck_gui.core.evidence import formats
from factcheck_gui.core.figures import lexicon
from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.figures.currency_data import CURRENCIES
from factcheck_gui.core.figures.quantities import find_quantities
from factcheck_gui.core.figures.units import EXAMPLES as UNIT_EXAMPLES
from factcheck_gui.core.figures.units import NOT_UNITS, unit_at
from factcheck_gui.core.text.articles import article_from_text


def read(text):
    return [(text[q.start : q.end], q.kind, q.value, q.unit) for q in find_quantities(text)]


def claims(text, pipeline):
    return extract_claims(article_from_text("Note\n\n" + text), pipeline).claims


# --------------------------------------------------------------------------- the table


def test_table_matches_cldr():
    babel = pytest.importorskip("babel")
    from factcheck_gui.core.figures.currency_build import rows

    assert babel.__version__
    assert tuple(rows()) == CURRENCIES, "run python -m factcheck_gui.core.figures.currency_build"


def test_every_current_iso_currency_is_known():
    current = {code for code, _o, _p, in_use, _s in CURRENCIES if in_use}
    assert len(current) >= 150
    assert {"SAR", "MYR", "ZAR", "PLN", "THB", "KRW", "CNY", "AED", "NGN", "IDR"} <= current
    assert set(lexicon.CURRENCY_CODES) >= current
    assert "MYR" in formats.CURRENCY_CODES and "DEM" in formats.CURRENCY_CODES  # the store too


@pytest.mark.parametrize(
    "name,code",
    [
        ("riyals", "SAR"), ("ringgit", "MYR"), ("rand", "ZAR"), ("zloty", "PLN"), ("baht", "THB"),
        ("won", "KRW"), ("yuan", "CNY"), ("dirhams", "AED"), ("naira", "NGN"), ("pesos", "MXN"),
        ("rupiah", "IDR"), ("lire", "TRY"), ("dollars", "USD"), ("canadian dollars", "CAD"),
        ("hong kong dollars", "HKD"), ("philippine pesos", "PHP"), ("qatari riyals", "QAR"),
        ("pounds", "GBP"), ("egyptian pounds", "EGP"), ("kronor", "SEK"), ("danish kroner", "DKK"),
        ("hryvnias", "UAH"), ("shekels", "ILS"), ("forints", "HUF"), ("reais", "BRL"),
    ],
)  # fmt: skip
def test_currency_names(name, code):
    assert lexicon.CURRENCY_NAMES[name] == code


@pytest.mark.parametrize("name", ["dinars", "kroner", "turkish lira (1922–2005)", "stores"])
def test_names_shared_without_a_default_or_not_currencies(name):
    assert name not in lexicon.CURRENCY_NAMES  # "dinars": Kuwaiti? Iraqi? only with the adjective


def test_import_is_cheap():
    code = (
        "import time, factcheck_gui.core.text.normalize, factcheck_gui.core.figures.numbers\n"
        "t = time.perf_counter()\n"
        "import factcheck_gui.core.figures.units\n"
        "print(time.perf_counter() - t)\n"
    )
    run = [sys.executable, "-c", code]
    subprocess.run(run, check=True, capture_output=True)  # write the bytecode once
    took = min(float(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
               for _ in range(3))  # fmt: skip
    assert took < 0.25  # ~10 ms with bytecode; generous for a loaded test machine


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The kingdom posted 21.54 billion riyals in profit.", ("21.54 billion riyals", "money", 21.54e9, "SAR")),
        ("Analysts see a PT 416 Rupees on the stock.", ("416 Rupees", "money", 416, "INR")),
        ("The budget adds 1.25 trln yen of spending.", ("1.25 trln yen", "money", 1.25e12, "JPY")),
        ("Startup Raises $90 Million", ("$90 Million", "money", 90e6, "USD")),
        ("Rival Makes $6.2 Billion Bid", ("$6.2 Billion", "money", 6.2e9, "USD")),
        ("Airline Seeks Up to $1.71 Trillion", ("Up to $1.71 Trillion", "money", 1.71e12, "USD")),
        ("They pledged $ 9 Billion in aid.", ("$ 9 Billion", "money", 9e9, "USD")),
        ("They pledged $\u202f9 Billion in aid.", ("$\u202f9 Billion", "money", 9e9, "USD")),
        ("A 1.2 trillion won package.", ("1.2 trillion won", "money", 1.2e12, "KRW")),
        ("Profit was 15 million pounds.", ("15 million pounds", "money", 15e6, "GBP")),
        ("The bond yield was -0.43% on Friday.", ("-0.43%", "percent", -0.43, "%")),
        ("Regeneron (-1.02 percent) lagged.", ("-1.02 percent", "percent", -1.02, "%")),
        ("Japan's yield was at negative 0.37%.", ("negative 0.37%", "percent", -0.37, "%")),
        ("Germany's is at minus 1.35%.", ("minus 1.35%", "percent", -1.35, "%")),
        ("Sony \u22122.3%, Panasonic gained.", ("\u22122.3%", "percent", -2.3, "%")),
        ("Kotak Rated Buy; PT 416 RupeesHero Moto Cut", ("416 Rupees", "money", 416, "INR")),
        ("It expects $274 million dollars in cash.", ("$274 million dollars", "money", 274e6, "USD")),
    ],
)  # fmt: skip
def test_amounts(text, figure):
    assert figure in read(text)


@pytest.mark.parametrize(
    "text,not_read",
    [
        ("Biden won 306 electoral votes.", "money"),  # "won" the verb
        ("Of the 12 won by Democrats, five were new.", "money"),
        ("The baby weighs 15 pounds.", "money"),  # a weight
        ("They shipped 500 million pounds of beef.", "money"),
        ("Torque rose to 236 pound feet.", "money"),
        ("ALL 5 stores closed.", "money"),  # ALL is Albania's code, here a word
        ("GDP 2.5% higher", "money"),
        ("It streams in 1080p on the 4K set.", "money"),  # not pence
        ("It has 5 CEOs.", "money"),
        ("The 5-7% range held.", "negative"),  # a hyphen after a digit is no sign
    ],
)  # fmt: skip
def test_not_money_or_not_negative(text, not_read):
    found = read(text)
    if not_read == "negative":
        assert all(v >= 0 for _t, _k, v, _u in found)
    else:
        assert all(k != not_read for _t, k, _v, _u in found), found


def test_plus_after_the_percent_sign():
    (q,) = find_quantities("It targets a 30%+ margin.")
    assert (q.value, q.qualifier) == (30, "at_least")


def test_qualifier_survives_the_sign():
    q = find_quantities("Returns were approximately -93.97% last year.")[0]
    assert (q.value, q.qualifier) == (-93.97, "approx")


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize("after,unit", UNIT_EXAMPLES)
def test_unit_table(after, unit):
    found = unit_at(after, 0, hyphen=after.startswith("-"))
    assert found is not None and found[0] == unit and found[1] == len(after)


@pytest.mark.parametrize("after", NOT_UNITS + ["-inch"])
def test_not_units(after):
    assert unit_at(after, 0) is None  # a hyphen only when asked: compounds read those


@pytest.mark.parametrize(
    "text,figure",
    [
        ("Downloads averaged 27.79 megabits per second.", ("27.79 megabits per second", "quantity", 27.79, "megabits per second")),
        ("Latency fell to below 1 ms on the network.", ("below 1 ms", "quantity", 1, "ms")),
        ("Latency was 60.97 milliseconds.", ("60.97 milliseconds", "quantity", 60.97, "milliseconds")),
        ("Plans start at 25 Mbps for rural homes.", ("25 Mbps", "quantity", 25, "Mbps")),
        ("The V12 makes 1,100 HP and tops 217 MPH.", ("1,100 HP", "quantity", 1100, "HP")),
        ("The V12 makes 1,100 HP and tops 217 MPH.", ("217 MPH", "quantity", 217, "mph")),
        ("It ships with 128GB of storage and 6GB of RAM.", ("128GB", "quantity", 128, "GB")),
        ("It ships with 128GB of storage and 6GB of RAM.", ("6GB", "quantity", 6, "GB")),
        ("A 1TB drive and a 4,000mAh battery.", ("4,000mAh", "quantity", 4000, "mAh")),
        ("The 48MP camera shoots wide.", ("48MP", "quantity", 48, "megapixels")),
        ("The book weighs 15 pounds.", ("15 pounds", "quantity", 15, "pounds")),
        ("The plant stores 40 gigawatt-hours of power.", ("40 gigawatt-hours", "quantity", 40, "gigawatt-hours")),
        ("Each pack holds 1 megawatt-hour.", ("1 megawatt-hour", "quantity", 1, "megawatt-hours")),
        ("Output rose to 1.2 million barrels a day.", ("1.2 million barrels a day", "quantity", 1.2e6, "barrels a day")),
        ("The mine sold 40,000 tonnes of copper.", ("40,000 tonnes", "quantity", 40000, "tonnes")),
        ("Hole 7 returned 12m at 3.1 g/t gold.", ("12m", "quantity", 12, "m")),
        ("Hole 7 returned 12m at 3.1 g/t gold.", ("3.1 g/t", "quantity", 3.1, "g/t")),
        ("The GPU delivers 10 teraflops.", ("10 teraflops", "quantity", 10, "teraflops")),
        ("Prices moved almost two standard deviations.", ("almost two standard deviations", "quantity", 2, "standard deviations")),
    ],
)  # fmt: skip
def test_units_of_measure(text, figure, pipeline):
    got = [(c.text, c.kind, c.value, c.unit) for c in claims(text, pipeline)]
    assert any(g[:2] == figure[:2] and g[2] == pytest.approx(figure[2]) and g[3] == figure[3]
               for g in got), got  # fmt: skip


@pytest.mark.parametrize(
    "text,figure",
    [
        ("The Nikkei rose 54 points to 23,193.", ("23,193", "quantity", 23193, "points")),
        ("The Nikkei rose 54 points to 23,193.", ("54 points", "quantity", 54, "points")),
        ("The Sensex fell to 35,470.15 on Monday.", ("35,470.15", "quantity", 35470.15, "points")),
        ("The FTSE 100 slipped from 7,079 in early trade.", ("7,079", "quantity", 7079, "points")),
        ("China's PMI fell to 49.7 in May.", ("49.7", "quantity", 49.7, "points")),
        ("The Dow Jones Industrial Average rose 92.1 points, or 0.33%, to 27,783.59.", ("27,783.59", "quantity", 27783.59, "points")),
        ("Jobless claims fell by 99,000 last week.", ("99,000", "count", 99000, "claims")),
        ("The bond fell 2 points to 85.5 cents.", ("2 points", "quantity", 2, "points")),
        ("Opponents were averaging 4.3 points a game.", ("4.3 points", "count", 4.3, "points")),
        ("The Tigers scored in 56 seconds.", ("56 seconds", "duration", 56, "second")),
        ("The yen traded at 107.78 yen per dollar.", ("107.78 yen", "money", 107.78, "JPY")),
        ("The offshore yuan was at 6.8519 per dollar.", ("6.8519 per dollar", "money", 6.8519, "CNY")),
        ("The rupee weakened to 74.6537 on Friday.", ("74.6537", "money", 74.6537, "INR")),
        ("The euro was flat at 1.1093.", ("1.1093", "money", 1.1093, "USD")),
        ("It traded at 112.02 per dollar.", ("112.02 per dollar", "quantity", 112.02, "per dollar")),
    ],
)  # fmt: skip
def test_levels_points_and_rates(text, figure, pipeline):
    got = [(c.text, c.kind, c.value, c.unit) for c in claims(text, pipeline)]
    assert any(g[:2] == figure[:2] and g[2] == pytest.approx(figure[2]) and g[3] == figure[3]
               for g in got), got  # fmt: skip


@pytest.mark.parametrize(
    "text,number",
    [
        ("Sales rose to 2,665 stores in the region.", "2,665"),  # a counted noun, no index
        ("The company grew from 3,079 employees.", "3,079"),
        ("Shipments rose to 49.7 million.", "49.7 million"),  # no index named: not points
        ("The team scored more than seven points.", "more than seven points"),  # a count
    ],
)  # fmt: skip
def test_not_points(text, number, pipeline):
    got = [(c.text, c.kind, c.unit) for c in claims(text, pipeline) if number in c.text]
    assert got and all(unit != "points" or kind == "count" for _t, kind, unit in got), got


@pytest.mark.parametrize(
    "text", ["The Tesla Model 3 sold well.", "Apple's iPhone 11 Pro sold well."]
)
def test_a_number_in_a_name_is_no_quantity(text, pipeline):
    assert all(c.kind != "quantity" for c in claims(text, pipeline))


@pytest.mark.parametrize(
    "text,read",
    [
        ('The 15" model beats the 13" one.', ['15"', '13"']),
        ('He said "we sold 15" and left.', []),
    ],
)
def test_inch_marks_are_not_closing_quotes(text, read):
    inches = [
        text[q.start : q.core_end + 1]
        for q in find_quantities(text)
        if unit_at(text, q.core_end) == ("inches", q.core_end + 1)
    ]
    assert inches == read
