"""Word confusions read from the tagger's context: its/it's, their/there/they're, your/you're,
whose/who's, then/than, affect/effect, lose/loose, to/too, "could of" and basic agreement.

Each detector looks at one trigger word and the part-of-speech tags around it and returns the
tokens to mark with their fix, or None. The model has no parser (the pipeline leaves it out for
speed), so phrases are read from tags: a noun phrase is modifiers then nouns, a prepositional
phrase is a preposition then a noun phrase. When the tags leave two readings open, nothing is
marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
COMMON_NOUN = frozenset({"NN", "NNS"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
VERB = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
# Inside a noun phrase, before its nouns: "its full-year guidance", "it's 31,000 employees".
MODIFIER = frozenset(
    {"JJ", "JJR", "JJS", "VBN", "VBG", "CD", "HYPH", "$", "NN", "NNS", "NNP", "NNPS"}
)
DETERMINER = frozenset({"DT", "PRP$", "PDT", "POS"})


def _forms(*lemmas: str) -> frozenset[str]:
    """A verb's usual written forms: "add" -> add, adds, added, adding (irregular ones listed)."""
    out: set[str] = set()
    for w in lemmas:
        stem = w[:-1] if w.endswith("e") else w
        out |= {w, w + "s", stem + "ed", stem + "ing", w + "d" if w.endswith("e") else w + "ed"}
        if w.endswith("y"):
            out |= {w[:-1] + "ies", w[:-1] + "ied"}
    return frozenset(out)


BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"})
AUX = BE | frozenset({"has", "have", "had", "having", "'ve", "'d", "do", "does", "did"})
MODAL = frozenset({"will", "would", "can", "could", "shall", "should", "may", "might", "must",
                   "'ll", "wo", "ca"})  # fmt: skip
# Verbs after which a clause may start ("said it's profitable", "think their costs ..."): after
# them "it's" + noun is read as a possessive only when the noun has its own verb.
CLAUSE_VERBS = _forms(
    "say", "think", "believe", "expect", "hope", "know", "show", "mean", "feel", "seem", "guess",
    "suppose", "note", "warn", "argue", "add", "estimate", "predict", "signal", "reckon", "insist",
    "claim", "confirm", "announce", "report", "admit", "agree", "indicate", "suggest", "realise",
    "realize", "fear", "worry", "bet", "doubt", "assume", "acknowledge", "concede", "decide",
    "figure", "imagine", "recall", "remember", "stress", "emphasise", "emphasize", "explain",
    "reiterate", "maintain", "contend", "allege", "declare", "state", "mention", "promise",
    "guarantee", "ensure", "prove", "hear", "see", "find", "tell", "write", "understand", "reply",
    "answer", "respond", "conclude", "calculate", "forecast", "project", "judge", "consider",
) | frozenset({"said", "thought", "knew", "known", "shown", "felt", "found", "told", "wrote",
               "written", "seen", "saw", "heard", "understood", "meant", "bet"})  # fmt: skip
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
# Nouns that follow "it is" with no article: "it's time to", "it's business as usual".
PREDICATE_NOUNS = frozenset({
    "time", "way", "business", "news", "fun", "history", "luck", "part", "one", "thing",
    "things", "nothing", "something", "everything", "anything", "days", "years", "months",
    "weeks", "hours", "minutes", "decades", "home", "chance",
})  # fmt: skip
TIME_WORDS = frozenset({
    "today", "tomorrow", "tonight", "yesterday", "now", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "decade", "decades", "hour", "hours", "minute", "minutes",
    "morning", "evening", "night", "overnight", "weekend", "quarter", "season", "home", "last",
    "next", "first", "early", "late", "this", "every", "each", "all", "only", "later",
    "earlier", "soon", "ago", "afternoon", "spring", "summer", "autumn", "winter",
})  # fmt: skip
INTENSIFIERS = frozenset({"too", "very", "so", "quite", "really", "pretty", "extremely",
                          "fairly", "rather", "still", "also", "now", "already", "just",
                          "even", "highly", "increasingly", "never", "always", "probably"})  # fmt: skip
# Adjectives that take a clause: "it's clear demand has peaked", "it's likely rates rise".
CLAUSE_ADJECTIVES = frozenset({
    "clear", "unclear", "likely", "unlikely", "possible", "impossible", "probable", "true",
    "obvious", "evident", "apparent", "certain", "uncertain", "plain", "important", "essential",
    "vital", "crucial", "critical", "necessary", "good", "bad", "great", "fine", "okay", "ok",
    "right", "wrong", "fair", "unfair", "odd", "strange", "surprising", "unsurprising", "sure",
    "interesting", "ironic", "sad", "unfortunate", "lucky", "fortunate", "inevitable", "early",
    "conceivable", "doubtful", "understandable", "remarkable", "notable", "worth", "safe",
    "natural", "striking", "encouraging", "worrying", "disappointing", "amazing", "hard", "easy",
    "difficult", "tough", "crazy", "funny", "rare", "common", "normal", "unusual", "telling",
    "no", "high", "about", "little", "key", "wise", "best", "better", "worse",
})  # fmt: skip
# Read as nouns after a possessive, but before "to" + verb they are adjectives: "your welcome to".
PREDICATE_ADJECTIVES = frozenset({"welcome", "able", "unable", "ready", "likely", "unlikely",
                                  "sure", "willing", "keen", "eager", "set", "poised"})  # fmt: skip
# What a long subject is made of: nouns and their modifiers, phrases, "and", brackets, adverbs.
_SUBJECT_TAGS = MODIFIER | DETERMINER | {"IN", "CC", "-LRB-", "-RRB-", "RB", "TO", "PRP"}
CLOSERS = frozenset({".", ",", ";", ":", "!", "?", ")", "''", '"', "”", "-", "—", "–"})


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

    def clause_start(self, i: int) -> bool:
        """Whether a clause may begin at token i: first of a sentence, after a quote or
        parenthesis, a comma, a conjunction or a subordinator."""
        if self.starts_sentence(i):
            return True
        prev, ptag = self.low[i - 1], self.tag[i - 1]
        return (
            ptag in ("``", "''", "-LRB-", ",", ":", "CC")
            or prev in SUBORDINATORS
            or prev in ('"', "“")
        )

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
            if tag in NOUN or (tag == "CD" and self.tag_at(j + 1) not in MODIFIER):
                head = j
            elif tag == "HYPH" or (tag in MODIFIER and head is None):
                pass
            elif tag in MODIFIER and tag in ("NN", "NNS", "NNP", "NNPS"):
                head = j
            else:
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
            if self.tag_at(j) == "IN" and self.at(j) not in SUBORDINATORS:
                k = j + 1
                while (
                    k < self.n
                    and self.tok[k].text.istitle()
                    and self.tag[k] not in NOUN
                    and self.tag_at(k + 1) in NOUN
                ):
                    k += 1  # "in Just Eat": a name's first word read as an adverb
                nxt = self.noun_phrase(k, det=True)
                if nxt is None:
                    return False
                j = nxt + 1
            else:
                break
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
            if tag not in _SUBJECT_TAGS:
                return False
        return False

    def plural_read_for_verb(self, head: int) -> bool:
        """ "pension provider charges an exit fee": the last "noun" of a compound before an
        article is the verb, read as a plural."""
        return (
            self.tag[head] == "NNS"
            and self.tag_at(head - 1) == "NN"
            and self.tag_at(head + 1) in ("DT", "PRP$")
        )


def _is_contraction_of(t: Tokens, i: int, word: str, clitic: str) -> bool:
    return t.low[i] == word and t.at(i + 1) == clitic


def possessive_meant(t: Tokens, i: int, k: int) -> bool:
    """Whether "it's" / "they're" / "you're" at i (its clitic ending before k) stands where the
    possessive must be: before "own"; before a noun phrase after a preposition ("on it's
    ability") or a verb that takes an object ("cut it's guidance"); after "X and" ("Keller and
    it's 31,000 employees"); or before a noun phrase that has its own verb ("It's stake ... stands")."""
    if t.at(k) == "own":
        return True
    head = t.noun_phrase(k)
    if head is None or t.tag[k] == "NNP":
        return False
    if head == k and t.low[k].endswith("ing"):
        return False  # "the money it's borrowing must": a verb read as a noun
    prev, ptag = t.at(i - 1), t.tag_at(i - 1)
    if prev in PURE_PREPS and ptag in ("IN", "TO"):
        return True
    if t.low[head] in PREDICATE_NOUNS or t.at(head + 1) in ("that", "who", "which"):
        return False  # "it's time to", "it's revenue that matters"
    if t.at(head + 1) == "to" and t.tag_at(head + 2) == "VB":
        return False  # "it's a ... to do"
    verb_before = (ptag in VERB or prev in PARTICLES) and not t.starts_sentence(i)
    if prev in ("us", "me", "him", "them") and t.tag_at(i - 2) in VERB:
        verb_before, prev = True, t.at(i - 2)  # "give us you're view"
    if verb_before and prev not in AUX | MODAL | CLAUSE_VERBS:
        return True
    if prev in ("and", "or") and t.tag_at(i - 2) in NOUN and t.at(i - 2) != "%":
        return t.tag[k] in ("NN", "NNS", "CD")
    first = t.tag[k]
    if first == "JJ" and (t.low[i] != "it" or t.at(k) in CLAUSE_ADJECTIVES):
        return False  # "it's clear [that] demand has peaked", "they're confident demand will"
    if first not in ("NN", "NNS", "CD", "JJS", "JJ"):
        return False
    if t.verb_follows(head) or (head > k and t.plural_read_for_verb(head)):
        return True
    return t.starts_sentence(i) and first in ("NN", "NNS") and t.subject_verb_follows(head)


def contraction_meant(t: Tokens, k: int, has_too: bool) -> bool:
    """Whether the word after a possessive ("its", "their", "your", "whose") at k cannot follow
    a possessive, so the contraction is meant: "its been", "their a", "your not", "its likely
    to", "your buying a", "whose going to", "its in talks". `has_too`: "it's" and "who's" also
    stand for "it has" / "who has" ("whose built a stake")."""
    j = k
    while t.at(j) in INTENSIFIERS and t.tag_at(j) == "RB" and t.tag_at(j + 1) != "HYPH":
        j += 1
    w, tag, nxt = t.at(j), t.tag_at(j), t.tag_at(j + 1)
    if not w or nxt == "HYPH" or w == "own":
        return False
    if w in ("not", "n't") or (w == "been" and has_too):
        return True
    if w in ("a", "an", "the", "this", "these", "those", "no", "another"):
        return True
    if w in ("up", "down", "off") and nxt in ("CD", "$"):
        return True  # "its up 60%"
    if tag in ("IN", "RP") and w not in ("like", "of", "than", "as", "up", "down", "off"):
        return True  # "its in talks", "whose about to"
    if w in PREDICATE_ADJECTIVES and t.at(j + 1) == "to" and t.tag_at(j + 2) == "VB":
        return True  # "your welcome to apply", the tagger's noun
    if tag == "VBG":
        if w == "being" and nxt not in NOUN:
            return True  # "your being too pessimistic"
        if nxt in ("DT", "PRP$") or (nxt == "TO" and t.tag_at(j + 2) == "VB"):
            return True
        # "say their struggling with costs", "when your paying 6%": a clause with no verb of its
        # own; "its remaining 20 stores" is a noun phrase
        opens = t.clause_start(k - 1) or t.at(k - 2) in CLAUSE_VERBS
        return opens and nxt in ("IN", "RB", "RP", "JJ", "JJR", "CD", "$") and not t.verb_follows(j)
    if tag == "VBN":
        if (nxt == "TO" or t.at(j + 1) == "to") and t.tag_at(j + 2) == "VB":
            return True
        if nxt == "IN" and t.at(j + 1) not in ("of", "than"):
            return True  # "its based in London", "your approved for a mortgage"
        return has_too and nxt in ("DT", "PRP$")
    if tag == "JJ" and w not in ("only", "due", "total", "fair", "full", "own"):
        if (nxt == "TO" or t.at(j + 1) == "to") and t.tag_at(j + 2) == "VB":
            return True
        if t.at(j + 1) in ("that", "whether", "if", "of", "about", "with") or nxt in ("DT", "PRP"):
            return True  # "its likely the bank cuts"
        return j > k and t.at(j - 1) in ("too", "very", "so", "quite") and t.at(j + 1) in CLOSERS
    return False


# --- its / it's -----------------------------------------------------------------------------


def its_possessive(t: Tokens, i: int) -> Hit | None:
    """ "it's" where "its" is meant ("At it's peak", "cut it's guidance")."""
    if _is_contraction_of(t, i, "it", "'s") and possessive_meant(t, i, i + 2):
        return Hit(i, i + 1, "its")
    return None


def its_contraction(t: Tokens, i: int) -> Hit | None:
    """ "its" where "it's" is meant ("its been", "its expected to", "its too early")."""
    if t.low[i] == "its" and contraction_meant(t, i + 1, has_too=True):
        return Hit(i, i, "it's")
    return None


# --- their / there / they're ------------------------------------------------------------------


def _existential_verb(t: Tokens, k: int) -> bool:
    """ "is", "was", "could be", "has been" after "there": the existential."""
    w, nxt = t.at(k), t.at(k + 1)
    if w in ("is", "are", "was", "were"):
        return True
    if w in MODAL and t.tag_at(k) == "MD":
        return nxt == "be" or (nxt == "not" and t.at(k + 2) == "be")
    return w in ("has", "have", "had") and nxt == "been"


def their_there(t: Tokens, i: int) -> Hit | None:
    w = t.low[i]
    if w == "their":
        if _existential_verb(t, i + 1):
            return Hit(i, i, "there")
        if contraction_meant(t, i + 1, has_too=False):
            return Hit(i, i, "they're")
    elif w == "there":
        return _there(t, i)
    elif _is_contraction_of(t, i, "they", "'re"):
        if _existential_verb(t, i + 2):
            return Hit(i, i + 1, "there")
        if possessive_meant(t, i, i + 2):
            return Hit(i, i + 1, "their")
    return None


def _there(t: Tokens, i: int) -> Hit | None:
    """ "there" before a bare noun phrase is the possessive ("cut there forecasts"); at a
    clause start before "unlikely to" / "wary of" it is "they're"."""
    prev = t.at(i - 1)
    if prev in BE | MODAL | {"has", "have", "had"} or t.tag_at(i + 1) in FINITE | {"MD"}:
        return None
    if t.at(i + 1)[:1] == "'":
        return None  # "there's", "there'll"  # "is there", "will there be"; "there is"
    if t.at(i + 1) == "own":
        return Hit(i, i, "their")
    head = t.noun_phrase(i + 1)
    if head is not None:
        words = t.low[i + 1 : head + 1]
        if t.tag[i + 1] == "NNP" or any(x in TIME_WORDS for x in words):
            return None  # "there Monday", "there last year"
        if t.tag_at(head + 1) in NOUN | {"DT", "CD", "PRP$", "PRP", "JJ"}:
            return None  # "there remains a risk" read as a noun
        ptag = t.tag_at(i - 1)
        after_verb = ptag in VERB and prev not in AUX and not t.starts_sentence(i)
        after_prep = prev in PURE_PREPS and ptag in ("IN", "TO") and not t.verb_follows(head)
        if after_verb or after_prep or (t.clause_start(i) and t.verb_follows(head)):
            return Hit(i, i, "their")
        return None
    if t.clause_start(i) and t.at(i - 1) not in SUBORDINATORS - {"that", "because", "but", "so"}:
        j = i + 1
        while t.at(j) in INTENSIFIERS and t.tag_at(j) == "RB":
            j += 1
        if t.tag_at(j) == "JJ" and t.at(j) not in ("enough", "more", "less", "much", "many", "few",
                                                    "little", "such", "same", "other", "only"):  # fmt: skip
            nxt = t.at(j + 1)
            if (nxt == "to" and t.tag_at(j + 2) == "VB") or nxt in ("of", "about", "with", "that"):
                return Hit(i, i, "they're")
        if t.at(j) == "going" and t.at(j + 1) == "to" and t.tag_at(j + 2) == "VB":
            return Hit(i, i, "they're")
    return None


# --- your / you're ------------------------------------------------------------------------


def your_youre(t: Tokens, i: int) -> Hit | None:
    if t.low[i] == "your" and contraction_meant(t, i + 1, has_too=False):
        return Hit(i, i, "you're")
    if _is_contraction_of(t, i, "you", "'re") and possessive_meant(t, i, i + 2):
        return Hit(i, i + 1, "your")
    return None


# --- whose / who's ------------------------------------------------------------------------


def whose_whos(t: Tokens, i: int) -> Hit | None:
    if t.low[i] == "whose":
        if contraction_meant(t, i + 1, has_too=True) or (
            t.tag_at(i + 1) in ("JJ", "CD") and t.at(i + 2) in CLOSERS | {"for", "in"}
        ):  # "the founder, whose 72,"
            return Hit(i, i, "who's")
        return None
    if not _is_contraction_of(t, i, "who", "'s"):
        return None
    k = i + 2
    if t.at(k) == "own":
        return Hit(i, i + 1, "whose")
    head = t.noun_phrase(k)
    if head is None or t.tag[k] not in ("NN", "NNS", "JJ"):
        return None
    if t.tag[k] == "NNS" or (t.tag[head] == "NNS" and head > k):
        return Hit(i, i + 1, "whose")  # "who's bets", "who's copper mines": "who is bets" cannot be
    nxt = t.tag_at(head + 1)
    if t.verb_follows(head) or (nxt in ("DT", "PRP") and t.tag_at(head + 3) in FINITE):
        return Hit(i, i + 1, "whose")
    return None


# --- then / than ----------------------------------------------------------------------------

COMPARATIVES = frozenset({"more", "less", "fewer", "rather", "other", "else", "better", "worse",
                          "different", "differently", "sooner", "later", "further", "farther"})  # fmt: skip
_THAN_AFTER = frozenset({"did", "does", "do", "had", "has", "have", "was", "were", "is", "are",
                         "would", "could", "will", "expected", "forecast", "predicted"})  # fmt: skip


def _comparative(t: Tokens, j: int) -> bool:
    w, tag = t.at(j), t.tag_at(j)
    if w == "rather":  # "rather sharply" is a degree
        return t.at(j + 1) in ("then", "than") or t.tag_at(j + 1) not in ("JJ", "RB", "JJR", "RBR")
    return tag in ("JJR", "RBR") or w in COMPARATIVES


def then_than(t: Tokens, i: int) -> Hit | None:
    w, nxt_tag = t.low[i], t.tag_at(i + 1)
    if w == "then":
        if (
            t.tag_at(i - 1) == "HYPH"
            or nxt_tag == "HYPH"
            or t.at(i - 1) in ("and", "but", "or", ",")
        ):
            return None
        if _comparative(t, i - 1):  # "higher then expected"; "rose higher then fell" is a sequence
            if nxt_tag in FINITE and t.at(i - 1) != "rather":
                return None
            return Hit(i, i, "than")
        for j in range(i - 2, max(-1, i - 9), -1):
            if t.tag[j] in (",", ":", "CC", ".") or t.low[j] in SUBORDINATORS:
                break
            if _comparative(t, j):
                if t.at(j) == "rather" and nxt_tag in ("VB", "VBD", "VBP"):
                    return Hit(i, i, "than")  # "would rather raise prices then cut"
                nxt = t.at(i + 1)
                if nxt_tag in ("CD", "$") or nxt in ("in", "at", "during", "for"):
                    return Hit(i, i, "than")
                if nxt_tag == "PRP" and t.at(i + 2) in _THAN_AFTER:
                    return Hit(i, i, "than")  # "fewer cuts this year then it did"
                return None
        return None
    if w != "than":
        return None
    prev = t.at(i - 1)
    earlier = any(_comparative(t, j) for j in range(_sentence_start(t, i), i))
    if t.starts_sentence(i) or prev in ("back", "since", "until", "till", "from"):
        return Hit(i, i, "then")
    if prev in ("and", "but", "or") and not earlier:
        return Hit(i, i, "then")
    if prev == ",":
        if not earlier:
            return Hit(i, i, "then")
        if nxt_tag in ("VBD", "VBZ", "VBN") and t.tag_at(i + 2) in (
            "DT",
            "NN",
            "NNS",
            "PRP$",
            "RP",
            "RB",
        ):
            return Hit(i, i, "then")  # "opened higher, than reversed course"
    return None


def _sentence_start(t: Tokens, i: int) -> int:
    while i > 0 and not t.starts_sentence(i):
        i -= 1
    return i


# --- affect / effect ------------------------------------------------------------------------

# What one "effects" (brings about): "effect a turnaround", "the transfer was effected".
BROUGHT_ABOUT = frozenset({
    "change", "changes", "turnaround", "transfer", "transfers", "transaction", "transactions",
    "merger", "sale", "reform", "reforms", "recovery", "cure", "transformation", "shift",
    "improvement", "improvements", "reduction", "reductions", "repayment", "payment", "payments",
    "redemption", "settlement", "conversion", "distribution", "exchange", "restructuring", "split",
    "spin", "spinoff", "acquisition", "takeover", "closing", "completion", "delivery", "release",
    "rescue", "repairs", "compromise", "withdrawal", "entry", "exit", "purchase",
    "transition", "handover", "swap", "consolidation", "separation", "demerger", "divestiture",
    "disposal", "liquidation", "reorganisation", "reorganization", "recapitalisation",
    "recapitalization", "refinancing", "buyback", "issuance", "offering", "listing", "deal",
    "trade", "trades", "order", "orders", "scheme", "plan", "arrangement", "amendment",
    "amendments", "appointment", "appointments", "cuts", "savings", "reversal", "turnround",
})  # fmt: skip
_CHANGES = frozenset({"change", "changes", "turnaround", "transformation", "overhaul", "turnround"})
_TAKE = frozenset({"take", "takes", "took", "taken", "taking", "into", "in", "come", "came"})


def affect_effect(t: Tokens, i: int) -> Hit | None:
    w, tag, prev = t.low[i], t.tag[i], t.at(i - 1)
    if w in ("affect", "affects"):
        fix = "effect" + w[len("affect") :]
        nxt = t.at(i + 1)
        if prev in ("side", "take", "takes", "took", "taken", "taking", "into") or (
            tag in ("NN", "NNS") and (nxt in ("on", "of", "upon") or prev in _TAKE)
        ):
            return Hit(i, i, fix)  # "side affects", "little affect on", "take affect"
        noun_slot = tag in ("NN", "NNS") and t.tag_at(i - 1) in (
            "DT",
            "JJ",
            "JJR",
            "JJS",
            "VBN",
            "CD",
        )
        if noun_slot and nxt in CLOSERS | {"", "and", "with"}:
            return Hit(i, i, fix)  # "the desired affect,"; a mood "affect" follows a possessive
    if w.startswith("affect") and tag in VERB:
        k = i + 2 if t.at(i + 1) in ("a", "an") else i + 1
        head = t.noun_phrase(k)
        if head is not None and t.low[head] in _CHANGES and t.tag_at(k) != "NNP":
            return Hit(i, i, "effect" + w[len("affect") :])  # "to affect a change": bring it about
        return None
    if w not in ("effect", "effects", "effected", "effecting"):
        return None
    fix = "affect" + w[len("effect") :]
    if tag == "VBN" and _after_be(t, i):  # "2,000 workers will be effected by the closures"
        subject = _subject_before(t, i)
        if (
            subject is not None
            and t.tag[subject] in COMMON_NOUN
            and t.low[subject] not in BROUGHT_ABOUT
        ):
            return Hit(i, i, fix)
        return None
    possessive_next = t.at(i + 1) in ("our", "their", "its", "his", "her", "your", "my")
    verb_slot = tag in VERB or (w == "effects" and t.tag_at(i - 1) in NOUN and possessive_next)
    if not verb_slot or prev in ("the", "a", "an", "of", "side"):
        return None
    k = i + 2 if t.tag_at(i + 1) == "RB" else i + 1
    if t.at(k) in ("a", "an"):
        return None  # "effect a turnaround"; too close to call for "affect a third of staff"
    head = t.noun_phrase(k, det=True)
    if head is None or t.low[head] in BROUGHT_ABOUT or t.tag[head] not in COMMON_NOUN | {"CD"}:
        return None
    if w == "effects" and t.verb_follows(head):
        return None  # "currency effects our analysts flagged"
    return Hit(i, i, fix)


def _after_be(t: Tokens, i: int) -> bool:
    j = i - 1
    while t.tag_at(j) == "RB":
        j -= 1
    return t.at(j) in BE | {"get", "got", "gets", "getting"}


def _subject_before(t: Tokens, i: int) -> int | None:
    """The noun just before the auxiliaries and adverbs that precede token i."""
    j = i - 1
    while j >= 0 and (t.low[j] in AUX | MODAL | {"not", "n't"} or t.tag[j] in ("RB", "MD")):
        j -= 1
    return j if j >= 0 and t.tag[j] in NOUN else None


# --- lose / loose ---------------------------------------------------------------------------

_LOSE_OBJECTS = frozenset({"billions", "millions", "thousands", "hundreds", "ground", "momentum",
                           "sight", "touch", "track", "faith", "patience", "steam", "heart",
                           "face", "weight", "out"})  # fmt: skip
_LOSE_QUANTITIES = frozenset({"the", "a", "an", "some", "all", "more", "much", "most", "half",
                              "everything", "nothing", "about", "up", "almost", "nearly"})  # fmt: skip
_LOOSE_COMPLEMENT = frozenset({"keep", "keeps", "kept", "keeping", "remain", "remains",
                               "remained", "stay", "stays", "stayed", "become", "becomes",
                               "became", "becoming", "too", "very", "so", "fairly", "relatively",
                               "quite", "rather", "extremely", "overly"}) | BE  # fmt: skip


def lose_loose(t: Tokens, i: int) -> Hit | None:
    w, tag, prev = t.low[i], t.tag[i], t.at(i - 1)
    if w in ("loosing", "looses"):
        return Hit(
            i, i, "losing" if w == "loosing" else "loses"
        )  # "loosing" (untying) is all but unused
    if w == "loose":
        ptag = t.tag_at(i - 1)
        before = t.at(i - 2) if prev in ("not", "n't", "never") else prev
        if before in MODAL or prev in ("n't", "not") and t.at(i - 2) in ("do", "does", "did"):
            return Hit(i, i, "lose")
        if ptag in ("TO", "IN") and prev == "to":
            nxt, ntag = t.at(i + 1), t.tag_at(i + 1)
            if ntag in ("PRP$", "CD", "$") or nxt in _LOSE_QUANTITIES or tag in ("VB", "VBP"):
                return Hit(i, i, "lose")  # "stand to loose their", the tagger's verb
            if nxt in _LOSE_OBJECTS and ntag != "JJ":
                return Hit(i, i, "lose")
        return None
    if w != "lose" or "HYPH" in (t.tag_at(i - 1), t.tag_at(i + 1)):
        return None  # "lose-lose"
    if prev in MODAL | {"to", "not", "n't", "never", "or", "and"} or t.tag_at(i - 1) in (
        "MD",
        "TO",
    ):
        return None
    complement = prev in _LOOSE_COMPLEMENT and t.at(i + 1) in CLOSERS | {"again", "despite", "even"}
    if tag in ("JJ", "RB") or complement:
        return Hit(i, i, "loose")  # "policy remains lose", "a few lose ends"
    return None


# --- could of, to / too ---------------------------------------------------------------------


def modal_of(t: Tokens, i: int) -> Hit | None:
    """ "could of been", "should of known": "of" for "have" after a modal."""
    if t.low[i] != "of":
        return None
    j = i - 1
    if t.at(j) in ("not", "n't"):
        j -= 1
    modal = t.at(j)
    if modal not in ("could", "should", "would", "must", "might") or t.tag_at(j) != "MD":
        return None
    k = i + 1
    if t.tag_at(k) == "RB" and t.at(k) not in ("course",):
        k += 1
    if t.at(k) == "been" or t.tag_at(k) in ("VBN", "VBD", "VB"):
        if j == i - 1:
            return Hit(j, i, t.tok[j].text + " have")
        return Hit(i, i, "have")
    return None


_TO_ELLIPSIS = _forms(
    "want", "need", "plan", "agree", "try", "hope", "expect", "like", "love", "intend", "refuse",
    "decline", "choose", "aim", "seek", "wish", "promise", "prefer", "ask", "tell", "allow",
    "force", "order", "mean", "continue", "start", "begin", "fail", "offer", "threaten",
    "prepare", "manage", "struggle", "afford", "deserve", "dare", "urge", "invite", "encourage",
) | frozenset({"has", "have", "had", "having", "going", "used", "ought", "able", "unable",
               "supposed", "likely", "unlikely", "willing", "got", "told", "sought", "began",
               "begun", "meant", "due", "set", "wanting", "trying", "not", "yet"})  # fmt: skip
_COPULAS = BE | frozenset({"seem", "seems", "seemed", "look", "looks", "looked", "appear", "appears",
                           "appeared", "remain", "remains", "remained", "become", "becomes",
                           "became", "feel", "feels", "felt", "sound", "sounds", "sounded",
                           "prove", "proves", "proved", "proven"})  # fmt: skip


def _clause_final_too(t: Tokens, i: int) -> bool:
    """ "to" ending a clause that has its own subject and verb ("..., and the bonds weakened
    to.", "Rivals are cutting jobs to.") is "too"; not after "agreed", "wanted" ("agreed to."),
    nor at the end of a relative clause ("the level the index fell to")."""
    j = i - 1
    if t.tag_at(j) in COMMON_NOUN | {"PRP"}:  # an object: "cutting jobs"
        while j - 1 >= 0 and t.tag[j - 1] in COMMON_NOUN | {"DT", "JJ", "CD", "PRP$", "HYPH"}:
            j -= 1
        j -= 1
    if t.tag_at(j) not in VERB or t.at(j) in _TO_ELLIPSIS:
        return False
    while j - 1 >= 0 and (t.low[j - 1] in AUX | MODAL | {"not", "n't"} or t.tag[j - 1] == "RB"):
        j -= 1
    j -= 1  # the subject's last word
    if t.tag_at(j) not in NOUN | {"PRP"} or t.at(j) in ("which", "that", "who"):
        return False
    while j - 1 >= 0 and t.tag[j - 1] in NOUN | {"DT", "JJ", "JJR", "PRP$", "POS", "HYPH", "IN"}:
        j -= 1
    return t.tag_at(j - 1) in ("CC", ",") or t.starts_sentence(j)


# After a linking verb, "to" + adjective is "too": "looks to rich". These adjectives are also
# read as verbs after "to" by the tagger ("been to low").
_ADJECTIVES_READ_AS_VERBS = frozenset({"low", "high", "late", "soon", "cheap", "weak", "strong",
                                       "tight", "big", "small", "busy", "quick", "hard", "fast",
                                       "rich", "early", "costly", "risky", "optimistic"})  # fmt: skip
_NOT_TOO_AFTER_TO = frozenset({"blame", "date", "neutral", "positive", "negative", "stable",
                               "overweight", "underweight", "par", "zero", "flat", "black", "red",
                               "green", "here", "there", "home", "be", "about"})  # fmt: skip


def to_too(t: Tokens, i: int) -> Hit | None:
    w = t.low[i]
    if w == "to":
        nxt = t.at(i + 1)
        if nxt in CLOSERS and nxt != "-":
            return Hit(i, i, "too") if _clause_final_too(t, i) else None
        j = i - 1
        while (
            t.at(j) in ("not", "n't", "also", "still", "now", "simply", "just", "far", "way")
            and j > i - 3
        ):
            j -= 1
        if t.at(j) not in _COPULAS or t.tag_at(j) not in VERB:
            return None
        k = i + 2 if t.tag_at(i + 1) == "RB" and t.tag_at(i + 2) in ("JJ", "RB") else i + 1
        adj = t.at(k)
        if adj in _NOT_TOO_AFTER_TO or not (
            t.tag_at(k) in ("JJ", "RB") or adj in _ADJECTIVES_READ_AS_VERBS
        ):
            return None
        if t.tag_at(i + 1) == "VB" and adj not in _ADJECTIVES_READ_AS_VERBS:
            return None  # "is to sell"
        after = t.at(k + 1)
        if (after == "to" and t.tag_at(k + 2) == "VB") or after in CLOSERS | {
            "for",
            "",
            "and",
            "but",
        }:
            return Hit(i, i, "too")  # "is to early to say", "looks to rich for"
        return None
    if w != "too" or t.at(i - 1) in (",", "me"):
        return None
    nxt, ntag = t.at(i + 1), t.tag_at(i + 1)
    if nxt in ("a", "an", "the") or ntag in ("PRP$", "CD", "$"):
        return Hit(i, i, "to")  # "rose too a record", "fell too $80m"
    if ntag in ("VB", "VBP") and t.tag_at(i + 2) in ("PRP$", "DT", "$", "CD", "PRP"):
        return Hit(i, i, "to")  # "plans too sell its"
    if ntag in ("VB", "VBP", "VBN") and t.at(i - 1) in _TO_ELLIPSIS and t.tag_at(i - 1) in VERB:
        return Hit(i, i, "to")  # "wants too expand"
    return None
