"""The core never imports Qt; every module says what it is for."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "factcheck_gui"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_core_is_free_of_qt():
    offenders = [
        (str(p.relative_to(PACKAGE)), name)
        for p in (PACKAGE / "core").rglob("*.py")
        for name in _imports(p)
        if name.split(".")[0] in QT
    ]
    assert offenders == []


def test_every_module_has_a_docstring():
    missing = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if ast.get_docstring(ast.parse(p.read_text())) is None
    ]
    assert missing == []
