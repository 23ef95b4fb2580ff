"""Every figure and proofreading pattern runs in linear time on any input (issue 11).

Each adversarial text is read at two sizes, N and 4N: the time must grow about fourfold (well
under the sixteenfold of a quadratic pattern: t(4N) < 8·t(N) + a small constant, best of three)
and stay small in itself. Claims and proofreading run on the rules pipeline (spaCy's tokenizer
and sentencizer, no model), so that the time measured is ours, not the model's."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.figures.nlp import Pipeline
from factcheck_gui.core.figures.quantities import find_quantities
from factcheck_gui.core.proof import proofread
from factcheck_gui.core.text.articles import article_from_text

SLACK = 0.25  # seconds: timer noise on a loaded two-core machine


def _repeat(unit: str, n: int) -> str:
    return "Text " + unit * (n // len(unit)) + " end.\n"


def _base64(n: int) -> str:
    rnd = random.Random(7)
    blob = "".join(
        rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        for _ in range(n)
    )
    return f"# Results\n\nRevenue rose 5% to $4.2bn.\n\n![chart](data:image/png;base64,{blob})\n\nProfit was $1bn.\n"


def _md_table(n: int) -> str:
    rows = "".join(
        f"| {2000 + i % 25} | ${i + 1}.5bn | {i % 30}% | {i * 7} |\n" for i in range(n // 32)
    )
    return "# Results\n\n| Year | Revenue | Margin | Staff |\n|---|---|---|---|\n" + rows


def _tsv_table(n: int) -> str:
    rows = "".join(f"{2000 + i % 25}\t${i + 1}.5bn\t{i % 30}%\t{i * 7}\n" for i in range(n // 26))
    return "Results\n\nYear\tRevenue\tMargin\tStaff\n" + rows


# Long runs that made a pattern backtrack: sizes in characters of the text.
SPARSE = {
    "markdown data: image": _base64,
    "@ token": lambda n: _repeat("@", n),
    "dots": lambda n: _repeat(".", n),
    "digit commas": lambda n: _repeat("1,", n),
    "digit dots": lambda n: _repeat("1.", n),
    "hyphens": lambda n: _repeat("-", n),
    "em dashes": lambda n: _repeat("\u2014", n),
    "letters": lambda n: _repeat("a", n),
}
# Runs of figures: every one is read, so these are smaller.
FIGURE_RUNS = {
    "digit hyphens": lambda n: _repeat("1-", n),
    "year hyphens": lambda n: _repeat("2020-", n),
}
# Figures in one sentence or one block: each figure looked at all of its sentence.
DENSE = {
    "figures in one sentence": lambda n: (
        "The counts were " + ", ".join(str(i) for i in range(1, n // 6)) + ".\n"
    ),
    "years in one sentence": lambda n: (
        "It grew in " + " and ".join(str(1990 + i % 30) for i in range(n // 9)) + ".\n"
    ),
    "moves in one sentence": lambda n: (
        "Sales " + ", ".join(f"rose {i % 9 + 1}% to ${i % 7 + 1}bn" for i in range(n // 24)) + ".\n"
    ),
    "relative dates in one sentence": lambda n: (
        "It fell "
        + " and ".join(
            (
                "last year",
                "in May",
                "Dec. 27",
                "the second quarter",
                "two years ago",
                "Q3",
                "late last year",
                "the first quarter of last year",
            )[i % 8]
            for i in range(n // 14)
        )
        + ".\n"
    ),  # fmt: skip
    "month leads": lambda n: _repeat("in the ", n),
    "markdown table": _md_table,
    "tab-separated table": _tsv_table,
}


def _time(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def assert_linear(
    run: Callable[[str], object], make: Callable[[int], str], n: int, limit: float
) -> None:
    """t(4N) < 8·t(N) + SLACK and t(4N) < limit, best of three (the large size is run again only
    while it fails, so a passing test costs little; a regression fails at once, it never hangs)."""
    small, large = make(n), make(4 * n)
    t1 = min(_time(lambda: run(small)) for _ in range(3))
    assert t1 < limit / 4, f"{t1:.2f} s already at {len(small):,} characters"
    t4 = float("inf")
    for _ in range(3):
        t4 = min(t4, _time(lambda: run(large)))
        if t4 < 8 * t1 + SLACK and t4 < limit or t4 > 4 * limit:
            break
    assert t4 < 8 * t1 + SLACK, (
        f"{t1:.3f} s at {len(small):,} characters but {t4:.3f} s at {len(large):,}"
    )
    assert t4 < limit, f"{t4:.2f} s at {len(large):,} characters"


@pytest.mark.parametrize("name", SPARSE)
def test_figure_reader_is_linear_on_long_runs(name):
    size = (
        25_000 if name == "markdown data: image" else 15_000
    )  # the audit's 100 KB article: 164 s before
    assert_linear(find_quantities, SPARSE[name], size, limit=2.0)


@pytest.mark.parametrize("name", FIGURE_RUNS)
def test_figure_reader_is_linear_on_runs_of_figures(name):
    assert_linear(find_quantities, FIGURE_RUNS[name], 5_000, limit=2.0)


@pytest.fixture(scope="module")
def rules_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 10**7
    proofread(
        extract_claims(
            article_from_text("Warm-up: it rose 5%.", "w.md", "md"),
            Pipeline(nlp, "rules", False, False),
        )
    )
    return Pipeline(nlp, "rules", False, False)


def _claims_and_proofreading(pipeline: Pipeline) -> Callable[[str], object]:
    def run(text: str) -> object:
        return proofread(extract_claims(article_from_text(text, "adversarial.md", "md"), pipeline))

    return run


PROOF_CASES = {
    "markdown data: image": _base64,
    "letters": SPARSE["letters"],
    "e-mail list": lambda n: (
        "Write to " + ", ".join(f"a{i}.b@c{i}.d" for i in range(n // 12)) + ".\n"
    ),
    "open quotes": lambda n: _repeat("\u201c", n),
    "brackets": lambda n: _repeat("(", n),
    "quotes inside addresses": lambda n: (
        " ".join(f"x{i}@y.z (\u201c" for i in range(n // 12)) + "\n"
    ),
    "doubled units": lambda n: _repeat("1,", n) + "5% percent. $5" + " " * n + "x.\n",
}


@pytest.mark.parametrize("name", PROOF_CASES)
def test_claims_and_proofreading_are_linear_on_long_runs(rules_pipeline, name):
    assert_linear(_claims_and_proofreading(rules_pipeline), PROOF_CASES[name], 6_000, limit=3.0)


@pytest.mark.parametrize("name", DENSE)
def test_claims_and_proofreading_are_linear_on_runs_of_figures(rules_pipeline, name):
    assert_linear(_claims_and_proofreading(rules_pipeline), DENSE[name], 3_000, limit=3.0)


def test_matching_is_linear_on_figures_in_one_sentence(rules_pipeline, make_store):
    """Each figure asked whether "it" or "the bank" stood before it in its sentence: once per sentence now."""
    from factcheck_gui.core.verdicts.matching import Matcher

    store = make_store(
        "entity,attribute,value,unit,as_of,source\nAcme,employees,5,count,2024,Report\n"
    )

    def judge(text: str) -> object:
        analysis = extract_claims(article_from_text(text, "m.md", "md"), rules_pipeline)
        return Matcher(store, analysis).judge_all(analysis.claims)

    # 1,800 figures in one sentence, read and judged: about 2 s here; the fourfold-growth check is
    # the guard against quadratic work, the limit only against a gross slowdown
    assert_linear(judge, DENSE["figures in one sentence"], 3_000, limit=4.0)


def test_a_word_too_long_for_any_dictionary_is_refused_at_once():
    """A 3,000-letter run of prefixes was split recursively ("re" + "re…") until Python gave up."""
    from factcheck_gui.core.proof.spelling import is_word

    t = time.perf_counter()
    assert not is_word("re" * 1500 + "d")
    assert not is_word(
        "pneumonoultramicroscopicsilicovolcanoconiosisx"
    )  # one letter past the longest
    assert is_word("pneumonoultramicroscopicsilicovolcanoconiosis")
    assert time.perf_counter() - t < 0.5


def test_prefix_search_finds_what_a_search_of_the_cut_sentence_finds():
    from factcheck_gui.core.figures.claims import _COMPANY_REFERENCE
    from factcheck_gui.core.text.prefix_search import PrefixMatches
    from factcheck_gui.core.verdicts.matching import _GENERIC_REFERENCE_RE, _SPECIFIC_REFERENCE_RE

    words = ["the", "this", "it", "its", "itself", "they", "company", "bank", "central", "lab", "laboratory",
             "new-ish", "firm", "unit", "5", "$5bn", ",", "The", "It"]  # fmt: skip
    rnd = random.Random(3)
    for _ in range(400):
        sentence = "".join(
            rnd.choice(words) + rnd.choice([" ", "", "  ", ", "]) for _ in range(rnd.randint(1, 10))
        )
        for pattern in (_SPECIFIC_REFERENCE_RE, _GENERIC_REFERENCE_RE, _COMPANY_REFERENCE):
            prefix = PrefixMatches(pattern, sentence, 100)
            for p in range(len(sentence) + 1):
                found = pattern.search(sentence[:p])
                assert prefix.first(100 + p) == (found.group(0) if found else None), (sentence, p)


def test_the_main_subject_is_found_in_linear_time_among_many_names():
    """2,000 handles read as organisations: every name was compared with every other."""
    from factcheck_gui.core.figures.claims import Mention, _main_subject

    article = article_from_text("A title\n\nA paragraph.", "n.md", "md")

    def main_subject(n_names: str) -> str:
        n = int(n_names)
        names = [Mention("ORG", 30 + i, 31 + i, f"Org{i} Holdings {i % 7}") for i in range(n)]
        names.append(Mention("ORG", 30, 31, "Org1"))  # "Org1 Holdings 1" counts for "Org1"
        return _main_subject(article, names)

    assert main_subject("50") == "Org1"
    assert_linear(main_subject, str, 5_000, limit=2.0)
