"""Confusions behind wrong verdicts on held-out copy (verdicts-j, session 24), each a figure that
lines up with a fact beside one that only looks like it: year-to-date against quarter and year,
guidance of a quarterly report, a forecast list, a level said "now", sub-units of a currency,
names written in lower case, and a range against a fact kept as its midpoint."""

import datetime as dt

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


CAPEX = f"{PELLHAM},full-year 2025 capital expenditure guidance,capital spending|capex,340000000,USD,approx,2025-11,Pellham Q3 results,,"


def test_should_be_is_a_forecast(make_store, pipeline):
    got, _ = verdict_of(
        make_store,
        [CAPEX],
        REPORT + " Capital spending should be about $260 million.",
        "about $260 million",
    )
    assert got == "contradicted"
    got, _ = verdict_of(
        make_store,
        [CAPEX],
        REPORT + " Capital spending was about $260 million.",
        "about $260 million",
    )
    assert got == "unverified"


RESERVES = f"{PELLHAM},gold reserves at 31 December 2024,reserves|gold,24600000,ounces,,2024-12-31,Pellham reserves statement,,"


def test_as_at_december_in_the_autumn_is_last_december(make_store, pipeline):
    got, _ = verdict_of(make_store, [RESERVES], "Gold reserves at December 31 were 24.6 million ounces.",
                        "24.6 million ounces")  # fmt: skip
    assert got == "supported"


COUNTRIES = f"{PELLHAM},countries where the Arden platform is cleared,countries|cleared,12,countries,,2025-11,Pellham Q3 results,,"


@pytest.mark.parametrize(("text", "want"), [
    ("Our Arden platform is now cleared in 14 countries.", "contradicted"),
    ("Our Arden platform is now cleared in 12 countries.", "supported"),
])  # fmt: skip
def test_a_level_said_now_is_todays(make_store, pipeline, text, want):
    assert (
        verdict_of(
            make_store, [COUNTRIES], REPORT + " " + text, text.split(" in ")[-1].rstrip(".")
        )[0]
        == want
    )


MARKETS = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
SPOT = "Spot gold,gold|spot gold price,price per ounce at Sydney close,gold|ounce|spot,2614.2,USD,,2025-11-05,Wire data,,"
LBMA = "LBMA gold price,gold|gold price|spot gold,third-quarter 2025 average price per ounce,gold price|average,2480,USD,,2025-09,LBMA,,"


def test_the_entity_of_that_name_beats_one_with_it_as_an_alias(make_store, pipeline):
    got, why = verdict_of(
        make_store, [SPOT, LBMA], "Spot gold was little changed at $2,641.20 an ounce.", "$2,641.20"
    )
    assert got == "contradicted" and "Sydney close" in why
    got, _ = verdict_of(
        make_store, [SPOT, LBMA], "Spot gold was little changed at $2,614.20 an ounce.", "$2,614.20"
    )
    assert got == "supported"


THREE = "Australian 3-year bond,Australian three-year|three-year yield|3-year ACGB,three-year yield at close,yield|three-year,3.57,%,,2025-11-05,Wire data,,"
TEN = "Australian 10-year bond,Australian 10-year|10-year yield,10-year yield at close,yield|10-year,4.18,%,,2025-11-05,Wire data,,"


def test_a_name_written_in_lower_case_names_its_entity(make_store, pipeline):
    text = "Bonds rallied, and the three-year yield dropped to 3.52%."
    got, why = verdict_of(make_store, [THREE, TEN], text, "3.52%")
    assert got == "contradicted" and "3.57%" in why


def test_a_lower_case_alias_after_a_modifier_names_no_one(make_store, pipeline):
    text = "Bonds rallied, and the fund's average three-year yield dropped to 3.52%."
    got, _ = verdict_of(make_store, [THREE, TEN], text, "3.52%")
    assert got == "unverified"


KIWI = "New Zealand dollar,NZD|kiwi,exchange rate in U.S. dollars at close,U.S. cents|New Zealand dollar,0.5948,USD,,2025-11-05,Wire data,,"


def test_a_rate_in_us_cents_is_money_against_a_rate_in_dollars(make_store, pipeline):
    got, why = verdict_of(
        make_store, [KIWI], "The New Zealand dollar fell to 58.94 U.S. cents.", "58.94 U.S. cents"
    )
    assert got == "contradicted" and "0.5948" in why
    got, _ = verdict_of(
        make_store, [KIWI], "The New Zealand dollar fell to 59.48 U.S. cents.", "59.48 U.S. cents"
    )
    assert got == "supported"


DIV_H1_24 = f"{PELLHAM},first-half 2024 interim dividend per share,interim dividend|dividend,0.15,AUD,,2024-08,Pellham half-year report,,"


def test_the_previous_corresponding_period_is_the_year_before(make_store, pipeline):
    text = ("Pellham Tools declared a first-half interim dividend of 23 Australian cents, which compares "
            "with 15 Australian cents paid for the previous corresponding period.")  # fmt: skip
    assert verdict_of(make_store, [DIV_H1_24], text, "15 Australian cents")[0] == "supported"


SYNERGY = f"{PELLHAM},annual synergy target (May 2025 announcement),synergies|target,540000000,USD,,2025-05,Pellham merger documents,,"


def test_when_a_fact_was_said_in_brackets_is_not_its_period(make_store, pipeline):
    text = "Management raised its synergy target to $610 million a year from the $540 million it set out in May."
    assert verdict_of(make_store, [SYNERGY], text, "$540 million")[0] == "supported"


OLD_RANGE = f"{PELLHAM},full-year 2025 profit guidance (July) low end,profit|guidance|previous range,340000000,USD,,2025-07,Pellham AGM statement,,"
FY_ACTUAL = f"{PELLHAM},profit for the year to March 2025,profit|made,313000000,USD,,2025-03,Pellham annual report,,"


def test_from_a_previous_range_of_points_back_to_the_earlier_forecast(make_store, pipeline):
    text = ("Pellham Tools now expects full-year profit of between $365 million and $380 million, "
            "up from a previous range of $340 million to $360 million given in July.")  # fmt: skip
    got, _ = verdict_of(make_store, [OLD_RANGE, FY_ACTUAL], text, "$340 million to $360 million")
    assert got != "contradicted"


def test_a_guidance_column_of_a_quarterly_table_is_the_quarters(make_store, pipeline):
    text = ("Pellham Tools reports third-quarter results on Thursday.\n\n"
            "| Measure | Consensus | Guidance |\n|---|---|---|\n| Revenue | $2.45 billion | $2.3 billion to $2.4 billion |\n")  # fmt: skip
    got, _ = verdict_of(
        make_store,
        [Q3_GUIDE, FY_GUIDE],
        text,
        "$2.3 billion to $2.4 billion",
        date=dt.date(2025, 10, 20),
    )
    assert got == "supported"


def test_last_years_result_set_against_a_target_is_a_result(make_store, pipeline):
    text = "Pellham Tools wants revenue of $12 billion by 2030, up from $8.1 billion last year."
    got, why = verdict_of(make_store, [FY24], text, "$8.1 billion", date=dt.date(2025, 3, 17))
    assert got == "contradicted" and "$9 billion" in why


def test_an_earlier_forecast_set_against_the_new_one_stays_a_forecast(make_store, pipeline):
    text = "Pellham Tools now expects revenue of $9.6 billion, up from a forecast of $9.0 billion last year."
    got, _ = verdict_of(make_store, [FY24], text, "$9.0 billion", date=dt.date(2025, 3, 17))
    assert got == "unverified"


def test_the_one_company_a_headline_names_is_the_subject_of_we(make_store, pipeline):
    import dataclasses

    from factcheck_gui.core.pipeline import CheckConfig, check_article
    from factcheck_gui.core.text.articles import article_from_text
    from tests.unit.core.verdicts.test_confusions import HEADER

    rows = [f"{PELLHAM},employees,employees|staff|people,6380,count,,2025-02,Pellham annual report,,",
            "Halloran Power,Halloran,employees,employees|staff|people,530,count,,2024-12,Halloran report,,",
            "Halloran Power,Halloran,revenue in 2024,revenue,210000000,USD,,2024-12,Halloran report,,"]  # fmt: skip
    text = ("Transcript: In conversation with the chief executive of Pellham Tools\nPublished 17 March 2025\n\n"
            "Q: Why buy Halloran? A: Halloran makes what we need. Halloran has a strong team. Halloran grows fast.\n\n"
            "Q: And your staff? A: We employ about 6,400 people today.\n")  # fmt: skip
    store = make_store(HEADER + "\n".join(rows) + "\n", name="title")
    date = dt.date(2025, 3, 17)
    article = dataclasses.replace(article_from_text(text), date=date)
    report = check_article(article, store, CheckConfig(proofread=False, today=date))
    (r,) = [r for r in report.claims if r.claim.text == "about 6,400 people"]
    assert r.verdict.verdict == "supported" and "Pellham" in r.verdict.explanation


GROSS_CASH = f"{PELLHAM},gross cash,cash,410000000,USD,,2025-09,Pellham Q3 results,,"


def test_net_cash_is_never_judged_by_gross_cash(make_store, pipeline):
    got, why = verdict_of(
        make_store, [GROSS_CASH], "Pellham Tools has net cash of $410 million.", "$410 million"
    )
    assert got == "unverified" and "net cash" in why
    got, _ = verdict_of(
        make_store, [GROSS_CASH], "Pellham Tools has cash of $410 million.", "$410 million"
    )
    assert got == "supported"


ENGINEERS = f"{PELLHAM},field engineers (all units),engineers|field engineers,1150,count,,2025-10,Pellham annual report,,"
SERVICES = "Pellham Services,Pellham Tools services subsidiary,customers,customers,80,count,,2025-10,Pellham annual report,,"


def test_a_sentence_naming_a_subsidiary_is_not_supported_by_the_parents_fact(make_store, pipeline):
    text = REPORT + " Our Pellham Services subsidiary alone has 1,150 engineers in the field."
    got, why = verdict_of(make_store, [ENGINEERS, SERVICES], text, "1,150 engineers")
    assert got == "unverified" and "Pellham Services" in why
    got, _ = verdict_of(make_store, [ENGINEERS, SERVICES], REPORT + " It has 1,150 engineers in the field.",
                        "1,150 engineers")  # fmt: skip
    assert got == "supported"


HALLORAN = (
    "Halloran Power,Halloran,revenue in 2024,revenue|sales,210000000,USD,,2024-12,Halloran report,,"
)


def test_what_an_acquisition_should_add_is_no_past_result(make_store, pipeline):
    text = ("Pellham Tools agreed to buy Halloran Power. It should add around $210 million of revenue in its "
            "first full year.")  # fmt: skip
    assert verdict_of(make_store, [HALLORAN], text, "around $210 million")[0] == "unverified"


BRENT = (
    "Brent crude,Brent,settlement price per barrel,price|settled,71.35,USD,,{day},Exchange data,,"
)


@pytest.mark.parametrize(("value", "want"), [("$71.35", "supported"), ("$72.10", "unverified")])
def test_a_morning_report_may_be_supported_by_yesterdays_close_never_contradicted(
    make_store, pipeline, value, want
):
    rows = [BRENT.format(day="2025-11-04")]
    got, _ = verdict_of(make_store, rows, f"Brent crude rose 0.9% to {value} a barrel.", value)
    assert got == want


CUT = f"{PELLHAM},policy rate cut size November 2025,cut|basis points,50,basis points,,2025-11-05,Central bank statement,,"
TENDER = "Pellham Debt Office,PDO,2035 bond tender amount November 2025,sold|tender|bonds,250000000,USD,,2025-11-05,PDO,,"


def test_a_cut_on_file_is_a_move_of_the_rate(make_store, pipeline):
    text = "Pellham Tools cut its policy rate by 50 basis points."
    assert verdict_of(make_store, [CUT], text, "50 basis points")[0] == "supported"
    text = "Pellham Tools cut its policy rate by 75 basis points."
    assert verdict_of(make_store, [CUT], text, "75 basis points")[0] == "contradicted"


def test_the_year_a_bond_matures_is_not_the_period_of_its_sale(make_store, pipeline):
    text = "The Pellham Debt Office sold $250 million of bonds maturing in 2035 at an average yield of 4.18%."
    assert verdict_of(make_store, [TENDER], text, "$250 million")[0] == "supported"


CZ_CPI = "Czechia,Czech Republic|Czech economy,consumer price inflation October 2025 year on year,inflation|consumer prices,2.6,%,,2025-10,Statistics office,,"
CNB = "Czech National Bank,CNB|Czech central bank,2025 inflation projection (November forecast),inflation|forecast,2.4,%,,2025-11,CNB report,,"
CNB_RATE = "Czech National Bank,CNB|Czech central bank,two-week repo rate,repo rate|rate,3.25,%,,2025-11-05,CNB decision,,"


@pytest.mark.parametrize(("value", "want"), [("2.6%", "supported"), ("2.9%", "contradicted")])
def test_a_national_statistic_in_a_central_banks_story_is_the_countrys(
    make_store, pipeline, value, want
):
    text = (f"The Czech National Bank kept its main rate at 3.25% as the Czech economy slowed. Consumer "
            f"prices rose {value} year on year in October, the statistics office said.")  # fmt: skip
    got, why = verdict_of(make_store, [CZ_CPI, CNB, CNB_RATE], text, value)
    assert got == want and "Czechia" in why


ARR = f"{PELLHAM},cloud annual recurring revenue at end of September 2025,ARR|annual recurring revenue,4600000000,USD,,2025-09-30,Pellham Q3 results,,"
REV_Q3 = (
    f"{PELLHAM},third-quarter 2025 revenue,revenue,2610000000,USD,,2025-09,Pellham Q3 results,,"
)


def test_recurring_revenue_is_never_judged_by_revenue(make_store, pipeline):
    text = "Pellham Tools posted third-quarter revenue of $2.61 billion."
    assert verdict_of(make_store, [ARR], text, "$2.61 billion")[0] == "unverified"
    assert verdict_of(make_store, [ARR, REV_Q3], text, "$2.61 billion")[0] == "supported"
    text = "Cloud ARR at Pellham Tools reached $4.8 billion at the end of September."
    assert verdict_of(make_store, [ARR, REV_Q3], text, "$4.8 billion")[0] == "contradicted"


FY_CONSOLIDATED = f"{PELLHAM},full-year 2024 revenue (consolidated),revenue|sales,9400000000,USD,,2024-12,Pellham annual report,,"


def test_a_figure_excluding_a_unit_is_never_judged_by_the_consolidated_one(make_store, pipeline):
    text = "Excluding its listed unit, Pellham Tools had 2024 revenue of $7.2 billion."
    assert verdict_of(make_store, [FY_CONSOLIDATED], text, "$7.2 billion")[0] == "unverified"
    text = "Pellham Tools had 2024 revenue of $7.2 billion."
    assert verdict_of(make_store, [FY_CONSOLIDATED], text, "$7.2 billion")[0] == "contradicted"


NZ_CPI = "Statistics New Zealand,Stats NZ,third-quarter 2025 annual CPI inflation,inflation|consumer prices,1.8,%,,2025-09,Stats NZ,,"
NZ_JOBLESS = "Statistics New Zealand,Stats NZ,third-quarter 2025 unemployment rate,unemployment,5.4,%,,2025-09,Stats NZ,,"
RBNZ = "Reserve Bank of New Zealand,RBNZ,official cash rate,cash rate|OCR,2.75,%,,2025-11-05,RBNZ,,"


def test_a_national_statistic_is_owned_by_the_countrys_office_never_named(make_store, pipeline):
    text = ("The Reserve Bank of New Zealand cut its official cash rate to 2.75%. Annual consumer price "
            "inflation slowed to 1.8% in the third quarter. Unemployment rose to 5.6% in the September quarter.")  # fmt: skip
    got, why = verdict_of(make_store, [NZ_CPI, NZ_JOBLESS, RBNZ], text, "1.8%")
    assert got == "supported" and "Statistics New Zealand" in why
    got, why = verdict_of(make_store, [NZ_CPI, NZ_JOBLESS, RBNZ], text, "5.6%")
    assert got == "contradicted" and "5.4%" in why
