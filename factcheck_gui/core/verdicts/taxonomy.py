"""The taxonomy of measures (measures.toml): which measure a figure or a fact is about.

Phrases are matched on word stems, so "sales" in copy meets "sale" in an attribute and
"operating profits" meets "operating profit". A figure reads its measure from the words around
it, weighted by how closely they belong to it (see figures.claims); a fact from its attribute,
then its keywords.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

_stemmer = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[a-z0-9]+(?:/[a-z])?")


@functools.lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word.lower())


def content_stems(text: str) -> tuple[str, ...]:
    """The stems of the words of `text` that are not stop words, in order."""
    return tuple(
        w if w.isdigit() else stem(w)  # a number is its own stem (and would fill the cache)
        for w in _WORD.findall(text.lower())
        if w not in STOP_WORDS
    )


@dataclass(frozen=True)
class Measure:
    id: str
    label: str
    phrases: tuple[tuple[str, ...], ...]  # each phrase as its content stems
    weak: frozenset[tuple[str, ...]]  # phrases that name it only when nothing stronger is near
    parent: str | None
    point: bool  # a level at a moment, not a flow over a period
    daily: bool  # moves every trading day
    rate: bool  # a percentage level (a margin, a yield)
    any_basis: bool  # itself a forecast (a price target)
    national: bool  # a country's statistic (inflation, GDP): its statistics office's, not a bank's
    kinds: frozenset[str] | None  # the kinds of figure it can be (None: any)
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """The measure a figure or fact was read as, and how surely (0..1)."""

    measure: Measure | None
    strength: float
    rival: Measure | None = None  # another measure read almost as strongly: the reading is unsure


class Taxonomy:
    def __init__(self, measures: Iterable[Measure]) -> None:
        self.measures = {m.id: m for m in measures}
        for m in self.measures.values():
            if m.parent is not None and m.parent not in self.measures:
                raise ValueError(f"measures.toml: {m.id}: unknown parent {m.parent!r}")
        self._by_stem: dict[str, list[tuple[Measure, tuple[str, ...]]]] = {}
        for m in self.measures.values():
            for phrase in m.phrases:
                for st in set(phrase):
                    self._by_stem.setdefault(st, []).append((m, phrase))

    def related(self, a: Measure, b: Measure) -> str:
        """'same', 'broader' (one is the other's parent, or both share a parent and one is that
        parent) or 'differs'."""
        if a.id == b.id:
            return "same"
        if a.parent == b.id or b.parent == a.id:
            return "broader"
        if "daily_move" in (a.id, b.id) and a.daily and b.daily:
            return "broader"  # the day's move of an index or a price, said of either
        return "differs"

    def read(
        self,
        weights: Mapping[str, float],
        sequence: tuple[str, ...] | None = None,
        kind: str | None = None,
    ) -> Reading:
        """The measure whose phrase is best present in `weights` (stem -> weight). A phrase
        scores the weight of its weakest word, a little more for each extra word, a weak one
        half; a phrase inside a longer present one ("income" in "operating income") does not
        count. With `sequence` (the sentence's stems in order) a phrase of several words
        counts only where its words stand together."""
        found: list[tuple[float, int, Measure, tuple[str, ...]]] = []
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for st in weights:
            for m, phrase in self._by_stem.get(st, ()):
                if (m.id, phrase) in seen or (
                    kind is not None and m.kinds is not None and kind not in m.kinds
                ):
                    continue
                seen.add((m.id, phrase))
                together = sequence is not None and len(phrase) > 1 and _together(phrase, sequence)
                if all(w in weights for w in phrase) and (
                    sequence is None or len(phrase) == 1 or together
                ):
                    # closeness counts twice: a weak word right by the figure beats a strong one
                    # across the sentence ("Tessaly's stock jumped 27% to $46.10"); words that
                    # stand together count as near as their mean ("core inflation")
                    ws = [weights[w] for w in phrase]
                    near = sum(ws) / len(ws) if together else min(ws)
                    w = near**2 * (0.45 if phrase in m.weak else 1.0)
                    found.append((w * (1 + 0.2 * (len(phrase) - 1)), len(phrase), m, phrase))
        if not found:
            return Reading(None, 0.0)
        kept = [
            f
            for f in found
            if not any(o[1] > f[1] and set(f[3]) < set(o[3]) and o[0] >= f[0] * 0.8 for o in found)
        ]
        kept.sort(key=lambda f: (-f[0], -f[1]))
        best = kept[0]
        # a narrower measure near as strong as its parent names the figure better ("the index
        # opened at": an opening level, not just a level)
        child = next(
            (f for f in kept[1:] if f[2].parent == best[2].id and f[0] >= 0.5 * best[0]), None
        )
        if child is not None:
            best = child
        rival = next(
            (f[2] for f in kept[1:] if f[2].id != best[2].id and f[0] >= best[0] - 0.05
             and f[0] >= 0.6 and f[3] not in f[2].weak and self.related(f[2], best[2]) == "differs"),
            None,
        )  # fmt: skip
        return Reading(best[2], min(1.0, best[0]), rival)

    def names(self, measure: Measure, weights: Mapping[str, float], floor: float) -> bool:
        """Whether one of the measure's strong phrases stands in `weights` at `floor` or more."""
        return any(
            phrase not in measure.weak and all(weights.get(w, 0.0) >= floor for w in phrase)
            for phrase in measure.phrases
        )

    def read_text(self, text: str) -> Reading:
        """The measure a short text names (a fact's attribute): every word counts fully, the
        first words a little more ("cost of higher savings rate" is a cost)."""
        stems = content_stems(text)
        weights: dict[str, float] = {}
        for i, st in enumerate(stems):
            weights.setdefault(st, 1.0 - 0.04 * min(i, 5))
        return self.read(weights, stems)


def _together(phrase: tuple[str, ...], sequence: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(sequence[i : i + n] == phrase for i in range(len(sequence) - n + 1))


def _load() -> Taxonomy:
    data = tomllib.loads(
        resources.files("factcheck_gui.core.verdicts").joinpath("measures.toml").read_text("utf-8")
    )
    out = []
    for entry in data["measure"]:
        phrases = tuple(p for p in (content_stems(p.lstrip("~")) for p in entry["phrases"]) if p)
        strong = {content_stems(p) for p in entry["phrases"] if not p.startswith("~")}
        weak = (
            frozenset(content_stems(p[1:]) for p in entry["phrases"] if p.startswith("~")) - strong
        )
        out.append(
            Measure(
                id=entry["id"],
                label=entry["label"],
                phrases=phrases,
                weak=weak,
                rate=bool(entry.get("rate", False)),
                any_basis=bool(entry.get("any_basis", False)),
                national=bool(entry.get("national", False)),
                kinds=frozenset(entry["kinds"]) if "kinds" in entry else None,
                parent=entry.get("parent"),
                point=bool(entry.get("point", False)),
                daily=bool(entry.get("daily", False)),
                examples=tuple(entry.get("examples", ())),
            )
        )
    return Taxonomy(out)


@functools.cache
def taxonomy() -> Taxonomy:
    return _load()
