"""Proofreading on whole articles: the marks a sub-editor makes, and none on names or jargon."""

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import proofread
from factcheck_gui.core.text.articles import article_from_text

AWS_LIKE = """Amazon Closes Shanghai AI Research Lab, Reports FT

Amazon has decided to shut down its Shanghai AI research lab, a major center launched in 2018. This lab was part of Amazon Web Services (AWS) and had published more than 100 research papers. It\u2019s work on graph neural networks (GNNs) and the Deep Graph Library (DGL) even helped generate close to $1\u202fbillion in revenue. Now, amid rising US\u2011China tensions, the company is pulling back.

Several reasons explain this move:

  \u2022 US\u2013China tensions: The U.S. government has imposed stricter export limits.
  \u2022 . Foreign AI collaborations are under heavier scrutiny.
  \u2022 Peer precedent: Companies like IBM, Microsoft, and Meta have already scaled back R&D in China.

Wang Minjie stated on WeChat that the lab\u2019s closure resulted from changes. AWS continues investing in SageMaker and open\u2011source tools.

FAQS:

Does Amazon do AI research? Yes, it builds tools for cloud computing, e\u2011commerce and devices like Alexa.
"""


def run(text, pipeline):
    return proofread(extract_claims(article_from_text(text), pipeline))


def test_the_two_marks_of_the_founding_example(pipeline):
    found = run(AWS_LIKE, pipeline)
    grammar = [f for f in found if f.kind == "grammar"]
    bullets = [f for f in found if f.kind == "bullet"]
    assert [(f.text, f.suggestions) for f in grammar] == [("It\u2019s", ("Its",))]
    assert [f.text for f in bullets] == [". Foreign"]


def test_no_names_acronyms_or_unicode_words_flagged(pipeline):
    found = run(AWS_LIKE, pipeline)
    protected = [
        "AWS",
        "GNNs",
        "DGL",
        "SageMaker",
        "WeChat",
        "Minjie",
        "US\u2011China",
        "open\u2011source",
        "FAQS",
        "lab\u2019s",
        "e\u2011commerce",
        "R&D",
    ]
    flagged = {
        f.text for f in found if f.kind in ("spelling", "grammar", "punctuation", "repetition")
    }
    assert not [w for w in protected if any(w in t or t in w for t in flagged)], flagged


def test_disagreeing_figures_point_at_one_and_name_the_other(pipeline):
    text = (
        "Acme to cut jobs\n\nAcme Corp will cut 1,200 jobs in Europe, it said on Monday.\n\n"
        "Unions said the 1,500 job cuts would hit three plants."
    )
    (f,) = [f for f in run(text, pipeline) if f.kind == "consistency"]
    assert f.text == "1,500 job cuts" and "1,200 jobs" in f.message and "line 3" in f.message


def test_mixed_number_styles(pipeline):
    text = "Acme results\n\nSales hit $1bn and profit $2bn. Debt reached $3 billion, and costs rose 5% and 4 per cent."
    kinds = {(f.rule, f.text) for f in run(text, pipeline)}
    assert ("format.mixed_scale", "$3 billion") in kinds
    assert any(rule == "format.mixed_percent" for rule, _ in kinds)
