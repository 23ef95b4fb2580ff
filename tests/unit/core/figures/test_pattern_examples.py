"""Every figure family documents its patterns with examples; each example reads as it says."""

import importlib
import pkgutil

import pytest

from factcheck_gui.core.figures import patterns
from factcheck_gui.core.figures.quantities import find_quantities

MODULES = [
    importlib.import_module(f"{patterns.__name__}.{m.name}")
    for m in pkgutil.iter_modules(patterns.__path__)
]
EXAMPLES = [
    pytest.param(text, kind, value, unit, id=f"{mod.__name__.rsplit('.', 1)[1]}: {text}")
    for mod in MODULES
    for text, kind, value, unit in getattr(mod, "EXAMPLES", [])
]
NOT_FIGURES = [pytest.param(t, id=t) for mod in MODULES for t in getattr(mod, "NOT_FIGURES", [])]
QUALIFIED = [pytest.param(t, q, id=t) for mod in MODULES for t, q in getattr(mod, "QUALIFIED", [])]


def test_every_family_has_examples():
    assert len(EXAMPLES) >= 15
    families = {m.__name__.rsplit(".", 1)[1] for m in MODULES if getattr(m, "EXAMPLES", None)}
    assert {"amounts", "dates", "durations", "shares", "ranges"} <= families


@pytest.mark.parametrize("text,kind,value,unit", EXAMPLES)
def test_example_reads_as_documented(text, kind, value, unit):
    qs = find_quantities(f"It said {text} on Monday.")
    assert qs, f"no figure in {text!r}"
    q = max(qs, key=lambda q: q.end - q.start)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.value == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_figure(text):
    assert [q for q in find_quantities(f"See {text} here.") if q.kind != "date"] == []


@pytest.mark.parametrize("text,qualifier", QUALIFIED)
def test_qualifier(text, qualifier):
    (q,) = find_quantities(f"It said {text} on Monday.")
    assert q.qualifier == qualifier
