"""Names in any script keep their identity: keys, import, aliases, search, matching, checks,
and the repair of databases written when only ASCII letters counted (schema 3)."""

import hashlib
import sqlite3

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations

from factcheck_gui.core.evidence import edit as ed
from factcheck_gui.core.evidence import store as store_module
from factcheck_gui.core.evidence.store import SCHEMA_VERSION, EvidenceStore
from factcheck_gui.core.pipeline import check_article
from factcheck_gui.core.text.articles import article_from_text
from factcheck_gui.core.text.names import name_key, old_name_key

HEADER = "entity,aliases,attribute,keywords,value,unit,qualifier,as_of,source,url,notes\n"
# the same measure, year and source: under the old key the three printed alike
EVIDENCE = HEADER + (
    "Газпром,Gazprom|ПАО Газпром,employees,employees|staff|people|employs,466100,count,,2024,annual report,,\n"
    "トヨタ自動車,Toyota|トヨタ|Toyota Motor,employees,employees|staff|people|employs,375235,count,,2024,annual report,,\n"
    "日立製作所,Hitachi,employees,employees|staff|people|employs,268655,count,,2024,annual report,,\n"
    "Acme Corp,Acme,employees,employees|staff|people|employs,12000,count,,2024,annual report,,\n"
)


def test_keys_keep_every_script_and_ascii_keys_stay_as_they_were():
    keys = [
        name_key(n) for n in ("Газпром", "トヨタ自動車", "日立製作所", "삼성전자", "!!!", "???")
    ]
    assert all(keys) and len(set(keys)) == len(keys)
    assert name_key("ПАО «Газпром»") == name_key("газпром") == "газпром"
    assert name_key("トヨタ自動車株式会社") == "トヨタ自動車"
    assert name_key("ＴＯＹＯＴＡ") == name_key("Toyota")  # full-width letters (NFKC)
    assert name_key("STRASSE") == name_key("Straße")  # case folding
    for ascii_name in (
        "Amazon.com, Inc.",
        "The Acme Corp.",
        "AT&T",
        "3M Co",
        "Amazon’s",
        "foo_bar",
    ):
        assert name_key(ascii_name) == old_name_key(
            ascii_name
        )  # fingerprints of old facts still match


def test_import_gives_each_company_its_own_entity_and_facts(make_store):
    store = make_store(EVIDENCE)
    names = [n for (n,) in store.db.execute("SELECT name FROM entities ORDER BY id")]
    assert names == ["Газпром", "トヨタ自動車", "日立製作所", "Acme Corp"]
    assert store.count_facts() == 4  # none dropped as a duplicate of another company's
    toyota = store.entities_by_keys(["toyota"])["toyota"]
    assert [n for _, n in toyota] == ["トヨタ自動車"]  # "Toyota" is not an alias of Gazprom
    assert store.import_file(store.path.with_suffix(".csv")).unchanged == 4
    store.close()


def test_search_finds_names_in_any_script(make_store):
    store = make_store(EVIDENCE)
    assert {f.entity for f in ed.search(store, "Газпром")} == {"Газпром"}
    assert {f.entity for f in ed.search(store, "газпром")} == {"Газпром"}
    assert {f.entity for f in ed.search(store, "トヨタ")} == {
        "トヨタ自動車"
    }  # alias, and prefix of the name
    assert {f.entity for f in ed.search(store, "トヨタ自動車")} == {"トヨタ自動車"}
    assert {f.entity for f in ed.search(store, "日立製作所")} == {"日立製作所"}
    assert {n for _, n, _ in store.search_entities(["Газпром"])} == {"Газпром"}
    store.close()


def _verdict(store, text, figure):
    report = check_article(article_from_text(text), store)
    (r,) = [r for r in report.claims if figure in r.claim.text]
    return r.verdict


@pytest.mark.parametrize("name", ["Toyota", "トヨタ自動車", "Toyota Motor"])
def test_a_toyota_figure_is_decided_by_toyota_facts(make_store, pipeline, name):
    store = make_store(EVIDENCE)
    v = _verdict(store, f"Carmaker results\n\n{name} employs 375,235 people worldwide.", "375,235")
    assert v.verdict == "supported"
    assert {c.fact.entity for c in v.evidence} == {"トヨタ自動車"}
    store.close()


def test_a_toyota_figure_is_never_decided_by_a_gazprom_fact(make_store, pipeline):
    store = make_store(
        EVIDENCE.replace(
            "トヨタ自動車,Toyota|トヨタ|Toyota Motor,employees",
            "トヨタ自動車,Toyota|トヨタ,revenue",
        )
    )
    v = _verdict(store, "Carmaker results\n\nToyota employs 466,100 people worldwide.", "466,100")
    assert v.verdict != "supported"
    assert all(c.fact.entity != "Газпром" for c in v.evidence)
    store.close()


def test_cyrillic_and_japanese_names_are_found_in_the_text(make_store, pipeline):
    store = make_store(EVIDENCE)
    v = _verdict(store, "Energy results\n\nГазпром employs 466,100 people.", "466,100")
    assert v.verdict == "supported" and v.evidence[0].fact.entity == "Газпром"
    # no spaces around the name: found inside the run of text
    v = _verdict(store, "Results\n\nトヨタ自動車は employs 375,235 people.", "375,235")
    assert v.verdict == "supported" and v.evidence[0].fact.entity == "トヨタ自動車"
    store.close()


# ---------------------------------------------------------------------- schema 3 databases


def _old_print(entity, attribute, value, unit, as_of, source):
    text = "\x1f".join([old_name_key(entity), attribute.lower(), repr(float(value)), unit.lower(), "exact", as_of,
                        source.strip().lower()])  # fmt: skip
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _schema3_database(path):
    """What schema 3 made of EVIDENCE: Toyota's and Hitachi's rows fell into Gazprom's entity
    (their names keyed ''), with their Latin aliases; Hitachi also exists on its own (a Latin row)."""
    db = sqlite_utils.Database(path)
    old = Migrations("factcheck_gui.evidence")
    for fn in (
        store_module.m001_initial,
        store_module.m002_house_words,
        store_module.m003_fact_history,
    ):
        old()(fn)
    old.apply(db)
    db.execute("PRAGMA user_version = 3")
    now = "2025-01-01T00:00:00+00:00"
    conn = db.conn
    for eid, name in ((1, "Газпром"), (2, "Acme Corp"), (3, "Hitachi")):
        conn.execute("INSERT INTO entities VALUES (?,?,?,?)", (eid, name, now, now))
    for eid, alias in ((1, "Газпром"), (1, "Gazprom"), (1, "Toyota"), (1, "Hitachi"), (2, "Acme Corp"),
                       (2, "Acme"), (3, "Hitachi")):  # fmt: skip
        conn.execute(
            "INSERT OR IGNORE INTO aliases (entity_id, alias, norm) VALUES (?,?,?)",
            (eid, alias, old_name_key(alias)),
        )
    facts = [(1, "Газпром", 466100), (1, "トヨタ自動車", 375235), (2, "Acme Corp", 12000)]
    for eid, entity, value in facts:
        conn.execute(
            """INSERT INTO facts (entity_id, attribute, keywords, value, unit, qualifier, as_of, source,
               fingerprint, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
            (eid, "employees", "employees|staff|people|employs", value, "count", "exact", "2024", "annual report",
             _old_print(entity, "employees", value, "count", "2024", "annual report"), now, now),
        )  # fmt: skip
    conn.commit()
    assert conn.execute("SELECT norm FROM aliases WHERE alias = 'Газпром'").fetchone() == ("",)
    db.close()


def _aliases(store, entity):
    sql = "SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = ? ORDER BY a.alias"
    return [a for (a,) in store.db.execute(sql, [entity])]


def test_schema3_database_is_repaired_on_open_and_by_a_reimport(tmp_path):
    path = tmp_path / "old.db"
    _schema3_database(path)
    with EvidenceStore(path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.backups()  # taken before the schema changed
        assert store.count_facts() == 3
        assert store.entities_by_keys(["газпром"])["газпром"] == [
            (1, "Газпром")
        ]  # its key is no longer ''
        # "Hitachi" is the name of another entity: it goes back there; "Toyota" cannot be told apart yet
        assert _aliases(store, "Газпром") == ["Gazprom", "Toyota", "Газпром"]
        assert [n for _, n in store.entities_by_keys(["hitachi"])["hitachi"]] == ["Hitachi"]
        acme = store.db.execute("SELECT fingerprint FROM facts WHERE entity_id = 2").fetchone()[0]
        assert acme == _old_print("Acme Corp", "employees", 12000, "count", "2024", "annual report")
        # re-importing the source moves Toyota's fact to its own entity: nothing lost, nothing doubled
        csv = tmp_path / "evidence.csv"
        csv.write_text(EVIDENCE, encoding="utf-8")
        result = store.import_file(csv)
        assert (result.added, result.updated, result.unchanged) == (
            1,
            1,
            2,
        )  # Hitachi's fact was never stored
        assert store.count_facts() == 4
        by_entity = dict(store.db.execute(
            "SELECT e.name, f.value FROM facts f JOIN entities e ON e.id = f.entity_id WHERE f.value > 200000"))  # fmt: skip
        assert by_entity == {"Газпром": 466100, "トヨタ自動車": 375235, "日立製作所": 268655}
        assert "Toyota" not in _aliases(store, "Газпром")
        assert [n for _, n in store.entities_by_keys(["toyota"])["toyota"]] == ["トヨタ自動車"]
        toyota_fact = store.db.execute("SELECT id FROM facts WHERE value = 375235").fetchone()[0]
        (entry,) = ed.history(store, toyota_fact)
        assert entry["action"] == "imported" and entry["old"] == {"entity": "Газпром"}
        assert entry["new"] == {"entity": "トヨタ自動車", "file": "evidence.csv"}
        again = store.import_file(csv)
        assert (again.added, again.updated, again.unchanged, again.backup) == (0, 0, 4, None)


def test_repair_keeps_facts_that_now_print_alike(tmp_path):
    """Two entities the new key makes equal ('ＡＣＭＥ' full-width and 'ACME'): both facts stay."""
    path = tmp_path / "old.db"
    _schema3_database(path)
    conn = sqlite3.connect(path)
    now = "2025-01-01T00:00:00+00:00"
    conn.execute("INSERT INTO entities VALUES (9, 'ＡＣＭＥ', ?, ?)", (now, now))
    conn.execute(
        """INSERT INTO facts (entity_id, attribute, keywords, value, unit, qualifier, as_of, source, fingerprint,
           created_at, updated_at) VALUES (9, 'employees', '', 12000, 'count', 'exact', '2024', 'annual report', ?, ?, ?)""",
        (_old_print("ＡＣＭＥ", "employees", 12000, "count", "2024", "annual report"), now, now),
    )  # fmt: skip
    conn.commit()
    conn.close()
    with EvidenceStore(path) as store:
        assert store.count_facts() == 4
        prints = [fp for (fp,) in store.db.execute("SELECT fingerprint FROM facts")]
        assert len(set(prints)) == 4
