"""What a proofreading rule is, and what every check gets to look at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import Cancelled
from ..figures.claims import Analysis
from ..text.articles import Article
from ..text.normalize import normalize
from .finding import Finding


@dataclass(frozen=True)
class Rule:
    """A check, declared as data. `failing` examples must be flagged by it, `passing` must not."""

    id: str  # dotted: family.name
    kind: str  # a finding kind of the contract
    message: str
    failing: tuple[str, ...]
    passing: tuple[str, ...]
    description: str = ""

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def finding(self, start: int, end: int, text: str, message: str | None = None,
                suggestions: tuple[str, ...] = ()) -> Finding:  # fmt: skip
        return Finding(
            start, end, self.kind, text[start:end], message or self.message, suggestions, self.id
        )


@dataclass(frozen=True)
class ProofConfig:
    """Which rules run: a rule is off when its id or its family is disabled."""

    disabled: frozenset[str] = field(default_factory=frozenset)
    house_words: frozenset[str] = field(default_factory=frozenset)  # lower-case

    def enabled(self, rule: Rule) -> bool:
        return rule.id not in self.disabled and rule.family not in self.disabled


@dataclass
class ProofContext:
    """The article, its spaCy docs and claims, shared by all checks of one run."""

    article: Article
    analysis: Analysis
    config: ProofConfig
    norm: str = ""
    cancel: Callable[[], bool] | None = (
        None  # asked by checks at every piece of text they go through
    )

    def __post_init__(self) -> None:
        self.norm = normalize(self.article.text)

    def checkpoint(self) -> None:
        """Raise Cancelled when the check has been cancelled."""
        if self.cancel is not None and self.cancel():
            raise Cancelled("check cancelled")

    @property
    def text(self) -> str:
        return self.article.text
