"""Settings (QSettings) and the Preferences dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.proof import RULES

FAMILIES = sorted({r.family for r in RULES})
MAX_RECENT = 10


class Settings:
    """Typed access to the app's QSettings."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings or QSettings("factcheck-gui", "factcheck-gui")

    def _get(self, key: str, default, kind=str):  # type: ignore[no-untyped-def]
        value = self.q.value(key, default)
        if kind is bool:
            return value in (True, "true", "1", 1)
        if kind is list:
            return (
                []
                if value in (None, "")
                else list(value)
                if isinstance(value, (list, tuple))
                else [value]
            )
        return value

    @property
    def db_path(self) -> str:
        return self._get("db_path", "") or ""

    @db_path.setter
    def db_path(self, value: str) -> None:
        self.q.setValue("db_path", value)

    @property
    def reviewer(self) -> str:
        return self._get("reviewer", "") or ""

    @reviewer.setter
    def reviewer(self, value: str) -> None:
        self.q.setValue("reviewer", value)

    @property
    def reopen_last(self) -> bool:
        return self._get("reopen_last", True, bool)

    @reopen_last.setter
    def reopen_last(self, value: bool) -> None:
        self.q.setValue("reopen_last", value)

    @property
    def disabled_checks(self) -> list[str]:
        return self._get("disabled_checks", [], list)

    @disabled_checks.setter
    def disabled_checks(self, value: list[str]) -> None:
        self.q.setValue("disabled_checks", value)

    @property
    def recent_files(self) -> list[str]:
        return self._get("recent_files", [], list)

    def add_recent(self, path: str) -> None:
        files = [path] + [p for p in self.recent_files if p != path]
        self.q.setValue("recent_files", files[:MAX_RECENT])


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.settings = settings
        self.db = QLineEdit(settings.db_path, placeholderText="Your own database (default)")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.db)
        row.addWidget(browse)
        self.reviewer = QLineEdit(settings.reviewer)
        self.reopen = QCheckBox("Reopen the last article on start")
        self.reopen.setChecked(settings.reopen_last)
        form = QFormLayout()
        form.addRow("Evidence database", row)
        form.addRow("Reviewer name", self.reviewer)
        form.addRow("", self.reopen)
        checks = QGroupBox("Proofreading checks")
        box = QHBoxLayout(checks)
        family_box = QVBoxLayout()
        self.families: dict[str, QCheckBox] = {}
        for family in FAMILIES:
            cb = QCheckBox(family.capitalize())
            cb.setChecked(family not in settings.disabled_checks)
            family_box.addWidget(cb)
            self.families[family] = cb
        family_box.addStretch(1)
        # One by one: each rule, with its message as a tooltip.
        self.rules = QListWidget()
        for rule in RULES:
            item = QListWidgetItem(rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked
                if rule.id in settings.disabled_checks
                else Qt.CheckState.Checked
            )
            item.setToolTip(rule.message)
            self.rules.addItem(item)
        box.addLayout(family_box)
        box.addWidget(self.rules, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(checks)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Evidence database", self.db.text(), "SQLite database (*.db)",
                                              options=QFileDialog.Option.DontConfirmOverwrite)  # fmt: skip
        if path:
            self.db.setText(path)

    def accept(self) -> None:
        self.settings.db_path = self.db.text().strip()
        self.settings.reviewer = self.reviewer.text().strip()
        self.settings.reopen_last = self.reopen.isChecked()
        rules_off = [self.rules.item(i).text() for i in range(self.rules.count())
                     if self.rules.item(i).checkState() != Qt.CheckState.Checked]  # fmt: skip
        self.settings.disabled_checks = [
            f for f, cb in self.families.items() if not cb.isChecked()
        ] + rules_off
        super().accept()
