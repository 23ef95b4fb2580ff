"""Spelling: known misspellings (codespell's list), words no dictionary or frequency list knows,
slips in capitalised words, and words run together where a space or line break was lost."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .base import ProofContext, Rule
from .finding import Finding
from .words import (
    MAX_WORD,
    PREFIXES,
    SOME,
    SURE,
    channel_cost,
    dictionary,
    is_word,
    load,
    misspellings,
    place_slip,
    places,
    same_case,
    suggestions,
    vocabulary,
    zipf,
)

__all__ = ["RULES", "check", "is_word", "suggestions"]

KNOWN = Rule(
    "spelling.known", "spelling", "“{word}” is a common misspelling of “{fix}”.",
    failing=("The company recieved a fine.", "The goverment approved the deal.", "Profits were seperate from sales.",
             "Shares of Edible Arrangments rose."),
    passing=("The company received a fine.", "The government approved the deal.", "Amazon Web Services (AWS) runs SageMaker.",
             "Sales of add-ons rose.", "The unit re-used old parts."),
)  # fmt: skip
UNKNOWN = Rule(
    "spelling.unknown", "spelling", "“{word}” is not in the dictionary.",
    failing=("The bank reported strnog growth.", "Shares fell on weak deamnd.", "It was a remarkabel quarter.",
             "Revenue rose 4% and is likelyto rise again.", "Costs rose on higher expenditrue."),
    passing=("Amid US\u2011China tensions, open\u2011source tools grew.", "The lab\u2019s closure hit WeChat users.",
             "Wang Minjie said FAQS and GNNs help; see https://example.com or ir@example.com.",
             "The coronavirus rollout hit telecom and dotcom roadmaps; crypto onboarding slowed.",
             "Hyperscale buyers upsized a dilutive deal before the stock was delisted in intraday trade.",
             "Esports revenue, reais and renminbi deposits, roubles and scepticism all rose.",
             "They moved to pre-empt the mis-steps of 13- to 24-year-olds, with no ifs, ands or buts.",
             "Pro forma EBITDA met the de minimis test for gross leasable area.",
             "Gazzetta dello Sport ran the headline “Tutto vero”."),
)  # fmt: skip
NAME = Rule(
    "spelling.name", "spelling", "“{word}” looks like a slip for “{fix}”.",
    failing=("Voters in Massachussetts went to the polls.", "The Cincinatti plant will close.",
             "Flights to Philadelpia were cancelled."),
    passing=("Voters in Massachusetts went to the polls.", "Wang Minjie runs Zhipu's Beijing lab.",
             "Analysts at Jefferies and Raymond James cut Nvidia and Qualcomm."),
)  # fmt: skip
RUN_TOGETHER = Rule(
    "spelling.run_together", "spelling", "“{word}” runs two words together; a space or line break is missing.",
    failing=("Revenue is reported annuallyExpected growth is 5%.", "Malaysia trade balanceTuesday: Japan jobs data.",
             "Stocks fell in TokyoNikkei futures slipped. The Nikkei index and Tokyo traders were quiet.",
             "The excluding ArgentinaThe index rose.", "Index level April 2017Nikkei 225 rose 1.4%Electronics fell."),
    passing=("BlackRock and SoftBank bought PlayStation maker shares.", "The iPhone and eBay apps use mmWave.",
             "if (window.attachEvent) { parseInt(funcSize); }", "Follow @DanielHowley and #ClassPass.",
             "3M and 1Password rose; the 2017 Nikkei high held."),
)  # fmt: skip
RULES = (KNOWN, UNKNOWN, NAME, RUN_TOGETHER)

_PIECE = r"[^\W\d_]+(?:['’][^\W\d_]+)*"
_CHUNK = re.compile(rf"{_PIECE}(?:[-\u2010\u2011]{_PIECE})*")
_HYPHEN = re.compile(r"[-\u2010\u2011]")
_APOSTROPHE = re.compile(r"['’]")
_CODE_BEFORE = frozenset("@#/\\_.=<>{}$&:*+~|^`")
_CODE_AFTER = frozenset("@/\\_=<>{}(*+~|^`")
_NUMBER_WORD = re.compile(
    r"(?<![\w.,%])-?(\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+\.\d+%?|\d+%|(?:19|20)\d\d)([A-Z][a-z]{2,})\b"
)
_CODE_LINE = re.compile(r"[{}]|\(\);|==|=>|&&|\|\||\bfunction\s*\(|\bvar\s+\w+\s*=")
_CAMEL_LOWER = re.compile(r"([a-z]{3,})([A-Z][a-z]+)")
_CAMEL_TITLE = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")
_CLITICS = frozenset(("s", "t", "re", "ve", "ll", "d", "m"))
# Words that open a sentence or a line, run onto the end of the one before ("ArgentinaThe")
_OPENERS = frozenset((
    "the", "this", "that", "these", "those", "there", "it", "its", "in", "on", "at", "for", "but", "and",
    "as", "if", "we", "he", "she", "they", "our", "his", "her", "their", "a", "an", "when", "while",
    "after", "before", "with", "from", "by", "to", "of", "so", "yet", "or", "not", "no", "read", "see",
    "click", "subscribe", "follow", "more", "also", "meanwhile", "however", "separately", "earlier",
    "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
))  # fmt: skip


@dataclass(frozen=True)
class _Word:
    """A run of letters of the text (a hyphenated compound is one) and what spaCy says of it."""

    text: str
    start: int  # in the article
    sent_start: bool
    person: bool


def check(ctx: ProofContext) -> Iterator[Finding]:
    on = {r.id for r in RULES if ctx.config.enabled(r)}
    if not on:
        return
    load(ctx.checkpoint)
    allowed = ctx.config.house_words
    counts = Counter(m.group() for m in _CHUNK.finditer(ctx.text))
    for doc, base in ctx.analysis.docs:
        ctx.checkpoint()
        doc_text = _text_of(doc, base, ctx.text)
        words = list(_words(doc, doc_text, base, ctx.text))
        for i, w in enumerate(words):
            if w.text.lower() in allowed:
                continue
            pieces = _HYPHEN.split(w.text)
            if len(pieces) > 1 and _compound_is_word(pieces):
                continue
            name = w.text[:1].isupper() and not w.sent_start  # "Bunya-ananta": part of a name
            pos = w.start
            for k, piece in enumerate(pieces):
                last = k == len(pieces) - 1
                if len(pieces) > 1 and not last and piece.lower() in PREFIXES:
                    pass  # "multi-year", "pre-tax"
                elif not (name and piece[:1].islower()):
                    lone = functools.partial(_lone, words, i)
                    yield from _judge(ctx, on, w, piece, pos, k == 0, len(pieces) > 1, lone, counts)
                pos += len(piece) + 1
        if RUN_TOGETHER.id in on:
            for m in _NUMBER_WORD.finditer(doc_text):
                fix = f"{m.group(1)} {m.group(2)}"
                yield _run_together(ctx.text, base + m.start(1), base + m.end(), fix)


def _text_of(doc, base: int, text: str) -> str:  # type: ignore[no-untyped-def]
    """The doc's text, cut from the article (doc.text would build it token by token)."""
    if not len(doc):
        return ""
    last = doc[-1]
    end = base + last.idx + len(last.text_with_ws)
    return text[base:end]  # the docs are parsed from slices of the article, offsets kept


def _words(doc, doc_text: str, base: int, text: str) -> Iterator[_Word]:  # type: ignore[no-untyped-def]
    """Runs of letters that are words of prose: not parts of addresses, handles, code or figures."""
    from spacy.attrs import ENT_TYPE, IDX, SENT_START

    rows = doc.to_array([IDX, SENT_START, ENT_TYPE]).tolist() if len(doc) else []
    person = doc.vocab.strings["PERSON"]  # a symbol: always in the store
    at = {idx: (sent == 1, ent == person) for idx, sent, ent in rows}
    line_end, code = -1, False
    for m in _CHUNK.finditer(doc_text):
        s, e = base + m.start(), base + m.end()
        if s > line_end:  # the words come in order: look at each line once
            lo = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", s)
            line_end = len(text) if line_end < 0 else line_end
            code = _CODE_LINE.search(text, lo, line_end) is not None
        if code:
            continue  # a line of program code pasted with the page ("if (window.attachEvent) {")
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        after2 = text[e + 1] if e + 1 < len(text) else " "
        if before in _CODE_BEFORE or before.isalnum() or after in _CODE_AFTER or after.isdigit():
            continue
        if after in ".:" and (after2.isalnum() or after2 in "/_"):
            continue  # "bloomberg.com", "https://"
        near = text[max(0, s - 40) : e + 40]
        if ("://" in near or "www." in near) and any(
            "://" in c or "www." in c for c in near.split() if m.group() in c
        ):
            continue  # a word of an address
        sent_start, is_person = at.get(m.start(), (False, False))
        yield _Word(m.group(), s, sent_start or _opens_sentence(at, doc_text, m.start()), is_person)


_OPENING = frozenset(" \t\"'“‘«([{—–-*•")


def _opens_sentence(at: dict[int, tuple[bool, bool]], doc_text: str, i: int) -> bool:
    """After an opening quote or bracket that opens the sentence, or at a line's start."""
    j = i
    while j > 0 and doc_text[j - 1] in _OPENING and i - j < 8:
        j -= 1
    if j == 0 or doc_text[j - 1] == "\n":
        return True
    return j < i and at.get(j, (False, False))[0]


def _lone(words: list[_Word], i: int) -> bool:
    return not _foreign_neighbour(words, i)


def _compound_is_word(pieces: list[str]) -> bool:
    """A hyphenated compound is judged whole: "pre-empt" and "mis-steps" are words as one."""
    low = [p.lower() for p in pieces]
    if "-".join(low) in vocabulary():
        return True
    joined = "".join(low)
    return len(joined) >= 5 and joined.isalpha() and is_word(joined)


def _foreign_neighbour(words: list[_Word], i: int) -> bool:
    """The word next to it, in the same line, is no English word either: a foreign phrase
    ("pari passu", "la dolce vita"), not a slip among known words. Names do not count."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(words):
            a, b = sorted((words[i], words[j]), key=lambda w: w.start)
            if abs(a.start + len(a.text) - b.start) > 2 or not words[j].text[:1].islower():
                continue
            pieces = [p.lower() for p in _HYPHEN.split(words[j].text)]
            if all(len(p) > 2 and p not in dictionary() and p not in vocabulary() for p in pieces):
                return True
    return False


def _judge(ctx: ProofContext, on: set[str], w: _Word, piece: str, pos: int, first: bool,
           in_compound: bool, lone: Callable[[], bool], counts: Counter) -> Iterator[Finding]:  # fmt: skip
    """Findings for one word (a compound's piece)."""
    word, *rest = _APOSTROPHE.split(piece)
    if rest and (len(rest) > 1 or rest[0].lower() not in _CLITICS or rest[0].lower() == "t"):
        return  # "O'Neill", "rock'n'roll", "hasn't"
    if len(word) < 3 or len(word) > MAX_WORD or (word.isupper() and len(word) > 1):
        return  # short words, ALL CAPS (tickers, acronyms)
    if any(c.isupper() for c in word[1:]):
        if RUN_TOGETHER.id in on:
            yield from _camel(ctx, word, pos, counts)
        return
    low = word.lower()
    if low in vocabulary() or low in ctx.config.house_words:
        return
    end = pos + len(word)
    capital = word[0].isupper()
    if capital and (not (first and w.sent_start) or counts[w.text] > 1 or w.person):
        if NAME.id in on and not w.person and counts[w.text] < 2:
            yield from _name_slip(ctx, word, low, pos, end)
        return  # a name: the article uses it more than once, or inside a sentence
    if low in misspellings():
        if (
            KNOWN.id in on
            and not (in_compound and len(low) < 4)
            and not (capital and _maybe_name(low))
        ):
            fixes = tuple(same_case(word, f) for f in misspellings()[low])
            msg = KNOWN.message.format(word=word, fix=fixes[0])
            yield KNOWN.finding(pos, end, ctx.text, msg, fixes)
            return
        if KNOWN.id in on:
            return
    if UNKNOWN.id not in on or len(low) < 4 or is_word(low) or counts[word] > 1 or not lone():
        return  # a word the article spells the same way twice is its word, not a slip
    ctx.checkpoint()  # suggestions take a few milliseconds a word
    fixes = suggestions(word)
    if capital and not (
        fixes
        and " " not in fixes[0]
        and channel_cost(low, fixes[0].lower()) <= 1.0
        and zipf(low) < SOME
    ):
        return  # a sentence opening on a name ("Getaround", "Synopsys"), not one slip from a word
    msg = UNKNOWN.message.format(word=word) + (f" Did you mean “{fixes[0]}”?" if fixes else "")
    yield UNKNOWN.finding(pos, end, ctx.text, msg, fixes)


def _maybe_name(low: str) -> bool:
    """A capitalised word of codespell's list that real text uses as a name ("Synopsys", "Colum",
    "Shepard"): seen often enough, and its fix no word of every sentence ("Thier" → "their")."""
    return zipf(low) >= 1.5 and max(zipf(f.lower()) for f in misspellings()[low]) < 5.0


def _name_slip(ctx: ProofContext, word: str, low: str, s: int, e: int) -> Iterator[Finding]:
    """A capitalised word inside a sentence is a name; it is marked only as a known misspelling
    no name list knows ("Arrangments"), or one slip from a place ("Massachussetts")."""
    if low in misspellings():
        if not _maybe_name(low) and len(low) >= 7:
            fixes = tuple(same_case(word, f) for f in misspellings()[low])
            yield KNOWN.finding(
                s, e, ctx.text, KNOWN.message.format(word=word, fix=fixes[0]), fixes
            )
        return
    fix = place_slip(low) if zipf(low) < SURE - 0.5 and not is_word(low) else None
    if fix:
        yield NAME.finding(s, e, ctx.text, NAME.message.format(word=word, fix=fix), (fix,))


def _camel(ctx: ProofContext, word: str, s: int, counts: Counter) -> Iterator[Finding]:
    """Two words run together where a line break was lost: "annuallyExpected", "balanceTuesday",
    "ArgentinaThe"; not a brand ("BlackRock", "eBay") or a name the article repeats."""
    m = _CAMEL_LOWER.fullmatch(word)
    if m and is_word(m.group(1)) and zipf(word.lower()) < 1.0 and counts[word] < 2:
        yield _run_together(ctx.text, s, s + len(word), f"{m.group(1)} {m.group(2)}")
        return
    m = _CAMEL_TITLE.fullmatch(word)
    if not m or zipf(word.lower()) >= 1.0 or counts[word] > 1:
        return
    head, tail = m.groups()
    place = head.lower() in places() and counts[tail] and not counts[tail.lower()]
    if tail.lower() in _OPENERS or place:  # "ArgentinaThe"; "TokyoNikkei" where Nikkei is a name
        yield _run_together(ctx.text, s, s + len(word), f"{head} {tail}")


def _run_together(text: str, s: int, e: int, fix: str) -> Finding:
    return RUN_TOGETHER.finding(s, e, text, RUN_TOGETHER.message.format(word=text[s:e]), (fix,))
