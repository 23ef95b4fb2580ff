"""Summarise a `score.py -v` listing as issue 12 states its goals: share of the key's figures found,
share read fully right (found, and kind, value, unit and qualifier all right), and share of reported
claims that are no figure of the key.

    python3 ../shared/tools/score.py --cmd .venv/bin/factcheck --root SET -v > out.txt
    python3 benchmarks/fully_right.py out.txt
"""

from __future__ import annotations

import re
import sys


def main(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"claims: (\d+) expected, (\d+) found", text)
    if not m:
        print("no claims line in", path)
        return 2
    expected, found = int(m.group(1)), int(m.group(2))
    wrong = sum(
        1
        for line in text.splitlines()
        if re.match(r"\s+claim .* wrong: (?!verdict_ok\b\s*\()", line)
        and re.search(r"wrong: \S*(kind_ok|value_ok|qualifier_ok|unit_ok)", line)
    )
    extra = int(re.search(r"unmatched reported claims: (\d+)", text).group(1))
    reported = found + extra
    print(
        f"found {found}/{expected} ({found / expected:.1%}); fully right {found - wrong}/{expected} "
        f"({(found - wrong) / expected:.1%}); not figures {extra}/{reported} ({extra / max(1, reported):.1%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
