"""Spelling on real copy and on Norvig's misspellings, in one process (issue 14).

    .venv/bin/python benchmarks/bench_spelling.py [--part norvig,reuters,news,real,time] [-v]

- norvig: Norvig's test sets in the score tool's template sentence ("The company said the X was
  important."): share of non-word misspellings marked, share whose first suggestion is the right
  word, and correct words marked.
- reuters: spelling marks per 1,000 words on the 300 Reuters stories (clean edited copy).
- news: spelling marks per 1,000 words on the outside news articles that are not in proof-real.
- real: spelling marks on tests/data/proof-real against the editor's judgments (matched on article,
  text and kind): judged true, judged false, not judged; and the missed run-together words caught.
- time: warm proofread() and warm check_article() on the 300 Reuters stories, best of 3.

Analyses are cached in --cache (spaCy docs pickled) so that a second run only re-runs spelling.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck_gui.core.figures.claims import extract_claims  # noqa: E402
from factcheck_gui.core.figures.nlp import load_pipeline  # noqa: E402
from factcheck_gui.core.proof import ProofConfig, proofread, spelling  # noqa: E402
from factcheck_gui.core.proof.base import ProofContext  # noqa: E402
from factcheck_gui.core.text.articles import article_from_text, load_article  # noqa: E402

REAL = ROOT / "tests" / "data" / "proof-real"
TEMPLATE = "The company said the %s was important."
# Norvig "wrong" entries that are real words, as the score tool counts them (not non-word errors)
REAL_WORD_ERRORS = {"latter", "where", "forth", "chose", "advice", "similar", "humor", "rote",
                    "contended", "wonted", "pomes", "planed", "et", "nite", "thees", "pere", "arte",
                    "lones", "offen", "ment", "lates", "guic", "wote", "lugh"}  # fmt: skip


# Marks judged real typos on the dev copy (the Reuters stories of 1987 hold many; the outside news
# articles fewer): anything else marked there counts as a false alarm until someone judges it.
REAL_TYPOS = frozenset(
    {
    "Ameican", "Organiaation", "aboout", "absorbant", "adverserial", "announcecement",
    "artifically", "authorites", "authorizerd", "avearge", "bankrupcty", "bankrupcy", "belive",
    "bilion", "billon", "cank", "cale", "capitlizing", "competititve", "competiveness",
    "comsumption", "consits", "copany", "debenures", "deferrment", "desposits", "devloped",
    "dificulties", "entrepreuers", "expensise", "forsee", "governent", "governmet", "govvernment",
    "improprer", "inadvertantly", "langugage", "lenghtening", "liabilites", "occured", "onging",
    "ordrered", "penchent", "poct", "politican", "purusant", "receivorship", "recieved",
    "responsibilites", "restraning", "revenes", "sevice", "shrortly", "sinnificantly",
    "siutuation", "spokeman", "stategies", "statewment", "targetted", "technolgy", "weks",
    "wieght", "wil", "yuear", "Toyko", "Lubbck", "Thre", "likelyto", "verision", "haved",
    "Arrangments", "aicraft", "predicitions", "commununity",
    }
)  # fmt: skip


def outside() -> Path:
    if os.environ.get("FACTCHECK_OUTSIDE"):  # another checkout of the project, elsewhere
        return Path(os.environ["FACTCHECK_OUTSIDE"])
    for base in (ROOT, *ROOT.parents):
        if (base / "shared" / "data" / "outside").is_dir():
            return base / "shared" / "data" / "outside"
    raise SystemExit("no shared/data/outside above " + str(ROOT))


def analyses(name: str, articles: list, cache: Path | None) -> list:
    path = cache / f"{name}.pkl" if cache else None
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    pipeline = load_pipeline()
    out = [extract_claims(a, pipeline) for a in articles]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(out))
    return out


def marks(analysis, config: ProofConfig | None = None) -> list:
    ctx = ProofContext(analysis.article, analysis, config or ProofConfig())
    return list(spelling.check(ctx))


def norvig(cache: Path | None, verbose: bool) -> dict:
    pairs = []
    for name in ("spell-testset1.txt", "spell-testset2.txt"):
        for line in (outside() / "spelling" / name).read_text(encoding="utf-8").splitlines():
            if ":" in line:
                right, wrongs = line.split(":", 1)
                pairs += [(right.strip(), w) for w in wrongs.split() if w != right.strip()]
    rights = sorted({r for r, _ in pairs})
    right_of = {w: r for r, w in pairs}
    wrongs = sorted(set(right_of) - set(rights))
    items = [(w, True) for w in wrongs] + [(r, False) for r in rights]
    arts = []
    for k in range(0, len(items), 200):
        text, spans = "", []
        for word, _ in items[k : k + 200]:
            sent = TEMPLATE % word
            spans.append(len(text) + sent.index(" " + word + " ") + 1)
            text += sent + "\n"
        arts.append(article_from_text(text, f"norvig_{k}.txt"))
    caught = first = total = fp = 0
    missed, wrong_first, flagged_right = [], [], []
    for k, an in enumerate(analyses("norvig", arts, cache)):
        found = {f.start: f for f in marks(an)}
        for (word, is_wrong), start in zip(
            items[k * 200 : k * 200 + 200], _starts(an), strict=True
        ):
            f = found.get(start)
            if is_wrong and word not in REAL_WORD_ERRORS:
                total += 1
                caught += f is not None
                if f is None:
                    missed.append(word)
                elif f.suggestions[:1] == (right_of[word],):
                    first += 1
                else:
                    wrong_first.append(f"{word}->{(f.suggestions or ('-',))[0]}({right_of[word]})")
            elif not is_wrong and f is not None:
                fp += 1
                flagged_right.append(word)
    if verbose:
        print("norvig missed:", " ".join(missed))
        print("norvig wrong first suggestion:", " ".join(wrong_first))
        print("norvig correct words flagged:", " ".join(flagged_right))
    return {"nonword_misspellings": total, "caught": round(caught / total, 3),
            "right_first_suggestion": round(first / total, 3),
            "right_first_of_caught": round(first / max(1, caught), 3),
            "correct_words": len(rights), "correct_flagged": fp}  # fmt: skip


def _starts(analysis) -> list[int]:
    text = analysis.article.text
    out, pos = [], 0
    while True:
        i = text.find(" said the ", pos)
        if i < 0:
            return out
        out.append(i + len(" said the "))
        pos = i + 1


def per_1k(name: str, paths: list[Path], cache: Path | None, verbose: bool) -> dict:
    arts = [load_article(p) for p in paths]
    words = sum(len(a.text.split()) for a in arts)
    found = []
    for an in analyses(name, arts, cache):
        found += [(Path(an.article.source).name, f) for f in marks(an)]
    false = [
        (src, f)
        for src, f in found
        if f.rule != "spelling.run_together" and f.text not in REAL_TYPOS
    ]
    if verbose:
        for src, f in found:
            print(f"{name}: {src}: {f.text!r} {f.rule} {f.suggestions[:3]}")
        print(f"{name}: not judged real:", sorted(f.text for _, f in false))
    return {"files": len(arts), "words": words, "spelling_marks": len(found),
            "per_1k_words": round(1000 * len(found) / words, 3),
            "not_judged_real": len(false), "false_per_1k_words": round(1000 * len(false) / words, 3)}  # fmt: skip


def real(cache: Path | None, verbose: bool) -> dict:
    news = outside() / "news" / "articles"
    names = REAL.joinpath("articles.txt").read_text(encoding="utf-8").split()
    judged = [json.loads(x) for x in REAL.joinpath("judgments.jsonl").read_text().splitlines()]
    missed = [json.loads(x) for x in REAL.joinpath("missed.jsonl").read_text().splitlines()]
    verdict = {(j["article"], j["text"]): j["real"] for j in judged if j["kind"] == "spelling"}
    arts = [load_article(news / n) for n in names]
    words = sum(len(a.text.split()) for a in arts)
    true = false = unjudged = 0
    false_left, new, caught_missed = [], [], []
    for an in analyses("real", arts, cache):
        src = Path(an.article.source).name
        fs = marks(an)
        for f in fs:
            v = verdict.get((src, f.text))
            if v is True:
                true += 1
            elif v is False:
                false += 1
                false_left.append(f.text)
            else:
                unjudged += 1
                new.append(f"{src}: {f.text!r} {f.suggestions[:2]}")
        text = an.article.text
        for m in missed:
            if m["article"] == src and m["kind"] == "spelling":
                i = text.index(m["text"])
                if any(f.start < i + len(m["text"]) and i < f.end for f in fs):
                    caught_missed.append(m["text"])
    if verbose:
        print("real: judged-false marks left:", false_left)
        print("real: marks not judged:", *new, sep="\n  ")
        print("real: missed problems now caught:", caught_missed)
    return {"words": words, "judged_true": true, "judged_false": false, "not_judged": unjudged,
            "false_per_1k_words": round(1000 * false / words, 3),
            "missed_spelling_caught": len(caught_missed)}  # fmt: skip


def timing(paths: list[Path]) -> dict:
    """Warm check (model loaded) without proofreading, best of 3; proofreading on the same
    stories once with the lexicons loaded but no word seen before (as on a new article), and
    again warm."""
    from factcheck_gui.core.pipeline import CheckConfig, check_article

    arts = [load_article(p) for p in paths]
    pipeline = load_pipeline()
    ans = [extract_claims(a, pipeline) for a in arts]
    off = CheckConfig(match_claims=False, proofread=False)
    check_article(arts[0], None, off)
    t = time.perf_counter()
    spelling.suggestions("lexicnos")  # loads the dictionary, frequencies, vocabularies, word lists
    proofread(
        extract_claims(article_from_text("Lexicon warm-up.\n\nThe recieved lexicnos."), pipeline)
    )
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    for an in ans:
        proofread(an)
    t_first = time.perf_counter() - t
    t_proof, t_spell, t_check = [], [], []
    for _ in range(3):
        t = time.perf_counter()
        for an in ans:
            proofread(an)
        t_proof.append(time.perf_counter() - t)
        t = time.perf_counter()
        for an in ans:
            marks(an)
        t_spell.append(time.perf_counter() - t)
        t = time.perf_counter()
        for a in arts:
            check_article(a, None, off)
        t_check.append(time.perf_counter() - t)
    base = min(t_check)
    return {"lexicon_load_s": round(t_load, 3), "check_without_proofreading_s": round(base, 3),
            "proofread_new_words_s": round(t_first, 3), "proofread_warm_s": round(min(t_proof), 3),
            "spelling_warm_s": round(min(t_spell), 3),
            "proofreading_adds_new_words": f"{100 * t_first / base:.1f}%",
            "proofreading_adds_warm": f"{100 * min(t_proof) / base:.1f}%"}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", default="norvig,reuters,news,real,time")
    ap.add_argument("--cache", type=Path, default=None, help="folder for pickled analyses")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    parts = args.part.split(",")
    reuters = sorted((outside() / "reuters").glob("*.txt"))[:300]
    out: dict = {}
    if "norvig" in parts:
        out["norvig"] = norvig(args.cache, args.verbose)
    if "reuters" in parts:
        out["reuters"] = per_1k("reuters", reuters, args.cache, args.verbose)
    if "news" in parts:
        judged = set(REAL.joinpath("articles.txt").read_text(encoding="utf-8").split())
        paths = [p for p in sorted((outside() / "news" / "articles").glob("*.txt"))
                 if p.name not in judged]  # fmt: skip
        out["news"] = per_1k("news", paths, args.cache, args.verbose)
    if "real" in parts:
        out["real"] = real(args.cache, args.verbose)
    if "time" in parts:
        out["time"] = timing(reuters)
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
