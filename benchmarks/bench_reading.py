"""What reading figures costs, as ratios to spaCy's own time on the same text (issue 12: reading stays
fast). In one process: the 300 Reuters stories and a warm ~1,000-word article, each timed with
spaCy alone (the checker's own pipeline and pieces) and with the whole check (figures, claims,
matching against an empty database, proofreading), interleaved, best of `--repeat`.

    .venv/bin/python benchmarks/bench_reading.py [--repeat 3] [--code OTHER_CHECKOUT]

`--code` times another checkout of the project with this interpreter (e.g. a `git worktree` of an
older commit), so two engines can be compared in one run on one machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--code", type=Path, default=HERE, help="checkout whose factcheck_gui to time")
    args = ap.parse_args()
    root = args.code.resolve()
    sys.path[:] = [p for p in sys.path if p not in ("", ".", str(HERE))]
    sys.path.insert(0, str(root))
    import factcheck_gui  # noqa: PLC0415

    assert Path(factcheck_gui.__file__).resolve().is_relative_to(root), factcheck_gui.__file__
    from factcheck_gui.core.evidence.store import EvidenceStore  # noqa: PLC0415
    from factcheck_gui.core.figures.nlp import load_pipeline, parse_spans  # noqa: PLC0415
    from factcheck_gui.core.pipeline import check_article  # noqa: PLC0415
    from factcheck_gui.core.text.articles import article_from_text, load_article  # noqa: PLC0415

    # the shared data sits beside the checkout, or beside a parent of it (a git worktree)
    reuters = next(
        (
            q / "shared" / "data" / "outside" / "reuters"
            for q in HERE.parents
            if (q / "shared" / "data" / "outside" / "reuters").is_dir()
        ),
        HERE.parent / "shared" / "data" / "outside" / "reuters",
    )
    assert reuters.is_dir(), f"no Reuters stories at {reuters}"
    stories = [load_article(p) for p in sorted(reuters.glob("*.txt"))[:300]]
    paras = [b for a in stories for b in a.text.split("\n\n") if len(b.split()) > 20]
    text, n = [], 0
    for p in paras:
        if n >= 1000:
            break
        text.append(p)
        n += len(p.split())
    one = article_from_text("Benchmark article\n\n" + "\n\n".join(text) + "\n", "bench.txt")
    pipeline = load_pipeline()

    def spacy(articles) -> None:
        for a in articles:
            for _ in parse_spans(pipeline, ((a.text[b.start : b.end], b.start) for b in a.blocks)):
                pass

    with tempfile.TemporaryDirectory() as tmp:
        store = EvidenceStore(Path(tmp) / "empty.db")

        def check(articles) -> None:
            for a in articles:
                check_article(a, store)

        check([one])
        spacy([one])  # warm: model loaded, caches filled
        results = {}
        for name, arts in (("reuters_300", stories), ("warm_1000_words", [one])):
            t_spacy, t_check = [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                spacy(arts)
                t_spacy.append(time.perf_counter() - t)
                t = time.perf_counter()
                check(arts)
                t_check.append(time.perf_counter() - t)
            words = sum(len(a.text.split()) for a in arts)
            s, c = min(t_spacy), min(t_check)
            results[name] = {"words": words, "spacy_s": round(s, 3), "check_s": round(c, 3),
                             "ratio": round(c / s, 3), "check_words_per_s": round(words / c),
                             "spacy_words_per_s": round(words / s)}  # fmt: skip
        store.close()
    print(json.dumps({"code": str(root), **results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
