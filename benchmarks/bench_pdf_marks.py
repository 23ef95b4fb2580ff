"""Annotated PDF export time against the number of marks (issue 11): it must grow linearly.
A synthetic article (no language model, no database): one spelling finding every few words.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_pdf_marks.py [MARKS ...]
(default 1000 10000 40000); PROFILE=1 writes a pyinstrument profile of the largest run to /tmp."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SENTENCE = "The compnay said its revenue rose to $5m this year, and the board recieved praise from investors. "
MARKS_A_SENTENCE = 3  # two spelling findings and one unverified claim


def synthetic_report(marks: int):  # type: ignore[no-untyped-def]
    """A Report with `marks` marks (three a sentence: two spelling findings, one unverified
    money claim), six sentences a paragraph."""
    from factcheck_gui.core.figures.claims import Claim
    from factcheck_gui.core.report import ClaimResult, Finding, Report
    from factcheck_gui.core.text.articles import article_from_text

    sentences = -(-marks // MARKS_A_SENTENCE)
    paragraphs = [
        "".join(SENTENCE for _ in range(min(6, sentences - i))).strip()
        for i in range(0, sentences, 6)
    ]
    text = "Synthetic article\n\n" + "\n\n".join(paragraphs) + "\n"
    found: list[tuple[int, object]] = []
    for word, right in (("compnay", "company"), ("recieved", "received")):
        at = text.find(word)
        while at >= 0:
            found.append(
                (
                    at,
                    Finding(
                        at,
                        at + len(word),
                        "spelling",
                        word,
                        f"Possible misspelling: “{word}”.",
                        (right,),
                        "spelling.known",
                    ),
                )
            )
            at = text.find(word, at + 1)
    at, i = text.find("$5m"), 0
    while at >= 0:
        claim = Claim(
            f"c{i}",
            at,
            at + 3,
            "$5m",
            "money",
            5e6,
            "USD",
            "exact",
            None,
            None,
            1e6,
            None,
            at,
            at + 3,
            i,
            "",
            ("revenue",),
        )
        found.append((at, ClaimResult(claim, None)))
        at, i = text.find("$5m", at + 1), i + 1
    found.sort(key=lambda t: t[0])
    kept = [x for _, x in found[:marks]]
    claims = tuple(x for x in kept if isinstance(x, ClaimResult))
    findings = tuple(x for x in kept if isinstance(x, Finding))
    return Report(article_from_text(text, "synthetic.txt"), claims, findings, "", "synthetic")


def time_export(marks: int, out_dir: Path, profile: bool = False) -> float:
    from factcheck_gui.export.pdf import export_pdf

    report = synthetic_report(marks)
    out = out_dir / f"marks-{marks}.pdf"
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    t = time.perf_counter()
    export_pdf(report, out)
    elapsed = time.perf_counter() - t
    if profiler is not None:
        profiler.stop()
        Path(f"/tmp/pdf-profile-{marks}.txt").write_text(
            profiler.output_text(unicode=True, show_all=False), encoding="utf-8"
        )
    return elapsed


def main() -> int:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000, 40000]
    with tempfile.TemporaryDirectory() as tmp:
        time_export(50, Path(tmp))  # warm-up: fonts, Qt
        for n in sizes:
            elapsed = time_export(
                n, Path(tmp), profile=bool(os.environ.get("PROFILE")) and n == max(sizes)
            )
            print(
                f"{n:>6} marks: {elapsed:6.2f} s  ({elapsed / n * 1000:.2f} ms a mark)", flush=True
            )
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
