"""Proofreading on the project's sets of articles with planted errors (tests/data/proof, proof2)."""

import json
import re
from pathlib import Path

import pytest

from factcheck_gui.core.pipeline import check_article
from factcheck_gui.core.text.articles import load_article

SETS = [Path(__file__).parent / "data" / name for name in ("proof", "proof2")]
FP_KINDS = {"spelling", "grammar", "repetition", "punctuation"}


@pytest.fixture(scope="module", params=SETS, ids=lambda p: p.name)
def runs(request):
    PROOF = request.param
    out = []
    for key_file in sorted((PROOF / "keys").glob("*.json")):
        key = json.loads(key_file.read_text(encoding="utf-8"))
        article = load_article(PROOF / "articles" / key["article"])
        out.append((key, article, check_article(article, None)))
    return out


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def test_planted_errors_are_found(runs):
    expected = found = 0
    missed = []
    for key, article, report in runs:
        for e in key["findings"]:
            i = article.text.find(e["text"])
            assert i >= 0, e["text"]
            kinds = {e["kind"], *e.get("accept_kinds", [])}
            expected += 1
            hit = any(
                f.kind in kinds and _overlaps((i, i + len(e["text"])), (f.start, f.end))
                for f in report.findings
            )
            found += hit
            if not hit:
                missed.append((key["article"], e["text"]))
    assert found / expected >= 0.85, missed


def test_names_tickers_and_jargon_are_not_flagged(runs):
    flagged = []
    for key, article, report in runs:
        for word in key["must_not_flag"]:
            for m in re.finditer(re.escape(word), article.text):
                flagged += [(word, f.rule) for f in report.findings
                            if f.kind in FP_KINDS and _overlaps((m.start(), m.end()), (f.start, f.end))]  # fmt: skip
    assert flagged == []
