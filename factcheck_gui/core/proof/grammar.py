"""Grammar slips with high precision: word confusions read in context (its/it's, their/there/
they're, your/you're, whose/who's, then/than, affect/effect, lose/loose, to/too, "could of"),
a/an before words, figures and abbreviations, basic agreement, and doubled words.

The rules, their notes and their examples are data (data/confusions.txt); the detectors are in
confusions.py and agreement.py. A rule that cannot tell stays quiet."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import confusions as c
from . import possessives as p
from .agreement import agreement
from .base import ProofConfig, ProofContext, Rule
from .context import DATA, Hit, Tokens, words
from .finding import Finding

_MARK = re.compile(r"\[([^\[\]>]+)>([^\[\]]+)\]")


@dataclass(frozen=True)
class Example:
    """A sentence of a rule's data: `fix` replaces text[start:end] when it is a slip."""

    text: str
    start: int = -1  # -1: a correct sentence
    end: int = -1
    fix: str = ""
    missed: bool = False  # a slip the rule is known to miss

    @property
    def wrong(self) -> bool:
        return self.start >= 0


@dataclass(frozen=True)
class RuleData:
    rule: Rule
    messages: dict[str, str]  # by fix (lower case); "" is the default
    examples: tuple[Example, ...]


def parse_rules(text: str) -> tuple[RuleData, ...]:
    """Read the rules file (see its header for the format)."""
    out: list[RuleData] = []
    rid, messages, examples = "", {}, []  # type: ignore[var-annotated]

    def close() -> None:
        if rid and rid != "words":
            failing = tuple(e.text for e in examples if e.wrong and not e.missed)
            passing = tuple(e.text for e in examples if not e.wrong)
            default = messages.get("") or next(iter(messages.values()))
            rule = Rule(rid, rid.split(".")[0], default, failing, passing)
            out.append(RuleData(rule, dict(messages), tuple(examples)))

    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]") and ">" not in line:
            close()
            rid, messages, examples = line[1:-1], {}, []
        elif rid == "words":
            continue  # word lists: context.parse_words
        elif line.startswith("message"):
            key, _, msg = line.partition(":")
            messages[key[len("message") :].strip().lower()] = msg.strip()
        elif line.startswith(("- ", "? ")):
            line = line.replace("\\n", "\n")  # a line break in a sentence
            marks = list(_MARK.finditer(line[2:]))
            if len(marks) != 1:
                raise ValueError(f"confusions.txt:{n}: a slip needs one [wrong>fix]")
            m, body = marks[0], line[2:]
            text_ = body[: m.start()] + m.group(1) + body[m.end() :]
            end = m.start() + len(m.group(1))
            examples.append(Example(text_, m.start(), end, m.group(2), line[0] == "?"))
        elif line.startswith("+ "):
            examples.append(Example(line[2:].replace("\\n", "\n")))
        else:
            raise ValueError(f"confusions.txt:{n}: cannot read {line!r}")
    close()
    return tuple(out)


@functools.lru_cache(maxsize=1)
def rule_data() -> dict[str, RuleData]:
    return {d.rule.id: d for d in parse_rules(DATA.read_text(encoding="utf-8"))}


def _rule(rid: str) -> Rule:
    return rule_data()[rid].rule


ITS_POSSESSIVE = _rule("grammar.its_possessive")
ITS_CONTRACTION = _rule("grammar.its_contraction")
THERE_THEIR = _rule("grammar.there_their")
YOUR_YOURE = _rule("grammar.your_youre")
THEN_THAN = _rule("grammar.then_than")
AFFECT_EFFECT = _rule("grammar.affect_effect")
LOSE_LOOSE = _rule("grammar.lose_loose")
WHOSE_WHOS = _rule("grammar.whose_whos")
MODAL_OF = _rule("grammar.modal_of")
TO_TOO = _rule("grammar.to_too")
A_AN = _rule("grammar.a_an")
AGREEMENT = _rule("grammar.agreement")
DOUBLED = _rule("repetition.doubled_word")
RULES = (ITS_POSSESSIVE, ITS_CONTRACTION, THERE_THEIR, YOUR_YOURE, THEN_THAN, AFFECT_EFFECT,
         LOSE_LOOSE, WHOSE_WHOS, MODAL_OF, TO_TOO, A_AN, AGREEMENT, DOUBLED)  # fmt: skip
EXAMPLES: dict[str, tuple[Example, ...]] = {rid: d.examples for rid, d in rule_data().items()}

Detector = Callable[[Tokens, int], "Hit | None"]
_DETECTORS: tuple[tuple[tuple[str, ...], Rule, Detector], ...] = (
    (("it",), ITS_POSSESSIVE, p.its_possessive),
    (("its",), ITS_CONTRACTION, p.its_contraction),
    (("their", "there", "they"), THERE_THEIR, p.their_there),
    (("your", "you"), YOUR_YOURE, p.your_youre),
    (("whose", "who"), WHOSE_WHOS, p.whose_whos),
    (("then", "than"), THEN_THAN, c.then_than),
    (("affect", "affects", "affected", "affecting", "effect", "effects", "effected", "effecting"),
     AFFECT_EFFECT, c.affect_effect),
    (("lose", "loose", "loosing", "looses"), LOSE_LOOSE, c.lose_loose),
    (("of",), MODAL_OF, c.modal_of),
    (("to", "too"), TO_TOO, c.to_too),
)  # fmt: skip


def _by_word(cfg: ProofConfig) -> dict[str, tuple[tuple[Rule, Detector], ...]]:
    """The enabled detectors each trigger word calls."""
    out: dict[str, tuple[tuple[Rule, Detector], ...]] = {}
    for trigger_words, rule, detect in _DETECTORS:
        if cfg.enabled(rule):
            for w in trigger_words:
                out[w] = (*out.get(w, ()), (rule, detect))
    return out


_AGREEMENT_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def _fix_case(original: str, fix: str) -> str:
    return fix[:1].upper() + fix[1:] if original[:1].isupper() else fix


def _message(rule: Rule, word: str, fix: str, **more: str) -> str:
    messages = rule_data()[rule.id].messages
    template = messages.get(fix.lower().replace("\u2019", "'"), messages.get("", rule.message))
    return template.format(word=word, fix=fix, **more)


def check(ctx: ProofContext) -> Iterator[Finding]:
    cfg = ctx.config
    active, agree = _by_word(cfg), cfg.enabled(AGREEMENT)
    apostrophe = "\u2019" if ctx.text.count("\u2019") > ctx.text.count("'") else "'"
    if active or agree:
        names = _names(ctx)
        for doc, base in ctx.analysis.docs:
            ctx.checkpoint()
            t = Tokens(doc, names)  # type: ignore[arg-type]
            for i, low in enumerate(t.low):
                for rule, detect in active.get(low, ()):
                    hit = detect(t, i)
                    if hit is not None:
                        yield _finding(ctx, rule, t, base, hit, apostrophe)
                if agree and t.tag[i] in _AGREEMENT_TAGS:
                    hit = agreement(t, i)
                    if hit is not None:
                        yield _finding(ctx, AGREEMENT, t, base, hit, apostrophe)
    if cfg.enabled(A_AN):
        yield from _a_an(ctx)
    if cfg.enabled(DOUBLED):
        yield from _doubled(ctx)


def _names(ctx: ProofContext) -> frozenset[str]:
    """Capitalised words the article uses inside sentences: names ("Ives"), whatever the tagger
    makes of them at a sentence start."""
    out = set()
    for doc, _ in ctx.analysis.docs:
        for tok in doc:  # type: ignore[attr-defined]
            if tok.text[:1].isupper() and not tok.is_sent_start and tok.i > 0:
                out.add(tok.text)
    return frozenset(out)


def _finding(ctx: ProofContext, rule: Rule, t: Tokens, base: int, hit: Hit, apostrophe: str) -> Finding:  # fmt: skip
    first, last = t.tok[hit.first], t.tok[hit.last]
    start, end = base + first.idx, base + last.idx + len(last.text)
    word = ctx.text[start:end]
    mark = "\u2019" if "\u2019" in word else "'" if "'" in word else apostrophe
    fix = _fix_case(word, hit.fix.replace("'", mark))
    return rule.finding(start, end, ctx.text, _message(rule, word, fix), (fix,))


# --- a / an -----------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"(?<![\w.$€£'-])(an?|An?)\s+([$€£¥]?[A-Za-z0-9][\w.,%&-]*)")
# Not an article before these: "a a new site" is a doubled word, "la", "le" are French.
_NOT_AFTER_ARTICLE = {"and", "or", "of", "to", "in", "on", "is", "was", "by", "for", "the", "as",
                      "at", "la", "le", "l", "a", "an"}  # fmt: skip
_SPOKEN_AS_WORD = words("spoken_abbreviations")  # "a SPAC", "a FTSE 100 company"
_EITHER_WAY = words("either_way_abbreviations")  # "a/an SEC", "a/an NYSE": no article is wrong
_ONSETS = {"", "S", "SP", "ST", "SK", "SC", "SM", "SN", "SW", "SL", "F", "FL", "FR", "L", "M",
           "N", "R", "X", "SCR", "SPR", "STR"}  # fmt: skip
_CONSONANT_U = ("unique", "unit", "union", "unicorn", "uniform", "unilateral", "univers",
                "unison", "unif", "unilever", "unicredit", "use", "usu", "usa", "uti", "ute",
                "ubi", "uga", "uk", "ura", "uru", "uta", "ufo", "ure", "euro")  # fmt: skip
_VOWEL_U = ("un", "up", "ul", "um", "ugl", "ur", "ut", "us")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether a word is read starting with a vowel sound; None when unsure."""
    w = word.lstrip("$€£¥")
    if not w:
        return None
    if w[0].isdigit():
        return _figure_vowel(w)
    letters = re.match(r"[A-Za-z]+", w)
    if not letters:
        return None
    token = letters.group(0)
    if token.isupper() and 1 < len(token) <= 6:
        return _abbreviation_vowel(token)
    if len(token) == 1:
        return token.upper() in "AEFHILMNORSX"  # a letter: "an S-1", "a B share", "an X-ray"
    low = token.lower()
    if low.startswith(_SILENT_H):
        return True
    first = low[0]
    if first == "x":
        return low[1] not in "aeiouy"  # "an Xbox"; "a Xerox"
    if first == "u":
        if low.startswith(_CONSONANT_U):
            return False  # "a union", "a unique", "a user"
        if token[0].isupper() or low.startswith("uni"):
            return None  # a name ("Uber", "Udoli") or "un-identified": do not judge
        return True if low.startswith(_VOWEL_U) else None
    if low.startswith(("eu", "ewe")) or re.match(r"one($|[^r])|once", low):
        return False
    return first in "aeio"


def _figure_vowel(w: str) -> bool | None:
    digits = re.match(r"[\d,]+", w).group(0)  # type: ignore[union-attr]
    head = digits.split(",")[0]
    if head.startswith("8"):
        return True  # eight, eighty, eight hundred, eight thousand
    if head in ("11", "18"):
        return True  # eleven, eighteen, eleven thousand
    if "," not in digits and len(head) == 5 and head[:2] in ("11", "18"):
        return True  # 11000: eleven thousand
    if "," not in digits and len(head) == 4 and head[:2] in ("11", "18"):
        return None  # 1800: "eighteen hundred" or "one thousand eight hundred"
    return False


def _abbreviation_vowel(token: str) -> bool | None:
    if token in _SPOKEN_AS_WORD:
        return token[0] in "AEIO"
    if token in _EITHER_WAY:
        return None
    first = token[0]
    if first in "AEIO":
        return True  # either way: "an IPO", "an EGM", "an OPEC"
    if first == "U":
        return False  # "a UK bank", "a UBS"
    if first == "H":
        return None  # "aitch" or "haitch"
    if first not in "FLMNRSX":
        return False  # "a BBC", "a CEO"
    vowel = re.search(r"[AEIOUY]", token)
    if vowel and token[: vowel.start()] in _ONSETS:
        return None  # could be said as a word ("SMIC", "SKU"): do not judge
    return True  # said letter by letter: "an MBA", "an FDA", "an NFT"


def _a_an(ctx: ProofContext) -> Iterator[Finding]:
    text, norm = ctx.text, ctx.norm
    for m in _ARTICLE_RE.finditer(norm):
        if m.group(1)[0] == "A" and not _sentence_start(norm, m.start(1)):
            continue  # "Class A and Class B": a letter, not an article
        nxt = m.group(2)
        if nxt.lower().rstrip(".,") in _NOT_AFTER_ARTICLE or re.match(r"[A-Za-z]'", nxt):
            continue
        vowel = starts_with_vowel_sound(nxt)
        if vowel is None:
            continue
        want = "an" if vowel else "a"
        if m.group(1).lower() == want:
            continue
        if want == "a" and nxt[:1] in "hH" and _syllables(nxt) > 1:
            continue  # "an historic", "an hotel": old-fashioned, not wrong
        fix = _fix_case(m.group(1), want)
        word = nxt.rstrip(".,")
        yield A_AN.finding(
            m.start(1), m.end(1), text, _message(A_AN, m.group(1), fix, next=word), (fix,)
        )


def _syllables(word: str) -> int:
    w = re.sub(r"e$", "", word.lower())
    return len(re.findall(r"[aeiouy]+", w))


def _sentence_start(norm: str, pos: int) -> bool:
    before = norm[max(0, pos - 4) : pos].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:\n"


# --- doubled words ---------------------------------------------------------------------------

# A word and the same word again, on one line or across one line break ("in the\nthe
# morning"); never the letter after an apostrophe ("Samsung's S-Pen" is no "s S").
_DOUBLED_RE = re.compile(r"(?<![\w'])([A-Za-z]+)([ \t]+|[ \t]*\n[ \t]*)(\1)\b", re.I)
_DOUBLE_OK = words("doubled_on_purpose")  # "had had", "that that", "bye bye"
_SPOKEN_TWICE = words("spoken_numbers")  # "in twenty twenty", "nineteen nineteen", "fifty fifty"
_NUMBER_WORDS = words("number_words") | _SPOKEN_TWICE


def _doubled(ctx: ProofContext) -> Iterator[Finding]:
    text, norm = ctx.text, ctx.norm
    for m in _DOUBLED_RE.finditer(norm):
        first, gap, second = m.group(1), m.group(2), m.group(3)
        low = first.lower()
        if (
            low in _DOUBLE_OK
            or low in _SPOKEN_TWICE
            or (first[0].isupper() and second[0].isupper())
        ):
            continue  # "Boutros Boutros Ghali" is a name
        if re.match(r"-[A-Za-z0-9]", norm[m.end() : m.end() + 2]) and (
            len(first) == 1 or low in _NUMBER_WORDS
        ):
            continue  # "two two-year notes", "twenty twenty-one", "the S S-Pen": another word
        if "\n" in gap and (second[0].isupper() or _starts_line(norm, m.start(1))):
            continue  # a new paragraph, or a column of one-word lines, not a wrapped line
        word = text[m.start(3) : m.end(3)]
        yield DOUBLED.finding(m.start(1), m.end(3), text, _message(DOUBLED, word, first), (first,))


def _starts_line(norm: str, pos: int) -> bool:
    return not norm[norm.rfind("\n", 0, pos) + 1 : pos].strip(" \t-*•")
