"""The lexicon spelling judges by: a dictionary, word frequencies of real text, vocabularies kept
as data, known misspellings, and the corrections a misspelt word most likely stands for."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path

DATA = Path(__file__).parent / "data"
MAX_WORD = 45  # letters; longer runs ("aaaa…" in a pasted blob) are no word and are not split
SURE = 2.5  # Zipf frequency (log10 of uses per billion words) from which a word is a word
SOME = 1.0  # below SURE a word is a word unless a far more frequent one is one slip away
COMMON = 3.0  # a word this frequent can be the word a capitalised slip stands for
VOWELS = frozenset("aeiouy")


@functools.lru_cache(maxsize=1)
def dictionary() -> frozenset[str]:
    """pyspellchecker's English dictionary (lower case)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(distance=1).word_frequency.dictionary)


@functools.lru_cache(maxsize=1)
def frequencies() -> dict[str, float]:
    """wordfreq's English word frequencies (web, news, books, subtitles, Wikipedia; to 2021)."""
    import wordfreq

    return wordfreq.get_frequency_dict("en", "large")


def load(checkpoint: Callable[[], None] = lambda: None) -> None:
    """Load every list (about a second, once a process), asking `checkpoint` between them so a
    check can be cancelled while it loads."""
    for step in (dictionary, frequencies, vocabulary, misspellings, british, places,
                 suggestion_words, _common_set, lambda: _index("common"), lambda: _index("all"),
                 lambda: _index("places")):  # fmt: skip
        checkpoint()
        step()


def zipf(low: str) -> float:
    """Zipf frequency of a lower-case word: 3 is once per million words; 0 when unknown."""
    f = frequencies().get(low)
    return math.log10(f) + 9 if f else 0.0


@functools.lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Words of place names, lower case → as written ("massachusetts" → "Massachusetts")."""
    out = {}
    for line in (DATA / "places.txt").read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            out[word.lower()] = word
    return out


def place_slip(low: str) -> str | None:
    """The place name a capitalised word is one slip from ("Cincinatti" → "Cincinnati")."""
    if len(low) < 6 or low in places():
        return None
    z = zipf(low)
    best: tuple[float, str] | None = None
    for w in _near(low, 2, "places"):
        if zipf(w) - z >= 1.5:
            cost = channel_cost(low, w)
            if cost <= 1.0 and (best is None or cost < best[0]):
                best = (cost, w)
    return places()[best[1]] if best else None


def read_words(name: str) -> frozenset[str]:
    """A vocabulary file of data/: one word a line, lower case; '#' starts a comment."""
    out = set()
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            out.add(word)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Words of business copy kept as data: wire abbreviations, finance, business and
    technology, currencies, places, and the foreign and Latin words news copy uses."""
    from ..figures.currency_data import CURRENCIES

    words = set()
    for name in ("newsroom.txt", "business.txt", "foreign.txt"):
        words |= read_words(name)
    for _, name, plural, _, _ in CURRENCIES:  # CLDR names: "dirhams", "zlotys", "hryvnias"
        words.update(w for w in re.findall(r"[^\W\d_]+", f"{name} {plural}".lower()))
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    """Vocabulary words that take English endings (not the Latin and foreign ones)."""
    return read_words("newsroom.txt") | read_words("business.txt")


@functools.lru_cache(maxsize=1)
def misspellings() -> dict[str, tuple[str, ...]]:
    """codespell's 'wrong->right, right' list; its data file is not a public API, so read it.
    Hyphenated entries ("re-used", "co-ordinate") are house style, not misspellings: left out."""
    import codespell_lib

    path = Path(codespell_lib.__file__).parent / "data" / "dictionary.txt"
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, rights = line.partition("->")
        wrong = wrong.strip()
        fixes = tuple(r.strip() for r in rights.split(",") if r.strip())
        if wrong and fixes and wrong.isalpha():
            out[wrong] = fixes
    return out


@functools.lru_cache(maxsize=1)
def british() -> frozenset[str]:
    import codespell_lib

    path = Path(codespell_lib.__file__).parent / "data" / "dictionary_en-GB_to_en-US.txt"
    return frozenset(
        line.split("->")[0].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if "->" in line
    )


# British spellings are right too: try the American form a dictionary may hold instead.
_GB_RULES = [
    (re.compile(r"our(s|ed|ing|able|ably|ite|ites|er|ers)?$"), r"or\1"), (re.compile(r"ours"), "ors"),
    (re.compile(r"our(?=[a-z])"), "or"), (re.compile(r"is(e|es|ed|ing|er|ers|ation|ations)$"), r"iz\1"),
    (re.compile(r"isation"), "ization"), (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"([bt])re(s|d)?$"), r"\1er\2"), (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"), (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"^aluminium"), "aluminum"), (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ement(s)?$"), r"ment\1"),
]  # fmt: skip
PREFIXES = ("inter", "multi", "pre", "post", "sub", "non", "over", "under", "anti", "pro", "semi", "mid",
            "micro", "macro", "mega", "ultra", "cross", "counter", "out", "super", "tele", "trans",
            "euro", "petro", "agri", "agro", "eco", "cyber", "co", "re", "un", "de", "dis", "mis",
            "bio", "geo", "hyper", "intra", "extra", "neo", "e")  # fmt: skip


def known(low: str) -> bool:
    """In the dictionary, the vocabularies, or frequent enough in real text; never a known
    misspelling."""
    if low in misspellings():
        return False
    return low in dictionary() or low in vocabulary() or zipf(low) >= SURE


@functools.lru_cache(maxsize=50_000)
def is_word(low: str) -> bool:
    """Known, a British spelling, a rare word no frequent word is one slip away from, a regular
    form of a word ("escrowed", "tokenization"), or a word made of known ones (a prefix, two
    words run together) that no common word is a slip or two away from."""
    if len(low) > MAX_WORD:
        return False  # splitting it would be quadratic, and peeling prefixes recursive without end
    if low in misspellings():
        return False
    if known(low) or low in british() or _british_form(low):
        return True
    z = zipf(low)
    if z >= SOME and (inflected(low) or not slip_of_frequent(low, z)):
        return True  # "leasable", "dilutive": rare, but no frequent word is one slip away
    if inflected(low) and not slip_of_frequent(low, z):
        return True  # "escrowed", but not "centraly" one slip from "centrally"
    return _composed(low)


def _british_form(low: str) -> bool:
    return any((v := p.sub(r, low)) != low and known(v) for p, r in _GB_RULES)


def _base(word: str) -> bool:
    """A stem a form may be made from: in the dictionary or the vocabularies, or common."""
    if word in misspellings():
        return False
    z = zipf(word)
    solid = word in _stems() or z >= COMMON or (z >= SOME + 1 and word in dictionary())
    return solid or any((v := p.sub(r, word)) != word and _base(v) for p, r in _GB_RULES)


_CONSONANT_Y = re.compile(r"[^aeiou]y$")


def inflected(low: str) -> bool:
    """A regular form of a known word: plural or third person, past, -ing, -er/-est, -ly,
    -ness, -ment, -able, -ity, -ist, -ise/-ize and their forms. "voteing", "familys",
    "academicly" are not: the rules of English spelling say how a stem takes its ending."""
    if low.endswith("ies") and len(low) > 5 and low[-4] not in VOWELS and _base(low[:-3] + "y"):
        return True
    if (
        low.endswith("es")
        and len(low) > 5
        and re.search(r"(s|x|z|ch|sh|o)$", low[:-2])
        and _base(low[:-2])
    ):
        return True
    if low.endswith("s") and not low.endswith("ss") and len(low) > 4:
        stem = low[:-1]
        if not _CONSONANT_Y.search(stem) and (_base(stem) or _derived_stem(stem)):
            return True
    return _derived_stem(low)


_VOWEL_ENDINGS = ("ing", "ed", "er", "ers", "est", "able", "ability", "ity", "ist", "ists", "ism",
                  "ise", "ize", "ised", "ized", "ising", "izing", "isation", "ization", "isations",
                  "izations", "ish", "ive", "ization")  # fmt: skip
_OTHER_ENDINGS = ("ly", "ness", "ment", "ments", "less", "ful", "ship", "wise", "like")


def _derived_stem(low: str) -> bool:
    for ending in _VOWEL_ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        silent_e = stem.endswith("e") and not stem.endswith(("ee", "oe", "ye"))
        if silent_e and not (ending == "able" and stem.endswith(("ce", "ge"))):
            continue  # "voteing", "moveable": the e goes before a vowel
        if _CONSONANT_Y.search(stem) and ending[0] != "i":
            continue  # "earlyest", "carryed": the y turns into i
        if _base(stem) or _base(stem + "e"):  # "escrowed"; "making" from "make"
            return True
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS and _base(stem[:-1]):
            return True  # "planned", "upsizing" has no double
        if (
            stem.endswith("i")
            and ending[0] != "i"
            and stem[-2] not in VOWELS
            and _base(stem[:-1] + "y")
        ):
            return True  # "carried", "reliable"
    for ending in _OTHER_ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        if ending == "ly" and stem.endswith("ic") and stem != "public":
            continue  # "academically", not "academicly"
        if _base(stem) or (stem.endswith("i") and _base(stem[:-1] + "y")):
            return True
    return False


def _composed(low: str) -> bool:
    """A prefix and a word ("deprioritize"), or two common words ("soymeal", "sellside"), that is
    no slip for a common word ("transfred" is not trans + fred, "beeteen" not bee + teen)."""
    for prefix in PREFIXES:
        rest = low[len(prefix) :]
        if low.startswith(prefix) and len(rest) >= max(4, 7 - len(prefix)) and is_word(rest):
            return near_common(low, rest) is None
    split = split_words(low, short=False)
    return split is not None and near_common(low, limit=1.5) is None


def split_words(
    low: str, min_z: float = 3.0, min_part: int = 3, short: bool = True
) -> tuple[str, str] | None:
    """Two common words run together ("soymeal", "writedowns", "likelyto"): the split whose
    rarer half is most frequent, or None. Halves shorter than `min_part` must be one of the
    little words ("likelyto", "ofthe")."""
    best: tuple[float, str, str] | None = None
    for i in range(1, len(low)):
        head, tail = low[:i], low[i:]
        little = _SHORT if short else frozenset()
        if (len(head) < min_part and head not in little) or (
            len(tail) < min_part and tail not in little
        ):
            continue
        if not (head in dictionary() and tail in dictionary() and known(head) and known(tail)):
            continue
        z = min(zipf(head), zipf(tail))
        if z >= min_z and (best is None or z > best[0]):
            best = (z, head, tail)
    return (best[1], best[2]) if best else None


_SHORT = frozenset(("a", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me",
                    "my", "no", "of", "on", "or", "so", "to", "up", "us", "we"))  # fmt: skip


@functools.lru_cache(maxsize=1)
def _common_set() -> frozenset[str]:
    """Words a slip most likely stands for: letters only, frequent (Zipf >= COMMON)."""
    freq, common = frequencies(), 10 ** (COMMON - 9)
    return frozenset(w for w in suggestion_words() if freq.get(w, 0.0) >= common)


@functools.lru_cache(maxsize=3)
def _index(kind: str) -> tuple[dict[tuple[int, str], list[str]], dict[tuple[int, str], list[str]]]:
    """Words of a list by length and first letter, and by length and second letter."""
    words = {"common": _common_set, "all": suggestion_words, "places": places}[kind]()
    first: dict[tuple[int, str], list[str]] = {}
    second: dict[tuple[int, str], list[str]] = {}
    for w in words:
        first.setdefault((len(w), w[0]), []).append(w)
        second.setdefault((len(w), w[1:2]), []).append(w)
    return first, second


def _near(low: str, reach: int, kind: str) -> list[str]:
    """Words of a list (common words, all words, places) at most `reach` edits from `low` that
    keep its first letter, or swap, drop or add one at the start ("hte", "ompany"); a slip of
    the first letter itself is rare, and scanning every word for it is slow."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    first, second = _index(kind)
    out: set[str] = set()
    for n in range(len(low) - reach, len(low) + reach + 1):
        groups = [first.get((n, low[0]), ()), second.get((n, low[0]), ())]
        if len(low) > 1 and low[1] != low[0]:
            groups.append(first.get((n, low[1]), ()))
        for group in groups:
            for w, _, _ in process.extract(
                low, group, scorer=Levenshtein.distance, score_cutoff=reach, limit=100
            ):
                if w != low:
                    out.add(w)
    return sorted(out)


@functools.lru_cache(maxsize=20_000)
def near_common(low: str, base: str = "", limit: float = 1.0) -> str | None:
    """A common word `low` is likely a slip for: a slip or two away, weighed by how common the
    word is (a slip to a very common word is the likelier); never `base`, the word it is made of."""
    best: tuple[float, str] | None = None
    for w in _near(low, 1 if len(low) <= 5 else 2, "common"):
        if w == base:
            continue
        score = channel_cost(low, w) - 0.45 * (zipf(w) - COMMON)
        if score <= limit and (best is None or score < best[0]):
            best = (score, w)
    return best[1] if best else None


def edits1(low: str) -> Iterator[str]:
    """Every string one deletion, swap of neighbours, substitution or insertion away."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(len(low) + 1):
        head, tail = low[:i], low[i:]
        if tail:
            yield head + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]
            for c in letters:
                if c != tail[0]:
                    yield head + c + tail[1:]
        for c in letters:
            yield head + c + tail


def edits1_in(low: str, words: frozenset[str] | dict) -> list[str]:
    return [w for w in set(edits1(low)) if w in words]


@functools.lru_cache(maxsize=20_000)
def slip_of_frequent(low: str, z: float) -> str | None:
    """A much more frequent word one slip away (Massachussetts → massachusetts, bilion →
    billion, Cincinatti → cincinnati): the rarer word is then more likely its misspelling than
    a word of its own. A slip is one edit, or two cheap ones in a long word (a lost and an
    extra double letter)."""
    gap = 1.5 if len(low) >= 7 else 2.0 if len(low) >= 5 else 3.0
    near = edits1_in(low, _common_set())
    if len(low) >= 8:
        near += [w for w in _near(low, 2, "common") if channel_cost(low, w) <= 1.0]
    best: tuple[float, str] | None = None
    for w in near:
        zw = zipf(w)
        if zw - z >= gap and (best is None or zw > best[0]) and not _form_of(low, w):
            best = (zw, w)
    return best[1] if best else None


def _form_of(a: str, b: str) -> bool:
    """`a` is `b` plus s, d or y, as English forms words ("olds", "upsized", "righty")."""
    if not (a.startswith(b) and len(a) == len(b) + 1 and a[-1] in "sdy"):
        return False
    return not (a[-1] == "s" and _CONSONANT_Y.search(b)) and not (a[-1] == "d" and b[-1] != "e")


@functools.lru_cache(maxsize=1)
def suggestion_words() -> tuple[str, ...]:
    """Words a correction may be: in the dictionary and used, common, or in the vocabularies;
    letters only, no known misspelling."""
    wrong = misspellings()
    freq = frequencies()
    common = 10 ** (COMMON - 9)
    out = {w for w in dictionary() if (w in freq or len(w) > 2) and w.isalpha()}
    out.update(w for w, f in freq.items() if f >= common and w.isalpha())
    out.update(w for w in vocabulary() if w.isalpha())
    return tuple(sorted(w for w in out if len(w) > 1 and w not in wrong))


def same_case(original: str, fix: str) -> str:
    if original.isupper() and len(original) > 1:
        return fix.upper()
    if original[:1].isupper():
        return fix[:1].upper() + fix[1:]
    return fix


def _sub_cost(a: str, b: str) -> float:
    if a in VOWELS and b in VOWELS:
        return 0.6  # "seperate", "independant"
    if {a, b} in _SOUNDS:
        return 0.7
    return 1.0


_SOUNDS = [set(p) for p in ("cs", "ck", "sz", "iy", "mn", "td", "bp", "gj", "fv", "qk")]


def channel_cost(typo: str, word: str) -> float:
    """How far a writer slipped from `word` to `typo`: an edit distance where the common slips
    cost less (a doubled or undoubled letter, a vowel for a vowel, a swap of neighbours, a
    letter that sounds alike) and a wrong first letter costs more."""
    n, m = len(typo), len(word)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = float(i)
    for j in range(1, m + 1):
        d[0][j] = float(j)
    for i in range(1, n + 1):
        a = typo[i - 1]
        for j in range(1, m + 1):
            b = word[j - 1]
            dele = 0.5 if i > 1 and typo[i - 2] == a else 1.0  # "begginning": an extra double
            ins = 0.5 if j > 1 and word[j - 2] == b else 1.0  # "begining": a lost double
            sub = 0.0 if a == b else _sub_cost(a, b)
            best = min(d[i - 1][j] + dele, d[i][j - 1] + ins, d[i - 1][j - 1] + sub)
            if i > 1 and j > 1 and a == word[j - 2] and typo[i - 2] == b:
                best = min(best, d[i - 2][j - 2] + 0.7)
            d[i][j] = best
    cost = d[n][m]
    if typo[:1] != word[:1]:
        cost += 0.5
    return cost


def _reach(low: str) -> int:
    return 1 if len(low) <= 4 else 2 if len(low) <= 7 else 3


@functools.lru_cache(maxsize=4096)
def suggestions(word: str, limit: int = 3) -> tuple[str, ...]:
    """Likely corrections, best first: the smallest slip, weighed against how common the word
    is (a slip costs about as much as a word thirty times rarer), and two words run together.
    Never the word itself, never a known misspelling."""
    low = word.lower()
    reach = _reach(low)
    ranked = []
    for w in _near(low, reach, "all"):
        cost = channel_cost(low, w)
        if cost <= reach:
            ranked.append((cost - 0.45 * max(zipf(w), 1.0), w))
    split = split_words(low)
    if split and not edits1_in(low, _common_set()):
        ranked.append((0.5 - 0.45 * min(zipf(split[0]), zipf(split[1])), " ".join(split)))
    ranked.sort()
    return tuple(same_case(word, w) for _, w in ranked[:limit])
