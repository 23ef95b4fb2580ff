"""Possessives and their contractions: its/it's, their/there/they're, your/you're, whose/who's.

"it's", "they're", "you're", "who's" before a noun phrase that must be owned ("on it's
ability", "cut they're forecasts") are the possessive; "its", "their", "your", "whose" before
what cannot follow a possessive ("its been", "their a", "your not", "whose going to") are the
contraction. Each detector takes the tokens and the index of its trigger word and returns a Hit
or None."""

from __future__ import annotations

from .context import (
    AUX,
    BE,
    CLOSERS,
    FINITE,
    INTENSIFIERS,
    MODAL,
    NOUN,
    PARTICLES,
    PURE_PREPS,
    SUBORDINATORS,
    VERB,
    Hit,
    Tokens,
    words,
)

CLAUSE_VERBS = words("clause_verbs")
OBJECT_TO_VERBS = words("object_to_verbs")
PREDICATE_NOUNS = words("predicate_nouns")
PREDICATE_ADJECTIVES = words("predicate_adjectives")
CLAUSE_ADJECTIVES = words("clause_adjectives")
TIME_WORDS = words("time_words")
# Prepositions that can follow a possessive: "its per-share", "its near monopoly", "its like".
NOT_AFTER_IT_IS = frozenset({"like", "of", "than", "as", "up", "down", "off", "per", "near"})
# Adverbs of the perfect ("it has already taken"), not of a participle adjective ("its recently
# opened mine").
PERFECT_ADVERBS = frozenset({"already", "just", "also", "never", "since", "now", "still", "yet",
                             "ever", "long"})  # fmt: skip


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
    verb_before = (ptag in VERB or prev in PARTICLES) and not t.starts_sentence(i)
    if prev in PARTICLES and t.at(i - 2) in CLAUSE_VERBS:
        prev = t.at(i - 2)  # "find out it's fraud", "pointed out it's cheaper"
    if prev in ("us", "me", "him", "them") and t.tag_at(i - 2) in VERB:
        verb_before, prev = True, t.at(i - 2)  # "give us you're view"
    if verb_before and prev not in AUX | MODAL | CLAUSE_VERBS:
        return True  # "cut it's guidance", "taking you're time"
    to_verb = t.at(head + 1) == "to" and t.tag_at(head + 2) == "VB"
    if to_verb and prev in OBJECT_TO_VERBS:
        return True  # "expects it's ratio to fall"
    if t.low[head] in PREDICATE_NOUNS or t.at(head + 1) in ("that", "who", "which") or to_verb:
        return False  # "it's time to", "it's revenue that matters", "it's policy to"
    first = t.tag[k]
    after_and = prev in ("and", "or") and t.tag_at(i - 2) in NOUN and t.at(i - 2) != "%"
    if after_and and first in ("NN", "NNS", "CD"):
        return True  # "Keller and it's 31,000 employees"
    clause_adjective = t.at(k) in CLAUSE_ADJECTIVES or t.at(k).endswith(("ing", "able", "ible"))
    if first == "JJ" and (t.low[i] != "it" or clause_adjective):
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
    if has_too and j > k and t.at(j - 1) in PERFECT_ADVERBS and tag == "VBN":
        return True  # "its already taken steps": "it has already taken"
    if w == "to" and nxt == "VB":
        return True  # "whose to blame", "its to be decided"
    if not w or nxt == "HYPH" or w == "own":
        return False
    if w in ("not", "n't") or (w == "been" and has_too):
        return True
    if w in ("a", "an", "the", "this", "these", "those", "another"):
        return True
    if w == "no":
        return nxt != "NNS"  # "its no surprise"; "their no votes" are theirs
    up_to = w == "up" and t.at(j + 1) == "to" and t.tag_at(j + 2) in ("DT", "PRP", "PRP$", "NNP")
    if (w in ("up", "down", "off") and nxt in ("CD", "$")) or up_to:
        return True  # "its up 60%", "its up to the board"; not "its up to $1bn offering"
    if tag in ("IN", "RP") and w not in NOT_AFTER_IT_IS and nxt not in ("CD", "$"):
        return True  # "its in talks", "whose about to"; "its over 3,000 staff" is theirs
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
    if tag in ("VBN", "VBD"):  # no past tense follows a possessive: a participle
        if (nxt == "TO" or t.at(j + 1) == "to") and t.tag_at(j + 2) == "VB":
            return True
        if nxt == "IN" and t.at(j + 1) not in ("of", "than"):
            return True  # "its based in London", "your approved for a mortgage"
        return has_too and (nxt in ("DT", "PRP$") or (nxt == "RP" and t.tag_at(j + 2) != "NN"))
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
    time_to = t.at(i + 1) == "time" and t.at(i + 2) == "to" and t.tag_at(i + 3) == "VB"
    if t.low[i] == "its" and (contraction_meant(t, i + 1, has_too=True) or time_to):
        return Hit(i, i, "it's")  # "its time to sell": "their time to shine" is theirs
    return None


# --- their / there / they're ------------------------------------------------------------------


def _existential_verb(t: Tokens, k: int) -> bool:
    """ "is", "was", "could be", "has been" after "there": the existential."""
    w, nxt = t.at(k), t.at(k + 1)
    if w in ("is", "are", "was", "were"):
        return True
    if w in ("seems", "seem", "seemed", "appears", "appear", "appeared") and nxt == "to":
        return True  # "their seems to be"
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
        return None  # "is there", "will there be"; "there is"
    if t.at(i + 1)[:1] == "'":
        return None  # "there's", "there'll"
    if t.at(i + 1) == "own":
        return Hit(i, i, "their")
    verb_ing = t.tag_at(i + 1) == "VBG" and t.tag_at(i + 2) not in NOUN  # "there buying more"
    head = None if verb_ing else t.noun_phrase(i + 1)
    if head is not None:
        words = t.low[i + 1 : head + 1]
        if t.tag[i + 1] == "NNP" or any(x in TIME_WORDS for x in words):
            return None  # "there Monday", "there last year"
        if t.tag_at(head + 1) in NOUN | {"DT", "CD", "PRP$", "PRP"}:
            return None  # "there remains a risk" read as a noun
        ptag = t.tag_at(i - 1)
        after_verb = ptag in VERB and prev not in AUX and not t.starts_sentence(i)
        after_prep = prev in PURE_PREPS and ptag in ("IN", "TO") and not t.verb_follows(head)
        if after_verb or after_prep or (t.clause_start(i) and t.verb_follows(head)):
            return Hit(i, i, "their")
        return None
    opens = t.clause_start(i) or (prev in CLAUSE_VERBS and t.tag_at(i - 1) in VERB)
    if opens and prev not in SUBORDINATORS - {"that", "because", "but", "so"}:
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
        gerund = t.tag_at(j) == "VBG" and t.at(j) != "being"  # "There being no bids" is right
        if (
            gerund
            and t.tag_at(j + 1) in ("DT", "JJR", "RB", "PRP$", "IN")
            and not t.verb_follows(j)
        ):
            return Hit(i, i, "they're")  # "say there buying more gold"
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
    if t.at(i - 1) == "," and t.tag_at(k) == "JJ" and t.tag_at(k + 1) in ("VBZ", "VBD"):
        return Hit(i, i + 1, "whose")  # "Ortiz, who's firm manages": a noun read as an adjective
    head = t.noun_phrase(k)
    if head is None or t.tag[k] not in ("NN", "NNS", "JJ"):
        return None
    if t.tag[k] == "NNS" or (t.tag[head] == "NNS" and head > k):
        return Hit(i, i + 1, "whose")  # "who's bets", "who's copper mines": "who is bets" cannot be
    nxt = t.tag_at(head + 1)
    if t.verb_follows(head) or (nxt in ("DT", "PRP") and t.tag_at(head + 3) in FINITE):
        return Hit(i, i + 1, "whose")
    return None
