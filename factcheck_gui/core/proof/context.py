"""Reading a sentence from its part-of-speech tags, for the confusion rules: tokens, word
classes, noun phrases and whether a phrase has a verb of its own.

The model has no parser (the pipeline leaves it out for speed), so phrases are read from tags:
a noun phrase is modifiers then nouns, a prepositional phrase is a preposition then a noun
phrase. Open word lists (verbs that take a clause, nouns that name a person ...) are data, in
data/confusions.txt; closed classes of function words are here."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "confusions.txt"

NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
COMMON_NOUN = frozenset({"NN", "NNS"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERB = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
# Inside a noun phrase, before its nouns: "its full-year guidance", "it's 31,000 employees".
MODIFIER = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "CD", "HYPH", "$"}) | NOUN
DETERMINER = frozenset({"DT", "PRP$", "PDT", "POS"})
# What a long subject is made of: nouns and their modifiers, phrases, "and", brackets, adverbs.
SUBJECT_TAGS = MODIFIER | DETERMINER | {"IN", "CC", "-LRB-", "-RRB-", "RB", "TO", "PRP"}

BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"})
AUX = BE | {"has", "have", "had", "having", "'ve", "'d", "do", "does", "did"}
MODAL = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must",
                   "'ll", "wo", "ca"})  # fmt: skip
# Prepositions after which no clause can start: "on it's ability" is always the possessive.
PURE_PREPS = frozenset({
    "of", "on", "in", "at", "for", "with", "by", "from", "into", "onto", "to", "about", "over",
    "under", "through", "across", "within", "without", "during", "toward", "towards", "behind",
    "against", "among", "amongst", "between", "despite", "via", "amid", "amidst", "including",
    "per", "upon", "throughout", "beyond", "alongside", "inside", "outside", "regarding",
    "concerning", "excluding", "unlike", "versus", "beside", "besides", "near", "around",
})  # fmt: skip
PARTICLES = frozenset({"back", "up", "out", "down", "off", "away", "aside", "over"})
# Words that start a clause, not a prepositional phrase: "since the bank was rescued".
SUBORDINATORS = frozenset({
    "that", "because", "if", "whether", "than", "as", "while", "although", "though", "so",
    "unless", "once", "since", "until", "till", "after", "before", "like", "where", "when",
    "whereas", "lest",
})  # fmt: skip
INTENSIFIERS = frozenset({"too", "very", "so", "quite", "really", "pretty", "extremely",
                          "fairly", "rather", "still", "also", "now", "already", "just",
                          "even", "highly", "increasingly", "never", "always", "probably"})  # fmt: skip
CLOSERS = frozenset({".", ",", ";", ":", "!", "?", ")", "''", '"', "”", "-", "—", "–"})


def verb_forms(*lemmas: str) -> frozenset[str]:
    """A verb's usual written forms: "add" -> add, adds, added, adding."""
    out: set[str] = set()
    for w in lemmas:
        stem = w[:-1] if w.endswith("e") else w
        out |= {w, w + "s", stem + "ed", stem + "ing", w + "d" if w.endswith("e") else w + "ed"}
        if w.endswith("y"):
            out |= {w[:-1] + "ies", w[:-1] + "ied"}
    return frozenset(out)


def parse_words(text: str) -> dict[str, frozenset[str]]:
    """The [words] section of the rules file: "name: word, word". Names ending in "_verbs"
    get each verb's usual forms; abbreviations keep their case, other words are lower-cased."""
    out: dict[str, frozenset[str]] = {}
    section = ""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if line.startswith("[") and line.endswith("]") and ">" not in line:
            section = line[1:-1]
        elif section == "words" and line and not line.startswith("#"):
            name, sep, rest = line.partition(":")
            if not sep:
                raise ValueError(f"confusions.txt:{n}: a word list is 'name: word, word'")
            words = [w.strip() for w in rest.split(",") if w.strip()]
            if not name.endswith("_abbreviations"):
                words = [w.lower() for w in words]
            name = name.strip()
            out[name] = verb_forms(*words) if name.endswith("_verbs") else frozenset(words)
    return out


@functools.lru_cache(maxsize=1)
def _all_words() -> dict[str, frozenset[str]]:
    return parse_words(DATA.read_text(encoding="utf-8"))


def words(name: str) -> frozenset[str]:
    """A word list of the rules file, by name."""
    return _all_words()[name]


@dataclass(frozen=True)
class Hit:
    """Tokens first..last (inclusive) are wrong; `fix` replaces their text."""

    first: int
    last: int
    fix: str


class Tokens:
    """One spaCy Doc as parallel lists, spaces left out; apostrophes read as "'"."""

    def __init__(self, doc: Iterable, names: frozenset[str] = frozenset()) -> None:  # type: ignore[type-arg]
        self.tok = [t for t in doc if not t.is_space]
        self.names = names  # capitalised words seen inside sentences: names, not plurals
        self.low = [t.lower_.replace("\u2019", "'") for t in self.tok]
        self.tag = [t.tag_ for t in self.tok]
        self.n = len(self.tok)

    def at(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def tag_at(self, i: int) -> str:
        return self.tag[i] if 0 <= i < self.n else ""

    def starts_sentence(self, i: int) -> bool:
        return i == 0 or bool(self.tok[i].is_sent_start)

    def sentence_start(self, i: int) -> int:
        while i > 0 and not self.starts_sentence(i):
            i -= 1
        return i

    def clause_start(self, i: int) -> bool:
        """Whether a clause may begin at token i: first of a sentence, after a quote or
        parenthesis, a comma, a conjunction or a subordinator."""
        if self.starts_sentence(i):
            return True
        prev, ptag = self.low[i - 1], self.tag[i - 1]
        return ptag in ("``", "''", "-LRB-", ",", ":", "CC") or prev in SUBORDINATORS | {'"', "“"}

    def noun_phrase(self, k: int, det: bool = False, reach: int = 7) -> int | None:
        """The head (last noun) of a noun phrase starting at k: modifiers, then nouns. With
        `det`, it may open with a determiner ("the", "their"). None when there is none."""
        j, end, head = k, min(self.n, k + reach), None
        if det and j < end and (self.tag[j] in DETERMINER or self.low[j] in ("a", "an", "the")):
            j += 1
        while j < end:
            tag = self.tag[j]
            if self.low[j][:1] == "'":
                break  # a clitic: "there's" read as a noun
            if tag == "HYPH" and j + 1 < end:
                j += 2  # "cost-to-income": a hyphen joins the next word, whatever its tag
                if self.tag[j - 1] in NOUN and self.tag_at(j) not in NOUN | {"HYPH"}:
                    return j - 1
                continue
            if tag in NOUN or (tag == "CD" and self.tag_at(j + 1) not in MODIFIER):
                head = j
            elif tag not in MODIFIER or head is not None:
                break
            if head is not None and self.tag_at(j + 1) not in NOUN | {"HYPH"}:
                break
            j += 1
        return head

    def verb_follows(self, head: int) -> bool:
        """Whether a noun phrase ending at `head` is followed (after prepositional phrases and
        one adverb) by a finite verb of its own: "it's profit [in Asia] fell"."""
        j = head + 1
        for _ in range(3):
            if self.tag_at(j) != "IN" or self.at(j) in SUBORDINATORS:
                break
            k = j + 1
            while k + 1 < self.n and self.tok[k].text.istitle() and self.tag[k] not in NOUN:
                if self.tag[k + 1] not in NOUN:
                    break
                k += 1  # "in Just Eat": a name's first word read as an adverb
            nxt = self.noun_phrase(k, det=True)
            if nxt is None:
                return False
            j = nxt + 1
        if self.tag_at(j) == "RB":
            j += 1
        return self.tag_at(j) in FINITE and not self.starts_sentence(j)

    def subject_verb_follows(self, head: int, reach: int = 40) -> bool:
        """Like verb_follows, through a longer subject: "It's work on graph networks (GNNs)
        and the Deep Graph Library even helped"."""
        for j in range(head + 1, min(self.n, head + reach)):
            tag, low = self.tag[j], self.low[j]
            if self.starts_sentence(j) or low in SUBORDINATORS or low in ("who", "which"):
                return False
            if tag in FINITE:
                return True
            if tag not in SUBJECT_TAGS:
                return False
        return False

    def plural_read_for_verb(self, head: int) -> bool:
        """ "pension provider charges an exit fee": the last "noun" of a compound before an
        article is the verb, read as a plural."""
        after = self.tag_at(head + 1)
        return self.tag[head] == "NNS" and self.tag_at(head - 1) == "NN" and after in ("DT", "PRP$")
