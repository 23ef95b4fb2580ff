"""Whether a figure says how much something moved ("rose 8.4%") or where it stands ("made up 51%
of revenue"): a change is never compared with a level."""

import pytest

from factcheck_gui.core.figures.claims import extract_claims
from factcheck_gui.core.text.articles import article_from_text


@pytest.mark.parametrize(("text", "figure", "change"), [
    ("Revenue rose 8.4% to $1.2 billion.", "8.4%", True),
    ("Shares fell by 3% on Monday.", "3%", True),
    ("Margins were up 2 percentage points.", "2 percentage points", True),
    ("The data-centre unit made up 51% of second-quarter revenue.", "51%", False),
    ("Online orders make up 30% of sales.", "30%", False),
    ("Rent took up 12% of its costs.", "12%", False),
    ("Bank Rate has stood at 3.5% since August.", "3.5%", False),
])  # fmt: skip
def test_a_move_is_told_from_a_level(text, figure, change, pipeline):
    claims = extract_claims(article_from_text("Note\n\n" + text), pipeline).claims
    (claim,) = [c for c in claims if c.text == figure]
    assert claim.is_change is change
