"""Looking entities up by the words of a sentence: the same answers as one FTS5 query, ranks kept
per term only while the database is unchanged; the index of names in scripts without spaces."""

import random
import re
import sqlite3

from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence import store as store_module
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


def _one_query(store, words, limit):
    """What search_entities answered before it kept ranks per term: one FTS5 query."""
    terms = sorted({w for w in words if re.fullmatch(r"[^\W_]{2,}", w)})
    if not terms:
        return []
    query = " OR ".join(f'"{t}"' for t in terms)
    sql = """SELECT e.id, e.name, a.alias FROM aliases_fts JOIN aliases a ON a.rowid = aliases_fts.rowid
             JOIN entities e ON e.id = a.entity_id WHERE aliases_fts MATCH ? ORDER BY rank LIMIT ?"""
    return [tuple(r) for r in store.db.execute(sql, [query, limit]).fetchall()]


def test_search_entities_answers_as_one_fts_query_ties_and_all(tmp_path):
    rng = random.Random(11)
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_rows(_rows())
        for _ in range(300):
            words = rng.sample(WORDS, rng.randint(1, 7)) + rng.choice([[], ["a"], ["S&P"]])
            limit = rng.choice([1, 3, 5, 40, 50, 1000])
            assert store.search_entities(words, limit) == _one_query(store, words, limit), (
                words,
                limit,
            )
        assert store.search_entities(["Elsewhere"]) == []
        assert store.search_entities(["a", "&"]) == []
        assert store.search_entities(["Acme"], limit=0) == []


def test_kept_ranks_follow_every_change_to_the_database(tmp_path):
    path = tmp_path / "e.db"
    with EvidenceStore(path) as store:
        store.import_rows(_rows(60))
        before = store.search_entities(["Zenith", "Bank"], 40)
        assert "Zenith Bank" not in {alias for _, _, alias in before}
        # a change made through this connection
        ed.add_fact(store, FactRow("Zenith Bank", ("Zenith",), "employees", ("staff",), 5.0,
                                   "count", "exact", "2024", "src", "", ""))  # fmt: skip
        mine = store.search_entities(["Zenith", "Bank"], 40)
        assert mine == _one_query(store, ["Zenith", "Bank"], 40)
        assert {"Zenith Bank", "Zenith"} <= {alias for _, _, alias in mine}
        # a change made by another connection (another window or process)
        with EvidenceStore(path) as other:
            ed.add_fact(other, FactRow("Orion Zenith", (), "employees", ("staff",), 6.0, "count",
                                       "exact", "2024", "src", "", ""))  # fmt: skip
        theirs = store.search_entities(["Zenith", "Bank"], 40)
        assert theirs == _one_query(store, ["Zenith", "Bank"], 40)
        assert "Orion Zenith" in {alias for _, _, alias in theirs}
        # and a delete: the idf of every term changes, so every kept rank goes
        fid = store.db.execute("SELECT id FROM facts ORDER BY id DESC LIMIT 1").fetchone()[0]
        ed.delete_fact(store, fid)
        store.db.execute("DELETE FROM entities WHERE name = 'Orion Zenith'")
        assert store.search_entities(["Zenith", "Bank"], 40) == mine


def test_kept_ranks_are_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "_RANK_CACHE_ROWS", 10)
    with EvidenceStore(tmp_path / "e.db") as store:
        store.import_rows(_rows(100))
        for word in WORDS:
            assert store.search_entities([word, "Bank"], 20) == _one_query(
                store, [word, "Bank"], 20
            )
            assert (
                store._ranks.rows
                <= 10 + store.db.execute("SELECT count(*) FROM aliases").fetchone()[0]
            )


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
        assert store.search_entities(["Acme"], 5) == _one_query(store, ["Acme"], 5)
    assert path.read_bytes() == before
