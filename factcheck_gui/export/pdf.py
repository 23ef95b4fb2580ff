"""Annotated PDF: a summary page, the article typeset with numbered marks and notes, and each
mark as a real PDF comment (/Highlight for claims, /Underline for findings) on its words."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
import sys
import tempfile
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..core.report import Report


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


def _app():  # type: ignore[no-untyped-def]
    """A QGuiApplication for fonts and layout; offscreen when there is no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    return app


def export_pdf(report: Report, out: str | Path, options: PdfOptions | None = None,
               decisions: dict | None = None) -> list[PlacedMark]:  # fmt: skip
    """Write the annotated PDF to `out` (atomically) and return where each mark went."""
    from ..gui.marks import marks_from

    options = options or PdfOptions()
    decisions = decisions or {}
    _app()
    marks = [m for m in marks_from(report) if options.include_dismissed or getattr(decisions.get(m.key), "status", "") != "dismissed"]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_qt = tempfile.mkstemp(suffix=".pdf", dir=str(out.parent))
    os.close(fd)
    try:
        placed = _typeset(report, marks, decisions, options, Path(tmp_qt))
        _annotate(Path(tmp_qt), out, placed, options, report)
    finally:
        Path(tmp_qt).unlink(missing_ok=True)
    return placed


# ---------------------------------------------------------------------- typesetting (Qt)


def _note(mark, decision) -> str:  # type: ignore[no-untyped-def]
    from ..core.matching import describe

    lines = []
    if mark.claim is not None:
        c, v = mark.claim.claim, mark.claim.verdict
        verdict = getattr(decision, "override", "") or mark.label
        lines.append(f"{verdict.upper()}: {c.kind}, read as {describe(c.value, c.unit, c.qualifier, c.kind, c.low, c.high)}")
        if v is not None:
            lines.append(v.explanation)
            if v.evidence:
                f = v.evidence[0].fact
                lines.append(f"Source: {f.source or 'not recorded'}" + (f" — {f.url}" if f.url else "") + (f" (as of {f.as_of})" if f.as_of else ""))
    else:
        f = mark.finding
        lines.append(f"{mark.label.upper()} ({f.rule}): {f.message}")
        if f.suggestions:
            lines.append("Suggestion: " + ", ".join(f.suggestions))
    if decision is not None and (decision.status or decision.note or decision.override):
        parts = [p for p in (decision.status, f"verdict set to {decision.override}" if decision.override else "") if p]
        lines.append("Editor: " + ", ".join(parts) + (f" — {decision.note}" if decision.note else ""))
    return "\n".join(lines)


def _typeset(report, marks, decisions, options: PdfOptions, path: Path) -> list[PlacedMark]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
    from PySide6.QtGui import (
        QColor,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextCharFormat,
        QTextCursor,  # fmt: skip
        QTextDocument,
    )

    from ..gui.style import tint

    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    size = QPageSize(QPageSize.PageSizeId.Letter if options.page_size.lower() == "letter" else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setTitle(f"Fact-check: {report.article.title or report.article.source}")
    writer.setCreator("factcheck-gui")
    paint = writer.pageLayout().paintRectPixels(DPI)
    footer_h = DPI * 0.35
    body = QSizeF(paint.width(), paint.height() - footer_h)

    # The article, its marks and numbers, then the notes.
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    base_font = QFont("DejaVu Serif")
    base_font.setPointSizeF(10.5)
    doc.setDefaultFont(base_font)
    text = report.article.text
    doc.setPlainText(text)
    cursor = QTextCursor(doc)
    for block in report.article.blocks:
        if block.kind in ("title", "heading"):
            cursor.setPosition(block.start)
            cursor.setPosition(block.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(16 if block.kind == "title" else 12)
            cursor.mergeCharFormat(fmt)
    for m in marks:
        cursor.setPosition(m.start)
        cursor.setPosition(max(m.end, m.start + 1), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        if m.category == "claim":
            fmt.setBackground(tint(m.colour, 110))
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(m.colour))
        cursor.mergeCharFormat(fmt)
    # Numbers after each mark, inserted from the end so earlier offsets stay put.
    numbered = list(enumerate(marks, start=1))
    labels = {m.key: f"[{n}]" for n, m in numbered}
    for _n, m in sorted(numbered, key=lambda t: (t[1].end, t[0]), reverse=True):
        cursor.setPosition(m.end)
        sup = QTextCharFormat()
        sup.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        sup.setForeground(QColor(m.colour).darker(140))
        sup.setBackground(QColor(0, 0, 0, 0))
        sup.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        cursor.insertText(labels[m.key], sup)
    ends = sorted((m.end, len(labels[m.key])) for m in marks)
    end_points = [e for e, _ in ends]
    prefix = [0]
    for _, length in ends:
        prefix.append(prefix[-1] + length)

    def shift(pos: int, inclusive: bool) -> int:
        i = bisect_right(end_points, pos) if inclusive else bisect_right(end_points, pos - 1)
        return pos + prefix[i]

    cursor.movePosition(QTextCursor.MoveOperation.End)
    plain = QTextCharFormat()
    cursor.insertBlock()
    cursor.insertBlock()
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Weight.Bold)
    heading.setFontPointSize(13)
    cursor.insertText("Notes", heading)
    small = QTextCharFormat()
    small.setFontPointSize(9)
    notes = {}
    for n, m in numbered:
        notes[m.key] = _note(m, decisions.get(m.key))
        cursor.insertBlock()
        note = notes[m.key].replace("\n", "\u2028")  # line breaks inside one note paragraph
        cursor.insertText(f"[{n}] “{' '.join(m.text.split())}” — {note}", small)
    cursor.setCharFormat(plain)
    # The page size is set once the content is complete: Qt's incremental relayout of a paginated
    # document after edits can leave later blocks at stale positions.
    doc.setPageSize(body)
    doc.markContentsDirty(0, doc.characterCount())
    layout = doc.documentLayout()
    page_h = body.height()
    article_pages = doc.pageCount()
    first = 1 if options.summary else 0
    total_pages = article_pages + first

    placed: list[PlacedMark] = []
    pt = 72.0 / DPI
    full = writer.pageLayout().fullRectPoints()
    left_pt, top_pt = MARGIN_MM * 72 / 25.4, MARGIN_MM * 72 / 25.4
    for n, m in numbered:
        start, end = shift(m.start, False), shift(m.end, False)
        quads, page_of = [], None
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            bl = block.layout()
            origin = layout.blockBoundingRect(block).topLeft()
            for i in range(bl.lineCount()):
                line = bl.lineAt(i)
                ls = block.position() + line.textStart()
                le = ls + line.textLength()
                s, e = max(start, ls), min(end, le)
                if s >= e:
                    continue
                x1 = origin.x() + line.cursorToX(s - block.position())[0]
                x2 = origin.x() + line.cursorToX(e - block.position())[0]
                y1 = origin.y() + line.y()
                page = int(y1 // page_h)
                y_in = y1 - page * page_h
                page_of = page if page_of is None else page_of
                if page != page_of:
                    continue  # a mark split over two pages keeps the part on its first page
                top = full.height() - (top_pt + y_in * pt)
                bottom = top - line.height() * pt
                quads.append((left_pt + x1 * pt, bottom, left_pt + x2 * pt, top))
            block = block.next()
        status = getattr(decisions.get(m.key), "status", "")
        placed.append(PlacedMark(n, m.key, m.category, m.label, m.text, (page_of or 0) + first, tuple(quads),
                                 notes[m.key], m.colour, status))  # fmt: skip

    painter = QPainter(writer)
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
    return placed


def _summary_html(report: Report, placed: list[PlacedMark], options: PdfOptions) -> str:
    from collections import Counter

    e = html.escape
    verdicts = Counter(p.label for p in placed if p.category == "claim")
    kinds = Counter(p.label for p in placed if p.category == "finding")
    rows = "".join(
        f"<tr><td>[{p.number}]</td><td>{e(p.label)}</td><td>{e(' '.join(p.text.split()))}</td><td>{p.page + 1}</td></tr>"
        for p in placed if p.category == "claim" and p.label in ("contradicted", "unverified")
    )  # fmt: skip
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


def _annotate(src: Path, out: Path, placed: list[PlacedMark], options: PdfOptions, report: Report) -> None:
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

    reader = PdfReader(str(src))
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
    tmp = out.with_name(f".{out.name}.tmp")
    with open(tmp, "wb") as f:
        writer.write(f)
    os.replace(tmp, out)
