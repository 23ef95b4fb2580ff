"""What an article is once loaded: its text, its blocks with exact offsets, and how much
text a check can take."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..errors import InputError


@dataclass(frozen=True)
class Block:
    """A title, heading, paragraph or list item; offsets index `Article.text`."""

    kind: str  # title | heading | paragraph | list_item
    start: int
    end: int
    marker: str | None = None  # list items: "•", "-", "1."
    marker_start: int = -1  # offset of the marker in the text, or -1
    level: int = 0  # headings: 1..6; list items: indent depth
    row: bool = False  # a table row, read as one line: "Revenue | 14.2 | 15.1"
    scale: float = 1.0  # table rows: the scale of their bare numbers, from a caption "($ millions)"
    currency: str | None = (
        None  # table rows: the currency of the caption as written ("$", "euros"), "%"
    )
    # table rows whose columns have scales of their own: (start, end, scale, currency) a cell
    cells: tuple[tuple[int, int, float, str | None], ...] = ()


@dataclass(frozen=True)
class Article:
    """An article as decoded text with its structure."""

    source: str
    text: str
    title: str
    blocks: tuple[Block, ...]
    format: str  # txt | md | html | docx
    encoding: str = "utf-8"
    date: dt.date | None = (
        None  # publication date: relative dates ("last year") are read against it
    )
    # where the date came from: "set" (--date, the editor), "metadata" (HTML meta tags, a Word
    # document's own publication property), "dateline", "created" (a Word document's creation
    # date), "cleared" (the editor said there is none), "" (none found)
    date_source: str = ""

    def block_at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None


# --------------------------------------------------------------------------- size limits

# What the check finishes in reasonable time: ~65 s of CPU per MB of news text on a 2-core
# machine (spaCy is most of it), so 2 MB is 2-4 minutes. A long annual report is ~1 MB.
MAX_TEXT_CHARS = 2_000_000
WORDS_PER_CHAR = 1 / 6.15  # English news copy, spaces and punctuation included
MAX_TOKENS = 600_000  # words and symbols; 2 MB of news copy holds ~400,000, of market tables more
MAX_WORD = 1_000  # characters without a space: longer is no word (URLs are a few hundred)

# A word or a sign, as spaCy roughly counts them; a run past MAX_WORD characters is one (spaCy skips it).
_TOKEN = re.compile(rf"\S{{{MAX_WORD + 1},}}|\w+(?:[.,'’]\w+)*|[^\w\s]")


def too_much_text(source: str, megabytes: float, of_text: bool = True) -> InputError:
    words = round(MAX_TEXT_CHARS * WORDS_PER_CHAR, -4)
    return InputError(
        f"{source}: {megabytes:.1f} MB{' of text' if of_text else ''}; factcheck reads up to "
        f"{MAX_TEXT_CHARS / 1e6:.0f} MB of text (about {words:,.0f} words) per article — split it"
    )


def check_text_size(text: str, source: str) -> None:
    """Refuse text the check cannot finish in reasonable time: too many characters, or too
    many words and symbols (spaCy's cost is per token: "& & & …" is a token every 2 characters)."""
    if len(text) > MAX_TEXT_CHARS:
        raise too_much_text(source, len(text) / 1e6)
    tokens = sum(1 for _ in _TOKEN.finditer(text))
    if tokens > MAX_TOKENS:
        raise InputError(
            f"{source}: {tokens:,} words and symbols; factcheck reads up to {MAX_TOKENS:,} per article "
            f"(about {MAX_TEXT_CHARS / 1e6:.0f} MB of news text) — split it"
        )


class BlockBuilder:
    """Builds article text block by block (for HTML and Word), recording offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self._last_text = ""

    def add(self, kind: str, text: str, marker: str | None = None, level: int = 0, *,
            row: bool = False, scale: float = 1.0, currency: str | None = None,
            cells: tuple[tuple[int, int, float, str | None], ...] = ()) -> None:  # fmt: skip
        text = re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()
        if not text:
            return
        if self.blocks:
            last = self.blocks[-1]
            same_run = (kind == "list_item" and last.kind == "list_item") or (row and last.row)
            self._put("\n" if same_run else "\n\n")  # list items and table rows are lines
        marker_start = -1
        start = self.length
        if kind == "list_item":
            marker = marker or "•"
            marker_start = self.length
            self._put(f"{marker} ")
        self._put(text)
        self._last_text = text
        self.blocks.append(
            Block(
                kind, start, self.length, marker, marker_start, level, row, scale, currency, cells
            )
        )

    def add_row(self, cells: list[str], scale: tuple[float, str | None] = (1.0, None),
                scales: list[tuple[float, str | None]] | None = None) -> None:  # fmt: skip
        """A table row as one line, its cells joined by " | " (empty cells left out); `scales`,
        when columns have their own, gives each cell's."""
        texts = [re.sub(r"[ \t\r\n\f\v]+", " ", c).strip() for c in cells]
        line = " | ".join(t for t in texts if t)
        if not line:
            return
        self.add("paragraph", line, row=True, scale=scale[0], currency=scale[1])
        if scales is not None:
            block = self.blocks[-1]
            spans, pos = [], block.start
            for t, (sc, cur) in zip(texts, scales, strict=True):
                if t:
                    spans.append((pos, pos + len(t), sc, cur))
                    pos += len(t) + 3  # " | "
            self.blocks[-1] = replace(block, cells=tuple(spans))

    @property
    def last_text(self) -> str:
        """The text of the last block added (a table's caption is the paragraph before it)."""
        return self._last_text

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def article(self, source: str, fmt: str, encoding: str, title: str = "",
                date: dt.date | None = None, date_source: str = "") -> Article:  # fmt: skip
        text = "".join(self.parts) + "\n"
        blocks = list(self.blocks)
        if blocks and not any(b.kind == "title" for b in blocks) and blocks[0].kind == "heading":
            b = blocks[0]
            blocks[0] = Block("title", b.start, b.end, level=b.level)
        if not title:
            title = next((text[b.start : b.end] for b in blocks if b.kind == "title"), "")
        if not title and blocks:
            title = text[blocks[0].start : blocks[0].end][:200]
        return Article(source, text, title.strip(), tuple(blocks), fmt, encoding, date,
                       date_source if date else "")  # fmt: skip
