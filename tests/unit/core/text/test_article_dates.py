"""The article's own date: --date, HTML metadata, Word properties, datelines, front matter."""

import datetime as dt
import zipfile

import pytest

from factcheck_gui.core.text import dates
from factcheck_gui.core.text.articles import article_from_text, load_article, with_date
from factcheck_gui.core.text.dates import dateline_date, parse_date, parse_iso_date, text_date
from factcheck_gui.core.text.html import article_from_html

D = dt.date


@pytest.mark.parametrize(
    "value, want",
    [
        ("2020-03-03T10:15:00Z", D(2020, 3, 3)),
        ("2020-03-03T23:30:00-05:00", D(2020, 3, 3)),  # the date as written, not in UTC
        ("2020-03-03", D(2020, 3, 3)),
        ("Tue, 03 Mar 2020 10:00:00 GMT", D(2020, 3, 3)),
        ("March 3, 2020", D(2020, 3, 3)),
        ("Sept. 30, 2019", D(2019, 9, 30)),
        ("3 March 2020", D(2020, 3, 3)),
        ("20200303", D(2020, 3, 3)),
        ("2020-03-03 10:00:00", D(2020, 3, 3)),
        ("Tuesday, March 3, 2020 8:00 AM ET", D(2020, 3, 3)),
        # not a full date: nothing is guessed
        ("March 3", None),
        ("2020", None),
        ("March 2020", None),
        ("2020-02-30", None),
        ("1066-10-14", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value, want):
    assert parse_date(value) == want


@pytest.mark.parametrize("line, want", dates.EXAMPLES)
def test_dateline_examples(line, want):
    got = dateline_date(f"Acme results\n\n{line}\n")
    assert (got.isoformat() if got else None) == want


def test_dateline_is_only_read_in_the_first_lines():
    body = "\n".join(f"Paragraph {i} says little." for i in range(10))
    assert dateline_date(f"Title\n\n{body}\nMarch 3, 2020\n") is None
    assert dateline_date("Title\n\nMarch 3, 2020\n\n" + body) == D(2020, 3, 3)


@pytest.mark.parametrize("value", ["2020-03-03", " 2020-03-03 "])
def test_iso_date_of_the_user(value):
    assert parse_iso_date(value) == D(2020, 3, 3)


@pytest.mark.parametrize(
    "value", ["2020-13-01", "2020-02-30", "03/03/2020", "March 3, 2020", "2020-3-3", ""]
)
def test_iso_date_of_the_user_refused(value):
    with pytest.raises(ValueError):
        parse_iso_date(value)


# --------------------------------------------------------------------------- HTML

BODY = (
    "<body><article><h1>Acme results</h1><p>Acme Corp said on Tuesday that revenue rose 4% last "
    "year, helped by demand for its widgets in Europe and Asia, and that it expects the pace to "
    "hold into next year as new plants open in Ohio and Texas.</p></article></body>"
)


def _page(head: str, body: str = BODY) -> str:
    return f"<html><head><title>Acme results</title>{head}</head>{body}</html>"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2020-03-03T09:00:00Z">',
        '<meta property="og:published_time" content="2020-03-03">',
        '<meta name="date" content="2020-03-03">',
        '<meta name="DC.date.issued" content="2020-03-03">',
        '<meta name="pubdate" content="20200303">',
        '<meta name="publish-date" content="March 3, 2020">',
        '<meta name="sailthru.date" content="2020-03-03 10:00:00">',
        '<meta name="parsely-pub-date" content="2020-03-03T10:00:00Z">',
        '<meta itemprop="datePublished" content="2020-03-03">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-03-03T08:00:00Z"}</script>',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"datePublished": "2020-03-03"}]}</script>',
    ],
)
def test_html_metadata_gives_the_date(head):
    a = article_from_html(_page(head), "a.html")
    assert (a.date, a.date_source) == (D(2020, 3, 3), "metadata")


def test_html_published_beats_generic_and_modified():
    head = (
        '<meta name="date" content="2020-01-01">'
        '<meta property="article:modified_time" content="2020-03-09T10:00:00Z">'
        '<meta property="article:published_time" content="2020-03-03T10:00:00Z">'
    )
    assert article_from_html(_page(head), "a.html").date == D(2020, 3, 3)


def test_html_time_in_the_article_header():
    body = BODY.replace(
        "<h1>", '<header><time datetime="2020-03-03T08:00">March 3</time></header><h1>'
    )
    assert article_from_html(_page("", body), "a.html").date == D(2020, 3, 3)


@pytest.mark.parametrize(
    "head, body",
    [
        (
            '<meta property="article:modified_time" content="2020-03-09">',
            BODY,
        ),  # updated, not published
        ('<meta name="date" content="soon">', BODY),
        ('<script type="application/ld+json">{not json</script>', BODY),
        # a <time> in the story's text is a date it talks about
        ("", BODY.replace("last year,", 'on <time datetime="2019-05-01">May 1, 2019</time>,')),
    ],
)
def test_html_without_a_publication_date(head, body):
    a = article_from_html(_page(head, body), "a.html")
    assert (a.date, a.date_source) == (None, "")


def test_html_dateline_when_there_is_no_metadata():
    body = BODY.replace(
        "<p>Acme Corp said", "<p>NEW YORK, March 3, 2020 (Reuters) - Acme Corp said"
    )
    a = article_from_html(_page("", body), "a.html")
    assert (a.date, a.date_source) == (D(2020, 3, 3), "dateline")


def test_html_metadata_beats_the_dateline():
    body = BODY.replace(
        "<p>Acme Corp said", "<p>NEW YORK, March 2, 2020 (Reuters) - Acme Corp said"
    )
    a = article_from_html(_page('<meta name="date" content="2020-03-03">', body), "a.html")
    assert (a.date, a.date_source) == (D(2020, 3, 3), "metadata")


# --------------------------------------------------------------------------- text and Markdown


def test_markdown_front_matter_date_and_title(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(
        "---\ntitle: Acme results\ndate: 2020-03-03\n---\n\nAcme said revenue rose 4%.\n",
        encoding="utf-8",
    )
    a = load_article(p)
    assert (a.date, a.date_source, a.title) == (D(2020, 3, 3), "metadata", "Acme results")
    assert all(b.start >= a.text.index("Acme said") for b in a.blocks)  # front matter is no block


def test_front_matter_date_beats_a_dateline():
    text = "---\ndate: 2020-03-03\n---\n# Acme\n\nPublished: 2020-01-01\n"
    assert text_date(text) == (D(2020, 3, 3), "metadata")


def test_text_without_a_date():
    a = article_from_text("Acme results\n\nAcme said on March 3 that revenue rose 4%.\n")
    assert (a.date, a.date_source) == (None, "")


def test_never_the_files_modification_time(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Acme results\n\nAcme said revenue rose 4% last year.\n", encoding="utf-8")
    assert load_article(p).date is None


def test_date_given_by_the_user_beats_the_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(
        "Acme results\n\nPublished: 2020-03-03\n\nAcme said revenue rose.\n", encoding="utf-8"
    )
    assert load_article(p).date_source == "dateline"
    a = load_article(p, D(2021, 1, 2))
    assert (a.date, a.date_source) == (D(2021, 1, 2), "set")
    cleared = with_date(a, None, "cleared")
    assert (cleared.date, cleared.date_source) == (None, "cleared")


# --------------------------------------------------------------------------- Word


def _docx(path, text="Acme said revenue rose 4% last year.", created=None, custom=None):
    import docx

    d = docx.Document()
    d.add_paragraph("Acme results", style="Title")
    d.add_paragraph(text)
    if created is not None:
        d.core_properties.created = created
    d.save(str(path))
    if custom is not None:  # a custom property, as Word writes it (docProps/custom.xml)
        name, kind, value = custom
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="{name}">'
            f"<vt:{kind}>{value}</vt:{kind}></property></Properties>"
        )
        with zipfile.ZipFile(path, "a") as z:
            z.writestr("docProps/custom.xml", xml)
    return path


def test_docx_template_stamp_is_no_date(tmp_path):
    a = load_article(_docx(tmp_path / "a.docx"))  # python-docx's template: created 2013-12-23
    assert (a.date, a.date_source) == (None, "")


def test_docx_created(tmp_path):
    a = load_article(_docx(tmp_path / "a.docx", created=dt.datetime(2020, 3, 3, 9, 0)))
    assert (a.date, a.date_source) == (D(2020, 3, 3), "created")


@pytest.mark.parametrize(
    "custom",
    [
        ("Published", "filetime", "2020-03-03T00:00:00Z"),
        ("Publication date", "lpwstr", "March 3, 2020"),
        ("publish_date", "lpwstr", "2020-03-03"),
    ],
)
def test_docx_publication_property_beats_all(tmp_path, custom):
    p = _docx(
        tmp_path / "a.docx", "Published: 2020-01-01", created=dt.datetime(2019, 1, 1), custom=custom
    )
    a = load_article(p)
    assert (a.date, a.date_source) == (D(2020, 3, 3), "metadata")


def test_docx_dateline_beats_created(tmp_path):
    p = _docx(
        tmp_path / "a.docx",
        "LONDON, March 3, 2020 /PRNewswire/ -- Acme plc said",
        created=dt.datetime(2019, 1, 1),
    )
    a = load_article(p)
    assert (a.date, a.date_source) == (D(2020, 3, 3), "dateline")


def test_docx_other_custom_properties_are_no_date(tmp_path):
    p = _docx(tmp_path / "a.docx", custom=("Reviewer", "lpwstr", "2020-03-03"))
    assert load_article(p).date is None


def test_a_site_banners_date_is_not_the_articles():
    body = BODY.replace(
        "<body>", '<body><header class="top"><time datetime="2026-12-02">Today</time></header>'
    )
    assert article_from_html(_page("", body), "a.html").date is None
    body = BODY.replace(
        "<body><article>",
        '<body><header><h1>Acme</h1><time datetime="2020-03-03">March 3</time></header><article>',
    )
    assert article_from_html(_page("", body), "a.html").date == D(2020, 3, 3)


@pytest.mark.parametrize(
    "title,date",
    [
        ("AWI q3 2020 earnings call, prepared remarks", dt.date(2020, 9, 30)),
        ("Acme Reports Fourth-Quarter 2021 Results", dt.date(2021, 12, 31)),
        ("Second quarter of fiscal 2022 results", dt.date(2022, 6, 30)),
    ],
)
def test_a_results_title_dates_the_article_at_its_period_end(title, date):
    article = article_from_text(f"{title}\n\nRevenue rose 5% from last year.\n", "call.txt")
    assert (article.date, article.date_source) == (date, "period")


@pytest.mark.parametrize(
    "text",
    [
        "Q3 2024 was good for us\n\nSales rose.\n",  # no report named
        "Markets wrap\n\nAcme's Q3 2024 earnings call is on Tuesday.\n",  # not the title
        "NEW YORK, March 3, 2021 (Reuters) - Acme Q4 2020 results beat forecasts.\n",  # a dateline wins
    ],
)
def test_no_period_date_without_a_results_title(text):
    article = article_from_text(text, "x.txt")
    assert article.date_source != "period"
