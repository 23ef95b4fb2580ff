"""Grammar slips with high precision: its/it's, there/their, a/an, your/you're, then/than, doubled words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .base import ProofContext, Rule
from .finding import Finding

ITS_POSSESSIVE = Rule(
    "grammar.its_possessive", "grammar", "“{word}” means “it is”; the possessive is “{fix}”.",
    failing=("It’s work on graph neural networks even helped generate revenue.", "It's revenue rose 5% last year.",
             "The bank said it's profit fell sharply.", "Output will be 28,000 barrels a day at it's peak.",
             "The field would pay back it's costs within four years.", "Weaknesses in it's anti-money-laundering controls."),
    passing=("It’s a good year for banks.", "It's been a hard quarter.", "It's revenue that matters, the CEO said.",
             "Analysts say that it's profitable again.", "It's likely to close in May.", "Because it's cheap, it sells."),
)  # fmt: skip
ITS_CONTRACTION = Rule(
    "grammar.its_contraction", "grammar", "“{word}” is possessive; “it is” is written “{fix}”.",
    failing=("Analysts say its a good deal.", "The firm said its been a hard year.", "Its not clear when the deal closes."),
    passing=("The firm raised its dividend.", "Its own shares fell.", "It's a good deal, analysts say."),
)  # fmt: skip
THERE_THEIR = Rule(
    "grammar.there_their", "grammar", "“{word}” should be “{fix}” here.",
    failing=("Their are three bidders.", "Investors sold there own shares.", "They said their was no offer."),
    passing=("There are three bidders.", "Investors sold their own shares.", "They're buying more."),
)  # fmt: skip
A_AN = Rule(
    "grammar.a_an", "grammar", "Use “{fix}” before “{next}”.",
    failing=("It filed for a IPO.", "The group bought an UK bank.", "It took a hour to agree.", "She has a MBA.",
             "It posted an 5% rise."),
    passing=("It filed for an IPO.", "The group bought a UK bank.", "It took an hour.", "She has an MBA.",
             "It was a one-off charge.", "It posted an 8% rise and a 10% gain.", "A European bank and a US lender."),
)  # fmt: skip
YOUR_YOURE = Rule(
    "grammar.your_youre", "grammar", "“{word}” should be “{fix}” here.",
    failing=("If your going to invest, read this.", "Your welcome to apply.", "Keep you're own records."),
    passing=("If you're going to invest, read this.", "Your shares rose.", "Keep your own records."),
)  # fmt: skip
THEN_THAN = Rule(
    "grammar.then_than", "grammar", "After a comparison, use “than”, not “then”.",
    failing=("Sales were higher then expected.", "It made more then $5bn.", "Costs rose faster then revenue."),
    passing=("Sales were higher than expected.", "It made $5bn, then spent it.", "The board met, and then voted."),
)  # fmt: skip
DOUBLED = Rule(
    "repetition.doubled_word", "repetition", "“{word}” is repeated.",
    failing=("It was the the highest since 2019.", "The bank plans to to cut jobs.", "Shares rose in in early trade."),
    passing=("It was the highest since 2019.", "What he had had was enough.", "He said that that deal was done."),
)  # fmt: skip
RULES = (ITS_POSSESSIVE, ITS_CONTRACTION, THERE_THEIR, A_AN, YOUR_YOURE, THEN_THAN, DOUBLED)

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_ITS_CONTRACTION_RE = re.compile(
    r"\b([Ii]ts)\s+(?=(?:a|an|the|been|not|unclear|going\s+to|time\s+to|about\s+to|hard\s+to)\b)"
)
_THERE_RE = [
    (
        re.compile(r"\b([Tt]heir)\s+(?=(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\b)"),
        "there",
    ),
    (re.compile(r"\b([Tt]here|[Tt]hey're)\s+(?=own\b)"), "their"),
]
_YOUR_RE = [
    (
        re.compile(
            r"\b([Yy]our)\s+(?=(?:welcome|going|right|wrong|not|being|doing|getting|able|sure)\b)"
        ),
        "you're",
    ),
    (re.compile(r"\b([Yy]ou're)\s+(?=own\b)"), "your"),
]
_ARTICLE_RE = re.compile(r"(?<![\w.$€£'-])(an?|An?)\s+([$€£]?[A-Za-z0-9][\w.,%-]*)")
_DOUBLED_RE = re.compile(r"\b([A-Za-z]+) (\1)\b", re.I)
_NOT_AFTER_ARTICLE = {
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "is",
    "was",
    "by",
    "for",
    "the",
    "as",
    "at",
    "la",
    "le",
    "l",
    "a",
    "an",
}  # "a a new site" is a doubled word, not a wrong article
_DOUBLE_OK = {"had", "that", "is", "bye", "ha", "no", "so", "very", "really", "far"}
_SPOKEN_AS_WORD = {"NATO", "NASA", "OPEC", "FIFA", "UNESCO", "UNICEF", "ASEAN", "FTSE", "NASDAQ", "AIDS",
                   "OECD", "LIBOR", "SOFR", "ESMA", "UEFA", "ISA", "ASAP", "IKEA"}  # fmt: skip
_CONSONANT_VOWELS = (
    "unique",
    "unit",
    "union",
    "unicorn",
    "uniform",
    "unilateral",
    "univers",
    "unison",
    "unif",
    "use",
    "usu",
    "uti",
    "ute",
    "ubi",
    "uga",
    "eu",
    "ewe",
    "one",
    "once",
    "ufo",
    "uk",
    "usa",
)
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def _fix_case(original: str, fix: str) -> str:
    return fix[:1].upper() + fix[1:] if original[:1].isupper() else fix


def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether a word is read starting with a vowel sound; None when unsure."""
    w = word.lstrip("$€£")
    if not w:
        return None
    if w[0].isdigit():
        digits = re.match(r"[\d,]+", w).group(0)  # type: ignore[union-attr]
        head = digits.split(",")[0]
        if head.startswith("8"):
            return True
        return head in ("11", "18") or (
            len(head) in (2, 5) and head[:2] in ("11", "18") and "," not in digits[:3]
        )
    letters = re.match(r"[A-Za-z]+", w)
    if not letters:
        return None
    token = letters.group(0)
    if token.isupper() and 1 < len(token) <= 5 and token not in _SPOKEN_AS_WORD:
        return token[0] in "AEFHILMNORSX"  # read letter by letter: "an MBA", "a UK bank"
    if len(token) == 1:
        return token.upper() in "AEFHILMNORSX"
    low = token.lower()
    if low.startswith(_SILENT_H):
        return True
    if low.startswith(_CONSONANT_VOWELS):
        return False
    return low[0] in "aeiou"


def check(ctx: ProofContext) -> Iterator[Finding]:
    text, norm, cfg = ctx.text, ctx.norm, ctx.config
    if cfg.enabled(ITS_POSSESSIVE):
        yield from _its_possessive(ctx)
    if cfg.enabled(ITS_CONTRACTION):
        for m in _ITS_CONTRACTION_RE.finditer(norm):
            fix = _fix_case(m.group(1), "it's")
            yield ITS_CONTRACTION.finding(m.start(1), m.end(1), text,
                                          ITS_CONTRACTION.message.format(word=text[m.start(1):m.end(1)], fix=fix), (fix,))  # fmt: skip
    for rule, patterns in ((THERE_THEIR, _THERE_RE), (YOUR_YOURE, _YOUR_RE)):
        if cfg.enabled(rule):
            for pat, fix in patterns:
                for m in pat.finditer(norm):
                    f = _fix_case(m.group(1), fix)
                    word = text[m.start(1) : m.end(1)]
                    yield rule.finding(
                        m.start(1), m.end(1), text, rule.message.format(word=word, fix=f), (f,)
                    )
    if cfg.enabled(A_AN):
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
            if m.group(1).lower() != want:
                fix = _fix_case(m.group(1), want)
                yield A_AN.finding(
                    m.start(1),
                    m.end(1),
                    text,
                    A_AN.message.format(fix=fix, next=m.group(2).rstrip(".,")),
                    (fix,),
                )
    if cfg.enabled(THEN_THAN):
        yield from _then_than(ctx)
    if cfg.enabled(DOUBLED):
        for m in _DOUBLED_RE.finditer(norm):
            if m.group(1).lower() in _DOUBLE_OK or (
                m.group(1)[0].isupper() and m.group(2)[0].isupper()
            ):
                continue  # "Boutros Boutros Ghali" is a name
            word = text[m.start(2) : m.end(2)]
            yield DOUBLED.finding(
                m.start(1), m.end(2), text, DOUBLED.message.format(word=word), (m.group(1),)
            )


def _sentence_start(norm: str, pos: int) -> bool:
    before = norm[max(0, pos - 4) : pos].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?:\n"


_PREPOSITIONS = {"in", "at", "of", "for", "with", "on", "by", "from", "into", "to", "about", "over", "under",
                 "through", "across", "within", "without", "during", "onto", "toward", "towards", "behind"}  # fmt: skip


def _its_possessive(ctx: ProofContext) -> Iterator[Finding]:
    """ "it's" where "its" is meant: after a preposition or verb and before a noun ("at it's peak",
    "pay back it's costs"), or opening a sentence whose noun is followed by its verb ("It's work
    ... helped")."""
    for doc, base in ctx.analysis.docs:
        ctx.checkpoint()
        tokens = list(doc)  # type: ignore[call-overload]
        for i, t in enumerate(tokens[:-2]):
            if t.lower_ != "it" or tokens[i + 1].text not in ("'s", "\u2019s"):
                continue
            head = _noun_after(tokens, i + 2)
            if head is None:
                continue
            prev = tokens[i - 1] if i > 0 else None
            after_verb_or_prep = prev is not None and (
                prev.lower_ in _PREPOSITIONS
                or prev.tag_ in ("VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "RP")
                or prev.lower_ in ("back", "up", "out", "down", "off", "away")
            )
            if not after_verb_or_prep and not _finite_verb_follows(tokens, head):
                continue
            start, end = base + t.idx, base + tokens[i + 1].idx + len(tokens[i + 1].text)
            word = ctx.text[start:end]
            fix = _fix_case(word, "its")
            yield ITS_POSSESSIVE.finding(
                start, end, ctx.text, ITS_POSSESSIVE.message.format(word=word, fix=fix), (fix,)
            )


def _noun_after(tokens, k):  # type: ignore[no-untyped-def]
    """The noun a possessive would own: "work", "new same-day service", "anti-money-laundering controls"."""
    for u in tokens[k : k + 6]:
        if u.tag_ in ("NN", "NNS") and u.lower_ not in ("time", "way", "business", "one"):
            return u
        if u.tag_ not in ("JJ", "JJR", "JJS", "HYPH", "NN", "NNS", "VBN", "VBG") and u.text not in (
            "-",
            "\u2011",
        ):
            return None
    return None


_VERB_REACH = 60  # tokens after the noun in which its verb is looked for: "it's" in a long sentence stays cheap


def _finite_verb_follows(tokens, noun) -> bool:  # type: ignore[no-untyped-def]
    k = noun.i - tokens[0].i + 1  # tokens are one Doc's, in order
    for u in tokens[k : k + _VERB_REACH]:
        if u.is_sent_start:
            return False  # the sentence ended first
        if u.lower_ in ("that", "who", "which", "because", "when", "if") or u.text in (
            ",",
            ";",
            ":",
        ):
            return False
        if u.tag_ in _FINITE:
            return True
    return False


def _then_than(ctx: ProofContext) -> Iterator[Finding]:
    for doc, base in ctx.analysis.docs:
        ctx.checkpoint()
        prev = None
        for t in doc:  # type: ignore[attr-defined]
            if (
                t.lower_ == "then"
                and prev is not None
                and (
                    prev.tag_ in ("JJR", "RBR")
                    or prev.lower_ in ("more", "less", "fewer", "rather", "other")
                )
            ):
                fix = _fix_case(t.text, "than")
                yield THEN_THAN.finding(
                    base + t.idx, base + t.idx + len(t.text), ctx.text, THEN_THAN.message, (fix,)
                )
            if not t.is_space:
                prev = t
