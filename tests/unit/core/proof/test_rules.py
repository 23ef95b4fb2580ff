"""Every proofreading rule carries failing and passing examples; each must behave as declared."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import RULES, ProofConfig, proofread
from factcheck_gui.core.text.articles import article_from_text

CASES = [(r, ex, True) for r in RULES for ex in r.failing] + [
    (r, ex, False) for r in RULES for ex in r.passing
]


def findings_for(text, pipeline, config=None):
    analysis = extract_claims(article_from_text("Example\n\n" + text), pipeline)
    return proofread(analysis, config)


def test_every_rule_has_three_examples_each_way():
    thin = [r.id for r in RULES if len(r.failing) < 3 or len(r.passing) < 3]
    assert thin == []


def test_rule_ids_are_dotted_unique_and_kinds_are_the_contracts():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all("." in i for i in ids)
    kinds = {"spelling", "grammar", "bullet", "repetition", "punctuation", "consistency", "format"}
    assert {r.kind for r in RULES} <= kinds


@pytest.mark.parametrize(
    "rule,example,flagged",
    CASES,
    ids=[f"{r.id}:{'fail' if f else 'pass'}:{e[:30]}" for r, e, f in CASES],
)
def test_examples(rule, example, flagged, pipeline):
    hits = [f for f in findings_for(example, pipeline) if f.rule == rule.id]
    assert bool(hits) is flagged, [(f.text, f.message) for f in hits]
    for f in hits:
        assert f.kind == rule.kind and f.start < f.end


def test_rules_switch_off_one_by_one_and_by_family(pipeline):
    text = "It was the the highest. The company recieved a fine."
    all_rules = {f.rule for f in findings_for(text, pipeline)}
    assert {"repetition.doubled_word", "spelling.known"} <= all_rules
    one_off = {
        f.rule for f in findings_for(text, pipeline, ProofConfig(frozenset({"spelling.known"})))
    }
    assert "spelling.known" not in one_off and "repetition.doubled_word" in one_off
    family_off = {
        f.rule for f in findings_for(text, pipeline, ProofConfig(frozenset({"repetition"})))
    }
    assert "repetition.doubled_word" not in family_off and "spelling.known" in family_off


def test_house_words_are_never_flagged(pipeline):
    text = "The desk calls it a flurgle."
    assert any(f.text == "flurgle" for f in findings_for(text, pipeline))
    assert not findings_for(text, pipeline, ProofConfig(house_words=frozenset({"flurgle"})))


def test_suggestions_and_offsets(pipeline):
    text = "Shares fell on weak deamnd."
    (f,) = findings_for(text, pipeline)
    assert f.text == "deamnd" and f.suggestions[0] == "demand"
