"""Reading article files safely: caps on the text, bounded reads, zip bombs, special files."""

import os
import re
import threading
import zipfile
from pathlib import Path

import pytest

from factcheck_gui.core.errors import InputError
from factcheck_gui.core.text import articles
from factcheck_gui.core.text.articles import MAX_TEXT_CHARS, load_article, read_bounded

EVAL = Path(__file__).parents[3] / "data" / "eval" / "articles"


def _one_line(err):
    message = str(err.value)
    assert "\n" not in message
    return message


def test_text_over_the_cap_is_refused_with_the_cap_named(tmp_path):
    p = tmp_path / "long.txt"
    p.write_text("Revenue rose 5% to $3bn. " * (MAX_TEXT_CHARS // 25 + 1000), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_article(p)
    message = _one_line(err)
    assert message.startswith(
        f"{p}: 2.0 MB of text; factcheck reads up to 2 MB of text (about 330,000 words)"
    )
    assert message.endswith("split it")


def test_news_copy_just_under_the_cap_is_read(tmp_path):
    news = "\n\n".join(f.read_text(encoding="utf-8") for f in sorted(EVAL.glob("*.txt")))
    p = tmp_path / "long.txt"
    p.write_text(
        (news * (MAX_TEXT_CHARS // len(news) + 1))[: MAX_TEXT_CHARS - 10], encoding="utf-8"
    )
    assert len(load_article(p).text) > MAX_TEXT_CHARS - 20


def test_html_of_entities_is_capped_by_its_tokens(tmp_path):
    p = tmp_path / "a.html"
    p.write_text(
        "<html><body><p>Revenue rose 5%.</p><p>" + "&amp; " * 610_000 + "</p></body></html>"
    )
    with pytest.raises(InputError) as err:
        load_article(p)
    assert "words and symbols; factcheck reads up to 600,000 per article" in _one_line(err)


def test_markdown_data_image_is_not_article_text(tmp_path):
    blob = "iVBORw0KGgoAAAANSUhEUgAA" + "0123456789+/AbCd" * 6000
    md = f"# Acme results\n\nRevenue rose 5%.\n\n![chart](data:image/png;base64,{blob})\n\nProfit was $4m.\n"
    p = tmp_path / "a.md"
    p.write_text(md, encoding="utf-8")
    article = load_article(p)
    assert blob[:64] not in article.text
    assert "![chart](data:image/png;base64,…)" in article.text
    assert "Profit was $4m." in article.text


def test_reads_stop_after_the_limit(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(b"x" * 50_000)
    read = []
    real_read = os.read
    monkeypatch.setattr(articles.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    monkeypatch.setattr(
        articles.os, "fstat", lambda fd: os.stat_result((0o100644, *[0] * 5, 10, 0, 0, 0))
    )
    with pytest.raises(InputError, match="MB of text"):
        read_bounded(p, str(p), 1000, of_text=True)  # the size on record lies: the file grows
    assert sum(read) <= 1001


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    errors = []

    def load():
        try:
            load_article(fifo)
        except InputError as exc:
            errors.append(str(exc))

    t = threading.Thread(target=load, daemon=True)
    t.start()
    t.join(5)
    if t.is_alive():  # unblock the reader so the test run can end
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a named pipe blocked")
    assert errors == [f"{fifo}: is a named pipe, not an article file"]


def test_a_device_is_refused(tmp_path):
    link = tmp_path / "article.txt"
    link.symlink_to("/dev/null")
    with pytest.raises(InputError) as err:
        load_article(link)
    assert _one_line(err) == f"{link}: is a device, not an article file"


def _docx(path, paragraphs, extra=None):
    import docx

    d = docx.Document()
    for text in paragraphs:
        d.add_paragraph(text)
    d.save(str(path))
    if extra:
        with zipfile.ZipFile(path, "a") as z:
            z.writestr(*extra)


def test_docx_whose_xml_unpacks_too_big_is_refused_before_unpacking(tmp_path, monkeypatch):
    p = tmp_path / "bomb.docx"
    _docx(p, ["Revenue rose 5% to $3bn."] * 3000)
    monkeypatch.setattr(articles, "DOCX_MAX_XML_BYTES", 100_000)
    opened = []
    monkeypatch.setattr("docx.Document", lambda *a: opened.append(a))
    with pytest.raises(InputError) as err:
        load_article(p)
    assert "MB of XML; factcheck reads Word documents up to 0 MB of XML" in _one_line(err)
    assert opened == []


def test_docx_with_a_huge_hidden_part_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "bomb.docx"
    _docx(p, ["Revenue rose 5%."], extra=("word/media/image1.png", b"\0" * 3_000_000))
    monkeypatch.setattr(articles, "DOCX_MAX_BYTES", 2_000_000)
    with pytest.raises(InputError) as err:
        load_article(p)
    assert re.search(
        r"unpacks to \d MB; factcheck reads Word documents up to 2 MB unpacked", _one_line(err)
    )


def test_docx_text_over_the_cap_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "long.docx"
    _docx(p, ["Revenue rose 5% to $3bn in the year."] * 200)
    monkeypatch.setattr(articles, "MAX_TEXT_CHARS", 2000)
    with pytest.raises(InputError) as err:
        load_article(p)
    assert "MB of text; factcheck reads up to" in _one_line(err)
