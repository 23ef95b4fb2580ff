"""After any re-check the article is painted afresh: only the marks are coloured, never the rest of
the text (issue 11: QTextEdit.setPlainText gave the whole new text the format under the cursor,
that is the colour of the mark last selected). Checked on the pixels the editor sees."""

import os
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from factcheck_gui.gui.style import tint

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "halcyon-robotics.md"
SHOTS = Path(os.environ.get("FACTCHECK_TEST_SHOTS", "/tmp"))


# ---------------------------------------------------------------------- helpers


def click_mark_in_table(w, qtbot, text):
    """Click the mark's row in the marks table, as the editor would."""
    mark = next(m for m in w.marks.values() if m.text == text)
    panel = w.panel
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == mark.key
    )
    index = panel.proxy.index(row, 2)
    panel.table.scrollTo(index)
    qtbot.mouseClick(
        panel.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=panel.table.visualRect(index).center(),
    )
    assert panel.current_key() == mark.key
    assert w.view.textCursor().selectedText() == mark.text
    return mark


def span_rect(view, start, end):
    """The on-screen box of text[start:end] (viewport coordinates), or None if it wraps or is off screen."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    left = view.cursorRect(cursor)
    cursor.setPosition(end)
    right = view.cursorRect(cursor)
    if left.top() != right.top() or right.left() - left.left() < 6:
        return None
    rect = QRect(
        QPoint(left.left() + 1, left.top() + 1), QPoint(right.left() - 2, left.bottom() - 3)
    )
    return rect if view.viewport().rect().contains(rect) else None


def pixels(image, rect):
    return [
        image.pixelColor(x, y).rgb()
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def blend(colour: QColor, base: QColor) -> tuple[int, int, int]:
    a = colour.alphaF()
    return tuple(
        round(c * a + b * (1 - a))
        for c, b in (
            (colour.red(), base.red()),
            (colour.green(), base.green()),
            (colour.blue(), base.blue()),
        )
    )


def assert_painted_only_on_marks(w, shot_name):
    view = w.view
    assert view.painting_done
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    image.save(str(SHOTS / f"{shot_name}.png"))
    base = view.palette().color(QPalette.ColorRole.Base)
    text = w.article.text
    spans = sorted((m.start, max(m.end, m.start + 1)) for m in w.marks.values())

    def in_a_mark(s, e):
        return any(ms < e + 1 and s - 1 < me for ms, me in spans)

    unmarked = 0
    for word in re.finditer(r"[A-Za-z]{4,}", text):
        if in_a_mark(word.start(), word.end()):
            continue
        rect = span_rect(view, word.start(), word.end())
        if rect is None:
            continue
        px = pixels(image, rect)
        share = sum(1 for p in px if p == base.rgb()) / len(px)
        assert share > 0.35, (
            f"unmarked word {word.group()!r} is painted over ({share:.0%} base colour); see {shot_name}.png"
        )
        unmarked += 1
    assert unmarked >= 20, "too few unmarked words on screen to judge"

    marked = 0
    for m in w.marks.values():
        if m.category != "claim" or sum(1 for s, e in spans if s < m.end and m.start < e) > 1:
            continue  # a claim alone on its characters: its highlight is its own colour
        rect = span_rect(view, m.start, m.end)
        if rect is None:
            continue
        px = pixels(image, rect)
        colour, _count = Counter(px).most_common(1)[0]
        got = QColor.fromRgb(colour)
        want = blend(tint(m.colour), base)
        assert max(abs(a - b) for a, b in zip((got.red(), got.green(), got.blue()), want, strict=True)) <= 4, (
            f"claim {m.text!r} is painted {got.name()}, expected about {QColor(*want).name()}; see {shot_name}.png")  # fmt: skip
        marked += 1
    assert marked >= 3, "too few claims on screen to judge"


# ---------------------------------------------------------------------- the ways an article is checked again


def by_f5(w, qtbot, tmp_path):
    w.view.setFocus()
    qtbot.keyClick(w.view, Qt.Key.Key_F5)


def by_opening_another_article(w, qtbot, tmp_path):
    other = tmp_path / "other.md"
    other.write_text(
        SAMPLE.read_text(encoding="utf-8") + "\nA late paragraph: orders of $75m arrived in May.\n",
        encoding="utf-8",
    )
    w.open_path(other)


def by_preferences_ok(w, qtbot, tmp_path):
    def press_ok():
        dialog = QApplication.activeModalWidget()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, press_ok)
    w.preferences()


def by_house_word(w, qtbot, tmp_path):
    click_mark_in_table(w, qtbot, "recieved")
    qtbot.keyClick(
        w.panel.table,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def by_evidence_edit(w, qtbot, tmp_path):
    from factcheck_gui.core.evidence.store import open_store

    with open_store(w.db_path()) as store:
        store.import_file(SAMPLE.with_suffix(".evidence.csv"))
    w._evidence_changed()  # what the workbench's evidenceChanged signal calls


@pytest.mark.parametrize("recheck", [by_f5, by_opening_another_article, by_preferences_ok, by_house_word, by_evidence_edit],
                         ids=lambda f: f.__name__)  # fmt: skip
def test_only_marks_are_painted_after_a_recheck(opened, qtbot, tmp_path, recheck):
    w = opened
    assert_painted_only_on_marks(w, f"highlight-first-{recheck.__name__}")
    click_mark_in_table(w, qtbot, "41.5%")  # the cursor now sits on a contradicted (orange) claim
    qtbot.wait(50)
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        recheck(w, qtbot, tmp_path)
    assert_painted_only_on_marks(w, f"highlight-after-{recheck.__name__}")


def test_only_marks_are_painted_after_several_rechecks(opened, qtbot, tmp_path):
    """The bleed was sticky: once the text was painted, every later check painted it again."""
    w = opened
    for text in ("$1.2bn", "recieved", "41.5%"):
        click_mark_in_table(w, qtbot, text)
        with qtbot.waitSignal(w.checkFinished, timeout=60_000):
            qtbot.keyClick(w.view, Qt.Key.Key_F5)
    assert_painted_only_on_marks(w, "highlight-after-three-rechecks")
