"""Editing evidence: add, edit, delete, restore with history; search; backups; two writers."""

import multiprocessing
import sqlite3

import pytest

from factcheck_gui.core.errors import InputError, StoreError
from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence.store import EvidenceStore


def row(**kw):
    values = {
        "entity": "Acme Corp",
        "attribute": "annual revenue",
        "keywords": "revenue|sales",
        "value": "$5.2bn",
        "unit": "USD",
        "as_of": "2024",
        "source": "Acme 10-K",
    }
    values.update(kw)
    return ed.row_for(values)


@pytest.mark.parametrize(
    "typed,value,unit",
    [
        ("1.2bn", 1.2e9, None),
        ("$1 billion", 1e9, "USD"),
        ("12.5%", 12.5, "%"),
        ("1,000", 1000, None),
        ("€3.2bn", 3.2e9, "EUR"),
        ("2018", 2018, None),
    ],
)
def test_values_as_editors_type_them(typed, value, unit):
    assert ed.parse_typed_value(typed) == (pytest.approx(value), unit)


def test_bad_typed_value_names_the_problem():
    with pytest.raises(ValueError, match="not a figure"):
        ed.parse_typed_value("lots")


def test_add_edit_delete_restore_with_history(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        fid = ed.add_fact(store, row(), by="ann")
        f = ed.get_fact(store, fid)
        assert (f.value, f.unit, f.entity) == (5.2e9, "USD", "Acme Corp")
        with pytest.raises(InputError, match="identical"):
            ed.add_fact(store, row())
        ed.update_fact(store, fid, row(value="5.3bn"), by="bob")
        assert ed.get_fact(store, fid).value == 5.3e9
        ed.delete_fact(store, fid, by="bob")
        assert ed.get_fact(store, fid) is None and store.count_facts() == 0
        ed.restore_fact(store, fid, by="ann")
        assert ed.get_fact(store, fid).value == 5.3e9
        actions = [(h["action"], h["by"]) for h in ed.history(store, fid)]
        assert actions == [("add", "ann"), ("edit", "bob"), ("delete", "bob"), ("restore", "ann")]
        edit = ed.history(store, fid)[1]
        assert (edit["old"]["value"], edit["new"]["value"]) == (5.2e9, 5.3e9)


def test_search_full_text_and_fuzzy(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        ed.add_fact(store, row(aliases="Acme|Acme Corporation"))
        ed.add_fact(
            store,
            row(
                entity="Zenith Labs",
                attribute="research papers published",
                keywords="papers",
                value="250",
                unit="count",
            ),
        )
        assert [f.entity for f in ed.search(store, "revenue")] == ["Acme Corp"]
        assert [f.entity for f in ed.search(store, "pap")] == ["Zenith Labs"]
        assert [f.entity for f in ed.search(store, "Acme Corporation")] == ["Acme Corp"]
        assert [f.entity for f in ed.search(store, "Zenit Lab")] == ["Zenith Labs"]


def test_restore_a_backup(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        ed.add_fact(store, row())
        backup = store.backup()
        ed.add_fact(store, row(value="9bn", attribute="other"))
        assert store.count_facts() == 2
        ed.restore_backup(store, backup)
        assert store.count_facts() == 1


def test_damaged_database_is_detected_with_the_latest_backup(tmp_path):
    path = tmp_path / "e.db"
    with EvidenceStore(path) as store:
        for i in range(300):
            ed.add_fact(store, row(attribute=f"measure {i}"))
        backup = store.backup()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for i in range(4096 * 3, min(len(data), 4096 * 6)):
        data[i] = 0x5A
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        EvidenceStore(path).count_facts()
    assert "damaged" in str(err.value) or "not an evidence database" in str(err.value)
    ed.force_restore(path, backup)
    with EvidenceStore(path) as store:
        assert store.count_facts() == 300


def _writer(path, name, n):
    with EvidenceStore(path, timeout=30) as store:
        for i in range(n):
            ed.add_fact(store, row(entity=f"{name} Corp", attribute=f"measure {i}"), by=name)


def test_two_processes_writing_lose_nothing(tmp_path):
    path = tmp_path / "e.db"
    EvidenceStore(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, name, 60)) for name in ("alpha", "beta")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 120
    assert (
        conn.execute("SELECT count(*) FROM fact_history WHERE action = 'add'").fetchone()[0] == 120
    )
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
