"""Imports: a backup only when something will change; every imported fact starts its history."""

from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence.store import IMPORTED, EvidenceStore

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
ROWS = (
    HEADER
    + "Acme Corp,Acme,employees,employees|staff,1200,count,,2024-12-31,Acme 10-K,https://acme.example/10k,\n"
    + "Acme Corp,,annual revenue,revenue|sales,5200000000,USD,,2024,Acme 10-K,,\n"
)


def _csv(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _changes(store):
    return store.db.execute("SELECT count(*) FROM fact_history").fetchone()[
        0
    ], store.db.conn.total_changes


def test_an_import_that_changes_nothing_takes_no_backup_and_writes_nothing(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        csv = _csv(tmp_path, "facts.csv", ROWS)
        store.import_file(csv)
        before = _changes(store)
        result = store.import_file(csv)
        assert (result.added, result.updated, result.unchanged, result.backup) == (0, 0, 2, None)
        assert _changes(store) == before
        assert store.backups() == []


def test_an_import_that_changes_something_is_backed_up_first(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_file(_csv(tmp_path, "a.csv", ROWS))
        for name, text in (("new-fact.csv", ROWS + "Acme Corp,,net profit,profit,6e8,USD,,2024,Acme 10-K,,\n"),
                           ("new-alias.csv", ROWS.replace("Acme Corp,Acme,", "Acme Corp,Acme|Acme Industries,")),
                           ("new-note.csv", ROWS.replace("Acme 10-K,,\n", "Acme 10-K,,checked\n"))):  # fmt: skip
            before = len(store.backups())
            result = store.import_file(_csv(tmp_path, name, text))
            assert result.backup is not None and result.backup.exists(), name
            assert len(store.backups()) == before + 1


def test_imported_facts_start_their_history_with_the_file_name(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_rows([], [])
        store.import_file(_csv(tmp_path, "acme-2024.csv", ROWS))
        fact = ed.search(store, "revenue")[0]
        (entry,) = ed.history(store, fact.id)
        assert entry["action"] == IMPORTED == "imported"
        assert entry["old"] is None
        assert entry["new"]["file"] == "acme-2024.csv"
        assert {k: entry["new"][k] for k in ("id", "entity", "attribute", "value", "unit")} == {
            "id": fact.id,
            "entity": "Acme Corp",
            "attribute": "annual revenue",
            "value": 5.2e9,
            "unit": "USD",
        }
        # an edit then follows, and a re-import that changes the notes says what it changed
        ed.delete_fact(store, fact.id, by="desk")
        ed.restore_fact(store, fact.id, by="desk")
        store.import_file(
            _csv(
                tmp_path,
                "acme-2024-checked.csv",
                ROWS.replace("Acme 10-K,,\n", "Acme 10-K,,checked\n"),
            )
        )
        actions = [
            (h["action"], h["new"] and h["new"].get("file")) for h in ed.history(store, fact.id)
        ]
        assert actions == [("imported", "acme-2024.csv"), ("delete", None), ("restore", None),
                           ("imported", "acme-2024-checked.csv")]  # fmt: skip
        last = ed.history(store, fact.id)[-1]
        assert last["old"]["notes"] == "" and last["new"]["notes"] == "checked"


def test_the_same_fact_twice_in_one_file_is_added_once(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        text = ROWS + ROWS.splitlines(keepends=True)[2]
        result = store.import_file(_csv(tmp_path, "twice.csv", text))
        assert (result.added, result.unchanged) == (2, 1)
        assert store.db.execute("SELECT count(*) FROM fact_history").fetchone()[0] == 2
