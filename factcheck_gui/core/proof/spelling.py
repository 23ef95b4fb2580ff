"""Spelling: known misspellings (codespell's list) and words no dictionary knows (pyspellchecker)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from .base import ProofContext, Rule
from .finding import Finding

KNOWN = Rule(
    "spelling.known", "spelling", "“{word}” is a common misspelling of “{fix}”.",
    failing=("The company recieved a fine.", "The goverment approved the deal.", "Profits were seperate from sales."),
    passing=("The company received a fine.", "The government approved the deal.", "Amazon Web Services (AWS) runs SageMaker."),
)  # fmt: skip
UNKNOWN = Rule(
    "spelling.unknown", "spelling", "“{word}” is not in the dictionary.",
    failing=("The bank reported strnog growth.", "Shares fell on weak deamnd.", "It was a remarkabel quarter."),
    passing=("Amid US\u2011China tensions, open\u2011source tools grew.", "The lab\u2019s closure hit WeChat users.",
             "Wang Minjie said FAQS and GNNs help; see https://example.com or ir@example.com."),
)  # fmt: skip
RULES = (KNOWN, UNKNOWN)

_SKIP_ENTITIES = {
    "ORG",
    "PERSON",
    "GPE",
    "LOC",
    "NORP",
    "FAC",
    "PRODUCT",
    "EVENT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
}
_HYPHENS = re.compile(r"[-\u2010\u2011\u2012]")
_DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=1)
def spellchecker():  # type: ignore[no-untyped-def]
    from spellchecker import SpellChecker

    return SpellChecker(distance=2)


@functools.lru_cache(maxsize=1)
def known_misspellings() -> dict[str, tuple[str, ...]]:
    """codespell's 'wrong->right, right' list; its data file is not a public API, so read it."""
    import codespell_lib

    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, rights = line.partition("->")
        fixes = tuple(r.strip() for r in rights.split(",") if r.strip())
        if wrong and fixes:
            out[wrong.strip()] = fixes
    return out


@functools.lru_cache(maxsize=1)
def newsroom_words() -> frozenset[str]:
    lines = (_DATA / "newsroom.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], dict[str, int]]:
    """Dictionary words by frequency, for suggestions."""
    freq = spellchecker().word_frequency.dictionary
    words = sorted((w for w in freq if w.isalpha() and len(w) > 1), key=lambda w: -freq[w])
    return words, freq


@functools.lru_cache(maxsize=4096)
def suggestions(word: str, limit: int = 3) -> tuple[str, ...]:
    """Likely corrections: fewest edits first (a swap of two letters is one edit), then the
    most frequent word. rapidfuzz scans the dictionary in a few milliseconds."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA, Levenshtein

    words, freq = _vocabulary()
    low = word.lower()
    near = process.extract(low, words, scorer=Levenshtein.distance, score_cutoff=2, limit=60)
    ranked = sorted((OSA.distance(low, w), -freq[w], w) for w, _, _ in near if w != low)
    return tuple(_same_case(word, w) for _, _, w in ranked[:limit])


# British spellings are right too: try the American form a dictionary may hold instead.
_GB_RULES = [
    (re.compile(r"our(s|ed|ing|able|ably|ite|ites|er|ers)?$"), r"or\1"), (re.compile(r"ours"), "ors"),
    (re.compile(r"our(?=[a-z])"), "or"), (re.compile(r"is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"isation"), "ization"), (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"([bt])re(s|d)?$"), r"\1er\2"), (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"), (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ae"), "e"), (re.compile(r"oe"), "e"), (re.compile(r"^aluminium"), "aluminum"),
    (re.compile(r"mme(s)?$"), r"m\1"), (re.compile(r"ement(s)?$"), r"ment\1"),
]  # fmt: skip
_PREFIXES = ("inter", "multi", "pre", "post", "sub", "non", "over", "under", "anti", "pro", "semi", "mid",
             "micro", "macro", "mega", "ultra", "cross", "counter", "out", "super", "tele", "trans",
             "euro", "petro", "agri", "agro", "eco", "cyber", "co", "re", "un", "de")  # fmt: skip
_SUFFIXES = [("s", ("",)), ("es", ("",)), ("ed", ("", "e")), ("ing", ("", "e")), ("er", ("", "e")),
             ("ers", ("", "e")), ("ly", ("",)), ("ized", ("", "e")), ("ised", ("", "e")), ("ization", ("",)),
             ("isation", ("",)), ("ness", ("",)), ("ment", ("",)), ("ments", ("",))]  # fmt: skip


@functools.lru_cache(maxsize=1)
def _british() -> frozenset[str]:
    import codespell_lib

    path = Path(codespell_lib.__file__).parent / "data" / "dictionary_en-GB_to_en-US.txt"
    return frozenset(
        line.split("->")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if "->" in line
    )


MAX_WORD = 45  # letters; longer runs ("aaaa…" in a pasted blob) are no word and are not split into compounds


@functools.lru_cache(maxsize=50_000)
def is_word(low: str) -> bool:
    """Known to the dictionary, as a British spelling, or as a compound of known words."""
    if len(low) > MAX_WORD:
        return False  # splitting it would be quadratic, and peeling prefixes recursive without end
    spell = spellchecker()
    if low in spell or low in _british():
        return True
    for pattern, repl in _GB_RULES:
        variant = pattern.sub(repl, low)
        if variant != low and variant in spell:
            return True
    for suffix, bases in _SUFFIXES:  # "redistributions", "escrowed", "collateralized"
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            stem_ = low[: -len(suffix)]
            if any(stem_ + b in spell for b in bases):
                return True
    for prefix in _PREFIXES:
        rest = low[len(prefix) :]
        if (
            low.startswith(prefix)
            and len(rest) >= max(3, 8 - len(prefix))
            and (rest in spell or is_word(rest))
        ):
            return True
    for i in range(3, len(low) - 3):  # "soymeal", "writedowns", "eurobonds"
        head, tail = low[:i], low[i:]
        if (
            head in spell
            and tail in spell
            and min(spell.word_usage_frequency(head), spell.word_usage_frequency(tail)) > 1e-6
        ):
            return True
    return False


def _same_case(original: str, fix: str) -> str:
    if original.isupper():
        return fix.upper()
    if original[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


def check(ctx: ProofContext) -> Iterator[Finding]:
    on_known, on_unknown = ctx.config.enabled(KNOWN), ctx.config.enabled(UNKNOWN)
    if not (on_known or on_unknown):
        return
    known = known_misspellings()
    allowed = newsroom_words() | ctx.config.house_words
    text = ctx.text
    names = _names_in(ctx)
    for doc, base in ctx.analysis.docs:
        ctx.checkpoint()
        for t in doc:  # type: ignore[attr-defined]
            if t.is_space or t.is_punct or t.like_url or t.like_email or t.like_num:
                continue
            if t.ent_type_ in _SKIP_ENTITIES:
                continue
            offset = base + t.idx
            parts = list(_parts(t.text))
            for part, start in parts:
                after = text[offset + start + len(part) : offset + start + len(part) + 1]
                if (len(parts) > 1 or after in ("-", "\u2011")) and part.lower() in _PREFIXES:
                    continue  # "multi-year", "pre-tax"
                word = part
                if len(word) < 3 or not word.isalpha() or any(c.isupper() for c in word[1:]):
                    continue  # short words, figures, ALL CAPS and InnerCaps names
                if word[0].isupper() and (
                    not (t.is_sent_start and start == 0)
                    or t.tag_ in ("NNP", "NNPS")
                    or word in names
                ):
                    continue  # a capitalised word inside a sentence, or one the article names elsewhere
                low = word.lower()
                if low in allowed:
                    continue
                s = offset + start
                e = s + len(word)
                if on_known and low in known:
                    fixes = tuple(_same_case(word, f) for f in known[low])
                    yield KNOWN.finding(
                        s, e, text, KNOWN.message.format(word=word, fix=fixes[0]), fixes
                    )
                elif on_unknown and len(low) >= 4 and not is_word(low):
                    ctx.checkpoint()  # suggestions take a few milliseconds a word
                    fixes = suggestions(word) if len(low) <= MAX_WORD else ()
                    msg = UNKNOWN.message.format(word=word) + (
                        f" Did you mean “{fixes[0]}”?" if fixes else ""
                    )
                    yield UNKNOWN.finding(s, e, text, msg, fixes)


def _names_in(ctx: ProofContext) -> frozenset[str]:
    """Words the article uses as names: entities, and capitalised words inside sentences."""
    names: set[str] = set()
    for m in ctx.analysis.mentions:
        names.update(m.text.split())
    for doc, _ in ctx.analysis.docs:
        for t in doc:  # type: ignore[attr-defined]
            if t.text[:1].isupper() and not t.is_sent_start:
                names.add(t.text)
    return frozenset(names)


def _parts(token: str) -> Iterator[tuple[str, int]]:
    """A hyphenated word is checked part by part ("open‑source" → open, source)."""
    pos = 0
    for piece in _HYPHENS.split(token):
        yield piece, pos
        pos += len(piece) + 1
