"""Number style: one way of writing scales and percentages per article, and no doubled units."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from .base import ProofContext, Rule
from .finding import Finding

MIXED_SCALE = Rule(
    "format.mixed_scale", "format",
    "The article writes “{text}” here and “{other}” elsewhere{more}; use one style.",
    failing=("Sales hit $1bn. Profit was $2 billion. Costs were $3 billion.",
             "Revenue was €3.2bn and costs €2.1bn. Debt was €5 billion.",
             "It raised $50m, then $80m, then $120 million."),
    passing=("Sales hit $1bn. Profit was $200m.", "Revenue was €3.2 billion and costs €2.1 billion.",
             "It raised 900 mln dlrs, then 1.35 billion dlrs.",
             "1. Acme’s fresh $1B investment in India is no favour, says minister\n"
             "A day after Acme said it would invest an additional $1 billion in India, the minister said he was not impressed.",
             "Acme raised $2 billion in May. “We raised $2bn and will spend it,” its chief said.",
             "Aqualis raised €3.2bn in bonds, while Tsuruga raised 21.54 billion riyals."),
)  # fmt: skip
MIXED_PERCENT = Rule(
    "format.mixed_percent", "format",
    "The article writes “{text}” here and “{other}” elsewhere{more}; use one style.",
    failing=("Sales rose 5% and costs 3%, while margins fell 2 per cent.",
             "Profit rose 12 per cent; costs rose 4 per cent and tax 9%.",
             "Shares fell 3 percent, bonds 1%, and gold 2%."),
    passing=("Sales rose 5% and costs 3%.", "Profit rose 12 per cent and costs 4 per cent.", "Rates rose 25 basis points and 1%.",
             "The Topix index fell 2.5 percent, extending its decline. The S&P 500 declined 1.5 percent on Wednesday.\n"
             "Topix -2.5% to 1,517.16, lowest close since April 2017Nikkei 225 -2.8% at 20,392.58Yen up 0.4% at 112.02",
             "Shares fell 3 percent on Monday. “We are down 3% and that hurts,” the chief executive said."),
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
    prose = _Prose(ctx)
    money = [c for c in ctx.analysis.claims if c.kind == "money" and c.value >= 1000
             and prose.holds(c) and not _WORD_CURRENCY.search(c.text)]  # fmt: skip
    if cfg.enabled(MIXED_SCALE):  # per scale: "900 mln" with "1.35 billion" is a wire's style
        marks = [f for abbrev, words in _SCALE_STYLES.values() for f in _mixed(MIXED_SCALE, [
            (c, "abbrev" if abbrev.search(c.text) else "words" if words.search(c.text) else None)
            for c in money], text)]  # fmt: skip
        yield from sorted(marks, key=lambda f: f.start)[:1]
    percents = [
        c for c in ctx.analysis.claims if c.kind == "percent" and c.unit == "%" and prose.holds(c)
    ]
    if cfg.enabled(MIXED_PERCENT):
        yield from _mixed(MIXED_PERCENT, [(c, "sign" if _PCT_SIGN.search(c.text) else "word" if _PCT_WORD.search(c.text) else None)
                                          for c in percents], text)  # fmt: skip
    if cfg.enabled(DOUBLED_UNIT):
        for m in _DOUBLED.finditer(ctx.norm):
            s, e = m.span("pct") if m.group("pct") else m.span()
            yield DOUBLED_UNIT.finding(s, e, text, DOUBLED_UNIT.message.format(text=text[s:e]))


def _mixed(rule: Rule, styled, text: str) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """One mark for the article: at the first figure of the less used style, naming the other."""
    styles = [(c, s) for c, s in styled if s]
    counts = Counter(s for _, s in styles)
    if len(counts) < 2:
        return
    major = max(counts, key=lambda s: (counts[s], -min(c.start for c, st in styles if st == s)))
    example = next(c.text for c, s in styles if s == major)
    minority = sorted((c for c, s in styles if s != major), key=lambda c: c.start)
    first = minority[0]
    more = f" ({len(minority)} figures are written like this one)" if len(minority) > 1 else ""
    yield rule.finding(
        first.start, first.end, text, rule.message.format(text=first.text, other=example, more=more)
    )


class _Prose:
    """Where a figure's style is the article's own: running sentences of the body. Titles,
    headings and headline-like lines (an item's title with no full stop) follow headline style;
    quotations are the speaker's; data lines ("Topix -2.5% to 1,517.16; Nikkei -2.8%") and
    table rows follow the house style for data."""

    def __init__(self, ctx: ProofContext) -> None:
        self.text = ctx.text
        self.blocks = sorted((b.start, b.end, b) for b in ctx.article.blocks)
        self.starts = [s for s, _, _ in self.blocks]
        self.quotes: list[tuple[int, int]] = []
        for start, end, _ in self.blocks:
            self.quotes += _quoted(self.text, start, end)
        self.quote_starts = [s for s, _ in self.quotes]

    def holds(self, c) -> bool:  # type: ignore[no-untyped-def]
        i = bisect_right(self.starts, c.start) - 1
        if i < 0 or c.start >= self.blocks[i][1]:
            return False
        block = self.blocks[i][2]
        if block.kind in ("title", "heading") or block.row:
            return False
        j = bisect_right(self.quote_starts, c.start) - 1
        if j >= 0 and c.start < self.quotes[j][1]:
            return False
        line_start = self.text.rfind("\n", 0, c.start) + 1
        line_end = self.text.find("\n", c.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
        return not _headline_like(line) and not _data_line(line)


def _headline_like(line: str) -> bool:
    """A line of its own with no full stop at its end: a title ("6. Acme’s fresh $1B investment
    in India is no favour, says minister")."""
    return not re.search(r"[.!?:;…\"”’)]$", line)


def _data_line(line: str) -> bool:
    """A line of market data: signed moves ("Topix -2.5% to 1,517.16", "Takeda +7%"). (Tables
    are rows, and lines of figures with no full stop at the end are headline-like.)"""
    return _SIGNED.search(line) is not None


def _quoted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a paragraph inside quotation marks; an opening one never closed runs to the
    paragraph's end (a quotation that goes on in the next paragraph)."""
    spans = []
    body = text[start:end]
    for m in _QUOTE.finditer(body):
        spans.append((start + m.start(), start + m.end()))
    return spans


# "21.54 billion riyals", "900 mln dlrs": a currency named in words takes its scale in words
_WORD_CURRENCY = re.compile(
    r"\d\S*\s+(?:[a-z]+\s+)?(?!(?:billion|million|trillion|thousand|bln|mln)$)[a-z]{3,}$"
)
_SIGNED = re.compile(r"(?:^|[\s(:;,])[+\-−]\d")
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.M)
