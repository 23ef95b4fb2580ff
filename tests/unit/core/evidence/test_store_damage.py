"""Damaged, foreign, big and read-only databases: found before anything is written, told in one line."""

import os
import sqlite3

import pytest

from factcheck_gui.cli import main
from factcheck_gui.core.errors import StoreError
from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence import store as store_module
from factcheck_gui.core.evidence.formats import FactRow
from factcheck_gui.core.evidence.store import SCHEMA_VERSION, EvidenceStore

CSV = (
    "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
    "Acme Corp,Acme,employees,employees|staff|people|employs,12000,count,,2024,Acme 10-K,,\n"
)


def _row(i=0):
    return FactRow(
        "Acme Corp", (), f"measure {i}", (), 5.0 + i, "USD", "exact", "2024", "src", "", ""
    )


def _database(path, facts=300, journal="wal"):
    with EvidenceStore(path) as store:
        for i in range(facts):
            ed.add_fact(store, _row(i))
        store.backup()
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if journal != "wal":
            store.db.execute(f"PRAGMA journal_mode = {journal}")
    return path


def _damage(path):
    """Overwrite part of one page after another until SQLite's own check finds damage."""
    sound = path.read_bytes()
    for page in range(2, len(sound) // 4096):
        data = bytearray(sound)
        data[page * 4096 + 100 : page * 4096 + 600] = b"\x5a" * 500
        path.write_bytes(bytes(data))
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
            found = found and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        except sqlite3.DatabaseError:
            found = False  # not this kind of damage: the schema itself is unreadable
        finally:
            conn.close()
        if found:
            return page
    raise AssertionError("no page whose damage quick_check reports")


def test_damage_is_told_in_one_line_with_the_backup_to_restore(tmp_path):
    path = _database(tmp_path / "e.db")
    _damage(path)
    with pytest.raises(StoreError) as err:
        EvidenceStore(path)
    message = str(err.value)
    assert "\n" not in message and len(message.replace(str(path.parent), "")) < 250
    assert message.startswith(f"{path}: the evidence database is damaged (")
    latest = store_module.backups_of(path)[-1]
    assert f"factcheck db restore {latest} --db {path}" in message


def test_a_refused_database_is_not_modified(tmp_path):
    path = _database(tmp_path / "e.db", journal="delete")
    _damage(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        EvidenceStore(path)
    assert path.read_bytes() == before  # not switched to WAL, nothing written
    assert not os.path.exists(f"{path}-wal")


@pytest.mark.parametrize("user_version", [0, 2, 9])
def test_another_programs_database_is_refused_and_left_alone(tmp_path, user_version):
    path = tmp_path / "recipes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("CREATE TABLE ingredients (recipe TEXT, item TEXT)")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        EvidenceStore(path)
    assert "another program's SQLite file" in str(err.value) and "ingredients, recipes" in str(
        err.value
    )
    assert path.read_bytes() == before
    tables = {
        r[0]
        for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert tables == {"recipes", "ingredients"}


def test_a_text_file_is_refused_before_sqlite_opens_it(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my notes\n" * 600)
    with pytest.raises(StoreError, match="not an SQLite file"):
        EvidenceStore(path)
    assert path.read_text() == "my notes\n" * 600


def test_big_database_damage_stops_writes(tmp_path, monkeypatch):
    """Past QUICK_CHECK_MAX_BYTES the check runs in the background; every write waits for it."""
    path = _database(tmp_path / "e.db")
    _damage(path)
    monkeypatch.setattr(store_module, "QUICK_CHECK_MAX_BYTES", 0)
    store_module._checked.clear()
    before = path.read_bytes()
    store = EvidenceStore(path)  # opens at once
    writes = [
        lambda: store.add_words(["Acmeish"]),
        lambda: ed.add_fact(store, _row(999)),
        lambda: store.import_rows([(2, _row(1000))]),
    ]
    for write in writes:
        with pytest.raises(StoreError, match="damaged.*nothing was changed"):
            write()
    with pytest.raises(StoreError, match="damaged"):
        store.verify()
    store.close()
    assert path.read_bytes() == before


def test_big_sound_database_opens_at_once_and_takes_writes(tmp_path, monkeypatch):
    path = _database(tmp_path / "e.db", facts=20)
    monkeypatch.setattr(store_module, "QUICK_CHECK_MAX_BYTES", 0)
    store_module._checked.clear()
    with EvidenceStore(path) as store:
        assert store.add_words(["Acmeish"]) == 1
    with EvidenceStore(path) as store:  # closing in the middle of a check stops it cleanly
        pass


# ---------------------------------------------------------------------- read-only


@pytest.fixture
def read_only_file(monkeypatch):
    """Make os.access say the file may not be written (as a 0444 file or a read-only mount
    would, for anyone but root); SQLite then opens it with mode=ro, which root cannot write either."""

    def deny(paths):
        real = os.access

        def access(p, mode, *args, **kwargs):
            if mode & os.W_OK and os.fspath(p) in {os.fspath(x) for x in paths}:
                return False
            return real(p, mode, *args, **kwargs)

        monkeypatch.setattr(store_module.os, "access", access)

    return deny


def test_read_only_database_is_read_and_writes_are_refused(tmp_path, read_only_file):
    path = _database(tmp_path / "e.db", facts=5)
    read_only_file([path])
    before = path.read_bytes()
    with EvidenceStore(path) as store:
        assert store.read_only and "read-only" in store.notice
        assert store.count_facts() == 5
        assert ed.search(store, "measure")
        for write in (lambda: store.add_words(["Acmeish"]), lambda: ed.add_fact(store, _row(77)),
                      lambda: store.import_rows([(2, _row(78))]), lambda: ed.delete_fact(store, 1)):  # fmt: skip
            with pytest.raises(StoreError, match="read-only; nothing was changed"):
                write()
        with pytest.raises(
            sqlite3.OperationalError, match="readonly"
        ):  # even past the app's own guard
            store.db.execute("DELETE FROM facts")
    assert path.read_bytes() == before


def _as_schema3(path):
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_keys_in_every_script'")
    conn.execute("DROP TABLE entity_old_keys")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()


def test_read_only_old_schema_is_read_without_writing_its_upgrade(tmp_path, read_only_file):
    path = _database(tmp_path / "e.db", facts=5)
    _as_schema3(path)
    read_only_file([path])
    before = path.read_bytes()
    with EvidenceStore(path) as store:
        assert f"upgrade to schema {SCHEMA_VERSION} is not written" in store.notice
        assert "\n" not in store.notice
        assert store.count_facts() == 5
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == 3
    assert path.read_bytes() == before
    assert not store_module.backups_of(path)[1:]  # only the one _database took


def test_read_only_database_too_old_to_read_says_so(tmp_path):
    path = _database(tmp_path / "e.db", facts=1)
    sqlite3.connect(path).execute("PRAGMA user_version = 2").connection.commit()
    with pytest.raises(
        StoreError, match="read-only and too old to read.*open it once with write access"
    ):
        EvidenceStore(path, read_only=True)


def test_command_line_checks_with_a_read_only_database_and_refuses_to_write(tmp_path, read_only_file, capsys,
                                                                             pipeline):  # fmt: skip
    db = tmp_path / "ro.db"
    with EvidenceStore(db) as store:
        store.import_file(_write(tmp_path / "e.csv", CSV))
    read_only_file([db])
    article = _write(tmp_path / "a.txt", "Acme results\n\nAcme Corp employs 12,000 people.\n")
    assert main(["check", str(article), "--db", str(db), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert '"supported"' in out
    assert "read-only" in err and len(err.strip().splitlines()) == 1
    assert main(["db", "import", str(tmp_path / "e.csv"), "--db", str(db)]) == 2
    _, err = capsys.readouterr()
    assert "read-only; nothing was changed" in err
    assert main(["dict", "add", "Acmeish", "--db", str(db)]) == 2
    assert "read-only" in capsys.readouterr().err


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path
