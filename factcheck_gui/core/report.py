"""Reports: the result of a check, as JSON (schema_version 1, see the contract) or text."""

from __future__ import annotations

from dataclasses import dataclass, field

from .figures.claims import Claim
from .proof.finding import Finding
from .text.articles import Article
from .text.normalize import line_col
from .verdicts.matching import Verdict

__all__ = [
    "Finding",
    "ClaimResult",
    "Report",
    "line_col",
    "report_json",
    "report_text",
    "error_json",
    "DATE_SOURCES",
]

SCHEMA_VERSION = 1

# Where an article's date came from, in words (the text report and the window).
DATE_SOURCES = {
    "set": "set by you",
    "metadata": "from the file's metadata",
    "dateline": "from the dateline",
    "created": "the date the document was created",
    "period": "the end of the period its title reports on",
    "cleared": "cleared by you",
}


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    verdict: Verdict | None  # None when the check ran without evidence


@dataclass(frozen=True)
class Report:
    article: Article
    claims: tuple[ClaimResult, ...]
    findings: tuple[Finding, ...]
    main_subject: str
    model: str
    notice: str = ""
    timings: dict[str, float] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "contradicted": 0, "unverified": 0}
        for r in self.claims:
            out[r.verdict.verdict if r.verdict else "unverified"] += 1
        return out


def _num(v: float | None) -> float | None:
    return None if v is None else round(float(v), 6)


def claim_json(r: ClaimResult) -> dict:
    c = r.claim
    d: dict = {
        "id": c.id, "start": c.start, "end": c.end, "text": c.text, "kind": c.kind,
        "value": _num(c.value), "unit": c.unit, "qualifier": c.qualifier,
    }  # fmt: skip
    if c.qualifier == "range":
        d["low"], d["high"] = _num(c.low), _num(c.high)
    if c.period:
        d["period"] = c.period
    if c.relative is not None:
        d["relative"] = relative_json(c.relative)
    v = r.verdict
    d["verdict"] = v.verdict if v else "unverified"
    d["evidence"] = [
        {"fact_id": cand.fact.id, "entity": cand.fact.entity, "attribute": cand.fact.attribute,
         "value": _num(cand.fact.value), "unit": cand.fact.unit, "qualifier": cand.fact.qualifier,
         "as_of": cand.fact.as_of, "source": cand.fact.source, "url": cand.fact.url,
         "sample": cand.fact.is_sample, "score": cand.score}
        for cand in (v.evidence if v else ())
    ]  # fmt: skip
    d["explanation"] = v.explanation if v else "Not checked: no evidence database was given."
    d["stale"] = bool(v and v.stale)
    d["subject"] = c.subject
    d["measure"] = list(c.measure)
    d["sentence"] = {"start": c.sentence_start, "end": c.sentence_end}
    return d


def relative_json(rel: tuple[str, int, str]) -> dict:
    """A date said relative to the article's date: "last year" → {"unit": "year", "offset": -1};
    "the first quarter of last year" adds "part": "Q1", "Dec. 27" is {"unit": "day", "offset": 0,
    "part": "12-27"} (month-day), "in May" {"unit": "month", "offset": 0, "part": "05"}. The claim's
    value is the year it resolves to on the article's date, or null when the article has none."""
    unit, offset, part = rel
    out: dict = {"unit": unit, "offset": offset}
    if part:
        out["part"] = part
    return out


def finding_json(f: Finding) -> dict:
    return {"start": f.start, "end": f.end, "kind": f.kind, "text": f.text, "message": f.message,
            "suggestions": list(f.suggestions), "rule": f.rule}  # fmt: skip


def report_json(report: Report) -> dict:
    a = report.article
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {"source": a.source, "title": a.title, "length": len(a.text),
                    "date": a.date.isoformat() if a.date else None, "date_source": a.date_source or None,
                    "format": a.format, "main_subject": report.main_subject},
        "claims": [claim_json(r) for r in report.claims],
        "findings": [finding_json(f) for f in report.findings],
    }  # fmt: skip


def error_json(source: str, message: str) -> dict:
    return {"schema_version": SCHEMA_VERSION, "article": {"source": source}, "error": message}


def report_text(report: Report) -> str:
    a = report.article
    n = report.counts()
    lines = [
        f"{a.source}: {a.title!r}" if a.title else a.source,
        f"dated {a.date.isoformat()} ({DATE_SOURCES.get(a.date_source, a.date_source)})"
        if a.date
        else "no article date (relative dates are not resolved; give one with --date)",
        f"{len(report.claims)} figures: {n['supported']} supported, {n['contradicted']} contradicted, "
        f"{n['unverified']} unverified; {len(report.findings)} proofreading marks",
    ]
    if report.notice:
        lines.append(f"note: {report.notice}")
    items: list[tuple[int, str]] = []
    for r in report.claims:
        c = r.claim
        ln, col = line_col(a.text, c.start)
        verdict = r.verdict.verdict if r.verdict else "unchecked"
        why = r.verdict.explanation if r.verdict else ""
        items.append(
            (
                c.start,
                f"{ln}:{col}: {verdict.upper():12} {c.kind:8} {_one_line(c.text)!r} {why}".rstrip(),
            )
        )
    for f in report.findings:
        ln, col = line_col(a.text, f.start)
        fix = f" → {f.suggestions[0]!r}" if f.suggestions else ""
        items.append(
            (
                f.start,
                f"{ln}:{col}: {f.kind.upper():12} {f.rule:8} {_one_line(f.text)!r} {f.message}{fix}",
            )
        )
    lines += [s for _, s in sorted(items, key=lambda t: t[0])]
    return "\n".join(lines) + "\n"


def _one_line(s: str) -> str:
    return " ".join(s.split())
