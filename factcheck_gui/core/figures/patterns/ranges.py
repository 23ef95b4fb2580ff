"""Two figures that make one range: "between 5 and 7", "18 to 20 cents"; a move and a level
("rose $1.20 to $84.60") stay two figures."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import ACTION_VERBS, CHANGE_VERBS
from .common import Quantity

_CHANGE_VERB_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS}|{ACTION_VERBS})\s+(?:by\s+)?$", re.I)


def merge_ranges(qs: list[Quantity], norm: str) -> list[Quantity]:
    """Join "between X and Y" and "X to Y%" into one range figure."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        joined = _join_pair(q, qs[i + 1], norm) if i + 1 < len(qs) else None
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            out.append(q)
            i += 1
    return out


def _join_pair(q: Quantity, r: Quantity, norm: str) -> Quantity | None:
    if q.value is None or r.value is None:
        return None  # a relative date with no article date
    gap = norm[q.end : r.start]
    before = norm[max(0, q.start - 16) : q.start]
    bm = re.search(r"\bbetween\s+$", before, re.I)
    if re.fullmatch(r"\s+and\s+", gap) and bm:
        start = q.start - len(before) + bm.start()
    elif re.fullmatch(r"\s+to\s+", gap) and not re.search(r"\bfrom\s+$", before, re.I):
        bare_then_unit = q.kind == "number" and r.kind in ("percent", "money")
        same_kind = q.kind == r.kind and q.kind in ("money", "percent") and q.unit == r.unit
        if not (bare_then_unit or same_kind) or _CHANGE_VERB_BEFORE.search(before):
            return None  # "rose $1.20 to $84.60" is a move and a level, not a range
        start = q.start
    else:
        return None
    if q.kind not in ("number", r.kind) or (q.kind == r.kind and q.unit != r.unit):
        return None
    if q.is_year_like and r.kind == "date":
        q = replace(q, kind="date", unit="year")
    low = q.value * r.scale if q.scale == 1.0 and r.scale > 1.0 else q.value
    high = r.value
    if high <= low:
        return None
    kind = r.kind if q.kind == "number" else q.kind
    return Quantity(start, r.end, kind, low, r.unit, "range", low, high, min(q.step, r.step),
                    r.period, q.core_start, r.core_end, scale=r.scale)  # fmt: skip


EXAMPLES: list[tuple[str, str, float, str]] = [
    ("between 5% and 7%", "percent", 5, "%"), ("between $5 million and $7 million", "money", 5e6, "USD"),
]  # fmt: skip
