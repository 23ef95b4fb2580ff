"""The evidence workbench as an editor uses it."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from factcheck_gui.gui import evidence_window as ew
from factcheck_gui.gui.fact_form import FactDialog

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "halcyon-robotics.md"


def fill_and_save(monkeypatch, values):
    """Answer the next fact form as an editor would: type into it and press Save."""

    def fake_exec(dialog):
        for name, text in values.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "setCurrentText"):
                widget.setCurrentText(text)
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(text)
            else:
                widget.setText(text)
        dialog.accept()
        return (
            QDialog.DialogCode.Accepted if dialog.row is not None else QDialog.DialogCode.Rejected
        )

    monkeypatch.setattr(FactDialog, "exec", fake_exec)


def test_add_edit_undo_delete_restore(make_window, qtbot, monkeypatch):
    w = make_window()
    ev = w.open_evidence()
    qtbot.addWidget(ev)
    before = len(ev.model.ids)
    fill_and_save(
        monkeypatch,
        {
            "entity": "Zenith Labs",
            "attribute": "research papers published",
            "keywords": "papers",
            "value": "250",
            "unit": "count",
            "as_of": "2025-01",
            "source": "Zenith site",
        },
    )
    fid = ev.add_fact()
    assert fid and len(ev.model.ids) == before + 1
    assert ev.current_fact().id == fid and ev.current_fact().value == 250
    fill_and_save(monkeypatch, {"value": "1.2bn", "unit": "USD", "attribute": "annual revenue"})
    ev.edit_fact()
    assert (
        ev.current_fact().value == 1.2e9
        and ev.model.data(ev.model.index(ev.table.currentIndex().row(), 3)) == "$1.2 billion"
    )
    ev.undo_stack.undo()
    ev.select_fact(fid)
    assert ev.current_fact().value == 250
    ev.delete_fact()
    assert fid not in list(ev.model.ids)
    ev.undo_stack.undo()  # restores the deleted fact
    assert fid in list(ev.model.ids)
    ev.select_fact(fid)
    ev.delete_fact()
    ev.show_history(fid)
    actions = [
        ev.history_dialog.findChild(ew.QTableWidget).item(r, 1).text()
        for r in range(ev.history_dialog.findChild(ew.QTableWidget).rowCount())
    ]
    assert actions == ["add", "edit", "edit", "delete", "restore", "delete"]


def test_form_validation_keeps_the_dialog_open():
    dialog = FactDialog({"entity": "Acme", "attribute": "revenue", "value": "lots", "unit": "USD"})
    dialog.accept()
    assert dialog.row is None and "not a figure" in dialog.error.text()
    dialog.value.setText("$1 billion")
    assert "$1 billion" in dialog.reading.text()


def test_import_with_bad_rows_lists_them_and_lands_the_good(
    make_window, qtbot, monkeypatch, tmp_path
):
    w = make_window()
    ev = w.open_evidence()
    csv = tmp_path / "desk.csv"
    csv.write_text(
        "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
        "Orbit Air,,fleet size,aircraft|fleet|planes,212,count,,2025-03,Orbit Air,,\n"
        "Orbit Air,,revenue,revenue,lots,USD,,2025,Orbit Air,,\n"
        "Orbit Air,,employees,staff,9000,count,,March 2025,Orbit Air,,\n",
        encoding="utf-8",
    )
    shown = {}

    def preview_exec(dialog):
        shown["bad"] = [dialog.bad_list.item(i).text() for i in range(dialog.bad_list.count())]
        shown["good"] = dialog.good_table.rowCount()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ew.ImportPreview, "exec", preview_exec)
    with qtbot.waitSignal(ev.importFinished, timeout=30_000):
        ev.import_file(str(csv))
    assert shown["good"] == 1 and shown["bad"] == [
        "line 3: value 'lots' is not a number",
        "line 4: as_of 'March 2025' is not a date like 2025-07 or 2025-07-31",
    ]
    assert ev.last_import.added == 1 and ev.last_import.backup is not None


def test_search_and_filters(make_window, qtbot):
    w = make_window()
    ev = w.open_evidence()
    qtbot.keyClicks(ev.search, "Shanghai")
    qtbot.keyClick(ev.search, Qt.Key.Key_Return)
    entities = {ev.model.fact(r).entity for r in range(ev.model.rowCount())}
    assert entities == {"AWS Shanghai AI Lab"}
    ev.search.clear()
    ev.source_filter.setCurrentIndex(ev.source_filter.findData("DGL project release notes"))
    assert [ev.model.fact(r).entity for r in range(ev.model.rowCount())] == ["Deep Graph Library"]


def test_adding_evidence_from_a_claim_changes_its_verdict(opened, qtbot, monkeypatch):
    w = opened
    mark = next(m for m in w.marks.values() if m.text == "3 percentage points")
    assert mark.label == "unverified"
    w.panel.select_key(mark.key)
    values = w.claim_as_fact_values(mark)
    assert values["entity"] == "Halcyon Robotics" and values["value"] == "3"
    fill_and_save(
        monkeypatch,
        {
            "attribute": "gross margin widening",
            "keywords": "margin|widened|gross margin",
            "unit": "pp",
            "as_of": "2024",
            "source": "Halcyon Robotics annual report FY2024",
        },
    )
    with qtbot.waitSignal(w.checkFinished, timeout=60_000):
        w.add_claim_as_evidence()
    again = next(m for m in w.marks.values() if m.text == "3 percentage points")
    assert again.label == "supported"


def test_as_of_date_picker(monkeypatch):
    from PySide6.QtCore import QDate

    dialog = FactDialog({"entity": "Acme"})

    def pick(d):
        dialog.calendar.setSelectedDate(QDate(2025, 7, 31))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", pick)
    dialog._pick_date()
    assert dialog.as_of.text() == "2025-07-31"


def test_damaged_database_is_offered_a_restore_at_start(make_window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from factcheck_gui.core.evidence.store import EvidenceStore

    w = make_window()
    db = Path(w.db_path())
    with EvidenceStore(db) as store:
        n = store.count_facts()
        store.backup()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096 : 4096 * 3] = b"\x5a" * (4096 * 2)
    db.write_bytes(bytes(data))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    w._check_database()
    assert asked and "damaged" in asked[0] or "not an evidence database" in asked[0]
    with EvidenceStore(db) as store:
        assert store.count_facts() == n


def test_sorting_by_a_column(make_window):
    w = make_window()
    ev = w.open_evidence()
    ev.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # value
    values = [ev.model.fact(r).value for r in range(ev.model.rowCount())]
    assert values == sorted(values, reverse=True)
    ev.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # entity
    names = [ev.model.fact(r).entity.lower() for r in range(ev.model.rowCount())]
    assert names == sorted(names)


def test_cancelled_import_changes_nothing(make_window, qtbot, monkeypatch, tmp_path):
    w = make_window()
    ev = w.open_evidence()
    before = len(ev.model.ids)
    csv = tmp_path / "desk.csv"
    csv.write_text(
        "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
        "Orbit Air,,fleet size,fleet,212,count,,2025-03,Orbit Air,,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(ew.ImportPreview, "exec", lambda d: QDialog.DialogCode.Rejected)
    with qtbot.waitSignal(ev.importFinished, timeout=30_000) as blocker:
        ev.import_file(str(csv))
    assert blocker.args == [None]
    ev.refresh()
    assert len(ev.model.ids) == before
