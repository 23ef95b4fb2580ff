"""Claims against evidence: the right fact about the right company, or no verdict at all."""

import pytest

from factcheck_gui.core.pipeline import check_article
from factcheck_gui.core.text.articles import article_from_text

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
EVIDENCE = (
    HEADER
    + "\n".join(
        [
            "Acme Corp,Acme|Acme Corporation,annual revenue,revenue|sales,5200000000,USD,,2024,Acme 10-K 2024,,",
            "Acme Corp,Acme|Acme Corporation,annual revenue,revenue|sales,4800000000,USD,,2023,Acme 10-K 2023,,",
            "Acme Corp,Acme|Acme Corporation,employees,employees|staff|people|employs,12000,count,,2024-12-31,Acme 10-K 2024,,",
            "Acme Corp,Acme|Acme Corporation,year founded,founded|established,1987,year,,2024,Acme history,,",
            "Acme Corp,Acme|Acme Corporation,net profit,net profit|profit|net income,610000000,USD,,2024,Acme 10-K 2024,,",
            "Acme Bank,,employees,employees|staff|people,900,count,,2024,Acme Bank report,,",
            "Acme Bank,,total assets,assets|total assets,8000000000,USD,,2024,Acme Bank report,,",
            "Zenith Labs,Zenith,research papers published,papers|published|research,250,count,at_least,2025-01,Zenith site,,",
        ]
    )
    + "\n"
)


@pytest.fixture
def store(make_store):
    s = make_store(EVIDENCE)
    yield s
    s.close()


def verdicts(store, text):
    report = check_article(article_from_text(text), store)
    return {r.claim.text: r.verdict.verdict for r in report.claims}, report


def test_supported_and_contradicted(store, pipeline):
    got, _ = verdicts(
        store,
        "Acme Corp posts results\n\nAcme Corp said revenue was $5.2 billion in 2024. "
        "The company, founded in 1985, employs about 12,000 people.",
    )
    assert got["$5.2 billion"] == "supported"
    assert got["1985"] == "contradicted"
    assert got["about 12,000 people"] == "supported"


def test_other_year_is_a_different_fact(store, pipeline):
    got, _ = verdicts(
        store,
        "Acme results\n\nAcme Corp's revenue was $4.8 billion in 2023 and $5.5 billion in 2024.",
    )
    assert got["$4.8 billion"] == "supported"
    assert got["$5.5 billion"] == "contradicted"


def test_look_alike_company_is_not_confused(store, pipeline):
    got, _ = verdicts(
        store, "Banks hire\n\nAcme Bank employs 900 people, far fewer than Acme Corp."
    )
    assert got["900 people"] == "supported"


def test_euro_figure_never_matches_a_dollar_fact(store, pipeline):
    got, report = verdicts(
        store, "Acme results\n\nAcme Corp said revenue was €4.1 billion in 2024."
    )
    assert got["€4.1 billion"] == "unverified"
    (r,) = [r for r in report.claims if r.claim.kind == "money"]
    assert r.verdict.evidence == ()


def test_other_measure_is_not_compared(store, pipeline):
    got, _ = verdicts(
        store, "Acme results\n\nAcme Corp said its operating cash flow was $2.0 billion in 2024."
    )
    assert got["$2.0 billion"] == "unverified"


def test_unknown_company_is_unverified_not_guessed(store, pipeline):
    got, _ = verdicts(
        store, "Globex grows\n\nGlobex Inc said revenue rose to $5.2 billion in 2024."
    )
    assert got["$5.2 billion"] == "unverified"


def test_pronoun_resolves_to_the_subject(store, pipeline):
    got, report = verdicts(
        store,
        "Zenith Labs expands\n\nZenith Labs opened a new site. It has published more than 250 research papers.",
    )
    assert got["more than 250 research papers"] == "supported"
    claim = report.claims[0].claim
    assert claim.unit == "papers" and claim.qualifier == "more_than"


def test_explanation_names_fact_source_and_comparison(store, pipeline):
    _, report = verdicts(store, "Acme\n\nAcme Corp's net profit was $700 million in 2024.")
    (r,) = [r for r in report.claims if r.claim.kind == "money"]
    assert r.verdict.verdict == "contradicted"
    text = r.verdict.explanation
    assert (
        "net profit" in text
        and "Acme 10-K 2024" in text
        and "$610 million" in text
        and "$700 million" in text
    )


def test_change_is_not_compared_with_a_level(store, pipeline):
    got, _ = verdicts(
        store, "Acme\n\nAcme Corp's revenue rose $400 million to $5.2 billion in 2024."
    )
    assert got["$400 million"] == "unverified"
    assert got["$5.2 billion"] == "supported"


def test_old_evidence_is_called_stale_only_for_a_later_period(store, pipeline):
    """A figure about 2024 checked in 2030 against a 2024 fact is not stale: it is about the
    past. A figure that names no period speaks of today, and a 2024 fact may be stale for it."""
    import datetime as dt

    from factcheck_gui.core.pipeline import CheckConfig

    def money_verdict(text, today):
        report = check_article(article_from_text(text), store, CheckConfig(today=today))
        return [r for r in report.claims if r.claim.kind == "money"][0].verdict

    dated = "Acme results\n\nAcme Corp said revenue was $5.2 billion in 2024."
    undated = "Acme results\n\nAcme Corp's annual revenue is $5.2 billion."
    fresh = money_verdict(dated, dt.date(2025, 6, 1))
    past = money_verdict(dated, dt.date(2030, 6, 1))
    now = money_verdict(undated, dt.date(2030, 6, 1))
    assert fresh.verdict == past.verdict == now.verdict == "supported"
    assert not fresh.stale and not past.stale
    assert now.stale and "may be stale" in now.explanation


def test_units_falls_and_moves(make_store, pipeline):
    store = make_store(HEADER + "\n".join([
        "Volt Power,Volt,renewable capacity,capacity|renewable|gigawatts,4.2,GW,,2025,Volt report,,",
        "Volt Power,Volt,comparable sales change,comparable|sales|fell|change,-2.4,%,,2025,Volt report,,",
        "Volt Power,Volt,deposits,deposits,142000000000,GBP,,2025,Volt report,,",
    ]) + "\n", name="volt")  # fmt: skip
    got, _ = verdicts(
        store,
        "Volt\n\nVolt Power has 4,200 megawatts of renewable capacity. Comparable sales at Volt "
        "fell 2.4% in the quarter. Volt said deposits fell by £3.2bn in the year to £142bn.",
    )
    assert got["4,200 megawatts"] == "supported"  # MW and GW compare
    assert got["2.4%"] == "supported"  # a fall against a negative change
    assert got["£3.2bn"] == "unverified"  # the move is not the level
    assert got["£142bn"] == "supported"  # the level after the move keeps its subject
    store.close()
