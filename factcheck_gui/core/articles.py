"""Load articles (.txt, .md, .html/.htm, .docx) into text plus a block structure."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a long report is ~1 MB; anything bigger is not an article
SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".text")

BULLET_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>[•·▪◦‣●○■□–—*+-](?=[ \t]|$)|\d{1,3}[.)](?=[ \t]+\S)|[a-z][.)](?=[ \t]+\S))"
)
MD_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+")


@dataclass(frozen=True)
class Block:
    """A title, heading, paragraph or list item; offsets index `Article.text`."""

    kind: str  # title | heading | paragraph | list_item
    start: int
    end: int
    marker: str | None = None  # list items: "•", "-", "1."
    marker_start: int = -1  # offset of the marker in the text, or -1
    level: int = 0  # headings: 1..6; list items: indent depth


@dataclass(frozen=True)
class Article:
    """An article as decoded text with its structure."""

    source: str
    text: str
    title: str
    blocks: tuple[Block, ...]
    format: str  # txt | md | html | docx
    encoding: str = "utf-8"

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None


# --------------------------------------------------------------------------- decoding


def decode_bytes(raw: bytes, source: str) -> tuple[str, str]:
    """Decode article bytes: UTF-8 (BOM or not), UTF-16 with BOM, else a detected legacy code page."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", source), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", source), "utf-16"
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source}: not a text file (it holds binary data)")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    western = _as_western(raw)
    if western is not None:
        return western, "cp1252"
    from charset_normalizer import from_bytes  # imported only for non-UTF-8 input

    best = from_bytes(raw).best()
    if best is None or best.encoding is None or best.chaos > 0.25:
        raise InputError(
            f"{source}: not valid UTF-8 (bad byte at offset {bad_at}) and no other text encoding fits"
        )
    return str(best), best.encoding


_WESTERN_OK = set(map(chr, range(0xA0, 0x100))) | set("€‘’‚“”„–—…•™†‡ˆ‰Š‹ŒŽšœžŸ")


def _as_western(raw: bytes) -> str | None:
    """Windows-1252, the usual legacy encoding of Western news copy, when it reads cleanly."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii or sum(c in _WESTERN_OK for c in non_ascii) / len(non_ascii) < 0.95:
        return None
    letters = sum(c.isalpha() for c in non_ascii)
    return text if letters / len(non_ascii) >= 0.5 else None


def _strict(raw: bytes, encoding: str, source: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: invalid {encoding.upper()} at byte {exc.start}") from None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- loading


def load_article(path: str | Path) -> Article:
    """Read an article file; raise InputError with a one-line reason when it cannot be read."""
    p = Path(path)
    source = str(path)
    suffix = p.suffix.lower()
    if not p.exists():
        raise InputError(f"{source}: no such file")
    if p.is_dir():
        raise InputError(f"{source}: is a folder, not an article")
    if suffix not in SUPPORTED:
        raise InputError(
            f"{source}: unsupported file type '{suffix or '(none)'}' (use .txt, .md, .html, .htm or .docx)"
        )
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{source}: too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)"
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise InputError(f"{source}: the file is empty")
    if suffix == ".docx":
        return _from_docx(raw, source)
    text, encoding = decode_bytes(raw, source)
    text = normalize_newlines(text)
    if suffix in (".html", ".htm"):
        from .html import article_from_html

        return article_from_html(text, source, encoding)
    if not text.strip():
        raise InputError(f"{source}: the file is empty")
    fmt = "md" if suffix in (".md", ".markdown") else "txt"
    return article_from_text(text, source, fmt, encoding)


def article_from_text(text: str, source: str = "<text>", fmt: str = "txt", encoding: str = "utf-8") -> Article:
    """Split plain text or Markdown into blocks, keeping offsets into `text`."""
    if "\x00" in text:
        raise InputError(f"{source}: not a text file (it holds binary data)")
    blocks = _text_blocks(text, markdown=(fmt == "md"))
    title = next((text[b.start : b.end] for b in blocks if b.kind == "title"), "")
    if not title and blocks:
        title = text[blocks[0].start : blocks[0].end][:200]
    return Article(source, text, _clean_title(title), tuple(blocks), fmt, encoding)


def _clean_title(title: str) -> str:
    return re.sub(r"^#+\s*", "", title).strip()


def _text_blocks(text: str, markdown: bool) -> list[Block]:
    blocks: list[Block] = []
    para_start = None
    para_end = 0
    pos = 0
    in_fence = False

    def flush() -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.append(Block("paragraph", para_start, para_end))
            para_start = None

    prev_line_in_item = False
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        was_in_item, prev_line_in_item = prev_line_in_item, False
        if markdown and stripped.startswith(("```", "~~~")):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
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
            bm = re.match(r"^(?P<indent>[ \t]*)(?P<marker>\d{1,3}[.)])", line)  # an empty numbered item
        if bm:
            flush()
            prev_line_in_item = True
            marker = bm.group("marker")
            blocks.append(
                Block("list_item", s, e, marker=marker, marker_start=line_start + len(bm.group("indent")),
                      level=len(bm.group("indent").expandtabs(4)) // 2)
            )  # fmt: skip
            continue
        if para_start is None and blocks and blocks[-1].kind == "list_item" and was_in_item:
            last = blocks[-1]  # a wrapped list item goes on until a blank line
            blocks[-1] = Block(last.kind, last.start, e, last.marker, last.marker_start, last.level)
            prev_line_in_item = True
            continue
        if para_start is None:
            para_start = s
        para_end = e
    flush()
    return _mark_headings(text, blocks)


def _mark_headings(text: str, blocks: list[Block]) -> list[Block]:
    """Short standalone lines without closing punctuation are headings; the first is the title."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        kind = b.kind
        body = text[b.start : b.end]
        if kind == "paragraph" and "\n" not in body and _looks_like_heading(body):
            kind = "heading"
        if i == 0 and kind in ("heading", "paragraph") and len(body) <= 200 and "\n" not in body:
            kind = "title"
        out.append(Block(kind, b.start, b.end, b.marker, b.marker_start, b.level) if kind != b.kind else b)
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
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # python-docx raises many types for damaged files
        raise InputError(f"{source}: damaged Word document ({type(exc).__name__})") from None
    builder = BlockBuilder()
    core_title = (document.core_properties.title or "").strip()
    for para in _docx_paragraphs(document):
        text = para.text.strip()
        if not text:
            continue
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
    if not builder.blocks:
        raise InputError(f"{source}: the document has no text")
    return builder.article(source, "docx", "utf-8", core_title)


def _docx_paragraphs(document):  # type: ignore[no-untyped-def]
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


class BlockBuilder:
    """Builds article text block by block (for HTML and Word), recording offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []

    def add(self, kind: str, text: str, marker: str | None = None, level: int = 0) -> None:
        text = re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()
        if not text:
            return
        if self.blocks:
            sep = "\n" if kind == "list_item" and self.blocks[-1].kind == "list_item" else "\n\n"
            self._put(sep)
        marker_start = -1
        start = self.length
        if kind == "list_item":
            marker = marker or "•"
            marker_start = self.length
            self._put(f"{marker} ")
        self._put(text)
        self.blocks.append(Block(kind, start, self.length, marker, marker_start, level))

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def article(self, source: str, fmt: str, encoding: str, title: str = "") -> Article:
        text = "".join(self.parts) + "\n"
        blocks = list(self.blocks)
        if blocks and not any(b.kind == "title" for b in blocks) and blocks[0].kind == "heading":
            b = blocks[0]
            blocks[0] = Block("title", b.start, b.end, level=b.level)
        if not title:
            title = next((text[b.start : b.end] for b in blocks if b.kind == "title"), "")
        if not title and blocks:
            title = text[blocks[0].start : blocks[0].end][:200]
        return Article(source, text, title.strip(), tuple(blocks), fmt, encoding)
