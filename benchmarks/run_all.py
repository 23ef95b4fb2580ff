"""Benchmarks for the checking engine's budgets (issue 3). Run: `make bench` or
`.venv/bin/python benchmarks/run_all.py [--quick]`. Prints a table and writes
benchmarks/out/results.json. Timings are wall-clock medians on this machine."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck_gui.core.evidence.store import EvidenceStore  # noqa: E402
from factcheck_gui.core.figures.claims import extract_claims  # noqa: E402
from factcheck_gui.core.figures.nlp import load_pipeline, parse_spans  # noqa: E402
from factcheck_gui.core.pipeline import CheckConfig, check_article  # noqa: E402
from factcheck_gui.core.text.articles import article_from_text, load_article  # noqa: E402
from factcheck_gui.core.verdicts.matching import Matcher  # noqa: E402

EVAL = ROOT / "tests" / "data" / "eval"
FACTCHECK = Path(sys.executable).with_name("factcheck")
REUTERS = ROOT.parent / "shared" / "data" / "outside" / "reuters"


def corpus_text(words: int) -> str:
    """Financial copy of about `words` words, from the evaluation articles, repeated."""
    paras = []
    for p in sorted((EVAL / "articles").glob("*")):
        paras += [b for b in load_article(p).text.split("\n\n") if len(b.split()) > 8]
    out, n, i = [], 0, 0
    while n < words:
        para = paras[i % len(paras)]
        out.append(para)
        n += len(para.split())
        i += 1
    return "Benchmark article\n\n" + "\n\n".join(out) + "\n"


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def spacy_only(article) -> None:
    pipeline = load_pipeline()
    for _ in parse_spans(
        pipeline, ((article.text[b.start : b.end], b.start) for b in article.blocks)
    ):
        pass


def bench_warm(store, words: int, repeat: int) -> dict:
    article = article_from_text(corpus_text(words), "bench.txt")
    check_article(article, store)  # warm-up: model loaded, caches filled
    total = median_time(lambda: check_article(article, store), repeat)
    no_proof = median_time(
        lambda: check_article(article, store, CheckConfig(proofread=False)), repeat
    )
    nlp = median_time(lambda: spacy_only(article), repeat)
    return {"words": len(article.text.split()), "total_s": round(total, 4), "spacy_s": round(nlp, 4),
            "overhead_s": round(total - nlp, 4), "without_proofreading_s": round(no_proof, 4),
            "proofreading_share": round(total / no_proof - 1, 3)}  # fmt: skip


def bench_large(db: Path) -> dict:
    """50,000 words, end to end in a fresh process: wall time and peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(corpus_text(50_000), encoding="utf-8")
        t = time.perf_counter()
        r = subprocess.run([str(FACTCHECK), "check", str(path), "--db", str(db), "--format", "json"],
                           capture_output=True, text=True)  # fmt: skip
        wall = time.perf_counter() - t
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        claims = len(json.loads(r.stdout)["claims"]) if r.returncode == 0 else -1
    return {
        "words": 50_000,
        "wall_s": round(wall, 2),
        "peak_mb": round(peak_mb),
        "claims": claims,
        "rc": r.returncode,
    }


def bench_cold(db: Path, repeat: int) -> dict:
    sample = ROOT / "resources" / "samples" / "halcyon-robotics.md"
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(
            [str(FACTCHECK), "check", str(sample), "--db", str(db)], capture_output=True, check=True
        )
        times.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3)}


def bench_batch(db: Path) -> dict:
    """300 short newswire articles in one `factcheck check` call."""
    with tempfile.TemporaryDirectory() as tmp:
        if REUTERS.is_dir():
            files = sorted(REUTERS.glob("*.txt"))[:300]
            source = "shared/data/outside/reuters"
        else:
            files = []
            text = corpus_text(60_000).split("\n\n")
            for i in range(300):
                p = Path(tmp) / f"wire{i:03d}.txt"
                p.write_text(
                    "Wire story\n\n" + "\n\n".join(text[i % len(text) : i % len(text) + 2]),
                    encoding="utf-8",
                )
                files.append(p)
            source = "generated from tests/data/eval"
        words = sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in files)
        t = time.perf_counter()
        r = subprocess.run([str(FACTCHECK), "check", *map(str, files), "--db", str(db), "--format", "json"],
                           capture_output=True, text=True)  # fmt: skip
        wall = time.perf_counter() - t
    return {"files": len(files), "words": words, "wall_s": round(wall, 2), "words_per_s": round(words / wall),
            "source": source, "rc": r.returncode}  # fmt: skip


def million_facts_csv(path: Path, facts: int) -> list[str]:
    """A synthetic evidence file: facts spread over facts/10 companies with look-alike names."""
    rng = random.Random(7)
    stems = ["Acme", "Zenith", "Orion", "Vantage", "Meridian", "Halcyon", "Northwind", "Solaris", "Albion",
             "Velox", "Harbor", "Apex", "Summit", "Crescent", "Pioneer", "Atlas", "Beacon", "Cobalt"]  # fmt: skip
    kinds = [
        "Holdings",
        "Bank",
        "Foods",
        "Motors",
        "Energy",
        "Robotics",
        "Software",
        "Logistics",
        "Capital",
    ]
    attrs = [("annual revenue", "revenue|sales", "USD"), ("employees", "employees|staff|people", "count"),
             ("net profit", "net profit|profit", "USD"), ("year founded", "founded|established", "year"),
             ("gross margin", "gross margin|margin", "%")]  # fmt: skip
    names = []
    with open(path, "w", encoding="utf-8") as f:
        f.write("entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n")
        n_entities = facts // 10
        for e in range(n_entities):
            name = f"{rng.choice(stems)} {rng.choice(kinds)} {e}"
            names.append(name)
            for k in range(10):
                attr, kw, unit = attrs[k % len(attrs)]
                year = 2015 + k // len(attrs)
                value = {"USD": rng.randint(1, 900) * 1e7, "count": rng.randint(10, 90000),
                         "year": rng.randint(1900, 2020), "%": round(rng.uniform(5, 70), 1)}[unit]  # fmt: skip
                f.write(
                    f"{name},,{attr},{kw},{value:.0f},{unit},,{year},Synthetic benchmark data,,\n"
                )
    return names


def bench_million(tmp: Path, facts: int) -> dict:
    csv_path = tmp / "million.csv"
    names = million_facts_csv(csv_path, facts)
    db = tmp / "million.db"
    t = time.perf_counter()
    r = subprocess.run(
        [str(FACTCHECK), "db", "import", str(csv_path), "--db", str(db)],
        capture_output=True,
        text=True,
    )
    import_s = time.perf_counter() - t
    rng = random.Random(3)
    picks = [rng.choice(names) for _ in range(40)]
    text = "Results roundup\n\n" + "\n\n".join(
        f"{n} said revenue rose 12% to $4.5 billion in 2017, and it employs 2,300 people."
        for n in picks
    )
    store = EvidenceStore(db)
    analysis = extract_claims(article_from_text(text), load_pipeline())
    per_claim = []
    t = time.perf_counter()
    matcher = Matcher(store, analysis)
    prepare = time.perf_counter() - t
    for claim in analysis.claims:
        t = time.perf_counter()
        matcher.judge(claim)
        per_claim.append(time.perf_counter() - t)
    store.close()
    share = prepare / max(1, len(analysis.claims))
    return {"facts": facts, "import_s": round(import_s, 1), "import_rc": r.returncode,
            "claims": len(per_claim), "median_match_ms": round((statistics.median(per_claim) + share) * 1000, 2),
            "entity_lookup_ms_per_article": round(prepare * 1000, 1)}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--quick", action="store_true", help="100,000 facts instead of 1,000,000; fewer repeats"
    )
    args = ap.parse_args()
    repeat = 3 if args.quick else 7
    results: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        db = tmpdir / "eval.db"
        store = EvidenceStore(db)
        store.import_file(EVAL / "evidence.csv")
        results["warm_1000_words"] = bench_warm(store, 1000, repeat)
        store.close()
        results["large_50000_words"] = bench_large(db)
        results["cold_sample"] = bench_cold(db, repeat)
        results["batch_300_articles"] = bench_batch(db)
        results["million_facts"] = bench_million(tmpdir, 100_000 if args.quick else 1_000_000)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    budgets = [
        ("warm check, ~1,000 words", f"{results['warm_1000_words']['total_s'] * 1000:.0f} ms "
         f"(spaCy {results['warm_1000_words']['spacy_s'] * 1000:.0f} ms)", "≤ 250 ms"),
        ("proofreading's share of a warm check", f"+{results['warm_1000_words']['proofreading_share'] * 100:.0f}%",
         "≤ +30%"),
        ("50,000-word article", f"{results['large_50000_words']['wall_s']} s, {results['large_50000_words']['peak_mb']} MB",
         "≤ 12 s, ≤ 500 MB"),
        ("cold `factcheck check` of the sample", f"{results['cold_sample']['median_s']} s", "≤ 3 s"),
        ("300 articles in one call", f"{results['batch_300_articles']['words_per_s']} words/s", "≥ 4,000 words/s"),
        (f"import {results['million_facts']['facts']:,} facts", f"{results['million_facts']['import_s']} s", "≤ 90 s"),
        ("median match per claim", f"{results['million_facts']['median_match_ms']} ms", "≤ 10 ms"),
    ]  # fmt: skip
    for name, got, budget in budgets:
        print(f"{name:40} {got:28} budget {budget}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
