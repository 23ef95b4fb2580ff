"""The evidence database: schema, import rules, transactions, export, damaged files."""

import json
import sqlite3

import pytest

from factcheck_gui.core.errors import InputError, StoreError
from factcheck_gui.core.evidence.formats import read_rows
from factcheck_gui.core.evidence.store import (
    SCHEMA_VERSION,
    EvidenceStore,
    default_db_path,
    name_key,
    open_store,
)

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
GOOD = (
    HEADER
    + "Acme Corp,Acme|Acme Corporation,employees,employees|staff,1200,count,,2024-12-31,Acme 10-K,https://acme.example/10k,\n"
    + "Acme Corp,Acme,annual revenue,revenue|sales,5200000000,USD,,2024,Acme 10-K,,\n"
    + 'Acme Bank,,total assets,assets,8e9,usd,approx,2024-06,Bank report,,"note, with comma"\n'
)


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_schema_version_wal_and_fts(tmp_path):
    store = EvidenceStore(tmp_path / "e.db")
    db = store.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = set(db.table_names())
    assert {
        "entities",
        "aliases",
        "facts",
        "facts_fts",
        "aliases_fts",
        "_sqlite_migrations",
    } <= names
    store.close()
    # reopening applies nothing twice
    again = EvidenceStore(tmp_path / "e.db")
    assert (
        again.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION
    )
    again.close()


def test_import_twice_adds_nothing(tmp_path):
    csv = write(tmp_path, "e.csv", GOOD)
    with EvidenceStore(tmp_path / "e.db") as store:
        first = store.import_file(csv)
        second = store.import_file(csv)
        assert (first.added, first.updated, first.unchanged) == (3, 0, 0)
        assert (second.added, second.updated, second.unchanged) == (0, 0, 3)
        assert store.count_facts() == 3
        assert second.backup is None  # nothing changed: no backup (see test_store_import.py)


def test_changed_notes_update_the_same_fact(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_file(write(tmp_path, "a.csv", GOOD))
        changed = GOOD.replace("Acme 10-K,,\n", "Acme 10-K,,checked by the desk\n")
        result = store.import_file(write(tmp_path, "b.csv", changed))
        assert (result.added, result.updated) == (0, 1)
        notes = [r.notes for r in store.all_rows() if r.attribute == "annual revenue"]
        assert notes == ["checked by the desk"]


def test_bad_rows_are_reported_by_line_and_good_rows_import(tmp_path):
    text = (
        HEADER
        + "Acme Corp,,employees,,1200,count,,2024,src,,\n"  # line 2: good
        + ",,employees,,5,count,,2024,src,,\n"  # line 3: no entity
        + "Acme Corp,,revenue,,lots,USD,,2024,src,,\n"  # line 4: bad value
        + "Acme Corp,,revenue,,5,USD,sometimes,2024,src,,\n"  # line 5: bad qualifier
        + "Acme Corp,,revenue,,5,USD,,July 2024,src,,\n"  # line 6: bad date
        + "Acme Corp,,revenue,,5,USD\n"  # line 7: too few fields
        + '"Multi\nline Corp",,revenue,,7,USD,,2024,src,,\n'  # lines 8-9: good, quoted newline
        + "Acme Corp,,revenue,,9,USD,,2024,src,not a url,\n"  # line 10: bad url
    )
    good, bad = read_rows(write(tmp_path, "e.csv", text))
    assert [line for line, _ in good] == [2, 8]
    assert [(e.line, e.message.split()[0]) for e in bad] == [
        (3, "entity"),
        (4, "value"),
        (5, "qualifier"),
        (6, "as_of"),
        (7, "has"),
        (10, "url"),
    ]
    with EvidenceStore(tmp_path / "e.db") as store:
        result = store.import_rows(good, bad)
        assert result.added == 2 and len(result.errors) == 6


def test_missing_columns_name_the_columns(tmp_path):
    with pytest.raises(InputError, match="missing column.*value"):
        read_rows(write(tmp_path, "e.csv", "entity,attribute,unit\nAcme,x,USD\n"))


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("e.csv", b"", "empty"),
        ("e.csv", b"\x00\x01\x02binary", "binary"),
        ("e.txt", b"a,b", "unsupported"),
        ("e.csv", b"entity,attribute,value,unit\n\xff\xfeAcme", "UTF-8"),
        ("e.json", b"{not json", "invalid JSON"),
    ],
)
def test_unreadable_evidence_files(tmp_path, name, data, message):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(InputError, match=message):
        read_rows(p)


def test_failed_import_leaves_database_as_it_was(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_file(write(tmp_path, "a.csv", GOOD))
        before = store.all_rows()
        good, bad = read_rows(write(tmp_path, "b.csv", GOOD.replace("Acme", "Zenith")))
        # entities and aliases are written first; the last fact fails
        store.db.execute("""CREATE TEMP TRIGGER fail BEFORE INSERT ON facts WHEN NEW.attribute = 'total assets'
                            BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END""")
        with pytest.raises(StoreError, match="disk I/O error"):
            store.import_rows(good, bad)
        assert store.all_rows() == before
        assert (
            store.db.execute("SELECT count(*) FROM entities WHERE name LIKE 'Zenith%'").fetchone()[
                0
            ]
            == 0
        )


def test_export_round_trip_csv_and_json(tmp_path):
    with EvidenceStore(tmp_path / "a.db") as a:
        a.import_file(write(tmp_path, "a.csv", GOOD))
        rows = a.all_rows()
    from factcheck_gui.core.evidence.formats import rows_to_csv, rows_to_json

    for name, text in (("out.csv", rows_to_csv(rows)), ("out.json", rows_to_json(rows))):
        with EvidenceStore(tmp_path / f"{name}.db") as b:
            b.import_file(write(tmp_path, name, text))
            assert b.all_rows() == rows
    bank = [f for f in json.loads(rows_to_json(rows))["facts"] if f["entity"] == "Acme Bank"]
    assert bank[0]["unit"] == "USD"  # "usd" was normalised


def test_not_a_database(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an evidence database"):
        EvidenceStore(p)
    assert p.read_text().startswith("these are my notes")


def test_other_sqlite_database_is_not_taken_over(tmp_path):
    p = tmp_path / "other.db"
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an evidence database"):
        EvidenceStore(p)


def test_locked_database(tmp_path):
    p = tmp_path / "e.db"
    EvidenceStore(p).close()
    locker = sqlite3.connect(p)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            store = EvidenceStore(p, timeout=0.2)
            store.import_file(write(tmp_path, "a.csv", GOOD))
    finally:
        locker.rollback()
        locker.close()


def test_default_database_is_created_and_seeded_once(tmp_path):
    path = default_db_path()
    assert str(path).startswith(str(tmp_path.parent)) or "xdg" in str(path)
    with open_store(None) as store:
        n = store.count_facts()
        assert n > 0
        samples = store.db.execute("SELECT count(*) FROM facts WHERE is_sample = 1").fetchone()[0]
        assert samples == n
    with open_store(None) as store:
        assert store.count_facts() == n


def test_name_key_and_alias_lookup(tmp_path):
    assert name_key("Amazon.com, Inc.") == "amazon com"
    assert name_key("The Acme Corp.") == "acme"
    assert name_key("Amazon’s") == "amazon"
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_file(write(tmp_path, "a.csv", GOOD))
        found = store.entities_by_keys(["acme", "acme bank", "nobody"])
        assert [n for _, n in found["acme"]] == ["Acme Corp"]
        assert [n for _, n in found["acme bank"]] == ["Acme Bank"]
        assert {n for _, n, _ in store.search_entities(["Acme"])} == {"Acme Corp", "Acme Bank"}
