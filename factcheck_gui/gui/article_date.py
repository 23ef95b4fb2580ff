"""The article's date: where the window shows it, and the dialog in which the editor sets,
clears or gives back to the file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.report import DATE_SOURCES
from ..core.text.dates import parse_iso_date
from ..core.text.model import Article


@dataclass(frozen=True)
class DateChoice:
    """What the editor chose for an article's date: a date of their own, or none at all
    (`date` None). No choice (None in its place) means the file's own date."""

    date: dt.date | None


def date_text(article: Article | None) -> str:
    """ "Dated 2020-03-03 (from the file's metadata)", for the toolbar."""
    if article is None:
        return ""
    if article.date is None:
        return "No article date" + (" (cleared by you)" if article.date_source == "cleared" else "")
    where = DATE_SOURCES.get(article.date_source, article.date_source)
    return f"Dated {article.date.isoformat()}" + (f" ({where})" if where else "")


class ArticleDateDialog(QDialog):
    """Set the date (YYYY-MM-DD), say there is none, or use the file's own again. After
    exec(): `choice` is a DateChoice, or None for the file's own date; `changed` is False when
    the editor cancelled."""

    def __init__(self, article: Article | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article date")
        self.choice: DateChoice | None = None
        self.changed = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                "The date the article was published. Relative dates (“last year”, “earlier this "
                "month”) are read against it."
            )
        )
        self.current = QLabel(date_text(article) or "No article open")
        layout.addWidget(self.current)
        self.edit = QLineEdit(article.date.isoformat() if article and article.date else "")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        layout.addWidget(self.edit)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.none_button = QPushButton("No date")
        self.file_button = QPushButton("Use the file’s date")
        buttons.addButton(self.none_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept_text)
        buttons.rejected.connect(self.reject)
        self.none_button.clicked.connect(lambda: self._done(DateChoice(None)))
        self.file_button.clicked.connect(lambda: self._done(None))
        layout.addWidget(buttons)

    def accept_text(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._done(DateChoice(None))
            return
        try:
            self._done(DateChoice(parse_iso_date(text)))
        except ValueError as exc:
            self.error.setText(str(exc))

    def _done(self, choice: DateChoice | None) -> None:
        self.choice, self.changed = choice, True
        self.accept()
