"""Figures that disagree: two figures of one article that give the same measure of the same
subject for the same period and basis, and whose values cannot both be right.

Figures are read as the matcher reads them (verdicts.reading: measure, period, basis,
adjustment, level or change). A pair is compared only when all of these line up, the subject
is sure for both, and neither names a part (a region, a segment, a product) the other does not.
What the pair measures must be said surely: by a strong phrase of the taxonomy, by a
back-reference ("fined Harlow £64m" ... "the £46m fine"), or by the same change given with both
("down 0.6% to 40.6 million units" ... "40.5 million units, a decline of 0.6%"). A rule that
cannot tell stays quiet."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from ..evidence.store import name_key
from ..figures.claims import Analysis, Claim
from ..verdicts.intervals import canonical_unit, claim_interval
from ..verdicts.reading import ClaimReader
from ..verdicts.taxonomy import Measure, content_stems, stem, taxonomy
from .base import ProofContext, Rule
from .finding import Finding

FIGURES = Rule(
    "consistency.figures", "consistency", "“{text}” disagrees with “{other}” (line {line}): both give {what}.",
    failing=("Acme will cut 1,200 jobs this year. Unions fear the 1,500 job cuts will hit plants.",
             "Acme Corp's net profit rose to $412 million in 2024. Net profit of $421 million in 2024 was a record.",
             "Acme was founded in 1962. Since it was founded in 1965, it has grown.",
             "Acme Corp sold 40.6 million phones in the third quarter, down 0.6%.\n\n"
             "“Acme Corp sold 40.5 million phones, a decline of 0.6%,” an analyst said.",
             "Regulators fined Acme Corp £64m on Monday. Acme Corp said the £46m fine was fair."),
    passing=("Acme will cut 1,200 jobs this year. Unions welcomed the 1,200 job cuts.",
             "Revenue was $5bn in 2024 and $4bn in 2023. Revenue of $5bn in 2024 was a record.",
             "Net profit rose to $412 million from $380 million a year earlier. Net profit of $412 million beat forecasts.",
             "Acme's gross margin was 47.7% in the quarter. It expects a gross margin of 43% to 45% this quarter.",
             "Acme reported adjusted net income of $1.2 billion in 2024. Net income was $0.95 billion in 2024.",
             "Acme's revenue in Europe was $4.8 billion in 2024. Acme's total revenue was $5.3 billion in 2024.",
             "Acme's revenue was $1.3 billion in the fourth quarter. Acme's revenue was $1.5 billion for the full year.",
             "Messenger now has 1.2 billion monthly users. Facebook has 1.9 billion monthly users.",
             "Acme Corp has 4,969,643 shares in issue. Its founder holds 3,677,272 shares."),
)  # fmt: skip
RULES = (FIGURES,)

MAX_RATIO = 1.6  # restated figures that disagree are near each other ("1,200" vs "1,500 job cuts")
_MAX_GROUP = 40
_MIN_STRENGTH = 0.35  # the reader names the measure from words of the figure's clause
_COMPARED = ("money", "count", "percent", "quantity")
# Bases that may be compared: the same one, or a plan with what is said of it; never a result
# with a forecast or with analysts' estimates.
_BASES = ("actual", "planned", "forecast")
_BASIS_PAIRS = ({"actual", "planned"}, {"planned", "forecast"})

# Sentences that set figures against each other or name subsets of a whole ("Of those funds,
# 98 ...", "Among them, 310 stores ...", "Of the 4,500 employees, 4,100 ...").
_SUBSETS = re.compile(
    r"\b(?:other|another|remaining|remainder|additional|further|respectively|each|per|average|"
    r"between|combined|including|includes|excluding|of\s+which|of\s+whom|alone|"
    r"(?:of|among|amongst|out\s+of)\s+(?:those|these|them|the\s+[\d,.]+|its\s+[\d,.]+|their\s+[\d,.]+))\b",
    re.I,
)
_VERSUS = re.compile(r"\b(?:vs|versus|compared|against)\b", re.I)
# Words of forecasts, estimates and what may happen: the reader's basis is the first test,
# these the second (a sentence that holds them may mix a result with an estimate).
_ESTIMATE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|guidance|guided|outlook|targets?|"
    r"estimates?|estimated|projected|projections?|predicted|predicts?|anticipates?|consensus|"
    r"polled|aims?\s+to|hopes?|could|might|if)\b|\bmay\b",
    re.I,
)
# Events that happen once in a company's life: a year given twice for one of them disagrees.
_ONCE = re.compile(
    r"\b(?P<event>founded|established|incorporated|set\s+up|born)\s+(?:\w+\s+){0,2}?(?:in\s+)?$",
    re.I,
)
# "the 1,500 job cuts", "its 380 stores", "the chain's", "Vesta Bank's": a figure given before
_DEFINITE = re.compile(
    r"(?:\b(?i:the|these|those|its|their)|\b(?i:the)\s+[a-z]+[’']s|\b[A-Z][\w&.-]*[’']s)\s+$"
)
# Words in a figure's noun phrase that say nothing of which part it is about: the whole, the
# period, the basis, plain description. Any other modifier ("Education revenue", "smartphone
# sales", "jobs in Europe") names a part, and figures of different parts are not compared.
_NO_SCOPE = frozenset(stem(w) for w in (
    "total", "overall", "whole", "group", "groupwide", "consolidated", "company", "entire", "net",
    "gross", "new", "record", "current", "latest", "own", "same", "such", "reported", "actual",
    "adjusted", "underlying", "core", "organic", "comparable", "annual", "annualised", "annualized",
    "quarterly", "monthly", "weekly", "daily", "yearly", "year", "quarter", "month", "week", "day",
    "half", "fiscal", "financial", "full", "first", "second", "third", "fourth", "final",
    "interim", "period", "ytd", "h1", "h2", "q1", "q2", "q3", "q4", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "last", "past", "previous", "prior", "next", "coming", "recent", "estimated",
    "expected", "planned", "proposed", "announced", "about", "around", "nearly", "almost",
    "roughly", "some", "approximately", "million", "billion", "trillion", "thousand", "hundred",
    "mln", "bln", "bn", "m", "plan"))  # fmt: skip
_MODIFIER_TAGS = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBN", "HYPH", "POS", "FW"}
)
_NOUN_TAGS = frozenset({"NN", "NNS"})
_HEAD_TAGS = frozenset(
    {"NN", "NNS", "JJ", "VBG"}
)  # the tagger reads "the £46m fine" as an adjective
_SCOPE_PREPOSITIONS = frozenset({"in", "at", "outside", "for", "from", "of"})  # not "across"
_NAME_LABELS = frozenset({"ORG", "PRODUCT", "PERSON", "FAC", "WORK_OF_ART"})
_COMMON_CAPITALS = frozenset((
    "I", "A", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "You",
    "Our", "His", "Her", "Their", "But", "And", "Or", "So", "Yet", "Mr", "Mrs", "Ms", "Dr", "CEO",
    "CFO", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Q1", "Q2", "Q3", "Q4", "US", "USD", "EUR", "GBP"))  # fmt: skip

_COMPANY = re.compile(
    r"\b(?:the\s+(?:[\w-]+\s+){0,3}?(?:company|firm|group|business|bank|lender|"
    r"utility|retailer|carmaker|insurer|maker|airline|chain)|it|its)\b",
    re.I,
)
_PERIOD_WORDS = re.compile(
    r"\b(?:quarters?|half|months?|years?|fiscal|FY\d*|[HQ][1-4]|weeks?|period|"
    r"ended|ending|through|since|until)\b",
    re.I,
)
_CAPITALISED = re.compile(r"(?<=[\s(“\"'])([A-Z][a-z]+(?:[A-Z]\w*)?|[A-Z]{2,}\w*)\b")
Token = tuple[int, int, str, str]  # start, end, text, tag


@dataclass(frozen=True)
class _Figure:
    claim: Claim
    measure: Measure | None  # named surely by the taxonomy, else None
    strong: bool  # a strong phrase of the measure stands right by the figure
    noun: str  # a count's noun phrase ("sorting hubs"), or ""
    head: str  # stem of the noun the figure stands before ("the £46m fine": fine), or ""
    head_word: str
    near: frozenset[str]  # stems of the words that belong most closely to the figure
    period: tuple[object, ...]
    stated_period: bool
    relative: frozenset[tuple[str, int, str]]  # "this year", "last year" left unplaced (no date)
    basis: str
    adjustment: str | None
    subject: str
    scope: frozenset[str]  # words naming which part of the subject it is about
    definite: bool  # refers back to a figure given before
    companions: frozenset[float]  # the changes given with it ("down 0.6% to 40.6 million")
    sentence: str

    def names(self, subject: str) -> bool:
        return _names_in(subject, self.sentence)


def check(ctx: ProofContext) -> Iterator[Finding]:
    if not ctx.config.enabled(FIGURES):
        return
    text = ctx.text
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    for later, earlier, what in _disagreements(ctx):
        line = bisect_right(newlines, earlier.start - 1) + 1
        message = FIGURES.message.format(text=later.text, other=earlier.text, line=line, what=what)
        yield FIGURES.finding(later.start, later.end, text, message, (earlier.text,))


def _disagreements(ctx: ProofContext) -> Iterator[tuple[Claim, Claim, str]]:
    analysis, text = ctx.analysis, ctx.text
    names = _Names(analysis)
    by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for c in analysis.claims:
        by_sentence[c.sentence_index].append(c)
    yield from _event_years(analysis, names)
    kinds: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in analysis.claims:
        if _screened(c, text, by_sentence[c.sentence_index]):
            kinds[(c.kind, "" if c.kind == "count" else canonical_unit(c.unit))].append(c)
    if not any(len(cs) > 1 for cs in kinds.values()):
        return
    reader = ClaimReader(analysis)
    groups: dict[tuple[str, str], list[_Figure]] = defaultdict(list)
    for key, cs in kinds.items():
        for c in cs if len(cs) > 1 else ():  # a figure with no other of its kind and unit
            ctx.checkpoint()
            fig = _figure(c, reader, names, by_sentence[c.sentence_index])
            if fig is not None:
                groups[key].append(fig)
    reported: set[str] = set()
    for members in groups.values():
        ctx.checkpoint()
        if len(members) > _MAX_GROUP:
            continue
        for i, later in enumerate(members):
            for earlier in members[:i]:
                what = _disagree(earlier, later)
                if what and later.claim.id not in reported:
                    reported.add(later.claim.id)
                    yield (
                        later.claim,
                        earlier.claim,
                        f"{what} of {later.subject or 'the same subject'}",
                    )


def _screened(c: Claim, text: str, sentence: list[Claim]) -> bool:
    """Cheap tests before the figure is read: a level (not a move, not a part) of a kind that is
    compared, in a whole sentence that neither sets figures side by side nor estimates."""
    if c.kind not in _COMPARED or c.value is None or c.is_change or c.is_part:
        return False
    if sum(1 for o in sentence if o.kind != "date") > 4 or _cut_by_line_break(c, text):
        return False
    words = text[c.sentence_start : c.sentence_end]
    if _SUBSETS.search(words) or any(m.group(0) != "May" for m in _ESTIMATE.finditer(words)):
        return False  # ("May", the month, is no modal)
    return not (any(o.kind == c.kind and o is not c for o in sentence) and _VERSUS.search(words))


def _cut_by_line_break(c: Claim, text: str) -> bool:
    """Whether the figure's sentence is a piece of a hard-wrapped line ("from ONIC's previous
    forecast at\\n9.91 mln tonnes"): the words that say what it is stand on another line."""
    s, e = c.sentence_start, c.sentence_end
    if s >= 2 and text[s - 1] == "\n" and text[s - 2] != "\n":
        prev = text[: s - 1].rstrip()
        if prev and prev[-1] not in ".!?:;\"”)’'":
            return True
    after = text[e : e + 2]
    return after[:1] == "\n" and after != "\n\n" and text[s:e].rstrip()[-1:] not in '.!?:"”'


def _figure(c: Claim, reader: ClaimReader, names: _Names, sentence: list[Claim]) -> _Figure | None:
    """The figure as read, or None when its basis, its subject or what it measures is unsure."""
    about = reader.about(c)
    if about.change or about.previous or about.basis not in _BASES:
        return None
    reading = about.measure
    if c.kind == "percent" and (reading.measure is None or not reading.measure.rate):
        return None  # "81% of net income": a share of a measure, or a move of it, not its level
    tokens = names.tokens(c.sentence_start, c.sentence_end)
    after = [t for t in tokens if t[0] >= c.end][:1]
    head_word = (
        after[0][2] if after and after[0][3] in _HEAD_TAGS and after[0][0] <= c.end + 1 else ""
    )
    head = stem(head_word) if head_word else ""
    own = _own_measure(c, head)  # "the 1,500 job cuts", "the $1.4 billion deal"
    near = {st for word, w in c.context if w >= 0.8 for st in content_stems(word)}
    measure, strong = None, False
    if reading.measure is not None and reading.strength >= _MIN_STRENGTH and reading.rival is None:
        measure = reading.measure
        weights: dict[str, float] = {}
        for word, w in c.context:
            for st in content_stems(word):
                weights[st] = max(weights.get(st, 0.0), w)
        strong = (taxonomy().names(measure, weights, 0.5) or own is measure
                  or (c.kind == "count" and reading.strength >= 0.8 and _strong_noun(measure, c)))  # fmt: skip
    elif own is not None:
        measure, strong = own, True
    elif reading.measure is not None and reading.strength >= 0.3:
        return None  # a measure read, but loosely: unsure
    subject = names.subject_of(c)
    if not names.subject_sure(c, subject):
        return None
    p = about.period
    if not p.explicit and _PERIOD_WORDS.search(names.text[c.sentence_start : c.start]):
        return None  # "For the six month period ending April 30th, ...": a period not placed
    noun = " ".join(st for st in content_stems(c.text) if st.isalpha() and st not in _NO_SCOPE) \
        if c.kind == "count" and c.unit not in ("count", "") else ""  # fmt: skip
    before = names.text[max(c.sentence_start, c.start - 24) : c.start]
    companions = frozenset(o.value for o in sentence if o.kind == "percent" and o is not c
                           and o.value is not None and abs(o.start - c.start) <= 80)  # fmt: skip
    # with no article date to place them, "this year" and "last year" stay apart by their offsets
    relative = frozenset(o.relative for o in sentence if o.kind == "date" and o.relative) \
        if p.year is None else frozenset()  # fmt: skip
    return _Figure(c, measure, strong, noun, head, head_word, frozenset(near | {head} - {""}),
                   (p.year, p.span, p.part, p.day, p.prior), p.explicit, relative,
                   about.basis, about.adjustment,
                   subject, names.scope(c, subject, tokens, *_heads(c, measure, head)),
                   bool(_DEFINITE.search(before)), companions, names.text[c.sentence_start : c.sentence_end])  # fmt: skip


def _heads(c: Claim, measure: Measure | None, head: str) -> tuple[frozenset[str], frozenset[str]]:
    """The stems that name the figure's measure: a count's noun and the measure's strong
    phrases first, then its weak ones ("deliveries" before "tonnes")."""
    noun = (
        set(content_stems(c.unit)) if c.kind == "count" and c.unit not in ("count", "") else set()
    )
    noun |= {head} - {""}
    if measure is None:
        return frozenset(noun), frozenset(noun)
    strong = noun | {w for phrase in measure.phrases if phrase not in measure.weak for w in phrase}
    return frozenset(strong), frozenset(strong | {w for phrase in measure.weak for w in phrase})


def _strong_noun(measure: Measure, c: Claim) -> bool:
    """Whether a count's noun is a strong phrase of its measure ("4,100 employees", not "people")."""
    words = set(content_stems(c.unit)) | set(content_stems(c.text))
    return any(p not in measure.weak and set(p) <= words for p in measure.phrases)


def _own_measure(c: Claim, head: str) -> Measure | None:
    """The measure the figure's own words name, with the noun it stands before ("1,500 job
    cuts", "the $1.4 billion deal"), when the words around it name none surely."""
    stems = [st for st in content_stems(c.text) if not st[:1].isdigit()] + ([head] if head else [])
    if not stems or (c.kind == "count" and len(stems) < 2):
        return None  # a count's noun alone is read by the reader already
    r = taxonomy().read(dict.fromkeys(stems, 1.0), tuple(stems), c.kind)
    return r.measure if r.rival is None else None


def _disagree(a: _Figure, b: _Figure) -> str:
    """What the two figures both give, when they disagree about it; else ""."""
    ca, cb = a.claim, b.claim
    if ca.sentence_index == cb.sentence_index or a.adjustment != b.adjustment:
        return ""
    if not _same_basis(a, b) or not (
        _same_subject(a.subject, b.subject) or (b.definite and a.names(b.subject))
    ):
        return (
            ""  # "the $1.4 billion deal is Kestrel's largest" after "Kestrel agreed to buy Orbis"
        )
    corroborated = bool(a.companions & b.companions)  # both given with the same change
    back = b.definite and bool(b.head) and b.head in a.near  # "fined £64m" ... "the £46m fine"
    if a.measure is not None and b.measure is not None:
        if a.measure is not b.measure or not (a.strong or b.strong or corroborated):
            return ""  # "tonnes", "rate", "people" alone do not say surely what is measured
        what = a.measure.label
    elif back and not (a.measure or b.measure):
        what = b.head_word
    elif a.noun and a.noun == b.noun and (corroborated or len(a.noun.split()) > 1):
        what = cb.unit  # the same counted noun phrase ("sorting hubs"), or the same change with it
    else:
        return ""
    loose = corroborated or back  # a restatement: a period or part said only once is the same
    if a.relative and b.relative and a.relative != b.relative:
        return ""  # "will cut 1,200 jobs this year" ... "cut 1,500 jobs last year"
    if a.period != b.period and not (loose and _periods_may_meet(a, b)):
        return ""
    # "1,200 jobs in Europe" ... "the 1,500 job cuts": a back-reference need not repeat the part
    if (
        a.scope != b.scope
        and not (b.definite and not b.scope)
        and not (corroborated and not (a.scope and b.scope))
    ):
        return ""
    return what if _values_differ(ca, cb) and _near(ca.value, cb.value) else ""


def _periods_may_meet(a: _Figure, b: _Figure) -> bool:
    """For a restatement: one period is not said, or they differ only in a year said once."""
    if not (a.stated_period and b.stated_period):
        return True
    (ya, *ra), (yb, *rb) = a.period, b.period
    return ra == rb and (ya is None or yb is None)


def _same_basis(a: _Figure, b: _Figure) -> bool:
    """The same basis, or a plan and what is said of it; a back-reference ("the 1,500 job
    cuts") says no basis of its own."""
    pair = {a.basis, b.basis}
    return len(pair) == 1 or pair in _BASIS_PAIRS or (b.definite and b.basis == "actual")


def _values_differ(a: Claim, b: Claim) -> bool:
    """Whether the two values cannot both be right: exact figures differ by more than the
    rounding of the coarser one; others by their intervals ("about", "more than")."""
    if a.qualifier == b.qualifier == "exact":
        return abs(a.value - b.value) > max(_rounding(a), _rounding(b)) * (1 + 1e-9)  # type: ignore[operator]
    ia = claim_interval(a.kind, a.value, a.qualifier, a.step, a.low, a.high, cap=0.02)  # type: ignore[arg-type]
    ib = claim_interval(b.kind, b.value, b.qualifier, b.step, b.low, b.high, cap=0.02)  # type: ignore[arg-type]
    return not ia.meets(ib)


def _rounding(c: Claim) -> float:
    """Half the figure's last digit: "$1.2bn" may stand for $1.23bn. A round whole number is
    taken as written unless it says "about" ("140 hubs" is not 135): at most 2% of itself."""
    if re.search(r"\d\.\d", c.text):
        return c.step / 2
    return min(c.step / 2, 0.02 * abs(c.value or 0.0))


def _near(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi / lo <= MAX_RATIO


def _event_years(analysis: Analysis, names: _Names) -> Iterator[tuple[Claim, Claim, str]]:
    """Years of events that happen once ("founded in 1962", later "founded in 1965")."""
    text = analysis.article.text
    seen: dict[tuple[str, str], Claim] = {}
    for c in analysis.claims:
        if c.kind != "date" or c.value is None or not re.fullmatch(r"(?:in\s+)?\d{4}", c.text):
            continue
        m = _ONCE.search(text[max(c.sentence_start, c.start - 40) : c.start])
        subject = names.subject_of(c)
        if m is None or not names.subject_sure(c, subject):
            continue
        key = (stem(m["event"].split()[0]), name_key(subject))
        first = seen.setdefault(key, c)
        if first is not c and first.value != c.value and first.sentence_index != c.sentence_index:
            yield c, first, f"the year {subject or 'it'} was {m['event'].lower()}"


class _Names:
    """The names and tagged words of the article's sentences: whether a figure's subject is
    sure, and which part of it a figure is about."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.text = analysis.article.text
        self._docs = sorted(analysis.docs, key=lambda d: d[1])
        self._bases = [base for _, base in self._docs]
        self._tokens: dict[tuple[int, int], list[Token]] = {}
        starts = [s for s, _ in analysis.sentences]
        self.places = {m.text for m in analysis.mentions if m.label in ("GPE", "LOC", "NORP")}
        self._named: dict[int, list[str]] = defaultdict(list)
        self.orgs: dict[int, list[str]] = defaultdict(list)  # organisations the NER named
        for m in analysis.mentions:
            if m.label in _NAME_LABELS and m.text not in self.places:
                self._named[bisect_right(starts, m.start) - 1].append(m.text)
            if m.label == "ORG":
                self.orgs[bisect_right(starts, m.start) - 1].append(m.text)
        self._in_sentence: dict[int, list[str]] = {}

    def in_sentence(self, i: int) -> list[str]:
        """The names of a sentence: the NER's, and capitalised words it did not name
        ("Messenger", "Facebook") past the sentence's first word."""
        if i not in self._in_sentence:
            names = list(self._named.get(i, ()))
            if 0 <= i < len(self.analysis.sentences):
                s, e = self.analysis.sentences[i]
                names += [w.group(1) for w in _CAPITALISED.finditer(self.text, s, e)
                          if w.start() > s and w.group(1) not in _COMMON_CAPITALS
                          and w.group(1) not in self.places]  # fmt: skip
            self._in_sentence[i] = names
        return self._in_sentence[i]

    def subject_of(self, c: Claim) -> str:
        """The organisation the figure is about. A place named only after the figure says where,
        not whose ("1,500 job cuts in Germany, the company said"): the article's subject then."""
        if c.subject in self.places and c.subject not in self.text[c.sentence_start : c.start]:
            return self.analysis.main_subject
        return c.subject or ""

    def _others(self, index: int, subject: str) -> list[str]:
        own = _words(subject)
        return [n for n in self.in_sentence(index) if not (_words(n) & own)]

    def subject_sure(self, c: Claim, subject: str) -> bool:
        """The figure's sentence names its subject; or it speaks of "the company" or "it" and
        names no other organisation; or it names nobody, nor does the sentence before it ("The
        app now has 1.2 billion users" after a sentence about Messenger)."""
        i = c.sentence_index
        sentence = self.text[c.sentence_start : c.sentence_end]
        if _names_in(subject, sentence):
            return True
        if subject == self.analysis.main_subject and _COMPANY.search(
            self.text[c.sentence_start : c.start]
        ):
            own = _words(subject)
            return not any(n for n in self.orgs.get(i, ()) if not (_words(n) & own))
        return not self._others(i, subject) and (i == 0 or not self._others(i - 1, subject))

    def scope(self, c: Claim, subject: str, tokens: list[Token], strong: frozenset[str],
              heads: frozenset[str]) -> frozenset[str]:  # fmt: skip
        """The words that say which part of its subject the figure is about: the modifiers of
        the word naming its measure ("Education revenue"), the nouns it stands before ("its
        285,000 bpd quota") and a place or part after it ("1,200 jobs in Europe"); none for
        the whole."""
        near = [i for i, t in enumerate(tokens) if c.start - 120 <= t[0] <= c.end + 40]
        at = [i for i in near if stem(tokens[i][2]) in strong] or [
            i for i in near if stem(tokens[i][2]) in heads
        ]
        if not at:
            return frozenset()
        head = min(at, key=lambda i: abs(tokens[i][0] - c.start))
        words: list[str] = []
        i = head - 1
        while i >= 0 and tokens[i][3] in _MODIFIER_TAGS:
            words.append(tokens[i][2])  # back over the noun phrase: "smartphone unit sales"
            i -= 1
        k = after_figure = next((k for k, t in enumerate(tokens) if t[0] >= c.end), len(tokens))
        while k < len(tokens) and tokens[k][3] in _NOUN_TAGS:
            words.append(tokens[k][2])
            k += 1
        for j in {head + 1, after_figure, k}:
            if j < len(tokens) and tokens[j][2].lower() in _SCOPE_PREPOSITIONS:
                j += 1
                while j < len(tokens) and tokens[j][3] in ("DT", "PRP$"):
                    j += 1
                while j < len(tokens) and tokens[j][3] in _MODIFIER_TAGS:
                    words.append(tokens[j][2])
                    j += 1
        own = {stem(w) for w in _words(subject)}
        stems = {stem(w) for w in words if re.match(r"[A-Za-z]", w) and w.lower() not in STOP_WORDS}
        return frozenset(stems - heads - own - _NO_SCOPE)

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tagged tokens (start, end, text, tag) between two offsets of one block."""
        if (start, end) not in self._tokens:
            i = bisect_right(self._bases, start) - 1
            found: list[Token] = []
            if i >= 0:
                doc, base = self._docs[i]
                span = doc.char_span(start - base, end - base, alignment_mode="expand")  # type: ignore[attr-defined]
                found = [
                    (base + t.idx, base + t.idx + len(t.text), t.text, t.tag_) for t in span or ()
                ]
            self._tokens[(start, end)] = found
        return self._tokens[(start, end)]


def _words(name: str) -> set[str]:
    """A name's words in lower case, with and without its legal suffixes ("Acme Corp")."""
    if not name:
        return set()
    return set(name_key(name).split()) | {w.lower() for w in re.findall(r"\w+", name)}


def _names_in(subject: str, sentence: str) -> bool:
    words = [w for w in name_key(subject).split() if len(w) > 1] if subject else []
    return bool(words) and re.search(r"\b" + re.escape(words[0]), sentence.lower()) is not None


def _same_subject(a: str, b: str) -> bool:
    """ "Brightline" and "Brightline Logistics Inc" are one company; "Vantage Software" and
    "Vantage Semiconductor" are two."""
    ka, kb = set(name_key(a).split()), set(name_key(b).split())
    return ka == kb or bool(ka and kb and (ka <= kb or kb <= ka))
