"""The confusion development set (tests/data/confusions-dev): every sentence through the
proofreader. A slip that is marked is marked at its word with its fix; a correct sentence gets
no grammar mark; per confusion, at least 75% of slips are caught (the issue's goal; the figures
are printed with `pytest -s`)."""

import json
import re
from pathlib import Path

import pytest
from test_grammar_rules import marks_by_sentence  # this folder is on sys.path (rootdir-less tests)

DEV = Path(__file__).parents[3] / "data" / "confusions-dev"
FILES = sorted(DEV.glob("*.json"))
RECALL_GOAL = 0.75


def slip_span(example):
    m = re.search(
        rf"(?<![A-Za-z0-9']){re.escape(example['wrong'])}(?![A-Za-z0-9'])", example["text"]
    )
    return m.start(), m.end()


@pytest.fixture(scope="module")
def dev(pipeline):
    sets = {p.stem: json.loads(p.read_text(encoding="utf-8"))["examples"] for p in FILES}
    marks = marks_by_sentence(sorted({e["text"] for ex in sets.values() for e in ex}), pipeline)
    return sets, marks


def test_the_set_is_there():
    assert len(FILES) == 11


@pytest.mark.parametrize("name", [p.stem for p in FILES])
def test_confusion(name, dev):
    sets, marks = dev
    caught, wrong_marks, false_marks = [], [], []
    slips = [e for e in sets[name] if e["wrong"]]
    for e in sets[name]:
        found = [(s, t, fixes[:1]) for s, t, fixes, _ in marks[e["text"]]]
        if not e["wrong"]:
            false_marks += [(e["text"], found)] if found else []
            continue
        start, end = slip_span(e)
        right = [m for m in found if m[0] < end and start < m[1] and m[2] == (e["fix"],)]
        caught += [e["text"]] if right else []
        wrong_marks += [(e["text"], m) for m in found if m not in right]
    rights = len(sets[name]) - len(slips)
    print(f"\n{name}: caught {len(caught)}/{len(slips)} slips, "
          f"{len(false_marks)}/{rights} correct sentences marked")  # fmt: skip
    assert false_marks == []
    assert wrong_marks == []
    assert len(caught) / len(slips) >= RECALL_GOAL
