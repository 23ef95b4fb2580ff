"""The window's Cancel reaches the check itself: a worker in its own thread stops within a second."""

import time
from pathlib import Path

from factcheck_gui.core.pipeline import CheckConfig
from factcheck_gui.core.text.articles import article_from_text

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "halcyon-robotics.md"


def test_a_cancelled_worker_stops_its_check_within_a_second(qtbot, sample_db):
    from PySide6.QtCore import QObject

    from factcheck_gui.gui.workers import CheckWorker, start_in_thread

    text = "\n\n".join([SAMPLE.read_text(encoding="utf-8")] * 60)  # a minute's check
    worker = CheckWorker(article_from_text(text, "long.md", "md"), str(sample_db), CheckConfig())
    seen: dict[str, float] = {}
    worker.progress.connect(
        lambda f, msg: seen.setdefault("figures", time.perf_counter()) if "figures" in msg else None
    )
    worker.cancelled.connect(lambda: seen.setdefault("cancelled", time.perf_counter()))
    worker.finished.connect(lambda report: seen.setdefault("finished", time.perf_counter()))
    parent = QObject()
    thread = start_in_thread(worker, parent)
    qtbot.waitUntil(
        lambda: "figures" in seen, timeout=30_000
    )  # the language model is reading the text
    qtbot.wait(300)
    asked = time.perf_counter()
    worker.cancel()
    qtbot.waitUntil(lambda: "cancelled" in seen, timeout=2_000)
    assert seen["cancelled"] - asked < 1.0
    assert "finished" not in seen
    assert thread.wait(5_000)
