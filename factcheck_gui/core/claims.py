"""Turn figures into claims: what is counted, what is measured, and whom it is about."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .articles import Article
from .lexicon import CHANGE_VERBS, FALL_VERBS, MEASURE_WORDS
from .nlp import Pipeline, parse_spans
from .quantities import Quantity, find_quantities
from .textnorm import normalize

_MEASURE_UNIT_RE = re.compile(
    r"\s?(?:metric\s+)?(?P<u>tonnes|tons|barrels\s+(?:per|a)\s+day|barrels|bpd|ounces|oz|"
    r"megawatts|MW|gigawatts|GW|kilowatts|kW|kilowatt-hours|kWh|MWh|GWh|TWh|kilometres|"
    r"kilometers|km|miles|square\s+(?:feet|metres|meters|miles|kilometres|kilometers)|sq\.?\s?ft|"
    r"acres|hectares|litres|liters|gallons|cubic\s+(?:feet|metres|meters)|bushels|kilograms|kg|"
    r"grams|kilos|kgs|lbs|points|teraflops|petaflops|GB|TB|PB|gigabytes|terabytes|petabytes|TEU|carats)\b"
)
_TEMPORAL = {"years", "months", "days", "weeks", "quarters", "decades", "hours", "minutes"}
_TEMPORAL_UNITS = {"years": "year", "months": "month", "weeks": "week", "days": "day",
                   "quarters": "quarter", "decades": "year", "hours": "hour"}  # fmt: skip
_FORECAST = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects?|projected|projections?|"
    r"guidance|guided|guides|outlook|targets?|targeting|aims?|aiming|plans?|planning|will|would|"
    r"could|may|might|estimates?|estimated|consensus|predicts?|predicted|anticipates?|sees)\b",
    re.I,
)
_EVENT_BEFORE = re.compile(
    r"\b(?:founded|established|launched|opened|started|set\s+up|created|formed|spun\s+out|"
    r"spun\s+off|listed|incorporated|born|went\s+public|acquired|bought|agreement|deal|since|"
    r"delivery|launch|debut|introduced|unveiled)[^.;]{0,25}$|\b(?:by|until|till|through|before|after|since|from|to)\s+$",
    re.I,
)
_GENERIC_NOUNS = {"ways", "things", "kinds", "types", "sorts", "sides", "aspects", "reasons",
                  "words", "times", "others", "ones", "parts", "steps", "points"}  # fmt: skip
_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS})(?:\s+by)?\s+$", re.I)
_EARLIER_PERIOD = re.compile(
    r"^[^.;]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|earlier|ago|(?:the\s+)?(?:previous|prior)\s+"
    r"(?:year|quarter)|last\s+year|year-(?:earlier|ago))\b",
    re.I,
)
_SUBJECT_LABELS = ("ORG", "GPE", "NORP", "FAC", "PRODUCT")
_JUNK_ENTITY = re.compile(r"^(?:ai|us|u\.s\.|the|a|an|ceo|cfo|ipo)$", re.I)


@dataclass(frozen=True)
class Mention:
    """A named thing the NER saw in the text."""

    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    """A checkable figure in its sentence."""

    id: str
    start: int
    end: int
    text: str
    kind: str  # money | count | percent | date | duration | quantity | ratio
    value: float
    unit: str
    qualifier: str
    low: float | None
    high: float | None
    step: float
    period: str | None  # dates: their own period; other claims: the period the sentence names
    sentence_start: int
    sentence_end: int
    sentence_index: int
    subject: str
    measure: tuple[str, ...]
    context: tuple[tuple[str, float], ...] = field(repr=False, default=())
    is_change: bool = False  # "rose 8.4%", "rose $1.20 to $84.60": a change, not a level
    direction: int = 0  # changes: -1 for a fall ("fell 2.4%"), +1 for a rise, 0 when unsaid
    is_forecast: bool = False  # "expects sales of $12.5bn", "analysts' estimates of $3.1bn"
    is_part: bool = False  # "500 of the affected employees": a part of a group, not its total


@dataclass(frozen=True)
class Analysis:
    """Claims of an article with what matching needs to know about their surroundings."""

    article: Article
    claims: tuple[Claim, ...]
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]
    main_subject: str
    model: str
    notice: str = ""
    docs: tuple[tuple[object, int], ...] = field(default=(), repr=False)  # (spaCy Doc, offset)


def extract_claims(article: Article, pipeline: Pipeline) -> Analysis:
    """Find every figure of the article and read it as a claim."""
    text = article.text
    norm = normalize(text)
    quantities = find_quantities(text)
    blocks = [b for b in article.blocks if b.end > b.start]
    sentences: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    pending: list[tuple[Quantity, object, int, str]] = []
    qi = 0
    pieces = ((text[b.start : b.end], b.start) for b in blocks)
    block_of = {b.start: b for b in blocks}
    current_block = None
    docs: list[tuple[object, int]] = []
    for doc, base in parse_spans(pipeline, pieces):
        docs.append((doc, base))
        current_block = block_of.get(base, current_block)
        end = base + len(doc.text)  # type: ignore[attr-defined]
        for sent in doc.sents:  # type: ignore[attr-defined]
            sentences.append((base + sent.start_char, base + sent.end_char))
        for ent in doc.ents:  # type: ignore[attr-defined]
            mentions.append(Mention(ent.label_, base + ent.start_char, base + ent.end_char, ent.text))
        while qi < len(quantities) and quantities[qi].start < end:
            q = quantities[qi]
            qi += 1
            if q.start >= base:
                kind = current_block.kind if current_block is not None else "paragraph"
                pending.append((q, doc, base, kind))
    main_subject = _main_subject(article, mentions)
    claims: list[Claim] = []
    sent_starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> int:
        return max(0, bisect_left(sent_starts, offset + 1) - 1)

    # Grouped by sentence once, so that each figure looks only at its own sentence.
    by_sentence: dict[int, list] = {}
    for item in pending:
        by_sentence.setdefault(sentence_of(item[0].core_start), []).append(item)
    mentions_by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        mentions_by_sentence.setdefault(sentence_of(m.start), []).append(m)
    token_cache: dict[int, tuple[list, list[int]]] = {}
    for q, doc, base, block_kind in pending:
        si = sentence_of(q.core_start)
        if id(doc) not in token_cache:
            token_cache.clear()
            tokens = list(doc)  # type: ignore[call-overload]
            token_cache[id(doc)] = (tokens, [t.idx + base for t in tokens])
        claim = _claim_from(q, token_cache[id(doc)], base, block_kind, norm, text, si,
                            sentences[si] if sentences else (0, len(text)),
                            mentions_by_sentence.get(si, []), main_subject, by_sentence.get(si, []),
                            len(claims) + 1)  # fmt: skip
        if claim is not None:
            claims.append(claim)
    return Analysis(article, tuple(claims), tuple(sentences), tuple(mentions), main_subject,
                    pipeline.model, pipeline.notice, tuple(docs))  # fmt: skip


def clean_entity(name: str) -> str:
    """'the Financial Times' → 'Financial Times'; "Amazon’s" → 'Amazon'."""
    name = normalize(name).strip(" •·-*:;,.()\"'")
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    name = re.sub(r"'s?$", "", name)
    return " ".join(name.split())


def _main_subject(article: Article, mentions: list[Mention]) -> str:
    """The organisation the article is mostly about: ORG mentions, the title counting most."""
    counts: Counter[str] = Counter()
    title_end = next((b.end for b in article.blocks if b.kind == "title"), 0)
    first_para = next((b for b in article.blocks if b.kind == "paragraph"), None)
    for m in mentions:
        if m.label != "ORG":
            continue
        name = clean_entity(m.text)
        if len(name) < 2 or _JUNK_ENTITY.match(name):
            continue
        weight = 1.0
        if m.start < title_end:
            weight = 3.0
        elif first_para is not None and first_para.start <= m.start < first_para.end:
            weight = 2.0
        counts[name] += weight
    # "Amazon Closes Shanghai AI Research Lab" (a headline read as one ORG) counts for "Amazon".
    merged: Counter[str] = Counter()
    for name, n in counts.items():
        shorter = [o for o in counts if o != name and name.startswith(o + " ")]
        merged[min(shorter, key=len) if shorter else name] += n
    return merged.most_common(1)[0][0] if merged else ""


def _claim_from(q, doc_tokens, base, block_kind, norm, text, si, sentence, mentions,
                main_subject, pending, number) -> Claim | None:  # type: ignore[no-untyped-def]
    """`pending` and `mentions` hold the figures and names of the claim's own sentence."""
    kind, unit, end = q.kind, q.unit, q.end
    value, period = q.value, q.period
    tokens, tok_starts = doc_tokens
    j = bisect_left(tok_starts, q.core_end)
    if kind == "number":
        unit_m = _MEASURE_UNIT_RE.match(norm, q.core_end)
        head = _counted_noun(tokens, j)
        if q.in_words:
            if head is None or head.tag_ not in ("NNS", "NNPS") or head.lower_ in _GENERIC_NOUNS | _TEMPORAL:
                return None  # "two sides", "one of the": not a figure to check
            kind, unit, end = "count", head.text.lower(), base + head.idx + len(head.text)
        elif q.is_year_like:
            if head is None or head.text.lower() in _TEMPORAL or head.tag_ not in ("NNS", "NNPS"):
                kind, unit, period = "date", "year", str(int(q.value))
            else:
                kind, unit, end = "count", head.text.lower(), base + head.idx + len(head.text)
        elif unit_m:
            kind, unit, end = "quantity", " ".join(unit_m.group("u").split()), unit_m.end()
        elif head is not None and head.lower_ == "times" and j < len(tokens) and head.i == tokens[j].i:
            kind, unit, end = "ratio", "times", base + head.idx + len(head.text)  # "2.27 times"
        elif head is not None and head.lower_ in _TEMPORAL_UNITS:
            # "25 consecutive years": a duration with words in between
            kind, unit, end = "duration", _TEMPORAL_UNITS[head.lower_], base + head.idx + len(head.text)
        elif head is not None:
            kind, unit, end = "count", head.text.lower(), base + head.idx + len(head.text)
            if any(t.like_num for t in tokens[j : head.i - tokens[0].i]):
                end = q.end  # "120 of its 610 branches": the 610 is a figure of its own
        else:
            kind, unit = "count", "count"
    if kind == "date" and block_kind in ("title", "heading"):
        return None  # a year in a headline names a period, it is not a claim to check
    s_start, s_end = sentence
    is_change = _is_change(q, kind, norm)
    direction = _direction(q, norm) if is_change else 0
    is_forecast = bool(_FORECAST.search(norm[max(s_start, q.start - 60) : q.start]))
    if kind not in ("date", "duration"):
        period = "earlier" if _refers_to_earlier(q, norm) else _sentence_period(q, pending, s_start, s_end, norm)
    others = [o for o, *_ in pending if s_start <= o.core_start < s_end and o is not q]
    dates = [o.core_start for o in others if o.kind == "date" or o.is_year_like]
    # "deposits fell by £3.2bn ... to £142bn": the new level keeps the subject of the move.
    moves = [o for o in others if o.core_start < q.core_start and _is_change(o, o.kind if o.kind != "number" else "count", norm)]
    after_move = bool(moves) and bool(re.search(r"\bto\s+(?:a\s+record\s+)?$", norm[max(s_start, q.start - 20) : q.start]))
    if after_move:
        others_for_words = [o for o in others if o.core_start > q.core_start or o.kind == "date"]
    else:
        others_for_words = others
    context, measure = _context_words(tokens, tok_starts, q, s_start, s_end, end, others_for_words, dates)
    # "revenue of A$2.9 billion, down 38%": a move right after a figure is a move of that figure.
    anchor = None
    if after_move:
        anchor = max(moves, key=lambda o: o.core_start)
    elif is_change:
        prior = [o for o in others if o.end <= q.start and o.kind not in ("date", "duration")]
        if prior:
            last = max(prior, key=lambda o: o.end)
            if _MOVE_AFTER.fullmatch(norm[last.end : q.start]):
                anchor = last
    if anchor is not None:
        k = bisect_left(tok_starts, anchor.start)
        subject = next((t.lower_ for t in reversed(tokens[max(0, k - 6) : k]) if t.lower_ in MEASURE_WORDS), None)
        if subject:
            context = tuple(sorted({**dict(context), subject: 1.0}.items()))
    subject = _subject(q, s_start, s_end, mentions, text, main_subject)
    return Claim(
        id=f"c{number}", start=q.start, end=end, text=text[q.start : end], kind=kind, value=value,
        unit=unit, qualifier=q.qualifier, low=q.low, high=q.high, step=q.step, period=period,
        sentence_start=s_start, sentence_end=s_end, sentence_index=si, subject=subject,
        measure=measure, context=context, is_change=is_change, direction=direction, is_forecast=is_forecast,
        is_part=kind == "count" and bool(re.match(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\b", norm[q.core_end : q.core_end + 12])),
    )  # fmt: skip


# What stands between a figure and the move that follows it: "A$2.9 billion for the year to June, down 38%".
_MOVE_AFTER = re.compile(
    r"[^.;]{0,45}?,\s*(?:up|down|rising|falling|a\s+rise\s+of|a\s+fall\s+of|an\s+increase\s+of|"
    r"a\s+decline\s+of|a\s+drop\s+of)\s+",
    re.I,
)
_FALL = re.compile(rf"\b(?:{FALL_VERBS})(?:\s+by)?\s+$", re.I)


def _direction(q: Quantity, norm: str) -> int:
    return -1 if _FALL.search(norm[max(0, q.start - 30) : q.start]) else 1


def _is_change(q: Quantity, kind: str, norm: str) -> bool:
    """A figure that says how much something moved rather than where it stands."""
    if kind in ("date", "duration", "ratio"):
        return False
    before = norm[max(0, q.start - 30) : q.start]
    if not _CHANGE_BEFORE.search(before):
        return False
    if re.search(r"\bby\s+$", before):
        return True  # "fell by £3.2bn": always a move
    if kind == "percent" or kind == "quantity" and unit_is_points(norm, q):
        return True
    return bool(re.match(r"\s+to\s+\S*\d", norm[q.end : q.end + 24]))


def unit_is_points(norm: str, q: Quantity) -> bool:
    return norm[q.core_end : q.core_end + 8].strip().lower().startswith("point")


def _refers_to_earlier(q: Quantity, norm: str) -> bool:
    """ "from $380 million a year earlier": the sentence's date is not this figure's period."""
    before = norm[max(0, q.start - 6) : q.start].lower()
    return before.endswith("from ") or bool(_EARLIER_PERIOD.match(norm, q.end))


def _counted_noun(tokens, j):  # type: ignore[no-untyped-def]
    """The noun a number counts: "100 research papers" → papers; "1,000 of its staff" → staff."""
    k, last_nn, steps = j, None, 0
    if k < len(tokens) and tokens[k].lower_ == "of":
        k += 1  # "1,000 of its staff", "two of its five blast furnaces"
        while k < len(tokens) and (tokens[k].tag_ in ("DT", "PRP$", "PDT", "CD") or tokens[k].text == ","):
            k += 1
    while k < len(tokens) and steps < 5:
        t = tokens[k]
        tag = t.tag_
        if tag in ("NNS", "NNPS") and t.is_alpha:
            return t
        if tag == "NN" and t.is_alpha:
            last_nn = t
        elif tag in ("JJ", "JJR", "JJS", "HYPH", "VBN", "VBG") or t.text in ("-", "‑"):
            if last_nn is not None:
                break
        else:
            break
        k += 1
        steps += 1
    return last_nn


def _sentence_period(q: Quantity, pending, s_start: int, s_end: int, norm: str) -> str | None:  # type: ignore[no-untyped-def]
    """The period a figure refers to: a date written close to it in its sentence ("$1.2 billion
    in fiscal 2024", "2024 revenue of $5bn"), with no other figure between them, and not an
    event's date ("founded in 1962") or a deadline ("by 2030")."""
    best, best_d = None, None
    figures = sorted(o.core_start for o, *_ in pending if s_start <= o.core_start < s_end)
    for other, _doc, _base, _kind in pending:
        if other is q or not (s_start <= other.start < s_end):
            continue
        if not (other.kind == "date" or other.is_year_like):
            continue
        if _EVENT_BEFORE.search(norm[max(s_start, other.start - 40) : other.start]):
            continue
        lo, hi = sorted((other.core_start, q.core_start))
        if any(lo < f < hi for f in figures):
            continue
        d = other.start - q.end if other.start >= q.end else q.start - other.end
        if d > 45:
            continue
        if best_d is None or d < best_d:
            best = other.period or str(int(other.value))
            best_d = d
    return best


def _context_words(tokens, tok_starts, q, s_start, s_end, end, others, dates):  # type: ignore[no-untyped-def]
    """Content words of the sentence weighted by closeness, and the few that name the measure.

    A word between two figures belongs to the one before it when it follows that one closely
    ("$1.05 per share"), else to the one after it ("valuing the company at $6.1bn"); words
    that belong to another figure count half. Measure words in the sentence's subject, before
    any figure ("Net income climbed to ..."), speak for all of its figures."""
    lo = bisect_left(tok_starts, s_start)
    hi = bisect_left(tok_starts, s_end)
    first = bisect_left(tok_starts, q.core_start)
    last = max(first, bisect_left(tok_starts, end) - 1)
    spans = sorted((bisect_left(tok_starts, o.core_start), max(bisect_left(tok_starts, o.end) - 1, 0)) for o in others)
    date_tokens = [bisect_left(tok_starts, f) for f in dates]
    lead_end = min([first, *(s for s, _ in spans)])
    # breaks[k]: a comma or conjunction stands just before token k ("1998 and listed in 2004")
    breaks = [False] * len(tokens)
    for k in range(lo + 1, hi):
        prev = tokens[k - 1]
        breaks[k] = prev.text in (",", ";", "and", "but", "while", "whereas") or (breaks[k - 1] and prev.is_stop)
    weighted: dict[str, float] = {}
    ranked: list[tuple[int, str]] = []
    for k in range(lo, hi):
        t = tokens[k]
        if not t.is_alpha or t.is_stop or len(t.text) < 2:
            continue
        pos = tok_starts[k]
        if q.start <= pos < q.core_end:
            continue  # the figure and its qualifier words
        dist = 0 if first <= k <= last else (first - k if k < first else k - last)
        weight = 1.0 if dist <= 3 else 0.8 if dist <= 6 else 0.6 if dist <= 10 else 0.4
        if k < lead_end:
            if t.lower_ in MEASURE_WORDS and not any(0 < o - k <= 3 for o in date_tokens):
                weight = max(weight, 0.8)
        elif dist > 0 and _owned_elsewhere(k, first, last, spans, breaks):
            weight *= 0.5
        word = t.lower_
        if weight > weighted.get(word, 0.0):
            weighted[word] = weight
        if t.tag_.startswith(("NN", "VB")) and t.ent_type_ not in _SUBJECT_LABELS and t.ent_type_ != "PERSON":
            ranked.append((dist, word))
    ranked.sort()
    measure: list[str] = []
    for _, w in ranked:
        if w not in measure:
            measure.append(w)
        if len(measure) == 4:
            break
    return tuple(sorted(weighted.items())), tuple(measure)


def _owned_elsewhere(k: int, first: int, last: int, spans: list[tuple[int, int]], breaks: list[bool]) -> bool:
    """Whether token k belongs to another figure of the sentence than the one at first..last."""
    if k < first:
        if any(k < s <= first for s, _ in spans if s != first):
            return True  # another figure stands between the word and this one
        prev_end = max((e for _, e in spans if e < k), default=None)
        # "$1.05 per share, from $380m": a word right after a figure is its own, unless it
        # is as close to this one ("$41m on revenue of $530m") or a clause starts between.
        return prev_end is not None and k - prev_end <= 2 and k - prev_end < first - k and not breaks[k]
    if any(last < s < k for s, _ in spans):
        return True
    follows = any(s > k for s, _ in spans)
    return follows and k - last > 2  # "..., valuing the company at $6.1bn"


_COMPANY_REFERENCE = re.compile(r"\b(?:the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|business|bank|lender|"
                                r"utility|retailer|carmaker|insurer|maker)|it|its)\b", re.I)  # fmt: skip


def _subject(q: Quantity, s_start: int, s_end: int, mentions, text: str, main_subject: str) -> str:  # type: ignore[no-untyped-def]
    """The organisation (or place) a figure is about: the nearest one named before it in its
    sentence, else after it, else the article's main subject. A place only counts when the
    sentence does not speak of "the company" or "it" ("The company, which supplies water in
    the north of England, will invest £8.5bn" is about the company)."""
    before, after = None, None
    for group, label in enumerate((_SUBJECT_LABELS[:1], _SUBJECT_LABELS[1:])):
        if group == 1 and main_subject and _COMPANY_REFERENCE.search(normalize(text[s_start : q.start])):
            return main_subject
        for m in mentions:
            if m.label not in label or not (s_start <= m.start < s_end):
                continue
            name = clean_entity(m.text)
            if len(name) < 2 or _JUNK_ENTITY.match(name):
                continue
            if re.match(r"[-\u2011]based\b", normalize(text[m.end : m.end + 7])):
                continue  # "the Boston-based company": a place that describes the subject
            if m.end <= q.start:
                before = name
            elif after is None and m.start >= q.end:
                after = name
        if before or after:
            return before or after or ""
    return main_subject
