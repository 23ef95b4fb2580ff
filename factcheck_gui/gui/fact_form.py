"""The form for one fact: values as an editor types them, checked before they are saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,  # fmt: skip
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.evidence import edit as ed
from ..core.evidence.formats import QUALIFIERS, FactRow
from ..core.verdicts.matching import describe

UNITS = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "CHF",
    "%",
    "count",
    "year",
    "month",
    "pp",
    "bp",
    "tonnes",
    "barrels",
    "points",
]


class FactDialog(QDialog):
    """Add or edit a fact. `values` pre-fills the form (from a fact, or from a claim)."""

    def __init__(
        self,
        values: dict[str, str] | None = None,
        title: str = "Fact",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        v = values or {}
        self.entity = QLineEdit(v.get("entity", ""))
        self.aliases = QLineEdit(
            v.get("aliases", ""), placeholderText="Other names, separated by |"
        )
        self.attribute = QLineEdit(v.get("attribute", ""), placeholderText="annual revenue")
        self.keywords = QLineEdit(v.get("keywords", ""), placeholderText="revenue|sales|turnover")
        self.value = QLineEdit(
            v.get("value", ""), placeholderText="1.2bn, $1 billion, 12.5% or 1200000000"
        )
        self.reading = QLabel()
        self.unit = QComboBox(editable=True)
        self.unit.addItems(UNITS)
        self.unit.setCurrentText(v.get("unit", ""))
        self.qualifier = QComboBox()
        self.qualifier.addItems(["exact", *sorted(QUALIFIERS - {"exact"})])
        self.qualifier.setCurrentText(v.get("qualifier") or "exact")
        self.as_of = QLineEdit(v.get("as_of", ""), placeholderText="2025-07 or 2025-07-31 or 2025")
        self.pick = QPushButton("Pick…")
        self.pick.clicked.connect(self._pick_date)
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(self.as_of, 1)
        as_of_row.addWidget(self.pick)
        self.source = QLineEdit(v.get("source", ""))
        self.url = QLineEdit(v.get("url", ""), placeholderText="https://…")
        self.notes = QPlainTextEdit(v.get("notes", ""))
        self.notes.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setStyleSheet("color: #D55E00;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (("Entity", self.entity), ("Aliases", self.aliases), ("Attribute", self.attribute),
                              ("Keywords", self.keywords), ("Value", self.value), ("", self.reading),
                              ("Unit", self.unit), ("Qualifier", self.qualifier), ("As of", as_of_row),
                              ("Source", self.source), ("URL", self.url), ("Notes", self.notes)):  # fmt: skip
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.value.textChanged.connect(self._show_reading)
        self.unit.currentTextChanged.connect(self._show_reading)
        self._show_reading()
        self.row: FactRow | None = None

    def _pick_date(self) -> None:
        """A calendar for the as-of date; the field still takes a year or a year-month typed by hand."""
        dialog = QDialog(self)
        dialog.setWindowTitle("As of")
        calendar = QCalendarWidget()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        self.calendar = calendar
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.as_of.setText(calendar.selectedDate().toString("yyyy-MM-dd"))

    def values(self) -> dict[str, str]:
        return {"entity": self.entity.text(), "aliases": self.aliases.text(), "attribute": self.attribute.text(),
                "keywords": self.keywords.text(), "value": self.value.text(), "unit": self.unit.currentText(),
                "qualifier": self.qualifier.currentText(), "as_of": self.as_of.text(), "source": self.source.text(),
                "url": self.url.text(), "notes": self.notes.toPlainText()}  # fmt: skip

    def _show_reading(self) -> None:
        try:
            value, unit = ed.parse_typed_value(self.value.text())
        except ValueError as exc:
            self.reading.setText(str(exc) if self.value.text().strip() else "")
            return
        if unit and unit != self.unit.currentText():
            self.unit.setCurrentText(unit)  # "$1.25 billion" is in dollars, whatever the unit said
        unit = unit or self.unit.currentText() or ""
        kind = (
            "money"
            if len(unit) == 3 and unit.isupper()
            else "date"
            if unit == "year" and 1000 <= value <= 2200
            else ""
        )
        self.reading.setText(f"= {describe(value, unit, 'exact', kind)}  ({value:g})")

    def accept(self) -> None:
        try:
            self.row = ed.row_for(self.values())
        except ValueError as exc:
            self.error.setText(str(exc).capitalize())
            return
        super().accept()
