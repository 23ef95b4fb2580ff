"""Editing a fact changes only the fields the editor changed, read and written in one transaction:
two processes editing different fields of one fact lose nothing."""

import multiprocessing
import sqlite3

import pytest

from factcheck_gui.core.errors import InputError, StoreError
from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence.store import EvidenceStore

EDITS = 150


def base(**kw):
    values = {"entity": "Acme Corp", "attribute": "annual revenue", "keywords": "revenue|sales", "value": "$5.2bn",
              "unit": "USD", "as_of": "2024", "source": "Acme 10-K", "notes": "first"}  # fmt: skip
    values.update(kw)
    return ed.row_for(values)


def test_edit_changes_only_the_given_fields_and_returns_their_old_values(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store, EvidenceStore(tmp_path / "e.db") as other:
        fid = ed.add_fact(store, base())
        ed.edit_fact(
            other, fid, {"notes": "checked by the desk"}, by="bob"
        )  # another window, meanwhile
        old = ed.edit_fact(store, fid, {"value": "5.3bn", "as_of": "2024-12"}, by="ann")
        assert old == {"value": "5200000000", "as_of": "2024"}
        f = ed.get_fact(store, fid)
        assert (f.value, f.as_of, f.notes, f.unit, f.source) == (
            5.3e9,
            "2024-12",
            "checked by the desk",
            "USD",
            "Acme 10-K",
        )
        ed.edit_fact(store, fid, old, by="ann")  # undo
        f = ed.get_fact(store, fid)
        assert (f.value, f.as_of, f.notes) == (5.2e9, "2024", "checked by the desk")
        assert [h["by"] for h in ed.history(store, fid)] == ["", "bob", "ann", "ann"]
        assert ed.edit_fact(store, fid, {}) == {}


def test_edit_refuses_what_it_cannot_do_in_one_line(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        fid = ed.add_fact(store, base())
        ed.add_fact(store, base(value="9bn"))
        for changes, message in (({"colour": "red"}, "no field 'colour'"), ({"value": "1,5"}, "a comma may only group"),
                                 ({"value": "9bn"}, "identical fact"), ({"value": "€5bn"}, "the value is in EUR")):  # fmt: skip
            with pytest.raises(InputError, match=message):
                ed.edit_fact(store, fid, changes)
        with pytest.raises(InputError, match="no fact #99"):
            ed.edit_fact(store, 99, {"notes": "x"})
        assert ed.get_fact(store, fid).value == 5.2e9


def test_typed_values_follow_the_file_rules():
    assert (
        ed.parse_typed_value("1,500") == (1500, None)
        and str(ed.parse_typed_value("-0")[0]) == "0.0"
    )
    for typed in ("1,5", "12,5", "1e-400", "1e400"):
        with pytest.raises(ValueError):
            ed.parse_typed_value(typed)


def test_a_database_without_our_tables_is_one_line(tmp_path):
    path = tmp_path / "other.db"
    with EvidenceStore(path) as store:
        store.db.execute("DROP TABLE fact_history")
        store.db.execute("DROP TABLE facts")
        for call in (lambda: ed.history(store, 1), lambda: ed.get_fact(store, 1),
                     lambda: ed.edit_fact(store, 1, {"notes": "x"})):  # fmt: skip
            with pytest.raises(StoreError, match="not an evidence database.*no such table"):
                call()


def _editor(path, field, n):
    """One process: edit one field of fact #1 `n` times through the command line."""
    from factcheck_gui.cli import main

    for i in range(n):
        assert (
            main(
                ["db", "edit", "1", f"--{field}", f"{field} {i}", "--by", field, "--db", str(path)]
            )
            == 0
        )


def _counter(text, field):
    return int(text.split()[-1]) if text.startswith(field) else -1


def test_two_processes_editing_different_fields_lose_no_edit(tmp_path):
    path = tmp_path / "e.db"
    with EvidenceStore(path) as store:
        ed.add_fact(store, base())
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_editor, args=(path, field, EDITS)) for field in ("notes", "source")
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)
        assert p.exitcode == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT notes, source FROM facts WHERE id = 1").fetchone() == (
        f"notes {EDITS - 1}",
        f"source {EDITS - 1}",
    )
    with EvidenceStore(path) as store:
        edits = [h for h in ed.history(store, 1) if h["action"] == "edit"]
    assert len(edits) == 2 * EDITS
    reverted = 0
    for h in edits:  # an edit of one field must carry the other field as the other process left it
        for field in ("notes", "source"):
            reverted += _counter(h["new"][field], field) < _counter(h["old"][field], field)
    assert reverted == 0
