"""Details of the selected mark: the evidence considered and why the verdict came out so."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser

from ..core.marks import Mark
from ..core.verdicts.matching import describe
from .decisions import Decision


class DetailsView(QTextBrowser):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setPlaceholderText("Select a mark to see its evidence and explanation.")

    def show_mark(self, mark: Mark | None, decision: Decision | None = None) -> None:
        if mark is None:
            self.clear()
            return
        e = html.escape
        parts = [
            f"<h3>{e(mark.symbol)} {e(mark.label.capitalize())}: “{e(' '.join(mark.text.split()))}” (line {mark.line})</h3>"
        ]
        if mark.claim is not None:
            c, v = mark.claim.claim, mark.claim.verdict
            parts.append(
                f"<p><b>{e(c.kind)}</b>: {e(describe(c.value, c.unit, c.qualifier, c.kind, c.low, c.high))}"
                f" · qualifier <i>{e(c.qualifier)}</i> · about <i>{e(c.subject or 'unknown')}</i>"
                + (f" · period {e(c.period)}" if c.period and c.period != "earlier" else "")
                + "</p>"
            )
            parts.append(f"<p>{e(v.explanation if v else 'Not checked.')}</p>")
            if v and v.evidence:
                rows = "".join(
                    f"<tr><td>{e(x.fact.entity)}</td><td>{e(x.fact.attribute)}</td>"
                    f"<td>{e(describe(x.fact.value, x.fact.unit, x.fact.qualifier, c.kind))}</td><td>{e(x.fact.as_of)}</td>"
                    f"<td>{_source(x.fact.source, x.fact.url)}{' (sample)' if x.fact.is_sample else ''}</td>"
                    f"<td>{x.score:.2f}</td></tr>"
                    for x in v.evidence
                )
                parts.append("<p><b>Evidence considered</b></p><table border='1' cellspacing='0' cellpadding='3'>"
                             "<tr><th>Entity</th><th>Attribute</th><th>Value</th><th>As of</th><th>Source</th>"
                             f"<th>Score</th></tr>{rows}</table>")  # fmt: skip
        elif mark.finding is not None:
            f = mark.finding
            parts.append(f"<p>{e(f.message)}</p><p>Rule <code>{e(f.rule)}</code></p>")
            if f.suggestions:
                parts.append(
                    "<p>Suggestion: " + ", ".join(f"<b>{e(s)}</b>" for s in f.suggestions) + "</p>"
                )
        if decision and decision != Decision():
            parts.append(
                "<p><b>Your decision</b>: "
                + e(
                    ", ".join(
                        p
                        for p in (
                            decision.status,
                            f"verdict set to {decision.override}" if decision.override else "",
                        )
                        if p
                    )
                )
                + (f"<br>Note: {e(decision.note)}" if decision.note else "")
                + (f"<br>By {e(decision.reviewer)}" if decision.reviewer else "")
                + "</p>"
            )
        self.setHtml("".join(parts))


def _source(source: str, url: str) -> str:
    label = html.escape(source or "source")
    return f"<a href='{html.escape(url, quote=True)}'>{label}</a>" if url else label
