"""The article as the editor knows it, with claims highlighted and findings underlined."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QToolTip

from ..core.marks import Mark
from ..core.text.articles import Article
from .style import tint

PAINT_CHUNK = 250  # marks painted per event-loop turn, so a long article never stalls the window


class ArticleView(QTextEdit):
    """Read-only article text. Offsets of the core index this document directly: the text is
    set as plain text, one character per character."""

    markActivated = Signal(str)  # key of the mark the editor clicked
    marksPainted = Signal()

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.document().setDocumentMargin(18)
        self.marks: list[Mark] = []
        self._starts: list[int] = []
        self._pending: list[Mark] = []
        self._flash = QTimer(self, singleShot=True, interval=900)
        self._flash.timeout.connect(self._end_flash)
        self._selected: Mark | None = None
        self._generation = 0  # bumped whenever the text or its marks are replaced
        self.painting_done = True
        self.document().setUndoRedoEnabled(False)  # read-only: painting marks need not be undoable

    # ------------------------------------------------------------------ content

    def show_article(self, article: Article) -> None:
        self.marks, self._starts, self._pending = [], [], []
        self._generation += 1  # a paint still queued for the previous text stops
        self.painting_done = True
        self._flash.stop()
        self._selected = None
        self.setExtraSelections([])
        self._set_fresh_text(article.text)
        cursor = QTextCursor(self.document())
        for block in article.blocks:
            if block.kind not in ("title", "heading"):
                continue
            cursor.setPosition(block.start)
            cursor.setPosition(block.end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontPointSize(
                self.font().pointSizeF() * (1.45 if block.kind == "title" else 1.15)
            )
            cursor.mergeCharFormat(fmt)

    def _set_fresh_text(self, text: str) -> None:
        """Replace the text with plain, unformatted text. QTextEdit.setPlainText gives all of the new
        text the character format under the widget's cursor, and that cursor sits on the mark last
        selected: so the cursor is put back to the start with a default format first."""
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(text)
        self.setCurrentCharFormat(QTextCharFormat())

    def show_marks(self, marks: list[Mark]) -> None:
        """Paint marks in chunks; emits marksPainted when the last one is on the page."""
        self.marks = sorted(marks, key=lambda m: m.start)
        self._starts = [m.start for m in self.marks]
        self._pending = list(self.marks)
        self.painting_done = False
        self._generation += 1
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._paint_some(generation))

    def _paint_some(self, generation: int) -> None:
        if generation != self._generation:
            return  # the text was replaced since: its own paint is under way
        chunk, self._pending = self._pending[:PAINT_CHUNK], self._pending[PAINT_CHUNK:]
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for m in chunk:
            cursor.setPosition(m.start)
            cursor.setPosition(max(m.end, m.start + 1), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._format(m))
        cursor.endEditBlock()
        if self._pending:
            QTimer.singleShot(0, self, lambda: self._paint_some(generation))
        else:
            self.painting_done = True
            self.marksPainted.emit()

    @staticmethod
    def _format(m: Mark) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if m.category == "claim":
            fmt.setBackground(tint(m.colour))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(m.colour))
        else:
            fmt.setBackground(tint(m.colour, 45))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(m.colour))
        fmt.setToolTip(m.tooltip)
        return fmt

    def format_at(self, position: int) -> QTextCharFormat:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat()

    # ------------------------------------------------------------------ lookup and selection

    def mark_at(self, position: int) -> Mark | None:
        i = bisect_right(self._starts, position)
        for m in reversed(self.marks[max(0, i - 8) : i]):
            if m.start <= position < max(m.end, m.start + 1):
                return m
        return None

    def select_mark(self, mark: Mark) -> None:
        """Put the cursor on the mark, scroll to it and flash it."""
        self._selected = mark
        cursor = self.textCursor()
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format.setBackground(tint(mark.colour, 200))
        sel.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        self.setExtraSelections([sel])
        self._flash.start()

    def _end_flash(self) -> None:
        self.setExtraSelections([])

    # ------------------------------------------------------------------ mouse

    def viewportEvent(self, e: QEvent) -> bool:  # type: ignore[override]
        if e.type() == QEvent.Type.ToolTip:
            pos = self.cursorForPosition(e.pos()).position()  # type: ignore[attr-defined]
            m = self.mark_at(pos)
            if m is not None:
                QToolTip.showText(e.globalPos(), m.tooltip, self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    def mouseReleaseEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().mouseReleaseEvent(e)
        if e.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            m = self.mark_at(self.cursorForPosition(e.position().toPoint()).position())
            if m is not None:
                self.markActivated.emit(m.key)
