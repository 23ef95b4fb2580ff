"""Starts the window: `factcheck gui [ARTICLE] [--db PATH] [--screenshot OUT.png]`."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow

SCREENSHOT_TIMEOUT_MS = 180_000


# Libraries Qt's X11 plugin loads, and the Debian packages that hold them. Qt ≥ 6.5 aborts
# the whole process (exit 134) when one is missing; we name them instead.
XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
                 "xcb-image": "libxcb-image0", "xcb-render-util": "libxcb-render-util0",
                 "xkbcommon-x11": "libxkbcommon-x11-0", "xcb-xkb": "libxcb-xkb1", "xcb-randr": "libxcb-randr0",
                 "xcb-shape": "libxcb-shape0"}  # fmt: skip


def missing_xcb_libraries() -> list[str]:
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if os.environ.get("WAYLAND_DISPLAY") and not platform:
        return []  # Qt picks Wayland there
    import ctypes.util

    return [package for lib, package in XCB_LIBRARIES.items() if not ctypes.util.find_library(lib)]


def app_icon():  # type: ignore[no-untyped-def]
    """The application icon from resources/icons (SVG plus PNG sizes)."""
    from PySide6.QtGui import QIcon

    from ..core.evidence.store import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    for png in sorted(folder.glob("*/factcheck-gui.png")):
        icon.addFile(str(png))
    return icon


def run(article: str | None = None, db: str | None = None, screenshot: str | None = None) -> int:
    headless = (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        if not screenshot:
            print("factcheck: no display found; run the window on a desktop, or use --screenshot, "
                  "or set QT_QPA_PLATFORM=offscreen", file=sys.stderr)  # fmt: skip
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    missing = missing_xcb_libraries()
    if missing:
        print(f"factcheck: the window needs these system libraries on X11: {' '.join(missing)} "
              f"(Debian/Ubuntu: sudo apt install {' '.join(missing)}); or set QT_QPA_PLATFORM=offscreen", file=sys.stderr)  # fmt: skip
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("factcheck-gui")
    app.setOrganizationName("factcheck-gui")
    app.setDesktopFileName("io.github.factcheckgui.FactcheckGui")
    app.setWindowIcon(app_icon())
    window = MainWindow(db_path=db)
    window.show()
    if os.environ.get("FACTCHECK_REPORT_SHOWN"):  # for benchmarks/bench_gui.py
        app.processEvents()
        print(f"shown {time.time():.3f}", flush=True)
    result = {"code": 0}
    if screenshot:

        def save() -> None:
            window.grab().save(screenshot)
            app.quit()

        def fail(message: str) -> None:
            print(f"factcheck: {message}", file=sys.stderr)
            result["code"] = 2
            app.quit()

        window.checkFinished.connect(lambda: QTimer.singleShot(150, save))
        window.checkFailed.connect(fail)
        QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, lambda: fail("timed out waiting for the check"))
        if article is None:
            QTimer.singleShot(500, save)
    if article:
        window.open_path(Path(article))
    elif not screenshot:
        window.open_last_if_wanted()
    app.exec()
    window.shutdown()
    return result["code"]
