"""Annotated PDF: a summary page, the article typeset with numbered marks and notes, and each
mark as a real PDF comment (/Highlight for claims, /Underline for findings) on its words."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import os
import sys
import tempfile
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import FactcheckError
from ..core.report import Report


class ExportError(FactcheckError):
    """The PDF cannot be written where asked (full disk, no permission, a folder in the way)."""


@dataclass(frozen=True)
class PdfOptions:
    page_size: str = "A4"  # A4 | Letter
    include_dismissed: bool = True
    summary: bool = True
    reviewer: str = ""
    database: str = ""
    checked_at: dt.datetime = field(default_factory=dt.datetime.now)


@dataclass(frozen=True)
class PlacedMark:
    number: int
    key: str
    category: str
    label: str
    text: str
    page: int  # 0-based page of the PDF
    quads: tuple[tuple[float, float, float, float], ...]  # (x1, y1, x2, y2) in PDF points, per line
    note: str
    colour: str
    status: str


DPI = 300
MARGIN_MM = 18.0
# One typesetting at a time: PySide6 fills in Qt's enum types on first use, and two threads doing
# that at once can see a half-made one ("QPageSize has no attribute 'PageSizeId'").
_QT_LOCK = threading.Lock()
SUMMARY_ROWS = (
    30  # contradicted and unverified figures listed on the summary page; the rest are in the notes
)


def _app():  # type: ignore[no-untyped-def]
    """A QGuiApplication for fonts and layout; offscreen when there is no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if (
            sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def export_pdf(report: Report, out: str | Path, options: PdfOptions | None = None,
               decisions: dict | None = None) -> list[PlacedMark]:  # fmt: skip
    """Write the annotated PDF to `out` (atomically) and return where each mark went.
    Raises ExportError, with one line naming the file, when it cannot be written."""
    from ..core.marks import marks_from

    options = options or PdfOptions()
    decisions = decisions or {}
    _app()
    marks = [
        m
        for m in marks_from(report)
        if options.include_dismissed or getattr(decisions.get(m.key), "status", "") != "dismissed"
    ]
    with _QT_LOCK:
        placed, typeset = _typeset(report, marks, decisions, options)
    pdf = io.BytesIO()
    _annotate(typeset, placed, options, report).write(pdf)  # in memory: one write to the disk after
    write_atomically(Path(out), pdf.getbuffer())
    return placed


def write_atomically(out: Path, data: bytes | memoryview) -> None:
    """Write through a temporary file of a unique name beside `out`, then rename it over `out`:
    a reader never sees half a file, two writers never share a temporary file, and a failed
    write leaves nothing behind."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.NamedTemporaryFile(  # noqa: SIM115  (closed below, renamed into place)
            dir=out.parent, prefix=f".{out.name}.", suffix=".part", delete=False
        )
    except OSError as exc:
        raise ExportError(_cannot_write(out, exc)) from None
    try:
        with tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp.name, _new_file_mode(out))
        os.replace(tmp.name, out)
    except OSError as exc:
        raise ExportError(_cannot_write(out, exc)) from None
    finally:
        Path(tmp.name).unlink(missing_ok=True)  # gone already when the rename succeeded


def _cannot_write(out: Path, exc: OSError) -> str:
    return f"{out}: cannot write the PDF ({exc.strerror or exc})"


def _new_file_mode(out: Path) -> int:
    """The mode `out` has, or would get from open() (temporary files are private)."""
    try:
        return out.stat().st_mode & 0o777
    except OSError:
        pass
    try:
        umask = next(
            int(line.split()[1], 8)
            for line in Path("/proc/self/status").read_text().splitlines()
            if line.startswith("Umask:")
        )
    except (OSError, StopIteration, ValueError, IndexError):
        umask = 0o022
    return 0o666 & ~umask


# ---------------------------------------------------------------------- typesetting (Qt)


def _note(mark, decision) -> str:  # type: ignore[no-untyped-def]
    from ..core.verdicts.matching import describe

    lines = []
    if mark.claim is not None:
        c, v = mark.claim.claim, mark.claim.verdict
        verdict = getattr(decision, "override", "") or mark.label
        lines.append(
            f"{verdict.upper()}: {c.kind}, read as {describe(c.value, c.unit, c.qualifier, c.kind, c.low, c.high)}"
        )
        if v is not None:
            lines.append(v.explanation)
            if v.evidence:
                f = v.evidence[0].fact
                lines.append(
                    f"Source: {f.source or 'not recorded'}"
                    + (f" — {f.url}" if f.url else "")
                    + (f" (as of {f.as_of})" if f.as_of else "")
                )
    else:
        f = mark.finding
        lines.append(f"{mark.label.upper()} ({f.rule}): {f.message}")
        if f.suggestions:
            lines.append("Suggestion: " + ", ".join(f.suggestions))
    if decision is not None and (decision.status or decision.note or decision.override):
        parts = [
            p
            for p in (
                decision.status,
                f"verdict set to {decision.override}" if decision.override else "",
            )
            if p
        ]
        lines.append(
            "Editor: " + ", ".join(parts) + (f" — {decision.note}" if decision.note else "")
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class NumberedText:
    """The article text with a mark number ("[3]") after each mark, and the way back from offsets
    of the article to offsets of this text. Built in one pass; each lookup is a bisection."""

    text: str
    labels: tuple[
        tuple[int, int, int], ...
    ]  # (start, end, index of the mark) of each number in `text`
    ends: tuple[int, ...]  # article offsets the numbers were inserted at, ascending
    shifts: tuple[int, ...]  # shifts[i]: length of the first i numbers

    def start_of(self, offset: int) -> int:
        """Where the character at article `offset` went (numbers inserted at `offset` come before it)."""
        return offset + self.shifts[bisect_right(self.ends, offset)]

    def end_of(self, offset: int) -> int:
        """Where the end of a span ending at article `offset` went (its own number comes after it)."""
        return offset + self.shifts[bisect_left(self.ends, offset)]


def number_marks(text: str, ends: Sequence[int]) -> NumberedText:
    """Insert "[n]" after the mark n (1-based) that ends at article offset ends[n - 1]; numbers
    at the same offset go in ascending order."""
    order = sorted(range(len(ends)), key=lambda i: (ends[i], i))
    pieces, labels, at, shifts, last, added = [], [], [], [0], 0, 0
    for i in order:
        end, label = ends[i], f"[{i + 1}]"
        pieces += [text[last:end], label]
        labels.append((end + added, end + added + len(label), i))
        added += len(label)
        last = end
        at.append(end)
        shifts.append(added)
    pieces.append(text[last:])
    return NumberedText("".join(pieces), tuple(labels), tuple(at), tuple(shifts))


def _typeset(report, marks, decisions, options: PdfOptions) -> tuple[list[PlacedMark], bytes]:  # type: ignore[no-untyped-def]
    """The PDF of the summary, the article and the notes, typeset with Qt in memory (so a full disk
    cannot truncate it unnoticed), and where each mark went."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    size = QPageSize(
        QPageSize.PageSizeId.Letter
        if options.page_size.lower() == "letter"
        else QPageSize.PageSizeId.A4
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setTitle(f"Fact-check: {report.article.title or report.article.source}")
    writer.setCreator("factcheck-gui")
    paint = writer.pageLayout().paintRectPixels(DPI)
    footer_h = DPI * 0.35
    body = QSizeF(paint.width(), paint.height() - footer_h)

    base_font = QFont("DejaVu Serif")
    base_font.setPointSizeF(10.5)
    notes = {m.key: _note(m, decisions.get(m.key)) for m in marks}
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(base_font)
    numbered = _article_document(doc, report, marks, notes)
    # The page size is set once the content is complete: Qt's incremental relayout of a paginated
    # document after edits can leave later blocks at stale positions.
    doc.setPageSize(body)
    doc.markContentsDirty(0, doc.characterCount())
    page_h = body.height()
    article_pages = doc.pageCount()
    first = 1 if options.summary else 0
    total_pages = article_pages + first
    full = writer.pageLayout().fullRectPoints()

    lines = PageLines(doc, page_h, full.height())
    placed: list[PlacedMark] = []
    for n, m in enumerate(marks, start=1):
        page, quads = lines.quads(
            numbered.start_of(m.start), numbered.end_of(max(m.end, m.start + 1))
        )
        status = getattr(decisions.get(m.key), "status", "")
        placed.append(
            PlacedMark(
                n,
                m.key,
                m.category,
                m.label,
                m.text,
                page + first,
                quads,
                notes[m.key],
                m.colour,
                status,
            )
        )

    painter = QPainter(writer)
    if not painter.isActive():
        raise RuntimeError("Qt could not start the PDF")
    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(8)
    title = report.article.title or report.article.source

    def footer(page_number: int) -> None:
        painter.setFont(footer_font)
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(0, paint.height() - footer_h * 0.7, paint.width(), footer_h * 0.7),
                         0x0082, f"{title} — page {page_number} of {total_pages}")  # fmt: skip  # AlignHCenter|AlignBottom

    if options.summary:
        summary = QTextDocument()
        summary.documentLayout().setPaintDevice(writer)
        summary.setDefaultFont(base_font)
        summary.setPageSize(body)
        summary.setHtml(_summary_html(report, placed, options))
        summary.pageCount()
        summary.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
        footer(1)
        writer.newPage()
    for page in range(article_pages):
        painter.save()
        painter.translate(QPointF(0, -page * page_h))
        doc.drawContents(painter, QRectF(0, page * page_h, body.width(), page_h))
        painter.restore()
        footer(page + 1 + first)
        if page < article_pages - 1:
            writer.newPage()
    painter.end()
    buffer.close()
    return placed, bytes(data.data())


def _article_document(doc, report: Report, marks, notes: dict[str, str]) -> NumberedText:  # type: ignore[no-untyped-def]
    """Fill `doc`: the article with its marks painted and numbered, then the notes. The text goes
    in at once and every format in one edit block, so Qt lays the document out once, not once a mark."""
    from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor

    numbered = number_marks(report.article.text, [m.end for m in marks])
    heading_at = len(numbered.text) + 2
    note_lines = [f"[{n}] “{' '.join(m.text.split())}” — {notes[m.key]}".replace("\n", "\u2028")  # line breaks inside one note
                  for n, m in enumerate(marks, start=1)]  # fmt: skip
    doc.setPlainText(numbered.text + "\n\nNotes" + "".join("\n" + line for line in note_lines))

    cursor = QTextCursor(doc)

    def apply(start: int, end: int, fmt, merge: bool = True) -> None:  # type: ignore[no-untyped-def]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt) if merge else cursor.setCharFormat(fmt)

    cursor.beginEditBlock()
    for block in report.article.blocks:
        if block.kind in ("title", "heading"):
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(16 if block.kind == "title" else 12)
            apply(numbered.start_of(block.start), numbered.end_of(block.end), fmt)
    for m in marks:
        fmt = QTextCharFormat()
        if m.category == "claim":
            shade = QColor(m.colour)
            shade.setAlpha(110)
            fmt.setBackground(shade)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(m.colour))
        apply(numbered.start_of(m.start), numbered.end_of(max(m.end, m.start + 1)), fmt)
    for start, end, i in numbered.labels:  # each number in its own format, whatever mark it sits in
        sup = QTextCharFormat()
        sup.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        sup.setForeground(QColor(marks[i].colour).darker(140))
        sup.setBackground(QColor(0, 0, 0, 0))
        sup.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        apply(start, end, sup, merge=False)
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(13)
    apply(heading_at, heading_at + len("Notes"), heading, merge=False)
    small = QTextCharFormat()
    small.setFontPointSize(9)
    apply(heading_at + len("Notes"), doc.characterCount() - 1, small, merge=False)
    cursor.endEditBlock()
    return numbered


class PageLines:
    """Where text of the laid-out document sits on the pages, in PDF points. The lines of a block
    are found by bisection (their starts are read once a block), so a mark costs the same in a
    paragraph of ten lines or of ten thousand."""

    def __init__(self, doc, page_h: float, full_h: float) -> None:  # type: ignore[no-untyped-def]
        self.doc, self.page_h, self.full_h = doc, page_h, full_h
        self.layout = doc.documentLayout()
        self._starts: dict[int, list[int]] = {}

    def _line_starts(self, block) -> list[int]:  # type: ignore[no-untyped-def]
        starts = self._starts.get(block.blockNumber())
        if starts is None:
            bl = block.layout()
            starts = self._starts[block.blockNumber()] = [
                bl.lineAt(i).textStart() for i in range(bl.lineCount())
            ]
        return starts

    def quads(
        self, start: int, end: int
    ) -> tuple[int, tuple[tuple[float, float, float, float], ...]]:
        """The page of doc[start:end] and one box a line; a span split over two pages keeps the
        part on its first page."""
        pt = 72.0 / DPI
        left_pt = top_pt = MARGIN_MM * 72 / 25.4
        quads: list[tuple[float, float, float, float]] = []
        page_of = None
        block = self.doc.findBlock(start)
        while block.isValid() and block.position() < end:
            at, bl = block.position(), block.layout()
            starts = self._line_starts(block)
            origin = self.layout.blockBoundingRect(block).topLeft()
            for i in range(max(bisect_right(starts, start - at) - 1, 0), len(starts)):
                line = bl.lineAt(i)
                ls = at + starts[i]
                if ls >= end:
                    break
                s, e = max(start, ls), min(end, ls + line.textLength())
                if s >= e:
                    continue
                y1 = origin.y() + line.y()
                page = int(y1 // self.page_h)
                if page_of is None:
                    page_of = page
                elif page != page_of:
                    return page_of, tuple(quads)
                x1 = origin.x() + line.cursorToX(s - at)[0]
                x2 = origin.x() + line.cursorToX(e - at)[0]
                top = self.full_h - (top_pt + (y1 - page * self.page_h) * pt)
                quads.append((left_pt + x1 * pt, top - line.height() * pt, left_pt + x2 * pt, top))
            block = block.next()
        return page_of or 0, tuple(quads)


def _summary_html(report: Report, placed: list[PlacedMark], options: PdfOptions) -> str:
    from collections import Counter

    e = html.escape
    verdicts = Counter(p.label for p in placed if p.category == "claim")
    kinds = Counter(p.label for p in placed if p.category == "finding")
    doubtful = [p for p in placed if p.category == "claim" and p.label == "contradicted"]
    doubtful += [p for p in placed if p.category == "claim" and p.label == "unverified"]
    rows = "".join(
        f"<tr><td>[{p.number}]</td><td>{e(p.label)}</td><td>{e(' '.join(p.text.split()))}</td><td>{p.page + 1}</td></tr>"
        for p in doubtful[:SUMMARY_ROWS]
    )  # fmt: skip
    more = len(doubtful) - SUMMARY_ROWS
    if more > 0:  # the summary is one page: the rest are in the notes, by number
        rows += f"<tr><td colspan='4'>… and {more} more, listed in the notes</td></tr>"
    findings = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "none"
    return (
        f"<h1>{e(report.article.title or report.article.source)}</h1>"
        f"<p>Source file: {e(report.article.source)}<br>Checked: {options.checked_at:%Y-%m-%d %H:%M}<br>"
        f"Evidence database: {e(options.database or 'default')}<br>Reviewer: {e(options.reviewer or 'not named')}</p>"
        f"<h3>Figures</h3><p>{verdicts['supported']} supported · {verdicts['contradicted']} contradicted · "
        f"{verdicts['unverified']} unverified</p><h3>Proofreading</h3><p>{findings}</p>"
        "<h3>Contradicted and unverified figures</h3>"
        "<table border='1' cellspacing='0' cellpadding='3'><tr><th>#</th><th>Verdict</th><th>Figure</th><th>Page</th></tr>"
        f"{rows}</table>"
        "<p><small>Highlights mark figures by verdict; underlines mark proofreading findings. Each mark is a "
        "comment in the PDF with its verdict and evidence.</small></p>"
    )


# ---------------------------------------------------------------------- comments (pypdf)


def _annotate(pdf: bytes, placed: list[PlacedMark], options: PdfOptions, report: Report):  # type: ignore[no-untyped-def]
    """The typeset PDF with each mark as a comment: a pypdf PdfWriter, ready to write."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,  # fmt: skip
    )
    from PySide6.QtGui import QColor

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    stamp = f"D:{options.checked_at:%Y%m%d%H%M%S}"
    for p in placed:
        if not p.quads or p.page >= len(writer.pages):
            continue
        page = writer.pages[p.page]
        c = QColor(p.colour)
        x1 = min(q[0] for q in p.quads)
        y1 = min(q[1] for q in p.quads)
        x2 = max(q[2] for q in p.quads)
        y2 = max(q[3] for q in p.quads)
        quad_points = []
        for qx1, qy1, qx2, qy2 in p.quads:  # upper-left, upper-right, lower-left, lower-right
            quad_points += [qx1, qy2, qx2, qy2, qx1, qy1, qx2, qy1]
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Highlight" if p.category == "claim" else "/Underline"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x1, y1, x2, y2)]),
            NameObject("/QuadPoints"): ArrayObject([FloatObject(v) for v in quad_points]),
            NameObject("/C"): ArrayObject([FloatObject(c.redF()), FloatObject(c.greenF()), FloatObject(c.blueF())]),
            NameObject("/Contents"): TextStringObject(f"[{p.number}] {p.note}"),
            NameObject("/T"): TextStringObject(options.reviewer or "factcheck-gui"),
            NameObject("/NM"): TextStringObject("fc-" + hashlib.sha1(p.key.encode()).hexdigest()[:16]),
            NameObject("/Subj"): TextStringObject(p.label),
            NameObject("/M"): TextStringObject(stamp),
            NameObject("/F"): NumberObject(4),
            NameObject("/CA"): FloatObject(0.6 if p.category == "claim" else 1.0),
        })  # fmt: skip
        ref = writer._add_object(annot)
        popup = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Popup"),
            NameObject("/Parent"): ref, NameObject("/Open"): BooleanObject(False),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x2 + 4, y2 - 90, x2 + 184, y2)]),
        })  # fmt: skip
        popup_ref = writer._add_object(popup)
        annot[NameObject("/Popup")] = popup_ref
        annots = page.get("/Annots")
        if annots is None:
            page[NameObject("/Annots")] = ArrayObject()
            annots = page["/Annots"]
        annots = annots.get_object()
        annots.append(ref)
        annots.append(popup_ref)
        if p.status in ("accepted", "dismissed"):
            state = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
                NameObject("/IRT"): ref, NameObject("/State"): TextStringObject("Accepted" if p.status == "accepted" else "Rejected"),
                NameObject("/StateModel"): TextStringObject("Review"),
                NameObject("/T"): TextStringObject(options.reviewer or "factcheck-gui"),
                NameObject("/Contents"): TextStringObject(f"{p.status.capitalize()} by {options.reviewer or 'the editor'}"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x1, y1, x1 + 10, y1 + 10)]),
                NameObject("/F"): NumberObject(30),
            })  # fmt: skip
            annots.append(writer._add_object(state))
    writer.add_metadata({"/Title": f"Fact-check: {report.article.title or report.article.source}",
                         "/Author": options.reviewer or "factcheck-gui", "/Creator": "factcheck-gui",
                         "/Subject": f"Checked {options.checked_at:%Y-%m-%d %H:%M}"})  # fmt: skip
    return writer
