"""The confusion rules' own examples (proof/data/confusions.txt): every slip is marked at its
word with its fix, every correct sentence is left alone, and the data file reads as it says."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import ProofConfig, proofread
from factcheck_gui.core.proof.context import parse_words, words
from factcheck_gui.core.proof.grammar import EXAMPLES, RULES, parse_rules, starts_with_vowel_sound
from factcheck_gui.core.text.articles import article_from_text

OWN_KINDS = {"grammar", "repetition"}
CONFUSIONS = [r for r in RULES if r.kind == "grammar"]


def marks_by_sentence(sentences, pipeline, config=None, raw=False):
    """Proofread the sentences as one article, a paragraph each (one batch for the model), and
    give each sentence its marks with offsets into the sentence; apostrophes in fixes are read
    as "'" unless `raw`."""
    head = "Examples\n\n"
    starts, pos = [], len(head)
    for s in sentences:
        starts.append(pos)
        pos += len(s) + 2
    text = head + "\n\n".join(sentences) + "\n"
    found = proofread(extract_claims(article_from_text(text), pipeline), config)
    out = {s: [] for s in sentences}
    for s, start in zip(sentences, starts, strict=True):
        for f in found:
            if f.kind in OWN_KINDS and start <= f.start < start + len(s):
                fixes = (
                    f.suggestions if raw else tuple(x.replace("\u2019", "'") for x in f.suggestions)
                )
                out[s].append((f.start - start, f.end - start, fixes, f.rule))
    return out


@pytest.fixture(scope="module")
def marks(pipeline):
    sentences = sorted({e.text for examples in EXAMPLES.values() for e in examples})
    return marks_by_sentence(sentences, pipeline)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_every_slip_is_marked_at_its_word_with_its_fix(rule, marks):
    wrong = []
    for e in EXAMPLES[rule.id]:
        if not e.wrong or e.missed:
            continue
        got = [(s, t, sug[:1]) for s, t, sug, r in marks[e.text] if r == rule.id]
        if got != [(e.start, e.end, (e.fix,))]:
            wrong.append((e.text, e.text[e.start : e.end], e.fix, got))
    assert wrong == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_correct_sentences_get_no_mark_from_any_rule(rule, marks):
    marked = [(e.text, marks[e.text]) for e in EXAMPLES[rule.id] if not e.wrong and marks[e.text]]
    assert marked == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_slips_known_to_be_missed_are_never_marked_wrongly(rule, marks):
    for e in EXAMPLES[rule.id]:
        if e.missed:
            assert all(
                (s, t, sug[:1]) == (e.start, e.end, (e.fix,)) for s, t, sug, _ in marks[e.text]
            )


def test_a_slip_in_a_sentence_gets_only_that_mark(marks):
    extra = []
    for examples in EXAMPLES.values():
        for e in examples:
            if e.wrong:
                others = [m for m in marks[e.text] if (m[0], m[1]) != (e.start, e.end)]
                extra += [(e.text, others)] if others else []
    assert extra == []


@pytest.mark.parametrize("rule", CONFUSIONS, ids=lambda r: r.id)
def test_every_confusion_has_ten_examples_each_way(rule):
    examples = EXAMPLES[rule.id]
    assert sum(e.wrong and not e.missed for e in examples) >= 10
    assert sum(not e.wrong for e in examples) >= 10


def test_the_rules_file_reads_its_marks_and_rejects_what_it_cannot_read():
    (data,) = parse_rules(
        "[grammar.x]\nmessage: “{word}” → “{fix}”.\nmessage b: B.\n- A [a>b] c.\n+ A c.\n? [d>e] f.\n"
    )
    slip, right, missed = data.examples
    assert (slip.text, slip.text[slip.start : slip.end], slip.fix) == ("A a c.", "a", "b")
    assert not right.wrong and missed.missed and data.rule.failing == ("A a c.",)
    assert data.messages == {"": "“{word}” → “{fix}”.", "b": "B."}
    (broken,) = parse_rules("[grammar.x]\nmessage: m\n- In [the\\nthe>the] end.\n+ In the\\nend.\n")
    slip, right = broken.examples
    assert (slip.text, slip.text[slip.start : slip.end], right.text) == (
        "In the\nthe end.",
        "the\nthe",
        "In the\nend.",
    )
    with pytest.raises(ValueError, match="one \\[wrong>fix\\]"):
        parse_rules("[grammar.x]\nmessage: m\n- [a>b] and [c>d].\n")
    with pytest.raises(ValueError, match="cannot read"):
        parse_rules("[grammar.x]\nmessage: m\nstray line\n")


def test_word_lists_give_verb_forms_and_keep_abbreviations():
    lists = parse_words("[words]\nsome_verbs: say, worry\nnouns: Data\nx_abbreviations: SPAC\n")
    assert {"say", "says", "saying", "worries", "worried"} <= lists["some_verbs"]
    assert lists["nouns"] == {"data"} and lists["x_abbreviations"] == {"SPAC"}
    assert "SPAC" in words("spoken_abbreviations") and "said" in words("clause_verbs")


@pytest.mark.parametrize(
    "word,vowel",
    [("$8bn", True), ("£150m", False), ("11%", True), ("18-month", True), ("8-K", True),
     ("80%", True), ("1.1bn", False), ("100-year", False), ("1800s", None), ("11,000", True),
     ("SPAC", False), ("FTSE", False), ("FDA", True), ("MBA", True), ("NYSE", None),
     ("SEC", None), ("HSBC", None), ("UK", False), ("EGM", True), ("S-1", True),
     ("Xbox", True), ("Xerox", False), ("Uber", None), ("unit", False), ("unidentified", None),
     ("under", True), ("hour", True), ("historic", False), ("one-off", False),
     ("onerous", True), ("European", False)],
)  # fmt: skip
def test_which_words_start_with_a_vowel_sound(word, vowel):
    assert starts_with_vowel_sound(word) is vowel


def test_a_fix_keeps_the_articles_apostrophes(pipeline):
    text = "The bank said its been a hard year, it’s clear."
    (curly,) = marks_by_sentence([text], pipeline, raw=True).values()
    assert [m[2] for m in curly] == [("it’s",)]
    text = "Analysts say its a good deal, it's said."
    (straight,) = marks_by_sentence([text], pipeline, raw=True).values()
    assert [m[2] for m in straight] == [("it's",)]


def test_a_confusion_rule_switches_off_by_id(pipeline):
    text = "Sales were higher then expected."
    assert marks_by_sentence([text], pipeline)[text]
    off = ProofConfig(frozenset({"grammar.then_than"}))
    assert marks_by_sentence([text], pipeline, off)[text] == []
