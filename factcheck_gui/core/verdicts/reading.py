"""How a figure is read for matching: its measure, period, basis, adjustment, scope and whether it
is a level or a change, from the words around it, its neighbours in the sentence, a table's
column header and the period its article speaks of. It needs no evidence: the matcher and the
proofreader's consistency rules read figures the same way."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter

from ..figures.claims import Analysis, Claim
from ..text.normalize import normalize
from .about import (
    _AGO_WORDS,
    _LAST_FISCAL,
    _PRIOR,
    _YEAR_TO,
    FORECAST_VERBS,
    LIKE_FOR_LIKE,
    About,
    Period,
    adjustment_of,
    claim_basis,
    read_period,
    tenors,
    without_days,
)
from .taxonomy import Reading, content_stems, stem, taxonomy


class ClaimReader:
    """Reads the claims of one article; `hits_by_sentence` are the entity names the database knows
    in each sentence (their words name a subject, not a measure)."""

    def __init__(self, analysis: Analysis, hits_by_sentence: list | None = None) -> None:
        self.analysis = analysis
        self.hits_by_sentence = hits_by_sentence if hits_by_sentence is not None else [
            [] for _ in analysis.sentences]  # fmt: skip
        self.today: dt.date | None = analysis.article.date
        self.article_period = self._article_period()
        self._by_sentence: dict[int, list[Claim]] = {}
        for c in sorted(analysis.claims, key=lambda c: c.start):
            self._by_sentence.setdefault(c.sentence_index, []).append(c)
        # per sentence, its figures that are no dates, by position (neighbours by bisection, so a
        # sentence of thousands of figures costs each the same)
        self._figures = {si: [c for c in cs if c.kind not in ("date", "duration")]
                         for si, cs in self._by_sentence.items()}  # fmt: skip
        self._figure_starts = {si: [c.start for c in cs] for si, cs in self._figures.items()}
        self._kinds = {si: Counter(c.kind for c in cs) for si, cs in self._by_sentence.items()}
        self._abouts: dict[str, About] = {}
        self._own_year: dict[str, int] = {}  # figures whose own words name their year
        self._own_period: set[str] = set()  # figures whose own words name their period
        self._lead_spans: set[str] = set()  # figures whose sentence's opening names their period
        self._names_cache: frozenset[str] | None = None
        self._labels: dict[str, str | None] = {}  # table cells: their column's header
        self._rows = [b for b in analysis.article.blocks if b.row]
        self._row_starts = [b.start for b in self._rows]

    def _article_period(self) -> Period:
        """The period the article speaks of, from its title and first sentences ("Q3 results")."""
        text = self.analysis.article.text
        end = (
            self.analysis.sentences[min(2, len(self.analysis.sentences) - 1)][1]
            if self.analysis.sentences
            else 0
        )
        opening = text[: min(end, 1500)]
        p = read_period(opening, self.today)
        if p.span == "day":
            # a dateline ("2 December 2025") is when the article was written; the period it
            # reports on is one its opening names outright ("results for the year to 30 September")
            q = read_period(without_days(opening), self.today)
            if (q.span in ("quarter", "half") and q.part) or (
                q.span == "year" and _YEAR_TO.search(opening)
            ):
                p = q
        if p.span not in ("quarter", "half", "year") or p.prior or p.frequency:
            return Period()
        return Period(p.year, p.span, p.part)

    def about(self, claim: Claim) -> About:
        """What the figure is about: its measure, period, basis, adjustment, scope and change."""
        if claim.id in self._abouts:
            return self._abouts[claim.id]
        text = self.analysis.article.text
        weights = self._weights(claim)
        tax = taxonomy()
        sequence = self._sentence_stems(claim)
        counted = claim.kind == "count" and claim.unit not in ("count", "")
        if counted:
            # a count's noun says what it counts, with the verb just before it ("cut 1,200 jobs",
            # "employs 28,000 people in 12 countries": the countries are no headcount)
            lead_words = content_stems(
                normalize(text[max(claim.sentence_start, claim.start - 25) : claim.start])
            )[-2:]
            noun = content_stems(claim.unit)
            own = tax.read(dict.fromkeys(noun, 1.0), noun, claim.kind)
            both = tax.read({**dict.fromkeys(lead_words, 0.9), **dict.fromkeys(noun, 1.0)},
                            (*lead_words, *noun), claim.kind)  # fmt: skip
            if both.measure is not None and any(len(p) > 1 and set(p) & set(noun) and set(p) & set(lead_words)
                                                for p in both.measure.phrases):  # fmt: skip
                reading = Reading(both.measure, 0.8)  # "cut 1,200 jobs": job cuts
            else:
                reading = Reading(own.measure, 0.8)  # the noun's measure, or the noun itself
        else:
            # far words count little (a phrase scores its weight squared), words standing
            # together as near as the nearest of them
            reading = tax.read({k: v for k, v in weights.items() if v >= 0.3}, sequence, claim.kind)
        after = text[claim.end : claim.end + 30]
        if claim.kind == "money" and _PER_SHARE.match(after) and _OFFER_BEFORE.search(
                text[max(claim.sentence_start, claim.start - 40) : claim.start]):  # fmt: skip
            reading = Reading(tax.measures["offer_price"], 0.8)  # "will pay $42 a share"
        elif claim.kind == "money" and _IN_CASH.match(after):
            deal = _OFFER_BEFORE.search(
                text[max(claim.sentence_start, claim.start - 60) : claim.start]
            )
            reading = Reading(
                tax.measures["deal_value" if deal else "cash"], 0.8
            )  # "for $3.6bn in cash"
        elif claim.kind == "money" and _CURRENCY_SUBJECT.search(
            text[max(claim.sentence_start, claim.start - 40) : claim.start]
        ):
            reading = Reading(tax.measures["exchange_rate"], 0.8)  # "the euro rose 0.3% to $1.08"
        elif claim.kind == "money" and _PER_SHARE.match(after) and not (
                reading.measure is not None and "dividend" in (reading.measure.id, reading.measure.parent)):  # fmt: skip
            # "$1.18 per share" after net income, "88 cents a share" of earnings: earnings per share
            if weights.get(stem("dividend"), 0) >= 0.4:
                reading = Reading(tax.measures["dividend"], 0.8)
            elif any(
                weights.get(stem(w), 0) >= 0.25
                for w in ("earnings", "income", "profit", "loss", "eps")
            ):
                reading = Reading(tax.measures["eps"], 0.8)
        lo, hi = (
            max(claim.sentence_start, claim.start - 300),
            min(claim.sentence_end, claim.end + 300),
        )
        clause_start = max(lo, text.rfind(";", lo, claim.start) + 1)
        before = text[max(clause_start, claim.start - 100) : claim.start]
        semi = text.find(";", claim.end, hi)
        clause = normalize(text[clause_start : semi if semi >= 0 else hi]).lower()
        # basis words count in the figure's own stretch of the sentence (from the figure before it
        # to the one after) or in the sentence's opening words, never across another figure
        cs = self._figures.get(claim.sentence_index, [])
        i = bisect.bisect_left(self._figure_starts.get(claim.sentence_index, []), claim.start)
        seg_lo = max(
            (c.end for c in cs[max(0, i - 2) : i] if c.end <= claim.start),
            default=claim.sentence_start,
        )
        seg_hi = next((c.start for c in cs[i : i + 3] if c.start >= claim.end), claim.sentence_end)
        first = cs[0].start if cs else claim.start
        own = (normalize(text[max(seg_lo, claim.start - 200) : min(seg_hi, claim.end + 200)]) + " "
               + normalize(text[claim.sentence_start : min(first, claim.sentence_start + 200)])).lower()  # fmt: skip
        weights = {k: v for k, v in weights.items()
                   if k not in _BASIS_STEMS or (_stem_in(k, clause) and _stem_in(k, own))}  # fmt: skip
        nxt = next((c.start for c in self._figures.get(claim.sentence_index, [])[
            bisect.bisect_left(self._figure_starts.get(claim.sentence_index, []), claim.end):][:3]
            if c.kind != "count"), claim.sentence_end)  # fmt: skip
        basis, previous = claim_basis(weights, before, text[claim.end : min(claim.end + 120, nxt)])
        header = self._column_label(claim)
        if header:  # "| Q3 consensus | Q3 guidance | Q2 actual |": the column says the basis
            hb, _ = claim_basis({st: 1.0 for st in content_stems(header)}, "")
            basis = (
                hb
                if hb != "actual" or re.search(r"\b(?:actual|reported|result)", header, re.I)
                else basis
            )
        anchor = self._from_anchor(claim)
        strong = {k for k, v in weights.items() if v >= 0.6}
        period = self._claim_period(claim, reading)
        revised = self._revised_from(claim) if basis == "actual" and anchor is None else None
        if revised is not None:
            # "we said full-year revenue would be between $14.0bn and $14.4bn. Today we are
            # narrowing that to $14.2bn to $14.4bn": the forecast of the sentence before, revised
            before_about = self.about(revised)
            basis, period = before_about.basis, before_about.period
            if before_about.measure.strength > reading.strength:
                reading = before_about.measure
        lead_in = self._lead_in(claim)
        if lead_in and not _COMPARED_BEFORE.search(
            text[text.rfind("\n", 0, claim.start) + 1 : claim.start]
        ):
            # "For the current year Oostmeer now targets:" over a list: its items' basis and period
            lb, _ = claim_basis({st: 1.0 for st in content_stems(lead_in)}, lead_in)
            if basis == "actual" and lb != "actual":
                basis = lb
            lp = read_period(lead_in, self.today)
            if lp.explicit and claim.id not in self._own_period:
                period = Period(lp.year, lp.span, lp.part, lp.day, lp.prior, True)
        if basis == "actual" and anchor is None and self._forecast_list_item(claim, clause_start):
            basis = "forecast"  # "we expect revenue of $5.1bn, and adjusted EPS of $4.30 to $4.40"
        if (
            basis == "forecast"
            and claim.id not in self._own_period
            and claim.id not in self._lead_spans
            and period.span in ("quarter", "half", "ytd")
            and not period.prior
            and header is None
        ):
            # guidance that names no period, in a quarterly report: the company guides for the
            # year, not for the quarter its report is about (a table's cells share its period)
            period = Period(period.year, "year", None, None, False, True)
        change = claim.is_change
        if anchor is not None:  # "cut its forecast to €1.1bn from €1.35bn": the earlier forecast
            prev = self.about(anchor)
            if prev.measure.measure is not None and prev.measure.strength >= reading.strength:
                reading = prev.measure
            basis, previous, change = prev.basis, prev.basis != "actual", prev.change
            own_year = self._own_year.get(claim.id)
            if (
                basis != "actual"
                and own_year is not None
                and self.today is not None
                and own_year < self.today.year
                and not _FORECAST_WORDS.search(text[anchor.end : claim.start])
            ):
                # "revenue of $5 billion by 2030, up from $1.8 billion last year": last year's
                # result, not an earlier forecast
                basis, previous = "actual", False
            back = _years_back(text[claim.end : claim.end + 40])
            if back is not None and prev.period.year is not None:
                # "down from 31% two years earlier": the same period, so many years before
                p = prev.period
                period = Period(p.year - back, p.span, p.part, None, True, True)
            elif back is not None:
                # "340 depots, up from 290 five years earlier": years before today
                year = self.today.year - back if self.today is not None else None
                period = Period(year, None, None, None, True, True)
            elif not period.explicit or claim.id not in self._own_period:
                # a forecast replaced keeps its horizon; an earlier level's date is not said
                period = prev.period if prev.basis != "actual" else Period(explicit=False)
        elif (move_of := self._move_of(claim)) is not None and reading.strength < 0.6:
            reading = move_of  # "carried 12.4 million passengers, up 6%": the move of that figure
        elif (reading.measure is None or reading.strength < 0.3) and not counted:
            lead = self._lead_measure(claim)
            if lead is not None:
                reading = Reading(
                    lead, 0.36
                )  # "revenue of $3.2bn and raised its forecast to $13.1bn"
            elif reading.measure is None and (earlier := self._earlier_measure(claim)) is not None:
                reading = Reading(
                    earlier, 0.2
                )  # "We posted $5.02 billion last year.": supports only
            elif reading.measure is None and counted:
                reading = Reading(None, 0.8)  # "24 analysts": the counted noun names the measure
        if (
            claim.kind in ("percent", "ratio")
            and _SHARE_OF.match(after)
            and (reading.measure is None or not reading.measure.rate)
        ):
            reading = Reading(
                tax.measures["revenue_share"], 0.8
            )  # "64% of the total", "40% of sales"
        if reading.measure is not None and reading.measure.id == "market_value" and any(
                weights.get(stem(w), 0) >= 0.6 for w in ("deal", "offer", "bid", "takeover", "acquisition", "merger")):  # fmt: skip
            reading = Reading(
                tax.measures["deal_value"], reading.strength
            )  # "the deal values the company at"
        if claim.kind == "percent" and (reading.measure is None or reading.strength < 0.6) and _COMPANY_MOVE.search(
                text[max(claim.sentence_start, claim.start - 80) : claim.start]):  # fmt: skip
            reading, change = (
                Reading(tax.measures["share_price"], 0.6),
                True,
            )  # "Quarrytown slumped 14.6%"
        m = reading.measure
        share_of = bool(re.match(r"\s*of\b", after))  # "cut 9% of staff": a share, not a move
        if not change and claim.kind == "percent" and not share_of and (_CHANGE_BEFORE.search(before[-40:]) or (
                m is not None and m.daily and not m.rate and reading.strength >= 0.3) or (
                claim.unit in ("bp", "pp") and not weights.get(stem("spread")))):  # fmt: skip
            change = True  # "widened by 3 percentage points", "up 11.8 points, or 0.8%"
        if not change and claim.kind == "percent" and m is not None and not m.rate and reading.strength >= 0.3 \
                and not re.match(r"\s*(?:of|share)\b", after):  # fmt: skip
            change = True  # "grew revenue 9%": a percentage of revenue is its change
        if change and reading.measure is not None and reading.measure.id == "inflation" and _PRICES_MOVE.search(
                text[max(claim.sentence_start, claim.start - 60) : claim.start]):  # fmt: skip
            change = False  # "consumer prices rose 2.6% year on year": that is the inflation rate
        if period.prior or (claim.id in self._own_year and self.today
                            and self._own_year[claim.id] < self.today.year
                            and basis == "forecast" and not previous):  # fmt: skip
            basis = (
                "actual"  # "62.3% in the same quarter last year", "the $11.9bn it booked in 2024"
            )
        strong = {
            k for k in strong if k not in _ADJUST_STEMS or _stem_in(k, own)
        }  # the figure's own words
        adjustment = "like-for-like" if LIKE_FOR_LIKE.search(
            text[max(claim.sentence_start, claim.start - 60) : claim.start]) else adjustment_of(
            strong, text[max(claim.sentence_start, claim.start - 60) : claim.start])  # fmt: skip
        ex_from = max(
            [claim.sentence_start, claim.start - 100, *(c.end for c in self._before(claim, 1))]
        )
        if adjustment is None and _EXCLUDING.search(text[ex_from : claim.start]) \
                and not LIKE_FOR_LIKE.search(text[ex_from : claim.start]):  # fmt: skip
            adjustment = "adjusted"  # "excluding that unit, Mereford had revenue of $7.2 billion"
        raw = {st for word, w in claim.context if w >= 0.3 for st in _stems_of(word)}
        parts = {st for word, w in claim.context if w >= 1.0 for st in _stems_of(word)}
        level = self._level_before(claim)
        if (
            level is not None
        ):  # "Surgical Robotics revenue of $486 million, up 24%": that part's move
            parts |= {st for word, w in level.context if w >= 1.0 for st in _stems_of(word)}
        line_start = text.rfind("\n", 0, claim.start) + 1
        intraday = bool(
            _INTRADAY.search(text[max(line_start, claim.start - 200) : claim.end + 40])
        ) and not _CLOSE_WORDS.search(
            text[
                max(claim.sentence_start, claim.start - 200) : min(
                    claim.sentence_end, claim.end + 200
                )
            ]
        )  # "16:35 Close: the FTSE finished at"
        raw |= tenors(text[max(claim.sentence_start, claim.start - 60) : claim.start])
        about = About(reading, period, basis, previous, adjustment, change, frozenset(raw),
                      bool(_SEGMENT_WORDS.search(text[max(claim.sentence_start, claim.start - 80) : claim.end + 40])),
                      frozenset(parts), intraday)  # fmt: skip
        self._abouts[claim.id] = about
        return about

    def _revised_from(self, claim: Claim) -> Claim | None:
        """The forecast of the sentence before that this figure's sentence revises ("narrowing
        that to", "we are raising it to"): its last figure of the same kind, if not actual."""
        text = self.analysis.article.text
        if not hasattr(self, "_revise_ends"):
            self._revise_ends: dict[int, list[int]] = {}
        ends = self._revise_ends.get(claim.sentence_index)
        if ends is None:  # once per sentence, not once per figure of it
            ends = [
                m.end()
                for m in _REVISE_THAT.finditer(text, claim.sentence_start, claim.sentence_end)
            ]
            self._revise_ends[claim.sentence_index] = ends
        if not any(e <= claim.start for e in ends):
            return None
        for c in reversed(self._by_sentence.get(claim.sentence_index - 1, [])):
            if c.kind == claim.kind:
                return c if self.about(c).basis != "actual" else None
        return None

    def _lead_in(self, claim: Claim) -> str:
        """For a figure in a list item, the line that leads into the list when it ends with a
        colon ("For the current year Oostmeer now targets:") or is a heading ("Medium-term
        targets"); else ""."""
        blocks = self.analysis.article.blocks
        if not hasattr(self, "_block_starts"):
            self._block_starts = [b.start for b in blocks]
            self._lead_ins: dict[int, str] = {}
        i = bisect.bisect_right(self._block_starts, claim.start) - 1
        if i < 0 or blocks[i].kind != "list_item":
            return ""
        if i not in self._lead_ins:
            j = i
            while j >= 0 and blocks[j].kind == "list_item":
                j -= 1
            line = ""
            if j >= 0:
                t = self.analysis.article.text[blocks[j].start : blocks[j].end].rstrip()
                if t.endswith(":") or blocks[j].kind == "heading":
                    # "For the current year Oostmeer now targets:", "## Medium-term targets"
                    line = t.rsplit("\n", 1)[-1][-200:]
            self._lead_ins[i] = line
        return self._lead_ins[i]

    def _forecast_list_item(self, claim: Claim, clause_start: int) -> bool:
        """Whether the figure is a later item of a list a forecast verb leads ("we expect revenue
        of $5.1bn, and adjusted EPS of $4.30 to $4.40"): its item has no verb of its own."""
        prev = self._before(claim, 1)
        if not prev or prev[0].end < clause_start:
            return False
        text = self.analysis.article.text
        item = text[prev[0].end : claim.start]
        if not _AND_LIST.match(item) or _LIST_VERB.search(item):
            return False
        return bool(
            _FORECAST_BEFORE_LIST.search(text[max(clause_start, claim.start - 300) : prev[0].start])
        )

    def _from_anchor(self, claim: Claim) -> Claim | None:
        """The figure a "from" figure is set against: "to €1.1bn from €1.35bn", "up from $190"."""
        text = self.analysis.article.text
        if not _FROM_BEFORE.search(text[max(claim.sentence_start, claim.start - 60) : claim.start]):
            return None
        for c in self._before(claim, 3):
            # "to 212,000 barrels a day from 205,000": a bare number takes the unit before it
            if c.end <= claim.start and claim.start - c.end <= 60 and (
                    c.kind == claim.kind or claim.unit in ("count", "")):  # fmt: skip
                return c
        return None

    def _level_before(self, claim: Claim) -> Claim | None:
        """The level a move right after it belongs to ("$486 million, up 24%")."""
        if claim.kind != "percent":
            return None
        text = self.analysis.article.text
        for c in self._before(claim, 1):
            if _MOVE_AFTER_LEVEL.fullmatch(text[c.end : claim.start]):
                return c
        return None

    def _move_of(self, claim: Claim) -> Reading | None:
        """For a move right after a level ("12.4 million passengers, up 6%"), the level's reading."""
        if claim.kind != "percent":
            return None
        text = self.analysis.article.text
        for c in self._before(claim, 1):
            if _MOVE_AFTER_LEVEL.fullmatch(text[c.end : claim.start]):
                r = self.about(c).measure
                if r.measure is not None and r.strength >= 0.6:
                    return Reading(r.measure, 0.6)
        return None

    def _before(self, claim: Claim, n: int) -> list[Claim]:
        """The sentence's n figures (no dates) just before this one, nearest first."""
        cs = self._figures.get(claim.sentence_index, [])
        i = bisect.bisect_left(self._figure_starts.get(claim.sentence_index, []), claim.start)
        return [c for c in reversed(cs[max(0, i - n) : i]) if c.id != claim.id]

    def _lead_measure(self, claim: Claim):  # type: ignore[no-untyped-def]
        """The measure an earlier figure of the sentence names surely, for a figure that names none."""
        for c in self._before(claim, 3):
            if c.kind == claim.kind:
                r = self.about(c).measure
                if r.measure is not None and r.strength >= 0.6:
                    return r.measure
        return None

    def _earlier_measure(self, claim: Claim):  # type: ignore[no-untyped-def]
        """For a sentence with no other figure, the measure the sentence before named surely."""
        if self._kinds.get(claim.sentence_index, Counter())[claim.kind] > 1:
            return None
        for c in reversed(self._by_sentence.get(claim.sentence_index - 1, [])[-3:]):
            if c.kind == claim.kind:
                r = self.about(c).measure
                return r.measure if r.strength >= 0.6 else None
        return None

    def _sentence_stems(self, claim: Claim) -> tuple[str, ...]:
        """The stems around the figure in order (its sentence, within 250 characters)."""
        text = self.analysis.article.text
        window = text[
            max(claim.sentence_start, claim.start - 250) : min(claim.sentence_end, claim.end + 250)
        ]
        return tuple(st for st in content_stems(normalize(window))
                     if not st[:1].isdigit() and st not in _AMOUNT_WORDS)  # fmt: skip

    def _claim_period(self, claim: Claim, reading: Reading) -> Period:
        """The figure's period: words between it and its neighbours in the sentence, then the
        sentence's opening words, then the period its article speaks of."""
        text = self.analysis.article.text
        s, e = claim.sentence_start, claim.sentence_end
        cs = self._figures.get(claim.sentence_index, [])
        starts = self._figure_starts.get(claim.sentence_index, [])
        i = bisect.bisect_left(starts, claim.start)
        before = max((c.end for c in cs[max(0, i - 2) : i] if c.end <= claim.start), default=s)
        j = bisect.bisect_left(starts, claim.end)
        after = next((c.start for c in cs[j : j + 2] if c is not claim), e)
        first = next((c.start for c in cs[:2] if c is not claim), claim.start)
        near_after = _BREAK.split(text[claim.end : min(after, claim.end + 60)], maxsplit=1)[0]
        near_before = _BREAK.split(text[max(before, claim.start - 80) : claim.start])[-1]
        if _SAID_ENDS.search(near_after):
            # "the range we guided to in May": when the forecast was given, not its period
            near_after = _SAID_WHEN.sub(" ", near_after)
        today = self.today if reading.measure is not None and reading.measure.daily else None
        if today is not None and _MOVED_TO.search(
            text[max(claim.sentence_start, claim.start - 60) : claim.start]
        ):
            return Period(
                today.year, "day", None, today, False, True
            )  # "shares fell 4.2% to 38.62 euros": today's
        after_p = read_period(
            near_after, today or self.today if not _WEEKDAY_RE.search(near_after) else today
        )
        own = after_p if after_p.explicit else read_period(
            near_before, today or self.today if not _WEEKDAY_RE.search(near_before) else today)  # fmt: skip
        column = self._column_period(claim)
        if column is not None:
            own = column
        if (
            not own.explicit
            and self.today is not None
            and not claim.is_change
            and _NOW_LEVEL.search(near_before)
            and not _FORECAST_NEAR.search(near_before)
        ):
            # "is now cleared in 14 countries", "currently employs 3,200": a level as of today
            own = Period(self.today.year, "day", None, self.today, False, True)
        if own.year is not None:
            self._own_year[claim.id] = own.year
        if own.explicit:
            self._own_period.add(claim.id)
        lead_text = text[s : min(first, claim.start)]
        lead = (
            read_period(lead_text, today if _WEEKDAY_RE.search(lead_text) else self.today)
            if first > s
            else Period()
        )
        # "a year earlier" marks the figure it follows when that one is a level, or the one it
        # leads into ("prior year: £1.06bn"); never a change ("up 6% from a year earlier")
        prior = lead.prior or bool(_PRIOR_JUST_BEFORE.search(near_before)) or (
            bool(_PRIOR_AFTER.match(near_after)) and not claim.is_change and claim.kind != "percent"
        ) or (bool(_PRIOR_AFTER.match(near_after)) and claim.kind == "percent" and not claim.is_change
              and reading.measure is not None and reading.measure.rate)  # fmt: skip
        year, span, part, day = own.year, own.span, own.part, own.day
        year_given = year is not None
        if span is None and day is None and year is None:
            span, part, day = lead.span, lead.part, lead.day
            if lead.span or lead.day:
                self._lead_spans.add(claim.id)
        point = reading.measure is not None and reading.measure.point
        if span is None and day is None and year is None:
            wide = read_period(
                _PRIOR.sub(" ", text[max(s, claim.start - 300) : claim.start]), self.today
            )  # "first-half ..., on sales of"
            if (
                wide.span in ("quarter", "half", "year", "month", "ytd")
                and not wide.frequency
                and not point
            ):
                span, part = wide.span, wide.part
            if lead.year is None and wide.year is not None:
                year = wide.year  # "revenue of $6.2 billion for fiscal 2024, ... a margin of 24%"
        if year is None:
            year = lead.year
            year_given = year is not None
        last_fiscal = bool(
            _LAST_FISCAL.search(text[max(s, claim.start - 200) : min(e, claim.end + 60)])
        )
        if year is None and claim.period and claim.period[:4].isdigit() and not last_fiscal:
            year = int(claim.period[:4])
            year_given = True
            if span is None and day is None and re.fullmatch(r"\d{4}-\d{2}", claim.period):
                span, part = "month", int(claim.period[5:])  # "in October": that month
        explicit = own.explicit or lead.explicit or year is not None or prior
        flow = reading.measure is None or not reading.measure.point
        written = own.year is not None or lead.year is not None  # a year written by the figure
        if span is None and day is None and written and flow and not prior:
            span = "year"  # "revenue of $5.02 billion in 2024": a year's figure
        if span is None and day is None and not point:
            span, part = self.article_period.span, self.article_period.part
        elif span == self.article_period.span and part is None:
            part = self.article_period.part  # "the same quarter last year"
        if span == "quarter" and part is None and _PREV_QUARTER_RE.search(near_before + near_after + text[s:first]) \
                and self.article_period.span == "quarter" and self.article_period.part:  # fmt: skip
            part = self.article_period.part - 1 or 4  # "last quarter": the one before the article's
        if year is None:
            year = self.article_period.year
        if year is None and self.today is not None and span in ("quarter", "half") and part:
            year = self.today.year if part * (3 if span == "quarter" else 6) <= self.today.month + 2 \
                else self.today.year - 1  # fmt: skip
        if prior and year is not None and not year_given:
            year -= 1
        return Period(year, span, part, day, prior, explicit)

    def _column_period(self, claim: Claim) -> Period | None:
        """A table cell's period from its column's header ("FY2025   FY2024   Change")."""
        label = self._column_label(claim)
        if label is None:
            return None
        p = read_period(label, self.today)
        return p if p.span or p.year else None

    def _column_label(self, claim: Claim) -> str | None:
        """The header of a table cell's column: the cell above it in the table's first row (a
        Markdown table), or the label nearest above it in a header line of periods (a table
        aligned with spaces)."""
        if claim.id in self._labels:
            return self._labels[claim.id]
        text = self.analysis.article.text
        label = None
        i = bisect.bisect_right(self._row_starts, claim.start) - 1
        if i >= 0 and claim.start < self._rows[i].end:
            line_start = text.rfind("\n", 0, claim.start) + 1
            line_end = text.find("\n", claim.start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            label = (_pipe_header(text, line_start, line, claim.start - line_start) if "|" in line
                     else _aligned_header(text, line_start, claim.end - line_start))  # fmt: skip
        self._labels[claim.id] = label
        return label

    def _article_names(self) -> frozenset[str]:
        """Stems of the capitalised words of the whole article."""
        if self._names_cache is None:
            self._names_cache = frozenset(
                stem(w) for w in re.findall(r"\b[A-Z][\w&'-]*", self.analysis.article.text)
            )
        return self._names_cache

    def _weights(self, claim: Claim) -> dict[str, float]:
        """The stems of the words around the figure and how closely they belong to it; the
        words of names the database knows ("STOXX Europe 600 Travel & Leisure") say no measure."""
        names: set[str] = set()
        for h in (
            self.hits_by_sentence[claim.sentence_index]
            if claim.sentence_index < len(self.hits_by_sentence)
            else ()
        ):
            names |= {
                stem(w) for w in re.findall(r"[A-Za-z]+", h.name) if w[0].isupper() and len(w) > 1
            }
        weights: dict[str, float] = {}
        for word, w in claim.context:
            for st in _stems_of(word):
                if st not in names:
                    weights[st] = max(weights.get(st, 0.0), w)
        if claim.kind == "quantity" and claim.unit:
            for st in content_stems(claim.unit):
                weights[st] = 1.0  # "198,000 boe/d": the unit says what is measured
        label = self._row_label(claim)
        for st in content_stems(label):
            weights[st] = max(weights.get(st, 0.0), 0.9)  # "Net debt (£m)   618.0   702.4"
        return weights

    def _row_label(self, claim: Claim) -> str:
        """The label of the table row a cell stands in ("Net debt (£m)"), else ""."""
        i = bisect.bisect_right(self._row_starts, claim.start) - 1
        if i < 0 or claim.start >= self._rows[i].end:
            return ""
        text = self.analysis.article.text
        row = text[self._rows[i].start : claim.start]
        m = re.match(r"\s*([^\d|]*[A-Za-z][^\d|]*?)(?:\s{2,}|\t|\|)", row)
        return re.sub(r"\([^)]*\)", " ", m.group(1)) if m else ""


_MOVE_AFTER_LEVEL = re.compile(
    r"(?:\s+[\w'-]+){0,4}?,\s*(?:up|down|a\s+rise\s+of|a\s+fall\s+of|an?\s+(?:increase|decrease|drop|gain)\s+of)\s+", re.I
)  # fmt: skip
_ADJUST_STEMS = frozenset(stem(w) for w in ("adjusted", "underlying", "core", "gaap", "statutory", "unadjusted",
                                             "ifrs", "headline", "normalised", "normalized"))  # fmt: skip
_CLOSE_WORDS = re.compile(r"\b(?:clos(?:e|ed|ing)|finish(?:ed)?|ended|settled)\b", re.I)
_COMPANY_MOVE = re.compile(
    r"(?:\bshares\s+(?:of|in)\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*|\b[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*(?:'s)?"
    r"(?:\s+(?:shares|stock))?)\s+(?:have\s+|has\s+)?(?:rose|rise|risen|fell|fallen|jumped|slumped|surged|tumbled|dropped|"
    r"slid|sank|climbed|gained|lost|advanced|declined|rallied|plunged|soared|added|shed)\s+(?:by\s+)?(?:about\s+|nearly\s+)?$"
)  # fmt: skip
_INTRADAY = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{3,4}\s+(?:GMT|BST|CET|ET|EST|EDT)\b|\bpre-?market\b|\bextended\s+trading\b|"
    r"\bafter[-\s]hours\b|\bbefore\s+the\s+(?:opening\s+)?bell\b|\b(?:early|late|morning|afternoon|midday|intraday|in-day)\s+(?:trade|trading|deals|dealings)\b"
    r"|\bintraday\b|\bat\s+one\s+point\b|\bat\s+midday\b", re.I)  # fmt: skip
_MOVED_TO = re.compile(r"\b(?:rose|fell|jumped|climbed|dropped|slid|slipped|gained|lost|sank|surged|tumbled|"
                       r"edged\s+(?:up|down|higher|lower)|added|shed|advanced|declined|rallied)\b[^.;,]{0,30}\bto\s+$", re.I)  # fmt: skip


def _pipe_header(text: str, line_start: int, line: str, col: int) -> str | None:
    """The first row's cell above the cell at `col` of a Markdown table row."""
    index = line[:col].count("|") - (1 if line.lstrip().startswith("|") else 0)
    pos, header = line_start, None
    for _ in range(40):  # up to the table's first row
        if pos <= 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        prev = text[prev_start : pos - 1]
        if "|" not in prev:
            break
        if not re.fullmatch(r"[\s|:-]+", prev):
            header = prev
        pos = prev_start
    if header is None:
        return None
    cells = header.strip().strip("|").split("|")
    return cells[index].strip() if 0 <= index < len(cells) else None


def _aligned_header(text: str, line_start: int, col: int) -> str | None:
    """The label of a header line of periods above, nearest to the cell's right edge."""
    pos = line_start
    for _ in range(15):
        if pos <= 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        pos = prev_start
        labels = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]
        periods = [(a, b, t) for a, b, t in labels
                   if read_period(t).explicit and not re.search(r"\d[\d,]*\.\d", t)]  # fmt: skip
        if len(periods) >= 2:
            a, b, t = min(periods, key=lambda p: abs(p[1] - col))
            return t if abs(b - col) <= 6 else None
    return None


_PER_SHARE = re.compile(r"\s*(?:a|per|each)\s+(?:diluted\s+|basic\s+)?(?:share|ADS)\b", re.I)
_CURRENCY_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:euro|dollar|pound|sterling|yen|yuan|renminbi|franc|rupee|won|rouble|ruble)\s+(?:\w+\s+){0,3}?(?:at|to|bought|fetched|traded\s+at|rose\s+to|fell\s+to|was\s+at)\s+$",
    re.I,
)
_IN_CASH = re.compile(r"\s+(?:of|in)\s+cash\b", re.I)
_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:a|an)\s+(?:gain|rise|increase|drop|fall|decline|improvement|expansion|contraction|jump|cut)\s+of\s+"
    r"|\b(?:widen|narrow|rose|rise|rising|fell|fall|falling|increas|decreas|declin|gain|lost|los|drop|climb|"
    r"jump|slid|slip|expand|shrank|shrink|contract|grew|grow|advanc|retreat|edg|cut|rais|lift|lower)\w*\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?"
    r"|\b(?:up|down)\s+(?:by\s+)?|,\s+or\s+)$", re.I)  # fmt: skip
_WEEKDAY_RE = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_OFFER_BEFORE = re.compile(
    r"\b(?:pay|pays|paying|paid|offer(?:s|ed|ing)?|bid|bids|values?|valuing|buy|buys|acquire|sell|sells|sold)\b[^.;]{0,45}$",
    re.I,
)
_BASIS_STEMS = frozenset(stem(w) for w in ("target", "targets", "goal", "consensus", "analysts", "analyst",
    "estimates", "estimate", "forecast", "guidance", "outlook", "projection", "economists", "polled"))  # fmt: skip


def _stem_in(st: str, clause: str) -> bool:
    return any(stem(w) == st for w in re.findall(r"[a-z]+", clause))


_SHARE_OF = re.compile(
    r"\s*of\s+(?:the\s+|its\s+|their\s+|group\s+|total\s+|overall\s+)*(?:total|revenues?|sales|turnover|income|profits?|earnings)\b",
    re.I,
)
_BREAK = re.compile(r",|;|\s(?:and|but|while|whereas|with|after|as)\s", re.I)
_REVISE_THAT = re.compile(r"\b(?:narrow|rais|lift|lower|cut|trim|reaffirm|reiterat|maintain|widen|upgrad|"
                          r"downgrad|tighten|increas|reduc)\w*\s+(?:that|it|this|them|those|these)\b", re.I)  # fmt: skip
_PRICES_MOVE = re.compile(r"\b(?:prices|cpi|consumer\s+price\s+index|ppi)\s+(?:\w+\s+){0,2}?(?:rose|rise|risen|"
                          r"increased|climbed|gained|jumped|fell|dropped|declined|were\s+up|were\s+down)\s+(?:by\s+)?$", re.I)  # fmt: skip
_FORECAST_WORDS = re.compile(
    r"\b(?:forecasts?|guidance|outlook|targets?|range|estimates?|plans?|projections?|goal|view|expected)\b",
    re.I,
)
_EXCLUDING = re.compile(r"\b(?:excluding|excl\.|except\s+for|other\s+than|leaving\s+out)\b", re.I)
_NOW_LEVEL = re.compile(
    r"\b(?:is|are|stands?|has|have)\s+now\b|\bnow\s+(?:stands?|has|have|is|are|employs?|operates?|runs?|"
    r"holds?|owns?|numbers?|totals?|counts?|serves?)\b|\bcurrently\b|\bto\s+date\b|\bas\s+of\s+today\b",
    re.I,
)
_FORECAST_NEAR = re.compile(
    r"\b(?:expect|forecast|guid|project|plan|target|aim|see|will|would)", re.I
)
_SAID = r"guided|forecast|said|announced|gave|given|predicted|projected|set"
_SAID_ENDS = re.compile(rf"\b(?:{_SAID})\b", re.I)  # a cheap first look before _SAID_WHEN
_SAID_WHEN = re.compile(
    rf"\b(?:{_SAID})\s+(?:\w+\s+){{0,2}}?"
    r"(?:in|on|back\s+in|last)\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|"
    r"winter|the\s+spring|the\s+summer|the\s+autumn|the\s+winter)\b\.?",
    re.I,
)
# a list's later item with no verb of its own: ", and adjusted EPS of", ", and capex of about"
_AND_LIST = re.compile(
    r"^(?:\s*(?:to|up\s+from|from|down\s+from)\s+[^,;]{0,40})?,?\s+and\s+(?:[\w&'-]+\s+){1,6}?"
    r"(?:of|at|around|about|near)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I,
)
_LIST_VERB = re.compile(
    r"\b(?:was|were|is|are|rose|fell|reported|posted|came|grew|gained|hit|reached|totall?ed|"
    r"climbed|dropped|declined|delivered|booked|made|had|has|have|recorded)\b",
    re.I,
)
_FORECAST_BEFORE_LIST = re.compile(rf"\b(?:{FORECAST_VERBS}|targets?)\b", re.I)
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+|our\s+)?(?:(?:previous|prior|earlier|original|old)\s+)?"
    r"(?:(?:range|forecast|guidance|outlook|estimate|target|view|projection)\s+)?(?:of\s+)?$",
    re.I,
)
# a figure set against another in a list item: "compared with 11.8%", "up from earlier guidance of"
_COMPARED_BEFORE = re.compile(r"\b(?:compared|versus|vs\.?|against|from|than)\b", re.I)
_PRIOR_JUST_BEFORE = re.compile(
    r"(?:\b(?:prior|previous)[-\s]+year|\ba\s+year\s+(?:earlier|ago|before)|\byear[-\s]+ago)\s*[:,]?\s*"
    r"(?:\w+\s+){0,4}(?:of\s+|was\s+|were\s+|at\s+)?$", re.I)  # fmt: skip
_PRIOR_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:a\s+year\s+(?:earlier|ago|before)|in\s+the\s+(?:same\s+)?(?:quarter|period)\s+"
    r"(?:a|last)\s+year|in\s+the\s+prior[-\s]+year|the\s+year\s+before|in\s+the\s+year-?ago|"
    r"(?:for|in)\s+the\s+(?:previous|prior)\s+corresponding\s+(?:period|half)|\bpcp\b)", re.I)  # fmt: skip
_PREV_QUARTER_RE = re.compile(r"\b(?:previous|prior|preceding|last)\s+quarter\b", re.I)
_AMOUNT_WORDS = frozenset(stem(w) for w in ("cent", "cents", "pence", "penny", "million", "billion",
                                            "trillion", "dollar", "dollars", "euro", "euros", "pound",
                                            "pounds", "percent", "bn", "mln", "pct", "usd", "eur", "gbp"))  # fmt: skip
_SEGMENT_WORDS = re.compile(
    r"\b(?:segment|division|unit|subsidiary|arm)s?\b"
)  # lower case: not "United"
_SEGMENT_STEMS = frozenset(stem(w) for w in ("segment", "division", "unit", "arm", "subsidiary"))


def _stems_of(word: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[A-Za-z]+", word) if len(w) > 1}


_YEARS_BACK = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:earlier|ago|before)\b",
    re.I,
)


def _years_back(text: str) -> int | None:
    """How many years before a phrase just after a figure sets it: "two years earlier" -> 2."""
    m = _YEARS_BACK.match(text)
    if m is None:
        return None
    n = m["n"].lower()
    return int(n) if n.isdigit() else _AGO_WORDS[n]
