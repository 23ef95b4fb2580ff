"""Colours and labels of marks: a palette for colour-blind readers (Okabe–Ito), light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Okabe & Ito's palette stays distinct for the common colour-vision deficiencies; every mark
# also carries a symbol and a word, so colour is never the only cue.
VERDICT_COLOURS = {"supported": "#009E73", "contradicted": "#D55E00", "unverified": "#56B4E9"}
VERDICT_SYMBOLS = {"supported": "✔", "contradicted": "✖", "unverified": "?"}
FINDING_COLOURS = {
    "spelling": "#CC79A7", "grammar": "#0072B2", "bullet": "#E69F00", "repetition": "#CC79A7",
    "punctuation": "#E69F00", "consistency": "#D55E00", "format": "#999999",
}  # fmt: skip
FINDING_SYMBOL = "✎"
TINT_ALPHA = 70  # highlight strength behind text, readable on light and dark backgrounds


def tint(hex_colour: str, alpha: int = TINT_ALPHA) -> QColor:
    c = QColor(hex_colour)
    c.setAlpha(alpha)
    return c
