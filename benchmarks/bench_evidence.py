"""Evidence workbench with 1,000,000 facts (issue 6): time to open the table, to answer a
search, and the longest event-loop stall while scrolling. Run with QT_QPA_PLATFORM=offscreen;
--facts N for a smaller database."""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--facts", type=int, default=1_000_000)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from benchmarks.run_all import million_facts_csv
    from factcheck_gui.gui.evidence_window import EvidenceWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, db = Path(tmp) / "facts.csv", Path(tmp) / "facts.db"
        names = million_facts_csv(csv_path, args.facts)
        subprocess.run([str(Path(sys.executable).with_name("factcheck")), "db", "import", str(csv_path), "--db", str(db)],
                       check=True, capture_output=True)  # fmt: skip
        t = time.perf_counter()
        w = EvidenceWindow(str(db))
        w.show()
        app.processEvents()
        open_s = time.perf_counter() - t
        rng = random.Random(5)
        searches = []
        for name in rng.sample(names, 10):
            w.search.setText(name.split()[0] + " " + name.split()[-1])
            t = time.perf_counter()
            w.refresh()
            app.processEvents()
            searches.append((time.perf_counter() - t) * 1000)
        w.search.setText("")
        w.refresh()
        stalls = []
        for _ in range(60):
            row = rng.randrange(w.model.rowCount())
            t = time.perf_counter()
            w.table.scrollTo(w.model.index(row, 0))
            app.processEvents()
            stalls.append((time.perf_counter() - t) * 1000)
        for _ in range(200):  # page-by-page scrolling
            t = time.perf_counter()
            w.table.verticalScrollBar().setValue(w.table.verticalScrollBar().value() + 30)
            app.processEvents()
            stalls.append((time.perf_counter() - t) * 1000)
        print(
            f"{args.facts:,} facts: table open in {open_s:.2f} s (budget 1 s); search median "
            f"{statistics.median(searches):.0f} ms, max {max(searches):.0f} ms (budget 150 ms); "
            f"longest scroll stall {max(stalls):.0f} ms (budget 100 ms)"
        )
        sys.stdout.flush()
        w.store.close()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
