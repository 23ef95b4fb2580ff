"""Loading articles: formats, encodings, structure with offsets, and bad files."""

import zipfile

import pytest

from factcheck_gui.core.errors import InputError
from factcheck_gui.core.text.articles import MAX_BYTES, article_from_text, load_article


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def blocks_of(article):
    return [(b.kind, article.text[b.start : b.end]) for b in article.blocks]


def test_plain_text_title_headings_paragraphs_and_bullets(tmp_path):
    text = (
        "Amazon Closes Lab\n\nUS Stocks\n\nAmazon shut the lab. It had 100 papers.\n\n"
        "Several reasons explain this move:\n\n  • US–China tensions: limits.\n  • . Foreign work is under scrutiny.\n"
    )
    a = load_article(write(tmp_path, "a.txt", text))
    assert blocks_of(a) == [
        ("title", "Amazon Closes Lab"),
        ("heading", "US Stocks"),
        ("paragraph", "Amazon shut the lab. It had 100 papers."),
        ("paragraph", "Several reasons explain this move:"),
        ("list_item", "• US–China tensions: limits."),
        ("list_item", "• . Foreign work is under scrutiny."),
    ]
    bullet = a.blocks[-1]
    assert bullet.marker == "•" and a.text[bullet.marker_start] == "•"
    assert a.title == "Amazon Closes Lab"


def test_newlines_are_normalised_and_offsets_index_the_text(tmp_path):
    a = load_article(write(tmp_path, "a.txt", b"Title\r\n\r\nFirst line\rsecond $5bn.\r\n"))
    assert "\r" not in a.text
    para = a.blocks[1]
    assert a.text[para.start : para.end] == "First line\nsecond $5bn."


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Café revenue €3bn".encode("utf-8-sig"), "Café revenue €3bn"),
        ("Café revenue €3bn".encode("utf-16"), "Café revenue €3bn"),
        ("Café revenue €3bn".encode("utf-16-be").join([b"\xfe\xff", b""]), "Café revenue €3bn"),
        (
            "Café crème revenue rose to €3bn this year, the café said".encode("cp1252"),
            "Café crème revenue rose to €3bn this year, the café said",
        ),
    ],
)
def test_encodings(tmp_path, raw, expected):
    assert load_article(write(tmp_path, "a.txt", raw)).text.strip() == expected


# (article, its list items as read): an item is its marker's line and the lines that wrap it,
# never the paragraph after it
LIST_ITEMS = [
    # scraped copy: a numbered headline, then its description as a paragraph of its own
    ("Daily Crunch\n\n1. Acme, finally a unicorn, raises $285 million in new funding\n"
     "Acme launched in 2013 and now counts 30,000 gyms as partners.\n"
     "2. Brightline sues Orbis over alleged patent infringement\nThe lawsuit says Orbis copied it.",
     ["1. Acme, finally a unicorn, raises $285 million in new funding",
      "2. Brightline sues Orbis over alleged patent infringement"]),
    ("Moves\n\n• Costs fell 5% in the quarter.\nThe board said it would cut more.", ["• Costs fell 5% in the quarter."]),
    # items that end with commas or semicolons, then the story goes on
    ("Plan\n\nThe board agreed that:\n- costs will fall by 5%,\n- the unit will be sold; and\n"
     "- margins will widen.\nShares rose 3% on the news.",
     ["- costs will fall by 5%,", "- the unit will be sold; and", "- margins will widen."]),
    ("Plan\n\n- to cut debt;\n- to pay a dividend;\nThe shares rose.", ["- to cut debt;", "- to pay a dividend;"]),
    # wire copy that indents every paragraph: a paragraph at the marker's indent is no wrap
    ("Wire\n\n   * Profit rose 12% to $1.1 billion\n   The company also raised its dividend.",
     ["* Profit rose 12% to $1.1 billion"]),
    # lines that wrap an item: indented, in lower case, or after words cut off mid-phrase
    ("Notes\n\n- Revenue rose 5% to $4.1 billion, helped by\n  strong demand in Asia.\n- Costs fell.",
     ["- Revenue rose 5% to $4.1 billion, helped by\n  strong demand in Asia.", "- Costs fell."]),
    ("Notes\n\n- Revenue rose 5% to $4.1 billion, helped\nby strong demand.\n- Costs fell.",
     ["- Revenue rose 5% to $4.1 billion, helped\nby strong demand.", "- Costs fell."]),
    ("Notes\n\n- Margins were hit by\nAsian competition.\n- Gross margin rose to\n41.2% from 39.8%.",
     ["- Margins were hit by\nAsian competition.", "- Gross margin rose to\n41.2% from 39.8%."]),
]  # fmt: skip


@pytest.mark.parametrize(
    "text,items", LIST_ITEMS, ids=[t.split("\n")[0] + t[-12:] for t, _ in LIST_ITEMS]
)
def test_a_list_item_never_runs_into_the_paragraph_after_it(text, items):
    a = article_from_text(text)
    assert [body for kind, body in blocks_of(a) if kind == "list_item"] == items
    last = max(b.end for b in a.blocks if b.kind == "list_item")
    rest = a.text[last:].strip()
    assert not rest or any(
        a.text[b.start : b.end] == rest for b in a.blocks if b.kind != "list_item"
    )


def test_markdown_headings_lists_and_code(tmp_path):
    md = "# Deal done\n\nIntro with $2bn.\n\n## Details\n\n- first point\n- second point\n\n```\n$9bn in code\n```\n"
    a = load_article(write(tmp_path, "a.md", md))
    kinds = [k for k, _ in blocks_of(a)]
    assert kinds == ["title", "paragraph", "heading", "list_item", "list_item"]
    assert a.title == "Deal done"
    assert a.format == "md"


def test_html_keeps_article_text_and_drops_boilerplate(tmp_path):
    html = """<html><head><title>Page title</title><style>p{x:1}</style><script>var a=2024;</script></head>
    <body><nav><a>Home</a><a>Markets 500</a></nav><div class="cookie-banner">3 cookies</div>
    <article><h1>Solaris to cut 1,800 jobs</h1><p>Solaris will lay off <b>about 1,800</b> staff.</p>
    <ul><li>Charges of $90m.</li><li>Savings of $300m.</li></ul><ol><li>First</li><li>Second</li></ol></article>
    <aside class="related"><p>Rival cuts 5,000</p></aside><footer>&copy; 2025 Ledger, 120 Market Street</footer></body></html>"""
    a = load_article(write(tmp_path, "a.html", html))
    assert blocks_of(a) == [
        ("title", "Solaris to cut 1,800 jobs"),
        ("paragraph", "Solaris will lay off about 1,800 staff."),
        ("list_item", "• Charges of $90m."),
        ("list_item", "• Savings of $300m."),
        ("list_item", "1. First"),
        ("list_item", "2. Second"),
    ]
    for junk in ("var a", "cookies", "Home", "5,000", "Market Street", "p{x:1}"):
        assert junk not in a.text
    assert a.title == "Solaris to cut 1,800 jobs"


def test_broken_html_still_reads(tmp_path):
    a = load_article(
        write(tmp_path, "a.htm", "<html><body><p>Revenue was $5bn<p>Profit <b>rose 5%</body")
    )
    assert "Revenue was $5bn" in a.text and "Profit rose 5%" in a.text


def _docx(path, paragraphs):
    import docx

    d = docx.Document()
    d.core_properties.title = "Word title"
    for style, text in paragraphs:
        d.add_paragraph(text, style=style)
    table = d.add_table(rows=1, cols=1)
    table.cell(0, 0).text = "Table cell with $7m"
    d.save(str(path))


def test_docx_styles_become_blocks(tmp_path):
    p = tmp_path / "a.docx"
    _docx(
        p,
        [
            ("Title", "Acme results"),
            ("Heading 1", "Numbers"),
            ("Normal", "Revenue was $5bn."),
            ("List Bullet", "Profit rose 5%."),
            ("List Number", "Staff: 1,000."),
        ],
    )
    a = load_article(p)
    assert blocks_of(a) == [
        ("title", "Acme results"),
        ("heading", "Numbers"),
        ("paragraph", "Revenue was $5bn."),
        ("list_item", "• Profit rose 5%."),
        ("list_item", "1. Staff: 1,000."),
        ("paragraph", "Table cell with $7m"),
    ]
    assert a.title == "Word title"


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("bin.txt", b"\x7fELF\x00\x00\x01\x02" * 50, "binary"),
        ("bad.docx", b"this is not a zip", "not a Word document"),
        ("broken.docx", None, "damaged Word document"),
        ("a.pdf", b"%PDF-1.4", "unsupported file type"),
        ("garbage.txt", bytes(range(128, 256)) * 40, "not valid UTF-8"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path, name, data, message):
    p = tmp_path / name
    if data is None:
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("word/document.xml", "<not-really/>")
    else:
        p.write_bytes(data)
    with pytest.raises(InputError) as err:
        load_article(p)
    assert message in str(err.value)
    assert str(p) in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        load_article(tmp_path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match="8.0 MB of text; factcheck reads up to 2 MB of text"):
        load_article(p)


def test_article_from_text_numbered_list():
    a = article_from_text("Title\n\n1. One $1m\n2) Two $2m\n")
    assert [b.marker for b in a.blocks] == [None, "1.", "2)"]
