"""Lists: empty items, stray punctuation, items cut off, odd endings, mixed markers, bad numbering."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..text.articles import Block
from .base import ProofContext, Rule
from .finding import Finding

EMPTY = Rule(
    "bullet.empty", "bullet", "This list item is empty.",
    failing=("Points:\n\n• Costs fell.\n•\n• Sales rose.", "Points:\n\n- First point.\n-\n- Third point.",
             "Points:\n\n1. One.\n2.\n3. Three."),
    passing=("Points:\n\n• Costs fell.\n• Sales rose.", "Points:\n\n- First point.\n- Second point.",
             "Points:\n\n1. One.\n2. Two."),
)  # fmt: skip
STRAY = Rule(
    "bullet.stray_punctuation", "bullet",
    "The list item starts with a stray “{mark}”; its lead-in text may be missing.",
    failing=("Reasons:\n\n  • US–China tensions: limits grew.\n  • . Foreign AI collaborations are under heavier scrutiny.",
             "Reasons:\n\n- , and costs rose.\n- Demand fell.", "Reasons:\n\n1. ; prices fell.\n2. Demand fell."),
    passing=("Reasons:\n\n  • US–China tensions: limits grew.\n  • Foreign AI collaborations are under scrutiny.",
             "Reasons:\n\n- Costs rose.\n- Demand fell.", "Reasons:\n\n• “Quoted” items are fine.\n• So are others."),
)  # fmt: skip
CUT_OFF = Rule(
    "bullet.cut_off", "bullet", "The list item seems cut off after “{word}”.",
    failing=("Plans:\n\n- Cut costs in Europe and\n- Sell the unit.", "Plans:\n\n- Hire staff for the\n- Open stores.",
             "Plans:\n\n- Cut costs by\n- Sell the unit."),
    passing=("Plans:\n\n- Cut costs in Europe and Asia\n- Sell the unit", "Plans:\n\n- Hire staff.\n- Open stores.",
             "Plans:\n\n- Close plants,\n- cut costs; and\n- sell the unit.",
             "Moves:\n\n— Notre Dame dropped six spots.\nIN\n— Fresno State moved into the rankings."),
)  # fmt: skip
TERMINAL = Rule(
    "bullet.terminal_punctuation", "bullet", "This item ends differently from the others in its list.",
    failing=("Points:\n\n- Costs fell.\n- Sales rose.\n- Margins widened", "Points:\n\n- Costs fell\n- Sales rose\n- Margins widened.",
             "Points:\n\n1. Costs fell.\n2. Sales rose.\n3. Margins widened.\n4. Debt fell",
             "Points:\n\n- Costs fell.\n- Sales rose,\n- Margins widened."),
    passing=("Points:\n\n- Costs fell.\n- Sales rose.\n- Margins widened.", "Points:\n\n- Costs\n- Sales\n- Margins",
             "Points:\n\n- Costs fell.\n- Sales rose",
             "The plan:\n\n- costs will fall,\n- sales will rise; and\n- margins will widen.",
             "Stories:\n\n1. Acme raises $40M\nAcme said on Monday it raised money.\n2. Brightline buys Orbis\n"
             "The deal closed.\n3. What to expect in 2020\nMedia is in flux. (Membership required.)",
             "Today:\n\n- The Fed decision at 2 p.m.\n- A $13 billion auction at 1 p.m.\n- Earnings before the open"),
)  # fmt: skip
MIXED = Rule(
    "bullet.mixed_markers", "bullet", "This list mixes markers (“{mark}” and “{other}”).",
    failing=("Points:\n\n• Costs fell.\n• Sales rose.\n- Margins widened.", "Points:\n\n- Costs fell.\n* Sales rose.\n- Debt fell.",
             "Points:\n\n• Costs fell.\n• Sales rose.\n1. Margins widened."),
    passing=("Points:\n\n• Costs fell.\n• Sales rose.\n• Margins widened.", "Points:\n\n- Costs fell.\n- Sales rose.",
             "Points:\n\n1. Costs fell.\n2. Sales rose."),
)  # fmt: skip
NUMBERING = Rule(
    "bullet.numbering", "bullet", "The numbering {problem}: expected {want}.",
    failing=("Steps:\n\n1. Agree.\n2. Sign.\n4. Close.", "Steps:\n\n1. Agree.\n1. Sign.\n2. Close.", "Steps:\n\n1) Agree.\n3) Sign."),
    passing=("Steps:\n\n1. Agree.\n2. Sign.\n3. Close.", "Steps:\n\n1) Agree.\n2) Sign.", "Steps:\n\n3. Agree.\n4. Sign."),
)  # fmt: skip
RULES = (EMPTY, STRAY, CUT_OFF, TERMINAL, MIXED, NUMBERING)

_DANGLING = {"and", "or", "but", "the", "a", "an", "of", "to", "with", "for", "in", "on", "by", "that", "which",
             "from", "as", "at", "its", "their", "nor"}  # fmt: skip
# "Inc.", "p.m.", "U.S.": a full stop that belongs to the last word says nothing of the style
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|No|vs|etc|Bros)\.)$"
)


_MAX_BETWEEN = 3  # lines of an item's own paragraphs between two items of one list


def _lists(blocks: tuple[Block, ...], text: str) -> Iterator[list[Block]]:
    """Runs of list items. A few lines between items with no blank line keep the run going
    ("1. Acme raises $285 million", its description, "2. Brightline sues Orbis"): they are the
    items' paragraphs, not the end of the list."""
    run: list[Block] = []
    for b in blocks:
        if b.kind == "list_item":
            gap = text[run[-1].end : b.start] if run else ""
            if run and (re.search(r"\n[ \t]*\n", gap) or gap.count("\n") > _MAX_BETWEEN + 1):
                yield run
                run = []
            run.append(b)
    if run:
        yield run


def _content(text: str, b: Block) -> tuple[str, int]:
    """The item's own words and where they start: after its marker, to the end of its block
    (the item and the lines that wrap it; text.articles never lets it run into the paragraph
    after it)."""
    start = b.marker_start + len(b.marker or "") if b.marker_start >= 0 else b.start
    body = text[start : b.end]
    lead = len(body) - len(body.lstrip())
    return body.strip(), start + lead


def _ending(body: str) -> str:
    """How an item ends: a full stop, a series mark ("," or ";", maybe then "and"/"or"), none,
    or "either" (the full stop of an abbreviation, "p.m.", "Inc.")."""
    if _ABBREVIATION_END.search(body):
        return "either"
    if body.endswith((".", "!", "?", ".)", ".”", '."')):
        return "stop"
    if re.search(r"[,;](?:\s+(?:and|or))?$", body):
        return "series"
    return "none"


def _family(marker: str | None) -> str:
    if marker and re.match(r"\d", marker):
        return "number" + marker[-1]
    if marker and re.match(r"[a-z]", marker):
        return "letter" + marker[-1]
    return marker or ""


def check(ctx: ProofContext) -> Iterator[Finding]:
    text, cfg = ctx.text, ctx.config
    for items in _lists(ctx.article.blocks, text):
        ctx.checkpoint()
        contents = [_content(text, b) for b in items]
        for b, (body, start) in zip(items, contents, strict=True):
            if cfg.enabled(EMPTY) and not text[start : b.end].strip() and len(items) >= 2:
                # nothing after the marker at all; a lone "—" between paragraphs is a rule
                yield EMPTY.finding(b.start, b.end, text)
            if (
                cfg.enabled(STRAY)
                and (m := re.match(r"([.,;:!?])\s*(\S*)", body))
                and not body.startswith("...")
            ):
                end = start + m.end()
                yield STRAY.finding(
                    start,
                    end,
                    text,
                    STRAY.message.format(mark=m.group(1)),
                    (body[m.end(1) :].lstrip(),),
                )
            if cfg.enabled(CUT_OFF) and body and (m := re.search(r"(?<![,;])\s(\b[a-z]+)$", body)):
                word = m.group(1)  # "Cut costs in Europe and": cut off; "cut costs; and": a series
                if word in _DANGLING:
                    s = start + m.start(1)
                    yield CUT_OFF.finding(s, s + len(word), text, CUT_OFF.message.format(word=word))
        if cfg.enabled(TERMINAL) and len(items) >= 3:
            yield from _terminal(contents, text)
        if cfg.enabled(MIXED) and len(items) >= 2:
            fams = [_family(b.marker) for b in items]
            common = Counter(fams).most_common(1)[0][0]
            first = next(b.marker for b, f in zip(items, fams, strict=True) if f == common)
            for b, f in zip(items, fams, strict=True):
                if f != common:
                    yield MIXED.finding(b.marker_start, b.marker_start + len(b.marker or ""), text,
                                        MIXED.message.format(mark=b.marker, other=first), (first or "",))  # fmt: skip
        if cfg.enabled(NUMBERING):
            yield from _numbering(items, text)


def _terminal(contents: list[tuple[str, int]], text: str) -> Iterator[Finding]:
    """Items that end unlike most of their list; a series ("a,", "b; and", "c.") is one style."""
    items = [(body, start, _ending(body)) for body, start in contents if body]
    ends = [e for _, _, e in items]
    if len(ends) >= 2 and all(e == "series" for e in ends[:-1]) and ends[-1] != "series":
        return
    counted = [e for e in ends if e != "either"]
    if not counted:
        return
    common, n = Counter(counted).most_common(1)[0]
    if n >= 2 and n < len(counted) and n / len(counted) >= 0.6:
        for body, start, end in items:
            if end not in (common, "either"):
                yield TERMINAL.finding(start, start + len(body), text)


def _numbering(items: list[Block], text: str) -> Iterator[Finding]:
    numbered = [
        (b, int(re.match(r"\d+", b.marker).group(0)))
        for b in items
        if b.marker and b.marker[0].isdigit()
    ]  # type: ignore[union-attr]
    for (_, a), (b, n) in zip(numbered, numbered[1:], strict=False):
        if n != a + 1:
            problem = (
                "repeats a number"
                if n == a
                else "skips a number"
                if n > a + 1
                else "goes backwards"
            )
            s = b.marker_start
            yield NUMBERING.finding(s, s + len(b.marker or ""), text, NUMBERING.message.format(problem=problem, want=f"{a + 1}"),
                                    (f"{a + 1}{b.marker[-1]}",))  # type: ignore[index]  # fmt: skip
