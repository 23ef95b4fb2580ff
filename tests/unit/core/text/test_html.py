"""HTML pages: deep nesting, XHTML with an XML declaration, no entity or network access."""

import pytest

from factcheck_gui.core.errors import InputError
from factcheck_gui.core.text.html import article_from_html, flatten


def _nested(depth, tag="div"):
    return (
        "<html><body><p>Before: revenue was $5bn.</p>" + f"<{tag}>" * depth
        + "<p>Deep paragraph: profit rose 7%.</p>" + f"</{tag}>" * depth
        + "<p>After: 1,800 jobs go.</p></body></html>"
    )  # fmt: skip


@pytest.mark.parametrize("depth", [300, 3000, 20000])
def test_deeply_nested_html_keeps_every_paragraph(depth):
    a = article_from_html(_nested(depth), "deep.html")
    assert (
        a.text
        == "Before: revenue was $5bn.\n\nDeep paragraph: profit rose 7%.\n\nAfter: 1,800 jobs go.\n"
    )


def test_unclosed_tags_nested_past_the_parser_limit_keep_their_text():
    markup = (
        "<html><body>"
        + "".join(f"<div><span>Line {i} has $1m." for i in range(3000))
        + "</body></html>"
    )
    a = article_from_html(markup, "deep.html")
    assert "Line 0 has $1m." in a.text and "Line 2999 has $1m." in a.text


def test_flatten_leaves_out_tags_past_the_depth_and_keeps_text_and_entities():
    out = flatten("<div><div><div><p class='x'>A &amp; B &lt;3</p></div></div></div>", max_depth=2)
    assert out == "<div><div>A &amp; B &lt;3</div></div>"


XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>Acme</title></head>'
    "<body><h1>Acme results</h1><p>Revenue was €5bn.</p></body></html>"
)


def test_xhtml_with_an_xml_declaration_is_read():
    a = article_from_html(XHTML, "a.xhtml.html")
    assert a.text == "Acme results\n\nRevenue was €5bn.\n"
    assert a.title == "Acme results"


@pytest.mark.parametrize(
    "prologue",
    [
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE html [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/leak">]>',
    ],
)
def test_external_entities_are_never_read(prologue):
    a = article_from_html(
        prologue + "<html><body><p>Revenue &xxe; was $5bn.</p></body></html>", "a.html"
    )
    assert "root:" not in a.text and "]>" not in a.text
    assert "Revenue" in a.text and "$5bn" in a.text


def test_empty_page_is_one_clear_line():
    with pytest.raises(InputError, match="no visible article text"):
        article_from_html("<html><body><script>var x = 1;</script></body></html>", "a.html")
