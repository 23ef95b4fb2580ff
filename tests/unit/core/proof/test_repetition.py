"""Doubled words in whole articles: spoken numbers and years, possessives before hyphenated
names, line breaks inside a paragraph and between lines that stand alone."""

import json

import pytest

from factcheck_gui.cli import main
from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.proof import proofread
from factcheck_gui.core.text.articles import article_from_text


def doubled(text, pipeline):
    found = proofread(extract_claims(article_from_text(text), pipeline))
    return [f.text for f in found if f.rule == "repetition.doubled_word"]


# (article, the doubled words marked)
CASES = [
    # a doubled word across a wrapped line is still doubled
    ("Outlook\n\nThe shares fell sharply in the\nthe morning session, traders said.", ["the\nthe"]),
    ("Outlook\n\nAnalysts expect Vesta Bank to\nto raise its dividend, though the board is split.",
     ["to\nto"]),
    ("Outlook\n\nShares rose in in early trade.", ["in in"]),
    # spoken years and numbers, in transcripts and quotes
    ("Remarks\n\nIn twenty twenty the firm grew. In twenty twenty-one it grew again.", []),
    ("Remarks\n\nSales have not been this weak since nineteen nineteen, the archive shows.", []),
    ("Remarks\n\nWe see a fifty fifty chance of a cut, and we sold two two-year notes.", []),
    # a possessive before a hyphenated name is not "s S"
    ("Tablets\n\nThe Book 12 and 10 also come with Samsung’s S-Pen stylus in the box, though to "
     "Microsoft’s credit, so does the Surface Pro.", []),
    ("Chips\n\nApple's A-series chips and Acme's A-1 drive were shown.", []),
    # reduplication on purpose
    ("Quotes\n\n“It was a very very good quarter,” he said. What he had had was enough. He said "
     "that that deal was done.", []),
    # a line break that ends a paragraph, or lines that stand alone, do not double a word
    ("Results\n\nRevenue rose in the\nThe Americas unit grew fastest.", []),
    ("Ratings\n\nAnalyst ratings:\nbuy\nbuy\nhold", []),
    ("Ratings\n\n- buy\n- buy\n- hold", []),
]  # fmt: skip


@pytest.mark.parametrize("text,marked", CASES, ids=[t.split("\n\n")[1][:40] for t, _ in CASES])
def test_doubled_words(text, marked, pipeline):
    assert doubled(text, pipeline) == marked


def test_the_command_leaves_a_spoken_year_alone(tmp_path, capsys):
    art = tmp_path / "growth.txt"
    art.write_text("Growth\n\nIn twenty twenty the firm grew.\nIt grew in the\nthe year after.\n")
    assert main(["check", str(art), "--db", str(tmp_path / "t.db"), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [f["text"] for f in report["findings"] if f["kind"] == "repetition"] == ["the\nthe"]
