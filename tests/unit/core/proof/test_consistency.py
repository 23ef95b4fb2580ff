"""Figures that disagree: the same measure of the same subject, period and basis, and no other."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import proofread
from factcheck_gui.core.text.articles import article_from_text

# (article, the figure marked): restated figures that cannot both be right
DISAGREE = [
    ("Brightwater Holdings said on Tuesday it would cut 1,200 jobs in Europe as demand for its "
     "turbines slows.\n\nThe 1,500 job cuts will fall mostly on plants in Germany, the company said.",
     "1,500 job cuts"),
    ("Vesta Bank plans to eliminate 2,000 jobs by 2026, it said on Thursday.\n\n"
     "Vesta Bank's 2,400 job cuts are part of a cost drive.", "2,400 job cuts"),
    ("Kestrel Group agreed to buy Orbis Software for $1.2 billion in cash, the companies said on "
     "Monday.\n\nThe $1.4 billion deal is Kestrel's largest.", "$1.4 billion"),
    ("Halden Foods employs 4,500 people at 12 plants.\n\nHalden Foods, which has 4,100 employees, "
     "said sales rose.", "4,100 employees"),
    ("Northwind Airlines has 12,000 employees worldwide.\n\nThe airline's 12,900 employees will "
     "receive a bonus, Northwind Airlines said.", "12,900 employees"),
    ("Marlow Retail now runs 340 stores across Britain.\n\nThe chain's 380 stores will stay open "
     "on Sunday, Marlow Retail said.", "380 stores"),
    ("Lumen Retail Group operates 1,100 stores in 14 countries.\n\nLumen Retail Group said its "
     "1,010 stores would stay open.", "1,010 stores"),
    ("Corvane Inc posted third-quarter revenue of $2.31 billion.\n\nRevenue for the third quarter "
     "came to $2.13 billion, Corvane Inc said, driven by cloud demand.", "$2.13 billion"),
    ("Quarry Metals Corp reported net income of $312 million for 2024 on Tuesday.\n\nQuarry Metals "
     "Corp's net income of $321 million for 2024 was a record, the company said.", "$321 million"),
    ("Torvik ASA's gross margin was 41.2% in the second quarter.\n\nIn the second quarter, Torvik "
     "ASA's gross margin of 42.1% was its best in years.", "42.1%"),
    ("Helix Motors' market share in Europe was 18.4% in March.\n\nIn March, Helix Motors' market "
     "share in Europe stood at 14.8%, data showed.", "14.8%"),
    ("Pellam Industries was founded in 1921 in Ohio.\n\nSince it was founded in 1912, Pellam "
     "Industries has been family-run.", "1912"),
    ("Regulators fined Harlow Bank £64m on Monday for weak controls.\n\nHarlow Bank said the £46m "
     "fine reflected historic issues.", "£46m"),
    ("Northgate Utilities said it would invest £8.5bn over the next five years.\n\nThe company said "
     "the £8.1bn investment plan would create 1,000 jobs.", "£8.1bn"),
    ("Orrin Logistics operates 140 sorting hubs across North America.\n\nThe company said it has 135 "
     "sorting hubs, down from 150 a year ago.", "135 sorting hubs"),
    # a layoff said with its workers, then as job cuts or layoffs
    ("Brightwater Holdings will lay off 1,200 workers, it said on Tuesday.\n\nThe 1,500 layoffs will "
     "hit plants in Germany, Brightwater Holdings said.", "1,500 layoffs"),
    ("Brightwater Holdings plans to cut about 1,200 jobs, it said on Tuesday.\n\nBrightwater Holdings "
     "said the 1,500 job cuts would be completed by 2026.", "1,500 job cuts"),
    ("Brightwater Holdings will eliminate 1,200 jobs, it said on Tuesday.\n\nIts 1,500 job cuts are "
     "the largest in its history.", "1,500 job cuts"),
    # the same change given with both: the period said once is the same period
    ("It will be interesting to see how Acme Corp's small decline of 0.6% to 40.6 million units "
     "will shift in the next quarter.\n\n“Acme Corp sold 40.5 million units in the third quarter "
     "of 2020, a decline of 0.6% as compared to 2019,” said an analyst.", "40.5 million units"),
]  # fmt: skip

# Figures that differ on purpose: another measure, period, basis, adjustment, part or subject
AGREE_OR_DIFFER = [
    # expected vs actual
    "Torvik ASA's gross margin was 47.7% in the quarter.\n\nTorvik ASA expects a gross margin of 43% to 45% in the current quarter.",
    "TSMC forecast revenue of $7.3 billion this quarter. It also predicted a gross margin of 43 to 45 percent.\n\n"
    "But gross margin of 47.7 percent trailed projections for 48.2 percent.",
    "Corvane Inc reported revenue of $2.31 billion for the quarter.\n\nAnalysts had expected revenue of $2.13 billion.",
    # adjusted vs unadjusted
    "Corvane Inc's adjusted net income was $1.2 billion in 2024.\n\nOn a reported basis, Corvane Inc's net income was $0.95 billion in 2024.",
    # a part vs the total
    "Corvane Inc's revenue in Europe was $4.8 billion in 2024.\n\nCorvane Inc's total revenue was $5.3 billion in 2024.",
    "Halden Foods' dairy revenue was $410 million in 2024.\n\nHalden Foods' bakery revenue was $450 million in 2024.",
    "Education revenue grew 7% to $214.2 million.\n\nAviation revenue declined 19.7% to $148.3 million.",
    "Overall mobile sales were down 8.7% to 401 million units.\n\nSmartphone unit sales declined 5.7% in the third quarter to 366 million units.",
    "Brightwater Holdings will cut 1,200 jobs in Europe.\n\nIt will cut another 300 jobs in Asia.",
    # a subset of a total named just before
    "According to Goldman Sachs, 145 major hedge funds it follows owned Facebook at the beginning of the "
    "third quarter. Of those funds, 98 held the stock as a top 10 holding.",
    "Goldman Sachs tracks 145 major hedge funds.\n\nOf those hedge funds, 98 hedge funds held Facebook "
    "as a top 10 holding, Goldman Sachs said.",
    "Marlow Retail runs 340 stores across Britain.\n\nOf those stores, 310 stores will stay open on "
    "Sunday, Marlow Retail said.",
    "Marlow Retail runs 340 stores across Britain.\n\nAmong them, 310 stores will stay open on Sunday, "
    "Marlow Retail said.",
    "Halden Foods employs 4,500 people at 12 plants.\n\nOf the 4,500 employees, 4,100 employees are in "
    "the union, Halden Foods said.",
    # the same unit word, other measures: plays, kicks, rushing and passing
    "Clemson's Ray-Ray McCloud had a 43-yard punt return to set up a touchdown.\n\nKelly Bryant then "
    "hit Deon Cain on a 60-yard pass play for Clemson.",
    "Clemson kicker Greg Huegel made a 43-yard field goal in the first half.\n\nClemson kicker Greg "
    "Huegel added a 48-yard field goal in the fourth quarter.",
    "Clemson ran for 210 yards against Louisville.\n\nClemson passed for 260 yards against Louisville.",
    "Acme Air flew 4,100 flights in March.\n\nAcme Air cancelled 3,800 flights in March.",
    # this year and last year, with no article date to place them
    "Brightwater Holdings will cut 1,200 jobs this year.\n\nBrightwater Holdings cut 1,500 jobs last year.",
    # another company's job cuts
    "Brightwater Holdings will cut 1,200 jobs.\n\nRival Orbis Energy announced 1,500 job cuts last month.",
    # a quarter vs a year, one year vs another
    "Corvane Inc's revenue was $1.3 billion in the fourth quarter.\n\nFor the full year, Corvane Inc's revenue was $1.5 billion.",
    "Quarry Metals Corp reported net income of $312 million for the first quarter.\n\nQuarry Metals Corp reported net income of $290 million for the second quarter.",
    "Halden Foods had 4,100 employees in 2019.\n\nHalden Foods has 4,500 employees in 2024.",
    "Vesta Bank cut 2,000 jobs in 2023.\n\nVesta Bank will cut 2,400 jobs in 2025.",
    "Second quarter operating cash flow was $125.9 million.\n\nFor the six month period ending April 30th, 2021, operating cash flow totaled $171.2 million.",
    # an earlier offer replaced
    "Kestrel Group first offered $1.2 billion for Orbis Software in March.\n\nKestrel Group raised its offer to $1.4 billion on Monday.",
    # another subject
    "Messenger now has 1.2 billion monthly users.\n\nFacebook has 1.9 billion monthly users.",
    "Marlow Retail runs 340 stores.\n\nPenhaligon Stores runs 380 stores.",
    "Lumen Retail Group operates 1,100 stores.\n\nIts Brightside chain operates 1,010 stores.",
    # a share of a measure is not the measure
    "Operating cash flow was $411 million or 109% of adjusted net income.\n\nFree cash flow was $307 million or 81% of adjusted net income.",
    # counted nouns alone say nothing of what is counted
    "Acme Corp has 4,969,643 shares in issue.\n\nIts founder holds 3,677,272 shares.",
    "The canal had a backlog of 39 ships on Monday.\n\nBy Tuesday 31 ships were waiting.",
    # a round figure and its rounding
    "Acme Corp's revenue was $1.23 billion in 2024.\n\nAcme Corp's revenue of $1.2 billion in 2024 was a record.",
]  # fmt: skip


def marks(text, pipeline):
    analysis = extract_claims(article_from_text("Story\n\n" + text), pipeline)
    return [f for f in proofread(analysis) if f.kind == "consistency"]


@pytest.mark.parametrize("text,figure", DISAGREE, ids=[f for _, f in DISAGREE])
def test_restated_figures_that_disagree_are_marked(text, figure, pipeline):
    found = marks(text, pipeline)
    assert [f.text for f in found] == [figure]
    assert found[0].suggestions and found[0].suggestions[0] in found[0].message


@pytest.mark.parametrize("text", AGREE_OR_DIFFER, ids=[t[:40] for t in AGREE_OR_DIFFER])
def test_figures_of_other_measures_periods_bases_parts_or_subjects_are_left_alone(text, pipeline):
    assert [(f.text, f.message) for f in marks(text, pipeline)] == []


def test_the_message_names_the_other_figure_its_line_and_the_measure(pipeline):
    (f,) = marks(DISAGREE[0][0], pipeline)
    assert "“1,200 jobs” (line 3)" in f.message and "job cuts" in f.message
