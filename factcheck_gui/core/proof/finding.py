"""What a proofreading rule reports: a Finding, a span of the article with a message."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A proofreading mark (spelling, grammar, bullet, ...)."""

    start: int
    end: int
    kind: str
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    rule: str = ""
