"""Qualifier words around a figure: "about", "more than", "up to", "or more"."""

from __future__ import annotations

import re
from dataclasses import replace

from .common import Quantity

# Phrases before a figure, longest first so "just under" wins over "under".
QUALIFIER_PHRASES: list[tuple[str, str]] = sorted(
    [
        *[(p, "at_most") for p in ("no more than", "not more than", "up to", "at most",
                                   "as many as", "as much as", "a maximum of", "maximum of",
                                   "capped at", "as high as", "no higher than", "within")],
        *[(p, "at_least") for p in ("at least", "no fewer than", "no less than",
                                    "not less than", "a minimum of", "minimum of",
                                    "as little as", "as low as", "≥", ">=")],
        *[(p, "nearly") for p in ("nearly", "close to", "almost", "just under", "just shy of",
                                  "just below", "not quite", "a little under", "slightly under",
                                  "slightly less than", "just short of", "a shade under",
                                  "just less than", "toward", "towards",
                                  "approaching", "nearing")],
        *[(p, "more_than") for p in ("more than", "over", "above", "exceeding", "in excess of",
                                     "upwards of", "upward of", "north of", "greater than",
                                     "just over", "just above", "well over", "well above",
                                     "slightly more than", "a little over", "a little more than",
                                     "slightly over", "well in excess of", ">", "topping",
                                     "higher than", "exceed", "exceeds", "exceeded", "surpass",
                                     "surpassed", "surpassing", "surpasses")],
        *[(p, "less_than") for p in ("less than", "fewer than", "under", "below", "lower than",
                                     "shy of", "south of", "<", "well under", "well below",
                                     "sub-")],
        *[(p, "approx") for p in ("about", "around", "approximately", "approx.", "approx",
                                  "roughly", "some", "an estimated", "estimated", "circa",
                                  "ca.", "c.", "in the region of", "on the order of",
                                  "in the order of", "~", "an approximate", "round about",
                                  "give or take", "somewhere around", "somewhere near", "near", "nearly equal to",
                                  "the equivalent of", "closer to")],
    ],
    key=lambda pq: -len(pq[0]),
)  # fmt: skip
_QUALIFIER_OF = dict(QUALIFIER_PHRASES)
_QUALIFIER_LENGTHS = sorted(
    {len(p) for p in _QUALIFIER_OF}, reverse=True
)  # a lookup per length, not per phrase
# Words that may stand between a qualifier and its figure: "more than just 4.5%", "about a $1.4
# billion fortune", "over a mere 2%".
QUALIFIER_FILLERS = ["just", "only", "merely", "a mere", "a", "an", "a total of"]
# "about a 60 percent chance", "about a $1.4 billion fortune"; but "under a 20-year contract" is
# under contract, not under 20 years: an article lets the qualifier through only to these kinds.
_ARTICLE_KINDS = ("money", "percent")
_FILLER_AFTER = re.compile(
    r"\s(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in QUALIFIER_FILLERS) + r")$",
    re.I,
)
_SUFFIX_QUALIFIERS = [
    (re.compile(r"\+(?![\w+])"), "at_least"),  # "30%+", "1,000+"
    (re.compile(r"\s*(?:or\s+more|or\s+higher|or\s+above|and\s+up|and\s+above|plus)\b"), "at_least"),
    (re.compile(r"\s*(?:or\s+so|or\s+thereabouts)\b"), "approx"),
    (re.compile(r"\s*(?:or\s+less|or\s+fewer|or\s+under|or\s+below)\b"), "at_most"),
]  # fmt: skip

# --------------------------------------------------------------------------- regexes


# "over" before a duration means "across" unless a word of length stands before it:
# "cut 800 jobs over two years" (exact), "for over two years", "in over a decade" (more than).
_ACROSS = re.compile(
    r"(?i)(?<!\bfor)(?<!\bin)(?<!\bof)(?<!\bafter)(?<!\bthan)(?<!\btook)(?<!\blasted)"
    r"(?<!\bspent)(?<!\bbeen)(?<!\btake)(?<!\btakes)(?<!\blast)(?<!\bnow)\s$"
)


def with_qualifier(q: Quantity, norm: str) -> Quantity:
    """Read qualifier words around a figure and widen its span to take them in."""
    if q.kind == "date" and q.qualifier != "exact" or q.qualifier == "range":
        return q
    start, qualifier = q.start, q.qualifier
    before = norm[max(0, q.start - 40) : q.start]
    stripped = before.rstrip()
    found = _phrase_before(stripped, q)
    fm = _FILLER_AFTER.search(stripped) if found is None else None
    if (
        fm is not None
        and fm.group().strip().lower() in ("a", "an")
        and q.kind not in _ARTICLE_KINDS
    ):
        fm = None
    if fm is not None:  # "more than just 4.5%": the qualifier stands before the filler word
        found = _phrase_before(stripped[: fm.start()].rstrip(), q)
    if (
        found is not None
        and q.kind == "duration"
        and stripped[found[0] :].lower() == "over"
        and _ACROSS.search(stripped[: found[0]])
    ):
        found = None  # "cut 800 jobs over two years": across the span, not more than it
    if found is not None and qualifier == "exact":  # a figure keeps the qualifier it has:
        start = q.start - len(before) + found[0]  # "3.5 times or below | within 18 months"
        qualifier = found[1]
    end = q.end
    if qualifier == "exact":
        for pat, qual in _SUFFIX_QUALIFIERS:
            sm = pat.match(norm, q.end)
            if sm:
                qualifier, end = qual, sm.end()
                break
    if start == q.start and end == q.end and qualifier == q.qualifier:
        return q
    return replace(q, start=start, end=end, qualifier=qualifier)


def _phrase_before(stripped: str, q: Quantity) -> tuple[int, str] | None:
    """Where the qualifier phrase at the end of `stripped` starts, and its qualifier."""
    lowered = stripped.lower()
    for n in _QUALIFIER_LENGTHS:  # longest first, so "just under" wins over "under"
        phrase = lowered[-n:]
        if len(phrase) == n and phrase in _QUALIFIER_OF:
            qual = _QUALIFIER_OF[phrase]
            at = len(stripped) - len(phrase)
            if phrase[0].isalpha() and at > 0 and stripped[at - 1].isalnum():
                continue
            if q.kind == "date" and phrase == "some":
                continue  # "some 2018 vintage": not an approximate year
            return at, qual
    return None


# (text, kind, value, unit) as find_quantities reads them; qualifiers are tested in QUALIFIED.
EXAMPLES: list[tuple[str, str, float, str]] = []
QUALIFIED: list[tuple[str, str]] = [
    ("close to $1 billion", "nearly"), ("more than 40%", "more_than"), ("up to $5m", "at_most"),
    ("job cuts spread over two years", "exact"), ("for over two years", "more_than"),
    ("within 10 miles", "at_most"),
    ("at least 3%", "at_least"), ("about 12%", "approx"), ("less than 1%", "less_than"),
    ("5% or more", "at_least"), ("just under 10%", "nearly"),
    ("toward $100 billion", "nearly"), ("approaching 2%", "nearly"), ("exceed 80%", "more_than"),
    ("surpassed $1,800", "more_than"), ("more than just 4.5%", "more_than"),
    ("about a $1.4 billion fortune", "approx"), ("sub-10%", "less_than"), ("30%+", "at_least"),
    ("in excess of $5 million", "more_than"), ("north of $50", "more_than"),
    ("just shy of 10%", "nearly"), ("shy of 10%", "less_than"), ("closer to $5", "approx"),
    ("only 5%", "exact"),
]  # fmt: skip
