"""Numbers written as words before what they count: "six plants", "three of its executives"."""

from __future__ import annotations

import re

from ..numbers import WORD_NUMBER

WORD_COUNT_RE = re.compile(
    rf"(?<![\w-])(?P<num>{WORD_NUMBER})(?![\w-])(?=\s+(?:of\s+)?[a-z])", re.I
)

# --------------------------------------------------------------------------- values


EXAMPLES: list[tuple[str, str, float, str]] = []  # counts need the tagger: see claims' tests
