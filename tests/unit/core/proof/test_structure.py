"""Structure marks on real-looking copy: lists, number styles, brackets and lost line breaks."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import proofread
from factcheck_gui.core.text.articles import article_from_text


def marks(text, pipeline, kind=None):
    found = proofread(extract_claims(article_from_text(text), pipeline))
    return [f for f in found if kind is None or f.kind == kind]


DAILY_CRUNCH = """Daily Crunch: Acme becomes a unicorn

The Daily Crunch is our roundup of the day's most important stories.

1. Acme, finally a unicorn, raises $285 million in new funding
Acme launched in 2013 and now counts 30,000 gyms as partners.
2. Brightline sues Orbis over alleged patent infringement
The lawsuit, filed on Tuesday, says Orbis copied its speaker designs.
3. App Store spending hit a record $1.42B over the holidays
Apple said developers have earned more than $155 billion to date.
4. What to expect in digital media in 2020
As we start 2020, the media sector is in flux. (Extra Crunch membership required.)
"""


def test_a_list_items_span_stops_at_the_paragraph_after_its_title(pipeline):
    found = marks(DAILY_CRUNCH, pipeline)
    assert [(f.rule, f.text) for f in found if f.kind in ("bullet", "format")] == []


def test_lists_whose_items_end_in_commas_or_semicolons_are_fine(pipeline):
    text = (
        "Plan\n\nThe board agreed that:\n\n- costs will fall by 5%,\n- the unit will be sold; and\n"
        "- margins will widen.\n\nIt also agreed:\n\n- to cut debt;\n- to pay a dividend;\n- to buy back shares."
    )
    assert marks(text, pipeline, "bullet") == []


def test_a_numbered_list_with_descriptions_is_still_one_list(pipeline):
    text = DAILY_CRUNCH.replace("4. What", "5. What")
    found = marks(text, pipeline, "bullet")
    assert [(f.rule, f.text) for f in found] == [("bullet.numbering", "5.")]


def test_a_list_ends_at_a_blank_line_or_after_a_few_paragraphs(pipeline):
    text = "Steps\n\n1. Agree.\n2. Sign.\n\nThen the board met.\n\n1. Close.\n2. Pay."
    assert marks(text, pipeline, "bullet") == []
    scraped = (
        "Deals\n- Acme bought Orbis.\n- Vesta sold its unit.\nThe deals closed on Monday.\n"
        "Shares rose 3%.\nAnalysts were pleased.\nThe board met on Tuesday.\n1. Agree.\n2. Sign."
    )
    assert marks(scraped, pipeline, "bullet") == []


def test_a_stray_comma_in_a_list_of_full_stops_is_marked(pipeline):
    text = "Points\n\nHighlights:\n\n- Costs fell.\n- Sales rose,\n- Margins widened.\n- Debt fell."
    assert [f.text for f in marks(text, pipeline, "bullet")] == ["Sales rose,"]


def test_a_section_heading_line_is_not_part_of_the_item_above(pipeline):
    text = (
        "Poll\n\nMoves:\n\n— Notre Dame dropped six spots to No. 15.\n"
        "— Mississippi State dropped eight spots after losing to Mississippi.\nIN\n"
        "— Fresno State was the only team to move into the rankings."
    )
    assert marks(text, pipeline, "bullet") == []


def test_dash_rules_between_sections_are_not_empty_items(pipeline):
    text = (
        "Live\n\nGold rose 1.8% to $1,678 an ounce.\n—\n10:50 a.m. ET: Italy takes a new blow\n"
        "Italy, a G7 economy, is hit again.\n—\n10:15 a.m. ET: WHO says not yet\nIn its update, it said so."
    )
    assert marks(text, pipeline, "bullet") == []


def test_markdown_links_and_addresses_keep_their_brackets(pipeline):
    text = (
        "Links\n\nRead the [filing](https://www.sec.gov/doc_(2024).htm) and [the note](https://example.com/n).\n\n"
        "The Globe first reported the decision. (http://bit.ly/2vOBObi) GE told staff on Monday."
    )
    assert marks(text, pipeline, "punctuation") == []


# (article, the brackets marked): list numbering "1) 2) 3)", "a) b)", "i) ii)" is no orphan;
# a lone ")" after a figure or a letter still is
ENUMERATIONS = [
    ("Outlook\n\nThe hit will come from 1) weaker exports to China, 2) fewer tourists and "
     "3) lower output, the bank said.", []),
    ("Outlook\n\nThe risks are a) weaker demand, b) higher rates and c) a stronger dollar.", []),
    ("Outlook\n\nHe cited i) costs, ii) prices and iii) rates; A) Europe and B) Asia.", []),
    ("Notes\n\nBacking his bearish stance, Juneja sees several key points, including: \"1) [Northern "
     "Trust's] P/E premium to trust bank peers is almost two standard deviations above its long "
     "term average; 2) Northern is more vulnerable to money market fund outflows than peers; "
     "3) Northern has had very little fee waivers thus far, but they are likely to rise...\"", []),
    ("Plan\n\nThe plan has two parts.1) Cut costs.2) Sell the unit.", []),
    ("Plan\n\nIt cited (a) costs, (b) sales and c) debt, and Acme (which cited 1) costs and "
     "2) prices) fell.", []),
    ("Plan\n\nThe reasons:\n1) costs\n2) sales\n3) debt", []),
    # figures in brackets end in digits, not list numbers
    ("Crops\n\nWheat prev 1,655.8, Feb 872.0, total\n2,692.4 (4,161.0).\nMaize total 48.0 (nil).\n"
     "Linseed total 80.8\n(87.4).\nBarley total 111.8 (82.7) .", []),
    ("Rates\n\nOne-year deposits rose to 4.35 pct (4.30) and two-year deposits to 4.38 pct (4.29).", []),
    ("Sales\n\nSales at the unit rose 5) in the quarter, the company said.", [")"]),
    ("Sales\n\nSales at the unit a) rose in May.", [")"]),
    ("Stocks\n\nTo watch the analyst's record, click here)\nThe review followed on Monday.", [")"]),
]  # fmt: skip


@pytest.mark.parametrize("text,marked", ENUMERATIONS, ids=[t[:30] for t, _ in ENUMERATIONS])
def test_list_numbering_is_not_an_orphan_bracket_but_a_lone_one_is(text, marked, pipeline):
    assert [f.text for f in marks(text, pipeline, "punctuation")] == marked


def test_one_format_mark_per_article_for_mixed_styles(pipeline):
    text = (
        "Results\n\nSales were $1bn, profit $2bn and costs $3bn. Debt was $4 billion, cash $5 billion "
        "and capital spending $6 billion. Assets were $7bn."
    )
    found = marks(text, pipeline, "format")
    assert [f.text for f in found] == ["$4 billion"]
    assert "3 figures are written like this one" in found[0].message


def test_house_style_percent_in_prose_and_percent_sign_in_data_lines(pipeline):
    text = (
        "Japanese stocks enter bear market as Fed, BOJ spark concerns 3%\n\n"
        "The Topix index fell 2.5 percent, extending its decline. The gauge closed almost 21 percent "
        "below its January high. The S&P 500 declined 1.5 percent on Wednesday.\n"
        "Topix -2.5% to 1,517.16, lowest close since April 2017Nikkei 225 -2.8% at 20,392.58Yen up 0.4%"
    )
    assert marks(text, pipeline, "format") == []


def test_headline_shorthand_and_quotations_keep_their_own_style(pipeline):
    text = (
        "Acme commits $20M to relief\n\nAcme said on Friday it would commit $20 million to relief "
        "groups. It gave $5 million last year.\n"
        "“We are giving $20M because we can, and 3% of profit every year,” its chief said. Sales rose 4 percent."
    )
    assert marks(text, pipeline, "format") == []


def test_full_stops_run_into_the_next_sentence_are_marked(pipeline):
    text = (
        "Orders\n\nCore orders rose to 0.3% from 1.6%.Most categories gained. It was the biggest gain "
        "since July 2018.Excluding aircraft, orders rose. Spending slowed, Wu said.GMV rose 40%. "
        'It will raise brand awareness."We will invest," Xu said. Cintas Corp.was up 2%.'
    )
    found = marks(text, pipeline, "punctuation")
    assert [(f.text, f.suggestions) for f in found] == [
        (".M", (". M",)), (".E", (". E",)), (".G", (". G",)), ('."', ('. "',)), (".w", (". w",))
    ]  # fmt: skip
    assert all(f.rule == "punctuation.missing_space" for f in found)


def test_abbreviations_decimals_and_addresses_are_not_run_together(pipeline):
    text = (
        "Notes\n\nShares of Cintas Corp. rose 1.96 percent. He holds a Ph.D. in physics from the U.S. "
        "Visit Amazon.com or bloomberg.com/NEWS for more. Profit rose 1.6% to $2.3bn."
    )
    assert marks(text, pipeline, "punctuation") == []
