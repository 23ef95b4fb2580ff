"""Ranges and qualifiers as real copy writes them: which pairs of figures are one range, which are a
move and a level, and which words around a figure qualify it."""

import pytest

from factcheck_gui.core.figures.patterns import ranges
from factcheck_gui.core.figures.quantities import find_quantities


def _read(text):
    return [
        (text[q.start : q.end], q.kind, q.unit, q.qualifier, q.low, q.high)
        for q in find_quantities(text)
    ]


def _range(text):
    ranges = [q for q in find_quantities(text) if q.qualifier == "range"]
    assert len(ranges) == 1, _read(text)
    return ranges[0]


RANGES = [
    # (sentence, kind, unit, low, high)
    ("The company expects earnings of 18 to 20 cents a share for the quarter.", "money", "USD", 0.18, 0.20),
    ("It guided to a loss of 18-20 cents a share.", "money", "USD", 0.18, 0.20),
    ("Lots sold for anywhere from $20,000 to $600,000 at the auction.", "money", "USD", 2e4, 6e5),
    ("The notes carry coupons ranging from 11.5% to 13.5%.", "percent", "%", 11.5, 13.5),
    ("Inflation will run between 5 and 7 percent next year.", "percent", "%", 5, 7),
    ("Delivery takes 4-6 months from the order.", "duration", "month", 4, 6),
    ("The shortage could last for the 12 to 18 months ahead.", "duration", "month", 12, 18),
    ("Prices should stabilise over the next 1-2 years, he said.", "duration", "year", 1, 2),
    ("Sales will be $5.45 billion to $5.60 billion, the company said.", "money", "USD", 5.45e9, 5.6e9),
    ("Software companies trade at 2x-3x revenue.", "ratio", "x", 2, 3),
    ("The bank sees growth of 5.8%-6% this year.", "percent", "%", 5.8, 6),
    ("Revenue will be $920 million, down 10% to 11% from a year earlier.", "percent", "%", 10, 11),
    ("Earnings should grow 29% to 31% over last year.", "percent", "%", 29, 31),
    ("The ministry sees anything from 0.5% growth to a 2% contraction.", "percent", "%", -2, 0.5),
    ("Most households pay for two or three services.", "number", "", 2, 3),
    ("The market is worth $800 to $900 billion a year.", "money", "USD", 8e11, 9e11),
    ("The retailer will close between 2% to 3% of its stores.", "percent", "%", 2, 3),
    ("Developing-market notes will rise 5 to 10 percent.", "percent", "%", 5, 10),
    ("The fund will raise between $5 and 7 million.", "money", "USD", 5e6, 7e6),
    ("Talks could drag on for 10 to 20 years.", "duration", "year", 10, 20),
    ("Sales rose 2-3x in a year.", "ratio", "x", 2, 3),
    (
        "Analysts' estimates of $169.68 billion, in a range of 167.41 billion to 172.38 billion.",
        "money", "USD", 167.41e9, 172.38e9,
    ),
]  # fmt: skip


@pytest.mark.parametrize("text,kind,unit,low,high", RANGES, ids=[r[0][:48] for r in RANGES])
def test_range(text, kind, unit, low, high):
    q = _range(text)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.value == pytest.approx(low) and q.low == pytest.approx(low)
    assert q.high == pytest.approx(high)


NOT_RANGES = [
    # (sentence, the figures read, each as (text, value))
    ("Oil fell $2.60 to $54.64 a barrel.", [("$2.60", 2.6), ("$54.64", 54.64)]),
    ("Shares rose $1.20 to $84.60 in New York.", [("$1.20", 1.2), ("$84.60", 84.6)]),
    ("We reduced our revolver from $450 million to $400 million.", [("$450 million", 4.5e8), ("$400 million", 4e8)]),
    ("Revenue increased from $0.9 billion to $4.0 billion.", [("$0.9 billion", 9e8), ("$4.0 billion", 4e9)]),
    ("The fee went from $1.2 billion to 1.5 billion.", [("$1.2 billion", 1.2e9), ("1.5 billion", 1.5e9)]),
    ("The Orange beat the Irish 24-17 on Saturday.", [("24", 24), ("17", 17)]),  # a score
    ("Crude oil (CL=F): -2.16% or -$1.17 to $53.02 a barrel", [("-2.16%", -2.16), ("-$1.17", -1.17), ("$53.02", 53.02)]),
    ("Gold (GC=F): +0.66% or +$10.30 to $1,582.20 per ounce", [("+0.66%", 0.66), ("+$10.30", 10.3), ("$1,582.20", 1582.2)]),
    ("It ordered Boeing 737-800 jets.", []),
    ("The battery comes as 70 or 90 kWh packs.", [("70", 70), ("90", 90)]),
    ("The plan was drawn up in 2018 or 2019.", [("2018", 2018), ("2019", 2019)]),
    ("The unemployment rate rose 0.3% to 2.1% in May.", [("0.3%", 0.3), ("2.1%", 2.1)]),
    ("Jobless claims declined by 10,000 to 206,000.", [("10,000", 1e4), ("206,000", 2.06e5)]),
    ("The dividend went from 18 to 20 cents.", [("18", 0.18), ("20 cents", 0.2)]),
    ("The S&P 500 fell 2.1 percent to 2416.58 on Friday.", [("2.1 percent", 2.1), ("2416.58", 2416.58)]),
    ("It raised $5 to 7 million users' worth of data.", [("$5", 5), ("7 million", 7e6)]),
    # two years or two days that bound a span are two dates (the keys' convention)
    ("It will take between 2018 and 2020 to finish.", [("2018", 2018), ("2020", 2020)]),
    ("Funds beat the market annually between 1999 and 2016, but", [("1999", 1999), ("2016", 2016)]),
    ("Sales between Nov. 1, 2018 and Dec. 19, 2018 rose 3%.", [("Nov. 1, 2018", 2018), ("Dec. 19, 2018", 2018), ("3%", 3)]),
]  # fmt: skip


@pytest.mark.parametrize("text,figures", NOT_RANGES, ids=[r[0][:48] for r in NOT_RANGES])
def test_not_a_range(text, figures):
    qs = [q for q in find_quantities(text) if q.kind != "date" or q.value in (2018, 2019)]
    assert all(q.qualifier != "range" for q in qs), _read(text)
    assert [(text[q.core_start : q.core_end], q.value) for q in qs] == [
        (t, pytest.approx(v)) for t, v in figures
    ]


@pytest.mark.parametrize(
    "text",
    ["The fee went from $1.2 billion to 1.5 billion.", "The dividend went from 18 to 20 cents."],
)
def test_move_with_one_bare_figure_gives_both_the_unit(text):
    qs = find_quantities(text)
    assert [(q.kind, q.unit) for q in qs] == [("money", "USD"), ("money", "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect 1.2 billion to 1.5 billion users, after a $3 billion deal.",
        "A $5 billion fund. It reached 1.2 billion to 1.5 billion people.",
    ],
)
def test_bare_range_keeps_its_own_noun_or_sentence(text):
    q = _range(text)
    assert q.kind == "number"


QUALIFIED = [
    ("Its value could climb toward $100 billion.", "money", "nearly"),
    ("Margins could exceed 80% on the service.", "percent", "more_than"),
    ("The chip will exceed 10 teraflops.", "number", "more_than"),
    ("The yield offers more than just 4.5% a year.", "percent", "more_than"),
    ("The car does a sub-10 second sprint.", "duration", "less_than"),
    ("She built about a $1.4 billion fortune.", "money", "approx"),
    ("It sees about a 60 percent chance of a cut.", "percent", "approx"),
    ("Analysts see 30%+ upside in the shares.", "percent", "at_least"),
    ("The index is approaching 2% again.", "percent", "nearly"),
    ("Bitcoin surpassed $1,800 on Monday.", "money", "more_than"),
    ("Gold fell as much as four percent.", "percent", "at_most"),
    ("The deal is in excess of $5 million.", "money", "more_than"),
    ("Prices stayed north of $50 a barrel.", "money", "more_than"),
    ("The rate was just shy of 10%.", "percent", "nearly"),
    ("Growth was only 5% last year.", "percent", "exact"),
    ("The team signed a 20-year lease and under a 20-year contract.", "duration", "exact"),
]  # fmt: skip


@pytest.mark.parametrize("text,kind,qualifier", QUALIFIED, ids=[r[0][:40] for r in QUALIFIED])
def test_qualifier(text, kind, qualifier):
    qs = [q for q in find_quantities(text) if q.kind == kind]
    assert qs, _read(text)
    assert {q.qualifier for q in qs} == {qualifier}, _read(text)


@pytest.mark.parametrize("text,kind,unit", ranges.LISTS, ids=[t for t, _, _ in ranges.LISTS])
def test_a_list_takes_the_unit_written_after_its_last_member(text, kind, unit):
    qs = [q for q in find_quantities(f"It said {text} on Monday.") if q.kind != "date"]
    assert len(qs) >= 3, _read(text)
    assert {(q.kind, q.unit) for q in qs} == {(kind, unit)}, _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "It sold 12, 15 and 20 units.",
        "Jobs fell in 2019, 2020 and 2021 by 5%.",
        "Ranks 3, 4 and $5.",
    ],
)
def test_a_list_of_counts_or_years_keeps_its_own_readings(text):
    assert all(q.kind != "quantity" for q in find_quantities(text)), _read(text)
