"""Runs every enabled rule family over an article and returns its findings in order."""

from __future__ import annotations

from collections.abc import Callable

from ..figures.claims import Analysis
from . import consistency, grammar, lists, numbers, punctuation, spelling
from .base import ProofConfig, ProofContext, Rule
from .finding import Finding

FAMILIES = (spelling, grammar, punctuation, lists, consistency, numbers)
RULES: tuple[Rule, ...] = tuple(rule for family in FAMILIES for rule in family.RULES)


def rules_by_id() -> dict[str, Rule]:
    return {r.id: r for r in RULES}


def proofread(analysis: Analysis, config: ProofConfig | None = None,
              cancel: Callable[[], bool] | None = None) -> list[Finding]:  # fmt: skip
    """All findings of the enabled rules, by position; one finding per span and kind. `cancel`
    is asked between families and inside their loops; True raises Cancelled."""
    ctx = ProofContext(analysis.article, analysis, config or ProofConfig(), cancel=cancel)
    seen: set[tuple[int, int, str]] = set()
    out: list[Finding] = []
    for family in FAMILIES:
        ctx.checkpoint()
        for f in family.check(ctx):
            key = (f.start, f.end, f.kind)
            if key not in seen:
                seen.add(key)
                out.append(f)
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    return out
