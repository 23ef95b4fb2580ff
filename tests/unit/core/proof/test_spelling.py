"""Spelling knows today's language: modern business words, British spellings, currencies, foreign
words, names and tickers pass; slips, capitalised slips and run-together words are marked, with
the right word suggested."""

import re
import time

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import proofread, words
from factcheck_gui.core.proof.spelling import is_word, suggestions
from factcheck_gui.core.text.articles import article_from_text


def spelling_marks(text, pipeline):
    analysis = extract_claims(article_from_text("Example\n\n" + text), pipeline)
    return [f for f in proofread(analysis) if f.kind == "spelling"]


MODERN = ["coronavirus", "telecom", "delist", "dotcom", "roadmap", "crypto", "onboarding", "hyperscale", "upsized", "dilutive", "rollout", "esports", "intraday", "inbox", "impactful", "crowdsourced", "destocking", "contractionary", "trifecta", "leasable", "uptime", "chipset", "livestreaming", "cybersecurity", "biosimilars", "offtake", "unitholders"]  # fmt: skip
BRITISH = [
    "roubles",
    "scepticism",
    "organisation",
    "favourable",
    "programme",
    "centre",
    "defence",
    "manoeuvre",
]
CURRENCY_AND_FOREIGN = [
    "reais",
    "renminbi",
    "yuan",
    "zlotys",
    "hryvnias",
    "rupiah",
    "forma",
    "minimis",
    "passu",
    "dello",
]


@pytest.mark.parametrize("word", MODERN + BRITISH + CURRENCY_AND_FOREIGN)
def test_words_of_todays_business_copy_are_words(word):
    assert is_word(word)


@pytest.mark.parametrize(
    "word", ["voteing", "familys", "academicly", "earlyest", "centraly", "transfred", "beeteen"]
)
def test_forms_that_break_the_rules_of_english_spelling_are_not_words(word):
    assert not is_word(word)


@pytest.mark.parametrize(
    "word", ["escrowed", "tokenization", "upsizing", "carried", "redistributions", "deprioritize"]
)
def test_regular_forms_of_known_words_are_words(word):
    assert is_word(word)


def test_modern_copy_gets_no_spelling_mark(pipeline):
    text = (
        "The coronavirus rollout hit telecom and dotcom roadmaps, and crypto onboarding slowed. "
        "Hyperscale buyers upsized a dilutive deal before the stock was delisted in intraday trade. "
        "Esports revenue, reais and renminbi deposits, roubles and scepticism all rose. "
        "They moved to pre-empt the mis-steps of 13- to 24-year-olds, no ifs, ands or buts. "
        "Pro forma EBITDA met the de minimis test for gross leasable area at Gazzetta dello Sport. "
        "Wang Minjie of Zhipu said NVDA and TSLA rose; see https://example.com/soyoil or ir@x.com."
    )
    assert [f.text for f in spelling_marks(text, pipeline)] == []


def test_a_hyphenated_compound_is_judged_whole_and_a_bad_half_is_marked(pipeline):
    assert (
        spelling_marks("It is a well-known, co-operative and zig-zagged trade-off.", pipeline) == []
    )
    found = spelling_marks("The comunity-led fund grew.", pipeline)
    assert [f.text for f in found] == ["comunity"]


def test_a_word_the_article_spells_the_same_way_twice_is_its_word(pipeline):
    text = "The temporao crop is late. Rain helped the temporao in Bahia."
    assert spelling_marks(text, pipeline) == []


@pytest.mark.parametrize(
    "typo,fix",
    [
        ("Massachussetts", "Massachusetts"),
        ("Cincinatti", "Cincinnati"),
        ("Philadelpia", "Philadelphia"),
    ],
)
def test_a_capitalised_slip_for_a_place_is_marked(typo, fix, pipeline):
    found = spelling_marks(f"The company moved to {typo} last year.", pipeline)
    assert [(f.text, f.suggestions[:1]) for f in found] == [(typo, (fix,))]


def test_names_near_common_words_are_left_alone(pipeline):
    text = ("Analysts at Markit, Sensex traders, Crysis players and Realme fans met Andreea "
            "Pasquale. Rivian rose. Rivian fell.")  # fmt: skip
    assert spelling_marks(text, pipeline) == []


@pytest.mark.parametrize(
    "text,span,fix",
    [
        ("Sales grew annuallyExpected growth is 5%.", "annuallyExpected", "annually Expected"),
        ("Malaysia trade balanceTuesday: Japan data.", "balanceTuesday", "balance Tuesday"),
        ("Rates rose in ArgentinaThe index fell.", "ArgentinaThe", "Argentina The"),
        ("Shares fell in TokyoNikkei futures slipped. The Nikkei fell in Tokyo.", "TokyoNikkei",
         "Tokyo Nikkei"),
        ("The index closed at 20,392.58Yen traders sold.", "20,392.58Yen", "20,392.58 Yen"),
    ],
)  # fmt: skip
def test_words_run_together_by_a_lost_line_break_are_marked_with_the_split(
    text, span, fix, pipeline
):
    found = [f for f in spelling_marks(text, pipeline) if f.rule == "spelling.run_together"]
    assert [(f.text, f.suggestions) for f in found] == [(span, (fix,))]


def test_brands_handles_and_code_are_not_run_together(pipeline):
    text = ("BlackRock, SoftBank, PlayStation, iPhone, eBay and mmWave; follow @DanielHowley.\n"
            "if (window.attachEvent) { parseInt(funcSize); }")  # fmt: skip
    assert spelling_marks(text, pipeline) == []


@pytest.mark.parametrize(
    "typo,right",
    [("strnog", "strong"), ("deamnd", "demand"), ("sinnificantly", "significantly"),
     ("siutuation", "situation"), ("statewment", "statement"), ("receivorship", "receivership"),
     ("entrepreuers", "entrepreneurs"), ("purusant", "pursuant"), ("copany", "company"),
     ("likelyto", "likely to")],
)  # fmt: skip
def test_the_first_suggestion_is_the_right_word(typo, right):
    assert suggestions(typo)[0] == right


@pytest.mark.parametrize("word", ["roubles", "delist", "rollout", "inbox", "esports", "leasable"])
def test_a_valid_word_is_never_marked_so_never_replaced(word, pipeline):
    assert spelling_marks(f"The {word} figure was reported.", pipeline) == []


def test_suggestions_are_words_and_never_the_word_itself():
    for typo in ("recieve", "goverment", "bilion", "wieght", "remarkabel"):
        fixes = suggestions(typo)
        assert fixes and typo not in fixes
        assert all(is_word(w) for f in fixes for w in f.split())


def test_suggestions_keep_the_case_of_the_word():
    assert suggestions("Goverment")[0] == "Government"


DATA_FILES = ["business.txt", "foreign.txt", "places.txt"]


@pytest.mark.parametrize("name", DATA_FILES)
def test_vocabulary_files_say_what_they_hold_and_hold_no_misspelling(name):
    text = (words.DATA / name).read_text(encoding="utf-8")
    assert text.startswith("# ")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    entries = [ln.split("#", 1)[0].strip() for ln in lines]
    assert len(entries) == len(set(entries)), "duplicates"
    assert all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", e) for e in entries)
    if name != "places.txt":
        assert all(e == e.lower() for e in entries)
    wrong = words.misspellings()  # a word codespell lists is kept only with a reason on its line
    assert [ln for ln in lines if ln.split("#")[0].strip().lower() in wrong and "#" not in ln] == []


def test_a_long_run_of_letters_and_camel_case_is_checked_in_linear_time(pipeline):
    blob = "aB" * 20_000 + " " + "word " * 5_000 + "x" * 50_000
    t = time.perf_counter()
    spelling_marks(blob, pipeline)
    assert time.perf_counter() - t < 10
