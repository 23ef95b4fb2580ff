"""GUI fixtures: a window with private settings, decisions and database, driven with pytest-qt."""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "resources" / "samples" / "halcyon-robotics.md"
SEED = ROOT / "resources" / "seed" / "evidence.csv"


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory):
    from factcheck_gui.core.evidence.store import EvidenceStore

    path = tmp_path_factory.mktemp("db") / "sample.db"
    with EvidenceStore(path) as store:
        store.import_file(SEED)
    return path


@pytest.fixture
def make_window(qtbot, tmp_path, sample_db):
    from PySide6.QtCore import QSettings

    from factcheck_gui.gui.decisions import DecisionStore
    from factcheck_gui.gui.main_window import MainWindow
    from factcheck_gui.gui.preferences import Settings

    db = tmp_path / "evidence.db"
    shutil.copyfile(sample_db, db)
    settings_file = tmp_path / "settings.ini"
    windows = []

    def make():
        w = MainWindow(
            db_path=str(db),
            settings=Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)),
            decisions=DecisionStore(tmp_path / "decisions"),
        )
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda: w.model_ready, timeout=60_000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.shutdown()


@pytest.fixture
def opened(make_window, qtbot):
    w = make_window()
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.open_path(SAMPLE)
    return w
