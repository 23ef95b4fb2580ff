"""Load articles (.txt, .md, .html/.htm, .docx) into text plus a block structure."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import stat
import zipfile
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from .dates import docx_created, docx_custom_date, front_matter, text_date
from .decoding import decode_bytes
from .model import (
    MAX_TEXT_CHARS,
    Article,
    Block,
    BlockBuilder,
    check_text_size,
    too_much_text,
)
from .tables import TableScale, aligned_cells, caption_scale, is_md_row, is_md_rule, md_cells

BULLET_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[•·▪◦‣●○■□–—*+-](?=[ \t]|$)|\d{1,3}[.)](?=[ \t]+\S)|[a-z][.)](?=[ \t]+\S))"
)
MD_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+")


# Bytes read from a file before it is decoded: UTF-8 needs at most 4 bytes a character;
# a web page is mostly markup; a Word file may also hold pictures.
MAX_FILE_BYTES = {
    "txt": 4 * MAX_TEXT_CHARS,
    "md": 4 * MAX_TEXT_CHARS,
    "html": 32_000_000,
    "docx": 64_000_000,
}
MAX_BYTES = MAX_FILE_BYTES["txt"]
DOCX_MAX_XML_BYTES = 32_000_000  # uncompressed XML of a .docx (Word writes ~3-10 bytes a character)
DOCX_MAX_BYTES = 256_000_000  # uncompressed size of every part of a .docx together
_FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
            ".docx": "docx"}  # fmt: skip
SUPPORTED = tuple(_FORMATS)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- loading


def load_article(path: str | Path, date: dt.date | None = None) -> Article:
    """Read an article file; raise InputError with a one-line reason when it cannot be read.
    `date` (--date, the editor's choice) overrides the date the file gives."""
    article = _load(path)
    return with_date(article, date) if date is not None else article


def with_date(article: Article, date: dt.date | None, source: str = "set") -> Article:
    """The article with its date set by the user (`date` None and source "cleared": no date)."""
    return replace(article, date=date, date_source=source if date or source == "cleared" else "")


def _load(path: str | Path) -> Article:
    p = Path(path)
    source = str(path)
    suffix = p.suffix.lower()
    if not p.exists():
        raise InputError(f"{source}: no such file")
    if p.is_dir():
        raise InputError(f"{source}: is a folder, not an article")
    if suffix not in _FORMATS:
        raise InputError(
            f"{source}: unsupported file type '{suffix or '(none)'}' (use .txt, .md, .html, .htm or .docx)"
        )
    fmt = _FORMATS[suffix]
    raw = read_bounded(p, source, MAX_FILE_BYTES[fmt], of_text=fmt in ("txt", "md"))
    if not raw.strip():
        raise InputError(f"{source}: the file is empty")
    if fmt == "docx":
        return _from_docx(raw, source)
    text, encoding = decode_bytes(raw, source)
    text = normalize_newlines(text)
    if fmt == "html":
        from .html import article_from_html

        return article_from_html(text, source, encoding)
    text = drop_embedded_data(text)
    check_text_size(text, source)
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    return article_from_text(text, source, fmt, encoding)


_FILE_KINDS = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
               (stat.S_ISSOCK, "a socket"))  # fmt: skip


def read_bounded(path: Path, source: str, limit: int, of_text: bool = False) -> bytes:
    """The bytes of a regular file, never more than `limit` + 1 of them read. Pipes, devices
    and sockets are refused without reading: they may block or never end."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: opening a pipe nobody writes to returns at once
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
            raise InputError(f"{source}: is {kind}, not an article file")
        size = os.fstat(fd).st_size
        parts: list[bytes] = []
        got = 0
        while size <= limit and got <= limit:
            part = os.read(fd, min(1 << 20, limit + 1 - got))
            if not part:
                break
            parts.append(part)
            got += len(part)
    except BlockingIOError:
        raise InputError(f"{source}: cannot read (the file is locked or not ready)") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if size > limit or got > limit:
        raise too_much_text(source, max(size, got) / 1e6, of_text)
    return b"".join(parts)


# "![chart](data:image/png;base64,iVBOR…)": a picture's bytes are not article text.
_DATA_URI = re.compile(r"(data:[\w.+-]+/[\w.+-]+(?:;[\w.+-]+(?:=[\w.+-]+)?)*,)[\w+/=%.~-]{64,}")


def drop_embedded_data(text: str) -> str:
    """Replace the payload of embedded data: URIs with "…"."""
    return _DATA_URI.sub(r"\1…", text)


def article_from_text(
    text: str, source: str = "<text>", fmt: str = "txt", encoding: str = "utf-8"
) -> Article:
    """Split plain text or Markdown into blocks, keeping offsets into `text`."""
    if "\x00" in text:
        raise InputError(f"{source}: not a text file (it holds binary data)")
    text = drop_embedded_data(text)
    front = front_matter(text[:4000]) if fmt == "md" else None
    skip = front[1] if front else 0  # front matter is no part of the story: no blocks
    blocks = _text_blocks(text, markdown=(fmt == "md"), skip=skip)
    title = next((text[b.start : b.end] for b in blocks if b.kind == "title"), "")
    if front and (front_title := dict(front[2]).get("title")):
        title = front_title
    if not title and blocks:
        title = text[blocks[0].start : blocks[0].end][:200]
    date, date_source = text_date(text)
    return Article(source, text, _clean_title(title), tuple(blocks), fmt, encoding, date,
                   date_source)  # fmt: skip


def _clean_title(title: str) -> str:
    return re.sub(r"^#+\s*", "", title).strip()


def _text_blocks(text: str, markdown: bool, skip: int = 0) -> list[Block]:
    blocks: list[Block] = []
    para_start = None
    para_end = 0
    pos = 0
    in_fence = False
    table: TableScale | None = None  # inside a pipe table: the scale its caption gives
    aligned: TableScale | None = None  # inside a table aligned with spaces
    recent: list[str] = []  # the last few lines of text: a caption for the table that may follow

    def flush() -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.append(Block("paragraph", para_start, para_end))
            para_start = None

    prev_line_in_item = False
    lines = text.split("\n")
    for n, line in enumerate(lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if line_end < skip:
            continue
        stripped = line.strip()
        was_in_item, prev_line_in_item = prev_line_in_item, False
        if markdown and stripped.startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if table is not None and not is_md_row(line):
            table = None
        if table is None and is_md_row(line) and n + 1 < len(lines) and is_md_rule(lines[n + 1]):
            caption = (
                text[blocks[-1].start : blocks[-1].end] if blocks and para_start is None else ""
            )
            if para_start is not None:
                caption = text[para_start:para_end].rsplit("\n", 1)[-1]
            flush()
            table = TableScale(caption)
        if table is not None:  # a row of a pipe table: one line, from its first cell to its last
            spans = [c for c in md_cells(line, line_start) if c[1] > c[0]]
            if not is_md_rule(line) and spans:
                cells = md_cells(line, line_start)
                (scale, currency), scales = table.of_row([text[s:e] for s, e in cells])
                own = (
                    tuple((s, e, *sc) for (s, e), sc in zip(cells, scales, strict=True) if e > s)
                    if scales
                    else ()
                )
                blocks.append(Block("paragraph", spans[0][0], spans[-1][1], row=True, scale=scale,
                                    currency=currency, cells=own))  # fmt: skip
            continue
        cells_here = None if markdown and is_md_row(line) else aligned_cells(line, line_start)
        if cells_here is not None:  # a row of a table aligned with spaces: a block of its own
            if aligned is None:  # "Selected figures (in $ millions)", then a header row
                caption = next(
                    (t for t in reversed(recent[-3:]) if caption_scale(t) is not None), ""
                )
                aligned = TableScale(caption)
            flush()
            (scale, currency), scales = aligned.of_row([text[a:b] for a, b in cells_here])
            own = (
                tuple((a, b, *sc) for (a, b), sc in zip(cells_here, scales, strict=True))
                if scales
                else ()
            )
            blocks.append(Block("paragraph", cells_here[0][0], cells_here[-1][1], row=True, scale=scale,
                                currency=currency, cells=own))  # fmt: skip
            recent.append(stripped)
            continue
        if (
            stripped
            and aligned is not None
            and caption_scale(stripped) is None
            and len(stripped.split()) > 8
        ):
            aligned = None  # prose again: the table has ended
        if stripped:
            recent.append(stripped)
            del recent[:-3]
        if not stripped:
            flush()
            continue
        lead = len(line) - len(line.lstrip())
        s, e = line_start + lead, line_start + len(line.rstrip())
        if markdown and (hm := MD_HEADING_RE.match(line.lstrip())):
            flush()
            blocks.append(Block("heading", s, e, level=len(hm.group(1))))
            continue
        if markdown and re.fullmatch(r"=+|-+", stripped) and para_start is not None:
            blocks.append(Block("heading", para_start, para_end, level=1 if "=" in stripped else 2))
            para_start = None
            continue
        bm = BULLET_RE.match(line)
        if bm is None and was_in_item and re.fullmatch(r"\s*\d{1,3}[.)]", line):
            bm = re.match(
                r"^(?P<indent>[ \t]*)(?P<marker>\d{1,3}[.)])", line
            )  # an empty numbered item
        if bm:
            flush()
            prev_line_in_item = True
            marker = bm.group("marker")
            blocks.append(
                Block("list_item", s, e, marker=marker, marker_start=line_start + len(bm.group("indent")),
                      level=len(bm.group("indent").expandtabs(4)) // 2)
            )  # fmt: skip
            continue
        if (para_start is None and blocks and blocks[-1].kind == "list_item" and was_in_item
                and carries_on_item(text[blocks[-1].start : blocks[-1].end], line,
                                    blocks[-1].marker_start - text.rfind("\n", 0, blocks[-1].marker_start) - 1)):  # fmt: skip
            blocks[-1] = replace(blocks[-1], end=e)  # a wrapped list item
            prev_line_in_item = True
            continue
        if para_start is None:
            para_start = s
        para_end = e
    flush()
    return _mark_headings(text, blocks)


# Words a line of finished copy never ends with: a list item cut there goes on on the next line.
_DANGLING_END = re.compile(
    r"(?:\b(?:and|or|but|nor|the|a|an|of|to|by|for|with|in|on|at|from|as|than|its|their|"
    r"our|his|her|which|that|into|per|about|over|under|between|including)|[-–—/&($€£¥])$",
    re.I,
)


def carries_on_item(item: str, line: str, indent: int = 0) -> bool:
    """Whether a line right after a list item (no blank line between) wraps the item: it is
    indented deeper than the item's marker (`indent`), goes on in lower case, or follows words
    cut off mid-phrase ("... helped by" then "Asian demand", "... rose to" then "5.1%"). Any
    other line starts a paragraph of its own, as the description under a numbered headline in
    scraped copy does ("1. Acme raises $285 million" then "Acme launched in 2013 ...")."""
    stripped = line.lstrip()
    if not stripped:
        return False
    if len(line) - len(stripped) > indent or stripped[0].islower():
        return True
    last = item.rstrip()
    if last.endswith((".", "!", "?", ":", ";", ",", "”", '"', ")")):
        return False
    return bool(_DANGLING_END.search(last)) or stripped[0].isdigit()


def _mark_headings(text: str, blocks: list[Block]) -> list[Block]:
    """Short standalone lines without closing punctuation are headings; the first is the title."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        kind = b.kind
        body = text[b.start : b.end]
        if b.row:
            out.append(b)
            continue
        if kind == "paragraph" and "\n" not in body and _looks_like_heading(body):
            kind = "heading"
        if i == 0 and kind in ("heading", "paragraph") and len(body) <= 200 and "\n" not in body:
            kind = "title"
        out.append(replace(b, kind=kind) if kind != b.kind else b)
    return out


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 14 or len(line) > 120:
        return False
    if line.rstrip().endswith((".", "?", "!", ";", ",", "”", '"')):
        return False
    if line.rstrip().endswith(":") and not line.rstrip(":").isupper():
        return False
    caps = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    return caps / len(words) >= 0.5 or len(words) <= 4


# --------------------------------------------------------------------------- docx


def _from_docx(raw: bytes, source: str) -> Article:
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise InputError(f"{source}: not a Word document (.docx files are zip archives)")
    _check_docx_sizes(raw, source)
    try:
        import docx  # python-docx
        import docx.table

        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many types for damaged files
        raise InputError(f"{source}: damaged Word document ({type(exc).__name__})") from None
    builder = BlockBuilder()
    core_title = (document.core_properties.title or "").strip()
    for item in document.iter_inner_content():  # paragraphs and tables in document order
        if isinstance(item, docx.table.Table):
            _docx_table(item, builder)
        else:
            _docx_paragraph(item, builder)
        if builder.length > MAX_TEXT_CHARS:  # stop reading at the limit
            raise too_much_text(source, builder.length / 1e6)
    if not builder.blocks:
        raise InputError(f"{source}: the document has no text")
    article = builder.article(source, "docx", "utf-8", core_title)
    check_text_size(article.text, source)
    return _docx_dated(article, document, raw)


def _docx_paragraph(para, builder: BlockBuilder) -> None:  # type: ignore[no-untyped-def]
    text = para.text.strip()
    if not text:
        return
    style = (para.style.name if para.style is not None else "") or ""
    numbered = para._p.pPr is not None and para._p.pPr.numPr is not None
    if style == "Title":
        builder.add("title", text)
    elif style.startswith("Heading"):
        level = int(re.sub(r"\D", "", style) or 1)
        builder.add("heading", text, level=level)
    elif numbered or style.startswith("List"):
        marker = "1." if "Number" in style else "•"
        builder.add("list_item", text, marker=marker)
    else:
        builder.add("paragraph", text)


def _docx_table(table, builder: BlockBuilder) -> None:  # type: ignore[no-untyped-def]
    """Each row one line, its cells joined by " | " (a merged cell once); the caption before
    the table or a header row scales the rows under it."""
    scale = TableScale(builder.last_text)
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is repeated once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text for p in cell.paragraphs))
        builder.add_row(cells, *scale.of_row(cells))


def _docx_dated(article: Article, document, raw: bytes) -> Article:  # type: ignore[no-untyped-def]
    """The article with its date: a publication property of the document (custom properties),
    else a dateline in its text, else the date the document was created (Word stamps it when
    the file is first saved: the closest the file has, unless it is a template's stamp)."""
    custom = None
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            if "docProps/custom.xml" in z.namelist():
                custom = z.read("docProps/custom.xml")
    except (zipfile.BadZipFile, OSError, KeyError):
        pass
    if (d := docx_custom_date(custom)) is not None:
        return replace(article, date=d, date_source="metadata")
    d, source = text_date(article.text, periods=False)
    if d is not None:
        return replace(article, date=d, date_source=source)
    try:
        created = document.core_properties.created
    except (ValueError, TypeError):  # a damaged date in docProps/core.xml
        created = None
    if (d := docx_created(created)) is not None:
        return replace(article, date=d, date_source="created")
    d, source = text_date(article.text)
    return replace(article, date=d, date_source=source) if d is not None else article


def _check_docx_sizes(raw: bytes, source: str) -> None:
    """Refuse a zip bomb from the sizes in the zip directory, before anything is unpacked
    (zipfile never unpacks more than a member's recorded size)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{source}: damaged Word document ({exc})") from None
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    total = sum(m.file_size for m in members)
    if xml > DOCX_MAX_XML_BYTES:
        raise InputError(
            f"{source}: its text unpacks to {xml / 1e6:.0f} MB of XML; factcheck reads Word documents "
            f"up to {DOCX_MAX_XML_BYTES / 1e6:.0f} MB of XML (about {MAX_TEXT_CHARS / 1e6:.0f} MB of text) — split it"
        )
    if total > DOCX_MAX_BYTES:
        raise InputError(
            f"{source}: unpacks to {total / 1e6:.0f} MB; factcheck reads Word documents up to "
            f"{DOCX_MAX_BYTES / 1e6:.0f} MB unpacked (remove large pictures or save it as .txt)"
        )
