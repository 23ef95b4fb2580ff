"""Figures as editors write them: one table, each row a phrase and how it must be read."""

import pytest

from factcheck_gui.core.figures.quantities import find_quantities

NNBSP, NBSP, THIN, NBHY = "\u202f", "\u00a0", "\u2009", "\u2011"

# (text, figure text, kind, value, unit, qualifier)
CASES = [
    # money: symbols, codes, scales, words
    ("$1 billion", "$1 billion", "money", 1e9, "USD", "exact"),
    ("$1bn", "$1bn", "money", 1e9, "USD", "exact"),
    ("$1 bn", "$1 bn", "money", 1e9, "USD", "exact"),
    ("US$4.2 billion", "US$4.2 billion", "money", 4.2e9, "USD", "exact"),
    ("€3.1bn", "€3.1bn", "money", 3.1e9, "EUR", "exact"),
    ("€3.2bn in sales", "€3.2bn", "money", 3.2e9, "EUR", "exact"),
    ("£850m", "£850m", "money", 850e6, "GBP", "exact"),
    ("¥2 trillion", "¥2 trillion", "money", 2e12, "JPY", "exact"),
    ("USD 5m", "USD 5m", "money", 5e6, "USD", "exact"),
    ("EUR 12.5 million", "EUR 12.5 million", "money", 12.5e6, "EUR", "exact"),
    ("~$1B", "~$1B", "money", 1e9, "USD", "approx"),
    ("$5M deal", "$5M", "money", 5e6, "USD", "exact"),
    ("$10k bonus", "$10k", "money", 1e4, "USD", "exact"),
    ("half a billion dollars", "half a billion dollars", "money", 5e8, "USD", "exact"),
    ("15 mln dlrs", "15 mln dlrs", "money", 15e6, "USD", "exact"),
    ("2.5 billion euros", "2.5 billion euros", "money", 2.5e9, "EUR", "exact"),
    ("300 million yuan", "300 million yuan", "money", 3e8, "CNY", "exact"),
    ("40 billion yen", "40 billion yen", "money", 4e10, "JPY", "exact"),
    ("A$3 billion", "A$3 billion", "money", 3e9, "AUD", "exact"),
    ("C$450 million", "C$450 million", "money", 450e6, "CAD", "exact"),
    ("HK$1.2 billion", "HK$1.2 billion", "money", 1.2e9, "HKD", "exact"),
    ("₹500 crore", "₹500", "money", 500, "INR", "exact"),
    ("CHF 90 million", "CHF 90 million", "money", 90e6, "CHF", "exact"),
    ("$1.05 per share", "$1.05", "money", 1.05, "USD", "exact"),
    ("45 cents a share", "45 cents", "money", 0.45, "USD", "exact"),
    ("a dividend of 4.5p", "4.5p", "money", 0.045, "GBP", "exact"),
    ("a $5-billion deal", "$5-billion", "money", 5e9, "USD", "exact"),
    ("$2,150 an ounce", "$2,150", "money", 2150, "USD", "exact"),
    (f"$1{NNBSP}billion", f"$1{NNBSP}billion", "money", 1e9, "USD", "exact"),
    (f"$1{NBSP}billion", f"$1{NBSP}billion", "money", 1e9, "USD", "exact"),
    (f"$1{THIN}billion", f"$1{THIN}billion", "money", 1e9, "USD", "exact"),
    ("1.5 billion U.S. dollars", "1.5 billion U.S. dollars", "money", 1.5e9, "USD", "exact"),
    ("20 million Canadian dollars", "20 million Canadian dollars", "money", 20e6, "CAD", "exact"),
    # qualifiers before and after money
    ("close to $1 billion", "close to $1 billion", "money", 1e9, "USD", "nearly"),
    ("nearly $1 billion", "nearly $1 billion", "money", 1e9, "USD", "nearly"),
    ("almost $2bn", "almost $2bn", "money", 2e9, "USD", "nearly"),
    ("just under $3bn", "just under $3bn", "money", 3e9, "USD", "nearly"),
    ("around $1 billion", "around $1 billion", "money", 1e9, "USD", "approx"),
    ("about $3.1 billion", "about $3.1 billion", "money", 3.1e9, "USD", "approx"),
    ("roughly $40m", "roughly $40m", "money", 40e6, "USD", "approx"),
    ("some $500 million", "some $500 million", "money", 500e6, "USD", "approx"),
    ("an estimated $7bn", "an estimated $7bn", "money", 7e9, "USD", "approx"),
    ("approximately €2bn", "approximately €2bn", "money", 2e9, "EUR", "approx"),
    ("more than $300 million", "more than $300 million", "money", 300e6, "USD", "more_than"),
    ("over $1bn", "over $1bn", "money", 1e9, "USD", "more_than"),
    ("in excess of $2bn", "in excess of $2bn", "money", 2e9, "USD", "more_than"),
    ("upwards of $50m", "upwards of $50m", "money", 50e6, "USD", "more_than"),
    ("at least $100m", "at least $100m", "money", 100e6, "USD", "at_least"),
    ("up to $150m", "up to $150m", "money", 150e6, "USD", "at_most"),
    ("as much as $200m", "as much as $200m", "money", 200e6, "USD", "at_most"),
    ("no more than $5bn", "no more than $5bn", "money", 5e9, "USD", "at_most"),
    ("less than $10m", "less than $10m", "money", 10e6, "USD", "less_than"),
    ("under $1bn", "under $1bn", "money", 1e9, "USD", "less_than"),
    ("$5bn or more", "$5bn or more", "money", 5e9, "USD", "at_least"),
    ("$180m-$220m", "$180m-$220m", "money", 180e6, "USD", "range"),
    ("$180m–$220m", "$180m–$220m", "money", 180e6, "USD", "range"),
    ("$1.5-2bn", "$1.5-2bn", "money", 1.5e9, "USD", "range"),
    (
        "between $12.5 billion and $12.9 billion",
        "between $12.5 billion and $12.9 billion",
        "money",
        12.5e9,
        "USD",
        "range",
    ),
    ("$90 million to $110 million", "$90 million to $110 million", "money", 90e6, "USD", "range"),
    ("$5 to $7 billion", "$5 to $7 billion", "money", 5e9, "USD", "range"),
    # counts and plain numbers (nouns are attached by claims)
    ("1,000+ staff", "1,000+", "number", 1000, "", "at_least"),
    ("100+ papers", "100+", "number", 100, "", "at_least"),
    ("1.5 million users", "1.5 million", "number", 1.5e6, "", "exact"),
    ("more than 1,000 employees", "more than 1,000", "number", 1000, "", "more_than"),
    ("fewer than 500 workers", "fewer than 500", "number", 500, "", "less_than"),
    ("at least 12 banks", "at least 12", "number", 12, "", "at_least"),
    ("some 3,000 jobs", "some 3,000", "number", 3000, "", "approx"),
    ("2.4 mln bags", "2.4 mln", "number", 2.4e6, "", "exact"),
    ("10,000 or more", "10,000 or more", "number", 10000, "", "at_least"),
    ("between 40 and 60 stores", "between 40 and 60", "number", 40, "", "range"),
    ("six plants", "six", "number", 6, "", "exact"),
    ("twenty-five branches", "twenty-five", "number", 25, "", "exact"),
    ("two hundred offices", "two hundred", "number", 200, "", "exact"),
    # percentages
    ("12.5%", "12.5%", "percent", 12.5, "%", "exact"),
    ("12.5 per cent", "12.5 per cent", "percent", 12.5, "%", "exact"),
    ("12.5 percent", "12.5 percent", "percent", 12.5, "%", "exact"),
    ("3 pct", "3 pct", "percent", 3, "%", "exact"),
    ("25 basis points", "25 basis points", "percent", 25, "bp", "exact"),
    ("50bps", "50bps", "percent", 50, "bp", "exact"),
    ("3 percentage points", "3 percentage points", "percent", 3, "pp", "exact"),
    ("between 5% and 7%", "between 5% and 7%", "percent", 5, "%", "range"),
    ("5-7%", "5-7%", "percent", 5, "%", "range"),
    ("5–7%", "5–7%", "percent", 5, "%", "range"),
    ("5 to 7 per cent", "5 to 7 per cent", "percent", 5, "%", "range"),
    ("nearly 6%", "nearly 6%", "percent", 6, "%", "nearly"),
    ("roughly 12 percent", "roughly 12 percent", "percent", 12, "%", "approx"),
    ("over 40%", "over 40%", "percent", 40, "%", "more_than"),
    ("0.4%", "0.4%", "percent", 0.4, "%", "exact"),
    # dates
    ("the 2018 launch", "2018", "number", 2018, "", "exact"),
    ("late 2018", "late 2018", "date", 2018, "year", "exact"),
    ("early 2015", "early 2015", "date", 2015, "year", "exact"),
    ("mid-2021", "mid-2021", "date", 2021, "year", "exact"),
    ("the end of 2024", "the end of 2024", "date", 2024, "year", "exact"),  # as keyed
    ("Q3 2024", "Q3 2024", "date", 2024, "year", "exact"),
    ("3Q24", "3Q24", "date", 2024, "year", "exact"),
    ("the third quarter of 2024", "third quarter of 2024", "date", 2024, "year", "exact"),
    ("second half of 2025", "second half of 2025", "date", 2025, "year", "exact"),
    ("H1 2025", "H1 2025", "date", 2025, "year", "exact"),
    ("fiscal 2023", "fiscal 2023", "date", 2023, "year", "exact"),
    ("FY2024", "FY2024", "date", 2024, "year", "exact"),
    ("FY24", "FY24", "date", 2024, "year", "exact"),
    ("March 2025", "March 2025", "date", 2025, "year", "exact"),
    ("July 1, 2025", "July 1, 2025", "date", 2025, "year", "exact"),
    ("1 July 2025", "1 July 2025", "date", 2025, "year", "exact"),
    ("2025-07-31", "2025-07-31", "date", 2025, "year", "exact"),
    ("2019-2021", "2019-2021", "date", 2019, "year", "range"),
    ("the 1990s", "the 1990s", "date", 1990, "year", "range"),
    # durations
    ("six years", "six years", "duration", 6, "year", "exact"),
    ("Over six years, the team", "Over six years", "duration", 6, "year", "more_than"),
    ("a decade", "a decade", "duration", 10, "year", "exact"),
    ("nearly a decade", "nearly a decade", "duration", 10, "year", "nearly"),
    ("two decades", "two decades", "duration", 20, "year", "exact"),
    ("18 months", "18 months", "duration", 18, "month", "exact"),
    ("90 days", "90 days", "duration", 90, "day", "exact"),
    ("a five-year plan", "five-year", "duration", 5, "year", "exact"),
    ("the 30-day average", "30-day", "duration", 30, "day", "exact"),
    # ratios
    ("two-thirds of staff", "two-thirds", "ratio", 0.6667, "ratio", "exact"),
    ("one-third of sales", "one-third", "ratio", 0.3333, "ratio", "exact"),
    ("three-quarters of revenue", "three-quarters", "ratio", 0.75, "ratio", "exact"),
    ("about a tenth of its workforce", "about a tenth", "ratio", 0.1, "ratio", "approx"),
    ("half of its sales", "half", "ratio", 0.5, "ratio", "exact"),
    ("one in five workers", "one in five", "ratio", 0.2, "ratio", "exact"),
    ("3.5 times as large", "3.5 times", "ratio", 3.5, "x", "exact"),
]


@pytest.mark.parametrize("text,figure,kind,value,unit,qualifier", CASES, ids=[c[0] for c in CASES])
def test_reads_figure(text, figure, kind, value, unit, qualifier):
    found = find_quantities(text)
    assert found, f"no figure found in {text!r}"
    q = found[0]
    assert text[q.start : q.end] == figure
    assert q.kind == kind
    assert q.value == pytest.approx(value, rel=1e-3)
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_table_is_large_enough():
    assert len(CASES) >= 100


NOT_FIGURES = [
    "Boeing 737-800 jets",
    "the S&P 500 index",
    "the FTSE 100",
    "filed for Chapter 11 protection",
    "in its 10-K filing",
    # dates without a year ("on March 5", "the third-quarter results", "a year earlier", "the
    # first half of the year") are dates now: test_dates.py
    "the new 5G network",
    "at 410 Terry Avenue North",
    "at 9 a.m. on Tuesday",
    "the meeting ran until 10:30",
    "its 2nd biggest market",
    "visit https://example.com/2024/report",
    "one of the largest banks",
    "No. 2 carmaker",
    "call 555-123-4567",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(text):
    assert [text[q.start : q.end] for q in find_quantities(text)] == []


def test_unicode_hyphen_and_spaces_keep_offsets():
    text = f"Amid US{NBHY}China tensions it earned close to $1{NNBSP}billion."
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == f"close to $1{NNBSP}billion"


def test_several_figures_in_order():
    text = "Revenue rose 8.4% to $3.2 billion in the third quarter of 2024."
    found = [(q.kind, q.value) for q in find_quantities(text)]
    assert found == [("percent", 8.4), ("money", 3.2e9), ("date", 2024)]


def test_rounding_step_follows_the_written_figure():
    (a,) = find_quantities("$1.5 million")
    (b,) = find_quantities("1,000 staff")
    (c,) = find_quantities("12.25%")
    assert a.step == pytest.approx(1e5)
    assert b.step == pytest.approx(1000)
    assert c.step == pytest.approx(0.01)


@pytest.mark.parametrize(
    "text",
    [
        "Tennis Open: Day 3\nIn 2023 the club sold 40 tickets.",
        "Sales rose 5\n\nto 7% of the total, it said.",
        "between 5\nand 7 percent",
    ],
)
def test_no_figure_runs_over_a_line_break(text):
    for q in find_quantities(text):
        assert "\n" not in text[q.start : q.end], (text[q.start : q.end], q)


def test_a_qualifier_before_a_qualified_figure_is_not_taken():
    text = "Leverage returns to 3.5 times or below within 18 months of closing."
    (d,) = [q for q in find_quantities(text) if q.kind == "duration"]
    assert (text[d.start : d.end], d.qualifier) == ("within 18 months", "at_most")
