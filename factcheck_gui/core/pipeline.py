"""The one orchestrator: `check_article` serves the command line and the window alike."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Cancelled, InputError
from .evidence.store import EvidenceStore
from .figures.claims import extract_claims
from .figures.nlp import load_pipeline
from .proof import ProofConfig, proofread
from .report import ClaimResult, Finding, Report
from .text.articles import Article, load_article
from .verdicts.matching import Matcher, with_staleness

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class CheckConfig:
    """Options of a check: whether to match claims and proofread, and which rules are off
    (by id, "grammar.a_an", or by family, "spelling")."""

    match_claims: bool = True
    proofread: bool = True
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    house_words: frozenset[str] = field(default_factory=frozenset)
    stale_after_days: int = 3 * 365  # evidence older than this is flagged as possibly stale
    today: dt.date | None = None  # for tests; the real date otherwise


def check_article(
    article: Article | str | Path,
    store: EvidenceStore | None,
    config: CheckConfig | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> Report:
    """Load (if given a path), find claims, match them against the evidence, return a Report."""
    config = config or CheckConfig()
    timings: dict[str, float] = {}

    def step(fraction: float, message: str) -> None:
        if cancel is not None and cancel():
            raise Cancelled("check cancelled")
        if progress is not None:
            progress(fraction, message)

    t0 = time.perf_counter()
    step(0.0, "Reading the article")
    if not isinstance(article, Article):
        article = load_article(article)
    step(0.1, "Loading the language model")
    pipeline = load_pipeline()
    t1 = time.perf_counter()
    timings["load"] = t1 - t0
    step(0.2, "Finding figures")
    try:
        analysis = extract_claims(article, pipeline, cancel)  # asks `cancel` as it goes
    except MemoryError:  # one line naming the article, never a traceback
        size = len(article.text) / 1e6
        raise InputError(
            f"{article.source}: not enough memory to analyse {size:.1f} MB of text — split it"
        ) from None
    t2 = time.perf_counter()
    timings["claims"] = t2 - t1
    results: list[ClaimResult] = []
    if store is not None and config.match_claims:
        matcher = Matcher(store, analysis)
        total = max(1, len(analysis.claims))

        def each(i: int) -> None:
            if i % 20 == 0:
                step(0.5 + 0.5 * i / total, f"Checking figure {i + 1} of {total}")

        today = config.today or dt.date.today()
        verdicts = [
            with_staleness(v, today, config.stale_after_days)
            for v in matcher.judge_all(analysis.claims, each)
        ]
        results = [ClaimResult(c, v) for c, v in zip(analysis.claims, verdicts, strict=True)]
    else:
        results = [ClaimResult(c, None) for c in analysis.claims]
    t3 = time.perf_counter()
    timings["matching"] = t3 - t2
    findings: list[Finding] = []
    if config.proofread:
        step(0.95, "Proofreading")
        words = set(config.house_words)
        if store is not None:
            words |= {w.lower() for w, *_ in store.house_words()}
        findings = proofread(
            analysis, ProofConfig(frozenset(config.disabled_rules), frozenset(words)), cancel
        )
    timings["proofreading"] = time.perf_counter() - t3
    step(1.0, "Done")
    return Report(article, tuple(results), tuple(findings), analysis.main_subject, analysis.model,
                  analysis.notice, timings)  # fmt: skip
