"""Find the evidence a claim is about and decide a verdict.

Candidates come from the entities named in the claim's sentence (alias n-grams, FTS5 and
rapidfuzz for the near misses), the sentences just before it, and the article's main
subject. Each fact of a compatible unit is set against the figure along every line of what it
is about (reading.py: measure, period, basis, adjustment, scope, level or change;
relations.py: how they line up). Supported needs a fact that fits on all of them and agrees;
contradicted needs the figure's subject to be sure, every line to be the same and no fact of
that measure to agree; anything else is "unverified", with the closest fact and what differs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..evidence.store import EvidenceStore, Fact, name_key
from ..figures.claims import Analysis, Claim, Mention, clean_entity
from ..figures.lexicon import MEASURE_WORDS
from ..figures.patterns.dates import DAY, MONTH
from ..text.names import UNSPACED_RE, compact_with_offsets
from ..text.normalize import normalize
from ..text.prefix_search import PrefixMatches
from .about import About, as_of_date
from .intervals import canonical_unit, claim_interval, convert, fact_interval
from .reading import ClaimReader, _stems_of
from .relations import (
    _BASIS_WORDS,
    _UNNAMED,
    _month_end,
    _overlaps,
    _relate_periods,
    _scope_words,
    _whole_words,
    fact_about_cached,
    fact_stems,
    fact_word_stems,
)
from .taxonomy import stem, taxonomy

SUPPORT_THRESHOLD = 0.55
CONTRADICT_THRESHOLD = 0.66
CONTRADICT_MIN_ATTRIBUTE = 0.4
MIN_ATTRIBUTE = 0.3  # below this the fact is about another measure, whoever it is about
TIE_MARGIN = 0.15
_LATEST_WITHIN = {"quarter": 200, "half": 300, "month": 100}  # days an as-of stays the latest
FORECAST_VINTAGE_DAYS = 45  # a forecast fact older than this may have been revised since
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
    r"\b(?:it|its|they|their|we|our|the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|business|maker|"
    r"conglomerate))\b",
    re.I,
)
_SPECIFIC_REFERENCE_RE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:lab|laboratory|bank|carmaker|automaker|retailer|"
    r"startup|start-up|insurer|lender|chipmaker|unit|team|division|operator|airline|miner|brewer|"
    r"developer|manufacturer|supplier|subsidiary|arm|venture|centre|center|facility|"
    r"central\s+bank|regulator|index|exchange|government|ministry|agency|fund|insurer|carrier|producer)\b",
    re.I,
)
_COMPANY_REFERENCE_RE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|maker)\b", re.I
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


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    score: float
    subject: float
    attribute: float
    agrees: bool
    claim_value: float  # the claim's value in the fact's unit
    differs: tuple[str, ...] = ()  # what the fact is about that the figure is not, in words
    unsure: tuple[str, ...] = ()  # what cannot be told: no contradiction on this fact
    same_measure: bool = False  # the taxonomy reads both as one measure


@dataclass(frozen=True)
class Verdict:
    verdict: str  # supported | contradicted | unverified
    evidence: tuple[Candidate, ...]
    explanation: str
    stale: bool = False  # decided only by facts older than the configured age
    reference: dt.date | None = (
        None  # the date the figure speaks of (its period's end, or the article's)
    )


@dataclass(frozen=True)
class EntityHit:
    entity_id: int
    name: str
    start: int
    strength: float
    end: int = -1  # where the name ends (-1: not known, a near match)


class Matcher(ClaimReader):
    """Matches the claims of one article against one evidence store."""

    def __init__(self, store: EvidenceStore, analysis: Analysis) -> None:
        self.store = store
        self.analysis = analysis
        super().__init__(analysis, self._find_entities())
        self.main_entities = self._main_entities()
        # the article's main subject, if any (asked for by subject strengths and part scopes)
        self.main_entity = (
            max(self.main_entities, key=self.main_entities.get) if self.main_entities else None
        )  # type: ignore[arg-type]
        self.entity_names = {h.entity_id: h.name for hits in self.hits_by_sentence for h in hits}
        self._facts_cache: dict[tuple[int, ...], list[Fact]] = {}
        self._leads: dict[
            int, tuple[PrefixMatches, PrefixMatches, float]
        ] = {}  # per sentence, see _lead
        self._scopes: dict[int, frozenset[str]] = {}  # per entity: words naming its segments
        self._empty: bool | None = None  # whether the database holds no facts (asked once)
        self._national: dict[int, str] | None = None  # see _national_entities

    # ------------------------------------------------------------------ entities

    def _find_entities(self) -> list[list[EntityHit]]:
        """Entities of the database named in each sentence: word n-grams whose key is an alias
        key, and names in scripts written without spaces ('トヨタ自動車は…') found inside the text."""
        text = self.analysis.article.text
        norm = normalize(text)
        per_sentence: list[list[tuple[str, int, int]]] = []
        keys: set[str] = set()
        lower_keys: set[str] = set()  # names written in lower case after "the", "and"...
        unspaced = _UnspacedNames(self.store) if UNSPACED_RE.search(norm) else None
        for s, e in self.analysis.sentences:
            words = [(m.group(0), s + m.start(), s + m.end()) for m in _WORD_RE.finditer(norm[s:e])]
            grams = unspaced.find(norm[s:e], s) if unspaced is not None else []
            for i in range(len(words)):
                if not _may_start_name(words[i][0][0]):
                    if (
                        i
                        and words[i][0][0].islower()
                        and words[i - 1][0].lower() in _BEFORE_LOWER_NAME
                    ):
                        # "the three-year yield": an alias written in lower case, after an
                        # article or a conjunction (never after a modifier: "the average gold price")
                        for n in range(2, min(MAX_NGRAM, len(words) - i) + 1):
                            key = name_key(" ".join(w for w, _, _ in words[i : i + n]))
                            if key:
                                grams.append(("\0" + key, words[i][1], words[i + n - 1][2]))
                                lower_keys.add(key)
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
        if lower_keys:
            for key, entities in self.store.entities_by_keys(
                lower_keys, lowercase_only=True
            ).items():
                found["\0" + key] = entities
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
                bare = key.lstrip("\0")
                named = any(name_key(name) == bare for _, name in found[key])
                for eid, name in found[key]:
                    # "Spot gold" names the entity of that name before one that has it as an alias
                    strength = 1.0 if not named or name_key(name) == bare else 0.8
                    sentence_hits.append(EntityHit(eid, name, start, strength, end))
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
        first_line = self.analysis.article.text.find("\n")
        if not title_end and 0 < first_line <= 150:
            title_end = first_line  # a plain-text headline run into its standfirst
        for si, hits in enumerate(self.hits_by_sentence):
            s, _ = self.analysis.sentences[si]
            for h in hits:
                counts[h.entity_id] += (3 if s < title_end else 2 if si < 4 else 1) * h.strength
        if not counts:
            return {}
        in_title = {h.entity_id for si, hits in enumerate(self.hits_by_sentence)
                    if self.analysis.sentences[si][0] < title_end for h in hits if h.strength >= 0.9}  # fmt: skip
        if len(in_title) == 1:
            # the one company a title names is the article's subject, however often a deal
            # partner is named below it
            (eid,) = in_title
            counts[eid] = max(counts[eid], counts.most_common(1)[0][1])
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
        text = self.analysis.article.text
        nearest = _nearest_before(hits, claim.start, text)
        # "against 88.5% at Nordwing": a name the figure is "at" or "for" is its owner
        follows = next((h for h in hits if h.start >= claim.end and h.end > 0
                        and _OWNER_AFTER.fullmatch(text[claim.end : h.start])), None)  # fmt: skip
        for h in hits:
            if follows is not None and h.entity_id == follows.entity_id:
                w = h.strength
            elif h.start > claim.start:
                w = 0.85 * h.strength
            elif follows is not None:
                w = 0.9 * h.strength
            else:
                w = h.strength if h.entity_id == nearest else 0.9 * h.strength
            strengths[h.entity_id] = max(strengths.get(h.entity_id, 0.0), w)
        if follows is not None:
            nearest = follows.entity_id
        elif (
            nearest is not None and (first := self._referred_back(hits, nearest, claim)) is not None
        ):
            # "Shares in Larchmont jumped, the biggest gain in the FTSE 100, after the producer
            # raised its target to ...": "the producer" is the sentence's subject, not the index
            strengths[nearest] = min(strengths[nearest], 0.85)
            strengths[first] = max(strengths.get(first, 0.0), 1.0)
            nearest = first
        if nearest is None:
            specific_refs, generic_refs, first_other_name = self._lead(si)
            main = self.main_entity
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
            reading = self.about(claim).measure
            if reading.measure is not None and reading.measure.national and reading.strength >= 0.3:
                # "Consumer prices rose 2.6% in October" in a central bank's story: the country's
                # statistic, owned by whoever in play has that measure on file
                top = max(strengths.values(), default=0.0)
                in_play = {**strengths, **self.entity_names, **self._national_entities()}
                for eid in [e for e in in_play if self._has_measure(e, reading.measure.id)]:
                    strengths[eid] = max(strengths.get(eid, 0.0), min(1.0, top + 0.05))
        return strengths

    def _national_entities(self) -> dict[int, str]:
        """Entities named after the country of the article's main institution ("Statistics New
        Zealand" for the Reserve Bank of New Zealand, "Czech Republic" for the Czech National
        Bank): who may own a national statistic the article states without naming its source."""
        if self._national is None:
            self._national = {}
            for eid in self.main_entities:
                words = [w for w in re.findall(r"[A-Z][\w'-]+", self.entity_names.get(eid, ""))
                         if w.lower() not in _INSTITUTION_WORDS]  # fmt: skip
                if not words:
                    continue
                for other, name, _alias in self.store.search_entities(words, limit=40):
                    if other != eid and all(re.search(rf"\b{re.escape(w)}", name) for w in words):
                        self._national[other] = name
            for other, name in self._national.items():
                self.entity_names.setdefault(other, name)
        return self._national

    def _has_measure(self, entity_id: int, measure_id: str) -> bool:
        """Whether the entity has an actual fact of that measure (or of one under it) on file."""
        for f in self.facts_for([entity_id]):
            a = fact_about_cached(f)
            m = a.measure.measure
            if m is not None and a.basis == "actual" and measure_id in (m.id, m.parent):
                return True
        return False

    def _referred_back(self, hits: list[EntityHit], nearest: int, claim: Claim) -> int | None:
        """The sentence's first-named entity, when the words between the name nearest the figure
        and the figure refer back to a company by description ("after the producer raised"),
        not in an apposition of that name ("X, the drilling company, was up")."""
        text = self.analysis.article.text
        named = [h for h in hits if h.start <= claim.start and h.end > 0]
        last = max(
            (h for h in named if h.entity_id == nearest), key=lambda h: h.start, default=None
        )
        if last is None:
            return None
        earlier = [h for h in named if h.start < last.start and h.entity_id != nearest]
        if not earlier:
            return None
        gap = text[last.end : claim.start]
        if len(gap) > 300:
            return None
        m = _SPECIFIC_REFERENCE_RE.search(gap) or _COMPANY_REFERENCE_RE.search(gap)
        if m is None or re.fullmatch(r"[\s,'’s]*", gap[: m.start()]):
            return None
        return min(earlier, key=lambda h: h.start).entity_id

    def _recent_entity(self, si: int) -> int | None:
        """The subject of the nearest of the (up to three) sentences before sentence si that
        names one: the entity it names first ("Cerro Pardo is operated by Minera Cerro Pardo, in
        which Arrowmere holds 75%" is about Cerro Pardo)."""
        for back in range(1, 4):
            if si - back < 0:
                return None
            prev = [h for h in self.hits_by_sentence[si - back] if h.strength >= 0.9]
            if prev:
                return min(prev, key=lambda h: h.start).entity_id
        return None

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
        if claim.kind in ("date", "duration"):
            # a date says when something happened: it speaks of its own year, never stale
            when = (
                _month_end(int(claim.value), 12)
                if claim.kind == "date" and 1000 <= claim.value <= 2200
                else None
            )
            v = decide(claim, candidates)
            if v.verdict == "contradicted" and (
                v.evidence[0].attribute < 0.4
                or self._date_is_forecast(claim)
                or self._future_against_past(claim, v.evidence[0].fact)
                or _YEAR_UNWRITTEN.fullmatch(
                    self.analysis.article.text[claim.start : claim.end].strip()
                )
                # "expected year of completion: 2026": a date on file that is itself a forecast
                or fact_about_cached(v.evidence[0].fact).basis != "actual"
            ):
                f = v.evidence[0].fact
                v = Verdict("unverified", (), f"Not checked: the closest fact is {f.entity}, {f.attribute} "
                            f"({_source_note(f)}); the words around this date do not say surely that it is that event's.")  # fmt: skip
            return dataclasses.replace(v, reference=when or self.today)
        return self.decide_about(claim, candidates, strengths)

    def _score(self, claim: Claim, fact: Fact, subject: float) -> Candidate | None:
        value = compatible_value(claim, fact)
        if value is None:
            return None
        if claim.kind in ("date", "duration") and not period_compatible(claim, fact):
            return None
        attribute = attribute_score(claim, fact)
        ci = claim_interval(claim.kind, value, claim.qualifier, _scaled_step(claim, value),
                            _scaled(claim.low, claim, value), _scaled(claim.high, claim, value))  # fmt: skip
        fi = fact_interval(fact.value, fact.qualifier, claim.kind)
        if claim.qualifier == "range" and fact.qualifier == "approx" \
                and fact_about_cached(fact).basis != "actual":  # fmt: skip
            # a forecast range kept as "about" its midpoint: a range given for it holds that
            # midpoint ("$4.60 to $4.70" is not "about $4.35")
            fi = fact_interval(fact.value, "exact", claim.kind)
        differs: tuple[str, ...] = ()
        unsure: tuple[str, ...] = ()
        same_measure = False
        if claim.kind not in ("date", "duration"):
            differs, unsure, same_measure = self.relate(claim, fact)
            if same_measure:
                attribute = max(attribute, 0.75)
            elif (
                not claim.is_change
                and subject >= 0.95
                and self.about(claim).measure.measure is None
                and (fm := fact_about_cached(fact).measure.measure) is not None
                and fm.daily
            ):
                # "the Nasdaq Composite ... at 22,408.77": a named instrument's level
                unsure = tuple(u for u in unsure if u != "the figure's measure is not named")
                same_measure = True
            elif (
                _UNNAMED in unsure and attribute >= 0.7 and self.about(claim).measure.strength == 0
            ):
                # a measure outside the taxonomy ("5G population coverage"): many shared words
                unsure = tuple(u for u in unsure if u != _UNNAMED)
                same_measure = True
        score = 0.5 * subject + 0.5 * attribute
        return Candidate(fact, round(score, 3), subject, attribute, ci.meets(fi), value,
                         differs, unsure, same_measure)  # fmt: skip

    # ------------------------------------------------------------------ what a figure is about

    def _entity_scopes(self, entity_id: int) -> frozenset[str]:
        if entity_id not in self._scopes:
            words: set[str] = set()
            for f in self.facts_for([entity_id]):
                words |= fact_about_cached(f).scope
            self._scopes[entity_id] = frozenset(words)
        return self._scopes[entity_id]

    def relate(self, claim: Claim, fact: Fact) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        """How the figure and the fact line up: what differs (in an editor's words), what cannot
        be told, and whether the taxonomy reads them as one measure."""
        ca, fa = self.about(claim), fact_about_cached(fact)
        differs: list[str] = []
        unsure: list[str] = []
        tax = taxonomy()
        cm, fm = ca.measure.measure, fa.measure.measure
        same_measure = False
        if cm is not None and fm is not None:
            rel = tax.related(cm, fm)
            if rel == "differs" and (tax.names(fm, self._weights(claim), 0.4)
                                     or ca.measure.strength < 0.4):  # fmt: skip
                unsure.append(f"the sentence names {cm.label} and {fm.label}")
            elif rel == "differs" and fa.measure.strength < 0.7:
                unsure.append(f"the fact's words name {fm.label} only loosely")
            elif rel == "differs":
                differs.append(f"this figure is about {cm.label}, the fact about {fm.label}")
            elif rel == "broader":
                unsure.append(f"this figure names {cm.label}, the fact {fm.label}")
                same_measure = True  # may support, never contradict (the unsure reason stands)
            else:
                same_measure = True
            if ca.measure.rival is not None and ca.measure.rival.id != (fm.id if fm else None) \
                    and same_measure:  # fmt: skip
                unsure.append(f"the sentence names {ca.measure.rival.label} too")
        elif claim.kind == "count" and claim.unit not in ("count", "") and _stems_of(claim.unit) & \
                fact_word_stems(fact):  # fmt: skip
            same_measure = fm is None or cm is None
        elif cm is None and fm is None:
            unsure.append(_UNNAMED)  # neither names a measure the taxonomy knows
        else:
            unsure.append("the figure's measure is not named" if cm is None
                          else "the fact's measure is not one the checker knows")  # fmt: skip
        if (
            claim.kind == "count"
            and (acts := _ACTIONS & fact_word_stems(fact))
            and _stems_of(claim.unit) & fact_word_stems(fact)
        ):
            # "opened nine stores" against "stores closed in the first half": the verb just
            # before a count says what was done to what it counts
            lead = self.analysis.article.text[
                max(claim.sentence_start, claim.start - 30) : claim.start
            ]
            if not acts & {stem(w.lower()) for w in _WORD_RE.findall(lead)}:
                unsure.append(f"the fact is about {fact.attribute}; this figure's words do not say "
                              f"{_words_of(fact.attribute, acts) or 'so'}")  # fmt: skip
        if fa.basis == "actual" and _EARLIER_LEVEL.search(fact.attribute) and not _FROM_OR_BEFORE.search(
                self.analysis.article.text[max(claim.sentence_start, claim.start - 40) : claim.start]):  # fmt: skip
            # "floating rate (before November cut): 6.59%" against "cut its floating rate to 6.14%"
            unsure.append(
                "the fact is a level from before a change; this figure may be the one after it"
            )
        if claim.kind == "count" and (kind_words := self._count_modifiers(claim, fact)):
            # "96 mainline jets" against a total fleet: the word says which of them are counted
            unsure.append(
                f"this figure counts {kind_words} {claim.unit} only; the fact does not say {kind_words}"
            )
        if ca.change != fa.change:
            differs.append("this figure is a change, the fact a level" if ca.change
                           else "this figure is a level, the fact a change")  # fmt: skip
        any_basis = (cm is not None and cm.any_basis) or (fm is not None and fm.any_basis)
        pair = {ca.basis, fa.basis}
        if any_basis or len(pair) == 1 or pair in ({"forecast", "target"}, {"planned", "forecast"},
                                                   {"planned", "target"}):  # fmt: skip
            pass
        elif pair in ({"planned", "actual"}, {"planned", "consensus"}):
            unsure.append(
                f"this figure is {_BASIS_WORDS[ca.basis]}, the fact {_BASIS_WORDS[fa.basis]}"
            )
        elif ca.basis != fa.basis:
            differs.append(
                f"this figure is {_BASIS_WORDS[ca.basis]}, the fact {_BASIS_WORDS[fa.basis]}"
            )
        elif fa.previous and not ca.previous:
            unsure.append("the fact is an earlier forecast, replaced since")
        if ca.basis != "actual" and fa.basis != "actual" and not any_basis:
            self._relate_vintage(claim, ca, fa, fact, differs, unsure)
        if ca.adjustment != fa.adjustment:
            if ca.adjustment and fa.adjustment:
                differs.append(f"this figure is {ca.adjustment}, the fact {fa.adjustment}")
            else:
                unsure.append(f"the fact is {fa.adjustment}" if fa.adjustment
                              else f"this figure is {ca.adjustment}")  # fmt: skip
        if fa.scope:
            if not _overlaps(fa.scope, ca.scope):
                words = f"the fact is about a part ({_scope_words(fact, fa.scope)}), this figure is not said to be"
                if _overlaps(fa.scope, self._article_names()):
                    unsure.append(words)  # named elsewhere in the article: may be this one's
                else:
                    differs.append(words)
        else:
            own_parts = (ca.parts & self._entity_scopes(fact.entity_id)) - _whole_words(fact) - {
                stem(w) for w in re.findall(r"[A-Za-z]+", fact.attribute)}  # fmt: skip
            si = claim.sentence_index
            named_here = any(h.entity_id == fact.entity_id and h.strength >= 0.9
                             for h in self.hits_by_sentence[si])  # fmt: skip
            if not named_here and ca.segment_marker and si > 0 and not self.hits_by_sentence[si] \
                    and fact.entity_id != self.main_entity:  # fmt: skip
                # "Clothing & Home had a harder time. Sales in the division fell 3.8%": the
                # division is the one named just before, when it is on file as its own entity
                named_here = any(h.entity_id == fact.entity_id and h.strength >= 0.9
                                 for h in self.hits_by_sentence[si - 1])  # fmt: skip
            if own_parts or (ca.segment_marker and not named_here and not fa.segment_marker):
                differs.append("this figure is a segment's or a part's, the fact the whole's")
        if (
            ca.intraday
            and re.search(r"\bclos", fact.attribute, re.I)
            and (cm or fm) is not None
            and (cm or fm).daily
        ):
            differs.append("the fact is a closing figure; this one is from during the trading day")
        d, u = _relate_periods(ca.period, fa.period, fact, cm or fm, self.today)
        differs += d
        unsure += u
        return tuple(differs), tuple(unsure), same_measure

    def decide_about(
        self, claim: Claim, candidates: list[Candidate], strengths: dict[int, float]
    ) -> Verdict:
        """Supported when a fact of the same measure, period and basis agrees; contradicted only
        when the figure's subject is sure and a fact lines up on every count and disagrees, and
        no fact of that measure agrees; else unverified, naming the closest fact and what differs."""
        candidates = [self._settle_period(claim, c, candidates) for c in candidates]
        fitting = [c for c in candidates if not c.differs and c.subject >= 0.5
                   and (c.same_measure or c.attribute >= MIN_ATTRIBUTE)]  # fmt: skip
        agreeing = [c for c in fitting if c.agrees and c.score >= SUPPORT_THRESHOLD]
        firm = [e for e, v in strengths.items() if v >= 0.95]
        if len(firm) == 1 and not _COMBINED.search(
            self.analysis.article.text[max(claim.sentence_start, claim.start - 150) : claim.start]
        ):
            # "Our Brennock Services subsidiary alone has 1,150 engineers": a look-alike of the
            # article's company named in the sentence owns the figure; the parent's fact, only
            # in the background, cannot support it
            agreeing = [c for c in agreeing if c.fact.entity_id == firm[0] or c.subject >= 0.85
                        or self._names_owner(c.fact, firm[0])
                        or not _look_alike(self.entity_names.get(firm[0], ""), c.fact.entity)]  # fmt: skip
        if agreeing:
            chosen = agreeing[0]
            others = tuple(c for c in fitting if c is not chosen)[:2]
            return Verdict(
                "supported",
                (chosen, *others),
                explain(claim, chosen, "supported", self.about(claim)),
                reference=self._reference(claim),
            )
        owner = self._owner(claim, strengths, fitting)
        reading = self.about(claim).measure
        sure = [
            c for c in fitting
            if not c.agrees and not c.unsure and c.same_measure and (
                c.fact.entity_id == owner or self._names_owner(c.fact, owner))
            and (reading.strength >= 0.3 or reading.measure is None and c.attribute >= 0.7
                 or _instrument_level(c, claim))
            and c.score >= CONTRADICT_THRESHOLD - 0.1
        ]  # fmt: skip
        is_part = claim.is_part or (claim.kind == "count" and bool(
            re.match(r"\s+of\s+\S", self.analysis.article.text[claim.end : claim.end + 6])))  # fmt: skip
        if sure and not is_part:
            best = sure[0]
            same_kind = [c for c in candidates if c.fact.entity_id == best.fact.entity_id
                         and c.same_measure and c.agrees and not any(
                             w in d for d in c.differs for w in ("adjusted", "reported", "like-for-like", "part", "segment",
                                                                 "forecast", "consensus", "target", "a plan", "change", "level"))]  # fmt: skip
            if same_kind:
                return Verdict("unverified", (), closest_text(claim, same_kind[0], (
                    "a fact of the same measure for another period or basis agrees with it",)))  # fmt: skip
            if not _same_size(claim, best):
                return Verdict("unverified", (), closest_text(claim, best, (
                    "the figures are of different orders of size, so they are likely about different things",)))  # fmt: skip
            others = tuple(c for c in sure if c is not best)[:2]
            return Verdict(
                "contradicted",
                (best, *others),
                explain(claim, best, "contradicted", self.about(claim)),
                reference=self._reference(claim),
            )
        top = max(strengths.values(), default=0.0)
        primary = {e for e, v in strengths.items() if v >= top - 0.05}
        near = _closest(candidates, primary)
        if near is None:
            label = (
                reading.measure.label
                if reading.measure is not None and reading.strength >= 0.3
                else None
            )
            return Verdict(
                "unverified", (), self._nothing_to_compare(claim, strengths, owner, label)
            )
        reasons = list(near.differs or near.unsure)
        if not reasons and near.fact.entity_id != owner:
            name = self.entity_names.get(owner) if owner is not None else None
            reasons.append(f"this figure is about {name}" if name else
                           "the fact is about another subject than this figure")  # fmt: skip
        if not reasons and claim.is_part:
            reasons.append("this figure is a part of a group, the fact may be the whole")
        if not reasons and reading.strength < 0.3:
            reasons.append("the words around the figure do not say clearly what it measures")
        if not reasons:
            reasons.append("the fact's words match too weakly to call the figure wrong")
        return Verdict("unverified", (), closest_text(claim, near, tuple(reasons)))

    def _count_modifiers(self, claim: Claim, fact: Fact) -> str:
        """Words between a count's number and its noun that the fact does not share ("mainline"
        in "96 mainline jets", "new" in "12 new stores"); "" when there are none."""
        text = self.analysis.article.text[claim.start : claim.end]
        unit_at = text.lower().rfind(claim.unit.lower()) if claim.unit else -1
        number = _LAST_NUMBER.search(text, 0, unit_at if unit_at > 0 else len(text))
        if unit_at <= 0 or number is None:
            return ""
        middle = text[number.end() : unit_at]
        words = [w for w in _WORD_RE.findall(middle) if not w[0].isdigit()]
        known = fact_word_stems(fact) | _whole_words(fact)
        odd = [w for w in words if stem(w.lower()) not in known and w.lower() not in _COUNT_FILLERS]
        return " ".join(odd)

    def _said_new(self, claim: Claim) -> bool:
        """Whether the figure's sentence says its forecast is the new one ("now expects")."""
        text = self.analysis.article.text
        return bool(_NEW_FORECAST.search(text[claim.sentence_start : claim.start]))

    def _relate_vintage(self, claim: Claim, ca: About, fa: About, fact: Fact, differs: list[str],
                        unsure: list[str]) -> None:  # fmt: skip
        """Forecasts are revised: an earlier one said in the copy is not the forecast of the day
        on file, and one on file made months before may differ from a new one said to be new
        ("now expects") without either being wrong."""
        vintage = self._forecast_age(fact)
        if ca.previous and not fa.previous and vintage is None:
            # "up from earlier guidance of more than €4.2 billion"
            differs.append("this figure is an earlier forecast, the fact the one that replaced it")
        elif not (ca.previous or fa.previous) and vintage is not None and self._said_new(claim):
            unsure.append(
                f"the fact is a forecast made in {_month_words(vintage)}; a newer one may differ"
            )

    def _forecast_age(self, fact: Fact) -> str | None:
        """When a forecast fact was made, if well before the article (its as-of is when it was
        said: "projected inflation (November 2025 projection)", as of 2025-11)."""
        when = as_of_date(fact.as_of)
        if self.today is None or when is None or (self.today - when).days <= FORECAST_VINTAGE_DAYS:
            return None
        return fact.as_of

    def _nothing_to_compare(self, claim: Claim, strengths: dict[int, float], owner: int | None,
                            label: str | None) -> str:  # fmt: skip
        """Why a figure has no fact to set against: an empty database, no one on file named near
        it, or no fact of a comparable unit about the one it is about."""
        if self._empty is None:
            self._empty = self.store.count_facts() == 0
        if self._empty:
            return (
                "The evidence database holds no facts yet: add or import evidence to check figures."
            )
        if not strengths:
            guess = f" ({claim.subject} is not on file)" if claim.subject else ""
            return f"No one the database knows is named near this figure{guess}: nothing to compare it with."
        who = owner if owner is not None else max(strengths, key=strengths.get)  # type: ignore[arg-type]
        measure = label or ", ".join(claim.measure[:3]) or claim.kind
        return f"No fact in the database about {self.entity_names.get(who, claim.subject or 'this subject')} ({measure}) in a comparable unit."

    def _reference(self, claim: Claim) -> dt.date | None:
        """The date a figure speaks of: the end of its own period, else its article's date."""
        p = self.about(claim).period
        if p.day is not None:
            return p.day
        if p.year is not None and p.explicit:
            month = {
                "quarter": (p.part or 4) * 3,
                "half": (p.part or 2) * 6,
                "month": p.part or 12,
                "ytd": p.part or 12,
            }.get(p.span or "", 12)
            return _month_end(p.year, month)
        return self.today

    def _names_owner(self, fact: Fact, owner: int | None) -> bool:
        """Whether a fact of another entity is about the owner: "stake in Harrowdene Trucks"."""
        name = self.entity_names.get(owner) if owner is not None else None
        return bool(name) and name.lower() in fact.attribute.lower()

    def _future_against_past(self, claim: Claim, fact: Fact) -> bool:
        """A year after the article's ("next year", "mid-2027") set against the year of an event
        already past on file ("year of the first cut: 2023"): two events, never one wrong."""
        if self.today is None or claim.value is None:
            return False
        return claim.value > self.today.year and fact.value <= self.today.year

    def _date_is_forecast(self, claim: Claim) -> bool:
        """A date said of an estimate, a plan or a target ("analysts expect a launch in 2028")."""
        text = self.analysis.article.text
        near = text[
            max(claim.sentence_start, claim.start - 120) : min(claim.sentence_end, claim.end + 60)
        ]
        return bool(_DATE_FORECAST.search(near))

    def _owner(
        self, claim: Claim, strengths: dict[int, float], fitting: list[Candidate]
    ) -> int | None:
        """The one entity the figure is surely about: named in its own clause (the nearest name
        before it, or "at Nordwing" right after it), else, when the sentence names none, the one
        entity among those in play that has a fact of this measure."""
        if not strengths:
            return None
        text = self.analysis.article.text
        if _COMBINED.search(text[max(claim.sentence_start, claim.start - 150) : claim.start]):
            return None  # "a combined group with sales of ...": no one company's figure
        top = max(strengths.values())
        firm = [e for e, v in strengths.items() if v >= 0.95]
        if len(firm) == 1:
            # named in the figure's own clause, not only in one before it ("Automotive sales fell
            # to $612m, while the industrial segment was flat at $840m")
            lo = max(
                claim.sentence_start, claim.start - 300
            )  # a clause is short: never read a whole table
            clause = max(
                [lo, *(m.end() + lo for m in _CLAUSE_BREAK.finditer(text[lo : claim.start]))]
            )
            hits = self.hits_by_sentence[claim.sentence_index]
            named = [h for h in hits if h.entity_id == firm[0]]
            own_clause = text[clause : claim.start]
            other = _SEGMENT_NAME.search(own_clause) or any(
                m.group(0) not in self.entity_names.get(firm[0], "") for m in _CAPITALISED.finditer(own_clause))  # fmt: skip
            if named and all(h.start < clause for h in named) and other:
                return None  # the clause speaks of something else: a segment, another name
            return firm[0]
        if len(firm) > 1:
            return None
        with_measure = {c.fact.entity_id for c in fitting if c.same_measure
                        and strengths.get(c.fact.entity_id, 0) >= max(0.55, top - 0.1)}  # fmt: skip
        # named in the sentence, with this measure; not a name after another figure of the kind
        # ("it has gained 44%, against a 19% rise for the Nasdaq": the Nasdaq's is the 19%)
        others = [c.start for c in self._figures.get(claim.sentence_index, []) if c.start > claim.end
                  and c.kind == claim.kind]  # fmt: skip
        named = {h.entity_id for h in self.hits_by_sentence[claim.sentence_index]
                 if h.start < claim.start or not any(o < h.start for o in others)}  # fmt: skip
        # a sentence that names no one, after sentences that last named this same company
        unnamed = (
            not self.hits_by_sentence[claim.sentence_index]
            and self._lead(claim.sentence_index)[2] > claim.start
        )
        recent = self._recent_entity(claim.sentence_index)
        if len(with_measure) == 1 and (
            with_measure <= named or unnamed and recent in (None, *with_measure)
        ):
            # "Net income was $6.72 billion." after a sentence on a unit: the one company in play
            # that has a net income on file
            return next(iter(with_measure))
        best = [e for e, v in strengths.items() if v >= top - 0.05]
        if unnamed and recent is not None and best != [recent]:
            # "Cerro Pardo is operated by Minera Cerro Pardo, in which Arrowmere holds 75%.
            # Attributable gold output was 176,500 ounces": the one named last, or unsure
            return None
        return best[0] if len(best) == 1 and top >= 0.75 else None

    def _settle_period(self, claim: Claim, c: Candidate, candidates: list[Candidate]) -> Candidate:
        """A figure that names no period stands for the latest: the latest recent fact of its
        measure about the same entity is its period's."""
        unsaid = [u for u in c.unsure if any(w in u for w in (
            "period is not said", "which period it covers", "year is not said", "date is not known",
            "day is not said"))]  # fmt: skip
        if not unsaid or not c.same_measure:
            return c
        when = as_of_date(c.fact.as_of)
        mine = fact_about_cached(c.fact)
        # the latest of its kind: a year's figure within about 15 months, a quarter's within two
        # quarters ("third-quarter 2025 operating profit" is not the figure of a Q3 2026 report)
        window = _LATEST_WITHIN.get(mine.period.span or "", 450)
        # "A year ago, it earned 88 cents a share": the latest of a year before
        today = (
            self.today - dt.timedelta(days=365)
            if self.today and self.about(claim).period.prior
            else self.today
        )
        if today is not None and (when is None or not 0 <= (today - when).days <= window):
            return c
        peers = [o for o in candidates if o.fact.entity_id == c.fact.entity_id and o.same_measure
                 and fact_about_cached(o.fact).basis == mine.basis]  # fmt: skip
        if any(_as_of_rank(o.fact.as_of) > _as_of_rank(c.fact.as_of) for o in peers):
            return c
        if self._claim_period_named(c):
            return c
        return dataclasses.replace(c, unsure=tuple(u for u in c.unsure if u not in unsaid))

    def _claim_period_named(self, c: Candidate) -> bool:
        return False


def _words_of(attribute: str, stems: frozenset[str]) -> str:
    """The words of a fact's attribute whose stems are given ("closed" of "stores closed")."""
    return " ".join(w for w in re.findall(r"[A-Za-z]+", attribute) if stem(w.lower()) in stems)


def _month_words(as_of: str) -> str:
    """An as-of in words: "2025-11" -> "November 2025", "2025-11-05" -> "5 November 2025"."""
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$", as_of.strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        return as_of
    month = dt.date(2000, int(m.group(2)), 1).strftime("%B")
    return f"{int(m.group(3))} {month} {m.group(1)}" if m.group(3) else f"{month} {m.group(1)}"


# words of an institution's name that are not its country's ("Reserve Bank of New Zealand")
_INSTITUTION_WORDS = frozenset(("reserve", "bank", "national", "central", "federal", "monetary", "authority",
                                "of", "the", "people's", "state", "board", "system", "banque", "banco",
                                "de", "do", "statistics", "office", "bureau", "institute", "ministry"))  # fmt: skip
_BEFORE_LOWER_NAME = frozenset(("the", "and", "while", "whereas", "but", "as", "with", "against", "than",
                                "of", "for", "on", "in"))  # fmt: skip


def _look_alike(a: str, b: str) -> bool:
    """Whether two entities' names begin with the same word ("Brennock Services", "Brennock
    Energy Storage"): a subsidiary and its parent, or two companies easily confused."""
    first_a, first_b = name_key(a).split()[:1], name_key(b).split()[:1]
    return bool(first_a) and first_a == first_b


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


_LAST_NUMBER = re.compile(
    r"\d[\d,.]*(?:\s*(?:million|billion|thousand|mln|bln|m|bn|k)\b)?(?![\d,.])", re.I
)
_COUNT_FILLERS = frozenset(("million", "billion", "thousand", "mln", "bln", "m", "bn", "k", "more", "of",
                            "the", "its", "their", "other", "some", "about", "roughly", "nearly"))  # fmt: skip
# what was done to what a fact counts: a figure must say the same ("stores opened" is not "closed")
_ACTIONS = frozenset(stem(w) for w in ("opened", "closed", "closure", "hired", "hire", "fired", "laid", "layoffs",
                                       "sold", "bought", "acquired", "acquisition", "launched", "shut", "built",
                                       "delivered", "deliveries", "ordered", "cancelled", "added", "lost"))  # fmt: skip
_EARLIER_LEVEL = re.compile(r"\b(?:before|prior\s+to|previous|former|old)\b", re.I)
_FROM_OR_BEFORE = re.compile(r"\b(?:from|before|previous|previously|former|old|was)\b", re.I)
# a month or day whose year the article's date supplies ("in October", "on May 4"): its year is
# not the copy's word, so it never contradicts the year of an event on file
_YEAR_UNWRITTEN = re.compile(
    rf"(?i)(?:(?:early|mid|late|the\s+end\s+of|end)[-\s]+)?{MONTH}(?:\s+{DAY})?|{DAY}\s+{MONTH}"
)
_NEW_FORECAST = re.compile(r"\b(?:now|new|newly|latest|updated|revised|fresh)\b", re.I)
_OWNER_AFTER = re.compile(r"\s*(?:at|for|from)\s+(?:the\s+)?", re.I)
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:the|a|an|its|whose|which|who|that)\s+[^,;]{0,60}$", re.I)


def _nearest_before(hits: list[EntityHit], pos: int, text: str = "") -> int | None:
    """The entity named last before `pos`, passing over one named in an apposition ("Halvorsen
    Energy, the oil and gas subsidiary of Halvorsen Group, reported ...")."""
    before = sorted((h for h in hits if h.start <= pos), key=lambda h: h.start)
    if not before:
        return None
    last = before[-1]
    if text and len(before) > 1 and last.end > 0 and re.match(r"[^,;.]{0,60},", text[last.end : last.end + 61])  \
            and _APPOSITIVE_BEFORE.search(text[before[-2].start : last.start]):  # fmt: skip
        return before[-2].entity_id
    return last.entity_id


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
    """A verdict decided by a fact much older than the date the figure speaks of says so (its
    period's end, else its article's date, else today); a figure about the past is not stale
    for being checked against a fact of that past."""
    if v.verdict == "unverified" or not v.evidence or max_age_days <= 0:
        return v
    deciding = v.evidence[0].fact
    when = fact_date(deciding.as_of)
    reference = v.reference or today
    if when is None or (reference - when).days <= max_age_days:
        return v
    note = f" The evidence dates from {deciding.as_of}; it may be stale."
    return Verdict(v.verdict, v.evidence, v.explanation + note, stale=True, reference=v.reference)


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


def explain(claim: Claim, c: Candidate, verdict: str, about: About | None = None) -> str:
    """What was compared, in an editor's words: the fact with its source and date, the figure,
    and, when the figure's measure and period were read, that they are the fact's too."""
    f = c.fact
    kind = claim.kind
    fact_text = describe(
        f.value, f.unit if kind != "count" or f.unit != "count" else claim.unit, f.qualifier, kind
    )
    claim_text = describe(c.claim_value, f.unit if kind != "count" else claim.unit, claim.qualifier, kind,
                          _scaled(claim.low, claim, c.claim_value), _scaled(claim.high, claim, c.claim_value))  # fmt: skip
    head = f"Evidence: {f.entity}, {f.attribute}: {fact_text} ({_source_note(f)})."
    same = ""
    if about is not None and c.same_measure:
        label = about.measure.measure.label if about.measure.measure is not None else f.attribute
        when = (
            ""
            if about.period.year is None and about.period.span is None
            else f", {about.period.words()}"
        )
        same = f" Both are {label}{when}{'' if about.basis == 'actual' else ', ' + _BASIS_WORDS[about.basis]}."
    if verdict == "supported":
        return f"{head} Claim: {claim_text}.{same} The figures agree."
    return f"{head} Claim: {claim_text}.{same} The figures do not agree."


def unverified_text(claim: Claim, near: Candidate | None, weak: bool = False,
                    label: str | None = None) -> str:  # fmt: skip
    about = claim.subject or "this subject"
    measure = label or ", ".join(claim.measure[:3]) or claim.kind
    if near is None:
        return f"No fact in the database about {about} ({measure}) in a comparable unit."
    f = near.fact
    how = ("its words are close to this figure's, but not enough to call the figure wrong" if weak
           else "its words match this figure's too loosely to compare them")  # fmt: skip
    return f"Not checked: the closest fact is {f.entity}, {f.attribute} ({_source_note(f)}); {how}."


_DATE_FORECAST = re.compile(r"\b(?:analysts?|estimates?|expects?|expected|forecasts?|projects?|projected|"
                            r"targets?|plans?|aims?|hopes?|due|scheduled)\b", re.I)  # fmt: skip
_SEGMENT_NAME = re.compile(r"\b(?:segment|division|unit|subsidiary|arm|business)\b")
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*")
_CLAUSE_BREAK = re.compile(
    r",\s+(?:while|whereas|but|although|though)\b|;|\s+but\s+|,\s+and\s+(?:the|its|a)\b", re.I
)
_COMBINED = re.compile(r"\b(?:combined|enlarged|merged|pro[-\s]forma|would\s+create|will\s+create|to\s+create|"
                       r"together\s+(?:they|the\s+two)|the\s+two\s+companies)\b", re.I)  # fmt: skip


def _instrument_level(c: Candidate, claim: Claim) -> bool:
    """A level of a named instrument whose facts are daily levels ("the FTSE 250 closed at
    21,406"): the instrument says what the figure measures, even when its words say little."""
    m = fact_about_cached(c.fact).measure.measure
    return m is not None and m.daily and not claim.is_change and c.subject >= 0.95


def _same_size(claim: Claim, c: Candidate) -> bool:
    """Whether a figure and a fact are of one order of size (a slip of digits, not another thing):
    within a factor of three, or a thousandfold (million for billion)."""
    if claim.kind in ("percent", "date") or not c.fact.value or not c.claim_value:
        return True
    ratio = abs(c.claim_value / c.fact.value)
    if ratio < 1:
        ratio = 1 / ratio
    return ratio <= 2 or any(abs(ratio / k - 1) < 0.05 for k in (1e3, 1e6))


def _closest(candidates: list[Candidate], primary: set[int]) -> Candidate | None:
    """The fact to name when nothing decides: one about the figure's subject first."""
    if not candidates:
        return None
    own = [c for c in candidates if c.fact.entity_id in primary]
    pool = own or candidates
    return max(pool, key=lambda c: (c.same_measure, c.score))


def closest_text(claim: Claim, near: Candidate, reasons: tuple[str, ...]) -> str:
    f = near.fact
    kind = claim.kind
    fact_text = describe(f.value, f.unit if kind != "count" or f.unit != "count" else claim.unit,
                         f.qualifier, kind)  # fmt: skip
    why = "; ".join(reasons[:2])
    return (f"Not checked: closest fact is {f.entity}, {f.attribute}: {fact_text} "
            f"({_source_note(f)}); {why}.")  # fmt: skip
