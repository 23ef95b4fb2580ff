"""The main window: article view, marks panel, details, decisions, progress and settings."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QFileSystemWatcher, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import FactcheckError, StoreError
from ..core.marks import Mark, content_key, marks_from
from ..core.pipeline import CheckConfig
from ..core.report import Report
from ..core.text.articles import SUPPORTED, Article, article_from_text
from ..core.text.dates import text_date
from .article_date import ArticleDateDialog, DateChoice, date_text
from .article_view import ArticleView
from .decisions import Decision, DecisionStore
from .details import DetailsView
from .panel import MarksPanel
from .preferences import PreferencesDialog, Settings
from .style import FINDING_COLOURS, FINDING_SYMBOL, VERDICT_COLOURS, VERDICT_SYMBOLS, tint
from .workers import CheckWorker, ModelLoader, start_in_thread

if TYPE_CHECKING:  # the workbench is imported when it is first opened
    from .evidence_window import EvidenceWindow

FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"


def _running(thread: QThread) -> bool:
    try:
        return thread.isRunning()
    except RuntimeError:  # already deleted by Qt
        return False


class PdfExportDialog(QDialog):
    """Options of the annotated PDF."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export annotated PDF")
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.dismissed = QCheckBox("Include dismissed marks")
        self.dismissed.setChecked(True)
        self.summary = QCheckBox("Summary page")
        self.summary.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Page size"))
        layout.addWidget(self.page_size)
        layout.addWidget(self.dismissed)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    def options(self, reviewer: str, database: str):  # type: ignore[no-untyped-def]
        from ..export.pdf import PdfOptions

        return PdfOptions(page_size=self.page_size.currentText(), include_dismissed=self.dismissed.isChecked(),
                          summary=self.summary.isChecked(), reviewer=reviewer, database=database)  # fmt: skip


class MainWindow(QMainWindow):
    checkFinished = Signal()  # the report is shown and its marks are painted
    checkFailed = Signal(str)

    def __init__(self, db_path: str | None = None, settings: Settings | None = None,
                 decisions: DecisionStore | None = None) -> None:  # fmt: skip
        super().__init__()
        self.settings = settings or Settings()
        self.db_override = db_path
        self.decision_store = decisions or DecisionStore()
        self.setWindowTitle("factcheck-gui")
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self.article: Article | None = None
        self.path: Path | None = None
        self.report: Report | None = None
        self.marks: dict[str, Mark] = {}
        self.decisions: dict[str, Decision] = {}
        self.content = ""
        self._thread: QThread | None = None
        self._threads: list[
            QThread
        ] = []  # every check thread, cancelled ones too: all are waited for at close
        self._pdf_jobs: list[tuple[QObject, QThread]] = []
        self._worker: CheckWorker | None = None
        self._queued: tuple | None = None
        self.model_ready = False
        self.errors: list[str] = []
        # The editor's date for an article (by file, or "" for pasted text): kept across re-checks.
        self.date_choices: dict[str, DateChoice] = {}

        self.view = ArticleView()
        self.panel = MarksPanel()
        self.details = DetailsView()
        self.banner = self._make_banner()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.panel)
        right.addWidget(self.details)
        right.setSizes([480, 260])
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.banner)
        left_layout.addWidget(self._make_legend())
        left_layout.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([700, 580])
        self.right_splitter = right
        self.setCentralWidget(self.splitter)
        self._make_actions()
        self._make_status()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.view.markActivated.connect(self._mark_clicked)
        self.view.marksPainted.connect(self._painted)
        self.panel.markSelected.connect(self._mark_selected)
        self._restore_geometry()
        self._load_model()

    def _check_database(self) -> None:
        """Open the database now (the loader thread does this at start) and report a problem."""
        from ..core.evidence.store import open_store

        try:
            open_store(self.db_path()).close()
        except StoreError as exc:
            self._database_problem(str(exc))

    def _database_problem(self, message: str) -> None:
        """A damaged database is found at start, with an offer to restore the latest backup."""
        from ..core.evidence.edit import force_restore
        from ..core.evidence.store import EvidenceStore, backups_of, default_db_path

        path = Path(self.db_path() or default_db_path())
        backups = backups_of(path)
        if not backups or "damaged" not in message and "not an evidence database" not in message:
            QMessageBox.warning(self, "Evidence database", message)
            return
        answer = QMessageBox.question(self, "Evidence database",
                                      f"{message}\n\nRestore the latest backup ({backups[-1].name})? "
                                      "The damaged file is kept beside it.")  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            force_restore(path, backups[-1])
            EvidenceStore(path).close()
            self.statusBar().showMessage(f"Restored {path.name} from {backups[-1].name}", 6000)

    # ------------------------------------------------------------------ building

    def _make_actions(self) -> None:
        bar = QToolBar("Main")
        bar.setObjectName("main-toolbar")
        self.addToolBar(bar)
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.open_action = self._action(
            "&Open…", self.open_dialog, QKeySequence.StandardKey.Open, file_menu, bar
        )
        self.recent_menu = QMenu("Open &Recent", self)
        file_menu.addMenu(self.recent_menu)
        self._action("New from &Clipboard", self.paste_article, "Ctrl+Shift+V", file_menu)
        self.recheck_action = self._action("&Re-check", self.recheck, "F5", file_menu, bar)
        self.date_action = self._action(
            "Article &date…", self.article_date_dialog, "Ctrl+Shift+T", file_menu, bar
        )
        self.date_label = QLabel("")
        self.date_label.setObjectName("article-date")
        self.date_label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.date_label)
        self.cancel_action = self._action("&Cancel the check", self.cancel, "Escape", file_menu)
        self.cancel_action.setEnabled(
            False
        )  # only while a check runs, so Escape works as usual otherwise
        self._action("&Export annotated PDF…", self.export_pdf_dialog, "Ctrl+Shift+P", file_menu)
        file_menu.addSeparator()
        self._action(
            "&Preferences…", self.preferences, QKeySequence.StandardKey.Preferences, file_menu
        )
        file_menu.addSeparator()
        self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, file_menu)
        marks = menu.addMenu("&Marks")
        bar.addSeparator()
        self._action("&Next mark", lambda: self.panel.step(1), "F8", marks)
        self._action("&Previous mark", lambda: self.panel.step(-1), "Shift+F8", marks)
        marks.addSeparator()
        self.accept_action = self._action(
            "&Accept", lambda: self.decide(status="accepted"), "Ctrl+Return", marks, bar
        )
        self.dismiss_action = self._action(
            "&Dismiss", lambda: self.decide(status="dismissed"), "Ctrl+D", marks, bar
        )
        self.note_action = self._action("Add &note…", self.add_note, "Ctrl+Shift+N", marks, bar)
        self.override_menu = QMenu("Set &verdict", self)
        for verdict in ("supported", "contradicted", "unverified"):
            self.override_menu.addAction(f"{VERDICT_SYMBOLS[verdict]} {verdict.capitalize()}",
                                         lambda v=verdict: self.override(v))  # fmt: skip
        marks.addMenu(self.override_menu)
        self.dict_action = self._action(
            "Add word to house &dictionary", self.add_to_dictionary, "Ctrl+Shift+D", marks, bar
        )
        marks.addSeparator()
        self._action("&Reset decisions for this article", self.reset_decisions, None, marks)
        evidence = menu.addMenu("&Evidence")
        self._action(
            "Open the evidence &workbench", self.open_evidence, "Ctrl+Shift+E", evidence, bar
        )
        self.add_evidence_action = self._action(
            "&Add claim as evidence…", self.add_claim_as_evidence, "Ctrl+E", evidence
        )
        help_menu = menu.addMenu("&Help")
        self._action("&About", self.about, None, help_menu)
        self._update_recent_menu()

    def _action(self, text, slot, shortcut, menu, bar=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if bar is not None:
            bar.addAction(action)
        return action

    def _make_legend(self) -> QWidget:
        legend = QWidget()
        row = QHBoxLayout(legend)
        row.setContentsMargins(8, 2, 8, 2)
        for verdict, colour in VERDICT_COLOURS.items():
            row.addWidget(
                self._swatch(f"{VERDICT_SYMBOLS[verdict]} {verdict}", colour, filled=True)
            )
        for kind in ("spelling", "grammar", "bullet"):
            row.addWidget(
                self._swatch(f"{FINDING_SYMBOL} {kind}", FINDING_COLOURS[kind], filled=False)
            )
        row.addWidget(
            self._swatch(
                f"{FINDING_SYMBOL} other findings", FINDING_COLOURS["punctuation"], filled=False
            )
        )
        row.addStretch(1)
        return legend

    @staticmethod
    def _swatch(text: str, colour: str, filled: bool) -> QLabel:
        label = QLabel(text)
        c = tint(colour)
        style = (f"background: rgba({c.red()},{c.green()},{c.blue()},{c.alpha()}); border-bottom: 2px solid {colour};"
                 if filled else f"border-bottom: 2px dotted {colour};")  # fmt: skip
        label.setStyleSheet(f"QLabel {{ {style} padding: 1px 6px; margin-right: 6px; }}")
        return label

    def _make_banner(self) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        self.banner_label = QLabel()
        button = QPushButton("Re-check")
        button.clicked.connect(self.recheck)
        close = QPushButton("Ignore")
        close.clicked.connect(frame.hide)
        row.addWidget(self.banner_label, 1)
        row.addWidget(button)
        row.addWidget(close)
        frame.hide()
        return frame

    def _make_status(self) -> None:
        self.summary = QLabel("No article open")
        self.progress = QProgressBar(maximumWidth=180, maximum=1000)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.statusBar().addWidget(self.summary, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    # ------------------------------------------------------------------ settings

    def _restore_geometry(self) -> None:
        geo = self.settings.q.value("geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        for name, splitter in (
            ("splitter", self.splitter),
            ("right_splitter", self.right_splitter),
        ):
            state = self.settings.q.value(name)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.settings.q.setValue("geometry", self.saveGeometry())
        self.settings.q.setValue("splitter", self.splitter.saveState())
        self.settings.q.setValue("right_splitter", self.right_splitter.saveState())
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Cancel work and wait for the worker threads, so none outlives the window."""
        self.cancel()
        pdf_threads = [thread for _worker, thread in self._pdf_jobs]
        for thread in (*self._threads, getattr(self, "_loader_thread", None), *pdf_threads):
            if thread is not None:
                try:
                    thread.quit()
                    thread.wait(15000)
                except RuntimeError:  # already deleted by Qt
                    pass

    def db_path(self) -> str | None:
        return self.db_override or self.settings.db_path or None

    def check_config(self) -> CheckConfig:
        return CheckConfig(disabled_rules=frozenset(self.settings.disabled_checks))

    # ------------------------------------------------------------------ opening

    def _load_model(self) -> None:
        self.summary.setText("Loading the language model…")
        self._loader = ModelLoader(
            self.db_path()
        )  # kept: a worker without a Python reference is collected
        self._loader.done.connect(self._model_loaded)
        self._loader.databaseProblem.connect(self._database_problem)
        self._loader_thread = start_in_thread(self._loader, self)

    def _model_loaded(self, name: str) -> None:
        self.model_ready = True
        if self._worker is None:
            self.summary.setText("Ready" if self.article is None else self.summary.text())
        if self._queued is not None:
            (source,) = self._queued
            self._queued = None
            self._start_check(source)

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open article", start, FILE_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        p = Path(path)
        self.settings.add_recent(str(p.resolve()) if p.exists() else str(p))
        self._update_recent_menu()
        if self.path is not None and str(self.path) in self.watcher.files():
            self.watcher.removePath(str(self.path))
        self.path = p
        if p.exists():
            self.watcher.addPath(str(p))
        self.banner.hide()
        self._start_check(p)

    def paste_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            QMessageBox.information(self, "Nothing to paste", "The clipboard holds no text.")
            return
        self.path = None
        self.date_choices.pop("", None)  # a new text: no date chosen for it yet
        self._start_check(
            article_from_text(text.replace("\r\n", "\n").replace("\r", "\n"), "Pasted text")
        )

    def recheck(self) -> None:
        self.banner.hide()
        if self.path is not None:
            self._start_check(self.path)
        elif self.article is not None:
            self._start_check(self.article)

    def _file_changed(self, path: str) -> None:
        if self.path is not None and Path(path) == self.path:
            self.banner_label.setText(f"{self.path.name} has changed on disk.")
            self.banner.show()
            if Path(path).exists() and path not in self.watcher.files():
                self.watcher.addPath(path)

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files:
            self.recent_menu.addAction(path, lambda p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_files))

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        urls = event.mimeData().urls()
        if urls and all(Path(u.toLocalFile()).suffix.lower() in SUPPORTED for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        urls = event.mimeData().urls()
        if urls:
            self.open_path(urls[0].toLocalFile())

    # ------------------------------------------------------------------ checking

    # ------------------------------------------------------------------ the article's date

    def _date_key(self) -> str:
        return str(self.path.resolve()) if self.path is not None else ""

    def date_choice(self) -> DateChoice | None:
        """The editor's date for the open article, or None for the file's own."""
        return self.date_choices.get(self._date_key())

    def set_article_date(self, choice: DateChoice | None) -> None:
        """Set the article's date (DateChoice(None): no date; None: the file's own) and re-check."""
        if choice is None:
            self.date_choices.pop(self._date_key(), None)
        else:
            self.date_choices[self._date_key()] = choice
        if self.path is None and self.article is not None:  # pasted text: its own date again
            date, source = text_date(self.article.text)
            self.article = replace(self.article, date=date, date_source=source)
        self.recheck()

    def article_date_dialog(self) -> None:
        dialog = ArticleDateDialog(self.article, self)
        if dialog.exec() and dialog.changed:
            self.set_article_date(dialog.choice)

    def _show_date(self) -> None:
        self.date_label.setText(date_text(self.article))

    # ------------------------------------------------------------------ checking

    def _start_check(self, source: Path | Article) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if not self.model_ready:
            self._queued = (source,)
            self.summary.setText("Loading the language model… the check starts when it is ready")
            return
        worker = CheckWorker(source, self.db_path(), self.check_config(), self.date_choice())
        # Bound methods of this window run in the GUI thread (queued); lambdas would run in the worker's.
        worker.progress.connect(self._progress)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self._worker = worker
        self._workers_alive = getattr(self, "_workers_alive", [])
        self._workers_alive.append(
            worker
        )  # cancelled workers finish on their own; keep them referenced
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_action.setEnabled(True)
        self._thread = start_in_thread(worker, self)
        self._threads = [t for t in self._threads if _running(t)] + [self._thread]

    def cancel(self) -> None:
        """Cancel button, Escape: the window lets go of the check at once and says so; the worker
        stops at its next cancel point, and whatever it still reports is ignored."""
        self._queued = None
        worker = self._worker
        if worker is None:
            return
        worker.cancel()
        self._done(worker)
        self.summary.setText("Check cancelled")

    def _progress(self, fraction: float, message: str) -> None:
        if self.sender() is not self._worker:
            return
        self.progress.setValue(int(fraction * 1000))
        self.summary.setText(message)

    def _done(self, worker: CheckWorker) -> bool:
        """True when `worker` is the current one (a cancelled, replaced check reports nothing)."""
        if worker is not self._worker:
            return False
        self._worker = None
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_action.setEnabled(False)
        return True

    def _cancelled(self) -> None:
        if self._done(self.sender()):  # type: ignore[arg-type]
            self.summary.setText("Check cancelled")

    def _failed(self, message: str) -> None:
        if not self._done(self.sender()):  # type: ignore[arg-type]
            return
        self.errors.append(message)
        self.summary.setText("The check failed")
        self.checkFailed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Cannot check the article", message, parent=self
        )
        box.setModal(True)
        box.open()
        self._error_box = box

    def _finished(self, report: Report) -> None:
        if not self._done(self.sender()):  # type: ignore[arg-type]
            return
        self.show_report(report)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.article = report.article
        self.content = content_key(report.article.text)
        self.decisions = self.decision_store.load(self.content)
        marks = marks_from(report)
        self.marks = {m.key: m for m in marks}
        title = report.article.title or report.article.source
        self.setWindowTitle(f"{title} — factcheck-gui")
        self.view.show_article(report.article)
        self._show_date()
        self.panel.model.set_marks(marks, self.decisions)
        self.details.show_mark(None)
        self._update_summary()
        self.view.show_marks(marks)

    def _painted(self) -> None:
        self.checkFinished.emit()

    def _update_summary(self) -> None:
        if self.report is None:
            return
        verdicts = Counter()
        for m in self.marks.values():
            if m.category == "claim":
                verdicts[self.decisions.get(m.key, Decision()).override or m.label] += 1
        kinds = Counter(f.kind for f in self.report.findings)
        done = sum(1 for d in self.decisions.values() if d.status)
        finding_text = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        self.summary.setText(
            f"{len(self.report.claims)} figures: {verdicts['supported']} {VERDICT_SYMBOLS['supported']} supported · "
            f"{verdicts['contradicted']} {VERDICT_SYMBOLS['contradicted']} contradicted · "
            f"{verdicts['unverified']} {VERDICT_SYMBOLS['unverified']} unverified — "
            f"{len(self.report.findings)} findings"
            + (f" ({finding_text})" if finding_text else "")
            + f" — {done} decided"
        )

    # ------------------------------------------------------------------ selection

    def _mark_clicked(self, key: str) -> None:
        if not self.panel.select_key(key):  # filtered out of the panel: show it anyway
            self.panel.filter_box.setCurrentIndex(0)
            self.panel.search.clear()
            self.panel.select_key(key)

    def _mark_selected(self, key: str) -> None:
        mark = self.marks.get(key)
        if mark is not None:
            self.view.select_mark(mark)
            self.details.show_mark(mark, self.decisions.get(key))
            self.dict_action.setEnabled(mark.category == "finding" and mark.label == "spelling")
            self.override_menu.setEnabled(mark.category == "claim")

    def current_mark(self) -> Mark | None:
        key = self.panel.current_key()
        return self.marks.get(key) if key else None

    # ------------------------------------------------------------------ decisions

    def decide(
        self, status: str | None = None, override: str | None = None, note: str | None = None
    ) -> None:
        mark = self.current_mark()
        if mark is None:
            self.statusBar().showMessage("Select a mark first", 3000)
            return
        old = self.decisions.get(mark.key, Decision())
        new = replace(old, reviewer=self.settings.reviewer)
        if status is not None:
            new = replace(
                new, status="" if old.status == status else status
            )  # pressing again undoes
        if override is not None:
            new = replace(new, override="" if override == mark.label else override)
        if note is not None:
            new = replace(new, note=note)
        self.decisions[mark.key] = new
        self.decision_store.save(self.content, self.decisions)
        self.panel.model.update_decision(mark.key, new)
        self.details.show_mark(mark, new)
        self._update_summary()

    def add_note(self) -> None:
        mark = self.current_mark()
        if mark is None:
            return
        old = self.decisions.get(mark.key, Decision())
        text, ok = QInputDialog.getMultiLineText(self, "Note", f"Note on “{mark.text}”:", old.note)
        if ok:
            self.decide(note=text.strip())

    def override(self, verdict: str) -> None:
        mark = self.current_mark()
        if mark is None or mark.category != "claim":
            return
        note, ok = QInputDialog.getText(self, "Set verdict", f"Why is “{mark.text}” {verdict}?")
        if ok:
            self.decide(override=verdict, note=note.strip() or None)

    def add_to_dictionary(self) -> None:
        mark = self.current_mark()
        if mark is None or mark.finding is None or mark.label != "spelling":
            return
        from ..core.evidence.store import open_store

        try:
            with open_store(self.db_path()) as store:
                store.add_words([mark.text], added_by=self.settings.reviewer)
        except Exception as exc:  # shown, not raised
            QMessageBox.warning(self, "House dictionary", f"Could not add “{mark.text}”: {exc}")
            return
        self.statusBar().showMessage(
            f"“{mark.text}” added to the house dictionary; re-checking", 4000
        )
        self.recheck()

    def reset_decisions(self) -> None:
        if not self.content:
            return
        self.decision_store.reset(self.content)
        self.decisions = {}
        self.panel.model.set_marks(list(self.marks.values()), self.decisions)
        self._update_summary()

    # ------------------------------------------------------------------ evidence

    def open_evidence(self) -> EvidenceWindow | None:
        from .evidence_window import EvidenceWindow

        if getattr(self, "evidence_window", None) is None or not self.evidence_window.isVisible():
            try:
                self.evidence_window = EvidenceWindow(self.db_path(), self.settings.reviewer, self)
            except FactcheckError as exc:
                QMessageBox.warning(self, "Evidence", str(exc))
                return None
            self.evidence_window.evidenceChanged.connect(self._evidence_changed)
        self.evidence_window.show()
        self.evidence_window.raise_()
        return self.evidence_window

    def _evidence_changed(self) -> None:
        """Live: the open article is checked again against the changed evidence."""
        if self.article is not None:
            self.recheck()

    def claim_as_fact_values(self, mark: Mark) -> dict[str, str]:
        c = mark.claim.claim  # type: ignore[union-attr]
        unit = c.unit if c.kind in ("money", "percent", "quantity") else "year" if c.kind == "date" else (
            c.unit if c.kind == "duration" else "count")  # fmt: skip
        best = (
            mark.claim.verdict.evidence[0].fact.entity
            if mark.claim and mark.claim.verdict and mark.claim.verdict.evidence
            else ""
        )  # type: ignore[union-attr]
        value = c.low if c.qualifier == "range" and c.low is not None else c.value
        if value is None:
            value = 0.0  # a relative date with no article date: the editor types the year
        return {"entity": c.subject or best, "attribute": " ".join(c.measure[:2]) or c.unit, "keywords": "|".join(c.measure),
                "value": f"{value:g}" if abs(value) < 1e15 else str(value), "unit": unit,
                "qualifier": "exact" if c.qualifier == "range" else c.qualifier,
                "as_of": dt.date.today().strftime("%Y-%m"), "source": self.article.title if self.article else "",
                "url": "", "notes": f"Added from the article “{self.article.title if self.article else ''}”."}  # fmt: skip

    def add_claim_as_evidence(self) -> None:
        mark = self.current_mark()
        if mark is None or mark.claim is None:
            self.statusBar().showMessage("Select a claim first", 3000)
            return
        window = self.open_evidence()
        if window is not None:
            window.add_fact(self.claim_as_fact_values(mark))

    # ------------------------------------------------------------------ PDF

    pdfExported = Signal(str)

    def export_pdf_dialog(self) -> None:
        if self.report is None:
            QMessageBox.information(self, "Export", "Open and check an article first.")
            return
        dialog = PdfExportDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        stem = self.path.stem if self.path else "article"
        path, _ = QFileDialog.getSaveFileName(
            self, "Export annotated PDF", f"{stem}-review.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(
                path, dialog.options(self.settings.reviewer, self.db_path() or "default")
            )

    def export_pdf(self, path: str, options) -> None:  # type: ignore[no-untyped-def]
        from .workers import PdfWorker

        worker = PdfWorker(self.report, path, options, dict(self.decisions))
        worker.finished.connect(self._pdf_done)
        worker.failed.connect(self._failed_pdf)
        self.summary.setText("Writing the PDF…")
        # Every export in flight keeps its worker referenced (a collected worker dies mid-write)
        # and its thread, which closing the window waits for.
        self._pdf_jobs = [(w, t) for w, t in self._pdf_jobs if _running(t)]
        self._pdf_jobs.append((worker, start_in_thread(worker, self)))

    def _pdf_done(self, path: str) -> None:
        self._update_summary()
        self.statusBar().showMessage(f"Annotated PDF written to {path}", 6000)
        self.pdfExported.emit(path)

    def _failed_pdf(self, message: str) -> None:
        self._update_summary()
        self.errors.append(message)
        box = QMessageBox(QMessageBox.Icon.Warning, "Export annotated PDF", message, parent=self)
        box.setModal(True)
        box.open()  # not exec(): a second export finishing meanwhile is still reported
        self._error_box = box

    # ------------------------------------------------------------------ dialogs

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            self.recheck()

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(self, "About factcheck-gui",
                          f"factcheck-gui {__version__}\nChecks the figures in financial news against sourced "
                          "evidence, and proofreads the copy.")  # fmt: skip

    def open_last_if_wanted(self) -> None:
        recent = self.settings.recent_files
        if self.settings.reopen_last and recent and Path(recent[0]).exists():
            QTimer.singleShot(0, lambda: self.open_path(recent[0]))
