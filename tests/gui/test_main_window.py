"""The window as an editor uses it: open, see the marks, pick them, filter, decide, reopen."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from factcheck_gui.gui.style import FINDING_COLOURS, VERDICT_COLOURS, tint

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "halcyon-robotics.md"


def mark_by_text(w, text):
    return next(m for m in w.marks.values() if m.text == text)


def test_marks_sit_on_the_right_characters_with_the_right_colours(opened):
    w = opened
    text = w.article.text
    supported = mark_by_text(w, "$1.2bn")
    contradicted = mark_by_text(w, "41.5%")
    typo = mark_by_text(w, "recieved")
    assert text[supported.start : supported.end] == "$1.2bn"
    assert (supported.label, contradicted.label, typo.label) == (
        "supported",
        "contradicted",
        "spelling",
    )
    assert w.view.format_at(supported.start).background().color() == tint(
        VERDICT_COLOURS["supported"]
    )
    assert w.view.format_at(contradicted.start).background().color() == tint(
        VERDICT_COLOURS["contradicted"]
    )
    fmt = w.view.format_at(typo.start)
    assert fmt.underlineStyle() == fmt.UnderlineStyle.WaveUnderline
    assert fmt.underlineColor().name() == FINDING_COLOURS["spelling"].lower()
    plain = w.view.format_at(text.index("warehouses"))
    assert plain.background().style() == Qt.BrushStyle.NoBrush
    assert "contradicted" in w.summary.text() and "findings" in w.summary.text()


def test_clicking_a_mark_selects_it_in_the_panel(opened, qtbot):
    w = opened
    mark = mark_by_text(w, "41.5%")
    cursor = w.view.textCursor()
    cursor.setPosition(mark.start + 1)
    point = w.view.cursorRect(cursor).center()
    qtbot.mouseClick(w.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert w.panel.current_key() == mark.key
    assert "40.5%" in w.details.toPlainText()


def test_selecting_in_the_panel_puts_the_cursor_on_the_mark(opened):
    w = opened
    mark = mark_by_text(w, "recieved")
    assert w.panel.select_key(mark.key)
    cursor = w.view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (mark.start, mark.end)
    assert "received" in w.details.toPlainText()


def test_filter_and_search(opened, qtbot):
    w = opened
    panel = w.panel
    panel.filter_box.setCurrentIndex(panel.filter_box.findText("✖ Contradicted"))
    rows = [panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())]
    assert rows and set(rows) == {"contradicted"}
    readings = [panel.proxy.index(r, 3).data() for r in range(panel.proxy.rowCount())]
    assert "percent: 41.5%" in readings
    panel.filter_box.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "recieved")
    assert panel.proxy.rowCount() == 1
    panel.search.clear()
    assert panel.proxy.rowCount() == len(w.marks)


def test_keyboard_next_previous_accept_dismiss(opened, qtbot):
    w = opened
    w.panel.table.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_F8)
    first = w.panel.current_key()
    qtbot.keyClick(w, Qt.Key.Key_F8)
    assert w.panel.current_key() != first
    qtbot.keyClick(w, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert w.panel.current_key() == first
    qtbot.keyClick(w, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.decisions[first].status == "accepted"
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert w.decisions[first].status == "dismissed"
    assert "dismissed" in w.details.toPlainText()


def test_decisions_are_restored_on_reopen_and_can_be_reset(opened, make_window, qtbot):
    w = opened
    typo = mark_by_text(w, "recieved")
    claim = mark_by_text(w, "41.5%")
    w.panel.select_key(typo.key)
    w.decide(status="dismissed", note="house style")
    w.panel.select_key(claim.key)
    w.decide(override="supported", note="checked with the company")
    w.close()
    again = make_window()
    with qtbot.waitSignal(again.checkFinished, timeout=60_000):
        again.open_path(SAMPLE)
    assert (
        again.decisions[typo.key].status == "dismissed"
        and again.decisions[typo.key].note == "house style"
    )
    assert again.decisions[claim.key].override == "supported"
    again.reset_decisions()
    assert again.decisions == {}


def test_a_bad_file_gives_a_dialog_not_a_crash(make_window, qtbot, tmp_path):
    w = make_window()
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    with qtbot.waitSignal(w.checkFailed, timeout=30_000) as blocker:
        w.open_path(bad)
    assert "binary" in blocker.args[0]
    box = w._error_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "binary" in box.text()
    box.close()


def test_a_long_check_can_be_cancelled(make_window, qtbot, tmp_path):
    w = make_window()
    long = tmp_path / "long.txt"
    para = SAMPLE.read_text(encoding="utf-8").split("\n\n", 2)[2]
    long.write_text("Long article\n\n" + "\n\n".join([para] * 120), encoding="utf-8")
    w.open_path(long)
    qtbot.waitUntil(lambda: w.progress.isVisible() and w.cancel_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in w.summary.text(), timeout=60_000)
    assert not w.progress.isVisible()


def test_paste_and_drop(make_window, qtbot, tmp_path):
    w = make_window()
    QGuiApplication.clipboard().setText("Pasted\n\nAcme Corp's revenue was $5.2 billion in 2024.")
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.paste_article()
    assert any(m.text == "$5.2 billion" for m in w.marks.values())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.dropEvent(event)
    assert w.path == SAMPLE and str(SAMPLE.resolve()) in w.settings.recent_files


def test_changed_file_is_offered_for_recheck(make_window, qtbot, tmp_path):
    w = make_window()
    art = tmp_path / "a.txt"
    art.write_text("Title\n\nAcme Corp's revenue was $5.2 billion in 2024.\n", encoding="utf-8")
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.open_path(art)
    art.write_text("Title\n\nAcme Corp's revenue was $6.2 billion in 2024.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: w.banner.isVisible(), timeout=10_000)
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.recheck()
    assert any(m.text == "$6.2 billion" for m in w.marks.values())


def test_screenshot_command(tmp_path, sample_db):
    out = tmp_path / "shot.png"
    exe = Path(sys.executable).with_name("factcheck")
    r = subprocess.run(
        [str(exe), "gui", str(SAMPLE), "--db", str(sample_db), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 20_000
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hover_text_is_the_explanation(opened):
    w = opened
    mark = mark_by_text(w, "41.5%")
    tip = w.view.format_at(mark.start).toolTip()
    assert "Contradicted" in tip and "40.5%" in tip


def test_preferences_switch_checks_off_and_recheck(opened, qtbot, monkeypatch):
    from factcheck_gui.gui.preferences import PreferencesDialog

    w = opened
    dialog = PreferencesDialog(w.settings, w)
    dialog.families["spelling"].setChecked(False)
    dialog.reviewer.setText("Desk editor")
    dialog.accept()
    assert "spelling" in w.settings.disabled_checks and w.settings.reviewer == "Desk editor"
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.recheck()
    assert not any(m.label == "spelling" for m in w.marks.values())


def test_reopens_the_last_article_when_asked(opened, make_window, qtbot):
    opened.close()
    again = make_window()
    assert again.settings.reopen_last
    with qtbot.waitSignal(again.checkFinished, timeout=60_000):
        again.open_last_if_wanted()
    assert again.path is not None and again.path.name == SAMPLE.name


def test_export_annotated_pdf_from_the_window(opened, qtbot, tmp_path):
    from pypdf import PdfReader

    from factcheck_gui.gui.main_window import PdfExportDialog

    w = opened
    dialog = PdfExportDialog(w)
    dialog.page_size.setCurrentText("Letter")
    out = tmp_path / "review.pdf"
    with qtbot.waitSignal(w.pdfExported, timeout=60_000):
        w.export_pdf(str(out), dialog.options("Desk", "sample"))
    reader = PdfReader(str(out))
    annots = [a.get_object() for p in reader.pages for a in (p.get("/Annots") or [])
              if a.get_object()["/Subtype"] in ("/Highlight", "/Underline")]  # fmt: skip
    assert len(annots) == len(w.marks)


def test_preferences_switch_single_rules_off(opened, qtbot):
    from PySide6.QtCore import Qt as _Qt

    from factcheck_gui.gui.preferences import PreferencesDialog

    w = opened
    dialog = PreferencesDialog(w.settings, w)
    item = next(
        dialog.rules.item(i)
        for i in range(dialog.rules.count())
        if dialog.rules.item(i).text() == "repetition.doubled_word"
    )
    item.setCheckState(_Qt.CheckState.Unchecked)
    dialog.accept()
    assert (
        "repetition.doubled_word" in w.settings.disabled_checks
        and "spelling" not in w.settings.disabled_checks
    )
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.recheck()
    rules = {m.finding.rule for m in w.marks.values() if m.finding}
    assert "repetition.doubled_word" not in rules and "spelling.known" in rules
