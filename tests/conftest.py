"""Shared test set-up: no display, no writes to the user's real data folder."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """Each test gets its own platform data folder, so the default database is never the user's."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture(scope="session")
def pipeline():
    from factcheck_gui.core.figures.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def make_store(tmp_path):
    """Build an evidence store from CSV text."""
    from factcheck_gui.core.evidence.store import EvidenceStore

    def build(csv_text: str, name: str = "evidence"):
        csv_path = tmp_path / f"{name}.csv"
        csv_path.write_text(csv_text, encoding="utf-8")
        store = EvidenceStore(tmp_path / f"{name}.db")
        store.import_file(csv_path)
        return store

    return build
