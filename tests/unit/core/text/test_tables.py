"""Tables: rows of Word, HTML and Markdown tables as lines with exact offsets, and the scale a
caption or header row gives the cells under it."""

import pytest

from factcheck_gui.core.text import tables
from factcheck_gui.core.text.articles import article_from_text, load_article
from factcheck_gui.core.text.html import article_from_html
from factcheck_gui.core.text.tables import TableScale, caption_scale


@pytest.mark.parametrize("caption, scale, currency", tables.EXAMPLES)
def test_caption_examples(caption, scale, currency):
    assert caption_scale(caption) == (scale, currency)


@pytest.mark.parametrize("line", tables.NOT_CAPTIONS)
def test_not_captions(line):
    assert caption_scale(line) is None


def _of(t, row):
    return t.of_row(row.split(" | "))


def test_a_header_row_scales_the_rows_after_it():
    t = TableScale("")
    assert _of(t, "(€m) | 2019 | 2020") == (
        (1.0, None),
        None,
    )  # the header row keeps what came before
    assert _of(t, "Revenue | 410 | 455") == ((1e6, "€"), None)
    assert _of(t, "Staff (in thousands) | 4 | 5") == (
        (1e3, None),
        None,
    )  # a row label: its own scale
    assert _of(t, "Costs | 120 | 130") == (
        (1e6, "€"),
        None,
    )  # a row with figures sets nothing after it


def test_columns_with_scales_of_their_own():
    t = TableScale("")
    assert _of(t, "Region | Revenue (€m) | Margin (%) | Staff") == ((1.0, None), None)
    assert _of(t, "Europe | 410 | 12.5 | 1,900") == (
        (1.0, None),
        [(1.0, None), (1e6, "€"), (1.0, "%"), (1.0, None)],
    )
    assert _of(t, "Asia | 455 | 13") == (
        (1.0, None),
        None,
    )  # a short row: the columns no longer line up


def test_columns_under_a_table_caption():
    t = TableScale("($ millions)")
    assert _of(t, "Item | 2020 | Change (%)") == ((1e6, "$"), None)
    assert _of(t, "Revenue | 410 | 4.5") == ((1e6, "$"), [(1e6, "$"), (1e6, "$"), (1.0, "%")])


def rows(a):
    return [(a.text[b.start : b.end], b.scale, b.currency) for b in a.blocks if b.row]


MD = """# Acme results

Acme said revenue rose.

Income statement ($ millions)

| Item | 2019 | 2020 |
|------|-----:|-----:|
| Revenue | 1,204.5 | 1,310.2 |
| Net income |  | 95 |

After the table, 7 plants.
"""


def test_markdown_table_rows_are_lines():
    a = article_from_text(MD, "a.md", "md")
    assert rows(a) == [
        ("Item | 2019 | 2020", 1e6, "$"),
        ("Revenue | 1,204.5 | 1,310.2", 1e6, "$"),
        ("Net income |  | 95", 1e6, "$"),
    ]
    kinds = [(b.kind, a.text[b.start : b.end]) for b in a.blocks if not b.row]
    assert ("paragraph", "After the table, 7 plants.") in kinds
    assert not any("---" in a.text[b.start : b.end] for b in a.blocks)  # the rule line is no block


@pytest.mark.parametrize(
    "text",
    [
        "Acme results\n\nShares rose | fell, traders said.\nMore text here.\n",  # a pipe, no rule line
        "Acme results\n\nWe use a | b\nand c | d.\n",
    ],
)
def test_pipes_without_a_rule_line_are_no_table(text):
    a = article_from_text(text, "a.md", "md")
    assert rows(a) == []


def test_markdown_table_without_caption_is_not_scaled():
    a = article_from_text(
        "# Acme\n\n| Region | Staff |\n|---|---|\n| Europe | 410 |\n", "a.md", "md"
    )
    assert rows(a) == [("Region | Staff", 1.0, None), ("Europe | 410", 1.0, None)]


HTML = """<html><head><title>Acme</title></head><body><article><h1>Acme results</h1>
<p>Acme Corp said on Tuesday that revenue rose in the year, helped by demand for its widgets in
Europe and Asia, and that it expects the pace to hold into next year as new plants open.</p>
<table><caption>Income statement (in thousands of euros)</caption>
<thead><tr><th>Item</th><th>2019</th><th>2020</th></tr></thead>
<tbody><tr><td>Revenue</td><td>1,204.5</td><td>1,310.2</td></tr>
<tr><td>Net <b>income</b></td><td>88</td><td>95</td></tr></tbody></table>
<p>After the table.</p></article></body></html>"""


def test_html_table_rows_are_lines():
    a = article_from_html(HTML, "a.html")
    assert rows(a) == [
        ("Item | 2019 | 2020", 1e3, "euros"),
        ("Revenue | 1,204.5 | 1,310.2", 1e3, "euros"),
        ("Net income | 88 | 95", 1e3, "euros"),
    ]
    assert "Income statement (in thousands of euros)\n\nItem | 2019 | 2020\nRevenue" in a.text
    assert "95\n\nAfter the table." in a.text


def test_html_table_after_a_caption_paragraph():
    html = HTML.replace(
        "<table><caption>Income statement (in thousands of euros)</caption>",
        "<p>($ millions)</p><table>",
    )
    assert rows(article_from_html(html, "a.html"))[1] == ("Revenue | 1,204.5 | 1,310.2", 1e6, "$")


def test_html_table_with_a_plain_caption_is_not_scaled():
    html = HTML.replace("(in thousands of euros)", "by year")
    assert {(s, c) for _, s, c in rows(article_from_html(html, "a.html"))} == {(1.0, None)}


def _docx_with_table(path, caption, cells, merge=False):
    import docx

    d = docx.Document()
    d.add_paragraph("Acme results", style="Title")
    d.add_paragraph("Revenue rose, the company said.")
    d.add_paragraph(caption)
    t = d.add_table(rows=len(cells), cols=len(cells[0]))
    for i, row in enumerate(cells):
        for j, value in enumerate(row):
            t.cell(i, j).text = value
    if merge:
        t.cell(0, 1).merge(t.cell(0, 2))
        t.cell(0, 1).text = "Year ended Dec. 31"
    d.add_paragraph("After the table, 7 plants.")
    d.save(str(path))
    return path


def test_docx_table_rows_in_document_order_with_exact_offsets(tmp_path):
    p = _docx_with_table(
        tmp_path / "a.docx", "(€m)", [["Item", "2019", "2020"], ["Revenue", "410", "455"]]
    )
    a = load_article(p)
    texts = [a.text[b.start : b.end] for b in a.blocks]
    assert texts == ["Acme results", "Revenue rose, the company said.", "(€m)", "Item | 2019 | 2020",
                     "Revenue | 410 | 455", "After the table, 7 plants."]  # fmt: skip
    assert rows(a)[1] == ("Revenue | 410 | 455", 1e6, "€")
    assert "Item | 2019 | 2020\nRevenue | 410 | 455\n\nAfter" in a.text


def test_docx_merged_cell_is_read_once(tmp_path):
    p = _docx_with_table(
        tmp_path / "a.docx", "Results", [["Item", "", ""], ["Revenue", "410", "455"]], merge=True
    )
    assert rows(load_article(p))[0] == ("Item | Year ended Dec. 31", 1.0, None)


# --------------------------------------------------------------------------- claims


def claims_of(a, pipeline):
    from factcheck_gui.core.figures.claims import extract_claims

    return [(c.text, c.kind, c.value, c.unit) for c in extract_claims(a, pipeline).claims]


def test_scaled_table_cells_become_money(pipeline):
    got = claims_of(article_from_text(MD, "a.md", "md"), pipeline)
    assert ("1,204.5", "money", 1_204_500_000.0, "USD") in got
    assert ("95", "money", 95_000_000.0, "USD") in got
    assert any(t == "2019" and k == "date" for t, k, *_ in got)  # years in the header stay years
    assert not any(v == 7e6 for *_, v, _u in got)  # text after the table is not scaled


def test_cells_with_their_own_unit_keep_it(pipeline):
    md = "# Acme\n\nKey figures (€m)\n\n| Item | 2020 |\n|---|---|\n| Revenue | 410 |\n| Margin | 12.5% |\n| Debt | $1.2bn |\n"
    got = claims_of(article_from_text(md, "a.md", "md"), pipeline)
    assert ("410", "money", 410e6, "EUR") in got
    assert ("12.5%", "percent", 12.5, "%") in got
    assert any(v == 1.2e9 and u == "USD" for *_, v, u in got)


def test_scale_without_currency_scales_counts(pipeline):
    md = "# Acme\n\nShares outstanding (in thousands)\n\n| Class | 2020 |\n|---|---|\n| Class A | 1,250 |\n"
    got = claims_of(article_from_text(md, "a.md", "md"), pipeline)
    assert any(t == "1,250" and v == 1_250_000 and k != "money" for t, k, v, _ in got)


def test_per_share_rows_and_rows_with_their_own_unit():
    t = TableScale("(in millions of U.S. dollars, except per share data)")
    assert _of(t, "Revenue | 412.3 | 381.7") == ((1e6, "U.S. dollars"), None)
    assert _of(t, "Earnings per share | 0.41 | (0.13)") == ((1.0, "U.S. dollars"), None)
    assert _of(t, "Dividend ($) | 0.20 | 0.18") == ((1.0, "$"), None)
    assert _of(t, "Staff | 1,900 | 1,750") == (
        (1e6, "U.S. dollars"),
        None,
    )  # table-wide: a known limit


def test_accounting_negatives_in_scaled_tables(pipeline):
    md = "# Acme\n\n($ millions)\n\n| Item | 2020 |\n|---|---|\n| Net income | (12.1) |\n| EPS | (0.13) |\n"
    got = claims_of(article_from_text(md, "a.md", "md"), pipeline)
    assert ("12.1", "money", -12_100_000.0, "USD") in got
    assert ("0.13", "money", -0.13, "USD") in got


def test_a_pipe_table_in_a_code_fence_is_code():
    md = "# Acme\n\n```\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n\nText.\n"
    assert rows(article_from_text(md, "a.md", "md")) == []


def test_column_scales_in_claims(pipeline):
    md = "# Acme\n\n| Region | Revenue (€m) | Margin (%) | Staff |\n|---|---|---|---|\n| Europe | 410 | 12.5 | 1,900 |\n"
    got = claims_of(article_from_text(md, "a.md", "md"), pipeline)
    assert ("410", "money", 410e6, "EUR") in got
    assert ("12.5", "percent", 12.5, "%") in got
    assert any(t == "1,900" and k == "count" and v == 1900 for t, k, v, _ in got)


def test_column_scales_in_html_and_word(tmp_path):
    html = HTML.replace("<caption>Income statement (in thousands of euros)</caption>", "").replace(
        "<th>2019</th><th>2020</th>", "<th>Sales ($m)</th><th>Growth (%)</th>"
    )
    a = article_from_html(html, "a.html")
    row = next(b for b in a.blocks if b.row and a.text[b.start : b.end].startswith("Revenue"))
    assert [(a.text[s:e], sc, c) for s, e, sc, c in row.cells] == [
        ("Revenue", 1.0, None), ("1,204.5", 1e6, "$"), ("1,310.2", 1.0, "%")
    ]  # fmt: skip
    p = _docx_with_table(
        tmp_path / "a.docx",
        "Key figures",
        [["Item", "Sales (€m)", "Staff"], ["Acme", "410", "1,900"]],
    )
    a = load_article(p)
    row = next(b for b in a.blocks if b.row and a.text[b.start : b.end].startswith("Acme"))
    assert [(a.text[s:e], sc, c) for s, e, sc, c in row.cells] == [
        ("Acme", 1.0, None), ("410", 1e6, "€"), ("1,900", 1.0, None)
    ]  # fmt: skip


def test_a_header_row_of_period_labels_is_a_header():
    """ "($ millions) | Q3 2025 | 9M 2025": quarters and nine-month columns are no figures."""
    t = TableScale("")
    assert _of(t, "($ millions) | Q3 2025 | Q3 2024 | 9M 2025 | 9M 2024") == ((1.0, None), None)
    assert _of(t, "Revenue | 1,842.6 | 1,690.3 | 5,247.9 | 4,918.4") == ((1e6, "$"), None)
    t = TableScale("")
    assert _of(t, "(€m) | 1H FY26 | FY25") == ((1.0, None), None)
    assert _of(t, "Sales | 410 | 455") == ((1e6, "€"), None)
