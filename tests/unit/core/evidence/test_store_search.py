"""Looking entities up: the index of names in scripts without spaces."""

import random
import sqlite3

from factcheck_gui.core.evidence.formats import FactRow
from factcheck_gui.core.evidence.store import SCHEMA_VERSION, EvidenceStore

WORDS = ["Acme", "Bank", "Energy", "Holdings", "North", "Pacific", "Inc", "INC", "Group", "Capital",
         "Trust", "Fund", "Gazprom", "Газпром", "Zenith", "Orion", "First", "National", "Nowhere"]  # fmt: skip


def _rows(n=400, seed=3):
    """Names sharing words in every combination, so that many aliases tie on rank."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        words = rng.sample(WORDS[:12], rng.randint(1, 3))
        name = " ".join(words) + f" {i}"
        aliases = (" ".join(words[:2]), f"{words[0]} {rng.choice(WORDS)}") if i % 3 else ()
        rows.append((i + 2, FactRow(name, aliases, "employees", ("staff",), 10.0 + i, "count",
                                    "exact", "2024", "src", "", "")))  # fmt: skip
    rows.append((n + 2, FactRow("Газпром", ("Gazprom",), "employees", ("staff",), 1.0, "count",
                                "exact", "2024", "src", "", "")))  # fmt: skip
    rows.append((n + 3, FactRow("トヨタ自動車", ("トヨタ",), "employees", ("staff",), 375235.0,
                                "count", "exact", "2024", "src", "", "")))  # fmt: skip
    return rows


def _plan(store, sql):
    return " ".join(row[-1] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())


UNSPACED = """SELECT a.norm, e.id, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
              WHERE a.norm GLOB '*[^ -~]*'"""


def test_names_in_scripts_without_spaces_are_read_from_their_own_index(tmp_path):
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_rows(_rows(30))
        assert "aliases_unspaced" in _plan(store, UNSPACED)
        assert set(store.unspaced_aliases()) == {"トヨタ自動車", "トヨタ"}


def _as_schema4(path):
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_unspaced_alias_index'")
    conn.execute("DROP INDEX aliases_unspaced")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_schema4_database_gets_the_index_on_open_after_a_backup(tmp_path):
    path = tmp_path / "e.db"
    with EvidenceStore(path) as store:
        store.import_rows(_rows(30))
    _as_schema4(path)
    with EvidenceStore(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert store.backups()  # taken before the schema changed
        assert "aliases_unspaced" in _plan(store, UNSPACED)
        assert store.count_facts() == 32
        assert set(store.unspaced_aliases()) == {"トヨタ自動車", "トヨタ"}


def test_read_only_schema4_database_is_read_as_it_is(tmp_path):
    path = tmp_path / "e.db"
    with EvidenceStore(path) as store:
        store.import_rows(_rows(30))
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _as_schema4(path)
    before = path.read_bytes()
    with EvidenceStore(path, read_only=True) as store:
        assert f"upgrade to schema {SCHEMA_VERSION} is not written" in store.notice
        assert "more slowly" in store.notice and "Latin" not in store.notice
        assert set(store.unspaced_aliases()) == {"トヨタ自動車", "トヨタ"}
        assert "aliases_unspaced" not in _plan(store, UNSPACED)
    assert path.read_bytes() == before
