"""Visible article text of an HTML page, as blocks: no scripts, styles, menus or footers."""

from __future__ import annotations

import re

from ..errors import InputError
from .dates import dateline_date, html_date
from .model import Article, BlockBuilder, check_text_size
from .tables import TableScale

_DROP_TAGS = {
    "script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form",
    "button", "svg", "iframe", "select", "option", "input", "textarea", "menu", "dialog",
    "canvas", "video", "audio", "object", "embed", "label",
}  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
               "search", "dialog", "alert"}  # fmt: skip
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|cookie|consent|share|sharing|social|"
    r"related|comments?|advert|ads?|promo|newsletter|breadcrumbs?|subscribe|paywall|"
    r"masthead|site-header|skip-link|popup|modal|banner|outbrain|taboola|recirc)(?:$|[\s_-])",
    re.I,
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PARAGRAPH_TAGS = {"p", "blockquote", "pre", "figcaption", "dd", "dt", "caption", "td", "th",
                   "address", "summary"}  # fmt: skip
_CONTAINERS = {"div", "section", "article", "main", "body", "header", "span", "center",
               "font", "table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "figure", "details"}  # fmt: skip


# The XML declaration and a doctype, with any internal subset (whose entities are never read).
_PROLOGUE = re.compile(
    r"^\s*(?:<\?xml\b[^>]*\?>\s*)?(?:<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>)?", re.I | re.S
)
MAX_DEPTH = 1000  # elements nested deeper are unwrapped before parsing (libxml2 stops at 2048)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}  # fmt: skip


def article_from_html(markup: str, source: str, encoding: str = "utf-8") -> Article:
    """Parse (possibly broken) HTML or XHTML and keep the visible article text with its structure."""
    if not markup.strip():
        raise InputError(f"{source}: the file is empty")
    # XHTML starts with <?xml ... encoding="utf-8"?>; the text is decoded already, and lxml
    # refuses a str that declares an encoding. The doctype says nothing we need.
    markup = _PROLOGUE.sub("", markup, count=1)
    root, too_deep = _parse(markup, source)
    if too_deep:  # nested past the parser's limit: it would drop everything after that point
        root, too_deep = _parse(flatten(markup), source)
    page_title = " ".join((root.findtext(".//title") or "").split())
    date, date_source = html_date(root), "metadata"  # read before <head> and headers are dropped
    _drop_boilerplate(root)
    body = _main_content(root)
    builder = BlockBuilder()
    _walk(body, builder)
    if not builder.blocks:
        raise InputError(f"{source}: the page has no visible article text")
    h1 = next((b for b in builder.blocks if b.kind == "heading" and b.level == 1), None)
    title = page_title
    if h1 is not None:
        title = "".join(builder.parts)[h1.start : h1.end]
    if date is None:
        date, date_source = dateline_date("".join(builder.parts)), "dateline"
    article = builder.article(source, "html", encoding, title, date, date_source)
    check_text_size(article.text, source)
    return article


def _parse(markup: str, source: str):  # type: ignore[no-untyped-def]
    """The document tree and whether the parser stopped at its depth limit. No network, no
    DTDs, no entities but HTML's own (libxml2's HTML parser resolves nothing external)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(
        huge_tree=True, no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{source}: cannot parse as HTML ({exc})") from None
    too_deep = any("Excessive depth" in e.message for e in parser.error_log)
    return root, too_deep


def flatten(markup: str, max_depth: int = MAX_DEPTH) -> str:
    """The markup with the tags nested deeper than `max_depth` left out (their text stays)."""
    from html import escape
    from html.parser import HTMLParser

    out: list[str] = []
    open_tags: list[tuple[str, bool]] = []  # (tag, written)

    class _Flattener(HTMLParser):
        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            written = len(open_tags) < max_depth
            if written:
                out.append(_start_tag(tag, attrs))
            if tag not in _VOID:
                open_tags.append((tag, written))

        def handle_startendtag(self, tag, attrs):  # type: ignore[no-untyped-def]
            if len(open_tags) < max_depth:
                out.append(_start_tag(tag, attrs))

        def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
            for i in range(len(open_tags) - 1, -1, -1):
                if open_tags[i][0] == tag:
                    out.extend(f"</{t}>" for t, written in reversed(open_tags[i:]) if written)
                    del open_tags[i:]
                    return

        def handle_data(self, data):  # type: ignore[no-untyped-def]
            out.append(escape(data, quote=False))

    def _start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
        return "<" + " ".join([tag, *(f'{k}="{escape(v or "")}"' for k, v in attrs)]) + ">"

    flattener = _Flattener(convert_charrefs=True)
    flattener.feed(markup)
    flattener.close()
    return "".join(out)


def _drop_boilerplate(root) -> None:  # type: ignore[no-untyped-def]
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments and processing instructions
            _remove(el)
            continue
        tag = el.tag.lower()
        attrs = f"{el.get('class', '')} {el.get('id', '')}"
        if (
            tag in _DROP_TAGS
            or (el.get("role") or "").lower() in _DROP_ROLES
            or el.get("hidden") is not None
            or el.get("aria-hidden") == "true"
            or "display:none" in (el.get("style") or "").replace(" ", "").lower()
            or (tag not in ("body", "html", "article", "main") and _BOILERPLATE.search(attrs))
        ):
            _remove(el)


def _remove(el) -> None:  # type: ignore[no-untyped-def]
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:  # keep the text that follows the removed element
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _main_content(root):  # type: ignore[no-untyped-def]
    """The <article> or <main> with the most text, else <body>."""
    candidates = root.findall(".//article") + root.findall(".//main")
    if candidates:
        best = max(candidates, key=lambda el: len(el.text_content()))
        if len(best.text_content().strip()) > 200:
            return best
    body = root.find(".//body")
    return body if body is not None else root


def _rows_of(table):  # type: ignore[no-untyped-def]
    """The rows of `table` in order (in <thead>, <tbody>, <tfoot> or bare), not of tables nested in it."""
    for child in table:
        ctag = child.tag.lower() if isinstance(child.tag, str) else ""
        if ctag == "tr":
            yield child
        elif ctag in ("thead", "tbody", "tfoot"):
            yield from (r for r in child if isinstance(r.tag, str) and r.tag.lower() == "tr")


def _walk(root, builder: BlockBuilder) -> None:  # type: ignore[no-untyped-def]
    """Add the blocks under `root` in document order, with a stack instead of recursion:
    pages nest elements thousands deep."""
    stack = [_visit(root, None, 0, builder)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        else:
            stack.append(_visit(*child, builder))


def _visit(el, list_kind: str | None, index: int, builder: BlockBuilder):  # type: ignore[no-untyped-def]
    """Add the blocks of `el`; yields (child, list kind, index) for each child block to visit
    before it goes on."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _HEADINGS:
        builder.add("heading", el.text_content(), level=_HEADINGS[tag])
        return
    if tag == "li":
        marker = f"{index}." if list_kind == "ol" else "•"
        nested = [c for c in el if isinstance(c.tag, str) and c.tag.lower() in ("ul", "ol")]
        for n in nested:
            el.remove(n)
        builder.add("list_item", el.text_content(), marker=marker)
        for n in nested:
            yield n, None, 0
        return
    if tag == "table":  # each row one line: "Revenue | €14.2bn"; a caption scales the rows
        caption = el.find("caption")
        caption_text = caption.text_content() if caption is not None else builder.last_text
        if caption is not None:
            builder.add("paragraph", caption_text)
        scale = TableScale(caption_text)
        for tr in _rows_of(el):
            cells = [
                c.text_content()
                for c in tr
                if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")
            ]
            builder.add_row(cells, *scale.of_row(cells))
        return  # a table nested in a cell is read with the cell's text
    if tag == "tr":  # a row outside any table (broken markup)
        cells = [
            c.text_content() for c in el if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")
        ]
        builder.add_row(cells)
        return
    if tag in _PARAGRAPH_TAGS:
        builder.add("paragraph", el.text_content())
        return
    if tag == "br":
        return
    # A container: its own loose text is a paragraph; child blocks are visited in order.
    pending = [el.text or ""]
    count = 0
    for child in el:
        ctag = child.tag.lower() if isinstance(child.tag, str) else ""
        if ctag in _HEADINGS or ctag in _PARAGRAPH_TAGS or ctag in _CONTAINERS or ctag == "li":
            builder.add("paragraph", "".join(pending))
            pending = []
            if ctag == "li":
                count += 1
            yield child, tag if tag in ("ul", "ol") else None, count
        elif ctag == "br":
            pending.append("\n")
        else:
            pending.append(child.text_content())
        pending.append(child.tail or "")
    builder.add("paragraph", "".join(pending))
