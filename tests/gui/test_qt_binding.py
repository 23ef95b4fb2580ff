"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 dropped a reference to
None on every call that returns nothing, and the window crashed after a few thousand calls."""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        QApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50
