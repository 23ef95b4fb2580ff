"""Background work: loading the model and checking articles, off the GUI thread, cancellable."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.errors import Cancelled, FactcheckError
from ..core.evidence.store import open_store
from ..core.figures import nlp
from ..core.pipeline import CheckConfig, check_article
from ..core.text.articles import Article, load_article

nlp.allow_processes = False  # never fork a second spaCy process from a Qt worker thread


class CheckWorker(QObject):
    """Loads (if needed) the model, reads the article and checks it. Runs in its own QThread
    with its own database connection; results cross back as immutable values."""

    progress = Signal(float, str)
    finished = Signal(object)  # Report
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, source: Path | Article, db_path: str | None, config: CheckConfig) -> None:
        super().__init__()
        self.source = source
        self.db_path = db_path
        self.config = config
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            self.progress.emit(0.02, "Loading the language model…")
            nlp.load_pipeline()
            article = self.source if isinstance(self.source, Article) else load_article(self.source)
            store = open_store(self.db_path)
            try:
                report = check_article(
                    article,
                    store,
                    self.config,
                    progress=self.progress.emit,
                    cancel=self._cancel.is_set,
                )
            finally:
                store.close()
        except Cancelled:
            self.cancelled.emit()
        except FactcheckError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown as a dialog, never a crash
            traceback.print_exc()
            self.failed.emit(f"Internal error: {type(exc).__name__}: {exc}")
        else:
            self.finished.emit(report)


class ModelLoader(QObject):
    """At start, off the GUI thread: opens the evidence database once (which checks it) and
    warms the language model up, so the first check starts at once."""

    done = Signal(str)
    databaseProblem = Signal(str)

    def __init__(self, db_path: str | None = None) -> None:
        super().__init__()
        self.db_path = db_path

    @Slot()
    def run(self) -> None:
        try:
            with open_store(self.db_path) as store:
                store.verify()  # a big database is checked in the background: wait for its verdict
        except FactcheckError as exc:
            self.databaseProblem.emit(str(exc))
        try:
            self.done.emit(nlp.load_pipeline().model)
        except Exception as exc:  # reported in the status bar; checks will say more
            self.done.emit(f"error: {exc}")


def start_in_thread(worker: QObject, parent: QObject) -> QThread:
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)  # type: ignore[attr-defined]
    for name in ("finished", "failed", "cancelled", "done"):
        sig = getattr(worker, name, None)
        if sig is not None:
            sig.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread


class PdfWorker(QObject):
    """Writes the annotated PDF off the GUI thread (QPainter on a QPdfWriter is thread-safe)."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, report, path: str, options, decisions) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.report, self.path, self.options, self.decisions = report, path, options, decisions

    @Slot()
    def run(self) -> None:
        from ..export.pdf import export_pdf

        try:
            export_pdf(self.report, self.path, self.options, self.decisions)
        except Exception as exc:  # shown as a dialog
            self.failed.emit(f"Could not write {self.path}: {exc}")
        else:
            self.finished.emit(self.path)
