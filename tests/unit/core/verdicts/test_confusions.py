"""The confusions that made "contradicted" untrustworthy, each with a figure that lines up with a
fact (and so is decided) and one that only looks like it (and so stays unverified): segment vs
total, forecast vs actual, quarterly vs annual, consensus vs result, level vs change, two
entities in one sentence, and a company's figure vs its look-alike's."""

import dataclasses
import datetime as dt

import pytest

from factcheck_gui.core.pipeline import CheckConfig, check_article
from factcheck_gui.core.text.articles import article_from_text

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
PELLHAM = "Pellham Tools,Pellham|PLTL"


def verdict_of(make_store, rows, text, figure, date=dt.date(2025, 11, 5)):
    store = make_store(
        HEADER + "\n".join(rows) + "\n", name=f"s{abs(hash((tuple(rows), text))) % 10**8}"
    )
    try:
        article = dataclasses.replace(article_from_text("Pellham update\n\n" + text), date=date)
        report = check_article(article, store, CheckConfig(proofread=False, today=date))
        (r,) = [r for r in report.claims if r.claim.text == figure]
        return r.verdict.verdict, r.verdict.explanation
    finally:
        store.close()


TOTAL_Q3 = (
    f"{PELLHAM},third-quarter revenue,revenue|sales,2400000000,USD,,2025-09,Pellham Q3 results,,"
)
SEGMENT_Q3 = f"{PELLHAM},power-tools segment third-quarter revenue,revenue|segment,910000000,USD,,2025-09,Pellham Q3 results,,"


def test_segment_figure_against_the_segment_fact_is_decided(make_store, pipeline):
    got, why = verdict_of(make_store, [TOTAL_Q3, SEGMENT_Q3],
                          "Its power-tools segment posted third-quarter revenue of $950 million.", "$950 million")  # fmt: skip
    assert got == "contradicted" and "$910 million" in why


def test_segment_figure_is_never_compared_with_the_total(make_store, pipeline):
    got, why = verdict_of(make_store, [TOTAL_Q3],
                          "Its power-tools segment posted third-quarter revenue of $950 million.", "$950 million")  # fmt: skip
    assert got == "unverified" and "segment" in why


def test_total_figure_is_never_compared_with_a_segment(make_store, pipeline):
    got, _ = verdict_of(make_store, [SEGMENT_Q3],
                        "Pellham Tools said third-quarter revenue was $2.5 billion.", "$2.5 billion")  # fmt: skip
    assert got == "unverified"


ACTUAL_2025 = f"{PELLHAM},full-year 2025 revenue,revenue|sales,8800000000,USD,,2025-12,Pellham annual report,,"
GUIDANCE_2025 = f"{PELLHAM},full-year 2025 revenue guidance,revenue|guidance|outlook,9000000000,USD,approx,2025-07,Pellham Q2 results,,"


def test_forecast_against_guidance_is_decided(make_store, pipeline):
    got, _ = verdict_of(make_store, [GUIDANCE_2025],
                        "Pellham Tools expects full-year 2025 revenue of about $9 billion.", "about $9 billion")  # fmt: skip
    assert got == "supported"


def test_forecast_is_never_contradicted_by_an_actual(make_store, pipeline):
    got, why = verdict_of(make_store, [ACTUAL_2025],
                          "Pellham Tools expects full-year 2025 revenue of $9.6 billion.", "$9.6 billion")  # fmt: skip
    assert got == "unverified" and "forecast" in why


def test_actual_against_actual_is_contradicted(make_store, pipeline):
    got, _ = verdict_of(make_store, [ACTUAL_2025, GUIDANCE_2025],
                        "Pellham Tools reported full-year 2025 revenue of $9.6 billion.", "$9.6 billion",
                        date=dt.date(2026, 2, 10))  # fmt: skip
    assert got == "contradicted"


FY_2024 = f"{PELLHAM},full-year 2024 revenue,revenue|sales,8100000000,USD,,2024-12,Pellham annual report 2024,,"
Q4_2024 = f"{PELLHAM},fourth-quarter 2024 revenue,revenue|sales,2200000000,USD,,2024-12,Pellham Q4 2024 results,,"


def test_quarter_against_the_quarter_is_decided(make_store, pipeline):
    got, _ = verdict_of(make_store, [FY_2024, Q4_2024],
                        "Pellham Tools had fourth-quarter 2024 revenue of $2.1 billion.", "$2.1 billion")  # fmt: skip
    assert got == "contradicted"


def test_quarter_is_never_compared_with_the_year(make_store, pipeline):
    got, why = verdict_of(make_store, [FY_2024],
                          "Pellham Tools had fourth-quarter 2024 revenue of $2.1 billion.", "$2.1 billion")  # fmt: skip
    assert got == "unverified" and "quarter" in why


EPS_Q3 = f"{PELLHAM},third-quarter earnings per share,EPS|per share|earnings,1.12,USD,,2025-09,Pellham Q3 results,,"
CONSENSUS_Q3 = f"{PELLHAM},third-quarter EPS analyst consensus,EPS|consensus|analysts,1.05,USD,,2025-10,LSEG consensus,,"


def test_consensus_against_consensus_is_decided(make_store, pipeline):
    got, _ = verdict_of(make_store, [EPS_Q3, CONSENSUS_Q3],
                        "Analysts' consensus for Pellham Tools was third-quarter EPS of $1.08.", "$1.08")  # fmt: skip
    assert got == "contradicted"


def test_consensus_is_never_contradicted_by_the_result(make_store, pipeline):
    got, why = verdict_of(make_store, [EPS_Q3],
                          "Analysts' consensus for Pellham Tools was third-quarter EPS of $1.08.", "$1.08")  # fmt: skip
    assert got == "unverified" and "consensus" in why


def test_result_is_never_contradicted_by_the_consensus(make_store, pipeline):
    got, _ = verdict_of(make_store, [CONSENSUS_Q3],
                        "Pellham Tools earned third-quarter EPS of $1.12.", "$1.12")  # fmt: skip
    assert got == "unverified"


PRICE = f"{PELLHAM},share price at close,shares|closed|price,84.6,USD,,2025-11-05,LSE data,,"
TEXT_PRICE = "Pellham Tools shares rose $1.20 to $84.90 on Wednesday."


def test_level_against_the_level_is_decided(make_store, pipeline):
    got, _ = verdict_of(make_store, [PRICE], TEXT_PRICE, "$84.90")
    assert got == "contradicted"


def test_change_is_never_compared_with_a_level(make_store, pipeline):
    got, why = verdict_of(make_store, [PRICE], TEXT_PRICE, "$1.20")
    assert got == "unverified" and "change" in why


BRISK = "Brisk Air,Brisk,October load factor,load factor,84,%,,2025-10,Brisk traffic data,,"
CORLAN = "Corlan Air,Corlan,October load factor,load factor,88,%,,2025-10,Corlan traffic data,,"
TWO = "Brisk Air's load factor reached 84% in October, against 86% at Corlan Air."


def test_each_entity_of_a_sentence_gets_its_own_fact(make_store, pipeline):
    assert verdict_of(make_store, [BRISK, CORLAN], TWO, "84%")[0] == "supported"
    assert verdict_of(make_store, [BRISK, CORLAN], TWO, "86%")[0] == "contradicted"


def test_the_other_entitys_fact_never_decides(make_store, pipeline):
    got, _ = verdict_of(make_store, [BRISK], TWO, "86%")
    assert got == "unverified"


@pytest.mark.parametrize("stale_fact", [
    f"{PELLHAM},employees,employees|staff|people,9400,count,,2014-12,Pellham annual report 2014,,",
])  # fmt: skip
def test_an_old_headcount_never_decides_todays(make_store, pipeline, stale_fact):
    got, why = verdict_of(
        make_store, [stale_fact], "Pellham Tools employs 7,200 people.", "7,200 people"
    )
    assert got == "unverified" and "2014" in why


def test_a_headcount_of_that_year_is_decided(make_store, pipeline):
    fact = f"{PELLHAM},employees in 2014,employees|staff|people,9400,count,,2014-12,Pellham annual report 2014,,"
    got, _ = verdict_of(
        make_store, [fact], "Pellham Tools employed 7,200 people in 2014.", "7,200 people"
    )
    assert got == "contradicted"


def test_explanations_speak_an_editors_language(make_store, pipeline):
    _, why = verdict_of(make_store, [TOTAL_Q3],
                        "Its power-tools segment posted third-quarter revenue of $950 million.", "$950 million")  # fmt: skip
    for internal in ("less_than", "threshold", "scored", "_"):
        assert internal not in why
    assert "Pellham Q3 results" in why and "2025-09" in why
