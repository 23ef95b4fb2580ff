"""The panel of marks: claims and findings in a table, filtered by verdict or kind, searchable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.marks import Mark
from ..core.verdicts.matching import describe
from .decisions import Decision
from .style import tint

COLUMNS = ["", "Mark", "Text", "Reading", "Line", "Details", "Decision"]
FILTERS = [
    ("All marks", lambda m: True),
    ("Claims", lambda m: m.category == "claim"),
    ("✖ Contradicted", lambda m: m.label == "contradicted"),
    ("? Unverified", lambda m: m.label == "unverified"),
    ("✔ Supported", lambda m: m.label == "supported"),
    ("Findings", lambda m: m.category == "finding"),
    ("Spelling", lambda m: m.category == "finding" and m.label == "spelling"),
    ("Grammar", lambda m: m.category == "finding" and m.label in ("grammar", "repetition")),
    (
        "Lists and punctuation",
        lambda m: m.category == "finding" and m.label in ("bullet", "punctuation"),
    ),
    (
        "Figures and style",
        lambda m: m.category == "finding" and m.label in ("consistency", "format"),
    ),
]


class MarksModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.marks: list[Mark] = []
        self.decisions: dict[str, Decision] = {}

    def set_marks(self, marks: list[Mark], decisions: dict[str, Decision]) -> None:
        self.beginResetModel()
        self.marks, self.decisions = marks, decisions
        self.endResetModel()

    def update_decision(self, key: str, decision: Decision) -> None:
        self.decisions[key] = decision
        for row, m in enumerate(self.marks):
            if m.key == key:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
        return 0 if parent.isValid() else len(self.marks)

    def columnCount(self, parent=QModelIndex()) -> int:  # type: ignore[no-untyped-def]  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        m = self.marks[index.row()]
        col = index.column()
        d = self.decisions.get(m.key, Decision())
        if role == Qt.ItemDataRole.DisplayRole:
            label = (d.override or m.label) if m.category == "claim" else m.label
            return [
                m.symbol,
                label,
                " ".join(m.text.split()),
                _reading(m),
                str(m.line),
                m.summary,
                _decision_text(d),
            ][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.tooltip
        if role == Qt.ItemDataRole.BackgroundRole and col in (0, 1):
            return QBrush(tint(m.colour, 90))
        if role == Qt.ItemDataRole.ForegroundRole and d.status == "dismissed":
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.UserRole:
            return m.key
        return None


def _reading(m: Mark) -> str:
    """How the figure was read (kind, value, qualifier), or the rule of a finding."""
    if m.claim is not None:
        c = m.claim.claim
        return f"{c.kind}: {describe(c.value, c.unit, c.qualifier, c.kind, c.low, c.high)}"
    return m.finding.rule if m.finding is not None else ""


def _decision_text(d: Decision) -> str:
    parts = [
        p
        for p in (d.status, f"set to {d.override}" if d.override else "", "note" if d.note else "")
        if p
    ]
    return ", ".join(parts)


class MarksFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.predicate = FILTERS[0][1]
        self.needle = ""

    def set_filter(self, index: int, needle: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter() is deprecated there
            self.beginFilterChange()
        self.predicate = FILTERS[index][1]
        self.needle = needle.lower().strip()
        if hasattr(self, "endFilterChange"):
            self.endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:  # type: ignore[no-untyped-def]
        m = self.sourceModel().marks[row]  # type: ignore[attr-defined]
        if not self.predicate(m):
            return False
        return not self.needle or self.needle in f"{m.text} {m.summary} {m.label}".lower()


class MarksPanel(QWidget):
    """Filter box, search box and the table. Emits the key of the mark the editor picks."""

    markSelected = Signal(str)

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.model = MarksModel(self)
        self.proxy = MarksFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QComboBox()
        self.filter_box.addItems([name for name, _ in FILTERS])
        self.filter_box.setAccessibleName("Show")
        self.search = QLineEdit(placeholderText="Search marks", clearButtonEnabled=True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((28, 100, 170, 170, 44, 280, 90)):
            self.table.setColumnWidth(col, width)
        top = QHBoxLayout()
        top.addWidget(self.filter_box)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.filter_box.currentIndexChanged.connect(self._refilter)
        self.search.textChanged.connect(self._refilter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _refilter(self) -> None:
        self.proxy.set_filter(self.filter_box.currentIndex(), self.search.text())

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid():
            self.markSelected.emit(self.proxy.data(current, Qt.ItemDataRole.UserRole))

    def select_key(self, key: str) -> bool:
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            if self.proxy.data(idx, Qt.ItemDataRole.UserRole) == key:
                self.table.setCurrentIndex(idx)
                self.table.scrollTo(idx)
                return True
        return False

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) mark in the panel's order (F8, Shift+F8)."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        row = (current + delta) % rows if current >= 0 else (0 if delta > 0 else rows - 1)
        idx = self.proxy.index(row, 0)
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)

    def current_key(self) -> str | None:
        idx = self.table.currentIndex()
        return self.proxy.data(idx, Qt.ItemDataRole.UserRole) if idx.isValid() else None
