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
    failing=("Sales rose,analysts said.", "The deal closed.The shares rose.", "Costs fell;profit rose."),
    passing=("Sales rose, analysts said.", "Visit Amazon.com or the U.S. site.", "It earned $1,200,000 in 2024."),
)  # fmt: skip
DOUBLED = Rule(
    "punctuation.doubled", "punctuation", "“{mark}” is doubled.",
    failing=("Sales rose,, analysts said.", "The deal closed..", "Is it done??"),
    passing=("Sales rose, analysts said.", "The deal closed...", "Is it done?"),
)  # fmt: skip
UNBALANCED = Rule(
    "punctuation.unbalanced", "punctuation", "“{mark}” has no partner in this paragraph.",
    failing=("Amazon Web Services (AWS said so.", "He called it “a bold move.", "The unit [sold in 2024 made money."),
    passing=("Amazon Web Services (AWS) said so.", "He called it “a bold move”.", "He said \"no\" twice."),
)  # fmt: skip
BLOCK_START = Rule(
    "punctuation.block_start", "punctuation", "The paragraph starts with a stray “{mark}”.",
    failing=(". Foreign investors left.", ", and then it fell.", "; the rest followed."),
    passing=("Foreign investors left.", "And then it fell.", "“Quotes” may start a paragraph."),
)  # fmt: skip
RULES = (SPACE_BEFORE, MISSING_SPACE, DOUBLED, UNBALANCED, BLOCK_START)

_SPACE_BEFORE_RE = re.compile(r"(?<=[A-Za-z])[ ]([,.;])(?=[ \t]|$)", re.M)
_MISSING_SPACE_RE = re.compile(r"(?<=[a-z]{2})([,;])(?=[A-Za-z])|(?<=[a-z]{3})(\.)(?=[A-Z][a-z])")
# ".," after an abbreviation ("the U.S., Europe", "Inc.,") is right, so only after a lower-case word.
_DOUBLED_RE = re.compile(
    r"(?<![.])(,,|;;|::|!!|\?\?|(?<![A-Z.])\.\.(?!\.)|,\.|(?<=[a-z]{4})\.,(?!\d)|;,|,;)"
)
_URL_RE = re.compile(
    r"https?://\S+|www\.\S+|(?<!\S)\S[^\s@]*+@\S+"
)  # an address from its word's start: linear
_PAIRS = {"(": ")", "[": "]", "\u201c": "\u201d"}


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
            g = 1 if m.group(1) else 2
            if not in_url(m.start(g)):
                mark = m.group(g)
                yield MISSING_SPACE.finding(m.start(g), m.end(g) + 1, text, MISSING_SPACE.message.format(mark=mark),
                                            (f"{mark} {text[m.end(g)]}",))  # fmt: skip
    if cfg.enabled(DOUBLED):
        for m in _DOUBLED_RE.finditer(text):
            word = re.search(r"(\w+)$", text[max(0, m.start() - 20) : m.start()])
            if m.group(0) == ".," and word and not word.group(1).islower():
                continue  # "Calif.," "Inc.,": an abbreviation, then a comma
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
            yield from _unbalanced(body, body_start, text, urls)
        if cfg.enabled(BLOCK_START) and block.kind != "list_item":
            m = re.match(r"\s*([.,;:])(?=\s|\w)", body)
            if m and not body.lstrip().startswith("..."):
                s = body_start + m.start(1)
                yield BLOCK_START.finding(
                    s, s + 1, text, BLOCK_START.message.format(mark=m.group(1))
                )


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


def _unbalanced(body: str, offset: int, text: str, urls: _Spans) -> Iterator[Finding]:
    stack: list[tuple[str, int]] = []
    closers = {v: k for k, v in _PAIRS.items()}
    first_mark = len(body) - len(
        body.lstrip()
    )  # the paragraph's first and last non-space characters
    last_mark = len(body.rstrip()) - 1
    for i, ch in enumerate(body):
        if ch not in _PAIRS and ch not in closers:
            continue
        pos = offset + i
        if urls.holds(pos):
            continue
        if ch in _PAIRS:
            stack.append((ch, pos))
        elif ch in closers:
            if stack and stack[-1][0] == closers[ch]:
                stack.pop()
            elif ch == "\u201d" and i >= last_mark:
                continue  # the end of a quotation that began in an earlier paragraph
            elif ch == ")" and re.match(r"\s*[\w\d]{1,3}\)", body[max(0, i - 3) : i + 1]) and i < 4:
                continue  # "a)" or "1)" list numbering
            else:
                yield UNBALANCED.finding(pos, pos + 1, text, UNBALANCED.message.format(mark=ch))
    for ch, pos in stack:
        if ch == "\u201c" and pos - offset <= first_mark:
            continue  # an opening quote that runs on into the next paragraph
        yield UNBALANCED.finding(
            pos, pos + 1, text, UNBALANCED.message.format(mark=ch), (_PAIRS[ch],)
        )
    # Straight quotes: only a lone one, not at the paragraph's start (a quotation may run on
    # over paragraphs) and not between letters (Britain"s, an apostrophe gone wrong).
    quotes = [i for i, ch in enumerate(body) if ch == '"']
    if len(quotes) == 1:
        i = quotes[0]
        between_letters = 0 < i < len(body) - 1 and body[i - 1].isalpha() and body[i + 1].isalpha()
        at_edge = not body[:i].strip() or not body[i + 1 :].strip()
        if not between_letters and not at_edge:
            yield UNBALANCED.finding(
                offset + i, offset + i + 1, text, UNBALANCED.message.format(mark='"')
            )
