"""Visible article text of an HTML page, as blocks: no scripts, styles, menus or footers."""

from __future__ import annotations

import re

from .articles import Article, BlockBuilder
from .errors import InputError

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


def article_from_html(markup: str, source: str, encoding: str = "utf-8") -> Article:
    """Parse (possibly broken) HTML and keep the visible article text with its structure."""
    import lxml.html
    from lxml import etree

    if not markup.strip():
        raise InputError(f"{source}: the file is empty")
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{source}: cannot parse as HTML ({exc})") from None
    page_title = " ".join((root.findtext(".//title") or "").split())
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
    return builder.article(source, "html", encoding, title)


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


def _walk(el, builder: BlockBuilder, list_kind: str | None = None, index: int = 0) -> None:  # type: ignore[no-untyped-def]
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
            _walk(n, builder)
        return
    if tag == "tr":  # a table row reads as one line: "Revenue | €14.2bn"
        cells = [c.text_content().strip() for c in el if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        builder.add("paragraph", " | ".join(c for c in cells if c))
        return
    if tag in _PARAGRAPH_TAGS:
        builder.add("paragraph", el.text_content())
        return
    if tag == "br":
        return
    # A container: its own loose text is a paragraph; child blocks are walked in order.
    pending = [el.text or ""]
    count = 0
    for child in el:
        ctag = child.tag.lower() if isinstance(child.tag, str) else ""
        if ctag in _HEADINGS or ctag in _PARAGRAPH_TAGS or ctag in _CONTAINERS or ctag == "li":
            builder.add("paragraph", "".join(pending))
            pending = []
            if ctag == "li":
                count += 1
            _walk(child, builder, tag if tag in ("ul", "ol") else None, count)
        elif ctag == "br":
            pending.append("\n")
        else:
            pending.append(child.text_content())
        pending.append(child.tail or "")
    builder.add("paragraph", "".join(pending))
