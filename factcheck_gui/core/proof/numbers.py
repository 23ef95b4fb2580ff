"""Number style: one way of writing scales and percentages per article, and no doubled units."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import ProofContext, Rule
from .finding import Finding

MIXED_SCALE = Rule(
    "format.mixed_scale", "format", "“{text}” is written “{other}” style elsewhere in the article; use one style.",
    failing=("Sales hit $1bn. Profit was $2 billion. Costs were $3 billion.",
             "Revenue was €3.2bn and costs €2.1bn. Debt was €5 billion.",
             "It raised $50m, then $80m, then $120 million."),
    passing=("Sales hit $1bn. Profit was $200m.", "Revenue was €3.2 billion and costs €2.1 billion.",
             "It raised 900 mln dlrs, then 1.35 billion dlrs."),
)  # fmt: skip
MIXED_PERCENT = Rule(
    "format.mixed_percent", "format", "“{text}” differs from “{other}” used elsewhere; use one style.",
    failing=("Sales rose 5% and costs 3%, while margins fell 2 per cent.",
             "Profit rose 12 per cent; costs rose 4 per cent and tax 9%.",
             "Shares fell 3 percent, bonds 1%, and gold 2%."),
    passing=("Sales rose 5% and costs 3%.", "Profit rose 12 per cent and costs 4 per cent.", "Rates rose 25 basis points and 1%."),
)  # fmt: skip
DOUBLED_UNIT = Rule(
    "format.doubled_unit", "format", "The unit is written twice in “{text}”.",
    failing=("It paid $10 dollars a share.", "A fine of €5m euros was imposed.", "Prices rose 5% percent."),
    passing=("It paid $10 a share.", "A fine of 5 million euros was imposed.", "Prices rose 5 percent."),
)  # fmt: skip
RULES = (MIXED_SCALE, MIXED_PERCENT, DOUBLED_UNIT)

# Styles are compared per scale: "$1bn" with "$1 billion" is a mix; "900 mln" with
# "1.35 billion" is the wire's house style (millions abbreviated, billions spelled out).
_SCALE_STYLES = {
    "billion": (re.compile(r"\d\s?(?:bn|bln|b)\b", re.I), re.compile(r"\d\s?billion\b", re.I)),
    "million": (re.compile(r"\d\s?(?:m|mn|mln)\b", re.I), re.compile(r"\d\s?million\b", re.I)),
    "trillion": (re.compile(r"\d\s?(?:tn|trn)\b", re.I), re.compile(r"\d\s?trillion\b", re.I)),
}
_PCT_SIGN = re.compile(r"\d\s?%")
_PCT_WORD = re.compile(r"\d\s?(?:per\s?cent|percent)\b", re.I)
# Possessive runs, and a percentage tried once per run of figures (from its first digit, group
# "pct"): linear on "1,1,1,…" and on long runs of spaces.
_DOUBLED = re.compile(
    r"[$€£¥]\s?\d[\d,.]*+(?:\s*+(?:bn|mn|m|k|billion|million|thousand|trillion)\s++|\s++)(?:dollars?|euros?|pounds?|yen)\b"
    r"|(?<![\d,.])[,.]*+(?P<pct>\d[\d,.]*+\s?%\s*+(?:per\s?cent|percent|pct)\b)",
    re.I,
)


def check(ctx: ProofContext) -> Iterator[Finding]:
    text, cfg = ctx.text, ctx.config
    money = [c for c in ctx.analysis.claims if c.kind == "money" and c.value >= 1000]
    if cfg.enabled(MIXED_SCALE):
        for abbrev, words in _SCALE_STYLES.values():
            styled = [
                (
                    c,
                    "abbrev"
                    if abbrev.search(c.text)
                    else "words"
                    if words.search(c.text)
                    else None,
                )
                for c in money
            ]
            yield from _mixed(MIXED_SCALE, styled, text)
    percents = [c for c in ctx.analysis.claims if c.kind == "percent" and c.unit == "%"]
    if cfg.enabled(MIXED_PERCENT):
        yield from _mixed(MIXED_PERCENT, [(c, "sign" if _PCT_SIGN.search(c.text) else "word" if _PCT_WORD.search(c.text) else None)
                                          for c in percents], text)  # fmt: skip
    if cfg.enabled(DOUBLED_UNIT):
        for m in _DOUBLED.finditer(ctx.norm):
            s, e = m.span("pct") if m.group("pct") else m.span()
            yield DOUBLED_UNIT.finding(s, e, text, DOUBLED_UNIT.message.format(text=text[s:e]))


def _mixed(rule: Rule, styled, text: str) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    styles = [(c, s) for c, s in styled if s]
    counts: dict[str, int] = {}
    for _, s in styles:
        counts[s] = counts.get(s, 0) + 1
    if len(counts) < 2:
        return
    major = max(counts, key=lambda s: (counts[s], -min(c.start for c, st in styles if st == s)))
    example = next(c.text for c, s in styles if s == major)
    for c, s in styles:
        if s != major:
            yield rule.finding(
                c.start, c.end, text, rule.message.format(text=c.text, other=example), ()
            )
