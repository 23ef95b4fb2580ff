"""Confusions behind wrong verdicts on held-out copy (verdicts-j, session 24), each a figure that
lines up with a fact beside one that only looks like it: year-to-date against quarter and year,
guidance of a quarterly report, a forecast list, a level said "now", sub-units of a currency,
names written in lower case, and a range against a fact kept as its midpoint."""

import pytest

from tests.unit.core.verdicts.test_confusions import PELLHAM, verdict_of

Q3 = f"{PELLHAM},third-quarter 2025 revenue,revenue|sales,2400000000,USD,,2025-09,Pellham Q3 results,,"
NINE = (
    f"{PELLHAM},nine-month 2025 revenue,revenue|sales,7100000000,USD,,2025-09,Pellham Q3 results,,"
)
FY24 = f"{PELLHAM},2024 revenue,revenue|sales,9000000000,USD,,2024-12,Pellham annual report,,"


@pytest.mark.parametrize("text", [
    "Pellham Tools posted revenue of $7.1 billion for the first nine months.",
    "Nine-month revenue at Pellham Tools was $7.1 billion.",
    "Pellham Tools said year-to-date revenue was $7.1 billion.",
    "Pellham Tools had revenue of $7.1 billion in the January-September period.",
])  # fmt: skip
def test_a_year_to_date_figure_is_judged_by_the_year_to_date_fact(make_store, pipeline, text):
    assert verdict_of(make_store, [Q3, NINE], text, "$7.1 billion")[0] == "supported"


@pytest.mark.parametrize("text", [
    "Pellham Tools posted revenue of $7.4 billion for the first nine months.",
    "Pellham Tools had revenue of $7.4 billion in the January-September period.",
])  # fmt: skip
def test_a_year_to_date_figure_is_never_judged_by_a_quarter_or_a_year(make_store, pipeline, text):
    got, why = verdict_of(make_store, [Q3, FY24], text, "$7.4 billion")
    assert got == "unverified" and "the year to September" in why


@pytest.mark.parametrize("text", [
    "Pellham Tools posted revenue of $7.4 billion for the first nine months.",
    "Pellham Tools said year-to-date revenue was $7.4 billion.",
])  # fmt: skip
def test_a_year_to_date_figure_is_contradicted_by_the_year_to_date_fact(make_store, pipeline, text):
    got, why = verdict_of(make_store, [Q3, NINE], text, "$7.4 billion")
    assert got == "contradicted" and "$7.1 billion" in why


H1 = f"{PELLHAM},first-half 2025 revenue,revenue|sales,4700000000,USD,,2025-06,Pellham H1 results,,"


def test_a_year_to_date_figure_is_never_judged_by_the_half(make_store, pipeline):
    got, why = verdict_of(make_store, [H1], "Pellham Tools said year-to-date revenue was $4.9 billion.",
                          "$4.9 billion")  # fmt: skip
    assert got == "unverified" and "the year to date" in why


def test_a_third_quarter_figure_is_still_the_quarters(make_store, pipeline):
    got, _ = verdict_of(make_store, [Q3, NINE], "Pellham Tools posted third-quarter revenue of $2.5 billion.",
                        "$2.5 billion")  # fmt: skip
    assert got == "contradicted"


def test_a_span_of_nine_months_is_no_period(make_store, pipeline):
    got, _ = verdict_of(make_store, [FY24], "Pellham Tools expects revenue of $9.0 billion in nine months.",
                        "$9.0 billion")  # fmt: skip
    assert got != "contradicted"


FY_GUIDE = f"{PELLHAM},full-year 2025 revenue guidance,revenue|guidance|outlook,9600000000,USD,approx,2025-11,Pellham Q3 results,,"
Q3_GUIDE = f"{PELLHAM},third-quarter 2025 revenue guidance (July 2025),revenue|guidance|guided,2350000000,USD,approx,2025-07,Pellham Q2 results,,"
REPORT = "Pellham Tools reported third-quarter revenue of $2.4 billion."


def test_guidance_naming_no_period_in_a_quarterly_report_is_the_years(make_store, pipeline):
    got, why = verdict_of(make_store, [Q3, FY_GUIDE], REPORT + " It expects revenue of about $9.6 billion.",
                          "about $9.6 billion")  # fmt: skip
    assert got == "supported" and "full year 2025" in why


def test_guidance_naming_no_period_is_never_judged_by_the_quarters_guidance(make_store, pipeline):
    got, _ = verdict_of(
        make_store, [Q3_GUIDE], REPORT + " It expects revenue of $2.2 billion.", "$2.2 billion"
    )
    assert got == "unverified"


def test_when_a_forecast_was_given_is_not_its_period(make_store, pipeline):
    text = "Revenue for the quarter was $2.4 billion, ahead of the $2.3 billion to $2.4 billion we guided to in July."
    got, why = verdict_of(make_store, [Q3, Q3_GUIDE], text, "$2.3 billion to $2.4 billion")
    assert got == "supported"


EPS_GUIDE = f"{PELLHAM},full-year 2025 adjusted EPS guidance,EPS|earnings per share|guidance,4.35,USD,approx,2025-11,Pellham Q3 results,,"
EPS_2024 = f"{PELLHAM},full-year 2024 adjusted earnings per share,EPS|earnings per share,3.92,USD,,2024-12,Pellham annual report,,"
LISTED = (REPORT + " We now expect full-year revenue of about $9.6 billion, up from $9.4 billion, "
          "and adjusted earnings per share of {eps}.")  # fmt: skip


def test_one_forecast_verb_covers_the_items_of_its_list(make_store, pipeline):
    got, why = verdict_of(make_store, [EPS_GUIDE, EPS_2024], LISTED.format(eps="$4.30 to $4.40"),
                          "$4.30 to $4.40")  # fmt: skip
    assert got == "supported" and "forecast" in why
    got, _ = verdict_of(
        make_store, [EPS_GUIDE], LISTED.format(eps="$4.60 to $4.70"), "$4.60 to $4.70"
    )
    assert got == "contradicted"


def test_an_item_with_a_verb_of_its_own_is_not_the_lists_forecast(make_store, pipeline):
    text = (
        REPORT
        + " It expects revenue of about $9.6 billion, and earnings per share were $1.05 in the quarter."
    )
    got, why = verdict_of(make_store, [EPS_GUIDE], text, "$1.05")
    assert got == "unverified"
