"""What a reviewer sees of a report, in the window and the PDF: one Mark per claim and per finding,
with its colour and symbol (Qt-free; no verdicts decided here)."""

from __future__ import annotations

import hashlib
import html
from bisect import bisect_right
from dataclasses import dataclass

from .report import ClaimResult, Finding, Report

# Okabe & Ito's palette stays distinct for the common colour-vision deficiencies; every mark
# also carries a symbol and a word, so colour is never the only cue.
VERDICT_COLOURS = {"supported": "#009E73", "contradicted": "#D55E00", "unverified": "#56B4E9"}
VERDICT_SYMBOLS = {"supported": "✔", "contradicted": "✖", "unverified": "?"}
FINDING_COLOURS = {
    "spelling": "#CC79A7", "grammar": "#0072B2", "bullet": "#E69F00", "repetition": "#CC79A7",
    "punctuation": "#E69F00", "consistency": "#D55E00", "format": "#999999",
}  # fmt: skip
FINDING_SYMBOL = "✎"


@dataclass(frozen=True)
class Mark:
    key: str  # stable for the same article content: decisions are saved under it
    category: str  # claim | finding
    start: int
    end: int
    label: str  # verdict for claims, kind for findings
    text: str
    summary: str  # one line for the panel
    tooltip: str
    colour: str
    line: int
    claim: ClaimResult | None = None
    finding: Finding | None = None

    @property
    def symbol(self) -> str:
        return (
            VERDICT_SYMBOLS.get(self.label, FINDING_SYMBOL)
            if self.category == "claim"
            else FINDING_SYMBOL
        )


def content_key(text: str) -> str:
    """Identifies an article by its content, so decisions come back when it is reopened."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def marks_from(report: Report) -> list[Mark]:
    text = report.article.text
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]

    def line_of(offset: int) -> int:
        return bisect_right(newlines, offset - 1) + 1

    marks: list[Mark] = []
    for r in report.claims:
        c = r.claim
        verdict = r.verdict.verdict if r.verdict else "unverified"
        why = r.verdict.explanation if r.verdict else ""
        tip = f"<b>{VERDICT_SYMBOLS[verdict]} {verdict.capitalize()}</b> · {html.escape(c.kind)}<br>{html.escape(why)}"
        marks.append(Mark(f"claim:{c.start}:{c.end}:{c.text}", "claim", c.start, c.end, verdict, c.text,
                          why, tip, VERDICT_COLOURS[verdict], line_of(c.start), claim=r))  # fmt: skip
    for f in report.findings:
        fix = f" → {f.suggestions[0]}" if f.suggestions else ""
        tip = f"<b>{FINDING_SYMBOL} {f.kind.capitalize()}</b> · {html.escape(f.rule)}<br>{html.escape(f.message + fix)}"
        marks.append(Mark(f"finding:{f.rule}:{f.start}:{f.end}", "finding", f.start, f.end, f.kind, f.text,
                          f.message + fix, tip, FINDING_COLOURS.get(f.kind, "#999999"), line_of(f.start),
                          finding=f))  # fmt: skip
    marks.sort(key=lambda m: (m.start, m.category))
    return marks
