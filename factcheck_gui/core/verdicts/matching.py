"""Find the evidence a claim is about, score it, and decide a verdict.

Candidates come from the entities named in the claim's sentence (alias n-grams, FTS5 and
rapidfuzz for the near misses), the sentences just before it, and the article's main
subject. Each fact of a compatible unit is scored by subject and by how well the words
around the figure match the fact's attribute and keywords; facts of another period are
set aside. Below the confidence threshold the verdict is "unverified", never a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import snowballstemmer
from rapidfuzz import fuzz

from ..evidence.store import EvidenceStore, Fact, name_key
from ..figures.claims import Analysis, Claim, Mention, clean_entity
from ..figures.lexicon import MEASURE_WORDS
from ..text.names import UNSPACED_RE, compact_with_offsets
from ..text.normalize import normalize
from ..text.prefix_search import PrefixMatches
from .intervals import canonical_unit, claim_interval, convert, fact_interval

SUPPORT_THRESHOLD = 0.55
CONTRADICT_THRESHOLD = 0.66
CONTRADICT_MIN_ATTRIBUTE = 0.4
MIN_ATTRIBUTE = 0.3  # below this the fact is about another measure, whoever it is about
TIE_MARGIN = 0.15
MAX_NGRAM = 6

_CURRENCY_UNITS = {"USD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "AUD", "CAD", "HKD", "SGD",
                   "SEK", "NOK", "DKK", "KRW", "BRL", "ZAR", "MXN", "RUB", "TRY", "NZD", "TWD", "ILS"}  # fmt: skip
_NON_COUNT_UNITS = {
    "%",
    "pp",
    "bp",
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "hour",
    "ratio",
    "times",
}
_WORD_RE = re.compile(r"(?:[^\W_]|&)+(?:'[^\W_]+)?")  # words of any script
_GENERIC_REFERENCE_RE = re.compile(
    r"\b(?:it|its|they|their|the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|business|maker|"
    r"conglomerate))\b",
    re.I,
)
_SPECIFIC_REFERENCE_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:lab|laboratory|bank|carmaker|automaker|retailer|"
    r"startup|start-up|insurer|lender|chipmaker|unit|team|division|operator|airline|miner|brewer|"
    r"developer|manufacturer|supplier|subsidiary|arm|venture|centre|center|facility|"
    r"central\s+bank|regulator|index|exchange|government|ministry|agency|fund|insurer|carrier)\b",
    re.I,
)
# Reporting and movement verbs say little about which measure a figure is.
_WEAK_STEMS = frozenset(
    (
        "rose",
        "rise",
        "fell",
        "fall",
        "increas",
        "declin",
        "said",
        "say",
        "report",
        "up",
        "down",
        "gain",
        "grew",
        "grow",
        "climb",
        "drop",
        "ad",
        "add",
        "new",
        "year",
        "expect",
        "annual",
        "total",
    )
)
_FORECAST_STEMS = frozenset(
    (
        "forecast",
        "guidanc",
        "outlook",
        "target",
        "expect",
        "plan",
        "estim",
        "project",
        "goal",
        "aim",
    )
)
_CHANGE_STEMS = frozenset(
    (
        "rise",
        "rose",
        "increas",
        "growth",
        "grow",
        "gain",
        "declin",
        "fall",
        "fell",
        "drop",
        "chang",
        "lower",
        "jump",
        "move",
    )
)

_stemmer = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer.stemWord(word.lower())


@functools.lru_cache(maxsize=20_000)
def fact_stems(attribute: str, keywords: tuple[str, ...], unit: str) -> frozenset[str]:
    words = re.findall(r"[A-Za-z]+", " ".join((attribute, *keywords, unit)))
    return frozenset(stem(w) for w in words if len(w) > 1)


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    score: float
    subject: float
    attribute: float
    agrees: bool
    claim_value: float  # the claim's value in the fact's unit


@dataclass(frozen=True)
class Verdict:
    verdict: str  # supported | contradicted | unverified
    evidence: tuple[Candidate, ...]
    explanation: str
    stale: bool = False  # decided only by facts older than the configured age


@dataclass(frozen=True)
class EntityHit:
    entity_id: int
    name: str
    start: int
    strength: float


class Matcher:
    """Matches the claims of one article against one evidence store."""

    def __init__(self, store: EvidenceStore, analysis: Analysis) -> None:
        self.store = store
        self.analysis = analysis
        self.hits_by_sentence = self._find_entities()
        self.main_entities = self._main_entities()
        self.entity_names = {h.entity_id: h.name for hits in self.hits_by_sentence for h in hits}
        self._facts_cache: dict[tuple[int, ...], list[Fact]] = {}
        self._leads: dict[
            int, tuple[PrefixMatches, PrefixMatches, float]
        ] = {}  # per sentence, see _lead

    # ------------------------------------------------------------------ entities

    def _find_entities(self) -> list[list[EntityHit]]:
        """Entities of the database named in each sentence: word n-grams whose key is an alias
        key, and names in scripts written without spaces ('トヨタ自動車は…') found inside the text."""
        text = self.analysis.article.text
        norm = normalize(text)
        per_sentence: list[list[tuple[str, int, int]]] = []
        keys: set[str] = set()
        unspaced = _UnspacedNames(self.store) if UNSPACED_RE.search(norm) else None
        for s, e in self.analysis.sentences:
            words = [(m.group(0), s + m.start(), s + m.end()) for m in _WORD_RE.finditer(norm[s:e])]
            grams = unspaced.find(norm[s:e], s) if unspaced is not None else []
            for i in range(len(words)):
                if not _may_start_name(words[i][0][0]):
                    continue
                for n in range(1, MAX_NGRAM + 1):
                    if i + n > len(words):
                        break
                    key = name_key(" ".join(w for w, _, _ in words[i : i + n]))
                    if key:
                        grams.append((key, words[i][1], words[i + n - 1][2]))
                        keys.add(key)
            per_sentence.append(grams)
        found = self.store.entities_by_keys(keys)
        if unspaced is not None:
            for key, entities in unspaced.names.items():
                found.setdefault(key, entities)
        hits: list[list[EntityHit]] = []
        mentions_by_sentence = self._mentions = self._mentions_by_sentence()
        for si, grams in enumerate(per_sentence):
            matched = [(end - start, start, end, key) for key, start, end in grams if key in found]
            matched.sort(key=lambda t: (-t[0], t[1]))
            covered: list[tuple[int, int]] = []
            sentence_hits: list[EntityHit] = []
            for _, start, end, key in matched:
                if any(cs <= start and end <= ce for cs, ce in covered):
                    continue  # "Acme" inside "Acme Bank" is not a mention of Acme
                covered.append((start, end))
                for eid, name in found[key]:
                    sentence_hits.append(EntityHit(eid, name, start, 1.0))
            sentence_hits += self._fuzzy_hits(si, mentions_by_sentence.get(si, []), sentence_hits)
            hits.append(sentence_hits)
        return hits

    def _mentions_by_sentence(self) -> dict[int, list[Mention]]:
        out: dict[int, list[Mention]] = {}
        starts = [s for s, _ in self.analysis.sentences]
        from bisect import bisect_right

        for m in self.analysis.mentions:
            si = bisect_right(starts, m.start) - 1
            if si >= 0:
                out.setdefault(si, []).append(m)
        return out

    def _fuzzy_hits(
        self, si: int, mentions: list[Mention], exact: list[EntityHit]
    ) -> list[EntityHit]:
        """Near matches: an ORG the model found that is close to an alias, or an alias whose
        words all appear in the sentence ("AWS ... in China" for "AWS China")."""
        s, e = self.analysis.sentences[si]
        sentence_words = set(name_key(self.analysis.article.text[s:e]).split())
        capital_words = {
            w
            for w in _WORD_RE.findall(normalize(self.analysis.article.text[s:e]))
            if w[:1].isupper()
        }
        known = {h.entity_id for h in exact}
        out: list[EntityHit] = []
        if not capital_words:
            return out
        for eid, name, alias in self.store.search_entities(capital_words, limit=40):
            if eid in known:
                continue
            alias_words = name_key(alias).split()
            strength = 0.0
            if len(alias_words) >= 2 and all(w in sentence_words for w in alias_words):
                strength = 0.85
            for m in mentions:
                if m.label not in ("ORG", "GPE", "FAC", "PRODUCT"):
                    continue
                ratio = fuzz.ratio(name_key(clean_entity(m.text)), name_key(alias))
                if ratio >= 90:
                    strength = max(strength, 0.9 * ratio / 100)
            if strength:
                known.add(eid)
                out.append(EntityHit(eid, name, s, strength))
        return out

    def _main_entities(self) -> dict[int, float]:
        """Entities the article is mostly about: mention counts, the title and lead counting more."""
        counts: Counter[int] = Counter()
        title_end = next((b.end for b in self.analysis.article.blocks if b.kind == "title"), 0)
        for si, hits in enumerate(self.hits_by_sentence):
            s, _ = self.analysis.sentences[si]
            for h in hits:
                counts[h.entity_id] += (3 if s < title_end else 2 if si < 4 else 1) * h.strength
        if not counts:
            return {}
        top = counts.most_common(1)[0][1]
        return {eid: 0.55 * n / top for eid, n in counts.items() if n / top >= 0.5}

    def subject_strengths(self, claim: Claim) -> dict[int, float]:
        """How surely the claim is about each entity: named before the figure in its sentence
        (1.0), after it (0.85), referred to as "it"/"the company" (0.9), named in the sentences
        just before (0.75, 0.65, 0.55), or the article's main subject (up to 0.55)."""
        si = claim.sentence_index
        strengths: dict[int, float] = dict(self.main_entities)
        decay = (0.75, 0.65, 0.55)
        recent: int | None = None
        for back, weight in enumerate(decay, start=1):
            if si - back < 0:
                break
            prev = self.hits_by_sentence[si - back]
            if recent is None and prev:
                recent = max(prev, key=lambda h: (h.strength, h.start)).entity_id
            for h in prev:
                strengths[h.entity_id] = max(strengths.get(h.entity_id, 0.0), weight * h.strength)
        hits = self.hits_by_sentence[si] if si < len(self.hits_by_sentence) else []
        nearest = _nearest_before(hits, claim.start)
        for h in hits:
            if h.start > claim.start:
                w = 0.85 * h.strength
            else:
                w = h.strength if h.entity_id == nearest else 0.9 * h.strength
            strengths[h.entity_id] = max(strengths.get(h.entity_id, 0.0), w)
        if nearest is None:
            specific_refs, generic_refs, first_other_name = self._lead(si)
            main = (
                max(self.main_entities, key=self.main_entities.get) if self.main_entities else None
            )  # type: ignore[arg-type]
            boosts: dict[int, float] = {}
            specific = specific_refs.first(claim.start)
            if specific and (named := self._named_like(si, specific.split()[-1])) is not None:
                boosts[named] = 0.9  # "the central bank": the bank named last
            elif specific and recent is not None:
                boosts[recent] = 0.9  # "this lab", "the unit": the one named last
            elif generic_refs.first(claim.start) or not (hits or first_other_name < claim.start):
                # "it", "the company", or no name at all: the article's subject, or the one named last
                if main is not None:
                    boosts[main] = 0.9
                if recent is not None:
                    boosts[recent] = max(boosts.get(recent, 0.0), 0.85)
            for eid, w in boosts.items():
                strengths[eid] = max(strengths.get(eid, 0.0), w)
        return strengths

    def _named_like(self, si: int, noun: str) -> int | None:
        """The entity named most recently (or the main one) whose name holds `noun` ("bank")."""
        noun = noun.lower()
        for back in range(1, 4):
            if si - back < 0:
                break
            for h in sorted(self.hits_by_sentence[si - back], key=lambda h: -h.start):
                if noun in h.name.lower().split():
                    return h.entity_id
        for eid in sorted(self.main_entities, key=lambda e: -self.main_entities[e]):
            if noun in self.entity_names.get(eid, "").lower().split():
                return eid
        return None

    def judge_all(
        self, claims: Iterable[Claim], progress: Callable[[int], None] | None = None
    ) -> list[Verdict]:
        """Verdicts for all claims. A fact that supports one figure of a sentence is not used
        to contradict another figure of the same sentence ("priced at $28, above the range
        of $24 to $26")."""
        claims = list(claims)
        verdicts = []
        for i, claim in enumerate(claims):
            if progress is not None:
                progress(i)
            verdicts.append(self.judge(claim))
        supporting: dict[int, set[int]] = {}
        for claim, v in zip(claims, verdicts, strict=True):
            if v.verdict == "supported":
                supporting.setdefault(claim.sentence_index, set()).add(v.evidence[0].fact.id)
        for i, (claim, v) in enumerate(zip(claims, verdicts, strict=True)):
            if v.verdict == "contradicted" and v.evidence[0].fact.id in supporting.get(
                claim.sentence_index, set()
            ):
                f = v.evidence[0].fact
                verdicts[i] = Verdict("unverified", (), f"Not compared: the closest fact, {f.entity}, {f.attribute}, "
                                      "matches another figure in this sentence.")  # fmt: skip
        return verdicts

    def _lead(self, si: int) -> tuple[PrefixMatches, PrefixMatches, float]:
        """What a figure of sentence si looks for before itself, prepared once per sentence (a
        sentence of thousands of figures is not searched again for each): "the bank", "it" or
        "the company", and where the sentence first names something the database does not know."""
        if si not in self._leads:
            s, e = (
                self.analysis.sentences[si]
                if self.analysis.sentences
                else (0, len(self.analysis.article.text))
            )
            sentence = normalize(self.analysis.article.text[s:e])
            names = [m.start for m in self._mentions.get(si, [])
                     if m.label in ("ORG", "GPE", "PERSON", "FAC", "PRODUCT", "NORP", "LOC") and s <= m.start]  # fmt: skip
            self._leads[si] = (PrefixMatches(_SPECIFIC_REFERENCE_RE, sentence, s),
                               PrefixMatches(_GENERIC_REFERENCE_RE, sentence, s), min(names, default=float("inf")))  # fmt: skip
        return self._leads[si]

    # ------------------------------------------------------------------ scoring

    def facts_for(self, entity_ids: list[int]) -> list[Fact]:
        key = tuple(sorted(entity_ids))
        if key not in self._facts_cache:
            self._facts_cache[key] = self.store.facts_for(key)
        return self._facts_cache[key]

    def judge(self, claim: Claim) -> Verdict:
        if claim.value is None:  # a relative date with no article date: nothing to compare
            return Verdict(
                "unverified",
                (),
                "A date said relative to the article's date, which is not "
                "known: set the article's date (--date) to place and check it.",
            )
        strengths = self.subject_strengths(claim)
        candidates: list[Candidate] = []
        if strengths:
            for fact in self.facts_for(list(strengths)):
                c = self._score(claim, fact, strengths[fact.entity_id])
                if c is not None:
                    candidates.append(c)
        candidates.sort(key=lambda c: (-c.score, -_as_of_rank(c.fact.as_of)))
        return decide(claim, candidates)

    def _score(self, claim: Claim, fact: Fact, subject: float) -> Candidate | None:
        value = compatible_value(claim, fact)
        if value is None:
            return None
        if not period_compatible(claim, fact):
            return None
        attribute = attribute_score(claim, fact)
        score = 0.5 * subject + 0.5 * attribute
        ci = claim_interval(claim.kind, value, claim.qualifier, _scaled_step(claim, value),
                            _scaled(claim.low, claim, value), _scaled(claim.high, claim, value))  # fmt: skip
        fi = fact_interval(fact.value, fact.qualifier, claim.kind)
        return Candidate(fact, round(score, 3), subject, attribute, ci.meets(fi), value)


def _may_start_name(ch: str) -> bool:
    """A name starts with a capital, a digit, or a letter of a script without case (CJK, Arabic…)."""
    return ch.isupper() or ch.isdigit() or (ch.isalpha() and not ch.islower())


class _UnspacedNames:
    """The database's names in scripts written without spaces, found by substring: 'トヨタ自動車'
    in 'トヨタ自動車は2024年に…'. Indexed by their first two characters."""

    def __init__(self, store: EvidenceStore) -> None:
        self.names = store.unspaced_aliases()
        self.by_start: dict[str, list[str]] = {}
        for key in self.names:
            self.by_start.setdefault(key[:2], []).append(key)

    def find(self, text: str, base: int) -> list[tuple[str, int, int]]:
        """(key, start, end) of every name in `text`, offsets into the article."""
        if not self.names or not UNSPACED_RE.search(text):
            return []
        compact, offsets = compact_with_offsets(text, base)
        out = []
        for i in range(len(compact) - 1):
            for key in self.by_start.get(compact[i : i + 2], ()):
                if compact.startswith(key, i):
                    out.append((key, offsets[i], offsets[i + len(key) - 1] + 1))
        return out


def _nearest_before(hits: list[EntityHit], pos: int) -> int | None:
    before = [h for h in hits if h.start <= pos]
    return max(before, key=lambda h: h.start).entity_id if before else None


def _scaled(v: float | None, claim: Claim, converted: float) -> float | None:
    if v is None or not claim.value:
        return v
    return v * converted / claim.value


def _scaled_step(claim: Claim, converted: float) -> float:
    return claim.step * converted / claim.value if claim.value else claim.step


def _as_of_rank(as_of: str) -> float:
    digits = re.sub(r"\D", "", as_of)[:8].ljust(8, "0")
    return float(digits) if digits.strip("0") else 0.0


def compatible_value(claim: Claim, fact: Fact) -> float | None:
    """The claim's value in the fact's unit, or None when they measure different things. A fall
    ("fell 2.4%") is compared as a negative number when the fact records falls that way."""
    value = _raw_compatible_value(claim, fact)
    if value is not None and claim.direction < 0 and fact.value < 0 < value:
        return -value
    return value


def _raw_compatible_value(claim: Claim, fact: Fact) -> float | None:
    unit = fact.unit.strip()
    if claim.kind == "money":
        return claim.value if unit.upper() == claim.unit.upper() else None
    if unit.upper() in _CURRENCY_UNITS:
        return None
    cu = canonical_unit(unit)
    fact_is_date = cu in ("year", "date") and 1000 <= fact.value <= 2200
    if claim.kind == "date":
        return claim.value if fact_is_date else None
    if fact_is_date:
        return None  # "year launched: 2018" is not a duration of 2018 years
    if claim.kind == "count":
        if cu in _NON_COUNT_UNITS:
            return None
        return claim.value
    return convert(claim.value, claim.unit, unit, claim.kind)


def period_compatible(claim: Claim, fact: Fact) -> bool:
    """A 2023 figure is not checked against a 2024 fact."""
    if claim.kind == "date" or not claim.period or not fact.as_of:
        return True
    claim_year = re.search(r"(?:19|20)\d{2}", claim.period)
    fact_year = fact.as_of[:4]
    return claim_year is None or claim_year.group(0) == fact_year


def attribute_score(claim: Claim, fact: Fact) -> float:
    """How well the words around the figure match the fact's attribute and keywords (0..1)."""
    stems = fact_stems(fact.attribute, fact.keywords, fact.unit)
    if claim.is_change and not (stems & _CHANGE_STEMS):
        return 0.0  # "rose $1.20 to $84.60": the $1.20 is a move, not the price
    miss = 1.0
    best_match = 0.0
    best_conflict = 0.0
    for word, weight in claim.context:
        st = stem(word)
        if st in stems:
            if st in _WEAK_STEMS:
                weight *= 0.35
            miss *= 1 - 0.55 * weight
            best_match = max(best_match, weight)
        elif word in MEASURE_WORDS:
            best_conflict = max(best_conflict, weight)
    score = 1 - miss
    if claim.is_change and stems & _CHANGE_STEMS:
        score = min(1.0, score + 0.3)  # a move matched with a fact about a move
    if claim.kind == "count" and claim.unit not in ("count", "") and stem(claim.unit) not in stems:
        score *= 0.25  # "1,000 employees" is not a count of papers
    if best_conflict > best_match:
        score *= 0.4
    return score


def decide(claim: Claim, candidates: list[Candidate]) -> Verdict:
    """Supported when a confident candidate agrees; contradicted only when the best one is
    confident, clearly about this measure, and nothing as good agrees."""
    confident = [
        c for c in candidates if c.score >= SUPPORT_THRESHOLD and c.attribute >= MIN_ATTRIBUTE
    ]
    if not confident:
        near = candidates[0] if candidates else None
        return Verdict("unverified", (), unverified_text(claim, near))
    best = confident[0]
    agreeing = [c for c in confident if c.agrees and c.score >= best.score - TIE_MARGIN]
    if agreeing:
        chosen = agreeing[0]
        others = tuple(c for c in confident if c is not chosen)[:2]
        return Verdict("supported", (chosen, *others), explain(claim, chosen, "supported"))
    partial = claim.is_part  # "500 of the affected employees" may not contradict a total
    forecast_only = (
        partial
        or claim.is_forecast
        and not (fact_stems(best.fact.attribute, best.fact.keywords, "") & _FORECAST_STEMS)
    )
    if (
        best.score >= CONTRADICT_THRESHOLD
        and best.attribute >= CONTRADICT_MIN_ATTRIBUTE
        and not forecast_only
    ):
        others = tuple(c for c in confident if c is not best)[:2]
        return Verdict("contradicted", (best, *others), explain(claim, best, "contradicted"))
    return Verdict("unverified", (), unverified_text(claim, best, weak=True))


def fact_date(as_of: str) -> dt.date | None:
    """The end of the period an as-of names: "2024" → 2024-12-31, "2025-07" → 2025-07-31.
    None when it names no real date ("2024-02-30", "0000", "2024-13" in an old database)."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", (as_of or "").strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 12), m.group(3)
    if not 1 <= month <= 12:
        return None
    try:
        if day:
            return dt.date(year, month, int(day))
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return None


def with_staleness(v: Verdict, today: dt.date, max_age_days: int) -> Verdict:
    """A verdict decided only by old facts says so."""
    if v.verdict == "unverified" or not v.evidence or max_age_days <= 0:
        return v
    deciding = v.evidence[0].fact
    when = fact_date(deciding.as_of)
    if when is None or (today - when).days <= max_age_days:
        return v
    note = f" The evidence dates from {deciding.as_of}; it may be stale."
    return Verdict(v.verdict, v.evidence, v.explanation + note, stale=True)


# ---------------------------------------------------------------------- wording


def describe(value: float | None, unit: str, qualifier: str, kind: str, low: float | None = None,
             high: float | None = None) -> str:  # fmt: skip
    """'more than 1,000 employees', 'nearly USD 1 billion', 'between 5% and 7%'."""
    words = {"approx": "about ", "nearly": "nearly ", "more_than": "more than ",
             "at_least": "at least ", "at_most": "at most ", "less_than": "less than ", "exact": "",
             "range": ""}  # fmt: skip
    if value is None:
        return "a date relative to the article's date (no article date set)"
    if qualifier == "range" and low is not None and high is not None:
        return f"between {format_amount(low, unit, kind)} and {format_amount(high, unit, kind)}"
    return words.get(qualifier, "") + format_amount(value, unit, kind)


def format_amount(value: float, unit: str, kind: str) -> str:
    if kind == "date" or canonical_unit(unit) == "year" and kind == "date":
        return str(int(value))
    if kind == "money" or unit.upper() in _CURRENCY_UNITS:
        symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(unit.upper())
        amount = _big_number(value)
        return f"{symbol}{amount}" if symbol else f"{unit.upper()} {amount}"
    if canonical_unit(unit) == "%":
        return f"{_plain(value)}%"
    if unit in ("count", ""):
        return _big_number(value)
    if kind == "duration" or canonical_unit(unit) in ("year", "month", "week", "day", "quarter"):
        u = canonical_unit(unit)
        return f"{_plain(value)} {u}{'' if value == 1 else 's'}"
    return f"{_big_number(value)} {unit}"


def _plain(v: float) -> str:
    return (
        f"{v:,.0f}"
        if float(v).is_integer()
        else f"{v:,.4g}"
        if abs(v) < 1
        else f"{v:,.2f}".rstrip("0").rstrip(".")
    )


def _big_number(v: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= size:
            return f"{_plain(round(v / size, 3))} {word}"
    return _plain(v)


def _source_note(fact: Fact) -> str:
    parts = [p for p in (fact.source, fact.as_of) if p]
    note = ", ".join(parts) if parts else "no source recorded"
    return note + (", sample data" if fact.is_sample else "")


def explain(claim: Claim, c: Candidate, verdict: str) -> str:
    f = c.fact
    kind = claim.kind
    fact_text = describe(
        f.value, f.unit if kind != "count" or f.unit != "count" else claim.unit, f.qualifier, kind
    )
    claim_text = describe(c.claim_value, f.unit if kind != "count" else claim.unit, claim.qualifier, kind,
                          _scaled(claim.low, claim, c.claim_value), _scaled(claim.high, claim, c.claim_value))  # fmt: skip
    head = f"Evidence: {f.entity}, {f.attribute}: {fact_text} ({_source_note(f)})."
    if verdict == "supported":
        return f"{head} Claim: {claim_text}. The figures agree."
    return f"{head} Claim: {claim_text}. The claim does not fit the evidence."


def unverified_text(claim: Claim, near: Candidate | None, weak: bool = False) -> str:
    about = claim.subject or "this subject"
    measure = ", ".join(claim.measure[:3]) or claim.kind
    if near is None:
        return f"No evidence in the database about {about} ({measure}) in a comparable unit."
    f = near.fact
    return (
        f"No confident match: the closest fact, {f.entity}, {f.attribute} ({_source_note(f)}), "
        f"scored {near.score:.2f}, below the {'contradiction' if weak else 'confidence'} threshold."
    )
