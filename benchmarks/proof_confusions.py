"""Confusion slips caught and correct sentences marked, per confusion, on a folder of example files
(tests/data/confusions-dev or a held-out one): each file `{"confusion": ..., "examples": [{"text",
"wrong", "fix"}]}`, `wrong` null for a correct sentence.

    .venv/bin/python benchmarks/proof_confusions.py [DIR]

A slip is caught when a grammar finding covers its wrong word; a correct sentence is marked when
any grammar finding falls in it. Prints one line per confusion and the totals."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from factcheck_gui.core.pipeline import CheckConfig, check_article
from factcheck_gui.core.text.articles import article_from_text


def run(root: Path) -> tuple[int, int, int, int]:
    config = CheckConfig(match_claims=False)
    caught = slips = marked = correct = 0
    print(f"{'confusion':16} {'caught':>9} {'right fix':>9} {'clean marked':>13}")
    for path in sorted(root.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        c = s = m = k = fixed = 0
        for ex in data["examples"]:
            text = ex["text"]
            report = check_article(article_from_text(text), None, config)
            found = [f for f in report.findings if f.kind == "grammar"]
            if ex["wrong"] is None:
                k += 1
                m += bool(found)
                continue
            s += 1
            hit = re.search(rf"(?<!\w){re.escape(ex['wrong'])}(?!\w)", text)
            start, end = (
                (hit.start(), hit.end())
                if hit
                else (text.find(ex["wrong"]), text.find(ex["wrong"]) + len(ex["wrong"]))
            )
            covering = [f for f in found if f.start < end and start < f.end]
            c += bool(covering)
            fixed += any(
                ex.get("fix") and ex["fix"].lower() in (x.lower() for x in f.suggestions)
                for f in covering
            )
        print(f"{data['confusion']:16} {c:>4}/{s:<4} {fixed:>4}/{c:<4} {m:>6}/{k:<6}")
        caught, slips, marked, correct = caught + c, slips + s, marked + m, correct + k
    print(f"{'all':16} {caught:>4}/{slips:<4} {'':9} {marked:>6}/{correct:<6}")
    print(
        f"slips caught {caught / max(slips, 1):.1%}, correct sentences marked {marked / max(correct, 1):.1%}"
    )
    return caught, slips, marked, correct


if __name__ == "__main__":
    run(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).parents[1] / "tests" / "data" / "confusions-dev"
    )
