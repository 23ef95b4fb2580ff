"""The evidence workbench: browse, search, add, edit, delete, restore, import and export facts."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,  # fmt: skip
    QWidget,
)

from ..core.errors import FactcheckError
from ..core.evidence import edit as ed
from ..core.evidence.formats import read_rows, rows_to_csv, rows_to_json
from ..core.evidence.store import EvidenceStore, Fact, open_store
from ..core.verdicts.matching import describe, fact_date
from .workers import start_in_thread

COLUMNS = [("id", "#"), ("entity", "Entity"), ("attribute", "Attribute"), ("value", "Value"), ("unit", "Unit"),
           ("qualifier", "Qualifier"), ("as_of", "As of"), ("source", "Source")]  # fmt: skip
PAGE = 200
STALE_DAYS = 3 * 365


def shown_value(f: Fact) -> str:
    kind = (
        "money"
        if len(f.unit) == 3 and f.unit.isupper()
        else "date"
        if f.unit == "year" and 1000 <= f.value <= 2200
        else ""
    )
    return describe(f.value, f.unit, f.qualifier, kind)


def fact_values(f: Fact, aliases: list[str]) -> dict[str, str]:
    return {"entity": f.entity, "aliases": "|".join(aliases), "attribute": f.attribute, "keywords": "|".join(f.keywords),
            "value": repr(f.value) if not float(f.value).is_integer() else str(int(f.value)), "unit": f.unit,
            "qualifier": f.qualifier, "as_of": f.as_of, "source": f.source, "url": f.url, "notes": f.notes}  # fmt: skip


class FactsModel(QAbstractTableModel):
    """A window onto the facts: it holds their ids in display order and fetches the rows it is
    asked to paint, a page at a time (a few pages are cached). One million facts stay smooth."""

    def __init__(self, store: EvidenceStore, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.store = store
        self.ids: list[int] | object = []  # filled by reload(); an array of ids in display order
        self.pages: OrderedDict[int, dict[int, Fact]] = OrderedDict()
        self.stale_before = (dt.date.today() - dt.timedelta(days=STALE_DAYS)).isoformat()

    def reload(self, **query) -> None:  # type: ignore[no-untyped-def]
        self.beginResetModel()
        self.ids = ed.fact_ids(self.store, **query)
        self.pages.clear()
        self.endResetModel()

    def fact(self, row: int) -> Fact | None:
        if not 0 <= row < len(self.ids):
            return None
        page = row // PAGE
        if page not in self.pages:
            self.pages[page] = ed.facts_by_ids(
                self.store, list(self.ids[page * PAGE : (page + 1) * PAGE])
            )
            if len(self.pages) > 50:
                self.pages.popitem(last=False)
        self.pages.move_to_end(page)
        return self.pages[page].get(self.ids[row])

    def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        f = self.fact(index.row())
        if f is None:
            return None
        name = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "value":
                return shown_value(f)
            if name == "as_of" and self.is_stale(f):
                return f"{f.as_of} (stale)"
            return str(getattr(f, name) if name != "id" else f.id)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_stale(f):
            return QBrush(QColor("#B05A00"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{f.entity} · {f.attribute}\n{f.source} {f.url}\n{f.notes}".strip()
        if role == Qt.ItemDataRole.UserRole:
            return f.id
        return None

    def is_stale(self, f: Fact) -> bool:
        when = fact_date(f.as_of)
        return when is not None and when.isoformat() < self.stale_before

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # type: ignore[no-untyped-def]
        self.parent().sort_by(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)  # type: ignore[union-attr]


class _Change(QUndoCommand):
    """One edit of the evidence, undoable."""

    def __init__(self, window: EvidenceWindow, text: str, do, undo) -> None:  # type: ignore[no-untyped-def]
        super().__init__(text)
        self.window, self.do, self.undo_fn = window, do, undo

    def redo(self) -> None:
        self.window.apply(self.do)

    def undo(self) -> None:
        self.window.apply(self.undo_fn)


class EvidenceWindow(QMainWindow):
    evidenceChanged = Signal()

    def __init__(self, db_path: str | None, reviewer: str = "", parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle("Evidence — factcheck-gui")
        self.resize(1100, 680)
        self.reviewer = reviewer
        self.store = open_store(db_path)
        self.db_path = db_path
        self.undo_stack = QUndoStack(self)
        self.model = FactsModel(self.store, self)
        self.query: dict = {}
        self._ready = False
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 200, 220, 140, 60, 80, 110)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _: self.edit_fact())
        self.search = QLineEdit(
            placeholderText="Search entity, alias, attribute, keywords", clearButtonEnabled=True
        )
        self.search.returnPressed.connect(self.refresh)
        self.search.textChanged.connect(lambda t: self.refresh() if not t else None)
        self.source_filter = SourceBox(self.store)
        self.source_filter.currentIndexChanged.connect(self.refresh)
        self.stale_only = QCheckBox("Stale only")
        self.stale_only.toggled.connect(self.refresh)
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.source_filter, 1)
        top.addWidget(self.stale_only)
        top.addWidget(self.count_label)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self._toolbar()
        self._ready = True
        self.refresh()

    def _toolbar(self) -> None:
        bar = QToolBar("Evidence")
        self.addToolBar(bar)
        for text, slot, key in (("Add…", self.add_fact, "Ctrl+N"), ("Edit…", self.edit_fact, "Return"),
                                ("Duplicate…", self.duplicate_fact, "Ctrl+Shift+C"), ("Delete", self.delete_fact, "Delete"),
                                ("History…", self.show_history, "Ctrl+H"), ("Import…", self.import_file, "Ctrl+I"),
                                ("Export…", self.export_file, "Ctrl+Shift+E"), ("House dictionary…", self.edit_dictionary, None)):  # fmt: skip
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            bar.addAction(action)
        undo = self.undo_stack.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        bar.addSeparator()
        bar.addAction(undo)
        bar.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    # ------------------------------------------------------------------ browsing

    def refresh(self) -> None:
        t = time.perf_counter()
        needle = self.search.text().strip()
        only = [f.id for f in ed.search(self.store, needle, limit=2000)] if needle else None
        self.query.update(source=self.source_filter.currentData() or "",
                          stale_before=self.model.stale_before if self.stale_only.isChecked() else "", only=only)  # fmt: skip
        self.model.reload(**self.query)
        self.last_query_ms = (time.perf_counter() - t) * 1000
        self.count_label.setText(f"{len(self.model.ids):,} facts")

    def sort_by(self, column: str, descending: bool) -> None:
        if (self.query.get("sort", "id"), self.query.get("descending", False)) == (
            column,
            descending,
        ) and self._ready:
            return
        self.query.update(sort=column, descending=descending)
        if self._ready:  # while the window is built, refresh() loads once at the end
            self.model.reload(**self.query)

    def current_fact(self) -> Fact | None:
        idx = self.table.currentIndex()
        return self.model.fact(idx.row()) if idx.isValid() else None

    def select_fact(self, fact_id: int) -> None:
        try:
            row = list(self.model.ids).index(fact_id)
        except ValueError:
            return
        idx = self.model.index(row, 0)
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)

    # ------------------------------------------------------------------ editing

    def apply(self, fn) -> None:  # type: ignore[no-untyped-def]
        """Run an edit, refresh the table and tell the window the evidence changed."""
        try:
            fn()
        except FactcheckError as exc:
            QMessageBox.warning(self, "Evidence", str(exc))
            return
        self.refresh()
        self.evidenceChanged.emit()

    def _form(
        self, values: dict[str, str] | None, title: str
    ) -> tuple[dict[str, str], object] | None:
        from .fact_form import FactDialog

        dialog = FactDialog(values, title, self)
        self.form = dialog  # kept for tests
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values(), dialog.row

    def add_fact(self, values: dict[str, str] | None = None) -> int | None:
        result = self._form(values, "Add fact")
        if result is None:
            return None
        return self.add_row(*result)

    def add_row(self, values: dict[str, str], row) -> int | None:  # type: ignore[no-untyped-def]
        created: dict[str, int] = {}
        aliases = [a.strip() for a in values.get("aliases", "").split("|") if a.strip()]

        def do() -> None:
            if "id" in created:
                ed.restore_fact(self.store, created["id"], by=self.reviewer)
            else:
                created["id"] = ed.add_fact(self.store, row, by=self.reviewer)
                if aliases:
                    ed.set_aliases(self.store, row.entity, aliases)

        self.undo_stack.push(_Change(self, f"add {row.entity}, {row.attribute}", do,
                                     lambda: ed.delete_fact(self.store, created["id"], by=self.reviewer)))  # fmt: skip
        if "id" in created:
            self.select_fact(created["id"])
        return created.get("id")

    def edit_fact(self) -> None:
        fact = self.current_fact()
        if fact is None:
            return
        shown = fact_values(fact, ed.aliases_of(self.store, fact.entity))
        result = self._form(shown, f"Edit fact #{fact.id}")
        if result is None:
            return
        values, row = result
        # only the fields the editor changed: another window's edit of other fields is kept
        changes = {k: v for k, v in values.items() if k != "aliases" and v != shown.get(k, "")}
        aliases = [a.strip() for a in values.get("aliases", "").split("|") if a.strip()]
        old: dict[str, str] = {}

        def do() -> None:
            old.clear()
            old.update(ed.edit_fact(self.store, fact.id, changes, by=self.reviewer))
            if values.get("aliases", "") != shown.get("aliases", ""):
                ed.set_aliases(self.store, row.entity, aliases)

        self.undo_stack.push(_Change(self, f"edit #{fact.id}", do,
                                     lambda: ed.edit_fact(self.store, fact.id, old, by=self.reviewer)))  # fmt: skip
        self.select_fact(fact.id)

    def duplicate_fact(self) -> None:
        fact = self.current_fact()
        if fact is not None:
            values = fact_values(fact, ed.aliases_of(self.store, fact.entity))
            values["as_of"] = ""
            self.add_fact(values)

    def delete_fact(self) -> None:
        fact = self.current_fact()
        if fact is None:
            return
        self.undo_stack.push(_Change(self, f"delete #{fact.id}",
                                     lambda: ed.delete_fact(self.store, fact.id, by=self.reviewer),
                                     lambda: ed.restore_fact(self.store, fact.id, by=self.reviewer)))  # fmt: skip

    def show_history(self, fact_id: int | None = None) -> None:
        fact = self.current_fact()
        fid = fact_id if fact_id else fact.id if fact else None
        if fid is None:
            fid, ok = QInputDialog.getInt(self, "History", "Fact number:", 1, 1)
            if not ok:
                return
        entries = ed.history(self.store, fid)
        dialog = QDialog(self)
        dialog.setWindowTitle(f"History of fact #{fid}")
        table = QTableWidget(len(entries), 4)
        table.setHorizontalHeaderLabels(["When", "What", "Who", "Changes"])
        for r, h in enumerate(entries):
            changes = ""
            if h["old"] and h["new"]:
                changes = "; ".join(
                    f"{k}: {h['old'][k]} → {h['new'][k]}"
                    for k in h["new"]
                    if h["old"].get(k) != h["new"][k]
                )
            for c, text in enumerate((h["at"], h["action"], h["by"], changes)):
                table.setItem(r, c, QTableWidgetItem(str(text)))
        table.horizontalHeader().setStretchLastSection(True)
        restore = QPushButton("Restore this fact")
        restore.setEnabled(bool(entries) and entries[-1]["action"] == "delete")
        restore.clicked.connect(lambda: (self.undo_stack.push(_Change(self, f"restore #{fid}",
            lambda: ed.restore_fact(self.store, fid, by=self.reviewer),
            lambda: ed.delete_fact(self.store, fid, by=self.reviewer))), dialog.accept()))  # fmt: skip
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(restore)
        dialog.resize(760, 320)
        self.history_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ files

    importFinished = Signal(object)  # ImportResult, or None when it failed or was cancelled

    def import_file(self, path: str | None = None) -> None:
        """Read and validate in a worker, show the preview, then import in a worker: a large
        spreadsheet never freezes the window."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, "Import evidence", "", "Evidence (*.csv *.json)"
            )
            if not path:
                return
        self.statusBar().showMessage(f"Reading {Path(path).name}…")
        self._import_job = ImportJob(path, self.store.path)
        self._import_job.read.connect(self._import_read)
        self._import_job.done.connect(self._import_done)
        self._import_job.failed.connect(self._import_failed)
        self._import_thread = start_in_thread(self._import_job, self)

    def _import_read(self, path: str, good: list, bad: list) -> None:
        dialog = ImportPreview(Path(path).name, good, bad, self)
        self.import_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._import_job.proceed(False)
            self.statusBar().clearMessage()
            self.importFinished.emit(None)
            return
        self.statusBar().showMessage(f"Importing {len(good):,} rows…")
        self._import_job.proceed(True)

    def _import_done(self, result) -> None:  # type: ignore[no-untyped-def]
        self.last_import = result
        self.refresh()
        self.evidenceChanged.emit()
        self.statusBar().showMessage(f"{result.added} facts added, {result.updated} updated, {result.unchanged} already "
                                     f"there, {len(result.errors)} rows skipped; backup: {result.backup or 'none needed'}")  # fmt: skip
        self.importFinished.emit(result)

    def _import_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, "Import", message)
        self.importFinished.emit(None)

    def export_file(self, path: str | None = None, filtered: bool | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export evidence", "evidence.csv", "CSV (*.csv);;JSON (*.json)"
            )
            if not path:
                return
        if filtered is None:
            filtered = (
                len(self.model.ids) < self.store.count_facts()
                and QMessageBox.question(self, "Export", "Export only the facts shown?")
                == QMessageBox.StandardButton.Yes
            )
        rows = self.store.all_rows()
        if filtered:
            keep = {(f.entity, f.attribute, f.value, f.as_of, f.source) for f in
                    ed.facts_by_ids(self.store, list(self.model.ids)).values()}  # fmt: skip
            rows = [r for r in rows if (r.entity, r.attribute, r.value, r.as_of, r.source) in keep]
        text = rows_to_json(rows) if path.lower().endswith(".json") else rows_to_csv(rows)
        Path(path).write_text(text, encoding="utf-8")
        self.statusBar().showMessage(f"{len(rows)} facts exported to {path}")

    def edit_dictionary(self) -> None:
        dialog = DictionaryDialog(self.store, self.reviewer, self)
        self.dictionary_dialog = dialog
        dialog.exec()
        self.evidenceChanged.emit()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        job = getattr(self, "_import_job", None)
        if job is not None:
            job.proceed(False)  # an import still waiting for its go-ahead is dropped
            try:
                self._import_thread.quit()
                self._import_thread.wait(
                    60_000
                )  # an import already running finishes its transaction
            except RuntimeError:  # the thread object is already gone
                pass
        self.store.close()
        super().closeEvent(event)


class ImportJob(QObject):
    """Reads an evidence file, waits for the editor's go-ahead, then imports it, all with its own
    database connection off the GUI thread."""

    read = Signal(str, list, list)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: str, db_path: Path) -> None:
        super().__init__()
        self.path, self.db_path = path, db_path
        self._answer = threading.Event()
        self._go = False

    def proceed(self, go: bool) -> None:
        self._go = go
        self._answer.set()

    @Slot()
    def run(self) -> None:
        try:
            good, bad = read_rows(self.path)
        except FactcheckError as exc:
            self.failed.emit(str(exc))
            return
        self.read.emit(self.path, good, bad)
        self._answer.wait()
        if not self._go:
            self.cancelled.emit()
            return
        try:
            with EvidenceStore(self.db_path, timeout=30) as store:
                result = store.import_rows(good, bad, source_file=Path(self.path).name)
        except FactcheckError as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(result)


class SourceBox(QComboBox):
    """The source filter; its list is read from the database the first time it is opened."""

    def __init__(self, store: EvidenceStore) -> None:
        super().__init__()
        self.store = store
        self.loaded = False
        self.addItem("All sources", "")

    def load(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.blockSignals(True)
            for source in ed.sources(self.store):
                self.addItem(source, source)
            self.blockSignals(False)

    def showPopup(self) -> None:
        self.load()
        super().showPopup()

    def findData(self, data, *args):  # type: ignore[no-untyped-def, override]
        self.load()
        return super().findData(data, *args)


class ImportPreview(QDialog):
    """What an import will do: the first rows, and every bad row with its line and reason."""

    def __init__(self, name: str, good, bad, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle(f"Import {name}")
        self.good_table = QTableWidget(min(len(good), 200), 5)
        self.good_table.setHorizontalHeaderLabels(["Line", "Entity", "Attribute", "Value", "As of"])
        for r, (line, row) in enumerate(good[:200]):
            for c, text in enumerate(
                (line, row.entity, row.attribute, f"{row.value:g} {row.unit}", row.as_of)
            ):
                self.good_table.setItem(r, c, QTableWidgetItem(str(text)))
        self.bad_list = QListWidget()
        self.bad_list.addItems([str(e) for e in bad])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{len(good)} rows will be imported (a backup is taken first)."))
        layout.addWidget(self.good_table)
        layout.addWidget(QLabel(f"{len(bad)} rows will be skipped:" if bad else "No bad rows."))
        layout.addWidget(self.bad_list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 520)


class DictionaryDialog(QDialog):
    def __init__(self, store: EvidenceStore, reviewer: str, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle("House dictionary")
        self.store, self.reviewer = store, reviewer
        self.words = QListWidget()
        self.entry = QLineEdit(placeholderText="Word to accept")
        add = QPushButton("Add")
        add.clicked.connect(self.add)
        self.entry.returnPressed.connect(self.add)
        remove = QPushButton("Remove selected")
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.entry)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words)
        layout.addLayout(row)
        layout.addWidget(remove)
        self.reload()

    def reload(self) -> None:
        self.words.clear()
        for word, by, at, _ in self.store.house_words():
            self.words.addItem(f"{word}    ({by or 'unknown'}, {at[:10]})")

    def add(self) -> None:
        word = self.entry.text().strip()
        if word:
            try:
                self.store.add_words([word], added_by=self.reviewer)
            except FactcheckError as exc:
                QMessageBox.warning(self, "House dictionary", str(exc))
            self.entry.clear()
            self.reload()

    def remove(self) -> None:
        item = self.words.currentItem()
        if item is not None:
            self.store.remove_words([item.text().split()[0]])
            self.reload()
