"""More confusions behind wrong ✖ on held-out copy (verdicts-i, session 22), each with a figure
that lines up with a fact and one that only looks like it: a forecast revised since the fact's,
an earlier forecast named beside the new one, a list under a lead-in ("For 2026 it targets:"),
a count of some of a thing against the total, a subsidiary named beside its group, a year-ago
quarter, and net interest income against net profit."""

import datetime as dt

import pytest

from tests.unit.core.verdicts.test_confusions import BRISK, PELLHAM, TOTAL_Q3, verdict_of

GUIDE = f"{PELLHAM},2026 revenue guidance,revenue|guidance|outlook,9200000000,USD,,{{as_of}},Pellham results,,"
NOW = "Pellham Tools now expects 2026 revenue of $9.8 billion."


def test_a_forecast_against_one_made_this_month_is_decided(make_store, pipeline):
    got, _ = verdict_of(make_store, [GUIDE.format(as_of="2025-11")], NOW, "$9.8 billion")
    assert got == "contradicted"


def test_a_forecast_is_never_contradicted_by_one_made_months_before(make_store, pipeline):
    got, why = verdict_of(make_store, [GUIDE.format(as_of="2025-03")], NOW, "$9.8 billion")
    assert got == "unverified" and "forecast made in March 2025" in why


def test_a_forecast_made_months_before_may_still_support(make_store, pipeline):
    got, _ = verdict_of(make_store, [GUIDE.format(as_of="2025-03")],
                        "Pellham Tools still expects 2026 revenue of about $9.2 billion.", "about $9.2 billion")  # fmt: skip
    assert got == "supported"


RAISED = (
    "Pellham Tools expects 2026 revenue of $9.2 billion, up from earlier guidance of $8.8 billion."
)


def test_the_new_forecast_is_supported_by_the_forecast_on_file(make_store, pipeline):
    assert (
        verdict_of(make_store, [GUIDE.format(as_of="2025-11")], RAISED, "$9.2 billion")[0]
        == "supported"
    )


def test_an_earlier_forecast_is_never_judged_by_the_one_that_replaced_it(make_store, pipeline):
    got, why = verdict_of(make_store, [GUIDE.format(as_of="2025-11")], RAISED, "$8.8 billion")
    assert got == "unverified" and "earlier forecast" in why


ACTUAL_2025 = (
    f"{PELLHAM},2025 revenue,revenue|sales,8800000000,USD,,2025-12,Pellham annual report,,"
)
LIST = ("Outlook\nFor the current year Pellham Tools now targets:\n\n"
        "- revenue of $9.0 billion to $9.4 billion;\n- a margin of about 14%.")  # fmt: skip


def test_a_list_under_a_forecast_lead_in_is_a_forecast_of_its_year(make_store, pipeline):
    got, _ = verdict_of(make_store, [ACTUAL_2025, GUIDE.format(as_of="2026-02")], LIST,
                        "$9.0 billion to $9.4 billion", date=dt.date(2026, 2, 24))  # fmt: skip
    assert got == "supported"


def test_a_list_under_a_forecast_lead_in_is_never_judged_by_last_years_actual(make_store, pipeline):
    got, why = verdict_of(make_store, [ACTUAL_2025], LIST, "$9.0 billion to $9.4 billion",
                          date=dt.date(2026, 2, 24))  # fmt: skip
    assert got == "unverified" and ("forecast" in why or "target" in why)


FLEET = f"{PELLHAM},total fleet,fleet|aircraft|jets,134,count,,2025-10,Pellham fleet list,,"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("Pellham Tools flies 96 jets, all Boeings.", "96 jets", "contradicted"),
    ("Pellham Tools flies 96 mainline jets, all Boeings.", "96 mainline jets", "unverified"),
    ("Pellham Tools flies 96 leased jets.", "96 leased jets", "unverified"),
])  # fmt: skip
def test_a_count_of_some_kind_is_never_judged_by_the_total(
    make_store, pipeline, text, figure, want
):
    got, why = verdict_of(make_store, [FLEET], text, figure)
    assert got == want, why


GROUP = ("Pellham Group,Pellham|the Group,2025 net profit,net profit|profit,1480000000,EUR,,2025-12,"
         "Pellham annual report,,")  # fmt: skip
SUB = "Pellham Bank N.V.,Pellham Bank,CET1 ratio,CET1,14.6,%,,2025-12-31,Pellham annual report,,"


@pytest.mark.parametrize(("text", "want"), [
    ("Pellham Group reported net profit of €1.31 billion.", "contradicted"),
    ("Pellham Bank N.V., the Group's principal banking subsidiary, reported net profit of "
     "€1.31 billion.", "unverified"),
])  # fmt: skip
def test_a_subsidiary_named_beside_its_group_owns_its_figure(make_store, pipeline, text, want):
    got, why = verdict_of(
        make_store, [GROUP, SUB], text, "€1.31 billion", date=dt.date(2026, 2, 24)
    )
    assert got == want, why


Q3_2025 = f"{PELLHAM},third-quarter 2025 operating profit,operating profit,66000000,USD,,2025-10,Pellham Q3 2025,,"
DROP = "Pellham Tools said operating profit dropped 21% to $52 million."


def test_the_latest_quarter_on_file_is_the_figures_quarter(make_store, pipeline):
    got, _ = verdict_of(make_store, [Q3_2025], DROP, "$52 million", date=dt.date(2025, 11, 5))
    assert got == "contradicted"


def test_a_year_ago_quarter_is_never_the_figures_quarter(make_store, pipeline):
    got, why = verdict_of(make_store, [Q3_2025], DROP, "$52 million", date=dt.date(2026, 11, 19))
    assert got == "unverified" and "2025" in why


NET = f"{PELLHAM},2025 net profit,net profit|net income,1480000000,USD,,2025-12,Pellham annual report,,"
NII = f"{PELLHAM},2025 net interest income,net interest income|NII,1450000000,USD,,2025-12,Pellham annual report,,"
NII_TEXT = "Pellham Tools had 2025 net interest income of $1.31 billion."


def test_net_interest_income_is_judged_by_net_interest_income(make_store, pipeline):
    got, _ = verdict_of(
        make_store, [NET, NII], NII_TEXT, "$1.31 billion", date=dt.date(2026, 2, 24)
    )
    assert got == "contradicted"


def test_net_interest_income_is_never_judged_by_net_profit(make_store, pipeline):
    got, why = verdict_of(make_store, [NET], NII_TEXT, "$1.31 billion", date=dt.date(2026, 2, 24))
    assert got == "unverified" and "net interest income" in why


SEGMENT = ("Pellham Garden,Garden division,third-quarter sales,sales|revenue,960000000,USD,,2025-10,"
           "Pellham Q3 results,,")  # fmt: skip


@pytest.mark.parametrize(("text", "want"), [
    ("Pellham Garden had a harder time. Sales in the division fell to $940 million.", "contradicted"),
    ("Pellham Tools had a harder time. Sales in the division fell to $940 million.", "unverified"),
])  # fmt: skip
def test_the_division_is_the_one_named_just_before(make_store, pipeline, text, want):
    got, why = verdict_of(make_store, [TOTAL_Q3, SEGMENT], text, "$940 million")
    assert got == want, why


NIM = f"{PELLHAM},2025 net interest margin,net interest margin|NIM|margin,1.86,%,,2025-12,Pellham annual report,,"
MARGIN_TEXT = ("Pellham Tools said net interest income increased 6% to $4.12 billion, and the net interest "
               "margin widened to {} from 1.79% a year earlier.")  # fmt: skip


@pytest.mark.parametrize(("figure", "want"), [("1.86%", "supported"), ("1.96%", "contradicted")])
def test_a_margin_beside_net_interest_income_is_the_margins(make_store, pipeline, figure, want):
    got, why = verdict_of(
        make_store, [NIM], MARGIN_TEXT.format(figure), figure, date=dt.date(2026, 2, 24)
    )
    assert got == want, why


CET1 = (
    f"{PELLHAM},CET1 ratio at end-2025,CET1|CET1 ratio,14.1,%,,2025-12-31,Pellham annual report,,"
)
LEVERAGE = (
    f"{PELLHAM},leverage ratio at end-2025,leverage ratio,5.2,%,,2025-12-31,Pellham annual report,,"
)
RATIOS = (
    "Pellham Tools said its common equity tier 1 (CET1) ratio was 14.3% at year-end. The leverage "
    "ratio stood at 5.2%."
)


def test_one_capital_ratio_is_judged_by_the_same_ratio(make_store, pipeline):
    assert (
        verdict_of(make_store, [CET1, LEVERAGE], RATIOS, "14.3%", date=dt.date(2026, 2, 24))[0]
        == "contradicted"
    )
    assert (
        verdict_of(make_store, [CET1, LEVERAGE], RATIOS, "5.2%", date=dt.date(2026, 2, 24))[0]
        == "supported"
    )


def test_a_capital_ratio_is_never_judged_by_another(make_store, pipeline):
    got, why = verdict_of(make_store, [CET1], RATIOS, "5.2%", date=dt.date(2026, 2, 24))
    assert got == "unverified", why


TARGET = ("Larch Energy,Larch,full-year 2026 production target,output target|production,212000,barrels,,"
          "2026-03-05,Larch release,,")  # fmt: skip
ACTUAL = "Larch Energy,Larch,2025 average production,production|output,205000,barrels,,2025-12,Larch release,,"
FTSE = "FTSE 100,FTSE,index close,close|index,8214.9,points,,2026-03-04,LSE,,"
RAISE = ("Shares in Larch Energy jumped 8.2%, the biggest gain in the FTSE 100, after the North Sea producer "
         "raised its full-year output target to 212,000 barrels of oil equivalent a day from 205,000.")  # fmt: skip


def test_the_producer_is_the_company_named_first_and_its_barrels_compare(make_store, pipeline):
    got, why = verdict_of(make_store, [TARGET, ACTUAL, FTSE], RAISE, "212,000 barrels of oil equivalent",
                          date=dt.date(2026, 3, 5))  # fmt: skip
    assert got == "supported", why


def test_the_target_it_replaced_is_never_judged_by_last_years_output(make_store, pipeline):
    got, why = verdict_of(
        make_store, [TARGET, ACTUAL, FTSE], RAISE, "205,000", date=dt.date(2026, 3, 5)
    )
    assert got == "unverified", why


CUT_YEAR = f"{PELLHAM},year of the first price cut,first cut|price cut,2023,year,,2023-12,Pellham history,,"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("Pellham Tools made its first price cut in 2021.", "2021", "contradicted"),
    ("Pellham Tools makes its first price cut next year.", "next year", "unverified"),
])  # fmt: skip
def test_a_future_year_is_never_contradicted_by_a_past_events(
    make_store, pipeline, text, figure, want
):
    got, why = verdict_of(make_store, [CUT_YEAR], text, figure)
    assert got == want, why


CLOSED = (
    f"{PELLHAM},stores closed in the first half,stores|closed,12,stores,,2025-09,Pellham update,,"
)


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("Pellham Tools closed 14 stores in the half.", "14 stores", "contradicted"),
    ("Pellham Tools opened nine stores and closed 14 in the half.", "nine stores", "unverified"),
])  # fmt: skip
def test_a_count_says_what_was_done_to_what_it_counts(make_store, pipeline, text, figure, want):
    got, why = verdict_of(make_store, [CLOSED], text, figure)
    assert got == want, why


RATE_BEFORE = (f"{PELLHAM},floating loan rate (before November cut),floating rate|loan rate,6.59,%,,2025-11-03,"
               "Pellham rates,,")  # fmt: skip
RATE_NOW = (
    f"{PELLHAM},floating loan rate,floating rate|loan rate,6.59,%,,2025-11-03,Pellham rates,,"
)
CUT = "Pellham Tools cut its floating loan rate to 6.14%."


def test_a_level_from_before_a_change_never_decides_the_one_after(make_store, pipeline):
    assert verdict_of(make_store, [RATE_NOW], CUT, "6.14%")[0] == "contradicted"
    got, why = verdict_of(make_store, [RATE_BEFORE], CUT, "6.14%")
    assert got == "unverified" and "before a change" in why


YIELD = "Australian government bonds,Australian 10-year,10-year bond yield,yield|10-year,4.45,%,,{as_of},Market data,,"
YIELD_TEXT = "The Australian 10-year yield fell to 4.31%."


def test_a_daily_level_dated_to_a_month_never_decides_todays(make_store, pipeline):
    assert (
        verdict_of(make_store, [YIELD.format(as_of="2025-11-05")], YIELD_TEXT, "4.31%")[0]
        == "contradicted"
    )
    got, why = verdict_of(make_store, [YIELD.format(as_of="2025-10")], YIELD_TEXT, "4.31%")
    assert got == "unverified" and "every trading day" in why


NASDAQ = "Nasdaq Composite,Nasdaq,gain year to date (to Nov 5 2025),gain|year to date|so far this year,21.4,%,,2025-11-05,Nasdaq,,"


STAR = ("Pellham Tools is the year's star. So far this year it has gained 44%, against a 19% rise for the "
        "Nasdaq Composite.")  # fmt: skip


def test_a_name_after_another_figure_of_the_kind_is_that_figures(make_store, pipeline):
    got, why = verdict_of(make_store, [NASDAQ, TOTAL_Q3], STAR, "44%")
    assert got == "unverified", why


FY24 = f"{PELLHAM},revenue year to September 2024,revenue|sales,910000000,GBP,,2024-09,Pellham annual report 2024,,"
FY25 = f"{PELLHAM},revenue year to September 2025,revenue|sales,910000000,GBP,,2025-09,Pellham prelims,,"
PRELIMS = "Preliminary results for the year to 30 September\n\n2 December 2025\n\nPellham Tools: revenue of £940 million."


def test_the_year_to_september_is_the_latest_one(make_store, pipeline):
    got, why = verdict_of(make_store, [FY24], PRELIMS, "£940 million", date=dt.date(2025, 12, 2))
    assert got == "unverified" and "2024" in why
    assert (
        verdict_of(make_store, [FY24, FY25], PRELIMS, "£940 million", date=dt.date(2025, 12, 2))[0]
        == "contradicted"
    )


@pytest.mark.parametrize(("rows", "text", "words"), [
    ([], "Pellham Tools employs 7,200 people.", "holds no facts yet"),
    ([BRISK], "Pellham Tools employs 7,200 people.", "No one the database knows is named near"),
    ([TOTAL_Q3], "Pellham Tools employs 7,200 people.", "No fact in the database about Pellham Tools"),
])  # fmt: skip
def test_an_unverified_figure_says_why_nothing_was_compared(
    make_store, pipeline, rows, text, words
):
    got, why = verdict_of(make_store, rows, text, "7,200 people")
    assert got == "unverified" and words in why, why


STAFF = f"{PELLHAM},employees,employees|staff|people,530,staff,,2025-12,Pellham annual report,,"


@pytest.mark.parametrize(("text", "want"), [
    ("Pellham Tools is growing. It has 300 staff and a single customer.", "contradicted"),
    ("Pellham Tools is growing. When I joined a decade ago, we had 300 staff and a single customer.",
     "unverified"),
])  # fmt: skip
def test_a_decade_ago_is_not_today(make_store, pipeline, text, want):
    got, why = verdict_of(make_store, [STAFF], text, "300 staff", date=dt.date(2026, 3, 1))
    assert got == want, why


GUIDE_Q4 = (f"{PELLHAM},Q4 2025 revenue guidance (given in August),revenue|guidance,880000000,USD,,2025-08,"
            "Pellham Q2 results,,")  # fmt: skip
Q3_ACTUAL = f"{PELLHAM},Q3 2025 revenue,revenue|sales,861000000,USD,,2025-09,Pellham Q3 results,,"
CALL = ("Pellham Tools: Q3 2025 earnings call\n\nCall date: November 4, 2025\n\n"
        "For the fourth quarter we now expect revenue of $895 million; last quarter we had pointed to $880 million.")  # fmt: skip


def test_guidance_pointed_to_is_never_judged_by_the_quarters_result(make_store, pipeline):
    got, why = verdict_of(
        make_store, [GUIDE_Q4, Q3_ACTUAL], CALL, "$880 million", date=dt.date(2025, 11, 4)
    )
    assert got != "contradicted", why


RANGE = (f"{PELLHAM},full-year 2025 revenue guidance (narrowed November 2025),revenue|guidance,14300000000,USD,"
         "approx,2025-11,Pellham Q3 results,,")  # fmt: skip
NARROW = ("When we set guidance in February, we said full-year revenue would be between $14.0 billion and "
          "$14.4 billion. Today we are narrowing that to $14.2 billion to $14.4 billion.")  # fmt: skip


def test_a_forecast_narrowed_is_the_forecast_of_the_sentence_before(make_store, pipeline):
    got, why = verdict_of(make_store, [RANGE], NARROW, "$14.2 billion to $14.4 billion")
    assert got == "supported", why


Q3_NET = (
    f"{PELLHAM},third-quarter 2024 net profit,net profit,573000000,EUR,,2024-09,Pellham Q3 2024,,"
)
MONTHS = ("Pellham Tools said net profit rose to 612 million euros in the July-September period from "
          "537 million euros a year earlier.")  # fmt: skip


def test_a_span_of_months_is_its_quarter(make_store, pipeline):
    got, why = verdict_of(
        make_store, [Q3_NET], MONTHS, "537 million euros", date=dt.date(2025, 10, 28)
    )
    assert got == "contradicted", why


GROUP_OZ = (f"{PELLHAM},third-quarter 2025 attributable gold production,attributable|gold production|output,"
            "318400,ounces,,2025-09,Pellham Q3 report,,")  # fmt: skip
MINE = "Minera Pardo,Pardo mine,third-quarter 2025 gold production (100%),gold production,235300,ounces,,2025-09,Pellham Q3 report,,"


@pytest.mark.parametrize(("text", "want"), [
    ("Pellham Tools had a strong third quarter. Attributable gold output was 316,500 ounces.", "contradicted"),
    ("Pellham Tools had a strong third quarter. The Pardo mine is run by Minera Pardo, in which Pellham holds "
     "75%. Attributable gold output was 176,500 ounces.", "unverified"),
])  # fmt: skip
def test_a_figure_after_a_sentence_on_a_part_is_not_surely_the_groups(
    make_store, pipeline, text, want
):
    figure = "316,500 ounces" if "316,500" in text else "176,500 ounces"
    got, why = verdict_of(make_store, [GROUP_OZ, MINE], text, figure, date=dt.date(2025, 10, 22))
    assert got == want, why


DEBT = (
    f"{PELLHAM},net debt at 30 June 2025,net debt,455000000,USD,,2025-06-30,Pellham Q2 accounts,,"
)


@pytest.mark.parametrize(("text", "want"), [
    ("Pellham Tools ended the second quarter with net debt of $420 million.", "contradicted"),
    ("Pellham Tools ended the third quarter with net debt of $420 million.", "unverified"),
])  # fmt: skip
def test_a_level_at_a_quarters_end_is_judged_by_that_quarters_day(make_store, pipeline, text, want):
    got, why = verdict_of(make_store, [DEBT], text, "$420 million", date=dt.date(2025, 10, 22))
    assert got == want, why


RBA = ("Reserve Bank of Australia,RBA,cash rate target (April 2026 decision),cash rate|cash rate target,3.6,%,,"
       "2026-04-07,RBA statement,,")  # fmt: skip


def test_a_rate_named_target_is_no_target_basis(make_store, pipeline):
    text = "An economist at Pellham Tools sees the RBA cutting its cash rate to 3.10% by December."
    got, why = verdict_of(make_store, [RBA], text, "3.10%", date=dt.date(2026, 4, 15))
    assert got == "unverified", why
    assert verdict_of(make_store, [RBA], "The RBA held its cash rate at 3.85% on Tuesday.", "3.85%",
                      date=dt.date(2026, 4, 7))[0] == "contradicted"  # fmt: skip


FY_2025 = f"{PELLHAM},full-year 2025 revenue,revenue|sales,9870000000,USD,,2025-12,Pellham annual report 2025,,"
OUTLOOK = ("For the full year Pellham Tools now expects revenue of about $11.2 billion, up from its previous "
           "forecast of $10.8 billion and compared with $9.78 billion last year.")  # fmt: skip


def test_last_years_figure_in_a_forecast_sentence_is_an_actual(make_store, pipeline):
    got, why = verdict_of(
        make_store, [FY_2025], OUTLOOK, "$9.78 billion", date=dt.date(2026, 4, 28)
    )
    assert got == "contradicted", why
    got, why = verdict_of(
        make_store, [FY_2025], OUTLOOK, "about $11.2 billion", date=dt.date(2026, 4, 28)
    )
    assert got == "unverified", why


CPI = "Statistics Nordhavn,Nordhavn statistics office,October headline CPI year on year,CPI|inflation|consumer prices,2.6,%,,2025-10,Statistics Nordhavn,,"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("Consumer prices rose 2.6% year on year in October, Statistics Nordhavn said.", "2.6%", "supported"),
    ("Consumer prices rose 2.9% year on year in October, Statistics Nordhavn said.", "2.9%", "contradicted"),
])  # fmt: skip
def test_prices_rising_by_a_rate_is_the_inflation_rate(make_store, pipeline, text, figure, want):
    got, why = verdict_of(make_store, [CPI], text, figure, date=dt.date(2025, 11, 14))
    assert got == want, why


CUT_BEGAN = f"{PELLHAM},year the price-cutting cycle began,price cuts|cycle began|began,2024,year,,2024-06,Pellham history,,"


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("Pellham Tools began its price-cutting cycle in 2023.", "2023", "contradicted"),
    ("Pellham Tools began its price-cutting cycle in October.", "October", "unverified"),
])  # fmt: skip
def test_a_month_whose_year_is_not_written_never_contradicts_an_events_year(
    make_store, pipeline, text, figure, want
):
    got, why = verdict_of(make_store, [CUT_BEGAN], text, figure)
    assert got == want, why


def test_a_year_on_file_that_is_a_forecast_never_contradicts_a_dated_event(make_store, pipeline):
    fact = f"{PELLHAM},expected year of completion of the Brisk deal,completion|deal|closed,2026,year,,2025-10,Pellham release,,"
    got, why = verdict_of(
        make_store, [fact], "Pellham Tools closed the Brisk deal in 2025.", "2025"
    )
    assert got == "unverified", why


MARGIN_2025 = (
    f"{PELLHAM},2025 adjusted EBIT margin,EBIT margin|margin,6.1,%,,2025-12,Pellham annual report,,"
)
MARGIN_GOAL = f"{PELLHAM},2030 adjusted EBIT margin target,EBIT margin|margin|target,7.5,%,,2026-09-15,Pellham CMD,,"
TARGETS = "Pellham Tools set out its plans.\n\n## Medium-term targets\n\n- Adjusted EBIT margin: 7.5% to 8.0%\n- Leverage: below 2.0 times"


def test_a_list_under_a_targets_heading_is_a_target(make_store, pipeline):
    got, why = verdict_of(
        make_store, [MARGIN_2025], TARGETS, "7.5% to 8.0%", date=dt.date(2026, 9, 16)
    )
    assert got == "unverified", why
    got, why = verdict_of(
        make_store, [MARGIN_2025, MARGIN_GOAL], TARGETS, "7.5% to 8.0%", date=dt.date(2026, 9, 16)
    )
    assert got == "supported", why
