"""Punctuation: spaces around commas and full stops, doubled marks, unbalanced quotes and brackets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .base import ProofContext, Rule
from .finding import Finding

SPACE_BEFORE = Rule(
    "punctuation.space_before", "punctuation", "No space before “{mark}”.",
    failing=("Sales rose , analysts said.", "The deal closed .", "Three bidders remain ; one may quit."),
    passing=("Sales rose, analysts said.", "The deal closed.", "It cost $1.5bn: a record."),
)  # fmt: skip
MISSING_SPACE = Rule(
    "punctuation.missing_space", "punctuation", "A space is missing after “{mark}”.",
    failing=("Sales rose,analysts said.", "The deal closed.The shares rose.", "Costs fell;profit rose.",
             "Orders rose from 1.6%.Most categories gained.", "Sales rose in 2017.On the call, he smiled.",
             "Volume rose, Wu said.GMV rose too.", "It will invest in brand awareness.\"We will grow.\"",
             "Shares of Cintas Corp.was up 2%.", "Stocks fell from inventories.U.S. trade talks resumed."),
    passing=("Sales rose, analysts said.", "Visit Amazon.com or the U.S. site.", "It earned $1,200,000 in 2024.",
             "Shares of Cintas Corp. rose 2%.", "Profit rose 1.6% to $2.3bn.", "See bloomberg.com/NEWS for more.",
             "He holds a Ph.D. in physics.", "The deal was signed in 2017. On Monday it closed."),
)  # fmt: skip
DOUBLED = Rule(
    "punctuation.doubled", "punctuation", "“{mark}” is doubled.",
    failing=("Sales rose,, analysts said.", "The deal closed..", "Is it done??"),
    passing=("Sales rose, analysts said.", "The deal closed...", "Is it done?",
             "“It will be an awesome victory!!” he wrote."),
)  # fmt: skip
UNBALANCED = Rule(
    "punctuation.unbalanced", "punctuation", "“{mark}” has no partner in this paragraph.",
    failing=("Amazon Web Services (AWS said so.", "He called it “a bold move.", "The unit [sold in 2024 made money.",
             "To watch the record, click here)\nThe review followed.", "Sales at the unit rose 5) in May."),
    passing=("Amazon Web Services (AWS) said so.", "He called it “a bold move”.", "He said \"no\" twice.",
             "Read the [filing](https://sec.gov/doc_(2024)) and the [note](https://example.com/a).",
             "Growth will slow through 1) weaker exports, 2) fewer tourists and 3) lower output.",
             "The risks are a) weaker demand, b) higher rates and c) a stronger dollar.",
             "He cited i) costs, ii) prices and iii) rates, and (a) Europe and b) Asia.",
             "The Globe first reported it. (http://bit.ly/2vOBObi) The company told staff.",
             "“It was a hard year,” he said. “We cut costs.\n“And we will cut more,” he added.",
             "The 15\" model is bigger, but still thin.",
             "The report said, \"The government will promote\ncane production. It will\nlast.\" The rest followed."),
)  # fmt: skip
BLOCK_START = Rule(
    "punctuation.block_start", "punctuation", "The paragraph starts with a stray “{mark}”.",
    failing=(". Foreign investors left.", ", and then it fell.", "; the rest followed."),
    passing=("Foreign investors left.", "And then it fell.", "“Quotes” may start a paragraph."),
)  # fmt: skip
RULES = (SPACE_BEFORE, MISSING_SPACE, DOUBLED, UNBALANCED, BLOCK_START)

_SPACE_BEFORE_RE = re.compile(r"(?<=[A-Za-z])[ ]([,.;])(?=[ \t]|$)", re.M)
# A full stop run into the next sentence, as lost line breaks leave it: after a word of three
# letters or a year or a percentage, before a capitalised word, an acronym, "U.S." or a quote;
# and after an abbreviation of a company before a lower-case word ("Cintas Corp.was").
_MISSING_SPACE_RE = re.compile(  # each branch starts with its mark, so the scan is quick
    r"([,;])(?<=[a-z]{2}[,;])(?=[A-Za-z])"
    r"|(\.)(?:(?<=[a-z]{3}\.)|(?<=\b(?:19|20)\d\d\.)|(?<=\d%\.))"
    r"(?=[A-Z][a-z]|[A-Z]{2,}\b|[A-Z]\.[A-Z]\.|[\"“][A-Z])"
    r"|(\.)(?:(?<=\bCorp\.)|(?<=\bInc\.)|(?<=\bCo\.)|(?<=\bLtd\.)|(?<=\bBros\.)|(?<=\bCos\.))(?=[a-z]{2,}\b)"
)
# ".," after an abbreviation ("the U.S., Europe", "Inc.,") is right, so only after a lower-case word.
_DOUBLED_RE = re.compile(
    r"(?<![.])(,,|;;|::|!!|\?\?|(?<![A-Z.])\.\.(?!\.)|,\.|(?<=[a-z]{4})\.,(?!\d)|;,|,;)"
)
_URL_RE = re.compile(
    r"(?:https?://|www\.)(?:[^\s()\[\]<>]|\([^\s()]*\))+|(?<!\S)\S[^\s@]*+@\S+"
)  # an address (its own balanced brackets, not the one it stands in) from its word's start: linear
_PAIRS = {"(": ")", "[": "]", "\u201c": "\u201d"}
_MARKS = re.compile("[()\\[\\]\u201c\u201d]")


def check(ctx: ProofContext) -> Iterator[Finding]:
    text, cfg = ctx.text, ctx.config
    urls = _Spans([(m.start(), m.end()) for m in _URL_RE.finditer(text)])
    in_url = urls.holds

    if cfg.enabled(SPACE_BEFORE):
        for m in _SPACE_BEFORE_RE.finditer(text):
            if not in_url(m.start(1)) and not _is_ellipsis(text, m.start(1)):
                yield SPACE_BEFORE.finding(
                    m.start(),
                    m.end(1),
                    text,
                    SPACE_BEFORE.message.format(mark=m.group(1)),
                    (m.group(1),),
                )
    if cfg.enabled(MISSING_SPACE):
        for m in _MISSING_SPACE_RE.finditer(text):
            g = next(i for i in (1, 2, 3) if m.group(i))
            if not in_url(m.start(g)):
                mark = m.group(g)
                yield MISSING_SPACE.finding(m.start(g), m.end(g) + 1, text, MISSING_SPACE.message.format(mark=mark),
                                            (f"{mark} {text[m.end(g)]}",))  # fmt: skip
    if cfg.enabled(DOUBLED):
        for m in _DOUBLED_RE.finditer(text):
            word = re.search(r"(\w+)$", text[max(0, m.start() - 20) : m.start()])
            if m.group(0) == ".," and word and not word.group(1).islower():
                continue  # "Calif.," "Inc.,": an abbreviation, then a comma
            if m.group(0) in ("!!", "??") and _in_quotation(text, m.start()):
                continue  # a speaker's "awesome victory!!" is quoted as written
            if not in_url(m.start()):
                yield DOUBLED.finding(
                    m.start(),
                    m.end(),
                    text,
                    DOUBLED.message.format(mark=m.group(0)),
                    (m.group(0)[0],),
                )
    for block in ctx.article.blocks:
        ctx.checkpoint()
        body_start = block.start
        if block.marker_start >= 0:
            body_start = block.marker_start + len(block.marker or "")
        body = text[body_start : block.end]
        if cfg.enabled(UNBALANCED):
            enumerators = _enumerators(body, body_start)
            paragraphs = _paragraphs(body, body_start)
            for k, (start, end) in enumerate(paragraphs):
                after = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
                goes_on = after is not None and text[after[0] : after[1]].lstrip()[:1] in (
                    "“",
                    '"',
                    "‘",
                )
                yield from _unbalanced(text[start:end], start, text, urls, enumerators, goes_on)
        if cfg.enabled(BLOCK_START) and block.kind != "list_item":
            m = re.match(r"\s*([.,;:])(?=\s|\w)", body)
            if m and not body.lstrip().startswith("..."):
                s = body_start + m.start(1)
                yield BLOCK_START.finding(
                    s, s + 1, text, BLOCK_START.message.format(mark=m.group(1))
                )


def _in_quotation(text: str, pos: int) -> bool:
    """Whether an opening curly quote before `pos` in its line is not yet closed."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


class _Spans:
    """Sorted, non-overlapping spans (finditer's matches); whether one holds a position, by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def holds(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _is_ellipsis(text: str, pos: int) -> bool:
    return text[pos : pos + 3] == "..." or text[max(0, pos - 2) : pos + 1] == "..."


def _paragraphs(body: str, offset: int) -> list[tuple[int, int]]:
    """A block's paragraphs. Scraped copy keeps one per line, so a line break after the end of a
    sentence ends one ("... last year.\n“Housing could ..."); copy wrapped by hand at a width
    (lines that go on in lower case) starts one only on an indented line."""
    wrapped = _WRAPPED_LINE.search(body) is not None
    spans, start = [], 0
    for m in (_INDENTED_BREAK if wrapped else _PARAGRAPH_BREAK).finditer(body):
        spans.append((offset + start, offset + m.start() + 1))
        start = m.end()
    spans.append((offset + start, offset + len(body)))
    return spans


_WRAPPED_LINE = re.compile(r"[\w,]\n[a-z]")
_INDENTED_BREAK = re.compile(r"\n(?=[ \t]+\S)")
_PARAGRAPH_BREAK = re.compile(r"(?<=[.!?:;”\")])[ \t]*\n(?=[ \t]*[A-Z“\"‘(\d—–-])")
# "1)", "2)", "a)", "ii)" enumerating in a sentence, after a space, a colon, a full stop or the
# paragraph's start, never inside a figure ("(4,161.0)"); "(a)" is a pair of its own. One
# counts only with its neighbour in the same block ("1)" and "2)"), so a lone "rose 5)" is
# still an orphan.
_ENUMERATOR = re.compile(
    r"(?:^|(?<=[\s:;(\"“])|(?<=[^\d\s][,.]))(\d{1,2}|[a-zA-Z]|[ivx]{1,4}|[IVX]{1,4})\)"
)
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
}


def _enumerators(body: str, offset: int) -> set[int]:
    """Where the ")" of list numbering stand in a block: "1) weaker exports, 2) fewer tourists"."""
    if ")" not in body:
        return set()
    found: list[tuple[int, list[tuple[str, int]]]] = []
    for m in _ENUMERATOR.finditer(body):
        label = m.group(1)
        places: list[tuple[str, int]] = []
        if label.isdigit():
            places.append(("number", int(label)))
        if len(label) == 1 and label.isalpha():
            places.append(("lower" if label.islower() else "upper", ord(label.lower()) - 96))
        if label.lower() in _ROMAN:
            places.append(("roman" + str(label.islower()), _ROMAN[label.lower()]))
        paired = m.start() > 0 and body[m.start() - 1] == "("  # "(a)": a neighbour, not a lone ")"
        found.append((-1 if paired else offset + m.end() - 1, places))
    present = {place for _, places in found for place in places}
    return {pos for pos, places in found if pos >= 0
            and any((f, n - 1) in present or (f, n + 1) in present for f, n in places)}  # fmt: skip


def _unbalanced(
    body: str, offset: int, text: str, urls: _Spans, enumerators: set[int], goes_on: bool = False
) -> Iterator[Finding]:
    """Brackets and curly quotes with no partner in the paragraph. `enumerators`: where list
    numbering's ")" stand. `goes_on`: the next paragraph opens a quotation, so one left open
    here runs on into it."""
    stack: list[tuple[str, int]] = []
    closers = {v: k for k, v in _PAIRS.items()}
    first_mark = len(body) - len(
        body.lstrip()
    )  # the paragraph's first and last non-space characters
    last_mark = len(body.rstrip()) - 1
    for mark in _MARKS.finditer(body):
        i, ch = mark.start(), mark.group()
        pos = offset + i
        if urls.holds(pos):
            continue
        if ch in _PAIRS:
            stack.append((ch, pos))
        elif ch in closers:
            if ch == ")" and pos in enumerators:
                continue  # "1) weaker exports, 2) fewer tourists", "a)" list numbering
            if stack and stack[-1][0] == closers[ch]:
                stack.pop()
            elif ch == "\u201d" and i >= last_mark:
                continue  # the end of a quotation that began in an earlier paragraph
            else:
                yield UNBALANCED.finding(pos, pos + 1, text, UNBALANCED.message.format(mark=ch))
    for ch, pos in stack:
        if ch == "\u201c" and (pos - offset <= first_mark or goes_on):
            continue  # an opening quote that runs on into the next paragraph
        yield UNBALANCED.finding(
            pos, pos + 1, text, UNBALANCED.message.format(mark=ch), (_PAIRS[ch],)
        )
    # Straight quotes: only a lone one, not at the paragraph's start (a quotation may run on
    # over paragraphs) and not between letters (Britain"s, an apostrophe gone wrong).
    quotes = [m.start() for m in re.finditer('"', body)] if '"' in body else []
    if len(quotes) == 1:
        i = quotes[0]
        between_letters = 0 < i < len(body) - 1 and body[i - 1].isalpha() and body[i + 1].isalpha()
        inches = i > 0 and body[i - 1].isdigit() and body[i + 1 : i + 2] in (" ", "-")  # 15" screen
        at_edge = not body[:i].strip() or not body[i + 1 :].strip()
        runs_on = goes_on and body[i + 1 : i + 2].isalpha()  # opens a quotation that goes on
        if not (between_letters or at_edge or inches or runs_on):
            yield UNBALANCED.finding(
                offset + i, offset + i + 1, text, UNBALANCED.message.format(mark='"')
            )
