"""Qt colours of marks: the palette (in core.marks) as translucent tints, readable light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..core.marks import FINDING_COLOURS, FINDING_SYMBOL, VERDICT_COLOURS, VERDICT_SYMBOLS

__all__ = [
    "FINDING_COLOURS",
    "FINDING_SYMBOL",
    "VERDICT_COLOURS",
    "VERDICT_SYMBOLS",
    "TINT_ALPHA",
    "tint",
]

TINT_ALPHA = 70  # highlight strength behind text, readable on light and dark backgrounds


def tint(hex_colour: str, alpha: int = TINT_ALPHA) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c
