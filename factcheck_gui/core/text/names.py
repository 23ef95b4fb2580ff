"""Keys that say when two spellings name the same company, in any script.

'Amazon.com, Inc.' → 'amazon com', 'ПАО «Газпром»' → 'газпром', 'トヨタ自動車株式会社' → 'トヨタ自動車'.
A key keeps the letters and digits of every script (NFKC, case-folded); a name with none
(only punctuation) keys as its own folded text, so it never merges with another name.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .normalize import normalize

# Legal forms that do not tell companies apart: whole words, in the scripts they are written in.
CORPORATE_WORDS = frozenset({
    "inc", "corp", "corporation", "ltd", "limited", "plc", "llc", "co", "sa", "ag", "nv", "se", "the",
    "incorporated", "s", "lp",
    "пао", "оао", "ооо", "зао", "ао",  # Russian: public, open, limited, closed joint-stock
    "株",  # Japanese: '㈱' (kabushiki kaisha), written apart
})  # fmt: skip
# ...and, in scripts written without spaces, the same as a prefix or suffix of the name.
CORPORATE_AFFIXES = ("株式会社", "有限会社", "合同会社", "股份有限公司", "有限公司")
# Scripts written without spaces between words: a name is found inside a longer run of text.
UNSPACED_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_WORD_RE = re.compile(r"(?:[^\W_]|&)+")  # letters and digits of any script; & as in AT&T
_POSSESSIVE_RE = re.compile(r"'s\b")


def fold(text: str) -> str:
    """Compatibility-normalised and case-folded: 'ＴＯＹＯＴＡ' → 'toyota', 'Straße' → 'strasse'."""
    return unicodedata.normalize("NFKC", normalize(text)).casefold()


@functools.lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Normalised form of a name for alias lookup: 'Amazon.com, Inc.' → 'amazon com'."""
    s = _POSSESSIVE_RE.sub("", fold(name))
    words = [_strip_affixes(w) for w in _WORD_RE.findall(s)]
    kept = [w for w in words if w not in CORPORATE_WORDS]
    key = " ".join(kept or words)
    return key or " ".join(s.split())


def _strip_affixes(word: str) -> str:
    if not UNSPACED_RE.search(word):
        return word
    for affix in CORPORATE_AFFIXES:
        if word.startswith(affix) and len(word) > len(affix):
            word = word[len(affix) :]
        if word.endswith(affix) and len(word) > len(affix):
            word = word[: -len(affix)]
    return word


def old_name_key(name: str) -> str:
    """The key of schema 3 and before (ASCII letters and digits only: 'Газпром' → ''). Kept to
    repair databases it wrote: every name it emptied or cut fell into one entity."""
    s = _POSSESSIVE_RE.sub("", normalize(name).lower())
    words = re.findall(r"[a-z0-9&]+", s)
    kept = [w for w in words if w not in CORPORATE_WORDS]
    return " ".join(kept or words)


def is_unspaced(key: str) -> bool:
    return bool(UNSPACED_RE.search(key))


def compact_with_offsets(text: str, base: int = 0) -> tuple[str, list[int]]:
    """The folded letters and digits of `text` with no spaces, and for each the offset
    (plus `base`) of the character it came from: how an unspaced name is found in a sentence."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(normalize(text)):
        for c in unicodedata.normalize("NFKC", ch).casefold():
            if c.isalnum() or c == "&":
                chars.append(c)
                offsets.append(base + i)
    return "".join(chars), offsets
