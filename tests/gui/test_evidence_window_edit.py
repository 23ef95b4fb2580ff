"""The workbench's edit form writes only the fields the editor changed."""

from PySide6.QtWidgets import QDialog

from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence.store import EvidenceStore
from factcheck_gui.gui.fact_form import FactDialog


def test_an_edit_in_the_window_keeps_another_windows_edit_of_other_fields(
    make_window, qtbot, monkeypatch
):
    w = make_window()
    ev = w.open_evidence()
    qtbot.addWidget(ev)
    fact = ev.model.fact(0)
    ev.select_fact(fact.id)
    assert ev.current_fact().id == fact.id  # the table now holds the fact as it was
    with EvidenceStore(ev.store.path) as other:  # another window or process, meanwhile
        ed.edit_fact(other, fact.id, {"notes": "checked by the desk"}, by="bob")

    def fake_exec(dialog):
        dialog.source.setText("Checked source")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FactDialog, "exec", fake_exec)
    ev.edit_fact()
    after = ed.get_fact(ev.store, fact.id)
    assert (after.source, after.notes, after.value) == (
        "Checked source",
        "checked by the desk",
        fact.value,
    )
    ev.undo_stack.undo()
    after = ed.get_fact(ev.store, fact.id)
    assert (after.source, after.notes) == (fact.source, "checked by the desk")
