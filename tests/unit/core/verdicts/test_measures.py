"""The taxonomy of measures (core/verdicts/measures.toml) is data with its examples: every
example sentence is read as its measure, and no two measures share a phrase."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.text.articles import article_from_text
from factcheck_gui.core.verdicts.matching import Matcher
from factcheck_gui.core.verdicts.taxonomy import taxonomy

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
EXAMPLES = [(m.id, example) for m in taxonomy().measures.values() for example in m.examples]


def test_every_measure_has_examples_and_known_parents():
    for m in taxonomy().measures.values():
        assert m.examples, f"{m.id} has no example"
        assert m.parent is None or m.parent in taxonomy().measures


def test_no_strong_phrase_names_two_measures():
    owners: dict[tuple[str, ...], set[str]] = {}
    for m in taxonomy().measures.values():
        for phrase in m.phrases:
            if phrase not in m.weak:
                owners.setdefault(phrase, set()).add(m.id)
    shared = {p: ids for p, ids in owners.items() if len(ids) > 1}
    assert not shared


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory):
    from factcheck_gui.core.evidence.store import EvidenceStore

    store = EvidenceStore(tmp_path_factory.mktemp("measures") / "e.db")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("measure", "example"), EXAMPLES, ids=[f"{m}:{e[:30]}" for m, e in EXAMPLES]
)
def test_example_is_read_as_its_measure(measure, example, empty_store, pipeline):
    start = example.index("[")
    end = example.index("]") - 1
    text = example.replace("[", "").replace("]", "")
    analysis = extract_claims(article_from_text("Results\n\n" + text), pipeline)
    offset = len("Results\n\n")
    (claim,) = [c for c in analysis.claims if c.start < offset + end and offset + start < c.end]
    read = Matcher(empty_store, analysis).about(claim).measure.measure
    assert read is not None and read.id == measure, f"{example!r} read as {read and read.id}"


def test_a_phrase_inside_a_longer_one_gives_way():
    t = taxonomy()
    assert t.read_text("operating income").measure.id == "operating_income"
    assert t.read_text("net income").measure.id == "net_income"
    assert t.read_text("income").measure.id == "profit"
    assert t.read_text("core inflation").measure.id == "core_inflation"


def test_broad_and_narrow_measures_are_related_but_not_the_same():
    t = taxonomy()
    profit, net, revenue = (t.measures[i] for i in ("profit", "net_income", "revenue"))
    assert t.related(profit, net) == "broader"
    assert t.related(net, profit) == "broader"
    assert t.related(net, revenue) == "differs"
    assert t.related(net, net) == "same"
