"""Basic subject-verb agreement read from tags: "we was", "the listings has", "there is three
bidders", "he have", "the chief executive don't". Only subjects whose number is plain are
judged: pronouns, ordinary plural nouns, and singular nouns that name a person. A singular
collective noun with a plural verb ("the company have", "the board are") is British usage and
is never marked; nor are names, fractions, sums ("billions of dollars has"), coordinated
subjects, or verbs after "per", "that" and "which"."""

from __future__ import annotations

from .context import AUX, MODAL, NOUN, SUBORDINATORS, VERB, Hit, Tokens, words

_PLURAL_PRONOUNS = frozenset({"we", "they", "you"})
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
# Plural in form, singular (or either) in use; quantities that take the number of their "of".
_NOT_PLAIN_PLURALS = words("not_plain_plurals")
_PERSON_NOUNS = words("person_nouns")
_UNITS = words("units")
# Prepositions of a phrase inside a subject: "Shares of X", "Investors in the fund".
_SUBJECT_PREPS = frozenset({"of", "in", "at", "from", "for", "on", "with", "by", "across",
                            "among", "under", "over", "within", "near", "around", "outside"})  # fmt: skip
_NP_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "POS", "HYPH", "DT",
                      "PRP$", "PDT", "VBN", "VBG", "$"})  # fmt: skip
_SINGULAR_DETS = frozenset({"each", "every", "either", "neither", "one", "this", "that", "a",
                            "an", "another", "none"})  # fmt: skip
_COMPANY_SUFFIXES = words("company_suffixes")
_TO_PLURAL = {"was": "were", "is": "are", "has": "have", "does": "do"}
_TO_SINGULAR = {"were": "was", "are": "is", "have": "has", "do": "does"}


def agreement(t: Tokens, v: int) -> Hit | None:
    """A verb at v that does not agree with its subject, with the form that does."""
    w, tag = t.low[v], t.tag[v]
    if tag not in VERB or w in ("'s", "'re", "'ve", "'m"):
        return None
    singular = tag == "VBZ" or w == "was"
    plural = w in ("are", "have", "do", "were")
    if not (singular or plural):
        return None
    j = v - 1
    while t.tag_at(j) == "RB" and t.at(j) not in ("n't", "not") and j > v - 3:
        j -= 1
    if j < 0:
        return None
    neg = t.at(v + 1) == "n't"
    if t.tag[j] == "PRP":
        if t.low[j] in ("you", "it") and t.tag_at(j - 1) in VERB | {"IN", "TO"}:
            return None  # "work for you depends": an object
        return _pronoun_subject(t, j, v, singular, neg)
    if w in ("is", "was") and t.low[j] == "there":
        return _there_is(t, v)
    found = _subject_head(t, j)
    if found is None:
        return None
    head, phrase = found
    if singular and _plain_plural(t, head):
        return _fix(t, v, neg, _plural_form(w))
    person = t.tag[head] == "NN" and t.low[head] in _PERSON_NOUNS and not phrase
    if w in ("have", "are", "do") and person:
        return _fix(t, v, neg, _TO_SINGULAR[w])
    return None


def _pronoun_subject(t: Tokens, p: int, v: int, singular: bool, neg: bool) -> Hit | None:
    pron, w = t.low[p], t.low[v]
    before = t.at(p - 1)
    if before in AUX | MODAL or t.tag_at(p - 1) == "MD" or before in ("that", "lest", "let"):
        return None  # "should he have", "demanded that he have"
    if singular and (pron in _PLURAL_PRONOUNS or (pron == "i" and w in ("has", "does"))):
        if pron == "i" and w == "was":
            return None
        return _fix(t, v, neg, _plural_form(w))
    if not singular and pron in _SINGULAR_PRONOUNS and w in ("have", "are", "do"):
        if pron == "it" and t.tag_at(p - 1) in VERB:
            return None  # "made it have": an object
        return _fix(t, v, neg, _TO_SINGULAR[w])
    return None


def _there_is(t: Tokens, v: int) -> Hit | None:
    """ "There is three bidders": a counted plural after "there is" / "there was"."""
    k = v + 1
    if t.tag_at(k) != "CD" or t.tag_at(k - 1) == "$" or t.at(k) in ("one", "1"):
        return None
    k += 1
    while t.tag_at(k) in ("JJ", "HYPH"):
        k += 1
    if t.tag_at(k) != "NNS" or t.at(k) in _UNITS or t.tag_at(k + 1) in NOUN:
        return None
    return _fix(t, v, t.at(v + 1) == "n't", _TO_PLURAL[t.low[v]])


def _subject_head(t: Tokens, j: int) -> tuple[int, bool] | None:
    """The head noun of a subject ending at j ("The company's margins", "Investors in the
    fund", "Shares of X") and whether a phrase came between it and the verb, when the subject
    opens a clause and holds no figure ("80 basis points is", "$5m was"); else None."""
    phrase = False
    for _ in range(3):
        if t.tag_at(j) not in NOUN or t.tok[j].text.endswith("."):
            return None
        start = j
        while start - 1 >= 0 and t.tag[start - 1] in _NP_TAGS and not t.starts_sentence(start):
            if t.tok[start - 1].text.endswith("."):
                return None  # "Asia Ltd. Local stocks": a sentence the model did not split
            start -= 1
            if t.tag[start] in ("DT", "PDT", "PRP$"):
                break
        span = range(start, j + 1)
        measure = t.low[j] in _UNITS or any(t.tag[x] == "$" for x in span)
        if measure and any(t.tag[x] in ("CD", "$") for x in span):
            return None  # "80 basis points is", "$5m was": an amount
        if t.low[start] in _SINGULAR_DETS or t.tag[start] == "VBG":
            return None  # "each of", "buying such handsets is"
        if any(t.low[x] in _COMPANY_SUFFIXES and t.tok[x].text[:1].isupper() for x in span):
            return None  # "Airports of Thailand Pcl is": a name
        before = start - 1
        prep = before >= 0 and (
            t.low[before] in _SUBJECT_PREPS and t.tag[before] == "IN" or t.low[before] == "to"
        )
        if prep and not t.starts_sentence(start):
            j, phrase = before - 1, True  # a phrase inside the subject: its head is further left
            continue
        if t.starts_sentence(start) or t.tag_at(before) in ("``", "''", ",", "-LRB-"):
            return j, phrase
        return (j, phrase) if t.at(before) in SUBORDINATORS - {"than", "as", "like"} else None
    return None


def _plain_plural(t: Tokens, i: int) -> bool:
    tok, low = t.tok[i], t.low[i]
    if (
        t.tag[i] != "NNS"
        or tok.ent_type_
        or low in _NOT_PLAIN_PLURALS
        or low.endswith(("ics", "ss"))
    ):
        return False
    if not low.endswith("s") and low not in ("people", "children", "men", "women"):
        return False  # "peso" read as a plural
    if tok.text.islower():
        return True
    return t.starts_sentence(i) and tok.text not in t.names  # "Ives sees": a name


def _plural_form(w: str) -> str:
    if w in _TO_PLURAL:
        return _TO_PLURAL[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return w[:-2]
    return w[:-1]


def _fix(t: Tokens, v: int, neg: bool, form: str) -> Hit:
    if neg:  # "don't" -> "doesn't", "wasn't" -> "weren't"
        return Hit(v, v + 1, form + t.tok[v + 1].text)
    return Hit(v, v, form)
