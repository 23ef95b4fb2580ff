"""Figures that disagree: two claims about the same subject and measure whose intervals do not meet."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator

from ..evidence.store import name_key
from ..figures.claims import Claim
from ..figures.lexicon import MEASURE_WORDS
from ..verdicts.intervals import canonical_unit, claim_interval
from ..verdicts.matching import stem
from .base import ProofContext, Rule
from .finding import Finding

FIGURES = Rule(
    "consistency.figures", "consistency", "“{text}” disagrees with “{other}” (line {line}) about {what}.",
    failing=("Acme will cut 1,200 jobs this year. Unions fear the 1,500 job cuts will hit plants.",
             "Regulators fined Acme £850m on Monday. The £780m fine is the largest this year.",
             "Acme was founded in 1962. Since it was founded in 1965, it has grown."),
    passing=("Acme will cut 1,200 jobs this year. Unions welcomed the 1,200 job cuts.",
             "Revenue was $5bn in 2024 and $4bn in 2023. Revenue of $5bn in 2024 was a record.",
             "Net profit rose to $412 million from $380 million a year earlier. Net profit of $412 million beat forecasts."),
)  # fmt: skip
RULES = (FIGURES,)

_EVENTS = {
    "found",
    "launch",
    "open",
    "establish",
    "list",
    "start",
    "creat",
    "spun",
    "incorpor",
    "acquir",
}
_MAX_BUCKET = 40
MAX_RATIO = 1.6  # restated figures that disagree are near each other ("1,200" vs "1,500 job cuts")
# Sentences that compare or enumerate figures on purpose are left alone.
# (A figure "from" an earlier period is set aside on its own: its period is "earlier".)
_COMPARING = re.compile(
    r"\b(?:vs|versus|compared|against|other|another|remaining|additional|further|respectively|each|per|"
    r"average|between)\b",
    re.I,
)


# Words that name the same measure: "4,500 people" and "4,100 employees" are both a headcount.
_SYNONYMS = {stem(w): group for group, words in {
    "headcount": ("people", "employees", "staff", "workers", "workforce", "headcount", "employs", "employ"),
    "revenue": ("revenue", "revenues", "sales", "turnover"),
}.items() for w in words}  # fmt: skip


def _signature(c: Claim) -> frozenset[str]:
    """Stems that say what a figure measures: its counted noun and the measure words right by it."""
    near = {stem(w) for w, weight in c.context if weight >= 1.0}
    words = {w for w in near if w in _MEASURE_STEMS or (c.kind == "date" and w in _EVENTS)}
    if c.kind == "count" and c.unit not in ("count", "") and c.unit not in _CURRENCY_NOUNS:
        words.add(stem(c.unit))
    return frozenset(_SYNONYMS.get(w, w) for w in words)


# Amounts in currencies the parser does not know ("5 billion francs") say nothing of what is measured.
_CURRENCY_NOUNS = frozenset(
    [
        "francs",
        "forints",
        "kronor",
        "kroner",
        "crowns",
        "zlotys",
        "pesos",
        "rupees",
        "rand",
        "lira",
        "lire",
        "marks",
        "guilders",
        "schillings",
        "drachmas",
        "pesetas",
        "escudos",
        "dinars",
        "dirhams",
        "riyals",
        "ringgit",
        "baht",
        "rupiah",
        "shekels",
    ]
)


_MEASURE_STEMS = frozenset(stem(w) for w in MEASURE_WORDS) | {
    stem(w) for w in ("fine", "cuts", "deal", "bid", "offer")
}


# Estimates and targets may differ from results; a plan ("will cut 1,200 jobs") is still a figure.
_ESTIMATE = re.compile(
    r"\b(?:expects?|expected|forecasts?|guidance|guided|targets?|estimates?|estimated|projected|could|may|"
    r"might|aims?\s+to|plans?\s+to|planned|planning|hopes?|consensus|analysts?)\b",
    re.I,
)


def _comparable(c: Claim, text: str, figures_in_sentence: int) -> bool:
    if c.value is None or c.is_change or c.is_part or c.period == "earlier" or c.kind == "ratio":
        return False
    sentence = text[c.sentence_start : c.sentence_end]
    return (
        figures_in_sentence <= 4
        and not _COMPARING.search(sentence)
        and not _ESTIMATE.search(sentence)
    )


def check(ctx: ProofContext) -> Iterator[Finding]:
    if not ctx.config.enabled(FIGURES):
        return
    per_sentence = Counter(c.sentence_index for c in ctx.analysis.claims)
    claims = [
        c for c in ctx.analysis.claims if _comparable(c, ctx.text, per_sentence[c.sentence_index])
    ]
    buckets: dict[tuple[str, str, str | None, str], list[Claim]] = defaultdict(list)
    main = ctx.analysis.main_subject
    for c in claims:
        for word in _signature(c):
            unit = (
                "" if c.kind == "count" else canonical_unit(c.unit)
            )  # counts: the signature holds the noun
            period = None if c.kind == "date" else c.period  # a date's period is its own value
            buckets[(c.kind, unit, period, word)].append(c)
    reported: set[str] = set()
    newlines = [
        i for i, ch in enumerate(ctx.text) if ch == "\n"
    ]  # line numbers by bisection, not a count per finding
    for members in buckets.values():
        ctx.checkpoint()
        if len(members) < 2 or len(members) > _MAX_BUCKET:
            continue
        for i, later in enumerate(members):
            if later.id in reported:
                continue
            for earlier in members[:i]:
                if earlier.sentence_index == later.sentence_index:
                    continue  # "from $380m to $412m" compares on purpose
                if not _same_subject(earlier.subject or main, later.subject or main):
                    continue
                if _interval(earlier).meets(_interval(later)) or not _near(
                    earlier.value, later.value
                ):
                    continue
                reported.add(later.id)
                line = bisect_right(newlines, earlier.start - 1) + 1
                what = f"{later.subject or 'the same subject'}'s {' / '.join(sorted(_signature(later) & _signature(earlier)))}"
                yield FIGURES.finding(later.start, later.end, ctx.text,
                                      FIGURES.message.format(text=later.text, other=earlier.text, line=line, what=what),
                                      (earlier.text,))  # fmt: skip
                break


def _same_subject(a: str, b: str) -> bool:
    """ "Brightline" and "Brightline Logistics Inc" are one company; "Vantage Software" and
    "Vantage Semiconductor" are two."""
    ka, kb = set(name_key(a).split()), set(name_key(b).split())
    return ka == kb or bool(ka and kb and (ka <= kb or kb <= ka))


def _near(a: float, b: float) -> bool:
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi / lo <= MAX_RATIO


def _interval(c: Claim):  # type: ignore[no-untyped-def]
    """Within one article "140 hubs" and "135 hubs" disagree: rounding slack is at most 2% here."""
    return claim_interval(c.kind, c.value, c.qualifier, c.step, c.low, c.high, cap=0.02)
