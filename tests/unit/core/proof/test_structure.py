"""Structure marks on real-looking copy: lists, number styles, brackets and lost line breaks."""

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


def test_enumerations_in_a_sentence_are_not_orphan_brackets(pipeline):
    text = (
        "Outlook\n\nThe hit will come from 1) weaker exports to China, 2) fewer tourists and "
        "3) lower output, the bank said."
    )
    assert marks(text, pipeline, "punctuation") == []


def test_an_orphan_bracket_is_still_marked(pipeline):
    text = "Stocks\n\nTo watch the analyst's record, click here)\nThe review followed on Monday."
    assert [f.text for f in marks(text, pipeline, "punctuation")] == [")"]


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
