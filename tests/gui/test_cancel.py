"""Cancel acts at once: the window says so within a second, whatever the check is doing, and a
cancelled check's late result never replaces what is shown."""

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "halcyon-robotics.md"


@pytest.fixture
def slow_check(monkeypatch):
    """A check that takes 4 s and looks at its cancel flag only at the end (the worst case)."""
    from factcheck_gui.gui import workers

    real = workers.check_article
    release = threading.Event()

    def check(article, store, config, progress=None, cancel=None):  # type: ignore[no-untyped-def]
        if progress:
            progress(0.1, "Checking (slowly)…")
        release.wait(4)
        return real(article, store, config, progress=progress, cancel=cancel)

    monkeypatch.setattr(workers, "check_article", check)
    yield release
    release.set()


def start_slow_check(w, qtbot, tmp_path):
    other = tmp_path / "other.md"
    other.write_text(
        SAMPLE.read_text(encoding="utf-8") + "\nA late paragraph: orders of $75m arrived in May.\n",
        encoding="utf-8",
    )
    w.open_path(other)
    qtbot.waitUntil(
        lambda: w.cancel_button.isVisible() and "slowly" in w.summary.text(), timeout=10_000
    )


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_is_shown_within_a_second(opened, qtbot, tmp_path, slow_check, how):
    w = opened
    shown = w.article.text
    start_slow_check(w, qtbot, tmp_path)
    t = time.perf_counter()
    if how == "button":
        qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    else:
        w.view.setFocus()
        qtbot.keyClick(w.view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "cancelled" in w.summary.text().lower(), timeout=1_000)
    assert time.perf_counter() - t < 1.0
    assert not w.progress.isVisible() and not w.cancel_button.isVisible()
    slow_check.set()  # the check now runs to its end in the background: its report must not be shown
    qtbot.wait(3_000)
    assert w.article.text == shown and "cancelled" in w.summary.text().lower()


def test_a_new_check_after_cancel_is_shown(opened, qtbot, tmp_path, slow_check):
    w = opened
    start_slow_check(w, qtbot, tmp_path)
    qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
    slow_check.set()
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        qtbot.keyClick(w.view, Qt.Key.Key_F5)
    assert w.article.text.endswith("orders of $75m arrived in May.\n")
    assert "figures" in w.summary.text()


def test_two_pdf_exports_at_once_both_finish(opened, qtbot, tmp_path):
    """The second export used to replace the first one's worker, which was then collected mid-write."""
    import gc

    from pypdf import PdfReader

    from factcheck_gui.gui.main_window import PdfExportDialog

    w = opened
    options = PdfExportDialog(w).options("Desk", "sample")
    done = []
    w.pdfExported.connect(done.append)
    w.export_pdf(str(tmp_path / "one.pdf"), options)
    w.export_pdf(str(tmp_path / "two.pdf"), options)
    gc.collect()
    qtbot.waitUntil(lambda: len(done) == 2 or bool(w.errors), timeout=60_000)
    assert w.errors == []
    assert sorted(Path(p).name for p in done) == ["one.pdf", "two.pdf"]
    assert all(len(PdfReader(p).pages) >= 2 for p in done)
