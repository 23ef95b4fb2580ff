"""A check notices a cancel within a second, whatever it is doing (issue 11): reading the text
with the language model, reading figures, matching them, or proofreading."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from factcheck_gui.core.errors import Cancelled
from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.figures.nlp import Pipeline
from factcheck_gui.core.pipeline import check_article
from factcheck_gui.core.proof import proofread
from factcheck_gui.core.text.articles import article_from_text

SAMPLES = Path(__file__).parents[3] / "resources" / "samples"
SAMPLE = (SAMPLES / "halcyon-robotics.md").read_text(encoding="utf-8")


def _cancel_after(run, delay: float) -> tuple[BaseException | None, float]:
    """Run `run(cancel)` in a thread, cancel it after `delay` s; (what it raised, seconds it took to stop)."""
    flag = threading.Event()
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            run(flag.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    time.sleep(delay)
    flag.set()
    cancelled_at = time.perf_counter()
    thread.join(timeout=10)
    assert not thread.is_alive(), "the check went on after it was cancelled"
    return outcome[0], time.perf_counter() - cancelled_at


TEXTS = {
    "many paragraphs": lambda: "\n\n".join([SAMPLE] * 40),
    "one long paragraph": lambda: " ".join(SAMPLE.split()) * 12,
    "figures in one sentence": lambda: (
        "Counts were " + ", ".join(f"${i}.5bn" for i in range(8_000)) + "."
    ),
}


@pytest.mark.parametrize("shape", TEXTS)
def test_a_check_stops_within_a_second_of_a_cancel(pipeline, make_store, shape):
    article = article_from_text(TEXTS[shape](), "big.md", "md")
    store = make_store((SAMPLES / "halcyon-robotics.evidence.csv").read_text(encoding="utf-8"))
    raised, took = _cancel_after(lambda cancel: check_article(article, store, cancel=cancel), 0.3)
    assert isinstance(raised, Cancelled), raised
    assert took < 1.0, f"stopped {took:.2f} s after the cancel"


@pytest.fixture(scope="module")
def rules_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**7
    return Pipeline(nlp, "rules", False, False)


def test_reading_figures_looks_at_the_flag_between_figures(rules_pipeline):
    """Thousands of figures after the text is parsed: the per-figure loop looks at the flag too."""
    article = article_from_text(
        "Counts were " + ", ".join(f"{i} jobs" for i in range(30_000)) + ".", "f.md", "md"
    )
    raised, took = _cancel_after(
        lambda cancel: extract_claims(article, rules_pipeline, cancel), 0.3
    )
    assert isinstance(raised, Cancelled), raised
    assert took < 1.0


def test_proofreading_looks_at_the_flag_inside_its_rules(rules_pipeline):
    """Not timed (a fast machine finishes before any fixed delay): the rules look at the flag
    many times over a long text, and a flag that turns half-way through stops the run there."""
    words = " ".join(
        f"zq{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}x"
        for i in range(6_000)
    )
    analysis = extract_claims(
        article_from_text(f"Unknown words: {words}.", "w.md", "md"), rules_pipeline
    )
    looks = 0

    def never() -> bool:
        nonlocal looks
        looks += 1
        return False

    full = proofread(analysis, cancel=never)
    assert looks >= 20, f"the rules looked at the flag only {looks} times over 6,000 words"

    seen = 0

    def half_way() -> bool:
        nonlocal seen
        seen += 1
        return seen > looks // 2

    with pytest.raises(Cancelled):
        proofread(analysis, cancel=half_way)
    assert seen == looks // 2 + 1, "the run went on after the flag turned"
    assert full == proofread(analysis, cancel=lambda: False)


def test_a_cancel_before_the_start_stops_at_once(rules_pipeline):
    article = article_from_text(SAMPLE, "s.md", "md")
    with pytest.raises(Cancelled):
        extract_claims(article, rules_pipeline, lambda: True)
    with pytest.raises(Cancelled):
        proofread(extract_claims(article, rules_pipeline), cancel=lambda: True)


def test_a_check_that_is_not_cancelled_reads_the_same(pipeline):
    """Read in a thread of its own, in small batches, a cancellable check finds what the command line finds."""
    article = article_from_text("\n\n".join([SAMPLE] * 3), "s.md", "md")
    plain = check_article(article, None)
    cancellable = check_article(article, None, cancel=lambda: False)
    assert [(c.claim.start, c.claim.value, c.claim.context) for c in plain.claims] == [
        (c.claim.start, c.claim.value, c.claim.context) for c in cancellable.claims
    ]
    assert plain.findings == cancellable.findings
