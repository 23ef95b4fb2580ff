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
    # wire copy of 1987 (Reuters-21578): fractions, weights, a unit written once, results lines
    ("The bank bought bills in band two at 10-13/16 pct.", "10-13/16 pct", "percent", 10.8125, "%"),
    ("It kept a spread of 5/8 percentage point over Libor.", "5/8 percentage point", "percent", 0.625, "pp"),
    ("The crop reached 7.7 mln bales of 375 pounds each.", "375 pounds", "quantity", 375, "pounds"),
    ("It placed in orbit a 1,850 pound weather satellite.", "1,850 pound", "quantity", 1850, "pounds"),
    ("Imports rose to 760,000 from 709,200 tonnes last year.", "760,000", "quantity", 760000, "tonnes"),
    ("Exports fell to 1.35 mln tonnes from 1.38 mln.", "1.38 mln", "quantity", 1.38e6, "tonnes"),
    ("Exports fell to 227,500 tonnes in 1986 from 286,300 in 1985.", "286,300", "quantity", 286300, "tonnes"),
    ("Shr loss 2.07 dlrs vs loss eight cts\n    Net loss 11,445,000 vs loss 501,000", "501,000", "money", 501000, "USD"),
    ("Shr 1.10 dlrs vs 90 cts\n    Revs 14.5 mln vs 11.0 mln", "14.5 mln", "money", 14.5e6, "USD"),
    ("It ordered jets at a cost of 250 mln Australian dlrs each.", "250 mln Australian dlrs", "money", 250e6, "AUD"),
    ("Its take-off weight is 870,000 pounds, up from 833,000 for the 300 series.", "833,000", "quantity", 833000, "pounds"),
    ("Net sales were 10.99 billion pesos in 1985 against sales of 10.36 billion.", "10.36 billion", "money", 10.36e9, "MXN"),
    ("It has a designed range of 12,500 kms.", "12,500 kms", "quantity", 12500, "km"),
    ("Output rose nearly nine pct in January.", "nearly nine pct", "percent", 9, "%"),
    ("Prices rose two and a half pct last month.", "two and a half pct", "percent", 2.5, "%"),
    ("M-3 rose to an estimated 30.07 billion N.Z. Dlrs.", "an estimated 30.07 billion N.Z. Dlrs", "money", 30.07e9, "NZD"),
    ("The shares rose to 424 Swedish crowns.", "424 Swedish crowns", "money", 424, "SEK"),
    ("The notes have an average life of 12-1/2 years.", "12-1/2 years", "duration", 12.5, "year"),
    ("The spread is 31-1/4 basis points over Treasuries.", "31-1/4 basis points", "percent", 31.25, "bp"),
    ("It forecast end-1987 stocks at around 290,000 tonnes.", "1987", "date", 1987, "year"),
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
    ("The rocket lifted off at 1805 local time (2305 GMT) on Friday.", "1805"),
    ("Qantas ordered four 747-400 aircraft from Boeing.", "747"),
    ("Qantas ordered four 747-400 aircraft from Boeing.", "400"),
    ("The call session had 40 bids versus 29 yesterday.", "29 yesterday"),
    ("The rocket lifted off at 1805 local time (2305 GMT) on Friday.", "2305"),
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


def test_a_figure_split_by_the_hard_wrap_of_wire_copy_is_read_whole(pipeline):
    text = (
        "BUENOS AIRES, March 2 - Argentina said it is negotiating with New York bankers for about 2.15\n"
        "billion dlrs in new loans and other financing, the statement said.\n"
    )
    (c,) = [c for c in claims(text, pipeline) if c.kind == "money"]
    assert (c.value, c.unit, c.qualifier) == (2.15e9, "USD", "approx")
    assert text[c.start : c.end] == "about 2.15\nbillion dlrs"


def test_a_headline_line_keeps_its_break(pipeline):
    got = claims("Acme Results Due on Day 3\nIn 2023 the company sold 40 planes.", pipeline)
    assert [c.text for c in got if c.kind == "date"] == ["2023"]


def test_a_list_of_headlines_keeps_its_breaks(pipeline):
    text = (
        "Story text ends here.\n\nSilicon Valley’s favorite sneaker has a wear-and-tear problem\n"
        "How ‘video understanding’ could transform Facebook\n"
        "3 major problems with Trump’s protectionist attitude toward China\n"
    )
    got = {c.text: (c.kind, c.unit) for c in claims(text, pipeline)}
    assert got.get("3 major problems") == ("count", "problems"), got


def test_a_line_cut_mid_phrase_goes_on_with_its_figure(pipeline):
    text = (
        "NEW YORK, March 3 - Argentina is negotiating with New York bankers for about\n"
        "2.15 billion dlrs in new loans and other financing, the statement said.\n"
    )
    (c,) = [c for c in claims(text, pipeline) if c.kind == "money"]
    assert (text[c.start : c.end], c.qualifier) == ("about\n2.15 billion dlrs", "approx")


def test_a_line_ending_in_a_preposition_goes_on_with_a_month(pipeline):
    text = (
        "Year-on-year M-3 rose 17.77 pct from a revised 15.34 pct in\n"
        "November and 20.50 pct in December 1985, the bank said.\n"
    )
    got = [c.text for c in claims(text, pipeline) if c.kind == "date"]
    assert "November" in got and "December 1985" in got, got


def test_a_price_in_eighths_is_read_whole(pipeline):
    got = {
        c.text: c.value for c in claims("The stock was down 1/8 at 11-1/2 in late trade.", pipeline)
    }
    assert got.get("1/8") == pytest.approx(0.125) and got.get("11-1/2") == pytest.approx(11.5), got
