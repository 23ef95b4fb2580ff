"""One regex search of a sentence's start for each of its figures, without rescanning it each time.

`pattern.search(sentence[:pos])` for every figure of a sentence is quadratic when the sentence
holds thousands of figures. `PrefixMatches` scans the sentence once, at every position
(overlapping), and answers the same question for any `pos` by bisection."""

from __future__ import annotations

import re
from bisect import bisect_left


class PrefixMatches:
    """The first match of `pattern` in `sentence[:pos - start]`, for any pos in the sentence,
    which starts at offset `start` of the article."""

    def __init__(self, pattern: re.Pattern[str], sentence: str, start: int) -> None:
        self.pattern, self.start = pattern, start
        self.sentence = sentence
        anywhere = re.compile(f"(?=({pattern.pattern}))", pattern.flags)
        self.spans = [(m.start(1), m.end(1)) for m in anywhere.finditer(self.sentence)]
        # For each match, the least end of it and of those before it, negated: ascending, so
        # the first match that ends by pos is found by bisection.
        self.neg_min_ends: list[int] = []
        least = len(self.sentence) + 1
        for _, e in self.spans:
            least = min(least, e)
            self.neg_min_ends.append(-least)

    def first(self, pos: int) -> str | None:
        """The text of `pattern.search(sentence[: pos - start])`, or None."""
        p = pos - self.start
        if 0 < p < len(self.sentence) and re.match(r"\w\w", self.sentence[p - 1 : p + 1]):
            # pos cuts a word: a match may end there only in the cut text ("it" of "itself")
            found = self.pattern.search(self.sentence[:p])
            return found.group(0) if found else None
        j = bisect_left(self.neg_min_ends, -p)
        if j == len(self.spans):
            return None
        s, e = self.spans[j]
        return self.sentence[s:e]
