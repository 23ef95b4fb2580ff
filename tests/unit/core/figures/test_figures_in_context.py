"""Figures whose kind or unit only the words around them tell (found on unkeyed outside/news
stories, session 26): an index move without "points", a person's age between commas, how often
versus how many times larger, a suspended hyphen, temperatures, a currency code glued to "$"."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.text.articles import article_from_text


def claims(text, pipeline):
    return extract_claims(article_from_text(text), pipeline).claims


# (sentence, figure text, kind, value, unit)
CASES = [
    ("The Dow Jones Industrial Average jumped by 1,200 on Friday.", "1,200", "quantity", 1200, "points"),
    ("The Nasdaq was up 61 in late trading.", "61", "quantity", 61, "points"),
    ("The Kospi fell about 35 after the data.", "about 35", "quantity", 35, "points"),
    ("“Tourism is a big part of it,” Ng, 45, said in an interview.", "45", "duration", 45, "year"),
    ("Ahuja, 56, retired in 2015 but returned in 2017.", "56", "duration", 56, "year"),
    ("Kirkhorn, 34, will become chief financial officer.", "34", "duration", 34, "year"),
    ("Workers check the gauge 120 times a day.", "120 times", "count", 120, "times"),
    ("He has visited three times so far this year.", "three times", "count", 3, "times"),
    ("Its debt was 1.5 times Ebitda versus 1.6 times last year.", "1.6 times", "ratio", 1.6, "x"),
    ("Its shares trade at 87 times estimated earnings.", "87 times", "ratio", 87, "x"),
    ("The three-time champion lost in the first round.", "three-time", "count", 3, "times"),
    ("It works with laptops like the 12- and 13-inch MacBooks.", "12", "quantity", 12, "inches"),
    ("The heat shield reaches about 2,700°F during entry.", "about 2,700°F", "quantity", 2700, "°F"),
    ("It was 22 degrees Celsius in Madrid.", "22 degrees Celsius", "quantity", 22, "°C"),
    ("The app costs AUD$42 in Sydney.", "AUD$42", "money", 42, "AUD"),
]  # fmt: skip


@pytest.mark.parametrize("sentence,text,kind,value,unit", CASES)
def test_the_words_around_a_figure_give_its_kind_and_unit(
    pipeline, sentence, text, kind, value, unit
):
    got = {c.text: (c.kind, c.value, c.unit) for c in claims(sentence, pipeline)}
    assert text in got, f"{text!r} not read in {sentence!r}: {got}"
    assert got[text] == (kind, pytest.approx(value), unit)


# (sentence, text that must not be a claim)
NOT_CLAIMS = [
    ("He sold the shares under a so-called 10b5-1 trading plan.", "1"),
    ("The drop has been exceeded just twice this century.", "twice"),
    ("Prices in Asia, 45, 50 and 60 cents, rose.", None),  # a list: no ages
]  # fmt: skip


@pytest.mark.parametrize("sentence,text", NOT_CLAIMS)
def test_codes_and_frequencies_are_not_figures(pipeline, sentence, text):
    got = claims(sentence, pipeline)
    if text is None:
        assert all(c.kind != "duration" for c in got), got
    else:
        assert not any(text in c.text for c in got), [c.text for c in got]


def test_a_year_before_an_event_is_no_date(pipeline):
    got = [c for c in claims("Sales peaked a year before the crash.", pipeline) if c.kind == "date"]
    assert got == []
