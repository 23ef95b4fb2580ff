"""Renders resources/icons/factcheck-gui.svg to the PNG sizes desktops ask for.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts and the SVG renderer need it)
    renderer = QSvgRenderer(str(ICONS / "factcheck-gui.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / f"{size}x{size}" / "factcheck-gui.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    return 0


if __name__ == "__main__":
    sys.exit(main())
