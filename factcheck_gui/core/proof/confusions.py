"""Word confusions read from the tags around them: then/than, affect/effect, lose/loose,
to/too and "could of". Each detector takes the tokens and the index of its trigger word and
returns a Hit (the tokens to mark and their fix) or None; when the tags leave two readings
open, it returns None."""

from __future__ import annotations

from .context import (
    AUX,
    BE,
    CLOSERS,
    COMMON_NOUN,
    FINITE,
    MODAL,
    NOUN,
    SUBORDINATORS,
    VERB,
    Hit,
    Tokens,
    words,
)

# --- then / than ----------------------------------------------------------------------------

COMPARATIVES = frozenset({"more", "less", "fewer", "rather", "other", "else", "better", "worse",
                          "different", "differently", "sooner", "later", "further", "farther"})  # fmt: skip
_THAN_AFTER = frozenset({"did", "does", "do", "had", "has", "have", "was", "were", "is", "are",
                         "would", "could", "will", "expected", "forecast", "predicted"})  # fmt: skip


# After "lower then", words that leave "then" meaning "at that time": "lower then, too".
_THEN_AFTER = frozenset({"as", "too", "again", "also", "still", "though", "anyway", "either", "now",
                         "", "when", "because", "compared"})  # fmt: skip


_OBJECT_TAGS = frozenset({"DT", "NN", "NNS", "PRP$", "RP", "RB"})


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
            or "than" in t.low[i + 1 : i + 5]
        ):
            return None  # "smaller then than it is today"
        degree = t.at(i - 2) in ("more", "less") and t.tag_at(i - 1) in ("RB", "JJ")
        if _comparative(t, i - 1) or degree:  # "higher then expected", "more slowly then costs";
            # "rose higher then fell" is a sequence, "prices were lower then." is time
            if nxt_tag in FINITE and t.at(i - 1) != "rather":
                return None
            if t.at(i + 1) in CLOSERS | _THEN_AFTER or nxt_tag == "CC":
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
                if nxt_tag == "PRP" and (t.at(i + 2) in _THAN_AFTER or t.tag_at(i + 2) in FINITE):
                    return Hit(i, i, "than")  # "fewer cuts this year then it did"
                return None
        return None
    if w != "than":
        return None
    prev = t.at(i - 1)
    earlier = any(_comparative(t, j) for j in range(t.sentence_start(i), i))
    if t.starts_sentence(i) or prev in ("back", "since", "until", "till", "from"):
        return Hit(i, i, "then")
    if prev in ("even", "only", "just", "by") and t.at(i + 1) == ",":
        return Hit(i, i, "then")  # "Even than, the shares were cheap"; "even than gold" is right
    if prev in ("and", "but", "or") and not earlier:
        return Hit(i, i, "then")
    if prev == ",":
        if not earlier:
            return Hit(i, i, "then")
        verb_with_object = nxt_tag in ("VBD", "VBZ", "VBN") and t.tag_at(i + 2) in _OBJECT_TAGS
        if verb_with_object:
            return Hit(i, i, "then")  # "opened higher, than reversed course"
    return None


# --- affect / effect ------------------------------------------------------------------------

# What one "effects" (brings about): "effect a turnaround", "the transfer was effected".
BROUGHT_ABOUT = words("brought_about")
_CHANGES = words("changes")
_BEFORE_A_NOUN = frozenset({"DT", "JJ", "JJR", "JJS", "VBN", "CD"})
_PEOPLE = words("person_nouns") | {"staff", "people", "personnel", "workforce", "public"}
_MEANS = frozenset({"through", "via", "using", "under", "in", "on", "with"})
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
        noun_slot = tag in ("NN", "NNS") and t.tag_at(i - 1) in _BEFORE_A_NOUN
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
        # A plural subject is what was influenced; a singular one is more often a deal brought
        # about ("the buyout was effected through a holding company").
        subject = _subject_before(t, i)
        plural = subject is not None and (t.tag[subject] == "NNS" or t.low[subject] in _PEOPLE)
        if plural and t.low[subject] not in BROUGHT_ABOUT and t.at(i + 1) not in _MEANS:
            return Hit(i, i, fix)
        return None
    possessive_next = t.at(i + 1) in ("our", "their", "its", "his", "her", "your", "my")
    verb_slot = (
        tag in VERB
        or w == "effecting"
        or (w == "effects" and t.tag_at(i - 1) in NOUN and possessive_next)
    )
    if not verb_slot or prev in ("the", "a", "an", "of", "side"):
        return None
    if t.at(i + 1) in ("how", "whether", "what", "where", "when", "who", "which"):
        return Hit(i, i, fix)  # "the rules effect how banks price risk"
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
    """The noun just before the auxiliaries and adverbs that precede token i; when that noun
    ends a phrase inside the subject ("the transfer of shares was"), a noun of the subject that
    is brought about, if any."""
    j = i - 1
    while j >= 0 and (t.low[j] in AUX | MODAL | {"not", "n't"} or t.tag[j] in ("RB", "MD")):
        j -= 1
    if j < 0 or t.tag[j] not in NOUN:
        return None
    k = j
    for _ in range(2):  # "the transfer of the shares": look left past "of"
        while k - 1 >= 0 and t.tag[k - 1] in NOUN | {"DT", "JJ", "PRP$", "POS", "CD", "HYPH"}:
            k -= 1
            if t.low[k] in BROUGHT_ABOUT:
                return k
        if t.tag_at(k - 1) != "IN" or t.tag_at(k - 2) not in NOUN:
            break
        k -= 2
        if t.low[k] in BROUGHT_ABOUT:
            return k
    return j


# --- lose / loose ---------------------------------------------------------------------------

_LOSE_OBJECTS = words("lose_objects")
_LOSE_QUANTITIES = frozenset({"the", "a", "an", "some", "all", "more", "much", "most", "half",
                              "everything", "nothing", "about", "up", "almost", "nearly"})  # fmt: skip
_LOOSE_COMPLEMENT = frozenset({"keep", "keeps", "kept", "keeping", "remain", "remains",
                               "remained", "stay", "stays", "stayed", "become", "becomes",
                               "became", "becoming", "too", "very", "so", "fairly", "relatively",
                               "quite", "rather", "extremely", "overly"}) | BE  # fmt: skip


def lose_loose(t: Tokens, i: int) -> Hit | None:
    w, tag, prev = t.low[i], t.tag[i], t.at(i - 1)
    if w in ("loosing", "looses"):  # "loosing" (untying) is all but unused
        return Hit(i, i, "losing" if w == "loosing" else "loses")
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
        return None  # a verb: "could lose", "win or lose"
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
    # "could of risen": a participle, whatever the tagger makes of it
    participle = t.at(k).endswith(("ed", "en", "wn", "ne", "un", "ght", "lt", "pt"))
    participle = participle and t.tag_at(k) not in ("DT", "CD", "PRP$", "IN")  # "it could of one"
    if t.at(k) == "been" or t.tag_at(k) in ("VBN", "VBD", "VB") or participle:
        if j == i - 1:
            return Hit(j, i, t.tok[j].text + " have")
        return Hit(i, i, "have")
    return None


_TO_ELLIPSIS = words("to_infinitive_verbs")
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
_ADJECTIVES_READ_AS_VERBS = words("adjectives_read_as_verbs")
_ADJECTIVE_ENDINGS = (
    "ous",
    "ful",
    "able",
    "ible",
    "atile",
    "gile",
    "stile",
    "less",
    "sive",
    "tive",
)
_DEGREE_WORDS = words("degree_words")
_NOT_TOO_AFTER_TO = words("not_too_after_to")


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
        degree = t.at(i - 1) in ("far", "way") and t.at(i + 1) in _DEGREE_WORDS | {"expensive"}
        if degree and t.tag_at(i + 2) not in ("DT", "PRP$"):
            return Hit(i, i, "too")  # "far to many", "way to high"
        if t.at(j) not in _COPULAS or t.tag_at(j) not in VERB:
            return None
        k = i + 2 if t.tag_at(i + 1) == "RB" and t.tag_at(i + 2) in ("JJ", "RB") else i + 1
        if _adjective_after_to(t, k, after_been=t.at(j) == "been"):
            after = t.at(k + 1)
            if t.tag_at(k + 1) == "HYPH":
                return None  # "the shift is to early-stage companies"
            if after == "to" or after in CLOSERS | {"for", "", "and", "but"}:
                return Hit(i, i, "too")  # "is to early to say", "looks to rich for"
        return None
    if w != "too" or t.at(i - 1) in (",", "me"):
        return None
    nxt, ntag = t.at(i + 1), t.tag_at(i + 1)
    if nxt in ("a", "an", "the") or ntag in ("PRP$", "CD", "$"):
        return Hit(i, i, "to")  # "rose too a record", "fell too $80m"
    if ntag in ("VB", "VBP") and t.tag_at(i + 2) in ("PRP$", "DT", "$", "CD", "PRP"):
        return Hit(i, i, "to")  # "plans too sell its"
    # "wants too expand", "expects too return", "hopes too complete the sale"; not "wants too
    # much", "asks too high a price"
    after_infinitive_verb = t.at(i - 1) in _TO_ELLIPSIS and t.tag_at(i - 1) in VERB
    verb_next = ntag in ("VB", "VBP", "VBN", "NN") or (
        ntag == "JJ" and (t.at(i + 2) in ("the", "its", "their") or t.tag_at(i + 2) in COMMON_NOUN)
    )  # "going too chase market share": a verb read as an adjective
    if after_infinitive_verb and nxt not in _DEGREE_WORDS and verb_next:
        return Hit(i, i, "to")
    return None


def _adjective_after_to(t: Tokens, k: int, after_been: bool) -> bool:
    """Whether the word at k, after "is to" / "looks to", is an adjective: "to early", "to
    volatile" (which the tagger may read as a verb), not "to sell", "to blame", "to neutral"."""
    w, tag = t.at(k), t.tag_at(k)
    if w in _NOT_TOO_AFTER_TO:
        return False
    if tag in ("JJ", "RB", "JJR") or w in _ADJECTIVES_READ_AS_VERBS:
        return True
    if tag != "VB":
        return False
    if w.endswith(_ADJECTIVE_ENDINGS) and w not in ("enable", "disable", "table", "cable"):
        return True  # "are to volatile for"
    return after_been and w not in ("see", "visit", "meet", "watch", "stay")  # "been to slow"
