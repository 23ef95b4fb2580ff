"""Reading real copy (issue 12): the 40 hand-keyed news stories of tests/data/real, in-process.

It mirrors shared/tools/score.py: a key figure is found when a reported claim overlaps it (one
claim per figure, kind agreeing first), and is read fully right when kind, value (or an accepted
alternative) and qualifier agree. Each story is checked with its publication date given, as an
editor sets it, so that relative dates can be right. The thresholds sit just under what the
engine reads today (98.6% found, 97.8% fully right, 0.8% of claims overlapping no keyed figure, on
2026-12-02, session 21), so a change that reads real copy worse fails here."""

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from factcheck_gui.core.pipeline import CheckConfig, check_article
from factcheck_gui.core.text.articles import load_article

REAL = Path(__file__).parent / "data" / "real"


def _norm(s: str) -> str:
    # one character for one, so that offsets still hold: quotes made straight, spaces one kind
    return re.sub(r"\s", " ", s.replace("’", "'").replace("“", '"').replace("”", '"'))


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    # a key writes a figure that runs over a hard line break with one space ("about 2.15 billion")
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _value_ok(exp: dict, claim) -> bool:  # type: ignore[no-untyped-def]
    got = [v for v in (claim.value, claim.low, claim.high) if v is not None]
    v = exp.get("value")
    want = (
        [float(x) for x in v] + [sum(v) / 2]
        if isinstance(v, list)
        else []
        if v is None
        else [float(v)]
    )
    want += [float(x) for x in exp.get("value_alt", [])]
    return any(abs(g - w) <= 0.005 * abs(w) if w else abs(g) < 1e-9 for g in got for w in want)


@pytest.fixture(scope="module")
def scored():
    return score_set(REAL)


def score_set(root: Path) -> dict[str, float]:
    """Found, fully right and no-figure shares of one reading set, read in-process."""
    found = right = expected = extra = reported = 0
    for key_file in sorted((root / "keys").glob("*.json")):
        key = json.loads(key_file.read_text(encoding="utf-8"))
        date = dt.date.fromisoformat(key["date"]) if key.get("date") else None
        article = load_article(root / "articles" / key["article"], date=date)
        claims = [
            r.claim for r in check_article(article, None, CheckConfig(proofread=False)).claims
        ]
        text = _norm(article.text)
        assert len(text) == len(article.text)  # one character for one: offsets still hold
        used: set[int] = set()
        covered: list[tuple[int, int]] = []
        for exp in key["claims"]:
            hits = _spans(text, _norm(exp["text"]))
            occ = exp.get("occurrence", 0)
            expected += 1
            if occ >= len(hits):
                continue
            s, e = hits[occ]
            covered.append((s, e))
            kinds = {exp["kind"], *exp.get("kind_alt", [])}
            options = [
                i for i, c in enumerate(claims) if i not in used and c.start < e and s < c.end
            ]
            if not options:
                continue
            i = max(options, key=lambda i: claims[i].kind in kinds)
            used.add(i)
            found += 1
            c = claims[i]
            quals = {exp.get("qualifier", "exact"), *exp.get("qualifier_alt", [])}
            right += c.kind in kinds and _value_ok(exp, c) and c.qualifier in quals
        reported += len(claims)
        extra += sum(
            1
            for i, c in enumerate(claims)
            if i not in used and not any(c.start < e and s < c.end for s, e in covered)
        )
    return {"found": found / expected, "right": right / expected, "extra": extra / reported}


@pytest.mark.slow
def test_real_copy_figures_are_found(scored):
    assert scored["found"] >= 0.985, scored


@pytest.mark.slow
def test_real_copy_figures_are_read_right(scored):
    assert scored["right"] >= 0.975, scored


@pytest.mark.slow
def test_real_copy_claims_are_figures(scored):
    assert scored["extra"] <= 0.010, scored


# Every other reading set, each with its found and fully-right shares and its share of claims on
# no keyed figure as read on 2026-12-03 (session 26, commit after e96a514), floors set just under
# them: a change that reads any kind of copy worse fails here. Most were first runs once; they are
# seen now, so these guard against regressions, they do not measure accuracy (the READMEs do).
SETS = {
    "real2": (0.975, 0.965, 0.005),
    "real3": (0.935, 0.915, 0.010),
    "real4": (0.980, 0.970, 0.010),
    "real5": (0.980, 0.965, 0.015),
    "real6": (0.950, 0.915, 0.010),
    "real7": (0.975, 0.945, 0.030),
    "real8": (0.955, 0.845, 0.005),
    "newstyle": (0.985, 0.965, 0.005),
    "newstyle2": (0.970, 0.920, 0.020),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_every_reading_set_reads_as_well_as_it_did(name):
    found, right, extra = SETS[name]
    got = score_set(REAL.parent / name)
    assert got["found"] >= found and got["right"] >= right and got["extra"] <= extra, got
