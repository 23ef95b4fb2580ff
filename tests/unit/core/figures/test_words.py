"""Numbers in words, vague and grouped numbers, shares and multiples in words (issue 12).

Sentences are written in the style of wire copy and earnings calls; each phenomenon has
sentences that must be read (with kind, value, unit and qualifier) and sentences whose words
must not be read as a figure at all."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.figures.numbers import word_value
from factcheck_gui.core.figures.quantities import find_quantities
from factcheck_gui.core.text.articles import article_from_text


def claims(text, pipeline):
    return extract_claims(article_from_text("Note\n\n" + text), pipeline).claims


def read(text, figure, pipeline):
    """The claim whose text starts with `figure` (or contains it)."""
    found = claims(text, pipeline)
    hits = [c for c in found if c.text.lower().startswith(figure.lower())]
    hits = hits or [c for c in found if figure.lower() in c.text.lower()]
    assert hits, f"{figure!r} not read in {text!r}: {[c.text for c in found]}"
    return hits[0]


# --------------------------------------------------------------------------- number words


@pytest.mark.parametrize(
    "words,value",
    [
        ("twenty-five", 25), ("twenty five", 25), ("four hundred and twelve", 412),
        ("four hundred and twelve million", 412e6), ("one-and-a-half", 1.5),
        ("two and a half", 2.5), ("a hundred", 100), ("seven", 7), ("ninety-nine", 99),
        ("three thousand two hundred", 3200),
    ],
)  # fmt: skip
def test_word_value(words, value):
    assert word_value(words) == pytest.approx(value)


@pytest.mark.parametrize("words", ["once", "second", "one-off", "twenty-fifth", "several"])
def test_word_value_of_non_numbers(words):
    assert word_value(words) is None


# --------------------------------------------------------------------------- read as figures

READ = [
    # vague counts: the keys take "a few" as about 3, "a handful" as about 5
    ("Only a handful of creators have been able to earn money in live streams.", "a handful",
     "count", 5, "creators", "approx"),
    # a group of some of a counted whole: the number is the figure, not the group
    ("We are parking a handful of its 31 freighters over the winter.", "31 freighters", "count",
     31, "freighters", "exact"),
    ("Thousands of its 40,000 workers walked out.", "40,000 workers", "count", 40000, "workers",
     "exact"),
    ("There exists a few notable hedge fund managers who were upping their holdings.", "a few",
     "count", 3, "managers", "approx"),
    ("It's safe to say that there exists a select few money managers who were selling.",
     "a select few", "count", 3, "managers", "approx"),
    ("Aside from a few laptop launches, CES hasn't brought much.", "a few", "count", 3,
     "launches", "approx"),
    ("The drug is only available in a few cities.", "a few", "count", 3, "cities", "approx"),
    ("MBCC and another vendor ran a test a few years earlier.", "a few years", "duration", 3,
     "year", "approx"),
    ("The choice is reportedly in play for at least a few more weeks.", "at least a few",
     "duration", 3, "week", "at_least"),
    ("Small-cap picks managed to beat the market by double digits annually.", "double digits",
     "percent", 10, "%", "at_least"),
    # zero as a level, with the unit its sentence measures in
    ("The central bank cuts rates all the way to zero.", "to zero", "percent", 0, "%", "exact"),
    ("Treasury yields could go below zero if the U.S. falls into recession.", "below zero",
     "percent", 0, "%", "less_than"),
    ("The Fed would need to push its target to around zero.", "around zero", "percent", 0, "%",
     "approx"),
    ("Dividend yields over 3% are attractive in these days of near-zero interest rates.",
     "near-zero", "percent", 0, "%", "nearly"),
    ("The bank printed money to keep the interest rates near zero.", "near zero", "percent", 0,
     "%", "nearly"),
    ("Savers have lived with zero interest rates for a decade.", "zero", "percent", 0, "%",
     "exact"),
    ("Temperatures fell below zero across the Midwest.", "below zero", "quantity", 0, "degrees",
     "less_than"),
    # grouped and vague numbers
    ("A dozen analysts cut their targets.", "A dozen", "count", 12, "analysts", "exact"),
    ("The carmaker will launch nearly two dozen new models by 2025.", "nearly two dozen",
     "count", 24, "models", "nearly"),
    ("Half a dozen banks bid for the bonds.", "Half a dozen", "count", 6, "banks", "exact"),
    ("The agency runs tens of thousands of computers on the old system.", "tens of thousands",
     "count", 1e4, "computers", "approx"),
    ("It could help several tens of thousands of small firms.", "several tens of thousands",
     "count", 1e4, "firms", "approx"),
    ("Scores of startups have entered the market.", "Scores of startups", "count", 20,
     "startups", "approx"),
    ("The plant will create hundreds of jobs.", "hundreds of jobs", "count", 100, "jobs",
     "approx"),
    ("We have had a couple of strong quarters and a couple of big wins.", "a couple of big wins",
     "count", 2, "wins", "approx"),
    ("The bundle comes with a pair of controllers.", "a pair of", "count", 2, "controllers",
     "exact"),
    ("Buyers could pay a few thousand dollars more.", "a few thousand dollars", "money", 3000,
     "USD", "approx"),
    ("Retailers may slash a few hundred bucks off the price.", "a few hundred bucks", "money",
     300, "USD", "approx"),
    ("Members get thousands of dollars of credits.", "thousands of dollars", "money", 1000, "USD",
     "approx"),
    ("The fund has drawn billions of euros from savers.", "billions of euros", "money", 1e9,
     "EUR", "approx"),
    ("Oil has climbed more than a few percentage points this month.",
     "more than a few percentage points", "percent", 3, "pp", "more_than"),
    # compound numbers with a scale and a currency
    ("The jury awarded four hundred and twelve million dollars in damages.",
     "four hundred and twelve million dollars", "money", 412e6, "USD", "exact"),
    ("The state priced four billion euros of notes.", "four billion euros", "money", 4e9, "EUR",
     "exact"),
    # percentages and basis points in words
    ("People are around six percent heavier than in 1975.", "around six percent", "percent", 6,
     "%", "approx"),
    ("Heights rose around one-and-a-half percent.", "around one-and-a-half percent", "percent",
     1.5, "%", "approx"),
    ("The stock was down as much as four percent.", "as much as four percent", "percent", 4, "%",
     "at_most"),
    ("The 10-year yield slid seven basis points to 1.82%.", "seven basis points", "percent", 7,
     "bp", "exact"),
    ("The yield ended down one basis point.", "one basis point", "percent", 1, "bp", "exact"),
    ("Margins rose four-tenths of a percent.", "four-tenths of a percent", "percent", 0.4, "%",
     "exact"),
    ("Rates climbed a percentage point this year.", "a percentage point", "percent", 1, "pp",
     "exact"),
    # counts in words
    ("Three of its executives resigned.", "Three of its executives", "count", 3, "executives",
     "exact"),
    ("He bought two Labo kits for the children.", "two Labo kits", "count", 2, "kits", "exact"),
    ("There are two significantly positive non-recurring cash items.", "two significantly",
     "count", 2, "items", "exact"),
    ("The district has only one school left.", "one school", "count", 1, "school", "exact"),
    ("At least one auto manufacturer plans a cut.", "At least one auto manufacturer", "count", 1,
     "manufacturer", "at_least"),
    ("Twenty-five people attended the meeting.", "Twenty-five people", "count", 25, "people",
     "exact"),
    ("The firm signed four gigawatts of contracts.", "four gigawatts", "quantity", 4, "gigawatts",
     "exact"),
    ("He lay on the turf for a couple of minutes.", "a couple of minutes", "duration", 2,
     "minute", "approx"),
    ("Capital spending is in line with the past couple of years.", "couple of years",
     "duration", 2, "year", "approx"),
    ("It includes a pair of motion-sensing PS Move controllers.", "a pair of", "count", 2,
     "controllers", "exact"),
    ("Analysts expect double-digit growth next year.", "double-digit", "percent", 10, "%",
     "at_least"),
    ("The long-range model costs a grand more.", "a grand", "money", 1000, "USD", "exact"),
    # shares
    ("Roughly two-thirds of the staff voted yes.", "Roughly two-thirds", "ratio", 0.6667, "ratio",
     "approx"),
    ("About half of the firms raised prices.", "About half", "ratio", 0.5, "ratio", "approx"),
    ("Four out of five adults own a phone.", "Four out of five", "ratio", 0.8, "ratio", "exact"),
    ("One in three voters is undecided.", "One in three", "ratio", 0.3333, "ratio", "exact"),
    ("The disease hits one in 2,000 children.", "one in 2,000", "ratio", 0.0005, "ratio",
     "exact"),
    ("Three quarters of the board backed the deal.", "Three quarters", "ratio", 0.75, "ratio",
     "exact"),
    ("Nearly three-quarters of the companies beat estimates.", "Nearly three-quarters", "ratio",
     0.75, "ratio", "nearly"),
    # multiples
    ("Profit doubled in the quarter.", "doubled", "ratio", 2, "x", "exact"),
    ("Shares have more than tripled since March.", "more than tripled", "ratio", 3, "x",
     "more_than"),
    ("A court halved the verdict.", "halved", "ratio", 0.5, "x", "exact"),
    ("The stock quadrupled last year.", "quadrupled", "ratio", 4, "x", "exact"),
    ("Sales rose three-fold to 471.6 billion yuan.", "three-fold", "ratio", 3, "x", "exact"),
    ("The index has risen almost five-fold since 2013.", "almost five-fold", "ratio", 5, "x",
     "nearly"),
    ("Online sales can double by 2022.", "double", "ratio", 2, "x", "exact"),
    ("The deficit is set to nearly double to 6% of output.", "nearly double", "ratio", 2, "x",
     "nearly"),
    ("Operating profit was triple its own forecast.", "triple", "ratio", 3, "x", "exact"),
    ("Earnings were more than double the year-ago value.", "more than double", "ratio", 2, "x",
     "more_than"),
    ("The stock trades at about five times sales.", "about five times", "ratio", 5, "x",
     "approx"),
    ("The phone has a 3X rear zoom lens.", "3X", "ratio", 3, "x", "exact"),
    ("Net leverage was 1.6 times at June 30.", "1.6 times", "ratio", 1.6, "x", "exact"),
]  # fmt: skip


@pytest.mark.parametrize("text,figure,kind,value,unit,qualifier", READ)
def test_reads(text, figure, kind, value, unit, qualifier, pipeline):
    c = read(text, figure, pipeline)
    assert (c.kind, c.unit, c.qualifier) == (kind, unit, qualifier), c.text
    assert c.value == pytest.approx(value, rel=1e-3)


# --------------------------------------------------------------------------- not figures

# (sentence, words that must not be (part of) any claim)
NOT_READ = [
    ("He has been covering the field for a few years now.", "a few"),
    ("The analyst picked a few of the best deals for readers.", "a few"),
    ("Same-day delivery is available in just a few hours for Prime members.", "a few"),
    ("The funds bought several stocks in the quarter.", "several"),
    ("Samsung's zero-bezel 8K TV is real.", "zero"),
    ("The utility will reach net-zero emissions by 2040.", "zero"),
    ("The number of new cases fell to zero last week.", "zero"),
    ("The analyst sees several factors at work.", "several"),
    ("It was one of the last phones with the old chip.", "one"),
    ("The one-off charge hit profit.", "one"),
    ("One day the two sides met again.", "two"),
    ("He was hired once, for the second time.", "once"),
    ("The company is doubling down on its strategy.", "doubling"),
    ("The economy faces a triple whammy of shocks.", "triple"),
    ("The keyboard pulls double duty as a cover.", "double"),
    ("The case doubles as a charging dock.", "doubles"),
    ("The team built a double-digit lead.", "double"),
    ("A grand jury heard the case.", "grand"),
    ("The young couple bought a house.", "couple"),
    ("It is just one more reason to cancel cable.", "one"),
    ("Prices can only go in one direction.", "one"),
    ("It ranks among the top five nations for startups.", "five"),
    ("Turning to Slide four, our margins improved.", "four"),
    ("Slide eight shows adjusted free cash flow.", "eight"),
    ("A category four hurricane hit the coast.", "four"),
    ("The Honor 9X Pro ships in March.", "9X"),
    ("Developers can test Windows 10X today.", "10X"),
    ("Inventory as a percent of sales fell.", "a percent"),
    ("We are in the upper half of our guidance range.", "half"),
    ("Results improve in the latter half of the range.", "half"),
    ("It is just one of the biggest banks in Asia.", "one"),
]  # fmt: skip


@pytest.mark.parametrize("text,words", NOT_READ)
def test_not_read(text, words, pipeline):
    at = text.index(words) + len("Note\n\n")
    span = (at, at + len(words))
    found = claims(text, pipeline)
    overlapping = [c.text for c in found if c.start < span[1] and span[0] < c.end]
    assert overlapping == []


@pytest.mark.parametrize(
    "text",
    [
        "The teams played three quarters of stellar football.",
        "Syracuse had 152 yards through three quarters.",
        "Firms posted three quarters of strong growth.",
    ],
)
def test_quarters_as_periods_are_not_shares(text):
    assert [q for q in find_quantities(text) if q.kind == "ratio"] == []


@pytest.mark.parametrize(
    "text", ["The ratio was 0.1673 in 2022.", "Staff rose to 41,250 in 2022.", "It had 54 in 2017."]
)
def test_a_figure_and_its_year_are_not_a_ratio(text):
    assert [q for q in find_quantities(text) if q.kind == "ratio"] == []


def test_multiples_share_one_unit(pipeline):
    found = claims("Sales doubled, costs rose 2.5 times and users grew threefold and 2x.", pipeline)
    assert {c.unit for c in found if c.kind == "ratio"} == {"x"}


@pytest.mark.parametrize(
    "text,share,qualifier",
    [
        ("Profit fell by roughly half.", "roughly half", "approx"),
        ("More than half, the survey found, plan to retire early.", "More than half", "more_than"),
        ("About a fifth of the staff left.", "About a fifth", "approx"),
        ("The fund lost about a fifth, its manager said.", "about a fifth", "approx"),
        ("Exports rose by more than a third.", "more than a third", "more_than"),
    ],
)
def test_a_share_after_a_qualifier_needs_no_of(text, share, qualifier):
    (q,) = [q for q in find_quantities(text) if q.kind == "ratio"]
    assert (text[q.start : q.end], q.qualifier) == (share, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting took about half an hour.",
        "We will know in about a quarter.",
        "The second half began.",
    ],
)
def test_no_share_in_times(text):
    assert [q for q in find_quantities(text) if q.kind == "ratio"] == []


@pytest.mark.parametrize(
    "text,kind,value,unit",
    [
        ("Organic sales grew in the high single digits.", "percent", 8, "%"),
        ("Margins improved by a quarter point.", "percent", 0.25, "pp"),
        ("The new plant is twice the size of the old one.", "ratio", 2, "x"),
        ("A dividend of 350 won per share was declared.", "money", 350, "KRW"),
        ("The tank holds nearly 1\u202f200 cubic meters.", "number", 1200, ""),
        ("Shares rose +3.2% on Friday.", "percent", 3.2, "%"),
    ],
)
def test_spoken_and_typeset_figures(text, kind, value, unit):
    qs = [q for q in find_quantities(text) if q.kind == kind]
    assert [(q.value, q.unit) for q in qs] == [(pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The board meets twice a year.",
        "He won 350 games.",
        "In a quarter, point taken.",
        "In 2019\u00a0200 stores opened.",
    ],  # fmt: skip
)
def test_not_those_figures(text):
    qs = find_quantities(text)
    assert not [q for q in qs if q.kind in ("ratio", "money", "percent")]
    assert all(q.value != 2019200 for q in qs)
