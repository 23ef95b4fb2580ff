"""Claims: counted nouns, subjects, measure words, and what is not a claim."""

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.text.articles import article_from_text


def claims(text, pipeline):
    return extract_claims(article_from_text(text), pipeline).claims


def test_counted_noun_and_span(pipeline):
    (c,) = claims(
        "Note\n\nThe lab had published more than 100 research papers in a few years.", pipeline
    )
    assert (c.text, c.kind, c.value, c.unit, c.qualifier) == (
        "more than 100 research papers",
        "count",
        100,
        "papers",
        "more_than",
    )
    assert "published" in c.measure


def test_year_in_a_headline_is_a_claim(pipeline):
    found = claims(
        "From Its 2018 Start to a Billion-Dollar Milestone\n\nIt opened in 2018.", pipeline
    )
    dates = [c for c in found if c.kind == "date"]
    assert [c.text for c in dates] == ["2018", "2018"]
    assert dates[0].start < 50 < dates[1].start
    # "a Billion-Dollar Milestone" is about a billion dollars, as editors key "billion-dollar"
    assert [(c.text, c.kind) for c in found if c.kind != "date"] == [("Billion-Dollar", "money")]


def test_money_in_a_headline_is_a_claim(pipeline):
    found = claims("Acme buys Zenith for $2.4bn\n\nThe deal closes soon.", pipeline)
    assert [(c.text, c.kind) for c in found] == [("$2.4bn", "money")]


def test_year_followed_by_plural_noun_is_a_count(pipeline):
    (c,) = claims("Note\n\nThe plant employs 1999 workers.", pipeline)
    assert (c.kind, c.unit) == ("count", "workers")


def test_the_2018_launch_is_a_date(pipeline):
    (c,) = claims("Note\n\nSince the 2018 launch, sales grew.", pipeline)
    assert (c.kind, c.value, c.unit) == ("date", 2018, "year")


def test_street_numbers_and_names_are_not_claims(pipeline):
    found = claims(
        "Note\n\nThe company, based at 410 Terry Avenue, filed under Chapter 11 and left the S&P 500.",
        pipeline,
    )
    assert found == ()


def test_word_numbers_count_only_before_plural_nouns(pipeline):
    found = claims(
        "Note\n\nIt will open three new factories. Both sides lost one of the bids.", pipeline
    )
    assert [(c.text, c.value, c.unit) for c in found] == [("three new factories", 3, "factories")]


def test_subject_is_named_organisation_or_main_subject(pipeline):
    found = claims(
        "Acme Corp beats forecasts\n\nAcme Corp said sales rose 5%. The company now employs 12,000 people.",
        pipeline,
    )
    assert [c.subject for c in found] == ["Acme Corp", "Acme Corp"]


def test_period_from_a_nearby_date_but_not_an_event(pipeline):
    found = claims("Note\n\nAcme, founded in 1962, had revenue of $5bn in fiscal 2024.", pipeline)
    money = [c for c in found if c.kind == "money"][0]
    assert money.period == "FY2024"


def test_unicode_spaces_and_hyphens(pipeline):
    text = "Note\n\nAmid US\u2011China tensions it earned close to $1\u202fbillion in revenue."
    (c,) = claims(text, pipeline)
    assert (c.kind, c.value, c.unit, c.qualifier) == ("money", 1e9, "USD", "nearly")
    assert text[c.start : c.end] == "close to $1\u202fbillion"


def test_times_and_weights(pipeline):
    found = claims(
        "Note\n\nThe issue was covered 2.27 times and the crop weighed 60 kilos a bag.", pipeline
    )
    assert [(c.text, c.kind, c.unit) for c in found] == [
        ("2.27 times", "ratio", "x"),
        ("60 kilos", "quantity", "kilos"),
    ]
