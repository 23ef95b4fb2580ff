"""Dates of every shape: with their year, without it, and said relative to the article's date."""

import dataclasses
import datetime as dt

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.figures.patterns.relative import RESOLVED, RESOLVED_FUTURE, TODAY, resolve
from factcheck_gui.core.figures.quantities import find_quantities
from factcheck_gui.core.report import relative_json
from factcheck_gui.core.text.articles import article_from_text


def dates(text, today=TODAY):
    return [q for q in find_quantities(text, today=today) if q.kind == "date"]


def widest(text, today=TODAY):
    qs = find_quantities(text, today=today)
    assert qs, f"no figure in {text!r}"
    return max(qs, key=lambda q: q.end - q.start)


@pytest.mark.parametrize("phrase,value,period,qualifier", RESOLVED)
def test_relative_dates_resolve_against_the_article_date(phrase, value, period, qualifier):
    q = widest(f"Shipments slowed {phrase} as demand eased, the company said.")
    assert (q.kind, q.value, q.unit, q.period, q.qualifier) == (
        "date",
        value,
        "year",
        period,
        qualifier,
    )


@pytest.mark.parametrize("phrase,value,period", RESOLVED_FUTURE)
def test_a_word_of_the_future_places_a_date_without_its_year_ahead(phrase, value, period):
    q = widest(f"The carrier {phrase}, its chief executive said.")
    assert (q.value, q.period) == (value, period)


@pytest.mark.parametrize(
    "sentence,relative",
    [
        ("Profit rose 4% last year.", ("year", -1, "")),
        ("Sales will recover early next year.", ("year", 1, "")),
        ("The bank cut rates earlier this month.", ("month", 0, "")),
        ("Margins fell in the first quarter of last year.", ("year", -1, "Q1")),
        ("Revenue beat estimates in the second quarter.", ("quarter", 0, "Q2")),
        ("Deliveries resume on Dec. 27 at the earliest.", ("day", 0, "12-27")),
        ("The index peaked in May and slid afterwards.", ("month", 0, "05")),
        ("Stocks have climbed since last October.", ("month", -1, "10")),
        ("The lender's 4Q provisions were higher.", ("quarter", 0, "Q4")),
    ],
)
def test_without_an_article_date_the_relation_is_kept(sentence, relative):
    (q,) = dates(sentence, today=None)
    assert (q.value, q.period, q.relative) == (None, None, relative)


@pytest.mark.parametrize(
    "sentence,kind,value,unit",
    [
        ("The plant closed two years ago.", "duration", 2, "year"),
        ("Rates were cut a decade ago.", "duration", 10, "year"),
        ("The offer lapsed two months ago.", "duration", 2, "month"),
        ("Shares hit a high a week ago.", "duration", 1, "week"),
        ("The stake was sold 18 months ago.", "duration", 18, "month"),
    ],
)
def test_ago_is_a_duration(sentence, kind, value, unit):
    (q,) = find_quantities(sentence, today=TODAY)
    assert (q.kind, q.value, q.unit) == (kind, value, unit)


@pytest.mark.parametrize(
    "sentence,value,period",
    [
        ("Results for FY '20 and fiscal '21 were restated.", [2020, 2021], ["FY2020", "FY2021"]),
        ("Q1 F2020 revenue rose.", [2020], ["2020-Q1"]),
        ("Margins in 4QFY20 and 1QFY21 improved; F1Q21 was weaker.", [2020, 2021, 2021],
         ["2020-Q4", "2021-Q1", "2021-Q1"]),
        ("Our 2021E target and 1H20 and 2H2021 numbers.", [2021, 2020, 2021],
         ["2021", "2020-H1", "2021-H2"]),
        ("Second Quarter 2025 results are due.", [2025], ["2025-Q2"]),
        ("Capex in fiscal 21's first quarter was $4 million.", [2021], ["2021-Q1"]),
        ("The notes mature in December of 2023.", [2023], ["2023-12"]),
        ("Rent starts in the second half of '22.", [2022], ["2022-H2"]),
        ("The index fell between March and June 1962.", [1962, 1962], ["1962-03", "1962-06"]),
    ],
)  # fmt: skip
def test_dates_written_with_their_year(sentence, value, period):
    found = dates(sentence)
    assert [q.value for q in found] == value
    assert [q.period for q in found] == period


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May said the bill may pass.",
        "Investors may march on the capital.",
        "A quarter of the staff left the company.",
        "He scored a second-half goal for the visitors.",
        "Profit for the year rose to $4 million.",
        "The year was a difficult one.",
        "The three-year-old plant employs 400 people.",
        "March said it would not sell.",
        "The company mar ks time.",
    ],
)
def test_not_dates(sentence):
    assert dates(sentence) == []


def test_a_month_and_day_later_than_the_article_date_is_last_year():
    (q,) = dates("The filing was made on Nov. 21.", today=dt.date(2019, 1, 9))
    assert q.period == "2018-11-21"
    (q,) = dates("The vote is on Jan. 14.", today=dt.date(2019, 1, 9))
    assert q.period == "2019-01-14"


def test_a_quarter_later_than_the_article_quarter_is_last_year():
    (q,) = dates("Fourth-quarter results beat forecasts.", today=dt.date(2019, 1, 7))
    assert q.period == "2018-Q4"
    (q,) = dates("Fourth-quarter results beat forecasts.", today=dt.date(2019, 11, 7))
    assert q.period == "2019-Q4"


def test_resolve_weeks_and_leap_days():
    assert resolve(("week", -1, ""), dt.date(2021, 1, 4)) == (2020, "2020-W53")
    assert resolve(("day", 0, "02-29"), dt.date(2021, 3, 1)) == (2020, "2020-02-29")


def test_relative_json():
    assert relative_json(("year", -1, "")) == {"unit": "year", "offset": -1}
    assert relative_json(("day", 0, "12-27")) == {"unit": "day", "offset": 0, "part": "12-27"}


def test_claims_resolve_against_the_article_date(pipeline):
    text = "Acme Sales Jump in 2019\n\nAcme said sales rose 8% last year and will grow early next year."
    article = dataclasses.replace(article_from_text(text), date=dt.date(2020, 7, 7))
    found = [(c.text, c.kind, c.value, c.period) for c in extract_claims(article, pipeline).claims]
    assert ("2019", "date", 2019, "2019") in found  # a year in a headline is a claim
    assert ("last year", "date", 2019, "2019") in found
    assert ("early next year", "date", 2021, "2021") in found
    pct = next(c for c in extract_claims(article, pipeline).claims if c.kind == "percent")
    assert pct.period == "2019"  # "8% last year": the figure's period


def test_claims_without_an_article_date_keep_the_relation(pipeline):
    article = article_from_text("Note\n\nAcme said sales rose 8% last year.")
    (date,) = [c for c in extract_claims(article, pipeline).claims if c.kind == "date"]
    assert (date.value, date.period, date.relative) == (None, None, ("year", -1, ""))


@pytest.mark.parametrize(
    "text,kind,unit",
    [
        ("Analysts cut their 2020 quarterly earnings forecasts.", "date", "year"),
        ("The company repaid its 2048 notes early.", "date", "year"),
        ("The plant employs 1999 workers.", "count", "workers"),
    ],
)
def test_a_year_before_a_plural_noun(text, kind, unit, pipeline):
    found = extract_claims(article_from_text("Note\n\n" + text), pipeline).claims
    assert [(c.kind, c.unit) for c in found] == [(kind, unit)]
