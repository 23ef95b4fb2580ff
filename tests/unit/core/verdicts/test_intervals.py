"""Interval logic: what a claim and a fact each stand for, and when they meet."""

import pytest

from factcheck_gui.core.verdicts.intervals import (
    claim_interval,
    convert,
    fact_interval,
    rounding_tolerance,
)


def meets(kind, value, qualifier, step, fact_value, fact_qualifier="exact", low=None, high=None):
    return claim_interval(kind, value, qualifier, step, low, high).meets(
        fact_interval(fact_value, fact_qualifier, kind)
    )


@pytest.mark.parametrize(
    "claim,fact,agree",
    [
        (("count", 100, "more_than", 100), (100, "at_least"), True),
        (("count", 100, "exact", 100), (100, "at_least"), True),
        (("count", 1000, "more_than", 1000), (1556000, "exact"), True),  # true, if vague
        (("count", 1000, "exact", 1000), (1556000, "exact"), False),
        (("money", 24e9, "more_than", 1e9), (9.6e9, "exact"), False),  # open intervals stay strict
        (
            ("count", 9e6, "more_than", 1e6),
            (8.6e6, "exact"),
            False,
        ),  # a bound is not widened by rounding
        (("count", 100, "more_than", 100), (100, "exact"), True),
        (("count", 500, "less_than", 100), (23500, "exact"), False),
        (("count", 500, "at_least", 100), (400, "at_most"), False),
        (("money", 1e9, "nearly", 1e9), (1e9, "nearly"), True),
        (("money", 1e9, "approx", 1e9), (1e9, "nearly"), True),
        (("money", 1e9, "exact", 1e9), (1.3e9, "exact"), False),
        (("money", 3.2e9, "exact", 1e8), (3.21e9, "exact"), True),
        (("money", 3.2e9, "exact", 1e8), (3.4e9, "exact"), False),
        (("money", 600e9, "exact", 100e9), (638e9, "exact"), True),
        (("money", 150e6, "at_most", 1e7), (150e6, "at_most"), True),
        (("money", 150e6, "less_than", 1e7), (400e6, "exact"), False),
        (("percent", 12, "exact", 1), (12.4, "exact"), True),
        (("percent", 12.5, "exact", 0.1), (12.4, "exact"), False),
        (("percent", 61.5, "exact", 0.1), (59.8, "exact"), False),
        (("count", 9000, "nearly", 1000), (8950, "exact"), True),
        (("count", 9000, "nearly", 1000), (9200, "exact"), False),
        (("date", 2018, "approx", 1), (2018, "exact"), True),
        (("date", 2019, "exact", 1), (2018, "exact"), False),
        (("ratio", 0.6667, "exact", 0.0667), (0.65, "exact"), True),
    ],
)
def test_agreement(claim, fact, agree):
    kind, value, qualifier, step = claim
    assert meets(kind, value, qualifier, step, *fact) is agree


def test_ranges():
    assert meets("money", 12.5e9, "range", 1e8, 12.7e9, low=12.5e9, high=12.9e9)
    assert not meets("money", 12.5e9, "range", 1e8, 11.9e9, low=12.5e9, high=12.9e9)
    assert meets("date", 2019, "range", 1, 2020, low=2019, high=2021)


def test_rounding_tolerance_is_capped():
    assert rounding_tolerance(1.5e6, 1e5) == pytest.approx(5e4)
    assert rounding_tolerance(1e9, 1e9) == pytest.approx(1e8)  # "$1 billion" is not 0.5-1.5bn


def test_unit_conversion():
    assert convert(18, "month", "year", "duration") == pytest.approx(1.5)
    assert convert(0.6667, "ratio", "%", "ratio") == pytest.approx(66.67)
    assert convert(25, "bp", "pp", "percent") == pytest.approx(0.25)
    assert convert(5, "%", "bp", "percent") is None
