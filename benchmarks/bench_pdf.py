"""Annotated PDF export of a ~20-page article (issue 7): budget 3 s.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_pdf.py"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from pypdf import PdfReader

    from benchmarks.run_all import EVAL, corpus_text
    from factcheck_gui.core.evidence.store import EvidenceStore
    from factcheck_gui.core.pipeline import check_article
    from factcheck_gui.core.text.articles import article_from_text
    from factcheck_gui.export.pdf import export_pdf

    with tempfile.TemporaryDirectory() as tmp:
        store = EvidenceStore(Path(tmp) / "e.db")
        store.import_file(EVAL / "evidence.csv")
        report = check_article(
            article_from_text(corpus_text(int(os.environ.get("BENCH_WORDS", "1900"))), "long.txt"),
            store,
        )
        times = []
        for i in range(3):
            out = Path(tmp) / f"out{i}.pdf"
            t = time.perf_counter()
            export_pdf(report, out)
            times.append(time.perf_counter() - t)
        pages = len(PdfReader(str(out)).pages)
        marks = len(report.claims) + len(report.findings)
        print(
            f"{pages} pages, {marks} marks: export median {statistics.median(times):.2f} s, max {max(times):.2f} s (budget 3 s)"
        )
        store.close()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
