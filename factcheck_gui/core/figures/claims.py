"""Turn figures into claims: what is counted, what is measured, and whom it is about."""

from __future__ import annotations

import queue
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace

from ..errors import Cancelled
from ..text.articles import Article
from ..text.model import Block
from ..text.normalize import normalize
from ..text.prefix_search import PrefixMatches
from .lexicon import CHANGE_VERBS, FALL_VERBS, INDEX_BEFORE, LEVEL_BEFORE, MEASURE_WORDS
from .nlp import BATCH_CHARS, Pipeline, parse_spans
from .patterns.amounts import currency_code
from .quantities import Quantity, find_quantities
from .units import (
    DURATION_UNITS,
    METRES_AFTER,
    PER_CURRENCY,
    QUOTED_IN_DOLLARS,
    currency_named_before,
    per_currency_code,
    unit_at,
)

_WHEN_NOUNS = {"week", "month", "year", "quarter", "day", "session", "decade"}  # "99,000 last week"
_TEMPORAL = {"years", "months", "days", "weeks", "quarters", "decades", "hours", "minutes"}
# Plural nouns after a year that make it the period of what they name ("2020 quarterly earnings",
# "the 2048 notes"), not a count of them.
_PERIOD_NOUNS = {"earnings", "results", "sales", "revenues", "profits", "losses", "estimates",
                 "forecasts", "figures", "numbers", "highs", "lows", "notes", "bonds", "elections",
                 "levels", "returns", "gains", "targets", "projections", "financials", "models"}  # fmt: skip
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
    r"delivery|launch|debut|introduced|unveiled|maturing|matures|maturity|due)[^.;\n]{0,25}$|\b(?:by|until|till|through|before|after|since|from|to)\s+$",
    re.I,
)
_DAY_WORDS = {"yesterday", "today", "tomorrow", "tonight"}  # "versus 29 yesterday": no noun counted
_GENERIC_NOUNS = {"ways", "things", "kinds", "types", "sorts", "sides", "aspects", "reasons",
                  "words", "times", "others", "ones", "parts", "steps", "points"}  # fmt: skip
_CHANGE_BEFORE = re.compile(rf"\b(?:{CHANGE_VERBS})(?:\s+by)?\s+$", re.I)
# "made up 51% of revenue", "took up 12% of floor space": a share, whatever the "up" says
_SHARE_VERB = re.compile(
    r"\b(?:made|makes|make|making|took|takes|take|taking|used|uses)\s+up\s+$", re.I
)
_EARLIER_PERIOD = re.compile(
    r"^[^.;\n]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|earlier|ago|(?:the\s+)?(?:previous|prior)\s+"
    r"(?:year|quarter)|last\s+year|year-(?:earlier|ago))\b",
    re.I,
)
_SUBJECT_LABELS = ("ORG", "GPE", "NORP", "FAC", "PRODUCT")
CANCEL_BATCH_CHARS = 4_000  # characters spaCy reads between two looks at the cancel flag (~0.2 s)
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
    value: float | None  # None: a relative date ("last year") in an article with no date
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
    # dates said relative to the article's date: (unit, offset, part) as in Quantity.relative
    relative: tuple[str, int, str] | None = None


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


def extract_claims(
    article: Article, pipeline: Pipeline, cancel: Callable[[], bool] | None = None
) -> Analysis:
    """Find every figure of the article and read it as a claim; `cancel` is asked between pieces of
    text and every 64 figures, and a True answer raises Cancelled."""
    text = unwrapped(article.text, article.blocks)
    norm = normalize(text)
    quantities = find_quantities(text, cancel, today=article.date)
    blocks = [b for b in article.blocks if b.end > b.start]
    sentences: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    pending: list[tuple[Quantity, object, int, str]] = []
    qi = 0
    pieces = ((text[b.start : b.end], b.start) for b in blocks)
    block_of = {b.start: b for b in blocks}
    current_block = None
    docs: list[tuple[object, int]] = []
    with closing(_parsed(pipeline, pieces, cancel)) as parsed:  # closed at once on an error too
        for doc, base in parsed:
            docs.append((doc, base))
            current_block = block_of.get(base, current_block)
            end = base + len(doc.text)  # type: ignore[attr-defined]
            for sent in doc.sents:  # type: ignore[attr-defined]
                sentences.extend(_lines_of(doc.text, base, sent.start_char, sent.end_char))  # type: ignore[attr-defined]
            for ent in doc.ents:  # type: ignore[attr-defined]
                mentions.append(
                    Mention(ent.label_, base + ent.start_char, base + ent.end_char, ent.text)
                )
            while qi < len(quantities) and quantities[qi].start < end:
                q = quantities[qi]
                qi += 1
                if q.start >= base:
                    kind = current_block.kind if current_block is not None else "paragraph"
                    if current_block is not None and current_block.row:
                        q = table_cell(q, current_block, text)
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
    prepared: dict[int, _Sentence] = {}
    token_cache: dict[int, _Tokens] = {}
    for n, (q, doc, base, block_kind) in enumerate(pending):
        if cancel is not None and n % 64 == 0 and cancel():
            raise Cancelled("check cancelled")
        si = sentence_of(q.core_start)
        if id(doc) not in token_cache:
            token_cache.clear()
            prepared.clear()  # a sentence lies in one Doc
            token_cache[id(doc)] = _Tokens(doc, base)
        if si not in prepared:
            s_start, s_end = sentences[si] if sentences else (0, len(text))
            prepared[si] = _Sentence(
                s_start, s_end, by_sentence.get(si, []), mentions_by_sentence.get(si, []), norm
            )
        claim = _claim_from(q, token_cache[id(doc)], base, block_kind, norm, text, si, prepared[si], main_subject,
                            len(claims) + 1)  # fmt: skip
        if claim is not None:
            claims.append(claim)
    claims = _with_carried_units(claims, norm)
    return Analysis(article, tuple(claims), tuple(sentences), tuple(mentions), main_subject,
                    pipeline.model, pipeline.notice, tuple(docs))  # fmt: skip


def table_cell(q: Quantity, block: Block, text: str) -> Quantity:
    """A bare number in a table row under a caption "($ millions)" (the table's, or its
    column's): money in the caption's currency (a number without one), times its scale;
    "(%)" makes it a percentage; "(12.1)" in such a cell is -12.1, as accounts write it. Years
    and figures that state their own unit or scale keep theirs."""
    if q.kind != "number" or q.is_year_like or q.in_words or q.scale != 1.0:
        return q
    scale, cur = next(
        ((sc, c) for a, b, sc, c in block.cells if a <= q.start < b), (block.scale, block.currency)
    )
    code = cur and (currency_code(cur, None) or currency_code(None, cur))
    if cur == "%":
        return replace(q, kind="percent", unit="%")
    if scale == 1.0 and not code:
        return q
    sign = -1 if text[q.start - 1 : q.start] == "(" and text[q.end : q.end + 1] == ")" else 1
    return replace(q, kind="money" if code else q.kind, unit=code or q.unit, value=q.value * scale * sign,
                   step=q.step * scale, scale=scale, low=None if q.low is None else q.low * scale * sign,
                   high=None if q.high is None else q.high * scale * sign)  # fmt: skip


# Between a level and the one it is set against: "rose to 760,000 from 709,200 tonnes", "1.35 mln
# tonnes from 1.38 mln", "Revs 14.5 mln dlrs vs 11.0 mln", "imports were 32,000 tonnes (48,200)".
_SET_AGAINST = re.compile(
    r"[ \t]*,?(?:[ \t]+(?:[a-z][\w/-]*|\x00)){0,4}?[ \t]*,?[ \t]*"
    r"(?:from|vs\.?|versus|against|compared[ \t]+(?:with|to))[ \t]+|[ \t]*\([ \t]*"
)
_CARRIED_KINDS = ("quantity", "money", "percent")


def _bare(c: Claim) -> bool:
    return c.kind == "count" and c.unit == "count"


def _with_carried_units(claims: list[Claim], norm: str) -> list[Claim]:
    """A bare number set against a figure with a unit, in its sentence, takes that unit: wire
    copy writes the unit once ("rose to 760,000 from 709,200 tonnes", "to 3.47 mln tonnes actual
    weight from 3.32 mln", "227,500 tonnes in 1986 from 286,300 in 1985"). Dates between the two
    are passed over; a few lower-case words may stand before "from"."""
    out = list(claims)
    others = [i for i, c in enumerate(out) if c.kind != "date"]
    for x, y in zip(others, others[1:], strict=False):
        a, b = out[x], out[y]
        if a.sentence_index != b.sentence_index or b.start - a.end > 60:
            continue
        gap = norm[a.end : b.start]
        for d in out[x + 1 : y]:  # a date between: "in 1986 from"
            gap = gap.replace(norm[d.start : d.end], "\x00", 1)
        m = _SET_AGAINST.fullmatch(gap)
        if m is None or m.group().strip().startswith("(") and norm[b.end : b.end + 1] != ")":
            continue
        if _bare(b) and a.kind in _CARRIED_KINDS and a.qualifier != "range":
            out[y] = replace(b, kind=a.kind, unit=a.unit)
        elif _bare(a) and b.kind in _CARRIED_KINDS and b.qualifier != "range":
            out[x] = replace(a, kind=b.kind, unit=b.unit)
    # "net sales of 10.99 billion pesos against 422.3 mln in 1984 on sales of 10.36 billion": an
    # amount with a scale word and no noun, in a sentence that has named its currency before it
    money: dict[int, Claim] = {}
    for i, c in enumerate(out):
        if c.kind == "money":
            money[c.sentence_index] = c
        elif (
            _bare(c)
            and _SCALED.search(c.text)
            and (m := money.get(c.sentence_index)) is not None
            and c.start - m.end < 200
        ):
            out[i] = replace(c, kind="money", unit=m.unit)
    return out


_SCALED = re.compile(r"\d\s*(?:mln|million|billion|bln|bn|trillion|trln)\b", re.I)


_SOFT_WRAP_NEXT = re.compile(r"[ \t]*[a-z(]")
# A line that stops mid-phrase goes on on the next one: "rose to\n5.1%", "for about\n2.15 billion
# dlrs", "15.34 pct in\nNovember" (a list of headlines keeps its breaks: "... Facebook\n3 major").
_LIST_START = re.compile(r"[ \t]*(?:[-*•–—]|\d+[.)][ \t])")  # a bullet or "1." starts its own line
_CUT_MID_PHRASE = re.compile(
    r"(?:\b(?:and|or|of|to|by|for|with|in|on|at|from|than|about|around|some|nearly|almost|over|"
    r"under|between|the|a|an|its|their|was|were|is|are|of|rose|fell|reached|totalled|totaled|"
    r"negative|minus|estimated|revised|since|until|last|next|this|early|late|mid)|,)[ \t]*$",
    re.I,
)


def unwrapped(text: str, blocks: Iterable[Block]) -> str:
    """The text with the soft line breaks of hard-wrapped paragraphs read as spaces (same length,
    so every offset holds): wire copy wrapped at 70 columns splits "about 2.15\nbillion dlrs". A
    break is soft inside a paragraph when the line before it is long and the next line goes on in
    lower case or with a figure; a headline over its text, a list or a table keeps its breaks."""
    chars: list[str] | None = None
    for b in blocks:
        if b.kind != "paragraph" or b.row:
            continue
        line_start = b.start
        while (cut := text.find("\n", line_start, b.end)) >= 0:
            line = text[line_start:cut]
            if (
                len(line.strip()) >= 30
                and "\t" not in line
                and "|" not in line
                and not line.rstrip().endswith(":")
                and (
                    _SOFT_WRAP_NEXT.match(text, cut + 1)
                    or _CUT_MID_PHRASE.search(line)
                    and not _LIST_START.match(text, cut + 1)
                )
            ):
                if chars is None:
                    chars = list(text)
                chars[cut] = " "
            line_start = cut + 1
    return text if chars is None else "".join(chars)


def _lines_of(doc_text: str, base: int, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence cut at its line breaks: a line is a paragraph or a headline, and a figure's
    subject, counted noun and context never come from the next one ("Acme Falls 5%" above
    "Microsoft said...")."""
    while (cut := doc_text.find("\n", start, end)) >= 0:
        if doc_text[start:cut].strip():
            yield base + start, base + cut
        start = cut + 1
    if doc_text[start:end].strip() or start == end:
        yield base + start, base + end


_READING = threading.Lock()  # one spaCy reader at a time: a cancelled one finishes its piece first
_DONE = object()


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def _parsed(pipeline: Pipeline, pieces: Iterable[tuple[str, int]],
            cancel: Callable[[], bool] | None) -> Iterator[tuple[object, int]]:  # fmt: skip
    """(Doc, offset) of each piece. A cancellable check reads them in a thread of its own, in
    small batches, and looks at `cancel` every 50 ms meanwhile: it is cancelled at once even in
    the middle of a long piece (the reader stops after that piece, in the background)."""
    if cancel is None:
        yield from parse_spans(pipeline, pieces, BATCH_CHARS)
        return
    out: queue.Queue = queue.Queue()
    stop = threading.Event()

    def read() -> None:
        with _READING:
            try:
                for item in parse_spans(pipeline, pieces, CANCEL_BATCH_CHARS):
                    if stop.is_set():
                        return
                    out.put(item)
            except BaseException as exc:  # handed over to the check, which raises it
                out.put(_Failed(exc))
            else:
                out.put(_DONE)

    # Not a daemon: a cancelled reader ends its piece before Python exits, not in the middle of it.
    threading.Thread(target=read, name="factcheck-nlp").start()
    try:
        while True:
            if cancel():
                raise Cancelled("check cancelled")
            try:
                item = out.get(timeout=0.05)
            except queue.Empty:
                continue
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.exc
            yield item
    finally:
        stop.set()


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
        # the shortest other name that this one starts with, followed by a space
        shorter = next(
            (name[:i] for i, ch in enumerate(name) if ch == " " and name[:i] in counts), None
        )
        merged[shorter or name] += n
    return merged.most_common(1)[0][0] if merged else ""


def _claim_from(
    q, doc_tokens, base, block_kind, norm, text, si, sent, main_subject, number
) -> Claim | None:  # type: ignore[no-untyped-def]
    """`sent` holds the figures and names of the claim's own sentence; the figure reads the words
    and figures within CONTEXT_REACH tokens of itself, so that a sentence of thousands of figures
    (a table read as one sentence) costs each of them the same."""
    kind, unit, end = q.kind, q.unit, q.end
    value, period = q.value, q.period
    tokens, tok_starts = doc_tokens.tokens, doc_tokens.starts
    j = bisect_left(tok_starts, q.core_end)
    if kind == "number":
        kind, unit, end, value = _number_reading(q, tokens, j, base, norm, sent.start)
    if kind == "number":
        unit_m = unit_at(norm, q.core_end)
        head = _counted_noun(tokens, j)
        if head is not None and head.tag_ == "NN" and head.lower_ in _WHEN_NOUNS:
            head = None  # "fell by 99,000 last week": the week is when, not what
        if q.in_words and q.value == 1 and j < len(tokens) and tokens[j].lower_ == "of":
            return None  # "just one of the biggest banks": one among many, not a count
        if unit_m and unit_m[0] == "points" and not _points_of_index(q, norm, sent.start):
            kind, unit, end = "count", "points", unit_m[1]  # "averaging 4.3 points": points scored
        elif unit_m and unit_m[0] in DURATION_UNITS:
            kind, unit, end = "duration", DURATION_UNITS[unit_m[0]], unit_m[1]  # "in 56 seconds"
        elif unit_m and not (q.is_year_like and unit_m[0] == "points"):
            # "25 Mbps", "two standard deviations", "four gigawatts"
            kind, unit, end = "quantity", unit_m[0], unit_m[1]
        elif q.in_words:
            head = _word_count_noun(tokens, j, q.value == 1) or head
            plural = head is not None and head.tag_ in ("NNS", "NNPS")
            if (
                head is not None
                and head.lower_ == "times"
                and q.value % 1
                and head.i == tokens[j].i
            ):
                kind, unit, end = (
                    "ratio",
                    "x",
                    base + head.idx + len(head.text),
                )  # "one point eight times"
            elif (
                head is not None
                and head.lower_ == "times"
                and q.value >= 3
                and _HOW_OFTEN.match(norm, base + head.idx + len(head.text))
            ):
                # "three times a day"; "once", "twice" are left as how often, not a count
                kind, unit, end = "count", "times", base + head.idx + len(head.text)
            elif head is not None and head.lower_ in _WORDS_DURATION and q.value != 1:
                # "a couple of minutes", "the past couple of years": a duration in words
                unit, mult = _WORDS_DURATION[head.lower_]
                kind, value, end = "duration", q.value * mult, base + head.idx + len(head.text)
            elif (
                head is None
                or not (plural or q.value == 1 and head.tag_ == "NN")
                or head.lower_ in _GENERIC_NOUNS | _TEMPORAL
            ):
                return None  # "two sides", "one of the": not a figure to check
            else:
                kind, unit, end = "count", head.text.lower(), base + head.idx + len(head.text)
        elif q.is_year_like:
            if (
                head is None
                or head.lower_ in _TEMPORAL | _PERIOD_NOUNS
                or head.tag_ not in ("NNS", "NNPS")
                or not _counted_year_like(q, norm)
            ):
                kind, unit, period = "date", "year", str(int(q.value))
            else:
                kind, unit, end = "count", head.text.lower(), base + head.idx + len(head.text)
        elif (
            head is not None
            and head.lower_ == "times"
            and j < len(tokens)
            and head.i == tokens[j].i
        ):
            kind, unit, end = "ratio", "x", base + head.idx + len(head.text)  # "2.27 times"
            if _HOW_OFTEN.match(norm, end):
                kind, unit = "count", "times"  # "120 times a day": how often, not a multiple
        elif head is not None and head.lower_ in _TEMPORAL_UNITS:
            # "25 consecutive years": a duration with words in between
            kind, unit, end = (
                "duration",
                _TEMPORAL_UNITS[head.lower_],
                base + head.idx + len(head.text),
            )
        elif head is not None:
            kind, unit, end = "count", head.text.lower(), base + head.idx + len(head.text)
            if any(t.like_num for t in tokens[j : head.i - tokens[0].i]):
                end = q.end  # "120 of its 610 branches": the 610 is a figure of its own
        else:
            kind, unit = "count", "count"
            noun = _noun_of_move(tokens, bisect_left(tok_starts, q.start))
            if noun is not None:
                unit = noun  # "jobless claims fell by 99,000": the subject is what is counted
    s_start, s_end = sent.start, sent.end
    is_change = _is_change(q, kind, norm)
    direction = _direction(q, norm) if is_change else 0
    is_forecast = bool(_FORECAST.search(norm[max(s_start, q.start - 60) : q.start]))
    reach = _Reach(tok_starts, q, end, s_start, s_end)
    window = sent.items_between(reach.chars_from, reach.chars_to)
    if kind not in ("date", "duration"):
        period = (
            "earlier"
            if _refers_to_earlier(q, norm)
            else _sentence_period(q, window, sent.starts, s_start, s_end, norm)
        )
    others = [o for o, *_ in window if o is not q]
    dates = [o.core_start for o in others if o.kind == "date" or o.is_year_like]
    # "deposits fell by £3.2bn ... to £142bn": the new level keeps the subject of the move.
    move = sent.move_before(q)
    after_move = move is not None and bool(
        re.search(r"\bto\s+(?:a\s+record\s+)?$", norm[max(s_start, q.start - 20) : q.start])
    )
    if after_move:
        others_for_words = [o for o in others if o.core_start > q.core_start or o.kind == "date"]
    else:
        others_for_words = [o for o in others if not _names_when(o)]
    owned = sent.owned(q, after_move, reach, others_for_words, tok_starts)
    context, measure = _context_words(
        doc_tokens, q, reach, owned, dates, sent.breaks(tokens, reach)
    )
    # "revenue of A$2.9 billion, down 38%": a move right after a figure is a move of that figure.
    anchor = None
    if after_move:
        anchor = move
    elif is_change:
        prior = [o for o in others if o.end <= q.start and o.kind not in ("date", "duration")]
        if prior:
            last = max(prior, key=lambda o: o.end)
            if _MOVE_AFTER.fullmatch(norm[last.end : q.start]):
                anchor = last
    if anchor is not None:
        k = bisect_left(tok_starts, anchor.start)
        subject = next(
            (t.lower_ for t in reversed(tokens[max(0, k - 6) : k]) if t.lower_ in MEASURE_WORDS),
            None,
        )
        if subject:
            context = tuple(sorted({**dict(context), subject: 1.0}.items()))
    subject = _subject(q, sent, main_subject)
    return Claim(
        id=f"c{number}", start=q.start, end=end, text=text[q.start : end], kind=kind, value=value,
        unit=unit, qualifier=q.qualifier, low=q.low, high=q.high, step=q.step, period=period,
        sentence_start=s_start, sentence_end=s_end, sentence_index=si, subject=subject,
        measure=measure, context=context, is_change=is_change, direction=direction, is_forecast=is_forecast,
        relative=q.relative,
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
    if not _CHANGE_BEFORE.search(before) or _SHARE_VERB.search(before):
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


# Words that may stand between a number in words and what it counts: "two Labo kits", "two
# significantly positive non-recurring cash items", "only one auto manufacturer".
_WORD_COUNT_BETWEEN = {"JJ", "JJR", "JJS", "NN", "NNP", "RB", "HYPH", "VBN", "VBG", "CD"}
_WORD_COUNT_REACH = 8
_WORDS_DURATION = {**{w: (u, 1) for w, u in _TEMPORAL_UNITS.items()}, "decades": ("year", 10),
                   "minutes": ("minute", 1)}  # fmt: skip


def _word_count_noun(tokens, j, singular):  # type: ignore[no-untyped-def]
    """The noun a number in words counts, over adjectives, names and adverbs: the first plural
    noun within reach; for "one" ("only one school") the last noun of the first noun run."""
    k = j
    if k < len(tokens) and tokens[k].lower_ == "of":
        k += 1
        while k < len(tokens) and tokens[k].tag_ in ("DT", "PRP$", "PDT", "CD"):
            k += 1
    first_nn, run_open = None, True
    for t in tokens[k : k + _WORD_COUNT_REACH]:
        if t.tag_ in ("NNS", "NNPS") and t.is_alpha:
            return None if singular and first_nn is not None and not run_open else t
        if t.tag_ == "NN" and t.is_alpha:
            if run_open:
                first_nn = t  # the last noun of the first run of nouns: "one auto manufacturer"
        elif t.tag_ in _WORD_COUNT_BETWEEN or t.text in ("-", "‑"):
            run_open = run_open and first_nn is None
        else:
            break
    return first_nn if singular else None


# After "N times": how often something happens, so a count ("120 times a day", "five times this
# year"), not a multiple ("three times the size").
_HOW_OFTEN = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|season|game|hour|minute|night)"
    r"|so\s+far\s+this\s+(?:year|season|month|week|quarter)"
    r"|(?:since|in\s+the\s+(?:past|last))\b)\b",
    re.I,
)
# A line of a results table in wire style, up to a bare amount: "Net loss 11,445,000 vs loss",
# "Revs 14.5 mln vs", "Oper net profit".
_STATEMENT_LINE = re.compile(
    r"[ \t]*(?:(?:oper(?:ating)?|pretax|pre-tax)[ \t]+)?(?:net(?:[ \t]+(?:loss|profit|income|earnings))?|"
    r"revs|revenues?|sales|profit|loss|income|ebitda|ebit)[ \t]+(?:(?:loss|profit)[ \t]+)?"
    r"(?:[\d.,]+(?:[ \t]+(?:mln|billion|bln|dlrs))*[ \t]+vs\.?[ \t]+(?:(?:loss|profit)[ \t]+)?)?",
    re.I,
)
_DLRS = re.compile(r"\b(?:dlrs?|cts)\b")
_SHARES_LINE = re.compile(
    r"[ \t]*(?:avg|average)\.?[ \t]+(?:shrs|shares)[ \t]+(?:[\d.,]+(?:[ \t]+mln)?[ \t]+vs\.?[ \t]+)?",
    re.I,
)
# A number set off by commas after a name is that person's age: "said Ng, 45, in an interview",
# "Jane Doe, 62, who ..." (news style), never a list ("in Asia, 45, 50 and 60").
_AGE_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?: Jr\.| Sr\.)?,[ \t]$")
_AGE_AFTER = re.compile(r",[ \t]+(?:[a-z]|—|--)")  # "Ahuja, 56, retired", "Kirkhorn, 34, will"
_AN_INDEX = re.compile(r"(?i)\bind(?:ex|exes|ices)\b")
# A bare number moved by a verb just before it ("jumped by 1,200", "was up 61") in a sentence that
# names a stock index before it is that index's move in points, which wire copy leaves unsaid.
_INDEX_MOVE = re.compile(
    rf"\b(?:{CHANGE_VERBS})(?:\s+by)?\s+(?:(?:about|some|around|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
_INDEX_NAMED = re.compile(
    r"(?<![\w&])(?:S&P(?:\s+500)?|Nikkei|Sensex|Nifty|FTSE(?:\s+100)?|Dow(?:\s+Jones)?|Nasdaq|Kospi|"
    r"Hang\s+Seng|DAX|CAC(?:\s+40)?|Stoxx|STOXX|TSX|ASX|Topix|Shanghai\s+Composite|Russell\s+2000|"
    r"IBEX|Ibex|Bovespa|Straits\s+Times|CSI\s+300|KLCI|Taiex|Industrial\s+Average)(?![\w&])"
)


def _number_reading(q, tokens, j, base, norm, s_start):  # type: ignore[no-untyped-def]
    """A bare number that its words make money or a level: an exchange rate ("6.8519 per dollar",
    "the rupee fell to 74.6537"), metres in mining copy ("12m at 3.1 g/t"), an index level or a
    points move ("the Sensex fell to 35,470.15", "PMI rose to 49.7"). ("number", ...) when none."""
    kind, unit, end, value = "number", q.unit, q.end, q.value
    if q.is_year_like or q.in_words or q.low is not None:
        return kind, unit, end, value
    if (
        q.step == 1
        and 15 <= value <= 110
        and _AGE_BEFORE.search(norm, max(s_start, q.start - 40), q.start)
        and _AGE_AFTER.match(norm, q.end)
    ):
        return "duration", "year", end, value  # "Ng, 45, said": a person's age
    line_start = norm.rfind("\n", 0, q.start) + 1
    if _STATEMENT_LINE.fullmatch(norm, line_start, q.start):
        # "Net loss 11,445,000 vs loss 501,000", "Revs 14.5 mln vs 11.0 mln": a results table
        # in wire style, in the currency the story names before it
        code = currency_named_before(norm, max(0, q.start - 3000), q.start)
        if code is None and _DLRS.search(norm):
            code = "USD"  # "Shr loss 32 cts vs loss seven cts": wire copy in cents and dollars
        if code:
            return "money", code, end, value
    if _SHARES_LINE.fullmatch(norm, line_start, q.start):
        return "count", "shares", end, value  # "Avg shrs 4,639,000 vs 4,059,000"
    core = norm[q.core_start : q.core_end]
    if q.scale == 1e6 and core.endswith("m") and METRES_AFTER.match(norm, q.core_end):
        return "quantity", "m", q.core_end, value / 1e6
    if q.scale != 1.0:
        return kind, unit, end, value
    lo = max(s_start, q.start - 100)
    rate = PER_CURRENCY.match(norm, q.core_end)
    if rate:
        against = per_currency_code(rate.group("c"))
        code = currency_named_before(norm, lo, q.start, against)
        if code:
            return "money", code, rate.end(), value
        return "quantity", f"per {rate.group('c').lower()}", rate.end(), value
    level = LEVEL_BEFORE.search(norm, max(lo, q.start - 30), q.start)
    if (
        level is None
        and _counted_noun(tokens, j) is None
        and _INDEX_MOVE.search(norm, max(lo, q.start - 30), q.start)
        and _INDEX_NAMED.search(norm, lo, q.start)
    ):
        return "quantity", "points", end, value  # "the Dow jumped by 1,200": a move in points
    if level is None or _counted_noun(tokens, j) is not None:
        return kind, unit, end, value
    code = currency_named_before(norm, max(lo, q.start - 60), q.start)
    if code and _AN_INDEX.search(norm, max(lo, q.start - 60), q.start):
        code = None  # "the ICE dollar index fell 0.5% to 101.8": an index of the currency
    if code and "." in core:
        # "the rupee weakened to 74.6537" (rupees per dollar); "the euro was flat at 1.1093" (dollars)
        return "money", "USD" if code in QUOTED_IN_DOLLARS else code, end, value
    if INDEX_BEFORE.search(norm, lo, q.start):
        return "quantity", "points", end, value  # "the Sensex fell to 35,470.15"
    return kind, unit, end, value


def _points_of_index(q, norm, s_start):  # type: ignore[no-untyped-def]
    """Points that are an index's move or a price's ("the Nikkei rose 54 points", "the bond fell 2
    points"), not points scored ("averaging 4.3 points", "more than seven points")."""
    if q.in_words or q.is_year_like:
        return False
    lo = max(s_start, q.start - 100)
    return bool(
        _CHANGE_BEFORE.search(norm, max(lo, q.start - 30), q.start)
        or INDEX_BEFORE.search(norm, lo, q.start)
    )


def _noun_of_move(tokens, k):  # type: ignore[no-untyped-def]
    """The plural noun whose move a figure states: "jobless claims fell by 99,000" → claims."""
    steps = 0
    k -= 1
    if k >= 0 and tokens[k].lower_ == "by":
        k -= 1
    if k < 0 or not tokens[k].tag_.startswith("VB") or not _CHANGE_WORD.fullmatch(tokens[k].lower_):
        return None
    k -= 1
    while k >= 0 and steps < 2 and tokens[k].tag_ in ("RB", "MD", "VBD", "VBZ", "VBP"):
        k -= 1  # "claims unexpectedly fell", "claims have fallen"
        steps += 1
    if k >= 0 and tokens[k].tag_ in ("NNS", "NNPS") and tokens[k].is_alpha:
        return tokens[k].lower_
    return None


_CHANGE_WORD = re.compile(rf"(?:{CHANGE_VERBS})", re.I)


def _counted_noun(tokens, j):  # type: ignore[no-untyped-def]
    """The noun a number counts: "100 research papers" → papers; "1,000 of its staff" → staff."""
    k, last_nn, steps = j, None, 0
    if k < len(tokens) and tokens[k].lower_ == "of":
        k += 1  # "1,000 of its staff", "two of its five blast furnaces"
        while k < len(tokens) and (
            tokens[k].tag_ in ("DT", "PRP$", "PDT", "CD") or tokens[k].text == ","
        ):
            k += 1
    while k < len(tokens) and steps < 5:
        t = tokens[k]
        tag = t.tag_
        if tag in ("NNS", "NNPS") and t.is_alpha:
            return t
        if tag == "NN" and t.is_alpha and t.lower_ not in _DAY_WORDS:
            last_nn = t
        elif tag in ("JJ", "JJR", "JJS", "HYPH", "VBN", "VBG") or t.text in ("-", "‑"):
            if last_nn is not None:
                break
        else:
            break
        k += 1
        steps += 1
    return last_nn


def _sentence_period(
    q: Quantity, pending, figures, s_start: int, s_end: int, norm: str
) -> str | None:  # type: ignore[no-untyped-def]
    """The period a figure refers to: a date written close to it in its sentence ("$1.2 billion
    in fiscal 2024", "2024 revenue of $5bn"), with no other figure between them, and not an
    event's date ("founded in 1962") or a deadline ("by 2030")."""
    best, best_d = (
        None,
        None,
    )  # `pending`: the figures near q; `figures`: where all of the sentence's start, in order
    for other, _doc, _base, _kind in pending:
        if other is q or not (s_start <= other.start < s_end):
            continue
        if not (other.kind == "date" or other.is_year_like):
            continue
        d = other.start - q.end if other.start >= q.end else q.start - other.end
        if d > 45:
            continue
        lo, hi = sorted((other.core_start, q.core_start))
        if bisect_left(figures, hi) > bisect_right(figures, lo):
            continue  # another figure stands between them
        if _EVENT_BEFORE.search(norm[max(s_start, other.start - 40) : other.start]):
            continue
        if best_d is None or d < best_d:
            best = other.period or (str(int(other.value)) if other.value is not None else None)
            if best is None:
                continue  # a relative date with no article date to place it
            best_d = d
    return best


CONTEXT_REACH = 120  # tokens either side of a figure that it reads (news sentences are shorter)


class _Reach:
    """The tokens a figure reads: its sentence, cut to CONTEXT_REACH tokens either side of it."""

    def __init__(
        self, tok_starts: list[int], q: Quantity, end: int, s_start: int, s_end: int
    ) -> None:
        self.lo = bisect_left(tok_starts, s_start)  # the sentence's tokens: lo..hi-1
        self.hi = bisect_left(tok_starts, s_end)
        self.first = bisect_left(tok_starts, q.core_start)  # the figure's: first..last
        self.last = max(self.first, bisect_left(tok_starts, end) - 1)
        self.start = max(self.lo, self.first - CONTEXT_REACH)  # the figure reads start..stop-1
        self.stop = min(self.hi, self.last + CONTEXT_REACH + 1)
        self.chars_from = tok_starts[self.start] if self.start > self.lo else s_start
        self.chars_to = tok_starts[self.stop] if self.stop < self.hi else s_end


class _Tokens:
    """A Doc's tokens, their offsets in the article, and its content words with what a figure's
    context needs of them, read from spaCy once per Doc."""

    def __init__(self, doc: object, base: int) -> None:
        self.tokens = list(doc)  # type: ignore[call-overload]
        self.starts = [t.idx + base for t in self.tokens]
        self.content: list[int] = []  # indexes of content words
        self.words: list[
            tuple[str, bool]
        ] = []  # their lower case, and whether one may name the measure
        for k, t in enumerate(self.tokens):
            if t.is_alpha and not t.is_stop and len(t.text) >= 2:
                self.content.append(k)
                names = (
                    t.tag_.startswith(("NN", "VB"))
                    and t.ent_type_ not in _SUBJECT_LABELS
                    and t.ent_type_ != "PERSON"
                )
                self.words.append((t.lower_, names))


class _Sentence:
    """One sentence's figures and names, prepared once for all of its figures."""

    def __init__(
        self, start: int, end: int, items: list, mentions: list[Mention], norm: str
    ) -> None:
        self.start, self.end, self.norm = start, end, norm
        # (Quantity, doc, base, block kind) in the text's order, those whose figure starts inside the sentence
        self.items = [it for it in items if start <= it[0].core_start < end]
        self.order = sorted(range(len(self.items)), key=lambda i: self.items[i][0].core_start)
        self.ordered = [self.items[i][0] for i in self.order]  # the figures by position
        self.starts = [o.core_start for o in self.ordered]
        # the figures that may own words: a date names when, never what ("Second-quarter
        # revenue was $1.36 billion": the revenue is the $1.36 billion's)
        self.owners = [o for o in self.ordered if not _names_when(o)]
        self.owner_starts = [o.core_start for o in self.owners]
        self.dates = [o for o in self.ordered if o.kind == "date"]
        self._token_spans: tuple | None = None
        self._date_starts = [o.core_start for o in self.dates]
        self._move_starts: list[int] = []
        self.mentions = mentions
        self._moves: list[Quantity] | None = None
        self._names: list[tuple[list[int], list[int], list[str]]] | None = None
        self._references: PrefixMatches | None = None
        self._breaks: tuple[int, list[bool]] | None = None

    def items_between(self, lo: int, hi: int) -> list:
        """The figures whose core starts in lo..hi-1, in the text's order."""
        picked = self.order[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
        return [self.items[i] for i in sorted(picked)]

    def move_before(self, q: Quantity) -> Quantity | None:
        """The nearest figure before q in the sentence that is a move ("fell by £3.2bn")."""
        if self._moves is None:
            self._moves = [o for o in (self.items[i][0] for i in self.order)
                           if _is_change(o, o.kind if o.kind != "number" else "count", self.norm)]  # fmt: skip
            self._move_starts = [o.core_start for o in self._moves]
        k = bisect_left(self._move_starts, q.core_start)
        return self._moves[k - 1] if k > 0 else None

    def owned(
        self,
        q: Quantity,
        after_move: bool,
        reach: _Reach,
        near: list[Quantity],
        tok_starts: list[int],
    ) -> _Owned:
        """Which figures the words within reach may belong to: those in `near` (within reach),
        the one just before the reach, and the sentence's last one. After a move ("... to
        £142bn") only the figures after q, and dates, count."""

        def counts(o: Quantity) -> bool:
            return o is not q and (
                not after_move or o.core_start > q.core_start or o.kind == "date"
            )

        last_candidates = [*self.owners[-2:], *(self.dates[-2:] if after_move else ())]
        last = max((o.core_start for o in last_candidates if counts(o)), default=None)
        first_candidates = [*self.owners[:2]]
        if after_move:
            after_q = bisect_right(self.owner_starts, q.core_start)  # the first figure after q
            first_candidates = [*self.dates[:2], *self.owners[after_q : after_q + 1]]
        first = min((o.core_start for o in first_candidates if counts(o)), default=None)
        first_tok = bisect_left(tok_starts, first) if first is not None else None
        last_tok = bisect_left(tok_starts, last) if last is not None else None
        a = bisect_left(self.owner_starts, reach.chars_from)
        if not after_move and self._spans(tok_starts) is not None:
            # every figure of the sentence from the one before the reach to the reach's end; q
            # itself among them changes nothing (its span is first..last)
            starts, ends = self._spans(tok_starts)  # type: ignore[misc]
            return _Owned(reach.first, reach.last, starts, ends, max(0, a - 1), bisect_left(self.owner_starts, reach.chars_to),
                          first_tok, last_tok)  # fmt: skip
        before = None
        if after_move:
            d = bisect_left(self._date_starts, reach.chars_from)
            before = self.dates[d - 1] if d > 0 and counts(self.dates[d - 1]) else None
        elif a > 0 and counts(self.owners[a - 1]):
            before = self.owners[a - 1]
        spans = sorted(
            _token_span(o, tok_starts) for o in (*near, *((before,) if before is not None else ()))
        )
        starts = [s for s, _ in spans]
        ends = sorted(e for _, e in spans)
        return _Owned(reach.first, reach.last, starts, ends, 0, len(spans), first_tok, last_tok)

    def _spans(self, tok_starts: list[int]) -> tuple[list[int], list[int]] | None:
        """Token spans of the sentence's figures in order, once; None when their ends are out of order."""
        if self._token_spans is None:
            spans = [_token_span(o, tok_starts) for o in self.owners]
            ends = [e for _, e in spans]
            ordered = all(x <= y for x, y in zip(ends, ends[1:], strict=False))
            self._token_spans = ([s for s, _ in spans], ends) if ordered else ()
        return self._token_spans or None

    def breaks(self, tokens: list, reach: _Reach) -> list[bool]:
        """breaks[k - lo]: a comma or conjunction stands just before token k ("1998 and listed in 2004")."""
        if self._breaks is None or self._breaks[0] != reach.lo:
            lo, hi = reach.lo, reach.hi
            out = [False] * max(0, hi - lo)
            for k in range(lo + 1, hi):
                prev = tokens[k - 1]
                out[k - lo] = prev.text in (",", ";", "and", "but", "while", "whereas") or (
                    out[k - 1 - lo] and prev.is_stop
                )
            self._breaks = (lo, out)
        return self._breaks[1]

    def names(self) -> list[tuple[list[int], list[int], list[str]]]:
        """Starts, ends and names of the organisations, then of the places and products, named
        in the sentence."""
        if self._names is None:
            groups: tuple[list[tuple[int, int, str]], ...] = ([], [])
            for group, labels in enumerate((_SUBJECT_LABELS[:1], _SUBJECT_LABELS[1:])):
                for m in self.mentions:
                    if m.label not in labels or not (self.start <= m.start < self.end):
                        continue
                    name = clean_entity(m.text)
                    if len(name) < 2 or _JUNK_ENTITY.match(name):
                        continue
                    if re.match(r"[-\u2011]based\b", self.norm[m.end : m.end + 7]):
                        continue  # "the Boston-based company": a place that describes the subject
                    groups[group].append((m.start, m.end, name))
            self._names = [
                ([s for s, _, _ in g], [e for _, e, _ in g], [n for _, _, n in g]) for g in groups
            ]
        return self._names

    def refers_to_company_before(self, pos: int) -> bool:
        """Whether "the company", "it" or "its" stands in the sentence before `pos`."""
        if self._references is None:
            self._references = PrefixMatches(
                _COMPANY_REFERENCE, self.norm[self.start : self.end], self.start
            )
        return self._references.first(pos) is not None


def _names_when(o: Quantity) -> bool:
    """A figure that says when or how long ("2025", "Q3", "10-year"), not how much: it owns no words."""
    return o.kind in ("date", "duration") or (o.kind == "number" and o.is_year_like)


def _token_span(o: Quantity, tok_starts: list[int]) -> tuple[int, int]:
    return bisect_left(tok_starts, o.core_start), max(bisect_left(tok_starts, o.end) - 1, 0)


def _context_words(doc_tokens, q, reach, owned, dates, breaks):  # type: ignore[no-untyped-def]
    """Content words near the figure weighted by closeness, and the few that name the measure.

    A word between two figures belongs to the one before it when it follows that one closely
    ("$1.05 per share"), else to the one after it ("valuing the company at $6.1bn"); words
    that belong to another figure count half. Measure words in the sentence's subject, before
    any figure ("Net income climbed to ..."), speak for all of its figures."""
    tok_starts = doc_tokens.starts
    lo, first, last = reach.lo, reach.first, reach.last
    date_tokens = sorted(bisect_left(tok_starts, f) for f in dates)
    lead_end = first if owned.first_other is None else min(first, owned.first_other)
    weighted: dict[str, float] = {}
    ranked: list[tuple[int, str]] = []
    content = doc_tokens.content
    for c in range(bisect_left(content, reach.start), bisect_left(content, reach.stop)):
        k = content[c]
        word, names_measure = doc_tokens.words[c]
        pos = tok_starts[k]
        if q.start <= pos < q.core_end:
            continue  # the figure and its qualifier words
        dist = 0 if first <= k <= last else (first - k if k < first else k - last)
        weight = 1.0 if dist <= 3 else 0.8 if dist <= 6 else 0.6 if dist <= 10 else 0.4
        if k < lead_end:
            if word in MEASURE_WORDS and not bisect_right(date_tokens, k + 3) > bisect_right(
                date_tokens, k
            ):
                weight = max(weight, 0.8)
        elif dist > 0 and owned.elsewhere(k, breaks[k - lo]):
            weight *= 0.5
        if weight > weighted.get(word, 0.0):
            weighted[word] = weight
        if names_measure:
            ranked.append((dist, word))
    ranked.sort()
    measure: list[str] = []
    for _, w in ranked:
        if w not in measure:
            measure.append(w)
        if len(measure) == 4:
            break
    return tuple(sorted(weighted.items())), tuple(measure)


class _Owned:
    """Whether a word belongs to another figure of the sentence than the one at first..last; by
    bisection over the token spans of the others (starts[lo:hi], and their ends in order), so a
    word costs the same however many figures the sentence holds."""

    def __init__(self, first: int, last: int, starts: list[int], ends: list[int], lo: int, hi: int,
                 first_other: int | None, last_other: int | None) -> None:  # fmt: skip
        self.first, self.last = first, last
        self.starts, self.ends, self.lo, self.hi = starts, ends, lo, hi
        self.first_other = first_other  # tokens of the sentence's first and last other figure
        self.last_other = last_other

    def _starts_between(self, a: int, b: int) -> bool:
        """Another figure starts strictly between tokens a and b."""
        return bisect_left(self.starts, b, self.lo, self.hi) > bisect_right(
            self.starts, a, self.lo, self.hi
        )

    def elsewhere(self, k: int, break_before: bool) -> bool:
        first, last = self.first, self.last
        if k < first:
            if self._starts_between(k, first):
                return True  # another figure stands between the word and this one
            i = bisect_left(self.ends, k, self.lo, self.hi) - 1
            prev_end = self.ends[i] if i >= self.lo else None
            # "$1.05 per share, from $380m": a word right after a figure is its own, unless it
            # is as close to this one ("$41m on revenue of $530m") or a clause starts between.
            return (
                prev_end is not None
                and k - prev_end <= 2
                and k - prev_end < first - k
                and not break_before
            )
        if self._starts_between(last, k):
            return True
        follows = self.last_other is not None and self.last_other > k
        return follows and (k - last > 2 or break_before)  # "..., valuing the company at $6.1bn"


_COMPANY_REFERENCE = re.compile(r"\b(?:the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|business|bank|lender|"
                                r"utility|retailer|carmaker|insurer|maker)|it|its)\b", re.I)  # fmt: skip


def _subject(q: Quantity, sent: _Sentence, main_subject: str) -> str:
    """The organisation (or place) a figure is about: the nearest one named before it in its
    sentence, else after it, else the article's main subject. A place only counts when the
    sentence does not speak of "the company" or "it" ("The company, which supplies water in
    the north of England, will invest £8.5bn" is about the company)."""
    for group, (starts, ends, names) in enumerate(sent.names()):
        if group == 1 and main_subject and sent.refers_to_company_before(q.start):
            return main_subject
        # names are in the text's order and do not overlap: the last one ending before the
        # figure, else the first one starting after it
        i = bisect_right(ends, q.start) - 1
        before = names[i] if i >= 0 else None
        j = bisect_left(starts, q.end)
        after = names[j] if j < len(names) else None
        if before or after:
            return before or after or ""
    return main_subject


# Before a 1900-2099 numeral, words that make it the year of what follows ("its 2024 debt
# refinancing needs", "full year 2021 purchases"), not a count of it.
_YEAR_OWNERS = re.compile(
    r"(?i)(?:\b(?:in|since|the|of|for|by|during|fiscal|year|its|our|their|his|her|this|that|"
    r"from|to|until|through|and|or|versus|vs)|['’]s)\s+$"
)


def _counted_year_like(q: Quantity, norm: str) -> bool:
    """Whether a bare 1900-2099 numeral before a plural noun counts it ("employs 1999 workers")
    rather than dating it ("its 2024 debt refinancing needs", "full year 2021 purchases"): after
    a determiner, a possessive, a preposition, "year" or at the start of a sentence it is a year."""
    before = norm[max(0, q.core_start - 12) : q.core_start]
    if not before.strip() or re.search(r"[.!?:;\"“(]\s*$", before):
        return False
    if re.search(r"(?i)\b(?:end|mid|year-end|start)-$", before):
        return False  # "end-1987 stocks", "mid-2024 prices": a time of the year
    return not _YEAR_OWNERS.search(before)
